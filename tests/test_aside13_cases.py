"""The thirteenth aside set's generators (benchmarks/aside13_cases.py, aside13_languages.py) and the refusal that keeps
it to its own flag (looked at once: seen).  The test of the one table of aside sets moved to test_aside14_cases.py
(the newest set, unseen).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

import aside13_cases as a13
import aside13_languages as a13l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import band_share, needs_sox, talk, talk_with_words

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.7, 4.6), (5.9, 6.9), (8.2, 10.3), (11.6, 12.4), (13.8, 16.0), (17.3, 19.4)]


def _frames(x: np.ndarray, hop: int = 160) -> np.ndarray:
    return np.array([sc._rms(x[i:i + hop]) for i in range(0, len(x) - hop, hop)])


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside11_cases as a11
    import aside11_languages as a11l
    import aside12_cases as a12
    import aside12_languages as a12l

    fixtures.assert_halves_named(a13, a13l, "wx_", "rd54_")
    specs = list(a13.catalogue().values()) + list(a13l.catalogue().values())
    seeds = [s.seed for s in specs] + [s.real.seed for s in specs if s.real is not None]
    assert len(seeds) == len(set(seeds))
    before = {s.seed for m in (a11, a11l, a12, a12l) for s in m.catalogue().values()}
    assert not set(seeds) & before
    assert 10 <= len(a13.names("aside")) <= 12 and 6 <= len(a13l.names("aside")) <= 8
    assert len(a13.names("dev")) + len(a13l.names("dev")) == 3


def test_the_brief_s_talks_are_there_a_long_one_an_interview_numbers_and_new_codecs():
    cat = a13.catalogue()
    aside = {n: s for n, s in cat.items() if s.which == "aside"}
    long = [s for s in aside.values() if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 90]
    assert len(long) == 1 and long[0].real.repeats == 2
    assert any(s.numbers for s in aside.values()) and any(s.numbers for s in cat.values() if s.which == "dev")
    speeds = [sorted(v.speed for v in s.recordings[0].voices) for s in aside.values() if s.recordings]
    assert any(lo <= 0.65 and hi >= 1.55 for lo, hi in speeds)  # a fast voice and a slow one in one talk
    assert any(s.sneezes for s in aside.values()) and any(s.cries for s in aside.values())
    assert any(s.plc for s in aside.values()) and any(s.tape for s in aside.values())
    assert {s.codec for s in cat.values()} >= {"g723", "mmf", "adx", "dfpwm", "msadpcm"}
    import aside12_cases as a12
    assert not set(a13.CODECS) - set(a12.CODECS) - {"g723", "mmf", "adx", "dfpwm", "msadpcm"}


def test_the_set_holds_swedish_and_french_and_bench_languages_knows_it():
    cat = a13l.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    assert {"sv", "fr"} <= {s.lang for s in aside}
    assert any(s.lang == "fr" and s.real is not None for s in aside)
    fixtures.assert_bench_languages_knows(13, a13l, 54)


def test_numbers_are_said_from_digits_and_written_in_words_dev_and_aside_apart():
    said = [a for a, _ in a13.NUMBER_LINES]
    written = [b for _, b in a13.NUMBER_LINES]
    assert all(re.search(r"\d", a) for a in said) and not any(re.search(r"\d", b) for b in written)
    assert len(set(said)) == len(said)
    dev = a13.numbers_talk([sc.Voice("espeak", "en-us", 1.0)], 1, "dev").texts
    aside = a13.numbers_talk([sc.Voice("espeak", "en-us", 1.0)], 1, "aside").texts
    assert dev and aside and not set(dev) & set(aside) and len(dev) + len(aside) == len(said)
    made = talk([(0.5, 1.5), (2.0, 3.0)], 4.0)
    made.segments = [dict(s, text=t) for s, t in zip(made.segments, dev)]
    out = a13.numbers_written(made)
    assert [s["text"] for s in out.segments] == written[:2]
    assert [(s["start"], s["end"]) for s in out.segments] == [(s["start"], s["end"]) for s in made.segments]


def test_a_sneeze_draws_breath_then_bursts_broadband():
    for seed in range(5):
        x = a13.sneeze(seed)
        assert np.abs(x).max() == pytest.approx(1.0)
        f = _frames(x)
        top = int(np.argmax(f))
        assert top * 160 / RATE > 0.25  # the burst comes after the "ah-"
        assert f[:top - 10].max() < 0.7 * f[top]  # the "ah-" is softer
        burst = x[top * 160:top * 160 + 1600]
        assert band_share(burst, 1000, 8000) > 0.5
    assert np.array_equal(a13.sneeze(2), a13.sneeze(2))


def test_a_baby_cries_in_two_to_five_cries_high_and_voiced():
    for seed in range(5):
        x = a13.baby_cry(seed)
        f = _frames(x, 800)
        loud = f > 0.25 * f.max()
        cries = int(np.sum(loud[1:] & ~loud[:-1]) + loud[0])
        assert 2 <= cries <= 5
        assert band_share(x, 300, 4000) > 0.9
        i = int(np.argmax(f)) * 800
        seg = x[i:i + 1600].astype(np.float64)
        ac = np.correlate(seg, seg, "full")[len(seg) - 1:]
        lag = 16 + int(np.argmax(ac[16:80]))  # 200-1000 Hz
        assert 300 <= RATE / lag <= 800


def test_sneezes_stay_in_the_pauses_and_cries_move_no_line():
    made = talk(SEGS, 21.0)
    out = a13.lay_sneezes(made, seed=5, count=3)
    assert out.segments == made.segments
    added = out.samples - made.samples
    assert added.any()
    for s in made.segments:
        assert not added[int((s["start"] - 0.15) * RATE) + 1:int((s["end"] + 0.15) * RATE) - 1].any()
    cried = a13.lay_cries(made, seed=5, count=2)
    assert cried.segments == made.segments and "over lines" in cried.notes[-1]
    on = np.flatnonzero(cried.samples - made.samples)
    assert on[0] < len(made.samples) / 2 < on[-1]  # spread over the talk


def test_lost_packets_are_concealed_by_the_last_frame_softer_each_time_and_keep_the_truth():
    made = talk(SEGS, 21.0)
    out = a13.concealed_loss(made, seed=3, per_minute=60)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    drops = a13.lost_bursts(21.0, a13.a5.edges(made), 3, 60)
    assert len(drops) >= 15
    step = int(0.02 * RATE)
    changed = np.zeros(len(made.samples), bool)
    for a, b in drops:
        assert round((b - a) / 0.02) in (1, 2, 3, 4)
        assert all(t <= a - 0.12 or t >= b + 0.1 for s in made.segments for t in (s["start"], s["end"]))
        i, j = int(round(a * RATE)), int(round(b * RATE))
        changed[i:j] = True
        mid = slice(i + 60, i + step - 60)  # the first repeat, clear of the cross-fades
        last = made.samples[i - step:i]
        assert np.allclose(out.samples[mid], 0.5 * last[60:step - 60], atol=1e-6)
    assert np.array_equal(out.samples[~changed], made.samples[~changed])


def test_a_cassette_moves_the_timeline_and_the_truth_with_it_exactly():
    made = talk_with_words(SEGS, 21.0)
    out = a13.cassette(made, seed=4, speed=1.03, wow=0.008, flutter=0.003, hiss_db=120)
    assert len(out.samples) / len(made.samples) == pytest.approx(1 / 1.03, rel=0.01)
    on = np.abs(out.samples) > 1e-3
    for s in out.segments:
        a, b = int(round(s["start"] * RATE)), int(round(s["end"] * RATE))
        assert on[a + 2:a + 40].any() and not on[a - 40:a - 2].any()  # the voice starts at the moved start
        assert not on[b + 2:b + 40].any()  # and is gone after the moved end
    late = out.segments[-1]["start"] - made.segments[-1]["start"]
    assert late < -0.3  # 3 % fast: half a second earlier by 17 s
    for w, s in zip(out.words, out.segments):
        assert w["start"] == s["start"]
    assert np.array_equal(out.samples, a13.cassette(made, seed=4, speed=1.03, wow=0.008, flutter=0.003,
                                                    hiss_db=120).samples)


@needs_sox
def test_the_new_codecs_move_the_truth_by_the_delay_they_measure_and_give_the_same_bytes():
    pytest.importorskip("av")
    made = talk(SEGS, 21.0)
    magic = {"mmf": b"MMMD", "adx": b"\x80\x00", "msadpcm": b"RIFF", "g723": b"", "dfpwm": b""}
    for kind, head in magic.items():
        out, (suffix, data) = a13.a9.store_codec(made, kind, a13.CODECS)
        assert suffix == a13.CODECS[kind][0] and suffix != "wav" and data.startswith(head) and len(data) > 1000
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.05
        assert all(abs((o["end"] - m["end"]) - shift) < 1e-3 for o, m in zip(out.segments, made.segments))
        fixtures.assert_written_again_the_same(data, a13.a9.store_codec(made, kind, a13.CODECS)[1][1], kind)


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_they_are_seen():
    fixtures.assert_refused_without_flag(13, a13, a13l, (
        "wx_*", "wx_real_sneezes_tco", "wx_sv_*", "wx_fr_real_sneezes_tco", "*sneezes_tco"))
    fixtures.assert_out_of_dev_runs(13, a13, a13l, 54)


def test_the_first_flite_aside_s_wx_cases_stay_seen_beside_the_new_wx_set():
    """synth_cases' ``wx_mixed``, ``wx_fast_clean`` and ``wx_joined`` (the first flite aside, looked at long ago)
    share the prefix: they stay seen (why_off.py, rule_ab.py and language_misses.py take them) and keep their word
    family, while a pattern for the new set is refused."""
    import cases
    import synth_cases
    import word_errors

    old = synth_cases.names("aside")
    assert old and all(n.startswith("wx_") for n in old) and set(old) <= set(cases.SEEN_ASIDE)
    assert not any(cases.is_unseen_aside(n) for n in old)
    assert not cases.is_unseen_aside("wx_*") and not cases.is_unseen_aside("wx_real_sneezes_tco")  # seen now
    assert all(word_errors._family(n).startswith("flite, all words") for n in old)
    assert word_errors._family("wx_flite_slow_fast_baby_vtt") == "wx_flite_slow_fast_baby_vtt"
    assert not set(old) & set(a13.names("aside") + a13l.names("aside"))
