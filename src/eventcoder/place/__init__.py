"""Place stage: gazetteer look-up, toponym disambiguation and event locations."""

from __future__ import annotations

from .gazetteer import Gazetteer, Place
from .resolve import PlaceResolver, PlaceResult

__all__ = ["Gazetteer", "Place", "PlaceResolver", "PlaceResult"]
