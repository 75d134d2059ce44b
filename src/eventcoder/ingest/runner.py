"""`eventcoder ingest`: code a corpus into the store, in batches, idempotently.

Flow per batch: read documents -> drop those whose content hash is stored (or seen earlier
in this run) -> reject ids already used for a different text -> code (in-process or in a
pool of worker processes, each loading the model once; or on a Dask cluster, whose workers
return Parquet parts, see `parts.py`) -> write the batch in one transaction. After the last
batch the `events` table is rebuilt from all mentions. A run killed at any point leaves only
whole batches behind (and perhaps parts, merged at the start of the next run); running the
same command again skips them and finishes the rest.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..records import Document, Reject
from ..store.duck import DuckStore, RejectRow, StoredDocument, content_hash
from .inputs import read_corpus
from .parts import Part, PartsDir

__all__ = ["IngestSummary", "batch_rows", "code_batch", "ingest"]

#: Result of coding one document in a worker: (document, event dicts, reject reason).
Coded = tuple[Document, list[dict[str, Any]], str | None]

_WORKER_CODER: Any = None


@dataclass
class IngestSummary:
    documents: int = 0
    skipped: int = 0
    mentions: int = 0
    rejects: int = 0
    events: int = 0
    seconds: float = 0.0
    reject_lines: list[str] = field(default_factory=list)
    #: Dask runs: batches that came back as part files / as Parquet bytes.
    parts_on_disk: int = 0
    parts_in_memory: int = 0
    #: Documents added from parts an earlier, killed run left behind.
    recovered: int = 0

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        out = (f"ingested {self.documents} document(s) ({rate:.1f}/s), {self.mentions} mention(s), "
               f"{self.events} event(s) in store, {self.skipped} already stored, {self.rejects} rejected")
        if self.parts_on_disk or self.parts_in_memory:
            out += f"; Parquet parts: {self.parts_on_disk} through the parts folder, {self.parts_in_memory} in memory"
        if self.recovered:
            out += f"; {self.recovered} document(s) merged from parts of an earlier run"
        return out


def _coder() -> Any:
    global _WORKER_CODER
    if _WORKER_CODER is None:
        from ..pipeline import Coder

        _WORKER_CODER = Coder()
    return _WORKER_CODER


def code_batch(docs: list[Document]) -> list[Coded]:
    """Code a batch of documents with this process's coder (loaded once per process)."""
    coder = _coder()
    out: list[Coded] = []
    for doc, result in zip(docs, coder.code_documents(docs), strict=True):
        if result.reject is not None:
            out.append((doc, [], result.reject.reason))
        else:
            out.append((doc, [e.to_dict() for e in result.events], None))
    return out


def batch_rows(coded: list[Coded], reject_rows: list[RejectRow]) -> tuple[list[StoredDocument], list[RejectRow]]:
    """The documents and rejects a coded batch stores (rejects: the batch's own, then coding's)."""
    stored: list[StoredDocument] = []
    rejects = list(reject_rows)
    for doc, events, reason in coded:
        if reason is not None:
            rejects.append((doc.origin, doc.id, reason))
            continue
        stored.append(StoredDocument(content_hash(doc.text), doc.id, doc.date, doc.url, doc.source, doc.origin, events))
    return stored, rejects


def _batches(items: Iterable[Document | Reject], size: int) -> Iterator[tuple[list[Document], list[Reject]]]:
    docs: list[Document] = []
    rejects: list[Reject] = []
    for item in items:
        if isinstance(item, Reject):
            rejects.append(item)
        else:
            docs.append(item)
        if len(docs) >= size or len(rejects) >= size:
            yield docs, rejects
            docs, rejects = [], []
    if docs or rejects:
        yield docs, rejects


def ingest(
    paths: Iterable[str],
    db: str,
    *,
    workers: int = 1,
    batch_size: int = 64,
    date: str | None = None,
    scheduler: str | None = None,
    parts_dir: str | None = None,
    on_batch: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest files into the DuckDB store at `db`. Returns counts for this run.

    `parts_dir` (default `<db>.parts`) is where Dask workers write Parquet parts; every run
    first merges the parts a killed run left there."""
    summary = IngestSummary()
    started = time.perf_counter()
    seen_hashes: set[str] = set()
    seen_ids: dict[str, str] = {}
    with DuckStore(db) as store:
        parts = PartsDir(parts_dir or f"{db}.parts", db, remove_if_empty=parts_dir is None)
        summary.recovered = parts.recover(store)
        try:
            backend = _backend(workers, scheduler, parts)
            try:
                pending: list[tuple[Any, list[RejectRow]]] = []
                for docs, rejects in _batches(read_corpus(paths, default_date=date), batch_size):
                    reject_rows = [(r.origin, r.doc_id, r.reason) for r in rejects]
                    todo = _new_documents(store, docs, seen_hashes, seen_ids, reject_rows, summary)
                    pending.append((backend.submit(todo, reject_rows), reject_rows))
                    while len(pending) > backend.window:
                        _store(store, *pending.pop(0), summary, on_batch)
                while pending:
                    _store(store, *pending.pop(0), summary, on_batch)
            finally:
                backend.close()
        finally:
            parts.close()
        summary.events = store.rebuild_events()
    summary.seconds = time.perf_counter() - started
    return summary


def _new_documents(store: DuckStore, docs: list[Document], seen_hashes: set[str], seen_ids: dict[str, str],
                   reject_rows: list[RejectRow], summary: IngestSummary) -> list[Document]:
    hashes = [content_hash(d.text) for d in docs]
    stored = store.known_hashes(hashes)
    stored_ids = store.known_ids(d.id for d in docs)
    todo: list[Document] = []
    for doc, h in zip(docs, hashes, strict=True):
        if h in stored or h in seen_hashes:
            summary.skipped += 1
            continue
        other = seen_ids.get(doc.id) or stored_ids.get(doc.id)
        if other is not None and other != h:
            reject_rows.append((doc.origin, doc.id, f"duplicate id {doc.id!r} with different text (kept the first)"))
            continue
        seen_hashes.add(h)
        seen_ids[doc.id] = h
        todo.append(doc)
    return todo


def _store(store: DuckStore, future: Any, reject_rows: list[RejectRow],
           summary: IngestSummary, on_batch: Callable[[IngestSummary], None] | None) -> None:
    result: list[Coded] | Part = future.result() if hasattr(future, "result") else future
    if isinstance(result, Part):
        tables = result.tables()
        store.write_tables(tables)
        result.discard()
        documents, mentions = tables["documents"].num_rows, tables["mentions"].num_rows
        rejects = tables["rejects"].select(["origin", "reason"]).to_pylist()
        summary.parts_on_disk += result.path is not None
        summary.parts_in_memory += result.path is None
        lines = [f"skipped {r['origin']}: {r['reason']}" for r in rejects]
    else:
        stored, rows = batch_rows(result, reject_rows)
        store.write_batch(stored, rows)
        documents, mentions = len(stored), sum(len(d.events) for d in stored)
        lines = [f"skipped {o}: {r}" for o, _, r in rows]
    summary.documents += documents
    summary.mentions += mentions
    summary.rejects += len(lines)
    summary.reject_lines.extend(lines)
    if on_batch is not None:
        on_batch(summary)


class _InProcess:
    window = 0

    def submit(self, docs: list[Document], reject_rows: list[RejectRow]) -> list[Coded]:
        return code_batch(docs) if docs else []

    def close(self) -> None:
        return None


class _Pool:
    """A pool of worker processes; each loads the model once. Keeps a few batches in flight."""

    def __init__(self, workers: int):
        self.pool = ProcessPoolExecutor(max_workers=workers)
        self.window = workers * 2

    def submit(self, docs: list[Document], reject_rows: list[RejectRow]) -> Future[list[Coded]]:
        return self.pool.submit(code_batch, docs)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _backend(workers: int, scheduler: str | None, parts: PartsDir) -> Any:
    if scheduler:
        from .dask_backend import DaskBackend

        return DaskBackend(scheduler, parts.share())
    if workers <= 1:
        return _InProcess()
    return _Pool(workers)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def count_inputs(paths: Iterable[str]) -> int:
    """A quick upper bound on the number of documents (files, JSONL lines, CSV rows), for ETA."""
    from .inputs import _kind, _walk

    total = 0
    for item in _walk(paths):
        if isinstance(item, Reject):
            continue
        kind, gz = _kind(item)
        if kind in (".jsonl", ".csv") and not gz:
            try:
                with item.open("rb") as fh:
                    total += sum(1 for _ in fh) - (1 if kind == ".csv" else 0)
            except OSError:
                total += 1
        else:
            total += 1
    return max(total, 0)


class Progress:
    """Live progress on stderr when it is a terminal: documents/s, mentions, rejects, ETA.
    Silent otherwise (the command prints one summary line at the end)."""

    def __init__(self, paths: Iterable[str]):
        self.enabled = sys.stderr.isatty()
        self.total = count_inputs(paths) if self.enabled else 0
        self.started = time.perf_counter()
        self._bar: Any = None
        if self.enabled:
            from rich.progress import BarColumn, Progress as RichProgress, TextColumn, TimeRemainingColumn

            self._bar = RichProgress(TextColumn("{task.completed}/{task.total} docs"), BarColumn(),
                                     TextColumn("{task.fields[rate]:.1f} docs/s, {task.fields[mentions]} mentions, "
                                                "{task.fields[rejects]} rejects"), TimeRemainingColumn(), transient=True)
            self._task = self._bar.add_task("ingest", total=self.total or None, rate=0.0, mentions=0, rejects=0)
            self._bar.start()

    def __call__(self, s: IngestSummary) -> None:
        if self._bar is None:
            return
        done = s.documents + s.skipped + s.rejects
        rate = s.documents / max(time.perf_counter() - self.started, 1e-6)
        self._bar.update(self._task, completed=done, rate=rate, mentions=s.mentions, rejects=s.rejects)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
