"""Resolve a stand-alone actor phrase ("Pakistan's foreign minister", "the PRD").

Used by the API, the benchmark and anyone who has actor strings without a sentence. The
phrase is parsed on its own; `context` (for example a nationality word from the surrounding
text) supplies a country when the phrase itself names none.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..parse.spans import children_of
from ..records import Actor
from .resolve import ActorResolver, DocMemory

__all__ = ["resolve_phrase"]


def _phrase_head(doc: Doc) -> Token | None:
    roots = [t for t in doc if t.head.i == t.i]
    if not roots:
        return None
    root = roots[0]
    if root.pos_ in {"VERB", "AUX"}:  # a misparse of a bare noun phrase: take the subject or object
        for child in children_of(root):
            if child.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}:
                return child
    return root


def resolve_phrase(nlp: Language, resolver: ActorResolver, text: str, *, context: str = "", date: str | None = None) -> list[Actor]:
    doc = nlp(text)
    head = _phrase_head(doc)
    if head is None:
        return []
    memory = DocMemory(date=date)
    actors = resolver.resolve(head, memory)
    iso = _context_country(resolver, context)
    if iso:
        if not actors and (head.pos_ in {"PROPN", "NOUN"} or text[:1].isupper()):
            actors = [Actor(text, None, None, [], None, None)]
        for actor in actors:
            if actor.country is None and not (actor.code or "").startswith("IGO"):
                actor.country = iso
                actor.code = iso + (actor.sectors[0] if actor.sectors else "")
    return actors


def _context_country(resolver: ActorResolver, context: str) -> str | None:
    """The first country named in the context words ("Colombian defense" -> COL)."""
    words = context.split()
    for size in range(min(len(words), 4), 0, -1):
        for i in range(len(words) - size + 1):
            iso = resolver._country_of_name(" ".join(words[i : i + size]))
            if iso:
                return iso
    return None
