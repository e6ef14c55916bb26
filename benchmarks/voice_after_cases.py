"""A second voice that goes on right after each line (``rd34_*``, issue 7, fifteenth round, j67).

The review queue's largest group of misses on dev is ends 0.2-0.6 s *late*, and one kind of them is a line whose
end the phone pass carried into another voice that starts speaking as the line stops (``rd23_*xtalk_edges*``,
``rd14_*``): the other voice's first syllable continues the line's last vowel, so the level does not fall at the
line's true end.  ``rd23_*`` holds that at random edges only (half of its phrases *end* before the next line).
These cases put a second talker's phrase at every end: it begins 60 ms before to 80 ms after the line's end (an
overlap, a join, a breath later), from voices and at levels the earlier cases did not use, so a rule cannot be
fitted to them:

* **second talkers** espeak-ng ``en-gb+m3``/``en-us+f4``, flite ``kal16``/``rms``, festival ``ked``, **5 to 14 dB**
  under the speech (the two voices' RMS);
* **main voices** real telephone prompts, flite ``slt``, espeak-ng ``en-us+m1``, festival ``kal``;
* **rooms** pink noise, a hum, a fan.

Truth: the main voice's spans as placed (the telephone prompts' voice span, the synthesizers' exact bounds); the
other voice is laid over the finished talk and moves nothing.  Two (:data:`LATER`) are built and kept out of every
run until j67's rule is final.

    .venv/bin/python benchmarks/cases.py rd34_real_after_fest8 ...        # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/voice_after_cases.py --check              # make every rd34_* case, check its truth
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

#: Where the other voice's phrase begins, against the line's true end (s): from an overlap to a short breath.
OFFSET = (-0.06, 0.08)


@dataclass
class Spec:
    main: a5.Spec  #: the main talk and its room (aside5_cases' Spec)
    after: Voice  #: the second talker, who speaks as each line stops
    under_db: float  #: its level under the speech (dB, RMS of the two voices)


def lay_after_each_end(made: Made, voice: Voice, under_db: float, seed: int) -> Made:
    """``voice`` saying two to five words that begin OFFSET after every line's end (the last line's too), at
    ``under_db`` under the speech."""
    from talk_text import generated_sentences

    prng = random.Random(seed)
    n = len(made.samples)
    y = np.zeros(n, np.float64)
    texts = generated_sentences(60, seed=seed + 1)
    level = a4.speech_rms(made) * 10 ** (-under_db / 20)
    for k, seg in enumerate(s for s in made.segments if s.get("end") is not None):
        words = texts[k % len(texts)].split()
        x = sc.say(" ".join(words[:prng.randint(2, 5)]), voice).astype(np.float64)
        x = x / (sc._rms(x) + 1e-12)
        at = max(0, int((seg["end"] + prng.uniform(*OFFSET)) * RATE))
        m = min(len(x), n - at)
        if m > 0:
            y[at:at + m] += x[:m]
    what = (f"a second talker right after each line: {voice.engine} {voice.name} phrases beginning "
            f"{1000 * OFFSET[0]:+.0f} to {1000 * OFFSET[1]:+.0f} ms from the line's end, {under_db:g} dB under the speech")
    return Made((made.samples + y * level).astype(np.float32), made.segments, made.notes + [what], made.words)


def catalogue() -> dict[str, Spec]:
    d = "dev"
    R = uc.RealTalk
    rec = generated_talk
    S = a5.Spec
    return {
        "rd34_real_after_fest8": Spec(
            S(d, "real", real=R(53401, 12, wideband=True, snr_db=QUIET, gap=(0.4, 1.2)), room=("pink", 34),
              seed=53411), Voice(FEST, "ked", 1.0), 8),
        "rd34_flite_after_espeak12": Spec(
            S(d, "synth", recordings=[rec([Voice(F, "slt", 1.0)], 53402, 53502, 10, pause=(0.4, 1.1))],
              room=("pink", 34), seed=53412, bed=("buzz", 30)), Voice(E, "en-gb+m3", 1.0), 12),
        "rd34_espeak_after_flite5": Spec(
            S(d, "synth", recordings=[rec([Voice(E, "en-us+m1", 1.0)], 53403, 53503, 10, pause=(0.4, 1.1))],
              room=("pink", 32), seed=53413), Voice(F, "kal16", 1.0), 5),
        "rd34_real_after_espeak10": Spec(
            S(d, "real", real=R(53404, 12, snr_db=QUIET, gap=(0.4, 1.2)), room=("pink", 32), seed=53414,
              bed=("car", 28)), Voice(E, "en-us+f4", 1.05), 10),
        # ---- kept out of every run until the rule is final (LATER)
        "rd34_fest_after_flite9": Spec(
            S(d, "synth", recordings=[rec([Voice(FEST, "kal", 1.0)], 53405, 53505, 10, pause=(0.4, 1.1))],
              room=("pink", 33), seed=53415), Voice(F, "rms", 1.0), 9),
        "rd34_real_after_espeak14": Spec(
            S(d, "real", real=R(53406, 12, wideband=True, snr_db=QUIET, gap=(0.4, 1.2)), room=("pink", 34),
              seed=53416), Voice(E, "en-gb+m3", 0.95), 14),
    }


NAMES = ["rd34_real_after_fest8", "rd34_flite_after_espeak12", "rd34_espeak_after_flite5",
         "rd34_real_after_espeak10", "rd34_fest_after_flite9", "rd34_real_after_espeak14"]
#: Built, and kept out of every run until the rule is final (then run once, reported apart).
LATER = ["rd34_fest_after_flite9", "rd34_real_after_espeak14"]


def names(which: str = "all") -> list[str]:
    """The rd34_* names ("seen": all but LATER, "later", or "all"), without building the catalogue."""
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER] if which == "seen" else list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    main = a4.Spec("dev", spec.main.kind, real=spec.main.real,
                   recordings=spec.main.recordings + [sc.Recording(1, [spec.after], 0, 0)])
    return a4.missing_for(main)


def make(name: str) -> uc.Built:
    """The main talk placed (aside5_cases' way), the second talker laid over it, then the room."""
    spec = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    made = a5._placed(spec.main)
    made = lay_after_each_end(made, spec.after, spec.under_db, spec.main.seed + 370)
    made = a5.spoil(made, spec.main)
    return uc.Built(made, notes=list(made.notes))


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd34_*", lambda: names())


if __name__ == "__main__":
    main()
