#!/usr/bin/env python3
"""Where can ``tones_over_ends``'s hiss guard (j260) act on a finished run?  The guard only raises an end that
``end_before_tones`` took back, to where the line's final hiss sinks into the pause; so it can act only on a line whose
last word ends in /s/ or /sh/, whose final hiss rises after the output's end (``final_hiss.hiss_end``, read from it),
and over which ``end_before_a_tone`` would take such a carry back.  Reads the run's outputs and the cases' audio only
(no Whisper, no phone pass); an estimate, the output's end standing in for the phone pass's.

    .venv/bin/python benchmarks/hissed_tone_ends.py benchmarks/out/results-TAG
"""
import glob
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from aligner.align.final_hiss import hiss_end  # noqa: E402
from aligner.align.sibilant_ends import SIBILANTS, final_phone  # noqa: E402
from aligner.align.tones_over_ends import end_before_a_tone  # noqa: E402
from aligner.audio.decode import load_audio  # noqa: E402

CASES = Path(__file__).resolve().parent / "out" / "cases"
#: The reach a last word's hiss is followed (s) when the output has no word times: a final /s/ lasts 0.1-0.25 s.
REACH = 0.3


def candidates(folder: str) -> tuple[int, list[str]]:
    """How many sibilant-final lines the run in ``folder`` holds, and the ones the guard could move."""
    looked, found = 0, []
    for f in sorted(glob.glob(f"{folder}/ours/*.json")):
        if f.endswith(".score.json"):
            continue
        name = os.path.basename(f)[:-5]
        segs = json.load(open(f))["segments"]
        todo = [k for k, s in enumerate(segs) if s.get("start") is not None and final_phone(s["text"]) in SIBILANTS]
        paths = glob.glob(f"{CASES}/{name}/audio.wav") or glob.glob(f"{CASES}/{name}/audio.*")
        if not todo or not paths:
            continue
        audio = load_audio(paths[0])
        for k in todo:
            s = segs[k]
            looked += 1
            before = segs[k - 1]["end"] if k else 0.0
            after = segs[k + 1]["start"] if k + 1 < len(segs) else audio.duration
            last = s["words"][-1] if s.get("words") else None
            reach = max(REACH, last["end"] - last["start"]) if last else REACH
            hiss = hiss_end(audio, s["text"], s["start"], s["end"], before, after, reach)
            if hiss is None or hiss <= s["end"] + 0.015:
                continue
            back = end_before_a_tone(audio, s["start"], s["end"], hiss, after)
            if back is not None and back < hiss - 0.005:
                found.append(f"{name} #{k + 1} {s['text'][-30:]!r} end {s['end']:.3f} s, hiss to {hiss:.3f} s, "
                             f"a tone would take it back to {back:.3f} s")
    return looked, found


if __name__ == "__main__":
    looked, found = candidates(sys.argv[1])
    print("\n".join(found))
    print(f"{sys.argv[1]}: {looked} lines ending in /s/ or /sh/, {len(found)} where the guard can act")
