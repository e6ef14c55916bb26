"""What an export may change about the presentation (not the content) of a document."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ExportError

#: What subtitle exports do with text the audio does not contain (a stage direction, a summary):
#: leave it out, show it across the pause it was put in, or keep the short span alignment gave it.
NOT_HEARD_CHOICES = ("omit", "pause", "keep")


@dataclass(frozen=True)
class ExportOptions:
    """Subtitle readability and text-export settings (the export dialog and ``--format`` options).

    The defaults follow common subtitling guidelines (42 characters per line, two
    lines, at most 7 s on screen, at least 1 s as Subtitle Edit defaults to).
    """

    max_chars_per_line: int = 42
    max_lines_per_cue: int = 2
    max_cue_duration: float = 7.0  #: seconds a subtitle may stay on screen
    min_cue_duration: float = 1.0  #: shorter cues are held longer when the next one leaves room
    split_long_cues: bool = True  #: cut long segments into several readable cues
    txt_timestamps: bool = False  #: text export: "[00:01:02.900] Speaker A: text" lines
    include_speakers: bool = True  #: write speaker names (labels, voice tags, a column, a tier)
    #: subtitles: label turns of placeholder names ("Speaker A", "SPEAKER_01") too, not only real names
    generic_speaker_labels: bool = False
    #: subtitles: no two cues closer than this (seconds); 0 lets cues touch
    min_gap: float = 0.0
    #: subtitles: what becomes of not-heard segments (one of :data:`NOT_HEARD_CHOICES`)
    not_heard: str = "omit"

    def __post_init__(self) -> None:
        if not isinstance(self.max_chars_per_line, int) or self.max_chars_per_line < 10:
            raise ExportError("Allow at least 10 characters per subtitle line.")
        if not isinstance(self.max_lines_per_cue, int) or self.max_lines_per_cue < 1:
            raise ExportError("Allow at least one line per subtitle.")
        if not self.max_cue_duration > 0:
            raise ExportError("The longest time a subtitle may stay on screen must be more than 0 seconds.")
        if not 0 <= self.min_cue_duration <= self.max_cue_duration:
            raise ExportError("The shortest subtitle duration must be between 0 and the longest "
                              f"({self.max_cue_duration:g} s).")
        if not 0 <= self.min_gap <= 2:
            raise ExportError("The gap between subtitles must be between 0 and 2 seconds.")
        if self.not_heard not in NOT_HEARD_CHOICES:
            raise ExportError(f"Not-heard text can be {', '.join(NOT_HEARD_CHOICES)}, not “{self.not_heard}”.")
