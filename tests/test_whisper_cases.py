"""The rd56_* generator (benchmarks/whisper_cases.py): the catalogue, and the LPC whisper voiceless where the voice
was voiced.

Nothing here reads ../shared or runs a synthesizer; a case is made with ``benchmarks/cases.py rd56_...``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import cases  # noqa: E402
import whisper_cases as wc  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_every_case_is_in_the_dev_run():
    assert wc.names() == list(wc.catalogue())
    assert all(n.startswith("rd56_") for n in wc.names())
    assert set(wc.names()) <= set(cases.all_case_names())


def test_every_talk_has_a_whispering_voice_taking_turns_with_a_voiced_one_dry_and_in_a_room():
    rooms = []
    for name, spec in wc.catalogue().items():
        (rec,) = spec.recordings
        voices = [f"{v.engine}:{v.name}" for v in rec.voices]
        assert spec.whisper_voice in voices and len(set(voices)) == 2, name
        assert "whisper" in spec.whisper_voice or spec.lpc_whisper == spec.whisper_voice, name
        rooms.append(spec.rt60 > 0)
    assert any(rooms) and not all(rooms)


def _voicing(x: np.ndarray) -> float:
    """The autocorrelation peak at 2.5-12.5 ms lags (80-400 Hz pitch) over 40 ms frames, median: near 1 voiced."""
    out = []
    for at in range(0, len(x) - 640, 320):
        f = x[at:at + 640] - x[at:at + 640].mean()
        r = np.correlate(f, f, "full")[639:]
        if r[0] > 0:
            out.append(r[40:200].max() / r[0])
    return float(np.median(out))


def test_the_lpc_whisper_keeps_the_level_and_the_envelope_and_drops_the_pitch():
    t = np.arange(int(0.6 * 16000)) / 16000
    # a vowel-like sound: a 120 Hz pulse train through two resonances, with a rising then falling level
    pulses = (np.sin(2 * np.pi * 120 * t) > 0.995).astype(float)
    x = np.convolve(pulses, np.exp(-t[:200] * 600) * np.sin(2 * np.pi * 700 * t[:200]), "same")
    x += np.convolve(pulses, 0.5 * np.exp(-t[:200] * 600) * np.sin(2 * np.pi * 1200 * t[:200]), "same")
    x *= np.hanning(len(x))
    y = wc.whispered(x, seed=1)
    assert len(y) == len(x)
    assert abs(np.sqrt(np.mean(y ** 2)) / np.sqrt(np.mean(x ** 2)) - 1) < 0.01
    assert _voicing(x) > 0.7 and _voicing(y) < 0.4
    # its spectrum still peaks near the first resonance
    spec = np.abs(np.fft.rfft(y))
    freqs = np.fft.rfftfreq(len(y), 1 / 16000)
    assert 450 < freqs[np.argmax(np.convolve(spec, np.ones(60) / 60, "same"))] < 1000
