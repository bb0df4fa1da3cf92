#!/bin/sh
# Installs Debian's chromium for the HTML report's browser tests
# (tests/review/test_report_browser.py). Idempotent: does nothing when a
# chromium is already on PATH. Needs root or sudo; without them it says so and
# leaves the tests to skip (outside CI) or fail (in CI).
set -eu

for bin in chromium chromium-browser google-chrome; do
  if command -v "$bin" >/dev/null 2>&1; then exit 0; fi
done

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "install-chromium: not root and no sudo; install Debian's 'chromium' package to run the browser tests" >&2
  exit 0
fi

echo "install-chromium: installing Debian's chromium (once; a few minutes)" >&2
export DEBIAN_FRONTEND=noninteractive
log="${TMPDIR:-/tmp}/install-chromium.log"
if ! { $SUDO apt-get update -q && $SUDO apt-get install -y -q chromium; } >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  echo "install-chromium: apt-get failed (full log: $log)" >&2
  exit 1
fi
