"""A pause where a sentence's own text breaks (a comma) is that sentence's pause, not a join.

The pause pass (:mod:`.pauses`) moves each boundary between two sentences into a pause near where
placement put it, or keeps it where no pause fits, at a fixed cost.  Where sentences follow each other
with no pause at all, the only pauses near a join are the sentences' own, after a comma: "Dank u wel, |
en stel gerust uw vragen." is said with a pause after "wel,", 0.8 s after the join, and the pause pass
took it for the join (espeak-ng Dutch and Portuguese said 0-100 ms apart, ``synthtight``: a join moved
0.9 s into the next sentence, the next sentence's first three words handed to the one before).  The
duration check cannot tell, since a clause of three words moved across changes both sentences' lengths
by less than their spread.

What does tell is the text and where placement put it: the sentence's words, laid over what Whisper
heard, put the word with the comma right at that pause, with words of the same sentence on both sides.
Such a pause is the sentence's own; it is no candidate for the join.  Two spoken words on each side are
asked for, so that a sentence whose first or last word placement pulled across a real join ("Oui, ..."
heard at the end of the sentence before) still has that join found.
"""

from __future__ import annotations

from ..document import Segment

#: Marks after a word where a sentence's own text breaks (clause and sentence marks, in several scripts).
BREAKS = frozenset(",;:.!?…–—،؛、，；：。！？")
#: Closing quotes and brackets that may follow such a mark ("dit,»").
CLOSERS = "\"'»”’)]}›"
#: Spoken words a break needs on each side of it to be the sentence's own.
SIDE_WORDS = 2


def breaks_after(text: str) -> bool:
    """Whether a word's ``text`` ends on a break mark (:data:`BREAKS`), closing quotes and brackets aside: the pause
    the text itself asks for after it."""
    text = text.rstrip(CLOSERS)
    return bool(text) and text[-1] in BREAKS


def own_pause(s: Segment, pause: tuple[float, float]) -> bool:
    """Whether ``pause`` (where sound stops, where it starts again) lies at a break in ``s``'s own text:
    between the middle of a word ending in a break mark and the middle of the word after it, as placed,
    with at least ``SIDE_WORDS`` spoken words of ``s`` on each side."""
    spoken = [w for w in s.words if w.timed and not w.cue]
    for k in range(SIDE_WORDS - 1, len(spoken) - SIDE_WORDS):
        word, after = spoken[k], spoken[k + 1]
        if not breaks_after(word.text):
            continue
        a, b = (word.start + word.end) / 2, (after.start + after.end) / 2
        if pause[0] < b and pause[1] > a:
            return True
    return False
