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

A short word of the opening heard again is no second attempt, unless the whole opening is heard again in order
(:func:`opening_heard_again`): "the", "a", "and" recur in any line misheard.  The thirty-second aside set's
espeak-ng talk under a typewriter and a music box (``ky_espeak_typewriter_musicbox_page_ismv``) had "The board of
directors planned the hospital's night shifts ..." heard as "The more the rectum plan the hospital died shifts
...": the "the" among the misheard words read as "The" said again, the 1.6 s to the next anchor as the pause of a
restart, and the line's first word was moved from its own "The" (18.64 s; said at 18.56) onto that "the" (19.14 s):
the line began +579 ms late, and the phone pass, which starts from the placed start, left it there.
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
    if not text_between or not between or opening_heard_again([h.tok for h in between], anchored):
        return whole
    longest, reached = 0.0, heard[left].end
    for h in sorted(between, key=lambda h: h.start):
        longest = max(longest, h.start - reached)
        reached = max(reached, h.end)
    return max(longest, heard[right].start - reached)


#: A word of a line's opening this many letters long or longer, heard again between two of the line's anchors, is
#: the opening said again; a shorter one is, only with the whole opening heard again in order (see the module).
REPEAT_MIN_LETTERS = 4


def opening_heard_again(between: Sequence[str], anchored: Sequence[str]) -> bool:
    """Whether the heard tokens ``between`` two anchors say the line's opening (``anchored``) again: a word of it of
    at least :data:`REPEAT_MIN_LETTERS` letters, or all of it -- two words or more -- in a row."""
    if any(tok in anchored and len(tok) >= REPEAT_MIN_LETTERS for tok in between):
        return True
    n = len(anchored)
    return n >= 2 and any(list(between[k:k + n]) == list(anchored) for k in range(len(between) - n + 1))
