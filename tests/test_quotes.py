"""Quote spans in straight, curly and unbalanced quotation marks."""

from __future__ import annotations

from eventcoder.attribution import find_quotes


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_and_straight_quotes() -> None:
    text = '“We will talk,” he said. She replied: "No talks."'
    assert _texts(text) == ["We will talk,", "No talks."]


def test_quote_split_across_sentences() -> None:
    text = "“They must stop. They must leave.” said the minister."
    assert _texts(text) == ["They must stop. They must leave."]


def test_closing_mark_without_opening_extends_the_previous_quote() -> None:
    text = "“We can win,” said X. Because they are weak. ” They must go. ”"
    spans = _texts(text)
    assert spans[0] == "We can win,"
    assert spans[-1].strip().endswith("They must go.")
    assert spans[1].startswith("Because they are weak.")
    assert "said" not in spans[1]
