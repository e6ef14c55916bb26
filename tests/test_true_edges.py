"""benchmarks/true_edges.py reads the truth of every built case but the aside set nobody has looked at."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import cases  # noqa: E402
import true_edges  # noqa: E402


def _built(root: Path, name: str, segments: list[dict]) -> None:
    (root / name).mkdir()
    (root / name / "truth.json").write_text(json.dumps({"segments": segments}))


def test_the_unseen_aside_set_is_never_read(tmp_path, monkeypatch):
    """In the fiftieth round two truth scans written by hand read the newly built set's truth with the rest; the tool
    leaves it out, and refuses to be pointed at it."""
    line = {"text": "Press one.", "start": 0.5, "end": 1.2}
    for name in ("vy_real_toast_plain_caf", "zz_real_new_dashes", "rd88_real_twin"):
        _built(tmp_path, name, [line])
    _built(tmp_path, "vy_no_segment_truth", [{"text": "x", "start": None, "end": None}])
    monkeypatch.setattr(cases, "CASES_DIR", tmp_path)
    monkeypatch.setattr(cases, "UNSEEN_ASIDE_PREFIXES", ("zz_",))
    assert [name for name, _, _ in true_edges.seen_cases_with_truth()] == ["rd88_real_twin", "vy_real_toast_plain_caf"]
    assert [name for name, _, _ in true_edges.seen_cases_with_truth(["*toast*", "zz_*"])] == ["vy_real_toast_plain_caf"]
    with pytest.raises(SystemExit, match="nobody has looked at"):
        true_edges.main(["ends", "--cases", "zz_*"])


def test_a_case_names_its_language():
    assert true_edges.language_of("vy_fr_real_evcar_caf") == "fr"
    assert true_edges.language_of("vy_real_toast_plain_caf") == "en"


def test_overcarried_names_a_start_carried_back_past_its_truth_not_one_carried_to_it(tmp_path, monkeypatch):
    """The fifty-third round's scan (benchmarks/README, the forty-sixth set's change section): a start carried back
    by extend_to_sound more than ``limit`` before its truth is reported.  Here one line's truth is put 0.2 s inside
    its sound (as a gas lift's hiss runs into a line), the other's at its sound's onset."""
    import numpy as np
    from synth import write_wav

    rate = 16000
    t = np.arange(int(3.0 * rate)) / rate
    x = 0.002 * np.random.default_rng(0).standard_normal(len(t))
    for a, b in ((0.5, 1.3), (1.8, 2.6)):  # two runs of a voiced-like sound, 120 Hz and its harmonics
        on = (t >= a) & (t < b)
        x[on] += 0.3 * sum(np.sin(2 * np.pi * 120 * k * t[on]) / k for k in range(1, 6))
    (tmp_path / "case").mkdir()
    write_wav(tmp_path / "case" / "audio.wav", x.astype(np.float32), rate)
    segments = [{"text": "Press one now.", "start": 0.7, "end": 1.3},  # truth 0.2 s after the sound begins
                {"text": "Press two now.", "start": 1.8, "end": 2.6}]
    got = list(true_edges.overcarried("case", tmp_path / "case", segments, early=0.03, limit=0.1))
    assert len(got) == 1 and got[0].startswith("case #1 start -30 -> "), got


def test_carried_with_the_opening_judgement_names_a_start_it_keeps_off_a_hiss(tmp_path):
    """The fifty-fourth round's reading (``carried --judgement opening``): a swelling hiss runs into two lines' voice;
    "Leave ..." (a liquid's line) is carried back over it without the judgement and kept by its voice with it,
    "Sorry ..." (a hiss's line) is carried alike either way and not named."""
    import numpy as np
    from synth import write_wav

    rate = 16000
    t = np.arange(int(3.2 * rate)) / rate
    x = 0.0005 * np.random.default_rng(0).standard_normal(len(t))
    hiss = np.random.default_rng(1).standard_normal(len(t))
    for a, b in ((0.5, 1.3), (2.0, 2.8)):  # the voice from a to b, a hiss swelling over the 0.2 s before it
        before = (t >= a - 0.2) & (t < a)
        x[before] += 0.01 * np.linspace(0.3, 1.0, before.sum()) * hiss[before]
        on = (t >= a) & (t < b)
        x[on] += 0.2 * sum(np.sin(2 * np.pi * 180 * k * t[on]) / k for k in range(1, 16)) / 3
    (tmp_path / "case").mkdir()
    write_wav(tmp_path / "case" / "audio.wav", x.astype(np.float32), rate)
    segments = [{"text": "Leave a message now.", "start": 0.5, "end": 1.3},
                {"text": "Sorry, leave a message.", "start": 2.0, "end": 2.8}]
    got = list(true_edges.carried("case", tmp_path / "case", segments, early=0.0, judgement="opening"))
    assert len(got) == 1 and got[0].startswith("case #1 start -"), got
    before, after = (int(v) for v in got[0].split("start ")[1].split(" ms")[0].split(" -> "))
    assert before < -150 and -60 <= after <= 0, got
