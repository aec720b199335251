#!/usr/bin/env bash
# Compile the translation catalogues. Our Portuguese is "pt"; allauth and django-countries ship
# only pt_PT and pt_BR, which Django never looks up for "pt", so their pt_PT catalogues are merged
# into a "pt" catalogue of their own in src/academy/locale_thirdparty (generated, not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
for po in src/academy/locale/*/LC_MESSAGES/django.po; do
  msgfmt --check -o "${po%.po}.mo" "$po"
done
site=$($python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
target=src/academy/locale_thirdparty/pt/LC_MESSAGES
mkdir -p "$target"
msgcat --use-first -o "$target/django.po" \
  "$site/allauth/locale/pt_PT/LC_MESSAGES/django.po" \
  "$site/django_countries/locale/pt_PT/LC_MESSAGES/django.po"
msgfmt -o "$target/django.mo" "$target/django.po"
rm "$target/django.po"
