"""Words and text normalisation for date expressions (English only).

`normalize` lower-cases an expression and removes the punctuation variants that do
not change its meaning ("Sept. 11, 2001" -> "sept 11 2001", "mid-June" -> "mid june",
"the 1990's" -> "the 1990s", "3rd" -> "3"). Regex fragments below are built from the
word tables so that every rule accepts the same spellings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "UNITS",
    "MONTH_RE",
    "WEEKDAY_RE",
    "NUMBER_RE",
    "UNIT_RE",
    "normalize",
    "parse_number",
]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2,
    "wed": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4,
    "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

# Unit words (singular and plural) mapped to the unit names used by `_calendar.shift`.
UNITS: dict[str, str] = {
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade",
}  # fmt: skip

_SMALL: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS_1_9 = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


MONTH_RE = f"(?:{_alternation(MONTHS)})"
WEEKDAY_RE = f"(?:{_alternation(WEEKDAYS)})"
UNIT_RE = f"(?:{_alternation(UNITS)})"
NUMBER_RE = (
    r"(?:\d{1,3}|(?:a )?couple of|"
    f"(?:{'|'.join(_TENS)}) (?:{'|'.join(_UNITS_1_9)})|{_alternation(_SMALL)})"
)


_ORDINALS: dict[str, int] = {
    word: n + 1
    for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
    )
}
_ORDINALS.update({"twentieth": 20, "thirtieth": 30})
_ORDINALS.update({f"{tens} {word}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
                  for word, n in list(_ORDINALS.items())[:9]})  # fmt: skip
_ORDINAL_RE = re.compile(rf"\b({'|'.join(sorted(_ORDINALS, key=len, reverse=True))}) of\b")


def parse_number(text: str) -> int:
    """Value of a string matched by NUMBER_RE."""
    if text.isdigit():
        return int(text)
    if text.endswith("couple of"):
        return 2
    return sum(_SMALL[word] for word in text.split())


def normalize(text: str) -> str:
    """Canonical lower-case spelling of a date expression."""
    s = text.strip().lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"'s\b", "", s)  # "tuesday's"
    s = s.replace("'", "")  # "'90s", "1990's"
    s = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", s)  # ordinals
    s = re.sub(r"\.(?=\s|,|$)", "", s)  # abbreviation dots, final full stop
    s = re.sub(r"(?<=[a-z])-|-(?=[a-z])", " ", s)  # "mid-june", "twenty-one"
    s = re.sub(r"[,;:!?()\"]", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return _ORDINAL_RE.sub(lambda m: f"{_ORDINALS[m[1]]} of", s)  # "the third of march"
