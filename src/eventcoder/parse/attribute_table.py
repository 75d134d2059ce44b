"""A faster way for the model's attribute ruler to find where its rules apply.

The English pipeline's `attribute_ruler` sets each token's part of speech and morphology
from its tag, with a few dozen exceptions ("that" tagged WDT is a pronoun, "gets" has the
lemma "get"): 179 rules in en_core_web_sm 3.8. It finds where they apply with spaCy's
`Matcher`, which tries every rule at every token. On our articles that costs about a
tenth of the whole parse (measured in docs/decisions.md, session 34), more than the parser.

`use_attribute_table` gives the ruler a stand-in for its matcher that files the rules by the
tag and the lower-case form they ask for, so that each token is tried against the few rules
that can fit it. The ruler is otherwise the model's own: it sorts the matches and sets the
attributes itself, so the parse is the same, attribute for attribute (tests/test_parse.py
compares the two on every kind of rule the model has). A rule the stand-in cannot read (an
operator, an attribute other than those of `_COLUMNS`) leaves the model's matcher in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["use_attribute_table"]

#: The token attributes the stand-in reads, with their array columns. The string ones are
#: compared as strings (spaCy compares their hashes: the same thing); IS_SPACE as 0 or 1.
_COLUMNS = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "DEP": DEP, "IS_SPACE": IS_SPACE}
_FLAGS = frozenset({"IS_SPACE"})
#: The predicates of a pattern's value it reads ({"IN": [...]}, {"NOT_IN": [...]}, {"REGEX": "..."}).
_PREDICATES = frozenset({"IN", "NOT_IN", "REGEX"})

#: One test of a token: (column name, predicate, value): "==" a string or 0/1, "IN" or
#: "NOT_IN" a frozenset of strings, "REGEX" a compiled pattern.
_Test = tuple[str, str, Any]


class _Unreadable(ValueError):
    """A rule the stand-in does not read (the model's matcher is kept)."""


def _token_tests(spec: dict[str, Any]) -> list[_Test]:
    tests: list[_Test] = []
    for name, value in spec.items():
        if name not in _COLUMNS:
            raise _Unreadable(name)  # (also "OP": one token per spec only)
        if name in _FLAGS:
            if not isinstance(value, bool):
                raise _Unreadable(f"{name}: {value!r}")
            tests.append((name, "==", int(value)))
        elif isinstance(value, str):
            tests.append((name, "==", value))
        elif isinstance(value, dict) and value and set(value) <= _PREDICATES:
            for predicate, arg in value.items():
                if predicate == "REGEX":
                    if not isinstance(arg, str):
                        raise _Unreadable(f"{name}: {value!r}")
                    tests.append((name, "REGEX", re.compile(arg)))
                elif isinstance(arg, (list, tuple)) and all(isinstance(v, str) for v in arg):
                    tests.append((name, predicate, frozenset(arg)))
                else:
                    raise _Unreadable(f"{name}: {value!r}")
        else:
            raise _Unreadable(f"{name}: {value!r}")
    return tests


def _keys(tests: list[_Test], name: str) -> Iterable[str | None]:
    """The values of column `name` a token must have to pass `tests` (None: any)."""
    for column, predicate, value in tests:
        if column == name and predicate == "==":
            return (value,)
        if column == name and predicate == "IN":
            return tuple(value)
    return (None,)


def _passes(tests: list[_Test], row: dict[str, Any]) -> bool:
    for column, predicate, value in tests:
        got = row[column]
        if predicate == "==":
            if got != value:
                return False
        elif predicate == "IN":
            if got not in value:
                return False
        elif predicate == "NOT_IN":
            if got in value:
                return False
        elif not value.search(got):  # REGEX, as spaCy's: a search of the string
            return False
    return True


class AttributeTable:
    """A stand-in for the `Matcher` of an attribute ruler: called as the ruler calls it, it
    gives the same matches (match id, start, end), found by look-up. Everything else (adding
    and listing rules, saving) is the model's matcher's, and a rule added after the table was
    built sends the calls back to it."""

    def __init__(self, matcher: Any, rules: list[tuple[int, list[list[_Test]]]]) -> None:
        self._matcher = matcher
        self._size = len(matcher)
        # the rules filed by the tag and the lower-case form their first token asks for
        self._filed: dict[tuple[str | None, str | None], list[tuple[int, list[list[_Test]]]]] = {}
        for key, tokens in rules:
            for tag in _keys(tokens[0], "TAG"):
                for lower in _keys(tokens[0], "LOWER"):
                    self._filed.setdefault((tag, lower), []).append((key, tokens))
        self._columns = [name for name in _COLUMNS if any(
            column == name for _, tokens in rules for tests in tokens for column, _, _ in tests)]
        for name in ("TAG", "LOWER"):
            if name not in self._columns:
                self._columns.append(name)
        self._strings: dict[int, str] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._matcher, name)

    def __len__(self) -> int:
        return len(self._matcher)

    def __contains__(self, key: Any) -> bool:
        return key in self._matcher

    def __call__(self, doc: Doc, **kwargs: Any) -> Any:
        if (len(self._matcher) != self._size or kwargs.get("as_spans") or kwargs.get("with_alignments")
                or not kwargs.get("allow_missing")):
            return self._matcher(doc, **kwargs)  # (rules changed, or a call the ruler does not make)
        if not len(doc):
            return []
        rows = self._rows(doc)
        filed = self._filed
        found = []
        for start, row in enumerate(rows):
            tag, lower = row["TAG"], row["LOWER"]
            for bucket in ((tag, lower), (tag, None), (None, lower), (None, None)):
                for key, tokens in filed.get(bucket, ()):
                    end = start + len(tokens)
                    if end <= len(rows) and all(_passes(tests, rows[start + k]) for k, tests in enumerate(tokens)):
                        found.append((key, start, end))
        return found

    def _rows(self, doc: Doc) -> list[dict[str, Any]]:
        """Each token's values of the columns the rules read (strings; flags as 0 or 1)."""
        names = self._columns
        values = doc.to_array([_COLUMNS[n] for n in names]).tolist()
        strings, store = self._strings, doc.vocab.strings
        if len(strings) > 200_000:
            strings.clear()  # (it grows with the vocabulary of the run)
        rows = []
        for record in values:
            row = {}
            for name, value in zip(names, record):
                if name in _FLAGS:
                    row[name] = value
                else:
                    text = strings.get(value)
                    if text is None:
                        text = strings[value] = store[value]
                    row[name] = text
            rows.append(row)
        return rows


def use_attribute_table(nlp: Language) -> Language:
    """Give the pipeline's attribute ruler an `AttributeTable` in place of its matcher (once;
    nothing is changed when the pipeline has no such ruler or one of its rules cannot be
    read)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    matcher = getattr(ruler, "matcher", None)
    if matcher is None or isinstance(matcher, AttributeTable) or not hasattr(ruler, "attrs"):
        return nlp
    rules: list[tuple[int, list[list[_Test]]]] = []
    try:
        for number in range(len(ruler.attrs)):
            # (the ruler files rule `number` under the string of that number)
            key = nlp.vocab.strings[str(number)]
            _, patterns = matcher.get(key)
            rules.extend((key, [_token_tests(spec) for spec in pattern]) for pattern in patterns)
    except (_Unreadable, KeyError, TypeError):
        return nlp
    if any(not tokens for _, tokens in rules) or len(matcher) != len(ruler.attrs):
        return nlp
    ruler.matcher = AttributeTable(matcher, rules)
    return nlp
