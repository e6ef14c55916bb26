"""The third aside set's generators (benchmarks/aside3_cases.py, aside3_languages.py): their pure parts.

The cases are made from Debian packages a test machine may not have; these tests use made-up prompts, and
the one that needs espeak-ng skips cleanly without it.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

import aside3_cases as a3
import aside3_languages as a3l
import synth_cases as sc
import unseen_cases as uc

RATE = sc.RATE


def prompt(lead: float, voice: float, tail: float, seed: int, level: float = 0.35) -> np.ndarray:
    """A clean prompt: digital silence, a 'voice' (noise-modulated tone), digital silence."""
    rng = np.random.default_rng(seed)
    n0, n1, n2 = (int(s * RATE) for s in (lead, voice, tail))
    t = np.arange(n1) / RATE
    v = level * np.sin(2 * np.pi * 180 * t) * (0.6 + 0.4 * rng.random(n1))
    return np.concatenate([np.zeros(n0), v, np.zeros(n2)]).astype(np.float32)


def test_level_jumps_are_per_prompt_seeded_and_bounded():
    gain = a3.level_jumps(9103, 10)
    again = a3.level_jumps(9103, 10)
    other = a3.level_jumps(9104, 10)
    names = [f"p{k}" for k in range(40)]
    db = np.array([20 * np.log10(gain(n)) for n in names])
    assert [gain(n) for n in names] == [again(n) for n in names]  # the same prompt gets the same gain
    assert np.all(np.abs(db) <= 10 + 1e-9) and db.max() - db.min() > 10  # up to 10 dB either way, really jumping
    assert any(abs(gain(n) - other(n)) > 1e-6 for n in names)  # another seed, other jumps


def test_a_gain_does_not_move_the_voice_span():
    x = prompt(0.3, 1.2, 0.4, 1)
    assert uc.voice_span(x) == uc.voice_span(x * 10 ** (-9 / 20)) == uc.voice_span(x * 10 ** (9 / 20) / 3)


def test_clipping_cuts_at_a_share_of_the_loudest_sample():
    x = prompt(0.1, 0.5, 0.1, 2)
    y = a3.clip(x, 0.3)
    c = 0.3 * np.abs(x).max()
    assert np.isclose(np.abs(y).max(), c, rtol=1e-6)
    assert np.mean(np.abs(y) >= c - 1e-7) > 0.05  # many peaks really cut
    small = np.abs(x) < c
    assert np.array_equal(y[small], x[small])  # everything under the cut is untouched


def talk(gaps: list[float]) -> sc.Made:
    """Prompts laid one after another with ``gaps`` between the voices, over faint noise."""
    rng = np.random.default_rng(5)
    y, segs, pos = [np.zeros(int(0.5 * RATE), np.float32)], [], int(0.5 * RATE)
    for k, g in enumerate([0.0] + gaps):
        if k:
            y.append(np.zeros(int(g * RATE), np.float32))
            pos += int(g * RATE)
        v = prompt(0, 1.0 + 0.1 * k, 0, k)
        segs.append({"text": f"line {k}", "start": pos / RATE, "end": (pos + len(v)) / RATE})
        y.append(v)
        pos += len(v)
    y.append(np.zeros(int(0.5 * RATE), np.float32))
    x = np.concatenate(y)
    return sc.Made(x + rng.normal(0, 1e-4, len(x)).astype(np.float32), segs, [])


def test_breaths_and_clicks_lie_in_pauses_only():
    made = talk([1.2, 0.9, 1.5, 0.7, 1.1, 0.25])
    y, note = a3.pause_sounds(made, 11, breaths=1.0, clicks=1.0)
    changed = np.flatnonzero(np.abs(y - made.samples) > 0)
    assert len(changed) > 0 and "breaths" in note
    for s in made.segments:  # nothing laid over a voice span, nor within 80 ms before a voice
        a, b = int((s["start"] - 0.08) * RATE), int(s["end"] * RATE)
        assert not np.any((changed >= a) & (changed < b)), s
    last_gap = (int(made.segments[-2]["end"] * RATE), int(made.segments[-1]["start"] * RATE))
    assert not np.any((changed >= last_gap[0]) & (changed < last_gap[1]))  # 0.25 s: too short for either
    again, _ = a3.pause_sounds(made, 11, breaths=1.0, clicks=1.0)
    assert np.array_equal(y, again)


@pytest.mark.parametrize("kind", ["fan", "traffic"])
def test_new_backgrounds_are_seeded_unit_rms_and_low(kind):
    x = sc.background(RATE * 20, kind, np.random.default_rng(3))
    y = sc.background(RATE * 20, kind, np.random.default_rng(3))
    assert np.array_equal(x, y) and np.isclose(np.sqrt(np.mean(x.astype(np.float64) ** 2)), 1.0, atol=1e-3)
    spec = np.abs(np.fft.rfft(x)) ** 2
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    assert spec[f < 1000].sum() / spec.sum() > 0.9  # a fan and a street are low sounds, not hiss


def test_traffic_swells_as_vehicles_pass():
    x = sc.background(RATE * 60, "traffic", np.random.default_rng(4)).astype(np.float64)
    level = np.sqrt(np.mean(x[: len(x) // RATE * RATE].reshape(-1, RATE) ** 2, axis=1))
    assert level.max() / np.median(level) > 1.8


def test_second_speaker_lines_are_marked_and_seeded():
    lines = a3.second_speaker_lines(9111, 4)
    assert len(lines) == 4 and all(n.startswith(a3.SECOND) for n in lines)
    assert lines == a3.second_speaker_lines(9111, 4) != a3.second_speaker_lines(9112, 4)


def test_the_catalogues_are_named_as_their_halves():
    eng, lang = a3.catalogue(), a3l.catalogue()
    assert set(eng) == set(a3.names("dev")) | set(a3.names("aside"))
    assert set(lang) == set(a3l.names("dev")) | set(a3l.names("aside"))
    for cat in (eng, lang):
        for name, spec in cat.items():
            assert name.startswith("ux_" if spec.which == "aside" else "rd5_"), name
    assert 10 <= len(a3.names("aside")) <= 14 and 8 <= len(a3l.names("aside")) <= 12
    kinds = {s.transcript for s in eng.values() if s.which == "aside"}
    assert {"page", "mismatch"} <= kinds
    seeds = [s.real.seed for s in list(eng.values()) + list(lang.values()) if s.real] + \
        [r.seed for s in list(eng.values()) + list(lang.values()) for r in s.recordings]
    assert len(seeds) == len(set(seeds))  # one seed per talk


def test_aside3_cases_stay_out_of_development_runs():
    import cases
    import run

    assert not set(cases.ASIDE3) & set(cases.all_case_names(long60=True))
    assert cases.all_case_names(aside3=True) == cases.ASIDE3
    with pytest.raises(SystemExit):
        run.select_cases(["ux_*"], False, False)
    assert run.select_cases(["ux_real_*"], False, False, aside3=True) == \
        [n for n in cases.ASIDE3 if n.startswith("ux_real_")]


def test_festival_reads_the_new_voices_in_their_encoding():
    import festival_voices as fv

    assert fv.encoding("cs_machac") == "iso-8859-2" and fv.encoding("fi_mv") == "latin-1"
    assert fv.encoding("ru_nsh") == "utf-8"
    assert "voice_msu_ru_nsh_clunits" in fv.script("Добрый вечер.", "ru_nsh", 1.0, Path("/tmp/x.wav"))


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
def test_a_second_speaker_is_read_beside_the_real_prompts():
    texts = a3.second_speaker_lines(9111, 2)
    read = a3.real_reader(texts, None, ("en-gb-x-gbcwmd+m6", 1.0))
    name = next(iter(texts))
    x = read(name, False)
    assert len(x) > RATE // 2 and np.isclose(np.sqrt(np.mean(x.astype(np.float64) ** 2)), 0.06, rtol=1e-3)
    assert uc.voice_span(x) is not None
    louder = a3.real_reader(texts, lambda n: 2.0, ("en-gb-x-gbcwmd+m6", 1.0))(name, False)
    assert np.allclose(louder, 2 * x)


@pytest.mark.parametrize("kind", ["opus", "ogg"])
def test_an_ogg_file_is_the_same_bytes_every_time(kind):
    x = prompt(0.2, 1.0, 0.2, 7)
    first = uc.encode(x, kind)
    assert first == uc.encode(x, kind)  # no random stream serial: a rebuilt case is byte for byte the stored one
    assert np.max(np.abs(uc.decode(first, kind)[: len(x)])) > 0.05  # and it still holds the sound
