"""End-to-end: whole articles we wrote, coded, compared with the exact events expected.

Each file in tests/e2e/articles/ lists every event a careful coder records (format in
tests/e2e/README.md). The test fails on a missing event, a wrong field, or an extra event.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ARTICLES = sorted((Path(__file__).parent / "e2e" / "articles").glob("*.yaml"))


def _codes(actors: list[dict[str, Any]]) -> list[str]:
    return sorted((a["code"] or a["text"]) for a in actors)


def _diff(exp: dict[str, Any], ev: dict[str, Any]) -> list[str]:
    problems = []
    codes = [exp["cameo"], *exp.get("also_ok", [])]
    if ev["cameo"]["code"] not in codes:
        problems.append(f"cameo {ev['cameo']['code']} not in {codes}")
    for role in ("source", "target"):
        if _codes(ev[role]) != sorted(exp[role]):
            problems.append(f"{role} {_codes(ev[role])} != {sorted(exp[role])}")
    if ev["negated"] != exp["negated"]:
        problems.append(f"negated {ev['negated']} != {exp['negated']}")
    if ev["modality"] != exp["modality"]:
        problems.append(f"modality {ev['modality']} != {exp['modality']}")
    att = ev["attribution"]
    speaker = (att["speaker"]["code"] or att["speaker"]["text"]) if att else None
    if speaker != exp["speaker"]:
        problems.append(f"speaker {speaker} != {exp['speaker']}")
    if bool(att and att["direct"]) != bool(exp.get("direct_quote")):
        problems.append(f"direct quote {bool(att and att['direct'])} != {exp.get('direct_quote')}")
    date = ev["date"] or {}
    if (date.get("value"), date.get("precision")) != (exp["date"], exp["precision"]):
        problems.append(f"date {date.get('value')}/{date.get('precision')} != {exp['date']}/{exp['precision']}")
    loc = ev["location"]
    got_loc = (loc["name"] or loc["text"]) if loc else None
    if exp["location"] not in ({loc["name"], loc["text"]} if loc else {None}):
        problems.append(f"location {got_loc} != {exp['location']}")
    return problems


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_article(coder, path: Path) -> None:  # type: ignore[no-untyped-def]
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    events = [e.to_dict() for e in coder.code_text(spec["text"], doc_id=spec["id"], date=spec["date"])]
    unmatched = list(events)
    report: list[str] = []
    for exp in spec["events"]:
        cands = [
            e for e in unmatched
            if e["sentence_index"] == exp["sentence"]
            and exp["trigger"].lower() in e["evidence"]["trigger"].lower()
            and (e["plover"]["type"] == exp["plover"] or e["cameo"]["code"] in [exp["cameo"], *exp.get("also_ok", [])])
        ]
        if not cands:
            report.append(f"MISSING s{exp['sentence']} {exp['plover']} {exp['cameo']} '{exp['trigger']}'")
            continue
        best = min(cands, key=lambda e: len(_diff(exp, e)))
        unmatched.remove(best)
        problems = _diff(exp, best)
        if problems:
            report.append(f"WRONG s{exp['sentence']} {exp['plover']} '{exp['trigger']}': " + "; ".join(problems))
    for e in unmatched:
        report.append(
            f"EXTRA s{e['sentence_index']} {e['plover']['type']} {e['cameo']['code']} '{e['evidence']['trigger']}' "
            f"{_codes(e['source'])}->{_codes(e['target'])} {e['modality']}"
        )
    assert not report, f"{path.name}:\n" + "\n".join(report)
