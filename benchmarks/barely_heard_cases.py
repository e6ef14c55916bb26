"""English lines Whisper barely hears under something loud over them (``rd27_*``, issue 7, j60).

The one far-off shape of the eighth aside set (``yx_espeak_rings_stamps``, six boundaries 3-13 s off): two lines
Whisper heard nothing of were squeezed after the last heard word, pinned there by a few words the fine alignment
paired by spelling alone.  That talk's two lines were lost to a voice tiny.en hears badly; this set makes lines
barely heard in other ways, in other voices and at other places in the talk, so that a rule for that talk is not a
rule for it alone.  Over one or two consecutive lines (the rest of the talk is heard well) lies:

* **a siren** wailing (a fundamental sweeping 650-1350 Hz and back every 3-5 s, with its 2nd and 3rd harmonics),
  12 dB over the speech (the talk's speech RMS);
* **a loud tone** (a 1 kHz test tone with a little 2nd harmonic: a beep left on), 10-12 dB over;
* **a telephone ringing** (aside7_cases.ring), 10 dB over while it sounds (yx_*'s rang 6 dB under);
* **a music bed** turned up 10 dB over the lines (Tux Math's dev track, aside6_cases.TRACKS["dev"]);
* **a mumbled line**: the lines said 32-34 dB under the rest (the speaker turned away), the room unchanged.

The first build laid each 0-6 dB over (the mumble 24 dB under): tiny.en heard every covered line well enough
(the six seen talks 85/90/92 % within 50/100/200 ms over 136 boundaries; j60's rule fired on none), so every level
was raised once, by 7-10 dB, before the second build was run -- not tuned to what the rule then did.

Each sound starts 0.3 s before the first covered line and stops 0.3 s after the last (20 ms ramps); the truth is
the dry speech's, exact (synthesized lines), so nothing moves it.  Voices: espeak-ng variants the yx_* talk did not
use, flite, festival; the covered lines at a talk's start, middle and end.  Two (:data:`LATER`) were built and kept
out of every run until j60's rule was final, then run once.

    .venv/bin/python benchmarks/cases.py rd27_espeak_siren_middle ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/barely_heard_cases.py --check           # make every rd27_* case and check its truth
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np

import aside4_cases as a4
import aside6_cases as a6
import aside7_cases as a7
import aside8_cases as a8
import unseen_cases as uc
from aside_common import generated_talk, ready_spec, voices_need
from check_command import check_main
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
#: Seconds the sound reaches before the first covered line and after the last, and its ramps.
MARGIN, RAMP = 0.3, 0.02


@dataclass
class Over:
    """Something over lines ``lines`` (consecutive indices): ``kind`` "siren", "tone", "ring", "music" or
    "mumble", ``db`` its level against the speech (for "mumble": how far the lines are turned down)."""

    kind: str
    lines: tuple[int, ...]
    db: float


@dataclass
class Spec(a8.Spec):
    over: list[Over] = field(default_factory=list)


def siren(n: int, rng: np.random.Generator) -> np.ndarray:
    """A wailing siren: 650-1350 Hz and back every 3-5 s (a raised cosine sweep), 2nd and 3rd harmonics at -6 and
    -12 dB; unit RMS."""
    period = float(rng.uniform(3.0, 5.0))
    t = np.arange(n) / RATE
    f = 1000.0 - 350.0 * np.cos(2 * np.pi * t / period + rng.uniform(0, 2 * np.pi))
    phase = 2 * np.pi * np.cumsum(f) / RATE
    x = np.sin(phase) + 0.5 * np.sin(2 * phase) + 0.25 * np.sin(3 * phase)
    return a6.unit(x)


def tone(n: int) -> np.ndarray:
    """A 1 kHz test tone with its 2nd harmonic 20 dB under; unit RMS."""
    t = np.arange(n) / RATE
    return a6.unit(np.sin(2 * np.pi * 1000 * t) + 0.1 * np.sin(2 * np.pi * 2000 * t))


def covered_span(made: Made, lines: tuple[int, ...]) -> tuple[int, int]:
    """Samples from MARGIN s before the first of ``lines`` to MARGIN s after the last."""
    segs = made.segments
    a = max(0, int((segs[lines[0]]["start"] - MARGIN) * RATE))
    b = min(len(made.samples), int((segs[lines[-1]]["end"] + MARGIN) * RATE))
    return a, b


def _ramped(x: np.ndarray) -> np.ndarray:
    r = min(int(RAMP * RATE), len(x) // 2)
    g = np.ones(len(x), np.float32)
    g[:r] = np.linspace(0, 1, r)
    g[len(x) - r:] = np.linspace(1, 0, r)
    return (x * g).astype(np.float32)


def lay_over(made: Made, over: Over, seed: int) -> Made:
    """``over`` laid over (or, a mumble, applied to) its lines; the truth unchanged."""
    a, b = covered_span(made, over.lines)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 10 ** (over.db / 20)
    rng = np.random.default_rng(seed)
    if over.kind == "mumble":
        g = np.ones(b - a, np.float32) - _ramped(np.ones(b - a, np.float32)) * (1 - 10 ** (-over.db / 20))
        y[a:b] *= g
        what = f"lines {list(over.lines)} said {over.db:g} dB under the rest (turned away, mumbled)"
    else:
        if over.kind == "siren":
            x = siren(b - a, rng)
        elif over.kind == "tone":
            x = tone(b - a)
        elif over.kind == "ring":  # unit RMS while it sounds
            x = np.resize(a7.ring(cycles=4), b - a)
        elif over.kind == "music":
            x = a6.music(b - a, seed, a6.TRACKS["dev"][0])
        else:
            raise ValueError(over.kind)
        y[a:b] += _ramped(x) * level
        what = f"{over.kind} over lines {list(over.lines)}, {over.db:+g} dB against the speech"
    return Made(y.astype(np.float32), made.segments, made.notes + [what], made.words)


def catalogue() -> dict[str, Spec]:
    d = "dev"
    return {
        "rd27_espeak_siren_middle": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Andy", 1.0), Voice(E, "en-gb-scotland+Jacky", 1.0)], 27101, 27201, 12,
                           pause=(0.3, 1.1), turn=3)],
            room=("pink", 32), seed=27301, over=[Over("siren", (4, 5), 12.0)]),
        "rd27_flite_tone_start": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "awb", 1.0), Voice(F, "slt", 1.05)], 27102, 27202, 10, pause=(0.3, 1.0),
                           turn=2)],
            room=("pink", 30), seed=27302, over=[Over("tone", (0, 1), 12.0)]),
        "rd27_espeak_rings_end": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-029+Denis", 1.0), Voice(E, "en-us+f4", 1.05)], 27103, 27203, 12,
                           pause=(0.3, 1.1), turn=3)],
            room=("pink", 32), seed=27303, over=[Over("ring", (10, 11), 10.0)]),
        "rd27_fest_music_middle": Spec(d, "synth", recordings=[
            generated_talk([Voice(FEST, "kal", 1.0), Voice(FEST, "ked", 1.0)], 27104, 27204, 10, pause=(0.3, 1.1),
                           turn=2)],
            room=("pink", 32), seed=27304, over=[Over("music", (4, 5), 10.0)]),
        "rd27_espeak_mumbled": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-gbclan+Lee", 1.0), Voice(E, "en-us+m3", 1.0)], 27105, 27205, 12,
                           pause=(0.3, 1.1), turn=4)],
            room=("pink", 30), seed=27305, over=[Over("mumble", (6, 7), 34.0)]),
        "rd27_flite_siren_two": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "rms", 1.0), Voice(F, "kal16", 1.0)], 27106, 27206, 12, pause=(0.3, 1.1),
                           turn=3)],
            room=("fan", 30), seed=27306, over=[Over("siren", (2,), 12.0), Over("tone", (8, 9), 10.0)]),
        # ---- kept aside until the rule is final (LATER)
        "rd27_fest_mumbled_end": Spec(d, "synth", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 1.0), Voice(FEST, "kal", 1.05)], 27107, 27207, 10,
                           pause=(0.3, 1.1), turn=2)],
            room=("pink", 32), seed=27307, over=[Over("mumble", (8, 9), 32.0)]),
        "rd27_espeak_rings_music": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us-nyc+Gene", 1.0), Voice(E, "en-gb+f3", 1.05)], 27108, 27208, 12,
                           pause=(0.3, 1.1), turn=3)],
            room=("murmur", 30), seed=27308, over=[Over("ring", (3, 4), 10.0), Over("music", (9,), 10.0)]),
    }


#: Built, and kept out of every run until j60's rule was final (then run once).
LATER = ["rd27_fest_mumbled_end", "rd27_espeak_rings_music"]

NAMES = ["rd27_espeak_siren_middle", "rd27_flite_tone_start", "rd27_espeak_rings_end", "rd27_fest_music_middle",
         "rd27_espeak_mumbled", "rd27_flite_siren_two", "rd27_fest_mumbled_end", "rd27_espeak_rings_music"]


def names(which: str = "all") -> list[str]:
    """The rd27_* names ("seen": all but LATER, "later", or "all"), without building the catalogue."""
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER] if which == "seen" else list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    if any(o.kind == "music" for o in spec.over) and not a6.sounds_available():
        return voices_need(spec.recordings) or a6.SOUNDS_SETUP
    return voices_need(spec.recordings)


def covered_talk(spec: Spec, lay: Callable[[Made, Over, int], Made] = lay_over) -> uc.Built:
    """The talk of ``spec``: its voices in place, each of its sounds laid over its lines by ``lay`` (this module's
    :func:`lay_over`, or a later family's that knows more kinds: unheard_english_cases), then the room (aside6_cases'
    spoil, no sample clipping); its segments and notes.  How every talk whose lines are covered is built, so a
    family that adds a cover adds only the cover."""
    made = a8._placed(spec)
    for k, over in enumerate(spec.over):
        made = lay(made, over, spec.seed + 100 + k)
    made = a8.spoil(made, spec)
    return uc.Built(made, notes=list(made.notes))


def make(name: str) -> uc.Built:
    """The talk (its voices in place, the sounds over its lines, then the room), its segments and notes."""
    return covered_talk(ready_spec(catalogue, missing_packages, name))


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd27_*", names)


if __name__ == "__main__":
    main()
