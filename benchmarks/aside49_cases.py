"""A forty-ninth aside set nobody has tuned to (``cz_*``, English), and dev twins made the same way (``rd92_*``).

``az_*`` .. ``zy_*`` have each been run once, ``bz_*`` (the forty-eighth) is being looked at this round; this set's
builder read no ``bz_*`` truth.  Allison Smith's telephone prompts are still the only real English voice with text and
truth, so the real talks say the ``nx_*`` pool again, with new seeds, around conditions no set had.  What is new
(checked against the forty-eight sets' "What is new" tables and "Considered and not built" lists in
benchmarks/README.md, and against every ``*_cases.py``: of the brief's list the scissors, bubble wrap, soda can,
ping-pong ball, singing bowl and rubber band were left or built before (the forty-eighth's list), a stapler, a kettle
and a zip were built or left, a marker's squeak and a dog's bark were built; a hole punch, dice, a whisk and a shop
till appear in no set or list):

* **a two-hole punch pressed just before a line's start**: the lever pushed down (its spring creaking, noise at
  300-2000 Hz under a half sine for 0.1-0.25 s, at 30 %), the dies cutting through a stack of paper (a crunch of
  grit at 1-6 kHz, 1500-3000 clicks a second, 15-40 ms, at 80 %) and the lever bottoming out on the base (a thunk on
  120-300 Hz dying over 15-30 ms with a 2-5 kHz knock, at full) **30-250 ms before a line start**; the lever let go
  0.25-0.6 s later (its spring's click at 2-5 kHz, at 40 %), inside the line's first words (:func:`punch`);
* **dice shaken in a cup and thrown over a line's end**: the cup shaken (dice knocking on its walls, 2-6 kHz clicks
  25-40 a second, the cup's hollow 400-900 Hz under a third, at 50 %) for 0.4-0.9 s, then two dice thrown **0.1-0.4
  s before a line end**, each hitting the board 4-9 times at irregular gaps of 30-140 ms (a 1.5-7 kHz click and a
  200-600 Hz thud, each hit at 70-90 % of the last) and rolling to rest **0.15-0.5 s past the end** (:func:`dice`):
  clatter over the last word and past it;
* **eggs whisked in a steel bowl across a line's start**: strokes 5-8 a second (the wires scraping the bowl, noise at
  2-8 kHz under a half sine of 40-80 ms; the bowl's ring on two partials at 1.2-2.4 kHz and 2.9 times it dying over
  60-150 ms, at 30 %; the egg sloshing at 200-800 Hz, at 40 %), **begun 0.3-1.0 s before a line start** and running
  at least 0.4 s into the line (:func:`whisk`);
* **a shop's till opened**: 3-6 keys pressed (plastic clicks at 1.5-4 kHz, 0.12-0.3 s apart, at 30 %), then its bell
  struck once (partials on 2-3 kHz, 2.4 and 4.1 times it, dying over 0.25-0.5 s, at full), the drawer rolling out
  (rumble at 80-500 Hz for 0.15-0.3 s, at 50 %) and hitting its stop (a 100-300 Hz thunk, at 70 %); one in each
  stretch, in lines and pauses alike (:func:`till`);
* containers no set had: **Apple Lossless in Matroska with an H.264 picture** (``.mkv``, 44.1 kHz: a screen
  recorder's lossless capture; the sets' ALAC went in CAF, M4A and MOV, their Matroska held AAC, AC-3, E-AC-3, FLAC,
  MP3, MP2, Opus, 16-bit PCM and WavPack) and **32-bit float PCM in a QuickTime MOV with a Motion-JPEG picture**
  (``.mov``, 48 kHz: a video editor's export; the sets' float PCM went in CAF, W64 and IRCAM files, their MOV held
  AAC, MP3, IMA ADPCM, 16- and 24-bit PCM, A-law and ALAC).  Both decode **+0.0 ms** (no encoder delay, no edit
  list needed): measured and moved into the truth all the same (aside_common.stored_in);
* voices at speeds they never had: flite ``awb`` x1.04 and ``slt`` x1.04, festival ``ked`` x1.04 and ``kal`` x0.97
  (dev: flite ``kal`` x0.96, ``rms`` x0.96); espeak-ng variants no English talk had at all (``klatt``, ``fast``;
  dev ``klatt`` under en-gb-scotland, ``fast`` under en-029).

Every spell lies 12-24 dB under the speech over the spell.  Truth is the rule of every real case (each prompt's voice
span where it went) and, for the synthesized talks, the segment and word bounds on the dry speech.  Every generator
here only adds sound; the containers' delays are measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``cz_*``, once (``run.py --aside49``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside30_cases as a30
import aside48_cases as a48
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _knock, _decaying = a48._put, a48._peak_one, a48._knock, a48._decaying
_grit, _shaped, _one_laid_from_each_edge = a48._grit, a48._shaped, a48._one_laid_from_each_edge
_half_sine, _pulses = a48._half_sine, a48._pulses
line_end_near, line_start_near = a48.line_end_near, a48.line_start_near
#: Every kind's spells: 12-24 dB under the speech over the spell.
UNDER = a48.UNDER


def _noise(low: float, high: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """Noise between ``low`` and ``high`` Hz for ``seconds`` s (a rub, a rumble, a slosh)."""
    return a30._band(rng.normal(size=max(1, int(seconds * RATE))), low, high)


# ------------------------------------------------------------------ a hole punch pressed before a line start
#: The lever is pushed this long before the line's start (s); it bottoms out this long before the start (s); it is
#: let go this long after bottoming out (s).
PRESS_BEFORE, THUNK_BEFORE, LET_GO = (0.35, 0.7), (0.03, 0.25), (0.25, 0.6)


def thunk(hz: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """A lever bottoming out on a punch's base: a body on ``hz`` Hz dying by e every ``decay`` s and a knock at
    2-5 kHz dying over 0.5 ms at 40 %.  Unit peak, 0.15 s."""
    out = _decaying(hz, decay, 0.15, rng)
    snap = _knock(2000.0, 5000.0, 0.0005, rng)
    out[:len(snap)] += 0.4 * snap[:len(out)]
    return _peak_one(out)


def punch_spell(start: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A two-hole punch pressed before a line start ``start`` s into the spell: the spring's creak from 0 (noise at
    300-2000 Hz under a half sine, at 30 %), the dies' crunch through the paper (grit at 1-6 kHz, 1500-3000 clicks a
    second, 15-40 ms, at 80 %) ending at the :func:`thunk` (120-300 Hz, dying over 15-30 ms, at full) 30-250 ms
    before ``start`` (no sooner than 0.15 s in), and the lever let go 0.25-0.6 s after (a click at 2-5 kHz, at 40 %).
    Returns the spell and what it was (thunk, start, released: s into the spell)."""
    bottomed = max(0.15, start - prng.uniform(*THUNK_BEFORE))
    crunch = prng.uniform(0.015, 0.04)
    released = bottomed + prng.uniform(*LET_GO)
    out = np.zeros(int((released + 0.1) * RATE))
    creak = max(0.05, bottomed - crunch)
    _put(out, 0.0, 0.3 * _shaped(_noise(300.0, 2000.0, creak, rng), _half_sine(creak)))
    _put(out, bottomed - crunch, 0.8 * _shaped(_grit(crunch, prng.uniform(1500.0, 3000.0), 1000.0, 6000.0, rng),
                                               _half_sine(crunch, 0.5)))
    _put(out, bottomed, thunk(prng.uniform(120.0, 300.0), prng.uniform(0.015, 0.03), rng))
    _put(out, released, 0.4 * _knock(2000.0, 5000.0, 0.0006, rng))
    return out, {"thunk": bottomed, "start": start, "released": released}


def punch(made: Made, seed: int, spells: int) -> Made:
    """A hole punch pressed, ``spells`` times (:func:`punch_spell`), one in each of ``spells`` equal stretches: the
    lever pushed 0.35-0.7 s before a line's start (aside43_cases.line_start_near), bottoming out 30-250 ms before it
    and let go inside the line, 12-24 dB under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(made, seed, spells, "a hole punch", line_start_near, PRESS_BEFORE, punch_spell,
                                    lambda w: f"thunk {1000 * (w['start'] - w['thunk']):.0f} ms before the start")


# ------------------------------------------------------------------ dice thrown over a line end
#: The cup is shaken from this long before the line's end (s); the dice land this long before the end (s) and come to
#: rest this long after it (s).
SHAKE_BEFORE, THROWN_BEFORE, REST_PAST = (0.6, 1.3), (0.1, 0.4), (0.15, 0.5)


def shaking(seconds: float, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """Dice shaken in a cup for ``seconds`` s: clicks at 2-6 kHz 25-40 a second (the dice on the cup's walls) and
    the cup's hollow (noise at 400-900 Hz) at a third of their RMS, under a half sine.  Unit peak."""
    clicks = _grit(seconds, prng.uniform(25.0, 40.0), 2000.0, 6000.0, rng)
    hollow = _noise(400.0, 900.0, seconds, rng)
    return _shaped(clicks + hollow * sc._rms(clicks) / (3 * sc._rms(hollow) + 1e-12), _half_sine(seconds, 0.5))


def die_hits(seconds: float, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """One die thrown on a board, landing at 0 and rolling to rest by ``seconds`` s: 4-9 hits at gaps of 30-140 ms
    drawn at random and stretched to end there, each a click at 1.5-7 kHz and a 200-600 Hz thud (dying over 8 ms),
    each at 70-90 % of the last.  Unit peak."""
    gaps = np.array([prng.uniform(0.03, 0.14) for _ in range(prng.randint(4, 9) - 1)])
    times = np.concatenate([[0.0], np.cumsum(gaps * (seconds - 0.02) / gaps.sum())])
    out = np.zeros(int((seconds + 0.1) * RATE))
    gain = 1.0
    for at in times:
        hit = _knock(1500.0, 7000.0, 0.0006, rng)
        body = _decaying(prng.uniform(200.0, 600.0), 0.008, 0.08, rng)
        body[:len(hit)] += hit[:len(body)]
        _put(out, float(at), gain * _peak_one(body))
        gain *= prng.uniform(0.7, 0.9)
    return _peak_one(out)


def dice_spell(end: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """Dice thrown over a line end ``end`` s into the spell: :func:`shaking` from 0 to the throw (at 50 %), two dice
    (:func:`die_hits`) landing 0.1-0.4 s before ``end`` (no sooner than 0.3 s in), 0-40 ms apart, at full and 60-90 %,
    at rest 0.15-0.5 s past ``end``.  Returns the spell and what it was (end, landed, rest: s into the spell)."""
    landed = max(0.3, end - prng.uniform(*THROWN_BEFORE))
    rest = end + prng.uniform(*REST_PAST)
    out = np.zeros(int((rest + 0.15) * RATE))
    _put(out, 0.0, 0.5 * shaking(landed - 0.05, rng, prng))
    second = prng.uniform(0.0, 0.04)
    _put(out, landed, die_hits(rest - landed, rng, prng))
    _put(out, landed + second, prng.uniform(0.6, 0.9) * die_hits(rest - landed - second, rng, prng))
    return out, {"end": end, "landed": landed, "rest": rest}


def dice(made: Made, seed: int, spells: int) -> Made:
    """Dice shaken and thrown, ``spells`` times (:func:`dice_spell`), one in each of ``spells`` equal stretches: the
    cup shaken from 0.6-1.3 s before a line's end (aside42_cases.line_end_near), the dice landing 0.1-0.4 s before it
    and rolling to rest 0.15-0.5 s past it, 12-24 dB under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(made, seed, spells, "dice thrown", line_end_near, SHAKE_BEFORE, dice_spell,
                                    lambda w: f"at rest {1000 * (w['rest'] - w['end']):.0f} ms after the end")


# ------------------------------------------------------------------ eggs whisked across a line start
#: The whisking begins this long before a line's start (s); it runs at least this long into the line (s).
WHISK_BEFORE, WHISK_INTO = (0.3, 1.0), 0.4


def stroke(seconds: float, ring: float, rng: np.random.Generator) -> np.ndarray:
    """One stroke of a whisk round a steel bowl over ``seconds`` s: the wires scraping (noise at 2-8 kHz under a
    half sine), the bowl's ring (partials on ``ring`` Hz and 2.9 times it, dying over 60-150 ms, at 30 %) and the egg
    sloshing (noise at 200-800 Hz under a half sine, at 40 %).  Unit peak."""
    scrape = _shaped(_noise(2000.0, 8000.0, seconds, rng), _half_sine(seconds))
    decay = rng.uniform(0.06, 0.15)
    bowl = _decaying(ring, decay, seconds + 0.3, rng) + 0.5 * _decaying(2.9 * ring, decay / 2, seconds + 0.3, rng)
    out = 0.3 * _peak_one(bowl)
    out[:len(scrape)] += scrape + 0.4 * _shaped(_noise(200.0, 800.0, seconds, rng), _half_sine(seconds))
    return _peak_one(out)


def whisking(start: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """Eggs whisked across a line start ``start`` s into the spell: :func:`stroke` s (40-80 ms, the bowl on 1.2-2.4
    kHz, at 60-100 %) 5-8 a second from 0 until one lies at least 0.4 s past ``start``.  Returns the spell and what it
    was (strokes, rate: a second, start)."""
    rate, ring = prng.uniform(5.0, 8.0), prng.uniform(1200.0, 2400.0)
    times, at = [], 0.0
    while not times or times[-1] < start + WHISK_INTO:
        times.append(at)
        at += prng.uniform(0.9, 1.1) / rate
    out = np.zeros(int((times[-1] + 0.5) * RATE))
    for t in times:
        _put(out, t, prng.uniform(0.6, 1.0) * stroke(prng.uniform(0.04, 0.08), ring, rng))
    return out, {"strokes": len(times), "rate": rate, "start": start}


def whisk(made: Made, seed: int, spells: int) -> Made:
    """Eggs whisked, ``spells`` times (:func:`whisking`), one in each of ``spells`` equal stretches: begun 0.3-1.0 s
    before a line's start (aside43_cases.line_start_near), the strokes running on 0.4 s or more into the line, 12-24
    dB under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(made, seed, spells, "eggs whisked", line_start_near, WHISK_BEFORE, whisking,
                                    lambda w: f"{w['strokes']} strokes at {w['rate']:.1f} a second")


# ------------------------------------------------------------------ a shop's till opened
#: Its keys are pressed this many times, this far apart (s); its bell dies over this long (s).
KEYS, KEY_GAP, BELL_DECAY = (3, 6), (0.12, 0.3), (0.25, 0.5)


def bell(hz: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """A till's bell struck once: partials on ``hz`` Hz, 2.4 and 4.1 times it (at 50 % and 25 %, dying twice and
    three times as fast), each dying by e every ``decay`` s from its own, and the hammer's 0.3 ms knock.  Unit peak,
    five decays long."""
    seconds = 5 * decay
    out = (_decaying(hz, decay, seconds, rng) + 0.5 * _decaying(2.4 * hz, decay / 2, seconds, rng)
           + 0.25 * _decaying(min(4.1 * hz, 7800.0), decay / 3, seconds, rng))
    snap = _knock(2000.0, 7000.0, 0.0003, rng)
    out[:len(snap)] += 0.3 * snap[:len(out)]
    return _peak_one(out)


def till_opened(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A till opened: 3-6 key presses (clicks at 1.5-4 kHz, 0.12-0.3 s apart, at 30 %), then 0.1-0.3 s after the last
    its :func:`bell` (2-3 kHz, dying over 0.25-0.5 s, at full), the drawer rolling out from 30 ms after it (rumble at
    80-500 Hz under a half sine for 0.15-0.3 s, at 50 %) and its stop (a :func:`thunk` on 100-300 Hz, at 70 %).  Unit
    peak; and what it was (keys; rung, stopped: s into the sound; hz)."""
    keys, at = prng.randint(*KEYS), 0.0
    presses = []
    for _ in range(keys):
        presses.append(at)
        at += prng.uniform(*KEY_GAP)
    rung = presses[-1] + prng.uniform(0.1, 0.3)
    hz, decay, roll = prng.uniform(2000.0, 3000.0), prng.uniform(*BELL_DECAY), prng.uniform(0.15, 0.3)
    stopped = rung + 0.03 + roll
    out = np.zeros(int((max(stopped + 0.2, rung + 5 * decay) + 0.05) * RATE))
    for t in presses:
        _put(out, t, 0.3 * _knock(1500.0, 4000.0, 0.0008, rng))
    _put(out, rung, bell(hz, decay, rng))
    _put(out, rung + 0.03, 0.5 * _shaped(_noise(80.0, 500.0, roll, rng), _half_sine(roll)))
    _put(out, stopped, 0.7 * thunk(prng.uniform(100.0, 300.0), 0.02, rng))
    return _peak_one(out), {"keys": keys, "rung": rung, "stopped": stopped, "hz": hz}


def till(made: Made, seed: int, spells: int) -> Made:
    """A shop's till opened, ``spells`` times (:func:`till_opened`), one in each of ``spells`` equal stretches of the
    talk, in lines and pauses alike, 12-24 dB under the speech over the spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = till_opened(rng, prng)
        return sound, f"{what['keys']} keys, the bell {1000 * what['rung']:.0f} ms in"

    return one_sound_in_each_stretch(made, seed, spells, "a till opened", 0.5, UNDER, one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).  ALAC's frames are 4096
#: samples; PCM is written 1024 samples a packet.  (FLAC in an AVI was tried first: PyAV's AVI muxer refuses its
#: packets past about 10 s of sound.)
CODECS = {
    "mkv": ("mkv", "matroska", "alac", 0, 44100, 4096, "h264", "Apple Lossless (44.1 kHz) in Matroska with an H.264 "
            "picture, a screen recorder's lossless capture"),
    "mov": ("mov", "mov", "pcm_f32le", 0, 48000, 1024, "mjpeg", "32-bit float PCM (48 kHz) in a QuickTime MOV with a "
            "Motion-JPEG picture, a video editor's export"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FortyNinthSpoilers(a48.FortyEighthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside48_cases.FortyEighthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside49_languages.LangSpec)."""

    punch: int = 0  #: this many times a hole punch is pressed just before a line start (0: none)
    dice: int = 0  #: this many times dice are shaken and thrown over a line end (0: none)
    whisk: int = 0  #: this many times eggs are whisked across a line start (0: none)
    till: int = 0  #: this many times a shop's till is opened (0: none)


@dataclass
class Spec(a10.Spec, FortyNinthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd92_real_punch_page_mkv": Spec(d, "real", "page", real=R(151801, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4)),
                                         room=("pink", 36), seed=151811, punch=2, codec="mkv"),
        "rd92_real_dice_dashes_mov": Spec(d, "real", "dashes", real=R(151802, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.5)),
                                          room=("pink", 34), seed=151812, dice=2, codec="mov"),
        "rd92_real_whisk_plain": Spec(d, "real", real=R(151803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                        long_pauses=0.3),
                                      room=("murmur", 36), seed=151813, whisk=2),
        "rd92_flite_till_dice_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 0.96), Voice(F, "rms", 0.96)], 151401, 151501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=151814, till=1, dice=1),
        "rd92_espeak_punch_whisk_till": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+klatt", 1.02), Voice(E, "en-029+fast", 0.98)], 151403,
                           151503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=151816, punch=1,
            whisk=1, till=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside49)
        "cz_real_punch_page": Spec(a, "real", "page", real=R(151101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                   room=("pink", 36), seed=151201, punch=3),
        "cz_real_dice_plain_mov": Spec(a, "real", real=R(151102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 36), seed=151202, dice=3, codec="mov"),
        "cz_real_till_dashes": Spec(a, "real", "dashes", real=R(151103, 16, wideband=False, snr_db=q,
                                                                gap=(0.5, 1.4), long_pauses=0.3),
                                    room=("pink", 38), seed=151203, till=2),
        "cz_real_whisk_srt": Spec(a, "real", "srt", real=R(151104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                  room=("pink", 36), seed=151204, whisk=3),
        "cz_real_dice_vtt_mkv": Spec(a, "real", "vtt", real=R(151105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                     room=("murmur", 36), seed=151205, dice=2, codec="mkv"),
        "cz_real_long_mix_mkv": Spec(a, "real", "page", real=R(151106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=151206, punch=4, dice=4, whisk=4, till=3, codec="mkv"),
        "cz_real_punch_whisk_dashes": Spec(a, "real", "dashes", real=R(151108, 16, wideband=True, snr_db=q,
                                                                       gap=(0.4, 1.4)),
                                           room=("murmur", 34), seed=151208, punch=2, whisk=1),
        "cz_flite_till_dice_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 1.04), Voice(F, "slt", 1.04)], 151404, 151504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=151211, till=2, dice=1),
        "cz_festival_punch_whisk_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 1.04), Voice(FEST, "kal", 0.97)], 151405, 151505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=151212, punch=2, whisk=1),
        "cz_espeak_dice_till_page_mov": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us+klatt", 1.02), Voice(E, "en-gb-x-rp+fast", 0.98)],
                           151406, 151506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=151213,
            dice=2, till=2, codec="mov"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd92_real_punch_page_mkv", "rd92_real_dice_dashes_mov", "rd92_real_whisk_plain",
                 "rd92_flite_till_dice_page", "rd92_espeak_punch_whisk_till"],
         "aside": ["cz_real_punch_page", "cz_real_dice_plain_mov", "cz_real_till_dashes", "cz_real_whisk_srt",
                   "cz_real_dice_vtt_mkv", "cz_real_long_mix_mkv", "cz_real_punch_whisk_dashes",
                   "cz_flite_till_dice_plain", "cz_festival_punch_whisk_dashes", "cz_espeak_dice_till_page_mov"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the hole punch, the dice, the whisk and the till;
    then aside48_cases.spoil's (the room's noise among them, none of its own switched on; it turns the finished talk
    down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.punch, lambda m: punch(m, spec.seed + 720, spec.punch)),
             (spec.dice, lambda m: dice(m, spec.seed + 721, spec.dice)),
             (spec.whisk, lambda m: whisk(m, spec.seed + 722, spec.whisk)),
             (spec.till, lambda m: till(m, spec.seed + 723, spec.till))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a48.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
