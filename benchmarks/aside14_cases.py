"""A fourteenth aside set nobody has tuned to (``ox_*``, English), and dev twins made the same way (``rd57_*``).

``az_*`` .. ``wx_*`` have each been run once and looked at.  Allison Smith's telephone prompts are still the only
real English voice with truth (benchmarks/README.md lists every source looked for), so the real talks say the
``nx_*`` pool again, with new seeds, around sounds and shapes no set had.  What is new (checked against the
thirteen sets' lists in benchmarks/README.md; a lavalier's rustle, clipping, laughs and coughs, long silences, a
stereo file with the voice on one side, ducked music between lines (dev), SRT cues wrapped onto two lines and SRT
off by steps were all built before and are not here):

* **plosive pops on the line edges**: a puff of air on the capsule (a 25-60 Hz thump with a breath of noise under
  400 Hz, 40-90 ms, louder than the speech's peaks) laid *inside* a line, at its first 15 ms or on its last sound
  (:func:`pop`, :func:`lay_pops`) -- the thuds of ``kx_*`` were outside the lines;
* **a phone's noise suppressor** over the finished recording: spectral subtraction per bin and frame, no
  smoothing, so the room left between words comes out as **musical noise** (isolated tones that flicker) and
  soft onsets and tails are eaten; the band under 80 Hz taken out (:func:`noise_suppressor`);
* **a podcast's jingle**: a synthesized tune at the music's full level before the first line, **ducked under the
  first line** and faded out, and a closing tune after the last line (:func:`jingle`, :func:`podcast_jingles`);
* **an audience question from a far microphone**: a line said by another voice, far from the microphone (its
  direct sound 8 dB under the room's reverberant sound, RT60 1.0-1.3 s, 12 dB under the speaker), put in a
  widened pause, a line of the transcript like any other (:func:`audience_questions`);
* **PA feedback howling** (a tone at 1.8-3.2 kHz swelling 40 dB in 0.6-1.5 s, cut when the fader is pulled) begun
  inside a line (:func:`howl`, :func:`lay_howls`) and **a phone vibrating on the table** (2-4 buzzes of a 150-230 Hz
  rattle) over lines and pauses (:func:`vibration`, :func:`lay_vibrations`);
* transcripts: **subtitle-shaped lines of at most 42 characters that break mid-sentence** and run across sentence
  ends (:func:`subtitle_lines`; made only on talks whose words are all timed: flite and festival), and **SubRip
  subtitles timed for the same cut at another frame rate** (25 against 23.976 frames a second: the cues drift by
  4.3 % of the time, plus one offset; :func:`drifting_srt`);
* codecs and containers no case had: **8-bit unsigned PCM at 11.025 kHz** (``.u8.wav``), **Flash ADPCM in Flash
  video** (``adpcm_swf``, 22.05 kHz), **id RoQ DPCM** (``.roq``, 22.05 kHz) and **Argonaut ADPCM** (``.argo``,
  22.05 kHz) (:data:`CODECS`);
* voices: espeak-ng variants no case used (``announcer``, ``UniRobot``, ``Mr serious``); flite ``awb`` x0.7 and
  ``kal16`` x1.55, festival ``slt_hts`` x1.45 and ``ked`` x1.55 (speeds those voices never had; every word timed).

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks and
the audience's questions, the segment bounds on the dry speech.  The pops lie inside their lines; the howls, the
buzzes and the jingles are laid on and never move a voice span; the jingle's lead-in and the question's room move
every later truth time by a whole number of samples; the suppressor keeps the timeline (an STFT whose frames
give back the input exactly where the gain is 1: ``test_the_suppressor_gives_back_its_input_where_it_takes_nothing``);
the codec's delay is measured and moved into the truth (aside9_cases.store_codec).

``ox_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside14``).

    apt-get install sox espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts \\
        asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside14 --check     # make the ox_* cases; their truth only
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside7_cases as a7
import aside9_cases as a9
import aside10_cases as a10
import aside13_cases as a13
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, lines_talk, ready_spec
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_peak, _band = a13._peak, a13._band


def _lines(made: Made) -> list[dict]:
    return [s for s in made.segments if s.get("start") is not None]


# ------------------------------------------------------------------ sounds
def pop(seed: int) -> np.ndarray:
    """A plosive popping the microphone: a puff of air on the capsule -- one or two cycles of a 25-60 Hz thump
    (sharp at 2 ms, dying over 15-30 ms) with a breath of noise under 400 Hz (dying over 8 ms), 40-90 ms in all;
    unit peak."""
    rng = np.random.default_rng(seed)
    n = int(rng.uniform(0.04, 0.09) * RATE)
    k = np.arange(n) / RATE
    attack = np.minimum(1.0, k / 0.002)
    thump = np.sin(2 * np.pi * rng.uniform(25, 60) * k) * np.exp(-k / rng.uniform(0.015, 0.03))
    puff = sc.lowpass(rng.normal(size=n), 400.0) * np.exp(-k / 0.008) * 0.5
    tail = np.linspace(1, 0, n) ** 0.5  # no click at its end
    return _peak((thump + puff) * attack * tail)


def lay_pops(made: Made, seed: int, count: int, over_db: float = 4.0) -> Made:
    """``count`` pops (:func:`pop`) on line edges, inside the lines: on the first of them at the line's start (0-15
    ms into its voice, where a "p" or a "b" opens it), on the second at its end (the pop's last sample 0-20 ms
    before the voice's end), and so on; their peaks ``over_db`` over the speech's (three times its RMS).  The
    truth does not move: each pop lies within its line."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 3.0 * 10 ** (over_db / 20)
    lines = _lines(made)
    picks = sorted(prng.sample(range(len(lines)), min(count, len(lines))))
    starts, ends = [], []
    for j, k in enumerate(picks):
        s, p = lines[k], pop(seed + k)
        span = s["end"] - s["start"]
        p = p[:int(span * RATE)]
        if j % 2 == 0:
            at = s["start"] + prng.uniform(0.0, min(0.015, span - len(p) / RATE))
            starts.append(k)
        else:
            at = s["end"] - len(p) / RATE - prng.uniform(0.0, min(0.02, span - len(p) / RATE))
            ends.append(k)
        i = int(np.ceil(at * RATE))
        i = min(i, int(s["end"] * RATE) - len(p))
        y[i:i + len(p)] += (p * level).astype(np.float32)
    note = (f"plosive pops on the line edges, inside the lines ({over_db:+g} dB over the speech's peaks): at the "
            f"starts of lines {starts} and the ends of lines {ends}")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def howl(seed: int) -> np.ndarray:
    """PA feedback: a tone at 1.8-3.2 kHz (and a little of its second harmonic, a 0.3 % vibrato at 5 Hz) swelling
    40 dB over 0.6-1.5 s, held 0.1-0.3 s at its loudest, then cut in 40 ms when the fader is pulled; unit peak."""
    rng = np.random.default_rng(seed)
    grow, hold = rng.uniform(0.6, 1.5), rng.uniform(0.1, 0.3)
    n = int((grow + hold + 0.04) * RATE)
    k = np.arange(n) / RATE
    f = rng.uniform(1800, 3200) * (1 + 0.003 * np.sin(2 * np.pi * 5 * k))
    phase = 2 * np.pi * np.cumsum(f) / RATE
    env = 10 ** ((-40 + 40 * np.minimum(1.0, k / grow)) / 20)
    env *= np.clip((k[-1] - k) / 0.04, 0, 1)
    return _peak((np.sin(phase) + 0.15 * np.sin(2 * phase)) * env)


def lay_howls(made: Made, seed: int, count: int, under_db: float = 0.0) -> Made:
    """``count`` howls (:func:`howl`) spread over the talk, each begun inside a line (20-60 % of the way in), their
    peaks ``under_db`` under the speech's.  Never in the truth; no line moves."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 3.0 * 10 ** (-under_db / 20)
    lines = _lines(made)
    over = []
    for c in range(count):
        band = range(len(lines) * c // count, max(len(lines) * c // count + 1, len(lines) * (c + 1) // count))
        k = prng.choice(list(band))
        s, h = lines[k], howl(seed + c)
        i = int((s["start"] + prng.uniform(0.2, 0.6) * (s["end"] - s["start"])) * RATE)
        m = min(len(h), len(y) - i)
        y[i:i + m] += (h[:m] * level).astype(np.float32)
        over.append(k)
    note = f"PA feedback howling {_times(count)} ({under_db:g} dB under the speech's peaks), begun inside lines {over}"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def vibration(seed: int) -> np.ndarray:
    """A phone vibrating on the table: 2-4 buzzes of 0.35-0.6 s, 0.25-0.5 s apart -- a motor's 150-230 Hz rattling
    the wood (a clipped wave's harmonics up to 2.5 kHz, the rattle's level jittering every few ms); unit peak."""
    rng = np.random.default_rng(seed)
    f0 = rng.uniform(150, 230)
    parts = []
    for j in range(int(rng.integers(2, 5))):
        m = int(rng.uniform(0.35, 0.6) * RATE)
        k = np.arange(m) / RATE
        wave = np.clip(3 * np.sin(2 * np.pi * f0 * k + rng.uniform(0, 6)), -1, 1)
        jitter = np.repeat(rng.uniform(0.6, 1.0, size=m // 64 + 1), 64)[:m]
        edges = np.minimum(1.0, k / 0.01) * np.minimum(1.0, (k[-1] - k) / 0.01)
        parts.append(sc.lowpass(wave * jitter, 2500.0) * edges)
        parts.append(np.zeros(int(rng.uniform(0.25, 0.5) * RATE)))
    return _peak(np.concatenate(parts[:-1]))


def lay_vibrations(made: Made, seed: int, count: int, under_db: float = 8.0) -> Made:
    """``count`` calls that set a phone vibrating (:func:`vibration`), spread over the talk (over lines and pauses
    alike), peaks ``under_db`` under the speech's.  Never in the truth; no line moves."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 3.0 * 10 ** (-under_db / 20)
    length = len(y) / RATE
    over = []
    for c in range(count):
        v = vibration(seed + c)
        at = prng.uniform(length * c / count, max(length * c / count, length * (c + 1) / count - len(v) / RATE))
        i = int(at * RATE)
        m = min(len(v), len(y) - i)
        y[i:i + m] += (v[:m] * level).astype(np.float32)
        b = at + m / RATE
        over += [k for k, s in enumerate(made.segments) if s.get("start") is not None and s["start"] < b
                 and s["end"] > at]
    note = (f"a phone vibrating on the table {_times(count)} ({under_db:g} dB under the speech's peaks), over lines "
            f"{sorted(set(over))}")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a podcast's jingle
def _pluck(f: float, n: int, decay: float) -> np.ndarray:
    k = np.arange(n) / RATE
    tone = sum(np.sin(2 * np.pi * h * f * k) / h ** 1.5 for h in range(1, 6))
    return tone * np.exp(-k / decay) * np.minimum(1.0, k / 0.003)


def jingle(seconds: float, seed: int) -> np.ndarray:
    """A short tune: plucked three-note chords on every beat (I-V-vi-IV in a key of the seed, 105-130 beats a
    minute), a bass note on beats one and three, a hi-hat's noise between the beats; ``seconds`` long; unit peak."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    y = np.zeros(n + RATE)
    beat = 60.0 / rng.uniform(105, 130)
    root = 220.0 * 2 ** (int(rng.integers(0, 12)) / 12)
    chords = [(0, 4, 7), (7, 11, 14), (9, 12, 16), (5, 9, 12)]
    step = int(beat * RATE)
    for b in range(int(seconds / beat) + 1):
        i = b * step
        chord = chords[(b // 4) % 4]
        for semis in chord:
            y[i:i + step] += _pluck(root * 2 ** (semis / 12), step, 0.25)[:len(y) - i] * 0.3
        if b % 2 == 0:
            y[i:i + step] += _pluck(root / 2 * 2 ** (chord[0] / 12), step, 0.35)[:len(y) - i] * 0.5
        h = i + step // 2
        m = int(0.04 * RATE)
        hat = rng.normal(size=m) * np.exp(-np.arange(m) / (0.01 * RATE))
        y[h:h + m] += (hat - sc.lowpass(hat, 6000.0))[:max(0, len(y) - h)] * 0.4
    return _peak(y[:n])


def podcast_jingles(made: Made, seed: int, duck_db: float = 18.0, level_db: float = -2.0) -> Made:
    """A podcast's opening and closing: the talk pushed 4.5-6.5 s later (every truth time by the same whole number
    of samples); a :func:`jingle` at full level (``level_db`` against the speech's RMS) from the first sample,
    ducked ``duck_db`` (a 0.4 s ramp ending 0.1 s before the first line's voice) under the first line, then faded
    out over 2.5 s after it; and another 4-6 s tune 0.8-1.5 s after the last line's end, at full level."""
    prng = random.Random(seed)
    lines = _lines(made)
    lead = int(prng.uniform(4.5, 6.5) * RATE)
    first0 = int(round(lines[0]["start"] * RATE))
    pad = max(0, lead - first0)
    move = pad / RATE

    def moved(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(d["start"] + move, 4), end=round(d["end"] + move, 4))

    segs = [moved(s) for s in made.segments]
    words = [moved(w) for w in made.words]
    first = [s for s in segs if s.get("start") is not None][0]
    last = [s for s in segs if s.get("start") is not None][-1]
    outro_at = last["end"] + prng.uniform(0.8, 1.5)
    outro_len = prng.uniform(4.0, 6.0)
    total = max(pad + len(made.samples), int((outro_at + outro_len + 0.5) * RATE))
    y = np.zeros(total, np.float32)
    y[pad:pad + len(made.samples)] = made.samples
    level = a4.speech_rms(made) * 10 ** (level_db / 20) * 3.0
    head_end = first["end"] + 2.5
    head = jingle(head_end, seed)
    t = np.arange(len(head)) / RATE
    duck = 10 ** (-duck_db / 20)
    gain = np.interp(t, [0.0, first["start"] - 0.5, first["start"] - 0.1, first["end"], head_end],
                     [1.0, 1.0, duck, duck, 0.0])
    y[:len(head)] += (head * gain * level).astype(np.float32)
    tail = jingle(outro_len, seed + 1)
    i = int(outro_at * RATE)
    ramp = np.minimum(1.0, np.arange(len(tail)) / (0.3 * RATE)) * np.minimum(1.0, (len(tail) - np.arange(len(tail)))
                                                                              / (0.8 * RATE))
    y[i:i + len(tail)] += (tail * ramp * level)[:len(y) - i].astype(np.float32)
    note = (f"a podcast's jingle: the talk {move:.2f} s later, the tune at full level ({level_db:+g} dB against the "
            f"speech) until {first['start'] - 0.5:.2f} s, ducked {duck_db:g} dB under the first line, faded out by "
            f"{head_end:.2f} s; a closing tune from {outro_at:.2f} s for {outro_len:.1f} s")
    return Made(y, segs, made.notes + [note], words)


# ------------------------------------------------------------------ an audience question from a far microphone
#: Questions from the audience (written here); the first :data:`DEV_QUESTIONS` are the dev twins'.
QUESTIONS = [
    "Sorry, could you say that last part again?",
    "How long will the work take?",
    "Who do we call if something breaks?",
    "Is there parking near the new building?",
    "Will the meetings be recorded for people who cannot come?",
    "What happens to the old library after the move?",
    "Can children take part, or is it only for adults?",
    "How much will the tickets cost this year?",
    "Is the money already in the budget, or do we still have to ask for it?",
    "When do we hear back about the plans?",
]
DEV_QUESTIONS = 3


def far_away(x: np.ndarray, seed: int, rt60: float, drr_db: float = -8.0) -> np.ndarray:
    """``x`` heard from across a hall: its direct sound (a room mic's band, 150 Hz-5 kHz) ``drr_db`` against the
    room's reverberant sound (RT60 ``rt60``), the tail running on after the voice; the first ``len(x)`` samples
    line up with ``x`` (the direct sound is not delayed)."""
    rng = np.random.default_rng(seed)
    dry = sc.lowpass(x.astype(np.float64), 5000.0) - sc.lowpass(x.astype(np.float64), 150.0)
    h = sc.room_impulse(rt60, rng).astype(np.float64)
    h[0] = 0.0
    padded = np.concatenate([dry, np.zeros(len(h))])
    wet = sc.convolve(padded.astype(np.float32), h.astype(np.float32)).astype(np.float64)
    wet *= sc._rms(dry) / max(1e-12, sc._rms(wet[:len(dry)])) * 10 ** (-drr_db / 20)
    return (np.concatenate([dry, np.zeros(len(h))]) + wet).astype(np.float32)


def audience_questions(made: Made, seed: int, asks: list[tuple[str, Voice]], under_db: float = 12.0) -> Made:
    """Each ``(text, voice)`` of ``asks`` put after a line of the talk (spread over its middle), in its pause made
    longer: 0.5-0.9 s after the speaker's voice the question begins, said by ``voice`` from a far microphone
    (:func:`far_away`, RT60 1.0-1.3 s), ``under_db`` under the speaker (RMS over its voice); the speaker goes on
    0.8-1.4 s after the question's voice ends.  The question is a line of the transcript, its truth the dry
    voice's span; every later truth time moves by the samples put in."""
    prng = random.Random(seed)
    lines = _lines(made)
    n = len(lines)
    picks = sorted(prng.sample(range(max(1, n // 4), max(n // 4 + 1, 3 * n // 4)), len(asks)))
    y = made.samples
    segs, words = list(made.segments), list(made.words)
    level = a4.speech_rms(made) * 10 ** (-under_db / 20)
    notes = []
    for (text, voice), k in reversed(list(zip(asks, picks))):
        x = sc.say(text, voice)
        x = x * (level / max(1e-9, sc._rms(x)))
        rt60 = prng.uniform(1.0, 1.3)
        far = far_away(x, seed + k, rt60)
        before, after = prng.uniform(0.5, 0.9), prng.uniform(0.8, 1.4)
        at = lines[k]["end"] + before  # the question's voice begins here
        cut = int(round(lines[k]["end"] * RATE)) + int(round(before * RATE))
        put = int(round(before * RATE)) + len(x) + int(round(after * RATE))
        here = int(round(lines[k]["end"] * RATE))
        inserted = np.zeros(put, np.float32)
        y = np.concatenate([y[:here], inserted, y[here:]])
        m = min(len(far), len(y) - cut)
        y[cut:cut + m] += far[:m]
        by = put / RATE
        idx = segs.index(lines[k])
        segs = [a4._moved(s, lines[k]["end"], by) if i > idx else s for i, s in enumerate(segs)]
        words = [a4._moved(w, lines[k]["end"], by) if w.get("seg", -1) > idx else w for w in words]
        words = a10._reindexed(words, idx)
        q = {"text": text, "start": round(cut / RATE, 4), "end": round((cut + len(x)) / RATE, 4),
             "bounds": "tts-exact", "voice": f"{voice.engine}:{voice.name}@{voice.speed:g}",
             "far_microphone": True}
        segs = segs[:idx + 1] + [q] + segs[idx + 1:]
        notes.append(f"after line {idx} ({at:.1f} s, RT60 {rt60:.2f} s) {voice.engine}:{voice.name} asks "
                     f"{text!r}")
    note = (f"{len(asks)} question{'s' if len(asks) > 1 else ''} from the audience, from a far microphone "
            f"({under_db:g} dB under the speaker, "
            "the direct sound 8 dB under the room's): " + "; ".join(reversed(notes)))
    return Made(y.astype(np.float32), segs, made.notes + [note], words)


# ------------------------------------------------------------------ a phone's noise suppressor
FFT, HOP = 512, 128  #: the suppressor's frame (32 ms) and hop


def _frames(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    win = np.sqrt(np.hanning(FFT + 1)[:FFT])
    padded = np.concatenate([np.zeros(FFT), x, np.zeros(FFT + HOP)])
    count = (len(padded) - FFT) // HOP + 1
    idx = np.arange(FFT)[None, :] + HOP * np.arange(count)[:, None]
    return np.fft.rfft(padded[idx] * win, axis=1), win


def _overlap_add(spec: np.ndarray, win: np.ndarray, n: int) -> np.ndarray:
    frames = np.fft.irfft(spec, FFT, axis=1) * win
    out = np.zeros(FFT * 2 + HOP * len(frames))
    norm = np.zeros_like(out)
    for j, f in enumerate(frames):
        out[j * HOP:j * HOP + FFT] += f
        norm[j * HOP:j * HOP + FFT] += win ** 2
    out = out / np.maximum(norm, 1e-9)
    return out[FFT:FFT + n]


#: A phone's microphone path takes out the band under this (Hz); the suppressor holds it at its floor.
LOW_CUT = 80.0
#: The share of a bin's frames taken as noise alone: the quietest 15 % (a talk's pauses are more than that).
QUIET_SHARE = 0.15


def suppress(x: np.ndarray, over: float = 4.0, floor_db: float = -20.0) -> np.ndarray:
    """``x`` through a noise suppressor: power spectral subtraction in 32 ms frames (8 ms hop), ``over`` times the
    noise's mean power taken off in each bin, the gain never under ``floor_db``; no smoothing in time or frequency,
    so the noise left is musical (bins that poke out flicker on and off); the bins under :data:`LOW_CUT` are held at
    the floor.  The noise's mean power in a bin is read
    from its quietest frames: a noise bin's power is exponentially distributed, so its :data:`QUIET_SHARE`
    percentile is ``-ln(1 - QUIET_SHARE)`` of its mean."""
    spec, win = _frames(x.astype(np.float64))
    power = np.abs(spec) ** 2
    noise = np.percentile(power, 100 * QUIET_SHARE, axis=0) / -np.log(1 - QUIET_SHARE)
    gain = np.sqrt(np.clip(1.0 - over * noise[None, :] / np.maximum(power, 1e-20), 10 ** (floor_db / 10), 1.0))
    gain[:, np.fft.rfftfreq(FFT, 1 / RATE) < LOW_CUT] = 10 ** (floor_db / 20)
    return _overlap_add(spec * gain, win, len(x)).astype(np.float32)


def noise_suppressor(made: Made) -> Made:
    """The finished recording as a phone's noise suppressor passes it on (:func:`suppress`); the timeline kept."""
    y = suppress(made.samples)
    before = a4.speech_rms(made) / max(1e-12, _pause_rms(made, made.samples))
    after = a4.speech_rms(Made(y, made.segments)) / max(1e-12, _pause_rms(made, y))
    note = (f"a phone's noise suppressor (spectral subtraction, 32 ms frames, the noise's mean x4 taken off, floor "
            f"-20 dB and under 80 Hz, no smoothing: musical noise): speech over the median pause "
            f"{20 * np.log10(before):.1f} dB -> {20 * np.log10(after):.1f} dB")
    return Made(y, made.segments, made.notes + [note], made.words)


def _pause_rms(made: Made, y: np.ndarray) -> float:
    """The median pause's RMS in ``y`` (0.1 s from either voice): a howl or a buzz in a few pauses does not count."""
    lines = _lines(made)
    parts = [y[int((a["end"] + 0.1) * RATE):int((b["start"] - 0.1) * RATE)] for a, b in zip(lines, lines[1:])]
    rms = [sc._rms(p) for p in parts if len(p)]
    return float(np.median(rms)) if rms else 0.0


# ------------------------------------------------------------------ transcripts
def drifting_srt(segments: list[dict], seed: int) -> tuple[str, dict]:
    """The transcript as SubRip subtitles timed for the same cut at another frame rate: every cue's times
    multiplied by 25/23.976 or 23.976/25 (a film's subtitles against its PAL copy, or the other way) and moved by
    one offset of 0.3-1.2 s either way.  Returns the file and what was done."""
    prng = random.Random(seed)
    scale = 25 / 23.976 if prng.random() < 0.5 else 23.976 / 25
    off = prng.choice((-1, 1)) * prng.uniform(0.3, 1.2)
    cues = []
    for i, s in enumerate(segments):
        a, b = max(0.0, s["start"] * scale + off), max(0.0, s["end"] * scale + off)
        cues.append(f"{i + 1}\n{a4.srt_time(a)} --> {a4.srt_time(b)}\n{s['text']}\n")
    return "\n".join(cues), {"scale": round(scale, 6), "offset": round(off, 3)}


def subtitle_lines(made: Made, width: int = 42) -> Made:
    """The talk's words regrouped into subtitle-shaped lines of at most ``width`` characters, filled greedily and
    running across sentence ends (a line may hold one sentence's end and the next one's start); each line's truth
    runs from its first word's start to its last word's end (every word must be timed: flite and festival)."""
    lines = _lines(made)
    tokens: list[tuple[str, dict]] = []
    for k, s in enumerate(made.segments):
        said = s["text"].split()
        timed = [w for w in made.words if w["seg"] == k]
        if len(said) != len(timed):
            raise ValueError(f"line {k}: {len(said)} written words, {len(timed)} timed")
        tokens += list(zip(said, timed))
    groups: list[list[tuple[str, dict]]] = [[]]
    for tok in tokens:
        text = " ".join(t for t, _ in groups[-1] + [tok])
        if groups[-1] and len(text) > width:
            groups.append([])
        groups[-1].append(tok)
    segs, words = [], []
    for g, group in enumerate(groups):
        voice = made.segments[group[0][1]["seg"]].get("voice", "")
        segs.append({"text": " ".join(t for t, _ in group), "start": group[0][1]["start"],
                     "end": group[-1][1]["end"], "bounds": "tts-words", "voice": voice})
        words += [dict(w, seg=g) for _, w in group]
    across = sum(1 for group in groups if len({w["seg"] for _, w in group}) > 1)
    note = (f"transcript: subtitle-shaped lines of at most {width} characters ({len(segs)} lines for {len(lines)} "
            f"sentences, {across} of them across a sentence's end); each line's truth from its first word's start "
            "to its last word's end")
    return Made(made.samples, segs, made.notes + [note], words)


# ------------------------------------------------------------------ codecs
#: aside13_cases' codecs and four no case had: kind -> (suffix, container, codec, bits a second, rate, frame).
CODECS = {**a13.CODECS,
          "u8": ("u8.wav", "wav", "pcm_u8", 88200, 11025, 256),  # beside audio.wav, not over it
          "swf": ("swf.flv", "flv", "adpcm_swf", 88200, 22050, 4096),
          "roq": ("roq", "roq", "roq_dpcm", 176400, 22050, 735),
          "argo": ("argo", "argo_asf", "adpcm_argo", 88200, 22050, 32)}


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FourteenthSpoilers(a13.ThirteenthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside13_cases.ThirteenthSpoilers', ``codec`` from
    :data:`CODECS`): an English case's and a language talk's (aside14_languages.LangSpec)."""

    pops: int = 0  #: plosive pops on this many line edges (inside the lines)
    howls: int = 0  #: PA feedback howling, begun inside this many lines
    buzzes: int = 0  #: a phone vibrating on the table this many times
    jingle: bool = False  #: a podcast's opening tune ducked under the first line, and a closing one
    asks: list = None  #: questions from the audience from a far microphone: [(text, Voice)]
    suppressor: bool = False  #: the finished recording through a phone's noise suppressor


@dataclass
class Spec(a10.Spec, FourteenthSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript -- also "vtt", "restart",
    "edited", and here "drift" and "subtitles" --, voices, shift, room, seed) with this set's spoilers."""


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def _asks(which: str, picks: list[tuple[int, Voice]]) -> list[tuple[str, Voice]]:
    """The questions ``picks`` (index into the half ``which`` of :data:`QUESTIONS`, the voice that asks it): no
    question is asked twice in the set."""
    pool = QUESTIONS[:DEV_QUESTIONS] if which == "dev" else QUESTIONS[DEV_QUESTIONS:]
    return [(pool[i], voice) for i, voice in picks]


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev lines): prove the spoilers end to end
        "rd57_real_pops_jingle_u8": Spec(d, "real", real=R(57801, 18, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                         room=("pink", 32), seed=57811, pops=6, jingle=True, codec="u8"),
        "rd57_real_suppressor_question_drift_swf": Spec(
            d, "real", "drift", real=R(57802, 18, wideband=True, snr_db=q, gap=(0.5, 1.4)), room=("murmur", 16),
            seed=57812, suppressor=True, asks=_asks(d, [(0, Voice(F, "rms", 1.0))]), codec="swf"),
        "rd57_festival_subtitles_howl_buzz_roq": Spec(d, "synth", "subtitles", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 1.45), Voice(FEST, "kal", 1.0)], 57401, 57501, 10,
                           pause=(0.4, 1.2), turn=2)], room=("pink", 32), seed=57814, howls=1, buzzes=1, codec="roq"),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside14)
        "ox_real_pops_u8": Spec(a, "real", real=R(57101, 22, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                room=("pink", 32), seed=57201, pops=10, codec="u8"),
        "ox_real_suppressor_cafe": Spec(a, "real", real=R(57102, 22, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                        room=("murmur", 14), seed=57202, cafe=16, suppressor=True),
        "ox_real_jingle_page": Spec(a, "real", "page", real=R(57103, 22, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                    room=("pink", 34), seed=57203, jingle=True),
        "ox_real_question_drift_swf": Spec(a, "real", "drift", real=R(57104, 22, wideband=True, snr_db=q,
                                                                      gap=(0.4, 1.4)),
                                           room=("pink", 32), seed=57204,
                                           asks=_asks(a, [(0, Voice(F, "awb", 1.0)),
                                                          (4, Voice(E, "en-us+announcer", 1.0))]), codec="swf"),
        "ox_real_howl_buzz_dashes": Spec(a, "real", "dashes", real=R(57105, 22, wideband=False, snr_db=q,
                                                                     gap=(0.3, 1.3)),
                                         room=("fan", 30), seed=57205, howls=2, buzzes=2),
        "ox_real_long_mix_argo": Spec(a, "real", real=R(57106, 96, wideband="parts", snr_db=q, gap=(0.4, 1.6),
                                                        long_pauses=0.1, repeats=2),
                                      room=("pink", 24), seed=57206, jingle=True, pops=8, howls=2, buzzes=3,
                                      asks=_asks(a, [(1, Voice(F, "slt", 1.0)),
                                                     (5, Voice(E, "en-gb+Mr serious", 0.95))]),
                                      suppressor=True, codec="argo"),
        "ox_flite_subtitles_pops_u8": Spec(a, "synth", "subtitles", recordings=[
            generated_talk([Voice(F, "awb", 0.7), Voice(F, "kal16", 1.55)], 57402, 57502, 14, pause=(0.3, 1.2),
                           turn=2)], room=("pink", 32), seed=57211, pops=6, codec="u8"),
        "ox_festival_subtitles_suppressor_roq": Spec(a, "synth", "subtitles", recordings=[
            generated_talk([Voice(FEST, "ked", 1.55), Voice(FEST, "slt_hts", 1.45)], 57403, 57503, 14,
                           pause=(0.3, 1.1), turn=1)], room=("murmur", 16), seed=57212, suppressor=True,
            codec="roq"),
        "ox_espeak_announcer_question_jingle_vtt": Spec(a, "synth", "vtt", recordings=[
            generated_talk([Voice(E, "en-us+announcer", 1.0), Voice(E, "en-gb-x-rp+UniRobot", 1.1)], 57404, 57504,
                           14, pause=(0.4, 1.3), turn=3)], room=("pink", 32), seed=57213, jingle=True,
            asks=_asks(a, [(6, Voice(F, "rms", 1.05))])),
        "ox_espeak_serious_howl_drift": Spec(a, "synth", "drift", recordings=[
            generated_talk([Voice(E, "en-us+Mr serious", 0.9), Voice(E, "en-029+UniRobot", 1.15)], 57405, 57505, 14,
                           pause=(0.3, 1.2), turn=2)], room=("fan", 30), seed=57215, howls=2, pops=4),
    }


DEV_NAMES = ["rd57_real_pops_jingle_u8", "rd57_real_suppressor_question_drift_swf",
             "rd57_festival_subtitles_howl_buzz_roq"]
ASIDE_NAMES = ["ox_real_pops_u8", "ox_real_suppressor_cafe", "ox_real_jingle_page", "ox_real_question_drift_swf",
               "ox_real_howl_buzz_dashes", "ox_real_long_mix_argo", "ox_flite_subtitles_pops_u8",
               "ox_festival_subtitles_suppressor_roq", "ox_espeak_announcer_question_jingle_vtt",
               "ox_espeak_serious_howl_drift"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None (the questions' voices too)."""
    from aside_common import voices_need
    from synth_cases import Recording

    spec = catalogue()[name]
    asked = [Recording(1, [v for _, v in spec.asks], 0, 0)] if spec.asks else []
    return a10.needs(spec, voices_need(asked))


def spoil(made: Made, spec, floor: float = 0.0) -> Made:
    """The spoilers in the order they happen: the audience's questions (the hall between lines), pops on the
    microphone, feedback and the phone on the table in the room; the podcast's jingles (the room's noise runs
    under them too); then aside13_cases.spoil's (..., the room's noise, a cassette or a call); last the phone's
    noise suppressor over the finished recording."""
    if spec.asks:
        made = audience_questions(made, spec.seed + 100, spec.asks)
    if spec.pops:
        made = lay_pops(made, spec.seed + 101, spec.pops)
    if spec.howls:
        made = lay_howls(made, spec.seed + 102, spec.howls)
    if spec.buzzes:
        made = lay_vibrations(made, spec.seed + 103, spec.buzzes)
    if spec.jingle:
        made = podcast_jingles(made, spec.seed + 104)
    made = a13.spoil(made, spec, floor)
    if spec.suppressor:
        made = noise_suppressor(made)
    return a4.headroom(made)


def transcript(built: uc.Built, spec: Spec, name: str) -> uc.Built:
    """The transcript's shape: aside12_cases' (page, dashes, srt, vtt, ...), or SubRip timed at another frame rate
    (:func:`drifting_srt`); subtitle-shaped lines are made with the truth (:func:`subtitle_lines`)."""
    if spec.transcript == "drift":
        built.page, how = drifting_srt(built.made.segments, spec.seed + 105)
        built.derived = {"change": "SubRip subtitles timed at another frame rate", "changed": [], **how}
        built.notes.append(f"transcript: SubRip subtitles timed at another frame rate (times x{how['scale']:.5f}, "
                           f"{how['offset']:+.2f} s)")
        a7.check_reads_back(built.page, built.made.segments, name)
        return built
    if spec.transcript == "subtitles":
        return built
    return a13.a12.transcript(built, spec, name)


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = a10._placed(spec)
    if spec.transcript == "subtitles":
        made = subtitle_lines(made)
    made = spoil(made, spec)
    encoded = None
    if spec.codec:
        made, encoded = a9.store_codec(made, spec.codec, CODECS)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    return transcript(built, spec, name)
