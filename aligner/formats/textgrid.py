"""Praat TextGrid: interval tiers for segments, words and (when known) speakers.

Written through praatio in Praat's long text form.  Gaps between intervals are
filled with empty intervals (Praat needs a tier to cover the whole time span);
untimed segments and words, and zero-length ones (Praat cannot show them), are
left out.  Reading takes the segment tier (a tier named like "segments",
"sentences" or "utterances", else the first interval tier that is not words or
phones); its intervals' times become hints.
"""

from __future__ import annotations

from typing import Iterable, Optional

from praatio.data_classes.interval_tier import IntervalTier
from praatio.data_classes.textgrid import Textgrid
from praatio.utilities import textgrid_io

from ..document import EPS, Document, Hint, Segment
from ..errors import TranscriptError
from .base import Format
from .cues import align_first_error
from .options import ExportOptions
from .textfile import TextInfo

SEGMENT_TIER, WORD_TIER, SPEAKER_TIER = "segments", "words", "speaker"
_SEGMENT_NAMES = ("segments", "segment", "sentences", "sentence", "utterances", "utterance", "phrases",
                  "transcript", "transcription", "text", "ortho", "orthography")
_SUBUNIT_NAMES = ("words", "word", "phones", "phone", "phonemes", "syllables", "speaker", "speakers")


def _intervals(items: Iterable[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """Intervals in order, each starting no earlier than the previous ends; empty ones dropped."""
    out: list[tuple[float, float, str]] = []
    for start, end, label in sorted(items, key=lambda x: x[0]):
        if out:
            start = max(start, out[-1][1])
        if end - start > EPS:
            out.append((round(start, 6), round(end, 6), label))
    return out


class TextGridFormat(Format):
    key = "textgrid"
    name = "Praat TextGrid"
    extensions = (".TextGrid",)
    import_extensions = (".TextGrid",)
    description = "For phonetics work in Praat: a segment tier and a word tier (and speakers)."

    def sniff(self, text: str) -> bool:
        head = text.lstrip()[:200]
        return "ooTextFile" in head and "TextGrid" in head

    def parse(self, text: str, name: str = "", info: Optional[TextInfo] = None) -> Document:
        label = name or "The TextGrid"
        try:
            tg = textgrid_io.parseTextgridStr(text, includeEmptyIntervals=False)
        except Exception as e:  # praatio raises many kinds of errors on damaged files
            raise TranscriptError(f"{label} is not a readable TextGrid ({e}).") from None
        tiers = [t for t in tg.get("tiers", []) if t.get("class") == "IntervalTier"]
        if not tiers:
            raise TranscriptError(f"{label} has no interval tier with text.")
        chosen = next((t for n in _SEGMENT_NAMES for t in tiers if t["name"].strip().lower() == n), None)
        chosen = chosen or next((t for t in tiers if t["name"].strip().lower() not in _SUBUNIT_NAMES), tiers[0])
        speakers = next((t for t in tiers if t["name"].strip().lower() in ("speaker", "speakers")), None)
        try:  # praatio gives times as text
            entries = [(float(a), float(b), " ".join(str(t).split())) for a, b, t in chosen["entries"]]
            voices = [(float(a), float(b), str(t).strip()) for a, b, t in speakers["entries"]] if speakers else []
        except (TypeError, ValueError) as e:
            raise TranscriptError(f"{label} has damaged times ({e}).") from None
        segments = []
        for start, end, words in entries:
            if not words:
                continue
            mid = (start + end) / 2
            who = next((v for a, b, v in voices if a <= mid <= b), None) or None
            segments.append(Segment(words, speaker=who, hints=(Hint(0, start), Hint(len(words), end))))
        if not segments:
            raise TranscriptError(f"{label} has no labelled intervals in tier “{chosen['name']}”.")
        return Document(segments=segments)

    def render(self, doc: Document, options: ExportOptions) -> str:
        timed = [s for s in doc.segments if s.timed]
        if not timed:
            raise align_first_error("A TextGrid")
        seg_items = _intervals((s.start, s.end, s.text) for s in timed)
        word_items = _intervals((w.start, w.end, w.text) for s in timed for w in s.words if w.timed and not w.cue)
        end = max([doc.audio_duration or 0.0] + [b for _, b, _ in seg_items + word_items])
        tg = Textgrid(0.0, end)
        tg.addTier(IntervalTier(SEGMENT_TIER, seg_items, 0.0, end))
        tg.addTier(IntervalTier(WORD_TIER, word_items, 0.0, end))
        if options.include_speakers and any(s.speaker for s in timed):
            tg.addTier(IntervalTier(SPEAKER_TIER, _intervals((s.start, s.end, s.speaker or "") for s in timed),
                                    0.0, end))
        as_dict = {"xmin": tg.minTimestamp, "xmax": tg.maxTimestamp,
                   "tiers": [{"class": t.tierType, "name": t.name, "xmin": t.minTimestamp,
                              "xmax": t.maxTimestamp, "entries": list(t.entries)} for t in tg.tiers]}
        return textgrid_io.getTextgridAsStr(as_dict, "long_textgrid", includeBlankSpaces=True,
                                            minTimestamp=0.0, maxTimestamp=end, minimumIntervalLength=None)
