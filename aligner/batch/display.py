"""The batch's progress on a terminal: talks done, hours of audio done, time left, and the talks in hand.

The bar counts seconds of audio (the work) rather than talks, so its time
left is honest when a two-hour lecture and ten five-minute clips share an
archive.  A failed talk is written above the bar as it happens, so a person
watching sees it without waiting for the report.
"""

from __future__ import annotations

import os
import sys


class BatchDisplay:
    """Receives the runner's notices; draws a tqdm bar on stderr unless quiet or not on a terminal."""

    def __init__(self, quiet: bool = False):
        self.quiet = quiet or not sys.stderr.isatty() and os.environ.get("ALIGNER_PROGRESS") != "1"
        self._bar = None
        self._total_talks = 0
        self._done_talks = 0
        self._current: dict[str, float] = {}  #: talk name -> fraction done

    def begin(self, talks: int, audio_seconds: float, skipped: int) -> None:
        if self.quiet:
            return
        from tqdm import tqdm

        if skipped:
            self.say(f"{skipped} talk(s) already done; {talks} to align.")
        self._total_talks = talks
        self._bar = tqdm(total=max(audio_seconds, 1e-3), file=sys.stderr, dynamic_ncols=True, leave=True,
                         bar_format="{desc} {percentage:3.0f}%|{bar}| {elapsed}<{remaining}{postfix}")
        self._redraw()

    def started(self, name: str) -> None:
        self._current[name] = 0.0
        self._redraw()

    def progress(self, name: str, fraction: float) -> None:
        if name in self._current:
            self._current[name] = fraction

    def finished(self, name: str, status: str, message: str) -> None:
        self._current.pop(name, None)
        self._done_talks += 1
        if status == "failed":
            self.say(f"failed: {name}: {message}")
        self._redraw()

    def advance(self, audio_seconds_done: float) -> None:
        """Audio seconds done so far, counting the parts of the talks in hand."""
        if self._bar is not None:
            step = min(audio_seconds_done, self._bar.total) - self._bar.n
            if step > 0:
                self._bar.update(step)
            self._redraw()

    def _redraw(self) -> None:
        if self._bar is None:
            return
        self._bar.set_description_str(f"{self._done_talks}/{self._total_talks} talks, "
                                      f"{_amount(self._bar.n, self._bar.total)} of audio", refresh=False)
        current = ", ".join(f"{n} {f:.0%}" for n, f in list(self._current.items())[:3])
        self._bar.set_postfix_str(current, refresh=True)

    def say(self, line: str) -> None:
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        elif not self.quiet:
            print(line, file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None



def _amount(done: float, total: float) -> str:
    """"1.25/3.50 h" for an archive, "2.1/5.0 min" for a handful of clips."""
    if total >= 3600:
        return f"{done / 3600:.2f}/{total / 3600:.2f} h"
    return f"{done / 60:.1f}/{total / 60:.1f} min"
