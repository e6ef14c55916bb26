"""Silero VAD in pieces: the same speech probabilities as faster-whisper's, for a third of the memory."""

from __future__ import annotations

import numpy as np
import pytest


def _noise_and_tones(seconds: float) -> np.ndarray:
    """Something the VAD finds speech-like in places and silent in others (no espeak-ng needed)."""
    rate = 16000
    t = np.arange(int(seconds * rate)) / rate
    rng = np.random.default_rng(3)
    voiced = (np.sin(2 * np.pi * 0.3 * t) > 0).astype(np.float32)
    x = 0.3 * voiced * np.sin(2 * np.pi * 180 * t * (1 + 0.05 * np.sin(2 * np.pi * 3 * t)))
    x += 0.01 * rng.standard_normal(len(t))
    return x.astype(np.float32)


def test_pieces_give_faster_whispers_own_probabilities(monkeypatch):
    from faster_whisper.utils import get_assets_path
    from faster_whisper.vad import SileroVADModel

    from aligner.align import speech_detection

    path = f"{get_assets_path()}/silero_vad_v6.onnx"
    audio = _noise_and_tones(20.0)
    audio = np.pad(audio, (0, 512 - len(audio) % 512))
    expected = SileroVADModel(path)(audio.copy())
    monkeypatch.setattr(speech_detection, "PIECE", 7)  # many pieces, the last one short
    got = speech_detection._piecewise_model_class()(path)(audio.copy())
    assert got.shape == expected.shape
    assert np.array_equal(got, expected)


def test_faster_whispers_vad_runs_in_pieces_once_installed():
    import faster_whisper.vad as vad
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    from aligner.align.speech_detection import use_piecewise_vad

    use_piecewise_vad()
    use_piecewise_vad()  # twice: still one model
    model = vad.get_vad_model()
    assert type(model).__name__ == "PiecewiseSileroVAD" and vad.get_vad_model() is model
    calls = []
    run = model.session.run

    class Spy:
        def run(self, *args, **kwargs):
            calls.append(args[1]["input"].shape[0])
            return run(*args, **kwargs)
    session, model.session = model.session, Spy()
    try:
        speech = get_speech_timestamps(_noise_and_tones(60.0), VadOptions(max_speech_duration_s=30))
    finally:
        model.session = session
    assert speech  # the tones were found
    assert len(calls) > 1 and max(calls) <= 500


@pytest.mark.slow
def test_vad_over_five_minutes_adds_well_under_a_hundred_megabytes():
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    from aligner.align.speech_detection import use_piecewise_vad
    from aligner.memory import give_back_freed_memory
    from aligner.profiling import _reset_high_water_mark, _status_kb

    use_piecewise_vad()
    audio = _noise_and_tones(300.0)
    get_speech_timestamps(audio[:16000], VadOptions())  # the model is loaded before measuring
    give_back_freed_memory()
    if not _reset_high_water_mark():
        pytest.skip("no /proc/self/clear_refs here")
    before = _status_kb("VmRSS")
    get_speech_timestamps(audio, VadOptions(max_speech_duration_s=30))
    growth_mb = (_status_kb("VmHWM") - before) / 1024
    assert growth_mb < 90, f"VAD over 5 minutes took {growth_mb:.0f} MB more (faster-whisper's own: 125-155)"
