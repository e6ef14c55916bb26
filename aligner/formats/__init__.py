"""Every transcript format Aligner reads and writes, behind one small API.

Reading::

    doc = read_transcript("talk.srt")               # format from the extension or the content
    doc = parse_transcript(text)                    # SRT/VTT/JSON/... recognised by content

Writing::

    write_document(doc, "talk.vtt")                 # format from the extension
    write_document(doc, "out.txt", "original")      # the input's own format, with fresh times
    text = render(doc, "srt", ExportOptions(max_chars_per_line=37))

Formats (keys): ``srt``, ``vtt``, ``txt`` (plain), ``web`` (talk-page transcripts
with inline stamps), ``json``, ``csv``, ``textgrid``, ``audacity``.  Each is
one module; :mod:`.registry` lists them.  Errors are :class:`TranscriptError`
(reading) and :class:`ExportError` (writing), with messages for the user.

What a format needs to write a file back is kept in ``doc.metadata`` (plain
JSON, saved with the project), keyed by segment id so it survives edits:

``layout``
    plain text and web pages (:class:`.runningtext.Layout`): the page furniture
    above the talk, what stood before each segment (line breaks, turn dashes,
    names, stamps), stamps inside a segment, the page's stamp style.
``cue_lines``
    SRT/WebVTT: the file's own line breaks of multi-line cues, reused while the
    text is unchanged and still fits.
``source_file``
    encoding, byte-order mark and line ends of the file read ("original" keeps
    the line ends; everything is written as UTF-8).
"""

from __future__ import annotations

import os
from typing import Optional

from ..document import Document
from ..errors import AlignerError, ExportError, TranscriptError
from ..text import split_words, word_tokens
from ..fsutil import atomic_write
from .base import Format, FormatInfo
from .htmlpage import looks_like_html, visible_text
from .options import ExportOptions
from .registry import FORMATS, export_extensions, export_key_for_extension, extension, guess_format, \
    import_key_for_extension
from .textfile import TextInfo, normalize_text, read_text, with_newlines
from .timecode import format_like, format_timecode, parse_timecode, srt_timestamp, vtt_timestamp

__all__ = [
    "ExportOptions", "FormatInfo", "read_transcript", "parse_transcript", "write_document", "render",
    "export_formats", "import_formats", "format_for_path", "guess_format",
    "parse_timecode", "format_timecode", "format_like", "srt_timestamp", "vtt_timestamp",
    "ORIGINAL", "SOURCE_FILE_KEY", "take_import_warnings", "check_export_format",
]

#: The format name that means "the format the document was read from".
ORIGINAL = "original"
#: doc.metadata key: how the source file was stored ({"encoding", "bom", "newline"}).
SOURCE_FILE_KEY = "source_file"
#: doc.metadata key a reader puts notes for the user under (what it could not read); taken off by the caller.
WARNINGS_KEY = "import_warnings"


def take_import_warnings(doc: Document) -> list[str]:
    """The reader's notes for the user about ``doc`` (e.g. unreadable cue times), removed from the document.

    They are news for the moment of opening, not part of the talk: the caller
    shows them (the CLI as warnings, the window in a dialog) and they are not saved.
    """
    notes = doc.metadata.pop(WARNINGS_KEY, None)
    return [str(n) for n in notes] if isinstance(notes, list) else []


def export_formats() -> list[FormatInfo]:
    """The formats a document can be written in (for the export dialog and ``--format``)."""
    return [f.info for f in FORMATS.values() if f.can_write]


def import_formats() -> list[FormatInfo]:
    """The formats a transcript can be read from (for the open dialog)."""
    return [f.import_info for f in FORMATS.values() if f.can_read]


def format_for_path(path: str, for_export: bool = True) -> Optional[str]:
    """The format key a file name implies.

    For export, raises :class:`ExportError` when the extension is unknown.  For
    import, returns None when the content decides (``.txt``, ``.md``, unknown
    extensions): pass None as the format to :func:`read_transcript` then.
    """
    ext = extension(path)
    if not for_export:
        return import_key_for_extension(ext)
    key = export_key_for_extension(ext)
    if key is None:
        shown = f"“{ext}”" if ext else "a file name without an extension"
        raise ExportError(f"Aligner cannot tell which format to write from {shown}. "
                          f"Use one of {', '.join(export_extensions())}, or choose a format.")
    return key


def _format(key: str, error: type[AlignerError]) -> Format:
    fmt = FORMATS.get(key.strip().lower().lstrip(".")) if isinstance(key, str) else None
    if fmt is None:
        fmt = FORMATS.get(export_key_for_extension("." + str(key).strip().lower().lstrip(".")) or "")
    if fmt is None:
        raise error(f"“{key}” is not a format Aligner knows. Known formats: {', '.join(FORMATS)}.")
    return fmt


# ----------------------------------------------------------------------------- reading
def read_transcript(path: str, format: Optional[str] = None) -> Document:
    """Read a transcript file.  The format comes from ``format``, the extension, or the content.

    Sets ``doc.source_format`` (a registry key) and ``doc.source_path``.
    Raises :class:`TranscriptError` with a message for the user.
    """
    path = os.fspath(path)
    text, info = read_text(path)
    name = os.path.basename(path)
    if format is not None:
        key = _format(format, TranscriptError).key
    elif extension(path) in (".html", ".htm", ".xhtml") or looks_like_html(text) and not _subtitles(text):
        text, key = _from_page(text, name)
    else:
        key = import_key_for_extension(extension(path))
        guessed = guess_format(text)
        # The content wins when it is unmistakably another format (a WebVTT file saved as .srt).
        if key is None or (FORMATS[guessed].identified_by_extension and not FORMATS[key].sniff(text)):
            key = guessed
    doc = _parse(text, key, name, info)
    doc.source_path = os.path.abspath(path)
    return doc


def parse_transcript(text: str, format: Optional[str] = None, name: str = "") -> Document:
    """A Document from transcript text; the format is guessed from the content when not given.

    SRT, WebVTT, JSON, TextGrid, CSV and Audacity labels are recognised by their
    content; otherwise a text with inline stamps, ``- `` turns, speaker names
    or a Transcript heading is a web transcript, anything else plain text.
    """
    label = name or "The transcript"
    text, newline = normalize_text(text, label)
    if format is not None:
        key = _format(format, TranscriptError).key
    elif looks_like_html(text) and not _subtitles(text):
        text, key = _from_page(text, label)
    else:
        key = guess_format(text)
    return _parse(text, key, name, TextInfo("utf-8", False, newline))


def _subtitles(text: str) -> bool:
    """SRT and WebVTT cues carry a few tags of their own (``<i>``, ``<v Name>``): not a web page."""
    return guess_format(text) in ("srt", "vtt")


def _from_page(markup: str, name: str) -> tuple[str, str]:
    """The visible text of an HTML page and the format it is in; refuses a page that shows no text."""
    text = visible_text(markup)
    if not text.strip():
        raise TranscriptError(f"{name or 'The file'} is a web page (HTML) with no visible text. Open the page in "
                              f"a browser, copy the transcript into a plain text file (.txt) and open that.")
    return text, guess_format(text)


def _parse(text: str, key: str, name: str, info: TextInfo) -> Document:
    fmt = FORMATS[key]
    if not fmt.can_read:
        raise TranscriptError(f"Aligner can write {fmt.name} but not read it.")
    doc = fmt.parse(text, name, info)
    if not any(word_tokens(w.text) for s in doc.segments for w in split_words(s.text) if not w.cue):
        raise TranscriptError(f"{name or 'The transcript'} holds no words, only punctuation or symbols. "
                              f"Choose the file that holds the text of the talk.")
    doc.source_format = key
    doc.metadata[SOURCE_FILE_KEY] = info.to_metadata()
    return doc


# ----------------------------------------------------------------------------- writing
def _export_format(doc: Document, format: Optional[str], path: Optional[str]) -> Format:
    if format is None:
        if path is None:
            raise ExportError("Choose a format to export.")
        return FORMATS[format_for_path(path)]
    if format.strip().lower() == ORIGINAL:
        fmt = FORMATS.get(doc.source_format or "")
        if fmt is None or not fmt.can_write:
            raise ExportError("This transcript was not read from a file Aligner can write back, "
                              "so it has no original format. Choose a format to export.")
        return fmt
    return _format(format, ExportError)


def check_export_format(format: str) -> None:
    """Raise :class:`ExportError` unless ``format`` names an export format (or "original")."""
    if format.strip().lower() != ORIGINAL:
        _format(format, ExportError)


def render(doc: Document, format: str, options: Optional[ExportOptions] = None) -> str:
    """The text :func:`write_document` writes for ``doc`` in ``format`` (a key, or "original")."""
    fmt = _export_format(doc, format, None)
    text = fmt.render(doc, options or ExportOptions())
    if fmt.key == doc.source_format and fmt.follows_source_newlines:
        source = doc.metadata.get(SOURCE_FILE_KEY)
        newline = source.get("newline") if isinstance(source, dict) else None
        if newline in ("\r\n", "\r"):
            text = with_newlines(text, newline)
    return text


def write_document(doc: Document, path: str, format: Optional[str] = None,
                   options: Optional[ExportOptions] = None) -> None:
    """Write ``doc`` to ``path`` atomically (the old file stays intact if anything fails).

    The format comes from ``format`` (a key, or "original" for the format the
    document was read from) or else from the extension of ``path``.  Raises
    :class:`ExportError` with a message for the user.
    """
    path = os.fspath(path)
    fmt = _export_format(doc, format, path)
    text = render(doc, fmt.key, options)
    try:
        atomic_write(path, text, encoding=fmt.encoding)
    except ExportError:
        raise
    except AlignerError as e:
        raise ExportError(str(e)) from None
