"""A second listen around sentences Whisper mostly did not hear.

Whisper's voice-activity filter and its 30-s windows sometimes drop a whole
sentence (a quiet speaker after a loud one, a sentence cut across two windows).
When the transcript says a sentence lies between two heard ones and there is
room for it there, that stretch of audio alone is given to Whisper again
(:func:`.recognize.recognize_again`), and its words replace what the first
listen heard inside it.  Text that has no room, or a transcript most of which
was not heard, is not listened to again: that is a mismatch, not a miss --
unless sound Whisper skipped lies next to it (see :func:`_reach_over_skipped_sound`).
A second listen that matches less of the text than the first adds only what it heard where the
first heard nothing (:func:`listen_and_place`): on its own, a short window is where Whisper hallucinates.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple, Optional, Sequence

from ..audio import Audio
from ..document import Document
from ..progress import CancelToken
from .activity import Envelope
from .matching import HEARD_AS_WRITTEN
from .placement import Placer
from .recognize import HeardWord, recognize_again
from .segment_placement import StretchPlacement, place_stretch
from .stretches import Stretch

#: Segments most of whose tokens Whisper did not hear, in a run of at least this many tokens, get a second listen ...
RESCUE_MIN_TOKENS = 3
#: ... when the stretch between their anchors is at least this long (s) ...
RESCUE_MIN_SECONDS = 0.8
#: ... unless more than this share of the stretch's tokens went unheard (the text is not of this audio) ...
RESCUE_MAX_UNHEARD = 0.5
#: ... or the stretches add up to more than this share of the audio (and two minutes).
RESCUE_MAX_SHARE = 0.5
#: A stretch at least this long (s) in which no word of the text was heard, though sound runs through
#: it, may be speech Whisper skipped: a window's timestamps can jump past 20 s of speech and put the
#: words of its first sentence where the following ones were said.  Text that does not all fit between
#: its anchors is listened to again over such a stretch next to it (and the anchors that jumped) ...
SKIPPED_MIN_SECONDS = 4.0
#: ... when the stretch begins (or ends) within this many seconds of the text's anchor.
SKIPPED_REACH_SECONDS = 30.0
#: A heard "word" stamped longer than this (s) is Whisper's timestamps jumping over speech it did not
#: transcribe: the slowest words of the dev talks last under 1.5 s.
JUMP_SECONDS = 3.0
#: A first-listen word inside a window is replaced only if a later listen heard a word within this (s) of it.
KEEP_APART_SECONDS = 1.0


class SkippedSound(NamedTuple):
    """A stretch with no heard word in it, and how many seconds of sound it holds."""

    start: float
    end: float
    sound: float


def rescue_windows(placer: Placer, t0: float, t1: float,
                   skipped: Sequence[SkippedSound] = ()) -> list[tuple[float, float]]:
    """Stretches of audio worth a second listen: around segments Whisper mostly did not hear.

    ``placer`` is the first placement of the stretch [t0, t1].  A window runs
    from the last heard token before such a segment to the first heard token
    after it.  Returns nothing when the unheard segments hold most of the text:
    then text and audio disagree wholesale, and listening again will not help.
    Text that does not all fit between its anchors is listened to again over
    one of the ``skipped`` stretches (:func:`skipped_sound`) next to them, if
    there is one: even text with no room at all.
    """
    times = placer.times
    heard = [t is not None and t.how in HEARD_AS_WRITTEN for t in times]
    last_heard, next_heard = _nearest_heard(heard)
    by_segment: dict[int, list[int]] = {}
    for k, seg in enumerate(placer.segment_of):
        by_segment.setdefault(seg, []).append(k)
    unheard_tokens = 0
    windows: list[tuple[float, float]] = []
    for run in _unheard_runs(by_segment, heard):
        toks = [k for seg in run for k in seg]
        if len(toks) < RESCUE_MIN_TOKENS:
            continue
        unheard_tokens += len(toks)
        before = last_heard[toks[0]]
        after = next_heard[toks[-1]]
        lo = times[before].end if before is not None else t0
        hi = times[after].start if after is not None else t1
        # room for one of the run's segments is enough (each would have had its own window between the same
        # anchors): a run of one-word lines needs room for one word, not for all of them
        lengths = [placer.rate * sum(len(placer.tokens[k]) + 1 for k in seg) for seg in run]
        needed = max(RESCUE_MIN_SECONDS, 0.5 * min(lengths))
        # Sound Whisper skipped next to the anchors is reached for whenever the whole run does not fit between
        # them, not only when no line of it does: long_60min's last minute squeezed four sentences (18 s) into
        # the 2.6 s left after "... had failed.", room enough for half of one, with 18 s of skipped speech before.
        if hi - lo < max(needed, 0.5 * sum(lengths)):
            wider = _reach_over_skipped_sound(lo, hi, needed, skipped)
            if wider is not None:
                lo, hi = wider
            elif hi - lo < needed:
                continue  # no room for this text here: it was not said, listening again cannot change that
        if windows and lo <= windows[-1][1]:
            windows[-1] = (min(lo, windows[-1][0]), max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    if unheard_tokens > RESCUE_MAX_UNHEARD * max(1, len(times)):
        return []
    if sum(b - a for a, b in windows) > max(120.0, RESCUE_MAX_SHARE * (t1 - t0)):
        return []
    return windows


def _unheard_runs(by_segment: dict[int, list[int]], heard: list[bool]) -> list[list[list[int]]]:
    """Runs of consecutive segments each mostly unheard (their token indices, segment by segment).

    A segment of one or two words is too little to listen to again for (one unheard word is noise in
    the matching), but a run of them is not: a vocabulary list read as one-word lines, whose tail
    Whisper stopped transcribing (vx_kt_words_rustle_mp3: the last 7 of 20 words, each a line), is 7
    unheard tokens in a row with sound under them.  A run is judged as a whole by
    :data:`RESCUE_MIN_TOKENS`; a heard segment ends it.
    """
    runs: list[list[list[int]]] = []
    current: list[list[int]] = []
    for _, toks in sorted(by_segment.items(), key=lambda kv: kv[1][0]):
        if sum(heard[k] for k in toks) >= 0.5 * len(toks):
            if current:
                runs.append(current)
            current = []
        else:
            current.append(toks)
    if current:
        runs.append(current)
    return runs


def skipped_sound(words: Sequence[HeardWord], env: Envelope, t0: float, t1: float) -> list[SkippedSound]:
    """Stretches of [t0, t1] of at least SKIPPED_MIN_SECONDS in which Whisper heard no word at all.

    Each comes with the seconds of sound in it: a long pause is quiet, speech
    Whisper skipped is not.  Words heard but not in the transcript (an
    unscripted aside) count as heard: their stretch was not skipped.
    """
    out: list[SkippedSound] = []
    last_end = t0
    for w in sorted(words, key=lambda w: w.start) + [HeardWord("", t1, t1, 1.0)]:
        if w.start - last_end >= SKIPPED_MIN_SECONDS:
            sound = sum(y - x for x, y in env.voiced_runs(last_end, w.start))
            out.append(SkippedSound(last_end, w.start, sound))
        last_end = max(last_end, w.end)
    return out


def _reach_over_skipped_sound(lo: float, hi: float, needed: float,
                              skipped: Sequence[SkippedSound]) -> Optional[tuple[float, float]]:
    """The window [lo, hi] widened over skipped sound next to it that holds ``needed`` s of sound, or None.

    The skipped stretch must end at most SKIPPED_REACH_SECONDS before ``lo`` (the
    end of the heard word before the unheard text) or begin at most that long
    after ``hi``: further away, it cannot explain why the anchors left no room.
    """
    wider = None
    for gap in skipped:
        if gap.sound < needed:
            continue
        if lo - SKIPPED_REACH_SECONDS <= gap.end <= lo + 1e-6:
            wider = (min(gap.start, wider[0] if wider else lo), wider[1] if wider else hi)
        elif hi - 1e-6 <= gap.start <= hi + SKIPPED_REACH_SECONDS:
            wider = (wider[0] if wider else lo, max(gap.end, wider[1] if wider else hi))
    return wider


def listen_and_place(doc: Document, st: Stretch, words: list[HeardWord], placement: StretchPlacement, model,
                     audio: Audio, env: Envelope, windows: list[tuple[float, float]], language: Optional[str],
                     cancel: Optional[CancelToken]) -> tuple[list[HeardWord], StretchPlacement]:
    """The stretch's words and placement after a second listen to ``windows``.

    Given a few seconds alone, Whisper can make up what it did not hear: a fast talk at 265 words a minute
    (``test_forced_pauses``' voice), where the first listen had "still have lapsed. And expected the ... annual
    League." over the end of one line and the next, heard "I'll go to the next video, I'll go to the next video."
    there the second time; placed on that, the next line started 0.8 s late (0.4 s after the phone pass).  Yet a
    second listen that matches less of the text may still hear what the first skipped: ``mx_real_tiled_mismatch``'s
    sentence the transcript lacks (3.3 s), with two words elsewhere in its 27 s window heard worse.  So when the
    second listen matches fewer of the transcript's tokens in trusted runs than the first, only its words in the
    sound the first listen left without words are added to the first listen's (:func:`_in_first_gaps`), and that
    is kept if it matches no fewer than the first.

    Each window is judged on its own (:func:`_judge_window`), in order: judged together, one window's gain hid
    another's loss.  ``iy_espeak_sewing_cuckoo_page_mov``: a second listen to 18.8-31.7 s made "the research group"
    "a member" five times (8 trusted tokens fewer), one to 56.2-63.5 s heard a sentence the first had missed (10
    more); the sum, 2 more, was kept, and a whole line moved 0.8 s early.
    """
    again_words = listen_again(model, audio, env, windows, words, language, cancel)
    first_ids = {id(w) for w in words}
    again_ids = {id(w) for w in again_words}
    new = _by_window([w for w in again_words if id(w) not in first_ids], windows)
    dropped = _by_window([w for w in words if id(w) not in again_ids], windows)
    kept_words, kept = words, placement
    for k, window in enumerate(windows):
        kept_words, kept = _judge_window(doc, st, kept_words, kept, words, new[k], dropped[k], window, env, language)
    return kept_words, kept


def _by_window(words: Sequence[HeardWord], windows: Sequence[tuple[float, float]]) -> list[list[HeardWord]]:
    """``words`` shared out to the window nearest each (a later listen's word may stick out of its window)."""
    out: list[list[HeardWord]] = [[] for _ in windows]
    for w in words:
        mid = (w.start + w.end) / 2
        out[min(range(len(windows)), key=lambda k: max(windows[k][0] - mid, mid - windows[k][1], 0.0))].append(w)
    return out


def _judge_window(doc: Document, st: Stretch, words: list[HeardWord], placement: StretchPlacement,
                  first: Sequence[HeardWord], new: Sequence[HeardWord], dropped: Sequence[HeardWord],
                  window: tuple[float, float], env: Envelope,
                  language: Optional[str]) -> tuple[list[HeardWord], StretchPlacement]:
    """``words`` (placed as ``placement``) with one window's later listen put in (``new`` words in, the first
    listen's ``dropped`` words out) if it matches no fewer tokens in trusted runs; else with only its words where
    the first listen heard nothing (:func:`_in_first_gaps`), if that matches no fewer; else as they were."""
    dropped_ids = {id(w) for w in dropped}
    again_words = sorted([w for w in words if id(w) not in dropped_ids] + list(new), key=lambda w: w.start)
    again = place_stretch(doc, st, again_words, env, language)
    if again.strong >= placement.strong:
        return again_words, again
    added = _in_first_gaps(new, first, [window])
    if not added:
        return words, placement
    merged_words = sorted(words + added, key=lambda w: w.start)
    merged = place_stretch(doc, st, merged_words, env, language)
    return (merged_words, merged) if merged.strong >= placement.strong else (words, placement)


def _in_first_gaps(again: Sequence[HeardWord], first: Sequence[HeardWord],
                   windows: Sequence[tuple[float, float]]) -> list[HeardWord]:
    """The words of a later listen inside ``windows`` with no first-listen word within KEEP_APART_SECONDS."""
    first = sorted(first, key=lambda w: w.start)
    starts = [w.start for w in first]
    return [w for w in again if _within(w, windows) and not _near_any(w, first, starts)]


def listen_again(model, audio: Audio, env: Envelope, windows: list[tuple[float, float]],
                 words: list[HeardWord], language: Optional[str],
                 cancel: Optional[CancelToken]) -> list[HeardWord]:
    """``words`` with what was heard inside ``windows`` replaced by a second listen to each window alone.

    A long window can be skipped over again: Whisper's timestamps jump past seconds of speech and stamp
    one word across them (seen: "after" from 70.6 to 79.2 s over two sentences, on a 50 s window).  Such a
    stamp is no word (:data:`JUMP_SECONDS`); the stretch it jumped over, from the word before it to the
    word after it, is listened to a third time on its own (:func:`_jumped_over`).  Only what a later
    listen heard replaces what the first one heard: a first-listen word with no word of the later listens
    near it (:data:`KEEP_APART_SECONDS`) stays, so a second listen that starts late in its window (a
    sentence's last words, the next one's first) does not take those words away.
    """
    again = recognize_again(model, audio, env, windows, language, cancel)
    jumped = _jumped_over(again)
    if jumped:
        third = recognize_again(model, audio, env, jumped, language, cancel)
        again = sorted([w for w in again if not _within(w, jumped)] + third, key=lambda w: w.start)
    again = [w for w in again if w.end - w.start <= JUMP_SECONDS]
    starts = [w.start for w in again]
    kept = [w for w in words if not _within(w, windows) or not _near_any(w, again, starts)]
    return sorted(kept + again, key=lambda w: w.start)


def _jumped_over(words: Sequence[HeardWord]) -> list[tuple[float, float]]:
    """The stretches a stamp longer than JUMP_SECONDS jumped over: from the word before it to the word after."""
    spans: list[tuple[float, float]] = []
    for k, w in enumerate(words):
        if w.end - w.start > JUMP_SECONDS:
            a = words[k - 1].end if k > 0 else w.start
            b = words[k + 1].start if k + 1 < len(words) else w.end
            spans.append((min(a, w.start), max(b, w.end)))
    return spans


def _within(w: HeardWord, spans: Sequence[tuple[float, float]]) -> bool:
    return any(a <= (w.start + w.end) / 2 <= b for a, b in spans)


def _near_any(w: HeardWord, others: Sequence[HeardWord], starts: Sequence[float]) -> bool:
    """Whether a word of ``others`` (sorted by start, ``starts`` their starts, none longer than JUMP_SECONDS)
    lies within KEEP_APART_SECONDS of ``w``."""
    lo = bisect.bisect_left(starts, w.start - KEEP_APART_SECONDS - JUMP_SECONDS)
    hi = bisect.bisect_right(starts, w.end + KEEP_APART_SECONDS)
    return any(o.end + KEEP_APART_SECONDS >= w.start for o in others[lo:hi])


def _nearest_heard(heard: list[bool]) -> tuple[list[Optional[int]], list[Optional[int]]]:
    """For each token, the nearest heard token before it and after it (None if none).

    Two linear passes: scanning outwards from every unheard segment instead is
    quadratic when little is heard (megabytes of text against seconds of audio).
    """
    n = len(heard)
    before: list[Optional[int]] = [None] * n
    after: list[Optional[int]] = [None] * n
    last: Optional[int] = None
    for k in range(n):
        before[k] = last
        if heard[k]:
            last = k
    last = None
    for k in range(n - 1, -1, -1):
        after[k] = last
        if heard[k]:
            last = k
    return before, after
