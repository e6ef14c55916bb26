"""A line start put on the onset of a steady sound -- a bell's stroke -- moves to where its voice rises out of it.

Under church bells (rd52_*; a peal over a run of lines, fast speech, 8 kHz), the phone pass put a line's first word
on the stroke that rang in the pause before the line: a stroke's partials hold a vowel's shape, so an "A", a "The",
an "Our" fits it, and the HMM took the stroke's onset -- a clean rise out of the pause -- for the line's: starts
0.2-0.8 s early ("A" 0.77 s before its line, across a gap to the next word; "Our" held 0.5 s).  Nothing else doubts
such a start: it has an onset (:func:`.voice_onsets.start_without_onset` reads the rise over the pause), and
:mod:`.onset_starts` looks for one only where the line began in sound going on from before it.

What tells the stroke from the line's voice is its level after the onset: a bell's stroke holds, dying slowly, for
tenths of a second, well under the voice; then the voice rises out of it.  Speech does not hold a level
that far under its own for that long: a weak first syllable ("The", "For") lasts a few hundredths before its vowel
rises, and a line's opening vowel stands near the voice's level.  So a start is moved when, from the start on, the
level holds steady (within STEADY_DB of a straight line that falls no faster than DECAY: a stroke dies slowly, a
room's tail after the line before fast) for at least HOLD seconds, at least UNDER_DB under the line's voice, having
begun at the start (an onset over the pause before it: a bed going on from before is :mod:`.onset_starts`' to
judge), with nothing as loud as the voice's rise in its first CLANG seconds (a syllable of the line's own: "The"
before the hold of "museum"'s /m/), and then rises RISE_DB or more over that hold to near the voice's level: the
start (and its first word's) goes to the foot of that rise -- or earlier, where a consonant above 2 kHz opens the line
before its voice rises (:func:`.onset_starts.consonant_onset`; a start already on its own consonant stays).  The
rise is looked for up to where the first two words would still keep a plausible length each (the phone pass may
have put the second word's start on the stroke too, or left the first apart from it across a gap): the first word
then begins at the rise, the second after it.

Every language (the level knows none).  It runs in the refine step after the phone pass and :mod:`.onset_starts`.
Measured on rd52_* and the dev families it could touch: see benchmarks/README.md (j88).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Optional

import numpy as np

from ..audio import Audio
from ..document import NOT_HEARD
from .activity import HOP, Envelope, power_db, power_smoothed
from .boundaries import clamp_words
from .onset_starts import consonant_onset, shortest_word
from .placement import Placed
from .voice_onsets import BEFORE_LOOK, BEFORE_MIN, BEFORE_SKIP, ONSET_RISE_DB, OPENING

log = logging.getLogger(__name__)

#: The steady sound lasts at least this long (s) from the start: longer than a weak first consonant or syllable
#: (a fast talker's "The", "For": 50-120 ms) before its vowel rises.
HOLD = 0.2
#: Steady: every (smoothed) frame within this many dB of a straight line through the hold (speech syllables swing
#: 10 dB and more) ...
STEADY_DB = 2.0
#: ... and that line falling no faster than this (dB a second): a bell's stroke dies 3-10 dB a second, a room's
#: reverberant tail after the line before (RT60 under 2.4 s) faster -- that tail is the line before's, and a start
#: after it is judged by the phone pass and the pauses.
DECAY = 25.0
#: The hold stands at least this far (dB) under the line's voice (:meth:`.activity.Envelope.voice_level`) ...
UNDER_DB = 6.0
#: ... and the voice rises at least this far (dB) over the hold's level, to within UNDER_DB of the voice's level.
RISE_DB = 6.0
#: Level frames are smoothed over this many 10 ms frames.
SMOOTH = 3
#: A bell stroke's clang (its broadband strike) is over this long (s) after the stroke's onset; a consonant that
#: opens a line (an /s/, an /f/) still sounds then.
CLANG = 0.06


def rise_out_of_steady(env: Envelope, start: float, end: float, latest: float, before: float) -> Optional[float]:
    """Where the voice of a line spanning [start, end] rises out of a steady sound the start was put on, looked for
    up to ``latest`` (s), or None: the foot of the first rise RISE_DB over the level held since the start (its
    straight-line fit, run on to the rise: a stroke decays), reaching within UNDER_DB of the voice, when the level
    held steady (STEADY_DB) for HOLD s or more, on average UNDER_DB or more under the voice, and began at the start:
    it rises ONSET_RISE_DB or more over the sound before the start (``before``: where the line before ends), where
    there is a pause before it to measure (a sound going on from before the start, a bed switched on earlier, is
    :mod:`.onset_starts`' to judge)."""
    a, b = env.frame(start), env.frame(end)
    h = round(HOLD / HOP)
    f1 = env.frame(min(latest, end - OPENING))
    if b - a < 2 * h or f1 < a + h:
        return None
    voice = env.voice_level(start, end)
    level = power_smoothed(env.db[a:b], SMOOTH)
    n = max(1, round(OPENING / HOP))
    c = round(CLANG / HOP)
    p, q = env.frame(max(before, start - BEFORE_LOOK)), env.frame(start - BEFORE_SKIP)
    if q - p >= round(BEFORE_MIN / HOP) and power_db(env.db[a:a + h]) - power_db(env.db[p:q]) < ONSET_RISE_DB:
        return None  # no onset at the start: the sound was going on before it
    for k in range(h, f1 - a + 1):
        # the onset and a stroke's clang are not the steady sound yet; the frame before k is smoothed with k's
        hold = level[c:k - 1]
        x = np.arange(c, k - 1, dtype=np.float64)
        slope, icept = np.polyfit(x, hold, 1)
        if (np.max(np.abs(hold - (slope * x + icept))) > STEADY_DB or -slope / HOP > DECAY
                or voice - power_db(env.db[a + c:a + k - 1]) < UNDER_DB):
            return None  # the hold swung (speech) or dies away (a room's tail), or it stands near the voice
        there = slope * k + icept
        if level[k] < there + RISE_DB / 2.0:
            continue
        # the rise: the next opening stands RISE_DB over the hold and near the voice; and nothing as loud opened the
        # line at the start (a syllable of its own -- "The" before the hold of "museum"'s /m/ -- not a stroke's clang)
        after = power_db(env.db[a + k:a + k + n])
        if after - there < RISE_DB or voice - after > UNDER_DB or np.max(level[:c]) > slope * c + icept + RISE_DB:
            return None
        g = k  # its foot: back while the frames stand over the hold's line
        while g > h and level[g - 1] > slope * (g - 1) + icept + 1.5:
            g -= 1
        return (a + g) * HOP
    return None


def move_off_steady_openings(items: list[Placed], env: Envelope, t0: float, t1: float,
                             audio: Optional[Audio] = None) -> int:
    """Each timed line of a stretch spanning [t0, t1] whose start was put on the onset of a steady sound, its start
    (and first word's) moved to where its voice rises out of it (:func:`rise_out_of_steady`).  Returns how many
    starts moved."""
    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if not s.timed or NOT_HEARD in s.flags:
            continue
        spoken = [i for i, w in enumerate(s.words) if w.timed and not w.cue]
        if not spoken:
            continue
        i = spoken[0]
        w = s.words[i]
        shortest = shortest_word(w.text)
        nxt = s.words[spoken[1]] if len(spoken) > 1 else None
        # the rise may lie past the first word as placed, up to where the second keeps its own shortest length
        latest = w.end - shortest if nxt is None else nxt.end - shortest_word(nxt.text) - shortest
        before = items[k - 1].segment.end if k and items[k - 1].segment.timed else t0
        t = rise_out_of_steady(env, s.start, s.end, latest, before)
        if t is None or t - s.start < HOP:
            continue
        if audio is not None:
            # a stroke's clang is over by CLANG; a consonant of the line's own (an /s/) still sounds there
            c = consonant_onset(audio, s.start + CLANG, t, max(before, s.start - BEFORE_LOOK), s.start - BEFORE_SKIP)
            if c is None:
                continue  # a consonant of its own at the placed start: it stays
            t = c
        if t - s.start < HOP:
            continue
        log.debug("steady_openings %r: start %+.3f", s.text[:30], t - s.start)
        words = list(s.words)
        words[i] = replace(w, start=t, end=max(w.end, t + shortest))  # clamp_words moves the next words on
        items[k].segment = clamp_words(replace(s, start=t, words=tuple(words)))
        moved += 1
    return moved
