"""A line's edge word carried across a pause: the chunk aligned again, cut in that pause.

Whisper heard a line's last word (or first) close to the rest of the line, but the phone pass put it
across a pause from its neighbours, on sound that is not its own: on the next line's first sound when
the chunk reached into it, on a burst of noise or music in the pause.  The line's edge then lands
seconds off (mfa_cold_corpus+intro20 "... the original | one uh": "one uh" put on the next line's "um",
+1.8 s; rd6_real_music "area | code.": "code" on the next prompt's onset, +1.2 s; trap_fast "so |
forth.": "forth" held 1.3 s over a second of noise, +1.8 s; rd38_real_rain_sparse8 "pound | key.":
"key" glued to the next line's "To", +1.1 s).  The search had a path for the whole text, every check
passed: the words around the pause fit, and one edge word (a short "key", a hesitation's "uh") costs
little wherever it goes.

What gives it away is where Whisper heard the word: it *ended* before the phone pass had the word
*begin* (a last word; for a first word, it began after the phone pass had it end).  Whisper's times
are loose, but they run late (starts late, ends on into the pause), never a whole word early, so a word
the phone pass moved wholly later than Whisper heard it, across a pause of its own making, was carried.
A line's edge after a real pause ("..., yes.") is heard where it was said, after that pause, and is
left alone.

A line's first word can be carried back onto a listener's interjection in the pause before it, and then
Whisper's stamp may not show it: it stamped gx_fr_real_reactions_w64's "Pour" over the same "D'accord." and
the pause after it, never reaching where the word was said (:func:`_glued_to_the_line_before`), and after a
second listen it had no word for gx_sv_espeak_reactions_g722wav's "Då" at all.  The text shows it instead:
the phone pass put no pause between the two lines, where the text breaks, and a pause after the first word,
where it does not.  Cut in that pause, the line is kept so only if its first word comes back beside the rest
of it; the line before keeps the whole chunk's alignment, which the carried word never touched, and so do the
line's words from the first one both alignments start on the same frame (:func:`_as_before_where_they_meet`).

The chunk is then aligned again cut in the quiet pause just before the sound the edge word was given
(after it, for a first word) -- each side with its own lines, each on its own audio -- and the new
alignment is kept only when it is plausible, the carried word comes back nearer to where Whisper heard it,
and neither it nor the line's edge word is stretched over the pause instead: held longer than its phones
allow (:func:`.held_words.held_word`), or run to the cut at more than twice the part's length per phone
(:attr:`.phonetic.ChunkAlignment.stretched_end`).  (Against the part's median length per phone instead, a
hesitation's "uh" drawn out to half a second read as stretched: mfa_cold_corpus+intro20.)
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import NamedTuple, Optional, Sequence

import numpy as np

from ..audio import Audio
from .activity import HOP, Envelope, true_runs
from .clause_pauses import breaks_after
from .cut_parts_fit import as_fit_as_in_the_whole
from .matching import HEARD_THERE
from .phonetic import FRAME, STRANDED_PAUSE, lines_apart

log = logging.getLogger(__name__)

#: Silence (s) between a line's edge word(s) and the rest of the line in the phone pass's result, and length of
#: the quiet run the chunk is cut in: a pause between phrases, longer than any stop's closure.
APART = STRANDED_PAUSE
#: At most this many words at a line's edge are carried across a pause together ("one uh").
EDGE_RUN = 2
#: A heard word stamped shorter than this has no time of its own (see :func:`.boundaries._stamped`).
STAMP_STEP = 0.02
#: Frames (s) the envelope is smoothed over before it is read as quiet: a fricative's flicker is no sound.
SMOOTH = 0.05


def _quiet_runs(env: Envelope, a: float, b: float) -> list[tuple[float, float]]:
    """The runs of quiet (under the envelope's local threshold) in [a, b] lasting at least APART, in order."""
    fa, fb = env.frame(a), env.frame(b)
    n = max(1, int(round(SMOOTH / HOP)))
    if fb - fa < n:
        return []
    smooth = np.convolve(env.db[fa:fb], np.ones(n) / n, mode="same")
    quiet = smooth < env.threshold(a - 1.0, b + 1.0)
    return [((fa + x) * HOP, (fa + y) * HOP) for x, y in true_runs(quiet) if (y - x) * HOP >= APART - 1e-6]


class Carried(NamedTuple):
    """A line edge the phone pass carried across a pause (:func:`carried_edge`)."""

    pos: int  #: the line's position in the chunk
    side: int  #: +1 for its last words, -1 for its first
    word: int  #: the carried word (its index in the line)
    cut: float  #: where to cut the chunk (s)
    #: False when Whisper's stamp of the word shows it carried; True when the text does: a first word glued to the
    #: line before and set apart from its own (:func:`_glued_to_the_line_before`)
    by_text: bool = False


def carried_edge(segments: Sequence, hows: Sequence[Sequence[Optional[str]]], timings: Sequence[Sequence],
                 env: Envelope, end_before: Optional[float] = None) -> Optional[Carried]:
    """The first line edge in a chunk the phone pass carried across a pause, or None.

    ``segments``: the chunk's lines (their words carry Whisper's times); ``hows``: per line, how each word was
    placed (:class:`.placement.Placed`); ``timings``: per line, the phone pass's (start, end) of each word in
    seconds of the talk, or None; ``end_before``: where the line before the chunk ends, if one does.
    """
    for pos, (s, line_hows, line_times) in enumerate(zip(segments, hows, timings)):
        spoken = [i for i, t in enumerate(line_times) if t is not None and s.words[i].timed and not s.words[i].cue]
        if len(spoken) < 2:
            continue
        for side in (+1, -1):
            found = _carried(s.words, line_hows, line_times, spoken, side, env)
            if found is not None:
                return Carried(pos, side, *found)
            before = [t[1] for t in timings[pos - 1] if t is not None] if pos else [end_before]
            if side < 0 and any(x is not None for x in before):
                found = _glued_to_the_line_before(max(x for x in before if x is not None), s.words, line_times,
                                                  spoken, env)
                if found is not None:
                    return Carried(pos, side, *found, by_text=True)
    return None


def _glued_to_the_line_before(end_before: float, words: Sequence, times: Sequence, spoken: list[int], env: Envelope
                              ) -> Optional[tuple[int, float]]:
    """A line's first word the phone pass glued to the line before and set apart from its own line: (the word, where
    to cut the chunk), or None.

    The text puts its break between the two lines and none after the first word; a search that puts no pause
    between the lines (under ``APART``) and one of ``APART`` or more after the first word has read the break the
    wrong way round: the word was given sound just past the line before -- a listener's "D'accord." over the pause
    (gx_fr_real_reactions_w64 "Pour | récupérer": "Pour" on it, 1.1 s early; gx_sv_espeak_reactions_g722wav "Då |
    avslutar": on the tail of an "Okej." over the line before's end, 1.2 s early).  Whisper's stamp of such a word
    says nothing here: it heard "Pour" 22.03-22.63 s, over the same interjection and the pause, said at 22.76 s.
    A first word the text breaks after ("Oui, | ...") may have a pause of its own after it: no sign of a carry.
    """
    edge, inner = spoken[0], spoken[1]
    if breaks_after(words[edge].text):
        return None
    if times[inner][0] - times[edge][1] < APART or times[edge][0] - end_before >= APART:
        return None
    runs = _quiet_runs(env, times[edge][1], times[inner][0])
    return (edge, (runs[0][0] + runs[0][1]) / 2) if runs else None


def _carried(words, hows, times, spoken: list[int], side: int, env: Envelope) -> Optional[tuple[int, float]]:
    order = spoken[::-1] if side > 0 else spoken  # from the edge inwards
    for run in range(1, min(EDGE_RUN, len(order) - 1) + 1):
        edge, inner = order[run - 1], order[run]  # the run's innermost word, the line's word beside it
        gap = times[edge][0] - times[inner][1] if side > 0 else times[inner][0] - times[edge][1]
        if gap < APART:
            continue
        for i in order[:run]:
            w, (p0, p1) = words[i], times[i]
            # a heard word stamped with no length has its stamp anywhere up to a second after it: no sign of
            # where it began, but it was said before its stamp
            if hows[i] not in HEARD_THERE or side < 0 and w.end - w.start < STAMP_STEP - 1e-6:
                continue
            if side > 0 and w.end <= p0:  # heard ending before the phone pass had it begin
                runs = _quiet_runs(env, min(w.start, times[inner][1]), times[edge][0])
                if runs:
                    return i, (runs[-1][0] + runs[-1][1]) / 2
            if side < 0 and w.start >= p1:  # heard beginning after the phone pass had it end
                runs = _quiet_runs(env, times[edge][1], max(w.end, times[inner][0]))
                if runs:
                    return i, (runs[0][0] + runs[0][1]) / 2
        return None  # the line's own pause: not looked past
    return None


def realign_cut(aligner, audio: Audio, job: tuple, lo: float, hi: float, n_head: int,
                cut: float, lead: float):
    """Align the chunk's words before ``n_head`` on [lo, cut] and the rest on [cut, hi], each on its own; returns
    (head result or None, tail result or None), None for a side with no words, False for a side that failed."""
    _, text, before, after, language, lead_in, lifted, lines = job
    head_lines, tail_lines = lines_apart(lines, n_head)
    head = tail = None
    if n_head > 0:
        head = aligner.align(audio.samples[audio.index(lo):audio.index(cut)], text[:n_head], before, (), language,
                             lead_in, lifted, head_lines) or False
    if n_head < len(text):
        tail = aligner.align(audio.samples[audio.index(cut):audio.index(hi)], text[n_head:], (), after, language,
                             audio.samples[audio.index(max(0.0, cut - lead)):audio.index(cut)], lifted,
                             tail_lines) or False
    return head, tail


def not_stretched(result, texts: Sequence[str], index: int) -> bool:
    """The word ``index`` of a part's result is not held over sound not its own
    (:func:`.held_words.held_word`: no word of read speech lasts that long for its phones)."""
    from .held_words import held_word  # it reads confidence, which reads boundaries, which calls this module

    t = result.words[index]
    return t is None or not held_word(texts[index], t.end - t.start)


def cut_where_carried(aligner, items, audio: Audio, env: Envelope, members: Sequence[int], lo: float, hi: float,
                      job: tuple, result, lead: float) -> Optional[list[tuple[list[int], float, float, object]]]:
    """The chunk ``members`` (indices into ``items``, :class:`.placement.Placed`) aligned on [lo, hi] as
    ``result``, aligned again cut in the pause an edge word was carried across: its parts as (members, from, to,
    result), or None when no edge was carried or the cut alignment is no better (see the module's docstring).
    ``job``: the aligner's arguments for the whole chunk; ``lead``: seconds of talk a part learns its noise from.
    """
    if result is None or not result.plausible:
        return None
    segs = [items[k].segment for k in members]
    timings, n = [], 0
    for s in segs:
        timings.append([None if t is None else (lo + t.start, lo + t.end) for t in result.words[n:n + len(s.words)]])
        n += len(s.words)
    end_before = items[members[0] - 1].segment.end if members[0] > 0 else None
    found = carried_edge(segs, [items[k].hows for k in members], timings, env, end_before)
    if found is None:
        return None
    pos, side, i, cut, by_text = found
    if not lo + 0.1 < cut < hi - 0.1:
        return None
    split = pos + 1 if side > 0 else pos
    n_head = sum(len(s.words) for s in segs[:split])
    head, tail = realign_cut(aligner, audio, job, lo, hi, n_head, cut, lead)
    head, tail = as_fit_as_in_the_whole(head, result, 0), as_fit_as_in_the_whole(tail, result, n_head)
    if head is False or tail is False or any(r is not None and not r.plausible for r in (head, tail)):
        return None
    own, offset, first = (head, lo, n_head - len(segs[pos].words)) if side > 0 else (tail, cut, 0)
    texts = [w.text for s in (segs[:split] if side > 0 else segs[split:]) for w in s.words]
    w, new, old = segs[pos].words[i], own.words[first + i], timings[pos][i]
    edge = first + (max(j for j, t in enumerate(timings[pos]) if t is not None) if side > 0
                    else min(j for j, t in enumerate(timings[pos]) if t is not None))
    if (new is None or (_still_apart(own, first + i, first + min(j for j, t in enumerate(timings[pos])
                                                                 if t is not None and j > i)) if by_text
                        else abs(offset + new.start - w.start) >= abs(old[0] - w.start))
            or not not_stretched(own, texts, first + i) or not not_stretched(own, texts, edge)
            or (side > 0 and own.stretched_end == edge)):
        log.debug("edge word %r carried across a pause at %.2f: the cut alignment is no better (heard %.2f-%.2f, "
                  "was %.2f-%.2f, now %s; %s)", w.text, cut, w.start, w.end, old[0], old[1],
                  None if new is None else (round(offset + new.start, 2), round(offset + new.end, 2)),
                  [(x, round(offset + t.start, 2), round(offset + t.end, 2)) for x, t in zip(texts, own.words) if t][-4:])
        return None
    # the other side's word next to the cut, aligned anew, may take the sound the carried word had (trap_fast: the
    # next line's unheard "For" held 1.4 s over the noise "forth." had): that side keeps its first alignment --
    # always when the text showed the carry: the line before ended where the carried word began, and was right
    other_texts = [w.text for s in (segs[split:] if side > 0 else segs[:split]) for w in s.words]
    other = tail if side > 0 else head
    if other is not None:
        timed = [j for j, t in enumerate(other.words) if t is not None]
        if timed and (by_text or not not_stretched(other, other_texts, timed[0] if side > 0 else timed[-1])):
            other = (_as_before(result, lo, cut, hi, n_head, len(other_texts)) if side > 0
                     else _as_before(result, lo, lo, cut, 0, n_head))
            if other is None:
                log.debug("edge word %r carried across a pause at %.2f: the other side is stretched", w.text, cut)
                return None
            head, tail = (head, other) if side > 0 else (other, tail)
    if by_text:
        tail = _as_before_where_they_meet(tail, result, lo, cut, n_head)
    log.debug("edge word %r carried across a pause: chunk %.2f-%.2f aligned again cut at %.2f", w.text, lo, hi, cut)
    parts = []
    if head is not None:
        parts.append((list(members[:split]), lo, cut, head))
    if tail is not None:
        parts.append((list(members[split:]), cut, hi, tail))
    return parts


def _as_before_where_they_meet(tail, result, lo: float, cut: float, n_head: int):
    """The part after the cut (``tail``, from ``cut``) as aligned there up to the first word the whole chunk's
    alignment (``result``, from ``lo``; its words from ``n_head``) starts on the same frame, and as the whole chunk
    had it from there on.  The text showed one word carried; the words after it that both alignments put in the
    same place were not in question, and a part cut elsewhere is searched from another start, which moves its
    other edges by a few frames either way (gx_fr_real_reactions_w64: the line's last "7." 170 ms earlier)."""
    whole = result.words[n_head:]
    shift = lo - cut
    meet = next((j for j in range(1, min(len(whole), len(tail.words)))
                 if tail.words[j] is not None and whole[j] is not None
                 and abs(tail.words[j].start - (whole[j].start + shift)) <= FRAME + 1e-6), None)
    if meet is None:
        return tail
    words = tail.words[:meet] + tuple(None if t is None else replace(t, start=t.start + shift, end=t.end + shift)
                                      for t in whole[meet:])
    end = result.stretched_end
    return replace(tail, words=words, stretched_end=end - n_head if end is not None and end - n_head >= meet else None)


def _still_apart(own, edge: int, inner: int) -> bool:
    """Whether the part ``own`` still sets its word ``edge`` (a line's first) ``APART`` from the line's next word
    ``inner``: the text's reading of the break was not borne out."""
    a, b = own.words[edge], own.words[inner]
    return a is None or b is None or b.start - a.end >= APART


def _as_before(result, lo: float, a: float, b: float, first: int, count: int):
    """The whole chunk's alignment (``result``, from ``lo``) of its words ``first`` .. ``first + count`` as that of
    a part on [a, b], or None when one of them lies outside the part."""
    words = result.words[first:first + count]
    if any(t is not None and not (a - 1e-6 <= lo + t.start and lo + t.end <= b + 1e-6) for t in words):
        return None
    shift = a - lo
    end = result.stretched_end
    return replace(result, words=tuple(None if t is None else replace(t, start=t.start - shift, end=t.end - shift)
                                       for t in words), duration=b - a, stranded=(), unscripted=(),
                   stretched_end=end - first if end is not None and first <= end < first + count else None)
