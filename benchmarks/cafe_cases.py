"""Talks in a cafe, at several levels (``rd33_*``, issue 7, fifteenth round, j66).

The seen aside ``yx_real_cafe`` (five other voices 8 dB under the speaker) lost the phone pass on 4 of its 15
chunks: the search called the cafe in the chunks' padding "speech the text does not account for".  ``rd22_*`` has
two cafe talks, both 10 dB under.  So that a rule for the cafe is not a rule for those talks, this makes more of
the kind with what they did not have:

* **levels** 6 dB (a loud cafe, nearly the speaker's level between words) to 12 dB under the speech;
* **rooms** under the cafe: a murmur, pink noise, a fan;
* **voices**: the telephone prompts' real voice (the dev prompts, other seeds), espeak-ng ``+Andy``/``+Nguyen``
  talkers, flite ``slt``/``awb`` and festival ``ked`` on short lines (:data:`SHORT_LINES`, said by no case);
* **pauses** 0.2-0.6 s (the cafe fills them) to 0.4-1.6 s.

Made with aside8_cases' cafe (unseen_cases.babble: five streams of Spanish, Italian and French prompts at once),
each with its own seed (33xxx).  Truth: the real prompts' voice spans where their files went; the synthesized lines
exact on the dry speech.  Two (:data:`LATER`) were kept out of every run until j66's rule was final, then run once
(benchmarks/README.md); all six are development since.

    .venv/bin/python benchmarks/cases.py rd33_real_cafe6 ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/cafe_cases.py --check           # make every rd33_* case and check its truth
"""

from __future__ import annotations

from typing import Optional

import aside8_cases as a8
import unseen_cases as uc
from aside_common import generated_talk, lines_talk
from check_command import check_main
from synth_cases import Voice

E, F, FEST = "espeak", "flite", "festival"

#: Short lines no case said (short_pa_more_cases.SHORT_LINES, aside8_cases.SHORT_LINES and others are others).
SHORT_LINES = ["Table six.", "A flat white.", "Over there.", "Still water.", "Just the bill.", "One more.",
               "No sugar.", "Take a seat.", "Small or large?", "To take away.", "Mind the cup.", "Oat milk.",
               "Be right back.", "Sorry, what?", "Two teas.", "That's all."]


def catalogue() -> dict[str, a8.Spec]:
    d = "dev"
    R = uc.RealTalk
    q = a8.QUIET_DB
    Spec = a8.Spec
    return {
        "rd33_real_cafe6": Spec(d, "real", real=R(33101, 14, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                room=("murmur", 30), seed=33201, cafe=6),
        "rd33_real_cafe9_pink": Spec(d, "real", real=R(33102, 14, wideband=True, snr_db=q, gap=(0.4, 1.6)),
                                     room=("pink", 32), seed=33202, cafe=9),
        "rd33_real_cafe12_fan": Spec(d, "real", real=R(33103, 14, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                     room=("fan", 30), seed=33203, cafe=12),
        "rd33_real_cafe8_tight": Spec(d, "real", real=R(33104, 14, wideband=True, snr_db=q, gap=(0.2, 0.6)),
                                      room=("murmur", 32), seed=33204, cafe=8),
        "rd33_espeak_cafe7": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Andy", 1.0), Voice(E, "en-gb+Nguyen", 1.05)], 33301, 33401, 12,
                           pause=(0.3, 1.1), turn=3)], room=("pink", 32), seed=33205, cafe=7),
        "rd33_flite_short_cafe8": Spec(d, "synth", recordings=[
            lines_talk(SHORT_LINES, [Voice(F, "slt", 1.0), Voice(F, "awb", 1.0), Voice(FEST, "ked", 1.0)], 33302,
                       pause=(0.3, 1.0), turn=2)], room=("murmur", 30), seed=33206, cafe=8),
    }


#: Kept out of every run until j66's rule was final, then run once.
LATER = ["rd33_real_cafe9_pink", "rd33_flite_short_cafe8"]

NAMES = ["rd33_real_cafe6", "rd33_real_cafe9_pink", "rd33_real_cafe12_fan", "rd33_real_cafe8_tight",
         "rd33_espeak_cafe7", "rd33_flite_short_cafe8"]


def names(which: str = "all") -> list[str]:
    """The rd33_* names ("seen": all but LATER, "later", or "all"), without building the catalogue."""
    if which == "later":
        return list(LATER)
    return [n for n in NAMES if n not in LATER] if which == "seen" else list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed or unpacked before ``name`` can be made, or None (as for aside8_cases' cafe)."""
    spec = catalogue()[name]
    need = [m for m in [a8.a6.missing_for(spec)] if m]
    if len(uc.babble_pool()) < 20:
        need.append(f"apt-get install {uc.BABBLE_PACKAGES}")
    return "; ".join(need) if need else None


def make(name: str) -> uc.Built:
    """The talk in its cafe (aside8_cases.make_from on this catalogue)."""
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    return a8.make_from(catalogue()[name], name)


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd33_*", names)


if __name__ == "__main__":
    main()
