"""Waveform peaks: every column is exactly the min/max of the samples under it, at any zoom."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.audio import Audio
from aligner.audio.peaks import BIN_SIZES, Peaks, PeaksBuilder, compute_peaks, sketch_peaks
from aligner.errors import Cancelled
from aligner.progress import CancelToken

RATE = 16000


def brute_force(samples: np.ndarray, t0: float, t1: float, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Column k covers samples [round(s0 + k*w), round(s0 + (k+1)*w)), clipped to the recording."""
    per = (t1 - t0) * RATE / width
    edges = np.clip(np.rint(t0 * RATE + per * np.arange(width + 1)), 0, len(samples)).astype(int)
    mins, maxs = np.zeros(width, np.float32), np.zeros(width, np.float32)
    for k in range(width):
        part = samples[edges[k]:edges[k + 1]]
        if len(part):
            mins[k], maxs[k] = part.min() / 32768, part.max() / 32768
    return mins, maxs


def peaks_of(samples: np.ndarray) -> Peaks:
    return compute_peaks(Audio(None, samples.astype(np.int16)))


@pytest.fixture(scope="module")
def noise():
    rng = np.random.default_rng(7)
    return rng.integers(-32768, 32768, 5 * RATE + 12345).astype(np.int16)


def test_levels_are_min_max_of_their_bins_including_the_short_last_bin(noise):
    p = peaks_of(noise)
    for size, mins, maxs in zip(BIN_SIZES, p.mins, p.maxs):
        assert len(mins) == -(-len(noise) // size)
        k = len(mins) - 1  # the last bin is partial
        assert mins[k] == noise[k * size:].min() and maxs[k] == noise[k * size:].max()
        assert mins[3] == noise[3 * size:4 * size].min() and maxs[3] == noise[3 * size:4 * size].max()
    assert p.duration == pytest.approx(len(noise) / RATE)


@pytest.mark.parametrize("t0,t1,width", [
    (0.0, 5.7715625, 1000),  # the whole recording
    (0.0, 5.7715625, 7),  # a few wide columns (the coarsest level and more)
    (1.234, 1.239, 3),  # a few samples per column: only raw samples
    (0.5, 2.5, 333),  # ~96 samples per column: level 64 plus ragged ends
    (2.0, 2.0 + 16384 * 3 / RATE, 3),  # columns exactly on bin boundaries
    (-1.0, 1.0, 200),  # starts before the recording: those columns are empty
    (5.0, 9.0, 400),  # runs past the end
    (3.3, 4.1, 1),  # one column
])
def test_range_matches_brute_force(noise, t0, t1, width):
    p = peaks_of(noise)
    got = p.range(t0, t1, width)
    want = brute_force(noise, t0, t1, width)
    assert got[0].dtype == np.float32 and len(got[0]) == width
    np.testing.assert_array_equal(got[0], want[0])
    np.testing.assert_array_equal(got[1], want[1])


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 120_000), a=st.floats(-0.3, 1.2), span=st.floats(0.0005, 1.5),
       width=st.integers(1, 700), seed=st.integers(0, 2**32 - 1))
def test_range_matches_brute_force_on_random_views(n, a, span, width, seed):
    samples = np.random.default_rng(seed).integers(-32768, 32768, n).astype(np.int16)
    d = n / RATE
    t0, t1 = a * d, a * d + span * max(d, 0.01)
    if (t1 - t0) * RATE / width < 1:
        return  # zoomed past one sample per column: covered by the next test
    p = peaks_of(samples)
    got, want = p.range(t0, t1, width), brute_force(samples, t0, t1, width)
    np.testing.assert_array_equal(got[0], want[0])
    np.testing.assert_array_equal(got[1], want[1])


def test_a_single_loud_sample_shows_in_exactly_one_column_at_every_zoom():
    x = np.zeros(10 * RATE, np.int16)
    x[123457] = 30000
    p = peaks_of(x)
    for span in (10.0, 3.0, 0.5, 0.05):
        t0 = 123457 / RATE - span / 3
        mins, maxs = p.range(t0, t0 + span, 640)
        assert np.count_nonzero(maxs) == 1, span
        assert maxs.max() == pytest.approx(30000 / 32768)
        # Its column's min is 0 too, unless the column holds nothing but that sample.
        assert set(np.flatnonzero(mins)) <= set(np.flatnonzero(maxs))


def test_zoomed_past_one_sample_per_column_each_column_shows_its_sample(noise):
    p = peaks_of(noise)
    t0 = 1.0
    mins, maxs = p.range(t0, t0 + 10 / RATE, 40)  # 4 columns per sample
    expected = noise[RATE + np.arange(40) // 4] / 32768
    np.testing.assert_array_equal(mins, expected.astype(np.float32))
    np.testing.assert_array_equal(maxs, mins)


def test_degenerate_views_give_zeros():
    p = peaks_of(np.ones(1000, np.int16) * 1000)
    assert [len(a) for a in p.range(0, 1, 0)] == [0, 0]
    assert not any(a.any() for a in p.range(1.0, 1.0, 10))
    assert not any(a.any() for a in p.range(2.0, 1.0, 10))
    empty = peaks_of(np.zeros(0, np.int16))
    assert empty.duration == 0 and not any(a.any() for a in empty.range(0, 1, 50))


def test_progress_and_cancel():
    x = np.zeros(60 * RATE, np.int16)
    seen = []
    compute_peaks(Audio(None, x), progress=lambda pr: seen.append(pr.fraction))
    assert seen[-1] == 1.0 and seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        compute_peaks(Audio(None, x), cancel=token)


# ------------------------------------------------------------------------------ while loading, and sketches
def test_builder_fed_in_odd_chunks_gives_the_same_exact_peaks(noise):
    rng = np.random.default_rng(3)
    builder = PeaksBuilder(RATE, expected_duration=1.0)  # too small on purpose: it has to grow
    pos = 0
    while pos < len(noise):
        step = int(rng.integers(1, 20000))
        builder.add(noise[pos:pos + step])
        pos += step
    built, direct = builder.finish(noise), peaks_of(noise)
    assert built.exact and built.length == len(noise)
    for a, b in zip(built.mins + built.maxs, direct.mins + direct.maxs):
        np.testing.assert_array_equal(a, b)
    with pytest.raises(ValueError):
        builder.finish(noise[:-1])


def test_snapshot_while_loading_shows_what_has_arrived(noise):
    builder = PeaksBuilder(RATE)
    builder.add(noise[:60_000])
    snap = builder.snapshot()
    assert not snap.exact and snap.length == 60_000 // 64 * 64
    exact = peaks_of(noise[:snap.length])
    # Columns on 64-sample boundaries are exact without the samples...
    columns = snap.length // 640
    view = (0.0, columns * 640 / RATE, columns)
    for got, want in zip(snap.range(*view), exact.range(*view)):
        np.testing.assert_array_equal(got, want)
    # ...others may include up to 63 samples of the neighbouring column, never less than the truth.
    mins, maxs = snap.range(0.123, 3.5, 777)
    true_mins, true_maxs = exact.range(0.123, 3.5, 777)
    assert (mins <= true_mins).all() and (maxs >= true_maxs).all()
    # Zoomed past one sample per column, a preview shows the 64-sample bin each column falls in.
    mins, maxs = snap.range(1.0, 1.0 + 8 / RATE, 8)
    assert (mins == mins[0]).all() and mins[0] == exact.mins[0][RATE // 64] / 32768
    assert snap.with_samples(noise[:snap.length]).exact


def test_load_audio_hands_every_chunk_to_on_chunk(tmp_path):
    from aligner.audio import load_audio
    from aligner.audio.encode import write_audio

    path = tmp_path / "x.flac"
    write_audio(path, np.random.default_rng(0).integers(-9000, 9000, 5 * RATE).astype(np.int16), RATE)
    builder = PeaksBuilder(RATE)
    audio = load_audio(str(path), on_chunk=builder.add)
    assert builder.length == len(audio.samples)
    peaks = builder.finish(audio.samples)
    np.testing.assert_array_equal(peaks.range(0, 5, 300)[1], peaks_of(audio.samples).range(0, 5, 300)[1])


@pytest.mark.parametrize("ext", ["mp3", "m4a", "opus", "flac", "wav"])
def test_sketch_finds_the_loud_part_of_a_long_file_quickly(tmp_path, ext):
    from aligner.audio.encode import write_audio

    rate = 22050 if ext != "opus" else 24000
    t = np.arange(60 * rate) / rate
    x = np.where((t >= 20) & (t < 35), 0.6 * np.sin(2 * np.pi * 220 * t), 0.001 * np.sin(2 * np.pi * 50 * t))
    path = tmp_path / f"long.{ext}"
    write_audio(path, x.astype(np.float32), rate)
    sketch = sketch_peaks(str(path))
    assert not sketch.exact and abs(sketch.duration - 60) < 0.1
    mins, maxs = sketch.range(0, 60, 60)  # one column per second
    assert (maxs[22:34] > 0.5).all() and (maxs[22:34] < 0.7).all() and (mins[22:34] < -0.5).all()
    assert (maxs[:18] < 0.05).all() and (maxs[37:] < 0.05).all()


def test_sketch_errors_and_cancel(tmp_path):
    from aligner.audio.encode import write_audio
    from aligner.errors import AudioError

    with pytest.raises(AudioError):
        sketch_peaks(str(tmp_path / "none.mp3"))
    path = tmp_path / "x.mp3"
    write_audio(path, np.zeros(60 * 8000, np.float32), 8000)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        sketch_peaks(str(path), cancel=token)
