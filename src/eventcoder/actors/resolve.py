"""Resolve a noun-phrase head to one or more `Actor`s.

The resolver reads the phrase around a head token and combines what it finds:
- named organisations, countries, capitals (as metonyms for the government) and people,
  looked up in the actor data files;
- nationality modifiers: demonyms ("Pakistani"), possessives ("Pakistan's"), compounds
  ("US troops") and "of" phrases ("the army of Mali");
- sector agents ("troops", "foreign ministry") and titles ("first minister" -> head of
  government), with the office-holder on the document date when the data knows it;
- appositions ("Imran Khan, Pakistan's prime minister");
- coordination: "Hungarian and Romanian officials" gives two actors.

`DocMemory` keeps what one article has said about its actors, so that a person introduced
with a role keeps it, and pronouns and definite descriptions can be resolved to earlier
mentions (see `resolve_reference`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from ..attribution.speech import find_speech
from ..parse.spans import (
    children_of,
    doc_ents,
    doc_tokens,
    entity_at,
    noun_chunk_heads,
    place_name,
    sent_bounds,
    span_text,
    span_tokens,
    subtree_of,
)
from ..predicates import gap_apposition, np_heads
from ..records import Actor
from .index import ActorIndex, norm

__all__ = ["ActorResolver", "DocMemory"]

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
#: Nouns for one official, which "he" or "him" may stand for when no one is named.
ONE_PERSON_NOUNS = frozenset("""diplomat consul counsellor counselor attaché attache secretary ambassador envoy
    chargé charge minister official officer spokesman spokeswoman governor mayor commander""".split())
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves", "i", "me", "my"})
ANY_PRONOUN = PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS | FIRST_PERSON
#: Definite descriptions that point back to an earlier actor of a kind.
ANAPHORS = {"country": "country", "nation": "country", "group": "group", "movement": "group",
            "organization": "group", "organisation": "group", "ministry": "gov", "government": "gov"}
#: Place nouns named by their "of" phrase ("the port of Batumi").
PLACE_HEADS = frozenset({"city", "town", "village", "port", "capital", "province", "region", "district"})
#: Goods a nationality word names the giver of ("Qatari food", "Japanese tents").
GIVEN_GOODS = frozenset("""food aid tent medicine supply relief good rice wheat flour grain cargo consignment vaccine
    blanket donation assistance""".split())
#: Votes named after the seat they fill ("the Mafeteng by-election").
ELECTION_NOUNS = frozenset({"by-election", "election", "poll", "vote", "ballot", "race", "constituency", "seat"})
#: Words for a region that an untagged name before them names ("the Timbuktu region").
REGION_NOUNS = frozenset({"region", "province", "district", "state", "county", "department", "prefecture",
                          "governorate", "zone", "oblast", "municipality"})
#: Staff "at" a mission take the mission's country ("a first secretary at the Croatian embassy").
ATTACHED_ROLES = frozenset({"secretary", "counsellor", "counselor", "attache", "attaché", "diplomat", "official",
                            "officer", "staffer", "employee", "consul", "adviser", "advisor", "envoy"})
#: Capitalised names of a body's parts, which belong to the body named after "of" ("the
#: Western War Front of the ELN"; not "the Ministry of Labour", no part of a party).
BRANCH_NOUNS = frozenset({"front", "wing", "brigade", "battalion", "faction", "branch", "unit", "command", "division",
                          "regiment", "cell", "column", "bloc", "post", "company", "squad", "detachment", "platoon"})
#: Office-holders named by a portfolio after "for": "the Minister for Foreign Affairs of
#: Ireland", "the Secretary for Security of Hong Kong".
PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner", "ministry", "department"})

#: Envoys, whom "from" a capital names the posting they leave.
DIPLOMAT_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "consul", "chargé", "charge", "attaché", "attache",
                            "counsellor", "counselor", "secretary", "high commissioner", "commissioner"})
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "high commission", "commission"})
#: Nouns for places and things that belong to an actor ("army positions", "police station").
FACILITY_NOUNS = frozenset(
    """position base post station outpost checkpoint convoy vehicle camp headquarters barracks
    patrol unit office building compound facility depot airfield airbase garrison line
    stronghold bastion hideout target""".split()
)
#: Things a possessive pronoun gives an owner, who is the one acted on ("their boat was
#: seized": the fishermen; "his house was raided") or who acts ("its jets pounded a camp").
#: Heads of a public body's name that a place in it makes a country's ("the Bali Provincial
#: Government", "the Lagos State Police Command").
BODY_HEADS = frozenset({"government", "administration", "police", "court", "council", "assembly", "parliament",
                        "authority", "command", "ministry", "office", "department"})
#: Bodies and envoys an international organisation names by a possessive, whatever country
#: they deal with: "the UN Security Council's Libya sanctions committee", "the EU's Ukraine
#: envoy" are the UN's and the EU's.
ORG_BODY_NOUNS = frozenset({"committee", "panel", "envoy", "mission", "delegation", "spokesman", "spokeswoman",
                            "spokesperson", "representative", "commission", "body", "agency", "office", "team",
                            "monitor", "observer", "force", "special envoy", "coordinator", "rapporteur"})
#: Bodies that stand for the people they name ("the farmers' association", "a union of
#: drivers"): the sector of those people.
ASSOCIATION_NOUNS = frozenset({"association", "federation", "confederation", "cooperative", "co-operative",
                               "collective", "syndicate", "guild", "league", "coalition", "union", "group"})
OWNED_NOUNS = frozenset(
    """boat vessel ship trawler tanker yacht dhow ferry home house car truck lorry bus shop store
    farm land property aircraft plane helicopter jet warplane drone bomber gunship warship gunboat""".split()
)
#: Plural references to the two parties of a story ("both sides", "the two countries").
PAIR_NOUNS = frozenset({"side", "country", "nation", "government", "party", "neighbour", "neighbor", "capital"})
LOCATIVE_PREPS = frozenset({"in", "across", "inside", "throughout", "within", "near"})
ARMED_SECTORS = frozenset({"INS", "REB", "UAF", "CRM", "MIL"})
#: Plain words for people that refer back to a group named just before ("the men").
PLAIN_PEOPLE = frozenset({"man", "woman", "people"})
#: Words for members of a group named just before ("their colleagues", "fellow workers").
FELLOW_NOUNS = frozenset({"colleague", "comrade", "co-worker", "coworker", "compatriot"})
#: Sectors of state bodies (`_generic`: "the men" are no ministry).
STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: Meetings happen at a venue, often abroad: "met in Geneva", "talks in Switzerland", "a
#: summit in Doha" say nothing of whose story it is.
VENUE_HEADS = frozenset({
    "meet", "talk", "negotiate", "convene", "gather", "sit", "confer", "host", "sign", "visit",
    "meeting", "talks", "negotiation", "summit", "conference", "round", "forum", "ceremony",
})  # fmt: skip
#: A bare "officers" is police or soldiers, as the nearby words tell ("spent the night in
#: police cells after officers raided ..."); with neither nearby it stays unknown.
OFFICER_CONTEXT = {"police": "COP", "policeman": "COP", "policemen": "COP", "cell": "COP", "riot": "COP",
                   "army": "MIL", "military": "MIL", "soldier": "MIL", "troop": "MIL"}
#: Cities this big count towards the story's country ("Kherson" has 66,000 in GeoNames).
HOME_CITY = 50_000
#: Words of doubt before a group's name ("Suspected Boko Haram militants").
HEDGE_WORDS = frozenset({"suspected", "alleged", "presumed", "purported", "reported"})
#: An untagged name counts only when it is a city this big (a report that names no country).
BIG_CITY = 100_000
#: Articles an outlet's name may start with ("El Vigía del Cerro", "La Voz de ...").
ROMANCE_ARTICLES = frozenset({"el", "la", "le", "les", "los", "las", "l", "il", "lo", "o", "a", "os", "as"})
#: A Romance "of" in an outlet's name, before the place it is from ("Le Phare de Cayenne"):
#: not one with an article in it ("del", "du", "do"), before a common noun ("El Vigía del
#: Cerro", "the hill") or a region ("L'Écho du Ouaddaï").
ROMANCE_OF = frozenset({"de", "di"})
#: Words an outlet's name may end with that are no part of its place ("... de Caguas English").
OUTLET_SUFFIXES = frozenset({"english", "edition", "service", "digital", "online", "digest", "weekly", "daily"})
#: The least population of a town named after a Romance "of" in an outlet's name.
OUTLET_TOWN = 25_000
#: Words for the members of a body named before them ("Border Guard officers").
MEMBER_HEADS = frozenset({"officer", "agent", "member", "personnel", "element", "trooper", "guard", "man", "men", "unit"})
#: People named by whom they work for: "employees of a news website", "staff of the hospital".
STAFF_NOUNS = frozenset({"employee", "staff", "staffer", "member", "personnel"})
HOG_ROLES = {"head_of_government", "head_of_state", "foreign_minister", "defence_minister"}


@dataclass
class Mention:
    token_i: int
    actor: Actor
    kind: str  # person, country, group, gov, other
    plural: bool = False
    role: str | None = None
    lemma: str = ""


#: The entity labels that can say whose story a report is (`ActorResolver._home_country`).
HOME_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})


#: Words that party names are made of in many countries ("the United Democratic Party",
#: "the Democratic Labour Party", "the National Alliance for Change").
PARTY_NAME_WORDS = frozenset("""
    party parti partido democratic democrat democrats labour labor worker workers people people's peoples
    popular national united progressive liberal liberals conservative conservatives socialist socialists
    social republican republicans congress alliance movement front union new freedom justice development
    unity patriotic renewal change independence green greens communist christian citizens citizen
    reform rally action solidarity forward future democracy for of and the""".split())


def _common_party_name(text: str) -> bool:
    """Is `text` a party name that many countries' parties share: made of `PARTY_NAME_WORDS`
    only, or given by an acronym of up to four letters ("ANC officials", "the UDP")?"""
    if any(w.isupper() and w.isalpha() and len(w) <= 4 for w in text.split()):
        return True
    words = norm(text).split()
    return bool(words) and all(w in PARTY_NAME_WORDS for w in words)


def _unaccented(text: str) -> str:
    """`text` without its accents ("Bénin" -> "Benin")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class DocMemory:
    """What one document has established about its actors so far."""

    date: str | None = None
    people: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    cache: dict[int, list[Actor]] = field(default_factory=dict)
    #: `ActorResolver._title_words` of each head read so far (by token index).
    title_words: dict[int, tuple[list[str], int]] = field(default_factory=dict)
    #: `ActorResolver._np_span` and `_countries` of each head read so far (by token index):
    #: a head is read again by every phrase and event that takes it in.
    np_spans: dict[int, Span] = field(default_factory=dict)
    countries: dict[int, list[str]] = field(default_factory=dict)
    #: The title (role) that each head's `title_words` name, once looked up (by token index).
    roles: dict[int, str | None] = field(default_factory=dict)
    #: The article's dominant country, once `ActorResolver.prepare` has read it all.
    home_country: str | None = None
    #: Every country the article names (by name, nationality or capital).
    named_countries: frozenset[str] = frozenset()
    #: The outlet's name and web address (`Document.source` and `url`), when known.
    outlet: tuple[str | None, str | None] = (None, None)

    def remember_person(self, actor: Actor) -> None:
        if not actor.name:
            return
        key = norm(actor.name)
        known = self.people.get(key)
        if known is not None and known.country and not actor.country:
            return
        self.people[key] = actor
        parts = key.split()
        if len(parts) > 1:
            self.people.setdefault(parts[-1], actor)

    def last(self, before: int, kinds: set[str], plural: bool | None = None) -> Actor | None:
        for m in reversed(self.mentions):
            if m.token_i >= before or m.kind not in kinds:
                continue
            if plural is not None and m.plural != plural and m.kind != "group":
                continue
            return m.actor
        return None


def _entity(tok: Token) -> Span | None:
    return entity_at(tok)


def _entity_or_token_text(tok: Token) -> str:
    """The text of the entity containing `tok`, else of the token."""
    ent = _entity(tok)
    return span_text(ent) if ent is not None else tok.text


def _copy(actor: Actor) -> Actor:
    """``copy.copy(actor)`` (a new object with the same attributes), without the generic
    machinery of `copy`, which costs several times more."""
    new = object.__new__(type(actor))
    new.__dict__.update(actor.__dict__)
    return new


QUANTITY_HEADS = frozenset(
    """thousands hundreds dozens scores millions tens number group members member some many
    most several all few majority one two three four five six seven eight nine ten gathering gatherings
    half third quarter bulk rest share portion proportion percent team total handful dozen unit units
    contingent contingents detachment detachments
    life lives decision decisions order orders busload busloads truckload truckloads carload carloads boatload boatloads""".split()
)


#: Number words and their digits, so that "the eleven" finds "11 farmers".
NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}


def _quantity_inner(head: Token) -> Token | None:
    """"Thousands of protesters" -> "protesters"; "members of the Taliban" -> "Taliban"."""
    if head.lower_ not in QUANTITY_HEADS and head.pos_ != "NUM":
        return None
    for child in children_of(head):
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in children_of(child):
                if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"} and obj.ent_type_ not in {"DATE", "TIME"}:
                    return obj
    return None


def _sentence_window(tok: Token, back: int) -> int:
    """Index of the first token of the sentence `back` sentences before `tok`'s."""
    start = sent_bounds(tok)[0]
    for _ in range(back):
        if start == 0:
            break
        start = sent_bounds(tok.doc[start - 1])[0]
    return start


def _strip_the(span_text: str) -> str:
    return span_text[4:] if span_text.lower().startswith("the ") else span_text


class ActorResolver:
    """Resolves noun phrases to actors. `place_country`, when given, maps a place name
    (a city or region from the gazetteer) to its country: "Shanghai police" -> CHN."""

    def __init__(self, index: ActorIndex, place_country: Callable[..., str | None] | None = None):
        self.index = index
        self.place_country = place_country
        #: The words of the titles and of the agent terms (see `_longest`).
        self._title_vocab = _key_words(index.titles)
        self._agent_vocab = _key_words(index.agents)
        #: Phrases whose organisation `_member_of` is looking for (a guard against cycles).
        self._asking: set[tuple[int, int]] = set()

    def _country_of_name(self, text: str) -> str | None:
        """ISO3 for a country name, demonym (also plural: "Kazakhs") or capital."""
        key = norm(text)
        iso = self.index.country_names.get(key) or self.index.demonyms.get(key) or self.index.capitals.get(key)
        if iso is None and key.endswith("s"):
            iso = self.index.demonyms.get(key[:-1])
        return iso

    # -- public API -----------------------------------------------------------------------
    def prepare(self, doc: Doc, memory: DocMemory) -> None:
        """Read the article once: its dominant country, then every resolvable noun phrase in
        reading order (so that later mentions can refer back to earlier ones)."""
        memory.home_country = self._home_country(doc, memory.outlet)
        memory.named_countries = frozenset(self._named_countries(doc))
        cache = memory.cache
        for head in noun_chunk_heads(doc):  # (the listed tokens, which keep their attributes)
            # (not `resolve`: the memory keeps these as they are, nobody changes them)
            actors = cache.get(head.i)
            if actors is None:
                actors = cache[head.i] = self._resolve(head, memory)
            if head.pos_ == "PRON":
                # A resolved pronoun is a mention too, so that the next "they" can follow it.
                if actors and head.lower_ in GROUP_PRONOUNS | PERSON_PRONOUNS:
                    kind = "person" if head.lower_ in PERSON_PRONOUNS else "group"
                    memory.mentions.append(Mention(head.i, actors[0], kind, head.lower_ in GROUP_PRONOUNS))
                continue
            for actor in actors:
                self._register(head, actor, memory)

    def _named_countries(self, doc: Doc) -> set[str]:
        found = set()
        for ent in doc_ents(doc):
            if ent.label_ in {"GPE", "NORP"}:
                iso = self._ent_country(ent)
                if iso:
                    found.add(iso)
        return found

    def _ent_country(self, ent: Span, min_population: int = 100_000) -> str | None:
        """The country a GPE or NORP entity names: a country, nationality or capital, or a
        sizeable city or region ("an Istanbul court" is Turkish)."""
        key = norm(span_text(ent))
        iso = self.index.country_names.get(key) or self.index.demonyms.get(key) or self.index.capitals.get(key)
        if iso is None and ent.label_ == "GPE" and self.place_country is not None:
            iso = self.place_country(place_name(ent), min_population)
        return iso

    def _inside_org_name(self, ent: Span) -> bool:
        """Is the entity the end of a known organisation's name ("Sahel Province" in "the
        Islamic State Sahel Province", a group, not Burkina Faso's Sahel region)?"""
        if norm(span_text(ent)) not in self.index.org_tails:
            return False
        start = sent_bounds(ent.root)[0]
        doc = ent.doc
        for k in range(1, 5):
            if ent.start - k < start or not doc[ent.start - k].is_alpha:
                return False
            if norm(span_text(doc[ent.start - k:ent.end])) in self.index.orgs:
                return True
        return False

    def _home_country(self, doc: Doc, outlet: tuple[str | None, str | None] = (None, None)) -> str | None:
        """The country the story is about: the one that at least half of the article's place
        and nationality names point to; failing that, the one that at least half of its
        place phrases ("in Afghanistan", "across Syria") point to, when there are two or more.
        A report that names no country at all is from its outlet's country, if the outlet's
        name or address says (`outlet`: its name and URL)."""
        counts: dict[str, int] = {}
        places: dict[str, int] = {}
        cities: dict[str, int] = {}
        tokens = doc_tokens(doc)
        regions: dict[str, str] = {}  # names the report gives as regions ("the department of Concepción")
        if self.place_country is not None:
            for ent in doc_ents(doc):
                root = tokens[ent.root.i]
                if (ent.label_ in HOME_LABELS and root.dep_ == "pobj" and tokens[root.head_i].lower_ == "of"
                        and (kind := tokens[tokens[root.head_i].head_i]).lemma_.lower() in REGION_NOUNS
                        # (a region of that name, no town: "the province of the Soum" is not
                        # Soum, a village in Senegal)
                        and (iso := self.place_country(f"{place_name(ent)} {kind.lower_}", 10**12))):
                    regions[norm(place_name(ent))] = iso
        for ent in doc_ents(doc):
            if ent.label_ not in HOME_LABELS:
                if ent.label_ == "DATE" and len(ent) == 1 and (iso := self.index.country_names.get(norm(span_text(ent)))):
                    counts[iso] = counts.get(iso, 0) + 1  # "in Niger", tagged a date
                continue  # (dates and numbers: the cheapest test first)
            root = tokens[ent.root.i]  # (read once, listed: `ent.root` makes a new token object)
            if _venue(root) or (ent.label_ == "NORP" and _diaspora(ent)) or self._inside_org_name(ent):
                continue
            if ent.label_ == "NORP" and root.dep_ == "amod" and root.head.lemma_.lower() in GIVEN_GOODS:
                continue  # ("lorries loaded with Qatari food left Mogadishu": the donor's, not the story's)
            if root.dep_ in {"amod", "compound"} and any(c.dep_ == "det" for c in children_of(root.head)) and (
                    root.head.lemma_.lower() in {"border", "frontier"} or (root.head.lemma_.lower() == "side" and any(
                        c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in {"border", "frontier"}
                                                                       for o in children_of(c))
                        for c in children_of(root.head)))):
                # "near the Colombian border", "on the Cameroonian side of the border" name the
                # neighbour of the story's country
                continue
            if ent.label_ == "PERSON" and (iso := self.index.country_names.get(norm(span_text(ent))) or (
                    len(ent) == 1 and (self.index.demonyms.get(norm(span_text(ent))) or self.index.capitals.get(norm(span_text(ent)))))):
                # "Mali's army", "Nigerien soldiers", "Niamey said": a country, a nationality
                # or a capital tagged a person
                counts[iso] = counts.get(iso, 0) + 1
                continue
            if ent.label_ not in {"GPE", "NORP", "ORG"}:
                # "in central Bishkek", "the city above La Paz", tagged as a person or a building
                # (a name has a capital: "spent the night in the bush" is not Būsh, Egypt)
                if (ent.label_ in {"PERSON", "FAC", "LOC"} and root.dep_ == "pobj" and root.text[:1].isupper()
                        and root.head.lower_ in LOCATIVE_PREPS | {"above", "below", "outside", "around", "between"}):
                    iso = self.index.capitals.get(norm(span_text(ent))) or (
                        self.place_country(place_name(ent), HOME_CITY) if self.place_country is not None else None)
                    if iso:
                        cities[iso] = cities.get(iso, 0) + 1
                continue
            if (iso := regions.get(norm(place_name(ent)))) is not None:
                # "in the department of Concepción": the region of that name (Paraguay's), not
                # a bigger city abroad (Chile's), wherever the report names it
                cities[iso] = cities.get(iso, 0) + 1
                continue
            key = norm(span_text(ent))
            if ent.label_ == "ORG":  # the small model tags "Cameroon's", "Ulaanbaatar" as organisations
                iso = self.index.country_names.get(key) or self.index.capitals.get(key)
            else:
                iso = self.index.country_names.get(key) or self.index.demonyms.get(key) or self.index.capitals.get(key)
            if iso:
                counts[iso] = counts.get(iso, 0) + 1
                if ent.label_ == "GPE" and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
                    places[iso] = places.get(iso, 0) + 1
            elif ent.label_ != "ORG" and (iso := self._ent_country(ent, HOME_CITY)) is not None:
                if (mates := self._list_mates_countries(root)) and iso not in mates and not self.place_country(
                        place_name(ent), 1, sole=True):
                    # "Growers from Concepción, Jauja and Tarma": a name many countries' towns
                    # have, listed with towns of another country, is its namesake there, not
                    # Chile's city
                    continue
                cities[iso] = cities.get(iso, 0) + 1
            elif (ent.label_ == "ORG" and root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
                  and self.place_country is not None and (iso := self.place_country(place_name(ent), HOME_CITY))):
                cities[iso] = cities.get(iso, 0) + 1  # "marched in Kisumu", tagged an organisation
        if self.place_country is not None:
            for tok in doc_tokens(doc):
                # "in the Timbuktu region", "the Sanaag region": an untagged name before a
                # word for a region names one (the gazetteer's region or city of that name)
                # (the cheapest tests first)
                if (tok.ent_type_ in {"", "ORG"} and tok.dep_ == "compound" and tok.pos_ == "PROPN"
                        and tok.head.lemma_.lower() in REGION_NOUNS and tok.head.i == tok.i + 1
                        and not _venue(tok.head)
                        and (iso := self.place_country(f"{tok.text} {tok.head.text}", HOME_CITY)
                             or self.place_country(tok.text, HOME_CITY))):
                    cities[iso] = cities.get(iso, 0) + 1
                elif (tok.ent_type_ in {"", "ORG", "PERSON", "GPE"} and tok.dep_ == "compound" and tok.pos_ == "PROPN"
                        and tok.head.lemma_.lower() in ELECTION_NOUNS and tok.head.i == tok.i + 1
                        and norm(tok.text) not in self.index.people
                        and (iso := self.place_country(tok.text, 20_000, sole=True))):
                    # "the Mafeteng by-election": a seat is named after its town or district
                    # (whatever the tagger made of it), when one country alone has that name
                    cities[iso] = cities.get(iso, 0) + 1
        # Other cities (not venues: "talks in Geneva" must not make a story Swiss) count with
        # the countries: "Russian shelling" of Kherson is a Ukrainian story.
        for iso, n in cities.items():
            counts[iso] = counts.get(iso, 0) + n
        if not counts:
            # A report that names no country the tagger saw: a country's name it took for
            # something else ("Cape Verde's" as a product)
            for ent in doc_ents(doc):
                if ent.label_ in {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "LOC"} and (
                        iso := self.index.country_names.get(norm(span_text(ent)))):
                    counts[iso] = counts.get(iso, 0) + 1
        if not counts and self.place_country is not None:
            # A local paper names no country and tags no place: a big city's name the tagger
            # left untagged or took for an organisation ("the Manzini Magistrates Court", "the
            # Apatzingán–Aguililla highway") says whose story it is; not a later word of a
            # longer name ("the Rajya Sabha" is not Sabha, Libya), nor an acronym, nor the
            # first word of a longer place's name ("San Pedro Norte" is not San, Mali)
            for tok in doc:
                if (tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isupper()
                        and tok.ent_type_ in {"", "ORG", "FAC"}
                        and (tok.i != sent_bounds(tok)[0] or norm(tok.text) in self.index.capitals)
                        and doc[tok.i - 1].pos_ != "PROPN" and not _venue(tok.head)
                        and (iso := self.place_country(tok.text, BIG_CITY, cities_only=True))
                        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
                                 and self.place_country(f"{tok.text} {doc[tok.i + 1].text}", 0))
                        and not ((mates := self._list_mates_countries(tok)) and iso not in mates
                                 and not self.place_country(tok.text, 1, sole=True))):
                    counts[iso] = counts.get(iso, 0) + 1
        if not counts and (iso := self._outlet_country(*outlet)):
            return iso  # a local paper's police, strikers and ministers are its country's
        # (a city in the outlet's name must be in one of the countries named, when the report
        # names two or more: then "our" is one of them; a report that names one country only
        # often says "our" in contrast to it, "our fishermen held in Georgia")
        if _says_our(doc) and (iso := self._outlet_country(*outlet, named=set(counts) if len(counts) > 1 else None)):
            # a paper that writes "our waters", "our foreign minister" outside quotes tells
            # its own country's story, whatever other countries it names ("most of the boats
            # belong to South Korean companies")
            return iso
        for table, minimum in ((counts, 1), (places, 2)):
            if not table:
                continue
            best = max(sorted(table), key=lambda c: table[c])
            tied = sum(1 for n in table.values() if n == table[best]) > 1
            if table[best] >= minimum and table[best] * 2 >= sum(table.values()) and not tied:
                return best  # (two countries named as often: neither is the story's)
        return None

    def _list_mates_countries(self, root: Token) -> set[str]:
        """The countries of the names listed with `root` ("Concepción, Jauja and Tarma") that
        one country's places alone have, of any size; empty when there are none."""
        if self.place_country is None:
            return set()
        first = root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        mates = [first] + [t for t in subtree_of(first) if t.dep_ == "conj" and t.pos_ == "PROPN"]
        # (whole names: "Saint-Pierre", not "Pierre")
        own = _entity(root)
        names = {place_name(ent) if (ent := _entity(m)) is not None else m.text for m in mates
                 if m.pos_ == "PROPN" and not (own is not None and own.start <= m.i < own.end) and m.i != root.i}
        return {iso for name in names if (iso := self.place_country(name, 1, sole=True)) is not None}

    def _outlet_country(self, source: str | None, url: str | None, named: set[str] | None = None) -> str | None:
        """The country a report that names none comes from, by its outlet: a country,
        nationality or capital in the outlet's name or web address ("Maputo Bay Courier",
        "kigaliobserver" does not split, "dili-harbour-herald.test" does), else a city of
        100,000 or more that its name starts with ("Hat Yai Southern Courier"). None when
        they name none or more than one; else a town of 25,000 or more named after a Romance
        "of" ("Le Phare de Cayenne"). A city the name starts with counts only if it is in one
        of the `named` countries, when given (the "Bole Gonja Frontier Times" of a story on Ghana
        and Ivory Coast is not from Bole, China)."""
        host = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/")[0].split(":")[0]
        runs = [re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", source or "")]
        runs += [label.split("-") for label in host.split(".")[:-1]]  # not the top-level domain
        names = [" ".join(words[i:i + n]) for words in runs for n in (3, 2, 1) for i in range(len(words) - n + 1)]
        found = set()
        for name in names + [_unaccented(n) for n in names]:
            key = norm(name)
            iso = self.index.country_names.get(key) or self.index.demonyms.get(key) or self.index.capitals.get(key)
            if iso:
                found.add(iso)
        if not found and self.place_country is not None:
            # a city of 100,000 or more that the outlet's name starts with ("Hat Yai Southern
            # Courier", "Medan Deli Observer"), the longest name first
            # (not a name that several countries' cities have, "Victoria Anse Courier", nor
            # an outlet whose name starts with a Romance article: "El Vigía del Cerro")
            words = runs[0][1:] if runs[0][:1] and runs[0][0].lower() == "the" else runs[0]
            for n in (3, 2, 1):
                name = " ".join(words[:n])
                if len(words) > n and name[:1].isupper() and words[0].lower() not in ROMANCE_ARTICLES and (
                        iso := self.place_country(name, BIG_CITY, cities_only=True, unique=True)):
                    if not named or iso in named:
                        found.add(iso)
                    break
        if not found and self.place_country is not None:
            # the town after a Romance "of" in the outlet's name, a town of 25,000 or more
            # that one country alone has ("Le Phare de Cayenne", "El Faro de Caguas", "Voz
            # de Bafatá"); the whole name, or nothing ("Diario del Cerro Rico" is no Cerro)
            words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", (source or "").split("(")[0])
            while words and words[-1].lower() in OUTLET_SUFFIXES:
                words.pop()
            at = next((i for i, w in enumerate(words[:-1]) if w.lower() in ROMANCE_OF and i > 0), None)
            if at is not None and all(w[:1].isupper() for w in words[at + 1:]) and len(words) - at - 1 <= 3 and (
                    iso := self.place_country(" ".join(words[at + 1:]), OUTLET_TOWN, cities_only=True, unique=True)):
                found.add(iso)
        return found.pop() if len(found) == 1 else None

    def resolve(self, head: Token, memory: DocMemory) -> list[Actor]:
        """Actors named by the noun phrase headed by `head` (cached per token)."""
        cached = memory.cache.get(head.i)
        if cached is not None:
            return [_copy(a) for a in cached]  # (copies: callers set offsets and text)
        actors = self._resolve(head, memory)
        memory.cache[head.i] = actors
        return [_copy(a) for a in actors]

    # -- internals ------------------------------------------------------------------------
    def _register(self, head: Token, actor: Actor, memory: DocMemory) -> None:
        if not actor.known:
            return
        kind = "other"
        ent = _entity(head)
        appos_person = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(head))
        # (a country's name the tagger took for a person's is the country: "Benin on Friday declared")
        country_name = not actor.sectors and actor.country is not None and (
            self.index.country_names.get(norm(_strip_the(actor.text))) == actor.country)
        if not country_name and ((actor.name and norm(actor.name) in self.index.people) or appos_person
                                 or (ent is not None and ent.label_ == "PERSON") or (actor.name and norm(actor.name) in memory.people)):
            kind = "person"
        elif actor.name and self.index.orgs.get(norm(actor.name)) is not None:
            kind = "group"
        elif actor.sectors == ["GOV"] and not actor.name:
            kind = "gov"
        elif actor.country and not actor.sectors:
            kind = "country"
        if kind == "person":
            memory.remember_person(actor)
        plural = head.tag_ in {"NNS", "NNPS"}
        role = self._role(head, memory)
        for child in children_of(head):
            if role is None and child.dep_ == "appos":
                role = self._role(child, memory)
        if role is None and actor.name:
            term = self.index.person(actor.name, memory.date)
            role = term.role if term is not None and term.role != "other" else None
        memory.mentions.append(Mention(head.i, actor, kind, plural, role, head.lemma_.lower()))
        if actor.country and kind != "country":
            rec = self.index.countries.get(actor.country)
            if rec is not None:
                memory.mentions.append(Mention(head.i, self._country_actor(rec.iso3, rec.name), "country"))

    def _np_span(self, head: Token, memory: DocMemory | None = None) -> Span:
        if memory is not None:
            known = memory.np_spans.get(head.i)
            if known is None:
                known = memory.np_spans[head.i] = self._np_span(head)
            return known
        doc = head.doc
        left = head.i
        # (the children from the table, not `head.lefts` / `head.rights`, which make new tokens)
        for child in children_of(head):
            if child.i > head.i:
                break
            if child.dep_ in {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "npadvmod", "case", "punct", "cc", "conj", "predet"}:
                left = min(left, child.left_edge.i)
        right = head.i
        for child in children_of(head):
            if child.i < head.i:
                continue
            if child.dep_ == "case":
                right = max(right, child.i)
            if child.dep_ == "prep" and child.lower_ == "of":
                right = max(right, child.right_edge.i)
        tokens = doc_tokens(doc)
        while left < head.i and tokens[left].dep_ in {"punct", "cc", "det"} and tokens[left].lower_ not in {"the", "a", "an"}:
            left += 1
        return Span(doc, left, right + 1)  # (`doc[left : right + 1]`, without its checks)

    def _resolve(self, head: Token, memory: DocMemory) -> list[Actor]:
        inner = _quantity_inner(head)
        if inner is not None:
            return self._resolve(inner, memory)
        if head.text != "US" and (head.pos_ == "PRON" or head.lower_ in ANY_PRONOUN):
            return self._pronoun(head, memory)  # ("US" in capitals is the country, not "us")
        if head.lower_ == "same" and head.dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ == "det" and c.lower_ == "the" for c in children_of(head)):
            return self._the_same(head, memory)
        if head.lemma_.lower() in SAME_BODY_NOUNS and any(c.dep_ == "amod" and c.lower_ == "same" for c in children_of(head)):
            return self._the_same_body(head, memory)
        if _named_settlement(head) and self.index.country_names.get(norm(head.text)):
            return []  # ("the Costa Rican city of Liberia": a town, not the country)
        span = self._np_span(head, memory)
        text = span_text(span)
        start, end = span.start_char, span.end_char

        actor = self._named(head, text, memory)
        if actor is not None and actor.country and actor.sectors and actor.code and actor.code.startswith(actor.country):
            # a possessive country or a nationality word before the name, not a word of it
            # ("Unity" in "National Unity Platform" is also a South Sudanese state)
            own = sorted({iso for t in span_tokens(span) if (t.dep_ == "poss" and t.ent_type_ in {"GPE", "LOC"}) or t.ent_type_ == "NORP"
                          if (iso := self._country_of_name(_entity_or_token_text(t))) is not None})
            if len(own) == 1 and own[0] != actor.country:
                # "Mongolia's opposition Democratic Party" is not the American one: a
                # namesake of another country, known by its sector
                actor = self._with_code(Actor(actor.text, None, own[0], list(actor.sectors), None, None))
            elif (not own and actor.sectors == ["PTY"] and (home := memory.home_country) is not None
                  and home != actor.country and actor.country not in memory.named_countries
                  and _common_party_name(actor.text)):
                # "The United Democratic Party filed its petition" in a report from Belize that
                # never names the Gambia: a party of the report's country by that name (such
                # names and short acronyms recur from country to country; "ACT-Wazalendo" not)
                actor = self._with_code(Actor(actor.text, None, home, ["PTY"], None, None))
        if actor is None and (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.lemma_.lower() in BRANCH_NOUNS)):
            actor = self._member_of(head, memory)  # (also "the Western War Front of the ELN")
        if actor is None and (iso := self.index.demonyms.get(head.lower_)) is not None:
            # "The Government ivorian has recalled ..." (translated): the nationality after
            # its noun, which the parser makes the head
            agent = next((c for c in children_of(head) if c.dep_ == "compound" and c.i == head.i - 1
                          and self.index.agents.get(c.lemma_.lower())), None)
            if agent is not None and (found := self._generic(agent, span, memory)) is not None:
                actor = self._with_country(found, iso)
        if actor is None and head.pos_ == "NUM":
            actor = self._counted_group(head, memory)
        if actor is None:
            actor = self._generic(head, span, memory)
        for app in (c for c in children_of(head) if c.dep_ == "appos" and not gap_apposition(c)):
            actor = self._merge_appos(actor, app, memory)  # (not "Germany" in "the diplomats Germany expelled")
        if actor is None:
            return []
        actor.text, actor.start, actor.end = actor.text or text, start, end
        if actor.text != text:
            actor.text = text
        if _pair(head):
            pair = self._last_two_countries(head, memory)
            if pair:
                for a in pair:
                    a.text, a.start, a.end = text, start, end
                return pair
        countries = self._countries(head, span, memory)
        if len(countries) > 1 and not actor.name:
            # "Hungarian and Romanian officials": one actor per nationality.
            return [self._with_country(replace(actor), iso) for iso in countries]
        if len(countries) > 1 and actor.name and norm(actor.name) not in norm(text):
            # "the presidents of Kenya and Uganda": a holder of the office for each country,
            # not the first country's holder for both
            return [self._holder_of(replace(actor, name=None, wikidata=None), iso, head, memory) for iso in countries]
        return [actor]

    def _holder_of(self, actor: Actor, iso: str, head: Token, memory: DocMemory) -> Actor:
        """The actor with country `iso` and, for a head of state or government, its holder."""
        actor = self._with_country(actor, iso)
        role = self._role(head, memory)
        if role in HOG_ROLES and (holder := self.index.role_holder(iso, role, memory.date)) is not None:
            actor.name, actor.wikidata = holder.name, holder.wikidata
        return actor

    @staticmethod
    def _the_same(head: Token, memory: DocMemory) -> list[Actor]:
        """"The party denounced irregularities. The same demands a recount" (translated "o
        mesmo", "el mismo"): a bare "the same" as a subject is the last subject named."""
        doc = head.doc
        for m in reversed(memory.mentions):
            if (m.token_i < head.i and m.kind != "country" and m.actor.known
                    and doc[m.token_i].dep_ in {"nsubj", "nsubjpass"}):
                return [replace(m.actor, text=head.text, start=head.idx, end=head.idx + len(head.text))]
        return []

    @staticmethod
    def _the_same_body(head: Token, memory: DocMemory) -> list[Actor]:
        """"Fourteen drivers were detained by the Police of the Republic of Mozambique, three
        days after the same corporation detained 23 colleagues" (translated "la misma
        corporación"): the last body named by its sector before it."""
        for m in reversed(memory.mentions):
            if m.token_i < head.i and m.kind not in {"country", "person"} and m.actor.known and m.actor.sectors:
                return [replace(m.actor, text=head.text, start=head.idx, end=head.idx + len(head.text))]
        return []

    @staticmethod
    def _counted_group(head: Token, memory: DocMemory) -> Actor | None:
        """"The 11 are being held": a bare number after "the" is the group counted with that
        number before it ("detained 11 farmers"), when one is."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(head)):
            return None
        count = NUMBER_WORDS.get(head.lower_, head.lower_)
        doc = head.doc
        for m in reversed(memory.mentions):
            if m.token_i < head.i and m.kind not in {"country", "person"} and any(
                    c.dep_ == "nummod" and NUMBER_WORDS.get(c.lower_, c.lower_) == count for c in children_of(doc[m.token_i])):
                return replace(m.actor)
        return None

    def _member_of(self, head: Token, memory: DocMemory) -> Actor | None:
        """The organisation that "fighters from the M23 rebel group", "the leader of Hamas" or
        "officials of the United Nations" belong to: the common noun names a role in it."""
        key = (id(head.doc), head.i)
        if key in self._asking:
            return None  # (an apposition or a speaker that leads back to this phrase)
        self._asking.add(key)
        try:
            for child in children_of(head):
                if child.dep_ != "prep" or child.lower_ not in {"from", "of"}:
                    continue
                for obj in children_of(child):
                    if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"}:
                        found = self._resolve(obj, memory)
                        if len(found) == 1 and found[0].name and found[0].code and self.index.orgs.get(norm(found[0].name)):
                            return replace(found[0])  # (an organisation: "supporters of <a person>" are not that person)
            if head.pos_ == "PROPN":
                # a named branch of its owner: "the guerrillas' Western War Front", "the ELN's
                # Western War Front" (an armed group's, or an organisation's)
                for owner in (c for c in children_of(head) if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}):
                    found = self._resolve(owner, memory)
                    if len(found) == 1 and found[0].code and (
                            set(found[0].sectors) & {"REB", "INS", "UAF"} or (
                                found[0].name and self.index.orgs.get(norm(found[0].name)))):
                        return replace(found[0])
            return None
        finally:
            self._asking.discard(key)

    def _pronoun(self, head: Token, memory: DocMemory) -> list[Actor]:
        low = head.lower_
        if low in PERSON_PRONOUNS:
            found = memory.last(head.i, {"person"})
            if found is None:
                # no one named: the last official or envoy told of in this sentence ("ordered a
                # senior Ivorian diplomat to leave, accusing him of meeting party leaders")
                start = sent_bounds(head)[0]
                found = next((m.actor for m in reversed(memory.mentions) if start <= m.token_i < head.i
                              and not m.plural and m.kind in {"gov", "other"} and m.lemma in ONE_PERSON_NOUNS), None)
        elif low in GROUP_PRONOUNS:
            # Groups and plural agents first: in "they are Afghans", "they" is not the nation.
            plural_agent = [m for m in reversed(memory.mentions) if m.token_i < head.i and
                            (m.kind == "group" or (m.kind in {"gov", "other"} and m.plural))]
            if low == "them":
                # an object is not its own clause's subject: in "police let them go" or "police
                # detained them", "them" is not the police
                own = _clause_subjects(head)
                plural_agent = [m for m in plural_agent if m.token_i not in own]
            same_sentence = [m for m in plural_agent if m.token_i >= sent_bounds(head)[0]]
            chosen = same_sentence[0] if same_sentence else None
            if chosen is None and low == "they":
                # A subject "they" continues the last subject ("they must stop the harassment.
                # They must stop killing people.").
                # (not the subject of an "after" clause, which tells an earlier event: "The attack
                # came three days after separatist fighters shot two soldiers. 'They fired from the
                # trees'" are the attackers)
                window = _sentence_window(head, 2)
                chosen = next((m for m in plural_agent if m.token_i >= window
                               and head.doc[m.token_i].dep_ in {"nsubj", "nsubjpass"}
                               and not _in_time_clause(head.doc[m.token_i])), None)
            chosen = chosen or (plural_agent[0] if plural_agent else None)
            if chosen is not None:
                return self._coordinated(head, chosen, memory)
            found = memory.last(head.i, {"country"}, plural=True)
            found = found or memory.last(head.i, {"country"}, plural=True)
        elif low in THING_PRONOUNS:
            found = self._main_subject(head, memory) or memory.last(head.i, {"group", "gov", "country"})
        else:
            found = None
        if found is None:
            return []
        return [replace(found, text=head.text, start=head.idx, end=head.idx + len(head.text))]

    @staticmethod
    def _main_subject(pron: Token, memory: DocMemory) -> Actor | None:
        """"Colombia has had no ambassador in Lima since it recalled its envoy", "Islamabad
        said its forces had fired": "it" or "its" in the subject of a subordinate clause is
        the subject of the clause it hangs from."""
        subject = pron.head if pron.dep_ == "poss" else pron  # "Islamabad said its forces had fired"
        if subject.dep_ == "pobj" and subject.head.lower_ == "of" and (
                subject.head.head.pos_ == "NUM" or subject.head.head.lower_ in QUANTITY_HEADS):
            subject = subject.head.head  # "The union said 24 of its members had been detained"
        verb = subject.head
        if subject.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ not in {"advcl", "ccomp"}:
            return None
        main = verb.head
        subjects = {c.i for c in children_of(main) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pron.i}
        found = [m.actor for m in reversed(memory.mentions) if m.token_i in subjects and not m.plural and (
            m.kind in {"group", "gov", "country"} or (m.kind == "other" and m.actor.code and m.actor.country))]
        # (a coded unit or force before the country it names: "Venezuela's navy seized a
        # vessel, four days after it took another trawler" is the navy)
        return next((a for a in found if a.sectors), found[0] if found else None)

    def _saying_body(self, pron: Token, memory: DocMemory) -> list[Actor]:
        """"A federation of cocoa farmers said 40 of its members were held": the body that
        says it of its own members (also one with no country known, and one the report has
        not reached yet), or nothing."""
        subject = pron.head
        if subject.dep_ == "pobj" and subject.head.lower_ == "of" and (
                subject.head.head.pos_ == "NUM" or subject.head.head.lower_ in QUANTITY_HEADS):
            subject = subject.head.head
        verb = subject.head
        if subject.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ccomp" or verb.head.pos_ != "VERB":
            return []
        for body in (c for c in children_of(verb.head) if c.dep_ == "nsubj" and c.i < pron.i and c.pos_ in {"NOUN", "PROPN"}):
            found = [a for a in self.resolve(body, memory) if a.sectors]
            if found:
                return found[:1]
        return []

    def _coordinated(self, pron: Token, chosen: Mention, memory: DocMemory) -> list[Actor]:
        """The antecedent, or all of a coordination it belongs to ("al Qaeda, ISIS and other
        groups ... work with them")."""
        tok = pron.doc[chosen.token_i]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        members = np_heads(tok) if tok.pos_ != "PRON" else [pron.doc[chosen.token_i]]
        # Only members of the same kind: "the government and the Taliban ... they" is the
        # Taliban; "al Qaeda, ISIS and other groups ... them" is all the groups.
        kinds = {m.token_i: m.kind for m in memory.mentions if m.kind != "country"}
        actors = [a for m in members if m.pos_ != "PRON" and kinds.get(m.i) == chosen.kind
                  for a in memory.cache.get(m.i, []) if a.known]
        if len(actors) < 2:
            actors = [chosen.actor]
        return [replace(a, text=pron.text, start=pron.idx, end=pron.idx + len(pron.text)) for a in actors]

    def _named(self, head: Token, text: str, memory: DocMemory) -> Actor | None:
        ent = _entity(head)
        candidates: list[str] = []
        if ent is not None and ent.label_ in NAME_LABELS:
            candidates.append(span_text(ent))
        if head.pos_ == "PROPN" and head.i > 0 and doc_tokens(head.doc)[head.i - 1].text == "-":
            doc, start = head.doc, head.i
            while start > 0 and doc[start - 1].head.i == head.i and (
                    doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN"
                    or doc[start - 1].text == "-" and start > 1 and doc[start - 2].head.i == head.i):
                start -= 1
            if start < head.i - 1:
                candidates.append(span_text(doc[start : head.i + 1]))  # ("ACT-Wazalendo", split by the tagger)
        candidates.append(text)
        compounds = [c for c in children_of(head) if c.dep_ == "compound" and c.i < head.i]
        if compounds:
            # "Suspected Boko Haram militants" (the first word tagged a name too): the name
            # with its head, without the words before
            start = compounds[0].left_edge.i
            while start < head.i and head.doc[start].lower_ in HEDGE_WORDS:
                start += 1
            if (named := span_text(head.doc[start : head.i + 1])) != text:
                candidates.append(named)
            if start > compounds[0].left_edge.i and start < head.i:
                # ("Suspected al-Shabaab fighters": the name alone, its agent noun after it)
                candidates.append(span_text(head.doc[start : head.i]))
        if head.pos_ == "PROPN":
            candidates.append(head.text)
        for cand in candidates:
            key = norm(cand)
            if not key or cand.islower():
                continue  # a name is written with a capital: "at dawn" is no newspaper
            org = self.index.orgs.get(key)
            whole = _strip_the(text)
            longer = org is not None and list(org.sectors) == ["PTY"] and norm(whole) != key and key in norm(whole)
            if longer and (named := self.index.orgs.get(norm(whole))) is not None:
                org = named  # ("The Liberal Democrats", a name of its own)
            elif longer:
                # "The Social Democrats" are not the Democrats: a party name the lists lack,
                # made of words that many countries' parties share, is a party of the report's
                # country
                extra = [w for w in whole.split() if norm(w) not in key.split()]
                if extra and all(w[:1].isupper() and norm(w) in PARTY_NAME_WORDS for w in extra):
                    return self._with_code(Actor(whole, None, memory.home_country, ["PTY"], None, None))
            if org is not None:
                # "IGO" marks intergovernmental bodies in the data; it is not a country.
                country = None if org.country == "IGO" else org.country
                return Actor(cand, org.name, country, list(org.sectors), org.code, org.wikidata)
            iso = self.index.country_names.get(key)
            if iso is not None and (ent is None or ent.label_ in {"GPE", "LOC", "ORG", "NORP"}):
                rec = self.index.countries[iso]
                return self._country_actor(iso, rec.name, cand)
            iso = self.index.capitals.get(key)
            if iso is not None:
                a = self._country_actor(iso, self.index.countries[iso].name, cand)
                return self._with_sector(a, "GOV")
            person = self.index.person(key, memory.date)
            if person is not None:
                sectors = [person.sector] if person.sector else []
                a = Actor(cand, person.name, person.country, sectors, None, person.wikidata)
                return self._with_code(a)
            known = memory.people.get(key)
            if known is not None:
                return replace(known, text=cand)
            iso = self._country_of_name(cand) if ent is not None and ent.label_ in {"NORP", "GPE"} else None
            if (iso is None and ent is not None and ent.label_ in {"PERSON", "ORG"} and ent.root.i == head.i
                    and norm(span_text(ent)) == norm(cand)):
                # a country's own name that the tagger calls a person ("cut aid to Malawi"), or
                # a nationality before a noun that it calls an organisation ("the Kazakh relief")
                iso = self.index.country_names.get(norm(cand)) or (
                    self.index.demonyms.get(norm(cand)) if ent.label_ == "ORG" and len(ent) == 1 and head.dep_ in {"amod", "compound"} else None)
            if iso is not None and head.pos_ in {"PROPN", "NOUN", "ADJ"}:
                rec = self.index.countries[iso]
                return self._country_actor(iso, rec.name, cand)
        if head.text[:1].isupper() and (long_name := _long_name(head)) is not None and (
                org := self.index.orgs.get(norm(long_name))) is not None:
            country = None if org.country == "IGO" else org.country
            return Actor(long_name, org.name, country, list(org.sectors), org.code, org.wikidata)
        place_like = (ent is not None and ent.label_ in {"GPE", "LOC"} and ent.root.i == head.i) or (
            head.text[:1].isupper() and head.pos_ in {"PROPN", "NOUN"} and (ent is None or ent.label_ == "ORG")
            and len(text.split()) <= 3 and not _acronym(head.text)
        )
        if place_like and self.place_country is not None:
            name = place_name(ent) if ent is not None else head.text
            iso = self.place_country(name)  # a city or region standing for its people
            if iso is not None:
                return Actor(name, name, iso, [], iso, None)
        if (
            ent is not None and ent.label_ in {"PERSON", "FAC"} and len(ent) == 1
            and head.pos_ == "PROPN" and self.place_country is not None
        ):
            # The small model often tags a city as a person or a building ("Kharkiv was
            # shelled"): a lone name that is a sizeable city of a country the article names
            # stands for that city.
            iso = self.place_country(place_name(ent))
            if iso is not None and (ent.label_ == "FAC" or iso in memory.named_countries):
                return Actor(span_text(ent), span_text(ent), iso, [], iso, None)
        if ent is not None and ent.label_ == "PERSON" and head.pos_ == "PROPN":
            if len(ent) == 1 and head.i == sent_bounds(head)[0] and self._agent_plural(head) is not None:
                return None  # "Militiamen attacked ...": a capitalised plural, not a person
            return Actor(span_text(ent), span_text(ent), None, [], None, None)
        # "European Union observers", "Boko Haram gunmen": a named body modifying the head.
        if head.pos_ == "NOUN":
            mods = [c for c in children_of(head) if c.i < head.i and c.dep_ in {"compound", "nmod", "nsubj"} and c.pos_ == "PROPN"]
            if mods:
                start = mods[0].left_edge.i
                for stop in range(head.i, start, -1):  # "Shin Bet Security Service" -> "Shin Bet"
                    org = self.index.orgs.get(norm(span_text(head.doc[start:stop])))
                    if org is not None:
                        country = None if org.country == "IGO" else org.country
                        return Actor(text, org.name, country, list(org.sectors), org.code, org.wikidata)
        return None

    def _countries(self, head: Token, span: Span, memory: DocMemory | None = None) -> list[str]:
        """Nationalities named inside the phrase (modifiers, possessives, 'of X') (kept in
        `memory` when given: do not change the list)."""
        if memory is not None:
            known = memory.countries.get(head.i)
            if known is None:
                known = memory.countries[head.i] = self._countries(head, span)
            return known
        found: list[str] = []
        tokens = doc_tokens(head.doc)

        def add(tok: Token) -> None:
            if _named_settlement(tok) and self.index.country_names.get(norm(tok.text)):
                return  # ("its consul in the Costa Rican city of Liberia": Costa Rica, not Liberia)
            if (tok.dep_ in {"compound", "amod"} and tok.head.i == tok.i + 1
                    and self.index.country_names.get(norm(f"{tok.text} {tokens[tok.i + 1].text}"))):
                return  # (a word of a country's name: "French" in "French Guiana" is not France)
            ent = _entity(tok)
            keys = [tok.text]
            prev = tokens[tok.i - 1] if tok.i > 0 else None
            if prev is not None and prev.head_i == tok.i and prev.dep_ in {"compound", "amod"}:
                keys.insert(0, f"{prev.text} {tok.text}")  # "Sri Lankan", untagged by the model
            if ent is not None:
                keys.insert(0, span_text(ent))
                if (len(ent) > 1 and ent.label_ in {"GPE", "LOC"} and self.place_country is not None
                        and self._country_of_name(keys[0]) is None and self.place_country(place_name(ent), 0)):
                    # ("in New Amsterdam", a Guyanese town: not Amsterdam; the town's own
                    # size decides below)
                    keys = keys[:1]
            placed: list[str | None] = []  # (the place test and lookup are the same for every key)
            for k in keys:
                iso = self._country_of_name(k)
                if iso is None and self.place_country is not None:
                    if not placed:
                        placed.append(None)
                        body = (ent is not None and ent.label_ == "ORG" and ent.root.lemma_.lower() in BODY_HEADS
                                and tok.i < ent.root.i and tok.dep_ == "compound" and tok.pos_ == "PROPN"
                                and not _acronym(tok.text)
                                and tok.lower_ not in self.index.agents and tok.lower_ not in self.index.titles)
                        if (_region_name(tok) and (ent is None or ent.label_ in {"GPE", "LOC", "PERSON", "ORG"})
                                and (tok.head.i == head.i or head.lemma_.lower() in self.index.agents
                                     or head.lemma_.lower() in self.index.titles)
                                and tok.lower_ not in self.index.agents and tok.lower_ not in self.index.titles):
                            # ("the governor of Kon Tum province", "the police of Attapeu
                            # province": a name before a word for a region is a place whatever
                            # its size, whatever the model tagged it; the town, when the
                            # region is not listed; the region itself, or of people, not of an
                            # act: "shelling of the Dniprovskyi district")
                            placed[0] = self.place_country(place_name(ent) if ent is not None else keys[0], 1)
                        elif ((ent is not None and ent.label_ in {"GPE", "LOC"})
                                or (ent is None and tok.pos_ == "PROPN" and tok.text[:1].isupper()  # ("metro workers": no name)
                                    and not _acronym(tok.text)  # ("SIK members": a union, not Sik in Kedah)
                                    # ("Union leaders" at a sentence start: a word for an agent, not Union, New Jersey)
                                    and tok.lower_ not in self.index.agents and tok.lower_ not in self.index.titles)):
                            # ("Ranong fishermen", "Jomvu residents": a town right before the
                            # people it names is their home, however small)
                            small = tok.dep_ == "compound" and tok.head.i == head.i
                            # (a lone word that opens a sentence is capitalised for that alone,
                            # whatever the tagger made of it: "Buffalo herders from the marshes" in a story on Iraq are
                            # not from Buffalo, New York)
                            opening = (ent is None or len(ent) == 1) and tok.i == sent_bounds(tok)[0]
                            placed[0] = self.place_country(place_name(ent) if ent is not None else tok.text,
                                                           *((10_000,) if small else ()), in_context=opening)
                        elif body:
                            # "The Bali Provincial Government", tagged a body's name: the place
                            # in it (a region, or a sizeable city) says whose
                            placed[0] = self.place_country(tok.text)
                    iso = placed[0]
                if iso:
                    if iso not in found:
                        found.append(iso)
                    return

        def visit(root: Token) -> None:
            # depth first, in tree order, with a stack: a recursive closure refers to itself,
            # a reference cycle left for the cyclic collector on every call
            stack = [root]
            while stack:
                tok = stack.pop()
                add(tok)
                below: list[Token] = []
                for c in children_of(tok):
                    if c.dep_ in {"conj", "compound", "poss", "npadvmod", "amod"}:
                        below.append(c)
                    elif c.dep_ == "prep" and c.lower_ == "of":
                        below += [p for p in children_of(c) if p.dep_ == "pobj"]
                stack += reversed(below)

        located: list[Token] = []
        at_owned: list[Token] = []
        for child in children_of(head):
            if child.dep_ in MODIFIER_DEPS and child.i < head.i:
                visit(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                for p in children_of(child):
                    if p.dep_ == "pobj":
                        visit(p)
                    elif p.dep_ == "conj" and p.lower_ == "of":
                        # "the Ministry of Foreign Affairs, of the African Cooperation and of
                        # the Mauritanians of the Exterior" (translated): each "of" names it
                        for q in children_of(p):
                            if q.dep_ == "pobj":
                                visit(q)
            elif child.dep_ == "prep" and child.lower_ == "for" and head.lemma_.lower() in PORTFOLIO_HOLDERS:
                # "the Minister for Foreign Affairs of Ireland": the country of the portfolio
                # (not the portfolio's own subject: "the envoy for Syria" may be the UN's)
                for p in children_of(child):
                    if p.dep_ == "pobj" and p.text[:1].isupper():
                        for q in children_of(p):
                            if q.dep_ == "prep" and q.lower_ == "of":
                                for r in children_of(q):
                                    if r.dep_ == "pobj":
                                        visit(r)
            elif child.dep_ == "prep" and child.lower_ == "at" and head.lemma_.lower() in ATTACHED_ROLES:
                # "a first secretary at the Croatian embassy": the mission's country
                for p in children_of(child):
                    if p.dep_ == "pobj" and p.lemma_.lower() in MISSION_NOUNS:
                        visit(p)
            elif child.dep_ == "prep" and child.lower_ in {"in", "across", "inside"}:
                located += [p for p in children_of(child) if p.dep_ == "pobj"]
            elif (child.dep_ == "prep" and child.lower_ == "at" and head.lemma_.lower() not in DIPLOMAT_NOUNS
                  and head.lemma_.lower() not in ATTACHED_ROLES):
                # "coal truck drivers at Mongolia's Shiveekhuren border crossing", "workers at
                # Gashuunsukhait": where people work says whose they are (a country's own
                # place; not "protesters at the US embassy")
                at_owned += [p for p in children_of(child) if p.dep_ == "pobj" and (
                    p.ent_type_ in {"GPE", "LOC"} or any(
                        c.dep_ == "poss" and self.index.country_names.get(norm(span_text(_entity(c) or c.doc[c.i : c.i + 1])))
                        for c in children_of(p)))]
            elif (child.dep_ == "prep" and child.lower_ == "from"
                  and (head.lemma_.lower() in self.index.agents or head.lemma_.lower() in self.index.titles)
                  and head.lemma_.lower() not in DIPLOMAT_NOUNS
                  and not any(c.dep_ == "poss" for c in children_of(head))):
                # "trade officials from Zambia and the Democratic Republic of Congo": where
                # people came from says whose they are, one country each (not an envoy's
                # posting: "the withdrawal of our ambassador from Bujumbura")
                for p in children_of(child):
                    if p.dep_ == "pobj":
                        visit(p)
        if not found and not (head.lemma_.lower() in ATTACHED_ROLES | {"ambassador"}
                              and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(head))):
            # "the foreign ministry in Islamabad", "officials in Kabul", "police in the port
            # of Batumi": where the actor is says its country, unless a nationality already
            # did ("Kenyan troops in Somalia" are Kenyan), or a diplomat's owner will ("its
            # consul in the Costa Rican city of Liberia" is Nicaragua's; the posting is the
            # target of a recall all the same).
            for p in located:
                if not self._place_word(p):
                    continue  # (asked only here: it costs a gazetteer look-up)
                visit(p)
                if not found and p.pos_ == "PROPN" and self.place_country is not None:
                    # "police in Izmir", tagged as a person (the whole name: not Amsterdam for
                    # "New Amsterdam")
                    ent = _entity(p)
                    iso = self.place_country(place_name(ent) if ent is not None else p.text)
                    if iso:
                        found.append(iso)
            for p in at_owned:
                if not found:
                    visit(p)
        return found

    def _place_word(self, tok: Token) -> bool:
        """A country, a capital, a place-tagged name or a place noun with its name after "of"."""
        if self.index.capitals.get(norm(tok.text)) or self.index.country_names.get(norm(tok.text)):
            return True
        if any(c.dep_ in {"compound", "amod"} and c.i == tok.i - 1 and self.index.country_names.get(norm(f"{c.text} {tok.text}"))
               for c in children_of(tok)):
            return True  # ("French Guiana", tagged a nationality and a person)
        if tok.ent_type_ in {"GPE", "LOC"}:
            return True
        if tok.pos_ == "PROPN" and tok.ent_type_ in {"", "PERSON", "FAC"} and self.place_country is not None and self.place_country(tok.text):
            return True  # "police in Izmir": the tagger often misses a city after "in"
        return tok.lemma_.lower() in PLACE_HEADS and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok)
        )

    def _title_words(self, head: Token, memory: DocMemory | None = None) -> tuple[list[str], int]:
        """Lower-case words of the phrase around the head, nationality words removed, and the
        position of the head in that list (kept in `memory` when given: do not change the list)."""
        if memory is not None:
            known = memory.title_words.get(head.i)
            if known is None:
                known = memory.title_words[head.i] = self._title_words(head)
            return known
        words: list[str] = []
        at = head.i
        tokens = doc_tokens(head.doc)
        for tok in tokens[head.left_edge.i : at + 1]:
            if (tok.dep_ in {"det", "poss", "case", "punct", "nummod"} and tok.i != at) or tok.ent_type_ in {"NORP", "GPE"}:
                continue  # (a possessive head is the phrase: "the teachers' march")
            if tok.i != at and (up := tokens[tok.head_i]).i != at and up.dep_ not in {"compound", "amod"}:
                continue
            words.append(tok.lower_ if tok.i != at else tok.lemma_.lower())
        head_at = len(words) - 1
        for child in children_of(head):  # "minister of foreign affairs"
            if child.i < head.i:
                continue
            if child.dep_ == "prep" and child.lower_ == "of":
                tail = [t for t in subtree_of(child) if t.ent_type_ not in {"GPE", "NORP"} and t.dep_ not in {"det", "punct"}]
                if tail and all(t.pos_ in {"ADP", "ADJ", "NOUN", "PROPN"} for t in tail):
                    words.extend(t.lower_ for t in tail)
        return words, head_at

    def _role(self, head: Token, memory: DocMemory) -> str | None:
        """`_longest` of the head's `_title_words` in the titles (kept in `memory`: both
        `_generic` and `_register` ask)."""
        if head.i in memory.roles:
            return memory.roles[head.i]
        words, head_at = self._title_words(head, memory)
        role = memory.roles[head.i] = self._longest(words, head_at, self.index.titles, self._title_vocab)
        return role

    @staticmethod
    def _longest(words: list[str], head_at: int, table: dict[str, str], vocab: frozenset[str]) -> str | None:
        """The value of the longest key of `table` found as a run of `words` covering the head
        (`vocab`: the words of its keys, `_key_words`)."""
        if 0 <= head_at < len(words) and words[head_at] not in vocab and " " not in words[head_at]:
            return None  # (every run covers the head's word, and a key made of it would have it)
        for size in range(min(len(words), 6), 0, -1):
            for i in range(max(0, head_at - size + 1), min(head_at, len(words) - size) + 1):
                key = " ".join(words[i : i + size])
                if key in table:
                    return table[key]
        return None

    def _agent_plural(self, head: Token) -> str | None:
        """The singular of a capitalised plural that the tagger left as a proper noun
        ("Gendarmes", "Militiamen"), when it is an agent or title word; else None."""
        low = head.lower_
        if head.lemma_.lower() != low:
            return None
        for plural, singular in (("men", "man"), ("ies", "y"), ("s", "")):
            if low.endswith(plural):
                word = low[: len(low) - len(plural)] + singular
                return word if word in self.index.agents or word in self.index.titles else None
        return None

    def _generic(self, head: Token, span: Span, memory: DocMemory) -> Actor | None:
        words, head_at = self._title_words(head, memory)
        low = head.lemma_.lower()
        if low in {"party", "side"} and head.pos_ == "NOUN":
            # "secured by the party of the Central Lombok Police Resort" (translated
            # Indonesian "pihak"): the side of a body is that body
            of = next((o for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of"
                       for o in children_of(c) if o.dep_ == "pobj"), None)
            owner = self._resolve(of, memory) if of is not None else []
            if owner and owner[0].sectors and owner[0].sectors != ["PTY"]:
                return replace(owner[0], text=span_text(span))
        if low in ORG_BODY_NOUNS:
            for poss in (c for c in children_of(head) if c.dep_ == "poss" and c.pos_ == "PROPN"):
                owner = self._resolve(poss, memory)
                if owner and owner[0].code and owner[0].code[:3] in {"IGO", "EUR"}:
                    return replace(owner[0], text=span_text(span))
        role = self._role(head, memory)
        sector = self._longest(words, head_at, self.index.agents, self._agent_vocab)
        if (sector is None and role is None and head.pos_ == "PROPN" and 0 <= head_at < len(words)
                and (not head.ent_type_ or (head.i == sent_bounds(head)[0] and head.ent_type_ not in {"NORP", "GPE"}))
                and self._agent_plural(head) is not None):
            # a capitalised plural is often tagged a proper noun and left as it is:
            # "Gendarmes turned back ...", "Militiamen attacked ..." at the start of a sentence
            words = list(words)  # (a copy: the memory keeps the list as read)
            words[head_at] = self._agent_plural(head)  # type: ignore[call-overload]
            role = self._longest(words, head_at, self.index.titles, self._title_vocab)
            sector = self._longest(words, head_at, self.index.agents, self._agent_vocab)
        if sector is None and head.pos_ == "NOUN" and low in FACILITY_NOUNS:
            # "army positions", "police station": the modifier names who is hit.
            mods = [c for c in children_of(head) if c.dep_ == "compound" and c.i == head.i - 1 and not c.ent_type_]
            if mods:
                sector = self.index.agents.get(mods[0].lemma_.lower())
            for p in (o for c in children_of(head) if sector is None and c.dep_ == "prep" and c.lower_ == "of"
                      for o in children_of(c) if o.dep_ == "pobj"):
                # ... or its "of" phrase does ("a post of the army", translated)
                owner_words, owner_at = self._title_words(p, memory)
                sector = self._longest(owner_words, owner_at, self.index.agents, self._agent_vocab)
        if sector is None and role is None and head.pos_ == "PROPN" and _acronym(head.text):
            # "the opposition DLP", "the ruling BLP": a body's abbreviation the actor lists
            # lack, its kind named by the word before it
            kind = next((c for c in children_of(head) if c.dep_ in {"compound", "amod"} and c.i == head.i - 1), None)
            if kind is not None:
                sector = self.index.agents.get(kind.lemma_.lower()) or self.index.agents.get(kind.lower_)
        if sector is None and role is None and low in MEMBER_HEADS and head_at > 0:
            # "Border Guard officers", "Civil Guard agents": members of the body their
            # modifiers name
            sector = self._longest(words[:head_at], head_at - 1, self.index.agents, self._agent_vocab)
        if sector is None and role is None and low in ASSOCIATION_NOUNS:
            # "the farmers' association", "an association of fishermen in Izabal": the body of
            # the people it names
            named = [c for c in children_of(head) if c.pos_ == "NOUN" and (
                c.dep_ == "poss" or (c.dep_ == "compound" and c.i == head.i - 1))]
            named += [o for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of"
                      for o in children_of(c) if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            for member in named:
                sector = self.index.agents.get(member.lemma_.lower())
                if sector is not None:
                    break
        if sector is None and role is None and low == "officer" and head_at == 0:
            sector = self._officer_sector(head)
        if role and not sector:
            sector = "GOV"
        if role is None and (low in STAFF_NOUNS or (low in MEMBER_HEADS and sector is None)):
            # "employees of an independent news website" are media workers, not labour; "the
            # agents of the State Police" (translated) are police
            for p in (o for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"):
                owner_words, owner_at = self._title_words(p, memory)
                sector = self._longest(owner_words, owner_at, self.index.agents, self._agent_vocab) or sector
        countries = self._countries(head, span, memory)
        poss = next((c for c in children_of(head) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if poss is not None and not countries and low in ANAPHORS:
            owner = self._pronoun(poss, memory)
            if owner and owner[0].country:
                iso = owner[0].country
                rec = self.index.countries.get(iso)
                base = self._country_actor(iso, rec.name if rec else iso, span_text(span))
                return self._with_sector(base, "GOV") if ANAPHORS[low] == "gov" else base
        if not sector and low in OWNED_NOUNS:
            # "their boat", "the home of an opposition journalist": the owner's
            of = next((o for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "of"
                       for o in children_of(c) if o.dep_ == "pobj"), None)
            owner = (self._pronoun(poss, memory) if poss is not None and not countries
                     else self._resolve(of, memory) if of is not None else [])
            if owner and owner[0].known:
                return replace(owner[0], text=span_text(span))
        if not sector and not role and not countries and low in {"member", "members"} and poss is not None and poss.lower_ in {"its", "their"}:
            # "The farmers' association said 16 of its members had been taken away": the
            # association's own
            owner = self._saying_body(poss, memory) or self._pronoun(poss, memory)
            if owner and owner[0].known and owner[0].sectors:
                return replace(owner[0], text=span_text(span))
        definite = any(c.lower_ in {"the", "this", "that", "these", "those"} for c in children_of(head))
        if _pair(head):
            pair = self._last_two_countries(head, memory)
            if pair:
                return pair[0]
        if not countries and not sector and not role and low in ANAPHORS and definite:
            kind = ANAPHORS[low]
            ref = self._speaker_country(head, memory) if kind == "country" else None
            ref = ref or memory.last(head.i, {kind})
            if kind == "group":
                armed = next((m for m in reversed(memory.mentions) if m.token_i < head.i
                              and set(m.actor.sectors) & ARMED_SECTORS), None)
                ref = ref or (armed.actor if armed is not None else None)
            if ref is not None:
                return replace(ref, text=span_text(span))
            return None
        if definite and not countries and sector:
            # "the three supporters" after "three opposition supporters"
            same = next((m for m in reversed(memory.mentions) if m.token_i < head.i and m.lemma == low
                         and m.actor.country and not m.actor.name), None)
            if same is None and low in PLAIN_PEOPLE and head.tag_ == "NNS":
                # "Sixteen Yemeni fishermen freed by Eritrea ... the men had been held": the
                # last group of people with a nationality, in this sentence or the one before
                # (not a state body)
                start = _sentence_window(head, 1)
                same = next((m for m in reversed(memory.mentions) if start <= m.token_i < head.i and m.plural
                             and m.actor.country and not m.actor.name and m.actor.sectors
                             and not set(m.actor.sectors) & STATE_BODIES), None)
            if same is not None:
                return replace(same.actor, text=span_text(span))
        if not countries and not sector and not role and low in FELLOW_NOUNS and head.tag_ == "NNS":
            # "Taxi drivers were back at work, two days after a judge released colleagues": the
            # last group of people named by their sector, in this sentence or the one before
            start = _sentence_window(head, 1)
            groups = [m for m in reversed(memory.mentions) if start <= m.token_i < head.i and m.plural
                      and not m.actor.name and m.actor.sectors and not set(m.actor.sectors) & STATE_BODIES]
            # (a subject first: "Fourteen drivers of the transport of passengers were detained,
            # three days after police detained 23 colleagues of theirs" are drivers)
            same = next((m for m in groups if head.doc[m.token_i].dep_ in {"nsubj", "nsubjpass"}), None)
            same = same or (groups[0] if groups else None)
            if same is not None:
                return replace(same.actor, text=span_text(span))
        if not countries and not sector:
            # (a lower-case word tagged a proper noun is no name: "the teachers' march")
            if (head.pos_ == "PROPN" and head.text[:1].isupper()) or head.ent_type_ in NAME_LABELS:
                return Actor(span_text(span), _strip_the(span_text(span)), None, [], None, None)
            return None
        if sector in {"GOV", "MIL", "SPY", "COP"} and any(c.dep_ == "amod" and c.lower_ in {"former", "ex", "retired", "disgraced"} for c in children_of(head)):
            sector, role = "ELI", None  # "a former minister" speaks for no institution now
        iso = countries[0] if countries else None
        if iso is None and role and poss is not None and poss.lower_ == "our":
            # "sat down with our own foreign minister": the paper's own country's, not the
            # visitor's told before
            # (the outlet's country, when its name says one; none otherwise: the story's main
            # country is often the other side's, "our foreign minister opened talks in Baku")
            told = {m.actor.country for m in memory.mentions if m.token_i < head.i and m.role == role}
            iso = self._outlet_country(*memory.outlet)
            iso = iso if iso not in told else None
        elif iso is None and role:
            # "the first minister" after "the first minister of Pakistan Shehbaz Sharif"
            for m in reversed(memory.mentions):
                if m.token_i < head.i and m.role == role and m.actor.country:
                    return replace(m.actor, text=span_text(span))
        if iso is None and sector and not role and poss is not None and poss.lower_ in {"its", "their"}:
            owner = self._pronoun(poss, memory)  # "Islamabad said its forces had fired"
            if owner and owner[0].country:
                iso = owner[0].country
        inferred = False
        if iso is None and sector and not role:
            near = self._nearby_country(head, sector, memory)
            if near is not None:
                # (inferred as the earlier one was: "gunmen" of a Chadian story, then "fighters")
                iso, inferred = near.country, near.country_inferred
            else:
                iso, inferred = memory.home_country, memory.home_country is not None
        actor = Actor(span_text(span), None, iso, [sector] if sector else [], None, None, country_inferred=inferred)
        if role and iso and role in HOG_ROLES:
            holder = self.index.role_holder(iso, role, memory.date)
            if holder is not None:
                actor.name, actor.wikidata = holder.name, holder.wikidata
        return self._with_code(actor)

    @staticmethod
    def _officer_sector(head: Token) -> str | None:
        """The sector of a bare "officers": the nearest police or army word in its sentence
        or the one before."""
        start = _sentence_window(head, 1)
        best: tuple[int, str] | None = None
        for tok in head.doc[start:sent_bounds(head)[1]]:
            sector = OFFICER_CONTEXT.get(tok.lemma_.lower()) or OFFICER_CONTEXT.get(tok.lower_)
            if sector and tok.i != head.i and (best is None or abs(tok.i - head.i) < best[0]):
                best = (abs(tok.i - head.i), sector)
        return best[1] if best else None

    def _speaker_country(self, head: Token, memory: DocMemory) -> Actor | None:
        """In reported speech, "the country" is the speaker's own country."""
        verb = head.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        speech = find_speech(verb)
        if speech is None or not speech.speakers or speech.speakers[0].i == head.i:
            return None
        for actor in self.resolve(speech.speakers[0], memory):
            if actor.country and actor.country in self.index.countries:
                return self._country_actor(actor.country, self.index.countries[actor.country].name)
        return None

    def _last_two_countries(self, head: Token, memory: DocMemory) -> list[Actor]:
        seen: list[str] = []
        for m in reversed(memory.mentions):
            if m.token_i < head.i and m.actor.country and m.actor.country not in seen and m.actor.country != "IGO":
                seen.append(m.actor.country)
            if len(seen) == 2:
                break
        if len(seen) < 2:
            return []
        return [self._country_actor(iso, self.index.countries[iso].name if iso in self.index.countries else iso)
                for iso in reversed(seen)]

    @staticmethod
    def _nearby_country(head: Token, sector: str, memory: DocMemory) -> Actor | None:
        """The actor whose country a bare sector agent ("police", "the opposition") has, as a
        reader infers it: the latest earlier actor of the same sector with a country (its
        country inferred if that one's was); failing that the caller
        takes the article's main country when it clearly dominates (at least half of the
        country mentions: `DocMemory.home_country`), marked as inferred."""
        window = _sentence_window(head, 2)
        for m in reversed(memory.mentions):
            if window <= m.token_i < head.i and m.actor.country and sector in m.actor.sectors and not m.actor.name:
                if _across_quote(head, m.token_i):
                    continue  # '"We hold the Russian state responsible," the minister said'
                return m.actor
        return None

    def _merge_appos(self, actor: Actor | None, app: Token, memory: DocMemory) -> Actor | None:
        if _spells_out(app):
            return actor  # ("The Anti-Money Laundering Office (AMLO)": its own initials, no one else)
        other = self._named(app, app.text, memory) or self._generic(app, self._np_span(app, memory), memory)
        if other is None:
            return actor
        if actor is None:
            return other
        # The person keeps the name; the role phrase gives country and sector. With no name
        # on either side the head's own country comes first ("The Croatian diplomat, a first
        # secretary at the embassy in Belgrade" is Croatian), the apposition's sector
        # ("government, non-government forces" are forces).
        named, role = (actor, other) if actor.name else (other, actor)
        country = named.country or role.country
        if not actor.name and not other.name:
            country = actor.country or other.country
        merged = Actor(named.text, named.name or role.name, country,
                       list(named.sectors or role.sectors), None, named.wikidata or role.wikidata)
        merged = self._with_code(merged)
        if merged.name:
            memory.remember_person(merged)
        return merged

    # -- small helpers --------------------------------------------------------------------
    def country_actor(self, iso: str, text: str, start: int = -1) -> Actor:
        """The country `iso` named by `text` (a name or nationality word) at offset `start`."""
        rec = self.index.countries.get(iso)
        actor = self._country_actor(iso, rec.name if rec else iso, text)
        if start >= 0:
            actor.start, actor.end = start, start + len(text)
        return actor

    def _country_actor(self, iso: str, name: str, text: str | None = None) -> Actor:
        rec = self.index.countries.get(iso)
        return Actor(text or name, name, iso, [], iso, rec.wikidata if rec else None)

    def _with_sector(self, actor: Actor, sector: str) -> Actor:
        actor.sectors = [sector]
        return self._with_code(actor)

    def _with_country(self, actor: Actor, iso: str) -> Actor:
        actor.country, actor.country_inferred = iso, False
        return self._with_code(actor)

    @staticmethod
    def _with_code(actor: Actor) -> Actor:
        actor.code = ((actor.country or "") + (actor.sectors[0] if actor.sectors else "")) or None
        return actor


def _says_our(doc: Doc) -> bool:
    """Does the report say "our" of its story's people, places or officials, in its own voice
    (a sentence with no quotation mark)? Not "in our country", which a paper also says to
    compare its country with the one in the story."""
    return any(tok.lower_ == "our" and tok.head.lemma_.lower() not in {"country", "nation"}
               and not any(t.is_quote for t in tok.sent) for tok in doc_tokens(doc))


def _spells_out(app: Token) -> bool:
    """Is `app` an abbreviation in brackets made of the initials of the name it follows
    ("the Anti-Money Laundering Office (AMLO)")?"""
    doc = app.doc
    if not _acronym(app.text) or app.i == 0 or doc[app.i - 1].text != "(":
        return False
    words: list[str] = []
    i = app.i - 2
    while i >= 0 and len(words) < len(app.text) + 3 and doc[i].text not in {",", ".", ";", ")"}:
        if doc[i].text[:1].isupper():
            words.insert(0, doc[i].text)
        i -= 1
    initials = "".join(w[0] for part in words for w in part.split("-") if w[:1].isupper())
    return len(app.text) >= 2 and initials.upper().endswith(app.text.upper())


def _acronym(word: str) -> bool:
    """An abbreviation in capitals ("SIK", "KNU"): a body's name, not a town's."""
    return len(word) > 1 and word.isalpha() and word.isupper()


def _pair(head: Token) -> bool:
    """The two parties told just before: "the two countries", "both governments", "the sides"."""
    if head.tag_ != "NNS" or head.lemma_.lower() not in PAIR_NOUNS:
        return False
    if head.lemma_.lower() == "side" and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(head)):
        return False  # "fire from both sides of the road": places, not parties
    words = {c.lower_ for c in children_of(head)}
    return bool(words & {"two", "both"}) or (head.lemma_.lower() == "side" and words == {"the"})


def _key_words(table: dict[str, str]) -> frozenset[str]:
    """The words of `table`'s keys (split at each space, as `_longest` joins them)."""
    return frozenset(word for key in table for word in key.split(" "))


#: Words that join the parts of a long name: "Front for Change and Concord in Chad".
NAME_JOINERS = frozenset({"for", "of", "and", "in", "the", "de", "du", "des", "la", "el", "al"})


def _long_name(head: Token) -> str | None:
    """A name with the capitalised phrases that follow it, when all of its words are
    capitalised or joiners: the tagger splits "the rebel Front for Change and Concord in
    Chad" into several entities, and the data knows the whole name."""
    doc = head.doc
    end = head.right_edge.i
    if end == head.i or not doc[end].text[:1].isupper():
        return None
    if not all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS for t in doc[head.i + 1 : end + 1]):
        return None
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i and doc[start - 1].text[:1].isupper():
        start -= 1
    return span_text(doc[start : end + 1])


#: Nouns whose nationality names a diaspora, not the story's country ("the local Chinese
#: chamber of commerce", "overseas Chinese compatriots" in a Philippine story).
DIASPORA_NOUNS = frozenset({"community", "communities", "compatriot", "diaspora", "expatriate", "expat", "chamber"})


def _diaspora(ent: Span) -> bool:
    """A nationality of people living abroad: after "overseas", "local" or "ethnic", or
    before a word for a community."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    root = ent.root
    return before in {"overseas", "local", "ethnic"} or (
        root.dep_ in {"amod", "compound", "nmod"} and root.head.lemma_.lower() in DIASPORA_NOUNS)


def _venue(head: Token) -> bool:
    """"met in Geneva", "talks in Switzerland": the place where a meeting is held."""
    if head.dep_ != "pobj" or head.head.lower_ not in {"in", "at"}:
        return False
    governor = head.head.head
    if governor.lemma_.lower() == "conference" and any(
            c.dep_ == "compound" and c.lower_ in {"news", "press"} for c in children_of(governor)):
        return False  # (a party's news conference is held at home: "told a news conference in Chake Chake")
    return governor.lemma_.lower() in VENUE_HEADS or governor.lower_ in VENUE_HEADS


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _across_quote(head: Token, earlier: int) -> bool:
    """Is an odd number of quotation marks between token `earlier` and `head` (one inside a
    quotation, the other outside it)?"""
    # (the listed tokens: a slice of the document makes a new token object for each)
    return sum(1 for t in doc_tokens(head.doc)[earlier:head.i] if t.text in QUOTE_MARKS) % 2 == 1


def _clause_subjects(pron: Token) -> set[int]:
    """The subject heads (and those joined to them) of the verb an object pronoun hangs from,
    and of the verb above it when the pronoun is the subject of a bare infinitive ("police let
    them go"). Not the subject's modifiers: in "The deal, signed by the two ministers, commits
    them", "them" is the ministers."""
    verbs = [pron.head]
    if pron.dep_ == "nsubj" and pron.head.dep_ in {"ccomp", "xcomp"}:
        verbs.append(pron.head.head)
    heads = [c for v in verbs for c in children_of(v) if c.dep_ in {"nsubj", "nsubjpass"} and c.i != pron.i]
    out: set[int] = set()
    while heads:
        tok = heads.pop()
        out.add(tok.i)
        heads += [c for c in children_of(tok) if c.dep_ == "conj"]
    return out


#: Words for a body that "the same" refers back to ("the same corporation", "the same
#: institution": translated "la misma corporación").
SAME_BODY_NOUNS = frozenset({"corporation", "institution", "entity", "organism", "body", "organisation",
                             "organization", "force", "authority", "agency"})


#: Words before a word for a region that name no place ("the Northern region", "the
#: Autonomous Region").
_NO_PLACE_NAMES = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                             "capital", "federal", "autonomous", "special", "border", "coastal", "new", "old"})


def _region_name(tok: Token) -> bool:
    """An untagged proper name right before a word for a region ("Kon Tum province", "Attapeu
    province"), not a compass word or the like."""
    return (tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.i + 1 < len(tok.doc) and tok.head.i == tok.i + 1
            and tok.head.lemma_.lower() in REGION_NOUNS and tok.lower_ not in _NO_PLACE_NAMES)


#: Nouns for a town or city: what "of" names after one is a town, even one that shares a
#: country's name ("the northwestern city of Liberia", in Costa Rica).
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "municipality", "commune", "hamlet", "settlement"})


def _named_settlement(tok: Token) -> bool:
    """Is `tok` the name after "the city of", "the town of" (and the like)? (The caller asks
    whether it is also a country's name.)"""
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SETTLEMENT_NOUNS
            and tok.head.head.i != tok.head.i)


def _in_time_clause(subject: Token) -> bool:
    """Is `subject` the subject of an "after" or "before" clause, or of a verb of saying ("...,
    police said": who tells the story is not whom it is about)?"""
    verb = subject.head
    return (verb.lemma_.lower() in SAYING_VERBS
            or (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"after", "before"} for c in children_of(verb))))


#: Verbs that give a story's source, not its actor (`_in_time_clause`).
SAYING_VERBS = frozenset({"say", "tell", "add", "report", "state", "confirm", "announce", "note", "explain"})
