"""The ninth aside set's generators (benchmarks/aside9_cases.py, aside9_languages.py): pure parts.

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import numpy as np
import pytest

import aside9_cases as a9
import aside9_languages as a9l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import needs_sox, talk

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.0, 3.6), (4.2, 4.9), (5.3, 6.9), (7.5, 8.4), (9.0, 11.0), (11.6, 13.4)]


def test_catalogues_name_the_halves_and_use_their_prefixes():
    assert all(n.startswith("px_") for n in a9.names("aside") + a9l.names("aside"))
    assert all(n.startswith("rd26_") for n in a9.names("dev") + a9l.names("dev"))
    assert set(a9.catalogue()) == set(a9.names("aside") + a9.names("dev"))
    assert set(a9l.catalogue()) == set(a9l.names("aside") + a9l.names("dev"))
    assert all(s.which == ("aside" if n.startswith("px_") else "dev") for n, s in a9.catalogue().items())
    assert all(s.which == ("aside" if n.startswith("px_") else "dev") for n, s in a9l.catalogue().items())
    seeds = [s.seed for s in list(a9.catalogue().values()) + list(a9l.catalogue().values())]
    assert len(seeds) == len(set(seeds))


def test_the_fresh_tux_paint_runs_are_ones_no_set_drew():
    import aside8_languages as a8l

    taken = {(s.lang, s.part) for s in a8l.catalogue().values() if s.real is not None and s.which == "aside"}
    mine = [(s.lang, s.part) for s in a9l.catalogue().values() if s.real is not None and s.which == "aside"]
    assert len(mine) == len(set(mine)) and not set(mine) & taken
    assert all(part >= 5 for _, part in mine)  # runs 0-4 were zx_* and yx_*'s


def test_the_dev_and_aside_sentences_never_meet():
    for lang, lines in a9l.DEV_SENTENCES.items():
        assert not set(lines) & set(a9l.SENTENCES[lang])
    assert len(a9l.PINYIN["zh"]) == len(a9l.SENTENCES["zh"])


def test_hum_sits_on_the_mains_and_its_harmonics():
    x = a9.hum(4 * RATE, seed=3)
    spec = np.abs(np.fft.rfft(x.astype(np.float64))) ** 2
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    near = np.zeros(len(f), bool)
    for k in range(1, 21):
        near |= np.abs(f - 50 * k) < 3
    assert spec[near].sum() / spec.sum() > 0.99
    assert spec[np.abs(f - 150) < 3].sum() > spec[np.abs(f - 100) < 3].sum()  # odd harmonics stronger
    assert abs(float(np.sqrt(np.mean(x ** 2))) - 1.0) < 1e-3


def test_the_hum_is_laid_under_the_speech_at_its_level_and_moves_no_edge():
    made = talk(SEGS, 14.0)
    out = a9.add_hum(made, seed=1, under_db=12)
    added = out.samples - made.samples
    speech = sc._rms(np.concatenate([made.samples[int(a * RATE):int(b * RATE)] for a, b in SEGS]))
    assert 20 * np.log10(sc._rms(added) / speech) == pytest.approx(-12, abs=0.3)
    assert out.segments == made.segments


def test_a_siren_is_loudest_inside_the_lines_it_names():
    made = talk(SEGS, 16.0)
    times = a9.siren_times(made, seed=5, count=2)
    assert len(times) == 2
    out = a9.lay_sirens(made, seed=5, count=2)
    added = out.samples - made.samples
    assert out.segments == made.segments
    frames = [sc._rms(added[i:i + RATE // 10]) for i in range(0, len(added) - RATE // 10, RATE // 20)]
    loudest = (np.argmax(frames) * (RATE // 20) + RATE // 20) / RATE
    lines = [made.segments[k] for k, _ in times]
    assert any(s["start"] - 0.5 <= loudest <= s["end"] + 0.5 for s in lines)
    assert all(made.segments[k]["start"] > 4.5 and made.segments[k]["end"] - made.segments[k]["start"] >= 1.2
               for k, _ in times)


def test_speaker_labels_number_voices_as_they_first_speak_and_read_back_as_the_lines():
    import aside7_cases as a7

    segs = [{"text": "First line here.", "voice": "b"}, {"text": "Second one.", "voice": "a"},
            {"text": "Third one.", "voice": "b"}]
    assert a9.speakers(segs) == [1, 2, 1]
    page = a9.labelled(segs)
    assert page.splitlines()[1] == "SPEAKER 2: Second one."
    assert a7.read_back(page, "transcript.txt") == [s["text"] for s in segs]


def test_inaudible_replaces_two_or_three_inner_words_and_keeps_the_line_count():
    segs = [{"text": f"Line {i} has quite a few words in it, really.", "start": i, "end": i + 0.5}
            for i in range(20)] + [{"text": "Too short.", "start": 30, "end": 31}]
    out, marked = a9.with_inaudible(segs, seed=2, share=0.5)
    assert len(out) == len(segs) and marked and 21 - 1 not in marked
    for i in marked:
        before, after = segs[i]["text"].split(), out[i]["text"].split()
        assert "[inaudible]" in out[i]["text"]
        assert after[0] == before[0] and after[-1] == before[-1]
        assert len(before) - len(after) in (1, 2)  # two or three words became one marker
        assert (out[i]["start"], out[i]["end"]) == (segs[i]["start"], segs[i]["end"])
    assert all(out[i] == segs[i] for i in range(len(segs)) if i not in marked)


def test_an_inaudible_transcript_leaves_run_py_no_changed_line_to_report():
    import run
    import unseen_cases as uc

    segs = [{"text": f"Line {i} has quite a few words in it, really.", "start": i, "end": i + 0.5} for i in range(8)]
    built = uc.Built(sc.Made(np.zeros(9 * RATE, np.float32), segs, [], []))
    built = a9.transcript(built, a9.Spec("dev", "synth", "inaudible", seed=3), "made up")
    assert built.derived["inaudible"] and built.derived["changed"] == []
    assert run.flag_report({"segments": built.made.segments, "derived": built.derived}, {"segments": []}) == []
    assert "[inaudible]" in built.page


@needs_sox
def test_a_shift_scales_the_take_by_its_tempo_and_is_the_same_every_time():
    t = np.arange(RATE) / RATE
    x = (0.2 * np.sin(2 * np.pi * 200 * t) * (t > 0.2) * (t < 0.8)).astype(np.float32)
    slow = a9.shifted(x, a9.Shift(-300, 0.8), "k")
    assert len(slow) == pytest.approx((len(x) + 2 * a9.PAD * RATE) / 0.8, rel=0.01)
    assert np.array_equal(slow, a9.shifted(x, a9.Shift(-300, 0.8), "k"))
    assert a9.shifted(x, a9.Shift(), "k") is x
    low = a9.shifted(x, a9.Shift(-1200), "k")  # an octave down: 200 Hz -> 100 Hz
    spec = np.abs(np.fft.rfft(low.astype(np.float64)))
    f = np.fft.rfftfreq(len(low), 1 / RATE)
    assert abs(f[np.argmax(spec)] - 100) < 5


@needs_sox
def test_a_codec_moves_the_truth_by_the_delay_it_measures():
    pytest.importorskip("av")
    made = talk(SEGS, 14.0)
    for kind in ("amr", "opus6"):
        out, (suffix, data) = a9.store_codec(made, kind)
        assert suffix == a9.CODECS[kind][0] and data
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.05
        assert all(abs((o["end"] - m["end"]) - shift) < 1e-3 for o, m in zip(out.segments, made.segments))
    assert data[:4] == b"OggS"
    # the Ogg muxer told to be bit-exact: the same bytes again
    fixtures.assert_written_again_the_same(data, a9.store_codec(made, "opus6")[1][1], "opus6")


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_they_are_unseen():
    fixtures.assert_refused_without_flag(9, a9, a9l, ("px_*", "px_real_hum", "px_ar_*"))


def test_no_dev_run_holds_an_aside_case_and_the_dev_twins_are_in_it():
    import cases

    assert not (set(cases.ASIDE9) | set(cases.LANG_ASIDE9)) & set(cases.all_case_names(long60=True))
    assert cases.all_case_names(aside9=True) == cases.ASIDE9
    assert cases.LANG_ASIDE9 == a9l.names("aside") and cases.LANG26_DEV == a9l.names("dev")
    assert cases.FRESH26_DEV == a9.names("dev")
