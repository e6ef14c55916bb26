"""Evidence for the review queue that a line's end was put where its fading voice sank under the background, short of
where it stopped.

A recorded prompt lets its last syllable fade over 20-30 dB (:func:`.review_evidence.end_fades_into_noise`).  Under
a background that stands within about that much of the voice -- a motorbike passing, cows, a piano next door, the
long talks' mix of them -- the fade's last part lies under it, and every rule that follows sound over the background
stops where the fade meets it: the end comes out 0.15-0.3 s early.  The pause after such an end holds the background
and nothing over it (the rest of the word lies *under* it), so the rules that read the sound after an end see a
right end (:mod:`.clipped_ends` asks for that rest to stand over the pause's floor); the phone pass's fit is good, the
pause is quiet, and the line leaves at full confidence (``my_real_long_mix_mp4`` "Letters of your party's first name."
-221 ms at 1.00, the forty-first round's look).

Three things still show, each from a rule of its own.  The last word lost its rest and comes out short against the
talk's last words (:func:`.clipped_ends.last_word_short`, the bar end_cut_short reads).  The sound does not fall at
the end as it does where a voice stops -- it holds within :data:`.review_evidence.TAIL_FALL_DB` of the line's last
sound (:func:`.review_evidence.sound_holds_after`).  And the line's last stretch stands less than BURIED_DB over
the background of the pauses beside it in its best octave (:func:`.review_evidence.voice_over_bed`): a fade of
20-30 dB from there ends under the background.  Each alone is common after right ends; together they are not
(benchmarks/README.md, j264).
"""

from __future__ import annotations

from typing import Optional

from ..audio import Audio
from ..document import Segment
from .activity import Envelope
from .clipped_ends import last_word_short
from .review_evidence import sound_holds_after, voice_over_bed

#: The line's last stretch (s) read against the background: its last word or two, where its last loud sound is.
END_LOOK = 0.4
#: A last syllable's fade spans up to this much (dB, the top of the 20-30 dB a recorded sentence's last syllable
#: fades over): a line's last stretch standing less than this over the background ends its fade under it.
BURIED_DB = 30.0


def end_buried_in_background(audio: Audio, env: Envelope, segment: Segment, before: float, after: float,
                             per_phone: Optional[float]) -> bool:
    """Whether the segment's end lies where its fading voice sank under the background: its last word is short for
    the talk (``per_phone``: how long the talk's last words last per phone, None: not read), the sound holds after
    its end instead of falling as a stopped voice's does, and its last END_LOOK s stand less than BURIED_DB over the
    background of the pauses beside it (``before`` / ``after``: the neighbours' nearer edges)."""
    if per_phone is None or not segment.timed or not last_word_short(segment, per_phone):
        return False
    if not sound_holds_after(env, segment.end):
        return False
    depth = voice_over_bed(audio, segment.start, segment.end, before, after, since=segment.end - END_LOOK)
    return depth is not None and depth < BURIED_DB
