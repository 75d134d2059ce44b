"""Running the coding step on a Dask distributed cluster (`--scheduler ADDRESS`).

Each worker process loads the model once (the coder is cached per process) and codes whole
batches. A worker turns its batch into the rows the store would insert and writes them as a
Parquet part into the client's parts folder when it can see it (a shared filesystem), or
returns the part as Parquet bytes when it cannot (see `parts.py`). The client merges the
parts in input order, one transaction each, so the store ends up the same as after a
single-process run.
"""

from __future__ import annotations

from typing import Any

from ..records import Document
from ..store.duck import RejectRow, batch_tables
from .parts import Part, PartsTarget, make_part, part_name
from .runner import batch_rows, code_batch

__all__ = ["DaskBackend", "code_part"]


def code_part(docs: list[Document], reject_rows: list[RejectRow], target: PartsTarget | None) -> Part:
    """Runs on a worker: code a batch and return it as a Parquet part (a path, or bytes)."""
    stored, rows = batch_rows(code_batch(docs), reject_rows)
    return make_part(batch_tables(stored, rows), target, part_name(docs, reject_rows))


class DaskBackend:
    def __init__(self, address: str, target: PartsTarget | None):
        from distributed import Client

        self.client = Client(address, set_as_default=False)
        self.target = target
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.window = workers * 2

    def submit(self, docs: list[Document], reject_rows: list[RejectRow]) -> Any:
        if not docs:
            return []  # nothing to code: the client stores the batch's rejects itself
        return self.client.submit(code_part, docs, reject_rows, self.target, pure=False)

    def close(self) -> None:
        self.client.close()
