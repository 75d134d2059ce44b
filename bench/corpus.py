"""Issue 4: a 20,000-document corpus through `eventcoder ingest`, with 1 and 2 workers.

Builds a JSONL corpus (id, text, date, url, source) from the dev sentences in
../shared/data/dev (ConfliBERT CAMEO sentences and India police event sentences, grouped
5 to 12 consecutive sentences to an article), or, when the dev sets are missing, from the
bundled sample articles repeated with a distinct first line. Then runs
`eventcoder ingest CORPUS --db ... --workers N --parquet DIR --log-batches` on a fresh store
for each N and measures: wall time, steady-state documents/s and seconds per 1,000
documents, peak RSS of every process in the process tree, store and Parquet sizes, the time
spent in the store (the single writer), and the counts from `eventcoder stats`. Finally it
times the events rebuild (`merge_mentions`) on growing numbers of stored mentions all put on
one day, the case of a one-day store.

Writes bench/out/corpus_section.md (included by bench/run.py), bench/out/corpus_results.json
(raw figures) and the figures block of docs/scaling.md (between the corpus-figures markers).

Run:  .venv/bin/python bench/corpus.py [--docs 20000] [--workers 1 2] [--batch-size 64]
      .venv/bin/python bench/corpus.py --render     # re-render section and doc from the JSON
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "dev"
WORK = ROOT / "bench" / "out"
DOC = ROOT / "docs" / "scaling.md"
SECTION = WORK / "corpus_section.md"
RESULTS = WORK / "corpus_results.json"
EVENTCODER = ROOT / ".venv" / "bin" / "eventcoder"
START_MARK = "<!-- corpus-figures:start -->"
END_MARK = "<!-- corpus-figures:end -->"
sys.path.insert(0, str(ROOT / "bench"))
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

TYPICAL_WORDS = 500  # words in a typical full news article, for the second projection

# -- corpus ------------------------------------------------------------------------------------
_STORY_DATE = re.compile(r"This story is from (\w+ \d{1,2}, \d{4})")
_WORD = re.compile(r"\S+")


def _dev_sentences() -> tuple[list[tuple[str, str, str | None]], str]:
    """(text, dataset, date or None) for each distinct dev sentence of 3 words or more, in
    file order: ConfliBERT by idx, then India police by (doc_id, sent_id). An India police
    sentence gets its article's date when the article's first sentence says "This story is
    from <date>"."""
    out: list[tuple[str, str, str | None]] = []
    seen: set[str] = set()
    parts = []
    conf = SHARED / "conflibert_cameo_train.jsonl"
    if conf.exists():
        rows = [json.loads(x) for x in conf.read_text(encoding="utf-8").splitlines() if x.strip()]
        before = len(out)
        for row in sorted(rows, key=lambda r: int(r["idx"])):
            text = " ".join(row["text"].split())
            if len(_WORD.findall(text)) >= 3 and text not in seen:
                seen.add(text)
                out.append((text, "conflibert", None))
        parts.append(f"{len(out) - before} ConfliBERT sentences ({conf.name})")
    pol = SHARED / "india_police_events_dev.jsonl"
    if pol.exists():
        rows = [json.loads(x) for x in pol.read_text(encoding="utf-8").splitlines() if x.strip()]
        rows.sort(key=lambda r: (int(r["doc_id"]), int(r["sent_id"])))
        dates: dict[int, str] = {}
        for row in rows:
            m = _STORY_DATE.search(row["sent_text"])
            if m and int(row["doc_id"]) not in dates:
                try:
                    dates[int(row["doc_id"])] = datetime.strptime(m.group(1), "%B %d, %Y").date().isoformat()
                except ValueError:
                    pass
        before = len(out)
        for row in rows:
            text = row["sent_text"].strip()
            if len(_WORD.findall(text)) >= 3 and text not in seen:
                seen.add(text)
                out.append((text, "india-police", dates.get(int(row["doc_id"]))))
        parts.append(f"{len(out) - before} India police sentences ({pol.name}, {len(dates)} of its articles dated by their 'This story is from' line)")
    return out, " and ".join(parts)


def build_corpus(n_docs: int) -> tuple[list[dict], dict]:
    """n_docs documents with pairwise distinct texts, and a description of how they were made."""
    sents, parts = _dev_sentences() if SHARED.exists() else ([], "")
    if len(sents) < 12:
        return _sample_corpus(n_docs)
    docs: list[dict] = []
    seen: set[str] = set()
    dup = 0
    n_sents: list[int] = []
    base = date(2019, 1, 1)
    total = len(sents)
    passes = 0
    while len(docs) < n_docs:
        # Pass p walks the whole sentence stream once, from its own start offset, cutting it
        # into groups of 5 to 12 consecutive sentences with its own sizes. Different passes
        # therefore give different groupings; a group that repeats an earlier text is skipped.
        rng = random.Random(f"eventcoder-corpus-{passes}")
        start = 0 if passes == 0 else rng.randrange(total)
        passes += 1
        i = 0
        while len(docs) < n_docs:
            k = rng.randint(5, 12)
            if i + k > total:
                break
            group = [sents[(start + i + j) % total] for j in range(k)]
            i += k
            text = " ".join(s[0] for s in group)
            h = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if h in seen:
                dup += 1
                continue
            seen.add(h)
            no = len(docs)
            day = group[0][2] or (base + timedelta(days=(no * 7) % 365)).isoformat()
            outlet = f"outlet{int(h[:8], 16) % 50:02d}"
            docs.append({"id": f"c{no:06d}", "text": text, "date": day,
                         "url": f"https://{outlet}.example/{day}/c{no:06d}", "source": f"{outlet}.example ({group[0][1]})"})
            n_sents.append(k)
    info = {
        "origin": "dev",
        "description": (f"{total} distinct dev sentences of 3+ words: {parts}; grouped into articles of 5 to 12 "
                        f"consecutive sentences (sizes drawn from a seeded RNG); {passes} pass(es) over the sentence stream, "
                        f"each from its own seeded start offset with its own group sizes ({sum(n_sents) / total:.1f} uses per "
                        f"sentence on average; {dup} grouping(s) that repeated an earlier text skipped, so no two documents "
                        f"have the same text). Dates: the India police article's date when its first sentence gives one "
                        f"({sum(1 for d in docs if d['date'] < '2019')} documents, all in 2002), else spread evenly over 2019 "
                        f"({sum(1 for d in docs if d['date'] >= '2019')} documents)."),
        "distinct_sentences": total,
        "passes": passes,
        "duplicates_skipped": dup,
    }
    return docs, info


def _sample_corpus(n_docs: int) -> tuple[list[dict], dict]:
    files = sorted((ROOT / "src/eventcoder/data/samples").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8").strip() for f in files]
    docs = []
    base = date(2021, 7, 1)
    for i in range(n_docs):
        day = (base + timedelta(days=i % 60)).isoformat()
        text = f"Report {i + 1} of the benchmark corpus, filed on {day}.\n" + texts[i % len(texts)]
        docs.append({"id": f"s{i:06d}", "text": text, "date": day, "url": f"https://samples.example/{i}", "source": "samples.example"})
    info = {
        "origin": "samples",
        "description": (f"FALLBACK: {SHARED} is missing, so the {len(files)} bundled sample articles "
                        f"(src/eventcoder/data/samples) are repeated, each copy with a distinct first line "
                        f"('Report N of the benchmark corpus, filed on DATE.') so that every text is distinct. "
                        f"These are short articles and every copy codes the same events: the figures are a weak "
                        f"stand-in for real news."),
        "distinct_sentences": None,
        "passes": None,
        "duplicates_skipped": 0,
    }
    return docs, info


def corpus_shape(docs: list[dict]) -> dict:
    words = [len(_WORD.findall(d["text"])) for d in docs]
    return {"documents": len(docs), "words_per_doc": sum(words) / len(words), "chars_per_doc": sum(len(d["text"]) for d in docs) / len(docs),
            "min_words": min(words), "max_words": max(words)}


# -- running ingest ---------------------------------------------------------------------------
#: Timed DuckStore methods that make up "time in the store" during the batches.
STORE_CALLS = ("write_batch", "write_tables", "known_hashes", "known_ids")
#: Runs the eventcoder CLI (the same entry point as .venv/bin/eventcoder) with the store's
#: write, look-up, rebuild and export methods timed; writes the timers and this process's and
#: its reaped children's CPU time and peak RSS to the JSON file named by $EVENTCODER_BENCH_TIMERS.
SHIM = r"""
import atexit, json, os, resource, sys, time
from eventcoder.store import duck
timers, depth = {}, [0]
def _wrap(name):
    orig = getattr(duck.DuckStore, name)
    def timed(self, *a, **k):
        if depth[0]:  # called from another timed method: counted there
            return orig(self, *a, **k)
        depth[0] += 1
        t = time.perf_counter()
        try:
            return orig(self, *a, **k)
        finally:
            depth[0] -= 1
            s = timers.setdefault(name, [0.0, 0]); s[0] += time.perf_counter() - t; s[1] += 1
    setattr(duck.DuckStore, name, timed)
for _n in ("write_batch", "write_tables", "known_hashes", "known_ids", "rebuild_events", "export_parquet"):
    if hasattr(duck.DuckStore, _n):
        _wrap(_n)
_pid = os.getpid()
def _dump():
    if os.getpid() != _pid:
        return
    me, ch = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(os.environ["EVENTCODER_BENCH_TIMERS"], "w") as fh:
        json.dump({"timers": timers, "parent_cpu_s": me.ru_utime + me.ru_stime, "parent_maxrss_kb": me.ru_maxrss,
                   "children_cpu_s": ch.ru_utime + ch.ru_stime, "children_maxrss_kb": ch.ru_maxrss}, fh)
atexit.register(_dump)
from eventcoder.cli import app
sys.argv = ["eventcoder", *sys.argv[1:]]
app()
"""


def _proc_kb(pid: int, path: str, keys: tuple[str, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/{path}", encoding="ascii", errors="replace") as fh:
            for line in fh:
                key = line.split(":", 1)[0]
                if key in keys:
                    out[key] = int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return out


def _children(pid: int) -> list[int]:
    try:
        import psutil

        return [c.pid for c in psutil.Process(pid).children(recursive=True)]
    except ImportError:
        pass
    except Exception:  # noqa: BLE001 - the process ended between polls
        return []
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for c in parents.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


class TreeMonitor(threading.Thread):
    """Polls a process tree every `interval` s: per-process peak RSS (the kernel's VmHWM, so
    peaks between polls are not missed while the process lives), the largest simultaneous
    RSS and PSS sums over the tree, and the parent's RSS over time."""

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.hwm: dict[int, int] = {}
        self.cmd: dict[int, str] = {}
        self.max_tree_rss = self.max_tree_pss = 0
        self.parent_rss: list[tuple[float, int]] = []
        self.t0 = time.perf_counter()
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            rss_sum = pss_sum = 0
            for pid in [self.pid, *_children(self.pid)]:
                st = _proc_kb(pid, "status", ("VmRSS", "VmHWM"))
                if not st:
                    continue
                self.hwm[pid] = max(self.hwm.get(pid, 0), st.get("VmHWM", 0))
                if pid not in self.cmd:
                    try:
                        self.cmd[pid] = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")[:120]
                    except OSError:
                        self.cmd[pid] = "?"
                rss_sum += st.get("VmRSS", 0)
                pss_sum += _proc_kb(pid, "smaps_rollup", ("Pss",)).get("Pss", 0)
                if pid == self.pid:
                    self.parent_rss.append((time.perf_counter() - self.t0, st.get("VmRSS", 0)))
            self.max_tree_rss = max(self.max_tree_rss, rss_sum)
            self.max_tree_pss = max(self.max_tree_pss, pss_sum)
            self.stop.wait(self.interval)


_COMMIT = re.compile(r"committed batch: (\d+) document\(s\), (\d+) mention")


def _dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def run_ingest(corpus: Path, workers: int, batch_size: int, plain: bool) -> dict:
    db = WORK / f"corpus_w{workers}.duckdb"
    parquet = WORK / f"corpus_w{workers}_parquet"
    timers_path = WORK / f"corpus_w{workers}_timers.json"
    for p in (db, Path(str(db) + ".wal"), timers_path):
        p.unlink(missing_ok=True)
    shutil.rmtree(parquet, ignore_errors=True)
    args = ["ingest", str(corpus), "--db", str(db), "--workers", str(workers), "--batch-size", str(batch_size),
            "--parquet", str(parquet), "--log-batches"]
    cmd = [str(EVENTCODER), *args] if plain else [str(ROOT / ".venv/bin/python"), "-c", SHIM, *args]
    env = dict(os.environ, EVENTCODER_BENCH_TIMERS=str(timers_path))
    load = os.getloadavg()[0]
    if load > 0.5:
        print(f"warning: load average {load:.2f} before the {workers}-worker run: other work on the machine will lower "
              "the throughput figures", file=sys.stderr)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    mon = TreeMonitor(proc.pid)
    mon.t0 = t0
    mon.start()
    lines: list[tuple[float, str]] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append((time.perf_counter() - t0, line.rstrip("\n")))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    mon.stop.set()
    mon.join()
    reader.join()
    commits = [(t, int(m.group(1)), int(m.group(2))) for t, ln in lines if (m := _COMMIT.search(ln))]
    other = [ln for _, ln in lines if not _COMMIT.search(ln)]
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed (exit {proc.returncode}): {' '.join(cmd[:2])} ...\n" + "\n".join(other[-20:]))
    timers = json.loads(timers_path.read_text()) if timers_path.exists() else None
    stats = json.loads(subprocess.run([str(EVENTCODER), "stats", "--db", str(db), "--format", "json"],
                                      capture_output=True, text=True, check=True).stdout)
    docs = stats["documents"]
    # Steady state from the workers-th commit on: with N workers the first N batches finish
    # together after the model loads, so starting the clock at the very first commit would
    # credit batches 2..N to the interval.
    ref = commits[min(workers, len(commits)) - 1] if commits else None
    t_first, d_first = (ref[0], ref[1]) if ref else (wall, 0)
    t_last, d_last = (commits[-1][0], commits[-1][1]) if commits else (wall, docs)
    steady = (d_last - d_first) / (t_last - t_first) if t_last > t_first and d_last > d_first else docs / wall
    parent_at_last = max((r for t, r in mon.parent_rss if t <= t_last), default=0)
    parent_tail_peak = max((r for t, r in mon.parent_rss if t > t_last), default=0)
    workers_hwm = {pid: kb for pid, kb in mon.hwm.items() if pid != proc.pid}
    return {
        "workers": workers, "batch_size": batch_size, "plain": plain, "load_before": load,
        "command": "eventcoder " + " ".join(a if not a.startswith(str(ROOT)) else str(Path(a).relative_to(ROOT)) for a in args),
        "wall_s": wall, "documents": docs, "mentions": stats["mentions"], "events": stats["events"], "rejects": stats["rejects"],
        "date_range": stats.get("date_range"), "top_types": stats.get("top_types"),
        "first_commit_s": commits[0][0] if commits else wall, "steady_from_s": t_first, "steady_from_docs": d_first, "last_commit_s": t_last, "commits": len(commits),
        "steady_docs_per_s": steady, "steady_is_wall": not (t_last > t_first and d_last > d_first), "tail_s": wall - t_last,
        "parent_peak_kb": mon.hwm.get(proc.pid, 0), "parent_rss_at_last_commit_kb": parent_at_last,
        "parent_tail_peak_kb": parent_tail_peak,
        "worker_peaks_kb": sorted(workers_hwm.values(), reverse=True), "worker_cmds": sorted({mon.cmd[p] for p in workers_hwm}),
        "max_tree_rss_kb": mon.max_tree_rss, "max_tree_pss_kb": mon.max_tree_pss,
        "wait4_maxrss_kb": usage.ru_maxrss, "tree_cpu_s": usage.ru_utime + usage.ru_stime,
        "db_bytes": db.stat().st_size + (Path(str(db) + ".wal").stat().st_size if Path(str(db) + ".wal").exists() else 0),
        "parquet_bytes": _dir_bytes(parquet),
        "parquet_tables": {p.stem: p.stat().st_size for p in sorted(parquet.glob("*.parquet"))},
        "timers": timers, "summary": other[-1] if other else "",
    }


def empty_store_bytes() -> int:
    """Size of a store with the schema and no rows: the fixed part of the DuckDB file."""
    from eventcoder.store.duck import DuckStore

    path = WORK / "corpus_empty.duckdb"
    path.unlink(missing_ok=True)
    with DuckStore(path):
        pass
    size = path.stat().st_size
    path.unlink()
    return size


def store_facts(db: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        n, distinct, chars = con.execute("SELECT count(*), count(DISTINCT sentence), sum(strlen(sentence)) FROM mentions").fetchone()
        undated = con.execute("SELECT count(*) FROM mentions WHERE date_start IS NULL").fetchone()[0]
        days = con.execute("SELECT count(DISTINCT date_start) FROM mentions").fetchone()[0]
    finally:
        con.close()
    return {"mentions": n, "distinct_sentences_in_mentions": distinct, "sentence_chars": chars or 0, "undated_mentions": undated,
            "mention_days": days}


def merge_scaling(db: Path, budget_s: float) -> dict:
    """Time merge_mentions (the Python part of the events rebuild) on the first n stored
    mentions, in event-id order, with every date set to one day, for n = 1000, 2000, 4000, ...
    while the next step is expected to fit in the budget. Returns the points and the fitted
    exponent of the last two."""
    import duckdb

    from eventcoder.identity import MentionKey, merge_mentions

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("""SELECT event_id, plover_type, negated, modality, source_codes, target_codes,
                                     geonames_id, location_country FROM mentions ORDER BY event_id""").fetchall()
    finally:
        con.close()
    keys = [MentionKey(r[0], r[1], bool(r[2]), r[3], r[4] or "", r[5] or "", "2021-07-01", "2021-07-01", "day",
                       str(r[6]) if r[6] is not None else (f"country:{r[7]}" if r[7] else None), r[7]) for r in rows]
    points: list[tuple[int, float]] = []
    spent = 0.0
    n = 1000
    while keys:
        n = min(n, len(keys))
        t = time.perf_counter()
        merge_mentions(keys[:n])
        secs = time.perf_counter() - t
        points.append((n, secs))
        spent += secs
        if n == len(keys) or spent + secs * 4.5 > budget_s:
            break
        n *= 2
        if n > len(keys) and len(keys) < 1.5 * points[-1][0]:
            break  # too small a step to say anything about growth
    # Growth exponent: least-squares slope of log(time) on log(n) over the points that took
    # at least 0.02 s, when they span at least a doubling of n.
    exponent = None
    fit = [(math.log(n), math.log(s)) for n, s in points if s >= 0.02]
    if len(fit) >= 2 and fit[-1][0] - fit[0][0] >= math.log(2) - 1e-9:
        mx, my = sum(x for x, _ in fit) / len(fit), sum(y for _, y in fit) / len(fit)
        exponent = sum((x - mx) * (y - my) for x, y in fit) / sum((x - mx) ** 2 for x, _ in fit)
    return {"points": points, "exponent": exponent, "available": len(keys)}


# -- figures -----------------------------------------------------------------------------------
def _mb(n_bytes: float) -> str:
    return f"{n_bytes / 1e6:.1f} MB" if n_bytes >= 1e5 else f"{n_bytes / 1e3:.0f} kB"


def _size(n_bytes: float) -> str:
    for unit, div in (("PB", 1e15), ("TB", 1e12), ("GB", 1e9), ("MB", 1e6)):
        if n_bytes >= div:
            return f"{n_bytes / div:.1f} {unit}"
    return f"{n_bytes / 1e3:.0f} kB"


def _dur(secs: float) -> str:
    if secs < 120:
        return f"{secs:.1f} s"
    if secs < 7200:
        return f"{secs / 60:.0f} min"
    if secs < 2 * 86400:
        return f"{secs / 3600:.1f} h"
    if secs < 2 * 365 * 86400:
        return f"{secs / 86400:.0f} days"
    return f"{secs / (365 * 86400):.0f} years"


def derived(res: dict) -> dict:
    """The per-document and per-worker figures the projections use."""
    runs = {r["workers"]: r for r in res["runs"]}
    one = runs.get(1)
    top = runs[max(runs)]
    docs = top["documents"]
    words = res["shape"]["words_per_doc"]
    d = {
        "docs": docs, "words_per_doc": words, "mentions_per_doc": top["mentions"] / docs, "events_per_doc": top["events"] / docs,
        "top_workers": top["workers"],
        "per_worker_docs_s": top["steady_docs_per_s"] / top["workers"],
        "db_bytes_per_doc": (top["db_bytes"] - ((res.get("store") or {}).get("empty_db_bytes") or 0)) / docs, "parquet_bytes_per_doc": top["parquet_bytes"] / docs,
        "worker_peak_kb": max([kb for r in runs.values() for kb in r["worker_peaks_kb"]] or [0]),
        "parent_peak_kb": top["parent_peak_kb"],  # the client of the multi-worker run
        "inprocess_peak_kb": one["parent_peak_kb"] if one else None,
        "speedup": (top["steady_docs_per_s"] / one["steady_docs_per_s"]) if one and top is not one else None,
        "speedup_wall": (one["wall_s"] / top["wall_s"]) if one and top is not one else None,
    }
    d["efficiency"] = d["speedup"] / top["workers"] if d["speedup"] else None
    d["per_worker_words_s"] = d["per_worker_docs_s"] * words
    if one:
        d["one_docs_s"] = one["steady_docs_per_s"]
    tm = top.get("timers")
    if tm:
        t = tm["timers"]
        store_s = sum(t.get(k, [0.0])[0] for k in STORE_CALLS)
        d["store_s_per_doc"] = store_s / docs
        d["store_share"] = store_s / top["wall_s"]
        d["rebuild_s"] = t.get("rebuild_events", [0.0])[0]
        d["export_s"] = t.get("export_parquet", [0.0])[0]
        d["parent_cpu_s_per_doc"] = tm["parent_cpu_s"] / docs
        if top["workers"] > 1:
            d["worker_cpu_s_per_doc"] = tm["children_cpu_s"] / docs  # model loads included
    return d


def projections(res: dict) -> list[str]:
    d = derived(res)
    merge = res.get("merge") or {}
    pts = merge.get("points") or []
    k = merge.get("exponent")
    lines = [
        "| | 1M/day, corpus-length docs | 1M/day, 500-word articles | 100M/day, corpus-length docs | 100M/day, 500-word articles |",
        "|---|---|---|---|---|",
    ]
    cols = []
    for per_day in (1_000_000, 100_000_000):
        for scale in (1.0, TYPICAL_WORDS / d["words_per_doc"]):
            rate = per_day / 86400
            workers = math.ceil(rate * scale / d["per_worker_docs_s"])
            c = {
                "rate": f"{rate:,.0f}",
                "workers": f"{workers:,}",
                "ram": _size(workers * d["worker_peak_kb"] * 1024),
                "db_day": _size(per_day * scale * d["db_bytes_per_doc"]),
                "db_year": _size(per_day * scale * d["db_bytes_per_doc"] * 365),
                "pq_day": _size(per_day * scale * d["parquet_bytes_per_doc"]),
                "pq_year": _size(per_day * scale * d["parquet_bytes_per_doc"] * 365),
                "mentions": f"{per_day * scale * d['mentions_per_doc']:,.0f}",
            }
            if "parent_cpu_s_per_doc" in d:
                busy = rate * scale * d["parent_cpu_s_per_doc"]
                c["writers"] = f"{busy:.2f} → at least {math.ceil(busy):,}"
            if pts and k:
                n_last, s_last = pts[-1]
                n_day = per_day * scale * d["mentions_per_doc"]
                c["merge"] = _dur(s_last * (n_day / n_last) ** k)
            cols.append(c)
    rows = [
        ("Mean arrival rate, documents/s", "rate"),
        (f"Worker processes (= cores) at the measured {d['per_worker_docs_s']:.2f} docs/s per worker, scaled by length", "workers"),
        ("Worker RAM at the measured peak RSS per worker", "ram"),
        ("Mentions per day", "mentions"),
        ("DuckDB store per day", "db_day"),
        ("DuckDB store per year", "db_year"),
        ("Parquet export per day", "pq_day"),
        ("Parquet export per year", "pq_year"),
        ("Client (writer) CPU-seconds per second → client processes, one store each", "writers"),
        ("Events rebuild of one day's store (merge only, extrapolated)", "merge"),
    ]
    for label, key in rows:
        if key in cols[0]:
            lines.append(f"| {label} | " + " | ".join(c[key] for c in cols) + " |")
    return lines


def render_figures(res: dict) -> list[str]:
    d = derived(res)
    runs = res["runs"]
    small = res["shape"]["documents"] < 20000
    out = [
        f"Written by `{res['command']}` on {res['date']}, {res['machine']}, code of {res['commit']}.",
        "",
    ]
    if small:
        out += [f"**Small test run ({res['shape']['documents']:,} documents), not the 20,000-document measurement of issue 4.**"
                " Model load and the end-of-run steps weigh more at this size; re-run `.venv/bin/python bench/corpus.py`"
                " for the real figures.", ""]
    if res["info"]["origin"] != "dev":
        out += ["**Corpus: bundled sample articles (dev sets missing), not dev sentences.**", ""]
    out += [
        f"Corpus: {res['shape']['documents']:,} documents, {d['words_per_doc']:.0f} words per document on average "
        f"({res['shape']['min_words']}–{res['shape']['max_words']}), {d['mentions_per_doc']:.1f} mentions and "
        f"{d['events_per_doc']:.1f} events per document in the store.",
        "",
        "| workers | load avg before | wall | steady docs/s | s per 1,000 docs (steady) | peak RSS per worker | parent peak RSS | DuckDB | Parquet | store share of wall |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        steady = r["steady_docs_per_s"]
        wk = f"{max(r['worker_peaks_kb']) / 1024:.0f} MB" if r["worker_peaks_kb"] else "(in the parent)"
        tm = r.get("timers")
        share = (f"{sum(tm['timers'].get(k, [0.0])[0] for k in STORE_CALLS) / r['wall_s']:.1%}"
                 if tm else "not timed")
        out.append(f"| {r['workers']} | {r['load_before']:.2f} | {r['wall_s']:.0f} s | {steady:.1f} | {1000 / steady:.0f} | {wk} | {r['parent_peak_kb'] / 1024:.0f} MB"
                   f" | {_mb(r['db_bytes'])} | {_mb(r['parquet_bytes'])} | {share} |")
    out += [
        "",
        "Inputs to the projection:",
        "",
        f"- W = {d['words_per_doc']:.0f} words per document; per-worker throughput r_w = {d['per_worker_docs_s']:.2f} docs/s ({d['per_worker_words_s']:.0f} words/s), "
        f"from the {d['top_workers']}-worker run"
        + (f"; {d['top_workers']} workers gave {d['speedup']:.2f}x the 1-worker steady rate ({d['speedup_wall']:.2f}x by wall time)"
           if d.get("speedup") else ""),
        f"- peak RSS per worker process M_w: {d['worker_peak_kb'] / 1024:.0f} MB; client (parent of the {d['top_workers']}-worker run) M_c: "
        f"{d['parent_peak_kb'] / 1024:.0f} MB" + (f"; one process coding alone: {d['inprocess_peak_kb'] / 1024:.0f} MB" if d.get("inprocess_peak_kb") else ""),
        f"- store bytes per document: B_db = {d['db_bytes_per_doc'] / 1e3:.1f} kB (DuckDB, less the "
        f"{((res.get('store') or {}).get('empty_db_bytes') or 0) / 1e3:.0f} kB of an empty store), B_pq = {d['parquet_bytes_per_doc'] / 1e3:.1f} kB (Parquet)",
    ]
    if "worker_cpu_s_per_doc" in d:
        out.append(f"- worker CPU per document: {1000 * d['worker_cpu_s_per_doc']:.0f} ms, i.e. {1 / d['worker_cpu_s_per_doc']:.2f} docs per "
                   "CPU-second (model loads included); less affected by other load on the machine than r_w, which is what "
                   "the projection uses")
    if "parent_cpu_s_per_doc" in d:
        out.append(f"- client CPU per document c (reading, hashing, look-ups, writes, events rebuild, export): "
                   f"{1000 * d['parent_cpu_s_per_doc']:.1f} ms; store calls alone: {1000 * d['store_s_per_doc']:.1f} ms wall")
    merge = res.get("merge") or {}
    if merge.get("points"):
        pts = ", ".join(f"{n:,} → {s:.2f} s" for n, s in merge["points"])
        k = merge.get("exponent")
        out.append(f"- events merge with all mentions on one day (`merge_mentions`): {pts}"
                   + (f"; time grows as n^{k:.2f}" if k else "; too few points to fit a growth rate"))
    out += ["", "Projection (mean load, no headroom; the formulas are below):", "", *projections(res)]
    return out


def render_section(res: dict) -> list[str]:
    d = derived(res)
    info = res["info"]
    lines = [
        f"Measured {res['date']} on {res['machine']}, code of {res['commit']}.",
        "",
        f"- Command: `{res['command']}`; each run: {'`.venv/bin/eventcoder`' if res['runs'][0]['plain'] else 'the eventcoder CLI entry point started by bench/corpus.py with timers around the DuckStore write, look-up, rebuild and export methods (`--plain` runs `.venv/bin/eventcoder` without them)'}, fresh store, model load included.",
        f"- Corpus: `{res['corpus']}`, {res['shape']['documents']:,} documents, {res['corpus_mb']:.1f} MB, "
        f"{res['shape']['words_per_doc']:.0f} words per document ({res['shape']['min_words']}–{res['shape']['max_words']}). {info['description']}",
    ]
    empty = (res.get("store") or {}).get("empty_db_bytes") or 0
    for r in res["runs"]:
        steady = r["steady_docs_per_s"]
        lines += [
            "",
            f"**{r['workers']} worker(s)** — `{r['command']}` (load average before: {r['load_before']:.2f})",
            "",
            f"- Wall {r['wall_s']:.1f} s ({r['documents'] / r['wall_s']:.1f} docs/s, {1000 * r['wall_s'] / r['documents']:.0f} s per 1,000 documents, "
            f"model load, events rebuild and Parquet export included)",
            f"- **Steady state (committed batches, model load left out): {steady:.1f} docs/s, {1000 / steady:.0f} s per 1,000 documents** "
            + ("(too few batches for a steady rate: this is the wall rate) " if r.get("steady_is_wall") else "")
            + f"({r['commits']} batches; first commit after {r['first_commit_s']:.1f} s (model load); rate measured from the commit at "
            f"{r['steady_from_s']:.1f} s ({r['steady_from_docs']} documents) to the last; {r['tail_s']:.1f} s from the last commit to exit)",
            f"- Store: documents {r['documents']:,}, mentions {r['mentions']:,}, events {r['events']:,}, rejects {r['rejects']:,} (`eventcoder stats --format json`)",
            f"- **DuckDB file: {_mb(r['db_bytes'])}** ({(r['db_bytes'] - empty) / r['documents'] / 1e3:.1f} kB per document beyond "
            f"the {empty / 1e3:.0f} kB of an empty store); "
            f"**Parquet export: {_mb(r['parquet_bytes'])}** (" + ", ".join(f"{k} {_mb(v)}" for k, v in r["parquet_tables"].items()) + ")",
        ]
        wk = r["worker_peaks_kb"]
        mem = (f"- **Peak RSS: parent {r['parent_peak_kb'] / 1024:.0f} MB"
               + (f", workers {', '.join(f'{k / 1024:.0f}' for k in wk)} MB (max {max(wk) / 1024:.0f} MB)" if wk else ", no worker processes (coding in the parent)")
               + f"**; largest simultaneous sum over the tree: RSS {r['max_tree_rss_kb'] / 1024:.0f} MB, PSS {r['max_tree_pss_kb'] / 1024:.0f} MB "
               f"(polled every 0.2 s; per-process peaks are the kernel's VmHWM; wait4 max RSS {r['wait4_maxrss_kb'] / 1024:.0f} MB)")
        lines.append(mem)
        lines.append(f"- Parent RSS: {r['parent_rss_at_last_commit_kb'] / 1024:.0f} MB by the last batch commit, "
                     f"{r['parent_tail_peak_kb'] / 1024:.0f} MB peak afterwards (events rebuild, Parquet export)")
        tm = r.get("timers")
        if tm:
            t = tm["timers"]
            store_s = sum(t.get(k, [0.0])[0] for k in STORE_CALLS)
            lines.append(f"- Time in the store: batch writes and look-ups {store_s:.1f} s ({store_s / r['wall_s']:.1%} of wall), "
                         f"events rebuild {t.get('rebuild_events', [0.0])[0]:.1f} s, Parquet export {t.get('export_parquet', [0.0])[0]:.1f} s; "
                         f"CPU: parent {tm['parent_cpu_s']:.0f} s, workers {tm['children_cpu_s']:.0f} s")
    lines.append("")
    target = ", ".join(x for x in (
        f"peak RSS per worker process {d['worker_peak_kb'] / 1024:.0f} MB" if d["worker_peak_kb"] else "",
        f"single process coding alone {d['inprocess_peak_kb'] / 1024:.0f} MB" if d.get("inprocess_peak_kb") else "") if x)
    ok = max(d["worker_peak_kb"], d.get("inprocess_peak_kb") or 0) < 1024 * 1024
    lines.append(f"- **Target (issue 4) peak RSS < 1 GB per worker: {'met' if ok else 'NOT met'}** ({target}).")
    if d.get("speedup"):
        lines.append(f"- {d['top_workers']} workers: {d['speedup']:.2f}x the 1-worker steady rate ({d['speedup_wall']:.2f}x by wall time).")
    if res["store"]:
        s = res["store"]
        reuse = (" (the corpus reuses sentences across documents, which may help the store's compression)"
                 if (info.get("passes") or 0) > 1 else "")
        lines.append(f"- Mentions by sentence: {s['mentions']:,} mentions in {s['distinct_sentences_in_mentions']:,} distinct sentences{reuse}; "
                     f"{s['undated_mentions']:,} undated; {s['mention_days']:,} distinct event start days.")
    merge = res.get("merge") or {}
    if merge.get("points"):
        pts = ", ".join(f"{n:,} mentions {s:.2f} s" for n, s in merge["points"])
        k = merge.get("exponent")
        lines.append(f"- Events merge (`merge_mentions`, the Python part of the rebuild at the end of each ingest) with every mention put on one day: "
                     f"{pts}" + (f"; grows as n^{k:.2f}." if k else "."))
    lines.append("- Projections for 1 million and 100 million articles a day: docs/scaling.md.")
    if res["shape"]["documents"] < 20000:
        lines.append(f"- **Small test run ({res['shape']['documents']:,} documents), not the 20,000-document measurement.**")
    return lines


def update_doc(figures: list[str]) -> bool:
    if not DOC.exists():
        return False
    text = DOC.read_text(encoding="utf-8")
    if START_MARK not in text or END_MARK not in text:
        return False
    head, rest = text.split(START_MARK, 1)
    _, tail = rest.split(END_MARK, 1)
    DOC.write_text(head + START_MARK + "\n" + "\n".join(figures) + "\n" + END_MARK + tail, encoding="utf-8")
    return True


def _commit() -> str:
    def git(*a: str) -> str:
        return subprocess.run(["git", *a], cwd=ROOT, capture_output=True, text=True, check=False).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = [ln.split(maxsplit=1)[1] for ln in git("status", "--porcelain", "--", "src").splitlines() if ln.strip()]
    return f"commit {head}" + (f" plus uncommitted changes in {', '.join(dirty)}" if dirty else "")


def run(n_docs: int = 20000, workers: tuple[int, ...] = (1, 2), batch_size: int = 64, plain: bool = False,
        merge_budget: float = 60.0, write_doc: bool = True) -> list[str]:
    from run import machine  # noqa: PLC0415 - the same machine line as the other benchmarks

    WORK.mkdir(parents=True, exist_ok=True)
    docs, info = build_corpus(n_docs)
    corpus = WORK / f"corpus_{n_docs}.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if info["origin"] != "dev":
        print(info["description"], file=sys.stderr)
    flags = "".join([f" --docs {n_docs}" if n_docs != 20000 else "", f" --workers {' '.join(map(str, workers))}" if tuple(workers) != (1, 2) else "",
                     f" --batch-size {batch_size}" if batch_size != 64 else "", " --plain" if plain else ""])
    res = {
        "command": f".venv/bin/python bench/corpus.py{flags}",
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(), "commit": _commit(),
        "corpus": str(corpus.relative_to(ROOT)), "corpus_mb": corpus.stat().st_size / 1e6,
        "shape": corpus_shape(docs), "info": info, "runs": [],
    }
    for n in workers:
        print(f"ingest with {n} worker(s) ...", file=sys.stderr)
        res["runs"].append(run_ingest(corpus, n, batch_size, plain))
    top_db = WORK / f"corpus_w{max(workers)}.duckdb"
    res["store"] = store_facts(top_db)
    res["store"]["empty_db_bytes"] = empty_store_bytes()
    res["merge"] = merge_scaling(top_db, merge_budget) if merge_budget > 0 else None
    RESULTS.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return render(res, write_doc)


def render(res: dict, write_doc: bool = True) -> list[str]:
    lines = render_section(res)
    SECTION.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if write_doc and not update_doc(render_figures(res)):
        print(f"note: {DOC.relative_to(ROOT)} has no {START_MARK} ... {END_MARK} block; not updated", file=sys.stderr)
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=20000, help="corpus size (default 20000)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run (default 1 2)")
    ap.add_argument("--batch-size", type=int, default=64, help="eventcoder ingest --batch-size (default 64, the CLI default)")
    ap.add_argument("--plain", action="store_true", help="run .venv/bin/eventcoder itself, without the store timers")
    ap.add_argument("--merge-budget", type=float, default=60.0, help="seconds for the one-day merge timing (0: skip)")
    ap.add_argument("--no-doc", action="store_true", help="do not rewrite the figures block of docs/scaling.md")
    ap.add_argument("--render", action="store_true", help="only re-render the section and doc from bench/out/corpus_results.json")
    args = ap.parse_args()
    if args.render:
        lines = render(json.loads(RESULTS.read_text(encoding="utf-8")), not args.no_doc)
    else:
        lines = run(args.docs, tuple(args.workers), args.batch_size, args.plain, args.merge_budget, not args.no_doc)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
