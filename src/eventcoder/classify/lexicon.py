"""The verb-and-pattern lexicon (`data/lexicon/verbs.yaml`) and its matcher.

Each pattern names a verb lemma plus optional constraints (particle, direct-object head,
preposition and its object, voice). A predicate gets the code of the most specific pattern
that matches it. See docs/data-formats.md for the file format.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from ..datafiles import data_path, read_yaml
from ..errors import DataFileError
from ..parse.spans import children_of, subtree_of
from ..predicates import Predicate, np_heads
from .codes import Codebook

__all__ = ["Pattern", "Match", "Lexicon"]

_FIELDS = {"lemma", "particle", "object", "prep", "pobj", "voice", "target", "source", "source_sectors", "swap", "mode",
           "infinitive", "negated", "subject", "pair", "note"}


@dataclass(frozen=True)
class Pattern:
    code: str
    lemma: str
    particle: str | None = None
    objects: frozenset[str] | None = None
    prep: str | None = None
    pobjs: frozenset[str] | None = None
    voice: str | None = None
    target: str | None = None
    source: str | None = None
    source_sectors: frozenset[str] | None = None
    swap: bool = False
    #: The PLOVER mode when it is not the code's own: expelling diplomats is CAMEO 161 (whose
    #: PLOVER mode is "withdraw", as a recall is) but PLOVER mode "expel".
    mode: str | None = None
    #: Lemmas of a "to" infinitive the verb must govern ("gave the diplomat 72 hours to
    #: leave"); the infinitive is then part of this event, not one of its own.
    infinitives: frozenset[str] | None = None
    #: The code of the event the verb tells when negated, if it is another one: "does not
    #: recognise the results" is a rejection (120), not a recognition that did not happen.
    negated_code: str | None = None
    #: Head lemmas the verb's (active) subject must have ("protesters walked to parliament":
    #: a march; anyone else who walks makes no event).
    subjects: frozenset[str] | None = None
    #: The (active) subject must be two parties: two conjoined ("the minister and his
    #: guest") or a plural counted as two or both ("the two ministers", "both chancellors").
    pair: bool = False
    where: str = ""

    @property
    def specificity(self) -> int:
        return (
            1
            + (1 if self.particle else 0)
            + (2 if self.objects else 0)
            + (1 if self.prep else 0)
            + (2 if self.pobjs else 0)
            + (1 if self.voice else 0)
            + (1 if self.source_sectors else 0)
            + (2 if self.infinitives else 0)
            + (2 if self.subjects else 0)
            + (2 if self.pair else 0)
        )


@dataclass(frozen=True)
class Match:
    pattern: Pattern
    #: The direct object that the pattern matched on (an event noun, not an actor), if any.
    event_object: Token | None
    #: The object of the pattern's preposition, if the pattern named one.
    prep_object: Token | None
    #: Extra words matched by multi-word objects ("humanitarian aid" beats "aid").
    bonus: int = 0
    #: The infinitive the pattern's `infinitives` matched, if any.
    complement: Token | None = None

    @property
    def code(self) -> str:
        return self.pattern.code


#: The lemma of a pattern that any verb matches (it must name a preposition and its object).
ANY_VERB = "*"


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _str_list(value: Any, where: str, name: str) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{where}: {name!r} must be a list of words")
    return frozenset(v.strip().lower() for v in value)


class Lexicon:
    """Patterns indexed by lemma. Build with `Lexicon.load(codebook)`."""

    def __init__(self, patterns: list[Pattern]):
        self.patterns = patterns
        self._by_lemma: dict[str, list[Pattern]] = defaultdict(list)
        for pat in patterns:
            self._by_lemma[pat.lemma].append(pat)
        #: Lemma -> object phrase -> the places in `_by_lemma[lemma]` of the patterns that
        #: name it (see `_viable`).
        self._by_object: dict[str, dict[str, list[int]]] = {}
        for lemma, pats in self._by_lemma.items():
            table = self._by_object[lemma] = {}
            for n, pat in enumerate(pats):
                for phrase in pat.objects or ():
                    table.setdefault(phrase, []).append(n)

    @classmethod
    def load(cls, codebook: Codebook, path: Path | None = None) -> Lexicon:
        path = path or data_path("lexicon/verbs.yaml")
        entries = read_yaml(path)
        if not isinstance(entries, list):
            raise DataFileError(f"{path}: expected a list of entries")
        patterns: list[Pattern] = []
        modes: dict[str, set[str]] = defaultdict(set)
        for info in map(codebook.__getitem__, codebook.codes()):
            if info.plover_type and info.plover_mode:
                modes[info.plover_type].add(info.plover_mode)
        for i, entry in enumerate(entries):
            where = f"{path}: entry {i + 1}"
            if not isinstance(entry, dict) or "code" not in entry:
                raise DataFileError(f"{where}: each entry needs a 'code' and 'patterns'")
            code = str(entry["code"])
            where = f"{path}: code {code}"
            if code not in codebook:
                raise DataFileError(f"{where}: not a code in the CAMEO codebook")
            if codebook[code].plover_type is None:
                raise DataFileError(f"{where}: code has no PLOVER type (statements are not events)")
            pats = entry.get("patterns")
            if not isinstance(pats, list) or not pats:
                raise DataFileError(f"{where}: 'patterns' must be a non-empty list")
            for j, raw in enumerate(pats):
                pat = cls._pattern(code, raw, f"{where}, pattern {j + 1}")
                ptype = codebook[code].plover_type
                if pat.negated_code is not None and (pat.negated_code not in codebook
                                                     or codebook[pat.negated_code].plover_type is None):
                    raise DataFileError(f"{pat.where}: negated code {pat.negated_code!r} is not a CAMEO code with a PLOVER type")
                if pat.mode is not None and pat.mode not in modes[ptype or ""]:
                    raise DataFileError(f"{pat.where}: mode {pat.mode!r} is not a PLOVER mode of {ptype} "
                                        f"(known: {', '.join(sorted(modes[ptype or '']))})")
                patterns.append(pat)
        return cls(patterns)

    @staticmethod
    def _pattern(code: str, raw: Any, where: str) -> Pattern:
        if not isinstance(raw, dict):
            raise DataFileError(f"{where}: a pattern must be a mapping")
        unknown = set(raw) - _FIELDS
        if unknown:
            raise DataFileError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        lemma = raw.get("lemma")
        if not isinstance(lemma, str) or not lemma.strip():
            raise DataFileError(f"{where}: 'lemma' is required")
        if lemma.strip() == ANY_VERB and not raw.get("pobj"):
            raise DataFileError(f"{where}: a pattern for any verb ('*') needs 'prep' and 'pobj'")
        voice = raw.get("voice")
        if voice not in (None, "active", "passive"):
            raise DataFileError(f"{where}: voice must be 'active' or 'passive'")
        target = raw.get("target")
        if target not in (None, "object", "prep", "none"):
            raise DataFileError(f"{where}: target must be object, prep or none")
        source = raw.get("source")
        if source not in (None, "subject", "prep", "prep_of", "patient"):
            raise DataFileError(f"{where}: source must be subject, prep, prep_of or patient")
        if source in ("prep", "prep_of") and not raw.get("prep"):
            raise DataFileError(f"{where}: source {source!r} needs 'prep'")
        pobjs = _str_list(raw.get("pobj"), where, "pobj")
        prep = raw.get("prep")
        if prep is not None and not isinstance(prep, str):
            raise DataFileError(f"{where}: 'prep' must be one preposition (write one pattern per preposition), not {prep!r}")
        if pobjs and not prep:
            raise DataFileError(f"{where}: 'pobj' needs 'prep'")
        if target == "prep" and not prep:
            raise DataFileError(f"{where}: target 'prep' needs 'prep'")
        return Pattern(
            code=code,
            lemma=lemma.strip().lower(),
            particle=(raw.get("particle") or None),
            objects=_str_list(raw.get("object"), where, "object"),
            prep=(str(prep).lower() if prep else None),
            pobjs=pobjs,
            voice=voice,
            target=target,
            source=source,
            source_sectors=frozenset(s.upper() for s in _str_list(raw.get("source_sectors"), where, "source_sectors") or ()) or None,
            swap=bool(raw.get("swap", False)),
            mode=(str(raw["mode"]).strip().lower() if raw.get("mode") else None),
            infinitives=_str_list(raw.get("infinitive"), where, "infinitive"),
            negated_code=(str(raw["negated"]) if raw.get("negated") is not None else None),
            subjects=_str_list(raw.get("subject"), where, "subject"),
            pair=bool(raw.get("pair", False)),
            where=where,
        )

    def lemmas(self) -> set[str]:
        return set(self._by_lemma) - {ANY_VERB}

    def match(self, pred: Predicate) -> Match | None:
        """The most specific pattern matching `pred`, or None. Patterns for any verb (lemma
        "*": "... in protest at the reform") are tried only when none of the verb's own match."""
        cache: dict = {}
        for lemma in (pred.lemma, ANY_VERB):
            best: tuple[tuple[int, int], Match] | None = None
            viable = self._viable(lemma, pred, cache)
            for n, pat in enumerate(self._by_lemma.get(lemma, ())):
                if pat.objects and n not in viable:
                    continue  # (`_try` would find none of its objects)
                found = self._try(pat, pred, cache)
                if found is None:
                    continue
                key = (pat.specificity + found.bonus, len(pat.code))
                if best is None or key > best[0]:
                    best = (key, found)
            if best:
                return best[1]
        return None

    def ranked(self, pred: Predicate) -> list[Match]:
        """Every pattern matching `pred`, most specific first (`match` is the first), the
        verb's own before those for any verb: the coder falls back along it when a pattern's
        `source_sectors` do not fit the source."""
        out: list[Match] = []
        cache: dict = {}
        for lemma in (pred.lemma, ANY_VERB):
            viable = self._viable(lemma, pred, cache)
            found = [(pat.specificity + m.bonus, len(pat.code), -n, m)
                     for n, pat in enumerate(self._by_lemma.get(lemma, ()))
                     if (not pat.objects or n in viable) and (m := self._try(pat, pred, cache)) is not None]
            out += [m for *_, m in sorted(found, key=lambda f: f[:3], reverse=True)]
        return out

    def _viable(self, lemma: str, pred: Predicate, cache: dict) -> set[int]:
        """The places in `_by_lemma[lemma]` of the patterns with objects that one of
        `pred`'s candidate objects may match (one of its phrases is one of theirs): the
        others need no `_try`. Most patterns have objects, and most verbs dozens of them."""
        table = self._by_object.get(lemma)
        if not table:
            return set()
        return {n for cand in _candidates(pred, cache) for phrase in _cached_phrases(cand, cache)
                for n in table.get(phrase, ())}

    @staticmethod
    def _try(pat: Pattern, pred: Predicate, cache: dict | None = None) -> Match | None:
        """`pat` on `pred`, or None; `cache` keeps each token's phrases and the predicate's
        candidate objects for the other patterns of the same predicate."""
        if cache is None:
            cache = {}
        if pat.particle and pred.particle != pat.particle:
            return None
        if pat.voice == "passive" and not pred.passive:
            return None
        if pat.voice == "active" and pred.passive:
            return None
        if pat.subjects and (pred.passive or (pred.particle and not pat.particle) or not any(
                _cached_phrases(h, cache) & pat.subjects for s in pred.subjects for h in np_heads(s))):
            return None  # (and not a particle verb it does not name: "the protesters walked out" of court)
        if pat.pair and (pred.passive or not _pair_subject(pred)):
            return None  # ("the minister raised the issue": one side says, two sides talk)
        complement = None
        if pat.infinitives:
            complement = _infinitive(pred.verb, pat.infinitives)
            if complement is None:
                return None
        event_object = None
        bonus = 0
        if pat.objects:
            for cand in _candidates(pred, cache):
                hits = _cached_phrases(cand, cache) & pat.objects
                if hits:
                    event_object = cand
                    bonus += 2 * (max(len(h.split()) for h in hits) - 1)
                    break
            if event_object is None:
                return None
        prep_object = None
        if pat.prep:
            where = (pat.prep, event_object.i if event_object is not None else None)
            heads = cache.get(where)
            if heads is None:
                heads = cache[where] = _prep_candidates(pred, pat.prep, event_object)
            if pat.pobjs:
                # (read through a quantity: "docked with 50 tonnes of rice", "complied with
                # the first day of the strike")
                quantified = cache.get((where, _QUANTIFIED))  # (the same for every pattern of the preposition)
                if quantified is None:
                    quantified = cache[(where, _QUANTIFIED)] = [q for h in heads for q in _with_quantity(h)]
                heads = [q for q in quantified if _cached_phrases(q, cache) & pat.pobjs]
                if heads:
                    bonus += 2 * (max(len(p.split()) for p in _cached_phrases(heads[0], cache) & pat.pobjs) - 1)
            if not heads and (pat.pobjs or not _has_prep(pred, pat.prep, event_object)):
                return None
            prep_object = heads[0] if heads else None
        return Match(pat, event_object, prep_object, bonus, complement)


def _infinitive(verb: Token, lemmas: frozenset[str]) -> Token | None:
    """A "to" infinitive of one of `lemmas` that `verb` governs, directly ("told him to
    leave") or through its object ("gave the diplomat 72 hours to leave", "was given 72
    hours to leave"); or a clause of what one must do ("told him that he must leave")."""
    near = [c for c in children_of(verb) if c.dep_ in {"xcomp", "advcl", "ccomp"}]
    near += [a for o in children_of(verb) if o.dep_ in {"dobj", "npadvmod", "dative", "nsubjpass"}
             for a in children_of(o) if a.dep_ in {"acl", "relcl"}]
    for tok in near:
        if _lemma(tok) in lemmas and (any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))
                                      or (tok.tag_ in {"VB", "VBP"} and _lemma(verb) in BARE_INFINITIVE_VERBS
                                          and (verb.tag_ == "VBN" or any(c.dep_ == "nsubj" for c in children_of(tok))))):
            # (a bare one names whom it is done to: "let them go", "were let go"; not "can't let
            # go"; tagged a present after a plural: "let them and thirteen others go")
            return tok
        if tok.dep_ == "ccomp" and _lemma(tok) in lemmas and any(
                c.dep_ == "aux" and c.lower_ in MUST_WORDS for c in children_of(tok)):
            return tok  # "told the secretary that he must leave within a week"
    return None


#: Modals of a "that" clause that tells what its subject is made to do.
MUST_WORDS = frozenset({"must", "should"})


#: Verbs that take a bare infinitive ("a judge let them go", "the nine were let go on bail").
BARE_INFINITIVE_VERBS = frozenset({"let", "make"})


#: The `_try` cache's key for a predicate's object candidates (token indexes key phrases,
#: (preposition, event object index) pairs the candidates of a preposition).
_CANDIDATES = "objects"
#: ... and, after such a pair, for its candidates read through a quantity (`_with_quantity`).
_QUANTIFIED = "quantified"


def _candidates(pred: Predicate, cache: dict) -> list[Token]:
    """The tokens that may be a pattern's object (kept in the `_try` cache: the same for
    every pattern of the predicate). In the passive, the event noun is the grammatical
    subject ("talks were held")."""
    candidates = cache.get(_CANDIDATES)
    if candidates is None:
        candidates = cache[_CANDIDATES] = [
            q for o in pred.objects + (pred.subjects if pred.passive else []) for q in _with_quantity(o)]
    return candidates


def _cached_phrases(tok: Token, cache: dict) -> set[str]:
    found = cache.get(tok.i)
    if found is None:
        found = cache[tok.i] = _phrases(tok)
    return found


def _phrases(tok: Token) -> set[str]:
    """The head's lemma, alone and with the modifiers before it, lemmatised: "air defence
    systems" -> {"system", "defence system", "air defence system"}, "medical teams" ->
    {"team", "medical team"}."""
    out = {_lemma(tok)}
    if tok.ent_type_:
        out.add("@" + tok.ent_type_.lower())  # "@GPE": any named country, city or region
    lefts = [c for c in children_of(tok) if c.i < tok.i]  # (`tok.lefts` makes new tokens)
    mods = [c for c in lefts if c.dep_ in {"compound", "amod"}]
    words: list[str] = []
    for mod in reversed(mods):  # nearest modifier first
        words = [t.lower_ for t in subtree_of(mod) if t.dep_ in {"compound", "amod"} or t.i == mod.i] + words
        out.add(" ".join(words + [_lemma(tok)]))
    # and each modifier word alone with the head: "joint naval drills" is a joint drill,
    # "its military alert level" an alert level, "a search-and-rescue team" a rescue team
    for mod in lefts:
        if mod.dep_ in {"compound", "amod", "nmod"}:
            for t in subtree_of(mod):
                if t.is_alpha and (t.i == mod.i or t.dep_ in {"compound", "amod", "nmod", "conj"}):
                    out.add(f"{t.lower_} {_lemma(tok)}")
    # and the noun of its "of" phrase before it: "officials of the embassy" are embassy
    # officials, "agents of the police" police agents (translated word order)
    ofs = [c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i]
    # (through "for consultations": "the recall for consultations of its ambassador", translated)
    ofs += [of for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "for" and c.i > tok.i
            for p in children_of(c) if p.dep_ == "pobj" and p.lower_ in ("consultation", "consultations")
            for of in children_of(p) if of.dep_ == "prep" and of.lower_ == "of"]
    for of in ofs:
        for p in children_of(of):
            if p.dep_ == "pobj" and p.pos_ == "NOUN":
                out.add(f"{_lemma(p)} {_lemma(tok)}")
    if tok.lower_ == "general" and mods and mods[-1].dep_ == "compound" and mods[-1].pos_ == "NOUN":
        out.add(_lemma(mods[-1]))  # "Bolivia's consul general" is a consul (the model's head being "general")
    if tok.lower_ in {"d'affaires", "d\u2019affaires", "affaires"} and any(
            m.lower_ in {"charge", "chargé", "charges", "chargés"} for m in mods):
        out.add("charge")  # ("Russia's charge d'affaires", the model's head being "d'affaires")
    return out


def _has_prep(pred: Predicate, prep: str, event_object: Token | None) -> bool:
    for child in children_of(pred.verb):
        if child.dep_ == "prep" and child.lower_ == prep:
            objs = [c for c in children_of(child) if c.dep_ in {"pobj", "pcomp"}]
            if not objs or any(o.ent_type_ not in _NOT_ARGUMENTS for o in objs):
                return True
    return event_object is not None and any(c.dep_ == "prep" and c.lower_ == prep for c in children_of(event_object))


_NOT_ARGUMENTS = frozenset({"DATE", "TIME"})
_QUANTITIES = frozenset("thousands hundreds dozens scores millions tens number numbers batch contingent".split()
                        # measures of goods: "3,000 tonnes of rice", "a shipment of vaccines"
                        + "tonne tonnes ton tons kilograms kilos litres liters bags sacks boxes cartons crates "
                          "parcels package packages truckloads shipment shipments consignment consignments load loads "
                          "cargo cargoes wagons wagonloads "
                          # groups and runs: "a team of firefighters", "a convoy of aid trucks",
                          # "a barrage of rockets", "a round of talks"
                          "team teams group groups unit units convoy convoys squad squads detachment column brigade brigades "
                          "columns fleet planeload planeloads boatload boatloads wave waves barrage volley "
                          "salvo salvos series round rounds tranche tranches worth "
                          # "a lot of humanitarian aid" (a batch, in copy translated from Spanish or French)
                          "lot lots batches "
                          # "held an action of demonstration" (translated "una acción de protesta"), "a
                          # session of talks" ("una sesión de conversaciones")
                          "action actions session sessions "
                          # "held more than five hours of talks", "two days of talks"
                          "hour hours day days "
                          # "gives a time of 30 days to the companies" (translated "un plazo de 30 días"),
                          # "granted him a period of 72 hours"
                          "time period "
                          # "targeted a gathering of armed fighters"
                          "gathering gatherings "
                          # "the first day of the strike", "a week of protests"
                          "day days week weeks "
                          # "overran part of an army base", "seized parts of the town"
                          "part parts "
                          # "seven more of its members were held", "some of the protesters"
                          "more some many several most few others "
                          # "ordered two members of the Belarusian embassy staff to leave"
                          "member members "
                          # "engaged a movement of strike" (translated "un mouvement de grève")
                          "movement "
                          # "the works of the bilateral meeting were held" (translated "les travaux")
                          "works".split())


#: Vehicles whose load an act is about: "sent a plane loaded with food and medicine".
_VEHICLES = frozenset("plane airplane aircraft jet flight ship vessel boat truck lorry convoy helicopter "
                      "freighter airlifter train".split())


def vehicle_loads(tok: Token) -> list[Token]:
    """What a vehicle noun carries, by its phrase: the object of a participle ("a plane
    carrying 40 tonnes of aid", "loaded with food") or of its own "with" or "of" ("an aircraft
    with 25 tonnes of relief", "50 trucks of winter supplies"), and the words joined to it."""
    loads = []
    for c in children_of(tok):
        if c.dep_ == "acl":
            loads += [o for o in children_of(c) if o.dep_ == "dobj"]
            loads += [o for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "with" for o in children_of(p) if o.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in {"with", "of"}:
            loads += [o for o in children_of(c) if o.dep_ == "pobj"]
    return loads + [j for o in loads for j in children_of(o) if j.dep_ == "conj"]


def _pair_subject(pred: Predicate) -> bool:
    """Is the predicate's subject two parties ("the minister and his guest", "the two
    ministers", "both chancellors", "the sides")?"""
    heads = [h for s in pred.subjects for h in np_heads(s)]
    if len(heads) >= 2:
        return True
    return len(heads) == 1 and heads[0].tag_ in {"NNS", "NNPS"} and any(
        c.lower_ in {"two", "both"} for c in children_of(heads[0]) if c.dep_ in {"nummod", "det", "predet", "amod"})


def _with_quantity(tok: Token) -> list[Token]:
    """The token; for "thousands of troops" also "troops"; for "the official, the embassy's
    second secretary" also "secretary" (an appositive names the same thing); for "a plane
    loaded with food", "a plane carrying 40 tonnes of aid", "an aircraft with 25 tonnes of
    relief" or "50 trucks of winter supplies" also what it carries (every item of a list:
    "15 tonnes of rice, tents and medicines")."""
    also = [c for c in children_of(tok) if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}]
    if _lemma(tok) in _VEHICLES:
        also += [q for o in vehicle_loads(tok) for q in _with_quantity(o)]
    if tok.lower_ not in _QUANTITIES and tok.pos_ != "NUM":
        return [tok, *also]
    inner = [o for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj"]
    for o in inner:  # (each of a list: "15 tonnes of rice, tents and medicines")
        inner += [c for c in children_of(o) if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} and c not in inner]
    return [tok, *inner, *also]


def _prep_candidates(pred: Predicate, prep: str, event_object: Token | None) -> list[Token]:
    # (a date is no argument, but it is what "until" takes: "gave the KRG until the end of the month";
    # and a day "of" something is that thing's: "complied with the first day of the stoppage")
    heads = [h for h in pred.pobjs(prep) if h.ent_type_ not in _NOT_ARGUMENTS or prep in ("until", "till")
             or (h.lower_ in {"day", "days"} and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(h)))]
    if prep == "by" and pred.passive:
        heads += pred.agents  # the passive's "by" ("targeted by EU sanctions") is its agent
    for obj in pred.objects:  # "accused the minister of corruption": "of" hangs off the object
        if obj != event_object:
            for child in children_of(obj):
                if child.dep_ == "prep" and child.lower_ == prep:
                    heads.extend(c for c in children_of(child) if c.dep_ == "pobj")
    if event_object is not None:  # "launched an attack on X": the prep hangs off the noun
        for child in children_of(event_object):
            if child.dep_ == "prep" and child.lower_ == prep:
                heads.extend(c for c in children_of(child) if c.dep_ == "pobj")
    return heads
