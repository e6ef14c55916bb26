"""An eleventh aside set nobody has tuned to (``lx_*``, English), and dev twins made the same way (``rd40_*``).

``az_*`` .. ``mx_*`` have each been run once and looked at.  Real English voices are exhausted (every Debian/PyPI
source found is listed in benchmarks/README.md; Fish Fillets' ``sound/*/en`` folders, the tenth set's lead, hold
sound effects and three one-word grunts, not speech), so the real talks are Allison Smith's telephone prompts again,
at **speeds no set had**: x0.7 and x1.45 (``mx_*`` went from x0.78 to x1.3), and **a reader whose speed drifts
within the talk** (each prompt at its own tempo, x0.8 up to x1.35 and back, :func:`drifting_reader`).  What is new
around the voices (checked against the ten sets' lists in benchmarks/README.md):

* **an air conditioner cycling** on and off (a compressor's hum and a fan's rush, a clunk at each switch,
  :func:`air_conditioner`), **a television in another room** (a talk show's voices and music, muffled by a wall,
  :func:`television`), **coughs and laughter between lines** (:func:`cough`, :func:`laugh`, :func:`lay_between`)
  and **paper rustling just before a line** (a page turned, ending 50-150 ms before the voice, :func:`rustle`);
* **a stairwell**: a long bright tail (RT60 1.4 s) with a **flutter echo** between its parallel walls
  (:func:`stairwell`);
* **joins across a television and an air conditioner** (aside10_cases.noise_gaps with other beds);
* a **long talk** (over 10 minutes: the prompt pool said twice, 20 or more lines apart) with joins across noise;
* codecs and containers no case had: **WMA** (``wmav2`` in ASF), **AC-3 in Matroska** (``.mkv``, 48 kHz), **G.726**
  ADPCM at 24 kb/s in a ``.wav``, and a **WebM video** (VP8 pictures with Opus sound) (:data:`CODECS`);
* transcripts: a web page with stale stamps, ``- `` turns, old SRT, old WebVTT, a sentence deleted and one
  inserted, a sentence replaced by one never spoken, and **a sentence begun, broken off and said again** in an
  aside set (:func:`restarted`: the broken-off words are said, not written).

Truth is the rule of every real case (each prompt's voice span where it went, measured on the shifted prompt) and,
for the synthesized talks, the segment bounds on the dry speech.  A room's tail, the noises and the codec's delay
never move a voice span (the codec's delay is measured and moved into the truth, aside9_cases.store_codec).

``lx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside11``).

    apt-get install sox espeak-ng flite asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside11 --check     # make the lx_* cases; their truth only
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside6_cases as a6
import aside7_cases as a7
import aside9_cases as a9
import aside10_cases as a10
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, ready_spec
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F = "espeak", "flite"
_unit = a10._unit


# ------------------------------------------------------------------ sounds
def air_conditioner(n: int, seed: int) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """An air conditioner cycling: off 10-20 s, on 18-32 s, in turn (it starts off or on at random).  On, a
    compressor's hum (100 Hz and four harmonics) over a fan's rush under 1.2 kHz, swelling in over 0.6 s and dying
    over 0.8 s, with a low clunk (a 60 ms thump) as the compressor starts and stops.  Unit RMS while on; returns the
    noise and the stretches it ran (seconds)."""
    rng = np.random.default_rng(seed)
    prng = random.Random(seed)
    t = np.arange(n) / RATE
    env = np.zeros(n)
    clunks = np.zeros(n)
    runs = []
    at, on = 0.0, prng.random() < 0.5
    at -= prng.uniform(0, 10)  # the cycle began before the recording
    while at < n / RATE:
        length = prng.uniform(18, 32) if on else prng.uniform(10, 20)
        if on:
            a, b = max(0.0, at), min(n / RATE, at + length)
            if b > a:
                runs.append((round(a, 3), round(b, 3)))
                up = np.clip((t - at) / 0.6, 0, 1) * np.clip((at + length - t) / 0.8, 0, 1)
                env = np.maximum(env, up)
                for edge in (at, at + length):
                    i = int(edge * RATE)
                    if 0 <= i < n:
                        m = min(int(0.06 * RATE), n - i)
                        k = np.arange(m) / RATE
                        clunks[i:i + m] += np.sin(2 * np.pi * 70 * k) * np.exp(-k / 0.015)
        at += length
        on = not on
    hum = sum(np.sin(2 * np.pi * 100 * h * t + rng.uniform(0, 6.3)) / h for h in range(1, 6))
    rush = sc.lowpass(rng.normal(size=n), 1200.0)
    running = _unit(hum) * 0.5 + _unit(rush)
    y = running * env + clunks * 2.0
    level = float(np.sqrt(np.mean((running * env)[env >= 0.999] ** 2))) if (env >= 0.999).any() else 1.0
    return (y / max(level, 1e-9)).astype(np.float32), runs


def television(n: int, seed: int) -> np.ndarray:
    """A television in another room: a talk show (two espeak-ng voices no case used, quick turns) over its music,
    through a wall (everything above 900 Hz gone, a small room's tail); unit RMS.  Made from 12 generated
    sentences and looped to ``n``."""
    rng = np.random.default_rng(seed)
    show = sc.make_recording(generated_talk([Voice(E, "en-us+m8", 1.1), Voice(E, "en-gb+Iven4", 1.05)], seed,
                                            seed + 1, 12, pause=(0.1, 0.5), turn=1)).samples
    reps = int(np.ceil(n / len(show)))
    talk = np.tile(show, reps)[:n]
    music = uc.music_bed(n, seed)
    mixed = _unit(talk) + 0.5 * _unit(music)
    wall = sc.lowpass(sc.lowpass(mixed, 900.0), 900.0)
    return _unit(sc.convolve(wall.astype(np.float32), sc.room_impulse(0.5, rng)))


def cough(seed: int) -> np.ndarray:
    """One cough, or two close together: a burst of breath noise shaped by the throat (energy 300-3000 Hz), sharp at
    its start and dying over 120-220 ms; unit peak."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(1 + int(rng.random() < 0.4)):
        m = int(rng.uniform(0.18, 0.3) * RATE)
        k = np.arange(m) / RATE
        noise = rng.normal(size=m)
        throat = sc.lowpass(noise, 3000.0) - sc.lowpass(noise, 300.0)
        voiced = np.sin(2 * np.pi * rng.uniform(140, 220) * k) * 0.4
        burst = (throat + voiced) * np.minimum(1.0, k / 0.008) * np.exp(-k / rng.uniform(0.06, 0.11))
        out += [burst, np.zeros(int(rng.uniform(0.08, 0.18) * RATE))]
    y = np.concatenate(out[:-1])
    return (y / max(1e-9, float(np.abs(y).max()))).astype(np.float32)


def laugh(seed: int) -> np.ndarray:
    """A short laugh: 4-7 "ha"s 150-200 ms apart, each a breathy vowel (a pulse train at 180-260 Hz through an /a/'s
    first two formants, with breath noise), falling in pitch and level; unit peak."""
    rng = np.random.default_rng(seed)
    count = int(rng.integers(4, 8))
    step = rng.uniform(0.15, 0.2)
    f0 = rng.uniform(180, 260)
    y = np.zeros(int((count * step + 0.2) * RATE))
    for j in range(count):
        m = int(rng.uniform(0.08, 0.12) * RATE)
        k = np.arange(m) / RATE
        pitch = f0 * (1 - 0.04 * j)
        pulses = np.sign(np.sin(2 * np.pi * pitch * k)) * 0.5 + rng.normal(size=m) * 0.5
        vowel = sc.lowpass(pulses, 1300.0) - 0.7 * sc.lowpass(pulses, 600.0)
        shape = np.sin(np.pi * k / (m / RATE)) ** 2 * 0.85 ** j
        i = int(j * step * RATE)
        y[i:i + m] += vowel * shape
    return (y / max(1e-9, float(np.abs(y).max()))).astype(np.float32)


def rustle(seconds: float, seed: int) -> np.ndarray:
    """A page turned: crackles (single-sample ticks, 300-900 a second, their rate swelling and fading) and a swish of
    bright noise, all above 1.5 kHz; unit RMS."""
    rng = np.random.default_rng(seed)
    m = int(seconds * RATE)
    k = np.arange(m) / m
    swell = np.sin(np.pi * k) ** 1.5
    ticks = (rng.random(m) < rng.uniform(300, 900) / RATE * swell) * rng.normal(size=m) * 4
    swish = rng.normal(size=m) * swell * 0.4
    y = ticks + swish
    y = y - sc.lowpass(y, 1500.0)
    return _unit(y)


def _pauses(made: Made, least: float) -> list[int]:
    """Lines (after the first) with at least ``least`` s of pause before them."""
    segs = made.segments
    return [k for k in range(1, len(segs)) if segs[k].get("start") is not None and segs[k - 1].get("end") is not None
            and segs[k]["start"] - segs[k - 1]["end"] >= least]


def lay_between(made: Made, seed: int, count: int, under_db: float = 3.0) -> Made:
    """Coughs and laughs in ``count`` pauses (long enough to hold one with 0.15 s either side), in turn: a cough
    ``under_db`` under the speech's level, a laugh 5 dB quieter still.  No voice span moves; the sounds are never in
    the truth."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made)
    laid = []
    for j, k in enumerate(sorted(prng.sample(_pauses(made, 1.0), min(count, len(_pauses(made, 1.0)))))):
        a, b = made.segments[k - 1]["end"] + 0.15, made.segments[k]["start"] - 0.15
        kind = "a cough" if j % 2 == 0 else "a laugh"
        s = cough(seed + k) if kind == "a cough" else laugh(seed + k)
        if len(s) > (b - a) * RATE:
            s = s[: int((b - a) * RATE)] * np.linspace(1, 0, int((b - a) * RATE)) ** 0.5
        at = a + prng.uniform(0, max(0.0, b - a - len(s) / RATE))
        peak = level * 10 ** (-(under_db + (5 if kind == "a laugh" else 0)) / 20) * 3.0
        i = int(at * RATE)
        y[i:i + len(s)] += (s * peak).astype(np.float32)
        laid.append(f"{kind} before line {k}")
    note = f"coughs and laughter between lines ({', '.join(laid)}), peaks near the speech's"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def lay_rustles(made: Made, seed: int, count: int, under_db: float = 6.0) -> Made:
    """A page turned (:func:`rustle`, 0.4-0.9 s) in ``count`` pauses, ending 50-150 ms before the next line's voice
    begins, ``under_db`` under the speech."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 10 ** (-under_db / 20)
    wide = _pauses(made, 0.8)
    laid = []
    for k in sorted(prng.sample(wide, min(count, len(wide)))):
        gap = made.segments[k]["start"] - made.segments[k - 1]["end"]
        seconds = min(prng.uniform(0.4, 0.9), gap - 0.3)
        end = made.segments[k]["start"] - prng.uniform(0.05, 0.15)
        s = rustle(seconds, seed + k) * level
        i = int((end - seconds) * RATE)
        y[i:i + len(s)] += s
        laid.append(k)
    note = (f"paper rustling (a page turned, 0.4-0.9 s) ending 50-150 ms before lines {laid}, {under_db:g} dB under "
            "the speech")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def add_air_conditioner(made: Made, seed: int, under_db: float) -> Made:
    """The air conditioner (:func:`air_conditioner`) through the whole talk, ``under_db`` under the speech while on."""
    noise, runs = air_conditioner(len(made.samples), seed)
    y = made.samples + noise * a4.speech_rms(made) * 10 ** (-under_db / 20)
    note = (f"an air conditioner cycling, {under_db:g} dB under the speech while on; on "
            + ", ".join(f"{a:.0f}-{b:.0f} s" for a, b in runs))
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def add_television(made: Made, seed: int, under_db: float) -> Made:
    """A television in another room (:func:`television`) through the whole talk, ``under_db`` under the speech."""
    y = made.samples + television(len(made.samples), seed) * a4.speech_rms(made) * 10 ** (-under_db / 20)
    note = f"a television in another room (a talk show and its music through a wall), {under_db:g} dB under"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def stairwell(made: Made, seed: int, rt60: float = 1.4) -> Made:
    """A stairwell: a long bright tail (``rt60``) and a flutter echo -- the sound bouncing between two parallel
    walls 3.5-5 m apart, a reflection every 20-29 ms, each 1.5-2.5 dB under the one before, for 0.5 s.  The truth
    stays on the dry voice."""
    rng = np.random.default_rng(seed)
    h = sc.room_impulse(rt60, rng)
    step = rng.uniform(0.020, 0.029)
    fall = 10 ** (-rng.uniform(1.5, 2.5) / 20)
    for j in range(1, int(0.5 / step) + 1):
        h[int(j * step * RATE)] += 0.55 * fall ** j
    y = sc.convolve(made.samples, h)
    note = (f"a stairwell: RT60 {rt60:g} s and a flutter echo every {1000 * step:.0f} ms "
            f"({-20 * np.log10(fall):.1f} dB a bounce; truth on the dry voice)")
    return Made(y, made.segments, made.notes + [note], made.words)


def _television_bed(m: int, seed: int, rng) -> np.ndarray:
    return television(m, seed)


def _air_conditioner_bed(m: int, seed: int, rng) -> np.ndarray:
    x = air_conditioner(m + 8 * RATE, seed)[0]  # cut from a longer run so the join need not start with a clunk
    return _unit(x[4 * RATE:4 * RATE + m]) if np.any(x[4 * RATE:4 * RATE + m]) else x[:m]


#: What fills this set's joins across noise, in turn (aside10_cases.noise_gaps).
TV_AND_AIR = (("a television in another room", _television_bed),
              ("an air conditioner", _air_conditioner_bed))


# ------------------------------------------------------------------ a reader whose speed drifts
def drifting_tempo(i: int, count: int, low: float = 0.8, high: float = 1.35) -> float:
    """The tempo of the ``i``-th of ``count`` prompts: from ``low`` up to ``high`` at two thirds of the talk, then
    back to the middle (a speaker who hurries as time runs out, then calms down); rounded to 0.01."""
    top = max(1, int(count * 2 / 3))
    if i <= top:
        return round(low + (high - low) * i / top, 2)
    return round(high - (high - (low + high) / 2) * (i - top) / max(1, count - 1 - top), 2)


def drifting_reader(count: int):
    """A reader for unseen_cases.place_prompts: each prompt (as it is first read) sped up or slowed down by sox's
    ``tempo`` (aside9_cases.shifted) to :func:`drifting_tempo` of its place in the talk.  Returns the reader and the
    tempi it gave, by prompt."""
    given: dict[str, float] = {}

    def read(name: str, wideband: bool) -> np.ndarray:
        if name not in given:
            given[name] = drifting_tempo(len(given), count)
        return a9.shifted(uc.english_reader(name, wideband), a9.Shift(0, given[name]), name)

    return read, given


# ------------------------------------------------------------------ codecs
#: aside10_cases' codecs and four no case had: kind -> (suffix, container, codec, bits a second, rate, frame[, video]).
CODECS = {**a10.CODECS,
          "wma": ("wma", "asf", "wmav2", 32000, 16000, 2048),
          "ac3": ("mkv", "matroska", "ac3", 96000, 48000, 1536),
          "g726": ("g726.wav", "wav", "adpcm_g726", 24000, 8000, 160),  # beside audio.wav, not over it
          "webm": ("webm", "webm", "libopus", 24000, 48000, 960, "libvpx")}


# ------------------------------------------------------------------ transcripts
def restarted(made: Made, seed: int) -> tuple[Made, dict]:
    """A line (of at least 1.5 s, in the talk's middle third, after a pause of 0.5 s or more) begun, broken off
    about halfway (a 30 ms fade) and said again whole after a pause copied from the quiet before it: the broken-off
    start is said, not in the transcript (run.py's ``deleted``); the lines after it move by what was inserted."""
    prng = random.Random(seed)
    segs = made.segments
    third = made.samples.size / RATE / 3
    pick = [k for k in _pauses(made, 0.5) if third <= segs[k]["start"] <= 2 * third
            and segs[k]["end"] - segs[k]["start"] >= 1.5]
    k = prng.choice(pick)
    s = segs[k]
    p = int(round(s["start"] * RATE))
    share = prng.uniform(0.4, 0.6)
    cut = int((s["end"] - s["start"]) * share * RATE)
    fade = int(0.03 * RATE)
    broken = made.samples[p:p + cut].copy()
    broken[-fade:] *= np.linspace(1, 0, fade, dtype=np.float32)
    quiet = int(min(prng.uniform(0.3, 0.5), s["start"] - segs[k - 1]["end"] - 0.1) * RATE)
    inserted = np.concatenate([broken, made.samples[p - quiet:p]])
    y = np.concatenate([made.samples[:p], inserted, made.samples[p:]])
    move = len(inserted) / RATE
    words = s["text"].split()
    said = " ".join(words[:max(1, round(len(words) * share) - 1)]) + " -"
    part = {**{key: v for key, v in s.items() if key not in ("text", "start", "end")}, "text": said,
            "start": round(p / RATE, 4), "end": round((p + cut) / RATE, 4), "in_transcript": False}
    out = [dict(x) for x in segs[:k]] + [part] + [a4._moved(x, s["start"] - 1e-6, move) for x in segs[k:]]
    moved_words = [dict(a4._moved(w, s["start"] - 1e-6, move), seg=w["seg"] + (1 if w["seg"] >= k else 0))
                   for w in made.words]
    derived = {"change": "a sentence begun, broken off and said again", "restart": k,
               "changed": [{"i": k, "kind": "deleted", "text": said, "start": part["start"], "end": part["end"]}]}
    note = (f"line {k} begun, broken off after {cut / RATE:.2f} s and said again whole {quiet / RATE:.2f} s later "
            "(the broken-off words are not in the transcript)")
    return Made(y.astype(np.float32), out, made.notes + [note], moved_words), derived


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class EleventhSpoilers(a10.TenthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside10_cases.TenthSpoilers', ``codec`` from
    :data:`CODECS`): an English case's and a language talk's (aside11_languages.LangSpec)."""

    aircon_db: float = 0.0  #: an air conditioner cycling, this many dB under the speech while on (0: none)
    tv_db: float = 0.0  #: a television in another room, this many dB under the speech (0: none)
    between: int = 0  #: coughs and laughs in this many pauses
    rustles: int = 0  #: a page turned just before this many lines
    stairs: bool = False  #: a stairwell with a flutter echo
    tv_joins: int = 0  #: pauses made 3-6 s longer and filled with a television or an air conditioner


@dataclass
class Spec(a10.Spec, EleventhSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript -- here also "vtt" and "restart" --,
    voices, shift, room, seed) with this set's spoilers; ``drift``: each prompt at its own tempo
    (:func:`drifting_reader`)."""

    drift: bool = False


S = a9.Shift


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev text seeds): prove the spoilers end to end
        "rd40_real_drift_aircon_restart": Spec(d, "real", "restart", real=R(40801, 18, wideband=True, snr_db=q,
                                                                             gap=(0.5, 1.3)),
                                               room=("pink", 32), seed=40811, drift=True, aircon_db=14, between=2),
        "rd40_real_tv_rustle_wma": Spec(d, "real", "vtt", real=R(40802, 18, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                        shift=S(0, 0.72), room=("pink", 34), seed=40812, tv_db=14, rustles=3,
                                        codec="wma"),
        "rd40_espeak_stairs_coughs_webm": Spec(d, "synth", "dashes", recordings=[
            generated_talk([Voice(E, "en-us+John", 0.8), Voice(E, "en+Pedro", 1.4)], 40401, 40501, 12,
                           pause=(0.4, 1.2), turn=2)], room=("fan", 32), seed=40813, stairs=True, between=2,
            codec="webm"),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside11)
        "lx_real_slowest_aircon": Spec(a, "real", real=R(40101, 20, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                       shift=S(0, 0.7), room=("pink", 32), seed=40201, aircon_db=10),
        "lx_real_fastest_vtt": Spec(a, "real", "vtt", real=R(40102, 24, wideband=True, snr_db=q, gap=(0.2, 0.9)),
                                    shift=S(0, 1.45), room=("fan", 30), seed=40202),
        "lx_real_drifting_page": Spec(a, "real", "page", real=R(40103, 24, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                      room=("pink", 34), seed=40203, drift=True, rustles=3),
        "lx_real_tv_dashes": Spec(a, "real", "dashes", real=R(40104, 22, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                  room=("pink", 32), seed=40204, tv_db=10),
        "lx_real_coughs_restart": Spec(a, "real", "restart", real=R(40105, 22, wideband=True, snr_db=q,
                                                                    gap=(0.5, 1.5)),
                                       room=("murmur", 30), seed=40205, between=4),
        "lx_real_rustle_wma": Spec(a, "real", real=R(40106, 22, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                   room=("pink", 32), seed=40206, rustles=5, codec="wma"),
        "lx_real_stairwell_mismatch_ac3": Spec(a, "real", "mismatch", real=R(40107, 22, wideband=True, snr_db=q,
                                                                             gap=(0.3, 1.4)),
                                               room=("pink", 32), seed=40207, stairs=True, codec="ac3"),
        "lx_real_substituted_g726": Spec(a, "real", "substituted", real=R(40108, 22, wideband=False, snr_db=q,
                                                                          gap=(0.3, 1.4)),
                                         room=("fan", 30), seed=40208, aircon_db=14, codec="g726"),
        "lx_real_long_joins_webm": Spec(a, "real", real=R(40109, 144, wideband="parts", snr_db=q, gap=(0.5, 1.9),
                                                          long_pauses=0.12, repeats=2),
                                        room=("pink", 32), seed=40209, tv_joins=4, between=3, codec="webm"),
        "lx_espeak_slowest_tv_srt": Spec(a, "synth", "srt", recordings=[
            generated_talk([Voice(E, "en-us+David", 0.7), Voice(E, "en-gb+klatt4", 0.72)], 40402, 40502, 16,
                           pause=(0.3, 1.2), turn=3)], room=("pink", 32), seed=40211, tv_db=12),
        "lx_espeak_drifting_coughs_wma": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Miguel", 0.8), Voice(E, "en-us+Miguel", 1.0),
                            Voice(E, "en-us+Miguel", 1.2), Voice(E, "en-us+Miguel", 1.45)], 40403, 40503, 16,
                           pause=(0.3, 1.1), turn=4)], room=("pink", 32), seed=40212, between=3, codec="wma"),
        "lx_espeak_whisper_croak_restart": Spec(a, "synth", "restart", recordings=[
            generated_talk([Voice(E, "en-us+whisper", 1.0), Voice(E, "en+croak", 0.95)], 40404, 40504, 14,
                           pause=(0.5, 1.2), turn=2)], room=("pink", 34), seed=40213, rustles=3),
        "lx_flite_fastest_stairs_substituted": Spec(a, "synth", "substituted", recordings=[
            generated_talk([Voice(F, "rms", 1.45), Voice(F, "slt", 1.45)], 40405, 40505, 16, pause=(0.25, 0.9),
                           turn=3)], room=("pink", 32), seed=40214, stairs=True, aircon_db=16),
    }


DEV_NAMES = ["rd40_real_drift_aircon_restart", "rd40_real_tv_rustle_wma", "rd40_espeak_stairs_coughs_webm"]
ASIDE_NAMES = ["lx_real_slowest_aircon", "lx_real_fastest_vtt", "lx_real_drifting_page", "lx_real_tv_dashes",
               "lx_real_coughs_restart", "lx_real_rustle_wma", "lx_real_stairwell_mismatch_ac3",
               "lx_real_substituted_g726", "lx_real_long_joins_webm", "lx_espeak_slowest_tv_srt",
               "lx_espeak_drifting_coughs_wma", "lx_espeak_whisper_croak_restart",
               "lx_flite_fastest_stairs_substituted"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    tv = spec.tv_db or spec.tv_joins
    music = f"apt-get install {uc.MUSIC_PACKAGE}" if tv and not any(uc.MUSIC.glob("*.wav")) else None
    espeak = "apt-get install espeak-ng" if tv and shutil.which("espeak-ng") is None else None
    return a10.needs(spec, music, espeak)


def _placed(spec: Spec) -> Made:
    """The talk's voices in place (no room yet): aside10_cases' (the synthesized talk, or the prompts, shifted or
    not), or the prompts each at its own tempo (``spec.drift``)."""
    if not spec.drift:
        return a10._placed(spec)
    texts = uc.nx_prompts() if spec.which == "aside" else uc.dev_prompts()
    if spec.transcript in a10.ONE_SENTENCE_SHAPES:
        texts = {n: t for n, t in texts.items() if a7.one_sentence(t)}
    read, given = drifting_reader(spec.real.prompts)
    made = uc.place_prompts(spec.real, texts, read)
    made.notes[0] = made.notes[0].replace(f", pink room noise at {QUIET_DB:g} dB SNR", "")
    for s in made.segments:
        s["voice"] = f"Allison Smith's prompts at tempo x{given[s['prompt']]:g}"
    said = [given[s["prompt"]] for s in made.segments]
    made.notes.append(f"each prompt at its own tempo (sox tempo), drifting from x{said[0]:g} up to x{max(said):g} "
                      f"and back to x{said[-1]:g}; truth is each shifted prompt's voice span")
    return made


def spoil(made: Made, spec, floor: float = 0.0) -> Made:
    """The spoilers in the order they happen: the stairwell around the voice; joins across a television or an air
    conditioner; coughs, laughs and pages turned in the pauses; the air conditioner and the television in the room;
    then aside10_cases.spoil's (a tiled room, joins across rain, rain, a clock, ..., the room's noise)."""
    if spec.stairs:
        made = stairwell(made, spec.seed + 80)
    if spec.tv_joins:
        made = a10.noise_gaps(made, spec.seed + 81, spec.tv_joins, beds=TV_AND_AIR)
    if spec.between:
        made = lay_between(made, spec.seed + 82, spec.between)
    if spec.rustles:
        made = lay_rustles(made, spec.seed + 83, spec.rustles)
    if spec.aircon_db:
        made = add_air_conditioner(made, spec.seed + 84, spec.aircon_db)
    if spec.tv_db:
        made = add_television(made, spec.seed + 85, spec.tv_db)
    return a10.spoil(made, spec, floor)


def transcript(built: uc.Built, spec: Spec, name: str) -> uc.Built:
    """The transcript's shape: aside10_cases' (page, dashes, srt, mismatch, substituted), or old WebVTT
    (aside6_cases.stale_vtt), checked to read back through aligner.formats as the truth's lines."""
    if spec.transcript == "vtt":
        built.page, offsets = a6.stale_vtt(built.made.segments, spec.seed)
        built.derived = {"change": "WebVTT subtitles timed for an older cut", "changed": [], "cues": offsets}
        built.notes.append("transcript: old WebVTT subtitles, off by "
                           f"{offsets[0]['off']:+.2f} s at first and {offsets[-1]['off']:+.2f} s at the end")
        a7.check_reads_back(built.page, built.made.segments, name)
        return built
    if spec.transcript == "restart":
        return built  # made with the audio (:func:`restarted`)
    return a10.transcript(built, spec, name)


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = _placed(spec)
    derived = None
    if spec.transcript == "restart":
        made, derived = restarted(made, spec.seed + 86)
    made = spoil(made, spec)
    encoded = None
    if spec.codec:
        made, encoded = a9.store_codec(made, spec.codec, CODECS)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    if derived is not None:
        built.derived = derived
    return transcript(built, spec, name)
