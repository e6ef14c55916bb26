"""Fast speech (``rd10_*``, issue 7, j39): development talks faster than any other dev case, from several sources.

The one look at ``vx_*`` found ``vx_espeak_fast_typing`` (espeak-ng at 250 and 270 words a minute) placed late
(starts +94 ms, ends +116 ms on median; 54 % of boundaries within 100 ms) while ``vx_real_fast`` (real prompts at
x1.35) was fine; nothing in dev was that fast (``rd2_espeak_rates`` tops out at 220).  The cause was recognition,
not the speed's effect on timing: Whisper's greedy first pass fell into a loop ("the young young young ...") and the
sentences were then placed by forcing (see aligner/align/decoding_loops.py).  These cases make fast speech from
sources and voices the finding did not come from, with and without a spoiler, in tight joins and normal pauses:

* **espeak-ng** en-us and en-gb voices and variants (f3, Annie, m3, scotland, klatt) at 230-320 words a minute;
* **flite** ``slt`` and ``rms`` at ``duration_stretch`` 0.7-0.72 (every word timed by flite's own phones);
* **festival** ``kal`` and ``ked`` at 1.4-1.45 times their rate (festival's own ``Duration_Stretch``, so every word
  keeps festival's timing; a tempo change would leave only the sentence's voice span);
* **the telephone prompts' speaker** (Allison Smith; the development prompts) through FFmpeg's ``atempo``
  (WSOLA, like sox ``tempo``) at x1.3 and x1.45, each prompt's voice span measured on the changed prompt;
* spoilers: keyboard typing (aside4_cases.typing), a laptop fan, a reverberant room (RT60 0.5 s).

Two of them (:data:`LATER`) were built and kept aside -- no aligner ran on them -- until the rule was final, then
run once (benchmarks/README.md reports both halves); they are development cases like the others since.

    .venv/bin/python benchmarks/cases.py rd10_espeak_us_300 ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/fast_cases.py --check              # make every rd10_* case and check its truth
"""

from __future__ import annotations

import aside4_cases as a4
import unseen_cases as uc
from aside_common import generated_talk
from synth_cases import Voice
from check_command import check_main

E, F, FEST = a4.E, a4.F, a4.FEST
QUIET = a4.QUIET_DB  #: place_prompts' own room: none (the room comes after the spoilers, as in aside4_cases)


def wpm(words_a_minute: int) -> float:
    """synth_cases' espeak-ng speed for a rate in words a minute (espeak-ng says 165 * speed)."""
    return words_a_minute / 165.0


def catalogue() -> dict[str, a4.Spec]:
    d = "dev"
    R = uc.RealTalk
    rec = generated_talk
    return {
        "rd10_espeak_us_300": a4.Spec(d, "synth", recordings=[
            rec([Voice(E, "en-us+f3", wpm(300)), Voice(E, "en-us", wpm(320))], 39101, 39201, 10,
                pause=(0.3, 1.0), turn=2)], room=("pink", 32), seed=39301),
        "rd10_espeak_tight_fan": a4.Spec(d, "synth", recordings=[
            rec([Voice(E, "en-us+Annie", wpm(260)), Voice(E, "en-gb+m3", wpm(300))], 39102, 39202, 10,
                pause=(0.02, 0.15), turn=3)], room=("fan", 24), seed=39302),
        "rd10_espeak_gb_typing": a4.Spec(d, "synth", recordings=[
            rec([Voice(E, "en-gb", wpm(230)), Voice(E, "en-gb-scotland+klatt", wpm(280))], 39103, 39203, 10,
                pause=(0.2, 0.8), turn=3)], room=("fan", 26), seed=39303, typing=4),
        "rd10_flite_fast_room": a4.Spec(d, "synth", recordings=[
            rec([Voice(F, "slt", 1 / 0.7), Voice(F, "rms", 1 / 0.72)], 39104, 39204, 10, pause=(0.3, 1.0),
                turn=2, rt60=0.5)], room=("pink", 30), seed=39304),
        "rd10_fest_fast_typing": a4.Spec(d, "synth", recordings=[
            rec([Voice(FEST, "kal", 1.4), Voice(FEST, "ked", 1.45)], 39105, 39205, 10, pause=(0.2, 0.9),
                turn=3)], room=("pink", 30), seed=39305, typing=4),
        "rd10_real_tempo145": a4.Spec(d, "real", real=R(39106, 14, tempo=1.45, snr_db=QUIET, gap=(0.1, 0.6)),
                                      room=("pink", 30), seed=39306),
        "rd10_real_tempo13_tight_typing": a4.Spec(d, "real", real=R(39107, 14, tempo=1.3, snr_db=QUIET,
                                                                     gap=(0.02, 0.2)),
                                                  room=("fan", 26), seed=39307, typing=4),
    }


#: Built, and kept aside from every run until the rule was final (then run once, reported apart).
LATER = ["rd10_espeak_gb_typing", "rd10_real_tempo13_tight_typing"]


def names() -> list[str]:
    """Every rd10_* case (cases.py imports this at start-up; the catalogue is made only to build one)."""
    return ["rd10_espeak_us_300", "rd10_espeak_tight_fan", "rd10_espeak_gb_typing", "rd10_flite_fast_room",
            "rd10_fest_fast_typing", "rd10_real_tempo145", "rd10_real_tempo13_tight_typing"]


def missing_packages(name: str) -> str | None:
    """What must be installed before ``name`` can be made, or None."""
    return a4.missing_for(catalogue()[name])


def make(name: str) -> uc.Built:
    """Made the way aside4_cases makes its talks (voices placed, spoilers laid, the room over it all)."""
    return a4.make_spec(name, catalogue()[name])


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd10_*", names)


if __name__ == "__main__":
    main()
