#!/usr/bin/env bash
# Every check and the whole suite: lint, migrations, translations, pytest on SQLite, then on PostgreSQL.
# CI=true makes the PostgreSQL run and the browser tests required instead of skipped when unavailable.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
export DJANGO_SETTINGS_MODULE=academy.settings_test
mkdir -p test-artifacts

scripts/install-system-packages.sh fonts browser

.venv/bin/academy compiletranslations

echo "== ruff"
$bin/ruff check src tests scripts bench
$bin/ruff format --check src tests scripts bench

echo "== migrations are up to date"
$bin/academy makemigrations --check --dry-run

echo "== translations are complete (fr, es, pt)"
$bin/python scripts/check_translations.py

echo "== pytest on SQLite"
DATABASE_URL= $bin/pytest -n 2 "$@"

echo "== pytest on PostgreSQL"
if database_url=$(scripts/postgres-url.sh); then
  echo "PostgreSQL reachable: ${database_url}"
  DATABASE_URL="$database_url" $bin/pytest -n 2 "$@"
  echo "Ran: SQLite and PostgreSQL."
elif [ "${CI:-}" = "true" ]; then
  echo "CI=true and PostgreSQL is not reachable: failing." >&2
  exit 1
else
  echo "PostgreSQL not reachable at DATABASE_URL or 127.0.0.1:5432: skipped. Ran: SQLite only."
fi
