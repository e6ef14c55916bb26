"""Evidence for the review queue that a line's start was put after a stop's closure inside its first word: a
syllable at the voice's level, nobody's, sits just before the start across a dip no longer than a closure.

A word with a stop inside it ("Sur|prisingly", "De|cember") goes quiet for the
stop's closure, 50-150 ms, in the middle of the word.  After a pause, the phone
pass may take that closure for the end of the pause and put the line's start at
the stop's burst: the first syllable is left in the pause, the rest of the word
is squeezed into its phones, every word fits, and a quiet pause lies just
before the start, so every rule finds the start right.  What shows: right before
the start the quiet lasts no longer than a closure, and before that dip a
syllable stands at the voice's level -- voiced as a vowel is -- that no line
covers (it begins after the previous line's end).  That alone also describes a
breath, a cough or a filler before a line; what ties it to the first word is its
pronunciation: a stop after its first sound, so a closure *inside* it can be
taken for the pause.

Measured (j111) over the English starts of ``hx_*`` (seen), ``sx_*``, ``wx_*``, ``ox_*``,
``rd38_*``, ``rd53_*``, ``rd54_*``, ``rd57_*`` (1,108 segments): it doubts two starts and no other,
``hx_flite_inside_textgrid`` "Surprisingly, our small team ..." 338 ms late (0.97 before)
and ``ox_flite_subtitles_pops_u8`` "Surprisingly, the committee ..." 500 ms late (0.82).  j103 read
the sound alone ("voiced sound at the voice's level just before the start, nobody's"): 5 right starts
for 2 far-off ones on ``ox_*``/``rd57_*``/``wx_*``; the dip as short as a closure and the stop inside
the first word leave those out.  Only starts: an end put at a closure leaves the word's last syllable
after it, which the rules that follow a last sound on take back.  English only:
the pronunciation is CMUdict's.

A first word with no stop in it can be cut so too, where something else makes a
dip between its first syllable and the rest: on ``jx_real_long_mix_mov`` the FM
chain's compressor left a 0.1 s trough after "Press" (j159), the phone pass put
the start after it, 331 ms late, and squeezed "Press" into 80 ms, a quarter of its
line's pace a phone.  That squeeze ties the syllable before the dip to the first
word as a stop inside it does (:func:`first_word_squeezed`, under SQUEEZED of the
line's other words a phone).  Replayed on ``rx_*``, ``tx_*``, ``jx_*``, ``fx_*``
(j171) it doubts that start and no other.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from ..document import Segment
from .activity import HOP, Envelope
from .clipped_ends import duration_per_phone, words_pace
from .pronounce import STOPS, cmudict_lookup
from .voice_edges import VOWEL, periodicity

#: A stop's closure lasts at most this (s): a quiet dip longer than it right before the start is a pause.
CLOSURE = 0.2
#: The syllable before the dip: at least this long (s) ...
SYLLABLE = 0.08
#: ... its loudest frame within this (dB) of the line's voice (the 90th percentile of its frames' levels) ...
SYLLABLE_UNDER_VOICE_DB = 10.0
#: ... and read back at most this far (s) from the dip.
SYLLABLE_LOOK = 0.8


#: A first word lasting less than this share of its line's other words per phone was squeezed into what was left
#: of it after the start.
SQUEEZED = 0.5


def inner_stop(word: str) -> bool:
    """Whether the word's (first CMUdict) pronunciation has a stop after its first phone; False when the
    dictionary does not list it."""
    bare = "".join(c for c in word.lower() if c.isalpha() or c == "'").strip("'")
    try:
        listed = cmudict_lookup(bare) if bare else ()
    except (ImportError, OSError):  # no phone model's dictionary: nothing is said
        return False
    return bool(listed) and any(p.rstrip("012") in STOPS for p in listed[0][1:])


def first_word_squeezed(segment: Segment) -> bool:
    """Whether the segment's first spoken word lasts less than SQUEEZED times its line's other words a phone (their
    median, :func:`.clipped_ends.words_pace`): its first syllable was left before the start and the rest of it
    squeezed into its phones."""
    spoken = [w for w in segment.words if w.timed and not w.cue and w.end > w.start]
    pace = words_pace(spoken[1:])
    return pace is not None and duration_per_phone(spoken[0]) < SQUEEZED * pace


def syllable_before_dip(audio: Audio, env: Envelope, segment: Segment, lo: float) -> Optional[tuple[float, float]]:
    """(start, end) of the sound right before the quiet dip just before the segment's start, when that dip lasts
    no longer than CLOSURE and the sound is a syllable at the voice's level (at least SYLLABLE s, its loudest frame
    within SYLLABLE_UNDER_VOICE_DB of the line's voice, voiced as a vowel is) that begins after ``lo`` (the
    previous line's end, or the stretch's start); else None."""
    thr = env.threshold(segment.start, segment.end)
    levels = env.db[env.frame(segment.start):env.frame(segment.end)]
    if not len(levels):
        return None
    voice = env.voice_level(segment.start, segment.end)
    f = env.frame(segment.start) - 1
    dip = 0
    while f - dip >= 0 and env.db[f - dip] < thr and dip * HOP <= CLOSURE:
        dip += 1
    if dip == 0 or dip * HOP > CLOSURE:
        return None
    last = f - dip  # the syllable's last frame
    first = last
    while first - 1 >= 0 and env.db[first - 1] >= thr and (last - first + 1) * HOP < SYLLABLE_LOOK:
        first -= 1
    t0, t1 = first * HOP, (last + 1) * HOP
    if t1 - t0 < SYLLABLE or t0 <= lo or first - 1 < 0 or env.db[first - 1] >= thr:
        return None  # too short, someone's, or running on further back than a syllable does
    if voice - float(np.max(env.db[first:last + 1])) > SYLLABLE_UNDER_VOICE_DB:
        return None
    periodic = periodicity(audio, t0, t1)
    if not len(periodic) or float(np.median(periodic)) < VOWEL:
        return None
    return t0, t1


def start_after_closure(audio: Audio, env: Envelope, segment: Segment, lo: float) -> bool:
    """Whether the segment's start may lie after a stop's closure inside its first word: the word has a stop after
    its first sound (:func:`inner_stop`) or was squeezed into what was left of it (:func:`first_word_squeezed`),
    and a syllable at the voice's level, nobody's, sits right before the start across a dip no longer than a closure
    (:func:`syllable_before_dip`)."""
    spoken = [w for w in segment.words if w.timed and not w.cue]
    if not segment.timed or not spoken or not (inner_stop(spoken[0].text) or first_word_squeezed(segment)):
        return False
    return syllable_before_dip(audio, env, segment, lo) is not None
