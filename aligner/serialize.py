"""Plain-dict form of a Document, shared by the JSON export and the project file.

The shape is the JSON export's (documented in the README): segments with their
words, confidence, flags and hints; the speech the transcript lacks; the audio it
belongs to.  ``SCHEMA_VERSION`` goes up when the shape changes incompatibly;
readers refuse versions newer than they know instead of guessing.
"""

from __future__ import annotations

import math
from typing import Any, Optional

from .document import KNOWN_FLAGS, Document, Hint, Segment, UnscriptedSpan, Word, words_for_text
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


def _time(x: Any) -> float:
    """A time that must be there: a finite number of seconds, not negative."""
    t = _num(x)
    if t is None or t < 0:
        raise ValueError(f"not a time: {x!r}")
    return t


def _unit(x: Any, what: str) -> Optional[float]:
    p = _num(x)
    if p is not None and not 0.0 <= p <= 1.0:
        raise ValueError(f"{what} {p:g} is not between 0 and 1")
    return p


def _hint(h: Any, text: str) -> Hint:
    if not isinstance(h, dict):
        raise ValueError("a hint is not an object")
    offset = h.get("offset")
    if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= len(text):
        raise ValueError(f"a hint points at character {offset!r} of a text of {len(text)}")
    return Hint(offset, _time(h.get("time")))


def _flags(flags: Any) -> frozenset[str]:
    if flags is None:
        return frozenset()
    if not isinstance(flags, (list, tuple)):
        raise ValueError("the flags are not a list")
    unknown = sorted(str(f) for f in flags if f not in KNOWN_FLAGS)
    if unknown:
        raise ValueError(f"unknown flag {unknown[0]!r} (known: {', '.join(sorted(KNOWN_FLAGS))})")
    return frozenset(flags)


def _unscripted(u: Any) -> UnscriptedSpan:
    if not isinstance(u, dict):
        raise ValueError("a stretch of unscripted speech is not an object")
    start, end = _time(u.get("start")), _time(u.get("end"))
    if end < start:
        raise ValueError(f"unscripted speech ends ({end:g} s) before it starts ({start:g} s)")
    return UnscriptedSpan(start, end, str(u.get("text", "")), _unit(u.get("probability"), "a probability"))


def segment_from_dict(d: dict[str, Any]) -> Segment:
    text = str(d["text"])
    words = tuple(Word(str(w.get("word", w.get("text", ""))), _num(w.get("start")), _num(w.get("end")),
                       _unit(w.get("probability"), "a word's probability"), bool(w.get("cue", False)))
                  for w in d.get("words") or [])
    if words and [w.text for w in words] != [w.text for w in words_for_text(text)]:
        # Words from another tool may be cut differently; keep the text, drop the mismatching words.
        words = ()
    kw = {}
    if d.get("id"):
        kw["id"] = str(d["id"])
    return Segment(
        text=text, start=_num(d.get("start")), end=_num(d.get("end")), speaker=d.get("speaker"),
        words=words, confidence=_unit(d.get("confidence"), "a confidence"), flags=_flags(d.get("flags")),
        hints=tuple(_hint(h, text) for h in d.get("hints") or ()), **kw)


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
            unscripted=[_unscripted(u) for u in d.get("unscripted") or ()],
            metadata=dict(d.get("metadata") or {}),
        )
    except (AttributeError, KeyError, TypeError, ValueError) as e:
        raise AlignerError(f"The transcript data is damaged ({e}).") from None
