"""The ``aligner`` command.

``aligner`` with no arguments (or ``aligner --demo``, or paths) opens the
window; the sub-commands do the same jobs headless::

    aligner align talk.mp3 transcript.txt -o talk.srt
    aligner align talk.mp3 transcript.txt --project talk.alignproj
    aligner export talk.alignproj -o talk.vtt
    aligner clips talk.alignproj -o clips/ --format wav --normalize -23
    aligner demo

Every user-facing failure is an :class:`~aligner.errors.AlignerError`: one
line on stderr, exit status 1.  Ctrl-C stops cleanly (status 130); outputs are
written only when all work is done, atomically, so nothing half-done is left.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Optional, Sequence

from . import __version__
from .errors import AlignerError, AudioError, Cancelled
from .progress import CancelToken

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_CANCELLED = 0, 1, 2, 130
DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"
_SUBCOMMANDS = {"align", "batch", "export", "clips", "demo", "formats", "gui"}


# ------------------------------------------------------------------------------- progress bar

class TerminalProgress:
    """A tqdm bar on stderr showing stage, percent and time left; silent when ``quiet``.

    While it draws, Ctrl-C cancels without raising (:data:`drawing`): a KeyboardInterrupt landing just after tqdm
    took its write lock left the lock held, and the speech recognizer's threads, each making a tqdm of its own,
    waited for it while the main thread waited for them -- the command hung after Ctrl-C (1 press in 4 on a loaded
    machine).  The work polls its cancel token right after reporting progress."""

    #: Whether some bar is drawing on the main thread now (read by the Ctrl-C handler, :func:`_listen_for_ctrl_c`).
    drawing = False

    def __init__(self, quiet: bool = False):
        self.quiet = quiet or not sys.stderr.isatty() and os.environ.get("ALIGNER_PROGRESS") != "1"
        self._bar = None
        self._stage = None

    @staticmethod
    @contextmanager
    def _drawing():
        """:data:`drawing` while tqdm may take its write lock."""
        TerminalProgress.drawing = True
        try:
            yield
        finally:
            TerminalProgress.drawing = False

    def __call__(self, p) -> None:
        if self.quiet:
            return
        with self._drawing():
            self._draw(p)

    def _draw(self, p) -> None:
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=1000, file=sys.stderr, leave=False, dynamic_ncols=True, miniters=1,
                             bar_format="{desc:<22} {percentage:3.0f}%|{bar}| {elapsed}<{remaining}")
        done = int(p.fraction * 1000)
        if done < self._bar.n:  # a new job began (the audio decoded, now aligned): its own bar, not one stuck at 100 %
            self._bar.reset(total=1000)
        if p.stage != self._stage:
            self._stage = p.stage
            self._bar.set_description_str(p.stage)  # drawn now: a stage is news even when its first step is small
        if done > self._bar.n:
            self._bar.update(done - self._bar.n)  # tqdm throttles redraws and estimates the time left

    def close(self) -> None:
        if self._bar is not None:
            with self._drawing():
                self._bar.close()
            self._bar = None


def say(msg: str) -> None:
    print(msg, file=sys.stderr)


# ------------------------------------------------------------------------------- arguments

def _add_readability(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("subtitle readability (SRT, VTT)")
    g.add_argument("--max-chars", type=int, metavar="N", help="characters per line (default 42)")
    g.add_argument("--max-lines", type=int, metavar="N", help="lines per cue (default 2)")
    g.add_argument("--max-duration", type=float, metavar="SEC", help="longest cue in seconds (default 7)")
    g.add_argument("--min-duration", type=float, metavar="SEC", help="shortest cue in seconds (default 1)")
    g.add_argument("--no-speakers", action="store_true", help="leave speaker names out of the text")
    g.add_argument("--generic-speakers", action="store_true",
                   help='subtitles: label turns of placeholder names like "Speaker A" too (default: real names only)')
    g.add_argument("--no-split", action="store_true", help="one cue per segment, however long")
    g.add_argument("--timestamps", action="store_true", help="TXT: start each line with its time")
    g.add_argument("--min-gap", type=float, metavar="MS", help="keep cues at least this far apart (default 0)")
    g.add_argument("--not-heard", choices=("omit", "pause", "keep"),
                   help="text the audio lacks: leave it out of subtitles (default), show it across its pause, "
                        "or keep its short aligned span")


def _add_model(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("alignment")
    g.add_argument("--model", help="CTranslate2 Whisper model folder or name (default: the bundled tiny.en "
                                   "for English, the bundled multilingual base for other languages)")
    g.add_argument("--language", help="language code, e.g. en, fr, zh (default: detected from the transcript, "
                                      "or from the audio when the text is too short to tell)")
    g.add_argument("--threads", type=int, default=0, help="CPU threads (default: all cores)")
    g.add_argument("--no-refine", action="store_true", help="skip the phone-level boundary pass")
    g.add_argument("--force", action="store_true",
                   help="write results even when the transcript does not seem to match the audio")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="aligner", description="Put a talk's transcript back in time with its audio.")
    p.add_argument("--version", action="version", version=f"aligner {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser("align", help="align a transcript to its audio and export it")
    a.add_argument("audio", help="recording: wav, mp3, m4a, flac, ogg, opus, or a video file")
    a.add_argument("transcript", help="transcript: plain text, web page text, SRT, VTT or Aligner JSON")
    a.add_argument("-o", "--output", action="append", default=[],
                   help="export to this file; format from the extension or --format (repeatable)")
    a.add_argument("--format", help="export format (see 'aligner formats'); 'original' = the transcript's own")
    a.add_argument("--project", help="also save an .alignproj project to edit in the window")
    a.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    a.add_argument("--profile", action="store_true",
                   help="when done, print time (wall, CPU) and peak memory per stage to stderr")
    _add_model(a)
    _add_readability(a)

    b = sub.add_parser("batch", help="align a whole archive of talks (CSV manifest or folder), locally or on Ray",
                       conflict_handler="resolve")  # batch's own --force (redo) replaces align's
    _add_model(b)
    _add_readability(b)
    from .batch.command import add_arguments as add_batch_arguments

    add_batch_arguments(b)

    e = sub.add_parser("export", help="export an aligned project to another format")
    e.add_argument("project")
    e.add_argument("-o", "--output", action="append", required=True)
    e.add_argument("--format")
    _add_readability(e)

    c = sub.add_parser("clips", help="one audio file per segment, plus metadata.csv")
    c.add_argument("project")
    c.add_argument("-o", "--output", required=True, help="folder for the clips")
    c.add_argument("--format", default="wav", choices=["wav", "flac", "mp3"])
    c.add_argument("--pad", type=float, default=0.15, help="seconds of context each side (default 0.15)")
    c.add_argument("--fade-ms", type=float, default=10.0, metavar="MS",
                   help="fade each clip in and out over MS milliseconds so it does not click (default 10; 0 = none)")
    c.add_argument("--normalize", type=float, nargs="?", const=-23.0, default=None, metavar="DBFS",
                   help="bring every clip to one RMS loudness (default -23 dBFS when given without a value)")
    c.add_argument("-q", "--quiet", action="store_true")

    d = sub.add_parser("demo", help="align the built-in demo talk and say where the results went")
    d.add_argument("-o", "--output", help="folder for the results (default: a folder in the current one)")
    d.add_argument("-q", "--quiet", action="store_true")

    sub.add_parser("formats", help="list the import and export formats")

    g = sub.add_parser("gui", help="open the window (the default with no command)")
    g.add_argument("paths", nargs="*")
    g.add_argument("--demo", action="store_true")
    return p


# ------------------------------------------------------------------------------- commands

def _export_options(args):
    """The export options the arguments ask for; an impossible value is refused naming its option."""
    from .formats import ExportOptions

    kw = {}
    for option, key, value in (("--max-chars", "max_chars_per_line", getattr(args, "max_chars", None)),
                               ("--max-lines", "max_lines_per_cue", getattr(args, "max_lines", None)),
                               ("--max-duration", "max_cue_duration", getattr(args, "max_duration", None)),
                               ("--min-duration", "min_cue_duration", getattr(args, "min_duration", None))):
        if value is None:
            continue
        if not math.isfinite(value):
            raise AlignerError(f"{option} must be a number, not {value}.")
        kw[key] = value
        try:
            ExportOptions(**kw)
        except AlignerError as e:
            raise AlignerError(f"{option} {value:g} cannot be used: {e}") from None
    if getattr(args, "no_speakers", False):
        kw["include_speakers"] = False
    if getattr(args, "generic_speakers", False):
        kw["generic_speaker_labels"] = True
    if getattr(args, "no_split", False):
        kw["split_long_cues"] = False
    if getattr(args, "timestamps", False):
        kw["txt_timestamps"] = True
    if getattr(args, "min_gap", None) is not None:
        kw["min_gap"] = args.min_gap / 1000.0
    if getattr(args, "not_heard", None):
        kw["not_heard"] = args.not_heard
    return ExportOptions(**kw)


def _check_threads(args) -> None:
    if args.threads < 0:
        raise AlignerError(f"--threads must be 0 (use all cores) or a number of threads, not {args.threads}.")


def _check_outputs(paths: Sequence[str], fmt: Optional[str], inputs: Sequence[str] = (),
                   project: Optional[str] = None) -> None:
    """Fail before the long work if an output cannot or must not be written (see aligner.output_check)."""
    from .formats import check_export_format, format_for_path
    from .output_check import check_outputs

    if fmt is not None:
        check_export_format(fmt)
    for out in paths:
        if fmt is None and out != project:
            format_for_path(out, for_export=True)
    check_outputs(paths, inputs)


def _write_all(doc, project: Optional[str], outputs: Sequence[str], fmt: Optional[str], export_options) -> list[str]:
    """Write the project and every output; a late failure says exactly what was and was not written."""
    from .formats import write_document
    from .output_check import written_so_far

    from .project import save_project

    jobs = ([(project, True)] if project else []) + [(out, False) for out in outputs]
    planned = [path for path, _ in jobs]
    written: list[str] = []
    for path, is_project in jobs:
        try:
            if is_project:
                save_project(doc, path)
            else:
                write_document(doc, path, fmt, export_options)
        except AlignerError as e:
            raise AlignerError(written_so_far(written, path, planned[len(written):], str(e))) from None
        written.append(path)
    return written


def align_files(audio_path: str, transcript_path: str, options, progress=None, cancel=None,
                force: bool = False, warn=None):
    """Load, align and return (document, result): the headless job the CLI and the demo share."""
    from .align import align
    from .align.plausibility import check_file_size, check_fits
    from .audio import load_audio, probe_duration
    from .formats import read_transcript, take_import_warnings
    from .profiling import mark

    try:  # the header's duration is enough to refuse megabytes of text for seconds of audio at once
        declared = probe_duration(audio_path)
        check_file_size(os.path.getsize(transcript_path), declared)
    except (OSError, AudioError):
        pass  # reading them below says what is wrong
    doc = read_transcript(transcript_path)
    notes = take_import_warnings(doc)
    mark("read transcript")
    audio = load_audio(audio_path, progress=progress, cancel=cancel)
    mark("decode")
    for warning in notes + list(audio.warnings):  # damaged but readable: worth aligning, worth knowing
        (warn or say)(f"aligner: warning: {warning}")
    check_fits(doc, audio.duration)  # text that cannot be spoken in this time: refused in seconds, even with --force
    doc.audio_path = os.path.abspath(audio_path)
    doc.audio_duration = audio.duration
    result = align(doc, audio, options, progress=progress, cancel=cancel)
    mismatch = result.stats.get("mismatch")
    if mismatch and not force:
        suspect = " The audio itself looks damaged (see the warning above); that may be why." if audio.warnings else ""
        raise AlignerError(mismatch + suspect + " Nothing was written. Use --force to keep the result anyway.")
    doc.apply(result.edit(doc))
    doc.language = result.language
    return doc, result


def _summary(doc, result, elapsed: float) -> str:
    from .document import LOW_CONFIDENCE, NOT_HEARD

    n = len(doc.segments)
    low = sum(1 for s in doc.segments if LOW_CONFIDENCE in s.flags)
    unheard = sum(1 for s in doc.segments if NOT_HEARD in s.flags)
    dur = doc.audio_duration or 0.0
    parts = [f"Aligned {n} segment{'' if n == 1 else 's'} in {elapsed:.1f} s ({dur / 60:.1f} min of audio, "
             f"{elapsed / dur if dur else 0:.3f}x real time)."]
    if unheard:
        parts.append(f"{unheard} not heard in the audio.")
    if low:
        parts.append(f"{low} to review (low confidence).")
    if doc.unscripted:
        parts.append(f"{len(doc.unscripted)} stretch(es) of speech missing from the transcript.")
    return " ".join(parts)


def cmd_align(args) -> int:
    from .align import AlignOptions

    if not args.output and not args.project:
        raise AlignerError("Say where the result goes: -o FILE (e.g. talk.srt) and/or --project FILE.alignproj.")
    # Everything that can be checked is checked before anything is loaded: the work takes minutes.
    _check_threads(args)
    export_options = _export_options(args)
    _check_outputs(([args.project] if args.project else []) + list(args.output), args.format,
                   [args.audio, args.transcript], project=args.project)
    options = AlignOptions(model=args.model, language=args.language, threads=args.threads,
                           refine=not args.no_refine)
    from contextlib import nullcontext

    from .profiling import mark, profiling

    bar = TerminalProgress(args.quiet)
    t0 = time.monotonic()
    with profiling() if args.profile else nullcontext() as profile:
        try:
            doc, result = align_files(args.audio, args.transcript, options, bar, CTRL_C, args.force)
        finally:
            bar.close()
        _ctrl_c_no_longer_stops()
        written = _write_all(doc, args.project, args.output, args.format, export_options)
        mark("write")
    if profile is not None:
        print(profile.table(), file=sys.stderr)
    if not args.quiet:
        if result.stats.get("language_reason"):
            say(result.stats["language_reason"])
        for note in result.stats.get("hearing", ()):
            say(note)
        for note in result.placement_notes():
            say(note)
        say(_summary(doc, result, time.monotonic() - t0))
        say("Wrote " + ", ".join(written) + ".")
    return EXIT_OK


def cmd_batch(args) -> int:
    from .batch.command import run

    return run(args, _export_options(args))


def _load(project_path: str):
    from .project import load_project

    return load_project(project_path).document


def cmd_export(args) -> int:
    export_options = _export_options(args)
    _check_outputs(args.output, args.format, [args.project])
    doc = _load(args.project)
    _ctrl_c_no_longer_stops()
    written = _write_all(doc, None, args.output, args.format, export_options)
    say("Wrote " + ", ".join(written) + ".")
    return EXIT_OK


def cmd_clips(args) -> int:
    from .clips import export_clips
    from .output_check import check_outputs

    if not (math.isfinite(args.pad) and 0 <= args.pad <= 5):
        raise AlignerError(f"--pad must be between 0 and 5 seconds, not {args.pad:g}.")
    check_outputs([], [args.project], folders=[args.output])
    doc = _load(args.project)
    if not doc.audio_path or not os.path.exists(doc.audio_path):
        raise AlignerError(f"The project's audio ({doc.audio_path}) is missing; open the project in the window "
                           "to point it at the audio again.")
    check_outputs([], [args.project, doc.audio_path], folders=[args.output])
    bar = TerminalProgress(args.quiet)
    try:
        report = export_clips(doc, doc.audio_path, args.output, format=args.format, pad=args.pad,
                              progress=bar, cancel=CTRL_C, fade=args.fade_ms / 1000.0,
                              normalize=args.normalize)
    finally:
        bar.close()
    _ignore_ctrl_c()  # every clip is written and listed: nothing is left to stop, and the token is not asked
    say(f"Wrote {len(report.written)} clips and metadata.csv to {args.output}."
        + (f" Skipped {len(report.skipped)}." if report.skipped else "")
        + (f" {len(report.held_back)} stayed below {args.normalize:g} dBFS (their peaks would clip, or they are "
           "nearly silent)."
           if report.held_back else ""))
    return EXIT_OK


def demo_files() -> tuple[str, str]:
    audio = sorted(DEMO_DIR.glob("talk.*"))
    transcript = DEMO_DIR / "transcript.txt"
    if not audio or not transcript.exists():
        raise AlignerError(f"The demo talk is missing from {DEMO_DIR}; reinstall Aligner.")
    return str(audio[0]), str(transcript)


def cmd_demo(args) -> int:
    from .align import AlignOptions
    from .formats import write_document
    from .project import save_project

    audio, transcript = demo_files()
    out_dir = Path(args.output or "aligner-demo").resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    say(f"Aligning the demo talk ({os.path.basename(audio)}) with its web-page transcript...")
    bar = TerminalProgress(args.quiet)
    t0 = time.monotonic()
    try:
        doc, result = align_files(audio, transcript, AlignOptions(), bar, CTRL_C, force=False)
    finally:
        bar.close()
    _ctrl_c_no_longer_stops()
    outputs = {"demo.alignproj": None, "demo.srt": "srt", "demo.json": "json", "demo.txt": "original"}
    for name, fmt in outputs.items():
        path = out_dir / name
        if fmt is None:
            save_project(doc, str(path))
        else:
            write_document(doc, str(path), fmt)
    say(_summary(doc, result, time.monotonic() - t0))
    for s in doc.segments:
        if s.flags - {"locked"}:
            say(f"  {_clock(s.start)}  [{', '.join(sorted(s.flags))}]  {s.text[:70]}")
    for u in doc.unscripted:
        say(f"  {_clock(u.start)}  [unscripted]  {u.text[:70]}")
    say(f"Results are in {out_dir}: " + ", ".join(outputs) + ". Open demo.alignproj in the window to review.")
    return EXIT_OK


def _clock(t: Optional[float]) -> str:
    if t is None:
        return "--:--.-"
    m, s = divmod(t, 60)
    return f"{int(m):02d}:{s:04.1f}"


def cmd_formats(_args) -> int:
    from .formats import export_formats, import_formats

    print("Import:")
    for f in import_formats():
        print(f"  {f.key:<10} {', '.join(f.extensions):<24} {f.name}")
    print("Export (-o FILE picks by extension; --format KEY to choose):")
    for f in export_formats():
        print(f"  {f.key:<10} {', '.join(f.extensions):<24} {f.name}")
    return EXIT_OK


def cmd_gui(argv: Sequence[str]) -> int:
    try:
        from ui.app import main as gui_main
    except ImportError as e:
        raise AlignerError(f"The window cannot start ({e}). Install Aligner with its PySide6 dependencies, "
                           "or use the command line: aligner --help.") from None
    return gui_main(list(argv))


COMMANDS = {"align": cmd_align, "batch": cmd_batch, "export": cmd_export, "clips": cmd_clips, "demo": cmd_demo,
            "formats": cmd_formats}


#: Cancelled by Ctrl-C, whose first press also raises KeyboardInterrupt.  The commands' work polls it, and nothing is
#: written once it is set: a KeyboardInterrupt raised where a library swallows it (a Ctrl-C half a second into a run,
#: while the audio loads, was lost about once in fifteen tries and the run wrote its files) still stops the work.
CTRL_C = CancelToken()


def _listen_for_ctrl_c() -> None:
    """Make Ctrl-C cancel :data:`CTRL_C` and raise KeyboardInterrupt, even when a parent shell started us with
    SIGINT ignored; and keep Python's report of an interrupt it could not raise off the terminal
    (:func:`_interrupt_not_raised`).

    Only the first Ctrl-C raises.  Once the work is stopping, another KeyboardInterrupt could only break the
    stopping itself: land in a thread pool's wait for its workers, or in :func:`main` while it says "cancelled"
    (a traceback, and death by SIGINT).  A user pressing twice gets the one clean cancel.  Nor does a press raise
    while the progress bar draws (:class:`TerminalProgress`): the work's next poll of the token stops it."""
    import signal
    import threading

    def on_ctrl_c(signum, frame):
        if CTRL_C.cancelled:
            return
        CTRL_C.cancel()
        if not TerminalProgress.drawing:
            raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, on_ctrl_c)
        sys.unraisablehook = _interrupt_not_raised(sys.unraisablehook)


def _interrupt_not_raised(report):
    """``sys.unraisablehook`` that says nothing of a KeyboardInterrupt once Ctrl-C was pressed, else ``report``s.

    Ctrl-C landing while Python runs a callback it cannot raise from (the weakref callback that drops an import's
    module lock, a ``__del__``) is "ignored" with a traceback printed to the terminal: about once in a few dozen
    tries during the models' imports.  The interrupt is not lost -- :data:`CTRL_C` is set and the work stops where
    it polls it -- so the traceback only frightens the user after "cancelled; nothing was written"."""
    def hook(unraisable) -> None:
        if CTRL_C.cancelled and isinstance(unraisable.exc_value, KeyboardInterrupt):
            return
        report(unraisable)
    return hook


def _ctrl_c_no_longer_stops() -> None:
    """From here the command writes its files, and Ctrl-C no longer stops it; pressed before, it still cancels.

    Stopped between two files (the project written, the subtitles not), or after the last while the summary is
    said, the command would leave files behind and tell the user "cancelled; nothing was written".  Writing takes a
    moment, so a Ctrl-C pressed during it is ignored and the user gets the finished result and its report.  SIGINT
    is ignored before the token is checked, so no press can fall between the check and the first file."""
    _ignore_ctrl_c()
    CTRL_C.check()


def _ignore_ctrl_c() -> None:
    """Ignore SIGINT from here on (on the main thread, where Python handles signals): the command's work is done."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _exit_status_after_ctrl_c() -> int:
    """:data:`EXIT_CANCELLED`, made sure to stay the process's exit status once Ctrl-C stopped a command.

    Two things turned it into death by SIGINT (status -2; a shell shows 130 for both, a program that started
    us does not), after "cancelled" was said and with nothing written:

    * CPython marks a KeyboardInterrupt that leaves code run from a string (``exec``/``eval`` of text, which
      is how dataclasses and namedtuple build their methods while modules import) as never handled, even
      once :func:`main` has caught it, and ``python -m aligner`` then kills itself with SIGINT on the way
      out.  A Ctrl-C a second into a run lands in those imports.  The mark is cleared each time a string is
      run: one empty string is run here.
    * Ctrl-C pressed again while the interpreter shuts down, after it has put back SIGINT's default action.

    So Ctrl-C is ignored from here on (the command is over and the process about to end; nothing is left
    to stop), and only then is the mark cleared, so no later interrupt can set it again."""
    _ignore_ctrl_c()
    exec("")  # clears CPython's mark of an interrupt "not handled" in code run from a string (see above)
    return EXIT_CANCELLED


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if not argv or argv[0] not in _SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version"):
            return cmd_gui(argv)  # no command: the window (with --demo or paths, if given)
        if argv[0] == "gui":
            return cmd_gui(argv[1:])
        args = build_parser().parse_args(argv)
        if args.command is None:
            return cmd_gui([])
        _listen_for_ctrl_c()
        status = COMMANDS[args.command](args)
    except (KeyboardInterrupt, Cancelled) as e:
        say(f"\naligner: cancelled; {getattr(e, 'kept', '') or 'nothing was written'}.")
        return _exit_status_after_ctrl_c()
    except BaseException as e:
        if CTRL_C.cancelled:  # what the interrupted work raised instead (a library's import turns it into its own)
            say("\naligner: cancelled; nothing was written.")
            return _exit_status_after_ctrl_c()
        if isinstance(e, AlignerError):
            say(f"aligner: {e}")
            return EXIT_ERROR
        raise
    return _exit_status_after_ctrl_c() if status == EXIT_CANCELLED else status  # a batch stopped by Ctrl-C


if __name__ == "__main__":
    sys.exit(main())
