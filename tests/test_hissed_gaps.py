"""A gap the HMM put between two words that a slow voice's /s/ fills end to end is that /s/, not a pause
(aligner.align.hissed_gaps; the phone pass's ``_judge`` reads it for English chunks)."""

import numpy as np

from aligner.align.hissed_gaps import edges_in_hiss, gap_to_read, hiss_across, hiss_floor
from aligner.align.phone_edges import SAMPLE_RATE
from aligner.audio.band import band_of

R = SAMPLE_RATE
PACE = 0.14  # s per phone: flite at half speed


def _the_spring(gap_s: float = 0.25, hiss: bool = True, seed: int = 3) -> np.ndarray:
    """A slow "the | spring" over faint room noise: "the"'s vowel 0.3-0.8 s, then (with ``hiss``) a weak /s/ of
    ``gap_s`` (noise above 2.5 kHz, quiet in the whole band's envelope), a stop's closure of 160 ms, then the vowel
    of "-ring" to 1.8 s."""
    n = int(1.8 * R)
    rng = np.random.default_rng(seed)
    t = np.arange(n) / R
    x = 3e-4 * rng.normal(size=n)
    vowel = lambda a, b: sum(0.1 / h * np.sin(2 * np.pi * 140 * h * t[a:b]) for h in range(1, 9))  # noqa: E731
    a, b = int(0.3 * R), int(0.8 * R)
    x[a:b] += vowel(a, b)
    c = b + int(gap_s * R)
    if hiss:
        x[b:c] += 0.01 * band_of(rng.normal(size=c - b), R, 2500.0)
    d = c + int(0.16 * R)
    x[d:] += vowel(d, n)
    return x.astype(np.float32)


def _read(x: np.ndarray, a: float, b: float, pace: float):
    """The gap [a, b] read as the phone pass reads it: only a gap a fricative could fill, against the chunk's floor."""
    return hiss_across(x, a, b, hiss_floor(x)) if gap_to_read(a, b, pace) else None


def test_a_gap_the_hiss_fills_is_read_from_where_it_rises():
    x = _the_spring()
    hiss = _read(x, 0.8, 1.05, PACE)
    assert hiss is not None and abs(hiss[0] - 0.8) <= 0.02
    # "spring" opens with the /s/: it starts where the hiss rises, not on the burst after the closure
    assert edges_in_hiss(hiss, ("DH", "AH"), ("S", "P", "R", "IH", "NG")) == (None, hiss[0])


def test_a_quiet_gap_is_a_pause():
    x = _the_spring(hiss=False)
    assert _read(x, 0.8, 1.05, PACE) is None


def test_a_hiss_longer_than_a_fricative_is_the_background():
    """A 0.65 s hiss between two words (4.6 phones at this pace) is a pause a background's hiss or a whistle fills."""
    x = _the_spring(gap_s=0.65)
    assert _read(x, 0.8, 1.45, PACE) is None
    assert _read(x, 0.8, 1.45, 0.25) is not None  # at a pace where that is a fricative's length: read


def test_the_hiss_goes_to_the_word_that_opens_with_it():
    hiss = (1.0, 1.3)
    assert edges_in_hiss(hiss, ("S", "T", "UW", "D", "AH", "N", "T", "S"), ("S", "AH", "P")) == (1.15, 1.15)
    assert edges_in_hiss(hiss, ("P", "R", "AY", "S"), ("AH", "V")) == (None, None)  # an end is not followed
    assert edges_in_hiss(hiss, ("DH", "AH"), ("M", "EY", "D")) == (None, None)
