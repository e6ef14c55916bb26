"""Real takes, dry, in synthetic rooms: line ends against the dry voice (``rd28_*``, issue 7 and 9, j61).

The Fish Fillets talks (``kx_*``, ``rd25_*``) showed that a room's reverberant tail after each line moves ours off the
voice's end: the same actors end 97.9 % within 100 ms with each take's tail gated off and 41.7 % with it in
(benchmarks/README, "Ends of real takes with their room in them").  But there the "voice's end" is itself a gate
(20 dB under the take's loudest, ``dry_ends.dry_truth``) on a studio room that is baked into the take: a rule tuned
there learns that gate.  This makes talks whose truth is exact on the *dry* voice and whose room is known and varied:

* the takes dry: asterisk's telephone prompts (English, French, Spanish, Italian; gated to digital silence by their
  makers) and Fish Fillets NG's Dutch and Czech actors gated at the voice (``fillets_gated_languages``' reader, runs of
  recordings no other talk uses);
* placed as every real-prompt talk (``unseen_cases.place_prompts``, truth = each dry take's voice span where it went),
  then convolved with a room of this module (:func:`room_impulse`): RT60 0.4-1.5 s, the direct sound 2-10 dB over
  the reverberation, the highs dying sooner than the lows (as in every real room: the air and the walls absorb them),
  a build-up and early reflections, every room from its own seed; then a room noise.

English talks are run by ``run.py`` (dev); the language talks by ``bench_languages.py --set dev28``.  Two talks
(:data:`LATER`, one English, one language) are built but kept out of every run until j61's rule is final.

    .venv/bin/python benchmarks/cases.py rd28_real_room_small ...     # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/room_tail_cases.py --check            # make every rd28_* talk and check its truth
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

import synth_cases as sc
import unseen_cases as uc
from synth_cases import RATE, Made

#: Version of this generator's output.
VERSION = 1
#: Bands (Hz) of the room's tail and each band's RT60 against the nominal one: lows ring longer, highs die sooner.
BANDS = ((0.0, 500.0, 1.2), (500.0, 2000.0, 1.0), (2000.0, 8000.0, 0.65))


@dataclass
class RoomTalk:
    lang: str  #: "en", "fr", "es", "it" (asterisk prompts) or "nl", "cs" (Fish Fillets actors)
    seed: int
    rt60: float
    drr_db: float  #: the direct sound's energy over the reverberation's
    prompts: int = 12
    gap: tuple[float, float] = (0.4, 1.5)  #: between one dry voice's end and the next one's start
    wideband: bool = False  #: asterisk's G.722 take instead of the 8 kHz WAV
    noise: str = "pink"
    snr_db: float = 34.0
    run: int = 0  #: Fish Fillets: which run of fresh recordings (after every run aside7_languages uses)

    @property
    def kind(self) -> str:
        return "reverb6"


def catalogue() -> dict[str, RoomTalk]:
    R = RoomTalk
    return {
        # ---- English (run.py)
        "rd28_real_room_small": R("en", 28101, rt60=0.45, drr_db=8.0, wideband=True),
        "rd28_real_room_mid": R("en", 28102, rt60=0.8, drr_db=5.0, snr_db=32),
        "rd28_real_room_large": R("en", 28103, rt60=1.2, drr_db=4.0, wideband=True, gap=(0.6, 1.6)),
        "rd28_real_room_far": R("en", 28104, rt60=1.0, drr_db=2.0, wideband=True, noise="murmur", snr_db=30),
        "rd28_real_room_tight": R("en", 28105, rt60=0.6, drr_db=6.0, gap=(0.2, 0.6)),
        # ---- languages (bench_languages --set dev28)
        "rd28_fr_room_mid": R("fr", 28201, rt60=0.7, drr_db=6.0),
        "rd28_es_room_large": R("es", 28202, rt60=1.3, drr_db=4.0, gap=(0.6, 1.6)),
        "rd28_it_room_small": R("it", 28203, rt60=0.4, drr_db=9.0, snr_db=30),
        "rd28_nl_fillets_room": R("nl", 28204, rt60=0.9, drr_db=5.0, gap=(0.4, 1.4)),
        "rd28_cs_fillets_room": R("cs", 28205, rt60=1.1, drr_db=3.0, gap=(0.5, 1.5)),
        "rd28_fr_room_far": R("fr", 28206, rt60=1.5, drr_db=2.5, gap=(0.6, 1.6), noise="murmur", snr_db=30),
    }


#: Built, but kept out of every run until j61's rule is final.
LATER = ["rd28_real_room_far", "rd28_fr_room_far"]
NAMES = list(catalogue())


def names(which: str = "english") -> list[str]:
    """``english``: run.py's dev talks; ``dev``: bench_languages' --set dev28 talks; ``later``: the two kept out."""
    spec = catalogue()
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER and (spec[n].lang == "en") == (which == "english")]


def missing_packages(name: str) -> Optional[str]:
    t = catalogue()[name]
    if t.lang in ("nl", "cs"):
        import aside7_languages as a7l

        return None if a7l.available(t.lang) else a7l.setup(t.lang)
    if t.lang == "en":
        import fresh_cases as fc

        return None if uc.real_available() else "apt-get install " + fc.REAL_PACKAGES
    import unseen_languages as ul

    return None if (ul.SOUNDS / ul.SPEAKERS[t.lang]).is_dir() else "apt-get install " + ul.PACKAGES[t.lang]


# ------------------------------------------------------------------ the room
def room_impulse(rt60: float, drr_db: float, rng: np.random.Generator,
                 bands: tuple[tuple[float, float, float], ...] = BANDS) -> np.ndarray:
    """A room's impulse response: the direct sound (sample 0), early reflections, then a diffuse tail that builds up
    over ~15 ms and decays exponentially, each band of ``bands`` (:data:`BANDS` unless given: another room's colour,
    room_tail_more_cases.py) at its own rate (RT60 x its factor); the tail's energy is ``drr_db`` under the direct
    sound's."""
    n = int(1.3 * rt60 * max(f for *_, f in bands) * RATE)
    t = np.arange(n) / RATE
    noise = np.fft.rfft(rng.normal(size=n))
    freqs = np.fft.rfftfreq(n, 1 / RATE)
    tail = np.zeros(n)
    for lo, hi, factor in bands:
        part = np.where((freqs >= lo) & (freqs < hi), noise, 0)
        tail += np.fft.irfft(part, n) * np.exp(-6.9 * t / (rt60 * factor))
    tail *= 1.0 - np.exp(-t / 0.015)
    tail[: int(0.004 * RATE)] = 0.0
    energy = np.sqrt(np.sum(tail ** 2))
    for _ in range(5):  # early reflections: a few walls 4-30 ms away
        at = int(rng.uniform(0.004, 0.03) * RATE)
        tail[at] += rng.choice((-1.0, 1.0)) * rng.uniform(0.2, 0.5) * energy / 6
    h = tail / np.sqrt(np.sum(tail ** 2)) * 10 ** (-drr_db / 20)
    h[0] = 1.0
    return h.astype(np.float32)


# ------------------------------------------------------------------ the talks
def _dry(name: str, t: RoomTalk) -> Made:
    """The dry talk (no room, no noise): the takes placed by unseen_cases.place_prompts, truth on their voice."""
    quiet = uc.RealTalk(t.seed, t.prompts, gap=t.gap, wideband=t.wideband, snr_db=300.0)
    if t.lang == "en":
        return uc.place_prompts(quiet, uc.dev_prompts(), uc.english_reader)
    if t.lang in ("nl", "cs"):
        import aside7_languages as a7l
        import fillets_gated_languages as fg

        run = t.run + 4  # the dev twins (rd21_*, rd25_*) take runs 0-3 after the aside runs
        return uc.place_prompts(quiet, a7l.pool(t.lang, "dev", run),
                                a7l.reader(t.lang, fg.END_GATE_DB, drop_infrasound=True))
    import unseen_languages as ul

    return uc.place_prompts(quiet, ul.prompts(t.lang, "dev"), ul.reader(t.lang))


def make(name: str) -> uc.Built:
    t = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    dry = _dry(name, t)
    rng = np.random.default_rng(t.seed + 28)
    room = room_impulse(t.rt60, t.drr_db, rng)
    x = np.concatenate([dry.samples, np.zeros(len(room), np.float32)])  # the last line's tail dies out in the talk
    wet = sc.convolve(x, room)
    speech = sc._rms(np.concatenate([wet[int(s["start"] * RATE):int(s["end"] * RATE)] for s in dry.segments]))
    wet = wet + sc.background(len(wet), t.noise, rng) * speech * 10 ** (-t.snr_db / 20)
    source = {"en": "real English prompts (asterisk)", "nl": "Fish Fillets NG's Dutch actors, gated at the voice",
              "cs": "Fish Fillets NG's Czech actors, gated at the voice"}.get(t.lang, f"real {t.lang} prompts (asterisk)")
    notes = [f"{t.prompts} {source}, {t.gap[0]:g}-{t.gap[1]:g} s between voices; truth = each dry take's voice span "
             f"where it went (unseen_cases.voice_span)",
             f"a room (room_tail_cases v{VERSION}): RT60 {t.rt60:g} s (lows x1.2, highs over 2 kHz x0.65), the direct "
             f"sound {t.drr_db:g} dB over the reverberation; {t.noise} room noise at {t.snr_db:g} dB SNR; truth on the "
             "dry voice"]
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
            print(f"{name:<26} {catalogue()[name].lang} {len(segs)} lines, "
                  f"{segs[0]['start']:.2f}-{segs[-1]['end']:.2f} s")


if __name__ == "__main__":
    main()
