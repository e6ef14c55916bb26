"""A line said by a voice much faster than the talk's, heard only at its two ends: the words between are said in the
continuous sound between those ends, not "not spoken" for being priced at the slow voice's rate
(:class:`aligner.align.speaking_rate.PaceHere`; ``tx_flite_ptt_plain``, flite ``kal`` x1.72 among ``rms`` x0.6).

Whisper's words and the sound are made up here (no model): syllables are bursts of noise, as many a second as the
voice says."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.speaking_rate import PaceHere, syllables_per_second
from aligner.audio.decode import Audio

from placing import placer_for

SR = 16000
SLOW = ["Our finance office rejected the budget.", "The young engineer explained it."]
FAST = "According to the minutes a local teacher approved a plan for the harbour late in the evening and the decision was made quickly."
#: (from, to, syllables a second) of each line's voice: slow, fast, slow
VOICES = [(0.5, 6.5, 4.0), (7.0, 10.2, 9.0), (10.7, 16.7, 4.0)]


def _talk() -> Envelope:
    """Faint noise; each line's voice a train of syllables (noise under a raised cosine, so the dips between them
    are deep) at its own rate."""
    rng = np.random.default_rng(7)
    x = 0.001 * rng.normal(size=int(17.5 * SR))
    for a, b, rate in VOICES:
        t = np.arange(int((b - a) * SR)) / SR
        shape = (0.5 - 0.5 * np.cos(2 * np.pi * rate * t)) ** 2
        x[int(a * SR):int(a * SR) + len(t)] += 0.3 * shape * rng.normal(size=len(t))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def _spread(text: str, a: float, b: float) -> list[tuple[str, float, float]]:
    words = [w.strip(".,").lower() for w in text.split()]
    step = (b - a) / len(words)
    return [(w, a + k * step, a + (k + 1) * step) for k, w in enumerate(words)]


def _heard() -> list[tuple[str, float, float]]:
    """The slow lines heard whole; the fast one only "according to the minutes" and "made quickly"."""
    fast = _spread(FAST, 7.0, 10.2)
    return _spread(SLOW[0], 0.5, 6.5) + fast[:4] + fast[-2:] + _spread(SLOW[1], 10.7, 16.7)


def test_the_fast_voice_s_unheard_words_take_the_sound_between_its_heard_ones():
    env = _talk()
    placer = placer_for([SLOW[0], FAST, SLOW[1]], _heard(), env)
    times = placer.run()
    tokens = placer.tokens
    first, last = tokens.index("a", tokens.index("minutes")), tokens.index("was", tokens.index("decision"))
    middle = [times[k] for k in range(first, last + 1)]
    assert {t.how for t in middle} == {"voiced"}, [t.how for t in middle]
    assert middle[0].start >= 7.5 - 0.1 and middle[-1].end <= 9.9 + 0.1


def test_priced_at_the_talk_s_pooled_rate_the_same_words_were_called_not_spoken(monkeypatch):
    """What the test above guards against: at the pooled rate the sound between falls short of the bar."""
    env = _talk()
    monkeypatch.setattr(PaceHere, "at", lambda self, t0, t1: self.rate)
    placer = placer_for([SLOW[0], FAST, SLOW[1]], _heard(), env)
    times = placer.run()
    k = placer.tokens.index("teacher")
    assert times[k].how == "unheard"


def test_the_pace_only_ever_lowers_the_rate_and_reads_the_voice_s_syllables():
    env = _talk()
    fast_n, fast_s = syllables_per_second(env, 7.0, 10.2)
    slow_n, slow_s = syllables_per_second(env, 0.5, 6.5)
    assert fast_n / fast_s > 1.6 * slow_n / slow_s
    pace = PaceHere(0.07, env, (0.5, 16.7))
    assert pace.at(7.5, 9.9) < 0.05
    assert pace.at(1.0, 6.0) == 0.07  # a voice slower than the talk's: the pooled rate stands
    assert PaceHere(0.07, env, None).at(7.5, 9.9) == 0.07  # no measured span (the default rate): nothing to scale
