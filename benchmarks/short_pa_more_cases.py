"""Short lines through a PA, once more otherwise (``rd30_*``, issue 7, j63).

``rd19_*``/``rd21_*``/``rd24_*`` and the seen asides ``kx_espeak_short_pa``/``zx_espeak_short_pa`` hold the one-
to three-word lines whose ends the phone pass puts 100-300 ms late through a PA.  So that a rule for them is not a
rule for those talks, this makes the same kind with what none of them had:

* **delays** 40-48 ms (a near loudspeaker, almost inside the word), 175-185 ms and 225-235 ms (a far one; the
  echo is measured up to 0.4 s), and two copies at once 30 and 250 ms apart;
* **levels** 2 dB under the direct voice (nearly as loud) to 11 dB under;
* **bands** 120 Hz-7 kHz and 300 Hz-3.5 kHz, **halls** of RT60 0.6 s to 1.6 s, under traffic, a hum, a fan,
  pink noise or a murmur;
* **voices** no PA talk used: espeak-ng ``+Gene``, ``+Caleb``, ``+Annie``, ``+Paul``, ``+Lee``, ``+Max``,
  ``+Alicia``, ``+Storm``, ``+Mike``, flite ``rms``/``kal16``, festival ``ked``;
* **lines** none of those talks said (:data:`SHORT_LINES`), one to three words, some in 0.2-0.3 s pauses (the copy
  and its hall fill most of the pause before the next line).

Built with :mod:`echo_room_cases`' PA (its own seeds, 63xxx).  Truth on the dry voice: synthesized lines, exact.
Two (:data:`LATER`) are kept out of every run until j63's rule is final.

    .venv/bin/python benchmarks/cases.py rd30_espeak_short_pa_far ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/short_pa_more_cases.py --check        # make every rd30_* case and check its truth
"""

from __future__ import annotations

from typing import Optional

import echo_room_cases as er
from aside_common import lines_talk, voices_need
from check_command import check_main
from synth_cases import Made, Voice

E, F, FEST = "espeak", "flite", "festival"

#: Short lines no case said (short_pa_cases.SHORT_LINES, echo_room_cases.SHORT_LINES and aside6_cases' are
#: others).
SHORT_LINES = ["Come on in.", "Morning, all.", "Next slide.", "Go on ahead.", "Not just yet.", "Up here.", "Stand up.",
               "Look again.", "Precisely.", "Well said.", "Fair enough.", "Hear me?", "Sit still.", "All right.",
               "Calm down.", "Seven.", "Page four.", "Mind the step.", "Have a go.", "Far enough.", "Last one.",
               "Well then.", "Any more?", "In a moment.", "Quite so.", "Be quick.", "Above it.", "Next row.",
               "Lights on.", "Thanks again.", "Fine by me.", "Three more.", "Right here.", "No more.",
               "Nearly there.", "Pass it on.", "Much better.", "Go left.", "Stay there.", "Speak up.", "Keep still.",
               "Once again.", "Hello all.", "Begin now.", "Eyes up.", "Well now.", "Ten more.", "Good luck."]


def catalogue() -> dict[str, er.Echo]:
    PA, Echo = er.PA, er.Echo
    return {
        "rd30_espeak_short_pa_far": Echo(63101, recordings=[
            lines_talk(SHORT_LINES[0:8], [Voice(E, "en-us+Gene", 1.0), Voice(E, "en-gb+Caleb", 1.05)], 63201,
                       pause=(0.3, 1.0), turn=2)],
            pa=PA([((0.175, 0.185), -5.0)], band=(120.0, 7000.0), rt60=1.4), room=("traffic", 30)),
        "rd30_espeak_short_pa_loud": Echo(63102, recordings=[
            lines_talk(SHORT_LINES[8:16], [Voice(E, "en-us+Annie", 1.0), Voice(E, "en-us+Paul", 1.0)], 63202,
                       pause=(0.35, 1.1), turn=3)],
            pa=PA([((0.085, 0.095), -2.0)], rt60=1.0), room=("pink", 34)),
        "rd30_flite_short_pa_close": Echo(63103, recordings=[
            lines_talk(SHORT_LINES[16:24], [Voice(F, "rms", 1.0), Voice(F, "kal16", 1.1)], 63203,
                       pause=(0.3, 0.9), turn=2)],
            pa=PA([((0.04, 0.048), -4.0)], band=(300.0, 3500.0), rt60=0.6), room=("hum", 32)),
        "rd30_espeak_short_pa_two_far": Echo(63104, recordings=[
            lines_talk(SHORT_LINES[24:32], [Voice(E, "en-gb-x-rp+Lee", 1.0), Voice(E, "en-us+Max", 0.95)], 63204,
                       pause=(0.4, 1.2), turn=2)],
            pa=PA([((0.07, 0.08), -6.0), ((0.225, 0.235), -9.0)], rt60=1.6), room=("murmur", 30)),
        "rd30_fest_short_pa_tight": Echo(63105, recordings=[
            lines_talk(SHORT_LINES[32:40], [Voice(FEST, "ked", 1.0), Voice(E, "en-us+Mike", 1.05)], 63205,
                       pause=(0.2, 0.3), turn=4)],
            pa=PA([((0.11, 0.12), -7.0)], band=(150.0, 5000.0), rt60=1.1), room=("fan", 30)),
        "rd30_espeak_short_pa_quiet": Echo(63106, recordings=[
            lines_talk(SHORT_LINES[40:48], [Voice(E, "en-us+Alicia", 1.0), Voice(E, "en-gb-scotland+Storm", 1.0)],
                       63206, pause=(0.3, 1.0), turn=2)],
            pa=PA([((0.14, 0.15), -11.0)], band=(200.0, 5000.0), rt60=0.9), room=("pink", 30)),
    }


#: Kept out of every run until j63's rule is final (then run once).
LATER = ["rd30_espeak_short_pa_two_far", "rd30_fest_short_pa_tight"]

NAMES = ["rd30_espeak_short_pa_far", "rd30_espeak_short_pa_loud", "rd30_flite_short_pa_close",
         "rd30_espeak_short_pa_two_far", "rd30_fest_short_pa_tight", "rd30_espeak_short_pa_quiet"]


def names(which: str = "all") -> list[str]:
    """The rd30_* names ("seen": all but LATER, "later", or "all"), without building the catalogue."""
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER] if which == "seen" else list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return voices_need(catalogue()[name].recordings)


def make(name: str) -> Made:
    """The talk, its segments and notes (echo_room_cases.make_from on this catalogue)."""
    return er.make_from(catalogue()[name])


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd30_*", names)


if __name__ == "__main__":
    main()
