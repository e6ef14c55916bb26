#!/usr/bin/env python3
"""Line ends in a room, against the dry voice: what the voice was doing where the phone pass ended a line (j65).

``language_misses.py --json`` gives every line end's error after each stage (pocketsphinx, extend, phone, final).
For the talks made from a dry voice in a known room (``rd28_*``: room_tail_cases.py, ``rd32_*``:
room_tail_more_cases.py) the dry talk can be made again, so for each end more than ``--off`` from the truth this
prints the dry voice's level at the end after ``extend`` (dB under the line's loudest 20 ms of dry voice) beside
the reverberant talk's: an end the phone pass put early while the dry voice still stands 10 dB under its peak was
cut in the voice, not in its tail.

``--estimators`` replays, on every end of the rows given (any English case), the end estimators measured and not
kept this round (benchmarks/README.md, "Line ends in a room ..."), against the end after ``extend``:

* ``hold``: follow_last_sounds' following (:func:`.last_sound.followed_end`, in a hall) done in every octave the
  line's last sound stands ``--over`` dB over its background, the latest end kept;
* ``cliff``: the direct sound stopping, looked for as the largest drop of the octave levels (100 Hz-4 kHz,
  each smoothed over 30 ms) over ``2 x 30 ms`` from the end to 0.4 s after it; ``cliff where loud``: only where the
  talk at the end stands within ``--loud`` dB of the line's loudest 20 ms (the voice still going);
* ``low hold``: the 100-500 Hz octave followed while it is held (over 100 ms it falls slower than any room's tail).

    .venv/bin/python benchmarks/language_misses.py --folders benchmarks/out/cases/rd32_* --json /tmp/r.json
    .venv/bin/python benchmarks/room_ends.py /tmp/r.json                 # the dry voice at the early and late ends
    .venv/bin/python benchmarks/room_ends.py --estimators /tmp/r.json    # hold / cliff against extend, per talk
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

CASES = HERE / "out" / "cases"
RATE = 16000
#: The cliff estimator: octaves 100 Hz-4 kHz (after_end.OCTAVES 0-3), a drop over this many 10 ms frames on
#: each side, looked for up to this far (s) after the end.
CLIFF_BANDS, CLIFF_HALF, CLIFF_REACH = (0, 1, 2, 3), 3, 0.4


def _level_db(x: np.ndarray, t: float, window: float = 0.02) -> float:
    a = max(0, int((t - window / 2) * RATE))
    return float(10 * np.log10(np.mean(x[a:a + int(window * RATE)].astype(np.float64) ** 2) + 1e-12))


def dry_samples(case: str) -> Optional[np.ndarray]:
    """The talk's dry voice, made again (rd28_*, rd32_*), or None for a talk made otherwise."""
    import room_tail_cases as rtc
    import room_tail_more_cases as rtm

    if case in rtm.NAMES:
        return rtm._dry(rtm.catalogue()[case]).samples
    if case in rtc.NAMES:
        return rtc._dry(case, rtc.catalogue()[case]).samples
    return None


def _talk(case: str):
    from aligner.audio.decode import load_audio

    folder = CASES / case
    return (load_audio(str(next(folder.glob("audio.*")))),
            json.loads((folder / "truth.json").read_text(encoding="utf-8"))["segments"])


def ends(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["side"] == "end" and "extend" in r["stages"]]


def dry_levels(rows: list[dict], off: float) -> None:
    talks: dict = {}
    for r in ends(rows):
        if abs(r["stages"]["extend"]) <= off:
            continue
        case = r["case"]
        if case not in talks:
            dry = dry_samples(case)
            talks[case] = None if dry is None else (dry, *_talk(case))
        if talks[case] is None:
            continue
        dry, audio, segs = talks[case]
        line = segs[r["line"]]
        truth, end = line["end"], line["end"] + r["stages"]["extend"]
        frames = np.arange(line["start"], truth, 0.01)
        dry_peak = max(_level_db(dry, t) for t in frames)
        wet_peak = max(_level_db(audio.samples, t) for t in frames)
        print(f"{case:<26} {r['line']:2d} {r['word'][:14]:<14} extend {1000 * (end - truth):+5.0f} ms | dry voice at "
              f"the end {_level_db(dry, end) - dry_peak:+6.1f} dB, 20 ms before the truth "
              f"{_level_db(dry, truth - 0.02) - dry_peak:+6.1f} | the talk at the end {_level_db(audio.samples, end) - wet_peak:+6.1f}, "
              f"at the truth {_level_db(audio.samples, truth) - wet_peak:+6.1f}, 0.1 s after "
              f"{_level_db(audio.samples, truth + 0.1) - wet_peak:+6.1f}")


def _hold_end(audio, line: dict, end: float, before: float, after: float, over: float) -> float:
    from aligner.align import after_end, last_sound

    sound = last_sound.last_sound_at(audio, line["start"], end, before, after)
    if sound is None:
        return end
    levels = sound.levels
    lo = max(before + last_sound.BED_GAP, line["start"] - last_sound.BED_BEFORE)
    bed = after_end.background_beside(levels, levels.frames(lo, line["start"] - last_sound.BED_GAP),
                                      levels.frames(end + last_sound.BED_AFTER[0],
                                                    min(after - last_sound.BED_GAP, end + last_sound.BED_AFTER[1])))
    last = levels.frames(end - after_end.LAST, end)
    found = [end]
    for band in range(levels.db.shape[0]):
        held = float(levels.db[band, last].mean())
        if bed is None or held - bed[band] < over:
            continue
        level = np.convolve(levels.db[band], np.ones(3) / 3, mode="same")
        one = last_sound.LastSound(sound.end, sound.after, levels, level, sound.e, held, float(bed[band]))
        found.append(last_sound.followed_end(one, end, CLIFF_REACH, hall=True))
    return max(found)


def _cliff_end(audio, end: float, after: float) -> float:
    from aligner.align.activity import HOP
    from aligner.align.after_end import octave_levels

    hi = min(after - 0.05, end + CLIFF_REACH)
    levels = octave_levels(audio, end - 0.1, hi + 0.1)
    db = np.array([np.convolve(levels.db[b], np.ones(3) / 3, mode="same") for b in CLIFF_BANDS])
    best, best_t = -np.inf, end
    for t in np.arange(end, hi, HOP):
        c = levels.column(t)
        if c - CLIFF_HALF < 0 or c + CLIFF_HALF >= db.shape[1]:
            continue
        drop = float(np.sum(np.maximum(0.0, db[:, c - CLIFF_HALF] - db[:, c + CLIFF_HALF])))
        if drop > best:
            best, best_t = drop, float(t)
    return best_t


def _low_hold_end(audio, end: float, after: float, window: int = 10) -> float:
    """The end of the 100-500 Hz octave's held stretch from ``end``: while over ``window`` frames it falls slower
    than any room's tail (``after_end.ROOM_DECAY[0]`` dB per frame) and stays within HOLD_DB of its last level."""
    from aligner.align.activity import HOP
    from aligner.align.after_end import ROOM_DECAY, octave_levels
    from aligner.align.last_sound import HOLD_DB

    hi = min(after - 0.05, end + CLIFF_REACH)
    levels = octave_levels(audio, end - 0.06, hi + 0.2)
    level = np.convolve(levels.db[0], np.ones(3) / 3, mode="same")
    e = levels.column(end)
    held = float(level[max(0, e - 5):e].mean())
    x, j, last = np.arange(window), e, None
    while j + window <= len(level) and (levels.first + j) * HOP < hi:
        part = level[j:j + window]
        if np.polyfit(x, part, 1)[0] <= -ROOM_DECAY[0] or part.mean() < held - HOLD_DB:
            break
        last, j = j, j + 1
    return end if last is None else max(end, min(hi, (levels.first + last + window / 2) * HOP))


def estimators(rows: list[dict], over: float, loud_db: float) -> None:
    per_talk: dict[str, list[tuple[float, float, float]]] = {}
    talks: dict = {}
    for r in ends(rows):
        case = r["case"]
        if case not in talks:
            talks[case] = _talk(case)
        audio, segs = talks[case]
        k = r["line"]
        line = segs[k]
        before = segs[k - 1]["end"] if k else 0.0
        after = segs[k + 1]["start"] if k + 1 < len(segs) else len(audio.samples) / audio.sample_rate
        end = line["end"] + r["stages"]["extend"]
        cliff = _cliff_end(audio, end, after)
        peak = max(_level_db(audio.samples, t) for t in np.arange(line["start"], end, 0.01))
        loud = _level_db(audio.samples, end) >= peak - loud_db
        per_talk.setdefault(case, []).append((end - line["end"],
                                              _hold_end(audio, line, end, before, after, over) - line["end"],
                                              cliff - line["end"], (cliff if loud else end) - line["end"],
                                              _low_hold_end(audio, end, after) - line["end"]))

    def share(x: np.ndarray, limit: float) -> float:
        return 100.0 * float(np.mean(np.abs(x) <= limit))

    def summary(x: np.ndarray) -> str:
        return (f"{share(x, .05):3.0f}/{share(x, .1):3.0f}/{share(x, .2):3.0f} % med {1000 * np.median(x):+4.0f} ms "
                f"early {100 * np.mean(x < -.1):3.0f} % late {100 * np.mean(x > .1):3.0f} %")

    for case, values in sorted(per_talk.items()):
        a = np.array(values)
        print(f"{case:<26} ends within 100 ms: extend {share(a[:, 0], .1):3.0f} %  hold {share(a[:, 1], .1):3.0f} %  "
              f"cliff {share(a[:, 2], .1):3.0f} %  cliff where loud {share(a[:, 3], .1):3.0f} %  "
              f"low hold {share(a[:, 4], .1):3.0f} %")
    pooled = np.array([v for values in per_talk.values() for v in values])
    for i, name in enumerate(("extend", "hold", "cliff", "cliff where loud", "low hold")):
        print(f"pooled {name:<16} {len(pooled)} ends within 50/100/200 ms {summary(pooled[:, i])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rows", type=Path, nargs="+", help="language_misses.py --json files")
    ap.add_argument("--off", type=float, default=0.1, help="list the ends further than this (s) after extend")
    ap.add_argument("--estimators", action="store_true", help="replay the hold and cliff estimators instead")
    ap.add_argument("--over", type=float, default=12.0, help="hold: octaves this many dB over their background")
    ap.add_argument("--loud", type=float, default=12.0,
                    help="cliff where loud: only where the talk at the end stands within this many dB of the line's "
                         "loudest 20 ms")
    a = ap.parse_args()
    rows = [r for f in a.rows for r in json.loads(f.read_text(encoding="utf-8"))]
    if any(r["case"].startswith(tuple(__import__("cases").UNSEEN_ASIDE_PREFIXES)) for r in rows):
        sys.exit("the aside set not yet looked at is run only by the lead, once, through run.py")
    if a.estimators:
        estimators(rows, a.over, a.loud)
    else:
        dry_levels(rows, a.off)


if __name__ == "__main__":
    main()
