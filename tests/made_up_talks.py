"""A made-up talk for the aside generators' tests (test_asideN_cases.py): no speech engine, no case built.

Each of those test modules had its own copy of this maker, and of the measures and skip marks below; one copy
serves them all.
"""

from __future__ import annotations

import re
import shutil

import numpy as np
import pytest

import synth_cases as sc

RATE = sc.RATE
#: The ten lines of the newer sets' made-up talk (each 1.4-2.4 s, pauses 1.2-1.4 s): long enough for a generator
#: that acts seconds after a line begins (a drift, an echo a turn of the spool away, an interpreter).
TEN_LINES = [(0.5, 2.5), (3.7, 5.6), (6.9, 8.9), (10.2, 12.3), (13.6, 15.4), (16.8, 19.0), (20.3, 22.4), (23.6, 25.0),
             (26.4, 28.1), (29.5, 31.9)]
TEN_LINES_TOTAL = 33.0
#: The lines' starts and ends (s) of the talk :func:`laid_apart` spoils (:func:`repeated_talk` of two): where a
#: spoiler laid at line edges must have laid its spells.
LAID_APART_STARTS = [s + k * TEN_LINES_TOTAL for k in range(2) for s, _ in TEN_LINES]
LAID_APART_ENDS = [e + k * TEN_LINES_TOTAL for k in range(2) for _, e in TEN_LINES]
needs_sox = pytest.mark.skipif(shutil.which("sox") is None, reason="sox is not installed")
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")


def talk(segments: list[tuple[float, float]], total: float, seed: int = 1) -> sc.Made:
    """A made-up talk: a 'voice' (noise-modulated tone) in each (start, end), digital silence elsewhere."""
    rng = np.random.default_rng(seed)
    y = np.zeros(int(total * RATE), np.float32)
    segs = []
    for k, (a, b) in enumerate(segments):
        i, j = int(a * RATE), int(b * RATE)
        t = np.arange(j - i) / RATE
        y[i:j] = 0.2 * np.sin(2 * np.pi * 170 * t) * (0.6 + 0.4 * rng.random(j - i))
        segs.append({"text": f"Sentence number {k}.", "start": a, "end": b})
    return sc.Made(y, segs, ["made up"], [])


def talk_with_words(segments: list[tuple[float, float]], total: float, seed: int = 1) -> sc.Made:
    """:func:`talk` with a word ("Sentence", its first 0.3 s) timed in each line."""
    made = talk(segments, total, seed)
    words = [{"word": "Sentence", "start": a, "end": a + 0.3, "seg": k} for k, (a, b) in enumerate(segments)]
    return sc.Made(made.samples, made.segments, made.notes, words)


def broadband(made: sc.Made, seed: int = 0, floor: float = 0.0) -> sc.Made:
    """The made-up talk's 'voice' with hiss in it (broadband, as a voice is), and a room's noise ``floor`` (RMS)
    everywhere (0: silence kept silent)."""
    rng = np.random.default_rng(seed)
    y = made.samples + rng.normal(size=len(made.samples)) * 0.03 * (made.samples != 0)
    if floor:
        y = y + rng.normal(size=len(y)) * floor
    return sc.Made(y.astype(np.float32), made.segments, made.notes, made.words)


def band_share(x: np.ndarray, low: float, high: float) -> float:
    """The share of ``x``'s power between ``low`` and ``high`` Hz (one spectrum of the whole of it, no window): where
    a generated sound sits (a rumble low, a hiss high)."""
    spec = np.abs(np.fft.rfft(x.astype(np.float64))) ** 2
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    return float(spec[(f >= low) & (f < high)].sum() / spec.sum())


def band_db(x: np.ndarray, low: float, high: float) -> float:
    """The power (dB) of ``x`` between ``low`` and ``high`` Hz, over one Hann-windowed spectrum of the whole of it."""
    spec = np.abs(np.fft.rfft(x.astype(np.float64) * np.hanning(len(x)))) ** 2
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    return 10 * np.log10(spec[(f >= low) & (f < high)].sum() + 1e-20)


def changed_runs(diff: np.ndarray, gap: float = 0.05) -> list[np.ndarray]:
    """The sample indices where ``diff`` (a spoiled talk minus the clean one) is not zero, split where a gap of
    ``gap`` s lies between them: one run per spoiler a generator laid in."""
    changed = np.flatnonzero(np.abs(diff) > 1e-7)
    return np.split(changed, np.flatnonzero(np.diff(changed) > gap * RATE) + 1) if len(changed) else []


def speech_like(seed: int = 2) -> sc.Made:
    """A made-up talk of :data:`TEN_LINES` whose 'voice' is speech-shaped noise (under 4 kHz mostly, with some air
    above, a 4 Hz syllable beat): a tone alone would pass a narrow band untouched and test nothing."""
    rng = np.random.default_rng(seed)
    y = np.zeros(int(TEN_LINES_TOTAL * RATE), np.float32)
    for s, e in TEN_LINES:
        i, j = int(s * RATE), int(e * RATE)
        noise = rng.normal(size=j - i)
        spec = np.fft.rfft(noise)
        f = np.fft.rfftfreq(j - i, 1 / RATE)
        noise = np.fft.irfft(spec / (1 + (f / 1500.0) ** 2), j - i)
        y[i:j] = 0.1 * noise / sc._rms(noise) * (0.6 + 0.4 * np.sin(2 * np.pi * 4 * np.arange(j - i) / RATE))
    return sc.Made(y, talk(TEN_LINES, TEN_LINES_TOTAL).segments, ["made up"], [])


def peak_hz(x: np.ndarray) -> float:
    """The frequency (Hz) of the strongest bin of ``x``'s Hann-windowed spectrum: a tick's, a tube's or a note's
    pitch."""
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x)))) ** 2
    return float(np.fft.rfftfreq(len(x), 1 / RATE)[np.argmax(spec)])


def in_pauses(spans, lines) -> bool:
    """Some span of ``spans`` ((start, end, ...) s) reaches into a pause between two of ``lines``: a spoiler that
    comes and goes is heard in a pause too, not only under the voice."""
    pauses = [(e, s) for (_, e), (s, _) in zip(lines, lines[1:])]
    return any(a < pe and b > ps for a, b, *_ in spans for ps, pe in pauses)


def envelope_rate(x: np.ndarray, low: float, high: float) -> float:
    """The rate (Hz, between ``low`` and ``high``) at which ``x``'s magnitude beats strongest: a croak's pulses, a
    snore's flutter, a sewing machine's stitches."""
    env = np.convolve(np.abs(x), np.ones(32) / 32, "same")
    spec = np.abs(np.fft.rfft((env - env.mean()) * np.hanning(len(env))))
    f = np.fft.rfftfreq(len(env), 1 / RATE)
    inside = (f >= low) & (f <= high)
    return float(f[inside][np.argmax(spec[inside])])


def period_hz(x: np.ndarray, low: float, high: float) -> float:
    """The pitch (Hz, between ``low`` and ``high``) at which ``x`` repeats best (its autocorrelation's peak): a
    voiced sound's fundamental, however its formants weigh the harmonics (a hiccup's "ic", a sheep's bleat)."""
    ac = np.correlate(x, x, "full")[len(x) - 1:]
    lo, hi = int(RATE / high), int(RATE / low)
    return RATE / (lo + int(np.argmax(ac[lo:hi])))


def laid_apart(spoiler, count: int, lasting: tuple[float, float], **told):
    """A made-up talk spoiled by ``spoiler`` (told ``told``), and what it added and the spans its note names, after
    checking there are ``count`` spans at their noted levels (:func:`added_in_noted_spans`), each lasting ``lasting``
    (low, high) s, one reaching into a pause, and that what was added holds no copy of the dry talk (a gain on the
    voice would correlate with it): a sound of its own, the voice left alone (the thirtieth set's tests and on)."""
    made, lines = repeated_talk(2)
    out = spoiler(made, **told)
    added, spans = added_in_noted_spans(made, lines, out, count)
    assert abs(np.corrcoef(made.samples.astype(np.float64), added)[0, 1]) < 0.05
    assert all(lasting[0] <= b - a <= lasting[1] for a, b, _ in spans) and in_pauses(spans, lines)
    return out, added, spans


def level_db(x: np.ndarray) -> float:
    """RMS of ``x`` in dB."""
    return 20 * np.log10(sc._rms(x) + 1e-20)


def cut(x: np.ndarray, a: float, b: float) -> np.ndarray:
    """``x`` from ``a`` to ``b`` seconds."""
    return x[max(0, int(a * RATE)):int(b * RATE)]


def frames_db(x: np.ndarray, step: float = 0.005) -> np.ndarray:
    """``x``'s level (dB) in frames of ``step`` s."""
    n = int(step * RATE)
    k = len(x) // n
    return 10 * np.log10(np.mean(x[:k * n].reshape(k, n) ** 2, axis=1) + 1e-20)


def first_rise(x: np.ndarray, a: float, b: float, step: float = 0.005) -> float:
    """When (s after ``a``) ``x`` first comes within 10 dB of its loudest between ``a`` and ``b`` (frames of
    ``step`` s)."""
    levels = frames_db(cut(x, a, b), step)
    return float(np.argmax(levels > levels.max() - 10.0)) * step


def repeated_talk(times: int) -> tuple[sc.Made, list[tuple[float, float]]]:
    """:func:`speech_like` said ``times`` times over (each made-up talk 33 s), and its lines: for the generators that
    take a minute (an espresso machine's orders, a leaf blower's pass, trains, print jobs)."""
    one = speech_like()
    lines = [(s + k * TEN_LINES_TOTAL, e + k * TEN_LINES_TOTAL) for k in range(times) for s, e in TEN_LINES]
    segs = [{"text": f"Sentence number {i}.", "start": s, "end": e} for i, (s, e) in enumerate(lines)]
    return sc.Made(np.tile(one.samples, times), segs, ["made up"], []), lines


def speech_db(made: sc.Made, lines) -> float:
    """The level (dB) of ``made``'s lines (``lines``: (start, end) in seconds) taken together."""
    return level_db(np.concatenate([cut(made.samples, s, e) for s, e in lines]))


def only_inside(added: np.ndarray, spans) -> bool:
    """Nothing added outside ``spans`` (seconds; a generator's notes round to 0.1 s, so 60 ms either side)."""
    outside = np.ones(len(added), bool)
    for a, b in spans:
        outside[max(0, int((a - 0.06) * RATE)):int((b + 0.06) * RATE)] = False
    return float(np.max(np.abs(added[outside]), initial=0.0)) < 1e-6


def spans_under(note: str) -> list[tuple[float, float, float]]:
    """(start, end, dB under the speech) of each span a generator's note names as "A-B s (N dB under": a train, a
    print job, a shredder's job, a slide change, a bag's zipper pulled."""
    return [(float(a), float(b), float(u)) for a, b, u in re.findall(r"(\d+\.\d+)-(\d+\.\d+) s \((\d+) dB under", note)]


def added_in_noted_spans(made: sc.Made, lines, out: sc.Made, count: int) -> tuple[np.ndarray, list]:
    """What a generator added to ``made`` to give ``out`` (:func:`added_by`) and the spans its last note names
    (:func:`spans_under`), after checking there are ``count`` of them, nothing was added outside them, and each
    stands at its noted level under the speech of ``lines`` (within 1.5 dB): a spoiler that comes and goes."""
    added = added_by(made, out)
    spans = spans_under(out.notes[-1])
    assert len(spans) == count and only_inside(added, [(a, b) for a, b, _ in spans])
    speech = speech_db(made, lines)
    for a, b, under in spans:
        assert abs(level_db(cut(added, a, b)) - (speech - under)) < 1.5, (a, b, under)
    return added, spans


def added_by(made: sc.Made, out: sc.Made) -> np.ndarray:
    """What a generator added to ``made`` to give ``out``, after checking it moved no line and kept the length: how
    an aside set's test sees that a spoiler only adds sound."""
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    return out.samples.astype(np.float64) - made.samples.astype(np.float64)


def laid_and_said(spoiler, lasting: tuple[float, float], seed: int, said: str) -> tuple[np.ndarray, list, list]:
    """Two spells of ``spoiler`` laid apart (:func:`laid_apart`, each lasting ``lasting`` s): what was added, the
    spans, and the number each note gives by the pattern ``said`` (one group): how the aside sets' tests (the
    forty-seventh's and on) read where a spell put its sound against the edge it was laid from."""
    out, added, spans = laid_apart(spoiler, 2, lasting, seed=seed, spells=2)
    numbers = [int(n) for n in re.findall(said, out.notes[-1])]
    assert len(numbers) == 2
    return added, spans, numbers


def edge_after(edges: list, a: float, low: float, high: float) -> float:
    """The line edge of ``edges`` (:data:`LAID_APART_STARTS` or :data:`LAID_APART_ENDS`) lying ``low``-``high`` s
    after ``a`` (a spell's start), failing where none does."""
    near = [e for e in edges if low - 0.005 <= e - a <= high + 0.005]
    assert near, (a, low, high)
    return near[0]
