"""Event identity across reports: merge mentions of one real-world event into one event.

Two mentions may be the same event when all of these hold:
- the same PLOVER type, the same negation and the same modality (a demanded release is
  not a release);
- compatible dyads, compared by country (or organisation): "USA" and "USAMIL" agree, an
  unknown side agrees with anything, but at least one side must be known on both and
  shared. For meetings, cooperation and agreements the two sides may come in either order;
- overlapping dates, each widened by its precision (a "document"-precision date is the
  publication day and the day before, since reports trail events);
- compatible places: unknown, the same place, or a country and a place inside it.

Candidate pairs are then joined strongest first (same place, same day, same dyad), and a
join is refused when it would put two different named places, or two different known
dyads, into one event. So a report that names no place cannot chain an arrest in Tbilisi
to one in Batumi. A report that gives its event no place but names a city elsewhere in the
sentence ("arrested three journalists working for a newspaper in Izmir") does not join an
event placed in another city of that country (Istanbul); a city abroad says nothing. Pairs are ordered by content (mention ids), never by arrival, so the
result does not depend on ingest order. The event key is a hash of the sorted mention ids.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = ["MentionKey", "merge_mentions"]

SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


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
    #: Specific places the mention's sentence names anywhere: (GeoNames id, ISO3 country).
    sentence_places: frozenset[tuple[str, str]] = frozenset()


SECTORS = frozenset(
    "GOV MIL COP REB INS CVL IGO NGO JUD LEG OPP PTY MED BUS LAB AGR EDU HLH REL CRM SPY UAF REF ELI PRE UNK".split()
)


def _parties(codes: str) -> frozenset[str]:
    """Who takes part, by country: "USAMIL" -> USA; an organisation keeps its whole code
    ("IGOUNO", "INSALQ"); a sector with no country ("COP") says nothing and is left out."""
    out = set()
    for code in codes.split(";"):
        code = code.strip()
        if len(code) < 3:
            continue
        if code[:3] in SECTORS:
            if len(code) > 3:
                out.add(code)
            continue
        out.add(code[:3])
    return frozenset(out)


@dataclass
class _Mention:
    key: MentionKey
    start: date | None
    end: date | None
    src: frozenset[str]
    tgt: frozenset[str]
    place: str | None  # a specific (not country-level) place id

    @property
    def both(self) -> frozenset[str]:
        return self.src | self.tgt


def _prepare(m: MentionKey) -> _Mention:
    start = end = None
    if m.date_start:
        start = date.fromisoformat(m.date_start)
        end = date.fromisoformat(m.date_end or m.date_start)
        if m.precision == "document":
            start -= timedelta(days=1)
    place = m.place_id if m.place_id and not m.place_id.startswith("country:") else None
    return _Mention(m, start, end, _parties(m.source_codes), _parties(m.target_codes), place)


def _dyads_compatible(a: _Mention, b: _Mention, symmetric: bool) -> bool:
    if symmetric:
        return bool(a.both & b.both)
    anchored = False
    for x, y in ((a.src, b.src), (a.tgt, b.tgt)):
        if x and y:
            if not x & y:
                return False
            anchored = True
    return anchored


def _places_compatible(a: _Mention, b: _Mention) -> bool:
    if a.place and b.place:
        return a.place == b.place
    ca, cb = a.key.place_country, b.key.place_country
    return ca is None or cb is None or ca == cb


def _score(a: _Mention, b: _Mention) -> int:
    return (2 * (a.place is not None and a.place == b.place)
            + (a.key.precision == b.key.precision == "day" and a.start == b.start)
            + (a.key.source_codes == b.key.source_codes) + (a.key.target_codes == b.key.target_codes))


@dataclass
class _Cluster:
    ids: list[str]
    places: set[tuple[str, str | None]] = field(default_factory=set)  # (GeoNames id, country)
    srcs: set[frozenset[str]] = field(default_factory=set)
    #: For each member with no place of its own whose sentence names places: those places.
    hints: set[frozenset[tuple[str, str]]] = field(default_factory=set)

    def admits(self, other: _Cluster) -> bool:
        places = self.places | other.places
        if len(places) > 1:
            return False  # two named places: two events
        # A placeless report whose sentence names another city of the event's country is
        # about another event there ("arrested three journalists of a newspaper in Izmir"
        # is not the Istanbul arrest); a city of another country says nothing.
        for hint in self.hints | other.hints:
            for place in places:
                if place not in hint and any(country == place[1] for _, country in hint):
                    return False
        return True


def merge_mentions(mentions: Iterable[MentionKey]) -> dict[str, list[str]]:
    """Map event key -> sorted mention ids."""
    blocks: dict[tuple[str, bool, str], list[_Mention]] = defaultdict(list)
    for m in mentions:
        blocks[(m.plover_type, m.negated, m.modality)].append(_prepare(m))
    events: dict[str, list[str]] = {}
    for (ptype, _, _), block in blocks.items():
        symmetric = ptype in SYMMETRIC_TYPES
        pairs: dict[tuple[str, str], tuple[int, str, str]] = {}
        # Compatible dyads always share a party, so candidates are looked for only among the
        # mentions of each party: a day with a million mentions is not a million squared.
        by_party: dict[str, list[_Mention]] = defaultdict(list)
        undated: dict[tuple[str, str], list[_Mention]] = defaultdict(list)
        for m in block:
            if m.start is None:
                undated[(m.key.source_codes, m.key.target_codes)].append(m)
            else:
                for party in m.both:
                    by_party[party].append(m)
        for party in sorted(by_party):
            dated = sorted(by_party[party], key=lambda m: (m.start, m.key.event_id))
            for i, a in enumerate(dated):  # sweep: only pairs whose date intervals overlap
                for b in dated[i + 1 :]:
                    if b.start > a.end:  # type: ignore[operator]
                        break
                    if _dyads_compatible(a, b, symmetric) and _places_compatible(a, b):
                        pair = _pair(a, b)
                        pairs[pair[1:]] = pair
        for group in undated.values():  # undated: the same codes exactly
            group.sort(key=lambda m: m.key.event_id)
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if _places_compatible(a, b):
                        pair = _pair(a, b)
                        pairs[pair[1:]] = pair
        by_id = {m.key.event_id: m for m in block}
        clusters = {
            eid: _Cluster([eid], {(m.place, m.key.place_country)} if m.place else set(), {m.src} if m.src else set(),
                          {m.key.sentence_places} if not m.place and m.key.sentence_places else set())
            for eid, m in by_id.items()
        }
        owner = {eid: eid for eid in by_id}
        for _, x, y in sorted(pairs.values(), key=lambda p: (-p[0], p[1], p[2])):
            cx, cy = owner[x], owner[y]
            if cx == cy:
                continue
            a, b = clusters[cx], clusters[cy]
            if not a.admits(b):
                continue  # two named places, or a place the placeless report does not name
            if not symmetric and len({s for s in a.srcs | b.srcs}) > 1 and not _all_overlap(a.srcs | b.srcs):
                continue
            keep, drop = sorted((cx, cy))
            merged = clusters[keep]
            other = clusters.pop(drop)
            merged.ids.extend(other.ids)
            merged.places |= other.places
            merged.srcs |= other.srcs
            merged.hints |= other.hints
            for eid in other.ids:
                owner[eid] = keep
        for cluster in clusters.values():
            ids = sorted(cluster.ids)
            events[hashlib.sha1("\x1f".join(ids).encode()).hexdigest()[:16]] = ids
    return events


def _pair(a: _Mention, b: _Mention) -> tuple[int, str, str]:
    x, y = sorted((a.key.event_id, b.key.event_id))
    return (_score(a, b), x, y)


def _all_overlap(groups: set[frozenset[str]]) -> bool:
    common = None
    for g in groups:
        common = set(g) if common is None else common & g
    return bool(common)
