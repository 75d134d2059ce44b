"""Actor data (countries, organisations, sector agents, people), loaded and validated once.

All lookups are by lower-cased surface form. The files are described in docs/data-formats.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..datafiles import data_path, read_csv, read_yaml
from ..errors import DataFileError

__all__ = ["ActorIndex", "CountryRec", "OrgRec", "PersonTerm", "norm"]

_ISO = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "other"}
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "–": "-"})


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Normalise a surface form for lookup: lower case, straight quotes, no leading 'the'
    (cached: the same names come up again and again)."""
    t = " ".join(text.translate(_QUOTES).lower().split())
    if t.startswith("the "):
        t = t[4:]
    if t.endswith("'s"):
        t = t[:-2]
    elif t.endswith("'"):
        t = t[:-1]
    return t.strip(" .,")


@dataclass(frozen=True)
class CountryRec:
    iso3: str
    name: str
    wikidata: str | None


@dataclass(frozen=True)
class OrgRec:
    name: str
    country: str | None
    sectors: tuple[str, ...]
    code: str | None
    wikidata: str | None


@dataclass(frozen=True)
class PersonTerm:
    name: str
    country: str
    role: str
    sector: str
    start: str
    end: str | None
    wikidata: str | None

    def covers(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return self.start <= date and (self.end is None or date <= self.end)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


class ActorIndex:
    """Lookup tables built from the actor data files."""

    def __init__(self) -> None:
        self.countries: dict[str, CountryRec] = {}
        self.country_names: dict[str, str] = {}  # name/alias -> iso3
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self.orgs: dict[str, OrgRec] = {}
        self.org_tails: frozenset[str] = frozenset()
        self.agents: dict[str, str] = {}  # term -> sector
        self.agent_max_words = 1
        self.people: dict[str, list[PersonTerm]] = {}
        self.by_role: dict[tuple[str, str], list[PersonTerm]] = {}
        self.titles: dict[str, str] = {}  # title phrase -> role

    # -- loading --------------------------------------------------------------------------
    @classmethod
    def load(cls, root: Path | None = None) -> ActorIndex:
        root = root or data_path("actors")
        index = cls()
        index._load_countries(root / "countries.csv")
        index._load_orgs(root / "organizations.yaml")
        index._load_agents(root / "agents.yaml")
        index._load_people(root / "people.csv")
        index._load_titles(root / "titles.yaml")
        return index

    def _load_countries(self, path: Path) -> None:
        rows = read_csv(path, ("iso3", "name", "aliases", "demonyms", "capitals", "wikidata"))
        for lineno, row in enumerate(rows, start=2):
            iso = (row["iso3"] or "").strip()
            if not _ISO.match(iso):
                raise DataFileError(f"{path}:{lineno}: iso3 {iso!r} is not three capital letters")
            rec = CountryRec(iso, row["name"].strip(), (row["wikidata"] or "").strip() or None)
            self.countries[iso] = rec
            for alias in [rec.name, *_split(row["aliases"])]:
                self.country_names.setdefault(norm(alias), iso)
            for dem in _split(row["demonyms"]):
                self.demonyms.setdefault(norm(dem), iso)
            for cap in _split(row["capitals"]):
                self.capitals.setdefault(norm(cap), iso)
        # (optional) the state a dependency belongs to, for the merge: one of the file's own
        sovereigns = {lineno: (row.get("sovereign") or "").strip() for lineno, row in enumerate(rows, start=2)}
        for lineno, sovereign in sovereigns.items():
            if sovereign and sovereign not in self.countries:
                raise DataFileError(f"{path}:{lineno}: sovereign {sovereign!r} is not a country of this file")

    def _load_orgs(self, path: Path) -> None:
        entries = read_yaml(path)
        if not isinstance(entries, list):
            raise DataFileError(f"{path}: expected a list of organisations")
        for i, entry in enumerate(entries, start=1):
            where = f"{path}: entry {i}"
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise DataFileError(f"{where}: each organisation needs a 'name'")
            where = f"{path}: {entry['name']!r}"
            sectors = entry.get("sectors") or []
            if not isinstance(sectors, list) or not all(isinstance(s, str) for s in sectors):
                raise DataFileError(f"{where}: 'sectors' must be a list of codes")
            country = entry.get("country")
            if country is not None and not (isinstance(country, str) and _ISO.match(country)):
                raise DataFileError(f"{where}: country {country!r} is not an ISO3 code (or IGO/EUR)")
            code = entry.get("code") or ((country or "") + (sectors[0] if sectors else "")) or None
            rec = OrgRec(entry["name"], country, tuple(sectors), code, entry.get("wikidata") or None)
            aliases = entry.get("aliases") or []
            if not isinstance(aliases, list):
                raise DataFileError(f"{where}: 'aliases' must be a list")
            for alias in [rec.name, *aliases]:
                self.orgs.setdefault(norm(str(alias)), rec)
        # the later words of the longer names ("sahel province" of "islamic state sahel
        # province"): a name that is none of them ends no organisation's name
        self.org_tails = frozenset(" ".join(words[k:]) for key in self.orgs if len(words := key.split(" ")) > 1
                                   for k in range(1, len(words)))

    def _load_agents(self, path: Path) -> None:
        entries = read_yaml(path)
        if not isinstance(entries, list):
            raise DataFileError(f"{path}: expected a list of sector entries")
        for i, entry in enumerate(entries, start=1):
            if not isinstance(entry, dict) or not isinstance(entry.get("sector"), str):
                raise DataFileError(f"{path}: entry {i}: needs 'sector' and 'terms'")
            terms = entry.get("terms")
            if not isinstance(terms, list) or not terms:
                raise DataFileError(f"{path}: entry {i} ({entry['sector']}): 'terms' must be a non-empty list")
            for term in terms:
                key = norm(str(term))
                self.agents.setdefault(key, entry["sector"])
                self.agent_max_words = max(self.agent_max_words, len(key.split()))

    def _load_people(self, path: Path) -> None:
        rows = read_csv(path, ("name", "aliases", "country", "role", "sector", "start", "end", "wikidata"))
        for lineno, row in enumerate(rows, start=2):
            where = f"{path}:{lineno}"
            start, end = (row["start"] or "").strip(), (row["end"] or "").strip() or None
            if not _DATE.match(start) or (end and not _DATE.match(end)):
                raise DataFileError(f"{where}: start/end must be YYYY-MM-DD")
            if end and end < start:
                raise DataFileError(f"{where}: term ends before it starts")
            role = (row["role"] or "").strip()
            if role not in _ROLES:
                raise DataFileError(f"{where}: role {role!r} is not one of {sorted(_ROLES)}")
            country = (row["country"] or "").strip()
            if not _ISO.match(country):
                raise DataFileError(f"{where}: country {country!r} is not an ISO3 code")
            term = PersonTerm(row["name"].strip(), country, role, (row["sector"] or "GOV").strip(), start, end, (row["wikidata"] or "").strip() or None)
            for alias in {term.name, *_split(row["aliases"])}:
                self.people.setdefault(norm(alias), []).append(term)
            self.by_role.setdefault((country, role), []).append(term)

    def _load_titles(self, path: Path) -> None:
        entries = read_yaml(path)
        if not isinstance(entries, dict):
            raise DataFileError(f"{path}: expected a mapping of role -> list of titles")
        for role, titles in entries.items():
            if role not in _ROLES:
                raise DataFileError(f"{path}: {role!r} is not one of {sorted(_ROLES)}")
            if not isinstance(titles, list):
                raise DataFileError(f"{path}: {role}: expected a list of titles")
            for title in titles:
                self.titles[norm(str(title))] = role

    # -- lookups --------------------------------------------------------------------------
    def person(self, text: str, date: str | None) -> PersonTerm | None:
        """The term of office of the named person on `date` (the latest term when no date)."""
        terms = self.people.get(norm(text))
        if not terms:
            return None
        if date:
            live = [t for t in terms if t.covers(date)]
            if live:
                return max(live, key=lambda t: t.start)
            # Known person, but not in a listed office on that date: keep the identity.
            past = [t for t in terms if t.start <= date]
            chosen = max(past or terms, key=lambda t: t.start)
            return PersonTerm(chosen.name, chosen.country, "other", "", chosen.start, chosen.end, chosen.wikidata)
        return max(terms, key=lambda t: t.start)

    def role_holder(self, country: str, role: str, date: str | None) -> PersonTerm | None:
        """Who held `role` in `country` on `date` (used for "the Pakistani prime minister")."""
        if date is None:
            return None
        for t in self.by_role.get((country, role), ()):
            if t.covers(date):
                return t
        return None
