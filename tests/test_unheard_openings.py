"""A line's first word Whisper stamped more than a second after it began: the phone pass's chunk reaches back.

Made with espeak-ng (tests/synth.py) and run through the phone pass (``boundaries.refine_stretch``); the
placement is made by hand, the second line's first word heard, stamped, 1.3 s late, as Whisper stamped
"Surprisingly," under a leaf blower and an espresso pump (the twenty-fifth aside set).
"""

from __future__ import annotations

import pytest

from placing import noisy_envelope, placed_over

SENTENCES = ["The committee met on Monday morning.", "Surprisingly, the council approved the new library."]
LATE = 1.3


@pytest.mark.parametrize("pause", [1.0, 0.7])
def test_a_first_word_stamped_late_is_found_in_the_sound_before_it(tmp_path, pause):
    from synth import synthesize_talk

    from aligner.align.activity import Envelope
    from aligner.align.boundaries import refine_stretch
    from aligner.audio import load_audio

    truth = synthesize_talk(SENTENCES, tmp_path / "talk.wav", pauses=[pause])
    audio = load_audio(str(tmp_path / "talk.wav"))
    items = [placed_over(SENTENCES[0], truth[0].start, truth[0].end),
             placed_over(SENTENCES[1], truth[1].start + LATE, truth[1].end)]
    refine_stretch(items, audio, Envelope(audio), 0.0, audio.duration, phonetic=True, language="en")
    assert abs(items[1].segment.start - truth[1].start) < 0.1, (items[1].segment.start, truth[1].start)


def _talk(openings: list[tuple[float, float, str]], seed: int = 5):
    """Audio and envelope of faint noise with sound in ``openings`` (start, end, "voice" or "noise"): a gliding
    harmonic voice, or a broadband burst as loud (a radio's squelch tail, its key-up)."""
    import numpy as np
    from synth import gliding_voice

    from aligner.align.activity import Envelope
    from aligner.audio.decode import Audio

    rng = np.random.default_rng(seed)
    x = 0.001 * rng.normal(size=7 * 16000)
    for a, b, kind in openings:
        n = int(b * 16000) - int(a * 16000)
        x[int(a * 16000):int(a * 16000) + n] += gliding_voice(n, rng) if kind == "voice" else 0.06 * rng.normal(size=n)
    audio = Audio.from_float(x.astype(np.float32))
    return audio, Envelope(audio)


def test_the_chunk_reaches_back_only_over_a_voice_no_word_was_heard_in_beyond_its_margin():
    from aligner.align.unheard_openings import reaches_back

    before, line = (0.5, 2.0, "voice"), (4.2, 6.0, "voice")
    audio, env = _talk([before, (3.0, 3.9, "voice"), line])
    assert reaches_back(audio, env, 4.4, 2.4, 1.0)  # a voice from 3.0, 1.4 s before the stamp at 4.4
    assert not reaches_back(audio, env, 4.4, None, 1.0)  # no heard word before: nothing to reach back to
    audio, env = _talk([before, (3.7, 6.0, "voice")])
    assert not reaches_back(audio, env, 4.4, 2.4, 1.0)  # the sound begins 0.7 s before it: the margin holds it
    audio, env = _talk([before, line])
    assert not reaches_back(audio, env, 4.4, 2.4, 1.0)  # silence before the stamp: the line begins there


def test_a_radios_squelch_burst_or_key_up_before_a_first_word_is_no_opening_to_reach_back_over():
    from aligner.align.unheard_openings import reaches_back

    audio, env = _talk([(0.5, 2.0, "voice"), (2.3, 2.5, "noise"), (3.4, 3.6, "noise"), (4.2, 6.0, "voice")])
    assert not reaches_back(audio, env, 4.4, 2.4, 1.0)  # the over before's squelch tail, this over's key-up
    audio, env = _talk([(0.5, 3.4, "voice"), (4.2, 6.0, "voice")])
    assert not reaches_back(audio, env, 4.4, 2.4, 1.0)  # the heard word before's own voice running on past its stamp
