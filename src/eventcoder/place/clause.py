"""Where in a parse an event's place can be: dependency-tree rules, no gazetteer.

An event's own clause is the verb plus its arguments, never a nested clause of another verb
(children with a dep in ``CLAUSAL`` are not entered). From the verb we follow:

* ``prep`` children. A *locative* preposition (``LOCATIVE``; also ``to``/``into`` when the verb
  is a motion verb, ``MOTION_VERBS``) makes its object a place slot: "attacked a checkpoint
  **in Kandahar**". ``on``/``off`` count only before a place noun ("on the outskirts of X").
  A preposition fronted before its head and set off by a comma ("In Kabul, ...") belongs to
  the sentence scope, not the clause (see ``scope_mentions``).
* ``dobj``/``nsubjpass``/``dative``/``attr`` children: their own locative preps ("an attack on a
  checkpoint in Kandahar"); for ``PLACE_OBJECT_VERBS`` a place direct object is the place
  ("visited Moscow", "captured Kabul").
* Inside a place slot: a GPE/LOC/FAC entity, or a proper noun left untagged or tagged ORG
  (``loose``: the resolver then accepts only a primary-name match). A place noun ("province",
  "outskirts", ``PLACE_NOUNS``) yields its "of" object, its entity modifiers ("Kandahar
  province"), or a demonym modifier ("the Afghan capital", kind ``demonym``). A venue
  ("forum", "summit", ``VENUE_NOUNS``; not newspapers or companies) yields kind
  ``organisation``, except embassies and consulates (``EXTRATERRITORIAL``).
Subjects and their modifiers are never place slots: "Afghan forces", "the Kabul government".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from ..parse.spans import entity_at

__all__ = ["Mention", "clause_mentions", "coordinated_verbs", "dateline", "scope_mentions"]

# fmt: off
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ORG_LABELS = frozenset({"ORG", "FAC"})
# Premises of another state: "the US embassy" does not put the event in the USA.
EXTRATERRITORIAL = frozenset({"embassy", "consulate", "consulate-general", "mission"})
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "within",
                      "throughout", "through", "along", "beside", "nearby", "amid", "among"})
SOFT_LOCATIVE = frozenset({"on", "off", "over"})  # only before a place noun
MOTION_VERBS = frozenset({"visit", "travel", "fly", "arrive", "go", "return", "come", "head",
                          "tour", "journey", "deploy"})
# Verbs whose place direct object is where the event is: "visited Moscow", "captured Kabul".
PLACE_OBJECT_VERBS = frozenset({"visit", "tour", "capture", "seize", "occupy", "enter",
                                "invade", "storm", "raid", "patrol", "besiege", "recapture",
                                "retake", "liberate", "overrun", "shell", "bomb", "bombard"})
MOTION_PREPS = frozenset({"to", "into"})
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass",
                     "parataxis", "conj", "pcomp"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "attr"})
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "appos", "poss"})
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "district", "region", "area",
                         "capital", "state", "county", "outskirts", "outskirt", "suburb",
                         "suburbs", "border", "borders", "neighbourhood", "neighborhood",
                         "camp", "airport", "port", "street", "streets", "square", "coast",
                         "valley", "island", "part", "parts", "areas", "north", "south", "east",
                         "west", "centre", "center", "heart", "governorate", "prefecture",
                         "municipality", "territory", "checkpoint", "base", "market",
                         "countryside", "enclave", "home", "house", "residence", "office",
                         "headquarters", "hotel", "hospital", "school", "mosque", "church",
                         "prison", "university", "downtown"})
VENUE_NOUNS = frozenset({"forum", "summit", "conference", "meeting", "talk", "dialogue",
                         "symposium", "convention", "congress", "festival", "expo",
                         "exhibition", "parliament", "assembly", "ministry"})
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

    @property
    def order(self) -> tuple[int, int]:
        return (self.depth, self.span.start)


def _entity(token: Token, labels: frozenset[str]) -> Span | None:
    if token.ent_type_ not in labels:
        return None
    return entity_at(token)


def _proper_noun(token: Token) -> Span | None:
    """A proper noun the tagger left untagged or took for an ORG ("KABUL", "Ghazni"), or a
    one-word PERSON in a place slot ("near Avdiivka"), with its compound proper nouns
    ("Lashkar Gah")."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("", "ORG", "PERSON"):
        return None
    if token.ent_type_ == "PERSON":
        person = _entity(token, frozenset({"PERSON"}))
        if person is None or len(person) != 1:
            return None
        return person
    if org := _entity(token, frozenset({"ORG"})):
        return org[1:] if org[0].lower_ == "the" and len(org) > 1 else org
    start = token.i
    for child in token.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and not child.ent_type_:
            start = min(start, child.i)
    return token.doc[start : token.i + 1]


def _pobjs(prep: Token) -> list[Token]:
    """Objects of a preposition, through "outside of" / "near to" chains."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    for child in prep.children:
        if child.dep_ == "prep" and not objects:
            objects += [c for c in child.children if c.dep_ == "pobj"]
    return objects


def _within(token: Token) -> Span | None:
    for child in token.rights:
        if child.dep_ in ("appos", "npadvmod") and (ent := _entity(child, PLACE_LABELS)):
            return ent
    return None


def _hint(head: Token) -> Span | None:
    """The country-ish modifier of a place noun: "the Lebanese port city", "Syria's city"."""
    for child in head.children:
        if child.dep_ in MODIFIER_DEPS and (
            _entity(child, PLACE_LABELS) or child.ent_type_ == "NORP"
        ):
            return _entity(child, PLACE_LABELS) or head.doc[child.i : child.i + 1]
    return None


def _slot(
    head: Token, depth: int, out: list[Mention], locative: bool, hint: Span | None = None
) -> None:
    """Collect mentions in a noun phrase headed by ``head``; recurse into its preps.
    ``hint`` is the container named around it ("Lebanese" in "the Lebanese city of X")."""
    if depth > MAX_DEPTH:
        return
    placey = head.lemma_.lower() in PLACE_NOUNS
    if locative:
        within = _within(head) or hint
        if ent := _entity(head, PLACE_LABELS):
            out.append(Mention(ent, "toponym", depth, within=within))
        elif loose := _proper_noun(head):
            out.append(Mention(loose, "toponym", depth, loose=True, within=within))
        if head.lemma_.lower() in VENUE_NOUNS:
            org = _entity(head, ORG_LABELS) or head.doc[head.left_edge.i : head.i + 1]
            if not any(t.lower_ in EXTRATERRITORIAL for t in org):
                out.append(Mention(org, "organisation", depth))
    if placey and (locative or head.dep_ in OBJECT_DEPS):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in _pobjs(child):
                    _slot(obj, depth + 1, out, True, _hint(head))
            elif child.dep_ in MODIFIER_DEPS:  # after explicit "of"/"in" phrases: depth + 2
                if ent := _entity(child, PLACE_LABELS):
                    out.append(Mention(ent, "toponym", depth + 2))
                elif child.ent_type_ == "NORP" or child.pos_ == "ADJ":
                    word, phrase = head.doc[child.i : child.i + 1], head.doc[child.i : head.i + 1]
                    out.append(Mention(word, "demonym", depth + 2, phrase=phrase))
    for child in head.children:
        if child.dep_ != "prep" or (child.lower_ == "of" and placey):
            continue
        for obj in _pobjs(child):
            _slot(obj, depth + 1, out, _is_locative(child, obj))


def _is_locative(prep: Token, obj: Token) -> bool:
    word = prep.lower_
    if word in LOCATIVE:
        return True
    if word in SOFT_LOCATIVE:
        return obj.lemma_.lower() in PLACE_NOUNS
    return word in MOTION_PREPS and prep.head.lemma_.lower() in MOTION_VERBS


def fronted(prep: Token) -> bool:
    """A prepositional phrase before its head, at sentence start or followed by a comma."""
    if prep.dep_ != "prep" or prep.i > prep.head.i:
        return False
    after = prep.right_edge.i + 1
    at_start: bool = prep.left_edge.i == prep.sent.start
    return at_start or (after < prep.sent.end and prep.doc[after].text == ",")


def clause_mentions(verb: Token) -> list[Mention]:
    """Mentions in the verb's own clause, nearest (depth, then position) first."""
    out: list[Mention] = []
    for child in verb.children:
        if child.dep_ in CLAUSAL:
            continue
        if child.dep_ == "prep" and not fronted(child):
            for obj in _pobjs(child):
                _slot(obj, 1, out, _is_locative(child, obj))
        elif child.dep_ in OBJECT_DEPS:
            visit = child.dep_ == "dobj" and verb.lemma_.lower() in PLACE_OBJECT_VERBS
            _slot(child, 1, out, visit)
    return sorted(out, key=lambda m: m.order)


def scope_mentions(verb: Token) -> list[Mention]:
    """Mentions in fronted locative phrases of the verb or of a verb governing it."""
    out: list[Mention] = []
    governors = [verb] + [a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")]
    for governor in governors:
        for child in governor.children:
            if fronted(child):
                for obj in _pobjs(child):
                    if _is_locative(child, obj):
                        _slot(obj, 1, out, True)
    return sorted(out, key=lambda m: m.order)


def coordinated_verbs(verb: Token) -> list[Token]:
    """Verbs coordinated with ``verb`` that share its subject: the verb it is conjoined to
    ("attacked a checkpoint in X and killed"), or a verb right after it ("shot and killed
    two men in X", at most two tokens on)."""

    def subjectless(tok: Token) -> bool:
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)

    out = []
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and subjectless(verb):
        out.append(verb.head)
    out += [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and subjectless(c) and c.i - verb.i <= 2
    ]
    return out


_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\u2019\- ]*[A-Z.])"  # KABUL, NEW YORK, U.S.
    r"(?:\s*,\s*(?P<within>[A-Z][\w.'\u2019 ]{1,40}?))?"  # , Afghanistan / , June 5
    r"\s*(?:\([^()]{1,40}\))?\s*[\u2014\u2013-]{1,2}\s"  # (Reuters) - or an em/en dash
)


def dateline(sent: Span) -> tuple[str, str | None] | None:
    """``("KABUL", "Afghanistan")`` for a sentence starting "KABUL, Afghanistan — ..."."""
    match = _DATELINE.match(sent.text)
    if not match:
        return None
    return match.group("place").strip(), (match.group("within") or None)
