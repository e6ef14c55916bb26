"""Where a dragged boundary snaps with Shift held: word edges and edges of silence (Qt-free).

Subtitle editors snap to what the eye looks for: the start of sound after a
pause and the end of sound before one.  Word edges come from the aligned words
of the document; silence edges from the short-time energy of the audio around
the drag position, found fresh for each drag (cheap: a second of audio).
"""

from __future__ import annotations

from typing import Iterable, Optional

import numpy as np

from aligner.document import Document

FRAME = 0.010  #: energy frame length in seconds
SEARCH = 0.6  #: look this far either side of the pointer for silence edges
MIN_SILENCE = 0.08  #: a quiet stretch shorter than this is a stop consonant, not a pause


def word_edges(doc: Document, t: float, radius: float) -> list[float]:
    """Starts and ends of aligned words (and segments) within ``radius`` of ``t``."""
    out: list[float] = []
    for seg in doc.segments:
        if not seg.timed or seg.end < t - radius:
            continue
        if seg.start > t + radius:
            break
        out.extend((seg.start, seg.end))
        for w in seg.words:
            if w.timed and not w.cue:
                out.extend((w.start, w.end))
    return [x for x in out if abs(x - t) <= radius]


def silence_edges(samples: np.ndarray, rate: int, t: float, radius: float = SEARCH) -> list[float]:
    """Times within ``radius`` of ``t`` where a pause begins or ends.

    A frame is quiet when its RMS is below 10 % of the loudest frame nearby
    (-20 dB) and above nothing else: relative, so it works on quiet and loud
    recordings alike.
    """
    a = max(0, int((t - radius) * rate))
    b = min(len(samples), int((t + radius) * rate))
    hop = max(1, int(FRAME * rate))
    n = (b - a) // hop
    if n < 3:
        return []
    x = samples[a:a + n * hop].astype(np.float32).reshape(n, hop)
    rms = np.sqrt((x * x).mean(axis=1))
    peak = float(rms.max())
    if peak <= 0:
        return []
    quiet = rms < 0.1 * peak
    edges: list[float] = []
    k = 0
    while k < n:
        if not quiet[k]:
            k += 1
            continue
        j = k
        while j < n and quiet[j]:
            j += 1
        if (j - k) * FRAME >= MIN_SILENCE:
            if k > 0:
                edges.append(a / rate + k * FRAME)  # sound stops here
            if j < n:
                edges.append(a / rate + j * FRAME)  # sound starts here
        k = j
    return edges


def snap(t: float, candidates: Iterable[float], max_distance: float) -> Optional[float]:
    """The candidate nearest to ``t`` if it is within ``max_distance``."""
    best = None
    for c in candidates:
        if abs(c - t) <= max_distance and (best is None or abs(c - t) < abs(best - t)):
            best = c
    return best
