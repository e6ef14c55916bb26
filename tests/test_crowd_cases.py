"""The crowd dev cases' generator (benchmarks/crowd_cases.py): its catalogue, its crowds and its directions, without
building a case.

Nothing here reads ../shared; the crowd's claps are made here, its voices need espeak-ng (skipped without it); the
cases themselves are checked by ``crowd_cases.py --check``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import crowd_cases as cc  # noqa: E402

from aligner.formats import parse_transcript  # noqa: E402
from aligner.text import split_words  # noqa: E402


def test_the_catalogue_holds_what_its_name_list_says_and_is_all_dev():
    assert cc.names() == list(cc.catalogue())
    assert all(n.startswith("rd18_") and s.talk.which == "dev" and not s.talk.cheers and s.talk.transcript == "plain"
               for n, s in cc.catalogue().items())
    assert set(cc.LATER) <= set(cc.names()) and len(cc.LATER) == 2


def test_the_crowds_differ_in_kind_and_where_they_lie_against_a_line():
    crowds = [s.crowd for s in cc.catalogue().values()]
    assert {c.kind for c in crowds} == {"applause", "laughter", "cheering"}
    assert any(c.onset[1] <= 0 for c in crowds), "a crowd over a line's last words"
    assert any(c.onset[0] > 0 for c in crowds) and {c.cue for c in crowds} == {"after", "before"}
    assert {s.talk.kind for s in cc.catalogue().values()} == {"real", "short", "synth"}


def test_every_talk_has_its_own_seeds():
    specs = [s.talk for s in cc.catalogue().values()]
    seeds = [s.seed for s in specs] + [s.real.seed for s in specs if s.real] + \
        [x for s in specs for r in s.recordings for x in (r.seed, r.text_seed)]
    assert len(seeds) == len(set(seeds))


def test_applause_is_claps_from_its_first_tenth_of_a_second_and_dies_away():
    for seconds in (0.8, 1.5, 3.0):
        x = cc.applause(seconds, np.random.default_rng(7))
        assert len(x) == int(seconds * cc.RATE) and np.isfinite(x).all()
        assert abs(float(np.sqrt(np.mean(x.astype(np.float64) ** 2))) - 1.0) < 1e-3
        tenth = len(x) // 10
        assert np.abs(x[:2 * tenth]).max() > 0.5, "claps from the start, even in a short burst"
        assert np.sqrt(np.mean(x[-tenth:] ** 2)) < 0.7 * np.sqrt(np.mean(x[tenth:5 * tenth] ** 2))


def test_directions_are_cues_in_every_spelling_and_stay_in_their_lines():
    for kind, spellings in cc.SPELLINGS.items():
        for d in spellings:
            assert all(w.cue for w in split_words(d)), d
    crowd = cc.Crowd("applause", 2, 3.0, (1.0, 2.0), (0.0, 0.2))
    segs = [{"text": t} for t in ["One line.", "Two lines here.", "Three.", "Four at last."]]
    out = cc.with_directions(segs, crowd, [0, 2], seed=5)
    assert out[0]["text"].startswith("One line. ") and out[2]["text"].startswith("Three. ")
    assert len(parse_transcript("\n".join(s["text"] for s in out)).segments) == 4
    before = cc.with_directions(segs, cc.Crowd("laughter", 2, 3.0, (1.0, 2.0), (0.0, 0.2), cue="before"), [0, 2], 5)
    assert before[1]["text"].endswith("Two lines here.") and before[1]["text"] != "Two lines here."
    assert before[3]["text"].endswith("Four at last.") and before[3]["text"] != "Four at last."


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="the crowd's voices are espeak-ng's")
def test_a_laughing_crowd_is_many_voices_not_one():
    from aligner.align.voice_edges import VOWEL, periodicity_of

    x = cc.crowd_sound("laughter", 2.5, 11)
    assert len(x) == int(2.5 * cc.RATE) and np.isfinite(x).all()
    assert float(np.mean(periodicity_of(x, cc.RATE, 0.2, 2.0) >= VOWEL)) < 0.5
