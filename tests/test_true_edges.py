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
