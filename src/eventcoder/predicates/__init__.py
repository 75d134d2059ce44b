"""Stage 3, find predicates: verbs with their grammatical arguments, as `Predicate` records."""

from __future__ import annotations

from .find import (Predicate, after_phrase, clause_after_marker, find_predicates, finite_verb_read_as_modifier, gap_apposition,
                   is_participial_adjunct, naming_clause, np_heads, verb_final_perfect)

__all__ = ["Predicate", "after_phrase", "clause_after_marker", "find_predicates", "finite_verb_read_as_modifier", "gap_apposition",
           "is_participial_adjunct", "naming_clause", "np_heads", "verb_final_perfect"]
