"""Local parallelism: `eventcoder ingest` throughput with 1 and with 2 worker processes.

Each run ingests the same corpus into a fresh store (model loads and store writes included),
as a separate process, and the throughput ratio is reported. Target (issue 4): with 2
workers on 2 cores, at least 1.7x the single-process throughput.

Run: .venv/bin/python bench/scale.py [--docs N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def run(n_docs: int = 600) -> list[str]:
    from run import articles  # the same articles as the speed benchmark

    docs = articles(n_docs)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        times = {}
        sizes = {}
        for workers in (1, 2):
            db = Path(tmp) / f"w{workers}.duckdb"
            cmd = [str(ROOT / ".venv/bin/eventcoder"), "ingest", str(src), "--db", str(db),
                   "--workers", str(workers), "--batch-size", "16"]
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True, text=True)
            times[workers] = time.perf_counter() - t0
            sizes[workers] = db.stat().st_size
    speedup = times[1] / times[2]
    return [
        f"- Command: `.venv/bin/python bench/scale.py --docs {n_docs}` (`eventcoder ingest --workers 1|2 --batch-size 16`,"
        f" {n_docs} articles of the speed corpus ({articles.origin}), fresh store each run, model load included)",  # type: ignore[attr-defined]
        f"- 1 worker: {times[1]:.1f} s ({n_docs / times[1]:.1f} docs/s, {1000 * times[1] / n_docs:.0f} s per 1,000 documents)",
        f"- 2 workers: {times[2]:.1f} s ({n_docs / times[2]:.1f} docs/s)",
        f"- **Speed-up with 2 workers: {speedup:.2f}x** (target >= 1.7x)",
        f"- Store size: {sizes[1] / 1e6:.1f} MB for {n_docs} documents",
    ]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=600)
    print("\n".join(run(ap.parse_args().docs)))
