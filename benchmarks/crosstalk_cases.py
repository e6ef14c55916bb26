"""Cross-talk (``rd14_*``, issues 7 and 9, j44): a second talker under the main voice, from sources the finding did
not come from.

The one look at ``qx_*`` found cross-talk a failure kind (``qx_real_crosstalk`` 72 %, ``qx_real_fast_crosstalk``
66 % within 100 ms; Catalan and Telugu under an English talker 46 % and 10 %), and its dev twin
``rd12_real_crosstalk_video`` showed why once recognition was right (``--model base --language en``): line ends stay
late (+424 ms median), because the second talker fills every pause the end rules measure.  All of those second
talkers were espeak-ng English voices 14-16 dB under, talking on without a break, dulled above 2.5 kHz.  These cases
make the same kind of trouble other ways, so a rule that follows the *main* voice cannot be fitted to one voice:

* **main voices**: the telephone prompts' speaker (Allison Smith; the development prompts, G.722 and 8 kHz), flite
  (``slt``, ``rms``, ``awb``, ``kal16``), festival (``kal``, ``ked``) and espeak-ng voices;
* **second talkers**: espeak-ng in **German and Dutch** (language_cases' sentences) and English variants, flite and
  festival voices, **10-18 dB** under the speech (the speech's and the talker's own RMS over their voices), dulled
  as from the next desk or as near as the main voice (not dulled);
* **continuous** (0.15-0.6 s between its sentences: every pause of the main voice has it) or **sparse** (1.5-5 s
  between them: some pauses are clean, some not);
* tight joins (0.05-0.3 s between lines) and normal pauses.

Truth: the main voice's spans as placed (the telephone prompts' voice span, unseen_cases.voice_span; the
synthesizers' exact bounds and flite's and festival's own word times); the second talker is laid over the finished
talk and moves nothing.  Two of them (:data:`LATER`) were built and kept aside -- no aligner ran on them -- until the
rule was final, then run once (benchmarks/README.md reports both halves).

    .venv/bin/python benchmarks/cases.py rd14_real_xtalk_german ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/crosstalk_cases.py --check             # make every rd14_* case and check its truth
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
from synth_cases import RATE, Made, Voice
from check_command import check_main

E, F, FEST = a4.E, a4.F, a4.FEST
QUIET = a4.QUIET_DB  #: place_prompts' own room: none (the room comes after the second talker, as in aside5_cases)

#: Seconds between the second talker's sentences: on and on, or now and then.
CONTINUOUS = (0.15, 0.6)
SPARSE = (1.5, 5.0)


@dataclass
class Talker:
    """The second talker: a voice, the language of what it says, how far under the speech, how often it pauses."""

    voice: Voice
    under_db: float
    gaps: tuple[float, float] = CONTINUOUS
    language: str = "en"  #: "en" (talk_text's grammar) or a language of language_cases.SYNTH_SENTENCES
    dulled: bool = True  #: from the next desk (above 2.5 kHz dulled) or as near as the main voice


@dataclass
class Spec:
    main: a5.Spec  #: the main talk and its room (aside5_cases' Spec, no cross-talk of its own)
    talker: Talker


def talker_texts(language: str, seed: int) -> list[str]:
    from talk_text import generated_sentences

    if language == "en":
        return generated_sentences(40, seed=seed)
    import language_cases as lc

    texts = list(lc.SYNTH_SENTENCES[language])
    random.Random(seed).shuffle(texts)
    return texts


def second_talker(n: int, seed: int, talker: Talker) -> tuple[np.ndarray, np.ndarray]:
    """The talker's sound over ``n`` samples (unit RMS over its own voice) and, per sample, whether it talks."""
    prng = random.Random(seed)
    y = np.zeros(n, np.float64)
    on = np.zeros(n, bool)
    at, k = int(prng.uniform(0.0, 1.0) * RATE), 0
    texts = talker_texts(talker.language, seed + 1)
    while at < n:
        x = sc.say(texts[k % len(texts)], talker.voice).astype(np.float64)
        x = x / (sc._rms(x) + 1e-12)
        m = min(len(x), n - at)
        y[at:at + m] += x[:m]
        on[at:at + m] = True
        at += len(x) + int(prng.uniform(*talker.gaps) * RATE)
        k += 1
    if talker.dulled:
        y = sc.lowpass(y, 2500.0)
    return (y / (np.sqrt(np.mean(y[on] ** 2)) + 1e-12)).astype(np.float32), on


def lay_talker(made: Made, talker: Talker, seed: int) -> Made:
    """The second talker ``under_db`` under the speech (the two voices' RMS), over the whole talk: no span moves."""
    y, on = second_talker(len(made.samples), seed, talker)
    level = a4.speech_rms(made) * 10 ** (-talker.under_db / 20)
    v = talker.voice
    what = (f"cross-talk: {v.engine} {v.name} x{v.speed:g} saying {talker.language} sentences "
            f"{talker.gaps[0]:g}-{talker.gaps[1]:g} s apart ({100 * on.mean():.0f} % of the time), "
            f"{talker.under_db:g} dB under the speech{', dulled above 2.5 kHz' if talker.dulled else ''}")
    return Made((made.samples + y * level).astype(np.float32), made.segments, made.notes + [what], made.words)


def catalogue() -> dict[str, Spec]:
    d = "dev"
    R = uc.RealTalk
    rec = generated_talk
    S = a5.Spec
    return {
        "rd14_real_xtalk_german": Spec(
            S(d, "real", real=R(44101, 12, wideband=True, snr_db=QUIET, gap=(0.3, 1.2)), room=("pink", 32),
              seed=44111), Talker(Voice(E, "de+m3", 1.0), 12, CONTINUOUS, "de")),
        "rd14_real_tight_xtalk_flite": Spec(
            S(d, "real", real=R(44102, 12, snr_db=QUIET, gap=(0.05, 0.3)), room=("pink", 30), seed=44112),
            Talker(Voice(F, "awb", 1.0), 16, CONTINUOUS, dulled=False)),
        "rd14_flite_xtalk_sparse": Spec(
            S(d, "synth", recordings=[rec([Voice(F, "slt", 1.0), Voice(F, "rms", 1.0)], 44103, 44203, 10,
                                          pause=(0.3, 1.2), turn=2)], room=("fan", 30), seed=44113),
            Talker(Voice(E, "en-us+f2", 1.0), 10, SPARSE)),
        "rd14_fest_xtalk_dutch": Spec(
            S(d, "synth", recordings=[rec([Voice(FEST, "kal", 1.0)], 44104, 44204, 10, pause=(0.3, 1.2))],
              room=("pink", 32), seed=44114), Talker(Voice(E, "nl+m2", 1.0), 18, CONTINUOUS, "nl")),
        "rd14_espeak_tight_xtalk_fest": Spec(
            S(d, "synth", recordings=[rec([Voice(E, "en-gb+m3", 1.0), Voice(E, "en-us+f4", 1.05)], 44105, 44205, 10,
                                          pause=(0.05, 0.3), turn=3)], room=("pink", 30), seed=44115),
            Talker(Voice(FEST, "ked", 1.0), 14, CONTINUOUS)),
        # ---- kept aside until the rule was final (LATER)
        "rd14_real_xtalk_sparse_fest": Spec(
            S(d, "real", real=R(44106, 12, wideband=True, snr_db=QUIET, gap=(0.3, 1.3)), room=("pink", 34),
              seed=44116), Talker(Voice(FEST, "kal", 1.0), 12, SPARSE, dulled=False)),
        "rd14_flite_xtalk_espeak": Spec(
            S(d, "synth", recordings=[rec([Voice(F, "kal16", 1.0), Voice(F, "awb", 1.0)], 44107, 44207, 10,
                                          pause=(0.1, 0.8), turn=3)], room=("pink", 32), seed=44117),
            Talker(Voice(E, "en-us+m1", 1.0), 15, CONTINUOUS)),
    }


NAMES = ["rd14_real_xtalk_german", "rd14_real_tight_xtalk_flite", "rd14_flite_xtalk_sparse", "rd14_fest_xtalk_dutch",
         "rd14_espeak_tight_xtalk_fest", "rd14_real_xtalk_sparse_fest", "rd14_flite_xtalk_espeak"]
#: Built, and kept aside from every run until the rule was final (then run once, reported apart).
LATER = ["rd14_real_xtalk_sparse_fest", "rd14_flite_xtalk_espeak"]


def names() -> list[str]:
    """Every rd14_* case (cases.py imports this at start-up; the catalogue is made only to build one)."""
    return list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    extra = [spec.talker.voice]
    main = a4.Spec("dev", spec.main.kind, real=spec.main.real,
                   recordings=spec.main.recordings + [sc.Recording(1, extra, 0, 0)])
    return a4.missing_for(main)


def make(name: str) -> uc.Built:
    """The main talk placed (aside5_cases' way), the second talker laid over it, then the room."""
    spec = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    made = a5._placed(spec.main)
    made = lay_talker(made, spec.talker, spec.main.seed + 300)
    made = a5.spoil(made, spec.main)
    return uc.Built(made, notes=list(made.notes))


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd14_*", names)


if __name__ == "__main__":
    main()
