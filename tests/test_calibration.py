"""benchmarks/calibration.py: which of our segments a truth segment's confidence is read from."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import calibration  # noqa: E402


def test_an_end_off_in_a_prompts_last_sentence_is_charged_to_the_segment_that_carries_it(tmp_path):
    """A truth segment (a prompt of two sentences) holds two of ours.  Its end is 0.3 s early: the review
    queue must point at the second sentence, whose end it is; flagging the first says nothing about it,
    and a flag on the second is the one that counts (the first alone was read before)."""
    ours = tmp_path / "ours"
    ours.mkdir()

    def write(first_conf: float, last_conf: float) -> None:
        output = {"segments": [{"start": 1.0, "end": 2.0, "text": "Welcome.", "confidence": first_conf},
                               {"start": 2.1, "end": 3.7, "text": "Please try again.", "confidence": last_conf}]}
        score = {"per_segment": [{"text": "Welcome. Please try again.", "scored": True, "pred_start": 1.0,
                                  "pred_end": 3.7, "err_start": 0.01, "err_end": -0.3}]}
        (ours / "case.json").write_text(json.dumps(output), encoding="utf-8")
        (ours / "case.score.json").write_text(json.dumps(score), encoding="utf-8")

    write(0.95, 0.35)
    (conf, err, *_), = calibration.rows(tmp_path)
    assert conf == 0.35 and abs(err - 0.3) < 1e-9
    (conf, *_), = calibration.rows(tmp_path, carrier=False)
    assert conf == 0.95
    write(0.95, 0.9)
    (conf, *_), = calibration.rows(tmp_path)
    assert conf == 0.9
