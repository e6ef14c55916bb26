#!/usr/bin/env python3
"""What the review queue's named reasons add to a finished run: the queue with and without each of them.

For every scored truth segment of ``run.py`` results folders, runs the engine's own reason rules on our segments
that carry its start and its end (our neighbours' edges around them, the case's audio):
``voice_edges.start_before_voice`` / ``end_after_voice`` (a start or an end in sound with no voice) and the short
joins of ``confidence.end_before_unheard_sound`` (sound that holds after an end, the next line closer than
HISS_ROOM), and the same rule told ``review_evidence.sound_over_pause_floor`` (``over_pause_floor``: sound that holds
after an end and stands OVER_FLOOR_DB over the background of the pause after it, quiet pause or not; j51), and
``clipped_ends.end_cut_short`` (``end_cut_short``: the last word short against the talk's last words and a weak
sound over the pause's floor after the end; j57; the engine reads it on English talks only), and
``voice_onsets.start_without_onset`` (``start_without_onset``: an opening well under the line's voice that does not
rise over the sound before it; j62), and ``unscripted_edges.end_runs_into_unscripted`` (``end_in_unscripted``: heard
words the transcript does not hold begin inside the line and run on past its end; j67), and prints
calibration.py's review-queue figures -- segments > 200 ms off flagged, flagged really > 100 ms off, flagged per
100 segments -- for the run as it is, and with each reason added alone and all together; then every
segment a reason newly flags and the far-off ones left unflagged.  The reasons only lower confidence, so on a run
made before them this is what a run with them gives (up to segments at a stretch's edge, where the engine takes
the stretch's end as the neighbour); on a run made with them it only lists.

    .venv/bin/python benchmarks/queue_evidence.py benchmarks/out/results-TAG [...] [--cases 'rd13_*' ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's engine, not the venv's install

from calibration import carriers, scored_with_audio  # noqa: E402

from aligner.align.clipped_ends import end_cut_short, typical_last_word  # noqa: E402
from aligner.align.confidence import end_before_unheard_sound, pauses_beside  # noqa: E402
from aligner.align.review_evidence import sound_holds_after, sound_over_pause_floor  # noqa: E402
from aligner.align.voice_edges import end_after_voice, start_before_voice  # noqa: E402
from aligner.align.unscripted_edges import end_runs_into_unscripted  # noqa: E402
from aligner.align.voice_onsets import start_without_onset  # noqa: E402
from aligner.document import Segment, UnscriptedSpan, Word  # noqa: E402

FAR, OFF = 0.2, 0.1
REASONS = ("start_before_voice", "end_after_voice", "sound_after_end", "over_pause_floor", "end_cut_short",
           "start_without_onset", "end_in_unscripted")


def segment_of(s: dict) -> Segment:
    """Our output's segment ``s`` as the engine holds it: its times and its words' times."""
    words = tuple(Word(w["word"], w.get("start"), w.get("end")) for w in s.get("words", []))
    return Segment(s["text"], s["start"], s["end"], words=words)


def reasons_of(audio, env, segs: list[dict], k: int, per_phone=None, found=()) -> set[str]:
    """The reasons the engine's rules give segment ``k`` of our output ``segs`` (``per_phone``: how long the
    talk's last words last per phone, :func:`.clipped_ends.typical_last_word`; ``found``: the output's unscripted
    spans)."""
    s = segs[k]
    lo = segs[k - 1]["end"] if k else 0.0
    hi = segs[k + 1]["start"] if k + 1 < len(segs) else audio.duration
    out = set()
    if start_before_voice(audio, env, s["start"], s["end"]):
        out.add("start_before_voice")
    if end_after_voice(audio, env, s["start"], s["end"]):
        out.add("end_after_voice")
    _, after = pauses_beside(env, Segment(s["text"], s["start"], s["end"]), lo, hi)
    holds = sound_holds_after(env, s["end"])
    if end_before_unheard_sound(after, hi - s["end"], False, holds):
        out.add("sound_after_end")
    if end_before_unheard_sound(after, hi - s["end"], False, holds, sound_over_pause_floor(env, s["end"], hi)):
        out.add("over_pause_floor")
    if end_cut_short(env, segment_of(s), hi, per_phone):
        out.add("end_cut_short")
    if start_without_onset(env, s["start"], s["end"], lo):
        out.add("start_without_onset")
    if end_runs_into_unscripted(found, s["text"], s["start"], s["end"]):
        out.add("end_in_unscripted")
    return out


def rows(results: Path, patterns: tuple[str, ...]):
    """(case, text, signed start and end error, confidence, reasons at its start's and end's segments)."""
    for case, scored, segs, audio, env, found in scored_with_audio(results, patterns, unscripted=True):
        per_phone = typical_last_word([segment_of(s) for s in segs])
        spans = [UnscriptedSpan(u["start"], u["end"], u.get("text", "")) for u in found]
        reasons = [reasons_of(audio, env, segs, k, per_phone, spans) for k in range(len(segs))]
        for r in scored:
            found = carriers(segs, r)
            if found is not None:
                j, k, conf = found
                yield case, r["text"], r["err_start"], r["err_end"], conf, reasons[j] | reasons[k]


def err(row) -> float:
    return max(abs(row[2]), abs(row[3]))


def summary(name: str, data: list, flagged) -> str:
    far = [r for r in data if err(r) > FAR]
    queue = [r for r in data if flagged(r)]
    real = sum(err(r) > OFF for r in queue)
    return (f"| {name} | {sum(map(flagged, far))} of {len(far)} ({sum(map(flagged, far)) / max(1, len(far)):.1%}) | "
            f"{real} of {len(queue)} ({real / max(1, len(queue)):.1%}) | {100 * len(queue) / len(data):.1f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path, help="run.py results folders")
    ap.add_argument("--cases", nargs="+", default=["*"], metavar="PATTERN", help="only these cases")
    opts = ap.parse_args()
    data = [row for f in opts.folders for row in rows(f, tuple(opts.cases))]
    if not data:
        raise SystemExit("no scored results of 'ours' there")
    print(f"{len(data)} segments with timing truth\n")
    print("| queue | > 200 ms off, flagged | flagged, really > 100 ms off | flagged per 100 segments |")
    print("|---|---|---|---|")
    print(summary("as run", data, lambda r: r[4] < 0.5))
    for reason in REASONS:
        print(summary(f"+ {reason}", data, lambda r, reason=reason: r[4] < 0.5 or reason in r[5]))
    print(summary("+ all", data, lambda r: r[4] < 0.5 or bool(r[5])))
    print("\nnewly flagged (signed start / end error):")
    for case, text, es, ee, conf, reasons in data:
        if reasons and conf >= 0.5:
            e = max(abs(es), abs(ee))
            kind = "far" if e > FAR else "100-200" if e > OFF else "within 100 ms"
            print(f"  {kind:13s} {conf:.2f} {1000 * es:+6.0f} / {1000 * ee:+6.0f} ms  {','.join(sorted(reasons)):40s} "
                  f"{case}: {text[:40]}")
    print("\n> 200 ms off, still not flagged:")
    for case, text, es, ee, conf, reasons in data:
        if max(abs(es), abs(ee)) > FAR and conf >= 0.5 and not reasons:
            print(f"  {conf:.2f} {1000 * es:+6.0f} / {1000 * ee:+6.0f} ms  {case}: {text[:50]}")


if __name__ == "__main__":
    main()
