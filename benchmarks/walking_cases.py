"""A speaker who walks away from the microphone and back (``rd53_*``, issue 7, eighteenth round, j89).

The aside set's weakest talks were those of a speaker walking away from the microphone and back
(:func:`aside12_cases.walking`: the direct sound falls as 1/d while the room's reverberant sound stays at one
level, so far from the microphone the room is louder than the voice): starts right, line ends off by 100-250 ms
both ways.  The dev set held two such talks (``rd48_real_walking_bells_edited``, ``rd48_nl_espeak_walking_birds``);
these four make more of the kind on dev prompts, dev text seeds and voices the aside set did not use, in more than
one room and at more than one pace, so that what is found is not found for one room:

* **the aside's walk**: real prompts, 0.5 m out to 3.5 m and back once, RT60 0.7 s, the reverberant sound 4 dB
  under the direct at 1 m;
* **twice out and back, a drier room**: real prompts, a faster walk (two round trips), RT60 0.5 s, 6 dB;
* **a hall, further**: espeak-ng voices, out to 4.5 m once, RT60 1.0 s, 2 dB;
* **out and stays**: flite and festival voices, a slow walk out to 3.5 m that never comes back (a quarter of the
  round trip: the far half of the talk all far), RT60 0.7 s, 4 dB.

Chosen before any was run.  Truth: the dry voice's span (the walk's room never moves it).

    .venv/bin/python benchmarks/cases.py rd53_real_walking      # make one (run.py makes them as needed)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

import aside10_cases as a10
import aside12_cases as a12
import unseen_cases as uc
from aside_common import generated_talk, ready_spec
from synth_cases import Made, Voice

E, F, FEST = "espeak", "flite", "festival"


@dataclass
class Spec(a12.Spec):
    """An aside12_cases.Spec whose walk has its own room and pace."""

    rt60: float = 0.7  #: the room's reverberation time (s)
    drr_1m: float = 4.0  #: the reverberant sound, this many dB under the direct sound at 1 m
    far: float = 3.5  #: the furthest the speaker walks (m); the nearest is 0.5 m
    trips: float = 1.0  #: out-and-back walks over the talk (0.5: out and stays)


def catalogue() -> dict[str, Spec]:
    d = "dev"
    R = uc.RealTalk
    q = a12.QUIET_DB
    return {
        "rd53_real_walking": Spec(d, "real", real=R(53001, 20, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                  room=("pink", 34), seed=53011, walk=True),
        "rd53_real_walking_twice_drier": Spec(d, "real", real=R(53002, 22, wideband=True, snr_db=q, gap=(0.35, 1.3)),
                                              room=("pink", 32), seed=53012, walk=True, rt60=0.5, drr_1m=6.0,
                                              trips=2.0),
        "rd53_espeak_walking_hall": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Andy", 1.0), Voice(E, "en-gb+f4", 1.05)], 53401, 53501, 16,
                           pause=(0.4, 1.2), turn=3)], room=("pink", 34), seed=53013, walk=True, rt60=1.0, drr_1m=2.0,
            far=4.5),
        "rd53_flite_walking_out": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "rms", 1.0), Voice(FEST, "kal", 0.95)], 53402, 53502, 16,
                           pause=(0.4, 1.3), turn=3)], room=("pink", 33), seed=53014, walk=True, trips=0.5),
    }


NAMES = ["rd53_real_walking", "rd53_real_walking_twice_drier", "rd53_espeak_walking_hall", "rd53_flite_walking_out"]


def names() -> list[str]:
    return list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return a10.needs(catalogue()[name])


def spoil(made: Made, spec: Spec, floor: float = 0.0) -> Made:
    """The walk in its room and at its pace (:func:`aside12_cases.walking`), then aside12_cases.spoil's rest."""
    dist = a12.distances(made, spec.seed + 90, far=spec.far, trips=spec.trips)
    made = a12.walking(made, spec.seed + 90, rt60=spec.rt60, drr_1m=spec.drr_1m, dist=dist)
    return a12.spoil(made, replace(spec, walk=False), floor)


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = spoil(a10._placed(spec), spec)
    return a12.transcript(uc.Built(made, notes=list(made.notes)), spec, name)
