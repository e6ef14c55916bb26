"""An end is carried over the line's own fading sound, not onto a sound held at one level well under the voice after
it fell -- a choir's chord next door, a key's touch tone (:mod:`aligner.align.held_sounds`, j276)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.boundaries import extend_to_sound
from aligner.align.held_sounds import held_from
from aligner.align.placement import Placed
from aligner.audio import Audio
from aligner.document import Segment, Word
from tests.test_foreign_sounds import RATE, _talk  # a quiet room 4 s long with sounds laid in it


def _voice(seconds: float, pitch: float, amp: float, fall: float = 1.0, fade: float = 1.0) -> np.ndarray:
    """A voiced sound: 15 harmonics of ``pitch`` (each 1/k of the first), the pitch gliding to ``fall`` times itself
    and the amplitude to ``fade`` times itself."""
    n = int(seconds * RATE)
    f = pitch * np.linspace(1.0, fall, n)
    phase = 2 * np.pi * np.cumsum(f) / RATE
    x = sum(np.sin(k * phase) / k for k in range(1, 16))
    return (amp * np.linspace(1.0, fade, n) * x / np.max(np.abs(x))).astype(np.float32)


def _chord(seconds: float, notes: tuple[float, ...], amp: float) -> np.ndarray:
    """Sung notes held together (a few harmonics each), at one level throughout: notes in whole ratios to a pitch
    over 100 Hz repeat within a 10 ms frame, so no beat swings the frames' level (a choir's many voices smooth it)."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * k * hz * t) / k for hz in notes for k in (1, 2, 3))
    return (amp * x / np.max(np.abs(x))).astype(np.float32)


def _extended(audio: Audio, start: float = 0.3, end: float = 1.5) -> Segment:
    ours = Segment("Press star to cancel.", start, end,
                   words=(Word("Press", start, 0.6, 0.9), Word("star", 0.6, 0.8, 0.9), Word("to", 0.8, 0.9, 0.9),
                          Word("cancel.", 0.9, end, 0.9)))
    after = Segment("Next.", 3.0, 3.5, words=(Word("Next.", 3.0, 3.5, 0.9),))
    items = [Placed(ours, ("exact",) * 4), Placed(after, ("exact",))]
    extend_to_sound(items, audio, Envelope(audio), [True, True], 0.0, 4.0)
    return items[0].segment


def test_a_chord_held_on_after_the_voice_fell_does_not_carry_the_end():
    """``oy_real_long_mix_3gp`` "Press star to cancel." -117 -> +399 ms: the line's last /l/ faded into a choir's
    chord 21 dB under the voice that held within 1.3 dB for 0.35 s, and the end went to where the chord stopped."""
    audio = _talk((0.3, _voice(1.2, 180.0, 0.2)), (1.5, _voice(0.1, 150.0, 0.05, fall=0.8, fade=0.4)),
                  (1.6, _chord(0.4, (200.0, 300.0, 400.0), 0.02)))
    assert abs(_extended(audio).end - 1.6) <= 0.03


def test_a_key_tone_after_the_voice_does_not_carry_the_end():
    """``oy_real_long_mix_3gp`` "... to the main menu." -145 -> +150 ms: a key's touch tone (two pure tones)
    sounded from where the voice faded, 13 dB under it."""
    t = np.arange(int(0.22 * RATE)) / RATE
    key = (0.02 * (np.sin(2 * np.pi * 852 * t) + np.sin(2 * np.pi * 1336 * t)) / 2).astype(np.float32)
    audio = _talk((0.3, _voice(1.2, 180.0, 0.2)), (1.5, _voice(0.05, 150.0, 0.06, fall=0.8, fade=0.5)), (1.55, key))
    assert abs(_extended(audio).end - 1.55) <= 0.03


def test_a_drawn_out_last_vowel_at_the_voices_level_is_still_followed():
    """The rule's own job ("soo-ner" ended 0.23 s early): a last vowel held on at the line's level is the line's."""
    audio = _talk((0.3, _voice(1.2, 180.0, 0.2)), (1.5, _voice(0.25, 170.0, 0.15, fall=0.9)))
    assert abs(_extended(audio).end - 1.75) <= 0.03


def test_a_fading_tail_holds_nothing():
    """A voice's last sound dying away is no held sound, however far under the voice it lies."""
    audio = _talk((0.3, _voice(1.2, 180.0, 0.2)), (1.5, _voice(0.3, 150.0, 0.05, fall=0.7, fade=0.05)))
    env = Envelope(audio)
    assert held_from(env, 1.5, 1.8, env.voice_level(0.3, 1.5)) is None
