"""Who claims an event: reporting verbs, "according to", direct quotes and their speakers.

`DocAttributor` holds one document's quotes, transcript turns and the speakers found for
them, so that a quote split over several sentences or paragraphs, or a speaker who goes on
after the closing mark, keeps its speaker. Actor resolution is passed in as a function: this
stage decides *who spoke*, the actor stage decides *what that speaker is*. A speaker that
does not resolve to an actor is kept as written: the claim's source is never dropped.

Order of the rules for one event:
1. a transcript turn ("PENCE: Gennifer Flowers will not be attending ..."): the label;
2. inside a direct quote: a reporting verb outside the marks that governs the event
   (`X said: "..."` parsed as one clause), else the quote's speaker (below);
3. a governing reporting verb, speech noun or "according to" (`find_speech`);
4. a first-person sentence going on right after a quote, with no new speaker.

A quote's speaker is the speech verb nearest to its marks (`"...," said X`, `"...," X said`,
`X said: "..."`, `X said:` ending the sentence before; any verb before a colon that opens
the quote, "X called them on it: "...""); else, for a quote left open at the
end of its paragraph, the speaker of the quote that goes on in the next paragraph; else the
latest speaker named shortly before it (a speaker going on in a new quote).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..parse.spans import children_of, doc_tokens, sent_bounds
from ..records import Actor, Attribution
from .quotes import QuoteSpan, find_quotes
from .speech import DOCUMENT_NOUNS, QUOTE_CUES, find_speech, is_speech_verb, noun_owners, speaker_tokens

__all__ = ["DocAttributor", "Turn", "find_turns"]

FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
#: Subjects of a sentence in which a quoted speaker may go on without quotation marks.
GOING_ON = frozenset({"i", "we", "you", "they"})
#: Characters a quote's speaker may be found from its marks, and a new quote from the last one.
NEAR_QUOTE = 300
#: Tokens between a quote's mark and its speech verb (or the verb's subject).
NEAR_MARK = 30

# "WALLACE: ...", "Sen. Ted Cruz: ...", optionally after an opening quotation mark.
_LABEL = re.compile(r"^[ \t]*[\"“]?[ \t]*((?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]+(?=\S)", re.M)
#: Words that start labels that are not speakers ("Editor's note:", "UPDATE:", "The Latest:").
_NOT_SPEAKERS = frozenset(
    """the this that these those a an he she it they we i you his her its our their my your
    there here and but or so yet then now watch read see note update updated correction
    corrections breaking related poll polls report reports contributing source sources photo
    photos video videos editor editor's editor’s transcript byline wow more also still live
    exclusive analysis opinion review question answer summary bottom key fact facts claim
    verdict twitter facebook instagram youtube tweet tags tag topics warning caution
    disclosure disclaimer credit credits file advertisement sponsored result results
    clarification programming schedule
    background context why what how when where who which day week today tonight tomorrow
    yesterday morning evening afternoon monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december""".split()
)


@dataclass(frozen=True)
class Turn:
    """A transcript turn: the text after a speaker label, to the end of its line."""

    label_start: int
    label_end: int
    start: int
    end: int


def find_turns(parsed: Doc, text: str, known: Callable[[Token], bool] | None = None) -> list[Turn]:
    """Lines that open with a speaker's name and a colon: "PENCE: Well, look, ...",
    "Bernie Sanders: ...". The name is all capitals (a transcript), or proper nouns that name
    a person or group, or an actor the actor stage knows (`known`); labels that name a section ("UPDATE:", "Editor's
    note:", "The Latest:") are not speakers."""
    turns = []
    for m in _LABEL.finditer(text):
        label = m.group(1)
        words = label.replace(".", " ").split()
        if not any(len(w) > 1 for w in words) or words[0].lower() in _NOT_SPEAKERS:
            continue
        if any(w.lower() in _NOT_SPEAKERS for w in words[1:]):
            continue
        span = parsed.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None:
            continue
        toks = [t for t in span if t.is_alpha]
        all_caps = all(w.isupper() for w in words if any(ch.isalpha() for ch in w))
        if not toks or not (all_caps or all(t.pos_ == "PROPN" for t in toks)):
            continue
        if not all_caps and not (known is not None and known(span.root)) and span.root.ent_type_ not in {"PERSON", "ORG", "NORP"}:
            continue  # a headline "Stealth Over Health: ..." names no speaker
        end = text.find("\n", m.end())
        turns.append(Turn(m.start(1), m.end(1), m.end(), len(text) if end < 0 else end))
    return turns


class DocAttributor:
    def __init__(self, parsed: Doc, text: str, resolve: Callable[[Sequence[Token]], list[Actor]]):
        self.parsed = parsed
        self.text = text
        self.resolve = resolve
        self.quotes: list[QuoteSpan] = find_quotes(text)
        self.turns: list[Turn] = find_turns(parsed, text, lambda head: any(a.code or a.country or a.wikidata for a in resolve([head])))
        #: Speaker of each quote (by start offset), once looked up; None when unattributed.
        self.quote_speakers: dict[int, tuple[Actor, str] | None] = {}
        #: Whether each sentence (by its first token) has a main subject "I", "we", "you" or "they".
        self._going_on: dict[int, bool] = {}
        self._in_quote = [False] * len(parsed)
        for q in self.quotes:
            for tok in _tokens_between(parsed, q.start, q.end):
                self._in_quote[tok.i] = True

    # -- public -----------------------------------------------------------------------------
    def attribute(self, verb: Token) -> Attribution | None:
        start, end = verb.idx, verb.idx + len(verb.text)
        turn = next((t for t in self.turns if t.start <= start and end <= t.end), None)
        if turn is not None:
            return Attribution(self._turn_speaker(turn), "say", self.text[turn.start:turn.end].strip(), True)
        speech = find_speech(verb)
        quote = next((q for q in self.quotes if q.contains(start, end)), None)
        if quote is not None:
            quoted = self.text[quote.start:quote.end].strip()
            if speech is not None and speech.speakers and not self._in_quote[speech.verb.i] and self._one_statement(verb, speech.verb):
                return Attribution(self._actor(speech.speakers), speech.cue, quoted, True)
            speaker = self._quote_speaker(quote)
            if speaker is not None:
                actor, cue = speaker
                return Attribution(actor, cue, quoted, True)
        if speech is None and quote is None:
            return self._first_person_continuation(verb)
        if speech is None or not speech.speakers:
            return None
        return Attribution(self._actor(speech.speakers), speech.cue, None, False)

    def _one_statement(self, a: Token, b: Token) -> bool:
        """Outside quotation marks, no line break or sentence end between two tokens: a
        speech verb that governs a quoted event in the parse frames the quote itself."""
        lo, hi = sorted((a.i, b.i))
        for t in self.parsed[lo:hi]:
            if not self._in_quote[t.i] and ("\n" in t.text_with_ws or t.text in {".", "!", "?"}):
                return False
        return True

    # -- speakers ---------------------------------------------------------------------------
    def _actor(self, heads: Sequence[Token]) -> Actor:
        actors = self.resolve(heads)
        if actors:
            actor = actors[0]
            cut = actor.text.rfind("\n")
            if cut >= 0:  # a mention misparsed across a paragraph break
                actor.text = actor.text[cut + 1 :].strip()
                if actor.start >= 0:
                    actor.start = actor.end - len(actor.text)
            return actor
        # Keep an unresolved speaker as written, from its first word to its head: "Monika
        # Bickert" of "Monika Bickert, head of global policy at Facebook".
        head = heads[0]
        left = head.left_edge.i
        while left < head.i and ("\n" in head.doc[left].text or self._in_quote[left] or head.doc[left].is_punct):
            left += 1
        for i in range(head.i, left, -1):
            if "\n" in head.doc[i - 1].text_with_ws:
                left = i
                break
        span = head.doc[left : head.i + 1]
        return Actor(span.text, start=span.start_char, end=span.end_char)

    def _turn_speaker(self, turn: Turn) -> Actor:
        label = self.text[turn.label_start:turn.label_end]
        span = self.parsed.char_span(turn.label_start, turn.label_end, alignment_mode="expand")
        actor = None
        if span is not None:
            head = span.root
            if label.isupper():
                # "PENCE:" names someone written "Mike Pence" or "Pence" elsewhere.
                word = head.text.lower()
                same = next((t for t in self.parsed if t.lower_ == word and t.text != t.text.upper() and t.pos_ == "PROPN"), None)
                head = same if same is not None else head
            actors = self.resolve([head])
            actor = actors[0] if actors else None
        if actor is None:
            return Actor(label, start=turn.label_start, end=turn.label_end)
        actor.text, actor.start, actor.end = label, turn.label_start, turn.label_end
        return actor

    def _speech_speaker(self, verb: Token, inverted: bool = False) -> tuple[Actor, str] | None:
        heads = speaker_tokens(verb)
        if not heads and inverted:
            # `"...," read the email`: the speaker parsed as the object of the inverted verb
            heads = [c for c in children_of(verb) if c.dep_ in {"dobj", "attr"} and c.i > verb.i]
        heads = [h for h in heads if not self._in_quote[h.i]]
        if not heads:
            return None
        return self._actor(heads), verb.lemma_.lower()

    def _quote_speaker(self, quote: QuoteSpan) -> tuple[Actor, str] | None:
        if quote.start not in self.quote_speakers:
            self.quote_speakers[quote.start] = None  # guards against cycles
            found = self._adjacent_speaker(quote)
            if found is None and not quote.closed:
                # A quote of several paragraphs: the speaker is named at its last part.
                nxt = next((q for q in self.quotes if q.start > quote.end), None)
                if nxt is not None and nxt.start - quote.end < 5:
                    found = self._quote_speaker(nxt)
            if found is None:
                found = self._earlier_speaker(quote)
            self.quote_speakers[quote.start] = found
        return self.quote_speakers[quote.start]

    def _adjacent_speaker(self, quote: QuoteSpan) -> tuple[Actor, str] | None:
        """The speech verb nearest to the quote's marks, with its subject."""
        doc = self.parsed
        inside = _tokens_between(doc, quote.start, quote.end)
        if not len(inside):
            return None
        first, last = inside[0].i, inside[-1].i
        cands: list[tuple[int, Token]] = []
        # After the closing mark, to the end of the sentence or the next quote.
        end_sent = doc[last].sent
        after = [t for t in doc[last + 1 : end_sent.end] if t.idx >= quote.end]
        stretch = []
        for t in after:
            if self._in_quote[t.i] or "\n" in self.text[quote.end : t.idx]:
                break
            stretch.append(t)
        if not any(t.is_alpha for t in stretch) and end_sent.end < len(doc):
            # The quote ends its sentence: `"..." Trump said.` may be parsed as a new one
            # (in the same paragraph: a new paragraph starts a new statement).
            nxt = doc[end_sent.end].sent
            stretch = []
            for t in nxt[:8]:
                if self._in_quote[t.i] or "\n" in self.text[quote.end : t.idx]:
                    break
                stretch.append(t)
        source = _according_to_in(stretch)
        if source is not None:
            return self._actor([source]), "according to"
        for t in stretch:
            if _frames_quote(t):
                subj = [s.i for s in speaker_tokens(t)]
                cands.append((min([t.i - last, *[s - last for s in subj if s > last]]), t))
                break
        # Before the opening mark, in the same sentence; or a sentence ending in a colon.
        start_sent = doc[first].sent
        before = [t for t in doc[start_sent.start : first] if t.idx < quote.start - 1 and not self._in_quote[t.i]]
        breaks = [k for k, t in enumerate(before) if "\n" in t.text_with_ws]
        if breaks:
            # Across a line break only a lead-in ending in a colon ("Cruz continued:").
            lead = [t for t in before[: breaks[-1] + 1] if not t.is_space]
            before = lead if lead and lead[-1].text == ":" else before[breaks[-1] + 1 :]
        if not any(t.is_alpha for t in before) and start_sent.start > 0:
            prev = doc[start_sent.start - 1].sent
            tail = [t for t in prev if not t.is_space]
            if tail and tail[-1].text == ":":
                before = [t for t in prev if not self._in_quote[t.i]]
        for t in reversed(before):
            if _frames_quote(t):
                cands.append((first - t.i, t))
                break
        lead = [t for t in before if not t.is_space]
        if lead and lead[-1].text == ":":
            # "Cruz called them on it: “...”", "X released the following statement:".
            verb = lead[-1].head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in {"VERB", "AUX"} and not self._in_quote[verb.i]:
                cands.append((first - lead[-1].i, verb))
        for dist, verb in sorted(cands, key=lambda c: c[0]):
            if dist <= NEAR_MARK:
                found = self._speech_speaker(verb, inverted=verb.i > last)
                if found is not None:
                    return found
        return None

    def _earlier_speaker(self, quote: QuoteSpan) -> tuple[Actor, str] | None:
        """A quote with no speech verb at its marks, shortly after another quote or a
        reporting verb: the latest speaker named before it goes on."""
        earlier = [q for q in self.quotes if q.end <= quote.start and quote.start - q.end < NEAR_QUOTE]
        floor = earlier[-1].end if earlier else max(0, quote.start - NEAR_QUOTE)
        between = [t for t in _tokens_between(self.parsed, floor, quote.start) if not self._in_quote[t.i]]
        for t in reversed(between):
            if is_speech_verb(t):
                found = self._speech_speaker(t)
                if found is not None:
                    return found
        if earlier:
            return self._quote_speaker(earlier[-1])
        return None

    def _first_person_continuation(self, verb: Token) -> Attribution | None:
        """"We have no reason to work with them." right after a quoted speaker: the speaker
        goes on without quotation marks (common in translated text). Only sentences whose
        main subject is "I", "we", "you" or "they" ("he" and "she" narrate), close after the
        quote, with no other sentence with a reporting verb between."""
        # (the sentence's bounds and listed tokens: `verb.sent` walks the tree, and a span or
        # a slice of the document makes new token objects)
        start, end = sent_bounds(verb)
        tokens = doc_tokens(verb.doc)
        going_on = self._going_on.get(start)
        if going_on is None:
            going_on = self._going_on[start] = any(
                t.lower_ in GOING_ON and t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT" for t in tokens[start:end])
        if not going_on:
            return None  # a new named subject starts a new statement; "he" / "she" narrate
        start_char = tokens[start].idx
        earlier = [q for q in self.quotes if q.end <= start_char and start_char - q.end < 200]
        if not earlier:
            return None
        closing = _tokens_between(self.parsed, earlier[-1].start, earlier[-1].end)
        after_quote = sent_bounds(closing[-1])[1] if len(closing) else start
        if any(is_speech_verb(t) for t in tokens[after_quote:start]):
            return None
        speaker = self._quote_speaker(earlier[-1])
        if speaker is None:
            return None
        return Attribution(speaker[0], speaker[1], None, False)


def _frames_quote(tok: Token) -> bool:
    """A speech verb that can introduce or close a quote ("said", "added", "continued"), as
    a clause of its own (not "pledged delegates")."""
    return (tok.lemma_.lower() in QUOTE_CUES and (tok.pos_ in {"VERB", "AUX"} or is_speech_verb(tok))
            and tok.dep_ not in {"amod", "compound", "nmod", "npadvmod", "pobj", "dobj", "nsubj"})


def _according_to_in(tokens: Sequence[Token]) -> Token | None:
    """"...," according to X: the noun X (a document's author when it names one)."""
    for a, b in zip(tokens, tokens[1:]):
        if a.lower_ == "according" and b.lower_ == "to":
            objs = [o for o in children_of(b) if o.dep_ == "pobj"]
            if objs:
                owners = noun_owners(objs[0]) if objs[0].lemma_.lower() in DOCUMENT_NOUNS else []
                return owners[0] if owners else objs[0]
    return None


def _tokens_between(doc: Doc, start: int, end: int) -> Span:
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return span if span is not None else doc[0:0]
