#!/usr/bin/env bash
# Migrate, load the demo data (idempotent) and serve, with a task worker and the outbox worker beside the web server.
set -euo pipefail
cd "$(dirname "$0")/.."
academy=.venv/bin/academy
export ACADEMY_DEBUG="${ACADEMY_DEBUG:-true}"
scripts/install-system-packages.sh fonts
$academy compiletranslations
$academy migrate --noinput
$academy demo
trap 'kill 0' EXIT
$academy db_worker &
$academy send_outbox --every 30 &
$academy runserver "${ACADEMY_ADDRESS:-127.0.0.1:8000}"
