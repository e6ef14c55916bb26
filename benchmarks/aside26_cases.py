"""A twenty-sixth aside set nobody has tuned to (``ax_*``, English), and dev twins made the same way (``rd69_*``).

``az_*`` .. ``ix_*`` have each been run once and looked at (``ix_*``, the twenty-fifth, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the twenty-five
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md with the file's line breaks
taken out, and against every ``aside*_cases.py``; a hearing loop, a PA's delayed copy, a noise suppressor, a
cassette's dropouts, a train carriage and a phone vibrating on the table were built before and are not here):

* **an underground train passing under the hall**: a low roar under 60-250 Hz that swells over 5-10 s and dies
  away, with the rail joints' clatter (a bogie's pair of knocks, repeating every 0.45-0.9 s) riding on it, 4-12 dB
  under the speech at its loudest, over lines and pauses alike (:func:`underground_train`);
* **a lift arriving next door**: its arrival ding (a struck tone at 650-1100 Hz with an inharmonic partial, dying
  over 0.6-1.2 s), struck in a pause between lines, then the door motor's whine (a 90-150 Hz motor's harmonics
  sliding up and down, 1.5-2.5 s) ending on the door's soft stop (:func:`lift`);
* **a ceiling fan with a slow beat**: the blades' broadband whoosh and the motor's hum under the whole talk, its
  level beating by 4-8 dB every 1.5-4 s (one blade out of balance), 16-24 dB under the speech (:func:`ceiling_fan`);
* **an office laser printer**: the fan and fuser warming up, then each page's pick roller's clack, the paper path's
  rattle and the page dropping into the tray, 1.8-3 s a page, the fan running down after the job, 8-16 dB under
  the speech (:func:`office_printer`);
* containers no case had: **AAC in a QuickTime MOV with an H.264 picture** (``.mov``: a phone's video) and **MP3 in
  Matroska with an MPEG-4 Part 2 picture** (``.mkv``: an old rip) (:data:`CODECS`);
* voices at speeds they never had: flite ``kal`` x0.64 and ``slt`` x1.88, festival ``slt_hts`` x0.56 and ``ked``
  x1.9 (dev: flite ``awb`` x1.84, ``kal16`` x0.56); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``ax_*``, once (``run.py --aside26``); its packages and the
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
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, longest_pauses, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"


def _knock(rng: np.random.Generator, low: float, high: float, decay: float) -> np.ndarray:
    """One short impact: noise between ``low`` and ``high`` Hz dying over ``decay`` s (40 ms long)."""
    k = int(0.04 * RATE)
    return a25._band(rng.normal(size=k), low, high) * np.exp(-np.arange(k) / (decay * RATE))


def _added(made: Made, added: np.ndarray, note: str) -> Made:
    """``made`` with ``added`` laid over it and ``note`` noted: how every spoiler here ends (nothing moves)."""
    return Made((made.samples.astype(np.float64) + added).astype(np.float32), made.segments, made.notes + [note],
                made.words)


def _one_in_each_stretch(made: Made, seed: int, count: int, lay, what: str) -> Made:
    """``made`` with ``count`` sounds added, the ``j``-th by ``lay(j, count, added, speech, prng, rng)`` (which lays
    it into ``added`` somewhere in the ``j``-th of ``count`` equal stretches and says what it laid), the speech's RMS
    measured once and both random sources seeded by ``seed``: the trains' and the print jobs' placing."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    speech = a4.speech_rms(made)
    added = np.zeros(len(made.samples))
    said = [lay(j, count, added, speech, prng, rng) for j in range(count)]
    return _added(made, added, f"{what}: " + ", ".join(said))


# ------------------------------------------------------------------ an underground train under the hall
def train_passing(seconds: float, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """A train passing under the hall for ``seconds`` s: the roar (noise under 60-250 Hz, felt more than heard) and
    the rail joints' clatter (a bogie's two knocks 0.08-0.14 s apart, every 0.45-0.9 s, ringing at 150-600 Hz), both
    under one swell that rises and dies away as a raised cosine (its loudest at the middle)."""
    k = int(seconds * RATE)
    roar = a21._low(rng.normal(size=k), prng.uniform(60.0, 250.0))
    clatter = np.zeros(k)
    every, pair = prng.uniform(0.45, 0.9), prng.uniform(0.08, 0.14)
    at = prng.uniform(0.0, every)
    while at + pair < seconds - 0.05:
        for t in (at, at + pair):
            knock = _knock(rng, 150.0, 600.0, 0.012)
            i = int(t * RATE)
            clatter[i:i + len(knock)] += knock[:k - i]
        at += every
    swell = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(k) / k)
    return (roar / sc._rms(roar) + 0.6 * clatter / (sc._rms(clatter) + 1e-12)) * swell


def underground_train(made: Made, seed: int, trains: int) -> Made:
    """``trains`` trains passing under the hall, one in each of ``trains`` equal stretches of the talk (the trains
    keep their own timetable), each 5-10 s (:func:`train_passing`), 4-12 dB under the speech over its loudest second.
    Only adds sound."""
    return _one_in_each_stretch(made, seed, trains, _lay_train, "an underground train passing under the hall")


def _lay_train(j: int, trains: int, added: np.ndarray, speech: float, prng: random.Random,
               rng: np.random.Generator) -> str:
    """The ``j``-th of ``trains`` trains laid into ``added`` (:func:`underground_train`); what the notes say of it."""
    n = len(added)
    seconds = prng.uniform(5.0, 10.0)
    at = prng.uniform(j, j + 0.7) / trains * n / RATE
    if at + seconds > n / RATE:
        at = max(0.0, n / RATE - seconds)
    sound = train_passing(seconds, rng, prng)
    mid = len(sound) // 2
    under = prng.uniform(4.0, 12.0)
    loud = speech * 10 ** (-under / 20) / (sc._rms(sound[mid - RATE // 2:mid + RATE // 2]) + 1e-12)
    i = int(at * RATE)
    k = min(len(sound), n - i)
    added[i:i + k] += sound[:k] * loud
    return f"{at:.1f}-{at + k / RATE:.1f} s ({under:.0f} dB under)"


# ------------------------------------------------------------------ a lift arriving next door
def lift_ding(seconds: float, pitch: float) -> np.ndarray:
    """A lift's arrival ding: a struck tone at ``pitch`` Hz with an inharmonic partial at 2.76 times it (a bar's
    second mode), each dying away (the partial twice as fast), struck without a click (2 ms attack)."""
    t = np.arange(int(seconds * RATE)) / RATE
    tone = np.sin(2 * np.pi * pitch * t) * np.exp(-t / (seconds / 4))
    tone += 0.35 * np.sin(2 * np.pi * 2.76 * pitch * t) * np.exp(-t / (seconds / 8))
    return tone * np.minimum(1.0, t / 0.002)


def door_motor(seconds: float, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """The lift door's motor: a harmonic series on 90-150 Hz (partials falling as 1/k) whose speed rises 20 % and
    falls back as the door runs, with the belt's hiss (noise at 1-3 kHz) 10 dB under it, ended by the door's soft
    stop (a knock at 80-300 Hz)."""
    k = int(seconds * RATE)
    speed = prng.uniform(90.0, 150.0) * (1 + 0.2 * np.sin(np.pi * np.arange(k) / k))
    phase = 2 * np.pi * np.cumsum(speed) / RATE
    whine = sum(np.sin(j * phase) / j for j in range(1, 7))
    hiss = a25._band(rng.normal(size=k), 1000.0, 3000.0)
    motor = a25._ramped(whine / sc._rms(whine) + 0.3 * hiss / sc._rms(hiss), 0.15, 0.1)
    stop = _knock(rng, 80.0, 300.0, 0.01)
    return np.concatenate([motor, 2.0 * stop / (sc._rms(stop) + 1e-12)])


def lift(made: Made, seed: int, stops: int) -> Made:
    """A lift arriving next door ``stops`` times: each ding (:func:`lift_ding`, 650-1100 Hz, 0.6-1.2 s) struck
    0.1-0.3 s into a pause (the longest of each of ``stops`` equal runs of pauses), 6-14 dB under the speech at its
    strike; 0.4-1 s later the door motor (:func:`door_motor`, 1.5-2.5 s), 12-20 dB under the speech, over whatever
    comes next.  Only adds sound."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    n = len(made.samples)
    speech = a4.speech_rms(made)
    added = np.zeros(n)
    said = []
    for s, _ in longest_pauses(made, stops):
        at, ring, pitch = s + prng.uniform(0.1, 0.3), prng.uniform(0.6, 1.2), prng.uniform(650.0, 1100.0)
        ding = lift_ding(ring, pitch)
        under = prng.uniform(6.0, 14.0)
        a25._laid(added, int(at * RATE), ding, speech * 10 ** (-under / 20) * sc._rms(ding) / sc._rms(ding[:800]))
        door_at, door = at + prng.uniform(0.4, 1.0), prng.uniform(1.5, 2.5)
        a25._laid(added, int(door_at * RATE), door_motor(door, rng, prng), speech * 10 ** (-prng.uniform(12.0, 20.0)
                                                                                           / 20))
        said.append(f"ding {at:.2f} s ({pitch:.0f} Hz, {under:.0f} dB under), door {door_at:.1f}-"
                    f"{min(n / RATE, door_at + door + 0.04):.1f} s")
    return _added(made, added, "a lift arriving next door: " + ", ".join(said))


# ------------------------------------------------------------------ a ceiling fan's slow beat
def ceiling_fan(made: Made, seed: int) -> Made:
    """A ceiling fan turning over the whole talk: the blades' whoosh (noise under 800-1500 Hz) and the motor's hum
    (100 Hz and its harmonics, 12 dB under the whoosh), the sum beating -- one blade out of balance -- by 4-8 dB
    (peak to trough) every 1.5-4 s, 16-24 dB under the speech on the average.  Only adds sound, in lines and pauses
    alike."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    n = len(made.samples)
    t = np.arange(n) / RATE
    whoosh = a21._low(rng.normal(size=n), prng.uniform(800.0, 1500.0))
    hum = sum(np.sin(2 * np.pi * 100.0 * j * t) / j for j in range(1, 5))
    sound = whoosh / sc._rms(whoosh) + 10 ** (-12 / 20) * hum / sc._rms(hum)
    period, depth = prng.uniform(1.5, 4.0), prng.uniform(4.0, 8.0)
    beat = 10 ** (depth / 2 * np.sin(2 * np.pi * t / period + prng.uniform(0, 2 * np.pi)) / 20)
    under = prng.uniform(16.0, 24.0)
    sound = sound * beat
    added = sound / sc._rms(sound) * a4.speech_rms(made) * 10 ** (-under / 20)
    return _added(made, added, f"a ceiling fan beating every {period:.2f} s by {depth:.1f} dB, {under:.0f} dB under "
                               "the speech")


# ------------------------------------------------------------------ an office laser printer
def printer_job(pages: int, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list[float]]:
    """A laser printer printing ``pages`` pages: its fan and fuser warming up (noise under 2 kHz rising over 1-3 s),
    then every 1.8-3 s a page -- the pick roller's clack (a knock at 1-5 kHz), 1-1.5 s of the paper path's rattle
    (noise at 500-4000 Hz in grains of 10 ms), the page dropping into the tray (a knock at 100-400 Hz) -- and the fan
    running down over 2-4 s.  Returns the sound and where each page's clack is (s into it)."""
    warm, per, down = prng.uniform(1.0, 3.0), prng.uniform(1.8, 3.0), prng.uniform(2.0, 4.0)
    k = int((warm + pages * per + down) * RATE)
    fan = a21._low(rng.normal(size=k), 2000.0)
    fan = a25._ramped(fan / sc._rms(fan), warm, down) * 0.4
    clacks = []
    for p in range(pages):
        at = warm + p * per
        rattle_len = prng.uniform(1.0, 1.5)
        r = int(rattle_len * RATE)
        grains = np.repeat(rng.random(r // 160 + 1) ** 2, 160)[:r]
        rattle = a25._band(rng.normal(size=r), 500.0, 4000.0) * grains
        parts = [(at, _knock(rng, 1000.0, 5000.0, 0.004), 3.0), (at + 0.05, rattle, 1.0),
                 (at + 0.05 + rattle_len, _knock(rng, 100.0, 400.0, 0.015), 2.0)]
        for start, part, gain in parts:
            a25._laid(fan, int(start * RATE), part, gain * 0.5)
        clacks.append(at)
    return fan, clacks


def office_printer(made: Made, seed: int, jobs: int) -> Made:
    """An office laser printer by the wall printing ``jobs`` jobs of 2-6 pages (:func:`printer_job`), one sent in
    each of ``jobs`` equal stretches of the talk, 8-16 dB under the speech over the job.  Only adds sound."""
    return _one_in_each_stretch(made, seed, jobs, _lay_print_job, "an office laser printer")


def _lay_print_job(j: int, jobs: int, added: np.ndarray, speech: float, prng: random.Random,
                   rng: np.random.Generator) -> str:
    """The ``j``-th of ``jobs`` print jobs laid into ``added`` (:func:`office_printer`); what the notes say of it."""
    pages = prng.randint(2, 6)
    sound, _ = printer_job(pages, rng, prng)
    return f"{pages} pages " + job_laid(added, sound, j, jobs, 0.6, speech, prng)


def job_laid(added: np.ndarray, sound: np.ndarray, j: int, jobs: int, reach: float, speech: float,
             prng: random.Random) -> str:
    """A machine's ``j``-th job of ``jobs`` (``sound``) laid into ``added`` from somewhere in the first ``reach`` of
    the ``j``-th of ``jobs`` equal stretches of the talk, 8-16 dB under the speech (RMS ``speech``) over the job;
    where it lies and how loud, as the notes say it: the print jobs' and the shredder's (aside27_cases)."""
    n = len(added)
    at = prng.uniform(j, j + reach) / jobs * n / RATE
    under = prng.uniform(8.0, 16.0)
    a25._laid(added, int(at * RATE), sound, speech * 10 ** (-under / 20))
    return f"{at:.1f}-{min(n / RATE, at + len(sound) / RATE):.1f} s ({under:.0f} dB under)"


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).
CODECS = {
    "mov": ("mov", "mov", "aac", 128000, 44100, 1024, "libx264", "AAC (128 kb/s, 44.1 kHz) in a QuickTime MOV with "
            "an H.264 picture, a phone's video"),
    "mkv": ("mkv", "matroska", "libmp3lame", 112000, 44100, 1152, "mpeg4", "MP3 (112 kb/s, 44.1 kHz) in Matroska "
            "with an MPEG-4 Part 2 picture, an old rip"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TwentySixthSpoilers(a25.TwentyFifthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside25_cases.TwentyFifthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside26_languages.LangSpec)."""

    tube: int = 0  #: this many underground trains passing under the hall (0: none)
    lift: int = 0  #: a lift arriving next door this many times (0: none)
    ceiling: bool = False  #: a ceiling fan beating slowly
    printer: int = 0  #: this many print jobs on an office laser printer (0: none)


@dataclass
class Spec(a10.Spec, TwentySixthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd69_real_tube_page_mkv": Spec(d, "real", "page", real=R(105801, 16, wideband=True, snr_db=q,
                                                                  gap=(0.5, 1.4)),
                                        room=("murmur", 34), seed=105811, tube=2, codec="mkv"),
        "rd69_real_lift_dashes_mov": Spec(d, "real", "dashes", real=R(105802, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=105812, lift=3, codec="mov"),
        "rd69_real_printer_plain": Spec(d, "real", real=R(105803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                          long_pauses=0.3),
                                        room=("fan", 36), seed=105813, printer=1),
        "rd69_flite_ceiling_lift_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 1.84), Voice(F, "kal16", 0.56)], 105401, 105501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("murmur", 34), seed=105814, ceiling=True, lift=2),
        "rd69_espeak_tube_printer": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+f5", 1.0), Voice(E, "en-gb-x-rp+m1", 0.95)], 105403, 105503, 10,
                           pause=(0.5, 1.4), turn=3)], room=("pink", 34), seed=105816, tube=1, printer=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside26)
        "ax_real_tube_page": Spec(a, "real", "page", real=R(105101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                  room=("murmur", 30), seed=105201, tube=2),
        "ax_real_lift_plain_mov": Spec(a, "real", real=R(105102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 36), seed=105202, lift=3, codec="mov"),
        "ax_real_ceiling_dashes": Spec(a, "real", "dashes", real=R(105103, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4), long_pauses=0.3),
                                       room=("murmur", 34), seed=105203, ceiling=True),
        "ax_real_printer_srt": Spec(a, "real", "srt", real=R(105104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                    room=("pink", 36), seed=105204, printer=2),
        "ax_real_tube_vtt_mkv": Spec(a, "real", "vtt", real=R(105105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                     room=("pink", 34), seed=105205, tube=1, codec="mkv"),
        "ax_real_long_mix_mov": Spec(a, "real", "page", real=R(105106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=105206, tube=4, lift=5, ceiling=True, printer=3,
                                     codec="mov"),
        "ax_real_lift_printer_dashes": Spec(a, "real", "dashes", real=R(105108, 16, wideband=True, snr_db=q,
                                                                        gap=(0.4, 1.4)),
                                            room=("pink", 38), seed=105208, lift=2, printer=1),
        "ax_flite_tube_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 0.64), Voice(F, "slt", 1.88)], 105404, 105504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=105211, tube=2),
        "ax_festival_lift_ceiling_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 0.56), Voice(FEST, "ked", 1.9)], 105405, 105505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 30), seed=105212, lift=3, ceiling=True),
        "ax_espeak_printer_ceiling_page_mkv": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us+klatt3", 1.05), Voice(E, "en-gb+m2", 0.9)], 105406, 105506, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=105213, printer=1, ceiling=True,
            codec="mkv"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd69_real_tube_page_mkv", "rd69_real_lift_dashes_mov", "rd69_real_printer_plain",
                 "rd69_flite_ceiling_lift_page", "rd69_espeak_tube_printer"],
         "aside": ["ax_real_tube_page", "ax_real_lift_plain_mov", "ax_real_ceiling_dashes", "ax_real_printer_srt",
                   "ax_real_tube_vtt_mkv", "ax_real_long_mix_mov", "ax_real_lift_printer_dashes",
                   "ax_flite_tube_plain", "ax_festival_lift_ceiling_dashes", "ax_espeak_printer_ceiling_page_mkv"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen, all heard by the microphone as the voice is: the trains under the
    hall, the lift next door, the ceiling fan and the printer; then aside25_cases.spoil's (the room's noise among
    them, none of its own switched on; it turns the finished talk down where a sample would clip).  Each draws on
    the case's seed and a number of its own."""
    heard = [(spec.tube, lambda m: underground_train(m, spec.seed + 220, spec.tube)),
             (spec.lift, lambda m: lift(m, spec.seed + 221, spec.lift)),
             (spec.ceiling, lambda m: ceiling_fan(m, spec.seed + 222)),
             (spec.printer, lambda m: office_printer(m, spec.seed + 223, spec.printer))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a25.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
