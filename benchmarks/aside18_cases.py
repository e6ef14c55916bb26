"""An eighteenth aside set nobody has tuned to (``ex_*``, English), and dev twins made the same way (``rd61_*``).

``az_*`` .. ``fx_*`` have each been run once and looked at.  Allison Smith's telephone prompts are still the only
real English voice with text and truth (benchmarks/README.md lists every source looked for; this round's short look
found nothing new either), so the real talks say the ``nx_*`` pool again, with new seeds, around sounds and shapes no
set had.  What is new (checked against the seventeen sets' "What is new" lists in benchmarks/README.md and the dev
families; a lavalier's rustle, laughs and coughs inside lines, clipping, podcast speed, long silences, a voice on
one channel, typing, pages, chair creaks, traffic, gain pumping, telephone bands inside a wideband talk, speaker
labels and drifting SubRip were all built before and are not here):

* **a single-sideband radio relay, mistuned**: the talk heard through an SSB link (300-2700 Hz) whose receiver is
  tuned 60-140 Hz off, so *every* frequency moves by the same number of hertz (harmonics stop being multiples of
  the pitch: the "Donald Duck" voice of a mistuned ham radio), with the receiver's hiss (:func:`ssb_relay`); the
  pitch-shifted reader of ``px_*`` scaled frequencies, this shifts them;
* **footsteps of a speaker pacing a wooden stage**: walks of 3-8 s, a heel and a toe every 0.45-0.65 s, across line
  edges (:func:`footsteps`);
* **a whiteboard marker squeaking**: strokes of 0.12-0.5 s of stick-slip squeal (a 0.9-2.6 kHz tone and its
  harmonics gliding, flickering at 25-60 Hz), in bursts of 2-4 over the speaker's own lines (:func:`marker_squeaks`);
* **a helicopter passing over**: 14-26 s of blade slap (a 14-19 Hz train of low thumps whose rate glides as it
  passes: Doppler) and a faint turbine whine, swelling and fading, over several lines (:func:`helicopter`);
* **a film's 5.1 soundtrack**: a six-channel WAV at 48 kHz, the voice in the centre, its spill and an ambience in
  the fronts, another ambience in the surrounds, rumble in the LFE; the aligner folds it down to mono
  (swresample's matrix) (:func:`surround`);
* containers no case had: **RF64** (a ``.wav`` whose header says ``RF64``; kept as ``audio.rf64.wav`` beside the
  case's plain ``audio.wav``), **SoX's native format** (``.sox``,
  32-bit), **24-bit big-endian PCM in AIFF** at 44.1 kHz, **PCM in NUT** (``.nut``) (:data:`CODECS`);
* voices at speeds they never had: flite ``rms`` x1.75 and ``slt`` x0.6.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech; the relay's shift and band are zero-phase (FFT), the sounds are laid on,
none moves a line; the 5.1 file's and the codecs' delays are measured and moved into the truth (aside9_cases.
store_codec's way).

``ex_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside18``).

    apt-get install sox espeak-ng flite festival festvox-kallpc16k festvox-us-slt-hts \\
        asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside18 --check     # make the ex_* cases; their truth only
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside9_cases as a9
import aside10_cases as a10
import aside14_cases as a14
import aside16_cases as a16
import aside17_cases as a17
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, kept_as_decoded, ready_spec, stored_and_transcribed
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_lines, _times, _moved_by = a14._lines, a14._times, a17._moved_by


def _band(x: np.ndarray, low: float, high: float, rate: int = RATE) -> np.ndarray:
    """``x`` kept between ``low`` and ``high`` Hz in the frequency domain (smooth edges, zero phase: no delay)."""
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / rate)
    spec *= (1.0 / (1.0 + (f / high) ** 8)) * (1.0 - 1.0 / (1.0 + (f / low) ** 8))
    return np.fft.irfft(spec, len(x))


def _spread(lines: list[dict], count: int, c: int) -> list[int]:
    """The ``c``-th of ``count`` bands of line indices: events spread over the talk."""
    n = len(lines)
    return list(range(n * c // count, max(n * c // count + 1, n * (c + 1) // count)))


def _lay(y: np.ndarray, x: np.ndarray, at: float) -> None:
    """``x`` added into ``y`` from ``at`` seconds on (cut at the end)."""
    i = max(0, int(at * RATE))
    m = min(len(x), len(y) - i)
    if m > 0:
        y[i:i + m] += x[:m].astype(np.float32)


# ------------------------------------------------------------------ a single-sideband radio relay, mistuned
def ssb_relay(made: Made, seed: int) -> Made:
    """The talk through a single-sideband radio link: the transmitter's band (300-2700 Hz), the receiver tuned
    60-140 Hz off (up or down), so every component moves by the same number of hertz (an analytic signal, made by
    FFT, times a complex tone: no delay), then the receiver's own 300-2700 Hz filter (which cuts what the shift
    pushed past its edge) and its hiss, filling that band 26-30 dB under the speech.  Nothing moves in time: the
    truth stays."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    shift = prng.choice((-1, 1)) * prng.uniform(60.0, 140.0)
    hiss_db = prng.uniform(26.0, 30.0)
    x = _band(made.samples.astype(np.float64), 300.0, 2700.0)
    n = len(x)
    spec = np.fft.fft(x)
    h = np.zeros(n)
    h[0] = 1.0
    h[1:(n + 1) // 2] = 2.0
    if n % 2 == 0:
        h[n // 2] = 1.0
    analytic = np.fft.ifft(spec * h)
    t = np.arange(n) / RATE
    y = _band(np.real(analytic * np.exp(2j * np.pi * shift * t)), 300.0, 2700.0)
    level = a4.speech_rms(made)
    hiss = _band(rng.normal(size=n), 300.0, 2700.0)
    hiss = hiss / (np.sqrt(np.mean(hiss ** 2)) + 1e-12) * level * 10 ** (-hiss_db / 20)
    out = (y + hiss).astype(np.float32)
    note = (f"heard through a single-sideband radio relay (300-2700 Hz) whose receiver is tuned {shift:+.0f} Hz off: "
            f"every frequency moved by {shift:+.0f} Hz (not scaled), the receiver's hiss {hiss_db:.1f} dB under the "
            f"speech")
    return Made(out, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a speaker pacing a wooden stage
def _step(rng: np.random.Generator) -> np.ndarray:
    """One footstep on boards: a heel's thump (a 70-140 Hz knock dying over 40-70 ms, the boards' ring at 180-320
    Hz) and, 50-90 ms later, the toe's short scuff (noise over 1 kHz, 15-30 ms).  Peak 1."""
    n = int(0.25 * RATE)
    t = np.arange(n) / RATE
    f0, f1 = rng.uniform(70.0, 140.0), rng.uniform(180.0, 320.0)
    thump = (np.sin(2 * np.pi * f0 * t) * np.exp(-t / rng.uniform(0.012, 0.02))
             + 0.5 * np.sin(2 * np.pi * f1 * t) * np.exp(-t / rng.uniform(0.008, 0.015)))
    thump += 0.3 * sc.lowpass(rng.normal(size=n), 800.0) * np.exp(-t / 0.004)
    toe_at = int(rng.uniform(0.05, 0.09) * RATE)
    m = int(rng.uniform(0.015, 0.03) * RATE)
    scuff = rng.normal(size=m) * np.hanning(m)
    scuff = scuff - sc.lowpass(scuff, 1000.0)
    x = thump
    x[toe_at:toe_at + m] += rng.uniform(0.15, 0.35) * scuff / (np.max(np.abs(scuff)) + 1e-12)
    return (x / (np.max(np.abs(x)) + 1e-12)).astype(np.float32)


def footsteps(made: Made, seed: int, count: int) -> Made:
    """``count`` walks across the stage, spread over the talk, in turn across a line's start and across a line's
    end (never into the walk before: drawn again, left out if eight draws fail): 3-8 s of steps every 0.45-0.65 s
    (each +-40 ms), each step's peak 2-8 dB under the speech's peaks (louder as the speaker nears the microphone,
    softer going away).  Laid on: no line moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    y = made.samples.copy()
    lines = _lines(made)
    peak = float(np.percentile(np.abs(made.samples), 99.9))
    where, free = [], 0.0
    for c in range(count):
        band = _spread(lines, count, c)
        for _ in range(8):
            k = prng.choice(band)
            length = prng.uniform(3.0, 8.0)
            edge = lines[k]["start"] if c % 2 == 0 else lines[k]["end"]
            at = max(0.0, edge - prng.uniform(0.5, length - 0.5))
            if at >= free:
                break
        else:
            continue
        free = at + length + 0.5
        period = prng.uniform(0.45, 0.65)
        steps = int(length / period)
        near = prng.uniform(0, 1)  # where in the walk the speaker passes closest
        for s in range(steps):
            when = at + s * period + prng.uniform(-0.04, 0.04)
            closeness = 1.0 - abs(s / max(1, steps - 1) - near)
            db = 8.0 - 6.0 * closeness
            _lay(y, _step(rng) * peak * 10 ** (-db / 20), when)
        where.append(f"{at:.1f}-{at + length:.1f} s, {steps} steps (across line {k}'s "
                     f"{'start' if c % 2 == 0 else 'end'})")
    note = (f"footsteps of the speaker pacing a wooden stage {_times(len(where))} (a heel and a toe every 0.45-0.65 s, "
            "2-8 dB under the speech's peaks): " + ", ".join(where))
    return Made(y, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a whiteboard marker squeaking
def _squeak(length: float, rng: np.random.Generator) -> np.ndarray:
    """One stroke of a marker on a whiteboard: stick-slip squeal, a 0.9-2.6 kHz tone gliding 10-30 % up or down
    with its second and third harmonics, its level flickering at 25-60 Hz (the slips), 10 ms ramps.  Unit RMS."""
    n = int(length * RATE)
    t = np.arange(n) / RATE
    f0 = rng.uniform(900.0, 2600.0)
    glide = 1.0 + rng.choice((-1, 1)) * rng.uniform(0.1, 0.3) * t / max(length, 1e-3)
    phase = 2 * np.pi * np.cumsum(f0 * glide) / RATE
    x = np.sin(phase) + 0.45 * np.sin(2 * phase + 0.7) + 0.2 * np.sin(3 * phase + 1.9)
    flicker = 0.55 + 0.45 * np.abs(np.sin(2 * np.pi * rng.uniform(25.0, 60.0) * t + rng.uniform(0, 6.28)))
    x = x * flicker
    ramp = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.01)
    x = x * ramp
    return (x / (np.sqrt(np.mean(x ** 2)) + 1e-12)).astype(np.float32)


def marker_squeaks(made: Made, seed: int, count: int) -> Made:
    """``count`` bursts of writing, spread over the talk, each over one line and running out past one of its edges
    (the speaker writes while talking): 2-4 strokes of 0.12-0.5 s with 0.05-0.3 s between them, 4-10 dB under the
    speech's RMS.  Laid on: no line moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    y = made.samples.copy()
    speech = a4.speech_rms(made)
    lines = _lines(made)
    where = []
    for c in range(count):
        k = prng.choice(_spread(lines, count, c))
        s = lines[k]
        strokes = [prng.uniform(0.12, 0.5) for _ in range(prng.randint(2, 4))]
        gaps = [prng.uniform(0.05, 0.3) for _ in strokes]
        total = sum(strokes) + sum(gaps[:-1])
        # across the start (from before it into the line) or the end (from inside out past it)
        at = (s["start"] - prng.uniform(0.2, 0.6 * total) if c % 2 == 0
              else s["end"] - total + prng.uniform(0.2, 0.6 * total))
        at = max(0.0, at)
        when = at
        for length, gap in zip(strokes, gaps):
            db = prng.uniform(4.0, 10.0)
            _lay(y, _squeak(length, rng) * speech * 10 ** (-db / 20), when)
            when += length + gap
        where.append(f"{at:.2f}-{at + total:.2f} s, {len(strokes)} strokes (across line {k}'s "
                     f"{'start' if c % 2 == 0 else 'end'})")
    note = (f"a whiteboard marker squeaking {_times(len(where))} (stick-slip strokes, 0.9-2.6 kHz, 4-10 dB under the "
            "speech): " + ", ".join(where))
    return Made(y, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a helicopter passing over
def _rotor(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A helicopter passing: blade slap (a train of low thumps, 14-19 Hz, the rate gliding 6-10 % down as it passes:
    Doppler) and a faint turbine whine (3-5 kHz, 25 dB under the slap), swelling to its loudest 40-60 % of the way
    and fading (in dB, linear), 30 dB down at both ends.  Unit RMS at its loudest second."""
    n = int(seconds * RATE)
    t = np.arange(n) / RATE
    u = t / seconds
    rate0 = rng.uniform(14.0, 19.0)
    drop = rng.uniform(0.06, 0.10)
    rate = rate0 * (1.0 + drop / 2 - drop / (1.0 + np.exp(-(u - 0.5) * 12)))
    phase = np.cumsum(rate) / RATE
    pulse = np.exp(-((phase % 1.0) / 0.12))  # a sharp attack, a decay over an eighth of the period
    slap = sc.lowpass(rng.normal(size=n), 400.0) * pulse + 0.3 * np.sin(2 * np.pi * np.cumsum(rate) / RATE) * pulse
    whine_f = rng.uniform(3000.0, 5000.0) * (1.0 + drop / 2 - drop / (1.0 + np.exp(-(u - 0.5) * 12)))
    whine = np.sin(2 * np.pi * np.cumsum(whine_f) / RATE)
    x = slap / (np.sqrt(np.mean(slap ** 2)) + 1e-12) + 0.056 * whine
    top = rng.uniform(0.4, 0.6)
    env_db = -30.0 * np.where(u < top, (top - u) / top, (u - top) / (1.0 - top))
    x = x * 10 ** (env_db / 20)
    w = RATE
    loudest = max(np.sqrt(np.mean(x[i:i + w] ** 2)) for i in range(0, max(1, n - w), w // 2))
    return (x / (loudest + 1e-12)).astype(np.float32)


def helicopter(made: Made, seed: int, count: int) -> Made:
    """``count`` helicopters passing over, spread over the talk (never overlapping): 14-26 s each, at their loudest
    3-8 dB under the speech's RMS, over several lines.  Laid on: no line moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    y = made.samples.copy()
    speech = a4.speech_rms(made)
    total = len(y) / RATE
    where = []
    for c in range(count):
        length = prng.uniform(14.0, 26.0)
        lo, hi = total * c / count, total * (c + 1) / count - length
        at = prng.uniform(lo, max(lo, hi))
        db = prng.uniform(3.0, 8.0)
        _lay(y, _rotor(length, rng) * speech * 10 ** (-db / 20), at)
        where.append(f"{at:.1f}-{at + length:.1f} s ({db:.1f} dB under at its loudest)")
    note = f"a helicopter passing over {_times(len(where))} (blade slap and turbine whine): " + ", ".join(where)
    return Made(y, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a film's 5.1 soundtrack
SURROUND_RATE = 48000


def _pcm_bytes(channels: np.ndarray, rate: int, fmt: str, codec: str, layout: str,
               options: Optional[dict] = None) -> bytes:
    """``channels`` (``(c, n)`` float in -1..1) as a file's bytes through PyAV: container ``fmt``, PCM ``codec``,
    channel ``layout`` (muxer ``options``: RF64's header)."""
    import av

    c_count, n = channels.shape
    pcm = (np.clip(channels, -1.0, 1.0) * 32767).astype(np.int16)
    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt, options=options or {}) as c:
        s = c.add_stream(codec, rate=rate)
        s.layout = layout
        for i in range(0, n, 1024):
            part = np.ascontiguousarray(pcm[:, i:i + 1024].T).reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(part, format="s16", layout=layout)
            frame.sample_rate = rate
            frame.pts = i
            for p in s.encode(frame):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return buf.getvalue()


def surround(made: Made, seed: int) -> tuple[Made, tuple[str, bytes]]:
    """The talk as a film's 5.1 soundtrack, a six-channel WAV (L R C LFE Ls Rs) at 48 kHz: the centre carries the
    talk; the fronts its spill (14-18 dB down) and a slow ambience (pink noise swelling, 16-20 dB under the speech,
    different in each); the surrounds a murmur 14-18 dB under; the LFE a 30-70 Hz rumble 6-10 dB under.  The aligner
    folds it to mono (swresample's downmix: the centre and surrounds at -3 dB, the LFE left out); the truth moves by
    the delay measured between the talk and what the aligner reads (none is expected)."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    speech = a4.speech_rms(made)

    def noise(kind: str, db: float) -> np.ndarray:
        z = sc.background(n, kind, rng).astype(np.float64)
        return z / (np.sqrt(np.mean(z ** 2)) + 1e-12) * speech * 10 ** (-db / 20)

    spill = 10 ** (-prng.uniform(14.0, 18.0) / 20)
    swell = 1.0 + 0.5 * np.sin(2 * np.pi * np.arange(n) / RATE / prng.uniform(9.0, 16.0))
    front = [spill * x + noise("pink", prng.uniform(16.0, 20.0)) * swell for _ in range(2)]
    back = [noise("murmur", prng.uniform(14.0, 18.0)) for _ in range(2)]
    rumble = sc.lowpass(rng.normal(size=n), 70.0)
    rumble = rumble - sc.lowpass(rumble, 30.0)
    rumble = rumble / (np.sqrt(np.mean(rumble ** 2)) + 1e-12) * speech * 10 ** (-prng.uniform(6.0, 10.0) / 20)
    chans16 = np.vstack([front[0], front[1], x, rumble, back[0], back[1]])
    chans = np.vstack([a9.sox(ch.astype(np.float32), [], RATE, SURROUND_RATE) for ch in chans16])
    top = float(np.max(np.abs(chans)))
    if top > 0.95:
        chans = chans * (0.95 / top)
    data, suffix = _pcm_bytes(chans, SURROUND_RATE, "wav", "pcm_s16le", "5.1"), "5_1.wav"
    y = uc.decode(data, suffix)
    move = uc.codec_lag(made.samples, y) / RATE
    out = _moved_by(made, move, y)
    out.notes.append(f"stored as a film's 5.1 soundtrack (six-channel WAV at 48 kHz): the talk in the centre, its "
                     f"spill and an ambience in the fronts, a murmur in the surrounds, rumble in the LFE; folded to "
                     f"mono by aligner.audio.decode; delay measured as {1000 * move:+.1f} ms")
    return out, (suffix, data)


# ------------------------------------------------------------------ containers
#: Containers no case had: kind -> (suffix, container, codec, rate, muxer options, what the notes call it).
CODECS = {"rf64": ("rf64.wav", "wav", "pcm_s16le", 16000, {"rf64": "always"}, "16-bit PCM in an RF64 file (.wav)"),
          "sox": ("sox", "sox", "pcm_s32le", 16000, None, "32-bit PCM in SoX's native format"),
          "aiff24": ("aiff", "aiff", "pcm_s24be", 44100, None, "24-bit big-endian PCM in AIFF at 44.1 kHz"),
          "nut": ("nut", "nut", "pcm_s16le", 16000, {"fflags": "+bitexact"}, "16-bit PCM in a NUT container")}


def store_codec(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
    """The talk in one of :data:`CODECS`: the file, the samples aligner.audio.decode reads from it, the truth moved
    by the delay measured between the two (aside9_cases.store_codec's way)."""
    suffix, fmt, codec, rate, options, what = CODECS[kind]
    x = made.samples if rate == RATE else a9.sox(made.samples, [], RATE, rate)
    data = _pcm_bytes(np.asarray(x, np.float64).reshape(1, -1), rate, fmt, codec, "mono", options)
    y = uc.decode(data, suffix)
    move = uc.codec_lag(made.samples, y) / RATE
    out = _moved_by(made, move, y)
    out.notes.append(f"stored as .{suffix} ({codec}: {what}, written with PyAV); truth on the timeline "
                     f"aligner.audio.decode reads, the delay measured as {1000 * move:+.1f} ms")
    return out, (suffix, data)


def decoded_through(made: Made, kind: str, seed: int = 0) -> Made:
    """A language talk through a container (or the 5.1 track, drawn from ``seed``: ``kind`` "surround"), kept as
    the samples decoded from it (bench_languages.py reads ``audio.wav``)."""
    return kept_as_decoded((surround(made, seed) if kind == "surround" else store_codec(made, kind))[0])


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class EighteenthSpoilers(a17.SeventeenthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside17_cases.SeventeenthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside18_languages.LangSpec)."""

    ssb: bool = False  #: heard through a mistuned single-sideband radio relay
    steps: int = 0  #: walks of the speaker's footsteps across line edges
    squeaks: int = 0  #: bursts of a whiteboard marker squeaking across line edges
    rotor: int = 0  #: helicopters passing over
    surround: bool = False  #: stored as a film's 5.1 soundtrack (six channels, folded to mono by the aligner)


@dataclass
class Spec(a10.Spec, EighteenthSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript, voices, shift, room, seed) with
    this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd61_real_ssb_steps_rf64": Spec(d, "real", "page", real=R(81801, 16, wideband=True, snr_db=q,
                                                                    gap=(0.4, 1.3)),
                                         room=("pink", 32), seed=81811, ssb=True, steps=3, codec="rf64"),
        "rd61_real_squeaks_rotor_sox": Spec(d, "real", "dashes", real=R(81802, 16, wideband=True, snr_db=q,
                                                                        gap=(0.5, 1.4)),
                                            room=("murmur", 20), seed=81812, squeaks=4, rotor=1, codec="sox"),
        "rd61_real_surround_plain": Spec(d, "real", real=R(81803, 16, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                         room=("fan", 30), seed=81813, surround=True),
        "rd61_flite_steps_squeaks_aiff24": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "rms", 1.72), Voice(F, "slt", 0.62)], 81401, 81501, 10, pause=(0.4, 1.2),
                           turn=2)], room=("pink", 32), seed=81814, steps=3, squeaks=3, codec="aiff24"),
        "rd61_espeak_ssb_rotor_nut": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+m4", 1.1)], 81403, 81503, 10, pause=(0.4, 1.2))],
            room=("murmur", 18), seed=81816, ssb=True, rotor=1, codec="nut"),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside18)
        "ex_real_steps_page": Spec(a, "real", "page", real=R(81101, 16, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                   room=("murmur", 20), seed=81201, steps=4),
        "ex_real_ssb_plain_rf64": Spec(a, "real", real=R(81102, 16, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                       room=("pink", 30), seed=81202, ssb=True, codec="rf64"),
        "ex_real_squeaks_dashes_sox": Spec(a, "real", "dashes", real=R(81103, 16, wideband=True, snr_db=q,
                                                                       gap=(0.3, 1.3)),
                                           room=("fan", 30), seed=81203, squeaks=5, codec="sox"),
        "ex_real_surround_srt": Spec(a, "real", "srt", real=R(81104, 16, wideband=False, snr_db=q, gap=(0.4, 1.4)),
                                     room=("pink", 32), seed=81204, surround=True),
        "ex_real_rotor_squeaks_vtt_nut": Spec(a, "real", "vtt", real=R(81105, 16, wideband=True, snr_db=q,
                                                                       gap=(0.5, 1.5)),
                                              room=("murmur", 18), seed=81205, rotor=1, squeaks=2, codec="nut"),
        "ex_real_long_mix_aiff24": Spec(a, "real", "page", real=R(81106, 80, wideband="parts", snr_db=q,
                                                                  gap=(0.4, 1.6), long_pauses=0.1, repeats=2),
                                        room=("pink", 26), seed=81206, steps=5, squeaks=5, rotor=2,
                                        codec="aiff24"),
        "ex_flite_steps_rotor_sox": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "rms", 1.75), Voice(F, "slt", 0.6)], 81404, 81504, 10, pause=(0.3, 1.2),
                           turn=2)], room=("pink", 32), seed=81211, steps=3, rotor=1, codec="sox"),
        "ex_festival_squeaks_surround": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 0.9), Voice(FEST, "kal", 1.15)], 81405, 81505, 10,
                           pause=(0.3, 1.1), turn=1)], room=("fan", 30), seed=81212, squeaks=4, surround=True),
        "ex_espeak_ssb_steps_page": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb+m3", 1.0), Voice(E, "en-us+f2", 1.1)], 81406, 81506, 10,
                           pause=(0.4, 1.3), turn=3)], room=("murmur", 18), seed=81213, ssb=True, steps=3),
        "ex_espeak_rotor_squeaks_rf64": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-us+m6", 1.15), Voice(F, "rms", 1.0)], 81407, 81507, 10,
                           pause=(0.3, 1.2), turn=2)], room=("pink", 32), seed=81215, rotor=1, squeaks=3,
            codec="rf64"),
    }


DEV_NAMES = ["rd61_real_ssb_steps_rf64", "rd61_real_squeaks_rotor_sox", "rd61_real_surround_plain",
             "rd61_flite_steps_squeaks_aiff24", "rd61_espeak_ssb_rotor_nut"]
ASIDE_NAMES = ["ex_real_steps_page", "ex_real_ssb_plain_rf64", "ex_real_squeaks_dashes_sox", "ex_real_surround_srt",
               "ex_real_rotor_squeaks_vtt_nut", "ex_real_long_mix_aiff24", "ex_flite_steps_rotor_sox",
               "ex_festival_squeaks_surround", "ex_espeak_ssb_steps_page", "ex_espeak_rotor_squeaks_rf64"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return a10.needs(catalogue()[name])


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen: the stage's sounds (steps, the marker) in the room with the voice;
    aside17_cases.spoil's (..., the room's noise, ...); the helicopter outside; the radio relay last (it carries
    everything the microphone heard)."""
    if spec.steps:
        made = footsteps(made, spec.seed + 140, spec.steps)
    if spec.squeaks:
        made = marker_squeaks(made, spec.seed + 141, spec.squeaks)
    made = a17.spoil(made, spec, which, floor, lang)
    if spec.rotor:
        made = helicopter(made, spec.seed + 142, spec.rotor)
    if spec.ssb:
        made = ssb_relay(made, spec.seed + 143)
    return a4.headroom(made)


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = a10._placed(spec)
    made = spoil(made, spec, spec.which)
    own = (lambda m: surround(m, spec.seed + 144)) if spec.surround else None
    return stored_and_transcribed(made, spec, name, store_codec, a16.transcript, own)
