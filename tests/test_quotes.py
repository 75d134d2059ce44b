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


def test_double_apostrophes_are_quotation_marks() -> None:
    text = "Mr. Trump said: ''She lies,'' and ''it's bad.'' Then he left."
    assert _texts(text) == ["She lies,", "it's bad."]


def test_mixed_straight_and_curly_marks_pair() -> None:
    text = '"We will win,” he said. “They lost," she said.'
    assert _texts(text) == ["We will win,", "They lost,"]


def test_quote_of_several_paragraphs_ends_at_each_paragraph() -> None:
    text = "“The army came at night.\n\n“They burned the houses,” he said."
    spans = find_quotes(text)
    assert [text[q.start : q.end] for q in spans] == ["The army came at night.", "They burned the houses,"]
    assert [q.closed for q in spans] == [False, True]


def test_transcript_turns_each_opening_with_a_straight_mark() -> None:
    text = '"WALLACE: Will she be there?\n\n"PENCE: She will not.\n\n"WALLACE: Thank you."'
    assert _texts(text) == ["WALLACE: Will she be there?", "PENCE: She will not.", "WALLACE: Thank you."]


def test_straight_quote_does_not_run_over_a_blank_line() -> None:
    text = 'He said "we will win.\n\nLater, officials said "talks" would resume.'
    assert _texts(text) == ["we will win.", "talks"]


def test_unopened_closing_mark_stays_in_its_paragraph() -> None:
    text = "A first paragraph about the war.\n\nWe will never surrender,” he said."
    assert _texts(text) == ["We will never surrender,"]
