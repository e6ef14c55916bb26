"""Engine entry point and its option/result types."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..audio import Audio
from ..document import Document, Segment, UnscriptedSpan
from ..edits import Edit, replace_all
from ..progress import CancelToken, ProgressCallback


@dataclass(frozen=True)
class AlignOptions:
    #: A CTranslate2 Whisper folder or a model name ("tiny.en", "base"); None = the bundled tiny.en.
    model: Optional[str] = None
    #: Language code ("en", "de" ...); None = English for English-only models, else detected.
    language: Optional[str] = None
    #: CPU threads; 0 = all cores.
    threads: int = 0
    compute_type: str = "int8"
    device: str = "cpu"
    #: Phone-level refinement of word boundaries (pocketsphinx, English).
    refine: bool = True
    #: Re-align only segments inside this (start, end) time range; the rest are held fixed.
    time_range: Optional[tuple[float, float]] = None


@dataclass
class AlignResult:
    segments: list[Segment]
    unscripted: list[UnscriptedSpan]
    language: Optional[str] = None
    #: What happened, for notes and the status bar: seconds per stage, model, counts of flags.
    stats: dict = field(default_factory=dict)

    def edit(self, doc: Document, description: str = "Align") -> Edit:
        """The undoable edit that puts this result into ``doc``."""
        return replace_all(doc, self.segments, self.unscripted, description, self.language)

    def placement_notes(self) -> list[str]:
        """What the user should check because lines were placed without hearing their words, one sentence each.

        The CLI prints them and the window's status bar shows them, so neither user is told less than the other.
        """
        from ..language import language_name

        stats, notes = self.stats or {}, []
        if stats.get("placed_by_forcing"):
            notes.append(f"{stats['placed_by_forcing']} segments were heard too poorly to match (a telephone "
                         "line, noise?) and were placed by fitting their own words to the audio: check them.")
        if stats.get("unfit_runs"):
            notes.append(f"{stats['unfit_runs']} of the segments placed by fitting their words were put astray by it "
                         "(far too long or short for the talk's pace) and were laid by the pauses and pace of the "
                         "speech around them instead: check them.")
        if stats.get("placed_by_letters"):
            notes.append(f"The speech model wrote this {language_name(self.language)} speech in Latin letters: "
                         f"{stats['placed_by_letters']} segments were placed where their letters were heard: "
                         "check them.")
        if stats.get("placed_by_sound"):
            notes.append(f"The speech model made out no word of this {language_name(self.language)} speech: "
                         f"{stats['placed_by_sound']} segments were placed by its pauses and pace alone: "
                         "check them.")
        return notes


def align(doc: Document, audio: Audio, options: AlignOptions = AlignOptions(),
          progress: Optional[ProgressCallback] = None, cancel: Optional[CancelToken] = None) -> AlignResult:
    """Align ``doc``'s text to ``audio``.  See the package docstring."""
    from .engine import run

    return run(doc, audio, options, progress, cancel)


def preload(options: AlignOptions = AlignOptions()) -> None:
    """Load the speech model now (it is cached for the process), so the first ``align`` starts at once.

    Raises :class:`~aligner.errors.ModelError` when the model cannot be found or loaded.
    """
    from .models import load_model, resolve_model

    load_model(resolve_model(options.model), options.device, options.compute_type, options.threads)
