"""A forty-first aside set nobody has tuned to (``ty_*``, English), and dev twins made the same way (``rd84_*``).

``az_*`` .. ``sy_*`` have each been run once and looked at (``sy_*``, the fortieth, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the forty sets' "What is
new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``*_cases.py``):

* **a hurdy-gurdy player at the market outside**: tunes of 5-12 s in which a rosined wheel bows the drones without a
  break -- the bourdon on 90-140 Hz, a man's speaking pitch, and the mouche an octave over it, each a bowed string's
  buzz (partials at 1/k under 3 kHz) -- under a melody stepping 2-4 notes a second over 180-840 Hz, and the buzzing
  bridge's rasp (3.2-6 kHz) on every stroke of the crank; the wheel stops over 0.3 s; 1-3 s between tunes, 12-24 dB
  under the speech over the spell (:func:`hurdygurdy`): a bowed drone at a voice's pitch that holds on across any
  line's end, a tune's notes changing at a syllable's pace over it;
* **someone taking notes with a pencil** beside the microphone: words of 2-6 strokes, each graphite dragged over the
  paper's tooth (noise at 1.2-7.8 kHz, most of it over 4 kHz -- an /s/'s band -- in grains of 2 ms, on within 3 ms
  and off within 5 ms) for 60-200 ms with 15-60 ms lifts between, words 0.15-0.5 s apart, 1-3 s between notes; each
  spell's first stroke 10-60 ms after a line's end, as a note-taker writes down what was just said, 12-24 dB under the
  speech over the spell (:func:`pencil`): a hiss like /s/ or /f/ that starts as a line stops;
* **a car outside that will not start**: 2-4 tries of 0.8-2.5 s of the starter motor turning the engine over -- its
  whine on 150-260 Hz (partials at k^-1.5 under 2 kHz) sagging 8 % and swelling 7 dB at each compression, 4-8 a
  second -- 0.8-3 s apart, the last one catching: the engine idling (firing pulses on 25-40 Hz under 1 kHz) 2-4 s and
  the car driving off over 1.5 s, 12-24 dB under the speech over the spell (:func:`starter`): a voiced buzz at a
  voice's pitch pulsing at a syllable's pace, on and off like a line;
* **someone mixing cocktails at the bar**: bouts of 3-8 s shaking ice in a metal tin, 5-8 strokes a second (each end
  in turn), each stroke a clatter of 3-6 cubes striking within 30 ms (clicks of noise at 1.5-7.8 kHz) and the tin
  ringing (partials on 1.8-2.8 kHz dying over 40-80 ms), 2-5 s between drinks, 12-24 dB under the speech over the
  spell (:func:`shaker`): onsets at a fast syllable's pace whose ringing decays as a vowel's tail does;
* containers no set had: **24-bit PCM in a field recorder's Broadcast Wave** (``.bwf``, 48 kHz, a ``bext`` chunk,
  WAVE_FORMAT_EXTENSIBLE: what a Zoom, Tascam or Sound Devices recorder writes for an interview; the sets' BWF held
  MPEG Layer II, their 24-bit PCM went in AIFF, MOV and MXF) and **G.711 mu-law in a doorbell or security camera's
  AVI** (``.avi``, 8 kHz, a Motion-JPEG picture: the clip such a camera exports; the sets' AVI held MP3, IMA and MS
  ADPCM, 16-bit PCM and AC-3, their mu-law went in a Sun AU);
* voices at speeds they never had, everyday ones again: flite ``awb`` x1.05 and ``kal`` x0.95, festival ``slt_hts``
  x1.05 and ``ked`` x0.95 (dev: flite ``rms`` x0.92, ``slt`` x1.08); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``ty_*``, once (``run.py --aside41``); its packages and the
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
import aside30_cases as a30
import aside31_cases as a31
import aside33_cases as a33
import aside34_cases as a34
import aside40_cases as a40
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _edges, _spell_end = a33._put, a33._peak_one, a34._edges, a40._spell_end
#: Every kind's spells: 12-24 dB under the speech over the spell.
UNDER = (12.0, 24.0)


# ------------------------------------------------------------------ a hurdy-gurdy player at the market
#: The melody's steps, in semitones over the mouche (a major pentatonic scale an octave and a half high).
PENTATONIC = (0, 2, 4, 7, 9, 12, 14, 16, 19)
#: How long the wheel takes to stop at a tune's end (s); the chien's rasp on each stroke of the crank (s).
WHEEL_STOP, RASP = 0.3, 0.07


def bowed(f0: np.ndarray) -> np.ndarray:
    """A string bowed by the wheel on the fundamental track ``f0``: its buzz, partials at 1/k under 3 kHz (a bowed
    string's sawtooth, nothing over 3 kHz)."""
    return a31._harmonics(f0, 1.0, 3000.0)


def wheel_drones(pitch: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """The wheel bowing the drones for ``seconds`` s: the bourdon on ``pitch`` Hz and the mouche an octave over it at
    half its amplitude, wavering 0.3 % at 1.5 Hz as the hand turning the crank does, their level held (a wheel never
    changes bow: the drone does not break from one note to the next).  Unit peak."""
    t = np.arange(int(seconds * RATE)) / RATE
    f0 = pitch * (1.0 + 0.003 * np.sin(2 * np.pi * 1.5 * t + rng.uniform(0, 2 * np.pi)))
    return _peak_one(bowed(f0) + 0.5 * bowed(2 * f0))


def chanter(notes: list, seconds: float) -> np.ndarray:
    """The melody string stopped by the keys: each of ``notes`` ((start s, Hz), in order) bowed from its start to the
    next's, the notes joined over 10 ms (legato).  Unit peak."""
    k = int(seconds * RATE)
    f0 = np.empty(k)
    for (a, hz), (b, _) in zip(notes, notes[1:] + [(seconds, 0.0)]):
        f0[int(a * RATE):int(b * RATE)] = hz
    return _peak_one(bowed(np.convolve(f0, np.ones(160) / 160, "same")))


def chien(coups: list, pitch: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """The buzzing bridge (the "chien") rattling on the trompette string at each of ``coups`` (s), the player's wrist
    jerking the crank: a rasp of :data:`RASP` s, the bridge striking the soundboard at the trompette's pitch (twice
    ``pitch``: short noise bursts a period apart) at 3.2-6 kHz, on within 5 ms and falling.  Unit peak."""
    k = int(seconds * RATE)
    out = np.zeros(k)
    n = int(RASP * RATE)
    period = int(RATE / (2 * pitch))
    shape = np.minimum(1.0, np.arange(n) / (0.005 * RATE)) * np.exp(-np.arange(n) / (0.03 * RATE))
    for at in coups:
        taps = np.zeros(n)
        taps[::period] = 1.0
        burst = np.convolve(taps, rng.normal(size=24), "same") * shape
        _put(out, at, burst)
    return _peak_one(a30._band(out, 3200.0, 6000.0))


def hurdy_tune(pitch: float, seconds: float, coups: list, notes: list, rng: np.random.Generator) -> np.ndarray:
    """One tune of ``seconds`` s on a hurdy-gurdy: :func:`wheel_drones` on ``pitch`` Hz, :func:`chanter` playing
    ``notes`` at 70 % of the drones' peak, :func:`chien` at each of ``coups`` at 60 %; the wheel starting over 50 ms and
    stopping over :data:`WHEEL_STOP` s."""
    sound = (wheel_drones(pitch, seconds, rng) + 0.7 * chanter(notes, seconds)
             + 0.6 * chien(coups, pitch, seconds, rng))
    return _edges(sound, 0.05, WHEEL_STOP)


def market_tunes(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a hurdy-gurdy player: tunes of 5-12 s (:func:`hurdy_tune` on one drone of 90-140 Hz, the
    crank's strokes 2-4 a second, a note of :data:`PENTATONIC` over the mouche on each stroke), 1-3 s of nothing
    between tunes, none begun after ``seconds`` - 1 s.  Returns the spell and what it was (tunes: (start, end);
    coups: times; notes: (start, Hz); the drone's pitch; the strokes' rate)."""
    pitch, pace = prng.uniform(90.0, 140.0), prng.uniform(2.0, 4.0)
    out, t = np.zeros(int((seconds + 14.0) * RATE)), prng.uniform(0.0, 1.0)
    what = {"tunes": [], "coups": [], "notes": [], "pitch": pitch, "pace": pace}
    while t < seconds - 1.0 or not what["tunes"]:
        length = prng.uniform(5.0, 12.0)
        coups = list(np.arange(0.1, length - WHEEL_STOP - 0.1, 1.0 / pace))
        notes = [(0.0 if j == 0 else at, 2 * pitch * 2 ** (prng.choice(PENTATONIC) / 12))
                 for j, at in enumerate(coups)]
        _put(out, t, hurdy_tune(pitch, length, coups, notes, rng) * prng.uniform(0.85, 1.0))
        what["tunes"].append((t, t + length))
        what["coups"] += [t + c for c in coups]
        what["notes"] += [(t + a, hz) for a, hz in notes]
        t += length + prng.uniform(1.0, 3.0)
    return _spell_end(out, seconds, what["tunes"][-1][1]), what


def hurdygurdy(made: Made, seed: int, spells: int) -> Made:
    """A hurdy-gurdy player at the market outside, ``spells`` spells of 5-22 s (:func:`market_tunes`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 12-24 dB under the speech over the spell.  Only
    adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = market_tunes(prng.uniform(6.0, 10.0), rng, prng)
        return sound, f"{len(what['tunes'])} tunes on a {what['pitch']:.0f} Hz drone"

    return one_sound_in_each_stretch(made, seed, spells, "a hurdy-gurdy player at the market", 0.5, UNDER, one)


# ------------------------------------------------------------------ someone taking notes with a pencil
def pencil_stroke(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """One stroke of a pencil, graphite dragged over the paper's tooth for ``seconds`` s: noise at 1.2-7.8 kHz with
    its band over 4 kHz twice as strong (most of the power where an /s/'s is), in grains of 2 ms (each tooth of the
    paper at 30-100 %), on within 3 ms (the point lands already moving) and off within 5 ms.  Unit peak."""
    k = int(seconds * RATE)
    noise = rng.normal(size=k)
    hiss = a30._band(noise, 1200.0, 7800.0) + a30._band(noise, 4000.0, 7800.0)
    grains = np.repeat(rng.uniform(0.3, 1.0, size=k // 32 + 1), 32)[:k]
    return _peak_one(_edges(hiss * grains, 0.003, 0.005))


def note_taking(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone taking notes: notes of 3-8 words, each word 2-6 strokes (:func:`pencil_stroke`, 60-200
    ms at 70-100 %) with lifts of 15-60 ms between them, 0.15-0.5 s between words, 1-3 s of nothing between notes (the
    writer listening), the first stroke at once, none begun after ``seconds`` - 1 s.  Returns the spell and what it
    was (strokes, words, notes: (start, end) each)."""
    out, t = np.zeros(int((seconds + 12.0) * RATE)), 0.0
    what = {"strokes": [], "words": [], "notes": []}
    while t < seconds - 1.0 or not what["notes"]:
        note_start = t
        for w in range(prng.randint(3, 8)):
            t += prng.uniform(0.15, 0.5) if w else 0.0
            word_start = t
            for s in range(prng.randint(2, 6)):
                t += prng.uniform(0.015, 0.06) if s else 0.0
                length = prng.uniform(0.06, 0.2)
                _put(out, t, pencil_stroke(length, rng) * prng.uniform(0.7, 1.0))
                what["strokes"].append((t, t + length))
                t += length
            what["words"].append((word_start, t))
        what["notes"].append((note_start, t))
        t += prng.uniform(1.0, 3.0)
    return _spell_end(out, seconds, what["notes"][-1][1]), what


def laid_after_a_line_end(made: Made, added: np.ndarray, sound: np.ndarray, j: int, count: int, share: float,
                          speech: float, prng: random.Random) -> str:
    """``sound`` laid into ``added`` 10-60 ms after the end of a line of ``made`` in the first ``share`` of the
    ``j``-th of ``count`` equal stretches (the first line end in the stretch where none lies there; a time drawn
    there as aside29_cases.laid_in_stretch does where the stretch holds no end), at a level drawn 12-24 dB under
    ``speech`` (RMS) over itself, cut at the talk's end: the "A-B s (N dB under" its note begins with."""
    n = len(added)
    low, high = j / count * n / RATE, (j + share) / count * n / RATE
    ends = [s["end"] for s in made.segments if low <= s["end"] < (j + 1) / count * n / RATE]
    near = [e for e in ends if e < high] or ends[:1]
    if not near:
        return a29.laid_in_stretch(added, sound, j, count, share, speech, UNDER, prng)
    at = prng.choice(near) + prng.uniform(0.01, 0.06)
    db = prng.uniform(*UNDER)
    i = int(at * RATE)
    a25._laid(added, i, sound[:n - i], speech * 10 ** (-db / 20))
    return f"{at:.2f}-{min(n, i + len(sound)) / RATE:.2f} s ({db:.0f} dB under"


def pencil(made: Made, seed: int, spells: int) -> Made:
    """Someone taking notes with a pencil beside the microphone, ``spells`` spells of 5-20 s (:func:`note_taking`),
    one in each of ``spells`` equal stretches of the talk, each begun 10-60 ms after a line's end
    (:func:`laid_after_a_line_end`: the hiss comes as the line stops), then over lines and pauses alike, 12-24 dB
    under the speech over the spell.  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        sound, what = note_taking(prng.uniform(6.0, 10.0), rng, prng)
        said = f"{len(what['notes'])} notes, {len(what['words'])} words"
        return f"{laid_after_a_line_end(made, added, sound, j, count, 0.5, speech, prng)}; {said})"

    return a26._one_in_each_stretch(made, seed, spells, lay, "someone taking notes with a pencil")


# ------------------------------------------------------------------ a car outside that will not start
#: How far the starter's whine sags at each compression, and how much louder it is there (amplitude, 0.45 -> 1).
SAG, LOADED = 0.08, 0.45


def cranking(seconds: float, whine: float, pace: float, rng: np.random.Generator) -> np.ndarray:
    """The starter motor turning the engine over for ``seconds`` s: the motor's whine (a buzz on ``whine`` Hz,
    partials at k^-1.5 under 2 kHz) and the engine's churn (noise under 600 Hz at a fifth of it), both under a load
    that comes ``pace`` times a second (the pistons coming up on compression in turn): at each compression the whine
    sags by :data:`SAG` and swells from :data:`LOADED` to full; on within 20 ms, off within 40 ms.  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    load = 0.5 - 0.5 * np.cos(2 * np.pi * pace * t)
    motor = a31._harmonics(whine * (1.0 - SAG * load), 1.5, 2000.0)
    churn = _peak_one(a21._low(rng.normal(size=k), 600.0))
    return _peak_one(_edges((_peak_one(motor) + 0.2 * churn) * (LOADED + (1 - LOADED) * load), 0.02, 0.04))


def idling(seconds: float, firing: float, rng: np.random.Generator) -> np.ndarray:
    """The engine caught and running for ``seconds`` s: its firing pulses on ``firing`` Hz (partials at 1/k under 1
    kHz) and the exhaust's rumble (noise under 300 Hz at a third), on within 30 ms (it fires at once), the car driving
    off over its last 1.5 s.  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    firing_tone = _peak_one(a31._harmonics(np.full(k, firing), 1.0, 1000.0))
    rumble = _peak_one(a21._low(rng.normal(size=k), 300.0))
    away = np.clip((seconds - t) / 1.5, 0.0, 1.0)
    return _peak_one((firing_tone + 0.33 * rumble) * away * np.minimum(1.0, t / 0.03))


def will_not_start(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a car outside that will not start: tries of 0.8-2.5 s (:func:`cranking`, the whine on 150-260
    Hz, 4-8 compressions a second), 0.8-3 s of nothing between them (the driver waiting), until ``seconds`` - 1 s and
    at least two tries; the last catching (:func:`idling` on 25-40 Hz, 2-4 s, from the last try's end at 80 %).
    Returns the spell and what it was (tries: (start, end); the engine: (start, end); the whine; the pace; the
    firing rate)."""
    whine, pace, firing = prng.uniform(150.0, 260.0), prng.uniform(4.0, 8.0), prng.uniform(25.0, 40.0)
    out, t = np.zeros(int((seconds + 12.0) * RATE)), prng.uniform(0.0, 1.0)
    what = {"tries": [], "whine": whine, "pace": pace, "firing": firing}
    while t < seconds - 1.0 or len(what["tries"]) < 2:
        if what["tries"]:
            t += prng.uniform(0.8, 3.0)
        length = prng.uniform(0.8, 2.5)
        _put(out, t, cranking(length, whine, pace, rng) * prng.uniform(0.85, 1.0))
        what["tries"].append((t, t + length))
        t += length
    running = prng.uniform(2.0, 4.0)
    _put(out, t, 0.8 * idling(running, firing, rng))
    what["engine"] = (t, t + running)
    return _spell_end(out, seconds, t + running), what


def starter(made: Made, seed: int, spells: int) -> Made:
    """A car outside that will not start, ``spells`` spells of 5-22 s (:func:`will_not_start`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 12-24 dB under the speech over the spell.  Only
    adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = will_not_start(prng.uniform(5.0, 9.0), rng, prng)
        return sound, f"{len(what['tries'])} tries, the whine on {what['whine']:.0f} Hz"

    return one_sound_in_each_stretch(made, seed, spells, "a car outside that will not start", 0.5, UNDER, one)


# ------------------------------------------------------------------ someone mixing cocktails at the bar
#: The shaker tin's modes over its lowest (a metal can's), and their amplitudes.
TIN_MODES, TIN_AMPS = (1.0, 1.58, 2.35), (1.0, 0.5, 0.3)


def shake_stroke(ring: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """The ice thrown against one end of a cocktail shaker: 3-6 cubes striking within 30 ms (each a click of noise at
    1.5-7.8 kHz dying over 2 ms) and the tin ringing (:data:`TIN_MODES` on ``ring`` Hz, dying over ``decay`` s, at
    half the clicks' peak).  Unit peak, five decays long."""
    n = int(5 * decay * RATE)
    t = np.arange(n) / RATE
    clatter = np.zeros(n)
    for at in sorted(rng.uniform(0.0, 0.03, size=int(rng.integers(3, 7)))):
        m = int(0.01 * RATE)
        click = rng.normal(size=m) * np.exp(-np.arange(m) / (0.002 * RATE))
        _put(clatter, at, click * rng.uniform(0.5, 1.0))
    clatter = _peak_one(a30._band(clatter, 1500.0, 7800.0))
    tin = sum(a * np.sin(2 * np.pi * ring * f * t + rng.uniform(0, 2 * np.pi)) for f, a in zip(TIN_MODES, TIN_AMPS))
    tin = _peak_one(tin * np.exp(-t / decay) * np.minimum(1.0, t / 0.001))
    return _peak_one(clatter + 0.5 * tin)


def mixing_drinks(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of cocktails shaken at the bar: bouts of 3-8 s (a drink) of strokes (:func:`shake_stroke`, the
    tin on 1.8-2.8 kHz dying over 40-80 ms) at 5-8 a second, 2-5 s of nothing between drinks (poured, served), none
    begun after ``seconds`` - 1 s.  Returns the spell and what it was (bouts: (first stroke, last stroke's end);
    strokes: times; the pace; the ring; its decay)."""
    pace, ring, decay = prng.uniform(5.0, 8.0), prng.uniform(1800.0, 2800.0), prng.uniform(0.04, 0.08)
    out, t = np.zeros(int((seconds + 12.0) * RATE)), prng.uniform(0.0, 1.0)
    what = {"bouts": [], "strokes": [], "pace": pace, "ring": ring, "decay": decay}
    while t < seconds - 1.0 or not what["bouts"]:
        start, strokes = t, int(prng.uniform(3.0, 8.0) * pace)
        for _ in range(strokes):
            _put(out, t, shake_stroke(ring, decay, rng) * prng.uniform(0.8, 1.0))
            what["strokes"].append(t)
            t += 1.0 / pace
        end = what["strokes"][-1] + 5 * decay
        what["bouts"].append((start, end))
        t = end + prng.uniform(2.0, 5.0)
    return _spell_end(out, seconds, what["bouts"][-1][1]), what


def shaker(made: Made, seed: int, spells: int) -> Made:
    """Someone mixing cocktails at the bar, ``spells`` spells of 5-22 s (:func:`mixing_drinks`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 12-24 dB under the speech over the spell.  Only
    adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = mixing_drinks(prng.uniform(6.0, 10.0), rng, prng)
        return sound, f"{len(what['bouts'])} drinks, {len(what['strokes'])} strokes"

    return one_sound_in_each_stretch(made, seed, spells, "someone mixing cocktails", 0.5, UNDER, one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it, and options).  The BWF is
#: FFmpeg's WAV muxer told to write a ``bext`` chunk; over 16 bits it writes WAVE_FORMAT_EXTENSIBLE, as recorders do.
CODECS = {
    "bwf": ("bwf", "wav", "pcm_s24le", 0, 48000, 2048, None, "24-bit PCM (48 kHz) in a field recorder's Broadcast "
            "Wave, with a bext chunk", {"options": {"write_bext": "1"}}),
    "avi": ("avi", "avi", "pcm_mulaw", 0, 8000, 1024, "mjpeg", "G.711 mu-law (8 kHz) in a doorbell camera's AVI "
            "with a Motion-JPEG picture"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FortyFirstSpoilers(a40.FortiethSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside40_cases.FortiethSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside41_languages.LangSpec)."""

    hurdygurdy: int = 0  #: this many spells of a hurdy-gurdy player at the market (0: none)
    pencil: int = 0  #: this many spells of someone taking notes with a pencil (0: none)
    starter: int = 0  #: this many spells of a car outside that will not start (0: none)
    shaker: int = 0  #: this many spells of someone mixing cocktails (0: none)


@dataclass
class Spec(a10.Spec, FortyFirstSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd84_real_hurdygurdy_page_avi": Spec(d, "real", "page", real=R(135801, 16, wideband=True, snr_db=q,
                                                                        gap=(0.5, 1.4)),
                                              room=("pink", 36), seed=135811, hurdygurdy=2, codec="avi"),
        "rd84_real_pencil_dashes_bwf": Spec(d, "real", "dashes", real=R(135802, 16, wideband=True, snr_db=q,
                                                                        gap=(0.5, 1.5)),
                                            room=("murmur", 34), seed=135812, pencil=2, codec="bwf"),
        "rd84_real_starter_plain": Spec(d, "real", real=R(135803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                          long_pauses=0.3),
                                        room=("pink", 36), seed=135813, starter=2),
        "rd84_flite_shaker_hurdygurdy_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "rms", 0.92), Voice(F, "slt", 1.08)], 135401, 135501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=135814, shaker=1, hurdygurdy=1),
        "rd84_espeak_pencil_starter_shaker": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-029+Annie", 0.97), Voice(E, "en-gb-scotland+Denis", 1.03)], 135403,
                           135503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=135816, pencil=1,
            starter=1, shaker=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside41)
        "ty_real_hurdygurdy_page": Spec(a, "real", "page", real=R(135101, 16, wideband=False, snr_db=q,
                                                                  gap=(0.5, 1.5)),
                                        room=("pink", 34), seed=135201, hurdygurdy=3),
        "ty_real_pencil_plain_bwf": Spec(a, "real", real=R(135102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                         room=("pink", 36), seed=135202, pencil=2, codec="bwf"),
        "ty_real_starter_dashes": Spec(a, "real", "dashes", real=R(135103, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4), long_pauses=0.3),
                                       room=("pink", 38), seed=135203, starter=2),
        "ty_real_shaker_srt": Spec(a, "real", "srt", real=R(135104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                   room=("pink", 36), seed=135204, shaker=3),
        "ty_real_hurdygurdy_vtt_avi": Spec(a, "real", "vtt", real=R(135105, 16, wideband=True, snr_db=q,
                                                                    gap=(0.4, 1.5)),
                                           room=("pink", 36), seed=135205, hurdygurdy=2, codec="avi"),
        "ty_real_long_mix_bwf": Spec(a, "real", "page", real=R(135106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=135206, hurdygurdy=4, pencil=3, starter=3,
                                     shaker=4, codec="bwf"),
        "ty_real_pencil_shaker_dashes": Spec(a, "real", "dashes", real=R(135108, 16, wideband=True, snr_db=q,
                                                                         gap=(0.4, 1.4)),
                                             room=("murmur", 34), seed=135208, pencil=2, shaker=1),
        "ty_flite_starter_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 1.05), Voice(F, "kal", 0.95)], 135404, 135504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=135211, starter=2),
        "ty_festival_hurdygurdy_pencil_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 1.05), Voice(FEST, "ked", 0.95)], 135405, 135505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=135212, hurdygurdy=1, pencil=2),
        "ty_espeak_shaker_starter_page_avi": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-x-gbclan+Edward", 1.02), Voice(E, "en-us+Hugo", 0.98)],
                           135406, 135506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=135213,
            shaker=2, starter=2, codec="avi"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd84_real_hurdygurdy_page_avi", "rd84_real_pencil_dashes_bwf", "rd84_real_starter_plain",
                 "rd84_flite_shaker_hurdygurdy_page", "rd84_espeak_pencil_starter_shaker"],
         "aside": ["ty_real_hurdygurdy_page", "ty_real_pencil_plain_bwf", "ty_real_starter_dashes",
                   "ty_real_shaker_srt", "ty_real_hurdygurdy_vtt_avi", "ty_real_long_mix_bwf",
                   "ty_real_pencil_shaker_dashes", "ty_flite_starter_plain",
                   "ty_festival_hurdygurdy_pencil_dashes", "ty_espeak_shaker_starter_page_avi"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the hurdy-gurdy, the pencil, the car and the
    shaker; then aside40_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.hurdygurdy, lambda m: hurdygurdy(m, spec.seed + 370, spec.hurdygurdy)),
             (spec.pencil, lambda m: pencil(m, spec.seed + 371, spec.pencil)),
             (spec.starter, lambda m: starter(m, spec.seed + 372, spec.starter)),
             (spec.shaker, lambda m: shaker(m, spec.seed + 373, spec.shaker))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a40.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
