"""Whether the phone-level pass misfits so many of a talk's words that a misfit says nothing about one of them.

An edge word whose phones fit poorly where it lies (under :data:`.confidence.MISFIT`)
caps its segment's confidence, and, at a join with no pause, its neighbour's
(:func:`.confidence.misfit_edge`): its sounds were not found there, so its time
rests on Whisper's alone.  That reading holds where misfits are rare -- on real
prompts and most voices 0-5 % of all placed words fit so poorly, and an edge
that does is unusual.  Where the fit is the voice's or the codec's rather than
the word's place, words misfit anywhere in the talk: a festival voice through a
noise suppressor (``ox_festival_subtitles_suppressor_roq``: 12.4 % of its 234
words), espeak-ng's voices through a howl or a jingle (15-21 %).  There some of a
talk's edges misfit by chance -- and a subtitle-shaped transcript, whose lines
join with no pause, turns each such edge into two segments sent to review, with
every one of them within 30 ms (j127, ``benchmarks/README.md``).  A misfit is
then no more evidence than it is in a language the phone model does not speak
(:func:`.confidence.forget_misfits`), and it is dropped the same way; a good fit
still confirms a word, and every other doubt still stands.

The share is read over every word the phone pass placed in this alignment (all
stretches together), so it is the same however the talk was cut into stretches
(a lock splits them): re-aligning without changes gives the same confidences.
"""

from __future__ import annotations

from typing import Iterable

from .confidence import MISFIT
from .placement import Placed

#: A talk whose placed words misfit at least this often (one in ten: over twice the share of the real prompts and
#: synthetic voices whose misfits mark misplaced words, 0-5 %) has misfits that belong to its sound, not its edges.
COMMON_SHARE = 0.10
#: ... read over at least this many placed words: a few lines' share is a handful of words' chance.
MIN_WORDS = 50


def misfit_share(items: Iterable[Placed]) -> tuple[int, int]:
    """(words whose phone fit is under MISFIT, words the phone pass placed with a fit) over ``items``."""
    fits = [a for item in items for a in (item.acoustic or ()) if a is not None]
    return sum(a < MISFIT for a in fits), len(fits)


def misfits_common(items: Iterable[Placed]) -> bool:
    """Whether at least COMMON_SHARE of the talk's placed words (MIN_WORDS at least) misfit: an edge's misfit is
    then the talk's, not the edge's."""
    bad, total = misfit_share(items)
    return total >= MIN_WORDS and bad >= COMMON_SHARE * total
