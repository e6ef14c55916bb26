"""Documents and helpers shared by the format tests (imported by the other test_formats_* files).

``aligned_doc()`` is a small talk built by hand, with every kind of thing the
exporters must write: two speakers, timed words with probabilities, a cue
word, a flag, a hint, a gap between segments, an unscripted span.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Optional

from aligner.document import LOW_CONFIDENCE, Document, Hint, Segment, UnscriptedSpan, Word
from aligner.text import split_words

GOLDEN = Path(__file__).parent / "golden"


def timed_segment(text: str, start: float, step: float = 0.3, *, speaker: Optional[str] = None,
                  seg_id: Optional[str] = None, probability: float = 0.9, **kw) -> Segment:
    """A segment whose words follow each other every ``step`` seconds (each lasting 80 % of it)."""
    words, t = [], start
    for w in split_words(text):
        words.append(Word(w.text, round(t, 3), round(t + step * 0.8, 3), probability, w.cue))
        t += step
    extra = {"id": seg_id} if seg_id else {}
    return Segment(text, start, words[-1].end, speaker, tuple(words), **kw, **extra)


def aligned_doc() -> Document:
    segs = [
        timed_segment("Thanks for having me.", 0.5, speaker="Speaker A", seg_id="s1", confidence=0.93),
        timed_segment("I want to start with a question, and it is a simple one: why do we sleep at all?",
                      2.0, speaker="Speaker A", seg_id="s2", confidence=0.88,
                      hints=(Hint(0, 2.1),)),
        timed_segment("[laughter] Good question.", 8.0, speaker="Speaker B", seg_id="s3",
                      confidence=0.41, flags=frozenset({LOW_CONFIDENCE})),
        timed_segment("So.", 10.25, speaker="Speaker B", seg_id="s4", confidence=0.97),
    ]
    return Document(segments=segs, audio_path="talk.wav", audio_duration=12.0, language="en",
                    unscripted=[UnscriptedSpan(9.1, 9.9, "um well", 0.5)])


def place_by_hints(doc: Document) -> Document:
    """The document as an aligner that trusts every hint would place it (segments only, no words)."""
    out = doc.copy()
    segs = []
    for s in doc.segments:
        times = sorted(h.time for h in s.hints)
        start = next((h.time for h in s.hints if h.offset == 0), times[0] if times else None)
        end = next((h.time for h in s.hints if h.offset == len(s.text)), times[-1] if times else None)
        segs.append(replace(s, start=start, end=end))
    out.segments = segs
    return out


def align_sequentially(doc: Document, start: float = 1.0, step: float = 0.4) -> Document:
    """Every word of every segment placed one after another (a stand-in for a real alignment)."""
    out = doc.copy()
    t = start
    segs = []
    for s in doc.segments:
        words = []
        for w in split_words(s.text):
            words.append(Word(w.text, round(t, 3), round(t + step * 0.75, 3), 0.8, w.cue))
            t += step
        segs.append(replace(s, start=words[0].start, end=words[-1].end, words=tuple(words)))
        t += step
    out.segments = segs
    return out


def write_bytes(tmp_path: Path, name: str, data: bytes) -> str:
    p = tmp_path / name
    p.write_bytes(data)
    return str(p)


def check_golden(name: str, text: str) -> None:
    """Compare ``text`` with ``tests/golden/<name>``; ALIGNER_UPDATE_GOLDEN=1 rewrites the file instead."""
    path = GOLDEN / name
    if os.environ.get("ALIGNER_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    expected = path.read_bytes().decode("utf-8")
    assert text == expected, f"{name} differs from the golden file (set ALIGNER_UPDATE_GOLDEN=1 after checking)"


def texts(doc: Document) -> list[str]:
    return [s.text for s in doc.segments]


def hint_pairs(seg: Segment) -> list[tuple[int, float]]:
    return [(h.offset, round(h.time, 3)) for h in seg.hints]


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def all_words(cues: Iterable) -> str:
    return " ".join(line for c in cues for line in c.lines)
