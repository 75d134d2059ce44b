"""Events rebuild at scale: incremental against full, on a synthetic store.

Builds a store of --days days with --per-day synthetic mentions a day, rebuilds its events,
stores one more day (or --extra mentions of it) and times:

- the incremental rebuild that an ingest now runs (`DuckStore.rebuild_events()`);
- a full rebuild of the same store with the current code (`rebuild_events(full=True)`);
- a full rebuild with the code of --baseline (a git revision; default: the last commit
  before the incremental rebuild), in a separate process, from `git archive`;

and checks that all three give the same `events` table. With --one-day N it also times
`merge_mentions` alone, current against baseline, on N mentions all on one day (as
bench/corpus.py does with stored mentions).

The mentions are drawn to look like coded news, but they are not coded news: a few busy
countries (Zipf over 60 codes), about a third with no source and half with no target, most
dated by their publication day ("document" precision, which the merge widens by the day
before), 1% dated only by year, 8% with a place. How much an incremental rebuild saves
depends on exactly these things: it merges again every mention connected to a new one
through candidate pairs, and a long date range or a busy, placeless dyad connects many.

Run: .venv/bin/python bench/merge_scale.py [--days 30] [--per-day 5000] [--extra N]
     [--document-share 0.8] [--long-share 0.08] [--one-day N [--one-day-store DB]]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

import pyarrow as pa

from eventcoder.store import DuckStore

BASELINE = "0756591"  # the last commit with the full rebuild at the end of every ingest
COUNTRIES = ("USA RUS UKR CHN IND ISR PSE IRN TUR GBR FRA DEU PAK AFG IRQ SYR NGA KEN ETH SDN "
             "MEX BRA COL VEN ARG JPN KOR PRK TWN PHL IDN MMR BGD LKA NPL EGY LBY TUN DZA MAR "
             "SAU YEM QAT ARE JOR LBN POL HUN ROU SRB GEO ARM AZE KAZ BLR ZAF COD SOM MLI").split()
SECTORS = ["", "", "GOV", "MIL", "COP", "CVL", "OPP", "REB"]
TYPES = {"REQUEST": 13, "ASSAULT": 10, "ACCUSE": 10, "COERCE": 8, "CONSULT": 6, "REJECT": 5, "SUPPORT": 4,
         "AGREE": 3, "AID": 3, "RETREAT": 2, "MOBILIZE": 2, "PROTEST": 2, "THREATEN": 2, "COOPERATE": 2,
         "SANCTION": 1, "DISAPPROVE": 2}
START = date(2025, 1, 1)


def _actor(rnd: random.Random, weights: list[float]) -> str:
    r = rnd.random()
    if r < 0.06:
        return rnd.choice(["GOV", "COP", "he", "they"])  # no country: no party
    return rnd.choices(COUNTRIES, weights)[0] + rnd.choice(SECTORS)


def day_rows(rnd: random.Random, day: int, n: int, serial: int, document_share: float = 0.8,
             long_share: float = 0.08) -> pa.Table:
    """n mentions published on `day`: `document_share` of them dated only by publication
    ("document" precision), `long_share` by a week, month, year or range (3:3:1:1), the
    rest by an explicit day."""
    weights = [1 / (i + 1) ** 1.1 for i in range(len(COUNTRIES))]
    types, type_w = list(TYPES), list(TYPES.values())
    published = START + timedelta(days=day)
    cols: dict[str, list[object]] = {c: [] for c in (
        "event_id", "content_hash", "doc_id", "plover_type", "cameo_code", "source_codes", "target_codes",
        "negated", "modality", "date_start", "date_end", "date_precision", "location_name", "location_country",
        "geonames_id", "sentence_places", "doc_date", "url", "source_name")}
    for i in range(n):
        doc = f"doc{day:03d}-{(serial + i) // 4:07d}"
        src = "" if rnd.random() < 0.33 else _actor(rnd, weights)
        tgt = "" if rnd.random() < 0.5 else _actor(rnd, weights)
        r = rnd.random()
        long = (r - (1 - long_share)) / long_share if long_share and r >= 1 - long_share else None
        if r < document_share:
            precision, lo, hi = "document", published, published
        elif long is None:
            precision = "day"
            lo = hi = published - timedelta(days=rnd.choice([0, 0, 0, 1, 2]))
        elif long < 3 / 8:
            precision, lo = "week", published - timedelta(days=7)
            hi = lo + timedelta(days=6)
        elif long < 6 / 8:
            precision, lo = "month", published.replace(day=1)
            hi = (lo + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        elif long < 7 / 8:
            precision, lo, hi = "year", published.replace(month=1, day=1), published.replace(month=12, day=31)
        else:
            precision, lo = "range", published - timedelta(days=rnd.randrange(1, 5))
            hi = published
        country = (src or tgt)[:3] if (src or tgt)[:3] in COUNTRIES else rnd.choices(COUNTRIES, weights)[0]
        r = rnd.random()
        geonames, loc_country = None, None
        if r < 0.05:
            geonames, loc_country = 1_000_000 + COUNTRIES.index(country) * 100 + rnd.randrange(20), country
        elif r < 0.08:
            loc_country = country
        hints = ""
        if rnd.random() < 0.03:
            hints = f"{1_000_000 + COUNTRIES.index(country) * 100 + rnd.randrange(20)}:{country}"
        row = {"event_id": f"{rnd.getrandbits(64):016x}", "content_hash": f"h{doc}", "doc_id": doc,
               "plover_type": rnd.choices(types, type_w)[0], "cameo_code": "010", "source_codes": src,
               "target_codes": tgt, "negated": rnd.random() < 0.03,
               "modality": "asserted" if rnd.random() < 0.92 else "demanded",
               "date_start": lo.isoformat(), "date_end": hi.isoformat(), "date_precision": precision,
               "location_name": None, "location_country": loc_country, "geonames_id": geonames,
               "sentence_places": hints, "doc_date": published.isoformat(), "url": f"https://news.example/{doc}",
               "source_name": f"outlet{rnd.randrange(50)}"}
        for c, v in row.items():
            cols[c].append(v)
    return pa.table(cols)


def _insert(store: DuckStore, rows: pa.Table) -> None:
    store.con.register("_bench_rows", rows)
    store.con.execute("INSERT INTO mentions BY NAME SELECT * FROM _bench_rows")
    store.con.unregister("_bench_rows")


def _events(db: Path) -> list[tuple[object, ...]]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT * FROM events ORDER BY event_key").fetchall()
    finally:
        con.close()


def _baseline_tree(rev: str, into: Path) -> Path | None:
    """The baseline's src/ folder, from `git archive`; None when git cannot give it."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src/eventcoder"], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return into / "src"


_BASELINE_REBUILD = """
import json, sys, time
from eventcoder.store import DuckStore
with DuckStore(sys.argv[1]) as s:
    t = time.perf_counter(); n = s.rebuild_events(); print(json.dumps({"s": time.perf_counter() - t, "events": n}))
"""

_BASELINE_MERGE = """
import json, sys, time
from eventcoder.identity import MentionKey, merge_mentions
rows = json.load(open(sys.argv[1]))
keys = [MentionKey(*r[:11], frozenset(tuple(p) for p in r[11])) for r in rows]
t = time.perf_counter(); out = merge_mentions(keys); secs = time.perf_counter() - t
print(json.dumps({"s": secs, "events": sorted(sorted(v) for v in out.values())}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--per-day", type=int, default=5000)
    ap.add_argument("--extra", type=int, default=None, help="mentions stored after the first rebuild (default: one day's)")
    ap.add_argument("--one-day", type=int, default=0, help="also time merge_mentions alone on N mentions of one day")
    ap.add_argument("--one-day-store", type=Path, default=None,
                    help="take the --one-day mentions from this store (read only; e.g. bench/out/corpus_w1.duckdb) "
                         "instead of synthetic ones")
    ap.add_argument("--baseline", default=BASELINE, help="git revision to compare with ('' to skip)")
    ap.add_argument("--document-share", type=float, default=0.8,
                    help="share of mentions dated only by publication day (the merge widens them by the day before)")
    ap.add_argument("--long-share", type=float, default=0.08, help="share of mentions dated by a week, month, year or range")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    extra = args.per_day if args.extra is None else args.extra
    out: list[str] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        base_src = _baseline_tree(args.baseline, tmp) if args.baseline else None
        db = tmp / "store.duckdb"
        t = time.perf_counter()
        with DuckStore(db) as store:
            for day in range(args.days):
                _insert(store, day_rows(rnd, day, args.per_day, day * args.per_day, args.document_share, args.long_share))
            build = time.perf_counter() - t
            t = time.perf_counter()
            first = store.rebuild_events()
            first_s = time.perf_counter() - t
            _insert(store, day_rows(rnd, args.days, extra, args.days * args.per_day, args.document_share,
                                     args.long_share))
            total = store.con.execute("SELECT count(*) FROM mentions").fetchone()[0]  # type: ignore[index]
        for name in ("full", "base"):
            shutil.copy(db, tmp / f"{name}.duckdb")
        with DuckStore(db) as store:
            t = time.perf_counter()
            events = store.rebuild_events()
            inc_s = time.perf_counter() - t
            stats = dict(store.last_rebuild)
        with DuckStore(tmp / "full.duckdb") as store:
            t = time.perf_counter()
            store.rebuild_events(full=True)
            full_s = time.perf_counter() - t
        same = _events(db) == _events(tmp / "full.duckdb")
        out.append(f"- Store: {args.days} days x {args.per_day:,} synthetic mentions ({args.document_share:.0%} dated by "
                   f"publication day, {args.long_share:.0%} by a longer period; built in {build:.0f} s), "
                   f"first rebuild (full) {first_s:.1f} s, {first:,} events; then {extra:,} more mentions "
                   f"of day {args.days + 1}: {total:,} mentions, {events:,} events")
        if stats.get("mode") == "incremental":
            out.append(f"- Incremental rebuild: {inc_s:.2f} s; merged again {stats['merged']:,} mentions "
                       f"({stats['pending']:,} new) after {stats['rounds']} search rounds, replaced "
                       f"{stats['replaced']:,} events")
        else:
            out.append(f"- Rebuild after the new mentions: {inc_s:.2f} s; a full one after {stats.get('rounds', 0)} "
                       f"search rounds ({stats.get('reason', 'no merge state')})")
        out.append(f"- Full rebuild, current code: {full_s:.2f} s; events identical to the incremental: {same}")
        if base_src is not None:
            run = subprocess.run([sys.executable, "-c", _BASELINE_REBUILD, str(tmp / "base.duckdb")], check=True,
                                 capture_output=True, text=True, env={"PYTHONPATH": str(base_src), "PATH": ""})
            base = json.loads(run.stdout)
            same_base = _events(db) == _events(tmp / "base.duckdb")
            out.append(f"- Full rebuild, code of {args.baseline}: {base['s']:.2f} s; events identical: {same_base}")
        if args.one_day:
            out.extend(_one_day(rnd, args.one_day, base_src, tmp, args.one_day_store))
    print("\n".join(out))


def _one_day(rnd: random.Random, n: int, base_src: Path | None, tmp: Path, store: Path | None) -> list[str]:
    """merge_mentions alone on n mentions all put on one day, current against baseline:
    synthetic ones, or the first n of a store in event-id order (as bench/corpus.py does)."""
    import duckdb

    from eventcoder.identity import MentionKey, merge_mentions
    from eventcoder.store.duck import _places

    if store is None:
        table = day_rows(rnd, 0, n, 0).to_pylist()
        origin = "synthetic"
    else:
        con = duckdb.connect(str(store), read_only=True)
        try:
            table = con.sql(f"""SELECT event_id, plover_type, negated, modality, coalesce(source_codes, '') AS source_codes,
                                       coalesce(target_codes, '') AS target_codes, geonames_id, location_country,
                                       coalesce(sentence_places, '') AS sentence_places
                                FROM mentions ORDER BY event_id LIMIT {int(n)}""").to_arrow_table().to_pylist()
        finally:
            con.close()
        origin = f"from {store.name}"
        n = len(table)
    rows = [[r["event_id"], r["plover_type"], r["negated"], r["modality"], r["source_codes"], r["target_codes"],
             "2025-01-01", "2025-01-01", "day",
             str(r["geonames_id"]) if r["geonames_id"] is not None else (f"country:{r['location_country']}" if r["location_country"] else None),
             r["location_country"], sorted(_places(r["sentence_places"]))] for r in table]
    keys = [MentionKey(*r[:11], frozenset(tuple(p) for p in r[11])) for r in rows]  # type: ignore[misc]
    t = time.perf_counter()
    mine = merge_mentions(keys)
    secs = time.perf_counter() - t
    lines = [f"- merge_mentions alone, {n:,} mentions ({origin}) all on one day: current code {secs:.2f} s"]
    if base_src is not None:
        path = tmp / "one_day.json"
        path.write_text(json.dumps(rows), encoding="utf-8")
        run = subprocess.run([sys.executable, "-c", _BASELINE_MERGE, str(path)], check=True, capture_output=True,
                             text=True, env={"PYTHONPATH": str(base_src), "PATH": ""})
        base = json.loads(run.stdout)
        same = base["events"] == sorted(sorted(v) for v in mine.values())
        lines.append(f"  code of the baseline: {base['s']:.2f} s (same events: {same})")
    return lines


if __name__ == "__main__":
    main()
