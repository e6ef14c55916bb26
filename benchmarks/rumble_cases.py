"""Low rumbles that are not thunder, over lines and pauses (``rd176_*``, dev; issue 7, thirty-first round, j176).

The twenty-fourth aside set's thunder (a rumble under 300 Hz rolling in swells for 5-9 s) pulled line ends both ways
and cost a festival line's start 1.47 s; ``aligner.align.low_rumble`` hears the recording through a telephone's low
edge where a rumble plays.  These talks hold rumbles of other shapes, made here, none of them thunder's rolling
swells, so that the rule is measured on what it was not made from:

* **lorries passing** in the street: an engine's firing harmonics (a diesel's 25-45 Hz firing rate and its first
  harmonics) and the tyres' roar under 200 Hz, rising over 2-4 s as a lorry nears, falling as it goes, its pitch
  falling as it passes (Doppler), 4-8 dB under the speech at its nearest (:func:`lorries`);
* **an aircraft passing over**: a distant airliner's roar (noise under 350 Hz with a broad hump at 80-150 Hz) rising
  over 8-12 s and dying away over as long, 3-6 dB under the speech overhead (:func:`aircraft`);
* **wind on the microphone**: gusts of rumble under 150 Hz (1-3 s each, 6-14 s of them in a stretch), 2-8 dB under
  the speech at a gust's peak (:func:`wind`).

Truth is every case's rule: each prompt's voice span where it went (the real talk), the segment and word bounds on
the dry speech (the synthesized ones).  The rumbles only add sound.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside21_cases as a21
import aside24_cases as a24
import synth_cases as sc
import unseen_cases as uc
from aside_common import english_case, generated_talk
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"


def _passing(k: int, at: float, approach: float, rng_depart: float) -> np.ndarray:
    """A level (peak 1) rising as ``1 / (1 + (t / approach)^2)`` towards ``at`` (s) and falling as the source goes
    away over ``rng_depart`` s: a source passing a microphone at a distance."""
    t = np.arange(k) / RATE - at
    scale = np.where(t < 0, approach, rng_depart)
    return 1.0 / (1.0 + (t / scale) ** 2)


def _added(made: Made, parts: list[tuple[int, np.ndarray, float]], note: str) -> Made:
    """``made`` with each (sample offset, sound, dB under the speech at its loudest second) added."""
    x = made.samples.astype(np.float64).copy()
    speech = a4.speech_rms(made)
    for at, y, under in parts:
        loudest = max(sc._rms(y[i:i + RATE]) for i in range(0, max(1, len(y) - RATE + 1), RATE // 4))
        y = y[:len(x) - at]
        x[at:at + len(y)] += y / (loudest + 1e-12) * speech * 10 ** (-under / 20)
    return Made(x.astype(np.float32), made.segments, made.notes + [note], made.words)


def lorries(made: Made, seed: int, count: int) -> Made:
    """``count`` lorries passing, one in each of ``count`` equal stretches of the talk (see the module)."""
    prng, rng = random.Random(seed), np.random.default_rng(seed)
    n = len(made.samples)
    parts, said = [], []
    for j in range(count):
        seconds = prng.uniform(7.0, 12.0)
        at = int(prng.uniform(j, j + 0.7) / count * n)
        k = min(int(seconds * RATE), n - at)
        if k < RATE:
            continue
        t = np.arange(k) / RATE
        nearest = prng.uniform(0.4, 0.6) * seconds
        level = _passing(k, nearest, prng.uniform(2.0, 4.0) / 2, prng.uniform(2.0, 4.0) / 2)
        firing = prng.uniform(25.0, 45.0) * (1.0 + 0.03 * np.tanh((nearest - t) / 0.8))  # Doppler: falls as it passes
        phase = 2 * np.pi * np.cumsum(firing) / RATE
        engine = sum(np.sin(h * phase + prng.uniform(0, 6.3)) / h for h in (1, 2, 3, 4))
        tyres = a21._low(rng.normal(size=k), 200.0)
        y = (engine / sc._rms(engine) + 0.7 * tyres / (sc._rms(tyres) + 1e-12)) * level
        under = prng.uniform(4.0, 8.0)
        parts.append((at, y, under))
        said.append(f"{at / RATE:.1f} s ({seconds:.1f} s, {under:.0f} dB under)")
    return _added(made, parts, f"{len(parts)} lorries passing, under 200 Hz: at " + "; ".join(said))


def aircraft(made: Made, seed: int) -> Made:
    """An airliner passing over the middle of the talk (see the module)."""
    prng, rng = random.Random(seed), np.random.default_rng(seed)
    n = len(made.samples)
    rise, fall = prng.uniform(8.0, 12.0), prng.uniform(8.0, 12.0)
    at = int(prng.uniform(0.3, 0.5) * n)
    k = min(int((rise + fall) * RATE), n - at)
    roar = a21._low(rng.normal(size=k), 350.0)
    hump = a21._low(rng.normal(size=k), 150.0) - a21._low(rng.normal(size=k), 80.0)
    level = _passing(k, rise, rise / 3, fall / 3)
    y = (roar / sc._rms(roar) + hump / (sc._rms(hump) + 1e-12)) * level
    under = prng.uniform(3.0, 6.0)
    return _added(made, [(at, y, under)], f"an aircraft passing over, under 350 Hz: at {at / RATE:.1f} s "
                                          f"({(rise + fall):.1f} s, {under:.0f} dB under overhead)")


def wind(made: Made, seed: int, stretches: int) -> Made:
    """``stretches`` stretches of wind gusting on the microphone (see the module)."""
    prng, rng = random.Random(seed), np.random.default_rng(seed)
    n = len(made.samples)
    parts, said = [], []
    for j in range(stretches):
        seconds = prng.uniform(6.0, 14.0)
        at = int(prng.uniform(j, j + 0.6) / stretches * n)
        k = min(int(seconds * RATE), n - at)
        if k < RATE:
            continue
        t = np.arange(k) / RATE
        level = np.zeros(k)
        g = 0.0
        while g < seconds:
            width = prng.uniform(1.0, 3.0)
            level += prng.uniform(0.5, 1.0) * np.exp(-0.5 * ((t - g - width / 2) / (width / 4)) ** 2)
            g += width * prng.uniform(0.6, 1.0)
        y = a21._low(rng.normal(size=k), 150.0) * level
        under = prng.uniform(2.0, 8.0)
        parts.append((at, y, under))
        said.append(f"{at / RATE:.1f} s ({seconds:.1f} s, {under:.0f} dB under)")
    return _added(made, parts, f"{len(parts)} stretches of wind gusting on the microphone, under 150 Hz: at "
                               + "; ".join(said))


@dataclass(kw_only=True)
class RumbleSpoilers(a24.TwentyFourthSpoilers):
    """This family's rumbles, read by :func:`spoil` by name (with aside24_cases' spoilers)."""

    lorries: int = 0  #: this many lorries passing (0: none)
    aircraft: bool = False  #: an aircraft passing over
    #: this many stretches of wind gusting under 150 Hz (0: none; aside6_cases' ``wind`` is its gusts a minute)
    gusting: int = 0


@dataclass
class Spec(a10.Spec, RumbleSpoilers):
    """An English case (aside10_cases.Spec's fields) with this family's rumbles."""


def catalogue() -> dict[str, Spec]:
    d = "dev"
    R = uc.RealTalk
    q = a4.QUIET_DB
    return {
        "rd176_real_lorries_plain": Spec(d, "real", real=R(176801, 16, wideband=True, snr_db=q, gap=(0.5, 1.5),
                                                          long_pauses=0.3),
                                        room=("murmur", 32), seed=176811, lorries=3),
        "rd176_flite_aircraft_dashes": Spec(d, "synth", "dashes", recordings=[
            generated_talk([Voice(F, "kal", 0.9), Voice(F, "rms", 1.2)], 176401, 176501, 10, pause=(0.6, 1.6),
                           turn=2)], room=("pink", 34), seed=176812, aircraft=True),
        "rd176_festival_wind_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(FEST, "ked", 0.8), Voice(FEST, "kal", 1.2)], 176402, 176502, 10,
                           pause=(0.6, 1.8), turn=1)], room=("fan", 34), seed=176813, gusting=2),
        "rd176_espeak_lorries_aircraft": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Mike", 1.0), Voice(E, "en-gb+Annie", 0.9)], 176403, 176503, 12,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=176814, lorries=2, aircraft=True),
    }


#: The case names (cases.py reads them at start-up, without building the catalogue).
NAMES = ["rd176_real_lorries_plain", "rd176_flite_aircraft_dashes", "rd176_festival_wind_page",
         "rd176_espeak_lorries_aircraft"]


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The rumbles (heard by the microphone as the voice is), then aside24_cases.spoil's (the room's noise among
    them).  Each draws on the case's seed and a number of its own."""
    for wanted, spoiler in ((spec.lorries, lambda m: lorries(m, spec.seed + 300, spec.lorries)),
                            (spec.aircraft, lambda m: aircraft(m, spec.seed + 301)),
                            (spec.gusting, lambda m: wind(m, spec.seed + 302, spec.gusting))):
        made = spoiler(made) if wanted else made
    return a24.spoil(made, spec, which, floor, lang)


store_codec = a24.store_codec


def names() -> list[str]:
    return list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made (aside10_cases.needs), or None."""
    return a10.needs(catalogue()[name])


def make(name: str) -> uc.Built:
    """The case's audio, truth and transcript (aside_common.english_case)."""
    return english_case(name, sys.modules[__name__])
