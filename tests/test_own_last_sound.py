"""Sound after a line's end that is plainly not its last sound: a steady tone (a Morse key's note) and a flutter (a
snore), told from a voice's own sound, which glides in pitch and level."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.own_last_sound import others_from
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
