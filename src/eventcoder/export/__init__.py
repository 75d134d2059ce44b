"""Stage 10, export: write events as JSONL, JSON, CSV or a readable table."""

from __future__ import annotations

from .writers import FORMATS, EventWriter, flatten

__all__ = ["FORMATS", "EventWriter", "flatten"]
