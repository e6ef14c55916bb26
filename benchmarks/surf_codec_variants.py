#!/usr/bin/env python3
"""``ey_real_surf_vtt_avi`` made again with one of its two spoilers taken out or changed, to tell which costs what
(j205): the sea breaking below the terrace, and IMA ADPCM at 11.025 kHz in an AVI.

    .venv/bin/python benchmarks/surf_codec_variants.py [NAME ...]   # into benchmarks/out/cases/surfvar_*

The variants (the case's own Spec, its seeds and talk unchanged, through ``dataclasses.replace``):

* ``surfvar_sea_wav``: the sea, stored as the 16 kHz WAV (no AVI);
* ``surfvar_sea_pcm11``: the sea, 16-bit PCM at 11.025 kHz in the same AVI (the band without the ADPCM);
* ``surfvar_sea_adpcm16``: the sea, IMA ADPCM at 16 kHz in the AVI (the ADPCM without the band);
* ``surfvar_calm_avi``: no sea, the case's own AVI;
* ``surfvar_calm_wav``: neither.

They are no run's cases: align each with ``aligner align`` and score it with ``../shared/tools/score.py`` (the
case folder holds ``audio.wav``, ``audio.avi`` where stored so, ``transcript.txt`` and ``truth.json``).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import aside27_cases as a27  # noqa: E402
import cases  # noqa: E402

BASE = "ey_real_surf_vtt_avi"
#: Containers the variants add to aside27_cases.CODECS (its row shape).
EXTRA_CODECS = {
    "pcm11": ("avi", "avi", "pcm_s16le", 0, 11025, 1017, "mjpeg", "16-bit PCM at 11.025 kHz in an AVI"),
    "adpcm16": ("avi", "avi", "adpcm_ima_wav", 0, 16000, 1017, "mjpeg", "IMA ADPCM at 16 kHz in an AVI"),
}
#: Each variant's changes to the case's Spec.
VARIANTS = {
    "surfvar_sea_wav": {"codec": None},
    "surfvar_sea_pcm11": {"codec": "pcm11"},
    "surfvar_sea_adpcm16": {"codec": "adpcm16"},
    "surfvar_calm_avi": {"surf": False},
    "surfvar_calm_wav": {"surf": False, "codec": None},
}


def main() -> None:
    names = sys.argv[1:] or list(VARIANTS)
    a27.CODECS.update(EXTRA_CODECS)
    base = a27.catalogue()[BASE]
    specs = {name: dataclasses.replace(base, **VARIANTS[name]) for name in names}
    catalogue = a27.catalogue
    a27.catalogue = lambda: {**catalogue(), **specs}
    maker = cases.MadeAsPromptsOrVoices(names, a27, [], None, cases._ASTERISK)
    for name in names:
        cases.write_case(maker.make(name), cases.CASES_DIR / name)
        print("made", cases.CASES_DIR / name)


if __name__ == "__main__":
    main()
