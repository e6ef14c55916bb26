"""A thirty-fifth aside set nobody has tuned to (``ny_*``, English), and dev twins made the same way (``rd78_*``).

``az_*`` .. ``my_*`` have each been run once and looked at (``my_*``, the thirty-fourth, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the thirty-four sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``aside*_cases.py``):

* **a drummer rehearsing next door**: spells of 8-26 s of a rock groove at 90-140 beats a minute -- a kick drum
  (a thump whose pitch drops from 110 to 50 Hz) on one and three, a snare's crack (noise at 1-7 kHz over its shell's
  180-220 Hz) on two and four, a closed hi-hat's tick (5-8 kHz) on every eighth -- a tom fill every four bars ending
  on a crash cymbal that rings 1-2 s in the highs, the band stopping after 4-6 bars for 1-3 s, 16-24 dB under the
  speech over the spell (:func:`drums`): broadband struck onsets on a beat, a tick in the sibilants' band on every
  eighth;
* **a skateboard rolling past outside**: 6-12 s of a board's urethane wheels roaring on the pavement (noise at
  100-1500 Hz, swelling as it comes and fading as it goes), the four wheels clacking over each joint of the paving
  stones in pairs (front, then back 0.08-0.14 s later) every 0.3-0.6 s, and once an ollie -- the tail's pop, 0.3-0.5 s
  of the roar gone while the board is in the air, the landing's thud and clatter -- 14-22 dB under the speech at its
  loudest (:func:`skateboard`): a rumble that stops dead in the air and comes back with a bang;
* **a trumpet practised upstairs**: spells of 10-24 s of long tones and lip slurs on a B-flat trumpet's open notes
  (the natural series over 116.5 Hz, its 2nd to 8th partials: 233-932 Hz, a woman's and a child's voice range), each
  note 0.5-2 s, tongued (a 15 ms puff) and swelling, with a 5-6 Hz vibrato, its brass growing brighter as it grows
  louder, heard through the ceiling (under 3 kHz), 18-26 dB under the speech over the spell (:func:`trumpet`):
  sustained, voiced, vibrato notes in the voice's own pitch range and formant band;
* **a tumble dryer through the wall**: spells of 12-26 s of a dryer running -- the motor's hum on 50 Hz and its
  harmonics, the drum turning every 0.9-1.4 s with the wet clothes thudding once or twice a turn (60-300 Hz), a
  zip's clink against the drum (a 2-5 kHz ring) on a third of the turns, and the drum stopping for 1.5-3 s to turn
  the other way -- 18-26 dB under the speech over the spell (:func:`dryer`): dull thuds on a slow beat under a hum,
  and a metal tick in between;
* containers no set had: **FLAC in Matroska** with an H.264 picture (``.mkv``: a screen recorder's lossless capture
  of a talk, as OBS Studio writes it; the sets' FLAC was a bare ``.flac``, their Matroska held AAC, AC-3, MP3, Layer
  II and Opus) and **MP3 in an MP4** with an H.264 picture (``.mp4``: an old video editor's export; the sets' MP4s
  held E-AC-3, Opus and AC-3, their MP3 was in AVI, FLV and Matroska -- the MP4's edit list holds the encoder's
  delay, which FFmpeg honours: +0.0 ms, measured and kept in the truth);
* voices at speeds they never had: flite ``awb`` x0.44 and ``slt`` x2.09, festival ``kal`` x2.09 and ``ked`` x0.42
  (dev: flite ``kal`` x0.44, ``rms`` x2.09); espeak-ng variants at speeds no English talk had them.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``ny_*``, once (``run.py --aside35``); its packages and the
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
import aside31_cases as a31
import aside33_cases as a33
import aside34_cases as a34
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _edges = a33._put, a33._peak_one, a34._edges


def _dying(x: np.ndarray, decay: float) -> np.ndarray:
    """``x`` dying away over ``decay`` s (an exponential from its first sample)."""
    return x * np.exp(-np.arange(len(x)) / (decay * RATE))


# ------------------------------------------------------------------ a drummer rehearsing next door
#: The kit's pieces a groove strikes (what :func:`drum_hit` makes).
KIT = ("kick", "snare", "hat", "tom", "crash")


def drum_hit(piece: str, rng: np.random.Generator, pitch: float = 150.0) -> np.ndarray:
    """One stroke on ``piece`` of :data:`KIT`: the kick a thump whose pitch drops from 110 to 50 Hz (dying over
    0.12 s); the snare its heads' crack (noise at 1-7 kHz, 0.06 s) over its shell's 180-220 Hz ring (0.05 s); the
    closed hi-hat a tick at 5-8 kHz (0.02 s); a tom a ring on ``pitch`` Hz sinking 10 % (0.2 s) with a little
    stick noise; the crash cymbal a wash at 3-8 kHz ringing 1-2 s.  Unit peak."""
    if piece == "kick":
        t = np.arange(int(0.4 * RATE)) / RATE
        f = 50.0 + 60.0 * np.exp(-t / 0.03)
        return _peak_one(_dying(np.sin(2 * np.pi * np.cumsum(f) / RATE), 0.12))
    if piece == "snare":
        k = int(0.3 * RATE)
        crack = _dying(a30._band(rng.normal(size=k), 1000.0, 7000.0), 0.06)
        shell = _dying(np.sin(2 * np.pi * rng.uniform(180.0, 220.0) * np.arange(k) / RATE), 0.05)
        return _peak_one(_peak_one(crack) + 0.6 * shell)
    if piece == "hat":
        return _peak_one(_dying(a30._band(rng.normal(size=int(0.1 * RATE)), 5000.0, 7900.0), 0.02))
    if piece == "tom":
        t = np.arange(int(0.6 * RATE)) / RATE
        ring = np.sin(2 * np.pi * np.cumsum(pitch * (1.0 - 0.1 * t / t[-1])) / RATE)
        stick = a30._band(rng.normal(size=len(t)), 1000.0, 5000.0) * np.exp(-t / 0.01) * 0.3
        return _peak_one(_dying(ring, 0.2) + stick)
    k = int(rng.uniform(1.0, 2.0) * RATE)  # the crash
    return _peak_one(_dying(a30._band(rng.normal(size=k), 3000.0, 7900.0), k / RATE / 4) * np.minimum(
        1.0, np.arange(k) / (0.002 * RATE)))


def rehearsal(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a drummer rehearsing: runs of 4-6 bars of a rock groove at 90-140 beats a minute (4/4: the
    kick on one and three, and on three's "and" in every other bar; the snare on two and four; the hi-hat on every
    eighth), the fourth bar of each four a fill instead (sixteenths down three toms, 200 -> 100 Hz) with a crash (and
    a kick) on the next bar's one; after a run the band stops for 1-3 s and counts in again (the drummer's four
    clicks of the sticks, a 2-4 kHz knock on each beat); none begun after ``seconds`` - 2 s.  Returns the spell and
    what it was (hits: (time, piece); runs: (start, end of its last bar); stops; tempo)."""
    tempo = prng.uniform(90.0, 140.0)
    beat = 60.0 / tempo
    out, hits, runs, stops, t = np.zeros(int((seconds + 30 * beat + 3.0) * RATE)), [], [], [], 0.0
    while t < seconds - 2.0 or not runs:
        for c in range(4):  # the count-in: the sticks clicked together
            _put(out, t + c * beat, 0.5 * _peak_one(a26._knock(rng, 2000.0, 4000.0, 0.004)))
        t += 4 * beat
        first, bars = t, prng.randint(4, 6)
        for bar in range(bars):
            if bar % 4 == 3 and bar < bars - 1:  # the fill: half a bar of groove, then sixteenths down the toms
                strokes = [(t, "kick"), (t, "hat"), (t + beat, "snare"), (t + beat, "hat"), (t + 1.5 * beat, "hat"),
                           *[(t + 2 * beat + s * beat / 4, "tom") for s in range(8)]]
            else:
                strokes = [(t, "kick"), (t + 2 * beat, "kick"), (t + beat, "snare"), (t + 3 * beat, "snare"),
                           *[(t + e * beat / 2, "hat") for e in range(8)],
                           *([(t + 2.5 * beat, "kick")] if bar % 2 else [])]
            if bar % 4 == 0 and bar:
                strokes.append((t, "crash"))
            for at, piece in strokes:
                tom = 200.0 / 2 ** ((at - t - 2 * beat) / (2 * beat)) if piece == "tom" else 150.0
                loud = {"kick": 1.0, "snare": 0.9, "hat": 0.3, "tom": 0.8, "crash": 0.6}[piece]
                _put(out, at, drum_hit(piece, rng, tom) * loud * prng.uniform(0.85, 1.0))
                hits.append((at, piece))
            t += 4 * beat
        _put(out, t, 0.6 * drum_hit("crash", rng))
        _put(out, t, drum_hit("kick", rng))
        hits += [(t, "crash"), (t, "kick")]
        runs.append((first, t))
        rest = prng.uniform(1.0, 3.0)
        stops.append((t, t + rest))
        t += rest
    end = min(len(out) / RATE, runs[-1][1] + 2.0)
    return out[:int(end * RATE)], {"hits": sorted(hits), "runs": runs, "stops": stops[:-1], "tempo": tempo}


def drums(made: Made, seed: int, spells: int) -> Made:
    """A drummer rehearsing next door, ``spells`` spells of 8-26 s (:func:`rehearsal`), one in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 16-24 dB under the speech over the spell.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = rehearsal(prng.uniform(8.0, 18.0), rng, prng)
        return sound, f"{len(what['runs'])} runs at {what['tempo']:.0f} beats a minute"

    return one_sound_in_each_stretch(made, seed, spells, "a drummer rehearsing next door", 0.5, (16.0, 24.0), one)


# ------------------------------------------------------------------ a skateboard rolling past
def roll_past(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a skateboard rolling past: the wheels' roar (noise at 100-1500 Hz, a little grain at
    20-40 Hz from the pavement's roughness) under a bell 35-50 % of the ride wide, its peak where the board passes
    (40-60 % of the ride); every 0.3-0.6 s a joint in the paving, crossed by the front wheels (a 300-2500 Hz clack)
    and the back ones 0.08-0.14 s later; once, at 25-75 % of the ride, an ollie: the tail's pop (a 500-4000 Hz crack
    at four times a clack), 0.3-0.5 s with no roar and no clack (the board in the air), then the landing's thud
    (60-400 Hz) and clatter (three clacks within 40 ms) at five times a clack.  Returns the ride and what it was
    (joints: (front, back); the ollie's pop, landing; the pass)."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    passing, width = prng.uniform(0.4, 0.6) * seconds, prng.uniform(0.35, 0.5) * seconds
    near = np.exp(-0.5 * ((t - passing) / (width / 2)) ** 2)
    grain = 1.0 + 0.3 * np.sin(2 * np.pi * np.cumsum(rng.uniform(20.0, 40.0, k)) / RATE)
    roar = _peak_one(a30._band(rng.normal(size=k), 100.0, 1500.0)) * grain * 0.4
    pop = prng.uniform(0.25, 0.75) * seconds
    air = prng.uniform(0.3, 0.5)
    land = pop + air
    roar[(t >= pop) & (t < land)] = 0.0
    clicks, joints, at = np.zeros(k), [], prng.uniform(0.1, 0.5)
    spacing, axle = prng.uniform(0.3, 0.6), prng.uniform(0.08, 0.14)
    while at + axle < seconds - 0.05:
        if not (pop - axle - 0.05 <= at <= land + 0.05):
            for w in (at, at + axle):
                _put(clicks, w, _peak_one(a26._knock(rng, 300.0, 2500.0, 0.005)) * 0.5)
            joints.append((at, at + axle))
        at += spacing * prng.uniform(0.9, 1.1)
    _put(clicks, pop, 2.0 * _peak_one(a26._knock(rng, 500.0, 4000.0, 0.004)))
    thud = _peak_one(_dying(a30._band(rng.normal(size=int(0.15 * RATE)), 60.0, 400.0), 0.04))
    _put(clicks, land, 2.5 * thud)
    for c in range(3):
        _put(clicks, land + 0.01 + 0.012 * c, _peak_one(a26._knock(rng, 300.0, 2500.0, 0.005)) * 1.2)
    ride = (roar + clicks) * np.maximum(near, 0.05)
    ride[(t >= pop + 0.045) & (t < land)] = 0.0
    return _edges(ride, 0.3, 0.3), {"joints": joints, "pop": pop, "land": land, "passing": passing}


def skateboard(made: Made, seed: int, rides: int) -> Made:
    """A skateboard rolling past outside, ``rides`` rides of 6-12 s (:func:`roll_past`), one in each of ``rides``
    equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the ride.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = roll_past(prng.uniform(6.0, 12.0), rng, prng)
        return sound, f"{len(what['joints'])} joints, an ollie at {what['pop']:.1f} s of the ride"

    return one_sound_in_each_stretch(made, seed, rides, "a skateboard rolling past outside", 0.5, (14.0, 22.0), one)


# ------------------------------------------------------------------ a trumpet practised upstairs
#: A B-flat trumpet's pedal note (Hz): its open notes are this note's 2nd to 8th partials.
TRUMPET_PEDAL = 116.54


def trumpet_note(pitch: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """One tongued trumpet note on ``pitch`` Hz for ``seconds`` s: a 15 ms puff of breath (noise at 1-4 kHz) as the
    tongue lets go, the note speaking over 30 ms and swelling to its end's last fifth (dying over 60 ms), a 5-6 Hz
    vibrato of 0.6 %, its partials under 8 kHz at k ** -(2.2 - 1.2 s) (``s`` the swell, 0.3 -> 1: a brass tone
    brightens as it grows louder)."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    rate = rng.uniform(5.0, 6.0)
    f0 = pitch * (1.0 + 0.006 * np.sin(2 * np.pi * rate * t) * np.minimum(1.0, t / 0.3))
    swell = 0.3 + 0.7 * np.minimum(1.0, t / max(0.8 * seconds, 0.05))
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    tone = sum(np.sin(n * phase) * n ** -(2.2 - 1.2 * swell) for n in range(1, int(8000 // (pitch * 1.01)) + 1))
    tone = _peak_one(tone) * swell * np.minimum(1.0, t / 0.03) * np.minimum(1.0, (k - np.arange(k)) / (0.06 * RATE))
    puff = a30._band(rng.normal(size=k), 1000.0, 4000.0) * np.exp(-t / 0.005) * 0.3
    return _peak_one(tone + puff)


def practising(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a trumpeter practising upstairs: phrases of 2-6 notes on the open notes (the 2nd to 8th
    partials of :data:`TRUMPET_PEDAL`), long tones (1-2 s) or lip slurs (0.5-0.9 s, the next partial up or down),
    slurred within a phrase (0-30 ms apart), 0.6-2 s of silence between phrases (a breath, the valves pressed), none
    begun after ``seconds`` - 1 s; heard through the ceiling (under 3 kHz).  Returns the spell and what it was
    (notes: (start, end, pitch); phrases: (start, end))."""
    out, notes, phrases, t = np.zeros(int((seconds + 14.0) * RATE)), [], [], 0.0
    partial = prng.randint(2, 6)
    while t < seconds - 1.0 or not phrases:
        first, slur = t, prng.random() < 0.5
        for _ in range(prng.randint(2, 6)):
            length = prng.uniform(0.5, 0.9) if slur else prng.uniform(1.0, 2.0)
            pitch = TRUMPET_PEDAL * partial
            _put(out, t, trumpet_note(pitch, length, rng) * prng.uniform(0.7, 1.0))
            notes.append((t, t + length, pitch))
            t += length + prng.uniform(0.0, 0.03)
            partial = min(8, max(2, partial + prng.choice((-1, 1))))
        phrases.append((first, notes[-1][1]))
        t = notes[-1][1] + prng.uniform(0.6, 2.0)
    return a21._low(out[:int((phrases[-1][1] + 0.02) * RATE)], 3000.0), {"notes": notes, "phrases": phrases}


def trumpet(made: Made, seed: int, spells: int) -> Made:
    """A trumpet practised upstairs, ``spells`` spells of 10-24 s (:func:`practising`), one in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 18-26 dB under the speech over the spell.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = practising(prng.uniform(10.0, 20.0), rng, prng)
        return sound, f"{len(what['notes'])} notes in {len(what['phrases'])} phrases"

    return one_sound_in_each_stretch(made, seed, spells, "a trumpet practised upstairs", 0.5, (18.0, 26.0), one)


# ------------------------------------------------------------------ a tumble dryer through the wall
def tumbling(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of a tumble dryer through the wall: the motor's hum (50 Hz and its harmonics to 400 Hz, at a
    fifth of a thud's peak) all through but for the stops; the drum turning every 0.9-1.4 s, the clothes falling once
    or twice a turn (a thud at 60-300 Hz dying over 50 ms); on a third of the turns a zip clinking on the drum (a ring
    at 2-5 kHz dying over 8 ms, at half a thud); every 6-10 turns the drum stops for 1.5-3 s (hum and all) and turns
    the other way.  Returns the spell and what it was (thuds; clinks; stops; the turn)."""
    turn = prng.uniform(0.9, 1.4)
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    running = np.ones(k)
    out, thuds, clinks, stops, at, turns = np.zeros(k), [], [], [], 0.2, 0
    next_stop = prng.randint(6, 10)
    while at < seconds - 0.3:
        for fall in ([0.3] if prng.random() < 0.5 else [0.25, 0.7]):
            _put(out, at + fall * turn, _peak_one(_dying(a30._band(rng.normal(size=int(0.15 * RATE)), 60.0, 300.0),
                                                         0.05)) * prng.uniform(0.7, 1.0))
            thuds.append(at + fall * turn)
        if prng.random() < 1 / 3:
            ring = np.sin(2 * np.pi * prng.uniform(2000.0, 5000.0) * np.arange(int(0.04 * RATE)) / RATE)
            _put(out, at + 0.55 * turn, 0.5 * _dying(ring, 0.008))
            clinks.append(at + 0.55 * turn)
        at, turns = at + turn, turns + 1
        if turns == next_stop and at < seconds - 5.0:
            pause = prng.uniform(1.5, 3.0)
            running[(t >= at) & (t < at + pause)] = 0.0
            stops.append((at, at + pause))
            at, next_stop = at + pause, turns + prng.randint(6, 10)
    hum = sum(np.sin(2 * np.pi * 50.0 * n * t) / n for n in range(1, 9)) * 0.2 / 2.7
    smooth = np.convolve(running, np.ones(int(0.2 * RATE)) / int(0.2 * RATE), mode="same")
    return _edges(out + hum * smooth * (running > 0), 0.3, 0.3), {
        "thuds": thuds, "clinks": clinks, "stops": stops, "turn": turn}


def dryer(made: Made, seed: int, spells: int) -> Made:
    """A tumble dryer through the wall, ``spells`` spells of 12-26 s (:func:`tumbling`), one in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 18-26 dB under the speech over the spell.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = tumbling(prng.uniform(12.0, 26.0), rng, prng)
        return sound, f"{len(what['thuds'])} thuds, a turn every {what['turn']:.2f} s"

    return one_sound_in_each_stretch(made, seed, spells, "a tumble dryer through the wall", 0.5, (18.0, 26.0), one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).
CODECS = {
    "mkv": ("mkv", "matroska", "flac", 0, 48000, 4096, "h264", "FLAC (48 kHz, lossless) in Matroska with an H.264 "
            "picture, a screen recorder's lossless capture of a talk"),
    "mp4": ("mp4", "mp4", "libmp3lame", 64000, 44100, 1152, "h264", "MP3 (64 kb/s, 44.1 kHz) in an MP4 with an "
            "H.264 picture, an old video editor's export of a lecture"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirtyFifthSpoilers(a34.ThirtyFourthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside34_cases.ThirtyFourthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside35_languages.LangSpec)."""

    drums: int = 0  #: this many spells of a drummer rehearsing next door (0: none)
    skateboard: int = 0  #: a skateboard rolling past this many times (0: none)
    trumpet: int = 0  #: this many spells of a trumpet practised upstairs (0: none)
    dryer: int = 0  #: this many spells of a tumble dryer through the wall (0: none)


@dataclass
class Spec(a10.Spec, ThirtyFifthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd78_real_drums_page_mkv": Spec(d, "real", "page", real=R(123801, 16, wideband=True, snr_db=q,
                                                                    gap=(0.5, 1.4)),
                                         room=("pink", 36), seed=123811, drums=2, codec="mkv"),
        "rd78_real_skateboard_dashes_mp4": Spec(d, "real", "dashes", real=R(123802, 16, wideband=True, snr_db=q,
                                                                            gap=(0.5, 1.5)),
                                                room=("murmur", 34), seed=123812, skateboard=2, codec="mp4"),
        "rd78_real_trumpet_plain": Spec(d, "real", real=R(123803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                          long_pauses=0.3),
                                        room=("pink", 36), seed=123813, trumpet=2),
        "rd78_flite_dryer_drums_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 0.44), Voice(F, "rms", 2.09)], 123401, 123501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=123814, dryer=1, drums=1),
        "rd78_espeak_trumpet_skateboard_dryer": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-gbcwmd+Gene", 1.09), Voice(E, "en-us+Alicia", 0.93)], 123403,
                           123503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=123816, trumpet=1,
            skateboard=1, dryer=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside35)
        "ny_real_drums_page": Spec(a, "real", "page", real=R(123101, 16, wideband=False, snr_db=q, gap=(0.5, 1.5)),
                                   room=("pink", 34), seed=123201, drums=3),
        "ny_real_skateboard_plain_mkv": Spec(a, "real", real=R(123102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                             room=("pink", 36), seed=123202, skateboard=2, codec="mkv"),
        "ny_real_trumpet_dashes": Spec(a, "real", "dashes", real=R(123103, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4), long_pauses=0.3),
                                       room=("pink", 38), seed=123203, trumpet=2),
        "ny_real_dryer_srt": Spec(a, "real", "srt", real=R(123104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                  room=("pink", 36), seed=123204, dryer=3),
        "ny_real_drums_vtt_mp4": Spec(a, "real", "vtt", real=R(123105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                      room=("pink", 36), seed=123205, drums=2, codec="mp4"),
        "ny_real_long_mix_mkv": Spec(a, "real", "page", real=R(123106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=123206, drums=4, skateboard=3, trumpet=3, dryer=4,
                                     codec="mkv"),
        "ny_real_trumpet_dryer_dashes": Spec(a, "real", "dashes", real=R(123108, 16, wideband=True, snr_db=q,
                                                                         gap=(0.4, 1.4)),
                                             room=("murmur", 34), seed=123208, trumpet=2, dryer=1),
        "ny_flite_skateboard_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 0.44), Voice(F, "slt", 2.09)], 123404, 123504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=123211, skateboard=2),
        "ny_festival_drums_trumpet_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "kal", 2.09), Voice(FEST, "ked", 0.42)], 123405, 123505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=123212, drums=1, trumpet=2),
        "ny_espeak_dryer_skateboard_page_mp4": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+Andy", 1.08), Voice(E, "en-us+Michael", 0.91)], 123406,
                           123506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=123213, dryer=2,
            skateboard=2, codec="mp4"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd78_real_drums_page_mkv", "rd78_real_skateboard_dashes_mp4", "rd78_real_trumpet_plain",
                 "rd78_flite_dryer_drums_page", "rd78_espeak_trumpet_skateboard_dryer"],
         "aside": ["ny_real_drums_page", "ny_real_skateboard_plain_mkv", "ny_real_trumpet_dashes", "ny_real_dryer_srt",
                   "ny_real_drums_vtt_mp4", "ny_real_long_mix_mkv", "ny_real_trumpet_dryer_dashes",
                   "ny_flite_skateboard_plain", "ny_festival_drums_trumpet_dashes",
                   "ny_espeak_dryer_skateboard_page_mp4"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the drums, the skateboard, the trumpet and the
    dryer; then aside34_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.drums, lambda m: drums(m, spec.seed + 310, spec.drums)),
             (spec.skateboard, lambda m: skateboard(m, spec.seed + 311, spec.skateboard)),
             (spec.trumpet, lambda m: trumpet(m, spec.seed + 312, spec.trumpet)),
             (spec.dryer, lambda m: dryer(m, spec.seed + 313, spec.dryer))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a34.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
