"""A forty-eighth aside set nobody has tuned to (``bz_*``, English), and dev twins made the same way (``rd91_*``).

``az_*`` .. ``zy_*`` have each been run once or are being looked at (``zy_*``, the forty-seventh, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the forty-seven
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every
``*_cases.py``: the brief's scissors, bubble wrap and soda can were left by earlier sets as near built kinds, its
ping-pong ball is the table tennis, its singing bowl was built, its rubber band is the ruler twanged; a packing-tape
dispenser, a wine cork, a pepper mill and a wind-up egg timer appear in no set or list):

* **a packing-tape dispenser pulled over a line's end** (a tape gun sealing a box): the tape peeled off its roll (the
  screech: the glue's stick-slip, a buzz of slip pulses 350-900 a second gliding up as the hand speeds, heard at
  1-7.5 kHz, with the roll's rumble on 100-400 Hz at a tenth) for as long as it takes to reach 0.1-0.4 s past the
  end, **begun 0.15-0.6 s before a line's end**; then the tape torn on the serrated blade (a snap at 1.5-7 kHz dying
  over 2 ms, at full, 10-30 ms after the screech) and pressed down on the box (2-4 palm strokes, swishes at 0.3-3
  kHz, at 20 %) (:func:`tapegun`): a screech with a voice's own pitch and more over the last word and past it;
* **a wine cork pulled just before a line's start**: the cork squeaking as it comes up the neck (2-5 squeaks, each
  a stick-slip tone on 500-1100 Hz with its harmonics to 4 kHz, 40-150 ms, 40-200 ms apart, at 60 %), then the pop
  (a click at 2-6 kHz and the neck's hollow "thoonk" on 350-800 Hz sagging 15 % and dying over 12-25 ms, at full)
  **20-200 ms before a line start**, then the wine poured (glugs 6-10 a second on 200-1200 Hz for 1-2 s, from 0.3-0.8
  s after the pop, at 25 %) under the line's first words (:func:`cork`);
* **a pepper mill ground across a line's start**: 3-8 twists of the head, each 0.2-0.45 s with 30-120 ms between
  (the hand's regrip), the burr crushing peppercorns (a dense crunch at 1.5-7.5 kHz, 600-1500 grains a second,
  swelling and fading with the twist, and 4-12 corns cracking at 1.5-2.5 times it); **begun 0.2-0.8 s before a line
  start**, the twists running at least 0.3 s into the line (:func:`pepper`);
* **a wind-up egg timer**: the dial wound (ratchet clicks 15-25 a second at 2-6 kHz for 0.4-0.8 s), 2-6 s of its
  escapement ticking (5-6 ticks a second, 2-5 kHz snaps at 15 %), then its bell: a hammer striking a small bell on
  2.4-3.6 kHz (a partial at 2.76 times it, at 40 %, each stroke's ring dying over 60-120 ms) 18-28 times a second,
  slowing by a third and fading as its spring runs down over 1.2-2.5 s, at full; one in each stretch, in lines and
  pauses alike (:func:`timer`);
* containers no set had: **AAC in an AVI with a Motion-JPEG picture** (``.avi``, 48 kHz, 128 kb/s: a dashcam's
  recording; the sets' AVI held MP3, IMA and MS ADPCM, AC-3, mu-law, 16- and 8-bit PCM, G.726 and MP2, their AAC went
  in MP4, M4A, M4B, 3GPP, 3GPP2, F4V, FLV, MOV, ISMV, Matroska and MPEG-TS) and **MP3 in a QuickTime MOV with a
  Motion-JPEG picture** (``.mov``, 44.1 kHz, 128 kb/s: a compact camera's movie mode; the sets' MOV held AAC, IMA
  ADPCM, 16- and 24-bit PCM, A-law and ALAC, their MP3 went in AVI, FLV, MP4 and Matroska).  AVI keeps no edit list,
  so the AAC decodes **21.3 ms late** (the encoder's 1024 samples at 48 kHz); the MOV's edit list takes the MP3's
  delay off (+0.0 ms): each delay is measured and moved into the truth (aside_common.stored_in);
* voices at speeds they never had, everyday ones again: flite ``awb`` x1.03 and ``slt`` x1.02, festival ``ked``
  x0.98 and ``slt_hts`` x0.99 (dev: flite ``kal`` x0.98, ``rms`` x1.04); espeak-ng variants no English talk had at
  all (``klatt6``, ``robosoft7``; dev ``robosoft2`` under en-us, ``klatt6`` under en-gb-scotland).

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``bz_*``, once (``run.py --aside48``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside30_cases as a30
import aside47_cases as a47
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _knock, _decaying = a47._put, a47._peak_one, a47._knock, a47._decaying
_grit, _shaped, _one_laid_from_each_edge = a47._grit, a47._shaped, a47._one_laid_from_each_edge
line_end_near, line_start_near = a47.line_end_near, a47.line_start_near
#: Every kind's spells: 12-24 dB under the speech over the spell.
UNDER = a47.UNDER


def _half_sine(seconds: float, power: float = 1.0) -> np.ndarray:
    """A half sine over ``seconds`` s to the power ``power``: a gesture's swell and fade (a twist, a stroke)."""
    k = max(1, int(seconds * RATE))
    return np.sin(np.pi * (np.arange(k) + 0.5) / k) ** power


def _pulses(times: np.ndarray, seconds: float, pulse: np.ndarray, gains: np.ndarray) -> np.ndarray:
    """``pulse`` laid at each of ``times`` (s) at ``gains``, ``seconds`` s long: a train of strokes."""
    out = np.zeros(int(seconds * RATE) + len(pulse))
    for at, g in zip(times, gains):
        i = int(at * RATE)
        out[i:i + len(pulse)] += g * pulse
    return out[:int(seconds * RATE)]


# ------------------------------------------------------------------ a packing-tape dispenser over a line end
#: The pull begins this long before a line's end (s); it runs on this long past the end (s).
PULL_BEFORE, PULL_PAST = (0.15, 0.6), (0.1, 0.4)


def screech(seconds: float, low: float, high: float, rng: np.random.Generator) -> np.ndarray:
    """Packing tape peeled off its roll for ``seconds`` s: the glue's stick-slip, a slip pulse (a 0.3 ms click) at a
    rate gliding from ``low`` to ``high`` a second (+-8 % jitter from slip to slip), heard at 1-7.5 kHz, with the
    roll's rumble (noise at 100-400 Hz) at a tenth of its RMS; in over 20 ms and out over 30 ms.  Unit peak."""
    k = int(seconds * RATE)
    rate = low + (high - low) * np.arange(k) / max(1, k - 1)
    phase = np.cumsum(rate * (1 + 0.08 * rng.uniform(-1, 1, k))) / RATE
    times = np.flatnonzero(np.diff(np.floor(phase)) > 0) / RATE
    click = rng.normal(size=int(0.0003 * RATE) + 2) * np.hanning(int(0.0003 * RATE) + 2)
    buzz = a30._band(_pulses(times, seconds, click, rng.uniform(0.7, 1.0, len(times))), 1000.0, 7500.0)
    rumble = a30._band(rng.normal(size=k), 100.0, 400.0)
    t = np.arange(k) / RATE
    edges = np.minimum(1.0, np.minimum(t / 0.02, (seconds - t) / 0.03))
    return _shaped(buzz + rumble * sc._rms(buzz) / (10 * sc._rms(rumble) + 1e-12), edges)


def pressing(strokes: int, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """The tape pressed down on the box: ``strokes`` palm strokes, each a swish (noise at 300-3000 Hz under a half
    sine) of 80-200 ms, 0-60 ms apart.  Unit peak."""
    parts, at = [], 0.0
    for _ in range(strokes):
        d = prng.uniform(0.08, 0.2)
        parts.append((at, _shaped(a30._band(rng.normal(size=int(d * RATE)), 300.0, 3000.0), _half_sine(d))))
        at += d + prng.uniform(0.0, 0.06)
    out = np.zeros(int((at + 0.05) * RATE))
    for start, s in parts:
        _put(out, start, prng.uniform(0.6, 1.0) * s)
    return _peak_one(out)


def tape_spell(end: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A box sealed over a line end ``end`` s into the spell: :func:`screech` from 0 to 0.1-0.4 s past ``end`` (slip
    rate 350-500 a second gliding up to 600-900, at 70 %), the tear on the blade 10-30 ms after it (a knock at
    1.5-7 kHz dying over 2 ms, at full) and :func:`pressing` of 2-4 strokes (at 20 %) 0.15-0.4 s after the tear.
    Returns the spell and what it was (end, torn: s into the spell)."""
    pulled = end + prng.uniform(*PULL_PAST)
    torn = pulled + prng.uniform(0.01, 0.03)
    pressed = torn + prng.uniform(0.15, 0.4)
    strokes = pressing(prng.randint(2, 4), rng, prng)
    out = np.zeros(int(pressed * RATE) + len(strokes) + int(0.05 * RATE))
    _put(out, 0.0, 0.7 * screech(pulled, prng.uniform(350.0, 500.0), prng.uniform(600.0, 900.0), rng))
    _put(out, torn, _knock(1500.0, 7000.0, 0.002, rng))
    _put(out, pressed, 0.2 * strokes)
    return out, {"end": end, "torn": torn}


def tapegun(made: Made, seed: int, spells: int) -> Made:
    """A packing-tape dispenser, ``spells`` times (:func:`tape_spell`), one in each of ``spells`` equal stretches: the
    tape's screech begun 0.15-0.6 s before a line's end (aside42_cases.line_end_near) and running 0.1-0.4 s past it,
    torn and pressed down after, 12-24 dB under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(made, seed, spells, "a packing-tape dispenser", line_end_near, PULL_BEFORE,
                                    tape_spell, lambda w: f"torn {1000 * (w['torn'] - w['end']):.0f} ms after the end")


# ------------------------------------------------------------------ a wine cork pulled before a line start
#: The cork starts squeaking this long before a line's start (s); it pops this long before the start (s).
CORK_BEFORE, POP_BEFORE = (0.5, 1.5), (0.02, 0.2)


def squeak(hz: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A cork squeaking in a bottle's neck for ``seconds`` s: a stick-slip tone on ``hz`` Hz wobbling +-3 % (its
    harmonics to 4 kHz at 1/k), under a half sine.  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    f0 = hz * (1 + 0.03 * np.sin(2 * np.pi * rng.uniform(8.0, 20.0) * t + rng.uniform(0, 2 * np.pi)))
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    tone = sum(np.sin(n * phase) / n for n in range(1, int(4000.0 // hz) + 1))
    return _shaped(tone, _half_sine(seconds, 0.5))


def pop(hz: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """A cork leaving the neck: a click at 2-6 kHz (dying over 0.5 ms, at 60 %) and the neck's hollow "thoonk" on
    ``hz`` Hz sagging 15 % as it dies by e every ``decay`` s.  Unit peak, 0.2 s long."""
    t = np.arange(int(0.2 * RATE)) / RATE
    f = hz * (1 - 0.15 * (1 - np.exp(-t / decay)))
    out = np.sin(2 * np.pi * np.cumsum(f) / RATE) * np.exp(-t / decay)
    click = _knock(2000.0, 6000.0, 0.0005, rng)
    out[:len(click)] += 0.6 * click[:len(out)]
    return _peak_one(out)


def pouring(seconds: float, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """Wine poured into a glass for ``seconds`` s: glugs 6-10 a second (air bubbling back into the bottle: a burst
    of noise at 200-1200 Hz dying over 20-40 ms each), over a trickle at a fifth.  Unit peak."""
    k = int(seconds * RATE)
    rate, at, times = prng.uniform(6.0, 10.0), 0.0, []
    while at < seconds - 0.05:
        times.append(at)
        at += prng.uniform(0.8, 1.2) / rate
    glug = _knock(200.0, 1200.0, prng.uniform(0.02, 0.04), rng)
    glugs = _pulses(np.array(times), seconds, glug, rng.uniform(0.6, 1.0, len(times)))
    trickle = a30._band(rng.normal(size=k), 400.0, 3000.0)
    return _peak_one(glugs + trickle * sc._rms(glugs) / (5 * sc._rms(trickle) + 1e-12))


def cork_spell(start: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A cork pulled before a line start ``start`` s into the spell: 2-5 :func:`squeak` s (500-1100 Hz, 40-150 ms,
    40-200 ms apart, at 60 %) from 0 up to 50 ms before the pop, the :func:`pop` (350-800 Hz dying over 12-25 ms, at
    full) 20-200 ms before ``start`` (no sooner than 0.2 s in), and :func:`pouring` for 1-2 s from 0.3-0.8 s after
    it (at 25 %).  Returns the spell and what it was (pop, start: s into the spell; squeaks)."""
    popped = max(0.2, start - prng.uniform(*POP_BEFORE))
    poured = popped + prng.uniform(0.3, 0.8)
    wine = pouring(prng.uniform(1.0, 2.0), rng, prng)
    out = np.zeros(int(poured * RATE) + len(wine) + int(0.05 * RATE))
    at, squeaks = 0.0, 0
    for _ in range(prng.randint(2, 5)):
        d = prng.uniform(0.04, 0.15)
        if at + d > popped - 0.05:
            break
        _put(out, at, 0.6 * squeak(prng.uniform(500.0, 1100.0), d, rng))
        squeaks += 1
        at += d + prng.uniform(0.04, 0.2)
    _put(out, popped, pop(prng.uniform(350.0, 800.0), prng.uniform(0.012, 0.025), rng))
    _put(out, poured, 0.25 * wine)
    return out, {"pop": popped, "start": start, "squeaks": squeaks}


def cork(made: Made, seed: int, spells: int) -> Made:
    """A wine cork pulled, ``spells`` times (:func:`cork_spell`), one in each of ``spells`` equal stretches: the
    squeaks from 0.5-1.5 s before a line's start (aside43_cases.line_start_near), the pop 20-200 ms before it and the
    wine poured under the line's first words, 12-24 dB under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(made, seed, spells, "a wine cork pulled", line_start_near, CORK_BEFORE,
                                    cork_spell, lambda w: f"popped {1000 * (w['start'] - w['pop']):.0f} ms before "
                                                          "the start")


# ------------------------------------------------------------------ a pepper mill ground across a line start
#: The grinding begins this long before a line's start (s); it runs at least this long into the line (s).
GRIND_BEFORE, GRIND_INTO = (0.2, 0.8), 0.3


def twist(seconds: float, grains: float, corns: int, rng: np.random.Generator) -> np.ndarray:
    """One twist of a pepper mill's head over ``seconds`` s: the burr's crunch (:func:`aside47_cases._grit`,
    ``grains`` a second at 1.5-7.5 kHz) under a half sine, and ``corns`` peppercorns cracking (0.8 ms knocks at
    1.5-6 kHz) at 1.5-2.5 times the crunch's peak, in the twist's middle 80 %.  Unit peak."""
    out = _shaped(_grit(seconds, grains, 1500.0, 7500.0, rng), _half_sine(seconds))
    for at in rng.uniform(0.1 * seconds, 0.9 * seconds, corns):
        _put(out, at, rng.uniform(1.5, 2.5) * _knock(1500.0, 6000.0, 0.0008, rng)[:len(out) - int(at * RATE)])
    return _peak_one(out)


def grinding(start: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A pepper mill ground across a line start ``start`` s into the spell: twists (:func:`twist`, 0.2-0.45 s each,
    600-1500 grains a second, 4-12 corns, at 60-100 %) 30-120 ms apart from 0: 3-8 of them, and more until one
    ends at least 0.3 s past ``start``.  Returns the spell and what it was (twists, start)."""
    parts, at, ended, most = [], 0.0, 0.0, prng.randint(3, 8)
    while len(parts) < most or ended < start + GRIND_INTO:
        d = prng.uniform(0.2, 0.45)
        parts.append((at, prng.uniform(0.6, 1.0) * twist(d, prng.uniform(600.0, 1500.0), prng.randint(4, 12), rng)))
        ended = at + d
        at = ended + prng.uniform(0.03, 0.12)
    out = np.zeros(int((ended + 0.05) * RATE))
    for t, s in parts:
        _put(out, t, s)
    return out, {"twists": len(parts), "start": start}


def pepper(made: Made, seed: int, spells: int) -> Made:
    """A pepper mill ground, ``spells`` times (:func:`grinding`), one in each of ``spells`` equal stretches: begun
    0.2-0.8 s before a line's start (aside43_cases.line_start_near), the twists running on 0.3 s or more into the
    line, 12-24 dB under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(made, seed, spells, "a pepper mill ground", line_start_near, GRIND_BEFORE,
                                    grinding, lambda w: f"{w['twists']} twists")


# ------------------------------------------------------------------ a wind-up egg timer
#: It is wound for this long (s); it ticks this long (s) before it rings; it rings this long (s); its hammer strikes
#: this often a second at first.
WOUND, TICKING, RINGING, STRIKES = (0.4, 0.8), (2.0, 6.0), (1.2, 2.5), (18.0, 28.0)


def bell_ring(hz: float, seconds: float, strikes: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """An egg timer's bell for ``seconds`` s: its hammer striking ``strikes`` times a second at first, slowing by a
    third and its strokes fading to a quarter as the spring runs down; each stroke a 0.3 ms knock at 2-7 kHz and the
    bell's ring on ``hz`` Hz (a partial at 2.76 times it or 7.9 kHz, at 40 %) dying over 60-120 ms.
    Unit peak; and the strokes' times (s)."""
    decay = rng.uniform(0.06, 0.12)
    ring = _decaying(hz, decay, 0.4, rng) + 0.4 * _decaying(min(2.76 * hz, 7900.0), decay / 2, 0.4, rng)
    snap = _knock(2000.0, 7000.0, 0.0003, rng)
    ring[:len(snap)] += 0.5 * snap[:len(ring)]
    times, at = [], 0.0
    while at < seconds:
        times.append(at)
        at += 1 / (strikes * (1 - at / seconds / 3))
    times = np.array(times)
    gains = (1 - 0.75 * times / seconds) * rng.uniform(0.85, 1.0, len(times))
    return _peak_one(_pulses(times, seconds + 0.4, ring, gains)), times


def egg_timer(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """One egg timer: wound (ratchet clicks 15-25 a second, 0.3 ms knocks at 2-6 kHz, for 0.4-0.8 s, at 50 %), its
    escapement ticking 5-6 a second (0.3 ms knocks at 2-5 kHz, at 15 %) for 2-6 s, then :func:`bell_ring` (on
    2.4-3.6 kHz, 18-28 strokes a second, for 1.2-2.5 s, at full).  Unit peak; what it was (wound, ring: s into the
    sound; strokes; rung: s)."""
    wound, ticking, ringing = prng.uniform(*WOUND), prng.uniform(*TICKING), prng.uniform(*RINGING)
    rang = wound + ticking
    bell, strokes = bell_ring(prng.uniform(2400.0, 3600.0), ringing, prng.uniform(*STRIKES), rng)
    out = np.zeros(int(rang * RATE) + len(bell))
    ratchet = 1 / prng.uniform(15.0, 25.0)
    for at in np.arange(0.0, wound, ratchet):
        _put(out, at, 0.5 * _knock(2000.0, 6000.0, 0.0003, rng))
    for at in np.arange(wound + 0.1, rang - 0.05, 1 / prng.uniform(5.0, 6.0)):
        _put(out, at, 0.15 * _knock(2000.0, 5000.0, 0.0003, rng))
    _put(out, rang, bell)
    return _peak_one(out), {"wound": wound, "ring": rang, "strokes": len(strokes), "rung": ringing}


def timer(made: Made, seed: int, spells: int) -> Made:
    """A wind-up egg timer, ``spells`` times (:func:`egg_timer`), one in each of ``spells`` equal stretches of the
    talk, in lines and pauses alike, 12-24 dB under the speech over the spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = egg_timer(rng, prng)
        return sound, f"rang {1000 * what['ring']:.0f} ms in, {what['strokes']} strokes"

    return one_sound_in_each_stretch(made, seed, spells, "an egg timer", 0.5, UNDER, one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).  AAC takes frames of 1024
#: samples, MP3 of 1152.
CODECS = {
    "avi": ("avi", "avi", "aac", 128000, 48000, 1024, "mjpeg", "AAC (48 kHz, 128 kb/s) in an AVI with a Motion-JPEG "
            "picture, a dashcam's recording"),
    "mov": ("mov", "mov", "libmp3lame", 128000, 44100, 1152, "mjpeg", "MP3 (44.1 kHz, 128 kb/s) in a QuickTime MOV "
            "with a Motion-JPEG picture, a compact camera's movie mode"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FortyEighthSpoilers(a47.FortySeventhSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside47_cases.FortySeventhSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside48_languages.LangSpec)."""

    tapegun: int = 0  #: this many times packing tape is pulled over a line end (0: none)
    cork: int = 0  #: this many times a wine cork is pulled just before a line start (0: none)
    pepper: int = 0  #: this many times a pepper mill is ground across a line start (0: none)
    timer: int = 0  #: this many wind-up egg timers wound, ticking and ringing (0: none)


@dataclass
class Spec(a10.Spec, FortyEighthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd91_real_tapegun_page_avi": Spec(d, "real", "page", real=R(149801, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.4)),
                                           room=("pink", 36), seed=149811, tapegun=2, codec="avi"),
        "rd91_real_cork_dashes_mov": Spec(d, "real", "dashes", real=R(149802, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.5)),
                                          room=("pink", 34), seed=149812, cork=2, codec="mov"),
        "rd91_real_pepper_plain": Spec(d, "real", real=R(149803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                         long_pauses=0.3),
                                       room=("murmur", 36), seed=149813, pepper=2),
        "rd91_flite_timer_tapegun_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 0.98), Voice(F, "rms", 1.04)], 149401, 149501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=149814, timer=1, tapegun=1),
        "rd91_espeak_cork_pepper_timer": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+robosoft2", 1.01), Voice(E, "en-gb-scotland+klatt6", 0.99)], 149403,
                           149503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=149816, cork=1,
            pepper=1, timer=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside48)
        "bz_real_tapegun_page": Spec(a, "real", "page", real=R(149101, 16, wideband=True, snr_db=q,
                                                               gap=(0.5, 1.5)),
                                     room=("pink", 36), seed=149201, tapegun=3),
        "bz_real_cork_plain_mov": Spec(a, "real", real=R(149102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 36), seed=149202, cork=3, codec="mov"),
        "bz_real_timer_dashes": Spec(a, "real", "dashes", real=R(149103, 16, wideband=False, snr_db=q,
                                                                 gap=(0.5, 1.4), long_pauses=0.3),
                                     room=("pink", 38), seed=149203, timer=2),
        "bz_real_pepper_srt": Spec(a, "real", "srt", real=R(149104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                   room=("pink", 36), seed=149204, pepper=3),
        "bz_real_tapegun_vtt_avi": Spec(a, "real", "vtt", real=R(149105, 16, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.5)),
                                        room=("murmur", 36), seed=149205, tapegun=2, codec="avi"),
        "bz_real_long_mix_mov": Spec(a, "real", "page", real=R(149106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=149206, tapegun=4, cork=4, pepper=4, timer=3,
                                     codec="mov"),
        "bz_real_cork_pepper_dashes": Spec(a, "real", "dashes", real=R(149108, 16, wideband=True, snr_db=q,
                                                                       gap=(0.4, 1.4)),
                                           room=("murmur", 34), seed=149208, cork=2, pepper=1),
        "bz_flite_timer_tapegun_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 1.03), Voice(F, "slt", 1.02)], 149404, 149504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=149211, timer=2, tapegun=1),
        "bz_festival_cork_pepper_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 0.98), Voice(FEST, "slt_hts", 0.99)], 149405, 149505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=149212, cork=2, pepper=1),
        "bz_espeak_tapegun_timer_page_avi": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us+klatt6", 1.02), Voice(E, "en-gb-x-rp+robosoft7", 0.98)],
                           149406, 149506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=149213,
            tapegun=2, timer=2, codec="avi"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd91_real_tapegun_page_avi", "rd91_real_cork_dashes_mov", "rd91_real_pepper_plain",
                 "rd91_flite_timer_tapegun_page", "rd91_espeak_cork_pepper_timer"],
         "aside": ["bz_real_tapegun_page", "bz_real_cork_plain_mov", "bz_real_timer_dashes",
                   "bz_real_pepper_srt", "bz_real_tapegun_vtt_avi", "bz_real_long_mix_mov",
                   "bz_real_cork_pepper_dashes", "bz_flite_timer_tapegun_plain",
                   "bz_festival_cork_pepper_dashes", "bz_espeak_tapegun_timer_page_avi"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the tape, the cork, the pepper mill and the egg
    timer; then aside47_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.tapegun, lambda m: tapegun(m, spec.seed + 710, spec.tapegun)),
             (spec.cork, lambda m: cork(m, spec.seed + 711, spec.cork)),
             (spec.pepper, lambda m: pepper(m, spec.seed + 712, spec.pepper)),
             (spec.timer, lambda m: timer(m, spec.seed + 713, spec.timer))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a47.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
