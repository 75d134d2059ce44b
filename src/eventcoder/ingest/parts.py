"""Parquet parts: one coded batch as files, written by a Dask worker and merged by the client.

A part holds the rows one batch adds to the store (`store.duck.batch_tables`): a folder
`part-<store>-<batch>/` with `documents.parquet`, `mentions.parquet` and `rejects.parquet`.
`<store>` comes from the store's path, `<batch>` from the batch's input (content hashes,
metadata, reject rows), so coding the same batch again gives the same name. A worker writes
the folder under a temporary name and renames it when complete; the client inserts it in one
transaction (`DuckStore.write_tables`, idempotent) and then deletes it. Parts left behind by a
killed run are merged at the start of the next run.

Workers write files only where they can see the client's parts folder: the client leaves a
marker file with a random token there, and a worker that cannot read that token (another
machine without a shared filesystem) or cannot write the folder returns the same three
Parquet files as bytes instead.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import EventcoderError
from ..records import Document
from ..store.duck import BATCH_TABLES, DuckStore, RejectRow, content_hash

__all__ = ["Part", "PartsDir", "PartsTarget", "make_part", "part_name"]


@dataclass(frozen=True)
class PartsTarget:
    """Where workers may write parts (sent to every task; small)."""

    folder: str
    store_key: str
    token: str

    def visible(self) -> bool:
        """True when this process sees the client's marker, i.e. shares its folder."""
        try:
            return (Path(self.folder) / _marker(self.store_key)).read_text(encoding="utf-8") == self.token
        except OSError:
            return False


@dataclass(frozen=True)
class Part:
    """What a worker returns: the path of a part folder, or the part's Parquet files as bytes."""

    path: str | None = None
    data: dict[str, bytes] | None = None

    def tables(self) -> dict[str, pa.Table]:
        try:
            if self.path is not None:
                return _read_dir(Path(self.path))
            assert self.data is not None
            return {t: pq.read_table(pa.BufferReader(self.data[t])) for t in BATCH_TABLES}
        except (OSError, pa.ArrowException) as exc:
            where = self.path or "(in memory)"
            raise EventcoderError(f"cannot read Parquet part {where}: {exc}; the workers must write to a folder "
                                  "the client can read (--parts-dir on a shared filesystem)") from exc

    def discard(self) -> None:
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)


def part_name(docs: Sequence[Document], reject_rows: Sequence[RejectRow]) -> str:
    """A name that depends only on the batch's input, so a rerun reuses it."""
    h = hashlib.sha256()
    for d in docs:
        h.update("\x1f".join((content_hash(d.text), d.id, d.date or "", d.url or "", d.source or "", d.origin)).encode())
        h.update(b"\x1e")
    for origin, doc_id, reason in reject_rows:
        h.update("\x1f".join((origin, doc_id or "", reason)).encode())
        h.update(b"\x1e")
    return h.hexdigest()[:24]


def make_part(tables: dict[str, pa.Table], target: PartsTarget | None, name: str) -> Part:
    """Write `tables` as a part folder under `target`, or return them as Parquet bytes when
    this process does not share the client's folder (or cannot write it)."""
    if target is not None and target.visible():
        try:
            return Part(path=str(_write_dir(tables, Path(target.folder) / f"part-{target.store_key}-{name}")))
        except OSError:
            pass
    out: dict[str, bytes] = {}
    for t in BATCH_TABLES:
        sink = pa.BufferOutputStream()
        pq.write_table(tables[t], sink)
        out[t] = sink.getvalue().to_pybytes()
    return Part(data=out)


def _write_dir(tables: dict[str, pa.Table], final: Path) -> Path:
    tmp = final.with_name(f"{final.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    tmp.mkdir()
    try:
        for t in BATCH_TABLES:
            pq.write_table(tables[t], tmp / f"{t}.parquet")
        try:
            tmp.rename(final)
        except OSError:
            if not final.is_dir():
                raise
            # An earlier attempt at the same batch finished first: same input, same rows.
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def _read_dir(path: Path) -> dict[str, pa.Table]:
    return {t: pq.read_table(path / f"{t}.parquet") for t in BATCH_TABLES}


def _marker(store_key: str) -> str:
    return f".client-{store_key}"


class PartsDir:
    """The client's side of the parts folder for one store."""

    def __init__(self, folder: str | Path, db: str | Path, *, remove_if_empty: bool):
        self.folder = Path(folder).absolute()
        self.store_key = hashlib.sha256(str(Path(db).resolve()).encode()).hexdigest()[:12]
        self.remove_if_empty = remove_if_empty
        self.target: PartsTarget | None = None

    def recover(self, store: DuckStore) -> int:
        """Merge the complete parts a killed run left behind (idempotently), delete them,
        any half-written ones and its marker. Returns the number of documents this added.
        Call with the store open: DuckDB's lock keeps other clients of this store away."""
        if not self.folder.is_dir():
            return 0
        (self.folder / _marker(self.store_key)).unlink(missing_ok=True)
        added = 0
        for path in sorted(self.folder.glob(f"part-{self.store_key}-*")):
            if ".tmp-" not in path.name:
                try:
                    tables = _read_dir(path)
                except (OSError, pa.ArrowException):
                    tables = None  # unreadable: not merged, so its documents are coded again
                if tables is not None:
                    added += store.write_tables(tables)["documents"]
            shutil.rmtree(path, ignore_errors=True)
        return added

    def share(self) -> PartsTarget | None:
        """Create the folder and the marker workers look for; None if the client cannot
        (then every worker returns its parts as bytes)."""
        token = uuid.uuid4().hex
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / _marker(self.store_key)).write_text(token, encoding="utf-8")
        except OSError:
            return None
        self.target = PartsTarget(str(self.folder), self.store_key, token)
        return self.target

    def close(self) -> None:
        """After a run: remove the marker and half-written parts of killed workers, and the
        folder itself if it is the default one and now empty."""
        if not self.folder.is_dir():
            return
        (self.folder / _marker(self.store_key)).unlink(missing_ok=True)
        for path in self.folder.glob(f"part-{self.store_key}-*.tmp-*"):
            shutil.rmtree(path, ignore_errors=True)
        if self.remove_if_empty:
            try:
                self.folder.rmdir()
            except OSError:
                pass
