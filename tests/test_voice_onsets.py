"""A line that starts in another voice's sound: its opening stands well under its own voice and does not rise over
the sound just before it."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.align.voice_onsets import opening_levels, start_without_onset
from aligner.audio.decode import Audio
from aligner.document import LOW_CONFIDENCE, START_WITHOUT_ONSET, Segment, Word

RATE = 16000
OTHER = (0.5, 1.2)  #: another, quieter voice talking in the pause before the line
START = 1.2  #: where the line's voice begins
END = 2.6


def _recording(other: bool = True, weak_first: bool = False) -> Envelope:
    """Faint noise (-60 dB); (``other``) a second voice 20 dB under the line's over OTHER; the line from START to END
    (``weak_first``: its first 0.2 s 15 dB under the rest, a quiet first word out of a silent pause)."""
    rng = np.random.default_rng(11)
    x = 0.001 * rng.normal(size=int(3.5 * RATE))
    spans = [(START + (0.2 if weak_first else 0.0), END, 0.2)]
    spans += [(OTHER[0], OTHER[1], 0.02)] if other else []
    spans += [(START, START + 0.2, 0.035)] if weak_first else []
    for a, b, level in spans:
        x[int(a * RATE):int(b * RATE)] += level * rng.normal(size=int(b * RATE) - int(a * RATE))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def _line(start: float) -> Segment:
    """"Please enter the number again", its first word starting at ``start``."""
    times = [(start, 1.5), (1.5, 1.8), (1.8, 1.95), (1.95, 2.3), (2.3, END)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Please", "enter", "the", "number", "again"], times))
    return Segment("Please enter the number again", start, END, words=words)


def test_a_start_put_on_another_voice_before_its_own_has_no_onset_and_a_right_one_has():
    """Put 0.3 s early, on the other voice's last syllable, the line opens 20 dB under its voice at that voice's
    level: no onset.  At its own start it opens at its voice; a weak first word rises out of a silent pause; the
    same early start with nothing before it rises out of the quiet."""
    crosstalk = _recording()
    assert start_without_onset(crosstalk, START - 0.3, END, 0.0)
    under, rise = opening_levels(crosstalk, START - 0.3, END, 0.0)
    assert under > 15 and abs(rise) < 3
    assert not start_without_onset(crosstalk, START, END, 0.0)
    assert not start_without_onset(_recording(other=False, weak_first=True), START, END, 0.0)
    assert not start_without_onset(_recording(other=False), START - 0.1, END, 0.0)


def test_no_verdict_without_sound_before_the_start_to_measure():
    """The line before ends right where this one starts (a tight join): nothing of the pause to compare with."""
    assert opening_levels(_recording(), START - 0.3, END, START - 0.33) is None
    assert not start_without_onset(_recording(), START - 0.3, END, START - 0.33)


def test_a_start_without_onset_sends_its_line_to_review_with_its_reason():
    crosstalk = _recording()
    st = Stretch([0], 0.0, 3.5)
    for start, doubted in ((START - 0.3, True), (START, False)):
        item = Placed(_line(start), ("exact",) * 5, (0.9,) * 5)
        around = surroundings([item], 0, [], crosstalk, st)
        assert (START_WITHOUT_ONSET in around[4]) == doubted
        seg = finish_segment(item, *around)
        assert (seg.confidence < LOW) == doubted
        assert seg.has(START_WITHOUT_ONSET) == doubted and seg.has(LOW_CONFIDENCE) == doubted
