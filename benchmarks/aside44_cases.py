"""A forty-fourth aside set nobody has tuned to (``wy_*``, English), and dev twins made the same way (``rd87_*``).

``az_*`` .. ``vy_*`` have each been run once and looked at (``vy_*``, the forty-third, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the forty-three sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``*_cases.py``):

* **the speaker setting a mug down on the desk before each line**, a sip of tea between lines: the desk's knock
  (its top thumping on 90-160 Hz and noise under 300 Hz, dying over 15-30 ms) and the mug's glaze ringing (three
  partials at 1-1.9 kHz x 1, 2.32, 3.85, the lowest dying by e every 45-130 ms: a ring of 0.1-0.3 s to 20 dB
  down); **the mug lands 60-200 ms before every line start in the spell**, the spell begun on one, **the knock's lows
  15-30 dB over the room's floor under 300 Hz** (:func:`mug`): a struck sound, lows and all, that a start put on it
  comes early;
* **a singing bowl sung over each line's end**, a meditation class's bowl: a mallet rubbed round its rim swells a
  held tone on 180-400 Hz with the bowl's inharmonic partials (x 2.71, x 5.15, each a doublet beating 1-4 Hz) and
  the rim's friction hiss, **held from 0.4-1.0 s before every line end in the spell and running on 100-300 ms past
  it, fading over its last 60-120 ms** as the hand damps the bowl, **12-18 dB under the speech while it sounds**
  (:func:`bowl`): a voiced, held sound in which the voice's own fade is buried;
* **a coin spun on the table**: a flick, then the coin rolling on its rim, its contacts ticking (noise at 2-7.5 kHz
  and the coin's ring on 4-7 kHz dying over 15 ms) 8-15 a second at first and quickening, as the coin settles, to
  60-110 a second -- a buzz at a voice's pitch -- until it falls flat with a clatter and stops at once
  (:func:`coin`): clicks whose rate sweeps up into a voice's range, then a sudden silence;
* **a plastic ruler twanged on the desk's edge**: the ruler's free end slapping the desk on every swing -- a buzz
  with harmonics to 3.5 kHz on 60-180 Hz, rising 10-50 % as the ruler is drawn back over the edge, dying by e every
  0.15-0.4 s -- each twang begun by the pluck's click (:func:`ruler`): glottal-like pulses at a voice's pitch, struck
  at once and gliding;
* containers no set had: **16-bit linear PCM in a mirrorless camera's MP4** (``.mp4``, 48 kHz, with an H.264
  picture: the LPCM track a camera's XAVC S-style MP4 holds; the sets' MP4 held E-AC-3, AC-3, MP3 and Opus) and
  **G.711 A-law in a QuickTime movie** (``.mov``, 8 kHz, ``alaw``, with a Motion-JPEG picture: an IP camera's
  clip; the sets' MOV held AAC, IMA ADPCM and 16/24-bit PCM, their A-law went in a WAV);
* voices at speeds they never had, everyday ones again: flite ``awb`` x1.02 and ``slt`` x0.98, festival ``ked``
  x1.03 and ``slt_hts`` x0.97 (dev: flite ``kal`` x1.03, ``rms`` x0.98); espeak-ng variants no English talk had at
  these speeds.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``wy_*``, once (``run.py --aside44``); its packages and the
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
import aside43_cases as a43
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _edges, _spell_end, _knock = a42._put, a42._peak_one, a42._edges, a42._spell_end, a43._knock
_decaying, line_end_near, line_start_near = a42._decaying, a42.line_end_near, a43.line_start_near
#: Every kind's spells: 12-24 dB under the speech over the spell.
UNDER = a42.UNDER
#: The knock's lows lie under this (Hz): the room's floor there is aside43_cases.floor_under's.
LOWS, floor_under = a43.LOWS, a43.floor_under


def _db_under(part: np.ndarray, speech: float) -> float:
    """How far (dB) ``part``'s RMS lies under ``speech`` (RMS): what a spell laid at two levels of its own notes."""
    return 20 * np.log10(speech / (sc._rms(part) + 1e-20))


def _laid_in_two(added: np.ndarray, at: float, sound: np.ndarray, lows: np.ndarray, lows_level: float,
                 total: float) -> tuple[int, int]:
    """``lows`` (the spell's lows, each at unit RMS where it is measured) laid from ``at`` s at ``lows_level``, and
    ``sound`` (the rest of the spell) scaled to make the spell's RMS ``total`` -- never under half of it, so a spell
    whose lows already fill it stays heard above them.  Cut at the talk's end; returns the samples laid (i, k)."""
    i = int(at * RATE)
    k = min(len(sound), len(lows), len(added) - i)
    low = lows[:k] * lows_level
    power = max(total ** 2 - np.mean(low ** 2), 0.25 * total ** 2)
    added[i:i + k] += sound[:k] * np.sqrt(power / (np.mean(sound[:k] ** 2) + 1e-20)) + low
    return i, k


# ------------------------------------------------------------------ a mug set down on the desk before each line
#: Before each line start in a spell the mug lands this much earlier (s): set down, then the line is said.
BEFORE_START = (0.06, 0.2)
#: The knock's lows stand this many dB over the room's floor under :data:`LOWS` Hz, over its first THUMP s.
OVER_FLOOR, THUMP = (15.0, 30.0), 0.04
#: The glaze's partials (times the lowest) and their amplitudes; each dies faster than the one under it.
GLAZE, GLAZE_AMPS, GLAZE_FASTER = (1.0, 2.32, 3.85), (1.0, 0.6, 0.35), (1.0, 1.6, 2.4)


def mug_ring(ring_hz: float, ring_decay: float, rng: np.random.Generator) -> np.ndarray:
    """A glazed mug ringing once it lands: partials at ``ring_hz`` x :data:`GLAZE`, the lowest dying by e every
    ``ring_decay`` s (0.045-0.13 s: 0.1-0.3 s to 20 dB down), the higher ones faster, over the landing's click (noise
    at 1-6 kHz dying over 1.5 ms).  Unit peak, 8 decays long."""
    seconds = 8 * ring_decay
    ring = sum(a * _decaying(ring_hz * p, ring_decay / f, seconds, rng)
               for p, a, f in zip(GLAZE, GLAZE_AMPS, GLAZE_FASTER))
    click = _knock(1000.0, 6000.0, 0.0015, rng)
    ring[:len(click)] += 0.5 * click[:len(ring)]
    return _peak_one(ring)


def desk_knock(body: float, rng: np.random.Generator) -> np.ndarray:
    """The desk's top knocked by the mug's base: its body on ``body`` Hz dying over 30 ms and noise under
    :data:`LOWS` Hz dying over 15 ms, loudest at once; at unit RMS over its first :data:`THUMP` s (the lows a spell
    lays against the room's floor), 0.2 s long."""
    knock = _decaying(body, 0.03, 0.2, rng)
    m = len(knock)
    thud = a21._low(rng.normal(size=m), LOWS) * np.exp(-np.arange(m) / (0.015 * RATE))
    knock += 0.7 * thud / (np.abs(thud).max() + 1e-12)
    return knock / (sc._rms(knock[:int(THUMP * RATE)]) + 1e-12)


def mug_times(seconds: float, starts: list, prng: random.Random) -> list:
    """When the mug lands in ``seconds`` s (the first time at 0): 60-200 ms before each of ``starts`` (line starts,
    s into the spell) -- one due less than 0.8 s after the last goes -- and, where none is due for 4 s, once more
    2-3 s after the last (set down after a long sip); none after ``seconds`` - 0.3 s."""
    due = sorted(s - prng.uniform(*BEFORE_START) for s in starts if 0.8 < s < seconds - 0.3)
    times = [0.0]
    while True:
        after = [d for d in due if d > times[-1] + 0.8]
        t = after[0] if after and after[0] < times[-1] + 4.0 else times[-1] + prng.uniform(2.0, 3.0)
        if t > seconds - 0.3:
            return times
        times.append(t)


def sipping(seconds: float, starts: list, rng: np.random.Generator,
            prng: random.Random) -> tuple[np.ndarray, np.ndarray, dict]:
    """``seconds`` s of the speaker sipping tea: the mug set down (:func:`desk_knock`, the desk's body on 90-160 Hz,
    and :func:`mug_ring`, the glaze on 1-1.9 kHz ringing e every 45-130 ms, the mug's own for the spell) at
    :func:`mug_times`, each at 75-100 %.  Returns the ring's sound and the knock's apart (:func:`mug` lays them at
    their own levels) and what it was (mugs: times; ring_hz; ring_decay)."""
    ring_hz, ring_decay, body = prng.uniform(1000.0, 1900.0), prng.uniform(0.045, 0.13), prng.uniform(90.0, 160.0)
    times = mug_times(seconds, starts, prng)
    n = int((seconds + 1.5) * RATE)
    ring, lows = np.zeros(n), np.zeros(n)
    for t in times:
        gain = prng.uniform(0.75, 1.0)
        _put(ring, t, mug_ring(ring_hz, ring_decay, rng) * gain)
        _put(lows, t, desk_knock(body, rng) * gain)
    end = times[-1] + 8 * ring_decay
    return (_spell_end(ring, seconds, end), _spell_end(lows, seconds, end),
            {"mugs": times, "ring_hz": ring_hz, "ring_decay": ring_decay})


def mug(made: Made, seed: int, spells: int, room: tuple = ("pink", 36.0)) -> Made:
    """The speaker setting a mug down on the desk before each line, ``spells`` spells of 5-10 s (:func:`sipping`),
    one in each of ``spells`` equal stretches of the talk, each begun 60-200 ms before a line's start
    (aside43_cases.line_start_near) and with a mug 60-200 ms before every line start it spans, in lines and pauses
    alike, 12-24 dB under the speech over the spell, **the knocks' lows 15-30 dB over the room's floor under 300 Hz**
    (:func:`floor_under`; ``room`` as the case's spec writes it).  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        seconds = prng.uniform(5.0, 10.0)
        start = line_start_near(made, len(added), j, count, 0.5, prng)
        at = (max(0.0, start - prng.uniform(*BEFORE_START)) if start is not None
              else prng.uniform(j, j + 0.5) / count * len(added) / RATE)
        starts = [s["start"] - at for s in made.segments if at < s["start"] < at + seconds]
        ring, lows, what = sipping(seconds, starts, rng, prng)
        db, over = prng.uniform(*UNDER), prng.uniform(*OVER_FLOOR)
        i, k = _laid_in_two(added, at, ring, lows, floor_under(room, speech) * 10 ** (over / 20),
                            speech * 10 ** (-db / 20))
        return (f"{at:.2f}-{(i + k) / RATE:.2f} s ({_db_under(added[i:i + k], speech):.0f} dB under; lows "
                f"{over:.0f} dB over the room's floor; {len(what['mugs'])} mugs, ring {what['ring_hz']:.0f} Hz)")

    return a26._one_in_each_stretch(made, seed, spells, lay, "a mug set down on the desk")


# ------------------------------------------------------------------ a singing bowl sung over each line's end
#: The bowl's partials (times its lowest) and their amplitudes: a bowl's modes, not a harmonic series.
BOWL, BOWL_AMPS = (1.0, 2.71, 5.15), (1.0, 0.5, 0.25)
#: Each mode's other half, at this share of it: the beats swell and ebb by 9 dB, never to silence.
DOUBLET = 0.5
#: Each ring begins this long before a line's end and runs on this long past it (s), fading over FADE s at its end.
LEAD, RUN_ON, FADE = (0.4, 1.0), (0.1, 0.3), (0.06, 0.12)
#: While it sounds the bowl lies this many dB under the speech.
SOUNDING_UNDER = (12.0, 18.0)


def singing_bowl(pitch: float, beat: float, seconds: float, fade: float, rng: np.random.Generator) -> np.ndarray:
    """A singing bowl rubbed for ``seconds`` s: its modes at ``pitch`` Hz x :data:`BOWL`, each a doublet whose two
    halves (the second at :data:`DOUBLET`) lie ``beat`` Hz apart (the bowl's uneven wall splitting each mode) and so
    beat, the rim's friction hiss
    (noise at 1-4 kHz, 3 % of the RMS), swelling in over 0.15 s as the mallet takes hold and damped over the last
    ``fade`` s by the hand (a raised cosine).  Unit RMS over its held part."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    tone = sum(a * (np.sin(2 * np.pi * pitch * p * t + rng.uniform(0, 2 * np.pi))
                    + DOUBLET * np.sin(2 * np.pi * (pitch * p + beat) * t + rng.uniform(0, 2 * np.pi)))
               for p, a in zip(BOWL, BOWL_AMPS))
    hiss = a30._band(rng.normal(size=k), 1000.0, 4000.0)
    tone = tone / sc._rms(tone) + 0.03 * hiss / (sc._rms(hiss) + 1e-12)
    tone *= np.minimum(1.0, t / 0.15)
    m = int(fade * RATE)
    tone[k - m:] *= 0.5 + 0.5 * np.cos(np.pi * np.arange(m) / m)
    return tone / sc._rms(tone[int(0.15 * RATE):k - m])


def bowl_rings(seconds: float, ends: list, prng: random.Random) -> list:
    """The rings of ``seconds`` s of the bowl, (start, line end, stop) s into the spell: one over each of ``ends``
    (line ends), the first begun at 0 (the spell begins with it), each next 0.4-1.0 s before its end (never before
    the last ring stopped + 0.3 s), each stopping 0.1-0.3 s after its end; an end too near the last ring's stop goes
    without."""
    rings: list = []
    for e in sorted(ends):
        start = 0.0 if not rings else max(rings[-1][2] + 0.3, e - prng.uniform(*LEAD))
        if rings and (e - start < 0.3 or e > seconds):
            continue
        rings.append((start, e, e + prng.uniform(*RUN_ON)))
    return rings


def meditation(seconds: float, ends: list, rng: np.random.Generator,
               prng: random.Random) -> tuple[np.ndarray, np.ndarray, dict]:
    """``seconds`` s of a singing bowl sung over line ends (:func:`bowl_rings` over ``ends``; :func:`singing_bowl`
    on 180-400 Hz, its doublets 1-4 Hz apart, the bowl's own for the spell, each ring faded over 60-120 ms).  Returns
    the spell, a mask of where it sounds, and what it was (rings: (start, line end, stop); pitch; beat)."""
    pitch, beat = prng.uniform(180.0, 400.0), prng.uniform(1.0, 4.0)
    rings = bowl_rings(seconds, ends, prng)
    n = int((seconds + 0.5) * RATE)
    out, sounding = np.zeros(n), np.zeros(n, bool)
    for start, _, stop in rings:
        part = singing_bowl(pitch, beat, stop - start, prng.uniform(*FADE), rng) * prng.uniform(0.85, 1.0)
        _put(out, start, part)
        sounding[int(start * RATE):int(start * RATE) + len(part)] = True
    end = rings[-1][2]
    return out[:int((end + 0.02) * RATE)], sounding[:int((end + 0.02) * RATE)], {
        "rings": rings, "pitch": pitch, "beat": beat}


def bowl(made: Made, seed: int, spells: int) -> Made:
    """A singing bowl sung over line ends, ``spells`` spells over 5-10 s of the talk (:func:`meditation`), one in each
    of ``spells`` equal stretches, each begun 0.4-1.0 s before a line's end (aside42_cases.line_end_near) and ringing
    over every line end it reaches, running on 100-300 ms past each and fading, in lines and pauses alike, **12-18 dB
    under the speech while it sounds** (the note gives the spell's level too).  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        seconds = prng.uniform(5.0, 10.0)
        end = line_end_near(made, len(added), j, count, 0.5, prng)
        first = end if end is not None else prng.uniform(j + 0.1, j + 0.5) / count * len(added) / RATE
        at = max(0.0, first - prng.uniform(*LEAD))
        ends = [e - at for e in sorted(s["end"] for s in made.segments) if at + 0.3 <= e < at + seconds]
        sound, sounding, what = meditation(seconds, ends or [first - at], rng, prng)
        db = prng.uniform(*SOUNDING_UNDER)
        i = int(at * RATE)
        k = min(len(sound), len(added) - i)
        held = sc._rms(sound[:k][sounding[:k]])
        added[i:i + k] += sound[:k] * speech * 10 ** (-db / 20) / (held + 1e-20)
        return (f"{at:.2f}-{(i + k) / RATE:.2f} s ({_db_under(added[i:i + k], speech):.0f} dB under; {db:.0f} dB "
                f"under while it sounds; {len(what['rings'])} rings on {what['pitch']:.0f} Hz)")

    return a26._one_in_each_stretch(made, seed, spells, lay, "a singing bowl sung over line ends")


# ------------------------------------------------------------------ a coin spun on the table
def coin_contacts(seconds: float, first: float, last: float) -> list:
    """When a coin spun for ``seconds`` s touches the table: ``first`` times a second at once, quickening as the
    cube of the time gone to ``last`` a second as it settles, then a clatter of four contacts 12, 9, 6 and 4 ms apart
    as it falls flat."""
    times, t = [], 0.05
    while t < seconds:
        times.append(t)
        t += 1.0 / (first + (last - first) * (t / seconds) ** 3)
    for gap in (0.012, 0.009, 0.006, 0.004):
        times.append(times[-1] + gap)
    return times


def spinning_coin(seconds: float, first: float, last: float, ring_hz: float,
                  rng: np.random.Generator) -> tuple[np.ndarray, list]:
    """A coin flicked spinning on the table for ``seconds`` s: the flick (noise at 1-5 kHz dying over 3 ms), then
    every contact (:func:`coin_contacts`) a tick (noise at 2-7.5 kHz dying over 0.8 ms) and the coin's ring on
    ``ring_hz`` Hz dying over 15 ms at half of it, each a little louder as the coin settles (60 % to 100 %); silent
    at once after the last.  Returns the sound (unit peak) and the contacts."""
    contacts = coin_contacts(seconds, first, last)
    out = np.zeros(int((contacts[-1] + 0.1) * RATE))
    _put(out, 0.0, _knock(1000.0, 5000.0, 0.003, rng))
    for t in contacts:
        tick = _knock(2000.0, 7500.0, 0.0008, rng)
        ring = _decaying(ring_hz, 0.015, 0.06, rng)
        ring[:len(tick)] += 2.0 * tick[:len(ring)]
        _put(out, t, _peak_one(ring) * (0.6 + 0.4 * min(1.0, t / seconds)))
    return _peak_one(out), contacts


def coin_table(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone spinning a coin on the table: spins (:func:`spinning_coin`, 3-6 s, from 8-15 contacts
    a second to 60-110, the coin ringing on 4-7 kHz, the coin's own for the spell), the first at once, each next
    0.8-2 s after the last fell flat, none begun after ``seconds`` - 3 s.  Returns the spell and what it was (spins:
    (start, flat, first, last))."""
    ring_hz = prng.uniform(4000.0, 7000.0)
    out, t = np.zeros(int((seconds + 7.0) * RATE)), 0.0
    what: dict = {"spins": []}
    while t < seconds - 3.0 or not what["spins"]:
        spin, first, last = prng.uniform(3.0, 6.0), prng.uniform(8.0, 15.0), prng.uniform(60.0, 110.0)
        sound, contacts = spinning_coin(spin, first, last, ring_hz, rng)
        _put(out, t, sound * prng.uniform(0.85, 1.0))
        what["spins"].append((t, t + contacts[-1], first, last))
        t += contacts[-1] + prng.uniform(0.8, 2.0)
    return _spell_end(out, seconds, what["spins"][-1][1] + 0.05), what


def coin(made: Made, seed: int, spells: int) -> Made:
    """Someone spinning a coin on the table, ``spells`` spells of 3-12 s (:func:`coin_table`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 12-24 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = coin_table(prng.uniform(4.0, 9.0), rng, prng)
        return sound, f"{len(what['spins'])} spins"

    return one_sound_in_each_stretch(made, seed, spells, "a coin spun on the table", 0.5, UNDER, one)


# ------------------------------------------------------------------ a ruler twanged on the desk's edge
#: The buzz's partials go up to this (Hz).
TWANG_TOP = 3500.0


def twang(pitch: float, rise: float, decay: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """One twang of a ruler held over the desk's edge, ``seconds`` s: its free end slapping the desk on every swing
    -- a buzz on ``pitch`` Hz (partials at 1/k under :data:`TWANG_TOP`) rising by ``rise`` of it over the twang as the
    ruler is drawn back (a shorter free end swings faster) -- loudest at once and dying by e every ``decay`` s, over
    the pluck's click (noise at 0.5-5 kHz dying over 2 ms, at 60 %).  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    buzz = _peak_one(a31._harmonics(pitch * (1.0 + rise * t / seconds), 1.0, TWANG_TOP)) * np.exp(-t / decay)
    click = _knock(500.0, 5000.0, 0.002, rng)
    buzz[:len(click)] += 0.6 * click[:k]
    return _peak_one(buzz)


def twanging(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone twanging a ruler: twangs (:func:`twang`, on 60-180 Hz rising 10-50 %, dying e every
    0.15-0.4 s, lasting 5 decays) in bursts of one to three, each next once the last has died, bursts every 2-4 s,
    the first at once, none begun after ``seconds`` - 1 s.  Returns the spell and what it was (twangs: (start, end,
    Hz, rise, decay))."""
    out, t = np.zeros(int((seconds + 9.0) * RATE)), 0.0
    what: dict = {"twangs": []}
    while t < seconds - 1.0 or not what["twangs"]:
        at = t
        for _ in range(prng.randint(1, 3)):
            pitch, rise, decay = prng.uniform(60.0, 180.0), prng.uniform(0.1, 0.5), prng.uniform(0.15, 0.4)
            _put(out, at, twang(pitch, rise, decay, 5 * decay, rng) * prng.uniform(0.8, 1.0))
            what["twangs"].append((at, at + 5 * decay, pitch, rise, decay))
            at += 5 * decay
        t = max(at, t + prng.uniform(2.0, 4.0))
    return _spell_end(out, seconds, what["twangs"][-1][1]), what


def ruler(made: Made, seed: int, spells: int) -> Made:
    """Someone twanging a ruler on the desk's edge, ``spells`` spells of 4-11 s (:func:`twanging`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 12-24 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = twanging(prng.uniform(4.0, 8.0), rng, prng)
        return sound, f"{len(what['twangs'])} twangs"

    return one_sound_in_each_stretch(made, seed, spells, "a ruler twanged on the desk", 0.5, UNDER, one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).  FFmpeg's MP4 muxer writes
#: 16-bit PCM as ISO/IEC 23003-5's ``ipcm``; its MOV muxer writes A-law as QuickTime's ``alaw``.
CODECS = {
    "mp4": ("mp4", "mp4", "pcm_s16le", 0, 48000, 1024, "libx264", "16-bit linear PCM (48 kHz) in a mirrorless "
            "camera's MP4 with an H.264 picture"),
    "mov": ("mov", "mov", "pcm_alaw", 0, 8000, 1024, "mjpeg", "G.711 A-law (8 kHz) in a QuickTime movie with a "
            "Motion-JPEG picture, as an IP camera's clip holds it"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FortyFourthSpoilers(a43.FortyThirdSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside43_cases.FortyThirdSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside44_languages.LangSpec)."""

    mug: int = 0  #: this many spells of the speaker setting a mug down before lines (0: none)
    bowl: int = 0  #: this many spells of a singing bowl sung over line ends (0: none)
    coin: int = 0  #: this many spells of someone spinning a coin on the table (0: none)
    ruler: int = 0  #: this many spells of someone twanging a ruler on the desk's edge (0: none)


@dataclass
class Spec(a10.Spec, FortyFourthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd87_real_mug_page_mp4": Spec(d, "real", "page", real=R(141801, 16, wideband=True, snr_db=q,
                                                                 gap=(0.5, 1.4)),
                                       room=("pink", 36), seed=141811, mug=2, codec="mp4"),
        "rd87_real_bowl_dashes_mov": Spec(d, "real", "dashes", real=R(141802, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.5)),
                                          room=("pink", 34), seed=141812, bowl=2, codec="mov"),
        "rd87_real_coin_plain": Spec(d, "real", real=R(141803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                       long_pauses=0.3),
                                     room=("murmur", 36), seed=141813, coin=2),
        "rd87_flite_ruler_mug_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 1.03), Voice(F, "rms", 0.98)], 141401, 141501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=141814, ruler=1, mug=1),
        "rd87_espeak_bowl_coin_ruler": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+Gustave", 1.02), Voice(E, "en-029+Iven", 0.98)], 141403,
                           141503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=141816, bowl=1,
            coin=1, ruler=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside44)
        "wy_real_mug_page": Spec(a, "real", "page", real=R(141101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                 room=("pink", 36), seed=141201, mug=3),
        "wy_real_bowl_plain_mp4": Spec(a, "real", real=R(141102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 36), seed=141202, bowl=3, codec="mp4"),
        "wy_real_coin_dashes": Spec(a, "real", "dashes", real=R(141103, 16, wideband=False, snr_db=q,
                                                                gap=(0.5, 1.4), long_pauses=0.3),
                                    room=("pink", 38), seed=141203, coin=2),
        "wy_real_ruler_srt": Spec(a, "real", "srt", real=R(141104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                  room=("pink", 36), seed=141204, ruler=3),
        "wy_real_mug_vtt_mov": Spec(a, "real", "vtt", real=R(141105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                    room=("murmur", 36), seed=141205, mug=2, codec="mov"),
        "wy_real_long_mix_mp4": Spec(a, "real", "page", real=R(141106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=141206, mug=4, bowl=4, coin=3, ruler=3, codec="mp4"),
        "wy_real_bowl_ruler_dashes": Spec(a, "real", "dashes", real=R(141108, 16, wideband=True, snr_db=q,
                                                                      gap=(0.4, 1.4)),
                                          room=("murmur", 34), seed=141208, bowl=2, ruler=1),
        "wy_flite_coin_mug_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 1.02), Voice(F, "slt", 0.98)], 141404, 141504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=141211, coin=2, mug=1),
        "wy_festival_bowl_mug_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 1.03), Voice(FEST, "slt_hts", 0.97)], 141405, 141505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=141212, bowl=2, mug=1),
        "wy_espeak_ruler_coin_page_mov": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us+Gene", 1.03), Voice(E, "en-gb+Steph3", 0.97)],
                           141406, 141506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=141213,
            ruler=2, coin=2, codec="mov"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd87_real_mug_page_mp4", "rd87_real_bowl_dashes_mov", "rd87_real_coin_plain",
                 "rd87_flite_ruler_mug_page", "rd87_espeak_bowl_coin_ruler"],
         "aside": ["wy_real_mug_page", "wy_real_bowl_plain_mp4", "wy_real_coin_dashes",
                   "wy_real_ruler_srt", "wy_real_mug_vtt_mov", "wy_real_long_mix_mp4",
                   "wy_real_bowl_ruler_dashes", "wy_flite_coin_mug_plain",
                   "wy_festival_bowl_mug_dashes", "wy_espeak_ruler_coin_page_mov"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the mug set down (its lows set by the spec's
    room), the singing bowl, the coin and the ruler; then aside43_cases.spoil's (the room's noise among them, none of
    its own switched on; it turns the finished talk down where a sample would clip).  Each draws on the case's seed
    and a number of its own."""
    heard = [(spec.mug, lambda m: mug(m, spec.seed + 400, spec.mug, spec.room)),
             (spec.bowl, lambda m: bowl(m, spec.seed + 401, spec.bowl)),
             (spec.coin, lambda m: coin(m, spec.seed + 402, spec.coin)),
             (spec.ruler, lambda m: ruler(m, spec.seed + 403, spec.ruler))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a43.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
