"""Event nouns (`data/lexicon/nouns.yaml`): events a report names with a noun.

"A 24-hour stoppage shut every station", "The talks ended on Friday": the noun is the
subject of a verb saying that the event happened, went on, ended or had an effect. This
module loads the table and finds such nouns in a parsed sentence; the pipeline builds the
events (actors from the noun phrase, date and place from the verb's clause).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from ..datafiles import data_path, read_yaml
from ..errors import DataFileError
from ..parse.spans import children_of, doc_tokens, sent_bounds, span_tokens, subtree_of
from .codes import Codebook
from .lexicon import vehicle_loads

__all__ = ["NounEntry", "NounLexicon", "NounMatch"]

_ENTRY_FIELDS = {"code", "nouns", "needs_modifier", "target_preps", "of_is_target", "needs_of", "symmetric", "verbs",
                 "mode", "source_preps", "needs_actor", "needs_preps", "of_words", "carrying"}
#: Left dependents of the noun that belong to its name ("air strike", "24-hour stoppage").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "punct"})


@dataclass(frozen=True)
class NounEntry:
    code: str
    nouns: frozenset[str]
    needs_modifier: frozenset[str] | None
    target_preps: frozenset[str]
    of_is_target: bool
    needs_of: bool
    symmetric: bool
    verbs: frozenset[str] | None
    where: str
    mode: str | None = None  # the PLOVER mode when not the code's own (see verbs.yaml `mode`)
    #: Prepositions besides "by" whose object is the source ("food aid from the WFP").
    source_preps: frozenset[str] = frozenset()
    #: Coded only when the noun phrase names a party ("Kenya's charge", "the charge against
    #: Kenya"), since the bare noun has other senses ("the charge d'affaires").
    needs_actor: bool = False
    #: Coded only with one of these after the noun: a preposition, "to" also for an
    #: infinitive, "that" for a clause ("the call for talks", "the demand that France repay").
    needs_preps: frozenset[str] | None = None
    #: Coded only when an "of", "in", "on" or "to" phrase names one of these ("the severing of
    #: ties", "the cut in US aid"); that phrase's own parties are the event's ("US aid to Uganda").
    of_words: frozenset[str] | None = None
    #: Coded only when the noun, a vehicle, carries one of these ("trucks carrying flour", "a
    #: plane loaded with medicines", "an aircraft with 25 tonnes of relief"): see
    #: `vehicle_loads`.
    carrying: frozenset[str] | None = None


@dataclass(frozen=True)
class NounMatch:
    noun: Token
    verb: Token
    entry: NounEntry
    #: First character of the noun's name ("24-hour stoppage" starts at "24").
    start: int
    #: Does the verb's clause date the event? Not for "welcomed the release", "after the
    #: talks": the noun's event came before, on a day the sentence does not give.
    own_date: bool = True
    #: The verb's "not" denies an effect of the event, not the event ("the release has not
    #: ended the standoff"): the event is not negated.
    effect_denied: bool = False
    #: The phrase that an entry's `of_words` matched ("aid" in "the cut in US aid to Uganda").
    of_object: Token | None = None

    @property
    def code(self) -> str:
        return self.entry.code

    @property
    def end(self) -> int:
        return self.noun.idx + len(self.noun.text)


#: "X has been the target of an attack": the event noun after "the target of" was done to the
#: subject of the copula.
TARGET_NOUNS = frozenset({"target", "object"})
#: Entity labels of names: a capitalised event word inside one is part of the name.
NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "LAW", "EVENT"})
#: Days whose possessive names an event of this week as "the" does ("Thursday's strike").
RECENT_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "yesterday", "today"})
#: The relations in which `NounLexicon.back_references` reads a noun.
#: Words the parser takes for prepositions that start a clause ("as the strike grounded ...").
CLAUSE_PREPS = frozenset({"as", "while", "after", "before", "since", "until"})


def _misread_finite(noun: Token) -> Token | None:
    """A participle right after the noun that has a direct object: a finite verb the parser
    hung on its subject ("the stoppage grounded dozens of departures")."""
    if noun.i + 1 >= len(noun.doc):
        return None
    verb = noun.nbor()
    if (verb.dep_ == "acl" and verb.head.i == noun.i and verb.tag_ in {"VBN", "VBD"}
            and any(c.dep_ == "dobj" for c in children_of(verb))):
        return verb
    return None


BACK_REFERENCE_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "poss", "npadvmod"})


def target_of(prep: Token) -> Token | None:
    """The copula of "X has been the target of <event>", for the "of" there (hung on
    "target", or on the copula when a date comes between: "has been the object yesterday
    of a complex attack"), else None."""
    head = prep.head
    if head.lemma_.lower() in TARGET_NOUNS and head.dep_ == "attr":
        return head.head
    if head.lemma_.lower() == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in TARGET_NOUNS for c in children_of(head)):
        return head
    if head.lemma_.lower() in TIME_NOUNS and head.dep_ == "pobj" and head.head.dep_ == "prep":
        # ("was the target in the night of Wednesday to Thursday of an attack": the "of" hung
        # on the time between)
        copula = head.head.head
        if copula.lemma_.lower() == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in TARGET_NOUNS
                                                 for c in children_of(copula)):
            return copula
    return None


#: Times of day a date between "the target" and its "of" may name.
TIME_NOUNS = frozenset({"night", "morning", "afternoon", "evening", "dawn", "day", "early", "hours"})

def _words(value: Any, where: str, name: str) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where}: {name!r} must be a non-empty list of words")
    return frozenset(v.strip().lower() for v in value)


#: Words that count casualties before an inverted "left" (`_inverted_toll`).
_TOLL_WORDS = frozenset({"dead", "wounded", "injured", "killed", "deaths", "casualties", "victims"})


def _inverted_toll(holder: Token) -> bool:
    """"Three persons dead and eleven wounded left the explosion of a car bomb" (translated
    word order, Spanish "dejó"): the object of "leave" whose subject counts the dead or
    wounded is what left them."""
    verb = holder.head
    if holder.dep_ != "dobj" or verb.lemma_.lower() != "leave" or verb.i > holder.i:
        return False
    return any(t.lower_ in _TOLL_WORDS for t in verb.doc[sent_bounds(verb)[0]:verb.i])


def _toll_on_its_object(holder: Token) -> Token | None:
    """"A raid on another village left at least five dead": the parser hangs "left" on the
    village, as a participle describing it ("the village left ..."), or makes it a clause
    with no subject right after the noun's phrase ("four days after a raid on another
    village left at least five dead"); with a count of dead or wounded after it, it is the
    noun's verb (this "leave", or None)."""
    if holder.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return None  # (the noun has a verb of its own)
    found = [verb for prep in children_of(holder) if prep.dep_ == "prep" for obj in children_of(prep)
             for verb in children_of(obj) if verb.dep_ == "acl" and verb.i > obj.i]
    after = _last_of_subtree(holder).i + 1
    tokens = doc_tokens(holder.doc)  # (`doc[i]` makes a new token object on every access)
    if after < len(tokens) and tokens[after].dep_ == "advcl" and not any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children_of(tokens[after])):
        found.append(tokens[after])
    for verb in found:
        if verb.lemma_.lower() == "leave" and any(
                c.dep_ == "oprd" and c.lower_ in _TOLL_WORDS and any(n.dep_ == "nummod" for n in children_of(c))
                for c in children_of(verb)):
            return verb
    return None


def _last_of_subtree(tok: Token) -> Token:
    """``subtree_of(tok)[-1]`` without listing the whole subtree: the last token of it in
    that order is reached down the last right child at each level (`children_of` lists the
    children in order)."""
    while (kids := children_of(tok)) and kids[-1].i > tok.i:
        tok = kids[-1]
    return tok


def _inverted_verb_first(holder: Token) -> Token | None:
    """"Entered in its second day this Wednesday the strike of the cleaners" (translated
    verb-first order): the object of a sentence-opening past-tense verb with no subject is
    its subject; so is a noun the parser left hanging on it ("Ended yesterday, Friday, the
    strike of the workers"), or made an apposition of an adverbial noun ("Concluded yesterday
    its first day the strike of the crews"). Returns that verb, or None."""
    verb, hung = holder.head, holder.dep_ in {"dobj", "dep"} or (
        # ("Concluded yesterday in the city of Bouznika the consultative meeting", read as an adverbial)
        holder.dep_ == "npadvmod" and not holder.ent_type_ and any(c.dep_ == "det" for c in children_of(holder)))
    if holder.dep_ == "appos" and verb.dep_ == "npadvmod" and verb.i < holder.i:
        verb, hung = verb.head, not any(c.dep_ == "dobj" for c in children_of(verb.head))
    if (hung and verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBN"}
            and verb.i == sent_bounds(verb)[0] and verb.i < holder.i
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children_of(verb))):
        return verb
    return None


def _inverted_took_place(holder: Token) -> bool:
    """"Yesterday took place a meeting of protest" (translated word order): the noun after
    "took place" is its subject, parsed as a second object (or with "place" as its compound:
    "took place negotiations of the delegations")."""
    verb = holder.head
    return (holder.dep_ == "dobj" and verb.lemma_.lower() == "take" and holder.lower_ != "place"
            and (any(c.dep_ == "dobj" and c.lower_ == "place" and c.i < holder.i for c in children_of(verb))
                 or any(c.dep_ == "compound" and c.lower_ == "place" and c.i == verb.i + 1 for c in children_of(holder)))
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(verb)))


#: Skip modifiers that speak of one more of a kind, done when the clause tells it as done ("a
#: new ambush was registered on Sunday", "a new attack killed five"; not "threatened a new strike").
TOLD_AGAIN = frozenset({"new", "further"})


def _told_as_done(noun: Token, verb: Token) -> bool:
    """Is the noun the subject of a verb in a past tense ("killed", "was registered")?"""
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.i != verb.i:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"was", "were", "has", "have", "had"} for c in children_of(verb)))


class NounLexicon:
    def __init__(self, entries: list[NounEntry], verbs: frozenset[str], passive_verbs: frozenset[str],
                 skip_modifiers: frozenset[str], planning_verbs: frozenset[str] = frozenset(),
                 unsure_words: frozenset[str] = frozenset()):
        self.entries = entries
        self.verbs = verbs
        self.passive_verbs = passive_verbs
        self.skip_modifiers = skip_modifiers
        self.planning_verbs = planning_verbs
        self.unsure_words = unsure_words
        self.reaction_verbs: frozenset[str] = frozenset()
        self.after_preps: frozenset[str] = frozenset()
        self.containers: frozenset[str] = frozenset()
        self.casualty_verbs: frozenset[str] = frozenset()
        self.victim_nouns: frozenset[str] = frozenset()
        self.happening_verbs: frozenset[str] = frozenset()
        self.said_of_verbs: frozenset[str] = frozenset()
        #: Natural hazards: a verb whose only actor is one of these is no event.
        self.hazards: frozenset[str] = frozenset()
        #: Words that make a definite event noun another event than the one the report has
        #: told ("the previous strike", "last year's protests"): no back reference.
        self.other_event_words: frozenset[str] = frozenset()
        #: Nouns of entries with `of_words` that, definite and with no such phrase, name an
        #: event of the entry's own code that the report has told ("The recall was announced").
        self.bare_retellings: frozenset[str] = frozenset()
        #: Verbs whose participle before a definite noun names an act the report has told
        #: ("Police arrested 23 drivers ... The 23 detained drivers are due in court").
        self.retold_participles: frozenset[str] = frozenset()
        #: A crowd count retells the report's protest: its verbs and nouns.
        self.crowd_count_verbs: frozenset[str] = frozenset()
        self.crowd_nouns: frozenset[str] = frozenset()
        #: Coming or joining with a count ("more than 2,000 people came") retells it too.
        self.crowd_arrival_verbs: frozenset[str] = frozenset()
        #: Words of names too common to be a name of their own (`Coder._sentence_names`).
        self.generic_name_words: frozenset[str] = frozenset()
        self._by_noun: dict[str, list[NounEntry]] = {}
        for entry in entries:
            for noun in entry.nouns:
                # "sit-in" is parsed as "in" with the compound "sit"
                for key in dict.fromkeys((noun, noun.replace("-", " "))):
                    self._by_noun.setdefault(key, []).append(entry)
        for key, found in self._by_noun.items():
            # an entry with a condition of its own is tried before a plain one ("the closure of
            # the embassy" before "the closure of the road")
            found.sort(key=lambda e: e.needs_preps is None and e.of_words is None and e.carrying is None)
        #: What follows a space in a key ("exchange" in "prisoner exchange"): a noun whose
        #: lemma is neither a key nor one of these, nor its form a key, has no entry.
        self._tails = frozenset(k[i + 1 :] for k in self._by_noun for i, ch in enumerate(k) if ch == " ")

    @classmethod
    def load(cls, codebook: Codebook, path: Path | None = None) -> NounLexicon:
        path = path or data_path("lexicon/nouns.yaml")
        raw = read_yaml(path)
        if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
            raise DataFileError(f"{path}: expected a mapping with 'verbs', 'passive_verbs', 'skip_modifiers' and 'entries'")
        verbs = _words(raw.get("verbs"), str(path), "verbs")
        passive = _words(raw.get("passive_verbs"), str(path), "passive_verbs")
        skip = _words(raw.get("skip_modifiers"), str(path), "skip_modifiers")
        planning = _words(raw["planning_verbs"], str(path), "planning_verbs") if "planning_verbs" in raw else frozenset()
        unsure = _words(raw["unsure_words"], str(path), "unsure_words") if "unsure_words" in raw else frozenset()
        entries = []
        for n, item in enumerate(raw["entries"], 1):
            where = f"{path}: entry {n}"
            if not isinstance(item, dict):
                raise DataFileError(f"{where}: expected a mapping")
            unknown = set(item) - _ENTRY_FIELDS
            if unknown:
                raise DataFileError(f"{where}: unknown field(s) {sorted(unknown)}")
            code = str(item.get("code", ""))
            if code not in codebook:
                raise DataFileError(f"{where}: unknown CAMEO code {code!r}")
            entries.append(NounEntry(
                code=code,
                nouns=_words(item.get("nouns"), where, "nouns"),
                needs_modifier=_words(item["needs_modifier"], where, "needs_modifier") if "needs_modifier" in item else None,
                target_preps=_words(item["target_preps"], where, "target_preps") if "target_preps" in item else frozenset(),
                of_is_target=bool(item.get("of_is_target", False)),
                needs_of=bool(item.get("needs_of", False)),
                symmetric=bool(item.get("symmetric", False)),
                verbs=_words(item["verbs"], where, "verbs") if "verbs" in item else None,
                where=where,
                mode=_mode(item.get("mode"), code, codebook, where),
                source_preps=_words(item["source_preps"], where, "source_preps") if "source_preps" in item else frozenset(),
                needs_actor=bool(item.get("needs_actor", False)),
                needs_preps=_words(item["needs_preps"], where, "needs_preps") if "needs_preps" in item else None,
                of_words=_words(item["of_words"], where, "of_words") if "of_words" in item else None,
                carrying=_words(item["carrying"], where, "carrying") if "carrying" in item else None,
            ))
        lexicon = cls(entries, verbs, passive, skip, planning, unsure)
        for name in ("reaction_verbs", "after_preps", "containers", "casualty_verbs", "victim_nouns", "happening_verbs",
                     "said_of_verbs", "hazards", "other_event_words", "bare_retellings", "retold_participles",
                     "crowd_count_verbs", "crowd_nouns", "crowd_arrival_verbs", "generic_name_words"):
            if name in raw:
                setattr(lexicon, name, _words(raw[name], str(path), name))
        for noun in sorted(lexicon.bare_retellings):
            if not any(e.of_words is not None or e.carrying is not None for e in lexicon._by_noun.get(noun, [])):
                raise DataFileError(f"{path}: bare_retellings: {noun!r} is no noun of an entry with of_words or carrying")
        return lexicon

    def __len__(self) -> int:
        return sum(len(e.nouns) for e in self.entries)

    def names_protest(self, tok: Token) -> bool:
        """Is `tok` a noun of the lexicon for a protest or a strike, in one of its senses
        ("march", "rally", "strike"), CAMEO 14?"""
        return any(e.code.startswith("14") for key in (tok.lemma_.lower(), tok.lower_) for e in self._by_noun.get(key, []))

    def protest_code(self, tok: Token) -> str | None:
        """The CAMEO 14 code `tok` names as a protest or strike noun ("strike" 143, "march"
        141), else None; its entry's modifiers are not asked for."""
        entry = self._entry(tok)
        if entry is not None and entry.code.startswith("14"):
            return entry.code
        return next((e.code for key in (tok.lemma_.lower(), tok.lower_) for e in self._by_noun.get(key, [])
                     if e.code.startswith("14")), None)

    def find(self, sent: Span) -> list[NounMatch]:
        """Event nouns of `sent` that the sentence says took place: the subject of a verb of
        happening, or an event that a reaction verb or an "after"-preposition takes as done
        ("welcomed the release of 40 students", "after a day of negotiations")."""
        out = []
        by_noun, tails = self._by_noun, self._tails
        for tok in span_tokens(sent):
            if tok.pos_ not in {"NOUN", "PROPN"} or (tok.pos_ == "PROPN" and (
                    tok.ent_type_ in NAME_LABELS or (tok.text[:1].isupper() and tok.i > sent.start))):
                continue  # (not a name's word: "thanks to Islamic Relief", "Operation Storm")
            if (lemma := tok.lemma_.lower()) not in by_noun and lemma not in tails and tok.lower_ not in by_noun:
                continue  # (no entry, see `_entry`: every way below needs one)
            if lemma in self.containers and any(
                    o.dep_ == "pobj" and (o.lemma_.lower() in by_noun or o.lower_ in by_noun)
                    for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c)):
                continue  # ("the explosion of a car bomb": the bomb is the event, told through it)
            holder = tok  # the noun that takes the sentence role: "a day" in "a day of talks"
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in self.containers:
                holder = tok.head.head
            if holder.dep_ in {"nsubj", "nsubjpass"} or _inverted_took_place(holder):
                found = self._as_subject(tok, holder)
            elif (first := _inverted_verb_first(holder)) is not None:
                found = self._as_subject(tok, holder, first)
            elif _inverted_toll(holder):
                found = self._as_subject(tok, holder, holder.head)
            elif (toll := _toll_on_its_object(holder)) is not None:
                found = self._as_subject(tok, holder, toll)
            elif (holder.dep_ in {"ROOT", "pobj"} and (holder.dep_ == "ROOT" or holder.head.lower_ in CLAUSE_PREPS)
                  and (misread := _misread_finite(tok)) is not None):
                # "as the 24-hour stoppage grounded dozens of departures", read as a noun with a
                # participle on it: the verb is the noun's
                found = self._as_subject(tok, tok, misread)
            elif holder.dep_ in {"dobj", "pobj"}:
                found = self._as_object(tok, holder)
            elif holder.dep_ == "ROOT" and tok.pos_ == "NOUN":
                # "Ukraine's plea to Germany for more batteries dominated the briefing", parsed
                # with the noun as the sentence's head and its verb on a later noun: a finite
                # verb there is the noun's (for an indefinite noun, one of the verbs of
                # happening: "A march in defence of the water travelled the streets")
                verb = next((t for t in tok.subtree if t.i > tok.i and t.pos_ == "VERB" and t.dep_ in {"acl", "relcl"}
                             and t.tag_ in {"VBD", "VBZ", "VBP"}), None)
                found = self._as_subject(tok, tok, verb) if verb is not None else None
            else:
                found = None
            if found is None:
                # "the car bomb that tore through the hotel entrance": the subject of its own
                # relative clause
                for clause in (c for c in children_of(tok) if c.dep_ == "relcl" and c.pos_ in {"VERB", "AUX"}):
                    if any(s.dep_ == "nsubj" and s.lower_ in {"that", "which"} for s in children_of(clause)):
                        found = self._as_subject(tok, tok, clause)
                        break
            if found is not None:
                out.append(found)
        return out

    def back_references(self, sent: Span, told: Callable[[NounEntry], bool],
                        taken: Collection[int] = (), told_codes: Collection[str] = ()) -> list[NounMatch]:
        """Definite event nouns of `sent` in any other position (after any preposition, as
        the object or subject of any verb, as a possessor) that refer back to an event the
        report has told: an entry of the noun for which `told` is true, even one that needs
        a modifier ("the strike" after a told walkout; "the attack" after a told attack).
        "In Callao the adherence to the strike reached 90 percent", "the containers are stuck
        because of the strike". Not a noun with a word of its own that makes it another
        event (`other_event_words`, `skip_modifiers`, a date, a number) or tokens in `taken`.
        The caller gives the event the told one's parties and date when its phrase names
        none (see `pipeline`). A noun of `bare_retellings` needs no `of_words` phrase (nor
        any "of", "in", "on" or "to" phrase) when an event of its entry's code is in
        `told_codes` ("Guinea recalled its ambassador ... The recall was announced")."""
        out = []
        tokens = doc_tokens(sent.doc)  # (for the listed heads: `tok.head` makes a new token object)
        for tok in span_tokens(sent):
            if tok.dep_ not in BACK_REFERENCE_DEPS and tok.dep_ != "compound":
                continue  # (the cheapest test first: most words go here)
            if tok.lemma_.lower() not in self._by_noun and tok.lower_ not in self._by_noun:
                continue  # (no entry of the noun: nothing below can match; most nouns go here)
            # (or a container's: "The handover ceremony took place", "The act of delivery took
            # place in the port", translated)
            head = tokens[tok.head_i]
            container = (head if tok.dep_ == "compound" and head.lemma_.lower() in self.containers
                         and head.dep_ in {"nsubj", "nsubjpass"} else None)
            if tok.dep_ not in BACK_REFERENCE_DEPS and container is None:
                continue
            if (container is None and tok.dep_ == "pobj" and head.lower_ == "of"
                    and tokens[head.head_i].lemma_.lower() in self.containers and tokens[head.head_i].dep_ in {"nsubj", "nsubjpass"}):
                container = tokens[head.head_i]
            # (a lower-case "march" the tagger takes for the month is a noun: "12,000 had joined
            # the march", tagged a proper noun and hung on the verb as an adverbial)
            slip = tok.pos_ == "PROPN" and tok.text.islower()
            # ("Thursday's strike", "yesterday's march": a day of this week names the event
            # told, as "the" does)
            day = next((c for c in children_of(tok) if c.dep_ == "poss" and c.lower_ in RECENT_DAYS), None)
            if ((tok.dep_ not in {"pobj", "dobj", "nsubj", "nsubjpass", "poss"} and container is None
                 and not (slip and tok.dep_ == "npadvmod" and not any(c.dep_ == "dobj" for c in children_of(tok.head))))
                    or (tok.pos_ != "NOUN" and not slip) or tok.i in taken
                    or not (day is not None or any(c.dep_ == "det" and c.lower_ in {"the", "this", "these", "those"}
                                                   for c in children_of(container if container is not None else tok)))):
                continue
            before = [t for t in subtree_of(tok) if t.i < tok.i and (day is None or t.i > day.i)]
            keys = tuple(dict.fromkeys((tok.lemma_.lower(), tok.lower_)))
            # (a number counts a told load's vehicles: "The 30 trucks were handed over")
            counted = any(e.carrying is not None for key in keys for e in self._by_noun.get(key, []))
            if any(t.lower_ in self.other_event_words or t.lower_ in self.skip_modifiers
                   or t.ent_type_ in {"DATE", "TIME", "ORDINAL"}
                   or (t.ent_type_ == "CARDINAL" and not (counted and t.dep_ == "nummod" and t.head.i == tok.i))
                   for t in before):
                continue
            entry = next((e for key in keys for e in self._by_noun.get(key, []) if told(e) and _fits(tok, e)), None)
            if entry is None and any(key in self.bare_retellings for key in keys) and not any(
                    c.dep_ == "prep" and c.lower_ in {"of", "in", "on", "to"} for c in children_of(tok)):
                entry = next((e for key in keys for e in self._by_noun.get(key, [])
                              if (e.of_words is not None or e.carrying is not None) and e.needs_preps is None
                              and e.code in told_codes), None)
            verb = tok.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            if entry is None or verb.pos_ not in {"VERB", "AUX"} or any(c.tag_ == "MD" for c in children_of(verb)):
                continue  # ("with the withdrawal of American troops, it will be more dangerous")
            first = min([tok.i] + [t.i for t in before if t.dep_ in {"compound", "amod"} and t.head.i == tok.i])
            out.append(NounMatch(tok, verb, entry, tok.doc[first].idx, own_date=False))
        return out

    def _as_subject(self, tok: Token, holder: Token, verb: Token | None = None) -> NounMatch | None:
        verb = verb if verb is not None else holder.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.i == holder.i:
            return None
        lemma = verb.lemma_.lower()
        entry = self._entry(tok, lemma)
        if entry is None:
            return None
        own_date = True
        if entry.verbs is None and definite(holder):
            # "The march was peaceful", "Sunday's raid killed 14": any verb but planning
            if lemma in self.planning_verbs or any(
                c.dep_ in {"acomp", "attr", "prep", "advmod", "prt"} and c.lower_ in self.unsure_words
                and not (c.lower_ == "off" and lemma in {"pass", "go"})  # ("passed off peacefully": it happened)
                for c in children_of(verb)
            ) or any(c.dep_ == "xcomp" and c.lemma_.lower() in self.planning_verbs for c in children_of(verb)):
                return None
            # "The accusation ... dominated talk shows over the weekend": a verb that is not
            # one of happening, ending or effect tells something later, not the event's day
            own_date = lemma in self.verbs or lemma == "be" or (holder.dep_ == "nsubjpass" and lemma in self.passive_verbs)
        elif holder.dep_ == "nsubjpass":
            if lemma not in self.passive_verbs or (entry.verbs is not None and lemma not in entry.verbs):
                return None  # (an entry's own verbs hold in the passive too: "the strike was called off")
        elif lemma not in (entry.verbs or self.verbs):
            return None
        return self._checked(tok, verb, entry, own_date=own_date)

    def _as_object(self, tok: Token, holder: Token) -> NounMatch | None:
        governor = holder.head
        casualty = lost_lives = False
        if holder.dep_ == "dobj":
            if governor.pos_ != "VERB" or governor.lemma_.lower() not in self.reaction_verbs:
                return None
            verb = governor
        else:
            # "after the talks", "killed in the attack", "victims of Sunday's air raid", "thanks
            # to the donation", "said of the accusation"
            word, head = governor.lower_, governor.head.lemma_.lower()
            casualty = word == "in" and head in self.casualty_verbs and governor.head.pos_ == "VERB"
            if word == "in" and not casualty:
                # "fourteen people lost their lives in the attack" (the "in" on the verb or
                # on "lives")
                lost = governor.head if head == "lose" else governor.head.head if head == "life" else None
                casualty = lost_lives = (lost is not None and lost.pos_ == "VERB" and lost.lemma_.lower() == "lose" and any(
                    c.dep_ in {"dobj", "dative"} and c.lemma_.lower() == "life" for c in children_of(lost)))
            said_of = word == "of" and head in self.said_of_verbs and governor.head.pos_ == "VERB"
            # "commuters were stranded by the walkout": the event did it; "the station has
            # been the target of an assault": it was done
            cause = (word == "by" and governor.dep_ == "agent") or (word == "of" and target_of(governor) is not None) or (
                holder.i != tok.i and tok.head.lower_ == "of" and target_of(tok.head) is not None)
            casualty = casualty or cause
            if not (word in self.after_preps or f"{governor.head.lower_} {word}" in self.after_preps or casualty
                    or said_of or (word in {"of", "from"} and head in self.victim_nouns)):
                return None
            verb = governor.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ not in {"VERB", "AUX"}:
                return None
        entry = self._entry(tok)
        if entry is None:
            return None
        if entry.verbs is not None and len(self._by_noun.get(tok.lemma_.lower(), [])) > 1:
            # "after the strike": a walkout or an attack; but the dead died in one that kills
            # ("nine people died in yesterday's raid on a settlement")
            died_in = holder.dep_ == "pobj" and governor.lower_ == "in" and (
                governor.head.lemma_.lower() in self.casualty_verbs or lost_lives)
            if not (died_in and "kill" in entry.verbs):
                return None
        # the dead died on the event's day ("killed in an air strike on Friday"); a reaction
        # or a funeral came after it
        return self._checked(tok, verb, entry, own_date=holder.dep_ == "pobj" and casualty)

    def _checked(self, tok: Token, verb: Token, entry: NounEntry, own_date: bool) -> NounMatch | None:
        if any(c.lower_ in self.skip_modifiers and not (c.lower_ in TOLD_AGAIN and _told_as_done(tok, verb))
               for c in children_of(tok)):
            return None
        if any(c.tag_ == "MD" for c in children_of(verb)):
            return None  # "the talks would continue": no report of it
        denied = any(c.dep_ == "neg" for c in children_of(verb))
        if denied and (not definite(tok) or verb.lemma_.lower() in self.happening_verbs):
            # "no strike ended", "the talks did not begin": no report of it; but an event the
            # report takes as known still happened when only its effect is denied ("Serbia's
            # release of 40 students has not ended the standoff")
            return None
        # (not a day or a comma the parser hung before it: ", Friday, the strike")
        start = min([t.idx for c in tok.lefts if c.dep_ in _MODIFIER_DEPS and c.dep_ != "punct"
                     and not (c.dep_ == "npadvmod" and c.ent_type_ in {"DATE", "TIME"}) for t in c.subtree] + [tok.idx])
        return NounMatch(tok, verb, entry, start, own_date, denied, of_object(tok, entry))

    def _entry(self, tok: Token, verb: str | None = None) -> NounEntry | None:
        """The entry `tok` names; with `verb`, the lemma of the verb it is the subject of,
        not one whose own `verbs` leave that verb out (a bare "strike" that kills is an
        attack; one that "stretched into a second day" a walkout)."""
        lemma = tok.lemma_.lower()
        for child in tok.lefts:
            if child.dep_ in {"compound", "amod"}:
                for entry in self._by_noun.get(f"{child.lower_} {lemma}", []):
                    if verb is not None and entry.verbs is not None and verb not in entry.verbs:
                        continue
                    if _fits(tok, entry):
                        return entry
        modifiers: set[str] | None = None  # (computed only for an entry that needs one)
        for key in (lemma, tok.lower_):
            for entry in self._by_noun.get(key, []):
                if verb is not None and entry.verbs is not None and verb not in entry.verbs:
                    continue
                if entry.needs_modifier is not None:
                    if modifiers is None:
                        before = [t for t in tok.subtree if t.i < tok.i]
                        # (or the doer named by "by" or "of": "a strike by drivers shut down La
                        # Paz", "the strike of the dockworkers paralysed the port")
                        before += [o for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in {"by", "of"}
                                   for o in children_of(c) if o.dep_ == "pobj"]
                        modifiers = {t.lower_ for t in before} | {t.lemma_.lower() for t in before}
                    if not entry.needs_modifier & modifiers:
                        continue
                if _fits(tok, entry):
                    return entry
        return None


def of_object(tok: Token, entry: NounEntry) -> Token | None:
    """The noun of an "of", "in", "on" or "to" phrase after `tok` that is one of `entry`'s
    `of_words` ("ties" in "the severing of ties", "aid" in "the cut in US aid")."""
    if entry.of_words is None:
        return None
    for c in children_of(tok):
        if c.dep_ == "prep" and c.lower_ in {"of", "in", "on", "to"}:
            for o in children_of(c):
                if o.dep_ == "pobj" and (o.lemma_.lower() in entry.of_words or o.lower_ in entry.of_words):
                    return o
    return None


#: What is done to a vehicle that then delivers nothing ("lorries carrying food were set on
#: fire", "gunmen hijacked a truck carrying flour").
STOPPING_VERBS = frozenset({"set", "burn", "torch", "attack", "ambush", "destroy", "loot", "hijack", "seize",
                            "intercept", "block", "stop", "raid", "strike", "hit", "shell", "bomb", "blow", "target",
                            "turn", "confiscate", "impound"})


def _carries(tok: Token, words: frozenset[str]) -> bool:
    """Does the vehicle `tok` carry one of `words` (through a quantity: "40 tonnes of flour";
    or a modifier and the word: "humanitarian help")?"""
    for load in vehicle_loads(tok):
        for item in [load] + [o for c in children_of(load) if c.dep_ == "prep" and c.lower_ == "of"
                              for o in children_of(c) if o.dep_ == "pobj"]:
            lemma = item.lemma_.lower()
            if lemma in words or item.lower_ in words or any(
                    f"{c.lower_} {lemma}" in words for c in children_of(item) if c.dep_ in {"compound", "amod"}):
                return True
    return False


def _fits(tok: Token, entry: NounEntry) -> bool:
    """Does the phrase of `tok` meet `entry`'s `needs_preps` and `of_words`?"""
    if entry.of_words is not None and of_object(tok, entry) is None:
        return False
    if entry.carrying is not None and (not _carries(tok, entry.carrying) or (
            tok.dep_ in {"nsubjpass", "dobj"} and tok.head.lemma_.lower() in STOPPING_VERBS)):
        return False  # (nor one stopped: "lorries carrying food were set on fire" delivered nothing)
    if entry.needs_preps is None:
        return True
    for c in children_of(tok):
        if c.dep_ == "prep" and c.lower_ in entry.needs_preps:
            return True
        if c.dep_ in {"acl", "relcl", "ccomp"}:
            if "to" in entry.needs_preps and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c)):
                return True  # "Serbia's threat to send troops"
            if "that" in entry.needs_preps and any(a.dep_ == "mark" and a.lower_ == "that" for a in children_of(c)):
                return True  # "Haiti's demand that France repay the debt"
    return False


def definite(tok: Token) -> bool:
    """"the talks", "these clashes", "Sunday's raid", "their walkout"."""
    return any((c.dep_ == "det" and c.lower_ in {"the", "this", "these", "those"}) or c.dep_ == "poss" for c in children_of(tok))


def _mode(value: Any, code: str, codebook: Codebook, where: str) -> str | None:
    """A PLOVER mode that some code of `code`'s PLOVER type has in the codebook."""
    if value is None:
        return None
    ptype = codebook[code].plover_type
    known = {codebook[c].plover_mode for c in codebook.codes() if codebook[c].plover_type == ptype} - {None}
    mode = str(value).strip().lower()
    if mode not in known:
        raise DataFileError(f"{where}: mode {mode!r} is not a PLOVER mode of {ptype} (known: {', '.join(sorted(known))})")
    return mode
