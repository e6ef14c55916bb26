"""A thirty-first aside set nobody has tuned to (``iy_*``, English), and dev twins made the same way (``rd74_*``).

``az_*`` .. ``hy_*`` have each been run once and looked at (``hy_*``, the thirtieth, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the thirty sets' "What is
new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``aside*_cases.py``;
every kind the brief named was built before and is not here):

* **geese honking overhead**: a skein of 4-9 geese flying over an outdoor talk for 8-18 s, each goose honking
  every 0.5-1.4 s on its own pitch (a harsh, nasal "ha-ronk" of 0.12-0.28 s: a harmonic series on a 280-520 Hz
  fundamental that rises and falls, its partials up to 4 kHz), the skein loudest as it passes over (the middle
  of its pass), 14-22 dB under the speech over the pass (:func:`geese`);
* **a sewing machine in the next room**: sessions of 8-20 s in which the pedal is pressed for runs of 1.2-4.5 s
  (the needle's strokes 8-18 a second, each a click of the needle bar and a knock of the feed dog, over the
  motor's whine, the speed rising as the pedal goes down and falling as it comes up) with 0.5-2.5 s between runs
  (the cloth turned), through a wall (nothing over 3 kHz), 14-22 dB under the speech over the session
  (:func:`sewing`);
* **someone with hiccups in the audience**: spells of 15-35 s with a hiccup every 3-7 s (25 % early or late),
  each a glottal click and a short voiced "ic" (50-90 ms on a 140-300 Hz pitch, through the vowel's two formants)
  -- a voiced sound as short as a syllable, 24-32 dB under the speech over the spell (each hiccup about 10 dB
  under) (:func:`hiccups`);
* **a cuckoo clock striking the hour**: the clock's works whirring for 0.3-0.5 s, then as many calls as the hour
  (2-12), one every 0.9-1.3 s, each two bellows-pipe notes (a breathy near-sine on 600-900 Hz, then a third
  lower), 14-22 dB under the speech over the striking (:func:`cuckoo`);
* containers no case had: **IMA ADPCM 4:1 in a QuickTime movie with a Sorenson Video picture** (``.mov``,
  22.05 kHz: a 1990s CD-ROM lecture) and **AC-3 in a DVD's VOB with an MPEG-2 picture** (``.vob``, 48 kHz: a
  lecture sold on DVD) (:data:`CODECS`);
* voices at speeds they never had: flite ``slt`` x0.5 and ``rms`` x2.0, festival ``ked`` x0.46 and ``kal`` x2.0
  (dev: flite ``kal`` x0.5, ``awb`` x2.02); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``iy_*``, once (``run.py --aside31``); its packages and the
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
import aside29_cases as a29
import aside30_cases as a30
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"


def _harmonics(f0: np.ndarray, tilt: float, top: float) -> np.ndarray:
    """A harmonic series on the fundamental track ``f0`` (Hz, a sample each), the k-th partial at ``k ** -tilt`` of
    the first's amplitude, every partial under ``top`` Hz: a honk's and a motor's voiced buzz."""
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    count = int(top // max(float(f0.max()), 1.0))
    return sum(np.sin(k * phase) * k ** -tilt for k in range(1, count + 1))


# ------------------------------------------------------------------ geese honking overhead
def honk(pitch: float, seconds: float) -> np.ndarray:
    """One goose's honk, "ha-ronk": a harmonic series (:func:`_harmonics`, partials falling as 1/k to 4 kHz: harsh and
    nasal) on a fundamental that rises from ``pitch`` by a quarter over the first third and falls back below it by
    the end, under a sine's hump."""
    k = int(seconds * RATE)
    u = np.arange(k) / k
    f0 = pitch * np.where(u < 1 / 3, 1.0 + 0.75 * u, 1.25 - 0.45 * (u - 1 / 3))
    return _harmonics(f0, 1.0, 4000.0) * a30._hump(k)


def skein(seconds: float, prng: random.Random) -> tuple[np.ndarray, list]:
    """A skein of 4-9 geese flying over for ``seconds`` s: each goose with its own pitch (280-520 Hz) honks every
    0.5-1.4 s (30 % early or late) a :func:`honk` of 0.12-0.28 s; the whole under a raised cosine over the pass (the
    skein loudest overhead, at the middle).  Returns the pass and its honks (start, end, pitch)."""
    k = int(seconds * RATE)
    out, honks = np.zeros(k + int(0.3 * RATE)), []
    for _ in range(prng.randint(4, 9)):
        pitch, every = prng.uniform(280.0, 520.0), prng.uniform(0.5, 1.4)
        t = prng.uniform(0.0, every)
        while t < seconds - 0.3:
            length = prng.uniform(0.12, 0.28)
            sound = honk(pitch, length)
            i = int(t * RATE)
            out[i:i + len(sound)] += sound * prng.uniform(0.5, 1.0)
            honks.append((t, t + length, pitch))
            t += every * prng.uniform(0.7, 1.3)
    u = np.arange(len(out)) / k
    return out * (0.5 - 0.5 * np.cos(2 * np.pi * np.clip(u, 0.0, 1.0))), sorted(honks)


def geese(made: Made, seed: int, skeins: int) -> Made:
    """Geese flying over an outdoor talk, ``skeins`` passes of 8-18 s (:func:`skein`), one in each of ``skeins`` equal
    stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the pass.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, honks = skein(prng.uniform(8.0, 18.0), prng)
        return sound, f"{len({p for _, _, p in honks})} geese, {len(honks)} honks"

    return one_sound_in_each_stretch(made, seed, skeins, "geese honking overhead", 0.6, (14.0, 22.0), one)


# ------------------------------------------------------------------ a sewing machine in the next room
def stitching(seconds: float, rate: float, rng: np.random.Generator) -> tuple[np.ndarray, list]:
    """One run of the pedal pressed for ``seconds`` s: the needle's strokes at up to ``rate`` a second (the rate
    rising from a third of it over the first 0.3 s and falling back over the last 0.2 s), each a click of the needle
    bar (a ring at 2.2 kHz dying over 4 ms) and, half a stroke later, a softer knock of the feed dog (noise at
    150-900 Hz, 0.35 of the click's peak), over the motor's whine (a harmonic series on 12 times the stroke rate, 0.1
    of a click's peak).  Returns the run and its strokes' times."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    speed = rate * np.clip(np.minimum(1 / 3 + 2 / 3 * t / 0.3, 1 / 3 + 2 / 3 * (seconds - t) / 0.2), 1 / 3, 1.0)
    turns = np.cumsum(speed) / RATE
    strokes = np.searchsorted(turns, np.arange(0.0, turns[-1], 1.0))
    out = 0.1 * _harmonics(12.0 * speed, 1.5, 1500.0)
    click = a29.ring(2200.0, 0.004, 0.02, (1.0, 1.9), rng)
    for j, i in enumerate(strokes):
        after = strokes[j + 1] if j + 1 < len(strokes) else i + int(RATE / rate)
        knock = a26._knock(rng, 150.0, 900.0, 0.006)
        for at, part in ((i, click / np.abs(click).max()), ((i + after) // 2, 0.35 * knock / np.abs(knock).max())):
            part = part[:max(0, k - at)]
            out[at:at + len(part)] += part
    return out * a30._hump(k) ** 0.2, list(strokes / RATE)


def sewing_session(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list, float]:
    """``seconds`` s at a sewing machine: runs of :func:`stitching` of 1.2-4.5 s at the sewer's speed (8-18 strokes a
    second, 10 % either way from run to run) with 0.5-2.5 s between them (the cloth turned), heard through a wall
    (nothing over 3 kHz).  Returns the session, its runs (start, end) and the speed."""
    rate, runs, t = prng.uniform(8.0, 18.0), [], 0.0
    out = np.zeros(int((seconds + 5.0) * RATE))
    while t < seconds:
        length = prng.uniform(1.2, 4.5)
        run, _ = stitching(length, rate * prng.uniform(0.9, 1.1), rng)
        i = int(t * RATE)
        out[i:i + len(run)] += run
        runs.append((t, t + length))
        t += length + prng.uniform(0.5, 2.5)
    out = a21._low(out[:int(runs[-1][1] * RATE) + 1], 3000.0)
    return out, runs, rate


def sewing(made: Made, seed: int, sessions: int) -> Made:
    """A sewing machine in the next room, ``sessions`` sessions of 8-20 s (:func:`sewing_session`), one in each of
    ``sessions`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the session.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, runs, rate = sewing_session(prng.uniform(8.0, 20.0), rng, prng)
        return sound, f"{len(runs)} runs at {rate:.1f} stitches a second"

    heard = "a sewing machine in the next room"
    return one_sound_in_each_stretch(made, seed, sessions, heard, 0.5, (14.0, 22.0), one)


# ------------------------------------------------------------------ someone with hiccups
def hiccup(pitch: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """One hiccup: the glottis slamming shut (a 4 ms click of broadband noise) and a voiced "ic" of ``seconds`` s on
    ``pitch`` Hz (a harmonic series to 3.5 kHz through the vowel's formants near 400 and 2000 Hz, dying fast)."""
    k = int(seconds * RATE)
    click = rng.normal(size=int(0.004 * RATE)) * np.hanning(int(0.004 * RATE))
    buzz = _harmonics(np.full(k, pitch), 1.0, 3500.0)
    vowel = a30._band(buzz, 250.0, 600.0) + 0.5 * a30._band(buzz, 1700.0, 2400.0)
    vowel *= np.exp(-np.arange(k) / (0.3 * k)) * np.minimum(1.0, np.arange(k) / (0.005 * RATE))
    vowel /= np.abs(vowel).max() + 1e-12
    return np.concatenate([1.5 * click / (np.abs(click).max() + 1e-12), vowel])


def hiccup_spell(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list, float]:
    """``seconds`` s of someone's hiccups, one every 3-7 s (25 % early or late), each a :func:`hiccup` of 50-90 ms on
    the sufferer's pitch (140-300 Hz, 5 % either way).  Returns the spell, its hiccups (start, end, pitch) and the
    period."""
    pitch, every = prng.uniform(140.0, 300.0), prng.uniform(3.0, 7.0)
    out, hics, t = np.zeros(int((seconds + 1.0) * RATE)), [], prng.uniform(0.0, 0.5)
    while t < seconds:
        f = pitch * prng.uniform(0.95, 1.05)
        sound = hiccup(f, prng.uniform(0.05, 0.09), rng)
        i = int(t * RATE)
        out[i:i + len(sound)] += sound
        hics.append((t, t + len(sound) / RATE, f))
        t += every * prng.uniform(0.75, 1.25)
    return out[:int(hics[-1][1] * RATE) + 1], hics, every


def hiccups(made: Made, seed: int, spells: int) -> Made:
    """Someone in the audience with hiccups, ``spells`` spells of 15-35 s (:func:`hiccup_spell`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 24-32 dB under the speech over the spell (a
    hiccup is short: each about 10 dB under).  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, hics, every = hiccup_spell(prng.uniform(15.0, 35.0), rng, prng)
        return sound, f"{len(hics)} hiccups, one every {every:.2f} s"

    return one_sound_in_each_stretch(made, seed, spells, "someone with hiccups in the audience", 0.4, (24.0, 32.0),
                                     one)


# ------------------------------------------------------------------ a cuckoo clock striking the hour
def pipe_note(pitch: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """One note of a cuckoo clock's bellows pipe: a near-sine on ``pitch`` Hz (its second harmonic at a tenth) and the
    bellows' breath (noise within 15 % of the pitch, a fifth of the tone's amplitude), a 20 ms rise, falling to half
    by the end as the bellows empties."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    tone = np.sin(2 * np.pi * pitch * t) + 0.1 * np.sin(4 * np.pi * pitch * t)
    breath = a30._band(rng.normal(size=k), 0.85 * pitch, 1.15 * pitch)
    breath *= 0.2 * np.sqrt(0.5) / (np.std(breath) + 1e-12)
    return (tone + breath) * np.minimum(1.0, t / 0.02) * (1.0 - 0.5 * t / seconds) * np.minimum(1.0, (k - np.arange(
        k)) / (0.01 * RATE))


def striking(hour: int, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list, float]:
    """A cuckoo clock striking ``hour``: the works whirring (0.3-0.5 s of ticks 40 a second, 5 % of a note's
    amplitude), then ``hour`` calls one every 0.9-1.3 s, each a high :func:`pipe_note` (600-900 Hz, 0.2-0.3 s), a
    50-90 ms breath, and a low one a minor or major third under (0.79-0.85 of it, 0.25-0.4 s).  Returns the
    striking, its calls' notes ((start, end, pitch), (start, end, pitch)) and the period."""
    high, third, every = prng.uniform(600.0, 900.0), prng.uniform(0.79, 0.85), prng.uniform(0.9, 1.3)
    one, gap, two = prng.uniform(0.2, 0.3), prng.uniform(0.05, 0.09), prng.uniform(0.25, 0.4)
    whir = prng.uniform(0.3, 0.5)
    out = np.zeros(int((whir + hour * every + 1.0) * RATE))
    for t in np.arange(0.0, whir, 1 / 40):
        tick = 0.05 * a26._knock(rng, 1500.0, 5000.0, 0.002)
        out[int(t * RATE):int(t * RATE) + len(tick)] += tick
    calls = []
    for n in range(hour):
        a = whir + 0.2 + n * every
        notes = ((a, a + one, high), (a + one + gap, a + one + gap + two, high * third))
        for start, end, f in notes:
            sound = pipe_note(f, end - start, rng)
            out[int(start * RATE):int(start * RATE) + len(sound)] += sound
        calls.append(notes)
    return out[:int(calls[-1][1][1] * RATE) + 1], calls, every


def cuckoo(made: Made, seed: int, hours: int) -> Made:
    """A cuckoo clock on the wall striking ``hours`` times (:func:`striking`, the hour drawn from 2-12), one in each
    of ``hours`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the striking.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        hour = prng.randint(2, 12)
        sound, calls, every = striking(hour, rng, prng)
        return sound, f"{hour} o'clock, a call every {every:.2f} s on {calls[0][0][2]:.0f} Hz"

    return one_sound_in_each_stretch(made, seed, hours, "a cuckoo clock striking the hour", 0.6, (14.0, 22.0), one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it, and what else
#: aside_common.encoded_bytes is told).
CODECS = {
    "mov": ("mov", "mov", "adpcm_ima_qt", 0, 22050, 64, "svq1", "IMA ADPCM 4:1 (22.05 kHz) in a QuickTime movie with "
            "a Sorenson Video picture, a 1990s CD-ROM lecture"),
    "vob": ("vob", "vob", "ac3", 192000, 48000, 1536, "mpeg2video", "AC-3 (192 kb/s, 48 kHz) in a DVD's VOB with an "
            "MPEG-2 picture at 25 a second, a lecture sold on DVD", {"video_fps": 25}),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirtyFirstSpoilers(a30.ThirtiethSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside30_cases.ThirtiethSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside31_languages.LangSpec)."""

    geese: int = 0  #: this many skeins of geese flying over (0: none)
    sewing: int = 0  #: this many sessions at a sewing machine next door (0: none)
    hiccups: int = 0  #: this many spells of someone's hiccups (0: none)
    cuckoo: int = 0  #: a cuckoo clock striking this many times (0: none)


@dataclass
class Spec(a10.Spec, ThirtyFirstSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd74_real_geese_page_mov": Spec(d, "real", "page", real=R(115801, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4)),
                                         room=("pink", 36), seed=115811, geese=2, codec="mov"),
        "rd74_real_sewing_dashes_vob": Spec(d, "real", "dashes", real=R(115802, 16, wideband=True, snr_db=q,
                                                                        gap=(0.5, 1.5)),
                                            room=("murmur", 34), seed=115812, sewing=2, codec="vob"),
        "rd74_real_cuckoo_plain": Spec(d, "real", real=R(115803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                         long_pauses=0.3),
                                       room=("pink", 36), seed=115813, cuckoo=3),
        "rd74_flite_hiccups_geese_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 0.5), Voice(F, "awb", 2.02)], 115401, 115501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=115814, hiccups=1, geese=1),
        "rd74_espeak_cuckoo_sewing_hiccups": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-029+Jacky", 1.04), Voice(E, "en-us-nyc+Max", 0.95)], 115403, 115503, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=115816, cuckoo=1, sewing=1,
            hiccups=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside31)
        "iy_real_geese_page": Spec(a, "real", "page", real=R(115101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                   room=("pink", 34), seed=115201, geese=3),
        "iy_real_sewing_plain_mov": Spec(a, "real", real=R(115102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                         room=("pink", 36), seed=115202, sewing=2, codec="mov"),
        "iy_real_hiccups_dashes": Spec(a, "real", "dashes", real=R(115103, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4), long_pauses=0.3),
                                       room=("pink", 38), seed=115203, hiccups=2),
        "iy_real_cuckoo_srt": Spec(a, "real", "srt", real=R(115104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                   room=("pink", 36), seed=115204, cuckoo=3),
        "iy_real_geese_vtt_vob": Spec(a, "real", "vtt", real=R(115105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                      room=("pink", 36), seed=115205, geese=2, codec="vob"),
        "iy_real_long_mix_vob": Spec(a, "real", "page", real=R(115106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=115206, geese=4, sewing=3, hiccups=3, cuckoo=4,
                                     codec="vob"),
        "iy_real_sewing_hiccups_dashes": Spec(a, "real", "dashes", real=R(115108, 16, wideband=False, snr_db=q,
                                                                          gap=(0.4, 1.4)),
                                              room=("murmur", 34), seed=115208, sewing=2, hiccups=1),
        "iy_flite_cuckoo_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "slt", 0.5), Voice(F, "rms", 2.0)], 115404, 115504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=115211, cuckoo=2),
        "iy_festival_hiccups_geese_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 0.46), Voice(FEST, "kal", 2.0)], 115405, 115505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=115212, hiccups=1, geese=2),
        "iy_espeak_sewing_cuckoo_page_mov": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+Boris", 1.05), Voice(E, "en-us+RicishayMax2", 0.94)], 115406,
                           115506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=115213, sewing=2,
            cuckoo=2, codec="mov"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd74_real_geese_page_mov", "rd74_real_sewing_dashes_vob", "rd74_real_cuckoo_plain",
                 "rd74_flite_hiccups_geese_page", "rd74_espeak_cuckoo_sewing_hiccups"],
         "aside": ["iy_real_geese_page", "iy_real_sewing_plain_mov", "iy_real_hiccups_dashes", "iy_real_cuckoo_srt",
                   "iy_real_geese_vtt_vob", "iy_real_long_mix_vob", "iy_real_sewing_hiccups_dashes",
                   "iy_flite_cuckoo_plain", "iy_festival_hiccups_geese_dashes", "iy_espeak_sewing_cuckoo_page_mov"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the geese, the sewing machine, the hiccups and the
    cuckoo clock; then aside30_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.geese, lambda m: geese(m, spec.seed + 270, spec.geese)),
             (spec.sewing, lambda m: sewing(m, spec.seed + 271, spec.sewing)),
             (spec.hiccups, lambda m: hiccups(m, spec.seed + 272, spec.hiccups)),
             (spec.cuckoo, lambda m: cuckoo(m, spec.seed + 273, spec.cuckoo))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a30.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
