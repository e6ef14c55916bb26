"""The eighteenth aside set's generators (benchmarks/aside18_cases.py, aside18_languages.py), and the refusal that
keeps it to its own flag (the test of the one table of aside sets moved to test_aside19_cases.py).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import io

import numpy as np
import pytest

import aside18_cases as a18
import aside18_languages as a18l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import TEN_LINES, TEN_LINES_TOTAL, band_db, broadband, changed_runs, needs_sox, talk

RATE = sc.RATE
SEGS, TOTAL = TEN_LINES, TEN_LINES_TOTAL
NEW_CODECS = {"rf64", "sox", "aiff24", "nut"}
NEW_KINDS = ("ssb", "steps", "squeaks", "rotor", "surround")


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside16_cases as a16
    import aside16_languages as a16l
    import aside17_cases as a17
    import aside17_languages as a17l

    fixtures.assert_halves_named(a18, a18l, "ex_", "rd61_")
    for cat in (a18.catalogue(), a18l.catalogue()):
        # a name says what the case holds: every spoiler and codec it names is in its spec, and the other way round
        for n, s in cat.items():
            for kind in NEW_KINDS:
                has = getattr(s, kind)
                assert (kind in n) == bool(has) or ("_mix_" in n and has), (n, kind)  # the long talk: a mix
            assert not (s.surround and s.codec)  # the 5.1 track is its own file: no codec on top
            assert s.codec is None or n.endswith("_" + s.codec), n
    fixtures.assert_seeds_new((a18, a18l), (a16, a16l, a17, a17l))
    assert 10 <= len(a18.names("aside")) <= 12 and 6 <= len(a18l.names("aside")) <= 8
    assert 1 <= len(a18l.names("dev")) and len(a18.names("dev")) >= 3


def test_the_brief_s_talks_are_there_a_long_one_new_kinds_dev_twins_and_new_containers():
    import aside14_cases as a14
    import aside15_cases as a15
    import aside16_cases as a16
    import aside17_cases as a17

    cat = a18.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    dev = [s for s in list(cat.values()) + list(a18l.catalogue().values()) if s.which == "dev"]
    long = [s for s in aside if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 80]
    assert len(long) == 1 and long[0].real.repeats == 2
    for kind in NEW_KINDS:
        assert any(getattr(s, kind) for s in aside), kind
        assert any(getattr(s, kind) for s in dev), kind  # a dev twin of every new kind
    assert {s.codec for s in aside} >= NEW_CODECS and {s.codec for s in dev} >= NEW_CODECS
    assert set(a18.CODECS) == NEW_CODECS
    earlier_files = set()
    for m in (a14, a15, a16, a17):
        earlier_files |= {c[0].rsplit(".", 1)[-1] for c in m.CODECS.values()}
    # each a container no case had (RF64 is a .wav by name: its header is what is new; kept apart from audio.wav)
    for suffix, fmt, *_ in a18.CODECS.values():
        assert suffix != "wav" and (fmt not in earlier_files or suffix == "rf64.wav"), suffix
    # the product's main shapes are there: a web page (inline stamps, "- " turns) and plain text
    assert {"page", "plain"} <= {s.transcript for s in aside}
    # no earlier set's spoilers on top: the new kinds are what this set is about
    assert not any(s.bleeps or s.trailing or s.buzz or s.inverted or s.aliased or s.reactions or s.stream or s.pair
                   for s in aside + dev)
    # flite voices at speeds they never had in an earlier set (README: rms x0.7-x1.6, slt x0.7-x1.55)
    speeds = {(v.name, v.speed) for s in aside for r in s.recordings for v in r.voices if v.engine == "flite"}
    assert any(n == "rms" and sp > 1.6 for n, sp in speeds) and any(n == "slt" and sp < 0.7 for n, sp in speeds)


def test_the_set_holds_real_and_synthesized_languages_two_speakers_and_bench_languages_knows_it():
    import aside16_languages as a16l
    import aside17_languages as a17l

    cat = a18l.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    assert {"fr", "es", "it", "ru"} <= {s.lang for s in aside if s.real is not None}
    assert "sv" in {s.lang for s in aside} and {"de", "nl"} & {s.lang for s in aside}
    assert any(s.recordings and len({v.name for v in s.recordings[0].voices}) >= 2 for s in aside)
    fixtures.assert_bench_languages_knows(18, a18l, 61)
    assert not set(a18l.SENTENCES["nl"]) & set(a18l.SENTENCES["nl_dev"])
    for lang in ("sv", "de", "nl"):  # sentences no earlier set said
        said = set(a16l.SENTENCES.get(lang, [])) | set(a17l.SENTENCES.get(lang, []))
        assert not set(a18l.SENTENCES[lang]) & said


def test_the_ssb_relay_moves_every_frequency_by_the_same_hertz_keeps_the_band_and_moves_no_line():
    t = np.arange(int(TOTAL * RATE)) / RATE
    # a 'voice' of two harmonics (400 and 800 Hz) inside the lines, silence between
    inside = np.zeros(len(t), bool)
    for a, b in SEGS:
        inside[int(a * RATE):int(b * RATE)] = True
    x = ((np.sin(2 * np.pi * 400 * t) + 0.5 * np.sin(2 * np.pi * 800 * t)) * 0.2 * inside).astype(np.float32)
    made = sc.Made(x, [{"text": f"line {k}", "start": a, "end": b} for k, (a, b) in enumerate(SEGS)], [], [])
    out = a18.ssb_relay(made, seed=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    shift = float(out.notes[-1].split("tuned ")[1].split(" Hz")[0])
    assert 60 <= abs(shift) <= 140
    seg = out.samples[int(10.4 * RATE):int(12.1 * RATE)].astype(np.float64)
    spec = np.abs(np.fft.rfft(seg * np.hanning(len(seg))))
    f = np.fft.rfftfreq(len(seg), 1 / RATE)
    peaks = [f[np.argmax(spec * (f < 560))], f[np.argmax(spec * (f >= 560))]]  # the two harmonics' places
    # shifted, not scaled: both harmonics move by the same hertz, so they stop being a pitch and its octave
    assert abs(peaks[0] - (400 + shift)) < 3 and abs(peaks[1] - (800 + shift)) < 3
    assert abs(peaks[1] / peaks[0] - 2.0) > 0.1
    # nothing moves in time: the envelope still starts at the line (zero-phase filters), hiss in the pauses only
    env = np.abs(out.samples)
    line_level = sc._rms(out.samples[int(10.5 * RATE):int(12.0 * RATE)])
    gap_level = sc._rms(out.samples[int(9.1 * RATE):int(10.0 * RATE)])
    assert -31 < 20 * np.log10(gap_level / line_level) < -20
    assert env[int(10.25 * RATE):int(10.3 * RATE)].max() > 0.3 * env[int(10.5 * RATE):int(11 * RATE)].max()
    # the band: nothing of a 100 Hz or a 3.5 kHz tone comes through
    low = a18.ssb_relay(sc.Made((0.2 * np.sin(2 * np.pi * 3500 * t) * inside).astype(np.float32),
                                made.segments, [], []), seed=3)
    assert sc._rms(low.samples[inside]) < 0.1 * 0.2 / np.sqrt(2)


def test_footsteps_walk_across_line_edges_in_steps_half_a_second_apart_and_move_nothing():
    made = talk(SEGS, TOTAL)
    out = a18.footsteps(made, seed=5, count=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples - made.samples
    walks = changed_runs(added, gap=0.7)
    assert len(walks) == 3
    edges = [s["start"] for s in made.segments] + [s["end"] for s in made.segments]
    for run in walks:
        a, b = run[0] / RATE, run[-1] / RATE
        assert 2.5 <= b - a <= 8.3
        assert any(a < e < b for e in edges)  # across a line's edge
        # the steps: onsets (the heel's thump) every 0.41-0.69 s
        env = np.abs(added[run[0]:run[-1]])
        frame = int(0.01 * RATE)
        loud = np.array([env[i:i + frame].max() for i in range(0, len(env) - frame, frame)])
        onsets = np.flatnonzero((loud[1:] > 0.3 * loud.max()) & (loud[:-1] <= 0.3 * loud.max())) + 1
        gaps = np.diff(onsets) * 0.01
        gaps = gaps[gaps > 0.2]  # a heel and its toe are one step
        assert len(gaps) >= 3 and 0.4 <= np.median(gaps) <= 0.7


def test_marker_squeaks_are_high_tones_in_short_strokes_over_a_line_edge():
    made = talk(SEGS, TOTAL)
    out = a18.marker_squeaks(made, seed=2, count=4)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples - made.samples
    bursts = changed_runs(added, gap=0.4)
    assert len(bursts) == 4
    edges = [s["start"] for s in made.segments] + [s["end"] for s in made.segments]
    for run in bursts:
        a, b = run[0] / RATE, run[-1] / RATE
        assert any(a < e < b for e in edges), (a, b)
        strokes = changed_runs(added[run[0]:run[-1] + 1], gap=0.04)
        assert 2 <= len(strokes) <= 4 and all(0.1 <= len(s) / RATE <= 0.51 for s in strokes)
        part = added[run[0]:run[-1]]
        assert band_db(part, 850, 8000) - band_db(part, 0, 800) > 20  # a squeal, not a thump
        level = 20 * np.log10(sc._rms(added[run[0]:][strokes[0]]) / a18.a4.speech_rms(made))
        assert -10.5 < level < -3.5


def test_a_helicopter_swells_and_fades_its_blades_beating_14_to_19_times_a_second():
    rng = np.random.default_rng(1)
    x = a18._rotor(20.0, rng).astype(np.float64)
    env = np.array([sc._rms(x[i:i + RATE // 2]) for i in range(0, len(x) - RATE // 2, RATE // 2)])
    top = int(np.argmax(env))
    assert 0.3 < top / len(env) < 0.7 and 20 * np.log10(env[0] / env[top]) < -20  # far, near, far
    mid = x[9 * RATE:11 * RATE]
    slap = np.abs(mid) ** 2
    spec = np.abs(np.fft.rfft(slap - slap.mean()))
    f = np.fft.rfftfreq(len(slap), 1 / RATE)
    assert 13.0 <= f[np.argmax(spec * (f > 5) * (f < 40))] <= 20.0  # the blade rate in the envelope
    made = talk(SEGS, TOTAL)
    out = a18.helicopter(made, seed=4, count=1)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    run = changed_runs(out.samples - made.samples, gap=1.0)[0]
    assert 13.9 <= (run[-1] - run[0]) / RATE <= 26.1


@needs_sox
def test_the_5_1_track_has_six_channels_the_voice_in_the_centre_and_reads_back_without_delay():
    av = pytest.importorskip("av")
    made = broadband(talk(SEGS, TOTAL))
    out, (suffix, data) = a18.surround(made, seed=6)
    assert suffix == "5_1.wav"
    with av.open(io.BytesIO(data)) as c:
        s = c.streams.audio[0]
        assert s.codec_context.channels == 6 and s.rate == 48000
    assert out.segments == made.segments  # no delay measured
    n = min(len(out.samples), len(made.samples))
    assert np.corrcoef(out.samples[:n], made.samples[:n])[0, 1] > 0.7  # the centre is the talk
    assert a18.surround(made, seed=6)[1][1] == data


@needs_sox
def test_the_new_containers_read_back_as_written_with_no_delay_and_give_the_same_bytes():
    pytest.importorskip("av")
    made = broadband(talk(SEGS, TOTAL))
    heads = {"rf64": b"RF64", "sox": b".SoX", "aiff24": b"FORM", "nut": b"nut/"}
    for kind in sorted(NEW_CODECS):
        out, (suffix, data) = a18.store_codec(made, kind)
        assert suffix == a18.CODECS[kind][0] and suffix != "wav" and data[:4] == heads[kind]
        assert out.segments == made.segments
        fixtures.assert_written_again_the_same(data, a18.store_codec(made, kind)[1][1], kind)
        n = min(len(out.samples), len(made.samples))
        tolerance = 1e-4 if kind != "aiff24" else 0.1 * sc._rms(made.samples)  # 44.1 kHz: the resampler's
        assert sc._rms(out.samples[:n] - made.samples[:n]) < tolerance
        assert "delay measured as +0.0 ms" in out.notes[-1]


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_the_dev_twins_are_in_it():
    fixtures.assert_refused_without_flag(18, a18, a18l, (
        "ex_*", "ex_real_steps_page", "ex_nl_*", "ex_fr_real_steps_rf64", "*steps_page"))
    fixtures.assert_out_of_dev_runs(18, a18, a18l, 61)
