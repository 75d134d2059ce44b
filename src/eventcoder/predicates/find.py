"""Find the verbal predicates of a sentence and their arguments.

A `Predicate` is a verb with its subject(s), direct object(s), prepositional objects, passive
agent, particle, negation and modal auxiliaries, plus the chain of governing verbs above it
(used later for attribution and modality). Implicit subjects are recovered for the common
cases: control verbs ("wants to cooperate"), object control ("urged X to release"),
coordinated verbs ("attacked and burned"), relative clauses and participles.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..parse.spans import children_of, doc_tokens, doc_words, sent_bounds, span_tokens, subtree_of

__all__ = ["Predicate", "after_phrase", "find_predicates", "is_participial_adjunct", "np_heads"]

SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJ_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
#: Participles used as adjectives ("the detained protesters", "a proposed law") are not predicates.
ADJECTIVAL_DEPS = frozenset({"amod", "compound", "nmod"})
#: Adverbs the parser gives where a phrasal particle is meant ("stepped down", "pulled back").
ADVERB_PARTICLES = frozenset({"down", "out", "up", "off", "aside", "back", "away", "home"})
#: Of those, the ones that also follow the object ("sent a murder suspect back to Kenya").
SEPARABLE_PARTICLES = frozenset({"back", "home"})
#: Adjectives that complete a verb like a particle ("set free").
RESULTATIVES = frozenset({"free", "loose", "responsible", "accountable"})
REL_PRONOUNS = frozenset({"who", "that", "which", "whom"})
#: Spans of time given as a deadline ("gave the miners 30 days").
SPAN_NOUNS = frozenset({"day", "week", "hour", "month"})
#: Verbs whose object, not subject, performs the embedded action ("urged X to release").
OBJECT_CONTROL = frozenset(
    """urge ask call order force tell persuade encourage invite press push prod nudge allow
    request require compel pressure instruct direct advise warn implore beg oblige obligate""".split()
)


@dataclass
class Predicate:
    verb: Token
    lemma: str
    particle: str | None = None
    passive: bool = False
    subjects: list[Token] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)
    preps: list[tuple[str, Token]] = field(default_factory=list)
    agents: list[Token] = field(default_factory=list)
    negated: bool = False
    modals: list[str] = field(default_factory=list)
    implicit_subject: bool = False

    @property
    def sentence(self) -> Span:
        return self.verb.sent

    def pobjs(self, prep: str) -> list[Token]:
        return [tok for p, tok in self.preps if p == prep]


def _indefinite(tok: Token) -> bool:
    """A noun phrase with "a" or "an"."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children_of(tok))


def _definite_np(tok: Token) -> bool:
    """A noun phrase with "the", a possessive, or a name."""
    return tok.pos_ == "PROPN" or any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in children_of(tok))


def np_heads(tok: Token) -> list[Token]:
    """A noun-phrase head and the heads coordinated with it ("Iran and Iraq")."""
    heads = [tok]
    for child in children_of(tok):
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "PRON", "ADJ"}:
            heads.extend(np_heads(child))
    return heads


def _prep_objects(prep: Token) -> Iterator[Token]:
    for child in children_of(prep):
        if child.dep_ in {"pobj", "pcomp"}:
            yield from np_heads(child)
        elif child.dep_ == "prep":  # "on behalf of", "out of"
            yield from _prep_objects(child)


def _own_subjects(verb: Token) -> list[Token]:
    children = [c for c in children_of(verb) if c.dep_ in SUBJ_DEPS]
    if len(children) > 1:  # a misparse: keep the subject nearest the verb
        nearest = max(children, key=lambda c: c.i if c.i < verb.i else -c.i)
        if any(c.dep_ == "prep" and c.lower_ in {"among", "including"} for c in children_of(nearest)):
            # (unless that one is an aside: "The marchers, among them members of the
            # irrigation boards and students, rejected ...")
            nearest = min(children, key=lambda c: c.i)
        children = [nearest]
    subs: list[Token] = []
    for child in children:
        subs.extend(_wielder(h) for h in np_heads(child))
    return subs


#: Weapons that stand as the subject of an attack ("shells fired by the RSF slammed into the
#: market"): who fired them is the actor.
WEAPON_NOUNS = frozenset("""shell rocket missile bomb drone mortar projectile round grenade artillery
    shelling barrage""".split())


#: Attacks whose "by" phrase names who made them: "a drone strike by Mali's army killed 14".
_ATTACK_NOUNS = frozenset("strike airstrike attack raid bombing shelling assault offensive ambush bombardment "
                          "incursion crackdown operation".split())


def _wielder(head: Token) -> Token:
    """The agent of "fired/launched by X" on a weapon subject, or of "a strike by X", else
    the subject itself."""
    if head.lemma_.lower() in _ATTACK_NOUNS:
        for by in (c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "by"):
            objs = [o for o in children_of(by) if o.dep_ == "pobj"]
            if objs:
                return np_heads(objs[0])[0]
        return head
    if head.lemma_.lower() not in WEAPON_NOUNS:
        return head
    for acl in (c for c in children_of(head) if c.dep_ == "acl"):
        for agent in (c for c in children_of(acl) if c.dep_ == "agent"):
            objs = [o for o in children_of(agent) if o.dep_ == "pobj"]
            if objs:
                return np_heads(objs[0])[0]
    return head


#: Units of "N days after ...".
_AFTER_UNITS = frozenset({"day", "hour", "week"})


def after_phrase(verb: Token) -> tuple[Token, Token] | None:
    """("after", its noun) when the parser read "a day after a march on the parliament
    ended" as a phrase "a day after a march" and a subjectless verb "ended": the noun is the
    verb's subject, and the verb's clause is what "a day after" counts back from. None when
    the verb has a subject of its own or no such phrase comes before it."""
    if verb.dep_ not in ("advcl", "conj") or _own_subjects(verb):
        return None
    if verb.tag_ != "VBD" and not (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(verb))):
        return None  # (a bare participle is an adjunct: "officials, detained since the weekend")
    for tok in reversed(doc_tokens(verb.doc)[sent_bounds(verb)[0] : verb.i]):  # (listed: a doc slice makes new tokens)
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.tag_ in ("VBD", "VBZ", "VBP") and tok.dep_ not in ("aux", "auxpass"):
            return None  # another clause stands between
        if tok.lower_ in ("after", "before") and tok.dep_ == "prep":
            # (the unit heads "after", or hangs on it: "killing four soldiers, four days after
            # an attack on a base killed six")
            units = [tok.head] + [c for c in children_of(tok) if c.dep_ == "npadvmod" and c.i < tok.i]
            nouns = [c for c in children_of(tok) if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "NUM")]
            if any(u.dep_ == "npadvmod" and u.lemma_.lower() in _AFTER_UNITS for u in units) and nouns:
                return tok, nouns[0]
            return None
    return None


#: Verbs that give someone time to do something ("gave them until Friday to pay").
TIME_GIVING = frozenset({"give", "grant", "allow", "accord", "concede"})
#: Words of a span of time given ("72 hours", "a week", "ten days").
TIME_UNITS = frozenset({"hour", "day", "week", "month", "year", "deadline", "time"})


def gives_time(verb: Token) -> bool:
    """Does `verb` give someone time to act: "gave the ministry until Friday", "granted the
    diplomat 72 hours", "allowed them a week"?"""
    if verb.lemma_.lower() not in TIME_GIVING:
        return False
    return any((c.dep_ == "prep" and c.lower_ in {"until", "till", "by"})
               or (c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in TIME_UNITS) for c in children_of(verb))


#: Verbs that name something ("what officials called a coordinated assault").
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})


def naming_clause(verb: Token) -> Token | None:
    """The noun a free relative of naming gives ("beat back what officers called a
    coordinated assault", "condemned what it described as an unprovoked attack"): the
    object of the verb that governs the clause; the naming itself tells no event. None when
    `verb` is no such clause."""
    if verb.lemma_.lower() not in NAMING_VERBS or not any(
            c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.lower_ == "what" for c in children_of(verb)):
        return None
    named = next((c for c in children_of(verb) if c.dep_ in {"oprd", "attr", "dobj"} and c.pos_ == "NOUN"), None)
    if named is None:  # ("described as an attack")
        named = next((o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "as"
                      for o in children_of(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
    return named


def _inherited_subjects(verb: Token) -> tuple[list[Token], bool]:
    """Subjects a verb takes from its governor when it has none of its own."""
    head = verb.head
    if head.i == verb.i:
        return [], False
    dep = verb.dep_
    purpose = dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    # ("Having stayed off the job since Thursday, sugar workers ...": a perfect participle, as "staying")
    perfect = dep == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in children_of(verb))
    if dep == "xcomp" or purpose or (dep == "advcl" and verb.tag_ == "VBG") or perfect:
        if (dep == "advcl" and head.dep_ == "xcomp" and head.head.lemma_.lower() in OBJECT_CONTROL
                and any(c.dep_ == "punct" and c.i < verb.i for c in children_of(head))):
            # "ordered the clubs to remove the decks, threatening to bulldoze them": after
            # the comma, the one who ordered
            subs = _own_subjects(head.head)
            return (subs or _inherited_subjects(head.head)[0]), True
        if (head.lemma_.lower() in OBJECT_CONTROL or gives_time(head)) and (dep == "xcomp" or purpose):
            # (and "gave the finance ministry until Friday to release the money")
            # (not a participle: "ordered the clubs to leave, threatening to bulldoze them")
            objs = [c for c in children_of(head) if c.dep_ in {"dobj", "dative"}]
            if not objs:  # "called on X to ..."
                objs = [o for p in children_of(head) if p.dep_ == "prep" for o in _prep_objects(p)]
            if objs:
                return np_heads(objs[0]), True
        if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "is ready to cooperate"
            head = head.head
        subs = _own_subjects(head)
        if subs:
            return subs, True
        return _inherited_subjects(head)[0], True
    if (dep == "advcl" and verb.tag_ == "VBN" and verb.lemma_.lower() in ARRIVAL_VERBS
            and verb.i == sent_bounds(verb)[0] and head.i > verb.i):
        # "Arrived yesterday in Antananarivo for an official visit, the minister has been
        # received by her homologue" (translated): who arrived is the main clause's subject
        subs = _own_subjects(head)
        return (subs or _inherited_subjects(head)[0]), True
    if dep == "pcomp" and head.dep_ == "prep" and head.lower_ in {"of", "for"}:
        # "accused the government of silencing critics": the accused did the silencing.
        owner = head.head
        objs = [c for c in children_of(owner) if c.dep_ in {"dobj", "dative"}]
        if owner.dep_ in {"dobj", "pobj"} and not objs:  # "of" hung on the object itself
            objs = [owner]
        if objs:
            return np_heads(objs[0]), True
    if (dep == "pcomp" and head.dep_ == "prep" and head.lower_ in {"after", "before", "since", "without", "upon", "while", "by"}
            and verb.tag_ in {"VBG", "VBN"} and head.head.pos_ in {"VERB", "AUX"}):
        # "left Lima hours after being recalled", "three days after recalling its envoy",
        # "Serbia responded by expelling a Croatian diplomat"
        subs = _own_subjects(head.head)
        return (subs or _inherited_subjects(head.head)[0]), True
    if dep == "conj" and head.pos_ in {"VERB", "AUX"}:
        subs = _own_subjects(head)
        return (subs or _inherited_subjects(head)[0]), True
    if dep in {"acl", "relcl"} and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        # "Islamabad had the tools to encourage ...", "no reason to work with them": the
        # infinitive's subject is the subject of the verb that has the noun.
        owner = head.head
        if head.dep_ in {"dobj", "attr"} and owner.pos_ in {"VERB", "AUX"}:
            subs = _own_subjects(owner)
            if subs:
                return subs, True
    if dep == "relcl" and head.pos_ in {"NOUN", "PROPN"}:
        return np_heads(head), True
    if (doer := clause_after_marker(verb)) is not None:
        return np_heads(doer), True  # "three days after armed men killed 11 people"
    if dep == "acl" and head.pos_ in {"NOUN", "PROPN"} and verb.tag_ == "VBG":
        return np_heads(head), True
    return [], False


#: Nouns a relative clause may modify without being its object ("the day Russia invaded").
GAP_FREE_NOUNS = frozenset("day week month year time moment night morning evening hour way reason place".split())


def _verb_final_counted_object(verb: Token) -> Token | None:
    """"the police 37 citizens detained, who ... the road were blocking": a bare participle
    read as a relative clause on the noun right before its subject, that subject a counted
    noun with no determiner: translated verb-final order, the counted noun the object and
    the noun before it the doer. None otherwise (not "the accord the two ministers signed")."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or any(
            c.dep_ in {"aux", "auxpass", "dobj", "mark", "nsubjpass", "agent"} or c.lower_ in REL_PRONOUNS
            for c in children_of(verb)):
        return None
    head = verb.head
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    counted = subjects[0]
    kids = children_of(counted)
    if (counted.pos_ != "NOUN" or counted.left_edge.i != head.i + 1 or counted.i != verb.i - 1
            or not any(c.dep_ == "nummod" and c.like_num for c in kids) or any(c.dep_ == "det" for c in kids)):
        return None
    return counted


def _object_gap(verb: Token, pred: Predicate) -> bool:
    """An active relative clause with its own subject and no object, on a common noun that is
    not a time or a place: the noun is the object the clause leaves out."""
    head = verb.head
    return (verb.dep_ == "relcl" and not pred.passive and not pred.objects and head.pos_ == "NOUN"
            and head.ent_type_ not in {"DATE", "TIME"} and head.lemma_.lower() not in GAP_FREE_NOUNS
            and not any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in {"where", "when", "why", "how"}
                        for c in children_of(verb))
            and not any(c.dep_ in {"ccomp", "xcomp"} for c in children_of(verb)))


#: Named entities that the small model hangs as an apposition on the noun before them when
#: they are really the subject of a relative clause ("the tanks Turkey moved").
_GAP_SUBJECT_ENTS = frozenset({"GPE", "NORP", "ORG"})


def gap_apposition(name: Token) -> bool:
    """Is `name` an apposition that is really the subject of an object-gap relative clause
    (`_apposition_gap`: "Germany" in "the diplomats Germany expelled")? Such a name says
    nothing about the noun it hangs on."""
    if name.dep_ != "appos":
        return False
    verbs = [c for c in children_of(name) if c.dep_ == "acl" and c.pos_ == "VERB"]
    if name.head.dep_ == "nsubj" and name.head.head.pos_ == "VERB":
        verbs.append(name.head.head)
    return any(_apposition_gap(v, any(c.dep_ in OBJ_DEPS for c in children_of(v))) is not None for v in verbs)


def _lost_object_gap(verb: Token) -> tuple[Token, Token] | None:
    """"an accord the two ministers signed on Tuesday": a participle on a definite noun
    phrase that follows another noun right away, read as that phrase's modifier (and the
    phrase as some verb's object). An object-gap relative clause: the phrase is the verb's
    subject, the noun before it its missing object. Returns (noun, subject); None when the
    verb has an object or agent of its own."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or any(
            c.dep_ in {"dobj", "agent", "nsubjpass", "auxpass"} or (c.dep_ == "prep" and c.lower_ == "by")
            for c in children_of(verb)):
        return None
    doers = verb.head
    start = doers.left_edge.i
    # (or as another verb's subject: "says the accord the interior ministers signed on Thursday
    # will end years of grey areas")
    if (doers.pos_ != "NOUN" or doers.dep_ not in {"dobj", "pobj", "nsubj"} or start == 0 or verb.i != doers.i + 1
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(doers))):
        return None
    noun = doers.doc[start - 1]
    if (noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "pobj", "nsubj", "ROOT"}
            or (noun.head.i == doers.head.i and noun.dep_ == doers.dep_)
            or not any(c.dep_ == "det" for c in children_of(noun))):
        return None  # (not "restituted to liberty the 24 drivers detained since Monday")
    return noun, doers


def _double_subject_gap(verb: Token) -> tuple[Token, Token] | None:
    """"welcomed the bridge deal Thailand and Malaysia signed": a verb with two subjects, the
    first a noun with "the" and the second a name right after its phrase, and no object of
    its own: an object-gap relative clause the parser read as a clause. Returns (noun,
    name)."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if len(subjects) != 2 or any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in children_of(verb)):
        return None
    noun, name = sorted(subjects, key=lambda t: t.i)
    if (noun.pos_ != "NOUN" or name.pos_ != "PROPN" or name.left_edge.i != noun.right_edge.i + 1
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(noun)) or verb.i < name.i):
        return None
    return noun, name


def _apposition_gap(verb: Token, has_objects: bool) -> tuple[Token, Token] | None:
    """"The tanks Turkey moved to the border are visible", parsed as "The tanks, Turkey, moved
    to the border" (the noun the verb's subject, the name its apposition) or with the verb
    on the name ("the diplomats Germany expelled"): an object-gap relative clause whose
    subject is the name and whose missing object is the noun. Returns (noun, name)."""
    if has_objects or any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(verb)):
        return None  # (the true main verb is often hung on this one as a clause: not checked)
    if verb.dep_ == "acl" and verb.head.dep_ == "appos":
        name, noun = verb.head, verb.head.head
    else:
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        noun = subjects[0]
        name = next((c for c in children_of(noun) if c.dep_ == "appos"), None)
        if name is None:
            return None
    if (noun.pos_ != "NOUN" or noun.lemma_.lower() in GAP_FREE_NOUNS or noun.ent_type_ in {"DATE", "TIME"}
            or name.ent_type_ not in _GAP_SUBJECT_ENTS or name.i != noun.i + 1
            or max(t.i for t in name.subtree if t.i < verb.i) + 1 != verb.i
            or not any(c.dep_ == "det" for c in children_of(noun))):
        return None
    if any(t.is_punct for t in name.subtree if t.i < verb.i):
        return None  # "the minister, Tokyo's envoy, said": a true apposition
    return noun, name


def _reduced_relative_misparse(verb: Token, subs: list[Token]) -> bool:
    """A bare past participle with no object, right after the noun that ends its "subject",
    in a clause before the verb that governs it: a reduced relative the model misread."""
    if verb.tag_ != "VBN" or verb.dep_ != "ccomp" or verb.head.i < verb.i:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "nsubjpass"} for c in children_of(verb)):
        return False
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (prev is not None and prev.pos_ in {"NOUN", "PROPN"}
            and any(s.left_edge.i <= prev.i <= s.right_edge.i for s in subs))


def _participle_read_as_root(verb: Token, subs: list[Token]) -> bool:
    """"The 14 farmers detained near La Oroya on Wednesday were released on Friday": the
    model makes the participle the sentence's verb and the passive after it a clause of
    its; that clause has neither a subject nor a word to open it, so it is the sentence's
    verb and the participle describes the farmers."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0:
        return False
    kids = children_of(verb)
    if any(c.dep_ in {"aux", "auxpass", "dobj", "nsubjpass", "ccomp"} for c in kids):
        return False
    prev = verb.doc[verb.i - 1]
    if prev.pos_ not in {"NOUN", "PROPN"} or not any(s.left_edge.i <= prev.i <= s.right_edge.i for s in subs):
        return False
    return any(c.dep_ == "advcl" and c.i > verb.i and c.tag_ == "VBN"
               and any(a.dep_ == "auxpass" for a in children_of(c))
               and not any(a.dep_ in {"nsubj", "nsubjpass", "mark", "advmod"} for a in children_of(c))
               for c in kids)


#: Capitalised titles the parser may take for names ("received ... in the premises of the
#: ministry the Minister for Foreign Affairs of Ireland").
_TITLE_WORDS = frozenset({"minister", "president", "ambassador", "secretary", "chancellor", "envoy", "delegation",
                          "prime", "foreign", "vice", "deputy", "governor", "premier", "king", "emir"})


#: Verbs of arriving: intransitive, so a noun the parser makes their object is their subject.
ARRIVAL_VERBS = frozenset({"arrive", "dock", "land"})

#: Verbs of crowds that take no object: after them at a sentence's start, the noun is who
#: did it ("Marched the teachers yesterday from the square", translated verb-first order).
CROWD_VERBS = frozenset({"march", "walk", "protest", "demonstrate", "rally", "parade", "strike", "riot"})


def _who_antecedent(verb: Token, pronouns: list[Token]) -> Token:
    """The noun a relative clause tells of: the one it hangs on, but for "who" hung on a
    place after a noun for people ("Workers at Kakanj, who walked out on Tuesday": the
    workers, not the town)."""
    noun = verb.head
    if (any(p.lower_ == "who" for p in pronouns) and noun.dep_ == "pobj" and noun.pos_ == "PROPN"
            and (noun.ent_type_ in {"", "GPE", "LOC", "FAC"}
                 or (noun.ent_type_ == "ORG" and noun.head.lower_ != "of"))  # ("members of Hamas, who")
            and noun.head.lower_ in {"at", "in", "from", "of"}
            and noun.head.head.pos_ == "NOUN" and noun.head.head.tag_ == "NNS"):
        return noun.head.head
    return noun


def _opens_sentence(verb: Token) -> bool:
    """Does the verb open its sentence, but for its auxiliaries and a day ("Yesterday signed
    in Valga the two ministers an agreement": translated verb-first order)?"""
    start = sent_bounds(verb)[0]
    # (or a phrase fronted before it: "In the framework of his official visit, had yesterday the
    # Minister of Foreign Affairs a meeting of work")
    fronted = {t.i for p in children_of(verb) if p.dep_ == "prep" and p.i < verb.i for t in subtree_of(p)}
    return all(t.dep_ in {"aux", "auxpass"} or (t.ent_type_ in {"DATE", "TIME"} and t.head.i == verb.i)
               or t.i in fronted or (t.is_punct and t.i > start) for t in verb.doc[start:verb.i])


def _subject_after_adjuncts(verb: Token) -> Token | None:
    """For a sentence-opening intransitive verb (or one after its auxiliaries) with no
    subject or object ("Arrived yesterday to Caracas the foreign minister of Colombia",
    "Arrived this Saturday to the port of Santiago the ship of the Navy of Mexico"): the
    first noun with a determiner that the parser hung as an apposition on a noun of the
    verb's prepositional phrases, as an adverbial noun of the verb, or as the subject of a
    participle after it."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBN"} or not _opens_sentence(verb):
        return None
    if any(c.dep_ in SUBJ_DEPS or c.dep_ == "dobj" for c in children_of(verb)):
        return None
    nodes = [o for p in children_of(verb) if p.dep_ == "prep" for o in _prep_objects(p)]
    # (or read as an adverbial noun of the verb: "Arrived ... to the port of Havana the ship";
    # or as the subject of a participle after it: "Have returned free yesterday the eleven
    # farmers arrested on Tuesday")
    found = [c for c in children_of(verb) if c.dep_ == "npadvmod" and c.pos_ in {"NOUN", "PROPN"}
             and c.ent_type_ not in {"DATE", "TIME"}
             and c.lemma_.lower() not in _TIME_NOUNS and any(d.dep_ == "det" for d in children_of(c))]
    found += [s for c in children_of(verb) if c.dep_ == "advcl" and c.tag_ in {"VBN", "VBD"}
              and not any(a.dep_ in {"aux", "auxpass", "mark", "advmod"} for a in children_of(c))
              for s in children_of(c) if s.dep_ == "nsubj" and verb.i < s.i < c.i and s.pos_ in {"NOUN", "PROPN"}]
    # (or as a second object of a place's preposition: "Were arrested yesterday in Lome four
    # members of the opposition"; or as an apposition of the day: "Has visited this Monday
    # the first minister of Portugal the city of Luanda")
    for prep in (p for p in children_of(verb) if p.dep_ == "prep"):
        objs = [o for o in children_of(prep) if o.dep_ == "pobj"]
        found += [o for o in objs[1:] if o.pos_ == "NOUN" and not o.ent_type_
                  and any(d.dep_ in {"det", "nummod"} for d in children_of(o))]
    nodes += [c for c in children_of(verb) if c.dep_ == "npadvmod" and c.ent_type_ in {"DATE", "TIME"}]
    while nodes:
        node = nodes.pop()
        for child in children_of(node):
            if (child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"}
                    and any(d.dep_ == "det" for d in children_of(child))):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ == "between":
                # a count given as a range: "Have paraded yesterday in the streets of Papeete
                # between 2,500 and 7,000 persons" (translated "entre ... et ... personnes")
                found += [o for o in children_of(child) if o.dep_ == "pobj" and o.pos_ == "NOUN" and any(
                    n.dep_ == "nummod" and any(c.dep_ == "conj" for c in children_of(n)) for n in children_of(o))]
            elif child.dep_ in {"appos", "prep", "pobj"}:
                nodes.append(child)
    found = [t for t in found if t.i > verb.i]  # (not a name in a phrase fronted before it)
    return min(found, key=lambda t: t.i) if found else None


def _late_nouns(verb: Token) -> list[Token]:
    """The nouns after `_subject_after_adjuncts` that the parser hung on the same chain of
    appositions ("Signed yesterday in the capital Riyadh His Excellency the Minister of the
    Interior and his Saudi counterpart an agreement": the agreement is what was signed)."""
    first = _subject_after_adjuncts(verb)
    if first is None:
        return []
    below = {t.i for t in subtree_of(first)}
    nodes = [o for p in children_of(verb) if p.dep_ == "prep" for o in _prep_objects(p)]
    found: list[Token] = []
    while nodes:
        node = nodes.pop()
        for child in children_of(node):
            if child.dep_ == "appos" and child.i > first.i and child.i not in below and child.pos_ == "NOUN" and any(
                    d.dep_ == "det" for d in children_of(child)):
                found.append(child)
            elif child.dep_ in {"appos", "prep", "pobj"}:
                nodes.append(child)
    return sorted(found, key=lambda t: t.i)


def _participle_read_as_clausal_subject(verb: Token, subs: list[Token]) -> bool:
    """"Sanctions slapped on army officers by the government this week will have little
    effect": the model makes the participle, with its "by" phrase, a clause that is the
    subject of the main verb, with the noun before it as its own subject."""
    if verb.dep_ != "csubj" or verb.tag_ not in {"VBN", "VBD"} or verb.head.i < verb.i:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj"} for c in children_of(verb)):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "by" for c in children_of(verb)):
        return False
    return any(s.i == verb.i - 1 for s in subs)


def _participle_read_as_main_verb(verb: Token, subs: list[Token]) -> bool:
    """"The diplomat ordered out of Montenegro on Thursday had been seen photographing ...":
    the model makes the participle the main verb, with the noun before it as its subject,
    and the real main verb a subjectless clause after it."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBN", "VBD"} or verb.i == 0:
        return False
    kids = list(children_of(verb))
    if any(c.dep_ in {"aux", "auxpass"} for c in kids):
        return False
    # (an object only after a preposition read as a particle: "The 14 Indian fishermen
    # arrested off Delft on Sunday were produced before the magistrate")
    if any(c.dep_ == "dobj" for c in kids) and not any(c.dep_ == "prt" and c.lower_ in {"off", "near"} for c in kids):
        return False
    # (the subject opens the sentence: in "the howitzers Sweden delivered ... are serviced",
    # Sweden does deliver)
    # (or its phrase does: "Twenty-six fishermen from Kalokol freed by Ethiopian authorities
    # yesterday were reunited with their families")
    # (or, tagged a participle, right after its phrase: "The nine sailors of Tanzanian
    # nationality detained since June at the central prison have been put in liberty")
    if not any((s.i == verb.i - 1 or (s.right_edge.i == verb.i - 1 and (
            verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in kids))))
               and s.left_edge.i == sent_bounds(verb)[0] for s in subs):
        return False
    if any(s.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in children_of(s)) for s in subs):
        return False  # ("The debt relief Zambia sought ... is expected": a thing, then who sought it)
    # the real main verb: a clause after it with its own auxiliary and no subject, the
    # auxiliary right after the participle's phrase, with no comma or "and" between ("marched
    # through the city and were dispersed" is two verbs of one subject)
    agent = any(c.dep_ == "agent" for c in kids)
    for c in kids:
        if c.dep_ not in {"ccomp", "conj", "advcl"} or c.i < verb.i:
            continue
        ckids = list(children_of(c))
        aux = next((a for a in ckids if a.dep_ in {"aux", "auxpass"}), None)
        if aux is None or any(a.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for a in ckids):
            continue
        if c.dep_ == "advcl" and not (agent and aux.tag_ in {"VBD", "VBZ", "VBP"}):
            continue  # (a finite clause read as a modifier only after a passive's "by": not "took to the streets to demonstrate")
        between = verb.doc[verb.i + 1 : aux.i]
        if c.dep_ in {"ccomp", "advcl"} or not any(t.dep_ in {"cc", "punct"} or t.pos_ in {"CCONJ", "PUNCT"}
                                                   for t in between):
            return True
    return False


def _declared_person(verb: Token) -> list[Token]:
    """The person declared persona non grata where the model hangs them on "persona": its
    compound ("declared the Russian diplomat persona non grata") or, "persona" read as a verb,
    its subject ("declared him persona non grata"); that "persona" is then an object too."""
    if verb.lemma_.lower() not in ("declare", "proclaim", "name"):
        return []
    out: list[Token] = []
    for child in children_of(verb):
        if child.lower_ != "persona" or not any(t.lower_ == "grata" for t in child.subtree):
            continue
        if child.dep_ == "ccomp":
            out.append(child)
            out += [h for c in children_of(child) if c.dep_ == "nsubj" for h in np_heads(c)]
        elif child.dep_ in OBJ_DEPS:
            out += [c for c in children_of(child) if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i < child.i]
        # the person after the phrase, which the model makes the object of "grata" read as a
        # verb (translated order: "declared this Thursday persona non grata the consul of
        # Nicaragua")
        out += [h for g in child.subtree if g.lower_ == "grata" and g.pos_ == "VERB"
                for c in children_of(g) if c.dep_ in OBJ_DEPS and c.i > g.i and c.pos_ in ("NOUN", "PROPN")
                for h in np_heads(c)]
    return out


def _predicative_sick(verb: Token) -> list[Token]:
    """"sick" right after the verb or its particle ("called in sick", "had reported sick"),
    which the model hangs on the particle or on a later word: the verb's predicative object,
    for patterns that name it."""
    doc = verb.doc
    tokens = doc_tokens(doc)  # (`doc[i]` makes a new token object on every access)
    i = verb.i + 1
    if i < len(doc) and tokens[i].lower_ in {"in", "off", "out"} and tokens[i].head_i == verb.i:
        i += 1
    if i >= len(doc) or tokens[i].lower_ != "sick" or tokens[i].pos_ != "ADJ":
        return []
    sick = doc[i]  # (not "called in sick patients")
    return [] if sick.dep_ == "amod" and sick.head.i > sick.i and sick.head.pos_ in {"NOUN", "PROPN"} else [sick]


def _persona_non_grata_agent(verb: Token, pred: Predicate) -> Token | None:
    """The "by" object inside a "declared persona non grata by X" that the model read as
    active, its subject being the person declared; None when there is none."""
    if verb.lemma_.lower() not in ("declare", "proclaim", "name") or verb.tag_ not in ("VBD", "VBN"):
        return None
    for obj in pred.objects:
        words = list(obj.subtree)
        if not any(t.lower_ == "grata" for t in words):
            continue
        for prep in (t for t in words if t.lower_ == "by" and t.dep_ in ("prep", "agent")):
            heads = [c for c in children_of(prep) if c.dep_ == "pobj"]
            if heads:
                return heads[0]
    return None


#: Nouns of time, which an adverbial noun phrase after the verb often is ("the whole day").
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "time", "hour", "night", "morning", "evening", "afternoon",
                         "weekend", "minute", "season", "moment", "while", "way", "same", "rest"})


def clause_after_marker(verb: Token) -> Token | None:
    """The subject of an active clause after "N days after/before" (or "as", "while",
    "when") that the parser read as a phrase ("three days after armed men") and a participle
    on its noun ("killed at least 11 people"): a past-tense verb or participle with an
    object of its own, or a particle and a phrase, hung on the object of the marker before
    it. None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"}:
        return None  # (the cheapest tests first)
    noun = verb.head
    if noun.i > verb.i or noun.dep_ != "pobj" or noun.head.lower_ not in {"after", "before", "as", "while", "when"} \
            or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    kids = children_of(verb)
    if any(c.dep_ in {"agent", "nsubj", "aux", "auxpass"} for c in kids):
        return None
    # (an object of its own, or a particle and a phrase no passive takes: "as sanitation
    # workers pressed on with a two-day strike")
    if any(c.dep_ == "dobj" for c in kids) or (any(c.dep_ == "prt" for c in kids) and any(c.dep_ == "prep" for c in kids)):
        return noun
    return None


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(verb)):
        return True
    if clause_after_marker(verb) is not None:
        return False
    # Reduced relative ("troops deployed in X"), participle without auxiliaries; or a past
    # participle with a "by" agent that the model read as active ("A Serbian diplomat
    # declared persona non grata by Zagreb has until Thursday to leave").
    # ("a raid on the village left five dead": a result phrase with a count makes the
    # participle active; not "two guards held captive")
    # A reduced relative the tagger read as a past tense is one too ("a memorandum inked
    # yesterday": no subject of its own). Neither is one when the parse lost a clause's
    # verb, leaving a root with two subjects ("Talks between X and the groups fighting for a
    # state ended in Geneva, an official said": "ended" is the talks' verb).
    if verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} and not any(c.dep_ == "agent" for c in children_of(verb)) \
            and sum(c.dep_ == "nsubj" for c in children_of(verb.sent.root)) > 1:
        return False
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and not any(c.dep_ in {"nsubj", "expl"} for c in children_of(verb)):
        return True
    # the small clause of a causative "have" or "get": "had its bank accounts frozen", "got
    # their visas revoked" (the parser makes the object the participle's subject)
    if verb.tag_ == "VBN" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in {"have", "get"} \
            and verb.head.i < verb.i and any(c.dep_ == "nsubj" and c.i < verb.i for c in children_of(verb)) \
            and not any(c.dep_ in {"aux", "mark"} for c in children_of(verb)) \
            and any(c.dep_ == "nsubj" for c in children_of(verb.head)) and verb_final_perfect(verb) is None:
        return True  # (not "had citizens' initiatives against the smog protested", translated)
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "agent" for c in children_of(verb))) and not (
        verb.dep_ == "acl" and any(c.dep_ == "oprd" and c.pos_ == "ADJ" and any(n.dep_ == "nummod" for n in children_of(c))
                                   for c in children_of(verb)))


def _together(verb: Token) -> str | None:
    """"brought the government and the opposition together": the parser hangs "together"
    on whatever comes before it; it completes the verb of its clause."""
    doc = verb.doc
    if "together" not in doc_words(doc):
        return None
    for tok in doc[verb.i + 1 : verb.right_edge.i + 1]:  # (the verb's subtree after it, and more)
        if tok.lower_ == "together" and tok.dep_ == "advmod" and verb.is_ancestor(tok):
            up = tok.head
            while up.pos_ not in {"VERB", "AUX"} and up.head.i != up.i:
                up = up.head
            if up.i == verb.i:
                return "together"
    return None


def _resultative(verb: Token) -> str | None:
    """"set free 35 protesters", "set them free", "cut loose": the adjective completes the
    verb as a particle does (the parser hangs it on the verb or on the object)."""
    doc = verb.doc
    if doc_words(doc).isdisjoint(RESULTATIVES):
        return None  # (most articles have none of the words: no need to look)
    after_object = [t for o in children_of(verb) if o.dep_ == "dobj" for t in children_of(o) if t.i > o.i and t.dep_ == "amod"]
    after = [doc[verb.i + 1]] if verb.i + 1 < len(doc) else []  # (not `doc[i:i+1]`: a span costs more)
    for tok in (*children_of(verb), *after, *after_object):
        if tok.lower_ in RESULTATIVES and tok.i > verb.i and tok.pos_ in {"ADJ", "ADV"}:
            return tok.lower_
    return None


def is_participial_adjunct(verb: Token) -> bool:
    """"shelled the city, hitting a market": a participle with no subject or conjunction of
    its own, which tells the same occasion as the verb it hangs from."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.i != verb.i
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children_of(verb))
    )


def _negated(verb: Token) -> bool:
    for child in children_of(verb):
        if child.dep_ == "neg" and child.i > verb.i and corrects_a_phrase(child):
            continue  # ("were taken away yesterday, not the 14 the police admitted to": a figure set right)
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in NEG_WORDS):
            return True
        if child.dep_ in {"aux", "auxpass"} and any(g.dep_ == "neg" for g in children_of(child)):
            return True
    return False


def corrects_a_phrase(neg: Token) -> bool:
    """A "not" after a comma and before a noun phrase, not a verb: ", not the 14 the police
    have admitted to", ", not five as officially announced" sets a detail right."""
    doc = neg.doc
    return (neg.i > 0 and doc[neg.i - 1].text == "," and neg.i + 1 < len(doc)
            and doc[neg.i + 1].pos_ in {"DET", "NUM"})


def _modals(verb: Token) -> list[str]:
    return [c.lemma_.lower() for c in children_of(verb) if c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD"]


def build_predicate(verb: Token) -> Predicate:
    pred = Predicate(verb=verb, lemma=verb.lemma_.lower())
    pred.passive = _is_passive(verb)
    for child in children_of(verb):
        dep = child.dep_
        if dep == "prt" or (dep == "oprd" and child.lower_ == "home") or (dep == "advmod" and child.lower_ in ADVERB_PARTICLES and (
                child.i == verb.i + 1 or (child.lower_ in SEPARABLE_PARTICLES and 0 < child.i - verb.i <= 9))):
            pred.particle = pred.particle or child.lower_
            if dep == "oprd":
                # "called its envoy home": the parser makes the object a compound of "home"
                pred.objects.extend(h for c in children_of(child) if c.dep_ == "compound" and c.pos_ == "NOUN"
                                    for h in np_heads(c))
            for prep in (c for c in children_of(child) if c.dep_ == "prep"):
                # "stepped back from forward posts": the parser hangs "from" on the particle
                for obj in _prep_objects(prep):
                    pred.preps.append((prep.lower_, obj))
        elif dep in {"ccomp", "dobj", "xcomp"} and (named := naming_clause(child)) is not None:
            # "beat back what officers called a coordinated assault": the named noun
            pred.objects.extend(np_heads(named))
        elif (dep in OBJ_DEPS and not (dep == "dative" and child.pos_ == "ADP")) or (
                dep == "ccomp" and child.pos_ == "NOUN" and child.i > verb.i):
            # a noun "ccomp" is the small model's misparse of an object ("signed a ceasefire deal")
            pred.objects.extend(np_heads(child))
        elif dep == "npadvmod" and child.pos_ == "NOUN" and (
                any(c.dep_ == "dative" for c in children_of(verb))
                or (child.lemma_.lower() in {"day", "week", "month", "hour"}
                    and not any(d.lower_ in {"this", "that", "last", "next", "every", "each"} for d in children_of(child))
                    and any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and c.i < child.i for c in children_of(verb)))):
            # "gave Ethiopia two weeks to settle", "gave nine companies a month to seal": the
            # parser makes the second object adverbial
            pred.objects.extend(np_heads(child))
        elif (dep == "npadvmod" and child.pos_ == "NOUN" and child.i > verb.i + 1 and not child.ent_type_
              and child.lemma_.lower() not in _TIME_NOUNS and any((d.dep_ == "det" and d.lower_ in ("the", "a", "an"))
                                                                  or (d.dep_ == "poss" and d.tag_ == "PRP$")
                                                                  for d in children_of(child))
              and not any(c.dep_ == "dobj" for c in children_of(verb))):
            # "have blocked yesterday, for almost seven hours, the accesses towards the port",
            # "has deposited this Monday a recourse", "Recovered yesterday their liberty the
            # seventeen youths" (translated word order): an object after adverbials read as one
            pred.objects.extend(np_heads(child))
        elif (dep == "dep" and child.pos_ == "NOUN" and child.i > verb.i + 2 and not child.ent_type_
              and any(d.dep_ == "det" and d.lower_ in ("the", "a", "an") for d in children_of(child))
              and not any(c.dep_ in {"dobj", "nsubjpass"} for c in children_of(verb))
              and any(c.dep_ == "npadvmod" and (c.ent_type_ in {"DATE", "TIME"} or c.lemma_.lower() in _TIME_NOUNS)
                      and c.i < child.i for c in children_of(verb))):
            # "called to consultations this Wednesday, 9 of February, the ambassador of Bolivia"
            # (translated word order): the object after the date, left hanging
            pred.objects.extend(np_heads(child))
        elif (dep == "npadvmod" and child.i > verb.i and (child.ent_type_ in {"DATE", "TIME"} or child.lemma_.lower() in _TIME_NOUNS)
              and not any(c.dep_ in {"dobj", "nsubjpass"} for c in children_of(verb))):
            # "has recalled for consultations, this Thursday, the ambassador of Guinea"
            # (translated word order): the object read as an apposition of the date
            pred.objects.extend(h for c in children_of(child) if c.dep_ == "appos" and c.pos_ == "NOUN"
                                and c.i > child.i + 1 and any(d.dep_ == "det" for d in children_of(c))
                                for h in np_heads(c))
        elif dep == "prep" or (dep == "dative" and child.pos_ == "ADP"):
            # (the parser sometimes makes "to" a dative: "handed over wheat to Afghanistan")
            for obj in _prep_objects(child):
                pred.preps.append((child.lower_, obj))
                # "addressed to the Ethiopian side an ultimatum" (translated word order): the
                # parser hangs the object on the preposition's noun, which takes none
                if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"}:  # (not "by pledging 25 million dollars")
                    pred.objects.extend(h for c in children_of(obj) if c.dep_ == "dobj" and c.i > obj.i
                                        for h in np_heads(c))
                    # "was transmitted to the Afghan side the humanitarian cargo" (translated):
                    # the patient read as an apposition of the preposition's noun, when the
                    # verb has no object or passive subject of its own
                    # (or of the noun its "of" names: "subscribed this Tuesday, in the city of
                    # Puno, a binational agreement")
                    if not any(c.dep_ in {"dobj", "nsubjpass"} for c in children_of(verb)):
                        nouns = [obj] + [o for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"
                                         for o in _prep_objects(c)]
                        pred.objects.extend(h for n in nouns for c in children_of(n) if c.dep_ == "appos"
                                            and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.ent_type_ not in {"GPE", "LOC", "FAC"}
                                                                      and c.lemma_.lower() in _TITLE_WORDS))
                                            and c.i > n.i + 1 and any(d.dep_ == "det" or (d.dep_ == "poss" and d.tag_ == "PRP$")
                                                                      for d in children_of(c))
                                            for h in np_heads(c))
                    # "recalled for consultations its ambassador accredited in Togo": the
                    # object and its participle read as a clause on the preposition's noun
                    pred.objects.extend(h for c in children_of(obj) if c.dep_ == "relcl" and c.tag_ in {"VBN", "VBD"}
                                        and not any(a.dep_ in {"aux", "auxpass", "dobj"} or a.lower_ in REL_PRONOUNS
                                                    for a in children_of(c))
                                        for s in children_of(c) if s.dep_ == "nsubj" and obj.i < s.i < c.i
                                        and (c.tag_ == "VBN" or any(p.dep_ == "poss" for p in children_of(s)))
                                        for h in np_heads(s))
            if (child.lower_ == "off" and not children_of(child) and child.i + 1 < len(child.doc)
                    and (nxt := doc_tokens(child.doc)[child.i + 1]).dep_ == "attr" and nxt.head.i == verb.i):
                # "had been off work since Wednesday": the noun read as the copula's attribute
                pred.preps.append(("off", nxt))
        elif dep == "agent":
            pred.agents.extend(_prep_objects(child))
    for obj in list(pred.objects):
        # "signed a deal opening classrooms to pupils": the parser makes the object and its
        # participle compounds of the participle's object
        pred.objects += [n for c in children_of(obj) if c.dep_ == "compound" and c.tag_ == "VBG" and c.i < obj.i
                         for n in children_of(c) if n.dep_ == "compound" and n.pos_ == "NOUN" and n not in pred.objects]
    pred.objects += [t for t in _declared_person(verb) if t not in pred.objects]
    pred.objects += [t for t in _predicative_sick(verb) if t not in pred.objects]
    if pred.lemma in {"give", "grant"} and not any(o.lemma_.lower() in SPAN_NOUNS for o in pred.objects):
        # "gave 38 placer gold miners on the Tuul river at Zaamar 30 days to fill in their
        # pits": the parser hangs the span of time on the place before it
        pred.objects += [a for _, o in pred.preps for a in children_of(o) if a.dep_ == "appos"
                         and a.lemma_.lower() in SPAN_NOUNS and any(c.dep_ == "nummod" for c in children_of(a))]
    if pred.lemma in {"declare", "proclaim"}:
        # "declared an attaché at the embassy in Yerevan persona non grata": the parser hangs
        # the fixed phrase anywhere in the clause
        pred.objects += [t for t in verb.subtree if t.lower_ == "persona" and t.i + 2 < len(t.doc)
                         and t.doc[t.i + 1].lower_ == "non" and t.doc[t.i + 2].lower_ == "grata" and t not in pred.objects]
    if pred.particle is None:
        for obj in pred.objects:
            for adv in (c for c in children_of(obj) if c.i > obj.i and c.dep_ == "advmod" and c.lower_ in SEPARABLE_PARTICLES):
                # "sent a murder suspect back to Kenya": the parser hangs "back" on the object
                pred.particle = adv.lower_
                pred.preps += [(prep.lower_, o) for prep in children_of(adv) if prep.dep_ == "prep"
                               for o in _prep_objects(prep)]
    if pred.particle is None:
        # "two days after the supplies were flown in.": a clause-final preposition with no
        # object is a particle the parser took for a preposition
        pred.particle = next((c.lower_ for c in children_of(verb) if c.dep_ == "prep" and c.i > verb.i
                              and c.lower_ in {"in", "out", "off", "back", "over", "away", "down", "up"}
                              and not children_of(c) and c.i + 1 < len(c.doc) and c.doc[c.i + 1].is_punct), None)
    if pred.particle is None:
        pred.particle = _together(verb)
    if pred.particle is None:
        pred.particle = _resultative(verb)
        for small in (c for c in children_of(verb) if c.dep_ == "ccomp" and c.lower_ == pred.particle):
            # "we hold the Russian state responsible": the parser makes a small clause
            pred.objects.extend(h for s in children_of(small) if s.dep_ == "nsubj" for h in np_heads(s))
    if not pred.objects and not pred.passive:
        for clause in children_of(verb):
            if (clause.dep_ == "ccomp" and clause.tag_ == "VBZ" and clause.i > verb.i
                    and not any(a.dep_ in {"aux", "auxpass", "mark", "dobj", "neg"} for a in children_of(clause))
                    and (nouns := [s for s in children_of(clause) if s.dep_ == "nsubj" and s.pos_ == "NOUN"
                                   and verb.i < s.i < clause.i])):
                # "imposed travel bans and asset freezes on nine individuals": a plural noun
                # read as a verb, with the nouns before it as its subject; all are objects
                pred.objects = [h for n in nouns for h in np_heads(n)] + [clause]
                pred.preps += [(p.lower_, o) for p in children_of(clause) if p.dep_ == "prep" for o in _prep_objects(p)]
            elif (clause.dep_ == "ccomp" and clause.tag_ == "VBN" and clause.i > verb.i
                    and not any(a.dep_ in {"aux", "auxpass", "mark", "dobj", "neg"} for a in children_of(clause))
                    and (nouns := [s for s in children_of(clause) if s.dep_ == "nsubj" and s.pos_ == "NOUN"
                                   and s.left_edge.i == verb.i + 1 and s.i + 1 == clause.i])):
                # "recalled its ambassador accredited near the Gabonese Republic": the object
                # and its participle read as a clause
                pred.objects = [h for n in nouns for h in np_heads(n)]
    if not pred.objects and not pred.passive and verb.pos_ == "VERB":
        # "have opened this Thursday 24/05, at the Governance of Saint-Louis, the
        # negotiations" (translated word order): the object after the day and the place,
        # read as a noun conjoined to the verb
        pred.objects = [h for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > verb.i
                        and any(d.dep_ == "det" for d in children_of(c)) and c.left_edge.i > 0
                        and (c.left_edge.text == "," or c.doc[c.left_edge.i - 1].text == ",")
                        and not any(a.dep_ == "cc" for a in children_of(verb) if a.i < c.i)
                        for h in np_heads(c)]
    subs = _own_subjects(verb)
    if not subs and verb.pos_ == "AUX" and _on_state(verb):
        # "In strike since yesterday morning are the miners of the coal mine" (translated
        # word order): who is on strike, read as the attribute
        subs = [h for c in children_of(verb) if c.dep_ == "attr" and c.i > verb.i and c.tag_ in {"NNS", "NNPS"}
                for h in np_heads(c)]
    if pred.passive and not subs and not pred.objects and verb.dep_ == "ROOT":
        # "In Brussels was held yesterday a new round of the dialogue ... dedicated to the
        # missing" (translated word order): the subject after the verb read as the subject
        # of a participle that modifies it
        # (or an apposition of the verb: "was held yesterday a new round of the dialogue")
        pred.objects = [h for c in children_of(verb) if c.dep_ == "advcl" and c.tag_ in {"VBN", "VBD"} and c.i > verb.i
                        and not any(a.dep_ in {"aux", "auxpass", "mark", "advmod"} for a in children_of(c))
                        for sub in children_of(c) if sub.dep_ == "nsubj" and verb.i < sub.i < c.i for h in np_heads(sub)]
        # (or a clause of the verb: "Were held yesterday, Tuesday 24/11, in Beirut the
        # Syrian-Lebanese talks")
        pred.objects += [h for c in children_of(verb) if c.dep_ in {"appos", "advcl", "dep"} and c.i > verb.i
                         and c.pos_ == "NOUN" and any(d.dep_ == "det" for d in children_of(c)) for h in np_heads(c)]
        if not pred.objects and _opens_sentence(verb):
            # (or the subject of a conjoined verb after it: "Were released this Thursday in
            # Paramaribo the 16 Brazilian miners ..., informed the ministry")
            pred.objects = [h for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i
                            for sub in children_of(c) if sub.dep_ == "nsubj" and verb.i < sub.i < c.i
                            and sub.pos_ == "NOUN" and any(d.dep_ == "det" for d in children_of(sub)) for h in np_heads(sub)]
    if (comer := opening_participle_of_noun(verb)) is not None:
        # "Landed yesterday in the airport ... an aircraft of the Air Force of Chile with 22
        # tons of humanitarian help": the noun is who came, its "with" phrase what it brought
        subs = np_heads(comer)
        pred.preps += [("with", o) for p in children_of(comer) if p.dep_ == "prep" and p.lower_ == "with" and p.i > comer.i
                       for o in _prep_objects(p)]
    if (misread := finite_verb_read_as_modifier(verb)) is not None:
        # "Auxiliary nurses across Honduras downed tools today", "Taiwan scrambled fighter
        # jets": the parser makes the past-tense verb a modifier of its object
        subs = np_heads(misread)
        pred.objects = np_heads(verb.head) + pred.objects
    dobjs = [c for c in children_of(verb) if c.dep_ == "dobj"]
    first = not subs and bool(dobjs) and verb.tag_ in {"VBD", "VBN"} and _opens_sentence(verb)
    if first and len(dobjs) == 1:
        # (the second object read as an adverbial or as an apposition of a place: "..., in
        # the capital Amman, an agreement")
        second = [c for c in children_of(verb) if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.i > dobjs[0].i
                  and not c.ent_type_ and c.lemma_.lower() not in _TIME_NOUNS]
        for start in [o for p in children_of(verb) if p.dep_ == "prep" and p.i > dobjs[0].i for o in _prep_objects(p)]:
            # (any apposition of the place, also after a date read as one: "in Irbid, the day
            # before yesterday Monday, a number of the teachers")
            todo = [start]
            while todo and not second:
                node = todo.pop(0)
                for app in (a for a in children_of(node) if a.dep_ == "appos"):
                    if app.pos_ == "NOUN" and not app.ent_type_ and any(d.dep_ == "det" for d in children_of(app)):
                        second.append(app)
                        break
                    todo.append(app)
        dobjs += second[:1]
    if first and len(dobjs) >= 2:
        # "Signed the Minister of Transport and his Jordanian counterpart yesterday, in Amman,
        # an agreement" (translated verb-first order): the first "object" is the subject;
        # unless it is the indefinite one and the other definite ("Sustained this Tuesday a
        # meeting of work the delegations of the two ministries": the object first)
        if (_indefinite(dobjs[0]) and _definite_np(dobjs[1])) or dobjs[0].lower_ in {"themselves", "itself", "himself", "herself"}:
            # (and a reflexive pronoun is the object: "Reunited themselves in Mutare ... the
            # delegations of Mozambique and of Zimbabwe", translated "reuniram-se")
            dobjs = [dobjs[1], dobjs[0], *dobjs[2:]]
        subs = np_heads(dobjs[0])
        pred.objects = [o for o in pred.objects if o not in subs]
        pred.objects += [h for c in dobjs[1:] for h in np_heads(c) if h not in pred.objects]
    if (final := verb_final_perfect(verb)) is not None:
        # "The government has this Thursday the first secretary of the French embassy persona
        # non grata declared" (translated German word order): "has" is the auxiliary, its
        # subject the participle's, and the noun between them its object
        subs, objects = final
        pred.objects = objects + [o for o in pred.objects if o not in objects and o not in subs]
        if pred.lemma in {"declare", "proclaim"}:  # ("... the first secretary persona non grata declared")
            pred.objects += [t for t in verb.doc[subs[-1].i : verb.i] if t.lower_ == "persona"
                             and t.doc[t.i + 1].lower_ == "non" and t not in pred.objects]
    if (counted := _verb_final_counted_object(verb)) is not None:
        # "the police 37 citizens detained" (translated verb-final order), parsed as a
        # relative clause on the police with the citizens as its subject: the police did it
        subs, pred.objects, pred.passive = np_heads(verb.head), [counted] + [o for o in pred.objects if o.i != counted.i], False
    # Relative pronouns stand for the noun the clause modifies.
    elif subs and all(s.lower_ in REL_PRONOUNS for s in subs) and verb.dep_ == "relcl":
        subs = np_heads(_who_antecedent(verb, subs))
    elif subs and _object_gap(verb, pred):
        # "the accord Afghanistan and Pakistan signed in Doha", "the sanctions Washington
        # imposed on Caracas": the modified noun is the clause's missing object
        pred.objects = np_heads(verb.head) + pred.objects
    elif (subs and verb.dep_ in ("relcl", "acl") and pred.objects and all(o.lower_ in REL_PRONOUNS for o in pred.objects)
          and verb.head.pos_ == "NOUN" and all(o.i < s.i for o in pred.objects for s in subs)):
        # "the strike that the port workers carried out", "the accord which the two sides
        # signed": the relative pronoun object stands for the modified noun (also where the
        # model reads the clause as a modifier: "the accord that Mexico and Guatemala signed")
        pred.objects = np_heads(verb.head)
    if (double := _double_subject_gap(verb)) is not None:
        # "welcomed the bridge deal Thailand and Malaysia signed on Wednesday", parsed with
        # both the deal and the countries as the verb's subjects: they signed the deal
        noun, doers = double
        subs = np_heads(doers)
        pred.objects = [noun] + [o for o in pred.objects if o.i != noun.i]
    if (lost := _lost_object_gap(verb)) is not None:
        # "under an accord the two interior ministers signed on Tuesday", parsed with the
        # ministers as another verb's object and "signed" on them: they signed the accord
        noun, doers = lost
        subs, pred.passive = np_heads(doers), False
        pred.objects = [noun] + [o for o in pred.objects if o.i != doers.i]
    gap = _apposition_gap(verb, bool(pred.objects)) if not pred.passive or verb.dep_ == "acl" else None
    if gap is not None:
        # "the tanks Turkey moved", "the diplomats Germany expelled": the name is the subject
        noun, name = gap
        subs, pred.passive = [_wielder(h) for h in np_heads(name)], False
        pred.objects = [noun] + pred.objects
    if not subs and (late := _subject_after_adjuncts(verb)) is not None:
        # "Arrived yesterday to Caracas the foreign minister of Colombia" (translated
        # verb-first order): the subject read as an apposition of a place; what it comes
        # "with" is the clause's
        subs = np_heads(late)
        pred.preps += [(p.lower_, o) for p in children_of(late) if p.dep_ == "prep" and p.lower_ == "with"
                       for o in _prep_objects(p)]
        pred.objects = [o for o in pred.objects if o not in subs]
        if not pred.passive and not pred.objects and pred.lemma not in ARRIVAL_VERBS:
            # ("Has visited this Monday the first minister of Portugal the city of Luanda":
            # what it did it to, read as the subject's apposition, or as another apposition
            # after it)
            pred.objects = [h for c in children_of(late) if c.dep_ == "appos" and c.i > late.i and c.pos_ == "NOUN"
                            and any(d.dep_ == "det" for d in children_of(c)) for h in np_heads(c)]
            pred.objects = pred.objects or [h for c in _late_nouns(verb)[:1] for h in np_heads(c)]
    if (not subs and not pred.passive and verb.lemma_.lower() in CROWD_VERBS and verb.tag_ in {"VBD", "VBN"}
            and _opens_sentence(verb)
            and (late := next((c for c in children_of(verb) if c.dep_ in {"dobj", "dep"} and c.i > verb.i
                               and (c.tag_ in {"NNS", "NNPS"} or c.ent_type_ == "NORP")), None)) is not None):
        # "Walked the marchers from the Plaza ... until the Parliament", "Protested yesterday
        # the fishermen": the crowd after the verb is its subject, not its object
        subs = np_heads(late)
        pred.objects = [o for o in pred.objects if o not in subs]
    opening = verb.dep_ == "advcl" and verb.i == sent_bounds(verb)[0]  # ("Arrived yesterday ..., with 25 tons of aid destined to")
    if (not subs and not pred.passive and (verb.dep_ == "ROOT" or opening) and verb.lemma_.lower() in ARRIVAL_VERBS
            and (late := next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i > verb.i), None)) is not None):
        # "To the airport of Osh arrived a plane of the Air Forces of Türkiye with a cargo"
        # (translated verb-first order): an arrival has no object; the noun after it is who came
        subs = np_heads(late)
        pred.objects = [o for o in pred.objects if o.i != late.i]
    if pred.lemma in ARRIVAL_VERBS and verb.i == sent_bounds(verb)[0] and not any(o.pos_ == "NOUN" for o in pred.pobjs("with")):
        # "Arrived ..., with 25 tons of humanitarian help destined to the families": the load
        # read as the subject of a clause that "with" opens
        clauses = [c for t in verb.doc[verb.i + 1 : sent_bounds(verb)[1]] if t.lower_ == "with"
                   for c in ([t.head] if t.dep_ == "mark" else [p for p in children_of(t) if p.dep_ == "pcomp"])]
        load = [n for c in clauses for n in children_of(c) if n.dep_ == "nsubj" and n.pos_ == "NOUN"]
        for noun in load[:1]:
            pred.preps.append(("with", noun))
            pred.preps += [("with", o) for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
                           for o in _prep_objects(p)]
    if pred.lemma in ARRIVAL_VERBS and subs and not pred.pobjs("with"):
        # "a plane of the Air Forces of Pakistan with humanitarian cargo of 22 tons arrived"
        # (translated verb-final order): what the subject came with, the arrival's load
        pred.preps += [("with", o) for s in subs for p in children_of(s) if p.dep_ == "prep" and p.lower_ == "with"
                       for o in _prep_objects(p)]
    if not subs and (after := after_phrase(verb)) is not None:
        subs = np_heads(after[1])  # "a day after nine of its officials ... were freed"
    if not subs:
        subs, pred.implicit_subject = _inherited_subjects(verb)
        if (not pred.passive and verb.dep_ == "conj" and _is_passive(verb.head)
                and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith("ed") and any(
                    c.dep_ == "prep" and c.lower_ == "to" for c in children_of(verb))
                    and not any(c.dep_ == "prt" for c in children_of(verb))))  # (not "and walked out to cheers")
                and not any(c.dep_ in {"aux", "dobj"} for c in children_of(verb))):
            # (or one tagged a past tense, told "to" whom: "The supplies were carried by a
            # transport plane and handed to the emergencies committee")
            # "were picked up by police officers and taken to the station": a bare participle
            # conjoined to a passive is passive too, with its "by" agent
            pred.passive = True
            if not pred.agents:
                pred.agents = [o for c in children_of(verb.head) if c.dep_ == "agent" for o in _prep_objects(c)]
        if pred.passive and verb.dep_ == "acl":
            # "the troops deployed by X": the modified noun is the patient.
            pred.objects = np_heads(verb.head) + pred.objects
            subs = []
    if subs and (_reduced_relative_misparse(verb, subs) or _participle_read_as_main_verb(verb, subs)
                 or _participle_read_as_clausal_subject(verb, subs) or _participle_read_as_root(verb, subs)):
        # "Lawyers for 14 supporters detained at the weekend said ...": the model makes the
        # participle a clause with "Lawyers" as its subject; it describes the supporters.
        pred.passive = True
        if any(c.dep_ == "prt" and c.lower_ in {"off", "near"} for c in children_of(verb)):
            # ("arrested off Delft": the "object" was where)
            pred.objects = [o for o in pred.objects if o.dep_ != "dobj" or o.head.i != verb.i]
        # (the noun right before it, or the subject whose phrase ends there: "fishermen from
        # Kalokol freed by ...")
        before = next((s for s in subs if s.i != verb.i - 1 and s.right_edge.i == verb.i - 1
                       and any(c.dep_ == "agent" for c in children_of(verb))), verb.doc[verb.i - 1])
        pred.objects = np_heads(before) + pred.objects
        if not pred.agents:
            # (its "by" phrase, read as a preposition, is the agent: "slapped on ... by the government")
            pred.agents = [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "by" for o in _prep_objects(p)]
        subs = []
    if (subs and verb.dep_ == "advcl" and verb.tag_ in {"VBN", "VBD"}
            and _subject_after_adjuncts(verb.head) in subs):
        # "Have returned free yesterday the eleven farmers arrested on Tuesday": the
        # participle the verb-first clause's subject hangs on describes it (passive)
        pred.passive = True
        pred.objects = subs + pred.objects
        subs = []
    if subs and (agent := _persona_non_grata_agent(verb, pred)) is not None:
        # "A Serbian diplomat declared persona non grata by Zagreb has until Thursday to
        # leave": read as active with the "by" phrase on "grata"; the diplomat is declared
        pred.passive, pred.agents = True, np_heads(agent)
    if (pred.passive and subs and all(s.ent_type_ in {"DATE", "TIME"} for s in subs) and verb.dep_ == "advcl"
            and verb.head.dep_ == "acl" and verb.head.head.pos_ in {"NOUN", "PROPN"}):
        # "Twelve fishermen held since July were released": the date read as the subject,
        # the clause as hanging on the participle; the noun the participle describes is it
        subs = np_heads(verb.head.head)
    if (not pred.passive and subs and all(s.ent_type_ in {"DATE", "TIME"} and s.i < verb.i for s in subs)
            and len(dobjs := [c for c in children_of(verb) if c.dep_ == "dobj"]) >= 2 and dobjs[0].pos_ == "PROPN"):
        # "The day before yesterday froze Central Criminal Police the funds" (translated
        # verb-first): the date read as the subject, the doer as a first object
        subs = np_heads(dobjs[0])
        doers = {h.i for h in subs}
        pred.objects = [o for o in pred.objects if o.i not in doers]
    if (not pred.passive and not pred.objects and verb.i > 0
            and len(nsubjs := [c for c in children_of(verb) if c.dep_ == "nsubj"]) == 2
            and (late := nsubjs[1]).i == verb.i - 1 and late.pos_ == "NOUN" and nsubjs[0].pos_ in {"NOUN", "PROPN"}
            and late.left_edge.i > nsubjs[0].i + 1 and any(c.dep_ in {"det", "poss"} for c in children_of(late))
            and not any(t.is_punct for t in verb.doc[nsubjs[0].i : late.i])
            and _double_subject_gap(verb) is None):
        # "because the railway workers for 24 hours the work stopped" (translated verb-final):
        # two subjects apart, the one right before the verb its object
        pred.objects = np_heads(late)
        subs = np_heads(nsubjs[0])
    if [o.lower_ for o in pred.objects] == ["it"] and (thing := _thing_before(verb)) is not None:
        # "reopened the Rosso border crossing on Monday, three days after closing it": "it"
        # is the thing the clause it depends on acts on
        pred.objects = np_heads(thing)
    pred.subjects = subs
    pred.negated = _negated(verb)
    pred.modals = _modals(verb)
    return pred


def _thing_before(verb: Token) -> Token | None:
    """The common-noun object of the verb that a clause "after/before ..." or "without ..."
    of `verb` depends on ("reopened the crossing three days after closing it"), or None."""
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.dep_ == "prep" and governor.lower_ in {"after", "before", "without", "since"}:
        governor = governor.head
    elif not (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"after", "before", "since"}
                                          for c in children_of(verb))):
        return None
    if governor.pos_ not in {"VERB", "AUX"} or governor.i > verb.i:
        return None
    return next((c for c in children_of(governor) if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN"), None)


def find_predicates(sent: Span) -> list[Predicate]:
    """Every verb of the sentence as a `Predicate`, in text order, a main "be" with an
    "on" or "off" phrase ("workers have been on strike since Saturday"), and a past-tense verb the
    parser took for a modifier of its object ("Taiwan scrambled fighter jets")."""
    return [build_predicate(tok) for tok in span_tokens(sent)
            if (tok.pos_ == "VERB" and (tok.dep_ not in ADJECTIVAL_DEPS or finite_verb_read_as_modifier(tok) is not None
                                        or opening_participle_of_noun(tok) is not None)
                and not _people_so_called(tok))
            or _on_state(tok)]


#: Participles that, used as a noun, name a defendant, not an act: "the accused".
_DEFENDANT_PARTICIPLES = frozenset({"accuse", "charge", "indict", "suspect", "condemn", "convict", "sentence"})


def _people_so_called(tok: Token) -> bool:
    """A participle used as a noun for a defendant or the displaced, which the parser tags a
    verb: "The accused went to court" tells no accusation, "the site of displaced" no
    displacement. ("The detained were transferred" still tells the
    detention: a mention of it.)"""
    if tok.tag_ != "VBN" or tok.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        return False
    if tok.lemma_.lower() == "displace":  # "a camp for the displaced", "nineteen displaced had been"
        return not any(c.dep_ in {"agent", "aux", "auxpass", "dobj", "nsubj", "nsubjpass"} for c in children_of(tok))
    return (tok.lemma_.lower() in _DEFENDANT_PARTICIPLES
            and [c.lower_ for c in children_of(tok)] in (["the"], ["these"], ["those"]))


#: Entity labels of a date or a place: no object of a verb-final participle.
_ADJUNCT_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORDINAL", "CARDINAL"})


def verb_final_perfect(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """A past participle that ends its sentence after "have" with a subject: the German
    perfect word for word ("The government has on the 13th eight individuals as targets of
    sanctions designated", "The police have yesterday five protesters arrested"). Returns the
    subject and the object: the first noun between "have" and the participle that is no
    date or place and hangs on "have", on the participle, on a date or on a preposition
    whose phrase names a date (the parser's misreadings); else None."""
    if verb.tag_ not in {"VBN", "VBD"}:
        return None
    start, end = sent_bounds(verb)
    doc = verb.doc
    if not (verb.i + 1 == end or (verb.i + 1 < end and doc_tokens(doc)[verb.i + 1].is_punct)):
        return None
    if verb.dep_ == "ROOT":
        have = next((c for c in children_of(verb) if c.dep_ == "aux" and c.lemma_ == "have" and c.i < verb.i - 1), None)
    else:
        root = doc[start].sent.root
        have = root if root.lemma_ == "have" and root.i < verb.i and root.is_ancestor(verb) and not any(
            c.dep_ in {"aux", "auxpass"} for c in children_of(verb)) else None
    subject = next((c for c in children_of(have) if c.dep_ == "nsubj" and c.i < have.i), None) if have is not None else None
    if subject is None and have is not None and verb.dep_ == "ROOT":
        # ("The government has on Monday the accounts of three firms frozen": both nouns read
        # as the participle's subjects, the one before "have" is)
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < have.i), None)
    first = have.i + 1 if have is not None else start
    if have is not None and subject is None and have.dep_ == "ROOT" and have.i > start:
        # "Yesterday for 24 hours have the drivers of trams the work stopped" (verb-second
        # order after a fronted adjunct): the subject right after "have", read as its object
        subject = next((c for c in children_of(have) if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
                        and c.left_edge.i == have.i + 1), None)
        if subject is not None:
            # (its phrase, without the participle the parser hung on it)
            first = max(t.i for t in subject.subtree if t.i < verb.i and not verb.is_ancestor(t)) + 1
    if have is None or subject is None:
        return None
    for tok in doc[first : verb.i]:
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in _ADJUNCT_LABELS or tok.dep_ in {"compound", "amod", "poss"}:
            continue
        head = tok.head
        if (head.i in (have.i, verb.i) or head.ent_type_ in {"DATE", "TIME"}
                or (tok.dep_ == "nmod" and head.dep_ == "dep" and head.head.i == have.i)  # ("the first secretary" on "persona")
                or (tok.dep_ == "pobj" and head.head.i == have.i
                    and any(t.ent_type_ in {"DATE", "TIME", "ORDINAL"} for t in tok.subtree if t.i < tok.i))):
            return np_heads(subject), np_heads(tok)
        if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.i == have.i and head.lower_ in {"in", "at", "during"}:
            continue  # ("have yesterday in the Presidential Palace the agreement ... undersigned")
        return None  # (the first noun is some other phrase's: no reading to repair)
    return None


def opening_participle_of_noun(verb: Token) -> Token | None:
    """The noun of a sentence-opening arrival participle that the parser made a modifier of
    the sentence's root noun ("Landed yesterday, 10/06, in the airport an aircraft of the Air
    Force of Chile with 22 tons of help": translated verb-first order); else None."""
    if (verb.dep_ != "amod" or verb.tag_ not in {"VBN", "VBD"} or verb.lemma_.lower() not in ARRIVAL_VERBS
            or verb.i != sent_bounds(verb)[0]):
        return None
    noun = verb.head
    # (or the subject of the root: "... with 22 tons of help destined to the families")
    rooted = noun.dep_ == "ROOT" or (noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.dep_ == "ROOT")
    return noun if rooted and noun.pos_ in {"NOUN", "PROPN"} and noun.i > verb.i else None


def finite_verb_read_as_modifier(verb: Token) -> Token | None:
    """The subject of a past-tense verb (tagged VBD, or VBN right after a noun) that the parser made
    a modifier ("amod") of the noun after it: "Dockers in Mombasa downed tools", "the strike
    targeted fighters", read "[downed tools]" as a noun phrase. The subject is the first noun
    before the verb (in its sentence) that hangs on nothing before the verb."""
    if verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"} or verb.head.i <= verb.i or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.text == "," and verb.i > 1 and not any(
            t.pos_ in {"VERB", "AUX"} for t in verb.doc[sent_bounds(verb)[0] : verb.i]):
        before = verb.doc[verb.i - 2]  # ("Workers at the refinery, in Port-Gentil, downed tools", with no verb before it)
    if verb.tag_ == "VBN" and (before is None or before.pos_ not in {"NOUN", "PROPN"} or any(
            c.dep_ in {"det", "poss"} for c in children_of(verb.head))):
        return None  # (tagged a participle: only right after a name or noun, its noun bare: "in Kulsary downed tools")
    start = sent_bounds(verb)[0]
    for tok in verb.doc[start:verb.i]:
        if tok.pos_ in {"NOUN", "PROPN", "PRON"} and (tok.head.i == tok.i or not start <= tok.head.i < verb.i):
            return tok
    return None


def _on_state(tok: Token) -> bool:
    """A "be" that is a clause's own verb (not an auxiliary) with an "on" or "off" phrase
    ("have been on strike", "had been off work"), or "in" strike (translated: "are in
    strike since Monday"; not "80 percent was in the strike", taking part)."""
    return (tok.pos_ == "AUX" and tok.lemma_ == "be" and tok.dep_ in {"ROOT", "ccomp", "relcl", "advcl", "conj"}
            and any(c.dep_ == "prep" and (c.lower_ in ("on", "off") or (c.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lemma_.lower() == "strike" and (not any(d.dep_ == "det" for d in children_of(o))
                                                                      or _timed_strike(o))
                for o in children_of(c)))) for c in children_of(tok)))


def _timed_strike(noun: Token) -> bool:
    """"a strike of 48 hours" (translated: "are in a strike of 48 hours", a strike under way)."""
    return any(d.dep_ == "det" and d.lower_ == "a" for d in children_of(noun)) and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in {"hour", "day", "week"} for o in children_of(p))
        for p in children_of(noun))
