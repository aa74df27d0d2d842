# The two set-up commands of the README work on a fresh machine with only Python 3.11,
# node/npm and make: each target creates what it needs (.venv, node_modules) by itself.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# the generator's own code, at ruff's line length; generated code stays at black's default
BLACK_OWN := --line-length 100 --target-version py311

.PHONY: install generate check test test-fast lint corpus bench clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch node_modules/.installed

install: $(STAMP) node_modules/.installed

generate: $(STAMP)
	$(PY) -m generator generate

check: $(STAMP)
	$(PY) -m generator check

lint: $(STAMP)
	$(PY) -m ruff check generator tests templates/runtime
	$(PY) -m black --check --quiet $(BLACK_OWN) generator
	$(PY) -m mypy --no-incremental --cache-dir /dev/null generator
	cd generated && for d in */; do (cd $$d && ../../$(PY) -m ruff check --no-cache . ) || exit 1; done
	cd generated && for d in */; do (cd $$d && ../../$(PY) -m mypy --strict --no-incremental --cache-dir /dev/null $${d%/} ) || exit 1; done

test: install
	$(PY) -m generator check
	$(PY) -m pytest -q -p no:randomly
	$(MAKE) --no-print-directory lint

corpus: $(STAMP)
	$(PY) -m tests.corpus.sweep

bench: $(STAMP)
	$(PY) -m tests.bench.run

clean:
	rm -rf $(VENV) node_modules .mypy_cache .ruff_cache
