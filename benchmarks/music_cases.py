"""Talks with music: a bed under every line, and music between lines ducked under the voice (``rd41_*``, issue 7,
sixteenth round, j76).

On ``rd6_real_music`` (a music bed 11 dB under) the merged tree of the fifteenth round gained an end more than a
second late once j66's foreground test (``phonetic._in_the_foreground``) let the phone pass's chunks over music
through.  One talk with one bed is no truth for a rule about music, so this makes more of the kind with what
``rd6_real_music`` does not have:

* **levels**: a bed 8 dB (loud, the music nearly as loud as the voice's quiet syllables) to 14 dB under the speech;
* **music between lines**, as a radio presenter's or a podcast's: the music plays up in the pauses, a few dB under
  the voice, and is ducked under each line (it falls 50 ms after the line begins and comes back 0.3-0.7 s after
  it ends, as a side-chained compressor does): every pause is music at nearly the voice's level;
* **voices**: the telephone prompts' real voice (the dev prompts, other seeds), espeak-ng ``+klatt``/``+Annie``,
  flite ``rms``/``slt`` and festival ``kal`` on short lines (:data:`SHORT_LINES`, said by no other case);
* **pauses** 0.2-0.6 s to 0.5-1.6 s.

The music is Tux Math's development track (``aside6_cases.TRACKS["dev"]``; the aside tracks are never used here),
each case from its own seeded place.  Truth: the real prompts' voice spans where their files went; the synthesized
lines exact on the dry speech; the music never moves a voice span.  Two (:data:`LATER`) were kept out of every run
until j76's change was final, then run once (benchmarks/README.md); all six are development since.

    .venv/bin/python benchmarks/cases.py rd41_real_music9 ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/music_cases.py --check          # make every rd41_* case and check its truth
"""

from __future__ import annotations

from typing import Optional

import numpy as np

import aside4_cases as a4
import aside6_cases as a6
import aside8_cases as a8
import unseen_cases as uc
from aside_common import generated_talk, lines_talk
from check_command import check_main
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"

#: Short lines no other case says.
SHORT_LINES = ["Next up, the weather.", "Stay with us.", "Back after this.", "That was the news.", "Call us now.",
               "Here's a request.", "Good morning, everyone.", "Traffic is light.", "More music soon.",
               "Thanks for listening.", "It's half past nine.", "Sunny all week.", "Lines are open.",
               "Our next guest.", "Don't go away.", "See you tomorrow."]

#: The ducking: the music starts to fall this long after a line begins and is down this much later (s) ...
DUCK_DELAY, DUCK_FALL = 0.05, 0.05
#: ... and starts to come back this long after the line ends, up again this much later (s).
DUCK_HOLD, DUCK_RISE = 0.3, 0.4


def catalogue() -> dict[str, a8.Spec]:
    d = "dev"
    R = uc.RealTalk
    q = a8.QUIET_DB
    Spec = a8.Spec
    track = a6.TRACKS["dev"][0]
    return {
        "rd41_real_music9": Spec(d, "real", real=R(41101, 14, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                 room=("pink", 34), seed=41201, music=(track, 9)),
        "rd41_real_music14_tight": Spec(d, "real", real=R(41102, 14, wideband=True, snr_db=q, gap=(0.2, 0.6)),
                                        room=("murmur", 32), seed=41202, music=(track, 14)),
        "rd41_real_music8_narrow": Spec(d, "real", real=R(41103, 12, snr_db=q, gap=(0.5, 1.6)),
                                        room=("fan", 32), seed=41203, music=(track, 8)),
        "rd41_real_ducked": Spec(d, "real", real=R(41104, 14, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                 room=("pink", 34), seed=41204),
        "rd41_espeak_music10": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+klatt", 1.0), Voice(E, "en-gb+Annie", 0.95)], 41301, 41401, 12,
                           pause=(0.4, 1.2), turn=3)], room=("pink", 32), seed=41205, music=(track, 10)),
        "rd41_flite_short_ducked": Spec(d, "synth", recordings=[
            lines_talk(SHORT_LINES, [Voice(F, "rms", 1.0), Voice(F, "slt", 1.05), Voice(FEST, "kal", 1.0)], 41302,
                       pause=(0.4, 1.2), turn=2)], room=("murmur", 32), seed=41206),
    }


#: Music between lines, ducked under them: (dB under the speech in the pauses, dB under it under a line).
DUCKED = {"rd41_real_ducked": (4.0, 20.0), "rd41_flite_short_ducked": (6.0, 22.0)}

#: Kept out of every run until j76's change was final, then run once.
LATER = ["rd41_real_music14_tight", "rd41_flite_short_ducked"]

NAMES = ["rd41_real_music9", "rd41_real_music14_tight", "rd41_real_music8_narrow", "rd41_real_ducked",
         "rd41_espeak_music10", "rd41_flite_short_ducked"]


def names(which: str = "all") -> list[str]:
    """The rd41_* names ("seen": all but LATER, "later", or "all"), without building the catalogue."""
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER] if which == "seen" else list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed or unpacked before ``name`` can be made, or None."""
    spec = catalogue()[name]
    need = [m for m in [a6.missing_for(spec)] if m]
    if name in DUCKED and not a6.sounds_available():
        need.append("the Tux Math sounds (see aside6_cases.py)")
    return "; ".join(need) if need else None


def ducking_gain(segments: list[dict], n: int, pause_db: float, ducked_db: float) -> np.ndarray:
    """Per sample, the music's gain against the speech's level: ``pause_db`` under it in the pauses, ``ducked_db``
    under it from DUCK_DELAY after a line begins to DUCK_HOLD after it ends, with linear ramps between."""
    up, down = 10 ** (-pause_db / 20), 10 ** (-ducked_db / 20)
    t = np.arange(n) / RATE
    gain = np.full(n, up, np.float64)
    for s in segments:
        if s.get("start") is None:
            continue
        a, b = s["start"] + DUCK_DELAY, s["end"] + DUCK_HOLD
        knots_t = [a, a + DUCK_FALL, b, b + DUCK_RISE]
        shape = np.interp(t, knots_t, [up, down, down, up], left=up, right=up)
        gain = np.minimum(gain, shape)
    return gain


def music_between_lines(made: Made, seed: int, track: str, pause_db: float, ducked_db: float) -> Made:
    """Tux Math's ``track`` up in the pauses and ducked under each line (:func:`ducking_gain`); no voice span moves."""
    n = len(made.samples)
    bed = a6.music(n, seed, track) * ducking_gain(made.segments, n, pause_db, ducked_db) * a4.speech_rms(made)
    note = (f"music between the lines (Tux Math's {track}): {pause_db:g} dB under the speech in the pauses, ducked "
            f"to {ducked_db:g} dB under it {DUCK_DELAY * 1000:.0f} ms after each line begins until "
            f"{DUCK_HOLD * 1000:.0f}-{(DUCK_HOLD + DUCK_RISE) * 1000:.0f} ms after it ends")
    return Made((made.samples + bed).astype(np.float32), made.segments, made.notes + [note], made.words)


def make(name: str) -> uc.Built:
    """The talk with its music (aside8_cases.make_from on this catalogue; then the ducked music, if any)."""
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    spec = catalogue()[name]
    built = a8.make_from(spec, name)
    if name in DUCKED:
        built.made = music_between_lines(built.made, spec.seed + 7, a6.TRACKS["dev"][0], *DUCKED[name])
        built.notes.append(built.made.notes[-1])
    return built


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd41_*", names)


if __name__ == "__main__":
    main()
