"""The alignment engine: put every segment and word of the user's text on the timeline.

Public API (used by the CLI, the window and the benchmarks alike)::

    result = align(doc, audio, AlignOptions(), progress=callback, cancel=token)
    doc.apply(result.edit(doc))          # one undoable edit

``align`` never modifies ``doc``: it returns new segments.  Locked segments and,
with ``options.time_range``, segments outside that range come back unchanged
and act as fixed anchors for everything else.
"""

from .api import AlignOptions, AlignResult, align, preload

__all__ = ["AlignOptions", "AlignResult", "align", "preload"]
