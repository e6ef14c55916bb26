"""Noise that comes back after a dip at a line's end: the last word's own (a release, a hiss, its voice) or another
source's (a knife scraping toast).

A word's last sound may come back after a dip: a stop's release after its closure, the hiss of "-ts" or "-ge" after
the closure before it, the /s/ of "conference" after a dip between its /n/ and the hiss, the rest of a last syllable
after a closure inside it.  :func:`.boundaries.extend_to_sound` follows such sound (across a dip of a frame or two
inside the run it follows, and across a closure-long one in :func:`.boundaries._past_closure`).  Someone scraping burnt
toast 10-60 ms after the lines (``vy_*``, the forty-third set's look) makes broadband noise 0.1-0.15 s a stroke, every
octave from 500 Hz up 25-35 dB over its floor and within 1-6 dB of the others, rising 19-26 dB in a frame or two out
of the pause's quiet: nine ends were carried over one stroke or two, +100..+537 ms, four of them unflagged at
0.92-1.00.

What tells them apart is what a word can make.  Unvoiced sound that lasts longer than a release's burst is a
fricative's hiss: air through a narrowing, its power over 2 kHz (/s/ over 4 kHz, /sh/ and an 8 kHz line's /s/ over 2
kHz), the octaves under 2 kHz hardly over their floor.  Over the true line ends of every built case but the
forty-fourth set's, 222 unvoiced sounds over 80 ms came back after a dip inside a line's last word: 185 stood
:data:`HISS_DB` or more higher over their floor over 2 kHz than in 500-2000 Hz, 35 had more under 2 kHz than over it
(stops' bursts and their breath, which :data:`.boundaries.RELEASE_MAX` holds to their length), 2 between.  And a
thing struck or scraped begins at once, a syllable after a closure rises over frames: only sound that jumps in
(:func:`.quiet_last_sounds.sound_jumps_in`) is read as another source's.
"""

from __future__ import annotations

import numpy as np

from ..audio import Audio
from .activity import HOP, Envelope
from .after_end import octave_levels
from .quiet_last_sounds import sound_jumps_in
from .voice_edges import VOWEL, periodicity, voiced_on_median

#: A hiss stands at least this much (dB) higher over its floor in the octaves over 2 kHz than in 500-2000 Hz; the
#: toast's strokes 1-6 dB, a final /s/ or "-ts" 11-30 dB.
HISS_DB = 8.0
#: The floor of each octave is read this long (s) either side of the sound, as its quietest tenth: the pauses.
FLOOR_LOOK = 0.5
FLOOR_PERCENTILE = 10
#: Frames (10 ms) periodic to :data:`.voice_edges.VOWEL` that make the sound the voice's (:func:`_voiced`).
VOICE_FRAMES = 2
#: After a click, every octave lies within this (dB, mean over the quiet) of its floor (its 10th percentile over
#: FLOOR_LOOK around): the room alone ...
CLICK_FLOOR_DB = 3.0
#: ... for at least this long (s): longer than a stop's voice-onset time filled by an aspiration too weak for the
#: line's bar (the pen's clicks left 30-150 ms before the voice, then 60-160 ms between press and release).
CLICK_QUIET = 0.06


def another_sources_noise(audio: Audio, env: Envelope, a: float, b: float) -> bool:
    """Whether the sound [a, b], come back after a dip at a line's end, is another source's noise: it jumps in at
    ``a`` and is neither voiced (on median, or for a while: :func:`_voiced`) nor a hiss (:func:`a_hiss`).  Whether a
    release-long burst is the word's stop is the caller's to ask."""
    if sound_jumps_in(env, a - 2 * HOP, a + 2 * HOP) is None:
        return False
    periodic = periodicity(audio, a, b)  # read once for both of voicing's readings
    return not _voiced(periodic) and not a_hiss(audio, a, b)


def a_click_before_quiet(audio: Audio, env: Envelope, a: float, b: float, quiet_to: float) -> bool:
    """Whether the sound [a, b], no longer than a stop's burst (the caller's to ask), is a click of another source's:
    it jumps in at ``a``, is not voiced, and every octave then lies within :data:`CLICK_FLOOR_DB` of its floor from a
    frame after ``b`` to a frame before ``quiet_to``, which lies at least :data:`CLICK_QUIET` after ``b``.  A word's
    first stop is followed within its voice-onset time by its aspiration or its voice, over the room's floor: a pen's
    click before a line (``xy_*``, the forty-fifth set's look) by the room alone, 30-150 ms."""
    if quiet_to - b < CLICK_QUIET - 1e-6 or sound_jumps_in(env, a - 2 * HOP, a + 2 * HOP) is None:
        return False
    if _voiced(periodicity(audio, a, b)):
        return False
    levels = octave_levels(audio, max(0.0, a - FLOOR_LOOK), quiet_to + FLOOR_LOOK)
    quiet = levels.frames(b + HOP, quiet_to - HOP)  # a frame off each side: the windows overlap the sounds
    if quiet.stop <= quiet.start:
        return False
    floor = np.percentile(levels.db, FLOOR_PERCENTILE, axis=1)
    return bool(np.all(np.mean(levels.db[:, quiet], axis=1) <= floor + CLICK_FLOOR_DB))


def _voiced(periodic: np.ndarray) -> bool:
    """Whether frames of this periodicity are the voice's: voiced on median (:func:`.voice_edges.voiced_on_median`),
    or for a while (:data:`VOICE_FRAMES` frames periodic to :data:`.voice_edges.VOWEL`) -- the rest of a last syllable
    come back after a closure inside it is the word's own though noise fills most of it."""
    return voiced_on_median(periodic) or int(np.count_nonzero(periodic >= VOWEL)) >= VOICE_FRAMES


def a_hiss(audio: Audio, t0: float, t1: float) -> bool:
    """Whether the sound in [t0, t1] stands :data:`HISS_DB` higher over its floor over 2 kHz than in 500-2000 Hz
    (each the louder of its two octaves, on median over the sound's frames): a fricative's hiss, not a broadband
    scrape.  Nothing to read: True (not told apart)."""
    levels = octave_levels(audio, max(0.0, t0 - FLOOR_LOOK), t1 + FLOOR_LOOK)
    held = levels.frames(t0, t1)
    if levels.frames_held == 0 or held.stop <= held.start:
        return True
    floor = np.percentile(levels.db, FLOOR_PERCENTILE, axis=1)
    rise = np.median(levels.db[:, held], axis=1) - floor
    return float(max(rise[3], rise[4])) - float(max(rise[1], rise[2])) >= HISS_DB
