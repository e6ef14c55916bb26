"""Stretches Whisper's first pass decoded into a loop, to be decoded again with Whisper's own fallback.

The first pass (:mod:`.recognize`) decodes its voice-activity chunks greedily
in faster-whisper's batched pipeline, which keeps only the first temperature:
it never decodes a failed chunk again.  On speech the small model cannot
follow -- espeak-ng at 250-300 words a minute -- greedy decoding falls into a
loop: "In the end, the young young young ..." 218 times over the first 25 s of
a 47-s talk (vx_espeak_fast_typing).  The transcript then matched almost
nothing Whisper heard, its sentences were placed by forcing (:mod:`.forced`)
and came out 0.1-0.9 s late (starts +94 ms, ends +116 ms on median).

Whisper's sequential decoding tests every window's text the way the batched
pipeline only reports it: text whose gzip compression ratio is over
:data:`LOOPED_COMPRESSION` repeats itself, and the window is decoded again by
sampling at rising temperatures.  A chunk of the first pass whose text fails
that test is therefore listened to again with sequential decoding
(:func:`.recognize.recognize_again`), and what it hears there replaces the
loop: the same chunk then reads "In the end, the young engineer supported the
design of the ridge for the second time."  The stretch listened to again runs
from the last word heard before the chunk to the first one heard after it, not
just over the chunk: the pipeline cuts its chunks at any pause of 160 ms, a
comma inside a sentence, and the words after such a cut that the next chunk did
not hear ("... after a long debate, | while the press waited outside.") would
be lost again, the sentence's end placed by guess 0.35 s early.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence, TypeVar

#: Whisper's own test of a decoded window (faster-whisper's and openai-whisper's default
#: ``compression_ratio_threshold``): text that gzip compresses more than this repeats itself.
LOOPED_COMPRESSION = 2.4
#: The longest phrase :func:`without_repeats` looks for said again right after itself, in words: a loop's phrase
#: ("T ar ast", three tokens of a word Whisper made up) runs to a few words; a sentence said twice in a row is no
#: loop and stays.
LOOP_PHRASE_WORDS = 6


class ChunkWatch:
    """Follows the segments of one block's batched pass and notes the chunks whose text looped.

    The pipeline's segments carry ``seek``: the frame where their chunk begins,
    one value for every segment of one chunk.  A chunk runs until the next one
    begins (or the block ends); its span is what is decoded again.
    """

    def __init__(self, offset: float, duration: float, frames_per_second: float) -> None:
        self.offset, self.duration, self.fps = offset, duration, frames_per_second
        self._starts: list[float] = []  #: chunk starts, seconds into the block, in order
        self._looped: set[float] = set()

    def saw(self, seek: int, compression_ratio: float) -> float:
        """Note one segment; returns its chunk's start (seconds into the block)."""
        start = seek / self.fps
        if not self._starts or self._starts[-1] != start:
            self._starts.append(start)
        if compression_ratio > LOOPED_COMPRESSION:
            self._looped.add(start)
        return start

    def looped(self, start: float) -> bool:
        return start in self._looped

    def windows(self) -> list[tuple[float, float]]:
        """The looped chunks' spans, in the talk's time."""
        ends = self._starts[1:] + [self.duration]
        return [(self.offset + a, self.offset + b) for a, b in zip(self._starts, ends) if a in self._looped]


W = TypeVar("W")


def widened_to_heard(windows: Sequence[tuple[float, float]], heard: Sequence[W],
                     bounds: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Each looped chunk's span widened to the words heard on either side of it (``heard``: the first
    pass's words outside the loops, with ``start`` and ``end``), within the interval of ``bounds`` (the
    stretches listened to) that holds it; windows that come to overlap are merged."""
    out: list[tuple[float, float]] = []
    for a, b in sorted(windows):
        lo, hi = next(((x, y) for x, y in bounds if x <= (a + b) / 2 <= y), (a, b))
        a = max([lo] + [w.end for w in heard if w.end <= a])
        b = min([hi] + [w.start for w in heard if w.start >= b])
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def replace_in_windows(first: Iterable[W], again: Iterable[W], windows: Sequence[tuple[float, float]]) -> list[W]:
    """The first pass's words outside ``windows`` and the words heard again inside them, in time order.

    Words are anything with ``start`` and ``end``; a word belongs to the window its middle lies in.
    """
    def inside(w) -> bool:
        mid = (w.start + w.end) / 2
        return any(a <= mid <= b for a, b in windows)

    kept = [w for w in first if not inside(w)] + [w for w in again if inside(w)]
    return sorted(kept, key=lambda w: w.start)


def without_repeats(words: Sequence[W]) -> list[W]:
    """``words`` with every phrase of up to :data:`LOOP_PHRASE_WORDS` words that repeats the one right before it
    dropped: what a loop wrote once, and no more.

    A decoder that cannot follow the speech writes one phrase over and over (espeak-ng's Thai under a pepper mill:
    "T ar ast" 31 times over 20 s, when decoding again at every temperature looped as well).  The repeats span the
    time and hold letters as a hearing does, yet say nothing that the first copy did not: counted as heard, they
    make a hearing that heard next to nothing look like one that heard the talk.  Words are anything with ``text``;
    case and punctuation do not tell two copies apart."""
    def said(w) -> str:
        return re.sub(r"[\W_]+", "", w.text.lower())

    kept: list[W] = []
    i = 0
    while i < len(words):
        phrase = next((n for n in range(1, LOOP_PHRASE_WORDS + 1)
                       if len(kept) >= n and i + n <= len(words)
                       and [said(w) for w in words[i:i + n]] == [said(w) for w in kept[-n:]]), 0)
        if phrase:
            i += phrase
        else:
            kept.append(words[i])
            i += 1
    return kept
