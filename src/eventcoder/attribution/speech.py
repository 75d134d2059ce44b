"""Reporting verbs: "X said / told Y / stressed / wrote that ...", and "according to X".

`find_speech(verb)` walks up the parse from an event predicate to the nearest cue that
reports it, and returns the cue's speaker token(s) and lemma. A cue is a reporting verb
("said", "told", "warned"), a thought, finding or demand ("believe", "found", "urged"), a
speech noun ("Biden's announcement that ..."), an accusation ("accused B of ..."), or an
"according to" phrase. A cue is not an event by itself here: an event *embedded* under it
is claimed by its speaker (the lexicon may still code the cue itself, e.g. "warned").

What is *reported content* of a cue depends on the last step of the path into it:
- a complement clause ("said (that) ...", "X, police said", "He said: ...", "said X, but
  that Y"); for verbs of perceiving and finding only a finite one ("heard that they had
  left", not "heard them chant");
- an infinitive, for cues that ask, order, promise or warn ("urged B to ...", "called on B
  to ...", "promised to ...");
- a gerund or noun after the cue's own preposition ("accused B of ...", "called for ...",
  "praised B for ...");
- a relative clause on the object of a cue that reports a thing ("mentions policies she
  supported", "announced sanctions that target ...").
Not content: the cue's subject or addressee (and a relative clause on them), a verb
coordinated with it ("said X and warned Y": the warning is the speaker's own act), a time,
cause or condition clause ("said when she resigned ..."), a framing participle ("Asked
about it, X said ..."). The walk goes on past such a verb, as past any other, to a cue that
may report the whole clause. A relative clause inside the content is part of it ("police
said the officer who shot Scott was ..."), except the writer's aside on a name ("Hillary
Clinton, who has not been charged").

The walk stops at a paragraph break (a parse may join two paragraphs); a negated cue
("would not say whether ...") claims nothing; a thought, finding or demand gives way to a
reporting verb above it, the original source ("Democrats say the revelations show that
...", "the ministry announced that Islamabad had tools to encourage ..."); between two
reporting verbs the nearer one speaks ("Officials said Trump told them ..."). A reporting verb
set off inside or after the clause ("The army, he said, attacked ...") reports the clause
however it is parsed, and "according to X" at the start or end of a sentence speaks for the
whole sentence.

Speakers (`speaker_tokens`): the cue's subject; a passive cue's agent ("it was reported by
X", none for "was told to"); for a participle or coordinated cue with no subject of its own,
the subject of the verb it hangs on ("..., saying that ...", "a statement saying ...");
for a relative clause, its noun; a dateline parsed as subject is skipped ("CLEVELAND (UPI)
— Michael Mukasey told ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..parse.spans import children_of, doc_text, doc_tokens, doc_words, sent_bounds

__all__ = [
    "ACCUSATION_CUES",
    "DOCUMENT_NOUNS",
    "QUOTE_CUES",
    "SPEECH_CUES",
    "SPEECH_NOUNS",
    "Speech",
    "find_speech",
    "is_cue_verb",
    "is_speech_verb",
    "noun_owners",
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
    signal retort counter quip joke shout yell scream exclaim blog text email proclaim affirm
    reaffirm repeat object protest question speculate theorize posit opine imply insinuate""".split()
)
#: Further cues that embed a claim or a demand: thoughts, findings and requests ("experts
#: believe ...", "the report found that ...", "urged B to ...").
OTHER_CUES = frozenset(
    """believe think fear suspect estimate expect know learn hear find show conclude agree
    determine demonstrate prove urge demand call order instruct advise appeal plead beg
    implore request encourage invite press threaten""".split()
)
#: Verbs that frame a quote without embedding a clause ("“...,” he continued").
QUOTE_CUES = SPEECH_CUES | frozenset({"continue", "conclude", "recount", "whisper", "sing", "laugh", "muse", "wonder", "tout", "summarize", "summarise", "read"})
#: Cues whose object is the person addressed ("told reporters").
ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "remind", "ask", "warn", "brief"})
#: Cues whose infinitive complement is what they ask, promise or warn of.
XCOMP_CUES = frozenset(
    """tell ask urge demand call order instruct advise appeal plead beg implore request
    encourage invite press promise pledge vow threaten warn claim propose""".split()
)
#: Cues of perceiving and finding: only a finite clause is a claim ("heard that they had
#: left", not "heard them chant").
FINITE_CUES = frozenset({"hear", "see", "find", "show", "know", "learn", "notice"})
#: Cues whose object noun carries the claim: what a relative clause on it says is reported.
DOBJ_CUES = frozenset(
    """mention cite reference describe detail list recount recall highlight tout note report
    allege reveal disclose confirm announce claim""".split()
)
#: Verbs of accusing and judging: the act they name, after their preposition, is an event
#: claimed by the accuser ("accused Russia of shelling ...", "called for banning ...").
ACCUSATION_CUES = frozenset(
    """accuse blame charge condemn criticize criticise denounce fault suspect praise thank
    credit commend congratulate applaud assail slam attack call warn insist argue complain
    apologize apologise chastise rebuke scold castigate lambaste blast berate mock
    ridicule rail""".split()
)
PREP_CUES = {
    "of": ACCUSATION_CUES,
    "for": ACCUSATION_CUES,
    "with": frozenset({"charge", "credit"}),
    "against": frozenset({"warn", "argue"}),
    "on": frozenset({"insist"}),
    "about": frozenset({"warn", "complain", "talk", "speak", "write", "testify", "boast", "brag", "joke"}),
}
#: Nouns of speech whose clause reports what someone said ("Biden's announcement that ...").
SPEECH_NOUNS = frozenset(
    """announcement statement remark remarks claim assertion declaration warning pledge promise
    report comment comments admission insistence assurance allegation accusation charge
    suggestion prediction proposal argument testimony tweet post letter memo email message
    vow threat demand call appeal contention belief view assessment finding conclusion
    estimate""".split()
)
#: Nouns of documents and speeches: "issued a statement saying ...", "said in a letter that".
DOCUMENT_NOUNS = SPEECH_NOUNS | frozenset(
    """interview speech release ad advertisement video op-ed editorial essay book article
    briefing conference transcript filing document column""".split()
)
#: Verbs whose object is a statement they issue: "X released a statement saying ...".
ISSUE_VERBS = frozenset(
    """issue release make send post publish give deliver write sign file tweet share circulate
    put run air broadcast unveil present submit""".split()
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


def _verbal(tok: Token) -> bool:
    """A verb, or a word tagged as a noun in a verb's place ("Article 33 affirms: ...")."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and c.i < tok.i for c in children_of(tok)
    )


def is_speech_verb(tok: Token) -> bool:
    """A verb of speech or writing ("said", "told", "wrote", "warned")."""
    return tok.lemma_.lower() in SPEECH_CUES and _verbal(tok)


def is_cue_verb(tok: Token) -> bool:
    """Any verb that can attribute an embedded claim: speech, thought, finding, demand."""
    lemma = tok.lemma_.lower()
    return (lemma in SPEECH_CUES or lemma in OTHER_CUES or lemma in DOBJ_CUES) and _verbal(tok)


def _passive(verb: Token) -> bool:
    if any(c.dep_ in {"auxpass", "nsubjpass", "csubjpass"} for c in children_of(verb)):
        return True
    # A bare past participle modifying a clause is passive: "Asked about it, X said ...".
    return verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl", "amod"} and not any(c.dep_ == "aux" for c in children_of(verb))


def speaker_tokens(verb: Token) -> list[Token]:
    """Who speaks through `verb`: its subject; the agent of a passive ("it was reported by
    X"); for a participle or coordinated verb with no subject of its own, the subject of the
    verb it hangs on ("..., saying that ..."); for a relative clause, its noun."""
    if _passive(verb):
        return [o for p in children_of(verb) if p.dep_ == "agent" for o in children_of(p) if o.dep_ == "pobj"]
    subs = [_past_dateline(c) for c in children_of(verb) if c.dep_ == "nsubj" and _same_paragraph(c, verb)]
    subs = [c for c in subs if c is not None]
    if subs:
        if verb.dep_ == "relcl" and all(s.lower_ in RELATIVE_PRONOUNS for s in subs):
            return [verb.head]
        return subs
    # A misparse gives the reported clause two subjects and the speech verb none
    # ("The Prime Minister, in his statement that the country wants ..., stressed").
    for clause in (c for c in children_of(verb) if c.dep_ == "ccomp"):
        extra = [c for c in children_of(clause) if c.dep_ == "nsubj"]
        if len(extra) > 1:
            return [extra[0]]
    # The subject parsed into a clause before the verb: "Large majorities of voters going
    # to the polls said ..." (csubj), "Kasich offered ..., then says ..." (ccomp).
    # A quotation before the verb is its content, not its subject ("“We won,” said ...").
    for clause in (c for c in children_of(verb) if c.dep_ in {"csubj", "ccomp"} and c.i < verb.i):
        extra = [c for c in children_of(clause) if c.dep_ == "nsubj" and c.i < clause.i and c.lower_ not in RELATIVE_PRONOUNS]
        if extra and not _quoted_before(verb):
            return [extra[0]]
    if verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBZ", "VBP"} | ({"VBN"} if _has_aux(verb) else set()):
        # A finite verb with no subject: the subject was misparsed ("Two members of
        # Congress, A and B, have said ..."); take the noun phrase just before it.
        before = _subject_before(verb)
        return [before] if before is not None else []
    tok = verb
    for _ in range(4):
        head = tok.head
        if head.i == tok.i or not _same_paragraph(head, tok):
            return []
        if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
            tok, head = head, head.head  # "deflected questions before saying, ..."
        if tok.dep_ in {"conj", "advcl", "xcomp", "prep"} and head.pos_ in {"VERB", "AUX"}:
            if _passive(head):
                return []
            subs = [c for c in children_of(head) if c.dep_ == "nsubj" and _same_paragraph(c, head)]
            if subs:
                if head.dep_ == "relcl" and all(s.lower_ in RELATIVE_PRONOUNS for s in subs):
                    return [head.head]
                return subs
            tok = head
            continue
        if tok.dep_ in {"acl", "advcl", "relcl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
            # "a statement saying ...": the statement's owner, or whoever issued it.
            if head.lemma_.lower() in DOCUMENT_NOUNS:
                return noun_owners(head)
            before = tok.doc[tok.i - 1] if tok.i > 0 else None
            if before is not None and before.text == "," and head.dep_ in {"dobj", "pobj", "attr", "npadvmod", "appos", "oprd"}:
                # "X made a pitch to voters, saying ...": the participle hangs on the clause,
                # misattached to the nearest noun; its speaker is the clause's subject.
                clause = head.head
                while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                    clause = clause.head
                if clause.pos_ in {"VERB", "AUX"}:
                    return [c for c in children_of(clause) if c.dep_ == "nsubj"]
                return []
            return [head]  # "911 calls saying shots had been fired", "X, saying ..." misparsed
        return []
    return []


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" for c in children_of(verb))


def _subject_before(verb: Token) -> Token | None:
    """The noun right before a verb (past its auxiliaries, adverbs and commas), up its
    coordination: the subject of "..., A and B, have said"."""
    k = verb.i - 1
    doc = verb.doc
    first = sent_bounds(verb)[0]
    while k >= first and (doc[k].dep_ in {"aux", "neg", "advmod"} or doc[k].text == ","):
        k -= 1
    if k < first or doc[k].pos_ not in {"NOUN", "PROPN"} or not _same_paragraph(doc[k], verb):
        return None
    tok = doc[k]
    while tok.dep_ in {"conj", "compound"} and tok.head.i < tok.i or tok.dep_ == "compound":
        tok = tok.head
    if tok.dep_ == "conj":
        return None
    return tok


def _quoted_before(verb: Token) -> bool:
    """Is there a closing quotation mark in the verb's sentence before it ("“...,” said")?"""
    return any(t.text in {"”", '"', "''"} for t in verb.doc[sent_bounds(verb)[0] : verb.i])


def _same_paragraph(a: Token, b: Token) -> bool:
    """No line break between two tokens (a parse may run over a paragraph break)."""
    lo, hi = sorted((a.i, b.i))
    tokens = doc_tokens(a.doc)  # (the text of tokens lo to hi, with their spaces, is one stretch of the document's)
    return lo == hi or doc_text(a.doc).find("\n", tokens[lo].idx, tokens[hi].idx) < 0  # (not sliced out: a new string)


def _past_dateline(tok: Token) -> Token | None:
    """"CLEVELAND, July 19 (UPI) — Michael Mukasey told ...": a dateline parsed as the
    subject; the speaker is the name after the dash, if any."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if not (tok.is_sent_start and tok.is_upper and len(tok.text) > 2 and nxt is not None and nxt.text in {",", "(", "-", "—", "–"}):
        return tok
    dashes = [t.i for t in doc[tok.i : tok.i + 12] if t.text in {"-", "—", "–", "--"}]
    if not dashes:
        return None
    after = [c for c in children_of(tok) if c.dep_ == "appos" and c.i > dashes[0]]
    return after[-1] if after else None


def noun_owners(noun: Token) -> list[Token]:
    """The speaker of a speech or document noun: "Biden's statement", "a statement by / from
    X", or the subject of the verb that issues it ("X issued a statement", "X said in a
    statement")."""
    owners = [c for c in children_of(noun) if c.dep_ == "poss"]
    owners += [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ in {"by", "from"} for o in children_of(p) if o.dep_ == "pobj"]
    # "a court document filed by the state attorney"
    owners += [o for v in children_of(noun) if v.dep_ == "acl" and v.tag_ == "VBN"
               for a in children_of(v) if a.dep_ == "agent" for o in children_of(a) if o.dep_ == "pobj"]
    if owners:
        return owners
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "through", "via", "during", "at"}:
        head = head.head
    elif noun.dep_ not in {"dobj", "nsubjpass"} or head.lemma_.lower() not in ISSUE_VERBS:
        return []
    if head.pos_ in {"VERB", "AUX"} and head.i != noun.i:
        return speaker_tokens(head)
    return []


def _according_to(tok: Token) -> Token | None:
    for child in children_of(tok):
        if child.dep_ == "prep" and child.lower_ == "according":
            for p in children_of(child):
                if p.dep_ == "prep" and p.lower_ == "to":
                    objs = [o for o in children_of(p) if o.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    return None


def _finite(clause: Token) -> bool:
    return clause.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
        c.dep_ in {"aux", "auxpass", "mark"} and c.lower_ != "to" for c in children_of(clause)
    )


def _is_content(tok: Token, cue: Token, prev: Token | None = None) -> bool:
    """Is `tok` (a child of the cue verb on the path up) the cue's reported content?"""
    dep = tok.dep_
    lemma = cue.lemma_.lower()
    if dep in {"ccomp", "parataxis"}:
        if lemma in FINITE_CUES and not _finite(tok):
            return False  # "heard the crowd hurl epithets": perceived, not claimed
        lo, hi = sorted((tok.i, cue.i))
        if any(t.text == ";" and t.head.i in {tok.i, cue.i} for t in doc_tokens(tok.doc)[lo:hi]):  # (listed: no new tokens)
            return False  # "Leaders denounce the test; others vow consequences": two clauses
        return True
    if dep == "xcomp":
        return lemma in XCOMP_CUES
    if dep == "conj":
        # "said X, but that Y": a second complement clause, coordinated with the verb
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok))
    if dep == "dobj":
        # "mentions policies she supported": a clause on the object is part of the claim.
        return lemma in DOBJ_CUES and prev is not None and prev.dep_ in {"relcl", "acl"} and prev.head.i == tok.i
    if dep == "advcl":
        marks = {c.lower_ for c in children_of(tok) if c.dep_ in {"mark", "advmod"}}
        if marks & ADJUNCT_MARKS:
            return False
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)):
            # "urged Kabul to ..." parsed as a purpose clause; but "called a meeting to
            # discuss ..." is one ("call" asks only "on" / "for" someone)
            asks = [c for c in children_of(cue) if c.dep_ == "prep"] + [c for c in children_of(tok) if c.dep_ == "mark"]
            if lemma == "call" and not any(c.lower_ in {"on", "upon", "for"} for c in asks):
                return False
            return lemma in XCOMP_CUES
        return False
    return False


def _parenthetical(tok: Token) -> Token | None:
    """A reporting verb inserted in or after the clause it reports, parsed as the clause's
    child (or its auxiliary's): "The army, he said, attacked ...", "Freeing him, he promised,
    was ...", "This includes a special force, Ash Carter told a Senate panel."."""
    doc = tok.doc
    owners = [tok, *(c for c in children_of(tok) if c.dep_ in {"aux", "auxpass"})]
    for c in (c for o in owners for c in children_of(o)):
        if c.dep_ not in {"parataxis", "ccomp", "conj"} or c.pos_ not in {"VERB", "AUX"} or not is_speech_verb(c):
            continue
        if c.dep_ == "conj" and any(g.dep_ == "cc" for g in children_of(tok) if tok.i < g.i < c.i):
            continue  # "attacked the town and said ...": the speaker's own second act
        objects = {"ccomp", "xcomp", "mark", "neg"} | ({"dobj"} if c.lemma_.lower() not in ADDRESSEE_CUES else set())
        if any(g.dep_ in objects for g in children_of(c)):
            continue  # the speech verb has content of its own
        left = c.left_edge.i
        opener = doc[left] if doc[left].is_punct else (doc[left - 1] if left > 0 else None)
        if c.right_edge.i - left > 12 or opener is None or opener.text not in {",", "—", "–", "-", "--", "”", "''", '"'}:
            continue  # not set off as an aside: ", he said," / ", police said."
        if any(g.dep_ == "nsubj" for g in children_of(c)):
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
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(tok))
    )


def find_speech(verb: Token) -> Speech | None:
    """The reporting verb governing `verb` (or an 'according to' phrase), if any."""
    found = _find_speech(verb)
    if found is not None and found.cue != "according to":
        # "He told them she should step aside, according to numerous sources": a sentence's
        # "according to" is the source of everything in it.
        return _sentence_according(verb) or found
    return found or _sentence_according(verb)


def _find_speech(verb: Token) -> Speech | None:
    tok = verb
    prev: Token | None = None
    that_clause = False
    fallback: Speech | None = None
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
            return fallback
        if _aside(tok) or not _same_paragraph(tok, head):
            # "..., not to pardon Hillary Clinton, who has not been charged"; and no claim
            # runs over a paragraph break (a parse may join two paragraphs).
            return fallback
        if tok.dep_ in {"acl", "ccomp"} and head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in SPEECH_NOUNS:
            owners = noun_owners(head)
            if owners and tok.tag_ == "VBG":
                # "tweets criticizing Machado": the criticism is the tweets' owner's act; a
                # reporting verb above may report it ("She says Trump's tweets accusing ...").
                fallback = fallback or Speech(head, head.lemma_.lower(), tuple(owners))
            elif owners:
                return Speech(head, head.lemma_.lower(), tuple(owners))
            # "... with the argument that ...": no owner named; a reporting verb above may
            # still report the whole clause.
        if tok.dep_ in {"pcomp", "pobj"} and head.dep_ == "prep" and head.lower_ in PREP_CUES:
            owner = head.head
            cue = owner if owner.pos_ in {"VERB", "AUX"} else owner.head
            if _verbal(cue) and cue.lemma_.lower() in PREP_CUES[head.lower_]:
                speakers = speaker_tokens(cue)
                if speakers:  # not "was charged with killing ...": no accuser named
                    return Speech(cue, cue.lemma_.lower(), tuple(speakers))
        if tok.dep_ in {"acl", "ccomp", "relcl"} and head.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok)):
            that_clause = True  # "told X in a conversation that ...": a misattached complement
        # (not negated: "would not say whether ..."; tested after the cue, which most heads are not)
        if is_cue_verb(head) and not any(c.dep_ == "neg" for c in children_of(head)) and (
                _is_content(tok, head, prev) or (that_clause and tok.dep_ in {"prep", "dobj", "dative"})):
            if prev is not None and prev.i == verb.i and tok.dep_ == "ccomp" and _coordinated_with_cue(prev, head):
                return fallback
            speakers = tuple(speaker_tokens(head))
            if speakers:  # else "was told to ...", "it was reported that ...": go on up
                found = Speech(head, head.lemma_.lower(), speakers)
                if is_speech_verb(head):
                    return found
                # A thought, finding or demand ("believe", "show", "urge"): a reporting verb
                # above it is the original source ("Democrats say the revelations show
                # that ...", "the ministry announced that X had tools to encourage ...").
                fallback = fallback or found
        # Not reported content of this verb (its subject, object, an adjunct, or a verb
        # coordinated with it): go on up; a higher cue may still report the whole clause.
        prev = tok
        tok = head
    return fallback


def _sentence_according(verb: Token) -> Speech | None:
    """"According to X" set off at the start or the end of the sentence speaks for the whole
    sentence, wherever the parse attached it."""
    if "according" not in doc_words(verb.doc):
        return None
    start, end = sent_bounds(verb)  # (`verb.sent`, cheaper; its listed tokens)
    words = [t for t in doc_tokens(verb.doc)[start:end] if not t.is_space]
    for k, tok in enumerate(words[:-1]):
        if tok.lower_ != "according" or words[k + 1].lower_ != "to":
            continue
        objs = [o for o in children_of(words[k + 1]) if o.dep_ == "pobj"]
        if not objs:
            return None
        after = [t for t in words if t.i > objs[0].right_edge.i]
        lead = [t for t in words[:k] if not t.is_punct]
        initial = not lead and bool(after) and after[0].text == ","
        final = k > 0 and words[k - 1].text == "," and all(t.is_punct for t in after)
        if initial or final:
            return Speech(tok, "according to", (objs[0],))
        return None
    return None


def _aside(tok: Token) -> bool:
    """A relative clause set off by a comma after a name ("Hillary Clinton, who has not
    been charged ..."): the writer's description of the person, not part of a claim that
    merely mentions them."""
    if tok.dep_ != "relcl":
        return False
    if tok.head.dep_ == "appos":
        return True  # "the Hyde Amendment, a federal provision that prohibits ..."
    first = tok.left_edge
    return tok.head.pos_ == "PROPN" and first.i > 0 and tok.doc[first.i - 1].text == ","
