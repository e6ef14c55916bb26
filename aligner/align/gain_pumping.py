"""Whether a talk went through a gain control that pumps: the floor rises through every pause.

Why this exists (issue 7, ``zx_real_agc_pumping``, ``kx_real_thin_agc_rings``, ``rd24_real_agc_deep``): a recorder's
automatic gain control turns the gain down while the voice is loud and, once it stops, back up over its release
time (0.3-3 s), so the room's noise swells in every pause.  :mod:`.last_sound` measures the background beside a
line on both sides and takes the louder; before a line the gain has had the whole pause to pump the room up (+6 to
+20 dB), while right after the end it is still at the voice's level, so the pumped floor stopped line ends early
(``zx_real_agc_pumping``: ends within 100 ms 44 %, signed median -154 ms; taking the background after the end alone,
56 % and -70 ms, j50).  The louder side is there for murmurs that swell after a line, so that is done only where
the talk pumps.

What gives a gain away is its release: a level follower falls as an exponential, so the gain -- and with it the
floor of the pause -- rises as a straight line in dB (within :data:`SPREAD_DB` of one) at one rate in every pause,
4-20 dB per second (release 0.3-3 s).  Measured from the pause's quietest moment (after the voice's own tail, a
room's or a PA's, has fallen) to the next line, at the truth's pauses of 0.6 s and more, the rise's lower quartile
over the talk stood at 6.1-15 dB/s on the talks with a gain control and no hall (``zx_*``, ``kx_*``,
``rd17_ro_tux_wind_agc``, ``rd19_real_agc_fast``, ``rd21_nl_fillets_thuds_agc``, ``rd24_*``), and at most 2.3 dB/s on
every other built talk but two (``trap_fillers`` 9.3: its floor does rise before each line; ``zx_real_pa_hall`` 4.9).
The rule runs at the phone pass's lines, though, where what fills a pause can rise too: on ``rd3_real_murmur18`` (no
gain control) its pauses rose 16-25 dB/s in every octave, unevenly -- 1.7 to 25 -- while a gain's rate is one
(``zx_real_agc_pumping``: 8.9-12 dB/s in all 14 pauses), so the middle half of the rates must lie within
:data:`SAME_RATE` of their median.  A gain control under a PA in a hall (``rd17_real_pa_agc_vtt``,
``rd19_espeak_pa_agc_slow``) is not seen: the hall's tail fills the short pauses.  :data:`RISE_MIN` lies between.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .activity import HOP, Envelope

#: Pauses (s) long enough to see the floor rise in.
PAUSE_MIN = 0.6
#: Of a pause, this much (s) after the end before it and before the start after it is left out (the edges'
#: own sound).
EDGE = 0.05
#: The floor must rise for this long (s) after its quietest moment to be measured.
RISE_FOR = 0.25
#: The rise's lower quartile over the talk (dB per second) from which the talk pumps (see the docstring).
RISE_MIN = 4.0
#: One gain's release gives one rate: the middle half of the pauses' rises lies within this share of their median
#: (``zx_real_agc_pumping`` 0.09 at the phone pass's lines; a murmur under lines whose phone-pass edges leave its
#: swells and the voices' onsets in the pauses, ``rd3_real_murmur18``, 1.0).
SAME_RATE = 0.5
#: Fewest pauses the rise must be measured in.
PAUSES_MIN = 5
#: Frames the level is smoothed over before its quietest moment is found.
SMOOTH = 5
#: A gain's rise is a straight line in dB: within this many dB (standard deviation) of one.
SPREAD_DB = 2.0


def floor_rise(env: Envelope, end: float, start: float) -> float:
    """How fast (dB/s) the whole band's level rises from the quietest moment of the pause [end, start] to its end;
    0 when it reaches its quietest too late to tell."""
    y = env.db[env.frame(end + EDGE):env.frame(start - EDGE)]
    if len(y) < SMOOTH:
        return 0.0
    level = np.convolve(y, np.ones(SMOOTH) / SMOOTH, mode="valid")
    low = int(np.argmin(level))
    if (len(level) - low) * HOP < RISE_FOR:
        return 0.0
    t = np.arange(len(level) - low) * HOP
    slope, at0 = np.polyfit(t, level[low:], 1)
    if float(np.std(level[low:] - (at0 + slope * t))) > SPREAD_DB:
        return 0.0  # no straight line: a step (the next take's own noise, a knock), a swell and a sinking
    return float(slope)


def gain_pumps(env: Envelope, spans: Sequence[tuple[float, float]]) -> bool:
    """Whether the floor rises through the pauses between the lines ``spans`` (start, end; in order) as a pumping
    gain control's does: in at least :data:`PAUSES_MIN` pauses of :data:`PAUSE_MIN`, three quarters of them at
    :data:`RISE_MIN` or faster, and at one rate (:data:`SAME_RATE`)."""
    rises = [floor_rise(env, a_end, b_start) for (_, a_end), (b_start, _) in zip(spans, spans[1:])
             if b_start - a_end >= PAUSE_MIN]
    if len(rises) < PAUSES_MIN:
        return False
    low, mid, high = np.percentile(rises, (25, 50, 75))
    return bool(low >= RISE_MIN and high - low <= SAME_RATE * mid)
