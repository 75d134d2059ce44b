"""Toponym disambiguation and the location of an event.

``resolve_toponym`` ranks gazetteer candidates by, in order:
1. inside the place named by ``within`` ("Paris, Texas": same country and admin1);
2. country salience: the position of the candidate's country in ``context_countries``
   (ISO3, most salient first; a ``within`` naming a country, or a demonym as in "the
   Lebanese city of Tripoli", is put in front). A *city* is never promoted this way over a
   country of the same name ("Lebanon" stays the country even when the USA, with its
   Lebanon, Tennessee, is the document's main country);
3. when the name is a country's name: country > admin1 > city ("Georgia");
   otherwise: cities of 500,000+ > admin1 > smaller cities ("Washington" is DC; "Florida"
   is the US state, not Florida, Cuba);
4. primary name over alternate name; 5. population.
Alternate-name matches of places under 100,000 people count only in a context country
(GeoNames alternates of small towns are mostly transliterations: "Borno" is not Borna, DE).
Text is cleaned first: curly apostrophes, a possessive ("Pakistan's"), then a leading "the"
and a trailing generic word ("Kandahar province") are dropped if the full text is unknown.

``event_location`` tries, in order (first hit wins; confidence in brackets):
1. toponyms in the verb's own clause, nearest first (1.0, basis "clause");
2. a demonym on a place noun in the clause: "in the Afghan capital" is Kabul (1.0,
   "capital"), "in a Somali town" is Somalia (0.6, "demonym");
3. a fronted locative phrase of the verb or a verb governing it, "In Kabul, ..." (0.6,
   "scope"), then a dateline "KABUL, Afghanistan —" / "KABUL (Reuters) -" (0.6, "dateline");
4. the clause place of a coordinated verb sharing the subject (0.6, "coordination");
5. the country an organisation or venue in the clause is named after, "at the Turkish
   Diplomatic Forum", "at the Antalya Diplomacy Forum" (0.3, "organisation", country level):
   a demonym, or a country, US state or city of 100,000+ named in a modifier.
Motion verbs take their ``to``/``into`` object as the place (a visit happens at the
destination); ``visit``/``tour`` take a place direct object. See ``clause`` for the tree rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Location
from .clause import Mention, clause_mentions, coordinated_verbs, dateline, scope_mentions
from .demonyms import load_country_words
from .gazetteer import Gazetteer, Place

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["CONFIDENCE", "PlaceResolver", "PlaceResult"]

CONFIDENCE = {
    "clause": 1.0,
    "capital": 1.0,
    "demonym": 0.6,
    "scope": 0.6,
    "dateline": 0.6,
    "coordination": 0.6,
    "organisation": 0.3,
}
BIG_CITY = 500_000
SMALL_CITY = 100_000  # below this an alternate-name match needs its country in context
_FEATURE_RANK = {"country": 0, "admin1": 1, "city": 2}
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018`\u00b4", "'"))  # curly quotes, accents
_POSSESSIVE = re.compile(r"(?<=\w)'s?$", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_GENERIC = re.compile(
    r"\s+(province|city|district|region|governorate|state|county|prefecture|area|town|"
    r"village|municipality)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlaceResult:
    """An event location, how sure we are (1.0, 0.6 or 0.3) and which rule found it."""

    location: Location
    confidence: float
    basis: str


def _variants(text: str) -> list[str]:
    """Cleaned spellings to try, most literal first."""
    base = _POSSESSIVE.sub("", text.translate(_APOSTROPHES).strip(" \t\n\"'.,;:()"))
    out = [base]
    for candidate in (
        _THE.sub("", base),
        _GENERIC.sub("", base),
        _GENERIC.sub("", _THE.sub("", base)),
    ):
        if candidate and candidate not in out:
            out.append(candidate)
    return out


def _location(text: str, place: Place) -> Location:
    return Location(
        text=text,
        name=place.name,
        country=place.country,
        admin1=place.admin1,
        lat=place.lat,
        lon=place.lon,
        geonames_id=place.geonames_id,
    )


class PlaceResolver:
    """Resolves toponyms against a :class:`Gazetteer` and finds event locations."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        demonyms: Mapping[str, str] | None = None,
        capitals: Mapping[str, str] | None = None,
    ) -> None:
        """``demonyms`` (case-folded word -> ISO3) and ``capitals`` (ISO3 -> name) default to
        the packaged country words (see ``demonyms.load_country_words``)."""
        self.gazetteer = gazetteer
        if demonyms is None or capitals is None:
            words = load_country_words()
            demonyms = words.demonyms if demonyms is None else demonyms
            capitals = words.capitals if capitals is None else capitals
        self.demonyms = dict(demonyms)
        self.capitals = dict(capitals)

    # -- toponyms ------------------------------------------------------------------------
    def best_place(
        self,
        text: str,
        context_countries: Sequence[str] = (),
        *,
        within: str | None = None,
        primary_only: bool = False,
    ) -> Place | None:
        """The best gazetteer record for ``text`` (see the module rules), or None."""
        for variant in _variants(text):
            candidates = [
                (place, primary)
                for place, primary in self.gazetteer.candidates(variant)
                if primary
                or (not primary_only and place.population >= SMALL_CITY)
                or place.country in context_countries
            ]
            if candidates:
                return self._rank(candidates, list(context_countries), within)
        return None

    def _rank(
        self, candidates: list[tuple[Place, bool]], context: list[str], within: str | None
    ) -> Place:
        inside: tuple[str, str] | None = None
        if within and (iso3 := self.demonyms.get(within.casefold())):
            context = [iso3, *context]
        elif within and (outer := self.best_place(within, context, primary_only=True)):
            if outer.feature == "country":
                context = [outer.country, *context]
            elif outer.feature == "admin1":
                inside = (outer.country, outer.admin1_code)
        country_name = any(p.feature == "country" for p, _ in candidates)

        def key(candidate: tuple[Place, bool]) -> tuple[int, int, int, bool, int]:
            place, primary = candidate
            outside = 0 if inside and (place.country, place.admin1_code) == inside else 1
            salience = context.index(place.country) if place.country in context else len(context)
            if country_name:
                if place.feature == "city":
                    salience = len(context)
                group = _FEATURE_RANK[place.feature]
            elif place.feature == "admin1":
                group = 1
            else:
                group = 0 if place.population >= BIG_CITY else 2
            return (outside, salience, group, not primary, -place.population)

        return min(candidates, key=key)[0]

    def resolve_toponym(
        self, text: str, context_countries: Sequence[str] = (), *, within: str | None = None
    ) -> Location | None:
        """The Location ``text`` most likely names, given the document's countries."""
        place = self.best_place(text, context_countries, within=within)
        return _location(text, place) if place else None

    def country_location(self, iso3: str, text: str) -> Location | None:
        """A country-level Location (centroid, admin1 None) for an ISO3 code."""
        place = self.gazetteer.country(iso3)
        return _location(text, place) if place else None

    # -- events --------------------------------------------------------------------------
    def event_location(
        self, verb: Token, context_countries: Sequence[str] = ()
    ) -> PlaceResult | None:
        """Where the event of ``verb`` happened, from its own sentence only (module rules)."""
        context = list(context_countries)
        mentions = clause_mentions(verb)
        if found := self._first_toponym(mentions, context, "clause"):
            return found
        if found := self._first_demonym(mentions, "demonym"):
            return found
        if found := self._first_toponym(scope_mentions(verb), context, "scope"):
            return found
        if found := self._dateline(verb.sent, context):
            return found
        for other in coordinated_verbs(verb):
            if found := self._first_toponym(clause_mentions(other), context, "coordination"):
                return found
        for mention in mentions:
            iso3 = self._named_after(mention.span) if mention.kind == "organisation" else None
            if iso3 and (location := self.country_location(iso3, mention.span.text)):
                return PlaceResult(location, CONFIDENCE["organisation"], "organisation")
        return None

    def _first_toponym(
        self, mentions: list[Mention], context: list[str], basis: str
    ) -> PlaceResult | None:
        for mention in mentions:
            if mention.kind != "toponym" or mention.span.text.islower():
                continue  # place names are capitalised: "the eastern bank" is no "Bank"
            within = mention.within.text if mention.within is not None else None
            place = self.best_place(
                mention.span.text, context, within=within, primary_only=mention.loose
            )
            if place:
                return PlaceResult(_location(mention.span.text, place), CONFIDENCE[basis], basis)
        return None

    def _first_demonym(self, mentions: list[Mention], basis: str) -> PlaceResult | None:
        for mention in mentions:
            iso3 = self.demonyms.get(mention.span.text.casefold())
            if mention.kind != "demonym" or not iso3:
                continue
            phrase = mention.phrase or mention.span
            if phrase[-1].lemma_.lower() == "capital" and iso3 in self.capitals:
                capital = self.best_place(self.capitals[iso3], [iso3], primary_only=True)
                if capital and capital.country == iso3:
                    return PlaceResult(_location(phrase.text, capital), 1.0, "capital")
            if location := self.country_location(iso3, phrase.text):
                return PlaceResult(location, CONFIDENCE[basis], basis)
        return None

    def _dateline(self, sent: Span, context: list[str]) -> PlaceResult | None:
        found = dateline(sent)
        if found is None:
            return None
        name, within = found
        place = self.best_place(name, context, within=within)
        if place is None:
            return None
        return PlaceResult(_location(name, place), CONFIDENCE["dateline"], "dateline")

    def _named_after(self, span: Span) -> str | None:
        """ISO3 of the country a name like "Turkish Diplomatic Forum" refers to, if any:
        a demonym word, else the longest run of proper nouns naming a country, US state or
        city of 100,000+ ("New York" before "York")."""
        words = [t for t in span if t.i != span.root.i and t.pos_ in ("ADJ", "PROPN", "NOUN")]
        for token in words:
            if iso3 := self.demonyms.get(token.text.casefold()):
                return iso3
        names = {t.i for t in words if t.pos_ == "PROPN" or t.ent_type_ == "GPE"}
        runs = [(a, b) for a in names for b in names if set(range(a, b + 1)) <= names]
        for a, b in sorted(runs, key=lambda run: (run[0] - run[1], run[0])):
            place = self.best_place(span.doc[a : b + 1].text, primary_only=True)
            if place and (place.feature != "city" or place.population >= SMALL_CITY):
                return place.country
        return None
