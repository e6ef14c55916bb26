"""A part of a chunk cut apart judged against how its words fit in the whole chunk, not against the bar alone.

When the phone pass carried a line's edge word across a pause (:mod:`.edge_words_apart`), the chunk is aligned
again cut in that pause, each part on its own.  The whole chunk passed the verdict (its words fit, on average, at
:data:`.phonetic.POOR_FIT_CONFIDENCE` or better), but a part holds only some of its lines, and a voice the
acoustic model hears poorly (espeak-ng's, a telephone's) may fit under the bar on its own while the chunk's other
voice carried the average over it.  The part was then rejected for its fit alone, and the carried word stayed
where it was: ny_espeak_dryer_skateboard_page_mp4 "The research group ...": "The" put on the tail of the line
before's "sooner." 0.94 s before the rest of its line (start -929 ms); cut in the pause, the part after the cut
put it at 45.66 s (truth 45.659) but fit at 0.12 -- the same words had fit at 0.07 in the whole chunk, which was
accepted.

So a part rejected for its fit alone is plausible when its words fit at least as well as they did in the whole
chunk's accepted alignment: the cut made nothing worse that the whole had not already been forgiven.  Any other
problem (words squeezed, unscripted speech, no path) still rejects it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Optional

from .phonetic import POOR_FIT, ChunkAlignment

log = logging.getLogger(__name__)


def words_fit(result: ChunkAlignment, first: int, count: int) -> Optional[float]:
    """The duration-weighted mean confidence of ``result``'s words ``first`` .. ``first + count`` (None: none
    timed) -- the verdict's average, read over those words only."""
    timed = [w for w in result.words[first:first + count] if w is not None and w.end > w.start]
    length = sum(w.end - w.start for w in timed)
    return sum(w.confidence * (w.end - w.start) for w in timed) / length if length > 0 else None


def only_a_poor_fit(part: ChunkAlignment) -> bool:
    """Whether the verdict rejected ``part`` for its words' average fit and nothing else."""
    return not part.plausible and len(part.problems) == 1 and part.problems[0].startswith(POOR_FIT) \
        and not part.unaccounted


def as_fit_as_in_the_whole(part, whole: ChunkAlignment, first: int):
    """``part`` (a :class:`.phonetic.ChunkAlignment` of the whole chunk's words ``first`` .., or None / False as
    :func:`.edge_words_apart.realign_cut` returns it) made plausible when its only problem is its fit and its words
    fit at least as well as in ``whole``, the chunk's accepted alignment; otherwise as it was."""
    if not part or not only_a_poor_fit(part):
        return part
    now, before = words_fit(part, 0, len(part.words)), words_fit(whole, first, len(part.words))
    log.debug("a cut part fits at %s, its words in the whole chunk at %s", now, before)
    if now is None or before is None or now < before:
        return part
    return replace(part, plausible=True, problems=())
