"""A line start placed in sound that goes on from before it moves to its own voice's onset.

:func:`.voice_onsets.start_without_onset` doubts a start whose opening stands
well under its line's voice and does not rise over the sound just before it:
the phone pass put the first word on another voice's last syllable (a second
talker, laughter running into the line), on a room's tail or on a bed, a few
tenths of a second before the line's own voice.  The word fits there (an "A"
or a "Please" fits a syllable of anyone's) and Whisper heard it near there, so
nothing else moves it.  The level says where the line's voice begins: a little
later, still inside the first word as placed, the envelope rises over the sound
that was going on to near the voice's level.  That rise is the onset; the start
(and the first word's) goes to its foot -- or, where the line opens with a
consonant the whole band does not show under the other sound (an /s/, a /k/'s
burst), to where that consonant stands out above 2 kHz; a start already on
its own consonant there stays.

It moves a start only when the evidence is clear -- the doubt fires, a rise is
found within the first word (so the first word keeps a plausible length), and
at the new start the opening stands near its voice and rises over the sound
before it (the doubt no longer fires there) -- and leaves the start (and its
review flag) otherwise.  Every language: the level knows no language.  It runs
last in the refine step, after the phone pass, the pauses and the line ends
(:func:`.engine._refine`), so scoring reads the moved start.  Measured on the
dev talks where the doubt fires: see benchmarks/README.md (j85).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Optional

import numpy as np

from ..audio import Audio
from ..audio.band import band_of
from ..document import NOT_HEARD, Segment
from .activity import HOP, Envelope, power_db, power_smoothed
from .boundaries import clamp_words
from .placement import Placed
from .voice_onsets import (BEFORE_LOOK, BEFORE_SKIP, ONSET_RISE_DB, OPENING, OPENING_UNDER_DB,
                           opening_levels, start_without_onset)

log = logging.getLogger(__name__)

#: How far (s) before the placed start the foot of the rise may lie (the doubt says the sound right before the
#: start does not rise: the voice cannot begin much earlier).
LOOK_BACK = 0.05
#: The first word keeps at least this long (s) per letter after the move, and never less than MIN_WORD: about half
#: of a fast talker's phone (60-70 ms) per phone, an English phone being spelt with 1.2-1.5 letters ("Which": 5
#: letters, 3 phones, at least 0.1 s).  (0.03 s per letter kept a right move of a "Which" out, j85.)
PER_LETTER = 0.02
MIN_WORD = 0.06
#: The onset's foot is looked for at most this far (s) before where the level first crosses the middle of the rise
#: (a syllable's rise takes 20-60 ms).
FOOT_BACK = 0.08
#: A consonant opening the line before its voice rises (an /s/, a /k/'s burst and breath) shows above this (Hz;
#: the telephone band reaches 3.4 kHz) ...
CONSONANT_HZ = 2000.0
#: ... standing this much (dB) over that band's level before the placed start (the sound going on; a fricative of
#: the line's own voice stands 15-30 dB over a pause there) ...
CONSONANT_RISE_DB = 10.0
#: ... for at least this long (s): a click or one syllable's peak of the other sound is shorter.
CONSONANT_LAST = 0.03
#: Level frames are smoothed over this many 10 ms frames (a single frame of a fricative or a click is no onset).
SMOOTH = 3


def shortest_word(text: str) -> float:
    """The shortest a line's first word may be kept when its start moves (s): PER_LETTER a letter, MIN_WORD at
    least."""
    return max(MIN_WORD, PER_LETTER * sum(ch.isalnum() for ch in text))


def first_timed_word(s: Segment) -> Optional[int]:
    idx = [k for k, w in enumerate(s.words) if w.timed and not w.cue]
    return idx[0] if idx else None


def own_onset(env: Envelope, start: float, end: float, before: float, latest: float,
              audio: Optional[Audio] = None) -> Optional[float]:
    """Where the voice of a line spanning [start, end] begins when its start has no onset
    (:func:`.voice_onsets.start_without_onset`; ``before``: where the line before ends), looked for from a little
    before ``start`` up to ``latest`` (s; where the first word would become too short), or None when the start has
    an onset or no clear one is found: the foot of the first rise to near the voice's level that stands
    ONSET_RISE_DB or more over the sound before it, and after which the opening no longer lacks an onset -- or,
    read from ``audio`` (None: not read), where a consonant above CONSONANT_HZ opens the line before that rise
    (:func:`consonant_onset`)."""
    if latest <= start or not start_without_onset(env, start, end, before):
        return None
    voice = env.voice_level(start, end)
    # the sound that was going on: before the start (as voice_onsets measures it) and under the line's opening
    bed = power_db(env.db[env.frame(max(before, start - BEFORE_LOOK)):env.frame(start + OPENING)])
    lo = max(before, start - LOOK_BACK)
    f0, f1 = env.frame(lo), env.frame(min(latest, end - OPENING))
    if f1 <= f0:
        return None
    n = max(1, round(OPENING / HOP))
    z = max(0, f0 - SMOOTH)
    level = power_smoothed(env.db[z:f1 + n + SMOOTH], SMOOTH)
    for f in range(f0, f1 + 1):
        if voice - power_db(env.db[f:f + n]) >= OPENING_UNDER_DB:
            continue  # the next tenths still stand well under the voice: the other sound goes on
        # the rise lies in [f, f + n): where the smoothed level first reaches halfway from the bed to the voice
        above = np.flatnonzero(level[f - z:f - z + n] >= (bed + voice) / 2.0)
        if not len(above):
            return None
        c = f + int(above[0])
        # its foot: back from there while the frames still stand over the bed, no further than FOOT_BACK
        g = c
        while g > max(f0, c - round(FOOT_BACK / HOP)) and env.db[g - 1] > bed + ONSET_RISE_DB:
            g -= 1
        t = g * HOP
        levels = opening_levels(env, t, end, before)
        if t > latest or levels is None or levels[0] >= OPENING_UNDER_DB or levels[1] < ONSET_RISE_DB:
            return None  # the first loud sound is too late, or no onset over what went on before it: nothing clear
        if audio is not None:
            return consonant_onset(audio, start, t, max(before, start - BEFORE_LOOK), start - BEFORE_SKIP)
        return t
    return None


def consonant_band_db(audio: Audio, a: float, b: float, hz: float = CONSONANT_HZ,
                      below: Optional[float] = None) -> np.ndarray:
    """10 ms frame levels (dB) of the sound above ``hz`` (and under ``below``, when given) over [a, b] (an FFT filter
    over it and some padding)."""
    pad, h = 1024, int(round(HOP * audio.sample_rate))
    i0, i1 = audio.index(a), audio.index(b)
    j0, j1 = max(0, i0 - pad), min(len(audio.samples), i1 + pad)
    if i1 - i0 < h:
        return np.zeros(0)
    y = band_of(audio.samples[j0:j1].astype(np.float64) / 32768.0, audio.sample_rate, hz, below)[i0 - j0:i1 - j0]
    n = len(y) // h
    return 10.0 * np.log10(np.mean(y[:n * h].reshape(n, h) ** 2, axis=1) + 1e-12)


def consonant_onset(audio: Audio, start: float, rise: float, p: float, q: float,
                    hz: float = CONSONANT_HZ) -> Optional[float]:
    """Where a line placed at ``start`` opens when its voice rises at ``rise``: earlier, where the sound above
    ``hz`` (CONSONANT_HZ) first stands CONSONANT_RISE_DB over its level over [p, q] (the sound before the placed
    start) for CONSONANT_LAST -- the line's first consonant (an /s/, a /k/'s burst), which the whole band does not
    show -- else ``rise``; None when that consonant begins at the placed start already (it has its onset there, in
    that band: a start the rule would move off its own fricative stays)."""
    lo = min(start, rise)
    if q - p < 2 * HOP or rise - lo < HOP:
        return rise
    pre = consonant_band_db(audio, p, q, hz)
    db = consonant_band_db(audio, lo, rise, hz)
    if not len(pre) or not len(db):
        return rise
    floor = power_db(pre)
    m = max(1, round(CONSONANT_LAST / HOP))
    for f in range(0, len(db) - m + 1):
        if np.all(db[f:f + m] >= floor + CONSONANT_RISE_DB):
            return None if f == 0 else lo + f * HOP
    return rise


def move_to_own_onsets(items: list[Placed], env: Envelope, t0: float, t1: float,
                       audio: Optional[Audio] = None) -> int:
    """Each timed line of a stretch spanning [t0, t1] whose start has no onset, its start (and its first word's)
    moved to its voice's own onset (:func:`own_onset`) where one is found within its first word.  Returns how
    many starts moved."""
    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if not s.timed or NOT_HEARD in s.flags:
            continue
        i = first_timed_word(s)
        if i is None:
            continue
        w = s.words[i]
        latest = w.end - shortest_word(w.text)
        before = items[k - 1].segment.end if k and items[k - 1].segment.timed else t0
        t = own_onset(env, s.start, s.end, before, latest, audio)
        if t is None or abs(t - s.start) < HOP / 2:
            continue
        log.debug("onset_starts %r: start %+.3f", s.text[:30], t - s.start)
        words = list(s.words)
        words[i] = replace(w, start=t)
        items[k].segment = clamp_words(replace(s, start=t, words=tuple(words)))  # a cue before it: at the start
        moved += 1
    return moved
