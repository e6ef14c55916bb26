"""Errors a user can act on.

Every failure the core expects (bad audio, bad transcript, missing model, a
damaged project) is raised as an :class:`AlignerError` whose message is written
for the person using the program: what happened and what to do.  The CLI prints
the message and exits non-zero; the window shows it in a dialog.  Anything else
is a bug.
"""


class AlignerError(Exception):
    """Base class: ``str(err)`` is a complete, user-facing sentence."""

    #: Short title for a dialog or the first word of a CLI error line.
    title = "Error"


class AudioError(AlignerError):
    title = "Cannot read the audio"


class TranscriptError(AlignerError):
    title = "Cannot read the transcript"


class ModelError(AlignerError):
    title = "Speech model unavailable"


class ProjectError(AlignerError):
    title = "Cannot open the project"


class ExportError(AlignerError):
    title = "Cannot export"


class EditError(AlignerError):
    """An edit that would break the document's invariants (e.g. split outside a segment)."""

    title = "Cannot make that edit"


class Cancelled(Exception):
    """Raised inside long work when the user cancelled it.  Not an error.

    ``kept`` says what the work had already finished and leaves behind (clips written before the cancel, with the
    metadata listing them), in words that follow "cancelled; "; empty when nothing was changed."""

    def __init__(self, kept: str = "") -> None:
        super().__init__(kept)
        self.kept = kept
