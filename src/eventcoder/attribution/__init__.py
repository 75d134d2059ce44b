"""Stage 6, attribution and modality: who claims an event, and whether it happened."""

from __future__ import annotations

from .attribute import DocAttributor
from .modality import Modality, modality_of
from .quotes import QuoteSpan, find_quotes
from .speech import SPEECH_CUES, Speech, find_speech

__all__ = ["DocAttributor", "Modality", "QuoteSpan", "SPEECH_CUES", "Speech", "find_quotes", "find_speech", "modality_of"]
