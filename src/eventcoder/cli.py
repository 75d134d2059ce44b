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

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Code news text into PLOVER and CAMEO event records.")
lexicon_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Inspect and validate the lexicon and actor data files.")
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
    input_format: Annotated[InputFormat, typer.Option("--input-format", help="How to read named files and stdin.")] = InputFormat.text,
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
        for result in coder.code_documents(read_inputs(paths or ["-"], input_format=input_format.value, date=date)):
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
