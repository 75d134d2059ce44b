"""Command-line interface: `eventcoder code ...` and `eventcoder lexicon check`.

Events go to stdout; logs, rejects and progress go to stderr.
"""

from __future__ import annotations

import re
import sys
from enum import Enum
from typing import Annotated

import typer
from rich.console import Console

from .errors import EventcoderError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="markdown",
                  help="Code news text into PLOVER and CAMEO event records.")
lexicon_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="markdown", help="Inspect and validate the lexicon and actor data files.")
app.add_typer(lexicon_app, name="lexicon")
err = Console(stderr=True)


class InputFormat(str, Enum):
    text = "text"
    jsonl = "jsonl"


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    table = "table"


def _check_date(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise typer.BadParameter(f"{value!r} is not YYYY-MM-DD")
    return value


@app.command()
def code(
    paths: Annotated[list[str] | None, typer.Argument(help="Files or directories (.txt, .jsonl), or - for stdin.")] = None,
    date: Annotated[str | None, typer.Option(help="Document date YYYY-MM-DD for inputs without one.", callback=_check_date)] = None,
    input_format: Annotated[InputFormat | None, typer.Option("--input-format", help="How to read named files and stdin. Default: a named file by its suffix (.jsonl is JSONL, anything else text), stdin as text.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="Output format on stdout.")] = OutputFormat.jsonl,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.", min=1)] = 32,
) -> None:
    """Code documents into events, one JSON object per event on stdout (with --format jsonl).

    A text file is one document whose id is its file name. A JSONL line is
    {"id", "text", "date"?, "url"?, "source"?}. Bad records are reported on stderr and skipped.
    """
    from .export import EventWriter
    from .load import read_inputs
    from .pipeline import Coder

    try:
        coder = Coder(batch_size=batch_size)
    except EventcoderError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    writer = EventWriter(sys.stdout, fmt.value)
    docs = rejects = 0
    quiet = not sys.stderr.isatty()
    with err.status("coding...", spinner="dots") if not quiet else _null():
        for result in coder.code_documents(read_inputs(paths or ["-"], input_format=input_format.value if input_format else None, date=date)):
            if result.reject is not None:
                rejects += 1
                _log(f"skipped {result.reject.origin}: {result.reject.reason}")
                continue
            docs += 1
            for event in result.events:
                writer.write(event)
    writer.close()
    _log(f"coded {docs} document(s), {writer.count} event(s), {rejects} skipped")
    if docs == 0:
        raise typer.Exit(1)


def _log(line: str) -> None:
    """One unwrapped line on stderr: rejects and summaries are read by scripts too."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files or directories: .txt, .jsonl, .csv, .html, and .gz of each.")],
    db: Annotated[str, typer.Option(help="DuckDB store file.")] = "eventcoder.duckdb",
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: CPU count).", min=1)] = None,
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")] = None,
    parts_dir: Annotated[str | None, typer.Option(
        help="With --scheduler: folder for the workers' Parquet parts (default: DB.parts next to the store). "
             "Workers write there only if they see it at the same path as this machine (a shared filesystem); "
             "otherwise they send each part back as Parquet bytes.")] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per batch (and per transaction).", min=1)] = 64,
    date: Annotated[str | None, typer.Option(help="Document date for inputs without one.", callback=_check_date)] = None,
    parquet: Annotated[str | None, typer.Option(help="Also export every table as Parquet into this folder.")] = None,
    log_batches: Annotated[bool, typer.Option(help="Print one line per committed batch on stderr (for logs).")] = False,
) -> None:
    """Code a corpus into a DuckDB store (documents, mentions, events, rejects).

    Idempotent: documents already stored (same text) are skipped. Each batch is stored in
    one transaction, so an interrupted run can simply be started again.

    With --scheduler, Dask workers code the batches and return each as a Parquet part: files
    in the parts folder when the workers share it with this machine (same path, shared
    filesystem such as NFS), bytes sent back otherwise. This machine merges every part into
    the store in one transaction and deletes it; parts a killed run left are merged first.
    """
    from .ingest.runner import IngestSummary, Progress, default_workers, ingest as run_ingest
    from .store import DuckStore, StoreError

    progress = Progress(inputs)

    def on_batch(summary: IngestSummary) -> None:
        progress(summary)
        if log_batches:
            _log(f"committed batch: {summary.documents} document(s), {summary.mentions} mention(s) so far")

    try:
        summary = run_ingest(inputs, db, workers=workers or default_workers(), batch_size=batch_size,
                             date=date, scheduler=scheduler, parts_dir=parts_dir, on_batch=on_batch)
        if parquet:
            with DuckStore(db) as store:
                store.export_parquet(parquet)
    except (StoreError, EventcoderError) as exc:
        progress.close()
        _log(f"error: {exc}")
        raise typer.Exit(1) from exc
    progress.close()
    for line in summary.reject_lines:
        _log(line)
    _log(summary.line())
    if summary.documents == 0 and summary.skipped == 0:
        raise typer.Exit(1)


@app.command()
def stats(
    db: Annotated[str, typer.Option(help="DuckDB store file.")] = "eventcoder.duckdb",
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """Counts of documents, mentions, events and rejects, the date range, top types and dyads."""
    import json as _json

    from .store import DuckStore, StoreError

    try:
        with DuckStore(db) as store:
            out = store.summary()
    except StoreError as exc:
        _log(f"error: {exc}")
        raise typer.Exit(1) from exc
    if fmt == "json":
        sys.stdout.write(_json.dumps(out, indent=2) + "\n")
        return
    for key in ("documents", "mentions", "events", "rejects"):
        sys.stdout.write(f"{key:>10}: {out[key]}\n")
    sys.stdout.write(f"{'dates':>10}: {out['date_range'][0]} .. {out['date_range'][1]}\n")
    sys.stdout.write("top types: " + ", ".join(f"{t} {n}" for t, n in out["top_types"]) + "\n")
    sys.stdout.write("top dyads: " + ", ".join(f"{d} {n}" for d, n in out["top_dyads"]) + "\n")


@lexicon_app.command("check")
def lexicon_check() -> None:
    """Validate every lexicon, codebook, actor and gazetteer file; report problems."""
    from .validate import validate_all

    problems, summary = validate_all()
    for line in summary:
        _log(line)
    for p in problems:
        _log(f"problem: {p}")
    if problems:
        raise typer.Exit(1)
    _log("all data files are valid")


def main() -> None:  # pragma: no cover
    app()
