"""The rd3_* generator's pure parts (benchmarks/room_bed_cases.py) and the two-truth scorer (two_truths.py).

Made-up signals only: the audible edge, the level measures and the pairing need no Debian package;
the one test that builds a case skips cleanly when the asterisk prompts are not installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import room_bed_cases as rb  # noqa: E402
import two_truths  # noqa: E402

RATE = rb.RATE


def fading_voice(total: float, on: float, hold: float, fade_db_per_s: float, seed: int = 1) -> np.ndarray:
    """A 'voice' (noise-modulated 300 Hz tone, RMS 0.1) from ``on`` s, steady for ``hold`` s, then falling
    ``fade_db_per_s`` until 60 dB down, in digital silence."""
    rng = np.random.default_rng(seed)
    n = int(total * RATE)
    t = np.arange(n) / RATE
    x = np.sqrt(2) * 0.1 * np.sin(2 * np.pi * 300 * t) * (0.8 + 0.2 * rng.random(n))
    env = np.zeros(n)
    a, b = int(on * RATE), int((on + hold) * RATE)
    env[a:b] = 1.0
    fall = np.arange(n - b) / RATE * fade_db_per_s
    env[b:] = np.where(fall < 60, 10 ** (-fall / 20), 0.0)
    return (x * env).astype(np.float32)


def test_band_pass_keeps_time_and_drops_out_of_band():
    x = np.zeros(RATE, np.float32)
    x[8000] = 1.0
    y = rb.band_pass(x, (100.0, 3800.0))
    assert int(np.argmax(np.abs(y))) == 8000  # zero phase: the click stays where it was
    t = np.arange(RATE) / RATE
    hum = np.sin(2 * np.pi * 50 * t) + np.sin(2 * np.pi * 6000 * t)
    assert np.sqrt(np.mean(rb.band_pass(hum, (100.0, 3800.0)) ** 2)) < 1e-3


def test_a_fade_under_a_bed_ends_where_it_meets_the_bed_level():
    # steady voice to 1.5 s, then -100 dB/s: at -20 dB (the bed's level against the voice) 0.2 s later
    voice = fading_voice(3.0, 0.5, 1.0, 100.0)
    rng = np.random.default_rng(3)
    bed = rng.normal(size=len(voice)).astype(np.float32)
    bed = rb.band_pass(bed, (250, 350)).astype(np.float32)
    bed *= 0.1 * 10 ** (-20 / 20) / np.sqrt(np.mean(bed ** 2))
    span = (0.5, 2.1)  # the voice span: 60 dB down at 2.1 s
    got = rb.audible_edges([(rb.frame_db(voice), rb.frame_db(bed))], span)
    assert got is not None
    assert got[0] == pytest.approx(0.5, abs=0.011)
    assert got[1] == pytest.approx(1.7, abs=0.03)
    # with no bed (a quiet room) the audible span is the voice span
    quiet = rb.frame_db(np.zeros_like(voice) + 1e-6)
    assert rb.audible_edges([(rb.frame_db(voice), quiet)], span) == pytest.approx(span, abs=0.011)


def test_a_voice_over_the_bed_in_one_octave_is_audible():
    # a 3 kHz 'fricative' 10 dB under a low rumble overall, but alone in its octave
    t = np.arange(2 * RATE) / RATE
    voice = np.where((t > 0.5) & (t < 1.0), 0.03 * np.sin(2 * np.pi * 3000 * t), 0.0)
    rumble = rb.band_pass(np.random.default_rng(5).normal(size=len(t)), (100, 400))
    rumble *= 0.1 / np.sqrt(np.mean(rumble ** 2))
    band = rb.BANDS["wav"]
    whole = [(rb.frame_db(rb.band_pass(voice, band)), rb.frame_db(rb.band_pass(rumble, band)))]
    assert rb.audible_edges(whole, (0.5, 1.0)) is None
    octaves = [(rb.frame_db(rb.band_pass(voice, o)), rb.frame_db(rb.band_pass(rumble, o))) for o in rb.octave_bands(band)]
    assert rb.audible_edges(octaves, (0.5, 1.0)) == pytest.approx((0.5, 1.0), abs=0.011)
    assert rb.octave_bands((100.0, 3800.0)) == [(100.0, 500.0), (500.0, 1000.0), (1000.0, 2000.0), (2000.0, 3800.0)]


def test_a_voice_never_over_the_bed_has_no_audible_span():
    voice = fading_voice(2.0, 0.5, 0.5, 100.0) * 0.01
    bed = np.full_like(voice, 0.05)
    assert rb.audible_edges([(rb.frame_db(voice), rb.frame_db(bed))], (0.5, 1.0)) is None


def test_end_measures_tell_a_fade_and_a_bed_on_both_sides():
    voice = fading_voice(3.0, 0.8, 1.0, 400.0)  # falls 4 dB per 10 ms after 1.8 s, gone 0.15 s later
    floor = np.full_like(voice, 1e-5)
    m = rb.end_measures(rb.frame_db(voice + floor), 1.8, 0.8)
    assert m["slope"] == pytest.approx(-4.0, abs=0.4)
    assert m["over_bed"] > 40
    assert abs(m["bed_change"]) < 1.0  # the same floor before the start and after the end
    bed_after = voice + floor
    bed_after[int(1.9 * RATE):] += 0.01  # a bed that comes in with the end: 20 dB under the voice
    assert rb.end_measures(rb.frame_db(bed_after), 1.8, 0.8)["bed_change"] > 30


def test_pairing_follows_the_text_in_order_and_skips_untimed():
    truth = [{"text": "One.", "start": 0.5, "end": 1.0, "audible_start": 0.5, "audible_end": 0.9},
             {"text": "Two.", "start": 1.5, "end": 2.0, "audible_start": 1.5, "audible_end": 2.0},
             {"text": "Never.", "start": None, "end": None}]
    out = [{"text": "One.", "start": 0.48, "end": 0.95}, {"text": "Two.", "start": 1.55, "end": 2.1},
           {"text": "Never.", "start": None, "end": None}]
    pairs = two_truths.pair_segments(truth, out)
    assert [t["text"] for t, _ in pairs] == ["One.", "Two."]
    v, a = two_truths.errors(pairs, "voice"), two_truths.errors(pairs, "audible")
    assert v["end"] == pytest.approx([-0.05, 0.1])
    assert a["end"] == pytest.approx([0.05, 0.1])
    # a line of two sentences that the output cut in two is the two together
    two = [{"text": "One.  Two and three.", "start": 0.5, "end": 2.0}]
    cut = [{"text": "One.", "start": 0.52, "end": 0.9}, {"text": "Two and three.", "start": 1.2, "end": 1.97}]
    (t, o), = two_truths.pair_segments(two, cut)
    assert (o["start"], o["end"]) == (0.52, 1.97)


def test_catalogue_is_dev_only_and_named_rd3_or_rd6():
    cat = rb.catalogue()
    assert set(cat) == set(rb.names())
    assert all(n.startswith(("rd3_", "rd6_")) for n in cat)  # development prefixes only: no aside case here
    assert any(t.rt60 and t.bed for t in cat.values()) and any(t.rt60 and not t.bed for t in cat.values())
    assert any(t.drr_db is not None for t in cat.values())  # a hall heard from afar (rd6_*)


def test_a_hall_heard_from_afar_has_the_direct_to_reverberant_ratio_asked_for():
    import numpy as np

    h = rb.hall_impulse(1.0, 3.0, np.random.default_rng(0))
    assert h[0] == 1.0
    assert 10 * np.log10(1.0 / np.sum(h[1:].astype(np.float64) ** 2)) == pytest.approx(3.0, abs=0.05)
    tail = h[int(0.1 * 16000):]
    early, late = np.mean(tail[:1600] ** 2), np.mean(tail[8000:9600] ** 2)  # 0.1-0.2 s against 0.6-0.7 s
    assert 10 * np.log10(early / late) == pytest.approx(30.0, abs=3.0)  # 60 dB per RT60: 30 dB in 0.5 s


def test_a_built_case_has_both_truths_and_is_deterministic():
    if rb.missing_packages("rd3_real_murmur26"):
        pytest.skip("needs the asterisk English prompts (apt)")
    a, b = rb.make("rd3_real_murmur26"), rb.make("rd3_real_murmur26")
    assert np.array_equal(a.samples, b.samples) and a.segments == b.segments
    for s in a.segments:
        assert s["start"] <= s["audible_start"] <= s["audible_end"] <= s["end"]
