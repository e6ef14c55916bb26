"""A fast voice's line inside a chunk that also holds a slow voice's: searched again at the fine frame step.

The phone pass searches a chunk at the model's 10 ms frames and, when its verdict rejects the chunk for words
squeezed to the fewest frames the HMM allows, once more at :data:`.phonetic.FINE_FRAME` (a voice faster than the
frames can hold).  That verdict reads the whole chunk.  An interview's chunk may hold a fast voice's line beside a
slow one's (``my_festival_cows_saw_dashes``: festival's ``ked`` at x2.06, then ``slt_hts`` at x0.43): the slow
line's well-fitting words outvote the fast line's squeezed ones, the chunk is taken at 10 ms, and the fast line's
words slide one word late -- "end of the" on the sound of "of the year" -- until its last word has no sound left
and the search puts it, at its fewest frames and fitting nothing, 0.9 s on in a cow's moo after the pause (the
line's end +998 ms).  At 5 ms that line fits (its words' mean confidence 0.2 -> 0.8) and ends on its sound.

The fine step is no better for the slow line (it stretched the next line's "for" back over the moo, -940 ms), so
the fine search's words are taken for the fast line alone (:func:`take_fast_lines`), and only where the line at 5 ms
fits well and stays between its neighbours' words as the 10 ms search placed them.
"""

from __future__ import annotations

from typing import Optional, Sequence

#: A line of a chunk of several lines whose tokens fit worse than this on average (duration-weighted, as the chunk's
#: verdict weighs them) with at least :data:`SQUEEZED_IN_LINE` of its tokens squeezed is a voice faster than the frames.
LINE_POOR_FIT = 0.2
#: Squeezed tokens (at their fewest frames, fitting worse than ``SQUEEZED_CONFIDENCE``) a line must hold to be searched
#: again: one squeezed function word is common at any pace.
SQUEEZED_IN_LINE = 2
#: The fine search's line is taken only if its words fit at least this well on average: a line of text the audio
#: lacks fits poorly at any step.
FINE_LINE_FIT = 0.5


def squeezed_lines(fits: Sequence[tuple[float, int]], squeezed: Sequence[bool], tokens_per_line: Sequence[int]
                   ) -> tuple[int, ...]:
    """The lines (indices) of a chunk of several lines that fit poorly and hold squeezed tokens.

    ``fits``: (confidence, frames) per token; ``squeezed``: per token, at its fewest frames and fitting badly;
    ``tokens_per_line``: how many tokens each line holds, in order (summing to the tokens).  A chunk of one line
    is the chunk's own verdict's to judge; so is a chunk where every line fits poorly (the audio, not one voice).
    """
    if len(tokens_per_line) < 2 or sum(tokens_per_line) != len(fits):
        return ()
    out, fitting, k = [], False, 0
    for n_line, count in enumerate(tokens_per_line):
        mine = fits[k:k + count]
        frames = sum(n for _, n in mine)
        conf = sum(c * n for c, n in mine) / max(1, frames)
        if count and conf < LINE_POOR_FIT and sum(squeezed[k:k + count]) >= SQUEEZED_IN_LINE:
            out.append(n_line)
        elif count and conf >= LINE_POOR_FIT:
            fitting = True
        k += count
    return tuple(out) if fitting else ()


def _line_fit(words) -> Optional[float]:
    """Duration-weighted mean confidence of a line's timed words, or None when none is timed."""
    timed = [w for w in words if w is not None]
    length = sum(w.end - w.start for w in timed)
    return None if not timed or length <= 0 else sum(w.confidence * (w.end - w.start) for w in timed) / length


def take_fast_lines(coarse, fine, lines: Sequence[int], fast: Sequence[int]):
    """``coarse`` (the 10 ms search's :class:`.phonetic.ChunkAlignment`) with the words of each line in ``fast``
    taken from ``fine`` (the 5 ms search's), where that line fits at least :data:`FINE_LINE_FIT` and its words
    stay after the previous line's and before the next line's words as ``coarse`` has them.  ``lines``: words per
    line.  Returns ``coarse`` itself when no line is taken."""
    from dataclasses import replace

    words, onsets, codas = list(coarse.words), list(coarse.silent_onsets), list(coarse.silent_codas)
    bounds, k = [], 0
    for count in lines:
        bounds.append((k, k + count))
        k += count
    taken = False
    stranded, stretched = list(coarse.stranded), coarse.stretched_end
    for n in fast:
        a, b = bounds[n]
        mine = fine.words[a:b]
        fit = _line_fit(mine)
        timed = [w for w in mine if w is not None]
        if fit is None or fit < FINE_LINE_FIT:
            continue
        before = [w for w in words[:a] if w is not None]
        after = [w for w in words[b:] if w is not None]
        if (before and timed[0].start < before[-1].end) or (after and timed[-1].end > after[0].start):
            continue
        words[a:b] = mine
        stranded = [(i, side) for i, side in stranded if not a <= i < b] + [(i, side) for i, side in fine.stranded
                                                                           if a <= i < b]
        if coarse.stretched_end is not None and a <= coarse.stretched_end < b or \
                fine.stretched_end is not None and a <= fine.stretched_end < b:
            stretched = fine.stretched_end if fine.stretched_end is not None and a <= fine.stretched_end < b else None
        if len(onsets) == len(words) and len(fine.silent_onsets) == len(words):
            onsets[a:b] = fine.silent_onsets[a:b]
        if len(codas) == len(words) and len(fine.silent_codas) == len(words):
            codas[a:b] = fine.silent_codas[a:b]
        taken = True
    if not taken:
        return coarse
    return replace(coarse, words=tuple(words), silent_onsets=tuple(onsets), silent_codas=tuple(codas),
                   stranded=tuple(sorted(stranded)), stretched_end=stretched)
