"""A heard phrase the transcript says more than once goes to the saying whose time fits.

Lines of a talk often open alike ("According to the minutes, ...", "In the end, the council ...") and a short
line may be said twice ("Thank you.").  The edit path of :mod:`.matching` cannot tell which saying a heard copy
of such a phrase is: pairing it with any of them costs the same, and its tie goes to the *first* one left.  When
the lines that open alike lie under bells or a siren, the copy heard is often a later line's, while the first
line's own saying was not heard at all: the first line is then anchored on the later line's words, seconds or tens
of seconds late, and every line between is squeezed into what is left (the twelfth aside set's bells talk: five
lines 10-28 s late at the first placement; hearing the text again pulled them back, seconds early).

A sentence takes time to say, and what lies between two anchors must fit the time between them.  So for each run
of heard words the transcript says elsewhere too (same words, between the same neighbouring anchors), the saying
is chosen whose text on both sides fits the time on both sides: the one that asks the least text to be said
faster than the talk could say it.  Time to spare is no evidence (pauses, unheard noise, unscripted speech take
it); text with no time for it is.  The run keeps its heard words; only which transcript tokens it anchors
changes, and only when another saying fits clearly better (by MIN_GAIN).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Sequence

from .matching import Match

log = logging.getLogger(__name__)

#: The fastest a stretch of text is said, as a share of the talk's mean time per character: faster than twice the
#: talk's own rate is not speech (a fast reader's sentence runs 1.3-1.5x a slow one's).
FASTEST = 0.5
#: Another saying must leave this much less text without time (s) to take the run.
MIN_GAIN = 1.0


def _runs(matches: Sequence[Match], segment_of: Sequence[int]) -> list[tuple[int, int]]:
    """[first, last] indices into ``matches`` of each run of exact matches consecutive on both sides, within one
    line (a line's opening heard right after the line before is still a phrase to place on its own: the time
    test keeps it there when it belongs there)."""
    runs: list[tuple[int, int]] = []
    for k, m in enumerate(matches):
        if runs and m.exact and matches[runs[-1][1]].exact and m.t == matches[k - 1].t + 1 \
                and m.h == matches[k - 1].h + 1 and segment_of[m.t] == segment_of[m.t - 1]:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    return runs


def _squeeze(chars: float, seconds: float, rate: float) -> float:
    """Seconds of text with no time to be said in: ``chars`` characters in ``seconds`` at most FASTEST x ``rate``."""
    return max(0.0, chars * rate * FASTEST - max(0.0, seconds))


def place_repeated_runs(tokens: Sequence[str], segment_of: Sequence[int], starts: Sequence[float],
                        ends: Sequence[float], matches: Sequence[Match], rate: float, t0: float,
                        t1: float) -> list[Match]:
    """``matches`` with each run of heard words whose phrase the transcript says more than once (within the run's
    neighbouring anchors) moved to the saying that fits the time around it.  ``segment_of``: each transcript
    token's line; ``starts``/``ends``: each heard token's time; ``rate``: the talk's seconds per character;
    ``t0``/``t1``: the stretch's bounds."""
    out = list(matches)
    chars = [len(t) + 1 for t in tokens]
    cum = [0]
    for c in chars:
        cum.append(cum[-1] + c)
    for a, b in _runs(out, segment_of):
        n = b - a + 1
        run = out[a:b + 1]
        if not run[0].exact or (n < 2 and not run[0].strong):
            continue
        phrase = list(tokens[run[0].t:run[-1].t + 1])
        lo_t = out[a - 1].t + 1 if a > 0 else 0  # the free transcript tokens around the run
        hi_t = out[b + 1].t if b + 1 < len(out) else len(tokens)
        sayings = [p for p in range(lo_t, hi_t - n + 1) if list(tokens[p:p + n]) == phrase]
        if len(sayings) < 2:
            continue
        before = starts[run[0].h] - (ends[out[a - 1].h] if a > 0 else t0)
        after = (starts[out[b + 1].h] if b + 1 < len(out) else t1) - ends[run[-1].h]

        def cost(p: int) -> float:
            return (_squeeze(cum[p] - cum[lo_t], before, rate)
                    + _squeeze(cum[hi_t] - cum[p + n], after, rate))

        here = run[0].t
        best = min(sayings, key=lambda p: (cost(p), abs(p - here)))
        if best != here and cost(best) + MIN_GAIN <= cost(here):
            log.debug("%r heard at %.2f s: anchored on token %d, not %d (text without time %.1f s, not %.1f s)",
                      " ".join(phrase), starts[run[0].h], best, here, cost(best), cost(here))
            out[a:b + 1] = [replace(m, t=best + k) for k, m in enumerate(run)]
    return out
