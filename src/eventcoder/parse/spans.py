"""Small span helpers shared by the stages."""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["entity_at"]


def entity_at(tok: Token) -> Span | None:
    """The named-entity span containing `tok`, found from the IOB tags around it.

    Walking the tags is much cheaper than scanning `doc.ents`, which rebuilds every span on
    each access.
    """
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)
