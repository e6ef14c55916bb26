"""What a WAV file's header promises, read directly: FFmpeg does not tell.

FFmpeg works out a WAV file's duration from the file's size, so a download cut
off half-way looks complete to it; the header's ``data`` chunk still says how
long the recording was meant to be.  And a header whose byte rate disagrees
with its sample rate, channels and sample size has been edited or damaged:
the audio will play at the wrong speed, which the recognizer hears as noise.
Only the RIFF chunk list is read (a few hundred bytes), never the samples.

Both promises are a PCM file's: its byte rate is its sample rate times its
frame size.  A WAV can also hold coded audio -- a broadcaster's MPEG Broadcast
Wave (MPEG-1 Layer II), a dictation machine's ADPCM, G.726 -- whose byte rate is
the codec's bit rate and whose "frame size" is a coded block's; there the byte
rate alone says how long the data lasts, and a mismatch means nothing.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Optional

#: Sizes that mean "unknown" (streamed WAV written before its length was known).
_UNKNOWN_SIZES = (0, 0xFFFFFFFF)
#: Format tags whose samples are stored as they are (PCM, IEEE float, A-law, mu-law): the byte rate is the sample
#: rate times the frame size.  WAVE_FORMAT_EXTENSIBLE (0xFFFE) says its own in the sub-format.
_UNCODED_TAGS = (0x0001, 0x0003, 0x0006, 0x0007)
_EXTENSIBLE = 0xFFFE


@dataclass(frozen=True)
class WavHeader:
    sample_rate: int
    channels: int
    block_align: int  #: bytes per sample frame (all channels)
    byte_rate: int  #: what the header says a second takes
    data_bytes: Optional[int]  #: the data chunk's declared size (None when unknown)
    coded: bool = False  #: the data is coded audio (MPEG, ADPCM, ...), not samples stored as they are

    @property
    def declared_duration(self) -> Optional[float]:
        if self.data_bytes is None:
            return None
        if self.coded:  # a coded stream's byte rate is its bit rate: that alone says how long it lasts
            return self.data_bytes / self.byte_rate if self.byte_rate else None
        if not self.block_align or not self.sample_rate:
            return None
        return self.data_bytes / self.block_align / self.sample_rate

    @property
    def consistent(self) -> bool:
        """The byte rate is what the sample rate, channels and sample size make (it always is, when written); a coded
        stream's byte rate is its codec's, which no header field can check."""
        return self.coded or self.byte_rate == self.sample_rate * self.block_align


def read_wav_header(path: str) -> Optional[WavHeader]:
    """The header of a RIFF/WAVE file, or None when ``path`` is not one (or the header is unreadable)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            fmt: Optional[tuple[int, int, int, int, bool]] = None
            for _ in range(64):  # chunks before "data" are few; a broken list must not loop forever
                chunk = fh.read(8)
                if len(chunk) < 8:
                    return None
                cid, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
                if cid == b"fmt ":
                    body = fh.read(size + (size & 1))
                    if len(body) < 16:
                        return None
                    tag, channels, rate, byte_rate, block_align = struct.unpack("<HHIIH", body[:14])
                    if tag == _EXTENSIBLE and len(body) >= 26:
                        tag = struct.unpack("<H", body[24:26])[0]  # the sub-format GUID's first two bytes
                    fmt = (channels, rate, byte_rate, block_align, tag not in _UNCODED_TAGS)
                elif cid == b"data":
                    if fmt is None:
                        return None
                    channels, rate, byte_rate, block_align, coded = fmt
                    return WavHeader(rate, channels, block_align, byte_rate,
                                     None if size in _UNKNOWN_SIZES else size, coded)
                else:
                    fh.seek(size + (size & 1), 1)
    except OSError:
        return None
    return None
