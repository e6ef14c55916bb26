"""A thirty-ninth aside set nobody has tuned to (``ry_*``, English), and dev twins made the same way (``rd82_*``).

``az_*`` .. ``qy_*`` have each been run once and looked at (``qy_*``, the thirty-eighth, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the thirty-eight
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every
``*_cases.py``):

* **someone practising the cello next door**: phrases of a major scale bowed up an octave and back (15 notes of
  0.35-0.8 s each, legato) on a keynote of 65-165 Hz, so the notes climb through 65-330 Hz -- a man's and a woman's
  speaking pitch -- each a bowed string's buzz (partials at 1/k) through the wall (under 2 kHz), a 5-6.5 Hz
  vibrato of 0.6-1.2 %, the bow's scratch at its start, 1-3 s between phrases, 14-22 dB under the speech over the
  spell (:func:`cello`): a voiced sound at a voice's own pitch, held as a vowel is, changing note at a slow
  syllable's pace;
* **someone spraying deodorant beside the microphone**: the can shaken (its mixing ball striking the wall at 6-10
  clicks a second, each a ring at 2.5-4.5 kHz, for 0.8-2 s), then 1-3 bursts of spray of 0.4-2 s, each a hiss at
  3.5-7.8 kHz -- an /s/'s band -- on within 8 ms and stopped within 10 ms, 2-6 s between uses, 14-22 dB under the
  speech over the spell (:func:`aerosol`): an /s/ held out of nowhere, with no vowel before it;
* **a car's windscreen wipers** (a voice note recorded in the car): sweeps of 0.45-0.65 s out and back, each the
  rubber's swish on wet glass (noise at 0.3-3 kHz swelling to the sweep's middle) over the motor's hum (a buzz on
  70-110 Hz), a thunk of the linkage (a knock at 80-160 Hz dying over 25-45 ms) at each turn and at rest; either
  back to back (0.1-0.2 s at rest) or on the intermittent setting (2-5 s at rest), 14-22 dB under the speech over
  the spell (:func:`wipers`): a swelling breath-like noise and a knock, at a slow talker's pace, for seconds on end;
* **someone pumping up a bicycle tyre**: bouts of 6-12 strokes at 1.0-1.6 a second, each a push (air forced through
  the valve: a hiss at 1.5-6.5 kHz swelling 12 dB to the stroke's bottom, then cut by the handle's thud on the
  barrel, a knock at 100-200 Hz dying over 30-50 ms) and a pull (air drawn past the cup: a wheeze at 0.5-3 kHz, 15 dB
  down), the pushes' hiss 4-8 dB louder by the bout's end as the tyre fills, 1-4 s between bouts, 14-22 dB under the
  speech over the spell (:func:`tyre_pump`): a fricative that swells into a stop, at a syllable's pace;
* containers no set had: **16-bit PCM in Matroska** with an H.264 picture (``.mkv``: a screen recorder's file, OBS
  set to lossless sound; the sets' Matroska held AC-3, AAC, FLAC, MP3, MP2, E-AC-3 and Opus) and **Apple Lossless in
  a Core Audio file** (``.caf``: Logic's or GarageBand's bounce, 44.1 kHz; the sets' CAF held 24-bit PCM, their ALAC
  went in an M4A);
* voices at speeds they never had, everyday ones again: flite ``awb`` x1.1 and ``kal`` x1.1, festival ``ked`` x0.9
  and ``slt_hts`` x0.95 (dev: flite ``rms`` x1.05, ``slt`` x0.95); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``ry_*``, once (``run.py --aside39``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside30_cases as a30
import aside31_cases as a31
import aside33_cases as a33
import aside34_cases as a34
import aside38_cases as a38
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _edges = a33._put, a33._peak_one, a34._edges


def _knock(pitch: float, decay: float) -> np.ndarray:
    """A knock of wood or metal on metal: a ring on ``pitch`` Hz with its second partial at a third, on within 1 ms
    and dying over ``decay`` s.  Unit peak, five decays long."""
    t = np.arange(int(5 * decay * RATE)) / RATE
    ring = np.sin(2 * np.pi * pitch * t) + 0.3 * np.sin(2 * np.pi * 2.7 * pitch * t)
    return _peak_one(ring * np.exp(-t / decay) * np.minimum(1.0, t / 0.001))


# ------------------------------------------------------------------ someone practising the cello next door
#: A major scale bowed up an octave and back: each note's semitones over the keynote.
SCALE = (0, 2, 4, 5, 7, 9, 11, 12, 11, 9, 7, 5, 4, 2, 0)


def bowed_note(pitch: float, seconds: float, vibrato: float, depth: float, rng: np.random.Generator) -> np.ndarray:
    """One bowed note of ``seconds`` s on ``pitch`` Hz: a bowed string's buzz (aside31_cases._harmonics, partials at
    1/k) through the wall (under 2 kHz), its pitch swung ``depth`` (0.01: 1 %) either way ``vibrato`` times a
    second, swelling over 80 ms as the bow bites and stopping over 40 ms at the bow's change, with the bow's scratch
    at its start (noise at 0.3-2 kHz dying over 15 ms).  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    f0 = pitch * (1.0 + depth * np.sin(2 * np.pi * vibrato * t + rng.uniform(0, 2 * np.pi)))
    buzz = _peak_one(a31._harmonics(f0, 1.0, 2000.0))
    scratch = _peak_one(a30._band(rng.normal(size=k), 300.0, 2000.0)) * np.exp(-t / 0.015)
    return _peak_one(_edges(buzz, 0.08, 0.04) + 0.4 * scratch)


def practising(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone practising scales on the cello: phrases of :data:`SCALE` on one keynote of 65-165 Hz
    (notes of 0.35-0.8 s a phrase, each :func:`bowed_note` with a vibrato of 5-6.5 Hz and 0.6-1.2 %, at 70-100 %),
    1-3 s of nothing between phrases, none begun after ``seconds`` - 1 s; the spell lasts ``seconds`` s or to its last
    note's end.  Returns the spell and what it was (phrases: (start, end); notes: (start, end, Hz); the keynote;
    the vibrato's rate)."""
    key, vibrato, depth = prng.uniform(65.0, 165.0), prng.uniform(5.0, 6.5), prng.uniform(0.006, 0.012)
    out, phrases, notes, t = np.zeros(int((seconds + 14.0) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not phrases:
        length, start = prng.uniform(0.35, 0.8), t
        for step in SCALE:
            hz = key * 2 ** (step / 12)
            _put(out, t, bowed_note(hz, length, vibrato, depth, rng) * prng.uniform(0.7, 1.0))
            notes.append((t, t + length, hz))
            t += length
        phrases.append((start, t))
        t += prng.uniform(1.0, 3.0)
    end = phrases[-1][1]
    return out[:int(max(seconds, end + 0.02) * RATE)], {"phrases": phrases, "notes": notes, "key": key,
                                                         "vibrato": vibrato}


def cello(made: Made, seed: int, spells: int) -> Made:
    """Someone practising the cello next door, ``spells`` spells of 6-21 s (:func:`practising`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the spell.  Only
    adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = practising(prng.uniform(6.0, 10.0), rng, prng)
        return sound, f"{len(what['phrases'])} scales from {what['key']:.0f} Hz"

    return one_sound_in_each_stretch(made, seed, spells, "someone practising the cello next door", 0.5,
                                     (14.0, 22.0), one)


# ------------------------------------------------------------------ someone spraying deodorant
def can_shaken(seconds: float, pace: float, ring: float, rng: np.random.Generator) -> tuple[np.ndarray, list]:
    """An aerosol can shaken for ``seconds`` s: its mixing ball striking the wall ``pace`` times a second (a tenth
    early or late), each strike a ring on ``ring`` Hz dying over 3-6 ms with a click of noise.  Returns the sound
    (unit peak) and the strikes' times."""
    k = int(seconds * RATE)
    out, strikes, at = np.zeros(k + RATE // 10), [], 0.02
    while at < seconds - 0.02:
        n = int(0.03 * RATE)
        t = np.arange(n) / RATE
        decay = rng.uniform(0.003, 0.006)
        strike = (np.sin(2 * np.pi * ring * t) + 0.3 * rng.normal(size=n)) * np.exp(-t / decay)
        _put(out, at, _peak_one(strike) * rng.uniform(0.6, 1.0))
        strikes.append(at)
        at += (1.0 + rng.uniform(-0.1, 0.1)) / pace
    return _peak_one(out[:k]), strikes


def spray(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """One burst of spray of ``seconds`` s: the propellant's hiss through the nozzle, noise at 3.5-7.8 kHz (an /s/'s
    band), on within 8 ms as the valve opens, 2 dB down by its end as the can cools, stopped within 10 ms.  Unit
    peak."""
    k = int(seconds * RATE)
    hiss = _peak_one(a30._band(rng.normal(size=k), 3500.0, 7800.0)) * 10 ** (-2 * np.arange(k) / k / 20)
    return _peak_one(_edges(hiss, 0.008, 0.01))


def spraying(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone using a spray can: uses each the can shaken (:func:`can_shaken`, 0.8-2 s at 6-10
    strikes a second on a ring of 2.5-4.5 kHz, at 40 %), then after 0.3-0.8 s 1-3 bursts (:func:`spray`, 0.4-2 s,
    0.3-1 s apart), 2-6 s of nothing between uses, none begun after ``seconds`` - 1 s.  Returns the spell and what it
    was (uses: (start, end); shakes: (start, end, strikes); bursts: (start, end); the ring)."""
    ring = prng.uniform(2500.0, 4500.0)
    out, uses, shakes, bursts, t = np.zeros(int((seconds + 12.0) * RATE)), [], [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not uses:
        start, length = t, prng.uniform(0.8, 2.0)
        rattle, strikes = can_shaken(length, prng.uniform(6.0, 10.0), ring, rng)
        _put(out, t, 0.4 * rattle)
        shakes.append((t, t + length, [t + s for s in strikes]))
        t += length + prng.uniform(0.3, 0.8)
        for j in range(prng.randint(1, 3)):
            t += prng.uniform(0.3, 1.0) if j else 0.0
            burst = prng.uniform(0.4, 2.0)
            _put(out, t, spray(burst, rng) * prng.uniform(0.8, 1.0))
            bursts.append((t, t + burst))
            t += burst
        uses.append((start, t))
        t += prng.uniform(2.0, 6.0)
    end = uses[-1][1]
    return out[:int(max(seconds, end + 0.02) * RATE)], {"uses": uses, "shakes": shakes, "bursts": bursts,
                                                         "ring": ring}


def aerosol(made: Made, seed: int, spells: int) -> Made:
    """Someone spraying deodorant beside the microphone, ``spells`` spells of 6-20 s (:func:`spraying`), one in each
    of ``spells`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = spraying(prng.uniform(6.0, 10.0), rng, prng)
        return sound, f"{len(what['uses'])} cans shaken, {len(what['bursts'])} bursts"

    return one_sound_in_each_stretch(made, seed, spells, "someone spraying deodorant", 0.5, (14.0, 22.0), one)


# ------------------------------------------------------------------ a car's windscreen wipers
def wiper_sweep(seconds: float, motor: float, rng: np.random.Generator) -> np.ndarray:
    """One sweep of a windscreen wiper across wet glass, ``seconds`` s: the rubber's swish (noise at 0.3-3 kHz whose
    level swells with the blade's speed to the sweep's middle and falls to its turn) over the motor's hum (a buzz on
    ``motor`` Hz, partials at 1/k^1.5 under 600 Hz, an eighth of the swish's peak, on while the blade moves).  Unit
    peak."""
    k = int(seconds * RATE)
    speed = np.sin(np.pi * np.arange(k) / k)
    swish = _peak_one(a30._band(rng.normal(size=k), 300.0, 3000.0)) * speed
    hum = _peak_one(a31._harmonics(np.full(k, motor), 1.5, 600.0))
    return _peak_one(swish + 0.12 * _edges(hum, 0.03, 0.03))


def wiping(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a car's wipers: wipes each a sweep out and back (:func:`wiper_sweep`, 0.45-0.65 s each, the
    motor on 70-110 Hz) with the linkage's thunk (:func:`_knock` on 80-160 Hz dying over 25-45 ms, at 60 %) at the
    turn and at rest; the wipes back to back (0.1-0.2 s at rest) or, on the intermittent setting (half the spells),
    2-5 s apart; none begun after ``seconds`` - 1 s.  Returns the spell and what it was (wipes: (start, turn, end);
    thunks: times; the rest; the thunk's pitch; the motor's)."""
    sweep, motor = prng.uniform(0.45, 0.65), prng.uniform(70.0, 110.0)
    thud, decay = prng.uniform(80.0, 160.0), prng.uniform(0.025, 0.045)
    rest = prng.uniform(0.1, 0.2) if prng.random() < 0.5 else prng.uniform(2.0, 5.0)
    out, wipes, thunks, t = np.zeros(int((seconds + 8.0) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not wipes:
        for leg in (0, 1):
            _put(out, t + leg * sweep, wiper_sweep(sweep, motor, rng))
        wipes.append((t, t + sweep, t + 2 * sweep))
        for at in (t + sweep, t + 2 * sweep):
            _put(out, at, 0.6 * _knock(thud, decay))
            thunks.append(at)
        t += 2 * sweep + rest
    end = wipes[-1][2] + 5 * decay
    return out[:int(max(seconds, end + 0.02) * RATE)], {"wipes": wipes, "thunks": thunks, "rest": rest,
                                                         "thud": thud, "motor": motor}


def wipers(made: Made, seed: int, spells: int) -> Made:
    """A car's windscreen wipers heard inside it, ``spells`` spells of 6-15 s (:func:`wiping`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the spell.  Only
    adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = wiping(prng.uniform(6.0, 14.0), rng, prng)
        setting = "back to back" if what["rest"] < 1.0 else "intermittent"
        return sound, f"{len(what['wipes'])} wipes, {setting}"

    return one_sound_in_each_stretch(made, seed, spells, "a car's windscreen wipers", 0.5, (14.0, 22.0), one)


# ------------------------------------------------------------------ someone pumping up a bicycle tyre
def pump_stroke(push: float, pull: float, thud: float, rng: np.random.Generator) -> np.ndarray:
    """One stroke of a track pump: the push, ``push`` s of air forced through the valve (noise at 1.5-6.5 kHz
    swelling 12 dB to the stroke's bottom), cut by the handle's thud on the barrel (:func:`_knock` on ``thud`` Hz
    dying over 40 ms, at full strength); then the pull, ``pull`` s of air drawn past the cup (noise at 0.5-3 kHz, a
    hump 15 dB under the push's end).  Unit peak."""
    kp, kl = int(push * RATE), int(pull * RATE)
    swell = 10 ** (-12 * (1 - np.arange(kp) / kp) / 20)
    hiss = _edges(_peak_one(a30._band(rng.normal(size=kp), 1500.0, 6500.0)) * swell, 0.01, 0.004)
    wheeze = _peak_one(a30._band(rng.normal(size=kl), 500.0, 3000.0)) * np.sin(np.pi * np.arange(kl) / kl)
    out = np.zeros(kp + kl)
    out[:kp] += 0.7 * hiss
    _put(out, push, _knock(thud, 0.04))
    out[kp:] += 0.7 * 10 ** (-15 / 20) * wheeze
    return _peak_one(out)


def pumping(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone pumping up a bicycle tyre: bouts of 6-12 strokes (:func:`pump_stroke`, the thud on
    100-200 Hz) at 1.0-1.6 a second, a stroke's push 40-50 % of it, each stroke louder than the last so that the
    bout's last is 4-8 dB over its first (the tyre filling), 1-4 s of nothing between bouts, none begun after
    ``seconds`` - 1 s.  Returns the spell and what it was (bouts: (start, end); pushes: (start, bottom); the rise in
    dB; the thud's pitch)."""
    thud, rise = prng.uniform(100.0, 200.0), prng.uniform(4.0, 8.0)
    out, bouts, pushes, t = np.zeros(int((seconds + 24.0) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not bouts:
        count, stroke, start = prng.randint(6, 12), 1.0 / prng.uniform(1.0, 1.6), t
        push = stroke * prng.uniform(0.4, 0.5)
        for j in range(count):
            gain = 10 ** ((rise * j / (count - 1) - rise) / 20)
            _put(out, t, gain * pump_stroke(push, stroke - push, thud, rng))
            pushes.append((t, t + push))
            t += stroke
        bouts.append((start, t))
        t += prng.uniform(1.0, 4.0)
    end = bouts[-1][1]
    return out[:int(max(seconds, end + 0.02) * RATE)], {"bouts": bouts, "pushes": pushes, "rise": rise,
                                                         "thud": thud}


def tyre_pump(made: Made, seed: int, spells: int) -> Made:
    """Someone pumping up a bicycle tyre beside the microphone, ``spells`` spells of 6-21 s (:func:`pumping`), one in
    each of ``spells`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the
    spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = pumping(prng.uniform(6.0, 10.0), rng, prng)
        return sound, f"{len(what['pushes'])} strokes in {len(what['bouts'])} bouts"

    return one_sound_in_each_stretch(made, seed, spells, "someone pumping up a bicycle tyre", 0.5, (14.0, 22.0),
                                     one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).  Matroska, as in the
#: thirty-eighth set, is told to wait for every stream (``max_interleave_delta`` 0).
CODECS = {
    "mkv": ("mkv", "matroska", "pcm_s16le", 768000, 48000, 1024, "h264", "16-bit PCM (48 kHz) in Matroska with an "
            "H.264 picture, a screen recorder's file", {"options": {"max_interleave_delta": "0"}}),
    "caf": ("caf", "caf", "alac", 0, 44100, 4096, None, "Apple Lossless (44.1 kHz) in a Core Audio file, a music "
            "program's bounce"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirtyNinthSpoilers(a38.ThirtyEighthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside38_cases.ThirtyEighthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside39_languages.LangSpec)."""

    cello: int = 0  #: this many spells of someone practising the cello next door (0: none)
    aerosol: int = 0  #: this many spells of someone spraying deodorant (0: none)
    wipers: int = 0  #: this many spells of a car's windscreen wipers (0: none)
    tyre: int = 0  #: this many spells of someone pumping up a bicycle tyre (0: none; ``pump`` is an earlier set's gain)


@dataclass
class Spec(a10.Spec, ThirtyNinthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd82_real_cello_page_mkv": Spec(d, "real", "page", real=R(131801, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4)),
                                         room=("pink", 36), seed=131811, cello=2, codec="mkv"),
        "rd82_real_aerosol_dashes_caf": Spec(d, "real", "dashes", real=R(131802, 16, wideband=True, snr_db=q,
                                                                         gap=(0.5, 1.5)),
                                             room=("murmur", 34), seed=131812, aerosol=2, codec="caf"),
        "rd82_real_wipers_plain": Spec(d, "real", real=R(131803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                         long_pauses=0.3),
                                       room=("pink", 36), seed=131813, wipers=2),
        "rd82_flite_tyre_cello_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "rms", 1.05), Voice(F, "slt", 0.95)], 131401, 131501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=131814, tyre=1, cello=1),
        "rd82_espeak_aerosol_wipers_tyre": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+aunty", 1.03), Voice(E, "en-us+david", 0.97)], 131403,
                           131503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=131816, aerosol=1,
            wipers=1, tyre=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside39)
        "ry_real_cello_page": Spec(a, "real", "page", real=R(131101, 16, wideband=False, snr_db=q, gap=(0.5, 1.5)),
                                   room=("pink", 34), seed=131201, cello=3),
        "ry_real_aerosol_plain_mkv": Spec(a, "real", real=R(131102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=131202, aerosol=2, codec="mkv"),
        "ry_real_wipers_dashes": Spec(a, "real", "dashes", real=R(131103, 16, wideband=True, snr_db=q,
                                                                  gap=(0.5, 1.4), long_pauses=0.3),
                                      room=("pink", 38), seed=131203, wipers=2),
        "ry_real_tyre_srt": Spec(a, "real", "srt", real=R(131104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                 room=("pink", 36), seed=131204, tyre=3),
        "ry_real_cello_vtt_caf": Spec(a, "real", "vtt", real=R(131105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                      room=("pink", 36), seed=131205, cello=2, codec="caf"),
        "ry_real_long_mix_mkv": Spec(a, "real", "page", real=R(131106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=131206, cello=4, aerosol=3, wipers=3, tyre=4,
                                     codec="mkv"),
        "ry_real_aerosol_tyre_dashes": Spec(a, "real", "dashes", real=R(131108, 16, wideband=True, snr_db=q,
                                                                        gap=(0.4, 1.4)),
                                            room=("murmur", 34), seed=131208, aerosol=2, tyre=1),
        "ry_flite_wipers_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 1.1), Voice(F, "kal", 1.1)], 131404, 131504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=131211, wipers=2),
        "ry_festival_cello_aerosol_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 0.9), Voice(FEST, "slt_hts", 0.95)], 131405, 131505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=131212, cello=1, aerosol=2),
        "ry_espeak_tyre_wipers_page_caf": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+Mario", 1.04), Voice(E, "en-029+paul", 0.96)],
                           131406, 131506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=131213, tyre=2,
            wipers=2, codec="caf"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd82_real_cello_page_mkv", "rd82_real_aerosol_dashes_caf", "rd82_real_wipers_plain",
                 "rd82_flite_tyre_cello_page", "rd82_espeak_aerosol_wipers_tyre"],
         "aside": ["ry_real_cello_page", "ry_real_aerosol_plain_mkv", "ry_real_wipers_dashes",
                   "ry_real_tyre_srt", "ry_real_cello_vtt_caf", "ry_real_long_mix_mkv",
                   "ry_real_aerosol_tyre_dashes", "ry_flite_wipers_plain",
                   "ry_festival_cello_aerosol_dashes", "ry_espeak_tyre_wipers_page_caf"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the cello, the spray can, the wipers and the pump;
    then aside38_cases.spoil's (the room's noise among them, none of its own switched on; it turns the finished talk
    down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.cello, lambda m: cello(m, spec.seed + 350, spec.cello)),
             (spec.aerosol, lambda m: aerosol(m, spec.seed + 351, spec.aerosol)),
             (spec.wipers, lambda m: wipers(m, spec.seed + 352, spec.wipers)),
             (spec.tyre, lambda m: tyre_pump(m, spec.seed + 353, spec.tyre))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a38.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
