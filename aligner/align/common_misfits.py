"""Whether the phone-level pass misfits so many of a talk's words that a neighbour's misfit at a join says nothing.

Two lines that share a join (no pause between them) are in doubt on both sides
when the word at the join does not fit its sound (under :data:`.confidence.MISFIT`,
:func:`.confidence.misfit_edge`): the misfit is read as the two having been
pushed against each other, which is what overlapping speakers look like.  That
inference holds where misfits are rare -- on real prompts and most voices 0-5 %
of all placed words fit so poorly, and a misfit right at a join is unusual.
Where the fit is the voice's or the codec's rather than the word's place, words
misfit anywhere in the talk: a festival voice through a noise suppressor
(``ox_festival_subtitles_suppressor_roq``: 12.4 % of its words), espeak-ng's
voices through a howl, creaks, aliasing or a cassette (13-37 %), real prompts under
birdsong or through an SSB relay (13-14 %).  There a join's word misfits by chance as often
as any other, and a subtitle-shaped transcript, whose lines join with no pause,
turns each such chance into a doubt on the line beside it too (j127,
``benchmarks/README.md``: on the suppressor talk every such flag within 30 ms).

Measured over the dev talks' edges (j132, ``benchmarks/why_off.py`` rows; every set
seen): in the talks where at least COMMON_SHARE of the words misfit, a neighbour's
misfit at a join doubted 18 edges -- 16 within 100 ms, and the two more than 200 ms
off were each doubted by their own evidence as well -- while the edge word's *own*
misfit still pointed at 9 edges more than 100 ms off of 51 (in talks misfitting 5-10 %,
12 of 21; under 5 %, 4 of 15).  So only the neighbour's
doubt is dropped there; the word's own misfit still caps its own line, and every
other doubt stands.

The share is read over every word the phone pass placed in this alignment (all
stretches together), so it is the same however the talk was cut into stretches
(a lock splits them): re-aligning without changes gives the same confidences.
"""

from __future__ import annotations

import logging
from typing import Iterable

from .confidence import MISFIT
from .placement import Placed

log = logging.getLogger(__name__)

#: A talk whose placed words misfit at least this often (one in ten: twice the share of the real prompts and
#: synthetic voices, 0-5 %, whose misfits mark misplaced words) has misfits that belong to its sound.
COMMON_SHARE = 0.10
#: ... read over at least this many placed words: a few lines' share is a handful of words' chance.
MIN_WORDS = 50


def misfit_share(items: Iterable[Placed]) -> tuple[int, int]:
    """(words whose phone fit is under MISFIT, words the phone pass placed with a fit) over ``items``."""
    fits = [a for item in items for a in (item.acoustic or ()) if a is not None]
    return sum(a < MISFIT for a in fits), len(fits)


def misfits_common(items: Iterable[Placed]) -> bool:
    """Whether at least COMMON_SHARE of the talk's placed words (MIN_WORDS at least) misfit: a misfit at a join is
    then the talk's, no sign that the two lines were pushed together."""
    bad, total = misfit_share(items)
    common = total >= MIN_WORDS and bad >= COMMON_SHARE * total
    if common:
        log.info("the phone pass fit %d of %d words poorly: a poor fit at a join does not doubt the line beside it",
                 bad, total)
    return common
