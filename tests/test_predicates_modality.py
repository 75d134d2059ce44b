"""Stages 3 and 6: predicates with implicit subjects, negation and modality."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventcoder.attribution import find_speech, modality_of
from eventcoder.predicates import find_predicates


def _pred(nlp: Language, text: str, lemma: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    for sent in doc.sents:
        for p in find_predicates(sent):
            if p.lemma == lemma:
                return p
    raise AssertionError(f"no predicate {lemma!r} in {text!r}: {[t.lemma_ for t in doc]}")


@pytest.mark.parametrize(
    ("text", "lemma", "subjects"),
    [
        ("Pakistan wants to cooperate with Afghanistan.", "cooperate", ["Pakistan"]),
        ("The EU urged Georgia to release the protesters.", "release", ["Georgia"]),
        ("Rebels attacked and burned the village.", "burn", ["Rebels"]),
        ("The soldiers who attacked the convoy were arrested.", "attack", ["soldiers"]),
        ("Iran and Iraq signed a deal.", "sign", ["Iran", "Iraq"]),
    ],
)
def test_subjects_including_implicit_ones(nlp: Language, text: str, lemma: str, subjects: list[str]) -> None:
    assert [t.text for t in _pred(nlp, text, lemma).subjects] == subjects


def test_passive_agent_and_patient(nlp: Language) -> None:
    p = _pred(nlp, "Two journalists were arrested by the police in Minsk.", "arrest")
    assert p.passive
    assert [t.text for t in p.agents] == ["police"]
    assert [t.text for t in p.subjects] == ["journalists"]


@pytest.mark.parametrize(
    ("text", "lemma", "negated", "modality"),
    [
        ("The army did not attack the town.", "attack", True, "asserted"),
        ("The Taliban cannot win the war.", "win", True, "possible"),
        ("We can make peace with the Taliban.", "make", False, "possible"),
        ("They must stop the attacks.", "stop", False, "demanded"),
        ("Such statements should be avoided.", "avoid", False, "demanded"),
        ("Pakistan wants to cooperate in the peace process.", "cooperate", False, "intended"),
        ("Pakistan is ready to cooperate with the United States.", "cooperate", False, "intended"),
        ("US troops would leave Afghanistan by September.", "leave", False, "future"),
        ("The government will seek to negotiate.", "negotiate", False, "intended"),
        ("If the rebels attack the city, the army will respond.", "attack", False, "possible"),
        ("The ministry denied that its forces had shelled the village.", "shell", True, "asserted"),
        # kept "from" doing it: it was not done
        ("Kenya barred 12 Somali traders from entering its territory.", "enter", True, "asserted"),
        ("Police stopped the marchers from reaching parliament.", "reach", True, "asserted"),
        ("The marchers moved from chanting to throwing stones.", "throw", False, "asserted"),
        ("Police arrested the protesters.", "arrest", False, "asserted"),
        # a bare conjunct shares its first verb's modal
        ("Lesotho would close the tunnel gates and stop the water.", "stop", False, "future"),
        ("Lesotho closed the gates and will stop the water.", "close", False, "asserted"),
    ],
)
def test_negation_and_modality(nlp: Language, text: str, lemma: str, negated: bool, modality: str) -> None:
    m = modality_of(_pred(nlp, text, lemma).verb)
    assert (m.negated, m.modality) == (negated, modality)


@pytest.mark.parametrize(
    ("text", "lemma", "cue", "speaker"),
    [
        ("Officials said rebels attacked the convoy.", "attack", "say", "Officials"),
        ("The minister told reporters that troops had withdrawn.", "withdraw", "tell", "minister"),
        ("According to witnesses, police fired on the crowd.", "fire", "according to", "witnesses"),
        ("Police arrested ten people.", "arrest", None, None),
    ],
)
def test_reporting_verbs(nlp: Language, text: str, lemma: str, cue: str | None, speaker: str | None) -> None:
    speech = find_speech(_pred(nlp, text, lemma).verb)
    if cue is None:
        assert speech is None
    else:
        assert speech is not None
        assert (speech.cue, [t.text for t in speech.speakers]) == (cue, [speaker])


def test_token_tables_match_spacy(nlp: Language) -> None:
    # the per-document tables give what spaCy's own (slower) accessors give
    from eventcoder.parse.spans import children_of, doc_tokens, release, span_tokens, subtree_of

    doc = nlp("The Ministry of Foreign Affairs of Kenya, which the envoy visited on Monday, said the "
              "talks in Nairobi between the two sides would resume. Rebels set free 35 protesters.")
    assert doc_tokens(doc) == list(doc)
    assert [span_tokens(s) for s in doc.sents] == [list(s) for s in doc.sents]
    for tok in doc:
        assert subtree_of(tok) == list(tok.subtree)
        assert children_of(tok) == list(tok.children)
    release(doc)



def test_a_perfect_participle_takes_the_main_clause_subject(coder) -> None:  # type: ignore[no-untyped-def]
    events = coder.code_text("Having stayed off the job since Thursday, sugar workers returned to work on Friday.",
                             date="2027-11-09")
    assert [(e.cameo_code, [a.code for a in e.source], e.date.start) for e in events] == [("143", ["LAB"], "2027-11-04")]


def test_workers_off_work_are_on_strike_and_nurses_off_duty_are_not(coder) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "work" as the copula's attribute, "off" as a bare preposition
    events = coder.code_text("Some 600 drivers had been off work since Wednesday, according to the ministry.",
                             date="2027-06-15")
    assert [(e.cameo_code, [a.code for a in e.source], e.date.start) for e in events] == [("143", ["LAB"], "2027-06-09")]
    assert coder.code_text("The nurses were off duty on Monday.", date="2027-06-15") == []


def test_a_deadline_the_parser_hung_on_a_place_is_the_verb_s_object(coder) -> None:
    event = next(e for e in coder.code_text(
        "The environment minister today gave 38 placer gold miners on the Tuul river at Zaamar 30 days to fill in their "
        "abandoned pits.", date="2030-02-21"))
    assert (event.cameo_code, [a.code for a in event.target]) == ("139", ["LAB"])
