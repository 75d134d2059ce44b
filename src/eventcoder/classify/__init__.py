"""Stage 4, classify: match predicates against the verb lexicon to CAMEO and PLOVER codes."""

from __future__ import annotations

from .codes import CodeInfo, Codebook
from .lexicon import Lexicon, Match, Pattern

__all__ = ["CodeInfo", "Codebook", "Lexicon", "Match", "Pattern"]
