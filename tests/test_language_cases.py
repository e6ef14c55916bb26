"""The languages table's truth (benchmarks/language_cases.py): where the second French speaker's voice begins."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import language_cases as lc  # noqa: E402
from synth import espeak_available, speak  # noqa: E402

RATE = lc.RATE


def _her_file(click_at: float | None, voice_at: float, seed: int = 4) -> np.ndarray:
    """A prompt file as hers are: a click and a decaying low thump at its head, a noise floor, the voice."""
    rng = np.random.default_rng(seed)
    voice = speak("Bienvenue dans le répertoire.", voice="fr-fr")
    n = int((voice_at + 0.3) * RATE) + len(voice)
    t = np.arange(n) / RATE
    x = 0.2 * np.sin(2 * np.pi * 12 * t) * np.exp(-t / 0.12)  # the thump
    x[:3] += 0.5  # the cut's click
    x += rng.normal(0, 0.0003, n)
    if click_at is not None:  # a click of its own after the thump, then quiet
        k = int(click_at * RATE)
        x[k:k + 40] += rng.normal(0, 0.03, 40)
    k = int(voice_at * RATE)
    x[k:k + len(voice)] += voice * 0.3
    return x.astype(np.float32)


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_click_before_her_voice_is_not_its_start():
    plain, _ = lc.voice_span_clicked(_her_file(None, 0.44))
    clicked, _ = lc.voice_span_clicked(_her_file(0.07, 0.44))
    assert abs(plain / RATE - 0.44) <= 0.02
    assert abs(clicked / RATE - 0.44) <= 0.02, clicked / RATE


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_the_german_dutch_and_portuguese_dev_talks():
    """``breathy``: pauses of 0.3-1.3 s with breaths in some; ``synthtight``: sentences 0-0.1 s apart."""
    for lang in ("de", "nl", "pt"):
        breathy, tight = lc.cases("dev", [lang], ["breathy", "synthtight"])
        assert (breathy.name, tight.name) == (f"breathy_{lang}_dev", f"synthtight_{lang}_dev")
        for case, (lo, hi) in ((breathy, (0.3, 1.3)), (tight, (0.0, 0.1))):
            assert [s["text"] for s in case.segments] == lc.SYNTH_SENTENCES[lang]
            gaps = [b["start"] - a["end"] for a, b in zip(case.segments, case.segments[1:])]
            assert all(lo - 0.01 <= g <= hi + 0.01 for g in gaps), gaps
        assert "breaths" in breathy.notes and "breaths" not in tight.notes
    assert lc.cases("heldout", ["de"], ["breathy", "synthtight"]) == []


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_the_third_espeak_kinds_a_quiet_buzz_and_tight_joins_over_a_line_with_half_kept_aside():
    """``quietbuzz3``: a buzz under speech recorded at -40 dBFS, pauses 0.3-1.3 s; ``phonetight3``: sentences
    0-0.1 s apart over a telephone line.  Romanian is in the dev half, Polish only under the aside names."""
    buzz, tight = lc.cases("dev", ["ro"], ["quietbuzz3", "phonetight3"])
    assert (buzz.name, tight.name) == ("quietbuzz3_ro_dev", "phonetight3_ro_dev")
    for case, (lo, hi) in ((buzz, (0.3, 1.3)), (tight, (0.0, 0.1))):
        assert [s["text"] for s in case.segments] == lc.MORE_SENTENCES["ro"]
        gaps = [b["start"] - a["end"] for a, b in zip(case.segments, case.segments[1:])]
        assert all(lo - 0.01 <= g <= hi + 0.01 for g in gaps), gaps
    speech = np.concatenate([buzz.samples[int(s["start"] * 16000):int(s["end"] * 16000)] for s in buzz.segments])
    assert abs(20 * np.log10(np.sqrt(np.mean(speech.astype(np.float64) ** 2))) + 40.0) < 0.5
    assert "buzz" in buzz.notes and "telephone" in tight.notes
    assert lc.cases("dev", ["pl"], ["quietbuzz3", "phonetight3"]) == []
    assert [c.name for c in lc.cases("dev", ["pl"], ["quietbuzz3aside"])] == ["quietbuzz3aside_pl_aside"]


def test_the_stage_look_at_case_folders_refuses_an_unseen_aside_set(tmp_path, monkeypatch):
    import cases
    import language_misses

    monkeypatch.setattr(cases, "UNSEEN_ASIDE_PREFIXES", ("yy_",))
    with pytest.raises(SystemExit, match="unseen"):
        language_misses.FolderCase(tmp_path / "yy_es_anything")
    assert cases.is_unseen_aside("yy_es_anything") and not cases.is_unseen_aside("zx_es_tux_fresh_pa")
