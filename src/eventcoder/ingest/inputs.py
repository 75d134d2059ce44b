"""Corpus inputs for `eventcoder ingest`: .txt, .jsonl, .csv and saved .html pages, each
optionally gzip-compressed (`.txt.gz`, ...). Bad input becomes a `Reject` naming the file
(and line or row) and the reason; it never stops the stream.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..load.readers import read_jsonl_lines, read_text_bytes
from ..records import Document, Reject

__all__ = ["SUFFIXES", "read_corpus"]

SUFFIXES = (".txt", ".jsonl", ".csv", ".html", ".htm")
TEXT_COLUMNS = ("text", "body", "content", "article", "story")
DATE_COLUMNS = ("date", "published", "publish_date", "pub_date", "datetime", "timestamp")
ID_COLUMNS = ("id", "doc_id", "article_id", "guid")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
#: Refuse compressed files that expand beyond this (a gzip bomb or a whole dump).
MAX_BYTES = 200_000_000


def _kind(path: Path) -> tuple[str, bool]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return suffix, gz
    return "", gz


def _walk(paths: Iterable[str]) -> Iterator[Path | Reject]:
    for name in paths:
        root = Path(name)
        if not root.exists():
            yield Reject(name, "cannot read: no such file or directory")
        elif root.is_dir():
            for child in sorted(root.rglob("*")):
                if child.is_file() and _kind(child)[0]:
                    yield child
        else:
            yield root


def _read_bytes(path: Path, gz: bool) -> bytes:
    if not gz:
        return path.read_bytes()
    with gzip.open(path, "rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValueError(f"expands to more than {MAX_BYTES} bytes")
    return data


def read_corpus(paths: Iterable[str], *, default_date: str | None = None) -> Iterator[Document | Reject]:
    """Documents and rejects from files and directories, in a stable order."""
    for item in _walk(paths):
        if isinstance(item, Reject):
            yield item
            continue
        path = item
        kind, gz = _kind(path)
        try:
            raw = _read_bytes(path, gz)
        except (OSError, EOFError, ValueError, gzip.BadGzipFile) as exc:
            yield Reject(str(path), f"cannot read: {exc}")
            continue
        doc_id = path.name[: -3] if gz else path.name
        if kind == ".jsonl":
            yield from read_jsonl_lines(io.BytesIO(raw), origin=str(path), default_date=default_date)
        elif kind == ".csv":
            yield from _read_csv(raw, str(path), default_date)
        elif kind in (".html", ".htm"):
            yield _read_html(raw, doc_id, str(path), default_date)
        else:
            yield read_text_bytes(raw, doc_id=doc_id, origin=str(path), date=default_date)


def _read_csv(raw: bytes, origin: str, default_date: str | None) -> Iterator[Document | Reject]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Reject(origin, f"not valid UTF-8 text (byte {exc.start})")
        return
    reader = csv.DictReader(io.StringIO(text))
    fields = {f.strip().lower(): f for f in (reader.fieldnames or [])}
    text_col = next((fields[c] for c in TEXT_COLUMNS if c in fields), None)
    if text_col is None:
        yield Reject(origin, f"CSV has no text column (looked for {', '.join(TEXT_COLUMNS)}; found {', '.join(fields) or 'none'})")
        return
    date_col = next((fields[c] for c in DATE_COLUMNS if c in fields), None)
    id_col = next((fields[c] for c in ID_COLUMNS if c in fields), None)
    for rowno, row in enumerate(reader, start=2):
        where = f"{origin}:{rowno}"
        body = row.get(text_col) or ""
        date = default_date
        if date_col and row.get(date_col):
            m = _DATE.search(row[date_col])
            if not m:
                yield Reject(where, f"date {row[date_col]!r} is not YYYY-MM-DD")
                continue
            date = m.group(1)
        doc_id = (row.get(id_col) or "").strip() if id_col else ""
        item = read_text_bytes(body.encode("utf-8"), doc_id=doc_id or f"{Path(origin).name}:{rowno}", origin=where, date=date)
        yield item


def _read_html(raw: bytes, doc_id: str, origin: str, default_date: str | None) -> Document | Reject:
    import trafilatura  # imported here: only HTML input needs it

    try:
        html = raw.decode("utf-8")
    except UnicodeDecodeError:
        html = raw.decode("latin-1")
    extracted = trafilatura.bare_extraction(html, with_metadata=True)
    if extracted is None:
        return Reject(origin, "no article text found in the HTML page", doc_id)
    body = getattr(extracted, "text", None) or ""
    date = getattr(extracted, "date", None) or default_date
    url = getattr(extracted, "url", None)
    title = getattr(extracted, "title", None)
    text = f"{title}.\n{body}" if title and body and not body.startswith(title) else body
    item = read_text_bytes(text.encode("utf-8"), doc_id=doc_id, origin=origin, date=date if date and _DATE.fullmatch(date) else default_date)
    if isinstance(item, Document) and url:
        return Document(item.id, item.text, item.date, url, item.source, item.origin)
    return item
