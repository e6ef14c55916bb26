"""The Fish Fillets talks remade with each take's end gated at the voice (benchmarks/fillets_gated_languages.py) and
the measure of a take's tail (benchmarks/dry_ends.py).  No case is built, no aligner runs."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import aside7_languages as a7l  # noqa: E402
import dry_ends  # noqa: E402
import fillets_gated_languages as fg  # noqa: E402

RATE = 16000


def _take_with_a_tail(seed: int = 5) -> np.ndarray:
    """A 1 s voice (a 200 Hz tone) at 0.2 s, then its room: 15 dB under it at once, falling 30 dB a second."""
    rng = np.random.default_rng(seed)
    x = (rng.normal(size=int(2.8 * RATE)) * 1e-5).astype(np.float32)
    t = np.arange(int(1.0 * RATE)) / RATE
    x[int(0.2 * RATE):int(1.2 * RATE)] += 0.3 * np.sin(2 * np.pi * 200 * t)
    tail = np.arange(int(1.5 * RATE)) / RATE
    x[int(1.2 * RATE):int(2.7 * RATE)] += 0.3 / np.sqrt(2) * 10 ** ((-15 - 30 * tail) / 20) * rng.normal(size=len(tail))
    return x


def test_the_end_gate_closes_at_the_voice_and_the_start_stays():
    import unseen_cases as uc

    x = _take_with_a_tail()
    built = uc.voice_span(a7l.gated(x, 1e-5, np.random.default_rng(1)))
    at_voice = uc.voice_span(a7l.gated(x, 1e-5, np.random.default_rng(1), fg.END_GATE_DB))
    assert built[0] == at_voice[0]  # the start's gate is the built one
    # built: the tail passes 40 dB under the tone ~0.8 s in; at the voice: within ~0.2 s of where the tone stops
    assert built[1] / RATE > 1.2 + 0.6
    assert 1.2 - 0.02 < at_voice[1] / RATE < 1.2 + 0.25


def test_the_default_gate_is_unchanged():
    x = _take_with_a_tail()
    a = a7l.gated(x, 1e-5, np.random.default_rng(1))
    b = a7l.gated(x, 1e-5, np.random.default_rng(1), a7l.GATE_DB)
    assert np.array_equal(a, b)


def test_the_last_window_within_a_gate_and_the_tails_slope():
    x = _take_with_a_tail()
    assert abs(dry_ends.last_within(x, 10.0) - 1.2) < 0.03  # the tail starts 15 dB under: only the tone is within 10
    assert 1.2 + 0.4 < dry_ends.last_within(x, 30.0) < 1.2 + 0.6  # 15 dB more: half a second into the tail
    assert -36 < dry_ends.tail_slope(x, 1.25, 2.2) < -24


def test_the_remade_talks_are_the_fillets_talks():
    cat = fg.catalogue()
    source = a7l.catalogue()
    assert sorted(fg.names("dev")) == sorted(fg.SOURCES) and fg.names("aside") == []
    assert all(n.startswith("rd25_") for n in cat)
    assert {src for src in fg.SOURCES.values()} == {n for n, s in source.items() if s.real is not None}
    assert all(cat[n] is source[fg.SOURCES[n]] or cat[n] == source[fg.SOURCES[n]] for n in cat)


def test_a_thump_under_20_hz_is_no_start_once_the_infrasound_is_out():
    import unseen_cases as uc

    rng = np.random.default_rng(3)
    x = (rng.normal(size=int(1.5 * RATE)) * 1e-5).astype(np.float32)
    thump = np.arange(int(0.12 * RATE)) / RATE  # half a cycle of 4 Hz: a DC push, as some Dutch takes open with
    x[int(0.2 * RATE):int(0.32 * RATE)] += 0.05 * np.sin(np.pi * thump / 0.12)
    t = np.arange(int(0.8 * RATE)) / RATE
    x[int(0.5 * RATE):int(1.3 * RATE)] += 0.3 * np.sin(2 * np.pi * 200 * t) * np.minimum(1.0, t / 0.01)
    as_built = uc.voice_span(a7l.gated(x, 1e-5, np.random.default_rng(1)))
    assert as_built[0] / RATE < 0.35  # the start's gate counts the thump as voice
    clean = a7l.without_infrasound(x)
    start = uc.voice_span(a7l.gated(clean, 1e-5, np.random.default_rng(1)))[0] / RATE
    assert abs(start - 0.5) < 0.02
    tone = slice(int(0.6 * RATE), int(1.2 * RATE))
    assert abs(np.sqrt(np.mean(clean[tone] ** 2)) / np.sqrt(np.mean(x[tone] ** 2)) - 1) < 0.01  # the voice kept
