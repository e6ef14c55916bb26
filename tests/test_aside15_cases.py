"""The fifteenth aside set's generators (benchmarks/aside15_cases.py, aside15_languages.py) and the refusal that keeps
it to its own flag (looked at once: seen).  The test of the one table of aside sets moved to test_aside16_cases.py
(the newest set, unseen).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import numpy as np
import pytest

import aside15_cases as a15
import aside15_languages as a15l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import band_share, needs_sox, talk

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.7, 4.6), (5.9, 6.9), (8.2, 10.3), (11.6, 12.4), (13.8, 16.0), (17.3, 19.4)]
NEW_CODECS = {"aptx", "wma1", "tta", "alac"}


def _with_quiet_middles(made: sc.Made) -> sc.Made:
    """The made-up talk with 60 ms of silence 40 % of the way into each line (a pause between two words)."""
    y = made.samples.copy()
    for s in made.segments:
        at = int((s["start"] + 0.4 * (s["end"] - s["start"])) * RATE)
        y[at:at + int(0.06 * RATE)] = 0.0
    return sc.Made(y, made.segments, made.notes, made.words)


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside13_cases as a13
    import aside13_languages as a13l
    import aside14_cases as a14
    import aside14_languages as a14l

    fixtures.assert_halves_named(a15, a15l, "hx_", "rd58_")
    fixtures.assert_seeds_new((a15, a15l), (a13, a13l, a14, a14l))
    assert 10 <= len(a15.names("aside")) <= 12 and 6 <= len(a15l.names("aside")) <= 8
    assert 1 <= len(a15l.names("dev")) and len(a15.names("dev")) >= 3


def test_the_brief_s_talks_are_there_a_long_one_new_kinds_dev_twins_and_new_codecs():
    cat = a15.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    dev = [s for s in list(cat.values()) + list(a15l.catalogue().values()) if s.which == "dev"]
    long = [s for s in aside if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 90]
    assert len(long) == 1 and long[0].real.repeats == 2
    kinds = {"inside": lambda s: s.inside, "creaks": lambda s: s.creaks, "duplex": lambda s: s.duplex,
             "labels": lambda s: getattr(s, "transcript", "") == "labels",
             "textgrid": lambda s: getattr(s, "transcript", "") == "textgrid"}
    for kind, has in kinds.items():
        assert any(has(s) for s in aside), kind
        assert any(has(s) for s in dev), kind  # a dev twin of every new kind
    assert {s.codec for s in aside} >= NEW_CODECS and {s.codec for s in dev} >= NEW_CODECS
    assert set(a15.CODECS) == NEW_CODECS
    import aside14_cases as a14
    assert not {c[2] for c in a15.CODECS.values()} & {c[2] for c in a14.CODECS.values()}
    # the two halves' laughs and coughs are different people
    packs = {w: {n.split("/")[0] for kinds in a15.VOCAL[w].values() for n in kinds} for w in ("dev", "aside")}
    assert not packs["dev"] & packs["aside"]


def test_the_set_holds_real_and_synthesized_languages_two_speakers_and_bench_languages_knows_it():
    cat = a15l.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    assert {"fr", "es", "it", "ru"} <= {s.lang for s in aside if s.real is not None}
    assert "sv" in {s.lang for s in aside} and {"de", "nl"} & {s.lang for s in aside}
    assert any(s.recordings and len({v.name for v in s.recordings[0].voices}) >= 2 for s in aside)
    fixtures.assert_bench_languages_knows(15, a15l, 58)


def test_a_laugh_inside_a_line_stops_it_at_its_quiet_point_and_the_line_spans_it(monkeypatch):
    laugh = (0.3 * np.sin(2 * np.pi * 400 * np.arange(int(0.9 * RATE)) / RATE)).astype(np.float32)
    monkeypatch.setattr(a15, "vocal", lambda name: laugh)
    made = _with_quiet_middles(talk(SEGS, 21.0))
    out = a15.inside_lines(made, seed=7, count=2, which="aside")
    hit = [k for k, s in enumerate(out.segments) if s.get("inside")]
    assert len(hit) == 2 and all(made.segments[k]["end"] - made.segments[k]["start"] >= 0.8 for k in hit)
    moved = 0.0
    for k, (o, m) in enumerate(zip(out.segments, made.segments)):
        assert o["start"] == pytest.approx(m["start"] + moved, abs=2e-4)  # a line starts where it did, moved
        if k in hit:
            put = o["end"] - m["end"] - moved
            assert 0.9 + 0.2 - 1e-3 <= put <= 0.9 + 0.5 + 1e-3  # the laugh and 0.1-0.25 s either side
            moved += put
        else:
            assert o["end"] == pytest.approx(m["end"] + moved, abs=2e-4)
    assert len(out.samples) == pytest.approx(len(made.samples) + moved * RATE, abs=2)
    # one laugh, sample by sample: the talk is whole up to the line's silent 60 ms, then silence, the laugh,
    # silence, and the rest of the talk
    one = a15.inside_lines(made, seed=7, count=1, which="aside")
    k = [i for i, s in enumerate(one.segments) if s.get("inside")][0]
    m = made.segments[k]
    cut = a15._cut_point(made, k, m)
    quiet = int((m["start"] + 0.4 * (m["end"] - m["start"])) * RATE)
    assert quiet <= cut <= quiet + int(0.06 * RATE)
    n = len(one.samples) - len(made.samples)
    assert np.array_equal(one.samples[:cut], made.samples[:cut])
    assert np.array_equal(one.samples[cut + n:], made.samples[cut:])
    middle = one.samples[cut:cut + n]
    assert np.abs(middle).max() > 0 and not middle[:int(0.1 * RATE)].any() and not middle[-int(0.1 * RATE):].any()
    assert one.segments[k]["start"] == m["start"] and one.segments[k]["end"] == pytest.approx(m["end"] + n / RATE,
                                                                                           abs=1e-4)


def test_a_laugh_between_timed_words_goes_in_the_widest_pause_among_the_middle_words(monkeypatch):
    monkeypatch.setattr(a15, "vocal", lambda name: np.ones(800, np.float32) * 0.2)
    made = talk([(0.5, 3.5), (4.5, 7.5)], 9.0)
    words = []
    for k, s in enumerate(made.segments):  # five words, the widest gap between the third and the fourth
        a = s["start"]
        for i, (dur, gap) in enumerate([(0.4, 0.1), (0.5, 0.1), (0.5, 0.3), (0.5, 0.1), (0.5, 0.0)]):
            words.append({"word": f"w{i}", "start": round(a, 4), "end": round(a + dur, 4), "seg": k})
            a += dur + gap
    y = made.samples.copy()
    for p, q in zip(words[:-1], words[1:]):  # the pauses between words are silent
        y[int(round(p["end"] * RATE)):int(round(q["start"] * RATE))] = 0.0
    made = sc.Made(y, made.segments, made.notes, words)
    cut = a15._cut_point(made, 0, made.segments[0])
    third_end = [w for w in words if w["seg"] == 0][2]["end"]
    assert cut == int(round((third_end + 0.15) * RATE))
    out = a15.inside_lines(made, seed=1, count=1, which="dev")
    k = [i for i, s in enumerate(out.segments) if s.get("inside")][0]
    mine = [w for w in out.words if w["seg"] == k]
    theirs = [w for w in made.words if w["seg"] == k]
    assert mine[:3] == theirs[:3]  # the words before the laugh stay, the ones after it move by what was put in
    by = mine[3]["start"] - theirs[3]["start"]
    assert by > 800 / RATE and out.segments[k]["end"] == pytest.approx(made.segments[k]["end"] + by, abs=1e-4)


def test_a_line_without_a_pause_inside_is_not_stopped(monkeypatch):
    monkeypatch.setattr(a15, "vocal", lambda name: np.ones(800, np.float32) * 0.2)
    made = talk(SEGS, 21.0)  # every line one unbroken sound
    assert all(a15._cut_point(made, k, s) is None for k, s in enumerate(made.segments))
    out = a15.inside_lines(made, seed=2, count=3, which="dev")
    assert out.segments == made.segments and np.array_equal(out.samples, made.samples)


def test_a_creak_is_a_train_of_wooden_clicks_laid_across_line_edges():
    for seed in range(5):
        c = a15.creak(seed)
        assert np.abs(c).max() == pytest.approx(1.0) and 0.3 * RATE <= len(c) <= 0.9 * RATE
        assert band_share(c, 200, 3000) > 0.85
        frames = np.array([np.abs(c[i:i + 80]).max() for i in range(0, len(c) - 80, 80)])  # 5 ms
        assert 0.1 < np.mean(frames < 0.1 * frames.max()) or frames.min() < 0.5 * frames.max()  # clicks, not a tone
    made = talk(SEGS, 21.0)
    out = a15.lay_creaks(made, seed=4, count=4)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = np.flatnonzero(out.samples - made.samples)
    runs = np.split(added, np.flatnonzero(np.diff(added) > 0.05 * RATE) + 1)
    assert len(runs) >= 3
    for run in runs:  # every creak straddles a line's edge: it has sound both in a line and in a pause
        inside = [any(s["start"] <= i / RATE < s["end"] for s in made.segments) for i in run]
        assert any(inside) and not all(inside)


def test_the_speakerphone_switch_turns_the_line_s_first_syllable_down_and_moves_nothing():
    made = talk(SEGS, 21.0)
    rng = np.random.default_rng(3)
    made = sc.Made((made.samples + rng.normal(size=len(made.samples)) * 1e-3).astype(np.float32), made.segments)
    out = a15.half_duplex(made, seed=2)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    ratio = np.abs(out.samples) / np.maximum(np.abs(made.samples), 1e-12)
    first = made.segments[0]
    head = ratio[int(first["start"] * RATE):int((first["start"] + 0.07) * RATE)]
    assert np.allclose(head, 10 ** (-22 / 20), rtol=1e-3)  # the first 70 ms are 22 dB down
    assert np.allclose(ratio[int((first["start"] + 0.27) * RATE):int(first["end"] * RATE)], 1.0)  # then open
    held = [s for s in made.segments if np.isclose(ratio[int(s["start"] * RATE) + 10], 10 ** (-22 / 20), rtol=1e-3)]
    assert 3 <= len(held) < len(made.segments) or len(held) == len(made.segments)
    for s in made.segments:  # never down after the first 0.25 s of a line
        assert np.allclose(ratio[int((s["start"] + 0.27) * RATE):int(s["end"] * RATE)], 1.0)


def test_audacity_labels_and_a_textgrid_read_back_as_the_lines_with_their_stale_times():
    from aligner.formats import parse_transcript

    made = talk(SEGS, 21.0)
    page, how = a15.audacity_labels(made.segments, seed=3)
    a15.a14.a7.check_reads_back(page, made.segments, "made up")
    rows = [r.split("\t") for r in page.strip().split("\n")]
    for i, (r, s) in enumerate(zip(rows, made.segments)):
        late = how["late_by"] if i > how["late_after_line"] else 0.0
        assert float(r[0]) == pytest.approx(s["start"] + late, abs=0.151)
        assert float(r[1]) == pytest.approx(s["end"] + late, abs=0.151)
    assert 2.0 <= how["late_by"] <= 6.0 and 0 < how["late_after_line"] < len(made.segments) - 1
    grid, g = a15.textgrid(made.segments, 21.0)
    a15.a14.a7.check_reads_back(grid, made.segments, "made up")
    assert grid.startswith('File type = "ooTextFile"') and g["scale"] == pytest.approx(44100 / 48000, abs=1e-6)
    lines = parse_transcript(grid, name="transcript.txt").segments
    assert len(lines) == len(made.segments)
    assert f"xmin = {round(made.segments[3]['start'] * 44100 / 48000, 4)}" in grid


@needs_sox
def test_the_new_codecs_move_the_truth_by_the_delay_they_measure_and_give_the_same_bytes():
    pytest.importorskip("av")
    made = talk(SEGS, 21.0)
    for kind in NEW_CODECS:
        out, (suffix, data) = a15.store_codec(made, kind)
        assert suffix == a15.CODECS[kind][0] and suffix != "wav" and len(data) > 1000
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.05
        assert all(abs((o["end"] - m["end"]) - shift) < 1e-3 for o, m in zip(out.segments, made.segments))
        fixtures.assert_written_again_the_same(data, a15.store_codec(made, kind)[1][1], kind)
        if a15.CODECS[kind][3] == 0:  # lossless: what is decoded is what went in (16 bits)
            assert shift == 0 and np.abs(out.samples[:len(made.samples)] - made.samples).max() < 1e-4


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_they_are_seen():
    fixtures.assert_refused_without_flag(15, a15, a15l, (
        "hx_*", "hx_real_creaks_wma1", "hx_de_*", "hx_fr_real_laughs_inside_wma1", "*creaks_wma1"))
    fixtures.assert_out_of_dev_runs(15, a15, a15l, 58)
