"""Fast speech under church bells over a run of lines (``rd52_*``, issue 7, eighteenth round, j88).

The twelfth aside set's one talk of fast flite speech (x1.4) with church bells over a run of lines in its middle,
stored through RealAudio 1.0 (8 kHz), had five consecutive lines placed 1.2-4.7 s off while the lines before and
after the bells were within 50 ms.  These dev talks are made the same way, with voices and text seeds the aside set
did not use, so that the cause can be found and a fix checked without looking at the aside again:

* fast speech (x1.3-1.5), flite (``slt``, ``rms``, ``kal``) and one espeak-ng talk, 16-20 lines, short pauses;
* **church bells** (aside12_cases.bell_stroke: two bells in turn, a stroke every 2-3 s) ringing from 0.3 s before
  the first of 3-5 consecutive lines in the middle of the talk to 0.3 s after the last (each stroke then rings
  out), 10-14 dB under the speech while they ring (:func:`bells_over`);
* and one talk made as the aside's was (``rd52_flite_peals_page_rm``): two peals of 12-25 s spread over the talk
  (aside12_cases.add_bells) and a web page with stale inline stamps for its transcript;
* four of the five stored through RealAudio 1.0 (``real_144``, 8 kb/s at 8 kHz; aside12_cases.CODECS), the
  codec's delay moved into the truth (aside9_cases.store_codec).

Levels, voices, seeds and line runs were chosen before any case was run (the fifth talk was added after the first
four had run, to come nearer the aside's making; it was run once before the rule and once with it).  The truth
is the dry speech's segment bounds (synthesized lines), exact.

    .venv/bin/python benchmarks/cases.py rd52_flite_fast_bells_rm ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/bells_cases.py --check                  # make every rd52_* case and check its truth
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside8_cases as a8
import aside9_cases as a9
import aside10_cases as a10
import aside12_cases as a12
import barely_heard_cases as bh
import unseen_cases as uc
from aside_common import generated_talk, voices_need
from check_command import check_main
from synth_cases import RATE, Made, Voice

E, F = "espeak", "flite"


@dataclass
class Spec(a8.Spec):
    """An English synthesized talk (aside8_cases.Spec) with church bells over ``bells`` (consecutive line indices),
    ``bells_db`` under the speech, stored through the spoilers' ``codec`` (here a kind of aside12_cases.CODECS)."""

    bells: tuple[int, ...] = ()
    bells_db: float = 10.0
    peals: int = 0  #: instead of ``bells``: this many peals spread over the talk (aside12_cases.add_bells)


def bells_over(made: Made, lines: tuple[int, ...], seed: int, under_db: float) -> Made:
    """Church bells rung over ``lines``: strokes every 2-3 s (two bells in turn, the second 2 dB softer) from 0.3 s
    before the first line until 0.3 s after the last, each stroke ringing out (4 s); ``under_db`` under the speech
    (RMS while ringing); the truth unchanged."""
    a, b = bh.covered_span(made, lines)
    prng = random.Random(seed)
    y = np.zeros(len(made.samples))
    at, j = a, 0
    while at < b:
        s = a12.bell_stroke(seed * 10 + j % 2)
        m = min(len(s), len(y) - at)
        y[at:at + m] += s[:m] * (1.0 if j % 2 == 0 else 0.8)
        at += int(prng.uniform(2.0, 3.0) * RATE)
        j += 1
    end = min(len(y), max(at, b) + int(4.0 * RATE))
    level = float(np.sqrt(np.mean(y[a:end] ** 2))) or 1.0
    out = made.samples + (y / level * a4.speech_rms(made) * 10 ** (-under_db / 20)).astype(np.float32)
    note = (f"church bells ({j} strokes, a stroke every 2-3 s) over lines {list(lines)} ({a / RATE:.1f}-"
            f"{end / RATE:.1f} s), {under_db:g} dB under the speech while ringing")
    return Made(out.astype(np.float32), made.segments, made.notes + [note], made.words)


def catalogue() -> dict[str, Spec]:
    d = "dev"
    return {
        "rd52_flite_fast_bells_rm": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "slt", 1.4), Voice(F, "rms", 1.35)], 52101, 52201, 16, pause=(0.25, 0.9),
                           turn=3)],
            room=("pink", 32), seed=52301, bells=(6, 7, 8, 9, 10), bells_db=10.0, codec="rm"),
        "rd52_flite_fast_bells": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "rms", 1.5), Voice(F, "kal", 1.3)], 52102, 52202, 18, pause=(0.25, 0.9),
                           turn=3)],
            room=("pink", 32), seed=52302, bells=(7, 8, 9), bells_db=12.0),
        "rd52_espeak_fast_bells_rm": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+m7", 1.4), Voice(E, "en-gb+f2", 1.35)], 52103, 52203, 16,
                           pause=(0.25, 0.9), turn=3)],
            room=("pink", 32), seed=52303, bells=(6, 7, 8, 9), bells_db=11.0, codec="rm"),
        "rd52_flite_faster_bells_rm": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "kal", 1.5), Voice(F, "slt", 1.45)], 52104, 52204, 20, pause=(0.25, 0.8),
                           turn=3)],
            room=("fan", 30), seed=52304, bells=(8, 9, 10, 11), bells_db=14.0, codec="rm"),
        "rd52_flite_peals_page_rm": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "rms", 1.4), Voice(F, "slt", 1.45)], 52105, 52205, 16, pause=(0.25, 0.9),
                           turn=3)],
            room=("pink", 32), seed=52305, peals=2, bells_db=10.0, codec="rm"),
    }


NAMES = ["rd52_flite_fast_bells_rm", "rd52_flite_fast_bells", "rd52_espeak_fast_bells_rm",
         "rd52_flite_faster_bells_rm", "rd52_flite_peals_page_rm"]


def names(which: str = "all") -> list[str]:
    """The rd52_* names (all development), without building the catalogue."""
    return list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return voices_need(catalogue()[name].recordings)


def make(name: str) -> uc.Built:
    """The talk (its voices in place, the bells over its lines, then the room), stored through its codec."""
    spec = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    made = a8._placed(spec)
    if spec.peals:
        made = a12.add_bells(made, spec.seed + 93, spec.peals, spec.bells_db)
    else:
        made = bells_over(made, spec.bells, spec.seed + 93, spec.bells_db)
    made = a8.spoil(made, spec)  # the room (aside6_cases.spoil), no sample clipping
    encoded = None
    if spec.codec:
        made, encoded = a9.store_codec(made, spec.codec, a12.CODECS)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    return a10.transcript(built, spec, name) if spec.transcript == "page" else built


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd52_*", names)


if __name__ == "__main__":
    main()
