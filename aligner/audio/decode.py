"""Decode wav, mp3, m4a/aac, flac, ogg/opus and the audio of mp4/mkv/webm with PyAV.

Everything is brought to 16 kHz mono, the rate Whisper and pocketsphinx want.
Samples are kept as int16 (2 bytes a sample): a 3-hour talk is 345 MB, and
float32 copies are made only for the window being worked on.  Decoding streams
frame by frame into a growing buffer, so peak memory stays near the final size.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..errors import AudioError, Cancelled
from ..progress import CancelToken, ProgressCallback, Progress

SAMPLE_RATE = 16000


@dataclass
class Audio:
    """A decoded recording: 16 kHz mono int16 samples and where they came from."""

    path: Optional[str]
    samples: np.ndarray  #: int16, mono, SAMPLE_RATE
    sample_rate: int = SAMPLE_RATE

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate

    def index(self, t: float) -> int:
        """Sample index of time ``t`` (clamped to the recording)."""
        return int(min(max(round(t * self.sample_rate), 0), len(self.samples)))

    def float32(self, start: float = 0.0, end: Optional[float] = None) -> np.ndarray:
        """Samples of [start, end) as float32 in [-1, 1] (a copy)."""
        a = self.index(start)
        b = len(self.samples) if end is None else self.index(end)
        return self.samples[a:b].astype(np.float32) / 32768.0

    @classmethod
    def from_float(cls, samples: np.ndarray, path: Optional[str] = None) -> "Audio":
        pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).astype(np.int16)
        return cls(path, pcm)


class _Growing:
    """An int16 buffer that doubles when full (amortized O(1) appends, no list of chunks)."""

    def __init__(self, capacity: int):
        self.data = np.empty(max(capacity, SAMPLE_RATE), dtype=np.int16)
        self.n = 0

    def append(self, x: np.ndarray) -> None:
        need = self.n + len(x)
        if need > len(self.data):
            grown = np.empty(max(need, int(len(self.data) * 1.5)), dtype=np.int16)
            grown[:self.n] = self.data[:self.n]
            self.data = grown
        self.data[self.n:need] = x
        self.n = need

    def result(self) -> np.ndarray:
        if len(self.data) - self.n > SAMPLE_RATE:  # give back the slack
            return self.data[:self.n].copy()
        return self.data[:self.n]


def _open(path: str):
    import av  # imported here: PyAV is heavy and only needed when decoding

    if not os.path.exists(path):
        raise AudioError(f"The audio file {path} does not exist.")
    if os.path.isdir(path):
        raise AudioError(f"{path} is a folder, not an audio file.")
    if os.path.getsize(path) == 0:
        raise AudioError(f"The audio file {path} is empty.")
    try:
        container = av.open(path, metadata_errors="ignore")
    except (av.FFmpegError, OSError, UnicodeDecodeError, ValueError) as e:
        raise AudioError(f"{os.path.basename(path)} is not an audio or video file Aligner can read "
                         f"({_reason(e)}). Supported: wav, mp3, m4a/aac, flac, ogg/opus, mp4, mkv, webm.") from None
    if not container.streams.audio:
        container.close()
        raise AudioError(f"{os.path.basename(path)} has no audio track.")
    return container


def _reason(e: Exception) -> str:
    text = str(e).split(":")[-1].strip() if str(e) else type(e).__name__
    return text or type(e).__name__


def probe_duration(path: str) -> Optional[float]:
    """Duration in seconds from the container header (fast; None when the file does not say)."""
    container = _open(path)
    try:
        stream = container.streams.audio[0]
        if stream.duration is not None and stream.time_base is not None:
            return float(stream.duration * stream.time_base)
        if container.duration is not None:
            return container.duration / 1_000_000
        return None
    finally:
        container.close()


def load_audio(path: str, progress: Optional[ProgressCallback] = None,
               cancel: Optional[CancelToken] = None) -> Audio:
    """Decode the first audio track of ``path`` to 16 kHz mono int16.

    Raises :class:`AudioError` with a readable message for missing, empty,
    corrupt or audio-less files; :class:`Cancelled` when ``cancel`` is set.
    """
    import av

    container = _open(path)
    try:
        stream = container.streams.audio[0]
        stream.thread_type = "AUTO"
        total = None
        if stream.duration is not None and stream.time_base is not None:
            total = float(stream.duration * stream.time_base)
        elif container.duration:
            total = container.duration / 1_000_000
        buf = _Growing(int((total or 60) * SAMPLE_RATE) + SAMPLE_RATE)
        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        decoded_frames = 0
        try:
            for frame in container.decode(stream):
                frame.pts = None  # let the resampler count samples itself (robust to broken timestamps)
                for out in resampler.resample(frame):
                    buf.append(out.to_ndarray().reshape(-1))
                decoded_frames += 1
                if decoded_frames % 200 == 0:
                    if cancel is not None:
                        cancel.check()
                    if progress is not None and total:
                        progress(Progress("Decoding audio", min(1.0, buf.n / SAMPLE_RATE / total)))
            for out in resampler.resample(None):
                buf.append(out.to_ndarray().reshape(-1))
        except Cancelled:
            raise
        except (av.FFmpegError, ValueError, OSError) as e:
            if buf.n < SAMPLE_RATE // 10:
                raise AudioError(f"{os.path.basename(path)} could not be decoded ({_reason(e)}); "
                                 f"the file may be damaged.") from None
            # A damaged tail: keep what decoded (a truncated download is still worth aligning).
        if buf.n == 0:
            raise AudioError(f"{os.path.basename(path)} contains no audio samples.")
        if progress is not None:
            progress(Progress("Decoding audio", 1.0))
        return Audio(os.path.abspath(path), buf.result())
    finally:
        container.close()
