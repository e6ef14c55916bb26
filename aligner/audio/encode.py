"""Encode PCM samples to wav, flac, mp3, m4a or ogg/opus files with PyAV.

Clip export needs flac and mp3, and there is no ffmpeg program to hand them
to (pydub shells out to one for everything but WAV), so samples are encoded
in-process with the FFmpeg libraries PyAV bundles.  :class:`AudioWriter`
streams: a 3-hour file can be written chunk by chunk without ever holding it
in memory.  Tests and benchmarks use it to make real files of every format.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import BinaryIO, Optional, Union

import numpy as np

from ..fsutil import atomic_open


@dataclass(frozen=True)
class Encoding:
    """How one kind of audio file is written: container, codec and its settings."""

    container: str  #: FFmpeg muxer name
    codec: str  #: FFmpeg encoder name
    bits_per_channel: Optional[int] = None  #: bitrate per channel for lossy codecs (bit/s)
    options: dict = field(default_factory=dict)


#: Encodings by file extension.
ENCODINGS: dict[str, Encoding] = {
    "wav": Encoding("wav", "pcm_s16le"),
    "flac": Encoding("flac", "flac"),
    "mp3": Encoding("mp3", "libmp3lame", bits_per_channel=96_000),
    "m4a": Encoding("ipod", "aac", bits_per_channel=96_000),
    "ogg": Encoding("ogg", "libopus", bits_per_channel=48_000),
    "opus": Encoding("opus", "libopus", bits_per_channel=48_000),
}


def encoding_for(path_or_kind: str) -> Encoding:
    """The :class:`Encoding` for a file name (by extension) or a kind such as ``"flac"``."""
    kind = path_or_kind.rsplit(".", 1)[-1].lower()
    try:
        return ENCODINGS[kind]
    except KeyError:
        raise ValueError(f"no encoder for {kind!r}; known: {', '.join(ENCODINGS)}") from None


def supported_rate(codec: str, rate: int) -> int:
    """The sample rate to encode ``rate`` audio at with ``codec`` (mp3 and opus accept only a few)."""
    import av

    rates = av.codec.Codec(codec, "w").audio_rates
    if not rates or rate in rates:
        return rate
    higher = [r for r in rates if r >= rate]
    return min(higher) if higher else max(rates)


class AudioWriter:
    """Write int16 or float32 PCM to an encoded audio file, chunk by chunk.

    ``samples`` passed to :meth:`write` are shaped ``(n,)`` for mono or
    ``(n, channels)``; PyAV converts the sample format, re-blocks to the codec's
    frame size and, when the codec does not take ``rate`` (mp3 above 48 kHz,
    opus), resamples.
    """

    def __init__(self, file: Union[str, os.PathLike, BinaryIO], encoding: Union[str, Encoding], rate: int,
                 channels: int = 1):
        import av

        self.encoding = encoding_for(encoding) if isinstance(encoding, str) else encoding
        self.rate = rate
        self.channels = channels
        self._layout = "mono" if channels == 1 else "stereo" if channels == 2 else f"{channels}c"
        self._container = av.open(file, "w", format=self.encoding.container)
        try:
            out_rate = supported_rate(self.encoding.codec, rate)
            self._stream = self._container.add_stream(self.encoding.codec, rate=out_rate, layout=self._layout,
                                                      options=dict(self.encoding.options))
            if self.encoding.bits_per_channel:
                self._stream.codec_context.bit_rate = self.encoding.bits_per_channel * channels
        except BaseException:
            self._container.close()
            raise
        self._written = 0

    def write(self, samples: np.ndarray) -> None:
        import av

        samples = np.asarray(samples)
        if samples.ndim == 1:
            samples = samples[:, None]
        if samples.shape[1] != self.channels:
            raise ValueError(f"expected {self.channels} channels, got {samples.shape[1]}")
        if len(samples) == 0:
            return
        if samples.dtype == np.int16:
            fmt = "s16"
        else:
            samples = samples.astype(np.float32, copy=False)
            fmt = "flt"
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples).reshape(1, -1), format=fmt,
                                           layout=self._layout)
        frame.sample_rate = self.rate
        frame.pts = self._written
        self._written += len(samples)
        for packet in self._stream.encode(frame):
            self._container.mux(packet)

    def close(self) -> None:
        """Flush the encoder and finish the file (also when nothing was written)."""
        if self._container is None:
            return
        try:
            for packet in self._stream.encode(None):
                self._container.mux(packet)
        finally:
            self._container.close()
            self._container = None

    def abort(self) -> None:
        """Close without flushing (the file is being thrown away)."""
        if self._container is not None:
            self._container.close()
            self._container = None

    def __enter__(self) -> "AudioWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_audio(path: Union[str, os.PathLike], samples: np.ndarray, rate: int,
                encoding: Union[str, Encoding, None] = None) -> None:
    """Encode ``samples`` into ``path`` atomically; the encoding follows the extension unless given."""
    path = os.fspath(path)
    samples = np.asarray(samples)
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    with atomic_open(path, "wb") as fh:
        with AudioWriter(fh, encoding or encoding_for(path), rate, channels) as writer:
            writer.write(samples)
