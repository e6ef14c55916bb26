"""A twenty-seventh aside set nobody has tuned to (``ey_*``, English), and dev twins made the same way (``rd70_*``).

``az_*`` .. ``ax_*`` have each been run once and looked at (``ax_*``, the twenty-sixth, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the twenty-six
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md with the file's line breaks
taken out, and against every ``aside*_cases.py``; a noise suppressor, a hearing loop, a PA's delayed copy, a
cassette's dropouts, a lavalier's rustle, rain on a roof, a vacuum cleaner, a GSM buzz and applause were built before
and are not here):

* **crickets chirping at an evening talk outdoors**: each cricket's chirps -- 3-5 pulses of a 3.8-5.2 kHz tone, 12-22
  ms each, 30-45 ms apart, a chirp every 0.35-1.0 s -- sung in bouts of 5-20 s with 1.5-6 s of quiet between, each
  cricket 14-24 dB under the speech in its pulses, over lines and pauses alike (:func:`crickets`);
* **water poured into a glass at the lectern**: the pour's bubbles ringing at a pitch that rises as the glass fills
  (from 350-550 Hz to 3-4 times that over 1.5-3.5 s) over a soft splash, poured in a pause and running on over what
  follows, then the glass set down (a knock and a short glass ring) (:func:`pour`);
* **the sea breaking on the shore below a terrace**: a wave every 6-12 s -- a low roar building for 1-2 s, the crash
  (broadband), the wash running back up the beach, hissing and dying over 3-6 s -- over a soft sea bed, the whole
  talk long (:func:`sea_surf`);
* **a paper shredder by the desk**: the motor's buzz (a harmonic series on 90-140 Hz with its gears' whine) starting
  as a sheet goes in, the cutters' crunch (noise at 300-6000 Hz torn 30-60 times a second) while each of 1-4 sheets
  goes through, the motor idling between sheets and running on 0.5-1.5 s after the last, 8-16 dB under the speech
  (:func:`paper_shredder`);
* containers no case had: **AAC in an MPEG transport stream with an H.264 picture** (``.ts``: a recorded
  livestream's segments; its encoder's priming kept, no edit list to take it off) and **IMA ADPCM at 11.025 kHz in
  an AVI with a Motion-JPEG picture** (``.avi``: a compact camera's movie mode) (:data:`CODECS`);
* voices at speeds they never had: flite ``awb`` x0.52 and ``rms`` x1.95, festival ``kal`` x0.47 and ``slt_hts``
  x1.93 (dev: flite ``slt`` x0.52, ``kal16`` x1.95); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``ey_*``, once (``run.py --aside27``); its packages and the
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
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, longest_pauses, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"


# ------------------------------------------------------------------ crickets at an evening talk outdoors
def cricket_song(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, float, float]:
    """One cricket singing for ``seconds`` s: chirps of 3-5 pulses (a tone at its own 3.8-5.2 kHz, each pulse 12-22
    ms with a smooth rise and fall, within 1 dB of the others, 30-45 ms apart), a chirp every 0.35-1.0 s (jittered by
    5 %), in bouts of 5-20 s with 1.5-6 s of quiet between (a cricket stops when something near it moves).  Returns
    the song (its pulses at RMS 1) and its pitch and chirp period."""
    k = int(seconds * RATE)
    pitch, every = prng.uniform(3800.0, 5200.0), prng.uniform(0.35, 1.0)
    pulses, apart, width = prng.randint(3, 5), prng.uniform(0.030, 0.045), prng.uniform(0.012, 0.022)
    w = int(width * RATE)
    pulse = np.sin(2 * np.pi * pitch * np.arange(w) / RATE) * np.hanning(w)
    song = np.zeros(k)
    at = prng.uniform(0.0, 2.0)
    while at < seconds:
        bout_end = at + prng.uniform(5.0, 20.0)
        while at < min(bout_end, seconds):
            for p in range(pulses):
                i = int((at + p * apart) * RATE)
                if i + w <= k:
                    song[i:i + w] += pulse * rng.uniform(0.9, 1.1)
            at += every * prng.uniform(0.95, 1.05)
        at += prng.uniform(1.5, 6.0)
    return song / (np.sqrt(np.mean(pulse ** 2)) + 1e-12), pitch, every


def crickets(made: Made, seed: int, count: int) -> Made:
    """``count`` crickets chirping over the whole talk (:func:`cricket_song`), each 14-24 dB under the speech in its
    pulses.  Only adds sound, in lines and pauses alike."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    speech = a4.speech_rms(made)
    added = np.zeros(len(made.samples))
    said = []
    for _ in range(count):
        song, pitch, every = cricket_song(len(added) / RATE, rng, prng)
        under = prng.uniform(14.0, 24.0)
        added += song * speech * 10 ** (-under / 20)
        said.append(f"{pitch / 1000:.2f} kHz, a chirp every {every:.2f} s, {under:.0f} dB under")
    return a26._added(made, added, "crickets chirping outdoors: " + "; ".join(said))


# ------------------------------------------------------------------ water poured into a glass at the lectern
def pouring(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, float, float]:
    """Water poured into a glass for ``seconds`` s: bubbles (damped sines of 3-10 ms, 150-400 a second) ringing at
    the glass's air column, whose pitch rises as it fills -- from 350-550 Hz to 3-4 times that, as one over the
    shrinking column -- each bubble within 15 % of it, over a soft splash (noise at 0.5-4 kHz, 12 dB under the
    bubbles); rising over 50 ms and easing off over the last 0.3 s.  Returns the sound and its first and last
    pitch."""
    k = int(seconds * RATE)
    first = prng.uniform(350.0, 550.0)
    last = first * prng.uniform(3.0, 4.0)
    column = np.linspace(1.0, first / last, k)  # the air column over the water, shortening as the glass fills
    pitch = first / column
    bubbles = np.zeros(k)
    at = 0.0
    rate = prng.uniform(150.0, 400.0)
    while at < seconds:
        i = int(at * RATE)
        f = pitch[min(i, k - 1)] * prng.uniform(0.85, 1.15)
        d = prng.uniform(0.003, 0.010)
        t = np.arange(int(4 * d * RATE)) / RATE
        ping = np.sin(2 * np.pi * f * t) * np.exp(-t / d) * prng.uniform(0.5, 1.0)
        bubbles[i:i + len(ping)] += ping[:k - i]
        at += rng.exponential(1.0 / rate)
    splash = a25._band(rng.normal(size=k), 500.0, 4000.0)
    sound = bubbles / (sc._rms(bubbles) + 1e-12) + 10 ** (-12 / 20) * splash / sc._rms(splash)
    return a25._ramped(sound, 0.05, 0.3), first, last


def glass_set_down(rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """A full glass set down on the lectern: the knock (noise at 100-400 Hz dying over 15 ms) and the glass's short
    ring (two partials at 2-4 kHz, 1.5 and 2.6 times apart, dying over 40-80 ms)."""
    knock = a26._knock(rng, 100.0, 400.0, 0.015)
    f, d = prng.uniform(2000.0, 4000.0), prng.uniform(0.04, 0.08)
    t = np.arange(int(5 * d * RATE)) / RATE
    ring = (np.sin(2 * np.pi * f * t) + 0.5 * np.sin(2 * np.pi * 2.6 / 1.5 * f * t)) * np.exp(-t / d)
    out = 0.3 * ring
    out[:len(knock)] += knock / (sc._rms(knock) + 1e-12)
    return out


def pour(made: Made, seed: int, times: int) -> Made:
    """The speaker pouring water into a glass at the lectern ``times`` times: each pour (:func:`pouring`, 1.5-3.5 s)
    begun 0.05-0.3 s into a pause (the longest of each of ``times`` equal runs of pauses: aside_common.longest_pauses)
    and running on over whatever follows, 10-18 dB under the speech; the glass set down (:func:`glass_set_down`)
    0.3-1.0 s after it, as loud as the pour.  Only adds sound."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    n = len(made.samples)
    speech = a4.speech_rms(made)
    added = np.zeros(n)
    said = []
    for s, _ in longest_pauses(made, times):
        at, seconds = s + prng.uniform(0.05, 0.3), prng.uniform(1.5, 3.5)
        sound, first, last = pouring(seconds, rng, prng)
        under = prng.uniform(10.0, 18.0)
        level = speech * 10 ** (-under / 20)
        a25._laid(added, int(at * RATE), sound, level)
        down = at + seconds + prng.uniform(0.3, 1.0)
        clink = glass_set_down(rng, prng)
        a25._laid(added, int(down * RATE), clink, level)
        said.append(f"pour {at:.2f}-{at + seconds:.2f} s ({first:.0f} -> {last:.0f} Hz, {under:.0f} dB under), "
                    + (f"set down {down:.2f}-{min(n / RATE, down + len(clink) / RATE):.2f} s" if down < n / RATE
                       else "set down after the talk's end"))
    return a26._added(made, added, "water poured into a glass at the lectern: " + ", ".join(said))


# ------------------------------------------------------------------ the sea breaking below a terrace
def wave(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, float]:
    """One wave breaking, ``seconds`` s from its first swell to the end of its wash: a low roar (noise under 500 Hz)
    building over 1-2 s, the crash (broadband noise under 6 kHz, at its loudest 0.1 s after the build and falling
    over 0.5 s), then the wash running back (noise over 1.5 kHz, fizzing in grains of 20 ms) dying away over what is
    left.  Returns the wave (its crash's loudest 100 ms at RMS 1) and when the crash is (s into it)."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    build = prng.uniform(1.0, 2.0)
    roar = a21._low(rng.normal(size=k), 500.0) * np.clip(t / build, 0.0, 1.0) ** 2 * np.exp(-np.maximum(0.0, t - build)
                                                                                            / 0.6)
    crash = a21._low(rng.normal(size=k), 6000.0) * np.where(t < build, 0.0, np.exp(-np.abs(t - build - 0.1) / 0.5))
    fizz = np.repeat(0.5 + rng.random(k // 320 + 1), 320)[:k]
    wash = rng.normal(size=k)
    wash = (wash - a21._low(wash, 1500.0)) * fizz * np.where(t < build + 0.3, 0.0,
                                                             np.exp(-(t - build - 0.3) / ((seconds - build) / 3)))
    sound = roar / (sc._rms(roar) + 1e-12) + 2.0 * crash / (sc._rms(crash) + 1e-12) + 0.6 * wash / (sc._rms(wash)
                                                                                                   + 1e-12)
    sound = a25._ramped(sound, 0.0, 0.3)
    top = sound[int((build + 0.05) * RATE):int((build + 0.15) * RATE)]
    return sound / (sc._rms(top) + 1e-12), build + 0.1


def sea_surf(made: Made, seed: int) -> Made:
    """The sea breaking on the shore below a terrace the whole talk long: a wave (:func:`wave`, 5-9 s from swell to
    the end of its wash) every 6-12 s, each crash 6-14 dB under the speech, over a soft sea bed (noise under 2 kHz)
    26 dB under the speech that never stops.  Only adds sound, in lines and pauses alike."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    n = len(made.samples)
    speech = a4.speech_rms(made)
    bed = a21._low(rng.normal(size=n), 2000.0)
    added = bed / sc._rms(bed) * speech * 10 ** (-26 / 20)
    said = []
    at = prng.uniform(0.0, 4.0)
    while at < n / RATE - 3.0:
        sound, crash = wave(prng.uniform(5.0, 9.0), rng, prng)
        under = prng.uniform(6.0, 14.0)
        i = int(at * RATE)
        k = min(len(sound), n - i)
        added[i:i + k] += sound[:k] * speech * 10 ** (-under / 20)
        said.append(f"{at + crash:.1f} s ({under:.0f} dB under)")
        at += prng.uniform(6.0, 12.0)
    return a26._added(made, added, "the sea breaking below the terrace (a bed 26 dB under the speech), crashes at "
                      + ", ".join(said))


# ------------------------------------------------------------------ a paper shredder by the desk
def shredding(sheets: int, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list[tuple]]:
    """A paper shredder shredding ``sheets`` sheets fed one after another: the motor's buzz (a harmonic series on
    90-140 Hz, the partials falling as 1/k, with its gears' whine at 6 times it) from the first sheet to 0.5-1.5 s
    after the last, and while each sheet goes through (1-2.5 s; 0.3-0.8 s of idling between) the cutters' crunch --
    noise at 300-6000 Hz torn into grains 30-60 times a second -- 10 dB over the motor.  Returns the sound and
    (start, end) of each sheet's crunch (s into it)."""
    f0, tear = prng.uniform(90.0, 140.0), prng.uniform(30.0, 60.0)
    crunches, at = [], 0.1
    for _ in range(sheets):
        long = prng.uniform(1.0, 2.5)
        crunches.append((at, at + long))
        at += long + prng.uniform(0.3, 0.8)
    k = int((crunches[-1][1] + prng.uniform(0.5, 1.5)) * RATE)
    t = np.arange(k) / RATE
    buzz = sum(np.sin(2 * np.pi * f0 * j * t) / j for j in range(1, 8)) + 0.3 * np.sin(2 * np.pi * 6.2 * f0 * t)
    motor = a25._ramped(buzz / sc._rms(buzz), 0.15, 0.4)
    for a, b in crunches:
        m = int((b - a) * RATE)
        grain = int(RATE / tear)
        torn = np.repeat(rng.random(m // grain + 1) ** 1.5, grain)[:m]
        crunch = a25._band(rng.normal(size=m), 300.0, 6000.0) * torn
        a25._laid(motor, int(a * RATE), a25._ramped(crunch, 0.03, 0.05), 10 ** (10 / 20))
    return motor, crunches


def paper_shredder(made: Made, seed: int, jobs: int) -> Made:
    """A paper shredder by the desk used ``jobs`` times, 1-4 sheets each (:func:`shredding`), one job in each of
    ``jobs`` equal stretches of the talk (aside26_cases._one_in_each_stretch), 8-16 dB under the speech over the job.
    Only adds sound."""
    return a26._one_in_each_stretch(made, seed, jobs, _lay_shredding, "a paper shredder by the desk")


def _lay_shredding(j: int, jobs: int, added: np.ndarray, speech: float, prng: random.Random,
                   rng: np.random.Generator) -> str:
    """The ``j``-th of ``jobs`` shredding jobs laid into ``added`` (:func:`paper_shredder`); what the notes say."""
    sheets = prng.randint(1, 4)
    sound, _ = shredding(sheets, rng, prng)
    return ("1 sheet " if sheets == 1 else f"{sheets} sheets ") + a26.job_laid(added, sound, j, jobs, 0.7, speech,
                                                                             prng)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).
CODECS = {
    "ts": ("ts", "mpegts", "aac", 96000, 48000, 1024, "libx264", "AAC (96 kb/s, 48 kHz) in an MPEG transport stream "
           "with an H.264 picture, a recorded livestream's segments"),
    "avi": ("avi", "avi", "adpcm_ima_wav", 0, 11025, 1017, "mjpeg", "IMA ADPCM (4-bit, 11.025 kHz) in an AVI with a "
            "Motion-JPEG picture, a compact camera's movie mode"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TwentySeventhSpoilers(a26.TwentySixthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside26_cases.TwentySixthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside27_languages.LangSpec)."""

    crickets: int = 0  #: this many crickets chirping (0: none)
    pour: int = 0  #: water poured into a glass at the lectern this many times (0: none)
    surf: bool = False  #: the sea breaking below the terrace
    shredder: int = 0  #: this many jobs on a paper shredder (0: none)


@dataclass
class Spec(a10.Spec, TwentySeventhSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd70_real_crickets_page_avi": Spec(d, "real", "page", real=R(107801, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.4)),
                                            room=("pink", 36), seed=107811, crickets=2, codec="avi"),
        "rd70_real_pour_dashes_ts": Spec(d, "real", "dashes", real=R(107802, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.5)),
                                         room=("murmur", 34), seed=107812, pour=3, codec="ts"),
        "rd70_real_shredder_plain": Spec(d, "real", real=R(107803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                           long_pauses=0.3),
                                         room=("fan", 36), seed=107813, shredder=2),
        "rd70_flite_surf_pour_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "slt", 0.52), Voice(F, "kal16", 1.95)], 107401, 107501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=107814, surf=True, pour=2),
        "rd70_espeak_crickets_shredder": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-gbcwmd+f4", 1.0), Voice(E, "en-us-nyc+m6", 0.95)], 107403, 107503, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=107816, crickets=3, shredder=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside27)
        "ey_real_crickets_page": Spec(a, "real", "page", real=R(107101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                      room=("pink", 34), seed=107201, crickets=3),
        "ey_real_pour_plain_ts": Spec(a, "real", real=R(107102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                      room=("pink", 36), seed=107202, pour=3, codec="ts"),
        "ey_real_surf_dashes": Spec(a, "real", "dashes", real=R(107103, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                                long_pauses=0.3),
                                    room=("pink", 38), seed=107203, surf=True),
        "ey_real_shredder_srt": Spec(a, "real", "srt", real=R(107104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                     room=("pink", 36), seed=107204, shredder=2),
        "ey_real_surf_vtt_avi": Spec(a, "real", "vtt", real=R(107105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                     room=("pink", 36), seed=107205, surf=True, codec="avi"),
        "ey_real_long_mix_ts": Spec(a, "real", "page", real=R(107106, 80, wideband="parts", snr_db=q, gap=(0.4, 1.6),
                                                              long_pauses=0.15, repeats=2),
                                    room=("pink", 40), seed=107206, crickets=2, pour=5, surf=True, shredder=3,
                                    codec="ts"),
        "ey_real_pour_shredder_dashes": Spec(a, "real", "dashes", real=R(107108, 16, wideband=True, snr_db=q,
                                                                         gap=(0.4, 1.4)),
                                             room=("murmur", 34), seed=107208, pour=2, shredder=1),
        "ey_flite_crickets_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 0.52), Voice(F, "rms", 1.95)], 107404, 107504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=107211, crickets=3),
        "ey_festival_pour_surf_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "kal", 0.47), Voice(FEST, "slt_hts", 1.93)], 107405, 107505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=107212, pour=3, surf=True),
        "ey_espeak_shredder_crickets_page_avi": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-029+f3", 1.05), Voice(E, "en-gb-scotland+m4", 0.9)], 107406, 107506, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=107213, shredder=1, crickets=2,
            codec="avi"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd70_real_crickets_page_avi", "rd70_real_pour_dashes_ts", "rd70_real_shredder_plain",
                 "rd70_flite_surf_pour_page", "rd70_espeak_crickets_shredder"],
         "aside": ["ey_real_crickets_page", "ey_real_pour_plain_ts", "ey_real_surf_dashes", "ey_real_shredder_srt",
                   "ey_real_surf_vtt_avi", "ey_real_long_mix_ts", "ey_real_pour_shredder_dashes",
                   "ey_flite_crickets_plain", "ey_festival_pour_surf_dashes", "ey_espeak_shredder_crickets_page_avi"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen, all heard by the microphone as the voice is: the crickets, the water
    poured, the sea and the shredder; then aside26_cases.spoil's (the room's noise among them, none of its own
    switched on; it turns the finished talk down where a sample would clip).  Each draws on the case's seed and a
    number of its own."""
    heard = [(spec.crickets, lambda m: crickets(m, spec.seed + 230, spec.crickets)),
             (spec.pour, lambda m: pour(m, spec.seed + 231, spec.pour)),
             (spec.surf, lambda m: sea_surf(m, spec.seed + 232)),
             (spec.shredder, lambda m: paper_shredder(m, spec.seed + 233, spec.shredder))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a26.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
