"""A second recorder's copy of the talk mixed in, whose lag drifts: where the copy trails each line's end.

Why this exists (issue 7, the twentieth aside set's ``cx_real_long_mix_m2ts``): a talk recorded on a lavalier and
on a camera's own microphone, the two tracks lined up by the editor at the start and mixed, the camera's clock
running 0.1 % slow.  The camera's copy of the voice (duller, roomier, 7-9 dB under) lags a few milliseconds at the
start and 0.1 % of the elapsed time more as the talk goes on: 0.33 s after five minutes.  After a line's voice
stops, that copy holds the line's last sound for the lag, and the end rules (:mod:`.last_sound`, the fades) followed
ends into it: ends +100..+580 ms late in the second half of the talk, worse as the lag grew.  The engine already
handles a copy at a *fixed* delay (:mod:`.echoes` finds it, :mod:`.slap_back` and :func:`.last_sound.followed_end`
take it out of an end), but a drifting copy has no one delay: summed over the talk its correlation is smeared over
every lag it passed through, and :func:`.echoes.echo_delay` finds nothing.

So the lag is read locally.  Over each block of :data:`BLOCK` seconds the recording correlates with itself at the
copy's lag (half-whitened and pre-emphasised, as :mod:`.echoes` does, so a voice's harmonics and a hum weigh
little); the block's lag is the one whose correlation stands most over the lags just around it (:data:`NEAR`, as
:mod:`.slap_back` reads a copy: a copy is sharp at one lag, a voice's periodicity is broad and repeats).  A block
is believed only when that excess is at least :data:`EXCESS_MIN` *and* its neighbours found the same lag (within
what a clock off by :data:`MOST_DRIFT` moves it between them): a copy plays on through the talk, a chance peak of
one block does not repeat at the same lag in the next.  :meth:`CopyLags.at` gives the lag where a line ends from the
believed blocks around it.

Why it cannot fire on a room or a dry talk: a room's reverberation is a diffuse sum of reflections with no one lag
standing over its neighbours (the hall talks' blocks stood at most 0.007 over their neighbours, the dry talks' at
most 0.008, and no two neighbouring blocks agreed on a lag often enough, see :data:`EXCESS_MIN`); the early
reflections of a room come within :data:`LAGS` ``[0]`` and are not looked at; a livestream seconds later is
:mod:`.delayed_copy`'s (past :data:`LAGS` ``[1]``).  A talk where :func:`.echoes.echo_delay` finds a fixed copy is
left to it (the engine reads this only when that finds none).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from .echoes import half_whitened_autocorrelation

log = logging.getLogger(__name__)

#: Lags (s) a copy is looked for at: past a room's early reflections and a voice's pitch periods, which end by
#: 30-40 ms (an end carried on by a copy that close is off by less than a phone's tail anyway), up to where
#: :mod:`.delayed_copy` begins looking for a stream's copy.
LAGS = (0.04, 0.6)
#: Blocks (s) the lag is read in, every half block: short enough that a 0.1 % drift moves the copy by only 1 ms
#: within one (a smeared peak stands lower), long enough to hold a few syllables.
BLOCK = 1.0
#: ... within which a 0.1 % drift spreads the copy's peak over this much lag (s): the correlation is read as its mean
#: over it.
SPREAD = 0.001
#: A copy's correlation must stand over the best of the lags 3-15 ms either side of it: past its own width (the
#: copy's band, under 3.5-5 kHz, makes it 1-2 ms wide), within the span a voice's periodicity would share.
NEAR = (0.003, 0.015)
#: ... by at least this much (a share of the block's correlation at lag 0).  Measured with these settings: blocks
#: of talks with a copy (the drift talks of the twentieth aside set and their dev twins, a tiled room's slap-back,
#: a PA) stood at 0.005-0.031 (median 0.006-0.012 once the lag passed 40 ms); blocks of 14 dry, hall, disc and
#: print-through talks at most 0.008, 90 % of them under 0.004.  Between the two; a block over it is believed only
#: when its neighbours agree (below), which no dry or hall talk's blocks did more than now and then.
EXCESS_MIN = 0.006
#: Two recorders' clocks differ by 0.1 % (an NTSC pull-down) or less (crystals, 0.005-0.01 %): a believed block's
#: lag must agree with at least :data:`AGREE` of the two blocks on either side within 2 ms (the peak's own spread)
#: plus this share of the time between them.
MOST_DRIFT = 0.002
AGREE = 2
#: How far (s) from a line's end the nearest believed block may lie for its lag to be read there: the lag moves by
#: at most :data:`MOST_DRIFT` of it (10 ms), and a copy that is not found for longer has likely stopped.
REACH = 5.0
PRE_EMPHASIS = 0.95
#: Talks longer than this many blocks are first probed at :data:`PROBES` places, :data:`PROBE_RUN` blocks at each
#: (enough for neighbours to agree): a copy that plays through the talk is found there, and an hour without one costs
#: a second, not fifteen.
PROBE_OVER = 600
PROBES, PROBE_RUN = 60, 5


@dataclass(frozen=True)
class CopyLags:
    """The believed blocks of a talk: their centres (s) and the copy's lag (s) there, in time order."""
    times: tuple[float, ...]
    lags: tuple[float, ...]

    def at(self, t: float) -> Optional[float]:
        """The copy's lag (s) at ``t``, interpolated between the believed blocks around it, or None: no believed
        block within :data:`REACH`."""
        times = np.asarray(self.times)
        i = int(np.searchsorted(times, t))
        before = i - 1 if i > 0 and t - times[i - 1] <= REACH else None
        after = i if i < len(times) and times[i] - t <= REACH else None
        if before is None and after is None:
            return None
        if before is None or after is None:
            return self.lags[before if after is None else after]
        span = times[after] - times[before]
        w = 0.0 if span <= 0 else (t - times[before]) / span
        return float(self.lags[before] + w * (self.lags[after] - self.lags[before]))


def _block_lag(x: np.ndarray, rate: int, size: int) -> tuple[float, float]:
    """The lag (s) at which block ``x`` correlates with itself most over the lags around it, and that excess."""
    w = x - x.mean()
    w = np.append(w[:1], w[1:] - PRE_EMPHASIS * w[:-1])
    near0, near1 = int(NEAR[0] * rate), int(NEAR[1] * rate)
    lo, hi = int(LAGS[0] * rate), int(LAGS[1] * rate)
    spread = max(1, int(SPREAD * rate))
    r = half_whitened_autocorrelation(w, size, hi + near1)
    if r[0] <= 0:
        return 0.0, 0.0
    raw = r / r[0]
    r = np.convolve(raw, np.ones(spread) / spread, mode="same")  # the drift spreads the peak over 1 ms
    best, excess = lo, -1.0
    for j in lo + np.argsort(r[lo:hi + 1])[::-1][:12]:  # the highest peaks; the copy's is among them
        around = max(r[j - near1:j - near0 + 1].max(), r[j + near0:j + near1 + 1].max(), 0.0)
        if r[j] - around > excess:
            best, excess = int(j), float(r[j] - around)
    k = np.arange(best - spread, best + spread + 1)  # to a fraction of a sample: the peak's centre of mass
    weight = np.maximum(raw[k], 0.0)
    centre = float(np.dot(k, weight) / weight.sum()) if weight.sum() > 0 else float(best)
    return centre / rate, excess


def _agreeing(times: Sequence[float], lags: Sequence[float], strong: Sequence[bool]) -> list[bool]:
    """Which strong blocks at least :data:`AGREE` of the (strong) blocks two either side agree with."""
    keep = []
    for i, (t, lag) in enumerate(zip(times, lags)):
        ok = strong[i] and sum(1 for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(times) and strong[j]
                               and abs(lags[j] - lag) <= 0.002 + MOST_DRIFT * abs(times[j] - t)) >= AGREE
        keep.append(ok)
    return keep


def copy_lags(audio: Audio) -> Optional[CopyLags]:
    """Where the recording holds a copy of itself 40-600 ms later whose lag may drift (see the module docstring),
    the lag through the talk; None where no block believes one."""
    rate = audio.sample_rate
    n = int(BLOCK * rate)
    x = audio.samples
    if len(x) < n:
        return None
    size = 1 << int(np.ceil(np.log2(2 * n)))
    starts = range(0, len(x) - n + 1, n // 2)
    if len(starts) > PROBE_OVER and not _probed(x, rate, size, starts):
        return None
    times, lags, strong = [], [], []
    for a in starts:
        lag, excess = _block_lag(x[a:a + n].astype(np.float64), rate, size)
        times.append((a + n / 2) / rate)
        lags.append(lag)
        strong.append(excess >= EXCESS_MIN)
    keep = _agreeing(times, lags, strong)
    if not any(keep):
        return None
    return CopyLags(tuple(t for t, k in zip(times, keep) if k), tuple(v for v, k in zip(lags, keep) if k))


def _probed(x: np.ndarray, rate: int, size: int, starts: range) -> bool:
    """Whether any block of :data:`PROBES` runs of :data:`PROBE_RUN` blocks spread over the talk believes a copy."""
    n = int(BLOCK * rate)
    for first in np.linspace(0, len(starts) - PROBE_RUN, PROBES).round().astype(int):
        run = [starts[first + k] for k in range(PROBE_RUN)]
        read = [_block_lag(x[a:a + n].astype(np.float64), rate, size) for a in run]
        if any(_agreeing([a / rate for a in run], [lag for lag, _ in read], [e >= EXCESS_MIN for _, e in read])):
            return True
    return False
