"""A twenty-fourth aside set nobody has tuned to (``bx_*``, English), and dev twins made the same way (``rd67_*``).

``az_*`` .. ``tx_*`` have each been run once and looked at (``rx_*``, the twenty-third, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the twenty-three
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md and the dev families, with
the file's line breaks taken out; a ducked music bed, a hearing loop, a lavalier's rubbing, wind, a PA's delayed
copy and a tape's print-through pre-echo were built or left before and are not here):

* **a MiniDisc's transform codec** (ATRAC-like: overlapping MDCT blocks of 40-48 ms, each band quantized to a
  signal-to-noise ratio of 12-16 dB, the quietest bands dropped, no block switching): a block that holds a line's
  sudden onset spreads its quantization noise over the whole block, so a **pre-echo** of the onset's own noise comes
  up to a block before the voice (:func:`minidisc`);
* **a podcast's over-eager de-esser**: a split-band compressor on the highs (over 3.5-5 kHz), 4-6:1 above a
  threshold set 8-12 dB under the loudest sibilants, up to 12-18 dB of cut -- a line's /s/, /sh/, /f/ taken down,
  its vowels and the pauses left alone (:func:`deesser`);
* **thunder** over an outdoor talk: a crack (only when the storm is near) and a rolling rumble of 3-9 s under
  300 Hz, 2-10 dB under the speech, when the storm pleases, over lines as well as pauses (:func:`thunder`);
* **a road drill in the street outside**: a jackhammer's train of impacts (18-26 a second) in bursts of 1.5-6 s,
  through a closed window (little over 2 kHz), 8-16 dB under the speech (:func:`road_drill`);
* containers no case had: **MPEG-1 Layer II in Matroska with an H.264 picture** (``.mkv``: a DVB-T2 recording
  remuxed) and **Vorbis in a WebM video with a VP8 picture** (``.webm``: an early HTML5 upload) (:data:`CODECS`);
* voices at speeds they never had: flite ``kal`` x0.7 and ``rms`` x1.84, festival ``ked`` x0.52 and ``kal`` x1.8.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  The thunder and the drill only add sound; the de-esser is a gain on the
highs from a causal detector (the band split zero-phase, summing back to the talk); the MiniDisc codec reconstructs
the talk exactly without its quantization (the quantization noise is the pre-echo, the voice stays where it was
said); the containers' delays are measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``bx_*``, once (``run.py --aside24``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
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
import aside23_cases as a23
import synth_cases as sc
import unseen_cases as uc
from aside_common import english_case, generated_talk, kept_as_decoded, stored_in
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"


def _line_spans(made: Made) -> list[dict]:
    return [s for s in made.segments if s.get("start") is not None]


# ------------------------------------------------------------------ a MiniDisc's transform codec
#: Band edges (Hz) the codec quantizes by: about a critical band each, as a perceptual coder groups its lines.
BAND_EDGES = (0, 200, 400, 600, 800, 1000, 1250, 1500, 1750, 2000, 2500, 3000, 3500, 4000, 5000, 6000, 7000, 8000)
DROPPED_DB = 35.0  #: a band this far under the block's loudest is not coded at all (masked)


def mdct_basis(m: int) -> tuple[np.ndarray, np.ndarray]:
    """The MDCT of blocks of ``2m`` samples hopping by ``m``: its cosine basis (m x 2m) and its sine window (the
    Princen-Bradley window, so the blocks' aliasing cancels and the unquantized talk comes back exactly)."""
    n = np.arange(2 * m)
    k = np.arange(m)
    basis = np.cos(np.pi / m * (n[None, :] + 0.5 + m / 2) * (k[:, None] + 0.5))
    return basis, np.sin(np.pi * (n + 0.5) / (2 * m))


def transform_coded(x: np.ndarray, m: int, snr_db: float) -> np.ndarray:
    """``x`` through an MDCT codec: blocks of ``2m`` samples, each band of :data:`BAND_EDGES` quantized with a step
    that leaves its noise ``snr_db`` under the band's own level in that block, a band :data:`DROPPED_DB` under the
    block's loudest dropped.  With ``snr_db`` infinite (``np.inf``) the talk comes back to rounding error."""
    basis, window = mdct_basis(m)
    n = len(x)
    blocks = -(-n // m) + 1
    padded = np.concatenate([np.zeros(m), x, np.zeros((blocks + 1) * m - n - m)])
    frames = np.lib.stride_tricks.sliding_window_view(padded, 2 * m)[::m][:blocks]
    coef = (frames * window) @ basis.T
    if np.isfinite(snr_db):
        edges = np.minimum(np.round(np.array(BAND_EDGES) / (RATE / 2) * m).astype(int), m)
        power = np.stack([np.mean(coef[:, a:b] ** 2, axis=1) for a, b in zip(edges[:-1], edges[1:])], axis=1)
        loudest = power.max(axis=1, keepdims=True)
        step = np.sqrt(12 * power) * 10 ** (-snr_db / 20)
        kept = power > loudest * 10 ** (-DROPPED_DB / 10)
        for j, (a, b) in enumerate(zip(edges[:-1], edges[1:])):
            q = np.where(step[:, j:j + 1] > 0, step[:, j:j + 1], 1.0)
            coef[:, a:b] = np.where(kept[:, j:j + 1], np.round(coef[:, a:b] / q) * q, 0.0)
    out = np.zeros((blocks + 1) * m)
    parts = (coef @ basis) * window * (2.0 / m)
    for i in range(blocks):
        out[i * m:i * m + 2 * m] += parts[i]
    return out[m:m + n]


def minidisc(made: Made, seed: int) -> Made:
    """The talk recorded on a MiniDisc in a long-play mode: a transform codec (:func:`transform_coded`) of blocks
    40-48 ms long hopping by half, bands coded 12-16 dB over their quantization noise, no block switching.  A block
    that holds a sudden onset codes the pause before it with the onset's noise: a pre-echo up to a block before the
    voice, 20 dB or more under it but far over a quiet pause's room.  Nothing of the voice moves: unquantized, the
    blocks give the talk back."""
    prng = random.Random(seed)
    m = 16 * int(round(prng.uniform(0.020, 0.024) * RATE / 16))
    snr = prng.uniform(12.0, 16.0)
    y = transform_coded(made.samples.astype(np.float64), m, snr)
    note = (f"recorded on a MiniDisc (a transform codec: blocks of {2000 * m / RATE:.0f} ms hopping by half, bands "
            f"coded {snr:.0f} dB over their noise, none switched short): a pre-echo up to a block before each onset")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a podcast's de-esser
def deesser_cut(level_db: np.ndarray, threshold_db: float, ratio: float, most_db: float) -> np.ndarray:
    """The cut (dB, <= 0) of a compressor with ``ratio`` over ``threshold_db``, at most ``most_db``."""
    over = np.maximum(level_db - threshold_db, 0.0)
    return -np.minimum(over * (1 - 1 / ratio), most_db)


def deesser(made: Made, seed: int) -> Made:
    """The talk through a podcast's over-eager de-esser: the highs (over 3.5-5 kHz, split zero-phase so the band
    and the rest sum back to the talk) followed by a level detector (1 ms blocks, up in 1 ms, down in 30-60 ms,
    causal) and compressed 4-6:1 above a threshold 8-12 dB under the loudest sibilants (the high band's 99th
    percentile inside the lines), at most 12-18 dB: a line's /s/ and /sh/ come down, its vowels (whose highs lie
    far under the threshold) and the pauses' room pass as they were.  A gain on the highs where they are: nothing
    moves."""
    prng = random.Random(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    corner = prng.uniform(3500.0, 5000.0)
    high = x - a21._low(x, corner)
    release = prng.uniform(0.03, 0.06)
    env = a21._envelope(high, 0.001, release)
    voiced = np.zeros(len(env), bool)
    for s in _line_spans(made):
        voiced[int(s["start"] * RATE) // 16:int(s["end"] * RATE) // 16] = True
    top = float(np.percentile(env[voiced], 99)) if voiced.any() else float(np.max(env))
    below, ratio, most = prng.uniform(8.0, 12.0), prng.uniform(4.0, 6.0), prng.uniform(12.0, 18.0)
    cut_db = deesser_cut(20 * np.log10(env + 1e-20), 20 * np.log10(top + 1e-20) - below, ratio, most)
    y = x + high * (a21._per_sample(10 ** (cut_db / 20), n) - 1.0)
    note = (f"a podcast's de-esser: the highs over {corner:.0f} Hz compressed {ratio:.1f}:1 above {below:.0f} dB "
            f"under the loudest sibilants, at most {most:.0f} dB")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ thunder over an outdoor talk
def thunder_clap(seconds: float, near: bool, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """One thunder: a rumble under 120-250 Hz rolling in 3-6 swells over ``seconds`` (each swell rising in 0.1-0.5 s
    and dying away, the later ones weaker), after a crack (40-120 ms of broadband noise, dying fast) when the storm
    is ``near``; unit RMS over its loudest second."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    rumble = a21._low(rng.normal(size=k), prng.uniform(120.0, 250.0))
    env = np.zeros(k)
    for j in range(prng.randint(3, 6)):
        at, rise = prng.uniform(0.0, 0.6) * seconds * (j > 0), prng.uniform(0.1, 0.5)
        shape = np.clip((t - at) / rise, 0.0, 1.0) * np.exp(-np.maximum(t - at - rise, 0.0) / prng.uniform(0.5, 1.5))
        env += shape * 0.75 ** j
    y = rumble * env
    if near:
        m = int(prng.uniform(0.04, 0.12) * RATE)
        crack = rng.normal(size=m) * np.exp(-np.arange(m) / (m / 5))
        y[:m] += crack / (sc._rms(crack) + 1e-12) * sc._rms(y[:RATE]) * 0.5
    loudest = max(sc._rms(y[i:i + RATE]) for i in range(0, max(1, k - RATE + 1), RATE // 4))
    return y / (loudest + 1e-12)


def thunder(made: Made, seed: int, count: int) -> Made:
    """``count`` thunders over the talk, one in each of ``count`` equal stretches of it (the storm does not wait for
    a pause), each 3-9 s long, its loudest second 2-10 dB under the speech; half of them near (a crack before the
    rumble).  Only adds sound."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64).copy()
    n = len(x)
    speech = a4.speech_rms(made)
    said = []
    for j in range(count):
        at = int(prng.uniform(j, j + 0.8) / count * n)
        seconds = min(prng.uniform(3.0, 9.0), (n - at) / RATE)
        if seconds < 1.0:
            continue
        under = prng.uniform(2.0, 10.0)
        near = prng.random() < 0.5
        clap = thunder_clap(seconds, near, rng, prng)
        x[at:at + len(clap)] += clap * speech * 10 ** (-under / 20)
        said.append(f"{at / RATE:.1f} s ({seconds:.1f} s, {under:.0f} dB under{', near' if near else ''})")
    return Made(x.astype(np.float32), made.segments, made.notes + [
        f"{len(said)} thunders over the talk, a rumble under 300 Hz: at " + "; ".join(said)], made.words)


# ------------------------------------------------------------------ a road drill in the street outside
def drill_impacts(seconds: float, rate_hz: float, rng: np.random.Generator, prng: random.Random) -> np.ndarray:
    """A jackhammer's burst: impacts ``rate_hz`` a second (each 5 % early or late, 10 % louder or softer), each a
    thud of the bit and the pavement (two damped resonances, 150-350 Hz and 700-1400 Hz, dying in 8-15 ms) with a
    2 ms click of noise."""
    k = int(seconds * RATE)
    m = int(0.06 * RATE)
    t = np.arange(m) / RATE
    decay = prng.uniform(0.008, 0.015)
    low, high = prng.uniform(150.0, 350.0), prng.uniform(700.0, 1400.0)
    thud = np.exp(-t / decay) * (np.sin(2 * np.pi * low * t) + 0.5 * np.sin(2 * np.pi * high * t))
    click = int(0.002 * RATE)
    y = np.zeros(k + m)
    at = 0.0
    while at < seconds:
        i = int(at * RATE)
        hit = thud.copy()
        hit[:click] += rng.normal(size=click) * 0.5
        y[i:i + m] += hit * (1 + 0.1 * (2 * rng.random() - 1))
        at += (1 + 0.05 * (2 * rng.random() - 1)) / rate_hz
    return y[:k]


def road_drill(made: Made, seed: int, bursts: int) -> Made:
    """A road drill at work in the street outside for a stretch of the talk: ``bursts`` bursts of 1.5-6 s with
    0.8-5 s between them, starting somewhere in the talk's first half, a jackhammer's impacts (:func:`drill_impacts`,
    18-26 a second) through a closed window (under 1.5-2.5 kHz, zero-phase), each burst 8-16 dB under the speech.
    Only adds sound."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    speech = a4.speech_rms(made)
    rate_hz, window = prng.uniform(18.0, 26.0), prng.uniform(1500.0, 2500.0)
    drill = np.zeros(n)
    at = prng.uniform(0.05, 0.5) * n / RATE
    said = []
    for _ in range(bursts):
        seconds = min(prng.uniform(1.5, 6.0), n / RATE - at)
        if seconds < 0.5:
            break
        burst = drill_impacts(seconds, rate_hz, rng, prng)
        under = prng.uniform(8.0, 16.0)
        i = int(at * RATE)
        drill[i:i + len(burst)] += burst / (sc._rms(burst) + 1e-12) * speech * 10 ** (-under / 20)
        said.append(f"{at:.1f}-{at + seconds:.1f} s ({under:.0f} dB under)")
        at += seconds + prng.uniform(0.8, 5.0)
    through = a21._low(drill, window)
    through[drill == 0] = 0.0  # the window's filter rings no sound into the quiet between bursts
    return Made((x + through).astype(np.float32), made.segments, made.notes + [
        f"a road drill outside ({rate_hz:.0f} impacts a second, through a window: under {window:.0f} Hz) in "
        f"{len(said)} bursts: " + ", ".join(said)], made.words)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it, and encoded_bytes' extras).
CODECS = {
    "mkv": ("mkv", "matroska", "mp2", 128000, 48000, 1152, "libx264", "MPEG-1 Layer II (128 kb/s, 48 kHz) in "
            "Matroska with an H.264 picture, a DVB-T2 recording remuxed"),
    "webm": ("webm", "webm", "vorbis", 64000, 44100, 1024, "libvpx", "Vorbis (64 kb/s, 44.1 kHz, the talk in both "
             "channels) in a WebM video with a VP8 picture, an early HTML5 upload",
             {"codec_options": {"strict": "-2"}, "channels": 2}),
}


def store_codec(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
    """The talk in one of :data:`CODECS`, its truth moved by the delay measured (aside_common.stored_in)."""
    return stored_in(made, CODECS[kind])


def decoded_through(made: Made, kind: str) -> Made:
    """A language talk through one of :data:`CODECS`, kept as the samples decoded from it."""
    return kept_as_decoded(store_codec(made, kind)[0])


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TwentyFourthSpoilers(a23.TwentyThirdSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside23_cases.TwentyThirdSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside24_languages.LangSpec)."""

    minidisc: bool = False  #: recorded on a MiniDisc (a transform codec's pre-echo)
    deesser: bool = False  #: through a podcast's over-eager de-esser
    thunder: int = 0  #: this many thunders over the talk (0: none)
    drill: int = 0  #: a road drill outside in this many bursts (0: none)


@dataclass
class Spec(a10.Spec, TwentyFourthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd67_real_minidisc_page_mkv": Spec(d, "real", "page", real=R(101801, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.4)),
                                            room=("pink", 36), seed=101811, minidisc=True, codec="mkv"),
        "rd67_real_deesser_dashes_webm": Spec(d, "real", "dashes", real=R(101802, 16, wideband=True, snr_db=q,
                                                                          gap=(0.5, 1.5)),
                                              room=("murmur", 32), seed=101812, deesser=True, codec="webm"),
        "rd67_real_thunder_plain": Spec(d, "real", real=R(101803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                          long_pauses=0.3),
                                        room=("fan", 36), seed=101813, thunder=3),
        "rd67_flite_drill_deesser_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 0.72), Voice(F, "rms", 1.82)], 101401, 101501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("murmur", 34), seed=101814, drill=3, deesser=True),
        "rd67_espeak_thunder_minidisc": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Adam", 1.0), Voice(E, "en-gb+Belinda", 0.95)], 101403, 101503, 10,
                           pause=(0.5, 1.4), turn=3)], room=("pink", 34), seed=101816, thunder=2, minidisc=True),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside24)
        "bx_real_minidisc_page": Spec(a, "real", "page", real=R(101101, 16, wideband=True, snr_db=q,
                                                                gap=(0.5, 1.5)),
                                      room=("murmur", 30), seed=101201, minidisc=True),
        "bx_real_deesser_plain_mkv": Spec(a, "real", real=R(101102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=101202, deesser=True, codec="mkv"),
        "bx_real_thunder_dashes": Spec(a, "real", "dashes", real=R(101103, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4), long_pauses=0.3),
                                       room=("murmur", 30), seed=101203, thunder=3),
        "bx_real_drill_srt": Spec(a, "real", "srt", real=R(101104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                  room=("fan", 36), seed=101204, drill=3),
        "bx_real_deesser_vtt_webm": Spec(a, "real", "vtt", real=R(101105, 16, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.5)),
                                         room=("pink", 34), seed=101205, deesser=True, codec="webm"),
        "bx_real_long_mix_mkv": Spec(a, "real", "page", real=R(101106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=101206, minidisc=True, deesser=True, thunder=5,
                                     drill=4, codec="mkv"),
        "bx_real_drill_minidisc_dashes": Spec(a, "real", "dashes", real=R(101108, 16, wideband=True, snr_db=q,
                                                                          gap=(0.4, 1.4)),
                                              room=("pink", 38), seed=101208, drill=2, minidisc=True),
        "bx_flite_drill_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 0.7), Voice(F, "rms", 1.84)], 101404, 101504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=101211, drill=3),
        "bx_festival_thunder_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 0.52), Voice(FEST, "kal", 1.8)], 101405, 101505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 30), seed=101212, thunder=3),
        "bx_espeak_minidisc_page_webm": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb+Quincy", 1.0), Voice(E, "en-us+Rob", 0.9)], 101406, 101506, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=101213, minidisc=True,
            codec="webm"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd67_real_minidisc_page_mkv", "rd67_real_deesser_dashes_webm", "rd67_real_thunder_plain",
                 "rd67_flite_drill_deesser_page", "rd67_espeak_thunder_minidisc"],
         "aside": ["bx_real_minidisc_page", "bx_real_deesser_plain_mkv", "bx_real_thunder_dashes", "bx_real_drill_srt",
                   "bx_real_deesser_vtt_webm", "bx_real_long_mix_mkv", "bx_real_drill_minidisc_dashes",
                   "bx_flite_drill_plain", "bx_festival_thunder_dashes", "bx_espeak_minidisc_page_webm"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen: the thunder and the road drill outside (heard by the microphone as the
    voice is); aside23_cases.spoil's (the room's noise among them, none of its own switched on); the MiniDisc the
    talk was recorded on; the podcast's de-esser in the edit, last.  Each draws on the case's seed and a number of
    its own."""
    outside = [(spec.thunder, lambda m: thunder(m, spec.seed + 200, spec.thunder)),
               (spec.drill, lambda m: road_drill(m, spec.seed + 201, spec.drill))]
    recorded = [(spec.minidisc, lambda m: minidisc(m, spec.seed + 202)),
                (spec.deesser, lambda m: deesser(m, spec.seed + 203))]
    for wanted, spoiler in outside:
        made = spoiler(made) if wanted else made
    made = a23.spoil(made, spec, which, floor, lang)
    for wanted, spoiler in recorded:
        made = spoiler(made) if wanted else made
    return a4.headroom(made)


def names(which: str) -> list[str]:
    return list(NAMES[which])


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made (aside10_cases.needs), or None."""
    return a10.needs(catalogue()[name])


def make(name: str) -> uc.Built:
    """The case's audio, truth and transcript (aside_common.english_case)."""
    return english_case(name, sys.modules[__name__])
