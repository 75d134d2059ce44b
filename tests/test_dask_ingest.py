"""Scale-out: the same ingest on a Dask LocalCluster gives the same store as one process."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from eventcoder.ingest import ingest

TEXTS = [
    "Georgian police arrested 30 protesters in Tbilisi on Saturday.",
    "Russian forces shelled Kharkiv on Monday, the Ukrainian army said.",
    "The European Union imposed new sanctions on Belarus.",
    "Kenyan protesters marched in Nairobi against new taxes.",
    "The World Food Programme delivered food aid to Yemen.",
    "Police in Tbilisi detained thirty demonstrators on Saturday.",
]


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in ("documents", "mentions", "events", "rejects")}
    finally:
        con.close()


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_local_cluster_matches_single_process(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")
    import eventcoder.ingest.runner as runner

    runner._WORKER_CODER = coder
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "date": "2024-05-13"}) + "\n" for i, t in enumerate(TEXTS)), encoding="utf-8")
    ingest([str(src)], str(tmp_path / "single.duckdb"), workers=1, batch_size=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = ingest([str(src)], str(tmp_path / "dask.duckdb"), batch_size=2, scheduler=cluster.scheduler_address)
    assert summary.documents == len(TEXTS)
    assert _dump(tmp_path / "dask.duckdb") == _dump(tmp_path / "single.duckdb")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_worker_killed_mid_run_loses_nothing(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    import os
    import signal

    distributed = pytest.importorskip("distributed")
    import eventcoder.ingest.runner as runner

    runner._WORKER_CODER = coder
    texts = [f"Police in Nairobi arrested {n} protesters on Monday." for n in range(2, 26)] + TEXTS
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "date": "2024-05-13"}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    ingest([str(src)], str(tmp_path / "single.duckdb"), workers=1, batch_size=2)
    killed: list[int] = []
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        def kill_one(summary) -> None:  # type: ignore[no-untyped-def]
            if not killed and summary.documents >= 4:
                nanny = next(iter(cluster.workers.values()))
                pid = nanny.process.process.pid  # the worker process under its nanny
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        summary = ingest([str(src)], str(tmp_path / "dask.duckdb"), batch_size=2,
                         scheduler=cluster.scheduler_address, on_batch=kill_one)
    assert killed, "no worker was killed"
    assert summary.documents == len(texts)
    assert _dump(tmp_path / "dask.duckdb") == _dump(tmp_path / "single.duckdb")
