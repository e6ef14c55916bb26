"""A twenty-first aside set nobody has tuned to (``jx_*``, English), and dev twins made the same way (``rd64_*``).

``az_*`` .. ``cx_*`` have each been run once and looked at.  Allison Smith's telephone prompts are still the only
real English voice with text and truth (benchmarks/README.md lists every source looked for; this round's
``apt-cache search`` found nothing new), so the real talks say the ``nx_*`` pool again, with new seeds, around
conditions no set had.  What is new (checked against the twenty sets' "What is new" tables and "Considered and not
built" lists in benchmarks/README.md and the dev families; gain pumping, a radio compressor alone, atempo up to
x1.45, a half-duplex speakerphone, cross-talk and a simultaneous interpreter were built before and are not here):

* **an FM broadcast chain**: the station's processor (a slow AGC, three bands compressed apart 3:1 with up to
  +10 dB of make-up gain each, so the pauses' room and the sibilants' band come up on their own), pre-emphasis (50 or
  75 us) and the composite clipper on the emphasised signal (1-2 % of samples clipped: sibilants and peaks
  distorted), then a weak signal's hiss (rising with frequency, as FM noise does) and the receiver's de-emphasis
  (:func:`fm_broadcast`);
* **a laptop's echo canceller leaving the far end's residue**: the talk recorded on a video call while the other
  side speaks now and then; its voice comes out of the laptop's small loudspeaker (250-5000 Hz, driven into
  distortion), the canceller removes all but a residue 18-24 dB under the speech, which is heard while the near end
  talks (double talk) and for its 150-300 ms hangover after; while the far end talks alone the canceller's
  non-linear processor mutes the microphone (30 dB) and fills the pause with comfort noise of its own colour
  (:func:`echo_canceller`);
* **a voice through a face mask or a visor**: a surgical mask, a cloth mask or an N95 taking 3-12 dB off above
  1.5-2.5 kHz (zero-phase), or a face shield taking the highs and adding its own reflection 0.25-0.5 ms later (a
  comb) (:func:`face_cover`);
* **a lecture sped up x1.5-x1.6 with a phase vocoder** (the pitch kept): the whole recording, room and all, through
  a 32 ms STFT with no phase locking -- phasiness and smeared onsets, not atempo's splices; the truth is scaled
  exactly (every time divided by the rate: the frames are centred so the map has no offset) (:func:`vocoder_stretch`);
* **an analogue wireless microphone's compander**: 2:1 at the bodypack, the radio link's hiss, 1:2 at the receiver
  (mistracking 1-3 dB, its own release): the hiss is pushed down in the pauses and *breathes* with the voice,
  dying away over 100-180 ms after each line ends (:func:`wireless_compander`);
* containers no case had: **24-bit PCM in a QuickTime MOV** (``.mov``, 48 kHz stereo: a camera's or an editor's
  master) and **MP3 in an AVI** (``.avi``, 128 kb/s at 44.1 kHz stereo: a DivX-era rip, no gapless header, the
  encoder's delay left in) (:data:`CODECS`);
* voices at speeds they never had: flite ``kal`` x1.65 and ``slt`` x1.75, festival ``ked`` x1.7 and ``kal`` x0.6.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech; the processor's, the canceller's and the compander's gains are level
only, the emphasis pair is causal and cancels, the masks are zero-phase and the visor's reflection later and
quieter; the vocoder's truth is scaled; the containers' delays are measured and moved into the truth
(aside9_cases.store_codec's way).

``jx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside21``).

    apt-get install sox espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts \\
        asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside21 --check     # make the jx_* cases; their truth only
"""

from __future__ import annotations

import io
import random
import sys
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside9_cases as a9
import aside10_cases as a10
import aside18_cases as a18
import aside20_cases as a20
import synth_cases as sc
import unseen_cases as uc
from aside_common import english_case, generated_talk, kept_as_decoded, stored_as
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_lines, _band = a18._lines, a18._band


def _envelope(x: np.ndarray, attack: float, release: float, block: int = 16) -> np.ndarray:
    """The level of ``x`` as a level detector follows it: the RMS of each ``block`` of samples (1 ms at 16 kHz)
    followed by a one-pole smoother rising with time constant ``attack`` and falling with ``release`` (s); one value
    a block, causal."""
    m = len(x) // block + 1
    padded = np.zeros(m * block)
    padded[:len(x)] = x
    power = np.sqrt(np.mean(padded.reshape(m, block) ** 2, axis=1))
    up, down = np.exp(-block / (attack * RATE)), np.exp(-block / (release * RATE))
    env = np.empty(m)
    e = 0.0
    for i, p in enumerate(power):
        k = up if p > e else down
        e = k * e + (1 - k) * p
        env[i] = e
    return env


def _per_sample(per_block: np.ndarray, n: int, block: int = 16) -> np.ndarray:
    """Block values held over their block's samples (a gain that changes once a millisecond, causal)."""
    return np.repeat(per_block, block)[:n]


# ------------------------------------------------------------------ an FM broadcast chain
def _low(x: np.ndarray, corner: float) -> np.ndarray:
    """``x`` under ``corner`` Hz (zero-phase, smooth edge); with ``x - _low(x, corner)`` it sums back to ``x``."""
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    return np.fft.irfft(spec / (1.0 + (f / corner) ** 8), len(x))


def _one_pole(x: np.ndarray, a: float, b: float) -> np.ndarray:
    """``z[n] = a z[n-1] + b x[n]`` (0 < a < 1): a first-order causal IIR, as a convolution with its impulse
    response cut where it falls under 1e-16."""
    taps = int(np.ceil(np.log(1e-16) / np.log(a))) + 1
    return np.convolve(x, b * a ** np.arange(taps))[:len(x)]


def fm_broadcast(made: Made, seed: int) -> Made:
    """The talk on an FM station and off a weak signal.  The station's processor: a slow AGC (the whole signal
    brought toward one level, release 2-4 s, at most +6 dB), then three bands (under 250 Hz, 250-2000 Hz, over
    2000 Hz, zero-phase splits that sum back) each compressed 3:1 above a point 10 dB under its own speech level,
    with up to 8-12 dB of make-up gain below it (attack 3 ms, release 120-300 ms: the band rises in every pause);
    pre-emphasis (50 or 75 us, a causal first difference) and a hard clipper on the emphasised signal at its 98-99th
    percentile.  The listener's receiver: a weak signal's hiss (FM noise rises with frequency: white noise
    differentiated) 30-38 dB under the speech after de-emphasis, and de-emphasis (the causal inverse of the
    pre-emphasis).  Gains are level only and the emphasis pair cancels: nothing moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    speech = a4.speech_rms(made)
    lines = _lines(made)
    voiced = np.zeros(n, bool)
    for s in lines:
        voiced[int(s["start"] * RATE):int(s["end"] * RATE)] = True
    # the slow AGC
    agc_release = prng.uniform(2.0, 4.0)
    env = _envelope(x, 0.05, agc_release)
    agc = np.clip(speech / (env + 1e-9), 10 ** (-6 / 20), 10 ** (6 / 20))
    x = x * _per_sample(agc, n)
    # three bands compressed apart
    lo, mid_hi = _low(x, 250.0), x - _low(x, 250.0)
    mid = _low(mid_hi, 2000.0)
    bands = [lo, mid, mid_hi - mid]
    release = prng.uniform(0.12, 0.30)
    makeup = [prng.uniform(8.0, 12.0) for _ in bands]
    y = np.zeros(n)
    for band, up_db in zip(bands, makeup):
        level = sc._rms(band[voiced]) if voiced.any() else sc._rms(band)
        point = level * 10 ** (-10 / 20)
        env = _envelope(band, 0.003, release)
        over = np.maximum(env / (point + 1e-12), 1e-9)
        gain = np.clip(over ** (1 / 3 - 1), None, 10 ** (up_db / 20))
        y += band * _per_sample(gain, n)
    # pre-emphasis and the clipper
    tau = prng.choice((50e-6, 75e-6))
    c = tau * RATE
    emphasised = (1 + c) * y - c * np.concatenate([[0.0], y[:-1]])
    share = prng.uniform(1.0, 2.0)
    limit = float(np.percentile(np.abs(emphasised), 100 - share))
    clipped = np.clip(emphasised, -limit, limit)
    # the receiver: FM hiss (rising with frequency), then de-emphasis
    white = rng.normal(size=n)
    hiss = np.concatenate([[0.0], np.diff(white)])
    heard_hiss = _one_pole(hiss, c / (1 + c), 1 / (1 + c))
    out = _one_pole(clipped, c / (1 + c), 1 / (1 + c))
    out_speech = sc._rms(out[voiced]) if voiced.any() else sc._rms(out)
    hiss_db = prng.uniform(30.0, 38.0)
    out += heard_hiss / (sc._rms(heard_hiss) + 1e-12) * out_speech * 10 ** (-hiss_db / 20)
    note = (f"an FM broadcast chain: the station's AGC (release {agc_release:.1f} s), three bands compressed 3:1 "
            f"(make-up gain {', '.join(f'{m:.0f}' for m in makeup)} dB, release {1000 * release:.0f} ms), "
            f"{1e6 * tau:.0f} us pre-emphasis and a clipper ({share:.1f} % of samples), a weak signal's hiss "
            f"{hiss_db:.0f} dB under the speech, de-emphasis")
    return Made(out.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a laptop's echo canceller
#: What the far end of the call says (espeak-ng): the aside's and the dev twins' lines apart.
FAR_END_LINES = {
    "aside": [
        "Sorry, could you say that again?",
        "Yes, I can hear you now.",
        "Right, that makes sense.",
        "Hang on, my screen just froze.",
        "Can everyone see the slides?",
        "I think you're on mute for a second there.",
        "Okay, go ahead.",
        "That's a good point, actually.",
        "We lost you for a moment.",
        "Should we take questions now or later?",
        "Let me just check my notes.",
        "Great, thanks.",
    ],
    "dev": [
        "Hello, can you hear me?",
        "One moment, the sound dropped.",
        "Yes, that's right.",
        "Could you share your screen?",
        "I'm back, sorry about that.",
        "Go on, please.",
    ],
}
FAR_END_VOICES = {"aside": Voice(E, "en-us+m3", 1.05), "dev": Voice(E, "en-gb+f4", 1.05)}


def _ramped(mask: np.ndarray, ramp: int) -> np.ndarray:
    """A 0/1 mask with ``ramp``-sample linear edges (a gain that glides, not steps)."""
    return np.convolve(mask.astype(np.float64), np.ones(ramp) / ramp, mode="same")


def echo_canceller(made: Made, seed: int, which: str, under_db: float, lines: Optional[list[str]] = None,
                   voice: Optional[Voice] = None) -> Made:
    """The talk recorded through a laptop's echo canceller on a call whose far end speaks now and then
    (``lines``, default :data:`FAR_END_LINES` of ``which``, one every 2-6 s of the far end's silence).  The far end
    comes out of the laptop's loudspeaker (250-5000 Hz, zero-phase, driven into a soft clip) into a small room
    (0.2-0.3 s) and back into the microphone; the canceller takes all but a residue ``under_db`` under the speech.
    Its double-talk detector hears the near end 10-20 ms after each line begins and holds for 150-300 ms after it
    ends: while it does, the residue is heard; while the far end talks alone the non-linear processor mutes the
    microphone 30 dB (5 ms glides) and fills in comfort noise at the pauses' level, white under 4 kHz.  The mute is
    lifted 20 ms before each line begins (a real processor often clips a first syllable -- a half-duplex
    speakerphone did, ``hx_*`` -- but then where the line begins would be a matter of opinion), so the near end's
    voice is never muted and nothing moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    said_lines = lines or FAR_END_LINES[which]
    voice = voice or FAR_END_VOICES[which]
    x = made.samples.astype(np.float64)
    n = len(x)
    speech = a4.speech_rms(made)
    far = np.zeros(n)
    far_on = np.zeros(n, bool)
    at, said = prng.uniform(1.0, 3.0), 0
    while at < n / RATE - 1.0:
        z = sc.say(said_lines[said % len(said_lines)], voice).astype(np.float64)
        i = int(at * RATE)
        m = min(len(z), n - i)
        far[i:i + m] += z[:m]
        far_on[i:i + m] = True
        said += 1
        at += len(z) / RATE + prng.uniform(2.0, 6.0)
    speaker = _band(far, 250.0, 5000.0)
    speaker = np.tanh(2.5 * speaker / (np.max(np.abs(speaker)) + 1e-12))
    echo = sc.convolve(speaker, sc.room_impulse(prng.uniform(0.2, 0.3), rng))[:n]
    level = sc._rms(echo[far_on]) if far_on.any() else 1.0
    residue = echo / (level + 1e-12) * speech * 10 ** (-under_db / 20)
    lag, hang = prng.uniform(0.010, 0.020), prng.uniform(0.15, 0.30)
    near = np.zeros(n, bool)
    through = np.zeros(n, bool)
    for s in _lines(made):
        near[int((s["start"] + lag) * RATE):int((s["end"] + hang) * RATE)] = True
        through[max(0, int((s["start"] - 0.02) * RATE)):int((s["end"] + hang) * RATE)] = True
    ramp = int(0.005 * RATE)
    double = _ramped(near, ramp)  # the residue heard while the detector hears the near end
    muted = _ramped(far_on & ~through, ramp)  # the non-linear processor's mute, never on the near end's voice
    pauses = ~near
    for s in _lines(made):
        pauses[int(s["start"] * RATE):int(s["end"] * RATE)] = False
    floor = sc._rms(x[pauses & ~far_on]) if np.any(pauses & ~far_on) else speech * 10 ** (-40 / 20)
    comfort = sc.lowpass(rng.normal(size=n), 4000.0)
    comfort = comfort / (sc._rms(comfort) + 1e-12) * floor
    y = x * (1 - muted * (1 - 10 ** (-30 / 20))) + residue * double + comfort * muted
    note = (f"a laptop's echo canceller on a call: the far end says {said} lines ({voice.engine} {voice.name} "
            f"x{voice.speed:g}) out of the loudspeaker; its residue {under_db:.0f} dB under the speech while the "
            f"near end talks and {1000 * hang:.0f} ms after (the detector {1000 * lag:.0f} ms late); the microphone "
            f"muted 30 dB and comfort noise while the far end talks alone")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a wireless microphone's compander
def wireless_compander(made: Made, seed: int) -> Made:
    """The talk through an analogue wireless microphone: the bodypack compresses 2:1 (the square root of a level
    detector's reading, attack 2 ms, release 80-120 ms, at most +24 dB on the quietest sound) so the voice fits the
    radio link; the link adds its hiss 22-28 dB under the compressed speech; the receiver expands 1:2 with its own
    detector on what it received (attack 3 ms, release 100-180 ms, its reference 1-3 dB off the bodypack's:
    mistracking).  The hiss is pushed down in the pauses and rides up with the voice -- it *breathes*: it comes with
    each line and dies away over the expander's release after it ends.  Every gain is level only and causal (one
    value a millisecond): the voice is where it was, nothing moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    speech = a4.speech_rms(made)
    tx_release, rx_release = prng.uniform(0.08, 0.12), prng.uniform(0.10, 0.18)
    env = _envelope(x, 0.002, tx_release)
    gain_tx = np.minimum(np.sqrt(speech / np.maximum(env, 1e-12)), 10 ** (24 / 20))
    sent = x * _per_sample(gain_tx, n)
    voiced = np.zeros(n, bool)
    for s in _lines(made):
        voiced[int(s["start"] * RATE):int(s["end"] * RATE)] = True
    link_db = prng.uniform(22.0, 28.0)
    hiss = sc.lowpass(rng.normal(size=n), 7000.0)
    level = sc._rms(sent[voiced]) if voiced.any() else sc._rms(sent)
    received = sent + hiss / (sc._rms(hiss) + 1e-12) * level * 10 ** (-link_db / 20)
    off_db = prng.choice((-1.0, 1.0)) * prng.uniform(1.0, 3.0)
    env_rx = _envelope(received, 0.003, rx_release)
    gain_rx = (env_rx / (level + 1e-12)) * 10 ** (off_db / 20)
    y = received * _per_sample(gain_rx, n)
    note = (f"an analogue wireless microphone's compander: 2:1 at the bodypack (release {1000 * tx_release:.0f} ms), "
            f"the link's hiss {link_db:.0f} dB under, 1:2 at the receiver (release {1000 * rx_release:.0f} ms, "
            f"{off_db:+.1f} dB off): the hiss breathes with the voice")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a face mask or a visor
#: kind -> (what, corner Hz, loss above it dB): measured losses of masks on a talker's voice are of this size.
COVERS = {"surgical": ("a surgical mask", 2000.0, 4.0), "cloth": ("a cloth mask", 1500.0, 7.0),
          "n95": ("an N95 respirator", 2500.0, 11.0), "visor": ("a face shield", 3000.0, 9.0)}


def face_cover(made: Made, seed: int, kind: str) -> Made:
    """The talker's voice through a face covering of :data:`COVERS`: a zero-phase shelf taking the loss above the
    corner (a smooth fourth-order edge); a face shield also reflects part of the voice back off its inside, a copy
    0.25-0.5 ms later and 6-10 dB under (a comb).  The room hears the covered voice: applied before it.  Nothing
    comes earlier than the voice; nothing moves."""
    prng = random.Random(seed)
    what, corner, loss = COVERS[kind]
    x = made.samples.astype(np.float64)
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    shelf = 1.0 / (1.0 + (corner / np.maximum(f, 1.0)) ** 4)
    y = np.fft.irfft(spec * 10 ** (-loss * shelf / 20), len(x))
    extra = ""
    if kind == "visor":
        delay, under = prng.uniform(0.00025, 0.0005), prng.uniform(6.0, 10.0)
        d = int(round(delay * RATE))
        y[d:] += y[:-d] * 10 ** (-under / 20)
        extra = f", its reflection {1000 * d / RATE:.2f} ms later and {under:.1f} dB under"
    note = f"the voice through {what}: {loss:.0f} dB off above {corner / 1000:g} kHz{extra}"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a phase vocoder's speed-up
VOCODER_FRAME = 512  #: the STFT's frame (32 ms at 16 kHz)
VOCODER_HOP = 80  #: its synthesis hop; the analysis hop is the rate times this (a whole number for x1.5, x1.55, x1.6)


def vocoder_stretch(made: Made, rate: float) -> Made:
    """The whole recording played ``rate`` times faster, the pitch kept, by a plain phase vocoder (Hann frames of
    :data:`VOCODER_FRAME`, synthesis hop :data:`VOCODER_HOP`, each bin's phase advanced by its measured frequency,
    no phase locking: the phasiness and the smeared onsets of a quick "speed up" button).  Frame k is centred on
    input sample ``k * rate * hop`` and output sample ``k * hop`` (the input padded by half a frame in front and the
    output's first half frame dropped), so every truth time is divided by ``rate`` exactly."""
    ha = int(round(rate * VOCODER_HOP))
    if abs(ha - rate * VOCODER_HOP) > 1e-9:
        raise ValueError(f"x{rate:g} does not give a whole analysis hop")
    hs, size = VOCODER_HOP, VOCODER_FRAME
    x = made.samples.astype(np.float64)
    n = len(x)
    padded = np.concatenate([np.zeros(size // 2), x, np.zeros(size)])
    count = n // ha + 1
    window = np.hanning(size + 1)[:size]
    starts = np.arange(count) * ha
    frames = np.lib.stride_tricks.sliding_window_view(padded, size)[starts] * window
    spec = np.fft.rfft(frames, axis=1)
    omega = 2 * np.pi * np.arange(size // 2 + 1) / size
    phase = np.angle(spec)
    delta = np.diff(phase, axis=0) - omega * ha
    delta = (delta + np.pi) % (2 * np.pi) - np.pi
    freq = omega + delta / ha
    out_phase = np.vstack([phase[:1], phase[:1] + np.cumsum(freq * hs, axis=0)])
    grains = np.fft.irfft(np.abs(spec) * np.exp(1j * out_phase), size, axis=1) * window
    length = (count - 1) * hs + size
    y = np.zeros(length)
    norm = np.zeros(length)
    for k in range(count):
        y[k * hs:k * hs + size] += grains[k]
        norm[k * hs:k * hs + size] += window ** 2
    y = y / np.maximum(norm, 1e-3 * np.max(norm))
    m = int(np.ceil(n / rate))
    y = y[size // 2:size // 2 + m]

    def scaled(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(d["start"] / rate, 4), end=round(d["end"] / rate, 4))

    note = (f"the whole recording sped up x{rate:g} by a phase vocoder (the pitch kept; {1000 * size // RATE} ms "
            f"frames, no phase locking); truth scaled by 1/{rate:g}")
    return Made(y.astype(np.float32), [scaled(s) for s in made.segments], made.notes + [note],
                [scaled(w) for w in made.words])


# ------------------------------------------------------------------ containers
#: Containers no case had: kind -> (suffix, muxer, codec, sample format, rate, bit rate, frame, what the notes say).
CODECS = {"mov": ("mov", "mov", "pcm_s24le", "s32", 48000, 0, 1024,
                  "24-bit PCM (stereo, 48 kHz) in a QuickTime MOV"),
          "avi": ("avi", "avi", "libmp3lame", "s16p", 44100, 128000, 1152,
                  "MP3 (128 kb/s, stereo, 44.1 kHz) in an AVI")}


def _codec_bytes(made: Made, kind: str) -> bytes:
    """The talk (both channels the same) in one of :data:`CODECS`, written by PyAV with bit-exact muxing (no
    creation time or version string that would change the bytes from one build to the next)."""
    import av

    _suffix, fmt, codec, sample_format, rate, bit_rate, step, _what = CODECS[kind]
    x = a9.sox(made.samples, [], RATE, rate)
    both = np.clip(np.vstack([x, x]), -1.0, 1.0)
    pcm = ((both * 32767).astype(np.int16) if sample_format.startswith("s16")
           else (both * (2 ** 31 - 256)).astype(np.int32))
    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt, options={"fflags": "+bitexact"}) as c:
        s = c.add_stream(codec, rate=rate)
        s.layout = "stereo"
        s.format = sample_format
        if bit_rate:
            s.bit_rate = bit_rate
        for i in range(0, pcm.shape[1], step):
            part = pcm[:, i:i + step]
            arr = (np.ascontiguousarray(part) if sample_format.endswith("p")
                   else np.ascontiguousarray(part.T).reshape(1, -1))
            frame = av.AudioFrame.from_ndarray(arr, format=sample_format, layout="stereo")
            frame.sample_rate = rate
            frame.pts = i
            for p in s.encode(frame):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return buf.getvalue()


def store_codec(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
    """The talk in one of :data:`CODECS`: the file, the samples aligner.audio.decode reads from it, the truth moved
    by the delay measured between the two (:func:`aside_common.stored_as`)."""
    return stored_as(made, CODECS[kind][0], CODECS[kind][-1], _codec_bytes(made, kind))


def decoded_through(made: Made, kind: str) -> Made:
    """A language talk through a container, kept as the samples decoded from it (bench_languages.py reads
    ``audio.wav``)."""
    return kept_as_decoded(store_codec(made, kind)[0])


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TwentyFirstSpoilers(a20.TwentiethSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside20_cases.TwentiethSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside21_languages.LangSpec)."""

    fm: bool = False  #: broadcast on FM and received off a weak signal
    aec: float = 0.0  #: a laptop's echo canceller leaving the far end's residue this many dB under (0: none)
    mask: str = ""  #: the talker's face covering (:data:`COVERS`; "": none)
    stretch: float = 0.0  #: the whole recording sped up this many times by a phase vocoder (0: not)
    wireless: bool = False  #: through an analogue wireless microphone's compander


@dataclass
class Spec(a10.Spec, TwentyFirstSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript, voices, shift, room, seed) with
    this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd64_real_fm_aec_page_mov": Spec(d, "real", "page", real=R(95801, 16, wideband=True, snr_db=q,
                                                                    gap=(0.5, 1.4)),
                                          room=("pink", 36), seed=95811, fm=True, aec=20.0, codec="mov"),
        "rd64_real_cloth_stretch_dashes_avi": Spec(d, "real", "dashes", real=R(95802, 16, wideband=True, snr_db=q,
                                                                               gap=(0.5, 1.5)),
                                                   room=("murmur", 32), seed=95812, mask="cloth", stretch=1.55,
                                                   codec="avi"),
        "rd64_real_visor_wireless_plain": Spec(d, "real", real=R(95803, 16, wideband=False, snr_db=q,
                                                                gap=(0.4, 1.3)),
                                               room=("fan", 36), seed=95813, mask="visor", wireless=True),
        "rd64_flite_fm_surgical_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 1.62), Voice(F, "slt", 1.72)], 95401, 95501, 10, pause=(0.4, 1.2),
                           turn=2)], room=("pink", 42), seed=95814, fm=True, mask="surgical"),
        "rd64_espeak_aec_stretch": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Alex", 1.0)], 95403, 95503, 10, pause=(0.5, 1.4))],
            room=("murmur", 30), seed=95816, aec=19.0, stretch=1.55),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside21)
        "jx_real_fm_page": Spec(a, "real", "page", real=R(95101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                room=("murmur", 30), seed=95201, fm=True),
        "jx_real_aec_plain_mov": Spec(a, "real", real=R(95102, 16, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                      room=("pink", 36), seed=95202, aec=20.0, codec="mov"),
        "jx_real_n95_wireless_dashes": Spec(a, "real", "dashes", real=R(95103, 16, wideband=True, snr_db=q,
                                                                        gap=(0.3, 1.3)),
                                            room=("fan", 34), seed=95203, mask="n95", wireless=True),
        "jx_real_stretch_srt": Spec(a, "real", "srt", real=R(95104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                    room=("pink", 38), seed=95204, stretch=1.5),
        "jx_real_visor_vtt_avi": Spec(a, "real", "vtt", real=R(95105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                      room=("pink", 40), seed=95205, mask="visor", codec="avi"),
        "jx_real_long_mix_mov": Spec(a, "real", "page", real=R(95106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.1, repeats=2),
                                     room=("pink", 40), seed=95206, fm=True, aec=22.0, mask="surgical",
                                     codec="mov"),
        "jx_flite_aec_cloth_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 1.65), Voice(F, "slt", 1.75)], 95404, 95504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=95211, aec=21.0, mask="cloth"),
        "jx_festival_wireless_surgical_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 1.7), Voice(FEST, "kal", 0.6)], 95405, 95505, 10,
                           pause=(0.3, 1.1), turn=1)], room=("pink", 44), seed=95212, wireless=True, mask="surgical"),
        "jx_espeak_stretch_aec_page": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb+Steph", 1.0), Voice(E, "en-us+Andy", 0.9)], 95406, 95506, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 28), seed=95213, stretch=1.6, aec=19.0),
        "jx_espeak_visor_fm_avi": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+Rob", 0.9), Voice(F, "awb", 1.0)], 95407, 95507, 10,
                           pause=(0.3, 1.2), turn=2)], room=("pink", 36), seed=95215, mask="visor", fm=True,
            codec="avi"),
    }


DEV_NAMES = ["rd64_real_fm_aec_page_mov", "rd64_real_cloth_stretch_dashes_avi", "rd64_real_visor_wireless_plain",
             "rd64_flite_fm_surgical_page", "rd64_espeak_aec_stretch"]
ASIDE_NAMES = ["jx_real_fm_page", "jx_real_aec_plain_mov", "jx_real_n95_wireless_dashes", "jx_real_stretch_srt",
               "jx_real_visor_vtt_avi", "jx_real_long_mix_mov", "jx_flite_aec_cloth_plain",
               "jx_festival_wireless_surgical_dashes", "jx_espeak_stretch_aec_page", "jx_espeak_visor_fm_avi"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    return a10.needs(spec, "apt-get install espeak-ng" if spec.aec and not a20._espeak() else None)


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en",
          far_lines: Optional[list[str]] = None, far_voice: Optional[Voice] = None) -> Made:
    """The spoilers in the order they happen: the face covering (on the voice, before the room hears it);
    aside20_cases.spoil's (the room's noise among them); the wireless microphone's compander (on what the lavalier
    heard); the call's echo canceller (at the laptop, on what its
    microphone heard); the FM station and the receiver (carrying everything the microphone gave); the vocoder's
    speed-up last (done to the finished recording)."""
    if spec.mask:
        made = face_cover(made, spec.seed + 170, spec.mask)
    made = a20.spoil(made, spec, which, floor, lang)
    if spec.wireless:
        made = wireless_compander(made, spec.seed + 173)
    if spec.aec:
        made = echo_canceller(made, spec.seed + 171, which, spec.aec, far_lines, far_voice)
    if spec.fm:
        made = fm_broadcast(made, spec.seed + 172)
    if spec.stretch:
        made = vocoder_stretch(made, spec.stretch)
    return a4.headroom(made)


def make(name: str) -> uc.Built:
    """The case's audio, truth and transcript (aside_common.english_case)."""
    return english_case(name, sys.modules[__name__])
