#!/usr/bin/env python3
"""What the review queue's named reasons add to a finished run: the queue with and without each of them.

Replays the engine's own reason rules -- those that read only our output and the case's audio -- on the segments of
``run.py`` results folders that carry each scored truth segment's start and end (our neighbours' edges around
them, the case's audio), and prints calibration.py's review-queue figures: segments > 200 ms off flagged, flagged
really > 100 ms off, flagged per 100 segments, confidence >= 0.8 within 0.2 s -- for the run as it is, with each
reason added alone and with all of them; then every segment a reason newly flags and the far-off ones left
unflagged.  A reason lowers confidence to ``confidence.DETACHED`` at most and moves no boundary, so on a run made
before a reason this is what a run with it gives (up to segments at a stretch's edge, where the engine takes the
stretch's end as the neighbour); on a run made with it, it only lists.

Each rule was added with its own replay script (noise_end_evidence, late_end_evidence, creak_closure_evidence,
overlong_end_evidence); they shared this loop and are now this script's ``--reasons``:

    .venv/bin/python benchmarks/queue_evidence.py benchmarks/out/results-TAG [...] [--cases 'rd13_*' ...]
    .venv/bin/python benchmarks/queue_evidence.py results-T --reasons end_on_overlong_word \
        --given end_on_creak start_after_closure --by-set   # a run made before j111 and j114, j114's figures per set

``--given`` reasons count as if the run had them (its "as run" line), ``--by-set`` adds the table per case prefix.
A rule the engine reads on English talks only (``ENGLISH_ONLY``) is not read on a talk in another language (the
output's ``language``).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's engine, not the venv's install

from calibration import carriers, scored_with_audio  # noqa: E402

from aligner.align.activity import Envelope  # noqa: E402
from aligner.align.another_voice import another_voice_after  # noqa: E402
from aligner.align.buried_ends import end_buried_in_background  # noqa: E402
from aligner.align.channel_hiss import end_on_squelch_tail, end_under_channel_hiss, keyed_channel  # noqa: E402
from aligner.align.clipped_ends import end_cut_short, typical_last_word, typical_pace  # noqa: E402
from aligner.align.closure_starts import start_after_closure  # noqa: E402
from aligner.align.confidence import (DETACHED, LOW, PAUSE_MIN, end_before_unheard_sound, pauses_beside,  # noqa: E402
                                      stretched_before_join)
from aligner.align.creaking_ends import end_on_creak  # noqa: E402
from aligner.align.late_ends import end_in_decay, end_on_steady_tone, typical_run_on  # noqa: E402
from aligner.align.overlong_ends import end_on_overlong_word  # noqa: E402
from aligner.align.impact_beds import impacts_around  # noqa: E402
from aligner.align.past_own_voice import end_past_own_voice  # noqa: E402
from aligner.align.placement import Placed  # noqa: E402
from aligner.align.released_ends import end_before_release  # noqa: E402
from aligner.align.ringing_ends import ringing_line_ends  # noqa: E402
from aligner.align.trailing_voice import end_in_trailing_voice  # noqa: E402
from aligner.align.review_evidence import (another_sound_after, end_fades_into_noise, narrow_band_at_end,  # noqa: E402
                                          sound_holds_after, sound_over_pause_floor)
from aligner.align.sibilant_ends import end_without_sibilant  # noqa: E402
from aligner.align.sound_stops import end_before_sound_stops  # noqa: E402
from aligner.align.squeezed_starts import start_after_squeezed_words  # noqa: E402
from aligner.align.unscripted_edges import end_runs_into_unscripted  # noqa: E402
from aligner.align.voice_edges import end_after_voice, start_before_voice  # noqa: E402
from aligner.align.voice_onsets import start_without_onset  # noqa: E402
from aligner.audio import Audio  # noqa: E402
from aligner.document import NOT_HEARD, Segment, UnscriptedSpan, Word  # noqa: E402
from aligner.sentences import punctuates_sentences  # noqa: E402

FAR, OFF, SURE, NEAR = 0.2, 0.1, 0.8, 0.2


@dataclass
class Talk:
    """One case's output as the engine's rules read it: the audio, its envelope, our timed segments (as the JSON has
    them and as the engine holds them), how long the talk's last words last per phone, the unscripted spans, whether
    its transcript punctuates sentences, whether it is English, how far its lines run on under their voice as a
    rule (:func:`.late_ends.typical_run_on`), and which of its ends stop at once into a room's ringing field
    (:func:`.ringing_ends.ringing_line_ends`), whether it is heard through a keyed channel
    (:func:`.channel_hiss.keyed_channel`), and how long its lines' words last per phone
    (:func:`.clipped_ends.typical_pace`)."""
    audio: Audio
    env: Envelope
    raw: list[dict]
    segments: list[Segment]
    per_phone: float | None
    unscripted: list[UnscriptedSpan]
    punctuated: bool
    english: bool
    run_on: float = 0.0
    ringing: frozenset[float] = frozenset()
    keyed: bool = False
    pace: float | None = None
    _listeners: dict[int, bool] = field(default_factory=dict)
    _impacts: dict[int, bool] = field(default_factory=dict)

    def impacts_beside(self, k: int) -> bool:
        """Whether impacts jump in level on both sides of segment ``k`` (English only), as scoring reads it
        (:func:`.impact_beds.impacts_around`)."""
        if k not in self._impacts:
            s = self.segments[k]
            self._impacts[k] = self.english and impacts_around(self.env, s.start, s.end, self.before(k), self.after(k))
        return self._impacts[k]

    def listener_after(self, k: int) -> bool:
        """Whether the sound right after segment ``k``'s end is a listener's voice taking over (English only), as
        scoring reads it (:func:`.another_voice.another_voice_after`)."""
        if k not in self._listeners:
            s = self.segments[k]
            self._listeners[k] = self.english and another_voice_after(self.audio, self.env, s.start, s.end)
        return self._listeners[k]

    def before(self, k: int) -> float:
        """Where the segment before ``k`` ends (the recording's start for the first)."""
        return self.segments[k - 1].end if k else 0.0

    def after(self, k: int) -> float:
        """Where the segment after ``k`` starts (the recording's end for the last)."""
        return self.segments[k + 1].start if k + 1 < len(self.segments) else self.audio.duration


def _sound_after_end(t: Talk, k: int, floor: bool) -> bool:
    """As scoring reads it, the band around the end included (:func:`.review_evidence.narrow_band_at_end`)."""
    s, hi = t.segments[k], t.after(k)
    _, after = pauses_beside(t.env, Segment(s.text, s.start, s.end), t.before(k), hi)
    holds = sound_holds_after(t.env, s.end) and not another_sound_after(t.audio, s.end)  # as scoring reads it
    return end_before_unheard_sound(after, hi - s.end, narrow_band_at_end(t.audio, s.start, s.end, hi), holds,
                                    floor and holds and sound_over_pause_floor(t.env, s.end, hi))


def _stretched_join(t: Talk, k: int) -> bool:
    """As scoring reads it: a join with no pause where the word before it is drawn out, in a punctuated transcript."""
    def placed(i: int) -> Placed:
        return Placed(t.segments[i], ("exact",) * len(t.segments[i].words))

    s = t.segments[k]
    after = k + 1 < len(t.segments) and t.after(k) - s.end < PAUSE_MIN and stretched_before_join(placed(k))
    before = k > 0 and s.start - t.before(k) < PAUSE_MIN and stretched_before_join(placed(k - 1))
    return t.punctuated and bool(after or before)


#: Every replayable reason: its name (the engine's flag where it has one) and its rule read on segment k of a talk.
RULES: dict[str, Callable[[Talk, int], bool]] = {
    "start_before_voice": lambda t, k: start_before_voice(t.audio, t.env, t.segments[k].start, t.segments[k].end),
    "end_after_voice": lambda t, k: end_after_voice(t.audio, t.env, t.segments[k].start, t.segments[k].end),
    "sound_after_end": lambda t, k: _sound_after_end(t, k, floor=False),
    "over_pause_floor": lambda t, k: _sound_after_end(t, k, floor=True),
    "end_in_noise": lambda t, k: end_fades_into_noise(t.audio, t.env, t.segments[k].start, t.segments[k].end,
                                                      t.before(k), t.after(k)),
    "end_cut_short": lambda t, k: end_cut_short(t.env, t.segments[k], t.after(k), t.per_phone, t.audio),
    "start_without_onset": lambda t, k: start_without_onset(t.env, t.segments[k].start, t.segments[k].end,
                                                            t.before(k)),
    "end_in_unscripted": lambda t, k: end_runs_into_unscripted(t.unscripted, t.segments[k].text,
                                                               t.segments[k].start, t.segments[k].end),
    "end_in_decay": lambda t, k: end_in_decay(t.audio, t.env, t.segments[k].start, t.segments[k].end, t.run_on),
    "end_on_tone": lambda t, k: end_on_steady_tone(t.audio, t.env, t.segments[k].start, t.segments[k].end),
    "stretched_join": _stretched_join,
    "end_on_creak": lambda t, k: end_on_creak(t.audio, t.env, t.segments[k], t.per_phone),
    "start_after_closure": lambda t, k: start_after_closure(t.audio, t.env, t.segments[k], t.before(k)),
    "end_on_overlong_word": lambda t, k: end_on_overlong_word(t.segments[k], t.per_phone, t.pace),
    "end_in_trailing_voice": lambda t, k: end_in_trailing_voice(t.audio, t.env, t.segments[k].start,
                                                                t.segments[k].end, t.after(k)),
    "end_before_sound_stops": lambda t, k: end_before_sound_stops(t.env, t.segments[k].end, t.after(k)),
    "end_without_sibilant": lambda t, k: end_without_sibilant(t.audio, t.segments[k], t.before(k), t.after(k)),
    "end_past_own_voice": lambda t, k: end_past_own_voice(t.audio, t.env, t.segments[k].start, t.segments[k].end,
                                                          t.segments[k].text),
    "end_under_channel_hiss": lambda t, k: end_under_channel_hiss(t.env, t.segments[k].start, t.segments[k].end,
                                                                  t.after(k), t.keyed),
    "end_on_squelch_tail": lambda t, k: end_on_squelch_tail(t.env, t.audio, t.segments[k].start, t.segments[k].end),
    "start_after_squeezed_words": lambda t, k: start_after_squeezed_words(t.audio, t.env, t.segments[k], t.before(k)),
    "end_before_release": lambda t, k: end_before_release(t.audio, t.env, t.segments[k], t.after(k)),
    "end_buried": lambda t, k: end_buried_in_background(t.audio, t.env, t.segments[k], t.before(k), t.after(k),
                                                        t.per_phone),
}
#: The reasons scoring does not raise, in English, where the sound after the end is a listener's voice taking over
#: (``scoring.surroundings``: that sound is no doubt of the end).
LISTENER_EXCUSED = frozenset({"sound_after_end", "over_pause_floor", "end_cut_short", "end_in_noise",
                              "end_before_sound_stops", "end_buried"})
#: The reasons scoring does not raise, in English, where impacts jump in level on both sides of the line
#: (``scoring.surroundings``, :mod:`.impact_beds`: the sound after the end is that background going on).
IMPACT_EXCUSED = frozenset({"sound_after_end", "over_pause_floor", "end_cut_short", "end_before_sound_stops",
                            "end_in_trailing_voice", "end_buried"})
#: The reasons scoring does not raise at an end that stops at once into a room's ringing field (``scoring.surroundings``'
#: ``ringing``, :func:`.ringing_ends.ringing_line_ends`: what rings after it is no cut word's weak rest).
RING_EXCUSED = frozenset({"end_cut_short", "end_buried"})
#: The reasons scoring reads on English talks only (``scoring.surroundings``' ``english``; end_cut_short's talk
#: measure is English's).
ENGLISH_ONLY = frozenset({"end_cut_short", "end_in_decay", "end_on_tone", "stretched_join", "end_on_creak",
                          "start_after_closure", "end_on_overlong_word", "end_in_trailing_voice",
                          "end_before_sound_stops", "end_without_sibilant", "end_past_own_voice",
                          "start_after_squeezed_words", "end_before_release", "end_buried"})


@dataclass
class Row:
    """One scored truth segment: where, its text, signed errors, the run's confidence, the reasons that fire."""
    case: str
    text: str
    err_start: float
    err_end: float
    confidence: float
    reasons: frozenset[str]

    @property
    def error(self) -> float:
        return max(abs(self.err_start), abs(self.err_end))

    def confidence_with(self, reasons) -> float:
        """The confidence a run with ``reasons`` gives it: DETACHED at most where one of them fires."""
        return min(self.confidence, DETACHED) if self.reasons & set(reasons) else self.confidence


def segment_of(s: dict) -> Segment:
    """Our output's segment ``s`` as the engine holds it: its times and its words' times."""
    words = tuple(Word(w["word"], w.get("start"), w.get("end")) for w in s.get("words", []))
    return Segment(s["text"], s["start"], s["end"], words=words)


def rows(results: Path, patterns: tuple[str, ...], names: set[str]):
    """A :class:`Row` per scored truth segment our output placed, with the reasons of ``names`` that fire at the
    segments carrying its start and its end (a not-heard segment is not read: scoring gives it none)."""
    for case, scored, raw, audio, env, output in scored_with_audio(results, patterns, whole=True):
        segments = [segment_of(s) for s in raw]
        spans = [UnscriptedSpan(u["start"], u["end"], u.get("text", "")) for u in output.get("unscripted", [])]
        english = output.get("language", "en") == "en"
        per_phone = typical_last_word(segments)
        talk = Talk(audio, env, raw, segments, per_phone, spans,
                    punctuates_sentences(s.text for s in segments), english,
                    typical_run_on(env, segments) if english else 0.0,
                    ringing_line_ends(env, segments) if english and per_phone is not None else frozenset(),
                    keyed_channel(env, segments), typical_pace(segments) if english else None)
        read = {n for n in names if english or n not in ENGLISH_ONLY}
        cache: dict[int, frozenset[str]] = {}

        def reasons_at(k: int) -> frozenset[str]:
            if k not in cache:
                live = raw[k].get("confidence") is not None and NOT_HEARD not in raw[k].get("flags", [])
                cache[k] = frozenset(n for n in read if live and RULES[n](talk, k)
                                     and not (n in LISTENER_EXCUSED and talk.listener_after(k))
                                     and not (n in IMPACT_EXCUSED and talk.impacts_beside(k))
                                     and not (n in RING_EXCUSED and talk.segments[k].end in talk.ringing))
            return cache[k]

        for r in scored:
            found = carriers(raw, r)
            if found is not None:
                j, k, conf = found
                yield Row(case, r["text"], r["err_start"], r["err_end"], conf, reasons_at(j) | reasons_at(k))


def figures(data: list[Row], reasons) -> str:
    """calibration.py's queue figures for ``data`` with ``reasons`` replayed (as markdown cells)."""
    conf = [r.confidence_with(reasons) for r in data]
    far = [c for c, r in zip(conf, data) if r.error > FAR]
    queue = [r for c, r in zip(conf, data) if c < LOW]
    real = sum(r.error > OFF for r in queue)
    caught = sum(c < LOW for c in far)
    sure = [r for c, r in zip(conf, data) if c >= SURE]
    return (f"{caught} of {len(far)} ({caught / max(1, len(far)):.1%}) | {real} of {len(queue)} "
            f"({real / max(1, len(queue)):.1%}) | {100 * len(queue) / max(1, len(data)):.1f} | "
            f"{sum(r.error <= NEAR for r in sure) / max(1, len(sure)):.1%}")


HEADER = "> 200 ms off, flagged | flagged, really > 100 ms off | flagged per 100 segments | conf >= 0.8 within 0.2 s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path, help="run.py results folders")
    ap.add_argument("--cases", nargs="+", default=["*"], metavar="PATTERN", help="only these cases")
    ap.add_argument("--reasons", nargs="+", choices=sorted(RULES), default=list(RULES), metavar="REASON",
                    help=f"the reasons to add (default: all of {', '.join(RULES)})")
    ap.add_argument("--given", nargs="+", choices=sorted(RULES), default=[], metavar="REASON",
                    help="reasons counted as part of the run (a run made before them reads as one with them)")
    ap.add_argument("--by-set", action="store_true", help="also the queue before and after per case prefix")
    opts = ap.parse_args()
    added = [n for n in opts.reasons if n not in opts.given]
    data = [row for f in opts.folders for row in rows(f, tuple(opts.cases), set(added) | set(opts.given))]
    if not data:
        raise SystemExit("no scored results of 'ours' there")
    given, every = set(opts.given), set(opts.given) | set(added)
    print(f"{len(data)} segments with timing truth\n")
    print(f"| queue | {HEADER} |\n|---|---|---|---|---|")
    print(f"| as run{' + ' + ', '.join(opts.given) if given else ''} | {figures(data, given)} |")
    for name in added:
        print(f"| + {name} | {figures(data, given | {name})} |")
    if len(added) > 1:
        print(f"| + all {len(added)} | {figures(data, every)} |")
    if opts.by_set:
        by_set = defaultdict(list)
        for r in data:
            by_set[r.case.split("_")[0]].append(r)
        print(f"\n| set | before: {HEADER} | after: {HEADER} |\n|---|---|---|---|---|---|---|---|---|")
        for name, group in sorted(by_set.items()) + [("pooled", data)]:
            print(f"| {name} | {figures(group, given)} | {figures(group, every)} |")
    print("\nnewly flagged (confidence as run, signed start / end error, reasons):")
    for r in data:
        if r.confidence_with(given) >= LOW and r.confidence_with(every) < LOW:
            kind = "far" if r.error > FAR else "100-200" if r.error > OFF else "within 100 ms"
            print(f"  {kind:13s} {r.confidence:.2f} {1000 * r.err_start:+6.0f} / {1000 * r.err_end:+6.0f} ms  "
                  f"{','.join(sorted(r.reasons - given)):40s} {r.case}: {r.text[:40]}")
    print("\n> 200 ms off, still not flagged:")
    for r in data:
        if r.error > FAR and r.confidence_with(every) >= LOW:
            print(f"  {r.confidence:.2f} {1000 * r.err_start:+6.0f} / {1000 * r.err_end:+6.0f} ms  {r.case}: {r.text[:50]}")


if __name__ == "__main__":
    main()
