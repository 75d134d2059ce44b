"""Resolve one date expression (the text of a DATE/TIME entity) against the document date D.

Rules (weeks run Monday to Sunday; every result has ISO `start` <= `end`):

* Named calendar periods take their first day as `value`: "last week" is the
  Monday-Sunday week before D's week, "this month" / "last year" / "March 2020" /
  "2019" / "the 1990s" / "the weekend" are their calendar bounds. "early/mid/late X"
  (also "the beginning/middle/end of X") keep the first, middle or last third of X
  (days 1-10/11-20/21-end of a month, Jan-Apr/May-Aug/Sep-Dec of a year).
  "earlier this X" is X cut to end on D, "later this X" is X cut to start on D.
* "N units ago" / "in N units" / "N units from now" give `value` = D shifted by N
  units and the calendar unit around it as bounds (precision day, week, month or year).
* Spans anchored at D ("the past two months", "over the last week", "since January",
  "within two weeks", "the next ten days") have precision "range" and `value` = their
  end: D for past spans, the far end for future ones.
* Without a year, a weekday or a (day-)month means the latest one on or before D
  ("Tuesday" on a Tuesday is D), or, after "by"/"until"/"till"/"no later than", the
  earliest one on or after D. "last"/"next" exclude D's own day (or month).
* Anaphoric or vague expressions ("the day before", "two days later", "recently",
  "in recent days", "the coming weeks") and bare durations ("two years", "decades",
  "50-year-old") give None.
* `future` is True when the value lies after D, or when the expression points ahead
  ("by", "until", "next", "tomorrow", "in N days", "later this week") and its period
  has not ended before D ("by May" written in May is future). Without a document date,
  `future` follows the wording alone.
* Without a (valid) document date, expressions needing one keep their precision but get
  value/start/end None; expressions that carry a year still resolve.

Leading prepositions and early/mid/late modifiers are split off here; the forms
themselves are parsed by the regex rules in `_rules`, where `dateparser` is only a
fallback for absolute expressions with a four-digit year and only ever sees the
expression. An unparseable document date is treated as missing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from ..records import EventDate
from . import _calendar as cal
from ._lexicon import normalize
from ._rules import Context, read

__all__ = ["resolve_expression"]

_PLACEHOLDER = date(2000, 1, 5)  # anchor used only to learn the precision when D is unknown
_DEADLINE = ("no later than", "by", "until", "till", "til")
_PREPOSITIONS = _DEADLINE + (
    "as of", "sometime in", "since", "within", "on", "in", "at", "during", "over",
    "throughout", "for", "from", "between", "around", "about", "circa", "before", "after",
)  # fmt: skip
_PREP_RE = re.compile(rf"^({'|'.join(sorted(_PREPOSITIONS, key=len, reverse=True))}) (.+)$")
_PART_RE = re.compile(
    r"^(?:the )?(?:(earlier|later|early|mid|late)|(beginning|start|middle|end) of)"
    r"(?: in)? (.+)$"
)
_PART_NAMES = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#: Parts of a day that name the day: "in the early hours of Saturday", "late on Monday", "in
#: the night of Monday to Tuesday" (the night's events are told of the morning's day),
#: "overnight into Thursday".
_DAY_PARTS = [
    (re.compile(r"^(?:in )?the (?:early|small|late|wee) hours of (.+)$"), r"\1"),
    (re.compile(r"^(?:early|late) (on .+)$"), r"\1"),
    (re.compile(rf"^(?:in |during )?the night (?:of|from) {_WEEKDAY} (?:to|into|on) ({_WEEKDAY})$"), r"\1"),
    (re.compile(rf"^overnight (?:into|to) ({_WEEKDAY})$"), r"\1"),
]

_COUNT_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|hundreds|dozens"
)
_SPAN_FIRST = re.compile(r"^(?:a|an|one|two|three|four|five|\d+)[ -](?:hours?|days?|weeks?) (?!ago$|earlier$|later$|before$|after$)(.+)$")
_WEEKDAY_COUNT = re.compile(rf"^(.*\b{_WEEKDAY}) (\d{{1,2}}|(?:{_COUNT_WORDS})(?:-[a-z]+)?)$")


def _document_day(doc_date: str | None) -> date | None:
    if not doc_date:
        return None
    try:
        return date.fromisoformat(doc_date[:10])
    except ValueError:
        return None


@lru_cache(maxsize=8192)
def resolve_expression(text: str, doc_date: str | None) -> tuple[EventDate, bool] | None:
    """Resolve one date expression; return (EventDate, future) or None if unresolvable.
    Answers are cached (a wire's "on Monday" is read once per publication day); the
    EventDate returned is shared and must not be changed."""
    doc_day = _document_day(doc_date)
    anchor = doc_day or _PLACEHOLDER
    expression = normalize(text)
    for pattern, replacement in _DAY_PARTS:
        expression = pattern.sub(replacement, expression)
    prep_match = _PREP_RE.match(expression)
    prep = prep_match[1] if prep_match else None
    if prep_match:
        expression = prep_match[2]
    if prep in ("before", "after"):
        return None  # only bounds the event on one side
    part = None
    part_match = _PART_RE.match(expression)
    if part_match:
        word = part_match[1] or part_match[2]
        part = _PART_NAMES.get(word, word)
        expression = re.sub(r"^the (week|month|year)$", r"this \1", part_match[3])
        if expression == "the day":
            return None  # "in the middle of the day": a time of the day in focus, not a date
    context = Context(anchor, prep in _DEADLINE, prep)
    reading = read(expression, context)
    if reading is None and (span := _SPAN_FIRST.match(expression)):
        reading = read(span[1], context)  # "for a day last week": how long, then when
    if reading is None and (count := _WEEKDAY_COUNT.match(expression)):
        # a count the model took into the date ("the past Tuesday nineteen displaced had been
        # massacred"), or the day of the month the weekday falls on ("Tuesday 4")
        reading = read(count[1], context)
        if reading is not None and count[2].isdigit() and reading.period.value.day != int(count[2]):
            reading = None
    if reading is None:
        if "," in text and prep is None and doc_day is not None:
            # "the day before yesterday, Sunday", "yesterday, Saturday, 5 February": a day
            # told twice, when every part resolves and they agree (not "February 30, 2021")
            pieces = [piece for piece in text.split(",") if piece.strip()]
            found = [r for piece in pieces if (r := resolve_expression(piece, doc_date))]
            if len(found) == len(pieces) > 1 and len({(r[0].start, r[0].end, r[1]) for r in found}) == 1:
                return replace(found[0][0], text=text), found[0][1]
        return None
    period, relative = reading.period, reading.relative
    forward = reading.forward or prep in _DEADLINE or part == "later"
    if part in ("earlier", "later") and period.start <= anchor <= period.end:
        start, end = (period.start, anchor) if part == "earlier" else (anchor, period.end)
        period, relative = cal.Period(start, end, period.precision, start), True
    elif part in ("early", "mid", "late"):
        period = cal.narrow(period, part)
    if prep == "since":
        if doc_day is not None and period.start > doc_day:
            return None
        period = cal.span(period.start, anchor, anchor)
    return _build(text.strip(), period, relative, prep == "since", forward, doc_day)


def _build(
    text: str, period: cal.Period, relative: bool, since: bool, forward: bool, doc_day: date | None
) -> tuple[EventDate, bool]:
    if doc_day is None and (relative or since):
        start = period.start.isoformat() if since and not relative else None
        return EventDate(None, start, None, period.precision, text), forward
    result = EventDate(
        period.value.isoformat(), period.start.isoformat(), period.end.isoformat(),
        period.precision, text,
    )  # fmt: skip
    if doc_day is None:
        return result, forward
    return result, period.value > doc_day or (forward and period.end >= doc_day)
