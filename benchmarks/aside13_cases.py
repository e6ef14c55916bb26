"""A thirteenth aside set nobody has tuned to (``wx_*``, English), and dev twins made the same way (``rd54_*``).

``az_*`` .. ``sx_*`` have each been run once and looked at.  Allison Smith's telephone prompts are still the only
real English voice with truth (benchmarks/README.md lists every source looked for), so the real talks say the
``nx_*`` pool again, with new seeds, around sounds no set had.  What is new (checked against the twelve sets' lists
in benchmarks/README.md; applause, laughter, coughs, wind, knocks, clipping, packet loss to silence, digits written
in the transcript and long silences were all built before and are not here):

* **a sneeze** in a pause (an "ah-" drawn in, a held breath, a "choo": :func:`sneeze`, :func:`lay_sneezes`);
* **a baby crying** in the audience, over lines and pauses alike (bouts of 2-5 cries at 380-560 Hz, arched and
  trembling: :func:`baby_cry`, :func:`lay_cries`);
* **a call's lost packets concealed by repeating the last good frame** (bursts of 1-4 lost 20 ms frames, each
  repeat 6 dB softer: :func:`concealed_loss`) -- ``qx_*`` dropped packets to digital silence, never repeated them;
* **a cassette transfer**: the tape runs 1.5-3 % fast with wow (0.4-0.7 Hz) and flutter (5-8 Hz) and hiss
  (:func:`cassette`): the only spoiler of any set that moves the timeline, so the truth is mapped through the
  tape's exact time warp;
* **numbers said from digits but written out in words** (``"By 2031 we want 450 new homes."`` said, ``"By two
  thousand thirty-one we want four hundred fifty new homes."`` written, as espeak-ng en-us reads them) -- the other
  way round from ``qx_espeak_digits``;
* **a fast interviewer and a slow guest in turns, line by line** (espeak-ng x1.6 and x0.62 -- x0.62 slower than any
  case, x1.6 within ``rd10_*``'s 230-320 words a minute; an interview written here, short questions and long
  answers);
* codecs and containers no case had: **G.723.1** (6.3 kb/s at 8 kHz, ``.tco``), **Yamaha ADPCM in SMAF**
  (``.mmf``, the old mobile phones' ringtone format, 8 kHz), **CRI ADX** (``.adx``), **1-bit DFPWM** (``.dfpwm``,
  48 kHz) and **Microsoft ADPCM** in a ``.wav`` (:data:`CODECS`);
* voices: espeak-ng variants no case used (``Robosoft8``, ``Robosoft``, ``Demonic``,
  ``Half-LifeAnnouncementSystem``); flite ``rms`` x0.7 and ``slt`` x1.55, festival ``kal`` x1.55 and ``ked`` x0.65
  (speeds those voices never had; every word timed).

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks,
the segment bounds on the dry speech.  The sneezes, the cries and the concealed frames never move a voice span
(the lost frames stay 0.1 s or more from every truth edge, so a repeated frame is of the same side of the edge);
the cassette moves every edge by its warp (computed, not measured); the codec's delay is measured and moved into
the truth (aside9_cases.store_codec).

``wx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside13``).

    apt-get install sox espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k asterisk-core-sounds-en \\
        asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside13 --check     # make the wx_* cases; their truth only
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside5_cases as a5
import aside9_cases as a9
import aside10_cases as a10
import aside12_cases as a12
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, lines_talk, ready_spec
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_unit = a10._unit


# ------------------------------------------------------------------ sounds
def _peak(y: np.ndarray) -> np.ndarray:
    return (y / max(1e-9, float(np.abs(y).max()))).astype(np.float32)


def _band(x: np.ndarray, low: float, high: float) -> np.ndarray:
    return sc.lowpass(x, high) - sc.lowpass(x, low)


def sneeze(seed: int) -> np.ndarray:
    """One sneeze: an "ah-" drawn in (0.25-0.5 s of breath at 500-2500 Hz swelling, with a weak voice rising from
    250 to 450 Hz), the breath held 50-150 ms, then the "choo" (a burst of noise at 800-7000 Hz, sharp at 3 ms and
    dying over 60-100 ms, with a short voiced "oo" under 900 Hz); unit peak."""
    rng = np.random.default_rng(seed)
    m = int(rng.uniform(0.25, 0.5) * RATE)
    k = np.arange(m) / RATE
    swell = (k / k[-1]) ** 1.5
    pitch = rng.uniform(230, 270) + (rng.uniform(400, 460) - 250) * k / k[-1]
    voice = np.sign(np.sin(2 * np.pi * np.cumsum(pitch) / RATE)) * 0.25
    ah = (_band(rng.normal(size=m), 500, 2500) + sc.lowpass(voice, 1500)) * swell * 0.35
    hold = np.zeros(int(rng.uniform(0.05, 0.15) * RATE))
    n = int(rng.uniform(0.18, 0.3) * RATE)
    j = np.arange(n) / RATE
    burst = _band(rng.normal(size=n), 800, 7000) * np.minimum(1.0, j / 0.003) * np.exp(-j / rng.uniform(0.06, 0.1))
    oo = sc.lowpass(np.sign(np.sin(2 * np.pi * rng.uniform(280, 340) * j)), 900) * np.exp(-j / 0.05) * 0.3
    tail = np.linspace(1, 0, n) ** 0.3  # no click at its end
    return _peak(np.concatenate([ah, hold, (burst + oo) * tail]))


def baby_cry(seed: int) -> np.ndarray:
    """A baby crying: a bout of 2-5 cries, each 0.5-1.3 s of a voice at 380-560 Hz (arched: up a quarter and back,
    trembling 6-10 Hz by 3 %) with its harmonics through a wide open vowel (700-3500 Hz), 0.25-0.6 s apart (a
    sobbing breath between); unit peak."""
    rng = np.random.default_rng(seed)
    parts = []
    for _ in range(int(rng.integers(2, 6))):
        m = int(rng.uniform(0.5, 1.3) * RATE)
        k = np.arange(m) / RATE
        f0 = rng.uniform(380, 560) * (1 + 0.25 * np.sin(np.pi * k / k[-1])) * (
            1 + 0.03 * np.sin(2 * np.pi * rng.uniform(6, 10) * k))
        phase = 2 * np.pi * np.cumsum(f0) / RATE
        src = sum(np.sin(h * phase) / h for h in range(1, 9)) + rng.normal(size=m) * 0.15
        cry = (sc.lowpass(src, 3500) - 0.7 * sc.lowpass(src, 700)) * np.minimum(1.0, k / 0.04) * np.minimum(
            1.0, (k[-1] - k) / 0.08)
        parts.append(cry)
        g = int(rng.uniform(0.25, 0.6) * RATE)
        sob = _band(rng.normal(size=g), 400, 2000) * np.sin(np.pi * np.arange(g) / g) * 0.08
        parts.append(sob)
    return _peak(np.concatenate(parts[:-1]))


def _in_pauses(made: Made, seed: int, count: int, maker, under_db: float) -> tuple[np.ndarray, list[int]]:
    """``count`` sounds of ``maker(seed)`` in the pauses of 0.9 s or more (0.15 s from either voice, cut and faded
    where the pause is shorter), peaks ``under_db`` under the speech's: the samples and the lines they precede."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 10 ** (-under_db / 20) * 3.0
    wide = a12._pauses(made, 0.9)
    laid = []
    for k in sorted(prng.sample(wide, min(count, len(wide)))):
        a, b = made.segments[k - 1]["end"] + 0.15, made.segments[k]["start"] - 0.15
        s = maker(seed + k)
        room = int((b - a) * RATE)
        if len(s) > room:
            s = s[:room] * np.linspace(1, 0, room) ** 0.5
        at = a + prng.uniform(0, max(0.0, b - a - len(s) / RATE))
        i = int(at * RATE)
        y[i:i + len(s)] += (s * level).astype(np.float32)
        laid.append(k)
    return y, laid


def lay_sneezes(made: Made, seed: int, count: int, under_db: float = 0.0) -> Made:
    """A sneeze (:func:`sneeze`) in ``count`` pauses, its peak ``under_db`` under the speech's (a sneeze is loud:
    0 dB puts its burst at the speech's peaks).  Never in the truth."""
    y, laid = _in_pauses(made, seed, count, sneeze, under_db)
    note = f"a sneeze in the pauses before lines {laid}, peaks {under_db:g} dB under the speech's"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def lay_cries(made: Made, seed: int, count: int, under_db: float = 10.0) -> Made:
    """``count`` bouts of a baby crying (:func:`baby_cry`) begun anywhere in the talk (over lines and pauses alike;
    the bouts spread over the talk), peaks ``under_db`` under the speech's.  Never in the truth; no line moves."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 10 ** (-under_db / 20) * 3.0
    length = len(y) / RATE
    over = []
    for c in range(count):
        cry = baby_cry(seed + c)
        at = prng.uniform(length * c / count, max(length * c / count, length * (c + 1) / count - len(cry) / RATE))
        i = int(at * RATE)
        m = min(len(cry), len(y) - i)
        y[i:i + m] += (cry[:m] * level).astype(np.float32)
        b = at + m / RATE
        over += [k for k, s in enumerate(made.segments)
                 if s.get("start") is not None and s["start"] < b and s["end"] > at]
    note = (f"a baby crying in the audience: {count} bouts of 2-5 cries, peaks {under_db:g} dB under the speech's, "
            f"over lines {sorted(set(over))}")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


FRAME = 0.02  #: a call's packet (s)


def lost_bursts(duration: float, taken: list[float], seed: int, per_minute: float, clear: float = 0.1
                ) -> list[tuple[float, float]]:
    """Where a call's packets are lost: ``per_minute`` bursts of one to four 20 ms frames on the 20 ms grid, each
    begun 20 ms or more into the call, none within ``clear`` seconds of a time in ``taken`` (the truth edges; the
    frame before a burst is then on the burst's side of every edge) nor within 40 ms of another burst."""
    prng = random.Random(seed)
    want = max(1, int(round(duration / 60 * per_minute)))
    near = np.array(sorted(taken)) if taken else np.zeros(0)
    out: list[tuple[float, float]] = []
    for _ in range(want * 50):
        if len(out) >= want:
            break
        a = round(prng.randrange(1, int(duration / FRAME) - 5) * FRAME, 4)
        b = round(a + prng.randint(1, 4) * FRAME, 4)
        if len(near) and np.any((near > a - FRAME - clear) & (near < b + clear)):
            continue
        if any(a < d + 2 * FRAME and b > c - 2 * FRAME for c, d in out):
            continue
        out.append((a, b))
    return sorted(out)


def concealed_loss(made: Made, seed: int, per_minute: float) -> Made:
    """The finished recording as a call heard it: :func:`lost_bursts` filled by the receiver's concealment, the last
    good frame played again for each lost one, each repeat 6 dB softer than the one before, with 2.5 ms cross-fades
    at both joins (a buzz at the frame rate where speech is repeated)."""
    drops = lost_bursts(len(made.samples) / RATE, a5.edges(made), seed, per_minute)
    y = made.samples.astype(np.float64).copy()
    step = int(round(FRAME * RATE))
    fade = int(0.0025 * RATE)
    ramp = np.linspace(0, 1, fade)
    for a, b in drops:
        i, j = int(round(a * RATE)), int(round(b * RATE))
        last = y[i - step:i].copy()
        fill = np.concatenate([last * 0.5 ** r for r in range(1, (j - i) // step + 1)])
        fill[:fade] = fill[:fade] * ramp + y[i:i + fade] * (1 - ramp)
        fill[-fade:] = fill[-fade:] * (1 - ramp) + y[j - fade:j] * ramp
        y[i:j] = fill
    lost = sum(b - a for a, b in drops)
    note = (f"a call's lost packets concealed: {len(drops)} bursts of 20-80 ms ({1000 * lost:.0f} ms in all), the last "
            "good 20 ms frame played again (6 dB softer each time), none within 0.1 s of a truth edge")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def tape_warp(n: int, seed: int, speed: float, wow: float, flutter: float) -> np.ndarray:
    """A cassette's read-out: for each output sample, where on the recording (in samples) the tape is -- running
    ``speed`` times as fast, wow (``wow`` of the speed at 0.4-0.7 Hz) and flutter (``flutter`` at 5-8 Hz) on top --
    until the recording's ``n`` samples are used."""
    rng = np.random.default_rng(seed)
    fw, ff = rng.uniform(0.4, 0.7), rng.uniform(5.0, 8.0)
    pw, pf = rng.uniform(0, 2 * np.pi, size=2)
    m = int(n / (speed * (1 - wow - flutter))) + RATE
    t = np.arange(m) / RATE
    rate = speed * (1 + wow * np.sin(2 * np.pi * fw * t + pw) + flutter * np.sin(2 * np.pi * ff * t + pf))
    where = np.concatenate([[0.0], np.cumsum(rate)[:-1]])
    return where[where <= n - 1]


def cassette(made: Made, seed: int, speed: float = 1.02, wow: float = 0.006, flutter: float = 0.002,
             hiss_db: float = 30.0) -> Made:
    """The finished recording copied through a cassette (:func:`tape_warp`, read by linear interpolation) with tape
    hiss (white noise over 3 kHz) ``hiss_db`` under the speech.  The timeline moves: every truth time s goes where
    the tape reads it (the warp's inverse), exactly."""
    x = made.samples.astype(np.float64)
    where = tape_warp(len(x), seed, speed, wow, flutter)
    y = np.interp(where, np.arange(len(x)), x)
    out_t = np.arange(len(where)) / RATE

    def moved(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        a, b = np.interp([d["start"] * RATE, d["end"] * RATE], where, out_t)
        return dict(d, start=round(float(a), 4), end=round(float(b), 4))

    rng = np.random.default_rng(seed + 1)
    hiss = rng.normal(size=len(y))
    hiss = hiss - sc.lowpass(hiss, 3000.0)
    y = y + hiss / max(1e-12, sc._rms(hiss)) * a4.speech_rms(made) * 10 ** (-hiss_db / 20)
    note = (f"copied through a cassette: the tape {100 * (speed - 1):+.1f} % fast, wow {100 * wow:g} % and flutter "
            f"{100 * flutter:g} %, hiss {hiss_db:g} dB under; the truth moved through the tape's time warp (the talk "
            f"{len(x) / RATE:.1f} s -> {len(y) / RATE:.1f} s)")
    return Made(y.astype(np.float32), [moved(s) for s in made.segments], made.notes + [note],
                [moved(w) for w in made.words])


# ------------------------------------------------------------------ codecs
#: aside12_cases' codecs and five no case had: kind -> (suffix, container, codec, bits a second, rate, frame).
CODECS = {**a12.CODECS,
          "g723": ("tco", "g723_1", "g723_1", 6300, 8000, 240),
          "mmf": ("mmf", "mmf", "adpcm_yamaha", 32000, 8000, 1024),
          "adx": ("adx", "adx", "adpcm_adx", 72000, 16000, 32),
          "dfpwm": ("dfpwm", "dfpwm", "dfpwm", 48000, 48000, 1024),
          "msadpcm": ("msadpcm.wav", "wav", "adpcm_ms", 64000, 16000, 1012)}  # beside audio.wav, not over it


# ------------------------------------------------------------------ lines written here
#: Said from digits (espeak-ng en-us), written in words as that voice reads them; the first :data:`DEV_NUMBERS`
#: are the dev twin's, the rest the aside's.
NUMBER_LINES = [
    ("Tickets cost 8 pounds, or 5 for children.", "Tickets cost eight pounds, or five for children."),
    ("The hall holds 250 people.", "The hall holds two hundred fifty people."),
    ("We meet every 2nd Tuesday at 6.", "We meet every second Tuesday at six."),
    ("We need 24 more volunteers.", "We need twenty-four more volunteers."),
    ("The 19 children planted 300 trees.", "The nineteen children planted three hundred trees."),
    ("Only 3 of the 40 lamps still worked.", "Only three of the forty lamps still worked."),
    ("The library opens at 9 on the 14th.", "The library opens at nine on the fourteenth."),
    ("Last year 1200 people came.", "Last year one thousand two hundred people came."),
    ("By 2031 we want 450 new homes.", "By two thousand thirty-one we want four hundred fifty new homes."),
    ("The bus leaves at 7 and comes back at 11.", "The bus leaves at seven and comes back at eleven."),
    ("We raised 2500 pounds in 6 weeks.", "We raised two thousand five hundred pounds in six weeks."),
    ("The 1st meeting was on the 3rd of May.", "The first meeting was on the third of May."),
    ("About 75 percent of you said yes.", "About seventy-five percent of you said yes."),
    ("The bridge is 180 metres long.", "The bridge is one hundred eighty metres long."),
    ("Room 101 is on the 2nd floor.", "Room one hundred one is on the second floor."),
    ("We have 16 days and 8 hours left.", "We have sixteen days and eight hours left."),
    ("Each of the 12 teams gets 30 minutes.", "Each of the twelve teams gets thirty minutes."),
    ("The 5th bell was cast in 2019.", "The fifth bell was cast in two thousand nineteen."),
    ("Nearly 60 of the 90 seats are taken.", "Nearly sixty of the ninety seats are taken."),
]
DEV_NUMBERS = 8

#: An interview: the interviewer's short questions and the guest's long answers, in turns.
INTERVIEW = [
    "So, how did the garden start?",
    "It started with one empty lot behind the school and a few neighbours who were tired of looking at weeds.",
    "Who paid for it?",
    "At first nobody did, we brought our own tools, and later the town gave us a small grant for water.",
    "What grows there now?",
    "Mostly beans, tomatoes and squash, and along the fence we have a long row of sunflowers for the bees.",
    "Do the children help?",
    "They do, every class has its own bed, and they weigh what they pick on a scale in the shed.",
    "Any trouble along the way?",
    "A dry summer two years ago nearly finished us, until a farmer lent us a tank and a pump.",
    "What comes next?",
    "We hope to build a greenhouse, so that the older people can keep growing things through the winter.",
    "And how can people join?",
    "Just come by on a Saturday morning, bring gloves if you have them, and we will find you a job.",
]


def numbers_talk(voices: list[Voice], seed: int, which: str, **kw):
    """A talk said from :data:`NUMBER_LINES`' digits (the dev twin's share or the aside's); its written lines are
    :func:`numbers_written`'s."""
    lines = NUMBER_LINES[:DEV_NUMBERS] if which == "dev" else NUMBER_LINES[DEV_NUMBERS:]
    return lines_talk([said for said, _ in lines], voices, seed, **kw)


def numbers_written(made: Made) -> Made:
    """The lines of a :func:`numbers_talk` written out in words (each said line's written form, in order)."""
    words = dict(NUMBER_LINES)
    segs = [dict(s, text=words[s["text"]]) for s in made.segments]
    return Made(made.samples, segs, made.notes + [
        "said from digits (\"By 2031 ...\"), written in words as the voice reads them (\"By two thousand thirty-one ...\")"],
        made.words)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirteenthSpoilers(a12.TwelfthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside12_cases.TwelfthSpoilers', ``codec`` from
    :data:`CODECS`): an English case's and a language talk's (aside13_languages.LangSpec)."""

    sneezes: int = 0  #: a sneeze in this many pauses
    cries: int = 0  #: bouts of a baby crying, over lines and pauses
    cries_db: float = 10.0  #: ... peaks this many dB under the speech's
    plc: float = 0.0  #: bursts of lost packets a minute, concealed by repeating frames (0: none)
    tape: Optional[tuple[float, float, float]] = None  #: a cassette: (speed, wow, flutter)
    numbers: bool = False  #: said from digits, written in words (a numbers_talk)


@dataclass
class Spec(a10.Spec, ThirteenthSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript -- also aside11/12_cases' "vtt",
    "restart" and "edited" --, voices, shift, room, seed) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev lines): prove the spoilers end to end
        "rd54_real_sneezes_plc_tco": Spec(d, "real", real=R(54801, 18, wideband=True, snr_db=q, gap=(0.5, 1.4)),
                                          room=("pink", 32), seed=54811, sneezes=3, plc=20, codec="g723"),
        "rd54_espeak_numbers_baby_cassette_mmf": Spec(d, "synth", recordings=[
            numbers_talk([Voice(E, "en-us+Robosoft", 1.0), Voice(E, "en-us+Robosoft8", 1.1)], 54401, d,
                         pause=(0.4, 1.2), turn=2)], room=("pink", 32), seed=54812, numbers=True, cries=1,
            tape=(1.02, 0.006, 0.002), codec="mmf"),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside13)
        "wx_real_sneezes_tco": Spec(a, "real", real=R(54101, 22, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                    room=("pink", 32), seed=54201, sneezes=4, codec="g723"),
        "wx_real_baby_page": Spec(a, "real", "page", real=R(54102, 22, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                  room=("pink", 34), seed=54202, cries=3, cries_db=8),
        "wx_real_call_plc_dashes": Spec(a, "real", "dashes", real=R(54103, 22, wideband=False, snr_db=q,
                                                                    gap=(0.3, 1.3)),
                                        room=("murmur", 30), seed=54203, plc=40),
        "wx_real_cassette_srt": Spec(a, "real", "srt", real=R(54104, 22, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                     room=("pink", 32), seed=54204, tape=(1.03, 0.008, 0.003), sneezes=2),
        "wx_real_long_mix_adx": Spec(a, "real", real=R(54105, 96, wideband="parts", snr_db=q, gap=(0.4, 1.6),
                                                       long_pauses=0.1, repeats=2),
                                     room=("pink", 32), seed=54205, sneezes=3, cries=3, plc=8, codec="adx"),
        "wx_espeak_interview_fast_slow_dfpwm": Spec(a, "synth", recordings=[
            lines_talk(INTERVIEW, [Voice(E, "en-us+Robosoft8", 1.6), Voice(E, "en-gb+Half-LifeAnnouncementSystem",
                                                                             0.62)], 54402, pause=(0.3, 1.1), turn=1)],
            room=("pink", 32), seed=54211, sneezes=2, codec="dfpwm"),
        "wx_espeak_numbers_cassette_mmf": Spec(a, "synth", recordings=[
            numbers_talk([Voice(E, "en-us+Demonic", 0.95), Voice(E, "en-us+Robosoft", 1.15)], 54403, a,
                         pause=(0.4, 1.3), turn=3)], room=("pink", 32), seed=54212, numbers=True,
            tape=(1.015, 0.005, 0.002), codec="mmf"),
        "wx_flite_slow_fast_baby_vtt": Spec(a, "synth", "vtt", recordings=[
            generated_talk([Voice(F, "rms", 0.7), Voice(F, "slt", 1.55)], 54404, 54504, 14, pause=(0.3, 1.2),
                           turn=2)], room=("pink", 32), seed=54213, cries=2, cries_db=6),
        "wx_festival_kal_fast_ked_slow_plc_msadpcm": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "kal", 1.55), Voice(FEST, "ked", 0.65)], 54405, 54505, 14,
                           pause=(0.3, 1.2), turn=1)], room=("pink", 32), seed=54214, plc=30, codec="msadpcm"),
        "wx_espeak_demonic_restart_sneezes": Spec(a, "synth", "restart", recordings=[
            generated_talk([Voice(E, "en+Demonic", 0.9), Voice(E, "en-gb-x-rp+Robosoft", 1.2)], 54406, 54506, 14,
                           pause=(0.4, 1.3), turn=3)], room=("pink", 32), seed=54215, sneezes=3, cries=1),
    }


DEV_NAMES = ["rd54_real_sneezes_plc_tco", "rd54_espeak_numbers_baby_cassette_mmf"]
ASIDE_NAMES = ["wx_real_sneezes_tco", "wx_real_baby_page", "wx_real_call_plc_dashes", "wx_real_cassette_srt",
               "wx_real_long_mix_adx", "wx_espeak_interview_fast_slow_dfpwm", "wx_espeak_numbers_cassette_mmf",
               "wx_flite_slow_fast_baby_vtt", "wx_festival_kal_fast_ked_slow_plc_msadpcm",
               "wx_espeak_demonic_restart_sneezes"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return a10.needs(catalogue()[name])


def spoil(made: Made, spec, floor: float = 0.0) -> Made:
    """The spoilers in the order they happen: a sneeze in the pauses and a baby crying in the room; then
    aside12_cases.spoil's (a walk, a dog, ..., the room's noise); then the finished recording copied through a
    cassette, or heard through a call that loses packets."""
    if spec.sneezes:
        made = lay_sneezes(made, spec.seed + 95, spec.sneezes)
    if spec.cries:
        made = lay_cries(made, spec.seed + 96, spec.cries, spec.cries_db)
    made = a12.spoil(made, spec, floor)
    if spec.tape:
        made = cassette(made, spec.seed + 97, *spec.tape)
    if spec.plc:
        made = concealed_loss(made, spec.seed + 98, spec.plc)
    return a4.headroom(made)


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = a10._placed(spec)
    if spec.numbers:
        made = numbers_written(made)
    derived = None
    if spec.transcript == "restart":
        made, derived = a12.a11.restarted(made, spec.seed + 86)
    made = spoil(made, spec)
    encoded = None
    if spec.codec:
        made, encoded = a9.store_codec(made, spec.codec, CODECS)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    if derived is not None:
        built.derived = derived
    return a12.transcript(built, spec, name)
