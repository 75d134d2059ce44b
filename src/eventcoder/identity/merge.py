"""Event identity across reports: merge mentions of one real-world event into one event.

Two mentions may be the same event when all of these hold:
- the same PLOVER type (or family: a signed formal agreement, CAMEO 057, is an agreement
  that other reports tell as "agreed"; talks and what their sides agreed at them are one
  meeting, though such a pair comes after the pairs of one type; a demand, CAMEO 10, is
  often the accusation other reports tell of the same statement, though an appeal never
  is), the same negation and the same modality (a
  demanded release is not a release), and no two exclusive forms of that type (a strike and
  a march or a riot, a recall and an expulsion: `EXCLUSIVE_FORMS`, `EXCLUSIVE_MODES`), not even
  through a third mention;
- compatible dyads, compared by country (or organisation): "USA" and "USAMIL" agree, an
  unknown side agrees with anything, but at least one side must be known on both and
  shared. For meetings, cooperation and agreements the two sides may come in either order.
  Or both events are domestic to one country: every known party and the place of each is
  that country's, no organisation takes part, and no side known in both differs ("militiamen
  shelled Zawiya" and "soldiers came under fire in Libya's west": the sides of a domestic
  clash are told either way round, or left out), but one actor named down to its sector is
  not on opposite sides ("Pakistani forces fired", "Pakistani soldiers were killed"). A
  day-dated mention with no party and no place is domestic to its report's country
  (`report_country`); so is one dated only by its publication, but such a pair is joined
  last, and only when the mention is still alone and the event is the one domestic event
  of its type at hand (`LOOSE`: "a money changer has had its accounts frozen" after the
  freeze another report tells; not one of two arrests of workers that week). Or one of
  the two names no party and both name the same specific place ("Shells landed in Kharkiv
  on Sunday", "Russian artillery hit Kharkiv on Sunday").
  Such a pair is the weakest candidate. So is one where one of the two names no party and
  their sentences give a name in common that is no country, nationality or capital, when
  their reports are not about two countries ("gathered outside ESCOM's office in the city
  centre" and "rallied outside ESCOM in Blantyre": `_named`). When no side is known in both,
  a side named only by a sector with no country ("drivers stopped work", "police") may
  anchor the pair by its report's country, if the other mention names that country on the
  same side ("Portuguese bus drivers"); it conflicts with nothing. So may the country of
  the place of an event with no target, as its target, when it is not the source's
  ("Russia shelled Kharkiv" and "five Ukrainians were killed"). A mutual clash (of
  `MUTUAL_TYPES`: not tit-for-tat expulsions), told with two or more countries as its source and none as its target
  ("Afghan and Pakistani border forces exchanged fire"), has those countries on both sides:
  it agrees with any mention whose every party is one of them ("Afghan guards opened fire",
  "two Pakistani soldiers were killed"), and two mutual mentions need the same countries;
- overlapping dates, each widened by its precision (a "document"-precision date is the
  publication day and the two days before, `DOCUMENT_LAG`, since reports trail events; the
  day of a visit, talks or a strike also the next day, `RUNS_ON`, `RUNS_ON_CODES`); a date of a month, a
  year or a range over a week names no one event and pairs only inside its report;
- compatible places: unknown, the same place, a country and a place inside it, a
  first-level region and a city inside it ("in Benue state" and "in Yelwata"), or two cities
  within `NEAR_KM` of each other that a sentence marks as near ("landed at Katunayake" and
  "handed over in Colombo"): as a candidate pair only between mentions that both have a
  party and a day; an event whose member placed in one city marks the other may then take
  in mentions of both.

Candidate pairs are then joined strongest first (same place, same day, same dyad), and a
join is refused when it would put two different named places (but a region and one city
inside it, or two cities near each other), or two different known
dyads, into one event, or a day outside the days that a range-dated member allows ("three
days after" Friday's attack is not Friday's attack, even through a short retelling). So a report that names no place cannot chain an arrest in Tbilisi
to one in Batumi. A report that gives its event no place but names a city elsewhere in the
sentence ("arrested three journalists working for a newspaper in Izmir") does not join an
event placed in another city of that country (Istanbul), unless it is a statement, whose
sentence names what it is about (`STATEMENT_TYPES`); a city abroad says nothing, and
neither does a suburb of the event's city ("the demolition of homes in Jomvu" and an arrest
in Mombasa, 10 km apart: `store.duck` marks the cities near each named city). Pairs are ordered by content (mention ids), never by arrival, so the
result does not depend on ingest order. The event key is a hash of the sorted mention ids.

Inside one report, a mention that lacks an anchor (no known party, or only the
publication day for a date: "The boat was stopped near the river mouth", "Gendarmes turned
back several hundred travellers") is also a candidate of each mention of the same report
and block, in another sentence, that tells the event in full, when no party conflicts, the places are compatible
and the dates overlap or the lacking one has only the document's date. These pairs come
after every pair across reports, nearest sentence first, so the lacking mention follows its
report's own telling of the event into whatever event that joins. Two lacking mentions of
one report and block are such a pair too, weaker than any with a full telling ("Gunmen
attacked the village on Sunday, officials said" and "The raid left seven dead": a short
report may tell its event in full nowhere).

An event keeps one date: its members' day-precision dates span at most a day
(`MAX_DAY_SPAN`) and the publication days of its document-dated members at most three
(`MAX_PUBLICATION_SPAN`), so reports on consecutive days cannot chain a busy dyad's
separate events into one long event.

Candidates are looked for by bucket (`_buckets`): within a block, mentions are compared only
with those sharing a party on the same side (either side for the symmetric types), or, when
undated, the same codes, and only while their dates overlap. Whether two mentions are a
candidate pair depends on those two alone, and a join decision only on the clusters of its
pair, so the result decomposes over the connected components of the candidate-pair graph:
merging any set of mentions that is a union of whole components gives exactly the events
the full merge gives for those mentions. The store relies on this to re-merge only the
components that new mentions touch (`store.duck.DuckStore.rebuild_events`), and
`merge_buckets` tells it where a mention's candidates can be.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..datafiles import data_path, read_csv

__all__ = ["MentionKey", "candidate_pairs", "merge_buckets", "merge_mentions"]

#: PLOVER types whose mentions merge with those of another: one statement that condemns a
#: side and demands something of it is told as the accusation by some reports and as the
#: demand by others ("Somalia accused Ethiopia of sending troops", "Mogadishu demanded the
#: withdrawal of the troops"). An appeal (CAMEO 02) is never an accusation: `VERBAL_FORMS`.
#: Talks and what their two sides agreed at them are one meeting, told as the visit by some
#: reports and as the agreement by others ("the ministers held talks in Montevideo",
#: "Chile and Uruguay agreed to study a rail link"); such a pair of types is weaker than
#: one of a single type (`_verdict`). A challenge to a result is told as its rejection by
#: some reports and as the accusation of fraud by others ("the opposition rejected the
#: results", "the party accused the commission of rigging the count"): REJECT joins the
#: accusation family (never an appeal: `VERBAL_FORMS`).
TYPE_FAMILIES = {"ACCUSE": "ACCUSE|REQUEST", "REQUEST": "ACCUSE|REQUEST", "REJECT": "ACCUSE|REQUEST",
                 "CONSULT": "CONSULT|AGREE", "AGREE": "CONSULT|AGREE"}
#: CAMEO codes whose mentions merge with those of another PLOVER type: a signed formal
#: agreement (057, SUPPORT) is the agreement that other reports tell as "agreed" (AGREE).
FAMILIES = {"057": "CONSULT|AGREE"}
#: The families whose two sides may be told in either order.
SYMMETRIC_TYPES = frozenset({"CONSULT|AGREE", "COOPERATE"})


#: Forms of one type that never tell the same event, by CAMEO code prefix (PLOVER's modes of
#: PROTEST): a strike (a stoppage, 143) is neither a march (141) nor a riot (145), even on one
#: day and over one grievance ("public employees marched in the capital while dockers struck
#: at the port"); but a march may turn into a riot (`COMPATIBLE_FORMS`).
EXCLUSIVE_FORMS = {"143": "strike", "145": "riot", "141": "demonstration"}
#: Pairs of exclusive forms that may still tell one event: "the march turned into a riot";
#: "rejected the results, accusing the commission of fraud".
COMPATIBLE_FORMS = frozenset({frozenset({"demonstration", "riot"}), frozenset({"accuse", "reject"})})


def forms_clash(forms: set[str] | frozenset[str]) -> bool:
    """Do these exclusive forms (`form`) belong to two events?"""
    return len(forms) > 1 and frozenset(forms) not in COMPATIBLE_FORMS
#: PLOVER modes of one type that never tell the same event: a state recalling its own envoy
#: (SANCTION, mode "withdraw") and expelling the other's diplomats ("expel"), both CAMEO 161.
EXCLUSIVE_MODES = {("SANCTION", "withdraw"): "withdraw", ("SANCTION", "expel"): "expel"}


#: The types (or families) whose act, told with two or more countries as its source and
#: none as its target, is one mutual act of both sides: a clash ("Afghan and Pakistani forces
#: exchanged fire"), a crackdown, traded threats or accusations. Tit-for-tat measures are
#: not: "Kyrgyzstan and Tajikistan expelled each other's diplomats" tells two expulsions.
MUTUAL_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE|REQUEST"})
#: Forms of the accusation-and-demand family (`TYPE_FAMILIES`): an accusation or a
#: rejection and an appeal (a REQUEST outside CAMEO's demands, 10) are never one event; a
#: demand may be told with any of them, and a rejection with an accusation.
VERBAL_FORMS = {"ACCUSE": "accuse", "REQUEST": "appeal", "REJECT": "reject"}


def form(m: MentionKey) -> str | None:
    """The mention's exclusive form (`EXCLUSIVE_FORMS`, `EXCLUSIVE_MODES`, `VERBAL_FORMS`),
    if it has one."""
    if m.plover_type == "REQUEST" and m.cameo_code.startswith("10"):
        return None
    return (EXCLUSIVE_FORMS.get(m.cameo_code[:3]) or EXCLUSIVE_MODES.get((m.plover_type, m.plover_mode))
            or VERBAL_FORMS.get(m.plover_type))


def family(m: MentionKey) -> str:
    """The type a mention merges under: its PLOVER type, or its code's or type's family."""
    return FAMILIES.get(m.cameo_code) or TYPE_FAMILIES.get(m.plover_type, m.plover_type)


@dataclass(frozen=True)
class MentionKey:
    """What the merge needs to know about one mention."""

    event_id: str
    plover_type: str
    negated: bool
    modality: str
    source_codes: str
    target_codes: str
    date_start: str | None
    date_end: str | None
    precision: str | None
    place_id: str | None  # geonames id, or "country:XXX" for a country-level place
    place_country: str | None
    #: Specific places the mention's sentence names anywhere: (GeoNames id, ISO3 country);
    #: a first-level region also as ("region:<its region code>", ISO3), and a city's region
    #: as ("in:<region code>", ISO3).
    sentence_places: frozenset[tuple[str, str]] = frozenset()
    #: The report (content hash) and sentence index the mention comes from; "" when unknown.
    doc: str = ""
    sentence: int = -1
    #: The first-level region (state, province: "NGA.46") of a specific place, and whether
    #: the place is that region itself rather than a city in it; None when unknown.
    place_region: str | None = None
    place_is_region: bool = False
    #: The CAMEO code; "" when unknown. A few codes merge with another type (`FAMILIES`).
    cameo_code: str = ""
    #: The PLOVER mode; "" when unknown (see `EXCLUSIVE_MODES`).
    plover_mode: str = ""
    #: The country the mention's report is about ("" when none clearly is): the domestic
    #: country of a day-dated mention that names no party and no place.
    report_country: str = ""
    #: Names the mention's sentence gives that are no country, nationality or capital
    #: ("escom", "jiidali"): a mention with no party pairs with one of the same type and
    #: days whose sentence gives one of them (`_named`).
    names: frozenset[str] = frozenset()
    #: The sides whose country the coder inferred from the report, not from the text: "s:"
    #: or "t:" and the code ("t:ERIAGR" for "the fishermen" in an Eritrean report). Such a
    #: side anchors a pair as a named one does, but a different country named for it
    #: elsewhere is no conflict ("Eritrea freed 16 Yemeni fishermen").
    inferred: frozenset[str] = frozenset()


#: Day-precision dates of one event may differ by this many days ("late on Monday" is
#: Tuesday's news in another time zone), no more.
MAX_DAY_SPAN = 1
#: Reports dated only by publication may trail the event by a few days.
MAX_PUBLICATION_SPAN = 3
#: A mention dated only by its report's publication day may tell an event of that day or of
#: this many days before.
DOCUMENT_LAG = 2
#: Types whose events run on into the next day: a visit or talks ("began a two-day visit on
#: Monday", "the two ministers met on Tuesday"). A day-dated mention of one may pair with a
#: mention of the next day (the event still keeps its dates within `MAX_DAY_SPAN`). Not
#: protests (session 19: marches of one group on two days are often two events).
RUNS_ON = {"CONSULT": 1}
#: Codes whose events run on the same way: a strike ("walked off the job on Tuesday,
#: starting a 72-hour strike" and "Entered in its second day this Wednesday the strike").
RUNS_ON_CODES = {"143": 1}


#: Families (`family`) that are only what a side says: PLOVER's verbal types but meetings
#: and agreements (a signed agreement, 057, is an agreement), which happen somewhere. A city
#: that the sentence of a placeless one names is what it is about ("threatened to halt oil
#: exports from Kirkuk"), not where it happened, so it is no hint of another event
#: (`_Cluster.hints`).
STATEMENT_TYPES = frozenset({"ACCUSE|REQUEST", "REJECT", "SUPPORT", "THREATEN"})


SECTORS = frozenset(
    "GOV MIL COP REB INS CVL IGO NGO JUD LEG OPP PTY MED BUS LAB AGR EDU HLH REL CRM SPY UAF REF ELI PRE UNK".split()
)


#: Organs of an organisation that reports name for the organisation itself ("the Security
#: Council's sanctions committee added five names", "five Libyans placed under UN sanctions").
ORGAN_OF = {"IGOUSC": "IGOUNO", "IGOUGA": "IGOUNO"}


@functools.lru_cache(maxsize=1)
def _sovereigns() -> dict[str, str]:
    """Dependencies and their states (`sovereign` in `data/actors/countries.csv`)."""
    rows = read_csv(data_path("actors/countries.csv"), ("iso3",))
    return {row["iso3"]: row["sovereign"] for row in rows if row.get("sovereign")}


def _state(iso: str | None) -> str | None:
    """The state a country code belongs to, for comparing parties: French Guiana's police
    and "French gendarmes" are one state's ("GUF" -> "FRA"); a state is its own."""
    return _sovereigns().get(iso, iso) if iso else iso


def _parties(codes: str) -> frozenset[str]:
    """Who takes part, by state: "USAMIL" -> USA, "GUFCOP" -> FRA (`_state`); an
    organisation keeps its whole code ("IGOUNO", "INSALQ"), an organ its organisation's
    (`ORGAN_OF`); a sector with no country ("COP") says nothing and is left out."""
    out = set()
    for code in codes.split(";"):
        code = code.strip()
        if len(code) < 3 or not (code.isalpha() and code.isupper()):
            continue  # the store keeps an uncoded actor's words ('"CNL"', "Gendarmes"): no party
        if code[:3] in SECTORS:
            if len(code) > 3:
                out.add(ORGAN_OF.get(code, code))
            continue
        out.add(_state(code[:3]))
    return frozenset(out)


@dataclass(slots=True)
class _Mention:
    key: MentionKey
    id: str
    start: date | None
    end: date | None
    src: frozenset[str]
    tgt: frozenset[str]
    both: frozenset[str]
    place: str | None  # a specific (not country-level) place id
    region: str | None  # its first-level region, if known
    #: No known party, or no date but the document's: needs its report's full telling.
    lacking: bool
    #: The one country that every known party and the place belong to, if there is one
    #: and no organisation takes part: the event is domestic there (`_domestic`).
    home: str | None = None
    form: str | None = None  # see `EXCLUSIVE_FORMS`
    #: For a side named only by a sector ("police", "workers"): the report's country
    #: (`_soft`); it anchors a pair, but conflicts with nothing.
    soft_src: frozenset[str] = frozenset()
    soft_tgt: frozenset[str] = frozenset()
    #: Two or more countries as the source and no target: a clash told as mutual (`_mutual`).
    mutual: bool = False
    #: The parties of each side that only an inferred country gives (`MentionKey.inferred`).
    src_inferred: frozenset[str] = frozenset()
    tgt_inferred: frozenset[str] = frozenset()
    #: `home` is only the report's country of a mention with no party, no place and only
    #: its publication day: it joins a domestic event only when just one is at hand (`_join`).
    loose_home: bool = False


def _prepare(m: MentionKey) -> _Mention:
    start = end = None
    if m.date_start:
        start = date.fromisoformat(m.date_start)
        end = date.fromisoformat(m.date_end or m.date_start)
        if m.precision == "document":
            start -= timedelta(days=DOCUMENT_LAG)
        elif m.precision == "day":
            end += timedelta(days=RUNS_ON.get(m.plover_type, 0) or RUNS_ON_CODES.get(m.cameo_code[:3], 0))
    place = m.place_id if m.place_id and not m.place_id.startswith("country:") else None
    src, tgt = _parties(m.source_codes), _parties(m.target_codes)
    lacking = not (src or tgt) or m.precision in (None, "document") or _coarse(m, start, end)
    both = src | tgt
    home = None
    loose_home = False
    place_state, report_state = _state(m.place_country), _state(m.report_country)
    if all(len(p) == 3 for p in both):  # countries only: no organisation takes part
        countries = set(both) | ({place_state} if place_state else set())
        if len(countries) == 1:
            home = countries.pop()
        elif not countries and m.precision in ("day", "document") and report_state:
            # "The march over the arrears turned violent on Wednesday", in a Bangladeshi report
            # (or on no day: "a money changer has had its accounts frozen", `loose_home`)
            home = report_state
            loose_home = m.precision == "document"
    region = m.place_region if place else None
    mutual = len(src) > 1 and not tgt and all(len(p) == 3 for p in src) and family(m) in MUTUAL_TYPES
    # (not the diplomats an expulsion sends home: they are another country's, whichever
    # country the report is about)
    soft_tgt = _soft(m.target_codes, tgt, report_state) if m.plover_mode != "expel" else frozenset()
    if not tgt and place_state and place_state not in src and family(m) not in SYMMETRIC_TYPES:
        # "Russia shelled Kharkiv", "WFP trucks delivered food in Juba": an event done in
        # another country than its source's is probably done to that country (`_soft`)
        soft_tgt |= {place_state}
    return _Mention(m, m.event_id, start, end, src, tgt, both, place, region, lacking, home, form(m),
                    _soft(m.source_codes, src, report_state), soft_tgt, mutual,
                    _inferred(m, "s", m.source_codes), _inferred(m, "t", m.target_codes),
                    loose_home=loose_home)


def _inferred(m: MentionKey, side: str, codes: str) -> frozenset[str]:
    """The parties of one side that only codes with an inferred country give."""
    if not m.inferred:
        return frozenset()
    marked = {c[2:] for c in m.inferred if c.startswith(side + ":")}
    said = ";".join(c for c in codes.split(";") if c.strip() not in marked)
    return _parties(";".join(marked)) - _parties(said)


def _side_agrees(x: frozenset[str], y: frozenset[str], x_inferred: frozenset[str], y_inferred: frozenset[str]) -> bool:
    """Two known sides of a pair agree: a party in common, or one of them known only by
    an inferred country."""
    return bool(x & y) or x <= x_inferred or y <= y_inferred


def _soft(codes: str, parties: frozenset[str], report_country: str | None) -> frozenset[str]:
    """A side named only by a sector with no country ("police", "striking workers") is
    probably of the report's country. (An empty target of an event placed in a country
    other than its source's is probably that country: `_prepare`.) Such a soft party anchors
    a pair when no side is known in both, and conflicts with nothing."""
    if parties or not report_country:
        return frozenset()
    sectors = any(c.strip() in SECTORS for c in codes.split(";"))
    return frozenset({report_country}) if sectors else frozenset()


def _coarse(m: MentionKey, start: date | None, end: date | None) -> bool:
    """Dated only to a month or a year, or a range of more than a week: such a date names no
    one event ("the worst clashes this year"), so it pairs only inside its report."""
    if m.precision in ("month", "year"):
        return True
    return start is not None and end is not None and (end - start).days > 7


def _places_compatible(a: _Mention, b: _Mention) -> bool:
    if a.place and b.place:
        # the same place, or a region and a city in it ("in Benue state", "in Yelwata"), or
        # two cities next to each other ("landed at Katunayake", "handed over in Colombo")
        return a.place == b.place or (a.region is not None and a.region == b.region
                                      and a.key.place_is_region != b.key.place_is_region) or (
            not a.key.place_is_region and not b.key.place_is_region and not a.lacking and not b.lacking
            and _near_pair(a.place, b.place, _nears(a) | _nears(b)))
    ca, cb = _state(a.key.place_country), _state(b.key.place_country)
    return ca is None or cb is None or ca == cb


#: The score of a pair that only a loose home makes (`_Mention.loose_home`): joined last,
#: and only when it is the one domestic event at hand (`_join`).
LOOSE = -1000


def _verdict(a: _Mention, b: _Mention, symmetric: bool) -> int | None:
    """The pair's score if `a` and `b` are candidates, else None (see the module docstring).
    Depends on the two mentions only."""
    score = _plain_verdict(a, b, symmetric)
    if score is None or not (a.loose_home or b.loose_home):
        return score
    plain = _plain_verdict(_unhomed(a), _unhomed(b), symmetric)
    return plain if plain is not None else LOOSE


def _unhomed(m: _Mention) -> _Mention:
    return replace(m, home=None, loose_home=False) if m.loose_home else m


def _plain_verdict(a: _Mention, b: _Mention, symmetric: bool) -> int | None:
    if not _places_compatible(a, b):
        return None
    if a.form and b.form and forms_clash({a.form, b.form}):
        return None
    score = _pair_score(a, b, symmetric)
    if score is not None and (a.key.plover_type == "CONSULT") != (b.key.plover_type == "CONSULT"):
        return score - 6  # (talks and an agreement at them: after the pairs of one type)
    return score


def _pair_score(a: _Mention, b: _Mention, symmetric: bool) -> int | None:
    if a.start is None or b.start is None:
        if (a.start is None and b.start is None
                and (a.key.source_codes, a.key.target_codes) == (b.key.source_codes, b.key.target_codes)):
            return _score(a, b)
        overlap = True  # (for the report's own mentions: an undated one says nothing against)
    else:
        first, second = (a, b) if (a.start, a.id) <= (b.start, b.id) else (b, a)
        overlap = second.start <= first.end  # type: ignore[operator]
        if overlap and not _coarse(a.key, a.start, a.end) and not _coarse(b.key, b.start, b.end):
            if _dyads_compatible(a, b, symmetric):
                return _score(a, b)
            if _domestic(a, b, symmetric) or _placed(a, b):
                return 0
            if _soft_anchored(a, b, symmetric) or _named(a, b, symmetric) or _hosted(a, b, symmetric):
                return -1
    if (a.key.doc and a.key.doc == b.key.doc and a.key.sentence != b.key.sentence
            and (a.lacking or b.lacking) and _no_conflict(a, b, symmetric)):
        # (two events of one type told in one sentence are two events: "shelled the school
        # four days after they hit the market")
        if overlap or any(m.lacking and m.key.precision in (None, "document") for m in (a, b)):
            # (a telling whose dates overlap comes first: "They exchanged fire on Sunday,
            # three days after artillery shelled villages. Two soldiers were killed."; even
            # one that lacks as much: dates that disagree say more than a missing party)
            return (-1 - min(abs(a.key.sentence - b.key.sentence), 50) - 60 * (a.lacking and b.lacking)
                    - 120 * (not overlap))
    return None


def _dyads_compatible(a: _Mention, b: _Mention, symmetric: bool) -> bool:
    """A shared party (symmetric types), or every side known in both shared and at least one
    such side."""
    if symmetric:
        return bool(a.both & b.both)
    if a.mutual or b.mutual:
        return _mutual_agrees(a, b)
    known = [(x, y, xi, yi) for x, y, xi, yi in ((a.src, b.src, a.src_inferred, b.src_inferred),
                                                 (a.tgt, b.tgt, a.tgt_inferred, b.tgt_inferred)) if x and y]
    return any(x & y for x, y, _, _ in known) and all(_side_agrees(*side) for side in known)


def _soft_anchored(a: _Mention, b: _Mention, symmetric: bool) -> bool:
    """No side known in both, but a soft party of one (`_soft`: a sector-only side's report
    country, a target-less event's foreign place) is a party of the other on that side. The
    weakest anchor: such pairs come after all the others across reports."""
    if symmetric or a.mutual or b.mutual or any(x and y for x, y in ((a.src, b.src), (a.tgt, b.tgt))):
        return False
    return bool(a.src & b.soft_src or a.soft_src & b.src or a.tgt & b.soft_tgt or a.soft_tgt & b.tgt)


def _hosted(a: _Mention, b: _Mention, symmetric: bool) -> bool:
    """Talks in one city on one day, one report naming only the host country and the other
    only its guests ("Morocco hosted a consultative meeting in Bouznika", "the two Libyan
    delegations held talks in Bouznika"): the host is where the talks are. As weak as a
    soft anchor."""
    if (not symmetric or a.place is None or a.place != b.place or a.start != b.start
            or a.key.precision != "day" or b.key.precision != "day"):
        return False
    host = _state(a.key.place_country)
    return host is not None and any(x.both == {host} and y.both and host not in y.both for x, y in ((a, b), (b, a)))


def _named(a: _Mention, b: _Mention, symmetric: bool) -> bool:
    """One of the two names no party, their sentences give a name in common that is no
    country or capital (`MentionKey.names`: "a rally outside ESCOM's office in the city
    centre" and "traders rallied outside ESCOM in Blantyre"), no side known in both differs
    and their reports are not about two countries. As weak as a soft anchor."""
    if a.both and b.both:
        return False
    ra, rb = _state(a.key.report_country), _state(b.key.report_country)
    return _names_meet(a.key.names, b.key.names) and not (ra and rb and ra != rb) and _no_conflict(a, b, symmetric)


def _name_keys(names: frozenset[str]) -> list[str]:
    """The "N" bucket keys of a mention's names: each name, and each run of two or more of
    its words ("red light market": also "red light", "light market"), so that a name and
    one that holds it share a key (`_names_meet`)."""
    keys = set(names)
    for name in names:
        words = name.split()
        keys.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1))
    return sorted(keys)


def _names_meet(x: frozenset[str], y: frozenset[str]) -> bool:
    """A name in common, or a name of two words or more that another one holds ("red light"
    and "red light market")."""
    if x & y:
        return True
    for short, long in ((x, y), (y, x)):
        for name in short:
            if " " in name and any(f" {name} " in f" {other} " for other in long):
                return True
    return False


def _domestic(a: _Mention, b: _Mention, symmetric: bool) -> bool:
    """Both events are domestic to one country (every known party and place is that
    country's) and no side known in both differs: "Rebels shelled the outskirts of Sirte" and
    "A militia attack on the city killed five soldiers" (the sides of a domestic clash are
    told either way round, or left out), "Thousands marched in Toamasina" and "Protesters
    denounced the results" from a Malagasy source."""
    return a.home is not None and a.home == b.home and _no_conflict(a, b, symmetric) and (symmetric or not _crossed(a, b))


def _placed(a: _Mention, b: _Mention) -> bool:
    """One of the two names no party and both name the same specific place ("Shells landed
    in Kharkiv on Sunday" and "Russian artillery hit Kharkiv on Sunday"): the place anchors
    the pair as a party would."""
    return (not a.both or not b.both) and a.place is not None and a.place == b.place


def _crossed(a: _Mention, b: _Mention) -> bool:
    """One actor, named down to its sector, on opposite sides: "Pakistani forces fired" and
    "two Pakistani soldiers were killed" are not one domestic clash told two ways."""
    def sectored(codes: str) -> set[str]:
        return {c.strip() for c in codes.split(";") if len(c.strip()) > 3}
    return bool(sectored(a.key.source_codes) & sectored(b.key.target_codes)
                or sectored(a.key.target_codes) & sectored(b.key.source_codes))


def _mutual_agrees(a: _Mention, b: _Mention) -> bool:
    """A mutual clash and another mention: every party of the other is one of the clash's
    countries (and it names one); two mutual clashes: the same countries."""
    return bool(a.both and b.both) and all(y.both <= x.both for x, y in ((a, b), (b, a)) if x.mutual)


def _no_conflict(a: _Mention, b: _Mention, symmetric: bool) -> bool:
    if symmetric:
        return not (a.both and b.both) or bool(a.both & b.both)
    if (a.mutual or b.mutual) and a.both and b.both:
        return _mutual_agrees(a, b)
    return all(_side_agrees(x, y, xi, yi) for x, y, xi, yi in ((a.src, b.src, a.src_inferred, b.src_inferred),
                                                               (a.tgt, b.tgt, a.tgt_inferred, b.tgt_inferred)) if x and y)


def _score(a: _Mention, b: _Mention) -> int:
    return (2 * (a.place is not None and a.place == b.place)
            + (a.key.precision == b.key.precision == "day" and a.start == b.start)
            + (a.key.source_codes == b.key.source_codes) + (a.key.target_codes == b.key.target_codes))


@dataclass
class _Cluster:
    ids: list[str]
    #: (GeoNames id, country, region, is the region itself) of the members' places
    places: set[tuple[str, str | None, str | None, bool]] = field(default_factory=set)
    srcs: set[frozenset[str]] = field(default_factory=set)
    #: For each member with no place of its own whose sentence names places: those places.
    hints: set[frozenset[tuple[str, str]]] = field(default_factory=set)
    #: (earliest, latest) day-precision date of the members, and publication day of the
    #: document-dated ones.
    days: tuple[date, date] | None = None
    pubs: tuple[date, date] | None = None
    forms: set[str] = field(default_factory=set)
    #: The countries of each mutual clash among the members (`_Mention.mutual`).
    mutuals: set[frozenset[str]] = field(default_factory=set)
    #: The days every range-dated member allows (the intersection of their ranges): "three
    #: days after" Friday's attack is no part of Friday's attack.
    within: tuple[date, date] | None = None
    #: (city, a city within `NEAR_KM` of it) for the members' own places, from their sentences'
    #: "near:" marks: an airport town and its city ("landed at Katunayake", "handed over in
    #: Colombo") are one event's places.
    nears: set[tuple[str, str]] = field(default_factory=set)

    def absorb(self, other: _Cluster) -> None:
        self.ids.extend(other.ids)
        self.nears |= other.nears
        self.forms |= other.forms
        self.mutuals |= other.mutuals
        self.places |= other.places
        self.srcs |= other.srcs
        self.hints |= other.hints
        self.days = _span(self.days, other.days)
        self.pubs = _span(self.pubs, other.pubs)
        self.within = _meet(self.within, other.within)

    def admits(self, other: _Cluster) -> bool:
        if forms_clash(self.forms | other.forms):
            return False  # a strike and a march, chained by a report that tells both
        within = _meet(self.within, other.within)
        days = _span(self.days, other.days)
        if within is not None and (within[0] > within[1] or (
                days is not None and (days[0] < within[0] - timedelta(days=MAX_DAY_SPAN)
                                      or days[1] > within[1] + timedelta(days=MAX_DAY_SPAN)))):
            return False  # a range-dated member and a day outside it
        for mine, theirs, limit in ((self.days, other.days, MAX_DAY_SPAN), (self.pubs, other.pubs, MAX_PUBLICATION_SPAN)):
            joint = _span(mine, theirs)
            if joint is not None and (joint[1] - joint[0]).days > limit:
                return False  # one event has one date
        places = self.places | other.places
        if len(places) > 1:
            # two named places: two events, unless one is a region and the other a city in it
            cities = {p for p in places if not p[3]}
            regions = {p for p in places if p[3]}
            nears = self.nears | other.nears
            if len(cities) == 2 and not regions and _near_pair(*(c[0] for c in cities), nears):
                pass  # (two cities next to each other: the airport town and its city)
            elif len(cities) > 1 or len(regions) > 1 or next(iter(cities))[2] != next(iter(regions))[2]:
                return False
        # A placeless report whose sentence names another city of the event's country is
        # about another event there ("arrested three journalists of a newspaper in Izmir"
        # is not the Istanbul arrest); a city of another country says nothing.
        for hint in self.hints | other.hints:
            for place in places:
                if (place[:2] not in hint and (f"region:{place[2]}", place[1]) not in hint
                        and not (place[3] and (f"in:{place[2]}", place[1]) in hint)
                        and (f"near:{place[0]}", place[1]) not in hint
                        and any(country == place[1] for _, country in hint)):
                    return False  # (a city in a region the sentence names agrees with it, a
                    # region agrees with a city in it that the sentence names: "in:" markers,
                    # and a city with a suburb of it, or a city it is a suburb of: "near:")
        return True


def _near_pair(a: str, b: str, nears: set[tuple[str, str]]) -> bool:
    return (a, b) in nears or (b, a) in nears


def _nears(m: _Mention) -> set[tuple[str, str]]:
    """(the mention's own city, each city its sentence marks as near it)."""
    if not m.place or m.key.place_is_region:
        return set()
    return {(m.place, gid[5:]) for gid, _ in m.key.sentence_places if gid.startswith("near:")}


def _span(a: tuple[date, date] | None, b: tuple[date, date] | None) -> tuple[date, date] | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))


def _meet(a: tuple[date, date] | None, b: tuple[date, date] | None) -> tuple[date, date] | None:
    """The days both windows allow (start after end when none), or the one given."""
    if a is None or b is None:
        return a or b
    return max(a[0], b[0]), min(a[1], b[1])


def _cluster(m: _Mention) -> _Cluster:
    day = (m.start, m.start) if m.key.precision == "day" and m.start else None
    pub = (m.end, m.end) if m.key.precision == "document" and m.end else None
    within = ((m.start, m.end) if m.key.precision == "range" and m.start and m.end
              and not _coarse(m.key, m.start, m.end) else None)
    return _Cluster([m.id], {(m.place, m.key.place_country, m.region, m.key.place_is_region)} if m.place else set(),
                    {m.src - m.src_inferred} if m.src - m.src_inferred else set(),
                    {m.key.sentence_places} if (not m.place and m.key.sentence_places
                                                and family(m.key) not in STATEMENT_TYPES) else set(), day, pub,
                    {m.form} if m.form else set(), {m.src} if m.mutual else set(), within, _nears(m))


def merge_mentions(mentions: Iterable[MentionKey], *,
                   pairs: Mapping[tuple[str, str], int] | None = None) -> dict[str, list[str]]:
    """Map event key -> sorted mention ids.

    `pairs`, when given, must be `candidate_pairs` of these mentions (or of a set of
    mentions containing them, restricted to them), computed earlier: the store's incremental
    rebuild has them already and saves finding them again."""
    events: dict[str, list[str]] = {}
    blocks = _blocks(mentions)
    given: dict[tuple[str, bool, str], dict[tuple[str, str], int]] = defaultdict(dict)
    if pairs is not None:
        block_of = {m.id: name for name, block in blocks.items() for m in block}
        for (x, y), score in pairs.items():
            name = block_of.get(x)
            if name is not None and block_of.get(y) == name:
                given[name][(x, y)] = score
    for name, block in blocks.items():
        symmetric = name[0] in SYMMETRIC_TYPES
        found = _block_pairs(block, symmetric) if pairs is None else given[name]
        for cluster in _join(block, found, symmetric):
            events[hashlib.sha1("\x1f".join(cluster).encode()).hexdigest()[:16]] = cluster
    return events


def candidate_pairs(mentions: Iterable[MentionKey]) -> dict[tuple[str, str], int]:
    """The candidate pairs `merge_mentions` would consider among these mentions, as sorted
    (id, id) pairs with their scores. Whether two mentions form one depends on those two
    mentions only, so the pairs among a subset are the pairs of the whole restricted to it;
    the merge's result on a set of mentions closed under this relation is the restriction of
    its result on any larger set (see the module docstring)."""
    out: dict[tuple[str, str], int] = {}
    for (ptype, _, _), block in _blocks(mentions).items():
        out.update(_block_pairs(block, ptype in SYMMETRIC_TYPES))
    return out


def merge_buckets(m: MentionKey) -> list[tuple[str, date | None, date | None]]:
    """Where the merge looks for the candidates of `m`: (bucket, lo, reach) for each bucket.
    Any candidate pair of mentions shares a bucket (the bucket names include the block) in
    which either one of them has no window (lo and reach None: undated, or the report's own
    bucket) or their windows overlap: a.lo <= b.reach and b.lo <= a.reach. A store can index
    these to find, by SQL, a superset of a mention's candidates; `merge_mentions` itself only
    ever compares mentions that share a bucket, so this holds by construction."""
    p = _prepare(m)
    block = f"{family(m)}\x1f{int(bool(m.negated))}\x1f{m.modality}\x1f"
    out: list[tuple[str, date | None, date | None]] = []
    for b in _buckets(p, family(m) in SYMMETRIC_TYPES):
        if p.start is None or p.end is None or b[0] in "UD":
            out.append((block + b, None, None))
        else:
            out.append((block + b, p.start, max(p.start, p.end)))
    return out


def _blocks(mentions: Iterable[MentionKey]) -> dict[tuple[str, bool, str], list[_Mention]]:
    blocks: dict[tuple[str, bool, str], list[_Mention]] = defaultdict(list)
    for m in mentions:
        blocks[(family(m), m.negated, m.modality)].append(_prepare(m))
    return blocks


def _buckets(m: _Mention, symmetric: bool) -> list[str]:
    """The keys under which `m` is compared with the other mentions of its block.

    Undated mentions pair only with mentions of exactly the same codes. Dated ones need
    compatible dyads: for meetings, cooperation and agreements that is a shared party,
    on either side; for the other types, every side known in both must be shared and at
    least one side must be (the pair is anchored there), so they share a party *on the same
    side*. Two domestic events of one country (`_domestic`) need a shared key only when the
    dyad rule does not already give them one: a mention with both sides known shares its
    country's S and T keys with every domestic mention that has a side; a mention with no
    party is put under those keys too (under B for the symmetric types); and a one-sided
    mention is also keyed by its country ("C"), where only a source-only and a target-only
    one are compared (`_domestic_pairs`). A mutual clash is keyed by its countries on both
    sides. A mention with a specific place is keyed by it ("P"), where a mention with no
    party pairs with any of the same place (`_placed`). A dated mention is also keyed by
    each name its sentence gives, and each run of two or more of a name's words ("N",
    `_name_keys`), where a mention with no party pairs with any other
    (`_named`, `_named_pairs`). Keying by (side, party) rather than by party alone keeps "USA did X" away from
    "X was done to the USA", which cannot pair: a busy party costs the square of its mentions
    per side, not of all of them. A side named only by a country-less sector is keyed by its
    report's country too (`_soft`). Every mention is also keyed by its report ("D"), where the
    report's own mentions are compared whatever their dates."""
    report = [f"D\x1f{m.key.doc}"] if m.key.doc else []
    if m.start is None:
        return [f"U\x1f{m.key.source_codes}\x1f{m.key.target_codes}", *report]
    names = [f"N\x1f{n}" for n in _name_keys(m.key.names)]
    if symmetric:
        home = [f"B\x1f{m.home}"] if m.home and not m.both else []
        return [f"B\x1f{p}" for p in m.both] + home + ([f"P\x1f{m.place}"] if m.place else []) + names + report
    home = []
    if m.home and not m.both:
        home = [f"S\x1f{m.home}", f"T\x1f{m.home}"]
    elif m.home and not (m.src and m.tgt):
        home = [f"C\x1f{m.home}"]
    # (a mutual clash has its countries on both sides)
    # (a specific place is a key too: a mention with no party pairs by it, `_placed`)
    place = [f"P\x1f{m.place}"] if m.place else []
    keys = ([f"S\x1f{p}" for p in m.src | m.soft_src] + [f"T\x1f{p}" for p in m.tgt | m.soft_tgt | (m.src if m.mutual else frozenset())]
            + home + place + names + report)
    return list(dict.fromkeys(keys))  # (a party-less mention's report country may be both soft and home)


def _by_start(m: _Mention) -> tuple[date, str]:
    return (m.start, m.id)  # type: ignore[return-value]


def _block_pairs(block: list[_Mention], symmetric: bool) -> dict[tuple[str, str], int]:
    """Candidate pairs of one block: (smaller id, larger id) -> score.

    A pair is a candidate when `_verdict` says so: both dated, their date intervals overlap
    (with a before b in (start, id) order: b.start <= a.end), their dyads and places are
    compatible; or both undated with the same codes and compatible places; or a lacking and a
    full mention of the same report. Every such pair shares a bucket (`_buckets`: a party on
    the same side, the country of two domestic events, the codes, or the report), and within a dated bucket sorted by (start, id)
    the sweep below stops at the first b with b.start > a.end, after which no later b can
    overlap a: so every candidate is found, with the same verdict in whichever bucket, since
    that depends on the two mentions only."""
    buckets: dict[str, list[_Mention]] = defaultdict(list)
    for m in block:
        for name in _buckets(m, symmetric):
            buckets[name].append(m)
    pairs: dict[tuple[str, str], int] = {}
    for name, members in buckets.items():
        if len(members) < 2:
            continue
        side = name[0]
        if side == "C":
            _domestic_pairs(members, symmetric, pairs)
            continue
        if side == "N":
            _named_pairs(members, symmetric, pairs)
            continue
        dated = side in "SBTCP"
        members.sort(key=_by_start if dated else lambda m: m.id)
        n = len(members)
        for i in range(n - 1):
            a = members[i]
            a_id, a_end = a.id, a.end
            for j in range(i + 1, n):
                b = members[j]
                if dated and b.start > a_end:  # type: ignore[operator]
                    break  # sorted by start: no later b overlaps a (the report's own: "D")
                b_id = b.id
                xy = (a_id, b_id) if a_id < b_id else (b_id, a_id)
                if xy in pairs:
                    continue  # already found in another bucket
                score = _verdict(a, b, symmetric)
                if score is not None:
                    pairs[xy] = score
    return pairs


def _domestic_pairs(members: list[_Mention], symmetric: bool, pairs: dict[tuple[str, str], int]) -> None:
    """The candidate pairs of a country's "C" bucket (`_buckets`) that share no other
    bucket: a source-only mention with a target-only one. A pair is found from whichever of
    the two starts first: its date interval overlaps the other's exactly when the other
    starts inside it."""
    sources = sorted((m for m in members if m.src), key=_by_start)
    targets = sorted((m for m in members if m.tgt), key=_by_start)
    for firsts, seconds in ((sources, targets), (targets, sources)):
        starts = [m.start for m in seconds]
        for a in firsts:
            for j in range(bisect.bisect_left(starts, a.start), len(seconds)):
                b = seconds[j]
                if b.start > a.end:  # type: ignore[operator]
                    break
                if b.id == a.id:
                    continue
                xy = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if xy not in pairs:
                    score = _verdict(a, b, symmetric)
                    if score is not None:
                        pairs[xy] = score


def _named_pairs(members: list[_Mention], symmetric: bool, pairs: dict[tuple[str, str], int]) -> None:
    """The candidate pairs of a name's "N" bucket (`_buckets`) that share no other bucket:
    those with a mention that names no party (`_named`). Such mentions are few, so a busy
    name costs its party-less mentions times their neighbours in time, not the square of
    its mentions. A pair is found from whichever of the two starts first (`_domestic_pairs`)."""
    everyone = sorted(members, key=_by_start)
    lone = [m for m in everyone if not m.both]
    if not lone:
        return
    for firsts, seconds in ((lone, everyone), (everyone, lone)):
        starts = [m.start for m in seconds]
        for a in firsts:
            for j in range(bisect.bisect_left(starts, a.start), len(seconds)):
                b = seconds[j]
                if b.start > a.end:  # type: ignore[operator]
                    break
                if b.id == a.id:
                    continue
                xy = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if xy not in pairs:
                    score = _verdict(a, b, symmetric)
                    if score is not None:
                        pairs[xy] = score


def _join(block: list[_Mention], pairs: dict[tuple[str, str], int], symmetric: bool) -> list[list[str]]:
    """Join candidate pairs strongest first (score, then ids), refusing joins the clusters'
    dates, places, place hints or sources forbid (sources with nothing in common, unless all
    are among the countries of a mutual clash in the cluster). Returns the clusters' sorted mention ids.

    Each decision depends only on the two clusters involved, and those only on earlier
    pairs inside the same connected component of the candidate graph: so the clusters of
    one component come out the same whether or not other components are merged alongside."""
    clusters = {m.id: _cluster(m) for m in block}
    owner = {eid: eid for eid in clusters}
    mentions = {m.id: m for m in block}
    loose: dict[str, list[str]] = defaultdict(list)
    for _, x, y in sorted((-score, x, y) for (x, y), score in pairs.items()):
        if pairs[(x, y)] == LOOSE:  # (kept for last)
            for lone, other in ((x, y), (y, x)):
                if mentions[lone].loose_home:
                    loose[lone].append(other)
            continue
        cx, cy = owner[x], owner[y]
        if cx == cy:
            continue
        a, b = clusters[cx], clusters[cy]
        saved = a.pubs, b.pubs
        for lone, told, c in ((x, y, a), (y, x, b)):
            if (len(c.ids) == 1 and mentions[lone].key.precision == "document" and mentions[lone].lacking
                    and mentions[lone].key.doc == mentions[told].key.doc and mentions[told].key.precision == "day"):
                # a report's short retelling joining its own full telling: its publication
                # day says nothing of the event's ("The patrol had been hit by a roadside
                # bomb", three days after "the soldiers who fell in Friday's ambush")
                c.pubs = None
        if not a.admits(b):
            a.pubs, b.pubs = saved
            continue  # two dates, two named places, or a place the placeless report does not name
        srcs = a.srcs | b.srcs
        if (not symmetric and len(srcs) > 1 and not _all_overlap(srcs)
                and not any(all(s <= mutual for s in srcs) for mutual in a.mutuals | b.mutuals)):
            a.pubs, b.pubs = saved
            continue  # (the sides of a mutual clash may each be told as its source)
        keep, drop = sorted((cx, cy))
        other = clusters.pop(drop)
        clusters[keep].absorb(other)
        for eid in other.ids:
            owner[eid] = keep
    for lone in sorted(loose):
        # a mention with only its report's country and day joins the one domestic event of
        # its type at hand, if just one is ("a money changer has had its accounts frozen"
        # after a freeze told elsewhere; not one of two arrests of workers in one week)
        homes = {owner[other] for other in loose[lone]} - {owner[lone]}
        if len(homes) != 1 or len(clusters[owner[lone]].ids) != 1:
            continue
        cx, cy = owner[lone], homes.pop()
        a, b = clusters[cx], clusters[cy]
        if not a.admits(b):
            continue
        keep, drop = sorted((cx, cy))
        other = clusters.pop(drop)
        clusters[keep].absorb(other)
        for eid in other.ids:
            owner[eid] = keep
    return [sorted(c.ids) for c in clusters.values()]


def _all_overlap(groups: set[frozenset[str]]) -> bool:
    common = None
    for g in groups:
        common = set(g) if common is None else common & g
    return bool(common)
