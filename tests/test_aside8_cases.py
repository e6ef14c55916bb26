"""The eighth aside set's generators (benchmarks/aside8_cases.py, aside8_languages.py): pure parts.

The cases are made from Debian packages and a PyPI sdist a test machine may not have; these tests use made-up
talks and signals and run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import numpy as np
import pytest

import aside8_cases as a8
import aside8_languages as a8l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import band_share, talk

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.0, 3.6), (4.2, 4.9), (5.3, 6.9), (7.5, 8.4), (9.0, 11.0)]


def test_catalogues_name_the_halves_and_use_their_prefixes():
    assert all(n.startswith("yx_") for n in a8.names("aside") + a8l.names("aside"))
    assert all(n.startswith("rd22_") for n in a8.names("dev") + a8l.names("dev"))
    assert set(a8.catalogue()) == set(a8.names("aside") + a8.names("dev"))
    assert set(a8l.catalogue()) == set(a8l.names("aside") + a8l.names("dev"))
    assert all(s.which == ("aside" if n.startswith("yx_") else "dev") for n, s in a8.catalogue().items())
    assert all(s.which == ("aside" if n.startswith("yx_") else "dev") for n, s in a8l.catalogue().items())
    seeds = [s.seed for s in list(a8.catalogue().values()) + list(a8l.catalogue().values())]
    assert len(seeds) == len(set(seeds))


def test_each_new_voice_take_is_used_once_and_never_by_both_halves():
    used = [t for s in a8.catalogue().values() if s.which == "aside" for t in s.takes]
    assert len(used) == len(set(used)) and not set(used) & set(a8.DEV_TAKES)
    assert all(set(s.takes) <= set(a8.DEV_TAKES) for s in a8.catalogue().values() if s.which == "dev")
    assert set(used) | set(a8.DEV_TAKES) == set(a8.TAKES)


def test_the_gate_and_the_pad_leave_the_voice_where_the_edges_say():
    import unseen_cases as uc

    rng = np.random.default_rng(4)
    floor = 0.002
    x = (rng.normal(size=2 * RATE) * floor).astype(np.float32)
    x[int(0.02 * RATE):int(1.3 * RATE)] += 0.2 * np.sin(2 * np.pi * 180 * np.arange(int(1.28 * RATE)) / RATE)
    x[int(1.3 * RATE):int(1.5 * RATE)] += (0.02 * rng.normal(size=int(0.2 * RATE))).astype(np.float32)  # a rumble
    assert uc.voice_span(x)[1] > 1.45 * RATE  # the rule alone counts the rumble as voice
    g = a8.gated_at(x, (0.02, 1.3), "test")
    p = a8.padded(g, "test", a8.PAD, a8.FADE)
    pad = int(a8.PAD * RATE)
    assert len(p) == len(x) + 2 * pad
    assert sc._rms(p[:pad]) == pytest.approx(a8.own_floor(x), rel=0.15)
    start, end = uc.voice_span(p)
    assert abs(start - pad - 0.02 * RATE) < 0.006 * RATE and abs(end - pad - 1.3 * RATE) < 0.006 * RATE
    assert sc._rms(g[int(1.32 * RATE):int(1.5 * RATE)]) < 2 * floor  # the rumble gone, the floor left


def test_the_train_clacks_in_pairs_over_a_rumble():
    y, period = a8.train_sound(10 * RATE, 7)
    assert 1.1 <= period <= 1.3
    assert np.sqrt(np.mean(y.astype(np.float64) ** 2)) == pytest.approx(1.0, rel=0.01)
    hop = RATE // 200  # 5 ms
    level = np.sqrt(np.mean(y[: len(y) // hop * hop].astype(np.float64).reshape(-1, hop) ** 2, axis=1))
    loud = np.flatnonzero(level > 3 * np.median(level))
    onsets = loud[np.concatenate([[True], np.diff(loud) > 4])] * hop / RATE  # clacks 20 ms or more apart
    gaps = np.diff(onsets)
    assert len(onsets) >= 12
    assert np.any(np.abs(gaps - 0.12) < 0.02) and np.any(np.abs(gaps - (period - 0.12)) < 0.1)


def test_the_telephone_starts_inside_a_line_and_moves_no_truth():
    made = talk(SEGS, 14.0)
    times = a8.rings_over_times(made, 3, 3)
    assert len(times) == 3
    for k, at in times:
        s = made.segments[k]
        assert s["end"] - s["start"] >= 1.2 and 0.3 <= at - s["start"] <= 0.9
    rung = a8.lay_rings_over(made, 3, 3)
    assert rung.segments == made.segments
    k, at = times[0]
    assert band_share(rung.samples[int(at * RATE):int((at + 0.4) * RATE)] - made.samples[
        int(at * RATE):int((at + 0.4) * RATE)], 380, 470) > 0.99


def test_the_pumping_gain_control_lifts_a_pause_within_tenths_of_a_second():
    made = talk(SEGS, 12.0)
    rng = np.random.default_rng(2)
    made = sc.Made((made.samples + rng.normal(size=len(made.samples)) * 1e-3).astype(np.float32), made.segments,
                   made.notes, made.words)
    pumped = a8.pumping(made)
    assert pumped.segments == made.segments
    g = pumped.samples / np.where(np.abs(made.samples) > 1e-6, made.samples, 1.0)
    # 0.3 s into the pause after the first line (1.5 s) the gain is far up; inside the line it is not
    early = np.median(np.abs(g[int(1.8 * RATE):int(1.9 * RATE)]))
    inside = np.median(np.abs(g[int(1.0 * RATE):int(1.4 * RATE)]))
    assert 20 * np.log10(early / inside) > 15


def test_time_stamps_read_back_as_the_lines():
    from aligner.formats import parse_transcript

    segs = [{"text": f"This is line number {k} of the talk.", "start": 7.0 * k + 1.4} for k in range(12)]
    page, marked = a8.stamped(segs, 5)
    lines = page.splitlines()
    assert len(lines) == len(segs) + len(marked) and marked[0] <= 2
    assert all(3 <= b - a <= 5 for a, b in zip(marked, marked[1:]))
    for k in marked:
        assert a8.stamp(segs[k]["start"]) in lines and a8.stamp(segs[k]["start"]) == \
            f"[00:{int(segs[k]['start']) // 60:02d}:{int(segs[k]['start']) % 60:02d}]"
    assert [s.text for s in parse_transcript(page, name="transcript.txt").segments] == [s["text"] for s in segs]
    assert a8.stamp(3725.9) == "[01:02:05]"


def test_japanese_is_said_from_kana_and_written_in_kanji():
    assert len(a8l.KANA["ja"]) == len(a8l.SENTENCES["ja"])
    kanji = lambda t: any("\u4e00" <= c <= "\u9fff" for c in t)  # noqa: E731
    assert not any(kanji(t) for t in a8l.KANA["ja"])
    assert sum(kanji(t) for t in a8l.SENTENCES["ja"]) >= 7
    assert not set(a8l.DEV_SENTENCES["sv"]) & set(a8l.SENTENCES["sv"])


def test_short_lines_are_new_and_split_between_halves():
    import aside6_cases as a6
    import aside7_cases as a7

    assert not set(a8.SHORT_LINES) & (set(a6.SHORT_LINES) | set(a7.SHORT_LINES))
    assert all(1 <= len(t.split()) <= 3 for t in a8.SHORT_LINES)


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_they_are_seen_now():
    fixtures.assert_refused_without_flag(8, a8, a8l, ("yx_*", "yx_panel_austen_cards", "yx_fr_*"))


def test_no_dev_run_holds_an_aside_case_and_the_dev_twins_are_in_it():
    import cases

    assert not (set(cases.ASIDE8) | set(cases.LANG_ASIDE8)) & set(cases.all_case_names(long60=True))
    assert cases.all_case_names(aside8=True) == cases.ASIDE8
    assert cases.LANG_ASIDE8 == a8l.names("aside") and cases.LANG22_DEV == a8l.names("dev")
    assert cases.FRESH22_DEV == a8.names("dev")
