"""Background jobs (ui/workers.py) when their window is gone before they end."""

from __future__ import annotations

import shiboken6

from ui.workers import Job


def test_a_job_whose_window_was_torn_down_stops_quietly(qapp):
    """The display went away (X server killed): Qt deleted the job's signal object while the job ran.
    The job must not raise from its thread (tracebacks printed at exit) and must stop its work."""
    seen = []

    def work(progress, cancel):
        shiboken6.delete(job.signals)  # what Qt's teardown does to the objects under a running job
        job.emit_partial("a sketch")
        seen.append(cancel.cancelled)
        return "result"

    job = Job("open a talk", work)
    job.run()  # on this thread: any exception would surface here
    assert seen == [True] and job.done


def test_the_undo_stacks_last_signals_reach_no_deleted_model(qapp, capfd):
    """Torn down with the display gone, the undo stack may still say "clean changed" after the document
    model itself was deleted; that must not print a traceback."""
    from ui.document_model import DocumentModel

    model = DocumentModel()
    stack = model.undo_stack
    stack.setParent(None)  # outlives the model, as during Qt's teardown
    shiboken6.delete(model)
    stack.cleanChanged.emit(False)
    assert "Traceback" not in capfd.readouterr().err
