#!/usr/bin/env bash
# Set up (first run only) and open Aligner on the built-in demo talk.
# Without a screen it aligns the demo from the command line instead and says where the results went.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec .venv/bin/aligner --demo "$@"
else
  echo "No screen found (DISPLAY is not set): aligning the demo talk from the command line."
  exec .venv/bin/aligner demo "$@"
fi
