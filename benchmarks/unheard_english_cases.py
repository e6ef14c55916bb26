"""English lines nobody hears, inside a talk heard well (``rd51_*``, issue 7, eighteenth round, j86).

``unheard_runs.force_english_unheard_runs`` forces English lines Whisper heard none of onto the sound left between
the heard lines around them, where that sound can hold them.  It was measured on ``rd27_*``
(:mod:`barely_heard_cases`), whose one talk it moved (``rd27_espeak_siren_middle``).  This set makes the same kind of
talk with other voices, other texts, other seeds and one more cover, so that the rule is not a rule for that talk
alone.  Over one or two consecutive lines (the rest of the talk is heard well) lies:

* **a siren** (:func:`barely_heard_cases.siren`), 12 dB over the speech;
* **an alarm**: a smoke alarm's beep (3.1 kHz with its 2nd harmonic, 0.5 s on, 0.5 s off), 12 dB over while it
  sounds -- a cover with gaps in it, new here;
* **a loud tone** (:func:`barely_heard_cases.tone`), 12 dB over;
* **a mumbled line**: said 30 dB under the rest (the room unchanged) -- under the room, little or no sound is left,
  and the rule must leave such lines (and their "not heard" flag) alone.

Levels are rd27's (the levels its second build settled on), not tuned to what the rule does here: the cases were
built and run once with the rule final.  Each cover starts 0.3 s before the first covered line and stops 0.3 s after
the last (20 ms ramps); the truth is the dry speech's, exact (synthesized lines).

    .venv/bin/python benchmarks/cases.py rd51_espeak_alarm_middle ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/unheard_english_cases.py --check        # make every rd51_* case and check its truth
"""

from __future__ import annotations

from typing import Optional

import numpy as np

import aside4_cases as a4
import barely_heard_cases as bh
import unseen_cases as uc
from aside_common import generated_talk, ready_spec, voices_need
from barely_heard_cases import E, F, FEST, Over, Spec
from check_command import check_main
from synth_cases import RATE, Made, Voice


def alarm(n: int) -> np.ndarray:
    """A smoke alarm: 3.1 kHz (2nd harmonic 10 dB under), 0.5 s on, 0.5 s off; unit RMS while it sounds."""
    t = np.arange(n) / RATE
    x = np.sin(2 * np.pi * 3100 * t) + 0.3 * np.sin(2 * np.pi * 6200 * t)
    on = (t % 1.0) < 0.5
    x = x / np.sqrt(np.mean(x[on] ** 2))
    return (x * on).astype(np.float32)


def lay_over(made: Made, over: Over, seed: int) -> Made:
    """``over`` laid over its lines (an "alarm" here, every other kind as :func:`barely_heard_cases.lay_over`)."""
    if over.kind != "alarm":
        return bh.lay_over(made, over, seed)
    a, b = bh.covered_span(made, over.lines)
    y = made.samples.copy()
    y[a:b] += bh._ramped(alarm(b - a)) * a4.speech_rms(made) * 10 ** (over.db / 20)
    what = f"a smoke alarm over lines {list(over.lines)}, {over.db:+g} dB against the speech while it sounds"
    return Made(y.astype(np.float32), made.segments, made.notes + [what], made.words)


def catalogue() -> dict[str, Spec]:
    d = "dev"
    return {
        "rd51_espeak_alarm_middle": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Paul", 1.0), Voice(E, "en-gb-x-rp+Belinda", 1.0)], 51101, 51201, 12,
                           pause=(0.3, 1.1), turn=3)],
            room=("pink", 32), seed=51301, over=[Over("alarm", (5, 6), 12.0)]),
        "rd51_flite_siren_end": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "slt", 1.0), Voice(F, "awb", 1.05)], 51102, 51202, 10, pause=(0.3, 1.0),
                           turn=2)],
            room=("fan", 30), seed=51302, over=[Over("siren", (7, 8), 12.0)]),
        "rd51_fest_tone_middle": Spec(d, "synth", recordings=[
            generated_talk([Voice(FEST, "ked", 1.0), Voice(FEST, "slt_hts", 1.0)], 51103, 51203, 10,
                           pause=(0.3, 1.1), turn=2)],
            room=("pink", 32), seed=51303, over=[Over("tone", (3, 4), 12.0)]),
        "rd51_espeak_mumbled_alarm": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Robert", 1.0), Voice(E, "en-gb+Annie", 1.05)], 51104, 51204, 12,
                           pause=(0.3, 1.1), turn=3)],
            room=("murmur", 30), seed=51304, over=[Over("mumble", (2, 3), 30.0), Over("alarm", (8,), 12.0)]),
    }


NAMES = ["rd51_espeak_alarm_middle", "rd51_flite_siren_end", "rd51_fest_tone_middle", "rd51_espeak_mumbled_alarm"]


def names(which: str = "all") -> list[str]:
    """The rd51_* names (all development), without building the catalogue."""
    return list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return voices_need(catalogue()[name].recordings)


def make(name: str) -> uc.Built:
    """The talk (its voices in place, the covers over its lines, then the room), its segments and notes."""
    return bh.covered_talk(ready_spec(catalogue, missing_packages, name), lay_over)


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd51_*", names)


if __name__ == "__main__":
    main()
