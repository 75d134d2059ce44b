"""The CAMEO codebook with Goldstein scores, QuadClass and the PLOVER crosswalk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..datafiles import data_path, read_csv
from ..errors import DataFileError
from ..records import PLOVER_TYPES

__all__ = ["CodeInfo", "Codebook", "quad_class"]


def quad_class(code: str) -> int:
    """CAMEO QuadClass from the root: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


@dataclass(frozen=True)
class CodeInfo:
    code: str
    name: str
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...]

    @property
    def quad_class(self) -> int:
        return quad_class(self.code)


class Codebook:
    """Lookup from CAMEO code to `CodeInfo`. Load with `Codebook.load()`."""

    def __init__(self, infos: dict[str, CodeInfo]):
        self._infos = infos

    @classmethod
    def load(cls, path: Path | None = None) -> Codebook:
        path = path or data_path("cameo/codes.csv")
        rows = read_csv(path, ("code", "name", "goldstein", "plover_type", "plover_mode", "plover_context"))
        infos: dict[str, CodeInfo] = {}
        for lineno, row in enumerate(rows, start=2):
            code = (row["code"] or "").strip()
            where = f"{path}:{lineno}"
            if not code.isdigit() or len(code) not in (2, 3, 4):
                raise DataFileError(f"{where}: code {code!r} is not a 2-4 digit CAMEO code")
            ptype = (row["plover_type"] or "").strip() or None
            if ptype and ptype not in PLOVER_TYPES:
                raise DataFileError(f"{where}: {ptype!r} is not a PLOVER type")
            try:
                gold = float(row["goldstein"])
            except ValueError as exc:
                raise DataFileError(f"{where}: goldstein {row['goldstein']!r} is not a number") from exc
            contexts = tuple(c.strip() for c in (row["plover_context"] or "").split(";") if c.strip())
            infos[code] = CodeInfo(code, row["name"].strip(), gold, ptype, (row["plover_mode"] or "").strip() or None, contexts)
        return cls(infos)

    def __contains__(self, code: str) -> bool:
        return code in self._infos

    def __getitem__(self, code: str) -> CodeInfo:
        return self._infos[code]

    def get(self, code: str) -> CodeInfo | None:
        return self._infos.get(code)

    def codes(self) -> list[str]:
        return list(self._infos)
