#!/usr/bin/env bash
# Smoke test of a built PyInstaller folder (Linux): the demo onboarding end to end, the installation check,
# and the desktop app up to its first window, all in a throwaway TELLER_HOME.
#   packaging/smoke-test.sh [dist/teller]
set -euo pipefail

bundle="$(cd "${1:-dist/teller}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export TELLER_HOME="$work/home"
export TELLER_KEYSTORE_PASSPHRASE="${TELLER_KEYSTORE_PASSPHRASE:-smoke test passphrase}"

"$bundle/teller-admin" --json demo --out "$work/pdf" >"$work/demo.json"
pdfs=$(find "$work/pdf" -name '*.pdf' -size +1k | wc -l)
[ "$pdfs" -eq 5 ] || { echo "smoke test: expected 5 PDFs from the demo, found $pdfs" >&2; exit 1; }
"$bundle/teller-admin" doctor
"$bundle/teller-admin" audit verify

# TELLER_STARTUP_PROBE makes the app print "shown <time>" once its first window is up, then quit.
shown=$(QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" TELLER_STARTUP_PROBE=1 timeout 120 "$bundle/teller" 2>/dev/null | grep -c '^shown' || true)
[ "$shown" -eq 1 ] || { echo "smoke test: the desktop app did not show its first window" >&2; exit 1; }
echo "smoke test passed: $bundle ($(du -sh "$bundle" | cut -f1))"
