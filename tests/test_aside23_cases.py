"""The twenty-third aside set's generators (benchmarks/aside23_cases.py, aside23_languages.py) and the refusal that
keeps it to its own flag (the test of the one table of aside sets moved to test_aside24_cases.py).

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
from made_up_talks import TEN_LINES, TEN_LINES_TOTAL, band_db, broadband, cut, level_db, needs_sox, speech_like, talk

import aside23_cases as a23  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside23_languages as a23l  # noqa: E402
import synth_cases as sc  # noqa: E402
from aside_common import catalogue_seeds  # noqa: E402

RATE = sc.RATE
NEW_KINDS = ("automix", "dolby", "chime", "shortwave")
EARLIER = range(3, 23)  #: the aside sets before this one (aside3 .. aside22; the first two are made otherwise)


def _earlier(suffix: str) -> list:
    return [importlib.import_module(f"aside{i}{suffix}") for i in EARLIER]


def _everything() -> dict:
    return {**a23.catalogue(), **a23l.catalogue()}


def test_names_say_the_half_and_the_kinds_and_no_seed_was_drawn_before():
    cat = _everything()
    assert set(cat) == set(a23.names("dev") + a23.names("aside") + a23l.names("dev") + a23l.names("aside"))
    assert len(cat) == len(a23.names("dev") + a23.names("aside") + a23l.names("dev") + a23l.names("aside"))
    for name, spec in cat.items():
        assert name.startswith("rx_" if spec.which == "aside" else "rd66_"), name
        for kind in NEW_KINDS:  # a name says what the case holds, and the other way round ("mix": several)
            assert bool(getattr(spec, kind)) == (f"_{kind}_" in name + "_") or ("_mix_" in name), (name, kind)
        assert spec.codec is None or name.endswith("_" + spec.codec), name
    seeds = catalogue_seeds(a23, a23l)
    assert len(seeds) == len(set(seeds))
    assert not set(seeds) & set(catalogue_seeds(*_earlier("_cases"), *_earlier("_languages")))
    assert 10 <= len(a23.names("aside")) <= 12 and 6 <= len(a23l.names("aside")) <= 8
    assert (len(a23.names("dev")), len(a23l.names("dev"))) == (5, 2)


def test_the_set_has_a_long_talk_every_new_kind_in_both_halves_new_containers_and_new_speeds():
    english = list(a23.catalogue().values())
    aside = [s for s in english if s.which == "aside"]
    dev = [s for s in _everything().values() if s.which == "dev"]
    tongues = [s for s in a23l.catalogue().values() if s.which == "aside"]
    long = [s for s in aside if s.real is not None and s.real.prompts * s.real.repeats >= 80]
    assert len(long) == 1
    for kind in NEW_KINDS:
        assert all(any(getattr(s, kind) for s in group) for group in (aside, dev, tongues)), kind
    assert {s.codec for s in aside} - {None} == set(a23.CODECS) == {s.codec for s in dev} - {None}
    earlier = {row[0].rsplit(".", 1)[-1] for m in _earlier("_cases") for row in getattr(m, "CODECS", {}).values()}
    assert not set(a23.CODECS) & earlier
    assert {"page", "plain", "dashes"} <= {s.transcript for s in aside}
    # none of the earlier sets' own spoilers on top: every field this set's spoilers inherit is at its default
    inherited = [f for f in dataclasses.fields(a23.TwentyThirdSpoilers) if f.name not in ("codec", *NEW_KINDS)]
    assert len(inherited) > 60
    assert all(getattr(s, f.name) == f.default for s in _everything().values() for f in inherited)
    said = {(v.engine, v.name, v.speed) for m in _earlier("_cases") for s in m.catalogue().values()
            for r in s.recordings for v in r.voices}
    ours = {(v.engine, v.name, v.speed) for s in aside for r in s.recordings for v in r.voices}
    assert {("flite", "kal", 0.74), ("flite", "rms", 1.8), ("festival", "ked", 1.76), ("festival", "kal", 0.56)} <= ours
    assert not {v for v in ours if v[0] != "espeak"} & said


def test_the_languages_are_real_and_synthesized_with_a_panel_of_two_and_bench_languages_knows_them():
    import bench_languages

    aside = [s for s in a23l.catalogue().values() if s.which == "aside"]
    assert {s.lang for s in aside if s.real is not None} == {"fr", "es", "it", "ru"}
    assert {s.lang for s in aside} == set(a23l.LANGS.split(","))
    assert any(len({v.name for v in s.recordings[0].voices}) == 2 for s in aside if s.recordings)
    assert bench_languages.BUILT_SETS["aside23"] == ("aside23_languages", "aside", a23l.LANGS)
    assert bench_languages.BUILT_SETS["dev66"] == ("aside23_languages", "dev", a23l.DEV_LANGS)
    assert set(a23l.DEV_LANGS.split(",")) == {s.lang for s in a23l.catalogue().values() if s.which == "dev"}
    assert not set(a23l.SENTENCES["de"]) & set(a23l.SENTENCES["de_dev"])
    before = {t for m in _earlier("_languages") for lines in getattr(m, "SENTENCES", {}).values()
              for t in (lines if isinstance(lines, list) else [])}
    assert not {t for lines in a23l.SENTENCES.values() for t in lines} & before


# ------------------------------------------------------------------ the panel's automatic mixer
def _two_talkers(made: sc.Made) -> sc.Made:
    """The made-up talk with its lines said by two talkers in turn (a synthesized line's ``voice``)."""
    segs = [dict(s, voice="ab"[k % 2]) for k, s in enumerate(made.segments)]
    return sc.Made(made.samples, segs, made.notes, made.words)


def test_shared_gains_sum_to_one_and_follow_each_microphone_s_power():
    levels = np.array([[1.0, 0.1, 0.5], [0.1, 0.1, 0.5], [0.1, 1.0, 0.0]])
    g = a23.shared_gains(levels)
    assert np.allclose(g.sum(axis=0), 1.0)
    assert g[0, 0] > 0.98 and g[2, 1] > 0.98 and np.allclose(g[:2, 2], 0.5)
    assert np.isclose(g[0, 0] / g[1, 0], 100.0)  # as power: ten times the level, a hundred times the gain


def test_the_mixer_gives_each_line_its_talker_s_microphone_and_spreads_the_gain_over_the_table_as_it_ends():
    import random

    import aside21_cases as a21

    made = _two_talkers(speech_like())
    out = a23.automatic_mixer(made, seed=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    assert "2 talking" in out.notes[-1] and "1 talking" in a23.automatic_mixer(speech_like(), seed=3).notes[-1]
    # the same mixer, the microphones and gains laid open
    prng = random.Random(3)
    panel = a23.panel_microphones(made, prng, np.random.default_rng(3))
    gains = a23.shared_gains(np.array([a21._envelope(m, 0.002, prng.uniform(0.08, 0.15)) for m in panel.heard]))
    assert len(panel.heard) >= 3 and panel.talkers == ["a", "b"]
    assert all(0.0035 * RATE <= d <= 0.0076 * RATE + 1 for d in panel.delays)  # 1.2-2.6 m at 343 m/s

    def gain(talker: int, a: float, b: float) -> float:
        """The median of ``talker``'s microphone's gain from ``a`` to ``b`` s."""
        return float(np.median(gains[talker, int(a * RATE) // 16:int(b * RATE) // 16 + 1]))

    spread = []  # the talker's share in the pause after each line
    for k, (s, e) in enumerate(TEN_LINES):
        inside = cut(x, s + 0.05, e - 0.05), cut(y, s + 0.05, e - 0.05)
        assert np.corrcoef(*inside)[0, 1] > 0.9  # the line comes out of its own microphone, in place
        assert abs(level_db(inside[1]) - level_db(inside[0])) < 2.0
        own = gain(k % 2, s + 0.1, e - 0.1)
        assert own > 0.7 and own > 4 * gain(1 - k % 2, s + 0.1, e - 0.1)
        if k + 1 < len(TEN_LINES):
            spread.append(gain(k % 2, e + 0.4, TEN_LINES[k + 1][0] - 0.2))
            pause = (e + TEN_LINES[k + 1][0]) / 2
            assert level_db(cut(y, e + 0.02, e + 0.12)) > level_db(cut(y, pause - 0.1, pause + 0.1)) + 8  # the room
    assert abs(np.mean(spread) - 1 / len(panel.heard)) < 0.12  # in the pauses the table shares the gain
    # nothing earlier than the voice: the talk turned over after its first line begins changes nothing before it
    flipped = x.copy()
    first = int(TEN_LINES[0][0] * RATE)
    flipped[first:] *= -1
    z = a23.automatic_mixer(sc.Made(flipped.astype(np.float32), made.segments, made.notes, made.words), seed=3)
    assert np.corrcoef(y[:first], z.samples[:first])[0, 1] > 0.999999


# ------------------------------------------------------------------ the Dolby B cassette played back without it
def test_dolby_b_lifts_quiet_highs_by_up_to_10_db_and_leaves_loud_ones_and_the_lows():
    assert a23.dolby_b_lift(np.array([-60.0, -40.0, -22.5, -5.0, 0.0])).tolist() == [10.0, 10.0, 5.0, 0.0, 0.0]
    made = speech_like()
    quiet = [3, 7]  # two lines said 35 dB down: a fading talker, a far one
    y0 = made.samples.copy()
    for k in quiet:
        s, e = TEN_LINES[k]
        y0[int(s * RATE):int(e * RATE)] *= 10 ** (-35 / 20)
    made = sc.Made(y0, made.segments, made.notes, made.words)
    out = a23.dolby_b_undecoded(made, seed=4)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    corner = float(re.search(r"over (\d+) Hz", out.notes[-1]).group(1))
    for k, (s, e) in enumerate(TEN_LINES):
        a, b = cut(x, s + 0.1, e - 0.1), cut(y, s + 0.1, e - 0.1)
        lift = band_db(b, 3000, 7000) - band_db(a, 3000, 7000)
        assert (7.0 < lift < 10.5) if k in quiet else (-0.5 < lift < 3.5), (k, lift)
        assert abs(band_db(b, 100, corner / 3) - band_db(a, 100, corner / 3)) < 0.5  # the lows pass as they were
        # before the line, only the tape's hiss: the lift is a gain on the highs where they are, never earlier
        assert level_db(cut(y, s - 0.3, s - 0.03)) < level_db(b) - (12 if k in quiet else 40)
    hiss_db = float(re.search(r"hiss (\d+) dB under", out.notes[-1]).group(1))
    assert 48 <= hiss_db <= 54


# ------------------------------------------------------------------ the PA's chime
def test_the_chime_is_struck_in_the_pause_and_still_rings_under_the_line_s_first_words():
    made = speech_like()
    out = a23.announcement_chimes(made, seed=5, count=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    chime = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    lines = [int(k) - 1 for k in re.search(r"\(lines ([\d, ]+)\)", out.notes[-1]).group(1).split(", ")]
    assert len(lines) == 3 and 0 not in lines  # the first line has no pause of 1.1 s before it
    speech = level_db(np.concatenate([cut(made.samples, s, e) for s, e in TEN_LINES]))
    for k in lines:
        s, prev_end = TEN_LINES[k][0], TEN_LINES[k - 1][1]
        struck = np.flatnonzero(np.abs(cut(chime, prev_end, s)) > 1e-9)
        assert len(struck) and struck[0] / RATE >= 0.15 - 1e-3  # not before the line before has ended + 0.15 s
        onset = prev_end + struck[0] / RATE
        assert abs(level_db(cut(chime, onset, onset + 0.1)) - speech) < 3.5
        ringing = level_db(cut(chime, s, s + 0.1)) - level_db(cut(chime, onset, onset + 0.1))
        assert -25 < ringing < -3, (k, ringing)  # still ringing under the first words
        assert level_db(cut(chime, s - 0.25, s)) < level_db(cut(chime, s - 0.8, s - 0.25)) + 6  # no note at the line
    others = [k for k in range(1, len(TEN_LINES)) if k not in lines and k - 1 not in lines]
    for k in others:  # lines with no chime before them (nor one ringing from the pause before last)
        assert np.max(np.abs(cut(chime, TEN_LINES[k - 1][1], TEN_LINES[k][0]))) < 1e-9


# ------------------------------------------------------------------ off shortwave
def test_shortwave_fades_selectively_keeps_the_voice_in_its_place_and_adds_nothing_before_the_first_line():
    made = broadband(talk(TEN_LINES, TEN_LINES_TOTAL))
    out = a23.shortwave(made, seed=6)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    assert band_db(y, 5500, 8000) < band_db(x, 5500, 8000) - 20  # the AM station's band
    first = int(TEN_LINES[0][0] * RATE)
    assert level_db(y[:first - 80]) < level_db(cut(y, *TEN_LINES[0])) - 20  # hiss, whistle, crashes: no voice
    for s, e in TEN_LINES:  # every line in its place: the first path is the voice as said, not delayed
        a, b = cut(x, s, e), cut(y, s, e)
        lag = int(np.argmax([np.dot(a[200:-200], b[200 + k:len(b) - 200 + k]) for k in range(-40, 41)])) - 40
        assert 0 <= lag <= 25, lag  # at most the later path's 1.5 ms, never earlier
    # the second path's drifting delay: the talk's spectrum has notches that move (a comb whose teeth wander)
    spectra = [np.abs(np.fft.rfft(cut(y, s, s + 1.0) * np.hanning(RATE))) for s, _ in TEN_LINES[:6]]
    f = np.fft.rfftfreq(RATE, 1 / RATE)
    band = (f > 300) & (f < 3000)
    notch = [float(f[band][np.argmin(np.convolve(sp[band], np.ones(40) / 40, "same"))]) for sp in spectra]
    assert max(notch) - min(notch) > 100, notch
    assert re.search(r"(\d+) static crashes", out.notes[-1]) and "whistle" in out.notes[-1]


# ------------------------------------------------------------------ the containers
@needs_sox
@pytest.mark.parametrize("kind", sorted(a23.CODECS))
def test_a_new_container_reads_back_with_its_delay_in_the_truth_and_gives_the_same_bytes(kind):
    av = pytest.importorskip("av")
    made = broadband(talk(TEN_LINES, TEN_LINES_TOTAL))
    out, (suffix, data) = a23.store_codec(made, kind)
    assert suffix == kind and a23.store_codec(made, kind)[1][1] == data
    with av.open(io.BytesIO(data)) as c:
        assert c.streams.audio[0].codec_context.name == "aac"
        assert [v.codec_context.name for v in c.streams.video] == ([] if kind == "3g2" else ["h264"])
    assert data[4:8] == b"ftyp" and data[8:11] == kind.encode()
    shift = out.segments[0]["start"] - made.segments[0]["start"]
    assert all(abs((o["start"] - m["start"]) - shift) < 1e-6 for o, m in zip(out.segments, made.segments))
    n = len(made.samples) - int(0.2 * RATE)
    lags = {int(np.floor(shift * RATE)), int(np.ceil(shift * RATE))}  # the truth kept to a sample
    assert max(np.corrcoef(out.samples[lag:lag + n], made.samples[:n])[0, 1] for lag in lags) > 0.95, (kind, shift)


# ------------------------------------------------------------------ the aside kept to its flag
def test_only_the_flag_runs_rx_which_was_looked_at_once_and_the_dev_run_has_the_twins():
    import cases
    import rebuild_check
    import run

    for pattern in ("rx_*", "rx_real_chime_dashes", "rx_sv_*", "*automix_page", "*shortwave_3g2"):
        with pytest.raises(SystemExit, match="--aside23"):
            run.select_cases([pattern], False, False)
    aside = a23.names("aside") + a23l.names("aside")
    twins = a23.names("dev") + a23l.names("dev")
    assert not any(map(cases.is_unseen_aside, aside + twins))  # rx_* looked at once (thirtieth round)
    assert (cases.ASIDE23, cases.FRESH66_DEV) == (a23.names("aside"), a23.names("dev"))
    assert (cases.LANG_ASIDE23, cases.LANG66_DEV) == (a23l.names("aside"), a23l.names("dev"))
    dev = set(cases.all_case_names(long60=True))
    assert not set(aside) & dev and set(a23.names("aside")) <= set(cases.SEEN_ASIDE)
    assert {n for n in a23.names("dev") if a23.missing_packages(n) is None} <= dev
    assert set(rebuild_check.SETS["aside23"]()) == set(aside + twins)
