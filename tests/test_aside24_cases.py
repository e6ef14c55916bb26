"""The twenty-fourth aside set's generators (benchmarks/aside24_cases.py, aside24_languages.py) and the refusal that
keeps it to its own flag (the test of the one table of aside sets moved to test_aside25_cases.py).

No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a test machine
may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import dataclasses
import importlib
import io
import re

import numpy as np
import pytest
from made_up_talks import (TEN_LINES, TEN_LINES_TOTAL, band_db, band_share, broadband, changed_runs, cut, level_db,
                           needs_sox, speech_like, talk)

import aside24_cases as a24  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside24_languages as a24l  # noqa: E402
import synth_cases as sc  # noqa: E402
from aside_common import catalogue_seeds  # noqa: E402

RATE = sc.RATE
NEW_KINDS = ("minidisc", "deesser", "thunder", "drill")
EARLIER = range(3, 24)  #: the aside sets before this one (aside3 .. aside23; the first two are made otherwise)


def _earlier(suffix: str) -> list:
    return [importlib.import_module(f"aside{i}{suffix}") for i in EARLIER]


def _everything() -> dict:
    return {**a24.catalogue(), **a24l.catalogue()}


def test_names_say_the_half_and_the_kinds_and_no_seed_was_drawn_before():
    cat = _everything()
    every = a24.names("dev") + a24.names("aside") + a24l.names("dev") + a24l.names("aside")
    assert set(cat) == set(every) and len(cat) == len(every)
    for name, spec in cat.items():
        assert name.startswith("bx_" if spec.which == "aside" else "rd67_"), name
        for kind in NEW_KINDS:  # a name says what the case holds, and the other way round ("mix": all of them)
            assert bool(getattr(spec, kind)) == (f"_{kind}_" in name + "_") or ("_mix_" in name), (name, kind)
        assert spec.codec is None or name.endswith("_" + spec.codec), name
    seeds = catalogue_seeds(a24, a24l)
    assert len(seeds) == len(set(seeds))
    assert not set(seeds) & set(catalogue_seeds(*_earlier("_cases"), *_earlier("_languages")))
    assert all(101000 <= s < 102000 for s in catalogue_seeds(a24)) and all(102000 <= s < 103000
                                                                           for s in catalogue_seeds(a24l))
    assert 10 <= len(a24.names("aside")) <= 12 and 6 <= len(a24l.names("aside")) <= 8
    assert (len(a24.names("dev")), len(a24l.names("dev"))) == (5, 2)


def test_the_set_has_a_long_talk_every_new_kind_in_both_halves_new_containers_and_new_speeds():
    english = list(a24.catalogue().values())
    aside = [s for s in english if s.which == "aside"]
    dev = [s for s in _everything().values() if s.which == "dev"]
    tongues = [s for s in a24l.catalogue().values() if s.which == "aside"]
    long = [s for s in aside if s.real is not None and s.real.prompts * s.real.repeats >= 80]
    assert len(long) == 1 and all(getattr(long[0], kind) for kind in NEW_KINDS)
    for kind in NEW_KINDS:
        assert all(any(getattr(s, kind) for s in group) for group in (aside, dev, tongues)), kind
    assert {s.codec for s in aside} - {None} == set(a24.CODECS) == {s.codec for s in dev} - {None}
    # a pairing of container and codec no set wrote before (Matroska had AC-3, WebM had Opus)
    earlier = {(row[0], row[2]) for m in _earlier("_cases") for row in getattr(m, "CODECS", {}).values()
               if len(row) > 2}
    assert not {(row[0], row[2]) for row in a24.CODECS.values()} & earlier
    assert {"page", "plain", "dashes", "srt", "vtt"} <= {s.transcript for s in aside}
    # the de-esser only where the voice reaches over its band: no 8 kHz prompts under it
    assert all(s.real is None or s.real.wideband for s in _everything().values() if s.deesser)
    # none of the earlier sets' own spoilers on top: every field this set's spoilers inherit is at its default
    inherited = [f for f in dataclasses.fields(a24.TwentyFourthSpoilers) if f.name not in ("codec", *NEW_KINDS)]
    assert len(inherited) > 60
    assert all(getattr(s, f.name) == f.default for s in _everything().values() for f in inherited)
    said = {(v.engine, v.name, v.speed) for m in _earlier("_cases") for s in m.catalogue().values()
            for r in s.recordings for v in r.voices}
    ours = {(v.engine, v.name, v.speed) for s in aside for r in s.recordings for v in r.voices}
    assert {("flite", "kal", 0.7), ("flite", "rms", 1.84), ("festival", "ked", 0.52), ("festival", "kal", 1.8)} <= ours
    assert not {v for v in ours if v[0] != "espeak"} & said


def test_the_languages_are_real_and_synthesized_with_two_speakers_and_bench_languages_knows_them():
    import bench_languages

    aside = [s for s in a24l.catalogue().values() if s.which == "aside"]
    assert {s.lang for s in aside if s.real is not None} == {"fr", "es", "it", "ru"}
    assert {s.lang for s in aside} == set(a24l.LANGS.split(","))
    assert any(len({v.name for v in s.recordings[0].voices}) == 2 for s in aside if s.recordings)
    assert bench_languages.BUILT_SETS["aside24"] == ("aside24_languages", "aside", a24l.LANGS)
    assert bench_languages.BUILT_SETS["dev67"] == ("aside24_languages", "dev", a24l.DEV_LANGS)
    assert set(a24l.DEV_LANGS.split(",")) == {s.lang for s in a24l.catalogue().values() if s.which == "dev"}
    assert not set(a24l.SENTENCES["de"]) & set(a24l.SENTENCES["de_dev"])
    before = {t for m in _earlier("_languages") for lines in getattr(m, "SENTENCES", {}).values()
              for t in (lines if isinstance(lines, list) else [])}
    assert not {t for lines in a24l.SENTENCES.values() for t in lines} & before


# ------------------------------------------------------------------ the MiniDisc's transform codec
def test_the_transform_codec_gives_the_talk_back_unquantized():
    x = np.random.default_rng(0).normal(size=20000)
    for m in (320, 368, 384):
        assert np.max(np.abs(a24.transform_coded(x, m, np.inf) - x)) < 1e-9


def test_the_minidisc_keeps_each_line_in_place_and_leaves_a_pre_echo_only_within_a_block_before_it():
    made = broadband(speech_like(), floor=1e-4)
    out = a24.minidisc(made, seed=7)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    block = float(re.search(r"blocks of (\d+) ms", out.notes[-1]).group(1)) / 1000
    assert 0.039 <= block <= 0.049
    floor = level_db(cut(x, TEN_LINES[0][0] - 0.4, TEN_LINES[0][0] - 0.1))
    for s, e in TEN_LINES:
        inside = cut(x, s + 0.05, e - 0.05), cut(y, s + 0.05, e - 0.05)
        assert np.corrcoef(*inside)[0, 1] > 0.95 and abs(level_db(inside[1]) - level_db(inside[0])) < 1.0
        line = level_db(cut(x, s, s + 0.1))
        echo = level_db(cut(y, s - 0.005, s))
        assert floor + 20 < echo < line - 12, (s, floor, echo, line)  # the pre-echo: the onset's noise, before it
        assert abs(level_db(cut(y, s - block - 0.1, s - block - 0.005)) - floor) < 1.0  # a block before: the room


# ------------------------------------------------------------------ the de-esser
def _with_sibilants(made: sc.Made, lines: tuple[int, ...]) -> sc.Made:
    """The made-up talk with an /s/ (0.15 s of noise over 4.5 kHz at the line's level) ending each of ``lines``."""
    rng = np.random.default_rng(9)
    y = made.samples.astype(np.float64).copy()
    for k in lines:
        s, e = TEN_LINES[k]
        i, j = int((e - 0.15) * RATE), int(e * RATE)
        hiss = np.fft.irfft(np.fft.rfft(rng.normal(size=j - i)) * (np.fft.rfftfreq(j - i, 1 / RATE) > 4500), j - i)
        y[i:j] += hiss / sc._rms(hiss) * sc._rms(cut(y, s, e))
    return sc.Made(y.astype(np.float32), made.segments, made.notes, made.words)


def test_the_de_esser_takes_the_sibilants_down_and_leaves_vowels_lows_and_pauses():
    assert a24.deesser_cut(np.array([-40.0, -20.0, -10.0, 0.0]), -20.0, 5.0, 12.0).tolist() == [0.0, 0.0, -8.0,
                                                                                                  -12.0]
    sibilant = (1, 4, 7)
    made = _with_sibilants(broadband(speech_like(), floor=3e-4), sibilant)
    out = a24.deesser(made, seed=8)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    most = float(re.search(r"at most (\d+) dB", out.notes[-1]).group(1))
    for k, (s, e) in enumerate(TEN_LINES):
        body = cut(x, s + 0.1, e - 0.3), cut(y, s + 0.1, e - 0.3)
        assert np.corrcoef(*body)[0, 1] > 0.999  # the vowels pass
        assert abs(band_db(body[1], 100, 2000) - band_db(body[0], 100, 2000)) < 0.3
        tail = cut(x, e - 0.12, e), cut(y, e - 0.12, e)
        drop = band_db(tail[0], 5000, 7500) - band_db(tail[1], 5000, 7500)
        assert (4.0 < drop < most + 0.5) if k in sibilant else (drop < 1.0), (k, drop)
        assert abs(band_db(tail[1], 100, 2000) - band_db(tail[0], 100, 2000)) < 0.5  # the lows under it stay
        if k + 1 < len(TEN_LINES):  # the pause's room, once the detector has let go
            pause = cut(x, e + 0.3, TEN_LINES[k + 1][0] - 0.05), cut(y, e + 0.3, TEN_LINES[k + 1][0] - 0.05)
            assert abs(level_db(pause[1]) - level_db(pause[0])) < 0.2


# ------------------------------------------------------------------ thunder
def test_thunder_only_adds_a_low_rumble_of_seconds_wherever_it_falls():
    made = speech_like()
    out = a24.thunder(made, seed=10, count=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    runs = changed_runs(added, gap=0.5)
    said = re.findall(r"at (\d+\.\d) s|; (\d+\.\d) s \((\d+\.\d) s", out.notes[-1])
    assert len(runs) == 3 == out.notes[-1].count(" dB under")
    for run in runs:
        assert len(run) / RATE > 0.9  # seconds long, not a knock
    assert band_share(added, 0, 300) > 0.85  # a rumble: the voice's band above it is left clear
    speech = level_db(np.concatenate([cut(made.samples, s, e) for s, e in TEN_LINES]))
    for run in runs:
        loudest = max(level_db(added[i:i + RATE]) for i in range(run[0], max(run[0] + 1, run[-1] - RATE), RATE // 4))
        assert -11 < loudest - speech < -1.5
    assert said  # where each fell is in the notes
    inside_lines = sum(1 for run in runs if any(s * RATE < run[-1] and e * RATE > run[0] for s, e in TEN_LINES))
    assert inside_lines >= 1  # the storm does not wait for a pause


# ------------------------------------------------------------------ the road drill outside
def test_the_road_drill_adds_bursts_of_impacts_through_a_window_and_nothing_between_them():
    made = speech_like()
    out = a24.road_drill(made, seed=11, bursts=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    spans = [(float(a), float(b)) for a, b in re.findall(r"(\d+\.\d)-(\d+\.\d) s", out.notes[-1])]
    assert len(spans) == 3 and all(1.4 <= b - a <= 6.1 for a, b in spans)
    rate_hz = float(re.search(r"\((\d+) impacts a second", out.notes[-1]).group(1))
    assert 18 <= rate_hz <= 26
    outside = np.ones(len(added), bool)
    for a, b in spans:
        outside[int((a - 0.05) * RATE):int((b + 0.05) * RATE)] = False  # the notes round to 0.1 s
        burst = cut(added, a, b)
        env = np.sqrt(np.convolve(burst ** 2, np.ones(80) / 80, "same"))[::16]  # 1 ms steps
        env = env - env.mean()
        ac = np.correlate(env, env, "full")[len(env) - 1:]
        lag = 1000 / rate_hz
        assert ac[int(round(lag))] > 0.5 * ac[0] and ac[int(round(lag / 2))] < ac[int(round(lag))]  # periodic
    assert np.max(np.abs(added[outside])) < 1e-6
    assert band_share(added, 3000, 8000) < 0.02  # through the window: little over 2-3 kHz


# ------------------------------------------------------------------ the containers
@needs_sox
@pytest.mark.parametrize("kind", sorted(a24.CODECS))
def test_a_new_container_reads_back_with_its_delay_in_the_truth_and_gives_the_same_bytes(kind):
    av = pytest.importorskip("av")
    made = broadband(talk(TEN_LINES, TEN_LINES_TOTAL))
    out, (suffix, data) = a24.store_codec(made, kind)
    assert suffix == kind and a24.store_codec(made, kind)[1][1] == data
    with av.open(io.BytesIO(data)) as c:
        assert c.streams.audio[0].codec_context.name == {"mkv": "mp2", "webm": "vorbis"}[kind]
        assert [v.codec_context.name for v in c.streams.video] == [{"mkv": "h264", "webm": "vp8"}[kind]]
    assert data[:4] == b"\x1a\x45\xdf\xa3"  # an EBML header: Matroska and WebM alike
    shift = out.segments[0]["start"] - made.segments[0]["start"]
    assert all(abs((o["start"] - m["start"]) - shift) < 1e-6 for o, m in zip(out.segments, made.segments))
    n = len(made.samples) - int(0.2 * RATE)
    lags = {int(np.floor(shift * RATE)), int(np.ceil(shift * RATE))}  # the truth kept to a sample
    assert max(np.corrcoef(out.samples[lag:lag + n], made.samples[:n])[0, 1] for lag in lags) > 0.95, (kind, shift)


# ------------------------------------------------------------------ the aside kept to its flag
def test_only_the_flag_runs_bx_which_was_looked_at_once_and_the_dev_run_has_the_twins():
    import cases
    import rebuild_check
    import run

    for pattern in ("bx_*", "bx_real_thunder_dashes", "bx_sv_*", "*deesser_plain_mkv", "*drill_webm"):
        with pytest.raises(SystemExit, match="--aside24"):
            run.select_cases([pattern], False, False)
    aside = a24.names("aside") + a24l.names("aside")
    twins = a24.names("dev") + a24l.names("dev")
    assert not any(map(cases.is_unseen_aside, aside + twins))  # bx_* looked at once (thirty-first round)
    assert (cases.ASIDE24, cases.FRESH67_DEV) == (a24.names("aside"), a24.names("dev"))
    assert (cases.LANG_ASIDE24, cases.LANG67_DEV) == (a24l.names("aside"), a24l.names("dev"))
    dev = set(cases.all_case_names(long60=True))
    assert not set(aside) & dev and set(a24.names("aside")) <= set(cases.SEEN_ASIDE)
    assert {n for n in a24.names("dev") if a24.missing_packages(n) is None} <= dev
    assert set(rebuild_check.SETS["aside24"]()) == set(aside + twins)
