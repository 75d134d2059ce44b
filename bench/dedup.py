"""Event identity across reports, measured on our hand-written corpus (bench/dedup_corpus).

The corpus has 48 short articles reporting 15 events, each several times in other words,
with hard negatives (same dyad on another day, same day in another city, arrest vs release
of the same people). `gold.yaml` lists which sentence of which article mentions which event.

Method: ingest the corpus into a fresh store, match every gold mention to our mention in
the same article and sentence whose trigger equals it, else contains (or is contained in)
it, else shares a word with it (`_match`; our mentions in a fixed order: before session 4
the order came from an unordered SQL join and the figures could move by about 0.01 from
run to run),
then compare pairs of gold mentions:
- precision: of the pairs we put in one event (both matched), the share that gold puts in
  one event;
- recall: of the pairs gold puts in one event, the share we put in one event (a gold
  mention we did not code at all cannot be merged, so it costs recall).

Run: .venv/bin/python bench/dedup.py [CORPUS_DIR_NAME ...] [--all] [--explain]
(--explain prints, per gold event, what was coded in each of its sentences: for error
analysis on the tuning corpora only; never on a blind corpus.)
"""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

import duckdb
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "dedup_corpus"
sys.path.insert(0, str(ROOT / "src"))


def run(corpus: Path = CORPUS, label: str = "tuning corpus", explain: bool = False) -> list[str]:
    from eventcoder.ingest import ingest

    if not (corpus / "gold.yaml").exists():
        return [f"- {label.capitalize()}: **skipped**, `{corpus.relative_to(ROOT)}/gold.yaml` is missing."]
    gold = yaml.safe_load((corpus / "gold.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dedup.duckdb"
        summary = ingest([str(corpus / "articles.jsonl")], str(db), workers=1, batch_size=16)
        con = duckdb.connect(str(db), read_only=True)
        rows = con.execute(
            """SELECT m.doc_id, m.sentence_index, lower(m.trigger), e.event_key
               FROM mentions m JOIN (SELECT event_key, unnest(mention_ids) AS event_id FROM events) e
               USING (event_id) ORDER BY m.doc_id, m.sentence_index, m.event_id"""
        ).fetchall()
        detail = {}
        if explain:
            for doc, sent, trig, *rest in con.execute(
                """SELECT doc_id, sentence_index, lower(trigger), plover_type, cameo_code, source_codes,
                          target_codes, date_start, date_end, date_precision, location_name, negated, modality
                   FROM mentions"""
            ).fetchall():
                detail.setdefault((doc, sent), []).append((trig, *rest))
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]  # type: ignore[index]
        con.close()
    ours: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for doc, sent, trig, key in rows:
        ours.setdefault((doc, sent), []).append((trig, key))
    mentions: list[tuple[str, str | None]] = []  # (gold event, our event key)
    for ev in gold["events"]:
        for m in ev["mentions"]:
            key = _match(m["trigger"], ours.get((m["article"], m["sentence"]), []))
            mentions.append((ev["id"], key))
    tp = fp = fn = 0
    for (ga, ka), (gb, kb) in itertools.combinations(mentions, 2):
        same_gold = ga == gb
        same_ours = ka is not None and ka == kb
        tp += same_gold and same_ours
        fp += same_ours and not same_gold
        fn += same_gold and not same_ours
    matched = sum(1 for _, k in mentions if k is not None)
    # The merge alone: recall over the gold pairs whose two mentions we both coded.
    coded_pairs = [(ga == gb, ka == kb) for (ga, ka), (gb, kb) in itertools.combinations(mentions, 2)
                   if ka is not None and kb is not None and ga == gb]
    merge_recall = sum(ours for _, ours in coded_pairs) / len(coded_pairs) if coded_pairs else 0.0
    if explain:
        _explain(gold, ours, detail)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    n_events_gold = len(gold["events"])
    return [
        f"- {label.capitalize()}: `{corpus.relative_to(ROOT)}/` ({summary.documents} articles, {n_events_gold} events). "
        f"Command: `.venv/bin/python bench/dedup.py{'' if corpus == CORPUS else ' ' + corpus.name}`",
        f"- Ingested {summary.documents} articles into {n_events} events from {summary.mentions} mentions.",
        f"- Gold mentions coded (matched by article, sentence and trigger): {matched}/{len(mentions)}",
        f"- Same-event pairs: gold {tp + fn}, ours {tp + fp}, shared {tp}.",
        f"- **Pairwise precision {precision:.3f}, recall {recall:.3f}** (target ≥ 0.9 on both)",
        f"- Recall over the {len(coded_pairs)} gold pairs whose two mentions were both coded (the merge "
        f"without the coder's misses): {merge_recall:.3f}",
    ]


def _match(trigger: str, cands: list[tuple[str, str]]) -> str | None:
    """Our event key for a gold mention: among our mentions of its sentence (in a fixed
    order), the first whose trigger equals the gold one, else contains it or is contained
    in it, else shares a word with it."""
    trig = trigger.lower()
    for ok in (lambda t: t == trig, lambda t: trig in t or t in trig, lambda t: bool(set(t.split()) & set(trig.split()))):
        for t, k in cands:
            if ok(t):
                return k
    return None


def _explain(gold: dict, ours: dict, detail: dict) -> None:
    """Print, per gold event, each gold mention with what we coded in its sentence."""
    for ev in gold["events"]:
        print(f"== {ev['id']} {ev['plover']} {ev.get('source')}->{ev.get('target')} {ev['date']} "
              f"{(ev.get('place') or {}).get('name')}: {ev['description']}")
        for m in ev["mentions"]:
            key = _match(m["trigger"], ours.get((m["article"], m["sentence"]), []))
            print(f"  {m['article']} s{m['sentence']} [{m['trigger']}] -> {key or 'UNMATCHED'}")
            for row in detail.get((m["article"], m["sentence"]), []):
                print("      ", " | ".join(str(x) for x in row))


#: The corpora in the order they were written. The first five were tuned on after they were
#: first measured; the sixth, seventh, eighth, tenth, twelfth, thirteenth, fourteenth,
#: seventeenth, twentieth, twenty-third, twenty-fifth, twenty-seventh, thirty-first, thirty-third, thirty-fifth,
#: thirty-seventh, thirty-ninth, forty-first, forty-third and forty-fifth, written blind, never were; the ninth,
#: eleventh, fifteenth, sixteenth, eighteenth, nineteenth, twenty-first, twenty-second, twenty-fourth, twenty-sixth,
#: twenty-eighth, twenty-ninth, thirtieth, thirty-second, thirty-fourth, thirty-sixth, thirty-eighth, fortieth,
#: forty-second and forty-fourth were written to be tuned on.
CORPORA = [
    ("dedup_corpus", "tuning corpus (the coder was tuned on it)"),
    ("dedup_corpus_heldout", "second corpus (written after the first tuning; tuned on since)"),
    ("dedup_corpus_final", "third corpus (written after the second tuning; tuned on since)"),
    ("dedup_corpus_blind", "fourth corpus (written blind in session 2; measured once, then tuned on in session 3)"),
    ("dedup_corpus_fifth", "fifth corpus (written blind in session 3; measured once, then tuned on)"),
    ("dedup_corpus_sixth", "sixth corpus (written blind in session 3, its articles never shown to the engineer; never tuned on)"),
    ("dedup_corpus_seventh", "seventh corpus (written blind in session 4, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_eighth", "eighth corpus (written blind in session 5, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_ninth", "ninth corpus (written in session 5 by a helper who never ran the coder, as a tuning corpus: tuned on)"),
    ("dedup_corpus_tenth", "tenth corpus (written blind in session 6, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_eleventh", "eleventh corpus (written in session 6 by a helper who never ran the coder, as a tuning corpus: tuned on)"),
    ("dedup_corpus_twelfth", "twelfth corpus (written blind in session 7, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_thirteenth", "thirteenth corpus (written blind in session 8, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fourteenth", "fourteenth corpus (written blind in session 8, half in regional styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fifteenth", "fifteenth corpus (written in session 8 by a helper who never ran the coder, half in regional styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_sixteenth", "sixteenth corpus (written in session 9 by a helper who never ran the coder, half in regional styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_seventeenth", "seventeenth corpus (written blind in session 9, half in regional styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_eighteenth", "eighteenth corpus (written in session 9 by a helper who never ran the coder, half in regional styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_nineteenth", "nineteenth corpus (written in session 10 by a helper who never ran the coder, half in regional styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_twentieth", "twentieth corpus (written blind in session 11, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_twentyfirst", "twenty-first corpus (written in session 12 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_twentysecond", "twenty-second corpus (written in session 13 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_twentythird", "twenty-third corpus (written blind in session 13, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_twentyfourth", "twenty-fourth corpus (written in session 13 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_twentyfifth", "twenty-fifth corpus (written blind in session 13, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_twentysixth", "twenty-sixth corpus (written in session 14 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_twentyseventh", "twenty-seventh corpus (written blind in session 14, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_twentyeighth", "twenty-eighth corpus (written in session 14 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_twentyninth", "twenty-ninth corpus (written in session 14 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_thirtieth", "thirtieth corpus (written in session 15 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_thirtyfirst", "thirty-first corpus (written blind in session 15, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_thirtysecond", "thirty-second corpus (written in session 16 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_thirtythird", "thirty-third corpus (written blind in session 16, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_thirtyfourth", "thirty-fourth corpus (written in session 17 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_thirtyfifth", "thirty-fifth corpus (written blind in session 17, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_thirtysixth", "thirty-sixth corpus (written in session 18 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_thirtyseventh", "thirty-seventh corpus (written blind in session 18, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_thirtyeighth", "thirty-eighth corpus (written in session 19 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_thirtyninth", "thirty-ninth corpus (written blind in session 19, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fortieth", "fortieth corpus (written in session 20 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fortyfirst", "forty-first corpus (written blind in session 20, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fortysecond", "forty-second corpus (written in session 21 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fortythird", "forty-third corpus (written blind in session 21, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fortyfourth", "forty-fourth corpus (written in session 22 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fortyfifth", "forty-fifth corpus (written blind in session 22, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fortysixth", "forty-sixth corpus (written in session 23 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fortyseventh", "forty-seventh corpus (written blind in session 23, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fortyeighth", "forty-eighth corpus (written in session 24 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fortyninth", "forty-ninth corpus (written blind in session 24, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fiftieth", "fiftieth corpus (written in session 25 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fiftyfirst", "fifty-first corpus (written blind in session 25, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fiftysecond", "fifty-second corpus (written in session 26 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fiftyfourth", "fifty-fourth corpus (written in session 26 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fiftythird", "fifty-third corpus (written blind in session 26, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fiftyfifth", "fifty-fifth corpus (written in session 27 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fiftysixth", "fifty-sixth corpus (written blind in session 27, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_fiftyseventh", "fifty-seventh corpus (written in session 27 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fiftyeighth", "fifty-eighth corpus (written in session 28 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_fiftyninth", "fifty-ninth corpus (written blind in session 28, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_sixtieth", "sixtieth corpus (written in session 28 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_sixtyfirst", "sixty-first corpus (written in session 29 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_sixtysecond", "sixty-second corpus (written blind in session 29, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_sixtythird", "sixty-third corpus (written in session 29 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_sixtyfourth", "sixty-fourth corpus (written blind late in session 29, half in regional and translated styles, its contents never shown to the engineer; first measured at the session's final code; never tuned on)"),
    ("dedup_corpus_sixtyfifth", "sixty-fifth corpus (written in session 30 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_sixtysixth", "sixty-sixth corpus (written blind in session 30, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_sixtyseventh", "sixty-seventh corpus (written in session 30 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_sixtyeighth", "sixty-eighth corpus (written blind in session 30, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_sixtyninth", "sixty-ninth corpus (written in session 30 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_seventieth", "seventieth corpus (written in session 30 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_seventyfirst", "seventy-first corpus (written blind in session 30, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_seventysecond", "seventy-second corpus (written in session 30 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_seventythird", "seventy-third corpus (written in session 30 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_seventyfourth", "seventy-fourth corpus (written blind in session 30, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_seventyfifth", "seventy-fifth corpus (written in session 31 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_seventysixth", "seventy-sixth corpus (written blind in session 31, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_seventyseventh", "seventy-seventh corpus (written in session 31 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_seventyeighth", "seventy-eighth corpus (written in session 31 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_seventyninth", "seventy-ninth corpus (written blind in session 31, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_eightieth", "eightieth corpus (written in session 31 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_eightyfirst", "eighty-first corpus (written in session 32 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_eightysecond", "eighty-second corpus (written blind in session 32, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_eightythird", "eighty-third corpus (written in session 32 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_eightyfourth", "eighty-fourth corpus (written in session 32 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_eightyfifth", "eighty-fifth corpus (written blind in session 32, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_eightysixth", "eighty-sixth corpus (written in session 32 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_eightyseventh", "eighty-seventh corpus (written in session 33 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_eightyeighth", "eighty-eighth corpus (written blind in session 33, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
    ("dedup_corpus_eightyninth", "eighty-ninth corpus (written in session 33 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_ninetieth", "ninetieth corpus (written in session 33 by a helper who never ran the coder, half in regional and translated styles, as a tuning corpus: tuned on)"),
    ("dedup_corpus_ninetyfirst", "ninety-first corpus (written blind in session 33, half in regional and translated styles, its contents never shown to the engineer; never tuned on)"),
]


def run_all() -> list[str]:
    out: list[str] = []
    for name, label in CORPORA:
        out += run(ROOT / "bench" / name, label)
    return out


if __name__ == "__main__":
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    if "--all" in sys.argv:
        print("\n".join(run_all()))
    elif names:
        for name in names:
            print("\n".join(run(ROOT / "bench" / name, name, explain="--explain" in sys.argv)))
    else:
        print("\n".join(run()))
