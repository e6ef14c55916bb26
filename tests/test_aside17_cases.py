"""The seventeenth aside set's generators (benchmarks/aside17_cases.py, aside17_languages.py), and the refusal that
keeps it to its own flag (the test of the one table of aside sets moved to test_aside18_cases.py).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import io
import wave

import numpy as np
import pytest

import aside17_cases as a17
import aside17_languages as a17l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import TEN_LINES, TEN_LINES_TOTAL, band_db, broadband, changed_runs, needs_sox, talk

RATE = sc.RATE
SEGS, TOTAL = TEN_LINES, TEN_LINES_TOTAL
NEW_CODECS = {"vorbis", "flac", "vob", "voc", "ircam"}


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside15_cases as a15
    import aside15_languages as a15l
    import aside16_cases as a16
    import aside16_languages as a16l

    fixtures.assert_halves_named(a17, a17l, "fx_", "rd60_")
    for cat in (a17.catalogue(), a17l.catalogue()):
        # a name says what the case holds: every spoiler and codec it names is in its spec, and the other way round
        for n, s in cat.items():
            for word, has in (("bleeps", s.bleeps), ("trailing", s.trailing), ("buzz", s.buzz),
                              ("inverted", s.inverted), ("aliased", s.aliased)):
                assert (word in n) == bool(has) or ("_mix_" in n and has), (n, word)  # the long talk: a mix
            assert not (s.inverted and s.codec)  # the inverted pair is its own file: no codec on top
            assert s.codec is None or n.endswith("_" + s.codec), n
    fixtures.assert_seeds_new((a17, a17l), (a15, a15l, a16, a16l))
    assert 10 <= len(a17.names("aside")) <= 12 and 6 <= len(a17l.names("aside")) <= 8
    assert 1 <= len(a17l.names("dev")) and len(a17.names("dev")) >= 3


def test_the_brief_s_talks_are_there_a_long_one_new_kinds_dev_twins_and_new_codecs():
    import aside14_cases as a14
    import aside15_cases as a15
    import aside16_cases as a16

    cat = a17.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    dev = [s for s in list(cat.values()) + list(a17l.catalogue().values()) if s.which == "dev"]
    long = [s for s in aside if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 90]
    assert len(long) == 1 and long[0].real.repeats == 2
    for kind in ("bleeps", "trailing", "buzz", "inverted", "aliased"):
        assert any(getattr(s, kind) for s in aside), kind
        assert any(getattr(s, kind) for s in dev), kind  # a dev twin of every new kind
    assert {s.codec for s in aside} >= NEW_CODECS and {s.codec for s in dev} >= NEW_CODECS
    assert set(a17.CODECS) == NEW_CODECS
    earlier = {c[2] for c in a14.CODECS.values()} | {c[2] for c in a15.CODECS.values()} | {
        c[2] for c in a16.CODECS.values()}
    earlier_files = {c[0] for c in a14.CODECS.values()} | {c[0] for c in a15.CODECS.values()} | {
        c[0] for c in a16.CODECS.values()}
    # each a new codec, or (16-bit PCM, 32-bit float) in a container no case had (Ogg held Opus before, not Vorbis)
    for suffix, _fmt, codec, *_ in a17.CODECS.values():
        assert codec not in earlier or suffix not in earlier_files, codec
    assert {"vorbis", "flac", "pcm_dvd"} <= {c[2] for c in a17.CODECS.values()} - earlier
    # the product's main shapes are there: a web page (inline stamps, "- " turns) and plain text
    assert {"page", "plain"} <= {s.transcript for s in aside}
    # no earlier set's spoilers on top: the new kinds are what this set is about
    assert not any(s.reactions or s.stream or s.pair or s.inside or s.creaks or s.duplex for s in aside + dev)
    # voices at speeds their engines never had in an earlier set (README: awb x0.7-x1.65, kal16 x0.65-x1.55,
    # slt_hts x0.65-x1.55, kal x0.7-x1.6)
    seen = {("awb", 0.7, 1.65), ("kal16", 0.65, 1.55), ("slt_hts", 0.65, 1.55), ("kal", 0.7, 1.6)}
    speeds = {(v.name, v.speed) for s in aside for r in s.recordings for v in r.voices if v.engine != "espeak"}
    for name, low, high in seen:
        assert any(n == name and not low <= sp <= high for n, sp in speeds), name


def test_the_set_holds_real_and_synthesized_languages_two_speakers_and_bench_languages_knows_it():
    cat = a17l.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    assert {"fr", "es", "it", "ru"} <= {s.lang for s in aside if s.real is not None}
    assert "sv" in {s.lang for s in aside} and {"de", "nl"} & {s.lang for s in aside}
    assert any(s.recordings and len({v.name for v in s.recordings[0].voices}) >= 2 for s in aside)
    fixtures.assert_bench_languages_knows(17, a17l, 60)
    assert not set(a17l.SENTENCES["de"]) & set(a17l.SENTENCES["de_dev"])
    import aside16_languages as a16l

    for lang in ("sv", "de", "nl"):  # sentences no earlier set said
        assert not set(a17l.SENTENCES[lang]) & set(a16l.SENTENCES.get(lang, []))


def test_a_bleep_replaces_a_stretch_inside_a_line_with_a_tone_and_nothing_moves():
    made = talk(SEGS, TOTAL)
    out = a17.bleeps(made, seed=7, count=4)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    runs = changed_runs(out.samples - made.samples)
    assert len(runs) == 4
    for run in runs:
        a, b = run[0] / RATE, run[-1] / RATE
        assert 0.24 <= b - a <= 0.51
        line = [s for s in made.segments if s["start"] <= a and b <= s["end"]]
        assert len(line) == 1  # inside one line
        assert a - line[0]["start"] >= 0.35 - 1e-3 and line[0]["end"] - b >= 0.35 - 1e-3  # not at its edges
        middle = out.samples[run[0] + 200:run[-1] - 200]
        # the sound is replaced, not covered: the middle is a pure 1 kHz tone (the voice's 170 Hz is gone)
        assert band_db(middle, 950, 1050) - band_db(middle, 0, 900) > 30
    level = sc._rms(out.samples[runs[0][0] + 200:runs[0][-1] - 200])
    assert 20 * np.log10(level / a17.a4.speech_rms(made)) == pytest.approx(-1.0, abs=0.5)
    # a line too short for a bleep away from its edges gets none
    short = talk([(0.5, 1.6), (2.5, 3.4)], 4.0)
    assert not changed_runs(a17.bleeps(short, seed=1, count=2).samples - short.samples)


def test_a_trailing_voice_falls_over_the_last_of_some_lines_and_nothing_else_changes():
    made = talk(SEGS, TOTAL)
    out = a17.trailing_off(made, seed=4, share=0.5)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    runs = changed_runs(out.samples - made.samples)
    assert len(runs) == 5
    for run in runs:
        a, b = run[0] / RATE, run[-1] / RATE
        line = [s for s in made.segments if s["start"] <= a and b <= s["end"]]
        assert len(line) == 1 and line[0]["end"] - b < 0.01  # runs to the line's end, never past it
        assert 0.45 <= b - a <= 0.91
        i = run[-1] - int(0.02 * RATE)
        last = sc._rms(out.samples[i:run[-1]]) / sc._rms(made.samples[i:run[-1]])
        assert -14.5 < 20 * np.log10(last) < -8.0  # 9-14 dB down at the end (20 ms before it, a little less)
        first = sc._rms(out.samples[run[0]:run[0] + 160]) / sc._rms(made.samples[run[0]:run[0] + 160])
        assert 20 * np.log10(first) > -1.0  # and smoothly from nothing


def test_gsm_buzz_is_the_217_hz_tdma_pulse_train_in_bursts_across_line_edges():
    x = a17.gsm_pulses(2.0, seed=3)
    assert sc._rms(x) == pytest.approx(1.0, rel=1e-3)
    spec = np.abs(np.fft.rfft(x.astype(np.float64))) ** 2
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    assert abs(f[np.argmax(spec * (f > 150) * (f < 300))] - 216.7) < 1.0  # the frame rate
    assert spec[(f > 8.0) & (f < 8.7)].sum() > 0  # the idle frame's 8.3 Hz beat is there (under the high-pass)
    made = talk(SEGS, TOTAL)
    out = a17.gsm_buzz(made, seed=5, count=4)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    runs = changed_runs(out.samples - made.samples, gap=0.2)
    assert len(runs) == 4  # never run into each other
    assert all(b[0] - a[-1] >= 0.5 * RATE - 1 for a, b in zip(runs, runs[1:]))
    for seed in range(20):  # with more bursts than the talk has room for, some are left out, none overlap
        many = changed_runs(a17.gsm_buzz(made, seed=seed, count=8).samples - made.samples, gap=0.45)
        assert all(b[0] - a[-1] >= 0.5 * RATE - 1 for a, b in zip(many, many[1:]))
    edges = [s["start"] for s in made.segments] + [s["end"] for s in made.segments]
    for k, run in enumerate(runs):
        a, b = run[0] / RATE, run[-1] / RATE
        assert 1.4 <= b - a <= 5.01
        assert any(a + 0.29 <= e <= b - 0.29 for e in edges)  # across a line's edge
        level = sc._rms((out.samples - made.samples)[run])
        assert -14.0 < 20 * np.log10(level / a17.a4.speech_rms(made)) < -7.5


def test_an_inverted_capsule_is_a_stereo_wav_whose_fold_down_cancels_the_voice_under_the_cutoff():
    pytest.importorskip("av")
    made = broadband(talk(SEGS, TOTAL))
    out, (suffix, data) = a17.inverted_capsule(made, seed=4)
    assert suffix == "xy.wav"
    with wave.open(io.BytesIO(data)) as w:
        assert w.getnchannels() == 2 and w.getframerate() == RATE
        pcm = np.frombuffer(w.readframes(w.getnframes()), "<i2").reshape(-1, 2).astype(np.float64) / 32767
    left, right = pcm[:, 0], pcm[:, 1]
    assert np.corrcoef(left, right)[0, 1] < -0.5  # the same voice, upside down, at no delay
    assert all(o == m for o, m in zip(out.segments, made.segments))  # zero-phase: nothing moves
    assert np.abs(out.samples - pcm.mean(axis=1)).max() < 2 / 32768  # what the aligner reads: the channels' mean
    cutoff = float(out.notes[-1].split("nothing over ")[1].split(" Hz")[0])
    # folded to mono, under the cutoff the voice falls well past the fold's 6 dB (what is left of it and the room's
    # two tails, which do not cancel); over it, only the fold's 6 dB
    low = band_db(out.samples, 100, cutoff / 2) - band_db(left, 100, cutoff / 2)
    high = band_db(out.samples, cutoff * 1.4, 7900) - band_db(left, cutoff * 1.4, 7900)
    assert -6 - 14 < low < -6 - 3.5 and -8 < high < -4 and low < high - 3


@needs_sox
def test_the_dictaphone_folds_what_lay_over_4_khz_back_under_it_and_moves_nothing():
    made = broadband(talk(SEGS, TOTAL))
    out = a17.aliased(made)
    assert len(out.samples) == len(made.samples) and out.segments == made.segments  # no delay
    t = np.arange(int(3.0 * RATE)) / RATE
    x = (0.2 * np.sin(2 * np.pi * 6000 * t)).astype(np.float32)
    out = a17.aliased(sc.Made(x, [{"text": "a", "start": 0.5, "end": 2.5}], [], []))
    spec = np.abs(np.fft.rfft(out.samples[RATE // 2:-RATE // 2].astype(np.float64)))
    f = np.fft.rfftfreq(len(out.samples) - RATE, 1 / RATE)
    assert abs(f[np.argmax(spec)] - 2000) < 5  # 6 kHz at 8 kHz is 2 kHz
    assert spec[(f > 5900) & (f < 6100)].max() < 1e-3 * spec.max()


@needs_sox
def test_the_new_codecs_move_the_truth_by_the_delay_they_measure_and_give_the_same_bytes():
    pytest.importorskip("av")
    made = broadband(talk(SEGS, TOTAL))
    for kind in sorted(NEW_CODECS):
        out, (suffix, data) = a17.store_codec(made, kind)
        assert suffix == a17.CODECS[kind][0] and suffix != "wav" and len(data) > 1000
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.05
        assert all(abs((o["end"] - m["end"]) - shift) < 1e-3 for o, m in zip(out.segments, made.segments))
        fixtures.assert_written_again_the_same(data, a17.store_codec(made, kind)[1][1], kind)
        n = min(len(out.samples), len(made.samples))
        if kind in ("voc", "ircam"):  # lossless at 16 kHz
            assert shift == 0 and np.abs(out.samples[:n] - made.samples[:n]).max() < 1e-4
        if kind in ("flac", "vob"):  # lossless but for the resampler's to 48 kHz and back
            assert shift == 0 and sc._rms(out.samples[:n] - made.samples[:n]) < 0.1 * sc._rms(made.samples)
        if kind == "vorbis":
            assert sc._rms(out.samples[:n] - made.samples[:n]) < 0.3 * sc._rms(made.samples)
        assert a17.CODEC_NAMES[kind] in out.notes[-1] and "delay measured as" in out.notes[-1]


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_the_dev_twins_are_in_it():
    fixtures.assert_refused_without_flag(17, a17, a17l, (
        "fx_*", "fx_real_bleeps_page", "fx_nl_*", "fx_fr_real_bleeps_flac", "*bleeps_page"))
    fixtures.assert_out_of_dev_runs(17, a17, a17l, 60)
