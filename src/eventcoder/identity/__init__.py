"""Stage 9, identity: stable event ids (and, in the corpus store, cross-report merging)."""

from __future__ import annotations

from .ids import event_id

__all__ = ["event_id"]
