"""Stage 2, parse: the spaCy model, loaded once, and batched parsing with `nlp.pipe`."""

from __future__ import annotations

from .attribute_table import use_attribute_table
from .model import MODEL_NAME, keep_whole_words, load_model, mend_opening_verbs, parse_stream

__all__ = ["MODEL_NAME", "keep_whole_words", "load_model", "mend_opening_verbs", "parse_stream", "use_attribute_table"]
