"""A forty-third aside set nobody has tuned to (``vy_*``, English), and dev twins made the same way (``rd86_*``).

``az_*`` .. ``uy_*`` have each been run once and looked at (``uy_*``, the forty-second, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the forty-two sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``*_cases.py``):

* **an electric car pulling out of the car park outside**, its pedestrian warning sound (the loudspeaker an
  electric car must sound under 20 km/h) playing a harmonic tone on 100-170 Hz (partials at 1/k under 2.5 kHz, a
  second tone 2-5 Hz above it beating against it) that rises a quarter to nearly half as the car gathers speed over
  2.5-4 s and stops as it passes 20 km/h, the tyres' roll under 1 kHz rising with it and dying away as it drives off;
  **each spell's first car begun 0.2-0.6 s before a line's start** (:func:`evcar`): a harmonic sound at a voice's
  pitch under a line's first syllable and just before it;
* **someone scraping burnt toast with a knife** over the sink: bouts of 3-6 strokes of 50-140 ms back and forth,
  each the blade's edge catching on the crust (noise at 0.3-7.5 kHz, on within 2 ms, gritty: chopped 60-150 times a
  second as the blade sticks and slips) over the plate's rumble on the worktop (noise under 300 Hz); **a bout begun
  10-60 ms after every line end in the spell**, the spell begun on one, **the strokes' lows 10-15 dB over the room's
  floor under 300 Hz** (:func:`toast`): a short broadband scrape hard on a line's end, lows and all;
* **a shop's roller shutter going up next door**: the tubular motor's brake released with a clunk (70-130 Hz), its
  gearbox whining on 350-700 Hz (partials at 1/k^2 under 3 kHz) for 5-10 s, the slats clacking onto the drum
  (knocks at 0.4-3 kHz dying over 4-10 ms) at 3.5-6 a second and quickening a fifth as the coil grows, stopping on
  the top's clunk (:func:`roller`): stop-like knocks at a syllable's pace over a held tone, struck at both ends;
* **someone folding laundry, shaking out each towel**: a towel swung through the air (a whoosh under 1.5 kHz
  swelling over 0.15-0.3 s) that snaps taut (a crack at 0.5-7 kHz, loudest at once, dying over 3-8 ms, with the air's
  thump under 200 Hz), one or two shakes 0.5-0.8 s apart, then the towel folded (a soft rustle at 0.3-4 kHz for 1-2
  s), a towel every 3-5 s (:func:`towels`): a fricative's swell ending in a plosive-like snap;
* containers no set had: **IMA 4:1 ADPCM in a Core Audio file** (``.caf``, 22.05 kHz, ``ima4``: what ``afconvert -d
  ima4`` and an iOS app's compressed recording write; the sets' IMA ADPCM went in AIFF, a MOV and an AVI, their CAF
  held ALAC, 24-bit big-endian PCM and 32-bit float) and **16-bit big-endian linear PCM in a Sun/NeXT audio file**
  (``.au``, 16 kHz, encoding 3: what Java Sound's ``AudioSystem.write`` and a Unix workstation's tools write; the
  sets' AU held mu-law only);
* voices at speeds they never had, everyday ones again: flite ``kal`` x1.02 and ``awb`` x0.98, festival ``slt_hts``
  x0.98 and ``kal`` x1.03 (dev: flite ``slt`` x0.96, ``rms`` x1.03); espeak-ng variants no English talk had at these
  speeds.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``vy_*``, once (``run.py --aside43``); its packages and the
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
import aside26_cases as a26
import aside30_cases as a30
import aside31_cases as a31
import aside42_cases as a42
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _edges, _spell_end = a42._put, a42._peak_one, a42._edges, a42._spell_end
_decaying, laid_at, line_end_near = a42._decaying, a42.laid_at, a42.line_end_near
#: Every kind's spells: 12-24 dB under the speech over the spell.
UNDER = a42.UNDER


def _knock(low: float, high: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """A thing struck: noise between ``low`` and ``high`` Hz, loudest at once and dying by e every ``decay`` s, 10
    decays long.  Unit peak."""
    m = int(10 * decay * RATE)
    return _peak_one(a30._band(rng.normal(size=m), low, high) * np.exp(-np.arange(m) / (decay * RATE)))


# ------------------------------------------------------------------ an electric car pulling out of the car park
#: A spell's first car starts this long before a line's start (s): its warning tone under the line's first syllable.
BEFORE_START = (0.2, 0.6)
#: The warning tone's partials go up to this (Hz); a second tone this many Hz over the first beats against it.
TONE_TOP, BEAT = 2500.0, (2.0, 5.0)


def line_start_near(made: Made, n: int, j: int, count: int, share: float, prng: random.Random) -> Optional[float]:
    """A line start of ``made`` (``n`` samples) drawn in the first ``share`` of the ``j``-th of ``count`` equal
    stretches, the stretch's first where none lies there, None where the stretch holds no line start (the starts'
    twin of aside42_cases.line_end_near)."""
    low, high, top = (j / count * n / RATE, (j + share) / count * n / RATE, (j + 1) / count * n / RATE)
    starts = [s["start"] for s in made.segments if s.get("start") is not None and low <= s["start"] < top]
    near = [s for s in starts if s < high] or starts[:1]
    return prng.choice(near) if near else None


def warning_tone(f0: np.ndarray, beat: float) -> np.ndarray:
    """An electric car's pedestrian warning sound on the pitch track ``f0`` (Hz, a sample each): a harmonic series
    (partials at 1/k under :data:`TONE_TOP`) and a second one ``beat`` Hz above it at 70 %, the two beating as the
    loudspeaker's two oscillators do.  Unit peak."""
    return _peak_one(a31._harmonics(f0, 1.0, TONE_TOP) + 0.7 * a31._harmonics(f0 + beat, 1.0, TONE_TOP))


def pulling_away(pitch: float, rise: float, accel: float, beat: float, rng: np.random.Generator) -> np.ndarray:
    """One electric car pulling away: its warning tone (:func:`warning_tone`) from ``pitch`` Hz rising by ``rise``
    (of ``pitch``) as the car gathers speed over ``accel`` s, on over 0.15 s and cut over 0.3 s as the car passes
    20 km/h at ``accel`` s; the tyres' roll (noise under 1 kHz) rising with the speed to 40 % of the tone's RMS and
    dying by e every 0.5 s after.  Unit peak, ``accel`` + 1.5 s long."""
    k, held = int((accel + 1.5) * RATE), int(accel * RATE)
    t = np.arange(k) / RATE
    speed = np.minimum(1.0, t / accel)
    tone = np.zeros(k)
    tone[:held] = _edges(warning_tone(pitch * (1.0 + rise * speed[:held]), beat), 0.15, 0.3)
    tyres = a21._low(rng.normal(size=k), 1000.0)
    tyres *= speed * np.exp(-np.maximum(0.0, t - accel) / 0.5)
    tyres *= 0.4 * np.std(tone[:held]) / (np.std(tyres[:held]) + 1e-12)
    return _peak_one(tone + tyres)


def car_park(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of electric cars pulling out of a car park: cars (:func:`pulling_away`, each from 100-170 Hz
    rising by 25-45 % over 2.5-4 s, its second tone 2-5 Hz over), the first at once, each next 0.8-2 s after the
    last one's tone stopped, none begun after ``seconds`` - 2 s.  Returns the spell and what it was (cars: (start,
    tone's end, Hz, rise))."""
    out, t = np.zeros(int((seconds + 8.0) * RATE)), 0.0
    what: dict = {"cars": []}
    while t < seconds - 2.0 or not what["cars"]:
        pitch, rise, accel = prng.uniform(100.0, 170.0), prng.uniform(0.25, 0.45), prng.uniform(2.5, 4.0)
        _put(out, t, pulling_away(pitch, rise, accel, prng.uniform(*BEAT), rng) * prng.uniform(0.85, 1.0))
        what["cars"].append((t, t + accel, pitch, rise))
        t += accel + prng.uniform(0.8, 2.0)
    return _spell_end(out, seconds, what["cars"][-1][1] + 1.5), what


def evcar(made: Made, seed: int, spells: int) -> Made:
    """Electric cars pulling out of the car park outside, ``spells`` spells of 4-11 s (:func:`car_park`), one in
    each of ``spells`` equal stretches of the talk, each begun 0.2-0.6 s before a line's start
    (:func:`line_start_near`: the first car's warning tone under the line's first syllable), then over lines and
    pauses alike, 12-24 dB under the speech over the spell.  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        sound, what = car_park(prng.uniform(4.0, 8.0), rng, prng)
        start = line_start_near(made, len(added), j, count, 0.5, prng)
        at = (max(0.0, start - prng.uniform(*BEFORE_START)) if start is not None
              else prng.uniform(j, j + 0.5) / count * len(added) / RATE)
        return f"{laid_at(added, sound, at, speech, prng)}; {len(what['cars'])} cars)"

    return a26._one_in_each_stretch(made, seed, spells, lay, "an electric car pulling out of the car park")


# ------------------------------------------------------------------ someone scraping burnt toast with a knife
#: After each line end in a spell a bout of strokes begins this much later (s): the knife goes on as a line ends.
AFTER_END = (0.01, 0.06)
#: The plate's rumble lies under this (Hz); the strokes' lows stand this many dB over the room's floor there.
LOWS, OVER_FLOOR = 300.0, (10.0, 15.0)


def scrape_stroke(seconds: float, grit: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """One stroke of a knife across burnt toast, ``seconds`` s: the blade's edge on the crust (noise at 0.3-7.5 kHz,
    chopped ``grit`` times a second to 35 % and back as the blade sticks and slips) and the plate's rumble on the
    worktop (noise under :data:`LOWS` Hz, held as long), both on within 2 ms and off over 10 ms.  Returns the two
    apart (the edge at unit peak, the rumble at unit RMS) so the spell can lay the lows at their own level."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    stick = 0.35 + 0.65 * (0.5 + 0.5 * np.cos(2 * np.pi * grit * t + rng.uniform(0, 2 * np.pi)))
    edge = _edges(a30._band(rng.normal(size=k), 300.0, 7500.0) * stick, 0.002, 0.01)
    rumble = _edges(a21._low(rng.normal(size=k), LOWS), 0.002, 0.01)
    return _peak_one(edge), rumble / (sc._rms(rumble) + 1e-12)


def scrape_times(seconds: float, ends: list, prng: random.Random) -> list:
    """When bouts of scraping begin in ``seconds`` s (the first at 0): every 1-2.5 s, and 10-60 ms after each of
    ``ends`` (line ends, s into the spell) -- a bout due less than 0.6 s before such an end's goes on it instead --
    none after ``seconds`` - 0.6 s."""
    due = sorted(e + prng.uniform(*AFTER_END) for e in ends if 0.6 < e < seconds - 0.7)
    times = [0.0]
    while True:
        t = times[-1] + prng.uniform(1.0, 2.5)
        after = [d for d in due if d > times[-1] + 0.6]
        if after and after[0] < t + 0.6:
            t = after[0]
        if t > seconds - 0.6:
            return times
        times.append(t)


def scraping(seconds: float, ends: list, rng: np.random.Generator,
             prng: random.Random) -> tuple[np.ndarray, np.ndarray, dict]:
    """``seconds`` s of someone scraping burnt toast: bouts (:func:`scrape_times`, one 10-60 ms after each of
    ``ends``) of 3-6 strokes (:func:`scrape_stroke`, 50-140 ms, the grit at 60-150 a second) back and forth 0.12-0.2
    s apart (a bout never running into the next).  Returns the edge's sound and the rumble's apart (:func:`toast`
    lays them at their own levels) and what it was (bouts: starts; strokes: (start, end); grit)."""
    grit = prng.uniform(60.0, 150.0)
    bouts = scrape_times(seconds, ends, prng)
    edge, rumble = np.zeros(int((seconds + 1.0) * RATE)), np.zeros(int((seconds + 1.0) * RATE))
    strokes = []
    for b, nxt in zip(bouts, bouts[1:] + [seconds + 0.6]):
        t = b
        for _ in range(prng.randint(3, 6)):
            length = prng.uniform(0.05, 0.14)
            if t + length > nxt - 0.05:
                break
            e, r = scrape_stroke(length, grit, rng)
            gain = prng.uniform(0.8, 1.0)
            _put(edge, t, e * gain)
            _put(rumble, t, r * gain)
            strokes.append((t, t + length))
            t += length + prng.uniform(0.12, 0.2)
    end = strokes[-1][1]
    return (_spell_end(edge, seconds, end), _spell_end(rumble, seconds, end),
            {"bouts": bouts, "strokes": strokes, "grit": grit})


def floor_under(room: tuple, speech: float) -> float:
    """The room's floor under :data:`LOWS` Hz (RMS): its bed (``room``: kind, dB under the speech, as a spec writes
    it; aside4_cases.add_room lays it so) at ``speech`` RMS, the share of it under :data:`LOWS` Hz measured on 4 s
    of the bed made with a seed of its own."""
    kind, under = room
    bed = sc.background(4 * RATE, kind, np.random.default_rng(4300))
    return speech * 10 ** (-under / 20) * sc._rms(a21._low(bed, LOWS)) / sc._rms(bed)


def toast(made: Made, seed: int, spells: int, room: tuple = ("pink", 36.0)) -> Made:
    """Someone scraping burnt toast with a knife over the sink, ``spells`` spells of 5-10 s (:func:`scraping`), one
    in each of ``spells`` equal stretches of the talk, each begun 10-60 ms after a line's end
    (aside42_cases.line_end_near) and with a bout 10-60 ms after every line end it spans, in lines and pauses alike,
    12-24 dB under the speech over the spell, **the strokes' lows 10-15 dB over the room's floor under 300 Hz**
    (:func:`floor_under`; ``room`` as the case's spec writes it).  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        seconds = prng.uniform(5.0, 10.0)
        end = line_end_near(made, len(added), j, count, 0.5, prng)
        at = (end + prng.uniform(*AFTER_END) if end is not None
              else prng.uniform(j, j + 0.5) / count * len(added) / RATE)
        ends = [s["end"] - at for s in made.segments if at < s["end"] < at + seconds]
        edge, rumble, what = scraping(seconds, ends, rng, prng)
        i = int(at * RATE)
        k = min(len(edge), len(added) - i)
        db, over = prng.uniform(*UNDER), prng.uniform(*OVER_FLOOR)
        lows = rumble[:k] * floor_under(room, speech) * 10 ** (over / 20)  # each stroke's rumble at its level
        total = speech * 10 ** (-db / 20)  # the spell's RMS; the edge makes up what the lows leave
        edge_power = max(total ** 2 - np.mean(lows ** 2), 0.25 * total ** 2)
        added[i:i + k] += edge[:k] * np.sqrt(edge_power / (np.mean(edge[:k] ** 2) + 1e-20)) + lows
        return (f"{at:.2f}-{(i + k) / RATE:.2f} s ({db:.0f} dB under; lows {over:.0f} dB over the room's floor; "
                f"{len(what['bouts'])} bouts, {len(what['strokes'])} strokes)")

    return a26._one_in_each_stretch(made, seed, spells, lay, "someone scraping burnt toast")


# ------------------------------------------------------------------ a shop's roller shutter going up next door
def clunk(rng: np.random.Generator) -> np.ndarray:
    """The motor's brake let go or caught: the shutter's box ringing on 70-130 Hz dying over 40 ms and a knock at
    0.2-1.5 kHz dying over 8 ms at half of it.  Unit peak, 0.4 s long."""
    body = _decaying(rng.uniform(70.0, 130.0), 0.04, 0.4, rng)
    knock = _knock(200.0, 1500.0, 0.008, rng)
    body[:len(knock)] += 0.5 * knock
    return _peak_one(body)


def shutter_going_up(seconds: float, whine: float, rate: float, rng: np.random.Generator) -> tuple[np.ndarray, list]:
    """A roller shutter going up for ``seconds`` s: a clunk (:func:`clunk`) as the brake lets go, the gearbox's
    whine on ``whine`` Hz (partials at 1/k^2 under 3 kHz, wavering 1 % at 4 Hz, on over 0.2 s and off over 0.15 s),
    the slats clacking onto the drum (knocks at 0.4-3 kHz dying over 4-10 ms, at 50-100 %) from ``rate`` a second
    quickening to a fifth over it as the coil grows, and a clunk at the top.  Returns the sound (unit peak) and the
    clacks' times."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    f0 = whine * (1.0 + 0.01 * np.sin(2 * np.pi * 4.0 * t + rng.uniform(0, 2 * np.pi)))
    out = np.zeros(k + int(0.45 * RATE))
    out[:k] += 0.5 * _edges(_peak_one(a31._harmonics(f0, 2.0, 3000.0)), 0.2, 0.15)
    clacks, at = [], 0.3
    while at < seconds - 0.25:
        clacks.append(at)
        _put(out, at, _knock(400.0, 3000.0, rng.uniform(0.004, 0.01), rng) * rng.uniform(0.5, 1.0))
        at += 1.0 / (rate * (1.0 + 0.5 * at / seconds))
    _put(out, 0.0, clunk(rng))
    _put(out, seconds, clunk(rng))
    return _peak_one(out), clacks


def roller(made: Made, seed: int, spells: int) -> Made:
    """A shop's roller shutter going up next door, ``spells`` spells of 5-10 s (:func:`shutter_going_up`, the whine
    on 350-700 Hz, the slats at 3.5-6 a second), one in each of ``spells`` equal stretches of the talk, in lines and
    pauses alike, 12-24 dB under the speech over the spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        whine, rate = prng.uniform(350.0, 700.0), prng.uniform(3.5, 6.0)
        sound, clacks = shutter_going_up(prng.uniform(5.0, 9.5), whine, rate, rng)
        return sound, f"whine {whine:.0f} Hz, {len(clacks)} slats"

    return one_sound_in_each_stretch(made, seed, spells, "a shop's roller shutter going up", 0.5, UNDER, one)


# ------------------------------------------------------------------ someone folding laundry, shaking out towels
def towel_shake(swing: float, rng: np.random.Generator) -> np.ndarray:
    """A towel shaken out: swung through the air for ``swing`` s (a whoosh, noise at 80-1500 Hz swelling as a
    quarter sine, to 30 % of the snap's peak), then snapping taut (a crack at 0.5-7 kHz, loudest at once, dying over
    3-8 ms, and the air's thump under 200 Hz dying over 25 ms at 60 %).  Unit peak; the snap at ``swing`` s."""
    k, m = int(swing * RATE), int(0.15 * RATE)
    whoosh = _peak_one(a30._band(rng.normal(size=k), 80.0, 1500.0) * np.sin(0.5 * np.pi * np.arange(k) / k))
    crack = _knock(500.0, 7000.0, rng.uniform(0.003, 0.008), rng)
    thump = _peak_one(a21._low(rng.normal(size=m), 200.0) * np.exp(-np.arange(m) / (0.025 * RATE)))
    snap = np.zeros(m)
    snap[:len(crack)] += crack
    snap += 0.6 * thump
    return np.concatenate([0.3 * whoosh, _peak_one(snap)])


def fold_rustle(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A towel folded: ``seconds`` s of cloth on cloth, noise at 0.3-4 kHz wavering at 3 Hz, on and off over 0.1 s.
    Unit peak."""
    k = int(seconds * RATE)
    waver = 0.6 + 0.4 * np.sin(2 * np.pi * 3.0 * np.arange(k) / RATE + rng.uniform(0, 2 * np.pi))
    return _peak_one(_edges(a30._band(rng.normal(size=k), 300.0, 4000.0) * waver, 0.1, 0.1))


def folding(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone folding laundry: towels every 3-5 s, each shaken out once or twice (:func:`towel_shake`,
    a swing of 0.15-0.3 s, shakes 0.5-0.8 s apart) and folded 0.2 s after its last snap (:func:`fold_rustle`, 1-2 s,
    at 15 %), the first towel at once, none begun after ``seconds`` - 2 s.  Returns the spell and what it was
    (snaps: times; shakes: (start, snap); folds: (start, end))."""
    out, t = np.zeros(int((seconds + 7.0) * RATE)), 0.0
    what: dict = {"snaps": [], "shakes": [], "folds": []}
    while t < seconds - 2.0 or not what["snaps"]:
        towel, at = t, t
        for s in range(prng.randint(1, 2)):
            at += prng.uniform(0.5, 0.8) if s else 0.0
            swing = prng.uniform(0.15, 0.3)
            _put(out, at, towel_shake(swing, rng) * prng.uniform(0.8, 1.0))
            what["shakes"].append((at, at + swing))
            what["snaps"].append(at + swing)
            at += swing
        fold = prng.uniform(1.0, 2.0)
        _put(out, at + 0.2, 0.15 * fold_rustle(fold, rng))
        what["folds"].append((at + 0.2, at + 0.2 + fold))
        t = towel + prng.uniform(3.0, 5.0)
    return _spell_end(out, seconds, what["folds"][-1][1]), what


def towels(made: Made, seed: int, spells: int) -> Made:
    """Someone folding laundry beside the microphone, shaking out each towel, ``spells`` spells of 5-13 s
    (:func:`folding`), one in each of ``spells`` equal stretches of the talk, in lines and pauses alike, 12-24 dB
    under the speech over the spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = folding(prng.uniform(5.0, 9.0), rng, prng)
        return sound, f"{len(what['folds'])} towels, {len(what['snaps'])} snaps"

    return one_sound_in_each_stretch(made, seed, spells, "someone folding laundry", 0.5, UNDER, one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).  FFmpeg's CAF muxer writes IMA
#: ADPCM as Apple's ``ima4`` (packets of 64 samples, 34 bytes each); its AU muxer writes 16-bit big-endian PCM as the
#: Sun/NeXT header's encoding 3.
CODECS = {
    "caf": ("caf", "caf", "adpcm_ima_qt", 0, 22050, 1024, None, "IMA 4:1 ADPCM (22.05 kHz) in a Core Audio file, "
            "as afconvert and an iOS app's compressed recording write it"),
    "au": ("au", "au", "pcm_s16be", 0, 16000, 1024, None, "16-bit big-endian linear PCM (16 kHz) in a Sun/NeXT "
           "audio file, as Java Sound and a Unix workstation's tools write it"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FortyThirdSpoilers(a42.FortySecondSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside42_cases.FortySecondSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside43_languages.LangSpec)."""

    evcar: int = 0  #: this many spells of electric cars pulling out of a car park (0: none)
    toast: int = 0  #: this many spells of someone scraping burnt toast (0: none)
    roller: int = 0  #: this many spells of a shop's roller shutter going up (0: none)
    towels: int = 0  #: this many spells of someone folding laundry, shaking out towels (0: none)


@dataclass
class Spec(a10.Spec, FortyThirdSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd86_real_evcar_page_caf": Spec(d, "real", "page", real=R(139801, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4)),
                                         room=("pink", 36), seed=139811, evcar=2, codec="caf"),
        "rd86_real_toast_dashes_au": Spec(d, "real", "dashes", real=R(139802, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.5)),
                                          room=("pink", 34), seed=139812, toast=2, codec="au"),
        "rd86_real_roller_plain": Spec(d, "real", real=R(139803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                         long_pauses=0.3),
                                       room=("murmur", 36), seed=139813, roller=2),
        "rd86_flite_towels_toast_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "slt", 0.96), Voice(F, "rms", 1.03)], 139401, 139501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=139814, towels=1, toast=1),
        "rd86_espeak_evcar_roller_towels": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+Alvaro", 1.02), Voice(E, "en-us+Annie", 0.98)], 139403,
                           139503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=139816, evcar=1,
            roller=1, towels=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside43)
        "vy_real_evcar_page": Spec(a, "real", "page", real=R(139101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                   room=("pink", 36), seed=139201, evcar=3),
        "vy_real_toast_plain_caf": Spec(a, "real", real=R(139102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                        room=("pink", 36), seed=139202, toast=3, codec="caf"),
        "vy_real_roller_dashes": Spec(a, "real", "dashes", real=R(139103, 16, wideband=False, snr_db=q,
                                                                  gap=(0.5, 1.4), long_pauses=0.3),
                                      room=("pink", 38), seed=139203, roller=2),
        "vy_real_towels_srt": Spec(a, "real", "srt", real=R(139104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                   room=("pink", 36), seed=139204, towels=3),
        "vy_real_evcar_vtt_au": Spec(a, "real", "vtt", real=R(139105, 16, wideband=True, snr_db=q,
                                                              gap=(0.4, 1.5)),
                                     room=("murmur", 36), seed=139205, evcar=2, codec="au"),
        "vy_real_long_mix_au": Spec(a, "real", "page", real=R(139106, 80, wideband="parts", snr_db=q,
                                                              gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                    room=("pink", 40), seed=139206, evcar=4, toast=4, roller=3, towels=3,
                                    codec="au"),
        "vy_real_toast_towels_dashes": Spec(a, "real", "dashes", real=R(139108, 16, wideband=True, snr_db=q,
                                                                        gap=(0.4, 1.4)),
                                            room=("murmur", 34), seed=139208, toast=2, towels=1),
        "vy_flite_roller_evcar_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 1.02), Voice(F, "awb", 0.98)], 139404, 139504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=139211, roller=2, evcar=1),
        "vy_festival_toast_evcar_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 0.98), Voice(FEST, "kal", 1.03)], 139405, 139505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=139212, toast=2, evcar=1),
        "vy_espeak_towels_roller_page_caf": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us+Mr_serious", 1.01), Voice(E, "en-gb+Andrea", 0.98)],
                           139406, 139506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=139213,
            towels=2, roller=2, codec="caf"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd86_real_evcar_page_caf", "rd86_real_toast_dashes_au", "rd86_real_roller_plain",
                 "rd86_flite_towels_toast_page", "rd86_espeak_evcar_roller_towels"],
         "aside": ["vy_real_evcar_page", "vy_real_toast_plain_caf", "vy_real_roller_dashes",
                   "vy_real_towels_srt", "vy_real_evcar_vtt_au", "vy_real_long_mix_au",
                   "vy_real_toast_towels_dashes", "vy_flite_roller_evcar_plain",
                   "vy_festival_toast_evcar_dashes", "vy_espeak_towels_roller_page_caf"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the electric cars, the toast scraped (its lows
    set by the spec's room), the roller shutter and the towels; then aside42_cases.spoil's (the room's noise among
    them, none of its own switched on; it turns the finished talk down where a sample would clip).  Each draws on
    the case's seed and a number of its own."""
    heard = [(spec.evcar, lambda m: evcar(m, spec.seed + 390, spec.evcar)),
             (spec.toast, lambda m: toast(m, spec.seed + 391, spec.toast, spec.room)),
             (spec.roller, lambda m: roller(m, spec.seed + 392, spec.roller)),
             (spec.towels, lambda m: towels(m, spec.seed + 393, spec.towels))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a42.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
