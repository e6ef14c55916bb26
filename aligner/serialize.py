"""Plain-dict form of a Document, shared by the JSON export and the project file.

The shape is the JSON export's (documented in the README): segments with their
words, confidence, flags and hints; the speech the transcript lacks; the audio it
belongs to.  ``SCHEMA_VERSION`` goes up when the shape changes incompatibly;
readers refuse versions newer than they know instead of guessing.
"""

from __future__ import annotations

import math
from typing import Any, Optional

from .document import Document, Hint, Segment, UnscriptedSpan, Word, words_for_text
from .errors import AlignerError

SCHEMA_VERSION = 1


def _t(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(float(x), 4)


def _p(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(float(x), 4)


def word_to_dict(w: Word) -> dict[str, Any]:
    d: dict[str, Any] = {"word": w.text, "start": _t(w.start), "end": _t(w.end), "probability": _p(w.probability)}
    if w.cue:
        d["cue"] = True
    return d


def segment_to_dict(s: Segment) -> dict[str, Any]:
    return {
        "id": s.id,
        "start": _t(s.start),
        "end": _t(s.end),
        "text": s.text,
        "speaker": s.speaker,
        "confidence": _p(s.confidence),
        "flags": sorted(s.flags),
        "hints": [{"offset": h.offset, "time": _t(h.time)} for h in s.hints],
        "words": [word_to_dict(w) for w in s.words],
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    return {
        "schema": "aligner-document",
        "version": SCHEMA_VERSION,
        "language": doc.language,
        "audio": {"path": doc.audio_path, "duration": _t(doc.audio_duration)},
        "source": {"format": doc.source_format, "path": doc.source_path},
        "metadata": doc.metadata,
        "segments": [segment_to_dict(s) for s in doc.segments],
        "unscripted": [{"start": _t(u.start), "end": _t(u.end), "text": u.text, "probability": _p(u.probability)}
                       for u in doc.unscripted],
    }


def _num(x: Any) -> Optional[float]:
    if x is None:
        return None
    if isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x):
        raise ValueError(f"not a time: {x!r}")
    return float(x)


def segment_from_dict(d: dict[str, Any]) -> Segment:
    text = str(d["text"])
    words = tuple(Word(str(w.get("word", w.get("text", ""))), _num(w.get("start")), _num(w.get("end")),
                       _num(w.get("probability")), bool(w.get("cue", False))) for w in d.get("words") or [])
    if words and [w.text for w in words] != [w.text for w in words_for_text(text)]:
        # Words from another tool may be cut differently; keep the text, drop the mismatching words.
        words = ()
    kw = {}
    if d.get("id"):
        kw["id"] = str(d["id"])
    return Segment(
        text=text, start=_num(d.get("start")), end=_num(d.get("end")), speaker=d.get("speaker"),
        words=words, confidence=_num(d.get("confidence")), flags=frozenset(d.get("flags") or ()),
        hints=tuple(Hint(int(h["offset"]), float(h["time"])) for h in d.get("hints") or ()), **kw)


def document_from_dict(d: dict[str, Any]) -> Document:
    """Build a Document from :func:`document_to_dict` output; raises AlignerError when it is not one."""
    if not isinstance(d, dict) or not isinstance(d.get("segments"), list):
        raise AlignerError("This JSON file does not hold a transcript (no \"segments\" list).")
    version = d.get("version", SCHEMA_VERSION)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise AlignerError(f"This file was written by a newer Aligner (format version {version}; "
                           f"this one reads up to {SCHEMA_VERSION}). Update Aligner to open it.")
    try:
        segments = [segment_from_dict(s) for s in d["segments"]]
        audio = d.get("audio") or {}
        source = d.get("source") or {}
        return Document(
            segments=segments,
            audio_path=audio.get("path"),
            audio_duration=_num(audio.get("duration")),
            language=d.get("language"),
            source_format=source.get("format"),
            source_path=source.get("path"),
            unscripted=[UnscriptedSpan(float(u["start"]), float(u["end"]), str(u.get("text", "")),
                                       _num(u.get("probability"))) for u in d.get("unscripted") or ()],
            metadata=dict(d.get("metadata") or {}),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise AlignerError(f"The transcript data is damaged ({e}).") from None
