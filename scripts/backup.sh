#!/usr/bin/env bash
# Back up what a restore needs: the database, the uploads and the keys of the Open Badges (the RSA key that signs
# them, and the Ed25519 key that signed those issued before RS256, when there is one).
#   DATABASE_URL=postgres://... ACADEMY_MEDIA_ROOT=/srv/academy/media \
#   ACADEMY_BADGE_RSA_KEY_FILE=/srv/academy/open-badges/rsa-key.pem \
#   ACADEMY_BADGE_SIGNING_KEY_FILE=/srv/academy/open-badges/signing-key.pem scripts/backup.sh /backups/2027-06-14
set -euo pipefail
out="${1:?usage: scripts/backup.sh DIRECTORY}"
: "${DATABASE_URL:?DATABASE_URL names the PostgreSQL database}"
: "${ACADEMY_MEDIA_ROOT:?ACADEMY_MEDIA_ROOT names the uploads folder}"
: "${ACADEMY_BADGE_RSA_KEY_FILE:?ACADEMY_BADGE_RSA_KEY_FILE names the Open Badges signing key}"
mkdir -p "$out"
pg_dump --format=custom --no-owner --file="$out/academy.dump" "$DATABASE_URL"
mkdir -p "$ACADEMY_MEDIA_ROOT"
tar -C "$ACADEMY_MEDIA_ROOT" -czf "$out/media.tar.gz" .
install -m 600 "$ACADEMY_BADGE_RSA_KEY_FILE" "$out/rsa-key.pem"
if [ -n "${ACADEMY_BADGE_SIGNING_KEY_FILE:-}" ] && [ -f "$ACADEMY_BADGE_SIGNING_KEY_FILE" ]; then
  install -m 600 "$ACADEMY_BADGE_SIGNING_KEY_FILE" "$out/signing-key.pem"
fi
echo "Backed up the database, the uploads and the signing keys to $out"
