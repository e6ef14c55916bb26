"""The shape every format module has, and the description a file dialog shows.

A format is one small module (``subrip.py``, ``webvtt.py`` ...) defining a
subclass of :class:`Format`.  It can read (``parse``), write (``render``) or
both, and may say whether a text looks like it (``sniff``), which is how a
transcript is recognised when its file extension says nothing (``.txt``).
:mod:`aligner.formats.registry` lists them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from ..document import Document
from .options import ExportOptions
from .textfile import TextInfo


@dataclass(frozen=True)
class FormatInfo:
    """A format as the user sees it: for file dialogs and ``--format``."""

    key: str  #: registry key ("srt", "web" ...): what ``--format`` takes
    name: str  #: short display name ("SubRip subtitles")
    extensions: tuple[str, ...]  #: with the dot, first is the default (".srt",)
    description: str  #: one sentence for tooltips and ``--help``

    @property
    def dialog_filter(self) -> str:
        """A Qt file-dialog filter, e.g. ``"SubRip subtitles (*.srt)"``."""
        return f"{self.name} ({' '.join('*' + e for e in self.extensions)})"


class Format:
    """Base of all formats.  Subclasses set the class attributes and override what they support."""

    key: str = ""
    name: str = ""
    extensions: tuple[str, ...] = ()
    description: str = ""
    #: Extensions offered when a file is *opened* (defaults to ``extensions``).
    import_extensions: tuple[str, ...] = ()
    #: A file with one of this format's extensions is read as this format (not so for
    #: ".txt", which may hold plain text, a web transcript or Audacity labels).
    identified_by_extension: bool = True
    #: Written with the line ends of the file it was read from (CRLF stays CRLF).
    follows_source_newlines: bool = True
    #: Encoding written; "utf-8-sig" adds a byte-order mark (spreadsheets need it to see UTF-8).
    encoding: str = "utf-8"

    @property
    def info(self) -> FormatInfo:
        """How the format is offered for export."""
        return FormatInfo(self.key, self.name, self.extensions, self.description)

    @property
    def import_info(self) -> FormatInfo:
        """How the format is offered for opening."""
        return FormatInfo(self.key, self.name, self.import_extensions or self.extensions, self.description)

    @property
    def can_read(self) -> bool:
        return type(self).parse is not Format.parse

    @property
    def can_write(self) -> bool:
        return type(self).render is not Format.render

    def sniff(self, text: str) -> bool:
        """True when ``text`` is unmistakably in this format (used when the extension says nothing)."""
        return False

    def parse(self, text: str, name: str = "", info: Optional[TextInfo] = None) -> Document:
        """A Document from the decoded file text; raise TranscriptError when it is not this format."""
        raise NotImplementedError

    def render(self, doc: Document, options: ExportOptions) -> str:
        """The file text for ``doc`` (``\\n`` line ends); raise ExportError when it cannot be written."""
        raise NotImplementedError
