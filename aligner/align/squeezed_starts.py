"""Evidence for the review queue that a line's start was put after a pause inside its own sentence: its first words
are squeezed into far less time than the line's pace, and voice that nobody's line holds sits just before the start,
across a pause no longer than one inside a sentence.

A sentence read with a comma ("For now, the young engineer ...") pauses inside
itself.  Where Whisper did not hear the words before that pause, the phone pass
may begin the line after it: the words before the comma are squeezed into the
few frames it left before the next word (on ``bx_festival_thunder_dashes`` "For
now," got 0.14 s where they were said over 1.02 s, 1.47 s earlier), and the start
lies right after a quiet pause with a sure word behind it -- which pins an edge
(:func:`.confidence._pinned_edge`): reported at 0.66.  What shows is what
:mod:`.closure_starts` reads for a start put after a stop's closure, one pause
longer: the first word lasts far less per phone than the line's other words
(:func:`.closure_starts.first_word_squeezed`), and the words it lost stand
before the pause -- voice at the line's level, voiced as a vowel is, beginning
after the previous line's end -- with the pause no longer than COMMA_PAUSE.

Replayed on the English talks of ``bx_*``, ``rx_*``, ``tx_*``, ``jx_*``, ``cx_*``
and ``dx_*`` (j178, ``benchmarks/queue_evidence.py``) it doubts that start and no
other; the squeeze alone fires on 49 starts of the first five, 45 of them within
100 ms (a first "The", "In", "From" said quickly).  Only starts: a squeezed last word is read by :mod:`.clipped_ends`.
English only: the phones are CMUdict's.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from ..document import Segment
from .activity import HOP, Envelope
from .closure_starts import SYLLABLE, SYLLABLE_UNDER_VOICE_DB, first_word_squeezed
from .voice_edges import a_vowel

#: The longest pause inside a sentence (s): at a comma, 0.2-0.5 s in read speech; a longer one ends the sentence.
COMMA_PAUSE = 0.5
#: The pause must be one: at least this long (s), two frames under the level that counts as sound.
SHORTEST_PAUSE = 2 * HOP
#: How far back (s) the voice before the pause is looked for: the squeezed words' own length, several times over.
LOOK_BACK = 3.0


def voice_before_pause(audio: Audio, env: Envelope, segment: Segment, lo: float) -> Optional[tuple[float, float]]:
    """(start, end) of the run of sound that ends across a pause of SHORTEST_PAUSE to COMMA_PAUSE s before the
    segment's start, when it is voice at the line's level (its loudest frame within
    :data:`.closure_starts.SYLLABLE_UNDER_VOICE_DB` of the line's voice, at least
    :data:`.closure_starts.SYLLABLE` long, voiced as a vowel is) that begins after ``lo`` (the previous line's end,
    or the stretch's start) within LOOK_BACK s; else None."""
    if not segment.timed:
        return None
    thr = env.threshold(segment.start, segment.end)
    t0 = max(lo, segment.start - LOOK_BACK)
    runs = env.voiced_runs(t0, segment.start, thr)
    if not runs:
        return None
    a, b = runs[-1]
    if not SHORTEST_PAUSE <= segment.start - b <= COMMA_PAUSE or b - a < SYLLABLE or a <= t0 + HOP:
        return None  # no pause, a pause between sentences, too short, or running on from before what was read
    if env.voice_level(segment.start, segment.end) - float(np.max(env.db[env.frame(a):env.frame(b)])) \
            > SYLLABLE_UNDER_VOICE_DB:
        return None
    return (a, b) if a_vowel(audio, a, b) else None


def start_after_squeezed_words(audio: Audio, env: Envelope, segment: Segment, lo: float) -> bool:
    """Whether the segment's first word was squeezed (:func:`.closure_starts.first_word_squeezed`) and the voice it
    lost stands before a pause inside its sentence (:func:`voice_before_pause`): the start may lie earlier."""
    spoken = [w for w in segment.words if w.timed and not w.cue]
    if not segment.timed or not spoken or not first_word_squeezed(segment):
        return False
    return voice_before_pause(audio, env, segment, lo) is not None
