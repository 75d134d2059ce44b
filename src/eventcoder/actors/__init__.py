"""Stage 5, resolve actors: noun phrases to countries, sectors, organisations and people."""

from __future__ import annotations

from .index import ActorIndex, CountryRec, OrgRec, PersonTerm
from .resolve import ActorResolver, DocMemory

__all__ = ["ActorIndex", "ActorResolver", "CountryRec", "DocMemory", "OrgRec", "PersonTerm"]
