"""Events named by a noun (data/lexicon/nouns.yaml): "a 24-hour stoppage shut every
station", "the talks ended". Sentences are our own; each asserts the exact coding."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.classify import Codebook
from eventcoder.classify.nouns import NounLexicon
from eventcoder.errors import DataFileError


def _codes(actors: list[Any]) -> list[str | None]:
    return [a.code for a in actors]


def _rows(events: list[Any]) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    return [(e.evidence.trigger, e.cameo_code, [a.code for a in e.source], [a.code for a in e.target]) for e in events]


def test_a_noun_subject_of_an_effect_verb_is_the_event(coder: Any) -> None:
    events = coder.code_text("A 24-hour stoppage by metro workers shut every station in Lisbon on Tuesday.", date="2025-05-14")
    assert _rows(events) == [("24-hour stoppage by metro workers shut", "143", ["PRTLAB"], [])]
    assert (events[0].date.start, events[0].date.precision) == ("2025-05-13", "day")
    assert events[0].location is not None and events[0].location.name == "Lisbon"


def test_the_definite_noun_takes_the_earlier_event_actors_and_date(coder: Any) -> None:
    text = ("Armenia and Azerbaijan opened talks in Washington on Monday. "
            "The talks ended without an agreement, officials said.")
    events = coder.code_text(text, date="2025-05-14")
    talks = [e for e in events if e.sentence_index == 1]
    assert _rows(talks) == [("talks ended", "040", ["ARM", "AZE"], [])]
    assert (talks[0].date.start, talks[0].date.precision) == ("2025-05-12", "day")


def test_between_names_both_sides_and_of_names_the_people_acted_on(coder: Any) -> None:
    assert _rows(coder.code_text("Talks between Serbia and Kosovo resumed in Brussels.", date="2025-05-14")) == [
        ("Talks between Serbia and Kosovo resumed", "040", ["SRB", "XKX"], [])]
    assert _rows(coder.code_text("The release of five Turkish journalists followed a court ruling.", date="2025-05-14")) == [
        ("release of five Turkish journalists followed", "0841", [], ["TURMED"])]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The release of the annual report followed a long delay.", "0841"),  # not people
        ("A planned strike by teachers began on Monday.", "143"),  # planned: not a report of it
        ("The minister said the talks would continue.", "040"),  # modal: a statement
        ("The strike ended on Monday.", "143"),  # bare "strike": an air strike or a walkout?
        ("The talks did not begin on time.", "040"),  # negated
    ],
)
def test_no_event_from_the_noun(coder: Any, text: str, code: str) -> None:
    assert [e.cameo_code for e in coder.code_text(text, date="2025-05-14") if e.cameo_code == code] == []


def test_a_bomb_that_exploded_is_one_bombing(coder: Any) -> None:
    # the participle "killing" tells the same blast, not a second event
    events = coder.code_text("A car bomb exploded in a market in Baghdad on Thursday, killing 16 people.", date="2025-05-16")
    assert _rows(events) == [("car bomb exploded", "183", [], [])]
    assert (events[0].date.start, events[0].location.name) == ("2025-05-15", "Baghdad")


def test_between_on_the_verb_names_both_sides_of_fighting(coder: Any) -> None:
    events = coder.code_text("Fighting erupted between South Sudanese government forces and the main rebel group on Saturday.",
                             date="2025-05-14")
    assert _rows(events) == [("Fighting erupted", "190", ["SSDMIL", "SSDREB"], [])]


def test_a_verb_event_of_the_same_type_is_kept(coder: Any) -> None:
    # "hit" already codes the assault: the noun adds nothing
    events = coder.code_text("The Israeli air strike hit a house in Gaza on Sunday.", date="2025-05-14")
    assert [(e.evidence.trigger.split()[0], e.plover_type) for e in events] == [("hit", "ASSAULT")]


def test_bad_noun_file_names_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "nouns.yaml"
    path.write_text("verbs: [end]\npassive_verbs: [hold]\nskip_modifiers: [planned]\n"
                    "entries:\n  - code: '999'\n    nouns: [talks]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"entry 1: unknown CAMEO code '999'"):
        NounLexicon.load(Codebook.load(), path)
    path.write_text("verbs: [end]\npassive_verbs: [hold]\nskip_modifiers: [planned]\n"
                    "entries:\n  - code: '040'\n    nouns: [talks]\n    colour: red\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"unknown field\(s\) \['colour'\]"):
        NounLexicon.load(Codebook.load(), path)
    # a bare retelling must be a noun of an entry that asks for an "of" phrase
    path.write_text("verbs: [end]\npassive_verbs: [hold]\nskip_modifiers: [planned]\nbare_retellings: [talks]\n"
                    "entries:\n  - code: '040'\n    nouns: [talks]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bare_retellings: 'talks' is no noun of an entry with of_words"):
        NounLexicon.load(Codebook.load(), path)


def test_an_event_a_reaction_or_after_takes_as_done(coder: Any) -> None:
    events = coder.code_text("The UN welcomed the release of 40 Serbian students on Monday.", date="2025-07-14")
    release = [e for e in events if e.cameo_code == "0841"]
    assert _rows(release) == [("release", "0841", [], ["SRBEDU"])]
    assert release[0].date.precision == "document"  # released before the welcome, day unknown
    events = coder.code_text("After a day of negotiations, Chad and Sudan agreed to reopen the border.", date="2025-07-14")
    assert [(e.evidence.trigger, e.cameo_code) for e in events if e.plover_type == "CONSULT"] == [("negotiations", "040")]


def test_a_possessive_day_dates_the_noun_and_is_no_actor(coder: Any) -> None:
    events = coder.code_text("Amnesty condemned Sunday's air raid on a market in Sagaing.", date="2025-07-14")
    raid = [e for e in events if e.cameo_code == "195"]
    assert _rows(raid) == [("air raid", "195", [], [])]
    assert (raid[0].date.start, raid[0].date.precision) == ("2025-07-13", "day")


def test_a_noun_after_since_leaves_the_verb_event_alone(coder: Any) -> None:
    events = coder.code_text("A court freed five Turkish reporters who had been detained since police raids on Wednesday.",
                             date="2025-04-11")
    assert sorted(e.cameo_code for e in events) == ["0841", "173"]


def test_people_killed_in_an_event_date_it(coder: Any) -> None:
    # the dead died on the event's day; the victims' funeral came after it
    events = coder.code_text("Two policemen died in an ambush near Kidal on Monday, the army said.", date="2025-10-08")
    assert [(e.evidence.trigger, e.cameo_code, e.date.start, e.date.precision) for e in events] == [
        ("ambush", "190", "2025-10-06", "day")]
    events = coder.code_text("Relatives gathered on Tuesday to bury the victims of Saturday's shelling of Kharkiv.",
                             date="2025-10-08")
    assert [(e.evidence.trigger, e.cameo_code, [a.code for a in e.target], e.date.start) for e in events] == [
        ("shelling", "194", ["UKR"], "2025-10-04")]


def test_a_denied_effect_does_not_negate_a_known_event(coder: Any) -> None:
    events = coder.code_text("The release of 12 Kenyan fishermen on Monday has not ended the row over the islands.",
                             date="2025-10-08")
    assert [(e.cameo_code, [a.code for a in e.target], e.negated) for e in events] == [("0841", ["KENAGR"], False)]
    # but a denied happening is no report of it, and an indefinite noun's denied effect neither
    assert coder.code_text("The talks did not take place.", date="2025-10-08") == []
    assert coder.code_text("No strike has ended the dispute.", date="2025-10-08") == []


def test_talks_that_made_progress_took_place(coder: Any) -> None:
    assert _rows(coder.code_text("Talks between Egypt and Ethiopia made progress on Sunday, officials said.",
                                 date="2025-10-08")) == [("Talks between Egypt and Ethiopia made", "040", ["EGY", "ETH"], [])]


def test_a_noun_n_days_after_counts_from_the_clause(coder: Any) -> None:
    events = coder.code_text("Dock workers went back to work on Friday, two days after a march by port workers turned violent.",
                             date="2025-10-08")
    assert [(e.cameo_code, e.date.start, e.date.precision) for e in events] == [("141", "2025-10-01", "day")]


def test_aid_that_arrives_was_delivered_and_from_names_its_giver(coder: Any) -> None:
    events = coder.code_text("Emergency food aid from the WFP reached families in Kassala on Monday.", date="2026-03-12")
    assert [(e.cameo_code, [a.code for a in e.source]) for e in events] == [("073", ["IGOWFP"])]
    events = coder.code_text("Turkish relief convoys carrying tents reached Idlib on Wednesday.", date="2026-03-12")
    assert [(e.cameo_code, [a.code for a in e.source], e.location.text) for e in events] == [("073", ["TUR"], "Idlib")]
    # an attacked convoy delivered nothing
    events = coder.code_text("The aid convoy was attacked near Goma.", date="2026-03-12")
    assert [e.plover_type for e in events] == ["ASSAULT"]


def test_a_phone_call_that_took_place_is_a_consultation(coder: Any) -> None:
    text = "A telephone conversation between the Turkish president and his Iraqi counterpart took place on Sunday."
    events = coder.code_text(text, date="2026-03-12")
    assert [(e.cameo_code, e.date.start) for e in events] == [("040", "2026-03-08")]


# -- retold events (session 8): the noun as the subject of any verb, after "since", "under"
# or "thanks to", or in what someone "said of" it; entries that need a party, a preposition
# or an "of" word

def _one(coder: Any, text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.cameo_code, [a.code for a in e.source], [a.code for a in e.target])
            for e in coder.code_text(text, date="2025-10-06")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive names the source; a later verb of any kind says the event was done
        ("Peru's accusation that Chilean trawlers had entered its waters dominated the bulletins.",
         [("112", ["PER"], [])]),
        # the clause that tells it: its subject, its indirect object
        ("The ultimatum Ankara gave Stockholm over the exiles was printed in full by a Swedish daily.",
         [("139", ["TURGOV"], ["SWEGOV"])]),
        ("The warning Israel gave Hezbollah was broadcast on Lebanese television.",
         [("130", ["ISR"], ["LBNINS"])]),
        # an "of" word chooses the entry, and its phrase gives the parties
        ("The cut in British aid to Malawi has shut two teacher-training colleges.",
         [("162", ["GBR"], ["MWI"])]),
        ("Since the severing of ties between Morocco and Iran, the embassy building has stood empty.",
         [("161", [], ["MAR", "IRN"])]),
        # "thanks to", "said of"
        ("Thanks to the donation from South Korea, clinics in Dhaka restocked their vaccine fridges.",
         [("070", ["KOR"], [])]),
        ('"We stand by every word," a spokesman said of Peru\'s complaint against Chile.',
         [("052", ["GOV"], []), ("114", ["PER"], ["CHL"])]),
        # a preposition chooses the entry: a call with someone is a phone call, a call for
        # something an appeal
        ("The call with India's foreign minister lasted an hour, a Chinese spokesperson said.",
         [("041", [], ["INDGOV"])]),
        # a two-word name's first word is not a party ("prisoner exchange")
        ("The prisoner exchange between Armenia and Azerbaijan brought 12 soldiers home.",
         [("0841", ["ARM", "AZE"], [])]),
    ],
)
def test_a_retold_event_noun(coder: Any, text: str, expected: list[Any]) -> None:
    assert _one(coder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The charge d'affaires met the deputy foreign minister on Monday.",  # no party: no accusation
        "China's demand for soybeans rose again in March.",  # "demand for" is not a demand
        "The closure of the embassy canteen was announced.",  # not an "of" word of breaking ties
    ],
)
def test_no_retold_event_without_its_party_or_preposition(coder: Any, text: str) -> None:
    codes = [e.cameo_code for e in coder.code_text(text, date="2025-10-06")]
    assert not any(c in {"112", "100", "161"} for c in codes), codes


def test_the_telling_clause_dates_and_places_the_event(coder: Any) -> None:
    events = coder.code_text("The accusation Yerevan aimed at Baku on Tuesday was repeated at the United Nations on Friday.",
                             date="2025-10-06")
    assert _rows(events) == [("accusation Yerevan aimed", "112", ["ARMGOV"], ["AZEGOV"])]  # (verbs.yaml: aim an accusation at)
    assert (events[0].date.start, events[0].date.precision) == ("2025-09-30", "day")
    # the clause's subject parsed as an apposition, and a preposition hung on its verb
    events = coder.code_text("Under the deal Ghana and Togo signed in Lome on Monday, the border posts will open at night.",
                             date="2025-10-08")
    assert _rows(events) == [("deal", "057", ["GHA", "TGO"], [])]
    assert (events[0].date.start, events[0].location.name if events[0].location else None) == ("2025-10-06", "Lomé")


def test_a_later_verb_gives_the_retold_event_neither_date_nor_place(coder: Any) -> None:
    events = coder.code_text("Kenya's complaint against Uganda dominated talk shows in Nairobi on Sunday.", date="2025-10-06")
    assert _rows(events) == [("complaint", "114", ["KEN"], ["UGA"])]
    assert events[0].date.precision == "document" and events[0].location is None


def test_what_a_threat_or_an_appeal_names_is_not_done(coder: Any) -> None:
    events = coder.code_text("Serbia's threat to send troops into Kosovo made headlines in Pristina.", date="2025-10-06")
    by_code = {e.cameo_code: e for e in events}
    assert set(by_code) == {"130", "154"}
    assert by_code["130"].modality == "asserted" and [a.code for a in by_code["130"].source] == ["SRB"]
    assert by_code["154"].modality == "intended"
    # the noun governs its infinitive as the verb would ("appealed to India to reopen"): an
    # appeal to yield, addressed to India, and what it asks for, demanded
    events = coder.code_text("Nepal's appeal to India to reopen the fuel route went unanswered.", date="2025-10-06")
    assert sorted((e.cameo_code, e.modality, _codes(e.source), _codes(e.target)) for e in events) == [
        ("0255", "asserted", ["NPL"], ["IND"]), ("0863", "demanded", [], [])]
    # a vow to use force is a threat, dated by the report, not by the clause around it
    events = coder.code_text("The Israeli vow to bomb the airport if arms flights continued has cut bookings by half on Monday.",
                             date="2025-10-08")
    assert [(e.cameo_code, _codes(e.source), e.date.precision) for e in events] == [("138", ["ISR"], "document")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agent of a passive: the event did it ("stranded by the walkout of subway workers")
        ("Commuters in Busan were stranded on Thursday by the walkout of metro workers.", [("143", ["KORLAB"], [])]),
        # (a lower-case word is no place name: "metro" is not Metro in Indonesia)
        # the subject of its own relative clause
        ("The car bomb that tore through a checkpoint in Kirkuk on Friday has shut the market.", [("183", [], [])]),
        # a noun parsed as the sentence's head, its verb hung on a later noun
        ("Kenya's renewed plea to Britain for more helicopters dominated the briefing in London.",
         [("020", ["KEN"], ["GBR"])]),
        # the forces of a deployment are its source; a police raid is the police's
        ("The surge of Ugandan troops to the border with South Sudan has been explained by Kampala as a rotation.",
         [("154", ["UGAMIL"], [])]),
        ("The police raid on the offices of an opposition weekly in Lusaka knocked its website offline.",
         [("173", ["ZMBCOP"], [])]),
        # an "of" word picks the kind of ban
        ("Ghana's ban on poultry imports from Togo doubled egg prices in Accra.", [("163", ["GHA"], ["TGO"])]),
        ("The suspension of two private radio stations by Mali's junta was reported by state television.",
         [("172", ["MLIGOV"], [])]),
    ],
)
def test_more_retold_event_nouns(coder: Any, text: str, expected: list[Any]) -> None:
    assert _one(coder, text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Two bombs fell on the market in Khost on Friday.", "183"),  # a bomb that fell went off
        ("Three soldiers died in an exchange of fire near Chaman on Sunday.", "190"),  # an exchange of fire
        ("The pause in hostilities let families in Khartoum bury their dead.", "0871"),  # a pause in the fighting
    ],
)
def test_falls_exchanges_and_pauses(coder: Any, text: str, code: str) -> None:
    assert [e.cameo_code for e in coder.code_text(text, date="2025-10-06")] == [code]


def test_an_event_that_came_or_poured_in(coder: Any) -> None:
    events = coder.code_text("Criticism of Hungary's new media law poured in from Brussels on Wednesday.", date="2025-10-06")
    assert [(e.cameo_code, _codes(e.target)) for e in events] == [("111", ["HUN"])]


def test_a_verb_gives_way_only_to_a_noun_event_that_is_coded(coder: Any) -> None:
    # "deal" needs a party to be an agreement; with none, the verb's own event stands
    assert [e.cameo_code for e in coder.code_text("The deal ended the strike at the port.", date="2025-10-06")] == ["082"]
    # with a party the noun is the event, and the verb event with no source gives way
    codes = [e.cameo_code for e in coder.code_text("The deal Ghana and Togo signed ended the strike at the port.",
                                                   date="2025-10-06")]
    assert "057" in codes


def test_aid_that_arrives_in_a_shipment_or_by_itself(coder: Any) -> None:
    rows = [(e.evidence.trigger, e.cameo_code, _codes(e.source), e.date.start)
            for e in coder.code_text("A shipment of Turkish aid arrived in Beirut on Sunday.", date="2025-05-14")]
    assert rows == [("Turkish aid arrived", "073", ["TUR"], "2025-05-11")]
    rows = [(e.evidence.trigger, e.cameo_code, e.date.start) for e in coder.code_text(
        "The medicines, which landed at the airport on Saturday, include antibiotics.", date="2025-05-14")]
    assert rows == [("medicines, which landed", "073", "2025-05-10")]
    # bare "aid" is aid given only when it arrives
    assert coder.code_text("US aid to Ukraine began in 2022.", date="2025-05-14") == []


def test_the_blockade_after_a_road_blocked_by_civilians_is_their_obstruction(coder: Any) -> None:
    text = "Around 400 fishermen blocked a seafront road in Valparaiso on Tuesday. The blockade lasted until the evening."
    rows = [(e.evidence.trigger, e.cameo_code, _codes(e.source), e.date.start) for e in coder.code_text(text, date="2024-11-20")]
    assert rows == [("blocked a seafront road", "144", ["CHLAGR"], "2024-11-19"), ("blockade lasted", "144", ["CHLAGR"], "2024-11-19")]
    text = "The navy imposed a blockade on the port on Tuesday. The blockade lasted until the evening."
    assert [e.cameo_code for e in coder.code_text(text, date="2024-11-20")] == ["191", "191"]


def test_the_toll_before_an_inverted_left_names_what_left_it(coder: Any) -> None:
    # (translated word order: "dejó tres muertos la explosión de un coche bomba")
    [event] = coder.code_text("Three persons dead and eleven wounded left the explosion of a car bomb on Tuesday in Cali.",
                              date="2025-05-14")
    assert (event.cameo_code, event.date.start) == ("183", "2025-05-13")
    assert coder.code_text("The guests left the party at midnight.", date="2025-05-14") == []


def test_the_measures_after_told_sanctions_are_those_sanctions(coder: Any) -> None:
    text = ("Argentina imposed sanctions on eleven members of the gang on Monday. "
            "The measures also cover a money transfer company in Buenos Aires.")
    rows = [(e.evidence.trigger, e.cameo_code, _codes(e.source), e.date.start) for e in coder.code_text(text, date="2025-11-27")]
    assert rows == [("imposed sanctions", "163", ["ARG"], "2025-11-24"), ("measures", "163", ["ARG"], "2025-11-24")]
    # measures of anything else are no sanctions
    text = "Police detained 40 people on Monday. The measures took effect at midnight."
    assert [e.cameo_code for e in coder.code_text(text, date="2025-11-27")] == ["173"]


def test_a_march_that_travelled_the_streets_and_a_strike_of_named_workers(coder: Any) -> None:
    rows = _rows(coder.code_text("A march in defence of the water travelled yesterday the streets of Cuenca.",
                                 date="2025-11-27"))
    assert rows == [("march in defence of the water travelled", "141", [], [])]
    rows = _rows(coder.code_text("The strike of the dockworkers paralysed the port of Valparaiso on Tuesday.",
                                 date="2025-11-27"))
    assert rows == [("strike of the dockworkers paralysed", "143", ["CHLLAB"], [])]
    # a bare strike, of nobody named, may be a military one
    assert coder.code_text("The strike on the port paralysed trade on Tuesday.", date="2025-11-27") == []


def test_the_blast_after_a_told_bombing_and_no_bare_explosion(coder: Any) -> None:
    text = ("The army ordered a review of escort routes on Wednesday, a day after two rangers were killed by a "
            "roadside bomb. The blast in Rueso district also wounded three other rangers.")
    rows = [(e.sentence_index, e.evidence.trigger, e.cameo_code, e.date.start) for e in coder.code_text(text, date="2025-11-05")]
    assert rows[-1] == (1, "blast", "183", "2025-11-04")
    # alone, an explosion may be an accident; an explosion of a volcano is a hazard; and the
    # explosion of a car bomb is the bomb's event, told once
    assert coder.code_text("An explosion at the plant caused a fire on Tuesday.", date="2025-11-05") == []
    text = "Rebels attacked a village on Monday. Animals were affected by the explosion of the volcano."
    assert [e.sentence_index for e in coder.code_text(text, date="2025-11-05")] == [0]
    rows = _rows(coder.code_text("Three persons dead and eleven wounded left the explosion of a car bomb on Tuesday.",
                                 date="2025-11-05"))
    assert [r[1] for r in rows] == ["183"]


def test_a_vehicle_that_arrives_with_aid_goods_delivers_aid(coder: Any) -> None:
    rows = [(e.cameo_code, _codes(e.source)) for e in coder.code_text(
        "Thirty Jordanian trucks carrying flour reached the Syrian city of Sweida on Friday.", date="2026-01-14")]
    assert rows == [("073", ["JOR"])]
    rows = [(e.cameo_code, _codes(e.source), e.date.start) for e in coder.code_text(
        "A Kuwaiti aircraft loaded with 38 tons of relief items arrived at Port Sudan airport yesterday.", date="2026-07-30")]
    assert rows == [("073", ["KWT"], "2026-07-29")]
    # a vehicle with no aid goods, or none named, delivers no aid
    assert coder.code_text("Trucks carrying fuel reached the city on Friday.", date="2026-01-14") == []
    assert coder.code_text("The trucks reached the border on Friday.", date="2026-01-14") == []


def test_the_vehicle_after_a_told_delivery_is_that_delivery(coder: Any) -> None:
    text = ("Kuwait sent a plane loaded with relief to Sudan on Monday. "
            "The aircraft, which landed in Port Sudan in the afternoon, is the first of three flights.")
    rows = [(e.sentence_index, e.cameo_code, _codes(e.source), e.date.start) for e in coder.code_text(text, date="2026-07-05")]
    assert rows == [(0, "073", ["KWT"], "2026-06-29"), (1, "073", ["KWT"], "2026-06-29")]
    # the delivery told with a vehicle, not the last one told
    text = ("Fiji sent a navy ship loaded with drinking water to Tuvalu, after Australia airlifted supplies on Tuesday. "
            "The vessel reached Funafuti on Thursday.")
    rows = [(e.sentence_index, _codes(e.source)) for e in coder.code_text(text, date="2026-11-20")]
    assert rows[-1] == (1, ["FJI"])
    # no delivery told: a vehicle is no event
    assert coder.code_text("The army shelled the town on Monday. The trucks reached the border on Tuesday.",
                           date="2026-07-05")[1:] == []


def test_a_counted_vehicle_or_a_named_load_after_a_told_delivery_is_that_delivery(coder: Any) -> None:
    text = ("A Jordanian aid convoy crossed into Syria on Friday, carrying flour for bakeries in Sweida. "
            "The 30 trucks were handed over to the Syrian Arab Red Crescent at the crossing.")
    rows = [(e.sentence_index, e.cameo_code, _codes(e.source), e.date.start) for e in coder.code_text(text, date="2026-01-16")]
    assert rows == [(0, "073", ["JOR"], "2026-01-16"), (1, "073", ["JOR"], "2026-01-16")]
    text = ("Kazakhstan flew 20 tonnes of food to western Mongolia on Wednesday. "
            "The cargo was unloaded at the airport in Olgii.")
    rows = [(e.sentence_index, e.cameo_code, _codes(e.target)) for e in coder.code_text(text, date="2026-03-11")]
    assert rows == [(0, "073", ["MNG"]), (1, "073", ["MNG"])]
    text = ("Japan delivered emergency relief supplies to Samoa on Monday. "
            "The goods including tents and water tanks were handed over to the Samoan government.")
    rows = [(e.sentence_index, e.cameo_code, _codes(e.source)) for e in coder.code_text(text, date="2025-02-20")]
    assert rows == [(0, "073", ["JPN"]), (1, "073", ["JPN"])]
    # a load that carries aid goods arrives as a vehicle does
    rows = [e.cameo_code for e in coder.code_text("A shipment of 40 tonnes of flour reached Aden on Sunday.", date="2026-01-16")]
    assert rows == ["073"]
    # no delivery of aid told: a cargo is no event, counted or not
    text = "Police seized a cargo of cocaine in the port. The cargo was unloaded at the customs yard."
    assert [e.cameo_code for e in coder.code_text(text, date="2026-01-16")] == ["1711"]
    text = "China imposed tariffs on Australian wine on Monday. The goods were held at the port."
    assert [e.cameo_code for e in coder.code_text(text, date="2026-01-16")] == ["163"]
    text = "The army shelled the town on Monday. The 30 trucks reached the border on Tuesday."
    assert [e.sentence_index for e in coder.code_text(text, date="2026-07-05")] == [0]


def test_the_object_of_a_verb_first_sentence_with_no_subject_is_its_subject(coder: Any) -> None:
    # (translated verb-first order: "Entró en su segundo día la huelga ...")
    rows = [(e.cameo_code, e.date.start) for e in coder.code_text(
        "Continued yesterday the strike of the dockworkers in the port of Santos.", date="2026-01-07")]
    assert rows == [("143", "2026-01-06")]
    rows = [(e.cameo_code, e.date.start) for e in coder.code_text(
        "Entered in its second day this Wednesday the strike of the agents of urban cleaning.", date="2026-01-07")]
    assert rows == [("143", "2026-01-06")]  # (in its second day on Wednesday: it began on Tuesday)


def test_a_weekday_s_event_after_a_told_one_is_that_event(coder: Any) -> None:
    text = "Greek seamen staged a one-day walkout on Thursday. Thursday's strike shut down almost all ferry routes."
    rows = [(e.sentence_index, e.cameo_code, _codes(e.source), e.date.start) for e in coder.code_text(text, date="2026-08-15")]
    assert rows == [(0, "143", ["GRCCVL"], "2026-08-13"), (1, "143", ["GRCCVL"], "2026-08-13")]
    # last year's is another event
    text = "Greek seamen staged a one-day walkout on Thursday. Last year's strike shut down almost all ferry routes."
    assert [e.sentence_index for e in coder.code_text(text, date="2026-08-15")] == [0]


def test_an_indefinite_noun_the_parser_makes_the_head_takes_a_verb_of_happening(coder: Any) -> None:
    # "travelled" hung on "water" as a participle, the march made the sentence's head
    rows = _rows(coder.code_text("A multitudinous march in defence of the water travelled yesterday, Wednesday, the "
                                 "streets of the historic centre of Cuenca.", date="2025-11-27"))
    assert [r[1] for r in rows] == ["141"]


def test_a_participle_before_a_definite_noun_names_the_act_the_report_told(coder: Any) -> None:
    text = ("Police arrested 23 minibus drivers in Maputo on Monday. "
            "The 23 detained drivers are due to appear before a Maputo court on Thursday.")
    rows = [(e.sentence_index, e.plover_type, _codes(e.source), e.date.start, e.modality) for e in coder.code_text(text, date="2026-01-16")]
    assert rows == [(0, "COERCE", ["MOZCOP"], "2026-01-12", "asserted"), (1, "COERCE", ["MOZCOP"], "2026-01-12", "asserted")]
    text = ("Suriname expelled a French diplomat on Tuesday. "
            "The expelled diplomat left for Cayenne on a morning flight, a Surinamese official said.")
    rows = [(e.sentence_index, e.cameo_code, _codes(e.source), _codes(e.target), e.date.start)
            for e in coder.code_text(text, date="2026-01-16")]
    assert rows[-1] == (1, "161", ["SUR"], ["FRAGOV"], "2026-01-13")
    # a participle the tagger calls an adjective; and the noun is not the told act's doer
    text = ("Six civilians were shot dead by jihadists on Friday. "
            "A spokesman said security forces were searching for the four abducted women.")
    rows = [(e.sentence_index, e.plover_type, _codes(e.source), _codes(e.target)) for e in coder.code_text(text, date="2025-02-09")]
    assert rows[-1][:3] == (1, "ASSAULT", ["INS"]) and rows[-1][3] != ["INS"]
    text = "Canada imposed sanctions on five Nicaraguan officials on Monday. The sanctioned officials may not travel to Canada."
    rows = [(e.sentence_index, e.cameo_code, _codes(e.source)) for e in coder.code_text(text, date="2025-02-09")
            if e.cameo_code == "163"]
    assert rows == [(0, "163", ["CAN"]), (1, "163", ["CAN"])]
    # no such act told, or told too far back (a digest of stories): no event
    assert coder.code_text("The detained drivers are due to appear before a Maputo court on Thursday.", date="2026-01-16") == []
    text = ("Police arrested 23 minibus drivers in Maputo on Monday. Fuel prices rose. Bakeries shut. "
            "Schools closed. The detained vessels remain at the port.")
    assert [e.sentence_index for e in coder.code_text(text, date="2026-01-16")] == [0]



def test_a_participle_with_an_object_right_after_an_event_noun_is_its_verb(coder) -> None:  # type: ignore[no-untyped-def]
    # "as the 24-hour stoppage grounded dozens of departures", parsed as a noun with a
    # participle on it
    events = coder.code_text("Bags piled up at Terminal 2 as the 24-hour stoppage grounded dozens of departures.",
                             date="2026-07-04")
    assert [(e.cameo_code, e.evidence.trigger) for e in events] == [("143", "24-hour stoppage grounded")]
    # a participle with no object is a modifier: "the flights grounded by the stoppage"
    assert coder.code_text("Passengers waited for the flights grounded at Terminal 2.", date="2026-07-04") == []


def test_the_target_of_an_attack_with_a_time_of_day_between(coder) -> None:  # type: ignore[no-untyped-def]
    # translated: "was the target in the night of Wednesday to Thursday of an attack", with
    # the "of" hung on "night"; and the dead of that attack in the next sentence
    text = ("The brigade of gendarmerie of Batibo was the target in the night of Wednesday to Thursday of an attack of "
            "the armed secessionists.\nFour elements of the forces of defence and security lost the life there.")
    events = coder.code_text(text, date="2026-07-03")
    assert [(e.sentence_index, e.cameo_code, e.date.start) for e in events] == [
        (0, "190", "2026-07-02"), (1, "190", "2026-07-02")]
    # a night that saw no attack names none
    assert coder.code_text("The town was the focus in the night of Wednesday of a vigil for peace.", date="2026-07-03") == []


def test_a_ceremony_or_act_of_a_told_handover_retells_it(coder: Any) -> None:
    text = ("Nigeria delivered 40 tonnes of food aid to Equatorial Guinea. "
            "The act of delivery took place in the port of Malabo in presence of the consul general of Nigeria.")
    assert [(e.sentence_index, e.plover_type) for e in coder.code_text(text, date="2026-08-25")] == [
        (0, "AID"), (1, "AID")]
    # no handover told before: no retelling
    assert coder.code_text("The act of delivery took place in the port of Malabo.", date="2026-08-25") == []


def test_the_verb_of_a_bare_strike_says_which_strike_it_is(coder: Any) -> None:
    # a strike that enters a second day is a walkout, from the day before; one that kills an attack
    stretched = coder.code_text("The strike at Albion Estate stretched into a second day on Friday.", date="2027-11-06")
    assert [(e.cameo_code, e.date.start) for e in stretched] == [("143", "2027-11-04")]
    killed = coder.code_text("The strike killed five soldiers on Friday.", date="2027-11-06")
    assert [e.plover_type for e in killed] == ["ASSAULT"]
    # a bare strike with no verb of either kind is neither
    assert coder.code_text("The strike worried investors on Friday.", date="2027-11-06") == []


def test_the_dead_of_a_raid_or_a_clan_fight_make_it_an_attack(coder: Any) -> None:
    raid = coder.code_text("Nine people died in yesterday's raid on a settlement near Wabag.", date="2027-11-03")
    assert [(e.cameo_code, e.date.start) for e in raid] == [("190", "2027-11-02")]
    police = coder.code_text("One man died in a police raid on the slum.", date="2027-11-03")
    assert [e.cameo_code for e in police] == ["173"]
    fight = coder.code_text("A clan fight in the Ambum Valley left six people dead on Tuesday.", date="2027-11-05")
    assert [e.plover_type for e in fight] == ["ASSAULT"]
    # "after the raid" alone says neither a police raid nor an attack
    assert coder.code_text("The market reopened after the raid.", date="2027-11-03") == []


def test_participating_in_nothing_named_retells_the_told_protest(coder: Any) -> None:
    text = "Thousands marched in Lima on Monday. About 300 teachers also participated."
    assert [(e.sentence_index, e.cameo_code, e.date.start) for e in coder.code_text(text, date="2027-11-03")] == [
        (0, "141", "2027-11-01"), (1, "141", "2027-11-01")]
    # (translated: the counted people read as the object)
    text = ("Thousands of persons marched in Andorra la Vella this afternoon.\n"
            "According to the organisers participated more than 4,000 persons.")
    assert [e.sentence_index for e in coder.code_text(text, date="2027-11-03")] == [0, 1]
    # participating in something else is not the march
    text = "Thousands marched in Lima on Monday. Teachers participated in a meeting with the minister."
    assert [e.sentence_index for e in coder.code_text(text, date="2027-11-03")] == [0]
