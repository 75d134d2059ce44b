"""Check that this corpus's articles.jsonl and gold.yaml agree: see bench/dedup_check.py.

    .venv/bin/python bench/dedup_corpus_thirteenth/check.py

Needs a "dedup_corpus_thirteenth" entry in SPECS in bench/dedup_check.py (see README.md).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from dedup_check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(HERE))
