#!/usr/bin/env python3
"""A boundary rule read on the true line ends or starts of every built case nobody left aside: where it moves them.

Before a rule runs in the engine, what it does to edges that are *right* (and to edges set a little early, as the phone
pass leaves them) says what it costs: an end rule should leave true ends where they are, a start rule true starts.
Each reading below puts the truth where the phone pass would have left an edge and runs a rule (off and on, for most):

* ``ends``: :func:`aligner.align.boundaries.extend_to_sound` on each true line end set ``--early`` s early, with and
  without its scraped-noise judgement (``boundaries._scraped_in``, 7110571): the ends it changes, before -> after;
* ``starts``: :func:`aligner.align.scraped_openings.start_after_noise` on each true line start set ``--early`` s
  early: the starts it moves, and where to;
* ``carried``: :func:`aligner.align.boundaries.extend_to_sound` on each true line start set ``--early`` s early (a
  negative value: late, as a phone pass that started inside the first word), with and without the ring's judgement
  (``carried_starts.rings_down_into_the_voice``, fifty-first round) or, with ``--judgement opening``, the opening's
  (``carried_starts.no_longer_unvoiced_than_its_opening``, fifty-fourth round): the starts it changes, before -> after;
* ``crackle``: :func:`aligner.align.crackled_ends.end_before_crackle` on each true line end set ``--early`` s early
  and carried on by ``extend_to_sound``: the ends it takes back, carried -> after (fifty-second round);
* ``overcarried``: :func:`aligner.align.boundaries.extend_to_sound` on each true line start set ``--early`` s early:
  the starts it carries more than ``--limit`` s before the truth (fifty-third round: the forty-sixth set's gas lift
  had it carry starts the phone pass had 34-44 ms early back over the lever's click and hiss; set 30 ms early, 51 of
  6,213 true starts went more than 100 ms early, under every kind of background).

Every built case with segment truth in ``cases.CASES_DIR`` is read **except the aside set nobody has looked at**
(:func:`cases.is_unseen_aside`): in the fiftieth round two such scans written by hand read the newly built set's truth
with the rest (benchmarks/README, the forty-fourth set's section).  Prints one line per edge changed and a count.

    .venv/bin/python benchmarks/true_edges.py ends --early 0.03
    .venv/bin/python benchmarks/true_edges.py starts --early 0.3 --cases 'vy_*'
    .venv/bin/python benchmarks/true_edges.py carried --early -0.05
    .venv/bin/python benchmarks/true_edges.py carried --early 0.03 --judgement opening
    .venv/bin/python benchmarks/true_edges.py crackle --early 0.1
    .venv/bin/python benchmarks/true_edges.py overcarried --early 0.03 --limit 0.1
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from pathlib import Path
from typing import Iterator, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import cases  # noqa: E402


def seen_cases_with_truth(patterns: Optional[list[str]] = None) -> Iterator[tuple[str, Path, list[dict]]]:
    """(name, folder, timed truth segments) of each built case with segment truth, in name order, matching
    ``patterns`` (all when None), never one of the aside set nobody has looked at."""
    for folder in sorted(p for p in cases.CASES_DIR.glob("*") if p.is_dir()):
        name = folder.name
        if cases.is_unseen_aside(name) or (patterns and not any(fnmatch.fnmatchcase(name, p) for p in patterns)):
            continue
        truth = folder / "truth.json"
        if not truth.exists():
            continue
        segments = [s for s in json.loads(truth.read_text()).get("segments", [])
                    if s.get("start") is not None and s.get("end") is not None]
        if segments:
            yield name, folder, segments


def language_of(name: str) -> str:
    """The talk's language as its case name says it (``vy_fr_real_...``), English otherwise."""
    parts = name.split("_")
    return parts[1] if len(parts) > 2 and len(parts[1]) == 2 else "en"


def _audio(folder: Path):
    from aligner.align.activity import Envelope
    from aligner.audio import load_audio

    audio = load_audio(next(p for p in sorted(folder.iterdir()) if p.name.startswith("audio")))
    return audio, Envelope(audio)


def _extended_off_and_on(module, judgement: str, off, audio, env, segment, lo: float, hi: float,
                         language: str) -> tuple:
    """``segment`` (a Segment) as :func:`aligner.align.boundaries.extend_to_sound` leaves it with ``module``'s
    ``judgement`` replaced by ``off``, then with the engine's own (put back whatever happened)."""
    import aligner.align.boundaries as boundaries
    from aligner.align.placement import Placed

    judged = getattr(module, judgement)
    got = []
    for rule in (off, judged):
        setattr(module, judgement, rule)
        try:
            items = [Placed(segment, ("exact",))]
            boundaries.extend_to_sound(items, audio, env, [True], lo, hi, language)
        finally:  # the engine's own judgement back, whatever happened
            setattr(module, judgement, judged)
        got.append(items[0].segment)
    return got[0], got[1]


def _neighbours(segments: list[dict], i: int, duration: float) -> tuple[float, float]:
    """The previous true line's end and the next one's start (the talk's edges where there is none)."""
    return (segments[i - 1]["end"] if i else 0.0,
            segments[i + 1]["start"] if i + 1 < len(segments) else duration)


def ends(name: str, folder: Path, segments: list[dict], early: float) -> Iterator[str]:
    """Each true end (set ``early`` s early) that the scraped-noise judgement changes, before -> after (ms)."""
    import aligner.align.boundaries as boundaries
    from aligner.document import Segment, Word

    audio, env = _audio(folder)
    for i, s in enumerate(segments):
        end = s["end"] - early
        if end - s["start"] < 0.3:
            continue
        last = Word(s["text"].split()[-1], max(s["start"], end - 0.4), end, 0.9)
        off, on = _extended_off_and_on(boundaries, "_scraped_in", lambda *a: False, audio, env,
                                       Segment(s["text"], s["start"], end, words=(last,)),
                                       *_neighbours(segments, i, audio.duration), language_of(name))
        if off.end != on.end:
            yield (f"{name} #{i + 1} end {1000 * (off.end - s['end']):+.0f} -> {1000 * (on.end - s['end']):+.0f} ms"
                   f"  {s['text'][-30:]!r}")


def _starts_set_early(segments: list[dict], early: float) -> Iterator[tuple]:
    """(index, truth line, start, Segment) for each true line start set ``early`` s early (negative: late), the line
    long enough to read (0.3 s from that start), its first word 0.4 s long or to the line's end."""
    from aligner.document import Segment, Word

    for i, s in enumerate(segments):
        start = s["start"] - early
        if s["end"] - start < 0.3:
            continue
        first = Word(s["text"].split()[0], start, min(s["end"], start + 0.4), 0.9)
        yield i, s, start, Segment(s["text"], start, s["end"], words=(first,))


#: The judgements of carried_starts the ``carried`` reading switches off, by --judgement, with what stands in for
#: each: the struck ring's (a ring found nowhere), the opening's (a start carried as far as the sound goes).
CARRY_JUDGEMENTS = {"ring": ("rings_down_into_the_voice", lambda *a: None),
                    "opening": ("no_longer_unvoiced_than_its_opening", lambda audio, env, edge, carried, *a: carried)}


def carried(name: str, folder: Path, segments: list[dict], early: float, judgement: str = "ring") -> Iterator[str]:
    """Each true start (set ``early`` s early, negative: late) whose carrying back ``judgement``
    (:data:`CARRY_JUDGEMENTS`) changes, without -> with it (ms)."""
    import aligner.align.carried_starts as carried_starts

    audio, env = _audio(folder)
    rule, off_stand_in = CARRY_JUDGEMENTS[judgement]
    for i, s, start, segment in _starts_set_early(segments, early):
        off, on = _extended_off_and_on(carried_starts, rule, off_stand_in, audio, env,
                                       segment, *_neighbours(segments, i, audio.duration), language_of(name))
        if off.start != on.start:
            yield (f"{name} #{i + 1} start {1000 * (off.start - s['start']):+.0f} -> "
                   f"{1000 * (on.start - s['start']):+.0f} ms  {s['text'][:30]!r}")


def crackle(name: str, folder: Path, segments: list[dict], early: float) -> Iterator[str]:
    """Each true end the phone pass is taken to have put ``early`` s early (negative: late), carried on by
    :func:`aligner.align.boundaries.extend_to_sound`, that the crackle rule takes back
    (:func:`aligner.align.crackled_ends.end_before_crackle`), carried -> after (ms)."""
    import aligner.align.boundaries as boundaries
    from aligner.align.crackled_ends import end_before_crackle
    from aligner.align.placement import Placed
    from aligner.document import Segment, Word

    audio, env = _audio(folder)
    for i, s in enumerate(segments):
        phone_end = s["end"] - early
        if phone_end - s["start"] < 0.3:
            continue
        lo, hi = _neighbours(segments, i, audio.duration)
        last = Word(s["text"].split()[-1], max(s["start"], phone_end - 0.4), phone_end, 0.9)
        items = [Placed(Segment(s["text"], s["start"], phone_end, words=(last,)), ("exact",))]
        boundaries.extend_to_sound(items, audio, env, [True], lo, hi, language_of(name))
        carried_end = items[0].segment.end
        moved = end_before_crackle(audio, phone_end, carried_end, hi)
        if moved is not None:
            yield (f"{name} #{i + 1} end {1000 * (carried_end - s['end']):+.0f} -> {1000 * (moved - s['end']):+.0f} ms"
                   f"  {s['text'][-30:]!r}")


def overcarried(name: str, folder: Path, segments: list[dict], early: float, limit: float = 0.1) -> Iterator[str]:
    """Each true start set ``early`` s early (negative: late) that :func:`aligner.align.boundaries.extend_to_sound`
    carries more than ``limit`` s before the truth, set -> carried (ms)."""
    import aligner.align.boundaries as boundaries
    from aligner.align.placement import Placed

    audio, env = _audio(folder)
    for i, s, start, segment in _starts_set_early(segments, early):
        items = [Placed(segment, ("exact",))]
        boundaries.extend_to_sound(items, audio, env, [True], *_neighbours(segments, i, audio.duration),
                                   language_of(name))
        carried_to = items[0].segment.start - s["start"]
        if carried_to < -limit:
            yield (f"{name} #{i + 1} start {1000 * (start - s['start']):+.0f} -> {1000 * carried_to:+.0f} ms"
                   f"  {s['text'][:30]!r}")


def starts(name: str, folder: Path, segments: list[dict], early: float) -> Iterator[str]:
    """Each true start (set ``early`` s early, never before the line before's end) the start rule moves (ms)."""
    from aligner.align.scraped_openings import start_after_noise

    audio, env = _audio(folder)
    for i, s in enumerate(segments):
        start = max(segments[i - 1]["end"] if i else 0.0, s["start"] - early)
        words = s.get("words") or []
        first_end = words[0]["end"] if words and words[0].get("end") is not None else min(s["end"], s["start"] + 0.4)
        moved = start_after_noise(audio, env, start, first_end, env.threshold(start, s["end"], frac=0.3))
        if moved is not None:
            yield (f"{name} #{i + 1} start {1000 * (start - s['start']):+.0f} -> {1000 * (moved - s['start']):+.0f} ms"
                   f"  {s['text'][:30]!r}")


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rule", choices=("ends", "starts", "carried", "crackle", "overcarried"))
    ap.add_argument("--early", type=float, default=0.03, help="s each true edge is set early first (default 0.03)")
    ap.add_argument("--limit", type=float, default=0.1, help="overcarried: s before the truth to report (0.1)")
    ap.add_argument("--cases", nargs="*", help="shell patterns of case names (default: every seen built case)")
    ap.add_argument("--judgement", choices=sorted(CARRY_JUDGEMENTS), default="ring",
                    help="carried: the carried_starts judgement switched off and on (default ring)")
    a = ap.parse_args(argv)
    if a.cases and any(cases.is_unseen_aside(p) for p in a.cases):
        raise SystemExit("the aside set nobody has looked at is read only by its look (run.py --asideN)")
    read = changed = 0
    for name, folder, segments in seen_cases_with_truth(a.cases):
        read += len(segments)
        reading = {"ends": ends, "starts": starts, "carried": lambda *args: carried(*args, judgement=a.judgement),
                   "crackle": crackle, "overcarried": lambda *args: overcarried(*args, limit=a.limit)}[a.rule]
        for line in reading(name, folder, segments, a.early):
            changed += 1
            print(line, flush=True)
    what = "carried past the limit" if a.rule == "overcarried" else "changed"
    print(f"{a.rule}: {read} true edges read, {changed} {what}")


if __name__ == "__main__":
    main()
