"""A "pause" the phone pass's HMM put between two words of a line that is a fricative's hiss from end to end.

A slow voice's /s/ (flite at half speed: 250-300 ms of it) is weak in the whole band's envelope and fits the
model's silence better than its /s/; the HMM then puts a ``<sil>`` between two joined words where the /s/ sounds
("the | spring", "the | city", "students | supported", ``ly_flite_dishwasher_plain``).  The edge rules take that
silence for a pause: the word's start is read against the hiss as if it were the background, and a stop's closure
after it ("spring": /s/, 160 ms of closure, burst) is looked past as "a pause the HMM gave the word" -- the start
lands on the burst, 250-480 ms late.  Above :data:`~.phone_edges.FRICATIVE_BAND` the hiss stands 15-20 dB over the
chunk's background all through that "pause"; a real pause, a breath after one, a stop's closure does not.  So where
the whole gap is such a hiss and the word after it opens with a high fricative, the gap is that fricative's: the
word starts where the hiss rises, and where the word before ends in one too (the /s/ of "students" running into
that of "supported") the boundary goes to the middle.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from .phone_edges import FRICATIVE_BAND, FRICATIVE_OVER_FLOOR, HISS_SMOOTH, SAMPLE_RATE, band_db
from .pronounce import HIGH_FRICATIVES

#: The share of the gap's (smoothed) windows the hiss must hold over the background: a gap holding a real pause
#: or a closure beside the hiss is a pause, not a fricative.
HISS_THROUGHOUT = 0.8
#: The longest gap read, in phones at the chunk's pace: a slow voice's /s/ (or the /s/ of one word run into the next
#: one's) fills up to two and a half of its phones (flite at half speed: 220-320 ms at 125-140 ms a phone); a pause
#: a background's hiss or a firework's whistle fills lasts longer (a slow festival voice's 640-650 ms pauses between
#: clauses, 3.9-4.5 phones, ``ly_festival_cat_fireworks_dashes``).
HISS_PHONES = 3.0
#: The shortest gap read (s): the HMM's shortest silences are its own (3 frames).
SHORTEST_GAP = 0.05


def hiss_floor(audio: np.ndarray) -> Optional[float]:
    """The chunk's quietest tenth above ``FRICATIVE_BAND`` (dB), which a hiss must stand over; None for a chunk too
    short to read.  One FFT filter over the whole chunk: read it once per chunk, not once per gap (on a one-hour
    talk reading it for every gap cost 7 % of the run's CPU)."""
    _, chunk_db = band_db(audio, 0.0, len(audio) / SAMPLE_RATE, FRICATIVE_BAND)
    return float(np.percentile(chunk_db, 10)) if len(chunk_db) else None


def gap_to_read(a: float, b: float, pace: float) -> bool:
    """Whether the gap [``a``, ``b``] is one a fricative's hiss could fill: :data:`SHORTEST_GAP` to
    :data:`HISS_PHONES` phones at the chunk's ``pace`` (s per phone)."""
    return SHORTEST_GAP <= b - a <= HISS_PHONES * pace


def hiss_across(audio: np.ndarray, a: float, b: float, floor: Optional[float]) -> Optional[tuple[float, float]]:
    """Where the hiss in the gap [``a``, ``b``] between two words rises and falls (s), when it fills the gap:
    above ``FRICATIVE_BAND`` its smoothed level stands ``FRICATIVE_OVER_FLOOR`` or more over the chunk's ``floor``
    (:func:`hiss_floor`) for :data:`HISS_THROUGHOUT` of the gap; None otherwise.  Ask :func:`gap_to_read` first."""
    times, db = band_db(audio, a, b, FRICATIVE_BAND)
    if floor is None or len(db) < HISS_SMOOTH:
        return None
    smooth = np.convolve(db, np.ones(HISS_SMOOTH) / HISS_SMOOTH, mode="same")
    over = smooth >= floor + FRICATIVE_OVER_FLOOR
    if over.mean() < HISS_THROUGHOUT:
        return None
    hiss = np.flatnonzero(over)
    return round(float(times[hiss[0]]), 3), round(float(times[hiss[-1]]), 3)


def edges_in_hiss(hiss: tuple[float, float], before: Sequence[str],
                  after: Sequence[str]) -> tuple[Optional[float], Optional[float]]:
    """(the end of the word ``before`` the gap, the start of the word ``after`` it) given the hiss that fills the
    gap, each None where it stays the edge rules': a word opening with a high fricative starts where the hiss
    rises; where the word before ends in one too, the two share the hiss, split in the middle.

    A word *ending* in a fricative is not followed into a hiss that the next word does not open with: that hiss is
    as often a short pause a background fills above ``FRICATIVE_BAND`` -- a music box's or an organ's notes, a
    radiator's hiss, a festival voice's silent onset before a vowel over a fan -- and following it put ten dev ends
    (flite "holidays", "staff", festival "finance", "nurse") 70-660 ms late while mending nine by 100-180 ms."""
    ends = bool(before) and before[-1] in HIGH_FRICATIVES
    if not after or after[0] not in HIGH_FRICATIVES:
        return None, None
    if ends:
        middle = round((hiss[0] + hiss[1]) / 2, 3)
        return middle, middle
    return None, hiss[0]
