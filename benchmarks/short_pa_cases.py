"""Short lines through a PA at other delays, gain controls that pump otherwise (``rd24_*``, issue 7, j56).

After j50's echo rule (``echo_room_cases.py``, ``rd19_*``) short lines through a PA and gain controls stayed the
weakest (within 100 ms): ``rd21_espeak_short_pa_cheers`` 42 %, ``kx_espeak_short_pa`` 69 % (ends +127 ms),
``zx_espeak_short_pa`` 53 %, ``rd19_espeak_pa_agc_slow`` 60 %, ``zx_real_agc_pumping`` 56 %.  This makes the same
kinds otherwise, so that a rule for them is not a rule for those talks:

* **short lines** (one to four words no case said, :data:`SHORT_LINES`) through a PA at delays 50-240 ms, 3-9 dB
  under the direct voice, one or two copies, band 150 Hz-6 kHz or 250 Hz-4 kHz, halls RT60 0.8-1.3 s, by voices the
  PA talks did not use (espeak-ng ``+Boris``, ``+Mr_Serious``, ``+Marco``, ``+Iven3``; flite; festival);
* **gain controls** with other attack, release and depth (1 ms/0.5 s/+12 dB, 10 ms/1.2 s/+24 dB, 5 ms/0.8 s/+16 dB
  under a PA, 50 ms/3 s/+22 dB), over real dev prompts, espeak-ng and flite talks.

Built with :mod:`echo_room_cases`' PA and gain control (its own seeds, 56xxx).  Truth on the dry voice, as every
case: synthesized lines exact, real prompts' voice spans where their files went.  Two (:data:`LATER`) were built and
kept out of every run until j56's rule was final, then run once.

    .venv/bin/python benchmarks/cases.py rd24_espeak_short_pa_late ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/short_pa_cases.py --check              # make every rd24_* case and check its truth
"""

from __future__ import annotations

from typing import Optional

import aside4_cases as a4
import echo_room_cases as er
import unseen_cases as uc
from aside_common import generated_talk, lines_talk, voices_need
from check_command import check_main
from synth_cases import Made, Voice

E, F, FEST = "espeak", "flite", "festival"

#: Short lines no case said.
SHORT_LINES = ["Right away.", "One more time.", "Keep going.", "That is all.", "Try it now.", "Turn it off.",
               "Move back, please.", "See you soon.", "Ready?", "Open the door.", "Quiet, please.", "Say it again.",
               "Lights off.", "Once more.", "Who is next?", "Sounds good.", "Wait a second.", "Hands up.",
               "Thank you all.", "Eyes front.", "Good question.", "Louder, please.", "Let us begin.",
               "Take a seat.", "Slide nine.", "Any others?", "Both of them.", "Write it down.", "Back to you.",
               "Five minutes.", "Nobody moved.", "Still here."]


def catalogue() -> dict[str, er.Echo]:
    R, PA, Echo = uc.RealTalk, er.PA, er.Echo
    q = a4.QUIET_DB
    return {
        # ---- short lines through a PA
        "rd24_espeak_short_pa_late": Echo(56101, recordings=[
            lines_talk(SHORT_LINES[0:8], [Voice(E, "en-us+Boris", 1.0), Voice(E, "en-gb+Mr_Serious", 1.0)], 56201,
                       pause=(0.3, 1.0), turn=2)],
            pa=PA([((0.12, 0.15), -3.0)], rt60=1.0), room=("pink", 32)),
        "rd24_flite_short_pa_near": Echo(56102, recordings=[
            lines_talk(SHORT_LINES[8:16], [Voice(F, "awb", 1.0), Voice(F, "slt", 1.05)], 56202,
                       pause=(0.25, 0.9), turn=3)],
            pa=PA([((0.05, 0.07), -5.0)], band=(250.0, 4000.0), rt60=0.8), room=("fan", 30)),
        "rd24_espeak_short_pa_agc": Echo(56103, recordings=[
            lines_talk(SHORT_LINES[24:32], [Voice(E, "en-gb-x-rp+Iven3", 1.0), Voice(E, "en-us+Marco", 1.1)],
                       56203, pause=(0.35, 1.1), turn=2)],
            pa=PA([((0.09, 0.11), -6.0)], rt60=1.2), room=("murmur", 30), agc=(0.005, 0.8, 16.0)),
        # ---- gain controls that pump otherwise
        "rd24_real_agc_deep": Echo(56104, real=R(56204, 12, snr_db=q, gap=(0.4, 1.5)), room=("fan", 28),
                                   agc=(0.01, 1.2, 24.0)),
        "rd24_espeak_agc_quick": Echo(56105, recordings=[
            generated_talk([Voice(E, "en-us+Boris", 1.05), Voice(E, "en-gb+Marco", 1.0)], 56205, 56305, 10,
                           pause=(0.3, 1.3), turn=3)],
            room=("pink", 30), agc=(0.001, 0.5, 12.0)),
        # ---- kept aside until the rule is final (LATER)
        "rd24_fest_short_pa_two": Echo(56106, recordings=[
            lines_talk(SHORT_LINES[16:24], [Voice(FEST, "kal", 1.0), Voice(FEST, "slt_hts", 1.05)], 56206,
                       pause=(0.3, 1.0), turn=2)],
            pa=PA([((0.08, 0.1), -4.0), ((0.2, 0.24), -9.0)], rt60=1.3), room=("murmur", 30)),
        "rd24_flite_agc_slow": Echo(56107, recordings=[
            generated_talk([Voice(F, "rms", 1.0), Voice(F, "kal16", 1.0)], 56207, 56307, 10, pause=(0.4, 1.4),
                           turn=2)],
            room=("murmur", 30), agc=(0.05, 3.0, 22.0)),
    }


#: Built, and kept out of every run until j56's rule was final (then run once).
LATER = ["rd24_fest_short_pa_two", "rd24_flite_agc_slow"]

NAMES = ["rd24_espeak_short_pa_late", "rd24_flite_short_pa_near", "rd24_espeak_short_pa_agc", "rd24_real_agc_deep",
         "rd24_espeak_agc_quick", "rd24_fest_short_pa_two", "rd24_flite_agc_slow"]


def names(which: str = "all") -> list[str]:
    """The rd24_* names ("seen": all but LATER, "later", or "all"), without building the catalogue."""
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER] if which == "seen" else list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    if spec.real is not None and not uc.real_available():
        return "apt-get install " + uc.fc.REAL_PACKAGES
    return voices_need(spec.recordings)


def make(name: str) -> Made:
    """The talk, its segments and notes (echo_room_cases.make on this catalogue)."""
    return er.make_from(catalogue()[name])


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd24_*", names)


if __name__ == "__main__":
    main()
