"""Stage 1: readers and the English check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.load import english_check, read_inputs, read_jsonl_lines, read_text_bytes
from eventcoder.load.readers import MAX_CHARS
from eventcoder.records import Document, Reject


def test_text_file_id_is_file_name(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Police arrested two men in Lagos.", encoding="utf-8")
    [doc] = list(read_inputs([str(f)], date="2024-01-02"))
    assert isinstance(doc, Document)
    assert (doc.id, doc.date, doc.text) == ("a.txt", "2024-01-02", "Police arrested two men in Lagos.")


def test_directory_is_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second text here.", encoding="utf-8")
    (tmp_path / "sub" / "c.jsonl").write_text(json.dumps({"id": "x1", "text": "Third."}) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First text here.", encoding="utf-8")
    (tmp_path / "ignored.md").write_text("not read", encoding="utf-8")
    ids = [d.id for d in read_inputs([str(tmp_path)]) if isinstance(d, Document)]
    assert ids == ["a.txt", "b.txt", "x1"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "malformed JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"text": "no id"}', "'id'"),
        ('{"id": "d1"}', "'text'"),
        ('{"id": "d1", "text": "ok", "date": "12/03/2020"}', "not YYYY-MM-DD"),
        ('{"id": "d1", "text": "   "}', "empty document"),
    ],
)
def test_bad_jsonl_lines_become_rejects_with_line_numbers(line: str, reason: str) -> None:
    good = '{"id": "ok", "text": "Troops withdrew."}'
    out = list(read_jsonl_lines([good, line, good], origin="in.jsonl"))
    assert [type(o) for o in out] == [Document, Reject, Document]
    bad = out[1]
    assert isinstance(bad, Reject)
    assert bad.origin == "in.jsonl:2"
    assert reason in bad.reason


def test_binary_invalid_utf8_and_huge_inputs_are_refused() -> None:
    assert "binary" in _reason(read_text_bytes(b"\x00\x01\x02abc", doc_id="b", origin="b"))
    assert "UTF-8" in _reason(read_text_bytes(b"caf\xe9 au lait", doc_id="u", origin="u"))
    assert "limit" in _reason(read_text_bytes(b"a" * (MAX_CHARS + 1), doc_id="h", origin="h"))


def test_named_file_format_follows_its_suffix_unless_given(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "r1", "text": "Troops withdrew from the town."}) + "\n", encoding="utf-8")
    [doc] = list(read_inputs([str(f)]))
    assert isinstance(doc, Document) and (doc.id, doc.text) == ("r1", "Troops withdrew from the town.")
    [raw] = list(read_inputs([str(f)], input_format="text"))
    assert isinstance(raw, Document) and raw.id == "in.jsonl" and raw.text.startswith('{"id"')
    g = tmp_path / "notes.md"
    g.write_text("Police arrested two men.", encoding="utf-8")
    [note] = list(read_inputs([str(g)]))
    assert isinstance(note, Document) and note.id == "notes.md"


def test_missing_file_is_a_reject_not_a_crash() -> None:
    [out] = list(read_inputs(["/nonexistent/file.txt"]))
    assert isinstance(out, Reject) and "no such file" in out.reason


def _reason(item: Document | Reject) -> str:
    assert isinstance(item, Reject)
    return item.reason


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement français a annoncé mardi de nouvelles mesures contre la hausse des prix de l'énergie.",
        "El ejército colombiano lanzó una ofensiva contra los grupos armados en la región del Cauca esta semana.",
        "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, teilte ein Sprecher mit.",
        "پاکستان کے وزیر اعظم نے کہا کہ ملک افغانستان میں امن عمل میں تعاون کرنا چاہتا ہے",
    ],
)
def test_non_english_is_detected(text: str) -> None:
    ok, detail = english_check(text)
    assert not ok, detail


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's foreign minister told TOLOnews that the country wants to cooperate in the peace process.",
        "Ukrainian forces shelled Russian positions near Kherson on Sunday, the army said.",
    ],
)
def test_english_passes(text: str) -> None:
    assert english_check(text)[0]


@pytest.mark.parametrize("text", ["Russian forces shelled Kharkiv.", "Police arrested ten protesters.", "NATO condemned the attack."])
def test_short_english_headlines_pass(text: str) -> None:
    assert english_check(text)[0]


def test_short_foreign_text_is_refused() -> None:
    assert not english_check("La policía detuvo a los manifestantes en la plaza.")[0]
