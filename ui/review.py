"""What needs a person's look, in the order of the talk (Qt-free).

"Next item to review" (F3) walks these: segments the engine was unsure of,
text the audio does not contain, inline times the audio contradicted, segments
still without a time, and speech the transcript lacks (unscripted spans).

A segment leaves the queue once a person has dealt with it: corrected its
times, locked it, or marked it reviewed.  After a re-alignment, segments whose
times did not change keep the review state they had (:func:`carry_review_state`),
so a re-align that changed nothing puts nothing back in the queue.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from aligner.document import (END_AFTER_VOICE, END_BEFORE_RELEASE, END_BEFORE_SOUND_STOPS, END_BURIED,
                              END_CARRIED_ON, END_CUT_SHORT, END_IN_COPY, END_IN_DECAY, END_IN_NOISE, END_IN_TRAILING_VOICE,
                              END_IN_UNSCRIPTED, END_ON_CREAK, END_ON_OVERLONG_WORD, END_ON_SQUELCH_TAIL, END_ON_TONE,
                              END_PAST_OWN_VOICE, END_UNDER_CHANNEL_HISS, END_WITHOUT_SIBILANT, HINT_IGNORED,
                              LOCKED, LOW_CONFIDENCE, NOT_HEARD, REASON_FLAGS, REVIEWED, SOUND_AFTER_END,
                              START_AFTER_CLOSURE, START_AFTER_SQUEEZED_WORDS, START_BEFORE_VOICE, START_WITHOUT_ONSET,
                              STRETCHED_JOIN, Document, Segment)

SEGMENT = "segment"
UNSCRIPTED = "unscripted"


@dataclass(frozen=True)
class ReviewItem:
    kind: str  #: SEGMENT or UNSCRIPTED
    index: int  #: row in doc.segments, or position in doc.unscripted
    time: float  #: where it sits in the talk (for ordering and for showing it)
    reason: str  #: for the status bar: why it wants a look


LOW_REASON = "low confidence"
#: What the engine can say about a low confidence (after LOW_REASON); the queue counts them as low confidence.
END_IN_NOISE_DETAIL = ": its end fades into the background noise and may lie later"
#: Every reason the engine can give, in the order they are told (the first one a segment carries is shown).
REASON_DETAILS = {
    START_BEFORE_VOICE: ": it starts in sound with no voice in it; the start may lie later",
    START_WITHOUT_ONSET: ": it starts in sound that goes on from before it, not at its voice's onset; the start may "
                         "lie later",
    START_AFTER_CLOSURE: ": a syllable nobody's line holds sits just before its start, across a dip as short as a "
                         "stop's closure in its first word; the start may lie earlier",
    START_AFTER_SQUEEZED_WORDS: ": its first words are squeezed into far less time than the line's pace, and voice "
                                "nobody's line holds sits just before its start, across a short pause; the start may "
                                "lie earlier",
    END_AFTER_VOICE: ": it ends in sound with no voice in it; the end may lie earlier",
    END_IN_UNSCRIPTED: ": its end runs into words the transcript does not hold (another voice?); the end may lie "
                       "earlier",
    END_CARRIED_ON: ": its end was carried on past its last word's sounds, further than a last sound lasts (a room's "
                    "tail?) or across a pause onto another sound (a drip?); the end may lie earlier",
    END_ON_TONE: ": it ends on a steady tone (feedback howl?), not on its voice; the end may lie earlier",
    END_ON_CREAK: ": its last tenths jump in level as clicks do (a creak?) and its last word is drawn out; the end "
                  "may lie earlier",
    END_ON_OVERLONG_WORD: ": its last word lasts far longer than the talk's last words (it took in another sound: a "
                          "listener's \"Hmm\"?); the end may lie earlier",
    END_IN_TRAILING_VOICE: ": its voice still goes on, falling, right after its end (a speaker trailing off?); the "
                           "end may lie later",
    END_IN_DECAY: ": its end lies at the bottom of a fading tail with no voice in it (a room, a noise suppressor?); "
                  "the end may lie earlier",
    STRETCHED_JOIN: ": it meets its neighbour with no pause and the word before the join is drawn out over the next "
                    "line's first sound; the boundary may lie earlier",
    END_IN_NOISE: END_IN_NOISE_DETAIL,
    SOUND_AFTER_END: ": sound goes on right after its end; the end may lie later",
    END_BEFORE_SOUND_STOPS: ": a weak sound still stands out of the pause's noise right after its end; the end may "
                            "lie later (or earlier, if that sound is not the line's)",
    END_IN_COPY: ": a second recording of the talk (a camera's own microphone?) is mixed in a little later, and its "
                 "end was carried on into what that copy plays after the voice; the end may lie earlier",
    END_CUT_SHORT: ": its last word is cut short and a weak sound goes on after it; the end may lie later",
    END_BURIED: ": its last word is short and its voice stands so little over the background that its last "
                "syllable fades out under it; the end may lie later",
    END_BEFORE_RELEASE: ": its last word ends in a stop and an 's', and a noise comes back just after its end, "
                        "across a dip as short as the stop's closure (its release?); the end may lie later",
    END_WITHOUT_SIBILANT: ": its last word ends in a hiss ('s', 'sh') but its end is on a voiced sound; the hiss may "
                          "follow unheard, and the end lie later",
    END_PAST_OWN_VOICE: ": its end stands on sound that came back after its voice stopped and is not its voice (a "
                        "call's far end left by an echo canceller?); the end may lie earlier",
    END_UNDER_CHANNEL_HISS: ": its end sinks into a radio channel's hiss, which hides the rest of its fade; the end "
                            "may lie later",
    END_ON_SQUELCH_TAIL: ": it ends where a radio's squelch tail is cut off; the voice stopped before the tail, and "
                         "the end may lie earlier",
}


def segment_reason(seg: Segment) -> Optional[str]:
    """Why a segment needs review, or None when it looks fine (or a person already dealt with it)."""
    if seg.has(LOCKED) or seg.has(REVIEWED):
        return None
    if seg.has(NOT_HEARD):
        return "text not found in the audio"
    if not seg.timed:
        return "not placed in time yet"
    if seg.has(LOW_CONFIDENCE):
        return LOW_REASON + next((text for flag, text in REASON_DETAILS.items() if seg.has(flag)), "")
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


def step(doc: Document, current: Optional[tuple[str, int]] = None,
         backwards: bool = False) -> tuple[Optional[ReviewItem], bool]:
    """The item after (or before) ``current`` = (kind, index), and whether the walk wrapped around the talk.

    None when nothing is left to review.
    """
    items = review_items(doc)
    if not items:
        return None, False
    if current is None:
        return (items[-1] if backwards else items[0]), False
    keys = [(it.time, 0 if it.kind == SEGMENT else 1, it.index) for it in items]
    t, rank = _position(doc, *current)
    here = (t, rank, current[1])
    if backwards:
        before = [k for k, key in enumerate(keys) if key < here]
        return (items[before[-1]], False) if before else (items[-1], True)
    after = [k for k, key in enumerate(keys) if key > here]
    return (items[after[0]], False) if after else (items[0], True)


def next_item(doc: Document, current: Optional[tuple[str, int]] = None,
              backwards: bool = False) -> Optional[ReviewItem]:
    """The item after (or before) ``current`` = (kind, index); wraps around; None when nothing is left."""
    return step(doc, current, backwards)[0]


def reason_counts(doc: Document) -> Counter:
    """How many items of each reason the queue holds (what the badge counts, spelled out)."""
    return Counter(it.reason.split(":")[0] for it in review_items(doc))


def describe_counts(counts: Counter) -> str:
    """"3 low confidence, 1 text not found in the audio, ..." in a fixed order, for the status line."""
    order = ["low confidence", "text not found in the audio", "the transcript's own time disagreed with the audio",
             "not placed in time yet", "speech the transcript does not have"]
    short = {"text not found in the audio": "not heard",
             "the transcript's own time disagreed with the audio": "ignored timestamp",
             "not placed in time yet": "untimed", "speech the transcript does not have": "unscripted"}
    parts = [f"{counts[r]} {short.get(r, r)}" for r in order if counts.get(r)]
    parts += [f"{n} {r}" for r, n in counts.items() if r not in order and n]
    return ", ".join(parts)


#: Times closer than this count as unchanged by a re-alignment (well under a frame).
SAME_TIME = 0.001
_REVIEW_FLAGS = frozenset({LOW_CONFIDENCE, HINT_IGNORED, REVIEWED}) | REASON_FLAGS


def same_times(a: Segment, b: Segment) -> bool:
    if a.timed != b.timed:
        return False
    return not a.timed or (abs(a.start - b.start) <= SAME_TIME and abs(a.end - b.end) <= SAME_TIME)


def carry_review_state(before: Sequence[Segment], after: Sequence[Segment]) -> list[Segment]:
    """The re-aligned segments, with the review state of those whose times did not change carried over.

    A re-alignment that leaves a segment where it was has learnt nothing a
    person needs to check: its confidence and review flags stay as they were
    (a 91 % segment does not come back at 40 % and flagged).  A segment the
    re-alignment moved is new information: it loses "reviewed" and is judged
    afresh.
    """
    old = {s.id: s for s in before}
    out = []
    for s in after:
        prev = old.get(s.id)
        if prev is not None and prev.text == s.text and same_times(prev, s):
            if not s.has(NOT_HEARD) or prev.has(NOT_HEARD):
                s = replace(s, confidence=prev.confidence,
                            flags=frozenset((s.flags - _REVIEW_FLAGS) | (prev.flags & _REVIEW_FLAGS)))
        elif s.has(REVIEWED) and not s.locked:
            s = s.with_flag(REVIEWED, False)
        out.append(s)
    return out


def review_count(doc: Document) -> int:
    return len(review_items(doc))
