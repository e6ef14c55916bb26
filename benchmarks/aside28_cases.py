"""A twenty-eighth aside set nobody has tuned to (``fy_*``, English), and dev twins made the same way (``rd71_*``).

``az_*`` .. ``ey_*`` have each been run once and looked at (``ey_*``, the twenty-seventh, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the twenty-seven
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every
``aside*_cases.py``; every kind the brief named but a projector's fan -- a noise suppressor, a hearing loop, a
delayed fill loudspeaker, tape dropouts, a lavalier's rustle, rain on a roof, a vacuum cleaner, a GSM buzz, applause,
a church bell -- was built before and is not here):

* **press photographers' camera shutters**: each camera's frames -- a shutter's two clicks (opening, then closing
  25-60 ms later, ringing at the camera's own 2-5 kHz over a body's thump) -- fired in bursts of 2-8 frames at 3-10
  frames a second, each burst begun 0.2-1.0 s into a line (a photographer shoots while the speaker speaks), 12-20
  dB under the speech over the burst (:func:`camera_shutters`);
* **a mosquito circling the microphone**: a wing-beat buzz (a harmonic series on 450-650 Hz, its pitch wobbling
  3-6 % as it turns) whose level follows its distance -- loudest as it passes the microphone, 6-14 dB under the
  speech, and 16-24 dB quieter at the far end of each loop -- in visits of 2.5-7 s, one in each stretch of the talk
  (:func:`mosquito`);
* **a slide carousel projector**: its fan (the motor's hum on the 50 Hz mains and air noise) the whole talk long,
  26-32 dB under the speech, and at each slide change, begun 0.1-0.4 s after a line ends (the speaker presses the
  remote), the changer's solenoid clunk, the tray's motor whirring round (a 300-600 Hz whine, 0.25-0.45 s) and the
  next slide dropping into the gate with a clack, 6-14 dB under the speech over the change (:func:`slide_projector`);
* **a bag's zipper in the audience**: a zip pulled open (0.3-0.9 s: tooth clicks at 1-7 kHz whose rate rises to
  120-400 a second and falls again as the hand speeds up and slows, over the slider's rasp), and pulled shut 2-8 s
  later, 10-18 dB under the speech over each pull, one bag in each stretch of the talk (:func:`zipper`);
* containers no case had: **AAC in Matroska with an H.264 picture** (``.mkv``: OBS Studio's own recording format)
  and **Opus in MP4 with an H.264 picture** (``.mp4``: a browser's MediaRecorder saving MP4) (:data:`CODECS`);
* voices at speeds they never had: flite ``kal`` x1.78 and ``rms`` x0.56, festival ``ked`` x0.48 and ``kal`` x1.85
  (dev: flite ``awb`` x1.9, ``kal16`` x0.53); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``fy_*``, once (``run.py --aside28``); its packages and the
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
import aside27_cases as a27
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, longest_pauses, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"


# ------------------------------------------------------------------ press photographers' camera shutters
def shutter_burst(frames: int, fps: float, pitch: float, gap: float, rng: np.random.Generator) -> np.ndarray:
    """One camera's burst of ``frames`` frames at ``fps`` a second: each frame the shutter opening (a click ringing
    at 0.6-1.6 times ``pitch`` Hz, dying over 2 ms, over the body's thump at 150-600 Hz) and closing ``gap`` s later
    (the same click at 0.7 of its level); 0.1 s after the last frame's closing the burst ends."""

    def click(level: float) -> np.ndarray:
        return level * (a26._knock(rng, 0.6 * pitch, 1.6 * pitch, 0.002) + 0.3 * a26._knock(rng, 150.0, 600.0,
                                                                                              0.004))

    k = int(((frames - 1) / fps + gap + 0.1) * RATE)
    out = np.zeros(k)
    for f in range(frames):
        for at, level in ((f / fps, 1.0), (f / fps + gap, 0.7)):
            c = click(level)
            i = int(at * RATE)
            out[i:i + len(c)] += c[:k - i]
    return out


def camera_shutters(made: Made, seed: int, cameras: int) -> Made:
    """``cameras`` press photographers, each shooting a burst (:func:`shutter_burst`: 2-8 frames at the camera's own
    3-10 a second, its click at 2-5 kHz, its shutter closing 25-60 ms after it opens) about every 12-20 s, each burst
    begun 0.2-1.0 s into a line drawn at random (a line the camera is still shooting when it begins is passed: one
    camera, one burst at a time; two cameras may shoot at once), 12-20 dB under the speech over the burst.  Only adds
    sound."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    n = len(made.samples)
    speech = a4.speech_rms(made)
    lines = [s for s in made.segments if s.get("start") is not None]
    added = np.zeros(n)
    said = []
    for _ in range(cameras):
        pitch, fps, gap = prng.uniform(2000.0, 5000.0), prng.uniform(3.0, 10.0), prng.uniform(0.025, 0.06)
        under = prng.uniform(12.0, 20.0)
        bursts, free_from = [], 0.0
        count = min(len(lines), max(1, round(n / RATE / prng.uniform(12.0, 20.0))))
        for line in sorted(prng.sample(lines, count), key=lambda s: s["start"]):
            at, frames = line["start"] + prng.uniform(0.2, 1.0), prng.randint(2, 8)
            if at < free_from:  # one camera fires one burst at a time: the line it was still shooting is passed
                continue
            sound = shutter_burst(frames, fps, pitch, gap, rng)
            a25._laid(added, int(at * RATE), sound, speech * 10 ** (-under / 20))
            free_from = at + len(sound) / RATE
            bursts.append(f"{at:.2f}-{min(n / RATE, free_from):.2f} s ({frames} frames)")
        said.append(f"a camera at {pitch / 1000:.1f} kHz, {fps:.1f} frames a second, shutter closing {1000 * gap:.0f} "
                    f"ms after, {under:.0f} dB under: bursts " + ", ".join(bursts))
    return a26._added(made, added, "press photographers' shutters: " + "; ".join(said))


# ------------------------------------------------------------------ a mosquito circling the microphone
def mosquito_visit(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, float, float]:
    """A mosquito's visit of ``seconds`` s: its wing-beat buzz (a harmonic series on 450-650 Hz, partials 1-8
    falling as 1/k, the pitch wobbling 3-6 % at 1.5-4 Hz as it turns) at a level that follows its distance -- one
    over it, the distance going from 1 (passing the microphone) to 6-16 (the far end of its loop) and back every
    1-2.5 s -- faded in and out over 0.3 s.  Returns the visit (its loudest 50 ms at RMS about 1), its pitch and
    how many dB quieter the far end of a loop is."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    f0, wobble, turn = prng.uniform(450.0, 650.0), prng.uniform(0.03, 0.06), prng.uniform(1.5, 4.0)
    f = f0 * (1.0 + wobble * np.sin(2 * np.pi * turn * t + prng.uniform(0.0, 2 * np.pi)))
    phase = 2 * np.pi * np.cumsum(f) / RATE
    buzz = sum(np.sin(j * phase + rng.uniform(0.0, 2 * np.pi)) / j for j in range(1, 9))
    far, loop = prng.uniform(6.0, 16.0), prng.uniform(1.0, 2.5)
    distance = 1.0 + (far - 1.0) * 0.5 * (1.0 - np.cos(2 * np.pi * (t / loop + prng.uniform(0.0, 1.0))))
    sound = a25._ramped(buzz / sc._rms(buzz) / distance, 0.3, 0.3)
    return sound, f0, 20 * np.log10(far)


def mosquito(made: Made, seed: int, visits: int) -> Made:
    """A mosquito circling the microphone ``visits`` times (:func:`mosquito_visit`, 2.5-7 s each), one visit in each
    of ``visits`` equal stretches of the talk, in lines and pauses alike, the buzz 6-14 dB under the speech where it
    passes the microphone.  Only adds sound."""
    return a26._one_in_each_stretch(made, seed, visits, _lay_visit, "a mosquito circling the microphone")


def _lay_visit(j: int, visits: int, added: np.ndarray, speech: float, prng: random.Random,
               rng: np.random.Generator) -> str:
    """The ``j``-th of ``visits`` mosquito visits laid into ``added`` (:func:`mosquito`); what the notes say."""
    n = len(added)
    sound, f0, far = mosquito_visit(prng.uniform(2.5, 7.0), rng, prng)
    at = prng.uniform(j, j + 0.6) / visits * n / RATE
    under = prng.uniform(6.0, 14.0)
    i = int(at * RATE)
    k = min(len(sound), n - i)
    added[i:i + k] += sound[:k] * speech * 10 ** (-under / 20)
    return f"{at:.1f}-{(i + k) / RATE:.1f} s ({f0:.0f} Hz, {under:.0f} dB under passing, {far:.0f} dB less far off)"


# ------------------------------------------------------------------ a slide carousel projector
def projector_fan(seconds: float, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """A projector's fan for ``seconds`` s: its motor's hum (100 Hz and its harmonics, from the 50 Hz mains), the
    blades' tone at 180-260 Hz and the air it moves (noise under 1.5 kHz), at RMS 1."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    hum = sum(np.sin(2 * np.pi * 100.0 * j * t) / j for j in range(1, 5))
    blades = np.sin(2 * np.pi * prng.uniform(180.0, 260.0) * t)
    air = a21._low(rng.normal(size=k), 1500.0)
    sound = 0.5 * hum / sc._rms(hum) + 0.3 * blades / sc._rms(blades) + air / sc._rms(air)
    return sound / sc._rms(sound)


def slide_change(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, tuple[float, float]]:
    """The changer's round for one slide: the solenoid's clunk (a knock at 80-300 Hz), the tray's motor whirring
    (a whine at 300-600 Hz with its gears' buzz at 3 times it, 0.25-0.45 s, from 20 ms after the clunk) and the slide
    dropping into the gate (a clack at 1-4 kHz over a knock) as the whine stops.  Returns the sound and the whine's
    (start, end) in it."""
    whir = prng.uniform(0.25, 0.45)
    k = int((0.02 + whir + 0.06) * RATE)
    out = np.zeros(k)
    clunk = a26._knock(rng, 80.0, 300.0, 0.01)
    out[:len(clunk)] += clunk / sc._rms(clunk)
    t = np.arange(int(whir * RATE)) / RATE
    f = prng.uniform(300.0, 600.0)
    whine = a25._ramped(np.sin(2 * np.pi * f * t) + 0.4 * np.sin(2 * np.pi * 3 * f * t), 0.03, 0.05)
    i = int(0.02 * RATE)
    out[i:i + len(whine)] += 0.6 * whine / sc._rms(whine)
    clack = a26._knock(rng, 1000.0, 4000.0, 0.003) + 0.5 * a26._knock(rng, 150.0, 500.0, 0.006)
    j = i + len(whine)
    out[j:j + len(clack)] += (clack / sc._rms(clack))[:k - j]
    return out, (0.02, 0.02 + whir)


def slide_projector(made: Made, seed: int, changes: int) -> Made:
    """A slide carousel projector running the whole talk (:func:`projector_fan`, 26-32 dB under the speech) and
    changing slides ``changes`` times (:func:`slide_change`), each begun 0.1-0.4 s after the line before the longest
    pause of each of ``changes`` equal runs of pauses ended (aside_common.longest_pauses), 6-14 dB under the speech
    over the change.  Only adds sound, the fan in lines and pauses alike."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    n = len(made.samples)
    speech = a4.speech_rms(made)
    fan_under = prng.uniform(26.0, 32.0)
    added = projector_fan(n / RATE, rng, prng) * speech * 10 ** (-fan_under / 20)
    said = []
    for s, _ in longest_pauses(made, changes):
        at = s + prng.uniform(0.1, 0.4)
        sound, _ = slide_change(rng, prng)
        under = prng.uniform(6.0, 14.0)
        a25._laid(added, int(at * RATE), sound, speech * 10 ** (-under / 20))
        said.append(f"{at:.2f}-{min(n / RATE, at + len(sound) / RATE):.2f} s ({under:.0f} dB under)")
    return a26._added(made, added, f"a slide carousel projector (its fan {fan_under:.0f} dB under the speech), "
                      "slides changed at " + ", ".join(said))


# ------------------------------------------------------------------ a bag's zipper in the audience
def zip_pull(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, np.ndarray]:
    """A zip pulled for ``seconds`` s: the slider meeting each tooth (a tick at 1-7 kHz dying over 0.4 ms), teeth
    met at a rate that rises from a quarter of its top (120-400 a second) to the top at the middle of the pull and
    falls again (the hand speeding up and slowing), each tick within 30 % of the others, over the slider's rasp
    (noise at 1-7 kHz following the rate, 10 dB under the ticks).  Returns the pull and its ticks' times (s)."""
    k = int(seconds * RATE)
    top = prng.uniform(120.0, 400.0)
    rate = top * (0.25 + 0.75 * np.sin(np.pi * np.arange(k) / k))
    teeth = np.flatnonzero(np.diff(np.floor(np.cumsum(rate) / RATE)) > 0) + 1
    ticks = np.zeros(k)
    ticks[teeth] = rng.uniform(0.7, 1.3, len(teeth))
    tick = np.exp(-np.arange(int(0.003 * RATE)) / (0.0004 * RATE))
    ticks = a25._band(np.convolve(ticks, tick)[:k] * (1.0 + 0.3 * rng.normal(size=k)), 1000.0, 7000.0)
    rasp = a25._band(rng.normal(size=k), 1000.0, 7000.0) * rate / top
    sound = ticks / sc._rms(ticks) + 10 ** (-10 / 20) * rasp / sc._rms(rasp)
    return sound, teeth / RATE


def zipper(made: Made, seed: int, bags: int) -> Made:
    """A bag's zipper in the audience, ``bags`` times: pulled open (:func:`zip_pull`, 0.3-0.9 s) somewhere in the
    first two thirds of each of ``bags`` equal stretches of the talk, and pulled shut 2-8 s later, 10-18 dB under the
    speech over each pull, in lines and pauses alike.  Only adds sound."""
    return a26._one_in_each_stretch(made, seed, bags, _lay_bag, "a bag's zipper in the audience")


def _lay_bag(j: int, bags: int, added: np.ndarray, speech: float, prng: random.Random,
             rng: np.random.Generator) -> str:
    """The ``j``-th of ``bags`` bags opened and shut into ``added`` (:func:`zipper`); what the notes say."""
    n = len(added)
    at = prng.uniform(j, j + 0.66) / bags * n / RATE
    pulls = []
    for _ in ("open", "shut"):
        sound, _ = zip_pull(prng.uniform(0.3, 0.9), rng, prng)
        under = prng.uniform(10.0, 18.0)
        if at < n / RATE:
            a25._laid(added, int(at * RATE), sound, speech * 10 ** (-under / 20))
            pulls.append(f"{at:.2f}-{min(n / RATE, at + len(sound) / RATE):.2f} s ({under:.0f} dB under)")
        at += len(sound) / RATE + prng.uniform(2.0, 8.0)
    return " and ".join(pulls)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).
CODECS = {
    "mkv": ("mkv", "matroska", "aac", 160000, 48000, 1024, "libx264", "AAC (160 kb/s, 48 kHz) in Matroska with an "
            "H.264 picture, OBS Studio's own recording format"),
    "mp4": ("mp4", "mp4", "libopus", 48000, 48000, 960, "libx264", "Opus (48 kb/s, 48 kHz) in MP4 with an H.264 "
            "picture, a browser's MediaRecorder saving MP4"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TwentyEighthSpoilers(a27.TwentySeventhSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside27_cases.TwentySeventhSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside28_languages.LangSpec)."""

    shutters: int = 0  #: this many press photographers' cameras (0: none)
    mosquito: int = 0  #: a mosquito visiting the microphone this many times (0: none)
    projector: int = 0  #: a slide carousel projector changing this many slides (0: none)
    zipper: int = 0  #: this many bags zipped open and shut (0: none)


@dataclass
class Spec(a10.Spec, TwentyEighthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd71_real_shutters_page_mkv": Spec(d, "real", "page", real=R(109801, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.4)),
                                            room=("pink", 36), seed=109811, shutters=2, codec="mkv"),
        "rd71_real_mosquito_dashes_mp4": Spec(d, "real", "dashes", real=R(109802, 16, wideband=True, snr_db=q,
                                                                          gap=(0.5, 1.5)),
                                              room=("murmur", 34), seed=109812, mosquito=3, codec="mp4"),
        "rd71_real_projector_plain": Spec(d, "real", real=R(109803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                            long_pauses=0.3),
                                          room=("pink", 36), seed=109813, projector=4),
        "rd71_flite_zipper_shutters_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 1.9), Voice(F, "kal16", 0.53)], 109401, 109501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=109814, zipper=2, shutters=1),
        "rd71_espeak_projector_mosquito_zipper": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb+f5", 1.0), Voice(E, "en-us-nyc+f2", 1.05)], 109403, 109503, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=109816, projector=3, mosquito=2,
            zipper=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside28)
        "fy_real_shutters_page": Spec(a, "real", "page", real=R(109101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                      room=("pink", 34), seed=109201, shutters=3),
        "fy_real_mosquito_plain_mkv": Spec(a, "real", real=R(109102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                           room=("pink", 36), seed=109202, mosquito=3, codec="mkv"),
        "fy_real_projector_dashes": Spec(a, "real", "dashes", real=R(109103, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.4), long_pauses=0.3),
                                         room=("pink", 38), seed=109203, projector=5),
        "fy_real_zipper_srt": Spec(a, "real", "srt", real=R(109104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                   room=("pink", 36), seed=109204, zipper=3),
        "fy_real_shutters_vtt_mp4": Spec(a, "real", "vtt", real=R(109105, 16, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.5)),
                                         room=("pink", 36), seed=109205, shutters=2, codec="mp4"),
        "fy_real_long_mix_mkv": Spec(a, "real", "page", real=R(109106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=109206, shutters=2, mosquito=5, projector=12, zipper=4,
                                     codec="mkv"),
        "fy_real_mosquito_zipper_dashes": Spec(a, "real", "dashes", real=R(109108, 16, wideband=False, snr_db=q,
                                                                           gap=(0.4, 1.4)),
                                               room=("murmur", 34), seed=109208, mosquito=2, zipper=2),
        "fy_flite_projector_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 1.78), Voice(F, "rms", 0.56)], 109404, 109504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=109211, projector=4),
        "fy_festival_shutters_mosquito_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 0.48), Voice(FEST, "kal", 1.85)], 109405, 109505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=109212, shutters=2, mosquito=3),
        "fy_espeak_zipper_projector_page_mp4": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+f2", 1.1), Voice(E, "en-us+m3", 0.92)], 109406, 109506, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=109213, zipper=2, projector=3,
            codec="mp4"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd71_real_shutters_page_mkv", "rd71_real_mosquito_dashes_mp4", "rd71_real_projector_plain",
                 "rd71_flite_zipper_shutters_page", "rd71_espeak_projector_mosquito_zipper"],
         "aside": ["fy_real_shutters_page", "fy_real_mosquito_plain_mkv", "fy_real_projector_dashes",
                   "fy_real_zipper_srt", "fy_real_shutters_vtt_mp4", "fy_real_long_mix_mkv",
                   "fy_real_mosquito_zipper_dashes", "fy_flite_projector_plain",
                   "fy_festival_shutters_mosquito_dashes", "fy_espeak_zipper_projector_page_mp4"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen, all heard by the microphone as the voice is: the projector, the
    shutters, the mosquito and the zipper; then aside27_cases.spoil's (the room's noise among them, none of its own
    switched on; it turns the finished talk down where a sample would clip).  Each draws on the case's seed and a
    number of its own."""
    heard = [(spec.projector, lambda m: slide_projector(m, spec.seed + 240, spec.projector)),
             (spec.shutters, lambda m: camera_shutters(m, spec.seed + 241, spec.shutters)),
             (spec.mosquito, lambda m: mosquito(m, spec.seed + 242, spec.mosquito)),
             (spec.zipper, lambda m: zipper(m, spec.seed + 243, spec.zipper))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a27.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
