"""The embedded store: one DuckDB file with documents, mentions, events and rejects.

Every write happens inside a transaction, one batch of documents at a time: a batch is
either fully stored (its documents, their mentions and rejects) or not at all, so a run
killed at any moment leaves the store as it was after the last committed batch, and the
same command run again finishes the job. Documents are keyed by the SHA-256 of their text,
so a document already stored is skipped, and writing the same batch twice changes nothing.
A batch travels as three Arrow tables (`batch_tables`), which a Dask worker can also write
as a Parquet part for the client to insert (`write_tables`). The `events` table is rebuilt
from all mentions in one transaction at the end of each ingest (`rebuild_events`), which
makes it a pure function of the stored mentions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import EventcoderError
from ..identity import MentionKey, merge_mentions

__all__ = ["BATCH_TABLES", "DuckStore", "RejectRow", "StoreError", "StoredDocument", "batch_tables", "content_hash"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    content_hash VARCHAR PRIMARY KEY,
    id VARCHAR NOT NULL,
    date VARCHAR,
    url VARCHAR,
    source VARCHAR,
    language VARCHAR,
    status VARCHAR NOT NULL,
    origin VARCHAR,
    n_mentions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
    event_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    sentence VARCHAR,
    char_start INTEGER,
    char_end INTEGER,
    trigger VARCHAR,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    plover_context VARCHAR,
    cameo_code VARCHAR,
    cameo_root VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    source_codes VARCHAR,
    target_codes VARCHAR,
    source_json VARCHAR,
    target_json VARCHAR,
    negated BOOLEAN,
    modality VARCHAR,
    speaker_code VARCHAR,
    attribution_json VARCHAR,
    date_value VARCHAR,
    date_start VARCHAR,
    date_end VARCHAR,
    date_precision VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    geonames_id BIGINT,
    lat DOUBLE,
    lon DOUBLE,
    location_json VARCHAR,
    confidence DOUBLE,
    doc_date VARCHAR,
    url VARCHAR,
    source_name VARCHAR,
    sentence_places VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    event_key VARCHAR PRIMARY KEY,
    plover_type VARCHAR,
    cameo_code VARCHAR,
    source_codes VARCHAR,
    target_codes VARCHAR,
    negated BOOLEAN,
    modality VARCHAR,
    date_start VARCHAR,
    date_end VARCHAR,
    location_name VARCHAR,
    location_country VARCHAR,
    num_mentions INTEGER,
    num_documents INTEGER,
    num_sources INTEGER,
    first_doc_id VARCHAR,
    first_url VARCHAR,
    mention_ids VARCHAR[]
);
CREATE TABLE IF NOT EXISTS rejects (
    reject_key VARCHAR PRIMARY KEY,
    origin VARCHAR,
    doc_id VARCHAR,
    reason VARCHAR
);
"""

TABLES = ("documents", "mentions", "events", "rejects")
#: The tables one batch of documents writes (and a Parquet part holds).
BATCH_TABLES = ("documents", "mentions", "rejects")
#: A reject as stored: (origin, document id or None, reason).
RejectRow = tuple[str, str | None, str]


class StoreError(EventcoderError):
    """The store cannot be opened or written; the message says which file and why."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoredDocument:
    content_hash: str
    id: str
    date: str | None
    url: str | None
    source: str | None
    origin: str
    events: Sequence[dict[str, Any]]


def _codes(actors: list[dict[str, Any]]) -> str:
    return ";".join(sorted((a.get("code") or a.get("text") or "") for a in actors))


def _mention_row(doc: StoredDocument, ev: dict[str, Any]) -> tuple[Any, ...]:
    att = ev.get("attribution") or {}
    loc = ev.get("location") or {}
    date = ev.get("date") or {}
    return (
        ev["event_id"], doc.content_hash, doc.id, ev["sentence_index"], ev["sentence"],
        ev["evidence"]["char_start"], ev["evidence"]["char_end"], ev["evidence"]["trigger"],
        ev["plover"]["type"], ev["plover"]["mode"], json.dumps(ev["plover"]["context"]),
        ev["cameo"]["code"], ev["cameo"]["root"], ev["cameo"]["quad_class"], ev["cameo"]["goldstein"],
        _codes(ev["source"]), _codes(ev["target"]), json.dumps(ev["source"]), json.dumps(ev["target"]),
        ev["negated"], ev["modality"], (att.get("speaker") or {}).get("code"), json.dumps(att) if att else None,
        date.get("value"), date.get("start"), date.get("end"), date.get("precision"),
        loc.get("name") or loc.get("text"), loc.get("country"), loc.get("geonames_id"), loc.get("lat"), loc.get("lon"),
        json.dumps(loc) if loc else None, ev["confidence"], doc.date, doc.url, doc.source,
        ";".join(f"{p['geonames_id']}:{p['country']}" for p in ev.get("sentence_places") or []),
    )  # fmt: skip


def _reject_key(origin: str, reason: str) -> str:
    return hashlib.sha1(f"{origin}\x1f{reason}".encode()).hexdigest()


@cache
def _arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a store table, as DuckDB itself maps `SCHEMA` (no file needed)."""
    con = duckdb.connect(":memory:")
    try:
        con.execute(SCHEMA)
        return con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
    finally:
        con.close()


def _arrow(table: str, rows: Sequence[tuple[Any, ...]]) -> pa.Table:
    schema = _arrow_schema(table)
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(schema)
    return pa.table([pa.array(list(col), type=f.type) for col, f in zip(columns, schema, strict=True)], schema=schema)


def batch_tables(docs: Sequence[StoredDocument], rejects: Sequence[RejectRow]) -> dict[str, pa.Table]:
    """The rows one batch adds to the store, as Arrow tables keyed by table name
    (`BATCH_TABLES`). `DuckStore.write_tables` inserts them; a Dask worker writes them as a
    Parquet part."""
    return {
        "documents": _arrow("documents", [(d.content_hash, d.id, d.date, d.url, d.source, "en", "coded", d.origin, len(d.events)) for d in docs]),
        "mentions": _arrow("mentions", [_mention_row(d, ev) for d in docs for ev in d.events]),
        "rejects": _arrow("rejects", [(_reject_key(o, r), o, d, r) for o, d, r in rejects]),
    }


class DuckStore:
    """A DuckDB file holding the corpus. Use as a context manager."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.con = duckdb.connect(str(self.path))
            self.con.execute(SCHEMA)
            # stores made before the column existed
            self.con.execute("ALTER TABLE mentions ADD COLUMN IF NOT EXISTS sentence_places VARCHAR")
        except (duckdb.IOException, duckdb.PermissionException) as exc:
            raise StoreError(f"cannot open store {self.path}: {_reason(exc)}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot use store {self.path}: {_reason(exc)}") from exc

    def __enter__(self) -> DuckStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- reads ----------------------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        return self._stored_hashes(hashes)

    def _stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(set(hashes))
        if not wanted:
            return set()
        rows = self.con.execute(
            "SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))", [wanted]
        ).fetchall()
        return {r[0] for r in rows}

    def known_ids(self, ids: Iterable[str]) -> dict[str, str]:
        wanted = list(set(ids))
        if not wanted:
            return {}
        rows = self.con.execute("SELECT id, content_hash FROM documents WHERE id IN (SELECT unnest(?))", [wanted]).fetchall()
        return {r[0]: r[1] for r in rows}

    def counts(self) -> dict[str, int]:
        return {t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}  # type: ignore[index]

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.counts())
        lo, hi = self.con.execute("SELECT min(date_start), max(date_end) FROM events").fetchone()  # type: ignore[misc]
        out["date_range"] = [lo, hi]
        out["top_types"] = [list(r) for r in self.con.execute(
            "SELECT plover_type, count(*) n FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT 5").fetchall()]
        out["top_dyads"] = [list(r) for r in self.con.execute(
            "SELECT source_codes || ' -> ' || target_codes, count(*) n FROM events GROUP BY 1 ORDER BY n DESC, 1 LIMIT 5").fetchall()]
        return out

    # -- writes ---------------------------------------------------------------------------
    def write_batch(self, docs: Sequence[StoredDocument], rejects: Sequence[RejectRow]) -> None:
        """Store documents, their mentions and rejects in one transaction."""
        self.write_tables(batch_tables(docs, rejects))

    def write_tables(self, tables: dict[str, pa.Table]) -> dict[str, int]:
        """Insert one batch's tables (see `batch_tables`) in one transaction. Idempotent:
        documents whose content hash is already stored are left out with their mentions,
        and rejects are keyed by origin and reason, so writing the same batch twice changes
        nothing. Returns how many documents (and their mentions) were new to the store."""
        docs, mentions, rejects = (tables[t] for t in BATCH_TABLES)
        try:
            self.con.execute("BEGIN TRANSACTION")
            stored = self._stored_hashes(docs.column("content_hash").to_pylist())
            if stored:
                old = pa.array(sorted(stored), type=pa.string())
                docs = docs.filter(pc.invert(pc.is_in(docs["content_hash"], value_set=old)))
                mentions = mentions.filter(pc.invert(pc.is_in(mentions["content_hash"], value_set=old)))
            for name, table in (("documents", docs), ("mentions", mentions), ("rejects", rejects)):
                if table.num_rows:
                    # One columnar insert per table and batch: DuckDB's executemany goes row by row.
                    self.con.register("_batch_rows", table)
                    try:
                        # by name: a part from an older version may lack newer columns
                        self.con.execute(f"INSERT OR IGNORE INTO {name} BY NAME SELECT * FROM _batch_rows")
                    finally:
                        self.con.unregister("_batch_rows")
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            raise StoreError(f"cannot write to store {self.path}: {_reason(exc)}; nothing from this batch was stored") from exc
        return {"documents": docs.num_rows, "mentions": mentions.num_rows}

    def rebuild_events(self) -> int:
        """Recompute the `events` table from all mentions, in one transaction."""
        rows = self.con.execute(
            """SELECT event_id, plover_type, negated, modality, source_codes, target_codes,
                      date_start, date_end, date_precision, geonames_id, location_country,
                      sentence_places
               FROM mentions"""
        ).fetchall()
        keys = [
            MentionKey(r[0], r[1], bool(r[2]), r[3], r[4] or "", r[5] or "", r[6], r[7], r[8],
                       str(r[9]) if r[9] is not None else (f"country:{r[10]}" if r[10] else None), r[10],
                       _places(r[11]))
            for r in rows
        ]
        clusters = merge_mentions(keys)
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute("DELETE FROM events")
            self.con.execute("CREATE TEMP TABLE IF NOT EXISTS _links (event_key VARCHAR, event_id VARCHAR)")
            self.con.execute("DELETE FROM _links")
            self.con.executemany("INSERT INTO _links VALUES (?, ?)", [(k, m) for k, ids in clusters.items() for m in ids])
            self.con.execute(_EVENTS_SQL)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            raise StoreError(f"cannot rebuild events in {self.path}: {_reason(exc)}") from exc
        return len(clusters)

    def export_parquet(self, folder: str | Path) -> list[Path]:
        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        paths = []
        for table in TABLES:
            path = out / f"{table}.parquet"
            self.con.execute(f"COPY (SELECT * FROM {table} ORDER BY 1) TO '{path}' (FORMAT PARQUET)")
            paths.append(path)
        return paths

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass


#: Event columns taken from their mentions by `_representative`.
_REPRESENTED = ("plover_type", "cameo_code", "source_codes", "target_codes", "negated", "modality",
                "location_name", "location_country")


def _places(column: str | None) -> frozenset[tuple[str, str]]:
    """"706483:UKR;611717:GEO" -> {("706483", "UKR"), ("611717", "GEO")}."""
    out = set()
    for item in (column or "").split(";"):
        gid, _, iso = item.partition(":")
        if gid:
            out.add((gid, iso))
    return frozenset(out)


def _representative(column: str) -> str:
    """A CTE giving each event's value of a mention column: the most frequent non-empty value
    among its mentions, ties broken by the smallest value, so that the row never depends on
    the order mentions were stored in (DuckDB's any_value() and mode() may)."""
    return f"""r_{column} AS (
        SELECT event_key, first(v ORDER BY n DESC, v) AS v FROM (
            SELECT event_key, {column} AS v, count(*) AS n FROM linked
            WHERE {column} IS NOT NULL AND CAST({column} AS VARCHAR) <> ''
            GROUP BY event_key, {column})
        GROUP BY event_key)"""


_EVENTS_SQL = f"""
INSERT INTO events
WITH linked AS (SELECT l.event_key, m.* FROM _links l JOIN mentions m USING (event_id)),
{", ".join(_representative(c) for c in _REPRESENTED)},
base AS (
    SELECT event_key, min(date_start) AS date_start, max(date_end) AS date_end,
           count(*) AS num_mentions, count(DISTINCT content_hash) AS num_documents,
           count(DISTINCT coalesce(source_name, url, content_hash)) AS num_sources,
           arg_min(doc_id, coalesce(doc_date, '9999') || doc_id) AS first_doc_id,
           arg_min(url, coalesce(doc_date, '9999') || doc_id) AS first_url,
           list(event_id ORDER BY event_id) AS mention_ids
    FROM linked GROUP BY event_key)
SELECT b.event_key, r_plover_type.v, r_cameo_code.v, coalesce(r_source_codes.v, ''),
       coalesce(r_target_codes.v, ''), r_negated.v, r_modality.v, b.date_start, b.date_end,
       r_location_name.v, r_location_country.v, b.num_mentions, b.num_documents, b.num_sources,
       b.first_doc_id, b.first_url, b.mention_ids
FROM base b
{" ".join(f"LEFT JOIN r_{c} USING (event_key)" for c in _REPRESENTED)}
"""


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = text.lower()
    if "lock" in low:
        return f"the file is locked by another process ({text})"
    if "read-only" in low or "permission" in low:
        return f"the file is read-only or not writable ({text})"
    if "no space" in low or "disk" in low and "full" in low:
        return f"the disk is full ({text})"
    return text
