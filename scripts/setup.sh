#!/usr/bin/env bash
# One-time set-up, safe to run again: system libraries, a virtual environment, Aligner in it.
# Used by ./demo.sh and ./test.sh; on a fresh Debian/Ubuntu machine with python3 it needs nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: Qt's X11/audio libraries for the window; espeak-ng, which pronounces words for the phone
# pass (English words missing from its dictionary, every word in other languages) and speaks the tests' speech;
# Xvfb so the window and its tests also run on a machine without a screen.
PKGS=(python3-venv espeak-ng xvfb xauth libpulse0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon-x11-0
      libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1
      libxcb-cursor0 libxcb-shape0 libxcb-randr0 fonts-dejavu-core)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    echo "Could not install ${missing[*]} with apt-get. Install them by hand (they are Debian/Ubuntu package names) and run this again." >&2
    exit 1
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  echo "Installing Aligner and its Python packages into .venv (first run only; a few minutes)..."
  quiet() { "$@" 2>&1 | { grep -vE "^(WARNING: Location|  )" || true; }; return "${PIPESTATUS[0]}"; }
  quiet .venv/bin/python -m pip install -q --upgrade pip
  # the cluster extra (Ray, ~340 MB, ~15 s) too, so the Ray tests run here and in CI instead of being skipped
  quiet .venv/bin/python -m pip install -q -e ".[test,cluster]"
  rm -f .venv/.installed-*; touch "$stamp"
fi
