"""Check that this corpus's articles.jsonl and gold.yaml agree: see bench/dedup_check.py.

    .venv/bin/python bench/dedup_corpus_fourteenth/check.py

Uses the corpus's entry in dedup_check.SPECS; until that entry exists, the same settings
are given here (see README.md for the entry to add).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from dedup_check import SPECS, Spec, check  # noqa: E402

SPEC = SPECS.get(HERE.name, Spec(id_prefix="fo", n_articles=45, month=(2026, 6), n_events=15, min_outlets=12,
                                 min_articles_per_event=3))

if __name__ == "__main__":
    sys.exit(check(HERE, SPEC))
