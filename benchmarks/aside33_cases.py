"""A thirty-third aside set nobody has tuned to (``ly_*``, English), and dev twins made the same way (``rd76_*``).

``az_*`` .. ``ky_*`` have each been run once and looked at (``ky_*``, the thirty-second, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the thirty-two sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``aside*_cases.py``):

* **fireworks over a summer evening's outdoor talk**: displays of 10-24 s, a rocket sent up every 0.6-2.5 s, each
  rising 0.8-1.8 s with a whistle gliding up an octave from 1.2-2 kHz (or a hiss at 2-6 kHz), then the burst: a
  low bang (30-300 Hz over 0.15-0.3 s with a crack over it), two echoes off the buildings 0.2-0.6 s later, and a
  crackle of 20-60 sparks a second for 0.5-1.5 s -- impulses loud at their peak, and glides in the voice's highs,
  16-24 dB under the speech over the display (:func:`fireworks`);
* **an accordion busker in the street outside**: 10-28 s of a waltz at 90-140 beats a minute, the left hand's
  "oom-pah-pah" (a bass note on the bar's first beat, a three-note chord on the second and third) under a melody
  of held notes on a major scale (440-880 Hz), every note a pair of free reeds 10-20 cents apart (the musette's
  beating, 3-9 a second in the melody) with a bright 1/k series to 6 kHz, the sound dipping for 50-90 ms at each
  turn of the bellows every 2-4 bars, 18-26 dB under the speech over the tune (:func:`accordion`);
* **a cat in the room of a talk recorded at home**: spells of 10-28 s of a cat's "mi-a-ow" (0.4-1.2 s, voiced on an
  arch of 450-800 Hz, its formants gliding from an /i/ through an /a/ to an /u/ behind a quieter nasal "m") and
  purring between (a 22-30 Hz train of breathy low pulses, each breath in and out), 16-24 dB under the speech over
  the spell (:func:`cat`) -- the first added sound whose vowels move as a word's do;
* **a dishwasher through the kitchen wall**: a programme's phases of 3-8 s in spells of 12-28 s -- washing (the
  motor's 50 Hz hum and its harmonics to 400 Hz, and the spray arm's swish swelling 0.5-1.2 times a second as its
  jet passes the door), the pump draining (a gurgle of 200-800 Hz bubbling 4-10 times a second), the valve
  filling (a steady 1-4 kHz hiss), each after a valve's click and 1-4 s of quiet -- a bed that stops and starts
  with the programme, not with the talk, 18-26 dB under the speech over the spell (:func:`dishwasher`);
* containers no set had: **MPEG-1 Layer II in a Broadcast Wave file** (``.bwf``, 48 kHz, a ``bext`` chunk: EBU Tech
  3285's MPEG BWF, a radio station's archive of a lecture it broadcast; a ``.wav`` in all but its suffix and its
  codec -- the sets' WAVs held PCM, ADPCM, G.711, G.726 or AC-3 over S/PDIF, never MPEG audio) and **24-bit PCM in an
  MXF OP1a file** (``.mxf``, 48 kHz, an MPEG-2 picture at 25 a second: a broadcast camera's or an edit suite's
  recording of a lecture);
* voices at speeds they never had: flite ``kal`` x0.45 and ``rms`` x2.07, festival ``ked`` x0.43 and ``slt_hts``
  x2.02 (dev: flite ``awb`` x0.51, ``slt`` x1.97); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``ly_*``, once (``run.py --aside33``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside26_cases as a26
import aside30_cases as a30
import aside31_cases as a31
import aside32_cases as a32
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"


def _put(out: np.ndarray, at: float, sound: np.ndarray) -> None:
    """``sound`` added into ``out`` from ``at`` s, cut at its end."""
    i = int(at * RATE)
    if i < len(out):
        out[i:i + len(sound)] += sound[:len(out) - i]


def _peak_one(x: np.ndarray) -> np.ndarray:
    """``x`` scaled to a peak of 1 (silence stays silence)."""
    return x / (np.abs(x).max() + 1e-12)


# ------------------------------------------------------------------ fireworks
def rocket_whistle(low: float, seconds: float) -> np.ndarray:
    """A whistling rocket's climb: a tone gliding up an octave from ``low`` Hz over ``seconds`` s (faster at the end,
    as its tube empties), its second harmonic at a fifth, swelling in and cut at the burst."""
    k = int(seconds * RATE)
    x = np.arange(k) / k
    f = low * 2 ** (x ** 1.5)
    phase = 2 * np.pi * np.cumsum(f) / RATE
    return (np.sin(phase) + 0.2 * np.sin(2 * phase)) * np.minimum(1.0, x / 0.15)


def burst(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A shell's burst: a low bang (aside26_cases._knock at 30-300 Hz dying over 0.15-0.3 s, in 0.8 s) with a crack
    over it (1-6 kHz over 3 ms, a third of its peak), two echoes off the buildings (0.2-0.6 s later, 8 and 14 dB
    down), and from 0.05 s on a crackle of 20-60 sparks a second for 0.5-1.5 s (cracks at 2-8 kHz, a fifth of the
    bang's peak, thinning out).  Returns the burst and its times (echoes, crackle's span and rate)."""
    k = int(0.8 * RATE)
    bang = a30._band(rng.normal(size=k), 30.0, 300.0) * np.exp(-np.arange(k) / (prng.uniform(0.15, 0.3) * RATE))
    bang = _peak_one(bang)
    crack = _peak_one(a26._knock(rng, 1000.0, 6000.0, 0.003))
    bang[:len(crack)] += crack / 3
    echoes = sorted(prng.uniform(0.2, 0.6) for _ in range(2))
    length, rate = prng.uniform(0.5, 1.5), prng.uniform(20.0, 60.0)
    out = np.zeros(int((0.05 + length + 1.5) * RATE))
    _put(out, 0.0, bang)
    for at, db in zip(echoes, (8.0, 14.0)):
        _put(out, at, bang * 10 ** (-db / 20))
    t = 0.05
    while t < 0.05 + length:
        spark = _peak_one(a26._knock(rng, 2000.0, 8000.0, 0.0008))
        _put(out, t, 0.2 * prng.uniform(0.4, 1.0) * spark)
        t += prng.expovariate(rate * (1.0 - 0.5 * (t - 0.05) / length))
    return out, {"echoes": echoes, "crackle": (0.05, 0.05 + length, rate)}


def display(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list]:
    """``seconds`` s of a fireworks display: a rocket sent up every 0.6-2.5 s, climbing 0.8-1.8 s -- two in three
    whistling (:func:`rocket_whistle` from 1.2-2 kHz), the others hissing (noise at 2-6 kHz, a third of the level) --
    then bursting (:func:`burst`, its bang at five times the climb's peak).  Returns the display and its rockets
    (launch, burst time, whistle's first pitch or None)."""
    out, rockets, t = np.zeros(int((seconds + 4.0) * RATE)), [], 0.0
    while t < seconds:
        climb = prng.uniform(0.8, 1.8)
        if prng.random() < 2 / 3:
            low = prng.uniform(1200.0, 2000.0)
            rise = rocket_whistle(low, climb)
        else:
            low = None
            hiss = a30._band(rng.normal(size=int(climb * RATE)), 2000.0, 6000.0)
            rise = _peak_one(hiss) / 3 * np.minimum(1.0, np.arange(len(hiss)) / (0.15 * RATE))
        _put(out, t, 0.3 * rise)
        bang, _ = burst(rng, prng)
        _put(out, t + climb, 1.5 * bang)
        rockets.append((t, t + climb, low))
        t += prng.uniform(0.6, 2.5)
    end = rockets[-1][1] + 2.0
    return out[:int(end * RATE)], rockets


def fireworks(made: Made, seed: int, displays: int) -> Made:
    """Fireworks over an outdoor talk, ``displays`` displays of 10-24 s (:func:`display`), one in each of
    ``displays`` equal stretches of the talk, in lines and pauses alike, 16-24 dB under the speech over the display.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, rockets = display(prng.uniform(10.0, 24.0), rng, prng)
        whistling = sum(low is not None for _, _, low in rockets)
        return sound, f"{len(rockets)} rockets, {whistling} whistling"

    return one_sound_in_each_stretch(made, seed, displays, "fireworks over the talk", 0.5, (16.0, 24.0), one)


# ------------------------------------------------------------------ an accordion busker
def reed_pair(pitch: float, seconds: float, cents: float) -> np.ndarray:
    """One accordion note: two free reeds on ``pitch`` Hz and ``cents`` over it (the musette's wet tuning: their
    partials beat), each a bright series (aside31_cases._harmonics, the k-th partial at 1/k, to 6 kHz), speaking over
    15 ms and stopping over 20 ms."""
    k = int(seconds * RATE)
    both = sum(a31._harmonics(np.full(k, f), 1.0, 6000.0) for f in (pitch, pitch * 2 ** (cents / 1200)))
    i = np.arange(k)
    return both * np.minimum(1.0, i / (0.015 * RATE)) * np.minimum(1.0, (k - i) / (0.02 * RATE))


def waltz(seconds: float, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a busker's waltz on an accordion: a key whose root is 110-196 Hz, 90-140 beats a minute, each
    bar the left hand's bass (the root of I or V, an octave under the key's) on its first beat and the chord (three
    notes an octave over the bass) on the second and third, each 60 % of a beat; over it a melody of notes one to
    three beats long on the major scale two octaves over the root (aside32_cases._degree_hz), every note a
    :func:`reed_pair` 10-20 cents wet; at every turn of the bellows (each 2-4 bars) the whole dips to a tenth for
    50-90 ms.  Returns the tune and what it was (beat, bars, cents, melody (start, pitch), the bellows' turns)."""
    root, beat, cents = prng.uniform(110.0, 196.0), 60.0 / prng.uniform(90.0, 140.0), prng.uniform(10.0, 20.0)
    bars = max(2, int(seconds / (3 * beat)))
    n = int((bars * 3 * beat + 0.5) * RATE)
    out = np.zeros(n)
    for bar in range(bars):
        chord = prng.choice(("I", "V"))
        lowest = a32._degree_hz(root / 2, a32.CHORDS[chord][0])
        at = bar * 3 * beat
        _put(out, at, 0.6 * _peak_one(reed_pair(lowest, 0.6 * beat, cents)))
        triad = sum(reed_pair(a32._degree_hz(root, d), 0.6 * beat, cents) for d in a32.CHORDS[chord])
        for b in (1, 2):
            _put(out, at + b * beat, 0.4 * _peak_one(triad))
    melody, t, step = [], 0.0, prng.randrange(7, 12)
    while t < bars * 3 * beat - beat / 2:
        length = min(prng.choice((1, 1, 2, 3)) * beat, bars * 3 * beat - t)
        f = a32._degree_hz(2 * root, step)
        _put(out, t, 0.8 * _peak_one(reed_pair(f, length, cents)))
        melody.append((t, f))
        t += length
        step = min(13, max(2, step + prng.choice((-2, -1, 1, 2))))
    turns, bar = [], prng.randint(2, 4)
    while bar < bars:
        at = bar * 3 * beat + prng.uniform(-0.1, 0.1) * beat
        dip = prng.uniform(0.05, 0.09)
        i, j = int(at * RATE), int((at + dip) * RATE)
        out[i:j] *= 0.1
        turns.append((at, at + dip))
        bar += prng.randint(2, 4)
    return out, {"beat": beat, "bars": bars, "cents": cents, "melody": melody, "turns": turns, "root": root}


def accordion(made: Made, seed: int, tunes: int) -> Made:
    """An accordion busker in the street outside, ``tunes`` waltzes of 10-28 s (:func:`waltz`), one in each of
    ``tunes`` equal stretches of the talk, in lines and pauses alike, 18-26 dB under the speech over the tune.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = waltz(prng.uniform(10.0, 28.0), prng)
        return sound, (f"a waltz of {what['bars']} bars at {60 / what['beat']:.0f} beats a minute, reeds "
                       f"{what['cents']:.0f} cents apart")

    return one_sound_in_each_stretch(made, seed, tunes, "an accordion busker in the street outside", 0.5,
                                     (18.0, 26.0), one)


# ------------------------------------------------------------------ a cat in the room
#: A meow's vowels, "mi-a-ow": the formant pairs (F1, F2 in Hz) it glides through, at its start, middle and end.
MEOW_VOWELS = ((300.0, 2300.0), (800.0, 1300.0), (350.0, 800.0))


def meow(pitch: float, seconds: float) -> np.ndarray:
    """One cat's "mi-a-ow" of ``seconds`` s: a voiced buzz (aside31_cases._harmonics, 1/k to 5 kHz) on an arch from
    ``pitch`` up by a quarter and back down to a tenth under it, heard through each of :data:`MEOW_VOWELS` in turn (each vowel's two
    formants as bands 30 % wide, crossfaded over an eighth: /i/ over the first third, /a/ in the middle, /u/ at the
    end), after a
    nasal "m" (the first 12 %: the closed mouth's murmur, the fundamental alone, a quarter of the level), rising over
    20 ms and dying over the last fifth."""
    k = int(seconds * RATE)
    x = np.arange(k) / k
    f0 = pitch * (1.0 + 0.25 * np.sin(np.pi * x) - 0.1 * x)
    buzz = a31._harmonics(f0, 1.0, 5000.0)
    vowels = [sum(a30._band(buzz, 0.85 * f, 1.15 * f) for f in pair) for pair in MEOW_VOWELS]
    weights = [np.clip(1.0 - np.abs(x - c) / 0.25, 0.0, 1.0) for c in (0.12, 0.5, 0.88)]
    voiced = sum(w * v for w, v in zip(weights, vowels)) / (sum(weights) + 1e-12)
    nasal = 0.25 * _peak_one(a30._band(buzz, 0.7 * pitch, 1.5 * pitch)) * np.abs(voiced).max()
    m = x < 0.12
    out = np.where(m, nasal, voiced)
    out *= np.minimum(1.0, x * k / (0.02 * RATE)) * np.minimum(1.0, 5.0 * (1.0 - x))
    return _peak_one(out)


def purr(seconds: float, rate: float, rng: np.random.Generator) -> np.ndarray:
    """A cat purring for ``seconds`` s: ``rate`` pulses a second (22-30) of low breathy noise (50-400 Hz), each a
    short burst shaped by a raised cosine, the breath in (the first 55 % of each second and a half) louder than the
    breath out."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    pulses = (0.5 - 0.5 * np.cos(2 * np.pi * rate * t)) ** 4
    breath = np.where((t % 1.5) < 0.825, 1.0, 0.6)
    return _peak_one(a30._band(rng.normal(size=k), 50.0, 400.0) * pulses * breath)


def cat_spell(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a cat in the room: meows (:func:`meow`, 0.4-1.2 s within 7 % of the cat's own 450-800 Hz) every 1.5-6 s
    and, between two meows 2 s apart or more, purring (:func:`purr` at the cat's 22-30 a second) from 0.3 s after
    the meow to 0.3 s before the next, a fifth of a meow's peak; the spell lasts ``seconds`` s or to its last meow's
    end.  Returns the spell and its meows (start, end, pitch) and purrs (start, end, rate)."""
    pitch, rate = prng.uniform(450.0, 800.0), prng.uniform(22.0, 30.0)
    out, meows, purrs, t = np.zeros(int((seconds + 1.5) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds:
        length, own = prng.uniform(0.4, 1.2), pitch * prng.uniform(0.93, 1.07)
        _put(out, t, meow(own, length) * prng.uniform(0.7, 1.0))
        meows.append((t, t + length, own))
        t += length + prng.uniform(1.5, 6.0)
    for (a, b, _), (c, _, _) in zip(meows, meows[1:]):
        if c - b >= 2.0:
            _put(out, b + 0.3, 0.2 * purr(c - b - 0.6, rate, rng))
            purrs.append((b + 0.3, c - 0.3, rate))
    return out[:int(max(seconds, meows[-1][1]) * RATE) + 1], {"meows": meows, "purrs": purrs}


def cat(made: Made, seed: int, spells: int) -> Made:
    """A cat in the room where the talk is recorded, ``spells`` spells of 10-28 s (:func:`cat_spell`), one in each
    of ``spells`` equal stretches of the talk, in lines and pauses alike, 16-24 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = cat_spell(prng.uniform(10.0, 28.0), rng, prng)
        return sound, f"{len(what['meows'])} meows, {len(what['purrs'])} purrs"

    return one_sound_in_each_stretch(made, seed, spells, "a cat in the room", 0.5, (16.0, 24.0), one)


# ------------------------------------------------------------------ a dishwasher through the wall
#: A dishwasher programme's phases and what each sounds like (:func:`phase_sound`).
PHASES = ("wash", "drain", "fill")


def phase_sound(phase: str, seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, float]:
    """``seconds`` s of one phase of a dishwasher heard through a wall: ``wash`` the motor's hum (50 Hz and its
    harmonics to 400 Hz, 1/k) and the spray arm's swish (noise at 300-3000 Hz swelling from a fifth to full 0.5-1.2
    times a second as the jet passes the door), ``drain`` the pump's gurgle (noise at 200-800 Hz bubbling 4-10 times
    a second, at random), ``fill`` the valve's steady hiss (noise at 1-4 kHz); each speaking over 50 ms and stopping
    over 30 ms.  Returns the sound and its rate (the arm's turns or the gurgle's bubbles a second; 0 for a fill)."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    if phase == "wash":
        turns = prng.uniform(0.5, 1.2)
        hum = a31._harmonics(np.full(k, 50.0), 1.0, 400.0)
        swish = a30._band(rng.normal(size=k), 300.0, 3000.0) * (0.2 + 0.8 * (0.5 - 0.5 * np.cos(2 * np.pi * turns * t)))
        sound, rate = 0.5 * _peak_one(hum) + _peak_one(swish), turns
    elif phase == "drain":
        rate = prng.uniform(4.0, 10.0)
        bubbles = np.zeros(k)
        at = 0.0
        while at < seconds:
            i = int(at * RATE)
            j = min(k, i + int(0.06 * RATE))
            bubbles[i:j] += np.hanning(2 * (j - i))[:j - i] if j > i else 0.0
            at += prng.uniform(0.5, 1.5) / rate
        sound = a30._band(rng.normal(size=k), 200.0, 800.0) * (0.15 + bubbles)
    else:
        sound, rate = a30._band(rng.normal(size=k), 1000.0, 4000.0), 0.0
    i = np.arange(k)
    return _peak_one(sound) * np.minimum(1.0, i / (0.05 * RATE)) * np.minimum(1.0, (k - i) / (0.03 * RATE)), rate


def programme(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list]:
    """``seconds`` s of a dishwasher's programme: phases (:data:`PHASES`, washing twice as often as the others) of
    3-8 s, each after 1-4 s of quiet and a valve's click (aside26_cases._knock at 500-3000 Hz over 2 ms) as it
    starts.  Returns the programme and its phases (start, end, phase, rate)."""
    out, phases, t = np.zeros(int((seconds + 9.0) * RATE)), [], 0.0
    while t < seconds:
        phase = prng.choice(("wash", "wash", "drain", "fill"))
        length = prng.uniform(3.0, 8.0)
        sound, rate = phase_sound(phase, length, rng, prng)
        _put(out, t, sound * (0.7 if phase == "wash" else 0.5))
        _put(out, t, 0.8 * _peak_one(a26._knock(rng, 500.0, 3000.0, 0.002)))
        phases.append((t, t + length, phase, rate))
        t += length + prng.uniform(1.0, 4.0)
    return out[:int(phases[-1][1] * RATE) + 1], phases


def dishwasher(made: Made, seed: int, spells: int) -> Made:
    """A dishwasher through the kitchen wall, ``spells`` spells of 12-28 s of its programme (:func:`programme`), one
    in each of ``spells`` equal stretches of the talk, in lines and pauses alike, 18-26 dB under the speech over the
    spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, phases = programme(prng.uniform(12.0, 28.0), rng, prng)
        return sound, f"{len(phases)} phases: " + " ".join(p for _, _, p, _ in phases)

    return one_sound_in_each_stretch(made, seed, spells, "a dishwasher through the kitchen wall", 0.5,
                                     (18.0, 26.0), one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it, and what else
#: aside_common.encoded_bytes is told).
CODECS = {
    "bwf": ("bwf", "wav", "mp2", 128000, 48000, 1152, None, "MPEG-1 Layer II (128 kb/s, 48 kHz) in a Broadcast Wave "
            "file with a bext chunk (EBU Tech 3285's MPEG BWF), a radio station's archive of a lecture it broadcast",
            {"options": {"write_bext": "1"}}),
    "mxf": ("mxf", "mxf", "pcm_s24le", 0, 48000, 1920, "mpeg2video", "24-bit PCM (48 kHz) in an MXF OP1a file with "
            "an MPEG-2 picture at 25 a second, a broadcast camera's recording of a lecture", {"video_fps": 25}),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirtyThirdSpoilers(a32.ThirtySecondSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside32_cases.ThirtySecondSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside33_languages.LangSpec)."""

    fireworks: int = 0  #: this many fireworks displays (0: none)
    accordion: int = 0  #: an accordion busker playing this many waltzes (0: none)
    cat: int = 0  #: this many spells of a cat meowing and purring (0: none)
    dishwasher: int = 0  #: this many spells of a dishwasher's programme (0: none)


@dataclass
class Spec(a10.Spec, ThirtyThirdSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd76_real_fireworks_page_bwf": Spec(d, "real", "page", real=R(119801, 16, wideband=True, snr_db=q,
                                                                       gap=(0.5, 1.4)),
                                             room=("pink", 36), seed=119811, fireworks=2, codec="bwf"),
        "rd76_real_accordion_dashes_mxf": Spec(d, "real", "dashes", real=R(119802, 16, wideband=True, snr_db=q,
                                                                           gap=(0.5, 1.5)),
                                               room=("murmur", 34), seed=119812, accordion=2, codec="mxf"),
        "rd76_real_cat_plain": Spec(d, "real", real=R(119803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                      long_pauses=0.3),
                                    room=("pink", 36), seed=119813, cat=2),
        "rd76_flite_dishwasher_fireworks_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 0.51), Voice(F, "slt", 1.97)], 119401, 119501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=119814, dishwasher=1, fireworks=1),
        "rd76_espeak_cat_accordion_dishwasher": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+Denis", 1.08), Voice(E, "en-us+Quincy", 0.94)], 119403,
                           119503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=119816, cat=1,
            accordion=1, dishwasher=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside33)
        "ly_real_fireworks_page": Spec(a, "real", "page", real=R(119101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 34), seed=119201, fireworks=3),
        "ly_real_accordion_plain_bwf": Spec(a, "real", real=R(119102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                            room=("pink", 36), seed=119202, accordion=2, codec="bwf"),
        "ly_real_cat_dashes": Spec(a, "real", "dashes", real=R(119103, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                               long_pauses=0.3),
                                   room=("pink", 38), seed=119203, cat=2),
        "ly_real_dishwasher_srt": Spec(a, "real", "srt", real=R(119104, 16, wideband=False, snr_db=q,
                                                                gap=(0.5, 1.6)),
                                       room=("pink", 36), seed=119204, dishwasher=3),
        "ly_real_fireworks_vtt_mxf": Spec(a, "real", "vtt", real=R(119105, 16, wideband=True, snr_db=q,
                                                                   gap=(0.4, 1.5)),
                                          room=("pink", 36), seed=119205, fireworks=2, codec="mxf"),
        "ly_real_long_mix_bwf": Spec(a, "real", "page", real=R(119106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=119206, fireworks=4, accordion=3, cat=3, dishwasher=4,
                                     codec="bwf"),
        "ly_real_cat_accordion_dashes": Spec(a, "real", "dashes", real=R(119108, 16, wideband=False, snr_db=q,
                                                                         gap=(0.4, 1.4)),
                                             room=("murmur", 34), seed=119208, cat=2, accordion=1),
        "ly_flite_dishwasher_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 0.45), Voice(F, "rms", 2.07)], 119404, 119504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=119211, dishwasher=2),
        "ly_festival_cat_fireworks_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 0.43), Voice(FEST, "slt_hts", 2.02)], 119405, 119505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=119212, cat=1, fireworks=2),
        "ly_espeak_accordion_dishwasher_page_mxf": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+Gene", 1.09), Voice(E, "en-us+Linda", 0.91)], 119406,
                           119506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=119213, accordion=2,
            dishwasher=2, codec="mxf"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd76_real_fireworks_page_bwf", "rd76_real_accordion_dashes_mxf", "rd76_real_cat_plain",
                 "rd76_flite_dishwasher_fireworks_page", "rd76_espeak_cat_accordion_dishwasher"],
         "aside": ["ly_real_fireworks_page", "ly_real_accordion_plain_bwf", "ly_real_cat_dashes",
                   "ly_real_dishwasher_srt", "ly_real_fireworks_vtt_mxf", "ly_real_long_mix_bwf",
                   "ly_real_cat_accordion_dashes", "ly_flite_dishwasher_plain", "ly_festival_cat_fireworks_dashes",
                   "ly_espeak_accordion_dishwasher_page_mxf"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the fireworks, the accordion, the cat and the
    dishwasher; then aside32_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.fireworks, lambda m: fireworks(m, spec.seed + 290, spec.fireworks)),
             (spec.accordion, lambda m: accordion(m, spec.seed + 291, spec.accordion)),
             (spec.cat, lambda m: cat(m, spec.seed + 292, spec.cat)),
             (spec.dishwasher, lambda m: dishwasher(m, spec.seed + 293, spec.dishwasher))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a32.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
