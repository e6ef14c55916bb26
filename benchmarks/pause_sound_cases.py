"""Edge words next to a pause with a sound in it (``rd49_*``, issue 7, eighteenth round, j84).

A line's last word said quietly after a hesitation ("..., one uh"), or its first word after music or a
burst of noise, is one Whisper hears apart from the rest of its line; the phone pass, given a chunk that
spans the pause, may carry the word across it onto the sound there or onto the next line's first sound
(:mod:`aligner.align.edge_words_apart`).  The dev set held four such boundaries more than a second off
(``trap_fast``, ``mfa_cold_corpus+intro20``, ``rd6_real_music``, ``rd38_real_rain_sparse8``); so that the
rule is not a rule for those four, these four talks make more of the kind, chosen before any was run:

* **tails apart**: quiet tails after a hesitation longer than a word's closure (0.35-0.7 s), some
  followed by a burst of noise before the next line;
* **after music**: lines that begin after 1.5-3 s of music, some of them after a tailed line, others short;
* **bursts**: short bursts of noise (a cough's length, 0.3-0.6 s) and a laugh in the pauses, on both sides of
  tails and quiet one-word lines, under a murmur;
* **in a room**: tails apart and music in a reverberant room under pink noise.

Made with trap_cases' maker (espeak-ng and flite, sentence by sentence): truth exact on the dry speech.

    .venv/bin/python benchmarks/cases.py rd49_tails_apart     # make one (run.py makes them as needed)
"""

from __future__ import annotations

from trap_cases import Line as L
from trap_cases import Trap, _talk
from synth_cases import Voice

E, F = "espeak", "flite"
#: A hesitation before a tail longer than a stop's closure: Whisper hears the tail apart.
APART = (0.35, 0.7)


def catalogue() -> dict[str, Trap]:
    a, b, c, d = (_talk(s, 12) for s in (4901, 4902, 4903, 4904))
    return {
        "rd49_tails_apart": Trap((
            L(a[0]), L(a[1], tail="one uh", tail_gap=APART), L(a[2], before=("noise", 0.9)),
            L(a[3], tail="you see", tail_gap=APART), L(a[4]), L(a[5], tail="and so on", tail_gap=APART),
            L(a[6], before=("noise", 1.2)), L(a[7], tail="I think", tail_gap=APART), L(a[8], before=("noise", 0.7)),
            L(a[9], tail="right", tail_gap=APART)),
            (Voice(E, "en-us+m3", 1.1), Voice(F, "slt", 1.1)), seed=4911, snr_db=20, noise="white", pause=(0.3, 0.7)),
        "rd49_after_music": Trap((
            L(b[0]), L(b[1], before=("music", 2.5)), L(b[2], tail="uh", tail_gap=APART), L(b[3], before=("music", 1.5)),
            L("Right.", gain_db=-6, before=("music", 2.0)), L(b[4]), L(b[5], tail="you know", tail_gap=APART),
            L(b[6], before=("music", 3.0)), L(b[7]), L(b[8], before=("music", 1.8))),
            (Voice(F, "awb", 1.0), Voice(E, "en-gb", 1.05)), seed=4912, snr_db=24, noise="pink", pause=(0.4, 0.9)),
        "rd49_bursts_murmur": Trap((
            L(c[0], tail="uh", tail_gap=APART), L(c[1], before=("noise", 0.4)), L("Okay.", gain_db=-8),
            L(c[2], before=("noise", 0.5)), L(c[3], tail="more or less", tail_gap=APART),
            L(c[4], before=("laugh", 1.2)), L(c[5], tail="I guess", tail_gap=APART), L(c[6], before=("noise", 0.3)),
            L("Sure.", gain_db=-7, before=("noise", 0.6)), L(c[7])),
            (Voice(E, "en-us+f3", 1.0), Voice(F, "rms", 1.05)), seed=4913, snr_db=18, noise="murmur",
            pause=(0.35, 0.8)),
        "rd49_room_tails": Trap((
            L(d[0], tail="one uh", tail_gap=APART), L(d[1], before=("music", 2.0)), L(d[2], tail="you know",
                                                                                      tail_gap=APART),
            L(d[3], before=("noise", 0.8)), L(d[4]), L(d[5], tail="so", tail_gap=APART), L(d[6], before=("music", 1.6)),
            L(d[7], tail="and so forth", tail_gap=APART), L(d[8])),
            (Voice(F, "kal", 1.0), Voice(E, "en-us+m2", 1.0)), seed=4914, snr_db=19, noise="pink", rt60=0.45,
            pause=(0.4, 1.0)),
    }


NAMES = ["rd49_tails_apart", "rd49_after_music", "rd49_bursts_murmur", "rd49_room_tails"]


def names() -> list[str]:
    return list(NAMES)
