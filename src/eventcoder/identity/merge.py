"""Event identity across reports: merge mentions of one real-world event into one event.

Two mentions are the same event when all of these hold:
- the same PLOVER type, the same negation and the same modality (a demanded release is
  not a release);
- the same dyad: identical sets of source codes and of target codes;
- their date intervals overlap, each widened by its precision (a "document"-precision
  date is taken as the publication day and the day before, since reports trail events);
- compatible places: both unknown, one unknown, or the same place; a country-level place
  is compatible with any place in that country. Two different named places separate.

Mentions are linked pairwise and events are the connected components, so the result does
not depend on the order mentions arrive in. The event key is a hash of the sorted mention
ids of the component.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["MentionKey", "merge_mentions"]


@dataclass(frozen=True)
class MentionKey:
    """What the merge needs to know about one mention."""

    event_id: str
    plover_type: str
    negated: bool
    modality: str
    source_codes: str
    target_codes: str
    date_start: str | None
    date_end: str | None
    precision: str | None
    place_id: str | None  # geonames id, or "country:XXX" for a country-level place
    place_country: str | None


def _interval(m: MentionKey) -> tuple[date, date] | None:
    if not m.date_start:
        return None
    start = date.fromisoformat(m.date_start)
    end = date.fromisoformat(m.date_end or m.date_start)
    if m.precision == "document":
        start -= timedelta(days=1)
    return start, end


def _dates_compatible(a: MentionKey, b: MentionKey) -> bool:
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _places_compatible(a: MentionKey, b: MentionKey) -> bool:
    if a.place_id is None or b.place_id is None or a.place_id == b.place_id:
        return True
    a_country = a.place_id.startswith("country:")
    b_country = b.place_id.startswith("country:")
    if a_country or b_country:
        return a.place_country == b.place_country
    return False


class _UnionFind:
    def __init__(self, items: list[str]):
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def merge_mentions(mentions: Iterable[MentionKey]) -> dict[str, list[str]]:
    """Map event key -> sorted mention ids."""
    blocks: dict[tuple[str, bool, str, str, str], list[MentionKey]] = defaultdict(list)
    for m in mentions:
        blocks[(m.plover_type, m.negated, m.modality, m.source_codes, m.target_codes)].append(m)
    events: dict[str, list[str]] = {}
    for block in blocks.values():
        block.sort(key=lambda m: m.event_id)
        uf = _UnionFind([m.event_id for m in block])
        for i, a in enumerate(block):
            for b in block[i + 1 :]:
                if _dates_compatible(a, b) and _places_compatible(a, b):
                    uf.union(a.event_id, b.event_id)
        groups: dict[str, list[str]] = defaultdict(list)
        for m in block:
            groups[uf.find(m.event_id)].append(m.event_id)
        for ids in groups.values():
            ids.sort()
            key = hashlib.sha1("\x1f".join(ids).encode()).hexdigest()[:16]
            events[key] = ids
    return events
