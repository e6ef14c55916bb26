"""The alignment pipeline: plan, recognize, match, place, refine, score.

1. **Plan.**  Locked segments (and, for a range re-alignment, segments outside
   the range) are fixed; the free segments between two fixed ones form a
   *stretch* that must fit between them.
2. **Recognize** the stretches with Whisper (:mod:`.recognize`).
3. **Match** transcript tokens to heard tokens (:mod:`.matching`) and **place**
   every token (:mod:`.placement`), finding unheard text and unscripted speech;
   **listen again** around sentences Whisper missed (:mod:`.listen_again`) and
   place those stretches anew; where still too little was heard, place the
   poorly heard segments by **forcing** the transcript's own words onto the
   audio (:mod:`.forced`).
4. **Refine** boundaries against the audio (:mod:`.boundaries`): phone-level
   alignment where available (English; other languages with espeak-ng's
   pronunciations, :mod:`.pronounce`), then, outside English, the pauses
   (:mod:`.pauses`) for what it did not place, and the silence at joins between
   sentences said without a pause; the energy envelope otherwise.
5. **Score** confidence per word and segment (:mod:`.confidence`).
6. **Judge** whether the transcript belongs to the audio at all (:mod:`.mismatch`), from what was
   heard and, where little was, from how likely the decoder found the transcript given the audio.

The input document is never modified; the result is a new list of segments.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from ..audio import Audio
from ..document import HINT_IGNORED, LOW_CONFIDENCE, NOT_HEARD, Document, Segment, UnscriptedSpan, Word
from ..errors import AlignerError
from ..language import is_english, language_name
from ..profiling import mark, sub_stage
from ..progress import CancelToken, ProgressCallback, ProgressReporter
from ..text import split_words, word_tokens
from .activity import Envelope
from .api import AlignOptions, AlignResult
from .boundaries import clamp_words, refine_stretch, resolve_overlaps
from .confidence import (LOW, PAUSE_MIN, detached_edges, forget_misfits, misfit_edge, pauses_beside, score_segment,
                         silent_start, uncovered_sound)
from .forced import HEARD_TOO_LITTLE, place_by_forcing
from .matching import match_tokens
from .language_choice import choose_language, language_for_model
from .listen_again import listen_again, rescue_windows
from .mismatch import MismatchEvidence, mismatch_verdict
from .models import load_model
from .pauses import joins_into_dips, snap_unrefined_to_pauses
from .phonetic import PhoneticAligner
from .placement import UNHEARD_SPAN, Placed, Placer, TokenTime
from .plausibility import check_fits
from .recognize import HeardWord, recognize

log = logging.getLogger(__name__)

#: A hint further than this from where the audio puts its word is reported as ignored.
HINT_TOLERANCE = 3.0

STAGES = {"Loading model": 1.0, "Analysing audio": 0.5, "Recognizing speech": 20.0,
          "Placing words": 2.0, "Refining boundaries": 6.0}


@dataclass
class Stretch:
    """Free segments (indices into the document) that must be placed inside [t0, t1]."""

    indices: list[int]
    t0: float
    t1: float


def plan(doc: Document, options: AlignOptions, duration: float) -> list[Stretch]:
    """Split the document into fixed segments and the stretches of free ones between them."""
    r0, r1 = options.time_range if options.time_range else (0.0, duration)
    r0, r1 = max(0.0, r0), min(duration, r1)

    def fixed(s: Segment) -> bool:
        if not s.timed:
            return False
        if s.locked:
            return True
        return options.time_range is not None and (s.end <= r0 or s.start >= r1)

    stretches: list[Stretch] = []
    current: list[int] = []
    lo = 0.0
    for i, s in enumerate(doc.segments):
        if fixed(s):
            if current:
                stretches.append(Stretch(current, lo, s.start))
                current = []
            lo = s.end
        else:
            current.append(i)
    if current:
        stretches.append(Stretch(current, lo, duration))
    for st in stretches:
        st.t0, st.t1 = max(st.t0, r0), min(st.t1, r1)
        if st.t1 < st.t0:
            st.t1 = st.t0
    return stretches


#: Stretches separated by fixed (locked) segments spanning less than this (s) are listened to as one.
LISTEN_ACROSS = 60.0


def listening_intervals(stretches: list[Stretch]) -> list[tuple[float, float]]:
    """The audio Whisper transcribes: the stretches, joined across short fixed spans between them.

    Whisper's words depend on how its voice-activity filter cuts the audio into
    windows.  Listening to each stretch on its own would make a lock in the
    middle of the talk change what is heard, and so the times and confidence,
    far from the lock; joined, the words heard are the same as without it.
    """
    out: list[tuple[float, float]] = []
    for s in stretches:
        if s.t1 - s.t0 <= 0.2:
            continue
        if out and s.t0 - out[-1][1] < LISTEN_ACROSS:
            out[-1] = (out[-1][0], s.t1)
        else:
            out.append((s.t0, s.t1))
    return out


def run(doc: Document, audio: Audio, options: AlignOptions,
        progress: Optional[ProgressCallback], cancel: Optional[CancelToken]) -> AlignResult:
    if not doc.segments:
        raise AlignerError("The transcript has no text to align.")
    if audio.duration < 0.1:
        raise AlignerError("The audio is too short to align anything.")
    check_fits(doc, audio.duration)
    report = ProgressReporter(progress, STAGES, cancel)
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = timings.get(name, 0.0) + now - clock
        clock = now
        mark(name)  # the per-stage profile, when one is running

    report.report("Loading model", 0.0)
    stretches = [s for s in plan(doc, options, audio.duration) if s.indices]
    choice, spec = choose_language([doc.segments[i].text for st in stretches for i in st.indices], audio,
                                   options.model, options.language, options.threads, options.device,
                                   options.compute_type)
    model = load_model(spec, options.device, options.compute_type, options.threads)
    language = language_for_model(spec, model, choice)
    report.report("Loading model", 1.0)
    lap("model")

    report.report("Analysing audio", 0.0)
    env = Envelope(audio)
    report.report("Analysing audio", 1.0)
    lap("envelope")

    intervals = listening_intervals(stretches)
    heard, _ = recognize(model, audio, env, intervals, language,
                         lambda f: report.report("Recognizing speech", f), cancel)
    lap("recognize")

    new_segments = list(doc.segments)
    unscripted: list[UnscriptedSpan] = [u for u in doc.unscripted
                                        if not any(s.t0 <= (u.start + u.end) / 2 <= s.t1 for s in stretches)]
    placed: list[tuple[Stretch, list[Placed], list[UnscriptedSpan], list[tuple[float, float]]]] = []
    evidence = MismatchEvidence()
    rescued = forced = 0
    for n, st in enumerate(stretches):
        words_here = [w for w in heard if st.t0 <= (w.start + w.end) / 2 <= st.t1]
        placement = _place_stretch(doc, st, words_here, env, language)
        windows = rescue_windows(placement.placer, st.t0, st.t1)
        if windows:
            with sub_stage("listen again"):
                words_here = listen_again(model, audio, env, windows, words_here, language, cancel)
            placement = _place_stretch(doc, st, words_here, env, language)
            rescued += len(windows)
        if placement.tokens and placement.strong < HEARD_TOO_LITTLE * placement.tokens:
            with sub_stage("forced"):  # heard too little (a telephone line, hum): place the text by its sound
                belongs, moved = place_by_forcing(placement.items, model, audio, env, st.t0, st.t1, language)
            evidence.add_forced(belongs, placement.tokens)
            forced += moved
        heard_tokens = [t for w in words_here for t in w.tokens]
        evidence.add(placement.tokens, placement.strong, len(words_here), len(heard_tokens))
        evidence.add_text(placement.placer.tokens, heard_tokens)
        placed.append((st, placement.items, placement.unscripted, placement.unpaired))
        unscripted.extend(placement.unscripted)
        report.report("Placing words", (n + 1) / len(stretches))
    lap("place")

    english = is_english(language)
    phones = options.refine and (english or _phone_pass_speaks(language))
    refine_stats: dict[str, int] = {}
    for n, (st, items, found, unpaired) in enumerate(placed):
        counts, finished = _refine_and_score(
            st, items, found, audio, env, language or "en", english, phones, cancel,
            lambda f: report.report("Refining boundaries", (n + f) / len(placed)), unpaired)
        for i, segment in zip(st.indices, finished):
            new_segments[i] = segment
        for key, v in counts.items():
            refine_stats[key] = refine_stats.get(key, 0) + v
        report.report("Refining boundaries", (n + 1) / len(placed))
    lap("refine")

    unscripted.sort(key=lambda u: u.start)
    flagged = {f: sum(1 for s in new_segments if f in s.flags) for f in (NOT_HEARD, LOW_CONFIDENCE, HINT_IGNORED)}
    mismatch = mismatch_verdict(evidence, model, audio, choice, options.threads, options.device,
                                options.compute_type)
    mark("verdict")
    stats = {"mismatch": mismatch, "matched_fraction": evidence.matched_fraction(),
             "language_reason": choice.line(),
             "model": spec.name, "language": language, "seconds": timings,
             "audio_seconds": audio.duration, "segments": len(new_segments),
             "unscripted": len(unscripted), "flags": flagged, "heard_words": len(heard), "listened_again": rescued,
             "placed_by_forcing": forced, **refine_stats}
    return AlignResult(new_segments, unscripted, language, stats)


def _refine_and_score(st: Stretch, items: list[Placed], found: list[UnscriptedSpan], audio: Audio, env: Envelope,
                      language: str, english: bool, phones: bool, cancel: Optional[CancelToken],
                      progress: ProgressCallback, unpaired: Sequence[tuple[float, float]] = ()
                      ) -> tuple[dict[str, int], list[Segment]]:
    """A stretch's boundaries against the audio, then each segment's confidence: (counts, finished segments).

    The phone pass places what it can; outside English the pauses take what it
    did not place; segments never heard are put back in the quiet between their
    (possibly moved) neighbours; then every segment is scored.  ``unpaired``: heard words no
    transcript word was given (the phone pass keeps its chunks out of their sound).
    """
    counts = refine_stretch(items, audio, env, st.t0, st.t1, phonetic=phones, cancel=cancel, progress=progress,
                            language=language, unpaired=unpaired)
    if not english:  # what the phone pass did not place (or all, without it): boundaries into the pauses
        counts["pause_boundaries"] = snap_unrefined_to_pauses(items, env, st.t0, st.t1)
        counts["joins_into_dips"] = joins_into_dips(items, env, st.t0, st.t1)
    unheard = {k for k, item in enumerate(items) if NOT_HEARD in item.segment.flags}
    if unheard and len(unheard) < len(items):  # the neighbours moved: find the quiet place again
        _place_unheard_segments(items, unheard, env, st)
    with sub_stage("score"):
        if not english:  # fits of phones mapped from another language are no evidence of misplacement
            for item in items:
                forget_misfits(item)
        finished = [_finish(item, *_surroundings(items, k, found, env, st)) for k, item in enumerate(items)]
    return counts, finished


def _phone_pass_speaks(language: Optional[str]) -> bool:
    """Whether the phone pass can place this (non-English) talk's words; says so in the log when not."""
    if PhoneticAligner.available(language):
        return True
    log.info("no phone-level pass for %s: espeak-ng is not installed or has no voice for it (or pocketsphinx is "
             "missing); sentence boundaries go into the pauses", language_name(language))
    return False


# ------------------------------------------------------------------------------------ placing

@dataclass
class _WordSlot:
    segment: int  #: index within the stretch
    word: int  #: index within the segment's words
    tokens: list[int]  #: indices into the stretch's token list


@dataclass
class _Placement:
    items: list[Placed]  #: one per segment of the stretch, in order
    unscripted: list[UnscriptedSpan]
    tokens: int  #: transcript tokens in the stretch
    strong: int  #: how many of them matched in trusted runs
    placer: Placer  #: of the first pass (token-level detail, for deciding what to listen to again)
    #: (start, end) of heard words given to no transcript word: speech that is not the transcript's
    unpaired: list[tuple[float, float]]


def _place_stretch(doc: Document, st: Stretch, heard: list[HeardWord], env: Envelope,
                   language: str = "en") -> _Placement:
    """Place one stretch in two passes.

    The first pass places every segment.  Segments it finds were not spoken
    are then taken out and the rest placed again: an unspoken sentence's
    stray matches ("and", "the") must not pull the neighbours' words.  The
    unspoken ones finally get a short span in the quietest place between
    their neighbours.
    """
    items, placer, matches = _place_segments(doc, st.indices, heard, env, st, language)
    unheard = {k for k, item in enumerate(items) if NOT_HEARD in item.segment.flags}
    strong = sum(1 for m in matches if m.strong)
    tokens = len(placer.tokens)
    if unheard and len(unheard) < len(items):
        kept = [i for k, i in enumerate(st.indices) if k not in unheard]
        kept_items, second, _ = _place_segments(doc, kept, heard, env, st, language)
        by_index = dict(zip(kept, kept_items))
        items = [by_index.get(i, item) for i, item in zip(st.indices, items)]
        _place_unheard_segments(items, unheard, env, st)
        found_from = second
    else:
        found_from = placer
    found = [UnscriptedSpan(u.start, u.end, " ".join(w.text for w in u.words),
                            sum(w.probability for w in u.words) / len(u.words)) for u in found_from.unscripted]
    return _Placement(items, found, tokens, strong, placer, found_from.unpaired)


def _place_segments(doc: Document, indices: list[int], heard: list[HeardWord], env: Envelope,
                    st: Stretch, language: str = "en") -> tuple[list[Placed], Placer, list]:
    tokens: list[str] = []
    slots: list[list[_WordSlot]] = []
    for k, i in enumerate(indices):
        seg_slots = []
        for w, span in enumerate(split_words(doc.segments[i].text)):
            toks = word_tokens(span, language)
            seg_slots.append(_WordSlot(k, w, list(range(len(tokens), len(tokens) + len(toks)))))
            tokens.extend(toks)
        slots.append(seg_slots)
    heard_tok_text = [t for w in heard for t in w.tokens]
    seg_ranges = [(sl[0].tokens[0], sl[-1].tokens[-1] + 1) for sl in
                  ([w for w in seg_slots if w.tokens] for seg_slots in slots) if sl]
    segment_of = [0] * len(tokens)
    for n, (a, b) in enumerate(seg_ranges):
        segment_of[a:b] = [n] * (b - a)
    with sub_stage("match"):
        matches = match_tokens(tokens, heard_tok_text, segment_of)
    placer = Placer(tokens, heard, matches, env, st.t0, st.t1, seg_ranges)
    times = placer.run()
    items = [_build_segment(doc.segments[i], slots[k], times) for k, i in enumerate(indices)]
    _settle(items, st.t0, st.t1)
    return items, placer, matches


def _place_unheard_segments(items: list[Placed], unheard: set[int], env: Envelope, st: Stretch) -> None:
    """Give each run of unspoken segments a short span at the quietest point between its neighbours."""
    k = 0
    while k < len(items):
        if k not in unheard:
            k += 1
            continue
        j = k
        while j in unheard:
            j += 1
        lo = items[k - 1].segment.end if k > 0 else st.t0
        hi = items[j].segment.start if j < len(items) else st.t1
        hi = max(lo, hi)
        total = min((j - k) * UNHEARD_SPAN, hi - lo)
        centre = env.quietest(lo, hi)[0] if hi - lo > 0.12 else (lo + hi) / 2
        start = min(max(centre - total / 2, lo), hi - total)
        step = total / (j - k)
        for n in range(k, j):
            a = start + (n - k) * step
            items[n].segment = _spread_over(items[n].segment, a, a + step)
            items[n].hows = tuple(None if h is None else "unheard" for h in items[n].hows)
        k = j


def _spread_over(s: Segment, a: float, b: float) -> Segment:
    """All of a segment's words laid evenly over [a, b] (text not heard: no better timing exists)."""
    spoken = [w for w in s.words if not w.cue] or list(s.words)
    total = sum(len(w.text) for w in spoken) or 1
    acc, words = 0, []
    for w in s.words:
        if w.cue:
            t = a + (b - a) * acc / total
            words.append(replace(w, start=t, end=t, probability=0.0))
            continue
        w0 = a + (b - a) * acc / total
        acc += len(w.text)
        words.append(replace(w, start=w0, end=a + (b - a) * acc / total, probability=0.0))
    return replace(s, start=a, end=b, words=tuple(words))


_HOW_RANK = {"exact": 0, "fuzzy": 1, "substituted": 2, "voiced": 3, "unheard": 4}


def _build_segment(seg: Segment, slots: list[_WordSlot], times: list[TokenTime]) -> Placed:
    spans = split_words(seg.text)
    words: list[Word] = []
    hows: list[Optional[str]] = []
    for slot, span in zip(slots, spans):
        tt = [times[t] for t in slot.tokens if times[t] is not None]
        if not tt:
            words.append(Word(span.text, None, None, None, span.cue))
            hows.append(None)
            continue
        how = max((t.how for t in tt), key=_HOW_RANK.__getitem__)
        hows.append(how)
        words.append(Word(span.text, min(t.start for t in tt), max(t.end for t in tt),
                          sum(t.probability for t in tt) / len(tt), span.cue))
    spoken = [h for h in hows if h is not None]
    unheard = sum(1 for h in spoken if h == "unheard")
    flags = set(seg.flags) - {NOT_HEARD, LOW_CONFIDENCE, HINT_IGNORED}
    if spoken and unheard >= 0.5 * len(spoken):
        flags.add(NOT_HEARD)
    timed = [w for w in words if w.timed]
    start = min(w.start for w in timed) if timed else None
    end = max(w.end for w in timed) if timed else None
    return Placed(replace(seg, start=start, end=end, words=tuple(words), flags=frozenset(flags),
                          confidence=None), tuple(hows))


def _settle(items: list[Placed], t0: float, t1: float) -> None:
    """Fill untimed segments from their neighbours and remove overlaps, keeping order (in place)."""
    for k, item in enumerate(items):
        s = item.segment
        if not s.timed:  # nothing to say (only cues): occupy the gap between the neighbours
            prev_end = items[k - 1].segment.end if k else t0
            nxt = next((x.segment.start for x in items[k + 1:] if x.segment.timed), t1)
            item.segment = replace(s, start=prev_end, end=max(prev_end, nxt))
    resolve_overlaps(items, [False] * len(items))
    for item in items:
        s = item.segment
        item.segment = clamp_words(replace(s, start=min(max(s.start, t0), t1), end=min(max(s.end, t0), t1)))


def _surroundings(items: list[Placed], k: int, found: list[UnscriptedSpan], env: Envelope,
                  st: Stretch) -> tuple[bool, bool, float, bool]:
    """What lies around segment ``k`` that says how sure its edges are (see :func:`.confidence.score_segment`):
    a quiet pause before it, one after it, the longest stretch of speech inside it that none of its words
    cover, and whether an edge of it is in doubt: it -- or a neighbour's edge touching it -- may belong to
    the other sentence, the neighbour's word at a boundary they share does not fit, or it begins on no
    sound."""
    s = items[k].segment
    if not s.timed:
        return False, False, 0.0, False
    before, after = pauses_beside(env, s, *_neighbour_edges(items, k, st))
    heard_inside = max([u.end - u.start for u in found if u.start > s.start and u.end < s.end], default=0.0)
    detached = any(detached_edges(items[k], *_neighbour_edges(items, k, st))) or silent_start(env, s)
    if k and items[k - 1].segment.timed and s.start - items[k - 1].segment.end < PAUSE_MIN:
        detached |= detached_edges(items[k - 1], *_neighbour_edges(items, k - 1, st))[1]
        detached |= misfit_edge(items[k - 1], last=True)  # the boundary they share is in doubt on both sides
    if k + 1 < len(items) and items[k + 1].segment.timed and items[k + 1].segment.start - s.end < PAUSE_MIN:
        detached |= detached_edges(items[k + 1], *_neighbour_edges(items, k + 1, st))[0]
        detached |= misfit_edge(items[k + 1], last=False)
    return before, after, max(heard_inside, uncovered_sound(env, s)), detached


def _neighbour_edges(items: list[Placed], k: int, st: Stretch) -> tuple[float, float]:
    """Where segment ``k``'s neighbours end (before it) and start (after it), or the stretch's ends."""
    lo = items[k - 1].segment.end if k and items[k - 1].segment.timed else st.t0
    hi = items[k + 1].segment.start if k + 1 < len(items) and items[k + 1].segment.timed else st.t1
    return lo, hi


def _finish(item: Placed, pause_before: bool = False, pause_after: bool = False, interrupted: float = 0.0,
            detached: bool = False) -> Segment:
    """Confidence, low-confidence and hint flags on a placed segment."""
    s = item.segment
    conf, word_conf = score_segment(item, pause_before, pause_after, interrupted, detached)
    flags = set(s.flags)
    if NOT_HEARD not in flags and conf < LOW:
        flags.add(LOW_CONFIDENCE)
    for h in s.hints:
        t = _time_at_offset(s, h.offset)
        if t is not None and abs(t - h.time) > HINT_TOLERANCE:
            flags.add(HINT_IGNORED)
    words = tuple(replace(w, probability=p) for w, p in zip(s.words, word_conf))
    return replace(s, confidence=conf, words=words, flags=frozenset(flags))


def _time_at_offset(s: Segment, offset: int) -> Optional[float]:
    if offset >= len(s.text):
        return s.end
    for span, w in zip(split_words(s.text), s.words):
        if span.end > offset and w.timed:
            return w.start
    return s.start
