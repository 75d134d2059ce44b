"""Regex rules for date expressions, one handler per form, plus the dateparser fallback.

Each handler receives the regex match and a `Context` (anchor day, whether a deadline
word such as "by" preceded the expression, and the stripped preposition) and returns a
`Reading`: the resolved `Period`, whether it depended on the anchor, and whether the
wording itself points forward in time. See `expressions` for the rules in prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from datetime import date, timedelta

from dateparser.date import DateDataParser

from . import _calendar as cal
from ._lexicon import (
    MONTH_RE,
    MONTHS,
    NUMBER_RE,
    UNIT_RE,
    UNITS,
    WEEKDAY_RE,
    WEEKDAYS,
    parse_number,
)

__all__ = ["Context", "Reading", "read"]

_TOD = r"(?: (?:morning|afternoon|evening|night))?"
_DAY_OFFSETS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "the day before yesterday": -2,
    "tomorrow": 1, "the day after tomorrow": 2,
}  # fmt: skip


@dataclass(frozen=True)
class Context:
    anchor: date
    deadline: bool  # "by"/"until": yearless dates and weekdays look forward
    prep: str | None


@dataclass(frozen=True)
class Reading:
    period: cal.Period
    relative: bool  # depends on the document date
    forward: bool = False  # the wording itself points after the document date


_Rule = Callable[[re.Match[str], Context], Reading | None]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _iso(m: re.Match[str], ctx: Context) -> Reading | None:
    day = _safe_date(int(m[1]), int(m[2]), int(m[3]))
    return Reading(cal.day_period(day), False) if day else None


def _day_month(m: re.Match[str], ctx: Context) -> Reading | None:
    month, day = MONTHS[m[1] or m[4]], int(m[2] or m[3])
    if m[5]:
        found = _safe_date(int(m[5]), month, day)
    else:
        found = cal.yearless_day(ctx.anchor, month, day, forward=ctx.deadline)
    return Reading(cal.day_period(found), not m[5]) if found else None


#: How far before (or, after "by"/"until", after) the document date a yearless numeric day
#: may lie: "on 9/9" in a report of 10 September is a date; "2/3" in a September report is
#: no date (a fraction, a score).
_NUMERIC_REACH = 90


def _numeric_day_month(m: re.Match[str], ctx: Context) -> Reading | None:
    """"On the morning of 9/9", "Tuesday 24/11", "this Thursday (20/11)": day then month
    (month then day when that reading fails: "on 12/25"), the nearest such day before the
    document date, within `_NUMERIC_REACH` days of it; else the weekday, if one is given."""
    first, second = int(m[2]), int(m[3])
    for month, day in ((second, first), (first, second)):
        if not 1 <= month <= 12:
            continue
        found = cal.yearless_day(ctx.anchor, month, day, forward=ctx.deadline)
        if found is not None and abs((found - ctx.anchor).days) <= _NUMERIC_REACH:
            return Reading(cal.day_period(found), True)
    return read(m[1], ctx) if m[1] else None  # (the weekday alone, when the numbers make no date)


def _day_range(m: re.Match[str], ctx: Context) -> Reading | None:
    month = MONTHS[m[1] or m[7]]
    first, last, year = int(m[2] or m[5]), int(m[3] or m[6]), m[4] or m[8]
    if year:
        start = _safe_date(int(year), month, first)
    else:
        start = cal.yearless_day(ctx.anchor, month, first, forward=ctx.deadline)
    end = _safe_date(start.year, month, last) if start else None
    if start is None or end is None or end <= start:
        return None
    return Reading(cal.span(start, end, start), not year)


def _month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    return Reading(cal.month_period(int(m[2]), MONTHS[m[1]]), False)


def _year(m: re.Match[str], ctx: Context) -> Reading | None:
    return Reading(cal.year_period(int(m[1])), False) if int(m[1]) >= 1000 else None


def _year_range(m: re.Match[str], ctx: Context) -> Reading | None:
    first = int(m[1])
    last = int(m[2]) if len(m[2]) == 4 else first // 100 * 100 + int(m[2])
    if last <= first or first < 1000:
        return None
    return Reading(cal.span(date(first, 1, 1), date(last, 12, 31), date(first, 1, 1)), False)


def _decade(m: re.Match[str], ctx: Context) -> Reading | None:
    if len(m[1]) == 3:
        return Reading(cal.decade_period(int(m[1]) * 10), False)
    first = ctx.anchor.year // 100 * 100 + int(m[1]) * 10  # "the 90s": latest such decade
    return Reading(cal.decade_period(first if first <= ctx.anchor.year else first - 100), True)


def _named_day(m: re.Match[str], ctx: Context) -> Reading | None:
    offset = _DAY_OFFSETS[m[1]]
    return Reading(cal.day_period(ctx.anchor + timedelta(days=offset)), True, offset > 0)


def _weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    which, weekday, anchor = m[1], WEEKDAYS[m[2]], ctx.anchor
    if which in ("last", "past"):
        found = cal.weekday_before(anchor, weekday, inclusive=False)
    elif which == "this":
        found = anchor + timedelta(days=weekday - anchor.weekday())
    elif which in ("next", "coming") or ctx.deadline:
        found = cal.weekday_after(anchor, weekday, inclusive=which is None)
    else:
        found = cal.weekday_before(anchor, weekday, inclusive=True)
    return Reading(cal.day_period(found), True, which in ("next", "coming"))


def _weekend(m: re.Match[str], ctx: Context) -> Reading | None:
    which, anchor = m[1], ctx.anchor
    saturday = anchor + timedelta(days=5 - anchor.weekday())  # Saturday of D's week
    if which in ("last", "past", "this past") or (
        which in (None, "the") and anchor.weekday() < 5 and not ctx.deadline
    ):
        saturday -= timedelta(days=7)
    elif which in ("next", "coming"):
        saturday += timedelta(days=7)
    return Reading(cal.span(saturday, saturday + timedelta(days=1), saturday), True,
                    which in ("next", "coming"))  # fmt: skip


def _calendar_unit(m: re.Match[str], ctx: Context) -> Reading | None:
    step, unit, anchor = {"last": -1, "next": 1}.get(m[1], 0), m[2], ctx.anchor
    if unit == "week":
        period = cal.week_period(anchor + timedelta(weeks=step))
    elif unit == "month":
        shifted = cal.add_months(anchor, step)
        period = cal.month_period(shifted.year, shifted.month)
    elif unit == "year":
        period = cal.year_period(anchor.year + step)
    else:
        period = cal.decade_period(anchor.year // 10 * 10 + 10 * step)
    return Reading(period, True, step > 0)


def _month_of_year(m: re.Match[str], ctx: Context) -> Reading | None:
    step = {"last": -1, "this": 0, "next": 1}[m[2]]
    return Reading(cal.month_period(ctx.anchor.year + step, MONTHS[m[1]]), True, step > 0)


def _month(m: re.Match[str], ctx: Context) -> Reading | None:
    which, month, anchor = m[1], MONTHS[m[2]], ctx.anchor
    if which == "this":
        year = anchor.year
    elif which in ("last", "past"):
        year = cal.month_year(anchor, month, forward=False, strict=True)
    else:
        forward = which == "next" or ctx.deadline
        year = cal.month_year(anchor, month, forward=forward, strict=which == "next")
    return Reading(cal.month_period(year, month), True, which == "next")


def _offset(m: re.Match[str], ctx: Context) -> Reading | None:
    amount, unit = parse_number(m[1]), UNITS[m[2]]
    if m[3] in ("ago", "back"):
        return Reading(cal.containing(cal.shift(ctx.anchor, unit, -amount), unit), True)
    if m[3] is None and ctx.prep == "within":
        end = cal.shift(ctx.anchor, unit, amount)
        return Reading(cal.span(ctx.anchor, end, end), True, True)
    if m[3] is None and ctx.prep != "in":
        return None  # a bare duration: "two years", "for decades"
    return Reading(cal.containing(cal.shift(ctx.anchor, unit, amount), unit), True, True)


def _rolling(m: re.Match[str], ctx: Context) -> Reading | None:
    article, word, number, unit_word = m[1], m[2], m[3], m[4]
    if number is None and unit_word.endswith("s"):
        return None  # "the past months", "the coming days": vague
    if word in ("last", "next") and not article and number is None:
        return None
    amount, unit, anchor = parse_number(number) if number else 1, UNITS[unit_word], ctx.anchor
    if word in ("past", "last"):
        return Reading(cal.span(cal.shift(anchor, unit, -amount), anchor, anchor), True)
    end = cal.shift(anchor, unit, amount)
    return Reading(cal.span(anchor, end, end), True, True)


_DAY_MONTH = rf"(?:({MONTH_RE}) (\d{{1,2}})|(?:the )?(\d{{1,2}}) (?:of )?({MONTH_RE}))"
_RULES: tuple[tuple[re.Pattern[str], _Rule], ...] = tuple(
    (re.compile(p), rule)
    for p, rule in (
        (r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$", _iso),
        (rf"^(?:{WEEKDAY_RE} )?{_DAY_MONTH}(?: (\d{{4}}))?$", _day_month),
        # (also "the past Tuesday 11/05", translated: the numbers say which Tuesday)
        (rf"^(?:(?:the |this )?(?:last|past|this|next|coming) (?=(?:{WEEKDAY_RE}) ))?(?:({WEEKDAY_RE}) )?(\d{{1,2}})/(\d{{1,2}})$",
         _numeric_day_month),
        (rf"^({MONTH_RE}) (\d{{1,2}}) ?(?:-|to|and) ?(\d{{1,2}})(?: (\d{{4}}))?$"
         rf"|^(\d{{1,2}}) ?(?:-|to|and) ?(\d{{1,2}}) ({MONTH_RE})(?: (\d{{4}}))?$", _day_range),
        (rf"^({MONTH_RE}) (?:of )?(\d{{4}})$", _month_year),
        (r"^(?:the year )?(\d{4})$", _year),
        (r"^(\d{4}) ?(?:-|to|and|through) ?(\d{4}|\d{2})$", _year_range),
        (r"^(?:the )?(\d{3}|\d)0s$", _decade),
        (rf"^({'|'.join(_DAY_OFFSETS)}){_TOD}$", _named_day),
        # ("the past Friday": translated Spanish and French, "el pasado viernes", "le vendredi passé")
        # ("this past Tuesday": the Tuesday just gone)
        (rf"^(?:the (?=(?:last|past|next|coming) )|this (?=past ))?(?:(last|this|next|past|coming) )?({WEEKDAY_RE}){_TOD}$", _weekday),
        (r"^(?:(last|this past|past|this|next|coming|the) )?weekend$", _weekend),
        (r"^(last|this|next|current|the current) (week|month|year|decade)$", _calendar_unit),
        (rf"^({MONTH_RE}) (?:of )?(last|this|next) year$", _month_of_year),
        (rf"^(?:(last|this|next|past) )?({MONTH_RE})$", _month),
        (rf"^({NUMBER_RE}) ({UNIT_RE})(?: (ago|back|from now|from today))?$", _offset),
        (rf"^(?:(the|this) )?(past|last|next|coming) (?:({NUMBER_RE}) )?({UNIT_RE})$", _rolling),
    )
)  # fmt: skip


def _with_dateparser(expression: str, anchor: date) -> cal.Period | None:
    """Absolute fallback: only for expressions with an explicit four-digit year (so the
    anchor day plays no part: both parsers require the year)."""
    if not re.search(r"\b\d{4}\b", expression):
        return None
    strict, loose = _dateparsers()
    found = strict.get_date_data(expression)["date_obj"]
    if found is not None:
        return cal.day_period(found.date())
    found = loose.get_date_data(expression)["date_obj"]
    return cal.month_period(found.year, found.month) if found is not None else None


@cache
def _dateparsers() -> tuple[DateDataParser, DateDataParser]:
    """The strict (day, month and year) and loose (month and year) parsers, built once:
    `dateparser.parse` with settings builds a parser, and compiles its patterns, per call."""
    common = {"PREFER_DATES_FROM": "past", "PARSERS": ["custom-formats", "absolute-time"]}
    strict = {**common, "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True}
    loose = {**common, "REQUIRE_PARTS": ["month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    return DateDataParser(languages=["en"], settings=strict), DateDataParser(languages=["en"], settings=loose)


def read(expression: str, ctx: Context) -> Reading | None:
    """First matching rule decides (None if it rejects); else the dateparser fallback."""
    for pattern, rule in _RULES:
        match = pattern.match(expression)
        if match:
            return rule(match, ctx)
    period = _with_dateparser(expression, ctx.anchor)
    return Reading(period, False) if period else None
