"""A faster way for the model's attribute ruler to find where its rules apply.

The English pipeline's `attribute_ruler` sets each token's part of speech and morphology
from its tag, with a few dozen exceptions ("that" tagged WDT is a pronoun, "gets" has the
lemma "get"): 179 rules in en_core_web_sm 3.8. It finds where they apply with spaCy's
`Matcher`, which tries every rule at every token: on our articles about 2.5 s per 200,
an eighth of the whole parse and more than the parser (docs/decisions.md, session 34).

`use_attribute_table` gives the ruler a stand-in for its matcher. A token's own tests
depend only on its few columns (tag, lower-case form, dependency, white space), so the
rules whose first token fits are worked out once for each combination of those values met
(from the few rules filed under its tag and form) and looked up for every later token like
it; only a two-word rule's second word is tested token by token. The ruler is otherwise the
model's own: it sorts the matches and sets the attributes itself, so the parse is the same,
attribute for attribute (tests/test_attribute_table.py compares the two on every kind of
rule the model has). A rule the stand-in cannot read (an operator, an attribute other than
those of `_COLUMNS`) leaves the model's matcher in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
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


def _passes(tests: Sequence[_Test], columns: dict[str, list[Any]], i: int) -> bool:
    """Does token `i` pass `tests` (`columns`: each column's values, token by token)?"""
    for column, predicate, value in tests:
        got = columns[column][i]
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


class _Strings(dict):  # type: ignore[type-arg]
    """Strings by their hash, read from the string store the first time."""

    def __init__(self, store: Any) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        text = self[key] = self.store[key]
        return text


#: How many token combinations and strings the table keeps before it starts afresh (a few
#: megabytes; a run meets more as its vocabulary grows, the common ones again at once).
_MAX_KEPT = 50_000

#: A rule as `AttributeTable` tries it at a token whose own tests it passes: its match id,
#: its length in tokens, and the tests of its other tokens (None: it has no other).
_Plan = tuple[int, int, "tuple[tuple[_Test, ...], ...] | None"]


class AttributeTable:
    """A stand-in for the `Matcher` of an attribute ruler: called as the ruler calls it, it
    gives the same matches (match id, start, end), found by look-up. Everything else (adding
    and listing rules, saving) is the model's matcher's, and a rule added after the table was
    built sends the calls back to it."""

    def __init__(self, matcher: Any, rules: list[tuple[int, list[list[_Test]]]]) -> None:
        self._matcher = matcher
        self._size = len(matcher)
        # the rules filed by the tag and the lower-case form their first token asks for
        # (None: any)
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
        #: The rules that apply at a token by the values of its columns (`_plan`).
        self._plans: dict[tuple[Any, ...], tuple[_Plan, ...]] = {}
        self._shared: dict[tuple[_Plan, ...], tuple[_Plan, ...]] = {}
        self._strings: _Strings | None = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_matcher":
            raise AttributeError(name)  # (not half-built, as when copied or unpickled)
        return getattr(self._matcher, name)

    def __len__(self) -> int:
        return len(self._matcher)

    def __contains__(self, key: Any) -> bool:
        return key in self._matcher

    def _plan(self, values: tuple[Any, ...]) -> tuple[_Plan, ...]:
        """The rules whose first token a token with these values of the columns fits (a
        token's own tests depend on nothing else): the few filed under its tag and
        lower-case form, tested once for all tokens alike."""
        row = {name: [value] for name, value in zip(self._columns, values)}
        tag, lower = row["TAG"][0], row["LOWER"][0]
        found: list[_Plan] = []
        for bucket in ((tag, lower), (tag, None), (None, lower), (None, None)):
            for key, tokens in self._filed.get(bucket, ()):
                if _passes(tokens[0], row, 0):
                    found.append((key, len(tokens), tuple(tuple(tests) for tests in tokens[1:]) or None))
        # (one tuple for all the combinations that fit the same rules: most fit one tag's)
        plans = self._shared.setdefault(tuple(found), tuple(found))
        if len(self._plans) > _MAX_KEPT:
            self._plans.clear()  # (it grows with the vocabulary of the run)
        self._plans[values] = plans
        return plans

    def __call__(self, doc: Doc, **kwargs: Any) -> Any:
        if (len(self._matcher) != self._size or kwargs.get("as_spans") or kwargs.get("with_alignments")
                or not kwargs.get("allow_missing")):
            return self._matcher(doc, **kwargs)  # (rules changed, or a call the ruler does not make)
        if not len(doc):
            return []
        columns = self._read(doc)
        size = len(doc)
        plans = self._plans
        found = []
        for start, values in enumerate(zip(*(columns[name] for name in self._columns))):
            todo = plans.get(values)
            if todo is None:
                todo = self._plan(values)
            for key, length, rest in todo:
                if rest is None:
                    found.append((key, start, start + 1))
                elif start + length <= size and all(_passes(tests, columns, start + k) for k, tests in enumerate(rest, 1)):
                    found.append((key, start, start + length))
        return found

    def _read(self, doc: Doc) -> dict[str, list[Any]]:
        """The values of the columns the rules read, token by token (strings; flags as 0 or 1)."""
        if self._strings is None or self._strings.store is not doc.vocab.strings or len(self._strings) > _MAX_KEPT:
            self._strings = _Strings(doc.vocab.strings)  # (it grows with the vocabulary of the run)
        strings = self._strings
        names = self._columns
        values = doc.to_array([_COLUMNS[n] for n in names]).T.tolist()
        return {name: column if name in _FLAGS else list(map(strings.__getitem__, column))
                for name, column in zip(names, values)}


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
