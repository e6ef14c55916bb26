"""benchmarks/decoding_cost.py's limit summary: the decoding spent on hypotheses that ran to Whisper's 224 tokens."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from decoding_cost import TOKEN_LIMIT, at_the_limit  # noqa: E402


def _attempt(lengths, cpu):
    return {"hypotheses": [{"tokens": n} for n in lengths], "cpu": cpu}


def test_a_looping_hypothesis_takes_its_share_of_its_attempts_cpu():
    records = [{"attempts": [_attempt([TOKEN_LIMIT], 2.0),  # the greedy attempt looped
                             _attempt([TOKEN_LIMIT], 0.0),  # the same attempt taken from the greedy view's cache
                             _attempt([TOKEN_LIMIT, 100, 76, 0, 0], 4.0)]},  # a sample's top hypothesis looped
               {"attempts": [_attempt([20], 0.5)]}]  # a window that decoded greedily and passed
    line = at_the_limit(records)
    assert "3 attempts" in line and f"{TOKEN_LIMIT * 2 + 176 + 20} tokens" in line and "6.5 CPU s" in line
    assert "in 2 attempts (2 of them the attempt's top hypothesis)" in line
    assert f"{2 * TOKEN_LIMIT} tokens, ~4.2 CPU s" in line  # 2.0 + 4.0 * 224 / 400


def test_no_loop_no_limit_cost():
    assert "in 0 attempts" in at_the_limit([{"attempts": [_attempt([30, 28], 1.0)]}])
