"""Wrongs in a vote that a side says were done: the accusation its saying makes.

"CDC officials claimed that ballot boxes had been stuffed", "the party said its observers
had been chased from polling stations": no verb of accusing, but an accusation (CAMEO 112)
by the speaker. The saying verbs and the wrongs live in `data/lexicon/allegations.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from ..datafiles import data_path, read_yaml
from ..errors import DataFileError
from ..parse.spans import children_of
from .codes import Codebook

__all__ = ["Allegations"]


@dataclass(frozen=True)
class _Act:
    lemma: str
    words: frozenset[str]


class Allegations:
    def __init__(self, code: str, saying: frozenset[str], acts: dict[str, list[_Act]]) -> None:
        self.code = code
        self.saying = saying
        self.acts = acts

    @classmethod
    def load(cls, codebook: Codebook, path: Path | None = None) -> Allegations:
        path = path or data_path("lexicon/allegations.yaml")
        raw = read_yaml(path)
        if not isinstance(raw, dict):
            raise DataFileError(f"{path}: expected a mapping with code, saying_verbs and acts")
        code = str(raw.get("code") or "")
        if code not in codebook.codes():
            raise DataFileError(f"{path}: code {code!r} is not a CAMEO code")
        saying = raw.get("saying_verbs")
        if not isinstance(saying, list) or not saying or not all(isinstance(s, str) for s in saying):
            raise DataFileError(f"{path}: 'saying_verbs' must be a non-empty list of lemmas")
        acts: dict[str, list[_Act]] = {}
        for n, act in enumerate(raw.get("acts") or [], start=1):
            if not isinstance(act, dict) or not isinstance(act.get("lemma"), str):
                raise DataFileError(f"{path}: act {n} needs a 'lemma'")
            words = act.get("words") or []
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise DataFileError(f"{path}: act {n} ({act['lemma']}): 'words' must be a list")
            lemma = act["lemma"].strip().lower()
            acts.setdefault(lemma, []).append(_Act(lemma, frozenset(w.strip().lower() for w in words)))
        if not acts:
            raise DataFileError(f"{path}: 'acts' must list at least one wrong")
        return cls(code, frozenset(s.strip().lower() for s in saying), acts)

    def told_wrong(self, verb: Token) -> Token | None:
        """For a saying verb, the verb of the wrong its clause tells, if any."""
        if verb.lemma_.lower() not in self.saying:
            return None
        clauses = [c for c in children_of(verb) if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}]
        clauses += [g for c in clauses for g in children_of(c) if g.dep_ == "conj" and g.pos_ == "VERB"]
        for clause in clauses:
            if any(c.dep_ == "neg" for c in children_of(clause)):
                continue
            for act in self.acts.get(clause.lemma_.lower(), []):
                if not act.words or self._has_word(clause, act.words):
                    return clause
        return None

    @staticmethod
    def _has_word(clause: Token, words: frozenset[str]) -> bool:
        tokens = [t for t in clause.subtree if t.i != clause.i]
        lemmas = [t.lemma_.lower() for t in tokens]
        pairs = {f"{a} {b}" for a, b in zip(lemmas, lemmas[1:])}
        return bool(words & set(lemmas)) or bool(words & pairs)
