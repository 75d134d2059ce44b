"""Corpus ingest into the DuckDB store: formats, idempotency, rejects, faults, merging."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from eventcoder.identity import MentionKey, merge_mentions
from eventcoder.ingest import ingest, read_corpus
from eventcoder.records import Document, Reject
from eventcoder.store import DuckStore, StoreError
from eventcoder.store.duck import _places

ARTICLES = {
    "a1": ("Georgian police arrested 30 protesters in Tbilisi on Saturday.", "2024-05-13"),
    "a2": ("Police in Tbilisi detained thirty demonstrators on Saturday, officials said.", "2024-05-13"),
    "a3": ("Russian forces shelled Kharkiv on Monday.", "2024-03-05"),
    "a4": ("Russian forces shelled Kharkiv again on Monday.", "2024-03-12"),
}


def _jsonl(path: Path, rows: dict[str, tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": k, "text": t, "date": d}) + "\n" for k, (t, d) in rows.items()), encoding="utf-8")
    return path


def _table(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def warm(coder):  # type: ignore[no-untyped-def]
    """Share the session's coder with the in-process ingest backend (no second model load)."""
    import eventcoder.ingest.runner as runner

    runner._WORKER_CODER = coder
    return coder


def test_ingest_is_idempotent_and_merges_reports(tmp_path: Path, warm) -> None:  # type: ignore[no-untyped-def]
    src = _jsonl(tmp_path / "in.jsonl", ARTICLES)
    db = tmp_path / "store.duckdb"
    first = ingest([str(src)], str(db), workers=1, batch_size=2)
    assert first.documents == 4 and first.rejects == 0
    before = {t: _table(db, f"SELECT * FROM {t} ORDER BY 1") for t in ("documents", "mentions", "events", "rejects")}
    second = ingest([str(src)], str(db), workers=1, batch_size=3)
    assert (second.documents, second.skipped) == (0, 4)
    after = {t: _table(db, f"SELECT * FROM {t} ORDER BY 1") for t in before}
    assert after == before
    # a1 and a2 report one arrest; a3 and a4 report two different shellings a week apart.
    events = _table(db, "SELECT plover_type, num_mentions, num_documents FROM events ORDER BY plover_type, num_mentions")
    assert ("COERCE", 2, 2) in events
    assert [e for e in events if e[0] == "ASSAULT"] == [("ASSAULT", 1, 1), ("ASSAULT", 1, 1)]


def test_order_does_not_change_events(tmp_path: Path, warm) -> None:  # type: ignore[no-untyped-def]
    fwd = _jsonl(tmp_path / "f.jsonl", ARTICLES)
    rev = _jsonl(tmp_path / "r.jsonl", dict(reversed(list(ARTICLES.items()))))
    ingest([str(fwd)], str(tmp_path / "f.duckdb"), workers=1, batch_size=1)
    ingest([str(rev)], str(tmp_path / "r.duckdb"), workers=1, batch_size=3)
    sql = "SELECT * FROM events ORDER BY 1"
    assert _table(tmp_path / "f.duckdb", sql) == _table(tmp_path / "r.duckdb", sql)


def test_event_rows_do_not_depend_on_order_even_on_ties(tmp_path: Path, warm) -> None:  # type: ignore[no-untyped-def]
    # Two reports of one arrest that code the target differently (GEOCVL and GEOOPP): the
    # event row must pick the same representative whichever report was stored first.
    pair = {"t1": ARTICLES["a1"], "t2": ("Riot police detained 30 opposition supporters in Tbilisi on Saturday.", "2024-05-13")}
    rows = []
    for name, items in (("f", pair), ("r", dict(reversed(list(pair.items()))))):
        db = tmp_path / f"{name}.duckdb"
        ingest([str(_jsonl(tmp_path / f"{name}.jsonl", items))], str(db), workers=1, batch_size=1)
        rows.append(_table(db, "SELECT * FROM events ORDER BY 1"))
    assert len(rows[0]) == 1 and rows[0][0][11] == 2  # one event, two mentions
    assert rows[0][0][4] == "GEOCVL"  # the tie goes to the smaller code
    assert rows[0] == rows[1]


def test_bad_inputs_become_rejects_and_good_ones_are_kept(tmp_path: Path, warm) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    (tmp_path / "latin1.txt").write_bytes("Le caf\xe9".encode("latin-1"))
    (tmp_path / "huge.txt").write_text("Police arrested a man. " * 2_300_000, encoding="utf-8")  # about 50 MB
    (tmp_path / "nocol.csv").write_text("title,when\nA,2024-01-01\n", encoding="utf-8")
    (tmp_path / "ok.csv").write_text('id,date,text\nc1,2024-01-02,"Kenyan police arrested two journalists."\n', encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "j1", "text": "Troops withdrew from the town."}\n{broken\n', encoding="utf-8")
    with gzip.open(tmp_path / "zipped.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write("Israeli forces raided a refugee camp in Jenin.")
    (tmp_path / "dup1.jsonl").write_text(json.dumps({"id": "same", "text": "NATO condemned the attack."}) + "\n", encoding="utf-8")
    (tmp_path / "dup2.jsonl").write_text(json.dumps({"id": "same", "text": "The EU condemned the attack."}) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    summary = ingest([str(tmp_path)], str(db), workers=1, batch_size=4)
    reasons = {Path(o.split(":")[0]).name: r for o, r in _table(db, "SELECT origin, reason FROM rejects")}
    assert "empty document" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "limit" in reasons["huge.txt"]
    assert "no text column" in reasons["nocol.csv"]
    assert "malformed JSON" in reasons["bad.jsonl"]
    assert "duplicate id 'same'" in reasons["dup2.jsonl"]
    ids = {r[0] for r in _table(db, "SELECT id FROM documents")}
    assert ids == {"c1", "j1", "zipped.txt", "same"}
    assert summary.documents == 4


def test_html_pages_are_extracted(tmp_path: Path) -> None:
    page = ("<html><head><title>Clashes</title></head><body><nav>Home | World</nav><article>"
            "<h1>Clashes in Kharkiv</h1><p>Russian forces shelled Kharkiv on Monday, the Ukrainian army said.</p>"
            "<p>Ukrainian troops returned fire near the city, officials added.</p></article>"
            "<footer>Copyright</footer></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [doc] = list(read_corpus([str(tmp_path)]))
    assert isinstance(doc, Document)
    assert "shelled Kharkiv" in doc.text and "Copyright" not in doc.text


def _as_nobody() -> list[str] | None:
    """A command prefix that drops root to user nobody (root ignores file modes), or None."""
    import shutil

    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_read_only_store_is_refused_and_left_intact(tmp_path: Path, warm) -> None:  # type: ignore[no-untyped-def]
    import tempfile

    src = _jsonl(tmp_path / "in.jsonl", {"a1": ARTICLES["a1"]})
    # A world-readable folder, so that the unprivileged user can read the store and the input.
    folder = Path(tempfile.mkdtemp(prefix="eventcoder-ro-"))
    try:
        folder.chmod(0o755)
        db = folder / "ro.duckdb"
        ingest([str(src)], str(db), workers=1)
        before = _table(db, "SELECT * FROM documents")
        more = _jsonl(folder / "more.jsonl", {"a3": ARTICLES["a3"]})
        more.chmod(0o644)
        db.chmod(0o444)
        if os.geteuid() != 0:
            with pytest.raises(StoreError, match="ro.duckdb"):
                DuckStore(db)
            prefix: list[str] = []
        else:
            prefix = _as_nobody() or []
            if not prefix:
                pytest.skip("running as root without setpriv: file modes cannot be tested")
        run = subprocess.run([*prefix, sys.executable, "-m", "eventcoder", "ingest", str(more), "--db", str(db), "--workers", "1"],
                             capture_output=True, text=True, timeout=300)
        assert run.returncode != 0
        assert "ro.duckdb" in run.stderr and "read-only" in run.stderr
        assert "Traceback" not in run.stderr
        db.chmod(0o644)
        assert _table(db, "SELECT * FROM documents") == before
    finally:
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()


def test_locked_store_gives_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "ro.duckdb"
    DuckStore(db).close()
    # Another process holds the file open for writing: DuckDB locks it.
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('ready', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked"):
            DuckStore(db)
    finally:
        holder.kill()
        holder.communicate()


def test_failed_batch_write_keeps_what_was_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warm) -> None:  # type: ignore[no-untyped-def]
    src = _jsonl(tmp_path / "in.jsonl", ARTICLES)
    db = tmp_path / "full.duckdb"
    calls = {"n": 0}
    real = DuckStore.write_batch

    def flaky(self, docs, rejects):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:  # the disk fills up on the second batch
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute("INSERT INTO rejects VALUES ('x', 'x', 'x', 'x')")
            self._rollback()
            raise StoreError(f"cannot write to store {self.path}: the disk is full (No space left on device)")
        return real(self, docs, rejects)

    monkeypatch.setattr(DuckStore, "write_batch", flaky)
    with pytest.raises(StoreError, match="disk is full"):
        ingest([str(src)], str(db), workers=1, batch_size=2)
    assert len(_table(db, "SELECT * FROM documents")) == 2  # the first batch survived
    assert _table(db, "SELECT * FROM rejects") == []
    monkeypatch.setattr(DuckStore, "write_batch", real)
    again = ingest([str(src)], str(db), workers=1, batch_size=2)
    assert (again.documents, again.skipped) == (2, 2)
    assert len(_table(db, "SELECT * FROM documents")) == 4


def _key(eid: str, start: str, place: str | None = None, country: str | None = None, precision: str = "day") -> MentionKey:
    return MentionKey(eid, "ASSAULT", False, "asserted", "RUSMIL", "UKR", start, start, precision, place, country)


def test_merge_rules() -> None:
    clusters = merge_mentions([
        _key("a", "2024-03-04", "706483", "UKR"),
        _key("b", "2024-03-04", None, None),
        _key("c", "2024-03-04", "country:UKR", "UKR"),
        _key("d", "2024-03-04", "703448", "UKR"),  # same day, another city: another event
        _key("e", "2024-03-11", "706483", "UKR"),  # a week later: another event
    ])
    groups = sorted(sorted(v) for v in clusters.values())
    # b (no place) and c (the country) are compatible with both cities; b joins a first
    # (ids break the tie), and then neither can take d, another named city.
    assert groups == [["a", "b", "c"], ["d"], ["e"]]


def test_a_region_and_a_city_in_it_are_one_place() -> None:
    from eventcoder.store.duck import _mention_key

    def stored(eid: str, geonames_id: int | None, country: str, doc: str) -> MentionKey:
        # a row of the store's key columns: the gazetteer says what kind of place the id is
        return _mention_key((eid, "ASSAULT", False, "asserted", "", "NGACVL", "2025-06-14", "2025-06-14", "day",
                             geonames_id, country, None, doc, 0, "190", None, None, None, None))

    benue, makurdi, lagos, nigeria = 2347266, 2331140, 2332453, 2328926
    keys = [stored("a", benue, "NGA", "A"),  # "gunmen killed villagers in Benue state"
            stored("b", makurdi, "NGA", "B"),  # "... in Makurdi", Benue's capital
            stored("c", nigeria, "NGA", "C"),  # "... in Nigeria": the country, not a place in it
            stored("d", lagos, "NGA", "D")]  # Lagos state: another region
    assert [(k.place_id, k.place_region, k.place_is_region) for k in keys] == [
        ("2347266", "NGA.26", True), ("2331140", "NGA.26", False), ("country:NGA", None, False), ("2332453", "NGA.05", True)]
    assert sorted(sorted(v) for v in merge_mentions(keys).values()) == [["a", "b", "c"], ["d"]]
    # two cities of one region are still two places
    ikeja = MentionKey("e", "ASSAULT", False, "asserted", "", "NGACVL", "2025-06-14", "2025-06-14", "day",
                       "2332459", "NGA", doc="E", sentence=0, place_region="NGA.05")
    lagos_city = replace(ikeja, event_id="f", place_id="2332459x", doc="F")
    assert len(merge_mentions([ikeja, lagos_city, keys[3]])) == 2


def test_placeless_report_naming_another_city_stays_out() -> None:
    istanbul, izmir = ("745044", "TUR"), ("311046", "TUR")
    paris = ("2988507", "FRA")

    def key(eid: str, place: tuple[str, str] | None, named: set[tuple[str, str]]) -> MentionKey:
        return MentionKey(eid, "COERCE", False, "asserted", "TURCOP", "TURMED", "2025-04-09", "2025-04-09", "day",
                          place[0] if place else None, place[1] if place else None, frozenset(named))

    clusters = merge_mentions([
        key("a", istanbul, {istanbul}),
        key("b", izmir, {izmir}),
        key("c", None, {izmir}),  # "... journalists of a newspaper in Izmir": not the Istanbul arrest
        key("d", None, {paris}),  # a city abroad says nothing about which Turkish city
    ])
    groups = sorted(sorted(v) for v in clusters.values())
    assert groups == [["a", "d"], ["b", "c"]]


def test_a_statement_s_sentence_names_what_it_is_about_not_where_it_was_made() -> None:
    # "Baghdad threatened on Tuesday to halt salary payments to civil servants in Erbil" and,
    # placed in Baghdad, "the government in Baghdad threatened to cut the payments": one threat
    baghdad, erbil = ("98182", "IRQ"), ("95446", "IRQ")

    def key(eid: str, ptype: str, code: str, place: tuple[str, str] | None, named: set[tuple[str, str]]) -> MentionKey:
        return MentionKey(eid, ptype, False, "asserted", "IRQGOV", "IRQGOV", "2026-08-19", "2026-08-19", "day",
                          place[0] if place else None, place[1] if place else None, frozenset(named), cameo_code=code)

    placed, about = key("placed", "THREATEN", "138", baghdad, {baghdad}), key("about", "THREATEN", "138", None, {erbil})
    assert sorted(sorted(v) for v in merge_mentions([placed, about]).values()) == [["about", "placed"]]
    # an act placed in Baghdad and a placeless report of one that names Erbil: two events
    acts = [key("placed", "COERCE", "173", baghdad, {baghdad}), key("about", "COERCE", "173", None, {erbil})]
    assert sorted(sorted(v) for v in merge_mentions(acts).values()) == [["about"], ["placed"]]


def test_a_placeless_report_naming_a_suburb_of_the_event_s_city_joins_it() -> None:
    # an arrest placed in Mombasa, and "rounded up 19 activists who were protesting the
    # demolition of homes in Jomvu" (no place of its own; Jomvu is 10 km from the centre of
    # Mombasa); a report naming Malindi (100 km up the coast) stays out
    mombasa, jomvu, malindi = "186301", "195915", "187968"

    def key(eid: str, place: str | None, named: str | None) -> MentionKey:
        return MentionKey(eid, "COERCE", False, "asserted", "KENCOP", "KENCVL", "2026-09-12", "2026-09-12", "day",
                          place, "KEN" if place else None, _places(f"{named}:KEN" if named else None),
                          place_region="KEN.37" if place else None)

    assert ("near:186301", "KEN") in _places(f"{jomvu}:KEN") and ("near:195915", "KEN") in _places(f"{mombasa}:KEN")
    clusters = merge_mentions([key("city", mombasa, mombasa), key("suburb", None, jomvu)])
    assert sorted(sorted(v) for v in clusters.values()) == [["city", "suburb"]]
    clusters = merge_mentions([key("city", mombasa, mombasa), key("malindi", None, malindi)])
    assert sorted(sorted(v) for v in clusters.values()) == [["city"], ["malindi"]]


def test_a_placeless_report_naming_the_region_of_the_event_s_city_joins_it() -> None:
    # "jets pounded a hideout in Zamfara state" and "the air strike on Tsafe": Tsafe is in
    # Zamfara; a report naming another state's city stays out
    def key(eid: str, place: str | None, region: str | None, named: set[tuple[str, str]]) -> MentionKey:
        return MentionKey(eid, "ASSAULT", False, "asserted", "NGAMIL", "NGACRM", "2026-01-07", "2026-01-07", "day",
                          place, "NGA" if place else None, frozenset(named), place_region=region)

    zamfara = {("2595349", "NGA"), ("region:NGA.57", "NGA")}
    clusters = merge_mentions([key("tsafe", "2346199", "NGA.57", set()), key("state", None, None, zamfara)])
    assert sorted(sorted(v) for v in clusters.values()) == [["state", "tsafe"]]
    clusters = merge_mentions([key("tsafe", "2346199", "NGA.57", set()), key("kano", None, None, {("2335204", "NGA")})])
    assert sorted(sorted(v) for v in clusters.values()) == [["kano"], ["tsafe"]]
    # the store gives a named region its region code (Zamfara State is NGA.57 in the gazetteer),
    # and a named city its region as "in:" (Tsafe is in Zamfara)
    from eventcoder.place.gazetteer import nearby_cities

    near_tsafe = {(f"near:{n}", "NGA") for n in nearby_cities(2346199)}
    assert _places("2595349:NGA;2346199:NGA") == frozenset(zamfara | {("2346199", "NGA"), ("in:NGA.57", "NGA")} | near_tsafe)


def test_a_placeless_report_naming_a_city_of_the_event_s_region_joins_it() -> None:
    # an arrest placed in Arusha Region, and "the detention of Chadema officials in Arusha"
    # (no place of its own, the city named); but a report naming another city of the same
    # region stays out of an event placed in a city ("same day, another town")
    def key(eid: str, place: str | None, is_region: bool, named: set[tuple[str, str]]) -> MentionKey:
        return MentionKey(eid, "COERCE", False, "asserted", "TZACOP", "TZAPTY", "2026-08-08", "2026-08-08", "day",
                          place, "TZA" if place else None, frozenset(named), place_region="TZA.26" if place else None,
                          place_is_region=is_region)

    arusha_city = {("161325", "TZA"), ("in:TZA.26", "TZA")}
    clusters = merge_mentions([key("region", "161322", True, set()), key("named", None, False, arusha_city)])
    assert sorted(sorted(v) for v in clusters.values()) == [["named", "region"]]
    clusters = merge_mentions([key("town", "999999", False, set()), key("named", None, False, arusha_city)])
    assert sorted(sorted(v) for v in clusters.values()) == [["named"], ["town"]]


def _coerce(eid: str, src: str, tgt: str, start: str, precision: str, doc: str, sentence: int) -> MentionKey:
    return MentionKey(eid, "COERCE", False, "asserted", src, tgt, start, start, precision, None, None,
                      frozenset(), doc, sentence)


def test_a_report_s_short_retelling_follows_its_full_one() -> None:
    clusters = merge_mentions([
        _coerce("a1", "VENMIL", "GUY", "2025-05-09", "day", "A", 0),  # "the navy seized a Guyanese trawler on Friday"
        _coerce("a2", "", "", "2025-05-11", "document", "A", 1),  # "The boat was stopped near the river mouth"
        _coerce("b1", "VEN", "GUYCVL", "2025-05-09", "day", "B", 0),  # another report of the seizure
        _coerce("c1", "", "", "2025-05-11", "document", "C", 0),  # a report with nothing to anchor it
    ])
    assert sorted(sorted(v) for v in clusters.values()) == [["a1", "a2", "b1"], ["c1"]]


def test_two_short_tellings_of_one_report_join() -> None:
    # a short report that tells its event in full nowhere: its two sentences join, and
    # through the one with a party, another report's telling
    clusters = merge_mentions([
        _coerce("a1", "", "", "2025-07-07", "document", "A", 0),  # "Dozens were detained after the march"
        _coerce("a2", "", "SRBEDU", "2025-07-07", "document", "A", 2),  # "Most of those held were students"
        _coerce("b1", "SRBCOP", "SRBEDU", "2025-07-06", "day", "B", 0),  # "Police detained students on Sunday"
        _coerce("c1", "", "", "2025-07-07", "document", "C", 0),  # another report with nothing to anchor it
        _coerce("d1", "", "", "2025-07-07", "document", "D", 0),  # ... and one whose two sentences
        _coerce("d2", "", "", "2025-07-07", "document", "D", 1),  # ... join only each other
    ])
    assert sorted(sorted(v) for v in clusters.values()) == [["a1", "a2", "b1"], ["c1"], ["d1", "d2"]]


def test_a_short_retelling_joins_the_nearest_full_telling_and_no_conflicting_one() -> None:
    clusters = merge_mentions([
        _coerce("t", "VENMIL", "GUY", "2025-05-05", "day", "A", 0),  # the first seizure (Monday)
        _coerce("u", "VENMIL", "GUY", "2025-05-09", "day", "A", 3),  # the second (Friday)
        _coerce("v", "", "", "2025-05-11", "document", "A", 4),  # "the vessel was stopped": the second
        _coerce("w", "GUYMIL", "", "2025-05-11", "document", "A", 1),  # another source: not theirs
    ])
    assert sorted(sorted(v) for v in clusters.values()) == [["t"], ["u", "v"], ["w"]]
    # in the sentence of a full telling, a short one is another event ("shelled the school
    # four days after they hit the market")
    clusters = merge_mentions([_coerce("x", "VENMIL", "GUY", "2025-05-09", "day", "A", 2),
                               _coerce("y", "", "", "2025-05-11", "document", "A", 2)])
    assert sorted(sorted(v) for v in clusters.values()) == [["x"], ["y"]]


def test_domestic_events_merge_whichever_side_names_whom() -> None:
    def attack(eid: str, src: str, tgt: str, place: str | None, country: str | None, doc: str) -> MentionKey:
        return MentionKey(eid, "ASSAULT", False, "asserted", src, tgt, "2025-07-08", "2025-07-08", "day",
                          place, country, frozenset(), doc, 0)

    clusters = merge_mentions([
        attack("a", "LBYREB", "", "2216885", "LBY", "A"),  # "militiamen shelled Zawiya on Tuesday"
        attack("b", "", "LBYMIL", None, None, "B"),  # "soldiers came under fire on Tuesday"
        attack("c", "", "", "2216885", "LBY", "C"),  # "Zawiya saw fighting on Tuesday": only a place
        attack("d", "", "TUNMIL", None, None, "D"),  # another country's soldiers: not domestic to Libya
        attack("e", "IGOUNO", "", None, "LBY", "E"),  # an organisation takes part: not domestic
        attack("f", "", "", None, None, "F"),  # nothing to anchor it
        attack("g", "Gendarmes", "", None, "LBY", "G"),  # the store keeps an uncoded actor's words: no party
    ])
    assert sorted(sorted(v) for v in clusters.values()) == [["a", "b", "c", "g"], ["d"], ["e"], ["f"]]


def test_reports_on_consecutive_days_do_not_chain_into_one_event() -> None:
    # the same dyad, reported every day with only the publication date: each pair of
    # neighbours overlaps, but one event cannot run for a week
    keys = [_coerce(f"d{i}", "USAGOV", "CHN", f"2025-05-{10 + i:02d}", "document", f"r{i}", 0) for i in range(7)]
    sizes = sorted(len(v) for v in merge_mentions(keys).values())
    assert sum(sizes) == 7 and max(sizes) <= 4


def test_rejects_pass_through_reader() -> None:
    items = list(read_corpus(["/no/such/path"]))
    assert isinstance(items[0], Reject) and "no such file" in items[0].reason


def test_kill_9_then_rerun_gives_the_clean_result(tmp_path: Path, warm) -> None:  # type: ignore[no-untyped-def]
    import signal

    texts = [f"Police in Nairobi arrested {n} protesters on Monday." for n in range(2, 62)]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"k{i}", "text": t, "date": "2024-06-25"}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    clean = tmp_path / "clean.duckdb"
    ingest([str(src)], str(clean), workers=1, batch_size=3)
    crashed = tmp_path / "crashed.duckdb"
    cmd = [sys.executable, "-m", "eventcoder", "ingest", str(src), "--db", str(crashed), "--workers", "1",
           "--batch-size", "3", "--log-batches"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    committed = 0
    for line in proc.stderr:  # kill right after the third batch is committed
        committed += line.startswith("committed batch")
        if committed == 3:
            proc.send_signal(signal.SIGKILL)
            break
    proc.communicate()
    partial = _table(crashed, "SELECT count(*) FROM documents")[0][0]
    assert 0 < partial < len(texts)  # killed mid-run
    ingest([str(src)], str(crashed), workers=1, batch_size=3)
    sql = {t: f"SELECT * EXCLUDE (origin) FROM {t} ORDER BY 1" if t == "documents" else f"SELECT * FROM {t} ORDER BY 1"
           for t in ("documents", "mentions", "events", "rejects")}
    for table, query in sql.items():
        assert _table(crashed, query) == _table(clean, query), table


def test_a_signed_agreement_merges_with_the_agreement() -> None:
    # "Kazakhstan and Uzbekistan signed a water deal" (057, SUPPORT) and "Astana and
    # Tashkent agreed how to share the river" (AGREE) tell one agreement; praise (051,
    # SUPPORT) is no agreement
    def key(eid: str, ptype: str, code: str, src: str, doc: str) -> MentionKey:
        return MentionKey(eid, ptype, False, "asserted", src, "", "2025-11-18", "2025-11-18", "day", None, None,
                          doc=doc, sentence=0, cameo_code=code)

    clusters = merge_mentions([key("a", "SUPPORT", "057", "KAZ;UZB", "A"), key("b", "AGREE", "036", "KAZGOV;UZBGOV", "B"),
                               key("c", "SUPPORT", "051", "KAZ", "C")])
    assert sorted(sorted(v) for v in clusters.values()) == [["a", "b"], ["c"]]


def test_talks_and_what_their_sides_agreed_at_them_are_one_meeting() -> None:
    # "Chile's foreign minister held talks in Montevideo" (CONSULT) and "Chile and Uruguay
    # agreed to study a rail link" (AGREE) a day later in another report tell one meeting; an
    # agreement of other parties, or of a week later, is another event
    def key(eid: str, ptype: str, code: str, src: str, tgt: str, day: str, doc: str,
            precision: str = "day") -> MentionKey:
        return MentionKey(eid, ptype, False, "asserted", src, tgt, day, day, precision, None, None,
                          doc=doc, sentence=0, cameo_code=code)

    talks = [key("arrived", "CONSULT", "042", "CHLGOV", "URY", "2025-03-03", "A"),
             key("talks", "CONSULT", "040", "URYGOV", "CHLGOV", "2025-03-03", "B")]
    clusters = merge_mentions([*talks, key("agreed", "AGREE", "030", "CHL;URY", "", "2025-03-04", "C", "document")])
    assert sorted(clusters.values()) == [["agreed", "arrived", "talks"]]
    clusters = merge_mentions([*talks, key("signed", "SUPPORT", "057", "CHL;URY", "", "2025-03-03", "C"),
                               key("other", "AGREE", "030", "ARG;BRA", "", "2025-03-03", "D"),
                               key("later", "AGREE", "030", "CHL;URY", "", "2025-03-12", "E")])
    assert sorted(clusters.values()) == [["arrived", "signed", "talks"], ["later"], ["other"]]


def test_an_accusation_and_a_demand_of_one_statement_merge_but_never_with_an_appeal() -> None:
    # "Somalia accused Ethiopia of sending troops" (112) and "Mogadishu demanded the
    # withdrawal of the troops" (1056) tell one statement; "Somalia asked Ethiopia to share
    # intelligence" (an appeal, 020) is another, and the demand does not join the two
    def key(eid: str, ptype: str, code: str, src: str, tgt: str, doc: str) -> MentionKey:
        return MentionKey(eid, ptype, False, "asserted", src, tgt, "2026-08-17", "2026-08-17", "day", None, None,
                          doc=doc, sentence=0, cameo_code=code)

    clusters = merge_mentions([key("accused", "ACCUSE", "112", "SOM", "ETH", "A"),
                               key("demanded", "REQUEST", "1056", "SOMGOV", "ETH", "B")])
    assert sorted(clusters.values()) == [["accused", "demanded"]]
    clusters = merge_mentions([key("accused", "ACCUSE", "112", "SOM", "ETH", "A"),
                               key("demanded", "REQUEST", "1056", "SOMGOV", "ETH", "B"),
                               key("asked", "REQUEST", "020", "SOM", "ETHGOV", "C")])
    assert len(clusters) == 2 and (["asked"] in clusters.values() or ["accused"] in clusters.values())
    # a demand of another day, or of another side, is another event
    clusters = merge_mentions([key("accused", "ACCUSE", "112", "SOM", "ETH", "A"),
                               key("kenya", "REQUEST", "1056", "KEN", "ETH", "B")])
    assert len(clusters) == 2


def test_a_rejected_result_and_the_accusation_of_fraud_are_one_challenge_never_an_appeal() -> None:
    # "Zambia's opposition rejected the results" (120) and "the UPND accused the electoral
    # commission of rigging the count" (112) tell one challenge to the result; "the party
    # appealed to its supporters to stay calm" (an appeal, 020) is another
    def key(eid: str, ptype: str, code: str, src: str, tgt: str, doc: str) -> MentionKey:
        return MentionKey(eid, ptype, False, "asserted", src, tgt, "2026-08-17", "2026-08-17", "day", None, None,
                          doc=doc, sentence=0, cameo_code=code)

    clusters = merge_mentions([key("rejected", "REJECT", "120", "ZMBOPP", "ZMBGOV", "A"),
                               key("accused", "ACCUSE", "112", "ZMBOPP", "ZMBGOV", "B")])
    assert sorted(clusters.values()) == [["accused", "rejected"]]
    clusters = merge_mentions([key("rejected", "REJECT", "120", "ZMBOPP", "ZMBGOV", "A"),
                               key("appealed", "REQUEST", "020", "ZMBOPP", "ZMBGOV", "B")])
    assert len(clusters) == 2


def test_a_strike_is_neither_a_march_nor_a_riot_but_a_march_may_turn_into_one() -> None:
    # a drivers' strike in one city and a riot in the next on the same day, over the same
    # prices, and a march of public employees in the capital while dockers strike at the port
    def key(eid: str, code: str, src: str, doc: str) -> MentionKey:
        return MentionKey(eid, "PROTEST", False, "asserted", src, "", "2026-01-20", "2026-01-20", "day", None, None,
                          doc=doc, sentence=0, cameo_code=code)

    clusters = merge_mentions([key("strike", "143", "BOLLAB", "A"), key("riot", "145", "BOLCVL", "B"),
                               key("march", "141", "BOL", "C")])
    assert sorted(sorted(v) for v in clusters.values()) == [["march", "riot"], ["strike"]]
    clusters = merge_mentions([key("strike", "143", "CRILAB", "A"), key("march", "141", "CRILAB", "B")])
    assert len(clusters) == 2
    clusters = merge_mentions([key("strike", "143", "BOLLAB", "A"), key("walkout", "1431", "BOLLAB", "B")])
    assert sorted(clusters.values()) == [["strike", "walkout"]]


def test_one_actor_on_opposite_sides_is_no_domestic_clash() -> None:
    # "Pakistani forces fired across the border" and "two Pakistani soldiers were killed":
    # the same sectored actor as attacker in one and victim in the other
    def key(eid: str, src: str, tgt: str, doc: str) -> MentionKey:
        return MentionKey(eid, "ASSAULT", False, "asserted", src, tgt, "2026-01-10", "2026-01-10", "day", None, None,
                          doc=doc, sentence=0)

    clusters = merge_mentions([key("fired", "PAKMIL", "", "A"), key("killed", "", "PAKMIL", "B")])
    assert sorted(clusters.values()) == [["fired"], ["killed"]]
    # rebels attacking and soldiers attacked may be one domestic clash told two ways
    clusters = merge_mentions([key("attacked", "PAKREB", "", "A"), key("killed", "", "PAKMIL", "B")])
    assert sorted(clusters.values()) == [["attacked", "killed"]]


def test_a_clash_told_as_mutual_has_its_countries_on_both_sides() -> None:
    # "Afghan and Pakistani border forces exchanged fire at Chaman", "Afghan guards opened
    # fire", "three Afghan border guards were killed", from three reports of the same day
    def key(eid: str, src: str, tgt: str, doc: str) -> MentionKey:
        return MentionKey(eid, "ASSAULT", False, "asserted", src, tgt, "2026-01-11", "2026-01-11", "day", None, None,
                          doc=doc, sentence=0, cameo_code="190")

    mutual = key("exchanged", "AFGCOP;PAKCOP", "", "A")
    clusters = merge_mentions([mutual, key("opened", "AFG", "", "B"), key("killed", "", "AFGCOP", "C")])
    assert sorted(sorted(v) for v in clusters.values()) == [["exchanged", "killed", "opened"]]
    # each side told as the source joins the clash: one event
    clusters = merge_mentions([mutual, key("opened", "AFG", "", "B"), key("fired", "PAKMIL", "", "C")])
    assert sorted(sorted(v) for v in clusters.values()) == [["exchanged", "fired", "opened"]]
    # a party outside the clash is another event, and so is a clash of another pair of
    # countries told as mutual (which a one-sided telling of that pair joins)
    clusters = merge_mentions([mutual, key("iran", "IRN", "AFG", "D"), key("other", "IRNMIL;AFGMIL", "", "E")])
    assert sorted(sorted(v) for v in clusters.values()) == [["exchanged"], ["iran", "other"]]


def test_tit_for_tat_expulsions_told_as_mutual_stay_two_events() -> None:
    # "Kyrgyzstan and Tajikistan expelled each other's diplomats this week" tells two
    # expulsions: it may join one of them, but never makes the two one event
    def key(eid: str, src: str, tgt: str, day: str, doc: str) -> MentionKey:
        return MentionKey(eid, "SANCTION", False, "asserted", src, tgt, day, day, "day", None, None,
                          doc=doc, sentence=0, cameo_code="161", plover_mode="expel")

    clusters = merge_mentions([key("kyrgyz", "KGZ", "TJK", "2026-09-14", "A"), key("tajik", "TJK", "KGZ", "2026-09-14", "B"),
                               key("both", "KGZ;TJK", "", "2026-09-14", "C")])
    assert len(clusters) == 2
    assert not any({"kyrgyz", "tajik"} <= set(v) for v in clusters.values())


def test_a_partyless_mention_pairs_by_its_place() -> None:
    # "Shells landed in Kharkiv on Sunday" (no party) and, in another report, "Russian
    # artillery hit Kharkiv on Sunday": the same city and day anchor the pair
    def key(eid: str, src: str, place: str | None, doc: str, day: str = "2026-01-11") -> MentionKey:
        return MentionKey(eid, "ASSAULT", False, "asserted", src, "", day, day, "day", place, "UKR" if place else None,
                          doc=doc, sentence=0, cameo_code="194")

    clusters = merge_mentions([key("shells", "", "706483", "A"), key("artillery", "RUSMIL", "706483", "B")])
    assert sorted(sorted(v) for v in clusters.values()) == [["artillery", "shells"]]
    # another city, another day, or no place of its own: no anchor
    others = [key("kyiv", "", "703448", "C"), key("later", "", "706483", "D", "2026-01-14"), key("nowhere", "", None, "E")]
    clusters = merge_mentions([key("artillery", "RUSMIL", "706483", "B"), *others])
    assert sorted(sorted(v) for v in clusters.values()) == [["artillery"], ["kyiv"], ["later"], ["nowhere"]]


def test_a_short_retelling_follows_the_telling_whose_date_agrees() -> None:
    # One report (published on the 12th): "Fighting flared again in Zawiya on Saturday [the
    # 12th], four days after militiamen killed two civilians [the 8th]. Three fighters died in
    # an exchange of fire." The last sentence (no party, the publication day) is Saturday's
    # fighting, though that telling names no party either and the earlier one does.
    def key(eid: str, tgt: str, day: str, precision: str, sentence: int, place: str | None = None) -> MentionKey:
        return MentionKey(eid, "ASSAULT", False, "asserted", "", tgt, day, day, precision, place, "LBY" if place else None,
                          doc="A", sentence=sentence, cameo_code="190")

    clusters = merge_mentions([key("flared", "", "2025-07-12", "day", 0, "2210247"),
                               key("killed", "LBYCVL", "2025-07-08", "day", 0),
                               key("exchange", "", "2025-07-12", "document", 1)])
    assert sorted(sorted(v) for v in clusters.values()) == [["exchange", "flared"], ["killed"]]


def test_an_event_placed_abroad_is_softly_done_to_the_place_s_country() -> None:
    # "WFP trucks delivered food in Bentiu on Tuesday" (no target, placed in South Sudan) and
    # "aid reached South Sudan on Tuesday" (no source): the place's country anchors the pair
    def key(eid: str, src: str, tgt: str, place: str | None, country: str | None, doc: str) -> MentionKey:
        return MentionKey(eid, "AID", False, "asserted", src, tgt, "2025-06-24", "2025-06-24", "day", place, country,
                          doc=doc, sentence=0, cameo_code="073")

    clusters = merge_mentions([key("delivered", "IGOWFP", "", "408650", "SSD", "A"), key("reached", "", "SSD", None, None, "B")])
    assert sorted(sorted(v) for v in clusters.values()) == [["delivered", "reached"]]
    # a known target decides
    clusters = merge_mentions([key("delivered", "IGOWFP", "SDN", "408650", "SSD", "A"), key("reached", "", "SSD", None, None, "B")])
    assert sorted(sorted(v) for v in clusters.values()) == [["delivered"], ["reached"]]
    # a source's own country is no soft target: "Sudan delivered food in Khartoum" is not
    # softly done to Sudan (and it is no domestic event either: the WFP takes part)
    clusters = merge_mentions([key("home", "SDN;IGOWFP", "", "379252", "SDN", "A"), key("to", "", "SDN", None, None, "B")])
    assert sorted(sorted(v) for v in clusters.values()) == [["home"], ["to"]]


def test_a_recall_and_an_expulsion_between_the_same_states_are_two_events() -> None:
    # both CAMEO 161, days apart in one crisis; reports dated only by publication overlap both
    def key(eid: str, mode: str, day: str, precision: str, doc: str) -> MentionKey:
        return MentionKey(eid, "SANCTION", False, "asserted", "COL", "PER", day, day, precision, None, None,
                          doc=doc, sentence=0, cameo_code="161", plover_mode=mode)

    clusters = merge_mentions([key("recall", "withdraw", "2026-01-13", "day", "A"),
                               key("expel", "expel", "2026-01-15", "day", "B"),
                               key("told", "withdraw", "2026-01-15", "document", "C"),
                               key("told2", "expel", "2026-01-15", "document", "D")])
    assert sorted(sorted(v) for v in clusters.values()) == [["expel", "told2"], ["recall", "told"]]


def test_an_expelled_diplomat_named_by_role_is_not_softly_of_the_report_s_country() -> None:
    # a Kyrgyz report: "Bishkek sent a Tajik diplomat packing on Monday. The counsellor was
    # told to be gone within 48 hours." The counsellor ("GOV") is no Kyrgyz: the short
    # telling joins its report's, not Tajikistan's expulsion of a Kyrgyz diplomat two days on
    def key(eid: str, src: str, tgt: str, day: str, precision: str, doc: str, sentence: int) -> MentionKey:
        return MentionKey(eid, "SANCTION", False, "asserted", src, tgt, day, day, precision, None, None,
                          doc=doc, sentence=sentence, cameo_code="161", plover_mode="expel", report_country="KGZ")

    clusters = merge_mentions([key("packing", "KGZGOV", "", "2026-09-14", "day", "A", 0),
                               key("told", "", "GOV", "2026-09-15", "document", "A", 1),
                               key("mirror", "TJK", "KGZ", "2026-09-16", "document", "B", 0)])
    assert sorted(sorted(v) for v in clusters.values()) == [["mirror"], ["packing", "told"]]


def test_a_pattern_mode_must_be_a_plover_mode_of_its_type(tmp_path: Path) -> None:
    from eventcoder.classify import Codebook, Lexicon
    from eventcoder.errors import DataFileError

    bad = tmp_path / "verbs.yaml"
    bad.write_text('- code: "161"\n  patterns:\n    - lemma: expel\n      mode: riot\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="mode 'riot' is not a PLOVER mode of SANCTION"):
        Lexicon.load(Codebook.load(), bad)
    good = tmp_path / "good.yaml"
    good.write_text('- code: "161"\n  patterns:\n    - lemma: expel\n      mode: expel\n', encoding="utf-8")
    assert [p.mode for p in Lexicon.load(Codebook.load(), good).patterns] == ["expel"]


def test_a_partyless_placeless_mention_is_domestic_to_its_report_s_country() -> None:
    # "Garment workers marched in Gazipur on Wednesday" and, in another Bangladeshi report,
    # "a march over unpaid wages turned violent on Wednesday": no party, no place
    def key(eid: str, src: str, place: str | None, country: str | None, report: str, doc: str) -> MentionKey:
        return MentionKey(eid, "PROTEST", False, "asserted", src, "", "2025-11-12", "2025-11-12", "day", place, country,
                          doc=doc, sentence=0, cameo_code="141", report_country=report)

    full = key("full", "BGDLAB", "1200109", "BGD", "BGD", "A")
    clusters = merge_mentions([full, key("bare", "", None, None, "BGD", "B")])
    assert sorted(sorted(v) for v in clusters.values()) == [["bare", "full"]]
    # a report about another country, or about none in particular, says nothing
    clusters = merge_mentions([full, key("abroad", "", None, None, "IND", "C"), key("unsure", "", None, None, "", "D")])
    assert sorted(sorted(v) for v in clusters.values()) == [["abroad"], ["full"], ["unsure"]]


def test_a_partyless_mention_dated_only_by_its_report_joins_the_one_domestic_event_at_hand() -> None:
    # "dozens were detained", no party and no place, in a Tanzanian report published the
    # next day: it may be any arrest in Tanzania of the last days, so it joins one only when
    # just one is at hand (session 10 measured the rule without that: precision fell on two
    # blind corpora), and only after every other pair
    def key(eid: str, src: str, start: str, precision: str, doc: str) -> MentionKey:
        return MentionKey(eid, "COERCE", False, "asserted", src, "", start, start, precision, None, None,
                          doc=doc, sentence=0, cameo_code="173", report_country="TZA")

    full = key("full", "TZACOP", "2026-08-07", "day", "A")
    published = key("published", "", "2026-08-08", "document", "B")
    assert sorted(sorted(v) for v in merge_mentions([full, published]).values()) == [["full", "published"]]
    assert len(merge_mentions([full, key("day", "", "2026-08-07", "day", "C")])) == 1
    # two arrests at hand (police, and the army the day before): it joins neither
    other = key("other", "TZAMIL", "2026-08-06", "day", "D")
    assert sorted(sorted(v) for v in merge_mentions([full, published, other]).values()) == [
        ["full"], ["other"], ["published"]]
    # another report's country: no home in common
    abroad = MentionKey("abroad", "COERCE", False, "asserted", "", "", "2026-08-08", "2026-08-08", "document", None,
                        None, doc="E", sentence=0, cameo_code="173", report_country="KEN")
    assert len(merge_mentions([full, abroad])) == 2


def test_a_side_named_only_by_its_sector_anchors_by_the_report_s_country() -> None:
    # "Portuguese bus drivers struck on Tuesday" and, in another report about Porto, "drivers
    # stopped work": the second report names the drivers' sector but not their country
    def key(eid: str, src: str, tgt: str, report: str, doc: str, day: str = "2025-05-13",
            precision: str = "day") -> MentionKey:
        return MentionKey(eid, "PROTEST", False, "asserted", src, tgt, day, day, precision, None, None,
                          doc=doc, sentence=0, cameo_code="143", report_country=report)

    full = key("full", "PRTLAB", "", "PRT", "A")
    bare = key("bare", "LAB", "", "PRT", "B", "2025-05-14", "document")
    assert sorted(sorted(v) for v in merge_mentions([full, bare]).values()) == [["bare", "full"]]
    # another report's country, no report country, or a country-less side facing a known
    # side of another country: no anchor
    others = [key("abroad", "LAB", "", "ESP", "C"), key("unsure", "LAB", "", "", "D"),
              key("facing", "PRTLAB", "ESPGOV", "PRT", "E"), key("police", "COP", "PRTLAB", "PRT", "F")]
    clusters = merge_mentions([full, *others[:2]])
    assert sorted(sorted(v) for v in clusters.values()) == [["abroad"], ["full"], ["unsure"]]
    # the report's country conflicts with nothing: a known side still decides
    clusters = merge_mentions([others[2], others[3]])
    assert sorted(sorted(v) for v in clusters.values()) == [["facing"], ["police"]]


def test_a_visit_runs_on_into_the_next_day_an_attack_does_not() -> None:
    # "Japan's prime minister began a visit to Hanoi on Friday" / "met Vietnam's leaders on
    # Saturday": talks run over days; an attack on Friday and one on Saturday are two attacks
    def key(eid: str, ptype: str, cameo: str, day: str, doc: str) -> MentionKey:
        return MentionKey(eid, ptype, False, "asserted", "JPNGOV", "VNMGOV", day, day, "day", None, None,
                          doc=doc, sentence=0, cameo_code=cameo)

    visit = [key("fri", "CONSULT", "042", "2025-06-20", "A"), key("sat", "CONSULT", "040", "2025-06-21", "B"),
             key("sun", "CONSULT", "040", "2025-06-22", "C")]
    clusters = merge_mentions(visit)
    # the third day pairs with the second, but one event keeps its dates within a day
    assert sorted(sorted(v) for v in clusters.values()) == [["fri", "sat"], ["sun"]]
    attacks = [key("fri", "ASSAULT", "190", "2025-06-20", "A"), key("sat", "ASSAULT", "190", "2025-06-21", "B")]
    assert sorted(sorted(v) for v in merge_mentions(attacks).values()) == [["fri"], ["sat"]]


def test_a_partyless_mention_joins_one_whose_sentence_gives_the_same_name() -> None:
    # "Traders gathered outside ESCOM's regional office in the city centre on Tuesday" (no
    # party, no place, a report naming no country) and "traders of Blantyre rallied outside
    # ESCOM", published the next day: the name of the company is what ties them
    def key(eid: str, src: str, names: set[str], report: str, doc: str, day: str = "2026-03-10",
            precision: str = "day") -> MentionKey:
        return MentionKey(eid, "PROTEST", False, "asserted", src, "", day, day, precision, None, None,
                          doc=doc, sentence=0, cameo_code="141", report_country=report, names=frozenset(names))

    full = key("full", "MWICVL", {"escom"}, "MWI", "A", "2026-03-11", "document")
    bare = key("bare", "", {"escom"}, "", "B")
    assert sorted(sorted(v) for v in merge_mentions([full, bare]).values()) == [["bare", "full"]]
    # another name, a report about another country, or two mentions that both name a party
    # (their parties decide): no anchor
    for other in (key("other", "", {"zesco"}, "", "C"), key("abroad", "", {"escom"}, "ZMB", "D"),
                  key("party", "ZMBCVL", {"escom"}, "", "E")):
        assert len(merge_mentions([full, other])) == 2, other.event_id
    # a name of two words or more held by a longer one ("red light" and "red light market")
    # ties them too; a single word inside a longer name does not ("light" and "red light")
    full = key("full", "MWICVL", {"red light"}, "MWI", "A")
    bare = key("bare", "", {"red light market"}, "", "B")
    assert sorted(sorted(v) for v in merge_mentions([full, bare]).values()) == [["bare", "full"]]
    assert len(merge_mentions([full, key("one", "", {"light"}, "", "C")])) == 2


def test_a_town_of_a_city_s_outskirts_is_near_it_but_the_next_city_of_its_region_is_not() -> None:
    from eventcoder.place.gazetteer import nearby_cities

    thies, kayar = 2244802, 2250677  # about 25 km apart: fishermen of Kayar freed in Thies
    gazipur, narayanganj = 1200109, 1185155  # about 45 km apart: two rallies of one day
    assert kayar in nearby_cities(thies) and thies in nearby_cities(kayar)
    assert narayanganj not in nearby_cities(gazipur)


def test_an_uncoded_actor_s_acronym_is_no_party_of_the_merge() -> None:
    from eventcoder.identity.merge import _parties
    from eventcoder.store.duck import _codes

    # "the CNL accused the electoral commission": the dictionaries lack the CNL
    codes = _codes([{"text": "CNL", "code": None}, {"text": "the ruling party", "code": "BDIPTY"}])
    assert codes == '"CNL";BDIPTY'
    assert _parties(codes) == frozenset({"BDI"})


def test_a_country_inferred_from_the_report_anchors_but_never_separates() -> None:
    # "Eritrea freed 16 Yemeni fishermen" and, in an Eritrean report, "the Eritrean
    # authorities released the fishermen" (the fishermen given the report's country): one
    # release; a country said in the text still keeps two releases apart
    def key(eid: str, src: str, tgt: str, doc: str, inferred: frozenset[str] = frozenset()) -> MentionKey:
        return MentionKey(eid, "RETREAT", False, "asserted", src, tgt, "2026-01-21", "2026-01-21", "day", None, None,
                          doc=doc, sentence=0, cameo_code="0841", inferred=inferred)

    clusters = merge_mentions([key("freed", "ERI", "YEMAGR", "A"),
                               key("released", "ERIGOV", "ERIAGR", "B", frozenset({"t:ERIAGR"}))])
    assert sorted(clusters.values()) == [["freed", "released"]]
    clusters = merge_mentions([key("freed", "ERI", "YEMAGR", "A"), key("released", "ERIGOV", "ERIAGR", "B")])
    assert len(clusters) == 2
    # an inferred country alone anchors nothing it would not anchor said: no shared side, no pair
    clusters = merge_mentions([key("freed", "ERI", "YEMAGR", "A"),
                               key("other", "SDNGOV", "ERIAGR", "B", frozenset({"t:ERIAGR"}))])
    assert len(clusters) == 2


def test_a_dependency_and_its_state_are_one_side_of_the_merge() -> None:
    # "Police in French Guiana arrested seven" and "French gendarmes arrested seven
    # protesters": French Guiana is France's; two other states stay apart
    def key(eid: str, src: str, doc: str) -> MentionKey:
        return MentionKey(eid, "COERCE", False, "asserted", src, "CVL", "2027-09-11", "2027-09-11", "day", None, None,
                          doc=doc, sentence=0, cameo_code="173")

    clusters = merge_mentions([key("a", "GUFCOP", "A"), key("b", "FRACOP", "B")])
    assert sorted(clusters.values()) == [["a", "b"]]
    clusters = merge_mentions([key("a", "SURCOP", "A"), key("b", "FRACOP", "B")])
    assert len(clusters) == 2


def test_a_sovereign_must_be_a_country_of_the_file(tmp_path: Path) -> None:
    from eventcoder.actors import ActorIndex
    from eventcoder.errors import DataFileError

    path = tmp_path / "countries.csv"
    path.write_text("iso3,name,aliases,demonyms,capitals,wikidata,sovereign\n"
                    "FRA,France,,French,Paris,Q142,\nGUF,French Guiana,,,Cayenne,Q3769,FRX\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"countries.csv:3: sovereign 'FRX'"):
        ActorIndex()._load_countries(path)


def test_the_store_keeps_which_countries_were_inferred(tmp_path: Path) -> None:
    from eventcoder.store.duck import _inferred_codes

    ev = {"source": [{"code": "ERIGOV", "country_inferred": False}],
          "target": [{"code": "ERIAGR", "country_inferred": True}, {"code": None, "country_inferred": True}]}
    assert _inferred_codes(ev) == "t:ERIAGR"


def test_talks_and_strikes_run_on_into_the_next_day_but_marches_do_not() -> None:
    def key(eid: str, ptype: str, code: str, day: str, doc: str) -> MentionKey:
        return MentionKey(eid, ptype, False, "asserted", "BRALAB", "BRAGOV", day, day, "day", None, None,
                          doc=doc, sentence=0, cameo_code=code)

    # "began two days of talks on Tuesday" and "the talks went on on Wednesday"
    assert len(merge_mentions([key("began", "CONSULT", "040", "2026-01-06", "A"),
                               key("second", "CONSULT", "040", "2026-01-07", "B")])) == 1
    # marches of one group on two days are two events (a day-dated telling of each)
    assert len(merge_mentions([key("tuesday", "PROTEST", "141", "2026-01-06", "A"),
                               key("wednesday", "PROTEST", "141", "2026-01-07", "B")])) == 2
    # but a strike runs on ("walked off the job on Tuesday, starting a 72-hour strike" and
    # "Entered in its second day this Wednesday the strike"), not beyond the next day
    assert len(merge_mentions([key("tuesday", "PROTEST", "143", "2026-01-06", "A"),
                               key("wednesday", "PROTEST", "143", "2026-01-07", "B")])) == 1
    assert len(merge_mentions([key("tuesday", "PROTEST", "143", "2026-01-06", "A"),
                               key("thursday", "PROTEST", "143", "2026-01-08", "B")])) == 2


def test_a_range_dated_mention_joins_no_event_of_a_day_outside_its_range() -> None:
    # "The attack came three days after separatist fighters shot two soldiers" (a range before
    # Friday) in a report on Friday's attack: a short retelling of the report ("They fired
    # from the trees") joins Friday's attack, and does not bring the earlier one along
    def key(eid: str, src: str, tgt: str, start: str, end: str, precision: str, sentence: int) -> MentionKey:
        return MentionKey(eid, "ASSAULT", False, "asserted", src, tgt, start, end, precision, None, None,
                          doc="A", sentence=sentence, cameo_code="193")

    keys = [key("friday", "UAF", "COP", "2025-09-05", "2025-09-05", "day", 0),
            key("earlier", "REB", "MIL", "2025-08-31", "2025-09-02", "range", 1),
            key("they", "UAF", "", "2025-09-05", "2025-09-05", "document", 2)]
    assert sorted(sorted(v) for v in merge_mentions(keys).values()) == [["earlier"], ["friday", "they"]]


def test_a_report_s_short_retelling_joins_its_full_telling_whatever_its_publication_day() -> None:
    # Report A (published Monday 10th): "The soldiers who fell in Friday's ambush were buried.
    # The patrol had been hit by a roadside bomb." Reports B and C, published the 8th and the
    # 6th, told the same ambush with no day. C's publication day and A's are four days apart,
    # more than the three days reports dated only by publication may span; but A's short
    # retelling is dated by A's own telling (Friday the 7th), not by A's publication.
    def key(eid: str, src: str, tgt: str, day: str, precision: str, doc: str, sentence: int) -> MentionKey:
        return MentionKey(eid, "ASSAULT", False, "asserted", src, tgt, day, day, precision, None, None,
                          doc=doc, sentence=sentence, cameo_code="190", report_country="TGO")

    told = key("told", "", "TGOMIL", "2025-03-07", "day", "A", 0)
    short = key("short", "", "", "2025-03-10", "document", "A", 1)
    later = key("later", "TGOUAF", "TGOMIL", "2025-03-08", "document", "B", 0)
    early = key("early", "TGOUAF", "TGOMIL", "2025-03-06", "document", "C", 0)
    clusters = merge_mentions([told, short, later, early])
    assert sorted(sorted(v) for v in clusters.values()) == [["early", "later", "short", "told"]]
    # a mention with parties of another report is still kept apart by its publication day
    other = key("other", "TGOUAF", "TGOMIL", "2025-03-10", "document", "D", 0)
    clusters = merge_mentions([told, later, early, other])
    assert sorted(sorted(v) for v in clusters.values()) == [["early", "later", "told"], ["other"]]


def test_an_organ_of_an_organisation_is_that_organisation_for_the_merge() -> None:
    # "the Security Council's Libya sanctions committee added five names" and "five Libyans
    # placed under UN sanctions on Friday": the council is the UN
    def key(eid: str, src: str, doc: str) -> MentionKey:
        return MentionKey(eid, "COERCE", False, "asserted", src, "LBY", "2026-07-17", "2026-07-17", "day", None, None,
                          doc=doc, sentence=0, cameo_code="163")

    clusters = merge_mentions([key("council", "IGOUSC", "A"), key("un", "IGOUNO", "B"), key("eu", "EURIGO", "C")])
    assert sorted(sorted(v) for v in clusters.values()) == [["council", "un"], ["eu"]]


def test_two_cities_near_each_other_are_one_event_s_places() -> None:
    # "a Malaysian plane landed at Katunayake with relief" and "Malaysia flew aid to Sri Lanka,
    # handed over in Colombo": the airport town is 26 km from the city (the store marks it near)
    katunayaka, colombo, kandy = ("1240935", "LKA"), ("1248991", "LKA"), ("1241622", "LKA")

    def key(eid: str, place: tuple[str, str], near: tuple[str, str] | None, source: str = "MYS",
            precision: str = "day") -> MentionKey:
        marks = {place} | ({(f"near:{near[0]}", near[1])} if near else set())
        return MentionKey(eid, "AID", False, "asserted", source, "LKA", "2027-08-12", "2027-08-12", precision,
                          place[0], place[1], frozenset(marks), doc=eid, sentence=0)

    groups = sorted(sorted(v) for v in merge_mentions([
        key("a", katunayaka, colombo), key("b", colombo, katunayaka), key("c", kandy, None)]).values())
    assert groups == [["a", "b"], ["c"]]  # (Kandy, 100 km off, is another place)
    # a mention that lacks a party or a day is not joined to a neighbouring city's event
    groups = sorted(sorted(v) for v in merge_mentions([
        key("a", katunayaka, colombo), key("d", colombo, katunayaka, source="", precision="document")]).values())
    assert groups == [["a"], ["d"]]


def test_talks_told_by_their_host_alone_and_by_their_guests_alone_are_one_meeting() -> None:
    # "Morocco hosted a consultative meeting in Bouznika" and "the two Libyan delegations held
    # talks in Bouznika", on one day: the host is where the talks are
    bouznika = "2555745"

    def key(eid: str, source: str, day: str = "2028-09-22", place: str | None = bouznika) -> MentionKey:
        return MentionKey(eid, "CONSULT", False, "asserted", source, "", day, day, "day", place,
                          "MAR" if place else None, doc=eid)

    host, guests = key("host", "MARGOV"), key("guests", "LBYGOV")
    assert sorted(sorted(v) for v in merge_mentions([host, guests]).values()) == [["guests", "host"]]
    # not on another day, nor without the same place, nor a guest of another country's city
    for other in (key("guests", "LBYGOV", day="2028-09-25"), key("guests", "LBYGOV", place=None)):
        assert len(merge_mentions([host, other])) == 2
    abroad = replace(key("host", "TUNGOV"), place_country="MAR")
    assert len(merge_mentions([abroad, guests])) == 2


def test_a_fault_of_the_coder_on_one_document_rejects_it_and_keeps_the_batch(tmp_path: Path, warm,
                                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eventcoder.pipeline import Coder

    original = Coder.code_parsed

    def faulty(self, doc, parsed):  # type: ignore[no-untyped-def]
        if "Kharkiv again" in doc.text:
            raise TypeError("a bug met on this text")
        return original(self, doc, parsed)

    monkeypatch.setattr(Coder, "code_parsed", faulty)
    db = tmp_path / "store.duckdb"
    summary = ingest([str(_jsonl(tmp_path / "in.jsonl", ARTICLES))], str(db), workers=1, batch_size=4)
    assert (summary.documents, summary.rejects) == (3, 1)
    [(origin, reason)] = _table(db, "SELECT origin, reason FROM rejects")
    assert origin.endswith(":4") and "the coder failed on this document (TypeError: a bug met on this text)" in reason
    assert {r[0] for r in _table(db, "SELECT id FROM documents")} == {"a1", "a2", "a3"}
