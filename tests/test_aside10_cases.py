"""The tenth aside set's generators (benchmarks/aside10_cases.py, aside10_languages.py) and the one table of aside
sets (cases.ASIDE_SETS) run.py, cases.py and bench_languages.py take their flags from (its test with the newest set:
tests/test_aside11_cases.py).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import numpy as np
import pytest

import aside10_cases as a10
import aside10_languages as a10l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import band_share, needs_sox, talk

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.0, 3.6), (4.2, 4.9), (5.3, 6.9), (7.5, 8.4), (9.0, 11.0), (11.6, 13.4)]


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside9_cases as a9
    import aside9_languages as a9l

    assert all(n.startswith("mx_") for n in a10.names("aside") + a10l.names("aside"))
    assert all(n.startswith("rd31_") for n in a10.names("dev") + a10l.names("dev"))
    assert set(a10.catalogue()) == set(a10.names("aside") + a10.names("dev"))
    assert set(a10l.catalogue()) == set(a10l.names("aside") + a10l.names("dev"))
    for cat in (a10.catalogue(), a10l.catalogue()):
        assert all(s.which == ("aside" if n.startswith("mx_") else "dev") for n, s in cat.items())
    seeds = [s.seed for s in list(a10.catalogue().values()) + list(a10l.catalogue().values())]
    assert len(seeds) == len(set(seeds))
    before = {s.seed for s in list(a9.catalogue().values()) + list(a9l.catalogue().values())}
    assert not set(seeds) & before


def test_the_set_holds_the_languages_the_brief_names_and_a_right_to_left_one():
    from aligner.language import RTL_LANGUAGES

    langs = {s.lang for s in a10l.catalogue().values() if s.which == "aside"}
    assert {"fr", "de", "es", "it", "sv"} <= langs
    assert langs & {"zh", "ja"} and langs & RTL_LANGUAGES
    assert set(a10l.LANGS.split(",")) == langs


def test_the_fresh_tux_paint_runs_are_ones_no_set_drew():
    import aside8_languages as a8l
    import aside9_languages as a9l

    taken = {(s.lang, s.part) for cat in (a8l.catalogue(), a9l.catalogue()) for s in cat.values()
             if s.real is not None and s.which == "aside"}
    mine = [(s.lang, s.part) for s in a10l.catalogue().values() if s.real is not None and s.which == "aside"]
    assert mine and len(mine) == len(set(mine)) and not set(mine) & taken


def test_the_dev_and_aside_sentences_never_meet_and_kana_follows_the_lines():
    for lang, lines in a10l.DEV_SENTENCES.items():
        assert not set(lines) & set(a10l.SENTENCES[lang])
    assert len(a10l.KANA["ja"]) == len(a10l.SENTENCES["ja"])


def test_rain_is_bright_patter_of_unit_level():
    x = a10.rain(3 * RATE, seed=4)
    assert abs(float(np.sqrt(np.mean(x ** 2))) - 1.0) < 1e-3
    assert band_share(x, 1000, 8000) > 0.5  # droplets are ticks, not a rumble
    frames = np.array([sc._rms(x[i:i + 160]) for i in range(0, len(x) - 160, 160)])
    assert frames.max() > 2.5 * np.median(frames)  # single drops stand out of the bed
    assert np.array_equal(x, a10.rain(3 * RATE, seed=4))


def test_a_clock_ticks_once_a_second_in_two_pitches():
    x = a10.clock(6 * RATE, seed=2)
    loud = np.flatnonzero(np.abs(x) > 0.5 * np.abs(x).max())
    onsets = loud[np.concatenate([[True], np.diff(loud) > RATE // 10])] / RATE
    assert len(onsets) in (5, 6)
    assert np.allclose(np.diff(onsets), 1.0, atol=0.01)
    first, second = (x[int(t * RATE) - 20:int(t * RATE) + 240] for t in onsets[:2])
    peak = [np.fft.rfftfreq(len(y), 1 / RATE)[np.argmax(np.abs(np.fft.rfft(y)))] for y in (first, second)]
    assert abs(peak[0] - peak[1]) > 300  # a tick and a tock


def test_a_vacuum_cleaner_spins_up_runs_and_spins_down():
    x = a10.vacuum(6.0, seed=3)
    assert len(x) == 6 * RATE
    first, middle, last = sc._rms(x[: RATE // 5]), sc._rms(x[2 * RATE:4 * RATE]), sc._rms(x[-RATE // 10:])
    assert middle == pytest.approx(1.0, rel=0.05)
    assert first < 0.3 * middle and last < 0.3 * middle


def test_the_vacuum_cleaner_is_switched_on_inside_the_line_it_names():
    made = talk(SEGS, 14.0)
    k, at, seconds = a10.vacuum_time(made, seed=8)
    s = made.segments[k]
    assert s["start"] < at < s["end"] and 15.0 <= seconds <= 25.0
    out = a10.add_vacuum(made, seed=8, under_db=6)
    added = out.samples - made.samples
    assert out.segments == made.segments
    assert not added[: int(at * RATE) - 1].any() and added[int(at * RATE) + RATE:].any()


def test_a_tiled_room_answers_an_impulse_with_a_slap_back_and_keeps_the_truth():
    x = np.zeros(RATE, np.float32)
    x[1000] = 1.0
    made = sc.Made(x, [{"text": "a", "start": 0.0625, "end": 0.5}], [])
    out = a10.tiled_room(made, seed=5)
    after = np.abs(out.samples[1000 + int(0.06 * RATE):1000 + int(0.12 * RATE)])
    echo = (int(np.argmax(after)) + int(0.06 * RATE)) / RATE
    assert 0.07 <= echo <= 0.11
    assert 0.3 < after.max() < 0.7  # 4-7 dB under the direct sound
    assert out.segments == made.segments


def test_joins_across_noise_move_the_later_lines_with_their_sound():
    made = talk(SEGS, 14.0)
    out = a10.noise_gaps(made, seed=3, count=2)
    moved = [o["start"] - m["start"] for o, m in zip(out.segments, made.segments)]
    assert moved[0] == 0 and sorted(set(round(v, 4) for v in moved))[-1] >= 6.0
    assert len(out.samples) / RATE == pytest.approx(14.0 + moved[-1], abs=1e-3)
    for o, m in zip(out.segments, made.segments):  # every line's sound went where its truth went
        b = int(m["start"] * RATE)
        a = b + round((o["start"] - m["start"]) * RATE)  # the truth is rounded to 0.1 ms: within two samples
        assert any(np.array_equal(out.samples[a + d:a + d + 800], made.samples[b:b + 800]) for d in range(-2, 3))
    level = a10.a4.speech_rms(made)
    k = next(i for i, v in enumerate(moved) if v > 0)
    gap = out.samples[int((made.segments[k - 1]["end"] + 0.5) * RATE):int((out.segments[k]["start"] - 0.5) * RATE)]
    assert sc._rms(gap) == pytest.approx(level, rel=0.4)


def test_a_substituted_line_is_deleted_as_spoken_and_added_as_written():
    segs = [{"text": f"Line {i}.", "start": float(i), "end": i + 0.5} for i in range(6)]
    out, derived = a10.substituted(segs, 2, "Never said.")
    assert [s["text"] for s in out if s.get("in_transcript", True)] == \
        ["Line 0.", "Line 1.", "Never said.", "Line 3.", "Line 4.", "Line 5."]
    assert out[2]["in_transcript"] is False and out[3]["start"] is None and out[3]["spoken"] is False
    assert [c["kind"] for c in derived["changed"]] == ["deleted", "added"]


def _shared_scorer() -> bool:
    import cases

    try:
        cases.require_shared()
    except cases.SharedDataMissing:
        return False
    return True


@pytest.mark.skipif(not _shared_scorer(), reason="run.flag_report matches words with ../shared's score.py")
def test_run_py_reports_both_halves_of_a_substituted_line():
    import run

    segs = [{"text": f"Line {i}.", "start": float(i), "end": i + 0.5} for i in range(6)]
    out, derived = a10.substituted(segs, 2, "Never said.")
    rows = run.flag_report({"segments": out, "derived": derived}, {"segments": [], "unscripted": []})
    assert [(r["kind"], r["flagged"]) for r in rows] == [("deleted", False), ("added", False)]


def test_every_transcript_shape_reads_back_as_the_truths_lines():
    import unseen_cases as uc

    segs = [{"text": f"Line {w} has a few words in it.", "start": 2.0 * i, "end": 2.0 * i + 1.2, "voice": "a"}
            for i, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])]
    for shape in ("page", "srt", "dashes"):
        built = uc.Built(sc.Made(np.zeros(20 * RATE, np.float32), segs, [], []))
        built = a10.transcript(built, a10.Spec("dev", "synth", shape, seed=5), "made up")
        if shape == "dashes":
            assert all(s["text"].startswith("- ") for s in built.made.segments)
        else:
            assert built.page and built.derived["changed"] == []


@needs_sox
def test_the_new_codecs_move_the_truth_by_the_delay_they_measure():
    pytest.importorskip("av")
    made = talk(SEGS, 14.0)
    magic = {"mulaw": b".snd", "adpcm": b"FORM", "mp2": b"\xff"}
    for kind, head in magic.items():
        out, (suffix, data) = a10.a9.store_codec(made, kind, a10.CODECS)
        assert suffix == a10.CODECS[kind][0] and data.startswith(head)
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.05
        assert all(abs((o["end"] - m["end"]) - shift) < 1e-3 for o, m in zip(out.segments, made.segments))
        # the same bytes again
        fixtures.assert_written_again_the_same(data, a10.a9.store_codec(made, kind, a10.CODECS)[1][1], kind)


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_they_are_seen():
    fixtures.assert_refused_without_flag(10, a10, a10l, ("mx_*", "mx_real_rain_page", "mx_fa_*"))


def test_no_dev_run_holds_an_aside_case_and_the_dev_twins_are_in_it():
    import cases

    dev = cases.all_case_names(long60=True)
    assert not (set(cases.ASIDE10) | set(cases.LANG_ASIDE10)) & set(dev)
    assert cases.all_case_names(aside10=True) == cases.ASIDE10
    assert cases.LANG_ASIDE10 == a10l.names("aside") and cases.LANG31_DEV == a10l.names("dev")
    assert cases.FRESH31_DEV == a10.names("dev")
