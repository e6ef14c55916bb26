"""Fast speech that Whisper hears too little of, and halls of several sizes (``rd16_*``, issue 7, j46).

Two kinds the dev set held only from a few sources:

* **Fast speech** from voices and engines ``rd10_*`` (fast_cases.py) did not use: espeak-ng ``en-us+steph``
  (the voice of tests/test_forced_pauses.py, there at 265 words a minute: Whisper matched one word in eight
  and the talk was placed by forcing) beside ``en-gb-x-gbcwmd`` and ``en-029``/``en-us+edward``; flite's
  ``awb`` and ``kal16`` at ``duration_stretch`` 0.68-0.7 (every word timed by flite's own phones); festival
  ``ked``/``slt_hts`` x1.3 in a hall.
* **Halls** (a diffuse tail that holds its level after every end; ``rd6_*`` and ``rd13_*`` had RT60 0.9-1.2 s
  with the development prompts and festival's kal/slt_hts): a small hall (RT60 0.7 s) with espeak-ng voices, a
  large one (1.6 s) with flite, a very large one (2.2 s) with the development prompts, and a far seat (the direct
  sound 1.5 dB over the tail).

The fast talks are made like ``fast_cases`` (aside4_cases.make_spec: voices placed, spoilers laid, the room over
it all); the halls like ``room_bed_cases`` (its hall impulse with a chosen direct-to-reverberant ratio; truth on
the dry speech).  Two (:data:`LATER`) were built and kept aside -- no aligner ran on them -- until j46's changes
were final, then run once; development cases like the others since.

    .venv/bin/python benchmarks/cases.py rd16_espeak_steph_fast ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/fast_hall_cases.py --check            # make every rd16_* case and check its truth
"""

from __future__ import annotations

from typing import Optional, Union

import aside4_cases as a4
import room_bed_cases as rb
from aside_common import generated_talk
from fast_cases import wpm
from synth_cases import Made, Voice
from check_command import check_main

E, F, FEST = a4.E, a4.F, a4.FEST


def catalogue() -> dict[str, Union[a4.Spec, rb.RoomBed]]:
    d = "dev"
    rec = generated_talk
    R = rb.RoomBed
    return {
        # ---- fast speech (aside4_cases.Spec, made like fast_cases)
        "rd16_espeak_steph_fast": a4.Spec(d, "synth", recordings=[
            rec([Voice(E, "en-us+steph", wpm(265)), Voice(E, "en-gb-x-gbcwmd", wpm(270))], 46101, 46201, 10,
                pause=(0.3, 0.8), turn=2)], room=("pink", 34), seed=46301),
        "rd16_flite_awb_fast": a4.Spec(d, "synth", recordings=[
            rec([Voice(F, "awb", 1 / 0.68), Voice(F, "kal16", 1 / 0.7)], 46102, 46202, 10, pause=(0.15, 0.6),
                turn=3)], room=("fan", 26), seed=46302),
        "rd16_espeak_fast_room": a4.Spec(d, "synth", recordings=[
            rec([Voice(E, "en-029", wpm(280)), Voice(E, "en-us+edward", wpm(260))], 46103, 46203, 10,
                pause=(0.2, 0.7), turn=2, rt60=0.7)], room=("pink", 30), seed=46303),
        # ---- halls (room_bed_cases.RoomBed: a hall impulse, truth on the dry speech)
        "rd16_espeak_hall_small": R(46104, prompts=10, voices=[Voice(E, "en-us-nyc", 1.0), Voice(E, "en-gb-x-gbclan", 1.0)],
                                    rt60=0.7, drr_db=6.0, snr_db=32, gap=(0.4, 1.2)),
        "rd16_flite_hall_large": R(46105, prompts=10, voices=[Voice(F, "awb", 1.0), Voice(F, "slt", 1.0)],
                                   rt60=1.6, drr_db=3.0, snr_db=34, gap=(0.5, 1.5)),
        "rd16_real_hall_huge": R(46106, prompts=12, wideband=True, rt60=2.2, drr_db=4.0, snr_db=34, gap=(0.6, 1.6)),
        "rd16_fest_hall_far_fast": R(46107, prompts=10, voices=[Voice(FEST, "ked", 1.3), Voice(FEST, "slt_hts", 1.25)],
                                     rt60=1.3, drr_db=1.5, snr_db=32, gap=(0.3, 1.0)),
    }


#: Built, and kept aside from every run until j46's changes were final (then run once, reported apart).
LATER = ["rd16_espeak_fast_room", "rd16_fest_hall_far_fast"]


def names(which: str = "all") -> list[str]:
    """The rd16_* names ("seen": all but LATER, "later", or "all"), without building the catalogue."""
    every = ["rd16_espeak_steph_fast", "rd16_flite_awb_fast", "rd16_espeak_fast_room", "rd16_espeak_hall_small",
             "rd16_flite_hall_large", "rd16_real_hall_huge", "rd16_fest_hall_far_fast"]
    if which == "later":
        return list(LATER)
    return [n for n in every if n not in LATER] if which == "seen" else every


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    return rb.missing_packages_for(spec) if isinstance(spec, rb.RoomBed) else a4.missing_for(spec)


def make(name: str) -> Made:
    """The talk, its segments (and flite's and festival's word times) and notes."""
    spec = catalogue()[name]
    if isinstance(spec, rb.RoomBed):
        return rb.make_talk(spec)
    built = a4.make_spec(name, spec)
    made = built.made
    made.notes = list(built.notes)
    return made


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd16_*", names)


if __name__ == "__main__":
    main()
