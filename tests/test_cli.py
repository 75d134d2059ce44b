"""The command-line contract: `eventcoder code` and `eventcoder lexicon check`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventcoder.cli import app

REQUIRED = {"event_id", "doc_id", "sentence_index", "sentence", "evidence", "plover", "cameo", "source",
            "target", "negated", "modality", "attribution", "date", "location", "confidence"}


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    lines = [
        json.dumps({"id": "d1", "text": "Police arrested two journalists in Minsk on Monday.", "date": "2024-03-06"}),
        "{this is not json",
        json.dumps({"id": "d2", "text": "Le gouvernement a annoncé de nouvelles mesures contre la hausse des prix de l'énergie cette semaine."}),
        json.dumps({"id": "d3", "text": "Russian forces shelled Kharkiv.", "date": "2024-03-06", "url": "http://example.org/a"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_output_schema_order_and_rejects(runner: CliRunner, corpus: Path) -> None:
    result = runner.invoke(app, ["code", "--input-format", "jsonl", str(corpus)])
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["doc_id"] for e in events] == ["d1", "d3"]
    for ev in events:
        assert REQUIRED <= set(ev)
        assert set(ev["evidence"]) == {"char_start", "char_end", "trigger"}
        assert set(ev["cameo"]) == {"code", "root", "quad_class", "goldstein"}
    arrest = events[0]
    assert (arrest["plover"]["type"], arrest["cameo"]["code"]) == ("COERCE", "173")
    assert arrest["date"]["value"] == "2024-03-04" and arrest["date"]["precision"] == "day"
    assert arrest["location"]["country"] == "BLR"
    text = "Police arrested two journalists in Minsk on Monday."
    assert text[arrest["evidence"]["char_start"] : arrest["evidence"]["char_end"]] == arrest["evidence"]["trigger"]
    assert f"{corpus}:2" in result.stderr and "malformed JSON" in result.stderr
    assert f"{corpus}:3" in result.stderr and "not English" in result.stderr
    assert "coded 2 document(s)" in result.stderr


def test_jsonl_file_is_read_as_jsonl_without_the_option(runner: CliRunner, corpus: Path) -> None:
    result = runner.invoke(app, ["code", str(corpus)])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["d1", "d3"]


def test_event_ids_are_stable(runner: CliRunner, corpus: Path) -> None:
    first = runner.invoke(app, ["code", "--input-format", "jsonl", str(corpus)]).stdout
    second = runner.invoke(app, ["code", "--input-format", "jsonl", str(corpus)]).stdout
    ids = [json.loads(line)["event_id"] for line in first.splitlines()]
    assert ids == [json.loads(line)["event_id"] for line in second.splitlines()]
    assert len(set(ids)) == len(ids)


def test_text_files_stdin_and_other_formats(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The European Union imposed sanctions on Belarus.", encoding="utf-8")
    as_csv = runner.invoke(app, ["code", str(tmp_path), "--date", "2024-01-05", "--format", "csv"])
    assert as_csv.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [(r["doc_id"], r["cameo_code"], r["target_codes"]) for r in rows] == [("a.txt", "163", "BLR")]
    as_json = runner.invoke(app, ["code", "-", "--format", "json"], input="Police arrested ten protesters.")
    assert json.loads(as_json.stdout)[0]["doc_id"] == "stdin"
    table = runner.invoke(app, ["code", str(tmp_path), "--format", "table"])
    assert "COERCE" in table.stdout and "1 events" in table.stdout


def test_nothing_codable_exits_non_zero(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["code", str(empty)])
    assert result.exit_code == 1
    assert "empty document" in result.stderr


def test_bad_date_option_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["code", "-", "--date", "03/04/2021"], input="x")
    assert result.exit_code == 2


def test_lexicon_check(runner: CliRunner) -> None:
    result = runner.invoke(app, ["lexicon", "check"])
    assert result.exit_code == 0, result.stderr
    assert "all data files are valid" in result.stderr
