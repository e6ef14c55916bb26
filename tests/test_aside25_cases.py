"""The twenty-fifth aside set's generators (benchmarks/aside25_cases.py, aside25_languages.py) and the refusal that
keeps it to its own flag (the test of the one table of aside sets moved to test_aside26_cases.py).

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
                           needs_sox, only_inside, repeated_talk, speech_db, talk)

from aside_fixtures import assert_halves_named, assert_names_say_kinds, assert_out_of_dev_runs, assert_seeds_new

import aside25_cases as a25  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside25_languages as a25l  # noqa: E402
import synth_cases as sc  # noqa: E402
from aside_common import catalogue_seeds  # noqa: E402

RATE = sc.RATE
NEW_KINDS = ("espresso", "blower", "kettle", "exciter")
EARLIER = range(3, 25)  #: the aside sets before this one (aside3 .. aside24; the first two are made otherwise)


def _earlier(suffix: str) -> list:
    return [importlib.import_module(f"aside{i}{suffix}") for i in EARLIER]


def _everything() -> dict:
    return {**a25.catalogue(), **a25l.catalogue()}


def _spans(note: str) -> list[tuple[str, float, float]]:
    return [(w, float(a), float(b)) for w, a, b in re.findall(r"(grinder|pump|steam) (\d+\.\d)-(\d+\.\d) s", note)]


def test_names_say_the_half_and_the_kinds_and_no_seed_was_drawn_before():
    assert_halves_named(a25, a25l, "ix_", "rd68_")
    assert_names_say_kinds(_everything(), NEW_KINDS)
    assert_seeds_new((a25, a25l), (*_earlier("_cases"), *_earlier("_languages")))
    assert all(103000 <= s < 104000 for s in catalogue_seeds(a25)) and all(104000 <= s < 105000
                                                                           for s in catalogue_seeds(a25l))
    assert 10 <= len(a25.names("aside")) <= 12 and 6 <= len(a25l.names("aside")) <= 8
    assert (len(a25.names("dev")), len(a25l.names("dev"))) == (5, 2)


def test_the_set_has_a_long_talk_every_new_kind_in_both_halves_new_containers_and_new_speeds():
    english = list(a25.catalogue().values())
    aside = [s for s in english if s.which == "aside"]
    dev = [s for s in _everything().values() if s.which == "dev"]
    tongues = [s for s in a25l.catalogue().values() if s.which == "aside"]
    long = [s for s in aside if s.real is not None and s.real.prompts * s.real.repeats >= 80]
    assert len(long) == 1 and all(getattr(long[0], kind) for kind in NEW_KINDS)
    for kind in NEW_KINDS:
        assert all(any(getattr(s, kind) for s in group) for group in (aside, dev, tongues)), kind
    assert {s.codec for s in aside} - {None} == set(a25.CODECS) == {s.codec for s in dev} - {None}
    # a pairing of container and codec no set wrote before (Matroska had AC-3 and Layer II, MP4 had AAC)
    earlier = {(row[0], row[2]) for m in _earlier("_cases") for row in getattr(m, "CODECS", {}).values()
               if len(row) > 2}
    assert not {(row[0], row[2]) for row in a25.CODECS.values()} & earlier
    assert {"page", "plain", "dashes", "srt", "vtt"} <= {s.transcript for s in aside}
    # the exciter only where the voice reaches over its corner: no 8 kHz prompts under it
    assert all(s.real is None or s.real.wideband for s in _everything().values() if s.exciter)
    # none of the earlier sets' own spoilers on top: every field this set's spoilers inherit is at its default
    inherited = [f for f in dataclasses.fields(a25.TwentyFifthSpoilers) if f.name not in ("codec", *NEW_KINDS)]
    assert len(inherited) > 60
    assert all(getattr(s, f.name) == f.default for s in _everything().values() for f in inherited)
    said = {(v.engine, v.name, v.speed) for m in _earlier("_cases") for s in m.catalogue().values()
            for r in s.recordings for v in r.voices}
    ours = {(v.engine, v.name, v.speed) for s in aside for r in s.recordings for v in r.voices}
    assert {("flite", "awb", 0.55), ("flite", "slt", 1.82), ("festival", "kal", 0.5), ("festival", "ked", 1.84)} <= ours
    assert not {v for v in ours if v[0] != "espeak"} & said


def test_the_languages_are_real_and_synthesized_with_two_speakers_and_bench_languages_knows_them():
    import bench_languages

    aside = [s for s in a25l.catalogue().values() if s.which == "aside"]
    assert {s.lang for s in aside if s.real is not None} == {"fr", "es", "it", "ru"}
    assert {s.lang for s in aside} == set(a25l.LANGS.split(","))
    assert any(len({v.name for v in s.recordings[0].voices}) == 2 for s in aside if s.recordings)
    assert bench_languages.BUILT_SETS["aside25"] == ("aside25_languages", "aside", a25l.LANGS)
    assert bench_languages.BUILT_SETS["dev68"] == ("aside25_languages", "dev", a25l.DEV_LANGS)
    assert set(a25l.DEV_LANGS.split(",")) == {s.lang for s in a25l.catalogue().values() if s.which == "dev"}
    assert not set(a25l.SENTENCES["de"]) & set(a25l.SENTENCES["de_dev"])
    before = {t for m in _earlier("_languages") for lines in getattr(m, "SENTENCES", {}).values()
              for t in (lines if isinstance(lines, list) else [])}
    assert not {t for lines in a25l.SENTENCES.values() for t in lines} & before


# ------------------------------------------------------------------ the espresso machine
def test_the_espresso_machine_adds_a_grinder_a_pump_on_the_mains_and_a_steam_hiss_and_nothing_else():
    made, lines = repeated_talk(3)
    out = a25.espresso_machine(made, seed=12, orders=2)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    spans = _spans(out.notes[-1])
    assert [w for w, _, _ in spans] == ["grinder", "pump", "steam"] * 2
    assert only_inside(added, [(a, b) for _, a, b in spans])
    speech = speech_db(made, lines)
    for what, a, b in spans:
        assert 1.9 <= b - a <= 25.1
        part = cut(added, a + 0.5, b - 0.5)  # clear of the stage's fades
        assert -19.5 < level_db(part) - speech < -4.5, (what, level_db(part) - speech)
        if what == "pump":  # a buzz on the mains' 50 Hz: its power in the odd harmonics up to 1 kHz
            spec = np.abs(np.fft.rfft(part * np.hanning(len(part)))) ** 2
            f = np.fft.rfftfreq(len(part), 1 / RATE)
            odd = np.zeros(len(f), bool)
            for h in range(50, 1000, 100):
                odd |= np.abs(f - h) < 2.0
            assert spec[odd].sum() / spec[f < 1000].sum() > 0.8
        elif what == "steam":
            assert band_share(part, 1200, 8000) > 0.9  # a hiss: high
        else:
            assert band_share(part, 100, 1000) > 0.2 and band_share(part, 1000, 6500) > 0.2  # whine and crunch
    assert any(s * RATE < r[-1] and e * RATE > r[0] for s, e in lines for r in changed_runs(added))  # over lines


# ------------------------------------------------------------------ the leaf blower
def test_the_leaf_blower_rises_and_falls_as_it_walks_past_and_buzzes_at_its_firing_rate():
    assert np.allclose(a25.walk_past_gain(5, 0.5, 4.0)[[0, 2, 4]], [0.25, 1.0, 0.25])
    made, lines = repeated_talk(3)
    out = a25.leaf_blower(made, seed=13)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    a, b = (float(v) for v in re.search(r": (\d+\.\d)-(\d+\.\d) s", out.notes[-1]).groups())
    assert only_inside(added, [(a, b)]) and b - a >= 24.9
    firing = float(re.search(r"\((\d+) firings a second", out.notes[-1]).group(1))
    under = float(re.search(r"(\d+) dB under the speech at the nearest", out.notes[-1]).group(1))
    seconds = [level_db(cut(added, t, t + 1.0)) for t in np.arange(a + 0.6, b - 1.6, 1.0)]
    top = int(np.argmax(seconds))
    assert 0 < top < len(seconds) - 1  # the nearest point lies inside the pass, not at an end
    assert seconds[top] - max(seconds[0], seconds[-1]) > 9.0  # far at both ends
    assert abs(seconds[top] - (speech_db(made, lines) - under)) < 1.5
    near = cut(added, a + top + 0.6, a + top + 1.6)
    spec = np.abs(np.fft.rfft(near, 2 * len(near))) ** 2 / (1 + (np.fft.rfftfreq(2 * len(near), 1 / RATE) / 400) ** 8)
    ac = np.fft.irfft(spec)[:len(near)]  # the autocorrelation: the firings repeat
    lags = np.arange(int(RATE / (1.4 * firing)), int(RATE / (0.9 * firing)) + 1)  # blipped up to 30 % faster
    assert ac[lags].max() > 0.4 * ac[0] > ac[int(RATE / firing / 2)]  # under 400 Hz, clear of the fan's roar


# ------------------------------------------------------------------ the kettle
def test_the_kettle_rumbles_louder_then_whistles_a_tone_and_stops_when_lifted_off():
    made, lines = repeated_talk(3)
    out = a25.kettle(made, seed=14)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples.astype(np.float64)
    note = out.notes[-1]
    start = float(re.search(r"heating from (-?\d+\.\d) s", note).group(1))
    w0, w1 = (float(v) for v in re.search(r"(\d+\.\d)-(\d+\.\d) s,", note).groups())
    f0 = float(re.search(r"\((\d+) Hz and rising", note).group(1))
    assert 3.9 <= w1 - w0 <= 9.1 and 29.9 <= w0 - start <= 60.1
    assert only_inside(added, [(max(0.0, start), w1)])
    heating = cut(added, max(0.0, start), w0)
    first, last = level_db(heating[:3 * RATE]), level_db(heating[-3 * RATE:])
    assert last - first > 12.0  # the boil coming on
    assert band_share(heating[-3 * RATE:], 0, 1000) > 0.7  # a rumble, with bubbles' ticks
    whistle = cut(added, w0 + 2.0, w1 - 0.1)
    assert band_share(whistle, f0 * 0.97, f0 * 1.2) > 0.8  # a tone, rising from f0
    assert -15 < level_db(whistle) - speech_db(made, lines) < -5


# ------------------------------------------------------------------ the aural exciter
def _tone_talk() -> sc.Made:
    """Lines of a 200 Hz tone with a 3.6 kHz one in them (over every corner the exciter may take), a room's hiss
    (RMS 3e-4) everywhere: a voice's highs with nothing else near twice their pitch."""
    n = int(TEN_LINES_TOTAL * RATE)
    y = np.random.default_rng(5).normal(size=n) * 3e-4
    for s, e in TEN_LINES:
        i, j = int(s * RATE), int(e * RATE)
        t = np.arange(j - i) / RATE
        y[i:j] += 0.2 * np.sin(2 * np.pi * 200 * t) + 0.05 * np.sin(2 * np.pi * 3600 * t)
    return sc.Made(y.astype(np.float32), talk(TEN_LINES, TEN_LINES_TOTAL).segments, ["made up"], [])


def test_the_exciter_adds_harmonics_of_the_highs_where_they_are_and_leaves_the_lows_and_the_pauses():
    made = _tone_talk()
    out = a25.exciter(made, seed=15)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    for k, (s, e) in enumerate(TEN_LINES):
        body = cut(x, s + 0.1, e - 0.1), cut(y, s + 0.1, e - 0.1)
        assert np.corrcoef(*body)[0, 1] > 0.98
        assert abs(band_db(body[1], 100, 1500) - band_db(body[0], 100, 1500)) < 0.1  # the lows pass
        assert band_db(body[1], 7000, 7400) - band_db(body[0], 7000, 7400) > 10  # the tone's second harmonic
        lags = np.arange(-40, 41)
        moved = [np.dot(body[0][40:-40], body[1][40 + d:len(body[1]) - 40 + d]) for d in lags]
        assert lags[int(np.argmax(moved))] == 0  # nothing moves
        if k + 1 < len(TEN_LINES):
            pause = cut(x, e + 0.2, TEN_LINES[k + 1][0] - 0.2), cut(y, e + 0.2, TEN_LINES[k + 1][0] - 0.2)
            assert abs(band_db(pause[1], 100, 1500) - band_db(pause[0], 100, 1500)) < 0.1
            lift = band_db(pause[1], 4000, 8000) - band_db(pause[0], 4000, 8000)
            assert 0.0 <= lift < 20 * np.log10(1 + 10 ** (-6 / 20))  # the room's hiss lifted by the mix at most


# ------------------------------------------------------------------ the containers
@needs_sox
@pytest.mark.parametrize("kind", sorted(a25.CODECS))
def test_a_new_container_reads_back_with_its_delay_in_the_truth_and_gives_the_same_bytes(kind):
    av = pytest.importorskip("av")
    made = broadband(talk(TEN_LINES, TEN_LINES_TOTAL))
    out, (suffix, data) = a25.store_codec(made, kind)
    assert suffix == kind and a25.store_codec(made, kind)[1][1] == data
    with av.open(io.BytesIO(data)) as c:
        assert c.streams.audio[0].codec_context.name == {"mka": "opus", "mp4": "eac3"}[kind]
        assert [v.codec_context.name for v in c.streams.video] == {"mka": [], "mp4": ["h264"]}[kind]
    assert data[:4] == b"\x1a\x45\xdf\xa3" if kind == "mka" else data[4:8] == b"ftyp"
    shift = out.segments[0]["start"] - made.segments[0]["start"]
    assert all(abs((o["start"] - m["start"]) - shift) < 1e-6 for o, m in zip(out.segments, made.segments))
    n = len(made.samples) - int(0.2 * RATE)
    lags = {int(np.floor(shift * RATE)), int(np.ceil(shift * RATE))}  # the truth kept to a sample
    assert max(np.corrcoef(out.samples[lag:lag + n], made.samples[:n])[0, 1] for lag in lags) > 0.95, (kind, shift)


# ------------------------------------------------------------------ the aside kept to its flag
def test_only_the_flag_runs_ix_which_was_looked_at_once_and_the_dev_run_has_the_twins():
    from aside_fixtures import assert_refused_without_flag

    assert_refused_without_flag(25, a25, a25l, ("ix_*", "ix_real_kettle_srt", "ix_sv_*", "*exciter_plain_mka",
                                                "*blower_plain"))  # ix_* looked at once (thirty-second round)
    assert_out_of_dev_runs(25, a25, a25l, 68)
