"""A line's opening a speakerphone held down: the start goes back to where the voice rises out of the
switched-down noise (aligner.align.held_openings)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.held_openings import follow_held_openings
from aligner.audio import Audio, load_audio
from placing import placed_over
from synth import espeak_available, synthesize_talk

RATE = 16000
FIRST, SECOND = "Dzień dobry państwu, dziękuję za przybycie.", "Mieszkańcy mogą zgłaszać pomysły do końca miesiąca."

pytestmark = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")


def _through_a_speakerphone(tmp_path, held: float = 0.2, down_db: float = 22.0):
    """Two espeak-ng Polish lines under a fan's noise 30 dB under the speech; the microphone's path ``down_db``
    down from the middle of the pause until ``held`` s into the second line (the room's noise with it)."""
    wav = tmp_path / "pl.wav"
    truth = synthesize_talk([FIRST, SECOND], wav, pauses=[0.8], voices=("pl",))
    x = load_audio(str(wav)).samples.astype(np.float64) / 32768
    rng = np.random.default_rng(3)
    fan = np.convolve(rng.normal(0, 1, len(x)), np.ones(8) / 8, mode="same")
    speech = np.sqrt(np.mean(x[np.abs(x) > 1e-4] ** 2))
    y = x + fan / np.sqrt(np.mean(fan ** 2)) * speech * 10 ** (-30 / 20)
    gain = np.ones(len(y))
    a, b = int((truth[0].end + truth[1].start) / 2 * RATE), int((truth[1].start + held) * RATE)
    gain[a:b] = 10 ** (-down_db / 20)
    gain[b:b + 240] = np.linspace(10 ** (-down_db / 20), 1, 240)
    y = y * gain
    return Audio.from_float((0.3 * y / np.abs(y).max()).astype(np.float32)), truth


def test_a_start_put_where_the_switch_opened_goes_back_to_the_held_first_syllable(tmp_path):
    """The phone pass hears the held first syllable as silence and starts the line where the switch opened,
    0.15 s in (espeak-ng Polish through a speakerphone: five of seven held lines +74..+131 ms late, j110).  Against
    the switched-down noise the held syllable stands plainly over it: the start (and its first word's) goes back to
    where it rises.  The first line, its pause the room's ordinary noise, stays."""
    audio, truth = _through_a_speakerphone(tmp_path, held=0.2)
    env = Envelope(audio)
    late = truth[1].start + 0.15
    items = [placed_over(FIRST, truth[0].start, truth[0].end), placed_over(SECOND, late, truth[1].end)]
    assert follow_held_openings(items, env, 0.0) == 1
    assert abs(items[0].segment.start - truth[0].start) < 1e-9
    assert abs(items[1].segment.start - truth[1].start) < 0.05, (items[1].segment.start, truth[1].start)
    assert items[1].segment.words[0].start == items[1].segment.start


def test_a_start_with_no_switch_before_it_stays(tmp_path):
    """Without a switch (the pause is the room's noise up to the line), sound before a start is not a held opening:
    a start placed 0.15 s into the line stays where it is (the phone pass and the pause pass judged that sound)."""
    audio, truth = _through_a_speakerphone(tmp_path, down_db=0.0)
    env = Envelope(audio)
    late = truth[1].start + 0.15
    items = [placed_over(FIRST, truth[0].start, truth[0].end), placed_over(SECOND, late, truth[1].end)]
    assert follow_held_openings(items, env, 0.0) == 0
    assert items[1].segment.start == late
