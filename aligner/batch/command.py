"""The ``aligner batch`` sub-command: its own arguments, and turning them into a batch run.

The alignment and subtitle options are the same as ``aligner align``'s (the
CLI adds those groups); ``--force`` here means *redo talks already done*, so
keeping a result whose transcript seems to belong to another talk is
``--keep-mismatched``.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import AlignerError

DEFAULT_FORMATS = "json,srt"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", help="a CSV manifest (columns audio,transcript[,name]; paths relative to it) or a "
                                 "folder where each recording has a transcript of the same name")
    p.add_argument("-o", "--output", required=True, metavar="OUTDIR",
                   help="folder for the results: OUTDIR/NAME/ per talk, OUTDIR/report.csv and report.json")
    p.add_argument("--format", default=DEFAULT_FORMATS,
                   help=f"comma-separated export formats per talk (default {DEFAULT_FORMATS}; see 'aligner "
                        "formats'; 'original' = the transcript's own); a project file is always written")
    p.add_argument("--workers", type=int, metavar="N",
                   help="talks aligned at once (default: as many as cores and memory allow; with --cluster: "
                        "the cluster's CPUs)")
    p.add_argument("--cluster", metavar="ADDRESS",
                   help="run on Ray: 'ray' (RAY_ADDRESS, else the cluster on this machine, else a new one), "
                        "'auto' (only join a running cluster), or ray://HOST:10001; needs pip install "
                        "\"aligner[cluster]\"")
    p.add_argument("--threads", type=int, default=0, metavar="N",
                   help="CPU threads per worker (default: the cores shared out among the workers; 1 per Ray actor)")
    p.add_argument("--force", action="store_true", help="redo talks whose results are already up to date")
    p.add_argument("--keep-mismatched", action="store_true",
                   help="keep results even when a transcript does not seem to match its audio")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def run(args, export_options) -> int:
    from ..align import AlignOptions
    from .display import BatchDisplay
    from .job import BatchSettings, check_formats
    from .manifest import load_talks
    from .runner import EXIT_CANCELLED, run_batch

    if args.workers is not None and args.workers < 1:
        raise AlignerError("--workers must be at least 1.")
    formats = tuple(dict.fromkeys(f.strip().lower() for f in args.format.split(",") if f.strip()))
    check_formats(formats)
    if args.cluster:
        from .ray_backend import import_ray

        import_ray()  # says how to install Ray before anything else happens
    talks = load_talks(args.input, exclude=args.output)
    settings = BatchSettings(AlignOptions(model=args.model, language=args.language, threads=args.threads,
                                          refine=not args.no_refine),
                             formats, export_options, args.keep_mismatched)
    result = run_batch(talks, args.output, settings, workers=args.workers, cluster=args.cluster,
                       redo=args.force, display=BatchDisplay(args.quiet))
    print(result.line + f" Report: {args.output}/report.csv", file=sys.stderr)
    if result.exit_status == EXIT_CANCELLED:
        print("aligner: cancelled; finished talks are kept and the next run does the rest.", file=sys.stderr)
    return result.exit_status

