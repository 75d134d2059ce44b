"""Event dates: resolve date expressions against the document date and attach them to events.

`resolve_expression(text, doc_date)` resolves one date expression (see `expressions` for
the rules); `event_time(verb, doc_date)` picks the date of an event from its parsed
sentence and returns a `TimeResult(date, future)` (see `attach`).
"""

from __future__ import annotations

from .attach import TimeResult, counted_date, event_time
from .expressions import resolve_expression

__all__ = ["TimeResult", "counted_date", "event_time", "resolve_expression"]
