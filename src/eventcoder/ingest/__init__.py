"""Corpus ingest: inputs of several formats, batched coding, and the store."""

from __future__ import annotations

from .inputs import read_corpus
from .runner import IngestSummary, code_batch, ingest

__all__ = ["IngestSummary", "code_batch", "ingest", "read_corpus"]
