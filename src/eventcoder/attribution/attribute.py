"""Who claims an event: reporting verbs, "according to", direct quotes and their speakers.

`DocAttributor` holds one document's quotes and the speakers found for them, so that a
quote split over several sentences, or a speaker who goes on after the closing mark, keeps
its speaker. Actor resolution is passed in as a function: this stage decides *who spoke*,
the actor stage decides *what that speaker is*.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from ..records import Actor, Attribution
from .quotes import QuoteSpan, find_quotes
from .speech import find_speech, is_speech_verb, speaker_tokens

__all__ = ["DocAttributor"]

FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})


class DocAttributor:
    def __init__(self, parsed: Doc, text: str, resolve: Callable[[Sequence[Token]], list[Actor]]):
        self.parsed = parsed
        self.text = text
        self.resolve = resolve
        self.quotes: list[QuoteSpan] = find_quotes(text)
        #: Speaker of each quote (by start offset), once looked up; None when unattributed.
        self.quote_speakers: dict[int, tuple[Actor, str] | None] = {}

    def attribute(self, verb: Token) -> Attribution | None:
        speech = find_speech(verb)
        quote = next((q for q in self.quotes if q.contains(verb.idx, verb.idx + len(verb.text))), None)
        if quote is not None:
            speaker = self._quote_speaker(quote)
            if speaker is not None:
                actor, cue = speaker
                return Attribution(actor, cue, self.text[quote.start:quote.end].strip(), True)
        if speech is None and quote is None:
            return self._first_person_continuation(verb)
        if speech is None or not speech.speakers:
            return None
        actors = self.resolve(speech.speakers)
        if not actors:
            # Keep an unresolved speaker as written: the claim's source is never dropped.
            head = speech.speakers[0]
            span = head.doc[head.left_edge.i : head.right_edge.i + 1]
            actors = [Actor(span.text, start=span.start_char, end=span.end_char)]
        return Attribution(actors[0], speech.cue, None, False)

    def _quote_speaker(self, quote: QuoteSpan) -> tuple[Actor, str] | None:
        """The speaker of a quote: a reporting verb outside the marks in the quote's first
        sentence or the one after it; else, for a quote that follows an attributed one
        closely (the same speaker going on), that quote's speaker."""
        if quote.start not in self.quote_speakers:
            found = self._nearby_speaker(quote)
            if found is None:
                earlier = [q for q in self.quotes if q.end <= quote.start and quote.start - q.end < 300]
                if earlier:
                    found = self._quote_speaker(earlier[-1])
            self.quote_speakers[quote.start] = found
        return self.quote_speakers[quote.start]

    def _first_person_continuation(self, verb: Token) -> Attribution | None:
        """"We have no reason to work with them." right after a quoted speaker: the speaker
        goes on without quotation marks (common in translated text). Only sentences whose
        subject is a pronoun, close after the quote, with no reporting verb between."""
        sent = verb.sent
        if not any(t.pos_ == "PRON" and t.dep_ in {"nsubj", "nsubjpass"} for t in sent):
            return None  # a new named subject starts a new statement
        earlier = [q for q in self.quotes if q.end <= sent.start_char and sent.start_char - q.end < 200]
        if not earlier:
            return None
        between = self.text[earlier[-1].end : sent.start_char]
        if any(w in between.lower() for w in (" said", " says", " told")):
            return None
        speaker = self._quote_speaker(earlier[-1])
        if speaker is None:
            return None
        return Attribution(speaker[0], speaker[1], None, False)

    def _nearby_speaker(self, quote: QuoteSpan) -> tuple[Actor, str] | None:
        sents = list(self.parsed.sents)
        first = next((i for i, s in enumerate(sents) if s.start_char <= quote.start < s.end_char + 1), None)
        if first is None:
            return None
        for s in sents[first : first + 2]:
            for tok in s:
                if is_speech_verb(tok) and not quote.contains(tok.idx, tok.idx + len(tok.text)):
                    heads = speaker_tokens(tok)
                    actors = self.resolve(heads)
                    if actors:
                        return actors[0], tok.lemma_.lower()
        return None
