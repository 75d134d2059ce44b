"""Reporting verbs: "X said / told Y / stressed / wrote that ...", and "according to X".

`find_speech(verb)` walks up from an event predicate to the nearest governing reporting verb
and returns its speaker token(s) and cue. Reporting verbs are not events by themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

__all__ = ["SPEECH_CUES", "Speech", "find_speech", "is_speech_verb", "speaker_tokens"]

#: Verb lemmas that report speech or writing without adding PLOVER content.
SPEECH_CUES = frozenset(
    """say tell state announce stress emphasize emphasise add write claim note insist declare
    explain assert argue confirm reiterate remark tweet post report disclose reveal mention
    comment observe point underline underscore recall acknowledge admit maintain suggest
    believe think estimate predict hint indicate inform assure testify deny""".split()
)
#: Verbs of accusing: the act they accuse someone of is an event claimed by the accuser.
ACCUSATION_CUES = frozenset({"accuse", "blame", "charge", "condemn", "criticize", "criticise", "denounce", "fault", "suspect"})
#: Nouns of speech whose clause reports what someone said ("Biden's announcement that ...").
SPEECH_NOUNS = frozenset(
    """announcement statement remark remarks claim assertion declaration warning pledge promise
    report comment comments admission insistence assurance""".split()
)


@dataclass(frozen=True)
class Speech:
    verb: Token
    cue: str
    speakers: tuple[Token, ...]


def is_speech_verb(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in SPEECH_CUES


def speaker_tokens(verb: Token) -> list[Token]:
    subs = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "conj" and not subs:
        subs = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subs:
        # A misparse gives the reported clause two subjects and the speech verb none
        # ("The Prime Minister, in his statement that the country wants ..., stressed").
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            extra = [c for c in clause.children if c.dep_ == "nsubj"]
            if len(extra) > 1:
                subs = [extra[0]]
    return subs


def _according_to(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for p in child.children:
                if p.dep_ == "prep" and p.lower_ == "to":
                    objs = [o for o in p.children if o.dep_ == "pobj"]
                    if objs:
                        return objs[0]
    return None


def find_speech(verb: Token) -> Speech | None:
    """The reporting verb governing `verb` (or an 'according to' phrase), if any."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in {"of", "for"}:
        owner = verb.head.head
        accuser = owner if owner.pos_ == "VERB" else owner.head
        if accuser.lemma_.lower() in ACCUSATION_CUES:
            return Speech(accuser, accuser.lemma_.lower(), tuple(speaker_tokens(accuser)))
    tok = verb
    for _ in range(10):
        src = _according_to(tok)
        if src is not None:
            return Speech(tok, "according to", (src,))
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and head.lemma_.lower() in SPEECH_NOUNS:
            owners = [c for c in head.children if c.dep_ == "poss"]
            owners += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
            if owners:
                return Speech(head, head.lemma_.lower(), tuple(owners))
            return None
        if is_speech_verb(head):
            if tok.dep_ in {"conj", "nsubj", "nsubjpass", "csubj"}:
                return None  # "said X and attacked Y": the attack is the speaker's own act
            return Speech(head, head.lemma_.lower(), tuple(speaker_tokens(head)))
        if tok.dep_ == "csubj" or (tok.dep_ == "relcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            return None  # a finite relative clause describes, it does not report
        tok = head
    return None
