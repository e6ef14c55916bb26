"""Evidence for the review queue that a line's end was cut on its last loud sound: its last word is shorter than
the talk's words are, and a weak sound goes on after the end that the pause after it does not hold.

A sentence's last word is drawn out (phrase-final lengthening): over the
development talks, a last word lasts a median 1.46 times the talk's typical
duration per phone, and only a quarter of the ends within 100 ms come under
1.2 times.  Where the phone pass ends a line on its last loud vowel and gives
the weak rest of it -- a fading syllable, a final nasal or /s/ under a fan, a
murmur, a hum, a telephone line's noise -- to the pause, that word loses the
rest and comes out short, while the rest still stands over the background of
the pause that follows.  Neither sign alone says much: a short last word is
often just said quickly, and 50-200 ms after a right end a room's tail or a
noisy background still stands a few dB over the pause's floor (over the
development ends 1.5 dB and more after a quarter of the right ones).  Together
they do: over the lead's whole development run (results-devend10), of the 1,216
segments with a pause after them that nothing else sent to review, 48 show both,
26 of them more than 100 ms off and 15 more than 200 ms (ends 0.2-0.5 s early),
against 29 % of the 458 segments already in the queue being within 100 ms.

Every other rule about sound after an end (:mod:`.review_evidence`) reads how
the sound falls right after it; under a steady background 10-25 dB under the
voice, the weak rest of a word falls about as a room's tail does, and those
rules let 31 ends 0.2-0.5 s early through (the calibration's misses, j57).
"""

from __future__ import annotations

import statistics
from typing import Optional, Sequence

import numpy as np

from ..document import Segment, Word
from .activity import HOP, Envelope
from .after_end import pause_noise
from .confidence import phone_count

#: At least this many words (not a line's first or last) to measure the talk's duration per phone from.
RATE_WORDS = 8
#: A last word that lasts less than this share of the talk's typical duration per phone was cut short.
SHORT_LAST_WORD = 1.0
#: The sound measured after an end: from AFTER_LOOK[0] s to AFTER_LOOK[1] s after it (past the last frame, which
#: may hold the word's release, and short of where a room's tail has died away).
AFTER_LOOK = (0.05, 0.2)
#: The pause after an end whose floor it is compared with: from FLOOR_FROM s after the end to FLOOR_TO s (or
#: FLOOR_GAP s before the next line), at least FLOOR_MIN s long.
FLOOR_FROM = 0.35
FLOOR_TO = 1.5
FLOOR_GAP = 0.05
FLOOR_MIN = 0.1
#: Sound standing at least this much (dB) over the pause's floor AFTER_LOOK s after an end goes on there.
OVER_FLOOR_DB = 2.0


def _spoken(words: Sequence[Word]) -> list[Word]:
    return [w for w in words if w.timed and not w.cue and w.end > w.start]


def duration_per_phone(w: Word) -> float:
    """How long (s) the word lasts per phone of its pronunciation."""
    return (w.end - w.start) / phone_count(w.text)


def talk_phone_duration(segments: Sequence[Segment]) -> Optional[float]:
    """The talk's typical duration per phone (s): the median over its words that are not a line's first or
    last (those are drawn out, or cut) -- over all its words in a talk of lines of a word or two (a list of
    prompts, of digits) -- or None with fewer than RATE_WORDS words."""
    inner = [w for s in segments for w in _spoken(s.words)[1:-1]]
    if len(inner) < RATE_WORDS:
        inner = [w for s in segments for w in _spoken(s.words)]
    if len(inner) < RATE_WORDS:
        return None
    return statistics.median(duration_per_phone(w) for w in inner)


def last_word_short(segment: Segment, per_phone: float) -> bool:
    """Whether the segment's last spoken word lasts less than SHORT_LAST_WORD times ``per_phone`` a phone."""
    spoken = _spoken(segment.words)
    return bool(spoken) and duration_per_phone(spoken[-1]) < SHORT_LAST_WORD * per_phone


def sound_over_floor_after(env: Envelope, end: float, after: float) -> Optional[float]:
    """How far (dB) the sound AFTER_LOOK s after ``end`` (its mean power) stands over the floor of the pause that
    follows (:func:`.after_end.pause_noise`; ``after``: where the next line starts), or None when no pause of
    FLOOR_MIN s lies there."""
    a, b = env.frame(end + FLOOR_FROM), env.frame(min(after - FLOOR_GAP, end + FLOOR_TO))
    x0, x1 = env.frame(end + AFTER_LOOK[0]), env.frame(end + AFTER_LOOK[1])
    if b - a < round(FLOOR_MIN / HOP) or x1 <= x0 or b > len(env.db):
        return None
    floor, _ = pause_noise(env.db[a:b])
    level = 10.0 * np.log10(np.mean(10.0 ** (env.db[x0:x1].astype(np.float64) / 10.0)))
    return float(level - floor)


def end_cut_short(env: Envelope, segment: Segment, after: float, per_phone: Optional[float]) -> bool:
    """Whether the segment's end looks cut on its last loud sound: its last word is short for the talk
    (:func:`last_word_short`) and the sound after the end stands at least OVER_FLOOR_DB over the pause's floor
    (:func:`sound_over_floor_after`)."""
    if per_phone is None or not segment.timed or not last_word_short(segment, per_phone):
        return False
    over = sound_over_floor_after(env, segment.end, after)
    return over is not None and over >= OVER_FLOOR_DB
