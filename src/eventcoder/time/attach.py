"""Choose the date of an event from its parsed sentence.

`event_time(verb, doc_date)` looks at the DATE and TIME entities of the verb's sentence:

1. Own clause. An entity belongs to the nearest verb above it in the dependency tree
   (a VERB, or an AUX that is not an auxiliary, i.e. a copula heading its clause). The
   event verb's own entities are tried first, those inside the verb's subtree before
   the others, nearest first; the first that resolves wins. A date inside a nested
   clause (ccomp, xcomp, advcl, relcl, acl, conj) therefore stays with that clause's
   verb and never leaks to the governing verb or to a sibling.
2. Sentence scope. A date fronted before the sentence root and governed by it
   ("Three days ago, the ministry announced ...", "On Tuesday, ...") scopes the whole
   sentence: a verb with no date of its own inherits it, including a verb reported by
   the speech verb ("Last week, officials said militants attacked a convoy" dates the
   attack to last week too, as the report bounds the reported event). Verbs marked as
   irrealis or future (a modal such as will/would/could/may, or a to-infinitive) do not
   inherit: their event is not located at the reporting time. A date that is not
   fronted never leaves its clause.
3. The preposition right before an entity is read with it, so "by September 11" and
   "until Friday" are deadlines (future) and "since January" is a span. A deadline is
   not the date of a verb in the past tense or the present perfect ("gave the KRG until the
   end of the month", "have given the NGOs until 31 August", "was ordered out within two
   days"). "in"/"within"
   are only read with the entity when they attach to a verb, so "the first attack in
   two years" is not a future date.
   A possessive date ("the outcome of Saturday's by-election"), or one in an "of" phrase
   ("the results of weekend by-elections"), dates its noun, not the clause's event; but
   what is done during, in or by a dated event is of its day ("arrested during Thursday
   night's protests", "Monday's air strikes killed seven").
   A date that the parser hangs on a reporting verb placed after its clause ("X met Y
   earlier this week, diplomats said"), but which stands inside the reported clause,
   belongs to the reported event. So does the date of a statement the event is told in
   ("In a statement issued late on Monday, the ministry demanded ...").
   "The previous day", "that morning" and the like count from the day-precision date of
   the clause that governs the event ("said on Tuesday that ... the previous day"); "N
   days earlier" with no such day counts back from the report's own (a range of a few
   days). A date entity the tagger ran over a comma into another clause is cut in two
   ("on Wednesday, two days after ..."). A participle on a dated noun takes the noun's
   day ("the decision on Monday ordering ...").
4. A clause "N days (weeks) after/before ..." with no date of its own counts from the
   day-precision date of the clause it hangs from, or of the clause reporting that one
   ("expelled two diplomats on Friday, three days after recalling its ambassador" is
   Tuesday's recall), never from a deadline; a clause in the present or present perfect
   with no date counts from the document date. `counted_date` does the same for an event
   noun after "N days after" ("two days after a march turned violent").
   A participial adjunct with no date and no subject of its own ("..., accusing them of
   spying") takes the date of the verb it modifies.
5. Otherwise the event gets the document date with precision "document" (all fields
   None when the document date is unknown), and `future` is False.

The returned `EventDate.text` is the expression as resolved (with its preposition).
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from ..parse.spans import children_of, doc_tokens, ents_between, sent_bounds, subtree_of
from ..predicates import (after_phrase, clause_after_marker, finite_verb_read_as_modifier, is_participial_adjunct, naming_clause,
                          verb_final_perfect)
from ..records import EventDate
from ._lexicon import parse_number
from .expressions import resolve_expression

__all__ = ["TimeResult", "counted_date", "event_time"]

_DATE_LABELS = frozenset({"DATE", "TIME"})
_PREFIXES = frozenset({
    "by", "until", "till", "til", "since", "in", "on", "over", "during", "within",
    "throughout", "from", "for", "before", "after", "between", "around",
})  # fmt: skip
_VERB_ONLY_PREFIXES = frozenset({"in", "within"})
_MODALS = frozenset({
    "will", "'ll", "wo", "would", "'d", "shall", "may", "might", "could", "should",
    "must", "can", "ca",
})  # fmt: skip
_LEAD_POS = frozenset({"ADP", "SCONJ", "CCONJ", "PUNCT", "ADV", "PART"})


@dataclass(frozen=True)
class TimeResult:
    """The event's date and whether it lies in the future of the document."""

    date: EventDate
    future: bool


def _is_clause_head(token: Token) -> bool:
    # ("stayed closed on Tuesday": the participle completes the verb, and its date is the verb's)
    pos = token.pos_
    return ((pos == "VERB" and token.dep_ != "acomp") or (pos == "AUX" and token.dep_ not in ("aux", "auxpass"))
            # (an infinitive the tagger took for a noun: "agreed to trial customs clearance from April")
            or (token.dep_ == "xcomp" and pos == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in children_of(token))))


def _clause_head(token: Token) -> Token:
    """The token itself if it heads a clause, else the nearest clause head above it (the
    listed token: see `doc_tokens`)."""
    tokens = doc_tokens(token.doc)
    current = tokens[token.i]
    while not _is_clause_head(current) and current.head_i != current.i:
        current = tokens[current.head_i]
    return current


def _owner(entity: Span) -> Token:
    root = doc_tokens(entity.doc)[entity.root.i]  # (the listed token, which keeps its head)
    if root.head_i == root.i:
        return root
    if root.dep_ == "npadvmod" and (participle := _participle_before(entity)) is not None:
        return participle
    if root.dep_ in ("npadvmod", "advmod") and (participle := _participle_after(entity)) is not None:
        return participle
    if root.dep_ == "pobj" and (clause := _relative_before(entity)) is not None:
        return clause
    return _clause_head(doc_tokens(entity.doc)[root.head_i])


def _relative_before(entity: Span) -> Token | None:
    """"Several of the growers who were detained at La Oroya on Wednesday travelled south on
    Sunday": the parser hangs the first day on the main verb, which has a day of its own
    after it; the day comes right after the subject's relative clause, and dates it."""
    prep = entity.root.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.i < entity.end or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in ("prep", "npadvmod") and c.i > verb.i and any(t.ent_type_ in _DATE_LABELS for t in subtree_of(c))
               for c in children_of(verb)):
        return None
    for subject in children_of(verb):
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.i < prep.i:
            for clause in subtree_of(subject):
                if clause.dep_ in ("relcl", "acl") and clause.tag_ in ("VBN", "VBD") and clause.right_edge.i + 1 == prep.i:
                    return doc_tokens(entity.doc)[clause.i]
    return None


def _of_misread_clause(entity: Span, verb: Token) -> bool:
    """For a verb the parser made a modifier of its object ("Nurses across Honduras downed
    tools today"): does the date hang on that object, or on a noun the parser made the
    sentence's head, with no verb between?"""
    tok = entity.root
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
        if tok.i == verb.head.i:
            return True
    return tok.pos_ not in ("VERB", "AUX")


def _of_misread_noun(owner: Token, head: Token) -> bool:
    """"were hit with British asset freezes on Wednesday": the parser reads a plural noun
    right after a noun as a subjectless verb of an adverbial clause ("freezes") and hangs the
    date on it; such a clause is a noun of the event's own clause."""
    if owner.head.i != head.i or owner.tag_ != "VBZ" or owner.i == 0 or owner.doc[owner.i - 1].pos_ != "NOUN":
        return False
    kids = list(children_of(owner))
    if owner.dep_ == "ccomp":
        # ("imposed travel bans and asset freezes on Wednesday": the nouns before it its subject)
        return (not any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "neg") for c in kids)
                and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and head.i < c.i < owner.i for c in kids))
    return (owner.dep_ == "advcl"
            and head.i in (owner.doc[owner.i - 1].head.i, owner.doc[owner.i - 1].head.head.i)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids))


_PERIOD = re.compile(r"(a|one|the past|the last) (day|week|fortnight|month|year)")
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "latest", "another"})


def _ordinal_period(entity: Span) -> bool:
    """"the second stoppage at a port in a week", "the third attack in a month": a period
    the events are counted in, not a date ("in a week" is otherwise a week from now)."""
    start = entity.start
    if start == 0 or entity.doc[start - 1].lower_ not in ("in", "within") or not _PERIOD.fullmatch(entity.text.lower()):
        return False
    first = sent_bounds(entity[0])[0]
    return any(t.lower_ in _ORDINALS and t.dep_ == "amod" for t in entity.doc[first : start - 1])


#: Participles that describe what a thing is, not something done then ("a checkpoint manned
#: by volunteers", "a depot run by the army").
_STATIVE_PARTICIPLES = frozenset({"man", "guard", "run", "own", "operate", "control", "staff", "house", "patrol"})


def _of_stative_participle(owner: Token, head: Token) -> bool:
    """"opened fire on a checkpoint manned by village volunteers in Yala on Friday": the
    parser hangs the day on the participle that describes the object; it is the event's."""
    if owner.dep_ != "acl" or owner.tag_ != "VBN" or owner.lemma_.lower() not in _STATIVE_PARTICIPLES:
        return False
    tok = owner.head
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok.i == head.i


def _participle_before(entity: Span) -> Token | None:
    """"The diplomat ordered out of Malta yesterday had been under watch": the parser hangs a
    day word between a subject's participle and the main verb on the main verb; it dates the
    participle that ends right before it."""
    verb = entity.root.head
    if verb.i < entity.end:
        return None
    for subject in children_of(verb):
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.i < entity.start:
            for acl in children_of(subject):
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.right_edge.i + 1 == entity.start:
                    return acl
    return None


_LONG_AGO = re.compile(r"^(?:(?:\w+ )?(?:years?|months?|decades?) ago|last year|(?:in )?\d{4})$", re.I)


def _participle_after(entity: Span) -> Token | None:
    """"set fire to a health post built with church money two years ago": a long-past day
    right after a participle that modifies a noun dates the participle, wherever the parser
    hangs it (a recent day is the clause's: "arrested a man wanted for murder yesterday")."""
    if entity.start == 0 or not _LONG_AGO.match(entity.text.strip()):
        return None
    tok = entity.doc[entity.start - 1]
    while tok.head.i != tok.i and tok.i < entity.start:
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.right_edge.i + 1 == entity.start:
            return doc_tokens(entity.doc)[tok.i]  # (the listed token, which keeps its head)
        tok = tok.head
    return None


#: Times of a day that may stand between "until" and the day: "until dawn tomorrow".
_DAY_TIMES = frozenset({"dawn", "daybreak", "sunrise", "noon", "midday", "midnight", "sunset", "dusk", "nightfall"})


def _expression(entity: Span) -> str:
    """Entity text, with the preposition just before it when that one matters."""
    if entity.start <= sent_bounds(entity[0])[0]:  # (the start of `entity.sent`, cheaper)
        return entity.text
    doc = entity.doc
    if (len(entity) == 1 and entity.start >= 2 and entity.end + 1 < len(doc)
            and doc[entity.start - 2].lower_ == "night" and doc[entity.start - 1].lower_ in ("of", "from")
            and doc[entity.end].lower_ in ("to", "into") and doc[entity.end + 1].ent_type_ == "DATE"):
        # "in the night of Tuesday to Wednesday", which the tagger splits into three entities
        return f"the night of {entity.text} to {doc[entity.end + 1].text}"
    before = entity.doc[entity.start - 1]
    if (before.lower_ in _DAY_TIMES and entity.start >= 2 and doc[entity.start - 2].lower_ in ("until", "till")
            and doc[entity.start - 2].pos_ in ("ADP", "SCONJ") and entity.root.lower_ != "today"):
        return f"until {entity.text}"  # "have downed tools until dawn tomorrow": a deadline
    if before.lower_ not in _PREFIXES or before.pos_ not in ("ADP", "SCONJ"):
        return entity.text
    if (before.lower_ == "in" and entity.start >= 2 and doc[entity.start - 2].lower_ in ("earlier", "later")
            and before.head.i == entity.start - 2):
        return f"{doc[entity.start - 2].text} in {entity.text}"  # "earlier in the week"
    if before.lower_ in _VERB_ONLY_PREFIXES and not _is_clause_head(before.head):
        return entity.text
    return f"{before.text} {entity.text}"


def _of_comparison(entity: Span) -> bool:
    """"proposed 450 licences against 400 last year", "up from 12 a year ago": the day of
    the figure compared with, whatever the parser hangs it on."""
    if entity.start == 0:
        return False
    prev = entity.doc[entity.start - 1]
    if not prev.like_num or prev.dep_ != "pobj":
        return False
    prep = prev.head
    return prep.lower_ in {"against", "versus", "vs", "than"} or (
        prep.lower_ == "from" and prep.head.lower_ in {"up", "down", "rise", "rose", "fall", "fell", "increase", "drop"}) or (
        prep.lower_ == "with" and prep.head.lower_ in {"compared", "comparison"})


def _is_irrealis(head: Token) -> bool:
    return any(
        child.dep_ in ("aux", "auxpass") and (child.lower_ in _MODALS or child.lower_ == "to")
        for child in children_of(head)
    )


def _is_fronted(entity: Span, owner: Token) -> bool:
    """Is the date fronted before its sentence's root and governed by it (its `_owner` is
    `owner`)?"""
    sent = entity.doc[sent_bounds(entity[0])[0] : sent_bounds(entity[-1])[1]]  # (`entity.sent`, cheaper)
    root = sent.root
    if entity.start == sent.start and entity.start <= root.i < entity.end and root.pos_ == "NOUN":
        # "The day before yesterday in Yerevan, on Republic Square, the police 37 citizens
        # detained": the parser made the opening date the sentence's root, the verb hangs below
        return True
    if entity.end > root.i or owner.i != root.i:
        return False
    lead = sent.doc[sent.start : entity.start]
    return len(lead) <= 3 and all(token.pos_ in _LEAD_POS for token in lead)


def _opening_participle(owner: Token, head: Token) -> bool:
    """Is `owner` a subjectless participle opening the sentence and hung on `head`, its main
    verb ("Arrived yesterday in Lome, ...", "Speaking on Monday, ...")?"""
    return (owner.dep_ == "advcl" and owner.head.i == head.i and owner.i < head.i and owner.tag_ in ("VBN", "VBG")
            and owner.left_edge.i == sent_bounds(owner)[0]
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in children_of(owner)))


def _distance(entity: Span, verb: Token) -> int:
    return min(abs(entity.start - verb.i), abs(entity.end - 1 - verb.i))


def _inside(entity: Span, verb: Token) -> bool:
    return verb.left_edge.i <= entity.start and entity.end - 1 <= verb.right_edge.i


def _document_date(doc_date: str | None) -> TimeResult:
    day = _document_day(doc_date) if doc_date else None
    return TimeResult(EventDate(day, day, day, "document", None), False)


@lru_cache(maxsize=1024)
def _document_day(doc_date: str) -> str | None:
    """The ISO day of a document date (cached: every event of a document asks for it)."""
    try:
        return date.fromisoformat(doc_date[:10]).isoformat()
    except ValueError:
        return None


def event_time(verb: Token, doc_date: str | None) -> TimeResult:
    """Date of the event whose trigger is `verb` (a verb, or a noun inside a clause)."""
    head = _clause_head(verb)
    if head.dep_ != "ROOT" and verb_final_perfect(head) is not None:
        # "The government has this Thursday ... persona non grata declared": the dates of
        # "has", the auxiliary the parser made the sentence's verb
        head = head.sent.root
    entities = [entity for whole in ents_between(verb.doc, *sent_bounds(verb)) if whole.label_ in _DATE_LABELS
                for entity in _comma_parts(whole) if not _in_appositive(entity) and not _ordinal_period(entity)
                and not _of_comparison(entity)]
    # (each entity's `_owner`, found once: the tests below ask for it again and again)
    owners = [_owner(entity) for entity in entities]
    others = [(e, owner) for e, owner in zip(entities, owners) if owner.i != head.i]
    own = sorted(
        (entity for entity, owner in zip(entities, owners) if owner.i == head.i and not _names_another(entity, verb)),
        # (on a tie, one hung on the verb itself: "since the December clash walked free yesterday")
        key=lambda entity: (not _inside(entity, verb), _distance(entity, verb), entity.root.head.i != verb.i, entity.start),
    )
    inherited: list[Span] = []
    irrealis = _is_irrealis(head)  # (asked again below)
    if not irrealis:
        inherited = [e for e, owner in others if _is_fronted(e, owner)]
        # "Arrived yesterday in Antananarivo, the minister has been received in the
        # afternoon by her homologue": an opening participle's day is the sentence's
        inherited += [e for e, owner in zip(entities, owners) if _opening_participle(owner, head)]
    own += [e for e, owner in others if _within_postposed_report(e, owner, head)]
    if (misread := finite_verb_read_as_modifier(verb)) is not None:
        own += [e for e, _ in others if _of_misread_clause(e, verb)]
        # (or on its subject: "Workers ... in Kulsary downed tools yesterday", "yesterday"
        # read as a modifier of "Workers")
        own += [e for e in entities if e.root.dep_ == "npadvmod" and e.root.head.i == misread.i]
    own += [e for e, owner in others if _in_issued_statement(owner, head)]
    # ("declared him persona non grata yesterday": the day the parser hung on the fixed
    # phrase, read as a clause of its own)
    own += [e for e, owner in others if owner.lower_ == "persona" and owner.head_i == head.i]
    own += [e for e, owner in others if _of_misread_noun(owner, head)]
    own += [e for e, owner in others if _of_stative_participle(owner, head)]
    # ("beat back what officers called a coordinated assault on Saturday": the day the
    # parser hung on the naming clause is the act's)
    own += [e for e, owner in others if owner.head_i == head.i and naming_clause(owner) is not None]
    for entity in own + inherited:
        found = resolve_expression(_expression(entity), doc_date)
        if found is None and (cut := _leading_part(entity)) is not None:
            found = resolve_expression(_expression(cut), doc_date)
        if found is not None and (((found[1] or head.lemma_.lower() in _GRANTING) and _told_as_done(head) and _expression(
                entity).lower().startswith(("until ", "till ", "by "))) or (
                found[1] and (_told_as_done(head) or _past_passive(head)) and _expression(entity).lower().startswith("within "))):
            # "gave the KRG until the end of the month": a deadline, not when it was given
            # (also one gone by: "had given the government until last Friday to pay"; and
            # "was ordered out of Dar es Salaam within two days")
            continue
        if found is not None:
            return _began_before(head, TimeResult(*_past_this_weekday(found, entity, head, doc_date)))
        if (shift := _anaphoric_shift(entity.text.lower())) is not None:
            anchored = _anchored(head, shift, doc_date)
            if anchored is not None:
                return TimeResult(EventDate(anchored, anchored, anchored, "day", entity.text), False)
            if (earlier := _earlier_than_report(entity, shift, doc_date)) is not None:
                return earlier
    if head.dep_ == "relcl" and head.head.ent_type_ in _DATE_LABELS and any(c.lower_ == "when" for c in children_of(head)):
        # "since Thursday, when crowds fought police": the day the clause describes
        day = next((e for e in entities if e.start <= head.head.i < e.end), None)
        if day is not None and (found := resolve_expression(day.text, doc_date)) is not None:
            return TimeResult(*found)
    if after_phrase(head) is not None and (counted := _counted_from_governor(head, doc_date)) is not None:
        return TimeResult(counted, False)  # (not the day of the clause it is conjoined to)
    if (antecedent := _relative_antecedent(head)) is not None:
        # "Thursday's drone strike, which local groups say killed 14 civilians": the clause
        # tells the event its noun names, of the noun's day (or of the day its "N days
        # after" counts: "four days after the first convoy that carried winter aid")
        if antecedent.dep_ == "pobj" and (counted := counted_date(antecedent.head, doc_date)) is not None:
            return TimeResult(counted, False)
        # (or a noun it is the place of, where the clause is hung on the last noun of a
        # chain: "Thursday's raid on the settlement outside Gindiri, in which six were killed")
        nouns, up = {antecedent.i}, antecedent
        while up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.pos_ in ("NOUN", "PROPN"):
            up = up.head.head
            nouns.add(up.i)
        for entity in entities:
            root = entity.root
            if ((root.dep_ == "poss" and root.head.i in nouns)
                    or (root.dep_ == "npadvmod" and root.head.i == antecedent.i)
                    or (root.dep_ == "pobj" and root.head.lower_ in ("on", "in") and root.head.head.i == antecedent.i)):
                # ("an attack on an army post on Tuesday in which two soldiers were killed")
                if (found := resolve_expression(_expression(entity), doc_date)) is not None and not found[1]:
                    return TimeResult(*found)
        if (antecedent.dep_ == "dobj" and _is_clause_head(antecedent.head) and any(
                p.dep_ == "prep" and p.lower_ in ("by", "under", "through") and any(o.lower_ == "which" for o in children_of(p))
                for p in children_of(head))):
            # "approved yesterday the resolution, by which 16 persons are included in the
            # list": what the act (by which) did, it did then
            governing = event_time(antecedent.head, doc_date)
            if governing.date.precision == "day" and not governing.future:
                return governing
    if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ == "NOUN":
        # "Denmark's decision eight days earlier ordering a diplomat out", "the decree on
        # Monday ordering ...": the participle tells what the dated noun did
        for entity in entities:
            root = entity.root
            if ((root.dep_ in ("npadvmod", "advmod", "poss") and root.head.i == head.head.i)
                    or (root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.i == head.head.i)):
                if (found := resolve_expression(_expression(entity), doc_date)) is not None and not found[1]:
                    return TimeResult(*found)
                if (shift := _anaphoric_shift(entity.text.lower())) is not None and (
                        earlier := _earlier_than_report(entity, shift, doc_date)) is not None:
                    return earlier
    shared = {c.i for c in _sharing_conjuncts(head)}
    for entity in sorted((e for e, owner in zip(entities, owners) if owner.i in shared and not _names_another(e, verb)),
                         key=lambda e: _distance(e, verb)):
        # "torched two vehicles and stormed an office on Thursday": one subject, one day
        if (found := resolve_expression(_expression(entity), doc_date)) is not None:
            return TimeResult(*found)
    if (counted := _counted_from_governor(head, doc_date)) is not None:
        return TimeResult(counted, False)
    if (head.dep_ == "conj" and _is_clause_head(head.head) and not _has_subject(head)
            and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in children_of(head.head))):
        # "three days after gunmen overran a post in Batibo and killed three gendarmes": the
        # conjunct is of the day its clause is
        return event_time(head.head, doc_date)
    if (head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX")
            and any((c.dep_ == "mark" and c.lower_ in ("when", "as")) or (c.dep_ == "advmod" and c.lower_ == "when")
                    for c in children_of(head))):
        # "soldiers had just stopped a taxi on Sunday evening when gunmen opened fire": the
        # moment the clause it hangs on tells, if that has a day
        governing = event_time(head.head, doc_date)
        if governing.date.precision == "day":
            return governing
    if (head.dep_ == "acl" and (head.tag_ == "VBG" or (head.tag_ == "VBN" and head.lemma_.lower() == "load"))
            and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head.pos_ in ("VERB", "AUX")):
        # "an aircraft carrying 40 tonnes of aid landed today", "an aircraft loaded with ...
        # landed today": what the subject was doing, or how it was, then
        return event_time(head.head.head, doc_date)
    if is_participial_adjunct(head):
        # "expelled two diplomats last week, accusing them of spying": the participle
        # describes the same occasion as the verb it hangs from (through an infinitive:
        # "ordered the clubs on Wednesday to remove structures, threatening to bulldoze them")
        governor = head.head
        while governor.dep_ == "xcomp" and governor.tag_ == "VB" and governor.head.i != governor.i:
            governor = governor.head
        return event_time(governor, doc_date)
    if (head.dep_ == "advcl" and head.tag_ in ("VBD", "VBN") and head.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "after" for c in children_of(head))):
        # "urged Madrid on Monday to intervene after Namibia threatened to strip ...": in the
        # days before the clause it hangs from, by up to a week
        governing, up = event_time(head.head, doc_date).date, head.head
        while governing.precision != "day" and up.dep_ == "xcomp" and up.head.i != up.i:
            up = up.head  # ("urged Madrid on Monday to intervene after ...": the urging's day)
            governing = event_time(up, doc_date).date
        # (or, when that clause has only the report's date, before the report, by up to a
        # week, as a pluperfect: "It was the second strike in a week, after dockers in Nuuk
        # walked out")
        if governing.start and (governing.precision == "day" or (governing.precision == "document" and not _is_irrealis(up))):
            end = date.fromisoformat(governing.start)
            if any(c.dep_ == "npadvmod" and c.tag_ == "NNS" and c.lemma_.lower() in ("day", "week", "month")
                   and not any(n.dep_ in ("nummod", "det", "amod") for n in children_of(c))
                   for mark in children_of(head) if mark.dep_ == "mark" and mark.lower_ == "after" for c in children_of(mark)):
                end -= timedelta(days=2)  # "comes days after workers struck": two days before, or more
            start = (end - timedelta(days=_PLUPERFECT_REACH)).isoformat()
            return TimeResult(EventDate(start, start, end.isoformat(), "range", None), False)
    if not irrealis:
        for clause in children_of(head):
            if (clause.dep_ == "advcl" and _is_clause_head(clause)
                    and any(c.lower_ == "when" and c.dep_ in ("mark", "advmod") for c in children_of(clause))
                    and (day := _own_day(clause, entities, doc_date)) is not None):
                # "Sixteen people were killed when armed men stormed the settlements on Monday
                # night": the moment its "when" clause tells
                return day
    if (head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN")
            and any(c.lower_ == "where" and c.dep_ == "advmod" for c in children_of(head))):
        # "spent yesterday afternoon at the Foreign Ministry, where the two ministers
        # discussed ...": the time of the clause that names the place (of its date nearest
        # the place: "rallied in Daloa on Tuesday and in Soubre on Friday, where they ...")
        place, governor = head.head, _clause_head(head.head)
        dated = [e for e in entities if _owner(e).i == governor.i and e.end <= head.i]
        for entity in sorted(dated, key=lambda e: min(abs(e.start - place.i), abs(e.end - 1 - place.i))):
            if (found := resolve_expression(_expression(entity), doc_date)) is not None:
                if found[0].precision == "day":
                    return TimeResult(*found)
                break
        governing = event_time(governor, doc_date)
        if governing.date.precision == "day":
            return governing
    if _pluperfect(head) and doc_date:
        # "the ministry had warned of reciprocal steps": before the report's time, by days
        try:
            published = date.fromisoformat(doc_date[:10])
        except ValueError:
            return _document_date(doc_date)
        start = (published - timedelta(days=_PLUPERFECT_REACH)).isoformat()
        return TimeResult(EventDate(start, start, published.isoformat(), "range", None), False)
    return _document_date(doc_date)


_ORDINAL_DAYS = {word: n for n, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)}
_ORDINAL_DAYS.update({f"{n}{suffix}": n for n, suffix in ((1, "st"), (2, "nd"), (3, "rd"), *((n, "th") for n in range(4, 11)))})


def _own_day(clause: Token, entities: list[Span], doc_date: str | None) -> TimeResult | None:
    """The day a clause's own date names (no other clause's, nor an inherited one), if any."""
    for entity in sorted((e for e in entities if _owner(e).i == clause.i and not _names_another(e, clause)),
                         key=lambda e: _distance(e, clause)):
        found = resolve_expression(_expression(entity), doc_date)
        if found is not None and found[0].precision == "day" and not found[1]:
            return TimeResult(*found)
    return None


#: Verbs that count the days of an event running on ("entered its third day on Friday",
#: "stretched into a second day").
_DAY_COUNTING = frozenset({"enter", "end", "reach", "mark", "begin", "start", "complete", "close", "stretch", "go", "move", "run"})


def _began_before(head: Token, result: TimeResult) -> TimeResult:
    """"The walkout entered its third day on Friday": the walkout began on Wednesday, two
    days before the day the clause names."""
    day = result.date
    if head.lemma_.lower() not in _DAY_COUNTING or day.precision != "day" or not day.start:
        return result
    # (or "ended its second day on Thursday", "Entered in its second day this Wednesday", translated)
    objects = [*children_of(head), *(o for c in children_of(head) if c.dep_ == "prep" and c.lower_ in ("in", "into")
                                     for o in children_of(c) if o.dep_ == "pobj")]
    for obj in objects:
        if obj.dep_ in ("dobj", "pobj") and obj.lemma_.lower() == "day":
            count = next((_ORDINAL_DAYS[c.lower_] for c in children_of(obj) if c.dep_ == "amod" and c.lower_ in _ORDINAL_DAYS), None)
            if count is not None:
                began = (date.fromisoformat(day.start) - timedelta(days=count - 1)).isoformat()
                return TimeResult(EventDate(began, began, began, "day", day.text), result.future)
    return result


#: Verbs that grant time "until" a day: that day is the deadline, past or not.
_GRANTING = frozenset({"give", "grant", "allow", "set"})
#: How far back an undated past-perfect clause reaches: the week before the report.
_PLUPERFECT_REACH = 7
#: "N days earlier" with no day told to count from: from the report's day, back by up to
#: this many days more.
_EARLIER_SLACK = 3


_THIS_WEEKDAY = re.compile(r"^(?:on )?this (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def _past_this_weekday(found: tuple[EventDate, bool], entity: Span, head: Token,
                       doc_date: str | None) -> tuple[EventDate, bool]:
    """"demanded this Friday that ...", in a report of Monday: a verb in the past tense (or
    the present perfect: "has fallen this Sunday") means the Friday just gone, not the one to
    come (translated copy often says "this" for "last")."""
    when, future = found
    if (doc_date and when.precision == "day" and when.start and when.start > doc_date[:10]
            and (head.tag_ == "VBD" or _present_perfect(head) or _past_passive(head))
            and _THIS_WEEKDAY.match(entity.text.strip())):
        day = (date.fromisoformat(when.start) - timedelta(days=7)).isoformat()
        return EventDate(day, day, day, "day", when.text), False
    if (doc_date and when.precision == "day" and when.start and when.start < doc_date[:10]
            and _BARE_WEEKDAY.match(entity.text.strip()) and _will(head)
            and (date.fromisoformat(doc_date[:10]) - date.fromisoformat(when.start)).days < 7):
        # "the minister will visit Paris on Saturday", in a report of Friday: the coming one
        day = (date.fromisoformat(when.start) + timedelta(days=7)).isoformat()
        return EventDate(day, day, day, "day", when.text), True
    if (doc_date and when.precision in {"day", "month"} and when.end and when.end < doc_date[:10]
            and _will(head) and _MONTH_WORD.search(entity.text) and not _YEAR_WORD.search(entity.text)):
        # "the two sides will meet again in July", in a report of May: the coming July
        return EventDate(*(_next_year(d) for d in (when.value, when.start, when.end)), when.precision, when.text), True
    return found


_MONTH_WORD = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                         r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", re.I)
_YEAR_WORD = re.compile(r"\b\d{4}\b|\byear\b", re.I)


def _next_year(day: str | None) -> str | None:
    """The same day a year on (29 February falls to the 28th)."""
    if day is None:
        return None
    if len(day) < 10:  # ("2028-07", a month's value)
        return f"{int(day[:4]) + 1}{day[4:]}"
    d = date.fromisoformat(day)
    try:
        return d.replace(year=d.year + 1).isoformat()
    except ValueError:
        return d.replace(year=d.year + 1, day=28).isoformat()


_BARE_WEEKDAY = re.compile(r"^(?:on |from |by |until |till )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
                           re.I)


#: Words after "is" that put an infinitive ahead: "is due to be received", "is expected to meet".
_AHEAD_WORDS = frozenset({"due", "set", "scheduled", "expected", "slated", "poised", "planned"})
#: Verbs of intending that, in the present tense, put their "to" clause ahead.
_INTENDING_VERBS = frozenset({"plan", "intend", "aim", "vow", "threaten", "promise", "pledge", "mean", "prepare", "hope"})


def _will(verb: Token) -> bool:
    """"will visit", "will be distributed", "is to visit", "is going to visit", "is due to
    be received", "are expected to meet", "plan to picket"."""
    kids = children_of(verb)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll") for c in kids) or (
            verb.dep_ == "xcomp" and verb.head.lemma_ in ("be", "go") and verb.head.tag_ in ("VBZ", "VBP", "VBG")):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _INTENDING_VERBS and (
            verb.head.tag_ in ("VBZ", "VBP") or (verb.head.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in children_of(verb.head)))):
        return True  # "workers plan to picket the office on Monday", "are threatening to strike"
    if verb.dep_ != "xcomp" or verb.head.lower_ not in _AHEAD_WORDS:
        return False
    word = verb.head
    be = word.head if word.dep_ == "acomp" else word
    return be.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                           for c in children_of(be))


def _past_passive(verb: Token) -> bool:
    """"was attacked", "were apprehended": a passive in the past tense."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in children_of(verb))


def _present_perfect(verb: Token) -> bool:
    """"has fallen", "have launched", "has been interpellated": done, as a past tense is
    ("a patrol has fallen this Sunday in an ambush", in a report of Monday)."""
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in children_of(verb))


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))


def _sharing_conjuncts(head: Token) -> list[Token]:
    """The verbs coordinated with `head` under one subject ("torched ... and stormed ...")."""
    def subjectless(tok: Token) -> bool:
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok))
    def modal(tok: Token) -> bool:
        return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in children_of(tok))
    def gapped(tok: Token, first: Token) -> bool:
        # "two soldiers were killed and three wounded on Sunday": a passive participle with
        # its own subject but the first verb's auxiliary
        return (tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in children_of(tok))
                and any(c.dep_ == "auxpass" for c in children_of(first)))
    out = []
    if head.dep_ == "conj" and _is_clause_head(head.head) and (subjectless(head) or gapped(head, head.head)):
        out.append(head.head)
    out += [c for c in children_of(head) if c.dep_ == "conj" and _is_clause_head(c) and (subjectless(c) or gapped(c, head))]
    # "were being held ... and would be arraigned on Monday": a modal verb's day is its own
    return [c for c in out if modal(c) == modal(head)]


def _pluperfect(verb: Token) -> bool:
    """"had warned", "had been arrested": a past perfect of the verb itself, not reported
    ("denied that its troops had attacked civilians" is dated by the report)."""
    return (verb.dep_ != "ccomp" and verb.tag_ == "VBN"
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(verb)))


#: Dates that count from a day already given in the sentence: "Caracas said on Tuesday that
#: its navy had detained a boat the previous day" is Monday.
_ANAPHORIC_DAYS = {
    "the previous day": -1, "the day before": -1, "a day earlier": -1, "the night before": -1,
    "the previous night": -1, "the previous evening": -1, "the same day": 0, "that day": 0,
    "the same evening": 0, "that evening": 0, "that morning": 0, "the same morning": 0,
    "that night": 0, "the same night": 0,
}  # fmt: skip


_COUNTED_UNITS = {"day": 1, "week": 7, "hour": 0}


def _anaphoric_shift(text: str) -> int | None:
    """Days from the day already given: "the previous day" -1, "two days earlier" -2,
    "three days later" +3; None for other dates."""
    if (shift := _ANAPHORIC_DAYS.get(text)) is not None:
        return shift
    words = text.split()
    if len(words) != 3 or words[1] not in ("day", "days") or words[2] not in ("earlier", "later", "before"):
        return None
    try:
        amount = 1 if words[0] in ("a", "one") else parse_number(words[0])
    except KeyError:
        return None
    return amount if words[2] == "later" else -amount


def _comma_parts(entity: Span) -> list[Span]:
    """A date entity the tagger ran over a comma into a clause of another verb ("on
    Wednesday, two days after the supplies were flown in"): its parts, when the second is
    a count ("two days") hung on another head than the first; else the entity."""
    commas = [t.i for t in entity if t.text == "," and entity.start < t.i < entity.end - 1]
    if len(commas) != 1:
        return [entity]
    first, second = entity.doc[entity.start : commas[0]], entity.doc[commas[0] + 1 : entity.end]
    if not any(t.like_num for t in second) or first.root.head.i == second.root.head.i:
        return [entity]
    return [first, second]


def _earlier_than_report(entity: Span, shift: int, doc_date: str | None) -> TimeResult | None:
    """"Denmark's decision eight days earlier" with no day told to count from: earlier than
    a moment the report tells, most often its own day or one a little before (a range)."""
    words = entity.text.lower().split()
    if (shift >= 0 or len(words) != 3 or words[2] not in ("earlier", "before") or not doc_date
            or (published := _document_day(doc_date)) is None):
        return None  # (not "the previous day", which needs a day told before it)
    end = date.fromisoformat(published) + timedelta(days=shift)
    start = (end - timedelta(days=_EARLIER_SLACK)).isoformat()
    return TimeResult(EventDate(start, start, end.isoformat(), "range", entity.text), False)


def _counted_from_governor(head: Token, doc_date: str | None) -> EventDate | None:
    """An event told in a clause "N days after/before ..." of a clause with a day date:
    "expelled two diplomats on Friday, three days after recalling its ambassador" (the
    recall was on Tuesday), "two days after a strike on a hideout left six dead"."""
    marker = None
    if head.dep_ == "pcomp" and head.head.lower_ in ("after", "before"):
        marker = head.head
    elif (finite_verb_read_as_modifier(head) is not None and head.head.dep_ == "pobj"
          and head.head.head.lower_ in ("after", "before")):
        # "one week after the Libyan side liberated seventeen fishermen", the verb misread
        # as a modifier of the object the parser hung on "after"
        marker = head.head.head
        return _counted(marker, list(children_of(marker)), _clause_head(marker.head), doc_date)
    elif (doer := clause_after_marker(head)) is not None:
        # "three days after armed men killed 11 people", read as a phrase "after armed men"
        marker = doer.head
        return _counted(marker, list(children_of(marker)), _clause_head(marker.head), doc_date)
    elif head.dep_ in ("advcl", "conj"):
        # (a conjunct with its own "after": "spent Friday packing, a day after the government
        # issued them a one-week ultimatum", misparsed)
        marker = next((c for c in children_of(head) if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if marker is None and (after := after_phrase(head)) is not None:
        # "a day after a march on the parliament ended", misread as a phrase "a day after a
        # march" and a subjectless "ended": count from the clause the verb hangs on
        marker = after[0]
        return _counted(marker, _after_units(marker), _clause_head(head.head), doc_date)
    if marker is None:
        return None
    # "three days" hangs on "after", or on the clause's verb just before "after"
    clause = head.dep_ in ("advcl", "conj")
    units = [*children_of(marker), *(c for c in children_of(head) if c.i < marker.i)] if clause else list(children_of(marker))
    if clause:
        # ("coming three days after workers began a strike": "days" hung on "coming")
        units += [c for c in children_of(head.head) if c.dep_ == "npadvmod" and c.i + 1 == marker.i]
    governor = _clause_head(head.head if clause else marker.head)
    if governor.i == head.i:
        return None
    return _counted(marker, units, governor, doc_date)


def _after_units(marker: Token) -> list[Token]:
    """Where the count of an `after_phrase` is: the word "after" hangs on ("two days after")
    or its own unit before it (the parser's other reading of the same words)."""
    return [marker.head] + [c for c in children_of(marker) if c.dep_ == "npadvmod" and c.i < marker.i]


def counted_date(marker: Token, doc_date: str | None) -> EventDate | None:
    """The day of an event named by a noun after "N days after/before" ("two days after
    a march over the arrears turned violent", with "after" on the clause's verb), counted
    from the clause "after" hangs in; None when there is no count or no day to count from."""
    if marker.lower_ not in ("after", "before"):
        return None
    governor = _clause_head(marker.head)
    if (after := after_phrase(governor)) is not None and after[0].i == marker.i:
        # "a day after a march ... ended", misparsed (`after_phrase`): the noun's own verb
        # is not what the phrase counts back from, the clause that verb hangs on is
        return _counted(marker, _after_units(marker), _clause_head(governor.head), doc_date)
    return _counted(marker, list(children_of(marker)), governor, doc_date)


#: A clause with no date of its own tells something of the publication day or of the days
#: just before (reports trail events); as the event merge's DOCUMENT_LAG.
_REPORT_LAG = 2


def _counted(marker: Token, units: list[Token], governor: Token, doc_date: str | None) -> EventDate | None:
    """The date "N days after/before" the governing clause's: a day when that clause has
    one, else, when it has none at all ("The attack came six days after drones set fire to
    a depot"), the N days before the publication window, a range."""
    unit = next((c for c in units if c.dep_ == "npadvmod" and c.lemma_.lower() in _COUNTED_UNITS), None)
    if unit is None:
        return None
    count = next((c for c in children_of(unit) if c.dep_ in ("nummod", "det")), None)
    if unit.lemma_.lower() == "hour":
        days = 0  # "hours after being recalled": the same day, as far as a day goes
        count = count or unit
    else:
        if count is None:
            return None
        word = count.lower_
        try:
            amount = 1 if word in ("a", "one") else parse_number(word)
        except KeyError:
            return None
        days = amount * _COUNTED_UNITS[unit.lemma_.lower()]
    # the clause it hangs from, or the one that reports that one ("said on Saturday that
    # the government would not be intimidated, a day after Moscow threatened a ban")
    anchor = None
    undated = True
    # A clause between the governor and the phrase, nearest first, whose own day it follows
    # when the parser hung the phrase higher up ("are back home after a judge let them go on
    # Friday, three days after their arrest": Friday's, not today's)
    between = [t for t in reversed(marker.doc[governor.i + 1 : marker.i]) if _is_clause_head(t)
               and t.sent.start == marker.sent.start] if governor.i < marker.i else []
    for clause in between:
        found = event_time(clause, doc_date)
        if found.date.precision == "day" and found.date.value and not found.future and found.date.text:
            anchor = found.date.value
            break
    for clause in [] if anchor else [governor, *(a for a in governor.ancestors if _is_clause_head(a))][:2]:
        found = event_time(clause, doc_date)
        if found.date.precision == "day" and found.date.value and not found.future:
            anchor = found.date.value  # (not a deadline: "have given them until Monday")
            break
        undated = undated and found.date.precision == "document" and not found.future
    if anchor is None and doc_date and _present(governor):
        anchor = doc_date  # "have given the owners until Monday, three days after ...": now
    shift = -days if marker.lower_ == "after" else days
    # "less than three weeks after": any day from three weeks before to the day itself
    # (or "less" hung elsewhere, its "than" on the count: "comes this step less than a week after")
    within = marker.lower_ == "after" and days > 1 and any(
        c.lower_ in ("less", "fewer", "under") or (c.lower_ == "than" and c.i > 0 and c.doc[c.i - 1].lower_ in ("less", "fewer"))
        for c in children_of(count) if c.dep_ in ("amod", "quantmod", "advmod"))
    text = marker.doc[min([count.i, unit.i, *(c.i for c in children_of(count) if c.dep_ in ("amod", "quantmod"))])
                      : marker.i + 1].text
    if anchor is None:
        if not undated or not doc_date:
            return None
        try:
            published = date.fromisoformat(doc_date[:10])
        except ValueError:
            return None
        start = (published + timedelta(days=shift - _REPORT_LAG)).isoformat()
        end = (published + timedelta(days=-1 if within else shift)).isoformat()
        return EventDate(start, start, end, "range", text)
    day = (date.fromisoformat(anchor) + timedelta(days=shift)).isoformat()
    if within:
        end = (date.fromisoformat(anchor) - timedelta(days=1)).isoformat()
        return EventDate(day, day, end, "range", text)
    return EventDate(day, day, day, "day", text)


def _present(verb: Token) -> bool:
    """A verb in the present perfect ("have given"), a saying in the present ("says") or
    what "this" news does ("This announcement comes a week after"): of the day of the
    report. (Not any present: "The Rand action comes two days after nurses called in sick"
    is of the action's day, which the clause does not tell.)"""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "have" for c in children_of(verb)):
        return True
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)):
        return False
    # (or what "this" news does: "This announcement comes one week after ...")
    return verb.lemma_.lower() in _PRESENT_SAYING or any(
        d.dep_ == "det" and d.lower_ in ("this", "these") for c in children_of(verb) if c.dep_ == "nsubj"
        for d in children_of(c))


#: Verbs whose present tense is of the day of the report ("says", "warns").
_PRESENT_SAYING = frozenset({"say", "tell", "warn", "insist", "claim", "accuse", "deny", "demand", "urge", "call",
                             "announce", "report", "state", "add", "stress", "argue", "maintain", "vow", "threaten"})


def _anchored(head: Token, shift: int, doc_date: str | None) -> str | None:
    """The day-precision date of the nearest governing clause, shifted by ``shift`` days."""
    for ancestor in head.ancestors:
        if not _is_clause_head(ancestor):
            continue
        found = event_time(ancestor, doc_date)
        if found.date.precision == "day" and found.date.value:
            return (date.fromisoformat(found.date.value) + timedelta(days=shift)).isoformat()
        if found.date.precision != "document":
            return None
        # a clause with no date of its own ("claims made by supporters who rallied two days
        # earlier"): the one above it
    if head.sent.start > 0 and (head.dep_ == "ROOT" or _said(head)) and (shift != 0 or _said(head)):
        # "State television on Wednesday called the recall a gesture. Guatemala pulled its
        # diplomat out a day earlier": a main clause counts from the sentence before (but
        # "on the same day" is the day of whichever event that sentence told last).
        before = head.doc[head.sent.start - 1].sent.root
        found = event_time(before, doc_date)
        if found.date.precision == "day" and found.date.value and not found.future:
            return (date.fromisoformat(found.date.value) + timedelta(days=shift)).isoformat()
    return None


def _said(verb: Token) -> bool:
    """A clause reported by a sentence's main verb of saying ("the union said seven more
    were held that day")."""
    return verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in _SAYING_LEMMAS


_SAYING_LEMMAS = frozenset({"say", "tell", "add", "report", "state", "confirm", "announce", "claim", "explain"})


def _told_as_done(verb: Token) -> bool:
    """A verb in the past or the present perfect ("gave", "have given")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb)))


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a relative clause ("..., which killed 14") or a report inside one ("...,
    which local groups say killed 14") hangs on, when the clause's subject is the relative
    pronoun; else None."""
    rel = head.head if head.dep_ == "ccomp" and head.head.dep_ == "relcl" else head
    if rel.dep_ != "relcl" or rel.head.pos_ not in ("NOUN", "PROPN"):
        return None
    pronoun = [c for c in (children_of(head) if rel is head else children_of(rel)) if c.dep_ in ("nsubj", "nsubjpass")]
    # (or "an attack on Tuesday in which two soldiers were killed": the pronoun in a phrase)
    within = any(p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in ("which", "whom") for o in children_of(p))
                 for p in children_of(rel))
    if rel is head and not within and not any(c.tag_ in ("WDT", "WP") or c.lower_ == "that" for c in pronoun):
        return None
    return rel.head


def _names_another(entity: Span, verb: Token) -> bool:
    """"rejected the outcome of Saturday's by-election", "the results of weekend by-elections":
    a possessive date, or one in an "of" phrase, dates the noun it qualifies (the election),
    not the event of the clause it stands in; but "Sunday's air raid" dates the raid when the
    raid is the event, "on the night of 5 May" is a date, and what happened "during Thursday
    night's protests" or "in Sunday's clashes", or what "Monday's airstrikes" did, happened
    then."""
    root = entity.root
    if root.head.i == verb.i:
        return False
    if root.dep_ == "poss" or (root.dep_ == "compound" and root.head.pos_ == "NOUN" and entity.start == root.i
                               and (entity.start == 0
                                    or entity.doc[entity.start - 1].lower_ not in ("this", "last", "next", "that"))):
        # (a bare date before its noun too: "weekend by-elections"; not "declared this
        # Thursday persona non grata", misread)
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head
    else:
        return False
    if noun.i == verb.i or (root.dep_ == "pobj" and noun.pos_ not in ("NOUN", "PROPN")):
        return False  # (a possessive qualifies a noun even where the parser is lost: "week's by-election")
    if noun.ent_type_ in _DATE_LABELS or noun.lemma_.lower() in _TIME_NOUNS:
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and (noun.head.i == verb.i or (verb.dep_ == "conj" and noun.head.i == verb.head.i)):
        return False  # "Monday's airstrikes killed seven people": what they did, they did then
    return not (noun.dep_ == "pobj" and noun.head.lower_ in _DURING and noun.head.head.i == verb.i)


#: Nouns that are a time themselves ("on the night of 5 May") and prepositions of what
#: happened within an event ("arrested 41 people during Thursday night's protests").
_TIME_NOUNS = frozenset({"night", "morning", "evening", "afternoon", "day", "dawn", "eve", "weekend", "hour",
                         "hours", "week", "month", "year", "date", "midnight", "noon"})
_DURING = frozenset({"during", "in", "at", "amid", "throughout"})


def _in_appositive(entity: Span) -> bool:
    """"The clashes, the worst in the city this year, were sparked ...": a date inside an
    appositive describes the noun, not when the clause's event happened."""
    tokens = doc_tokens(entity.doc)  # (the listed tokens keep their heads: `head` makes new ones)
    tok = tokens[entity.root.i]
    while tok.head_i != tok.i and not _is_clause_head(tok):
        if tok.dep_ == "appos":
            # (not the object of a verb the parser made its modifier: "in Athi River, downed
            # tools on Thursday", with "tools" an apposition of the place)
            return not any(c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < tok.i
                           and finite_verb_read_as_modifier(c) is not None for c in children_of(tok))
        tok = tokens[tok.head_i]
    return False


def _leading_part(entity: Span) -> Span | None:
    """"March 14 after a night": the tagger ran two phrases into one entity; the part
    before the inner preposition is the date."""
    for token in entity[1:]:
        if (token.pos_ == "ADP" and token.lower_ not in {"of"}) or token.text == ",":
            return entity.doc[entity.start : token.i]  # ("Tuesday night, hours" after a comma too)
    if len(entity) > 1 and entity[0].lower_ in {"yesterday", "today"} and entity[0].dep_ == "compound":
        return entity.doc[entity.start : entity.start + 1]  # ("Yesterday half of Colón seemed ...")
    return None


def _within_postposed_report(entity: Span, owner: Token, head: Token) -> bool:
    """"Armenia and Azerbaijan negotiated in Almaty earlier this week, diplomats said":
    the parser hangs the date on "said", but it stands inside the reported clause, which
    comes before its reporting verb. Such a date belongs to the reported event."""
    governor = head.head
    if head.dep_ != "ccomp" or governor.i < head.i or owner.i != governor.i:
        return False
    subjects = [c.left_edge.i for c in children_of(governor) if c.dep_ in ("nsubj", "nsubjpass") and c.i > head.i]
    return head.left_edge.i < entity.start and entity.end <= min(subjects + [governor.i])




#: What a statement that tells the event is ("in a statement issued late on Monday").
_STATEMENT_NOUNS = frozenset({
    "statement", "communique", "communiqué", "letter", "note", "release", "declaration",
    "message", "post", "interview", "speech", "address", "briefing", "conference", "notice",
    "circular", "order", "decree", "ruling", "verdict", "judgment", "judgement", "report",
})  # fmt: skip
_ISSUING_VERBS = frozenset({
    "issue", "release", "publish", "post", "send", "deliver", "read", "give", "hold", "make",
    "sign", "hand", "date", "broadcast", "air", "circulate", "distribute",
})  # fmt: skip


def _in_issued_statement(owner: Token, head: Token) -> bool:
    """"In a statement issued late on Monday, the ministry demanded ...": the date of the
    statement the verb's event is told in is the event's date (the demand is the
    statement). `owner` is the date's `_owner`."""
    noun = owner.head
    return (owner.dep_ == "acl" and owner.lemma_.lower() in _ISSUING_VERBS and noun.dep_ == "pobj"
            and noun.lemma_.lower() in _STATEMENT_NOUNS and noun.head.dep_ == "prep"
            and noun.head.lower_ in ("in", "through", "via", "with") and noun.head.head.i == head.i)
