"""The incremental events rebuild gives exactly what a full one gives, and the merge's
candidate blocking finds exactly the pairs the merge rules define (checked by brute force)."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date, timedelta
from itertools import combinations
from typing import Any
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.identity import MentionKey, merge_mentions
from eventcoder.identity import merge as M
from eventcoder.store import DuckStore

# -- random mentions ---------------------------------------------------------------------

CODES = ["USA", "USAMIL", "USAGOV", "RUS", "RUSMIL", "UKR", "UKRCVL", "IGOUNO", "COP", "GOV", "he", "IND", "INDCOP"]
#: (PLOVER type, CAMEO code): a signed agreement (SUPPORT, 057) merges with AGREE mentions
TYPES = [("ASSAULT", "190"), ("COERCE", "173"), ("CONSULT", "040"), ("AGREE", "036"), ("SUPPORT", "057"),
         ("SUPPORT", "051"), ("PROTEST", "141"), ("PROTEST", "143"), ("PROTEST", "145"), ("SANCTION", "161"),
         ("SANCTION", "163"), ("ACCUSE", "112"), ("REQUEST", "1056"), ("REQUEST", "020"), ("REJECT", "120")]
#: A strike (143) is never a march (141) or a riot (145); a march may turn into a riot.
FORMS = {"143": "strike", "145": "riot", "141": "march"}


def forms_clash(forms: set[str | None]) -> bool:
    forms = forms - {None}
    return len(forms) > 1 and forms not in ({"march", "riot"}, {"accuse", "reject"})
#: A recall (PLOVER mode "withdraw") and an expulsion ("expel") are never one event.
MODES = {"161": ["withdraw", "expel"], "163": ["embargo", ""]}


def form(k: MentionKey) -> str | None:
    if k.cameo_code in FORMS:
        return FORMS[k.cameo_code]
    if k.plover_type in ("ACCUSE", "REJECT"):
        return k.plover_type.lower()
    if k.plover_type == "REQUEST":  # a demand (CAMEO 10) may be either; an appeal is no accusation
        return None if k.cameo_code.startswith("10") else "appeal"
    return k.plover_mode if k.plover_type == "SANCTION" and k.plover_mode in ("withdraw", "expel") else None
PLACES = {"706483": "UKR", "703448": "UKR", "5128581": "USA", "706482": "UKR", "688723": "UKR"}
#: (first-level region, is the region itself): Kharkiv and Kyiv, New York, Kharkiv oblast,
#: Vyshhorod (in Kyiv oblast, near Kyiv)
REGIONS = {"706483": ("UKR.07", False), "703448": ("UKR.12", False), "5128581": ("USA.NY", False),
           "706482": ("UKR.07", True), "688723": ("UKR.13", False)}
HINTS = [("706483", "UKR"), ("703448", "UKR"), ("2988507", "FRA"), ("706482", "UKR"), ("688723", "UKR")]
#: The store adds the region of each place a sentence names, or the region itself
#: (`store.duck._places`).
HINT_REGIONS = {("706482", "UKR"): ("region:UKR.07", "UKR"), ("706483", "UKR"): ("in:UKR.07", "UKR"),
                ("703448", "UKR"): ("in:UKR.12", "UKR"), ("2988507", "FRA"): ("in:FRA.11", "FRA"),
                ("688723", "UKR"): ("in:UKR.13", "UKR")}
#: ... and the cities near each named city (`store.duck._places`): Vyshhorod is 15 km from Kyiv.
NEAR = {("688723", "UKR"): ("near:703448", "UKR"), ("703448", "UKR"): ("near:688723", "UKR")}
BASE = date(2024, 3, 1)


#: One country's codes: most mentions are then domestic, with one side, both or none known.
DOMESTIC_CODES = ["UKR", "UKRCVL", "UKRMIL", "COP", "he"]
#: Names a sentence may give (`MentionKey.names`).
NAMES = ["escom", "jiidali", "national assembly"]


def random_keys(rnd: random.Random, n: int, days: int = 8, codes_from: list[str] = CODES) -> list[MentionKey]:
    """Mentions crowded into a few days, parties, types and places, so that many are
    candidates of each other; some undated, open-ended or ending before they start."""
    out = []
    for i in range(n):
        def codes() -> str:
            return ";".join(sorted(rnd.sample(codes_from, rnd.choice([0, 1, 1, 1, 2]))))

        start_s = end_s = precision = None
        if rnd.random() < 0.85:
            start = BASE + timedelta(days=rnd.randrange(days))
            precision = rnd.choice(["day", "day", "document", "document", "week", "month", "range"])
            end = start + timedelta(days={"week": 6, "month": 29, "range": rnd.randrange(4)}.get(precision, 0))
            if rnd.random() < 0.05:
                end = start - timedelta(days=rnd.randrange(1, 3))  # bad data
            start_s, end_s = start.isoformat(), (end.isoformat() if rnd.random() > 0.1 else None)
        elif rnd.random() < 0.2:
            start_s = ""
        place = rnd.choice([None, None, None, *PLACES, "country:UKR", "country:USA"])
        country = PLACES.get(place or "") or (place.split(":")[1] if place and place.startswith("country:") else None)
        hints = {h for h in HINTS if rnd.random() < 0.15}
        hints = frozenset(hints | {HINT_REGIONS[h] for h in hints if h in HINT_REGIONS} | {NEAR[h] for h in hints if h in NEAR})
        doc = rnd.choice([f"u{i}", f"h{rnd.randrange(max(2, n // 4))}"])  # its own report, or a shared one
        region, is_region = REGIONS.get(place or "", (None, False))
        ptype, cameo = rnd.choice(TYPES)
        out.append(MentionKey(f"{rnd.getrandbits(32):08x}{i}", ptype, rnd.random() < 0.1,
                              rnd.choice(["asserted", "asserted", "demanded"]), codes(), codes(),
                              start_s, end_s, precision, place, country, hints, doc, rnd.randrange(6),
                              region, is_region, cameo, rnd.choice(MODES.get(cameo, [""])),
                              rnd.choice(["", "", "UKR", "USA"]),
                              frozenset(n for n in NAMES if rnd.random() < 0.2)))
    return out


def mention_rows(keys: list[MentionKey], rnd: random.Random) -> pa.Table:
    """Mention rows for these keys; the columns the merge does not read are random too (they
    decide the event rows' representatives and counts)."""
    rows = []
    for k in keys:
        geonames = int(k.place_id) if k.place_id and not k.place_id.startswith("country:") else None
        doc = k.doc
        rows.append({
            "event_id": k.event_id, "content_hash": doc, "doc_id": doc, "sentence_index": k.sentence,
            "plover_type": k.plover_type, "plover_mode": k.plover_mode or None, "report_country": k.report_country or None,
            "cameo_code": k.cameo_code, "source_codes": k.source_codes, "target_codes": k.target_codes,
            "negated": k.negated, "modality": k.modality, "date_start": k.date_start, "date_end": k.date_end,
            "date_precision": k.precision, "location_name": rnd.choice([None, "Kyiv", "Lviv"]),
            "location_country": k.place_country, "geonames_id": geonames,
            "sentence_places": ";".join(f"{g}:{c}" for g, c in sorted(k.sentence_places) if not g.startswith("region:")),
            "sentence_names": "|".join(sorted(k.names)),
            "doc_date": rnd.choice([None, "2024-03-02", "2024-03-04"]), "url": rnd.choice([None, f"https://x/{doc}"]),
            "source_name": rnd.choice([None, "wire", "paper"])})
    return pa.Table.from_pylist(rows)


def insert(store: DuckStore, rows: pa.Table) -> None:
    if rows.num_rows:
        store.con.register("_test_rows", rows)
        store.con.execute("INSERT INTO mentions BY NAME SELECT * FROM _test_rows")
        store.con.unregister("_test_rows")


def state(store: DuckStore) -> dict[str, list[tuple[object, ...]]]:
    return {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in ("events", "merge_index")}


def full_rebuild_of(store: DuckStore) -> dict[str, list[tuple[object, ...]]]:
    """The events (and index) a full rebuild gives for the same mention rows, in a new store."""
    with DuckStore(":memory:") as other:
        other.reference = True  # type: ignore[attr-defined]  # not counted by `count_full`
        insert(other, store.con.sql("SELECT * FROM mentions").to_arrow_table())
        other.rebuild_events(full=True)
        return state(other)


@pytest.fixture
def count_full(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count full rebuilds, and never fall back to one for cost (the tests' mentions are
    crowded on purpose: most components are large)."""
    monkeypatch.setattr(DuckStore, "full_rebuild_share", 1.0)
    calls = {"n": 0}
    real = DuckStore._rebuild_full

    def counted(self: DuckStore) -> int:
        calls["n"] += not getattr(self, "reference", False)
        return real(self)

    monkeypatch.setattr(DuckStore, "_rebuild_full", counted)
    return calls


# -- (a) incremental after each chunk == one full rebuild --------------------------------


@pytest.mark.parametrize("seed", range(16))
def test_incremental_rebuilds_equal_a_full_one(seed: int, count_full: dict[str, int]) -> None:
    rnd = random.Random(seed)
    keys = random_keys(rnd, rnd.choice([40, 120, 250]), days=rnd.choice([3, 8, 40]))
    rows = mention_rows(keys, rnd)
    order = list(range(len(keys)))
    rnd.shuffle(order)
    with DuckStore(":memory:") as store:
        done = 0
        while done < len(order):
            step = rnd.choice([1, 3, 10, 25, 60])
            insert(store, rows.take(order[done:done + step]))
            done += step
            if rnd.random() < 0.8 or done >= len(order):  # sometimes two chunks, one rebuild
                store.rebuild_events()
        assert count_full["n"] == 1  # only the first rebuild (a new store) is a full one
        incremental = state(store)
        assert store.rebuild_events() == len(incremental["events"])  # nothing pending
        assert state(store) == incremental
        assert incremental == full_rebuild_of(store)
    events = {r[0]: r[-1] for r in incremental["events"]}
    assert events == merge_mentions(keys)


def test_a_component_joined_by_a_new_mention_is_merged_again(count_full: dict[str, int]) -> None:
    # Two reports a day apart do not overlap; a third with a week's range joins them, and a
    # later, better-matching report takes one of them away from the week-long one's event.
    def key(eid: str, start: str, end: str, precision: str = "day", place: str | None = None) -> MentionKey:
        return MentionKey(eid, "ASSAULT", False, "asserted", "RUSMIL", "UKR", start, end, precision, place,
                          "UKR" if place else None)

    batches = [[key("a", "2024-03-04", "2024-03-04", place="706483"), key("b", "2024-03-06", "2024-03-06")],
               [key("c", "2024-03-03", "2024-03-09", "week")],
               [key("d", "2024-03-06", "2024-03-06", place="703448")]]
    rnd = random.Random(0)
    with DuckStore(":memory:") as store:
        for batch in batches:
            insert(store, mention_rows(batch, rnd))
            store.rebuild_events()
        assert count_full["n"] == 1
        assert state(store) == full_rebuild_of(store)
        got = sorted(r[-1] for r in state(store)["events"])
    assert got == sorted(merge_mentions([k for b in batches for k in b]).values())


def test_a_large_component_falls_back_to_a_full_rebuild(count_full: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    # Reports dated by their publication day cover the two days before too, so one dyad reported
    # every day is one chain of candidates: a new report reaches back to the first day.
    def key(i: int, day: int, src: str) -> MentionKey:
        d = (BASE + timedelta(days=day)).isoformat()
        return MentionKey(f"m{i:03d}", "ASSAULT", False, "asserted", src, "UKR", d, d, "document", None, None)

    chain = [key(i, i // 4, "RUSMIL") for i in range(40)]
    other = [key(100 + i, 3 * i, "BLR") for i in range(20)]  # every third day: no chain
    rnd = random.Random(1)
    monkeypatch.setattr(DuckStore, "full_rebuild_share", 0.3)
    with DuckStore(":memory:") as store:
        insert(store, mention_rows(chain + other, rnd))
        store.rebuild_events()
        insert(store, mention_rows([key(200, 61, "BLR")], rnd))
        store.rebuild_events()
        assert store.last_rebuild["mode"] == "incremental" and store.last_rebuild["merged"] == 1
        insert(store, mention_rows([key(201, 10, "RUS")], rnd))
        store.rebuild_events()
        assert store.last_rebuild["mode"] == "full" and "passed 30%" in store.last_rebuild["reason"]
        assert count_full["n"] == 2
        assert state(store) == full_rebuild_of(store)


# -- (b) a store whose mentions were stored without their events is repaired -------------


def test_pending_mentions_after_a_kill_are_merged(tmp_path: Path, count_full: dict[str, int]) -> None:
    rnd = random.Random(7)
    keys = random_keys(rnd, 150)
    rows = mention_rows(keys, rnd)
    db = tmp_path / "s.duckdb"
    with DuckStore(db) as store:
        insert(store, rows.slice(0, 60))
        store.rebuild_events()
    # Another process stores more mentions and is killed before its rebuild.
    import pyarrow.parquet as pq

    pq.write_table(rows.slice(60), tmp_path / "more.parquet")
    script = (f"import os, signal, duckdb; c = duckdb.connect({str(db)!r}); "
              f"c.execute(\"INSERT INTO mentions BY NAME SELECT * FROM read_parquet({str(tmp_path / 'more.parquet')!r})\"); "
              "os.kill(os.getpid(), signal.SIGKILL)")
    run = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=120)
    assert run.returncode == -9
    with DuckStore(db) as store:
        assert store.con.execute("SELECT count(*) FROM mentions").fetchone() == (150,)
        store.rebuild_events()
        assert count_full["n"] == 1  # the repair itself was incremental
        assert state(store) == full_rebuild_of(store)
        assert {r[0]: r[-1] for r in state(store)["events"]} == merge_mentions(keys)


def test_a_failed_rebuild_leaves_the_store_as_it_was(count_full: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(3)
    rows = mention_rows(random_keys(rnd, 120), rnd)
    with DuckStore(":memory:") as store:
        insert(store, rows.slice(0, 50))
        store.rebuild_events()
        before = state(store)
        insert(store, rows.slice(50))

        def boom(self: DuckStore) -> int:
            raise RuntimeError("killed mid-transaction")

        real = DuckStore._commit_state
        monkeypatch.setattr(DuckStore, "_commit_state", boom)
        with pytest.raises(RuntimeError):
            store.rebuild_events()
        assert state(store) == before  # the deletes and inserts were rolled back
        monkeypatch.setattr(DuckStore, "_commit_state", real)
        store.rebuild_events()
        assert count_full["n"] == 1
        assert state(store) == full_rebuild_of(store)


def test_changed_merge_code_or_foreign_events_force_a_full_rebuild(count_full: dict[str, int]) -> None:
    rnd = random.Random(5)
    rows = mention_rows(random_keys(rnd, 80), rnd)
    with DuckStore(":memory:") as store:
        insert(store, rows.slice(0, 40))
        store.rebuild_events()
        # events written by something else (an older version, say): one event row lost
        store.con.execute("DELETE FROM events WHERE event_key = (SELECT min(event_key) FROM events)")
        insert(store, rows.slice(40, 20))
        store.rebuild_events()
        assert count_full["n"] == 2
        assert state(store) == full_rebuild_of(store)
        # another merge code wrote the events
        store.con.execute("UPDATE merge_state SET value = 'other' WHERE name = 'fingerprint'")
        insert(store, rows.slice(60))
        store.rebuild_events()
        assert count_full["n"] == 3
        assert state(store) == full_rebuild_of(store)
        store.rebuild_events()
        assert count_full["n"] == 3


# -- (c) the merge against brute force ---------------------------------------------------


def home(m: M._Mention) -> str | None:
    """The one country of all of a mention's parties and its place (no organisation)."""
    if any(len(p) != 3 for p in m.both):
        return None
    countries = set(m.both) | {c for c in [m.key.place_country] if c}
    if not countries and m.key.precision == "day" and m.key.report_country:
        return m.key.report_country  # no party, no place: the report's country
    return next(iter(countries)) if len(countries) == 1 else None


def loose(m: M._Mention) -> bool:
    """No party, no place, dated only by its report, and a report country."""
    return not m.both and not m.key.place_country and m.key.precision == "document" and bool(m.key.report_country)


def loose_home(m: M._Mention) -> str | None:
    """`home`, and the report's country of a `loose` mention."""
    return m.key.report_country if loose(m) else home(m)


def soft(k: MentionKey, codes: str) -> set[str]:
    """The report's country, for a side of `k` named only by country-less sectors."""
    parts = [c for c in codes.split(";") if c]
    if k.report_country and parts and any(c in M.SECTORS for c in parts) and not M._parties(codes):
        return {k.report_country}
    return set()


def placed_target(m: M._Mention) -> set[str]:
    """The country of the place of a directed event with no target, if not its source's."""
    c = m.key.place_country
    return {c} if not m.tgt and c and c not in m.src and kind(m.key) not in M.SYMMETRIC_TYPES else set()


def mutual(m: M._Mention) -> bool:
    """Two or more countries as the source, none as the target, of a directed type."""
    return len(m.src) > 1 and not m.tgt and all(len(p) == 3 for p in m.src) and kind(m.key) in (
        "ASSAULT", "COERCE", "THREATEN", "ACCUSE|REQUEST")  # not tit-for-tat sanctions


def kind(k: MentionKey) -> str:
    """The type a mention merges under: an accusation, a rejection and a demand share a block, and so do
    talks, agreements and signed formal agreements."""
    if k.plover_type in ("ACCUSE", "REQUEST", "REJECT"):
        return "ACCUSE|REQUEST"
    return "CONSULT|AGREE" if k.cameo_code == "057" or k.plover_type in ("CONSULT", "AGREE") else k.plover_type


def _brute_pairs(keys: list[MentionKey]) -> dict[tuple[str, str], int]:
    """Every pair the merge rules make a candidate, by comparing all pairs of mentions. A
    pair that only a loose home makes (a mention with no party, no place and only its
    report's day, homed in its report's country) scores `M.LOOSE`."""
    out = {}
    prepared = [M._prepare(k) for k in keys]
    for a, b in combinations(prepared, 2):
        score = _brute_verdict(a, b, home)
        if score is None and (loose(a) or loose(b)) and _brute_verdict(a, b, loose_home) is not None:
            score = M.LOOSE
        if score is not None:
            out[tuple(sorted((a.id, b.id)))] = score
    return out  # type: ignore[return-value]


def _brute_verdict(a: M._Mention, b: M._Mention, home_of: Any) -> int | None:
    """The pair's score by the rules written out (`_brute_pairs`), with `home_of` giving each
    mention's domestic country; None when it is no candidate."""
    if (kind(a.key), a.key.negated, a.key.modality) != (kind(b.key), b.key.negated, b.key.modality):
        return None
    if forms_clash({form(k) for k in (a.key, b.key)}):
        return None
    symmetric = kind(a.key) in M.SYMMETRIC_TYPES
    known = [(x, y) for x, y in ((a.src, b.src), (a.tgt, b.tgt)) if x and y]
    softly = False  # anchored only by a soft party: the weakest pair
    if symmetric:
        anchored, clash = bool(a.both & b.both), bool(a.both and b.both and not a.both & b.both)
    elif mutual(a) or mutual(b):
        # a clash told with two or more countries as its source and no target has them
        # on both sides: the other's parties must all be among them
        anchored = bool(a.both and b.both) and all(y.both <= x.both for x, y in ((a, b), (b, a)) if mutual(x))
        clash = bool(a.both and b.both) and not anchored
    else:
        anchored = bool(known) and all(x & y for x, y in known)
        if not known:
            # a side named only by a sector is of its report's country, and anchors only
            ssa, sta, ssb, stb = (soft(k, c) for k in (a.key, b.key) for c in (k.source_codes, k.target_codes))
            # (but an expelled diplomat is another country's, whichever the report is about)
            sta, stb = (set() if m.key.plover_mode == "expel" else t for t, m in ((sta, a), (stb, b)))
            # an empty target of an event placed abroad: the place's country
            sta, stb = (t | placed_target(m) for t, m in ((sta, a), (stb, b)))
            softly = bool(a.src & ssb or ssa & b.src or a.tgt & stb or sta & b.tgt)
        clash = any(not x & y for x, y in known)
    overlap = True
    if a.start is None or b.start is None:
        # both undated: the same codes, scored as any pair (even with no party)
        ok = anchored = (a.start is None and b.start is None
                         and (a.key.source_codes, a.key.target_codes) == (b.key.source_codes, b.key.target_codes))
    else:
        first, second = sorted((a, b), key=lambda m: (m.start, m.id))
        overlap = second.start <= first.end  # type: ignore[operator]

        def coarse(m: M._Mention) -> bool:
            return m.key.precision in ("month", "year") or (m.end - m.start).days > 7  # type: ignore[operator]
        # domestic: every party and place of both is one and the same country's
        def sectored(codes: str) -> set[str]:
            return {c for c in codes.split(";") if len(c) > 3}
        crossed = bool(sectored(a.key.source_codes) & sectored(b.key.target_codes)
                       or sectored(a.key.target_codes) & sectored(b.key.source_codes))
        domestic = home_of(a) is not None and home_of(a) == home_of(b) and not clash and (symmetric or not crossed)
        # a mention with no party and the same specific place as the other
        placed = (not a.both or not b.both) and a.place is not None and a.place == b.place
        # a mention with no party whose sentence gives a name the other's gives, when the
        # two reports are not about two countries
        ra, rb = a.key.report_country, b.key.report_country
        named = (not a.both or not b.both) and bool(a.key.names & b.key.names) and not (ra and rb and ra != rb)
        # talks in one city on one day, one mention naming only the host (the place's
        # country) and the other only guests
        host = M._state(a.key.place_country)
        hosted = (symmetric and a.place is not None and a.place == b.place and a.start == b.start
                  and a.key.precision == b.key.precision == "day" and host is not None
                  and any(x.both == {host} and y.both and host not in y.both for x, y in ((a, b), (b, a))))
        softly = softly or hosted
        ok = overlap and (anchored or domestic or placed or softly or named) and not coarse(a) and not coarse(b)
    if a.place and b.place:
        # the same place, or a region and a city in it
        region_and_city = (a.key.place_region is not None and a.key.place_region == b.key.place_region
                           and a.key.place_is_region != b.key.place_is_region)
        # or two cities near each other (a sentence placing one marks the other), between
        # mentions that lack nothing
        near = {(m.place, gid[5:]) for m in (a, b) if not m.key.place_is_region
                for gid, _ in m.key.sentence_places if gid.startswith("near:")}
        nearby = (not a.key.place_is_region and not b.key.place_is_region and not a.lacking and not b.lacking
                  and ((a.place, b.place) in near or (b.place, a.place) in near))
        if a.place != b.place and not region_and_city and not nearby:
            return None
    elif a.key.place_country and b.key.place_country and a.key.place_country != b.key.place_country:
        return None
    # talks and an agreement come after the pairs of one type
    mixed = 6 * ((a.key.plover_type == "CONSULT") != (b.key.plover_type == "CONSULT"))
    if ok:
        return (M._score(a, b) if anchored else 0 if (domestic or placed) else -1) - mixed
    # the same report: a mention with no party or only the document's date, with one that
    # has both (or, weaker, with another such mention)
    def lacks(m: M._Mention) -> bool:
        wide = m.start is not None and m.end is not None and (m.end - m.start).days > 7
        return not m.both or m.key.precision in (None, "document", "month", "year") or wide
    if a.key.doc and a.key.doc == b.key.doc and a.key.sentence != b.key.sentence and (lacks(a) or lacks(b)) and not clash:
        if overlap or any(lacks(m) and m.key.precision in (None, "document") for m in (a, b)):
            return (-1 - min(abs(a.key.sentence - b.key.sentence), 50)
                    - 60 * (lacks(a) and lacks(b)) - 120 * (not overlap) - mixed)
    return None


def _reference_merge(keys: list[MentionKey]) -> dict[str, list[str]]:
    """The merge written out plainly: brute-force pairs, joined strongest first (score, then
    ids) unless the join would put two named places in one event, a place that a placeless
    report's sentence contradicts (another city of that country), or, for the directed
    types, sources with nothing in common."""
    prepared = {m.id: m for m in map(M._prepare, keys)}
    members = {eid: {eid} for eid in prepared}  # cluster id -> mention ids
    owner = {eid: eid for eid in prepared}

    def places(ids: set[str]) -> set[tuple[str, str | None]]:
        return {(prepared[i].place, prepared[i].key.place_country) for i in ids if prepared[i].place}  # type: ignore[misc]

    def two_places(ids: set[str]) -> bool:
        """Two cities, two regions, or a city outside the region."""
        cities = {prepared[i].place for i in ids if prepared[i].place and not prepared[i].key.place_is_region}
        regions = {prepared[i].place for i in ids if prepared[i].place and prepared[i].key.place_is_region}
        city_regions = {prepared[i].key.place_region for i in ids if prepared[i].place and not prepared[i].key.place_is_region}
        region_codes = {prepared[i].key.place_region for i in ids if prepared[i].place and prepared[i].key.place_is_region}
        # (two cities near each other, as a member placed in one marks the other: one event's)
        near = {(prepared[i].place, gid[5:]) for i in ids if prepared[i].place and not prepared[i].key.place_is_region
                for gid, _ in prepared[i].key.sentence_places if gid.startswith("near:")}
        if len(cities) == 2 and not regions and any((a, b) in near for a in cities for b in cities if a != b):
            return False
        return len(cities) > 1 or len(regions) > 1 or bool(cities and regions and city_regions != region_codes)

    def hints(ids: set[str]) -> list[frozenset[tuple[str, str]]]:
        # (a statement's sentence names what it is about, not where it was made)
        return [prepared[i].key.sentence_places for i in ids if not prepared[i].place and prepared[i].key.sentence_places
                and kind(prepared[i].key) not in {"ACCUSE|REQUEST", "REJECT", "SUPPORT", "THREATEN"}]

    def spread(ids: set[str], precision: str, limit: int) -> bool:
        days = [prepared[i].end if precision == "document" else prepared[i].start for i in ids
                if prepared[i].key.precision == precision and prepared[i].start]
        return bool(days) and (max(days) - min(days)).days > limit  # type: ignore[operator]

    def outside_ranges(ids: set[str]) -> bool:
        """No day every range-dated member (of a week or less) allows, or a day-dated member
        more than a day outside them."""
        windows = [(prepared[i].start, prepared[i].end) for i in ids if prepared[i].key.precision == "range"
                   and prepared[i].start and prepared[i].end and (prepared[i].end - prepared[i].start).days <= 7]  # type: ignore[operator]
        if not windows:
            return False
        lo, hi = max(w[0] for w in windows), min(w[1] for w in windows)  # type: ignore[type-var]
        days = [prepared[i].start for i in ids if prepared[i].key.precision == "day" and prepared[i].start]
        slack = timedelta(days=M.MAX_DAY_SPAN)
        return lo > hi or bool(days) and (min(days) < lo - slack or max(days) > hi + slack)  # type: ignore[type-var,operator]

    def admitted(ids: set[str], x: str) -> bool:
        """May these mentions (joined through `x`) be one event?"""
        if spread(ids, "day", M.MAX_DAY_SPAN) or spread(ids, "document", M.MAX_PUBLICATION_SPAN):
            return False
        if outside_ranges(ids):
            return False
        named = places(ids)
        if forms_clash({form(prepared[i].key) for i in ids}):
            return False
        if two_places(ids):
            return False
        def agrees(place: tuple[str, str | None], hint: frozenset[tuple[str, str]]) -> bool:
            """The place, or a region it lies in, is named; or no other place of its country is."""
            region, is_region = REGIONS.get(place[0], (None, False))
            return (place in hint or (f"region:{region}", place[1]) in hint
                    or (is_region and (f"in:{region}", place[1]) in hint)  # a city of the region is named
                    or (f"near:{place[0]}", place[1]) in hint  # a city near it is named
                    or not any(c == place[1] for _, c in hint))
        if any(not agrees(place, hint) for hint in hints(ids) for place in named):
            return False
        if kind(prepared[x].key) not in M.SYMMETRIC_TYPES:
            sources = {prepared[i].src for i in ids if prepared[i].src}
            mutuals = {prepared[i].src for i in ids if mutual(prepared[i])}
            if (len(sources) > 1 and not frozenset.intersection(*sources)
                    and not any(all(s <= c for s in sources) for c in mutuals)):
                return False  # (each side of a mutual clash may be told as its source)
        return True

    def join(cx: str, cy: str) -> None:
        keep, drop = sorted((cx, cy))
        members[keep] |= members.pop(drop)
        for eid in members[keep]:
            owner[eid] = keep

    pairs = _brute_pairs(keys)
    deferred: dict[str, list[str]] = {}
    for _, x, y in sorted((-score, x, y) for (x, y), score in pairs.items()):
        if pairs[(x, y)] == M.LOOSE:  # (joined last)
            for lone, other in ((x, y), (y, x)):
                if loose(prepared[lone]):
                    deferred.setdefault(lone, []).append(other)
            continue
        cx, cy = owner[x], owner[y]
        if cx != cy and admitted(members[cx] | members[cy], x):
            join(cx, cy)
    # a loose mention still alone joins the one event at hand, if just one is
    for lone in sorted(deferred):
        others = {owner[o] for o in deferred[lone]} - {owner[lone]}
        if len(others) == 1 and len(members[owner[lone]]) == 1:
            cy = others.pop()
            if admitted(members[owner[lone]] | members[cy], lone):
                join(owner[lone], cy)
    return {M.hashlib.sha1("\x1f".join(sorted(ids)).encode()).hexdigest()[:16]: sorted(ids) for ids in members.values()}


@settings(max_examples=80, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(2, 70), st.sampled_from([1, 3, 10]))
def test_merge_equals_brute_force(rnd: random.Random, n: int, days: int) -> None:
    keys = random_keys(rnd, n, days)
    brute = _brute_pairs(keys)
    assert M.candidate_pairs(keys) == brute
    assert merge_mentions(keys) == _reference_merge(keys)
    # What the store relies on: every candidate pair shares a bucket and overlapping windows.
    where = {k.event_id: {name: (lo, reach) for name, lo, reach in M.merge_buckets(k)} for k in keys}
    for x, y in brute:
        shared = set(where[x]) & set(where[y])
        assert any(where[x][b][0] is None or where[y][b][0] is None
                   or (where[x][b][0] <= where[y][b][1] and where[y][b][0] <= where[x][b][1])  # type: ignore[operator]
                   for b in shared)


@pytest.mark.parametrize("seed", range(6))
def test_domestic_merge_equals_brute_force(seed: int) -> None:
    """Mostly one country's mentions: the domestic pairs (a source-only mention with a
    target-only one, party-less mentions with any) are found exactly, whichever bucket
    holds them."""
    keys = random_keys(random.Random(seed), 150, days=3, codes_from=DOMESTIC_CODES)
    assert M.candidate_pairs(keys) == _brute_pairs(keys)
    assert merge_mentions(keys) == _reference_merge(keys)


def test_merge_does_not_depend_on_input_order() -> None:
    rnd = random.Random(11)
    keys = random_keys(rnd, 300, days=4)
    expected = merge_mentions(keys)
    for _ in range(3):
        rnd.shuffle(keys)
        assert merge_mentions(keys) == expected
