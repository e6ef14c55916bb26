"""A line start the phone pass put past its own opening hiss moves back to where the hiss begins.

Outside English the phone pass aligns another language's phones, mapped to English ones, with English acoustic
models.  Under a background that fills the speech band -- cows lowing, a murmur, a motorbike -- a line's first
fricative (an /s/, /ʃ/, /f/; an affricate's, a stop's aspiration) does not show in the whole band, and the search
may squeeze it into the first frames of the vowel after it: ``my_lv_espeak_two_speakers_cows_motorbike`` "Svaigu
pienu ..." began 116 ms late, 36 ms into the /a/, with its /s/ standing 20 dB over the pause above 2 kHz for the
80 ms before the voice.  No rule took it back: :func:`.boundaries.extend_to_sound` reads the whole band (the cows),
:mod:`.onset_starts` moves starts placed *in* others' sound to their own, later.

What shows is the band above :data:`.onset_starts.CONSONANT_HZ`: right before the placed start (within BRIDGE:
the /v/ of "Sv-" is quiet there), sound stands HISS_RISE_DB or more over the pause's level there -- and
HISS_OVER_LOW_DB more than the band below rises -- holding its level, unbroken back to a foot no further than
LONGEST_HISS before the start (a fricative's or an affricate's length, a slow voice's too), after a pause where
that band is quiet.  The start (and its first word's) goes to that foot.  Only for a line whose first word opens
with a hiss as the phone pass reads it (:func:`opens_with_hiss`).  A start already on its own hiss has none before
it and stays; sound running longer than a consonant (a saw's stroke, a kettle, a bed of noise), dying away from a
stroke (a radiator's tick, a chime), rising in the whole band (a radio's key-up burst) or after a pause that holds
other such sound is another source's and is left.
Outside English only: in English the phone pass's models are the language's own, and its starts are judged by the
English rules (:mod:`.closure_starts`, :mod:`.squeezed_starts`).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Optional

import numpy as np

from ..audio import Audio
from ..document import NOT_HEARD
from .activity import HOP
from .boundaries import clamp_words
from .onset_starts import CONSONANT_HZ, CONSONANT_LAST, consonant_band_db, first_timed_word
from .placement import Placed
from .pronounce import HISSES
from .sibilant_ends import language_word_variants

log = logging.getLogger(__name__)

#: The hiss stands this much (dB) over the pause's level above CONSONANT_HZ (a fricative of the line's own voice
#: stands 15-30 dB over a pause there; :data:`.onset_starts.CONSONANT_RISE_DB` is 10).
HISS_RISE_DB = 12.0
#: ... and this much (dB) more than the sound below CONSONANT_HZ rises over its own pause level: a voiceless
#: fricative holds little under 2 kHz, a radio's key-up burst or a squelch rises in the whole band.
HISS_OVER_LOW_DB = 8.0
#: A hiss holds its level to the voice after it: the later half of its run stays within this much (dB) of its
#: loudest frame.  A struck sound -- a radiator's tick, a ping-pong ball, a chime -- dies away from its stroke.
DECAY_DB = 8.0
#: The longest (s) a line's opening consonant lasts before its voice: an /s/ or a /ts/ said slowly.  Longer sound
#: over the pause's level is another source's.
LONGEST_HISS = 0.25
#: The hiss may stop this long (s) before the placed start: a voiced consonant after it ("Sv-", "Sl-", "Sm-") or
#: a stop's closure ("St-", "Sk-") is quiet above CONSONANT_HZ.
BRIDGE = 0.08
#: The pause's level above CONSONANT_HZ is read over this long (s) before the start (never before the line before
#: ends), at least PAUSE_MIN of it, as its FLOOR_PERCENTILE: the hiss fills at most LONGEST_HISS of it.
PAUSE_LOOK = 0.6
PAUSE_MIN = 0.2
FLOOR_PERCENTILE = 25


def hiss_foot(audio: Audio, start: float, before: float) -> Optional[float]:
    """Where the hiss right before a line start placed at ``start`` begins (s), or None: no sound above
    CONSONANT_HZ stands HISS_RISE_DB over the pause's level there (the line before ends at ``before``), it lasts
    less than CONSONANT_LAST, or it runs further back than LONGEST_HISS (another sound's) or into the line before."""
    p = max(before, start - PAUSE_LOOK)
    if start - p < PAUSE_MIN:
        return None
    db, low = consonant_band_db(audio, p, start), consonant_band_db(audio, p, start, 0.0, CONSONANT_HZ)
    if len(db) < round(PAUSE_MIN / HOP):
        return None
    # rising above CONSONANT_HZ, and far more than below it: a hiss; a squelch's burst or a door rises in both
    rise = db - np.percentile(db, FLOOR_PERCENTILE)
    loud = (rise >= HISS_RISE_DB) & (rise - (low - np.percentile(low, FLOOR_PERCENTILE)) >= HISS_OVER_LOW_DB)
    bridge = round(BRIDGE / HOP)
    foot, end = None, len(db)
    while True:  # back over the run before the start, and the one before that across a bridge: a vowel, its /s/
        near = np.flatnonzero(loud[max(0, end - bridge):end])
        if not len(near):
            break  # the start (or the foot found) is on its sound already, or nothing hisses just before it
        last = max(0, end - bridge) + int(near[-1])  # the run's last frame
        quiet = np.flatnonzero(~loud[:last])
        if not len(quiet):
            return None  # loud all the way back to the line before: no pause, no foot
        f = int(quiet[-1]) + 1
        run = rise[f:last + 1]
        if ((last + 1 - f) * HOP < CONSONANT_LAST or (len(db) - f) * HOP > LONGEST_HISS
                or float(np.median(run[len(run) // 2:])) < float(run.max()) - DECAY_DB):
            break  # a click, longer than a consonant, or dying away as a struck sound does: another sound's
        foot, end = f, f
    if foot is None or np.any(rise[:max(0, foot - 1)] >= HISS_RISE_DB / 2):
        return None  # no hiss, or the pause before it holds other such sound: a kettle's ticks, surf, a radiator's
    return p + foot * HOP


def opens_with_hiss(text: str, language: str) -> bool:
    """Whether a line's first written word opens with a hiss (:data:`.pronounce.HISSES`) in one of the pronunciations
    espeak-ng's voice for ``language`` gives it; False where that cannot be told (no word, no voice).  A line opening
    on a vowel, a nasal, a liquid or a stop's closure has none: sound above 2 kHz before it is another source's (surf
    breaking before "il messaggio ...", ``ey_it_real_surf``)."""
    variants = language_word_variants(text, language, 0)
    return any(p and p[0] in HISSES for p in variants or ())


def move_to_opening_hiss(items: list[Placed], audio: Audio, t0: float, language: str) -> int:
    """Each timed line of a stretch starting at ``t0`` in ``language`` that opens with a hiss (:func:`opens_with_hiss`)
    and whose start lies right after it (:func:`hiss_foot`), its start (and its first word's) moved back to the
    hiss's foot.  Returns how many moved."""
    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if not s.timed or NOT_HEARD in s.flags or not opens_with_hiss(s.text, language):
            continue
        i = first_timed_word(s)
        if i is None:
            continue
        before = items[k - 1].segment.end if k and items[k - 1].segment.timed else t0
        t = hiss_foot(audio, s.start, before)
        if t is None or s.start - t < HOP / 2:
            continue
        log.debug("opening_hiss %r: start %+.3f", s.text[:30], t - s.start)
        words = list(s.words)
        words[i] = replace(s.words[i], start=t)
        items[k].segment = clamp_words(replace(s, start=t, words=tuple(words)))
        moved += 1
    return moved
