"""Transcript files as text: encodings, line ends, and files that are not text at all.

People bring transcripts from everywhere: UTF-8 with or without a byte-order
mark, UTF-16 from Windows tools, cp1252 from old editors, CRLF or bare CR line
ends.  :func:`decode` turns all of them into one ``str`` with ``\\n`` line ends
and says what it found (:class:`TextInfo`), so a file can be written back the
way it came.  Empty, binary and absurdly large files are refused with a message
that says what to do.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass

from ..errors import TranscriptError

#: Larger files are refused: 20 MB of text is hundreds of hours of speech; anything
#: bigger is almost certainly not a transcript and would only make the program crawl.
MAX_BYTES = 20 * 1024 * 1024

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

#: Signatures of common non-text files people pick by mistake, with advice.
_MAGIC = (
    (b"%PDF", "a PDF document. Copy its text into a plain text file (.txt) and open that"),
    (b"PK\x03\x04", "a Word, OpenDocument or ZIP file. Save it as plain text (.txt) first"),
    (b"{\\rtf", "a rich-text (RTF) document. Save it as plain text (.txt) first"),
    (b"\xd0\xcf\x11\xe0", "an old Word document. Save it as plain text (.txt) first"),
)


@dataclass(frozen=True)
class TextInfo:
    """What a transcript file looked like before decoding."""

    encoding: str  #: "utf-8", "utf-16-le", "cp1252" ...
    bom: bool  #: it started with a byte-order mark
    newline: str  #: its most common line end: "\n", "\r\n" or "\r"

    def to_metadata(self) -> dict:
        return {"encoding": self.encoding, "bom": self.bom, "newline": self.newline}


def read_text(path: str) -> tuple[str, TextInfo]:
    """Read and decode a transcript file (see :func:`decode`)."""
    name = os.path.basename(path) or path
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise TranscriptError(
                f"{name} is {size / 1024 / 1024:.0f} MB, far too large for a transcript "
                f"(the limit is {MAX_BYTES // 1024 // 1024} MB). Check that you chose the right file.")
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise TranscriptError(f"{name} is a folder, not a transcript file.") from None
    except FileNotFoundError:
        raise TranscriptError(f"{path} does not exist. Check the name and the folder.") from None
    except PermissionError:
        raise TranscriptError(f"No permission to read {path}.") from None
    except OSError as e:
        raise TranscriptError(f"Could not read {path}: {e.strerror or e}.") from None
    return decode(data, name)


def decode(data: bytes, name: str = "The transcript") -> tuple[str, TextInfo]:
    """Text of a transcript file with ``\\n`` line ends, and how it was stored.

    Raises :class:`TranscriptError` for empty, whitespace-only, binary or too large input.
    """
    if len(data) > MAX_BYTES:
        raise TranscriptError(f"{name} is far too large for a transcript (over "
                              f"{MAX_BYTES // 1024 // 1024} MB). Check that you chose the right file.")
    for magic, advice in _MAGIC:
        if data.startswith(magic):
            raise TranscriptError(f"{name} is {advice}.")
    encoding, bom, text = _decode_bytes(data, name)
    text, newline = normalize_text(text, name)
    return text, TextInfo(encoding, bom, newline)


def normalize_text(text: str, name: str = "The transcript") -> tuple[str, str]:
    """``text`` with ``\\n`` line ends and no byte-order mark, and the line end it mostly used.

    Raises :class:`TranscriptError` for empty, whitespace-only, binary or too large text.
    """
    if len(text) > MAX_BYTES:
        raise TranscriptError(f"{name} is far too large for a transcript (over "
                              f"{MAX_BYTES // 1024 // 1024} MB of text). Check that you chose the right file.")
    if _looks_binary(text):
        raise TranscriptError(f"{name} does not look like text (it holds binary data). "
                              f"Choose a plain text, subtitle (.srt, .vtt) or JSON transcript.")
    crlf, lf, cr = text.count("\r\n"), text.count("\n"), text.count("\r")
    lf, cr = lf - crlf, cr - crlf
    newline = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))[1] if crlf or lf or cr else "\n"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if text.startswith("\ufeff"):  # a mark decoded as text (or a second one)
        text = text[1:]
    if not text.strip():
        raise TranscriptError(f"{name} is empty. Choose a file that contains the transcript of the talk.")
    return text, newline


def _decode_bytes(data: bytes, name: str) -> tuple[str, bool, str]:
    for mark, encoding, codec in _BOMS:
        if data.startswith(mark):
            try:
                return encoding, True, data.decode(codec)
            except UnicodeDecodeError:
                raise TranscriptError(f"{name} says it is {encoding.upper()} text but is damaged; "
                                      f"save it again as UTF-8.") from None
    guess = _utf16_without_bom(data)
    if guess:
        try:
            return guess, False, data.decode(guess)
        except UnicodeDecodeError:
            pass
    try:
        return "utf-8", False, data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; those map to the same code points as Latin-1.
    return "cp1252", False, "".join(
        ch if ch != "\ufffd" else chr(b) for ch, b in zip(data.decode("cp1252", errors="replace"), data))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text written without a mark: mostly-ASCII text has a zero in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) / 2)
    odd_zero = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zero > 0.6 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.6 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    """NUL characters, or many control characters that text never contains."""
    if "\x00" in text:
        return True
    sample = text[:65536]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return controls > max(8, len(sample) // 100)


def with_newlines(text: str, newline: str = "\n") -> str:
    """``text`` (``\\n`` line ends) with the line ends a source file used."""
    return text if newline == "\n" else text.replace("\n", newline)
