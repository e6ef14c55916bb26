"""The nineteenth aside set's generators (benchmarks/aside19_cases.py, aside19_languages.py) and the refusal that
keeps it to its own flag (the test of the one table of aside sets moved to test_aside20_cases.py).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import io

import numpy as np
import pytest

import aside19_cases as a19
import aside19_languages as a19l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import TEN_LINES, TEN_LINES_TOTAL, band_db, broadband, changed_runs, needs_sox, talk

RATE = sc.RATE
SEGS, TOTAL = TEN_LINES, TEN_LINES_TOTAL
NEW_CODECS = {"aifc64", "ast"}
NEW_KINDS = ("tremor", "ahem", "clicks", "flips", "tracks")


def _inside(made: sc.Made, at: float, pad: float = 0.0) -> bool:
    return any(s["start"] - pad <= at <= s["end"] + pad for s in made.segments)


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside17_cases as a17
    import aside17_languages as a17l
    import aside18_cases as a18
    import aside18_languages as a18l

    fixtures.assert_halves_named(a19, a19l, "dx_", "rd62_")
    for cat in (a19.catalogue(), a19l.catalogue()):
        # a name says what the case holds: every spoiler and codec it names is in its spec, and the other way round
        for n, s in cat.items():
            for kind in NEW_KINDS:
                has = getattr(s, kind)
                assert (kind in n) == bool(has) or ("_mix_" in n and has), (n, kind)  # the long talk: a mix
            assert not (s.tracks and s.codec)  # the four tracks are their own file: no codec on top
            assert s.codec is None or n.endswith("_" + s.codec), n
    fixtures.assert_seeds_new((a19, a19l), (a17, a17l, a18, a18l))
    assert 10 <= len(a19.names("aside")) <= 12 and 6 <= len(a19l.names("aside")) <= 8
    assert 1 <= len(a19l.names("dev")) and len(a19.names("dev")) >= 3


def test_the_brief_s_talks_are_there_a_long_one_new_kinds_dev_twins_and_new_containers():
    import aside14_cases as a14
    import aside15_cases as a15
    import aside16_cases as a16
    import aside17_cases as a17
    import aside18_cases as a18

    cat = a19.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    dev = [s for s in list(cat.values()) + list(a19l.catalogue().values()) if s.which == "dev"]
    long = [s for s in aside if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 80]
    assert len(long) == 1 and long[0].real.repeats == 2
    for kind in NEW_KINDS:
        assert any(getattr(s, kind) for s in aside), kind
        assert any(getattr(s, kind) for s in dev), kind  # a dev twin of every new kind
    assert {s.codec for s in aside} >= NEW_CODECS and {s.codec for s in dev} >= NEW_CODECS
    assert set(a19.CODECS) == NEW_CODECS
    earlier = set()
    for m in (a14, a15, a16, a17, a18):
        earlier |= {c[0].rsplit(".", 1)[-1] for c in m.CODECS.values()} | {c[1] for c in m.CODECS.values()
                                                                             if isinstance(c[1], str)}
    for suffix, fmt, *_ in a19.CODECS.values():  # each a file no case had (aiff was 24-bit PCM: this is AIFF-C)
        assert suffix not in earlier and (fmt not in earlier or suffix == "aifc"), suffix
    # the product's main shapes are there: a web page (inline stamps, "- " turns) and plain text
    assert {"page", "plain"} <= {s.transcript for s in aside}
    # no earlier set's spoilers on top: the new kinds are what this set is about
    assert not any(s.bleeps or s.trailing or s.buzz or s.inverted or s.aliased or s.reactions or s.stream or s.pair
                   or s.ssb or s.steps or s.squeaks or s.rotor or s.surround for s in aside + dev)
    # voices no earlier set used: new espeak-ng variants, flite and festival at new speeds
    voices = {(v.engine, v.name, v.speed) for s in aside for r in s.recordings for v in r.voices}
    assert {"en-us+grandpa", "en-gb+Diogo", "en-gb-x-rp+Pablo"} <= {n for e, n, _ in voices if e == "espeak"}
    assert any(n == "rms" and sp < 0.7 for e, n, sp in voices if e == "flite")
    assert any(n == "slt" and sp > 1.6 for e, n, sp in voices if e == "flite")
    assert ("festival", "ked", 0.8) in voices


def test_the_set_holds_real_and_synthesized_languages_two_speakers_and_bench_languages_knows_it():
    import aside17_languages as a17l
    import aside18_languages as a18l

    cat = a19l.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    assert {"fr", "es", "it", "ru"} <= {s.lang for s in aside if s.real is not None}
    assert "sv" in {s.lang for s in aside} and {"de", "nl"} & {s.lang for s in aside}
    assert any(s.recordings and len({v.name for v in s.recordings[0].voices}) >= 2 for s in aside)
    fixtures.assert_bench_languages_knows(19, a19l, 62)
    assert not set(a19l.SENTENCES["de"]) & set(a19l.SENTENCES["de_dev"])
    for lang in ("sv", "de", "nl"):  # sentences no earlier set said
        said = set(a17l.SENTENCES.get(lang, [])) | set(a18l.SENTENCES.get(lang, []))
        assert not set(a19l.SENTENCES[lang]) & said


def test_a_tremor_swings_the_level_and_the_pitch_a_few_times_a_second_and_moves_nothing():
    t = np.arange(int(TOTAL * RATE)) / RATE
    inside = np.zeros(len(t), bool)
    for a, b in SEGS:
        inside[int(a * RATE):int(b * RATE)] = True
    x = (0.2 * np.sin(2 * np.pi * 1000 * t) * inside).astype(np.float32)
    made = sc.Made(x, [{"text": f"line {k}", "start": a, "end": b} for k, (a, b) in enumerate(SEGS)], [], [])
    out = a19.tremor(made, seed=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    rate = float(out.notes[-1].split(" Hz")[0].rsplit(" ", 1)[1])
    assert 4.5 <= rate <= 7.0
    # the level: its envelope swings at the tremor's rate, by 20-40 %
    seg = out.samples[int(10.4 * RATE):int(12.1 * RATE)].astype(np.float64)
    frame = RATE // 100
    env = np.array([np.sqrt(np.mean(seg[i:i + frame] ** 2)) for i in range(0, len(seg) - frame, frame)])
    spec = np.abs(np.fft.rfft(env - env.mean()))
    f = np.fft.rfftfreq(len(env), 0.01)
    assert 3.5 <= f[np.argmax(spec * (f > 2) * (f < 12))] <= 8.0
    assert 0.15 < (env.max() - env.min()) / (env.max() + env.min()) < 0.5
    # the pitch: the 1 kHz tone's instantaneous frequency swings by 1-1.6 %, and no edge moves by a millisecond
    z = np.fft.ifft(np.fft.fft(seg) * (np.fft.fftfreq(len(seg)) > 0) * 2)
    inst = np.diff(np.unwrap(np.angle(z))) * RATE / (2 * np.pi)
    inst = inst[RATE // 10:-RATE // 10]
    assert 0.8 < (np.percentile(inst, 99) - np.percentile(inst, 1)) / 2 / 1000 * 100 < 2.0
    for a, _ in SEGS:
        first = np.flatnonzero(np.abs(out.samples[int((a - 0.01) * RATE):]) > 1e-4)[0] / RATE + a - 0.01
        assert abs(first - a) < 0.001


def test_throat_clears_sit_in_the_pause_next_to_a_line_low_and_rough_and_move_nothing():
    made = broadband(talk(SEGS, TOTAL))
    out = a19.throat_clears(made, seed=2, count=4)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples - made.samples
    clears = changed_runs(added, gap=0.15)
    assert len(clears) == 4
    for c, run in enumerate(clears):
        a, b = run[0] / RATE, run[-1] / RATE
        assert 0.2 <= b - a <= 0.8
        assert not _inside(made, a) and not _inside(made, b)  # in the pause, never over a line
        near = min(min(abs(s["start"] - b), abs(a - s["end"])) for s in made.segments)
        assert 0.1 <= near <= 0.45, (a, b)
        part = added[run[0]:run[-1]]
        assert band_db(part, 200, 2600) - band_db(part, 3500, 8000) > 15  # a throat's rasp, not a hiss
        level = 20 * np.log10(sc._rms(part) / a19.a4.speech_rms(made))
        assert -9 < level < 2


def test_mouth_clicks_are_short_cracks_just_outside_the_lines_and_move_nothing():
    made = broadband(talk(SEGS, TOTAL))
    out = a19.mouth_clicks(made, seed=3, share=0.9)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples - made.samples
    clicks = changed_runs(added, gap=0.045)
    assert len(clicks) >= 8
    starts = ends = 0
    for run in clicks:
        a, b = run[0] / RATE, run[-1] / RATE
        assert b - a <= 0.04  # a click or a smack's pair
        assert not _inside(made, a) and not _inside(made, b)
        before = min((s["start"] - b for s in made.segments if s["start"] > b), default=9)
        after = min((a - s["end"] for s in made.segments if s["end"] < a), default=9)
        assert 0.0 < before <= 0.36 or 0.07 < after <= 0.36, (a, b)
        starts += 0.0 < before <= 0.36
        ends += not 0.0 < before <= 0.36
        part = added[run[0]:run[-1] + 1]
        assert band_db(part, 1000, 8000) - band_db(part, 0, 700) > 6  # a crack, not a thump
    assert starts > ends >= 1


def test_band_flips_switch_between_wide_and_narrow_inside_lines_without_moving_anything():
    made = broadband(talk(SEGS, TOTAL))
    out = a19.band_flips(made, seed=4)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    listed = out.notes[-1].split("narrow at ")[1].rstrip(" s").split(", ")
    spans = [tuple(float(v) for v in p.split("-")) for p in listed]
    assert len(spans) >= 3 and all(1.4 <= b - a <= 6.1 for a, b in spans[:-1])
    # some switch falls inside a line
    assert any(_inside(made, e, -0.05) for a, b in spans for e in (a, b))
    for a, b in spans[:-1]:
        mid = out.samples[int((a + 0.1) * RATE):int((b - 0.1) * RATE)]
        ref = made.samples[int((a + 0.1) * RATE):int((b - 0.1) * RATE)]
        if sc._rms(ref) > 0.01:  # a stretch with voice in it: nothing over 3.4 kHz is left
            assert band_db(mid, 4500, 8000) - band_db(ref, 4500, 8000) < -18
    wide = [(b1, a2) for (_, b1), (a2, _) in zip(spans, spans[1:])]
    a, b = wide[0]
    part = slice(int((a + 0.1) * RATE), int((b - 0.1) * RATE))
    if sc._rms(made.samples[part]) > 0.01:
        assert sc._rms(out.samples[part] - a19._band(made.samples[part].astype(np.float64), 50, 7000)) < 0.2 * sc._rms(
            made.samples[part])


@needs_sox
def test_the_field_recorder_has_four_tracks_the_lavalier_first_and_reads_back_without_delay():
    av = pytest.importorskip("av")
    made = broadband(talk(SEGS, TOTAL))
    out, (suffix, data) = a19.field_recorder(made, seed=6)
    assert suffix == "4ch.wav" and suffix != "wav"
    with av.open(io.BytesIO(data)) as c:
        s = c.streams.audio[0]
        assert s.codec_context.channels == 4 and s.rate == 48000
        frames = np.concatenate([f.to_ndarray().reshape(-1, 4) for f in c.decode(s)])
    tracks = frames.T.astype(np.float64)
    voice = a19.a9.sox(made.samples, [], RATE, 48000).astype(np.float64)
    n = min(len(voice), tracks.shape[1])
    corr = [np.corrcoef(tr[:n], voice[:n])[0, 1] for tr in tracks]
    assert corr[0] > 0.95 and abs(corr[3]) < 0.1  # the lavalier; the spare track hears no voice
    assert all(c < 0.9 for c in corr[1:3])  # the room microphones hear it late and dull
    assert out.segments == made.segments  # no delay measured
    assert a19.field_recorder(made, seed=6)[1][1] == data


@needs_sox
def test_the_new_containers_read_back_as_written_with_no_delay_and_give_the_same_bytes():
    pytest.importorskip("av")
    made = broadband(talk(SEGS, TOTAL))
    heads = {"aifc64": b"FORM", "ast": b"STRM"}
    for kind in sorted(NEW_CODECS):
        out, (suffix, data) = a19.store_codec(made, kind)
        assert suffix == a19.CODECS[kind][0] and data[:4] == heads[kind]
        if kind == "aifc64":
            assert data[8:12] == b"AIFC" and b"fl64" in data[:200]
        assert out.segments == made.segments
        fixtures.assert_written_again_the_same(data, a19.store_codec(made, kind)[1][1], kind)
        n = min(len(out.samples), len(made.samples))
        assert sc._rms(out.samples[:n] - made.samples[:n]) < 1e-4
        assert "delay measured as +0.0 ms" in out.notes[-1]


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_the_dev_twins_are_in_it():
    fixtures.assert_refused_without_flag(19, a19, a19l, (
        "dx_*", "dx_real_ahem_page", "dx_de_*", "dx_fr_real_clicks_aifc64", "*ahem_page"))
    fixtures.assert_out_of_dev_runs(19, a19, a19l, 62)
