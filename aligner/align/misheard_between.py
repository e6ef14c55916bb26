"""How long a line's speaker really paused between two of its anchors, when Whisper misheard the words between.

Placement (:class:`.placement.Placer`) reads the time between two anchors of one line as a pause: seconds between
them mean a line's first words were heard where its speaker began and broke off (a restart), or pinned to a chunk's
start, stranded from the rest.  But a slow voice under noise is often heard as other words: "As expected, our
finance office repaired the price ..." as "As expected. Now the film and soul is slick, now you're the price ...".
Only "As expected" and "the price" anchor; the 3.4 s between them is the line's own "our finance office repaired",
said in one go, and taking it for a pause unanchored the line's opening -- it was laid seconds late, onto the
misheard words, where the phone pass, which starts from the placed start, could not reach back (the twenty-fifth
aside set's flite talk under a leaf blower: three lines 1.7-3.4 s late).

So the heard words between two anchors that no transcript word took count as the line being said, when the
transcript has words of its own between the anchors for them to be, and none of them is one of the anchored
opening's words heard again (a second attempt, "I'm expected. I'm expected. A group": that is a restart).  The
pause is then the longest stretch between the anchors with no heard word in it.
"""

from __future__ import annotations

from typing import Protocol, Sequence


class _Timed(Protocol):
    tok: str
    start: float
    end: float


def pause_between(heard: Sequence[_Timed], left: int, right: int, text_between: bool,
                  anchored: Sequence[str]) -> float:
    """Seconds with no heard word between heard tokens ``left`` and ``right`` (two consecutive anchors of one line):
    the words heard between them fill it when ``text_between`` (the transcript has unanchored words there) and none
    of them repeats a token of ``anchored`` (the transcript tokens of the anchors the pause would cut off);
    otherwise the whole time between the two anchors."""
    whole = heard[right].start - heard[left].end
    between = heard[left + 1:right]
    if not text_between or not between or any(h.tok in anchored for h in between):
        return whole
    longest, reached = 0.0, heard[left].end
    for h in sorted(between, key=lambda h: h.start):
        longest = max(longest, h.start - reached)
        reached = max(reached, h.end)
    return max(longest, heard[right].start - reached)
