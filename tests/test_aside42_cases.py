"""The forty-second aside set's generators (benchmarks/aside42_cases.py).

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import (TEN_LINES, TEN_LINES_TOTAL, band_share, cut, envelope_rate, laid_apart, level_db, peak_hz,
                            period_hz)

import aside21_cases as a21  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside30_cases as a30  # noqa: E402
import aside42_cases as a42  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE
#: The made-up talk laid_apart spoils: its lines' ends (s), said twice over.
ENDS = [e + k * TEN_LINES_TOTAL for k in range(2) for _, e in TEN_LINES]


def silent(x: np.ndarray, a: float, b: float) -> bool:
    """Nothing at all in ``x`` from ``a`` to ``b`` s (1 ms in from either end)."""
    return np.abs(cut(x, a + 0.001, b - 0.001)).max() == 0.0


# ------------------------------------------------------------------ the rubber stamp
def test_a_rubber_stamp_thuds_low_at_once_and_lands_just_after_every_line_end_it_spans():
    out, added, spans = laid_apart(a42.stamp, 2, (4.9, 11.1), seed=107, spells=2)
    for a, b, _ in spans:  # begun on a line's end (the note rounds to 10 ms), and a stamp after each end it spans
        assert any(0.015 <= a - e <= 0.085 for e in ENDS), a
        low = np.abs(a21._low(added, 400.0))
        for e in [e for e in ENDS if a + 0.4 < e < b - 0.5]:
            assert 0.015 <= np.argmax(cut(low, e, e + 0.2)) / RATE <= 0.09, e  # the thud 20-80 ms after the end
    assert all(n >= 3 for n in map(int, re.findall(r"(\d+) stamps", out.notes[-1])))
    decay = 0.03
    strike = a42.stamp_strike(110.0, decay, 0.14, np.random.default_rng(80))
    assert band_share(cut(strike, 0.0, 0.09), 0, 400) > 0.9  # the counter's thud: low
    assert abs(peak_hz(cut(strike, 0.0, 0.09)) / 110.0 - 1) < 0.12  # its body's ring
    assert np.argmax(np.abs(strike)) / RATE < 0.01  # struck: loudest at once
    fall = level_db(cut(strike, 0.005, 0.025)) - level_db(cut(strike, 0.045, 0.065))
    assert abs(fall - 0.04 * 8.686 / decay) < 2.0  # dying by e every 30 ms
    click = a30._band(strike, 1400.0, 4100.0)
    assert 0.035 <= np.argmax(np.abs(cut(click, 0.1, 0.2))) / RATE <= 0.05  # the self-inking die springing back
    assert level_db(cut(strike, 0.0, 0.05)) > level_db(cut(strike, 0.13, 0.16)) + 6  # the thud the loudest part
    ends = [1.0, 3.1, 6.2]
    sound, what = a42.stamping(8.0, ends, np.random.default_rng(81), random.Random(81))
    assert 70 <= what["body"] <= 160 and 0.015 <= what["decay"] <= 0.04 and what["stamps"][0] == 0.0
    for e in ends:
        assert any(0.02 <= s - e <= 0.08 for s in what["stamps"]), e
    gaps = np.diff(what["stamps"])
    assert gaps.min() >= 0.35 and gaps.max() <= 2.0
    low = a21._low(sound, 400.0)
    for s in what["stamps"][1:]:  # each thud where noted, and low
        assert abs(np.argmax(np.abs(cut(low, s - 0.05, s + 0.1))) / RATE - 0.05) < 0.012


# ------------------------------------------------------------------ the lip trills
def test_lip_trills_buzz_at_a_voices_pitch_and_hiss_both_chopped_by_the_lips_and_hold_on_across_a_line_end():
    out, _, spans = laid_apart(a42.liptrill, 2, (4.9, 14.1), seed=108, spells=2)
    for a, b, _ in spans:  # the first trill begun 0.3-1 s before a line's end, holding on past it
        assert any(0.29 <= e - a <= 1.01 for e in ENDS), a
    assert all(n >= 1 for n in map(int, re.findall(r"(\d+) trills", out.notes[-1])))
    trill = a42.lip_trill(150.0, 3.0, 24.0, np.random.default_rng(82))
    voiced = a21._low(trill, 2800.0)
    assert abs(period_hz(cut(voiced, 0.15, 0.35), 80, 500) / 150.0 - 1) < 0.05  # a voice's pitch at the start ...
    assert abs(period_hz(cut(voiced, 1.4, 1.6), 80, 500) / (150.0 * a42.FIFTH) - 1) < 0.05  # ... a fifth up midway
    assert abs(envelope_rate(cut(trill, 0.2, 2.8), 10.0, 60.0) / 24.0 - 1) < 0.06  # the lips flapping 24 a second
    hiss = a30._band(trill, 3300.0, 5800.0)
    assert 0.005 < band_share(trill, 3300, 5800) < 0.2  # the breath over the buzz's top: unvoiced too
    assert abs(envelope_rate(cut(hiss, 0.2, 2.8), 10.0, 60.0) / 24.0 - 1) < 0.06  # ... chopped by the same lips
    body = level_db(cut(trill, 0.5, 2.5))
    assert level_db(cut(trill, 2.97, 3.0)) < body - 15 and level_db(cut(trill, 2.6, 2.8)) > body - 6  # off at its end
    sound, what = a42.warming_up(9.0, np.random.default_rng(83), random.Random(83))
    assert 18 <= what["rate"] <= 30 and len(what["trills"]) >= 2 and what["trills"][0][0] == 0.0
    for (a, b, hz), (c, _, up) in zip(what["trills"], what["trills"][1:]):
        assert abs(up / hz - 2 ** (1 / 12)) < 1e-9  # each trill a semitone over the last
        assert 0.4 <= c - b <= 0.8  # an in-breath between, quieter than the trills
        assert level_db(cut(sound, b + 0.05, c - 0.05)) < level_db(cut(sound, a + 0.2, b - 0.3)) - 6
    for a, b, _ in what["trills"]:
        assert 2.0 <= b - a <= 4.5
        assert abs(envelope_rate(cut(sound, a + 0.2, b - 0.2), 10.0, 60.0) / what["rate"] - 1) < 0.08


# ------------------------------------------------------------------ the cards
def test_cards_riffle_in_a_flutter_of_clicks_then_are_dealt_in_swishes_at_a_syllables_pace_each_ending_in_a_slap():
    out, _, _ = laid_apart(a42.cards, 2, (4.9, 22.1), seed=109, spells=2)
    for hands, dealt in re.findall(r"(\d+) hands, (\d+) cards dealt", out.notes[-1]):
        assert 6 * int(hands) <= int(dealt) <= 16 * int(hands)
    sound, times = a42.riffle(0.8, np.random.default_rng(84))
    assert len(times) == a42.DECK and band_share(sound, 1400, 7900) > 0.97  # 52 corners' clicks, all high
    clicks = np.abs(cut(sound, 0.0, 0.8))
    frames = np.add.reduceat(clicks ** 2, np.arange(0, len(clicks), int(0.004 * RATE)))
    assert np.mean(frames < 0.05 * frames.max()) > 0.2  # a flutter of clicks, not a steady hiss
    swish = 0.1
    card = a42.dealt_card(swish, np.random.default_rng(85))
    assert band_share(cut(card, 0.0, swish), 900, 6200) > 0.95  # the swish: an /s/-like hiss
    peak_at = np.argmax(np.convolve(np.abs(card[:int(swish * RATE)]), np.ones(48) / 48, "same")) / RATE
    assert 0.02 <= peak_at <= 0.06  # swelling over its first 40 %, then falling
    slap = cut(card, swish, swish + 0.01)
    assert band_share(slap, 250, 2100) > 0.9  # the card's slap on the table, struck over the swish's tail
    assert level_db(cut(card, swish, swish + 0.004)) > level_db(cut(card, swish - 0.01, swish)) + 6
    sound, what = a42.card_game(9.0, np.random.default_rng(86), random.Random(86))
    assert 2.5 <= what["pace"] <= 4.5 and what["riffles"][0][0] == 0.0
    for a, b in what["cards"]:
        assert 0.08 <= b - a <= 0.14
    deal = [c for c in what["cards"] if c[0] < what["hands"][0][1]]
    a, b = deal[0][0], deal[-1][1]
    assert abs(envelope_rate(cut(sound, a, b), 1.5, 8.0) / what["pace"] - 1) < 0.1  # dealt at a syllable's pace
    for (_, end), (start, _) in zip(what["hands"], what["hands"][1:]):  # looking at the hand: nothing between
        assert 1.5 <= start - end <= 3.0 and silent(sound, end, start)


# ------------------------------------------------------------------ the popcorn
def test_popcorn_bursts_at_once_at_a_swelling_rate_over_a_microwaves_hum_and_the_oven_beeps_three_times():
    out, _, _ = laid_apart(a42.popcorn, 2, (4.9, 11.1), seed=110, spells=2)
    for pops, top in re.findall(r"(\d+) pops, peaking at (\d+) a second", out.notes[-1]):
        assert 6 <= int(top) <= 12 and int(pops) >= 3
    pop = a42.kernel_pop(1200.0, 0.005, np.random.default_rng(87))
    assert np.argmax(np.abs(pop)) / RATE < 0.002  # the kernel bursts: loudest at once, as a stop's release
    assert band_share(pop, 450, 7900) > 0.97  # a crack over the whole band above 0.5 kHz
    assert level_db(cut(pop, 0.0, 0.004)) > level_db(cut(pop, 0.03, 0.06)) + 15  # dead within a few ms
    assert abs(peak_hz(cut(pop, 0.015, 0.06)) / 1200.0 - 1) < 0.05  # the bag ringing after the crack
    oven = a42.oven_running(2.0, np.random.default_rng(88))
    assert abs(period_hz(cut(a21._low(oven, 700.0), 0.5, 1.0), 60, 400) / 100.0 - 1) < 0.03  # the transformer's hum
    assert band_share(oven, 0, 2100) > 0.99
    sound, what = a42.popping(8.0, np.random.default_rng(89), random.Random(89))
    pops = np.array(what["pops"])
    first, last = what["popping"]
    assert 0.5 <= first <= 1.5 and first <= pops[0] and pops[-1] <= last <= 8.0 and 6 <= what["top"] <= 12
    third = (last - first) / 3
    thirds = [np.sum((pops >= first + k * third) & (pops < first + (k + 1) * third)) for k in range(3)]
    assert thirds[1] > thirds[0] and thirds[1] > thirds[2]  # the rate swells and dies away
    high = a30._band(sound, 3000.0, 7800.0) if what["beep_hz"] < 2700 else a30._band(sound, 500.0, 1500.0)
    alone = [p for q, p in zip(pops, pops[1:]) if p - q > 0.04]
    assert len(alone) >= 10
    for p in alone:  # every pop where noted (none just before it), struck at once
        assert level_db(cut(high, p, p + 0.004)) > level_db(cut(high, p - 0.012, p - 0.002)) + 6, p
    hum = a21._low(sound, 700.0)
    assert level_db(cut(hum, 1.0, 7.5)) > level_db(cut(hum, 8.1, 8.8)) + 20  # the oven stops ...
    for b in what["beeps"]:  # ... and beeps three times on its pitch
        assert abs(peak_hz(cut(sound, b + 0.02, b + 0.13)) / what["beep_hz"] - 1) < 0.02
        assert level_db(cut(sound, b + 0.02, b + 0.13)) > level_db(cut(sound, b + 0.16, b + 0.29)) + 20
