"""Sound that holds after a line's end in another spectrum's shape is a background sound, not the line's voice going
on (:func:`aligner.align.review_evidence.another_sound_after`): the review queue does not doubt the end for it."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.placement import Placed
from aligner.align.review_evidence import another_sound_after, sound_holds_after
from aligner.align.scoring import surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import SOUND_AFTER_END, Segment, Word

RATE = 16000


def _voice(seconds: float, level: float = 0.1) -> np.ndarray:
    """A vowel-like sound: 140 Hz harmonics under two formants (500 and 1500 Hz)."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * 140 * k * t) * (np.exp(-((140 * k - 500) / 300) ** 2)
                                                  + 0.5 * np.exp(-((140 * k - 1500) / 400) ** 2) + 0.02)
            for k in range(1, 40))
    return x / np.sqrt(np.mean(x ** 2)) * level


def _touch_tone(seconds: float, level: float) -> np.ndarray:
    """A key's touch tone (941 and 1477 Hz), as loud as ``level``."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = np.sin(2 * np.pi * 941 * t) + np.sin(2 * np.pi * 1477 * t)
    return x / np.sqrt(np.mean(x ** 2)) * level


def _talk(after_end: np.ndarray) -> tuple[Audio, Envelope, float, float]:
    """Half a second of quiet, a 1.5 s line, ``after_end`` right after it, 0.6 s of quiet, a next line: (audio,
    envelope, where the line ends, where the next starts)."""
    rng = np.random.default_rng(3)
    line = _voice(1.5)
    y = np.concatenate([np.zeros(RATE // 2), line, after_end, np.zeros(int(0.6 * RATE)), _voice(1.0),
                        np.zeros(RATE // 2)])
    y = y + 1e-5 * rng.normal(size=len(y))
    audio = Audio.from_float(y.astype(np.float32))
    end = 0.5 + len(line) / RATE
    return audio, Envelope(audio), end, end + (len(after_end) + 0.6 * RATE) / RATE


def _line(start: float, end: float) -> Placed:
    words = (Word("Please", start, start + 0.4, 1.0), Word("again", end - 0.4, end, 1.0))
    return Placed(Segment("Please again", start, end, words=words), ("exact",) * 2, (0.9,) * 2)


def test_a_touch_tone_after_a_right_end_is_no_doubt_of_it_but_the_voice_going_on_is():
    """The voice going on 0.3 s past the end (4 dB weaker: an end put early on a fading vowel) keeps its shape: the
    end is doubted for the sound after it.  A touch tone as loud as the line's last sound, right after a right end,
    holds too -- the whole band's level does not fall -- but in other octaves: no doubt."""
    audio, held, end, nxt = _talk(_voice(0.3, 0.1 * 10 ** (-4 / 20)))
    assert sound_holds_after(held, end) and not another_sound_after(audio, end)
    assert SOUND_AFTER_END in surroundings([_line(0.5, end)], 0, [], held, Stretch([0], 0.45, nxt), audio)[4]

    audio, env, end, nxt = _talk(_touch_tone(0.3, 0.1))
    assert sound_holds_after(env, end) and another_sound_after(audio, end)
    assert SOUND_AFTER_END not in surroundings([_line(0.5, end)], 0, [], env, Stretch([0], 0.45, nxt), audio)[4]
    # read without the audio, the touch tone is taken for the voice holding on
    assert SOUND_AFTER_END in surroundings([_line(0.5, end)], 0, [], env, Stretch([0], 0.45, nxt))[4]
