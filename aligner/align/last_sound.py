"""Where a line's last sound ends under a background: followed in the octave that holds it.

Why this exists (issue 7, ``rd3_*`` cases): under hold music, a murmur or babble 14-18 dB under the
speech, line ends came out 150-330 ms early.  The word's last sound -- the nasal of "again", the vowel
of "key", the /n/ before "urgent"'s /t/ -- goes on for 100-300 ms at 10-20 dB over the background *in
its own octave* (100-500 Hz for a nasal), while over the whole band it stands under the bar of "plainly
sound" :func:`.boundaries.extend_to_sound` uses (a share of the floor-to-peak range), so that rule left
it to the pause.  A careful listener hears it: masking works octave by octave.

Following that sound down to the background's level is what a room's reverberation gets wrong: the
room's tail is the voice's own sound and stands over the background too (following it put reverberant
ends 100-300 ms late).  What tells them apart is how the sound goes on *right after* the end found so
far.  When the voice stops in a room, its direct sound stops and the level falls at once by the
direct-to-reverberant ratio: over the next 50 ms it drops 8-18 dB (measured at the right ends of the
reverberant dev cases) and then decays.  A last sound the phone pass cut early goes on at its level:
the 50 ms after the end stand within 2-7 dB of the 50 ms before.  So the end moves only over sound that
*holds* its level (within :data:`HOLD_DB`), and only once that sound has held for :data:`HELD_MIN` does
it go on down to where the sound meets the background (:data:`OVER_BED_DB` over it, the margin
:meth:`.activity.Envelope.threshold` keeps too).

The background is measured per octave on both sides of the line: in the pause before its start (a
room's tail is caused by the voice, so it is not there) and in the pause after its end, whichever is
louder -- a murmur swells and sinks by 5-10 dB within a second, and taking the louder side keeps a
swell after the line from passing for the line's own sound.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP

#: Bands (Hz) in which a sound is followed: octaves from 500 Hz up (below 500 Hz, one band), roughly
#: the width over which one sound masks another.  On 8 kHz audio the top band holds only its noise
#: and is never the one a last sound stands out in.
OCTAVES = ((100.0, 500.0), (500.0, 1000.0), (1000.0, 2000.0), (2000.0, 4000.0), (4000.0, 7000.0))
#: The stretch before an end whose level is "the level the last sound has" (s).
LAST = 0.05
#: A sound that goes on within this many dB of that level holds it; a room's direct sound stopping
#: drops the level by more at once (its direct-to-reverberant ratio).
HOLD_DB = 8.0
#: Sound counts as over the background in its octave from this many dB over it.
OVER_BED_DB = 6.0
#: A last sound that held its level this long (s) is the word's, and is followed down to the background.
#: A large room's tail (RT60 0.8 s: 0.75 dB per 10 ms, after a 4-5 dB drop when the direct sound stops)
#: stays within HOLD_DB for about 50 ms ("bridge" on rd3_fest_reverb_large went 0.17 s late at 50 ms).
HELD_MIN = 0.06
#: Dips shorter than this many frames are bridged (a pitch period's unevenness, a flutter of the bed).
BRIDGE_FRAMES = 3
#: The background before the line: this much (s) of the pause before its start, short of the start by
#: BED_GAP, after the previous line's end by BED_GAP.
BED_BEFORE = 0.5
BED_GAP = 0.05
#: The background after the line: the median level from 0.1 s after the end to 0.8 s after it (or to the
#: next line): mostly the pause's own level even when the end is 0.3 s early.  (A low percentile, under
#: the last sound not yet reached, let a bed that is louder after the line than before it -- a joined
#: recording, a swelling murmur -- pass for sound: an end went 0.16 s into the pause on rd_fest_joined.)
BED_AFTER = (0.1, 0.8)
#: Fewest frames a background level is taken from.
BED_MIN_FRAMES = 5

_SAMPLES = 160  # per 10 ms frame at 16 kHz


def octave_levels(audio: Audio, t0: float, t1: float) -> tuple[int, np.ndarray]:
    """(first frame, levels): each octave's level (dB) in the 10 ms frames from ``t0`` to ``t1``.

    Frame ``first + i`` covers the same samples as :class:`.activity.Envelope`'s frame of that number; its
    level in a band is the power of that band's bins in a 20 ms Hann window centred on the frame.  A short
    window, not a band-pass filter over the stretch: a brick-wall filter rings for hundreds of ms after a
    loud vowel (the 100-500 Hz band of clean espeak-ng speech read 12 dB over the silence 100 ms after the
    voice had stopped, and ends were followed 140-170 ms into the pause).
    """
    f0, f1 = int(t0 / HOP), int(np.ceil(t1 / HOP))
    first, last = max(0, f0), min(len(audio.samples) // _SAMPLES, f1)
    if last <= first:
        return f0, np.zeros((len(OCTAVES), 0))
    n = 2 * _SAMPLES
    starts = np.arange(first, last) * _SAMPLES - _SAMPLES // 2  # window centred on the frame's centre
    # only the samples these windows cover: the whole recording as floats, per line end, is 230 MB an hour
    a, b = max(0, int(starts[0])), min(len(audio.samples), int(starts[-1]) + n)
    x = audio.samples[a:b].astype(np.float32) / 32768.0
    idx = np.clip(starts[:, None] + np.arange(n)[None, :], 0, len(audio.samples) - 1) - a
    frames = x[idx]
    frames = frames - frames.mean(axis=1, keepdims=True)
    window = np.hanning(n).astype(np.float32)
    power = np.abs(np.fft.rfft(frames * window, axis=1)) ** 2 / (np.sum(window ** 2) * n / 2)
    freqs = np.fft.rfftfreq(n, 1.0 / audio.sample_rate)
    levels = np.empty((len(OCTAVES), last - first))
    for i, (lo, hi) in enumerate(OCTAVES):
        levels[i] = 10.0 * np.log10(power[:, (freqs >= lo) & (freqs < hi)].sum(axis=1) / n + 1e-10)
    return first, levels


def end_of_last_sound(audio: Audio, start: float, end: float, before: float, after: float,
                      reach: float) -> float:
    """Where the last sound of a line spanning [start, end] stops: ``end``, or later, up to ``end + reach``.

    ``before``: the end of what comes before the line (the previous line, or where the stretch begins);
    ``after``: the start of what comes after it -- the end never reaches it.  See the module docstring.
    """
    lo = max(before + BED_GAP, start - BED_BEFORE)
    t0, t1 = min(lo, end - LAST), min(max(after, end), end + BED_AFTER[1])
    first, levels = octave_levels(audio, t0, t1)
    if not levels.shape[1]:
        return end

    def frames(a: float, b: float) -> slice:
        return slice(max(0, int(round(a / HOP)) - first), max(0, min(levels.shape[1], int(round(b / HOP)) - first)))

    pause_after = frames(end + BED_AFTER[0], min(after - BED_GAP, end + BED_AFTER[1]))
    bed = _background(levels, frames(lo, start - BED_GAP), pause_after)
    if bed is None:
        return end
    last = frames(end - LAST, end)
    if last.stop - last.start < 2:
        return end
    over = levels[:, last].mean(axis=1) - bed
    band = int(np.argmax(over))  # the octave the last sound stands out in
    level = np.convolve(levels[band], np.ones(3) / 3, mode="same")
    held = float(levels[band, last].mean())
    e, stop = frames(end, end).start, frames(end, min(after - HOP, end + reach)).stop
    ok = _follow(level, e, stop, max(held - HOLD_DB, bed[band] + OVER_BED_DB))
    if (ok - e) * HOP >= HELD_MIN - 1e-9:
        ok = _follow(level, ok, stop, bed[band] + OVER_BED_DB)
    return max(end, (first + ok) * HOP)


def _background(levels: np.ndarray, before: slice, after: slice) -> Optional[np.ndarray]:
    """Per octave, the background's level: the louder of the pause before the line and the pause after it
    (each its median); None when neither pause is long enough to measure."""
    sides = [np.median(levels[:, side], axis=1) for side in (before, after)
             if side.stop - side.start >= BED_MIN_FRAMES]
    return np.max(sides, axis=0) if sides else None


def _follow(level: np.ndarray, e: int, stop: int, floor: float) -> int:
    """The frame after the last one from ``e`` on (before ``stop``) whose level stays at or over ``floor``,
    bridging dips of up to BRIDGE_FRAMES frames; ``e`` when the first frames are under it."""
    ok, j = e, e
    while j < min(stop, len(level)):
        if level[j] >= floor:
            ok = j + 1
        elif j - ok >= BRIDGE_FRAMES:
            break
        j += 1
    return ok
