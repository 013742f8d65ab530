#!/usr/bin/env bash
# Renders the review page of the bundled samples in headless Chromium and
# saves a screenshot of its top (header, summary, legend, first rows).
# usage: scripts/review_screenshot.sh [KUTIP] [OUT.png]
# Needs Debian's chromium (apt-get install chromium); exits 2 without it.
set -euo pipefail
kutip=${1:-target/release/kutip}
out=${2:-docs/review-page.png}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "review_screenshot: needs chromium (apt-get install chromium)" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A fixed date, so that the picture changes only when the page does.
SOURCE_DATE_EPOCH=1700000000 "$kutip" align corpora/samples --format html -q -o "$tmp/review.html"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$tmp/profile" --hide-scrollbars --force-device-scale-factor=0.75 \
  --window-size=1280,2500 --screenshot="$out" "file://$tmp/review.html" 2>/dev/null
echo "review_screenshot: wrote $out"
