"""Development truth for the review queue (``rd7_*``): the kinds of far-off ends it missed, at other levels.

j30 (issue 7) left 21 dev segments more than 200 ms off that the review queue did not flag: 16 were ends
0.2-0.5 s early under **babble** or a murmur (the voice's last syllable fades under a bed 12-18 dB under
the speech; the phone pass ends the word where its loud part ends), the rest mostly ends at **tight joins**
(sentences said with no pause between them).  The dev cases held only two babble talks, both at -14 dB, so
no rule for them could be chosen on some cases and checked on others.  These cases have the same kinds at
other levels, with other dev prompts and seeds, and a festival talk under babble; half of them are kept
aside (not run, not read) until the rule they check is fixed, then reported beside the seen half.

Made like ``room_bed_cases`` (same two truths: the dry prompt's voice span, and its audible span over the
background in some octave), from fresh_cases' development half of the real prompts and festival sentences
(no ``nx_*``/``az_*``/``ux_*`` prompt, voice setting or seed).

    .venv/bin/python benchmarks/cases.py rd7_real_babble10 ...   # or run.py --cases 'rd7_*'
"""

from __future__ import annotations

from typing import Optional

import room_bed_cases as rb
from synth_cases import Made, Voice

FEST = "festival"
#: Sentences said without a pause: 0-50 ms from one voice to the next.
TIGHT = (0.0, 0.05)


def catalogue() -> dict[str, rb.RoomBed]:
    return {
        # ---- seen: the rule is chosen looking at these
        "rd7_real_babble10": rb.RoomBed(7701, prompts=12, bed="babble", bed_db=-10, snr_db=34),
        "rd7_real_murmur14_wide": rb.RoomBed(7703, prompts=12, wideband=True, noise="murmur", snr_db=14),
        "rd7_real_tight_babble": rb.RoomBed(7704, prompts=12, gap=TIGHT, bed="babble", bed_db=-16, snr_db=34),
        "rd7_fest_babble": rb.RoomBed(7706, prompts=10, voices=[Voice(FEST, "kal", 0.95), Voice(FEST, "slt_hts", 1.0)],
                                      bed="babble", bed_db=-13, snr_db=36),
        # ---- aside: not run until the rule is fixed, then reported once
        "rd7_real_babble18_wide": rb.RoomBed(7702, prompts=12, wideband=True, bed="babble", bed_db=-18, snr_db=36),
        "rd7_real_tight_murmur_wide": rb.RoomBed(7705, prompts=12, gap=TIGHT, wideband=True, noise="murmur",
                                                 snr_db=20),
        "rd7_real_reverb_babble12": rb.RoomBed(7707, prompts=12, rt60=0.35, bed="babble", bed_db=-12, snr_db=34),
        "rd7_real_tight_music_wide": rb.RoomBed(7708, prompts=12, gap=TIGHT, wideband=True, bed="music",
                                                bed_db=-15, snr_db=36),
    }


SEEN = ["rd7_real_babble10", "rd7_real_murmur14_wide", "rd7_real_tight_babble", "rd7_fest_babble"]
ASIDE = ["rd7_real_babble18_wide", "rd7_real_tight_murmur_wide", "rd7_real_reverb_babble12",
         "rd7_real_tight_music_wide"]


def names(which: str = "all") -> list[str]:
    """The case names ("seen", "aside" or "all"), without building the catalogue."""
    return list({"seen": SEEN, "aside": ASIDE}.get(which, SEEN + ASIDE))


def missing_packages(name: str) -> Optional[str]:
    """What apt must install before ``name`` can be made, or None."""
    return rb.missing_packages_for(catalogue()[name])


def make(name: str) -> Made:
    return rb.make_talk(catalogue()[name])
