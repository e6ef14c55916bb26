"""Speech with known timing, made with espeak-ng sentence by sentence.

Tests and benchmarks need talks whose true segment boundaries are known
exactly.  Each sentence is synthesized on its own, trimmed to its first and last
audible sample, and joined with chosen pauses, so the truth is the position of
each piece in the joined file.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

RATE = 16000


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def speak(text: str, voice: str = "en-us", speed: int = 165, pitch: int = 50) -> np.ndarray:
    """One utterance as float32 samples at 16 kHz, trimmed to its audible part."""
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "s.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(wav), text],
                       check=True, capture_output=True)
        with wave.open(str(wav)) as w:
            rate = w.getframerate()
            x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
    if rate != RATE:  # espeak-ng speaks at 22050 Hz; resample linearly (plenty for tests)
        n = int(round(len(x) * RATE / rate))
        x = np.interp(np.linspace(0, len(x) - 1, n), np.arange(len(x)), x).astype(np.float32)
    loud = np.flatnonzero(np.abs(x) > 0.01)
    return x[loud[0]:loud[-1] + 1] if len(loud) else x


@dataclass
class TruthSegment:
    text: str
    start: float
    end: float


def rms(x: np.ndarray) -> float:
    """Root-mean-square level of ``x`` (computed in float64)."""
    return float(np.sqrt(np.mean(x.astype(np.float64) ** 2)))


def gliding_voice(n: int, rng: np.random.Generator, pitch: float = 140.0) -> np.ndarray:
    """``n`` samples of a voiced sound: harmonics of a pitch gliding +-20 Hz, its level rising and falling smoothly
    by syllables (for the edge rules' tests that need a voice, not words)."""
    t = np.arange(n) / RATE
    f0 = pitch + 20.0 * np.sin(2 * np.pi * 1.5 * t)
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    x = sum(np.sin(k * phase) / k for k in range(1, 12))
    x = x * (0.6 + 0.4 * np.abs(np.sin(2 * np.pi * 3.0 * t)))
    return 0.15 * x / np.max(np.abs(x)) + 0.002 * rng.normal(size=n)


def telephone_vowel(seconds: float, f0: float = 130.0) -> np.ndarray:
    """A steady voiced sound: harmonics of ``f0`` up to 3.4 kHz (a telephone's band), falling 6 dB an octave."""
    t = np.arange(int(seconds * RATE)) / RATE
    return sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, int(3400 / f0))).astype(np.float32)


def telephone_fricative(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A voiceless fricative on a telephone's band: noise over 1.5-3.4 kHz, brick-walled."""
    n = int(seconds * RATE)
    spectrum = np.fft.rfft(rng.normal(0, 1, n))
    f = np.fft.rfftfreq(n, 1 / RATE)
    spectrum[(f < 1500) | (f > 3400)] = 0
    return np.fft.irfft(spectrum, n).astype(np.float32)


def at_rms(x: np.ndarray, level: float) -> np.ndarray:
    """``x`` scaled to the root-mean-square ``level``."""
    return x * (level / np.sqrt(np.mean(x ** 2)))


def smooth_band(x: np.ndarray, low: float, high: float) -> np.ndarray:
    """``x`` (at RATE) through a band from ``low`` to ``high`` Hz with smooth (8th-order) edges, zero phase: a
    loudspeaker's, a booth's or a call's band laid on a test voice without moving it in time."""
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    spec *= (1.0 / (1.0 + (f / high) ** 8)) * (1.0 - 1.0 / (1.0 + (f / low) ** 8))
    return np.fft.irfft(spec, len(x))


def lines_over_pink_room(lines: Sequence[str], seed: int, swell: bool = False) -> tuple[np.ndarray, float,
                                                                                         list[tuple[float, float]]]:
    """espeak-ng lines 0.8-1.2 s apart over pink noise 30 dB under the speech (or, with ``swell``, a noise that swells
    and sinks by 8 dB every 1.3 s): (samples, the speech's level, true spans).  The room of the gain-control and
    compressor tests, which then put the talk through their chain."""
    rng = np.random.default_rng(seed)
    parts, spans, pos = [np.zeros(int(0.6 * RATE))], [], int(0.6 * RATE)
    for i, text in enumerate(lines):
        x = speak(text).astype(np.float64)
        spans.append((pos / RATE, (pos + len(x)) / RATE))
        gap = 0.8 + 0.2 * (i % 3)
        parts += [x, np.zeros(int(gap * RATE))]
        pos += len(x) + int(gap * RATE)
    x = np.concatenate(parts)
    level = float(np.sqrt(np.mean(np.concatenate(parts[1::2]) ** 2)))
    spec = np.fft.rfft(rng.normal(size=len(x)))
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    spec[0], spec[1:] = 0, spec[1:] / np.sqrt(f[1:])
    noise = np.fft.irfft(spec, len(x))
    noise *= level * 10 ** (-30 / 20) / np.sqrt(np.mean(noise ** 2))
    if swell:
        noise *= 10 ** (4 * np.sin(2 * np.pi * np.arange(len(x)) / (1.3 * RATE)) / 20)
    return x + noise, level, spans


def synthesize_talk(sentences: Sequence[str], path: str | Path, pauses: Sequence[float] | float = 0.6,
                    lead_in: float = 0.5, tail: float = 0.5, voices: Sequence[str] = ("en-us",),
                    noise: float = 0.0005, seed: int = 0, speed: int = 165) -> list[TruthSegment]:
    """Write a 16 kHz mono WAV of the sentences with pauses between them; return where each one is.

    ``voices`` cycle per sentence (for speaker turns); ``speed`` is espeak-ng's words a minute.  A little
    noise keeps the pauses from being digital silence, as in a real recording.
    """
    rng = np.random.default_rng(seed)
    pauses = [pauses] * max(0, len(sentences) - 1) if isinstance(pauses, (int, float)) else list(pauses)
    parts = [np.zeros(int(lead_in * RATE), np.float32)]
    truth, pos = [], len(parts[0])
    for k, text in enumerate(sentences):
        x = speak(text, voice=voices[k % len(voices)], speed=speed)
        truth.append(TruthSegment(text, pos / RATE, (pos + len(x)) / RATE))
        parts.append(x)
        pos += len(x)
        gap = pauses[k] if k < len(pauses) else tail
        parts.append(np.zeros(int(gap * RATE), np.float32))
        pos += int(gap * RATE)
    audio = np.concatenate(parts)
    audio = audio + rng.normal(0, noise, len(audio)).astype(np.float32)
    write_wav(path, audio)
    return truth


def write_wav(path: str | Path, samples: np.ndarray, rate: int = RATE) -> None:
    pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def telephone_line(path: str | Path, hum_snr_db: float = 16.0, seed: int = 0) -> None:
    """Spoil a WAV in place as a telephone call: 300-3400 Hz band, mu-law grit, mains hum and hiss under it.

    Band and mu-law as a line does it (zero phase, so the truth does not move);
    the hum (50 Hz and its third harmonic over white noise) at ``hum_snr_db``
    below the speech.
    """
    with wave.open(str(path)) as w:
        x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float64) / 32768
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    y = np.fft.irfft(spec * np.clip((f - 250) / 100, 0, 1) * np.clip((3500 - f) / 200, 0, 1), len(x))
    mu = 255.0
    c = np.round(np.sign(y) * np.log1p(mu * np.minimum(np.abs(y), 1)) / np.log1p(mu) * 127) / 127
    y = np.sign(c) * np.expm1(np.abs(c) * np.log1p(mu)) / mu
    t = np.arange(len(y)) / RATE
    rng = np.random.default_rng(seed)
    hum = np.sin(2 * np.pi * 50 * t) + 0.5 * np.sin(2 * np.pi * 150 * t) + rng.normal(0, 0.7, len(y))
    speech = np.sqrt(np.mean(y[np.abs(y) > 0.01] ** 2))
    y = y + hum / np.sqrt(np.mean(hum ** 2)) * speech * 10 ** (-hum_snr_db / 20)
    write_wav(path, y.astype(np.float32))


#: Long, clause-rich sentences for the fast-speech tests (espeak-ng at 265-280 wpm): at 280 wpm Whisper's batched
#: first pass loops on them (test_decoding_loops); at 265 they are heard too little and placed by forcing
#: (test_forced_pauses).
FAST_TALK_SENTENCES = [
    "In the end, the young engineer supported the design of the bridge for the second time.",
    "According to the minutes, the research group described the cost of cleaning the park during the meeting, "
    "but several people still had doubts.",
    "As expected, the board of directors repaired the annual budget last week.",
    "According to the minutes, a group of farmers explained the school lunch menu after a long debate.",
    "The museum staff repaired a list of missing books during the meeting.",
    "The new manager supported a report about air quality before the holidays.",
    "Surprisingly, the city council rejected the schedule for the summer festival without much noise.",
    "As expected, my neighbour reviewed a plan for the harbour after a long debate, while the press waited outside.",
]


def sewing_machine(seconds: float, rate_hz: float, seed: int) -> np.ndarray:
    """``seconds`` of a sewing machine at work in the next room (j234): each stroke a click of the needle bar (a ring
    at 2.2 kHz dying in 4 ms) and, half a stroke later, a knock of the feed dog half as loud (noise at 150-900 Hz
    over 6 ms), over the motor's soft whine, through a wall (under 3 kHz)."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    t = np.arange(int(0.02 * RATE)) / RATE
    click = np.exp(-t / 0.004) * np.sin(2 * np.pi * 2200.0 * t)
    k = int(0.006 * RATE)
    knock = smooth_band(rng.normal(size=k + 256), 150.0, 900.0)[128:128 + k] * np.hanning(k)
    knock *= 0.5 / np.abs(knock).max()
    whine = 0.1 * sum(np.sin(2 * np.pi * h * 12 * rate_hz * np.arange(n) / RATE) * h ** -1.5 for h in range(1, 8))
    y = np.concatenate([whine, np.zeros(RATE)])
    for at in np.arange(0.0, seconds - 0.03, 1.0 / rate_hz):
        i, j = int(at * RATE), int((at + 0.5 / rate_hz) * RATE)
        y[i:i + len(click)] += click
        y[j:j + k] += knock
    return smooth_band(y, 20.0, 3000.0)[:n]
