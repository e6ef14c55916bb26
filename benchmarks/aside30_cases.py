"""A thirtieth aside set nobody has tuned to (``hy_*``, English), and dev twins made the same way (``rd73_*``).

``az_*`` .. ``gy_*`` have each been run once and looked at (``gy_*``, the twenty-ninth, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the twenty-nine
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every
``aside*_cases.py``; every kind the brief named was built before and is not here):

* **pigeons cooing on the windowsill**: bouts of 6-16 s in which a bird says its perch coo every 1.8-3.5 s, 3-5
  closed-beak notes ("hoo-HOOO-hoo-hoo") on a fundamental of 300-550 Hz with two weak harmonics, the second note
  the longest and highest, each gliding up and back -- a voiced sound in the voice's own band and pitch range,
  14-22 dB under the speech over the bout (:func:`pigeons`);
* **frogs croaking in a pond** at an evening talk outdoors: choruses of 10-24 s in which 2-4 frogs croak in turn
  (a frog holds its call while another croaks), each croak 0.15-0.5 s of pulses at the frog's own 30-90 a second,
  each pulse a ring at the frog's own 400-1500 Hz, 12-20 dB under the speech over the chorus (:func:`frogs`);
* **a ham radio in the next room sending Morse**: transmissions of a call ("CQ CQ DE G4KXP G4KXP K") keyed at
  14-24 words a minute on a 550-850 Hz tone with 5 ms edges, dots, dashes and gaps in the code's 1:3 (1, 3, 7)
  timing, 14-22 dB under the speech over the transmission (:func:`morse`);
* **someone snoring in the audience**: naps of 12-30 s, a breath every 3-5 s, each in-breath a snore (noise under
  800 Hz chopped by the soft palate's flutter at 20-60 a second, swelling and fading over 0.8-1.6 s) and each
  out-breath a soft sigh 10-14 dB under it, 12-20 dB under the speech over the nap (:func:`snoring`);
* containers no case had: **Microsoft ADPCM in a Video for Windows AVI with a Cinepak picture** (``.avi``, 22.05 kHz:
  a CD-ROM-era lecture) and **MP3 in Flash video with a Sorenson Spark picture** (``.flv``, 22.05 kHz: a lecture as
  video sites served it before H.264) (:data:`CODECS`);
* voices at speeds they never had: flite ``rms`` x0.54 and ``kal`` x1.83, festival ``ked`` x1.97 and ``slt_hts``
  x1.74 (dev: flite ``awb`` x0.57, ``slt`` x1.98); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``hy_*``, once (``run.py --aside30``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside21_cases as a21
import aside25_cases as a25
import aside26_cases as a26
import aside29_cases as a29
import unseen_cases as uc
from aside_common import container_functions, generated_talk, set_functions
from synth_cases import RATE, Made, Voice, _rms

E, F, FEST = "espeak", "flite", "festival"


def _hump(k: int) -> np.ndarray:
    """A sine's hump over ``k`` samples: how a coo note, a croak's swell and a snore rise and fade."""
    return np.sin(np.pi * (np.arange(k) + 0.5) / k)


def _band(x: np.ndarray, low: float, high: float) -> np.ndarray:
    """``x`` between ``low`` and ``high`` Hz (aside21_cases._low twice)."""
    return a21._low(x, high) - a21._low(x, low)


# ------------------------------------------------------------------ pigeons on the windowsill
def coo_note(pitch: float, seconds: float, glide: float) -> np.ndarray:
    """One closed-beak note of a pigeon's coo: a fundamental from ``pitch`` Hz gliding up by ``glide`` (0.1: 10 %) to
    the note's middle and back, its second and third harmonics at a quarter and a tenth of its amplitude, under a
    sine's hump (no click at either end)."""
    k = int(seconds * RATE)
    f = pitch * (1.0 + glide * _hump(k))
    phase = 2 * np.pi * np.cumsum(f) / RATE
    return (np.sin(phase) + 0.25 * np.sin(2 * phase) + 0.1 * np.sin(3 * phase)) * _hump(k)


def coo_phrase(pitch: float, prng: random.Random) -> tuple[np.ndarray, list]:
    """A perch coo, "hoo-HOOO-hoo-hoo": 3-5 :func:`coo_note`s 0.05-0.15 s apart, the second 0.5-0.9 s long and 10-20 %
    higher and louder than the others (each 0.12-0.3 s).  Returns the phrase and its notes' (start, end, pitch)."""
    notes, t, parts = [], 0.0, []
    for j in range(prng.randint(3, 5)):
        main = j == 1
        seconds = prng.uniform(0.5, 0.9) if main else prng.uniform(0.12, 0.3)
        f = pitch * (prng.uniform(1.1, 1.2) if main else prng.uniform(0.97, 1.03))
        parts.append((t, coo_note(f, seconds, prng.uniform(0.06, 0.12)) * (1.0 if main else 0.6)))
        notes.append((t, t + seconds, f))
        t += seconds + prng.uniform(0.05, 0.15)
    out = np.zeros(int(notes[-1][1] * RATE) + 1)
    for at, note in parts:
        i = int(at * RATE)
        out[i:i + len(note)] += note
    return out, notes


def coo_bout(seconds: float, prng: random.Random) -> tuple[np.ndarray, list, float]:
    """A bout of ``seconds`` s in which one pigeon (its fundamental 300-550 Hz) says :func:`coo_phrase` every 1.8-3.5
    s (each 10 % early or late).  Returns the bout, its phrases' notes (bout time) and the period."""
    pitch, every = prng.uniform(300.0, 550.0), prng.uniform(1.8, 3.5)
    out, phrases, t = np.zeros(int((seconds + 2.0) * RATE)), [], 0.0
    while t < seconds:
        phrase, notes = coo_phrase(pitch, prng)
        i = int(t * RATE)
        out[i:i + len(phrase)] += phrase
        phrases.append([(t + a, t + b, f) for a, b, f in notes])
        t += every * prng.uniform(0.9, 1.1)
    return out[:int(phrases[-1][-1][1] * RATE) + 1], phrases, every


def pigeons(made: Made, seed: int, bouts: int) -> Made:
    """Pigeons on the windowsill, ``bouts`` bouts of 6-16 s (:func:`coo_bout`), one in each of ``bouts`` equal
    stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the bout.  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        sound, phrases, every = coo_bout(prng.uniform(6.0, 16.0), prng)
        span = a29.laid_in_stretch(added, sound, j, count, 0.6, speech, (14.0, 22.0), prng)
        return f"{span}; {len(phrases)} phrases, one every {every:.2f} s)"

    return a26._one_in_each_stretch(made, seed, bouts, lay, "pigeons cooing on the windowsill")


# ------------------------------------------------------------------ frogs in a pond
def croak(carrier: float, rate: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A frog's croak: ``seconds`` s of pulses ``rate`` a second, each a ring at ``carrier`` Hz (and a weaker one at
    twice it) dying over a fifth of the gap between pulses, under a swell that rises over the first quarter and
    fades over the rest."""
    k = int(seconds * RATE)
    pulse = a29.ring(carrier, 0.2 / rate, 1.0 / rate, (1.0, 2.0), rng)
    out = np.zeros(k + len(pulse))
    for at in np.arange(0.0, seconds, 1.0 / rate):
        i = int(at * RATE)
        out[i:i + len(pulse)] += pulse
    u = np.arange(len(out)) / k
    return out * np.clip(np.minimum(4.0 * u, (1.0 - u) * 4 / 3), 0.0, 1.0)


def frog_chorus(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list, list]:
    """``seconds`` s of 2-4 frogs, each with its own carrier (400-1500 Hz) and pulse rate (30-90 a second), each
    calling every 0.8-2.5 s (15 % early or late) with a :func:`croak` of 0.15-0.5 s; a frog whose call would start
    while another croaks waits until 60 ms after it ends (frogs call in turn).  Returns the chorus, its frogs'
    (carrier, rate) and its croaks (start, end, frog)."""
    frogs = [(prng.uniform(400.0, 1500.0), prng.uniform(30.0, 90.0), prng.uniform(0.8, 2.5))
             for _ in range(prng.randint(2, 4))]
    wanted = sorted((t, j) for j, (_, _, every) in enumerate(frogs)
                    for t in np.arange(prng.uniform(0.0, every), seconds, every) + every * prng.uniform(-0.15, 0.15))
    croaks, busy = [], 0.0
    for t, j in wanted:
        start = max(t, busy + 0.06)
        if start >= seconds:
            break
        length = prng.uniform(0.15, 0.5)
        croaks.append((start, start + length, j))
        busy = start + length
    out = np.zeros(int((busy + 0.1) * RATE))
    for start, end, j in croaks:
        sound = croak(frogs[j][0], frogs[j][1], end - start, rng)
        i = int(start * RATE)
        out[i:i + len(sound)] += sound
    return out[:np.flatnonzero(out)[-1] + 1], [f[:2] for f in frogs], croaks


def frogs(made: Made, seed: int, choruses: int) -> Made:
    """Frogs in a pond by an outdoor talk, ``choruses`` choruses of 10-24 s (:func:`frog_chorus`), one in each of
    ``choruses`` equal stretches of the talk, in lines and pauses alike, 12-20 dB under the speech over the chorus.
    Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        sound, voices, croaks = frog_chorus(prng.uniform(10.0, 24.0), rng, prng)
        span = a29.laid_in_stretch(added, sound, j, count, 0.5, speech, (12.0, 20.0), prng)
        return f"{span}; {len(voices)} frogs, {len(croaks)} croaks)"

    return a26._one_in_each_stretch(made, seed, choruses, lay, "frogs croaking in a pond")


# ------------------------------------------------------------------ Morse from a ham radio next door
#: International Morse code: letters and figures.
MORSE = {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....", "I": "..",
         "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.",
         "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
         "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
         "7": "--...", "8": "---..", "9": "----."}


def keyed(text: str, unit: float) -> list[tuple[float, float]]:
    """The key-down spans (start, end s) of ``text`` in :data:`MORSE` at ``unit`` s a dot: a dot one unit, a dash
    three, one unit between a letter's signs, three between letters, seven between words."""
    spans, t = [], 0.0
    for w, word in enumerate(text.split()):
        t += 7 * unit if w else 0.0
        for c, letter in enumerate(word):
            t += 3 * unit if c else 0.0
            for s, sign in enumerate(MORSE[letter]):
                t += unit if s else 0.0
                length = unit * (1 if sign == "." else 3)
                spans.append((t, t + length))
                t += length
    return spans


def transmission(text: str, wpm: float, pitch: float) -> tuple[np.ndarray, list]:
    """``text`` sent at ``wpm`` words a minute (a dot 1.2/wpm s, PARIS timing) on a ``pitch`` Hz tone, each key-down
    shaped by 5 ms raised-cosine edges (a keyer's, so no clicks).  Returns the sound and its key-down spans."""
    spans = keyed(text, 1.2 / wpm)
    out = np.zeros(int((spans[-1][1] + 0.01) * RATE))
    edge = int(0.005 * RATE)
    ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(edge) / edge)
    for a, b in spans:
        i, j = int(a * RATE), int(b * RATE)
        env = np.ones(j - i)
        env[:edge], env[-edge:] = ramp, ramp[::-1]
        out[i:j] = env * np.sin(2 * np.pi * pitch * np.arange(i, j) / RATE)
    return out, spans


def call_sign(prng: random.Random) -> str:
    """An amateur call sign: a country's prefix, a figure, two or three letters."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    suffix = "".join(prng.choice(letters) for _ in range(prng.randint(2, 3)))
    return f"{prng.choice(['G', 'M', 'F', 'DL', 'EA', 'OH', 'SM', 'K', 'W', 'VE'])}{prng.randint(0, 9)}{suffix}"


def morse(made: Made, seed: int, calls: int) -> Made:
    """A ham radio in the next room, ``calls`` transmissions (:func:`transmission`: a call for any station, "CQ CQ DE
    <call> <call> K", or an answer, "<call> DE <call> RST 599 K"), each at 14-24 words a minute on a 550-850 Hz
    tone, one in each of ``calls`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech
    over the transmission.  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        me, you = call_sign(prng), call_sign(prng)
        text = f"CQ CQ DE {me} {me} K" if prng.random() < 0.5 else f"{you} DE {me} RST 599 K"
        wpm, pitch = prng.uniform(14.0, 24.0), prng.uniform(550.0, 850.0)
        sound, _ = transmission(text, wpm, pitch)
        span = a29.laid_in_stretch(added, sound, j, count, 0.6, speech, (14.0, 22.0), prng)
        return f"{span}; '{text}' at {wpm:.1f} wpm, {pitch:.0f} Hz)"

    return a26._one_in_each_stretch(made, seed, calls, lay, "a ham radio in the next room sending Morse")


# ------------------------------------------------------------------ someone snoring in the audience
def snore(seconds: float, flutter: float, rng: np.random.Generator) -> np.ndarray:
    """One in-breath snore: noise at 80-800 Hz chopped by the soft palate's flutter (a raised cosine to the fourth
    power, ``flutter`` times a second: a burst each time the palate opens) under a sine's hump over ``seconds``."""
    k = int(seconds * RATE)
    chop = (0.5 - 0.5 * np.cos(2 * np.pi * flutter * np.arange(k) / RATE)) ** 4
    return _band(rng.normal(size=k), 80.0, 800.0) * chop * _hump(k)


def nap(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list, float, float]:
    """``seconds`` s of someone asleep: a breath every 3-5 s (8 % early or late), each a :func:`snore` of 0.8-1.6 s
    (the palate's flutter 20-60 a second, the sleeper's own) and then, 0.2-0.4 s later, a sigh out (noise at 150-2000
    Hz over 0.6-1.0 s) 10-14 dB under the snore.  Returns the nap, its snores' (start, end), the breath period and
    the flutter."""
    every, flutter = prng.uniform(3.0, 5.0), prng.uniform(20.0, 60.0)
    snores, t = [], prng.uniform(0.0, 0.5)
    out = np.zeros(int((seconds + 3.0) * RATE))
    while t < seconds:
        s = snore(prng.uniform(0.8, 1.6), flutter, rng)
        sigh = _band(rng.normal(size=int(prng.uniform(0.6, 1.0) * RATE)), 150.0, 2000.0)
        sigh *= _hump(len(sigh)) * _rms(s) / (_rms(sigh) * _rms(_hump(len(sigh))) + 1e-12)
        sigh *= 10 ** (-prng.uniform(10.0, 14.0) / 20)
        sigh_at = t + len(s) / RATE + prng.uniform(0.2, 0.4)
        for at, part in ((t, s), (sigh_at, sigh)):
            i = int(at * RATE)
            out[i:i + len(part)] += part
        snores.append((t, t + len(s) / RATE))
        t += every * prng.uniform(0.92, 1.08)
    return out[:np.flatnonzero(out)[-1] + 1], snores, every, flutter


def snoring(made: Made, seed: int, naps: int) -> Made:
    """Someone asleep in the audience, ``naps`` naps of 12-30 s (:func:`nap`), one in each of ``naps`` equal stretches
    of the talk, in lines and pauses alike, 12-20 dB under the speech over the nap.  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        sound, snores, every, flutter = nap(prng.uniform(12.0, 30.0), rng, prng)
        span = a29.laid_in_stretch(added, sound, j, count, 0.5, speech, (12.0, 20.0), prng)
        return f"{span}; {len(snores)} snores, a breath every {every:.2f} s, fluttering {flutter:.0f} a second)"

    return a26._one_in_each_stretch(made, seed, naps, lay, "someone snoring in the audience")


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it, and what else
#: aside_common.encoded_bytes is told).
CODECS = {
    "avi": ("avi", "avi", "adpcm_ms", 0, 22050, 2036, "cinepak", "Microsoft ADPCM (4-bit, 22.05 kHz) in a Video for "
            "Windows AVI with a Cinepak picture, a CD-ROM-era lecture"),
    "flv": ("flv", "flv", "libmp3lame", 64000, 22050, 1152, "flv", "MP3 (64 kb/s, 22.05 kHz) in Flash video with a "
            "Sorenson Spark picture, a lecture as video sites served it before H.264",
            {"options": {"max_interleave_delta": "0"}}),
}
#: Why the Flash row waits for both streams before writing (``max_interleave_delta`` 0): aside_common.encoded_bytes
#: encodes the whole sound before the first picture, and the muxer, told nothing, writes more than 10 s of sound
#: alone first.  Flash video names no stream in its header (a stream begins with its first packet), so a decoder
#: that looks only at the first seconds finds no picture and meets one later (aligner.audio.decode stops with an
#: IndexError on a 5-minute talk written that way); a Flash file as a site wrote it interleaves the two from the start.


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirtiethSpoilers(a29.TwentyNinthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside29_cases.TwentyNinthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside30_languages.LangSpec)."""

    pigeons: int = 0  #: this many bouts of pigeons cooing (0: none)
    frogs: int = 0  #: this many frog choruses (0: none)
    morse: int = 0  #: this many Morse transmissions next door (0: none)
    snoring: int = 0  #: this many naps of someone snoring (0: none)


@dataclass
class Spec(a10.Spec, ThirtiethSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd73_real_pigeons_page_avi": Spec(d, "real", "page", real=R(113801, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.4)),
                                           room=("pink", 36), seed=113811, pigeons=2, codec="avi"),
        "rd73_real_frogs_dashes_flv": Spec(d, "real", "dashes", real=R(113802, 16, wideband=True, snr_db=q,
                                                                       gap=(0.5, 1.5)),
                                           room=("murmur", 34), seed=113812, frogs=2, codec="flv"),
        "rd73_real_morse_plain": Spec(d, "real", real=R(113803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                        long_pauses=0.3),
                                      room=("pink", 36), seed=113813, morse=3),
        "rd73_flite_snoring_pigeons_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 0.57), Voice(F, "slt", 1.98)], 113401, 113501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=113814, snoring=1, pigeons=1),
        "rd73_espeak_morse_frogs_snoring": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Mike", 1.04), Voice(E, "en-gb-scotland+robert", 0.95)], 113403, 113503,
                           10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=113816, morse=1, frogs=1,
            snoring=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside30)
        "hy_real_pigeons_page": Spec(a, "real", "page", real=R(113101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                     room=("pink", 34), seed=113201, pigeons=3),
        "hy_real_frogs_plain_avi": Spec(a, "real", real=R(113102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                        room=("pink", 36), seed=113202, frogs=2, codec="avi"),
        "hy_real_morse_dashes": Spec(a, "real", "dashes", real=R(113103, 16, wideband=True, snr_db=q,
                                                                 gap=(0.5, 1.4), long_pauses=0.3),
                                     room=("pink", 38), seed=113203, morse=3),
        "hy_real_snoring_srt": Spec(a, "real", "srt", real=R(113104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                    room=("pink", 36), seed=113204, snoring=2),
        "hy_real_pigeons_vtt_flv": Spec(a, "real", "vtt", real=R(113105, 16, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.5)),
                                        room=("pink", 36), seed=113205, pigeons=2, codec="flv"),
        "hy_real_long_mix_flv": Spec(a, "real", "page", real=R(113106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=113206, pigeons=4, frogs=3, morse=4, snoring=3,
                                     codec="flv"),
        "hy_real_frogs_snoring_dashes": Spec(a, "real", "dashes", real=R(113108, 16, wideband=False, snr_db=q,
                                                                         gap=(0.4, 1.4)),
                                             room=("murmur", 34), seed=113208, frogs=2, snoring=1),
        "hy_flite_morse_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "rms", 0.54), Voice(F, "kal", 1.83)], 113404, 113504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=113211, morse=2),
        "hy_festival_snoring_pigeons_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 1.97), Voice(FEST, "slt_hts", 1.74)], 113405, 113505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=113212, snoring=1, pigeons=2),
        "hy_espeak_frogs_morse_page_avi": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us+benjamin", 1.06), Voice(E, "en-gb+Marco", 0.93)], 113406, 113506, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=113213, frogs=2, morse=2,
            codec="avi"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd73_real_pigeons_page_avi", "rd73_real_frogs_dashes_flv", "rd73_real_morse_plain",
                 "rd73_flite_snoring_pigeons_page", "rd73_espeak_morse_frogs_snoring"],
         "aside": ["hy_real_pigeons_page", "hy_real_frogs_plain_avi", "hy_real_morse_dashes", "hy_real_snoring_srt",
                   "hy_real_pigeons_vtt_flv", "hy_real_long_mix_flv", "hy_real_frogs_snoring_dashes",
                   "hy_flite_morse_plain", "hy_festival_snoring_pigeons_dashes", "hy_espeak_frogs_morse_page_avi"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the pigeons, the frogs, the Morse next door and the
    snoring; then aside29_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.pigeons, lambda m: pigeons(m, spec.seed + 260, spec.pigeons)),
             (spec.frogs, lambda m: frogs(m, spec.seed + 261, spec.frogs)),
             (spec.morse, lambda m: morse(m, spec.seed + 262, spec.morse)),
             (spec.snoring, lambda m: snoring(m, spec.seed + 263, spec.snoring))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a29.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
