"""Negation and modality of an event predicate.

Rules, applied to the predicate and the chain of verbs and adjectives that govern it through
`xcomp` or a purpose clause ("wants to cooperate", "is ready to cooperate", "must stop
killing", "would work to reduce tensions"):
- `negated`: a negation on the predicate or on a governing control verb ("did not attack",
  "cannot win", "refused to" is handled as a REJECT event instead), or the predicate is the
  complement of a denial ("denied that ...").
- `modality`, first match wins:
  - inside a conditional clause ("if ...", "unless ...") -> `possible`
  - must / should / ought / need / have to, or governed by a demand verb, or what someone
    is given time to do ("gave the ministry until Friday to release the money") -> `demanded`
  - want / plan / intend / seek / ready / willing / prepared / aim / hope / try -> `intended`
  - can / could / may / might, or "has the tools / means / ability to" -> `possible`
  - "no reason / intention / plan to" -> negated (and `intended`)
  - an infinitive under a noun: "the threat / offer / plan to" -> `intended`, "the appeal /
    call / demand to" -> `demanded`, "the refusal to" -> negated (and `intended`)
  - will / would / shall, or "be going to", "be set to", "be due to", "be expected to" -> `future`
  - otherwise `asserted`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..parse.spans import children_of, doc_tokens
from ..predicates.find import TIME_UNITS, corrects_a_phrase, gives_time

__all__ = ["Modality", "modality_of"]

DEMAND_MODALS = frozenset({"must", "should", "ought", "need", "shall"})
POSSIBLE_MODALS = frozenset({"can", "could", "may", "might", "ca"})
FUTURE_MODALS = frozenset({"will", "would", "wo", "'ll"})
INTENT_HEADS = frozenset(
    """want wish plan intend seek ready willing prepared prepare aim hope try attempt eager
    determined keen mean desire resolve decide""".split()
)
FUTURE_HEADS = frozenset({"going", "set", "due", "expected", "likely", "scheduled", "poised", "about"})
DEMAND_HEADS = frozenset({"have", "need", "require", "obliged", "compel"})
CAPACITY_NOUNS = frozenset({"tool", "means", "ability", "capacity", "power", "leverage", "capability", "chance", "opportunity", "right"})
INTENT_NOUNS = frozenset({"reason", "intention", "plan", "desire", "wish", "goal", "aim", "intent", "decision", "bid", "effort", "attempt", "readiness", "willingness",
                          # a threat or a promise is of something not yet done ("Serbia's threat to send troops")
                          "threat", "ultimatum", "warning", "vow", "pledge", "promise", "offer", "proposal", "commitment"})
#: "Nepal's appeal to India to reopen the route": what is asked for is not done.
DEMAND_NOUNS = frozenset({"appeal", "call", "plea", "request", "demand", "ultimatum", "order", "instruction", "petition"})
#: "Iran's refusal to let inspectors in": what is refused is not done.
REFUSAL_NOUNS = frozenset({"refusal", "failure", "reluctance", "unwillingness"})
DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})


@dataclass(frozen=True)
class Modality:
    negated: bool
    modality: str


def _modals(tok: Token) -> set[str]:
    return {c.lower_ for c in children_of(tok) if c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD"}


#: Verbs that keep someone "from" doing something: the thing is not done.
PREVENTION_VERBS = frozenset({"bar", "ban", "prevent", "stop", "block", "prohibit", "keep", "forbid", "restrain",
                              "deter", "dissuade", "discourage", "exclude", "preclude", "disqualify"})


def _has_neg(tok: Token) -> bool:
    for c in children_of(tok):
        if c.dep_ == "neg" and c.i > tok.i and corrects_a_phrase(c):
            continue  # (", not the 14 the police have admitted to": a figure set right)
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in {"never", "not"}):
            return True
    return False


def modality_of(verb: Token) -> Modality:
    if _threatened_alternative(verb):
        # "gave the miners ten days to pull their rafts out or see them destroyed": what
        # befalls them if they do not is not done
        return Modality(_has_neg(verb), "possible")
    chain = [verb]
    tok = verb
    while tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))):
        tok = tok.head
        chain.append(tok)
        if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            tok = tok.head
            chain.append(tok)
    negated = any(_has_neg(t) for t in chain)
    clause_head = chain[-1]
    if clause_head.dep_ in {"ccomp"} and clause_head.head.lemma_.lower() in DENIAL_VERBS:
        negated = not negated
    if (clause_head.dep_ == "pcomp" and clause_head.head.lower_ == "from"
            and clause_head.head.head.lemma_.lower() in PREVENTION_VERBS):
        negated = not negated  # "barred 18 Russians from entering its territory": they did not
    modals: set[str] = set()
    for t in chain:
        modals |= _modals(t)
    if verb.dep_ == "conj" and verb.tag_ == "VB" and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb)):
        # "would close the gates and stop the water": a bare conjunct shares its first verb's modal
        modals |= _modals(verb.head)
    heads = {t.lemma_.lower() for t in chain[1:]} | {t.lower_ for t in chain[1:]}

    if clause_head.dep_ in {"acl", "relcl"} and clause_head.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause_head)
    ):
        noun = clause_head.head
        noun_lemma = noun.lemma_.lower()
        if any(c.lower_ == "no" for c in children_of(noun)) or _has_neg(noun.head):
            negated = not negated  # "we have no reason to work with them"
        if noun_lemma in CAPACITY_NOUNS:
            return Modality(negated, "possible")  # "had the tools to encourage talks"
        if noun_lemma in REFUSAL_NOUNS:
            return Modality(not negated, "intended")
        if noun_lemma in DEMAND_NOUNS:
            return Modality(negated, "demanded")
        if noun_lemma in INTENT_NOUNS:
            return Modality(negated, "intended")
        if (noun_lemma in _COUNTED_TIME and any(c.dep_ == "nummod" for c in children_of(noun))
                and noun.head.lemma_.lower() in _HOLDING_VERBS):
            return Modality(negated, "demanded")  # "the consul has 72 hours to quit the country"
    if _conditional(verb):
        return Modality(negated, "possible")
    if verb.dep_ == "advcl" and {c.lower_ for c in children_of(verb) if c.dep_ == "mark"} >= {"so", "that"}:
        # "gave a term of 72 hours to the Army so that it withdraws its troops": a purpose,
        # demanded of another when time is given for it
        return Modality(negated, "demanded" if gives_time(verb.head) else "intended")
    if len(chain) > 1 and chain[0].dep_ in {"xcomp", "advcl"} and (gives_time(chain[1]) or _counted_time(chain[1])):
        # "gave the finance ministry until Friday to release the money": what the time is
        # given for is demanded, not done
        return Modality(negated, "demanded")
    if modals & DEMAND_MODALS or (heads & DEMAND_HEADS and any(c.lower_ == "to" for c in children_of(verb))):
        return Modality(negated, "demanded")
    if heads & INTENT_HEADS:
        return Modality(negated, "intended")
    if modals & POSSIBLE_MODALS:
        return Modality(negated, "possible")
    if modals & FUTURE_MODALS or heads & FUTURE_HEADS:
        return Modality(negated, "future")
    return Modality(negated, "asserted")


#: Units of time counted out to someone to do a thing ("72 hours to leave").
_COUNTED_TIME = TIME_UNITS - {"deadline", "time", "year"}
_HOLDING_VERBS = frozenset({"have", "dispose", "get", "receive", "obtain"})


def _counted_time(verb: Token) -> bool:
    """Does `verb` hold a counted span of time: "disposes of 72 hours", "has two days"? (Not
    "took two days to retake the town": that was done.)"""
    if verb.lemma_.lower() not in _HOLDING_VERBS:
        return False
    for c in children_of(verb):
        held = [c] if c.dep_ in {"dobj", "npadvmod"} else [o for o in children_of(c) if o.dep_ == "pobj"] if c.dep_ == "prep" else []
        if any(h.lemma_.lower() in _COUNTED_TIME and any(n.dep_ == "nummod" for n in children_of(h)) for h in held):
            return True
    return False


#: "or see them destroyed", "or face arrest": the verb that tells what befalls someone.
_BEFALLING_VERBS = frozenset({"see", "face", "risk", "have", "get"})


def _threatened_alternative(verb: Token) -> bool:
    """The second of two infinitives joined by "or", or a clause under its "see" ("to leave or
    see their rafts destroyed", "to disarm or face attack")."""
    tok = verb
    if tok.dep_ in {"ccomp", "xcomp", "dobj"} and tok.head.lemma_.lower() in _BEFALLING_VERBS:
        tok = tok.head
    if tok.dep_ != "conj" or tok.head.i == tok.i:
        return False
    first = tok.head
    return (any(c.dep_ == "cc" and c.lower_ == "or" for c in children_of(first))
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(first)))


def _conditional(verb: Token) -> bool:
    tokens = doc_tokens(verb.doc)  # (the listed tokens keep their heads: `head` makes new ones)
    tok = tokens[verb.i]
    for _ in range(6):
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children_of(tok)):
            return True
        if tok.head_i == tok.i:
            return False
        tok = tokens[tok.head_i]
    return False
