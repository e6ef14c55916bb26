"""A far line's phrase written over a near one: the words written in one breath with a word the pace rules out.

Told the text of a stretch (:mod:`.hear_the_text`), the decoder may write a *later* line where it does not make out
the sound.  :class:`.hear_the_text.TextPace` drops each told word the text has only far from where it was heard.
But the decoder writes phrases, not words: on the twenty-second set's dev twin through a megaphone and a two-way
radio (``rd65_flite_ptt_horn_page``, a fast flite voice), the multilingual ``base``, told the text, wrote the last
line, "The board of directors approved a report about air quality for", over lines 4-5 (29.59-34.57 s; that line
is said at 65.4 s).  The pace dropped "approved", "report", "about", "quality": those words are only in the last
line.  "The board of directors" and "for" stayed, because lines 3 and 5 have them too, within the pace's slack.
Placement took "The board of directors" as line 5's first words, 3 s early, and squeezed line 4 into the pause
before it (lines 4-5: four boundaries 2-4 s early).

Those words are no evidence of line 5: they were written as the last line's, in its order, in one run with the words
the pace ruled out.  So a told word the pace rules out takes with it the neighbours written next to it that spell,
in order, the same line's words next to it there.  A word of the text heard where the text has it is untouched, and
so is a word next to a ruled-out one that does not continue that line's text.
"""

from __future__ import annotations

from typing import Callable, Sequence

from ..text import word_tokens
from .recognize import HeardWord


def far_phrases(words: Sequence[HeardWord], allows: Callable[[HeardWord], bool], text: Sequence[str],
                language: str) -> set[int]:
    """Indices of ``words`` (as decoded, in order) that ``allows`` rules out, with each one's run of neighbours that
    spell ``text`` in order around one of the places ``text`` has the ruled-out word."""
    heard = [set(word_tokens(w.text, language)) for w in words]
    said = [set(word_tokens(w, language)) for w in text]
    out: set[int] = set()
    for i, w in enumerate(words):
        if not heard[i] or allows(w):
            continue
        out.add(i)
        for k in (k for k, tokens in enumerate(said) if heard[i] & tokens):
            out |= _in_order(heard, said, i, k, -1) | _in_order(heard, said, i, k, +1)
    return out


def _in_order(heard: list[set[str]], said: list[set[str]], i: int, k: int, step: int) -> set[int]:
    """The heard words from ``i`` on (by ``step``) that share a token with the text's words from ``k`` on, until one
    does not."""
    run: set[int] = set()
    i, k = i + step, k + step
    while 0 <= i < len(heard) and 0 <= k < len(said) and heard[i] & said[k]:
        run.add(i)
        i, k = i + step, k + step
    return run
