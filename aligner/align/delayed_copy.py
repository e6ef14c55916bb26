"""The talk heard again seconds later -- a livestream or a relay of it playing in the room -- found and taken out.

Why this exists (issues 7 and 9, the sixteenth aside set's ``livestream``): someone in the room opens the talk's
own livestream on a laptop, and for a stretch the recorder hears the talk a second time, 1.6-2.6 s late, 15 dB
under the voice, through a small speaker and the room.  Every stage heard that copy as speech: Whisper's first
listen of a Dutch talk stopped where it began (``gx_nl_espeak_two_speakers_stream_pair``), the phone pass began lines
on the copy of the line before's words in the pause (starts 100-380 ms early), and the pause rules carried ends
onto it (+270, +360 ms, ``gx_festival_stream_csv_ts``).  No rule about levels can tell it: in a pause the copy is
sound 15 dB under the voice, as a quiet first syllable is.

What tells it is that it is the same waveform as the recording a fixed delay earlier, filtered by a loudspeaker and
a room. That is what an echo canceller undoes: the recording a delay earlier is the reference, the room and the
speaker a filter learnt from the stretch where the copy plays (least squares, per frequency, over ~110 ms of taps:
the room's direct sound and early tail), and what the filter predicts is subtracted there. What is left is the voice
and the room's own noise; the copy of the copy (30 dB under) and of the noise (15 dB under the noise) are left in,
too quiet to matter. Only where the copy plays (:func:`_playing`: windows whose recording correlates with itself at
the delay, half-whitened, far more than at the delays around it), and there only in the pieces that hold the copy
(:func:`_subtract_where_it_helps`), is anything subtracted; a talk with no such copy is returned as it came (the
same object: nothing downstream can move).

A room's echoes and a PA's copies 40-400 ms late are :mod:`.echoes`' (their copies are the voice's own run-on, read
by the end rules, not taken out).
"""

from __future__ import annotations

import logging
from typing import Optional

import numpy as np

from ..audio import Audio

log = logging.getLogger(__name__)

#: Delays (s) a copy is looked for at: past a hall's loudspeakers (:mod:`.echoes` looks up to 0.4 s) to a stream's
#: buffering (a few seconds).
DELAYS = (0.6, 4.0)
#: What the user is told when a copy was taken out (the CLI and the window say it after aligning): the recording is
#: not changed, and a talk that really repeats itself seconds later is worth a look.
COPY_NOTE = ("The talk is heard again a few seconds later in this recording (a livestream playing in the room?): "
             "the aligner took that copy out before listening. The file itself is unchanged.")
#: Windows (s) the self-correlation is read over, and at most this many of them through the talk for finding the
#: delay (an hour costs what four minutes do); where the copy plays is then read at that one delay in every window.
WINDOW = 2.0
MOST_WINDOWS = 120
#: How far the correlation summed over the talk at its strongest delay stands over its median over all delays for
#: the talk to be taken to hold a copy: the eleven talks of the sixteenth aside set and its dev twins with a
#: livestream stood at 12.2-28.3, 237 of the 240 other dev and seen talks at most 7.3 (``trap_openings``); three
#: short espeak-ng talks through a PA (13 s, eight two-word lines) 9.8-23.9 (see :data:`PLAYING_WINDOWS`) ...
FOUND_MIN = 10.0
#: ... and, per window, how far the correlation at that delay stands over its median over the neighbouring delays
#: (+-50 ms) for the copy to be playing there (not tuned: on the eleven stream talks the windows it found covered
#: the stream's stretch, as the case notes give it, to within a window at each end).
PLAYING_MIN = 8.0
#: A stream plays for a stretch: the copy must be found in at least this many windows (hop WINDOW / 2).  A speech
#: synthesizer says the same sound the same way to the sample, and two short espeak-ng talks through a PA
#: (``rd19_espeak_short_pa_near``, ``rd30_espeak_short_pa_loud``) correlated with themselves 2.7 and 4.0 s apart,
#: but over 2 windows each; the stream talks' copies played over 17-45 windows (190 on the 6-minute talk).
PLAYING_WINDOWS = 4
#: The canceller: STFT frames (samples, hop) and the taps of the room's filter (frames: with 64 ms frames, the
#: first ~110 ms of the room, whose tail past that is 25 dB or more under its direct sound; every tap more is one
#: more unknown learnt under a voice 15 dB louder than what it fits: on ``gx_festival_stream_csv_ts`` the copy in
#: two pauses came out 10-11 dB down with 4-8 taps, 8-9 dB with 16 and 25; on the unit test's talk 7.5-11.4 dB with
#: 4, 6.7-10.8 with 8, less with longer frames; frames weighed to favour the pauses did worse, 5 dB).
FRAME, HOP, TAPS = 1024, 256, 4
PRE_EMPHASIS = 0.95


def _whitened_xcorr(w: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Half-whitened cross-correlation of ``w`` with ``ref``, ``c[k] = sum w[i] ref[i + k]`` for k >= 0, as a share of
    the whitened energies (the spectrum weighted by its magnitude: a steady voice's harmonics weigh less)."""
    m = _fast_length(len(w) + len(ref))
    x, r = np.fft.rfft(w, m), np.fft.rfft(ref, m)
    cross = np.conj(x) * r
    c = np.fft.irfft(cross / (np.sqrt(np.abs(cross)) + 1e-12), m)
    return c[:len(ref) - len(w) + 1]


def _fast_length(n: int) -> int:
    """The smallest length >= ``n`` whose only prime factors are 2, 3 and 5 (an FFT as quick as a power of two's,
    up to half as long)."""
    best = 1 << int(np.ceil(np.log2(n)))
    five = 1
    while five < best:
        three = five
        while three < best:
            two = three
            while two < n:
                two *= 2
            best = min(best, two)
            three *= 3
        five *= 5
    return best


def copy_delay(audio: Audio) -> Optional[int]:
    """The delay (samples) at which the talk is heard again (:data:`DELAYS`, :data:`FOUND_MIN`), or None."""
    rate = audio.sample_rate
    x = _pre_emphasised(audio)
    n, lo, hi = int(WINDOW * rate), int(DELAYS[0] * rate), int(DELAYS[1] * rate)
    starts = np.arange(hi, len(x) - n + 1, n // 2)
    if len(starts) < 3:
        return None
    if len(starts) > MOST_WINDOWS:
        starts = starts[np.linspace(0, len(starts) - 1, MOST_WINDOWS).round().astype(int)]
    total = np.zeros(hi - lo + 1)
    for a in starts:  # ref[j] = x[a - hi + j]: lag L reads j = hi - L
        c = _whitened_xcorr(x[a:a + n], x[a - hi:a + n - lo])
        total += np.abs(c[::-1][:hi - lo + 1])  # index 0 = lag lo ... index hi - lo = lag hi
    k = int(np.argmax(total))
    median = float(np.median(total))
    if median <= 0 or total[k] < FOUND_MIN * median:
        return None
    return lo + k


class _Emphasised:
    """The recording pre-emphasised, read a slice at a time (an hour's float copy would be 460 MB)."""

    def __init__(self, samples: np.ndarray):
        self.samples = samples

    def __len__(self) -> int:
        return len(self.samples)

    def __getitem__(self, k: slice) -> np.ndarray:
        a = 0 if k.start is None else k.start
        b = len(self.samples) if k.stop is None else min(k.stop, len(self.samples))
        raw = self.samples[max(a - 1, 0):b].astype(np.float64) / 32768.0
        if a == 0:
            return np.append(raw[:1], raw[1:] - PRE_EMPHASIS * raw[:-1])
        return raw[1:] - PRE_EMPHASIS * raw[:-1]


def _pre_emphasised(audio: Audio) -> _Emphasised:
    return _Emphasised(audio.samples)


def _playing(x: _Emphasised, lag: int, rate: int) -> np.ndarray:
    """Per hop of :data:`WINDOW` / 2, whether the copy plays (:data:`PLAYING_MIN`)."""
    n = int(WINDOW * rate)
    near = int(0.05 * rate)
    step = n // 2
    out = np.zeros(max(0, (len(x) - n) // step + 1), bool)
    for j in range(len(out)):
        a = j * step
        if a - lag - near < 0:
            continue
        c = _whitened_xcorr(x[a:a + n], x[a - lag - near:a + n - lag + near])  # c[near] is the delay itself
        at = np.max(np.abs(c[near - 1:near + 2]))
        around = np.median(np.abs(c))
        out[j] = around > 0 and at >= PLAYING_MIN * around
    return out


def without_delayed_copy(audio: Audio) -> Audio:
    """``audio`` with the talk's delayed copy (:func:`copy_delay`) taken out where it plays; ``audio`` itself when
    there is none."""
    lag = copy_delay(audio)
    if lag is None:
        return audio
    rate = audio.sample_rate
    playing = _playing(_pre_emphasised(audio), lag, rate)
    if playing.sum() < PLAYING_WINDOWS:  # a phrase said twice is no stream: it plays for a stretch
        return audio
    x = audio.samples.astype(np.float64) / 32768.0
    step = int(WINDOW * rate) // 2
    on = np.flatnonzero(playing)
    # the filter is learnt where the copy surely plays; it is tried a window either side of that too, and kept only
    # where it takes sound away (:func:`_subtract_where_it_helps`): a stream opens and closes inside a window
    a, b = int(on[0]) * step, min(len(x), (int(on[-1]) + 2) * step)
    sure = np.zeros(len(x), bool)
    for j in on:
        sure[j * step:j * step + 2 * step] = True
    lo, hi = max(lag, a - 2 * step), min(len(x), b + 2 * step)
    predicted = _predicted_copy(x, lag, lo, hi, sure, rate)
    if predicted is None:
        return audio
    start, copy = predicted
    cleaned, seconds = _subtract_where_it_helps(x[start:hi], copy, lo - start, rate)
    log.info("the talk is heard again %.2f s later (a livestream in the room?): taken out of %.0f s", lag / rate,
             seconds)
    # on the samples' own scale: where nothing was taken out they come back as they were, to the sample
    samples = audio.samples.copy()
    samples[start:hi] = np.clip(np.round(cleaned * 32768.0), -32768, 32767).astype(np.int16)
    return Audio(audio.path, samples, audio.sample_rate, audio.warnings)


def _stft(x: np.ndarray) -> np.ndarray:
    window = np.hanning(FRAME + 1)[:-1]
    frames = np.lib.stride_tricks.sliding_window_view(x, FRAME)[::HOP]
    return np.fft.rfft(frames * window, axis=1)  # (frames, bins)


def _overlap_add(frames: np.ndarray, length: int) -> np.ndarray:
    """Frames ``HOP`` apart added up: those ``FRAME`` apart do not overlap, so each of the FRAME / HOP phases is one
    flat run of them."""
    out = np.zeros(length + FRAME)
    for phase in range(FRAME // HOP):
        flat = frames[phase::FRAME // HOP].reshape(-1)
        at = phase * HOP
        n = min(len(flat), len(out) - at)
        out[at:at + n] += flat[:n]
    return out[:length]


def _istft(spec: np.ndarray, length: int) -> np.ndarray:
    window = np.hanning(FRAME + 1)[:-1]
    out = _overlap_add(np.fft.irfft(spec, FRAME, axis=1) * window, length)
    norm = _overlap_add(np.broadcast_to(window ** 2, (len(spec), FRAME)), length)
    return out / np.maximum(norm, 1e-8)


#: At most this much (s) of the stretch where the copy surely plays teaches the filter; frequencies solved this
#: many at a time (memory: rows x taps x bins), and the copy predicted this much (s) at a time.
LEARN_SECONDS = 120.0
BINS_AT_ONCE = 32
BLOCK_SECONDS = 60.0


def _reference(x: np.ndarray, lag: int, a: int, b: int) -> np.ndarray:
    """``x[a - lag:b - lag]``, silence before the recording's start."""
    if a >= lag:
        return x[a - lag:b - lag]
    return np.concatenate([np.zeros(lag - a), x[:max(0, b - lag)]])


def _predicted_copy(x: np.ndarray, lag: int, lo: int, hi: int, sure: np.ndarray, rate: int
                    ) -> Optional[tuple[int, np.ndarray]]:
    """The copy over [lo, hi) (from where it starts, and its samples): the recording ``lag`` samples earlier through
    the filter that best predicts the recording from it (least squares per frequency, :data:`TAPS` frames of taps)
    where ``sure``; None: too little.  Frames lie on one grid from ``start``; the filter is learnt on the first
    :data:`LEARN_SECONDS` of sure frames and applied :data:`BLOCK_SECONDS` at a time (memory)."""
    start = max(0, lo - TAPS * HOP)
    frames = 1 + max(0, (hi - start - FRAME) // HOP)
    m = np.arange(frames)
    surely = np.concatenate([[0], np.cumsum(sure[start:hi])])
    ends = np.minimum(m * HOP + FRAME, hi - start)
    rows = np.flatnonzero((m >= TAPS) & (surely[ends] - surely[m * HOP] == ends - m * HOP))
    rows = rows[:int(LEARN_SECONDS * rate / HOP)]
    if len(rows) < 4 * TAPS:
        return None
    first = int(rows[0]) - TAPS + 1  # the learning block's frames: first .. rows[-1]
    a, b = start + first * HOP, start + int(rows[-1]) * HOP + FRAME
    spec_x, spec_r = _stft(x[a:b]), _stft(_reference(x, lag, a, b))
    local = rows - first
    taps = np.arange(TAPS)
    h = np.zeros((spec_x.shape[1], TAPS), complex)
    for b0 in range(0, spec_x.shape[1], BINS_AT_ONCE):  # per frequency: X[m] ~ sum_k H[k] R[m - k], least squares
        r = spec_r[:, b0:b0 + BINS_AT_ONCE]
        lagged = r[local[:, None] - taps[None, :]]  # (rows, taps, bins)
        gram = np.einsum("rtb,rsb->bts", lagged.conj(), lagged)
        gram += (1e-6 * np.trace(gram, axis1=1, axis2=2).real / TAPS + 1e-30)[:, None, None] * np.eye(TAPS)
        rhs = np.einsum("rtb,rb->bt", lagged.conj(), spec_x[local, b0:b0 + BINS_AT_ONCE])
        h[b0:b0 + BINS_AT_ONCE] = np.linalg.solve(gram, rhs[..., None])[..., 0]
    window = np.hanning(FRAME + 1)[:-1]
    out = np.zeros(hi - start + FRAME)
    norm = np.zeros(hi - start + FRAME)
    block = max(1, int(BLOCK_SECONDS * rate / HOP))
    for m0 in range(0, frames, block):  # frames m0 .. m1 - 1, with TAPS - 1 frames of history before them
        m1 = min(frames, m0 + block)
        h0 = max(0, m0 - TAPS + 1)
        ra = start + h0 * HOP
        spec = _stft(_reference(x, lag, ra, start + (m1 - 1) * HOP + FRAME))  # frames h0 .. m1 - 1
        at = np.arange(m0, m1)
        history = np.maximum(at[:, None] - taps[None, :], 0) - h0  # frames before the first are the first's
        predicted = np.einsum("mtb,bt->mb", spec[history], h)
        out[m0 * HOP:(m1 - 1) * HOP + FRAME] += _overlap_add(np.fft.irfft(predicted, FRAME, axis=1) * window,
                                                             (m1 - 1 - m0) * HOP + FRAME)
        norm[m0 * HOP:(m1 - 1) * HOP + FRAME] += _overlap_add(np.broadcast_to(window ** 2, (m1 - m0, FRAME)),
                                                              (m1 - 1 - m0) * HOP + FRAME)
    return start, (out / np.maximum(norm, 1e-8))[:hi - start]


#: Pieces (s) the copy is taken out of, or not, as a whole: long enough that a voice over the copy weighs less
#: than the copy's own sound in the pauses, short enough to follow where the stream opens and closes.
PIECE = 0.25
#: How many standard deviations of chance a piece's correlation with the predicted copy must stand at.
CHANCE_SIGMAS = 4.0


def _subtract_where_it_helps(x: np.ndarray, copy: np.ndarray, lo: int, rate: int) -> tuple[np.ndarray, float]:
    """``x`` less ``copy`` (as long) in the pieces from ``lo`` on that hold it, crossfaded over a frame; and the
    seconds it was taken out of.

    A piece holds the copy when taking it out leaves less sound (the recording correlates with it, as a share of
    its own power, at least half way to 1: where it plays, ``x = voice + copy``; where it does not, taking it out
    only adds it) and that correlation is no chance one: at least :data:`CHANCE_SIGMAS` times what a piece of that
    many samples shows by chance (a loud voice with no copy under it correlates by chance with any prediction more
    than half the prediction's small power)."""
    n = int(PIECE * rate)
    keep = np.zeros(len(x))
    for a in range(lo, len(x), n):
        b = min(len(x), a + n)
        xa, ca = x[a:b], copy[a:b]
        power = float(np.dot(ca, ca))
        if power <= 0:
            continue
        dot = float(np.dot(xa, ca))
        chance = CHANCE_SIGMAS / np.sqrt(max(1.0, (b - a) / 2))  # band-limited: about half as many free samples
        if dot >= 0.5 * power and dot >= chance * np.sqrt(power * float(np.dot(xa, xa))):
            keep[a:b] = 1.0
    total = np.concatenate([[0.0], np.cumsum(keep)])  # a moving average over a frame: the crossfade
    idx = np.arange(len(x))
    fade = (total[np.minimum(idx + FRAME // 2, len(x))] - total[np.maximum(idx - FRAME // 2, 0)]) / FRAME
    return x - copy * fade, float(keep.sum()) / rate
