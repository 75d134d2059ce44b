"""Find quoted stretches of a document, in straight or curly quotation marks.

Quotes may run over several sentences, and machine-translated text often has unbalanced
marks. Curly quotes pair an opening mark with the next closing one. A closing mark with no
opening one closes a quote that began after the previous closing mark; if the stretch in
between opens with an attribution ("..., said X. Because ...") the quote starts at the
sentence after it. Straight quotes toggle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quotes"]

OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
_BOUNDARY = re.compile(r"[.!?]\s+")
_ATTRIBUTION = re.compile(r"\b(said|says|say|told|tells|added|adds|stressed|wrote|according|asked|declared|noted)\b", re.I)


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the first character inside the marks
    end: int  # offset just past the last character inside the marks

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def find_quotes(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    straight_open: int | None = None
    last_close = 0
    for i, ch in enumerate(text):
        if ch in OPEN_MARKS:
            open_at = i + 1
        elif ch in CLOSE_MARKS:
            begin = open_at if open_at is not None else _resume(text, last_close, i)
            if i > begin:
                spans.append(QuoteSpan(begin, i))
            open_at = None
            last_close = i + 1
        elif ch == STRAIGHT:
            if straight_open is None:
                straight_open = i + 1
            else:
                if i > straight_open:
                    spans.append(QuoteSpan(straight_open, i))
                straight_open = None
    if open_at is not None:  # unclosed opening mark: quote runs to the end of its paragraph
        end = text.find("\n", open_at)
        spans.append(QuoteSpan(open_at, len(text) if end < 0 else end))
    return _merge(sorted(spans, key=lambda s: s.start))


def _merge(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    for span in spans:
        if out and span.start <= out[-1].end:
            out[-1] = QuoteSpan(out[-1].start, max(out[-1].end, span.end))
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
