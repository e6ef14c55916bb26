"""The waveform as a subtitle timer uses it: spectrogram, amplitude zoom, range selection, context menus, view restore.

Driven through the real window offscreen (pytest-qt), on synthesized speech
whose true segment times are put in the Document (no alignment needed) unless
a test aligns on purpose.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from aligner.audio import load_audio
from aligner.audio.encode import write_audio
from aligner.audio.peaks import compute_peaks
from aligner.document import Document, Segment
from synth import espeak_available, synthesize_talk

pytestmark = [pytest.mark.gui, pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")]

SENTENCES = ["The first sentence is short.", "Then a second one follows with a few more words in it.",
             "A third one ends the talk."]


@pytest.fixture(scope="module")
def spoken(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wavetools")
    path = folder / "talk.wav"
    truth = synthesize_talk(SENTENCES, path, pauses=[1.2, 1.2])
    transcript = folder / "talk.txt"
    transcript.write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    audio = load_audio(str(path))
    # A compressed copy: opening it shows a quick sketch of the waveform first, then the exact one.
    ogg = folder / "talk.ogg"
    write_audio(ogg, audio.samples, audio.sample_rate)
    return audio, compute_peaks(audio), truth, str(ogg), str(transcript)


def test_reopening_a_project_restores_its_view(qtbot, window, spoken, tmp_path):
    _, _, truth, audio_path, transcript = spoken
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        assert window.files.open_paths([audio_path, transcript])
    panel, vp = window.waveforms, window.waveforms.viewport
    vp.span = 1.5
    vp.scroll_to(2.25)
    panel.refresh_view()
    project = str(tmp_path / "talk.alignproj")
    assert window.files._save_to(project)

    window.waveforms.fit_all()  # look somewhere else, then reopen
    with qtbot.waitSignal(window.files.sessionOpened, timeout=60_000):
        assert window.files.open_paths([project])
    QApplication.processEvents()
    assert vp.start == pytest.approx(2.25, abs=1e-6)
    assert vp.span == pytest.approx(1.5, abs=1e-6)
    assert panel.scrollbar.value() == int(vp.start * 1000)
