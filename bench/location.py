"""Event location on ../shared/data/dev/event_location_silver.jsonl (silver labels).

Each row is one sentence with a gold VERB span (the event trigger) and zero or more gold
LOCATION spans (where that event happened). Each sentence is coded as its own document,
without a date.

Our decision for a row: the location of our event whose evidence span
(``evidence.char_start..char_end``) contains the gold VERB's character span (preferring an
event whose trigger starts at the verb). If we code no event there, the place stage is
asked directly: the sentence is parsed with ``coder.nlp``, the token at the VERB's start
is passed to ``coder.places.event_location(token, countries)``, with the sentence's
country mentions as context (computed as the pipeline does). That is the place stage
only: fallbacks the pipeline adds on top of it (such as a place on the subject, "a court in
Kampala sentenced") are not applied to verbs we code no event on.

Correct when (a) gold has no LOCATION and we give none, or (b) gold has a LOCATION and our
``location.text``, normalised (lower case, no "the" or possessive, see ``bench/common.py``),
equals one gold LOCATION's text or one contains the other. A second, lenient figure also
counts (b) when the gold text resolves (``places.resolve_toponym``) to our GeoNames record.

Gold offsets: the VERB character offsets are all valid. Some 900 LOCATION spans carry
token indices in ``start``/``end`` (``start == end == token_start``); for those the span
is rebuilt from its ``text`` (spaCy tokens ``token_start..token_end`` when they spell it,
else the occurrence of the text nearest to that token). Rows whose spans cannot be
rebuilt are skipped and counted. Rows with two VERBs use the first.

With several gold LOCATIONs, matching any one is enough.

Limits: silver labels, with places missing on some rows; text comparison, so "the
Afghan capital" for gold "Kabul" fails the strict figure (the lenient one accepts it),
"Baghdad" for gold "Al-Bayaa" (a Baghdad district) fails both, and "Hama province" for
gold "Hama" passes by containment.

Run: .venv/bin/python bench/location.py [--every K] [--errors N]
(default: all 9,686 rows, about 2 minutes on 2 cores; ``--every 3`` scores rows 0, 3, 6, ….)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED, clip, command, norm_place  # noqa: E402

PATH = SHARED / "event_location_silver.jsonl"
DEFAULT_EVERY = 1


def fix_span(text: str, span: dict[str, Any], tokens: Any) -> tuple[int, int] | None:
    """Character offsets of a gold span, rebuilt from its text when the offsets are broken."""
    start, end, want = span["start"], span["end"], span.get("text") or ""
    if end > start and (not want or text[start:end] == want):
        return start, end
    if not want:
        return None
    ts, te = span["token_start"], span["token_end"]
    if te < len(tokens) and tokens[ts : te + 1].text == want:
        piece = tokens[ts : te + 1]
        return piece.start_char, piece.end_char
    near = tokens[min(ts, len(tokens) - 1)].idx if len(tokens) else 0
    hits = [i for i in range(len(text)) if text.startswith(want, i)]
    if not hits:
        return None
    best = min(hits, key=lambda i: (abs(i - near), i))
    return best, best + len(want)


def text_match(ours: str, gold: list[str]) -> bool:
    a = norm_place(ours)
    return bool(a) and any(b and (a == b or a in b or b in a) for b in map(norm_place, gold))


def sentence_countries(coder: Any, parsed: Any) -> list[str]:
    """The context countries the pipeline would use for this sentence (see Coder.code_parsed)."""
    from eventcoder.actors import DocMemory

    memory = DocMemory()
    coder.resolver.prepare(parsed, memory)
    return [m.actor.country for m in memory.mentions if m.kind == "country" and m.actor.country]


def run(every: int = DEFAULT_EVERY, errors: int = 0, coder: Any = None) -> list[str]:
    """Markdown lines with the results (and up to ``errors`` examples per error kind)."""
    if not PATH.exists():
        return [f"- Event location: **skipped**, `{PATH}` is missing."]
    from eventcoder.pipeline import Coder
    from eventcoder.records import Document

    coder = coder or Coder()
    all_rows = [json.loads(x) for x in PATH.read_text(encoding="utf-8").splitlines() if x.strip()]
    picked = list(enumerate(all_rows))[::every]
    c: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    items: list[tuple[int, str, tuple[int, int], list[str]]] = []
    for i, row in picked:
        text = row["text"]
        tokens = coder.nlp.tokenizer(text)
        verbs = [s for s in row["spans"] if s["label"] == "VERB"]
        locs = [fix_span(text, s, tokens) for s in row["spans"] if s["label"] == "LOCATION"]
        verb = fix_span(text, verbs[0], tokens) if verbs else None
        if verb is None or any(x is None for x in locs):
            c["skipped (unusable gold spans)"] += 1
            continue
        items.append((i, text, verb, [text[s:e] for s, e in locs if s is not None]))  # type: ignore[misc]

    docs = [Document(id=str(i), text=text, origin=f"location:{i}") for i, text, _, _ in items]
    for (i, text, (vs, ve), gold), result in zip(items, coder.code_documents(docs)):
        c["rows"] += 1
        on_verb = [e for e in result.events if e.evidence.char_start <= vs and ve <= e.evidence.char_end]
        on_verb.sort(key=lambda e: (e.evidence.char_start != vs, e.evidence.char_start))
        ours = basis = None
        if on_verb:
            c["event on verb"] += 1
            ours, basis = on_verb[0].location, "event"
        else:
            parsed = coder.nlp(text)
            tok = next((t for t in parsed if t.idx <= vs < t.idx + len(t.text)), None)
            found = coder.places.event_location(tok, sentence_countries(coder, parsed)) if tok is not None else None
            ours, basis = (found.location if found else None), "place stage"
        kind = "with gold location" if gold else "without gold location"
        c[kind] += 1
        if not gold:
            ok = lenient = ours is None
        elif ours is None:
            ok = lenient = False
        else:
            ok = text_match(ours.text, gold)
            lenient = ok or any(
                (g := coder.places.resolve_toponym(x)) is not None and g.geonames_id == ours.geonames_id
                for x in gold
            )
        c[f"correct {kind}"] += ok
        c["correct"] += ok
        c["lenient correct"] += lenient
        if not ok:
            err = ("none given" if ours is None else "wrong place") if gold else "spurious location"
            if len(examples.setdefault(err, [])) < errors:
                got = f"`{ours.text}` ({ours.country})" if ours else "∅"
                examples[err].append(f"row {i} verb `{text[vs:ve]}` [{basis}]: ours {got}, gold {gold or '∅'} — “{clip(text)}”")
            c[err] += 1

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.3f}" if b else "n/a"

    n, wg, ng = c["rows"], c["with gold location"], c["without gold location"]
    subset = "all rows" if every == 1 else f"every {every}th row (rows 0, {every}, {2 * every}, …)"
    lines = [
        f"- Command: {command('location.py', every=every if every != DEFAULT_EVERY else None, errors=errors)}",
        f"- Rows: {n} of {len(all_rows)} ({subset}); skipped for unusable gold spans: {c['skipped (unusable gold spans)']}.",
        f"- **Location accuracy: {pct(c['correct'], n)}** (target ≥ 0.70).",
        f"- Rows with a gold location: {pct(c['correct with gold location'], wg)} (none given: {c['none given']}, wrong place: {c['wrong place']}).",
        f"- Rows without a gold location: {pct(c['correct without gold location'], ng)} (spurious location: {c['spurious location']}).",
        f"- Lenient accuracy (gold text resolves to our GeoNames place also counts): {pct(c['lenient correct'], n)}.",
        f"- Rows where we coded an event on the gold verb: {pct(c['event on verb'], n)} (others use the place stage on the verb token).",
    ]
    for kind in ("wrong place", "none given", "spurious location"):
        if examples.get(kind):
            lines += ["", f"Examples, {kind}:", "", *[f"  - {x}" for x in examples[kind]]]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=DEFAULT_EVERY, help="score every K-th row (1: all)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N examples per error kind")
    args = ap.parse_args()
    if not PATH.exists():
        print(f"{PATH} not found; nothing to benchmark.")
        return
    print("## Event location (silver sentences)\n")
    print("\n".join(run(max(1, args.every), args.errors)))


if __name__ == "__main__":
    main()
