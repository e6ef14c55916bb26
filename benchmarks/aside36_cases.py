"""A thirty-sixth aside set nobody has tuned to (``oy_*``, English), and dev twins made the same way (``rd79_*``).

``az_*`` .. ``ny_*`` have each been run once and looked at (``ny_*``, the thirty-fifth, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the thirty-five sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``aside*_cases.py``):

* **a caller keying numbers on a speakerphone**: runs of 4-11 touch-tone keys (DTMF: a sine from the low group
  697-941 Hz and one from the high group 1209-1633 Hz at once), each key 70-250 ms, 60-300 ms apart, a run every
  1.5-5 s, heard over the line (300-3400 Hz), 14-22 dB under the speech over the spell (:func:`keypad`): steady
  two-tone bursts at a syllable's length and pace, sitting on the voice's first and second formants, with hard edges;
* **a choir rehearsing next door**: phrases of 3-7 held chords in four parts (bass 98-196 Hz to soprano 392-784 Hz,
  a major triad on the key's first, fourth or fifth degree), each part a voiced buzz with a 5-6 Hz vibrato sung on a
  vowel (its first three formants), each chord 0.6-2.5 s, the conductor stopping them for 1-3 s between phrases,
  through the wall (under 2.5 kHz), 18-26 dB under the speech over the spell (:func:`choir`): voices, formants and
  all, but held on one vowel -- what is most like speech that no set added;
* **a woodpecker drumming in the garden**: rolls of 12-40 knocks at 14-25 a second (a little faster towards the
  end, fading to 60 %), each knock the trunk's 800-1600 Hz ring dying over 4 ms, a roll every 2.5-7 s, 14-22 dB
  under the speech over the spell (:func:`woodpecker`): a rattle at a voice's creak rate, in a plosive's band;
* **someone eating crisps beside the microphone**: a bite (a bright snap of 60-120 ms, dense clicks at 1-7.5 kHz)
  then 5-12 chews at 1.3-2 a second (80-200 ms of clicks each, quieter and duller with each chew, 0.3-4 kHz), a
  crisp every 4-9 s, 12-20 dB under the speech over the spell (:func:`crisps`): noise bursts shaped as fricatives and
  released stops, at a syllable's pace, close to the microphone;
* containers no set had: **AAC in 3GPP** with an H.264 picture (``.3gp``: a phone's video of a talk; the sets' 3GPP
  held AMR-NB only, their AAC went in ``.mov``, ``.3g2``, ``.f4v``, ``.ismv``, ``.ts`` and Matroska -- the encoder's
  1024 samples of priming are in the file's edit list, which FFmpeg honours) and **16-bit PCM in AVI** with a
  Motion-JPEG picture (``.avi``: a compact camera's movie; the sets' AVIs held IMA and MS ADPCM and MP3);
* voices at speeds they never had: flite ``rms`` x0.43 and ``kal`` x2.11, festival ``slt_hts`` x2.1 and ``kal`` x0.44
  (dev: flite ``awb`` x2.11, ``slt`` x0.43); espeak-ng variants at speeds no English talk had them.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``oy_*``, once (``run.py --aside36``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside21_cases as a21
import aside30_cases as a30
import aside31_cases as a31
import aside33_cases as a33
import aside34_cases as a34
import aside35_cases as a35
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _edges, _dying = a33._put, a33._peak_one, a34._edges, a35._dying


# ------------------------------------------------------------------ a caller keying numbers on a speakerphone
#: The touch-tone keypad: each key's (low, high) pair of tones (Hz), ITU-T Q.23.
DTMF_LOW, DTMF_HIGH = (697.0, 770.0, 852.0, 941.0), (1209.0, 1336.0, 1477.0, 1633.0)
DTMF_KEYS = {key: (DTMF_LOW[r], DTMF_HIGH[c]) for r, row in enumerate(("123A", "456B", "789C", "*0#D"))
             for c, key in enumerate(row)}


def dtmf_tone(key: str, seconds: float) -> np.ndarray:
    """The touch tone of ``key`` (:data:`DTMF_KEYS`) for ``seconds`` s: its two sines at once, the high one 2 dB
    over the low (the "twist" a telephone sends), on and off over 3 ms.  Unit peak."""
    low, high = DTMF_KEYS[key]
    t = np.arange(int(seconds * RATE)) / RATE
    return _peak_one(_edges(np.sin(2 * np.pi * low * t) + 1.26 * np.sin(2 * np.pi * high * t), 0.003, 0.003))


def dialling(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a caller keying numbers on a speakerphone: runs of 4-11 keys (the digits, now and then ``*``
    or ``#``), each key 70-250 ms, 60-300 ms between keys, 1.5-5 s between runs, none begun after ``seconds`` - 1 s;
    heard over the line (300-3400 Hz, a little line hiss under the spell); the spell lasts ``seconds`` s or to its
    last key's end.  Returns the spell and what it was (keys: (start, end, key); runs: (start, end))."""
    out, keys, runs, t = np.zeros(int((seconds + 6.0) * RATE)), [], [], prng.uniform(0.0, 0.5)
    while t < seconds - 1.0 or not runs:
        first = t
        for _ in range(prng.randint(4, 11)):
            key, length = prng.choice("0123456789" * 3 + "*#"), prng.uniform(0.07, 0.25)
            _put(out, t, dtmf_tone(key, length) * prng.uniform(0.8, 1.0))
            keys.append((t, t + length, key))
            t += length + prng.uniform(0.06, 0.3)
        runs.append((first, keys[-1][1]))
        t = keys[-1][1] + prng.uniform(1.5, 5.0)
    out = out[:int(max(seconds, runs[-1][1] + 0.02) * RATE)]
    hiss = a30._band(rng.normal(size=len(out)), 300.0, 3400.0) * 0.01
    return a30._band(out, 300.0, 3400.0) + hiss, {"keys": keys, "runs": runs}


def keypad(made: Made, seed: int, spells: int) -> Made:
    """A caller keying numbers on a speakerphone, ``spells`` spells of 8-17 s (:func:`dialling`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the spell.  Only
    adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = dialling(prng.uniform(8.0, 16.0), rng, prng)
        return sound, f"{len(what['keys'])} keys in {len(what['runs'])} runs"

    return one_sound_in_each_stretch(made, seed, spells, "a caller keying numbers on a speakerphone", 0.5,
                                     (14.0, 22.0), one)


# ------------------------------------------------------------------ a choir rehearsing next door
#: The vowels the choir sings on: their first three formants (Hz).
SUNG_VOWELS = {"ah": (700.0, 1200.0, 2600.0), "oh": (450.0, 800.0, 2600.0), "oo": (320.0, 800.0, 2400.0),
               "ee": (300.0, 2200.0, 3000.0)}
#: A major triad voiced in four parts: each part's pitch as a multiple of the chord's root (bass, tenor, alto,
#: soprano: root, fifth, the third an octave up, the root two octaves up).
CHORD_PARTS = (1.0, 1.5, 2.5, 4.0)


def sung_chord(root: float, vowel: str, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """Four parts (:data:`CHORD_PARTS` over ``root`` Hz) holding a chord on ``vowel`` (:data:`SUNG_VOWELS`) for
    ``seconds`` s: each part a voiced buzz (aside31_cases._harmonics, partials 1/k^1.2 to 4 kHz) with its own 5-6 Hz
    vibrato of 1 % and a 4 % scatter of its singers' tuning, heard through the vowel's three formants (each a band
    25 % wide, the second and third at half and a quarter), a fifth of the buzz kept for the body; speaking over
    80 ms, released over 120 ms.  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    buzz = np.zeros(k)
    for part in CHORD_PARTS:
        f0 = root * part * (1.0 + rng.uniform(-0.004, 0.004)) * (
            1.0 + 0.01 * np.sin(2 * np.pi * rng.uniform(5.0, 6.0) * t + rng.uniform(0, 2 * np.pi)))
        buzz += _peak_one(a31._harmonics(f0, 1.2, 4000.0))
    voiced = sum(w * a30._band(buzz, 0.875 * f, 1.125 * f)
                 for w, f in zip((1.0, 0.5, 0.25), SUNG_VOWELS[vowel]))
    return _peak_one(_edges(_peak_one(voiced) + 0.2 * _peak_one(buzz), 0.08, 0.12))


def rehearsing(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a choir rehearsing next door: phrases of 3-7 chords (:func:`sung_chord`) held 0.6-2.5 s each,
    sung back to back on the key's first, fourth or fifth degree (the key's root 98-131 Hz, the bass's note), each
    phrase on one vowel; 1-3 s of silence between phrases (the conductor stops them and starts them again), none
    begun after ``seconds`` - 1 s; through the wall (under 2.5 kHz); the spell lasts ``seconds`` s or to its last
    chord's end.  Returns the spell and what it was (chords: (start, end, root); phrases: (start, end, vowel))."""
    key = prng.uniform(98.0, 131.0)
    out, chords, phrases, t = np.zeros(int((seconds + 20.0) * RATE)), [], [], 0.0
    while t < seconds - 1.0 or not phrases:
        first, vowel = t, prng.choice(sorted(SUNG_VOWELS))
        for _ in range(prng.randint(3, 7)):
            root, length = key * prng.choice((1.0, 4 / 3, 1.5)), prng.uniform(0.6, 2.5)
            _put(out, t, sung_chord(root, vowel, length, rng) * prng.uniform(0.7, 1.0))
            chords.append((t, t + length, root))
            t += length
        phrases.append((first, t, vowel))
        t += prng.uniform(1.0, 3.0)
    return a21._low(out[:int(max(seconds, phrases[-1][1] + 0.02) * RATE)], 2500.0), {"chords": chords, "phrases": phrases,
                                                                          "key": key}


def choir(made: Made, seed: int, spells: int) -> Made:
    """A choir rehearsing next door, ``spells`` spells of 10-26 s (:func:`rehearsing`), one in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 18-26 dB under the speech over the spell.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = rehearsing(prng.uniform(10.0, 18.0), rng, prng)
        return sound, f"{len(what['chords'])} chords in {len(what['phrases'])} phrases"

    return one_sound_in_each_stretch(made, seed, spells, "a choir rehearsing next door", 0.5, (18.0, 26.0), one)


# ------------------------------------------------------------------ a woodpecker drumming in the garden
def woodpecker_knock(rng: np.random.Generator, ring: float) -> np.ndarray:
    """One strike of a woodpecker's bill on a trunk: a click (noise at 2-6 kHz, dying over 0.5 ms) and the wood's
    ring on ``ring`` Hz dying over 4 ms.  Unit peak, 25 ms long."""
    t = np.arange(int(0.025 * RATE)) / RATE
    click = a30._band(rng.normal(size=len(t)), 2000.0, 6000.0) * np.exp(-t / 0.0005) * 0.4
    return _peak_one(np.sin(2 * np.pi * ring * t) * np.exp(-t / 0.004) + click)


def drumming(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a woodpecker drumming on a trunk in the garden: a roll every 2.5-7 s, none begun after
    ``seconds`` - 1 s, each of 12-40 knocks (:func:`woodpecker_knock` on the trunk's 800-1600 Hz) at 14-25 a second,
    10 % faster by its end and fading to 60 %; the spell lasts ``seconds`` s or to its last roll's end.  Returns the
    spell and what it was (rolls: (start, end, knocks a second at the start); knocks)."""
    ring = prng.uniform(800.0, 1600.0)
    out, rolls, knocks, t = np.zeros(int((seconds + 4.0) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not rolls:
        count, rate = prng.randint(12, 40), prng.uniform(14.0, 25.0)
        at = t
        for i in range(count):
            x = i / (count - 1)
            _put(out, at, woodpecker_knock(rng, ring) * (1.0 - 0.4 * x) * prng.uniform(0.85, 1.0))
            knocks.append(at)
            at += 1.0 / (rate * (1.0 + 0.1 * x))
        rolls.append((t, knocks[-1] + 0.025, rate))
        t = knocks[-1] + prng.uniform(2.5, 7.0)
    return out[:int(max(seconds, rolls[-1][1] + 0.01) * RATE)], {"rolls": rolls, "knocks": knocks, "ring": ring}


def woodpecker(made: Made, seed: int, spells: int) -> Made:
    """A woodpecker drumming in the garden, ``spells`` spells of 8-20 s (:func:`drumming`), one in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the spell.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = drumming(prng.uniform(8.0, 18.0), rng, prng)
        return sound, f"{len(what['rolls'])} rolls of {len(what['knocks'])} knocks"

    return one_sound_in_each_stretch(made, seed, spells, "a woodpecker drumming in the garden", 0.5, (14.0, 22.0),
                                     one)


# ------------------------------------------------------------------ someone eating crisps beside the microphone
def crunch(seconds: float, low: float, high: float, rng: np.random.Generator) -> np.ndarray:
    """One crunch of ``seconds`` s: a crisp breaking into pieces, 400-1500 clicks a second at random (each a sample's
    spike of its own size, 1 in 30 of them ten times the rest: a shard cracking) heard between ``low`` and ``high``
    Hz, at its loudest 5 ms in and dying over the crunch's third.  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    spikes = (rng.random(k) < rng.uniform(400.0, 1500.0) / RATE) * rng.normal(size=k)
    spikes *= np.where(rng.random(k) < 1 / 30, 10.0, 1.0)
    return _peak_one(a30._band(spikes, low, high) * np.minimum(1.0, t / 0.005) * np.exp(-t / (seconds / 3)))


def eating(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone eating crisps beside the microphone: a crisp every 4-9 s (none begun after
    ``seconds`` - 2 s), each a bite (:func:`crunch`, 60-120 ms, bright: 1-7.5 kHz) then 5-12 chews at 1.3-2 a second
    (80-200 ms each, the n-th at 0.8^n of the bite and duller: its top falling from 4 kHz by 8 % a chew, 300 Hz up);
    the spell lasts ``seconds`` s or to its last chew's end.  Returns the spell and what it was (bites; chews: (start,
    end))."""
    out, bites, chews, t = np.zeros(int((seconds + 12.0) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 2.0 or not bites:
        bite = prng.uniform(0.06, 0.12)
        _put(out, t, crunch(bite, 1000.0, 7500.0, rng))
        bites.append((t, t + bite))
        at, pace = t + bite + prng.uniform(0.3, 0.5), prng.uniform(1.3, 2.0)
        for n in range(1, prng.randint(5, 12) + 1):
            length = prng.uniform(0.08, 0.2)
            _put(out, at, crunch(length, 300.0, 4000.0 * 0.92 ** n, rng) * 0.8 ** n)
            chews.append((at, at + length))
            at += 1.0 / pace
        t = max(at, t + prng.uniform(4.0, 9.0))
    return out[:int(max(seconds, chews[-1][1] + 0.02) * RATE)], {"bites": bites, "chews": chews}


def crisps(made: Made, seed: int, spells: int) -> Made:
    """Someone eating crisps beside the microphone, ``spells`` spells of 8-19 s (:func:`eating`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 12-20 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = eating(prng.uniform(8.0, 16.0), rng, prng)
        return sound, f"{len(what['bites'])} crisps, {len(what['chews'])} chews"

    return one_sound_in_each_stretch(made, seed, spells, "someone eating crisps beside the microphone", 0.5,
                                     (12.0, 20.0), one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).
CODECS = {
    "3gp": ("3gp", "3gp", "aac", 32000, 16000, 1024, "h264", "AAC-LC (32 kb/s, 16 kHz) in 3GPP with an H.264 "
            "picture, a phone's video of a talk"),
    "avi": ("avi", "avi", "pcm_s16le", 0, 22050, 1024, "mjpeg", "16-bit PCM (22.05 kHz) in AVI with a Motion-JPEG "
            "picture, a compact camera's movie"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirtySixthSpoilers(a35.ThirtyFifthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside35_cases.ThirtyFifthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside36_languages.LangSpec)."""

    keypad: int = 0  #: this many spells of a caller keying numbers on a speakerphone (0: none)
    choir: int = 0  #: this many spells of a choir rehearsing next door (0: none)
    woodpecker: int = 0  #: this many spells of a woodpecker drumming in the garden (0: none)
    crisps: int = 0  #: this many spells of someone eating crisps beside the microphone (0: none)


@dataclass
class Spec(a10.Spec, ThirtySixthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd79_real_keypad_page_3gp": Spec(d, "real", "page", real=R(125801, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.4)),
                                          room=("pink", 36), seed=125811, keypad=2, codec="3gp"),
        "rd79_real_woodpecker_dashes_avi": Spec(d, "real", "dashes", real=R(125802, 16, wideband=True, snr_db=q,
                                                                            gap=(0.5, 1.5)),
                                                room=("murmur", 34), seed=125812, woodpecker=2, codec="avi"),
        "rd79_real_choir_plain": Spec(d, "real", real=R(125803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                        long_pauses=0.3),
                                      room=("pink", 36), seed=125813, choir=2),
        "rd79_flite_crisps_keypad_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 2.11), Voice(F, "slt", 0.43)], 125401, 125501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=125814, crisps=1, keypad=1),
        "rd79_espeak_choir_woodpecker_crisps": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-gbcwmd+Rob", 1.07), Voice(E, "en-us-nyc+Denis", 0.93)], 125403,
                           125503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=125816, choir=1,
            woodpecker=1, crisps=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside36)
        "oy_real_keypad_page": Spec(a, "real", "page", real=R(125101, 16, wideband=False, snr_db=q, gap=(0.5, 1.5)),
                                    room=("pink", 34), seed=125201, keypad=3),
        "oy_real_choir_plain_3gp": Spec(a, "real", real=R(125102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                        room=("pink", 36), seed=125202, choir=2, codec="3gp"),
        "oy_real_woodpecker_dashes": Spec(a, "real", "dashes", real=R(125103, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.4), long_pauses=0.3),
                                          room=("pink", 38), seed=125203, woodpecker=2),
        "oy_real_crisps_srt": Spec(a, "real", "srt", real=R(125104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                   room=("pink", 36), seed=125204, crisps=3),
        "oy_real_keypad_vtt_avi": Spec(a, "real", "vtt", real=R(125105, 16, wideband=True, snr_db=q,
                                                                gap=(0.4, 1.5)),
                                       room=("pink", 36), seed=125205, keypad=2, codec="avi"),
        "oy_real_long_mix_3gp": Spec(a, "real", "page", real=R(125106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=125206, keypad=4, choir=3, woodpecker=3, crisps=4,
                                     codec="3gp"),
        "oy_real_choir_crisps_dashes": Spec(a, "real", "dashes", real=R(125108, 16, wideband=True, snr_db=q,
                                                                        gap=(0.4, 1.4)),
                                            room=("murmur", 34), seed=125208, choir=2, crisps=1),
        "oy_flite_woodpecker_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "rms", 0.43), Voice(F, "kal", 2.11)], 125404, 125504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=125211, woodpecker=2),
        "oy_festival_keypad_choir_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 2.1), Voice(FEST, "kal", 0.44)], 125405, 125505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=125212, keypad=1, choir=2),
        "oy_espeak_crisps_woodpecker_page_avi": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-029+Mike", 1.06), Voice(E, "en-gb-x-rp+Steph2", 0.94)], 125406,
                           125506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=125213, crisps=2,
            woodpecker=2, codec="avi"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd79_real_keypad_page_3gp", "rd79_real_woodpecker_dashes_avi", "rd79_real_choir_plain",
                 "rd79_flite_crisps_keypad_page", "rd79_espeak_choir_woodpecker_crisps"],
         "aside": ["oy_real_keypad_page", "oy_real_choir_plain_3gp", "oy_real_woodpecker_dashes", "oy_real_crisps_srt",
                   "oy_real_keypad_vtt_avi", "oy_real_long_mix_3gp", "oy_real_choir_crisps_dashes",
                   "oy_flite_woodpecker_plain", "oy_festival_keypad_choir_dashes",
                   "oy_espeak_crisps_woodpecker_page_avi"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the keypad, the choir, the woodpecker and the
    crisps; then aside35_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.keypad, lambda m: keypad(m, spec.seed + 320, spec.keypad)),
             (spec.choir, lambda m: choir(m, spec.seed + 321, spec.choir)),
             (spec.woodpecker, lambda m: woodpecker(m, spec.seed + 322, spec.woodpecker)),
             (spec.crisps, lambda m: crisps(m, spec.seed + 323, spec.crisps))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a35.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
