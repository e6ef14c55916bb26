"""Can this text be spoken in this much audio at all?  Asked before any recognition.

Nobody speaks much faster than about 20 characters a second (an auctioneer
manages 25-30); a transcript that would need 200 characters a second from 11 s
of audio belongs to something else, and aligning it first would only take
minutes (for megabytes of text, hours) to reach the same verdict.  The limit is
generous -- twice the fastest speech, plus some slack for very short audio --
so that only text that *cannot* fit is refused, never a fast talker.

Two checks: :func:`check_file_size` on the file's bytes before it is even
parsed (generous again: subtitle and JSON files carry markup around every word),
and :func:`check_fits` on the parsed document's spoken characters.
"""

from __future__ import annotations

from typing import Optional

from ..document import Document
from ..errors import TranscriptError
from ..text import split_words, word_tokens

#: Characters (of normalized words, with a space each) a second that no speech reaches: twice the fastest.
MAX_CHARS_PER_SECOND = 50.0
#: Slack for short recordings (a title read out in 2 s is still fine).
SLACK_CHARS = 400
#: File bytes a second of audio that no transcript file needs, markup included (Aligner's own JSON,
#: with every word's times and probability, is about 450 bytes a second of speech).
MAX_BYTES_PER_SECOND = 2500.0
SLACK_BYTES = 200_000


def _clock(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.1f} s"
    minutes = seconds / 60
    return f"{minutes:.0f} min" if minutes < 90 else f"{minutes / 60:.1f} h"


def spoken_chars(doc: Document) -> int:
    """Characters of the words that would be said (cues such as "[applause]" are not)."""
    return sum(sum(len(t) + 1 for t in word_tokens(w.text))
               for s in doc.segments for w in split_words(s.text) if not w.cue)


def _refuse(what: str, duration: float) -> TranscriptError:
    return TranscriptError(f"The transcript is far too long for the audio: {what} cannot be spoken in "
                           f"{_clock(duration)}. Check that you picked the right pair of files.")


def check_file_size(nbytes: int, duration: Optional[float]) -> None:
    """Refuse a transcript file too large to be the text of ``duration`` seconds, before reading it."""
    if duration is None or duration <= 0:
        return
    if nbytes > SLACK_BYTES + MAX_BYTES_PER_SECOND * duration:
        return_size = f"{nbytes / 1e6:.1f} MB" if nbytes >= 1e6 else f"{nbytes / 1e3:.0f} KB"
        raise _refuse(f"a file of {return_size}", duration)


def check_fits(doc: Document, duration: Optional[float]) -> None:
    """Refuse ``doc`` when its words could not be spoken in ``duration`` seconds even at twice the fastest rate."""
    if duration is None or duration <= 0:
        return
    chars = spoken_chars(doc)
    if chars > SLACK_CHARS + MAX_CHARS_PER_SECOND * duration:
        needed = chars / duration
        raise _refuse(f"{chars:,} characters of speech (that would be {needed:.0f} a second; "
                      f"people speak about 15)", duration)
