"""Stage 4: the lexicon codes one sentence per PLOVER type, and bad lexicon files are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.classify import Codebook, Lexicon
from eventcoder.classify.codes import quad_class
from eventcoder.errors import DataFileError

# One sentence per PLOVER type, each with the CAMEO code a careful coder gives it.
CASES = [
    ("Iran and Iraq agreed to a ceasefire on Monday.", "RETREAT", "0871"),
    ("Pakistan offered to mediate between the two sides.", "AGREE", "039"),
    ("The French president met his German counterpart in Berlin.", "CONSULT", "040"),
    ("The Kenyan president praised the peace deal.", "SUPPORT", "051"),
    ("The junta lifted the curfew in the capital.", "RETREAT", "0813"),
    ("Turkey and Sweden signed an agreement on intelligence sharing.", "SUPPORT", "057"),
    ("Japan sent humanitarian aid to Turkey after the earthquake.", "AID", "073"),
    ("Rebels released twelve hostages in northern Mali.", "RETREAT", "0841"),
    ("The opposition demanded the resignation of the prime minister.", "REQUEST", "1041"),
    ("The ministry accused Russia of war crimes.", "ACCUSE", "1124"),
    ("Hamas rejected the peace proposal.", "REJECT", "127"),
    ("North Korea threatened to launch a nuclear strike.", "THREATEN", "1385"),
    ("Thousands of farmers protested in New Delhi.", "PROTEST", "141"),
    ("Ukraine mobilized thousands of reservists.", "MOBILIZE", "154"),
    ("The United States imposed sanctions on Iranian banks.", "COERCE", "163"),
    ("Police arrested two journalists in Minsk.", "COERCE", "173"),
    ("Russian forces shelled the city of Kharkiv.", "ASSAULT", "194"),
    ("The two countries expelled each other's diplomats.", "SANCTION", "161"),
    ("The two countries cooperated on border security.", "COOPERATE", "060"),
    ("Russia deployed thousands of troops to the border.", "MOBILIZE", "154"),
]


@pytest.mark.parametrize(("text", "ptype", "code"), CASES, ids=[c[1] + "-" + c[2] for c in CASES])
def test_sentence_codes(coder, text: str, ptype: str, code: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code_text(text, date="2024-03-01")
    got = [(e.plover_type, e.cameo_code) for e in events]
    assert (ptype, code) in got, got
    ev = next(e for e in events if e.cameo_code == code)
    info = coder.codebook[code]
    assert (ev.quad_class, ev.goldstein, ev.plover_type) == (quad_class(code), info.goldstein, info.plover_type)


def test_every_plover_type_is_reachable_from_the_lexicon() -> None:
    codebook = Codebook.load()
    lexicon = Lexicon.load(codebook)
    types = {codebook[p.code].plover_type for p in lexicon.patterns}
    assert len(types) == 16


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the talks would continue.",
        "The president held a press conference on Friday.",
        "The agency released its annual report.",
    ],
)
def test_statements_and_non_events_give_nothing(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.code_text(text) == []


def test_codebook_and_crosswalk_agree() -> None:
    codebook = Codebook.load()
    assert codebook["0874"].plover_type == "RETREAT"
    assert codebook["190"].plover_type == "ASSAULT" and codebook["190"].quad_class == 4
    assert codebook["010"].plover_type is None  # statements are not PLOVER events
    assert codebook["020"].plover_type == "REQUEST"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- code: '999'\n  patterns: [{lemma: x}]\n", "not a code in the CAMEO codebook"),
        ("- code: '190'\n  patterns: [{object: [attack]}]\n", "'lemma' is required"),
        ("- code: '190'\n  patterns: [{lemma: hit, colour: red}]\n", "unknown field(s) colour"),
        ("- code: '010'\n  patterns: [{lemma: say}]\n", "statements are not events"),
        ("- code: '190'\n  patterns: [{lemma: hit, pobj: [town]}]\n", "'pobj' needs 'prep'"),
        ("- code: '141'\n  patterns: [{lemma: drive, prep: [into, to]}]\n", "'prep' must be one preposition"),
        ("- code: '161'\n  patterns: [{lemma: give, infinitive: [[leave]]}]\n", "'infinitive' must be a list of words"),
        ("- code: '141'\n  patterns: [{lemma: walk, subject: {who: protester}}]\n", "'subject' must be a list of words"),
        ("not: [valid", "invalid YAML"),
    ],
)
def test_bad_lexicon_files_are_reported_with_file_and_entry(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "verbs.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        Lexicon.load(Codebook.load(), path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


@pytest.mark.parametrize(("text", "codes"), [
    # protesters on the move march; anyone else who walks makes no event
    ("Protesters walked from the stadium to the parliament on Monday.", ["141"]),
    ("The marching crowd walked from the City Fan to the Resident Office.", ["141"]),
    ("Demonstrators proceeded to the governor's office on Monday.", ["141"]),
    ("The minister walked to the parliament on Monday.", []),
    # a subject pattern does not take a particle verb it does not name (walking out of court
    # is being freed), nor the passive
    ("Relatives cheered as the protesters walked out of the court.", ["0841"]),
    ("Protesters were moved from the square on Monday.", []),
    # protesters who hand over their demands are the march; a union's petition is an appeal
    ("The protesters handed a petition to the governor on Monday.", ["141"]),
    ("The union submitted a petition to the ministry on Monday.", ["020"]),
    # "masses" who go on the street (translated) protest; a mass is no people elsewhere
    ("Yesterday afternoon, more than 2000 masses went on the street in Kota Kinabalu.", ["141"]),
    ("Gunmen attacked a church during a mass in Quetta on Sunday.", ["180"]),
])
def test_a_pattern_may_name_its_subject(coder, text: str, codes: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [e.cameo_code for e in coder.code_text(text, date="2026-05-14")] == codes

