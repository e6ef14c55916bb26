"""The visible stretch of the talk and its mapping to pixels (Qt-free, so tests cover it alone).

Both waveform widgets and the scrollbar share one :class:`Viewport`: the detail
view shows ``[start, start + span)`` over ``width`` pixels.  Zooming keeps the
time under the mouse cursor where it is, the way audio editors behave.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_SPAN = 0.25  #: seconds visible at the deepest zoom (about 16 ms a pixel on a 1,000 px view)


@dataclass
class Viewport:
    duration: float = 0.0  #: length of the talk in seconds
    start: float = 0.0  #: time at the left edge
    span: float = 30.0  #: seconds across the view
    width: int = 1000  #: pixels across the view

    # ---------------------------------------------------------------- mapping
    @property
    def end(self) -> float:
        return self.start + self.span

    @property
    def seconds_per_pixel(self) -> float:
        return self.span / max(1, self.width)

    def x_to_time(self, x: float) -> float:
        return self.start + x * self.seconds_per_pixel

    def time_to_x(self, t: float) -> float:
        return (t - self.start) / self.seconds_per_pixel

    # ---------------------------------------------------------------- changes
    def clamp(self) -> None:
        """Keep the span sensible and the view inside the talk."""
        max_span = max(MIN_SPAN, self.duration) if self.duration > 0 else max(self.span, MIN_SPAN)
        self.span = min(max(self.span, MIN_SPAN), max_span)
        hi = max(0.0, self.duration - self.span) if self.duration > 0 else self.start
        self.start = min(max(self.start, 0.0), hi)

    def set_duration(self, duration: float, span: float = 30.0) -> None:
        self.duration = max(0.0, duration)
        self.start = 0.0
        self.span = span
        self.clamp()

    def zoom(self, factor: float, anchor: float | None = None) -> None:
        """Divide the span by ``factor`` (>1 zooms in), keeping time ``anchor`` at its pixel."""
        if factor <= 0:
            return
        anchor = self.start + self.span / 2 if anchor is None else anchor
        frac = (anchor - self.start) / self.span if self.span else 0.5
        self.span = self.span / factor
        self.clamp()
        self.start = anchor - frac * self.span
        self.clamp()

    def scroll_to(self, start: float) -> None:
        self.start = start
        self.clamp()

    def scroll_by_pixels(self, dx: float) -> None:
        self.scroll_to(self.start + dx * self.seconds_per_pixel)

    def center_on(self, t: float) -> None:
        self.scroll_to(t - self.span / 2)

    def show_range(self, t0: float, t1: float, margin: float = 0.15) -> None:
        """Zoom and scroll so [t0, t1] fills most of the view."""
        length = max(t1 - t0, MIN_SPAN)
        self.span = length * (1 + 2 * margin)
        self.clamp()
        self.start = t0 - (self.span - length) / 2 if t1 - t0 >= MIN_SPAN else (t0 + t1) / 2 - self.span / 2
        self.clamp()

    def ensure_visible(self, t: float, margin_fraction: float = 0.05) -> bool:
        """Follow a moving playhead by pages: when ``t`` leaves the view, flip so it sits near the left.

        Returns True when the view moved.
        """
        margin = self.span * margin_fraction
        if self.start + margin <= t <= self.end - margin or self.span >= self.duration > 0:
            return False
        self.scroll_to(t - margin)
        return True

    def contains(self, t0: float, t1: float) -> bool:
        return t1 >= self.start and t0 <= self.end
