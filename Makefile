# CaseSafe — two commands: `make run` and `make test`. Everything else is a step of those.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
export PYTHONDONTWRITEBYTECODE := 1
VENDOR := src/casesafe/web/static/vendor

.PHONY: run test setup venv assets system-deps system-deps-test lint typecheck contracts pytest lock bench entity-model clean help

help:
	@echo "make run    set everything up and start CaseSafe on http://127.0.0.1:$(PORT)/"
	@echo "make test   set everything up and run lint, type checks, contracts and the tests"
	@echo "make bench  run the benchmarks (results in docs/benchmarks.md)"
	@echo "make entity-model  retrain the screening entity model from training/ (after changing its data)"

## --- set-up ----------------------------------------------------------------------------
$(VENV)/.stamp: requirements/base.lock requirements/dev.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "CaseSafe needs Python 3.11 or newer")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/base.lock -r requirements/dev.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

venv: $(VENV)/.stamp

$(VENDOR)/.stamp: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is needed for the USWDS assets: apt-get install -y npm"; exit 1; }
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/uswds $(VENDOR)/htmx
	cp -r node_modules/@uswds/uswds/dist/css node_modules/@uswds/uswds/dist/js node_modules/@uswds/uswds/dist/img node_modules/@uswds/uswds/dist/fonts $(VENDOR)/uswds/
	cp node_modules/htmx.org/dist/htmx.min.js $(VENDOR)/htmx/
	@touch $@

assets: $(VENDOR)/.stamp

system-deps:
	@scripts/system-deps.sh run

system-deps-test:
	@scripts/system-deps.sh test

STATIC_SOURCES := $(shell find src/casesafe -path '*/static/*' -type f -not -path '*/vendor/*' 2>/dev/null)

# collectstatic compresses every USWDS asset (tens of seconds): only when something changed.
var/static/.stamp: $(VENDOR)/.stamp $(STATIC_SOURCES)
	$(PY) manage.py collectstatic --noinput -v 0
	@touch $@

setup: venv assets system-deps var/static/.stamp
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py casesafe_setup --demo

## --- the two commands ----------------------------------------------------------------
run: setup
	PORT=$(PORT) $(PY) -m casesafe.web.devserver

test: venv assets system-deps-test lint typecheck contracts pytest pytest-slow

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy

contracts: venv
	$(BIN)/lint-imports

PYTEST_ARGS ?=
pytest: venv assets
	$(BIN)/pytest -p no:cacheprovider -n 2 --dist loadgroup $(PYTEST_ARGS)

# The exhaustive checks (every bit flip of a 64-entry court bundle, 1,000 clean exports):
# framework-free, so they run once, not again on PostgreSQL.
pytest-slow: venv
	$(BIN)/pytest -p no:cacheprovider -p no:django -q -m slow tests/ledger

## --- maintenance ---------------------------------------------------------------------
lock:
	$(PYTHON) -m pip install --quiet uv
	uv pip compile requirements/base.in --generate-hashes --python-version 3.11 --override requirements/overrides.txt -o requirements/base.lock -q
	uv pip compile requirements/dev.in --generate-hashes --python-version 3.11 -o requirements/dev.lock -q

entity-model: venv
	$(PY) training/train_entity_model.py

bench: venv
	$(PY) bench/screening_accuracy.py --json
	$(PY) bench/wnut17_eval.py --json
	$(PY) bench/screening_speed.py --json
	$(PY) bench/screening_report.py --notes bench/screening_notes.md
	$(PY) bench/ledger_bench.py
	$(PY) bench/records_bench.py --json

clean:
	rm -rf $(VENV) node_modules $(VENDOR) var/static
