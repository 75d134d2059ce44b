"""Scale-out: the same ingest on a Dask LocalCluster gives the same store as one process.
Workers return Parquet parts (files in the parts folder, or bytes), merged idempotently."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from eventcoder.ingest import ingest, read_corpus
from eventcoder.ingest.dask_backend import code_part
from eventcoder.ingest.parts import PartsDir, PartsTarget
from eventcoder.records import Document
from eventcoder.store import DuckStore

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
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({"id": f"m{n}", "text": f"Police in Nairobi arrested {n} protesters on Monday."}) + "\n"
                            for n in range(2, 32)), encoding="utf-8")
    ingest([str(many)], str(tmp_path / "many-single.duckdb"), workers=1, batch_size=2, date="2024-05-13")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = ingest([str(src)], str(tmp_path / "dask.duckdb"), batch_size=2, scheduler=cluster.scheduler_address)
        # Workers that cannot see the client's parts folder send their parts as bytes: here the
        # marker they look for disappears after the first merged batch.
        shared = tmp_path / "shared"

        def hide_folder(s) -> None:  # type: ignore[no-untyped-def]
            for marker in shared.glob(".client-*"):
                marker.unlink()

        mixed = ingest([str(many)], str(tmp_path / "many-dask.duckdb"), batch_size=2, date="2024-05-13",
                       scheduler=cluster.scheduler_address, parts_dir=str(shared), on_batch=hide_folder)
    assert summary.documents == len(TEXTS)
    assert (summary.parts_on_disk, summary.parts_in_memory) == (3, 0)  # 6 documents, 2 a batch, all through files
    assert not (tmp_path / "dask.duckdb.parts").exists()  # merged, deleted, and the default folder removed
    assert _dump(tmp_path / "dask.duckdb") == _dump(tmp_path / "single.duckdb")
    assert mixed.documents == 30 and mixed.parts_on_disk >= 1 and mixed.parts_in_memory >= 1
    assert mixed.parts_on_disk + mixed.parts_in_memory == 15
    assert list(shared.iterdir()) == []  # a folder given with --parts-dir is kept, empty
    assert _dump(tmp_path / "many-dask.duckdb") == _dump(tmp_path / "many-single.duckdb")


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
    assert not (tmp_path / "dask.duckdb.parts").exists()  # no part, whole or half-written, is left
    assert _dump(tmp_path / "dask.duckdb") == _dump(tmp_path / "single.duckdb")


# -- parts without a cluster: the worker function run in this process ----------------------

def _src(tmp_path: Path) -> Path:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "date": "2024-05-13"}) + "\n" for i, t in enumerate(TEXTS)), encoding="utf-8")
    return src


def _first_batch(src: Path) -> list[Document]:
    docs = [d for d in read_corpus([str(src)]) if isinstance(d, Document)]
    return docs[:2]  # what ingest(batch_size=2) codes first


@pytest.fixture()
def warm(coder):  # type: ignore[no-untyped-def]
    from eventcoder.ingest import runner

    runner._WORKER_CODER = coder
    return coder


def test_part_left_by_a_killed_run_is_merged_once_on_rerun(tmp_path: Path, warm) -> None:  # type: ignore[no-untyped-def]
    src = _src(tmp_path)
    ingest([str(src)], str(tmp_path / "single.duckdb"), workers=1, batch_size=2)
    db = tmp_path / "store.duckdb"
    parts = PartsDir(f"{db}.parts", db, remove_if_empty=True)
    target = parts.share()
    assert target is not None
    # A worker wrote the first batch's part; the client was killed before merging it, and a
    # half-written part of another worker is lying next to it.
    part = code_part(_first_batch(src), [], target)
    assert part.path is not None and part.data is None
    again = code_part(_first_batch(src), [], target)
    assert again.path == part.path  # the name depends on the batch's input only
    (Path(target.folder) / f"{Path(part.path).name}x.tmp-1-deadbeef").mkdir()
    summary = ingest([str(src)], str(db), workers=1, batch_size=2)
    assert summary.recovered == 2 and (summary.documents, summary.skipped) == (4, 2)
    assert not Path(target.folder).exists()  # parts merged and deleted, marker and folder removed
    assert _dump(db) == _dump(tmp_path / "single.duckdb")


def test_merging_a_part_twice_changes_nothing(tmp_path: Path, warm) -> None:  # type: ignore[no-untyped-def]
    src = _src(tmp_path)
    db = tmp_path / "store.duckdb"
    part = code_part(_first_batch(src), [("x.csv:3", None, "empty document")], None)  # no shared folder: bytes
    assert part.path is None and part.data is not None
    with DuckStore(db) as store:
        assert store.write_tables(part.tables())["documents"] == 2
        before = {t: store.con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in ("documents", "mentions", "rejects")}
        assert before["mentions"] and len(before["rejects"]) == 1
        assert store.write_tables(part.tables()) == {"documents": 0, "mentions": 0}
        after = {t: store.con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in before}
    assert after == before
    # A part whose documents another run already stored adds nothing either.
    ingest([str(src)], str(tmp_path / "full.duckdb"), workers=1, batch_size=3)
    full = _dump(tmp_path / "full.duckdb")
    with DuckStore(tmp_path / "full.duckdb") as store:
        assert store.write_tables(code_part(_first_batch(src), [], None).tables())["documents"] == 0
    assert _dump(tmp_path / "full.duckdb") == full


def test_part_from_an_older_version_without_a_column_still_merges(tmp_path: Path, warm) -> None:  # type: ignore[no-untyped-def]
    # A part left by a run of an older eventcoder lacks columns added since
    # (mentions.sentence_places): it is inserted by column name, the missing one empty.
    src = _src(tmp_path)
    tables = code_part(_first_batch(src), [], None).tables()
    tables["mentions"] = tables["mentions"].drop_columns(["sentence_places"])
    with DuckStore(tmp_path / "store.duckdb") as store:
        assert store.write_tables(tables)["documents"] == 2
        rows = store.con.execute("SELECT count(*), count(sentence_places) FROM mentions").fetchone()
    assert rows is not None and rows[0] > 0 and rows[1] == 0


def test_worker_that_does_not_see_the_folder_returns_bytes(tmp_path: Path, warm) -> None:  # type: ignore[no-untyped-def]
    src = _src(tmp_path)
    folder = tmp_path / "parts"
    folder.mkdir()
    (folder / ".client-abc").write_text("the client's token", encoding="utf-8")
    part = code_part(_first_batch(src), [], PartsTarget(str(folder), "abc", "another token"))
    assert part.path is None and part.data is not None
    assert [p.name for p in folder.iterdir()] == [".client-abc"]
    assert part.tables()["documents"].column("id").to_pylist() == ["d0", "d1"]
