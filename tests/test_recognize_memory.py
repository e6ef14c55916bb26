"""Recognition's memory stays bounded: few 30-s windows are encoded at once.

Whisper's encoder holds, per window in a batch, attention scores of
heads x 1500 x 1500 floats (tiny.en: 54 MB a copy).  Eight windows at once
took a 5-minute block from 214 to 948 MB; two take it to about 560 MB.
"""

from __future__ import annotations

import numpy as np
import pytest

from synth import RATE, espeak_available, synthesize_talk, write_wav

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")]

SENTENCES = [
    "Rivers carry water from the hills down to the sea, and they never stop.",
    "On the way they shape valleys, plains and wide deltas full of birds.",
    "A fast river can move stones as large as a car during a flood.",
    "Slow rivers drop their sand and build wide flat banks where farmers grow wheat.",
    "People have always settled near rivers, for water, for fish and for trade.",
    "Today many rivers are held back by dams that make electricity for cities.",
]
#: Growth of peak memory allowed while recognizing (MB): eight windows at once grew it by 730.
MAX_GROWTH_MB = 500


def test_recognizing_eight_windows_of_speech_stays_within_a_few_hundred_megabytes(tmp_path):
    from aligner.align.activity import Envelope
    from aligner.align.models import load_model, resolve_model
    from aligner.align.recognize import recognize
    from aligner.audio import load_audio
    from aligner.profiling import mark, profiling

    synthesize_talk(SENTENCES, tmp_path / "part.wav", pauses=0.4)
    part = load_audio(tmp_path / "part.wav").samples.astype(np.float32) / 32768
    repeats = int(np.ceil(270 * RATE / len(part)))  # > 8 windows of 30 s of speech: a full batch before the fix
    write_wav(tmp_path / "talk.wav", np.tile(part, repeats))
    audio = load_audio(tmp_path / "talk.wav")
    env = Envelope(audio)
    model = load_model(resolve_model(None), "cpu", "int8", 0)
    with profiling() as p:
        mark("before")
        heard, _ = recognize(model, audio, env, [(0.0, audio.duration)], "en", lambda f: None)
        mark("recognize")
    assert len(heard) > 300  # the talk was heard: the memory was spent on real work
    growth = p.stages["recognize"].peak_mb - p.stages["before"].peak_mb
    assert growth < MAX_GROWTH_MB, f"recognizing took {growth:.0f} MB more"
