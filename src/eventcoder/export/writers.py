"""Streaming event writers. JSONL and CSV write as events arrive; JSON and table buffer."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from ..records import Event

__all__ = ["FORMATS", "EventWriter", "flatten"]

FORMATS = ("jsonl", "json", "csv", "table")
CSV_COLUMNS = [
    "event_id", "doc_id", "sentence_index", "plover_type", "plover_mode", "plover_context",
    "cameo_code", "cameo_root", "quad_class", "goldstein", "source_codes", "source_text",
    "target_codes", "target_text", "negated", "modality", "speaker", "speaker_code", "cue",
    "direct", "date", "date_precision", "location", "location_country", "lat", "lon",
    "confidence", "trigger", "char_start", "char_end", "sentence",
]  # fmt: skip


def _actors(actors: list[dict[str, Any]], key: str) -> str:
    return ";".join(str(a.get(key) or "") for a in actors)


def flatten(ev: dict[str, Any]) -> dict[str, Any]:
    """One flat row per event for CSV and table output."""
    att = ev.get("attribution") or {}
    speaker = att.get("speaker") or {}
    date = ev.get("date") or {}
    loc = ev.get("location") or {}
    return {
        "event_id": ev["event_id"],
        "doc_id": ev["doc_id"],
        "sentence_index": ev["sentence_index"],
        "plover_type": ev["plover"]["type"],
        "plover_mode": ev["plover"]["mode"] or "",
        "plover_context": ";".join(ev["plover"]["context"]),
        "cameo_code": ev["cameo"]["code"],
        "cameo_root": ev["cameo"]["root"],
        "quad_class": ev["cameo"]["quad_class"],
        "goldstein": ev["cameo"]["goldstein"],
        "source_codes": _actors(ev["source"], "code"),
        "source_text": _actors(ev["source"], "text"),
        "target_codes": _actors(ev["target"], "code"),
        "target_text": _actors(ev["target"], "text"),
        "negated": ev["negated"],
        "modality": ev["modality"],
        "speaker": speaker.get("text") or "",
        "speaker_code": speaker.get("code") or "",
        "cue": att.get("cue") or "",
        "direct": att.get("direct", ""),
        "date": date.get("value") or "",
        "date_precision": date.get("precision") or "",
        "location": loc.get("name") or loc.get("text") or "",
        "location_country": loc.get("country") or "",
        "lat": loc.get("lat") if loc.get("lat") is not None else "",
        "lon": loc.get("lon") if loc.get("lon") is not None else "",
        "confidence": ev["confidence"],
        "trigger": ev["evidence"]["trigger"],
        "char_start": ev["evidence"]["char_start"],
        "char_end": ev["evidence"]["char_end"],
        "sentence": ev["sentence"],
    }


class EventWriter:
    """Write events to `out` in one of `FORMATS`. Call `write` per event, then `close`."""

    def __init__(self, out: TextIO, fmt: str):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.out = out
        self.fmt = fmt
        self.count = 0
        self._buffer: list[dict[str, Any]] = []
        self._csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
            self._csv.writeheader()

    def write(self, event: Event) -> None:
        data = event.to_dict()
        self.count += 1
        if self.fmt == "jsonl":
            self.out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif self._csv is not None:
            self._csv.writerow(flatten(data))
        else:
            self._buffer.append(data)

    def close(self) -> None:
        if self.fmt == "json":
            json.dump(self._buffer, self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")
        elif self.fmt == "table":
            self._table()
        self.out.flush()

    def _table(self) -> None:
        table = Table(show_lines=False, title=f"{len(self._buffer)} events")
        for col in ("doc", "sent", "PLOVER", "CAMEO", "source", "target", "mod", "neg", "speaker", "date", "place", "trigger"):
            table.add_column(col, overflow="fold")
        for ev in self._buffer:
            row = flatten(ev)
            table.add_row(
                row["doc_id"], str(row["sentence_index"]), row["plover_type"], row["cameo_code"],
                row["source_codes"] or row["source_text"], row["target_codes"] or row["target_text"],
                row["modality"], "yes" if row["negated"] else "", row["speaker_code"] or row["speaker"],
                f"{row['date']} ({row['date_precision']})" if row["date"] else row["date_precision"],
                row["location"], row["trigger"],
            )
        Console(file=self.out, width=200).print(table)
