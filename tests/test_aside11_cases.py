"""The eleventh aside set's generators (benchmarks/aside11_cases.py, aside11_languages.py) and the refusal that keeps
it out of a dev run (the one table of aside sets is tested with the newest set: tests/test_aside12_cases.py).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

import aside11_cases as a11
import aside11_languages as a11l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import band_share, needs_sox, talk, talk_with_words

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.7, 4.6), (5.9, 6.9), (8.2, 10.3), (11.6, 12.4), (13.8, 16.0), (17.3, 19.4)]


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside10_cases as a10
    import aside10_languages as a10l

    assert all(n.startswith("lx_") for n in a11.names("aside") + a11l.names("aside"))
    assert all(n.startswith("rd40_") for n in a11.names("dev") + a11l.names("dev"))
    assert set(a11.catalogue()) == set(a11.names("aside") + a11.names("dev"))
    assert set(a11l.catalogue()) == set(a11l.names("aside") + a11l.names("dev"))
    for cat in (a11.catalogue(), a11l.catalogue()):
        assert all(s.which == ("aside" if n.startswith("lx_") else "dev") for n, s in cat.items())
    seeds = [s.seed for s in list(a11.catalogue().values()) + list(a11l.catalogue().values())]
    assert len(seeds) == len(set(seeds))
    before = {s.seed for s in list(a10.catalogue().values()) + list(a10l.catalogue().values())}
    assert not set(seeds) & before
    assert len(a11.names("aside")) == 13 and len(a11l.names("aside")) == 10


def test_the_set_holds_the_languages_the_brief_names_a_right_to_left_one_and_one_no_set_had():
    from aligner.language import RTL_LANGUAGES

    import bench_languages

    langs = {s.lang for s in a11l.catalogue().values() if s.which == "aside"}
    assert {"fr", "de", "es", "it", "sv"} <= langs
    assert langs & {"zh", "ja"} and langs & RTL_LANGUAGES
    assert set(a11l.LANGS.split(",")) == langs
    def later(module: str) -> bool:  # a set built after this one (the twenty-ninth said Bulgarian again)
        number = re.fullmatch(r"aside(\d+)_languages", module)
        return bool(number) and int(number.group(1)) > 11

    earlier = {lang for which, (module, _, ls) in bench_languages.BUILT_SETS.items()
               if which not in ("aside11", "dev40") and not later(module)
               for lang in ls.split(",")} | set(bench_languages.DEFAULT_LANGS.split(","))
    assert langs - earlier == {"bg", "he"}
    assert bench_languages.BUILT_SETS["aside11"] == ("aside11_languages", "aside", a11l.LANGS)
    assert all(lang in bench_languages.AENEAS_CODES for lang in langs)


def test_the_fillets_runs_lie_past_every_run_a_case_took():
    import aside7_languages as a7l

    assert min(a11l.FILLETS_RUNS.values()) > a7l.ASIDE_RUNS + 5  # rd21_* and rd25_* dev run 0, rd28_* 4-5
    for lang in ("nl", "cs"):
        if not a7l.available(lang):
            pytest.skip("Fish Fillets' recordings are not unpacked")
        mine = set(a11l.fillets_pool(lang, "aside")) | set(a11l.fillets_pool(lang, "dev"))
        taken = set(a7l.used_recordings(f"fillets:{lang}"))
        for run in range(6):
            taken |= set(a7l.pool(lang, "dev", run))
        assert len(mine) == 2 * a7l.POOL_RUN and not mine & taken


def test_the_dev_and_aside_sentences_never_meet_and_pinyin_follows_the_lines():
    for lang, lines in a11l.DEV_SENTENCES.items():
        assert not set(lines) & set(a11l.SENTENCES[lang])
    assert len(a11l.PINYIN["zh"]) == len(a11l.SENTENCES["zh"])


def test_an_air_conditioner_cycles_on_and_off_with_a_clunk_at_each_switch():
    n = 120 * RATE
    x, runs = a11.air_conditioner(n, seed=3)
    assert runs and all(b > a for a, b in runs)
    assert all(18 <= b - a <= 32 for a, b in runs if 0 < a and b < n / RATE)  # whole runs
    on = np.zeros(n, bool)
    for a, b in runs:
        on[int((a + 1) * RATE):int((b - 1) * RATE)] = True
    assert sc._rms(x[on]) == pytest.approx(1.0, rel=0.1)
    off = np.ones(n, bool)
    for a, b in runs:
        off[max(0, int((a - 1) * RATE)):int((b + 1.5) * RATE)] = False
    assert off.any() and not x[off].any()  # silent while off
    assert band_share(x[on], 0, 1500) > 0.9
    assert np.array_equal(x, a11.air_conditioner(n, seed=3)[0])


def test_coughs_and_laughs_are_short_bursts_of_unit_peak():
    c, lg = a11.cough(4), a11.laugh(4)
    assert np.abs(c).max() == pytest.approx(1.0) and np.abs(lg).max() == pytest.approx(1.0)
    assert 0.15 < len(c) / RATE < 0.8 and 0.6 < len(lg) / RATE < 1.7
    frames = np.array([sc._rms(lg[i:i + 160]) for i in range(0, len(lg) - 160, 160)])
    loud = frames > 0.25 * frames.max()
    bursts = int(np.sum(loud[1:] & ~loud[:-1]) + loud[0])
    assert 4 <= bursts <= 7  # "ha"s


def test_coughs_laughs_and_pages_stay_in_the_pauses_and_move_no_line():
    made = talk(SEGS, 21.0)
    for out, clear in ((a11.lay_between(made, seed=5, count=3), 0.15), (a11.lay_rustles(made, seed=5, count=3), 0.05)):
        assert out.segments == made.segments
        added = out.samples - made.samples
        assert added.any()
        for s in made.segments:  # nothing laid within ``clear`` of a voice
            assert not added[int((s["start"] - clear) * RATE) + 1:int((s["end"] + 0.15) * RATE) - 1].any()


def test_a_page_is_turned_just_before_the_line_it_names():
    made = talk(SEGS, 21.0)
    out = a11.lay_rustles(made, seed=7, count=2)
    added = np.abs(out.samples - made.samples)
    for k in range(1, len(SEGS)):
        before = added[int((SEGS[k][0] - 0.15) * RATE):int(SEGS[k][0] * RATE)]
        if before.any():
            last = int((SEGS[k][0] - 0.15) * RATE) + int(np.flatnonzero(before)[-1])
            assert 0.05 <= SEGS[k][0] - last / RATE <= 0.15 + 1e-3
    assert band_share(a11.rustle(0.6, seed=2), 1500, 8000) > 0.9


def test_a_stairwell_answers_an_impulse_with_a_flutter_and_keeps_the_truth():
    x = np.zeros(2 * RATE, np.float32)
    x[1000] = 1.0
    made = sc.Made(x, [{"text": "a", "start": 0.0625, "end": 0.5}], [])
    out = a11.stairwell(made, seed=5)
    h = out.samples[1000:1000 + int(0.6 * RATE)]
    peaks = [i for i in range(int(0.015 * RATE), int(0.2 * RATE)) if h[i] > 0.1]  # the tail stays under 0.05
    steps = np.diff(peaks) / RATE
    assert len(peaks) >= 4 and np.all((steps >= 0.019) & (steps <= 0.03))  # bounces, evenly apart
    assert out.segments == made.segments


def test_a_drifting_reader_speeds_up_to_two_thirds_then_calms_down():
    tempi = [a11.drifting_tempo(i, 24) for i in range(24)]
    assert tempi[0] == 0.8 and max(tempi) == 1.35 and tempi.index(1.35) == 16
    assert tempi[:17] == sorted(tempi[:17]) and tempi[16:] == sorted(tempi[16:], reverse=True)
    assert tempi[-1] == pytest.approx(1.075, abs=0.01)


def test_a_restarted_line_is_said_twice_and_written_once():
    made = talk_with_words(SEGS, 21.0)
    out, derived = a11.restarted(made, seed=3)
    k = derived["restart"]
    part = out.segments[k]
    assert part["in_transcript"] is False and part["text"].endswith(" -")
    assert [c["kind"] for c in derived["changed"]] == ["deleted"]
    assert out.segments[:k] == made.segments[:k] and part["start"] == made.segments[k]["start"]
    move = out.segments[k + 1]["start"] - made.segments[k]["start"]
    assert len(out.samples) - len(made.samples) == pytest.approx(move * RATE, abs=1)
    for o, m in zip(out.segments[k + 1:], made.segments[k:]):
        assert o["text"] == m["text"] and o["end"] - o["start"] == pytest.approx(m["end"] - m["start"], abs=1e-3)
        a, b = int(round(o["start"] * RATE)), int(round(m["start"] * RATE))  # the truth is rounded to 0.1 ms
        assert any(np.array_equal(out.samples[a + d:a + d + 800], made.samples[b:b + 800]) for d in range(-2, 3))
    assert [w["seg"] for w in out.words] == [s if s < k else s + 1 for s in range(len(SEGS))]
    assert [s["text"] for s in out.segments if s.get("in_transcript", True)] == [s["text"] for s in made.segments]


def test_joins_across_other_beds_fill_the_added_stretch_with_them():
    made = talk(SEGS, 21.0)
    ones = (("a steady tone", lambda m, seed, rng: np.ones(m, np.float32)),)
    out = a11.a10.noise_gaps(made, seed=3, count=1, beds=ones)
    assert "a steady tone" in out.notes[-1]
    k = next(i for i, (o, m) in enumerate(zip(out.segments, made.segments)) if o["start"] != m["start"])
    mid = (made.segments[k - 1]["end"] + made.segments[k]["start"]) / 2
    added = out.segments[k]["start"] - made.segments[k]["start"]
    middle = out.samples[int((mid + 0.3) * RATE):int((mid + added - 0.3) * RATE)]  # past the 0.2 s fades
    assert 3.0 <= added <= 6.0 and np.allclose(middle, a11.a4.speech_rms(made), rtol=1e-3)


@needs_sox
def test_the_new_codecs_and_the_video_move_the_truth_by_the_delay_they_measure():
    av = pytest.importorskip("av")
    made = talk(SEGS, 21.0)
    magic = {"wma": b"\x30\x26\xb2\x75", "ac3": b"\x1a\x45\xdf\xa3", "g726": b"RIFF", "webm": b"\x1a\x45\xdf\xa3"}
    for kind, head in magic.items():
        out, (suffix, data) = a11.a9.store_codec(made, kind, a11.CODECS)
        assert suffix == a11.CODECS[kind][0] and suffix != "wav" and data.startswith(head)
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.05
        assert all(abs((o["end"] - m["end"]) - shift) < 1e-3 for o, m in zip(out.segments, made.segments))
        # the same bytes again
        fixtures.assert_written_again_the_same(data, a11.a9.store_codec(made, kind, a11.CODECS)[1][1], kind)
    import io

    with av.open(io.BytesIO(a11.a9.store_codec(made, "webm", a11.CODECS)[1][1])) as c:
        assert sorted(s.type for s in c.streams) == ["audio", "video"]


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_they_are_seen():
    fixtures.assert_refused_without_flag(11, a11, a11l, ("lx_*", "lx_real_slowest_aircon", "lx_bg_*"))
    fixtures.assert_out_of_dev_runs(11, a11, a11l, 40, ready=False, rebuild=False)
