"""Another voice running into the line starts (``rd50_*``, issue 7, eighteenth round, j85): a background talker
whose phrases end a tenth to half a second after a line begins, or the reverberant tail of another talker in a
room running into it.

``voice_onsets.start_without_onset`` doubts a start put in sound that goes on from before it, and
``onset_starts`` moves it to the voice's own onset.  The dev talks where that happens were few and all made for
other things (``rd14_*`` cross-talk talking on, ``rd22_espeak_short_cafe``, ``rd7_real_reverb_babble12``): the
other sound reached a line's start now and then, by chance.  Here it does so at most line starts, on purpose:

* **a talker into the starts**: short phrases (2-5 words) of another voice (flite, festival, espeak-ng), 8-14 dB
  under the speech, each ending 0.1-0.45 s after a line's start (on about two lines in three; the others start
  clean), dulled as from the next desk or as near as the main voice;
* **a tail into the starts**: the same phrases ending 0.05-0.25 s *before* a line starts, but said in a hall
  (a decaying noise impulse response, RT60 0.8-1.2 s) while the main voice stays dry (close-miked): the other
  voice's tail runs through the line's first tenths.

Truth: the main voice's spans as placed (crosstalk_cases' way: the telephone prompts' voice span, the synthesizers'
exact bounds); the other voice is laid over the finished talk and moves nothing.

    .venv/bin/python benchmarks/cases.py rd50_real_talker_into_starts ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/background_talker_cases.py --check          # make every rd50_* case, check its truth
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside5_cases as a5
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk
from check_command import check_main
from synth_cases import RATE, Made, Voice

E, F, FEST = a4.E, a4.F, a4.FEST
QUIET = a4.QUIET_DB

#: How far (s) after a line's start the talker's phrase ends (a talker into the starts).
INTO = (0.1, 0.45)
#: How far (s) before a line's start the phrase ends when its hall tail runs into the line.
TAIL_GAP = (0.05, 0.25)
#: The share of lines the other voice runs into.
SHARE = 0.67


@dataclass
class Other:
    """The other voice: who, how far under the speech (dB, RMS over the voices), in a hall of this RT60 (s; None:
    as dry as the main voice, its phrase running into the line), dulled from the next desk or not."""

    voice: Voice
    under_db: float
    rt60: Optional[float] = None
    dulled: bool = False


@dataclass
class Spec:
    main: a5.Spec  #: the main talk and its room (aside5_cases' Spec)
    other: Other


def hall(x: np.ndarray, rt60: float, seed: int) -> np.ndarray:
    """``x`` in a hall: convolved with exponentially decaying noise (RT60 ``rt60`` s), the direct sound kept."""
    rng = np.random.default_rng(seed)
    n = int(rt60 * RATE)
    t = np.arange(n) / RATE
    ir = rng.normal(size=n) * 10 ** (-3.0 * t / rt60)  # -60 dB at rt60
    ir[0] = 0.0
    ir *= 0.7 / (np.sqrt(np.sum(ir ** 2)) + 1e-12)  # the reverberant energy under the direct sound's
    ir[0] = 1.0
    return np.convolve(x, ir)


def lay_into_starts(made: Made, other: Other, seed: int) -> Made:
    """The other voice's short phrases ending INTO after a line's start (or, in a hall, TAIL_GAP before it, the tail
    running on into it), on about SHARE of the lines, ``under_db`` under the speech."""
    from talk_text import generated_sentences

    prng = random.Random(seed)
    n = len(made.samples)
    y = np.zeros(n, np.float64)
    on = np.zeros(n, bool)
    texts = generated_sentences(60, seed=seed + 1)
    segs = [s for s in made.segments if s.get("start") is not None]
    prev_end = 0.0
    for k, s in enumerate(segs):
        if k and prng.random() > SHARE:
            prev_end = s["end"]
            continue
        words = texts[k % len(texts)].split()
        x = sc.say(" ".join(words[:prng.randint(2, 5)]), other.voice).astype(np.float64)
        x = x / (sc._rms(x) + 1e-12)
        dry = len(x)
        if other.rt60:
            ends = s["start"] - prng.uniform(*TAIL_GAP)
            x = hall(x, other.rt60, seed + k)
        else:
            ends = s["start"] + prng.uniform(*INTO)
        at = int(ends * RATE) - dry
        at = max(at, int(prev_end * RATE))  # never before the line before ends: the other voice waits for it
        m = max(0, min(len(x), n - at))
        y[at:at + m] += x[:m]
        on[at:at + min(dry, m)] = True
        prev_end = s["end"]
    if other.dulled:
        y = sc.lowpass(y, 2500.0)
    y /= np.sqrt(np.mean(y[on] ** 2)) + 1e-12 if on.any() else 1.0
    level = a4.speech_rms(made) * 10 ** (-other.under_db / 20)
    v = other.voice
    what = (f"another voice into the line starts: {v.engine} {v.name} phrases "
            + (f"in a hall (RT60 {other.rt60:g} s) ending {TAIL_GAP[0]:g}-{TAIL_GAP[1]:g} s before a line's start"
               if other.rt60 else f"ending {INTO[0]:g}-{INTO[1]:g} s after a line's start")
            + f" on about {100 * SHARE:.0f} % of the lines, {other.under_db:g} dB under the speech"
            + (", dulled above 2.5 kHz" if other.dulled else ""))
    return Made((made.samples + y * level).astype(np.float32), made.segments, made.notes + [what], made.words)


def catalogue() -> dict[str, Spec]:
    d = "dev"
    R = uc.RealTalk
    rec = generated_talk
    S = a5.Spec
    return {
        "rd50_real_talker_into_starts": Spec(
            S(d, "real", real=R(85001, 12, wideband=True, snr_db=QUIET, gap=(0.5, 1.4)), room=("pink", 34),
              seed=85011), Other(Voice(F, "awb", 1.0), 10)),
        "rd50_espeak_talker_into_starts_fest": Spec(
            S(d, "synth", recordings=[rec([Voice(E, "en-gb+m3", 1.0), Voice(E, "en-us+f2", 1.05)], 85002, 85102, 10,
                                          pause=(0.5, 1.3), turn=3)], room=("pink", 32), seed=85012),
            Other(Voice(FEST, "kal", 1.0), 12, dulled=True)),
        "rd50_real_tail_into_starts": Spec(
            S(d, "real", real=R(85003, 12, snr_db=QUIET, gap=(0.6, 1.5)), room=("pink", 32), seed=85013),
            Other(Voice(E, "en-us+m2", 1.0), 8, rt60=1.0)),
        "rd50_flite_tail_into_starts": Spec(
            S(d, "synth", recordings=[rec([Voice(F, "slt", 1.0), Voice(F, "rms", 1.0)], 85004, 85104, 10,
                                          pause=(0.6, 1.4), turn=2)], room=("pink", 34), seed=85014),
            Other(Voice(FEST, "ked", 1.0), 10, rt60=0.8)),
    }


NAMES = ["rd50_real_talker_into_starts", "rd50_espeak_talker_into_starts_fest", "rd50_real_tail_into_starts",
         "rd50_flite_tail_into_starts"]


def names() -> list[str]:
    """Every rd50_* case (cases.py imports this at start-up; the catalogue is made only to build one)."""
    return list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    main = a4.Spec("dev", spec.main.kind, real=spec.main.real,
                   recordings=spec.main.recordings + [sc.Recording(1, [spec.other.voice], 0, 0)])
    return a4.missing_for(main)


def make(name: str) -> uc.Built:
    """The main talk placed (aside5_cases' way), the other voice laid over it, then the room."""
    spec = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    made = a5._placed(spec.main)
    made = lay_into_starts(made, spec.other, spec.main.seed + 300)
    made = a5.spoil(made, spec.main)
    return uc.Built(made, notes=list(made.notes))


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd50_*", names)


if __name__ == "__main__":
    main()
