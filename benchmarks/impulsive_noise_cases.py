"""Talks under impulsive and switched noise beds: rain, a clock, typing, a vacuum cleaner (``rd38_*``, issue 7,
sixteenth round, j73).

The tenth aside set's weakest English case was a talk under rain on a roof (``mx_real_rain_page``: 59 % of segment
boundaries within 100 ms, starts -31 ms and ends -25 ms on median where its clean cases were +3/-13), then a vacuum
cleaner switched on inside a line (``mx_real_vacuum_mulaw``, 82 %).  The only dev talk of the kind was
``rd31_real_rain_clock_page`` (rain 16 dB under, one density).  So that a rule for rain is not a rule for those
talks, this makes more of the kind, with what they did not have:

* **rain at three densities** (60, 180 and 450 droplets a second, :func:`aside10_cases.rain`) and levels 8-16 dB
  under the speech: a droplet is a 2-5 ms broadband click, dense rain a patter with no quiet stretch between clicks;
* **a ticking clock** louder than before (6 dB under), **keyboard typing** in bursts over voices and pauses
  (:func:`aside4_cases.typing`, keys 6-10 dB under);
* **a vacuum cleaner** switched on inside a line and off 15-25 s later, 4 dB under (louder than any case before);
* **voices**: the telephone prompts' real voice (the dev prompts, other seeds), espeak-ng ``+Gene``/``+Denis``
  (variants heard once before, here under rain) and flite ``rms``/``slt``.

Made with aside10_cases' sounds and spoilers (the room first, then the noises; a codec last).  Truth: the real
prompts' voice spans where their files went; the synthesized lines exact on the dry speech.  Two (:data:`LATER`)
were kept out of every run until j73's rule was final, then run once (benchmarks/README.md); all eight are
development since.

    .venv/bin/python benchmarks/cases.py rd38_real_rain_dense12 ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/impulsive_noise_cases.py --check      # make every rd38_* case and check its truth
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import unseen_cases as uc
from aside_common import generated_talk, ready_spec
from check_command import check_main
from synth_cases import Made, Voice

E, F = "espeak", "flite"


@dataclass
class Spec(a10.Spec):
    """An aside10_cases.Spec with the rain's density and keyboard typing."""

    rain_per_second: float = 180.0  #: droplets a second (aside10_cases.rain's default: 180)
    typing_bursts: int = 0  #: bursts of keyboard typing over voices and pauses (0: none)
    typing_db: float = 8.0  #: the keys this many dB under the speech


def add_rain(made: Made, seed: int, under_db: float, per_second: float) -> Made:
    """Rain of ``per_second`` droplets a second, ``under_db`` under the speech, over the whole talk."""
    y = made.samples + a10.rain(len(made.samples), seed, per_second) * a10._level(made, under_db)
    note = f"rain on a roof ({per_second:g} droplets a second over a soft bed) {under_db:g} dB under the speech"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def add_typing(made: Made, seed: int, bursts: int, under_db: float) -> Made:
    """``bursts`` runs of keyboard typing (aside4_cases.typing), each key ``under_db`` under the speech."""
    keys, count = a4.typing(len(made.samples), np.random.default_rng(seed), bursts)
    y = made.samples + keys * a10._level(made, under_db)
    note = f"keyboard typing: {bursts} bursts, {count} keys {under_db:g} dB under the speech, over voices and pauses"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def spoil(made: Made, spec: Spec) -> Made:
    """The rain at its density and the typing, then aside10_cases.spoil's (the clock, the vacuum cleaner, the room)."""
    if spec.rain_db:
        made = add_rain(made, spec.seed + 62, spec.rain_db, spec.rain_per_second)
    if spec.typing_bursts:
        made = add_typing(made, spec.seed + 65, spec.typing_bursts, spec.typing_db)
    return a10.spoil(made, replace(spec, rain_db=0.0))


def catalogue() -> dict[str, Spec]:
    d = "dev"
    R = uc.RealTalk
    q = a10.QUIET_DB
    return {
        "rd38_real_rain_dense12": Spec(d, "real", real=R(38101, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                       room=("pink", 34), seed=38201, rain_db=12, rain_per_second=450),
        "rd38_real_rain_sparse8": Spec(d, "real", real=R(38102, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                       room=("pink", 34), seed=38202, rain_db=8, rain_per_second=60),
        "rd38_real_rain16_page": Spec(d, "real", "page", real=R(38103, 16, wideband=True, snr_db=q,
                                                                gap=(0.3, 1.3)),
                                      room=("murmur", 32), seed=38203, rain_db=16),
        "rd38_real_clock6_typing": Spec(d, "real", real=R(38104, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                        room=("pink", 34), seed=38204, clock_db=6, typing_bursts=5, typing_db=8),
        "rd38_real_vacuum4_mulaw": Spec(d, "real", real=R(38105, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                        room=("pink", 32), seed=38205, vacuum_db=4, codec="mulaw"),
        "rd38_espeak_rain10": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Gene", 1.0), Voice(E, "en-gb+Denis", 1.05)], 38301, 38401, 12,
                           pause=(0.3, 1.1), turn=3)], room=("pink", 32), seed=38206, rain_db=10, rain_per_second=300),
        "rd38_flite_vacuum8_rain": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "rms", 1.0), Voice(F, "slt", 1.0)], 38302, 38402, 12,
                           pause=(0.3, 1.1), turn=3)], room=("pink", 32), seed=38207, vacuum_db=8, rain_db=14),
        "rd38_real_typing6_rain": Spec(d, "real", real=R(38106, 16, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                       room=("fan", 30), seed=38208, typing_bursts=6, typing_db=6, rain_db=14,
                                       rain_per_second=120),
    }


#: Kept out of every run until j73's rule was final, then run once.
LATER = ["rd38_real_rain_sparse8", "rd38_flite_vacuum8_rain"]

NAMES = ["rd38_real_rain_dense12", "rd38_real_rain_sparse8", "rd38_real_rain16_page", "rd38_real_clock6_typing",
         "rd38_real_vacuum4_mulaw", "rd38_espeak_rain10", "rd38_flite_vacuum8_rain", "rd38_real_typing6_rain"]


def names(which: str = "all") -> list[str]:
    """The rd38_* names ("seen": all but LATER, "later", or "all"), without building the catalogue."""
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER] if which == "seen" else list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None (as for aside10_cases)."""
    spec = catalogue()[name]
    need = [m for m in [a10.a6.missing_for(spec), a10.voices_need(spec.recordings)] if m]
    return "; ".join(need) if need else None


def make(name: str) -> uc.Built:
    """The talk under its noises (aside10_cases.make's steps, with this module's :func:`spoil`)."""
    spec = ready_spec(catalogue, missing_packages, name)
    made = a10.a4.headroom(spoil(a10._placed(spec), spec))
    encoded = None
    if spec.codec:
        made, encoded = a10.a9.store_codec(made, spec.codec, a10.CODECS)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    return a10.transcript(built, spec, name)


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd38_*", names)


if __name__ == "__main__":
    main()
