"""The transcript a peer aligner is handed: the text a careful user of that tool would give it.

stable-ts ``align()`` and aeneas take plain text, one fragment per line.  A case whose
transcript is a subtitle or label file (SubRip, WebVTT, a Praat TextGrid, Audacity
labels) was handed to them as it stood, so cue numbers, ``-->`` lines and ``xmin =``
were aligned as words, and the "ours >= best peer" table compared ours with a peer
that never had a chance (stable-ts 0 % on a TextGrid case).  A person would first
take the cues' text out; this does it with the same reader ours uses, one line per
cue.  Plain text (and web-page text with ``- `` turns and inline stamps) is handed
over unchanged, so a peer still sees the lines exactly as the transcript breaks them.
"""

from __future__ import annotations

from pathlib import Path

#: Transcript formats whose lines are not the talk's text (registry keys of aligner.formats).
STRUCTURED = frozenset({"srt", "vtt", "textgrid", "audacity", "csv", "json"})


def peer_transcript(transcript: Path, out_dir: Path, name: str) -> Path:
    """``transcript`` itself when it is plain text; else a file in ``out_dir`` with one line per cue."""
    from aligner.formats import read_transcript

    doc = read_transcript(str(transcript))
    if doc.source_format not in STRUCTURED:
        return transcript
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.peer.txt"
    lines = [" ".join(s.text.split()) for s in doc.segments if s.text.strip()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
