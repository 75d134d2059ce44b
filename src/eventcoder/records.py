"""Plain typed records passed between pipeline stages.

Every stage takes and returns these dataclasses; nothing else crosses a stage boundary.
`Event.to_dict()` gives the public JSON schema described in the README.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "Document",
    "Actor",
    "Attribution",
    "EventDate",
    "Location",
    "Evidence",
    "Event",
    "Reject",
    "MODALITIES",
    "PLOVER_TYPES",
]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

MODALITIES = ("asserted", "intended", "possible", "demanded", "future")


@dataclass(frozen=True)
class Document:
    """One input document. `origin` says where it came from (file and line) for errors."""

    id: str
    text: str
    date: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""


@dataclass(frozen=True)
class Reject:
    """An input record that was not coded, and why."""

    origin: str
    reason: str
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Actor:
    text: str
    name: str | None = None
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    code: str | None = None
    wikidata: str | None = None
    # Character offsets of the mention in the document (not part of the public schema).
    start: int = -1
    end: int = -1
    #: The country is the report's, inferred for a side named only by its sector ("police",
    #: "the fishermen"), not said in the text: the merge lets it anchor a pair but not refuse one.
    country_inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sectors": list(self.sectors),
            "code": self.code,
            "wikidata": self.wikidata,
            "country_inferred": self.country_inferred,
        }

    @property
    def known(self) -> bool:
        return bool(self.country or self.sectors or self.name)


@dataclass
class Attribution:
    speaker: Actor
    cue: str
    quote: str | None = None
    direct: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict(),
            "cue": self.cue,
            "quote": self.quote,
            "direct": self.direct,
        }


@dataclass
class EventDate:
    value: str | None
    start: str | None
    end: str | None
    precision: str  # day, week, month, year, range, document, future
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Location:
    text: str
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Evidence:
    char_start: int
    char_end: int
    trigger: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Event:
    event_id: str
    doc_id: str
    sentence_index: int
    sentence: str
    evidence: Evidence
    plover_type: str
    plover_mode: str | None
    plover_context: list[str]
    cameo_code: str
    quad_class: int
    goldstein: float
    source: list[Actor]
    target: list[Actor]
    negated: bool = False
    modality: str = "asserted"
    attribution: Attribution | None = None
    date: EventDate | None = None
    location: Location | None = None
    confidence: float = 0.5
    #: (GeoNames id, ISO3 country) of the specific places (not countries) that the sentence
    #: names anywhere, the event's own location included. Evidence for the merge across
    #: reports: a report that gives its event no place but names Izmir is not about Istanbul.
    sentence_places: list[tuple[int, str]] = field(default_factory=list)
    #: The country the report is about, when one clearly is: the most frequent country of
    #: the actors and places of the report's events (None on a tie). The merge reads it for
    #: a mention that names no party and no place ("The march turned violent on Tuesday").
    report_country: str | None = None
    #: Names the sentence gives that are no country, nationality or capital (organisations,
    #: facilities, towns the gazetteer may not know: "ESCOM", "Jiidali"), normalised. The
    #: merge reads them for a mention that names no party: two reports naming "ESCOM" on
    #: the same days tell one rally.
    sentence_names: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "evidence": self.evidence.to_dict(),
            "plover": {
                "type": self.plover_type,
                "mode": self.plover_mode,
                "context": list(self.plover_context),
            },
            "cameo": {
                "code": self.cameo_code,
                "root": self.cameo_code[:2],
                "quad_class": self.quad_class,
                "goldstein": self.goldstein,
            },
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "negated": self.negated,
            "modality": self.modality,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "confidence": round(self.confidence, 3),
            "sentence_places": [{"geonames_id": g, "country": c} for g, c in self.sentence_places],
            "report_country": self.report_country,
            "sentence_names": list(self.sentence_names),
        }
