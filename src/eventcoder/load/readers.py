"""Readers for the `code` command's inputs: plain-text files, JSONL files, stdin.

Each reader yields `Document`s and `Reject`s in input order. A bad record never stops the
stream: it becomes a `Reject` naming its origin (file and line) and the reason.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import Messages
from ..records import Document, Reject

__all__ = ["MAX_CHARS", "read_inputs", "read_jsonl_lines", "read_text_bytes"]

#: Documents over this many characters are refused. A news article is rarely over 50,000;
#: anything near this limit is a concatenation or a dump and should be split by the user.
MAX_CHARS = 1_000_000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SUFFIXES = {".txt": "text", ".jsonl": "jsonl"}


def read_text_bytes(raw: bytes, *, doc_id: str, origin: str, date: str | None = None) -> Document | Reject:
    """Decode one plain-text document, or say why it cannot be used."""
    if b"\x00" in raw[:8192]:
        return Reject(origin, Messages.BINARY, doc_id)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Reject(origin, Messages.NOT_UTF8.format(detail=f"byte {exc.start}"), doc_id)
    return _check_text(Document(id=doc_id, text=text, date=date, origin=origin))


def _check_text(doc: Document) -> Document | Reject:
    if not doc.text.strip():
        return Reject(doc.origin, Messages.EMPTY, doc.id)
    if len(doc.text) > MAX_CHARS:
        return Reject(doc.origin, Messages.TOO_LARGE.format(size=len(doc.text), limit=MAX_CHARS), doc.id)
    return doc


def read_jsonl_lines(lines: Iterable[str | bytes], *, origin: str, default_date: str | None = None) -> Iterator[Document | Reject]:
    """Parse JSONL records `{"id", "text", "date"?, "url"?, "source"?}` one per line."""
    for lineno, line in enumerate(lines, start=1):
        where = f"{origin}:{lineno}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Reject(where, Messages.NOT_UTF8.format(detail=f"byte {exc.start}"))
                continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(where, Messages.BAD_JSON.format(detail=exc.msg))
            continue
        if not isinstance(obj, dict):
            yield Reject(where, Messages.NOT_OBJECT)
            continue
        doc_id = obj.get("id")
        if isinstance(doc_id, int):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id:
            yield Reject(where, Messages.MISSING_FIELD.format(field="id"))
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield Reject(where, Messages.MISSING_FIELD.format(field="text"), doc_id)
            continue
        date = obj.get("date") or default_date
        if date is not None and (not isinstance(date, str) or not _DATE.match(date)):
            yield Reject(where, Messages.BAD_DATE.format(value=date), doc_id)
            continue
        opt = {k: obj.get(k) if isinstance(obj.get(k), str) else None for k in ("url", "source")}
        yield _check_text(Document(id=doc_id, text=text, date=date, origin=where, **opt))


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix.lower() in _SUFFIXES:
                yield child
    else:
        yield path


def read_inputs(paths: Iterable[str], *, input_format: str | None = None, date: str | None = None) -> Iterator[Document | Reject]:
    """Yield documents from files, directories (recursive) and `-` (stdin), in order.

    In a directory, the file suffix decides the format (`.txt` text, `.jsonl` JSONL). A file
    named on the command line uses `input_format` when it is given, else its suffix (`.jsonl`
    is JSONL, any other suffix text); stdin is text unless `input_format` is "jsonl".
    """
    for name in paths:
        if name == "-":
            if input_format == "jsonl":
                yield from read_jsonl_lines(sys.stdin.buffer, origin="<stdin>", default_date=date)
            else:
                yield read_text_bytes(sys.stdin.buffer.read(), doc_id="stdin", origin="<stdin>", date=date)
            continue
        root = Path(name)
        if not root.exists():
            yield Reject(name, Messages.UNREADABLE.format(detail="no such file or directory"))
            continue
        for path in _walk(root):
            if root.is_dir():
                fmt = _SUFFIXES.get(path.suffix.lower(), input_format or "text")
            else:
                fmt = input_format or _SUFFIXES.get(path.suffix.lower(), "text")
            try:
                if fmt == "jsonl":
                    with path.open("rb") as fh:
                        yield from read_jsonl_lines(fh, origin=str(path), default_date=date)
                else:
                    raw = path.read_bytes()
                    yield read_text_bytes(raw, doc_id=path.name, origin=str(path), date=date)
            except OSError as exc:
                yield Reject(str(path), Messages.UNREADABLE.format(detail=exc.strerror or str(exc)))
