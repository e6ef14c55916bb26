"""How long each line should last: the talk's rate per character, scaled by how fast the line's own voice goes.

The pause pass (:mod:`.pauses`) prices a choice of boundaries partly by how well
each segment's duration agrees with its text's length.  One rate pooled over the
talk is right for one speaker, and wrong where two speak at different speeds: in
an interview whose quick interviewer and slow guest take turns line by line, a
quick line looks too short and a slow one too long, and the pass moves a right
boundary from the pause between them into a word gap of the slow voice
(``wx_sv_espeak_interview_fast_slow``: "Vad är svårast?" ended +1170 ms).

A line's own placed duration cannot give its rate: that duration is what is
being judged.  Its syllables can.  How many syllables a voice says per second
of sound does not depend on where the line's edges were put, as long as they
hold some of its voice: a line cut short at a comma, or run on into the next
sentence of the same voice, still shows that voice's pace.  So each line's
syllable pace is counted in its own sound (peaks of the energy envelope, each
standing clear of the dips around it: one per vowel) and compared with the
pace over all the run's lines; the line's expected length per character is the
pooled one times that ratio.  A line with too few syllables to time keeps the
pooled rate.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..document import Segment
from .activity import HOP, Envelope, power_smoothed

#: A syllable's vowel stands this far (dB) over the dips on both sides of it (a stop's closure, the next consonant).
SYLLABLE_DIP_DB = 4.0
#: The envelope is smoothed over this many frames first (50 ms: shorter than a syllable, longer than a plosive's burst).
SMOOTH_FRAMES = 5
#: Fewer syllables than this in a line time no pace: two gaps between three vowels are the fewest that do.
MIN_SYLLABLES = 3
#: The fastest seconds per character a voice is priced at (:func:`.placement.speaking_rate`'s floor too).
FASTEST = 0.03


def syllable_count(levels: np.ndarray, floor: float, dip_db: float = SYLLABLE_DIP_DB) -> int:
    """Peaks of ``levels`` (dB) over ``floor`` that stand ``dip_db`` over the lowest level on each side of them.

    A peak is counted once the level has fallen ``dip_db`` under it; the next one once the level has risen
    ``dip_db`` over the dip after it (hysteresis: the ripple of one vowel is one syllable).  A last vowel still
    sounding where ``levels`` stop is not counted: its fall is not seen."""
    count, high, low, rising = 0, -np.inf, np.inf, True
    for v in levels:
        if rising:
            high = max(high, v)
            if v < high - dip_db and high > floor:
                count, rising, low = count + 1, False, v
        else:
            low = min(low, v)
            if v > low + dip_db:
                rising, high = True, v
    return count


def line_seconds_per_char(segs: Sequence[Segment], env: Envelope, t0: float, t1: float) -> list[float]:
    """Each segment's expected seconds per character of its text: the pooled rate of ``segs`` scaled by its voice's
    pace against theirs (see the module's docstring)."""
    chars = [max(1, len(s.text)) for s in segs]
    pooled = sum(s.end - s.start for s in segs) / sum(chars)
    thr = env.threshold(t0, t1)
    counts, voiced = [], []
    for s in segs:
        a, b = env.frame(s.start), env.frame(s.end)
        levels = power_smoothed(env.db[a:b], SMOOTH_FRAMES) if b > a else np.zeros(0)
        counts.append(syllable_count(levels, thr) if len(levels) else 0)
        voiced.append(float(np.count_nonzero(env.db[a:b] > thr)) * HOP)
    timed = [k for k, n in enumerate(counts) if n >= MIN_SYLLABLES and voiced[k] > 0]
    if not timed:
        return [pooled] * len(segs)
    pace = sum(counts[k] for k in timed) / sum(voiced[k] for k in timed)  # syllables per second of voice, pooled
    rates = [pooled] * len(segs)
    for k in timed:
        rates[k] = pooled * pace / (counts[k] / voiced[k])
    return rates


def syllables_per_second(env: Envelope, t0: float, t1: float) -> tuple[int, float]:
    """(syllables, seconds of voice) in [t0, t1]: the envelope's vowel peaks over the sound threshold there
    (:func:`syllable_count`) and how long it stands over that threshold."""
    a, b = env.frame(t0), env.frame(t1)
    if b <= a:
        return 0, 0.0
    thr = env.threshold(t0, t1)
    return (syllable_count(power_smoothed(env.db[a:b], SMOOTH_FRAMES), thr),
            float(np.count_nonzero(env.db[a:b] > thr)) * HOP)


class PaceHere:
    """The talk's seconds per character where a voice faster than the talk's says its text.

    The placer asks whether the sound left between two heard words is enough for the transcript's words said
    there (:meth:`.placement.Placer._place_in_sound`); too little, and they were "not spoken".  It prices the words at
    one rate pooled over the talk's trusted matches.  Where two voices take turns at very different speeds (flite's
    ``kal`` at x1.72 and ``rms`` at x0.6, the twenty-second set's ``tx_flite_ptt_plain``), the pooled rate is the slow
    voice's more than the fast one's: a fast line's 93 characters were priced at 6.9 s, and the 2.5 s of continuous
    speech between its two heard phrases fell short of the bar, so the line heard at both ends was called not spoken
    (and then lost its heard words to "unscripted" speech: +4.4 s).  The syllables the voice says per second of sound
    do not depend on the text (see the module's docstring): counted where the words are to go and over the span the
    pooled rate was measured on, their ratio scales the rate to this voice.  Only down: a voice slower than the
    talk's finds sound enough for its text at the pooled rate already (its text takes longer than priced), so the bar
    is never raised.  A window with fewer than :data:`MIN_SYLLABLES` syllables keeps the pooled rate.
    """

    def __init__(self, rate: float, env: Envelope, measured: tuple[float, float] | None):
        self.rate, self.env, self.measured = rate, env, measured
        self._pooled: float | None = None

    def at(self, t0: float, t1: float) -> float:
        """Seconds per character for words to be said in [t0, t1]."""
        if self.measured is None:
            return self.rate
        count, voiced = syllables_per_second(self.env, t0, t1)
        if count < MIN_SYLLABLES or voiced <= 0:
            return self.rate
        if self._pooled is None:
            n, v = syllables_per_second(self.env, *self.measured)
            self._pooled = n / v if n >= MIN_SYLLABLES and v > 0 else 0.0
        if not self._pooled:
            return self.rate
        return min(self.rate, max(FASTEST, self.rate * self._pooled / (count / voiced)))
