"""The coder: connects the stages into one pipeline.

load -> parse -> find predicates -> classify -> resolve actors -> attribution and modality
-> time -> place -> identity. Each stage lives in its own sub-package; this module only
wires them together and builds `Event` records.

Rules for verbs that embed another event (see data/lexicon/complements.yaml):
- "A urged / called on B to do X": A REQUEST(appeal) B, plus B does X with modality
  `demanded`, attributed to A.
- "A threatened to do X": A THREATEN, plus X with modality `intended`.
- "A refused to do X": A REJECT, plus X negated.
- "A agreed / pledged / offered to do X": A AGREE (the express-intent code), only.
- "A wants / plans / is ready to do X": X with modality `intended`; cooperative X take the
  CAMEO express-intent code (030 ...).
- "A stopped / must stop doing X" (X violent): A RETREAT (de-escalate).
- "A says B attacked C": B ASSAULT C with attribution A (the speech verb is not an event).
"""

from __future__ import annotations

import gc
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .actors import ActorIndex, ActorResolver, DocMemory
from .actors.index import norm
from .actors.resolve import FACILITY_NOUNS, FELLOW_NOUNS, HOME_CITY, OWNED_NOUNS
from .attribution import find_speech, modality_of
from .attribution.modality import INTENT_HEADS, PREVENTION_VERBS
from .attribution.attribute import DocAttributor
from .classify import Codebook, Lexicon, Match
from .classify.allegations import Allegations
from .classify.complements import Complements, Family
from .classify.nouns import RECENT_DAYS, STOPPING_VERBS, NounLexicon, NounMatch, definite, target_of
from .errors import Messages
from .identity import event_id
from .load import english_check
from .parse import keep_whole_words, load_model, mend_opening_verbs, parse_stream, use_attribute_table
from .parse.spans import (children_of, doc_ents, doc_tokens, entity_at, parsed_from, release, sentence_ents, span_text,
                          span_tokens, subtree_of)
from .place import Gazetteer, PlaceResolver, PlaceResult
from .place.clause import PLACE_NOUNS, SETTLEMENT_NOUNS, in_speaker_phrase
from .place.gazetteer import Place
from .place.resolve import BIG_CITY, ISLAND_WORDS, NAMED_FOR_ELSEWHERE, generic_name
from .predicates import Predicate, after_phrase, find_predicates, is_participial_adjunct, naming_clause, np_heads
from .predicates.find import OBJECT_CONTROL
from .records import Actor, Attribution, Document, Event, EventDate, Evidence, Reject
from .time import TimeResult, counted_date, event_time, resolve_expression

__all__ = ["Coder", "DocResult"]

#: Nouns naming an event, which "the ..." refers back to ("the strikes hit radar sites").
ANAPHORIC_EVENT_NOUNS = frozenset({
    "attack", "strike", "airstrike", "bombing", "shelling", "bombardment", "raid", "assault",
    "offensive", "barrage", "sanction", "measure", "crackdown", "operation",
})  # fmt: skip
#: CAMEO roots of acts that happen nowhere in particular (statements, appeals, demands,
#: rejections, threats, sanctions): an actor named as their object is not their place.
PLACELESS_ROOTS = frozenset({"01", "02", "03", "05", "06", "09", "10", "11", "12", "13", "16"})
#: Prepositions whose object is the event's target when the verb has no direct object.
TARGET_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "at", "into", "from", "for")
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
#: CAMEO codes whose target is always another state's: complaining officially to its envoy
#: (summoning), reducing or breaking relations, expelling its diplomats.
FOREIGN_CODES = frozenset({"114", "161"})
#: Codes of measures a state takes against foreigners (embargoes, boycotts, sanctions).
ABROAD_CODES = frozenset({"163"})
#: Types whose act is done to another side, not to one's own people.
HOSTILE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "ACCUSE", "THREATEN", "REJECT"})
#: Force used by a crowd (civilians, strikers, students, opposition supporters) against the
#: state's people or buildings, or against no one named, is a riot (145): "a grid station
#: was attacked by a stone-throwing crowd", "crowds fought police".
CROWD_SECTORS = frozenset({"CVL", "LAB", "EDU", "OPP", "AGR"})
#: Traders, doctors, reporters and clergy who block a road obstruct it in protest too ("eight
#: merchants of the market were detained after they closed the passage").
TRADE_SECTORS = frozenset({"BUS", "HLH", "MED", "REL"})
CROWD_WORDS = frozenset("""crowd crowds mob mobs protester protesters demonstrator demonstrators rioter rioters
    student students striker strikers supporter supporters youth youths residents villagers""".split())
CROWD_FORCE_CODES = frozenset({"180", "182", "190", "1712"})
RIOT_CODE = "145"
ULTIMATUM_CODE = "139"
#: Verbs of an order that a time limit makes an ultimatum (`_within_deadline`).
ORDER_LEMMAS = frozenset({"order", "tell", "instruct", "direct", "demand"})
#: Units of a time limit ("within 30 days").
LIMIT_UNITS = frozenset({"hour", "day", "week", "month"})
END_STRIKE_CODE = "082"
#: Words of a strike's set length ("a 24-hour strike", "a one-day walkout").
DURATION_WORDS = frozenset({"hour", "day", "week"})
BLOCKADE_CODE, OBSTRUCT_CODE = "191", "144"
#: Verbs by which people take part in an event a noun names ("joined the march").
JOINING_VERBS = frozenset({"join", "attend"})
#: Prepositions before a country named as a place (`Coder._toponym_context`).
PLACE_PREPS = frozenset({"in", "into", "to", "across", "inside", "throughout", "within", "near", "around"})
#: Entity labels whose names are evidence for the merge (`Event.sentence_names`).
NAME_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "EVENT", "PERSON", "PRODUCT"})
CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december""".split())
#: Types whose passive "between X and Y" names both parties ("a pact signed between X and Y").
BETWEEN_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
#: Event types often held at a venue abroad: their city says nothing of who took part.
VENUE_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: ... and codes of other types held there too: signing a formal agreement (SUPPORT).
VENUE_CODES = frozenset({"057"})
#: Places a sentence names through a facility named after its city ("Funafuti International
#: Airport", "the Cebu Provincial Capitol"); palaces, squares, stations and streets often
#: carry another city's name ("Buckingham Palace", "Smolensk Square").
CITY_FACILITIES = frozenset({"airport", "airbase", "capitol", "market", "marketplace", "bazaar", "hospital",
                             "stadium", "prison", "jail", "courthouse", "port", "harbour", "harbor", "terminal"})
#: Verbs whose object event noun they date by their own day: the day it began or ended is
#: one of its days ("port workers ended a separate 48-hour strike").
BOUNDING_VERBS = frozenset({"end", "begin", "start", "conclude", "finish", "suspend", "halt"})

#: Verbs whose passive, with an event noun as subject, dates the act by the telling ("the
#: recall was announced on Tuesday", "the ban was ordered on Monday").
ANNOUNCED_ACT_VERBS = frozenset({"announce", "order", "decree", "confirm"})
#: Who acts for a state: "The foreign ministry accused Russia" is not Russia's ministry. (Its
#: opposition, strikers or citizens often act against their own state: they keep its country.)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: Sectors whose members act at home: a bare "police" or "strikers" in a city are that
#: country's (armed forces, rebels, refugees and organisations may well be foreign).
DOMESTIC_SECTORS = frozenset({"COP", "GOV", "JUD", "CVL", "LAB", "OPP", "MED", "HLH", "EDU", "BUS", "PTY", "LEG", "AGR"})


@dataclass
class DocResult:
    doc_id: str
    events: list[Event] = field(default_factory=list)
    reject: Reject | None = None


@dataclass
class _Context:
    doc: Document
    parsed: Doc
    memory: DocMemory
    attributor: DocAttributor
    countries: list[str]
    #: Events of the earlier sentences, for "the strikes hit ..." (see `_anaphoric_source`).
    events: list[Event] = field(default_factory=list)


class Coder:
    """Codes documents into events. Create once; it loads the model and data files."""

    def __init__(self, nlp: Language | None = None, *, batch_size: int = 32):
        # (the model's pipes, with its attribute ruler's rules found by look-up: the same
        # parse, about a tenth faster; `parse.attribute_table`)
        self.nlp = mend_opening_verbs(keep_whole_words(use_attribute_table(nlp or load_model())))
        self.batch_size = batch_size
        # The cyclic collector is paused while the data files load: the many new objects
        # would start its passes over everything loaded so far (a fifth of the load time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.codebook = Codebook.load()
            self.lexicon = Lexicon.load(self.codebook)
            self.complements = Complements.load(self.codebook)
            self.allegations = Allegations.load(self.codebook)
            self.nouns = NounLexicon.load(self.codebook)
            self.actors = ActorIndex.load()
            self.places = PlaceResolver(Gazetteer.load())
        finally:
            if collecting:
                gc.enable()
        # The model and the data stay for the whole run, and the collector's full passes
        # over them cost more than a second per 2,000 articles: collect, then freeze what
        # is left (`gc.freeze`: the collector does not look at it again). Once per `Coder`.
        gc.collect()
        gc.freeze()
        self.resolver = ActorResolver(self.actors, place_country=self._place_country)
        self._capital_ids: dict[str, int] = {}  # (`_is_capital`)
        #: The document's countries for reading its place names (`_toponym_context`).
        self._context: tuple[str, ...] = ()
        self._only_countries: dict[str, str | None] = {}

    def _toponym_context(self, parsed: Doc) -> tuple[str, ...]:
        """The countries a document names as places ("arrived in the Seychelles"), or
        through a sizeable place that only one country has ("Coquimbo"): the context in which
        its other place names are read ("Victoria" in a story on the Seychelles, "San Antonio"
        beside Coquimbo), before any actor is resolved. Not a country named as a party: "the
        talks in Geneva between the United States and Iran" are in Switzerland."""
        named: list[tuple[int, str]] = []
        names = self.actors.country_names
        for ent in doc_ents(parsed):
            if ent.label_ not in {"GPE", "LOC", "PERSON", "NORP", "ORG"}:
                continue
            iso = self._only_country(span_text(ent))
            # ("Crews from San Antonio, Quintero and Coquimbo": a name in a list of places;
            # "as far north as Coquimbo", tagged a nationality that none is; "in Galápagos",
            # tagged a location)
            if iso is not None and (ent.label_ in {"GPE", "LOC"} or _listed_with_place(ent) or (
                    ent.label_ == "NORP" and norm(span_text(ent)) not in self.actors.demonyms)):
                named.append((ent.start, iso))
            elif ent.label_ == "ORG" and len(words := [t for t in ent if t.pos_ != "DET"]) > 2 and words[0].pos_ == "PROPN" \
                    and words[0].dep_ == "compound" and (region := self._only_region(words[0].text)) is not None:
                # "the Sindh Growers' Action Committee": a body named after a first-level
                # region that one country alone has
                named.append((ent.start, region))
        tokens = doc_tokens(parsed)
        for tok in tokens:
            # a country named as where: "arrived in the Seychelles", "troops crossed into Mali"
            if (tok.dep_ == "pobj" and tok.text[:1].isupper() and tokens[tok.head_i].lower_ in PLACE_PREPS
                    and (iso := names.get(norm(span_text(entity_at(tok) or tok.doc[tok.i : tok.i + 1]))) or names.get(norm(tok.text)))):
                named.append((tok.i, iso))
            elif (tok.dep_ == "pobj" and tok.text[:1].isupper() and tokens[tok.head_i].lower_ in PLACE_PREPS
                  and (ent := entity_at(tok)) is not None and ent.label_ in {"GPE", "LOC"}
                  and (iso := self.actors.capitals.get(norm(span_text(ent))))):
                # a capital named as where: "officers in San Salvador detained 14", so that
                # "Santa Ana" beside it is El Salvador's
                named.append((tok.i, iso))
        return tuple(dict.fromkeys(iso for _, iso in sorted(named)))

    def _only_country(self, name: str) -> str | None:
        """The country of a place name that only one country has, with a place of 50,000 or
        more or a first-level region under it (cached), else None."""
        if name in self._only_countries:
            return self._only_countries[name]
        # (not a plain English name several countries' places have: "Southern Province")
        places = [place for place, primary in self.places.gazetteer.candidates(name) if primary and not generic_name(place, name)]
        # (or a first-level region of any size: "Galápagos")
        found = places[0].country if (len({p.country for p in places}) == 1
                                      and (max(p.population for p in places) >= HOME_CITY
                                           or any(p.feature == "admin1" for p in places))) else None
        if len(self._only_countries) > 50_000:
            self._only_countries.clear()
        self._only_countries[name] = found
        return found

    def _only_region(self, name: str) -> str | None:
        """The country of a first-level region named `name`, if the gazetteer's places of
        that name are all that country's and one is such a region, else None."""
        places = [place for place, primary in self.places.gazetteer.candidates(name) if not generic_name(place, name)]
        if len({p.country for p in places}) != 1 or not any(p.feature == "admin1" for p in places):
            return None
        return places[0].country

    def _sizeable(self, place: Place, countries: list[str]) -> bool:
        """A region, a city of 100,000 or more, a capital, or a place of a country the
        document names."""
        return (place.feature != "city" or place.population >= 100_000 or place.country in countries
                or self.places.capitals.get(place.country) == place.name)

    def _place_country(self, name: str, min_population: int = 100_000, cities_only: bool = False,
                       unique: bool = False, in_context: bool = False, sole: bool = False) -> str | None:
        """Country of a sizeable place named exactly (cities of `min_population`+ and regions,
        or only cities), read in the document's countries (`_toponym_context`); with `unique`,
        only a name that one country alone has (`_only_country`: not "Victoria"); with
        `in_context`, only a place in one of the document's countries, when it has some; with
        `sole`, only a name that the places of one country alone have, of any size."""
        place = self.places.best_place(name, self._context, primary_only=True)
        if place is None or (place.feature == "city" and place.population < min_population):
            return None
        if sole and len({p.country for p, primary in self.places.gazetteer.candidates(name) if primary}) > 1:
            return None
        if in_context and self._context and place.country not in self._context:
            return None
        if cities_only and place.feature != "city":
            return None
        if unique and self._only_country(name) != place.country:
            return None
        if self._context and place.country not in self._context:
            # ("the operators of daily tour boats of Santa Cruz" in a story on the Galápagos,
            # "the Shire-Zambezi waterway" in one on Mozambique and Malawi: a region's or a
            # town's name that other countries have too, none of them the story's, says no
            # one's country, unless one place of the name dwarfs the rest; a big city is its
            # own: "talks in Geneva" in a story on Iran, "a Lagos firm")
            sizes: dict[str, int] = {}
            for p, primary in self.places.gazetteer.candidates(name):
                if primary:
                    sizes[p.country] = max(sizes.get(p.country, 0), p.population)
            if len(sizes) > 1 and not (place.feature == "city" and place.population >= 150_000):
                top, second = sorted(sizes.values(), reverse=True)[:2]
                if top < 20 * second:
                    return None
        return place.country

    # -- public API -----------------------------------------------------------------------
    def code_text(self, text: str, *, doc_id: str = "doc", date: str | None = None) -> list[Event]:
        """Code one text and return its events (raises nothing for bad text: returns [])."""
        results = list(self.code_documents([Document(id=doc_id, text=text, date=date, origin=doc_id)]))
        return results[0].events if results else []

    def code_documents(self, items: Iterable[Document | Reject]) -> Iterator[DocResult]:
        """Code a stream of documents in input order; rejects pass through as results."""
        pending: list[DocResult] = []

        def accepted() -> Iterator[Document]:
            for item in items:
                if isinstance(item, Reject):
                    pending.append(DocResult(item.doc_id or "", reject=item))
                    continue
                ok, detail = english_check(item.text)
                if not ok:
                    pending.append(DocResult(item.id, reject=Reject(item.origin, Messages.NOT_ENGLISH.format(detail=detail), item.id)))
                    continue
                pending.append(DocResult(item.id))
                yield item

        # nlp.pipe reads ahead by a batch; `pending` keeps results in input order.
        for doc, parsed in parse_stream(self.nlp, accepted(), batch_size=self.batch_size):
            while pending and pending[0].reject is not None:
                yield pending.pop(0)
            result = pending.pop(0)
            try:
                result.events = self.code_parsed(doc, parsed)
            except Exception as exc:  # noqa: BLE001 (a fault of the coder's own on one text)
                # a bug met on one document rejects that document, with why; the rest of the
                # batch is coded and stored as usual
                detail = f"{type(exc).__name__}: {exc}"
                result.reject = Reject(doc.origin, Messages.CODER_FAULT.format(detail=detail), doc.id)
            yield result
        yield from pending

    def code_parsed(self, doc: Document, parsed: Doc) -> list[Event]:
        memory = DocMemory(date=doc.date, outlet=(doc.source, doc.url))
        parsed_from(parsed, doc.text)
        self._context = self._toponym_context(parsed)
        self.resolver.prepare(parsed, memory)
        countries = [m.actor.country for m in memory.mentions if m.kind == "country" and m.actor.country]
        countries += [iso for iso in self._context if iso not in countries]
        attributor = DocAttributor(parsed, doc.text, lambda heads: self._actors_for(memory, heads))
        ctx = _Context(doc, parsed, memory, attributor, countries)
        try:
            for index, sent in enumerate(parsed.sents):
                ctx.events.extend(self._code_sentence(ctx, index, sent))
        finally:
            release(parsed)
        country = _report_country(ctx.events)
        if country is None and ctx.events:
            # (no event names a country, but the report names one: "near the Kazakh oil town";
            # not one taken from a named group's: "presumed members of Boko Haram")
            derived = {m.token_i for m in memory.mentions if m.kind != "country"}
            named = {m.actor.country for m in memory.mentions if m.kind == "country" and m.token_i not in derived}
            named |= set(self._context)
            if not named and not any(a.country for ev in ctx.events for a in ev.source + ev.target):
                # (nor a country, nor a nationality: a first-level region only one country has,
                # "in the southern Westfjords", says where the report is)
                named = {iso for ent in doc_ents(parsed) if ent.label_ in {"GPE", "LOC"}
                         and (iso := self._only_region(span_text(ent))) is not None}
            if len(named) == 1:
                country = named.pop()
            elif not named and not any(a.country for ev in ctx.events for a in ev.source + ev.target):
                # (nothing at all: the place the report's own words point to, else its outlet's
                # country, "Kampala Nakasero Tribune" on interns who "laid down their tools")
                country = memory.home_country
        for ev in ctx.events:
            ev.report_country = country
        return ctx.events

    # -- sentences ------------------------------------------------------------------------
    def _code_sentence(self, ctx: _Context, index: int, sent: Span) -> list[Event]:
        preds = find_predicates(sent)
        by_verb = {p.verb.i: p for p in preds}
        matches = {p.verb.i: (None if _insists_on_a_fact(p.verb) or naming_clause(p.verb) is not None or _stopped_load(p)
                              else self.lexicon.match(p)) for p in preds}
        # an infinitive a pattern took in ("gave the diplomat 72 hours to leave") is its event
        handled: set[int] = {m.complement.i for m in matches.values() if m is not None and m.complement is not None}
        # ... and so is a word that a pattern took as its preposition's object though the
        # parser read it as a verb ("entered in strike the workers": no attack on workers)
        # (a bare noun the pattern names: not the act that "accused X of spying" tells)
        handled |= {m.prep_object.i for m in matches.values() if m is not None and m.prep_object is not None
                    and m.prep_object.i in by_verb and m.prep_object.tag_ != "VBG" and m.pattern.pobjs
                    and (m.prep_object.lower_ in m.pattern.pobjs or m.prep_object.lemma_.lower() in m.pattern.pobjs)}
        out: list[Event] = []
        for pred in preds:
            gov, family = self._governing_family(pred)
            if family is None or gov is None:
                continue
            if self._acts_on_hazard(pred):
                continue  # "agreed to fight forest fires together" is no threat of force
            own = matches.get(gov.i)
            if own is not None and own.complement is not None and own.complement.i == pred.verb.i:
                continue  # the governing verb's pattern took this infinitive in ("refused to work")
            if own is not None and own.pattern.objects and own.pattern.mode == "expel":
                # the governing verb with its object is an expulsion of its own, whatever
                # the complement ("ordered Argentine diplomats to leave its territory within
                # 72 hours"): the leaving is what the order says, not another event
                handled.add(pred.verb.i)
                continue
            if own is not None and own.pattern.objects and matches.get(pred.verb.i) is None:
                # the governing verb with its object is an event of its own, and the
                # complement none ("ordered two diplomats to leave the country"): the verb's
                continue
            handled.add(gov.i)
            m = matches.get(pred.verb.i)
            handled.add(pred.verb.i)
            out.extend(self._family_events(ctx, index, sent, family, gov, by_verb.get(gov.i), pred, m))
        made: dict[int, Event] = {}
        for pred in preds:
            m = matches.get(pred.verb.i)
            if m is None or pred.verb.i in handled:
                continue
            actors = pred.agents if pred.passive else pred.subjects
            if actors and all(self._hazard(a) for a in actors):
                continue  # "a cyclone battered the coast", "villages cut off by floods"
            if self._acts_on_hazard(pred):
                continue  # "firefighters fought the blaze"
            if _armed_with(pred):
                continue  # "drones charged with explosives"
            if _held_for_a_time(pred, m.code):
                continue  # "fishermen it had held for two months": a state, not an arrest
            ev = self._event(ctx, index, sent, pred, m, m.code)
            wanted = m.pattern.source_sectors
            if wanted and not any(self._sectors(a) & wanted for a in ev.source):
                # e.g. "leave <country>" is a withdrawal only for armed forces: the next
                # pattern that fits ("protest" by a government is an official complaint, by
                # farmers a demonstration)
                ev = None
                for alt in self.lexicon.ranked(pred)[1:]:
                    cand = self._event(ctx, index, sent, pred, alt, alt.code)
                    wanted = alt.pattern.source_sectors
                    if not wanted or any(self._sectors(a) & wanted for a in cand.source):
                        ev = cand
                        break
                if ev is None:
                    continue
            out.append(ev)
            made[pred.verb.i] = ev
        out = [ev for ev in out if not _told_by_its_subject(ev, made, by_verb) and not _prevented(ev, made, by_verb)]
        out = self._nominal_events(ctx, index, sent, out)
        out = _one_with_its_relative_clause(out, sent)
        events = _dedupe(_drop_given(_drop_carried(_drop_purpose_repeats(out, sent), made), made, sent))
        events += self._allegations(ctx, index, sent, events)
        for i, ev in made.items():
            # "12,000 had joined the march" (a verb pattern: join + protest)
            objects = [o for o in by_verb[i].objects if definite(o)] if i in by_verb else []
            if objects and sent.doc[i].lemma_.lower() in JOINING_VERBS:
                _take_part(ev, ctx.events)
        if events:
            named = self._sentence_places(ctx, sent)
            for ev in events:
                # a capital standing for its government ("Bogota and the ELN reached a truce")
                # is an actor, not a place the sentence names
                # (nor the place a party comes from: "negotiators from Waigani and Buka sat down")
                actors = {(a.start, a.end) for a in ev.source + ev.target}
                places = {place for start, end, place, origin in named if (start, end) not in actors
                          and not (origin is not None and any(a.start <= origin < a.end for a in ev.source + ev.target))
                          and not _of_an_earlier_act(sent, start, ev) and not _of_the_main_clause(sent, start, ev)
                          and not _of_a_later_conjunct(sent, start, ev)
                          and not _of_another_act(sent, start, ev, events)}
                loc = ev.location
                if loc is not None and loc.geonames_id and loc.admin1 and loc.country:
                    places.add((loc.geonames_id, loc.country))
                ev.sentence_places = sorted(places)
            names = self._sentence_names(sent)
            for ev in events:
                ev.sentence_names = names
        return events

    # -- events named by a noun -----------------------------------------------------------
    def _nominal_events(self, ctx: _Context, index: int, sent: Span, events: list[Event]) -> list[Event]:
        """Add the events that `sent` names with a noun ("the stoppage shut every station",
        see data/lexicon/nouns.yaml). A verb already coded with the noun's type keeps its
        event; a verb event of another type with no source of its own gives way, since its
        subject is an event, not an actor."""
        for nm in self.nouns.find(sent):
            plover = self.codebook[nm.code].plover_type
            if any(e.evidence.char_start <= nm.noun.idx < e.evidence.char_end and e.plover_type == plover for e in events):
                continue  # "talks were held": the verb's pattern already took the noun
            # ("the massacre was documented by a rights group": the verb's event is another)
            on_verb = [e for e in events if e.evidence.char_start <= nm.verb.idx < e.evidence.char_end]
            if any(e.plover_type == plover for e in on_verb):
                continue
            ev = self._nominal_event(ctx, index, sent, nm)
            if ev is None:
                continue  # (no event of the noun: the verb's own event stands)
            _joined(ev, nm, ctx.events + events)
            if nm.own_date:  # the noun is the verb's subject: the verb says what it did
                events = [e for e in events if not (e in on_verb and not e.source)]
            if nm.noun.dep_ in {"nsubj", "nsubjpass"} and nm.noun.head.i != nm.verb.i:
                # "the car bomb that tore through a checkpoint has shut the market": the main
                # verb's subject is the event, not an actor
                main = nm.noun.head
                events = [e for e in events if e.source or not e.evidence.char_start <= main.idx < e.evidence.char_end]
            events.append(ev)
        events = events + self._back_references(ctx, index, sent, events)
        return events + self._in_kind(ctx, index, sent, events)

    def _back_references(self, ctx: _Context, index: int, sent: Span, events: list[Event]) -> list[Event]:
        """Mentions of events the report has told, by a definite noun anywhere in `sent` ("the
        adherence to the strike reached 90 percent", `NounLexicon.back_references`): told as
        having happened, whatever the clause around the noun says of it ("the talks broke
        down during the strike")."""
        told = {e.plover_type for e in ctx.events if not e.negated and e.modality == "asserted"}
        if not told:
            return []
        # the sentence's tokens inside an event's evidence (token offsets rise: a bisection)
        starts = [t.idx for t in span_tokens(sent)] if events else []
        taken = {sent.start + k for e in events
                 for k in range(bisect_left(starts, e.evidence.char_start), bisect_left(starts, e.evidence.char_end))}
        out = []
        protest = next((e for e in reversed(ctx.events + events) if e.plover_type == "PROTEST" and not e.negated
                        and e.modality == "asserted"), None)
        if protest is not None:  # (else no need to read the sentence)
            for verb in (t for t in span_tokens(sent) if t.pos_ == "VERB" and t.i not in taken and _took_part(t)):
                # "Police put the crowd at 600, while organisers said more than 3,000 had taken
                # part": a part in the protest the report told
                stub = Predicate(verb=verb, lemma=verb.lemma_.lower(), subjects=[h for c in children_of(verb)
                                                                                 if c.dep_ == "nsubj" for h in np_heads(c)])
                ev = self._event(ctx, index, sent, stub, None, protest.cameo_code)
                ev.negated, ev.modality = False, "asserted"
                if not any(a.sectors for a in ev.source):
                    ev.source = [replace(a) for a in protest.source]
                ev.target = [replace(a) for a in protest.target]
                if ev.date.precision != "day" and protest.date.precision == "day":
                    ev.date = replace(protest.date)
                if ev.location is None and protest.location is not None:
                    ev.location = replace(protest.location)
                out.append(ev)
        told_codes = {e.cameo_code for e in ctx.events if not e.negated and e.modality == "asserted"}
        for nm in self.nouns.back_references(sent, lambda entry: self.codebook[entry.code].plover_type in told, taken,
                                             told_codes):
            plover = self.codebook[nm.code].plover_type
            if any(e.evidence.char_start <= nm.verb.idx < e.evidence.char_end and e.plover_type == plover for e in events):
                continue  # "The strikes hit radar sites": the verb's event is the noun's
            if self._hazard(nm.noun):
                continue  # ("animals affected by the explosion of Taal Volcano")
            if any(e.plover_type == plover and any(
                    (inner := subtree_of(p))[0].idx <= e.evidence.char_start < inner[-1].idx + len(inner[-1].text)
                    for p in children_of(nm.noun) if p.dep_ == "prep" and p.lower_ == "of") for e in events):
                continue  # ("left the explosion of a car bomb": the bomb is the event told)
            ev = self._nominal_event(ctx, index, sent, nm)
            if ev is not None:
                ev.negated, ev.modality = False, "asserted"
                _joined(ev, nm, ctx.events + events)
                out.append(ev)
        out += self._retold_participles(ctx, index, sent, events + out, taken)
        out += self._crowd_count(ctx, index, sent, events + out, taken)
        out += self._held_count(ctx, index, sent, events + out, taken)
        attack = next((e for e in reversed(ctx.events + events) if e.plover_type == "ASSAULT" and not e.negated
                       and e.modality == "asserted" and _counted_from(_token_at(sent.doc, e.evidence.char_start)) is None),
                      None)
        if any(e.plover_type == "ASSAULT" and _counted_from(_token_at(sent.doc, e.evidence.char_start)) is None
               for e in events + out):
            # (the sentence tells an attack already: "four soldiers died in the raid"; not one
            # it counts from: "two agents died, three days after criminals killed three policemen")
            attack = None
        if attack is not None:
            for verb in (t for t in span_tokens(sent) if t.pos_ == "VERB" and t.i not in taken
                         and (victims := _casualties(t)) is not None and _counted_from(t) is None):
                # "Gunmen attacked a gendarmerie post on Tuesday. Five gendarmes lost their lives":
                # the dead of the attack the report told
                stub = Predicate(verb=verb, lemma=verb.lemma_.lower(), objects=victims)
                ev = self._event(ctx, index, sent, stub, None, attack.cameo_code)
                ev.negated, ev.modality = False, "asserted"
                ev.source = [replace(a) for a in attack.source]
                ev.target = [a for a in self._actors(ctx, victims) if a.sectors or a.country] or [
                    replace(a) for a in attack.target]
                if ev.date.precision != "day" and attack.date.precision == "day":
                    ev.date = replace(attack.date)
                if ev.location is None and attack.location is not None:
                    ev.location = replace(attack.location)
                out.append(ev)
                break  # ("five gendarmes died and two were wounded": one telling)
        return out

    def _crowd_count(self, ctx: _Context, index: int, sent: Span, events: list[Event], taken: set[int]) -> list[Event]:
        """"Police put the crowd at about 2,500", "the strikers' number was closer to 250": a
        count of a crowd (`NounLexicon.crowd_count_verbs`, `crowd_nouns`), or taking part in
        nothing named ("Principals from Kilinochchi also took part"), retells the protest the
        report told last, within `RETOLD_WITHIN` sentences, with its code, day, place and
        sides; not in a sentence that tells a protest itself."""
        if any(e.plover_type == "PROTEST" for e in events):
            return []
        told = next((e for e in reversed(ctx.events) if e.plover_type == "PROTEST" and not e.negated
                     and e.modality == "asserted"), None)
        if told is None or index - told.sentence_index > RETOLD_WITHIN:
            return []
        counted_any = any(e.label_ in ("CARDINAL", "PERCENT") for e in sentence_ents(sent))  # ("the adhesion reached 90 percent")
        for verb in (t for t in span_tokens(sent) if t.i not in taken and t.lemma_.lower() == "take" and t.pos_ == "VERB"):
            # "Principals from Kilinochchi also took part", "crews had travelled to the city to
            # take part": taking part, in nothing named, is taking part in the told protest
            if (any(c.dep_ == "dobj" and c.lower_ == "part" and not any(g.dep_ == "prep" for g in children_of(c))
                    for c in children_of(verb)) and not any(c.dep_ == "prep" and c.lower_ in {"in", "at"}
                                                            for c in children_of(verb)) and not _is_negated(verb)):
                return [self._retelling(ctx, index, sent, Predicate(verb=verb, lemma="take"), told)]
        for verb in (t for t in span_tokens(sent) if t.i not in taken and t.lemma_.lower() == "participate" and t.pos_ == "VERB"):
            # "According to the organisers participated more than 4,000 persons" (translated,
            # the counted subject read as an object): participating, in nothing named, as
            # taking part
            if not any((c.dep_ == "prep" and c.lower_ != "according") or (c.dep_ == "dobj" and not any(
                    n.dep_ == "nummod" for n in children_of(c))) for c in children_of(verb)) and not _is_negated(verb):
                return [self._retelling(ctx, index, sent, Predicate(verb=verb, lemma="participate"), told)]
        for verb in (t for t in span_tokens(sent) if t.i not in taken and t.pos_ == "VERB"
                     and t.lemma_.lower() in self.nouns.crowd_arrival_verbs and not _is_negated(t)):
            # "more than 2,000 people came", "women fish vendors joined the crowd"
            counted = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.pos_ == "NOUN" and any(
                n.dep_ == "nummod" and n.ent_type_ == "CARDINAL" for n in children_of(c))]
            joined = [c for c in children_of(verb) if c.dep_ == "dobj" and self._crowd(c)]
            # (not "2,000 people came to the harbour festival": somewhere else; "had come from
            # across the region" is how far)
            if (counted and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"to", "for", "into", "at"})
                                    for c in children_of(verb))) or joined:
                return [self._retelling(ctx, index, sent, Predicate(verb=verb, lemma=verb.lemma_.lower(),
                                                                    objects=joined or counted), told)]
        for verb in (t for t in span_tokens(sent) if counted_any and t.i not in taken
                     and t.lemma_.lower() in self.nouns.crowd_count_verbs and t.pos_ in {"VERB", "AUX"}):
            args = [c for c in children_of(verb) if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
            # ("calculated in 4,000 the number of the manifestants", misparsed)
            args += [o for c in children_of(verb) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj"]
            counted = [a for a in args if self._crowd(a)]
            if not counted:
                continue
            return [self._retelling(ctx, index, sent, Predicate(verb=verb, lemma=verb.lemma_.lower(), objects=counted),
                                    told)]
        return []

    def _held_count(self, ctx: _Context, index: int, sent: Span, events: list[Event], taken: set[int]) -> list[Event]:
        """"Venezuela put the number of those held at 13", "the union put the number held at
        13": a count of the held (`HELD_LEMMAS`, with a verb of counting) retells the arrest
        the report told last, within `RETOLD_WITHIN` sentences; not in a sentence that tells
        an arrest itself."""
        if any(e.cameo_code.startswith("17") for e in events):
            return []
        told = next((e for e in reversed(ctx.events) if e.plover_type == "COERCE" and e.cameo_code.startswith("17")
                     and not e.negated and e.modality == "asserted"), None)
        if told is None or index - told.sentence_index > RETOLD_WITHIN:
            return []
        for verb in (t for t in span_tokens(sent) if t.i not in taken and t.pos_ == "VERB"
                     and t.lemma_.lower() in self.nouns.crowd_count_verbs):
            numbers = [c for c in children_of(verb) if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lemma_.lower() == "number"]
            owners = [t for n in numbers for t in [n, *(o for c in children_of(n) if c.dep_ == "prep" and c.lower_ == "of"
                                                       for o in children_of(c) if o.dep_ == "pobj")]]
            if not any(c.dep_ == "acl" and c.lemma_.lower() in HELD_LEMMAS for o in owners for c in children_of(o)):
                continue
            return [self._retelling(ctx, index, sent, Predicate(verb=verb, lemma=verb.lemma_.lower()), told)]
        return []

    def _in_kind(self, ctx: _Context, index: int, sent: Span, events: list[Event]) -> list[Event]:
        """"Kyrgyzstan declared a Tajik counsellor persona non grata, and Tajikistan answered in
        kind on Wednesday": answering "in kind" (or retaliating "for" it) does to the other
        side what the report told last (of `IN_KIND_TYPES`), with its own subject (else the told act's target) as the
        source and the told act's source as the target, on its own day."""
        doc = sent.doc
        for verb in span_tokens(sent):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in IN_KIND_VERBS:
                continue  # (the cheapest test first)
            in_kind = verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "in" and doc[verb.i + 2].lower_ == "kind"
            # (or retaliating for the act: "Belgrade retaliated on Wednesday for the expulsion")
            retaliated = verb.lemma_.lower() == "retaliate" and any(c.dep_ == "prep" and c.lower_ == "for"
                                                                   for c in children_of(verb))
            if (verb.pos_ != "VERB" or verb.lemma_.lower() not in IN_KIND_VERBS or not (in_kind or retaliated)
                    or _is_negated(verb) or verb.tag_ not in {"VBD", "VBN"}
                    or any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in children_of(verb))):
                continue  # (done: not "would respond in kind", "reserved the right to respond in kind")
            if any(e.evidence.char_start <= verb.idx < e.evidence.char_end for e in events):
                continue  # (coded already: "the army retaliated", an attack)
            told = next((e for e in reversed(ctx.events + events) if not e.negated and e.modality == "asserted"
                         and e.plover_type in IN_KIND_TYPES), None)
            if told is None:
                return []
            subjects = find_predicates(doc[verb.i : verb.i + 1])[0].subjects
            ev = self._event(ctx, index, sent, Predicate(verb=verb, lemma=verb.lemma_.lower(), subjects=subjects), None,
                             told.cameo_code)
            ev.negated, ev.modality, ev.plover_mode = False, "asserted", told.plover_mode
            source = [a for a in self._actors(ctx, [s for s in subjects if _usable(s)]) if a.known]
            ev.source = source or [replace(a) for a in told.target]
            ev.target = [replace(a) for a in told.source]
            return [ev]
        return []

    def _retelling(self, ctx: _Context, index: int, sent: Span, stub: Predicate, told: Event) -> Event:
        """A mention, on `stub`'s verb, of the event `told` earlier: its code, sides, day and
        place, asserted."""
        ev = self._event(ctx, index, sent, stub, None, told.cameo_code)
        ev.negated, ev.modality = False, "asserted"
        ev.source, ev.target = [replace(a) for a in told.source], [replace(a) for a in told.target]
        ev.date = replace(told.date)
        ev.location = replace(told.location) if told.location is not None else None
        return ev

    def _crowd(self, noun: Token) -> bool:
        """"the crowd", "the number of marchers", "the strikers' number"."""
        lemma = noun.lemma_.lower()
        if lemma in self.nouns.crowd_nouns:
            return lemma != "number"
        if lemma != "number":
            return False
        owners = [c for c in children_of(noun) if c.dep_ == "poss"]
        owners += [o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c)
                   if o.dep_ == "pobj"]
        return any(o.lemma_.lower() in self.nouns.crowd_nouns or o.lower_ in self.nouns.crowd_nouns for o in owners)

    def _retold_participles(self, ctx: _Context, index: int, sent: Span, events: list[Event], taken: set[int]) -> list[Event]:
        """A participle of `NounLexicon.retold_participles` before a definite noun ("The 23
        detained drivers are due in court on Thursday", "The expelled diplomat left") names
        the act of its type the report told last: that act's day, place and source, and the
        noun (or the told act's target) for its target. Not in a sentence that tells an act of
        that type itself, nor after a gap of more than `RETOLD_WITHIN` sentences (a digest of
        stories: "The detained American vessels were released", nine sentences after activists
        "jailed during protests in 2014")."""
        out: list[Event] = []
        for tok in span_tokens(sent):
            if tok.dep_ != "amod" or tok.i in taken or (lemma := self._participle_lemma(tok)) is None:
                continue
            head = tok.head
            if head.pos_ not in {"NOUN", "PROPN"} or not definite(head):
                continue
            stub = Predicate(verb=tok, lemma=lemma, passive=True, objects=[head])
            m = self.lexicon.match(stub)
            if m is None:
                continue
            plover = self.codebook[m.code].plover_type
            if any(e.plover_type == plover for e in events + out):
                continue
            told = next((e for e in reversed(ctx.events) if e.plover_type == plover and not e.negated
                         and e.modality == "asserted"), None)
            if told is None or index - told.sentence_index > RETOLD_WITHIN:
                continue
            ev = self._event(ctx, index, sent, stub, m, told.cameo_code)
            ev.negated, ev.modality = False, "asserted"
            ev.source = [replace(a) for a in told.source]
            # (the noun, unless it reads back to the doer: "the four abducted women" is not the
            # jihadists who shot six civilians)
            own = [a for a in self._actors(ctx, [head]) if a.sectors or a.country]
            doers = {a.code for a in told.source}
            ev.target = own if own and not any(a.code in doers for a in own) else [replace(a) for a in told.target]
            ev.date = replace(told.date)
            ev.location = replace(told.location) if told.location is not None else None
            out.append(ev)
        return out

    def _participle_lemma(self, tok: Token) -> str | None:
        """The verb of `NounLexicon.retold_participles` a participle is of, also when the
        tagger takes it for an adjective ("the four abducted women": lemma "abducted")."""
        if tok.tag_ == "VBN":
            lemma = tok.lemma_.lower()
            return lemma if lemma in self.nouns.retold_participles else None
        word = tok.lower_
        if tok.tag_ != "JJ" or not word.endswith("ed"):
            return None
        stems = [word[:-1], word[:-2]] + ([word[:-3]] if len(word) > 4 and word[-3] == word[-4] else [])
        return next((stem for stem in stems if stem in self.nouns.retold_participles), None)

    def _nominal_event(self, ctx: _Context, index: int, sent: Span, nm: NounMatch) -> Event | None:
        noun, entry = nm.noun, nm.entry
        source_heads: list[Token] = []
        target_heads: list[Token] = []
        casualties = False  # the target is the dead and hurt of the clause
        own_day = None
        inner = nm.of_object
        # "the cut in US aid to Uganda": the parties of the phrase `of_words` matched are the event's
        children = list(children_of(noun)) + ([c for c in children_of(inner) if c.dep_ != "prep" or c.lower_ != "of"]
                                          if inner is not None else [])
        for child in children:
            if child.dep_ in {"poss", "compound"} and child.ent_type_ in {"DATE", "TIME"}:
                # "Sunday's air raid" (a day found stays: "yesterday's 24-hour walkout" is not
                # undone by "hour")
                own_day = resolve_expression(child.text, ctx.doc.date) or own_day
            elif (child.dep_ == "poss" and entry.of_is_target and (child.pos_ in {"PRON", "NOUN"} or child.ent_type_ == "PERSON")
                  and not any(set(a.sectors) & STATE_SECTORS or (a.country and not a.sectors) for a in self._actors(ctx, [child]))):
                # "three days after their arrest", "the activist's release": who it was done
                # to (but "the government's detention of the activists", "its arrest of")
                target_heads.append(child)
            elif child.dep_ == "poss" or (child.dep_ in {"compound", "amod"} and child.ent_type_ in {"NORP", "GPE", "ORG"}):
                source_heads.append(child)
            elif (child.dep_ == "compound" and child.lemma_.lower() in self.actors.agents and child.head.i == noun.i
                  and not (entry.symmetric and (f"{child.lemma_.lower()} {noun.lemma_.lower()}" in entry.nouns
                                                or f"{child.lower_} {noun.lemma_.lower()}" in entry.nouns))):
                # "a teachers strike", "a police raid" (not "radio" in "the suspension of radio
                # stations"); but the parties of a "prisoner exchange" are named by "between"
                source_heads.append(child)
            elif child.dep_ == "appos" and child.ent_type_ in {"GPE", "NORP", "ORG"} and child.i == noun.i + 1:
                # "the deal Chile and Argentina reached": the clause's subject, parsed as an apposition
                source_heads += [h for h in np_heads(child) if _usable(h)]
            elif child.dep_ == "prep":
                word = child.lower_
                # (the phrase `of_words` matched is a party only through `source_preps`: "the
                # deployment of Indian troops")
                objs = [h for o in children_of(child) if o.dep_ == "pobj"
                        and (inner is None or o.i != inner.i or word in entry.source_preps)
                        for h in np_heads(o) if _usable(h)]
                if word == "by" or word in entry.source_preps:
                    source_heads += objs
                elif word == "between" and entry.symmetric:
                    source_heads += objs
                elif word == "with" and entry.symmetric:
                    target_heads += objs
                elif (word in entry.target_preps or (word == "of" and entry.of_is_target)
                      or (inner is not None and child.head.i == inner.i and word in TELLING_TARGET_PREPS | {"with", "between"})):
                    target_heads += [_posting(o, recall=entry.code.startswith("16")) for o in objs]
        if entry.symmetric and not source_heads:
            # "fighting erupted between government forces and the rebels"
            source_heads = [h for c in children_of(nm.verb) if c.dep_ == "prep" and c.lower_ == "between"
                            for o in children_of(c) if o.dep_ == "pobj" for h in np_heads(o) if _usable(h)]
        if not source_heads and noun.dep_ == "dobj" and noun.head.lemma_.lower() in DOER_VERBS:
            # "drivers ended a one-day strike", "the army halted its offensive": who ends,
            # stages or holds the event is who does it
            source_heads = [h for c in children_of(noun.head) if c.dep_ == "nsubj" for h in np_heads(c) if _usable(h)]
        if not source_heads:
            # "the march staged by teachers' unions", "the strike called by the union": who
            # stages or calls it, in a participle on the noun, does it (not "met by police")
            source_heads = [h for h in _participle_agents(noun) if _usable(h)]
        if (noun.dep_ == "pobj" and noun.head.lower_ == "in"
                and all(not h.ent_type_ and h.pos_ == "NOUN" and h.lemma_.lower() not in self.actors.agents
                        for h in target_heads)):
            # (also when what the noun names as hit is no party: "in an air raid on the town")
            # "nine soldiers died in the ambush", "lost their lives in the attack", "were
            # wounded in the raid": the dead and hurt are who it was done to (also the subject
            # of the verb a conjoined one follows: "Four soldiers lost the life and two more
            # resulted wounded in an ambush")
            told = [nm.verb] + ([nm.verb.head] if nm.verb.dep_ == "conj" else [])
            # (who was killed or wounded, not who killed: "gunmen killed six soldiers in an ambush")
            hurt = [h for v in told for c in children_of(v) if c.pos_ != "NUM" and (
                        (c.dep_ == "nsubj" and v.lemma_.lower() in DYING_LEMMAS)
                        or (c.dep_ == "nsubjpass" and v.lemma_.lower() in CASUALTY_LEMMAS))
                    for h in np_heads(c) if _usable(h)]
            target_heads = hurt or target_heads  # ("detained suspects in the attack against the convoy of ...")
            casualties = bool(hurt)
        if (not target_heads and noun.dep_ == "pobj" and noun.head.lower_ == "of"
                and (copula := target_of(noun.head)) is not None):
            # "the police station has been the target of an assault by armed bandits"
            target_heads = [h for c in children_of(copula) if c.dep_ == "nsubj" for h in np_heads(c) if _usable(h)]
        teller = _telling_clause(noun)
        if teller is not None:
            # "the accusation Yerevan aimed at Baku", "the ultimatum Turkey gave Sweden": the
            # clause's subject made the event, its indirect object or preposition took it
            if not source_heads:
                source_heads = [h for c in children_of(teller) if c.dep_ == "nsubj" for h in np_heads(c) if _usable(h)]
            if not target_heads:
                objects = [c for c in children_of(teller) if c.dep_ in {"dative", "dobj"} and c.i > teller.i]
                objects = [o for c in objects for o in ([p for p in children_of(c) if p.dep_ == "pobj"] if c.pos_ == "ADP" else [c])]
                target_heads = [h for c in objects for h in np_heads(c) if _usable(h)]
                target_heads += [h for c in children_of(teller) if c.dep_ == "prep"
                                 and (c.lower_ in entry.target_preps or c.lower_ in TELLING_TARGET_PREPS)
                                 for o in children_of(c) if o.dep_ == "pobj" for h in np_heads(o) if _usable(h)]
        source = self._actors(ctx, source_heads)
        target = self._owned_actors(ctx, target_heads)
        if entry.needs_of and not target:
            return None  # "the release of the report": only people are released
        prior = None
        code = nm.code
        if not source and (not target or casualties) and any(c.lower_ in {"the", "this", "these", "those"} or (
                c.dep_ == "poss" and c.lower_ in RECENT_DAYS) for c in children_of(noun)):
            # "the talks": the talks told earlier in this article (also "two soldiers died in
            # this attack": the attack told, its dead for the target)
            plover = self.codebook[nm.code].plover_type
            told = [e for e in reversed(ctx.events) if e.plover_type == plover and not e.negated]
            # (the act told as the main news before one told only as what it came after: "Bremen's
            # drivers went on strike on Friday, two days after Hamburg's walked out. The strike
            # was due to last until Saturday")
            told.sort(key=lambda e: _told_as_earlier(ctx.parsed, e.evidence.char_start))
            # (one of its CAMEO root first: "the attack" after an attack and a torching is the attack)
            prior = next((e for e in told if e.cameo_code[:2] == nm.code[:2]), told[0] if told else None)
            if entry.carrying is not None:
                # ("Fiji sent a navy ship loaded with water, after Australia airlifted supplies.
                # The vessel reached Funafuti": the delivery told with a vehicle)
                prior = next((e for e in told if any(w in entry.nouns for w in e.evidence.trigger.lower().split())), prior)
            if prior is None and code == BLOCKADE_CODE:
                # "the blockade lasted until dusk" after fishermen blocked a road: their
                # obstruction (144), not a siege
                prior = next((e for e in reversed(ctx.events) if e.cameo_code == OBSTRUCT_CODE and not e.negated), None)
                code = OBSTRUCT_CODE if prior is not None else code
            if prior is not None:
                source, target = [replace(a) for a in prior.source], target or [replace(a) for a in prior.target]
        if entry.needs_actor and not source and not target:
            return None  # "the charge d'affaires": no party, no event
        # the clause that tells the event gives its date and place ("the deal the two sides
        # signed in Addis Ababa on Monday"); a later verb of any kind does not ("the
        # accusation dominated talk shows in Islamabad")
        anchor = teller if teller is not None and not nm.own_date else nm.verb
        stub = Predicate(verb=anchor, lemma=anchor.lemma_.lower(), subjects=[noun])
        ev = self._event(ctx, index, sent, stub, None, code, role="noun")
        if anchor is nm.verb and not nm.own_date and ev.location is not None:
            # (a noun parsed as the sentence's head holds its verb: its phrase ends before it)
            last = max(t.i for t in noun.subtree if t.i < anchor.i) if anchor.i > noun.i else noun.right_edge.i
            phrase = ctx.doc.text[noun.left_edge.idx:noun.doc[last].idx + len(noun.doc[last].text)]
            if ev.location.text not in phrase:
                ev.location = None
        place_word = None
        if ev.location is None:
            # "the Pokhara protest", "Monday's Mombasa march": a city named before the noun
            mods = [c for c in children_of(noun) if c.dep_ in ("compound", "poss", "nmod")]
            # (or of its own modifier: "the Durban port walkout")
            mods += [g for c in mods if c.pos_ == "NOUN" for g in children_of(c) if g.dep_ == "compound"]
            for mod in (c for c in mods if c.pos_ == "PROPN"):
                if self.places.specific_place(mod.text, ctx.countries) is not None:
                    ev.location = self.places.resolve_toponym(mod.text, ctx.countries)
                    place_word = mod.text
                    break
        if entry.mode:
            ev.plover_mode = entry.mode
        if nm.effect_denied:
            ev.negated = False  # "the release has not ended the standoff": it took place
        counted = counted_date(noun.head, ctx.doc.date) if noun.dep_ == "pobj" else None
        if own_day is None:
            # "the talks on Monday", "the drone strike of 2 July", "the deal the two sides reached on Sunday"
            dated = [o for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "during", "of"}
                     for o in children_of(c) if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
            for told in (c for c in children_of(noun) if c.dep_ == "relcl" and (
                    c.lemma_.lower() in ("take", "happen", "occur", "begin", "start")
                    or any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in children_of(c)))):
                # "the attack, which took place on Sunday", "the strike, which began on Wednesday"
                # (or what the event did then: "the assault that hit two hamlets late on Monday")
                dated += [o for c in children_of(told) if c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "during"}
                          for o in children_of(c) if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
                dated += [c for c in children_of(told) if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"]
            for doer in (c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"}
                         and c.lemma_.lower() in DOER_VERBS | AGENT_PARTICIPLES):
                # "an ambush perpetrated the past Tuesday by narcoterrorist columns": the day
                # of the participle that carried it out
                dated += [c for c in children_of(doer) if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"]
                dated += [o for c in children_of(doer) if c.dep_ == "prep" and c.lower_ in {"on", "in", "during"}
                          for o in children_of(c) if o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"}]
            if noun.dep_ == "pobj" and noun.i + 1 < len(noun.doc) and noun.nbor().ent_type_ == "DATE" and (
                    noun.nbor().ent_iob_ == "B" and noun.head.lower_ not in ("after", "before")):
                # "unlike the Durban port walkout earlier this week": the day told right after
                # the noun is its own (the parser hangs it on the clause's verb)
                dated += [noun.nbor()]
            if (noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in ANNOUNCED_ACT_VERBS
                    and self.codebook[entry.code].plover_type != "PROTEST"):
                # "The recall was announced on Tuesday": a recall, an arrest or a ban is done
                # when it is announced (a strike announced on Tuesday may start next week)
                dated += [c for c in children_of(noun.head) if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"]
                dated += [o for c in children_of(noun.head) if c.dep_ == "prep" and c.lower_ == "on"
                          for o in children_of(c) if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
            if teller is not None:
                dated += [c for c in children_of(teller) if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"]
                dated += [o for c in children_of(teller) if c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "during"}
                          for o in children_of(c) if o.dep_ == "pobj" and o.ent_type_ == "DATE"]
            for o in dated:
                span = next((e for e in doc_ents(o.doc) if e.start <= o.i < e.end), None)
                own_day = resolve_expression(span.text if span is not None else o.text, ctx.doc.date)
                if own_day is None and o.ent_type_ == "TIME":
                    # "in the night of Wednesday to Thursday", tagged in three pieces
                    own_day = resolve_expression(span_text(o.doc[o.left_edge.i : o.right_edge.i + 1]), ctx.doc.date)
                if own_day is not None:
                    break
        if own_day is None and counted is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in BOUNDING_VERBS:
            # "two days after port workers ended a separate strike": the day it ended (or
            # began) is a day of the strike
            told = event_time(noun.head, ctx.doc.date)
            bound = None if told.future else told.date
            if bound is not None and (bound.precision == "day" or (
                    bound.precision == "range" and bound.start and bound.end
                    and (date.fromisoformat(bound.end[:10]) - date.fromisoformat(bound.start[:10])).days <= 3)):
                counted = bound  # (not "after dockers ended a walkout", any day of the week before)
        if own_day is not None:
            ev.date = own_day[0]
        elif counted is not None:
            ev.date = counted  # "two days after a march over the arrears turned violent"
        elif not nm.own_date:
            ev.date = EventDate(ctx.doc.date, ctx.doc.date, ctx.doc.date, "document", None)
        if prior is not None and ev.date.precision == "document" and prior.date.precision != "document":
            ev.date = replace(prior.date)  # "the talks" with no date of their own: the talks' date
        if prior is not None and ev.location is None and prior.location is not None:
            ev.location = replace(prior.location)  # ... and with no place of their own, their place
        if ev.attribution is not None:
            source = [self._speaker_side(a, ev.attribution) for a in source]
            target = [self._speaker_side(a, ev.attribution) for a in target]
        if place_word is not None:
            source = [a for a in source if a.text != place_word]  # (the city is where, not who)
        ev.source, ev.target = source, target
        # "car bomb exploded": the noun and the verb that says it happened
        end = nm.verb.idx + len(nm.verb.text) if nm.verb.i > noun.i and nm.own_date else nm.end
        ev.evidence = Evidence(nm.start, end, ctx.doc.text[nm.start:end])
        ev.event_id = event_id(ctx.doc.id, nm.start, end, code, "noun")
        return ev

    def _owned_actors(self, ctx: _Context, heads: Iterable[Token]) -> list[Actor]:
        """Actors of `heads`; a thing that names none stands for its owner ("the rejection of
        Russia's peace plan", "the Israeli proposal", "the ECOWAS timetable")."""
        out: list[Actor] = []
        for head in heads:
            found = self._actors(ctx, [head])
            if not found and head.pos_ == "NOUN":
                owners = [c for c in children_of(head) if c.dep_ == "poss" or (
                    c.dep_ in {"compound", "amod"} and c.ent_type_ in {"NORP", "GPE", "ORG"})]
                found = self._actors(ctx, owners)
            out += found
        return out

    def _envoy_state(self, head: Token) -> str | None:
        """The state an envoy is of: "the ambassador of Guinea", "the Guinean ambassador",
        "Guinea's ambassador" (not where they are posted)."""
        names = [c for c in children_of(head) if c.dep_ in {"amod", "compound", "poss"} and c.i < head.i]
        names += [o for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "of"
                  for o in children_of(p) if o.dep_ == "pobj"]
        for name in names:
            text = span_text(entity_at(name) or name.doc[name.i : name.i + 1])
            key = norm(text.removesuffix("'s").removesuffix("’s"))
            if iso := self.actors.country_names.get(key) or self.actors.demonyms.get(key):
                return iso
        return None

    def _countries_by_name(self, parsed: Doc) -> set[str]:
        """The countries the report names by name, nationality or capital (whatever the
        tagger took the name for: "Bolivia" tagged an organisation), not by a city or region."""
        found = set()
        for ent in doc_ents(parsed):
            words = norm(span_text(ent)).split()
            key = " ".join(words[:-1] + [words[-1].removesuffix("'s").removesuffix("\u2019s")]) if words else ""
            iso = self.actors.country_names.get(key) or self.actors.demonyms.get(key) or self.actors.capitals.get(key)
            if iso:
                found.add(iso)
        return found

    def _says_country(self, actor: Actor) -> bool:
        """The actor's own words name its country ("The Israeli government", "Kenya's
        police"): its country was not inferred from the story."""
        words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in norm(actor.text).split()]
        keys = words + [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
        return any(self.actors.demonyms.get(k) == actor.country or self.actors.country_names.get(k) == actor.country
                   for k in keys)

    def _sentence_names(self, sent: Span) -> list[str]:
        """The names (`Event.sentence_names`) of the sentence's entities of `NAME_LABELS`,
        normalised (`norm`, and without accents: "Moín"), without those that name a country, a
        nationality or a capital (a capital stands for its government as often as for a
        place), or that start with a day or month name. Also: acronyms the tagger left
        untagged ("SIK members"), the parts of a name it ran over a conjunction ("Easter if
        Royal Arctic Line"), and each rare word of a name of two words or more ("moin" of
        "the Terminal of Containers of Moín", "mwami" of "Mchinji-Mwami"; not
        `NounLexicon.generic_name_words`)."""
        parts: list[str] = []
        inside: set[int] = set()
        for ent in sentence_ents(sent):
            if ent.label_ not in NAME_LABELS:
                continue
            inside.update(range(ent.start, ent.end))
            # (a name the tagger ran over a conjunction is two: "Easter if Royal Arctic Line")
            cuts = [t.i for t in doc_tokens(ent.doc)[ent.start : ent.end]  # (iterating a span makes new tokens)
                    if t.pos_ in {"SCONJ", "CCONJ"} and t.is_lower and t.i > ent.start]
            bounds = [ent.start, *cuts, ent.end]
            parts += [span_text(ent.doc[a + (a in cuts) : b]) for a, b in zip(bounds, bounds[1:]) if b > a + (a in cuts)]
        # an acronym the tagger left out ("SIK members"), of three letters or more ("UN" and
        # "EU" name too much to tell one event)
        parts += [t.text for t in span_tokens(sent)
                  if t.i not in inside and len(t.text) >= 3 and t.text.isalpha() and t.text.isupper()]
        out = set()
        for part in parts:
            key = _unaccented(norm(part))  # (lower case, no leading "the", no possessive, no accents: "Moín")
            if (len(key) < 2 or key.split()[0] in CALENDAR_WORDS or key in self.actors.country_names
                    or key in self.actors.demonyms or key in self.actors.capitals):
                continue
            out.add(key)
            # a rare word of a name is a name too ("moin container terminal" and "terminal of
            # containers of moin")
            # (and each part of a hyphenated name: "mchinji-mwami" holds "mwami")
            words = key.replace("-", " ").split()
            if len(words) > 1:
                out.update(w for w in words if len(w) >= 4 and w.isalpha() and w not in self.nouns.generic_name_words
                           and w not in self.actors.country_names and w not in self.actors.demonyms
                           and w not in self.actors.capitals)
        return sorted(out)

    def _sentence_places(self, ctx: _Context, sent: Span) -> list[tuple[int, int, tuple[int, str], int | None]]:
        """Specific places (cities, regions) the sentence names anywhere (but a capital in its
        speaker's phrase: "Brazil's embassy in La Paz said"), as (start char, end
        char, (GeoNames id, country), origin): place entities, and lone names after "in", before a noun,
        as a subject or as a possessor ("Porto's bus drivers") that the tagger calls a person or
        an organisation but the gazetteer knows as a city of 50,000 or more. `origin` is the
        start char of the noun a place entity says people come from ("negotiators from Buka"),
        else None."""
        found: list[tuple[int, int, tuple[int, str], int | None]] = []
        for ent in sentence_ents(sent):
            head = doc_tokens(ent.doc)[ent.root.i]  # (read once, listed: `ent.root` makes a new token object)
            if _in_unreal_clause(head):
                continue  # ("threatened to extend the stoppage to Richards Bay": not where it was)
            if ent.label_ in {"GPE", "LOC", "FAC"} or (
                ent.label_ in {"PERSON", "ORG"} and len(ent) == 1 and head.dep_ in {"pobj", "compound", "nsubj", "poss"}
            ):
                # ("Kherson held a day of mourning", tagged as a person)
                text = span_text(ent)
                # ("the island of Tanna": not Thane, India, also called so; `ISLAND_WORDS`)
                island = head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in ISLAND_WORDS
                place = self.places.specific_place(text, ctx.countries, primary_only=island)
                if place is not None and (ent.label_ in {"GPE", "LOC"} or self._place_country(text, HOME_CITY)):
                    if in_speaker_phrase(head) and self._is_capital(place):
                        continue  # ("..., Brazil's embassy in La Paz said": where its speaker sits)
                    found.append((ent.start_char, ent.end_char, place, _origin_of(head)))
                    continue
            if ent.label_ in {"FAC", "LOC", "ORG"} and len(ent) > 1 and (
                    (root := head.lemma_.lower()) in CITY_FACILITIES or (root == "station" and "police" in {t.lower_ for t in ent})) and (
                    city := self.places.facility_city(ent, ctx.countries)) and self._sizeable(city, ctx.countries):
                # "touched down at Funafuti International Airport", "the Cebu Provincial
                # Capitol", "Chingola Central Police Station": the city it is named after (not
                # "Buckingham Palace", "the Smolensk Square": `CITY_FACILITIES`)
                found.append((ent.start_char, ent.end_char, (city.geonames_id, city.country), _origin_of(head)))
        tokens = doc_tokens(sent.doc)
        for tok in tokens[sent.start : sent.end]:  # (`span_tokens`; the listed neighbours below)
            if (tok.pos_ == "PROPN" and tok.lemma_.lower() in CITY_FACILITIES and not any(s <= tok.idx < e for s, e, _, _ in found)
                    and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(tok))):
                # "the Richards Bay Coal Terminal", tagged "Richards" and nothing else
                left = min(c.i for c in children_of(tok) if c.dep_ == "compound")
                name = tok.doc[left : tok.i + 1]
                if (city := self.places.facility_city(name, ctx.countries)) and self._sizeable(city, ctx.countries):
                    found.append((name.start_char, name.end_char, (city.geonames_id, city.country), _origin_of(tok)))
                continue
            # "workers from the Erdenet copper mine": a city's name, untagged, before a noun (not
            # first in the sentence, where any word has a capital: "Union leaders said")
            if (not tok.ent_type_ and tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.pos_ == "NOUN"
                    and tok.i > sent.start
                    and tok.i + 1 < len(tok.doc) and tokens[tok.i + 1].pos_ != "PROPN" and tokens[tok.i - 1].pos_ != "PROPN"
                    and self._place_country(tok.text, HOME_CITY)):
                place = self.places.specific_place(tok.text, ctx.countries)
                if place is not None:
                    found.append((tok.idx, tok.idx + len(tok.text), place, None))
        return found

    def _is_capital(self, place: tuple[int, str]) -> bool:
        """Is this (GeoNames id, country) its country's capital?"""
        found = self._capital_ids.get(place[1])
        if found is None:
            name = self.places.capitals.get(place[1])
            capital = self.places.best_place(name, [place[1]], primary_only=True) if name else None
            found = self._capital_ids[place[1]] = capital.geonames_id if capital is not None else 0
        return found == place[0]

    def _governing_family(self, pred: Predicate) -> tuple[Token | None, Family | None]:
        verb = pred.verb
        if (verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
                and _party_of_noun(verb.head) and self._told_noun(verb.head)):
            # "Azerbaijan's vow to take the corridor by force", "Nepal's appeal to India to
            # reopen the route": the noun of a complement verb governs the infinitive as the
            # verb does ("vowed to take", "appealed to India to reopen")
            lemma = verb.head.lemma_.lower()
            family = self.complements.family(NOUN_FAMILIES.get(lemma, lemma))
            if family is None or family.requires_prep.get(NOUN_FAMILIES.get(lemma, lemma)):
                return None, None
            return verb.head, family
        if (verb.dep_ not in {"xcomp", "ccomp"} and not _dated_infinitive(verb) and not _controlled_infinitive(verb)) \
                or verb.head.i == verb.i:
            return None, None
        gov = verb.head
        family = self.complements.family(gov.lemma_.lower())
        if family is None:
            return None, None
        if verb.dep_ == "ccomp" and family.name not in {"demand", "threaten"}:
            return None, None
        if verb.dep_ == "ccomp" and gov.lemma_.lower() == "insist" and _told_as_past(verb):
            return None, None  # ("police insist that only eleven were arrested": a claim)
        need = family.requires_prep.get(gov.lemma_.lower())
        if need and not any(c.dep_ == "prep" and c.lower_ in need for c in children_of(gov)):
            return None, None
        if family.name == "cease" and verb.tag_ != "VBG":
            return None, None
        return gov, family

    def _hazard(self, tok: Token, *, through_of: bool = True) -> bool:
        """A natural hazard ("the cyclone", "forest fires"; `through_of`: "three years of
        drought")."""
        hazards = self.nouns.hazards
        lemma = tok.lemma_.lower()
        return lemma in hazards or any(
            f"{c.lower_} {lemma}" in hazards for c in children_of(tok) if c.dep_ in {"compound", "amod"}) or (through_of and any(
                o.lemma_.lower() in hazards for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
                for o in children_of(c) if o.dep_ == "pobj"))

    def _acts_on_hazard(self, pred: Predicate) -> bool:
        """What is done only to a natural hazard is no political event ("fought the blaze";
        not "defended China's handling of the pandemic")."""
        acted_on = pred.subjects if pred.passive else pred.objects
        return bool(acted_on) and all(self._hazard(t, through_of=False) for t in acted_on)

    def _told_noun(self, noun: Token) -> bool:
        """Is the event of `noun` told as done: the subject of a verb or the sentence's head,
        or after "since", "after" and the like? Not the object of another verb ("declined a
        Costa Rican offer to mediate": the refusal is the event)."""
        if noun.dep_ in {"nsubj", "nsubjpass", "ROOT"}:
            return True
        return noun.dep_ == "pobj" and noun.head.lower_ in self.nouns.after_preps

    def _sectors(self, actor: Actor) -> set[str]:
        """An actor's sectors, for a pattern that asks for some: people named by their
        nationality alone ("thousands of Mauritians") are civilians."""
        words = actor.text.split()
        if actor.sectors or not actor.country or actor.code != actor.country or not words:
            return set(actor.sectors)
        last = words[-1]
        plural = last[:1].isupper() and last.endswith("s") and self.actors.demonyms.get(last[:-1].lower()) == actor.country
        if plural:
            return {"CVL"}
        # a state named by its name or its capital acts through its government ("Trinidad and
        # Tobago gave him 72 hours to leave")
        name = norm(actor.text[4:] if actor.text.lower().startswith("the ") else actor.text)
        named = self.actors.country_names.get(name) or self.actors.capitals.get(name)
        return {"GOV"} if named == actor.country else set()

    def _allegations(self, ctx: _Context, index: int, sent: Span, events: list[Event]) -> list[Event]:
        """"CDC officials claimed that ballot boxes had been stuffed": a wrong in a vote that
        a side says was done is its accusation (`lexicon/allegations.yaml`), when the
        sentence codes no accusation already."""
        if any(e.plover_type == "ACCUSE" for e in events):
            return []
        for verb in (t for t in span_tokens(sent) if t.pos_ == "VERB"):
            wrong = self.allegations.told_wrong(verb)
            if wrong is None:
                continue
            speakers = [h for c in children_of(verb) if c.dep_ == "nsubj" for h in np_heads(c)]
            if not speakers and verb.dep_ == "advcl" and verb.tag_ == "VBG":
                speakers = [h for c in children_of(verb.head) if c.dep_ == "nsubj" for h in np_heads(c)]
            if not speakers and (speech := find_speech(wrong)) is not None:
                speakers = list(speech.speakers)  # (a speaker the parser hung elsewhere)
            source = [a for a in self._actors(ctx, speakers) if a.known]
            if not source:
                continue  # (a resident who says so accuses no one we can name)
            doers = [h for c in children_of(wrong) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"
                     for h in np_heads(o)]
            ev = self._event(ctx, index, sent, Predicate(verb=verb, lemma=verb.lemma_.lower()), None,
                             self.allegations.code)
            ev.source, ev.target = source, [a for a in self._actors(ctx, doers) if a.known]
            ev.negated, ev.modality = False, "asserted"
            return [ev]
        return []

    def _fitting(self, ctx: _Context, pred: Predicate, m: Match | None) -> Match | None:
        """`m`, or the next pattern of the verb whose `source_sectors` fit its source (a
        government that "would retaliate" does not threaten force); None if none does."""
        if m is None or not m.pattern.source_sectors:
            return m
        for alt in (m, *self.lexicon.ranked(pred)[1:]):
            wanted = alt.pattern.source_sectors
            if not wanted or any(self._sectors(a) & wanted for a in self._sources(ctx, pred, alt)):
                return alt
        return None

    def _family_events(self, ctx: _Context, index: int, sent: Span, family: Family, gov: Token,
                       gov_pred: Predicate | None, pred: Predicate, m: Match | None) -> list[Event]:
        m = self._fitting(ctx, pred, m)
        comp_code = m.code if m else None
        if family.embedded == "self":
            if m is None:
                return []
            code = family.code_for(comp_code) if family.mapping else comp_code
            if family.name == "cease" and code == family.code:
                return []
            ev = self._event(ctx, index, sent, pred, m, code or m.code)
            if family.name == "intend":
                ev.modality = "intended"
            return [ev]
        code = family.code_for(comp_code)
        if code is None:
            return []
        if family.name == "promise" and gov.lemma_.lower() == "agree" and code.startswith("13"):
            # "Panama and Costa Rica agreed to set up joint checkpoints": what sides agree on
            # is an agreement, not a threat (one promises or vows force, not agrees to it)
            code = family.code or code
        matrix_pred = gov_pred or Predicate(verb=gov, lemma=gov.lemma_.lower())
        if gov.pos_ == "NOUN":
            # a noun governs: its possessive or "by" phrase is the subject, "to" the addressee
            matrix_pred.subjects = _party_of_noun(gov)
            matrix_pred.preps = [(c.lower_, o) for c in children_of(gov) if c.dep_ == "prep"
                                 for o in children_of(c) if o.dep_ == "pobj" for o in np_heads(o)]
            matrix_pred.objects = matrix_pred.pobjs("to")
        matrix = self._event(ctx, index, sent, matrix_pred, None, code, role="matrix")
        if gov.pos_ == "NOUN" and gov.dep_ != "ROOT" and gov.head.i != pred.verb.i:
            # the clause around the noun tells something later ("Azerbaijan's vow ... dominated
            # the session on Wednesday"): the vow is dated by the report
            matrix.date = EventDate(ctx.doc.date, ctx.doc.date, ctx.doc.date, "document", None)
        # ("called on Moscow", not "demanded on Monday")
        addressees = [o for o in [*matrix_pred.objects, *matrix_pred.pobjs("on"), *matrix_pred.pobjs("upon")] if _usable(o)]
        if family.name in {"appeal", "demand"} and not addressees and pred.verb.dep_ == "ccomp":
            addressees = list(pred.subjects)  # "demanded that the commission conduct a recount"
        if family.name in {"appeal", "demand"} and addressees:
            matrix.target = self._actors(ctx, addressees)
        elif m is not None:
            matrix.target = self._targets(ctx, pred, m)
        else:  # "offered to send medical teams to Somalia"
            matrix.target = self._actors(ctx, [h for h in self._prep_target(pred, None) if _usable(h)])
        if (family.name == "demand" and gov.lemma_.lower() == "order" and m is not None and m.code.startswith("0841")
                and pred.verb.tag_ in {"VBN", "VBD"} and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(pred.verb))
                and not matrix.negated and any("JUD" in a.sectors for a in matrix.source)):
            # "The judge ordered the drivers freed pending trial": a court's order frees them
            # (as "ordered the release of"), one event (but "ordered police to release the
            # journalists" is an order to someone, the release only demanded)
            freed = self._event(ctx, index, sent, pred, m, m.code, role="embedded")
            freed.source = matrix.source
            freed.target = [a for a in freed.target if a.known] or matrix.target
            freed.modality, freed.attribution = matrix.modality, matrix.attribution
            if freed.date.precision == "document":
                freed.date = matrix.date
            return [freed]
        events = [matrix]
        if m is not None and family.embedded == "negated" and m.pattern.negated_code is not None:
            return events  # ("refused to accept the result": the refusal is the rejection)
        if m is not None and family.embedded in {"demanded", "intended", "negated"}:
            inner = self._event(ctx, index, sent, pred, m, m.code, role="embedded")
            if family.embedded == "negated":
                inner.negated = True
            else:
                inner.modality = family.embedded
            if matrix.attribution is not None:
                inner.attribution = matrix.attribution  # the original source is never lost
            elif matrix.source:
                inner.attribution = Attribution(matrix.source[0], gov.lemma_.lower(), None, False)
            events.append(inner)
        return events

    # -- one event ------------------------------------------------------------------------
    def _event(self, ctx: _Context, index: int, sent: Span, pred: Predicate, m: Match | None,
               code: str, role: str = "") -> Event:
        verb = pred.verb
        denial = m is not None and m.pattern.negated_code is not None and code == m.code and pred.negated
        if denial:
            code = m.pattern.negated_code  # ("does not recognise the results": a rejection)
        info = self.codebook[code]
        start = verb.idx
        end = verb.idx + len(verb.text)
        trigger = verb.text
        noun = self._event_noun(ctx, m)
        if noun is not None:
            obj = noun
            start, end = min(start, obj.idx), max(end, obj.idx + len(obj.text))
            trigger = ctx.doc.text[start:end]
        source = self._sources(ctx, pred, m) or self._anaphoric_source(ctx, pred, info.plover_type)
        target = self._targets(ctx, pred, m) if m is not None else []
        if info.plover_type == "MOBILIZE":
            # "Russia deployed troops": the forces moved are the source's own, not a target.
            home = {a.country for a in source}
            target = [a for a in target if not (set(a.sectors) & {"MIL", "COP"} and (a.country is None or a.country in home))]
        mod = modality_of(verb)
        if not mod.negated and role != "noun" and pred.verb.pos_ == "VERB" and _no_one(pred.verb):
            mod = replace(mod, negated=True)  # "no persons were detained", "nobody was hurt"
        attribution = ctx.attributor.attribute(verb)
        if attribution is not None:
            source = [self._speaker_side(a, attribution) for a in source]
            target = [self._speaker_side(a, attribution) for a in target]
        if (code == "161" and not pred.passive and m is not None and m.pattern.mode != "expel" and source
                and all(a.country is None or a.country_inferred for a in source)):
            # "The government recalled the Bangladeshi ambassador in Myanmar": a recalling
            # government is the envoy's own
            own = [a.country for h in pred.objects if h.lemma_.lower() in ENVOY_NOUNS
                   for a in self._actors(ctx, [h]) if a.country and _names_envoy(a)]
            if own:
                source = [replace(a, country=own[0], country_inferred=False, code=own[0] + (a.sectors[0] if a.sectors else ""))
                          for a in source]
        if (code == "161" and pred.passive and not source and m is not None and m.pattern.mode != "expel"
                and m.pattern.objects and any(a.country and _names_envoy(a) for a in target)):
            # "the Colombian envoy ... hours after being recalled": the envoy's own state
            # recalled them; the state they were posted to is not named here
            home = next(a.country for a in target if a.country and _names_envoy(a))
            rec = self.actors.countries.get(home)
            source = [Actor(rec.name if rec else home, rec.name if rec else None, home, [], home, rec.wikidata if rec else None)]
            target = []
        if m is not None and m.pattern.mode == "expel" and pred.passive and not source:
            # "a Kyrgyz diplomat was expelled from Dushanbe", "was ordered out of Lithuania":
            # the state the capital or country of "from" ("out of") stands for expelled them
            places = [o for o in pred.pobjs("from") + pred.pobjs("out") if o.pos_ == "PROPN" or o.ent_type_ == "GPE"]
            expeller = [a for a in self._actors(ctx, places) if a.country and set(a.sectors) <= {"GOV"}]
            if expeller:
                # (no state expels its own diplomat: a target of the capital's country is a
                # bare "the first secretary" given the wrong country from the story)
                source = expeller[:1]
                target = [a for a in target if a.country != expeller[0].country]
        if m is not None and m.pattern.mode == "expel" and source:
            # no state expels its own diplomat: "Lima ordered the official, the embassy's
            # second-ranking diplomat, to leave" took Peru from the story; the diplomat is of
            # the one other country the report names, if it names just one; but a source
            # whose country is only the story's does not outrank a diplomat's stated
            # nationality ("A Venezuelan diplomat has until Saturday ... after the Ministry of
            # Foreign Affairs ordered him out")
            for actor in source:
                if not actor.name and not self._says_country(actor) and any(
                        t.country == actor.country and not t.country_inferred
                        and (self._says_country(t) or t.text.lower() in {"him", "her", "them"}) for t in target):
                    actor.country, actor.country_inferred = None, False
                    actor.code = actor.sectors[0] if actor.sectors else None
            own = {a.country for a in source if a.country}
            for actor in target:
                if actor.country in own and not actor.name and not self._says_country(actor):
                    others = self._countries_by_name(ctx.parsed) - own
                    actor.country = next(iter(others)) if len(others) == 1 else None
                    actor.code = ((actor.country or "") + (actor.sectors[0] if actor.sectors else "")) or None
        if (code == "161" and m is not None and m.pattern.mode != "expel" and source
                and all(a.sectors and set(a.sectors) <= STATE_SECTORS and not a.country for a in source)
                and (home := next((iso for o in pred.objects if o.lemma_.lower() in ENVOY_NOUNS
                                   for iso in [self._envoy_state(o)] if iso), None))):
            # "The Ministry of Foreign Affairs ... has recalled the ambassador of Guinea in
            # Freetown": a ministry recalls its own state's envoy
            for actor in source:
                actor.country, actor.code = home, home + actor.sectors[0]
        if info.plover_type in HOSTILE_TYPES and source and target:
            target = self._main_subject_owner(ctx, verb, source, target)
        if any(a.country and a.text.lower().rsplit(" ", 1)[-1] in COUNTERPART_NOUNS and self._says_country(a)
               for a in target):
            # "The minister received his Jordanian counterpart": the host is no Jordanian,
            # whatever country the story's other lines gave the minister
            for actor in source:
                if (not actor.name and actor.country in {a.country for a in target}
                        and not self._says_country(actor)):
                    actor.country, actor.country_inferred = None, False
                    actor.code = actor.sectors[0] if actor.sectors else None
        if code[:3] in FOREIGN_CODES:
            # a state recalls or withdraws its own envoy from another: "Colombia withdrew its
            # ambassador" has no known target, not Colombia (nor has "the government recalled
            # the ambassador", where the report gave both the same country)
            own = {a.country for a in source if a.country}
            target = [a for a in target if not (a.country in own and not a.name and (
                a.text.split(" ", 1)[0].lower() in {"its", "their"}
                or (code == "161" and _names_envoy(a) and not self._says_country(a)
                    and (m is None or m.pattern.mode != "expel"))))]
        if code[:3] in ABROAD_CODES:
            # a state's sanctions fall on foreigners: "Switzerland froze the assets of eight
            # people" are no Swiss people for a country inferred from the report
            own = {a.country for a in source if a.country}
            for actor in target:
                if actor.country_inferred and actor.country in own:
                    actor.country, actor.country_inferred = None, False
                    actor.code = actor.sectors[0] if actor.sectors else None
        if (code in CROWD_FORCE_CODES and source
                and all(a.sectors and set(a.sectors) <= CROWD_SECTORS and not a.name
                        and CROWD_WORDS & set(a.text.lower().replace("-", " ").split()) for a in source)
                and all(not a.sectors or set(a.sectors) <= STATE_SECTORS for a in target)):
            code, info = RIOT_CODE, self.codebook[RIOT_CODE]
        if (code.startswith("10") and pred.lemma in ORDER_LEMMAS
                and _within_deadline([verb] + ([m.complement] if m is not None and m.complement is not None else [])
                                     + [c for c in children_of(verb) if c.dep_ in {"xcomp", "ccomp"} or _controlled_infinitive(c)])):
            # "ordered more than 40 clubs to remove the structures within 30 days": an order
            # with a time limit is an ultimatum
            code, info = ULTIMATUM_CODE, self.codebook[ULTIMATUM_CODE]
        if (code == END_STRIKE_CODE and m is not None and m.event_object is not None
                and (strike := self.nouns.protest_code(m.event_object)) is not None and strike in self.codebook
                and _ran_its_course(pred, m.event_object)):
            # "drivers ended a one-day strike", "the strike was ended at midnight as planned":
            # a strike of set length that ends is the strike told, not a concession
            code, info = strike, self.codebook[strike]
        if (code == BLOCKADE_CODE and source
                and all(a.sectors and set(a.sectors) <= CROWD_SECTORS | TRADE_SECTORS and not a.name for a in source)):
            # "farmers with tractors blocked the accesses to the port": civilians blocking a
            # way obstruct it in protest (144), they lay no siege
            code, info = OBSTRUCT_CODE, self.codebook[OBSTRUCT_CODE]
        # (a capital stands for its state as a whole: "gave Tripoli ten days")
        bare = {a.country for a in target if a.country and (not a.sectors or code[:3] in FOREIGN_CODES
                                                             or self.actors.capitals.get(norm(a.text)) == a.country)}
        for actor in source:
            if (actor.country in bare and set(actor.sectors) & STATE_SECTORS and not actor.name
                    and not self._says_country(actor)):
                # "The foreign ministry accused Russia" in an article about Russia: the
                # ministry's country was inferred from the story, and no state's officials
                # act against their own state as a whole; nor does a state expel or summon its
                # own envoys ("the ministry summoned the French ambassador")
                actor.country, actor.country_inferred = None, False
                actor.code = actor.sectors[0]
        when = event_time(verb, ctx.doc.date)
        if (when.date.text is None and m is not None and m.complement is not None
                and m.pattern.mode != "expel" and m.complement.dep_ != "advcl"):
            # "refused to work on Tuesday" (not "asked to leave within 72 hours": a deadline;
            # nor a purpose, "went to court to overturn the win in a by-election last week");
            # also over a day only inferred for the verb ("after police let them go on Thursday")
            told = event_time(m.complement, ctx.doc.date)
            if (when.date.precision == "document" or told.date.text is not None) and not (
                    told.future and verb.tag_ == "VBD"):
                # (not a deadline the infinitive is given: "ordered miners to stop work within
                # 14 days" was ordered on its own day)
                when = told
        if (when.date.precision == "document" and m is not None and m.event_object is not None
                and (day := next((c for c in children_of(m.event_object) if c.dep_ in {"poss", "npadvmod", "compound"}
                                  and c.ent_type_ == "DATE" and c.i < m.event_object.i
                                  and (pred.lemma in JOINING_VERBS or (c.lower_ == "yesterday" and c.dep_ != "poss"))),
                                 None)) is not None):
            # "joined yesterday's march in the capital": the day the event noun's own
            # (the verb tells the event of its noun); and a bare "yesterday" before the
            # noun is the verb's, misread ("The cabinet has yesterday sanctions imposed")
            span = entity_at(day)
            if (found := resolve_expression(span_text(span) if span is not None else day.text, ctx.doc.date)) is not None:
                when = TimeResult(found[0], found[1])
        if when.date.precision == "document" and mod.modality in {"intended", "possible", "demanded"}:
            # A wish, demand or possibility exists when it is stated: "Last week, X told Y
            # that Pakistan wants to cooperate" dates the intention to last week.
            speech = find_speech(verb)
            if speech is not None and speech.verb.pos_ in {"VERB", "AUX"}:
                when = event_time(speech.verb, ctx.doc.date)
        modality = mod.modality
        if modality == "asserted" and when.future:
            modality = "future"
        if (not role and modality in {"possible", "future"} and not mod.negated and not pred.passive
                and info.quad_class == 4 and attribution is not None
                and (_own_side(source, attribution.speaker) or _speaks_for_condition(source, attribution.speaker, sent))):
            # "A ministry spokeswoman said Russia could halt imports of Moldovan wine": what a
            # side says it could or would do to another in force or sanctions is a threat,
            # made when it is said
            threat = self.complements.family("threaten")
            new_code = threat.code_for(code) if threat is not None else None
            if new_code is not None and new_code in self.codebook:
                code, info, modality = new_code, self.codebook[new_code], "asserted"
                speech = find_speech(verb)
                if speech is not None and speech.verb.pos_ in {"VERB", "AUX"}:
                    when = event_time(speech.verb, ctx.doc.date)
        # (a clause the parser hung on another with "N days after" is of its own subject's
        # place: "ambushed a patrol near Ayorou, four days after an attack on a base at Tera
        # killed six")
        place = ((after_phrase(verb) is not None and self._subject_place(ctx, pred, ctx.countries))
                 or self.places.event_location(verb, ctx.countries) or self._subject_place(ctx, pred, ctx.countries)
                 or self.places.the_capital(verb, ctx.memory.home_country))
        actor_countries = [a.country for a in source + target if a.country]
        if place is not None and place.location.country not in actor_countries and actor_countries and not self._major(place):
            # the event's own actors' countries first: "Nouakchott lifted the closure at Rosso"
            # is Rosso in Mauritania, even in an article that names Senegal first (but Dhaka is
            # the capital of Bangladesh whoever holds talks there)
            context = list(dict.fromkeys(actor_countries + ctx.countries))
            alt = self.places.event_location(verb, context) or self._subject_place(ctx, pred, context)
            if alt is not None and alt.location.text == place.location.text:
                place = alt
        if place is not None and code[:2] in PLACELESS_ROOTS and any(a.text == place.location.text for a in source + target):
            place = None  # "Iran was hit with new sanctions": the target, not where it happened
        confidence = 0.45 + 0.05 * min(m.pattern.specificity if m else 1, 4)
        confidence += 0.15 if any(a.known for a in source) else 0.0
        confidence += 0.1 if any(a.known for a in target) else 0.0
        confidence -= 0.1 if pred.implicit_subject else 0.0
        location = None
        if place is not None:
            location = place.location
            confidence -= 0.1 * (1.0 - place.confidence)
            if (location.country and location.geonames_id and location.admin1 and info.plover_type not in VENUE_TYPES
                    and code not in VENUE_CODES):
                # "Police arrested 20 protesters in Izmir": police, protesters, strikers or
                # officials acting in a city are that country's, as a reader takes them
                # (but talks and deals are often held abroad: "the two foreign ministers
                # sat down together in Geneva")
                for actor in source + target:
                    if actor.country is None and actor.sectors and set(actor.sectors) <= DOMESTIC_SECTORS and not actor.name:
                        actor.country, actor.country_inferred = location.country, False
                        actor.code = location.country + actor.sectors[0]
        return Event(
            event_id=event_id(ctx.doc.id, start, end, code, role),
            doc_id=ctx.doc.id,
            sentence_index=index,
            sentence=span_text(sent).strip(),
            evidence=Evidence(start, end, trigger),
            plover_type=info.plover_type or "",
            plover_mode=(m.pattern.mode if m is not None and m.pattern.mode and m.code == code else info.plover_mode),
            plover_context=list(info.plover_context),
            cameo_code=code,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            source=source,
            target=target,
            negated=mod.negated and not denial,
            modality="asserted" if denial else modality,  # ("will not accept the result": refused now)
            attribution=attribution,
            date=when.date,
            location=location,
            confidence=max(0.05, min(confidence, 0.95)),
        )

    def _main_subject_owner(self, ctx: _Context, verb: Token, source: list[Actor], target: list[Actor]) -> list[Actor]:
        """"Belarus vowed to retaliate after Brussels blacklisted 11 of its officials": a
        hostile act's target owned by "its"/"their" is not the actor's own people but the main
        clause subject's, when that subject is of another country."""
        own = {a.country for a in source if a.country}
        if not own or not all(t.country in own and {"its", "their"} & set(t.text.lower().split()) for t in target):
            return target
        clause = verb
        while clause.dep_ not in ("advcl", "ccomp", "pcomp") and clause.head.i != clause.i and clause.dep_ != "ROOT":
            clause = clause.head
        main = clause.head if clause.dep_ == "advcl" else (clause.head.head if clause.dep_ == "pcomp" else None)
        if main is None or main.i == clause.i:
            return target
        for _ in range(3):  # ("vowed to retaliate after ...": the infinitive's subject is the vow's)
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(main)) or main.dep_ not in ("xcomp", "conj"):
                break
            main = main.head
        subjects = [h for c in children_of(main) if c.dep_ in ("nsubj", "nsubjpass") for h in np_heads(c)]
        owners = [a for a in self._actors(ctx, subjects) if a.country and a.country not in own]
        if not owners:
            return target
        country = owners[0].country
        return [replace(t, country=country, code=country + (t.sectors[0] if t.sectors else "")) for t in target]

    def _major(self, place: PlaceResult) -> bool:
        """Is the place a big city (500,000+ people) or a country's capital, which a
        same-named town elsewhere does not displace?"""
        loc = place.location
        if any(self.actors.capitals.get(norm(t)) == loc.country for t in (loc.text, loc.name) if t):
            return True
        return any(p.geonames_id == loc.geonames_id and p.population >= BIG_CITY
                   for p, _ in self.places.gazetteer.candidates(loc.name or loc.text))

    def _subject_place(self, ctx: _Context, pred: Predicate, context: list[str]) -> PlaceResult | None:
        """"A court in Kampala sentenced ...": a place that locates the actor in the event's
        own clause locates the event, with a little less confidence."""
        for subj in pred.subjects + pred.agents:
            # ("a march on the parliament in Kathmandu": the place of what it is aimed at)
            inner = [c for p in children_of(subj) if p.dep_ == "prep" and p.lower_ in {"on", "against", "to"}
                     for o in children_of(p) if o.dep_ == "pobj" and o.pos_ == "NOUN" for c in children_of(o)]
            for child in [*children_of(subj), *inner]:
                if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
                    # ("police in El Salvador's second city, Santa Ana": the city's name)
                    objs = [a for o in children_of(child) if o.dep_ == "pobj" and o.pos_ == "NOUN"
                            and o.lemma_.lower() in SETTLEMENT_NOUNS for a in children_of(o)
                            if a.dep_ == "appos" and a.ent_type_ in {"GPE", "LOC"}]
                    for obj in [*objs, *children_of(child)]:
                        # (the country that owns the city: "El Salvador's second city")
                        owner = [iso for p in (children_of(obj.head) if obj.dep_ == "appos" else ())
                                 if p.dep_ == "poss"
                                 for iso in [self.actors.country_names.get(norm(span_text(entity_at(p) or p.doc[p.i : p.i + 1])))]
                                 if iso]
                        if obj.dep_ in {"pobj", "appos"} and (obj.ent_type_ in {"GPE", "LOC", "FAC"} or (
                                obj.pos_ == "PROPN" and obj.ent_type_ in {"", "ORG"}
                                and child.head.lemma_.lower() in PLACE_NOUNS)):
                            # (or a name the tagger missed on a place noun: "an attack on a
                            # base at Tera")
                            ent = entity_at(obj)
                            text = ent.text if ent is not None else obj.text
                            loc = self.places.resolve_toponym(text, [*owner, *context])
                            if loc is not None:
                                return PlaceResult(loc, 0.8, "subject")
        return None

    @staticmethod
    def _anaphoric_source(ctx: _Context, pred: Predicate, plover_type: str | None) -> list[Actor]:
        """"US warplanes struck Houthi targets. The strikes hit radar sites": a definite
        event noun as subject ("the strikes", "the attack") is the event told before, so its
        actors are the source of the last earlier event of the same type."""
        subjects = [s for s in pred.subjects if not pred.passive]
        if not subjects or not all(
            s.lemma_.lower() in ANAPHORIC_EVENT_NOUNS and any(c.lower_ in {"the", "these", "those", "this"} for c in children_of(s))
            for s in subjects
        ):
            return []
        prior = next((e for e in reversed(ctx.events) if e.plover_type == plover_type and e.source), None)
        return [replace(a) for a in prior.source] if prior is not None else []

    def _actors(self, ctx: _Context, heads: Iterable[Token]) -> list[Actor]:
        return self._actors_for(ctx.memory, heads)

    def _actors_for(self, memory: DocMemory, heads: Iterable[Token]) -> list[Actor]:
        found: list[tuple[Token, Actor]] = []
        coded: set[int] = set()
        for head in heads:
            for actor in self.resolver.resolve(head, memory):
                if _first_person(head):
                    actor.text = head.text
                if actor.code is None and head.dep_ == "conj" and _conj_root(head).i in coded:
                    continue  # ("the Minister of Foreign Affairs, Cooperation and Regional Integration": a ministry's long name)
                if actor.code is not None:
                    coded.add(head.i)
                found.append((head, actor))
        # "Tram and bus drivers": a bare word coordinated with a compound's first word shares
        # the noun; it is no actor of its own beside the coded drivers
        return [actor for head, actor in found if actor.code is not None or not _shares_noun(head, coded)]

    def _sources(self, ctx: _Context, pred: Predicate, m: Match | None) -> list[Actor]:
        if m is not None and m.pattern.source in {"prep", "prep_of"} and m.prep_object is not None:
            heads = [m.prep_object]
            if m.pattern.source == "prep_of":
                heads = [o for c in children_of(m.prep_object) if c.dep_ == "prep" and c.lower_ == "of"
                         for o in children_of(c) if o.dep_ == "pobj"]
            return self._actors(ctx, [h for h in heads if _usable(h)])
        if m is not None and m.pattern.source == "patient":
            # "a Kuwaiti aircraft loaded with 38 tons of relief items": the vehicle (the passive
            # subject, or the noun the participle modifies) is the giver's
            heads = pred.subjects if pred.passive and pred.subjects else pred.objects
        elif m is not None and m.pattern.swap:
            heads = pred.pobjs("from") or pred.pobjs("by") or (
                # ("received the consignment from the Korean ambassador": "from" on the object)
                [m.prep_object] if m.prep_object is not None and m.pattern.prep == "from" else []) or _givers(pred.objects)
        elif pred.passive:
            heads = pred.agents
            if not heads and m is not None and m.complement is not None:
                # "were let go by Cuban authorities": the agent hangs on the infinitive
                heads = [o for c in children_of(m.complement) if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                         for o in children_of(c) if o.dep_ == "pobj"]
            if not heads and m is not None and m.event_object is not None and self.codebook[m.code].plover_type == "AID":
                heads = _givers([m.event_object])  # "relief flown in by Indonesia was distributed"
            if not heads and m is not None and m.event_object is not None and m.event_object.dep_ != "nsubjpass":
                # "Tarawa's deadline to the tuna fleet, set out on Friday": the event noun's
                # owner made it
                heads = [c for c in children_of(m.event_object) if c.dep_ == "poss" and c.pos_ == "PROPN"]
            if not heads and m is not None and self.codebook[m.code].plover_type in BETWEEN_TYPES:
                # "the fisheries pact signed between Mauritania and Senegal", "talks between
                # Serbia and Kosovo were held" (the phrase on the passive's event noun)
                objects = pred.pobjs("between")
                if m.event_object is not None:
                    # (or on the noun of its "of" phrase: "the agreement of cooperation between
                    # Senegal and Gambia was signed", "a memorandum of understanding between")
                    nouns = [m.event_object] + [o for c in children_of(m.event_object) if c.dep_ == "prep"
                                                and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"]
                    objects += [o for n in nouns for c in children_of(n) if c.dep_ == "prep" and c.lower_ == "between"
                                for o in children_of(c) if o.dep_ == "pobj"]
                if not objects and m.event_object is not None and self.codebook[m.code].plover_type == "CONSULT":
                    # "a meeting of the foreign ministers of Kenya and Uganda was held"
                    objects = [o for c in children_of(m.event_object) if c.dep_ == "prep" and c.lower_ == "of"
                               for o in children_of(c) if o.dep_ == "pobj"]
                heads = list(dict.fromkeys(h for o in objects for h in np_heads(o)))
                if not heads and m.event_object is not None and (pair := self._joined_nationalities(m.event_object)):
                    return pair  # "the Syrian-Lebanese talks were held"
        else:
            heads = pred.subjects
        noun = self._event_noun(ctx, m)
        heads = [h for h in heads if noun is None or h != noun]
        fp = [h for h in heads if _first_person(h)]
        actors = self._actors(ctx, [h for h in heads if not _first_person(h)])
        return actors + [Actor(h.text, start=h.idx, end=h.idx + len(h.text)) for h in fp]

    def _joined_nationalities(self, noun: Token) -> list[Actor]:
        """The countries of two or more nationality words joined by hyphens before an event
        noun ("the Syrian-Lebanese talks"): both parties."""
        words = [t for t in subtree_of(noun) if t.i < noun.i and t.dep_ == "amod" and norm(t.text) in self.actors.demonyms]
        if len({self.actors.demonyms[norm(t.text)] for t in words}) < 2 or not all(
                t.tag_ == "HYPH" or t in words for t in noun.doc[words[0].i : words[-1].i + 1]):
            return []
        return [self.resolver.country_actor(self.actors.demonyms[norm(t.text)], t.text, start=t.idx) for t in words]

    def _targets(self, ctx: _Context, pred: Predicate, m: Match) -> list[Actor]:
        pat = m.pattern
        if pat.target == "none":
            return []
        noun = self._event_noun(ctx, m)
        if pat.swap:
            heads = pred.subjects
        elif pat.target == "prep" and m.prep_object is not None and not (
                pred.passive and m.prep_object.pos_ == "PROPN" and m.prep_object.ent_type_ in {"", "GPE", "LOC", "FAC", "ORG"}
                and m.prep_object.head.lower_ in {"at", "in", "near"}
                and any(s != noun for s in [*pred.subjects, *pred.objects])):
            # "with al Qaeda, ISIS and other groups" (not a passive's place: "the two
            # constables shot dead at Tangazo" were shot, not Tangazo)
            heads = np_heads(m.prep_object)
        elif pred.passive:
            # the patient: the passive subject, or the noun a participle modifies ("the
            # protesters detained in Tbilisi"), which build_predicate puts among the objects
            heads = [s for s in pred.subjects if s != noun] or [o for o in pred.objects if o != noun]
        else:
            heads = [o for o in pred.objects if o != noun and o.dep_ != "attr"]
            if not heads and m.complement is not None:
                # "a judge let them go": the subject of the bare infinitive
                heads = [c for c in children_of(m.complement) if c.dep_ == "nsubj"]
        if not heads and m.prep_object is not None and pat.target != "object":
            heads = [m.prep_object]
        if not heads and pat.target != "object":
            heads = self._prep_target(pred, noun)
        if any(_reciprocal(h) for h in heads):
            return []  # "expelled each other's diplomats": a mutual act, its sources on both sides
        heads = [h for h in heads if _usable(h)]
        if pat.mode != "expel":
            # (a recalled envoy's posting is the target; an expelled diplomat is of the other
            # side wherever posted: "the first secretary of the Embassy of Croatia in Belgrade")
            heads = [_posting(h, recall=m.code.startswith("16")) for h in heads]
        fp = [h for h in heads if _first_person(h)]
        actors = self._actors(ctx, [h for h in heads if not _first_person(h)])
        if not any(a.known for a in actors) and not fp and self.codebook[m.code].plover_type in {"ASSAULT", "COERCE"}:
            # force used on a protest is used on who held it ("a march staged by teachers'
            # unions was dispersed by police", "police broke up a rally by opposition supporters")
            events = [h for h in [*heads, *([noun] if noun is not None else [])]
                      if h.pos_ in {"NOUN", "PROPN"} and self.nouns.names_protest(h)]
            found = [d for h in events for d in _doers_of(h)]
            if events and not pred.passive:
                # ("broke up a rally by opposition supporters", the "by" hung on the verb)
                found += [h for o in pred.pobjs("by") for h in np_heads(o)]
            own = {t.i for t in [*pred.subjects, *pred.agents]}
            # (not the doer's own act: "continued their attacks", "a bomb planted by al-Shabaab")
            doers = self._actors(ctx, [d for d in found if _usable(d) and not _first_person(d)
                                       and d.pos_ != "PRON" and d.i not in own])
            if any(a.known for a in doers):
                actors = doers
        if not actors and not fp and pat.target != "object" and not pat.swap and not (
                pred.passive and heads and self.codebook[m.code].plover_type != "AID"):
            # (a passive names its patient, even when we cannot resolve it: "he was picked up
            # from his home" is not aimed at the home; and a recipient subject is the target:
            # "the arrests drew condemnation from the UN" is not aimed at the UN; but what is
            # given is no recipient: "the goods were handed over to the Tongan government")
            # The pattern's own argument named no actor ("appealed to the UN for aid"):
            # fall back to the usual target prepositions.
            aid = self.codebook[m.code].plover_type == "AID"
            # (aid handed over "at the Bo Y International Border Gate" is not given to the gate)
            actors = self._actors(ctx, [h for h in self._prep_target(pred, noun) if not _first_person(h) and _usable(h)
                                        and not (aid and h.dep_ == "pobj" and h.head.lower_ == "at")])
            if not actors and aid:
                # "handed over 30 tons of rice to support the people of Attapeu province": whom
                # the aid is given to help
                actors = self._actors(ctx, [h for c in children_of(pred.verb) if c.dep_ in {"advcl", "xcomp"}
                                            and c.lemma_.lower() in HELPING_VERBS
                                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
                                            for o in children_of(c) if o.dep_ == "dobj"
                                            for h in np_heads(o) if _usable(h) and not _first_person(h)])
        if not actors and not fp and noun is None and m.prep_object is not None and pat.pobjs and not pat.swap:
            # a pattern's prepositional object that names the event: the other side is "with"
            # or "against" it ("went into talks with the prime minister")
            actors = self._actors(ctx, [o for c in children_of(m.prep_object) if c.dep_ == "prep" and c.lower_ in {"with", "against"}
                                        for o in children_of(c) if o.dep_ == "pobj" and _usable(o) and not _first_person(o)])
        if not actors and not fp and m.code.startswith("11") and not pred.passive:
            # "condemned the incursion by Ethiopian troops", "protested the seizure of its
            # boats by Ugandan police": whoever did the act disapproved of is the target
            actors = self._actors(ctx, list(dict.fromkeys(h for h in _nominal_agents(pred) if _usable(h) and not _first_person(h))))
        return actors + [Actor(h.text, start=h.idx, end=h.idx + len(h.text)) for h in fp]

    def _event_noun(self, ctx: _Context, m: Match | None) -> Token | None:
        """The pattern's matched object when it names the event ("imposed sanctions"), not
        when it names the people acted on ("released the prisoners")."""
        obj = m.event_object if m is not None else None
        if obj is None:
            return None
        if obj.lower_ in {"persona", "grata"}:
            return obj  # (the tagger often makes "persona non grata" a person's name)
        if (obj.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "FAC"} or obj.pos_ == "PRON"
                or obj.lemma_.lower() in self.actors.agents or obj.lemma_.lower() in ENVOY_NOUNS - {"charge"} | {"officer", "commissioner"}
                or obj.lemma_.lower() in FELLOW_NOUNS | {"companion", "relative"}
                or obj.lower_ in {"d'affaires", "d\u2019affaires", "affaires"}):  # ("charge d'affaires")
            return None  # (an embassy counsellor, first secretary or officer is a person acted on; "charges" are not)
        if obj.lemma_.lower() in OWNED_NOUNS and any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                or (c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}) for c in children_of(obj)):
            return None  # "their trawler was seized", "seized a British tanker": its owners are acted on
        if obj.lemma_.lower() in FACILITY_NOUNS and any(
                c.dep_ in {"poss", "compound"} and c.i < obj.i and (c.lemma_.lower() in self.actors.agents or c.dep_ == "poss")
                for c in children_of(obj)):
            return None  # "overran the town's police station", "overran an army post": whose post is the target
        return obj

    @staticmethod
    def _prep_target(pred: Predicate, noun: Token | None) -> list[Token]:
        owners = [noun] if noun is not None else []
        for owner in owners:
            for child in children_of(owner):
                # "ordered the release of five journalists": an act on people names them by "of"
                if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or (child.lower_ == "of" and owner.lemma_.lower() in PATIENT_OF_NOUNS)):
                    objs = [c for c in children_of(child) if c.dep_ == "pobj" and _usable(c)]
                    if objs:
                        return objs
        for prep in TARGET_PREPS:
            if prep == "with" and any(o != noun for o in pred.objects):
                # "struck the market with artillery": an instrument, not a target (but
                # "expand cooperation with Islamabad", where the object names the event)
                continue
            objs = [o for o in pred.pobjs(prep) if _usable(o)]
            objs = [o for o in objs if not (o.ent_type_ in {"GPE", "LOC", "FAC"} and prep in {"at", "into", "from"})]
            # ("arrested on Cairo Road", "clashed on Independence Avenue": a street is where)
            objs = [o for o in objs if not (prep == "on" and o.lemma_.lower() in NAMED_FOR_ELSEWHERE and o.pos_ == "PROPN")]
            if objs:
                return objs
        return []

    @staticmethod
    def _speaker_side(actor: Actor, attribution: Attribution) -> Actor:
        """Inside reported speech, "we" / "our country" is the speaker's organisation or
        country, and a bare agent with no nationality ("people", "civilians") is taken to be
        of the speaker's country, as a reader would."""
        sp = attribution.speaker
        if not _first_person_word(actor.text):
            if actor.country is None and actor.sectors and not actor.name and sp.country and not (actor.code or "").startswith("IGO"):
                actor.country = sp.country
                actor.code = sp.country + actor.sectors[0]
            return actor
        return Actor(actor.text, None, sp.country, list(sp.sectors), sp.code, None, actor.start, actor.end)


#: Event nouns whose "of" phrase is the people acted on ("the release of five journalists").
PATIENT_OF_NOUNS = frozenset({
    "release", "arrest", "detention", "expulsion", "deportation", "extradition", "execution",
    "killing", "abduction", "kidnapping", "eviction", "dismissal", "sacking", "pardon", "liberation", "freeing",
})  # fmt: skip
#: Participles that tell where an envoy serves: "posted in Myanmar", "accredited to Mali".
POSTING_VERBS = frozenset({"post", "accredit", "station", "base", "assign", "serve"})
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "charge", "representative",
                         "counsellor", "counselor", "secretary"})


#: Verbs whose infinitive tells what is only threatened, planned or promised.
UNREAL_FRAMES = INTENT_HEADS | {"threaten", "vow", "pledge", "promise", "warn"}


def _in_unreal_clause(place: Token) -> bool:
    """Is the place named in what someone threatens, plans or promises to do ("threatened to
    extend the stoppage to Richards Bay and Cape Town")? That is no place where anything was
    done."""
    # (`place.ancestors`, through the listed tokens: it makes a new token object for each)
    tokens = doc_tokens(place.doc)
    verb = tokens[place.i]
    while verb.head_i != verb.i:
        verb = tokens[verb.head_i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.dep_ == "xcomp" and tokens[verb.head_i].lemma_.lower() in UNREAL_FRAMES:
            return True
        if verb.dep_ in ("ROOT", "ccomp") or any(c.dep_ == "nsubj" for c in children_of(verb)):
            return False  # (a clause of its own: stop)
    return False


def _shares_noun(head: Token, coded: set[int]) -> bool:
    """Is `head` a bare word whose coordinated noun has a compound before it ("Tram" in "Tram
    and bus drivers"), that noun coded?"""
    if head.ent_type_ and not head.is_sent_start:
        return False  # (a name: "with Mensah and bus drivers"; at a sentence's start any noun has a capital)
    kids = children_of(head)
    conj = [c for c in kids if c.dep_ == "conj"]
    return (len(conj) == 1 and conj[0].i in coded and all(c.dep_ in {"cc", "conj"} for c in kids)
            and any(c.dep_ == "compound" and c.i < conj[0].i for c in children_of(conj[0])))


def _conj_root(tok: Token) -> Token:
    """The first of the coordinated words `tok` is one of."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _counted_from(tok: Token | None) -> Token | None:
    """The head of the phrase "N days after ..." (or before) that `tok` is in: the
    preposition, or the clause that the marker opens ("two days after X walked out"); also of
    a relative clause in the past perfect ("the raiders, who had crossed the river from the
    Baringo side, ..."), which tells an earlier act too. None when there is none."""
    if tok is None:
        return None
    tokens = doc_tokens(tok.doc)  # (the listed tokens keep their heads: `head` makes new ones)
    tok = tokens[tok.i]
    while True:
        markers = [tok] if tok.lower_ in {"after", "before"} else []
        markers += [c for c in children_of(tok) if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
        if any(c.dep_ in {"npadvmod", "amod"} and c.lemma_.lower() in COUNTED_UNITS
               for m in markers for c in children_of(m) + (children_of(tok) if m is not tok else [])):
            return tok
        if tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(tok)):
            return tok
        if tok.head_i == tok.i or tok.dep_ in {"ROOT", "ccomp", "conj"}:
            return None
        tok = tokens[tok.head_i]


def _of_the_main_clause(sent: Span, char: int, ev: Event) -> bool:
    """Is the place at `char` outside the noun phrase whose participle tells `ev`, in the
    clause of the sentence's other verb? ("The two soldiers killed in the ambush on Wednesday
    were buried in Chattogram": the burial's place, not the ambush's.)"""
    trigger = _token_at(sent.doc, ev.evidence.char_start)
    if trigger is None or trigger.dep_ != "acl" or trigger.tag_ != "VBN" or trigger.head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    phrase = trigger.head
    return not phrase.left_edge.idx <= char <= phrase.right_edge.idx


def _of_a_later_conjunct(sent: Span, char: int, ev: Event) -> bool:
    """Is the place at `char` in a clause joined after the event's, with a subject of its
    own? ("Two patrolmen were killed in the station yard, and the mayor said a woman had
    died in hospital in Cúcuta": the hospital's city, not the attack's.)"""
    trigger = _token_at(sent.doc, ev.evidence.char_start)
    tok = _token_at(sent.doc, char)
    if trigger is None or tok is None:
        return False
    up = tok
    while up.head.i != up.i and up.i != trigger.i:
        if up.dep_ == "conj" and up.pos_ in {"VERB", "AUX"} and up.head.i == trigger.i and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(up)):
            return True
        up = up.head
    return False


#: Nouns for an official of another state who holds the same office as the sentence's subject.
COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts", "homologue", "homologues", "homolog", "homologs"})


#: Units of a span of time ("held for two months").
DURATION_NOUNS = frozenset({"hour", "day", "week", "month", "year", "night", "decade"})


def _held_for_a_time(pred: Predicate, code: str) -> bool:
    """Is the verb a keeping in custody told with how long it lasted, in a relative clause
    ("12 Honduran fishermen it had held for two months", "the crew held for three weeks")?
    That is the state the people were in, not the arrest, which came weeks before."""
    if code != "173" or pred.lemma not in {"hold", "keep", "detain"}:
        return False
    if pred.verb.dep_ not in {"relcl", "acl"}:
        return False
    return any(prep == "for" and obj.lemma_.lower() in DURATION_NOUNS for prep, obj in pred.preps)


def _of_another_act(sent: Span, char: int, ev: Event, events: list[Event]) -> bool:
    """Is the place at `char` inside the clause of another event the sentence tells on
    another day, a clause that does not hold `ev`'s own words? ("The drivers in Banja Luka,
    whose colleagues in Sarajevo on Monday also stopped the work, today went on strike":
    Sarajevo is where Monday's strike was. But "were arrested after they blocked the road in
    front of the Cebu Provincial Capitol" were arrested there.)"""
    trigger = _token_at(sent.doc, ev.evidence.char_start)
    tok = _token_at(sent.doc, char)
    if trigger is None or tok is None or ev.date is None or ev.date.precision != "day" or not ev.date.start:
        return False
    for other in events:
        verb = _token_at(sent.doc, other.evidence.char_start)
        if (other.date is None or other.date.start is None or other.date.precision in {"document", "future"}
                or other.date.start <= ev.date.start <= (other.date.end or other.date.start)
                or verb is None or verb.i == trigger.i or verb.pos_ not in {"VERB", "AUX"}
                or verb.dep_ not in {"relcl", "advcl", "ccomp", "conj"}):
            continue
        first, last = verb.left_edge.i, verb.right_edge.i
        if first <= tok.i <= last and not first <= trigger.i <= last:
            return True
    return False


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token that starts at (or holds) character `char`."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _told_as_earlier(doc: Doc, char: int) -> bool:
    """Is the word at `char` told as an earlier act, one counted from (`_counted_from`)?"""
    head = _counted_from(_token_at(doc, char))
    return head is not None and head.dep_ != "relcl"


def _of_an_earlier_act(sent: Span, start: int, ev: Event) -> bool:
    """Is the place that starts at char `start` told in a phrase of an earlier act
    (`_counted_from`) that the event's own words are outside of ("dragged protesters from the
    roadway, two days after the same scenes in Gyumri": Gyumri is where the earlier act was)?"""
    tok = _token_at(sent.doc, start)
    head = _counted_from(tok.head) if tok is not None and tok.head.i != tok.i else None
    if head is None:
        return False
    first, last = head.left_edge, head.right_edge
    return not (first.idx <= ev.evidence.char_start < last.idx + len(last.text))


def _stopped_load(pred: Predicate) -> bool:
    """"Several lorries carrying food were set on fire": a vehicle's load, where the vehicle
    is what an attack or a seizure is done to, was delivered to no one."""
    vehicle = pred.verb.head
    return (pred.lemma == "carry" and pred.verb.dep_ == "acl" and vehicle.dep_ in {"nsubjpass", "dobj"}
            and vehicle.head.lemma_.lower() in STOPPING_VERBS)


def _origin_of(place: Token) -> int | None:
    """The start char of the noun whose "from" phrase `place` is (or is conjoined in):
    "negotiators from Waigani and Buka", "police from Batumi"; None otherwise."""
    while place.dep_ == "conj" and place.head.i != place.i:
        place = place.head
    prep = place.head
    if place.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN"):
        return prep.head.idx
    return None


#: Units of "two days after": a phrase that counts from another act.
COUNTED_UNITS = frozenset({"day", "week", "hour", "month", "night", "minute"})
#: Verbs whose event is that of their object noun, on its day: "joined yesterday's march".
JOINING_VERBS = frozenset({"join", "attend", "swell"})


#: Participles of the held, in a count of them ("the number of those held").
HELD_LEMMAS = frozenset({"hold", "detain", "arrest", "seize", "jail", "capture", "take", "apprehend"})


def _is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in children_of(verb))


def _no_one(verb: Token) -> bool:
    """Is the verb's subject no one ("no persons were detained", "nobody was hurt")?"""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in {"nobody", "none"} or any(
        g.dep_ == "det" and g.lower_ == "no" for g in children_of(c))) for c in children_of(verb))


def _report_country(events: list[Event]) -> str | None:
    """The country a report is about: the one its events' actors and places, and the places
    their sentences name, name most often, if no other is named as often."""
    counts: dict[str, int] = {}
    for ev in events:
        where = ev.location.country if ev.location else None
        named = sorted({c for _, c in ev.sentence_places} - {where})  # (the location is among them)
        for iso in [a.country for a in ev.source + ev.target] + [where] + named:
            if iso and len(iso) == 3 and iso.isalpha() and iso != "IGO":
                counts[iso] = counts.get(iso, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _names_envoy(actor: Actor) -> bool:
    """Is the actor named as an envoy ("the Colombian envoy"), not by the place of posting?"""
    return any(w.rstrip("s") in ENVOY_NOUNS for w in actor.text.lower().split())


def _unaccented(text: str) -> str:
    """`text` without its accents ("moín" -> "moin"), as reports in other languages' spelling
    and in English name the same place."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _own_side(source: list[Actor], speaker: Actor) -> bool:
    """Does the speaker speak for the source: the same actor, or the same country?"""
    return any((speaker.code and a.code == speaker.code) or (speaker.country and a.country == speaker.country)
               for a in source)


def _within_deadline(verbs: list[Token]) -> bool:
    """Does one of `verbs` set a time limit: "within 30 days", "within 72 hours"? (On the
    verb, or anywhere in an infinitive's clause, where the parser may hang it on a noun:
    "to remove structures built too close to the sea within 30 days".)"""
    tokens = [c for v in verbs for c in (subtree_of(v) if v.dep_ in {"xcomp", "ccomp", "advcl"} else children_of(v))]
    return any(c.dep_ == "prep" and c.lower_ == "within"
               and any(o.dep_ == "pobj" and o.lemma_.lower() in LIMIT_UNITS for o in children_of(c))
               for c in tokens)


def _ran_its_course(pred: Predicate, noun: Token) -> bool:
    """Did the strike `noun` end as set, not by a choice: one of set length ("ended a 24-hour
    strike"), one that ended "as planned", or one ended by no one named ("the strike was
    ended this morning at five o'clock")?"""
    if any(t.lemma_.lower() in DURATION_WORDS for t in subtree_of(noun) if t.i < noun.i):
        return True
    sent = noun.sent
    if any(t.lower_ == "as" and t.i + 1 < sent.end and t.doc[t.i + 1].lower_ in {"planned", "scheduled"} for t in sent):
        return True
    return pred.passive and not pred.agents


def _speaks_for_condition(source: list[Actor], speaker: Actor, sent: Span) -> bool:
    """An official of no named country who says what a country would do to another if or
    unless something is done speaks for that country: "the Minister of Natural Resources
    told journalists that Lesotho would stop the water if South Africa has not paid"."""
    return (not speaker.country and "GOV" in speaker.sectors and any(a.country and not a.sectors for a in source)
            and any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in sent))


def _prevented(ev: Event, made: dict[int, Event], preds: dict[int, Predicate]) -> bool:
    """What a coded ban keeps someone from doing is no event of its own: "barred 18 Russian
    citizens from entering its territory" is the ban, not a negated occupation."""
    verb = next((preds[i].verb for i, e in made.items() if e is ev), None)
    if verb is None or not ev.negated or verb.dep_ != "pcomp" or verb.head.lower_ != "from":
        return False
    ban = made.get(verb.head.head.i)
    return ban is not None and ban is not ev and verb.head.head.lemma_.lower() in PREVENTION_VERBS


def _one_with_its_relative_clause(events: list[Event], sent: Span) -> list[Event]:
    """A relative clause on an event noun of the same type tells that event ("the target of
    an armed attack which has cost the life to two agents", "Sunday's attack, in which nine
    people were shot dead"): one act, kept as the clause's verb, which takes the noun's date
    when it has none of its own but the report's."""
    drop: set[int] = set()
    for ev in events:
        verb = _token_at(sent.doc, ev.evidence.char_start)
        if verb is None or verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"}:
            continue
        noun = verb.head
        for k, other in enumerate(events):
            first = _token_at(sent.doc, other.evidence.char_start)
            if (other is not ev and other.plover_type == ev.plover_type and other.negated == ev.negated
                    and first is not None and first.pos_ not in {"VERB", "AUX"}
                    and other.evidence.char_start <= noun.idx < other.evidence.char_end
                    and not other.evidence.char_start <= verb.idx < other.evidence.char_end):
                if (ev.date is not None and ev.date.precision == "document" and other.date is not None
                        and other.date.precision not in {"document", "future"}):
                    ev.date = other.date
                # (what the noun's phrase says and the clause does not: "the ambush by
                # gunmen on the police patrol, in which two officers were killed")
                ev.source = ev.source or other.source
                ev.target = ev.target or other.target
                ev.location = ev.location or other.location
                drop.add(k)
    return [ev for k, ev in enumerate(events) if k not in drop]


def _told_by_its_subject(ev: Event, made: dict[int, Event], preds: dict[int, Predicate]) -> bool:
    """A participle on the subject of an event of the same type tells that event ("shells
    fired by the RSF slammed into the market" is one attack, told by "slammed")."""
    verb = next((preds[i].verb for i, e in made.items() if e is ev), None)
    if verb is None or verb.dep_ != "acl" or verb.head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    main = made.get(verb.head.head.i)
    # (not when the main verb tells what is still to come: "the supplies, delivered on
    # Wednesday by a C-130, will be distributed from Saturday" tells the delivery; nor what
    # did not happen: "the accord, signed on Tuesday, does not settle the dispute")
    return (main is not None and main is not ev and main.plover_type == ev.plover_type
            and not (main.modality != "asserted" and ev.modality == "asserted")
            and not (main.negated and not ev.negated))


#: What a weapon is loaded with: "charged with explosives" is no charge at law.
ARMS_LOADS = frozenset("explosive explosives dynamite ammunition munitions bomb bombs grenade grenades tnt".split())


#: What is charged as money: "the road tolls charged on the Mozambican side" is no charge at law.
CHARGED_MONEY = frozenset("toll fee price tax tariff rate levy duty fare interest commission sum premium rent".split())


def _armed_with(pred: Predicate) -> bool:
    """"Drones charged with explosives", "a car loaded with dynamite": a verb telling what
    a thing carries, not an act; nor is a toll or a fee charged."""
    lemma = pred.verb.lemma_.lower()
    if lemma == "charge" and any(o.lemma_.lower() in CHARGED_MONEY for o in [*pred.objects, *pred.subjects]):
        return True
    return lemma in {"charge", "load", "pack", "fill", "laden"} and any(
        o.lower_ in ARMS_LOADS for o in pred.pobjs("with"))


#: Nouns that govern an infinitive as a complement verb does ("Azerbaijan's vow to take the
#: corridor", "Serbia's threat to send troops"), by the lemma of that verb in
#: lexicon/complements.yaml (a noun whose lemma is a verb's, "vow", "pledge", "appeal", is
#: looked up as it is).
NOUN_FAMILIES = {"threat": "threaten", "warning": "warn", "refusal": "refuse", "rejection": "reject",
                 "commitment": "commit", "undertaking": "undertake", "agreement": "agree", "plea": "plead",
                 "insistence": "insist", "bid": "try", "effort": "try", "intention": "intend", "readiness": "ready",
                 "willingness": "willing", "determination": "determined"}


#: Verbs that, "in kind", repeat the act told last on its doer (`Coder._in_kind`).
IN_KIND_VERBS = frozenset({"answer", "respond", "reply", "retaliate", "reciprocate", "react", "hit"})
#: Types of the acts that are answered in kind: sanctions, expulsions, force, threats, accusations.
IN_KIND_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN", "ACCUSE", "REJECT"})
#: Verbs of a purpose clause whose object is who the aid is for ("sent rice to help the flood victims").
HELPING_VERBS = frozenset({"support", "help", "assist", "aid", "relieve"})
#: Participles that name who gave what a recipient received ("aid offered by India").
GIVING_PARTICIPLES = frozenset("offer send donate provide give deliver supply pledge dispatch ship airlift fly grant "
                               "contribute gift finance fund".split())


#: Verbs whose subject is the recipient of aid.
RECEIVING_VERBS = frozenset({"receive", "get", "accept", "obtain"})


def _givers(things: list[Token]) -> list[Token]:
    """Who gave the aid `things` name, told by a participle on them ("received sixty tons of
    aid offered by the Republic of India", "relief flown in by Indonesia was distributed")."""
    for obj in things:
        for tok in obj.subtree:
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in GIVING_PARTICIPLES:
                for child in children_of(tok):
                    if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "from"):
                        found = [o for o in children_of(child) if o.dep_ == "pobj"]
                        if found:
                            return np_heads(found[0])
    for obj in things:
        # "will start receiving the Kazakh relief", "received Japan's aid", "UN aid": its
        # nationality or organisation (the tagger often calls a nationality an organisation)
        givers = [c for c in children_of(obj) if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG")]
        if givers:
            return givers[:1]
    return []


def _reciprocal(head: Token) -> bool:
    """"each other's diplomats", "one another's envoys", "each other"."""
    if head.lower_ == "other" and any(c.lower_ in ("each", "one") for c in children_of(head)):
        return True
    return any(c.dep_ == "poss" and c.lower_ in ("other", "another")
               and (c.lower_ == "another" or any(d.lower_ in ("each", "one") for d in children_of(c)))
               for c in children_of(head))


def _controlled_infinitive(verb: Token) -> bool:
    """"ordered more than 40 clubs in Canggu to remove the structures": an infinitive after
    the object of an order, which the parser makes an adverbial clause, is the order's
    complement."""
    gov = verb.head
    return (verb.dep_ == "advcl" and gov.i < verb.i and gov.lemma_.lower() in OBJECT_CONTROL
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
            and any(c.dep_ == "dobj" and c.i < verb.i for c in children_of(gov)))


def _dated_infinitive(verb: Token) -> bool:
    """"offered on Thursday to mediate": an infinitive the parser makes an adverbial clause
    because a date stands between it and its verb is that verb's complement."""
    gov = verb.head
    if verb.dep_ != "advcl" or gov.i > verb.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return False
    between = verb.doc[gov.i + 1 : verb.left_edge.i]
    return len(between) > 0 and any(t.ent_type_ in ("DATE", "TIME") for t in between) and all(
        t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET", "ADV", "PUNCT") for t in between)


#: Verbs whose subject does the event their object names ("drivers ended a one-day strike").
DOER_VERBS = frozenset({
    "end", "halt", "stage", "hold", "launch", "begin", "start", "continue", "resume", "suspend",
    "conclude", "mount", "extend", "escalate", "intensify", "step", "call", "wrap",
})


# (`STATE_SECTORS`, above, also says who does an arrest or a release as a possessor: "the
# government's detention of the activists"; anyone else undergoes it: "their arrest".)


#: Verbs whose subject died "in" an event noun, and whose passive subject was killed or hurt
#: in it: its target.
DYING_LEMMAS = frozenset({"die", "perish", "lose"})
CASUALTY_LEMMAS = DYING_LEMMAS | {"wound", "injure", "hurt", "kill"}

#: Participles whose "by" agent does the event noun they hang on, beyond `DOER_VERBS`: "the
#: march organised by the unions", "the raid carried out by police", "the aid provided by
#: Qatar".
AGENT_PARTICIPLES = frozenset({
    "organise", "organize", "lead", "carry", "conduct", "initiate", "order", "announce", "declare",
    "impose", "provide", "send", "deliver", "donate", "offer", "sponsor", "convene", "host",
    "perpetrate", "commit", "execute",  # ("an ambush perpetrated by narcoterrorist columns")
    "stag",  # ("staged", as en_core_web_sm lemmatizes it)
})


def _participle_agents(noun: Token) -> list[Token]:
    """The "by" agent of a participle on an event noun that stages, calls or carries it out
    ("the march staged by teachers' unions"; not "the march met by police")."""
    return [h for c in children_of(noun) if c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"}
            and c.lemma_.lower() in DOER_VERBS | AGENT_PARTICIPLES
            for a in children_of(c) if a.dep_ == "agent" for o in children_of(a) if o.dep_ == "pobj" for h in np_heads(o)]


def _doers_of(noun: Token) -> list[Token]:
    """Who an event noun says did it: a possessor, a "by" phrase, or the "by" agent of a
    participle that stages it ("the teachers' march", "a rally by opposition supporters", "a
    march staged by the unions")."""
    found = [h for c in children_of(noun) if c.dep_ == "poss" for h in np_heads(c)]
    found += [h for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "by"
              for o in children_of(c) if o.dep_ == "pobj" for h in np_heads(o)]
    return found + _participle_agents(noun)


def _nominal_agents(pred: Predicate) -> list[Token]:
    """The "by" agents of the nouns in a verb's object ("the incursion by Ethiopian troops",
    "what it described as an illegal incursion by Ethiopian troops"), nearest first; none
    inside a clause of their own."""
    found: list[Token] = []
    roots = list(pred.objects) + [c for c in children_of(pred.verb) if c.dep_ == "ccomp" and c.i > pred.verb.i]
    for root in roots:
        for tok in root.subtree:
            if tok.dep_ == "prep" and tok.lower_ == "by" and tok.head.pos_ in ("NOUN", "PROPN"):
                found.extend(np_heads(o) for o in children_of(tok) if o.dep_ == "pobj")
    return [h for heads in found for h in heads][:3] if found else []


def _party_of_noun(noun: Token) -> list[Token]:
    """Who made the event a noun names: its possessive ("Azerbaijan's vow") or its "by"
    phrase ("the pledge by Thailand and Cambodia")."""
    heads = [h for c in children_of(noun) if c.dep_ == "poss" for h in np_heads(c)]
    heads += [h for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "by"
              for o in children_of(c) if o.dep_ == "pobj" for h in np_heads(o)]
    heads += [c for c in children_of(noun) if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG"}]
    return [h for h in heads if _usable(h)]


#: Prepositions of a telling clause whose object is the event's target ("the accusation
#: Yerevan aimed at Baku", "the threat Washington levelled against Mexico").
TELLING_TARGET_PREPS = frozenset({"at", "against", "on", "to"})


def _telling_clause(noun: Token) -> Token | None:
    """The relative clause that tells who made the event a noun names: "the accusation
    Yerevan aimed at Baku", "the field hospital that Jordan set up". Its subject is a party,
    not a relative pronoun ("the attack that killed 14" tells what the attack did)."""
    for c in children_of(noun):
        if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"}:
            subjects = [s for s in children_of(c) if s.dep_ == "nsubj"]
            if subjects and all(s.tag_ not in {"WDT", "WP", "WP$"} and s.lower_ != "that" for s in subjects):
                return c
        if (c.dep_ == "appos" and c.i == noun.i + 1 and c.ent_type_ in {"GPE", "NORP", "ORG"} and noun.dep_ == "nsubj"
                and noun.head.pos_ == "VERB" and noun.head.i > c.i):
            # "The apology Germany offered to Namibia", parsed as "The apology, Germany, offered"
            # (a token object of its own, not the listed head: `_nominal_event` tells the
            # noun's verb from the clause's by identity)
            return noun.doc[noun.head.i]
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.i < noun.i < prep.head.i and prep.head.pos_ == "VERB":
        # "Under the deal Ghana and Togo signed in Lome, ...", parsed with the preposition on
        # the clause's verb: the verb, its subject after the noun, and no object of its own
        verb = noun.doc[prep.head.i]  # (a token object of its own, as above)
        if (any(c.dep_ == "nsubj" and c.left_edge.i == noun.right_edge.i + 1 and c.i < verb.i for c in children_of(verb))
                and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in children_of(verb))):
            return verb
    return None


def _posting(head: Token, *, recall: bool = True) -> Token:
    """"recalled its ambassador to Venezuela", "its envoy in Caracas": the act is aimed at
    the country the envoy is posted to, not at the envoy's own government. An envoy who
    names a nationality is that country's unless his own side recalls him: "met the
    Norwegian ambassador in Dublin" is aimed at Norway."""
    if head.lemma_.lower() not in ENVOY_NOUNS and not (
            head.lemma_.lower() == "commissioner" and any(c.lower_ == "high" for c in children_of(head))):
        return head  # (a High Commissioner is an envoy: "its High Commissioner in Lilongwe")
    if not recall and _names_nationality(head):
        return head
    for child in children_of(head):
        if child.dep_ == "prep" and child.lower_ in {"to", "in"}:
            objs = [c for c in children_of(child) if c.dep_ == "pobj"]
            if objs:
                return objs[0]
        if child.dep_ == "acl" and child.lemma_.lower() in POSTING_VERBS:
            # ("the Bangladesh ambassador posted in Myanmar", "accredited to Mali")
            objs = [o for p in children_of(child) if p.dep_ == "prep" and p.lower_ in {"to", "in", "at"}
                    for o in children_of(p) if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    if head.dep_ == "dobj":
        # the small model often hangs the posting on the verb: "called home its envoy in Caracas"
        for child in children_of(head.head):
            if child.dep_ == "prep" and child.lower_ in {"to", "in"} and child.i > head.i:
                objs = [c for c in children_of(child) if c.dep_ == "pobj" and c.ent_type_ == "GPE"]
                if objs:
                    return objs[0]
    return head


def _names_nationality(head: Token) -> bool:
    """"the Norwegian ambassador", "Norway's envoy", "the ambassador of Norway"."""
    for child in children_of(head):
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"}:
            return True
        if child.dep_ == "poss" and child.ent_type_ in {"GPE", "NORP"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in children_of(child)):
            return True
    return False


def _first_person_word(text: str) -> bool:
    """"we", "us", "our" ...; not "US", the country."""
    return text.lower() in FIRST_PERSON and text != "US"


def _first_person(tok: Token) -> bool:
    return _first_person_word(tok.text)


def _usable(tok: Token) -> bool:
    """Can this noun head name an actor? Dates, money and bare numbers cannot; "thousands of
    protesters" can."""
    if tok.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}:
        return False
    if tok.ent_type_ == "CARDINAL":
        # ("the 11" after "11 farmers": the group counted before)
        return any((c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "det" and c.lower_ == "the") for c in children_of(tok))
    return True


#: What a side says (accusations, demands, rejections, threats, support): a participle on the
#: noun of one ("a petition contesting the result") is its content, not a second statement.
STATEMENT_EVENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})


def _drop_purpose_repeats(events: list[Event], sent: Span) -> list[Event]:
    """"Met in Delhi to discuss the border" is one CONSULT, not two: drop an event in a purpose
    clause when the verb it serves already gave an event of the same PLOVER type, or a
    demand made by a protest ("Teachers rallied in Jaffna demanding higher pay")."""
    if len(events) < 2:
        return list(events)  # (nothing for an event to repeat)
    doc = sent.doc
    spans = [(ev.evidence.char_start, ev.evidence.char_end, ev.plover_type) for ev in events]
    keep = []
    for ev in events:
        tok = doc.char_span(ev.evidence.char_start, ev.evidence.char_end, alignment_mode="expand")
        verb = tok.root if tok is not None else None
        if verb is not None and _purpose(verb) and any(
            start <= verb.head.idx < end and start != ev.evidence.char_start
            and (ptype == ev.plover_type or (ptype == "PROTEST" and ev.plover_type == "REQUEST"))
            for start, end, ptype in spans
        ):
            continue  # (a protest "demanding" something: its demand is the protest's)
        if (verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBG" and ev.plover_type in STATEMENT_EVENT_TYPES
                and any(start <= verb.head.idx < end and start != ev.evidence.char_start and ptype in STATEMENT_EVENT_TYPES
                        for start, end, ptype in spans)):
            continue  # "filed an election petition contesting the result": what the petition says
        keep.append(ev)
    return keep


def _purpose(verb: Token) -> bool:
    """Same occasion as the verb it hangs from: an xcomp, an adverbial clause in the
    infinitive ("met ... to discuss"), or a participle with no subject of its own
    ("shelled the city, hitting a market"); not a "when"/"after" clause, which tells
    another event ("were killed when X shelled Y")."""
    if verb.dep_ == "xcomp" or is_participial_adjunct(verb):
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


#: Who takes part in a protest by number or as a crowd ("more than 3,000 had taken part",
#: "about 1,500 people turned up").
PARTICIPANT_WORDS = CROWD_WORDS | frozenset("""people thousands hundreds dozens tens participants marchers members
    workers teachers traders drivers farmers""".split())


def _took_part(verb: Token) -> bool:
    """"had taken part" (with no "in"), "turned up", "turned out" (with no object), "stayed away", by a
    number of people or a crowd, or "joined the action", "took part in the action": a part
    in an event the report told."""
    kids = list(children_of(verb))
    lemma = verb.lemma_.lower()

    def the_action(noun: Token) -> bool:  # "the action", "this protest action": a word for any protest
        return noun.lemma_.lower() in {"action", "movement", "mobilisation", "mobilization"} and any(
            d.dep_ == "det" and d.lower_ in {"the", "this"} for d in children_of(noun))
    if lemma == "participate" or (lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in kids)):
        # "in the protest action have participated over 2,400 drivers" (translated)
        if any(p.lower_ == "in" and any(the_action(o) for o in children_of(p) if o.dep_ == "pobj")
               for p in kids + [g for c in kids if c.lower_ == "part" for g in children_of(c)] if p.dep_ == "prep"):
            return True
    if lemma == "take":
        if not any(c.dep_ == "dobj" and c.lower_ == "part" and not any(g.dep_ == "prep" for g in children_of(c))
                   for c in kids) or any(c.dep_ == "prep" for c in kids):
            return False
    elif lemma == "turn":
        if not any(c.dep_ == "prt" and c.lower_ in {"up", "out"} for c in kids) or any(c.dep_ == "dobj" for c in kids):
            return False
    elif lemma == "join":
        # "many drivers had joined the action": the protest told
        return any(c.dep_ == "dobj" and the_action(c) for c in kids)
    elif lemma == "stay":
        # "about 3,000 members had stayed away from Pier 1": a part in the strike told
        if not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "away" for c in kids):
            return False
    else:
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    return any(s.like_num or s.ent_type_ == "CARDINAL" or s.lemma_.lower() in PARTICIPANT_WORDS
               or s.lower_ in PARTICIPANT_WORDS or any(c.dep_ == "nummod" or c.like_num for c in children_of(s))
               for s in subjects)


#: People whose death or wounding is news of an attack ("five gendarmes died").
VICTIM_WORDS = frozenset("""soldier soldiers troop troops gendarme gendarmes policeman policemen officer officers
    police civilian civilians people person persons villager villagers resident residents fighter fighters militant
    militants guard guards member members child children woman women man men worker workers element elements
    passenger passengers pilgrim pilgrims student students farmer farmers herder herders miner miners
    agent agents constable constables sailor sailors marine marines ranger rangers guardsman guardsmen
    recruit recruits personnel victim victims""".split())
#: What people die of that is no attack.
NON_ATTACK_DEATHS = frozenset("""accident crash collision illness disease cholera outbreak covid heart stampede
    flood floods fire drowning heat cold hunger starvation""".split())


#: How many sentences back a retold participle may find its act (`Coder._retold_participles`).
RETOLD_WITHIN = 3


def _joined(ev: Event, nm: NounMatch, before: list[Event]) -> None:
    """"12,000 had joined the march": a part in the event of the noun's type the report told
    last, of its day and, when the joiners have no side of their own, its sides."""
    if nm.verb.lemma_.lower() in JOINING_VERBS and definite(nm.noun):
        _take_part(ev, before)


def _take_part(ev: Event, before: list[Event]) -> None:
    if (ev.plover_type != "PROTEST" or ev.negated or ev.modality != "asserted"
            or ev.date.precision not in (None, "document")):
        return  # ("farmers will join the march next week": another occasion)
    told = next((e for e in reversed(before) if e.plover_type == ev.plover_type and e is not ev
                 and not e.negated and e.modality == "asserted"), None)
    if told is None:
        return
    if ev.date.precision != "day" and told.date.precision == "day":
        ev.date = replace(told.date)
    if not any(a.sectors or a.country for a in ev.source):
        ev.source = [replace(a) for a in told.source]


def _told_as_past(verb: Token) -> bool:
    """A clause in a past tense ("were arrested", "had left", "fired"), which states a fact
    rather than what should be done."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had", "has", "have")
                                     for c in children_of(verb))


def _insists_on_a_fact(verb: Token) -> bool:
    """"The police insist that only eleven were arrested": insisting that something was so
    is a claim, no demand."""
    return verb.lemma_.lower() == "insist" and any(c.dep_ == "ccomp" and _told_as_past(c) for c in children_of(verb))


def _listed_with_place(ent: Span) -> bool:
    """Is the entity listed with a place ("San Antonio, Quintero and Coquimbo": a
    conjunct or an apposition of it, either way)?"""
    root = ent.root
    mates = [root.head] if root.dep_ in {"conj", "appos"} else []
    mates += [c for c in children_of(root) if c.dep_ in {"conj", "appos"}]
    return any(m.ent_type_ == "GPE" for m in mates)


def _casualties(verb: Token) -> list[Token] | None:
    """The people a verb says died or were wounded ("five gendarmes died", "lost their
    lives", "two others were wounded"), with no agent of their own; None if it says nothing
    of the kind."""
    kids = list(children_of(verb))
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
    if lemma in ("die", "perish"):
        pass
    elif lemma == "lose":
        if not any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in kids):
            return None
    elif lemma in ("wound", "injure"):
        if not passive or any(c.dep_ == "agent" for c in kids):
            return None
    else:
        return None
    if any(t.lemma_.lower() in NON_ATTACK_DEATHS for t in verb.subtree):
        return None
    subjects = [h for c in kids if c.dep_ in ("nsubj", "nsubjpass") for h in np_heads(c)]
    if verb.dep_ == "relcl" and all(s.lower_ in ("who", "that") for s in subjects):
        subjects = np_heads(verb.head)  # "the gendarmes who died when their post was overrun"
    people = [s for s in subjects if s.lemma_.lower() in VICTIM_WORDS or s.lower_ in VICTIM_WORDS
              or ((s.like_num or s.lower_ in ("others", "two", "three")) and s.pos_ in ("NUM", "NOUN", "PRON"))]
    return people or None


def _drop_carried(events: list[Event], made: dict[int, Event]) -> list[Event]:
    """"Turkish relief convoys carrying tents reached Idlib", "Kuwait sent a plane loaded with
    food": the aid the convoy carried (the plane was loaded with) is the aid event the
    sentence tells otherwise, not a second one."""
    carried = {id(ev) for i, ev in made.items()
               if ev.plover_type == "AID" and ev.evidence.trigger.lower().startswith(("carr", "loaded"))}
    if not carried or not any(ev.plover_type == "AID" and id(ev) not in carried for ev in events):
        return events
    return [ev for ev in events if id(ev) not in carried]


def _drop_given(events: list[Event], made: dict[int, Event], sent: Span) -> list[Event]:
    """"Haiti received relief supplies donated by the Red Cross": the donation is the aid
    the receiving tells (its giver is the receiving's source, `_givers`), not a second one."""
    doc = sent.doc
    kept = {id(ev) for ev in events}
    receiving = [j for j, ev in made.items() if ev.plover_type == "AID" and id(ev) in kept
                 and doc[j].lemma_.lower() in RECEIVING_VERBS]
    # (not when the receiving is still to come: "herders will start receiving the relief
    # flown into Olgii on Wednesday" tells a delivery done, and one to come)
    given = {id(ev) for i, ev in made.items()
             if ev.plover_type == "AID" and doc[i].dep_ == "acl" and doc[i].tag_ == "VBN"
             and doc[i].lemma_.lower() in GIVING_PARTICIPLES
             and any(doc[j].is_ancestor(doc[i]) and made[j].modality == ev.modality for j in receiving)}
    return [ev for ev in events if id(ev) not in given] if given else events


def _dedupe(events: list[Event]) -> list[Event]:
    seen: set[tuple[object, ...]] = set()
    out: list[Event] = []
    for ev in events:
        key = (ev.evidence.char_start, ev.cameo_code, ev.modality, ev.negated,
               tuple(a.text for a in ev.source), tuple(a.text for a in ev.target))
        if key in seen:
            continue
        seen.add(key)
        out.append(ev)
    return out
