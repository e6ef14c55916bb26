"""Step 3 of the pipeline, placing: every segment of a stretch put on the timeline from the words Whisper heard.

The transcript's tokens are matched to the heard tokens (:mod:`.matching`; a
phrase the transcript says more than once anchored on the saying whose time
fits, :mod:`.repeated_phrases`), each token is given a time (:class:`.placement.Placer`), and the tokens'
times are gathered back into words and segments.  Sentences found not to be
spoken are taken out and the rest placed again, then given a short span in
the quiet between their neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from ..document import HINT_IGNORED, LOW_CONFIDENCE, NOT_HEARD, REASON_FLAGS, Document, Segment, UnscriptedSpan, Word
from ..profiling import sub_stage
from ..text import split_words, word_tokens, written_without_spaces
from .activity import Envelope
from .boundaries import clamp_words, resolve_overlaps
from .matching import HEARD_AS_WRITTEN, match_tokens
from .placement import UNHEARD_SPAN, Placed, Placer, TokenTime, heard_tokens, speaking_rate
from .recognize import HeardWord
from .repeated_phrases import place_repeated_runs
from .stretches import Stretch


#: A line with this many consecutive words heard as written, in its own order, was spoken, however much of
#: the rest went unheard: ``ny_festival_drums_trumpet_dashes``' fast line (festival kal at x2.09, 2.4 s) was heard
#: as "According to minutes, the board of directors," and its last ten words not at all; called unspoken, it was
#: squeezed into 0.2 s of the pause before it (end -2.9 s), and the heard run, left to nobody, was taken by the
#: next line's own "The board of directors", whose start then went 3.1 s early.  Stray matches of a line never
#: said are single words and short phrases ("and", "of the"), not five words in a row.
SPOKEN_RUN_WORDS = 5


@dataclass
class _WordSlot:
    segment: int  #: index within the stretch
    word: int  #: index within the segment's words
    tokens: list[int]  #: indices into the stretch's token list


@dataclass
class StretchPlacement:
    items: list[Placed]  #: one per segment of the stretch, in order
    unscripted: list[UnscriptedSpan]
    tokens: int  #: transcript tokens in the stretch
    strong: int  #: how many of them matched in trusted runs
    placer: Placer  #: of the first pass (token-level detail, for deciding what to listen to again)
    #: (start, end) of heard words given to no transcript word: speech that is not the transcript's
    unpaired: list[tuple[float, float]]


def place_stretch(doc: Document, st: Stretch, heard: list[HeardWord], env: Envelope,
                   language: str = "en", not_spoken: frozenset[int] = frozenset()) -> StretchPlacement:
    """Place one stretch in two passes.

    The first pass places every segment.  Segments it finds were not spoken
    are then taken out and the rest placed again: an unspoken sentence's
    stray matches ("and", "the") must not pull the neighbours' words.  The
    unspoken ones finally get a short span in the quietest place between
    their neighbours.  ``not_spoken``: indices of ``doc.segments`` known not
    to be spoken though words were heard where they would lie (lines replaced
    by ones never spoken, :mod:`.replaced_lines`): taken out the same way, so
    the speech heard there is left unscripted.
    """
    items, placer, matches = _place_segments(doc, st.indices, heard, env, st, language)
    for k, i in enumerate(st.indices):
        if i in not_spoken:
            item = items[k]
            item.segment = replace(item.segment, flags=item.segment.flags | {NOT_HEARD})
            item.hows = tuple(None if h is None else "unheard" for h in item.hows)
            item.replaced = True
    unheard = {k for k, item in enumerate(items) if NOT_HEARD in item.segment.flags}
    strong = sum(1 for m in matches if m.strong)
    tokens = len(placer.tokens)
    if unheard and (len(unheard) < len(items) or any(item.replaced for item in items)):
        kept = [i for k, i in enumerate(st.indices) if k not in unheard]
        kept_items, second, _ = _place_segments(doc, kept, heard, env, st, language)
        by_index = dict(zip(kept, kept_items))
        items = [by_index.get(i, item) for i, item in zip(st.indices, items)]
        place_unheard_segments(items, unheard, env, st)
        found_from = second
    else:
        found_from = placer
    found = [UnscriptedSpan(u.start, u.end, " ".join(w.text for w in u.words),
                            sum(w.probability for w in u.words) / len(u.words)) for u in found_from.unscripted]
    return StretchPlacement(items, found, tokens, strong, placer, found_from.unpaired)


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
        timed = heard_tokens(heard)  # a phrase said more than once: anchored on the saying whose time fits
        matches = place_repeated_runs(tokens, segment_of, [h.start for h in timed], [h.end for h in timed], matches,
                                      speaking_rate(tokens, timed, matches), st.t0, st.t1)
    placer = Placer(tokens, heard, matches, env, st.t0, st.t1, seg_ranges)
    times = placer.run()
    lines = [k for k, seg_slots in enumerate(slots) if any(w.tokens for w in seg_slots)]
    placer.suspects = [lines[n] for n in placer.suspects]  # by index into the stretch's segments
    items = [_build_segment(doc.segments[i], slots[k], times) for k, i in enumerate(indices)]
    _settle(items, st.t0, st.t1)
    return items, placer, matches


def place_unheard_segments(items: list[Placed], unheard: set[int], env: Envelope, st: Stretch) -> None:
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


#: Tokens from which a word of a script without spaces is judged by most of its characters, not its worst one.
LINE_TOKENS = 4


def _word_how(token_hows: list[str], text: str) -> str:
    """How a word was placed: its worst token's -- but a word of a script without spaces (a phrase or a whole line
    of Chinese or Japanese, matched character by character) by what at least half its characters reach.

    Judged by its worst character, one character Whisper wrote otherwise made a line of fifteen "unheard": the line
    was flagged not heard, forced, and kept out of the phone pass (``zx_zh_espeak_music``: 9 of 10 lines forced).
    """
    ranks = sorted(_HOW_RANK[h] for h in token_hows)
    if len(ranks) >= LINE_TOKENS and written_without_spaces(text):
        worst_of_best_half = ranks[(len(ranks) - 1) // 2]
        return next(h for h, r in _HOW_RANK.items() if r == worst_of_best_half)
    return max(token_hows, key=_HOW_RANK.__getitem__)


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
        hows.append(_word_how([t.how for t in tt], span.text))
        words.append(Word(span.text, min(t.start for t in tt), max(t.end for t in tt),
                          sum(t.probability for t in tt) / len(tt), span.cue))
    spoken = [h for h in hows if h is not None]
    unheard = sum(1 for h in spoken if h == "unheard")
    flags = set(seg.flags) - {NOT_HEARD, LOW_CONFIDENCE, HINT_IGNORED} - REASON_FLAGS
    if spoken and unheard >= 0.5 * len(spoken) and _longest_heard_run(spoken) < SPOKEN_RUN_WORDS:
        flags.add(NOT_HEARD)
    timed = [w for w in words if w.timed]
    start = min(w.start for w in timed) if timed else None
    end = max(w.end for w in timed) if timed else None
    return Placed(replace(seg, start=start, end=end, words=tuple(words), flags=frozenset(flags),
                          confidence=None), tuple(hows))


def _longest_heard_run(hows: list[str]) -> int:
    """The most consecutive words heard as written (:data:`.matching.HEARD_AS_WRITTEN`) among ``hows``."""
    longest = run = 0
    for how in hows:
        run = run + 1 if how in HEARD_AS_WRITTEN else 0
        longest = max(longest, run)
    return longest


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
