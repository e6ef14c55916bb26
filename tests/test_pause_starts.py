"""benchmarks/pause_starts.describe: what a pause between two words holds, read from the fine envelope -- a clean
pause is at the line's quiet end to end, a pause with a tone in it is quiet only where the tone is off and holds the
tone's level under the words the rest of the time.

The audio is made up here: two "words" (a 150 Hz tone with harmonics at speech level) around a 120 ms pause over a
faint noise, the pause either left alone or filled for 80 ms by a 674 Hz tone 18 dB under the words.
"""

from __future__ import annotations

import numpy as np
import made_up_talks  # noqa: F401  (puts benchmarks/ on the path)

import pause_starts  # noqa: E402

RATE = 16000
WORD_A, PAUSE, WORD_B = (0.2, 0.5), (0.5, 0.62), (0.62, 0.9)


def _talk(tone_in_pause: bool) -> np.ndarray:
    rng = np.random.default_rng(7)
    x = 0.001 * rng.standard_normal(int(1.1 * RATE))
    t = np.arange(len(x)) / RATE
    voice = 0.3 * (np.sin(2 * np.pi * 150 * t) + 0.5 * np.sin(2 * np.pi * 300 * t))
    for a, b in (WORD_A, WORD_B):
        x[int(a * RATE):int(b * RATE)] += voice[int(a * RATE):int(b * RATE)]
    if tone_in_pause:
        a, b = int(0.54 * RATE), int(0.62 * RATE)
        x[a:b] += 0.3 * 10 ** (-18 / 20) * np.sin(2 * np.pi * 674 * t[a:b])
    return x.astype(np.float32)


def test_a_clean_pause_is_at_the_lines_quiet_throughout():
    got = pause_starts.describe(_talk(False), (0.1, 1.0), PAUSE, (WORD_A, WORD_B))
    assert got["floor_ms"] >= 110  # the whole 120 ms but the windows that reach the words
    assert got["range_db"] > 40


def test_a_tone_in_the_pause_leaves_only_its_gap_at_the_quiet_and_its_level_under_the_words():
    got = pause_starts.describe(_talk(True), (0.1, 1.0), PAUSE, (WORD_A, WORD_B))
    assert got["floor_ms"] <= 45  # the 40 ms before the tone came on
    assert 14 <= got["fill_under_words_db"] <= 24  # the tone, 18 dB under the words' sine
