"""Aligning a whole archive of talks: ``aligner batch``.

One command takes a CSV manifest or a folder of recordings with their
transcripts, aligns every talk on local worker processes or on a Ray cluster,
writes each talk's outputs and a review project into ``OUTDIR/NAME/``, and a
report of every talk into ``OUTDIR/report.csv``/``report.json``.  A broken talk
fails alone; a second run skips what is already done; Ctrl-C stops cleanly.

    manifest      which talks (CSV or folder pairing)
    job           one talk, start to finish, in any worker
    resume        what is done already; committing a finished talk
    pool          talks spread over worker slots, crashes isolated
    local         slots as processes on this machine (worker: their main loop)
    ray_backend   slots as Ray actors on a cluster
    runner        the driver: plan, dispatch, commit, report
    report        report.csv / report.json
    display       the terminal progress bar
    command       the ``aligner batch`` arguments
"""

from .job import BatchSettings, Outcome
from .manifest import Talk, load_talks
from .runner import BatchResult, run_batch

__all__ = ["BatchSettings", "BatchResult", "Outcome", "Talk", "load_talks", "run_batch"]
