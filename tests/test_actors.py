"""Stage 5: actor resolution, phrase by phrase and in context."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from eventcoder.actors import ActorIndex, ActorResolver, DocMemory
from eventcoder.actors.phrase import resolve_phrase


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver(ActorIndex.load())


@pytest.mark.parametrize(
    ("text", "date", "country", "sectors", "name"),
    [
        ("Islamabad", None, "PAK", ["GOV"], None),
        ("Pakistan", None, "PAK", [], "Pakistan"),
        ("the Taliban", None, "AFG", ["INS"], "Taliban"),
        ("NATO", None, None, ["IGO"], None),
        ("US troops", None, "USA", ["MIL"], None),
        ("Afghan forces", None, "AFG", ["MIL"], None),
        ("Georgian police", None, "GEO", ["COP"], None),
        ("the Afghan Foreign Ministry", None, "AFG", ["GOV"], None),
        ("Pakistan's foreign minister", "2021-06-20", "PAK", ["GOV"], "Shah Mahmood Qureshi"),
        ("The Pakistani Prime Minister", "2021-06-20", "PAK", ["GOV"], "Imran Khan"),
        ("the first minister of Pakistan", "2021-06-20", "PAK", ["GOV"], "Imran Khan"),
        ("thousands of protesters", None, None, ["CVL"], None),
        ("Kenyan opposition supporters", None, "KEN", ["OPP"], None),
        ("Somaliland's forces", None, "SOM", ["MIL"], None),  # coded as its country, as CAMEO does
        ("the National Alliance for Change", None, "TGO", ["PTY"], "National Alliance for Change"),
    ],
)
def test_phrases(nlp: Language, resolver: ActorResolver, text: str, date: str | None,
                 country: str | None, sectors: list[str], name: str | None) -> None:
    [actor] = resolve_phrase(nlp, resolver, text, date=date)
    assert actor.country == country
    assert actor.sectors == sectors
    if name is not None:
        assert actor.name == name
    if country and sectors:
        assert actor.code == country + sectors[0]


def test_nato_is_an_igo_with_its_own_code(nlp: Language, resolver: ActorResolver) -> None:
    [actor] = resolve_phrase(nlp, resolver, "NATO")
    assert actor.code and actor.code.startswith("IGO")


def test_office_holder_depends_on_the_date(nlp: Language, resolver: ActorResolver) -> None:
    [before] = resolve_phrase(nlp, resolver, "the Pakistani prime minister", date="2016-01-10")
    [after] = resolve_phrase(nlp, resolver, "the Pakistani prime minister", date="2020-01-10")
    assert (before.name, after.name) == ("Nawaz Sharif", "Imran Khan")


def test_compound_nationalities_give_one_actor_each(nlp: Language, resolver: ActorResolver) -> None:
    actors = resolve_phrase(nlp, resolver, "Hungarian and Romanian officials")
    assert [(a.country, a.sectors) for a in actors] == [("HUN", ["GOV"]), ("ROU", ["GOV"])]


def test_person_keeps_role_from_apposition_and_pronoun_resolves(nlp: Language, resolver: ActorResolver) -> None:
    doc = nlp("Ahmad Zia, Afghanistan's deputy minister, visited Doha. He met Qatari officials.")
    memory = DocMemory(date="2021-05-01")
    resolver.prepare(doc, memory)
    he = next(t for t in doc if t.text == "He")
    [actor] = resolver.resolve(he, memory)
    assert (actor.name, actor.country, actor.sectors) == ("Ahmad Zia", "AFG", ["GOV"])
    later = nlp("Zia said the talks went well.")
    # a new document does not know him
    assert resolver.resolve(later[1], DocMemory()) == [] or resolver.resolve(later[1], DocMemory())[0].country is None


def test_context_supplies_country(nlp: Language, resolver: ActorResolver) -> None:
    [actor] = resolve_phrase(nlp, resolver, "the National Guard", context="Saudi")
    assert actor.country == "SAU"


def test_indonesian_forces_and_the_papuan_armed_group(coder: Any) -> None:
    [event] = coder.code_text("The Armed Criminal Group (KKB) again did a shooting toward an army post in Sinak on Tuesday.",
                              date="2025-09-03")
    assert (event.cameo_code, [a.code for a in event.source]) == ("190", ["IDNREB"])
    [event] = coder.code_text("Papuan rebels attacked TNI soldiers in Puncak on Tuesday.", date="2025-09-03")
    assert [a.code for a in event.target] == ["IDNMIL"]


def test_office_holders_of_two_countries_are_two_actors(coder: Any) -> None:
    [event] = coder.code_text("The presidents of Kenya and Uganda met on Tuesday.", date="2025-07-02")
    assert [(a.code, a.name) for a in event.source] == [("KENGOV", "William Ruto"), ("UGAGOV", "Yoweri Museveni")]


def test_a_meeting_of_two_governments_held_names_both_sides(coder: Any) -> None:
    for text in ("A meeting of the foreign ministers of Kenya and Uganda was held in Nairobi on Tuesday.",
                 "On Tuesday was held in Nairobi a meeting of the foreign ministers of Kenya and Uganda."):
        [event] = coder.code_text(text, date="2025-07-02")
        assert (event.cameo_code, [a.code for a in event.source]) == ("040", ["KENGOV", "UGAGOV"]), text


def test_the_sides_are_the_two_countries_told_before(coder: Any) -> None:
    talks, agreed = coder.code_text("Kenya and Uganda held talks on Monday.\nThe sides agreed to reopen the border.",
                                    date="2025-07-02")
    assert (agreed.plover_type, sorted(a.code for a in agreed.source)) == ("AGREE", ["KEN", "UGA"])


def test_a_country_named_only_in_passing_is_the_reports(coder: Any) -> None:
    events = coder.code_text("About 300 workers near the Kazakh oil town of Kulsary stopped work on Saturday over unpaid wages.",
                             date="2025-07-12")
    assert [(e.plover_type, e.report_country) for e in events] == [("PROTEST", "KAZ")]
    # two countries named in passing: neither is the report's
    events = coder.code_text("About 300 workers at a Kazakh-Chinese joint venture stopped work on Saturday over unpaid wages.",
                             date="2025-07-12")
    assert [(e.plover_type, e.report_country) for e in events] == [("PROTEST", None)]


def test_a_region_only_one_country_has_is_the_report_s_when_no_country_is_named(coder: Any) -> None:
    text = ("Few in the villages will have cheered the crowds who marched in the capital on Wednesday against the bill. "
            "Around three hundred people in the southern Westfjords now earn their living from the salmon pens.")
    events = coder.code_text(text, date="2026-05-15")
    assert [(e.plover_type, e.report_country) for e in events] == [("PROTEST", "ISL")]
    # a party's nationality says more than a region: no report country from the region
    events = coder.code_text("Burundian troops pulled back from their positions in South Kivu.", date="2026-03-12")
    assert [(e.plover_type, e.report_country) for e in events] == [("RETREAT", None)]


def test_a_group_named_after_a_region_and_a_region_the_tagger_took_for_a_body(coder: Any) -> None:
    # "Sahel Province" ends the name of a known armed group, not Burkina Faso's Sahel region;
    # "the Tillaberi region" (tagged an organisation, a town of 30,000 too) is Niger's: the
    # unnamed army post and troops are Niger's, not Burkina Faso's
    text = ("Suspected jihadist fighters on motorbikes attacked an army post at Tera in western Niger on Wednesday, "
            "killing six soldiers, the defence ministry said.\n"
            "The ministry said troops repelled the assault.\n"
            "No group claimed the attack, but the Islamic State Sahel Province has been active in the Tillaberi region "
            "near the borders with Mali and Burkina Faso.")
    attack = coder.code_text(text, date="2026-03-05")[0]
    assert (attack.plover_type, [a.code for a in attack.source], [a.code for a in attack.target]) == (
        "ASSAULT", ["NERUAF"], ["NERMIL"])


def test_a_place_in_a_public_body_s_name_gives_its_country(coder: Any) -> None:
    [event] = coder.code_text("The Bali Provincial Government warned the beach clubs on Wednesday.", date="2026-07-23")
    assert [a.code for a in event.source] == ["IDNGOV"]
    # a place after "of" in a government's name is part of the name ("the Government of
    # Reconciliation and National Unity" is no South Sudanese body)
    [event] = coder.code_text("The Government of Reconciliation and National Unity warned the clubs on Wednesday.",
                              date="2026-07-23")
    assert [a.code for a in event.source] == ["GOV"]


def test_a_hyphenated_country_or_town_is_read_whole(coder: Any) -> None:
    # the tagger reads "Guinea" alone, another country, and "Bissau" as its capital
    events = coder.code_text("Police in Guinea-Bissau are holding 14 opposition activists.", date="2027-11-12")
    assert [([a.code for a in e.source], [a.code for a in e.target]) for e in events] == [(["GNBCOP"], ["GNBOPP"])]
    # "in New Amsterdam" (Guyana) names neither Amsterdam nor the Netherlands
    events = coder.code_text("Sugar workers picketed the corporation's regional office in New Amsterdam on Monday.",
                             date="2027-11-10")
    assert [(e.location.name if e.location else None, [a.code for a in e.target]) for e in events] == [
        ("New Amsterdam", [])]


def test_people_at_a_country_s_place_of_work_are_its_own(coder) -> None:
    events = coder.code_text("Coal truck drivers at Mongolia's Shiveekhuren border crossing stayed off the road on Thursday "
                             "in protest at a new queue fee. There was no comment from Chinese officials across the border.",
                             date="2030-02-14")
    strike = next(e for e in events if e.cameo_code == "143")
    assert [a.code for a in strike.source] == ["MNGLAB"]
