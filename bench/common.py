"""Small helpers shared by the accuracy benchmark scripts in bench/ (paths, text matching)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "dev"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

#: Words that say nothing about *who* a mention is: determiners, pronouns, titles, "said".
STOP_WORDS = frozenset(
    """a an the of and or 's ’s 'd to for in on at by with from as that this these those his her
    its their our my your he she it they we i you him them us me who which mr mrs ms dr sen
    rep gov president said says""".split()
)
_WORD = re.compile(r"[\w'’-]+")
_APOS = str.maketrans({"’": "'", "‘": "'"})


def content_words(text: str) -> set[str]:
    """Lower-cased words of ``text`` without stop words and a trailing possessive."""
    words = (w.lower().translate(_APOS).strip("'-") for w in _WORD.findall(text))
    return {re.sub(r"'s$", "", w) for w in words if w} - STOP_WORDS - {""}


def share_word(a: str, b: str) -> bool:
    """Do two mentions share a content word (see ``content_words``)?"""
    return bool(content_words(a) & content_words(b))


def norm_place(text: str) -> str:
    """Place text for comparison: lower case, straight quotes, no leading "the", possessive
    or surrounding punctuation, single spaces."""
    t = text.translate(_APOS).lower().strip(" \t\n\"'.,;:()")
    t = re.sub(r"^the\s+", "", t)
    t = re.sub(r"'s?$", "", t)
    return " ".join(t.split())


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def command(script: str, **options: object) -> str:
    """The command line that reproduces the figures: ``options`` that are not None or 0
    become ``--name value`` flags (so the text is right also when run() is imported)."""
    flags = "".join(f" --{k.replace('_', '-')} {v}" for k, v in options.items() if v)
    return f"`.venv/bin/python bench/{script}{flags}`"


def clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
