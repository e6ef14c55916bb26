"""Cut the recording into one audio file per segment, plus a ``metadata.csv``: a speech dataset.

The clips come from the *original* recording, not the 16 kHz analysis copy:
its sample rate is kept and its channels (up to stereo).  The file is decoded
once, front to back, and each clip is written while the decoder passes it, so
memory stays at about one clip of audio whatever the length of the talk.

Each clip fades in and out over 10 ms (``fade``) so it does not click when
played alone, and can be brought to one RMS loudness (``normalize``, in dBFS)
so clips of a quiet and a loud speaker sound alike; see
:mod:`aligner.audio.shaping` (pydub on the decoded PCM).

Each clip gets a little padding (``pad`` seconds) before and after, so words
are not clipped at their very first or last sound; the padding never reaches
more than half-way to the neighbouring speech (another segment's first or last
word, or speech the transcript lacks), so a clip never contains a piece of the
next sentence.

``metadata.csv`` has the columns ``file_name,start,end,text,speaker`` — the
``file_name`` column is what the Hugging Face ``audiofolder`` loader and most
dataset tools look for; ``start``/``end`` are where the clip (padding
included) sits in the recording.

Files are written atomically.  Cancelling stops after the clip being written
is thrown away: clips finished before stay, and ``metadata.csv`` is written to
list exactly those, so the folder is always a consistent dataset.
"""

from __future__ import annotations

import bisect
import contextlib
import csv
import errno
import os
import shutil
import re
import unicodedata
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional, Sequence

import numpy as np

from .audio.decode import AudioStream
from .audio.encode import AudioWriter, encoding_for
from .audio.shaping import DEFAULT_FADE, shape_clip
from .document import EPS, NOT_HEARD, Document, Segment
from .errors import AlignerError, AudioError, Cancelled, ExportError
from .fsutil import atomic_open, remove_stale_temporaries_in
from .progress import CancelToken, Progress, ProgressCallback

CLIP_FORMATS = ("wav", "flac", "mp3")
METADATA_NAME = "metadata.csv"
METADATA_COLUMNS = ("file_name", "start", "end", "text", "speaker")
_SLUG_CHARS = 40


@dataclass(frozen=True)
class Clip:
    """One written clip."""

    index: int  #: the segment's index in the document
    path: str
    start: float  #: where the clip starts in the recording (padding included), seconds
    end: float
    text: str
    speaker: Optional[str] = None


@dataclass
class ClipReport:
    """What :func:`export_clips` did."""

    folder: str
    written: list[Clip] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  #: (segment index, why)
    metadata_path: Optional[str] = None
    sample_rate: Optional[int] = None  #: of the clips (the original recording's)
    channels: Optional[int] = None
    #: segment indices whose clip stayed below the loudness target (its peaks would clip, or it is nearly silent)
    held_back: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.written)


@dataclass(frozen=True)
class _Plan:
    index: int
    start: float
    end: float
    name: str
    segment: Segment


def slug(text: str, limit: int = _SLUG_CHARS) -> str:
    """A short, file-name-safe ASCII version of ``text`` ("Hello, world!" -> "hello-world")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(s) > limit:
        cut = s.rfind("-", 0, limit + 1)
        s = s[:cut if cut > limit // 2 else limit].strip("-")
    return s


def _speech_span(seg: Segment) -> tuple[float, float]:
    """Where a timed segment's speech is: its first word's start to its last word's end."""
    spoken = [w for w in seg.words if w.timed and not w.cue]
    if spoken:
        return spoken[0].start, spoken[-1].end
    return seg.start, seg.end


class _Neighbours:
    """Answers "where does the nearest other speech end before t / start after t"."""

    def __init__(self, spans: list[tuple[float, float]]):
        by_start = sorted(spans)
        self._starts = [s for s, _ in by_start]
        self._ends_so_far = list(np.maximum.accumulate([e for _, e in by_start])) if by_start else []
        by_end = sorted(spans, key=lambda se: se[1])
        self._ends = [e for _, e in by_end]
        starts = [s for s, _ in by_end]
        self._starts_after = list(np.minimum.accumulate(starts[::-1])[::-1]) if by_end else []

    def end_before(self, t: float) -> Optional[float]:
        """Latest end of speech that starts before ``t`` (may lie after ``t`` when it overlaps)."""
        k = bisect.bisect_left(self._starts, t - EPS)
        return float(self._ends_so_far[k - 1]) if k else None

    def start_after(self, t: float) -> Optional[float]:
        """Earliest start of speech that ends after ``t``."""
        k = bisect.bisect_right(self._ends, t + EPS)
        return float(self._starts_after[k]) if k < len(self._ends) else None


def clip_bounds(doc: Document, pad: float) -> dict[int, tuple[float, float]]:
    """Padded (start, end) of every timed segment, the padding limited to half the gap to other speech.

    A segment's own speech never counts as its neighbour: it starts at or after
    the segment's start and ends at or before its end, and the look-ups are strict.
    """
    spans = [_speech_span(s) for s in doc.segments if s.timed]
    speech = _Neighbours(spans + [(u.start, u.end) for u in doc.unscripted])
    bounds = {}
    for i, seg in enumerate(doc.segments):
        if not seg.timed:
            continue
        before = speech.end_before(seg.start)
        after = speech.start_after(seg.end)
        left = pad if before is None else min(pad, max(0.0, (seg.start - before) / 2))
        right = pad if after is None else min(pad, max(0.0, (after - seg.end) / 2))
        end = seg.end + right
        if doc.audio_duration is not None:
            end = min(end, max(doc.audio_duration, seg.end))
        bounds[i] = (max(0.0, seg.start - left), end)
    return bounds


def export_clips(doc: Document, audio_path: str, out_dir: str, format: str = "wav", pad: float = 0.15,
                 indices: Optional[Sequence[int]] = None, progress: Optional[ProgressCallback] = None,
                 cancel: Optional[CancelToken] = None, fade: float = DEFAULT_FADE,
                 normalize: Optional[float] = None) -> ClipReport:
    """Write one ``format`` file per timed segment of ``doc`` (or of ``indices``) into ``out_dir``.

    Files are named ``0007_the-first-words-of-the-text.wav`` (the segment's
    number in the document, counting from 1).  Segments without times or whose
    text was not heard are skipped and listed in the report.  ``fade`` is the
    fade in and out (seconds, 0 for none); ``normalize`` a loudness (RMS dBFS,
    e.g. -20) every clip is brought to, or None to keep the recording's.  Raises
    :class:`ExportError` for an unaligned document, a bad format or a folder
    that cannot be made; :class:`~aligner.errors.AudioError` when the audio
    cannot be read; :class:`Cancelled` when ``cancel`` is set (see the module
    docstring for what stays behind).
    """
    kind = format.lower().lstrip(".")
    if kind not in CLIP_FORMATS:
        raise ExportError(f"Clips can be written as {', '.join(CLIP_FORMATS)}, not {format!r}.")
    if not 0 <= pad <= 5:
        raise ExportError(f"The padding around clips must be between 0 and 5 seconds (got {pad:g}).")
    if not 0 <= fade <= 1:
        raise ExportError(f"The fade at each end of a clip must be between 0 and 1 second (got {fade:g}).")
    if normalize is not None and not -60 <= normalize <= 0:
        raise ExportError(f"The loudness to normalise clips to must be between -60 and 0 dBFS (got {normalize:g}).")
    if not any(s.timed for s in doc.segments):
        raise ExportError("This transcript is not aligned yet, so there is nothing to cut the audio at. "
                          "Align it first, then export clips.")
    chosen = range(len(doc.segments)) if indices is None else sorted(set(indices))
    wrong = [i for i in chosen if not 0 <= i < len(doc.segments)]
    if wrong:
        raise ExportError(f"There is no segment {wrong[0] + 1}; the transcript has {len(doc.segments)}.")
    report = ClipReport(os.path.abspath(out_dir))
    plans = _plan(doc, chosen, kind, pad, report)
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):
        raise ExportError(f"{out_dir} is a file, not a folder. Choose a folder for the clips (a new name is "
                          f"made into one).")
    made = not os.path.exists(out_dir)
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as e:
        raise ExportError(f"The folder {out_dir} could not be made ({_why(e)}). Choose another.") from None
    remove_stale_temporaries_in(out_dir)  # what a killed export left, once (not once per clip)
    if plans:
        try:
            _cut(plans, audio_path, report, kind, progress, cancel, fade, normalize)
        except (Cancelled, KeyboardInterrupt):  # the command line's Ctrl-C raises the latter
            raise _cancelled_keeping(report) from None
        except (OSError, RuntimeError, AlignerError) as e:  # PyAV wraps a failed write in a RuntimeError
            if isinstance(e, AudioError):
                raise
            _undo(report, made)
            raise ExportError(f"The clips could not be written to {out_dir} ({_failure(e, report.folder)}); "
                              f"no clips were written. Free some space or choose another folder.") from None
        try:
            _write_metadata(report)
        except KeyboardInterrupt:  # the command line's Ctrl-C while the list was written (the atomic write left none)
            raise _cancelled_keeping(report) from None
        except AlignerError as e:
            _undo(report, made)
            raise ExportError(f"{e} No clips were kept in {out_dir}, as they would not be listed.") from None
    if progress is not None:
        progress(Progress("Exporting clips", 1.0))
    return report


def _cancelled_keeping(report: ClipReport) -> Cancelled:
    """What to raise when the user cancelled: the clips finished before it stay, listed in ``metadata.csv``, and the
    :class:`Cancelled` says so (:attr:`~aligner.errors.Cancelled.kept`), so the command does not report "nothing was
    written" over a folder of clips."""
    if not report.written:
        return Cancelled()
    _write_metadata(report)
    n = len(report.written)
    return Cancelled(f"the {n} clip{'' if n == 1 else 's'} finished before it {'is' if n == 1 else 'are'} kept in "
                     f"{report.folder}, listed in {METADATA_NAME}")


def _why(e: OSError) -> str:
    if e.errno == errno.ENOSPC:
        return "the disk is full"
    if e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "no permission to write there" if e.errno != errno.EROFS else "the disk is read-only"
    return e.strerror or str(e)


def _failure(e: BaseException, folder: str) -> str:
    """Why writing failed, in words: PyAV reports a failed write of its output file as a callback error."""
    if isinstance(e, AlignerError):  # already in words (aligner.fsutil)
        text = str(e).rstrip(".")
        return text[:1].lower() + text[1:]
    cause = e if isinstance(e, OSError) else e.__cause__ or e.__context__
    if isinstance(cause, OSError):
        return _why(cause)
    try:
        if shutil.disk_usage(folder).free < 1 << 20:
            return "the disk is full"
    except OSError:
        pass
    return str(e) or type(e).__name__


def _undo(report: ClipReport, made: bool) -> None:
    """Remove the clips this run wrote (and the folder, if it made it and it is empty): nothing half-done."""
    for clip in report.written:
        with contextlib.suppress(OSError):
            os.unlink(clip.path)
    report.written.clear()
    if made:
        with contextlib.suppress(OSError):
            os.rmdir(report.folder)


def _plan(doc: Document, chosen: Iterable[int], kind: str, pad: float, report: ClipReport) -> list[_Plan]:
    bounds = clip_bounds(doc, pad)
    digits = max(4, len(str(len(doc.segments))))
    plans = []
    for i in chosen:
        seg = doc.segments[i]
        if not seg.timed:
            report.skipped.append((i, "not aligned yet"))
        elif seg.has(NOT_HEARD):
            report.skipped.append((i, "its text was not heard in the audio"))
        elif seg.end - seg.start <= EPS:
            report.skipped.append((i, "it has no duration"))
        else:
            words = slug(seg.text)
            name = f"{i + 1:0{digits}d}" + (f"_{words}" if words else "") + f".{kind}"
            plans.append(_Plan(i, *bounds[i], name, seg))
    plans.sort(key=lambda p: (p.start, p.index))
    return plans


class _Ahead:
    """Decoded samples from ``start`` on, read from the stream only as far as asked."""

    def __init__(self, chunks: Iterator[np.ndarray]):
        self._chunks = chunks
        self._parts: deque[np.ndarray] = deque()
        self.start = 0  #: sample index of the first kept sample
        self.end = 0  #: sample index after the last read sample

    def _read(self) -> bool:
        chunk = next(self._chunks, None)
        if chunk is None:
            return False
        self._parts.append(chunk)
        self.end += len(chunk)
        return True

    def forget_before(self, pos: int) -> None:
        while self._parts and self.start + len(self._parts[0]) <= pos:
            self.start += len(self._parts.popleft())

    def skip_to(self, pos: int) -> bool:
        """Read until sample ``pos`` is there, forgetting what lies before it; False if the audio ends first."""
        while self.end <= pos:
            self.forget_before(pos)
            if not self._read():
                return False
        self.forget_before(pos)
        return True

    def take(self, pos: int, stop: int) -> np.ndarray:
        """Samples from ``pos`` (already read) towards ``stop``: one part's worth, reading more when needed."""
        if pos >= self.end and not self._read():
            return np.zeros((0, 1), np.int16)
        offset = self.start
        for part in self._parts:
            if offset + len(part) > pos:
                return part[pos - offset:min(stop - offset, len(part))]
            offset += len(part)
        raise AssertionError("samples asked for were already forgotten")


def _cut(plans: list[_Plan], audio_path: str, report: ClipReport, kind: str,
         progress: Optional[ProgressCallback], cancel: Optional[CancelToken], fade: float = DEFAULT_FADE,
         normalize: Optional[float] = None) -> None:
    """Decode the recording once, front to back, writing each clip as the decoder passes it."""
    encoding = encoding_for(kind)
    with AudioStream(audio_path, max_channels=2) as stream:
        rate, channels = stream.rate, stream.channels
        report.sample_rate, report.channels = rate, channels
        audio = _Ahead(stream.chunks(cancel))
        total = max(1, round(max(p.end for p in plans) * rate))
        reported = -1.0
        for k, plan in enumerate(plans):
            if cancel is not None:
                cancel.check()
            a = round(plan.start * rate)
            b = max(a + 1, round(plan.end * rate))
            # Samples the next clip needs are kept even when this one runs past its start (overlap).
            keep_from = min(b, round(plans[k + 1].start * rate)) if k + 1 < len(plans) else b
            if not audio.skip_to(a):
                report.skipped.append((plan.index, "it starts after the end of the audio"))
                continue
            path = os.path.join(report.folder, plan.name)
            pos = a
            blocks = []
            while pos < b:
                if cancel is not None:
                    cancel.check()  # nothing of this clip was written yet
                block = audio.take(pos, b)
                if not len(block):
                    break
                blocks.append(block)
                pos += len(block)
                audio.forget_before(min(pos, keep_from))
                if progress is not None and audio.end / total - reported >= 0.005:
                    reported = audio.end / total
                    progress(Progress("Exporting clips", min(0.99, reported)))
            samples = np.concatenate(blocks) if blocks else np.zeros((0, channels), np.int16)
            shaped = shape_clip(samples, rate, fade, normalize)
            if shaped.limited:
                report.held_back.append(plan.index)
            with atomic_open(path, "wb", clean=False) as fh, AudioWriter(fh, encoding, rate, channels) as writer:
                writer.write(shaped.samples)
            report.written.append(Clip(plan.index, path, a / rate, pos / rate, plan.segment.text,
                                       plan.segment.speaker))


def _write_metadata(report: ClipReport) -> None:
    path = os.path.join(report.folder, METADATA_NAME)
    with atomic_open(path, "w", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(METADATA_COLUMNS)
        for clip in sorted(report.written, key=lambda c: c.index):
            out.writerow([os.path.basename(clip.path), f"{clip.start:.3f}", f"{clip.end:.3f}", clip.text,
                          clip.speaker or ""])
    report.metadata_path = path
