"""Words the decoder wrote with no time of their own: a pile of them on one instant says nothing of where they were said.

Whisper times its words by matching each written token to the audio through its cross-attention (dynamic time
warping over 20 ms frames).  Where it writes words the sound does not hold, that match has nothing to hold on to, and
the words pile up on one frame.  Told the text of a stretch under church bells (the twelfth aside set's fast flite
talk through RealAudio, ``sx_flite_fast_bells_rm``), the multilingual ``base`` wrote twenty of the prompt's words --
the ends of three lines, "schedule for the summer festival ... since the old plan had failed ... repaired a plan for
the harbour for the second time" -- all at 32.52 s with no duration, and three more at 30.90 s.  Placement took
them as heard there, in order, and squeezed the lines they belong to into those two instants, 2-7 s early.

No one says three words in 20 ms.  A run of at least :data:`PILE_WORDS` consecutive words each shorter than one
frame (:data:`FRAME`) is a pile: its words are not evidence of where anything was said, and they are left out of
the hearing, as words nobody heard.  One or two such words keep their times: on the 20 ms grid some real short words
("a", "the" in fast speech) come out that short.
"""

from __future__ import annotations

from typing import Sequence, TypeVar

#: Whisper's word timing grid: one encoder frame (s).
FRAME = 0.02
#: So many consecutive words shorter than a frame are a pile (two short function words can be real).
PILE_WORDS = 3

W = TypeVar("W")


def without_piles(words: Sequence[W]) -> list[W]:
    """``words`` (in time order; each with ``start`` and ``end`` in seconds) less every pile: runs of at least
    :data:`PILE_WORDS` consecutive words each shorter than :data:`FRAME`."""
    kept: list[W] = []
    run: list[W] = []
    for w in list(words) + [None]:
        if w is not None and w.end - w.start < FRAME:
            run.append(w)
            continue
        if len(run) < PILE_WORDS:
            kept.extend(run)
        run = []
        if w is not None:
            kept.append(w)
    return kept
