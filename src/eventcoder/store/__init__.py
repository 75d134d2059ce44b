"""Stage 10, store: the embedded DuckDB store with Parquet export."""

from __future__ import annotations

from .duck import DuckStore, StoreError, StoredDocument, content_hash

__all__ = ["DuckStore", "StoreError", "StoredDocument", "content_hash"]
