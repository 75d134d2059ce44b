"""Calendar arithmetic on `datetime.date` used by the expression resolver.

A `Period` is a closed interval of days plus the precision it stands for and the
single day chosen as its `value`. Weeks are ISO weeks (Monday to Sunday).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "Period",
    "add_months",
    "day_period",
    "month_period",
    "year_period",
    "week_period",
    "decade_period",
    "span",
    "shift",
    "containing",
    "weekday_before",
    "weekday_after",
    "month_year",
    "yearless_day",
    "narrow",
]


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    precision: str
    value: date


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(day: date, months: int) -> date:
    """Shift by whole months, clamping the day to the target month's length."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month0 + 1
    return date(year, month, min(day.day, _last_day(year, month)))


def day_period(day: date) -> Period:
    return Period(day, day, "day", day)


def month_period(year: int, month: int) -> Period:
    start = date(year, month, 1)
    return Period(start, date(year, month, _last_day(year, month)), "month", start)


def year_period(year: int) -> Period:
    start = date(year, 1, 1)
    return Period(start, date(year, 12, 31), "year", start)


def week_period(day: date) -> Period:
    """The Monday-to-Sunday week containing `day`; value is the Monday."""
    monday = day - timedelta(days=day.weekday())
    return Period(monday, monday + timedelta(days=6), "week", monday)


def decade_period(first_year: int) -> Period:
    start = date(first_year, 1, 1)
    return Period(start, date(first_year + 9, 12, 31), "range", start)


def span(start: date, end: date, value: date) -> Period:
    return Period(start, end, "range", value)


def shift(day: date, unit: str, amount: int) -> date:
    """Move `day` by `amount` units (day, week, fortnight, month, year, decade, hour)."""
    if unit == "hour":
        return day + timedelta(days=amount // 24 if amount >= 0 else -((-amount) // 24))
    if unit in ("day", "week", "fortnight"):
        factor = {"day": 1, "week": 7, "fortnight": 14}[unit]
        return day + timedelta(days=factor * amount)
    factor = {"month": 1, "year": 12, "decade": 120}[unit]
    return add_months(day, factor * amount)


def containing(day: date, unit: str) -> Period:
    """The calendar unit containing `day`, with `day` itself kept as the value."""
    if unit in ("day", "hour"):
        return day_period(day)
    if unit in ("week", "fortnight"):
        period = week_period(day)
    elif unit == "month":
        period = month_period(day.year, day.month)
    else:
        period = year_period(day.year)
    return Period(period.start, period.end, period.precision, day)


def weekday_before(anchor: date, weekday: int, *, inclusive: bool) -> date:
    """Latest date with this weekday before `anchor` (or on it, when inclusive)."""
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and not inclusive:
        back = 7
    return anchor - timedelta(days=back)


def weekday_after(anchor: date, weekday: int, *, inclusive: bool) -> date:
    """Earliest date with this weekday after `anchor` (or on it, when inclusive)."""
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return anchor + timedelta(days=ahead)


def month_year(anchor: date, month: int, *, forward: bool, strict: bool = False) -> int:
    """Year of the nearest `month` not after (or, forward, not before) the anchor's month.

    With `strict`, the anchor's own month is excluded.
    """
    if forward:
        later = month > anchor.month or (month == anchor.month and not strict)
        return anchor.year if later else anchor.year + 1
    earlier = month < anchor.month or (month == anchor.month and not strict)
    return anchor.year if earlier else anchor.year - 1


def yearless_day(anchor: date, month: int, day: int, *, forward: bool) -> date | None:
    """Nearest existing `month`/`day` on or before (forward: on or after) the anchor."""
    step = 1 if forward else -1
    for offset in range(9):  # a 29 February recurs within eight years
        year = anchor.year + step * offset
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if (candidate >= anchor) if forward else (candidate <= anchor):
            return candidate
    return None


def narrow(period: Period, part: str) -> Period:
    """Keep the early, mid or late third of a period (days are left whole)."""
    if period.precision == "day":
        return period
    index = {"early": 0, "mid": 1, "late": 2}[part]
    start = period.start
    if period.precision == "month":
        bounds = [(1, 10), (11, 20), (21, _last_day(start.year, start.month))][index]
        first, last = (
            date(start.year, start.month, bounds[0]),
            date(start.year, start.month, bounds[1]),
        )
    elif period.precision == "year":
        months = [(1, 4), (5, 8), (9, 12)][index]
        first = date(start.year, months[0], 1)
        last = date(start.year, months[1], _last_day(start.year, months[1]))
    elif period.precision == "week":
        days = [(0, 1), (2, 3), (4, 6)][index]
        first, last = start + timedelta(days=days[0]), start + timedelta(days=days[1])
    elif start.month == 1 and start.day == 1 and period.end == date(start.year + 9, 12, 31):
        years = [(0, 3), (4, 6), (7, 9)][index]
        first, last = date(start.year + years[0], 1, 1), date(start.year + years[1], 12, 31)
    else:
        length = (period.end - start).days + 1
        cuts = [0, length // 3, 2 * length // 3, length]
        first = start + timedelta(days=cuts[index])
        last = start + timedelta(days=max(cuts[index], cuts[index + 1] - 1))
    return span(first, last, first)
