"""A word the decoder, told the text, stamped over seconds of other words' sound is left out of the hearing; real words,
a frame or two wide of their syllables or stretched over a pause, are kept (:mod:`aligner.align.stamped_words`).

The sound is made up here (no model): syllables are bursts of noise, as many a second as a fast voice says."""

from __future__ import annotations

import numpy as np

from aligner.align import hear_the_text
from aligner.align.activity import Envelope
from aligner.align.recognize import HeardWord
from aligner.align.stamped_words import EXTRA_SYLLABLES, without_stamps, written_syllables
from aligner.audio.decode import Audio

SR = 16000


def _fast_voice(a: float = 0.6, b: float = 3.0, rate: float = 6.0, seconds: float = 5.0) -> Envelope:
    """Faint noise; from ``a`` to ``b`` s a train of syllables at ``rate`` a second, then a pause."""
    rng = np.random.default_rng(3)
    x = 0.001 * rng.normal(size=int(seconds * SR))
    t = np.arange(int((b - a) * SR)) / SR
    x[int(a * SR):int(a * SR) + len(t)] += 0.3 * (0.5 - 0.5 * np.cos(2 * np.pi * rate * t)) ** 2 * rng.normal(size=len(t))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def test_a_one_syllable_word_over_seconds_of_syllables_is_a_stamp_and_real_words_stay():
    env = _fast_voice()
    stamp = HeardWord("The", 0.6, 2.98, 0.5)
    real = [HeardWord("museum", 0.60, 1.10, 0.9), HeardWord("staff", 1.10, 1.30, 0.9),
            HeardWord("up.", 2.80, 4.4, 0.9)]  # the last one stretched over the pause after the voice: no syllables
    assert without_stamps([stamp] + real, env) == real


def test_the_bar_lies_between_a_neighbour_s_syllable_and_a_stamp():
    """A word taking in two of its neighbours' syllables stays; one over EXTRA_SYLLABLES more than it has goes."""
    env = _fast_voice()
    near = HeardWord("budget", 1.0, 1.0 + (2 + written_syllables("budget")) / 6.0, 0.9)
    assert without_stamps([near], env) == [near]
    far = HeardWord("budget", 0.6, 0.6 + (EXTRA_SYLLABLES + 3) / 6.0, 0.9)
    assert without_stamps([far], env) == []


def test_written_syllables_count_vowel_groups_at_least_one():
    assert [written_syllables(w) for w in ("The", "museum", "quickly.", "rhythm", "10,")] == [1, 2, 2, 1, 1]


def test_the_told_hearing_leaves_stamps_out(monkeypatch):
    """:func:`.hear_the_text._hear_span` takes the stamp out of what the told ear heard."""
    env = _fast_voice()
    words = [HeardWord("The", 0.6, 2.98, 0.5), HeardWord("up.", 2.8, 3.0, 0.9)]
    monkeypatch.setattr(hear_the_text, "recognize", lambda *a, **k: (words, None))
    from aligner.document import Document, Segment
    from aligner.align.stretches import Stretch
    doc = Document([Segment("The numbers did not add up.")])
    st = Stretch([0], 0.0, 5.0)
    heard = hear_the_text._hear_span(doc, st, None, "en", None, env, "en", None)
    assert [w.text for w in heard] == ["up."]
