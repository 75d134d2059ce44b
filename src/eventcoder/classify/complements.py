"""Verbs that take an event as complement ("urged X to release", "threatened to attack").

The families and their code maps live in `data/lexicon/complements.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..datafiles import data_path, read_yaml
from ..errors import DataFileError
from .codes import Codebook

__all__ = ["Family", "Complements"]

_EMBEDDED = {"demanded", "intended", "negated", "none", "self"}


@dataclass(frozen=True)
class Family:
    name: str
    lemmas: frozenset[str]
    code: str | None
    embedded: str
    source: str
    requires_prep: dict[str, frozenset[str]]
    mapping: dict[str, str]

    def code_for(self, complement_code: str | None) -> str | None:
        """The matrix event's code for a complement with `complement_code`."""
        if complement_code:
            for size in range(len(complement_code), 1, -1):
                hit = self.mapping.get(complement_code[:size])
                if hit:
                    return hit
        return self.code


class Complements:
    def __init__(self, families: list[Family]):
        self.families = families
        self._by_lemma = {lemma: fam for fam in families for lemma in fam.lemmas}

    @classmethod
    def load(cls, codebook: Codebook, path: Path | None = None) -> Complements:
        path = path or data_path("lexicon/complements.yaml")
        raw = read_yaml(path)
        if not isinstance(raw, dict):
            raise DataFileError(f"{path}: expected a mapping of family -> definition")
        families = []
        for name, spec in raw.items():
            where = f"{path}: family {name!r}"
            if not isinstance(spec, dict) or not isinstance(spec.get("lemmas"), list):
                raise DataFileError(f"{where}: needs 'lemmas' (a list)")
            embedded = spec.get("embedded", "none")
            if embedded not in _EMBEDDED:
                raise DataFileError(f"{where}: embedded must be one of {sorted(_EMBEDDED)}")
            mapping = {str(k): str(v) for k, v in (spec.get("map") or {}).items()}
            code = spec.get("code")
            for c in [*mapping.values(), *([str(code)] if code else [])]:
                if c not in codebook or codebook[c].plover_type is None:
                    raise DataFileError(f"{where}: code {c!r} is not a PLOVER-mapped CAMEO code")
            req = {}
            for verb, preps in (spec.get("requires_prep") or {}).items():
                if not isinstance(preps, list) or not all(isinstance(p, str) for p in preps):
                    raise DataFileError(f"{where}: requires_prep {verb!r} must list prepositions as quoted strings (YAML reads a bare on as true)")
                req[str(verb)] = frozenset(preps)
            families.append(Family(name, frozenset(spec["lemmas"]), str(code) if code else None, embedded,
                                   spec.get("source", "subject"), req, mapping))
        return cls(families)

    def family(self, lemma: str) -> Family | None:
        return self._by_lemma.get(lemma)
