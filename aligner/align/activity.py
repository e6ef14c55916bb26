"""Where there is sound: a 10 ms energy envelope of the whole recording.

Whisper's word times are attention-based and blur across pauses; pocketsphinx
is precise but only for English.  The envelope is the language-independent
fallback that puts segment boundaries on the first and last sound, and the
cheap evidence for "is anybody speaking here at all" when text and speech
disagree.
"""

from __future__ import annotations

from typing import Callable, Optional

import numpy as np

from ..audio import Audio

HOP = 0.01  #: seconds per frame
#: A dip in a word no longer than this (s) is a stop's closure, not where its sound stops (as the phone pass's
#: ``boundaries.CLOSURE_MAX``, ``phone_edges.STOP_CLOSURE_MAX``).
CLOSURE = 0.2
#: ... when the sound after it comes back to within this (dB) of its level before it.
CAME_BACK_DB = 10.0
#: A fall this far (dB) under the level before it is a closure's dip even where a background holds it over the
#: line's threshold (:meth:`Envelope._comes_back`).
CLOSURE_DEPTH_DB = 15.0
_HOP_SAMPLES = 160
_BLOCK_FRAMES = 60_000  # 10 minutes per block keeps the float copy small
#: A line's voice is spoken at this percentile of its 10 ms frames' levels (:meth:`Envelope.voice_level`).
VOICE_PERCENTILE = 90


class Envelope:
    """Frame energy in dB (10 ms frames) with a locally estimated noise floor."""

    def __init__(self, audio: Audio):
        x = audio.samples
        n = len(x) // _HOP_SAMPLES
        db = np.empty(n, dtype=np.float32)
        for a in range(0, n, _BLOCK_FRAMES):
            b = min(n, a + _BLOCK_FRAMES)
            block = x[a * _HOP_SAMPLES:b * _HOP_SAMPLES].astype(np.float32).reshape(b - a, _HOP_SAMPLES)
            block -= block.mean(axis=1, keepdims=True)  # drop DC offset so it cannot pass for sound
            power = np.mean(block * block, axis=1) / (32768.0 ** 2)
            db[a:b] = 10.0 * np.log10(power + 1e-10)
        self.db = db
        self.duration = audio.duration

    def __len__(self) -> int:
        return len(self.db)

    def frame(self, t: float) -> int:
        return int(min(max(round(t / HOP), 0), len(self.db)))

    def floor(self, t0: float, t1: float) -> float:
        """Noise floor near [t0, t1]: a low percentile of the energy in a window around it."""
        a, b = self.frame(t0 - 5.0), self.frame(t1 + 5.0)
        seg = self.db[a:b]
        # pauses fill well over 15% of any stretch of talk; the 15th percentile is a level
        # the background actually sits at, not a rare dip below it
        return float(np.percentile(seg, 15)) if len(seg) else -100.0

    def peak(self, t0: float, t1: float) -> float:
        a, b = self.frame(t0 - 5.0), self.frame(t1 + 5.0)
        seg = self.db[a:b]
        return float(np.percentile(seg, 95)) if len(seg) else -100.0

    def voice_level(self, t0: float, t1: float) -> float:
        """The level (dB) a line spanning [t0, t1] is spoken at: the VOICE_PERCENTILE-th percentile of its frames
        (a line's pauses and quiet consonants fill its lower frames; its loudest tenth is its vowels).  -100.0 for
        a span shorter than a frame."""
        levels = self.db[self.frame(t0):self.frame(t1)]
        return float(np.percentile(levels, VOICE_PERCENTILE)) if len(levels) else -100.0

    def power(self, t0: float, t1: float) -> float:
        """The mean power (dB, :func:`power_db`) of the frames in [t0, t1]; ``nan`` for a span shorter than a frame."""
        frames = self.db[self.frame(t0):self.frame(t1)]
        return float(power_db(frames)) if len(frames) else float("nan")

    def threshold(self, t0: float, t1: float, frac: float = 0.2) -> float:
        """Energy that counts as sound here: ``frac`` of the way from the floor to speech level."""
        lo, hi = self.floor(t0, t1), self.peak(t0, t1)
        return lo + max(6.0, (hi - lo) * frac)  # never closer than 6 dB to the background

    def voiced_runs(self, t0: float, t1: float, thr: Optional[float] = None,
                    bridge: float = 0.15, min_len: float = 0.04) -> list[tuple[float, float]]:
        """Stretches of sound in [t0, t1], bridging dips shorter than ``bridge`` (stops, short pauses)."""
        a, b = self.frame(t0), self.frame(t1)
        if b <= a:
            return []
        thr = self.threshold(t0, t1) if thr is None else thr
        return bridged_runs(self.db[a:b] > thr, a, bridge, min_len)

    def quietest(self, t0: float, t1: float, width: float = 0.1) -> tuple[float, float]:
        """(time, dB) of the middle of the quietest ``width``-long stretch in [t0, t1]."""
        a, b = self.frame(t0), self.frame(t1)
        n = max(1, int(round(width / HOP)))
        if b - a < n:
            mid = (t0 + t1) / 2
            return mid, float(self.db[min(self.frame(mid), len(self.db) - 1)]) if len(self.db) else -100.0
        smooth = np.convolve(self.db[a:b], np.ones(n) / n, mode="valid")
        k = int(np.argmin(smooth))
        return float((a + k + n / 2) * HOP), float(smooth[k])

    def snap_start(self, t: float, before: float = 0.25, after: float = 0.2,
                   lo: float = 0.0, thr: Optional[float] = None) -> float:
        """Move a start to the onset of sound near ``t``: the strongest rise in energy close by.

        An onset is where the next 50 ms are louder than the previous 50 ms and
        count as sound; among candidates, the one with the biggest rise wins,
        with a small pull towards ``t``.  A steady hum or a DC offset has no
        rise, so it never passes for the start of speech.
        """
        return self._edge(t, before, after, lo, self.duration, thr, rising=True)

    def snap_end(self, t: float, before: float = 0.2, after: float = 0.25,
                 hi: Optional[float] = None, thr: Optional[float] = None,
                 voiced_sound: Optional[Callable[[float, float], bool]] = None) -> float:
        """Move an end to where sound stops near ``t`` (mirror of :meth:`snap_start`).

        ``voiced_sound(a, b)``: whether the sound from ``a`` to ``b`` that comes back after a dip is voiced
        (:func:`.voice_edges.voiced`); a fall whose sound comes back within a closure is no end only when it is
        (:meth:`_comes_back`).  None: any sound coming back counts."""
        return self._edge(t, before, after, 0.0, self.duration if hi is None else hi, thr, rising=False,
                          voiced_sound=voiced_sound)

    def _comes_back(self, f: int, level: float, thr: float, stop: int, w: int = 5,
                    voiced_sound: Optional[Callable[[float, float], bool]] = None) -> bool:
        """Whether the sound that falls at frame ``f`` from ``level`` (dB, its mean over the frames before) comes back
        within :data:`CLOSURE` of it, before frame ``stop``: after a dip under ``thr``, a frame over it from which,
        within ``w`` frames, it stands within :data:`CAME_BACK_DB` of ``level``.  Sound that never dips under the
        threshold after the fall is another sound's, not a closure: an espresso pump as loud as the voice
        (``ix_sv_espeak_espresso``: "betalt." was held +683 ms into it when any sound coming back counted).  A dip
        :data:`CLOSURE_DEPTH_DB` under ``level`` is one too where a background holds it over the threshold: an
        accordion busker 18 dB under a real French "... être rappelé" held the /p/'s closure 6 dB over the line's
        threshold, and the line the phone pass had refused ended in it, 0.53 s early (``ly_fr_real_accordion_bwf``).  A
        stop's closure before a last syllable ("trai|té", a real 8 kHz French prompt: 0.17 s under the line's
        threshold, 40 dB deep) falls as far as the line's end does, and nearer Whisper's end of the word, which runs
        on into the pause: the end was put in the closure, the last syllable (0.36 s) left out.

        What comes back after the closure is that syllable, voiced (``voiced_sound``, judged over the sound's run over
        the threshold; a return that is not voiced is looked past, to the next within the closure): a two-way radio's
        squelch tail -- a burst of noise as loud as the voice, 0.1-0.2 s after a line's end -- and a 30 ms flicker of
        a fading nasal before it came back as loud, and "... morning."'s end went back 0.14 s from its fade onto the
        dip before "-ing" (``tx_espeak_horn_ptt``: -97 -> -237 ms).  "té" reads voiced (median periodicity 0.75), a
        megaphone's voice 0.4, the squelch's noise 0.16."""
        # a closure is a dip under the threshold, or :data:`CLOSURE_DEPTH_DB` under the level: sound that stays near
        # the voice's level (a machine's) is no closure, but a background held over the threshold in the dip is no
        # reason to take the closure for the end
        dipped = False
        for g in range(f + 1, min(f + int(round(CLOSURE / HOP)), stop - 1) + 1):
            dipped = dipped or self.db[g] < max(thr, level - CLOSURE_DEPTH_DB)
            if dipped and self.db[g] >= thr and float(self.db[g:min(g + w, stop)].max()) >= level - CAME_BACK_DB \
                    and (voiced_sound is None or voiced_sound(g * HOP, self._run_end(g, thr, stop) * HOP)):
                return True
        return False

    def _run_end(self, g: int, thr: float, stop: int) -> int:
        """The frame after the run of frames over ``thr`` that starts at frame ``g`` (no further than ``stop``)."""
        under = np.flatnonzero(self.db[g:stop] < thr)
        return g + int(under[0]) if len(under) else stop

    def _edge(self, t: float, before: float, after: float, lo: float, hi: float,
              thr: Optional[float], rising: bool,
              voiced_sound: Optional[Callable[[float, float], bool]] = None) -> float:
        w = 5  # frames on each side of a candidate edge (50 ms)
        a = self.frame(max(t - before, lo))
        b = self.frame(min(t + after, hi))
        if b - a < 2:
            return t
        thr = self.threshold(t - 1.0, t + 1.0) if thr is None else thr
        pad_a, pad_b = max(0, a - w), min(len(self.db), b + w)
        x = self.db[pad_a:pad_b].astype(np.float64)
        c = np.concatenate([[0.0], np.cumsum(x)])
        best, best_t = None, t
        for f in range(a, b + 1):
            i = f - pad_a
            n_before, n_after = min(w, i), min(w, len(x) - i)
            if n_before < 2 or n_after < 2:
                continue
            mean_before = (c[i] - c[i - n_before]) / n_before
            mean_after = (c[i + n_after] - c[i]) / n_after
            rise = mean_after - mean_before if rising else mean_before - mean_after
            loud = mean_after if rising else mean_before
            if rise < 6.0 or loud < thr:
                continue
            if not rising and self._comes_back(f, mean_before, thr, min(len(self.db), self.frame(hi)),
                                               voiced_sound=voiced_sound):
                continue  # a stop's closure inside the last word, its last syllable after it
            score = rise - 15.0 * abs(f * HOP - t)
            if best is None or score > best:
                best, best_t = score, f * HOP
        return float(min(max(best_t, lo), hi))


def bridged_runs(on: np.ndarray, first: int, bridge: float, min_len: float) -> list[tuple[float, float]]:
    """The stretches (s) where ``on`` (per frame, from frame ``first``) holds, bridging dips no longer than ``bridge``
    s, kept when at least ``min_len`` s long (:meth:`Envelope.voiced_runs` on any reading of sound)."""
    runs: list[list[int]] = []
    for i in np.flatnonzero(on):
        if runs and i - runs[-1][1] <= bridge / HOP:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return [(float((first + x) * HOP), float((first + y) * HOP)) for x, y in runs if (y - x) * HOP >= min_len]


def true_runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """The runs of consecutive True values in ``mask``, as (first index, index after the last)."""
    if not len(mask):
        return []
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2])]


def power_db(db: np.ndarray) -> np.ndarray:
    """The mean power (dB) of frames along the last axis: a loud moment counts as loud, not as an average of
    dB.  ``nan`` where there are no frames."""
    if db.shape[-1] == 0:
        return np.full(db.shape[:-1], np.nan)
    return 10.0 * np.log10(np.mean(10.0 ** (db.astype(np.float64) / 10.0), axis=-1))


def power_smoothed(db: np.ndarray, frames: int) -> np.ndarray:
    """Frame levels (dB) as power means over ``frames`` frames centred on each (one frame of a fricative or a
    click is no onset)."""
    p = 10.0 ** (db.astype(np.float64) / 10.0)
    return 10.0 * np.log10(np.convolve(p, np.ones(frames) / frames, mode="same") + 1e-12)
