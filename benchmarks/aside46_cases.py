"""A forty-sixth aside set nobody has tuned to (``yy_*``, English), and dev twins made the same way (``rd89_*``).

``az_*`` .. ``xy_*`` have each been run once and looked at (``xy_*``, the forty-fifth, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the forty-five sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``*_cases.py``: a
stapler was left as the struck clicks, a kettle and a zipper were built, a hair dryer, keys and a fridge were left by
the forty-fifth, ice rattled in a cup is the cocktail shaker's ice, so none of those is built):

* **an office chair's gas lift let down over a line's start**, someone sinking their seat as the line begins: the
  lever's click (a snap at 1.5-6 kHz), then the gas through the cylinder's valve -- a hiss at 2.5-7.5 kHz with the
  orifice's resonance on 3-5 kHz, full within 15 ms and falling 8-14 dB as the pressures even out -- for 0.25-0.8 s,
  ending in the seat's thunk on its stop (a body on 70-140 Hz dying over 40 ms, with noise under 300 Hz); **the click
  40-250 ms before a line start in the spell**, the hiss running over the start and the thunk inside the line; then,
  1.5-4 s later, the seat raised again (the click and a softer rising hiss of 0.4-1 s, no thunk) (:func:`gaslift`):
  a fricative's band with no voice under it, right where a start's first consonant lies;
* **a tape measure drawn out and let snap back over a line's end**: the blade pulled from its case (noise at 1-5 kHz
  rippled by the blade's curve catching the mouth 30-80 times a second, 0.4-1.5 s at 40 %), held while it is read
  (0.3-1.5 s of nothing), then let go -- the blade whizzing back, a rattle at 1.5-8 kHz quickening from 60 to 200 a
  second and swelling as the spring speeds it, for 0.15-0.45 s -- and the hook's clack on the case (a snap at 2-8
  kHz with the case's ring on 2.5-4.5 kHz dying over 15 ms, the spell's loudest); **the clack 0-120 ms after a line
  end in the spell**, the whizz running over the end (:func:`measure`): a rattle swelling across an end and a click
  just past it;
* **a hand-cranked pencil sharpener clamped to the desk**, someone sharpening as they listen: the crank turned 1.5-3
  times a second for 1.5-4 s, each turn the helical cutters shaving the wood (a gritty crunch at 0.8-6 kHz, loudest
  mid-turn, never under 30 % of it) with the gear's 12-20 teeth ticking (knocks at 1.5-5 kHz) over the desk's hum
  on 150-400 Hz; the last 1-3 turns free once the point is sharp (the ticks alone, lighter); **begun 0.5-2 s before a
  line end in the spell and running on 0.1-0.6 s past it** (:func:`sharpener`): a periodic crunch through a line's
  last words and over its end;
* **a rotary telephone dialled in the room**: a number of 4-7 digits (an extension, a local number), each the dial
  wound by a finger (the pawl's ratchet, clicks at 1-4 kHz 30-60 a second, 0.25-0.6 s), then let go: the
  governor's whirr (noise at 300-1500 Hz, steady) while the pulse contacts click 10 a second, as many as the digit
  (ten for 0), the phone's bells tinkling faintly with each pulse (a ring on 1.2-2 kHz dying over 30 ms, at 15 %);
  0.4-1.2 s between digits (:func:`dial`): trains of regular clicks, in lines and pauses alike;
* containers no set had: **G.726 ADPCM in an AVI with a Motion-JPEG picture** (``.avi``, 8 kHz, 32 kb/s: a security
  camera's recording; the forty-fifth set tried it and left it while aligner.audio.decode read a 71 s file of it as
  72,614 s, mended on main since, a1704e2) and **Apple Lossless in a QuickTime movie with an H.264 picture**
  (``.mov``, 48 kHz: a Mac video editor's export with lossless sound; the sets' ALAC went in an iPod M4A and a CAF,
  their QuickTime movies held AAC, IMA ADPCM, 16- and 24-bit PCM and A-law).  Both decode back with no delay (the
  delay is measured and moved into the truth all the same: aside_common.stored_in);
* voices at speeds they never had, everyday ones again: flite ``awb`` x0.99 and ``slt`` x0.97, festival ``ked``
  x0.99 and ``slt_hts`` x1.02 (dev: flite ``kal`` x1.01, ``rms`` x0.99); espeak-ng variants no English talk had
  (``m8``, ``RicishayMax3``; dev ``m7`` under en-gb, ``f1`` under en-us).

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``yy_*``, once (``run.py --aside46``); its packages and the
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
import aside42_cases as a42
import aside43_cases as a43
import aside45_cases as a45
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _knock, _decaying = a42._put, a42._peak_one, a43._knock, a42._decaying
line_end_near, line_start_near, laid_at = a42.line_end_near, a43.line_start_near, a42.laid_at
_edges_in, _first_edge = a45._edges_in, a45._first_edge
#: Every kind's spells: 12-24 dB under the speech over the spell.
UNDER = a42.UNDER


def _thunk(low_hz: float, rng: np.random.Generator) -> np.ndarray:
    """Something heavy stopping: a body on ``low_hz`` Hz dying over 40 ms and noise under 300 Hz dying over 15 ms,
    0.25 s long.  Unit peak."""
    m = int(0.25 * RATE)
    return _peak_one(_decaying(low_hz, 0.04, 0.25, rng)
                     + a21._low(rng.normal(size=m), 300.0) * np.exp(-np.arange(m) / (0.015 * RATE)))


# ------------------------------------------------------------------ an office chair's gas lift over a line start
#: The lever clicks this long before a line's start (s); the seat sinks for this long; it is raised again this much
#: later (s).
CLICK_BEFORE, SINK, RAISE_AFTER = (0.04, 0.25), (0.25, 0.8), (1.5, 4.0)


def gas_hiss(seconds: float, fall_db: float, rng: np.random.Generator) -> np.ndarray:
    """Gas through a gas lift's valve for ``seconds`` s: noise at 2.5-7.5 kHz with the orifice's resonance (a third
    of it again, on 3-5 kHz), full within 15 ms and falling ``fall_db`` dB (a line in dB) to its end, out over 10 ms.
    Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    centre = rng.uniform(3000.0, 5000.0)
    noise = rng.normal(size=k)
    hiss = a30._band(noise, 2500.0, 7500.0) + 0.5 * a30._band(noise, 0.85 * centre, 1.15 * centre)
    level = 10 ** (-fall_db * t / seconds / 20) * np.minimum(1.0, np.minimum(t / 0.015, (seconds - t) / 0.01))
    return _peak_one(hiss * level)


def gas_lift_spell(start: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A chair let down over a line start ``start`` s into the spell, then raised: the lever's click (:func:`_knock`
    at 1.5-6 kHz) at 0, :func:`gas_hiss` 0.25-0.8 s long falling 8-14 dB from 5 ms after it, the seat's thunk
    (:func:`_thunk` on 70-140 Hz, at 80 %) as the hiss stops; 1.5-4 s later the click again and a rising hiss of
    0.4-1 s at 60 %, falling 3-6 dB, with no thunk (the seat comes up softly).  Returns the spell and what it was
    (clicked, start, thunk, raised)."""
    sink = prng.uniform(*SINK)
    thunk = 0.005 + sink
    raised = thunk + prng.uniform(*RAISE_AFTER)
    rise = prng.uniform(0.4, 1.0)
    out = np.zeros(int((raised + rise + 0.2) * RATE))
    for at, seconds, fall, gain in ((0.0, sink, prng.uniform(8.0, 14.0), 1.0),
                                    (raised, rise, prng.uniform(3.0, 6.0), 0.6)):
        _put(out, at, 0.7 * gain * _knock(1500.0, 6000.0, 0.0006, rng))
        _put(out, at + 0.005, gain * gas_hiss(seconds, fall, rng))
    _put(out, thunk, 0.8 * _thunk(prng.uniform(70.0, 140.0), rng))
    return _peak_one(out), {"clicked": 0.0, "start": start, "thunk": thunk, "raised": raised}


def _one_laid_from_each_edge(made: Made, seed: int, spells: int, what: str, near, before: tuple[float, float],
                             spell, said) -> Made:
    """``made`` with ``spells`` spells, one in each of ``spells`` equal stretches, each begun ``before`` (low, high) s
    before a line edge ``near`` draws there (aside43_cases.line_start_near or aside42_cases.line_end_near; where the
    stretch holds none, a time in its first half), made by ``spell(edge, rng, prng)`` (the sound with the edge
    ``edge`` s into it, and what it was) and noted with ``said(what)``, 12-24 dB under the speech over the spell: the
    gas lift's and the sharpener's ``lay``, which differ only in the edge, the lead and the sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        edge = _first_edge(near(made, len(added), j, count, 0.5, prng), j, count, len(added), prng)
        at = max(0.0, edge - prng.uniform(*before))
        sound, told = spell(edge - at, rng, prng)
        return f"{laid_at(added, sound, at, speech, prng)}; {said(told)})"

    return a26._one_in_each_stretch(made, seed, spells, lay, what)


def gaslift(made: Made, seed: int, spells: int) -> Made:
    """An office chair's gas lift let down and raised, ``spells`` times (:func:`gas_lift_spell`), one in each of
    ``spells`` equal stretches: the lever clicked 40-250 ms before a line's start (aside43_cases.line_start_near),
    the hiss over the start, 12-24 dB under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(made, seed, spells, "an office chair's gas lift", line_start_near, CLICK_BEFORE,
                                    gas_lift_spell, lambda w: f"thunk {1000 * w['thunk']:.0f} ms after the click")


# ------------------------------------------------------------------ a tape measure snapping back over a line end
#: The hook clacks on the case this long after a line's end (s); the blade whizzes back for this long (s).
CLACK_AFTER, WHIZZ = (0.0, 0.12), (0.15, 0.45)
#: The blade is drawn out for this long, then held this long before it is let go (s).
DRAW, HOLD = (0.4, 1.5), (0.3, 1.5)


def _click_train(times: np.ndarray, seconds: float, low: float, high: float, rng: np.random.Generator) -> np.ndarray:
    """Clicks at ``times`` (s) over ``seconds`` s, each at 50-100 %, band-limited to ``low``-``high`` Hz."""
    k = int(seconds * RATE)
    impulses = np.zeros(k)
    at = (np.asarray(times) * RATE).astype(int)
    impulses[at[at < k]] = rng.uniform(0.5, 1.0, int(np.sum(at < k)))
    return a30._band(impulses, low, high)


def whizz(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A tape measure's blade whizzing back for ``seconds`` s: a rattle at 1.5-8 kHz (clicks quickening from 60 to
    200 a second as the spring speeds the blade) over the blade's hiss (noise at 1.5-8 kHz, a third of the clicks'
    RMS), both swelling 12 dB (a line in dB) to the end.  Unit peak."""
    rate = np.linspace(60.0, 200.0, int(seconds * RATE))
    times = np.flatnonzero(np.diff(np.floor(np.cumsum(rate) / RATE))) / RATE
    rattle = _click_train(times, seconds, 1500.0, 8000.0, rng)
    hiss = a30._band(rng.normal(size=len(rattle)), 1500.0, 8000.0)
    swell = 10 ** ((np.arange(len(rattle)) / len(rattle) - 1.0) * 12.0 / 20)
    return _peak_one((rattle + hiss * sc._rms(rattle) / (3 * sc._rms(hiss) + 1e-12)) * swell)


def clack(ring: float, rng: np.random.Generator) -> np.ndarray:
    """The hook hitting the case: a snap at 2-8 kHz dying over 0.6 ms and the case's ring on ``ring`` Hz dying over
    15 ms, at half.  Unit peak, 0.1 s long."""
    out = 0.5 * _decaying(ring, 0.015, 0.1, rng)
    snap = _knock(2000.0, 8000.0, 0.0006, rng)
    out[:len(snap)] += snap[:len(out)]
    return _peak_one(out)


def tape_measure(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A tape measure drawn out, held and let snap back: the blade drawn out 0.4-1.5 s from 0 (noise at 1-5 kHz
    rippled by clicks 30-80 a second, at 40 %), held 0.3-1.5 s, :func:`whizz` back 0.15-0.45 s (at 70 %) and
    :func:`clack` with the case ringing on 2.5-4.5 kHz.  Returns the spell and what it was (released, clack: s into
    the spell)."""
    draw, hold, back = prng.uniform(*DRAW), prng.uniform(*HOLD), prng.uniform(*WHIZZ)
    clacked = draw + hold + back
    out = np.zeros(int((clacked + 0.2) * RATE))
    ripple = np.cumsum(rng.uniform(1 / 80.0, 1 / 30.0, int(draw * 80) + 1))
    slide = _click_train(ripple, draw, 1000.0, 5000.0, rng) + 0.3 * a30._band(rng.normal(size=int(draw * RATE)),
                                                                              1000.0, 5000.0)
    _put(out, 0.0, 0.4 * _peak_one(slide))
    _put(out, clacked - back, 0.7 * whizz(back, rng))
    _put(out, clacked, clack(prng.uniform(2500.0, 4500.0), rng))
    return out, {"released": clacked - back, "clack": clacked}


def measure(made: Made, seed: int, spells: int) -> Made:
    """A tape measure drawn out and let snap back, ``spells`` times (:func:`tape_measure`), one in each of
    ``spells`` equal stretches: its hook clacking 0-120 ms after a line's end (aside42_cases.line_end_near; later
    where the end comes too early in the talk for the blade to be drawn before it), the whizz back over the end,
    12-24 dB under the speech over the spell.  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        end = _first_edge(line_end_near(made, len(added), j, count, 0.5, prng), j, count, len(added), prng)
        sound, what = tape_measure(rng, prng)
        at = max(0.0, end + prng.uniform(*CLACK_AFTER) - what["clack"])
        return f"{laid_at(added, sound, at, speech, prng)}; clack {1000 * (at + what['clack'] - end):.0f} ms " \
               f"after the end)"

    return a26._one_in_each_stretch(made, seed, spells, lay, "a tape measure snapped back")


# ------------------------------------------------------------------ a pencil sharpener cranked over a line end
#: Cranking begins this long before a line's end and runs on this long past it (s); the crank turns this often a
#: second; its gear has this many teeth.
CRANK_BEFORE, CRANK_AFTER, TURNS, TEETH = (0.5, 2.0), (0.1, 0.6), (1.5, 3.0), (12, 20)


def cranking(seconds: float, turns: float, teeth: int, free: int, rng: np.random.Generator) -> np.ndarray:
    """A pencil sharpener cranked ``turns`` times a second for ``seconds`` s: the cutters' crunch (dense grit at
    0.8-6 kHz -- clicks at 300-900 a second with noise under them -- under a per-turn envelope from 30 % to full
    mid-turn) but for the last ``free`` turns, the gear's ``teeth`` ticks a turn (knocks at 1.5-5 kHz, at 40 %)
    throughout, and the desk's hum on 150-400 Hz under the crunch (at 25 %).  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    phase = (t * turns) % 1.0
    shaving = t < seconds - free / turns
    envelope = (0.3 + 0.7 * np.sin(np.pi * phase) ** 2) * shaving
    grit = (rng.random(k) < rng.uniform(300.0, 900.0) / RATE) * rng.uniform(0.3, 1.0, k)
    crunch = a30._band(grit + 0.05 * rng.normal(size=k), 800.0, 6000.0) * envelope
    ticks = _click_train(np.arange(0.0, seconds, 1.0 / (turns * teeth)), seconds, 1500.0, 5000.0, rng)
    desk = a30._band(rng.normal(size=k), 150.0, 400.0) * envelope
    out = (_peak_one(crunch) + 0.4 * _peak_one(ticks) + 0.25 * _peak_one(desk))
    return _peak_one(out * np.minimum(1.0, np.minimum(t / 0.02, (seconds - t) / 0.02)))


def sharpener_spell(end: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A pencil sharpened over a line end ``end`` s into the spell: :func:`cranking` from 0 (0.5-2 s before the end)
    to 0.1-0.6 s past it, 1.5-3 turns a second, a gear of 12-20 teeth, the last 1-3 turns free (all the while no
    fewer than 1.5 s).  Returns the spell and what it was (stop, turns, free, end)."""
    stop = max(end + prng.uniform(*CRANK_AFTER), 1.5)
    turns, free = prng.uniform(*TURNS), prng.randint(1, 3)
    sound = cranking(stop, turns, prng.randint(*TEETH), free, rng)
    return np.concatenate([sound, np.zeros(int(0.1 * RATE))]), {"stop": stop, "turns": turns, "free": free,
                                                                 "end": end}


def sharpener(made: Made, seed: int, spells: int) -> Made:
    """A hand-cranked pencil sharpener, ``spells`` times (:func:`sharpener_spell`), one in each of ``spells`` equal
    stretches: cranked from 0.5-2 s before a line's end (aside42_cases.line_end_near) to 0.1-0.6 s past it, 12-24 dB
    under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(made, seed, spells, "a pencil sharpener cranked", line_end_near, CRANK_BEFORE,
                                    sharpener_spell, lambda w: f"{w['turns']:.1f} turns a second")


# ------------------------------------------------------------------ a rotary telephone dialled
#: The dial pulses this many times a second as it runs back; the finger winds it for this long (s); digits are this
#: far apart (s); a number has this many digits.
PULSES, WIND, BETWEEN_DIGITS, DIGITS = 10.0, (0.25, 0.6), (0.4, 1.2), (4, 7)


def dialled_digit(digit: int, wind: float, bell: float, rng: np.random.Generator) -> np.ndarray:
    """One digit dialled on a rotary telephone: the dial wound for ``wind`` s (the pawl's ratchet: clicks at 1-4 kHz,
    30-60 a second, at 30 %), then let go: the governor's whirr (noise at 300-1500 Hz, at 20 %) while the pulse
    contacts click ``digit`` times (ten for 0) 10 a second (a snap at 2-6 kHz dying over 0.5 ms) with the bells'
    tinkle on ``bell`` Hz (dying over 30 ms, at 15 %) at each, the whirr running 0.1 s past the last.  Unit peak."""
    pulses = digit or 10
    run = pulses / PULSES + 0.1
    out = np.zeros(int((wind + run + 0.05) * RATE))
    ratchet = np.cumsum(rng.uniform(1 / 60.0, 1 / 30.0, int(wind * 60) + 1))
    _put(out, 0.0, 0.3 * _peak_one(_click_train(ratchet, wind, 1000.0, 4000.0, rng)))
    whirr = a30._band(rng.normal(size=int(run * RATE)), 300.0, 1500.0)
    _put(out, wind, 0.2 * _peak_one(whirr))
    for p in range(pulses):
        at = wind + 0.05 + p / PULSES
        _put(out, at, _knock(2000.0, 6000.0, 0.0005, rng))
        _put(out, at, 0.15 * _decaying(bell, 0.03, 0.15, rng))
    return _peak_one(out)


def dialling(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A number of 4-7 digits dialled, an extension or a local number (:func:`dialled_digit`, the winding 0.25-0.6 s
    each, the phone's bells on 1.2-2 kHz), 0.4-1.2 s between digits, each at 80-100 %.  Returns the spell and what
    it was (digits: (time, digit) each)."""
    bell = prng.uniform(1200.0, 2000.0)
    digits, t = [], 0.0
    parts = []
    for _ in range(prng.randint(*DIGITS)):
        d = prng.randint(0, 9)
        sound = dialled_digit(d, prng.uniform(*WIND), bell, rng) * prng.uniform(0.8, 1.0)
        digits.append((t, d))
        parts.append((t, sound))
        t += len(sound) / RATE + prng.uniform(*BETWEEN_DIGITS)
    out = np.zeros(int((parts[-1][0] + 0.1) * RATE) + len(parts[-1][1]))
    for at, sound in parts:
        _put(out, at, sound)
    return out, {"digits": digits, "bell": bell}


def dial(made: Made, seed: int, spells: int) -> Made:
    """A rotary telephone dialled, ``spells`` numbers (:func:`dialling`), one in each of ``spells`` equal stretches
    of the talk, in lines and pauses alike, 12-24 dB under the speech over the spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = dialling(rng, prng)
        return sound, f"{len(what['digits'])} digits dialled"

    return one_sound_in_each_stretch(made, seed, spells, "a rotary telephone dialled", 0.5, UNDER, one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).  FFmpeg's G.726 encoder takes
#: 8 kHz mono at 16-40 kb/s; its ALAC encoder takes frames of up to 4096 samples.
CODECS = {
    "avi": ("avi", "avi", "adpcm_g726", 32000, 8000, 1024, "mjpeg", "G.726 ADPCM (8 kHz, 32 kb/s) in a security "
            "camera's AVI with a Motion-JPEG picture"),
    "mov": ("mov", "mov", "alac", 0, 48000, 4096, "libx264", "Apple Lossless (48 kHz) in a QuickTime movie with an "
            "H.264 picture, as a Mac video editor exports with lossless sound"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FortySixthSpoilers(a45.FortyFifthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside45_cases.FortyFifthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside46_languages.LangSpec)."""

    gaslift: int = 0  #: this many times a chair's gas lift is let down over a line start and raised (0: none)
    measure: int = 0  #: this many times a tape measure snaps back over a line end (0: none)
    sharpener: int = 0  #: this many times a pencil sharpener is cranked over a line end (0: none)
    dial: int = 0  #: this many numbers dialled on a rotary telephone (0: none)


@dataclass
class Spec(a10.Spec, FortySixthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd89_real_gaslift_page_mov": Spec(d, "real", "page", real=R(145801, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.4)),
                                           room=("pink", 36), seed=145811, gaslift=2, codec="mov"),
        "rd89_real_measure_dashes_avi": Spec(d, "real", "dashes", real=R(145802, 16, wideband=True, snr_db=q,
                                                                         gap=(0.5, 1.5)),
                                             room=("pink", 34), seed=145812, measure=2, codec="avi"),
        "rd89_real_sharpener_plain": Spec(d, "real", real=R(145803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                            long_pauses=0.3),
                                          room=("murmur", 36), seed=145813, sharpener=2),
        "rd89_flite_dial_measure_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 1.01), Voice(F, "rms", 0.99)], 145401, 145501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=145814, dial=1, measure=1),
        "rd89_espeak_gaslift_sharpener_dial": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb+m7", 1.01), Voice(E, "en-us+f1", 0.99)], 145403,
                           145503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=145816, gaslift=1,
            sharpener=1, dial=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside46)
        "yy_real_gaslift_page": Spec(a, "real", "page", real=R(145101, 16, wideband=True, snr_db=q,
                                                               gap=(0.5, 1.5)),
                                     room=("pink", 36), seed=145201, gaslift=3),
        "yy_real_measure_plain_mov": Spec(a, "real", real=R(145102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=145202, measure=3, codec="mov"),
        "yy_real_dial_dashes": Spec(a, "real", "dashes", real=R(145103, 16, wideband=False, snr_db=q,
                                                                gap=(0.5, 1.4), long_pauses=0.3),
                                    room=("pink", 38), seed=145203, dial=2),
        "yy_real_sharpener_srt": Spec(a, "real", "srt", real=R(145104, 16, wideband=True, snr_db=q,
                                                               gap=(0.5, 1.6)),
                                      room=("pink", 36), seed=145204, sharpener=3),
        "yy_real_gaslift_vtt_avi": Spec(a, "real", "vtt", real=R(145105, 16, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.5)),
                                        room=("murmur", 36), seed=145205, gaslift=2, codec="avi"),
        "yy_real_long_mix_mov": Spec(a, "real", "page", real=R(145106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=145206, gaslift=4, measure=4, sharpener=3, dial=3,
                                     codec="mov"),
        "yy_real_measure_sharpener_dashes": Spec(a, "real", "dashes", real=R(145108, 16, wideband=True, snr_db=q,
                                                                             gap=(0.4, 1.4)),
                                                 room=("murmur", 34), seed=145208, measure=2, sharpener=1),
        "yy_flite_dial_gaslift_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 0.99), Voice(F, "slt", 0.97)], 145404, 145504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=145211, dial=2, gaslift=1),
        "yy_festival_measure_sharpener_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 0.99), Voice(FEST, "slt_hts", 1.02)], 145405, 145505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=145212, measure=2, sharpener=1),
        "yy_espeak_gaslift_dial_page_avi": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us+m8", 1.02), Voice(E, "en-gb-x-rp+RicishayMax3", 0.98)],
                           145406, 145506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=145213,
            gaslift=2, dial=2, codec="avi"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd89_real_gaslift_page_mov", "rd89_real_measure_dashes_avi", "rd89_real_sharpener_plain",
                 "rd89_flite_dial_measure_page", "rd89_espeak_gaslift_sharpener_dial"],
         "aside": ["yy_real_gaslift_page", "yy_real_measure_plain_mov", "yy_real_dial_dashes",
                   "yy_real_sharpener_srt", "yy_real_gaslift_vtt_avi", "yy_real_long_mix_mov",
                   "yy_real_measure_sharpener_dashes", "yy_flite_dial_gaslift_plain",
                   "yy_festival_measure_sharpener_dashes", "yy_espeak_gaslift_dial_page_avi"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the chair, the tape measure, the sharpener and the
    telephone; then aside45_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.gaslift, lambda m: gaslift(m, spec.seed + 600, spec.gaslift)),
             (spec.measure, lambda m: measure(m, spec.seed + 601, spec.measure)),
             (spec.sharpener, lambda m: sharpener(m, spec.seed + 602, spec.sharpener)),
             (spec.dial, lambda m: dial(m, spec.seed + 603, spec.dial))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a45.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
