"""Speaker attribution on the PolNeAR dev split (../shared/data/dev/polnear/dev).

Gold: brat standoff files in ``attributions/`` (one per article and annotator); each
``E`` relation links a Cue, a Content (and sometimes a second part, ``Content2``) and,
unless it is an ``Attribution-no-source``, a Source. Offsets are character offsets into the
*whole* text file, headline line included, so each article is coded as one document with
the file text unchanged (no date). Spans may be discontinuous (``"315 448;463 553"``): every
fragment is used. Two dev articles have six annotators; the alphabetically first annotation
file is used, so each article counts once.

Metric ("for each gold Content span that contains a coded event, is the event's speaker the
gold Source?"): an event is *in content* when its trigger ``evidence.char_start..char_end``
lies inside a Content fragment; inside several (nested), the shortest fragment wins.
Events in content whose attribution has a Source are scored:

- true positive: the event has an attribution and either the speaker mention offsets
  (``attribution.speaker.start/end``) overlap a gold Source fragment, or the speaker's text
  or resolved ``name`` shares a content word with the gold Source text (lower-cased; stop
  words, pronouns and titles dropped; see ``bench/common.py``), so "he" resolved to
  "Michael Tanner" matches gold "Michael Tanner, an analyst";
- precision = TP / scored events with any attribution; recall = TP / scored events; F1.

Also reported: events in source-less Content (not scored), and events outside every Content
span that we attributed anyway (possible false attributions).

Limits: only events we code are scored (an uncoded verb in a quote costs nothing); a pronoun
gold Source ("he") matches only by offsets, so a correct speaker found at another mention
("Trump" for gold "he") counts as wrong; a shared surname counts as right ("Bill Clinton" for "Hillary
Clinton"); PolNeAR annotates attribution, not events, so "outside content" events may be
correctly attributed by a reporting phrase PolNeAR left unmarked.

Run: .venv/bin/python bench/attribution.py [--errors N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED, clip, command, overlaps, share_word  # noqa: E402

DEV = SHARED / "polnear" / "dev"
Spans = list[tuple[int, int]]


@dataclass
class GoldAttribution:
    rel_id: str
    content: Spans = field(default_factory=list)
    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)

    def source_text(self, text: str) -> str:
        return " … ".join(text[s:e] for s, e in self.source)


def parse_ann(path: Path) -> list[GoldAttribution]:
    """The attribution relations of one brat .ann file."""
    spans: dict[str, tuple[str, Spans]] = {}
    rels: list[tuple[str, dict[str, list[str]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            frags = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
            spans[parts[0]] = (label, [(f[0], f[1]) for f in frags])
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, _, target = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(target)
            rels.append((parts[0], roles))
    out = []
    for rel_id, roles in rels:
        def frags(role: str) -> Spans:
            return [f for t in roles.get(role, []) if t in spans for f in spans[t][1]]
        out.append(GoldAttribution(rel_id, frags("Content"), frags("Source"), frags("Cue")))
    return out


def load_articles() -> list[tuple[str, str, list[GoldAttribution]]]:
    """(article id, text, gold attributions), sorted by id."""
    anns: dict[str, Path] = {}
    for path in sorted((DEV / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rsplit("_", 1)[0], path)  # first annotator only
    out = []
    for art_id, ann in sorted(anns.items()):
        txt = DEV / "text" / f"{art_id}.txt"
        if txt.exists():
            out.append((art_id, txt.read_text(encoding="utf-8"), parse_ann(ann)))
    return out


def innermost(start: int, end: int, gold: list[GoldAttribution]) -> GoldAttribution | None:
    best: tuple[int, GoldAttribution] | None = None
    for att in gold:
        for s, e in att.content:
            if s <= start and end <= e and (best is None or e - s < best[0]):
                best = (e - s, att)
    return best[1] if best else None


def run(errors: int = 0, coder: object | None = None) -> list[str]:
    """Markdown lines with the results (and up to ``errors`` examples per error kind)."""
    if not (DEV / "attributions").is_dir() or not (DEV / "text").is_dir():
        return [f"- Speaker attribution: **skipped**, PolNeAR dev split not found at `{DEV}`."]
    from eventcoder.pipeline import Coder
    from eventcoder.records import Document

    articles = load_articles()
    coder = coder or Coder()
    docs = [Document(id=a, text=t, origin=f"polnear:{a}") for a, t, _ in articles]
    c: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}

    def note(kind: str, text: str) -> None:
        c[kind] += 1
        if len(examples.setdefault(kind, [])) < errors:
            examples[kind].append(text)

    for (art_id, text, gold), result in zip(articles, coder.code_documents(docs)):
        if result.reject is not None:
            c["rejected articles"] += 1
            continue
        c["gold relations"] += len(gold)
        for ev in result.events:
            c["events"] += 1
            ev_s, ev_e = ev.evidence.char_start, ev.evidence.char_end
            att = innermost(ev_s, ev_e, gold)
            sp = ev.attribution.speaker if ev.attribution else None
            where = f"{art_id} @{ev_s} `{ev.evidence.trigger}` ({ev.cameo_code}) in “{clip(ev.sentence)}”"
            if att is None:
                c["outside content"] += 1
                if sp is not None:
                    note("attributed outside content", f"{where}: speaker `{sp.text}` (cue {ev.attribution.cue})")
                continue
            if not att.source:
                c["in source-less content"] += 1
                c["in source-less content, attributed"] += sp is not None
                continue
            c["scored"] += 1
            gsrc = att.source_text(text)
            if sp is None:
                note("missed (no attribution)", f"{where}: gold source `{gsrc}`")
                continue
            c["attributed"] += 1
            by_offset = sp.start >= 0 and any(overlaps((sp.start, sp.end), f) for f in att.source)
            if by_offset or share_word(sp.text, gsrc) or share_word(sp.name or "", gsrc):
                c["tp"] += 1
                c["tp by offset"] += by_offset
            else:
                note("wrong speaker", f"{where}: speaker `{sp.text}` @{sp.start}, gold source `{gsrc}` @{att.source[0][0]}")
    tp, n, att_n = c["tp"], c["scored"], c["attributed"]
    p = tp / att_n if att_n else 0.0
    r = tp / n if n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    lines = [
        f"- Command: {command('attribution.py', errors=errors)}",
        f"- Articles: {len(articles)} (rejected: {c['rejected articles']}); gold attribution relations: {c['gold relations']}; coded events: {c['events']}.",
        f"- Events with the trigger inside a Content span that has a Source (scored): {n}; with an attribution: {att_n}.",
        f"- True positives: {tp} ({c['tp by offset']} by mention offsets, {tp - c['tp by offset']} by a shared word only).",
        f"- **Attribution precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f}** (target F1 ≥ 0.75).",
        f"- Missed (in content, no attribution): {c['missed (no attribution)']}; wrong speaker: {c['wrong speaker']}.",
        f"- Events in source-less Content (not scored): {c['in source-less content']}, of which attributed: {c['in source-less content, attributed']}.",
        f"- Events outside every Content span: {c['outside content']}, of which attributed (possible false attributions): {c['attributed outside content']}.",
    ]
    for kind in ("wrong speaker", "missed (no attribution)", "attributed outside content"):
        if examples.get(kind):
            lines += ["", f"Examples, {kind}:", "", *[f"  - {x}" for x in examples[kind]]]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print up to N examples per error kind")
    args = ap.parse_args()
    if not DEV.is_dir():
        print(f"PolNeAR dev split not found at {DEV}; nothing to benchmark.")
        return
    print("## Speaker attribution (PolNeAR dev)\n")
    print("\n".join(run(args.errors)))


if __name__ == "__main__":
    main()
