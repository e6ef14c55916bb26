"""A low rumble that comes and goes -- thunder, a lorry or an aircraft passing, wind rolling past -- taken out of
what the aligner hears, where it rumbles.

Why this exists (issue 7, the twenty-fourth aside set's thunder): a rumble under 300 Hz, rolling in swells a few dB
under the speech for 5-9 s, lies under lines and pauses alike.  Every stage read it as sound: the envelope and the
phone pass's edge rules (broadband levels) saw a pause as loud as a line's quiet last syllable, so ends went both
ways (+306, -171, -539 ms on the real prompts, +205 ms on a festival line); Whisper's first listen of a slow
festival line lost "For now, the young engineer" and the line started 1.47 s late.  A voice's edges -- its onsets,
its formants, a fading last syllable's -- lie above the rumble: a telephone passes nothing under 300 Hz (ITU-T
G.712), and every stage places voices heard through one.  So where a rumble plays, the recording is heard through a
telephone's low edge (:data:`PASS_FROM`), and nowhere else: the voice's own lows (a dark /l/, a nasal's murmur) are
evidence of its edges wherever nothing masks them.

What tells a rumble (:func:`rumble_spans`): it fills every frame of a window, so even the window's quietest lows
(under 250 Hz) stand far over the talk's own quietest lows -- it rose, and will fall: a steady hum or a steady traffic
bed is part of the talk's floor, which every rule already reads, and is left as it is -- and far over the window's
quietest voice band (300-3400 Hz), where a voice's own lows, falling away in its pauses and voiceless sounds, leave
the quiet lows no louder than the room's noise, pink or a murmur, which has the two bands within a few dB; and it
holds for seconds, where a small room's modes ring on a voice's syllables (:data:`HOLDS`).  A talk with no
rumble is returned as it came (the same object: nothing downstream can move).
"""

from __future__ import annotations

import logging

import numpy as np

from ..audio import Audio
from .activity import true_runs

log = logging.getLogger(__name__)

#: Analysis frames (samples at 16 kHz: 64 ms, hop 32 ms): 15.6 Hz bins resolve the rumble's band from the voice's.
FRAME, HOP = 1024, 512
#: The rumble's band and the voice's (Hz): under a low male fundamental's second harmonic, and a telephone's band.
LOW_BAND = (40.0, 250.0)
VOICE_BAND = (300.0, 3400.0)
#: Windows (s) the rumble is read in, and the share of each window's frames, its quietest under LOW_BAND, read: a
#: rumble fills a window's every frame, a voice's lows fall away in its pauses and voiceless sounds (which 3 s of
#: speech always holds; 2 s of a continuous voiced phrase sometimes did not).
WINDOW = 3.0
QUIETEST_LOWS = 10.0
#: A rumble: the window's quietest lows (the QUIETEST_LOWS-th percentile of its frames under LOW_BAND) stand this far
#: (dB) over its quietest voice band (the same percentile in VOICE_BAND), and this far over the talk's quietest lows
#: (the 10th percentile of all its frames).  Measured on 3 s windows of the dev and seen talks
#: (``bx_*``, ``rd67_*``, ``rx_*``, ``tx_*``, ``jx_*``, ``cx_*``, ``dx_*``, ``fx_*``, ``rd65_*``, ``rd66_*``,
#: ``rd176_*``): thunder, lorries passing, wind 23-44 dB over the voice band at their loudest; a road drill, a
#: MiniDisc, a de-esser, an FM chain, a booth 14 dB or less; a small room's booming modes on a real voice's syllables
#: 19 dB, but briefly (:data:`HOLDS`); a field recorder's wind-and-handling track (a rumble too, 3-6 dB under the
#: speech: ``dx_*_tracks``) 9-11 dB, left as it is.
LOW_OVER_VOICE = 18.0
LOW_RISE = 12.0
#: ... for windows whose centres run on for at least this long (s): thunder, a lorry, wind held the bars for 1.4 s and
#: more of window centres; a small room's booming modes, ringing on a real voice's syllables (``tx_real_modes_dashes``,
#: 19 dB over the voice band), for 0.7 s.
HOLDS = 1.0
#: ... and its swell coming and going, in the windows running on from such a window: half as far over each (a Schmitt
#: trigger's two bars: a flank only widens a rumble found at the first bar, never starts one of its own).
FLANK_OVER_VOICE = LOW_OVER_VOICE / 2
FLANK_RISE = LOW_RISE / 2
#: A rumble lasts: spans no longer than a window and a half (s) are a bump, not a rumble; spans closer than GAP are
#: one.
SHORTEST = 3.5
GAP = 2.0
#: What is passed where a rumble plays: nothing under 200 Hz, everything over 300 Hz (a telephone's low edge), a
#: raised-cosine slope between; blended in and out over RAMP (s) beyond the span, padded by PAD.  150-250 Hz was tried
#: on the thunder talks: with the rumble's upper part left in, the festival line's start went back to +1468 ms
#: (benchmarks/README.md, j176).
PASS_FROM = (200.0, 300.0)
RAMP = 0.25
PAD = 0.5


def _band_levels(x: np.ndarray, rate: int) -> tuple[np.ndarray, np.ndarray]:
    """(low band dB, voice band dB) per FRAME, HOP apart, read block by block (an hour stays small)."""
    window = np.hanning(FRAME)
    freqs = np.fft.rfftfreq(FRAME, 1.0 / rate)
    low = (freqs >= LOW_BAND[0]) & (freqs < LOW_BAND[1])
    voice = (freqs >= VOICE_BAND[0]) & (freqs < VOICE_BAND[1])
    n = max(0, (len(x) - FRAME) // HOP + 1)
    lows, voices = np.empty(n), np.empty(n)
    block = 4096
    for a in range(0, n, block):
        b = min(n, a + block)
        frames = np.lib.stride_tricks.sliding_window_view(x[a * HOP:(b - 1) * HOP + FRAME], FRAME)[::HOP]
        power = np.abs(np.fft.rfft(frames * window, axis=1)) ** 2
        lows[a:b] = 10.0 * np.log10(power[:, low].sum(axis=1) + 1e-3)
        voices[a:b] = 10.0 * np.log10(power[:, voice].sum(axis=1) + 1e-3)
    return lows, voices


def _window_reads(lows: np.ndarray, voices: np.ndarray, rate: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(window centres in frames, how far each window's quietest lows stand over the talk's, how far they stand over
    the voice band there, half a window in frames)."""
    quiet_lows = np.percentile(lows, 10)
    half = max(1, int(round(WINDOW * rate / HOP)) // 2)
    centres = np.arange(0, len(lows), max(1, half // 4))
    rise, over = np.empty(len(centres)), np.empty(len(centres))
    for j, i in enumerate(centres):
        low, voice = lows[max(0, i - half):i + half], voices[max(0, i - half):i + half]
        floor = np.percentile(low, QUIETEST_LOWS)
        rise[j], over[j] = floor - quiet_lows, floor - np.percentile(voice, QUIETEST_LOWS)
    return centres, rise, over, half


def rumble_spans(audio: Audio) -> list[tuple[float, float]]:
    """[(start, end)] in seconds where a low rumble plays (see the module's docstring), in time order: runs of
    windows that read as one, each widened over the windows beside it that read as its swell coming or going (at
    the FLANK bars)."""
    rate = audio.sample_rate
    lows, voices = _band_levels(audio.samples.astype(np.float64), rate)
    if not len(lows):
        return []
    centres, rise, over, half = _window_reads(lows, voices, rate)
    core = (rise >= LOW_RISE) & (over >= LOW_OVER_VOICE)
    step = (centres[1] - centres[0]) * HOP / rate if len(centres) > 1 else WINDOW
    for a, b in true_runs(core):  # a rumble holds: a voice's own lows ringing in a small room follow its syllables
        if (b - a - 1) * step < HOLDS:
            core[a:b] = False
    flank = (rise >= FLANK_RISE) & (over >= FLANK_OVER_VOICE)
    taken = core.copy()
    for j in np.flatnonzero(core):
        for step in (-1, 1):
            k = j + step
            while 0 <= k < len(centres) and flank[k] and not taken[k]:
                taken[k] = True
                k += step
    found: list[list[float]] = []
    for j in np.flatnonzero(taken):
        t0 = max(0, centres[j] - half) * HOP / rate
        t1 = (min(len(lows), centres[j] + half) - 1) * HOP / rate + FRAME / rate
        if found and t0 - found[-1][1] <= GAP:
            found[-1][1] = max(found[-1][1], t1)
        else:
            found.append([t0, t1])
    return [(round(float(a), 3), round(float(min(b, audio.duration)), 3)) for a, b in found if b - a >= SHORTEST]


def _passed_high(x: np.ndarray, rate: int) -> np.ndarray:
    """``x`` with what lies under PASS_FROM taken out (zero phase: no edge moves), its ends mirrored against the
    circular wrap."""
    pad = min(len(x) - 1, int(PAD * rate))
    padded = np.concatenate([x[pad:0:-1], x, x[-2:-pad - 2:-1]]) if pad > 0 else x
    freqs = np.fft.rfftfreq(len(padded), 1.0 / rate)
    lo, hi = PASS_FROM
    gain = 0.5 - 0.5 * np.cos(np.pi * np.clip((freqs - lo) / (hi - lo), 0.0, 1.0))
    y = np.fft.irfft(np.fft.rfft(padded) * gain, len(padded))
    return y[pad:pad + len(x)]


def without_low_rumble(audio: Audio) -> Audio:
    """``audio`` heard through a telephone's low edge where a low rumble plays (:func:`rumble_spans`); ``audio``
    itself when none does."""
    spans = rumble_spans(audio)
    if not spans:
        return audio
    rate = audio.sample_rate
    x = audio.samples.astype(np.float64)
    out = x.copy()
    ramp = int(RAMP * rate)
    for t0, t1 in spans:
        a, b = audio.index(t0 - PAD - RAMP), audio.index(t1 + PAD + RAMP)
        if b - a < 2:
            continue
        high = _passed_high(x[a:b], rate)
        weight = np.ones(b - a)
        rise = np.arange(ramp) / max(1, ramp)
        head, tail = min(ramp, (b - a) // 2), min(ramp, (b - a) // 2)
        weight[:head] = 0.5 - 0.5 * np.cos(np.pi * rise[:head])
        weight[len(weight) - tail:] = (0.5 - 0.5 * np.cos(np.pi * rise[:tail]))[::-1]
        out[a:b] = x[a:b] + weight * (high - x[a:b])
    log.info("a low rumble (thunder, traffic passing?) heard through a telephone's low edge over %.0f s in %d spans",
             sum(b - a for a, b in spans), len(spans))
    samples = np.clip(np.round(out), -32768, 32767).astype(np.int16)
    return Audio(audio.path, samples, audio.sample_rate, audio.warnings,
                 tuple((max(0.0, t0 - PAD), t1 + PAD) for t0, t1 in spans))
