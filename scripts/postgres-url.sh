#!/usr/bin/env bash
# Print a PostgreSQL URL the tests can use, or fail. Under CI=true, start a local cluster that is
# installed but stopped.
set -uo pipefail
cd "$(dirname "$0")/.."
url="${DATABASE_URL:-}"
case "$url" in postgres*) ;; *) url="postgres://postgres@127.0.0.1:5432/academy" ;; esac

reachable() { .venv/bin/python - "$1" <<'PY'
import sys
import dj_database_url
import psycopg
cfg = dj_database_url.parse(sys.argv[1])
try:
    psycopg.connect(host=cfg["HOST"], port=cfg["PORT"] or 5432, user=cfg["USER"], password=cfg["PASSWORD"] or None,
                    dbname="postgres", connect_timeout=3).close()
except psycopg.Error:
    sys.exit(1)
PY
}

if ! reachable "$url" && [ "${CI:-}" = "true" ] && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  for version in $(ls /etc/postgresql); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
  done
  sleep 2
fi
reachable "$url" || exit 1
echo "$url"
