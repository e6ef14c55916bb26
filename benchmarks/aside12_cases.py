"""A twelfth aside set nobody has tuned to (``sx_*``, English), and dev twins made the same way (``rd48_*``).

``az_*`` .. ``lx_*`` have each been run once and looked at.  Allison Smith's telephone prompts are still the only
real English voice with truth (benchmarks/README.md lists every source looked for), so the real talks say the
``nx_*`` pool again, with new seeds, in combinations and around sounds no set had.  What is new (checked against
the eleven sets' lists in benchmarks/README.md):

* **a dog barking** in the pauses, or over lines where a talk has no pauses (a bout of one to four barks, through
  a window, :func:`dog_bout`, :func:`lay_barks`, :func:`lay_barks_over`), **birdsong through an open window** through the whole talk (chirps, sweeps and trills
  above 2 kHz, :func:`birdsong`) and **church bells tolling** (a bell's five partials, one stroke every 2-3 s
  for 12-25 s, :func:`church_bells`);
* **a speaker who walks away from the microphone and back** (:func:`walking`): the direct sound falls with the
  distance (0.5 m up to 3.5 m: +6 dB down to -11 dB against 1 m) while the room's reverberant sound stays, so
  the far lines are soft and wet; the distance moves only in the pauses;
* codecs and containers no case had: **A-law** in a ``.wav`` (8 kHz), **Nellymoser in Flash video** (``.flv``),
  **RealAudio 1.0** (``ra_144``, 8 kb/s at 8 kHz, ``.rm``), **Bluetooth SBC** (``.sbc``, 16 kHz) and **E-AC-3**
  (``.eac3``, 48 kHz) (:data:`CODECS`);
* voices: espeak-ng variants no case used (``female_whisper``, ``RicishayMax``, ``Robosoft3``/``5``,
  ``UniversalRobot``, ``anikaRobot``); festival ``slt_hts`` x0.72 and ``ked`` x0.7 and flite ``awb``/``kal16``
  x1.4 (speeds those voices never had; every word timed);
* transcripts: **a deleted line, an added line and a replaced one in the same talk** (:func:`edited`), a web page
  with stale inline stamps, ``- `` turns, old SRT, old WebVTT, a sentence broken off and said again.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks,
the segment bounds on the dry speech.  The walk's room, the noises and the codec's delay never move a voice span
(the codec's delay is measured and moved into the truth, aside9_cases.store_codec).

``sx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside12``).

    apt-get install sox espeak-ng flite festival festvox-kdlpc16k festvox-us-slt-hts asterisk-core-sounds-en \\
        asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside12 --check     # make the sx_* cases; their truth only
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside9_cases as a9
import aside10_cases as a10
import aside11_cases as a11
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, ready_spec
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_unit = a10._unit


# ------------------------------------------------------------------ sounds
def dog_bout(seed: int) -> np.ndarray:
    """A dog barking outside: one to four barks 0.25-0.45 s apart, each 90-160 ms of a harsh voiced sound (pulses at
    350-650 Hz, falling, through an open vowel's formants near 800 and 1600 Hz, with breath noise), heard through a
    window (nothing above 3.5 kHz); unit peak."""
    rng = np.random.default_rng(seed)
    f0 = rng.uniform(350, 650)
    count = int(rng.integers(1, 5))
    step = rng.uniform(0.25, 0.45)
    y = np.zeros(int((count * step + 0.3) * RATE))
    for j in range(count):
        m = int(rng.uniform(0.09, 0.16) * RATE)
        k = np.arange(m) / RATE
        pitch = f0 * (1.1 - 0.3 * k / k[-1])
        phase = 2 * np.pi * np.cumsum(pitch) / RATE
        pulses = np.sign(np.sin(phase)) * 0.6 + rng.normal(size=m) * 0.4
        vowel = (sc.lowpass(pulses, 1800.0) - 0.6 * sc.lowpass(pulses, 700.0))
        shape = np.minimum(1.0, k / 0.01) * np.exp(-k / rng.uniform(0.05, 0.09)) * (0.8 + 0.2 * rng.random())
        i = int(j * step * RATE)
        y[i:i + m] += vowel * shape
    y = sc.lowpass(y, 3500.0)
    return (y / max(1e-9, float(np.abs(y).max()))).astype(np.float32)


def birdsong(n: int, seed: int) -> np.ndarray:
    """Birds outside an open window: songs every 0.8-4 s, each a run of 3-9 notes -- a chirp sweeping 2-7 kHz up
    or down in 30-120 ms, or a trill (a note repeated 4-8 times, 50-70 ms apart) --, two birds at different levels;
    unit RMS over the whole."""
    rng = np.random.default_rng(seed)
    y = np.zeros(n)
    for bird, level in ((0, 1.0), (1, 0.5)):
        at = rng.uniform(0, 2)
        while at < n / RATE:
            i = int(at * RATE)
            for _ in range(int(rng.integers(3, 10))):
                m = int(rng.uniform(0.03, 0.12) * RATE)
                k = np.arange(m) / RATE
                f1, f2 = rng.uniform(2000, 7000, size=2)
                sweep = f1 + (f2 - f1) * k / k[-1]
                note = np.sin(2 * np.pi * np.cumsum(sweep) / RATE) * np.sin(np.pi * k / k[-1]) ** 2
                reps = int(rng.integers(4, 9)) if rng.random() < 0.3 else 1
                gap = int(rng.uniform(0.05, 0.07) * RATE)
                for r in range(reps):
                    a = i + r * max(gap, m)
                    if a + m < n:
                        y[a:a + m] += note * level
                i += reps * max(gap, m) + int(rng.uniform(0.02, 0.15) * RATE)
            at = i / RATE + rng.uniform(0.8, 4.0)
    return _unit(y)


def bell_stroke(seed: int, seconds: float = 4.0) -> np.ndarray:
    """One stroke of a church bell: the hum, prime, tierce, quint and nominal partials (0.5, 1, 1.2, 1.5 and 2 times a
    strike note of 280-480 Hz), each dying at its own rate (the hum slowest, 2.5 s to 1/e), a clang at the strike,
    faded out over its last 0.5 s; unit peak."""
    rng = np.random.default_rng(seed)
    f = rng.uniform(280, 480)
    m = int(seconds * RATE)
    k = np.arange(m) / RATE
    y = np.zeros(m)
    for ratio, amp, decay in ((0.5, 0.6, 2.5), (1.0, 1.0, 1.6), (1.2, 0.7, 1.0), (1.5, 0.4, 0.8), (2.0, 0.8, 0.6)):
        y += amp * np.sin(2 * np.pi * f * ratio * k + rng.uniform(0, 6.3)) * np.exp(-k / decay)
    clang = rng.normal(size=m) * np.exp(-k / 0.02) * 0.5
    y = (y + clang) * np.minimum(1.0, (seconds - k) / 0.5)  # the hand stops it over the last 0.5 s: no click
    return (y / max(1e-9, float(np.abs(y).max()))).astype(np.float32)


def church_bells(n: int, seed: int, runs: int) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """``runs`` peals of a church bell (:func:`bell_stroke`, two bells in turn), each 12-25 s of strokes every 2-3 s,
    spread over the talk; unit RMS while ringing.  Returns the sound and where it rang (seconds)."""
    prng = random.Random(seed)
    y = np.zeros(n)
    where = []
    length = n / RATE
    for r in range(runs):
        span = prng.uniform(12, 25)
        start = prng.uniform(length * r / runs, max(length * r / runs, length * (r + 1) / runs - span))
        at = start
        j = 0
        while at < min(length, start + span):
            s = bell_stroke(seed * 10 + r * 2 + j % 2)
            i = int(at * RATE)
            m = min(len(s), n - i)
            y[i:i + m] += s[:m] * (1.0 if j % 2 == 0 else 0.8)
            at += prng.uniform(2.0, 3.0)
            j += 1
        where.append((round(start, 2), round(min(length, at), 2)))
    ringing = np.concatenate([y[int(a * RATE):int(b * RATE)] for a, b in where]) if where else y
    level = float(np.sqrt(np.mean(ringing ** 2))) if ringing.size else 1.0
    return (y / max(level, 1e-9)).astype(np.float32), where


def _pauses(made: Made, least: float) -> list[int]:
    return a11._pauses(made, least)


def lay_barks(made: Made, seed: int, count: int, under_db: float = 6.0) -> Made:
    """A dog's bout of barks (:func:`dog_bout`) in ``count`` pauses long enough to hold it with 0.15 s either side
    (cut and faded where the pause is shorter), ``under_db`` under the speech at its peak.  Never in the truth."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 10 ** (-under_db / 20) * 3.0
    wide = _pauses(made, 0.9)
    laid = []
    for k in sorted(prng.sample(wide, min(count, len(wide)))):
        a, b = made.segments[k - 1]["end"] + 0.15, made.segments[k]["start"] - 0.15
        s = dog_bout(seed + k)
        room = int((b - a) * RATE)
        if len(s) > room:
            s = s[:room] * np.linspace(1, 0, room) ** 0.5
        at = a + prng.uniform(0, max(0.0, b - a - len(s) / RATE))
        i = int(at * RATE)
        y[i:i + len(s)] += (s * level).astype(np.float32)
        laid.append(k)
    note = f"a dog barking outside in the pauses before lines {laid}, peaks {under_db:g} dB under the speech's"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def lay_barks_over(made: Made, seed: int, count: int, under_db: float = 10.0) -> Made:
    """A dog's bout of barks (:func:`dog_bout`) begun inside ``count`` lines of 1.5 s or more (between a quarter and
    a half of the way through), ``under_db`` under the speech at its peak: a talk with no pauses to bark in still
    has its dog.  Never in the truth; no line moves."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 10 ** (-under_db / 20) * 3.0
    long = [k for k, s in enumerate(made.segments) if s.get("start") is not None and s["end"] - s["start"] >= 1.5]
    laid = []
    for k in sorted(prng.sample(long, min(count, len(long)))):
        s = made.segments[k]
        at = s["start"] + (s["end"] - s["start"]) * prng.uniform(0.25, 0.5)
        bout = dog_bout(seed + k)
        i = int(at * RATE)
        m = min(len(bout), len(y) - i)
        y[i:i + m] += (bout[:m] * level).astype(np.float32)
        laid.append(k)
    note = f"a dog barking outside over lines {laid} (begun inside them), peaks {under_db:g} dB under the speech's"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def add_birds(made: Made, seed: int, under_db: float) -> Made:
    """Birdsong through an open window (:func:`birdsong`) through the whole talk, ``under_db`` under the speech."""
    y = made.samples + birdsong(len(made.samples), seed) * a4.speech_rms(made) * 10 ** (-under_db / 20)
    note = f"birdsong through an open window (chirps, sweeps and trills at 2-7 kHz), {under_db:g} dB under"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def add_bells(made: Made, seed: int, runs: int, under_db: float) -> Made:
    """Church bells (:func:`church_bells`), ``under_db`` under the speech while they ring."""
    noise, where = church_bells(len(made.samples), seed, runs)
    y = made.samples + noise * a4.speech_rms(made) * 10 ** (-under_db / 20)
    note = (f"church bells tolling (a stroke every 2-3 s), {under_db:g} dB under the speech while ringing: "
            + ", ".join(f"{a:.0f}-{b:.0f} s" for a, b in where))
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def distances(made: Made, seed: int, near: float = 0.5, far: float = 3.5, trips: float = 1.0) -> list[float]:
    """Each line's distance from the microphone (metres): from ``near`` out to ``far`` by the talk's middle and back
    (a half sine over the lines; ``trips`` of them: 2 walks out and back twice, 0.5 walks out and stays), with a
    little wander (+-15 %)."""
    prng = random.Random(seed)
    n = len(made.segments)
    out = []
    for k in range(n):
        d = near + (far - near) * abs(np.sin(np.pi * trips * k / max(1, n - 1)))
        out.append(round(float(np.clip(d * prng.uniform(0.85, 1.15), near, far)), 2))
    return out


def walking(made: Made, seed: int, rt60: float = 0.7, drr_1m: float = 4.0,
            dist: Optional[list[float]] = None) -> Made:
    """A speaker who walks away from the microphone and back (:func:`distances`): the direct sound's gain is 1/d
    (against 1 m), the room's reverberant sound (RT60 ``rt60``) stays at one level, ``drr_1m`` dB under the direct
    sound at 1 m; the distance changes only in the pauses (a 0.2 s ramp in each's middle).  The truth stays on the
    dry voice's span.  ``dist``: each line's distance (default :func:`distances`' walk)."""
    rng = np.random.default_rng(seed)
    dist = distances(made, seed) if dist is None else dist
    x = made.samples.astype(np.float64)
    h = sc.room_impulse(rt60, rng).astype(np.float64)
    h[0] = 0.0
    wet = sc.convolve(x.astype(np.float32), h.astype(np.float32)).astype(np.float64)[:len(x)]
    wet *= sc._rms(x) / max(1e-12, sc._rms(wet)) * 10 ** (-drr_1m / 20)
    gain = np.full(len(x), 1.0 / dist[0])
    segs = made.segments
    for k in range(1, len(segs)):
        mid = (segs[k - 1]["end"] + segs[k]["start"]) / 2
        a, b = int((mid - 0.1) * RATE), int((mid + 0.1) * RATE)
        gain[b:] = 1.0 / dist[k]
        if b > a:
            gain[a:b] = np.linspace(1.0 / dist[k - 1], 1.0 / dist[k], b - a)
    y = x * gain + wet
    note = (f"the speaker walks away from the microphone and back: {min(dist):g} m to {max(dist):g} m (the direct "
            f"sound {20 * np.log10(1 / max(dist)):+.0f} to {20 * np.log10(1 / min(dist)):+.0f} dB against 1 m; a room "
            f"of RT60 {rt60:g} s, its reverberant sound {drr_1m:g} dB under the direct at 1 m, at one level); truth "
            "on the dry voice")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ codecs
#: aside11_cases' codecs and five no case had: kind -> (suffix, container, codec, bits a second, rate, frame).
CODECS = {**a11.CODECS,
          "alaw": ("alaw.wav", "wav", "pcm_alaw", 64000, 8000, 160),  # beside audio.wav, not over it
          "flv": ("flv", "flv", "nellymoser", 16000, 16000, 256),
          "rm": ("rm", "rm", "real_144", 8000, 8000, 160),
          "sbc": ("sbc", "sbc", "sbc", 64000, 16000, 128),
          "eac3": ("eac3", "eac3", "eac3", 64000, 48000, 1536)}


# ------------------------------------------------------------------ transcripts
def edited(made: Made, spec, pool: list[str]) -> tuple[Made, dict, str]:
    """A deleted line, an added line and a replaced one in the same transcript: fresh_cases.mismatch (a spoken
    sentence deleted in the first half, one never spoken inserted after the middle), then another spoken line
    (neither the first nor the last, three or more lines from either change) replaced by a sentence never spoken
    (aside10_cases.substituted).  Returns the truth, cases.py's ``derived`` record (its ``changed`` in order, their
    indices those of the result) and a note."""
    kept = uc.transcript_kind(uc.Spec(spec.which, spec.kind, "mismatch", seed=spec.seed), made, pool)
    segs = kept.made.segments
    marked = [c["i"] for c in kept.derived["changed"]]
    used = {s["text"] for s in segs}
    free = [k for k in range(1, len(segs) - 1) if all(abs(k - m) >= 3 for m in marked)
            and segs[k].get("in_transcript", True) and segs[k].get("spoken", True)]
    at = random.Random(spec.seed + 73).choice(free)
    text = random.Random(spec.seed + 74).choice([t for t in pool if t not in used])
    segs, sub = a10.substituted(segs, at, text)
    before = [dict(c, i=c["i"] + (1 if c["i"] > at else 0)) for c in kept.derived["changed"]]
    derived = {"change": "a sentence deleted, one never spoken inserted and one replaced by one never spoken",
               "changed": sorted(before + sub["changed"], key=lambda c: c["i"]), "substituted": at}
    note = f"{kept.notes[-1]}; line {at} as spoken replaced by a sentence never spoken ({text!r})"
    return Made(made.samples, segs, made.notes, a10._reindexed(kept.made.words, at)), derived, note


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TwelfthSpoilers(a11.EleventhSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside11_cases.EleventhSpoilers', ``codec`` from
    :data:`CODECS`): an English case's and a language talk's (aside12_languages.LangSpec)."""

    barks: int = 0  #: a dog barking in this many pauses
    barks_over: int = 0  #: a dog barking over this many lines (a talk with no pauses)
    birds_db: float = 0.0  #: birdsong through a window, this many dB under the speech (0: none)
    bells: int = 0  #: peals of a church bell
    bells_db: float = 10.0  #: ... this many dB under the speech while ringing
    walk: bool = False  #: the speaker walks away from the microphone and back


@dataclass
class Spec(a10.Spec, TwelfthSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript -- here also "vtt", "restart" and
    "edited" --, voices, shift, room, seed) with this set's spoilers."""


S = a9.Shift


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev text seeds): prove the spoilers end to end
        "rd48_real_dog_birds_flv": Spec(d, "real", real=R(48801, 18, wideband=True, snr_db=q, gap=(0.5, 1.4)),
                                        room=("pink", 32), seed=48811, barks=3, birds_db=16, codec="flv"),
        "rd48_real_walking_bells_edited": Spec(d, "real", "edited", real=R(48802, 20, wideband=True, snr_db=q,
                                                                           gap=(0.4, 1.3)),
                                               room=("pink", 34), seed=48812, walk=True, bells=1),
        "rd48_espeak_robots_no_pauses_rm": Spec(d, "synth", "dashes", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+Robosoft5", 1.0), Voice(E, "en-us+anikaRobot", 1.05)], 48401,
                           48501, 12, pause=(0.0, 0.1), turn=2)], room=("pink", 32), seed=48813, barks_over=2,
            codec="rm"),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside12)
        "sx_real_dog_alaw": Spec(a, "real", real=R(48101, 22, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                 room=("pink", 32), seed=48201, barks=4, codec="alaw"),
        "sx_real_birds_page": Spec(a, "real", "page", real=R(48102, 22, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                   room=("pink", 34), seed=48202, birds_db=14),
        "sx_real_bells_flv": Spec(a, "real", real=R(48103, 22, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                  room=("pink", 32), seed=48203, bells=2, bells_db=8, codec="flv"),
        "sx_real_walking_edited": Spec(a, "real", "edited", real=R(48104, 24, wideband=True, snr_db=q,
                                                                   gap=(0.4, 1.4)),
                                       room=("pink", 32), seed=48204, walk=True),
        "sx_real_no_pauses_dashes": Spec(a, "real", "dashes", real=R(48105, 22, wideband=True, snr_db=q,
                                                                     gap=(0.0, 0.12)),
                                         room=("fan", 32), seed=48205, birds_db=18),
        "sx_real_dog_srt_rm": Spec(a, "real", "srt", real=R(48106, 22, wideband=False, snr_db=q, gap=(0.5, 1.5)),
                                   room=("murmur", 30), seed=48206, barks=3, codec="rm"),
        "sx_real_bells_restart_eac3": Spec(a, "real", "restart", real=R(48107, 22, wideband=True, snr_db=q,
                                                                        gap=(0.5, 1.5)),
                                           room=("pink", 32), seed=48207, bells=1, bells_db=12, codec="eac3"),
        "sx_real_long_walking_sbc": Spec(a, "real", real=R(48108, 96, wideband="parts", snr_db=q, gap=(0.4, 1.6),
                                                           long_pauses=0.1, repeats=2),
                                         room=("pink", 32), seed=48208, walk=True, barks=4, bells=2, bells_db=12,
                                         codec="sbc"),
        "sx_espeak_whispering_woman_vtt": Spec(a, "synth", "vtt", recordings=[
            generated_talk([Voice(E, "en-us+female_whisper", 0.9), Voice(E, "en-gb-scotland+RicishayMax", 1.15)],
                           48402, 48502, 14, pause=(0.3, 1.2), turn=3)], room=("pink", 34), seed=48211, birds_db=12),
        "sx_espeak_robots_no_pauses_flv": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en+Robosoft3", 1.1), Voice(E, "en-029+UniversalRobot", 0.9)], 48403, 48503,
                           16, pause=(0.0, 0.1), turn=3)], room=("pink", 32), seed=48212, bells=1, codec="flv"),
        "sx_festival_slowest_walking_edited": Spec(a, "synth", "edited", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 0.72), Voice(FEST, "ked", 0.7)], 48404, 48504, 14,
                           pause=(0.4, 1.2), turn=3)], room=("pink", 32), seed=48213, walk=True, barks=2),
        "sx_flite_fast_bells_rm": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 1.4), Voice(F, "kal16", 1.4)], 48405, 48505, 16, pause=(0.25, 0.9),
                           turn=3)], room=("pink", 32), seed=48214, bells=2, bells_db=10, codec="rm"),
    }


DEV_NAMES = ["rd48_real_dog_birds_flv", "rd48_real_walking_bells_edited", "rd48_espeak_robots_no_pauses_rm"]
ASIDE_NAMES = ["sx_real_dog_alaw", "sx_real_birds_page", "sx_real_bells_flv", "sx_real_walking_edited",
               "sx_real_no_pauses_dashes", "sx_real_dog_srt_rm", "sx_real_bells_restart_eac3",
               "sx_real_long_walking_sbc", "sx_espeak_whispering_woman_vtt", "sx_espeak_robots_no_pauses_flv",
               "sx_festival_slowest_walking_edited", "sx_flite_fast_bells_rm"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return a10.needs(catalogue()[name])


def spoil(made: Made, spec, floor: float = 0.0) -> Made:
    """The spoilers in the order they happen: the walk (the voice's distance in its room); the dog in the pauses;
    the birds and the bells outside; then aside11_cases.spoil's (a stairwell, a television, ..., the room's
    noise)."""
    if spec.walk:
        made = walking(made, spec.seed + 90)
    if spec.barks:
        made = lay_barks(made, spec.seed + 91, spec.barks)
    if spec.barks_over:
        made = lay_barks_over(made, spec.seed + 94, spec.barks_over)
    if spec.birds_db:
        made = add_birds(made, spec.seed + 92, spec.birds_db)
    if spec.bells:
        made = add_bells(made, spec.seed + 93, spec.bells, spec.bells_db)
    return a11.spoil(made, spec, floor)


def transcript(built: uc.Built, spec: Spec, name: str) -> uc.Built:
    """The transcript's shape: aside11_cases' (page, dashes, srt, vtt, mismatch, substituted, restart), or a
    deleted, an added and a replaced line at once (:func:`edited`)."""
    if spec.transcript == "edited":
        made = built.made
        pool = a10._unused_sentence(spec, {s["text"] for s in made.segments})
        built.made, built.derived, note = edited(made, spec, pool)
        built.notes.append("transcript: " + note)
        return built
    return a11.transcript(built, spec, name)


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = a10._placed(spec)
    derived = None
    if spec.transcript == "restart":
        made, derived = a11.restarted(made, spec.seed + 86)
    made = spoil(made, spec)
    encoded = None
    if spec.codec:
        made, encoded = a9.store_codec(made, spec.codec, CODECS)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    if derived is not None:
        built.derived = derived
    return transcript(built, spec, name)
