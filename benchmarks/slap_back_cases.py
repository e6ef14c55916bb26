"""Line ends in a room with a slap-back echo: one or two discrete reflections 40-150 ms after the voice (``rd37_*``,
issue 7, sixteenth round, j72).

The tenth aside set's "small tiled room" (aside10_cases.tiled_room: RT60 0.35 s, one reflection 70-110 ms late)
ended lines late by about the reflection's delay (``mx_espeak_tiled_substituted`` +94 ms, ``mx_real_tiled_mismatch``
+61 ms signed median); its one dev twin (``rd31_espeak_tiled_dashes_mulaw``) is one room, one delay, espeak-ng's
voices.  A rule for such rooms must hold for other delays, other levels, two reflections, other rooms' tails and
other voices, so these talks differ in all of them:

* **voices**: real takes (asterisk's English prompts, its French and Spanish prompts), festival's English voices,
  espeak-ng in English and German, flite;
* **rooms**: :func:`room_tail_cases.room_impulse` (RT60 0.25-0.8 s, the direct sound 6-12 dB over the diffuse tail)
  with one or two discrete reflections (:func:`slap_back_room`) 40-150 ms late, 3-9 dB under the voice, each a
  little duller than the direct sound (a wall absorbs some highs);
* every room and talk from its own seed (37xxx), then a room noise.

Truth is on the dry voice (a careful listener hears the echo as the room): the takes' voice spans where they went,
the synthesized talks' segment bounds on the dry speech.  English talks are run by ``run.py`` (dev); the language
talks by ``bench_languages.py --set dev37``.  Two (:data:`LATER`) are built but kept out of every run until j72's
rule is final.

    .venv/bin/python benchmarks/slap_back_cases.py --check            # make every rd37_* talk and check its truth
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

import room_tail_cases as rtc
import synth_cases as sc
import unseen_cases as uc
from synth_cases import RATE, Made, Voice

#: Version of this generator's output.
VERSION = 1
E, F, FEST = "espeak", "flite", "festival"


@dataclass
class SlapTalk:
    lang: str  #: "en", or a language of asterisk's prompts ("fr", "es") or of espeak-ng ("de")
    seed: int
    rt60: float
    drr_db: float  #: the direct sound's energy over the diffuse reverberation's
    reflections: tuple[tuple[float, float], ...]  #: (delay s, dB under the direct sound) of each discrete reflection
    voices: tuple[tuple[str, str, float], ...] = ()  #: synthesized (engine, voice, speed); () = real takes
    lines: int = 12
    gap: tuple[float, float] = (0.4, 1.4)  #: between one dry voice's end and the next one's start
    wideband: bool = False  #: asterisk's English G.722 take instead of the 8 kHz WAV
    noise: str = "pink"
    snr_db: float = 34.0

    @property
    def kind(self) -> str:
        """bench_languages' label for the talk's kind."""
        return "slapback"


def catalogue() -> dict[str, SlapTalk]:
    S = SlapTalk
    return {
        # ---- English (run.py)
        "rd37_real_slap_small": S("en", 37101, 0.35, 9.0, ((0.085, 5.0),), wideband=True),
        "rd37_real_slap_two": S("en", 37102, 0.5, 8.0, ((0.055, 4.0), (0.13, 8.0)), gap=(0.5, 1.5), snr_db=32),
        "rd37_fest_slap_mid": S("en", 37103, 0.6, 7.0, ((0.105, 6.0),), voices=((FEST, "kal", 1.0),
                                                                               (FEST, "slt_hts", 0.95))),
        "rd37_espeak_slap_near": S("en", 37104, 0.3, 10.0, ((0.045, 3.5),), voices=((E, "en-us+Paul", 1.0),
                                                                                   (E, "en+Belinda", 0.9)),
                                   noise="hum", snr_db=32),
        "rd37_flite_slap_far": S("en", 37105, 0.4, 9.0, ((0.145, 7.0),), voices=((F, "awb", 0.95), (F, "slt", 1.05))),
        "rd37_fest_slap_two": S("en", 37106, 0.8, 6.0, ((0.07, 5.0), (0.12, 9.0)), voices=((FEST, "ked", 1.05),),
                                gap=(0.3, 1.1), noise="murmur", snr_db=32),
        # ---- languages (bench_languages --set dev37)
        "rd37_fr_slap_small": S("fr", 37201, 0.4, 9.0, ((0.09, 5.0),)),
        "rd37_de_espeak_slap": S("de", 37202, 0.3, 10.0, ((0.075, 4.0),), voices=((E, "de+Boris", 0.85),
                                                                                 (E, "de+Linda", 0.9))),
        "rd37_es_slap_two": S("es", 37203, 0.5, 8.0, ((0.06, 4.5), (0.14, 8.0)), gap=(0.5, 1.5)),
        # ---- kept out of every run until j72's rule is final
        "rd37_real_slap_far": S("en", 37107, 0.7, 6.0, ((0.12, 6.0),), wideband=True, noise="murmur", snr_db=30),
        "rd37_espeak_slap_two": S("en", 37108, 0.45, 8.0, ((0.065, 4.0), (0.11, 7.0)),
                                  voices=((E, "en-gb+Quincy", 0.9), (E, "en-us+Benjamin", 1.0))),
    }


#: Built, but kept out of every run until j72's rule is final.
LATER = ["rd37_real_slap_far", "rd37_espeak_slap_two"]
NAMES = list(catalogue())


def names(which: str = "english") -> list[str]:
    """``english``: run.py's dev talks; ``dev``: bench_languages' --set dev37 talks; ``later``: the two kept out."""
    spec = catalogue()
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER and (spec[n].lang == "en") == (which == "english")]


def missing_packages(name: str) -> Optional[str]:
    import fresh_cases as fc
    from aside_common import voices_need

    t = catalogue()[name]
    if t.voices:
        return voices_need([sc.Recording(1, [Voice(e, v, s) for e, v, s in t.voices], 0, 0)])
    if t.lang == "en":
        return None if uc.real_available() else "apt-get install " + fc.REAL_PACKAGES
    import unseen_languages as ul

    return None if (ul.SOUNDS / ul.SPEAKERS[t.lang]).is_dir() else "apt-get install " + ul.PACKAGES[t.lang]


# ------------------------------------------------------------------ the room
def slap_back_room(rt60: float, drr_db: float, reflections: tuple[tuple[float, float], ...],
                   rng: np.random.Generator) -> np.ndarray:
    """A small room's impulse response (:func:`room_tail_cases.room_impulse`) with discrete reflections: at each
    (delay, dB under) the direct sound again, through a 3-tap low-pass whose highs fall 2-7 dB at 4 kHz (tiles and
    plaster reflect the highs a little less than the lows), of either sign."""
    h = rtc.room_impulse(rt60, drr_db, rng)
    for delay, under_db in reflections:
        i = int(round(delay * RATE))
        if len(h) < i + 2:
            h = np.concatenate([h, np.zeros(i + 2 - len(h), np.float32)])
        side = rng.uniform(0.1, 0.25)
        h[i - 1:i + 2] += np.array([side, 1 - 2 * side, side], np.float32) * 10 ** (-under_db / 20)
    return h


# ------------------------------------------------------------------ the talks
def _dry(t: SlapTalk) -> Made:
    """The dry talk (no room, no noise) and its truth on the voice."""
    if t.voices:
        voices = [Voice(e, v, s) for e, v, s in t.voices]
        if t.lang == "de":
            import aside10_languages as a10l

            texts = a10l.said("de", "dev")[:t.lines]
        elif any(e == FEST for e, *_ in t.voices):
            import fresh_cases as fc

            texts = fc.fest_texts("dev", t.lines, t.seed)
        else:
            from talk_text import generated_sentences

            texts = generated_sentences(t.lines, seed=t.seed + 1)
        return sc.make_recording(sc.Recording(sentences=len(texts), voices=voices, seed=t.seed, text_seed=0,
                                              texts=texts, pause=t.gap, turn=2))
    quiet = uc.RealTalk(t.seed, t.lines, gap=t.gap, wideband=t.wideband, snr_db=300.0)
    if t.lang == "en":
        return uc.place_prompts(quiet, uc.dev_prompts(), uc.english_reader)
    import unseen_languages as ul

    return uc.place_prompts(quiet, ul.prompts(t.lang, "dev"), ul.reader(t.lang))


def make(name: str) -> uc.Built:
    t = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    dry = _dry(t)
    rng = np.random.default_rng(t.seed + 37)
    room = slap_back_room(t.rt60, t.drr_db, t.reflections, rng)
    x = np.concatenate([dry.samples, np.zeros(len(room), np.float32)])  # the last line's tail dies out in the talk
    wet = sc.convolve(x, room)
    speech = sc._rms(np.concatenate([wet[int(s["start"] * RATE):int(s["end"] * RATE)] for s in dry.segments]))
    wet = wet + sc.background(len(wet), t.noise, rng) * speech * 10 ** (-t.snr_db / 20)
    peak = float(np.max(np.abs(wet)))
    if peak > 0.99:  # never clip: the whole talk turned down
        wet = wet * (0.99 / peak)
    source = (", ".join(f"{e} {v}@{s:g}" for e, v, s in t.voices) if t.voices
              else f"real {'English' if t.lang == 'en' else t.lang} prompts (asterisk)")
    slaps = " and ".join(f"{1000 * d:.0f} ms, {u:g} dB under" for d, u in t.reflections)
    notes = [f"{t.lines} lines, {source}, {t.gap[0]:g}-{t.gap[1]:g} s between voices; truth on the dry voice",
             f"a room with a slap-back (slap_back_cases v{VERSION}): RT60 {t.rt60:g} s, the direct sound "
             f"{t.drr_db:g} dB over the diffuse tail, discrete reflections at {slaps}; {t.noise} room noise at "
             f"{t.snr_db:g} dB SNR"]
    return uc.Built(Made(wet.astype(np.float32), dry.segments, notes, dry.words), notes=notes)


def main() -> None:
    import argparse
    import json

    import cases

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="make every talk and print its truth's extent")
    ap.add_argument("names", nargs="*", help="only these talks")
    a = ap.parse_args()
    if a.check:
        for name in a.names or NAMES:
            d = cases.CASES_DIR / name
            if not cases._is_current(d):
                cases.write_case(cases._make(name), d)
            segs = json.loads((d / "truth.json").read_text(encoding="utf-8"))["segments"]
            print(f"{name:<26} {catalogue()[name].lang} {len(segs)} lines, "
                  f"{segs[0]['start']:.2f}-{segs[-1]['end']:.2f} s")


if __name__ == "__main__":
    main()
