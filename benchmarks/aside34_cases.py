"""A thirty-fourth aside set nobody has tuned to (``my_*``, English), and dev twins made the same way (``rd77_*``).

``az_*`` .. ``ly_*`` have each been run once and looked at (``ly_*``, the thirty-third, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the thirty-three sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``aside*_cases.py``):

* **cows lowing at a farm's open day**: spells of 10-26 s of a herd of 1-3 cows, each on her own pitch of 85-150 Hz,
  a "mm-ooo" of 1-3 s every 2-8 s -- a closed mouth's nasal murmur on the fundamental, then the mouth opening through
  an /u/ into an /o/ (formants 300/800 -> 550/950 Hz), the pitch rising a fifth and falling -- 16-24 dB under the
  speech over the spell (:func:`cows`): the first added sound that is voiced in a man's own pitch range and formant
  band (the sheep, geese, cat and baby all sit above it);
* **a motorbike revving past outside**: 8-16 s of an engine accelerating through 3-5 gears, its firing rate climbing
  from 30-40 to 70-95 Hz in each (harmonics 1/k to 4 kHz with the exhaust's noise pulsed at the firing rate) and
  dropping by 30-40 % at each change (a 60-120 ms gap as the clutch goes in), swelling as it comes and fading as it
  goes with its pitch falling 8-12 % as it passes (Doppler), 14-22 dB under the speech at its loudest
  (:func:`motorbike`) -- a harmonic sound whose pitch climbs like an intonation rise, in saw-teeth;
* **a handsaw in the workshop next door**: spells of 10-24 s of sawing, strokes of 0.35-0.7 s (the push loud, the
  pull at half) of noise at 1.5-8 kHz rattled by the teeth 90-220 times a second, 4-12 strokes then 0.8-2.5 s of
  rest (the saw set in the kerf again), a cut ending with the piece's fall (a low knock), 18-26 dB under the speech
  over the spell (:func:`saw`) -- a rhythmic noise in the sibilants' band, each stroke shaped like an /s/;
* **a piano being practised next door**: spells of 10-26 s of a pupil's scales and arpeggios (a major key whose root
  is 130-262 Hz, notes 0.18-0.45 s apart), each struck string's partials stretched by its stiffness (inharmonicity
  B 2-6e-4) and dying over 1-3 s, the highs faster, the phrase broken off and started again after 0.8-2.5 s of
  silence, heard through the wall (under 2.5 kHz), 18-26 dB under the speech over the spell (:func:`piano`) --
  struck onsets at a pitch, decaying into the pauses;
* containers no set had: **Opus in an MPEG transport stream** with an H.264 picture (``.ts``: a broadcaster's or an
  IPTV service's stream of a lecture; the sets' transport streams held AAC, Layer II and AC-3, their Opus was in
  Ogg, WebM, Matroska and MP4 -- and a transport stream carries no pre-skip that FFmpeg honours, so the decoded talk
  starts the encoder's 312 priming samples, 6.5 ms, late: moved into the truth) and **AC-3 in an MP4** with an H.264
  picture (``.mp4``: a film service's download of a lecture; the sets' MP4s held E-AC-3 and Opus, their AC-3 was in
  Matroska, an M2TS and a VOB);
* voices at speeds they never had: flite ``kal`` x2.08 and ``rms`` x0.46, festival ``ked`` x2.06 and ``slt_hts``
  x0.43 (dev: flite ``awb`` x2.04, ``slt`` x0.49); espeak-ng variants at speeds no English talk had them.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``my_*``, once (``run.py --aside34``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside21_cases as a21
import aside26_cases as a26
import aside30_cases as a30
import aside31_cases as a31
import aside32_cases as a32
import aside33_cases as a33
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one = a33._put, a33._peak_one


def _edges(x: np.ndarray, rise: float, fall: float) -> np.ndarray:
    """``x`` speaking over ``rise`` s and stopping over ``fall`` s (no click at either end)."""
    i = np.arange(len(x))
    return x * np.minimum(1.0, i / max(1.0, rise * RATE)) * np.minimum(1.0, (len(x) - i) / max(1.0, fall * RATE))


# ------------------------------------------------------------------ cows lowing
#: A moo's mouth: the formant pairs (F1, F2 in Hz) of its /u/ as the mouth opens and its /o/ when it is open.
MOO_VOWELS = ((300.0, 800.0), (550.0, 950.0))


def moo(pitch: float, seconds: float) -> np.ndarray:
    """One cow's "mm-ooo" of ``seconds`` s: a voiced buzz (aside31_cases._harmonics, 1/k to 3 kHz) on ``pitch`` Hz
    rising a fifth by the middle and falling back under it by the end; over the first quarter the closed mouth's
    murmur (the fundamental's band alone, 0.7-2.2 times the pitch), then the mouth opening: the buzz heard through
    :data:`MOO_VOWELS`' /u/ crossfading into its /o/ (each formant a band 30 % wide), speaking over 60 ms and dying
    over the last fifth."""
    k = int(seconds * RATE)
    x = np.arange(k) / k
    f0 = pitch * (1.0 + 0.5 * np.sin(np.pi * np.minimum(1.0, x / 0.9)) ** 2 - 0.1 * x)
    buzz = a31._harmonics(f0, 1.0, 3000.0)
    u, o = (sum(a30._band(buzz, 0.85 * f, 1.15 * f) for f in pair) for pair in MOO_VOWELS)
    w = np.clip((x - 0.3) / 0.4, 0.0, 1.0)
    mouth = _peak_one((1 - w) * u + w * o)
    murmur = _peak_one(a30._band(buzz, 0.7 * pitch, 2.2 * pitch)) * 0.6
    out = np.where(x < 0.25, murmur, mouth)
    out *= np.minimum(1.0, x * k / (0.06 * RATE)) * np.minimum(1.0, 5.0 * (1.0 - x))
    return _peak_one(out)


def herd(seconds: float, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a herd lowing: 1-3 cows, each on her own pitch (85-150 Hz), one of them mooing (:func:`moo`,
    1-3 s, within 5 % of her pitch, at 60-100 % of the loudest) every 2-8 s; the spell lasts ``seconds`` s or to its
    last moo's end.  Returns the spell and its moos (start, end, pitch, cow)."""
    pitches = [prng.uniform(85.0, 150.0) for _ in range(prng.randint(1, 3))]
    out, moos, t = np.zeros(int((seconds + 3.5) * RATE)), [], prng.uniform(0.0, 1.0)
    while t < seconds:
        cow = prng.randrange(len(pitches))
        length, own = prng.uniform(1.0, 3.0), pitches[cow] * prng.uniform(0.95, 1.05)
        _put(out, t, moo(own, length) * prng.uniform(0.6, 1.0))
        moos.append((t, t + length, own, cow))
        t += length + prng.uniform(1.0, 5.0)
    return out[:int(max(seconds, moos[-1][1]) * RATE) + 1], {"moos": moos, "cows": pitches}


def cows(made: Made, seed: int, spells: int) -> Made:
    """Cows lowing at a farm's open day, ``spells`` spells of 10-26 s (:func:`herd`), one in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 16-24 dB under the speech over the spell.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = herd(prng.uniform(10.0, 23.0), prng)
        return sound, f"{len(what['moos'])} moos from {len(what['cows'])} cows"

    return one_sound_in_each_stretch(made, seed, spells, "cows lowing at the farm", 0.5, (16.0, 24.0), one)


# ------------------------------------------------------------------ a motorbike revving past
def engine_note(rate: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """An engine on the firing rate ``rate`` (Hz, a sample each): its harmonics (1/k to 4 kHz) and the exhaust's
    noise (1-4 kHz) pulsed at the firing rate, a third of the level."""
    tone = _peak_one(a31._harmonics(rate, 1.0, 4000.0))
    phase = 2 * np.pi * np.cumsum(rate) / RATE
    puffs = _peak_one(a30._band(rng.normal(size=len(rate)), 1000.0, 4000.0) * (0.5 + 0.5 * np.cos(phase)) ** 4)
    return tone + puffs / 3


def ride_past(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a motorbike accelerating past: 3-5 gears, the firing rate climbing in each from 30-40 Hz to
    70-95 Hz (the gears sharing the time), dropping 30-40 % at each change after a 60-120 ms gap (the clutch: the
    sound falls to a tenth); passing at 40-60 % of the ride, where the level peaks (a bell 25-35 % of the ride wide)
    and the pitch falls 8-12 % over about 1 s (Doppler: from ``fall``/2 over the engine's own to ``fall``/2 under
    it).  Returns the ride and what it was (gears: (start, end, first rate, last rate) before Doppler; the changes'
    gaps; the pass and the Doppler fall)."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    count = prng.randint(3, 5)
    bounds = np.linspace(0.0, seconds, count + 1)
    rate, level, gears, gaps = np.zeros(k), np.ones(k), [], []
    low = prng.uniform(30.0, 40.0)
    for g in range(count):
        a, b = bounds[g], bounds[g + 1]
        high = prng.uniform(70.0, 95.0)
        m = (t >= a) & (t < b)
        rate[m] = low + (high - low) * ((t[m] - a) / (b - a)) ** 0.7
        gears.append((a, b, low, high))
        if g < count - 1:
            gap = prng.uniform(0.06, 0.12)
            level[(t >= b - gap) & (t < b)] = 0.1
            gaps.append((b - gap, b))
            low = high * prng.uniform(0.6, 0.7)
    passing, fall, width = prng.uniform(0.4, 0.6) * seconds, prng.uniform(0.08, 0.12), prng.uniform(0.25, 0.35)
    doppler = 1.0 + fall / 2 - fall / 2 * np.tanh((t - passing) / 0.3)  # 1 + fall/2 coming, 1 - fall/2 going
    near = np.exp(-0.5 * ((t - passing) / (width * seconds / 2)) ** 2)
    out = engine_note(rate * doppler, rng)
    smooth = np.convolve(level, np.ones(int(0.01 * RATE)) / int(0.01 * RATE), mode="same")
    return _edges(out * smooth * near, 0.05, 0.05), {"gears": gears, "gaps": gaps, "passing": passing, "fall": fall}


def motorbike(made: Made, seed: int, rides: int) -> Made:
    """A motorbike revving past outside, ``rides`` rides of 8-16 s (:func:`ride_past`), one in each of ``rides``
    equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the ride.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = ride_past(prng.uniform(8.0, 16.0), rng, prng)
        return sound, (f"{len(what['gears'])} gears, passing at {what['passing']:.1f} s of the ride, Doppler "
                       f"{100 * what['fall']:.0f} %")

    return one_sound_in_each_stretch(made, seed, rides, "a motorbike revving past outside", 0.5, (14.0, 22.0), one)


# ------------------------------------------------------------------ a handsaw next door
def saw_stroke(seconds: float, teeth: float, rng: np.random.Generator) -> np.ndarray:
    """One stroke of a handsaw: noise at 1.5-8 kHz rattled by the teeth ``teeth`` times a second (each tooth a sharp
    swell), under a half sine (the stroke speeding up and slowing): an /s/ shaped like a stroke."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    bite = (0.5 + 0.5 * np.cos(2 * np.pi * teeth * t)) ** 3
    rasp = a30._band(rng.normal(size=k), 1500.0, 8000.0) * (0.3 + 0.7 * bite)
    return _peak_one(rasp) * np.sin(np.pi * np.arange(k) / k)


def sawing(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of sawing a board next door: runs of 4-12 strokes (:func:`saw_stroke`, 0.35-0.7 s each, the
    push at full level and the pull at half, teeth 90-220 a second) with 0.8-2.5 s of rest between runs, until
    ``seconds`` s; the last stroke ends with the cut piece falling (aside26_cases._knock at 80-800 Hz, at twice a
    stroke's peak) 0.2 s after it.
    Returns the spell and what it was (strokes: (start, end, push); rests; the fall; the teeth's rate)."""
    teeth = prng.uniform(90.0, 220.0)
    out, strokes, rests, t = np.zeros(int((seconds + 2.0) * RATE)), [], [], 0.0
    while t < seconds:
        for s in range(prng.randint(4, 12)):
            if t >= seconds:  # the board is through
                break
            length, push = prng.uniform(0.35, 0.7), s % 2 == 0
            _put(out, t, saw_stroke(length, teeth, rng) * (1.0 if push else 0.5))
            strokes.append((t, t + length, push))
            t += length
        rest = prng.uniform(0.8, 2.5)
        rests.append((t, t + rest))
        t += rest
    fall = strokes[-1][1] + 0.2
    _put(out, fall, 2.0 * _peak_one(a26._knock(rng, 80.0, 800.0, 0.02)))
    return out[:int((fall + 0.05) * RATE)], {"strokes": strokes, "rests": rests[:-1], "fall": fall, "teeth": teeth}


def saw(made: Made, seed: int, spells: int) -> Made:
    """A handsaw in the workshop next door, ``spells`` spells of 10-24 s (:func:`sawing`), one in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 18-26 dB under the speech over the spell.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = sawing(prng.uniform(10.0, 23.0), rng, prng)
        return sound, f"{len(what['strokes'])} strokes, teeth {what['teeth']:.0f} a second"

    return one_sound_in_each_stretch(made, seed, spells, "a handsaw in the workshop next door", 0.5, (18.0, 26.0),
                                     one)


# ------------------------------------------------------------------ a piano practised next door
def piano_note(pitch: float, seconds: float, stiffness: float) -> np.ndarray:
    """One struck piano string: partials k = 1.. under 5 kHz at k * pitch * sqrt(1 + B k^2) (``stiffness`` B: a
    stiff string's stretched partials), each at 1/k, struck over 3 ms and dying over 1.2 s / (1 + 0.35 (k - 1))
    (the highs die first)."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    out = np.zeros(k)
    n = 1
    while n * pitch * np.sqrt(1 + stiffness * n * n) < 5000.0:
        f = n * pitch * np.sqrt(1 + stiffness * n * n)
        out += np.sin(2 * np.pi * f * t) / n * np.exp(-t * (1 + 0.35 * (n - 1)) / 1.2)
        n += 1
    return _peak_one(out) * np.minimum(1.0, t / 0.003)


def practice(seconds: float, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a pupil practising next door: phrases of 6-16 notes (a scale up and down, or an arpeggio of
    the key's chord, on the major scale over a root of 130-262 Hz: aside32_cases._degree_hz), notes 0.18-0.45 s
    apart each ringing 1.5 s (the pedal), a phrase broken off and started again after 0.8-2.5 s of silence (none begun
    after ``seconds`` - 2 s, and one running past ``seconds`` + 1 s cut short, but never under six notes), heard
    through the wall (under 2.5 kHz).  Returns the spell and what it was (notes: (start, pitch); phrases: (start,
    end of its last note's ring); root; stiffness)."""
    root, stiffness, step = prng.uniform(130.0, 262.0), prng.uniform(2e-4, 6e-4), prng.uniform(0.18, 0.45)
    out, notes, phrases, t = np.zeros(int((seconds + 4.0) * RATE)), [], [], 0.0
    while t < seconds - 2.0 or not phrases:
        if prng.random() < 0.5:
            up = list(range(0, 8))
            degrees = up + up[-2::-1]
        else:
            degrees = [0, 2, 4, 7, 9, 11, 14, 11, 9, 7, 4, 2, 0]
        degrees = degrees[:prng.randint(6, min(16, len(degrees)))]
        degrees = degrees[:max(6, int((seconds + 1.0 - t) / step))]  # the lesson's time is up: broken off
        first = t
        for d in degrees:
            f = a32._degree_hz(root, d)
            _put(out, t, piano_note(f, 1.5, stiffness) * prng.uniform(0.6, 1.0))
            notes.append((t, f))
            t += step
        phrases.append((first, t - step + 1.5))
        t = t - step + 1.5 + prng.uniform(0.8, 2.5)
    end = phrases[-1][1]
    return a21._low(out[:int(end * RATE)], 2500.0), {"notes": notes, "phrases": phrases, "root": root,
                                                     "stiffness": stiffness, "step": step}


def piano(made: Made, seed: int, spells: int) -> Made:
    """A piano being practised next door, ``spells`` spells of 10-26 s (:func:`practice`), one in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 18-26 dB under the speech over the spell.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = practice(prng.uniform(10.0, 23.0), prng)
        return sound, f"{len(what['notes'])} notes in {len(what['phrases'])} phrases on {what['root']:.0f} Hz"

    return one_sound_in_each_stretch(made, seed, spells, "a piano practised next door", 0.5, (18.0, 26.0), one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it, and what else
#: aside_common.encoded_bytes is told).
CODECS = {
    "ts": ("ts", "mpegts", "libopus", 48000, 48000, 960, "h264", "Opus (48 kb/s, 48 kHz) in an MPEG transport "
           "stream with an H.264 picture, a broadcaster's stream of a lecture"),
    "mp4": ("mp4", "mp4", "ac3", 96000, 48000, 1536, "h264", "AC-3 (96 kb/s, 48 kHz) in an MP4 with an H.264 "
            "picture, a film service's download of a lecture"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirtyFourthSpoilers(a33.ThirtyThirdSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside33_cases.ThirtyThirdSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside34_languages.LangSpec)."""

    cows: int = 0  #: this many spells of cows lowing (0: none)
    motorbike: int = 0  #: a motorbike revving past this many times (0: none)
    saw: int = 0  #: this many spells of a handsaw next door (0: none)
    piano: int = 0  #: this many spells of a piano practised next door (0: none)


@dataclass
class Spec(a10.Spec, ThirtyFourthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd77_real_cows_page_ts": Spec(d, "real", "page", real=R(121801, 16, wideband=True, snr_db=q,
                                                                  gap=(0.5, 1.4)),
                                        room=("pink", 36), seed=121811, cows=2, codec="ts"),
        "rd77_real_motorbike_dashes_mp4": Spec(d, "real", "dashes", real=R(121802, 16, wideband=True, snr_db=q,
                                                                           gap=(0.5, 1.5)),
                                               room=("murmur", 34), seed=121812, motorbike=2, codec="mp4"),
        "rd77_real_saw_plain": Spec(d, "real", real=R(121803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                      long_pauses=0.3),
                                    room=("pink", 36), seed=121813, saw=2),
        "rd77_flite_piano_cows_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 2.04), Voice(F, "slt", 0.49)], 121401, 121501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=121814, piano=1, cows=1),
        "rd77_espeak_saw_motorbike_piano": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+Henrique", 1.07), Voice(E, "en-us+Annie", 0.96)], 121403,
                           121503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=121816, saw=1,
            motorbike=1, piano=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside34)
        "my_real_cows_page": Spec(a, "real", "page", real=R(121101, 16, wideband=False, snr_db=q, gap=(0.5, 1.5)),
                                  room=("pink", 34), seed=121201, cows=3),
        "my_real_motorbike_plain_ts": Spec(a, "real", real=R(121102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                            room=("pink", 36), seed=121202, motorbike=2, codec="ts"),
        "my_real_saw_dashes": Spec(a, "real", "dashes", real=R(121103, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                               long_pauses=0.3),
                                   room=("pink", 38), seed=121203, saw=2),
        "my_real_piano_srt": Spec(a, "real", "srt", real=R(121104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                  room=("pink", 36), seed=121204, piano=3),
        "my_real_cows_vtt_mp4": Spec(a, "real", "vtt", real=R(121105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                     room=("pink", 36), seed=121205, cows=2, codec="mp4"),
        "my_real_long_mix_mp4": Spec(a, "real", "page", real=R(121106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=121206, cows=4, motorbike=3, saw=3, piano=4,
                                     codec="mp4"),
        "my_real_saw_piano_dashes": Spec(a, "real", "dashes", real=R(121108, 16, wideband=True, snr_db=q,
                                                                     gap=(0.4, 1.4)),
                                         room=("murmur", 34), seed=121208, saw=2, piano=1),
        "my_flite_motorbike_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 2.08), Voice(F, "rms", 0.46)], 121404, 121504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=121211, motorbike=2),
        "my_festival_cows_saw_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 2.06), Voice(FEST, "slt_hts", 0.43)], 121405, 121505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=121212, cows=1, saw=2),
        "my_espeak_piano_motorbike_page_ts": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-x-gbclan+Tweaky", 1.06), Voice(E, "en-us+Mario", 0.92)], 121406,
                           121506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=121213, piano=2,
            motorbike=2, codec="ts"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd77_real_cows_page_ts", "rd77_real_motorbike_dashes_mp4", "rd77_real_saw_plain",
                 "rd77_flite_piano_cows_page", "rd77_espeak_saw_motorbike_piano"],
         "aside": ["my_real_cows_page", "my_real_motorbike_plain_ts", "my_real_saw_dashes", "my_real_piano_srt",
                   "my_real_cows_vtt_mp4", "my_real_long_mix_mp4", "my_real_saw_piano_dashes",
                   "my_flite_motorbike_plain", "my_festival_cows_saw_dashes", "my_espeak_piano_motorbike_page_ts"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the cows, the motorbike, the saw and the piano;
    then aside33_cases.spoil's (the room's noise among them, none of its own switched on; it turns the finished talk
    down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.cows, lambda m: cows(m, spec.seed + 300, spec.cows)),
             (spec.motorbike, lambda m: motorbike(m, spec.seed + 301, spec.motorbike)),
             (spec.saw, lambda m: saw(m, spec.seed + 302, spec.saw)),
             (spec.piano, lambda m: piano(m, spec.seed + 303, spec.piano))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a33.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
