"""Evidence for the review queue that a line's end was carried on over a sound that is not its own: its last word
lasts far longer than the talk's last words do.

A listener's interjection ("Hmm", "Excellent": another person, 6-9 dB under the
speech) begun over a line's last tenths or just after it, is sound that
goes on where the line's voice stops; the rules that follow a last sound on
(:func:`.boundaries.extend_to_sound`, :mod:`.last_sound`) and the phone pass's
last phone take it for the last word's, and the end comes out 0.2-0.4 s late.
Nothing else doubts it: Whisper heard no word in it, a quiet pause follows,
and it is voiced and said near the voice's level (no creak's clicks, no
room's tail, no tone).  What shows is the last word: it swallowed the other
sound and lasts 2.8-3.5 times the talk's typical last word per phone
(:func:`.clipped_ends.typical_last_word`), where a word's own phrase-final
lengthening stays far under that.

Measured (j114) over the English ends of ``hx_*``, ``ox_*``, ``sx_*`` and ``gx_*``
(all seen; 905 within 100 ms): right ends' last words reach 1.8-2.0 times the
talk's typical one at the 99th percentile and 2.33 at most (a slow synthetic
voice's held last vowel); j111's :data:`.creaking_ends.LONG_LAST_WORD` (1.25)
is passed by a fifth of them, which is why a creak also needs its clicks.
Replayed on those runs (``benchmarks/queue_evidence.py --reasons end_on_overlong_word``), it newly
flags on ``gx_*`` the three interjection ends the queue missed (+274, +290,
+418 ms) and on ``ox_*`` one boundary 17 ms off (a subtitle cue's line); on
``hx_*`` and ``sx_*`` nothing the queue did not hold already.  On ``rd59_*``
(not looked at in building it) one, an end +297 ms late on an interjection;
the other three ends carried onto one there (+238..+311 ms) have last words
of 1.2-1.3 times the talk's: the word did not swallow the sound, and this
rule does not reach them.  English only: that is where it was measured and where the talk's
last words are timed by the phone pass.  The boundary is not moved: where the
voice stops inside the long word is for a person to hear.
"""

from __future__ import annotations

from typing import Optional

from ..document import Segment
from .clipped_ends import last_word_per_phone, pace_before_last_word

#: A last word at least this many times the talk's typical last word (per phone) holds sound that is not its own:
#: right ends reach 2.33 at most on the sets measured, the interjection ends 2.8-3.5.
FAR_TOO_LONG_LAST_WORD = 2.5


def end_on_overlong_word(segment: Segment, per_phone: Optional[float], talk_pace: Optional[float] = None) -> bool:
    """Whether the segment's last spoken word lasts at least FAR_TOO_LONG_LAST_WORD times ``per_phone`` a phone
    (``per_phone``: :func:`.clipped_ends.typical_last_word`; None: no talk to measure against, nothing is said),
    that bar raised by as much as the line is said slower than the talk's lines are (``talk_pace``:
    :func:`.clipped_ends.typical_pace`; None: not read).

    The talk's typical last word is a median over all its lines.  Where two speakers take turns at very different paces
    (a slow festival voice answering a quick one, a flite talk read partly at half speed), that median falls between
    them, and the slow speaker's ordinary last word -- as long for its line as the quick speaker's is for theirs --
    lasts 2.5-3.2 times it: on the twenty-eighth, twenty-sixth, twenty-fifth and twenty-third aside sets all 7 lines
    this rule sent to review were such lines, each within 30 ms of its truth (their words 1.1-2.3 times the talk's
    typical line's, a phone).  A listener's interjection swallowed by the last word lengthens that word alone: the
    line's pace, a median over its words, stays the talk's, and the bar with it.  A line said faster than the talk keeps
    the talk's bar.
    """
    if per_phone is None or not segment.timed:
        return False
    own = last_word_per_phone(segment)
    if own is None:
        return False
    pace = pace_before_last_word(segment) if talk_pace else None
    slower = max(1.0, pace / talk_pace) if pace is not None else 1.0
    return own >= FAR_TOO_LONG_LAST_WORD * per_phone * slower
