"""A laugh or a cough inside a line: speech to the phone pass, no words to Whisper.

The phone pass rejects a chunk in which it had to call a long stretch of
one voice, in the foreground, silence (:data:`.phonetic.UNSCRIPTED_REJECT`):
that is what a sentence the transcript lacks looks like, and the chunk's words
next to it may have been pulled across it.  But it hears sound, not words, and
a laugh or a cough in the middle of a line is that same sound to it (one
voice, at the line's level).  A chunk of several lines is then split and its
other lines still aligned; a chunk of one line cannot be, and the line falls
back to energy snapping, which ends it early in the room's noise
(hx_real_coughs_inside_labels: two lines 0.5 and 0.9 s early).

Whisper tells the two apart: a sentence the text lacks comes out of it as
words no transcript word was paired with (the first listen's, or those heard
again in a wordless gap, :mod:`.wordless_speech`), while a laugh gives it
nothing to write.  So such a stretch is taken for wordless sound -- and the
chunk for plausible but for it -- only when every word of the chunk's text was
heard where placement put it (paired with a heard word, exactly or fuzzily:
Whisper's account of this audio is complete) and no heard word left unpaired
overlaps the stretch.  Anything less keeps the rejection.
"""

from __future__ import annotations

from typing import Sequence

from .matching import HEARD_AS_WRITTEN
from .placement import Placed


def heard_no_words_in(items: Sequence[Placed], members: Sequence[int], unpaired: Sequence[tuple[float, float]],
                      stretches: Sequence[tuple[float, float]]) -> bool:
    """Whether Whisper heard the chunk's lines ``members`` whole and no other word in any of ``stretches``.

    ``unpaired``: (start, end) of the heard words given to no transcript word; ``stretches``: (start, end) in
    the talk's time of the speech the phone pass found the text does not account for.
    """
    if not stretches:
        return False
    for k in members:
        if any(how is not None and how not in HEARD_AS_WRITTEN for how in items[k].hows):
            return False
    return not any(a < s1 and b > s0 for a, b in unpaired for s0, s1 in stretches)
