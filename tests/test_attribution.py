"""Stage 6, attribution: reporting verbs, quotes, transcript turns (one table per rule).

`find_speech` is checked on parsed sentences; `DocAttributor` with a resolver that knows no
actor, so every speaker is the mention as written; the coder end to end for a few events.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventcoder.attribution import find_speech
from eventcoder.attribution.attribute import DocAttributor, find_turns


def _token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


# -- find_speech: which cue reports an event, and who speaks ---------------------------------
@pytest.mark.parametrize(
    ("text", "word", "cue", "speaker"),
    [
        # the cue list: reporting, demanding, promising, thinking, finding verbs
        ("Officials said rebels attacked the convoy.", "attacked", "say", "Officials"),
        ("The minister stressed that troops had withdrawn.", "withdrawn", "stress", "minister"),
        ("Clinton called on Trump to stop attacking immigrants.", "attacking", "call", "Clinton"),
        ("The Taliban vowed to attack the base.", "attack", "vow", "Taliban"),
        ("Experts believe the militia shelled the village.", "shelled", "believe", "Experts"),
        ("The report found that police had beaten protesters.", "beaten", "find", "report"),
        ("Russia accused Ukraine of shelling the village.", "shelling", "accuse", "Russia"),
        ("The senator criticized the general for bombing the city.", "bombing", "criticize", "senator"),
        # relative clauses inside the reported clause are reported too
        ("Police said the officer who shot Scott was not wearing a camera.", "shot", "say", "Police"),
        ("The ad mentions policies that she supported.", "supported", "mention", "ad"),
        # the reporting verb set off inside or after the clause
        ("The army, he said, attacked the town.", "attacked", "say", "he"),
        ("Rebels attacked the town, police said.", "attacked", "say", "police"),
        # participles and statements take the subject of the verb they hang on
        ("The Sanders campaign responded on Friday, saying lobbyists had donated to the group.", "donated", "say", "campaign"),
        ("The campaign issued a statement saying the army attacked the town.", "attacked", "say", "campaign"),
        ("Biden's announcement that troops would withdraw surprised allies.", "withdraw", "announcement", "Biden"),
        # the act a statement performs is reported by whoever reports the statement
        ("She says Trump's tweets accusing Machado of lying are false.", "accusing", "say", "She"),
        # nested reports: the nearest speaker
        ("Officials said Trump told them the army attacked the town.", "attacked", "tell", "Trump"),
        # "according to", however the parse attaches it
        ("According to witnesses, police fired on the crowd.", "fired", "according to", "witnesses"),
        ("Police fired on the crowd, according to witnesses.", "fired", "according to", "witnesses"),
        # a second complement coordinated with the verb
        ("The governor said the state needs to secure the border, but that he would not support mass deportation.", "support", "say", "governor"),
        # a negated thought gives way to the reporting verb above it
        ("U.S. officials have said they do not believe the gunman was assisted from abroad.", "assisted", "say", "officials"),
        # a dateline parsed as the subject is skipped
        ("CLEVELAND (UPI) — Michael Mukasey told delegates that Clinton should be prosecuted.", "prosecuted", "tell", "Mukasey"),
    ],
)
def test_reporting_cues(nlp: Language, text: str, word: str, cue: str, speaker: str) -> None:
    speech = find_speech(_token(nlp(text), word))
    assert speech is not None, text
    assert (speech.cue, [t.text for t in speech.speakers]) == (cue, [speaker])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the speaker's own act, coordinated with the reporting verb
        ("China said it was opposed to the test and warned North Korea.", "warned"),
        ("The minister said nothing and attacked the press.", "attacked"),
        # a relative clause on the speaker is not what the speaker said
        ("The officer who shot Scott said he was sorry.", "shot"),
        # time clauses and framing participles on the reporting verb
        ("That was what Liz Wahl said when she resigned from the network.", "resigned"),
        ("Asked to describe the device, O'Neill said it was a pipe.", "describe"),
        # nothing is claimed by a negated reporting verb, nor by a passive with no agent
        ("Officials would not say whether troops had attacked the village.", "attacked"),
        ("Two men were told to leave the country.", "leave"),
        ("Rebels were accused of shelling the village.", "shelling"),
        # perceived, not claimed
        ("Witnesses heard the crowd chant slogans.", "chant"),
        # the writer's aside on a name inside a claim
        ("Trump demanded a pledge not to pardon Hillary Clinton, who has not been charged with any crime.", "charged"),
        # no claim runs over a paragraph break, however the parse joins them
        ("Officials said the talks went well.\n\nRebels attacked the town", "attacked"),
    ],
)
def test_not_reported(nlp: Language, text: str, word: str) -> None:
    speech = find_speech(_token(nlp(text), word))
    assert speech is None or not speech.speakers, (speech.cue, [t.text for t in speech.speakers])


# -- DocAttributor: quotes, transcript turns, continuation -------------------------------------
def _attribute(nlp: Language, text: str, word: str, nth: int = 0):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    attributor = DocAttributor(doc, text, lambda heads: [])
    return attributor.attribute([t for t in doc if t.text == word][nth])


@pytest.mark.parametrize(
    ("text", "word", "speaker", "cue", "quote"),
    [
        # the speech verb next to the marks, after or before, straight, curly or ''
        ("“We will attack the base,” said Monika Bickert, head of policy at Facebook.", "attack", "Monika Bickert", "say", "We will attack the base,"),
        ("''We will attack the base,'' a spokesman said on Sunday.", "attack", "a spokesman", "say", "We will attack the base,"),
        ('The governor said: "Troops will withdraw from the city."', "withdraw", "The governor", "say", "Troops will withdraw from the city."),
        ('"We will attack the city,” the commander said.', "attack", "the commander", "say", "We will attack the city,"),
        # split across sentences; the speech verb nearest the marks wins over an earlier one
        ("“The army shelled our homes. They killed ten people,” the mayor told reporters.", "shelled", "the mayor", "tell", "The army shelled our homes. They killed ten people,"),
        ("Smith said the talks had failed. “Rebels attacked the convoy,” said Jones.", "attacked", "Jones", "say", "Rebels attacked the convoy,"),
        # a quote of several paragraphs: the speaker is named at its last part
        ("“The army shelled our homes.\n\n“They killed ten people,” the mayor said.", "shelled", "the mayor", "say", "The army shelled our homes."),
        # the same speaker going on in a new quote
        ("“We will fight,” the commander said. “We will attack the city.”", "attack", "the commander", "say", "We will attack the city."),
        # any verb before a colon that opens the quote
        ("Cruz called them on it:\n\n“The moderators attacked us.”", "attacked", "Cruz", "call", "The moderators attacked us."),
        # transcript turns, bare or each opening with a quotation mark
        ("WALLACE: Will she attend?\n\nPENCE: Trump invited her to the debate.", "invited", "PENCE", "say", "Trump invited her to the debate."),
        ('"WALLACE: Will she attend?\n\n"PENCE: Trump invited her to the debate.', "invited", "PENCE", "say", "Trump invited her to the debate."),
    ],
)
def test_direct_quotes(nlp: Language, text: str, word: str, speaker: str, cue: str, quote: str) -> None:
    att = _attribute(nlp, text, word)
    assert att is not None
    assert (att.speaker.text, att.cue, att.quote, att.direct) == (speaker, cue, quote, True)
    assert text[att.speaker.start : att.speaker.end] == speaker


@pytest.mark.parametrize(
    ("text", "word", "speaker", "cue"),
    [
        # unresolved speakers are kept as written
        ("Local sources say the army shelled the village.", "shelled", "Local sources", "say"),
        ("The army shelled the village, according to officials.", "shelled", "officials", "according to"),
        ("The minister spoke at length, even suggesting that the rebels had attacked first.", "attacked", "The minister", "suggest"),
        # no stray paragraph in the speaker's mention
        ("Officials met on Monday.\n\nDean told reporters that troops had withdrawn.", "withdrawn", "Dean", "tell"),
    ],
)
def test_indirect_speech(nlp: Language, text: str, word: str, speaker: str, cue: str) -> None:
    att = _attribute(nlp, text, word)
    assert att is not None
    assert (att.speaker.text, att.cue, att.quote, att.direct) == (speaker, cue, None, False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a new paragraph starts a new statement: its speaker does not reach back
        ("“The police attacked us.”\n\nThe mayor said the city was calm.", "attacked"),
        # a section label is not a speaker
        ("UPDATE: Police arrested two men.", "arrested"),
        ("Editor's note: Police arrested two men.", "arrested"),
        # "he" / "she" after a quote narrate: the speaker does not go on
        ("“We will win,” Smith said. He attacked the press on Monday.", "attacked"),
    ],
)
def test_no_speaker(nlp: Language, text: str, word: str) -> None:
    assert _attribute(nlp, text, word) is None


def test_quoted_speaker_goes_on_without_marks(nlp: Language) -> None:
    text = "“We will not talk to them,” the minister said. We have no reason to trust them."
    att = _attribute(nlp, text, "trust")
    assert att is not None and att.speaker.text == "the minister" and not att.direct


def test_speaker_labels(nlp: Language) -> None:
    text = "PENCE: Well, look.\nThe Latest: Trump wins.\nUPDATE: More news.\nQ: Why?\n\"WALLACE: Thank you."
    labels = [text[t.label_start : t.label_end] for t in find_turns(nlp(text), text)]
    assert labels == ["PENCE", "WALLACE"]


# -- end to end ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "speaker", "cue", "direct"),
    [
        ("Officials said rebels attacked the convoy on Monday.", "attacked", "Officials", "say", False),
        ("“We will attack the base,” the Taliban spokesman said.", "attack", "the Taliban spokesman", "say", True),
        ("Clinton called on Trump to stop attacking immigrants.", "attacking", "Clinton", "call", False),
        ("Police said the officer who shot Scott was not wearing a camera.", "shot", "Police", "say", False),
        ("Asked about the protests, the mayor said police arrested ten people.", "arrested", "the mayor", "say", False),
        ("China said it was opposed to the test and warned North Korea.", "warned", None, None, False),
    ],
)
def test_events_get_their_speaker(coder, text: str, trigger: str, speaker: str | None, cue: str | None, direct: bool) -> None:  # type: ignore[no-untyped-def]
    ev = next(e for e in coder.code_text(text) if e.evidence.trigger == trigger)
    att = ev.attribution
    got = (att.speaker.text, att.cue, att.direct) if att else (None, None, False)
    assert got == (speaker, cue, direct)
