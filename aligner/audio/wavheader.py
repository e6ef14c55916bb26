"""What a WAV file's header promises, read directly: FFmpeg does not tell.

FFmpeg works out a WAV file's duration from the file's size, so a download cut
off half-way looks complete to it; the header's ``data`` chunk still says how
long the recording was meant to be.  And a header whose byte rate disagrees
with its sample rate, channels and sample size has been edited or damaged:
the audio will play at the wrong speed, which the recognizer hears as noise.
Only the RIFF chunk list is read (a few hundred bytes), never the samples.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Optional

#: Sizes that mean "unknown" (streamed WAV written before its length was known).
_UNKNOWN_SIZES = (0, 0xFFFFFFFF)


@dataclass(frozen=True)
class WavHeader:
    sample_rate: int
    channels: int
    block_align: int  #: bytes per sample frame (all channels)
    byte_rate: int  #: what the header says a second takes
    data_bytes: Optional[int]  #: the data chunk's declared size (None when unknown)

    @property
    def declared_duration(self) -> Optional[float]:
        if self.data_bytes is None or not self.block_align or not self.sample_rate:
            return None
        return self.data_bytes / self.block_align / self.sample_rate

    @property
    def consistent(self) -> bool:
        """The byte rate is what the sample rate, channels and sample size make (it always is, when written)."""
        return self.byte_rate == self.sample_rate * self.block_align


def read_wav_header(path: str) -> Optional[WavHeader]:
    """The header of a RIFF/WAVE file, or None when ``path`` is not one (or the header is unreadable)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            fmt: Optional[tuple[int, int, int, int]] = None
            for _ in range(64):  # chunks before "data" are few; a broken list must not loop forever
                chunk = fh.read(8)
                if len(chunk) < 8:
                    return None
                cid, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
                if cid == b"fmt ":
                    body = fh.read(size + (size & 1))
                    if len(body) < 16:
                        return None
                    _, channels, rate, byte_rate, block_align = struct.unpack("<HHIIH", body[:14])
                    fmt = (channels, rate, byte_rate, block_align)
                elif cid == b"data":
                    if fmt is None:
                        return None
                    channels, rate, byte_rate, block_align = fmt
                    return WavHeader(rate, channels, block_align, byte_rate,
                                     None if size in _UNKNOWN_SIZES else size)
                else:
                    fh.seek(size + (size & 1), 1)
    except OSError:
        return None
    return None
