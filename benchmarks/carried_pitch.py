#!/usr/bin/env python3
"""The ends carried on past the phone pass's end, and what the pitch of the stretch followed says (j236).

Reads ``rule_trace.py`` records (each line's bounds after the phone pass and at the end) and, for every line whose
end was carried more than ``--least`` s past the phone pass's end, prints its final end error, its confidence and
flags as run, whether :func:`.carried_ends.voice_followed` takes the stretch for the line's voice (the excuse
``end_carried_past_phones`` gives it; with :mod:`.gliding_pitch`), the share of its voiced frame pairs whose pitch
jumps (:func:`jump_share`, not in the engine), its median pitch against the line's own, and whether
:func:`.carried_ends.pitch_carried_on` holds.  Last, the review queue's figures (calibration.py's) over every traced line with timing truth, as traced
and with ``end_carried_on`` raised where the pitch alone now doubts a carry past LAST_SOUND_RUN (confidence at most
``confidence.DETACHED``; English talks only, as the engine reads it): what a run with :mod:`.gliding_pitch` gives on
a trace made before it.

    .venv/bin/python benchmarks/carried_pitch.py /tmp/trace.json [more.json] [--least 0.3]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's engine, not the venv's install

from calibration import case_dir  # noqa: E402

from aligner.align.activity import Envelope  # noqa: E402
from aligner.align.another_voice import median_pitch, pitch_track  # noqa: E402
from aligner.align.carried_ends import LAST_SOUND_RUN, pitch_carried_on, voice_followed  # noqa: E402
from aligner.align.confidence import DETACHED, LOW  # noqa: E402
from aligner.align.engine import as_heard  # noqa: E402
from aligner.align.gliding_pitch import MIN_VOICED  # noqa: E402

#: A pitch step (octaves) between two voiced 10 ms frames further than this is a jump (a voice glides a few per cent
#: a frame); a step within it of a whole octave is the tracker's slip to twice or half the period, not counted.
JUMP = 0.1


def jump_share(f0: np.ndarray):
    """The share of consecutive voiced frames of ``f0`` (Hz, NaN: unvoiced) whose pitch steps more than JUMP octaves,
    an octave slip not counted; None with fewer than MIN_VOICED voiced frames.  Not in the engine (j236): it reads
    the geese an end was carried onto on ``iy_*`` (0.25-0.41 on the four late ends) but also a right line's creaky
    end on ``hy_*`` (0.21-0.31)."""
    voiced = f0[np.isfinite(f0)]
    if len(voiced) < MIN_VOICED:
        return None
    step = np.abs(np.log2(voiced[1:] / voiced[:-1]))
    step = np.minimum(step, np.abs(step - 1.0))
    return float(np.mean(step > JUMP))
from aligner.audio.decode import load_audio  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("traces", nargs="+", type=Path, help="rule_trace.py --out files")
    ap.add_argument("--least", type=float, default=LAST_SOUND_RUN, help="carried at least this far (s)")
    opts = ap.parse_args()
    heard: dict[str, tuple] = {}
    queue: list[tuple[float, float, float]] = []  # (error, confidence as traced, with the pitch's doubt)
    for path in opts.traces:
        for r in json.loads(path.read_text(encoding="utf-8")):
            e, truth = r["errors"], r.get("truth")
            final = e.get("final") or [None, None]
            scored = truth is not None and None not in final and r.get("conf") is not None
            if scored:
                queue.append((max(abs(final[0]), abs(final[1])), r["conf"], r["conf"]))
            if truth is None or "phone" not in e or e["phone"][1] is None or e["final"][1] is None:
                continue
            phone_end, end = truth[1] + e["phone"][1], truth[1] + e["final"][1]
            if end - phone_end <= opts.least:
                continue
            if r["case"] not in heard:
                d = case_dir(r["case"])
                meta = json.loads((d / "truth.json").read_text(encoding="utf-8"))
                audio, _ = as_heard(load_audio(str(d / meta.get("audio_file", "audio.wav"))))
                heard = {r["case"]: (audio, Envelope(audio))}
            audio, env = heard[r["case"]]
            start = truth[0] + e["final"][0]
            _, f0 = pitch_track(audio.samples, audio.sample_rate, phone_end, end)
            own = median_pitch(audio, start, phone_end)
            share = jump_share(f0)
            above = float(np.nanmedian(f0)) / own if own and np.isfinite(f0).any() else float("nan")
            # English talks only (a language talk's name has its language code second: ``ey_fr_real_pour_ts``)
            english = len(r["case"].split("_")[1]) != 2
            if (scored and english and end - phone_end > LAST_SOUND_RUN
                    and not pitch_carried_on(audio, start, phone_end, end)):
                queue[-1] = (queue[-1][0], r["conf"], min(r["conf"], DETACHED))
            kind = "far" if abs(e["final"][1]) > 0.2 else "100-200" if abs(e["final"][1]) > 0.1 else "right"
            print(f"{kind:7s} end {1000 * e['final'][1]:+5.0f} (phone {1000 * e['phone'][1]:+5.0f}) conf {r['conf']:.2f} "
                  f"voice_followed={int(voice_followed(audio, env, start, phone_end, end))} "
                  f"jumps={'-' if share is None else f'{share:.2f}'} above_own={above:.2f} "
                  f"carried_on={int(pitch_carried_on(audio, start, phone_end, end))} "
                  f"{r['case']} #{r['i']} {r['text'][:40]!r} {','.join(f for f in r.get('flags', []) if f != 'low_confidence')}")
    for name, k in (("as traced", 1), ("with the pitch's doubt", 2)):
        far = [q for q in queue if q[0] > 0.2]
        flagged = [q for q in queue if q[k] < LOW]
        sure = [q for q in queue if q[k] >= 0.8]
        print(f"{name}: > 200 ms off flagged {sum(q[k] < LOW for q in far)} of {len(far)}; flagged really > 100 ms off "
              f"{sum(q[0] > 0.1 for q in flagged)} of {len(flagged)}; confidence >= 0.8 within 0.2 s "
              f"{sum(q[0] <= 0.2 for q in sure)} of {len(sure)}")


if __name__ == "__main__":
    main()
