"""A forty-second aside set nobody has tuned to (``uy_*``, English), and dev twins made the same way (``rd85_*``).

``az_*`` .. ``ty_*`` have each been run once and looked at (``ty_*``, the forty-first, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the forty-one sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``*_cases.py``):

* **a clerk stamping forms with a rubber stamp** at the counter beside the microphone: a stamp every 0.8-2 s, each
  the counter's thud (its body ringing on 70-160 Hz, dying over 15-40 ms, struck at once) and the self-inking
  mechanism's click (1.5-4 kHz) as the stamp is lifted 0.1-0.18 s later; **a stamp 20-80 ms after every line end
  in the spell** (the clerk stamps each form as its line is read out), the spell begun on one, 12-24 dB under the
  speech over the spell (:func:`stamp`): a low knock hard on a line's end, nothing quiet between them;
* **a singer warming up with lip trills** in the next room, the door open: trills of 2-4.5 s, each a breath blown
  through loose lips that flap 18-30 times a second while the voice slides up a fifth and back (a voice's buzz,
  partials at 1/k under 3 kHz, from 130-240 Hz) and the breath hisses through them (noise at 0.5-6 kHz, chopped by the
  same flutter), an in-breath of 0.4-0.8 s between trills and each trill a semitone over the last, **each spell's
  first trill begun 0.3-1 s before a line's end and holding on 1-3.5 s past it**, 12-24 dB under the speech over the
  spell (:func:`liptrill`): a voiced and breathy sound at a voice's pitch that goes on across a line's end;
* **someone shuffling and dealing cards** at the table: riffle shuffles (0.5-1 s of 52 corners flicked free, 50-100
  clicks a second at 1.5-7.8 kHz, then the bridge's whirr), then a deal of 6-16 cards at 2.5-4.5 a second, each slid
  off the deck in a swish (noise at 1-6 kHz swelling and falling over 80-140 ms, as an /s/ or /sh/ does) that ends in
  the card's slap on the table (300-2000 Hz, 6 ms), 1.5-3 s between hands, 12-24 dB under the speech over the spell
  (:func:`cards`): fricative-like swishes at a syllable's pace, each closed by a stop-like slap;
* **popcorn popping in a microwave oven** in the kitchen: the oven's transformer humming on 100 Hz (partials at
  1/k^2 under 1 kHz) under its fan's whoosh, the kernels bursting (cracks of noise at 0.5-7.8 kHz, on at once,
  dying over 3-8 ms, each with the bag's 0.8-2 kHz ring) at a rate that swells to 6-12 a second and dies away, the
  oven stopping with three beeps (2-3.2 kHz, 0.15 s) (:func:`popcorn`): plosive-like bursts at a syllable's pace
  over a held hum;
* containers no set had: **32-bit float PCM in a Core Audio file** (``.caf``, 48 kHz, ``lpcm`` flagged float: Core
  Audio's canonical sample, what an iPhone or Mac app recording with AVAudioRecorder writes unless told otherwise;
  the sets' 32-bit float went in W64 and IRCAM, their CAF held ALAC and 24-bit big-endian PCM) and **16-bit
  big-endian PCM ("twos") in a digital camera's QuickTime movie** (``.mov``, 16 kHz, a Motion-JPEG picture: the clip
  a compact camera's movie mode writes; the sets' MOV held AAC, IMA ADPCM, 16-bit little-endian and 24-bit PCM);
* voices at speeds they never had, everyday ones again: flite ``slt`` x1.03 and ``rms`` x0.97, festival ``kal``
  x1.05 and ``ked`` x0.97 (dev: flite ``awb`` x0.96, ``kal`` x1.04); espeak-ng variants no English talk had at these
  speeds.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``uy_*``, once (``run.py --aside42``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside21_cases as a21
import aside25_cases as a25
import aside26_cases as a26
import aside29_cases as a29
import aside30_cases as a30
import aside31_cases as a31
import aside33_cases as a33
import aside34_cases as a34
import aside40_cases as a40
import aside41_cases as a41
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _edges, _spell_end = a33._put, a33._peak_one, a34._edges, a40._spell_end
#: Every kind's spells: 12-24 dB under the speech over the spell.
UNDER = (12.0, 24.0)


def _decaying(hz: float, decay: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A body struck once: a sine on ``hz`` Hz from a random phase, at its loudest at once and dying by e every
    ``decay`` s, ``seconds`` long."""
    t = np.arange(int(seconds * RATE)) / RATE
    return np.sin(2 * np.pi * hz * t + rng.uniform(0, 2 * np.pi)) * np.exp(-t / decay)


def line_end_near(made: Made, n: int, j: int, count: int, share: float, prng: random.Random) -> Optional[float]:
    """A line end of ``made`` (``n`` samples) drawn in the first ``share`` of the ``j``-th of ``count`` equal
    stretches, the stretch's first where none lies there, None where the stretch holds no line end."""
    low, high, top = (j / count * n / RATE, (j + share) / count * n / RATE, (j + 1) / count * n / RATE)
    ends = [s["end"] for s in made.segments if low <= s["end"] < top]
    near = [e for e in ends if e < high] or ends[:1]
    return prng.choice(near) if near else None


def laid_at(added: np.ndarray, sound: np.ndarray, at: float, speech: float, prng: random.Random) -> str:
    """``sound`` laid into ``added`` from ``at`` s at a level drawn 12-24 dB under ``speech`` (RMS) over itself, cut
    at the talk's end: the "A-B s (N dB under" its note begins with (aside29_cases.laid_in_stretch's words)."""
    n, i, db = len(added), int(at * RATE), prng.uniform(*UNDER)
    a25._laid(added, i, sound[:n - i], speech * 10 ** (-db / 20))
    return f"{at:.2f}-{min(n, i + len(sound)) / RATE:.2f} s ({db:.0f} dB under"


# ------------------------------------------------------------------ a clerk stamping forms with a rubber stamp
#: After each line end in a spell, the stamp lands this much later (s): the clerk stamps the form as it is read.
AFTER_END = (0.02, 0.08)
#: The self-inking stamp's click comes this long after the thud (s), as the die springs back on the lift.
CLICK_AFTER = (0.10, 0.18)


def stamp_strike(body: float, decay: float, click_after: float, rng: np.random.Generator) -> np.ndarray:
    """One stamp: the rubber driven onto the form over a wooden counter -- the counter's body ringing on ``body`` Hz
    (70-160 Hz) dying over ``decay`` s, loudest at once, and the blow's tap (noise under 1.2 kHz for 3 ms, a fifth of
    it) -- then the self-inking mechanism's click ``click_after`` s later (noise at 1.5-4 kHz dying over 2 ms, 12 dB
    under the thud's peak).  Unit peak, 0.25 s long."""
    n = int(0.25 * RATE)
    out = np.zeros(n)
    out[:int(0.2 * RATE)] += _decaying(body, decay, 0.2, rng)
    tap = a21._low(rng.normal(size=int(0.003 * RATE)), 1200.0)
    out[:len(tap)] += 0.2 * tap / (np.abs(tap).max() + 1e-12)
    m = int(0.02 * RATE)
    click = a30._band(rng.normal(size=m) * np.exp(-np.arange(m) / (0.002 * RATE)), 1500.0, 4000.0)
    _put(out, click_after, 0.25 * click / (np.abs(click).max() + 1e-12))
    return _peak_one(out)


def stamp_times(seconds: float, ends: list, prng: random.Random) -> list:
    """When a clerk stamps in ``seconds`` s (the first stamp at 0): every 0.8-2 s, and 20-80 ms after each of
    ``ends`` (line ends, s into the spell) as the form is read out -- a stamp due less than 0.35 s before such an end's
    goes on it instead -- none after ``seconds`` - 0.3 s."""
    due = sorted(e + prng.uniform(*AFTER_END) for e in ends if 0.35 < e < seconds - 0.4)
    times = [0.0]
    while True:
        t = times[-1] + prng.uniform(0.8, 2.0)
        after = [d for d in due if d > times[-1] + 0.35]
        if after and after[0] < t + 0.35:
            t = after[0]
        if t > seconds - 0.3:
            return times
        times.append(t)


def stamping(seconds: float, ends: list, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a clerk stamping forms (:func:`stamp_strike` at :func:`stamp_times`, the counter's body on
    70-160 Hz dying over 15-40 ms, each stamp at 75-100 %), a stamp 20-80 ms after each of ``ends``.  Returns the
    spell and what it was (stamps: times; body; decay)."""
    body, decay = prng.uniform(70.0, 160.0), prng.uniform(0.015, 0.04)
    times = stamp_times(seconds, ends, prng)
    out = np.zeros(int((seconds + 0.3) * RATE))
    for t in times:
        _put(out, t, stamp_strike(body, decay, prng.uniform(*CLICK_AFTER), rng) * prng.uniform(0.75, 1.0))
    return _spell_end(out, seconds, times[-1] + 0.25), {"stamps": times, "body": body, "decay": decay}


def stamp(made: Made, seed: int, spells: int) -> Made:
    """A clerk stamping forms at the counter, ``spells`` spells of 5-11 s (:func:`stamping`), one in each of
    ``spells`` equal stretches of the talk, each begun 20-80 ms after a line's end (:func:`line_end_near`) and with a
    stamp 20-80 ms after every line end it spans, in lines and pauses alike, 12-24 dB under the speech over the
    spell.  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        seconds = prng.uniform(5.0, 10.0)
        end = line_end_near(made, len(added), j, count, 0.5, prng)
        at = (end + prng.uniform(*AFTER_END) if end is not None
              else prng.uniform(j, j + 0.5) / count * len(added) / RATE)
        ends = [s["end"] - at for s in made.segments if at < s["end"] < at + seconds]
        sound, what = stamping(seconds, ends, rng, prng)
        return f"{laid_at(added, sound, at, speech, prng)}; {len(what['stamps'])} stamps)"

    return a26._one_in_each_stretch(made, seed, spells, lay, "a clerk stamping forms")


# ------------------------------------------------------------------ a singer warming up with lip trills
#: The lips' flutter: they close this far (the buzz's and the breath's level at the closing, of the open's).
CLOSED = 0.25
#: A trill's slide: up a fifth (7 semitones) and back down, over the trill.
FIFTH = 2 ** (7 / 12)


def flutter(seconds: float, rate: float, rng: np.random.Generator) -> np.ndarray:
    """Loose lips blown apart and falling shut ``rate`` times a second for ``seconds`` s: a level between
    :data:`CLOSED` and 1, the rate wavering 3 % at 2 Hz as the breath's push does."""
    t = np.arange(int(seconds * RATE)) / RATE
    wobble = 1.0 + 0.03 * np.sin(2 * np.pi * 2.0 * t + rng.uniform(0, 2 * np.pi))
    phase = 2 * np.pi * np.cumsum(rate * wobble) / RATE
    return CLOSED + (1 - CLOSED) * (0.5 + 0.5 * np.cos(phase))


def lip_trill(pitch: float, seconds: float, rate: float, rng: np.random.Generator) -> np.ndarray:
    """One lip trill of ``seconds`` s: the voice sliding from ``pitch`` Hz up a fifth and back (a raised cosine, its
    top at the middle; a voice's buzz, partials at 1/k under 3 kHz) and the breath through the lips (noise at
    0.5-6 kHz, at a third of the buzz's RMS), both chopped by :func:`flutter` at ``rate`` a second; on over 60 ms (the
    breath first) and off over 150 ms.  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    f0 = pitch * (1.0 + (FIFTH - 1.0) * (0.5 - 0.5 * np.cos(2 * np.pi * t / seconds)))
    buzz = a31._harmonics(f0, 1.0, 3000.0)
    breath = a30._band(rng.normal(size=k), 500.0, 6000.0)
    voice = buzz / (np.std(buzz) + 1e-12) + 0.33 * breath / (np.std(breath) + 1e-12)
    return _peak_one(_edges(voice * flutter(seconds, rate, rng), 0.06, 0.15))


def in_breath(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A singer's in-breath of ``seconds`` s: noise at 0.5-3 kHz swelling and falling (a sine's hump).  Unit peak."""
    k = int(seconds * RATE)
    return _peak_one(a30._band(rng.normal(size=k), 500.0, 3000.0) * np.sin(np.pi * np.arange(k) / k))


def warming_up(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a singer warming up: lip trills of 2-4.5 s (:func:`lip_trill`, the lips at 18-30 a second),
    the first on 130-240 Hz and each a semitone over the last, an in-breath of 0.4-0.8 s (:func:`in_breath`, 10 dB
    under) between trills, the first trill at once, none begun after ``seconds`` - 1 s.  Returns the spell and what
    it was (trills: (start, end, Hz); breaths: (start, end); the flutter's rate)."""
    rate, pitch = prng.uniform(18.0, 30.0), prng.uniform(130.0, 240.0)
    out, t = np.zeros(int((seconds + 6.0) * RATE)), 0.0
    what = {"trills": [], "breaths": [], "rate": rate}
    while t < seconds - 1.0 or not what["trills"]:
        if what["trills"]:
            gap = prng.uniform(0.4, 0.8)
            _put(out, t, 0.316 * in_breath(gap, rng))
            what["breaths"].append((t, t + gap))
            t += gap
        length = prng.uniform(2.0, 4.5)
        _put(out, t, lip_trill(pitch, length, rate, rng) * prng.uniform(0.85, 1.0))
        what["trills"].append((t, t + length, pitch))
        t, pitch = t + length, pitch * 2 ** (1 / 12)
    return _spell_end(out, seconds, t), what


def liptrill(made: Made, seed: int, spells: int) -> Made:
    """A singer warming up with lip trills in the next room, ``spells`` spells of 5-14 s (:func:`warming_up`), one in
    each of ``spells`` equal stretches of the talk, each begun 0.3-1 s before a line's end (:func:`line_end_near`:
    the first trill holds on across it), then over lines and pauses alike, 12-24 dB under the speech over the spell.
    Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        sound, what = warming_up(prng.uniform(5.0, 9.0), rng, prng)
        end = line_end_near(made, len(added), j, count, 0.5, prng)
        at = (max(0.0, end - prng.uniform(0.3, 1.0)) if end is not None
              else prng.uniform(j, j + 0.5) / count * len(added) / RATE)
        return f"{laid_at(added, sound, at, speech, prng)}; {len(what['trills'])} trills)"

    return a26._one_in_each_stretch(made, seed, spells, lay, "a singer warming up with lip trills")


# ------------------------------------------------------------------ someone shuffling and dealing cards
#: A riffle: this many corners flicked free (a deck), and the bridge's whirr after them (s).
DECK, BRIDGE = 52, 0.35


def flick(rng: np.random.Generator) -> np.ndarray:
    """A card's corner flicked free of the thumb: a click of noise at 1.5-7.8 kHz dying over 1.5 ms.  Unit peak."""
    m = int(0.012 * RATE)
    return _peak_one(a30._band(rng.normal(size=m) * np.exp(-np.arange(m) / (0.0015 * RATE)), 1500.0, 7800.0))


def riffle(seconds: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A riffle shuffle: :data:`DECK` flicks (:func:`flick`, at 60-100 %) spread evenly over ``seconds`` s with 25 %
    jitter, then the bridge (the cards cascading together: :data:`BRIDGE` s of flicks at 150 a second falling away
    over it).  Returns the sound (unit peak) and the flicks' times."""
    step = seconds / DECK
    times = np.arange(DECK) * step + rng.uniform(-0.25, 0.25, size=DECK) * step
    times = np.sort(np.clip(times, 0.0, seconds))
    out = np.zeros(int((seconds + BRIDGE + 0.05) * RATE))
    for at in times:
        _put(out, at, flick(rng) * rng.uniform(0.6, 1.0))
    for k, at in enumerate(np.arange(0.0, BRIDGE, 1 / 150)):
        _put(out, seconds + at, 0.5 * flick(rng) * (1 - at / BRIDGE))
    return _peak_one(out), times


def dealt_card(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """One card dealt: slid off the deck and flicked across the table in a swish of ``seconds`` s (noise at 1-6
    kHz swelling over its first 40 % and falling over the rest, as an /s/ does) that ends in the card's slap on the
    table (noise at 300-2000 Hz dying over 2 ms, at 80 % of the swish's peak).  Unit peak, 10 ms longer than the
    swish."""
    k, m = int(seconds * RATE), int(0.01 * RATE)
    rise = int(0.4 * k)
    shape = np.concatenate([np.linspace(0.0, 1.0, rise), np.linspace(1.0, 0.05, k - rise)])
    swish = _peak_one(a30._band(rng.normal(size=k), 1000.0, 6000.0) * shape)
    slap = _peak_one(a30._band(rng.normal(size=m) * np.exp(-np.arange(m) / (0.002 * RATE)), 300.0, 2000.0))
    return _peak_one(np.concatenate([swish, 0.8 * slap]))


def card_game(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone at a card table: hands of 2-3 riffles (:func:`riffle`, 0.5-1 s each, 0.6-1.2 s
    apart) and a deal of 6-16 cards (:func:`dealt_card`, swishes of 80-140 ms at 2.5-4.5 a second) 0.5-1 s after the
    last riffle, 1.5-3 s of nothing between hands, the first riffle at once, none begun after ``seconds`` - 1 s.
    Returns the spell and what it was (riffles: (start, end of the bridge); cards: (start, slap); hands: (start,
    end); the deal's pace)."""
    pace = prng.uniform(2.5, 4.5)
    out, t = np.zeros(int((seconds + 12.0) * RATE)), 0.0
    what = {"riffles": [], "cards": [], "hands": [], "pace": pace}
    while t < seconds - 1.0 or not what["hands"]:
        start = t
        for r in range(prng.randint(2, 3)):
            t += prng.uniform(0.6, 1.2) if r else 0.0
            length = prng.uniform(0.5, 1.0)
            sound, _ = riffle(length, rng)
            _put(out, t, sound * prng.uniform(0.85, 1.0))
            what["riffles"].append((t, t + length + BRIDGE))
            t += length + BRIDGE
        t += prng.uniform(0.5, 1.0)
        for c in range(prng.randint(6, 16)):
            swish = prng.uniform(0.08, 0.14)
            _put(out, t, dealt_card(swish, rng) * prng.uniform(0.7, 1.0))
            what["cards"].append((t, t + swish))
            t += 1.0 / pace
        t = what["cards"][-1][1] + 0.01
        what["hands"].append((start, t))
        t += prng.uniform(1.5, 3.0)
    return _spell_end(out, seconds, what["hands"][-1][1]), what


def cards(made: Made, seed: int, spells: int) -> Made:
    """Someone shuffling and dealing cards at the table, ``spells`` spells of 5-22 s (:func:`card_game`), one in each
    of ``spells`` equal stretches of the talk, in lines and pauses alike, 12-24 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = card_game(prng.uniform(5.0, 9.0), rng, prng)
        return sound, f"{len(what['hands'])} hands, {len(what['cards'])} cards dealt"

    return one_sound_in_each_stretch(made, seed, spells, "someone shuffling and dealing cards", 0.5, UNDER, one)


# ------------------------------------------------------------------ popcorn popping in a microwave oven
#: The oven's transformer hums on twice the mains' 50 Hz; it beeps three times on this pitch range (Hz) when done.
HUM, BEEPS = 100.0, (2000.0, 3200.0)


def kernel_pop(ring: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """A kernel bursting: a crack of noise at 0.5-7.8 kHz, loudest at once and dying over ``decay`` s (3-8 ms), and
    the paper bag's ring on ``ring`` Hz (0.8-2 kHz) dying over 15 ms at a third of it.  Unit peak, 60 ms long."""
    m = int(0.06 * RATE)
    crack = _peak_one(a30._band(rng.normal(size=m), 500.0, 7800.0)) * np.exp(-np.arange(m) / (decay * RATE))
    crack[:8] *= np.linspace(0.5, 1.0, 8)  # band-limited noise may peak a sample or two in; keep the first ms loud
    return _peak_one(crack + 0.33 * _decaying(ring, 0.015, 0.06, rng))


def oven_running(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A microwave oven running for ``seconds`` s: the transformer's hum on :data:`HUM` Hz (partials at 1/k^2 under 1
    kHz) and the fan's whoosh (noise under 2 kHz at half of it), on within 30 ms, off within 50 ms.  Unit peak."""
    k = int(seconds * RATE)
    hum = _peak_one(a31._harmonics(np.full(k, HUM), 2.0, 1000.0))
    fan = _peak_one(a21._low(rng.normal(size=k), 2000.0))
    return _peak_one(_edges(hum + 0.5 * fan, 0.03, 0.05))


def beep(hz: float) -> np.ndarray:
    """The oven's beep: a square-ish tone on ``hz`` Hz (its 1st and 3rd partials) for 0.15 s, on and off in 5 ms."""
    t = np.arange(int(0.15 * RATE)) / RATE
    return _edges(np.sin(2 * np.pi * hz * t) + np.sin(6 * np.pi * hz * t) / 3, 0.005, 0.005)


def popping(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of popcorn in a microwave: the oven running (:func:`oven_running`, at 40 %) the whole time, the
    kernels bursting (:func:`kernel_pop` on the bag's 0.8-2 kHz, each at 50-100 %) after its first 0.5-1.5 s at a rate
    swelling to 6-12 a second and dying away (aside29_cases.swelling_times), then three beeps (:func:`beep` on 2-3.2
    kHz, 0.15 s apart) from 0.3 s after the oven stops.  Returns the spell and what it was (pops: times; the oven:
    (start, end); the popping: (start, end); beeps: starts; the top rate; the beeps' pitch)."""
    top, ring, hz = prng.uniform(6.0, 12.0), prng.uniform(800.0, 2000.0), prng.uniform(*BEEPS)
    first = prng.uniform(0.5, 1.5)
    out = np.zeros(int((seconds + 1.5) * RATE))
    _put(out, 0.0, 0.4 * oven_running(seconds, rng))
    pops = [first + p for p in a29.swelling_times(seconds - first - 0.2, top, rng)]
    for p in pops:
        _put(out, p, kernel_pop(ring, prng.uniform(0.003, 0.008), rng) * prng.uniform(0.5, 1.0))
    beeps = [seconds + 0.3 + 0.3 * b for b in range(3)]
    for b in beeps:
        _put(out, b, 0.5 * beep(hz))
    what = {"pops": pops, "popping": (first, seconds - 0.2), "oven": (0.0, seconds), "beeps": beeps, "top": top,
            "beep_hz": hz}
    return out[:int((beeps[-1] + 0.17) * RATE)], what


def popcorn(made: Made, seed: int, spells: int) -> Made:
    """Popcorn popping in a microwave oven in the kitchen, ``spells`` spells of 6-11 s (:func:`popping`), one in each
    of ``spells`` equal stretches of the talk, in lines and pauses alike, 12-24 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = popping(prng.uniform(5.0, 9.0), rng, prng)
        return sound, f"{len(what['pops'])} pops, peaking at {what['top']:.0f} a second"

    return one_sound_in_each_stretch(made, seed, spells, "popcorn popping in a microwave", 0.5, UNDER, one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it, and options).  FFmpeg's CAF
#: muxer writes 32-bit float as ``lpcm`` flagged float and little-endian (Core Audio's own canonical sample, what
#: AVAudioRecorder records by default); its MOV muxer writes 16-bit big-endian PCM as QuickTime's ``twos``.
CODECS = {
    "caf": ("caf", "caf", "pcm_f32le", 0, 48000, 2048, None, "32-bit float PCM (48 kHz) in a Core Audio "
            "file, as an iPhone or Mac recording app writes it"),
    "mov": ("mov", "mov", "pcm_s16be", 0, 16000, 1024, "mjpeg", "16-bit big-endian PCM (16 kHz) in a digital "
            "camera's QuickTime movie with a Motion-JPEG picture"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FortySecondSpoilers(a41.FortyFirstSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside41_cases.FortyFirstSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside42_languages.LangSpec)."""

    stamp: int = 0  #: this many spells of a clerk stamping forms (0: none)
    liptrill: int = 0  #: this many spells of a singer warming up with lip trills (0: none)
    cards: int = 0  #: this many spells of someone shuffling and dealing cards (0: none)
    popcorn: int = 0  #: this many spells of popcorn popping in a microwave (0: none)


@dataclass
class Spec(a10.Spec, FortySecondSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd85_real_stamp_page_mov": Spec(d, "real", "page", real=R(137801, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4)),
                                         room=("pink", 36), seed=137811, stamp=2, codec="mov"),
        "rd85_real_liptrill_dashes_caf": Spec(d, "real", "dashes", real=R(137802, 16, wideband=True, snr_db=q,
                                                                          gap=(0.5, 1.5)),
                                              room=("murmur", 34), seed=137812, liptrill=2, codec="caf"),
        "rd85_real_popcorn_plain": Spec(d, "real", real=R(137803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                          long_pauses=0.3),
                                        room=("pink", 36), seed=137813, popcorn=2),
        "rd85_flite_cards_stamp_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 0.96), Voice(F, "kal", 1.04)], 137401, 137501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=137814, cards=1, stamp=1),
        "rd85_espeak_liptrill_popcorn_cards": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+Andy", 1.02), Voice(E, "en-us-nyc+Gene", 1.01)], 137403,
                           137503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=137816, liptrill=1,
            popcorn=1, cards=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside42)
        "uy_real_stamp_page": Spec(a, "real", "page", real=R(137101, 16, wideband=False, snr_db=q, gap=(0.5, 1.5)),
                                   room=("pink", 34), seed=137201, stamp=3),
        "uy_real_liptrill_plain_caf": Spec(a, "real", real=R(137102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                           room=("pink", 36), seed=137202, liptrill=2, codec="caf"),
        "uy_real_cards_dashes": Spec(a, "real", "dashes", real=R(137103, 16, wideband=True, snr_db=q,
                                                                 gap=(0.5, 1.4), long_pauses=0.3),
                                     room=("pink", 38), seed=137203, cards=2),
        "uy_real_popcorn_srt": Spec(a, "real", "srt", real=R(137104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                    room=("pink", 36), seed=137204, popcorn=3),
        "uy_real_stamp_vtt_mov": Spec(a, "real", "vtt", real=R(137105, 16, wideband=True, snr_db=q,
                                                               gap=(0.4, 1.5)),
                                      room=("pink", 36), seed=137205, stamp=2, codec="mov"),
        "uy_real_long_mix_caf": Spec(a, "real", "page", real=R(137106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=137206, stamp=4, liptrill=3, cards=3, popcorn=3,
                                     codec="caf"),
        "uy_real_liptrill_cards_dashes": Spec(a, "real", "dashes", real=R(137108, 16, wideband=True, snr_db=q,
                                                                          gap=(0.4, 1.4)),
                                              room=("murmur", 34), seed=137208, liptrill=2, cards=1),
        "uy_flite_popcorn_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "slt", 1.03), Voice(F, "rms", 0.97)], 137404, 137504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=137211, popcorn=2),
        "uy_festival_stamp_liptrill_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "kal", 1.05), Voice(FEST, "ked", 0.97)], 137405, 137505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=137212, stamp=2, liptrill=1),
        "uy_espeak_cards_popcorn_page_mov": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-029+Lee", 0.98), Voice(E, "en-us+Henrique", 1.01)],
                           137406, 137506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=137213,
            cards=2, popcorn=2, codec="mov"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd85_real_stamp_page_mov", "rd85_real_liptrill_dashes_caf", "rd85_real_popcorn_plain",
                 "rd85_flite_cards_stamp_page", "rd85_espeak_liptrill_popcorn_cards"],
         "aside": ["uy_real_stamp_page", "uy_real_liptrill_plain_caf", "uy_real_cards_dashes",
                   "uy_real_popcorn_srt", "uy_real_stamp_vtt_mov", "uy_real_long_mix_caf",
                   "uy_real_liptrill_cards_dashes", "uy_flite_popcorn_plain",
                   "uy_festival_stamp_liptrill_dashes", "uy_espeak_cards_popcorn_page_mov"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the stamp, the lip trills, the cards and the
    popcorn; then aside41_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.stamp, lambda m: stamp(m, spec.seed + 380, spec.stamp)),
             (spec.liptrill, lambda m: liptrill(m, spec.seed + 381, spec.liptrill)),
             (spec.cards, lambda m: cards(m, spec.seed + 382, spec.cards)),
             (spec.popcorn, lambda m: popcorn(m, spec.seed + 383, spec.popcorn))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a41.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
