"""The thirtieth aside set's generators (benchmarks/aside30_cases.py).

The set's structure -- its names, seeds, long talk, kinds in both halves, containers, transcript shapes, languages
and the refusals that keep it to its own flag -- is checked with every other set's in test_aside_sets.py (a row of
its table).  No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a
test machine may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import random
import re

import numpy as np
from made_up_talks import band_share, cut, envelope_rate, laid_apart, level_db, peak_hz

import aside30_cases as a30  # made_up_talks put benchmarks/ on the path  # noqa: E402
import synth_cases as sc  # noqa: E402

RATE = sc.RATE


def _key_downs(x: np.ndarray) -> list[tuple[float, float]]:
    """Where a keyed tone ``x`` sounds (start, end s): its 2 ms envelope over a tenth of its peak."""
    env = np.convolve(np.abs(x), np.ones(32) / 32, "same") > 0.1 * np.abs(x).max()
    edges = np.flatnonzero(np.diff(env.astype(int)))
    return [(a / RATE, b / RATE) for a, b in zip(edges[0::2], edges[1::2])]


# ------------------------------------------------------------------ the pigeons
def test_a_pigeon_coos_low_voiced_phrases_with_a_long_high_second_note_at_its_bout_s_period():
    _, added, _ = laid_apart(a30.pigeons, 3, (5.9, 18.1), seed=41, bouts=3)
    assert band_share(added, 0, 2000) > 0.98  # a coo is low: no hiss, no click
    sound, phrases, every = a30.coo_bout(12.0, random.Random(5))
    assert 1.8 <= every <= 3.5 and len(phrases) >= 3
    starts = [p[0][0] for p in phrases]
    assert np.allclose(np.diff(starts), every, rtol=0.101)
    for notes in phrases:
        assert 3 <= len(notes) <= 5
        lengths = [b - a for a, b, _ in notes]
        assert lengths[1] == max(lengths) and 0.5 <= lengths[1] <= 0.9  # "hoo-HOOO-hoo"
        assert notes[1][2] == max(f for _, _, f in notes)
        for a, b, f in notes:
            note = cut(sound, a, b)
            assert abs(peak_hz(note) - f) < 0.2 * f and 250 <= f <= 700  # in the voice's own pitch range
            harmonic = band_share(note, 1.9 * f, 2.4 * f)
            assert harmonic > 5 * band_share(note, 1.45 * f, 1.65 * f)  # voiced: harmonics, not noise between them
        for (_, b, _), (c, _, _) in zip(notes, notes[1:]):
            assert 0.045 <= c - b <= 0.155
            assert level_db(cut(sound, b + 0.005, c - 0.005)) < level_db(cut(sound, *notes[1][:2])) - 20


# ------------------------------------------------------------------ the frogs
def test_frogs_croak_in_turn_each_a_train_of_pulses_at_its_own_rate_and_pitch():
    laid_apart(a30.frogs, 2, (9.9, 25.0), seed=42, choruses=2)
    sound, voices, croaks = a30.frog_chorus(20.0, np.random.default_rng(6), random.Random(6))
    assert 2 <= len(voices) <= 4 and len({j for _, _, j in croaks}) >= 2
    assert all(c >= b + 0.059 for (_, b, _), (c, _, _) in zip(croaks, croaks[1:]))  # in turn, never two at once
    for a, b, j in croaks:
        carrier, rate = voices[j]
        assert 0.149 <= b - a <= 0.501 and 400 <= carrier <= 1500 and 30 <= rate <= 90
        one = cut(sound, a, b)
        assert abs(peak_hz(one) - carrier) < max(rate, 0.05 * carrier) + 5  # each pulse rings at the frog's pitch
        if b - a >= 0.3:
            assert abs(envelope_rate(one, 20, 100) - rate) < 4  # pulses at the frog's own rate
    between = [cut(sound, b + 0.01, c - 0.01) for (_, b, _), (c, _, _) in zip(croaks, croaks[1:]) if c - b > 0.2]
    assert between and all(level_db(g) < level_db(sound) - 30 for g in between)  # quiet between croaks


# ------------------------------------------------------------------ the Morse next door
def test_the_morse_decodes_to_the_noted_call_on_one_tone_in_the_code_s_one_three_seven_timing():
    out, added, calls = laid_apart(a30.morse, 3, (1.0, 30.0), seed=43, calls=3)
    noted = re.findall(r"'([A-Z0-9 ]+)' at (\d+\.\d) wpm, (\d+) Hz", out.notes[-1])
    assert len(noted) == 3
    by_code = {code: letter for letter, code in a30.MORSE.items()}
    for (a, b, _), (text, wpm, pitch) in zip(calls, noted):
        piece = cut(added, a - 0.01, b + 0.01)
        assert band_share(piece, 0.98 * float(pitch), 1.02 * float(pitch)) > 0.9  # one tone
        downs = _key_downs(piece)
        unit = 1.2 / float(wpm)
        ons = np.array([e - s for s, e in downs]) / unit
        offs = np.array([c - e for (_, e), (c, _) in zip(downs, downs[1:])]) / unit
        assert np.all((np.abs(ons - 1) < 0.2) | (np.abs(ons - 3) < 0.2))
        assert np.all((np.abs(offs - 1) < 0.2) | (np.abs(offs - 3) < 0.2) | (np.abs(offs - 7) < 0.2))
        words, letter, word = [], "", ""  # read the signs back into text
        for on, off in zip(ons, list(offs) + [7.0]):
            letter += "." if on < 2 else "-"
            if off > 2:
                word, letter = word + by_code[letter], ""
            if off > 5:
                words, word = words + [word], ""
        heard = " ".join(words)
        cut_short = b >= len(added) / RATE - 0.01  # a call still going at the talk's end is cut there
        assert heard == text or (cut_short and text.startswith(heard.rsplit(" ", 1)[0]))
    assert a30.keyed("E E", 0.1) == [(0.0, 0.1), (0.8, 0.9)]  # a dot, seven units, a dot


# ------------------------------------------------------------------ the snoring
def test_a_sleeper_snores_on_each_in_breath_fluttering_low_at_the_breath_s_period_and_sighs_softly_out():
    out, _, _ = laid_apart(a30.snoring, 2, (11.9, 35.0), seed=44, naps=2)
    for count, every, flutter in re.findall(r"(\d+) snores, a breath every (\d\.\d+) s, fluttering (\d+) a second",
                                            out.notes[-1]):
        assert 3.0 <= float(every) <= 5.0 and 20 <= int(flutter) <= 60 and int(count) >= 2
    sound, snores, every, flutter = a30.nap(20.0, np.random.default_rng(7), random.Random(7))
    starts = [a for a, _ in snores]
    assert np.allclose(np.diff(starts), every, rtol=0.081)
    for (a, b), nxt in zip(snores, starts[1:] + [None]):
        one = cut(sound, a, b)
        assert 0.79 <= b - a <= 1.61 and band_share(one, 0, 900) > 0.9  # low
        assert abs(envelope_rate(one, 15, 70) - flutter) < 2  # the soft palate's flutter
        rest = cut(sound, b + 0.1, (nxt if nxt is not None else b + 1.5) - 0.1)
        assert level_db(rest) < level_db(one) - 8  # the out-breath is a soft sigh
