"""A forty-seventh aside set nobody has tuned to (``zy_*``, English), and dev twins made the same way (``rd90_*``).

``az_*`` .. ``yy_*`` have each been run once or are being looked at (``yy_*``, the forty-sixth, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the forty-six sets'
"What is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``*_cases.py``:
the brief's hair dryer, keys, fridge, stapler, kettle, zip, cup of ice, Velcro and spray can were each built or left
by an earlier set as near a built kind, so none is built; a lighter, a curtain pole, a toaster and a bicycle's
freewheel appear in no set or list):

* **a Zippo lighter lit just before a line's start**: the lid flicked open (its "ting": a snap at 2-8 kHz and the
  case ringing on 2.6-3.4 kHz and 2.2 times that, dying over 40 and 20 ms), 0.3-0.9 s later the thumb rolling the
  flint wheel (a rasp of dense grit at 2-7.5 kHz over 25-45 ms, then 6-15 sparks crackling over 40-100 ms), once
  in two spells a strike that fails 0.2-0.35 s before the one that catches, then the flame (a soft roar under 600 Hz
  flickering 3-8 times a second, at a fifth of the strike) for 1-2.5 s, snuffed by the lid snapped shut (a dull
  clack at 0.8-4 kHz with a 1.2-1.8 kHz body dying over 8 ms); **the catching strike 0-150 ms before a line start**
  (:func:`lighter`): a fricative-like rasp just before the voice and a low roar under its first words;
* **a curtain drawn along its metal pole across a line's start**: the rings sliding (rings chattering on the pole:
  clicks at 1.5-7 kHz, up to 150-400 a second, with the pole's rumble on 150-600 Hz at a third, the pace swelling
  as the hand speeds up and easing as it slows) for 0.6-1.5 s, then the rings bunching at the pole's end (3-6
  clinks, each a snap and a ring on 2.5-5 kHz dying over 15 ms, 20-60 ms apart, the spell's loudest); **begun
  0.1-0.5 s before a line start**, so the start lies in the rattle and the clinks inside the line
  (:func:`curtain`);
* **a pop-up toaster popping over a line's end**: the last 2-5 s of toasting (the elements' metal ticking as it
  heats, sparse clicks at 3-7 kHz 0.7-2 a second, at a quarter), then the pop: the catch released (a click at 2-6
  kHz), the carriage's spring twanging (a ring on 350-700 Hz with a partial at 2.7 times it, sagging 3 % in pitch
  and dying over 80-150 ms), the carriage's clack at the top 5-15 ms on (1-5 kHz), the slices landing 60-140 ms on
  (a soft thud on 150-400 Hz); **the pop 40-150 ms before a line end**, the spring's ring in the voice's own band
  running on over the end (:func:`toaster`);
* **a bicycle's back wheel spun on its stand**, someone fixing it: a pedal turn (the chain over the sprocket, a
  whirr at 400-2000 Hz for 0.3-0.8 s), then the wheel coasting and the freewheel's pawls clicking over its 18-36
  teeth (a snap at 2.5-7 kHz and the hub's ring on 1.2-2.2 kHz dying over 4 ms each), 2-3 turns a second slowing
  with a time constant of 2-4 s until it stops -- 40-100 clicks a second thinning to a few; one or two spins
  (:func:`freewheel`): a click train slowing, in lines and pauses alike;
* containers no set had: **MPEG-1 Layer II in an AVI with an MPEG-4 Part 2 picture** (``.avi``, 48 kHz, 192 kb/s:
  a TV capture card's recording of a broadcast; the sets' AVI held MP3, IMA and MS ADPCM, AC-3, mu-law, 16- and
  8-bit PCM and G.726, their MP2 went in Matroska, MPEG-PS, a WTV, MPEG-TS and a Broadcast Wave) and **WavPack in
  Matroska with an H.264 picture** (``.mkv``, 44.1 kHz, lossless: a concert video archived with lossless sound; the
  sets' WavPack was a bare ``.wv``).  MP2 decodes 10.0 ms late (the decoder's 481 samples at 48 kHz), WavPack with
  no delay: the delay is measured and moved into the truth (aside_common.stored_in);
* voices at speeds they never had, everyday ones again: flite ``awb`` x1.01 and ``slt`` x0.99, festival ``ked``
  x1.02 and ``kal`` x1.01 (dev: flite ``kal`` x0.99, ``rms`` x1.01); espeak-ng variants no English talk had at all
  (``klatt5``, ``robosoft6``; dev ``robosoft4`` under en-us, ``klatt2`` under en-gb).

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``zy_*``, once (``run.py --aside47``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside30_cases as a30
import aside42_cases as a42
import aside43_cases as a43
import aside46_cases as a46
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _knock, _decaying = a42._put, a42._peak_one, a43._knock, a42._decaying
line_end_near, line_start_near = a42.line_end_near, a43.line_start_near
_click_train, _one_laid_from_each_edge = a46._click_train, a46._one_laid_from_each_edge
#: Every kind's spells: 12-24 dB under the speech over the spell.
UNDER = a42.UNDER


def _grit(seconds: float, per_second: float, low: float, high: float, rng: np.random.Generator) -> np.ndarray:
    """Dense grit for ``seconds`` s: clicks at ``per_second`` a second on average, each at 30-100 %, with a little
    noise under them, band-limited to ``low``-``high`` Hz (a rasp, rings sliding)."""
    k = int(seconds * RATE)
    grit = (rng.random(k) < per_second / RATE) * rng.uniform(0.3, 1.0, k)
    return a30._band(grit + 0.05 * rng.normal(size=k), low, high)


def _shaped(x: np.ndarray, envelope: np.ndarray) -> np.ndarray:
    """``x`` under ``envelope`` (as long as it or longer), unit peak."""
    return _peak_one(x * envelope[:len(x)])


# ------------------------------------------------------------------ a Zippo lighter lit before a line start
#: The lid is flicked open this long before the edge drawn (s); the catching strike comes this long before the line's
#: start (s); the flame burns this long (s); a failed strike comes this long before the catching one (s).
LID_BEFORE, STRIKE_BEFORE, FLAME, FAILED_BEFORE = (0.35, 1.05), (0.0, 0.15), (1.0, 2.5), (0.2, 0.35)


def lid_ting(ring: float, rng: np.random.Generator) -> np.ndarray:
    """A Zippo's lid flicked open: a snap at 2-8 kHz dying over 0.4 ms and the case's ring on ``ring`` Hz (dying over
    40 ms) with a partial at 2.2 times it (over 20 ms, at half).  Unit peak, 0.25 s long."""
    out = _decaying(ring, 0.04, 0.25, rng) + 0.5 * _decaying(min(2.2 * ring, 7600.0), 0.02, 0.25, rng)
    snap = _knock(2000.0, 7800.0, 0.0004, rng)
    out[:len(snap)] += 1.5 * snap
    return _peak_one(out)


def wheel_strike(rasp: float, sparks: int, rng: np.random.Generator) -> np.ndarray:
    """The thumb rolling a lighter's flint wheel: a rasp of grit (2,000-4,000 clicks a second) at 2-7.5 kHz swelling
    and falling over ``rasp`` s, then ``sparks`` sparks (0.3 ms snaps at 3-7.5 kHz, 20-70 % of the rasp) over the
    next 40-100 ms.  Unit peak."""
    k = int(rasp * RATE)
    rasp_sound = _shaped(_grit(rasp, rng.uniform(2000.0, 4000.0), 2000.0, 7500.0, rng),
                         np.sin(np.pi * np.arange(k) / k) ** 0.5)
    tail = rng.uniform(0.04, 0.1)
    out = np.zeros(k + int((tail + 0.01) * RATE))
    out[:k] = rasp_sound
    for at in np.sort(rng.uniform(rasp, rasp + tail, sparks)):
        _put(out, at, rng.uniform(0.2, 0.7) * _knock(3000.0, 7500.0, 0.0003, rng))
    return _peak_one(out)


def flame(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A wick's flame for ``seconds`` s: a soft roar (noise at 80-600 Hz) flickering 3-8 times a second (+-30 %),
    caught within 60 ms (a puff at twice its level for the first 80 ms), out at once.  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    flicker = 1.0 + 0.3 * np.sin(2 * np.pi * rng.uniform(3.0, 8.0) * t + rng.uniform(0, 2 * np.pi))
    catch = np.minimum(1.0, t / 0.06) * (1.0 + np.exp(-t / 0.08))
    return _shaped(a30._band(rng.normal(size=k), 80.0, 600.0), flicker * catch)


def lid_shut(body: float, rng: np.random.Generator) -> np.ndarray:
    """A Zippo's lid snapped shut: a dull clack (noise at 0.8-4 kHz dying over 2 ms) and the lid's body on ``body``
    Hz dying over 8 ms, at 60 %.  Unit peak, 0.1 s long."""
    out = 0.6 * _decaying(body, 0.008, 0.1, rng)
    clack = _knock(800.0, 4000.0, 0.002, rng)
    out[:len(clack)] += clack[:len(out)]
    return _peak_one(out)


def lighting(start: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A Zippo lit before a line start ``start`` s into the spell: :func:`lid_ting` on 2.6-3.4 kHz at 0 (at 60 %),
    the catching :func:`wheel_strike` 0-150 ms before ``start`` (25-45 ms, 6-15 sparks; at full), once in two spells
    a failed strike 0.2-0.35 s before it (at 70 %, where it comes 0.1 s or more after the lid), the :func:`flame`
    (at 20 %) from 10 ms after the catching strike for 1-2.5 s, and :func:`lid_shut` (on 1.2-1.8 kHz, at 70 %) as it
    goes out.  Returns the spell and what it was (strike, failed or None, shut: s into the spell)."""
    strike = max(0.2, start - prng.uniform(*STRIKE_BEFORE))
    failed = strike - prng.uniform(*FAILED_BEFORE) if prng.random() < 0.5 else None
    failed = failed if failed is not None and failed >= 0.1 else None
    burn = prng.uniform(*FLAME)
    shut = strike + 0.01 + burn
    out = np.zeros(int((shut + 0.2) * RATE))
    _put(out, 0.0, 0.6 * lid_ting(prng.uniform(2600.0, 3400.0), rng))
    if failed is not None:
        _put(out, failed, 0.7 * wheel_strike(prng.uniform(0.025, 0.045), prng.randint(2, 5), rng))
    _put(out, strike, wheel_strike(prng.uniform(0.025, 0.045), prng.randint(6, 15), rng))
    _put(out, strike + 0.01, 0.2 * flame(burn, rng))
    _put(out, shut, 0.7 * lid_shut(prng.uniform(1200.0, 1800.0), rng))
    return out, {"strike": strike, "failed": failed, "shut": shut}


def lighter(made: Made, seed: int, spells: int) -> Made:
    """A Zippo lighter lit, ``spells`` times (:func:`lighting`), one in each of ``spells`` equal stretches: the lid
    flicked open 0.35-1.05 s before a line's start (aside43_cases.line_start_near) and the catching strike 0-150 ms
    before it, the flame over the start, 12-24 dB under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(
        made, seed, spells, "a Zippo lighter lit", line_start_near, LID_BEFORE, lighting,
        lambda w: f"struck {1000 * w['strike']:.0f} ms after the lid" + ("" if w["failed"] is None else
                                                                          ", once in vain before"))


# ------------------------------------------------------------------ a curtain drawn along its pole over a line start
#: The rings start sliding this long before a line's start (s); the curtain is drawn for this long (s).
DRAW_BEFORE, DRAWN = (0.1, 0.5), (0.6, 1.5)


def rings_sliding(seconds: float, most: float, rng: np.random.Generator) -> np.ndarray:
    """Curtain rings drawn along a metal pole for ``seconds`` s: the rings chattering (clicks at 1.5-7 kHz, up to
    ``most`` a second) and the pole's rumble (noise at 150-600 Hz, a third of the chatter's RMS), both following the
    hand's pace -- swelling from a fifth as it speeds up and easing as it slows (a half sine to the power 0.7, in at
    a fifth of it).  Unit peak."""
    k = int(seconds * RATE)
    pace = 0.2 + 0.8 * np.sin(np.pi * np.arange(k) / k) ** 0.7
    chatter = _grit(seconds, most, 1500.0, 7000.0, rng)
    # the chatter thinned where the hand is slow: each click kept with the pace's chance
    chatter = chatter * (rng.random(k) < pace)
    rumble = a30._band(rng.normal(size=k), 150.0, 600.0)
    return _peak_one((chatter + rumble * sc._rms(chatter) / (3 * sc._rms(rumble) + 1e-12)) * pace)


def bunching(clinks: int, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """The rings bunching at the pole's end: ``clinks`` clinks 20-60 ms apart, each a snap at 2-7.5 kHz and a ring on
    2.5-5 kHz dying over 15 ms, at 60-100 %.  Unit peak."""
    at, times = 0.0, []
    for _ in range(clinks):
        times.append(at)
        at += prng.uniform(0.02, 0.06)
    out = np.zeros(int((at + 0.1) * RATE))
    for t in times:
        clink = 0.6 * _decaying(prng.uniform(2500.0, 5000.0), 0.015, 0.08, rng)
        snap = _knock(2000.0, 7500.0, 0.0004, rng)
        clink[:len(snap)] += snap
        _put(out, t, prng.uniform(0.6, 1.0) * _peak_one(clink))
    return _peak_one(out)


def curtain_spell(start: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A curtain drawn across a line start ``start`` s into the spell: :func:`rings_sliding` from 0 for 0.6-1.5 s
    (at least 0.2 s past the start; up to 150-400 clicks a second, at 50 %), then :func:`bunching` of 3-6 clinks (at
    full).  Returns the spell and what it was (start, bunched: s into the spell)."""
    drawn = max(prng.uniform(*DRAWN), start + 0.2)
    sliding = rings_sliding(drawn, prng.uniform(150.0, 400.0), rng)
    clinks = bunching(prng.randint(3, 6), rng, prng)
    out = np.zeros(len(sliding) + len(clinks) + int(0.1 * RATE))
    _put(out, 0.0, 0.5 * sliding)
    _put(out, drawn, clinks)
    return out, {"start": start, "bunched": drawn}


def curtain(made: Made, seed: int, spells: int) -> Made:
    """A curtain drawn along its metal pole, ``spells`` times (:func:`curtain_spell`), one in each of ``spells`` equal
    stretches: the rings sliding from 0.1-0.5 s before a line's start (aside43_cases.line_start_near) and bunching at
    the pole's end inside the line, 12-24 dB under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(made, seed, spells, "a curtain drawn", line_start_near, DRAW_BEFORE,
                                    curtain_spell, lambda w: f"rings bunched {1000 * w['bunched']:.0f} ms in")


# ------------------------------------------------------------------ a pop-up toaster popping over a line end
#: The spell (the toasting's last seconds) begins this long before a line's end (s); the toast pops this long before
#: the end (s).
TOASTING, POP_BEFORE = (2.0, 5.0), (0.04, 0.15)


def spring_twang(hz: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """A toaster carriage's spring let go: a ring on ``hz`` Hz with a partial at 2.7 times it (at 40 %), both sagging
    3 % in pitch over their life and dying by e every ``decay`` s, 0.5 s long.  Unit peak."""
    t = np.arange(int(0.5 * RATE)) / RATE
    sag = 1.0 - 0.03 * (1.0 - np.exp(-t / decay))
    out = np.zeros(len(t))
    for ratio, gain in ((1.0, 1.0), (2.7, 0.4)):
        phase = 2 * np.pi * np.cumsum(hz * ratio * sag) / RATE + rng.uniform(0, 2 * np.pi)
        out += gain * np.sin(phase) * np.exp(-t / decay)
    return _peak_one(out)


def pop_up(hz: float, decay: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A toaster's pop: the catch released at 0 (a click at 2-6 kHz, at 50 %), :func:`spring_twang` on ``hz`` Hz, the
    carriage's clack at the top 5-15 ms on (a knock at 1-5 kHz dying over 1.5 ms, at 80 %) and the slices landing
    60-140 ms on (a thud: noise at 150-400 Hz dying over 20 ms, at 40 %).  Unit peak; what it was (clack, landed)."""
    clack, landed = prng.uniform(0.005, 0.015), prng.uniform(0.06, 0.14)
    out = np.zeros(int(0.55 * RATE))
    _put(out, 0.0, 0.5 * _knock(2000.0, 6000.0, 0.0005, rng))
    _put(out, 0.0, spring_twang(hz, decay, rng))
    _put(out, clack, 0.8 * _knock(1000.0, 5000.0, 0.0015, rng))
    _put(out, landed, 0.4 * _knock(150.0, 400.0, 0.02, rng))
    return _peak_one(out), {"clack": clack, "landed": landed}


def toasting(end: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A toaster's last seconds before a line end ``end`` s into the spell: the elements' ticks (0.3 ms snaps at 3-7
    kHz, 0.7-2 a second at random, at 25 %) from 0, then :func:`pop_up` (spring on 350-700 Hz dying over 80-150 ms,
    at full) 40-150 ms before ``end`` (no sooner than 0.3 s in).  Returns the spell and what it was (pop, end)."""
    pop = max(0.3, end - prng.uniform(*POP_BEFORE))
    out = np.zeros(int((pop + 0.6) * RATE))
    at = prng.uniform(0.0, 0.5)
    while at < pop - 0.1:
        _put(out, at, 0.25 * prng.uniform(0.5, 1.0) * _knock(3000.0, 7000.0, 0.0003, rng))
        at += prng.uniform(0.5, 1.4)
    sound, _ = pop_up(prng.uniform(350.0, 700.0), prng.uniform(0.08, 0.15), rng, prng)
    _put(out, pop, sound)
    return out, {"pop": pop, "end": end}


def toaster(made: Made, seed: int, spells: int) -> Made:
    """A pop-up toaster, ``spells`` times (:func:`toasting`), one in each of ``spells`` equal stretches: its ticks
    from 2-5 s before a line's end (aside42_cases.line_end_near) and its pop 40-150 ms before the end, the spring's
    ring over it, 12-24 dB under the speech over the spell.  Only adds sound."""
    return _one_laid_from_each_edge(made, seed, spells, "a pop-up toaster", line_end_near, TOASTING, toasting,
                                    lambda w: f"popped {1000 * (w['end'] - w['pop']):.0f} ms before the end")


# ------------------------------------------------------------------ a bicycle's back wheel spun on its stand
#: The wheel turns this often a second when let go; it slows by e every this many seconds; it stops under this many
#: turns a second; its freewheel has this many teeth.
TURNS, SLOWING, STOPS, TEETH = (2.0, 3.0), (2.0, 4.0), 0.15, (18, 36)


def pawl_click(hub: float, rng: np.random.Generator) -> np.ndarray:
    """One pawl dropping over a freewheel's tooth: a snap at 2.5-7 kHz dying over 0.3 ms and the hub's ring on
    ``hub`` Hz dying over 4 ms, at 40 %.  Unit peak, 30 ms long."""
    out = 0.4 * _decaying(hub, 0.004, 0.03, rng)
    snap = _knock(2500.0, 7000.0, 0.0003, rng)
    out[:len(snap)] += snap[:len(out)]
    return _peak_one(out)


def click_times(turns: float, slowing: float, teeth: int) -> np.ndarray:
    """When the pawls click (s) as a wheel let go at ``turns`` turns a second slows by e every ``slowing`` s, ``teeth``
    clicks a turn, until it turns under :data:`STOPS` a second: the turns so far are turns * slowing * (1 - e^-t/s),
    and a click falls at each 1/teeth of a turn."""
    stop = slowing * np.log(turns / STOPS)
    done = turns * slowing * (1 - np.exp(-stop / slowing)) * teeth
    k = np.arange(1, int(done) + 1)
    return -slowing * np.log(1 - k / (turns * slowing * teeth))


def spin(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """One spin: a pedal turn (the chain over the sprocket: noise at 400-2000 Hz for 0.3-0.8 s, in and out over 50
    ms, at 30 %), then the wheel let go at 2-3 turns a second slowing by e every 2-4 s, :func:`pawl_click` (hub on
    1.2-2.2 kHz, each at 70-100 %) at each of :func:`click_times` for a freewheel of 18-36 teeth.  Unit peak; what it
    was (let go, clicks, first and last rate a second)."""
    pedal = prng.uniform(0.3, 0.8)
    turns, slowing, teeth = prng.uniform(*TURNS), prng.uniform(*SLOWING), prng.randint(*TEETH)
    times = pedal + click_times(turns, slowing, teeth)
    out = np.zeros(int((times[-1] + 0.1) * RATE))
    k = int(pedal * RATE)
    t = np.arange(k) / RATE
    _put(out, 0.0, 0.3 * _shaped(a30._band(rng.normal(size=k), 400.0, 2000.0),
                                 np.minimum(1.0, np.minimum(t / 0.05, (pedal - t) / 0.05))))
    hub = prng.uniform(1200.0, 2200.0)
    for at in times:
        _put(out, at, prng.uniform(0.7, 1.0) * pawl_click(hub, rng))
    return _peak_one(out), {"let_go": pedal, "clicks": len(times), "first": turns * teeth,
                            "last": 1 / (times[-1] - times[-2])}


def spinning(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """One or two :func:`spin` s, 0.5-1.5 s apart.  Returns the spell and what it was (spins: what each was)."""
    parts, at = [], 0.0
    for _ in range(prng.randint(1, 2)):
        sound, what = spin(rng, prng)
        parts.append((at, sound, what))
        at += len(sound) / RATE + prng.uniform(0.5, 1.5)
    out = np.zeros(int(parts[-1][0] * RATE) + len(parts[-1][1]) + int(0.1 * RATE))
    for start, sound, _ in parts:
        _put(out, start, sound)
    return out, {"spins": [w for _, _, w in parts]}


def freewheel(made: Made, seed: int, spells: int) -> Made:
    """A bicycle's back wheel spun on its stand, ``spells`` spells (:func:`spinning`), one in each of ``spells`` equal
    stretches of the talk, in lines and pauses alike, 12-24 dB under the speech over the spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = spinning(rng, prng)
        spins = len(what["spins"])
        return sound, f"{spins} spin{'s' if spins > 1 else ''}, {sum(w['clicks'] for w in what['spins'])} clicks"

    return one_sound_in_each_stretch(made, seed, spells, "a bicycle wheel spun", 0.5, UNDER, one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).  MP2 takes frames of 1152
#: samples; FFmpeg's WavPack encoder is lossless at bit rate 0.
CODECS = {
    "avi": ("avi", "avi", "mp2", 192000, 48000, 1152, "mpeg4", "MPEG-1 Layer II (48 kHz, 192 kb/s) in an AVI with an "
            "MPEG-4 Part 2 picture, a TV capture card's recording of a broadcast"),
    "mkv": ("mkv", "matroska", "wavpack", 0, 44100, 4096, "libx264", "WavPack (44.1 kHz, lossless) in Matroska with "
            "an H.264 picture, a concert video archived with lossless sound"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FortySeventhSpoilers(a46.FortySixthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside46_cases.FortySixthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside47_languages.LangSpec)."""

    lighter: int = 0  #: this many times a Zippo is lit just before a line start (0: none)
    curtain: int = 0  #: this many times a curtain is drawn across a line start (0: none)
    toaster: int = 0  #: this many times a toaster pops just before a line end (0: none)
    freewheel: int = 0  #: this many spells of a bicycle's back wheel spun on its stand (0: none)


@dataclass
class Spec(a10.Spec, FortySeventhSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd90_real_lighter_page_avi": Spec(d, "real", "page", real=R(147801, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.4)),
                                           room=("pink", 36), seed=147811, lighter=2, codec="avi"),
        "rd90_real_toaster_dashes_mkv": Spec(d, "real", "dashes", real=R(147802, 16, wideband=True, snr_db=q,
                                                                         gap=(0.5, 1.5)),
                                             room=("pink", 34), seed=147812, toaster=2, codec="mkv"),
        "rd90_real_curtain_plain": Spec(d, "real", real=R(147803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                          long_pauses=0.3),
                                        room=("murmur", 36), seed=147813, curtain=2),
        "rd90_flite_freewheel_toaster_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 0.99), Voice(F, "rms", 1.01)], 147401, 147501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=147814, freewheel=1, toaster=1),
        "rd90_espeak_lighter_curtain_freewheel": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+robosoft4", 1.01), Voice(E, "en-gb+klatt2", 0.99)], 147403,
                           147503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=147816, lighter=1,
            curtain=1, freewheel=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside47)
        "zy_real_lighter_page": Spec(a, "real", "page", real=R(147101, 16, wideband=True, snr_db=q,
                                                               gap=(0.5, 1.5)),
                                     room=("pink", 36), seed=147201, lighter=3),
        "zy_real_toaster_plain_mkv": Spec(a, "real", real=R(147102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=147202, toaster=3, codec="mkv"),
        "zy_real_freewheel_dashes": Spec(a, "real", "dashes", real=R(147103, 16, wideband=False, snr_db=q,
                                                                     gap=(0.5, 1.4), long_pauses=0.3),
                                         room=("pink", 38), seed=147203, freewheel=2),
        "zy_real_curtain_srt": Spec(a, "real", "srt", real=R(147104, 16, wideband=True, snr_db=q,
                                                             gap=(0.5, 1.6)),
                                    room=("pink", 36), seed=147204, curtain=3),
        "zy_real_lighter_vtt_avi": Spec(a, "real", "vtt", real=R(147105, 16, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.5)),
                                        room=("murmur", 36), seed=147205, lighter=2, codec="avi"),
        "zy_real_long_mix_mkv": Spec(a, "real", "page", real=R(147106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=147206, lighter=4, curtain=4, toaster=4, freewheel=3,
                                     codec="mkv"),
        "zy_real_toaster_curtain_dashes": Spec(a, "real", "dashes", real=R(147108, 16, wideband=True, snr_db=q,
                                                                           gap=(0.4, 1.4)),
                                               room=("murmur", 34), seed=147208, toaster=2, curtain=1),
        "zy_flite_freewheel_lighter_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 1.01), Voice(F, "slt", 0.99)], 147404, 147504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=147211, freewheel=2, lighter=1),
        "zy_festival_toaster_curtain_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 1.02), Voice(FEST, "kal", 1.01)], 147405, 147505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=147212, toaster=2, curtain=1),
        "zy_espeak_lighter_freewheel_page_avi": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us+klatt5", 1.02), Voice(E, "en-gb-x-rp+robosoft6", 0.98)],
                           147406, 147506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=147213,
            lighter=2, freewheel=2, codec="avi"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd90_real_lighter_page_avi", "rd90_real_toaster_dashes_mkv", "rd90_real_curtain_plain",
                 "rd90_flite_freewheel_toaster_page", "rd90_espeak_lighter_curtain_freewheel"],
         "aside": ["zy_real_lighter_page", "zy_real_toaster_plain_mkv", "zy_real_freewheel_dashes",
                   "zy_real_curtain_srt", "zy_real_lighter_vtt_avi", "zy_real_long_mix_mkv",
                   "zy_real_toaster_curtain_dashes", "zy_flite_freewheel_lighter_plain",
                   "zy_festival_toaster_curtain_dashes", "zy_espeak_lighter_freewheel_page_avi"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the lighter, the curtain, the toaster and the
    bicycle wheel; then aside46_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.lighter, lambda m: lighter(m, spec.seed + 700, spec.lighter)),
             (spec.curtain, lambda m: curtain(m, spec.seed + 701, spec.curtain)),
             (spec.toaster, lambda m: toaster(m, spec.seed + 702, spec.toaster)),
             (spec.freewheel, lambda m: freewheel(m, spec.seed + 703, spec.freewheel))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a46.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
