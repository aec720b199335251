#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into an empty database and an empty uploads folder, with the same
# variables; then the platform's migrations bring the schema to the installed version.
set -euo pipefail
in="${1:?usage: scripts/restore.sh DIRECTORY}"
: "${DATABASE_URL:?DATABASE_URL names the empty PostgreSQL database to restore into}"
: "${ACADEMY_MEDIA_ROOT:?ACADEMY_MEDIA_ROOT names the uploads folder to restore into}"
: "${ACADEMY_BADGE_RSA_KEY_FILE:?ACADEMY_BADGE_RSA_KEY_FILE names where the signing key goes}"
if [ -f "$in/signing-key.pem" ]; then
  : "${ACADEMY_BADGE_SIGNING_KEY_FILE:?ACADEMY_BADGE_SIGNING_KEY_FILE names where the Ed25519 key goes}"
fi
academy="${ACADEMY_COMMAND:-$(dirname "$0")/../.venv/bin/academy}"
pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" "$in/academy.dump"
mkdir -p "$ACADEMY_MEDIA_ROOT" "$(dirname "$ACADEMY_BADGE_RSA_KEY_FILE")"
tar -C "$ACADEMY_MEDIA_ROOT" -xzf "$in/media.tar.gz"
install -m 600 "$in/rsa-key.pem" "$ACADEMY_BADGE_RSA_KEY_FILE"
if [ -f "$in/signing-key.pem" ]; then
  mkdir -p "$(dirname "$ACADEMY_BADGE_SIGNING_KEY_FILE")"
  install -m 600 "$in/signing-key.pem" "$ACADEMY_BADGE_SIGNING_KEY_FILE"
fi
"$academy" migrate --no-input -v 0
echo "Restored $in"
