"""Sound that comes in pulses -- a snore's flutter, a frog's croak, a drill's or a radio's bursts -- is no voice: the
one place the rules ask it.

A voice's level glides from one 10 ms frame to the next (a vowel's envelope moves 1-2 dB a frame); sound that comes
in pulses or impacts jumps as each comes and goes.  Five rules ask whether a stretch jumps so, each with the bars it
was measured with, and all ask :func:`jumps_as_impacts` (j238 folded its copies -- ``own_last_sound.flutters``,
``carried_ends.end_carried_onto_impacts``' and ``voice_followed``'s reading, ``impact_beds.jumps_as_impacts``,
``creaking_ends.end_on_creak``'s -- into it):

- against the line's own frames, at least :data:`IMPACT_JITTER_DB` and :data:`CLICK_JITTER` times the line's
  (:mod:`.impact_beds`, :mod:`.carried_ends`): a road drill, a croak, a radio's bursts;
- against the line's own frames alone, no floor (``least_db=0``, :mod:`.creaking_ends`): a creak's clicks, which
  the rest of that rule tells from a voice's rough last syllable;
- with no line to read against, :data:`FLUTTER_DB` over at least :data:`FLUTTER_MIN` (:mod:`.own_last_sound`,
  :func:`.boundaries.follow_last_sounds`): a snore's flutter after a line's end.

How fast the pulses come is another reading, of the level in 5 ms windows (:func:`pulse_train`): a croak's 30-90 a
second outrun the 10 ms frames, and :func:`.foreign_sounds.own_end` needs the rate to find where the sound between
the pulses falls silent.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import Envelope
from .impact_trains import STEP, _cycle, level_autocorrelation, step_levels

#: A creak's frames jump in level at least this many times as much as the line's own frames do (median absolute
#: change from one 10 ms frame to the next): 2.6-5.7 times on the creaks measured; right ends 1.0 on median, 1.9 at
#: the 95th percentile (:mod:`.creaking_ends`, j111).
CLICK_JITTER = 2.0
#: The line's own frame-to-frame change is taken as at least this (dB): a synthetic voice's level barely moves,
#: and a right end's ordinary release would read as many times that.
MIN_OWN_JITTER = 1.0
#: Impacts jump at least this much (dB) in level from one 10 ms frame to the next, on median: a road drill's
#: 6.1-9.2 dB.  A voice glides 1-2 dB a frame, and a word's rest with a closure and its release in it 2.0-2.4
#: (``rx_real_dolby_srt``'s "message." carried on to its right end): twice a smooth prompt's own 1.0 -- the
#: bar that tells a creak from its line (:data:`CLICK_JITTER`) -- but no impact (:mod:`.impact_beds`, j178).
IMPACT_JITTER_DB = 4.0
#: With no line to read against: a stretch whose level moves this many dB a frame on median flutters (a snore,
#: 15-17 dB; a voice's last 0.1 s 1.8-2.0 on median, 5.5-6.5 at the 99th percentile: :mod:`.own_last_sound`, j228) ...
FLUTTER_DB = 10.0
#: ... over at least this long (s): three or four of a flutter's cycles.  A stop's release is one burst, a rise and a
#: fall over two or three frames, and those steps are its whole stretch's median.
FLUTTER_MIN = 0.08

#: A pulse train's period (s): 20-90 pulses a second (a frog's 30-90, a snore's flutter 20-60).
PULSE_PERIOD = (0.011, 0.05)
#: Its level's swing (:func:`.impact_trains._cycle`) at that period is at least this.
SWING_MIN = 1.0
#: A voice whose pitch pulses swing its level carries its fundamental at their rate: at least this share of the
#: energy (over LOWEST_HZ / 2) in the octave around the rate.  A croak's or a snore's: 0-2 %.
AT_RATE_SHARE = 0.05
#: The band a stretch's energy is counted in starts at half this (Hz): under it lies hum and rumble, no voice.
LOWEST_HZ = 80.0


def jitter(env: Envelope, t0: float, t1: float) -> Optional[float]:
    """The median absolute change (dB) of the level from one 10 ms frame to the next over [t0, t1], or None
    when fewer than three frames lie there."""
    levels = env.db[env.frame(t0):env.frame(t1)].astype(np.float64)
    return float(np.median(np.abs(np.diff(levels)))) if len(levels) >= 3 else None


def jumps_as_impacts(env: Envelope, t0: float, t1: float, own: Optional[tuple[float, float]] = None,
                     least_db: float = IMPACT_JITTER_DB, shortest: float = 0.0) -> bool:
    """Whether the level over [t0, t1] jumps frame to frame as pulses or impacts do (:func:`jitter`): at least
    ``least_db`` dB a frame on median, and at least :data:`CLICK_JITTER` times what the line's own frames over
    ``own`` (start, end) do (taken as at least :data:`MIN_OWN_JITTER`; None: no line to read against).  Shorter than
    ``shortest`` s, or too short to read: False."""
    if t1 - t0 < shortest:
        return False
    moved = jitter(env, t0, t1)
    if moved is None or moved < least_db:
        return False
    line = jitter(env, *own) if own is not None else None
    return moved >= CLICK_JITTER * max(line or 0.0, MIN_OWN_JITTER)


def pulse_train(audio: Audio, t0: float, t1: float) -> Optional[float]:
    """The period (s) of a train of pulses filling [t0, t1], 20-90 a second (PULSE_PERIOD), that is no voice's -- its
    level swings at that rate by SWING_MIN, and the octave around the rate holds under AT_RATE_SHARE of its energy --
    or None."""
    levels = step_levels(audio, t0, t1)
    lo, hi = int(round(PULSE_PERIOD[0] / STEP)), min(int(round(PULSE_PERIOD[1] / STEP)), len(levels) // 3)
    ac = level_autocorrelation(levels, hi + 1) if hi > lo else None
    if ac is None:
        return None
    # the level's own cycle is its shortest (its odd multiples swing as well, some more); one faster than any pulse
    # train's is a voice's pitch pulses (a voice over 90 Hz)
    if any(_cycle(ac, k) >= SWING_MIN for k in range(2, lo)):
        return None
    k = next((k for k in range(lo, hi + 1) if _cycle(ac, k) >= SWING_MIN), None)
    if k is None or _share_at(audio, t0, t1, 1.0 / (k * STEP)) >= AT_RATE_SHARE:
        return None
    return k * STEP


def _share_at(audio: Audio, t0: float, t1: float, rate: float) -> float:
    """The share of the energy in [t0, t1] (over LOWEST_HZ / 2) that lies in the octave around ``rate`` (Hz)."""
    x = audio.float32(max(0.0, t0), min(audio.duration, t1)).astype(np.float64)
    if len(x) < 2:
        return 0.0
    size = max(4096, 1 << int(np.ceil(np.log2(len(x)))))
    power = np.abs(np.fft.rfft(x * np.hanning(len(x)), size)) ** 2
    freqs = np.fft.rfftfreq(size, 1.0 / audio.sample_rate)
    total = float(power[freqs >= LOWEST_HZ / 2].sum())
    octave = (freqs >= rate / np.sqrt(2)) & (freqs < rate * np.sqrt(2))
    return float(power[octave].sum()) / total if total > 0 else 0.0
