"""What the window shows before a talk is open: the three ways in, and recent files."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from .recent_labels import entry_labels


class WelcomePage(QWidget):
    openRequested = Signal()
    openProjectRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(list)  #: the paths of a recent entry

    def __init__(self, parent=None):
        super().__init__(parent)
        box = QFrame()
        box.setObjectName("welcome")
        box.setFixedWidth(540)  # a fixed width lets the wrapped labels take the height they need
        title = QLabel("Aligner")
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 2.2)
        f.setBold(True)
        title.setFont(f)
        sub = QLabel("Puts a talk's transcript back in time with its audio, for you to check and export.")
        sub.setWordWrap(True)
        sub.setObjectName("hint")
        drop = QLabel("Drop an audio file and its transcript (or an .alignproj project) anywhere on this window.")
        drop.setWordWrap(True)
        drop.setObjectName("hint")
        self.open_button = QPushButton("Open audio and transcript…")
        self.project_button = QPushButton("Open project…")
        self.demo_button = QPushButton("Try the demo talk")
        for b in (self.open_button, self.project_button, self.demo_button):
            b.setMinimumHeight(34)
        self.recent = QListWidget()
        self.recent.setMaximumHeight(160)
        self.recent_label = QLabel("Recent")
        lay = QVBoxLayout(box)
        lay.setSpacing(10)
        lay.addWidget(title)
        lay.addWidget(sub)
        lay.addSpacing(8)
        lay.addWidget(self.open_button)
        lay.addWidget(self.project_button)
        lay.addWidget(self.demo_button)
        lay.addWidget(drop)
        lay.addSpacing(8)
        lay.addWidget(self.recent_label)
        lay.addWidget(self.recent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignHCenter)
        outer.addStretch(2)
        self.open_button.clicked.connect(self.openRequested)
        self.project_button.clicked.connect(self.openProjectRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent.itemActivated.connect(lambda item: self.recentRequested.emit(item.data(Qt.UserRole)))
        self.set_recent([])

    def set_recent(self, entries: list[list[str]]) -> None:
        self.recent.clear()
        for paths, label in zip(entries, entry_labels(entries)):
            item = QListWidgetItem(label)
            item.setToolTip("\n".join(paths))
            item.setData(Qt.UserRole, list(paths))
            self.recent.addItem(item)
        self.recent.setVisible(bool(entries))
        self.recent_label.setVisible(bool(entries))

    def set_demo_available(self, available: bool) -> None:
        self.demo_button.setVisible(available)
