"""Check that this corpus's articles.jsonl and gold.yaml agree: see bench/dedup_check.py.

    .venv/bin/python bench/dedup_corpus_eightyseventh/check.py

Uses this corpus's entry in `SPECS` in bench/dedup_check.py when it exists; until that
entry is added, it passes the same settings itself (see README.md).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from dedup_check import SPECS, Spec, check  # noqa: E402

SPEC = SPECS.get(HERE.name) or Spec(id_prefix="wf", n_articles=45, month=(2030, 2), n_events=15,
                                    min_outlets=12, min_articles_per_event=3)

if __name__ == "__main__":
    sys.exit(check(HERE, SPEC))
