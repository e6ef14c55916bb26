"""How the sound after a line's end goes on: the one measurement behind three rules about ends.

Three rules ask the same question about the end found so far: is the sound that follows it the line's own
last sound, which *holds* its level (the end is early: move it, or doubt it), or a room's tail, a breath or
a background, which *falls* at once or was there before the line (the end is right)?

* :mod:`.last_sound` follows a phone-aligned line's last sound, in the octave it stands out in, while it
  holds its level and then down to the background (every language);
* :mod:`.faded_tails` follows a faded last syllable over a noisy, dry line down to the pause's noise
  (outside English, whole band and octave by octave);
* :func:`.review_evidence.sound_holds_after` sends an end to review when the sound right after it does not
  fall away (whole band).

They differ in what they decide, not in what they measure, so the measuring is here, once:

* :class:`BandLevels` -- the level (dB) per 10 ms frame in one or more bands: the whole band (the
  :class:`.activity.Envelope`'s frames, :func:`whole_band`) or octave by octave (:func:`octave_levels`:
  masking works octave by octave, so a nasal 15 dB under a hiss overall can stand 15 dB over it in its own
  octave);
* :func:`last_and_after` -- the line's last level (its last :data:`LAST` s) and the level a moment later,
  per band: how far the sound falls at once when the voice stops (a room's direct sound stopping drops it
  by the direct-to-reverberant ratio; a voice cut early goes on at its level);
* :func:`background_beside` -- the background per band from the pauses on both sides of the line (a room's
  tail is caused by the voice, so the pause before the line is free of it);
* :func:`pause_noise` -- the noise of the pause after a line, from its quieter half;
* :func:`runs_on` -- how long the sound after the end stays over a floor, bridging the dips of a stop's
  closure or a pitch period;
* :func:`room_tail_from` -- where the sound after the end falls as a room's tail does (a straight line in
  dB at a room's decay rate, down to the background).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from ..document import Segment
from .activity import HOP, Envelope, power_db

#: Bands (Hz) in which a sound is followed: octaves from 500 Hz up (below 500 Hz, one band), roughly
#: the width over which one sound masks another.  On 8 kHz audio the top band holds only its noise
#: and is never the one a last sound stands out in.
OCTAVES = ((100.0, 500.0), (500.0, 1000.0), (1000.0, 2000.0), (2000.0, 4000.0), (4000.0, 7000.0))
#: The stretch before an end whose level is "the level the last sound has" (s).
LAST = 0.05
#: Dips of up to this many frames are bridged when following a sound (a pitch period's unevenness, a flutter
#: of a bed, a stop's closure before its release).
BRIDGE_FRAMES = 3
#: Fewest frames a background level is taken from.
BED_MIN_FRAMES = 5
#: A room's tail falls at the room's decay rate, 60 dB per RT60: in dB per 10 ms frame, between these for the
#: rooms whose tail outlasts the voice's last sound (RT60 0.5-2.4 s) ...
ROOM_DECAY = (0.25, 1.2)
#: ... steadily: within this many dB (standard deviation) of a straight line in dB, an exponential decay ...
DECAY_SPREAD = 2.0
#: ... for at least this long (s), down to the background.
DECAY_MIN = 0.15

_SAMPLES = 160  # per 10 ms frame at 16 kHz


@dataclass(frozen=True)
class BandLevels:
    """Levels (dB) of consecutive 10 ms frames, one row per band; column ``i`` is frame ``first + i``
    (the frame numbering of :class:`.activity.Envelope`)."""

    first: int
    db: np.ndarray

    @property
    def frames_held(self) -> int:
        return self.db.shape[1]

    def frames(self, a: float, b: float) -> slice:
        """The columns of the frames from time ``a`` to ``b`` (clipped to what is held)."""
        n = self.frames_held
        return slice(max(0, int(round(a / HOP)) - self.first), max(0, min(n, int(round(b / HOP)) - self.first)))

    def column(self, t: float) -> int:
        """The column of the frame at time ``t`` (may lie outside what is held)."""
        return int(round(t / HOP)) - self.first


def ends_and_next_starts(segments: Sequence[Segment], duration: float) -> list[tuple[float, float]]:
    """Each timed line's end, in time order, with where what follows it begins: the next timed line's start, or
    ``duration`` (the talk's end) after the last -- how the rules that read a whole talk's pauses see them."""
    timed = sorted((s for s in segments if s.timed), key=lambda s: s.start)
    return [(s.end, timed[k + 1].start if k + 1 < len(timed) else duration) for k, s in enumerate(timed)]


def whole_band(env: Envelope) -> BandLevels:
    """The envelope's levels as one band (no copy)."""
    return BandLevels(0, env.db[None, :])


def octave_levels(audio: Audio, t0: float, t1: float) -> BandLevels:
    """Each octave's level (dB) in the 10 ms frames from ``t0`` to ``t1``.

    Frame ``first + i`` covers the same samples as :class:`.activity.Envelope`'s frame of that number; its
    level in a band is the power of that band's bins in a 20 ms Hann window centred on the frame.  A short
    window, not a band-pass filter over the stretch: a brick-wall filter rings for hundreds of ms after a
    loud vowel (the 100-500 Hz band of clean espeak-ng speech read 12 dB over the silence 100 ms after the
    voice had stopped, and ends were followed 140-170 ms into the pause).
    """
    f0, f1 = int(t0 / HOP), int(np.ceil(t1 / HOP))
    first, last = max(0, f0), min(len(audio.samples) // _SAMPLES, f1)
    if last <= first:
        return BandLevels(f0, np.zeros((len(OCTAVES), 0)))
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
    return BandLevels(first, levels)


def last_and_after(levels: BandLevels, end: float, look: tuple[float, float]) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """(the line's last level, the level ``look`` s after ``end``), per band, each the mean power of its frames;
    None when either stretch holds no frame.  Their difference is how far the sound falls at once."""
    last, later = levels.frames(end - LAST, end), levels.frames(end + look[0], end + look[1])
    if last.stop <= last.start or later.stop <= later.start:
        return None
    return power_db(levels.db[:, last]), power_db(levels.db[:, later])


def background_beside(levels: BandLevels, before: slice, after: slice) -> Optional[np.ndarray]:
    """Per band, the background's level beside a line: the louder of the pause before it and the pause after
    it (each its median); None when neither pause is long enough to measure (BED_MIN_FRAMES).

    The louder side, because a murmur swells and sinks by 5-10 dB within a second: the quieter side would
    let a swell after the line pass for the line's own sound.  The pause before the line is free of the
    room's tail (the voice causes it), the one after it of the line's breath in."""
    sides = [np.median(levels.db[:, side], axis=1) for side in (before, after)
             if side.stop - side.start >= BED_MIN_FRAMES]
    return np.max(sides, axis=0) if sides else None


def pause_noise(pause: np.ndarray) -> tuple[float, float]:
    """(level, spread) of a pause's noise in dB: the median of its quieter half, and how far that half's loudest
    tenth stands over it (the quieter half leaves a line's tail and any breath out; a steady hum barely
    spreads, a murmur by several dB)."""
    quiet = np.sort(pause)[: max(1, len(pause) // 2)]
    level = float(np.median(quiet))
    return level, float(np.percentile(quiet, 90)) - level


def runs_on(level: np.ndarray, e: int, stop: int, floor: float, bridge: int = BRIDGE_FRAMES) -> int:
    """The frame after the last one from ``e`` on (before ``stop``) whose level stays at or over ``floor``,
    bridging dips of up to ``bridge`` frames; ``e`` when the first frames are under it."""
    ok, j = e, e
    while j < min(stop, len(level)):
        if level[j] >= floor:
            ok = j + 1
        elif j - ok >= bridge:
            break
        j += 1
    return ok


def room_tail_from(level: np.ndarray, e: int, z: int) -> Optional[int]:
    """The first frame from ``e`` on from which the level falls to frame ``z`` as a room's tail does, or None.

    A room's tail after a voice stops decays exponentially: a straight line in dB, falling at the room's rate
    (:data:`ROOM_DECAY`), smooth (:data:`DECAY_SPREAD`; a diffuse tail sums many reflections), for as long as
    the room takes to fall to the background (a hall of RT60 0.9 s: 20-30 dB in 250-400 ms).  A voice's last
    sound held at its level keeps the unevenness of its pitch and then stops (a cliff, not a line) -- but a
    nasal fading under a bed can fall as the same smooth line in its octave, so this alone does not tell a
    room (j34, fdc35fb; :func:`.last_sound.in_a_hall` asks it of the whole talk).

    ``level``: one band's (smoothed) level per frame; ``z``: where the sound has fallen to the background.
    """
    n = int(round(DECAY_MIN / HOP))
    for j in range(e, z - n + 1):
        # the whole stretch and its first half: a held sound then a tail fits a line poorly only near the bend
        if _falls_as_a_line(level[j:j + n]) and _falls_as_a_line(level[j:j + n // 2 + 1]):
            return j
    return None


def _falls_as_a_line(y: np.ndarray) -> bool:
    x = np.arange(len(y))
    slope, at = np.polyfit(x, y, 1)
    return ROOM_DECAY[0] <= -slope <= ROOM_DECAY[1] and float(np.std(y - (slope * x + at))) <= DECAY_SPREAD
