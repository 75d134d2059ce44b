"""Stage 9, identity: stable event ids (and, in the corpus store, cross-report merging)."""

from __future__ import annotations

from .ids import event_id
from .merge import MentionKey, merge_mentions

__all__ = ["MentionKey", "event_id", "merge_mentions"]
