"""A twenty-ninth aside set nobody has tuned to (``gy_*``, English), and dev twins made the same way (``rd72_*``).

``az_*`` .. ``fy_*`` have each been run once and looked at (``fy_*``, the twenty-eighth, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the twenty-eight
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every
``aside*_cases.py``; every kind the brief named was built before -- a noise suppressor, a hearing loop, a delayed
fill loudspeaker, tape dropouts, a lavalier's rustle, rain on a roof, a vacuum cleaner, a GSM buzz, applause, a
church bell, a dog, keyboard typing -- and is not here):

* **central heating's pipes knocking as they warm**: in each stretch of the talk the heating comes on for 8-20 s,
  its pipes ticking (a ring at each pipe's own 0.9-2.6 kHz, dying over 10-30 ms) at a rate that swells to 3-6
  a second at the spell's middle as the metal expands and dies away again, with 1-3 knocks (a ring at 150-400 Hz
  over a thump), 10-18 dB under the speech over the spell (:func:`radiator`);
* **a wind chime outside an open window**: gusts of 3-8 s in which five tubes tuned to a pentatonic scale on
  550-1100 Hz are struck 2-6 times a second at the gust's height (fewer at its edges), each tube ringing with a
  free bar's partials (1, 2.76 and 5.40 times its pitch) for 0.6-1.5 s, 14-22 dB under the speech over the gust
  (:func:`wind_chime`);
* **a tap left dripping in the kitchenette**: a drop every 0.5-1.6 s (each 8 % early or late) the whole talk long,
  in lines and pauses alike, each a plink whose pitch rises 30-60 % over its 15-35 ms (the bubble's resonance as
  it nears the surface) from 0.8-2.5 kHz, 16-24 dB under the speech over the plink (:func:`dripping_tap`);
* **table tennis in the next room**: rallies of 5-20 shots, a shot every 0.45-0.9 s (a bat's hollow tock, the
  ball's tick on the table 35-55 % of a shot later), the ball then bouncing away on the floor (each bounce 0.7-0.85
  of the last's gap), all through the wall (under 3 kHz), 10-18 dB under the speech over the rally
  (:func:`table_tennis`);
* containers no case had: **AC-3 in an AVCHD camcorder's M2TS with an H.264 picture** (``.mts``) and **MPEG-1
  Layer II in an MPEG program stream with an MPEG-1 picture** (``.mpg``: a Video CD-era lecture archive, 25
  pictures a second as the format requires) (:data:`CODECS`);
* voices at speeds they never had: flite ``kal`` x0.6 and ``awb`` x1.95, festival ``kal`` x1.93 and ``slt_hts``
  x0.52 (dev: flite ``slt`` x1.92, ``kal16`` x0.5); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``gy_*``, once (``run.py --aside29``); its packages and the
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
import aside28_cases as a28
import unseen_cases as uc
from aside_common import container_functions, generated_talk, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"


def ring(pitch: float, decay: float, seconds: float, partials: tuple[float, ...] = (1.0,),
         rng: np.random.Generator | None = None) -> np.ndarray:
    """A struck metal body: sines at ``pitch`` times each of ``partials`` (the k-th at 1/(k+1) of the first's
    amplitude, its own decay shortened by the partial's ratio), dying over ``decay`` s, ``seconds`` long, each from
    a random phase when ``rng`` is given (else from zero)."""
    t = np.arange(int(seconds * RATE)) / RATE
    out = np.zeros(len(t))
    for k, ratio in enumerate(partials):
        phase = rng.uniform(0.0, 2 * np.pi) if rng is not None else 0.0
        out += np.sin(2 * np.pi * pitch * ratio * t + phase) * np.exp(-t * ratio / decay) / (k + 1)
    return out


def swelling_times(seconds: float, top: float, rng: np.random.Generator) -> np.ndarray:
    """Random times in ``seconds`` s whose rate swells from nothing at either end to ``top`` a second at the middle
    (a sine's hump: on average ``top`` times 2/pi a second, at least three): when a metal pipe ticks as it warms and
    a chime's tubes are struck in a gust."""
    count = max(3, round(top * seconds * 2 / np.pi))
    return np.sort(seconds * np.arccos(1.0 - 2.0 * rng.uniform(size=count)) / np.pi)


def laid_in_stretch(added: np.ndarray, sound: np.ndarray, j: int, count: int, share: float, speech: float,
                    under: tuple[float, float], prng: random.Random) -> str:
    """``sound`` laid into ``added`` from a time drawn in the first ``share`` of the ``j``-th of ``count`` equal
    stretches of the talk, at a level drawn ``under`` (low, high) dB under ``speech`` (RMS) over itself, cut at the
    talk's end: the "A-B s (N dB under" its note begins with (how the heating's spells, the chime's gusts and the
    rallies are placed)."""
    n = len(added)
    at = prng.uniform(j, j + share) / count * n / RATE
    db = prng.uniform(*under)
    i = int(at * RATE)
    a25._laid(added, i, sound[:n - i], speech * 10 ** (-db / 20))
    return f"{at:.2f}-{min(n, i + len(sound)) / RATE:.2f} s ({db:.0f} dB under"


# ------------------------------------------------------------------ central heating's pipes
def heating_spell(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list, list]:
    """A spell of ``seconds`` s of heating pipes warming: ticks (:func:`ring` at one of three pipes' own 0.9-2.6 kHz,
    dying over 10-30 ms) at times whose rate swells to 3-6 a second at the spell's middle (:func:`swelling_times`),
    and 1-3 knocks (a ring at 150-400 Hz dying over 40-80 ms, over a thump under 300 Hz) each 4 times a
    tick's amplitude, in the middle half.  Returns the spell and its ticks' and knocks' times (s)."""
    k = int(seconds * RATE)
    out = np.zeros(k)
    pipes = [prng.uniform(900.0, 2600.0) for _ in range(3)]
    ticks = list(swelling_times(seconds - 0.05, prng.uniform(3.0, 6.0), rng))
    for t in ticks:
        tick = ring(prng.choice(pipes), prng.uniform(0.01, 0.03), 0.05, (1.0, 2.76), rng)
        i = int(t * RATE)
        out[i:i + len(tick)] += tick[:k - i] * prng.uniform(0.6, 1.0)
    knocks = sorted(prng.uniform(0.25, 0.75) * seconds for _ in range(prng.randint(1, 3)))
    for at in knocks:
        thump = a26._knock(rng, 40.0, 300.0, 0.01)
        knock = 4.0 * ring(prng.uniform(150.0, 400.0), prng.uniform(0.04, 0.08), 0.3, (1.0, 2.76), rng)
        knock[:len(thump)] += 3.0 * thump
        i = int(at * RATE)
        out[i:i + len(knock)] += knock[:k - i]
    return out, ticks, knocks


def radiator(made: Made, seed: int, spells: int) -> Made:
    """Central heating coming on ``spells`` times (:func:`heating_spell`, 8-20 s each), once in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 10-18 dB under the speech over the spell.  Only adds
    sound."""
    return a26._one_in_each_stretch(made, seed, spells, _lay_spell, "central heating's pipes warming")


def _lay_spell(j: int, spells: int, added: np.ndarray, speech: float, prng: random.Random,
               rng: np.random.Generator) -> str:
    """The ``j``-th of ``spells`` heating spells laid into ``added`` (:func:`radiator`); what the notes say."""
    sound, ticks, knocks = heating_spell(prng.uniform(8.0, 20.0), rng, prng)
    span = laid_in_stretch(added, sound, j, spells, 0.5, speech, (10.0, 18.0), prng)
    return f"{span}; {len(ticks)} ticks, {len(knocks)} knocks)"


# ------------------------------------------------------------------ a wind chime outside an open window
#: A pentatonic scale's steps over the chime's lowest tube (five tubes).
PENTATONIC = (1.0, 9 / 8, 5 / 4, 3 / 2, 5 / 3)
#: A free bar's partials (a chime's tube rings at these times its pitch, not at harmonics).
FREE_BAR = (1.0, 2.76, 5.40)


def chime_gust(seconds: float, base: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list]:
    """A gust of ``seconds`` s through a wind chime whose five tubes are :data:`PENTATONIC` steps over ``base`` Hz:
    strikes at times whose rate swells to 2-6 a second at the gust's height (:func:`swelling_times`), each a tube
    drawn at random ringing with :data:`FREE_BAR`'s partials for its 0.6-1.5 s (its decay a third of that),
    the last strike's ring let to die after the gust.  Returns the gust and its strikes (time s, tube)."""
    strikes = [(t, prng.randrange(len(PENTATONIC))) for t in swelling_times(seconds, prng.uniform(2.0, 6.0), rng)]
    out = np.zeros(int((seconds + 1.5) * RATE))
    for at, tube in strikes:
        rings_for = prng.uniform(0.6, 1.5)
        sound = ring(base * PENTATONIC[tube], rings_for / 3, rings_for, FREE_BAR, rng) * prng.uniform(0.5, 1.0)
        i = int(at * RATE)
        out[i:i + len(sound)] += sound
    return out[:np.flatnonzero(out)[-1] + 1], strikes


def wind_chime(made: Made, seed: int, gusts: int) -> Made:
    """A wind chime outside an open window, ``gusts`` gusts of 3-8 s (:func:`chime_gust`, the chime's lowest tube at
    550-1100 Hz for the whole talk), one in each of ``gusts`` equal stretches of the talk, in lines and pauses
    alike, 14-22 dB under the speech over the gust and its rings.  Only adds sound."""
    base = random.Random(seed + 1).uniform(550.0, 1100.0)

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        sound, strikes = chime_gust(prng.uniform(3.0, 8.0), base, rng, prng)
        return f"{laid_in_stretch(added, sound, j, count, 0.6, speech, (14.0, 22.0), prng)}; {len(strikes)} strikes)"

    return a26._one_in_each_stretch(made, seed, gusts, lay, f"a wind chime outside (its lowest tube {base:.0f} Hz)")


# ------------------------------------------------------------------ a tap left dripping
def plink(pitch: float, rise: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A drop falling into water: a sine from ``pitch`` Hz gliding up by ``rise`` (0.3: 30 %) over its ``seconds``,
    its amplitude dying to a twentieth, over a 1 ms splash of noise (a bubble's resonance rising as it nears the
    surface)."""
    k = int(seconds * RATE)
    u = np.arange(k) / k
    f = pitch * (1.0 + rise * u)
    tone = np.sin(2 * np.pi * np.cumsum(f) / RATE) * np.exp(-3.0 * u)
    splash = np.zeros(k)
    m = int(0.001 * RATE)
    splash[:m] = 0.3 * rng.normal(size=m)
    return tone + splash


def dripping_tap(made: Made, seed: int) -> Made:
    """A tap left dripping in the kitchenette, the whole talk long: a drop every 0.5-1.6 s (the period fixed, each
    drop 8 % of it early or late), each a :func:`plink` at 0.8-2.5 kHz (within 15 % of the tap's own pitch) rising
    30-60 % over 15-35 ms, 16-24 dB under the speech over the plink, in lines and pauses alike.  Only adds sound."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    n = len(made.samples)
    speech = a4.speech_rms(made)
    period, pitch, under = prng.uniform(0.5, 1.6), prng.uniform(800.0, 2500.0), prng.uniform(16.0, 24.0)
    added = np.zeros(n)
    t, drops = prng.uniform(0.0, period), 0
    while t < n / RATE - 0.04:
        sound = plink(pitch * prng.uniform(0.87, 1.15), prng.uniform(0.3, 0.6), prng.uniform(0.015, 0.035), rng)
        a25._laid(added, int(t * RATE), sound, speech * 10 ** (-under / 20))
        drops += 1
        t += period * prng.uniform(0.92, 1.08)
    return a26._added(made, added, f"a tap dripping in the kitchenette: {drops} drops, one every {period:.2f} s "
                      f"({pitch:.0f} Hz, each plink {under:.0f} dB under)")


# ------------------------------------------------------------------ table tennis in the next room
def rally(shots: int, every: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list, list]:
    """A rally of ``shots`` shots a shot every ``every`` s (each 5 % early or late): each a bat's tock (a knock at
    400-1500 Hz, dying over 3 ms) and the ball's tick on the table (a ring at 2-3 kHz dying over 4 ms) 35-55 % of
    a shot later; then the ball bouncing away on the floor, 4-7 bounces each 0.7-0.85 of the last's gap (the first
    0.3-0.5 s) and 0.8 of its level.  All heard through the wall (under 3 kHz).  Returns the rally, its bats' times
    and its floor bounces' times (s)."""
    bats, t = [], 0.0
    for _ in range(shots):
        bats.append(t)
        t += every * prng.uniform(0.95, 1.05)
    gap, ratio, bounces, b = prng.uniform(0.3, 0.5), prng.uniform(0.7, 0.85), [], bats[-1] + every
    for _ in range(prng.randint(4, 7)):
        bounces.append(b)
        b, gap = b + gap, gap * ratio
    out = np.zeros(int((b + 0.1) * RATE))

    def lay(at: float, sound: np.ndarray) -> None:
        i = int(at * RATE)
        out[i:i + len(sound)] += sound

    for at in bats:
        lay(at, a26._knock(rng, 400.0, 1500.0, 0.003))
        lay(at + every * prng.uniform(0.35, 0.55), 0.8 * ring(prng.uniform(2000.0, 3000.0), 0.004, 0.03, (1.0,), rng))
    for j, at in enumerate(bounces):
        lay(at, 0.8 ** j * ring(prng.uniform(2000.0, 3000.0), 0.004, 0.03, (1.0,), rng))
    return a21._low(out, 3000.0), bats, bounces


def table_tennis(made: Made, seed: int, rallies: int) -> Made:
    """Table tennis in the next room, ``rallies`` rallies (:func:`rally`: 5-20 shots, a shot every 0.45-0.9 s),
    one in each of ``rallies`` equal stretches of the talk, in lines and pauses alike, 10-18 dB under the speech
    over the rally.  Only adds sound."""
    return a26._one_in_each_stretch(made, seed, rallies, _lay_rally, "table tennis in the next room")


def _lay_rally(j: int, rallies: int, added: np.ndarray, speech: float, prng: random.Random,
               rng: np.random.Generator) -> str:
    """The ``j``-th of ``rallies`` rallies laid into ``added`` (:func:`table_tennis`); what the notes say."""
    shots, every = prng.randint(5, 20), prng.uniform(0.45, 0.9)
    sound, bats, bounces = rally(shots, every, rng, prng)
    span = laid_in_stretch(added, sound, j, rallies, 0.6, speech, (10.0, 18.0), prng)
    return f"{span}; {shots} shots, one every {every:.2f} s, {len(bounces)} bounces)"


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it, and what else
#: aside_common.encoded_bytes is told).
CODECS = {
    "mts": ("mts", "mpegts", "ac3", 256000, 48000, 1536, "libx264", "AC-3 (256 kb/s, 48 kHz) in an AVCHD camcorder's "
            "M2TS with an H.264 picture", {"options": {"mpegts_m2ts_mode": "1"}}),
    "mpg": ("mpg", "mpeg", "mp2", 224000, 44100, 1152, "mpeg1video", "MPEG-1 Layer II (224 kb/s, 44.1 kHz) in an "
            "MPEG program stream with an MPEG-1 picture at 25 a second, a Video CD-era lecture archive",
            {"video_fps": 25}),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TwentyNinthSpoilers(a28.TwentyEighthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside28_cases.TwentyEighthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside29_languages.LangSpec)."""

    radiator: int = 0  #: central heating coming on this many times (0: none)
    chimes: int = 0  #: this many gusts through a wind chime (0: none)
    drips: bool = False  #: a tap dripping the whole talk long
    pingpong: int = 0  #: this many table tennis rallies next door (0: none)


@dataclass
class Spec(a10.Spec, TwentyNinthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd72_real_radiator_page_mts": Spec(d, "real", "page", real=R(111801, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.4)),
                                            room=("pink", 36), seed=111811, radiator=2, codec="mts"),
        "rd72_real_chimes_dashes_mpg": Spec(d, "real", "dashes", real=R(111802, 16, wideband=True, snr_db=q,
                                                                        gap=(0.5, 1.5)),
                                            room=("murmur", 34), seed=111812, chimes=3, codec="mpg"),
        "rd72_real_drips_plain": Spec(d, "real", real=R(111803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                        long_pauses=0.3),
                                      room=("pink", 36), seed=111813, drips=True),
        "rd72_flite_pingpong_radiator_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "slt", 1.92), Voice(F, "kal16", 0.5)], 111401, 111501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=111814, pingpong=2, radiator=1),
        "rd72_espeak_drips_chimes_pingpong": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb+m1", 0.96), Voice(E, "en-us-nyc+f4", 1.08)], 111403, 111503, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=111816, drips=True, chimes=2,
            pingpong=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside29)
        "gy_real_radiator_page": Spec(a, "real", "page", real=R(111101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                      room=("pink", 34), seed=111201, radiator=3),
        "gy_real_chimes_plain_mts": Spec(a, "real", real=R(111102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                         room=("pink", 36), seed=111202, chimes=3, codec="mts"),
        "gy_real_drips_dashes": Spec(a, "real", "dashes", real=R(111103, 16, wideband=True, snr_db=q,
                                                                 gap=(0.5, 1.4), long_pauses=0.3),
                                     room=("pink", 38), seed=111203, drips=True),
        "gy_real_pingpong_srt": Spec(a, "real", "srt", real=R(111104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                     room=("pink", 36), seed=111204, pingpong=3),
        "gy_real_radiator_vtt_mpg": Spec(a, "real", "vtt", real=R(111105, 16, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.5)),
                                         room=("pink", 36), seed=111205, radiator=2, codec="mpg"),
        "gy_real_long_mix_mts": Spec(a, "real", "page", real=R(111106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=111206, radiator=4, chimes=5, drips=True, pingpong=4,
                                     codec="mts"),
        "gy_real_chimes_pingpong_dashes": Spec(a, "real", "dashes", real=R(111108, 16, wideband=False, snr_db=q,
                                                                           gap=(0.4, 1.4)),
                                               room=("murmur", 34), seed=111208, chimes=2, pingpong=2),
        "gy_flite_drips_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 0.6), Voice(F, "awb", 1.95)], 111404, 111504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=111211, drips=True),
        "gy_festival_radiator_chimes_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "kal", 1.93), Voice(FEST, "slt_hts", 0.52)], 111405, 111505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=111212, radiator=2, chimes=3),
        "gy_espeak_pingpong_drips_page_mpg": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+m3", 1.12), Voice(E, "en-029+f4", 0.94)], 111406, 111506, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=111213, pingpong=2, drips=True,
            codec="mpg"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd72_real_radiator_page_mts", "rd72_real_chimes_dashes_mpg", "rd72_real_drips_plain",
                 "rd72_flite_pingpong_radiator_page", "rd72_espeak_drips_chimes_pingpong"],
         "aside": ["gy_real_radiator_page", "gy_real_chimes_plain_mts", "gy_real_drips_dashes",
                   "gy_real_pingpong_srt", "gy_real_radiator_vtt_mpg", "gy_real_long_mix_mts",
                   "gy_real_chimes_pingpong_dashes", "gy_flite_drips_plain",
                   "gy_festival_radiator_chimes_dashes", "gy_espeak_pingpong_drips_page_mpg"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the dripping tap, the heating, the wind chime and
    the table tennis; then aside28_cases.spoil's (the room's noise among them, none of its own switched on; it turns
    the finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.drips, lambda m: dripping_tap(m, spec.seed + 250)),
             (spec.radiator, lambda m: radiator(m, spec.seed + 251, spec.radiator)),
             (spec.chimes, lambda m: wind_chime(m, spec.seed + 252, spec.chimes)),
             (spec.pingpong, lambda m: table_tennis(m, spec.seed + 253, spec.pingpong))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a28.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
