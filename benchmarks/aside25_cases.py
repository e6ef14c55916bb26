"""A twenty-fifth aside set nobody has tuned to (``ix_*``, English), and dev twins made the same way (``rd68_*``).

``az_*`` .. ``bx_*`` have each been run once and looked at (``bx_*``, the twenty-fourth, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the twenty-four
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md with the file's line breaks
taken out; a hearing loop, a lavalier's rubbing, wind, a PA's delayed copy, a lacquer disc's crackle, pages, a
noise suppressor and a gate were built before and are not here):

* **an espresso machine behind the counter**: for each order the grinder (a motor's whine and the burrs' crunch,
  2-5 s), the pump (a vibratory pump buzzing at the mains' 50 Hz, 15-25 s) and the steam wand (a hiss over 1.5-2.5
  kHz that gurgles, 5-12 s), each 6-18 dB under the speech, over lines and pauses alike (:func:`espresso_machine`);
* **a leaf blower walking past outside**: a two-stroke engine (firing 100-150 times a second, a harmonic buzz)
  with its fan's roar, blipped every few seconds, its level rising and falling by 7-16 dB as the gardener walks
  by over 25-50 s, 4-12 dB under the speech at the nearest (:func:`leaf_blower`);
* **a stove-top kettle coming to the boil**: a rumble under 600 Hz with the ticks of first bubbles, rising for
  30-60 s, then its whistle (a tone at 1.6-2.2 kHz rising in pitch and level, trembling) for 4-9 s until it is
  lifted off (:func:`kettle`);
* **a podcast's aural exciter**: the highs over 2-3.5 kHz driven into an asymmetric soft clipper and its
  harmonics mixed back over the corner, 6-10 dB under the highs -- new highs where the voice has highs, the room's
  hiss lifted a little (:func:`exciter`);
* containers no case had: **Opus in Matroska audio** (``.mka``: a call recorder's file) and **E-AC-3 in an MP4
  with an H.264 picture** (``.mp4``: a streaming service's download) (:data:`CODECS`);
* voices at speeds they never had: flite ``awb`` x0.55 and ``slt`` x1.82, festival ``kal`` x0.5 and ``ked`` x1.84.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  The espresso machine, the leaf blower and the kettle only add sound; the
exciter adds the clipped highs' harmonics, zero-phase, at the instant of the highs they come from; the containers'
delays are measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``ix_*``, once (``run.py --aside25``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside21_cases as a21
import aside24_cases as a24
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"


def _band(x: np.ndarray, low: float, high: float) -> np.ndarray:
    """``x`` between ``low`` and ``high`` Hz (zero-phase: aside21_cases' smooth low-pass, less the part under
    ``low``)."""
    under_high = a21._low(x, high)
    return under_high - a21._low(under_high, low)


def _ramped(y: np.ndarray, rise: float, fall: float) -> np.ndarray:
    """``y`` faded in over ``rise`` s and out over ``fall`` s (a machine starting and stopping, no click)."""
    env = np.ones(len(y))
    a, b = min(len(y), int(rise * RATE)), min(len(y), int(fall * RATE))
    if a:
        env[:a] = np.linspace(0.0, 1.0, a)
    if b:
        env[len(y) - b:] *= np.linspace(1.0, 0.0, b)
    return y * env


def _laid(track: np.ndarray, at: int, part: np.ndarray, level: float) -> None:
    """``part`` scaled to RMS ``level`` and added into ``track`` from sample ``at`` (cut at the track's end)."""
    k = min(len(part), len(track) - at)
    if k > 0:
        track[at:at + k] += part[:k] / (sc._rms(part) + 1e-12) * level


# ------------------------------------------------------------------ an espresso machine behind the counter
def grinder(seconds: float, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """A coffee grinder's burst: its motor's whine (a harmonic series on 140-220 Hz, the partials falling as 1/k,
    spinning down over the last 0.3 s) and the burrs' crunch (noise at 1-6 kHz in grains of 5 ms)."""
    k = int(seconds * RATE)
    f0 = prng.uniform(140.0, 220.0) * np.minimum(1.0, 0.6 + 0.4 * (k - np.arange(k)) / (0.3 * RATE))
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    whine = sum(np.sin(j * phase) / j for j in range(1, 9))
    grains = np.repeat(rng.random(k // 80 + 1) ** 2, 80)[:k]
    crunch = _band(rng.normal(size=k), 1000.0, 6000.0) * grains
    return _ramped(whine / sc._rms(whine) + 1.5 * crunch / (sc._rms(crunch) + 1e-12), 0.05, 0.3)


def pump(seconds: float, mains: float, rng: np.random.Generator) -> np.ndarray:
    """An espresso machine's vibratory pump: a piston driven at the mains' ``mains`` Hz, a buzz rich in its
    harmonics (a clipped sine), with a rattle on each stroke, rising over the first second as the pressure builds."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    stroke = np.sin(2 * np.pi * mains * t)
    rattle = rng.normal(size=k) * np.maximum(stroke, 0.0) ** 8
    return _ramped(np.tanh(4 * stroke) + 0.6 * _band(rattle, 800.0, 4000.0) / (sc._rms(rattle) + 1e-12), 1.0, 0.1)


def steam_wand(seconds: float, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """The steam wand frothing milk: a hiss over 1.5-2.5 kHz whose level gurgles (a slow random swell, 1-4 times a
    second, by up to 6 dB)."""
    k = int(seconds * RATE)
    hiss = rng.normal(size=k)
    hiss = hiss - a21._low(hiss, prng.uniform(1500.0, 2500.0))
    knots = rng.normal(size=int(seconds * prng.uniform(1.0, 4.0)) + 2)
    gurgle = 10 ** (3 * np.interp(np.linspace(0, len(knots) - 1, k), np.arange(len(knots)), np.tanh(knots)) / 20)
    return _ramped(hiss * gurgle, 0.1, 0.3)


def espresso_machine(made: Made, seed: int, orders: int) -> Made:
    """``orders`` coffees made behind the counter, one begun in each of ``orders`` equal stretches of the talk (the
    barista does not wait for a pause): the grinder (:func:`grinder`, 2-5 s), 2-6 s later the pump (:func:`pump`,
    15-25 s), 1-4 s after it the steam wand (:func:`steam_wand`, 5-12 s); each stage 6-18 dB under the speech.
    Only adds sound."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    speech = a4.speech_rms(made)
    added = np.zeros(n)
    said = []
    makers = {"grinder": lambda s: grinder(s, rng, prng), "pump": lambda s: pump(s, 50.0, rng),
              "steam": lambda s: steam_wand(s, rng, prng)}
    for j in range(orders):
        at = prng.uniform(j, j + 0.6) / orders * n / RATE
        stages = [("grinder", prng.uniform(2.0, 5.0), 0.0), ("pump", prng.uniform(15.0, 25.0), prng.uniform(2.0, 6.0)),
                  ("steam", prng.uniform(5.0, 12.0), prng.uniform(1.0, 4.0))]  # (what, how long, after a wait)
        for what, seconds, wait in stages:
            at += wait
            if at > n / RATE - 1.0:
                break
            sound = makers[what](seconds)
            under = prng.uniform(6.0, 18.0)
            _laid(added, int(at * RATE), sound, speech * 10 ** (-under / 20))
            said.append(f"{what} {at:.1f}-{min(at + seconds, n / RATE):.1f} s ({under:.0f} dB under)")
            at += seconds
    return Made((x + added).astype(np.float32), made.segments, made.notes + [
        f"an espresso machine behind the counter ({orders} order{'s' if orders > 1 else ''}): " + ", ".join(said)], made.words)


# ------------------------------------------------------------------ a leaf blower walking past outside
def two_stroke(seconds: float, firing: float, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """A leaf blower's two-stroke engine and fan: firings ``firing`` times a second (blipped 15-30 % faster for 0.5-2
    s every 2-5 s), each a knock ringing in the exhaust (a 300-600 Hz resonance dying in 3 ms), under the fan's
    roar (noise at 400-3000 Hz, louder with the throttle)."""
    k = int(seconds * RATE)
    throttle = np.zeros(k)
    at = prng.uniform(0.5, 2.0)
    while at < seconds:
        length = prng.uniform(0.5, 2.0)
        throttle[int(at * RATE):int((at + length) * RATE)] = prng.uniform(0.15, 0.3)
        at += length + prng.uniform(2.0, 5.0)
    throttle = np.convolve(throttle, np.ones(1600) / 1600, "same")  # the engine takes 0.1 s to answer
    beats = np.cumsum(firing * (1 + throttle)) / RATE
    knocks = np.zeros(k)
    knocks[np.flatnonzero(np.diff(np.floor(beats)) > 0)] = 1.0
    t = np.arange(int(0.02 * RATE)) / RATE
    ring = np.exp(-t / 0.003) * np.sin(2 * np.pi * prng.uniform(300.0, 600.0) * t)
    engine = np.convolve(knocks, ring)[:k]
    roar = _band(rng.normal(size=k), 400.0, 3000.0) * (1 + 2 * throttle)
    return engine / (sc._rms(engine) + 1e-12) + 0.7 * roar / (sc._rms(roar) + 1e-12)


def walk_past_gain(k: int, nearest: float, spread: float) -> np.ndarray:
    """The gain of a source walking past on a straight line, as 1 over the distance: 1 at its nearest, ``nearest`` of
    the way through; at the farther end ``spread`` times as far as that, at the nearer end as far as the walk's
    steady pace takes it."""
    s = np.linspace(-nearest, 1.0 - nearest, k) / max(nearest, 1.0 - nearest)
    return 1.0 / np.sqrt(1.0 + (spread ** 2 - 1.0) * s ** 2)


def leaf_blower(made: Made, seed: int) -> Made:
    """A gardener walking past outside with a leaf blower (:func:`two_stroke`, firing 100-150 times a second) for
    25-50 s from somewhere in the talk's first half: its level rises and falls as 1 over the distance (the nearest
    point 35-65 % of the way through, the farther end 4-6 times as far: 12-16 dB under it, the nearer end 7-16 dB),
    4-12 dB under the speech at the nearest.  Only adds sound."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    at = int(prng.uniform(0.05, 0.5) * n)
    seconds = min(prng.uniform(25.0, 50.0), (n - at) / RATE)
    firing, under, spread = prng.uniform(100.0, 150.0), prng.uniform(4.0, 12.0), prng.uniform(4.0, 6.0)
    engine = two_stroke(seconds, firing, rng, prng)
    walk = walk_past_gain(len(engine), prng.uniform(0.35, 0.65), spread)
    nearest = engine[np.argmax(walk) - RATE // 2:np.argmax(walk) + RATE // 2]
    loud = a4.speech_rms(made) * 10 ** (-under / 20) / (sc._rms(nearest) + 1e-12)
    added = np.zeros(n)
    added[at:at + len(engine)] = _ramped(engine * walk, 0.5, 0.5) * loud
    return Made((x + added).astype(np.float32), made.segments, made.notes + [
        f"a leaf blower walking past outside ({firing:.0f} firings a second): {at / RATE:.1f}-"
        f"{at / RATE + seconds:.1f} s, {under:.0f} dB under the speech at the nearest, the farther end {spread:.1f} "
        "times as far"], made.words)


# ------------------------------------------------------------------ a kettle coming to the boil
def kettle_sound(heating: float, whistling: float, rng: np.random.Generator, prng: random.Random
                 ) -> tuple[np.ndarray, float]:
    """A stove-top kettle: ``heating`` s of a rumble under 600 Hz rising 30 dB (a line in dB) with the ticks of first
    bubbles coming faster, its loudest 6-12 dB under the whistle; then ``whistling`` s of its whistle over the boil
    (which goes on at its loudest): a tone at 1.6-2.2 kHz rising 5-15 % in pitch, swelling in over 1-2 s and
    trembling (5-8 Hz, 15 %), stopped at once (10 ms) when the kettle is lifted off.  The whistle at unit RMS over
    its second half; returns the sound and the whistle's first pitch."""
    h, w = int(heating * RATE), int(whistling * RATE)
    rise = np.concatenate([10 ** (np.linspace(-30.0, 0.0, h) / 20), np.ones(w)])
    rumble = a21._low(rng.normal(size=h + w), 600.0)
    ticks = (rng.random(h + w) < np.minimum(np.linspace(2.0, 60.0, h + w), 40.0) / RATE).astype(float)
    bubbles = np.convolve(ticks, np.exp(-np.arange(48) / 8.0) * rng.normal(size=48))[:h + w]
    boil = (rumble / sc._rms(rumble) + 0.5 * bubbles / (sc._rms(bubbles) + 1e-12)) * rise
    f0 = prng.uniform(1600.0, 2200.0)
    t = np.arange(w) / RATE
    pitch = f0 * (1 + prng.uniform(0.05, 0.15) * t / whistling)
    tremble = 1 + 0.15 * np.sin(2 * np.pi * prng.uniform(5.0, 8.0) * t)
    whistle = np.sin(2 * np.pi * np.cumsum(pitch) / RATE) * tremble * np.minimum(1.0, t / prng.uniform(1.0, 2.0))
    sound = boil / sc._rms(boil[h:]) * 10 ** (-prng.uniform(6.0, 12.0) / 20)
    sound[h:] += whistle / sc._rms(whistle[w // 2:])
    return _ramped(sound, 0.0, 0.01), f0


def kettle(made: Made, seed: int) -> Made:
    """A kettle on the stove in the room, heating 30-60 s and whistling 4-9 s (:func:`kettle_sound`), its whistle
    6-14 dB under the speech: the whistle begins somewhere in 15-75 % of the talk, the heating that long before it
    (before the recording began, on a short talk: the sound is cut there); lifted off when it has whistled (over a
    line or a pause, as it happens).  Only adds sound."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    heating, whistling, under = prng.uniform(30.0, 60.0), prng.uniform(4.0, 9.0), prng.uniform(6.0, 14.0)
    whistle_at = prng.uniform(0.15, 0.75) * n / RATE
    sound, f0 = kettle_sound(heating, whistling, rng, prng)
    at = int(round((whistle_at - heating) * RATE))
    added = np.zeros(n)
    part = sound[max(0, -at):max(0, n - at)] * a4.speech_rms(made) * 10 ** (-under / 20)
    added[max(0, at):max(0, at) + len(part)] = part
    off = min(whistle_at + whistling, n / RATE)
    return Made((x + added).astype(np.float32), made.segments, made.notes + [
        f"a kettle on the stove: heating from {whistle_at - heating:.1f} s, whistling ({f0:.0f} Hz and rising) "
        f"{whistle_at:.1f}-{off:.1f} s, {under:.0f} dB under the speech"], made.words)


# ------------------------------------------------------------------ a podcast's aural exciter
def exciter(made: Made, seed: int) -> Made:
    """The talk through a podcast's aural exciter: the highs over 2-3.5 kHz (zero-phase) driven into an asymmetric
    soft clipper (tanh, biased so it makes even harmonics as well as odd), the loudest highs of the lines (their
    99th percentile) driven 2-3 times past its knee; what comes out, over the corner again, mixed back 6-10 dB under
    the highs.  Every added sample comes from the highs at that instant: new highs where the voice has highs, the
    room's hiss lifted by at most the mix (2-4 dB of its highs, the little it has).  Nothing moves."""
    prng = random.Random(seed)
    x = made.samples.astype(np.float64)
    corner = prng.uniform(2000.0, 3500.0)
    high = x - a21._low(x, corner)
    lines = np.concatenate([high[int(s["start"] * RATE):int(s["end"] * RATE)] for s in a24._line_spans(made)])
    past = prng.uniform(2.0, 3.0)
    drive = past / (float(np.percentile(np.abs(lines), 99)) + 1e-12)
    bias = prng.uniform(0.2, 0.4)
    shaped = (np.tanh(drive * high + bias) - np.tanh(bias)) / drive
    mix_db = prng.uniform(6.0, 10.0)
    y = x + (shaped - a21._low(shaped, corner)) * 10 ** (-mix_db / 20)
    note = (f"a podcast's aural exciter: the highs over {corner:.0f} Hz clipped (the lines' loudest {past:.1f} times "
            f"past the knee, bias {bias:.2f}) and mixed back {mix_db:.0f} dB under")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).
CODECS = {
    "mka": ("mka", "matroska", "libopus", 32000, 48000, 960, None, "Opus (32 kb/s, 48 kHz) in Matroska audio, a "
            "call recorder's file"),
    "mp4": ("mp4", "mp4", "eac3", 96000, 48000, 1536, "libx264", "E-AC-3 (96 kb/s, 48 kHz) in an MP4 with an "
            "H.264 picture, a streaming service's download"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TwentyFifthSpoilers(a24.TwentyFourthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside24_cases.TwentyFourthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside25_languages.LangSpec)."""

    espresso: int = 0  #: this many coffees made behind the counter (0: none)
    blower: bool = False  #: a leaf blower walking past outside
    kettle: bool = False  #: a kettle coming to the boil and whistling
    exciter: bool = False  #: through a podcast's aural exciter


@dataclass
class Spec(a10.Spec, TwentyFifthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd68_real_espresso_page_mka": Spec(d, "real", "page", real=R(103801, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.4)),
                                            room=("murmur", 34), seed=103811, espresso=1, codec="mka"),
        "rd68_real_exciter_dashes_mp4": Spec(d, "real", "dashes", real=R(103802, 16, wideband=True, snr_db=q,
                                                                         gap=(0.5, 1.5)),
                                             room=("pink", 36), seed=103812, exciter=True, codec="mp4"),
        "rd68_real_blower_plain": Spec(d, "real", real=R(103803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                         long_pauses=0.3),
                                       room=("fan", 36), seed=103813, blower=True),
        "rd68_flite_kettle_exciter_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal16", 0.58), Voice(F, "rms", 1.86)], 103401, 103501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("murmur", 34), seed=103814, kettle=True, exciter=True),
        "rd68_espeak_blower_espresso": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Gene", 1.0), Voice(E, "en-gb+Hugo", 0.95)], 103403, 103503, 10,
                           pause=(0.5, 1.4), turn=3)], room=("pink", 34), seed=103816, blower=True, espresso=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside25)
        "ix_real_espresso_page": Spec(a, "real", "page", real=R(103101, 16, wideband=True, snr_db=q,
                                                                gap=(0.5, 1.5)),
                                      room=("murmur", 30), seed=103201, espresso=1),
        "ix_real_exciter_plain_mka": Spec(a, "real", real=R(103102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=103202, exciter=True, codec="mka"),
        "ix_real_blower_dashes": Spec(a, "real", "dashes", real=R(103103, 16, wideband=True, snr_db=q,
                                                                  gap=(0.5, 1.4), long_pauses=0.3),
                                      room=("murmur", 30), seed=103203, blower=True),
        "ix_real_kettle_srt": Spec(a, "real", "srt", real=R(103104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                   room=("fan", 36), seed=103204, kettle=True),
        "ix_real_exciter_vtt_mp4": Spec(a, "real", "vtt", real=R(103105, 16, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.5)),
                                        room=("pink", 34), seed=103205, exciter=True, codec="mp4"),
        "ix_real_long_mix_mka": Spec(a, "real", "page", real=R(103106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=103206, espresso=4, blower=True, kettle=True,
                                     exciter=True, codec="mka"),
        "ix_real_kettle_espresso_dashes": Spec(a, "real", "dashes", real=R(103108, 16, wideband=True, snr_db=q,
                                                                           gap=(0.4, 1.4)),
                                               room=("pink", 38), seed=103208, kettle=True, espresso=1),
        "ix_flite_blower_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 0.55), Voice(F, "slt", 1.82)], 103404, 103504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=103211, blower=True),
        "ix_festival_kettle_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "kal", 0.5), Voice(FEST, "ked", 1.84)], 103405, 103505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 30), seed=103212, kettle=True),
        "ix_espeak_espresso_exciter_page_mp4": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb+Caleb", 1.0), Voice(E, "en-us+Paul", 0.9)], 103406, 103506, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=103213, espresso=1, exciter=True,
            codec="mp4"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd68_real_espresso_page_mka", "rd68_real_exciter_dashes_mp4", "rd68_real_blower_plain",
                 "rd68_flite_kettle_exciter_page", "rd68_espeak_blower_espresso"],
         "aside": ["ix_real_espresso_page", "ix_real_exciter_plain_mka", "ix_real_blower_dashes", "ix_real_kettle_srt",
                   "ix_real_exciter_vtt_mp4", "ix_real_long_mix_mka", "ix_real_kettle_espresso_dashes",
                   "ix_flite_blower_plain", "ix_festival_kettle_dashes", "ix_espeak_espresso_exciter_page_mp4"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen: the espresso machine, the leaf blower and the kettle (heard by the
    microphone as the voice is); aside24_cases.spoil's (the room's noise among them, none of its own switched on);
    the podcast's exciter in the edit, last.  Each draws on the case's seed and a number of its own."""
    heard = [(spec.espresso, lambda m: espresso_machine(m, spec.seed + 210, spec.espresso)),
             (spec.blower, lambda m: leaf_blower(m, spec.seed + 211)),
             (spec.kettle, lambda m: kettle(m, spec.seed + 212))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    made = a24.spoil(made, spec, which, floor, lang)
    return a4.headroom(exciter(made, spec.seed + 213)) if spec.exciter else made


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
