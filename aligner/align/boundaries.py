"""Put boundaries on the sound.

Whisper's word times come from cross-attention: starts run late, ends run on
into the following pause.  This pass moves each placed segment's first word
start to the onset of sound and its last word end to where the sound stops,
using the energy envelope (any language).  Segments marked not-heard keep the
short span placement gave them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ..audio import Audio
from ..document import NOT_HEARD, Segment
from ..progress import CancelToken
from .activity import Envelope
from .placement import Placed

#: Cross-attention starts are late by about this much on average (measured; see DESIGN.md).
WHISPER_START_BIAS = 0.08


def _spoken_indices(s: Segment) -> list[int]:
    return [k for k, w in enumerate(s.words) if w.timed and not w.cue]


def _with_bounds(s: Segment, start: float, end: float) -> Segment:
    """Move the first spoken word's start and the last one's end, and the segment with them."""
    idx = _spoken_indices(s)
    if not idx:
        return replace(s, start=start, end=max(start, end))
    words = list(s.words)
    first, last = idx[0], idx[-1]
    words[first] = replace(words[first], start=min(start, words[first].end))
    words[last] = replace(words[last], end=max(end, words[last].start))
    if first == last:
        words[first] = replace(words[first], start=start, end=max(start, end))
    s = replace(s, start=start, end=max(start, end), words=tuple(words))
    from .engine import clamp_words  # local import: engine imports this module

    return clamp_words(s)


def snap_to_sound(items: Sequence[Placed], env: Envelope, t0: float, t1: float) -> None:
    """Energy-based boundary refinement of every heard segment (in place)."""
    for k, item in enumerate(items):
        s = item.segment
        if NOT_HEARD in s.flags or not s.timed:
            continue
        idx = _spoken_indices(s)
        if not idx:
            continue
        lo = items[k - 1].segment.end if k else t0
        hi = items[k + 1].segment.start if k + 1 < len(items) else t1
        first, last = s.words[idx[0]], s.words[idx[-1]]
        thr = env.threshold(s.start, s.end)
        start = env.snap_start(max(lo, first.start - WHISPER_START_BIAS), before=0.6,
                               after=min(0.3, max(0.05, first.end - first.start)), lo=lo, thr=thr)
        end = env.snap_end(last.end, before=min(1.0, max(0.3, last.end - last.start)),
                           after=0.25, hi=hi, thr=thr)
        if end - start < 0.05 or not (lo - 1e-6 <= start < end <= hi + 1e-6):
            continue
        item.segment = _with_bounds(s, start, end)


def refine_stretch(items: list[Placed], audio: Audio, env: Envelope, t0: float, t1: float,
                   phonetic: bool, cancel: Optional[CancelToken] = None) -> None:
    """Refine the placed segments of one stretch in place."""
    snap_to_sound(items, env, t0, t1)
