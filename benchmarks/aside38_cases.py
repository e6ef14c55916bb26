"""A thirty-eighth aside set nobody has tuned to (``qy_*``, English), and dev twins made the same way (``rd81_*``).

``az_*`` .. ``py_*`` have each been run once and looked at (``py_*``, the thirty-seventh, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the thirty-seven
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every
``*_cases.py``):

* **someone yawning beside the microphone**: a yawn every 2-7 s, each an in-breath through the open mouth (0.4-0.9
  s of breath noise at 0.3-3 kHz heard through an /a/, swelling) then a voiced "aaah" of 0.8-2 s whose pitch falls
  from 1.7-2.2 times the yawner's own (100-180 Hz) down to it, through an /a/ closing to an /o/, dying away over
  its last 40 %, 16-24 dB under the speech over the spell (:func:`yawning`): a voice, formants and all, gliding
  down an octave on one vowel -- a line's last word drawn out, with no line under it;
* **someone chopping vegetables on a wooden board**: runs of 2-6 s of chops at 3-7 a second (each the blade's
  crunch through the vegetable, noise at 2-6.5 kHz for 10 ms, then the board's thud: its modes at 250-450 Hz and
  1.6 and 2.3 times that, dying over 15-30 ms), 1-4 s of nothing between runs (the pieces swept aside), 14-22 dB
  under the speech over the spell (:func:`chopping`): a released stop's burst and a knock, at a syllable's pace;
* **a lawn sprinkler ticking round in the garden**: an impact sprinkler's forward sweep (8-16 s of steps at 3-6 a
  second, each the arm striking the body -- a tick ringing at 2.5-4 kHz -- and the jet broken into a 30-60 ms burst
  of spray, noise at 1.5-7 kHz), then its return (1.5-3 s of light ticks at 12-20 a second), over the spray's own
  hiss swelling 8-14 dB as the jet turns towards the window, 14-22 dB under the speech over the spell
  (:func:`sprinkler`): fricative noise bursts at a syllable's pace over a fricative's steady hiss;
* **a bus stopping at the stop outside**: its diesel idling (a firing rate of 25-32 Hz, its harmonics through the
  window's glass: under 1.5 kHz) for 5-10 s after it pulled in (the rate falling from 1.5 times that), the air
  brakes' "pssht" as it stops (noise at 1-7.5 kHz, on within 5 ms, dying over 0.2-0.4 s), the doors' hiss open and
  shut (0.4-0.8 s of steady noise at 0.6-6 kHz, stopped within 20 ms), then pulling away (the rate climbing 1.8-2.2
  times over 3-4 s as the level falls 20 dB), 14-22 dB under the speech over the spell (:func:`bus`): an /s/ and
  an /sh/ out of nowhere over a drone at a creaky voice's pulse rate;
* containers no set had: **E-AC-3 in Matroska** with an H.264 picture (``.mkv``: a streaming service's download;
  the sets' Matroska held AC-3, AAC, FLAC, MP3, MP2 and Opus, their E-AC-3 went in an MP4 and bare) and **16-bit
  PCM in a QuickTime MOV** with an H.264 picture (``.mov``: a DSLR's movie, 48 kHz; the sets' MOVs held AAC, IMA
  ADPCM and 24-bit stereo PCM with no picture);
* voices at speeds they never had, everyday ones again: flite ``kal`` x0.9 and ``slt`` x1.1, festival ``kal`` x1.08
  and ``slt_hts`` x1.1 (dev: flite ``awb`` x0.9, ``rms`` x1.1); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``qy_*``, once (``run.py --aside38``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside30_cases as a30
import aside31_cases as a31
import aside33_cases as a33
import aside34_cases as a34
import aside35_cases as a35
import aside37_cases as a37
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _edges, _dying = a33._put, a33._peak_one, a34._edges, a35._dying


def _formants(x: np.ndarray, pair: tuple[float, float]) -> np.ndarray:
    """``x`` heard through a mouth's first two formants ``pair`` (Hz): a band 30 % wide on each, the second at half
    the first's strength (aside34_cases.moo's vowels)."""
    f1, f2 = pair
    return a30._band(x, 0.85 * f1, 1.15 * f1) + 0.5 * a30._band(x, 0.85 * f2, 1.15 * f2)


# ------------------------------------------------------------------ someone yawning
#: A yawn's mouth: the formant pairs (F1, F2 in Hz) of its wide-open /a/ and of the /o/ it closes to.
YAWN_VOWELS = ((800.0, 1250.0), (520.0, 900.0))


def yawn(pitch: float, breath: float, voiced: float, rng: np.random.Generator) -> np.ndarray:
    """One yawn: ``breath`` s of in-breath through the wide-open mouth (noise at 0.3-3 kHz through
    :data:`YAWN_VOWELS`' /a/, swelling from nothing), then ``voiced`` s of "aaah" -- a voiced buzz
    (aside31_cases._harmonics, 1/k^1.2 to 4 kHz) on a pitch falling from 1.7-2.2 times ``pitch`` Hz to ``pitch``
    (quickly at first), a tenth of breath noise in it, heard through the /a/ closing to the /o/, speaking over 80 ms
    and dying over its last 40 %.  Unit peak."""
    kb, kv = int(breath * RATE), int(voiced * RATE)
    air = _formants(a30._band(rng.normal(size=kb), 300.0, 3000.0), YAWN_VOWELS[0])
    inhale = _peak_one(air) * (np.arange(kb) / kb) ** 2
    x = np.arange(kv) / kv
    f0 = pitch * (1.0 + rng.uniform(0.7, 1.2) * (1.0 - x) ** 2)
    buzz = _peak_one(a31._harmonics(f0, 1.2, 4000.0)) + 0.1 * _peak_one(rng.normal(size=kv))
    opened, closed = (_peak_one(_formants(buzz, pair)) for pair in YAWN_VOWELS)
    w = np.clip((x - 0.3) / 0.5, 0.0, 1.0)
    voice = ((1 - w) * opened + w * closed) * np.minimum(1.0, x * kv / (0.08 * RATE)) * np.minimum(1.0, (1 - x) / 0.4)
    return _peak_one(np.concatenate([0.4 * inhale, voice]))


def yawns(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone tired, yawning: a yawn (:func:`yawn` on the yawner's own 100-180 Hz, its breath
    0.4-0.9 s and its "aaah" 0.8-2 s, at 60-100 %) every 2-7 s after the last one's end, none begun after
    ``seconds`` - 1 s; the spell lasts ``seconds`` s or to its last yawn's end.  Returns the spell and what it was
    (yawns: (start, voice's start, end); the pitch)."""
    pitch = prng.uniform(100.0, 180.0)
    out, made, t = np.zeros(int((seconds + 6.0) * RATE)), [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not made:
        breath, voiced = prng.uniform(0.4, 0.9), prng.uniform(0.8, 2.0)
        _put(out, t, yawn(pitch, breath, voiced, rng) * prng.uniform(0.6, 1.0))
        made.append((t, t + breath, t + breath + voiced))
        t = made[-1][2] + prng.uniform(2.0, 7.0)
    return out[:int(max(seconds, made[-1][2] + 0.02) * RATE)], {"yawns": made, "pitch": pitch}


def yawning(made: Made, seed: int, spells: int) -> Made:
    """Someone yawning beside the microphone, ``spells`` spells of 8-20 s (:func:`yawns`), one in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 16-24 dB under the speech over the spell.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = yawns(prng.uniform(8.0, 16.0), rng, prng)
        return sound, f"{len(what['yawns'])} yawns at {what['pitch']:.0f} Hz"

    return one_sound_in_each_stretch(made, seed, spells, "someone yawning beside the microphone", 0.5,
                                     (16.0, 24.0), one)


# ------------------------------------------------------------------ someone chopping vegetables on a wooden board
#: A wooden chopping board's modes struck by a knife: each one's frequency over the lowest, and its amplitude.
BOARD_MODES = ((1.0, 1.0), (1.6, 0.6), (2.3, 0.35))


def chop(board: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """One chop: the blade's crunch through the vegetable (10 ms of noise at 2-6.5 kHz, dying over 3 ms) then, 10 ms
    on, the board's thud (:data:`BOARD_MODES` on ``board`` Hz, dying over ``decay`` s, on a 1 ms click).  Unit peak,
    as long as the crunch and five decays."""
    k = int((0.01 + 5 * decay) * RATE)
    t = np.arange(k) / RATE
    crunch = a30._band(rng.normal(size=k), 2000.0, 6500.0) * np.exp(-t / 0.003) * (t < 0.01)
    s = np.maximum(t - 0.01, 0.0)
    modes = sum(a * np.sin(2 * np.pi * board * m * s + rng.uniform(0, 2 * np.pi)) for m, a in BOARD_MODES)
    thud = modes * np.exp(-s / decay) * (t >= 0.01) * np.minimum(1.0, s / 0.0005)
    return _peak_one(0.6 * _peak_one(crunch) + _peak_one(thud))


def chopped(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone chopping vegetables: runs of 2-6 s of chops (:func:`chop` on a board ringing at
    250-450 Hz, dying over 15-30 ms, each at 60-100 %) at 3-7 a second (a tenth of the beat early or late), 1-4 s of
    nothing between runs, none begun after ``seconds`` - 1 s; the spell lasts ``seconds`` s or to its last chop's
    end.  Returns the spell and what it was (runs: (start, last chop); chops; the board's pitch)."""
    board = prng.uniform(250.0, 450.0)
    out, runs, chops, t = np.zeros(int((seconds + 8.0) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not runs:
        pace, end, at, first = prng.uniform(3.0, 7.0), t + prng.uniform(2.0, 6.0), t, len(chops)
        while at < end:
            _put(out, at, chop(board, prng.uniform(0.015, 0.03), rng) * prng.uniform(0.6, 1.0))
            chops.append(at)
            at += (1.0 + prng.uniform(-0.1, 0.1)) / pace
        runs.append((chops[first], chops[-1]))
        t = chops[-1] + 0.2 + prng.uniform(1.0, 4.0)
    return out[:int(max(seconds, chops[-1] + 0.2) * RATE)], {"runs": runs, "chops": chops, "board": board}


def chopping(made: Made, seed: int, spells: int) -> Made:
    """Someone chopping vegetables on a wooden board, ``spells`` spells of 8-20 s (:func:`chopped`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = chopped(prng.uniform(8.0, 16.0), rng, prng)
        return sound, f"{len(what['chops'])} chops in {len(what['runs'])} runs"

    return one_sound_in_each_stretch(made, seed, spells, "someone chopping vegetables on a board", 0.5,
                                     (14.0, 22.0), one)


# ------------------------------------------------------------------ a lawn sprinkler ticking round in the garden
def sprinkler_tick(ring: float, spray: float, rng: np.random.Generator) -> np.ndarray:
    """One step of an impact sprinkler: the arm striking the body (a tick ringing at ``ring`` Hz, dying over 8 ms)
    and, with ``spray`` > 0, the jet broken into a burst of spray for ``spray`` s (noise at 1.5-7 kHz, dying over a
    third of it) at half the tick's peak.  Unit peak."""
    k = int(max(0.05, spray) * RATE)
    t = np.arange(k) / RATE
    tick = np.sin(2 * np.pi * ring * t) * np.exp(-t / 0.008)
    burst = a30._band(rng.normal(size=k), 1500.0, 7000.0) * np.exp(-t / max(spray / 3, 1e-3)) if spray else 0.0
    return _peak_one(_edges(_peak_one(tick) + 0.5 * _peak_one(burst) if spray else tick, 0.0005, 0.003))


def sprinkling(forward: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """One round of an impact sprinkler: a sweep of ``forward`` s at 3-6 steps a second (:func:`sprinkler_tick` with
    30-60 ms of spray, the arm's tick at 2.5-4 kHz), then 1.5-3 s back at 12-20 light ticks a second (no spray, at
    40 %), over the spray's hiss (noise at 1-7 kHz, a third of a step's peak where loudest) swelling by 8-14 dB to the
    sweep's middle (the jet turned towards the window) and back.  Returns the round and what it was (the turn and
    the end; steps; the return's ticks; the ring; the swell in dB)."""
    ring, pace, quick = prng.uniform(2500.0, 4000.0), prng.uniform(3.0, 6.0), prng.uniform(12.0, 20.0)
    turn, swell_db = forward, prng.uniform(8.0, 14.0)
    end = turn + prng.uniform(1.5, 3.0)
    n = int(end * RATE)
    out = np.zeros(n + RATE)
    steps = list(np.arange(0.0, turn, 1.0 / pace))
    back = list(np.arange(turn, end, 1.0 / quick))
    for at in steps:
        _put(out, at, sprinkler_tick(ring, prng.uniform(0.03, 0.06), rng))
    for at in back:
        _put(out, at, 0.4 * sprinkler_tick(ring, 0.0, rng))
    k = int(turn * RATE)
    toward = np.ones(n)
    toward[:k] += (10 ** (swell_db / 20) - 1.0) * np.sin(np.pi * np.arange(k) / k) ** 2
    bed = _peak_one(a30._band(rng.normal(size=n), 1000.0, 7000.0)) * toward / toward.max() / 3
    out[:n] += _edges(bed, 0.3, 0.3)
    return out[:n], {"turn": turn, "end": end, "steps": steps, "back": back, "ring": ring, "swell_db": swell_db}


def sprinkler(made: Made, seed: int, spells: int) -> Made:
    """A lawn sprinkler ticking round in the garden outside an open window, ``spells`` spells of 9.5-19 s (a round
    each, :func:`sprinkling`, its sweep 8-16 s), one in each of ``spells`` equal stretches of the talk, in lines and
    pauses alike, 14-22 dB under the speech over the spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = sprinkling(prng.uniform(8.0, 16.0), rng, prng)
        return sound, f"{len(what['steps'])} steps forward, {len(what['back'])} ticks back"

    return one_sound_in_each_stretch(made, seed, spells, "a lawn sprinkler in the garden", 0.5, (14.0, 22.0), one)


# ------------------------------------------------------------------ a bus stopping at the stop outside
def diesel(rate: np.ndarray) -> np.ndarray:
    """A diesel engine on the firing rate ``rate`` (Hz, a sample each) heard through the window's glass: a
    sawtooth's harmonics (1/k, aside31_cases._harmonics) under 1.5 kHz, the glass taking the rest.  Unit peak."""
    return _peak_one(a31._harmonics(rate, 1.0, 1500.0))


def hiss(seconds: float, low: float, high: float, rise: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """Compressed air let out: ``seconds`` s of noise at ``low``-``high`` Hz, on over ``rise`` s, then held (``decay``
    0) or dying over ``decay`` s, stopped over its last 15 ms.  Unit peak."""
    k = int(seconds * RATE)
    noise = a30._band(rng.normal(size=k), low, high)
    shape = _dying(np.ones(k), decay) if decay else np.ones(k)
    return _peak_one(_edges(noise * shape, rise, 0.015))


def bus_stopping(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A bus stopping outside: pulling in over 2-3 s (the firing rate falling from 1.5 times its idle's 25-32 Hz,
    the level rising 12 dB), the air brakes' "pssht" as it stops (:func:`hiss` of 0.5-0.8 s at 1-7.5 kHz, on within 5
    ms, dying over 0.2-0.4 s, at full strength), idling 5-10 s (:func:`diesel`, at 40 % of the hiss's peak) with the
    doors' hiss after 0.8-1.5 s and again 1.2-2 s before it leaves (0.4-0.8 s held at 0.6-6 kHz, 60 %), then pulling
    away over 3-4 s (the rate climbing 1.8-2.2 times, the level falling 20 dB).  Returns it and what it was (the
    stop: (start, brakes, leaving, end); the doors' hisses: (start, end); the idle's rate)."""
    idle = prng.uniform(25.0, 32.0)
    arrive, stay, leave = prng.uniform(2.0, 3.0), prng.uniform(5.0, 10.0), prng.uniform(3.0, 4.0)
    ka, ks, kl = (int(v * RATE) for v in (arrive, stay, leave))
    xa, xl = np.arange(ka) / ka, np.arange(kl) / kl
    climb = prng.uniform(1.8, 2.2)
    rate = np.concatenate([idle * (1.5 - 0.5 * xa), np.full(ks, idle), idle * (1.0 + (climb - 1.0) * xl ** 1.5)])
    level = np.concatenate([10 ** (-12 * (1 - xa) / 20), np.ones(ks), 10 ** (-20 * xl / 20)])
    out = 0.4 * _edges(diesel(rate) * level, 0.05, 0.05)
    brakes = arrive
    _put(out, brakes, hiss(prng.uniform(0.5, 0.8), 1000.0, 7500.0, 0.002, prng.uniform(0.2, 0.4), rng))
    doors = []
    for at in (brakes + prng.uniform(0.8, 1.5), brakes + stay - prng.uniform(1.2, 2.0)):
        length = prng.uniform(0.4, 0.8)
        _put(out, at, 0.6 * hiss(length, 600.0, 6000.0, 0.01, 0.0, rng))
        doors.append((at, at + length))
    end = arrive + stay + leave
    return out, {"stop": (0.0, brakes, arrive + stay, end), "doors": doors, "idle": idle}


def bus(made: Made, seed: int, spells: int) -> Made:
    """A bus stopping at the stop outside, ``spells`` spells of 10-17 s (a bus each, :func:`bus_stopping`), one in
    each of ``spells`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the
    spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = bus_stopping(rng, prng)
        return sound, f"a bus idling at {what['idle']:.0f} Hz, its doors twice"

    return one_sound_in_each_stretch(made, seed, spells, "a bus stopping outside", 0.5, (14.0, 22.0), one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).  Matroska, like FLV, is
#: told to wait for every stream (``max_interleave_delta`` 0: the H.264 picture's first packets come late).
CODECS = {
    "mkv": ("mkv", "matroska", "eac3", 192000, 48000, 1536, "h264", "E-AC-3 (192 kb/s, 48 kHz) in Matroska with an "
            "H.264 picture, a streaming service's download", {"options": {"max_interleave_delta": "0"}}),
    "mov": ("mov", "mov", "pcm_s16le", 768000, 48000, 1024, "h264", "16-bit PCM (48 kHz) in a QuickTime MOV with an "
            "H.264 picture, a DSLR's movie"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirtyEighthSpoilers(a37.ThirtySeventhSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside37_cases.ThirtySeventhSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside38_languages.LangSpec)."""

    yawning: int = 0  #: this many spells of someone yawning beside the microphone (0: none)
    chopping: int = 0  #: this many spells of someone chopping vegetables on a board (0: none)
    sprinkler: int = 0  #: this many spells of a lawn sprinkler in the garden (0: none)
    bus: int = 0  #: this many spells of buses stopping at the stop outside (0: none)


@dataclass
class Spec(a10.Spec, ThirtyEighthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd81_real_yawning_page_mkv": Spec(d, "real", "page", real=R(129801, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.4)),
                                           room=("pink", 36), seed=129811, yawning=2, codec="mkv"),
        "rd81_real_chopping_dashes_mov": Spec(d, "real", "dashes", real=R(129802, 16, wideband=True, snr_db=q,
                                                                          gap=(0.5, 1.5)),
                                              room=("murmur", 34), seed=129812, chopping=2, codec="mov"),
        "rd81_real_sprinkler_plain": Spec(d, "real", real=R(129803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                            long_pauses=0.3),
                                          room=("pink", 36), seed=129813, sprinkler=2),
        "rd81_flite_bus_yawning_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 0.9), Voice(F, "rms", 1.1)], 129401, 129501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=129814, bus=1, yawning=1),
        "rd81_espeak_chopping_sprinkler_bus": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb+Jacky", 1.02), Voice(E, "en-us+Annie", 0.97)], 129403,
                           129503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=129816, chopping=1,
            sprinkler=1, bus=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside38)
        "qy_real_yawning_page": Spec(a, "real", "page", real=R(129101, 16, wideband=False, snr_db=q, gap=(0.5, 1.5)),
                                     room=("pink", 34), seed=129201, yawning=3),
        "qy_real_chopping_plain_mkv": Spec(a, "real", real=R(129102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                           room=("pink", 36), seed=129202, chopping=2, codec="mkv"),
        "qy_real_sprinkler_dashes": Spec(a, "real", "dashes", real=R(129103, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.4), long_pauses=0.3),
                                         room=("pink", 38), seed=129203, sprinkler=2),
        "qy_real_bus_srt": Spec(a, "real", "srt", real=R(129104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                room=("pink", 36), seed=129204, bus=3),
        "qy_real_yawning_vtt_mov": Spec(a, "real", "vtt", real=R(129105, 16, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.5)),
                                        room=("pink", 36), seed=129205, yawning=2, codec="mov"),
        "qy_real_long_mix_mkv": Spec(a, "real", "page", real=R(129106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=129206, yawning=4, chopping=3, sprinkler=3, bus=4,
                                     codec="mkv"),
        "qy_real_chopping_bus_dashes": Spec(a, "real", "dashes", real=R(129108, 16, wideband=True, snr_db=q,
                                                                        gap=(0.4, 1.4)),
                                            room=("murmur", 34), seed=129208, chopping=2, bus=1),
        "qy_flite_sprinkler_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 0.9), Voice(F, "slt", 1.1)], 129404, 129504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=129211, sprinkler=2),
        "qy_festival_yawning_chopping_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "kal", 1.08), Voice(FEST, "slt_hts", 1.1)], 129405, 129505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=129212, yawning=1, chopping=2),
        "qy_espeak_bus_sprinkler_page_mov": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-x-gbclan+Andy", 1.04), Voice(E, "en-gb-x-gbcwmd+belinda", 0.97)],
                           129406, 129506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=129213, bus=2,
            sprinkler=2, codec="mov"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd81_real_yawning_page_mkv", "rd81_real_chopping_dashes_mov", "rd81_real_sprinkler_plain",
                 "rd81_flite_bus_yawning_page", "rd81_espeak_chopping_sprinkler_bus"],
         "aside": ["qy_real_yawning_page", "qy_real_chopping_plain_mkv", "qy_real_sprinkler_dashes",
                   "qy_real_bus_srt", "qy_real_yawning_vtt_mov", "qy_real_long_mix_mkv",
                   "qy_real_chopping_bus_dashes", "qy_flite_sprinkler_plain",
                   "qy_festival_yawning_chopping_dashes", "qy_espeak_bus_sprinkler_page_mov"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the yawning, the chopping, the sprinkler and the
    bus; then aside37_cases.spoil's (the room's noise among them, none of its own switched on; it turns the finished
    talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.yawning, lambda m: yawning(m, spec.seed + 340, spec.yawning)),
             (spec.chopping, lambda m: chopping(m, spec.seed + 341, spec.chopping)),
             (spec.sprinkler, lambda m: sprinkler(m, spec.seed + 342, spec.sprinkler)),
             (spec.bus, lambda m: bus(m, spec.seed + 343, spec.bus))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a37.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
