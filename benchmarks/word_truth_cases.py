"""More exact word truth: flite and festival voices at several speeds, under noise (``rd35_*``, issue 7, j68).

Word boundaries were measured on ``syn_w_*`` (flite, four cases) and ``rd_fest_*`` (festival) only; a rule for
word edges made on those is a rule for those talks.  These are the same kind of truth from voice settings,
speeds, backgrounds and texts none of them used: every word is timed by the synthesizer itself
(:func:`synth_cases.flite_words` for flite, :mod:`festival_voices` for festival), so every word edge, joined or
beside a pause, has a truth.

* **voices** flite ``kal``, ``awb``, ``rms``, ``slt``, ``kal16``; festival ``ked``, ``kal``, ``slt_hts``;
* **speeds** 0.8 (slow) to 1.35 (fast), so words are joined tightly or drawn out;
* **backgrounds** almost silent, white, pink, a hum, a murmur, a fan, traffic, at 12-30 dB SNR; one telephone band,
  one room; pauses inside a line from commas in the sentences (talk_text's grammar) and between lines.

Two (:data:`RUN_ONCE_AT_THE_END`) were kept out of every run until j68's change was final, then run once (before
and after, benchmarks/README.md); development since.

    .venv/bin/python benchmarks/cases.py rd35_flite_slow_pink ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/word_truth_cases.py --check          # make every rd35_* case and check its truth
"""

from __future__ import annotations

import shutil
from typing import Optional

from check_command import check_main
from synth_cases import Made, Recording, Voice, join, make_recording

F, FEST = "flite", "festival"


def catalogue() -> dict[str, tuple[list[Recording], list[float]]]:
    """name -> (recordings, gaps between them); seeds 35xxx, text seeds 36xxx (used by no other case)."""
    return {
        "rd35_flite_slow_pink": ([Recording(sentences=10, voices=[Voice(F, "kal", 0.8), Voice(F, "awb", 0.85)],
                                            seed=35101, text_seed=36101, snr_db=20, noise="pink", turn=2)], []),
        "rd35_flite_fast_clean": ([Recording(sentences=12, voices=[Voice(F, "slt", 1.35), Voice(F, "kal16", 1.25)],
                                             seed=35102, text_seed=36102, pause=(0.15, 0.7), turn=3)], []),
        "rd35_fest_murmur": ([Recording(sentences=10, voices=[Voice(FEST, "ked", 1.0), Voice(FEST, "slt_hts", 1.15)],
                                        seed=35103, text_seed=36103, snr_db=16, noise="murmur", turn=2)], []),
        "rd35_flite_fan_room": ([Recording(sentences=10, voices=[Voice(F, "rms", 0.9), Voice(F, "awb", 1.2)],
                                           seed=35104, text_seed=36104, snr_db=22, noise="fan", rt60=0.3)], []),
        "rd35_fest_white_fast": ([Recording(sentences=10, voices=[Voice(FEST, "kal", 1.3), Voice(F, "kal", 1.15)],
                                            seed=35105, text_seed=36105, snr_db=14, noise="white", turn=2)], []),
        "rd35_mixed_joined": ([Recording(sentences=5, voices=[Voice(F, "awb", 1.0)], seed=35106, text_seed=36106,
                                         snr_db=25, noise="hum"),
                               Recording(sentences=5, voices=[Voice(FEST, "slt_hts", 0.85)], seed=35107,
                                         text_seed=36107, snr_db=12, noise="traffic")], [2.0]),
        # kept out of every run until j68's change was final, then run once
        "rd35_fest_phone": ([Recording(sentences=8, voices=[Voice(FEST, "ked", 1.1), Voice(F, "slt", 0.9)],
                                       seed=35108, text_seed=36108, snr_db=18, noise="pink", phone=True)], []),
        "rd35_flite_noise_slow": ([Recording(sentences=10, voices=[Voice(F, "kal16", 0.85), Voice(F, "rms", 1.1)],
                                             seed=35109, text_seed=36109, snr_db=13, noise="murmur", breaths=0.5,
                                             turn=2)], []),
    }


#: Kept out of every run until j68's change was final, then run once; development since.
RUN_ONCE_AT_THE_END = ["rd35_fest_phone", "rd35_flite_noise_slow"]
NAMES = list(catalogue())


def names() -> list[str]:
    """Every rd35_* case: all are development cases now."""
    return list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed to make this case, or None."""
    recs, _ = catalogue()[name]
    engines = {v.engine for r in recs for v in r.voices}
    if "flite" in engines and not (shutil.which("flite") and shutil.which("t2p")):
        return "apt-get install flite"
    if "festival" in engines and not shutil.which("festival"):
        import festival_voices

        return "apt-get install " + festival_voices.PACKAGES
    return None


def make(name: str) -> Made:
    recs, gaps = catalogue()[name]
    made = [make_recording(r) for r in recs]
    return made[0] if len(made) == 1 else join(made, gaps, seed=recs[0].seed + 1000)


if __name__ == "__main__":
    check_main(__doc__, "rd35_*", lambda: NAMES)
