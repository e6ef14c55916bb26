"""Sound after a line's end that is plainly not its last sound: a steady tone (a Morse key's note) and a flutter (a
snore), told from a voice's own sound, which glides in pitch and level."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.own_last_sound import others_from
from aligner.audio import Audio
from tests.test_pulsed_sound import _snore
from tests.test_steady_tones import RATE, _audio, _note, _vowel


def test_sound_after_a_snore_is_anothers_from_its_start_and_a_fading_voice_is_the_lines():
    rng = np.random.default_rng(4)
    audio = _audio(_vowel(0.5, 130.0), 0.3 * _snore(0.4, 45.0, rng), np.zeros(int(0.3 * RATE)), rng=rng)
    env = Envelope(audio)
    assert others_from(audio, env, 0.55, 0.85) == 0.55
    assert others_from(audio, env, 0.1, 0.45) is None


def test_a_join_is_not_carried_over_a_keyed_note_after_the_phone_pass_end():
    """joins_into_dips' end goes to a dip between two lines, never over a steady tone before it (a Morse dash filling
    the pause): the phone pass's end stays; with no tone there, the dip's end is kept."""
    from aligner.align.pauses import _before_others

    rng = np.random.default_rng(5)
    gap = np.zeros(int(0.1 * RATE))
    audio = _audio(_vowel(0.5, 130.0), 0.1 * _note(0.2, 620.0), gap, 0.1 * _note(0.2, 620.0), rng=rng)
    env = Envelope(audio)
    assert _before_others(audio, env, 0.5, 0.7) == 0.5
    quiet = _audio(_vowel(0.5, 130.0), np.zeros(int(0.5 * RATE)), rng=rng)
    assert _before_others(quiet, Envelope(quiet), 0.5, 0.7) == 0.7
    assert _before_others(None, env, 0.5, 0.7) == 0.7


def test_a_line_under_the_backgrounds_margin_at_its_end_is_no_longer_sounding():
    from aligner.align.own_last_sound import still_sounding

    level = np.array([30.0, 20.0, 8.0, 4.0, 24.0, 24.0])
    assert still_sounding(level, 2, 6.0)
    assert not still_sounding(level, 3, 6.0)  # fell under it: the 24 dB after is another's
    assert not still_sounding(level, 9, 6.0)  # nothing measured there


def _voice_then_a_honk() -> Audio:
    """0.3 s of a faint hiss, a 140 Hz voiced buzz to 1.0 s whose last 50 ms fade out, 30 ms of the hiss, a
    330 Hz honk to 1.3 s, then the hiss to 2.0 s (all in 100-500 Hz's octave, as iy_real_geese_vtt_vob's)."""
    rng = np.random.default_rng(5)
    t = np.arange(int(2.0 * RATE)) / RATE
    x = rng.normal(size=len(t)) * 1e-4
    voice = (t >= 0.3) & (t < 1.0)
    fade = np.clip((1.0 - t) / 0.05, 0.0, 1.0) ** 3
    x += voice * fade * sum(0.1 / k * np.sin(2 * np.pi * 140 * k * t) for k in range(1, 4))
    honk = (t >= 1.03) & (t < 1.3)
    x += honk * sum(0.05 / k * np.sin(2 * np.pi * 330 * k * t) for k in range(1, 3))
    return Audio.from_float(x.astype(np.float32))


def test_a_line_that_stopped_by_its_end_has_no_last_sound_to_follow():
    from aligner.align.last_sound import stopped_by_end

    audio = _voice_then_a_honk()
    assert stopped_by_end(audio, 0.3, 1.0, 0.0, 2.0)
    assert not stopped_by_end(audio, 0.3, 0.9, 0.0, 2.0)  # an end inside the voice
