"""Evidence for the review queue: a word near a line's edge held for seconds, over sound that is not its own.

Whisper's word times sometimes stretch one word across a pause, a burst of
cheering or a stretch of babble ("new" 31.2-34.2 s, "explained" 30.8-34.1 s,
"Fair" 0.7-2.5 s), and the line's start (end) then lies on the far side of it,
seconds off, while every word still looks heard -- the probabilities are
Whisper's own, the phone pass keeps a heard word's outer edge.  No word of
read speech lasts that long: a phone lasts about 80 ms
(:data:`.confidence.STRETCHED_PHONE` already calls 160 ms a phone stretched), so
a word among a line's first or last :data:`EDGE_REACH` words lasting more than
:data:`HELD_SECONDS` *and* more than :data:`HELD_PER_PHONE` a phone puts that
edge in doubt.

Measured offline on the fifteenth round's whole dev run (``results-m18``, 2,835
truth segments; benchmarks/README.md, j74): the four segments it newly sends to
review are 2.6-5.8 s off (``rd10_espeak_gb_typing``, ``rd18_flite_cheering_into_next``,
``rd23_flite_babble3``, ``rd30_espeak_short_pa_loud``), none within 100 ms.  At
1.0 s and 0.3 s a phone it also sent six right starts to review: a hesitation
"um" held over a second in ``mfa_acoustic_corpus`` and its derived cases.
Digits are left out: their phones are not counted from their spelling.
"""

from __future__ import annotations

from ..document import Segment
from .confidence import phone_count

#: How many words at each edge are looked at.
EDGE_REACH = 5
#: A word held at least this long (s) ...
HELD_SECONDS = 1.2
#: ... and longer than this per phone of its pronunciation (s) was stretched over sound that is not its own.
HELD_PER_PHONE = 0.35


def held_edge_words(segment: Segment) -> tuple[bool, bool]:
    """Whether one of the segment's first (last) EDGE_REACH spoken words is held over sound not its own."""
    spoken = [w for w in segment.words if w.timed and not w.cue]
    return (any(held_word(w.text, w.end - w.start) for w in spoken[:EDGE_REACH]),
            any(held_word(w.text, w.end - w.start) for w in spoken[-EDGE_REACH:]))


def held_word(text: str, seconds: float) -> bool:
    """Whether a word lasting ``seconds`` is held over sound not its own (HELD_SECONDS, HELD_PER_PHONE)."""
    if seconds < HELD_SECONDS or any(c.isdigit() for c in text):
        return False
    return seconds > HELD_PER_PHONE * phone_count(text)
