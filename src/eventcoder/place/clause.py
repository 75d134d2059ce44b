"""Where in a parse an event's place can be: dependency-tree rules, no gazetteer.

An event's own clause is the verb plus its arguments, never a nested clause of another verb
(children with a dep in ``CLAUSAL`` are not entered). From the verb we follow:

* ``prep`` children, except those about another event at another time ("one day **after
  a rally in Moscow**", "since the start of a crackdown in X", ``TEMPORAL_PREPS``). A *locative* preposition (``LOCATIVE``; also ``to``/``into`` when the verb
  is a motion verb, ``MOTION_VERBS``; ``over`` when it is an air verb, ``AIR_VERBS``, "shot
  down over Laos") makes its object a place slot: "attacked a checkpoint **in Kandahar**".
  ``on``/``off``/``over`` count only before a place noun ("on the outskirts of X") or after
  one ("the skies over Sarajevo"). A preposition fronted before its head and set off by a
  comma ("In Kabul, ...") belongs to the sentence scope, not the clause (``scope_mentions``).
* ``dobj``/``nsubjpass``/``dative``/``attr`` children: their own locative preps ("an attack on
  a checkpoint in Kandahar"); for ``PLACE_OBJECT_VERBS`` a place direct object, or passive
  subject, is the place ("visited Moscow", "captured Kabul", "Kisangani was captured").
* the passive agent: its own locative preps ("captured by U.S. forces **in Afghanistan**").
* a compass word with an "of" phrase ("raids **north of Baghdad**", "20 km west of X").
* Inside a place slot: a GPE/LOC/FAC entity, or a proper noun left untagged or tagged ORG,
  PERSON, NORP or LANGUAGE (``loose``: the resolver then accepts only a primary-name match).
  A place noun ("province", "outskirts", "corner", "restaurant", ``PLACE_NOUNS``) yields its
  "of" object, its entity or proper-noun modifiers ("Kandahar province", "an upscale Baghdad
  restaurant", "Tokyo's skies"), or a demonym modifier ("the Afghan capital", kind
  ``demonym``). A quantity word passes its "of" phrase through ("captured **much of**
  Liberia", ``PART_WORDS``). A venue ("forum", "summit", ``VENUE_NOUNS``; not newspapers or
  companies) yields kind ``organisation``, except embassies and consulates
  (``EXTRATERRITORIAL``).
Subjects and their modifiers are never clause place slots: "Afghan forces", "the Kabul
government". A subject that names the event itself ("a wave of attacks across Iraq killed",
``EVENT_NOUNS``) is read by ``subject_mentions``, a later fallback.

Clause links (``governing_verbs``, ``subordinate_verbs``): a participle adjunct without a
subject ("..., killing 8"), a coordinated verb, an open complement ("tried to flee") or a
"when"/"as" clause describes the same scene as the verb it hangs on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from ..parse.spans import children_of, doc_text, doc_tokens, entity_at, sent_bounds, span_text
from ..time._lexicon import MONTHS, WEEKDAYS

__all__ = [
    "Mention",
    "clause_mentions",
    "coordinated_verbs",
    "dateline",
    "governing_verbs",
    "in_speaker_phrase",
    "scope_mentions",
    "sentence_dateline",
    "subject_mentions",
    "subordinate_verbs",
    "where_mentions",
]

# fmt: off
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ORG_LABELS = frozenset({"ORG", "FAC"})
# Labels the tagger gives place names by mistake ("Aleppo" as NORP, "Cairo" as PERSON).
LOOSE_LABELS = frozenset({"", "ORG", "PERSON", "NORP", "LANGUAGE"})

#: Names of feasts and seasons the tagger marks as dates, never places.
CALENDAR_NAMES = frozenset({"christmas", "easter", "ramadan", "eid", "diwali", "passover", "hanukkah", "lent",
                            "advent", "nowruz", "navruz", "tet", "pentecost", "whitsun", "thanksgiving", "halloween",
                            "spring", "summer", "autumn", "fall", "winter", "yesterday", "today", "tomorrow",
                            "weekend", "midnight", "noon", "dawn", "dusk"})
# Premises of another state: "the US embassy" does not put the event in the USA.
EXTRATERRITORIAL = frozenset({"embassy", "consulate", "consulate-general", "mission"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "within",
                      "throughout", "through", "along", "beside", "nearby", "amid", "among"})
SOFT_LOCATIVE = frozenset({"on", "off", "over"})  # only next to a place noun
NAME_JOINERS = frozenset({"-", "\u2010", "\u2011", "'", "\u2019", "\u2018"})
NAME_PARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ez", "e",
                            "de", "del", "la", "le", "di", "da", "do", "dos", "i", "bin", "ibn"})
# Generic words that are no place name on their own ("the State", "Province").
GENERIC_WORDS = frozenset({"state", "province", "region", "country", "city", "district",
                           "governorate", "county", "republic", "kingdom", "island", "islands",
                           "town", "village", "capital", "area", "camp", "front"})
# Prepositions after which a proper noun is a place even when untagged ("in Awja"); not "at"
# ("at Harvard", "at Google").
AREA_PREPS = frozenset({"in", "near", "inside", "outside", "around", "across", "throughout",
                        "within", "along"})
MOTION_VERBS = frozenset({"visit", "travel", "fly", "arrive", "go", "return", "come", "head",
                          "tour", "journey", "deploy", "march", "pour", "flee", "move"})
# Verbs of flight: "over" names the ground below ("shot down over Laos").
AIR_VERBS = frozenset({"fly", "patrol", "shoot", "down", "crash", "hover", "circle", "drop",
                       "intercept", "eject", "overfly", "spot", "bomb", "strike", "launch",
                       "conduct", "carry", "violate"})
# Verbs whose place direct object is where the event is: "visited Moscow", "captured Kabul".
PLACE_OBJECT_VERBS = frozenset({"visit", "tour", "capture", "seize", "occupy", "enter",
                                "invade", "storm", "raid", "patrol", "besiege", "recapture",
                                "retake", "liberate", "overrun", "shell", "bomb", "bombard",
                                "attack", "target", "hit", "strike", "take", "control",
                                "encircle", "surround", "evacuate", "reach", "cross"})
MOTION_PREPS = frozenset({"to", "into"})
# Prepositions that put another event at another time: its place is its own ("since the
# start of a crackdown in X", "before talks in Y"). "after"/"following" often name the event
# just before, at the same place ("captured after a gunbattle in Karachi"), unless a span of
# time is given ("one day after a rally in Moscow").
TEMPORAL_PREPS = frozenset({"before", "since", "until", "till", "prior", "ahead", "pending"})
SEQUENCE_PREPS = frozenset({"after", "following"})
#: Verbs whose object is a topic: a place in it is what was talked about, not where.
TOPIC_VERBS = frozenset({"discuss", "debate", "address", "raise", "review", "examine", "consider", "tackle",
                         # what one rejects, disputes or judges ("rejected the result of the
                         # by-election in Katutura East", "condemned the raid on Jenin")
                         "reject", "dispute", "contest", "challenge", "denounce", "condemn", "criticise", "criticize",
                         "welcome", "annul"})
#: Nouns of a reply to something done before ("in response to the expulsion of our consul
#: in Liberia", "in retaliation for the raid on Jenin"): what they name is another event,
#: whose place is not this one's.
RESPONSE_NOUNS = frozenset({"response", "reply", "retaliation", "reprisal", "reciprocity", "reaction", "retribution",
                            "revenge", "riposte"})
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass",
                     "parataxis", "conj", "pcomp"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "attr"})
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "appos", "poss"})
# Place nouns whose "of" phrase names the place or its container: "the city of X", "the
# outskirts of X", "a corner of X".
AREA_NOUNS = frozenset({
    # settlements and divisions
    "city", "town", "village", "hamlet", "settlement", "township", "locality", "community",
    "province", "district", "region", "area", "capital", "state", "county", "governorate",
    "prefecture", "municipality", "territory", "enclave", "quarter", "sector", "zone",
    "department", "oblast", "raion", "canton", "upazila", "tehsil", "woreda",
    "neighbourhood", "neighborhood", "suburb", "suburbs", "outskirts", "outskirt", "downtown",
    "countryside", "hometown", "stronghold", "heartland", "camp", "slum", "ward", "precinct",
    # parts and sides
    "part", "parts", "north", "south", "east", "west", "centre", "center", "heart", "corner",
    "edge", "side", "fringe", "fringes", "periphery", "vicinity", "environs", "border",
    "borders", "frontier", "axis", "frontline", "entrance", "entry", "exit", "gate", "gates", "perimeter",
    "grounds", "premises", "courtyard", "walls", "middle", "corridor", "flank", "flanks",
    "belt", "strip", "hinterland", "interior", "surroundings", "approaches", "limits",
    # land, water and air
    "coast", "coastline", "shore", "shores", "waters", "skies", "sky", "airspace", "soil",
    "valley", "island", "islands", "mountain", "mountains", "hill", "hills", "desert",
    "jungle", "forest", "plain", "plains", "peninsula", "riverbank",
    # ways and open places
    "street", "streets", "road", "highway", "alley", "alleyway", "lane", "avenue", "square",
    "port", "harbour", "harbor",
})
# Facilities: their modifiers may name the place ("an upscale Baghdad restaurant"), but their
# "of" phrase names an owner ("the house of X", "the office of X"), not a place.
FACILITY_NOUNS = frozenset({
    "bridge", "junction", "crossing", "roundabout", "checkpoint", "base", "airbase",
    "airport", "station", "market", "marketplace", "bazaar", "souk", "mall", "shop", "store",
    "restaurant", "cafe", "hotel", "hostel", "hospital", "clinic", "school", "mosque",
    "church", "temple", "shrine", "synagogue", "prison", "jail", "university", "campus",
    "stadium", "park", "compound", "palace", "building", "barracks", "garrison", "outpost",
    "facility", "plant", "refinery", "field", "fields", "farm", "farms",
    "home", "house", "residence", "office", "offices", "headquarters", "museum", "theatre",
    "theater", "cinema", "club", "nightclub", "bar", "zoo", "cemetery", "monastery",
    "cathedral", "hall", "tower", "dam", "mine", "airfield", "complex", "center", "centre",
    "post", "depot", "warehouse", "courthouse", "capitol", "terminal", "pier", "wharf", "quay",
})
PLACE_NOUNS = AREA_NOUNS | FACILITY_NOUNS
# Words after a name that say which kind of place it is ("Nineveh province").
KIND_WORDS = frozenset({"province", "governorate", "state", "region", "oblast", "prefecture",
                        "krai", "department", "district", "county", "city", "town", "village",
                        "municipality"})
# Area nouns whose "of" phrase is the place's own name: "the town of X" (X is a place even
# when the tagger and the gazetteer do not know it); other area nouns name a part of it.
NAMED_NOUNS = frozenset({
    "city", "town", "village", "hamlet", "settlement", "township", "locality", "community",
    "province", "district", "region", "area", "state", "county", "governorate", "prefecture",
    "municipality", "territory", "enclave", "quarter", "neighbourhood", "neighborhood",
    "suburb", "hometown", "camp", "island", "valley", "port", "capital",
})
# Settlement nouns whose "of" phrase, when it is a proper name, is the settlement itself; a
# name before the noun then says where it lies: "the Black Sea city of Batumi", "the
# Kurdish town of Kobani" (but "the Shaab neighborhood of Baghdad" names the neighbourhood).
SETTLEMENT_NOUNS = frozenset({
    "city", "town", "village", "hamlet", "settlement", "township", "port", "capital",
})
# Quantity words whose "of" phrase is the real object: "captured much of Liberia".
PART_WORDS = frozenset({"much", "most", "all", "half", "rest", "bulk", "swath", "swathe",
                        "swaths", "swathes", "majority", "remainder", "some", "portion",
                        "portions", "chunk", "chunks", "tract", "tracts", "pocket", "pockets",
                        "third", "wave", "series", "spate", "string"})
# Compass words: "north of Baghdad" is a place phrase.
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                     "southwest", "north-east", "north-west", "south-east", "south-west",
                     "northward", "southward", "eastward", "westward", "outside"})
VENUE_NOUNS = frozenset({"forum", "summit", "conference", "meeting", "talk", "dialogue",
                         "symposium", "convention", "congress", "festival", "expo",
                         "exhibition", "parliament", "assembly", "ministry"})
# Nouns that name an event: as a subject, their place is the place of the event they cause.
EVENT_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "bomb", "fighting",
                         "clash", "violence", "shelling", "raid", "strike", "airstrike",
                         "air strike", "assault", "offensive", "riot", "protest",
                         "demonstration", "ambush", "gunfire", "shooting", "massacre",
                         "operation", "crackdown", "battle", "firefight", "skirmish",
                         "earthquake", "flood", "fire", "unrest", "incident", "rally",
                         "march", "walkout", "sit-in", "vigil", "stoppage", "strike", "blockade",
                         "arrest", "detention", "visit", "talks", "meeting", "summit", "ceremony",
                         "handover", "airlift", "delivery", "expulsion", "kidnapping", "abduction",
                         "assassination", "killing", "bombardment", "incursion", "uprising"})
# Quantity nouns before "of" in a subject: "hundreds of people in X".
GROUPS = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens", "number",
                    "group", "groups", "crowd", "crowds"})
# Subordinators of clauses that describe the same moment: "killed when gunmen attacked".
SAME_SCENE_MARKERS = frozenset({"when", "as", "while"})
#: Events told as the subject of a "while" clause are events of their own, elsewhere:
#: "police fired tear gas at marchers in the capital, while a smaller rally took place in
#: Pokhara".
OTHER_EVENT_SUBJECTS = frozenset({
    "rally", "protest", "march", "demonstration", "strike", "walkout", "vigil", "sit", "stoppage",
    "attack", "clash", "raid", "blast", "explosion", "meeting", "gathering",
})
# fmt: on
MAX_DEPTH = 4


@dataclass(frozen=True)
class Mention:
    """A possible place: ``kind`` is toponym, demonym or organisation."""

    span: Span
    kind: str
    depth: int
    loose: bool = False  # a proper noun not tagged as a place: primary-name matches only
    within: Span | None = None  # "Kandahar, Afghanistan": the appositive container
    phrase: Span | None = None  # demonym kind: the whole phrase, "Afghan capital"
    named: bool = False  # the name of a place noun: "the town of X", "a neighborhood, X"
    direct: bool = False  # the direct object of a place verb: "captured X"
    reference: bool = False  # a reference point: "20 km north of X"
    anchor: int | None = None  # the place noun it names or modifies ("district" in "the X
    # district of Y"): a name and a container of one place noun

    @property
    def order(self) -> tuple[int, int]:
        return (self.depth, self.span.start)

    @property
    def certain(self) -> bool:
        """Surely a place name, even when the gazetteer does not know it: the name of a
        place noun ("the village of X"), or a GPE/LOC/FAC entity in a prepositional slot
        (a LOC/FAC entity as a direct object: "stormed the Heart Hospital")."""
        if self.kind != "toponym" or self.reference:
            return False
        if self.named:
            return True
        labels = ("LOC", "FAC") if self.direct else ("GPE", "LOC", "FAC")
        return not self.loose and self.span.label_ in labels


def _entity(token: Token, labels: frozenset[str]) -> Span | None:
    if token.ent_type_ not in labels:
        return None
    return entity_at(token)


def _proper_noun(token: Token) -> Span | None:
    """A proper noun the tagger left untagged or took for an ORG, PERSON, NORP or LANGUAGE
    ("KABUL", "Ghazni", "near Avdiivka", "Bama Town"), with its compound proper nouns
    ("Lashkar Gah")."""
    if token.pos_ != "PROPN":
        return None
    if token.ent_type_ == "DATE":
        # "in Niger", tagged a date: a lone name that is no month, weekday or feast
        ent = entity_at(token)
        if (ent is None or len(ent) != 1 or token.lower_ in MONTHS or token.lower_ in WEEKDAYS
                or token.lower_ in CALENDAR_NAMES or not token.text.isalpha()):
            return None
        return ent
    if token.ent_type_ not in LOOSE_LABELS:
        return None
    if token.ent_type_:
        ent = _entity(token, frozenset({token.ent_type_}))
        if ent is not None and ent[0].lower_ == "the" and len(ent) > 1:
            ent = ent[1:]
        return ent
    doc, start = token.doc, token.i
    inside = range(token.left_edge.i, token.i)
    while start - 1 in inside:  # "Mazar-e-Sharif", "Aleppo Governorate", "Khan al-Assal"
        prev = doc[start - 1]
        particle = prev.lower_ in NAME_PARTICLES and doc[start - 2].pos_ == "PROPN"
        if prev.pos_ == "PROPN" or prev.text in NAME_JOINERS or (particle and start - 2 in inside):
            start -= 1
        else:
            break
    while start < token.i and doc[start].text in NAME_JOINERS:
        start += 1
    return doc[start : token.i + 1]


def _headline(sent: Span) -> bool:
    """A sentence in title case ("Militants Killed in Raid"): capitals say nothing there."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) > len(words) / 2


def _pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, through "outside of" / "near to" chains."""
    objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
    for child in children_of(prep):
        if child.dep_ == "prep" and not objects:
            objects += [c for c in children_of(child) if c.dep_ == "pobj"]
    return objects


def _within(token: Token) -> Span | None:
    for child in children_of(token):  # (its right children, in order: `token.rights` makes new token objects)
        if child.i > token.i and child.dep_ in ("appos", "npadvmod") and (ent := _entity(child, PLACE_LABELS)):
            return ent
    return None


def _hint(head: Token) -> Span | None:
    """The country-ish modifier of a place noun: "the Lebanese port city", "Syria's city"."""
    for child in children_of(head):
        if child.dep_ in MODIFIER_DEPS and (
            _entity(child, PLACE_LABELS) or child.ent_type_ == "NORP"
        ):
            return _entity(child, PLACE_LABELS) or head.doc[child.i : child.i + 1]
    return None


def _placey(token: Token) -> bool:
    return token.lemma_.lower() in PLACE_NOUNS or token.lower_ in PLACE_NOUNS


def _slot(
    head: Token,
    depth: int,
    out: list[Mention],
    locative: bool,
    hint: Span | None = None,
    *,
    named: bool = False,
    direct: bool = False,
    anchor: int | None = None,
) -> None:
    """Collect mentions in a noun phrase headed by ``head``; recurse into its preps.
    ``hint`` is the container named around it ("Lebanese" in "the Lebanese city of X");
    ``named``: the phrase is the name of a place noun ("the town of X"); ``direct``: the
    phrase is the direct object of a place verb ("captured X"), where a person's name is
    more likely than a place's."""
    if depth > MAX_DEPTH:
        return
    if head.dep_ == "pobj" and head.lemma_.lower() in RESPONSE_NOUNS:
        return  # "in reciprocity to the expulsion of our consul in Liberia": another event
    placey = _placey(head)
    lemma = head.lemma_.lower()
    if locative:
        within = _within(head) or hint
        if ent := _entity(head, PLACE_LABELS):
            out.append(
                Mention(
                    ent, "toponym", depth, within=within, named=named, direct=direct, anchor=anchor
                )
            )
        elif loose := _proper_noun(head):
            # "killed in Awja": a proper noun after "in"/"near" is a place unless it is an ORG;
            # so is a proper name ending in a place noun: "the Sheikh Sa'eed District"
            named = (
                named
                or (placey and len(loose) > 1 and head.ent_type_ != "ORG")
                or (
                    head.dep_ == "pobj"
                    and head.head.lower_ in AREA_PREPS
                    and head.ent_type_ != "ORG"
                    and len(loose.text) > 2
                    and not (len(loose) == 1 and loose.root.lower_ in GENERIC_WORDS)
                    and not _headline(head.sent)
                )
            )
            out.append(
                Mention(
                    loose,
                    "toponym",
                    depth,
                    loose=True,
                    within=within,
                    named=named,
                    direct=direct,
                    anchor=anchor,
                )
            )
        if lemma in VENUE_NOUNS:
            org = _entity(head, ORG_LABELS) or head.doc[head.left_edge.i : head.i + 1]
            if not any(t.lower_ in EXTRATERRITORIAL for t in org):
                out.append(Mention(org, "organisation", depth))
    if placey and (locative or head.dep_ in OBJECT_DEPS):
        for child in children_of(head):
            if child.dep_ == "prep" and child.lower_ == "of":
                if lemma in AREA_NOUNS or head.lower_ in AREA_NOUNS:
                    named = lemma in NAMED_NOUNS or head.lower_ in NAMED_NOUNS
                    for obj in _pobjs(child):
                        _slot(obj, depth + 1, out, True, _hint(head), named=named, anchor=head.i)
            elif child.dep_ == "appos" and head.pos_ == "NOUN":  # "a neighborhood, Canarsie"
                if not _speaker(child):
                    _slot(child, depth, out, True, _hint(head), named=lemma in NAMED_NOUNS)
            elif child.dep_ in MODIFIER_DEPS:
                # a compound right before the noun names the place ("the Shaab neighborhood
                # of Baghdad"): with the "of"/"in" phrases, depth + 1; other modifiers ("Baghdad's ... district", "the Afghan
                # capital") name a container or a country: after them, depth + 2
                name_slot = (
                    child.dep_ == "compound" and lemma in NAMED_NOUNS and _next_to(child, head)
                    and not (lemma in SETTLEMENT_NOUNS and _named_by_of(head))
                )  # right before the noun: "the Shaab neighborhood", not "the Gulf coast city"
                near = depth + 1 if name_slot else depth + 2
                if ent := _entity(child, PLACE_LABELS):
                    ent = _with_kind(ent, head) if name_slot else ent
                    out.append(Mention(ent, "toponym", near, named=name_slot, anchor=head.i))
                elif child.ent_type_ == "NORP" or child.pos_ == "ADJ":
                    word, phrase = head.doc[child.i : child.i + 1], head.doc[child.i : head.i + 1]
                    out.append(Mention(word, "demonym", depth + 2, phrase=phrase))
                elif child.dep_ in ("compound", "poss") and (loose := _proper_noun(child)):
                    # "Kismaayo town", "Guma local government area": the name of the place
                    name = name_slot  # the tagger often calls such names ORG or PERSON
                    loose = _with_kind(loose, head) if name else loose
                    out.append(
                        Mention(loose, "toponym", near, loose=not name, named=name, anchor=head.i)
                    )
    for child in children_of(head):
        if child.dep_ == "prep" and child.lower_ == "of" and lemma in PART_WORDS:
            for obj in _pobjs(child):  # "much of Liberia": the quantity is transparent
                _slot(obj, depth, out, locative or head.dep_ in OBJECT_DEPS, hint)
            continue
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in COMPASS:
            _compass(child, depth + 1, out)
            continue
        if child.dep_ != "prep" or (child.lower_ == "of" and placey):
            continue  # a facility's "of" phrase is its owner
        if _other_time(child):
            continue  # "a day after a rally in Moscow": another event's place
        for obj in _pobjs(child):
            _slot(obj, depth + 1, out, _is_locative(child, obj))


#: Verbs of saying after which a noun phrase is the speaker (`_speaker`).
_SAYING = frozenset({"say", "tell", "add", "state", "report", "confirm", "announce", "explain", "note"})


def _speaker(noun: Token) -> bool:
    """A noun phrase the parser made an apposition that is the speaker of the verb right
    after it: "handed to officials at the port, Mexico's embassy in Havana said"."""
    after = noun.right_edge.i + 1
    return after < len(noun.doc) and noun.doc[after].pos_ == "VERB" and noun.doc[after].lemma_.lower() in _SAYING


def in_speaker_phrase(place: Token) -> bool:
    """Is `place` inside the noun phrase of whoever tells the sentence's news ("..., Brazil's
    embassy in La Paz said": the subject of a verb of saying that reports a clause, or such a
    phrase read as an apposition)? That place is the speaker's, not one the news names."""
    tok = place
    while tok.dep_ in ("pobj", "prep", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ not in ("NOUN", "PROPN") or tok.i == place.i:
        return False
    head = tok.head
    if (tok.dep_ == "nsubj" and head.lemma_.lower() in _SAYING
            and any(c.dep_ == "ccomp" for c in children_of(head))):
        return True
    return tok.dep_ == "appos" and _speaker(tok)


def _named_by_of(head: Token) -> bool:
    """"city of Batumi": the noun's "of" phrase is a proper name."""
    return any(
        obj.pos_ == "PROPN" or obj.ent_type_ in PLACE_LABELS
        for child in children_of(head)
        if child.dep_ == "prep" and child.lower_ == "of"
        for obj in _pobjs(child)
    )


def _with_kind(name: Span, head: Token) -> Span:
    """ "Nineveh" + "province" -> "Nineveh province": the word says which record is meant."""
    if head.lower_ in KIND_WORDS and head.i >= name.end:
        return head.doc[name.start : head.i + 1]
    return name


def _next_to(modifier: Token, head: Token) -> bool:
    """Only spaces and other plain compound nouns between a modifier and its head ("the
    Ein el-Hilweh refugee camp"), not a place noun ("the Gulf coast city")."""
    return all(
        t.is_space or (t.dep_ == "compound" and t.pos_ == "NOUN" and not _placey(t))
        for t in head.doc[modifier.i + 1 : head.i]
    )


def _compass(word: Token, depth: int, out: list[Mention]) -> None:
    """ "north of Baghdad", "20 km west of X": the "of" object is a reference point, used
    only when nothing else places the event (``Mention.reference``)."""
    found: list[Mention] = []
    for child in children_of(word):
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in _pobjs(child):
                _slot(obj, depth, found, True)
    out += [replace(m, reference=True) for m in found]


def _other_time(prep: Token) -> bool:
    """Is this preposition about another event at another time (``TEMPORAL_PREPS``)?"""
    word = prep.lower_
    if word in TEMPORAL_PREPS:
        return True
    return word in SEQUENCE_PREPS and any(
        c.dep_ in ("npadvmod", "advmod") and c.i < prep.i and c.lower_ not in ("just", "shortly")
        for c in children_of(prep)
    )


def _is_locative(prep: Token, obj: Token) -> bool:
    word = prep.lower_
    if word in LOCATIVE:
        return True
    if word in SOFT_LOCATIVE:
        if _placey(obj) or (prep.head.pos_ in ("NOUN", "PROPN") and _placey(prep.head)):
            return True
        verb = _clause_verb(prep.head)
        return word == "over" and verb is not None and _air_verb(verb)
    if word == "from" and prep.head.lemma_.lower() in ("march", "walk", "parade", "process", "set"):
        return True  # "marched from the Honiara Central Market to Parliament": where it began
    if word not in MOTION_PREPS:
        return False
    verb = prep.head.lemma_.lower()  # "took to the streets of Kiev": "take to" a place noun
    return verb in MOTION_VERBS or (verb == "take" and _placey(obj))


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a word is in: itself, or the verb its noun phrase hangs on
    ("shot down **a helicopter** over Colombia")."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _air_verb(verb: Token) -> bool:
    return verb.lemma_.lower() in AIR_VERBS or any(
        c.dep_ == "prt" and c.lower_ == "down" for c in children_of(verb)
    )


def fronted(prep: Token) -> bool:
    """A prepositional phrase before its head, at sentence start or followed by a comma."""
    if prep.dep_ != "prep" or prep.i > prep.head.i:
        return False
    after = prep.right_edge.i + 1
    start, end = sent_bounds(prep)
    at_start: bool = prep.left_edge.i == start
    return at_start or (after < end and prep.doc[after].text == ",")


def clause_mentions(verb: Token) -> list[Mention]:
    """Mentions in the verb's own clause, nearest (depth, then position) first."""
    out: list[Mention] = []
    place_verb = verb.lemma_.lower() in PLACE_OBJECT_VERBS
    for child in children_of(verb):
        if child.dep_ in CLAUSAL:
            continue
        if child.dep_ == "prep" and not fronted(child) and not _other_time(child):
            for obj in _pobjs(child):
                _slot(obj, 1, out, _is_locative(child, obj))
        elif child.dep_ in OBJECT_DEPS:
            if verb.lemma_.lower() in TOPIC_VERBS:
                continue  # "discussed a ceasefire in western Oromia": what, not where
            visit = place_verb and child.dep_ in ("dobj", "nsubjpass")
            _slot(child, 1, out, visit, direct=visit)
        elif child.dep_ == "agent":
            for obj in _pobjs(child):
                _slot(obj, 2, out, False)
        elif child.dep_ in ("advmod", "npadvmod") and child.lower_ in COMPASS:
            _compass(child, 1, out)
    return sorted(out, key=lambda m: m.order)


def subject_mentions(verb: Token) -> list[Mention]:
    """Places of the verb's subject. A subject that names the event itself puts the event
    where it is: "a wave of attacks **across Iraq** killed 30", "a car bomb Sunday **in
    Ramadi** targeted" (depth 1). An actor's "in"/"at" place locates the actor, and so the
    event: "police **in Tokyo** patrolled", "hundreds of people **in Neuquen** protested"
    (depth 2). Relative clauses ("militants who were hiding in Pakistan") are not read."""
    out: list[Mention] = []
    for subj in children_of(verb):
        if subj.dep_ not in ("nsubj", "nsubjpass", "csubj"):
            continue
        heads = [subj]
        if subj.lemma_.lower() in PART_WORDS or subj.pos_ == "NUM" or subj.lower_ in GROUPS:
            heads += [o for c in children_of(subj) if c.lower_ == "of" for o in _pobjs(c)]
        heads += [c for h in list(heads) for c in children_of(h) if c.dep_ == "conj"]
        for head in heads:
            event = head.lemma_.lower() in EVENT_NOUNS
            for child in children_of(head):
                if child.dep_ != "prep" or child.lower_ == "of":
                    continue
                if not event and child.lower_ not in ("in", "at"):
                    continue
                for obj in _pobjs(child):
                    if event:
                        _slot(obj, 1, out, _is_locative(child, obj))
                        # "a march on the parliament in Kathmandu": where its object stands
                        for inner in (c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ in ("in", "at")):
                            for where in _pobjs(inner):
                                _slot(where, 2, out, True)
                    elif obj.ent_type_ in PLACE_LABELS or obj.pos_ == "PROPN" or (_placey(obj) and _named_by_of(obj)) or (
                            obj.lemma_.lower() == "capital" and any(c.dep_ == "poss" for c in children_of(obj))):
                        _slot(obj, 2, out, True)  # "police in the port of Batumi", "police in Nepal's capital"
    return sorted(out, key=lambda m: m.order)


def scope_mentions(verb: Token) -> list[Mention]:
    """Mentions in fronted locative phrases of the verb or of a verb governing it."""
    out: list[Mention] = []
    # (up the listed heads, as `verb.ancestors` goes, which makes a new token object for each)
    tokens = doc_tokens(verb.doc)
    governors = [verb]
    up = tokens[verb.i]
    for _ in range(len(tokens)):
        if up.head_i == up.i:
            break
        up = tokens[up.head_i]
        if up.pos_ in ("VERB", "AUX"):
            governors.append(up)
    for governor in governors:
        for child in children_of(governor):
            if fronted(child):
                for obj in _pobjs(child):
                    if _is_locative(child, obj):
                        _slot(obj, 1, out, True)
    return sorted(out, key=lambda m: m.order)


def _subjectless(tok: Token) -> bool:
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(tok))


def _marker(tok: Token) -> str | None:
    """The subordinator of a clause: "when", "after", "as" ("overnight" is no marker)."""
    for child in children_of(tok):
        if child.i < tok.i and (child.dep_ == "mark" or child.tag_ == "WRB"):
            return child.lower_
    return None


def _same_scene(clause: Token) -> bool:
    """A clause that describes the scene of the verb it hangs on: a participle adjunct
    without subject ("..., killing 8"), a purpose infinitive ("took to the streets to
    support X"), an open complement ("tried to flee"), a coordinated verb, or a
    "when"/"as"/"while" clause."""
    dep = clause.dep_
    if dep in ("conj", "xcomp"):
        return True
    if dep != "advcl":
        return False
    marker = _marker(clause)
    if marker == "while" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in OTHER_EVENT_SUBJECTS
                                 for c in children_of(clause)):
        return False
    if marker in SAME_SCENE_MARKERS:
        return True
    if not _subjectless(clause):
        return False
    if clause.tag_ == "VB":  # a purpose infinitive: "took to the streets to support X"
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause))
    return marker is None and clause.tag_ in ("VBG", "VBN")


def governing_verbs(verb: Token) -> list[Token]:
    """The verbs ``verb`` hangs on through same-scene links, nearest first ("killing" in
    "a bomb hit a bus in X, killing 8 and wounding 20" hangs on "hit", "wounding" on
    "killing" and then "hit")."""
    out: list[Token] = []
    tok = verb
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        # "fired tear gas at thousands of teachers marching to demand a pay rise": the act on
        # them and their march are one scene
        owner = verb.head
        for _ in range(4):
            if owner.dep_ == "pobj" and owner.head.dep_ == "prep":
                owner = owner.head.head
            elif owner.dep_ in ("dobj", "nsubj", "nsubjpass"):
                owner = owner.head  # ("an aircraft carrying 40 tonnes of aid landed at Port Sudan")
            else:
                break
        if owner.pos_ in ("VERB", "AUX") and owner.i != verb.head.i:
            out.append(owner)
            tok = owner
    elif (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("at", "on", "against")
          and verb.head.head.pos_ in ("VERB", "AUX")):
        out.append(verb.head.head)  # (the parser hangs the participle on "at" itself)
        tok = verb.head.head
    while _same_scene(tok) and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
        if tok in out:
            break
        out.append(tok)
    return out


def subordinate_verbs(verb: Token) -> list[Token]:
    """Same-scene clauses hanging on ``verb``, and theirs: "were killed **when their vehicle
    was hit** by a bomb **while conducting operations in X**"."""
    out: list[Token] = []
    level = [verb]
    for _ in range(2):
        level = [
            c
            for v in level
            for c in children_of(v)
            if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and _same_scene(c)
        ]
        out += level
    return out


def coordinated_verbs(verb: Token) -> list[Token]:
    """Verbs coordinated with ``verb`` that share its subject: the verb it is conjoined to
    ("attacked a checkpoint in X and killed"), or a verb right after it ("shot and killed
    two men in X", at most two tokens on)."""
    out = []
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and _subjectless(verb):
        out.append(verb.head)
    out += [
        c
        for c in children_of(verb)
        if c.dep_ == "conj" and c.pos_ == "VERB" and _subjectless(c) and c.i - verb.i <= 2
    ]
    return out


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\u2019\- ]*[A-Z.])"  # KABUL, NEW YORK, U.S.
    r"(?:\s*,\s*(?P<within>[A-Z][\w.'\u2019 ]{1,40}?))?"  # , Afghanistan / , June 5
    r"\s*(?:\([^()]{1,40}\))?\s*[\u2014\u2013-]{1,2}\s"  # (Reuters) - or an em/en dash
)


def dateline(sent: Span) -> tuple[str, str | None] | None:
    """``("KABUL", "Afghanistan")`` for a sentence starting "KABUL, Afghanistan — ..."."""
    return _dateline_in(span_text(sent))


def sentence_dateline(tok: Token) -> tuple[str, str | None] | None:
    """`dateline` of the sentence of `tok`, read from the document's text without making the
    sentence's span (``tok.sent``, or a slice of the document, builds a new one on every
    call, and every event asks)."""
    start, end = sent_bounds(tok)
    tokens = doc_tokens(tok.doc)
    last = tokens[end - 1]
    return _dateline_in(doc_text(tok.doc)[tokens[start].idx : last.idx + len(last.text)])


def _dateline_in(text: str) -> tuple[str, str | None] | None:
    match = _DATELINE.match(text)
    if not match:
        return None
    return match.group("place").strip(), (match.group("within") or None)


def where_mentions(verb: Token) -> list[Mention]:
    """The place a "where" clause hangs on: "the march in Kathmandu, **where** police used
    water cannon" (the clause's head noun, or a place in its "in" phrase)."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in children_of(verb)):
        return []
    out: list[Mention] = []
    head = verb.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in FACILITY_NOUNS:
        # "in front of the Palace of Justice, where ...": the clause hangs on the facility,
        # whose "of" phrase names no place (not the Justice in Illinois)
        head = head.head.head
    _slot(head, 1, out, True)
    return sorted(out, key=lambda m: m.order)
