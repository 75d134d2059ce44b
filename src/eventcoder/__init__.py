"""eventcoder: offline political event coding into PLOVER and CAMEO records."""

from __future__ import annotations

from .records import Actor, Attribution, Document, Event, EventDate, Evidence, Location, Reject

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Attribution",
    "Document",
    "Event",
    "EventDate",
    "Evidence",
    "Location",
    "Reject",
    "__version__",
]
