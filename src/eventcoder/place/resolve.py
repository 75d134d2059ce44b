"""Toponym disambiguation and the location of an event.

``resolve_toponym`` ranks gazetteer candidates by, in order:
1. inside the place named by ``within`` ("Paris, Texas": same country and admin1);
2. the kind of place a generic word asks for: "Kandahar province" is the province,
   "Kandahar city" the city;
3. country salience: the position of the candidate's country in ``context_countries``
   (ISO3, most salient first; a ``within`` naming a country, or a demonym as in "the
   Lebanese city of Tripoli", is put in front). A *city* is never promoted this way over a
   country of the same name ("Lebanon" stays the country even when the USA, with its
   Lebanon, Tennessee, is the document's main country), nor a town under 500,000 over a
   city of 500,000+ of the same name in another context country ("Dhaka" is Bangladesh's
   in an article that names India first, then Bangladesh);
4. when the name is a country's name: country > admin1 > city ("Georgia");
   otherwise: cities of 500,000+ > admin1 > smaller cities ("Washington" is DC; "Florida"
   is the US state, not Florida, Cuba), except that an admin1 named like one of the cities
   in it comes after them ("Kandahar" is the city, not the province);
5. primary name over alternate name; 6. population. (A big city matched by an alternate
   name is ranked as a smaller one when a town of 25,000+ has that name as its own: "New
   Amsterdam" is the Guyanese town, not New York.)
Alternate-name matches of places under 100,000 people count only in a context country
(GeoNames alternates of small towns are mostly transliterations: "Borno" is not Borna, DE);
so does an admin1 called by a plain English word ("Gulf", "Central", ``GENERIC_ADMIN1``).
Text is cleaned first: curly apostrophes, a possessive ("Pakistan's"), then a leading "the",
a trailing generic word ("Kandahar province") and a leading Arabic article ("al-Fallujah")
are dropped if the full text is unknown. Last, for a text nothing matches, a place whose
name has the same consonant skeleton ("Deir Ezzor" is Deir ez-Zor, see
``gazetteer.skeleton``), as an alternate-name match.

``event_location`` tries, in order (first hit wins; confidence in brackets):
1. toponyms in the verb's own clause (1.0, basis "clause"): the nearest that resolves, made
   more specific by a later one inside it ("in Porto Alegre ... in southern Brazil"). A
   name that is surely a place but is not in the gazetteer ("the Shebaa Farms in south
   Lebanon", "the village of X", ``Mention.certain``) wins when it is nearer: it is given
   unresolved, with no name or GeoNames id and the country, admin1 and point of the place
   it is in, if the clause names one (0.6, "unresolved"); then a demonym on a place noun:
   "in the Afghan capital" is Kabul (1.0, "capital"), "in a Somali town" is Somalia
   (0.6, "demonym");
2. the places of the subject: a subject naming the event ("a wave of attacks across Iraq")
   or an actor's "in"/"at" place ("police in Tokyo") (0.8, "subject");
3. the clause (then subject) place of the verbs it hangs on through same-scene links
   ("..., killing 8" shares "hit a trolleybus in Donetsk"; see ``clause.governing_verbs``)
   (0.6, "governing"; "coordination" for a coordinated verb);
4. the clause place of a "when"/"as"/"while" clause or participle under it ("were killed
   when gunmen attacked X") (0.6, "subordinate");
5. a fronted locative phrase of the verb or a verb governing it, "In Kabul, ..." (0.6,
   "scope"), then a dateline "KABUL, Afghanistan —" / "KABUL (Reuters) -" (0.6, "dateline");
6. a reference point of the clause, "raids north of Baghdad" (0.6, "reference");
7. the clause place of a coordinated verb sharing the subject (0.6, "coordination");
8. the country an organisation or venue in the clause is named after, "at the Turkish
   Diplomatic Forum", "at the Antalya Diplomacy Forum" (0.3, "organisation", country level):
   a demonym, or a country, US state or city of 100,000+ named in a modifier.
Nothing is taken from another sentence, nor from a clause that merely mentions a place
("after a rally in Moscow" is a noun's place, not the verb's).
Motion verbs take their ``to``/``into`` object as the place (a visit happens at the
destination); ``visit``/``tour`` take a place direct object. See ``clause`` for the tree rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..parse.spans import children_of, place_name, span_text
from ..records import Location
from .clause import (
    COMPASS,
    PLACE_NOUNS,
    VENUE_NOUNS,
    Mention,
    clause_mentions,
    coordinated_verbs,
    governing_verbs,
    scope_mentions,
    sentence_dateline,
    subject_mentions,
    subordinate_verbs,
    where_mentions,
)
from .demonyms import load_country_words
from .gazetteer import Gazetteer, Place, name_key, strip_article

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
    "governing": 0.6,
    "subordinate": 0.6,
    "subject": 0.8,
    "unresolved": 0.6,
    "reference": 0.6,
    "organisation": 0.3,
}
#: Places often named after another city than the one they are in ("Cairo Road" in Lusaka,
#: "Smolensk Square" in Moscow, a "Kyiv station").

#: Words for a first-level region before its "of" name ("the region of Tillabéri").
REGION_KIND_WORDS = frozenset({"region", "province", "state", "governorate", "department", "oblast", "prefecture",
                               "county", "district"})

NAMED_FOR_ELSEWHERE = frozenset({"street", "streets", "road", "avenue", "square", "boulevard", "lane", "highway",
                                 "alley", "alleyway", "bridge", "gate", "gates", "station", "embankment",
                                 "quay", "park", "garden", "gardens", "hotel", "restaurant", "cafe", "club",
                                 "bar", "cinema", "theatre", "theater"})
#: Generic words between a facility's place name and its kind ("Funafuti International
#: Airport", "Chingola Central Police Station").
FACILITY_QUALIFIERS = frozenset({"international", "central", "provincial", "regional", "national", "municipal",
                                 "city", "general", "main", "district", "police", "referral", "teaching", "state",
                                 "federal", "county", "civic", "public", "new", "old", "grand", "town", "border",
                                 "military", "air", "naval", "army", "port", "railway", "bus", "fish", "food",
                                 "market", "university", "court", "high", "magistrates", "magistrate", "supreme",
                                 # what a port or terminal handles: "the Richards Bay Coal Terminal"
                                 "container", "containers", "coal", "oil", "grain", "cargo", "ferry", "freight",
                                 "passenger", "fishing", "bulk", "fuel", "ore"})
#: Feasts and seasons the tagger sometimes takes for a place ("by Easter"), and whose
#: consonants a place's share ("Easter" is not Estuaire, Gabon): never places.
NOT_PLACES = frozenset({"easter", "christmas", "lent", "ramadan", "eid", "diwali", "passover", "hanukkah", "advent",
                        "pentecost", "thanksgiving", "new year", "nowruz", "tet", "carnival", "summer", "winter",
                        "spring", "autumn",
                        # Portuguese for a town hall ("the Paços do Concelho", which the tagger splits in
                        # two), not the town of Paços, Portugal
                        "paços do concelho", "pacos do concelho", "paços", "pacos", "concelho", "câmara municipal",
                        # world regions, which the gazetteer lacks: their consonants must not find
                        # a town ("the Caribbean city" is not Cirebon)
                        "caribbean", "pacific", "atlantic", "mediterranean", "balkans", "sahel", "levant",
                        "maghreb", "arctic", "antarctic"})
BIG_CITY = 500_000
SMALL_CITY = 100_000  # below this an alternate-name match needs its country in context
NAMED_TOWN = 25_000  # a town of this size by its own name beats a big city's alternate name
_FEATURE_RANK = {"country": 0, "admin1": 1, "city": 2}
GENERIC_ADMIN1 = frozenset(
    {
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "north",
        "south",
        "east",
        "west",
        "gulf",
        "coast",
        "coastal",
        "lakes",
        "islands",
        "capital",
        "upper",
        "lower",
        "centre",
        "center",
        "north east",
        "north west",
        "south east",
        "south west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "interior",
        "highlands",
        "lowlands",
        "plateau",
        "mountain",
        "valley",
        "delta",
        "border",
    }
)
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018`\u00b4", "'"))  # curly quotes, accents
_POSSESSIVE = re.compile(r"(?<=\w)'s?$", re.IGNORECASE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_GENERIC = re.compile(
    r"\s+(province|city|district|region|governorate|state|county|prefecture|area|town|"
    r"village|municipality|oblast|krai|department|countryside|canton|commune|parish)$",
    re.IGNORECASE,
)
#: The same generic word before the name, in lower case, as translations put it ("in the
#: sector of Lasso, canton Latacunga", "commune Kaya"): the bare name is tried too.
_LEADING = re.compile(
    r"^(?:province|city|district|region|governorate|state|county|prefecture|town|village|municipality|"
    r"department|canton|commune|parish)\s+(?=[A-Z])"
)
# The generic word says which kind of place the bare name is: "Kandahar province" is the
# province, "Kandahar city" the city; "district" and "area" say nothing at admin1 level, nor
# "county" outside `COUNTY_ADMIN1`.
_GENERIC_KIND = {
    "province": "admin1",
    "governorate": "admin1",
    "state": "admin1",
    "region": "admin1",
    "prefecture": "admin1",
    "oblast": "admin1",
    "krai": "admin1",
    "department": "admin1",
    "city": "city",
    "town": "city",
    "village": "city",
    "municipality": "city",
    "county": "county",
}
#: Countries whose counties are their first-level regions ("Kenya's Lamu county" is the
#: county, not its town Lamu); elsewhere a county says nothing at admin1 level.
COUNTY_ADMIN1 = frozenset({"KEN", "LBR", "IRL", "HUN", "HRV", "ROU", "NOR", "SWE", "EST", "LTU", "TWN"})


#: Place nouns of an island: the gazetteer lists none, only cities and regions.
ISLAND_WORDS = frozenset({"island", "islet", "atoll"})


@dataclass(frozen=True)
class PlaceResult:
    """An event location, how sure we are (1.0, 0.6 or 0.3) and which rule found it."""

    location: Location
    confidence: float
    basis: str


#: An abbreviated "Saint" opening a name ("St James", "Ste. Anne"), and its full form.
_SAINT = re.compile(r"(St|Ste|Sto|Sta)\.? ", re.IGNORECASE)
_SAINTS = {"st": "Saint", "ste": "Sainte", "sto": "Santo", "sta": "Santa"}


@lru_cache(maxsize=4096)
def _variants(text: str) -> list[tuple[str, str | None]]:
    """Cleaned spellings to try, most literal first, each with the kind of place a dropped
    generic word asks for ("admin1", "city" or None) (cached: do not change the list)."""
    base = _POSSESSIVE.sub("", text.translate(_APOSTROPHES).strip(" \t\n\"'.,;:()"))
    bare = _THE.sub("", base)
    generic = _GENERIC.search(bare)
    kind = _GENERIC_KIND.get(generic.group(1).lower()) if generic else None
    if kind is None and (leading := _LEADING.match(bare)):
        kind = _GENERIC_KIND.get(leading.group(0).strip())
    out: list[tuple[str, str | None]] = [(base, kind)]
    for candidate in (bare, _GENERIC.sub("", base), _GENERIC.sub("", bare), _LEADING.sub("", bare)):
        if candidate and candidate not in [v for v, _ in out]:
            out.append((candidate, kind))
    for candidate, want in list(out):
        if stripped := strip_article(name_key(candidate)):
            out.append((stripped, want))
    return out


def _nearer(mention: Mention, resolved: list[tuple[Mention, Place]]) -> bool:
    """Does an unresolved name come before the resolved places: no place resolved yet, or it
    names the place noun they only modify ("the Gaza City district of Shijaia")?"""
    if not resolved:
        return True
    return (
        mention.named
        and mention.anchor is not None
        and all(m.anchor == mention.anchor for m, _ in resolved)
    )


def generic_name(place: Place, text: str) -> bool:
    """Is ``text`` a plain English name of ``place`` ("Southern Province", "Old City"), one
    that names it only in a context country? (See `_generic_admin1`.)"""
    return _generic_admin1(place, text)


def _generic_admin1(place: Place, text: str) -> bool:
    """An admin1 called by a plain English word ("Gulf", "Central", "Eastern"), or any place
    called only by plain English words for places ("Old City", "New Town"): found by them
    only in a context country ("the Gulf" is not Gulf Province, Papua New Guinea; "the Foreign
    Ministry in the Old City" of Montevideo is not Jerusalem's)."""
    key = name_key(text)
    if place.feature == "admin1" and key in GENERIC_ADMIN1:
        return True
    words = key.split()
    return len(words) > 1 and all(w in GENERIC_PLACE_WORDS or w in GENERIC_ADMIN1 for w in words)


#: Plain English words a place's whole name can be made of ("Old City", "New Town",
#: "Capital District"): such a name is a place only in a context country.
GENERIC_PLACE_WORDS = frozenset({"old", "new", "city", "town", "village", "district", "quarter", "market", "port",
                                 "harbour", "harbor", "square", "bay", "hill", "hills", "river", "lake", "island",
                                 "airport", "station", "camp", "estate", "park", "bridge", "the", "of", "great",
                                 "little", "big", "high", "middle", "inner", "outer", "twin", "cities",
                                 # ("Southern Province" is Sri Lanka's, Zambia's, Rwanda's ... region)
                                 "province", "region", "state", "division", "department", "governorate",
                                 "county", "prefecture", "territory"})


def _inside(inner: Place, outer: Place) -> bool:
    """Is ``inner`` a more specific place inside ``outer`` (a city in its country or admin1,
    an admin1 in its country)?"""
    rank = _FEATURE_RANK
    if rank[inner.feature] <= rank[outer.feature] or inner.country != outer.country:
        return False
    return outer.feature == "country" or inner.admin1_code == outer.admin1_code


def _unresolved(text: str, outer: Place | None) -> Location:
    """A place name the gazetteer lacks: the country, admin1 and point of the place it is
    in, when the clause names one; no name and no GeoNames id."""
    if outer is None:
        return Location(text=text)
    return Location(
        text=text,
        country=outer.country,
        admin1=outer.admin1
        if outer.feature == "city"
        else (outer.name if outer.feature == "admin1" else None),
        lat=outer.lat,
        lon=outer.lon,
    )


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


#: Entries kept by `PlaceResolver.best_place` before its cache starts afresh.
_CACHE_SIZE = 50_000


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
        self._cache: dict[tuple[str, tuple[str, ...], str | None, bool], Place | None] = {}
        self._countries_of: dict[tuple[str, bool], frozenset[str]] = {}

    # -- toponyms ------------------------------------------------------------------------
    def best_place(
        self,
        text: str,
        context_countries: Sequence[str] = (),
        *,
        within: str | None = None,
        primary_only: bool = False,
    ) -> Place | None:
        """The best gazetteer record for ``text`` (see the module rules), or None. Answers
        are cached: the same name in the same context is looked up once."""
        if text.strip().lower() in NOT_PLACES:
            return None
        # Only the first occurrence of a country matters to the ranking (its salience).
        context = tuple(dict.fromkeys(context_countries))
        if context and within is None:
            # Only the context countries that have a place of this name (and whether there is
            # a context at all) change the answer: a name read in another report's countries
            # is then looked up once, not once per report.
            present = self._name_countries(text, primary_only)
            context = tuple(iso for iso in context if iso in present) or context[:1]
        key = (text, context, within, primary_only)
        if key in self._cache:
            return self._cache[key]
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        found = self._cache[key] = self._best_place(text, context, within, primary_only)
        return found

    def _name_countries(self, text: str, primary_only: bool) -> frozenset[str]:
        """The countries of every gazetteer record `_best_place` could weigh for ``text``
        (cached)."""
        key = (text, primary_only)
        if (found := self._countries_of.get(key)) is not None:
            return found
        countries: set[str] = set()
        settled = False  # a record that any context admits: the spelling variants are never tried
        variants = _variants(text)
        if _POSSESSIVE.search(text.translate(_APOSTROPHES).strip()):
            countries.update(place.country for place, _ in self.gazetteer.candidates(text)
                             if place.name.translate(_APOSTROPHES).endswith("'s"))
        for variant, _ in variants:
            for place, primary in self.gazetteer.candidates(variant):
                countries.add(place.country)
                settled = settled or (primary and not _generic_admin1(place, variant)) or (
                    not primary_only and place.population >= SMALL_CITY)
        if not settled and not primary_only:
            for variant, _ in variants:
                countries.update(place.country for place in self.gazetteer.skeleton_candidates(variant))
        if len(self._countries_of) >= _CACHE_SIZE:
            self._countries_of.clear()
        found = self._countries_of[key] = frozenset(countries)
        return found

    def _best_place(
        self, text: str, context_countries: tuple[str, ...], within: str | None, primary_only: bool
    ) -> Place | None:
        variants = _variants(text)
        if _POSSESSIVE.search(text.translate(_APOSTROPHES).strip()) and (candidates := [
                (place, primary) for place, primary in self.gazetteer.candidates(text)
                if place.name.translate(_APOSTROPHES).endswith("'s")]):
            # "in St John's": a name that ends as a possessive does (not St John, Jersey)
            return self._rank(candidates, list(context_countries), within, None)
        for variant, kind in variants:
            found = self.gazetteer.candidates(variant)
            if saint := _SAINT.match(variant):
                # "St James" is also the parish of Saint James, not only Vũng Tàu's old
                # alternate name "St. James"
                found = [*found, *self.gazetteer.candidates(f"{_SAINTS[saint.group(1).lower()]} {variant[saint.end():]}")]
            candidates = [
                (place, primary)
                for place, primary in found
                if (primary and not _generic_admin1(place, variant))
                or (not primary_only and place.population >= SMALL_CITY)
                or place.country in context_countries
            ]
            if candidates and context_countries and not within and all(
                    place.feature == "city" and place.population < SMALL_CITY and place.country not in context_countries
                    for place, _ in candidates):
                # "near Léré" in a report on Mali: the gazetteer's Léré in Chad and Lere in
                # Nigeria are small towns abroad; the Malian one it lacks is meant
                return None
            if candidates and not context_countries and not within and len({p.country for p, _ in candidates}) > 1 and all(
                    place.feature == "city" and place.population < SMALL_CITY for place, _ in candidates):
                # "Bor" in a report that names no country: small towns of that name in
                # South Sudan, Russia and Serbia; none is more likely than another
                return None
            if candidates:
                return self._rank(candidates, list(context_countries), within, kind)
        if primary_only:
            return None
        for variant, kind in variants:  # a transliteration variant ("Deir Ezzor")
            # (in a story that names its countries, only theirs: "Al Bustan" in Muscat is
            # not Boston)
            candidates = [
                (place, False)
                for place in self.gazetteer.skeleton_candidates(variant)
                if place.country in context_countries or (not context_countries and place.population >= SMALL_CITY)
            ]
            if candidates:
                return self._rank(candidates, list(context_countries), within, kind)
        return None

    def _rank(
        self,
        candidates: list[tuple[Place, bool]],
        context: list[str],
        within: str | None,
        wants: str | None = None,
    ) -> Place:
        inside: tuple[str, str] | None = None
        if within and (iso3 := self.demonyms.get(within.casefold())):
            context = [iso3, *context]
        elif within and (outer := self.best_place(within, context, primary_only=True)):
            if outer.feature == "country":
                context = [outer.country, *context]
            elif outer.feature in ("admin1", "city"):
                inside = (outer.country, outer.admin1_code)
        country_name = any(p.feature == "country" for p, _ in candidates)
        # "Dhaka" is the capital of Bangladesh even in an article that names India before
        # Bangladesh (India has a small Dhaka too): salience does not lift a small town over a
        # big city of a context country
        big_city = any(p.feature == "city" and p.population >= BIG_CITY and p.country in context for p, _ in candidates)
        # "Kandahar" is the city, not the province named after it, unless the text says so
        seats = {(p.country, p.admin1_code) for p, _ in candidates if p.feature == "city"}
        # "New Amsterdam" is the Guyanese town of that name, not New York City, whose old name
        # it is: a big city's alternate name does not beat a real town's own name
        town = any(primary and p.feature == "city" and p.population >= NAMED_TOWN for p, primary in candidates)

        def key(candidate: tuple[Place, bool]) -> tuple[int, int, int, int, bool, int]:
            place, primary = candidate
            kind = ("admin1" if place.country in COUNTY_ADMIN1 else None) if wants == "county" else wants
            outside = 0 if inside and (place.country, place.admin1_code) == inside else 1
            salience = context.index(place.country) if place.country in context else len(context)
            wanted = 0 if kind is None or place.feature == kind else 1
            if big_city and place.feature == "city" and place.population < BIG_CITY:
                salience = len(context)
            if country_name:
                if place.feature == "city":
                    salience = len(context)
                group = _FEATURE_RANK[place.feature]
            elif place.feature == "admin1":
                group = (
                    1 if kind == "admin1" or (place.country, place.admin1_code) not in seats else 3
                )
            else:
                group = 0 if place.population >= BIG_CITY and (primary or not town) else 2
            return (outside, wanted, salience, group, not primary, -place.population)

        return min(candidates, key=key)[0]

    def resolve_toponym(
        self, text: str, context_countries: Sequence[str] = (), *, within: str | None = None
    ) -> Location | None:
        """The Location ``text`` most likely names, given the document's countries."""
        place = self.best_place(text, context_countries, within=within)
        return _location(text, place) if place else None

    def specific_place(self, text: str, context_countries: Sequence[str] = (),
                       primary_only: bool = False) -> tuple[int, str] | None:
        """(GeoNames id, ISO3 country) of the city or region ``text`` names; None for a
        country or no place (with `primary_only`, as `best_place`)."""
        place = self.best_place(text, context_countries, primary_only=primary_only)
        if place is None or place.feature == "country":
            return None
        return place.geonames_id, place.country

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
        if found := self._clause_place(mentions, context, "clause"):
            return found
        if found := self._first_toponym(subject_mentions(verb), context, "subject"):
            return found
        if found := self._first_toponym(where_mentions(verb), context, "clause"):
            return found  # "the march in Kathmandu, where police used water cannon"
        link = verb
        for governor in governing_verbs(verb):  # "..., killing 8": the governing clause
            basis = "coordination" if link.dep_ == "conj" else "governing"
            if found := self._clause_place(clause_mentions(governor), context, basis):
                return found
            if found := self._first_toponym(subject_mentions(governor), context, basis):
                return found
            link = governor
        for clause in subordinate_verbs(verb):
            if found := self._clause_place(clause_mentions(clause), context, "subordinate"):
                return found
        if found := self._first_toponym(scope_mentions(verb), context, "scope"):
            return found
        if found := self._dateline(verb, context):
            return found
        refs = [m for m in mentions if m.reference]  # "north of Baghdad": a reference point
        if found := self._first_toponym(refs, context, "reference", references=True):
            return found
        for other in coordinated_verbs(verb):
            if found := self._first_toponym(clause_mentions(other), context, "coordination"):
                return found
        for mention in mentions:
            iso3 = self._named_after(mention.span) if mention.kind == "organisation" else None
            if iso3 and (location := self.country_location(iso3, mention.span.text)):
                return PlaceResult(location, CONFIDENCE["organisation"], "organisation")
        return None

    def the_capital(self, verb: Token, home: str | None) -> PlaceResult | None:
        """"In the capital, demonstrators waved opposition flags": a bare "the capital" in
        the event's own clause is the capital of the story's country, when it has one."""
        if home is None or home not in self.capitals:
            return None
        verbs = [verb]
        while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
            verbs.append(verbs[-1].head)  # "In the capital, demonstrators waved flags and chanted"
        for prep in (c for v in verbs for c in children_of(v)):
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
                continue
            for obj in children_of(prep):
                if obj.dep_ == "pobj" and obj.lemma_.lower() == "capital" and [c.lower_ for c in children_of(obj)] == ["the"]:
                    capital = self.best_place(self.capitals[home], [home], primary_only=True)
                    if capital is not None and capital.country == home:
                        return PlaceResult(_location(f"the {obj.text}", capital), CONFIDENCE["capital"], "capital")
        return None

    def _clause_place(
        self, mentions: list[Mention], context: list[str], basis: str
    ) -> PlaceResult | None:
        """The place of a clause: its toponyms (most specific, see ``_first_toponym``), else
        a demonym on a place noun."""
        if found := self._first_toponym(mentions, context, basis):
            return found
        return self._first_demonym(mentions, "demonym")

    def _first_toponym(
        self,
        mentions: list[Mention],
        context: list[str],
        basis: str,
        *,
        references: bool = False,
    ) -> PlaceResult | None:
        """The nearest toponym that resolves, made more specific by a later one inside it
        ("in Porto Alegre ... in southern Brazil" is Porto Alegre whatever the order). A
        place-tagged name the gazetteer lacks ("the Shebaa Farms in south Lebanon") comes
        first when it is nearer: it is returned unresolved, with the country, admin1 and
        point of the place named after it (basis "unresolved")."""
        resolved: list[tuple[Mention, Place]] = []
        unknown: Mention | None = None
        for mention in mentions:
            if mention.kind != "toponym" or span_text(mention.span).islower():
                continue  # place names are capitalised: "the eastern bank" is no "Bank"
            if mention.reference != references:
                continue  # "Yendi, 531 km north of Accra": Accra is only a reference point
            if place := self._mention_place(mention, context):
                resolved.append((mention, place))
            elif unknown is None and self._unknown_place(mention) and _nearer(mention, resolved):
                unknown = mention
        if unknown is not None:
            outer = resolved[0][1] if resolved else None
            if outer is None and unknown.within is not None:
                outer = self.best_place(unknown.within.text, context, primary_only=True)
            span = unknown.span[:-1] if unknown.span[-1].tag_ == "POS" else unknown.span
            location = _unresolved(span.text, outer)
            return PlaceResult(location, CONFIDENCE["unresolved"], "unresolved")
        if not resolved:
            return None
        mention, place = resolved[0]
        for other, inner in resolved[1:]:
            if _inside(inner, place):
                mention, place = other, inner
        return PlaceResult(_location(span_text(mention.span), place), CONFIDENCE[basis], basis)

    def _mention_place(self, mention: Mention, context: list[str]) -> Place | None:
        """The gazetteer record of a toponym mention. A proper noun the tagger did not call a
        place, as the direct object of a place verb, must name a country, an admin1, a city
        of 100,000+ or a place in a context country ("captured Bembe" is a person)."""
        within = mention.within.text if mention.within is not None else None
        primary_only = mention.loose and not mention.named
        place = None
        if mention.anchor is not None and mention.span.doc[mention.anchor].lemma_.lower() in ISLAND_WORDS:
            # "the southern island of Tanna": the gazetteer has no islands, so a city's own
            # name or a place of the story's countries, not another name of a city abroad
            # (Thane, India, is also called Tanna)
            primary_only = True
        if mention.anchor is not None and mention.anchor < mention.span.start:
            kind = mention.span.doc[mention.anchor]
            if kind.lower_ in REGION_KIND_WORDS:
                # "in the region of Tillabéri": the region, not its capital town
                place = self.best_place(f"{span_text(mention.span)} {kind.lower_}", context, within=within)
        text = place_name(mention.span)  # ("in St John's": see `_best_place`)
        place = place or self.best_place(text, context, within=within, primary_only=primary_only)
        if place is not None and place.feature == "country" and (capital := self._capital_of(mention, place)):
            return capital  # "police in Sri Lanka's capital": Colombo, not the country
        span = mention.span
        if place is None and span[0].text[:1].isupper() and (city := self.facility_city(span, context)):
            return city
        if (
            place is not None
            and mention.direct
            and mention.loose
            and place.feature == "city"
            and place.population < SMALL_CITY
            and place.country not in context
        ):
            return None
        return place

    def facility_city(self, span: Span, context: Sequence[str] = ()) -> Place | None:
        """The city or region a named place the gazetteer lacks is named after: "the Honiara
        Central Market", "Port Sudan International Airport", "the Cebu Provincial Capitol";
        not a street or a square, which often carry another city's name ("Cairo Road" in
        Lusaka: `NAMED_FOR_ELSEWHERE`)."""
        root = span.root.lemma_.lower()
        police_station = root == "station" and any(t.lower_ == "police" for t in span)
        if len(span) < 2 or root not in PLACE_NOUNS or (root in NAMED_FOR_ELSEWHERE and not police_station):
            return None
        start = span.start
        while start > 0 and span.doc[start - 1].pos_ == "PROPN" and span.doc[start - 1].dep_ == "compound" and (
                span.start <= span.doc[start - 1].head.i < span.end):
            start -= 1  # ("the Richards Bay Coal Terminal", tagged "Richards" and "Bay Coal Terminal")
        words = [t for t in span.doc[start : span.end] if t.lower_ != "the" and t.tag_ != "POS"]  # ("Lusaka's University Teaching Hospital")
        if not words or not words[0].text[:1].isupper():
            return None
        # the name before the generic words ("International", "Central Police"): all of it,
        # so "Hamid Karzai International Airport" is not in a town called Hamid
        stop = len(words) - 1
        while stop > 1 and words[stop - 1].lower_ in FACILITY_QUALIFIERS:
            stop -= 1
        city = self.best_place(" ".join(t.text for t in words[:stop]), context, primary_only=True)
        return city if city is not None and city.feature in ("city", "admin1") else None

    def _capital_of(self, mention: Mention, country: Place) -> Place | None:
        """The capital a country's name possesses ("Nepal's capital", "the Sri Lankan
        capital" is read elsewhere as a demonym), or None."""
        root = mention.span.root
        head = root.head
        if root.dep_ not in ("poss", "compound") or head.lemma_.lower() != "capital" or country.country not in self.capitals:
            return None
        capital = self.best_place(self.capitals[country.country], [country.country], primary_only=True)
        return capital if capital is not None and capital.country == country.country else None

    def _unknown_place(self, mention: Mention) -> bool:
        """A place-tagged name worth reporting although the gazetteer lacks it: capitalised,
        not a demonym ("Syrian"), nor a demonym before a common noun ("the southern Kazakh
        city of Taraz", tagged "Kazakh city"), at most six words."""
        span = mention.span
        words = [t for t in span if t.is_alpha and t.lower_ != "the"]
        return (
            mention.certain
            and 0 < len(words) <= 6
            and words[0].text[:1].isupper()
            and words[0].lower_ not in COMPASS
            and span.root.lemma_.lower() not in VENUE_NOUNS  # "the New York Peace Summit"
            and span.text.casefold() not in self.demonyms
            and not (words[-1].text.islower() and all(w.text.islower() or w.text.casefold() in self.demonyms for w in words))
        )

    def _first_demonym(self, mentions: list[Mention], basis: str) -> PlaceResult | None:
        for mention in mentions:
            iso3 = self.demonyms.get(span_text(mention.span).casefold())
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

    def _dateline(self, verb: Token, context: list[str]) -> PlaceResult | None:
        """The place of the dateline the verb's sentence starts with, if any."""
        found = sentence_dateline(verb)
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
