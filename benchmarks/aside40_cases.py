"""A fortieth aside set nobody has tuned to (``sy_*``, English), and dev twins made the same way (``rd83_*``).

``az_*`` .. ``ry_*`` have each been run once and looked at (``ry_*``, the thirty-ninth, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the thirty-nine
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every
``*_cases.py``):

* **a didgeridoo busker in the square outside**: tunes of 4-9 s on a drone of 60-100 Hz -- a low man's speaking
  pitch -- the lips' buzz (partials at 1/k under 2.5 kHz) whose upper band (0.5-2.5 kHz) the player's mouth opens
  and closes 2.5-5 times a second (a vowel changing, at a syllable's pace), the drone dipping 6 dB under a sniff of
  breath (noise at 2.6-4 kHz) every 2-4 s (circular breathing), 1-3 s between tunes, 13-22 dB under the speech over
  the spell (:func:`didgeridoo`): a voiced sound at a voice's pitch whose vowel moves as speech's does;
* **a dog panting beside the microphone**: bouts of 2-6 s of pants at 2.5-4.5 a second, each an exhale (a breath of
  noise at 0.4-3 kHz, an /h/'s band, swelling and falling over half the pant) and an inhale 4-8 dB softer and higher
  (1.5-5 kHz), 1-3 s of nothing between bouts, 13-22 dB under the speech over the spell (:func:`panting`):
  voiceless syllables, breathed at a talker's pace;
* **someone striking matches** (lighting candles): 1-3 strikes 0.25-0.7 s apart, each the head scraped on the box (a
  rasp of 60-150 ms, noise at 1-7.5 kHz in grains), the last catching: the flare, a hiss at 2.5-7.8 kHz -- an /s/'s
  band -- full within 15 ms and falling 8.7 dB every 0.08-0.2 s; 1.5-4 s later the match blown out (a puff at
  0.1-1.2 kHz); 2-5 s between matches, 13-22 dB under the speech over the spell (:func:`matches`): an /s/ that
  starts out of nowhere and fades as a word's last /s/ does;
* **someone skipping with a rope** in the yard: bouts of 8-24 turns at 1.6-2.4 a second, each the rope's whoosh
  (noise at 0.4-4 kHz swelling 20 dB as it comes down), its slap on the ground (a crack at 0.5-7.8 kHz dying over
  5 ms) and 40 ms later the feet landing (a knock at 60-120 Hz), 1.5-4 s between bouts, 13-22 dB under the speech
  over the spell (:func:`skipping`): a swelling noise cut by a stop's burst and a thud, at a syllable's pace;
* containers no set had: **AAC in an audiobook's M4B** (``.m4b``, branded ``M4B ``, 44.1 kHz, 64 kb/s: what
  audiobook tools and iTunes write; the sets' AAC went in an MP4, M4A, MOV, 3GPP, 3GPP2, F4V, FLV, ISMV, Matroska and
  MPEG-TS) and **FLAC in Ogg** (``.oga``, 44.1 kHz: Xiph's own container for it, as GStreamer-based recorders write;
  the sets' FLAC was bare or in Matroska, their Ogg held Vorbis and Opus);
* voices at speeds they never had, everyday ones again: flite ``slt`` x1.05 and ``rms`` x0.95, festival ``kal``
  x0.95 and ``ked`` x1.05 (dev: flite ``awb`` x0.95, ``kal`` x1.05); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``sy_*``, once (``run.py --aside40``); its packages and the
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
import aside39_cases as a39
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _edges, _knock = a33._put, a33._peak_one, a34._edges, a39._knock
#: Every kind's spells: 13-22 dB under the speech over the spell.
UNDER = (13.0, 22.0)


def _hump(k: int) -> np.ndarray:
    """A half sine over ``k`` samples: a breath's or a sweep's swell and fall."""
    return np.sin(np.pi * (np.arange(k) + 0.5) / max(k, 1))


def _spell_end(out: np.ndarray, seconds: float, end: float) -> np.ndarray:
    """``out`` cut to ``seconds`` s or to ``end`` (its last sound's end) and 20 ms, whichever is later."""
    return out[:int(max(seconds, end + 0.02) * RATE)]


# ------------------------------------------------------------------ a didgeridoo busker in the square
def drone(pitch: float, seconds: float, mouth: float, sniffs: list, rng: np.random.Generator) -> np.ndarray:
    """One tune of ``seconds`` s on a didgeridoo: the lips' buzz on ``pitch`` Hz (partials at 1/k under 2.5 kHz,
    wandering 0.5 % at 0.3 Hz), its band over 500 Hz swung from a sixth to full ``mouth`` times a second as the
    player's mouth shapes it (a vowel opening and closing), speaking over 60 ms and stopping over 80 ms; at each of
    ``sniffs`` (start, end s into the tune) the drone 6 dB down and a sniff of breath through the nose (noise at
    2.6-4 kHz, swelling and falling, at 40 % of the drone's peak).  Unit peak of the drone."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    f0 = pitch * (1.0 + 0.005 * np.sin(2 * np.pi * 0.3 * t + rng.uniform(0, 2 * np.pi)))
    buzz = a31._harmonics(f0, 1.0, 2500.0)
    low = a21._low(buzz, 500.0)
    shaped = low + (buzz - low) * (1.0 / 6 + 5.0 / 6 * (0.5 - 0.5 * np.cos(2 * np.pi * mouth * t)))
    body = _peak_one(_edges(shaped, 0.06, 0.08))
    dip = np.ones(k)
    breath = np.zeros(k)
    for a, b in sniffs:
        i, j = int(a * RATE), int(b * RATE)
        dip[i:j] = 10 ** (-6 / 20)
        breath[i:j] = 0.4 * _peak_one(a30._band(rng.normal(size=j - i), 2600.0, 4000.0)) * _hump(j - i)
    return body * np.convolve(dip, np.ones(80) / 80, "same") + breath


def busking(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a didgeridoo busker: tunes of 4-9 s (:func:`drone` on one pitch of 60-100 Hz, the mouth
    moving 2.5-5 times a second, a sniff of 0.15-0.3 s every 2-4 s from 1.5 s in), 1-3 s of nothing between tunes,
    none begun after ``seconds`` - 1 s.  Returns the spell and what it was (tunes: (start, end); sniffs: (start,
    end); the pitch; the mouth's rate)."""
    pitch, mouth = prng.uniform(60.0, 100.0), prng.uniform(2.5, 5.0)
    out, tunes, sniffs, t = np.zeros(int((seconds + 12.0) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not tunes:
        length, own, at = prng.uniform(4.0, 9.0), [], 1.5
        while at < length - 0.6:
            own.append((at, at + prng.uniform(0.15, 0.3)))
            at = own[-1][1] + prng.uniform(2.0, 4.0)
        _put(out, t, drone(pitch, length, mouth, own, rng) * prng.uniform(0.8, 1.0))
        tunes.append((t, t + length))
        sniffs += [(t + a, t + b) for a, b in own]
        t += length + prng.uniform(1.0, 3.0)
    return _spell_end(out, seconds, tunes[-1][1]), {"tunes": tunes, "sniffs": sniffs, "pitch": pitch,
                                                    "mouth": mouth}


def didgeridoo(made: Made, seed: int, spells: int) -> Made:
    """A didgeridoo busker in the square outside, ``spells`` spells of 5-20 s (:func:`busking`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 13-22 dB under the speech over the spell.  Only
    adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = busking(prng.uniform(6.0, 10.0), rng, prng)
        return sound, f"{len(what['tunes'])} tunes on {what['pitch']:.0f} Hz"

    return one_sound_in_each_stretch(made, seed, spells, "a didgeridoo busker outside", 0.5, UNDER, one)


# ------------------------------------------------------------------ a dog panting beside the microphone
def pant(seconds: float, inhale_db: float, rng: np.random.Generator) -> np.ndarray:
    """One pant of ``seconds`` s: the exhale over its first half (noise at 0.4-3 kHz, an /h/'s band, swelling and
    falling), the inhale over the rest (noise at 1.5-5 kHz, higher through the narrowed throat), ``inhale_db`` dB
    softer.  Unit peak of the exhale."""
    k = int(seconds * RATE)
    out_k = k // 2
    exhale = _peak_one(a30._band(rng.normal(size=out_k), 400.0, 3000.0)) * _hump(out_k)
    inhale = _peak_one(a30._band(rng.normal(size=k - out_k), 1500.0, 5000.0)) * _hump(k - out_k)
    return np.concatenate([exhale, inhale * 10 ** (-inhale_db / 20)])


def panting_dog(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a dog panting: bouts of 2-6 s of pants (:func:`pant`, the inhale 4-8 dB softer) at 2.5-4.5 a
    second (each 5 % early or late), 1-3 s of nothing between bouts (the dog swallowing, or its mouth shut), none
    begun after ``seconds`` - 1 s.  Returns the spell and what it was (bouts: (start, end); pants: (start, end); the
    pace; the inhale's dB)."""
    pace, inhale_db = prng.uniform(2.5, 4.5), prng.uniform(4.0, 8.0)
    out, bouts, pants, t = np.zeros(int((seconds + 9.0) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not bouts:
        start, length = t, prng.uniform(2.0, 6.0)
        while t < start + length:
            cycle = (1.0 + prng.uniform(-0.05, 0.05)) / pace
            _put(out, t, pant(cycle, inhale_db, rng) * prng.uniform(0.8, 1.0))
            pants.append((t, t + cycle))
            t += cycle
        bouts.append((start, t))
        t += prng.uniform(1.0, 3.0)
    return _spell_end(out, seconds, bouts[-1][1]), {"bouts": bouts, "pants": pants, "pace": pace,
                                                    "inhale_db": inhale_db}


def panting(made: Made, seed: int, spells: int) -> Made:
    """A dog panting beside the microphone, ``spells`` spells of 5-20 s (:func:`panting_dog`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 13-22 dB under the speech over the spell.  Only
    adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = panting_dog(prng.uniform(6.0, 10.0), rng, prng)
        return sound, f"{len(what['pants'])} pants in {len(what['bouts'])} bouts"

    return one_sound_in_each_stretch(made, seed, spells, "a dog panting", 0.5, UNDER, one)


# ------------------------------------------------------------------ someone striking matches
def strike(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A match's head scraped along the box for ``seconds`` s: noise at 1-7.5 kHz in grains (each 1-3 ms of grit
    at 30-100 %).  Unit peak."""
    k = int(seconds * RATE)
    grains = np.repeat(rng.uniform(0.3, 1.0, size=k // 16 + 1), 32)[:k]
    return _peak_one(_edges(a30._band(rng.normal(size=k), 1000.0, 7500.0) * grains, 0.003, 0.005))


def flare(decay: float, rng: np.random.Generator) -> np.ndarray:
    """A match catching: the head's flare, a hiss at 2.5-7.8 kHz (an /s/'s band) full within 15 ms, falling by e
    (8.7 dB) every ``decay`` s, five decays long.  Unit peak."""
    k = int((0.015 + 5 * decay) * RATE)
    t = np.arange(k) / RATE
    shape = np.minimum(1.0, t / 0.015) * np.exp(-np.maximum(0.0, t - 0.015) / decay)
    return _peak_one(_edges(a30._band(rng.normal(size=k), 2500.0, 7800.0) * shape, 0.0, 0.01))


def puff(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A match blown out: a breath of ``seconds`` s (noise at 0.1-1.2 kHz, swelling and falling).  Unit peak."""
    k = int(seconds * RATE)
    return _peak_one(a30._band(rng.normal(size=k), 100.0, 1200.0) * _hump(k))


def striking(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone lighting candles with matches: each match struck 1-3 times (:func:`strike`, 60-150
    ms at 60 %, 0.25-0.7 s apart), its last strike catching (:func:`flare` from the strike's end, its decay 0.08-0.2
    s), blown out 1.5-4 s after the flare (:func:`puff`, 0.2-0.35 s at 50 %); 2-5 s of nothing between matches, none
    begun after ``seconds`` - 1 s.  Returns the spell and what it was (matches: (start, end); strikes: (start, end);
    flares: (start, decay); puffs: (start, end))."""
    out, what, t = np.zeros(int((seconds + 14.0) * RATE)), {"matches": [], "strikes": [], "flares": [],
                                                            "puffs": []}, prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not what["matches"]:
        start, count = t, prng.randint(1, 3)
        for j in range(count):
            t += prng.uniform(0.25, 0.7) if j else 0.0
            length = prng.uniform(0.06, 0.15)
            _put(out, t, 0.6 * strike(length, rng))
            what["strikes"].append((t, t + length))
            t += length
        decay = prng.uniform(0.08, 0.2)
        _put(out, t, flare(decay, rng) * prng.uniform(0.8, 1.0))
        what["flares"].append((t, decay))
        t += prng.uniform(1.5, 4.0)
        length = prng.uniform(0.2, 0.35)
        _put(out, t, 0.5 * puff(length, rng))
        what["puffs"].append((t, t + length))
        t += length
        what["matches"].append((start, t))
        t += prng.uniform(2.0, 5.0)
    return _spell_end(out, seconds, what["matches"][-1][1]), what


def matches(made: Made, seed: int, spells: int) -> Made:
    """Someone striking matches to light candles beside the microphone, ``spells`` spells of 5-20 s
    (:func:`striking`), one in each of ``spells`` equal stretches of the talk, in lines and pauses alike, 13-22 dB
    under the speech over the spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = striking(prng.uniform(6.0, 10.0), rng, prng)
        return sound, f"{len(what['matches'])} matches, {len(what['strikes'])} strikes"

    return one_sound_in_each_stretch(made, seed, spells, "someone striking matches", 0.5, UNDER, one)


# ------------------------------------------------------------------ someone skipping with a rope
#: When the feet land after the rope's slap (s), and how long the rope's whoosh swells before it (s).
LANDING, WHOOSH = 0.04, 0.2


def rope_turn(thud: float, rng: np.random.Generator) -> np.ndarray:
    """One turn of a skipping rope, its slap at :data:`WHOOSH` s: the whoosh (noise at 0.4-4 kHz swelling 20 dB over
    :data:`WHOOSH` s as the rope comes down, at 40 %), the slap on the ground (noise at 0.5-7.8 kHz on within 1 ms and
    dying over 5 ms, at full strength), the feet landing :data:`LANDING` s later (:func:`aside39_cases._knock` on
    ``thud`` Hz dying over 30 ms, at 70 %).  Unit peak."""
    kw = int(WHOOSH * RATE)
    out = np.zeros(kw + int(0.25 * RATE))
    swell = 10 ** (-20 * (1 - np.arange(kw) / kw) / 20)
    out[:kw] += 0.4 * _edges(_peak_one(a30._band(rng.normal(size=kw), 400.0, 4000.0)) * swell, 0.01, 0.002)
    n = int(0.03 * RATE)
    t = np.arange(n) / RATE
    slap = a30._band(rng.normal(size=n), 500.0, 7800.0) * np.exp(-t / 0.005) * np.minimum(1.0, t / 0.001)
    _put(out, WHOOSH, _peak_one(slap))
    _put(out, WHOOSH + LANDING, 0.7 * _knock(thud, 0.03))
    return _peak_one(out)


def rope_skipping(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone skipping with a rope: bouts of 8-24 turns (:func:`rope_turn`, the feet on 60-120 Hz)
    at 1.6-2.4 a second, 1.5-4 s of nothing between bouts (catching breath), none begun after ``seconds`` - 1 s.
    Returns the spell and what it was (bouts: (first whoosh, last landing's end); slaps: times; the pace; the
    thud's pitch)."""
    pace, thud = prng.uniform(1.6, 2.4), prng.uniform(60.0, 120.0)
    out, bouts, slaps, t = np.zeros(int((seconds + 16.0) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not bouts:
        start = t
        for _ in range(prng.randint(8, 24)):
            _put(out, t, rope_turn(thud, rng) * prng.uniform(0.85, 1.0))
            slaps.append(t + WHOOSH)
            t += 1.0 / pace
        end = slaps[-1] + LANDING + 0.16
        bouts.append((start, end))
        t = end + prng.uniform(1.5, 4.0)
    return _spell_end(out, seconds, bouts[-1][1]), {"bouts": bouts, "slaps": slaps, "pace": pace, "thud": thud}


def skipping(made: Made, seed: int, spells: int) -> Made:
    """Someone skipping with a rope in the yard outside the window, ``spells`` spells of 5-24 s
    (:func:`rope_skipping`), one in each of ``spells`` equal stretches of the talk, in lines and pauses alike, 13-22
    dB under the speech over the spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = rope_skipping(prng.uniform(6.0, 10.0), rng, prng)
        return sound, f"{len(what['slaps'])} turns in {len(what['bouts'])} bouts"

    return one_sound_in_each_stretch(made, seed, spells, "someone skipping with a rope", 0.5, UNDER, one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it, the muxer's options).  The
#: M4B is FFmpeg's ``ipod`` muxer told the audiobook's brand (``M4B ``, which players read as "remember my place").
CODECS = {
    "m4b": ("m4b", "ipod", "aac", 64000, 44100, 1024, None, "AAC (64 kb/s, 44.1 kHz) in an audiobook's M4B",
            {"options": {"brand": "M4B "}}),
    "oga": ("oga", "ogg", "flac", 0, 44100, 4096, None, "FLAC (44.1 kHz) in Ogg, Xiph's own container for it"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FortiethSpoilers(a39.ThirtyNinthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside39_cases.ThirtyNinthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside40_languages.LangSpec)."""

    didgeridoo: int = 0  #: this many spells of a didgeridoo busker outside (0: none)
    panting: int = 0  #: this many spells of a dog panting beside the microphone (0: none)
    matches: int = 0  #: this many spells of someone striking matches (0: none)
    skipping: int = 0  #: this many spells of someone skipping with a rope (0: none)


@dataclass
class Spec(a10.Spec, FortiethSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd83_real_didgeridoo_page_oga": Spec(d, "real", "page", real=R(133801, 16, wideband=True, snr_db=q,
                                                                        gap=(0.5, 1.4)),
                                              room=("pink", 36), seed=133811, didgeridoo=2, codec="oga"),
        "rd83_real_panting_dashes_m4b": Spec(d, "real", "dashes", real=R(133802, 16, wideband=True, snr_db=q,
                                                                         gap=(0.5, 1.5)),
                                             room=("murmur", 34), seed=133812, panting=2, codec="m4b"),
        "rd83_real_matches_plain": Spec(d, "real", real=R(133803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                          long_pauses=0.3),
                                        room=("pink", 36), seed=133813, matches=2),
        "rd83_flite_skipping_didgeridoo_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 0.95), Voice(F, "kal", 1.05)], 133401, 133501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=133814, skipping=1, didgeridoo=1),
        "rd83_espeak_panting_matches_skipping": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+anika", 0.96), Voice(E, "en-029+Lee", 1.04)], 133403,
                           133503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=133816, panting=1,
            matches=1, skipping=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside40)
        "sy_real_didgeridoo_page": Spec(a, "real", "page", real=R(133101, 16, wideband=False, snr_db=q,
                                                                  gap=(0.5, 1.5)),
                                        room=("pink", 34), seed=133201, didgeridoo=3),
        "sy_real_panting_plain_oga": Spec(a, "real", real=R(133102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=133202, panting=2, codec="oga"),
        "sy_real_matches_dashes": Spec(a, "real", "dashes", real=R(133103, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4), long_pauses=0.3),
                                       room=("pink", 38), seed=133203, matches=2),
        "sy_real_skipping_srt": Spec(a, "real", "srt", real=R(133104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                     room=("pink", 36), seed=133204, skipping=3),
        "sy_real_didgeridoo_vtt_m4b": Spec(a, "real", "vtt", real=R(133105, 16, wideband=True, snr_db=q,
                                                                    gap=(0.4, 1.5)),
                                           room=("pink", 36), seed=133205, didgeridoo=2, codec="m4b"),
        "sy_real_long_mix_oga": Spec(a, "real", "page", real=R(133106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=133206, didgeridoo=4, panting=3, matches=3,
                                     skipping=4, codec="oga"),
        "sy_real_panting_skipping_dashes": Spec(a, "real", "dashes", real=R(133108, 16, wideband=True, snr_db=q,
                                                                            gap=(0.4, 1.4)),
                                                room=("murmur", 34), seed=133208, panting=2, skipping=1),
        "sy_flite_matches_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "slt", 1.05), Voice(F, "rms", 0.95)], 133404, 133504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=133211, matches=2),
        "sy_festival_didgeridoo_panting_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "kal", 0.95), Voice(FEST, "ked", 1.05)], 133405, 133505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=133212, didgeridoo=1, panting=2),
        "sy_espeak_skipping_matches_page_m4b": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+Annie", 1.03), Voice(E, "en-us+michel", 0.97)],
                           133406, 133506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=133213,
            skipping=2, matches=2, codec="m4b"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd83_real_didgeridoo_page_oga", "rd83_real_panting_dashes_m4b", "rd83_real_matches_plain",
                 "rd83_flite_skipping_didgeridoo_page", "rd83_espeak_panting_matches_skipping"],
         "aside": ["sy_real_didgeridoo_page", "sy_real_panting_plain_oga", "sy_real_matches_dashes",
                   "sy_real_skipping_srt", "sy_real_didgeridoo_vtt_m4b", "sy_real_long_mix_oga",
                   "sy_real_panting_skipping_dashes", "sy_flite_matches_plain",
                   "sy_festival_didgeridoo_panting_dashes", "sy_espeak_skipping_matches_page_m4b"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the didgeridoo, the dog, the matches and the rope;
    then aside39_cases.spoil's (the room's noise among them, none of its own switched on; it turns the finished talk
    down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.didgeridoo, lambda m: didgeridoo(m, spec.seed + 360, spec.didgeridoo)),
             (spec.panting, lambda m: panting(m, spec.seed + 361, spec.panting)),
             (spec.matches, lambda m: matches(m, spec.seed + 362, spec.matches)),
             (spec.skipping, lambda m: skipping(m, spec.seed + 363, spec.skipping))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a39.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
