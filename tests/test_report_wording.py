"""Wordings that different reports of one event use, and that must code alike for the
event merge to see them as one event (issue 4): passive "when" clauses, resultatives,
participles, instruments, place nouns named by "of", event nouns that refer back, and
actors located by "in <place>". Sentences are our own; each asserts the exact coding."""

from __future__ import annotations

from typing import Any

import pytest


def _one(coder: Any, text: str, date: str = "2025-03-14", *, trigger: str | None = None) -> Any:
    events = coder.code_text(text, date=date)
    if trigger is not None:
        events = [e for e in events if e.evidence.trigger.split()[0] == trigger]
    assert len(events) == 1, [(e.evidence.trigger, e.cameo_code) for e in events]
    return events[0]


def _codes(actors: list[Any]) -> list[str | None]:
    return [a.code for a in actors]


def test_when_clause_keeps_its_own_event(coder: Any) -> None:
    text = "Two civilians were killed when Kharkiv was shelled by Russian troops on March 3, Ukraine's emergency service said."
    events = coder.code_text(text, date="2025-03-04")
    assert [e.evidence.trigger for e in events] == ["killed", "shelled"]
    shelled = events[1]
    assert (shelled.cameo_code, _codes(shelled.source), _codes(shelled.target)) == ("194", ["RUSMIL"], ["UKR"])
    assert (shelled.date.start, shelled.date.precision) == ("2025-03-03", "day")


def test_participle_of_the_same_occasion_is_one_event(coder: Any) -> None:
    events = coder.code_text("Russian forces shelled Kharkiv again on Sunday, hitting a covered market.", date="2025-03-09")
    assert [(e.evidence.trigger, e.cameo_code) for e in events] == [("shelled", "194")]


@pytest.mark.parametrize(
    "text",
    [
        "Georgian police set free 35 protesters on Friday.",
        "Georgian police set the 35 protesters free on Friday.",
    ],
)
def test_set_free_is_a_release(coder: Any, text: str) -> None:
    event = _one(coder, text)
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("0841", ["GEOCOP"], ["GEOCVL"])


def test_set_up_is_not_a_release(coder: Any) -> None:
    assert all(e.cameo_code != "0841" for e in coder.code_text("The government set up a commission."))


def test_reduced_relative_participle_takes_the_noun_as_target(coder: Any) -> None:
    event = _one(coder, "Georgian police on Friday released 35 of the 41 protesters detained in Tbilisi the night before.", trigger="detained")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("173", [], ["GEOCVL"])
    assert event.location is not None and event.location.name == "Tbilisi"


def test_with_phrase_after_an_object_is_an_instrument(coder: Any) -> None:
    event = _one(coder, "Russian forces struck the market with artillery on Sunday.", date="2025-03-11")
    assert _codes(event.source) == ["RUSMIL"]
    assert all(a.text != "artillery" for a in event.target)


def test_with_phrase_after_an_event_noun_is_still_the_partner(coder: Any) -> None:
    event = _one(coder, "Lavrov said that Moscow was ready to expand energy cooperation with Islamabad.", trigger="expand")
    assert _codes(event.target) == ["PAKGOV"]


def test_noun_misparsed_as_clause_is_still_the_object(coder: Any) -> None:
    event = _one(coder, "Colombian government negotiators and ELN guerrillas signed a ceasefire deal in Havana yesterday.", date="2025-03-08")
    assert (event.plover_type, event.cameo_code) == ("RETREAT", "0871")
    assert _codes(event.source) == ["COLGOV", "COLREB"]


def test_hit_needs_a_physical_object(coder: Any) -> None:
    event = _one(coder, "Rebels hit an army base near Goma.")
    assert (event.plover_type, event.cameo_code) == ("ASSAULT", "190")
    assert coder.code_text("Inflation hit a record high in March.") == []


def test_definite_event_noun_takes_the_earlier_source(coder: Any) -> None:
    text = (
        "US warplanes struck Houthi targets around the Yemeni port of Hodeidah on Saturday.\n"
        "The strikes hit radar sites and weapons depots, according to a US official."
    )
    events = coder.code_text(text, date="2025-03-22")
    assert [(e.sentence_index, _codes(e.source)) for e in events] == [(0, ["USAMIL"]), (1, ["USAMIL"])]
    # an indefinite "strikes" refers to nothing told before
    assert [_codes(e.source) for e in coder.code_text("Strikes hit a market in Sanaa.")] == [[]]


def test_settlement_named_by_of_phrase_is_the_place(coder: Any) -> None:
    event = _one(coder, "Georgian police detained 12 demonstrators in the Black Sea city of Batumi on Thursday evening.")
    assert event.location is not None and event.location.name == "Batumi"


def test_actor_located_in_a_place_takes_its_country(coder: Any) -> None:
    event = _one(coder, "Police in the Black Sea port of Batumi detained 12 demonstrators.")
    assert _codes(event.source) == ["GEOCOP"]
    assert event.location is not None and event.location.name == "Batumi"


def test_nationality_wins_over_where_the_actor_is(coder: Any) -> None:
    event = _one(coder, "Kenyan troops in Somalia attacked al-Shabaab fighters.")
    assert _codes(event.source) == ["KENMIL"]


def test_brussels_as_an_actor_is_the_eu_but_as_a_place_is_brussels(coder: Any) -> None:
    event = _one(coder, "Brussels sanctioned eight Iranian officials on Monday.")
    assert _codes(event.source) == ["EURIGO"]
    met = _one(coder, "Leaders met in Brussels on Monday.")
    assert met.location is not None and met.location.name == "Brussels"


def test_target_of_a_sanction_is_not_its_place(coder: Any) -> None:
    event = _one(coder, "Iran was hit with new EU sanctions yesterday.")
    assert (event.cameo_code, _codes(event.target), event.location) == ("163", ["IRN"], None)
    attack = _one(coder, "Russia attacked Ukraine on Monday.")
    assert attack.location is not None and attack.location.country == "UKR"


def test_us_in_capitals_is_the_country(coder: Any) -> None:
    event = _one(coder, "The US imposed sanctions on Iran.")
    assert (_codes(event.source), _codes(event.target)) == (["USA"], ["IRN"])
    quoted = _one(coder, '"They attacked us," the mayor of Kharkiv said.')
    assert [a.text for a in quoted.target] == ["us"]


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Two Belarusian diplomats were sent home by Latvia last week.", "161", ["LVA"], ["BLRGOV"]),
        ("Police in Izmir picked up three reporters on Wednesday.", "173", ["TURCOP"], ["TURMED"]),
        ("Five journalists walked free from a courthouse in Istanbul yesterday.", "0841", [], ["TURMED"]),
        ("A Turkish court ordered the release of five journalists on Friday.", "0841", ["TURJUD"], ["TURMED"]),
        ("Russian drones struck the main power station in Kharkiv on Saturday.", "190", ["RUSMIL"], []),
    ],
)
def test_more_ways_to_say_it(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text)
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_sending_drones_without_a_recipient_is_not_military_aid(coder: Any) -> None:
    assert [e.cameo_code for e in coder.code_text("They sent six drones just after midnight.")] == []


def test_sentence_places_name_other_cities_but_not_actor_capitals(coder: Any) -> None:
    event = _one(coder, "Turkish police arrested three journalists working for a newspaper in the western city of Izmir.")
    assert event.location is None
    assert [c for _, c in event.sentence_places] == ["TUR"]
    truce = _one(coder, "Bogota and the ELN reached a ceasefire last week.")
    assert truce.sentence_places == []


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # an envoy's posting, not the envoy's own government, is the target
        ("Guyana recalled its ambassador to Venezuela on Saturday.", "161", ["GUY"], ["VEN"]),
        ("Guyana's ambassador in Caracas was withdrawn at the weekend.", "161", [], ["VENGOV"]),
        ("Georgetown has called home the Guyanese envoy.", "161", ["GUYGOV"], ["GUYGOV"]),
        ("Metro workers in Lisbon held a one-day strike yesterday.", "143", ["PRTLAB"], []),
        ("Finland held Russia responsible for the attack.", "112", ["FIN"], ["RUS"]),
        ('"We hold the Russian state responsible," the Finnish interior minister said.', "112", ["FINGOV"], ["RUS"]),
        ("Bus drivers in Porto stopped work over pay on Tuesday.", "143", ["PRTLAB"], []),
        # "navy boat" is a vessel, not an agent term: the country only (weak: VENMIL is better);
        # the trawler is its country's
        ("A Venezuelan navy boat seized a Guyanese fishing trawler on Monday.", "1711", ["VEN"], ["GUY"]),
    ],
)
def test_diplomacy_and_labour_wordings(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text)
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_a_venue_does_not_make_the_story_local(coder: Any) -> None:
    # "Cameroon" tagged as an organisation still names the country; Geneva is only the venue.
    event = _one(coder, "Cameroon's government and Anglophone separatist groups opened a new round of peace talks in Geneva on Wednesday.")
    assert _codes(event.source) == ["CMRGOV", "CMRREB"]
    assert event.target == []  # "a round of peace talks" is the event, not a party
    # with no country named at all, a city does say whose story it is
    court = _one(coder, "An Istanbul court on Friday freed five journalists.")
    assert _codes(court.target) == ["TURMED"]


def test_picked_up_and_booked_are_arrests_and_an_unresolved_patient_is_no_place(coder: Any) -> None:
    ev = _one(coder, "He was picked up by police from his home in south Delhi on Friday.", "2025-03-16")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == ("173", ["COP"], [])
    ev = _one(coder, "Sixty Gujarat residents have been booked under the Arms Act.", "2025-03-16")
    assert ev.cameo_code == "173"


def test_arrests_that_were_made_are_an_arrest(coder: Any) -> None:
    events = coder.code_text("More than 400 arrests have been made in Ahmedabad since Thursday.", date="2025-03-16")
    assert [(e.evidence.trigger, e.cameo_code) for e in events] == [("More than 400 arrests have been made", "173")]


def test_a_meeting_venue_is_not_the_story_country(coder: Any) -> None:
    ev = _one(coder, "The separatists met government envoys in Geneva on Monday.", "2025-03-18")
    assert (ev.cameo_code, _codes(ev.source), ev.location.name) == ("040", ["REB"], "Geneva")


def test_home_sectors_acting_in_a_city_take_its_country(coder: Any) -> None:
    ev = _one(coder, "Drivers stopped work in Porto on Tuesday.", "2025-03-19")
    assert (ev.cameo_code, _codes(ev.source)) == ("143", ["PRTLAB"])
    # armed forces may be foreign: no country from the place (here the story names two
    # countries as often, so it has no country of its own either)
    ev = _one(coder, "Soldiers fired on a crowd in Goma near the border with Rwanda on Tuesday.", "2025-03-19")
    assert [a.country for a in ev.source] == [None]
    # when the city is the only place named, the story is that country's, and so are its soldiers
    ev = _one(coder, "Soldiers fired on a crowd in Goma on Tuesday.", "2025-03-19")
    assert [a.country for a in ev.source] == ["COD"]


def test_a_place_name_two_countries_share_goes_to_the_actors_country(coder: Any) -> None:
    # Rosso is a town on both banks of the Senegal River; the article names Senegal first
    text = "Senegalese traders waited all day after Mauritanian border guards closed the crossing at Rosso on Monday."
    ev = _one(coder, text, "2025-03-18", trigger="closed")
    assert (_codes(ev.source), ev.location.name, ev.location.country) == (["MRTCOP"], "Rosso", "MRT")


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("The Indian foreign minister wrapped up a two-day visit to Dhaka on Friday.", "042", ["INDGOV"], ["BGDGOV"]),
        ("Security forces hauled in three journalists in Addis Ababa.", "173", ["ETHCOP"], ["ETHMED"]),
        ("Israeli jets rained bombs on Khan Younis on Tuesday.", "195", ["ISR"], [None]),
        ("The Red Cross handed out blankets to flood victims in Sindh.", "073", ["NGOICR"], []),
        ("Hundreds of farmers gathered outside parliament in Warsaw.", "141", ["POLAGR"], ["POLLEG"]),
        ("Border guards turned back hundreds of travellers at the crossing.", "191", ["COP"], []),
        ("The diplomats were declared persona non grata on Friday.", "161", [], ["GOV"]),
        ("Sudan's army retook the town of Wad Madani.", "192", ["SDNMIL"], []),
        ("Israeli troops withdrew from the Jenin camp on Friday.", "0874", ["ISRMIL"], []),
        ("The foreign ministry accused Russia of meddling in the election.", "112", ["GOV"], ["RUS"]),
    ],
)
def test_wire_paraphrases(coder: Any, text: str, code: str, source: list[str], target: list[str | None]) -> None:
    event = _one(coder, text)
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_they_took_him_from_home_is_an_arrest_told_in_a_quote(coder: Any) -> None:
    ev = _one(coder, '"They took him from our home before dawn," his wife said.')
    assert (ev.cameo_code, ev.attribution.speaker.text) == ("173", "his wife")


def test_a_speaker_takes_no_country_from_inside_the_quote(coder: Any) -> None:
    text = ('Estonia closed two border crossings on Monday after balloons drifted over Narva.\n'
            "Estonia's prime minister spoke to reporters in Tallinn.\n"
            '"We hold the Belarusian government responsible," the interior minister said.')
    held = [e for e in coder.code_text(text, date="2025-03-17") if e.sentence_index == 2]
    assert [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in held] == [("112", ["ESTGOV"], ["BLRGOV"])]


def test_an_envoy_posting_hung_on_the_verb_is_the_target(coder: Any) -> None:
    ev = _one(coder, "Georgetown has called home its envoy in Caracas, the foreign ministry said.", "2025-03-17")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target), ev.location) == ("161", ["GUYGOV"], ["VENGOV"], None)


def test_walking_out_of_a_police_station_is_no_walkout_from_talks(coder: Any) -> None:
    assert [e.cameo_code for e in coder.code_text("The opposition walked out of the talks on Monday.")] == ["164"]
    # (walking out of a police station, a court or a prison is being freed)
    assert [e.cameo_code for e in coder.code_text("Forty students walked out of a police station on Monday.")] == ["0841"]


def test_an_opposition_protest_against_its_own_state_keeps_the_country(coder: Any) -> None:
    # ("the foreign ministry accused Russia" in a story about Russia loses the inferred
    # country; citizens and opposition protesting their own state do not)
    ev = _one(coder, "Hundreds of opposition supporters protested outside the offices of Kenya's "
                     "electoral board in Nairobi on Monday.", "2025-08-12", trigger="protested")
    assert (ev.cameo_code, _codes(ev.source)) == ("141", ["KENOPP"])


def test_a_capitalised_plural_agent_at_the_start_of_a_sentence(coder: Any) -> None:
    text = "Chadian authorities closed the Tine crossing on Friday.\nGendarmes turned back dozens of traders there."
    ev = _one(coder, text, "2025-08-16", trigger="turned")
    assert _codes(ev.source) == ["TCDCOP"]


def test_ministers_meeting_at_a_venue_abroad_take_no_country_from_it(coder: Any) -> None:
    # (police or strikers acting in a city are that country's; a meeting's venue says nothing)
    ev = _one(coder, "The two foreign ministers sat down together in Geneva on Monday.", "2025-10-08")
    assert (ev.cameo_code, _codes(ev.source), ev.location.text) == ("040", ["GOV"], "Geneva")


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("The ministry summoned the French ambassador over the remarks.", "114", ["FRAGOV"]),
        ("The government ordered the expulsion of the French ambassador.", "161", ["FRAGOV"]),
    ],
)
def test_a_state_does_not_summon_or_expel_its_own_envoy(coder: Any, text: str, code: str, target: list[str]) -> None:
    # the only country named is the envoy's: the acting ministry is not taken to be French
    ev = _one(coder, text, "2025-10-08")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == (code, ["GOV"], target)


def test_announcing_an_expulsion_is_the_expulsion(coder: Any) -> None:
    ev = _one(coder, "Kenya announced the expulsion of two Ethiopian diplomats on Friday.", "2025-10-06")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target), ev.date.start) == ("161", ["KEN"], ["ETHGOV"], "2025-10-03")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Fighters from the M23 rebel group captured the town on Sunday.", ["CODREB"]),
        ("Gunmen from the Islamic State attacked a checkpoint on Sunday.", ["INSISI"]),
        ("The leader of Hamas arrived in Cairo on Sunday.", ["PSEINS"]),
        ("Officials of the United Nations visited the camp on Sunday.", ["IGOUNO"]),
        # a person is not an organisation: his supporters are not him
        ("Supporters of the president rallied in Harare on Sunday.", ["ZWECVL"]),
    ],
)
def test_a_role_in_a_named_organisation_is_that_organisation(coder: Any, text: str, source: list[str]) -> None:
    events = coder.code_text(text, date="2025-10-06")
    assert [_codes(e.source) for e in events] == [source]


def test_drawing_criticism_from_someone_is_their_criticism(coder: Any) -> None:
    ev = _one(coder, "The Indonesian government's decision drew sharp criticism from Australia on Friday.",
              "2025-10-06", trigger="drew")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == ("111", ["AUS"], ["IDN"])
    # the subject names no actor: no target, and not the critic
    ev = _one(coder, "The arrests drew condemnation from the United Nations.", "2025-10-06", trigger="drew")
    assert (_codes(ev.source), _codes(ev.target)) == (["IGOUNO"], [])


def test_an_entity_run_on_over_a_preposition_is_trimmed(coder: Any) -> None:
    # the small model tags "Yelwata in" as one place name
    ev = _one(coder, "Suspected herders attacked the village of Yelwata in Benue, leaving eight people dead.",
              "2025-11-27", trigger="attacked")
    assert (ev.location.text, ev.location.country, ev.location.admin1) == ("Yelwata", "NGA", "Benue")


def test_a_lower_case_word_is_no_named_organisation(coder: Any) -> None:
    # "at dawn" is no newspaper called Dawn; the name itself still is
    event = _one(coder, "Residents said militiamen attacked the village at dawn.", "2025-10-06")
    assert (_codes(event.source), _codes(event.target)) == (["REB"], [])
    event = _one(coder, "Dawn reported that police arrested five men in Karachi.", "2025-10-06")
    assert (event.cameo_code, _codes(event.source)) == ("173", ["PAKCOP"])


def test_a_capitalised_plural_at_the_start_is_the_agent(coder: Any) -> None:
    event = _one(coder, "Militiamen attacked the village at dawn.", "2025-10-06")
    assert (event.cameo_code, _codes(event.source)) == ("180", ["REB"])


def test_two_countries_named_as_often_leave_the_story_without_a_home(coder: Any) -> None:
    # the hospital is in Kherson, not in the country named first in the alphabet
    events = coder.code_text("Ukraine accused Russia of shelling a hospital in Kherson on Monday.", date="2025-10-07")
    shelling = [e for e in events if e.cameo_code == "194"]
    assert [(_codes(e.source), _codes(e.target)) for e in shelling] == [(["RUS"], ["UKRHLH"])]


def test_a_government_summoning_to_protest_is_one_official_complaint(coder: Any) -> None:
    events = coder.code_text("Nairobi has summoned the Somali envoy to protest against the remarks.", date="2025-10-06")
    assert [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in events] == [("114", ["KENGOV"], ["SOMGOV"])]


def test_landing_is_a_visit_only_for_officials(coder: Any) -> None:
    assert coder.code_text("A Chinese relief flight carrying tents landed in Kathmandu on Sunday.", date="2025-10-06") == []
    event = _one(coder, "The Indian prime minister landed in Colombo on Sunday for a two-day visit.", "2025-10-06")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("042", ["INDGOV"], ["LKAGOV"])


def test_a_signing_venue_gives_the_signatories_no_country(coder: Any) -> None:
    event = _one(coder, "The two presidents signed a trade pact in Addis Ababa on Wednesday.", "2025-10-06")
    assert (event.cameo_code, _codes(event.source)) == ("057", ["GOV"])


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # the subject came under attack: it is the target
        ("A Kenyan army patrol came under fire from gunmen near Mandera on Monday.", "190", ["KENUAF"], ["KENMIL"]),
        ("Its forces had struck an ammunition depot near Donetsk, the Russian defence ministry said.", "190", ["RUSMIL"], []),
        ("India handed over 500 tonnes of wheat to Afghanistan on Tuesday.", "073", ["IND"], ["AFG"]),
        ("The Chinese foreign minister began a three-day visit to Laos on Sunday.", "042", ["CHNGOV"], ["LAO"]),
        ("Two Iranian diplomats expelled from Albania left the country on Friday.", "161", ["ALB"], ["IRNGOV"]),
    ],
)
def test_more_wire_paraphrases(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2025-10-08")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_an_envoy_summoned_home_is_recalled(coder: Any) -> None:
    event = _one(coder, "Peru's ambassador in Caracas has been summoned home, the foreign ministry said.", "2025-10-08")
    assert event.cameo_code == "161"


def test_a_namesake_party_of_another_country_is_that_country_s(coder: Any) -> None:
    event = _one(coder, "Mongolia's opposition Democratic Party accused the government of fraud on Monday.", "2025-10-08")
    assert _codes(event.source) == ["MNGPTY"]


def test_ordering_diplomats_out_is_an_expulsion(coder: Any) -> None:
    # the verb with its object is the event; "to leave the country" is none of its own
    events = coder.code_text("Nigeria ordered three Ghanaian diplomats to leave the country within 48 hours.", date="2025-10-08")
    assert [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in events] == [("161", ["NGA"], ["GHAGOV"])]
    # an order whose complement is an event keeps the complement's coding
    events = coder.code_text("The court ordered police to release the two journalists.", date="2025-10-08")
    assert [(e.cameo_code, e.modality) for e in events] == [("1053", "asserted"), ("0841", "demanded")]


def test_a_possessed_thing_stands_for_its_owner(coder: Any) -> None:
    # "their boat was captured": the fishermen are the ones acted on
    events = coder.code_text("Six Sri Lankan fishermen were held on Monday after their trawler was seized by the Indian navy.",
                             date="2025-10-08")
    seized = [e for e in events if e.evidence.trigger.startswith("seized")]
    assert [(_codes(e.source), _codes(e.target)) for e in seized] == [(["INDMIL"], ["LKAAGR"])]
    event = _one(coder, "Police raided the home of an opposition journalist in Ankara on Tuesday.", "2025-10-08")
    assert (event.cameo_code, _codes(event.target)) == ("170", ["TURMED"])
    # a thing named by its nationality is that country's ("seized a British tanker")
    event = _one(coder, "Iran seized a British tanker on Friday.", "2025-10-08")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("1711", ["IRN"], ["GBR"])
    event = _one(coder, "The Sri Lankan navy seized two Indian trawlers off Delft island on Friday.", "2025-10-08")
    assert (_codes(event.source), _codes(event.target)) == (["LKAMIL"], ["IND"])


def test_a_two_word_nationality_the_tagger_misses(coder: Any) -> None:
    event = _one(coder, "The Indian navy arrested six Sri Lankan fishermen on Monday.", "2025-10-08")
    assert (_codes(event.source), _codes(event.target)) == (["INDMIL"], ["LKAAGR"])


def test_a_weapon_subject_is_fired_by_its_actor(coder: Any) -> None:
    # one attack, told by the main verb; who fired the weapon is its source
    events = coder.code_text("Mortar rounds launched by al-Shabaab fighters hit a base near Mogadishu on Monday.", date="2025-10-08")
    assert [(e.cameo_code, _codes(e.source)) for e in events] == [("190", ["SOMINS"])]
    events = coder.code_text("Artillery shells fired by the army slammed into a market in Gao on Tuesday.", date="2025-10-08")
    assert [(e.evidence.trigger, e.cameo_code, _codes(e.source)) for e in events] == [("slammed", "190", ["MIL"])]


def test_officers_near_police_words_are_police_and_their_raid_coerces(coder: Any) -> None:
    text = "Nine students spent the night in police cells in Lusaka after officers raided a union meeting on Friday."
    event = _one(coder, text, "2025-12-06", trigger="raided")
    assert (event.cameo_code, event.plover_type, _codes(event.source)) == ("170", "COERCE", ["ZMBCOP"])
    # soldiers or gunmen raiding a village still attack
    event = _one(coder, "Gunmen raided a village in Zamfara state on Friday.", "2025-12-06")
    assert event.plover_type == "ASSAULT"
    # a bare "officers" with no police or army word nearby stays unknown
    event = _one(coder, "Officers detained a Zambian trader in Lusaka on Friday.", "2025-12-06")
    assert (_codes(event.source), _codes(event.target)) == ([], ["ZMBBUS"])


def test_a_reduced_relative_read_as_a_clause_keeps_its_patient(coder: Any) -> None:
    # the model makes "detained" a clause whose subject is "Lawyers"
    text = "Lawyers for nine students detained last week in Lusaka said on Monday that their clients had not seen a judge."
    event = _one(coder, text, "2025-12-08", trigger="detained")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("173", [], ["ZMBEDU"])


def test_pulling_a_diplomat_out_of_a_capital_targets_its_country(coder: Any) -> None:
    event = _one(coder, "Chile pulled its ambassador out of La Paz on Monday.", "2025-12-08", trigger="pulled")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("161", ["CHL"], ["BOLGOV"])


def test_a_day_earlier_counts_from_the_sentence_before(coder: Any) -> None:
    text = ("Bolivian state radio on Wednesday called the decision an insult.\n"
            "Chile pulled its ambassador out of La Paz a day earlier.")
    event = _one(coder, text, "2025-12-11", trigger="pulled")
    assert (event.date.start, event.date.precision) == ("2025-12-09", "day")
    # "on the same day" is not counted from the sentence before (it may be another event's day)
    text = ("Shops in Quetta reopened on Saturday, two days after crowds looted a power office.\n"
            "On the same day, protesters in Sukkur blocked a highway.")
    blocked = _one(coder, text, "2025-12-13", trigger="blocked")
    assert blocked.date.precision == "document"


def test_n_days_earlier_counts_from_the_nearest_dated_clause(coder: Any) -> None:
    text = "The election board on Thursday rejected complaints made by opposition supporters who marched on its offices two days earlier."
    event = _one(coder, text, "2025-12-12", trigger="marched")
    assert (event.date.start, event.date.precision) == ("2025-12-09", "day")


def test_a_capital_tagged_as_an_organisation_still_names_the_story_s_country(coder: Any) -> None:
    # the small model tags "Ulaanbaatar" as an organisation; the opposition is Mongolian
    text = "Hundreds rallied in Ulaanbaatar on Sunday, and the opposition accused the election board of fraud."
    event = _one(coder, text, "2025-12-08", trigger="accused")
    assert _codes(event.source) == ["MNGOPP"]


def test_a_government_that_would_retaliate_threatens_but_does_not_attack(coder: Any) -> None:
    text = "Belarus warned on Monday that Minsk would retaliate against Lithuania for closing the border."
    events = coder.code_text(text, date="2025-12-08")
    warned = [e for e in events if e.evidence.trigger == "warned"]
    assert [(e.cameo_code, e.plover_type, _codes(e.source), _codes(e.target)) for e in warned] == [("130", "THREATEN", ["BLR"], ["LTU"])]
    assert not [e for e in events if e.plover_type == "ASSAULT"]
    # armed forces that retaliate do use force
    event = _one(coder, "Indian troops retaliated against Pakistani posts on Monday.", "2025-12-08")
    assert event.plover_type == "ASSAULT"


def test_what_a_side_says_it_could_do_to_another_is_a_threat(coder: Any) -> None:
    text = "A Polish government spokesman said on Monday that Poland could close its border with Belarus."
    event = _one(coder, text, "2025-12-08")
    assert (event.plover_type, event.modality, _codes(event.source)) == ("THREATEN", "asserted", ["POL"])
    assert (event.date.start, event.date.precision) == ("2025-12-08", "day")
    # what someone says another side could do is no threat
    text = "A Polish government spokesman said on Monday that Belarus could close its border with Poland."
    event = _one(coder, text, "2025-12-08")
    assert (event.plover_type, event.modality) != ("THREATEN", "asserted")


def test_the_capital_is_the_capital_of_the_story_s_country(coder: Any) -> None:
    text = ("Thousands marched in Kisumu on Tuesday against the election results.\n"
            "In the capital, opposition supporters waved flags and chanted outside the election board.")
    events = [e for e in coder.code_text(text, date="2025-12-10") if e.sentence.startswith("In the capital")]
    assert {e.location.name for e in events if e.location} == {"Nairobi"}
    assert all(e.location is not None for e in events)


def test_a_city_counts_towards_the_story_s_country(coder: Any) -> None:
    # "Russian" alone would make Russia the story's country, and the victims Russian
    text = "Four people were killed by Russian shelling in Kherson on Wednesday."
    event = _one(coder, text, "2025-12-11", trigger="killed")
    assert _codes(event.source) == ["RUS"] and "RUSCVL" not in _codes(event.target)


@pytest.mark.parametrize(
    "text,code,source,target",
    [
        ("The Malaysian foreign minister flew into Dili on Monday.", "042", ["MYSGOV"], ["TLSGOV"]),
        ("Kenya's deputy foreign minister brought the Somali government and the Jubaland administration together in Nairobi on Friday.",
         "045", ["KENGOV"], ["SOMGOV", "SOMGOV"]),
        ("Brazil sent 80 firefighters to Bolivia on Saturday.", "073", ["BRA"], ["BOL"]),
        ("Three buses were set on fire in Gulu on Sunday.", "1712", [], []),
    ],
)
def test_wire_paraphrases_of_session_six(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-01-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_event_nouns_a_killing_strike_and_unrest(coder: Any) -> None:
    event = _one(coder, "The army said the strike targeted fighters loyal to a bandit leader.", "2026-01-12")
    # (the parser reads "targeted fighters" as a noun phrase; the verb is read back, with its object)
    assert (event.evidence.trigger, event.plover_type, _codes(event.target)) == ("targeted", "ASSAULT", ["UAF"])
    # a strike that shuts a city is no attack, and is not coded without a labour word
    assert coder.code_text("A strike shut down Conakry on Monday.", date="2026-01-12") == []
    event = _one(coder, "The unrest erupted after the fuel price rise.", "2026-01-12")
    assert (event.cameo_code, event.plover_type) == ("145", "PROTEST")


def test_security_agents_sweeping_through_an_office_coerce(coder: Any) -> None:
    event = _one(coder, "Kyrgyz security agents swept through the offices of a news website on Thursday.", "2026-01-12")
    assert (event.cameo_code, _codes(event.source)) == ("170", ["KGZCOP"])


def test_it_in_a_subordinate_clause_is_the_main_clause_s_subject(coder: Any) -> None:
    text = "Ecuador has had no ambassador in Bogota since it recalled its envoy on Monday."
    event = _one(coder, text, "2026-01-14", trigger="recalled")
    assert _codes(event.source) == ["ECU"]


def test_a_state_withdrawing_its_own_envoy_is_not_its_own_target(coder: Any) -> None:
    event = _one(coder, "Ecuador withdrew its ambassador on Monday.", "2026-01-14")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("161", ["ECU"], [])


def test_an_appositive_names_the_object_for_the_lexicon(coder: Any) -> None:
    text = "Quito ordered the official, a senior diplomat at the embassy, to leave within three days."
    event = _one(coder, text, "2026-01-14")
    assert (event.cameo_code, event.plover_type, _codes(event.source)) == ("161", "SANCTION", ["ECUGOV"])


def test_its_jets_are_the_owner_s(coder: Any) -> None:
    text = "The Chadian army said its jets bombed a rebel base near the Libyan border on Sunday."
    event = _one(coder, text, "2026-01-14", trigger="bombed")
    assert _codes(event.source) == ["TCDMIL"]  # (the army's jets: since session 25 the army, not only its country)


def test_rioters_setting_fire_riot_and_firefighters_arriving_do_not_visit(coder: Any) -> None:
    event = _one(coder, "Rioters set fire to a bus depot in Kisumu on Tuesday.", "2026-01-14")
    assert (event.cameo_code, event.plover_type) == ("145", "PROTEST")
    event = _one(coder, "Gunmen set fire to a bus depot in Kisumu on Tuesday.", "2026-01-14")
    assert event.cameo_code == "1712"
    assert coder.code_text("Chilean firefighters arrived in Argentina on Saturday.", date="2026-01-14") == []
    event = _one(coder, "The Chilean foreign minister arrived in Buenos Aires on Saturday.", "2026-01-14")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("042", ["CHLGOV"], ["ARGGOV"])


def test_its_forces_in_reported_speech_are_the_speaker_s(coder: Any) -> None:
    text = "Kabul said its forces had fired on Pakistani posts, a day after Pakistani jets struck Khost."
    event = _one(coder, text, "2026-01-14", trigger="fired")
    assert _codes(event.source) == ["AFGMIL"]


def test_staff_of_an_outlet_are_media(coder: Any) -> None:
    event = _one(coder, "Police detained four employees of a news website in Almaty on Monday.", "2026-01-14")
    assert _codes(event.target) == ["KAZMED"]


def test_a_city_the_tagger_calls_a_person_still_names_the_story_s_country(coder: Any) -> None:
    # the small model tags "Garissa" here as a person; it is the story's only place
    text = "Traders in Garissa staged a strike on Monday. Soldiers fired on the crowd near the market."
    assert ("Garissa", "PERSON") in [(e.text, e.label_) for e in coder.nlp(text).ents]
    fired = [e for e in coder.code_text(text, date="2026-01-14") if e.evidence.trigger == "fired"]
    assert [(_codes(e.source), _codes(e.target)) for e in fired] == [(["KENMIL"], ["KENCVL"])]


def test_an_expulsion_of_diplomats_is_plover_mode_expel_and_a_recall_withdraw(coder: Any) -> None:
    expelled = _one(coder, "Peru expelled two Bolivian diplomats on Monday.", "2026-01-14")
    recalled = _one(coder, "Peru recalled its ambassador from La Paz on Monday.", "2026-01-14")
    named = _one(coder, "Peru announced the expulsion of two Bolivian diplomats on Monday.", "2026-01-14")
    assert [(e.cameo_code, e.plover_type, e.plover_mode) for e in (expelled, recalled)] == [
        ("161", "SANCTION", "expel"), ("161", "SANCTION", "withdraw")]
    assert (named.cameo_code, named.plover_mode) == ("161", "expel")


def test_a_crowd_using_force_against_the_state_riots(coder: Any) -> None:
    event = _one(coder, "A police station in Kano was attacked by a stone-throwing crowd on Monday.", "2026-01-14")
    assert (event.cameo_code, event.plover_type, _codes(event.source)) == ("145", "PROTEST", ["NGACVL"])
    event = _one(coder, "Angry students fought police in Dhaka on Monday.", "2026-01-14")
    assert (event.cameo_code, event.plover_type) == ("145", "PROTEST")
    # soldiers, gunmen, or a "they" the coder cannot tie to a crowd, still attack
    event = _one(coder, "Gunmen attacked a police station in Kano on Monday.", "2026-01-14")
    assert event.plover_type == "ASSAULT"


def test_a_pact_signed_between_two_states_has_both_as_parties(coder: Any) -> None:
    text = "The border pact signed between Ghana and Togo last week goes to both parliaments on Monday."
    event = _one(coder, text, "2026-01-14", trigger="pact")
    assert (event.cameo_code, _codes(event.source)) == ("057", ["GHA", "TGO"])


def test_gunners_are_armed_and_they_hit_what_they_shelled(coder: Any) -> None:
    text = "Paramilitary gunners shelled a school in Kadugli on Saturday, four days after they hit the city's market."
    events = coder.code_text(text, date="2026-01-14")
    assert [(e.evidence.trigger.split()[0], _codes(e.source)) for e in events] == [("shelled", ["SDNMIL"]), ("hit", ["SDNMIL"])]


@pytest.mark.parametrize(
    "text,code,source,target",
    [
        ("Riot police dragged six protesters to waiting vans in Minsk on Sunday.", "173", ["BLRCOP"], ["BLRCVL"]),
        ("Food was parachuted to flooded villages in Jonglei on Tuesday.", "073", [], ["SSD"]),
        ("Three firms targeted by EU sanctions on Friday said they would go to court.", "163", ["EURIGO"], ["BUS"]),
        ("Beijing raised the prospect of a ban on Lithuanian exports on Monday.", "130", ["CHNGOV"], []),
        # (session 21)
        ("Paraguay opened an investigation into four men hit by US sanctions over money laundering.", "163", ["USA"], ["CVL"]),
        ("Police said 23 students had been taken to the city police headquarters.", "173", [], ["EDU"]),
        ("Fifteen farmers have been stopped yesterday by the agents of the State Police.", "173", ["COP"], ["AGR"]),
        ("Police stopped 15 farmers at the port on Monday.", "173", ["COP"], ["AGR"]),
        # the model heads "charge d'affaires" with "d'affaires": still an envoy, the one summoned
        ("Lithuania summoned Russia's charge d'affaires on Monday.", "114", ["LTU"], ["RUSGOV"]),
        ("Lithuania expelled the Russian chargé d'affaires on Monday.", "161", ["LTU"], ["RUSGOV"]),
    ],
)
def test_more_wire_paraphrases_of_session_six(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    events = [e for e in coder.code_text(text, date="2026-01-14") if e.cameo_code == code]
    assert [(_codes(e.source), _codes(e.target)) for e in events] == [(source, target)]


def test_an_envoy_recalled_in_the_passive_was_recalled_by_their_own_state(coder: Any) -> None:
    text = "The Ecuadorian envoy left Bogota on Tuesday night, hours after being recalled."
    event = _one(coder, text, "2026-01-14", trigger="recalled")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("161", ["ECU"], [])
    assert (event.date.start, event.date.precision) == ("2026-01-13", "day")
    # an expulsion told in the passive keeps the expelled as its target
    event = _one(coder, "Two Ecuadorian diplomats were expelled on Tuesday.", "2026-01-14")
    assert (_codes(event.source), _codes(event.target), event.plover_mode) == ([], ["ECUGOV"], "expel")


def test_the_report_country_is_the_one_its_events_name_most(coder: Any) -> None:
    text = ("Kenyan police arrested 20 protesters in Nairobi on Monday.\n"
            "A march over taxes turned violent on Tuesday, a rights group said.")
    events = coder.code_text(text, date="2026-01-14")
    assert events and {e.report_country for e in events} == {"KEN"}
    text = "Kenyan police arrested 20 Ugandan traders on Monday."
    events = coder.code_text(text, date="2026-01-14")
    assert [e.report_country for e in events] == [None]  # Kenya and Uganda named once each


def test_the_report_country_counts_the_places_its_event_sentences_name(coder: Any) -> None:
    # the tagger calls "Mombasa" an organisation here; no actor or location has a country
    text = "Mombasa's bus drivers stopped work on Monday over unpaid wages."
    event = _one(coder, text, "2026-01-14", trigger="stopped")
    assert (_codes(event.source), event.location, event.report_country) == (["LAB"], None, "KEN")
    assert event.sentence_places == [(186301, "KEN")]


def test_a_city_named_before_a_noun_is_a_place_the_sentence_names(coder: Any) -> None:
    # "Erdenet" is untagged here; the rally it names is not the one in the capital
    text = ("Hundreds of workers from the Erdenet copper mine gathered outside the governor's office on "
            "Wednesday to protest against planned increases in power prices.")
    event = _one(coder, text, "2026-05-20", trigger="gathered")
    assert (event.location, event.sentence_places) == (None, [(2031405, "MNG")])
    # a capitalised word first in the sentence says nothing ("Union" is also a city in the US)
    event = _one(coder, "Union leaders said drivers stopped work on Monday over unpaid wages.", "2026-01-14",
                 trigger="stopped")
    assert event.sentence_places == []


def test_sentence_names_are_names_but_no_country_nationality_or_capital(coder: Any) -> None:
    event = _one(coder, "Welders and barbers gathered outside ESCOM's regional office in the city centre on Tuesday "
                        "to demand an end to the blackouts.", "2026-03-11", trigger="gathered")
    assert event.sentence_names == ["escom"]
    event = _one(coder, "Kenyan police arrested twelve traders in Nairobi on Monday near the offices of the Kenya "
                        "Power company, a Kenyan official said.", "2026-03-11", trigger="arrested")
    assert event.sentence_names == ["kenya power"]
    event = _one(coder, "Government troops fought off SSC-Khaatumo fighters at Jiidali on Saturday.", "2026-05-12",
                 trigger="fought")
    assert event.sentence_names == ["jiidali", "khaatumo", "ssc-khaatumo"]  # (and the rare part of a hyphenated name)
    # an acronym the tagger left untagged; a name it ran over a conjunction, cut in two
    event = _one(coder, "SIK members who had downed tools on Wednesday say they will strike again at Easter if "
                        "Royal Arctic Line does not improve its offer.", "2026-03-06", trigger="downed")
    assert {"sik", "royal arctic line"} <= set(event.sentence_names)
    assert not any(" if " in name for name in event.sentence_names)


def test_a_group_or_run_of_things_is_read_through_to_what_it_holds(coder: Any) -> None:
    # "a team of firefighters", "a barrage of missiles", "a round of talks"
    event = _one(coder, "Buenos Aires dispatched a team of 150 firefighters to Chile on Saturday.", "2026-01-14")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("073", ["ARGGOV"], ["CHL"])
    event = _one(coder, "Russia fired a barrage of missiles at Ukrainian cities overnight.", "2026-01-14")
    assert (event.plover_type, _codes(event.source)) == ("ASSAULT", ["RUS"])
    event = _one(coder, "Officials of the two governments held a new round of talks in Doha on Monday.", "2026-01-14")
    assert (event.plover_type, event.location.text) == ("CONSULT", "Doha")


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Chile's senate gave the green light to the free-trade agreement with India on Tuesday.", "057", ["CHLLEG"], []),
    ("Peru and Ecuador settled their border dispute.", "057", ["PER", "ECU"], []),
    ("Spain handed over six tanks to Ukraine last month.", "072", ["ESP"], ["UKR"]),
    ("Turkey supplied Syria with blankets and tents after the earthquake.", "073", ["TUR"], ["SYR"]),
    ("Nepal received 200 tonnes of relief goods from India on Monday.", "073", ["IND"], ["NPL"]),
    ("Prosecutors in Dhaka dropped charges against 30 opposition activists.", "081", ["BGDJUD"], ["BGDOPP"]),
    ("Serbia withdrew its objection to Kosovo's membership bid.", "080", ["SRB"], ["XKX"]),
    ("Turkey called off its offensive against Kurdish fighters in Syria.", "087", ["TUR"], ["SYRUAF"]),
    ("Ukraine returned 50 Russian prisoners on Sunday.", "0841", ["UKR"], ["RUSCVL"]),
    ("The army relinquished control of three villages near the border.", "0874", ["MIL"], []),
    ("Foreign ministers of the Nordic countries convened in Oslo on Monday.", "040", ["GOV"], []),
    ("Japanese and Australian warships conducted joint drills in the Coral Sea.", "062", ["JPNMIL", "AUSMIL"], []),
    ("Japan raised its alert level after the missile launch.", "152", ["JPN"], []),
    ("Iran put its air defences on high alert on Saturday.", "152", ["IRN"], []),
    ("The Nigerian Senate threw out the proposed tax bill.", "120", ["NGALEG"], []),
    ("Egypt gave its blessing to the Sudanese peace plan.", "051", ["EGY"], ["SDN"]),
    ("Germany reaffirmed its support for Moldova on Tuesday.", "051", ["DEU"], ["MDA"]),
    ("Seoul put Pyongyang on notice over the satellite launch.", "130", ["KORGOV"], ["PRKGOV"]),
    ("The government suspended the licence of an opposition television channel.", "172", ["GOV"], []),
])
def test_wire_wordings_of_the_paraphrase_tuning_sample(coder: Any, text: str, code: str, source: list[str],
                                                       target: list[str]) -> None:
    # our own sentences for the patterns the tuning sample's misses called for (session 7)
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_any_verb_done_in_protest_is_dissent_and_the_pattern_needs_its_preposition(coder: Any, tmp_path: Any) -> None:
    from eventcoder.classify import Codebook, Lexicon
    from eventcoder.errors import DataFileError

    event = _one(coder, "Belgian farmers rode their tractors into Brussels in protest at EU farm policy.", "2026-03-12")
    assert (event.plover_type, _codes(event.source), _codes(event.target)) == ("PROTEST", ["BELAGR"], [])
    # the verb's own patterns come first: walking out of parliament halts talks (164)
    event = _one(coder, "The opposition walked out of parliament in protest on Tuesday.", "2026-03-12")
    assert event.cameo_code == "164"
    bad = tmp_path / "verbs.yaml"
    bad.write_text('- code: "140"\n  patterns:\n    - lemma: "*"\n      object: [protest]\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"any verb \('\*'\) needs 'prep' and 'pobj'"):
        Lexicon.load(Codebook.load(), bad)


def test_a_modifier_alone_names_the_object_and_a_particle_keeps_its_preposition(coder: Any) -> None:
    # "joint naval drills" are joint drills; "its military alert level" an alert level
    event = _one(coder, "Singapore and Malaysia held joint naval drills off the coast of Johor.", "2026-03-12")
    assert (event.cameo_code, _codes(event.source)) == ("062", ["SGP", "MYS"])
    event = _one(coder, "South Korea raised its military alert level along the border.", "2026-03-12")
    assert event.cameo_code == "152"
    # "stepped back from": the parser hangs "from" on the particle
    event = _one(coder, "Indian troops stepped back from two forward posts on Sunday.", "2026-03-12")
    assert (event.cameo_code, _codes(event.source)) == ("0874", ["INDMIL"])


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Lithuanian officials singled out Russia as the source of the cyber attacks.", "112", ["LTUGOV"], ["RUS"]),
    ("Georgia and Armenia initialled a treaty on border demarcation on Monday.", "057", ["GEO", "ARM"], []),
    ("Saudi Arabia deposited $3 billion into the central bank of Pakistan.", "071", ["SAU"], ["PAKGOV"]),
    ("Emergency food aid was rushed to flooded districts of Sindh by the UN.", "073", ["IGOUNO"], ["PAK"]),
    ("Thai and Cambodian soldiers came to blows near the temple on Sunday.", "190", ["THAMIL", "KHMMIL"], []),
    ("Russian forces subjected Ukrainian positions to artillery fire overnight.", "190", ["RUSMIL"], ["UKR"]),
    ("Police in Lagos picked up two opposition organisers on Monday.", "173", ["NGACOP"], []),
    ("The Senegalese authorities restored internet access in Dakar on Tuesday.", "081", ["SENGOV"], []),
    ("Kenyan and Ugandan police conducted a joint investigation into the smuggling ring.", "063",
     ["KENCOP", "UGACOP"], ["CRM"]),
    ("Ecuador's government put soldiers on the streets of Quito.", "154", ["ECUGOV"], []),
    ("Israel allowed aid trucks into Gaza through the Kerem Shalom crossing.", "0863", ["ISR"], []),
    ("Germany returned 20 looted artefacts to Nigeria on Tuesday.", "0842", ["DEU"], ["NGA"]),
    # (the tagger calls "Malawi" a person: a country's own name is the country)
    ("Britain withheld budget support from Malawi over the corruption scandal.", "162", ["GBR"], ["MWI"]),
    ("Jamaica renewed its call for reparations from Britain.", "020", ["JAM"], []),
    ("Egypt's foreign minister hinted at military options in the dispute.", "130", ["EGYGOV"], []),
])
def test_wire_wordings_of_the_second_paraphrase_sample(coder: Any, text: str, code: str, source: list[str],
                                                      target: list[str]) -> None:
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Ghana and Togo put their signatures to a border trade pact on Monday.", "057", ["GHA", "TGO"], []),
    ("The Kenyan parliament approved a defence accord with the United States.", "057", ["KENLEG"], ["USA"]),
    ("South Korea shipped 5,000 tonnes of rice to Kenya on Tuesday.", "073", ["KOR"], ["KEN"]),
    ("Egypt set up field hospitals for Sudanese refugees near Aswan.", "073", ["EGY"], ["SDNREF"]),
    ("Security forces swooped on the homes of opposition activists in Minsk.", "170", ["BLRCOP"], ["BLROPP"]),
    ("The government reversed the suspension of mobile internet services on Monday.", "081", ["GOV"], []),
    ("Spanish and Moroccan police exchanged intelligence on the smuggling network.", "064",
     ["ESPCOP", "MARCOP"], ["SPY"]),
    ("Armed police fanned out across Lahore ahead of the verdict.", "153", ["PAKCOP"], []),
    ("Thousands of demonstrators packed the main square of Tbilisi on Saturday.", "141", ["GEOCVL"], []),
    ("Burkina Faso kicked out two French diplomats on Tuesday.", "161", ["BFA"], ["FRAGOV"]),
    ("Poland rallied behind Lithuania in its dispute with China.", "051", ["POL"], ["LTU"]),
])
def test_wire_wordings_of_the_third_paraphrase_sample(coder: Any, text: str, code: str, source: list[str],
                                                     target: list[str]) -> None:
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_protests_that_swept_a_city_and_an_assassination_confirmed_are_events(coder: Any) -> None:
    event = _one(coder, "Anti-government protests swept through the capital on Friday.", "2026-03-12")
    assert (event.cameo_code, event.date.start) == ("141", "2026-03-06")
    event = _one(coder, "The assassination of a district governor in Kandahar was confirmed by officials.", "2026-03-12")
    assert (event.cameo_code, _codes(event.target)) == ("186", ["AFGGOV"])


def test_lemma_quirks_and_misread_particles_of_the_small_model(coder: Any) -> None:
    # "staged" -> "stag", "readied" -> "readie"; "walked out of the chamber" read as "out" + object
    event = _one(coder, "Egyptian and Greek air forces staged joint manoeuvres over Crete.", "2026-03-12")
    assert (event.cameo_code, _codes(event.source)) == ("062", ["EGYMIL", "GRCMIL"])
    event = _one(coder, "Opposition lawmakers walked out of the chamber in Kampala on Tuesday.", "2026-03-12")
    assert (event.plover_type, event.location.text) == ("PROTEST", "Kampala")
    # (out of talks, a session or parliament is a halt to negotiations: 164)
    assert _one(coder, "Opposition lawmakers walked out of parliament on Tuesday.", "2026-03-12").cameo_code == "164"


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Ghana and Togo entered into an accord on cross-border trade on Monday.", "057", ["GHA", "TGO"], []),
    ("Azerbaijani forces raked Armenian positions with artillery fire overnight.", "190", ["AZEMIL"], ["ARM"]),
    ("The Manipur government suspended mobile internet in three districts on Friday.", "1721", ["INDGOV"], []),
    ("Police in Karachi booked 40 party workers under the anti-terrorism act.", "173", ["PAKCOP"], ["PAKPTY"]),
    ("The Bangladesh government called out the army in Dhaka on Monday.", "154", ["BGDGOV"], []),
    ("Traders in Peshawar observed a shutter-down strike against new taxes.", "143", ["PAKBUS"], []),
    ("Greece lodged a request with Britain for the return of the sculptures.", "020", ["GRC"], ["GBR"]),
    ("Kenya's opposition pulled out of the bipartisan talks in Nairobi.", "164", ["KENOPP"], ["KEN"]),
    ("Moscow booted out two Estonian diplomats on Friday.", "161", ["RUSGOV"], ["ESTGOV"]),
])
def test_wire_wordings_of_the_local_news_paraphrase_sample(coder: Any, text: str, code: str, source: list[str],
                                                          target: list[str]) -> None:
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # the parser hangs "back" on the object
    ("Tanzania sent a murder suspect back to Kenya on Friday.", "063", ["TZA"], ["KEN"]),
    # any verb done "in a general strike"
    ("Shopkeepers in Lahore shuttered their businesses in a general strike against new taxes.", "143", ["PAKBUS"], []),
    ("Moldova's government gave ground to pensioners' associations on Tuesday.", "080", ["MDAGOV"], []),
    ("Rwanda drew down its contingent in Mozambique's Cabo Delgado province.", "0874", ["RWA"], []),
    ("Tokyo served notice on Beijing that it would retaliate against further restrictions.", "130",
     ["JPNGOV"], ["CHNGOV"]),
    ("Jordan pushed for a UN General Assembly vote on the status of Jerusalem.", "100", ["JOR"], ["IGOUGA"]),
])
def test_wire_wordings_of_the_long_sentence_paraphrase_sample(coder: Any, text: str, code: str, source: list[str],
                                                             target: list[str]) -> None:
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_pushing_for_policies_is_advocacy_not_a_demand(coder: Any) -> None:
    assert coder.code_text("The senator has pushed for policies to promote small business.", date="2026-03-12") == []


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # a relative clause with its own subject and no object leaves the modified noun out
    ("The accord Afghanistan and Pakistan signed in Doha on Saturday set out a timetable.", "057", ["AFG", "PAK"], []),
    ("The sanctions Washington imposed on Venezuela's oil company left tankers idle.", "163", ["USAGOV"], ["VENBUS"]),
    ("The accusation Pakistan levelled against India on Friday dominated talk shows.", "112", ["PAK"], ["IND"]),
    # a day is no object ("the day Russia attacked")
    ("On the day Russia attacked, markets in Moscow fell.", "190", ["RUS"], []),
])
def test_an_event_retold_as_the_noun_of_an_object_gap_relative(coder: Any, text: str, code: str,
                                                               source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # the small model hangs the clause's subject on the noun as an apposition ("The tanks,
    # Turkey, moved ..."), or the verb on that name: the name is the subject, the noun the object
    ("The tanks Turkey moved to the border opposite Kobani last week are visible from the town.", "154", ["TUR"], []),
    ("The three Iranian diplomats Germany expelled on Monday boarded a flight to Tehran.", "161", ["DEU"], ["IRNGOV"]),
    ("The howitzers Sweden delivered to Ukraine last winter are now being serviced.", "072", ["SWE"], ["UKR"]),
])
def test_an_object_gap_relative_misread_as_an_apposition(coder: Any, text: str, code: str,
                                                        source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_a_true_apposition_is_not_a_relative_clause(coder: Any) -> None:
    event = _one(coder, "Imran Khan, Pakistan's prime minister, visited Kabul on Monday.", "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("042", ["PAKGOV"], ["AFGGOV"])


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # wordings of the retelling sample (tuning7), as plain verb phrases
    ("Ethiopia threw out the Egyptian draft on water-sharing in May.", "120", ["ETH"], []),
    ("Myanmar's junta called up thousands of young men in Bago.", "154", ["MMRGOV"], ["MMRCVL"]),
    ("India sent a carrier group into the northern Arabian Sea on Monday.", "154", ["IND"], []),
    ("Indonesia declared an arms embargo against Myanmar's military.", "163", ["IDN"], ["MMRMIL"]),
    ("Israel stood down 30,000 reservists on Sunday.", "0873", ["ISR"], ["ISRMIL"]),
    ("Germany returned the bronze figures to Cameroon last week.", "0842", ["DEU"], ["CMR"]),
    ("Japan sent earthquake engineers to Nepal.", "070", ["JPN"], ["NPL"]),
])
def test_wordings_of_the_retelling_sample(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


@pytest.mark.parametrize(("text", "code", "source"), [
    # protests told by what the protesters did
    ("Students occupied the main hall of the university in Belgrade for a week.", "144", ["SRBEDU"]),
    ("Dock workers stayed off the job at the port of Antwerp on Monday.", "143", ["BELLAB"]),
    ("Teachers stayed away from classrooms across Kenya on Monday.", "143", ["KENEDU"]),
    ("Farmers drove their tractors into central Madrid on Tuesday.", "141", ["ESPAGR"]),
    # an army occupying a town is no protest
    ("Russian troops occupied the town of Kupiansk.", "192", ["RUSMIL"]),
])
def test_protests_told_by_what_the_protesters_did(coder: Any, text: str, code: str, source: list[str]) -> None:
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source)) == (code, source)


def test_staying_off_the_roads_is_no_strike_for_commuters(coder: Any) -> None:
    assert coder.code_text("Commuters stayed off the roads during the snowstorm.", date="2026-03-12") == []


@pytest.mark.parametrize("text", [
    # what a natural hazard does is no political event
    "A cyclone battered the island's eastern coast on Sunday.",
    "Forty schools were damaged by the volcanic eruption.",
    "Families displaced by three years of drought gathered in Baidoa.",
    # a letter is no letter bomb, a chemical no chemical weapon
    "The Baltic states sent a joint letter to alliance headquarters.",
    "Japan lifted curbs on three chemicals used by chipmakers.",
])
def test_no_event_from_hazards_letters_or_chemicals(coder: Any, text: str) -> None:
    codes = [e.cameo_code for e in coder.code_text(text, date="2026-03-12")]
    assert not any(c[:2] in {"17", "18", "19", "20"} for c in codes), codes


@pytest.mark.parametrize(("text", "code", "source"), [
    # local-news wordings (session 8)
    ("The army moved troops into the Sabon Gari area of Kano on Monday.", "154", ["NGAMIL"]),
    ("Congress workers gheraoed the district collector's office in Indore.", "144", ["INDLAB"]),
    ("Residents of Valparaiso banged pots and pans against water cuts.", "141", ["CHLCVL"]),  # (Valparaíso, a big Chilean city)
    ("The provincial government provided free fodder to cattle owners in flood-hit Sargodha.", "073", ["GOV"]),
    # troops moving into a town themselves occupy it
    ("Russian troops moved into the town of Avdiivka.", "192", ["RUSMIL"]),
])
def test_local_news_wordings(coder: Any, text: str, code: str, source: list[str]) -> None:
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source)) == (code, source)


def test_ordering_diplomats_to_leave_is_an_expulsion_whatever_the_leaving(coder: Any) -> None:
    events = coder.code_text("Venezuela ordered Argentine diplomats to leave its territory within 72 hours.", date="2026-03-12")
    assert [(e.cameo_code, e.plover_mode, _codes(e.source), _codes(e.target)) for e in events] == [
        ("161", "expel", ["VEN"], ["ARGGOV"])]


def test_prosecutors_cooperating_with_foreign_investigators_is_judicial_cooperation(coder: Any) -> None:
    event = _one(coder, "Italian prosecutors cooperated with Albanian investigators in a trafficking probe.", "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("063", ["ITAJUD"], ["ALBCOP"])
    # a government letting UN investigators in allows international involvement
    assert _one(coder, "The government cooperated with UN investigators.", "2026-03-12").cameo_code == "086"


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("South Korea flew 80 tonnes of emergency relief supplies to Laos on Monday.", "073", ["KOR"], ["LAO"]),
    # (the army's post: the army is hit)
    ("Gunmen overran an army post near Karimama on Tuesday.", "190", ["UAF"], ["MIL"]),
    # a protest "demanding" something is one event, the protest
    ("Teachers rallied in Jaffna on Thursday demanding higher pay.", "141", ["LKAEDU"], []),
    # parties of Africa and Asia
    ("Tanzanian police arrested nine Chadema officials in Arusha.", "173", ["TZACOP"], ["TZAPTY"]),
])
def test_wordings_of_the_fifteenth_corpus_kinds(coder: Any, text: str, code: str, source: list[str],
                                                 target: list[str]) -> None:
    events = coder.code_text(text, date="2026-03-12")
    assert [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in events] == [(code, source, target)]


def test_this_weekday_with_a_past_verb_is_the_one_just_gone(coder: Any) -> None:
    # translated copy: "demanded this Friday (21)" in a report of Monday 24 August
    events = coder.code_text("The Government of Belize demanded this Friday that Guatemala withdraw its boats.",
                             date="2026-08-24")
    assert [(e.date.start, e.date.precision, e.modality) for e in events] == [("2026-08-21", "day", "asserted")]
    # a future verb keeps the coming one
    events = coder.code_text("The minister will visit Kenya this Friday.", date="2026-08-24")
    assert [(e.date.start, e.modality) for e in events] == [("2026-08-28", "future")]


def test_a_modal_conjunct_does_not_lend_its_day(coder: Any) -> None:
    events = coder.code_text("Police said the leaders were being held and would be arraigned on Monday.", date="2026-08-09")
    held = next(e for e in events if e.evidence.trigger == "held")
    assert held.date.precision == "document"


@pytest.mark.parametrize(("text", "source", "target"), [
    # an embassy counsellor or first secretary is a diplomat: expelling one is 161, aimed at
    # the mission's country ("at the Croatian embassy")
    ("Zagreb expelled a Serbian embassy counsellor on Monday.", ["HRVGOV"], ["SRBGOV"]),
    ("Belgrade expelled the first secretary of the Croatian embassy.", ["SRBGOV"], ["HRVGOV"]),
    ("Serbia's foreign ministry ordered a first secretary at the Croatian embassy to leave within 72 hours.",
     ["SRBGOV"], ["HRVGOV"]),
])
def test_expelling_embassy_staff(coder: Any, text: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("161", source, target)


@pytest.mark.parametrize(("text", "trigger", "code", "source", "target"), [
    # read as active with "by" on "grata": the diplomat is the one declared
    ("A Serbian diplomat declared persona non grata by Zagreb has until Thursday to leave Croatia, "
     "the Croatian foreign ministry said.", "declared", "161", ["HRVGOV"], ["SRBGOV"]),
    # whoever did the act condemned is the target of the condemnation
    ("Somalia condemned what it described as an illegal incursion by Ethiopian troops into Gedo region.",
     "condemned", "111", ["SOM"], ["ETHMIL"]),
    ("Kenya protested the seizure of its fishing boats by Ugandan police.", "protested", "114", ["KEN"], ["UGACOP"]),
    # a crowd gathered in front of an office, demanding something: a demonstration
    ("Over 500 teachers gathered in front of the Provincial Education Department in Jaffna demanding higher pay.",
     "gathered", "141", ["LKAEDU"], []),
    # opposition officials are the opposition, not the government
    ("A court in Arusha granted bail to nine opposition officials.", "granted", "0841", ["TZAJUD"], ["TZAOPP"]),
])
def test_wordings_of_the_fifteenth_corpus_second_batch(coder: Any, text: str, trigger: str, code: str,
                                                         source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-08-12", trigger=trigger)
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)
    if trigger == "gathered":
        assert len(coder.code_text(text, date="2026-08-12")) == 1  # the demand is the protest's


def test_the_date_of_the_statement_an_event_is_told_in(coder: Any) -> None:
    event = _one(coder, "In a statement issued late on Monday, Somalia's foreign ministry demanded the "
                 "withdrawal of the troops.", "2026-08-19")
    assert (event.cameo_code, event.date.start, event.date.precision) == ("1056", "2026-08-17", "day")


def test_a_day_after_misread_as_a_phrase(coder: Any) -> None:
    # the parser reads "a day after nine of its officials" as one phrase and "were freed" as
    # a subjectless verb: the officials were freed, on the day before the vow
    events = coder.code_text("Tanzania's main opposition party vowed on Wednesday to press ahead with its meetings, "
                             "a day after nine of its officials, detained since the weekend, were freed on bail in "
                             "Arusha.", date="2026-08-13")
    freed = next(e for e in events if e.evidence.trigger == "freed")
    assert (freed.cameo_code, [a.country for a in freed.target], freed.date.start, freed.date.precision) == (
        "0841", ["TZA"], "2026-08-11", "day")
    # and an event noun told so is dated and placed by its own phrase
    events = coder.code_text("Nepal's government on Wednesday invited student leaders for talks, a day after a march "
                             "on the parliament in Kathmandu ended with police firing tear gas.", date="2026-09-09")
    march = next(e for e in events if e.evidence.trigger == "march")
    assert (march.cameo_code, march.date.start, march.date.precision, march.location.text) == (
        "141", "2026-09-08", "day", "Kathmandu")


@pytest.mark.parametrize(("text", "trigger", "code", "source", "target"), [
    # a mutual act has no target: not whoever the story named last
    ("Kazakhstan offered to mediate after Kyrgyzstan and Tajikistan expelled each other's diplomats this week.",
     "expelled", "161", ["KGZ", "TJK"], []),
    # expelled "from" a capital: its state is the source
    ("A Kyrgyz diplomat was expelled from Dushanbe on Wednesday.", "expelled", "161", ["TJKGOV"], ["KGZGOV"]),
    # a date between a verb and its infinitive does not cut the complement off
    ("Kazakhstan offered on Thursday to mediate between Kyrgyzstan and Tajikistan.", "offered", "039", ["KAZ"],
     ["KGZ", "TJK"]),
])
def test_wordings_of_the_sixteenth_corpus(coder: Any, text: str, trigger: str, code: str, source: list[str],
                                          target: list[str]) -> None:
    event = _one(coder, text, "2026-09-17", trigger=trigger)
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_a_while_clause_about_another_protest_does_not_lend_its_place(coder: Any) -> None:
    events = coder.code_text("Police fired tear gas at students in Kathmandu on Tuesday, while a smaller rally took "
                             "place in Pokhara.", date="2026-09-08")
    assert [(e.evidence.trigger.split()[0], e.location.text if e.location else None) for e in events] == [
        ("fired", "Kathmandu"), ("smaller", "Pokhara")]


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Bishkek sent a Tajik diplomat packing on Monday.", "161", ["KGZGOV"], []),
    ("Serbia responded by proclaiming the first secretary of the Embassy of Croatia persona non grata.", "161",
     ["SRB"], ["HRVGOV"]),
    ("Baghdad gave Erbil until the end of the month to hand over the oil revenues.", "139", ["IRQGOV"], ["IRQ"]),
    ("Five Beninese soldiers fell under the bullets of armed individuals.", "190", [], ["BENMIL"]),
    # (armed men who fire: small arms, 193, since session 21)
    ("The soldiers said they were fired upon by around 20 rebels.", "193", ["REB"], ["MIL"]),
    ("Hundreds of Sri Lankan teachers shouted slogans against the government.", "141", ["LKAEDU"], ["LKAGOV"]),
    ("Indonesia and Timor-Leste settled their land boundary.", "057", ["IDN", "TLS"], []),
    ("The Indonesian ambassador handed over 30 tonnes of relief goods to Bangladesh.", "073", ["IDNGOV"], ["BGD"]),
    ("The officials were picked up by plain-clothes officers at the hotel.", "173", ["COP"], ["GOV"]),
])
def test_wordings_of_the_merge_corpora_third_batch(coder: Any, text: str, code: str, source: list[str],
                                                    target: list[str]) -> None:
    event = _one(coder, text, "2026-09-17")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_an_ultimatum_is_dated_when_given_not_by_its_deadline(coder: Any) -> None:
    event = _one(coder, "Baghdad gave Erbil until October 31 to hand over the oil revenues.", "2026-09-17")
    assert (event.cameo_code, event.date.precision, event.modality) == ("139", "document", "asserted")


def test_the_place_of_an_attacked_post_in_a_department(coder: Any) -> None:
    event = _one(coder, "Gunmen attacked an army post in northern Benin's Alibori department on Tuesday.", "2026-08-05")
    assert (event.cameo_code, event.location.text, event.location.country) == ("190", "Alibori", "BEN")


@pytest.mark.parametrize(("text", "source", "target"), [
    # "N hours to leave" given to a diplomat is an expulsion, and the leaving is part of it
    ("Zagreb on Monday gave the Serbian diplomat 72 hours to leave the territory of Croatia.", ["HRVGOV"], ["SRBGOV"]),
    ("The Croatian diplomat, a first secretary at the embassy in Belgrade, was given 72 hours to leave, "
     "Serbia's foreign ministry said.", [], ["HRVGOV"]),
    ("Belgrade told the Croatian first secretary to leave the country within 72 hours.", ["SRBGOV"], ["HRVGOV"]),
])
def test_given_hours_to_leave_is_an_expulsion(coder: Any, text: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-08-12")
    assert (event.cameo_code, event.plover_mode, _codes(event.source), _codes(event.target)) == (
        "161", "expel", source, target)


def test_hours_to_surrender_are_no_expulsion(coder: Any) -> None:
    codes = [e.cameo_code for e in coder.code_text("The army gave the rebels 48 hours to surrender.", date="2026-08-12")]
    assert "161" not in codes


def test_a_country_s_capital_is_its_capital_city(coder: Any) -> None:
    events = coder.code_text("Police in Sri Lanka's capital fired tear gas on Thursday at thousands of teachers "
                             "marching to demand a pay rise.", date="2026-08-06")
    # the march the police fired at is in the same place
    assert [(e.cameo_code, e.location.name, e.location.country) for e in events] == [
        ("175", "Colombo", "LKA"), ("141", "Colombo", "LKA")]


def test_the_place_of_an_event_noun_named_before_it_and_of_a_where_clause(coder: Any) -> None:
    events = coder.code_text("The Pokhara protest had remained largely peaceful, unlike the march in Kathmandu, where "
                             "police used water cannon.", date="2026-09-10")
    assert sorted((e.cameo_code, _codes(e.source), e.location.text) for e in events) == [
        ("141", [], "Pokhara"), ("175", ["NPLCOP"], "Kathmandu")]


def test_who_ends_a_strike_is_who_struck(coder: Any) -> None:
    events = coder.code_text("Public transport returned to the streets of La Paz after Bolivian drivers ended a "
                             "one-day strike.", date="2026-01-21")
    strike = next(e for e in events if e.cameo_code == "143")
    assert _codes(strike.source) == ["BOLLAB"]


def test_complying_with_a_stoppage_is_striking(coder: Any) -> None:
    event = _one(coder, "Peruvian port workers complied with the national stoppage on Thursday.", "2026-09-11")
    assert (event.cameo_code, _codes(event.source)) == ("143", ["PERLAB"])
    # also "with the first day of" it, which the tagger calls a date; and "the measure" (of
    # force, translated) after it is that strike
    text = ("More than 4,000 port workers complied this Thursday with the first day of the national stoppage of 48 hours. "
            "The leaders of the federation informed that the measure was also fulfilled in the ports of Paita and Matarani.")
    assert [(e.sentence_index, e.cameo_code) for e in coder.code_text(text, date="2026-09-11")] == [(0, "143"), (1, "143")]


def test_refusing_to_work_is_a_strike(coder: Any) -> None:
    event = _one(coder, "Drivers at Porto's public bus company refused to work on Tuesday, the company said.", "2025-05-15")
    assert (event.cameo_code, event.date.start, event.date.precision) == ("143", "2025-05-13", "day")
    # a government refusing to work with someone is a rejection
    assert _one(coder, "The government refused to work with the opposition.").cameo_code == "120"


def test_a_hostile_act_on_its_people_is_on_the_main_subject_s(coder: Any) -> None:
    events = coder.code_text("Belarus vowed on Saturday to retaliate after Brussels blacklisted 11 of its officials.",
                             date="2025-07-19")
    blacklisted = next(e for e in events if e.evidence.trigger == "blacklisted")
    assert (_codes(blacklisted.source), _codes(blacklisted.target)) == (["EURIGO"], ["BLRGOV"])


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    ("Seventeen Gabonese activists were interpellated yesterday in front of the National Assembly.", "173", [], ["GABCVL"]),
    ("Seventeen Gabonese activists were taken away in police vans.", "173", [], ["GABCVL"]),
    ("Myanmar granted amnesty to 22 Thai fishermen.", "0841", ["MMR"], ["THAAGR"]),
    ("The Armenian side returned fire.", "190", ["ARM"], []),
    ("Tbilisi yesterday put forward its services as a mediator between Yerevan and Baku.", "039", ["GEOGOV"], []),
    ("Port Sudan yesterday received a Qatari relief plane.", "073", ["QAT"], ["SDN"]),
    ("Kuwait sent a plane loaded with food and medicine to Sudan on Wednesday.", "073", ["KWT"], []),
])
def test_wordings_of_the_eighteenth_corpus(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-07-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_an_aid_flight_told_by_what_the_aircraft_carried(coder: Any) -> None:
    event = _one(coder, "A Qatari Emiri Air Force aircraft carrying 40 tonnes of food baskets and medicines landed "
                 "at Port Sudan International Airport today.", "2026-07-27")
    assert (event.cameo_code, [a.country for a in event.source], event.date.start, event.location.text) == (
        "073", ["QAT"], "2026-07-27", "Port Sudan International Airport")


def test_an_attack_by_someone_that_killed(coder: Any) -> None:
    event = _one(coder, "A drone strike by Mali's army on a livestock market killed at least 14 people on Thursday.",
                 "2026-07-03")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("190", ["MLIMIL"], "2026-07-02")


def test_dates_of_relative_clauses_that_tell_an_event_noun(coder: Any) -> None:
    events = coder.code_text("The UN urged Mali to investigate Thursday's drone strike, which local groups say killed "
                             "14 civilians.", date="2026-07-05")
    killed = next(e for e in events if e.evidence.trigger == "killed")
    assert (killed.date.start, killed.date.precision) == ("2026-07-02", "day")
    attack = _one(coder, "A spokesperson said the attack, which took place on Sunday, had left four fishermen injured.",
                  "2026-07-22")
    assert (attack.cameo_code, attack.date.start, attack.date.precision) == ("190", "2026-07-19", "day")


def test_a_small_town_abroad_is_not_the_place_of_a_story_elsewhere(coder: Any) -> None:
    # the gazetteer has Lere in Nigeria and Léré in Chad, not the Malian one the story means
    event = _one(coder, "Malian soldiers clashed with jihadists near Léré in Mali on Monday.", "2026-07-07")
    assert event.location is None or event.location.country in (None, "MLI")


def test_a_small_home_town_names_its_people_and_a_facility_its_city(coder: Any) -> None:
    events = coder.code_text("Twenty-two Ranong fishermen were handed over to Thai officials at Kawthaung this morning.",
                             date="2026-07-14")
    assert [(e.cameo_code, _codes(e.target)) for e in events] == [("0841", ["THAAGR"])]
    event = _one(coder, "Hundreds of people marched from the Honiara Central Market to National Parliament this morning.",
                 "2026-07-17")
    assert (event.cameo_code, event.location.name, event.location.country) == ("141", "Honiara", "SLB")


@pytest.mark.parametrize(("text", "source"), [
    ("The Qatari ambassador, who handed over the consignment, said more flights would follow.", ["QATGOV"]),
    ("Last week a similar consignment was received from Qatar.", ["QAT"]),
])
def test_an_aid_consignment_handed_over_or_received(coder: Any, text: str, source: list[str]) -> None:
    event = _one(coder, text, "2026-07-30")
    assert (event.cameo_code, _codes(event.source)) == ("073", source)


def test_hours_to_leave_given_to_a_diplomat_only(coder: Any) -> None:
    # translated copy puts the diplomat after "to"; rebels given hours to leave a town are no
    # expelled diplomats
    event = _one(coder, "The Croatian side on Monday gave to the Serbian diplomat 72 hours to leave the territory.",
                 "2026-08-12")
    assert (event.cameo_code, event.plover_mode, _codes(event.target)) == ("161", "expel", ["SRBGOV"])
    codes = [e.cameo_code for e in coder.code_text("The army gave the rebels 48 hours to leave the town.",
                                                    date="2026-08-12")]
    assert "161" not in codes


def test_a_definite_event_noun_anywhere_refers_back_to_the_event_the_report_told(coder: Any) -> None:
    text = ("Dock workers in Callao began a 48-hour strike on Thursday over unpaid wages.\n"
            "Around 300 containers remain stuck in the port because of the strike.\n"
            "In Paita the adherence to the strike reached 90 percent, the union said.\n"
            "Exporters said the previous strike had cost them more.\n"
            "With the strike, the port will lose millions.")
    events = coder.code_text(text, date="2025-10-06")
    # told in sentence 0, referred back to in 1 and 2 (a bare "strike" is a walkout here, as
    # told); "the previous strike" is another, and a modal clause tells nothing
    assert [(e.sentence_index, e.cameo_code, _codes(e.source), e.date.start, e.modality) for e in events] == [
        (0, "143", ["PERLAB"], "2025-10-02", "asserted"),
        (1, "143", ["PERLAB"], "2025-10-02", "asserted"),
        (2, "143", ["PERLAB"], "2025-10-02", "asserted"),
    ]
    # nothing told before: a bare "the strike" is no event of its own
    assert coder.code_text("Containers remain stuck in the port because of the strike.", date="2025-10-06") == []


def test_a_noun_that_is_its_verb_s_subject_is_not_referred_back_twice(coder: Any) -> None:
    text = ("US warplanes struck Houthi targets around Hodeidah on Saturday.\n"
            "The strikes hit radar sites, according to a US official.\n"
            "Residents said the strikes shook windows across the city.")
    events = coder.code_text(text, date="2025-03-22")
    assert [(e.sentence_index, e.plover_type) for e in events] == [(0, "ASSAULT"), (1, "ASSAULT"), (2, "ASSAULT")]


@pytest.mark.parametrize(("text", "code"), [
    ("The port workers carried out a strike on Thursday.", "143"),
    ("Containers are stuck because of the strike that the port workers carried out on Thursday.", "143"),
    ("The air force carried out a strike on a rebel base on Thursday.", "195"),
])
def test_carrying_out_a_strike_is_a_walkout_for_workers_an_air_strike_for_armed_forces(
        coder: Any, text: str, code: str) -> None:
    assert _one(coder, text, "2025-10-06").cameo_code == code


@pytest.mark.parametrize(("text", "target"), [
    # the model hangs the diplomat on "persona" as a compound
    ("Estonia declared the Russian diplomat persona non grata on Thursday.", ["RUSGOV"]),
    # or reads "persona" as a verb whose subject is the person declared
    ("Tallinn on Thursday declared Russia's second secretary persona non grata.", ["RUSGOV"]),
    ("The Estonian government declared two Russian diplomats persona non grata.", ["RUSGOV"]),
    # an expelled diplomat is of the other side wherever posted (a recalled envoy's posting
    # is the target: "recalled its ambassador in Caracas")
    ("Serbia proclaimed the first secretary of the Embassy of Croatia in Belgrade persona non grata.", ["HRVGOV"]),
    # translated order, the person after the phrase (the model reads "grata" as a verb)
    ("The Chancellery of Costa Rica declared this Thursday persona non grata the consul of Nicaragua in Liberia.", ["NICGOV"]),
])
def test_the_person_declared_persona_non_grata_is_the_target(coder: Any, text: str, target: list[str]) -> None:
    events = [e for e in coder.code_text(text, date="2026-05-15") if e.plover_type == "SANCTION"]
    assert [(e.cameo_code, _codes(e.target)) for e in events] == [("161", target)]


def test_a_town_that_shares_a_country_s_name_is_no_country(coder: Any) -> None:
    # Liberia is also a city in Costa Rica; "its consul" is Nicaragua's wherever posted
    text = ("Nicaragua on Friday denied that its consul in the Costa Rican city of Liberia had spied on exiles. "
            "The consul, who was ordered out of Costa Rica on Thursday, crossed the border on Friday evening.")
    rows = [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in coder.code_text(text, date="2026-05-09")]
    assert rows == [("170", ["NICGOV"], []), ("161", ["CRI"], ["NICGOV"])]
    # a city's name after "the city of" still places its people ("the western city of Ahmedabad")
    event = _one(coder, "Indian police imposed a curfew in parts of the western city of Ahmedabad on Saturday.", "2026-05-09")
    assert _codes(event.target) == ["IND"]


def test_a_lot_of_aid_is_aid(coder: Any) -> None:
    # "un lote de ayuda", translated: a batch
    event = _one(coder, "Comoros has received a lot of humanitarian aid from India.", "2026-05-23")
    assert (event.plover_type, _codes(event.source), _codes(event.target)) == ("AID", ["IND"], ["COM"])


# -- session 11: regional and translated wordings -------------------------------------------
@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Chile's foreign minister went straight from the airport into talks with Peru's prime minister.",
         "046", ["CHLGOV"], ["PERGOV"]),
        ("Ghana rolled out the red carpet on Monday for Togo's president.", "043", ["GHA"], ["TGOGOV"]),
        ("The dockworkers' union served notice of a nationwide strike over unpaid wages.", "133", ["LAB"], []),
        ("The Comoros received on Friday a lot of humanitarian aid of sixty tons offered by the Republic of India.",
         "073", ["IND"], ["COM"]),
        ("The two foreign ministers proceeded in Rabat to the signature of a convention on fisheries.", "057", ["GOV"], []),
        ("The Ethiopian army affirms to have aimed only at positions of the Fano militias.", "190", ["ETHMIL"], ["ETHREB"]),
        ("The opposition party filed an election petition contesting the result in Kingston.", "115", ["JAMOPP"], []),
        ("The United States warned of sanctions against Georgia.", "1312", ["USA"], ["GEO"]),
    ],
)
def test_regional_and_translated_wordings(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    ev = _one(coder, text, "2026-05-08")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == (code, source, target)


def test_a_gathering_of_fighters_is_the_fighters(coder: Any) -> None:
    ev = _one(coder, "Malian aircraft targeted a gathering of armed fighters near Tessit.", "2026-05-08")
    assert (ev.plover_type, ev.cameo_code) == ("ASSAULT", "190")
    assert [a.sectors for a in ev.target] == [["UAF"]]


def test_measures_aimed_at_rebels_are_no_attack(coder: Any) -> None:
    events = coder.code_text("The sanctions are aimed at rebel commanders.", date="2026-05-08")
    assert [e.plover_type for e in events if e.plover_type == "ASSAULT"] == []


def test_received_aid_names_its_giver_from_the_participle_only(coder: Any) -> None:
    ev = _one(coder, "Haiti received relief supplies donated by the Red Cross.", "2026-05-08")
    assert (ev.cameo_code, ev.target[0].country) == ("073", "HTI")
    assert [a.name for a in ev.source] == ["International Committee of the Red Cross"]
    none = _one(coder, "The village has not received any aid.", "2026-05-08")
    assert (none.cameo_code, none.source, none.negated) == ("073", [], True)


def test_a_capitalised_agent_word_is_no_town(coder: Any) -> None:
    # In some contexts the tagger reads the "Union" of "Union leaders" at a sentence start as
    # a proper noun; it is the word for a trade union, not Union, New Jersey. The parse is
    # built by hand here, as the tagger gave it in a longer article.
    from spacy.tokens import Doc

    from eventcoder.actors import DocMemory

    words = ["Union", "leaders", "warned", "on", "Monday", "."]
    doc = Doc(coder.nlp.vocab, words=words, spaces=[True, True, True, True, False, False],
              pos=["PROPN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"], tags=["NNP", "NNS", "VBD", "IN", "NNP", "."],
              deps=["compound", "nsubj", "ROOT", "prep", "pobj", "punct"], heads=[1, 2, 2, 2, 3, 2],
              lemmas=["Union", "leader", "warn", "on", "Monday", "."], sent_starts=[True, False, False, False, False, False])
    actors = coder.resolver.resolve(doc[1], DocMemory())
    assert [(a.country, a.sectors) for a in actors] == [(None, ["LAB"])]


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # a pattern's prepositional object is read through a quantity or a span of days
        ("Belarus has supplied Russia with hundreds of long-range drones since January.", "072", ["BLR"], ["RUS"]),
        ("Thousands of port workers joined the second day of the general strike.", "143", ["LAB"], []),
    ],
)
def test_a_prepositional_object_is_read_through_its_quantity(coder: Any, text: str, code: str, source: list[str],
                                                             target: list[str]) -> None:
    ev = _one(coder, text, "2026-05-08")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == (code, source, target)


def test_aid_distributed_is_given_by_the_participles_agent(coder: Any) -> None:
    ev = _one(coder, "Relief flown in by Indonesia this week was being distributed in Sylhet on Friday.", "2026-09-26")
    assert (ev.cameo_code, _codes(ev.source), ev.location.name if ev.location else None) == ("073", ["IDN"], "Sylhet")
    plain = _one(coder, "Food aid was distributed in Gaza on Friday.", "2026-09-26")
    assert (plain.plover_type, plain.source) == ("AID", [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters fought the blaze for three days.", []),
        ("Chile and Argentina pooled resources to fight forest fires in Patagonia.", [("COOPERATE", "060")]),
        ("Tunisia and Algeria agreed on Thursday to fight forest fires together.", [("AGREE", "030")]),
        ("Government troops fought rebels near the border.", [("ASSAULT", "190")]),
        ("The president defended China's handling of the pandemic.", [("SUPPORT", "052")]),
    ],
)
def test_what_is_done_to_a_natural_hazard_is_no_event(coder: Any, text: str, expected: list[tuple[str, str]]) -> None:
    events = coder.code_text(text, date="2026-05-08")
    assert [(e.plover_type, e.cameo_code) for e in events] == expected


def test_a_country_tagged_as_a_person_counts_for_the_story(coder: Any) -> None:
    # the tagger reads "Mali" in "Mali's army" as a person; the story is still Mali's, and
    # its unnamed dead are Malian (Lere is also a Nigerian town)
    ev = _one(coder, "Residents said a drone strike by Mali's army on a weekly market near Lere killed 14 people on Thursday.",
              "2026-07-03", trigger="killed")
    assert (_codes(ev.source), _codes(ev.target)) == (["MLIMIL"], ["MLICVL"])


def test_an_untagged_region_name_counts_for_the_story(coder: Any) -> None:
    # "Timbuktu" before "region" is tagged as nothing; the story is Mali's, and so are its soldiers
    ev = _one(coder, "Soldiers killed 14 herders near a market in the Timbuktu region on Thursday, residents said.", "2026-07-03")
    assert (_codes(ev.source), _codes(ev.target)) == (["MLIMIL"], ["MLIAGR"])


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # who stages or calls an event noun, in a participle on it, does it (not who meets it)
        ("The march staged by Sri Lankan teachers' unions ended in clashes with police.", "141", ["LKALAB"], []),
        ("The raid carried out by Ugandan police left two dead.", "190", ["UGACOP"], []),
        # the dead of an event are who it was done to ("died in", "lost their lives in")
        ("Nine Malian soldiers lost their lives in an ambush near Kidal on Sunday.", "190", [], ["MLIMIL"]),
        ("Nine Malian soldiers died in an ambush near Kidal on Sunday.", "190", [], ["MLIMIL"]),
        # "the target of an assault": done to the subject, by the "by" phrase
        ("The Pakistani embassy in Kabul was the target of an attack by Afghan militants on Sunday.", "190",
         ["AFGINS"], ["PAKGOV"]),
        # workers shutting their own workplace strike; a government closing schools does not
        ("Honduran doctors shut outpatient clinics over unpaid wages on Wednesday.", "143", ["HNDHLH"], []),
        ("Lawyers shut the courts in Lahore for a second day.", "143", ["PAKJUD"], []),
        # taking part in a protest or a strike
        ("Thousands of Kenyan students took part in the march on Tuesday.", "141", ["KENEDU"], []),
        ("Malagasy dockers participated in the walkout on Monday.", "143", ["MDGLAB"], []),
    ],
)
def test_who_did_an_event_told_by_its_noun_or_its_workplace(coder: Any, text: str, code: str, source: list[str],
                                                            target: list[str]) -> None:
    event = _one(coder, text, "2026-05-06")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_a_government_closing_schools_is_no_strike(coder: Any) -> None:
    events = coder.code_text("The Kenyan government closed schools across the country because of the floods.", date="2026-05-06")
    assert [e.cameo_code for e in events if e.cameo_code == "143"] == []


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # "part of" is read through to what it is part of: a base overrun is an attack
        ("Gunmen overran part of a Nigerien army base at Tera on Wednesday.", "190", ["NERUAF"], ["NER"]),
        ("Rebels overran the town of Bunia on Sunday.", "192", ["CODREB"], []),
        # workers who launch a strike walk out; jets that launch one attack
        ("Malagasy dockers launched a 72-hour strike on Thursday.", "143", ["MDGLAB"], []),
        ("Israeli jets launched a strike on Gaza on Monday.", "195", ["ISR"], ["PSE"]),
    ],
)
def test_dates_parts_and_strikes(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-05-06")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_a_date_is_no_addressee(coder: Any) -> None:
    # ("called on Moscow" names the addressee; "demanded on Monday" does not)
    demand = _one(coder, "Georgia on Monday demanded that Russia immediately free two villagers.", "2026-05-06",
                  trigger="demanded")
    assert (demand.cameo_code, _codes(demand.source), _codes(demand.target)) == ("1053", ["GEO"], ["RUS"])


def test_a_nationality_or_capital_tagged_as_a_person_counts_for_the_story(coder: Any) -> None:
    # the tagger reads "Nigerien" and "Niamey" as persons, "Kano" as a place: the story is Niger's
    text = ("Nigerien soldiers escorting fuel trucks near Ayorou fought militants on Sunday. "
            "Four soldiers were killed, Niamey said, while drivers from Kano fled into the bush.")
    killed = [e for e in coder.code_text(text, date="2026-03-10") if e.evidence.trigger == "killed"]
    assert [_codes(e.target) for e in killed] == [["NERMIL"]]


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # letting people go, or granting them their liberty, is a release (not "can't let go")
        ("Venezuela let six detained Americans go home.", "0841", ["VEN"], ["USA"]),
        ("Dozens of political prisoners were let go by Cuban authorities on Sunday.", "0841", ["CUBGOV"], ["CUBCVL"]),
        ("The judge has accorded this Friday the liberty provisory to the eighteen Senegalese fishermen.", "0841",
         ["SENJUD"], ["SENAGR"]),
        # soldiers who fell in combat were killed
        ("Three Malian soldiers fell in combat on Sunday.", "190", [], ["MLIMIL"]),
        # aid that touched down
        ("Relief from Wellington touched down at Fua'amotu yesterday.", "073", ["NZLGOV"], []),
    ],
)
def test_releases_deaths_and_arrivals(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-05-06")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "She said he can't let go of the past.",
        "Refugees received food and toys, thanks to Islamic Relief and its supporters.",  # a name
        "The petition was filed in March.",  # a month, not a march
    ],
)
def test_no_event_from_a_name_or_an_idiom(coder: Any, text: str) -> None:
    assert [(e.evidence.trigger, e.cameo_code) for e in coder.code_text(text, date="2026-05-06")] == []


def test_n_days_after_counts_from_the_nearer_dated_clause_and_their_arrest_was_done_to_them(coder: Any) -> None:
    # the parser hangs "three days after" on "are"; it counts from Friday, the release's day
    text = ("The eighteen Senegalese fishermen are back on the beach after a judge in Thies let them go on Friday, "
            "three days after their arrest.")
    arrest = _one(coder, text, "2026-03-08", trigger="arrest")
    assert (arrest.date.start, arrest.date.precision) == ("2026-03-03", "day")
    assert (_codes(arrest.source), _codes(arrest.target)) == ([], ["SENAGR"])
    # a state's own arrest keeps it as the source
    detention = _one(coder, "Iran's arrest of two British tourists was condemned by London.", "2026-03-08", trigger="arrest")
    assert (_codes(detention.source), _codes(detention.target)) == (["IRN"], ["GBRCVL"])


def test_a_bare_infinitive_s_own_day_dates_the_release_in_an_after_clause(coder: Any) -> None:
    # "go" (tagged a present after "them and thirteen others") carries the day; the release is
    # no longer put in the week before the report; and "them" is not the police who let them go
    text = ("Four Balikpapan students were back home last night after police in Samarinda let them "
            "and thirteen others go on Thursday.")
    ev = _one(coder, text, "2026-05-16", trigger="let")
    assert (ev.cameo_code, ev.date.start, ev.date.precision) == ("0841", "2026-05-14", "day")
    assert (_codes(ev.source), _codes(ev.target)) == (["IDNCOP"], ["IDNEDU"])
    events = coder.code_text("Students marched in Samarinda on Monday. Police detained them outside the assembly.",
                             date="2026-05-16")
    assert [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in events][-1] == ("173", ["IDNCOP"], ["IDNEDU"])
    # but what is inside the subject may be "them": the deal signed by the ministers commits them
    text = ("Norway and Sweden signed an agreement on Thursday. The deal, signed in Narvik by the two "
            "countries' transport ministers, commits them to building a second track.")
    commits = _one(coder, text, "2025-02-20", trigger="commits")
    assert _codes(commits.target) == ["GOV"]


@pytest.mark.parametrize(("text", "code"), [
    # armed men who fire, with nothing fired named, fight with small arms
    ("Residents said the attackers kept firing from about three in the morning until first light.", "193"),
    ("Gunmen fired from the trees behind the market on Friday.", "193"),
    # what is fired, and who fires whom, keep their own codes
    ("The army fired a missile at the base.", "190"),
    ("Soldiers fired tear gas at protesters.", "175"),
    ("The company fired 200 workers.", "172"),
])
def test_armed_men_who_fire_use_small_arms(coder: Any, text: str, code: str) -> None:
    assert [e.cameo_code for e in coder.code_text(text, date="2026-05-10")] == [code]


def test_they_continues_the_story_s_actor_not_its_source_nor_an_earlier_event_s(coder: Any) -> None:
    text = ("Gunmen opened fire on a police post in Dekai on Friday afternoon, killing an officer, police said.\n"
            "The attack came three days after separatist fighters shot dead two soldiers in Puncak.\n"
            '"They fired from the trees behind the market," a local official told reporters.')
    fired = _one(coder, text, "2025-09-05", trigger="fired")
    assert _codes(fired.source) == ["UAF"]


def test_this_weekday_with_a_present_perfect_is_the_day_gone(coder: Any) -> None:
    # a report of Monday 9 March: "has fallen this Sunday" is 8 March, not 15 March
    ev = _one(coder, "A patrol of the Nigerien army has fallen this Sunday in an ambush near Ayorou.", "2026-03-09")
    assert (ev.date.start, ev.modality) == ("2026-03-08", "asserted")
    # so is a passive in the past tense: "was attacked this Sunday", in a report of Monday 6 July
    ev = _one(coder, "A check-post of the army at the entry of Kumbo was attacked this Sunday by armed men.", "2026-07-06")
    assert (ev.date.start, ev.modality) == ("2026-07-05", "asserted")


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # force used on a protest is used on who held it
        ("A protest march staged by Sri Lankan teachers' trade unions was dispersed by police on Friday.", "175",
         ["COP"], ["LKALAB"]),
        ("Kenyan police broke up a rally by opposition supporters in Nairobi on Monday.", "175", ["KENCOP"], ["KENOPP"]),
        # a possessive common noun names the actor ("the nurses' strike")
        ("The Kenyan nurses' strike entered its third week on Monday.", "143", ["KENHLH"], []),
    ],
)
def test_who_a_protest_noun_names(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = next(e for e in coder.code_text(text, date="2026-08-08") if e.cameo_code == code)
    assert (_codes(event.source), _codes(event.target)) == (source, target)


def test_an_attack_by_its_own_doer_is_not_aimed_at_them(coder: Any) -> None:
    # "their" is the rebels: their own attacks are not aimed at them
    ev = _one(coder, "Houthi rebels continued their attacks on shipping on Monday.", "2026-08-08")
    assert (_codes(ev.source), _codes(ev.target)) == (["YEMREB"], [])


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # an officer is a person acted on, not the name of the act
        ("Podgorica gave the Russian officer until Thursday to leave the country.", "161", ["MNEGOV"], ["RUS"]),
        ("Gang members killed three Haitian police officers in Lascahobas on Tuesday.", "190", ["HTICRM"], ["HTICOP"]),
    ],
)
def test_officers_are_people_acted_on(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-03-13")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        # session 13: translated and regional wordings
        ("The Bolivian vice-chancellor realised on Monday a working visit to Paraguay.", "042", ["BOLGOV"], ["PRY"]),
        ("Port workers in Mombasa paralysed operations at the container terminal on Tuesday.", "143", ["KENLAB"], []),
        ("Hundreds of teachers mobilised themselves on Friday towards the Ministry of Education in Lima.", "141",
         ["PEREDU"], []),
        ("Tehran addressed on Sunday to the Iraqi side an ultimatum over the border crossings.", "139", ["IRNGOV"],
         ["IRQ"]),
        ("Kenyan officials gave Uganda three weeks to pay the transit fees.", "139", ["KENGOV"], ["UGA"]),
        ("An RNZAF plane landed in Apia on Saturday with twelve tonnes of drinking water.", "073", ["NZLMIL"], []),
        ("A Japanese navy ship brought drinking water and two desalination units to Tonga on Monday.", "073", ["JPN"],
         ["TON"]),
        ("A Turkish navy ship docked in Beirut on Friday with 300 tonnes of flour and tents.", "073", ["TUR"], []),
        ("A Saudi aircraft loaded with 20 tonnes of medicine landed in Aden on Tuesday.", "073", ["SAU"], []),
        ("The shipment was handed over to Malawian officials on Monday.", "073", [], ["MWIGOV"]),
        ("The Court of Appeal disposed the immediate liberty of the six students.", "0841", ["JUD"], []),
        ("An Emirati military plane flew 40 tonnes of supplies into Afghanistan on Friday.", "073", ["ARE"], ["AFG"]),
        ("The relief goods were turned over to the regional office of the social welfare department.", "073", [], []),
        ("Guyana's opposition has contested this Monday the results of the by-election.", "120", ["GUYOPP"], []),
        ("Taxi drivers across Monrovia parked their cars this morning in a sit-down strike.", "143", ["LBRLAB"], []),
        ("The Czech Republic has put an entry ban to eleven Georgian officials.", "172", ["CZE"], ["GEOGOV"]),
        ("Both ministers approached during two hours the themes of the bilateral agenda.", "040", ["GOV"], []),
        # the parser hangs "persona non grata" anywhere
        ("Armenia on Tuesday declared an attaché at the Belarusian embassy in Yerevan persona non grata.", "161",
         ["ARM"], ["BLRGOV"]),
        # a diplomat ordered out of a country was expelled by it
        ("Two Belarusian diplomats were ordered out of Latvia on Monday.", "161", ["LVA"], ["BLRGOV"]),
        # an army mobilising is no march
        ("The army mobilised reservists on Monday.", "154", ["MIL"], []),
    ],
)
def test_session_13_wordings(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2026-11-10")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_a_prepositional_verb_object_is_no_object_of_the_main_verb(coder: Any) -> None:
    # "by pledging 10 million dollars": the dollars are what was pledged, not what was ended
    events = coder.code_text("The minister ended his visit by pledging 10 million dollars for schools.", date="2026-11-10")
    assert sorted(e.cameo_code for e in events) == ["0331", "042"]


def test_the_shooting_that_went_on_is_an_attack(coder: Any) -> None:
    assert [e.cameo_code for e in coder.code_text("The shooting went on for two hours, residents of the town said.",
                                                   date="2026-11-10")] == ["193"]


def test_a_place_a_party_comes_from_is_not_a_place_the_sentence_gives_its_event(coder: Any) -> None:
    # "negotiators from Buka" met in the capital: Buka is not another city where talks were held
    event = _one(coder, "Negotiators from Waigani and Buka sat down on Monday for talks on the referendum.",
                 "2026-11-24", trigger="sat")
    assert event.sentence_places == []
    event = _one(coder, "Police from Batumi detained twelve protesters in Tbilisi on Monday.", "2026-11-24")
    assert [c for _, c in event.sentence_places] == ["GEO"] and event.location is not None
    assert event.location.name == "Tbilisi"
    # a place named inside the noun a party comes from is still named ("the Erdenet copper mine")
    event = _one(coder, "Workers from the Erdenet copper mine gathered outside the governor's office on Wednesday.",
                 "2026-05-20", trigger="gathered")
    assert event.sentence_places == [(2031405, "MNG")]


def test_a_protest_meeting_is_a_protest_even_after_took_place(coder: Any) -> None:
    # translated word order: "took place a meeting of protest" (the subject after the verb)
    event = _one(coder, "On Saturday took place a meeting of protest of the miners in Erdenet.", "2026-05-14")
    assert (event.cameo_code, event.date.start) == ("141", "2026-05-09")
    event = _one(coder, "Workers held a protest meeting outside the mine on Monday.", "2026-05-14")
    assert event.cameo_code == "141"
    # a loaded plane sent is one aid event, not two
    events = coder.code_text("Kuwait sent a plane loaded with food and medicine to Sudan on Wednesday.", date="2026-05-14")
    assert [(e.cameo_code, e.evidence.trigger.split()[0]) for e in events] == [("073", "sent")]


def test_a_state_actor_whose_words_name_its_country_keeps_it(coder: Any) -> None:
    # the ministry of "The foreign ministry accused Russia" in a story about Russia takes no
    # country from the story; "The Israeli government" says its own
    event = _one(coder, "The Israeli government rejected a French proposal for an observer mission in Jerusalem's Old "
                        "City.", "2026-03-12")
    assert _codes(event.source) == ["ISRGOV"]
    events = coder.code_text("Russia expelled two diplomats. The foreign ministry accused Russia of spying.",
                             date="2026-03-12")
    assert [(_codes(e.source), _codes(e.target)) for e in events if e.cameo_code.startswith("11")] == [(["GOV"], ["RUS"])]


def test_a_place_called_only_by_plain_words_is_a_place_only_in_a_context_country(coder: Any) -> None:
    # "the Old City" of Montevideo is not Jerusalem's
    event = _one(coder, "Uruguay and Chile will set up a working group, their top diplomats said after meeting at the "
                        "Foreign Ministry in the Old City.", "2025-03-04", trigger="meeting")
    assert (event.location is None or event.location.geonames_id is None) and event.sentence_places == []
    event = _one(coder, "Israeli police detained three Palestinians in the Old City of Jerusalem on Friday.", "2025-03-04")
    assert event.location is not None and event.location.name == "Old City"


def test_taking_part_after_a_told_protest_is_a_mention_of_it(coder: Any) -> None:
    text = ("Several hundred trade unionists marched through Lilongwe to Parliament on Tuesday to protest against power "
            "cuts. Police put the crowd at about 600, while the unions said more than 3,000 had taken part.")
    events = coder.code_text(text, date="2026-03-10")
    assert [(e.sentence_index, e.cameo_code, _codes(e.source), e.date.start) for e in events] == [
        (0, "141", ["MWILAB"], "2026-03-10"), (1, "141", ["MWILAB"], "2026-03-10")]
    events = coder.code_text("Commercial drivers in Monrovia went on strike on Tuesday over fuel prices. Many drivers in "
                             "Paynesville had joined the action.", date="2025-03-18")
    assert [(e.sentence_index, e.cameo_code, e.date.start) for e in events] == [(0, "143", "2025-03-18"),
                                                                               (1, "143", "2025-03-18")]
    # with no protest told, or a part in something else, nothing
    assert coder.code_text("Organisers said about 1,500 people turned up.", date="2026-03-10") == []
    assert [e.cameo_code for e in coder.code_text(
        "Teachers marched on Monday. The minister said 3,000 people had taken part in the consultation.",
        date="2026-03-10")] == ["141", "040"]


def test_event_nouns_that_passed_off_were_called_off_or_were_signed(coder: Any) -> None:
    # a march that "passed off peacefully" took place; a strike "called off" is no air strike
    event = _one(coder, "In the capital, the Lilongwe march passed off peacefully, police said.", "2026-03-11")
    assert event.cameo_code == "141"
    event = _one(coder, "The strike was called off on Monday.", "2026-03-11")
    assert event.plover_type != "ASSAULT"
    event = _one(coder, "Kenya's trade minister spoke after the signing of the pact with Tanzania in Arusha.", "2026-03-11",
                 trigger="signing")
    assert event.cameo_code == "057"
    # challenging an election result is rejecting it; in court, it is a lawsuit (one event)
    event = _one(coder, "The party said on Tuesday it would challenge the result of the by-election.", "2026-03-11")
    assert event.cameo_code == "120"
    event = _one(coder, "The party went to the Supreme Court on Tuesday to challenge the result of a by-election.",
                 "2026-03-11")
    assert event.cameo_code == "115"


def test_a_facility_named_after_its_city_places_the_report(coder: Any) -> None:
    # no country is named: the airport and the capitol say where the report is
    event = _one(coder, "A military transport plane that touched down at Funafuti International Airport yesterday "
                        "carried bottled water, officials said.", "2026-11-18", trigger="carried")
    assert (event.sentence_places, event.report_country) == ([(2110394, "TUV")], "TUV")
    event = _one(coder, "Twelve drivers were arrested this morning after they blocked the road in front of the Cebu "
                        "Provincial Capitol.", "2025-03-27", trigger="arrested")
    assert (event.sentence_places, event.report_country) == ([(1717512, "PHL")], "PHL")
    # a palace or a square often carries another place's name
    event = _one(coder, "The king will make a state visit to Spain in June, Buckingham Palace announced on Tuesday.",
                 "2026-03-11", trigger="make")
    assert event.sentence_places == []


def test_translated_recalls_and_a_nationality_after_its_noun(coder: Any) -> None:
    # the object after the prepositional phrase, read by the parser as a clause on its noun
    event = _one(coder, "The government of Ghana has recalled this Monday for consultations its ambassador accredited "
                        "in Togo.", "2025-02-10")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("161", ["GHAGOV"], "2025-02-10")
    event = _one(coder, "The Government ivorian has recalled its ambassador to Burkina Faso.", "2025-02-10")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("161", ["CIVGOV"], ["BFA"])
    event = _one(coder, "The Ghanaian envoy had been called home after the dispute.", "2025-02-10")
    assert (event.cameo_code, _codes(event.source)) == ("161", ["GHA"])
    # a relative clause with its own pronoun is a clause ("a resolution that the envoy rejected")
    events = coder.code_text("The General Assembly condemned the violations in a resolution that Pyongyang's envoy "
                             "rejected.", date="2025-02-10")
    assert [(e.cameo_code, _codes(e.target)) for e in events if e.cameo_code == "111"] == [("111", [])]


def test_a_raid_that_kills_is_an_attack_and_left_dead_is_no_withdrawal(coder: Any) -> None:
    event = _one(coder, "The raid left at least five dead.", "2025-02-10")
    assert (event.plover_type, event.cameo_code) == ("ASSAULT", "190")
    # the parser hangs "left" on the village: no withdrawal from it
    events = coder.code_text("A raid on another village left at least five dead on Monday.", date="2025-02-10")
    assert [e.plover_type for e in events if e.plover_type == "RETREAT"] == []
    # but people "held captive" are held
    events = coder.code_text("The rebels said they would free two guards held captive by them on Monday.", date="2025-02-10")
    assert [(e.cameo_code, _codes(e.source)) for e in events if e.evidence.trigger == "held"] == [("181", ["REB"])]


def test_more_wordings_of_session_14(coder: Any) -> None:
    event = _one(coder, "Finland's minister and his Estonian colleague put their names to the agreement in Tallinn "
                        "yesterday.", "2025-02-10")
    assert (event.cameo_code, sorted(_codes(event.source)), event.date.start) == ("057", ["EST", "FINGOV"], "2025-02-09")
    event = _one(coder, "Municipal workers in Beirut pressed on with a strike over wages on Thursday.", "2025-02-10")
    assert (event.cameo_code, _codes(event.source)) == ("143", ["LBNLAB"])
    # what is given is no recipient: the "to" names it
    event = _one(coder, "The goods were handed over to the Tongan government as emergency aid on Monday.", "2025-02-10")
    assert (event.plover_type, _codes(event.target)) == ("AID", ["TONGOV"])
    event = _one(coder, "Lawyers for nine Zambian traders held since Saturday said they would seek bail.", "2025-02-10",
                 trigger="held")
    assert (event.cameo_code, _codes(event.target)) == ("173", ["ZMBBUS"])
    # an object after adverbials (translated word order)
    event = _one(coder, "Hundreds of farmers have blocked yesterday, for almost seven hours, the accesses towards the "
                        "port.", "2025-02-10")
    assert event.evidence.trigger.endswith("the accesses")
    assert [e.cameo_code for e in coder.code_text("The rebels fought the whole day.", date="2025-02-10")] == ["190"]


def test_taking_part_in_the_action_after_a_told_strike_is_the_strike(coder: Any) -> None:
    events = coder.code_text("Bus drivers in Sofia went on strike on Thursday over wages. In the protest action have "
                             "participated over 2,400 drivers and technicians.", date="2025-02-10")
    assert [(e.sentence_index, e.cameo_code, e.date.start) for e in events] == [(0, "143", "2025-02-06"),
                                                                               (1, "143", "2025-02-06")]


def test_a_street_or_a_person_s_airport_is_not_the_city_in_its_name(coder: Any) -> None:
    # "Cairo Road" is in Lusaka; "Hamid Karzai International Airport" is not in a town called Hamid
    event = _one(coder, "Police arrested nine traders on Cairo Road on Saturday.", "2025-02-10")
    assert (event.location is None or event.location.country is None) and event.sentence_places == []
    event = _one(coder, "Taliban fighters fired rockets on Hamid Karzai International Airport at around midday.",
                 "2025-02-10")
    assert (event.location is None or event.location.country != "TUR") and event.sentence_places == []
    # but a police station named after its town is in it
    event = _one(coder, "Nine ex-miners were yesterday picked up by police officers and taken to Chingola Central "
                        "Police Station.", "2025-02-13", trigger="picked")
    assert (event.sentence_places, event.report_country) == ([(919009, "ZMB")], "ZMB")


def test_sides_that_agree_on_a_coercive_step_agree_and_aid_flown_to_a_place(coder: Any) -> None:
    event = _one(coder, "Panama and Costa Rica have agreed to set up joint livestock checkpoints on their shared border.",
                 "2025-02-28")
    assert (event.plover_type, event.cameo_code) == ("AGREE", "030")
    event = _one(coder, "The rebels vowed to attack the capital.", "2025-02-28")
    assert event.plover_type == "THREATEN"
    event = _one(coder, "Brazil flew food and water filters to flood-hit towns on Monday.", "2025-02-11")
    assert (event.plover_type, _codes(event.source)) == ("AID", ["BRA"])


def test_what_happened_after_an_undated_clause_is_in_the_week_before_its_day(coder: Any) -> None:
    # "... on Monday urged Madrid to intervene after Namibia threatened ...": the threat came
    # in the days before Monday, not on the report's day
    events = coder.code_text("Spain's fishing industry on Monday urged Madrid to intervene after Namibia threatened to "
                             "strip foreign-owned trawlers of their hake quotas.", date="2025-02-24")
    threat = next(e for e in events if e.plover_type == "THREATEN")
    assert (threat.date.start, threat.date.end, threat.date.precision) == ("2025-02-17", "2025-02-24", "range")
    # with no day to count back from, the week before the report ("It was the second strike in
    # a week, after dockers walked out")
    event = _one(coder, "The army withdrew after rebels attacked the town.", "2025-02-24", trigger="attacked")
    assert (event.date.start, event.date.end, event.date.precision) == ("2025-02-17", "2025-02-24", "range")
    # (not when the clause it follows is still to come)
    event = _one(coder, "The army will withdraw after rebels attacked the town.", "2025-02-24", trigger="attacked")
    assert event.date.precision == "document"


def test_a_weekday_in_the_future_tense_is_the_coming_one(coder: Any) -> None:
    event = _one(coder, "The minister will visit Paris on Saturday.", "2025-02-21")  # a Friday
    assert (event.date.start, event.modality) == ("2025-02-22", "future")
    event = _one(coder, "The minister visited Paris on Saturday.", "2025-02-21")
    assert event.date.start == "2025-02-15"


def test_a_delivery_told_by_a_participle_before_a_future_distribution_is_coded(coder: Any) -> None:
    events = coder.code_text("The supplies, delivered on Wednesday by an air force C-130, will be distributed on the "
                             "south coast from Saturday.", date="2025-02-21")
    assert [(e.modality, e.date.start) for e in events] == [("asserted", "2025-02-19"), ("future", "2025-02-22")]


def test_civilians_blocking_a_way_obstruct_it_in_protest(coder: Any) -> None:
    event = _one(coder, "Striking lorry drivers blockaded the border crossing on Monday.", "2025-02-12")
    assert (event.plover_type, event.cameo_code) == ("PROTEST", "144")
    event = _one(coder, "The navy blockaded the port on Monday.", "2025-02-12")
    assert event.cameo_code == "191"


def test_the_dead_and_wounded_after_a_told_attack_are_a_mention_of_it(coder: Any) -> None:
    events = coder.code_text("Gunmen attacked a gendarmerie post in Kolofata on Tuesday. Five gendarmes died and two "
                             "were wounded.", date="2025-02-05")
    assert [(e.sentence_index, e.cameo_code, e.date.start) for e in events] == [(0, "190", "2025-02-04"),
                                                                               (1, "190", "2025-02-04")]
    events = coder.code_text("Gunmen attacked a gendarmerie post in Kolofata on Tuesday. Five elements of the "
                             "gendarmerie have lost the life.", date="2025-02-05")
    assert [e.sentence_index for e in events] == [0, 1]
    # deaths of another cause, or of no one counted, are not
    for other in ("Two people died in a car crash on Friday.", "The former president died on Friday."):
        events = coder.code_text("Gunmen attacked a post on Tuesday. " + other, date="2025-02-05")
        assert [e.sentence_index for e in events] == [0]


def test_place_names_are_read_in_the_countries_a_report_names_as_places(coder: Any) -> None:
    # "Victoria" in a story on the Seychelles is its capital, not Hong Kong's Victoria
    events = coder.code_text("Mauritius's foreign minister arrived in the Seychelles on Monday for a two-day visit. "
                             "He held talks in Victoria with his Seychellois counterpart.", date="2024-11-04")
    talks = next(e for e in events if e.evidence.trigger.startswith("held"))
    assert (talks.location.name, talks.location.country) == ("Victoria", "SYC")
    # but a country named as a party says nothing of where: Geneva stays Swiss
    event = _one(coder, "The talks in Geneva between the United States and Iran ran late into the night.", "2024-11-04")
    assert event.location.country == "CHE"


def test_not_recognising_or_accepting_a_result_is_rejecting_it(coder: Any) -> None:
    event = _one(coder, "The party announced on Monday that it does not recognise the results of the elections.",
                 "2024-11-12")
    assert (event.cameo_code, event.negated, event.modality) == ("120", False, "asserted")
    event = _one(coder, "The party says it will not accept the result of the by-election.", "2024-11-12")
    assert (event.cameo_code, event.negated, event.modality) == ("120", False, "asserted")
    event = _one(coder, "The opposition accepted the result on Monday.", "2024-11-12")
    assert (event.cameo_code, event.negated) == ("051", False)


def test_refusing_to_accept_a_result_is_one_rejection(coder: Any) -> None:
    events = coder.code_text("The opposition refused to accept the result on Monday.", date="2024-11-12")
    assert [(e.cameo_code, e.negated) for e in events] == [("120", False)]


def test_sanctions_ordered_or_decided_and_a_cargo_transmitted(coder: Any) -> None:
    event = _one(coder, "Tokyo on Wednesday ordered an asset freeze on 18 Russian and foreign firms.", "2024-11-14")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("163", ["JPNGOV"], "2024-11-13")
    event = _one(coder, "The Government decided additional sanctions measures against Russia.", "2024-11-14")
    assert (event.cameo_code, _codes(event.target)) == ("163", ["RUS"])
    # the patient read as an apposition of the preposition's noun (translated word order)
    event = _one(coder, "At the station Hairatan yesterday was solemnly transmitted to the Afghan side the humanitarian "
                        "cargo of Kazakhstan.", "2024-11-10")
    assert (event.plover_type, _codes(event.target), event.date.start) == ("AID", ["AFG"], "2024-11-09")


def test_insisting_that_something_was_so_is_no_demand(coder: Any) -> None:
    events = coder.code_text("The police, however, insist that only eleven were arrested.", date="2024-11-13")
    assert [(e.cameo_code, e.modality) for e in events] == [("173", "asserted")]
    events = coder.code_text("The union insisted that the government withdraw the bill.", date="2024-11-13")
    assert [(e.plover_type, e.modality) for e in events] == [("REQUEST", "asserted"), ("CONCEDE", "demanded")]


def test_a_verb_first_translated_sentence_has_its_first_object_as_subject(coder: Any) -> None:
    event = _one(coder, "Signed the Minister of Transport and his Jordanian counterpart yesterday, Friday, in the capital "
                        "Amman, an agreement on road freight.", "2024-11-23")
    assert (event.cameo_code, event.target, event.date.start) == ("057", [], "2024-11-22")
    assert event.source


def test_joining_a_told_protest_is_of_its_day_and_sides(coder: Any) -> None:
    events = coder.code_text("Fishermen marched to Congress on Tuesday. Police estimated the crowd at 3,000, while the "
                             "organisers said 12,000 had joined the march.", date="2024-11-20")
    assert [(e.sentence_index, e.cameo_code, _codes(e.source), e.date.start) for e in events] == [
        (0, "141", ["AGR"], "2024-11-19"), (1, "141", ["AGR"], "2024-11-19")]
    events = coder.code_text("Fishermen marched on Tuesday. Farmers will join the march next week.", date="2024-11-20")
    assert [(e.modality, e.date.start) for e in events][1] == ("future", "2024-11-25")


def test_a_bare_recall_or_signing_after_a_told_one_is_a_mention_of_it(coder: Any) -> None:
    events = coder.code_text("Mali recalled its ambassador from Algiers on Tuesday. The recall was announced on state "
                             "radio.", date="2025-06-05")
    assert [(e.sentence_index, e.cameo_code, _codes(e.source), _codes(e.target), e.date.start) for e in events] == [
        (0, "161", ["MLI"], ["DZAGOV"], "2025-06-03"), (1, "161", ["MLI"], ["DZAGOV"], "2025-06-03")]
    # a recall of something else, or with no recall told, is no event
    events = coder.code_text("Mali recalled its ambassador from Algiers on Tuesday. The recall of the contaminated "
                             "flour was announced on state radio.", date="2025-06-05")
    assert [e.sentence_index for e in events] == [0]
    assert coder.code_text("The recall was announced on state radio.", date="2025-06-05") == []
    events = coder.code_text("Chile and Peru signed a fisheries accord in Lima on Monday. The signing took place at the "
                             "foreign ministry.", date="2025-06-05")
    assert [(e.sentence_index, e.cameo_code) for e in events] == [(0, "057"), (1, "057")]


def test_translated_recalls_and_releases_name_their_state_and_object(coder: Any) -> None:
    # the object read as an apposition of the date; a ministry recalls its own state's envoy
    event = _one(coder, "The Ministry of Foreign Affairs and of Cooperation has recalled for consultations, this "
                        "Monday, the ambassador of Togo in Accra.", "2025-06-05")
    assert (event.cameo_code, _codes(event.source), _codes(event.target), event.date.start) == (
        "161", ["TGOGOV"], ["GHAGOV"], "2025-06-02")
    event = _one(coder, "The Government of Cabo Verde has proceeded this Monday to the liberation of the six "
                        "Senegalese fishermen.", "2025-06-05")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("0841", ["CPVGOV"], "2025-06-02")
    assert event.target and all(a.country == "SEN" for a in event.target)


def test_sitting_with_another_side_and_staff_staying_away(coder: Any) -> None:
    event = _one(coder, "Sudanese army envoys sat with the RSF negotiators in Jeddah on Sunday.", "2025-06-05")
    assert (event.cameo_code, _codes(event.source), _codes(event.target), event.date.start) == (
        "040", ["SDNGOV"], ["SDNREB"], "2025-06-01")
    # workers staying away; a share of a group is the group
    event = _one(coder, "Half of the workers stayed away on Monday.", "2025-06-05")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("143", ["LAB"], "2025-06-02")
    assert coder.code_text("Voters stayed away on Monday.", date="2025-06-05") == []


def test_workers_who_mobilise_rally_and_an_ultimatum_handed_a_day_after(coder: Any) -> None:
    event = _one(coder, "Nurses of the public hospitals mobilised in front of the Ministry of Health.", "2025-06-05")
    assert (event.cameo_code, _codes(event.source)) == ("141", ["HLH"])
    assert _one(coder, "The army mobilised on Monday.", "2025-06-05").cameo_code == "154"
    # "a day after" on a clause the parser made a conjunct (a duration in its object)
    event = _one(coder, "Vendors spent Tuesday clearing their stalls, a day after the city council handed them a "
                        "two-week ultimatum.", "2025-06-05")
    assert (event.cameo_code, event.date.start, event.date.precision) == ("139", "2025-06-02", "day")


def test_a_where_clause_on_a_facility_s_of_phrase_is_not_placed_there(coder: Any) -> None:
    # "Justice" is a town in Illinois; the Palace of Justice is a building
    events = coder.code_text("The workers rallied in front of the Palace of Justice, where they delivered a note to "
                             "the judges.", date="2025-06-05")
    assert [(e.cameo_code, _codes(e.source), e.location, e.report_country) for e in events] == [
        ("141", ["LAB"], None, None), ("114", ["LAB"], None, None)]


def test_joining_the_march_the_tagger_takes_for_the_month_is_the_told_march(coder: Any) -> None:
    text = ("Hundreds of teachers marched to Ghana's parliament in the capital Accra on Monday against a law they say "
            "would cut their pensions.\nPolice estimated the crowd at 800, while the national association of teachers "
            "said 5,000 had joined the march.\nMPs are due to vote on the law next week.")
    march = [tok for tok in coder.nlp(text) if tok.lower_ == "march"][0]
    assert (march.pos_, march.dep_) == ("PROPN", "npadvmod")  # the slip this test is about
    events = coder.code_text(text, date="2025-06-03")
    assert [(e.sentence_index, e.plover_type, e.date.start) for e in events] == [
        (0, "PROTEST", "2025-06-02"), (1, "PROTEST", "2025-06-02")]


def test_a_signing_ceremony_verb_first_signing_and_people_taken_to_a_police_station(coder: Any) -> None:
    event = _one(coder, "Monday's signing ceremony in Oslo drew a small protest.", "2025-06-05")
    assert (event.cameo_code, event.date.start) == ("057", "2025-06-02")
    # translated verb-first order with the agreement read as an adverbial
    event = _one(coder, "Signed the Minister of Energy and his Kenyan counterpart yesterday, Monday, in the capital "
                        "Nairobi, an agreement for a power line.", "2025-06-03")
    assert (event.cameo_code, event.date.start) == ("057", "2025-06-02")
    assert "KEN" in [a.country for a in event.source]
    # a bare participle conjoined to a passive is passive, with its agent
    events = coder.code_text("Six miners were picked up by police officers and taken to Kitwe Central Police "
                             "Station.", date="2025-06-05")
    assert [(e.cameo_code, _codes(e.source)) for e in events if e.evidence.trigger == "taken"] == [("173", ["ZMBCOP"])]
    assert coder.code_text("The injured were taken to the hospital.", date="2025-06-05") == []


def test_gunmen_setting_fire_destroy_property_and_the_attack_is_the_attack_told(coder: Any) -> None:
    events = coder.code_text("Jihadists attacked an army post in northern Benin on Sunday, killing five soldiers.\n"
                             "The assailants set fire to three vehicles before withdrawing.\n"
                             "No group has claimed the attack.", date="2025-06-03")
    assert [(e.sentence_index, e.cameo_code, _codes(e.target), e.date.start) for e in events] == [
        (0, "190", ["BENMIL"], "2025-06-01"), (1, "1712", [], "2025-06-03"), (2, "190", ["BENMIL"], "2025-06-01")]
    # crowds (traders too) who set fire to a building riot
    event = _one(coder, "Angry traders set fire to the market office in Kumasi on Monday.", "2025-06-03")
    assert (event.cameo_code, _codes(event.source)) == ("145", ["GHABUS"])


def test_staff_named_by_where_they_work(coder: Any) -> None:
    event = _one(coder, "Hospital staff marched to the health ministry in Lima on Monday.", "2025-06-03")
    assert (event.cameo_code, _codes(event.source)) == ("141", ["PERHLH"])
    event = _one(coder, "Court staff walked out on Monday over unpaid allowances.", "2025-06-03")
    assert (event.cameo_code, _codes(event.source)) == ("143", ["JUD"])


def test_a_strike_by_workers_is_a_strike_a_strike_by_jets_is_not(coder: Any) -> None:
    event = _one(coder, "A strike by bus drivers shut down Cochabamba on Tuesday.", "2025-06-05")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("143", ["LAB"], "2025-06-03")
    assert [e.plover_type for e in coder.code_text("A strike by Israeli jets hit a house in Gaza.", date="2025-06-05")] == [
        "ASSAULT"]


def test_workers_on_strike_an_ambush_laid_and_an_agreement_subscribed(coder: Any) -> None:
    event = _one(coder, "Hundreds of miners have been on strike since Saturday over unpaid wages.", "2025-07-14")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("143", ["LAB"], "2025-07-12")
    assert coder.code_text("The minister was on a visit to Paris.", date="2025-07-14") == []
    event = _one(coder, "Rebels laid an ambush for a police patrol near Gao on Wednesday.", "2025-07-03")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("190", ["MLIREB"], ["MLICOP"])
    event = _one(coder, "The environment ministers of Chile and Argentina subscribed this Tuesday a binational agreement.",
                 "2025-07-23")
    assert (event.cameo_code, sorted(_codes(event.source))) == ("057", ["ARGGOV", "CHLGOV"])


def test_sanctions_implemented_and_the_counted_group_held_or_released(coder: Any) -> None:
    event = _one(coder, "Canada announced on Monday to implement sanctions against four Iranian officials.", "2025-07-14")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("163", ["CAN"], ["IRNGOV"])
    events = coder.code_text("Police arrested eleven protesters in Lagos. The 11 were held on suspicion of fraud.",
                             date="2025-07-08")
    assert [(e.evidence.trigger, e.cameo_code, _codes(e.target)) for e in events] == [
        ("arrested", "173", ["NGACVL"]), ("held", "173", ["NGACVL"])]
    events = coder.code_text("Police arrested eleven protesters in Lagos. The 12 were held on suspicion of fraud.",
                             date="2025-07-08")
    assert [_codes(e.target) for e in events] == [["NGACVL"], []]  # (not the group of eleven)
    event = _one(coder, "The eleven students are being held at a police station in Mbabane.", "2025-07-10")
    assert (event.cameo_code, _codes(event.target)) == ("173", ["SWZEDU"])
    assert _one(coder, "The summit was held at the police headquarters.", "2025-07-10").cameo_code == "040"
    event = _one(coder, "A court in Catania released 11 growers on Thursday.", "2025-07-10")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("0841", ["ITAJUD"], ["ITAAGR"])


def test_a_walkout_in_its_third_day_began_two_days_before(coder: Any) -> None:
    event = _one(coder, "The walkout at the Tema port entered its third day on Friday.", "2025-07-11")
    assert (event.cameo_code, event.date.start, event.date.precision) == ("143", "2025-07-09", "day")


def test_a_long_name_split_by_the_tagger_and_an_accented_country(coder: Any) -> None:
    event = _one(coder, "Chad's government and the rebel Front for Change and Concord in Chad held talks in Doha on Monday.",
                 "2025-07-29")
    assert (event.cameo_code, sorted(_codes(event.source))) == ("046", ["TCDGOV", "TCDREB"])
    event = _one(coder, "São Tomé and Príncipe's main opposition party accused the electoral commission of fraud.",
                 "2025-07-14")
    assert (event.cameo_code, _codes(event.source)) == ("1121", ["STPOPP"])


def test_officials_travelling_visit_workers_travelling_do_not(coder: Any) -> None:
    event = _one(coder, "A team of Mexican officials travelled to Washington for talks on migration.", "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("042", ["MEXGOV"], ["USAGOV"])
    event = _one(coder, "The head of Egyptian intelligence flew to Tel Aviv on Sunday.", "2026-03-12")
    assert (event.cameo_code, _codes(event.source)) == ("042", ["EGYSPY"])
    assert coder.code_text("Chilean firefighters were flown to Canada on Monday.", date="2026-03-12") == []
    events = coder.code_text("The oil workers gathered outside the offices and refused to travel to the fields.",
                             date="2025-07-09")
    assert "042" not in [e.cameo_code for e in events]


def test_a_device_that_exploded_supplies_flown_in_and_the_same_as_a_subject(coder: Any) -> None:
    event = _one(coder, "The bus was carrying 20 pilgrims when the device exploded near Quetta.", "2025-07-06")
    assert event.cameo_code == "183"
    assert coder.code_text("The device was found under a car on Monday.", date="2025-07-06") == []
    event = _one(coder, "Trucks left Abeche on Wednesday, two days after the supplies were flown in.", "2025-07-09")
    assert (event.cameo_code, event.evidence.trigger, event.date.start) == ("073", "supplies were flown", "2025-07-07")
    events = coder.code_text("The main party of the opposition denounced grave irregularities in the vote. "
                             "The same demands the recounting of all the votes.", date="2025-07-14")
    # (the party of the opposition is the opposition's)
    assert [(e.cameo_code, _codes(e.source)) for e in events] == [("111", ["OPP"]), ("100", ["OPP"])]


def test_a_told_strike_which_began_on_a_day_is_of_that_day(coder: Any) -> None:
    events = coder.code_text("Dockers in Mombasa have walked out over pay. The strike, which began on Wednesday, is the longest "
                             "in years.", date="2025-07-11")
    assert [(e.evidence.trigger, e.cameo_code, e.date.start, e.date.precision) for e in events] == [
        ("walked", "143", "2025-07-11", "document"), ("strike", "143", "2025-07-09", "day")]


def test_a_report_naming_no_country_takes_it_from_a_big_city_in_a_name(coder: Any) -> None:
    events = coder.code_text("Police arrested eleven students at the campus gate on Tuesday. They will appear before the "
                             "Manzini Magistrates Court on Friday.", date="2024-11-13")
    assert [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in events] == [("173", ["SWZCOP"], ["SWZEDU"])]
    event = _one(coder, "The ruling party, which slammed the government over the delay, has raised the matter in the "
                        "Rajya Sabha.", "2026-03-03")
    assert _codes(event.source) == ["PTY"]  # (not Sabha, a Libyan city)


def test_officers_and_members_of_a_body_named_before_them(coder: Any) -> None:
    event = _one(coder, "Three Border Guard officers were wounded in the attack.", "2024-11-06")
    assert _codes(event.target) == ["COP"]
    event = _one(coder, "Vietnam accused Chinese coast guard officers of beating 11 fishermen.", "2026-07-24",
                 trigger="accused")
    assert _codes(event.target) == ["CHNMIL"]
    event = _one(coder, "Unknown assailants assassinated a provincial council member in Guayaquil.", "2026-03-12")
    assert _codes(event.target) == ["ECUGOV"]


def test_a_diplomat_asked_or_an_embassy_officer_ordered_to_leave_is_expelled(coder: Any) -> None:
    event = _one(coder, "Latvia on Friday asked the Belarusian counsellor to leave the country within 72 hours.", "2025-04-05")
    assert (event.cameo_code, event.plover_mode, _codes(event.source), _codes(event.target)) == (
        "161", "expel", ["LVA"], ["BLR"])
    assert (event.date.start, event.date.precision, event.modality) == ("2025-04-04", "day", "asserted")
    event = _one(coder, "Montenegro ordered a Russian embassy officer to leave the country.", "2025-04-05")
    assert (event.cameo_code, _codes(event.target)) == ("161", ["RUSGOV"])
    assert _one(coder, "The ministry asked the ambassador to explain the remarks.", "2025-04-05").cameo_code == "020"


def test_a_participle_the_parser_reads_as_the_main_verb(coder: Any) -> None:
    events = coder.code_text("The students freed on bail by the Manzini Magistrates Court on Friday were welcomed back "
                             "at the campus yesterday.", date="2024-11-17")
    assert [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in events if e.cameo_code == "0841"] == [
        ("0841", ["SWZJUD"], ["SWZEDU"])]
    event = _one(coder, "The howitzers Sweden delivered to Ukraine last winter are now being serviced at a plant.",
                 "2026-05-23")
    assert (event.cameo_code, _codes(event.source)) == ("072", ["SWE"])  # (a relative clause: Sweden delivered)


def test_a_report_naming_no_country_takes_its_outlets(coder: Any) -> None:
    from eventcoder.records import Document

    def coded(text: str, source: str | None, url: str | None = None) -> list[tuple[str, list[str | None], list[str | None]]]:
        [result] = coder.code_documents([Document(id="r1", text=text, date="2025-05-13", source=source, url=url)])
        return [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in result.events]

    text = "Police arrested 17 taxi drivers on Tuesday after they blocked the bridge to demand a fare rise."
    assert coded(text, "Maputo Bay Courier") == [("173", ["MOZCOP"], ["MOZLAB"]), ("144", ["MOZLAB"], [])]
    assert coded(text, None, "https://www.port-louis-evening-star.test/2025/05/13/x") == [
        ("173", ["MUSCOP"], ["MUSLAB"]), ("144", ["MUSLAB"], [])]
    assert coded(text, "Meridian Wire", "https://meridianwire.test/x") == [("173", ["COP"], ["LAB"]), ("144", ["LAB"], [])]
    # the report's own places come first
    assert coded(text.replace("the bridge", "the bridge in Mombasa"), "Maputo Bay Courier") == [
        ("173", ["KENCOP"], ["KENLAB"]), ("144", ["KENLAB"], [])]


def test_an_action_of_protest_is_the_protest(coder: Any) -> None:
    event = _one(coder, "Thousands of fishermen held an action of demonstration in front of the governor's office on Thursday.",
                 "2025-07-04")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("141", ["AGR"], "2025-07-03")


def test_a_past_tense_verb_the_parser_reads_as_a_modifier_of_its_object(coder: Any) -> None:
    event = _one(coder, "Auxiliary nurses across Honduras downed tools today for 24 hours.", "2025-05-14")
    assert (event.cameo_code, _codes(event.source), event.date.start, event.date.precision) == (
        "143", ["HNDHLH"], "2025-05-14", "day")
    event = _one(coder, "Washington relaxed oil sanctions on Venezuela.", "2025-05-14")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("085", ["USAGOV"], ["VEN"])
    # a participle before its noun stays a modifier ("the downed plane")
    assert coder.code_text("Investigators examined the downed plane on Monday.", date="2025-05-14") == []


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("Talks between Serbia and Kosovo were held in Brussels yesterday.", "046", ["SRB", "XKX"], []),
        ("Arrived yesterday to Caracas the foreign minister of Colombia.", "042", ["COLGOV"], ["VENGOV"]),
        ("The Ministry of Mines of Chile and its Argentine pair subscribed this Tuesday, in the city of Mendoza, a binational "
         "agreement on the glaciers.", "057", ["CHLGOV", "ARG"], []),
        ("Arrived this Saturday to the port of Havana the ship of the Navy of Mexico with more than 300 tons of donations.",
         "073", ["MEXMIL"], []),
        ("Sanctions slapped on Eritrean army officers by Canada this week will have little effect, a lecturer says.",
         "163", ["CAN"], ["ERIMIL"]),
        ("In Geneva was held on Monday a new round of the talks between Armenia and Azerbaijan devoted to the border.",
         "046", ["ARM", "AZE"], []),
        ("In Geneva was held yesterday a new round of the dialogue between Yerevan and Baku dedicated to the border.",
         "040", ["ARMGOV", "AZEGOV"], []),
        ("Yesterday afternoon, more than 2000 people went on the street in Kota Kinabalu.", "141", ["MYSCVL"], []),
        ("The men were handed over to Tunisian consular officials at the border crossing.", "0841", [], ["TUNCVL"]),
        ("The men were handed to Nigeria's consul general at the port in Lagos.", "0841", [], ["NGACVL"]),
        ("The armed group again did a shooting toward the army post in Sinak on Tuesday.", "190", ["REB"], ["MIL"]),
        ("The navy ship unloaded its cargo of relief supplies in Santiago de Cuba on Saturday.", "073", [], []),
        ("The Libyan coast guard liberated seventeen fishermen of Zarzis on Friday.", "0841", ["LBYMIL"], ["AGR"]),
        ("Tunisia's trade ministry gave Tripoli ten days to drop the new charge on Tunisian trucks.", "139", ["TUNGOV"], ["LBYGOV"]),
    ],
)
def test_wordings_of_the_thirty_fourth_corpus(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2025-09-10")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_going_on_the_street_is_a_protest_only_for_the_public(coder: Any) -> None:
    assert coder.code_text("Thousands of soldiers went on the streets of the capital on Monday.", date="2025-09-10") == []


def test_no_state_expels_its_own_diplomat(coder: Any) -> None:
    text = ("Bolivia said on Friday it regretted Paraguay's expulsion of one of its diplomats.\n"
            "Paraguayan officials had ordered the embassy counsellor to leave within 72 hours.")
    [event] = [e for e in coder.code_text(text, date="2025-09-06") if e.cameo_code == "161"]
    assert (_codes(event.source), _codes(event.target)) == (["PRYGOV"], ["BOLGOV"])
    # (a report naming no other country leaves the diplomat's country unknown)
    event = _one(coder, "Paraguayan officials had ordered the embassy counsellor to leave within 72 hours.", "2025-09-06")
    assert (_codes(event.source), _codes(event.target)) == (["PRYGOV"], ["GOV"])


def test_a_note_handed_to_an_embassy_is_no_release(coder: Any) -> None:
    events = coder.code_text("In a strongly worded note handed to the Japanese embassy, Seoul lodged a formal complaint with Tokyo.",
                             date="2025-05-17")
    assert [e.cameo_code for e in events] == ["114"]


def test_a_ministry_acting_on_a_capital_is_not_of_its_state(coder: Any) -> None:
    text = ("Libyan visitors may stay away from Djerba this month.\n"
            "On Friday the trade ministry gave Tripoli ten days to drop the new charge on trucks.")
    [event] = [e for e in coder.code_text(text, date="2025-09-21") if e.cameo_code == "139"]
    assert (_codes(event.source), _codes(event.target)) == (["GOV"], ["LBYGOV"])


def test_a_count_after_before_a_verb_misread_as_a_modifier(coder: Any) -> None:
    text = "This announcement comes one week after the Libyan side liberated seventeen fishermen of Zarzis."
    [event] = [e for e in coder.code_text(text, date="2025-09-20") if e.cameo_code == "0841"]
    assert (event.date.start, event.date.precision) == ("2025-09-13", "day")


def test_the_speakers_place_after_an_event_is_not_its_place(coder: Any) -> None:
    event = _one(coder, "The cargo was handed to Cuban civil defence officials at the port, Mexico's embassy in Havana said.",
                 "2025-09-07")
    assert (event.cameo_code, event.location) == ("073", None)
    event = _one(coder, "The cargo was handed to Cuban civil defence officials at the port of Santiago de Cuba, the embassy said.",
                 "2025-09-07")
    assert event.location is not None and event.location.name == "Santiago de Cuba"


def test_returned_free_in_verb_first_order_is_a_release_of_those_arrested(coder: Any) -> None:
    events = coder.code_text("Have returned free yesterday the eleven farmers arrested on Tuesday at the port of Catania.",
                             date="2025-07-11")
    assert [(e.cameo_code, _codes(e.source), _codes(e.target), e.date.start) for e in events] == [
        ("0841", [], ["ITAAGR"], "2025-07-10"), ("173", [], ["ITAAGR"], "2025-07-08")]


def test_hit_with_sanctions_in_the_passive_names_their_owner(coder: Any) -> None:
    event = _one(coder, "Four Iranian firms were hit with American sanctions on Monday.", "2025-09-18")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("163", ["USA"], ["IRNBUS"])
    # "asset freezes" with "freezes" read as a verb: still the sanction, dated by its day word
    event = _one(coder, "Two exchange offices in Erbil were hit with British asset freezes on Wednesday.", "2025-09-18")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("163", ["GBR"], "2025-09-17")


def test_a_capital_in_the_speakers_phrase_is_no_place_the_news_names(coder: Any) -> None:
    # the embassy speaks from the capital; the cargo was handed over at another city's port
    event = _one(coder, "The cargo was handed to Cuban civil defence officials at the port, Mexico's embassy in Havana said.",
                 "2025-09-10")
    assert event.sentence_places == []
    event = _one(coder, "Police arrested five men in Santa Cruz on Monday, officials in La Paz said.", "2025-09-10")
    assert event.sentence_places == [(3904906, "BOL")]
    # residents of a town speak of what happened there: their town stays named
    event = _one(coder, "Residents of Mandouri said gunmen attacked the army post on Monday.", "2025-03-05")
    assert [c for _, c in event.sentence_places] == ["TGO"]


def test_a_place_tagged_as_a_nationality_sets_the_reading_of_other_names(coder: Any) -> None:
    # "Coquimbo" tagged a nationality, outside any list: still a Chilean place, so "San
    # Antonio" is the Chilean port and the report's police are Chile's
    text = ("Yesterday's march by artisanal fishermen ended in scuffles outside the Congress building.\n"
            "Crews from San Antonio, Quintero and as far north as Coquimbo had travelled to the city to take part.\n"
            "Nine people were detained, the regional police command said.")
    events = coder.code_text(text, date="2024-11-20")
    assert {e.report_country for e in events} == {"CHL"}
    # (the march, and the crews who took part in it)
    assert [(e.cameo_code, _codes(e.source)) for e in events if e.cameo_code == "141"] == [("141", ["CHLAGR"])] * 2


def test_a_terminal_named_after_its_city_places_the_strike_there(coder: Any) -> None:
    # the tagger splits the name ("Richards" alone, or "Bay Coal Terminal"): the city is
    # still read from the whole name, past the goods the terminal handles
    event = _one(coder, "Workers at South Africa's Richards Bay Coal Terminal went on strike over pay on Friday.",
                 "2025-11-14")
    assert event.location is not None and event.location.name == "Richards Bay"
    event = _one(coder, "Coal stopped moving through the Richards Bay Coal Terminal this morning after members of "
                        "the National Union of Mineworkers walked off the job.", "2025-11-14")
    assert event.sentence_places == [(962367, "ZAF")]


def test_the_second_stoppage_in_a_week_is_no_date_a_week_ahead(coder: Any) -> None:
    # "in a week" after "the second ..." is the period counted in; the earlier strike is
    # counted back from the publication days
    event = _one(coder, "It is the second stoppage at a port in a week, coming three days after workers in Durban "
                        "began a 48-hour strike of their own.", "2025-11-14")
    assert (event.cameo_code, event.date.precision, event.date.end) == ("143", "range", "2025-11-11")


def test_a_strike_that_was_ended_takes_the_day_it_ended(coder: Any) -> None:
    events = coder.code_text("The walkout began two days after port workers in Durban ended a separate 48-hour strike.",
                             date="2025-11-14")
    # (a strike of set length that ended is the strike: one event, on the verb)
    [strike] = [e for e in events if e.evidence.trigger == "ended a separate 48-hour strike"]
    assert (strike.cameo_code, strike.date.start, strike.date.end) == ("143", "2025-11-10", "2025-11-12")
    # "after dockers ended a walkout": some day before the main one, not after it
    events = coder.code_text("Work resumed at the port on Thursday after dockers ended a 24-hour walkout.",
                             date="2026-11-06")
    [walkout] = [e for e in events if "walkout" in e.evidence.trigger and e.cameo_code == "143"]
    assert walkout.date.end == "2026-11-05"


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("The Ministry of Foreign Affairs of Mauritania has proceeded this Thursday to the recall for consultations "
         "of the ambassador of Mauritania in Bamako.", "161", ["MRTGOV"]),
        ("Yesterday, 8 November, to the airport of Osh arrived a plane of the Air Forces of the Republic of Türkiye "
         "with a humanitarian cargo of 32 tons.", "073", ["TUR"]),
        ("The cargo was accepted by the minister of emergency situations of the Kyrgyz Republic.", "073", []),
        ("The aid materials were sent off yesterday from the Kayseri air base with a military cargo plane.", "070", []),
        ("The document was subscribed by the minister of Health of Brazil on Wednesday.", "057", ["BRAGOV"]),
    ],
)
def test_wordings_of_the_thirty_sixth_corpus(coder: Any, text: str, code: str, source: list[str]) -> None:
    event = _one(coder, text, "2025-11-09")
    assert (event.cameo_code, _codes(event.source)) == (code, source)


def test_members_who_stayed_away_took_part_in_the_strike(coder: Any) -> None:
    text = ("Port workers in Durban began a 48-hour strike on Tuesday.\n"
            "The union said about 3,000 members had stayed away from the piers.")
    events = coder.code_text(text, date="2025-11-11")
    assert [(e.sentence_index, e.cameo_code) for e in events] == [(0, "143"), (1, "143")]
    # staying away from anything with no strike told is nothing
    assert coder.code_text("About 3,000 members had stayed away from the meeting.", date="2025-11-11") == []


def test_a_place_only_threatened_is_no_place_of_the_news(coder: Any) -> None:
    text = ("Dockers in Durban began a strike on Tuesday.\n"
            "The union has threatened to extend the stoppage to Richards Bay and Cape Town if its demands are not met.")
    [stoppage] = [e for e in coder.code_text(text, date="2025-11-11") if e.evidence.trigger == "stoppage"]
    # (the strike told before, with its place: Durban, 1007311; not the ports threatened)
    assert stoppage.location is not None and stoppage.location.name == "Durban"
    assert stoppage.sentence_places == [(1007311, "ZAF")]


def test_a_city_before_a_modifier_of_an_event_noun_is_its_place(coder: Any) -> None:
    text = ("Workers at Richards Bay went on strike on Friday.\n"
            "Unlike the Durban port walkout earlier this week, the stoppage has no end date, union officials said.")
    [walkout] = [e for e in coder.code_text(text, date="2025-11-15") if e.evidence.trigger == "port walkout"]
    assert walkout.location is not None and walkout.location.name == "Durban"


def test_more_wordings_of_the_thirty_sixth_corpus(coder: Any) -> None:
    # a translated ultimatum: "gives a time of 30 days to ... to close"
    event = _one(coder, "The provincial government gives a time of 30 days to nine oil palm companies to close "
                        "the drainage canals.", "2025-11-20")
    assert (event.cameo_code, _codes(event.target)) == ("139", ["BUS"])
    assert coder.code_text("The banks gave the government more time to pay.", date="2025-11-20") == []
    # the day hung on a participle that describes the target is the attack's
    event = _one(coder, "Gunmen opened fire on a checkpoint manned by village defence volunteers in Yala on Friday.",
                 "2025-11-08")
    assert (event.cameo_code, event.date.start, event.date.precision) == ("193", "2025-11-07", "day")
    # "earlier in the week"
    event = _one(coder, "Two rangers were killed by a roadside bomb in Narathiwat earlier in the week.", "2025-11-09")
    assert (event.date.precision, event.date.start) == ("week", "2025-11-03")
    # each "of" of a translated ministry's name names it
    event = _one(coder, "The Ministry of Foreign Affairs, of the African Cooperation and of the Mauritanians of the "
                        "Exterior has proceeded this Thursday to the recall of the ambassador in Bamako.", "2025-11-06")
    assert (event.cameo_code, _codes(event.source)) == ("161", ["MRTGOV"])


def test_an_outlet_named_after_a_big_city_gives_a_countryless_report_its_country(coder: Any) -> None:
    from eventcoder.records import Document

    def coded(source: str) -> list[list[str | None]]:
        text = "Police arrested 17 taxi drivers on Tuesday after they blocked the bridge."
        [result] = coder.code_documents([Document(id="r1", text=text, date="2025-11-08", source=source)])
        return [_codes(e.source) for e in result.events]

    assert coded("Hat Yai Southern Courier") == [["THACOP"], ["THALAB"]]
    # a name several countries' cities share, or a Romance article, says nothing
    assert coded("Victoria Anse Courier") == [["COP"], ["LAB"]]
    assert coded("El Vigía del Cerro") == [["COP"], ["LAB"]]
    # a town of its own after a Romance "of" ("Le Phare de Cayenne"), not a common noun after
    # "del" (above), nor a name longer than the town's
    assert coded("Le Phare de Cayenne (English service)") == [["GUFCOP"], ["GUFLAB"]]
    assert coded("El Faro de Caguas (English)") == [["PRICOP"], ["PRILAB"]]
    assert coded("Diario de Cerro Rico") == [["COP"], ["LAB"]]


def test_a_participle_read_as_the_main_verb_before_a_subjectless_passive(coder: Any) -> None:
    # "arrested off Delft" (the preposition read as a particle, the island as its object),
    # then the real main verb "were produced": the fishermen were arrested
    event = _one(coder, "The 14 Indian fishermen arrested off Delft on Sunday were produced before the magistrate "
                        "yesterday.", "2025-09-09", trigger="arrested")
    assert (_codes(event.source), _codes(event.target), event.date.start) == ([], ["INDAGR"], "2025-09-07")
    # two verbs of one subject joined by "and" stay two
    events = coder.code_text("Protesters marched through the city and were dispersed by police on Monday.",
                             date="2025-09-09")
    assert [(e.cameo_code, _codes(e.source)) for e in events] == [("141", ["CVL"]), ("175", ["COP"])]
    # "the debt relief Zambia sought ... is expected": Zambia sought it
    event = _one(coder, "The debt relief Zambia sought from Chinese lenders in March is expected to come up at the "
                        "G20 meeting.", "2026-03-02")
    assert _codes(event.source) == ["ZMB"]


def test_nouns_the_parser_reads_as_verbs_after_a_verb(coder: Any) -> None:
    # "asset freezes" read as a clause "asset freezes ...": the bans and freezes are objects
    event = _one(coder, "New Zealand imposed travel bans and asset freezes on Wednesday on nine North Korean individuals.",
                 "2025-07-10")
    assert (event.cameo_code, _codes(event.source), _codes(event.target), event.date.start) == (
        "163", ["NZL"], ["PRK"], "2025-07-09")
    # "in Kulsary downed tools", the verb tagged a participle right after a name
    event = _one(coder, "Workers of a pipeline repair firm in Kulsary downed tools yesterday, saying they have not "
                        "been paid since April.", "2025-07-10")
    assert (event.cameo_code, event.date.start) == ("143", "2025-07-09")
    assert coder.code_text("Volunteers carried wounded soldiers to the clinic.", date="2025-07-10") == []


def test_the_remittance_of_a_donation_is_aid_delivered(coder: Any) -> None:
    # translated: "the ceremony of remittance of the donation took place"
    event = _one(coder, "The ceremony of remittance of the donation took place in presence of the governor.",
                 "2025-07-08")
    assert event.cameo_code == "073"
    # a bare delivery retells the delivery of aid the report told, and nothing else
    text = ("Nigeria delivered 40 tonnes of relief supplies to Equatorial Guinea on Monday.\n"
            "The delivery took place in the port of Malabo.")
    assert [(e.sentence_index, e.cameo_code) for e in coder.code_text(text, date="2025-05-13")] == [(0, "073"), (1, "073")]
    assert coder.code_text("The delivery of the report was delayed.", date="2025-05-13") == []


def test_rejecting_with_banners_is_a_rally_and_an_aside_is_no_subject(coder: Any) -> None:
    event = _one(coder, "The marchers rejected with banners and whistles the concession granted to a foreign company.",
                 "2025-11-06", trigger="rejected")
    assert (event.cameo_code, _codes(event.source)) == ("141", ["CVL"])
    event = _one(coder, "The marchers, among them members of the irrigation boards and university students, "
                        "rejected the plan.", "2025-11-06")
    assert _codes(event.source) == ["CVL"]


def test_sitting_across_the_table_is_meeting(coder: Any) -> None:
    event = _one(coder, "Rebel leaders who sat across the table from government officials in Geneva on Monday "
                        "returned home last night.", "2025-11-25", trigger="sat")
    assert (event.cameo_code, event.date.start) == ("040", "2025-11-24")
    assert coder.code_text("The children sat across the table from their parents.", date="2025-11-25") == []


def test_a_month_given_after_the_object_is_an_ultimatum(coder: Any) -> None:
    event = _one(coder, "The province gave nine companies a month to seal their drainage canals.", "2025-11-21")
    assert (event.cameo_code, _codes(event.target)) == ("139", ["BUS"])
    # a week said of when, not given
    events = coder.code_text("Relief supplies that South Korea airlifted to Laos this week have begun reaching "
                             "villages, the United Nations said.", date="2026-08-26")
    assert [e.cameo_code for e in events] == ["073"]


def test_a_toll_left_by_a_noun_the_parser_hangs_elsewhere(coder: Any) -> None:
    # "left" read as describing the village, or as a clause with no subject after the
    # noun's phrase: the raid left the dead, on its own day
    event = _one(coder, "A raid on another village left at least five dead on Monday.", "2025-02-08")
    assert (event.cameo_code, event.date.start) == ("190", "2025-02-03")
    events = coder.code_text("Gunmen killed three people in Kerawa on Saturday, four days after a raid on another "
                             "village left at least five dead, security sources said.", date="2025-02-08")
    assert [(e.cameo_code, e.date.start) for e in events] == [("190", "2025-02-08"), ("190", "2025-02-04")]


def test_bail_set_or_a_bond_is_a_release(coder: Any) -> None:
    event = _one(coder, "The magistrate set bail at K5,000 each on Monday.", "2025-02-19")
    assert (event.cameo_code, _codes(event.target), event.date.start) == ("0841", [], "2025-02-17")
    event = _one(coder, "The magistrate set bail for the nine traders on Monday.", "2025-02-19")
    assert (event.cameo_code, _codes(event.target)) == ("0841", ["BUS"])
    event = _one(coder, "Each of the traders was bonded in the sum of 5,000 kwacha on Monday.", "2025-02-19")
    assert event.cameo_code == "0841"


def test_a_participle_of_a_negated_main_event_is_told(coder: Any) -> None:
    # "does not settle" did not happen: it does not stand for the signing
    events = coder.code_text("The accord, signed on Tuesday in Paramaribo, does not settle the dispute.",
                             date="2025-03-27")
    assert [(e.evidence.trigger, e.negated, e.date.start) for e in events] == [
        ("accord, signed", False, "2025-03-25"), ("settle the dispute", True, "2025-03-27")]


def test_staying_off_work_and_being_told_to_be_gone(coder: Any) -> None:
    event = _one(coder, "Court employees, who stayed off work for 48 hours last week, joined the march on Monday.",
                 "2025-05-07", trigger="stayed")
    assert (event.cameo_code, _codes(event.source)) == ("143", ["JUD"])
    event = _one(coder, "The counsellor was told to be gone within 48 hours.", "2025-05-07")
    assert (event.cameo_code, event.plover_mode) == ("161", "expel")


def test_secured_taken_away_an_ambush_run_into_and_a_deadline_to_repair(coder: Any) -> None:
    # (translated Indonesian "mengamankan": police "secure" people they detain)
    event = _one(coder, "The Manggarai Resort Police secured 11 residents of Satar Mese district on Tuesday.", "2026-01-14")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("173", ["COP"], ["CVL"])
    assert _one(coder, "A diocese said 15 people had been taken away on Tuesday.", "2026-01-14",
                trigger="taken").cameo_code == "173"
    # a unit that runs into an ambush is the target
    event = _one(coder, "One military truck of the army encountered an ambush of armed elements near the town on Tuesday.", "2026-01-14")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("190", [], ["MIL"])
    event = _one(coder, "Authorities on Friday gave the operator 30 days to repair a leaking tailings dam.", "2026-01-14")
    assert (event.cameo_code, event.date.start) == ("139", "2026-01-09")
    # bags "secured" to a truck are no detention
    assert coder.code_text("Workers secured the bags on the truck on Tuesday.", date="2026-01-14") == []


def test_a_diaspora_a_news_conference_a_generic_province_and_a_hyphenated_party(coder: Any) -> None:
    # "the local Chinese chamber of commerce", "overseas Chinese compatriots": a diaspora in
    # a Philippine story; the army ambushed is the Philippines'
    text = ("According to the Philippine military side, one military truck of the army encountered an ambush on Tuesday. "
            "The local Chinese chamber of commerce condemned the incident. "
            "Officials reminded overseas Chinese compatriots in the region to reduce travel.")
    events = coder.code_text(text, date="2026-01-08")
    assert [(e.cameo_code, _codes(e.target)) for e in events if e.cameo_code == "190"] == [("190", ["PHLMIL"])]
    from eventcoder.records import Document

    # a party's news conference is held at home: Chake Chake makes the story Tanzanian
    [result] = coder.code_documents([Document(
        id="n1", text="ACT-Wazalendo leaders told a news conference in Chake Chake yesterday that they will not "
                      "accept the results.", date="2026-01-20", source="Pemba Channel Times")])
    assert [(e.cameo_code, _codes(e.source), e.report_country) for e in result.events] == [("120", ["TZAPTY"], "TZA")]
    # "Southern Province" is the region of several countries: none without one in context
    event = _one(coder, "The Southern Province gave the operator 30 days to repair the dam on Friday.", "2026-01-24")
    assert [(a.code, a.country) for a in event.source] == [(None, None)]
    event = _one(coder, "Police in Sri Lanka's Southern Province arrested five men on Tuesday.", "2026-01-24")
    assert _codes(event.source) == ["LKACOP"]
    # a party's name split at its hyphen is still its name, not the militias called Wazalendo
    event = _one(coder, "Zanzibar's main opposition party, ACT-Wazalendo, on Monday rejected the result of the "
                        "by-election.", "2026-01-20")
    assert _codes(event.source) == ["TZAPTY"]


def test_the_men_are_the_group_of_people_named_just_before(coder: Any) -> None:
    text = ("Sixteen Yemeni fishermen freed by Eritrea arrived in the port of Mocha on Thursday. "
            "Relatives said the men had been let go on Wednesday without charge.")
    events = coder.code_text(text, date="2026-01-22")
    assert [(e.sentence_index, e.cameo_code, _codes(e.target)) for e in events] == [
        (0, "0841", ["YEMAGR"]), (1, "0841", ["YEMAGR"])]
    # a state body named before is no group of "men"
    text = "Eritrean soldiers patrolled the coast on Monday. Relatives said the men had been let go on Wednesday."
    assert [_codes(e.target) for e in coder.code_text(text, date="2026-01-22") if e.cameo_code == "0841"] == [["ERICVL"]]


def test_people_being_held_fire_on_positions_a_walk_to_parliament_and_paralysed_consultations(coder: Any) -> None:
    event = _one(coder, "Police said 14 people were being held, while lawyers for the group spoke of 19.", "2026-09-14")
    assert (event.cameo_code, _codes(event.target)) == ("173", ["CVL"])
    assert [e.cameo_code for e in coder.code_text("The talks were held in Geneva on Monday.", date="2026-09-14")] == ["046"]
    # (translated defence ministry copy: "to fire" read as a clause with the positions as object)
    event = _one(coder, "On July 4 the units of the armed forces of Armenia subjected to fire the positions of the "
                        "Azerbaijan Army.", "2026-07-05")
    assert (event.cameo_code, _codes(event.source)) == ("190", ["ARMMIL"])  # (units of the armed forces)
    event = _one(coder, "Demonstrators walked more than two kilometres to National Parliament on Friday morning.", "2026-07-18")
    assert (event.cameo_code, event.date.start) == ("141", "2026-07-17")
    assert coder.code_text("The minister walked to parliament on Friday morning.", date="2026-07-18") == []
    event = _one(coder, "The doctors of the Colegio Medico de Honduras paralysed yesterday the external consultation "
                        "in the principal hospitals of the country.", "2026-07-05")
    assert (event.cameo_code, event.date.start) == ("143", "2026-07-04")


def test_people_intercepted_at_sea_and_an_envoy_home_for_consultations(coder: Any) -> None:
    event = _one(coder, "The men had been intercepted by a Coast Guard vessel in the Serpent's Mouth last Saturday.",
                 "2025-03-12")
    assert (event.cameo_code, event.date.start) == ("173", "2025-03-08")
    # a missile intercepted is no detention
    assert [e.cameo_code for e in coder.code_text("Air defences intercepted a missile over the city on Saturday.",
                                                 date="2025-03-12")] != ["173"]
    event = _one(coder, "Rwanda's ambassador returned to Kigali for consultations on Monday.", "2025-03-12")
    assert (event.cameo_code, event.plover_mode, _codes(event.source), _codes(event.target)) == (
        "161", "withdraw", ["RWAGOV"], [])


def test_a_country_taken_from_the_report_is_marked_inferred(coder: Any) -> None:
    text = ("Crowds gathered at the harbour this morning to welcome back the fishermen whom the Eritrean "
            "authorities released yesterday.")
    [event] = [e for e in coder.code_text(text, date="2026-01-22") if e.cameo_code == "0841"]
    assert [(a.code, a.country_inferred) for a in event.source] == [("ERIGOV", False)]
    assert [(a.code, a.country_inferred) for a in event.target] == [("ERIAGR", True)]
    # a nationality said in the text is no inference
    event = _one(coder, "Eritrea released 16 Yemeni fishermen on Wednesday.", "2026-01-22")
    assert [(a.code, a.country_inferred) for a in event.target] == [("YEMAGR", False)]


def test_not_recognising_the_winner_is_a_rejection(coder: Any) -> None:
    event = _one(coder, "The opposition party said on Monday it would not recognise the winner of the by-election.",
                 "2026-01-20")
    assert (event.cameo_code, event.negated, event.modality) == ("120", False, "asserted")


def test_a_plain_english_region_name_takes_the_country_that_owns_it_in_the_text(coder: Any) -> None:
    event = _one(coder, "New Caledonia's Southern Province has threatened to shut down the nickel plant.", "2026-01-26")
    assert _codes(event.source) == ["NCL"]
    [event] = coder.code_text("A drone attack hit an oil facility in Saudi Arabia's Eastern Province.", date="2026-01-26")
    assert (event.location.country, event.report_country) == ("SAU", "SAU")


def test_not_accepting_a_stolen_seat_is_a_rejection(coder: Any) -> None:
    events = coder.code_text('The party would not accept "a stolen seat" and demanded a recount, its chairperson said.',
                             date="2025-11-27")
    assert [(e.cameo_code, e.negated) for e in events if e.plover_type == "REJECT"] == [("120", False)]


def test_walking_out_of_a_court_or_a_factory_with_out_of_read_as_one_preposition(coder: Any) -> None:
    event = _one(coder, "The four officials walked out of the court building on Monday.", "2026-08-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("0841", [], ["GOV"])
    event = _one(coder, "The workers walked out of the factory on Monday.", "2026-08-12")
    assert (event.cameo_code, _codes(event.source)) == ("143", ["LAB"])
    assert coder.code_text("The minister walked out of the office on Monday.", date="2026-08-12") == []


def test_reaching_a_capital_on_a_visit_is_a_visit(coder: Any) -> None:
    event = _one(coder, "The foreign minister reached Thimphu on Monday on a two-day official visit.", "2026-03-03")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("042", ["GOV"], ["BTNGOV"])
    # any verb done on a state visit tells the visit; not a trip by traders
    event = _one(coder, "The Kenyan president laid a wreath in Kampala on a state visit.", "2026-03-03")
    assert event.cameo_code == "042"
    assert coder.code_text("The traders reached Thimphu on Monday on a two-day visit.", date="2026-03-03") == []


def test_laying_down_the_work_is_a_strike(coder: Any) -> None:
    event = _one(coder, "On Tuesday 120 workers at the shrimp factory laid down the work for 24 hours.", "2026-03-11")
    assert (event.cameo_code, _codes(event.source)) == ("143", ["LAB"])


def test_a_party_that_goes_to_court_over_a_result_sues(coder: Any) -> None:
    event = _one(coder, "The main opposition party has gone to court to overturn the result of the by-election.",
                 "2026-03-24")
    assert (event.cameo_code, event.plover_type) == ("115", "ACCUSE")
    # a defendant who goes to court is not accused again
    assert coder.code_text("The accused went to court on Monday.", date="2026-03-24") == []


def test_a_term_of_days_to_withdraw_is_an_ultimatum(coder: Any) -> None:
    for text in ("The state government gave this Friday a term of ten days for the owners of illegal dredges to "
                 "withdraw the same from the river, under pain of destruction.",
                 "The state government gave a period of two weeks for the miners to leave the reserve."):
        assert _one(coder, text, "2026-03-28").cameo_code == "139", text
    assert coder.code_text("The court gave him a term of ten years for fraud.", date="2026-03-28") == []


def test_aid_cargo_delivered_to_a_country_after_the_preposition(coder: Any) -> None:
    event = _one(coder, "On 11 March a Kazakh plane delivered to Mongolia a humanitarian cargo of 22 tonnes.", "2026-03-12")
    assert (event.cameo_code, _codes(event.target)) == ("073", ["MNG"])


def test_colleagues_are_the_group_named_just_before(coder: Any) -> None:
    event = _one(coder, "Taxi drivers were back at work across Luanda on Saturday, two days after a judge released "
                        "colleagues who had been held over a protest.", "2026-03-21")
    assert (event.cameo_code, _codes(event.source), _codes(event.target), event.date.start) == (
        "0841", ["AGOJUD"], ["AGOLAB"], "2026-03-19")
    # the group that is a subject first, not one named inside its phrase; and "the same
    # corporation" (translated) is the body named before it, the police
    text = ("Fourteen drivers of the transport of passengers were detained yesterday by the Police of the Republic "
            "of Mozambique in Beira, three days after the same corporation detained 23 colleagues of theirs in Maputo.")
    rows = [(_codes(e.source), _codes(e.target), e.date.start) for e in coder.code_text(text, date="2025-05-16")]
    assert rows == [(["MOZCOP"], ["MOZLAB"], "2025-05-15"), (["MOZCOP"], ["MOZLAB"], "2025-05-12")]


def test_relief_named_by_its_nationality_and_flown_in_before_a_receiving_to_come(coder: Any) -> None:
    events = coder.code_text("From Saturday, herders in two districts will start receiving the Kazakh relief flown "
                             "into the province on Wednesday, the emergency department said.", date="2026-03-13")
    assert sorted((e.modality, _codes(e.source), e.date.start) for e in events) == [
        ("asserted", ["KAZ"], "2026-03-11"), ("future", ["KAZ"], "2026-03-13")]


def test_a_union_known_by_its_initials_is_no_town(coder: Any) -> None:
    events = coder.code_text("SIK members who had downed tools on Wednesday returned to the harbour.", date="2026-03-06")
    assert [(e.cameo_code, _codes(e.source), e.report_country) for e in events] == [("143", [], None)]


def test_a_petition_lodged_with_a_court_and_a_court_asked_to_annul_are_lawsuits(coder: Any) -> None:
    event = _one(coder, "The petition, lodged on Monday with the High Court, says the result was rigged.", "2026-03-24")
    assert (event.cameo_code, event.date.start) == ("115", "2026-03-23")
    event = _one(coder, "The opposition party on Monday asked the High Court to annul the result.", "2026-03-24")
    assert event.cameo_code == "115"
    event = _one(coder, "The union asked the government to reopen the talks.", "2026-03-24")
    assert event.cameo_code == "020"


def test_the_german_perfect_word_for_word(coder: Any) -> None:
    # "has ... declared": "has" is the auxiliary, its subject the participle's, the noun
    # between them the object, and the dates on "has" the event's
    event = _one(coder, "The government has this Thursday the first secretary of the French embassy persona non grata "
                        "declared.", "2026-03-12")
    assert (event.cameo_code, _codes(event.target), event.date.start) == ("161", ["FRAGOV"], "2026-03-12")
    assert event.date.precision == "day"
    event = _one(coder, "The police have yesterday five protesters arrested.", "2026-03-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target), event.date.start) == (
        "173", ["COP"], ["CVL"], "2026-03-11")
    event = _one(coder, "The two foreign ministers have on Tuesday in Vienna a new trade agreement signed.", "2026-03-12")
    assert (event.cameo_code, event.date.start) == ("057", "2026-03-10")
    # an ordinary perfect is read as before
    event = _one(coder, "The police have arrested five protesters.", "2026-03-12")
    assert (_codes(event.source), _codes(event.target)) == (["COP"], ["CVL"])


def test_the_fate_threatened_as_an_alternative_is_not_done(coder: Any) -> None:
    events = coder.code_text("The authorities have given the miners ten days to pull their rafts out of the river or see "
                             "them destroyed.", date="2026-03-28")
    assert [(e.plover_type, e.modality) for e in events if e.plover_type == "ASSAULT"] == [("ASSAULT", "possible")]
    events = coder.code_text("The militants gave the residents the choice to flee or be killed.", date="2026-03-28")
    assert all(e.modality == "possible" for e in events if e.plover_type == "ASSAULT")
    # two acts told with "and" are both done
    events = coder.code_text("The rebels attacked the town and destroyed the bridge.", date="2026-03-28")
    assert [e.modality for e in events] == ["asserted", "asserted"]


def test_a_clause_on_a_dated_event_noun_takes_its_date(coder: Any) -> None:
    events = coder.code_text("The shooting followed an attack on an army post on Tuesday in which two Indonesian "
                             "soldiers were killed.", date="2025-09-08")
    killed = next(e for e in events if e.evidence.trigger == "killed")
    assert (killed.date.start, killed.date.precision, _codes(killed.target)) == ("2025-09-02", "day", ["IDNMIL"])
    [event] = coder.code_text("The court heard evidence about the attack in June 2017 that killed 17 people.",
                              date="2021-07-01")
    assert (event.date.start, event.date.precision) == ("2017-06-01", "month")


def test_an_event_noun_takes_the_day_and_doer_of_the_participle_that_carried_it_out(coder: Any) -> None:
    [event] = coder.code_text("Four soldiers lost their lives in an ambush perpetrated the past Tuesday by rebels in the "
                              "valley.", date="2026-03-04")
    assert (event.cameo_code, event.date.start, event.date.precision) == ("190", "2026-03-03", "day")
    assert (_codes(event.source), _codes(event.target)) == (["REB"], ["MIL"])
    # who was killed in it is its target, not who killed
    events = coder.code_text("Gunmen killed six soldiers and wounded four others in an ambush in the town.",
                             date="2026-03-04")
    ambush = next(e for e in events if e.evidence.trigger == "ambush")
    assert _codes(ambush.target) == []


def test_this_past_weekday_is_the_one_just_gone(coder: Any) -> None:
    event = _one(coder, "The army ambushed the rebels this past Tuesday.", "2026-03-04")
    assert (event.date.start, event.date.precision) == ("2026-03-03", "day")


def test_a_clause_on_the_noun_after_n_days_after_takes_the_counted_day(coder: Any) -> None:
    events = coder.code_text("The talks resumed on Friday, three days after the attack that killed 12 soldiers.",
                             date="2026-01-17")
    killed = next(e for e in events if e.evidence.trigger == "killed")
    assert (killed.date.start, killed.date.precision) == ("2026-01-13", "day")


def test_the_wounded_in_a_raid_on_a_place_are_its_target(coder: Any) -> None:
    [event] = coder.code_text("Five people were wounded in an air raid on the town on Sunday.", date="2026-03-04")
    assert (event.cameo_code, _codes(event.target)) == ("195", ["CVL"])
    [event] = coder.code_text("Nine soldiers died in the ambush on the convoy on Monday.", date="2026-03-04")
    assert (event.cameo_code, _codes(event.target)) == ("190", ["MIL"])


def test_a_verb_first_arrival_whose_load_opens_a_clause(coder: Any) -> None:
    # (translated: the load read as the subject of a clause "with" opens)
    event = _one(coder, "Arrived yesterday in the afternoon to the airport of our city the aircraft KC-390 of the Brazilian "
                        "Air Force, with 25 tons of humanitarian help destined to the families hit by the floods.",
                 "2025-02-11")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("073", ["BRA"], "2025-02-10")


def test_ministers_who_exchange_the_signed_documents_sign(coder: Any) -> None:
    event = _one(coder, "The two home affairs ministers exchanged the signed documents in front of a hundred officials.",
                 "2026-03-31")
    assert event.cameo_code == "057"
    assert coder.code_text("The two delegations exchanged documents on trade.", date="2026-03-31") == []


def test_officials_who_spend_hours_with_another_side_meet_it(coder: Any) -> None:
    event = _one(coder, "Kosovo's chief negotiator spent about five hours with the EU envoy, officials said.", "2026-03-18")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("040", ["XKXGOV"], ["EURIGO"])
    assert coder.code_text("The farmers spent the day with their families.", date="2026-03-18") == []


def test_a_court_that_orders_people_freed_frees_them(coder: Any) -> None:
    [event] = coder.code_text("The judge ordered the drivers freed pending trial on Thursday.", date="2026-03-21")
    assert (event.cameo_code, event.modality, _codes(event.source), _codes(event.target)) == (
        "0841", "asserted", ["JUD"], ["LAB"])
    # a government's order is a demand, and the release only demanded
    events = coder.code_text("The president ordered the prisoners freed.", date="2026-03-21")
    assert sorted((e.cameo_code, e.modality) for e in events) == [("0841", "demanded"), ("1053", "asserted")]


def test_a_pan_american_highway_is_no_american_place_or_party(coder: Any) -> None:
    [event] = coder.code_text("Rice farmers blocked the Pan-American Highway near the Panamanian city of David on Friday.",
                              date="2026-07-11")
    assert event.plover_type == "PROTEST"
    assert "USA" not in _codes(event.source) + _codes(event.target)
    assert event.location is not None and (event.location.name, event.location.country) == ("David", "PAN")


def test_a_conjunct_of_an_after_clause_is_of_that_clause_s_days(coder: Any) -> None:
    # "three days after gunmen overran a post and killed three gendarmes": the killing is
    # of the overrunning's days, not of the report's
    events = coder.code_text("The assault came on Sunday, three days after gunmen overran a gendarmerie post in Batibo "
                             "and killed three gendarmes.", date="2026-07-06")
    by = {e.evidence.trigger: e.date for e in events}
    assert by["killed"] == by["overran a gendarmerie post"]
    assert by["killed"].start < "2026-07-05"


def test_a_when_clause_is_of_the_moment_its_clause_tells(coder: Any) -> None:
    [event] = coder.code_text("Soldiers had just stopped a taxi on Sunday evening when gunmen opened fire from a maize farm.",
                              date="2026-07-07")
    assert (event.cameo_code, event.date.start, event.date.precision) == ("193", "2026-07-05", "day")
    # a clause with only the report's date gives none
    [event] = coder.code_text("Soldiers were searching cars when gunmen opened fire from a maize farm.", date="2026-07-07")
    assert event.date.precision == "document"


def test_a_date_told_right_after_an_event_noun_is_its_own(coder: Any) -> None:
    text = ("About 900 workers began a strike at the Richards Bay coal terminal yesterday.\n"
            "Unlike the Durban port walkout earlier this week, the stoppage has no end date, union officials said.")
    events = coder.code_text(text, date="2025-11-15")
    walkout = next(e for e in events if "walkout" in e.evidence.trigger)
    assert walkout.date.precision == "week"


def test_a_total_of_people_and_units_of_a_force_are_those_people_and_that_force(coder: Any) -> None:
    [event] = coder.code_text("A total of 22 construction workers were apprehended this Wednesday by units of the National "
                              "Police.", date="2026-07-09")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("173", ["COP"], ["LAB"])


def test_airport_ground_staff_who_walk_out_are_labour(coder: Any) -> None:
    [event] = coder.code_text("Ground handling staff at Budapest airport walked off the job on Friday in a 24-hour strike.",
                              date="2026-07-04")
    assert (event.cameo_code, _codes(event.source)) == ("143", ["HUNLAB"])


def test_a_body_an_international_organisation_names_is_that_organisation_s(coder: Any) -> None:
    [event] = coder.code_text("The UN Security Council's Libya sanctions committee on Friday added five people to its "
                              "sanctions list.", date="2026-07-18")
    assert (event.cameo_code, _codes(event.source)) == ("163", ["IGOUSC"])
    # a state's envoy for a country stays the state's
    [event] = coder.code_text("The EU's Ukraine envoy met the president on Friday.", date="2026-07-18")
    assert _codes(event.source) == ["EURIGO"]


def test_nationals_who_parade_in_the_streets_demonstrate(coder: Any) -> None:
    events = coder.code_text("Several thousands of Mauritians have paraded yesterday in the streets of Port-Louis to say no "
                             "to the project.", date="2026-07-16")
    assert ("141", ["MUS"]) in [(e.cameo_code, _codes(e.source)) for e in events]
    # troops on parade make no event
    assert coder.code_text("Soldiers paraded in the streets of the capital on Independence Day.", date="2026-07-16") == []


def test_a_place_in_what_was_discussed_is_no_place_of_the_talks(coder: Any) -> None:
    [event] = coder.code_text("Ethiopian and OLA delegates discussed a ceasefire in western Oromia on Monday.",
                              date="2026-07-28")
    assert event.plover_type == "CONSULT" and event.location is None


def test_a_participle_after_an_order_to_someone_is_the_order_giver_s(coder: Any) -> None:
    # "ordered a diplomat to leave, accusing him of ...": Estonia accuses, not the diplomat,
    # and on the day of the order
    events = coder.code_text("Estonia on Thursday ordered a Russian diplomat to leave the country within five days, "
                             "accusing him of organising attacks on cars.", date="2026-05-15")
    accusing = next(e for e in events if e.evidence.trigger == "accusing")
    assert (_codes(accusing.source), accusing.date.start, accusing.modality) == (["EST"], "2026-05-14", "asserted")
    # so after the infinitive too: "ordered the clubs to remove the decks, threatening ..."
    events = coder.code_text("Authorities on the island on Wednesday ordered more than 40 clubs to remove structures "
                             "built too close to the sea within 30 days, threatening to bulldoze whatever is left.",
                             date="2026-07-24")
    # (the order with its time limit is the ultimatum, and the threat after it one with it)
    [threat] = [e for e in events if e.plover_type == "THREATEN"]
    assert (_codes(threat.source), threat.date.start) == (["GOV"], "2026-07-22")


def test_people_placed_under_sanctions_are_sanctioned(coder: Any) -> None:
    [event] = coder.code_text("A militia commander is among five Libyans placed under UN sanctions on Friday.",
                              date="2026-07-19")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("163", ["IGOUNO"], "2026-07-17")
    [event] = coder.code_text("The United States placed three Venezuelan officials under sanctions on Monday.",
                              date="2026-07-19")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("163", ["USA"], ["VENGOV"])


def test_a_partitive_subject_is_who_it_counts(coder: Any) -> None:
    # "seven more of its members were held that day", reported by the main verb of saying:
    # "that day" is the day the sentence before told
    text = ("Police had picked up the men on Wednesday morning.\n"
            "The union said seven more of its members were held that day and let go without charge.")
    events = coder.code_text(text, date="2026-07-10")
    assert [(e.sentence_index, e.cameo_code, e.date.start) for e in events] == [
        (0, "173", "2026-07-08"), (1, "173", "2026-07-08")]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("The opposition party said its observers had been chased from at least 40 polling stations.", "said", ["OPP"]),
        ("The Democratic Party of Korea claimed that ballot boxes had been stuffed at nine polling places.", "claimed",
         ["KORPTY"]),
        ("Opposition parties rejected the results on Tuesday, saying the count had been rigged.", "saying", ["OPP"]),
        ("Opposition leaders told reporters that the voters' list was padded with the names of the dead.", "told",
         ["OPP"]),
        ("Opposition leaders told a press conference that dozens of people had been flown in to vote.", "told", ["OPP"]),
    ],
)
def test_a_wrong_in_a_vote_a_side_says_was_done_is_its_accusation(coder: Any, text: str, trigger: str,
                                                                   source: list[str]) -> None:
    events = coder.code_text(text, date="2026-07-14")
    accusation = next(e for e in events if e.plover_type == "ACCUSE")
    assert (accusation.cameo_code, accusation.evidence.trigger, _codes(accusation.source)) == ("112", trigger, source)


def test_a_wrong_said_of_no_vote_or_by_no_one_known_is_no_accusation(coder: Any) -> None:
    assert coder.code_text("A vendor said the boxes had been stuffed with mangoes.", date="2026-07-14") == []
    assert coder.code_text("The party said ballot boxes had not been stuffed.", date="2026-07-14") == []
    assert coder.code_text("The minister told reporters that 200 people had been flown in from Libya.", date="2026-07-14") == []


def test_a_rigged_car_is_no_rigged_vote(coder: Any) -> None:
    events = coder.code_text("Police said the car had been rigged with explosives.", date="2026-07-14")
    assert "ACCUSE" not in [e.plover_type for e in events]


def test_a_verb_final_perfect_with_a_place_between_signs(coder: Any) -> None:
    # translated German word order, a place phrase before the object
    [event] = coder.code_text("Suriname and Guyana have yesterday in the Presidential Palace the agreement for the bridge "
                              "undersigned.", date="2025-03-26")
    # (a signing: its two sides in either order)
    parties = sorted(_codes(event.source) + _codes(event.target))
    assert (event.cameo_code, parties, event.date.start) == ("057", ["GUY", "SUR"], "2025-03-25")


def test_a_crowd_count_retells_the_protest_the_report_told(coder: Any) -> None:
    text = ("Thousands of people marched through Port Louis on Wednesday against the beach lease.\n"
            "Police put the crowd at about 2,500, while the organisers spoke of more than 8,000.")
    events = coder.code_text(text, date="2026-07-16")
    assert [(e.sentence_index, e.cameo_code, _codes(e.source), e.date.start) for e in events] == [
        (0, "141", ["MUSCVL"], "2026-07-15"), (1, "141", ["MUSCVL"], "2026-07-15")]
    # a count of something else, or with no protest told, retells nothing
    assert coder.code_text("Police put the damage at about 2,500 dollars.", date="2026-07-16") == []
    assert coder.code_text("Police put the crowd at about 2,500.", date="2026-07-16") == []


def test_an_act_no_one_underwent_is_negated(coder: Any) -> None:
    events = coder.code_text("Thousands marched in Lima on Monday. Police said no one was detained during the march.",
                             date="2026-07-16")
    assert sorted((e.cameo_code, e.negated) for e in events) == [("141", False), ("141", False), ("173", True)]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The fishermen were taken to the naval base at Kankesanthurai, a navy spokesman said.", True),
        ("The same were conducted to the 9th Police Esquadra, where they remain under custody.", True),
        ("The suspects were handed over to the police on Friday.", True),
        ("The wounded were taken to the hospital in Jaffna.", False),
        ("The delegates were taken to the base for a tour.", False),
    ],
)
def test_people_taken_where_the_held_are_kept_are_held(coder: Any, text: str, coded: bool) -> None:
    events = coder.code_text(text, date="2026-07-16")
    assert ("173" in [e.cameo_code for e in events]) is coded


def test_members_of_an_embassy_staff_ordered_out_are_expelled(coder: Any) -> None:
    [event] = coder.code_text("Riga on Friday ordered two members of the Belarusian embassy staff to leave Latvia.",
                              date="2025-04-05")
    assert (event.plover_type, event.cameo_code, _codes(event.target)) == ("SANCTION", "161", ["BLR"])


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The two ministers have passed in review the dossiers of the fisheries zone.", True),
        ("Behind closed doors, the guest and Uzbekistan's foreign minister went through a long list of projects.", True),
        ("The two ministers spent most of the day on the railway project.", True),
        ("The minister raised the issue of visas.", False),
        ("Volunteers and sailors had spent two days loading pallets of canned food.", False),
    ],
)
def test_two_sides_going_over_their_business_meet(coder: Any, text: str, coded: bool) -> None:
    events = coder.code_text(text, date="2026-07-16")
    assert ("CONSULT" in [e.plover_type for e in events]) is coded


def test_taking_part_in_nothing_named_is_taking_part_in_the_told_protest(coder: Any) -> None:
    text = "Thousands of teachers marched in Colombo on Tuesday.\nPrincipals from Kilinochchi and Mullaitivu also took part."
    events = coder.code_text(text, date="2026-07-16")
    assert [(e.sentence_index, e.cameo_code, e.date.start) for e in events] == [
        (0, "141", "2026-07-14"), (1, "141", "2026-07-14")]
    text = "Thousands marched in Lima on Monday.\nThe army did not take part."
    assert [e.sentence_index for e in coder.code_text(text, date="2026-07-16")] == [0]


def test_a_count_of_the_held_retells_the_arrest(coder: Any) -> None:
    text = "Police arrested striking miners at the pit gates on Monday.\nThe miners' union put the number held at 13."
    events = coder.code_text(text, date="2026-07-16")
    assert [(e.sentence_index, e.cameo_code, e.date.start) for e in events] == [
        (0, "173", "2026-07-13"), (1, "173", "2026-07-13")]
    assert coder.code_text("The miners' union put the number of members at 3,000.", date="2026-07-16") == []


def test_an_allegation_whose_speaker_the_parser_hung_elsewhere(coder: Any) -> None:
    # "the party's secretary general" read as an apposition of the town before "said"
    events = coder.code_text("At a press conference in Bujumbura, the opposition party's secretary general said its "
                             "observers had been chased from at least 30 polling stations.", date="2026-11-12")
    assert [e.cameo_code for e in events if e.plover_type == "ACCUSE"] == ["112"]
    events = coder.code_text("The opposition party claims that dozens of people who no longer live in the constituency "
                             "were brought in to vote.", date="2026-11-12")
    assert [e.cameo_code for e in events if e.plover_type == "ACCUSE"] == ["112"]


def test_to_reproach_someone_is_to_accuse_them(coder: Any) -> None:
    [event] = coder.code_text("The opposition reproached the government for the delays.", date="2026-07-16")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("112", ["OPP"], ["GOV"])


def test_an_agreement_inked_in_a_reduced_relative_the_tagger_read_as_past(coder: Any) -> None:
    events = coder.code_text("Traders welcomed a memorandum of understanding inked yesterday at the ministry.",
                             date="2026-03-31")
    assert [(e.cameo_code, e.date.start) for e in events if e.cameo_code == "057"] == [("057", "2026-03-30")]
    # a past tense hung on a noun while the root has two subjects is the lost clause's verb
    events = coder.code_text("Talks between Cameroon and the armed groups fighting for an independent state ended in "
                             "Geneva on Thursday without an agreement, a Swiss official said.", date="2025-05-23")
    assert "0814" not in [e.cameo_code for e in events]


def test_a_leading_preposition_read_into_a_name_does_not_hide_the_country(coder: Any) -> None:
    [event] = coder.code_text("Between Türkiye and Bulgaria, the accord was signed yesterday.", date="2026-05-29")
    assert (event.cameo_code, sorted(_codes(event.source))) == ("057", ["BGR", "TUR"])


@pytest.mark.parametrize(
    "text, code",
    [
        ("Ghana's top diplomat was welcomed at Iveagh House this afternoon.", "043"),
        ("The police reported the apprehension of 15 persons for obstruction.", "173"),
        ("The committee included five Libyan names in its sanctions list on Friday.", "163"),
    ],
)
def test_visit_arrest_and_listing_wordings(coder: Any, text: str, code: str) -> None:
    assert [e.cameo_code for e in coder.code_text(text, date="2026-07-18")] == [code]


def test_apprehension_without_persons_is_no_arrest(coder: Any) -> None:
    assert coder.code_text("There was growing apprehension among traders in the market.", date="2026-07-18") == []


def test_the_dead_of_this_attack_are_of_the_attack_told(coder: Any) -> None:
    text = ("A checkpoint of the army at the entry of Kumbo was attacked this Sunday by armed individuals.\n"
            "Two soldiers lost the life in this attack, which comes three days only after that of Batibo, where three "
            "gendarmes had been killed.")
    events = coder.code_text(text, date="2026-07-06")
    told, dead = [e for e in events if e.evidence.trigger in ("attacked", "attack")]
    assert (told.location.name, _codes(told.target)) == ("Kumbo", ["CMRMIL"])  # "of the army", "the entry of"
    assert (dead.date.start, dead.date.precision, dead.location.name, _codes(dead.target)) == (
        "2026-07-05", "day", "Kumbo", ["CMRMIL"])


@pytest.mark.parametrize(
    "text, code",
    [
        ("The Minister of Foreign Affairs yesterday received the working visit of the Foreign Minister of Singapore.",
         "043"),
        ("The Foreign Ministry on Monday declared him an unwelcome person.", "161"),
        ("Copenhagen told the embassy's second secretary on Monday that he must leave within a week.", "161"),
        ("About 120 nurses had reported sick on Monday.", "143"),
        ("The police have grabbed 28 sellers of the market this Monday.", "173"),
        ("The New Patriotic Party today filed a petition at the Kumasi High Court.", "115"),
        ("A Trinidad and Tobago Coast Guard vessel tied up at the jetty this morning with 20 tons of drinking water.",
         "073"),
    ],
)
def test_wordings_of_the_forty_sixth_corpus(coder: Any, text: str, code: str) -> None:
    assert code in [e.cameo_code for e in coder.code_text(text, date="2026-09-16")]


def test_calling_in_sick_is_a_strike_only_for_workers(coder: Any) -> None:
    assert coder.code_text("The minister called in sick on Monday.", date="2026-09-16") == []
    [event] = coder.code_text("Nurses at the Rand Memorial Hospital called in sick this morning.", date="2026-09-16")
    assert (event.cameo_code, _codes(event.source)) == ("143", ["HLH"])


def test_a_date_read_as_the_subject_of_a_release(coder: Any) -> None:
    # "held ... since July were released": the parser makes July the released
    events = coder.code_text("Twelve Vietnamese fishermen held at the provincial jail since July were released this "
                             "morning after a court fined them.", date="2026-09-18")
    [release] = [e for e in events if e.cameo_code == "0841"]
    assert _codes(release.target) == ["VNMAGR"]


def test_days_earlier_with_no_day_to_count_from_is_before_the_report(coder: Any) -> None:
    [event] = coder.code_text("Denmark ordered an Iranian diplomat out of the country eight days earlier.",
                              date="2026-09-16")
    assert (event.date.start, event.date.end, event.date.precision) == ("2026-09-05", "2026-09-08", "range")
    # a participle on a dated noun takes the noun's day
    [event] = coder.code_text("The step follows Denmark's decision on Monday ordering an Iranian diplomat out of the "
                              "country.", date="2026-09-16")
    assert (event.date.start, event.date.precision) == ("2026-09-14", "day")
    # with a day told to count from, the day before it
    events = coder.code_text("Residents said on Thursday that the militia had shelled the market two days earlier.",
                             date="2025-06-06")
    assert [(e.date.start, e.date.precision) for e in events if e.plover_type == "ASSAULT"] == [("2025-06-03", "day")]


def test_sentence_names_lose_their_accents(coder: Any) -> None:
    event = _one(coder, "The stevedores of the Terminal of Containers of Moín stopped work yesterday.", "2026-04-23")
    assert "terminal of containers of moin" in event.sentence_names


def test_a_by_election_is_one_word_and_its_place_and_day_are_its_own(coder: Any) -> None:
    # split, "by" was read as a preposition and "Soufrière" as what was taken to court
    event = _one(coder, "The opposition is taking the Soufrière by-election to court.", "2026-03-25")
    assert (event.cameo_code, event.location) == ("115", None)
    # the weekend is the by-elections', not the rejection's; their place is what was rejected
    events = coder.code_text("Burundi's main opposition party has rejected the results of weekend by-elections in the "
                             "province of Ngozi.", date="2026-11-12")
    [rejected] = [e for e in events if e.cameo_code == "120"]
    assert (rejected.date.precision, rejected.location) == ("document", None)
    # ... but a date after "this" is the clause's ("declared this Thursday persona non grata")
    event = _one(coder, "The Chancellery declared this Thursday persona non grata the consul of Nicaragua.",
                 "2026-05-08")
    assert (event.date.start, event.date.precision) == ("2026-05-07", "day")


def test_dates_of_the_nineteenth_eighteenth_and_thirty_second_corpora(coder: Any) -> None:
    # a date entity run over a comma into the "two days after" clause
    events = coder.code_text("Trucks began carrying food from Abeche to refugee camps on Chad's border with Sudan on "
                             "Wednesday, two days after the supplies were flown in.", date="2025-07-09")
    assert [(e.cameo_code, e.date.start) for e in events] == [("073", "2025-07-07")]
    # "the drone strike of 2 July"
    events = coder.code_text("The drone strike of 2 July on the fair of Lere had been documented by several NGOs.",
                             date="2026-07-27")
    assert [(e.cameo_code, e.date.start, e.date.precision) for e in events] == [("195", "2026-07-02", "day")]
    # a deadline gone by is no day of the ultimatum
    event = _one(coder, "The teachers' union had given the government until last Friday to pay the teachers.",
                 "2026-05-18")
    assert (event.cameo_code, event.date.precision) == ("139", "range")


def test_an_of_phrase_names_the_kind_of_its_noun(coder: Any) -> None:
    # "officials of the embassy" are embassy officials: men handed to them are released
    text = "Twelve Vietnamese fishermen were freed on Friday.\nThey were handed to two officials of the Vietnamese embassy."
    events = coder.code_text(text, date="2026-09-18")
    assert [(e.sentence_index, e.cameo_code) for e in events] == [(0, "0841"), (1, "0841")]
    # ... and "a member of the staff of the embassy ... who was asked to leave" is expelled
    events = coder.code_text("Malta expelled a member of the staff of the embassy of Libya, who was asked to leave "
                             "the territory.", date="2025-07-06")
    assert [e.cameo_code for e in events].count("161") >= 1


def test_an_official_of_no_named_country_threatens_for_the_country_he_speaks_of(coder: Any) -> None:
    text = ("The Minister of Natural Resources told journalists this afternoon that Lesotho would close the tunnel "
            "gates and stop the water flowing to Gauteng if South Africa has not paid by the end of October.")
    events = coder.code_text(text, date="2026-09-21")
    assert [(e.plover_type, _codes(e.source), e.modality) for e in events] == [("THREATEN", ["LSO"], "asserted")]
    # told by an official of another country, it is none
    events = coder.code_text("A South African minister told journalists that Lesotho would stop the water flowing to "
                             "Gauteng if South Africa has not paid.", date="2026-09-21")
    assert "THREATEN" not in [e.plover_type for e in events]


def test_a_rare_word_of_a_name_is_a_name_of_its_own(coder: Any) -> None:
    event = _one(coder, "The stevedores of the Terminal of Containers of Moín stopped work yesterday.", "2026-04-23")
    assert event.sentence_names == ["moin", "terminal of containers of moin"]  # ("terminal", "containers": too common)


def test_an_object_gap_clause_the_parser_hung_on_another_verb(coder: Any) -> None:
    # "the two interior ministers" read as the object of "crossing", "signed" on them
    events = coder.code_text("Austrian and Slovenian police will begin joint patrols on trains crossing their border "
                             "in July under an accord the two interior ministers signed in Ljubljana on Tuesday.",
                             date="2025-05-29")
    [signed] = [e for e in events if e.cameo_code == "057"]
    assert (signed.date.start, signed.location.name, signed.modality) == ("2025-05-27", "Ljubljana", "asserted")
    # not a bare noun before the phrase: "restituted to liberty the drivers detained since Monday"
    events = coder.code_text("The court restituted this Thursday to liberty the 24 taxi drivers detained since Monday.",
                             date="2026-03-20")
    assert all(not (e.cameo_code == "173" and e.source) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses at the Rand Memorial Hospital called in sick in large numbers this morning, taking the fight to Grand Bahama.",
        "The hospital authority said about 120 nurses had reported sick, fewer than the union's figure.",
    ],
)
def test_sick_after_the_verb_however_parsed_is_a_sick_out(coder: Any, text: str) -> None:
    assert "143" in [e.cameo_code for e in coder.code_text(text, date="2026-09-10")]


def test_sick_modifying_a_noun_is_no_sick_out(coder: Any) -> None:
    assert coder.code_text("The doctors called in sick patients on Monday.", date="2026-09-10") == []


def test_the_small_clause_of_a_causative_have_is_passive(coder: Any) -> None:
    [frozen] = [e for e in coder.code_text("A freight firm in the port district had its bank accounts frozen today "
                                           "under a government order.", date="2026-09-15") if e.cameo_code == "163"]
    assert frozen.source == []  # (the firm did not freeze its own accounts)
    # (a verb-final perfect in translated German order is no causative: the subject acts)
    [protest] = coder.code_text("Already in the past winter had citizens' initiatives in Tuzla and Zenica against the "
                                "smog protested.", date="2026-01-16")
    assert _codes(protest.source) == ["BIH"] and protest.target == []


def test_a_consul_general_is_a_consul(coder: Any) -> None:
    [event] = coder.code_text("The foreign ministry ordered Bolivia's consul general in Arica out of the country.",
                              date="2026-11-06")
    assert (event.cameo_code, _codes(event.target)) == ("161", ["BOLGOV"])


def test_talks_after_a_verb_first_passive_and_nationalities_joined_on_them(coder: Any) -> None:
    # translated verb-first order, the subject read as a clause of the verb; "Syrian-Lebanese"
    # names both sides
    [event] = coder.code_text("Were held yesterday, Tuesday 24/11, in Beirut the Syrian-Lebanese talks on the file of "
                              "the borders.", date="2026-11-25")
    assert (event.cameo_code, sorted(_codes(event.source)), event.date.start) == ("046", ["LBN", "SYR"], "2026-11-24")
    # one nationality alone is no pair of sides
    [event] = coder.code_text("Syrian talks were held in Beirut yesterday.", date="2026-11-25")
    assert event.source == []


def test_the_owner_of_an_event_noun_a_participle_tells_made_it(coder: Any) -> None:
    [event] = coder.code_text("Tarawa's deadline to the tuna fleet, set out on Friday, gives boat owners six weeks to "
                              "put cameras on board.", date="2026-11-23")
    assert (event.plover_type, _codes(event.source)) == ("THREATEN", ["KIRGOV"])
    assert _codes(event.target)[0].endswith("AGR")  # a fishing fleet is no navy


def test_a_recalled_ambassador_is_recalled_by_the_country_that_owns_him(coder: Any) -> None:
    events = coder.code_text("North Macedonia's ambassador to Bulgaria, who was recalled for consultations on "
                             "Wednesday, met the prime minister in Skopje on Friday.", date="2026-07-17")
    [recall] = [e for e in events if e.cameo_code == "161"]
    assert _codes(recall.source) == ["MKD"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Work resumed at the port on Thursday after dockers ended a 24-hour walkout over pension reform.", "143"),
        ("The strike, in which also the drivers of the night buses took part, was ended this morning at five o'clock.",
         "143"),
        ("The union chairman underlines that the strike was ended at midnight as planned.", "143"),
        # a strike ended by a choice, of no set length, is a concession
        ("The union ended its strike on Friday after the government agreed to a pay rise.", "082"),
    ],
)
def test_a_strike_that_ran_its_course_is_the_strike(coder: Any, text: str, code: str) -> None:
    codes = [e.cameo_code for e in coder.code_text(text, date="2026-11-05")]
    assert code in codes and ("082" in codes) == (code == "082")


def test_a_petition_filed_in_a_court_is_a_lawsuit(coder: Any) -> None:
    events = coder.code_text("The Democratic Labour Party this afternoon filed a petition in the High Court asking it "
                             "to void last Wednesday's by-election.", date="2026-11-16")
    assert "115" in [e.cameo_code for e in events]


def test_an_unknown_party_abbreviation_takes_the_kind_before_it(coder: Any) -> None:
    [event] = coder.code_text("Across the water in Barbados, the opposition DLP is asking the courts to throw out a "
                              "by-election it lost by 47 votes.", date="2026-11-19")
    assert (event.cameo_code, _codes(event.source)) == ("115", ["BRBOPP"])


def test_verb_second_perfect_with_the_subject_after_have(coder: Any) -> None:
    # translated German order: a fronted adjunct, "have", the subject, the object, the participle
    [event] = coder.code_text("Yesterday from five in the morning for 24 hours have the drivers of trams and "
                              "trolleybuses of Rigas satiksme the work stopped, demanding a pay rise.", date="2026-11-05")
    assert (event.cameo_code, _codes(event.source), event.date.start) == ("143", ["LAB"], "2026-11-04")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The two ministers put their names to the text in the town hall.", "057"),
        ("On Friday the magistrate court of Lautoka has given bail to the farmer brothers.", "0841"),
        ("The Polresta Samarinda gave suspension of detention to 17 students.", "0841"),
    ],
)
def test_wordings_of_the_forty_eighth_corpus(coder: Any, text: str, code: str) -> None:
    assert code in [e.cameo_code for e in coder.code_text(text, date="2026-11-27")]


def test_a_paper_that_says_our_tells_its_own_countrys_story(coder: Any) -> None:
    from eventcoder.records import Document

    def warning(text: str) -> list[str | None]:
        [result] = coder.code_documents([Document(id="r1", text=text, date="2026-11-20", source="Tarawa Lagoon Bulletin",
                                                  url="https://www.tarawalagoon.test/2026/11/20/x")])
        return [_codes(e.source) for e in result.events if e.plover_type == "THREATEN"][0]

    told = ("Foreign purse-seine operators have until 31 December to fit cameras on their vessels or lose their "
            "licences to fish in {} waters, the fisheries minister warned today.\n"
            "Most of the 40 or so licensed vessels belong to South Korean companies.")
    assert warning(told.format("our")) == ["KIRGOV"]  # (Tarawa: the capital of Kiribati)
    assert warning(told.format("the")) == ["KORGOV"]  # (the country the report names)


def test_whose_assets_are_frozen_is_the_target_and_no_compatriot_by_inference(coder: Any) -> None:
    [event] = coder.code_text("The Netherlands froze the assets of four Iranian men on Tuesday.", date="2026-09-16")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == ("163", ["NLD"], ["IRNCVL"])
    # (people of no told country: not the sanctioning state's own)
    [event] = coder.code_text("Switzerland on Thursday froze the assets of eight people and three companies linked to "
                              "the war.", date="2025-02-14")
    assert (_codes(event.source), sorted(_codes(event.target))) == (["CHE"], ["BUS", "CVL"])


@pytest.mark.parametrize(
    "told",
    ["Police put the gathering at about 500, while the fishermen's association said more than 2,000 people came.",
     "Women fish vendors from the Vasco market joined the crowd.",
     "Organisers said more than 3,000 fishermen had come from across the region."],
)
def test_coming_with_a_count_or_joining_the_crowd_retells_the_protest(coder: Any, told: str) -> None:
    text = "Hundreds of fishermen rallied outside the port authority's office in Vasco da Gama on Tuesday. " + told
    events = coder.code_text(text, date="2026-11-10")
    assert [(e.sentence_index, e.cameo_code, e.date.start) for e in events] == [
        (0, "141", "2026-11-10"), (1, "141", "2026-11-10")]


def test_people_who_came_to_no_protest_are_no_retelling(coder: Any) -> None:
    events = coder.code_text("Hundreds of fishermen rallied in Vasco da Gama on Tuesday. "
                             "More than 2,000 people came to the harbour festival on Sunday.", date="2026-11-10")
    assert [e.sentence_index for e in events] == [0]


def test_an_opening_arrival_participle_takes_the_main_subject(coder: Any) -> None:
    events = coder.code_text("Arrived yesterday in Antananarivo for an official visit of two days, the Minister of "
                             "Foreign Affairs of Mozambique has been received in the afternoon by her Malagasy "
                             "homologue.", date="2026-11-03")
    [visit] = [e for e in events if e.cameo_code == "042"]
    assert (_codes(visit.source), visit.date.start, visit.location.name) == (["MOZGOV"], "2026-11-02", "Antananarivo")


def test_a_clause_hung_on_the_first_with_n_days_after_is_of_its_own_day_and_place(coder: Any) -> None:
    # "four days" hangs on "after", and the parser joins "killed" to "ambushed"
    events = coder.code_text("Militants ambushed a Nigerien army patrol near Ayorou on Sunday, killing four soldiers, "
                             "four days after an attack on a base at Tera killed six, the army said.", date="2026-03-09")
    [earlier] = [e for e in events if e.evidence.trigger == "killed"]
    assert (earlier.date.start, earlier.location.name, earlier.source) == ("2026-03-04", "Téra", [])


def test_a_present_that_is_no_saying_counts_from_no_day(coder: Any) -> None:
    # "comes" is of the Rand action's day, which the sentence does not tell: a range
    # before the report, not the report's day less two
    events = coder.code_text("The Rand action comes two days after more than 200 nurses at Princess Margaret Hospital "
                             "called in sick.", date="2026-09-11")
    [sick_out] = [e for e in events if e.cameo_code == "143"]
    assert (sick_out.date.start, sick_out.date.end, sick_out.date.precision) == ("2026-09-07", "2026-09-09", "range")


def test_what_someone_is_given_time_to_do_is_demanded_of_them(coder: Any) -> None:
    events = coder.code_text("The teachers' union gave the finance ministry until Friday to release the money.",
                             date="2026-05-13")
    [release] = [e for e in events if e.plover_type == "AID"]
    assert (release.modality, _codes(release.source)) == ("demanded", ["GOV"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("National Army units beat back what officers called a coordinated assault by SSC-Khaatumo militias on the "
         "Jiidali front.", "190"),
        ("Our minister yesterday held what officials described as frank discussions with his Namibian counterpart.",
         "040"),
        ("Soldiers repulsed an attack by al-Shabaab fighters on their base.", "190"),
    ],
)
def test_what_someone_called_an_act_is_the_verbs_object_and_no_request(coder: Any, text: str, code: str) -> None:
    codes = [e.cameo_code for e in coder.code_text(text, date="2026-05-10")]
    assert codes == [code]


def test_the_day_on_a_naming_clause_is_the_acts_and_army_units_are_the_army(coder: Any) -> None:
    [event] = coder.code_text("National Army units beat back what officers called a coordinated assault by "
                              "SSC-Khaatumo militias on the Jiidali front on Saturday.", date="2026-05-11")
    assert (event.date.start, [a.sectors for a in event.source]) == ("2026-05-09", [["MIL"]])


@pytest.mark.parametrize(
    "text",
    ["The raiders made off with about 600 cattle, according to the army.",
     "Officials in Mora say the assailants also emptied several grain stores.",
     "The attackers burned about 20 huts and drove off cattle before troops arrived."],
)
def test_armed_men_carrying_off_goods_tell_their_raid(coder: Any, text: str) -> None:
    assert "180" in [e.cameo_code for e in coder.code_text(text, date="2026-09-07")]


def test_anyone_else_making_off_with_something_is_no_raid(coder: Any) -> None:
    assert coder.code_text("The minister made off with the prize.", date="2026-09-07") == []


def test_an_order_with_a_time_limit_is_an_ultimatum_however_the_infinitive_is_parsed(coder: Any) -> None:
    text = ("West Australians with a holiday booked at a Bali beach club may want to check it is still standing.\n"
            "Authorities on the island on Wednesday ordered more than 40 clubs in Canggu and Seminyak to remove "
            "structures built too close to the sea within 30 days, threatening to bulldoze whatever is left.")
    codes = [e.cameo_code for e in coder.code_text(text, date="2026-07-24") if e.sentence_index == 1]
    assert "139" in codes
    # an order with no time limit is a demand
    assert [e.cameo_code for e in coder.code_text("The court ordered the company to pay compensation.",
                                                  date="2026-07-24")] == ["100"]


@pytest.mark.parametrize(
    ("text", "code"),
    [("A rebel spokesman said the fighters had taken two rifles from the post.", "180"),
     ("Their trawler was towed to the Talaimannar pier, the navy said.", "1711")],
)
def test_arms_taken_in_a_raid_and_a_boat_towed_to_port(coder: Any, text: str, code: str) -> None:
    assert code in [e.cameo_code for e in coder.code_text(text, date="2025-09-11")]


def test_a_boat_taken_somewhere_by_no_force_is_no_seizure(coder: Any) -> None:
    assert coder.code_text("The delegation took the boat to the island.", date="2025-09-11") == []


def test_workers_who_stayed_home_struck_but_a_strikers_we_is_no_telling_of_which_strike(coder: Any) -> None:
    events = coder.code_text("Most nurses at Princess Margaret Hospital were back on the wards on Wednesday, a day after "
                             "they stayed home en masse over overtime arrears.", date="2026-09-10")
    assert [(e.cameo_code, e.date.start) for e in events if e.cameo_code == "143"] == [("143", "2026-09-08")]
    assert coder.code_text('"We stayed home so that people would see what this job costs us," a driver said.',
                           date="2026-09-10") == []


def test_taking_ones_objections_to_a_doorstep_protests(coder: Any) -> None:
    [event] = coder.code_text("Protesters in Vasco da Gama on Tuesday took their objections to coal straight to the "
                              "port's doorstep.", date="2026-11-10")
    assert (event.cameo_code, event.date.start) == ("141", "2026-11-10")
    # (a threat to take a protest somewhere is a threat of dissent, the protest only intended)
    events = coder.code_text("Romanian farmers are threatening to take their protest to Bucharest.", date="2025-02-07")
    assert sorted((e.plover_type, e.modality) for e in events) == [("PROTEST", "intended"), ("THREATEN", "asserted")]


def test_a_name_before_a_word_for_a_region_places_the_people_of_it(coder: Any) -> None:
    # (Kon Tum, a Vietnamese town the model tags a person; Attapeu, a small Lao town)
    ev = _one(coder, "The governor of Kon Tum province handed over rice.", "2026-09-10")
    assert _codes(ev.source) == ["VNMGOV"]
    ev = _one(coder, "The police of Attapeu province arrested two men.", "2026-09-10")
    assert _codes(ev.source) == ["LAOCOP"]
    # (the district an act hit is no party to it: the shelling stays Russian)
    ev = _one(coder, "Four people were killed by Russian shelling of the Dniprovskyi district.", "2025-11-29")
    assert _codes(ev.source) == ["RUS"]


def test_translated_wordings_of_recalls_meetings_and_signings(coder: Any) -> None:
    # (the object and its participle read as a clause)
    ev = _one(coder, "Malabo has in its turn recalled its ambassador accredited near the Gabonese Republic.", "2027-01-12")
    assert (ev.cameo_code, _codes(ev.source)) == ("161", ["GNQGOV"])
    # (a recall decided, through "for consultations"; a product recall is none)
    ev = _one(coder, "The Government of the Gabonese Republic has decided the recall for consultations of its "
                     "ambassador accredited in Malabo.", "2027-01-08")
    assert (ev.cameo_code, _codes(ev.source)) == ("161", ["GABGOV"])
    assert coder.code_text("The company announced the recall of 2,000 cars.", date="2027-01-08") == []
    ev = _one(coder, "Delegations of El Salvador and Honduras sustained this Tuesday in the port of La Union a meeting "
                     "of work on fishing.", "2027-01-20")
    assert (ev.cameo_code, ev.date.start) == ("040", "2027-01-19")
    assert _one(coder, "The instrument was subscribed by the two finance ministers.", "2027-01-27").cameo_code == "057"
    # (a relative pronoun the model reads as the object of a modifier clause)
    ev = _one(coder, "Exporters are watching the accord that Mexico and Guatemala signed in Tapachula yesterday.", "2027-01-27")
    assert (ev.cameo_code, sorted(_codes(ev.source)), ev.date.start) == ("057", ["GTM", "MEX"], "2027-01-26")


def test_relief_items_delivered_are_aid(coder: Any) -> None:
    ev = _one(coder, "Malawi thanked Tanzania for the 600 tonnes of food and shelter items it delivered to Karonga.",
              "2027-01-12", trigger="items")
    assert (ev.cameo_code, _codes(ev.source)) == ("073", ["TZA"])


def test_a_clause_after_n_days_after_read_as_a_phrase_keeps_its_subject_and_day(coder: Any) -> None:
    # ("three days after armed men", and "killed ..." on "men")
    events = coder.code_text("Gunmen shot dead nine people in Mangu in Nigeria's Plateau State on Thursday.\nThe attack came "
                             "three days after armed men killed at least 11 people near Mushere.", date="2027-01-08")
    [killed] = [e for e in events if e.sentence_index == 1 and e.evidence.trigger == "killed"]
    assert (_codes(killed.source), _codes(killed.target)) == (["NGAUAF"], ["NGACVL"])
    assert killed.date.start <= "2027-01-04" <= killed.date.end and killed.date.precision == "range"


def test_an_event_noun_is_of_the_day_its_relative_clause_tells(coder: Any) -> None:
    ev = _one(coder, "Eleven villagers died in the assault that hit two hamlets late on Monday.", "2027-01-07")
    assert (ev.cameo_code, ev.date.start, ev.date.precision) == ("190", "2027-01-04", "day")


def test_persons_included_in_a_list_of_restrictive_measures_are_sanctioned(coder: Any) -> None:
    # (translated word order; the act "by which" they are included is dated by the approval)
    ev = _one(coder, "The Government yesterday approved the resolution, by which into the national list of restrictive "
                     "measures are included 16 natural persons.", "2027-01-15", trigger="included")
    assert (ev.cameo_code, ev.date.start, ev.date.precision) == ("163", "2027-01-14", "day")


def test_national_armed_forces_by_their_acronyms(coder: Any) -> None:
    ev = _one(coder, "The UPDF attacked SSPDF positions.", "2027-01-17")
    assert (_codes(ev.source), _codes(ev.target)) == (["UGAMIL"], ["SSDMIL"])
    ev = _one(coder, "Rebels ambushed a patrol of the FACA near Ngaoundaye.", "2026-11-07")
    assert _codes(ev.target) == ["CAFMIL"]


def test_aid_is_for_whom_it_is_given_to_help_not_for_the_gate_it_is_handed_over_at(coder: Any) -> None:
    ev = _one(coder, "At the Bo Y International Border Gate, the delegation of Kon Tum province handed over 30 tons of "
                     "rice to support the people of Attapeu province.", "2026-09-10", trigger="handed")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == ("073", ["VNMGOV"], ["LAOCVL"])
    ev = _one(coder, "Japan sent 20 tonnes of food to help the flood victims in Bangladesh.", "2026-09-10")
    assert (_codes(ev.source), _codes(ev.target)) == (["JPN"], ["BGDCVL"])


def test_crowd_counts_and_filled_centres_retell_the_protest(coder: Any) -> None:
    events = coder.code_text("Bus drivers in Montevideo went on strike on Wednesday.\nAccording to the syndicate, the "
                             "adhesion reached 90 percent of the workers.", date="2027-01-21")
    assert [(e.sentence_index, e.cameo_code, e.date.start) for e in events] == [(0, "143", "2027-01-20"), (1, "143", "2027-01-20")]
    events = coder.code_text("Thousands marched through Santo Domingo on Wednesday.\nThe organisers estimated the "
                             "participation in more than twelve thousand persons.", date="2027-01-21")
    assert [(e.sentence_index, e.cameo_code) for e in events] == [(0, "141"), (1, "141")]
    ev = _one(coder, "Protesters filled the centre of Santo Domingo on Wednesday.", "2027-01-21")
    assert (ev.cameo_code, ev.date.start) == ("141", "2027-01-20")


def test_an_envoy_stepping_off_a_jet_or_wrapping_up_days_somewhere_visits(coder: Any) -> None:
    ev = _one(coder, "Seoul's top diplomat stepped off a chartered jet at the airport yesterday afternoon.", "2026-05-05")
    assert (ev.cameo_code, _codes(ev.source), ev.date.start) == ("042", ["KORGOV"], "2026-05-04")
    assert coder.code_text("The passengers stepped off the plane.", date="2026-05-05") == []
    ev = _one(coder, "Singapore's foreign minister wrapped up two days in Bandar Seri Begawan today.", "2026-09-02")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == ("042", ["SGPGOV"], ["BRNGOV"])


def test_a_crowd_gathering_for_a_rally_and_a_square_filling_up_with_people_protest(coder: Any) -> None:
    ev = _one(coder, "A far bigger crowd gathered in Ulaanbaatar for a rally against the same increase.", "2026-05-21")
    assert (ev.cameo_code, _codes(ev.source)) == ("141", ["MNGCVL"])
    assert coder.code_text("The family gathered for a wedding.", date="2026-05-21") == []
    ev = _one(coder, "Sukhbaatar Square filled up on Wednesday afternoon with students and pensioners.", "2026-05-21")
    assert (ev.cameo_code, ev.date.start, _codes(ev.target)) == ("141", "2026-05-20", [])
    assert coder.code_text("The streets filled up with water.", date="2026-05-21") == []


def test_it_in_a_subordinate_clause_is_the_force_or_ministry_of_the_main_clause(coder: Any) -> None:
    events = coder.code_text("Venezuela's navy seized a second Guyanese fishing vessel on Friday, four days after it took "
                             "another trawler in the same waters.", date="2025-03-10")
    assert [(e.evidence.trigger.split()[0], e.cameo_code, _codes(e.source)) for e in events] == [
        ("seized", "1711", ["VENMIL"]), ("took", "1711", ["VENMIL"])]
    ev = _one(coder, "The foreign ministry in Vilnius said it had summoned Russia's charge d'affaires.", "2026-11-05")
    assert (ev.cameo_code, _codes(ev.source)) == ("114", ["LTUGOV"])


def test_it_closed_days_before_is_the_thing_the_main_clause_acts_on(coder: Any) -> None:
    events = coder.code_text("Mauritania reopened the Rosso border crossing on Monday, three days after closing it.",
                             date="2025-05-19")
    assert sorted((e.cameo_code, e.date.start) for e in events) == [("0863", "2025-05-19"), ("191", "2025-05-16")]


def test_traffic_stopped_across_a_river_and_resuming_at_a_crossing(coder: Any) -> None:
    ev = _one(coder, "Mauritanian security forces stopped all traffic across the Senegal River on Friday.", "2025-05-18")
    assert (ev.cameo_code, _codes(ev.source)) == ("191", ["MRTCOP"])
    ev = _one(coder, "Traffic resumed at the border crossing on Monday.", "2025-05-21")
    assert (ev.cameo_code, ev.date.start) == ("0863", "2025-05-19")
    assert coder.code_text("Traffic resumed on the motorway after the accident.", date="2025-05-21") == []


def test_a_recourse_deposited_before_a_court_is_a_lawsuit(coder: Any) -> None:
    # (translated French "deposer un recours": the object after the day, with "a")
    ev = _one(coder, "The Party of Justice and Development has deposited this Monday a recourse before the "
                     "Constitutional Court.", "2025-05-20")
    assert (ev.cameo_code, ev.date.start) == ("115", "2025-05-19")
    ev = _one(coder, "The opposition has deposed yesterday before the Constitutional Court a petition.", "2027-01-14")
    assert (ev.cameo_code, ev.date.start) == ("115", "2027-01-13")


def test_answering_in_kind_repeats_the_told_act_on_its_doer(coder: Any) -> None:
    events = coder.code_text("Russia expelled two Estonian diplomats on Monday.\nTallinn responded in kind on Tuesday.",
                             date="2026-09-25")
    assert [(e.sentence_index, e.cameo_code, _codes(e.source), _codes(e.target), e.date.start) for e in events] == [
        (0, "161", ["RUS"], ["ESTGOV"], "2026-09-21"), (1, "161", ["ESTGOV"], ["RUS"], "2026-09-22")]
    # (retaliating "for" the act is answering it; an army's retaliation is its attack, once)
    events = coder.code_text("Croatia expelled a Serbian diplomat on Monday.\nBelgrade retaliated on Wednesday for the "
                             "expulsion of one of its diplomats.", date="2026-08-14")
    assert [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in events if e.sentence_index == 1] == [
        ("161", ["SRBGOV"], ["HRV"])]
    assert [e.cameo_code for e in coder.code_text("The army retaliated for the attack on its base.", date="2026-08-14")] == ["190"]
    # (a promise to answer in kind is no act yet)
    events = coder.code_text("Russia expelled two Estonian diplomats on Monday.\nTallinn said it would respond in kind.",
                             date="2026-09-25")
    assert [e.sentence_index for e in events] == [0]


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # the subject as a second object of the place's preposition
        ("Were arrested the day before yesterday in Lome four members of the opposition.", "173", [], ["TGOOPP"]),
        # the subject as an apposition of the day, what it acted on as the subject's apposition
        ("Has visited this Monday the first minister of Portugal the city of Luanda.", "042", ["PRTGOV"], ["AGO"]),
        # an opening "Met" the tagger reads as a name
        ("Met yesterday in Bissau the ministers of foreign affairs of Senegal and Gambia.", "040",
         ["SENGOV", "GMBGOV"], []),
        # what was signed, as another apposition after the subject's
        ("Signed yesterday in the capital Riyadh His Excellency the Minister of the Interior and his Saudi counterpart "
         "an agreement of cooperation.", "057", ["SAUGOV"], []),
        # the sides of an agreement "of cooperation between" them
        ("Was signed this Wednesday in Dakar the agreement of cooperation between Senegal and Gambia.", "057",
         ["SEN", "GMB"], []),
        ("A memorandum of understanding between Kenya and Uganda on fisheries was signed on Monday.", "057",
         ["KEN", "UGA"], []),
    ],
)
def test_translated_verb_first_sentences(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2027-03-04")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_the_met_office_stays_a_name(coder: Any) -> None:
    assert [e.evidence.trigger for e in coder.code_text("The Met Office warned of storms.", date="2027-03-04")] == ["warned"]
    assert "meet" not in {t.lemma_ for t in coder.nlp("Met Office forecasters said so.")}


def test_names_of_countries_and_capitals_the_tagger_splits(coder: Any) -> None:
    # ("Port" and "Spain", "Antigua" and "Barbuda" as two names)
    ev = _one(coder, "Thousands of people marched through Port of Spain on Friday.", "2027-03-13")
    assert (_codes(ev.source), ev.location.name, ev.location.country) == (["TTOCVL"], "Port of Spain", "TTO")
    ev = _one(coder, "The government of Antigua and Barbuda rejected the result on Monday.", "2027-03-16")
    assert _codes(ev.source) == ["ATGGOV"]
    ev = _one(coder, "India flew 20 tonnes of supplies to the Federated States of Micronesia on Saturday.", "2027-03-08")
    assert _codes(ev.target) == ["FSM"]
    # (a capital whose name ends as a possessive does, in the country's report)
    events = coder.code_text("In Antigua, the opposition rejected the result.\nSupporters gathered outside the party's offices "
                             "in St John's yesterday.", date="2027-03-16")
    assert [(e.sentence_index, e.location.name if e.location else None) for e in events] == [
        (0, "Antigua and Barbuda"), (1, "Saint John’s")]


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # where officials come from says whose they are, one country each
        ("Trade officials from Zambia and the Democratic Republic of Congo held talks on Tuesday.", "046",
         ["ZMBGOV", "CODGOV"], []),
        # "the works of" a meeting are the meeting (translated "les travaux"), told verb-first
        ("Were held this Tuesday at the border post of Kasumbalesa the works of the bilateral meeting between the "
         "delegations of Zambia and Malawi.", "040", ["ZMBGOV", "MWIGOV"], []),
        # a verb-first sentence after its day
        ("Yesterday signed in Valga the Estonian minister of education and the Latvian minister of education an "
         "agreement.", "057", ["ESTGOV", "LVAGOV"], []),
        ("The ministry gave the companies a time limit of 30 days.", "139", ["GOV"], ["BUS"]),
        ("Police had hauled 14 demonstrators off the highway on Monday.", "173", ["COP"], ["CVL"]),
        ("The ambush cost the lives of nine soldiers on Friday.", "190", [], ["MIL"]),
        ("This new attack, which cost the life to nine soldiers, intervenes three days after.", "190", [], ["MIL"]),
    ],
)
def test_wordings_of_the_fifty_second_corpus(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2027-03-24")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_a_share_of_strikers_observing_the_watchword_is_the_strike(coder: Any) -> None:
    events = coder.code_text("The electricity agents went on strike on Wednesday.\nAccording to the union, more than 90 "
                             "percent of the agents have observed the watchword.", date="2027-03-04")
    assert [(e.sentence_index, e.cameo_code) for e in events] == [(0, "143"), (1, "143")]
    assert "143" not in {e.cameo_code for e in coder.code_text("The rebels observed the truce on Monday.", date="2027-03-04")}


def test_our_own_minister_is_not_the_visitors(coder: Any) -> None:
    ev = _one(coder, "The visiting Cypriot foreign minister, who sat down with our own foreign minister for almost three "
                     "hours, also raised the question.", "2027-03-02")
    assert (_codes(ev.source), _codes(ev.target)) == (["CYPGOV"], ["GOV"])


def test_the_day_of_an_event_joined_and_of_a_misread_yesterday(coder: Any) -> None:
    ev = _one(coder, "Busloads of workers from the south joined yesterday's march in the capital.", "2027-03-13")
    assert (ev.cameo_code, ev.date.start, ev.date.precision) == ("141", "2027-03-12", "day")
    # (translated verb-final order: the day read as a modifier of the object)
    ev = _one(coder, "The cabinet has yesterday sanctions imposed on four men and a transport company.", "2026-09-16")
    assert (ev.cameo_code, ev.date.start) == ("163", "2026-09-15")
    # (what is investigated is not investigated on its own day)
    ev = _one(coder, "The office urged the authorities to investigate Thursday's drone strike.", "2026-07-05",
              trigger="investigate")
    assert (ev.cameo_code, ev.date.precision) == ("093", "document")


def test_a_deadline_within_days_is_not_the_day_of_an_expulsion(coder: Any) -> None:
    ev = _one(coder, "One of our diplomats was ordered out of Dar es Salaam within two days.", "2027-03-05")
    assert (ev.cameo_code, ev.modality, ev.date.precision) == ("161", "asserted", "document")


def test_individuals_released_by_a_decision_of_the_government(coder: Any) -> None:
    ev = _one(coder, "The individuals, who had been arrested, were released by the decision of the federal government.",
              "2027-03-11", trigger="individuals,")
    assert (ev.cameo_code, _codes(ev.source)) == ("0841", ["GOV"])
    # (a decision "of Monday" names no one)
    assert _codes(_one(coder, "The court order of Monday was appealed.", "2027-03-11").target) == []


def test_a_participle_with_its_by_phrase_read_as_the_main_verb(coder: Any) -> None:
    ev = _one(coder, "Twenty-six fishermen from Kalokol and Todonyang freed by Ethiopian authorities yesterday were "
                     "reunited with their families.", "2027-03-11")
    assert (ev.cameo_code, _codes(ev.source)) == ("0841", ["ETHGOV"])
    assert [c for e in coder.code_text("Kenyans took to the streets of Nairobi yesterday to demonstrate.",
                                       date="2025-03-19") for c in _codes(e.source)] == ["KEN"]


def test_verb_first_after_a_fronted_phrase_and_a_passive_with_its_subject_last(coder: Any) -> None:
    ev = _one(coder, "In the framework of his official visit to the Kingdom of Bahrain, had yesterday the Minister of "
                     "Foreign Affairs a meeting of work in Manama with his Bahraini counterpart.", "2027-03-02")
    assert (ev.cameo_code, _codes(ev.source), ev.date.start) == ("040", ["GOV"], "2027-03-01")
    ev = _one(coder, "Have been frozen for six months, by an order of the Ministry of the Economy, the funds of five "
                     "physical persons.", "2027-03-18")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == ("163", ["GOV"], ["CVL"])
    # (a name inside the fronted phrase is not the subject)
    ev = _one(coder, "Between Türkiye and Bulgaria, the Agreement on Cooperation in the Early Warning of Floods was "
                     "signed yesterday.", "2026-05-29")
    assert ev.cameo_code == "057" and not any("Agreement" in a.text for a in ev.target)


def test_a_vehicle_attacked_delivered_nothing(coder: Any) -> None:
    events = coder.code_text("Several lorries carrying food for the besieged town were set on fire.", date="2027-03-06")
    assert [e.cameo_code for e in events] == ["1712"]
    ev = _one(coder, "A Qatari aircraft carrying 40 tonnes of food baskets landed at Port Sudan on Monday.", "2027-03-16")
    assert (ev.cameo_code, _codes(ev.source)) == ("073", ["QAT"])


def test_a_feast_is_no_place(coder: Any) -> None:
    events = coder.code_text("Union leaders have threatened a general strike if the Cabinet does not shelve the plan by "
                             "Easter.", date="2027-03-13")
    assert all(e.report_country is None and e.location is None for e in events)


def test_an_infinitive_read_as_a_noun_keeps_its_own_day(coder: Any) -> None:
    ev = _one(coder, "The two delegations agreed to trial round-the-clock customs clearance from April, a Zambian official "
                     "said.", "2027-03-24")
    assert (ev.cameo_code, ev.date.precision) == ("030", "document")


def test_a_place_of_the_act_counted_from_is_not_the_events(coder: Any) -> None:
    ev = _one(coder, "Riot police yesterday dragged dozens of protesters from the roadway, two days after the same scenes "
                     "in Gyumri.", "2027-03-11")
    assert (ev.cameo_code, ev.sentence_places) == ("173", [])
    ev = _one(coder, "Busloads of workers joined yesterday's march in the capital.", "2027-03-13")
    assert _codes(ev.source) == ["LAB"]


def test_an_election_petition_is_a_lawsuit_and_the_court_no_side(coder: Any) -> None:
    ev = _one(coder, "The party filed a petition in the High Court on Monday.", "2027-03-24")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == ("115", ["PTY"], [])
    assert _one(coder, "The opposition filed an election petition on Monday.", "2027-03-24").cameo_code == "115"
    # (a petition handed to an authority is no lawsuit)
    assert coder.code_text("Residents filed a petition with the mayor on Monday.", date="2027-03-24") == []


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        ("The men were handed over to officials of the Indonesian consulate at Darwin airport.", "0841", [], ["IDNCVL"]),
        # a recall: the envoy's own state recalls, the state of the posting is the target
        ("The government has called back the Bangladesh ambassador posted in Myanmar for consultation.", "161",
         ["BGDGOV"], ["MMR"]),
        ("The government recalled the Bangladeshi ambassador in Myanmar on Thursday.", "161", ["BGDGOV"], ["MMR"]),
        ("Mexico flew in 30 tonnes of relief on Tuesday.", "073", ["MEX"], []),
        ("The nurses stayed at home on Tuesday.", "143", ["HLH"], []),
        ("More than 8,000 persons have defiled yesterday in the streets of the chief-town.", "141", ["CVL"], []),
        ("The opposition has challenged a by-election its candidate lost by a handful of votes.", "120", ["OPP"], []),
        # (a ministry's long name is one actor, not three)
        ("Initiated yesterday the Minister of Foreign Affairs, Cooperation and Regional Integration an official visit "
         "of two days to the Grand Duchy of Luxembourg.", "042", ["GOV"], ["LUX"]),
    ],
)
def test_wordings_of_the_fifty_fourth_corpus(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2027-05-12")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_residents_staying_home_strike_no_one(coder: Any) -> None:
    assert coder.code_text("Residents stayed at home on Tuesday.", date="2027-05-12") == []


def test_the_strike_told_next_is_the_main_one(coder: Any) -> None:
    events = coder.code_text("Tram and bus drivers in the northern German city of Bremen went on strike on Friday, two days "
                             "after Hamburg's transit workers walked out.\nThe strike at the company was due to last until "
                             "early on Saturday, the union said.", date="2027-05-07")
    assert [(e.sentence_index, e.date.start) for e in events] == [(0, "2027-05-07"), (0, "2027-05-05"), (1, "2027-05-07")]


def test_a_place_told_in_a_past_perfect_relative_clause_is_an_earlier_acts(coder: Any) -> None:
    ev = _one(coder, "The raiders, who had crossed the Kerio river from the Baringo side, exchanged fire with the officers "
                     "for nearly an hour.", "2027-05-09", trigger="exchanged")
    assert ev.sentence_places == []


def test_a_part_of_an_armed_group_and_a_term_given_to_the_army(coder: Any) -> None:
    events = coder.code_text("The Western War Front of the ELN gave this Thursday a term of 72 hours to the Army so that it "
                             "withdraws its troops from the basin of the San Juan.", date="2027-05-21")
    assert [(e.cameo_code, _codes(e.source), e.modality) for e in events] == [
        ("139", ["COLREB"], "asserted"), ("0874", ["COLREB"], "intended")]
    # (a ministry is no part of the party its name shares a word with)
    ev = _one(coder, "Workers marched to the Ministry of Labour in Maseru on Thursday.", "2027-01-08")
    assert "GBRPTY" not in _codes(ev.target)


def test_an_accord_the_ministers_signed_told_as_another_verbs_subject(coder: Any) -> None:
    ev = _one(coder, "Zakopane's rescue service, TOPR, says the accord the interior ministers signed in the town on "
                     "Thursday will end years of legal grey areas.", "2027-05-29")
    assert (ev.cameo_code, ev.date.start, ev.modality) == ("057", "2027-05-27", "asserted")


def test_an_envoy_ordered_back_is_recalled_not_expelled(coder: Any) -> None:
    ev = _one(coder, "The foreign ministry on Thursday ordered the envoy back to Dhaka for consultations.", "2027-05-07")
    assert (ev.cameo_code, ev.plover_mode) == ("161", "withdraw")
    ev = _one(coder, "The ministry ordered the Russian ambassador to leave the country.", "2027-05-07")
    assert (ev.cameo_code, ev.plover_mode) == ("161", "expel")


def test_a_place_in_the_clause_counted_from_names_not_the_recall(coder: Any) -> None:
    ev = _one(coder, "Bangladesh recalled its ambassador to Myanmar for consultations on Thursday, three days after a "
                     "fisherman from Teknaf was shot dead on the Naf river.", "2027-05-07", trigger="recalled")
    assert ev.sentence_places == []


def test_a_namesake_party_of_a_place_the_tagger_calls_a_location(coder: Any) -> None:
    # ("Cook Islands" is tagged LOC, not GPE; the party is still the islands', not America's)
    ev = _one(coder, "The Cook Islands' Democratic Party filed a petition in the High Court on Thursday.", "2027-05-14")
    assert (ev.cameo_code, _codes(ev.source)) == ("115", ["COKPTY"])


def test_a_word_sharing_the_compound_noun_is_no_actor_of_its_own(coder: Any) -> None:
    ev = _one(coder, "Tram and bus drivers in Bremen went on strike on Friday.", "2027-05-08")
    assert _codes(ev.source) == ["DEULAB"]
    ev = _one(coder, "Banana and pineapple exporters warned that fruit could spoil.", "2027-05-08")
    assert _codes(ev.source) == ["BUS"]
    ev = _one(coder, "Rubbish collectors in the Brazilian city of Belem walked off the job on Tuesday.", "2026-01-07")
    assert _codes(ev.source) == ["BRALAB"]


def test_a_party_name_many_countries_share_is_the_report_s_country_s(coder: Any) -> None:
    events = coder.code_text("Belmopan's opposition is in court. The United Democratic Party filed its election "
                             "petition in Belize City on Wednesday.", date="2027-08-19")
    assert [(e.cameo_code, _codes(e.source)) for e in events if e.cameo_code == "115"] == [("115", ["BLZPTY"])]
    # (the party's own country, when the report names it, and a name no other party has)
    ev = _one(coder, "The United Democratic Party of the Gambia filed a petition in the High Court in Banjul "
                     "on Wednesday.", "2027-08-19")
    assert _codes(ev.source) == ["GMBPTY"]


def test_new_wordings_of_strikes_court_action_and_relief(coder: Any) -> None:
    ev = _one(coder, "Cranes stood idle in Aqaba for a second day as hundreds of dockers kept up their stoppage.", "2027-06-05")
    assert (ev.cameo_code, _codes(ev.source)) == ("143", ["JORLAB"])
    ev = _one(coder, "The UWP has gone to court over the Dennery North result.", "2027-06-11")
    assert (ev.cameo_code, _codes(ev.source)) == ("115", ["LCAPTY"])
    ev = _one(coder, "A Colombian air force plane flew 30 tonnes of food to Les Cayes on Monday.", "2027-06-08")
    assert (ev.cameo_code, _codes(ev.source)) == ("073", ["COL"])


def test_translated_release_wordings(coder: Any) -> None:
    events = coder.code_text("The nine sailors of Tanzanian nationality detained since the month of June at the central "
                             "prison of Moroni have been put in liberty this Tuesday.", date="2027-08-18")
    # (the participle is no main verb: the sailors were detained, not the detainers)
    assert [(e.cameo_code, _codes(e.source), _codes(e.target)) for e in events] == [
        ("173", [], ["TZA"]), ("0841", [], ["TZACVL"])]
    ev = _one(coder, "They have been remitted to the ambassador of Tanzania at the Ministry of Justice.", "2027-08-18")
    assert ev.cameo_code == "0841"


def test_boats_blocking_a_pass_and_francs_frozen(coder: Any) -> None:
    ev = _one(coder, "Around forty fishing boats blocked the pass into Uturoa harbour from dawn until midday today.", "2027-08-14")
    assert ev.cameo_code == "1442"
    ev = _one(coder, "Liechtenstein yesterday froze some 38 million Swiss francs held by two Vaduz foundations.", "2027-08-20")
    assert (ev.cameo_code, _codes(ev.source)) == ("163", ["LIE"])
    ev = _one(coder, "Lawyers for the UDP filed the party's challenge to the Cayo North result in Belize City.", "2027-08-20")
    assert ev.cameo_code == "115"


def test_talks_held_on_charges_are_talks_and_a_strike_entered_is_no_attack(coder: Any) -> None:
    ev = _one(coder, "Ethiopian and Djiboutian officials held talks in Dire Dawa on Friday on freight charges.", "2027-08-28")
    assert (ev.cameo_code, _codes(ev.source)) == ("046", ["ETHGOV", "DJIGOV"])
    ev = _one(coder, "Police held the two men on charges of smuggling.", "2027-08-28")
    assert ev.cameo_code == "173"
    events = coder.code_text("Have entered this Wednesday in strike the workers of the bauxite company at Kamsar.", date="2027-08-05")
    assert [(e.cameo_code, e.date.start) for e in events] == [("143", "2027-08-04")]


def test_french_polynesia_is_a_party(coder: Any) -> None:
    ev = _one(coder, "Several thousand people marched through Papeete this morning to the Assembly of French Polynesia.", "2027-08-11")
    assert (_codes(ev.source), ev.location.name) == (["PYFCVL"], "Papeete")


def test_a_crowd_counted_as_a_range_after_the_verb_is_its_subject(coder: Any) -> None:
    ev = _one(coder, "Have paraded yesterday in the streets of Papeete between 2,500 and 7,000 persons, against the "
                     "project of agreement of fishing.", "2027-08-12")
    assert (ev.cameo_code, _codes(ev.source), ev.date.start) == ("141", ["PYFCVL"], "2027-08-11")
    # (the dead of an attack told before, as translated "agents")
    events = coder.code_text("This Friday a group of gunmen attacked the police post of Borbon. Two agents died in the "
                             "place and a third was wounded.", date="2027-08-07")
    assert [(e.sentence_index, e.cameo_code) for e in events] == [(0, "190"), (1, "190")]


def test_an_event_noun_left_hanging_on_a_verb_that_opens_the_sentence(coder: Any) -> None:
    ev = _one(coder, "Ended yesterday, Friday, the strike of the workers of the container port in Aqaba, which lasted "
                     "for two days.", "2027-06-05")
    assert (ev.cameo_code, _codes(ev.source), ev.date.start, ev.evidence.trigger) == ("143", ["JORLAB"], "2027-06-04", "strike")


def test_a_deal_two_countries_signed_read_as_two_subjects(coder: Any) -> None:
    events = coder.code_text("Tak Bai traders have welcomed the bridge deal Thailand and Malaysia signed in Kota Bharu "
                             "on Wednesday.", date="2027-08-27")
    signed = [e for e in events if e.cameo_code == "057"]
    assert [(sorted(_codes(e.source)), e.date.start) for e in signed] == [(["MYS", "THA"], "2027-08-25")]


def test_the_dead_of_the_attack_told_before_not_of_the_one_counted_from(coder: Any) -> None:
    events = coder.code_text("Gunmen attacked the police post of Borbon on Friday. Two agents died in the place, three days "
                             "after criminals killed three policemen in San Lorenzo.", date="2027-08-07")
    died = [e for e in events if e.evidence.trigger == "died"]
    assert [(e.date.start, _codes(e.source)) for e in died] == [("2027-08-06", ["PRYUAF"])]  # (San Lorenzo, Paraguay)
    # (and the dead of the earlier ambush are that ambush's)
    events = coder.code_text("Gunmen attacked a base on Friday. The fact occurs three days after the ambush of Vizcatan, "
                             "where four soldiers lost the life.", date="2027-08-07")
    assert not [e for e in events if e.evidence.trigger == "lost"]


def test_a_place_of_the_main_clause_is_no_hint_for_the_participle_s_event(coder: Any) -> None:
    [ev] = [e for e in coder.code_text("The two soldiers killed in the ambush in Bandarban on Wednesday were yesterday "
                                       "buried with state honours in Chattogram.", date="2027-06-04")
            if e.evidence.trigger == "killed"]
    assert ev.cameo_code == "190"
    assert all(country == "BGD" for _, country in ev.sentence_places)
    assert 1205733 not in {gid for gid, _ in ev.sentence_places}  # (Chattogram, where they were buried)


def test_taking_part_in_a_blockade_and_marchers_carrying_placards(coder: Any) -> None:
    events = coder.code_text("Some sixty boats blocked the pass of Uturoa on Saturday. About 45 boats took part in the "
                             "six-hour blockade, according to the gendarmerie.", date="2027-08-15")
    assert [(e.sentence_index, e.cameo_code) for e in events] == [(0, "1442"), (1, "1442")]
    events = coder.code_text("Thousands marched through Valletta on Wednesday. Many carried placards saying the harbour "
                             "belonged to everyone.", date="2027-06-24")
    assert [(e.sentence_index, e.cameo_code) for e in events] == [(0, "141"), (1, "141")]
    assert coder.code_text("Soldiers carried the flag at the parade.", date="2027-06-24") == []


def test_staff_who_stayed_at_home_strike_but_residents_do_not(coder: Any) -> None:
    ev = _one(coder, "Hochbahn staff stayed at home for a full day and the buses never left the depots.", "2027-05-06")
    assert ev.cameo_code == "143"
    assert coder.code_text("Residents stayed at home as the storm passed.", date="2027-05-06") == []


def test_verb_final_police_and_a_counted_object(coder: Any) -> None:
    ev = _one(coder, "In Yerevan, on Republic Square, the police 37 citizens detained, who against the increase of the gas "
                     "tariff the road were blocking.", "2027-03-12", trigger="detained")
    assert (_codes(ev.source), _codes(ev.target)) == (["ARMCOP"], ["ARMCVL"])


def test_an_opening_date_the_parser_made_the_sentence_s_root_dates_its_verb(coder: Any) -> None:
    [ev] = [e for e in coder.code_text("The day before yesterday in Yerevan, on Republic Square, the police 37 citizens "
                                       "detained, who the road were blocking.", date="2027-03-12") if e.cameo_code == "173"]
    assert (ev.date.start, ev.date.precision) == ("2027-03-10", "day")


def test_an_armed_group_giving_an_army_hours_and_its_named_branch(coder: Any) -> None:
    ev = _one(coder, "The guerrillas' Western War Front gave the army 72 hours, in a statement posted online on Thursday.",
              "2027-05-21")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == ("139", ["REB"], ["MIL"])
    ev = _one(coder, "The ELN's Western War Front attacked a patrol in Choco on Thursday.", "2027-05-21")
    assert _codes(ev.source) == ["COLREB"]
    # (not a court's time given to a side)
    assert coder.code_text("The court gave the defence two weeks.", date="2027-05-21") == []


def test_a_plan_in_the_present_is_ahead_and_one_in_the_past_is_not(coder) -> None:  # type: ignore[no-untyped-def]
    # a Thursday report: "plan to picket on Monday" is the Monday to come
    ahead = coder.code_text("Workers plan to picket the office on Monday.", date="2027-11-04")
    assert [(e.date.start, e.modality) for e in ahead] == [("2027-11-08", "intended")]
    before = coder.code_text("Workers planned to picket the office on Monday.", date="2027-11-04")
    assert [e.date.start for e in before] == ["2027-11-01"]


def test_the_day_before_yesterday_tagged_in_two_and_read_as_the_subject(coder: Any) -> None:
    # translated verb-first: the model tags "The day" and "yesterday" apart and makes "The
    # day" the subject, the police a first object
    text = "The day before yesterday froze Central Criminal Police the funds of four persons."
    [event] = coder.code_text(text, date="2027-09-18")
    assert (event.cameo_code, _codes(event.source), event.date.start, event.date.precision) == (
        "163", ["COP"], "2027-09-16", "day")
    [event] = coder.code_text("The minister will travel to Paris the day after tomorrow.", date="2027-09-18")
    assert (event.date.start, event.modality) == ("2027-09-20", "future")


def test_less_than_three_weeks_after_is_any_day_of_those_weeks(coder: Any) -> None:
    text = "The threat came on Monday, less than three weeks after thousands marched through Willemstad."
    march = next(e for e in coder.code_text(text, date="2027-09-20") if e.plover_type == "PROTEST")
    assert (march.date.start, march.date.end, march.date.precision) == ("2027-08-30", "2027-09-19", "range")
    text = "The threat came on Monday, three weeks after thousands marched through Willemstad."
    march = next(e for e in coder.code_text(text, date="2027-09-20") if e.plover_type == "PROTEST")
    assert (march.date.start, march.date.end, march.date.precision) == ("2027-08-30", "2027-08-30", "day")


def test_a_recall_told_as_announced_on_a_day_is_of_that_day(coder: Any) -> None:
    events = coder.code_text("Ghana recalled its ambassador from Abuja on Monday.\nThe recall was announced on Tuesday.",
                             date="2027-03-12")
    assert [(e.evidence.trigger, e.cameo_code, e.date.start, e.date.precision) for e in events] == [
        ("recalled", "161", "2027-03-08", "day"), ("recall", "161", "2027-03-09", "day")]


def test_an_envoy_called_home_or_to_consultations_and_the_government_recalling_the_ambassador(coder: Any) -> None:
    ev = _one(coder, "Ghana called its envoy home from Abuja.", "2027-03-12")
    assert (ev.cameo_code, _codes(ev.source)) == ("161", ["GHA"])
    # translated word order: the envoy after the date
    ev = _one(coder, "The Ministry of Foreign Affairs called to consultations this Monday, 8 of March, the ambassador "
                     "of Ghana in Abuja.", "2027-03-12")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target), ev.date.start) == ("161", ["GHAGOV"], ["NGAGOV"], "2027-03-08")
    # its own envoy, of the country the report gave them; the state they leave is not named
    text = "The decision of Accra to call home its envoy to Nigeria drew praise from traders.\n" \
           "The government recalled the ambassador on Wednesday."
    ev = _one(coder, text, "2027-03-12", trigger="recalled")
    assert (_codes(ev.source), _codes(ev.target)) == (["GHAGOV"], [])


def test_one_more_attack_registered_and_soldiers_who_lost_their_lives_in_one(coder: Any) -> None:
    ev = _one(coder, "A new attack against the police was registered on Sunday in the north of the country.", "2027-03-12")
    assert (ev.cameo_code, _codes(ev.target), ev.date.start, ev.modality) == ("190", ["COP"], "2027-03-07", "asserted")
    assert [e.cameo_code for e in coder.code_text("The rebels threatened a new attack.", date="2027-03-12")] == ["1384"]
    ev = _one(coder, "Five soldiers lost their lives in the attack carried out on Sunday by the rebels against the base.",
              "2027-03-12")
    assert (ev.cameo_code, _codes(ev.source), ev.date.start) == ("190", ["REB"], "2027-03-07")


def test_a_suspected_group_and_a_border_named_by_the_neighbour(coder: Any) -> None:
    ev = _one(coder, "Suspected al-Shabaab militants attacked a police post on Sunday.", "2027-03-12")
    assert _codes(ev.source) == ["SOMINS"]
    # "near the Malian border" does not make the story Malian
    ev = _one(coder, "Gunmen attacked a police post in Niger's Tillaberi region near the Malian border on Sunday.",
              "2027-03-12")
    assert (_codes(ev.source), _codes(ev.target), ev.report_country) == (["NERUAF"], ["NERCOP"], "NER")


def test_days_to_comply_and_captives_handed_over_at_the_border(coder: Any) -> None:
    ev = _one(coder, "The inspectorate gave the mill 30 days to cut its emissions.", "2027-03-12")
    assert ev.cameo_code == "139"
    ev = _one(coder, "The six fishermen were handed over at the border crossing on Monday.", "2027-03-12")
    assert (ev.cameo_code, _codes(ev.target), ev.date.start) == ("0841", ["AGR"], "2027-03-08")


def test_a_report_that_names_no_country_is_of_its_outlet_s(coder: Any) -> None:
    from eventcoder.records import Document

    text = "Medical interns at the referral hospital laid down their tools this morning."
    [result] = coder.code_documents([Document(id="r1", text=text, date="2027-03-08", source="Kampala Evening Ledger")])
    assert [(e.cameo_code, _codes(e.source), e.report_country) for e in result.events] == [("143", ["UGAHLH"], "UGA")]
    [result] = coder.code_documents([Document(id="r1", text=text, date="2027-03-08", source="Evening Ledger")])
    assert [(e.cameo_code, _codes(e.source), e.report_country) for e in result.events] == [("143", ["HLH"], None)]


def test_translated_nouns_an_instruction_with_a_time_limit_and_captives_handed_to_an_official(coder: Any) -> None:
    ev = _one(coder, "The manifestation ended without incidents in the main square on Saturday.", "2028-02-22")
    assert (ev.cameo_code, ev.date.start) == ("141", "2028-02-19")
    ev = _one(coder, "The governor instructed the mining firms to stop dumping waste in the river within 30 days.", "2028-02-22")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == ("139", ["GOV"], ["BUS"])
    ev = _one(coder, "The two men were handed over to the district commissioner by navy officers.", "2028-02-22")
    assert (ev.cameo_code, _codes(ev.source)) == ("0841", ["MIL"])
    ev = _one(coder, "Congo freed 12 Zambians on Monday.", "2028-02-22")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target)) == ("0841", ["COD"], ["ZMB"])
    ev = _one(coder, "The Union of Moderate Parties filed a petition in the Supreme Court.", "2028-02-22")
    assert (ev.cameo_code, _codes(ev.source)) == ("115", ["VUTPTY"])


def test_a_gapped_passive_shares_its_day_and_both_sides_of_a_road_are_no_parties(coder: Any) -> None:
    events = coder.code_text("Two soldiers were killed and three wounded on Sunday when gunmen opened fire on their patrol.",
                             date="2028-02-09")
    assert [(e.evidence.trigger, e.date.start, e.date.precision) for e in events] == [
        ("killed", "2028-02-06", "day"), ("opened fire", "2028-02-06", "day")]
    text = "Chadian and Nigerien troops patrol the border.\nThe patrol came under fire from both sides of the road."
    ev = _one(coder, text, "2028-02-09", trigger="came")
    assert (ev.source, ev.target) == ([], [])


def test_verb_final_work_stopped_walking_off_wards_staying_away_and_clearing_a_road(coder: Any) -> None:
    ev = _one(coder, "Yesterday stood the trams still, because the tram drivers for a whole day the work stopped.", "2028-02-15")
    assert (ev.cameo_code, _codes(ev.source), ev.date.start) == ("143", ["LAB"], "2028-02-14")
    ev = _one(coder, "The nurses, who walked off the wards on Monday, are back at work.", "2028-02-15")
    assert (ev.cameo_code, _codes(ev.source), ev.date.start) == ("143", ["HLH"], "2028-02-14")
    ev = _one(coder, "Post offices were shut on Monday as postal staff stayed away.", "2028-02-15")
    assert (ev.cameo_code, _codes(ev.source)) == ("143", ["LAB"])
    assert coder.code_text("Many voters stayed away.", date="2028-02-15") == []
    ev = _one(coder, "Police cleared striking truckers from the highway on Sunday.", "2028-02-15")
    assert (ev.cameo_code, _codes(ev.source)) == ("175", ["COP"])
    ev = _one(coder, "Chile and Peru signed yesterday in Lima agreement about fishing.", "2028-02-15")
    assert (ev.cameo_code, sorted(_codes(ev.source)), ev.target) == ("057", ["CHL", "PER"], [])


def test_the_neighbour_s_side_of_the_border_and_a_capital_opening_a_sentence(coder: Any) -> None:
    from eventcoder.records import Document

    text = ("Traders say they will stay at home after armed men overran the town's police post on Tuesday.\n"
            "Bangui has sent soldiers to the town.\n"
            "Customs officers on the Cameroonian side of the border said they were checking every vehicle.")
    [result] = coder.code_documents([Document(id="r1", text=text, date="2026-11-05", source="Douala Evening Post")])
    overran = next(e for e in result.events if e.evidence.trigger.startswith("overran"))
    assert (_codes(overran.source), overran.report_country) == (["CAFUAF"], "CAF")


def test_the_german_perfect_with_its_participle_misread_or_its_subject_moved(coder: Any) -> None:
    # "frozen" tagged an adjective before a comma; and both nouns read as the participle's subjects
    ev = _one(coder, "The cabinet has today the assets of two men and a foundation with seat in Basel frozen, "
                     "as the ministry said.", "2027-03-10")
    assert (ev.cameo_code, _codes(ev.source), ev.date.start) == ("163", ["CHEGOV"], "2027-03-10")
    ev = _one(coder, "The government has on Monday the accounts of three trading firms frozen, as the ministry announced.",
              "2027-03-10")
    assert (ev.cameo_code, _codes(ev.source), _codes(ev.target), ev.date.start) == ("163", ["GOV"], ["BUS"], "2027-03-08")
    assert coder.code_text("The union has concerns about wages, the leader said.", date="2027-03-10") == []


def test_an_island_is_not_another_name_of_a_city_abroad(coder: Any) -> None:
    # (Thane, India, is also called "Tanna" in the gazetteer)
    ev = _one(coder, "Vanuatu's opposition has gone to court to overturn a by-election on the island of Tanna.",
              "2028-02-16")
    assert (ev.location.name, ev.location.country, ev.sentence_places) == (None, None, [])


def test_armed_men_burning_vehicles_destroy_property_where_protesters_riot(coder: Any) -> None:
    ev = _one(coder, "The attackers also burned two vehicles before withdrawing toward the islands.", "2028-02-04")
    assert (ev.plover_type, ev.cameo_code) == ("ASSAULT", "1712")
    ev = _one(coder, "Protesters burned tyres and two cars in the capital.", "2028-02-04")
    assert (ev.plover_type, ev.cameo_code) == ("PROTEST", "145")


def test_a_short_word_after_have_is_no_participle(coder: Any) -> None:
    # (a three-letter word ending in "ed" once indexed past its start)
    assert coder.code_text("The team has one zed.", date="2027-03-10") == []
    parsed = coder.nlp("The club has its old shed.")
    assert [(t.text, t.tag_) for t in parsed][-2] == ("shed", "NN")


def test_a_count_taken_into_a_weekday_and_the_displaced_as_people(coder: Any) -> None:
    events = coder.code_text("Eleven families were attacked in the camp, where the past Sunday fifteen displaced had been "
                             "killed by gunmen.", date="2028-05-16")
    assert [(e.evidence.trigger, e.cameo_code) for e in events] == [("attacked", "190"), ("killed", "190")]
    assert (events[1].date.start, events[1].date.precision) == ("2028-05-14", "day")


def test_men_armed_with_rifles_are_no_arms_aid(coder: Any) -> None:
    events = coder.code_text("Raiders armed with rifles attacked a village on Sunday.", date="2028-05-16")
    assert [(e.evidence.trigger.split()[0], e.plover_type) for e in events] == [("attacked", "ASSAULT")]


def test_a_stoppage_until_dawn_tomorrow_is_under_way_not_ahead(coder: Any) -> None:
    downed = _one(coder, "Ferry crews in Piraeus have downed tools until midnight tomorrow.", date="2028-05-16")
    assert (downed.cameo_code, downed.modality, downed.date.start) == ("143", "asserted", "2028-05-16")


def test_a_strike_observed_and_workers_who_struck(coder: Any) -> None:
    observed = _one(coder, "The general strike was largely observed on Monday across the capital.", date="2028-05-16")
    assert (observed.cameo_code, observed.date.start) == ("143", "2028-05-15")
    struck = _one(coder, "The stoppage follows a week of unrest, after nurses in Kumasi struck on 3 May.", date="2028-05-16",
                  trigger="struck")
    assert (struck.cameo_code, _codes(struck.source), struck.date.start) == ("143", ["GHAHLH"], "2028-05-03")


def test_hours_to_quit_the_country_are_demanded_not_a_resignation(coder: Any) -> None:
    quit_ = _one(coder, "The Government of Gabon has declared persona non grata a counsellor of the embassy of Cameroon, "
                 "who disposes of 48 hours to quit the national territory.", date="2028-05-16", trigger="quit")
    assert quit_.modality == "demanded"
    assert _one(coder, "The consul has 72 hours to quit the country.", date="2028-05-16").modality == "demanded"
    retaken = _one(coder, "The army took two days to retake the town.", date="2028-05-16")
    assert (retaken.cameo_code, retaken.modality) == ("192", "asserted")


def test_a_load_received_police_named_in_their_own_language_and_the_day_before_yesterday(coder: Any) -> None:
    load = _one(coder, "The load was received at the airport by the minister of health.", date="2028-05-16")
    assert load.cameo_code == "073"
    held = _one(coder, "Nine fishermen were detained by Carabineros the day before yesterday off the coast.", date="2028-05-16")
    assert (held.cameo_code, _codes(held.source), held.date.start, held.date.precision) == ("173", ["CHLCOP"], "2028-05-14", "day")


def test_a_name_put_to_a_treaty_sailors_handed_to_their_diplomats_and_talks_after_took_place(coder: Any) -> None:
    signed = _one(coder, "The treaty, which the foreign minister put his name to in Dakar, was published today.",
                  date="2028-05-16", trigger="put")
    assert (signed.cameo_code, signed.location.name) == ("057", "Dakar")
    handed = _one(coder, "The sailors, handed over to Filipino diplomats in Manado, are expected home on Friday.", date="2028-05-16")
    assert (handed.cameo_code, handed.plover_type) == ("0841", "RETREAT")
    talks = _one(coder, "In Osh on 12 May took place negotiations of the delegations of Kyrgyzstan and Uzbekistan on the border.",
                 date="2028-05-16")
    assert (talks.cameo_code, sorted(_codes(talks.source)), talks.date.start) == ("040", ["KGZGOV", "UZBGOV"], "2028-05-12")


def test_days_after_ends_two_days_before_the_clause_it_hangs_from(coder: Any) -> None:
    struck = _one(coder, "The walkout comes days after dockers in Mombasa struck for 48 hours over pay.", date="2028-05-16",
                  trigger="struck")
    assert (struck.cameo_code, struck.date.start, struck.date.end, struck.date.precision) == ("143", "2028-05-07", "2028-05-14", "range")


def test_translated_verb_first_landing_freedom_regained_and_a_crowd_in_a_march(coder: Any) -> None:
    landed = _one(coder, "Landed yesterday in the airport of Arequipa an aircraft of the Air Force of Chile with 22 tons of "
                  "humanitarian help.", date="2028-06-11")
    assert (landed.cameo_code, _codes(landed.source), landed.date.start) == ("073", ["CHLMIL"], "2028-06-10")
    freed = _one(coder, "Recovered yesterday their liberty the twelve students, after the judge of the Court of Letters of "
                 "Choluteca granted them alternative measures to the prison.", date="2028-06-16", trigger="Recovered")
    assert (freed.cameo_code, freed.date.start) == ("0841", "2028-06-15")
    marched = _one(coder, "Some four thousand people descended yesterday from the cathedral to the town hall, in a march "
                   "against the new tax.", date="2028-06-04")
    assert (marched.cameo_code, marched.date.start) == ("141", "2028-06-03")
    assert coder.code_text("The minister spoke in a march on Sunday.", date="2028-06-04") == []


def test_an_expulsion_decided_and_days_given_to_take_goods_away(coder: Any) -> None:
    expelled = _one(coder, "Gabon decided the expulsion of the consul of Cameroon.", date="2028-06-13")
    assert (expelled.cameo_code, expelled.plover_mode, _codes(expelled.target)) == ("161", "expel", ["CMRGOV"])
    ultimatum = _one(coder, "The port authority gave importers 15 days to take away their containers.", date="2028-06-13")
    assert ultimatum.cameo_code == "139"


def test_a_deal_read_as_a_compound_of_its_participle_s_object(coder: Any) -> None:
    signed = _one(coder, "Teachers in Narva have begun asking about posts across the river, two days after the two "
                  "governments signed a deal opening classrooms to pupils from both sides.", date="2027-03-10", trigger="signed")
    assert (signed.cameo_code, signed.date.start) == ("057", "2027-03-08")


def test_a_strike_hung_as_an_apposition_of_a_verb_first_day(coder: Any) -> None:
    strike = _one(coder, "Concluded yesterday its second day the strike of the dockers of the port of Valparaiso.",
                  date="2025-05-09")
    assert (strike.cameo_code, strike.evidence.trigger) == ("143", "strike")


def test_translated_recall_called_back_and_verb_first_meeting_concluded(coder: Any) -> None:
    recall = _one(coder, "The Ministry of Foreign Affairs has called back for consultations, this Thursday, the ambassador of "
                  "Mali in Dakar.", date="2028-09-10")
    assert (recall.cameo_code, recall.plover_mode, _codes(recall.target)) == ("161", "withdraw", ["SENGOV"])
    meeting = _one(coder, "Concluded yesterday in the city of Skhirat the consultative meeting between the two delegations.",
                   date="2028-09-10")
    assert (meeting.plover_type, meeting.date.start) == ("CONSULT", "2028-09-09")


def test_aid_flown_into_a_capital_and_landed_with_maize_meal(coder: Any) -> None:
    flown = _one(coder, "An air force C-130 flew food parcels and blankets into Maseru on Saturday.", date="2028-09-10")
    assert (flown.cameo_code, flown.location.name) == ("073", "Maseru")
    landed = _one(coder, "A military plane landed at Lilongwe with 18 tons of maize meal yesterday.", date="2028-09-10",
                  trigger="landed")
    assert (landed.cameo_code, landed.date.start) == ("073", "2028-09-09")


def test_envoys_who_came_together_and_a_crowd_behind_a_banner(coder: Any) -> None:
    met = _one(coder, "The special envoys of Serbia and Kosovo came together today in Brussels for a new round of talks.",
               date="2028-08-10")
    assert (met.cameo_code, sorted(_codes(met.source))) == ("040", ["SRBGOV", "XKXGOV"])
    walked = _one(coder, "Fishermen and farmers walked side by side behind a single banner.", date="2028-08-12")
    assert walked.cameo_code == "141"


def test_workers_with_a_place_set_off_by_commas_downed_tools(coder: Any) -> None:
    downed = _one(coder, "Workers at Kenya's only cement plant, in Athi River, downed tools on Thursday at the start of a "
                  "three-day strike over pay.", date="2028-08-11")
    assert (downed.cameo_code, _codes(downed.source), downed.date.start) == ("143", ["KENLAB"], "2028-08-10")


def test_an_object_set_off_by_a_with_phrase_in_translated_order(coder: Any) -> None:
    recall = _one(coder, "Morocco has decided to recall for consultations, with immediate effect, its ambassador in Tunis.",
                  date="2028-08-11")
    assert (recall.cameo_code, _codes(recall.target)) == ("161", ["TUNGOV"])


def test_suspected_fighters_of_a_named_group_and_a_county_that_is_a_region(coder: Any) -> None:
    attack = _one(coder, "Suspected al-Shabaab fighters attacked a village in Kenya's Mandera county on Friday.",
                  date="2028-09-08")
    assert _codes(attack.source) == ["SOMINS"]
    assert (attack.location.name, attack.location.geonames_id) == ("Mandera", 187895)
    us = _one(coder, "Police arrested five men in Orange County on Friday.", date="2028-09-08")
    assert us.location.country == "USA"


def test_a_march_that_dispersed_itself_and_a_verb_first_release_told_by_a_ministry(coder: Any) -> None:
    ended = _one(coder, "The cortege dispersed itself in the calm toward 18 hours.", date="2028-08-13")
    assert (ended.plover_type, ended.cameo_code) == ("PROTEST", "141")
    dispersed = _one(coder, "Police dispersed the protesters with tear gas.", date="2028-08-13")
    assert dispersed.cameo_code == "175"
    freed = _one(coder, "Were released this Thursday in Georgetown the 12 Venezuelan fishermen who were held since May, "
                 "informed the ministry.", date="2028-08-25", trigger="released")
    assert (freed.cameo_code, _codes(freed.target), freed.date.start) == ("0841", ["VENAGR"], "2028-08-24")


def test_workers_set_off_by_a_place_before_a_reporting_clause(coder: Any) -> None:
    downed = _one(coder, "Workers at Chad's only refinery, in Djermaya, downed tools on Thursday at the start of a strike "
                  "over pay, their union said.", date="2028-08-04")
    assert (downed.cameo_code, _codes(downed.source), downed.date.start) == ("143", ["TCDLAB"], "2028-08-03")


def test_each_part_of_a_hyphenated_name_and_a_town_hall_in_portuguese(coder: Any) -> None:
    signed = _one(coder, "Kenya and Tanzania signed an agreement on the Namanga-Taveta road today.", date="2028-06-26",
                  trigger="signed")
    assert {"namanga-taveta", "taveta", "namanga"} <= set(signed.sentence_names)
    marched = _one(coder, "Some five thousand people descended yesterday from the cathedral until the Paços do Concelho, "
                   "in a march against the new tariff.", date="2028-06-04")
    assert (marched.cameo_code, marched.location, marched.report_country) == ("141", None, None)


def test_a_date_s_this_read_as_an_object_and_a_session_of_talks(coder: Any) -> None:
    talks = _one(coder, "Delegations of Cuba and of the Commonwealth of Dominica held this Thursday, in the city of Roseau, a "
                 "new round of conversations on migratory matters.", date="2028-12-22")
    assert (talks.plover_type, talks.date.start, talks.location.name) == ("CONSULT", "2028-12-21", "Roseau")
    session = _one(coder, "The minister held a session of talks with his Rwandan counterpart in Kigali.", date="2028-12-05")
    assert (session.plover_type, _codes(session.target)) == ("CONSULT", ["RWAGOV"])
    assert coder.code_text("Parliament held a session on Monday.", date="2028-12-05") == []


def test_translated_abstaining_from_work_aid_taken_to_a_country_and_a_freezing_decided(coder: Any) -> None:
    strike = _one(coder, "Abstained from their work yesterday, Wednesday, for 24 hours the dockers of the port of Piraeus.",
                  date="2028-12-07")
    assert (strike.cameo_code, strike.date.start) == ("143", "2028-12-06")
    aid = _one(coder, "The sailors who took Japanese aid to the cyclone-hit Vanuatu are due back by Friday.", date="2028-12-07")
    assert (aid.cameo_code, _codes(aid.target)) == ("073", ["VUT"])
    frozen = _one(coder, "Decided the Council of Ministers, in its weekly session today, the freezing of the funds of six "
                  "persons.", date="2028-12-07")
    assert frozen.cameo_code == "163"


def test_every_item_of_a_listed_load_captives_delivered_to_their_consul_and_a_picket_line(coder: Any) -> None:
    flown = _one(coder, "Japan flew about 15 tonnes of rice, tents and medicines to Eswatini on Wednesday.", date="2028-11-09")
    assert (flown.cameo_code, _codes(flown.target)) == ("073", ["SWZ"])
    delivered = _one(coder, "The fishermen were delivered to the consul of Honduras at the border post.", date="2028-11-23")
    assert (delivered.cameo_code, _codes(delivered.target)) == ("0841", ["HNDAGR"])
    picket = _one(coder, "A dozen union members stood on the picket line outside the terminal from first light.",
                  date="2028-11-03")
    assert picket.cameo_code == "143"


def test_a_visiting_minister_hung_as_an_apposition_of_the_place(coder: Any) -> None:
    received = _one(coder, "The Minister for Foreign Affairs of Albania received yesterday in the premises of the ministry the "
                    "Minister for Foreign Affairs of Ireland.", date="2028-11-02")
    assert (received.plover_type, received.cameo_code, received.date.start) == ("CONSULT", "043", "2028-11-01")


def test_how_long_then_when(coder: Any) -> None:
    shut = _one(coder, "Teachers in Paramaribo walked out for two days last week over unpaid allowances.", date="2028-12-14",
                trigger="walked")
    assert (shut.cameo_code, shut.date.start, shut.date.end, shut.date.precision) == ("143", "2028-12-04", "2028-12-10", "week")


def test_a_cortege_is_a_march_and_supplies_handed_over_are_aid(coder: Any) -> None:
    cortege = _one(coder, "The cortege left the cathedral at nine and reached the parliament towards midday.", date="2028-12-13")
    assert (cortege.cameo_code, cortege.evidence.trigger.split()[0].lower()) == ("141", "cortege")
    handed = _one(coder, "The navy handed the supplies to the provincial disaster office.", date="2028-12-13")
    assert handed.cameo_code == "073"


@pytest.mark.parametrize(
    "text, code, source, target",
    [
        # an envoy who names his nationality is his country's, wherever posted
        ("The Irish minister met the Norwegian ambassador in Dublin on Tuesday.", "040", ["IRLGOV"], ["NORGOV"]),
        ("Russia's foreign ministry summoned Japan's ambassador in Moscow on Thursday.", "114", ["RUSGOV"], ["JPNGOV"]),
        # ... but his own side's recall is aimed at the posting
        ("Norway recalled the Norwegian ambassador in Dublin on Tuesday.", "161", ["NOR"], ["IRLGOV"]),
        # the portfolio's country: "the Minister for Foreign Affairs of Ireland"
        ("The Minister for Foreign Affairs of Ireland visited Oslo on Tuesday.", "042", ["IRLGOV"], ["NORGOV"]),
        ("The Minister for Defence of Ghana visited Oslo on Tuesday.", "042", ["GHAGOV"], ["NORGOV"]),
    ],
)
def test_whose_envoy_and_whose_minister(coder: Any, text: str, code: str, source: list[str], target: list[str]) -> None:
    event = _one(coder, text, "2029-01-10")
    assert (event.cameo_code, _codes(event.source), _codes(event.target)) == (code, source, target)


def test_a_country_tagged_as_a_date_is_a_place(coder: Any) -> None:
    # the small model tags "Niger" in "in Niger" as a date
    arrest = _one(coder, "Police arrested five men in Niger on Monday.", "2029-01-10")
    assert (_codes(arrest.source), arrest.location.country if arrest.location else None) == (["NERCOP"], "NER")
    # a feast the model tags as a date stays a date
    fast = _one(coder, "Police arrested five men during Ramadan.", "2029-01-10")
    assert fast.location is None


def test_translated_word_order_objects_subjects_and_compared_figures(coder: Any) -> None:
    # the object after the day and the place, read as a noun conjoined to the verb
    opened = _one(coder, "The delegations of Senegal and of Mauritania have opened this Thursday 24/05, at the Governance of "
                  "Saint-Louis, the negotiations on the renewal of the fishing protocol between the two countries.", "2029-05-24")
    assert (opened.plover_type, opened.cameo_code, opened.date.start) == ("CONSULT", "046", "2029-05-24")
    resumed = _one(coder, "The two delegations have resumed this Tuesday 22/05, in the city of Rivera, the talks on the bridge.",
                   "2029-05-24")
    assert (resumed.cameo_code, resumed.date.start) == ("046", "2029-05-22")
    # a crowd after a crowd's verb at the sentence's start is who did it
    marched = _one(coder, "Marched the teachers yesterday from the square until the ministry.", "2029-05-24")
    assert (marched.cameo_code, _codes(marched.source), _codes(marched.target)) == ("141", ["EDU"], [])
    protested = _one(coder, "Protested yesterday the fishermen in front of the port authority.", "2029-05-24")
    assert (_codes(protested.source), _codes(protested.target)) == (["AGR"], [])
    # the day of the figure compared with is not the act's
    proposed = _one(coder, "The Mauritanian side has proposed 450 licences against 400 last year.", "2029-05-24")
    assert proposed.date.start == "2029-05-24"


def test_a_shared_place_name_outside_the_storys_countries_gives_no_nationality(coder: Any) -> None:
    # "Galápagos", a region only Ecuador has, sets the story's country; "Santa Cruz" there is
    # not Bolivia's region
    given = _one(coder, "The regional council gave the owners of tour boats of Santa Cruz thirty days to replace their "
                 "engines, officials in Puerto Ayora, Galápagos, said.", "2029-07-20")
    assert (given.cameo_code, [a.country for a in given.target], given.report_country) == ("139", [], "ECU")
    # a big city keeps its country: a Lagos company is Nigerian in a story on Equatorial Guinea
    held = _one(coder, "Police near Malabo arrested three fishermen of a Lagos company on Monday.", "2029-07-20")
    assert _codes(held.target) == ["NGAAGR"]


def test_who_after_people_at_a_place_is_the_people(coder: Any) -> None:
    # the parser hangs "who" on the town; a town is no "who"
    walked = _one(coder, "Workers at Kakanj, who walked out on Tuesday, have said they will stay out until the money "
                  "is paid.", "2029-04-14")
    assert (walked.cameo_code, [a.sectors for a in walked.source]) == ("143", [["LAB"]])


def test_in_strike_told_in_translated_word_order(coder: Any) -> None:
    struck = _one(coder, "In strike since yesterday morning are the miners of the coal mine, who demand their pay.",
                  "2029-04-11", trigger="are")
    assert (struck.cameo_code, _codes(struck.source), struck.date.start) == ("143", ["LAB"], "2029-04-10")
    # taking part in a strike is no strike of its own verb
    assert [e.evidence.trigger for e in coder.code_text("According to the union, 80 percent of workers were in the strike.",
                                                        date="2029-04-11")] != ["were"]
    signed = _one(coder, "The two ministers put their signatures under an agreement on the river.", "2029-07-28")
    assert signed.cameo_code == "057"


def test_a_sit_down_a_passive_shot_at_a_place_and_persona_non_grata_yesterday(coder: Any) -> None:
    sat = _one(coder, "Hundreds of students sat down outside the ministry on Monday.", "2029-05-08")
    assert (sat.plover_type, sat.cameo_code) == ("PROTEST", "141")
    talks = _one(coder, "The two ministers sat down in Geneva on Monday.", "2029-05-08")
    assert talks.cameo_code == "040"
    shot = _one(coder, "Mourners packed the barracks for the funerals of the two constables shot dead at Tangazo on "
                "Wednesday.", "2029-05-11", trigger="shot")
    assert (shot.cameo_code, _codes(shot.target), shot.date.start) == ("193", ["COP"], "2029-05-09")
    declared = _one(coder, "A North Korean diplomat has a week to pack his bags after the Ministry of Foreign Affairs "
                    "declared him persona non grata yesterday.", "2029-05-08", trigger="declared")
    assert (declared.cameo_code, declared.date.start, declared.date.precision) == ("161", "2029-05-07", "day")


def test_a_lowercase_word_tagged_a_person_is_no_town(coder: Any) -> None:
    # "in the bush" is not Būsh, Egypt, whatever the tagger calls it
    events = coder.code_text("Armed men who crossed the Ruvuma River by canoe attacked Mahurunga village late on Friday, "
                             "the regional police commander said.\nMany families spent the night in the bush and walked "
                             "to Mtwara town this morning.", date="2029-05-05")
    attack = next(e for e in events if e.evidence.trigger.startswith("attacked"))
    assert [a.country for a in attack.source] in ([None], ["TZA"])


def test_a_high_commissioner_called_home_and_hours_of_talks(coder: Any) -> None:
    called = _one(coder, "Mozambique has called its High Commissioner in Lilongwe home for consultations.", "2029-02-09")
    assert (called.cameo_code, called.plover_mode, _codes(called.source), [a.country for a in called.target]) == (
        "161", "withdraw", ["MOZ"], ["MWI"])
    talks = _one(coder, "Belizean and Honduran officials held more than five hours of talks in Punta Gorda on Monday.",
                 "2029-02-27")
    assert (talks.plover_type, talks.date.start) == ("CONSULT", "2029-02-26")
    delivered = _one(coder, "Indonesia delivered the 25-tonne consignment aboard a military transport plane.", "2029-02-12")
    assert (delivered.cameo_code, _codes(delivered.source)) == ("073", ["IDN"])


def test_a_name_given_as_a_region_is_that_region_all_through_the_report(coder: Any) -> None:
    # "the department of Concepción" is Paraguay's; "in Concepción" later is the same place,
    # not Chile's bigger city
    events = coder.code_text("Armed men attacked the police post of Yby Yaú, in the department of Concepción, on Saturday.\n"
                             "The minister met the commanders of the task force in Concepción.", date="2029-02-04")
    attack = next(e for e in events if e.evidence.trigger.startswith("attacked"))
    assert [a.country for a in attack.source] == ["PRY"]


def test_two_ministers_going_over_matters_discuss_them(coder: Any) -> None:
    went = _one(coder, "The two ministers went over plans for a ferry service and the cost of shipping bananas.", "2029-05-15")
    assert (went.plover_type, went.cameo_code) == ("CONSULT", "040")
    assert coder.code_text("The two men went over the wall at night.", date="2029-05-15") == []


def test_a_load_carried_and_handed_over_and_a_plane_that_came_with_it(coder: Any) -> None:
    handed = _one(coder, "The supplies were carried by a transport plane of the Pakistan Air Force and handed to the Tajik "
                  "emergencies committee at Dushanbe airport.", "2029-04-10")
    assert (handed.cameo_code, [a.country for a in handed.target]) == ("073", ["TJK"])
    arrived = _one(coder, "Yesterday to the international airport of Dushanbe a plane of the Air Forces of the Islamic "
                   "Republic of Pakistan with humanitarian cargo of 22 tons arrived.", "2029-04-10")
    assert (arrived.cameo_code, _codes(arrived.source), arrived.date.start) == ("073", ["PAK"], "2029-04-09")


def test_members_a_body_says_were_held_are_its_own(coder: Any) -> None:
    # "N of its members", told by the body that says it: the body's own people, whatever
    # its country and wherever the report names it
    union = _one(coder, "The teachers' union in Mombasa said 12 of its members had been arrested overnight.", "2029-07-10")
    assert (union.cameo_code, _codes(union.target)) == ("173", ["KENLAB"])
    federation = _one(coder, "A federation of cocoa farmers said 40 of its members were held by soldiers near Daloa.",
                      "2029-07-10")
    assert (_codes(federation.source), _codes(federation.target)) == (["CIVMIL"], ["CIVAGR"])
    unnamed = _one(coder, "Organisers said 14 of their members were taken to the central police station.", "2029-07-10")
    assert unnamed.target == []


def test_mounted_police_and_an_inspectorate_giving_an_operator_days(coder: Any) -> None:
    mounties = _one(coder, "Mounties detained six men at the border crossing near Lacolle.", "2029-07-10")
    assert _codes(mounties.source) == ["CANCOP"]
    term = _one(coder, "The labour inspectorate in Tallinn gave the shipyard's operator 14 days to fix the cranes.",
                "2029-07-10")
    assert (term.cameo_code, _codes(term.source), _codes(term.target)) == ("139", ["ESTGOV"], ["ESTBUS"])


def test_a_state_that_gives_a_diplomat_hours_to_leave_expels_him(coder: Any) -> None:
    # a country named alone acts through its government; "Gabon" tagged a person's name is
    # still the country, so "him" is the diplomat told of, not Gabon
    events = coder.code_text("Gabon on Tuesday declared a first secretary at Cameroon's embassy in Libreville persona "
                             "non grata and gave him 48 hours to leave the country.", date="2029-11-20")
    assert {(e.cameo_code, tuple(_codes(e.source)), tuple(_codes(e.target))) for e in events} == {
        ("161", ("GAB",), ("CMRGOV",))}
    accusing = _one(coder, "Latvia has ordered a senior Belarusian diplomat to leave within five days, accusing him of "
                    "recruiting informants.", "2029-11-20", trigger="accusing")
    assert _codes(accusing.target) == ["BLRGOV"]
    miners = _one(coder, "The navy gave illegal fishing crews in the lagoon 48 hours to leave the area.", "2029-11-20")
    assert miners.cameo_code == "139"


def test_a_party_name_many_countries_share_is_not_a_foreign_party(coder: Any) -> None:
    filed = _one(coder, "The Social Democrats on Monday filed a complaint against the count in the mayoral vote.",
                 "2029-11-20")
    assert (filed.cameo_code, [a.country for a in filed.source], [a.sectors for a in filed.source]) == (
        "115", [None], [["PTY"]])
    liberal = _one(coder, "The Liberal Democrats criticised the bill.", "2029-11-20")
    assert _codes(liberal.source) == ["GBRPTY"]


def test_explosives_a_drone_drops_or_a_bike_carries(coder: Any) -> None:
    dropped = _one(coder, "A drone dropped a bomb on the army post in Gao late on Sunday.", "2029-11-20")
    assert (dropped.plover_type, dropped.cameo_code, dropped.location.name) == ("ASSAULT", "195", "Gao")
    assert coder.code_text("The prosecutor dropped the charges against the three activists.",
                           date="2029-11-20")[0].cameo_code == "081"
    assert coder.code_text("Two motorbikes packed with explosives were found near the barracks.", date="2029-11-20") == []
    assert coder.code_text("Two men were charged with explosives offences.", date="2029-11-20")[0].cameo_code != "081"


def test_a_term_conceded_a_consignment_received_from_a_donor_and_patrolmen(coder: Any) -> None:
    term = _one(coder, "The ministry of foreign affairs expelled the attaché, to whom it conceded a term of 48 hours.",
                "2029-11-20", trigger="conceded")
    assert term.cameo_code == "139"
    received = _one(coder, "The governor received the consignment from the Japanese ambassador at the airport.",
                    "2029-11-20")
    assert (received.cameo_code, _codes(received.source)) == ("073", ["JPNGOV"])
    controllers = _one(coder, "Air traffic controllers in Bolivia walked off the job on Wednesday.", "2029-11-20")
    assert _codes(controllers.source) == ["BOLLAB"]
    wounded = _one(coder, "Gunmen killed three patrolmen at the checkpoint in Tumaco.", "2029-11-20")
    assert [a.sectors for a in wounded.target] == [["COP"]]


def test_an_outlet_city_in_no_country_named_is_not_the_our_of_a_two_country_report(coder: Any) -> None:
    from eventcoder.records import Document

    def coded(text: str, source: str) -> list[list[str | None]]:
        [result] = coder.code_documents([Document(id="r1", text=text, date="2029-10-04", source=source)])
        return [_codes(e.target) for e in result.events if e.cameo_code == "190"]

    # "our" with Ghana and Ivory Coast named: not Bole, China, whose name the outlet's starts with
    text = ("Gunmen killed two gendarmes at an Ivorian post near our border with Ivory Coast on Tuesday.\n"
            "Officials in Ghana said the attackers had not crossed the river.")
    assert coded(text, "Bole Valley Times") == [["COP"]]
    # with one country named, "our" is in contrast to it: the outlet's city stands
    assert coded("Gunmen killed our two fishermen held in Georgia on Tuesday.", "Rize Coast Herald") == [["TURAGR"]]


def test_translated_verb_first_clauses_with_the_object_before_the_doer(coder: Any) -> None:
    held = _one(coder, "Sustained this Friday in Lomé a meeting of work the delegations of the ministries of Togo and "
                "of Benin.", "2029-10-06")
    assert held.plover_type == "CONSULT"
    arrested = _one(coder, "Arrested the gendarmes in Kara, the day before yesterday Monday, a number of the drivers "
                    "blocking the road.", "2029-10-10", trigger="Arrested")
    assert [a.sectors for a in arrested.source] == [["COP"]]
    assert [a.sectors for a in arrested.target] == [["LAB"]]
    took = _one(coder, "Parents kept children home after police took away more than 20 of their colleagues from the "
                "sit-in yesterday.", "2029-10-10", trigger="took")
    assert took.cameo_code == "173"
    marched = _one(coder, "Thousands of nurses mobilised through the streets of Quito on Thursday.", "2029-10-12")
    assert (marched.plover_type, marched.cameo_code) == ("PROTEST", "141")
    assert _one(coder, "The army mobilised 5,000 reservists.", "2029-10-12").cameo_code == "154"


def test_translated_copy_on_visits_strikes_and_sanctions(coder: Any) -> None:
    landed = _one(coder, "Kenya's foreign minister, who landed at Bole airport on Monday, met the prime minister.",
                  "2029-08-14", trigger="landed")
    assert (landed.cameo_code, _codes(landed.source)) == ("042", ["KENGOV"])
    conducted = _one(coder, "The minister conducted a meeting with the Minister of Foreign Affairs of Tonga in Nuku'alofa.",
                     "2029-08-14")
    assert (conducted.plover_type, [a.country for a in conducted.target]) == ("CONSULT", ["TON"])
    ceased = _one(coder, "The nurses of the public hospitals have ceased the work this Monday.", "2029-08-14")
    assert (ceased.cameo_code, ceased.target) == ("143", [])
    designated = _one(coder, "The ministry announced to designate three firms as sanctioned entities.", "2029-08-14")
    assert designated.cameo_code == "163"
    recalled = _one(coder, "Honduras ordered the call to consultations of its ambassador in San Salvador.", "2029-08-14")
    assert (recalled.cameo_code, recalled.plover_mode) == ("161", "withdraw")
    # "advances the figure of" is no advance of troops; "the party of" a police unit is that unit
    assert coder.code_text("The hospital advances the figure of 150 nurses.", date="2029-08-14") == []
    secured = _one(coder, "Nine drivers were secured by the party of the Police Resort on Monday.", "2029-08-14")
    assert [a.sectors for a in secured.source] == [["COP"]]


def test_talks_that_ran_late_and_a_capitalised_word_opening_a_sentence(coder: Any) -> None:
    ran = _one(coder, "Talks between the two foreign ministers ran well past midnight in Apia.", "2029-08-14")
    assert ran.plover_type == "CONSULT"
    # "Buffalo" opening a sentence in a story on Iraq is no American city
    events = coder.code_text("Farmers marched in Iraq on Friday.\nBuffalo herders from the marshes led the protest.",
                             date="2029-08-18")
    assert [a.country for e in events if e.sentence_index == 1 for a in e.source] == ["IRQ"]


def test_a_station_overrun_an_order_dated_by_itself_and_an_abbreviation_in_brackets(coder: Any) -> None:
    overran = _one(coder, "Militants overran the town's police station before first light on Friday.", "2030-01-06")
    assert (overran.cameo_code, [a.sectors for a in overran.target]) == ("190", [["COP"]])
    # a deadline for the act ordered does not date the order
    ordered = _one(coder, "The authority ordered miners to stop work within 14 days.", "2030-01-26")
    assert (ordered.date.start, ordered.modality) == ("2030-01-26", "asserted")
    told = _one(coder, "Owners of homestays have been told to tear down their buildings within a month.", "2030-01-26")
    assert told.modality == "future"
    # "(AMLO)" spells out the office before it: not a Mexican president's nickname
    seize = _one(coder, "The Anti-Money Laundering Office (AMLO) has issued the order to seize the assets of six persons "
                 "in Mae Sot.", "2030-01-19")
    assert [a.country for a in seize.source] != ["MEX"]


def test_strikes_told_in_translated_and_misparsed_clauses(coder: Any) -> None:
    state = _one(coder, "Since this Monday the workers of the cleaning of the city are in a strike of 48 hours.", "2030-01-07")
    assert state.cameo_code == "143"
    assert coder.code_text("About 80 percent of the staff was in the strike.", date="2030-01-07") == []
    pressed = _one(coder, "Rubbish piled up in Cochabamba on Tuesday as municipal sanitation workers pressed on with a "
                   "two-day strike.", "2030-01-08", trigger="pressed")
    assert [a.sectors for a in pressed.source] == [["LAB"]]
    granted = _one(coder, "The ministry granted him a period of 72 hours to leave the country.", "2030-01-11")
    assert (granted.cameo_code, granted.plover_mode) == ("161", "expel")
    assert coder.code_text("The two sides discussed merging the road tolls charged on the Mozambican side.",
                           date="2030-01-19")[0].cameo_code == "040"
    petition = _one(coder, "The Patriotic Front filed a petition in the High Court in Kitwe.", "2030-01-22")
    assert _codes(petition.source) == ["ZMBPTY"]


def test_a_body_named_after_a_region_places_the_story(coder: Any) -> None:
    # "the Sindh Growers' Action Committee" puts Hyderabad in Pakistan, not India
    arrested = _one(coder, "Police today arrested 21 growers who were blocking the motorway at the toll plaza of "
                    "Hyderabad, the Sindh Growers' Action Committee has claimed.", "2030-01-10", trigger="arrested")
    assert _codes(arrested.source) == ["PAKCOP"]


def test_a_figure_set_right_a_participle_read_as_the_verb_and_towns_listed_together(coder: Any) -> None:
    # ", not the 14 the police admitted to" corrects a figure; it does not deny the act
    taken = _one(coder, "The federation says 21 of its members were taken away in police vans yesterday, not the 14 "
                 "the police have admitted to.", "2029-11-15")
    assert taken.negated is False
    assert _one(coder, "Police did not arrest the protesters, the union said.", "2029-11-15").negated is True
    # "The 14 farmers detained ... were released": the farmers were detained
    detained = _one(coder, "The 14 farmers detained in a protest near La Oroya on Wednesday were released on Friday "
                    "and ordered to report to prosecutors every month.", "2029-11-17", trigger="detained")
    assert (detained.source, [a.sectors for a in detained.target]) == ([], [["AGR"]])
    # Concepción listed with Jauja and Tarma is their namesake in Peru, not Chile's city
    blocked = _one(coder, "Growers from Concepción, Jauja and Tarma had blocked the road since Tuesday morning.",
                   "2029-11-15")
    assert [a.country for a in blocked.source] != ["CHL"]


def test_a_world_region_is_no_town_with_its_consonants(coder: Any) -> None:
    # "the Caribbean city" is not Cirebon, Indonesia
    march = _one(coder, "Thursday's march filled the streets of the Caribbean city.", "2029-11-09")
    assert march.location is None or march.location.country != "IDN"


def test_a_place_in_a_later_clause_with_its_own_subject_is_not_the_events(coder: Any) -> None:
    [killed] = coder.code_text("Two patrolmen were killed in the station yard, and the mayor said a woman had died in "
                               "hospital in Cúcuta.", date="2029-11-06")
    assert killed.sentence_places == []
    # (a place in the event's own clause still counts)
    [killed] = coder.code_text("Two patrolmen were killed in Cúcuta, and the mayor said a woman had died.", date="2029-11-06")
    assert [c for _, c in killed.sentence_places] == ["COL"]


def test_the_day_of_a_relative_clause_and_of_a_noun_with_a_duration(coder: Any) -> None:
    # the parser hangs "on Wednesday" on the main verb, which has its own day
    detained = _one(coder, "Several of the growers who were detained at La Oroya on Wednesday travelled south on Sunday "
                    "to stand with them.", "2029-11-19", trigger="detained")
    assert (detained.date.start, detained.date.precision) == ("2029-11-14", "day")
    # "yesterday's 24-hour walkout": the day stays, whatever "24-hour" is tagged
    walkout = _one(coder, "Passengers slept at the airport after yesterday's 24-hour walkout by air traffic controllers "
                   "left only international flights running.", "2029-11-08")
    assert (walkout.date.start, walkout.date.precision) == ("2029-11-07", "day")


def test_a_seat_named_after_its_town_and_a_day_read_into_the_subject(coder: Any) -> None:
    went = _one(coder, "The opposition yesterday went to court over the Mafeteng by-election.", "2029-08-21")
    assert _codes(went.source) == ["LSOOPP"]
    # "Yesterday half of Colón", tagged one date: the day is "Yesterday"
    walked = _one(coder, "Yesterday half of the town seemed to be on the move, as dockers, taxi drivers and teachers "
                  "walked down Front Street to the governor's office behind banners.", "2029-11-09", trigger="walked")
    assert (walked.date.start, walked.date.precision) == ("2029-11-08", "day")


def test_an_anti_money_laundering_office_is_a_state_body(coder: Any) -> None:
    froze = _one(coder, "The anti-money laundering office froze their owners' accounts.", "2030-01-19")
    assert [a.sectors for a in froze.source] == [["GOV"]]


def test_lorries_carrying_shelter_supplies_and_teachers_following_the_movement(coder: Any) -> None:
    carried = _one(coder, "The 14 lorries carried some 200 tonnes of food and shelter supplies.", "2029-08-12")
    assert carried.cameo_code == "073"
    followed = _one(coder, "Most of the teachers followed the movement on Monday.", "2029-08-12")
    assert followed.cameo_code == "143"


def test_translated_meetings_and_strikes_fulfilled(coder: Any) -> None:
    # "Reunited themselves ... the delegations" (Portuguese "reuniram-se"): the delegations met
    met = _one(coder, "Reunited themselves in the city of Beira, this Monday, the delegations of Malawi and of "
               "Mozambique.", "2030-01-15")
    assert (met.plover_type, sorted(a.country for a in met.source)) == ("CONSULT", ["MOZ", "MWI"])
    assert coder.code_text("The families were reunited yesterday after ten years apart.", date="2030-01-15") == []
    struck = _one(coder, "The nurses fulfilled a strike of 24 hours on Wednesday.", "2030-01-15")
    assert (struck.cameo_code, struck.target) == ("143", [])
    tower = _one(coder, "Controllers in the tower stopped work at six on Wednesday morning.", "2030-01-15")
    assert [a.sectors for a in tower.source] == [["LAB"]]


def test_a_nationality_on_given_goods_names_the_donor_not_the_story(coder: Any) -> None:
    events = coder.code_text("The first lorries loaded with Qatari food and tents left Mogadishu this morning for the "
                             "camps, on a road where militants ambushed a police convoy last Tuesday.", date="2030-01-14")
    ambush = next(e for e in events if e.evidence.trigger == "ambushed")
    assert "QAT" not in [a.country for a in ambush.source + ambush.target]


def test_a_place_told_of_another_day_s_act_and_an_expelled_diplomat_s_nationality(coder: Any) -> None:
    # Sarajevo is where Monday's strike was, not where today's is
    events = coder.code_text("The drivers of the city transport in Banja Luka, whose colleagues in Sarajevo on Monday also "
                             "stopped the work, today from early morning went on the strike of 24 hours.", date="2029-05-17")
    today = next(e for e in events if e.date.start == "2029-05-17")
    assert today.cameo_code == "143" and today.sentence_places == []
    # a ministry of no stated country that orders a Venezuelan diplomat out is not Venezuela's
    expel = _one(coder, "A Venezuelan diplomat has until Saturday to pack his bags after the Ministry of Foreign Affairs "
                        "yesterday ordered him out.", date="2030-05-09", trigger="ordered")
    assert (expel.cameo_code, _codes(expel.source), _codes(expel.target)) == ("161", ["GOV"], ["VENGOV"])
    # a host who receives a Jordanian counterpart is no Jordanian
    visit = _one(coder, "The minister received his Jordanian counterpart on Monday.", date="2030-04-02")
    assert (visit.cameo_code, _codes(visit.source), _codes(visit.target)) == ("043", ["GOV"], ["JORGOV"])


def test_translated_captures_challenges_clashes_deadlines_and_fodder(coder: Any) -> None:
    capture = _one(coder, "Agents of the National Civil Police proceeded in the morning of this Monday to the capture of 14 "
                          "informal sellers.", date="2030-05-14")
    assert capture.cameo_code == "173"
    lawsuit = _one(coder, "Lawyers for the coalition lodged the challenge to the Albouystown result on Monday.",
                   date="2030-05-21")
    assert lawsuit.cameo_code == "115"
    court = _one(coder, "Yesterday the National Movement applied to the Rustavi City Court with the demand of annulment of the "
                        "results.", date="2030-02-19")
    assert (court.cameo_code, _codes(court.source)) == ("115", ["GEOPTY"])
    clash = _one(coder, "Uniformed of the National Border Service of Panama and an armed group confronted themselves the day "
                        "before yesterday in the zone of Bajo Chiquito.", date="2030-05-17")
    assert (clash.plover_type, clash.date.start) == ("ASSAULT", "2030-05-15")
    deadline = _one(coder, "The Agency of the Hydraulic Basin has accorded, this Friday, a delay of 30 days to the exploiters "
                           "of the plain for closing the wells.", date="2030-04-27")
    assert deadline.cameo_code == "139"
    fodder = _one(coder, "China on Monday delivered 1,000 tonnes of hay and fodder to Mongolia.", date="2030-02-12")
    assert (fodder.cameo_code, _codes(fodder.source), _codes(fodder.target)) == ("073", ["CHN"], ["MNG"])


def test_a_capital_as_where_and_an_abbreviated_saint_read_the_other_names(coder: Any) -> None:
    # beside San Salvador, Santa Ana is El Salvador's, not California's
    events = coder.code_text("Police arrested eight vendors in Santa Ana's Colón market area on Monday, the same day "
                             "officers in San Salvador detained 14 in the historic centre.", date="2030-05-14")
    assert {(e.location.name, e.location.country) for e in events if e.location} == {("Santa Ana", "SLV"),
                                                                                    ("San Salvador", "SLV")}
    # "St James" is the Jamaican parish, not Vũng Tàu's old name
    event = _one(coder, "Councillors in the west are asking for a share of the Cuban nurses who landed in Kingston on "
                        "Friday, as dengue cases climb in St James.", date="2030-05-12", trigger="asking")
    assert (event.location.name, event.location.country) == ("Saint James", "JAM")
    # "police in El Salvador's second city, Santa Ana": the city's name places the arrest
    event = _one(coder, "Police in El Salvador's second city, Santa Ana, arrested eight vendors on Monday afternoon.",
                 date="2030-05-14")
    assert (event.location.name, event.location.country) == ("Santa Ana", "SLV")


def test_aid_that_arrives_a_strike_initiated_a_cabinet_and_a_far_particle(coder: Any) -> None:
    aid = _one(coder, "The relief consignment arrived in Beira on Monday.", date="2030-04-12")
    assert (aid.cameo_code, aid.date.start, aid.location.name) == ("073", "2030-04-08", "Beira")
    strike = _one(coder, "The doctors of the public hospitals initiated this Monday a stoppage of 48 hours.", date="2030-05-07")
    assert (strike.cameo_code, strike.date.start) == ("143", "2030-05-06")
    freeze = _one(coder, "The Council of Ministers today froze the assets of four people.", date="2030-04-25")
    assert (freeze.cameo_code, _codes(freeze.source)) == ("163", ["GOV"])
    # "back" seven words after its verb is still its particle
    release = _one(coder, "Iranian border officials handed eleven fishermen from Lankaran and Astara back to Azerbaijan "
                          "this afternoon.", date="2030-02-15")
    assert (release.cameo_code, _codes(release.source), _codes(release.target)) == ("0841", ["IRNGOV"], ["AZEAGR"])


def test_people_held_for_a_time_are_no_arrest_and_traders_blocking_a_way_obstruct_it(coder: Any) -> None:
    events = coder.code_text("Jamaica on Friday released 12 Honduran fishermen it had held for two months for illegal "
                             "fishing.", date="2030-05-18")
    assert [(e.evidence.trigger, e.cameo_code) for e in events] == [("released", "0841")]
    events = coder.code_text("Eight merchants of the market were detained yesterday after they closed the passage in the "
                             "Second Avenue.", date="2030-05-14")
    assert sorted(e.cameo_code for e in events) == ["144", "173"]


def test_an_attack_committed_an_armed_fight_that_broke_out_and_a_text_signed(coder: Any) -> None:
    attack = _one(coder, "Yesterday at dawn a group of armed persons from the territory of Afghanistan committed an armed "
                         "attack on the border post.", date="2030-02-06")
    assert (attack.plover_type, attack.date.start, _codes(attack.source)) == ("ASSAULT", "2030-02-05", ["AFGUAF"])
    fight = _one(coder, "In the armed fight which broke out between two families in the village, 3 persons lost their "
                        "lives.", date="2030-04-15")
    assert fight.cameo_code == "190"
    signed = _one(coder, "The two environment ministers signed the text at the old railway bridge.", date="2030-05-30")
    assert signed.cameo_code == "057"


def test_an_event_noun_and_its_relative_clause_are_one_act(coder: Any) -> None:
    events = coder.code_text("The sub-station of Cabaret has been the target, in the evening of Tuesday last, of an armed "
                             "attack which has cost the life to two agents of the police.", date="2030-05-10")
    assert [(e.evidence.trigger, e.plover_type, e.date.start) for e in events] == [("cost the life", "ASSAULT",
                                                                                    "2030-05-07")]


def test_a_post_left_without_power_and_a_town_left_without_buses_are_no_withdrawal(coder: Any) -> None:
    assert [e.cameo_code for e in coder.code_text("The post was left without electricity on Tuesday.",
                                                  date="2030-05-09")] == []
    events = coder.code_text("Bus drivers parked up for 24 hours yesterday, leaving the town without public transport.",
                             date="2029-05-18")
    assert "0874" not in [e.cameo_code for e in events]
    retreat = _one(coder, "The rebels left the town on Sunday after two weeks of fighting.", date="2029-05-18",
                   trigger="left")
    assert retreat.cameo_code == "0874"


def test_asking_an_election_board_to_annul_a_vote_is_a_legal_challenge(coder: Any) -> None:
    event = _one(coder, "The opposition party today asked the district election board in the town to annul Sunday's "
                        "mayoral by-election.", date="2030-04-16")
    assert (event.plover_type, event.cameo_code) == ("ACCUSE", "115")
    # asking a minister to act is still an appeal
    event = _one(coder, "The party asked the interior minister to investigate the attack.", date="2030-04-16",
                 trigger="asked")
    assert event.cameo_code.startswith("02")


def test_people_handed_over_at_a_border_crossing_are_released_but_aid_is_not(coder: Any) -> None:
    release = _one(coder, "Seven shepherds were home last night after Syrian border guards handed them over at the "
                          "Jousieh crossing.", date="2030-04-13", trigger="handed")
    assert release.cameo_code == "0841"
    events = coder.code_text("The supplies were handed over at the Bab al-Hawa crossing on Wednesday.", date="2030-04-11")
    assert "0841" not in [e.cameo_code for e in events]


def test_another_day_s_place_rule_takes_a_report_with_no_date(coder: Any) -> None:
    # a report with no publication date: its day-precise events may have no start
    # (and "on Thursday" no start, while the other clause's full date has one)
    events = coder.code_text("The drivers of the city transport in Banja Luka, whose colleagues in Sarajevo on 14 May 2029 "
                             "also stopped the work, on Thursday went on the strike of 24 hours.", date=None)
    assert [(e.cameo_code, e.date.start) for e in events] == [("143", "2029-05-14"), ("143", None)]
