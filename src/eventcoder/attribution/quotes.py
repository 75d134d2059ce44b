"""Find quoted stretches of a document, in straight or curly quotation marks.

Quotes may run over several sentences, and machine-translated text often has unbalanced
marks. Curly quotes pair an opening mark with the next closing one; mixed marks pair too
(“We will win," / "We will win,” he said). A closing mark with no opening one closes a
quote that began after the previous closing mark, in the same paragraph; if the stretch in
between opens with an attribution ("..., said X. Because ...") the quote starts at the
sentence after it. Straight quotes (`"`, and `''` as in some wire and newspaper text)
toggle. A quote left open at the end of a paragraph ends there when the next paragraph
opens a new quote (a quote of several paragraphs, or a transcript whose turns each open
with a mark), and a straight one also at a blank line; such a quote has `closed` false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quotes"]

OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
_SPACE = re.compile(r"\s*")
#: What `find_quotes` looks at: a mark (two apostrophes are one), or a line break.
_MARKS = re.compile("''|[" + re.escape(OPEN_MARKS + CLOSE_MARKS + STRAIGHT) + "\n]")
_BOUNDARY = re.compile(r"[.!?]\s+")
_ATTRIBUTION = re.compile(r"\b(said|says|say|told|tells|added|adds|stressed|wrote|according|asked|declared|noted)\b", re.I)


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the first character inside the marks
    end: int  # offset just past the last character inside the marks
    #: False when the quote has no closing mark: it ran to the end of its paragraph (a quote
    #: that goes on in the next paragraph, which opens with a new mark, or a stray mark).
    closed: bool = True

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def find_quotes(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    straight_open: int | None = None
    last_close = 0
    for mark in _MARKS.finditer(text):  # (only marks and line breaks matter: skip the rest)
        i = mark.start()
        ch = text[i]
        width = mark.end() - i
        if ch in OPEN_MARKS:
            open_at = i + 1
        elif ch in CLOSE_MARKS:
            if open_at is not None:
                begin = open_at
            elif straight_open is not None:  # mixed marks: "We will win,” he said
                begin, straight_open = straight_open, None
            else:  # no opening mark: not before the start of the paragraph
                begin = _resume(text, max(last_close, text.rfind("\n", 0, i) + 1), i)
            if i > begin:
                spans.append(QuoteSpan(begin, i))
            open_at = None
            last_close = i + 1
        elif (ch == STRAIGHT or width == 2) and open_at is not None and straight_open is None:
            # mixed marks: “We will win," he said
            if i > open_at:
                spans.append(QuoteSpan(open_at, i))
            open_at = None
            last_close = i + width
        elif ch == STRAIGHT or width == 2:
            if straight_open is None:
                straight_open = i + width
            else:
                if i > straight_open:
                    spans.append(QuoteSpan(straight_open, i))
                straight_open = None
                last_close = i + width
        elif ch == "\n" and (open_at is not None or straight_open is not None):
            # A quote does not run on into the next paragraph without a new opening mark
            # (the convention for quotes of several paragraphs, and for transcripts where
            # each turn opens with a mark); a straight one also not over a blank line.
            gap = _SPACE.match(text, i + 1)
            nxt = gap.end() if gap else i + 1
            reopens = nxt < len(text) and (text[nxt] in OPEN_MARKS or text[nxt] == STRAIGHT or text.startswith("''", nxt))
            blank = "\n" in text[i + 1 : nxt]
            if open_at is not None and reopens:
                if i > open_at:
                    spans.append(QuoteSpan(open_at, i, closed=False))
                open_at = None
            if straight_open is not None and (reopens or blank):
                if i > straight_open:
                    spans.append(QuoteSpan(straight_open, i, closed=False))
                straight_open = None
    if open_at is not None:  # unclosed opening mark: quote runs to the end of its paragraph
        end = text.find("\n", open_at)
        spans.append(QuoteSpan(open_at, len(text) if end < 0 else end, closed=False))
    if straight_open is not None:
        end = text.find("\n", straight_open)
        spans.append(QuoteSpan(straight_open, len(text) if end < 0 else end, closed=False))
    return _merge(sorted(spans, key=lambda s: s.start))


def _merge(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    for span in spans:
        if out and span.start <= out[-1].end:
            last = out[-1]
            closed = span.closed if span.end >= last.end else last.closed
            out[-1] = QuoteSpan(last.start, max(last.end, span.end), closed)
        else:
            out.append(span)
    return out


def _resume(text: str, after: int, close: int) -> int:
    """Where an unopened quote that closes at `close` most likely began."""
    segment = text[after:close]
    boundary = _BOUNDARY.search(segment)
    if boundary and boundary.end() < len(segment.rstrip()) and _ATTRIBUTION.search(segment[: boundary.start()]):
        return after + boundary.end()
    return after
