"""Running the coding step on a Dask distributed cluster (`--scheduler ADDRESS`).

Each worker process loads the model once (the coder is cached per process) and codes whole
batches; results come back to the client, which writes them to the store in input order,
so the store ends up the same as after a single-process run.
"""

from __future__ import annotations

from typing import Any

from ..records import Document
from .runner import code_batch

__all__ = ["DaskBackend"]


class DaskBackend:
    def __init__(self, address: str):
        from distributed import Client

        self.client = Client(address, set_as_default=False)
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.window = workers * 2

    def submit(self, docs: list[Document]) -> Any:
        return self.client.submit(code_batch, docs, pure=False)

    def close(self) -> None:
        self.client.close()
