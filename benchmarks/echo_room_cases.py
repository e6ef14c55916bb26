"""A PA's echo at other delays and levels, gain controls that pump otherwise, beds under halls (``rd19_*``, issue 7, j50).

The sixth aside set had one of each: a lecture hall's PA (``zx_real_pa_hall``, ``zx_espeak_short_pa``: the voice
again from loudspeakers 75-110 ms and 185-260 ms late, 3 and 9 dB under it; ends 66-250 ms late), one gain control
(attack 5 ms, release 0.8 s), and the dev set two halls with a bed (``rd6_real_hall_murmur``/``_music``).  This
makes the same kinds otherwise, so that a rule for them is not a rule for those numbers:

* **a PA** (:func:`pa`): one or two loudspeaker copies at delays 45-190 ms, 2-10 dB under the direct voice,
  band-limited to 150 Hz-6 kHz (or 250 Hz-4 kHz, a smaller system), in a hall of RT60 0.8-1.4 s; over real dev
  prompts, over short lines of one to three words no case said (:data:`SHORT_LINES`), and over espeak-ng
  variants no case used (``en-us+Andy``, ``en-gb+Denis``, ``en-us-nyc+Robert``, ``en-gb-scotland+Jacky``);
* **a gain control** that pumps otherwise (aside6_cases.agc_gain with other attack/release/most): fast (2 ms,
  0.3 s, +14 dB) and slow (30 ms, 2.0 s, +20 dB), one under a PA;
* **a hall with a bed** (room_bed_cases.RoomBed): babble under a far hall, hold music under a festival hall.

Truth on the dry voice, as every case: real prompts' voice spans where their files went, synthesized lines exact.
Two (:data:`LATER`) are built and kept aside -- no aligner runs on them -- until j50's rule is final.

    .venv/bin/python benchmarks/cases.py rd19_real_pa_far ...         # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/echo_room_cases.py --check           # make every rd19_* case and check its truth
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Optional, Union

import numpy as np

import aside4_cases as a4
import aside6_cases as a6
import room_bed_cases as rb
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk
from check_command import check_main
from synth_cases import RATE, Made, Recording, Voice

E, FEST = "espeak", "festival"

#: Short lines no case said (aside6_cases.SHORT_LINES are the zx_*/rd17_* ones).
SHORT_LINES = ["Go on.", "Stop there.", "Next one.", "Thanks a lot.", "Almost.", "Just so.", "Sit down.",
               "Not now.", "Good night.", "Hold on.", "Me too.", "Watch this.", "Nearly.", "Listen.", "Pardon?",
               "Well done."]


@dataclass
class PA:
    """Loudspeaker copies of the talker's microphone: (delay range s, dB under the direct voice) each, their band
    (Hz) and the hall they play into."""

    copies: list[tuple[tuple[float, float], float]]
    band: tuple[float, float] = (150.0, 6000.0)
    rt60: float = 1.1


@dataclass
class Echo:
    """One talk: real dev prompts or synthesized lines, a PA, the room, a gain control."""

    seed: int
    real: Optional[uc.RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    pa: Optional[PA] = None
    room: tuple[str, float] = ("pink", 32.0)
    agc: Optional[tuple[float, float, float]] = None  #: attack s, release s, most dB up


def pa(made: Made, p: PA, seed: int) -> Made:
    """``made`` with its PA: each copy the band-limited voice through the hall's impulse, at its delay and level.
    The truth stays on the direct voice (it comes first; the copies lie after it)."""
    rng = np.random.default_rng(seed)
    prng = random.Random(seed)
    x = made.samples
    played = sc.convolve(a6.bandpass(x, *p.band), sc.room_impulse(p.rt60, rng))[: len(x)]
    played = played * (sc._rms(x) / (sc._rms(played) + 1e-12))
    delays = [prng.uniform(*span) for span, _ in p.copies]
    y = np.concatenate([x, np.zeros(int((max(delays) + 1.5 * p.rt60) * RATE), np.float32)])
    for delay, (_, db) in zip(delays, p.copies):
        i = int(delay * RATE)
        y[i:i + len(played)] += played * 10 ** (db / 20)
    said = ", ".join(f"{1000 * d:.0f} ms late {-db:g} dB under" for d, (_, db) in zip(delays, p.copies))
    note = (f"a PA: the voice again from loudspeakers ({said}; {p.band[0]:g} Hz-{p.band[1] / 1000:g} kHz, hall RT60 "
            f"{p.rt60:g} s); truth on the direct voice")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def agc(made: Made, attack: float, release: float, most_db: float) -> Made:
    g = a6.agc_gain(made.samples, most_db=most_db, attack=attack, release=release)
    note = (f"an automatic gain control (attack {1000 * attack:g} ms, release {release:g} s, up to +{most_db:g} dB): "
            f"gain {20 * np.log10(g.min()):+.1f} to {20 * np.log10(g.max()):+.1f} dB")
    return Made((made.samples * g).astype(np.float32), made.segments, made.notes + [note], made.words)


def _short(voices: list[Voice], seed: int, lines: list[str], **kw) -> Recording:
    return Recording(sentences=len(lines), voices=voices, seed=seed, text_seed=0, texts=lines, **kw)


def catalogue() -> dict[str, Union[Echo, rb.RoomBed]]:
    R = uc.RealTalk
    q = a4.QUIET_DB
    return {
        # ---- a PA at other delays and levels
        "rd19_espeak_short_pa_near": Echo(50101, recordings=[
            _short([Voice(E, "en-us+Andy", 1.0), Voice(E, "en-gb+Denis", 1.0)], 50201, SHORT_LINES[:8],
                   pause=(0.25, 0.9), turn=2)],
            pa=PA([((0.045, 0.06), -4.0)], rt60=0.9), room=("pink", 32)),
        "rd19_real_pa_far": Echo(50102, real=R(50202, 12, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                 pa=PA([((0.14, 0.19), -2.0)], rt60=1.4), room=("murmur", 30)),
        "rd19_real_pa_small_two": Echo(50103, real=R(50203, 12, snr_db=q, gap=(0.4, 1.5)),
                                       pa=PA([((0.06, 0.08), -6.0), ((0.15, 0.18), -10.0)], band=(250.0, 4000.0),
                                             rt60=0.8), room=("fan", 30)),
        # ---- gain controls that pump otherwise
        "rd19_real_agc_fast": Echo(50104, real=R(50204, 12, wideband=True, snr_db=q, gap=(0.4, 1.6)),
                                   room=("pink", 28), agc=(0.002, 0.3, 14.0)),
        "rd19_espeak_pa_agc_slow": Echo(50105, recordings=[
            generated_talk([Voice(E, "en-us-nyc+Robert", 1.0), Voice(E, "en-gb-scotland+Jacky", 1.05)], 50205, 50305, 10,
                    pause=(0.3, 1.2), turn=2)],
            pa=PA([((0.09, 0.12), -5.0)], rt60=1.2), room=("murmur", 30), agc=(0.03, 2.0, 20.0)),
        # ---- halls with a bed
        "rd19_real_hall_babble_far": rb.RoomBed(50106, wideband=True, rt60=1.0, drr_db=3.0, bed="babble",
                                                bed_db=-16, snr_db=34, gap=(0.5, 1.5)),
        "rd19_fest_hall_music": rb.RoomBed(50107, prompts=8, voices=[Voice(FEST, "slt_hts", 1.0),
                                                                     Voice(FEST, "kal", 1.0)],
                                           rt60=1.2, drr_db=4.0, bed="music", bed_db=-14, snr_db=34, gap=(0.5, 1.4)),
        # ---- kept aside until the rule is final (LATER)
        "rd19_espeak_short_pa_two": Echo(50108, recordings=[
            _short([Voice(E, "en-gb-scotland+Jacky", 1.0), Voice(E, "en-us+Andy", 1.05)], 50208, SHORT_LINES[8:],
                   pause=(0.2, 0.8), turn=3)],
            pa=PA([((0.07, 0.1), -3.0), ((0.17, 0.22), -8.0)], rt60=1.1), room=("murmur", 30)),
    }


#: Built, and kept aside from every run until j50's change was final.
LATER = ["rd19_espeak_short_pa_two", "rd19_real_hall_babble_far"]

NAMES = ["rd19_espeak_short_pa_near", "rd19_real_pa_far", "rd19_real_pa_small_two", "rd19_real_agc_fast",
         "rd19_espeak_pa_agc_slow", "rd19_real_hall_babble_far", "rd19_fest_hall_music", "rd19_espeak_short_pa_two"]


def names(which: str = "all") -> list[str]:
    """The rd19_* names ("seen": all but LATER, "later", or "all"), without building the catalogue."""
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER] if which == "seen" else list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    import shutil

    spec = catalogue()[name]
    if isinstance(spec, rb.RoomBed):
        return rb.missing_packages_for(spec)
    if spec.real is not None and not uc.real_available():
        return "apt-get install " + uc.fc.REAL_PACKAGES
    if spec.recordings and shutil.which("espeak-ng") is None:
        return "apt-get install espeak-ng"
    return None


def make(name: str) -> Made:
    """The talk, its segments and notes."""
    spec = catalogue()[name]
    if isinstance(spec, rb.RoomBed):
        return rb.make_talk(spec)
    return make_from(spec)


def make_from(spec: Echo) -> Made:
    """One :class:`Echo` talk, its segments and notes (short_pa_cases.py builds its own with this too)."""
    if spec.real is not None:
        made, _ = a4._placed(a4.Spec("dev", "real", real=spec.real))
        made.notes[0] = made.notes[0].replace(f", pink room noise at {a4.QUIET_DB:g} dB SNR", "")
    else:
        made = uc.synth_talk(spec.recordings, [])
    if spec.pa is not None:
        made = pa(made, spec.pa, spec.seed + 5)
    made = a4.add_room(made, spec.room[0], spec.room[1], spec.seed + 1)
    if spec.agc is not None:
        made = agc(made, *spec.agc)
    return a4.headroom(made)


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd19_*", names)


if __name__ == "__main__":
    main()
