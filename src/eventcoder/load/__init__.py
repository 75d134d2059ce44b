"""Stage 1, load: read input files into `Document` records, and `Reject`s for bad input."""

from __future__ import annotations

from .language import english_check
from .readers import MAX_CHARS, read_inputs, read_jsonl_lines, read_text_bytes

__all__ = ["english_check", "read_inputs", "read_jsonl_lines", "read_text_bytes", "MAX_CHARS"]
