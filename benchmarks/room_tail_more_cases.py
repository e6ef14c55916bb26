"""More line ends in a room: other voices, other rooms, other seeds (``rd32_*``, issue 7, fifteenth round, j65).

``rd28_*`` (room_tail_cases.py) put one real English speaker (asterisk's prompts) in five rooms whose bands all
decay at the same ratios (lows x1.2, highs x0.65).  A rule for a line's end in a room tuned there could learn that
one speaker's last sounds or that one room's colour.  This makes English talks that differ in both:

* **other voices**: festival's three English voices (``festvox-kallpc16k``, ``festvox-kdlpc16k``,
  ``festvox-us-slt-hts``) at several speeds, sentence by sentence (truth exact on the dry, trimmed sentence), beside
  three more talks of the asterisk speaker on prompts in other seeded orders;
* **other rooms**: RT60 0.5-1.6 s, the direct sound 1.5-7 dB over the reverberation, and rooms of other colours
  (:data:`COLOURS`): a "bright" one whose highs ring almost as long as its mids, a "dark" one whose lows ring far
  longer -- :func:`room_tail_cases.room_impulse` with its bands' factors given;
* every room and talk from its own seed (32xxx), then a room noise.

Two talks (:data:`LATER`) are built but kept out of every run until j65's rule is final.

    .venv/bin/python benchmarks/cases.py rd32_fest_room_mid ...        # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/room_tail_more_cases.py --check        # make every rd32_* talk and check its truth
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

import room_tail_cases as rtc
import synth_cases as sc
import unseen_cases as uc
from synth_cases import RATE, Made

#: Version of this generator's output.
VERSION = 1
#: A room's colour: each band (Hz) and its RT60 against the nominal one.  ``usual`` is rd28's.
COLOURS = {
    "usual": rtc.BANDS,
    "bright": ((0.0, 500.0, 1.1), (500.0, 2000.0, 1.0), (2000.0, 8000.0, 0.9)),
    "dark": ((0.0, 500.0, 1.5), (500.0, 2000.0, 1.0), (2000.0, 8000.0, 0.5)),
}


@dataclass
class RoomTalk:
    seed: int
    rt60: float
    drr_db: float  #: the direct sound's energy over the reverberation's
    colour: str = "usual"
    voices: tuple[tuple[str, float], ...] = ()  #: festival voices (name, speed); () = the asterisk speaker
    lines: int = 12
    gap: tuple[float, float] = (0.4, 1.5)  #: between one dry voice's end and the next one's start
    wideband: bool = False  #: the asterisk speaker: G.722 instead of the 8 kHz WAV
    noise: str = "pink"
    snr_db: float = 34.0


def catalogue() -> dict[str, RoomTalk]:
    R = RoomTalk
    return {
        "rd32_fest_room_mid": R(32101, rt60=0.9, drr_db=4.0, voices=(("kal", 1.0), ("slt_hts", 0.95))),
        "rd32_fest_room_large": R(32102, rt60=1.4, drr_db=3.0, voices=(("ked", 1.05), ("slt_hts", 1.1)),
                                  gap=(0.6, 1.6)),
        "rd32_fest_room_bright": R(32103, rt60=0.7, drr_db=5.0, colour="bright", voices=(("slt_hts", 1.0),),
                                   noise="hum", snr_db=32),
        "rd32_fest_room_small": R(32104, rt60=0.5, drr_db=7.0, voices=(("kal", 1.15), ("ked", 0.9)),
                                  gap=(0.3, 1.0)),
        "rd32_real_room_dark": R(32105, rt60=1.0, drr_db=3.5, colour="dark", wideband=True),
        "rd32_real_room_hall": R(32106, rt60=1.6, drr_db=2.5, wideband=True, gap=(0.6, 1.6), snr_db=30),
        # kept out of every run until j65's rule is final
        "rd32_fest_room_far": R(32107, rt60=1.2, drr_db=1.5, colour="bright", voices=(("ked", 1.0), ("kal", 0.95)),
                                noise="murmur", snr_db=30),
        "rd32_real_room_dark_tight": R(32108, rt60=0.8, drr_db=4.0, colour="dark", gap=(0.2, 0.6)),
    }


#: Built, but kept out of every run until j65's rule is final.
LATER = ["rd32_fest_room_far", "rd32_real_room_dark_tight"]
NAMES = list(catalogue())


def names(which: str = "seen") -> list[str]:
    """``seen``: run.py's dev talks; ``later``: the two kept out; ``all``."""
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER] if which == "seen" else list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    import fresh_cases as fc

    t = catalogue()[name]
    if t.voices:
        import festival_voices

        return None if festival_voices.available() else "apt-get install " + fc.FESTIVAL_PACKAGES
    return None if uc.real_available() else "apt-get install " + fc.REAL_PACKAGES


def _dry(t: RoomTalk) -> Made:
    """The dry talk (no room, no noise) and its truth on the voice."""
    if not t.voices:
        quiet = uc.RealTalk(t.seed, t.lines, gap=t.gap, wideband=t.wideband, snr_db=300.0)
        return uc.place_prompts(quiet, uc.dev_prompts(), uc.english_reader)
    import fresh_cases as fc

    voices = [sc.Voice(fc.FEST, name, speed) for name, speed in t.voices]
    return sc.make_recording(sc.Recording(sentences=t.lines, voices=voices, seed=t.seed, text_seed=0,
                                          texts=fc.fest_texts("dev", t.lines, t.seed), pause=t.gap, turn=2))


def make(name: str) -> uc.Built:
    t = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    dry = _dry(t)
    rng = np.random.default_rng(t.seed + 32)
    room = rtc.room_impulse(t.rt60, t.drr_db, rng, bands=COLOURS[t.colour])
    x = np.concatenate([dry.samples, np.zeros(len(room), np.float32)])  # the last line's tail dies out in the talk
    wet = sc.convolve(x, room)
    speech = sc._rms(np.concatenate([wet[int(s["start"] * RATE):int(s["end"] * RATE)] for s in dry.segments]))
    wet = wet + sc.background(len(wet), t.noise, rng) * speech * 10 ** (-t.snr_db / 20)
    source = (("festival voices " + ", ".join(f"{n}@{s:g}" for n, s in t.voices)) if t.voices
              else "real English prompts (asterisk)")
    bands = ", ".join(f"{lo:g}-{hi:g} Hz x{f:g}" for lo, hi, f in COLOURS[t.colour])
    notes = [f"{t.lines} lines, {source}, {t.gap[0]:g}-{t.gap[1]:g} s between voices; truth on the dry voice",
             f"a room (room_tail_more_cases v{VERSION}, {t.colour}): RT60 {t.rt60:g} s ({bands}), the direct sound "
             f"{t.drr_db:g} dB over the reverberation; {t.noise} room noise at {t.snr_db:g} dB SNR"]
    return uc.Built(Made(wet.astype(np.float32), dry.segments, notes, dry.words), notes=notes)


def main() -> None:
    import argparse
    import json

    import cases

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="make every talk and print its truth's extent")
    a = ap.parse_args()
    if a.check:
        for name in NAMES:
            d = cases.CASES_DIR / name
            if not cases._is_current(d):
                cases.write_case(cases._make(name), d)
            segs = json.loads((d / "truth.json").read_text(encoding="utf-8"))["segments"]
            print(f"{name:<28} {len(segs)} lines, {segs[0]['start']:.2f}-{segs[-1]['end']:.2f} s")


if __name__ == "__main__":
    main()
