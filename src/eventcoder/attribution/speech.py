"""Reporting verbs: "X said / told Y / stressed / wrote that ...", and "according to X".

`find_speech(verb)` walks up from an event predicate to the nearest governing reporting verb
(or speech noun, or "according to" phrase) and returns its speaker token(s) and cue. The
reporting verb is not an event by itself here: an event *embedded* under it is claimed by its
speaker; the lexicon may still code the reporting verb itself ("warned", "accused").

What counts as *reported content* of a cue is decided by the relation of the path's last
step to the cue:
- a complement clause ("said (that) ...", "X, police said" misparsed either way round,
  "He said: ...") always;
- an infinitive ("urged B to ...", "promised to ...", "called on B to ...") for cues that
  ask, order, promise or warn;
- a gerund after the cue's own preposition ("accused B of ...", "called for ...",
  "praised B for ...");
- not the cue's subject or object, a coordinated verb ("said X and warned Y": the warning is
  the speaker's own act), a time or condition clause ("said when she resigned ..."), or a
  participle that frames it ("Asked about the attack, X said ..."): the walk goes on past
  such a verb, as past any other, to a cue that may report the whole clause.
A relative clause inside the reported content is part of it ("police said the officer who
shot Scott was ..."); one that hangs on the speaker or addressee is not reported by that
cue. Participle cues with no subject of their own ("..., saying that ...",
"a statement saying ...") take the subject of the verb they modify.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

__all__ = [
    "ACCUSATION_CUES",
    "QUOTE_CUES",
    "SPEECH_CUES",
    "SPEECH_NOUNS",
    "Speech",
    "find_speech",
    "is_cue_verb",
    "is_speech_verb",
    "speaker_tokens",
]

#: Verbs that report speech or writing: the cues of "X said that ..." and of the speech verb
#: next to a direct quote ("“...,” X said").
SPEECH_CUES = frozenset(
    """say tell state announce stress emphasize emphasise add write claim note insist declare
    explain assert argue confirm reiterate remark tweet post report disclose reveal mention
    comment observe point underline underscore recall acknowledge admit maintain suggest
    testify deny reply respond answer ask allege contend concede predict warn promise pledge
    vow propose caution complain boast brag lament charge cite inform assure hint indicate
    signal retort counter quip joke shout yell scream exclaim write blog text email
    declare proclaim affirm reaffirm repeat agree disagree object protest question
    speculate theorize posit opine""".split()
)
#: Further cues: thoughts, findings and speech acts that also embed a claim or a demand
#: ("experts believe ...", "the report found that ...", "urged B to ...").
OTHER_CUES = frozenset(
    """believe think feel fear suspect estimate expect know learn hear find show conclude
    determine demonstrate prove urge demand call order instruct advise appeal plead beg
    implore request encourage invite press threaten accuse blame criticize criticise
    condemn denounce fault praise thank credit commend congratulate applaud assail slam
    attack""".split()
)
#: Verbs that frame a quote without embedding a clause ("“...,” he continued").
QUOTE_CUES = SPEECH_CUES | frozenset({"continue", "conclude", "recount", "whisper", "sing", "laugh", "muse", "wonder", "tout", "ask", "summarize", "summarise", "explain", "put", "insist"})
#: Cues whose infinitive complement is what they ask, promise or warn of.
XCOMP_CUES = frozenset(
    """tell ask urge demand call order instruct advise appeal plead beg implore request
    encourage invite press promise pledge vow threaten warn claim propose""".split()
)
#: Verbs of accusing and judging: the act they name, after their preposition, is an event
#: claimed by the accuser ("accused Russia of shelling ...", "called for banning ...").
ACCUSATION_CUES = frozenset(
    {"accuse", "blame", "charge", "condemn", "criticize", "criticise", "denounce", "fault", "suspect",
     "praise", "thank", "credit", "commend", "congratulate", "applaud", "assail", "slam", "attack",
     "call", "warn", "insist", "argue", "complain", "apologize", "apologise"}
)
PREP_CUES = {"of": ACCUSATION_CUES, "for": ACCUSATION_CUES, "with": frozenset({"charge", "credit"}),
             "against": frozenset({"warn", "argue"}), "on": frozenset({"insist"}), "about": frozenset({"warn", "complain"})}
#: Nouns of speech whose clause reports what someone said ("Biden's announcement that ...").
SPEECH_NOUNS = frozenset(
    """announcement statement remark remarks claim assertion declaration warning pledge promise
    report comment comments admission insistence assurance allegation accusation charge
    suggestion prediction proposal argument testimony tweet post letter memo email message
    vow threat demand call appeal insistence contention belief view assessment finding
    conclusion estimate""".split()
)
#: Nouns of documents and speeches: "issued a statement saying ...", "said in a letter that".
DOCUMENT_NOUNS = SPEECH_NOUNS | frozenset(
    """interview speech release ad advertisement video op-ed editorial essay book article
    briefing conference transcript filing document column""".split()
)
#: Time, cause and condition clauses on a reporting verb say when or why it was said.
ADJUNCT_MARKS = frozenset(
    """when whenever after before because since if unless while as until once though although
    whereas where""".split()
)
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


@dataclass(frozen=True)
class Speech:
    verb: Token
    cue: str
    speakers: tuple[Token, ...]


def is_speech_verb(tok: Token) -> bool:
    """A verb of speech or writing ("said", "told", "wrote", "warned")."""
    return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in SPEECH_CUES


def is_cue_verb(tok: Token) -> bool:
    """Any verb that can attribute an embedded claim: speech, thought, finding, demand."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in {"VERB", "AUX"} and (lemma in SPEECH_CUES or lemma in OTHER_CUES)


def _passive(verb: Token) -> bool:
    if any(c.dep_ in {"auxpass", "nsubjpass", "csubjpass"} for c in verb.children):
        return True
    # A bare past participle modifying a clause is passive: "Asked about it, X said ...".
    return verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl", "amod"} and not any(c.dep_ == "aux" for c in verb.children)


def speaker_tokens(verb: Token) -> list[Token]:
    """Who speaks through `verb`: its subject; the agent of a passive ("it was reported by
    X"); for a participle or coordinated verb with no subject of its own, the subject of the
    verb it hangs on ("..., saying that ..."); for a relative clause, its noun."""
    if _passive(verb):
        return [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    if subs:
        if verb.dep_ == "relcl" and all(s.lower_ in RELATIVE_PRONOUNS for s in subs):
            return [verb.head]
        return subs
    # A misparse gives the reported clause two subjects and the speech verb none
    # ("The Prime Minister, in his statement that the country wants ..., stressed").
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        extra = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(extra) > 1:
            return [extra[0]]
    tok = verb
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return []
        if tok.dep_ in {"conj", "advcl", "xcomp"} and head.pos_ in {"VERB", "AUX"}:
            if _passive(head):
                return []
            subs = [c for c in head.children if c.dep_ == "nsubj"]
            if subs:
                if head.dep_ == "relcl" and all(s.lower_ in RELATIVE_PRONOUNS for s in subs):
                    return [head.head]
                return subs
            tok = head
            continue
        if tok.dep_ in {"acl", "advcl", "relcl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
            # "a statement saying ...": the statement's owner, or whoever issued it.
            if head.lemma_.lower() in DOCUMENT_NOUNS:
                return _noun_owners(head)
            before = tok.doc[tok.i - 1] if tok.i > 0 else None
            if before is not None and before.text == "," and head.dep_ in {"dobj", "pobj", "attr", "npadvmod", "appos", "oprd"}:
                # "X made a pitch to voters, saying ...": the participle hangs on the clause,
                # misattached to the nearest noun; its speaker is the clause's subject.
                clause = head.head
                while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                    clause = clause.head
                if clause.pos_ in {"VERB", "AUX"}:
                    return [c for c in clause.children if c.dep_ == "nsubj"]
                return []
            return [head]  # "911 calls saying shots had been fired", "X, saying ..." misparsed
        return []
    return []


def _noun_owners(noun: Token) -> list[Token]:
    """The speaker of a speech or document noun: "Biden's statement", "a statement by / from
    X", or the subject of the verb that issues it ("X issued a statement", "X said in a
    statement")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"by", "from"} for o in p.children if o.dep_ == "pobj"]
    if owners:
        return owners
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "through", "via", "during"}:
        head = head.head
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return []
    if head.pos_ in {"VERB", "AUX"} and head.i != noun.i:
        return speaker_tokens(head)
    return []


def _according_to(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for p in child.children:
                if p.dep_ == "prep" and p.lower_ == "to":
                    objs = [o for o in p.children if o.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    return None


def _is_content(tok: Token, cue: Token) -> bool:
    """Is `tok` (a child of the cue verb on the path up) the cue's reported content?"""
    dep = tok.dep_
    lemma = cue.lemma_.lower()
    if dep in {"ccomp", "parataxis"}:
        return True
    if dep == "xcomp":
        return lemma in XCOMP_CUES
    if dep == "advcl":
        marks = {c.lower_ for c in tok.children if c.dep_ in {"mark", "advmod"}}
        if marks & ADJUNCT_MARKS:
            return False
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return lemma in XCOMP_CUES  # "urged Kabul to ..." parsed as a purpose clause
        return False
    return False


def _parenthetical(tok: Token) -> Token | None:
    """A reporting verb inserted in or after the clause it reports, parsed as the clause's
    child: "The army, he said, attacked ...", "Freeing him, he promised, was ..."."""
    for c in tok.children:
        if c.dep_ not in {"parataxis", "ccomp"} or not is_speech_verb(c):
            continue
        if any(g.dep_ in {"ccomp", "xcomp", "dobj", "mark"} for g in c.children):
            continue  # the speech verb has content of its own
        if any(g.dep_ == "nsubj" for g in c.children):
            return c
    return None


def _coordinated_with_cue(tok: Token, cue: Token) -> bool:
    """"China said it was opposed ... and warned North Korea": a subject-less speech act
    coordinated inside the reported clause, in the cue's own tense, is more likely the
    speaker's second act than part of what was said."""
    return (
        tok.dep_ == "conj"
        and is_cue_verb(tok)
        and tok.tag_ == cue.tag_
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
    )


def find_speech(verb: Token) -> Speech | None:
    """The reporting verb governing `verb` (or an 'according to' phrase), if any."""
    tok = verb
    prev: Token | None = None
    for _ in range(16):
        src = _according_to(tok)
        if src is not None:
            return Speech(tok, "according to", (src,))
        if tok.pos_ in {"VERB", "AUX"}:
            inserted = _parenthetical(tok)
            if inserted is not None:
                return Speech(inserted, inserted.lemma_.lower(), tuple(speaker_tokens(inserted)))
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ in {"acl", "ccomp"} and head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in SPEECH_NOUNS:
            owners = _noun_owners(head)
            return Speech(head, head.lemma_.lower(), tuple(owners)) if owners else None
        if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in PREP_CUES:
            owner = head.head
            cue = owner if owner.pos_ in {"VERB", "AUX"} else owner.head
            if cue.pos_ in {"VERB", "AUX"} and cue.lemma_.lower() in PREP_CUES[head.lower_]:
                return Speech(cue, cue.lemma_.lower(), tuple(speaker_tokens(cue)))
        if is_cue_verb(head) and _is_content(tok, head):
            if prev is not None and prev.i == verb.i and tok.dep_ == "ccomp" and _coordinated_with_cue(prev, head):
                return None
            return Speech(head, head.lemma_.lower(), tuple(speaker_tokens(head)))
        # Not reported content of this verb (its subject, object, an adjunct, or a verb
        # coordinated with it): go on up; a higher cue may still report the whole clause.
        prev = tok
        tok = head
    return None
