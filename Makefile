# Two commands set everything up on a fresh machine with Python 3.11 and make:
#   make run    the platform with demo data on http://127.0.0.1:8000
#   make test   every check and the whole test suite (SQLite, then PostgreSQL when reachable)
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint messages clean bench-web

# The locks are complete (requirements/overrides.txt leaves out what nothing imports): installed with --no-deps.
$(VENV)/.installed-base: requirements/base.txt requirements/build.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements/build.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/base.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed-base requirements/test.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements/test.txt
	touch $@

run: $(VENV)/.installed-base
	ACADEMY_DEBUG=true scripts/run.sh

# axe-core for the browser tests' accessibility check (tests/browser/accessibility.py), pinned in package-lock.json;
# npm comes from Debian with the browser (as root). Without npm nothing is installed and the browser tests skip.
node_modules/.installed: package.json package-lock.json
	scripts/install-system-packages.sh browser
	if command -v npm >/dev/null; then npm ci --no-audit --no-fund --ignore-scripts --loglevel=error && touch $@; \
	else echo "== npm is missing: the browser tests will be skipped (CI=true: they fail)"; fi

test: $(VENV)/.installed-test node_modules/.installed
	scripts/test.sh

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

# Refresh the translation catalogues after changing user-facing strings, then translate the new entries.
messages: $(VENV)/.installed-base
	cd src/academy && DJANGO_SETTINGS_MODULE=academy.settings_test ../../$(BIN)/academy makemessages --no-obsolete --no-location --no-wrap -l fr -l es -l pt

# The pages under load on the production profile (PostgreSQL at DATABASE_URL or 127.0.0.1, Redis, wrk): docs/performance.md.
bench-web: $(VENV)/.installed-test
	scripts/install-system-packages.sh bench
	$(BIN)/python bench/web.py

clean:
	rm -rf $(VENV) var test-artifacts node_modules
