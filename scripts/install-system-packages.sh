#!/usr/bin/env bash
# What the platform needs from Debian that PyPI does not provide:
#   fonts    fonts for PDFs (certificates, badges) in every script: Noto, Nanum Gothic (Hangul), Droid (CJK)
#   browser  Chromium at /usr/bin/chromium for the browser tests (with fonts for every script on pages), and npm,
#            which installs axe-core for their accessibility check (package.json)
#   bench    wrk, the HTTP load generator of bench/web.py (asked for by name: not part of the default)
# Installs what is missing when we are root; otherwise says what is missing (tests that need it skip).
set -euo pipefail
wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(fonts browser)
packages=()
for part in "${wanted[@]}"; do
  case "$part" in
    fonts)
      [ -f /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] || packages+=(fonts-noto-core)
      [ -f /usr/share/fonts/truetype/nanum/NanumGothic.ttf ] || packages+=(fonts-nanum)
      [ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || packages+=(fonts-droid-fallback)
      ;;
    browser)
      [ -x /usr/bin/chromium ] || packages+=(chromium fonts-noto-core fonts-noto-cjk)
      command -v npm >/dev/null || packages+=(npm)
      ;;
    bench)
      command -v wrk >/dev/null || packages+=(wrk)
      ;;
    *) echo "unknown part: $part (fonts, browser or bench)" >&2; exit 2 ;;
  esac
done
[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "== installing from Debian: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
else
  echo "== missing Debian packages and not root: ${packages[*]} (tests needing them will be skipped)"
fi
