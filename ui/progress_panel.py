"""The status-bar progress: what is happening, how far, how long is left, and Cancel."""

from __future__ import annotations

import math
from typing import Optional

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from aligner.progress import Progress

from .workers import Job


def format_eta(seconds: Optional[float]) -> str:
    if seconds is None or not math.isfinite(seconds):
        return ""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"about {seconds} s left"
    m, s = divmod(seconds, 60)
    if m < 60:
        return f"about {m} min {s:02d} s left"
    h, m = divmod(m, 60)
    return f"about {h} h {m:02d} min left"


class ProgressPanel(QWidget):
    cancelRequested = Signal()

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.stage = QLabel()
        self.stage.setObjectName("stage")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setFixedWidth(220)
        self.bar.setTextVisible(True)
        self.eta = QLabel()
        self.eta.setObjectName("eta")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setToolTip("Stop; the transcript stays as it was (Esc)")
        self.cancel_button.clicked.connect(self.cancelRequested)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 6, 0)
        lay.setSpacing(8)
        for w in (self.stage, self.bar, self.eta, self.cancel_button):
            lay.addWidget(w)
        self.job: Optional[Job] = None
        self.hide()

    def attach(self, job: Job, cancellable: bool = True) -> None:
        self.job = job
        self.stage.setText(job.title + "…")
        self.bar.setValue(0)
        self.bar.setFormat("%p%")
        self.eta.setText("")
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        job.signals.progress.connect(self.on_progress)
        self.show()

    def on_progress(self, p: Progress) -> None:
        self.stage.setText(p.stage + "…")
        self.bar.setValue(int(p.fraction * 1000))
        self.eta.setText(format_eta(p.eta_seconds))

    def cancelling(self) -> None:
        self.stage.setText("Cancelling…")
        self.cancel_button.setEnabled(False)

    def detach(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            self.hide()
