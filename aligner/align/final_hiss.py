"""A line's end carried on over the hiss its last word ends in, where that hiss stands over the pause in its own
octave after the voiced sound before it stopped.

Why this exists (issue 7, j205, the twenty-seventh aside set's ``ey_real_surf_vtt_avi``): the telephone prompts'
"... in the conference." and "Has left the conference." through an 11.025 kHz IMA ADPCM (an AVI from a compact
camera) under the sea breaking below a terrace ended 100-190 ms early.  The 11 kHz file keeps only the lowest part of
the final /s/ (4-5.5 kHz); under the sea's bed and wash the phone pass, which hears the /s/ mostly by its highs, ended
the word on the nasal before it, 250-320 ms early, and :mod:`.last_sound` followed that nasal in its octave (100-500
Hz) to where it sank under the sea -- and stopped there: it follows one octave, the one the last sound stood out in
where the end was, and the hiss lies in another.  Yet the hiss is there, 10-25 dB over the pause in the 4-7 kHz octave
for 80-130 ms right after the nasal stops, where the sea (noise under 2 kHz, its crash's wash broadband but far under
the bed in the highs) leaves that octave quiet.  The same talk stored without the AVI (16 kHz, the sea) or without
the sea (the AVI) put these ends right: it takes the lost highs and the sea at once.

So where the line's last word ends in a voiceless sibilant (:data:`.sibilant_ends.SIBILANTS`, CMUdict's phones, as
:mod:`.sibilant_ends` reads them; outside English the phones espeak-ng's voice gives the word, as the phone pass
aligns it: j213, a real Russian prompt's "... еще раз." under a mosquito ended on its /a/, 212 ms early, its /s/ 8-12
dB over the pause in the 4-7 kHz octave), and in an octave above :data:`HISS_HZ` the sound rises over the
pause's background (:data:`.last_sound.OVER_BED_DB` over it, the background read as :mod:`.last_sound` reads it) by
the time the voiced sound before it has sunk under that margin in the lowest octave (bridging
:data:`.after_end.BRIDGE_FRAMES`: the nasal of "-ence" fades out as the hiss comes in), runs on for at least
:data:`HISS_MIN`, and leaves every octave under HISS_HZ at its background while it sounds (on the mean, under the same
margin: a hiss carries no voicing and nothing low; the sea's crash or swell, a murmur or the next voice rise in the
lows too), and stands louder after the end than in the end's last :data:`.after_end.LAST` s (a hiss already
falling there is the one the end holds, fading: j205's first run followed that fade on a long talk's right ends
"conference." and "mailbox.", +9 -> +111 and +16 -> +69 ms, ``rx_real_long_mix_f4v``), the end goes to where that
hiss sinks under the margin.  Never past the next line's start, never further
than the last word's own length (:func:`.boundaries._room_and_reach`).  An end already after the hiss has only the
pause's background after it: nothing rises, nothing moves.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP
from .after_end import BRIDGE_FRAMES, LAST, OCTAVES, runs_on
from .last_sound import OVER_BED_DB, levels_beside_end
from .sibilant_ends import SIBILANTS, final_phone

#: The octaves a sibilant's hiss is read in start at or above this (Hz): /s/ and /sh/ carry their power from 2.5-4 kHz
#: up; a voice's vowels and nasals, and most backgrounds that mask them, carry theirs below.
HISS_HZ = 2000.0
#: The shortest hiss followed (s): a final /s/ said at the end of a sentence lasts 0.1-0.25 s, what is left of it in
#: one octave through a narrow band 0.08-0.13 s; a click, a stop's burst or one cricket's pulse (12-22 ms) is shorter.
HISS_MIN = 0.05


def hiss_end(audio: Audio, text: str, start: float, end: float, before: float, after: float,
             reach: float, language: str = "en") -> Optional[float]:
    """Where the hiss that the line [start, end] (its text ``text``) ends in sinks under the pause's background, when
    it rises in an octave above :data:`HISS_HZ` as the voiced sound before it sinks, alone (nothing rises in the lows
    with it: see the module docstring); None when the line's last word ends in no voiceless sibilant, no background
    can be measured or no such hiss follows.  ``before``/``after``: the end of what comes before the line and the
    start of what comes after it (never reached); ``reach``: how far (s) past ``end`` the end may go.  ``language``:
    the talk's, in which the last word's phones are read (:func:`.sibilant_ends.final_phone`)."""
    if final_phone(text, language) not in SIBILANTS:
        return None
    beside = levels_beside_end(audio, start, end, before, after)
    if beside is None:
        return None
    levels, bed = beside
    over = levels.db - bed[:, None]
    e = levels.column(end)
    stop = levels.frames(end, min(after - HOP, end + reach)).stop
    smooth = np.array([np.convolve(row, np.ones(3) / 3, mode="same") for row in over])
    voiced = runs_on(smooth[0], e, stop, OVER_BED_DB)  # where the voiced sound before the hiss sinks in the lows
    lows = [band for band, (_, high) in enumerate(OCTAVES) if high <= HISS_HZ]
    best = None
    for band, (low, _) in enumerate(OCTAVES):
        if low < HISS_HZ or e >= stop:
            continue
        level = smooth[band]
        rises = np.flatnonzero(level[e:min(stop, voiced + BRIDGE_FRAMES + 1)] >= OVER_BED_DB)
        if not rises.size:
            continue
        first = e + int(rises[0])
        sinks = runs_on(level, first, stop, OVER_BED_DB)
        if (sinks - first) * HOP < HISS_MIN - 1e-9:
            continue
        if e > 0 and level[first:sinks].max() <= level[max(0, e - int(round(LAST / HOP))):e].max():
            continue  # no louder after the end than before it: the hiss the end already holds, fading
        if np.any(over[lows, first:sinks].mean(axis=1) >= OVER_BED_DB):
            continue  # sound in the lows too: the sea's crash or swell, a murmur, a voice -- no hiss alone
        best = max(best or sinks, sinks)
    if best is None or (levels.first + best) * HOP <= end + HOP / 2:
        return None
    return (levels.first + best) * HOP
