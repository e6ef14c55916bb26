"""What needs a person's look, in the order of the talk (Qt-free).

"Next item to review" (F3) walks these: segments the engine was unsure of,
text the audio does not contain, inline times the audio contradicted, segments
still without a time, and speech the transcript lacks (unscripted spans).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from aligner.document import HINT_IGNORED, LOW_CONFIDENCE, NOT_HEARD, Document, Segment

SEGMENT = "segment"
UNSCRIPTED = "unscripted"


@dataclass(frozen=True)
class ReviewItem:
    kind: str  #: SEGMENT or UNSCRIPTED
    index: int  #: row in doc.segments, or position in doc.unscripted
    time: float  #: where it sits in the talk (for ordering and for showing it)
    reason: str  #: for the status bar: why it wants a look


def segment_reason(seg: Segment) -> Optional[str]:
    """Why a segment needs review, or None when it looks fine."""
    if seg.has(NOT_HEARD):
        return "text not found in the audio"
    if not seg.timed:
        return "not placed in time yet"
    if seg.has(LOW_CONFIDENCE):
        return "low confidence"
    if seg.has(HINT_IGNORED):
        return "the transcript's own time disagreed with the audio"
    return None


def review_items(doc: Document) -> list[ReviewItem]:
    """Every item to review, in talk order (untimed segments sit where their neighbours put them)."""
    items: list[ReviewItem] = []
    last_time = 0.0
    aligned_once = any(s.timed for s in doc.segments)  # before the first alignment, "no time yet" is no news
    for i, seg in enumerate(doc.segments):
        if seg.timed:
            last_time = seg.start
        reason = segment_reason(seg)
        if reason is not None and (seg.timed or aligned_once or seg.has(NOT_HEARD)):
            items.append(ReviewItem(SEGMENT, i, last_time, reason))
    for k, span in enumerate(doc.unscripted):
        items.append(ReviewItem(UNSCRIPTED, k, span.start, "speech the transcript does not have"))
    # Stable sort: segments keep document order among equal times; unscripted go after a segment at the same time.
    items.sort(key=lambda it: (it.time, 0 if it.kind == SEGMENT else 1))
    return items


def _position(doc: Document, kind: str, index: int) -> tuple[float, int]:
    if kind == UNSCRIPTED:
        return doc.unscripted[index].start, 1
    last = 0.0
    for seg in doc.segments[:index + 1]:
        if seg.timed:
            last = seg.start
    return last, 0


def next_item(doc: Document, current: Optional[tuple[str, int]] = None,
              backwards: bool = False) -> Optional[ReviewItem]:
    """The item after (or before) ``current`` = (kind, index); wraps around; None when nothing is left."""
    items = review_items(doc)
    if not items:
        return None
    if current is None:
        return items[-1] if backwards else items[0]
    keys = [(it.time, 0 if it.kind == SEGMENT else 1, it.index) for it in items]
    t, rank = _position(doc, *current)
    here = (t, rank, current[1])
    if backwards:
        before = [k for k, key in enumerate(keys) if key < here]
        return items[before[-1]] if before else items[-1]
    after = [k for k, key in enumerate(keys) if key > here]
    return items[after[0]] if after else items[0]


def review_count(doc: Document) -> int:
    return len(review_items(doc))
