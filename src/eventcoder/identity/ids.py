"""Stable ids: the same input always yields the same `event_id`."""

from __future__ import annotations

import hashlib

__all__ = ["event_id"]


def event_id(doc_id: str, char_start: int, char_end: int, code: str, role: str = "") -> str:
    """A 16-hex-digit id from the document, the trigger's offsets, the code and a role tag.

    The role tag separates the records one trigger can produce (a request and the demanded
    act it embeds).
    """
    key = f"{doc_id}\x1f{char_start}\x1f{char_end}\x1f{code}\x1f{role}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
