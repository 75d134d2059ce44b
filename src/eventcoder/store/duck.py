"""The embedded store: one DuckDB file with documents, mentions, events and rejects.

Every write happens inside a transaction, one batch of documents at a time: a batch is
either fully stored (its documents, their mentions and rejects) or not at all, so a run
killed at any moment leaves the store as it was after the last committed batch, and the
same command run again finishes the job. Documents are keyed by the SHA-256 of their text,
so a document already stored is skipped, and writing the same batch twice changes nothing.
A batch travels as three Arrow tables (`batch_tables`), which a Dask worker can also write
as a Parquet part for the client to insert (`write_tables`). The `events` table is brought
up to date at the end of each ingest (`rebuild_events`) and is always a pure function of the
stored mentions: the same as merging all of them from scratch (`rebuild_events(full=True)`),
but only the part of the merge that new mentions can change is redone (see `rebuild_events`).
"""

from __future__ import annotations

import hashlib
import inspect
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from ..datafiles import data_path
from ..errors import EventcoderError
from ..identity import MentionKey, merge_mentions
from ..identity import merge as _merge_module
from ..identity.merge import candidate_pairs, merge_buckets
from ..place.gazetteer import NEAR_KM, nearby_cities, place_kinds

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
    sentence_places VARCHAR,
    report_country VARCHAR,
    sentence_names VARCHAR,
    inferred_codes VARCHAR
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
-- Where each merged mention's candidates can be (identity.merge.merge_buckets) and which
-- event it is in: one row per bucket, or one with no bucket. Written with `events`, in the
-- same transaction; it lets `rebuild_events` find what new mentions touch.
CREATE TABLE IF NOT EXISTS merge_index (
    event_id VARCHAR NOT NULL,
    event_key VARCHAR NOT NULL,
    bucket VARCHAR,
    lo DATE,
    reach DATE
);
-- What the last rebuild wrote: the merge code's fingerprint and a digest of `events`.
CREATE TABLE IF NOT EXISTS merge_state (
    name VARCHAR PRIMARY KEY,
    value VARCHAR
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
    """The actors' codes; an actor with no code by its own words, in quotes ('"CNL"'), so that
    an acronym the dictionaries lack is never read as a code (a party of the merge)."""
    return ";".join(sorted((a.get("code") or (f'"{a["text"]}"' if a.get("text") else "")) for a in actors))


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
        ev.get("report_country"), "|".join(ev.get("sentence_names") or []), _inferred_codes(ev),
    )  # fmt: skip


def _inferred_codes(ev: dict[str, Any]) -> str:
    """The codes of the sides whose country the coder inferred from the report ("s:" source,
    "t:" target: "t:ERIAGR"), for the merge (`MentionKey.inferred`)."""
    return ";".join(sorted(f"{side[0]}:{a['code']}" for side in ("source", "target")
                           for a in ev[side] if a.get("country_inferred") and a.get("code")))


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

    #: When the mentions an incremental events rebuild would merge again pass this share of
    #: all stored mentions, it does a full rebuild instead (the same result, found faster:
    #: the search for what to merge again costs about as much as merging it).
    full_rebuild_share = 0.3

    def __init__(self, path: str | Path):
        self.path = Path(path)
        #: What the last `rebuild_events` did: "full" or "incremental", mentions pending and
        #: merged again, search rounds, events replaced (for logs and benchmarks).
        self.last_rebuild: dict[str, Any] = {}
        try:
            self.con = duckdb.connect(str(self.path))
            self.con.execute(SCHEMA)
            # stores made before the column existed
            self.con.execute("ALTER TABLE mentions ADD COLUMN IF NOT EXISTS sentence_places VARCHAR")
            self.con.execute("ALTER TABLE mentions ADD COLUMN IF NOT EXISTS report_country VARCHAR")
            self.con.execute("ALTER TABLE mentions ADD COLUMN IF NOT EXISTS sentence_names VARCHAR")
            self.con.execute("ALTER TABLE mentions ADD COLUMN IF NOT EXISTS inferred_codes VARCHAR")
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

    def rebuild_events(self, *, full: bool = False) -> int:
        """Bring the `events` table up to date with the stored mentions, in one transaction.
        Returns the number of events in the store.

        The result is always what merging every stored mention from scratch gives
        (`merge_mentions` over all of them; `full=True` does exactly that). Otherwise only
        the mentions that new ones can affect are merged again:

        - *Pending* mentions are those in no `events` row: the ones stored since the last
          rebuild, including by a run killed before it could rebuild (mentions and events
          are written in separate transactions, and this is worked out from the tables, not
          remembered), so the next run repairs such a store.
        - The merge decomposes over the connected components of its candidate-pair graph
          (`identity.merge`): whether two mentions are candidates depends on those two
          alone, and each greedy join only on the clusters of its pair, which come from
          earlier pairs of the same component. So the events of a component not touching a
          pending mention are the ones already stored (the component was a component of the
          stored mentions as well, since adding mentions only adds edges), and merging the
          union S of the components that do touch them gives exactly the full merge's events
          for S. Every stored event lies inside one component, so the stored events to
          replace are those with a mention in S.
        - S is found by breadth-first search from the pending mentions. A mention's
          candidates all share one of its buckets and, in a bucket with date windows,
          overlap its window (`merge_buckets`, by construction the keys under which
          `merge_mentions` compares mentions; a report's own bucket has no window), so the `merge_index` table gives, by SQL, a superset of the stored
          candidates of the mentions at the front of the search; `candidate_pairs` (the
          merge's own pair test) keeps the true ones, and the search goes on from them until
          nothing new is found. Out of caution, the other mentions of any stored event
          reached are added as well (under the invariant they are reached anyway).
        - That invariant is that `events` and `merge_index` are what this merge code wrote:
          `merge_state` keeps a fingerprint of the merge code (identity/merge.py and the
          store's key-building and event-row SQL) and a digest of `events`. When either
          differs (a store from an older version, a changed merge rule, an events table
          written by something else), the rebuild is a full one.
        - When the search (what it has found and the possible candidates it fetched) passes
          `full_rebuild_share` of the stored mentions, it stops and the rebuild is a full
          one, which then costs about as much as finishing the search would.
          Candidate pairs chain across days (a report dated by its publication day also
          covers the two days before, so it overlaps the next days' reports), so for a busy
          party the component can reach back to the start of the store.
        """
        try:
            if not full and self._index_is_current():
                return self._rebuild_incremental()
            return self._rebuild_full()
        except duckdb.Error as exc:
            self._rollback()
            raise StoreError(f"cannot rebuild events in {self.path}: {_reason(exc)}") from exc
        except BaseException:
            self._rollback()
            raise
        finally:
            for name in ("_new_ids", "_front", "_dropped", "_new_links", "_new_index"):
                try:
                    self.con.unregister(name)
                except duckdb.Error:
                    pass

    def _rebuild_full(self) -> int:
        keys = [_mention_key(r) for r in self.con.execute(f"SELECT {_KEY_COLUMNS} FROM mentions m").fetchall()]
        clusters = merge_mentions(keys)
        by_id = {k.event_id: k for k in keys}
        self.last_rebuild = {"mode": "full", "merged": len(keys)}
        self.con.execute("BEGIN TRANSACTION")
        self.con.execute("DELETE FROM events")
        self.con.execute("DELETE FROM merge_index")
        self._insert_events(clusters, by_id)
        return self._commit_state()

    def _rebuild_incremental(self) -> int:
        pending = [_mention_key(r) for r in self.con.execute(
            f"""SELECT {_KEY_COLUMNS} FROM mentions m WHERE NOT EXISTS (
                    SELECT 1 FROM (SELECT unnest(mention_ids) AS event_id FROM events) e
                    WHERE e.event_id = m.event_id)""").fetchall()]
        self.last_rebuild = {"mode": "incremental", "pending": len(pending), "merged": 0, "rounds": 0, "replaced": 0}
        if not pending:
            return int(self.con.execute("SELECT count(*) FROM events").fetchone()[0])  # type: ignore[index]
        total = int(self.con.execute("SELECT count(*) FROM mentions").fetchone()[0])  # type: ignore[index]
        search = self._component(pending, limit=self.full_rebuild_share * total)
        if search is None:
            rounds = self.last_rebuild["rounds"]
            count = self._rebuild_full()
            self.last_rebuild.update(pending=len(pending), rounds=rounds, reason="the mentions to merge again passed "
                                     f"{self.full_rebuild_share:.0%} of the store")
            return count
        component, pairs = search
        self.last_rebuild["merged"] = len(component)
        old = {r[0] for r in self.con.execute(
            "SELECT DISTINCT event_key FROM merge_index WHERE event_id IN (SELECT event_id FROM _component)").fetchall()}
        clusters = merge_mentions(component.values(), pairs=pairs)
        # Events whose mentions did not change keep their rows (an event row depends only on
        # its mentions); the others are replaced.
        added = {k: ids for k, ids in clusters.items() if k not in old}
        dropped = sorted(old - clusters.keys())
        self.last_rebuild["replaced"] = len(dropped)
        self.con.execute("BEGIN TRANSACTION")
        if dropped:
            self.con.register("_dropped", pa.table({"event_key": pa.array(dropped, pa.string())}))
            self.con.execute("DELETE FROM events WHERE event_key IN (SELECT event_key FROM _dropped)")
            self.con.execute("DELETE FROM merge_index WHERE event_key IN (SELECT event_key FROM _dropped)")
        self._insert_events(added, component)
        return self._commit_state()

    def _component(self, pending: list[MentionKey], limit: float
                   ) -> tuple[dict[str, MentionKey], dict[tuple[str, str], int]] | None:
        """The pending mentions and every stored mention connected to them by candidate pairs
        (or by a stored event), as the temporary table `_component` and as keys by id; and
        the candidate pairs among them. None as soon as there are more than `limit`.

        Every candidate pair inside the result is among the pairs computed on the way: of its
        two mentions, take one that joined the search no later than the other; when that one
        was at the front, the other was either at the front too or not found yet, and so
        among the stored mentions fetched as possible candidates."""
        found = {k.event_id: k for k in pending}
        pairs: dict[tuple[str, str], int] = {}
        self.con.execute("CREATE OR REPLACE TEMP TABLE _component (event_id VARCHAR)")
        frontier = list(pending)
        while frontier:
            if len(found) > limit:
                return None
            self.last_rebuild["rounds"] = self.last_rebuild.get("rounds", 0) + 1
            self.con.register("_new_ids", pa.table({"event_id": pa.array([k.event_id for k in frontier], pa.string())}))
            self.con.execute("INSERT INTO _component SELECT event_id FROM _new_ids")
            front = _index_rows(frontier, None)
            self.con.register("_front", front.drop_columns(["event_id", "event_key"]).filter(pc.is_valid(front["bucket"])))
            # Stored mentions sharing a bucket with the front and overlapping it in time: a
            # superset of the front's stored candidates.
            self.con.execute("""
                CREATE OR REPLACE TEMP TABLE _near AS
                SELECT DISTINCT i.event_id FROM merge_index i JOIN _front f ON i.bucket = f.bucket
                WHERE (f.lo IS NULL OR (i.lo <= f.reach AND f.lo <= i.reach))
                  AND i.event_id NOT IN (SELECT event_id FROM _component)""")
            if len(found) + self.con.execute("SELECT count(*) FROM _near").fetchone()[0] > limit:  # type: ignore[index]
                return None  # the search alone would cost about as much as a full rebuild
            near = {r[0]: _mention_key(r) for r in self.con.execute(
                f"SELECT {_KEY_COLUMNS} FROM mentions m JOIN _near USING (event_id)").fetchall()}
            round_pairs = candidate_pairs([*frontier, *near.values()])
            pairs.update(round_pairs)
            reached = _reachable([k.event_id for k in frontier], near, round_pairs)
            new = {eid: near[eid] for eid in reached}
            if new:
                # the other mentions of the stored events reached
                self.con.register("_new_ids", pa.table({"event_id": pa.array(sorted(new), pa.string())}))
                for r in self.con.execute(f"""
                        SELECT {_KEY_COLUMNS} FROM mentions m WHERE m.event_id IN (
                            SELECT i.event_id FROM merge_index i WHERE i.event_key IN (
                                SELECT j.event_key FROM merge_index j JOIN _new_ids USING (event_id)))
                        AND m.event_id NOT IN (SELECT event_id FROM _component)""").fetchall():
                    new.setdefault(r[0], _mention_key(r))
            found.update(new)
            frontier = list(new.values())
        return found, {xy: score for xy, score in pairs.items() if xy[0] in found and xy[1] in found}

    def _insert_events(self, clusters: dict[str, list[str]], keys: dict[str, MentionKey]) -> None:
        """Insert the event rows (and their `merge_index` rows) of these clusters; inside the
        caller's transaction."""
        links = [(k, m) for k, ids in clusters.items() for m in ids]
        self.con.execute("CREATE OR REPLACE TEMP TABLE _links (event_key VARCHAR, event_id VARCHAR)")
        if not links:
            return
        keys_col, ids_col = zip(*links, strict=True)
        self.con.register("_new_links", pa.table({"event_key": pa.array(keys_col, pa.string()),
                                               "event_id": pa.array(ids_col, pa.string())}))
        self.con.execute("INSERT INTO _links SELECT event_key, event_id FROM _new_links")
        self.con.execute(_EVENTS_SQL)
        owner = dict(zip(ids_col, keys_col, strict=True))
        self.con.register("_new_index", _index_rows([keys[m] for m in ids_col], owner))
        self.con.execute("INSERT INTO merge_index SELECT * FROM _new_index")

    def _commit_state(self) -> int:
        """Record the merge code's fingerprint and the digest of `events`, and commit."""
        count, digest = self._events_digest()
        self.con.execute("DELETE FROM merge_state")
        self.con.execute("INSERT INTO merge_state VALUES ('fingerprint', ?), ('events', ?)", [_fingerprint(), digest])
        self.con.execute("COMMIT")
        return count

    def _index_is_current(self) -> bool:
        state = dict(self.con.execute("SELECT name, value FROM merge_state").fetchall())
        fingerprint = _fingerprint()
        return fingerprint is not None and state.get("fingerprint") == fingerprint and state.get("events") == self._events_digest()[1]

    def _events_digest(self) -> tuple[int, str]:
        count, xor, total = self.con.execute(
            "SELECT count(*), coalesce(bit_xor(hash(event_key)), 0), coalesce(sum(num_mentions), 0) FROM events").fetchone()  # type: ignore[misc]
        return int(count), f"{count}:{total}:{xor}"

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
    """"706483:UKR;611717:GEO" -> {("706483", "UKR"), ("611717", "GEO")}; a first-level
    region also as ("region:NGA.57", "NGA"), so that a city in it agrees with it; and a
    city's region as ("in:TZA.26", "TZA"), so that the region agrees with it ("the detention
    of Chadema officials in Arusha" and an arrest placed in Arusha Region), though another
    city of that region does not; and the cities within `NEAR_KM` of a city as
    ("near:186301", "KEN"), so that a suburb agrees with its city ("the demolition of homes
    in Jomvu" and an arrest placed in Mombasa)."""
    out = set()
    for item in (column or "").split(";"):
        gid, _, iso = item.partition(":")
        if gid:
            out.add((gid, iso))
            kind = place_kinds().get(int(gid)) if gid.isdigit() else None
            if kind is not None and kind[2]:
                if kind[0] == "admin1":
                    out.add((f"region:{kind[1]}.{kind[2]}", iso))
                elif kind[0] == "city":
                    out.add((f"in:{kind[1]}.{kind[2]}", iso))
            if kind is not None and kind[0] == "city":
                out.update((f"near:{near}", iso) for near in nearby_cities(int(gid)))
    return frozenset(out)


_KEY_COLUMNS = """m.event_id, m.plover_type, m.negated, m.modality, m.source_codes, m.target_codes,
    m.date_start, m.date_end, m.date_precision, m.geonames_id, m.location_country, m.sentence_places,
    m.content_hash, m.sentence_index, m.cameo_code, m.plover_mode, m.report_country, m.sentence_names,
    m.inferred_codes"""

#: Bump when the store starts to index or key mentions differently from what the
#: fingerprint's sources show; the next rebuild is then a full one.
_INDEX_VERSION = "8"  # 2: sentence places carry the regions of the cities they name ("in:");
# 3: accusations and demands share a block; 4: and the cities near them ("near:"); 5: names ("N");
# 6: an uncoded actor's words are quoted in the codes; 7: rejections share the accusations' block;
# 8: inferred countries ("inferred_codes")


def _mention_key(r: Sequence[Any]) -> MentionKey:
    """A row of `_KEY_COLUMNS` as what the merge needs. The gazetteer says what kind of
    place a GeoNames id is: a country is a country-level place ("country:UKR"), a city or a
    first-level region carries its region."""
    place_id = f"country:{r[10]}" if r[10] else None
    region, is_region = None, False
    if r[9] is not None:
        kind = place_kinds().get(int(r[9]))
        if kind is None or kind[0] != "country":
            place_id = str(r[9])
            if kind is not None and kind[2]:
                region, is_region = f"{kind[1]}.{kind[2]}", kind[0] == "admin1"
    return MentionKey(r[0], r[1], bool(r[2]), r[3], r[4] or "", r[5] or "", r[6], r[7], r[8], place_id, r[10],
                      _places(r[11]), r[12] or "", r[13] if r[13] is not None else -1, region, is_region, r[14] or "",
                      r[15] or "", r[16] or "", frozenset(n for n in (r[17] or "").split("|") if n),
                      frozenset(c for c in (r[18] or "").split(";") if c))



@cache
def _fingerprint() -> str | None:
    """A hash of everything that decides which events a set of mentions gives: the merge
    module, the way the store turns a mention row into a `MentionKey`, the event-row SQL,
    the gazetteer and the countries file (whose `sovereign` column the merge reads). None
    when a source cannot be read (every rebuild is then a full one)."""
    try:
        parts = [Path(_merge_module.__file__ or "").read_bytes(),
                 inspect.getsource(_mention_key).encode(), inspect.getsource(_places).encode(),
                 data_path("gazetteer/places.csv").read_bytes(), data_path("actors/countries.csv").read_bytes(),
                 _KEY_COLUMNS.encode(), _EVENTS_SQL.encode(), _INDEX_VERSION.encode(), str(NEAR_KM).encode()]
    except (OSError, TypeError):
        return None
    return hashlib.sha256(b"\x00".join(parts)).hexdigest()


def _index_rows(keys: Sequence[MentionKey], owner: dict[str, str] | None) -> pa.Table:
    """`merge_index` rows of these mentions (event_key empty when `owner` is None)."""
    ids: list[str] = []
    buckets: list[str | None] = []
    los: list[Any] = []
    reaches: list[Any] = []
    for k in keys:
        for name, lo, reach in merge_buckets(k) or [(None, None, None)]:
            ids.append(k.event_id)
            buckets.append(name)
            los.append(lo)
            reaches.append(reach)
    event_keys = [owner[i] for i in ids] if owner is not None else [""] * len(ids)
    return pa.table({"event_id": pa.array(ids, pa.string()), "event_key": pa.array(event_keys, pa.string()),
                     "bucket": pa.array(buckets, pa.string()), "lo": pa.array(los, pa.date32()),
                     "reach": pa.array(reaches, pa.date32())})


def _reachable(start: Sequence[str], near: dict[str, MentionKey], pairs: Iterable[tuple[str, str]]) -> set[str]:
    """The mentions of `near` reachable from `start` through candidate pairs that stay
    within `start` and `near`."""
    adjacent: dict[str, list[str]] = {}
    for x, y in pairs:
        adjacent.setdefault(x, []).append(y)
        adjacent.setdefault(y, []).append(x)
    seen = set(start)
    stack = list(start)
    reached: set[str] = set()
    while stack:
        for other in adjacent.get(stack.pop(), ()):
            if other not in seen:
                seen.add(other)
                if other in near:
                    reached.add(other)
                    stack.append(other)
    return reached


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
