"""Trigger verbs the lexicon misses, counted over the silver event sentences
(../shared/data/dev/event_location_silver.jsonl: news sentences, each with its event's
trigger word marked).

For each sentence, coded on its own, a trigger is *missed* when no event we code has
an evidence span that contains it. The report lists the missed triggers' lemmas, most
frequent first, with example sentences: a work list for data/lexicon/verbs.yaml and
nouns.yaml, drawn from thousands of reports instead of one corpus. These sentences are
not scored by any accuracy figure in docs/benchmarks.md except the event-location one,
which asks the place stage about the same trigger whether or not we code it.

Run: .venv/bin/python bench/lexicon_gaps.py [--top N] [--examples K] [--every K]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
from common import SHARED  # noqa: E402

PATH = SHARED / "event_location_silver.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--every", type=int, default=1)
    args = ap.parse_args()
    if not PATH.exists():
        print(f"skipped: {PATH} is missing")
        return 0
    from eventcoder.pipeline import Coder
    from eventcoder.records import Document

    coder = Coder()
    rows = []
    with PATH.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n % args.every:
                continue
            rec = json.loads(line)
            verb = next((s for s in rec["spans"] if s["label"] == "VERB"), None)
            if verb is not None and verb["end"] > verb["start"]:
                rows.append((n, rec["text"], verb["start"], verb["end"]))
    docs = [Document(id=str(n), text=text, origin=f"silver:{n}") for n, text, _, _ in rows]
    parsed = coder.nlp.pipe([d.text for d in docs], batch_size=64)
    missed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    hit = 0
    for (n, text, start, end), doc, sp in zip(rows, docs, parsed):
        events = coder.code_parsed(doc, sp)
        tok = next((t for t in sp if t.idx <= start < t.idx + len(t.text)), None)
        lemma = tok.lemma_.lower() if tok is not None else text[start:end].lower()
        total[lemma] += 1
        if any(e.evidence.char_start <= start < e.evidence.char_end for e in events):
            hit += 1
            continue
        missed[lemma] += 1
        if len(examples[lemma]) < args.examples:
            examples[lemma].append(f"[{text[start:end]}] {text}")
    print(f"{len(rows)} sentences; trigger coded in {hit} ({hit / max(len(rows), 1):.3f}); missed {len(rows) - hit}")
    for lemma, k in missed.most_common(args.top):
        print(f"{lemma}\t{k}/{total[lemma]}")
        for ex in examples[lemma]:
            print("    ", ex[:220])
    return 0


if __name__ == "__main__":
    sys.exit(main())
