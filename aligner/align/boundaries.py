"""Put boundaries on the sound.

Whisper's word times come from cross-attention: starts run late, ends run on
into the following pause.  Two refinements, best first:

1. **Phone level** (English): consecutive placed segments close together form a
   *chunk*; its text is force-aligned to its audio (plus a margin) by
   pocketsphinx (:mod:`.phonetic`), with the neighbouring words as optional
   context.  A chunk is only accepted when the aligner judges it plausible and
   no word moved implausibly far from where Whisper heard it -- so a wrong
   text can never drag boundaries off the speech.
2. **Energy** (any language, and any chunk the first pass rejected): the first
   word's start moves to the onset of sound, the last word's end to where the
   sound stops (:class:`.activity.Envelope`).

Segments marked not-heard keep the short span placement gave them.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterator, Optional, Sequence

import numpy as np

from ..audio import Audio
from ..document import NOT_HEARD, Segment, Word
from ..language import is_english
from ..progress import CancelToken
from ..readings import reading_language
from ..text import split_words, word_tokens, written_word
from .activity import HOP, Envelope
from .carried_starts import carried_start, no_longer_unvoiced_than_its_opening
from .edge_words_apart import cut_where_carried
from .foreign_sounds import own_end, own_pitch, own_start
from .held_sounds import end_before_held_sound
from .matching import HEARD_AS_WRITTEN, HEARD_THERE
from .opening_music import past_music
from .phonetic import lines_apart
from .placement import MAX_PAUSE, Placed
from .pulsed_sound import FLUTTER_DB, FLUTTER_MIN, jumps_as_impacts
from .review_evidence import narrow_band
from .ringing_ends import ring_on_at
from .silent_onsets import join_silent_onsets
from .slap_back import voice_end
from .squelch_tails import TAIL_SECONDS, cut_out, squelched, tails_after_voices
from .struck_sounds import struck
from .unheard_openings import reaches_back
from .voice_edges import voiced
from .whistles import a_line
from .wordless_sound import heard_no_words_in

if TYPE_CHECKING:
    from .phonetic import PhoneticAligner

log = logging.getLogger(__name__)

#: Cross-attention starts are late by about this much on average (measured; see DESIGN.md).
WHISPER_START_BIAS = 0.08
#: Segments closer than this are aligned in one chunk (the aligner finds the boundary between them).
JOIN_GAP = 0.5
#: Longest chunk handed to the phone-level aligner.
MAX_CHUNK = 30.0
#: Audio margin around a chunk, so a late/early Whisper boundary is still inside it.
MARGIN = 1.0
#: ... beside an edge word Whisper did not hear (placed by guess).
UNSURE_MARGIN = 2.5
#: Context words given to the aligner on each side of a chunk.
CONTEXT_WORDS = 3
#: Words Whisper heard with at least this probability check a phone-level chunk ...
CONFIDENT = 0.6
#: ... which is refused when more than this share of them moved further than MAX_MOVE seconds.
MAX_FAR_SHARE = 0.1
MAX_MOVE = 1.0
#: Furthest a phone-level boundary is moved out to the edge of its own sound (s).
EXTEND = 0.2
#: A word's fading last sound (a nasal, a dying vowel) lies 20-30 dB under its loudest, and on a recording
#: whose tails a noise gate or expander turned down (telephone prompts) under the bar of "plainly sound" that
#: is measured from the word's peak.  Running on from the word, it is still the word's when it stands this far
#: (dB) over the quiet right after it: as far again as the threshold must stand over a quiet background.
TAIL_OVER_QUIET = 12.0
#: Share of a segment's words that must match what Whisper heard for it to enter a chunk.
MIN_HEARD = 0.25
#: Whisper's timestamps step by 20 ms; a heard word stamped shorter than one step got no audio frame of its own
#: in Whisper's alignment (its path jumped over the word): its time is no measurement (see :func:`_stamped`).
STAMP_STEP = 0.02


def spoken_indices(s: Segment) -> list[int]:
    """The indices of the words the phone pass times: timed and not a cue."""
    return [k for k, w in enumerate(s.words) if w.timed and not w.cue]


def clamp_words(s: Segment) -> Segment:
    """Keep words inside their segment and in order; give untimed (cue) words a zero-length slot."""
    words, last = [], s.start
    for w in s.words:
        if w.timed:
            a = min(max(w.start, last, s.start), s.end)
            b = min(max(w.end, a), s.end)
            words.append(replace(w, start=a, end=b))
            last = b
        else:
            words.append(replace(w, start=last, end=last))
    return replace(s, words=tuple(words))


def _with_bounds(s: Segment, start: float, end: float) -> Segment:
    """Move the first spoken word's start and the last one's end, and the segment with them."""
    idx = spoken_indices(s)
    if not idx:
        return replace(s, start=start, end=max(start, end))
    words = list(s.words)
    first, last = idx[0], idx[-1]
    words[first] = replace(words[first], start=min(start, words[first].end))
    words[last] = replace(words[last], end=max(end, words[last].start))
    if first == last:
        words[first] = replace(words[first], start=start, end=max(start, end))
    return clamp_words(replace(s, start=start, end=max(start, end), words=tuple(words)))


def heard_lines(items: Sequence[Placed]) -> Iterator[tuple[Placed, list[Word]]]:
    """Each timed line that was heard, with its timed words (cues left out): the lines an edge rule may move."""
    for item in items:
        s = item.segment
        if not s.timed or NOT_HEARD in s.flags:
            continue
        words = [w for w in s.words if w.timed and not w.cue]
        if words:
            yield item, words


def with_start(s: Segment, start: float) -> Segment:
    """The segment starting at ``start``: its first spoken word starts there (and ends no earlier); words beyond are
    squeezed in.  (Its end stays: the pause pass and the held-opening rule move a start alone.)"""
    start = min(start, s.end - 0.01)
    words = list(s.words)
    idx = spoken_indices(s)
    if idx:
        first = idx[0]
        words[first] = replace(words[first], start=start, end=max(words[first].end, start))
    return clamp_words(replace(s, start=start, words=tuple(words)))


def with_end(s: Segment, end: float) -> Segment:
    """The segment ending at ``end``: its last spoken word ends there; words beyond are squeezed in.
    (Its start stays: the pause pass and the faded-tail rule move an end alone.)"""
    end = max(end, s.start + 0.01)
    words = list(s.words)
    idx = spoken_indices(s)
    if idx:
        last = idx[-1]
        words[last] = replace(words[last], end=end, start=min(words[last].start, end))
    return clamp_words(replace(s, end=end, words=tuple(words)))


# ------------------------------------------------------------------------------- energy

def snap_to_sound(items: Sequence[Placed], env: Envelope, t0: float, t1: float,
                  skip: Sequence[bool] = (), audio: Optional[Audio] = None) -> None:
    """Energy-based boundary refinement of every heard segment not in ``skip`` (in place).  With ``audio``, an end
    is held past a stop's closure only where voiced sound comes back after it (:func:`.voice_edges.voiced`,
    :meth:`.activity.Envelope.snap_end`)."""
    voiced_sound = None if audio is None else (lambda a, b: voiced(audio, a, b))
    for k, item in enumerate(items):
        s = item.segment
        if (skip and skip[k]) or NOT_HEARD in s.flags or not s.timed:
            continue
        idx = spoken_indices(s)
        if not idx:
            continue
        lo = items[k - 1].segment.end if k else t0
        hi = items[k + 1].segment.start if k + 1 < len(items) else t1
        first, last = s.words[idx[0]], s.words[idx[-1]]
        thr = env.threshold(s.start, s.end)
        start = env.snap_start(max(lo, first.start - WHISPER_START_BIAS), before=0.6,
                               after=max(0.3, first.end - first.start), lo=lo, thr=thr)
        end = env.snap_end(last.end, before=min(1.0, max(0.3, last.end - last.start)),
                           after=0.25, hi=hi, thr=thr, voiced_sound=voiced_sound)
        if end - start < 0.05 or not (lo - 1e-6 <= start < end <= hi + 1e-6):
            continue
        item.segment = _with_bounds(s, start, end)


# ------------------------------------------------------------------------------- phone level

@dataclass
class _Chunk:
    members: list[int]  #: indices into the stretch's items

    def span(self, items: Sequence[Placed]) -> tuple[float, float]:
        return items[self.members[0]].segment.start, items[self.members[-1]].segment.end


def _no_further_than_heard(timing, word, how: Optional[str], offset: float):
    """A chunk's last word that the search stretched over the chunk's end (:attr:`.phonetic.ChunkAlignment.
    stretched_end`) ends no later than where Whisper heard it end.

    Its phone-level end is no measurement there (a pause full of other voices given to the word); Whisper's end,
    which runs on into a pause rather than stopping short, is the better bound (rd33_espeak_cafe7: +909 -> -1 ms,
    rd23_real_xtalk_espeak20 "call." +300 -> 0 ms).  Only a word Whisper heard, and only an end it puts inside
    the word: never a longer word, never an end before the word's start.
    """
    if timing is None or not word.timed or how not in HEARD_AS_WRITTEN:
        return timing
    if offset + timing.start < word.end < offset + timing.end:
        return replace(timing, end=word.end - offset)
    return timing


def trusted_in_its_audio(item: Placed, placed_by_sound: bool = False) -> bool:
    """Whether a segment's text is trusted to be in its audio: enough of its words heard there (or, with
    ``placed_by_sound``, forced onto it, :mod:`.forced`)."""
    s = item.segment
    if NOT_HEARD in s.flags or not s.timed or not spoken_indices(s):
        return False
    hows = [h for h in item.hows if h is not None]
    trusted = HEARD_THERE if placed_by_sound else HEARD_AS_WRITTEN
    heard = sum(1 for h in hows if h in trusted)
    return bool(hows) and heard >= MIN_HEARD * len(hows)


def plan_chunks(items: Sequence[Placed], language: str = "en", by_forcing: bool = False) -> list[_Chunk]:
    """Group eligible neighbouring segments that are close in time into chunks.

    A line forced onto its sound is eligible too where the recognizer's words could not place the text: the phone
    pass reads the sound with the text's own pronunciations (espeak-ng's) and needs no word of Whisper's, while
    the pause pass that places such a line otherwise takes any sound in a pause for the line's.  In Japanese and
    Mandarin (read by :mod:`aligner.readings`), which Whisper writes as it likes, always (``rd36_*`` under rain:
    12 % and 25 % of the characters heard, every edge set in the rain); in any other language but English where
    the stretch was placed by forcing (``by_forcing``: Whisper's words matched too little of it, :mod:`.forced`) --
    a language the multilingual model hears badly (j230): it wrote a Hindi talk in Latin letters
    ("Kemosammehagite") and heard a Persian one as other Persian words, not one token matched, and the pause pass
    put their edges on the frogs croaking and the snores in the pauses (``hy_fa_espeak_two_speakers_snoring``
    "... می‌بینید." +1097 ms).  The caller (:func:`refine_stretch`) says so only where the voice is heard wide
    enough for the phone pass's wideband model.  The phone pass's own checks (no path, speech the text lacks, a
    poor fit) reject a chunk whose text is not in its audio.  Not in English, where forced lines keep the pause
    pass and their words are put on their sound within their bounds afterwards (:mod:`.words_in_lines`).
    """
    placed_by_sound = reading_language(language) is not None or (by_forcing and not is_english(language))
    chunks: list[_Chunk] = []
    for k, item in enumerate(items):
        if not trusted_in_its_audio(item, placed_by_sound):
            continue
        if chunks:
            last = chunks[-1]
            prev = items[last.members[-1]].segment
            start, _ = last.span(items)
            if (last.members[-1] == k - 1 and item.segment.start - prev.end < JOIN_GAP
                    and item.segment.end - start <= MAX_CHUNK):
                last.members.append(k)
                continue
        chunks.append(_Chunk([k]))
    return chunks


def split_chunk(chunk: _Chunk) -> list[_Chunk]:
    """A rejected chunk of several sentences in two halves, to be aligned again each on its own.

    Sentences said without a pause all join one chunk (up to MAX_CHUNK); one word
    the phone pass cannot find in its stretch (a prompt read another way, a word
    espeak-ng says unlike the speaker) leaves the whole chunk with no path, and a
    stretch of badly fitting sound drags the whole chunk's mean fit under the
    verdict's threshold.  Halved, the sentences that fit are placed and only the
    half holding the trouble is rejected again (and halved again, down to single
    sentences).
    """
    half = len(chunk.members) // 2
    return [_Chunk(chunk.members[:half]), _Chunk(chunk.members[half:])]


def phone_tokens(s: Segment, language: str = "en") -> list[tuple[str, ...]]:
    """Per word, the tokens the phone pass aligns: English spoken-form tokens ("gpt", "three"); in
    another language the written word itself ("l'homme", "1998"), which espeak-ng reads in that
    language -- better than splitting an elision into a letter ("l") it would spell out."""
    if is_english(language):
        return [word_tokens(span) for span in split_words(s.text)]
    return [written_word(span) for span in split_words(s.text)]


def _context(items: Sequence[Placed], k: int, step: int, language: str = "en",
             outside: Optional[Segment] = None) -> list[tuple[str, ...]]:
    """Up to CONTEXT_WORDS spoken words of the segments before (step -1) or after (+1) item ``k``; then, past the
    stretch's edge, of ``outside`` (the fixed segment there, :func:`_outside_neighbour`)."""
    out: list[tuple[str, ...]] = []
    neighbours = [items[j].segment for j in (range(k - 1, -1, -1) if step < 0 else range(k + 1, len(items)))]
    for s in neighbours + ([outside] if outside is not None else []):
        if len(out) >= CONTEXT_WORDS:
            break
        if NOT_HEARD not in s.flags:
            toks = [t for t in phone_tokens(s, language) if t]
            out = (toks[-(CONTEXT_WORDS - len(out)):] + out) if step < 0 else out + toks[:CONTEXT_WORDS - len(out)]
    return out


#: A fixed segment this close (s) to the stretch's edge is the chunk's neighbour there.
OUTSIDE_REACH = 0.05


def _outside_neighbour(items: Sequence[Placed], k: int, step: int, fixed: Optional[Segment],
                       edge: float) -> Optional[Segment]:
    """The fixed segment beyond the stretch's edge that a chunk around item ``k`` borders, or None.

    A locked line (or one outside a re-aligned range) is not an item of the stretch, so a chunk at the stretch's
    edge was cut at the lock's edge with no neighbour: no pause looked for in the locked line's tail, no context
    words.  Unlocked, the same chunk reached into its neighbour and had its last words as context
    (``rd13_real_tight_room``, line 3 locked where the engine had put it: line 4, after a 30 ms join, started
    0.23 s late; unlocked, the phone pass put it 0.05 s early and the join's dip on time).  The fixed line is audio and text the chunk may read, never move: its
    words go in as optional context only, and the stretch's segments stay inside the stretch
    (:func:`keep_inside`).  Only when no heard item of the stretch lies between, and the fixed line touches the
    stretch's edge.
    """
    if fixed is None or not fixed.timed or _heard_neighbour(items, k, step) is not None:
        return None
    touches = fixed.end if step < 0 else fixed.start
    return fixed if abs(touches - edge) <= OUTSIDE_REACH else None


#: Seconds of the talk before a chunk from which the phone pass learns the noise floor (its front end
#: follows the quietest recent sound and falls to it within a few frames; see PhoneticAligner.align).
LEAD_IN = 0.5


class PhoneticRefiner:
    """Runs chunks of a stretch through the phone-level aligner and applies accepted results."""

    def __init__(self):
        from .phonetic import PhoneticAligner

        self.aligner = PhoneticAligner()
        self.accepted = self.rejected = self.cut_apart = self.wordless = 0

    def refine(self, items: list[Placed], audio: Audio, env: Envelope, t0: float, t1: float,
               cancel: Optional[CancelToken], progress: Callable[[float], None] = lambda f: None,
               language: str = "en", unpaired: Sequence[tuple[float, float]] = (),
               fixed: tuple[Optional[Segment], Optional[Segment]] = (None, None), lifted: bool = False,
               by_forcing: bool = False) -> list[bool]:
        """Refine what it can in place; return, per item, whether it was refined.

        ``unpaired``: (start, end) of heard words given to no transcript word; a
        chunk stops short of their sound (see :func:`_unpaired_bound`).  ``fixed``:
        the fixed (locked, or outside a range) segments just before and after the
        stretch, or None: a chunk at the stretch's edge has them as its neighbours
        (see :func:`_outside_neighbour`).  ``lifted``: the talk's pauses were lifted by a compressor's make-up
        gain (:func:`.lifted_pauses.pauses_lifted`; the phone pass's ``lifted_pauses``).  ``by_forcing``: the
        stretch was placed by forcing (:func:`plan_chunks`).

        All chunks are planned first (from the placed times), aligned -- on every
        core when there is enough audio to be worth starting helper processes,
        pocketsphinx being single-threaded -- and then checked and applied.
        """
        done = [False] * len(items)
        todo = plan_chunks(items, language, by_forcing)
        while todo:
            jobs = [j for j in (self._job(items, audio, env, t0, t1, chunk, language, unpaired, fixed, lifted)
                                for chunk in todo) if j is not None]
            results = run_chunks(self.aligner, [j for *_, j in jobs], [hi - lo for _, lo, hi, _ in jobs], cancel,
                                 progress)
            parts = []
            for (chunk, lo, hi, job), result in zip(jobs, results):
                halves = self._unstrand(items, audio, chunk, lo, hi, job, result)
                parts += halves if len(halves) > 1 else self._cut_where_carried(items, audio, env, chunk, lo, hi,
                                                                                job, result)
            todo = []
            for chunk, lo, hi, result in parts:
                if result is not None and result.plausible_but_unaccounted and heard_no_words_in(
                        items, chunk.members, unpaired, [(lo + a, lo + b) for a, b in result.unaccounted]):
                    log.debug("phonetic chunk %.2f-%.2f: speech the text lacks taken for wordless sound "
                              "(Whisper heard no words there): %s", lo, hi, ", ".join(result.problems))
                    self.wordless += 1
                    result = replace(result, plausible=True, problems=())
                if result is None or not result.plausible or not self._consistent(items, chunk, result, lo):
                    self.rejected += 1
                    log.debug("phonetic chunk %.2f-%.2f rejected: %s (unscripted %s)", lo, hi,
                              "no path" if result is None else ", ".join(result.problems) or "moved too far",
                              "" if result is None
                              else [(round(lo + a, 2), round(lo + b, 2)) for a, b in result.unscripted])
                    if len(chunk.members) > 1:
                        todo += split_chunk(chunk)
                    continue
                self.accepted += 1
                self._apply(items, chunk, result, lo, silent_onsets=is_english(language))
                for k in chunk.members:
                    done[k] = True
        return done

    def _cut_where_carried(self, items, audio: Audio, env: Envelope, chunk: _Chunk, lo: float, hi: float, job: tuple,
                           result) -> list[tuple]:
        """The chunk aligned again cut in the pause the phone pass carried a line's edge word across
        (:mod:`.edge_words_apart`): its parts as (chunk, lo, hi, result), or the chunk as it was."""
        parts = cut_where_carried(self.aligner, items, audio, env, chunk.members, lo, hi, job, result, LEAD_IN)
        if parts is None:
            return [(chunk, lo, hi, result)]
        self.cut_apart += 1
        return [(_Chunk(members), a, b, r) for members, a, b, r in parts]

    def _unstrand(self, items, audio: Audio, chunk: _Chunk, lo: float, hi: float, job: tuple, result) -> list[tuple]:
        """Split a chunk at the pause where its search stranded a sentence's edge word on the wrong side.

        On a chunk of two sentences with a pause between them, the search may squeeze
        the second one's first word into the last frames of the first sentence and give
        that word's real sound, after the pause, to the next word (mfa_cold_corpus+intro20:
        "... corpus | um the recording": "um" in 60 ms at the end of "corpus", "the" on the
        "um", the sentence starting 0.9 s early).  Aligned on its own from the pause, the
        sentence is found in place: the two sentences are then aligned apart, cut in the
        middle of that pause -- and kept so only if the word now has sound of its own.
        Likewise a sentence's last word pushed across a pause onto the next sentence.
        Returns (chunk, lo, hi, result) parts: the chunk as it was, or its two halves.
        """
        unchanged = [(chunk, lo, hi, result)]
        if result is None or not result.stranded or len(chunk.members) < 2:
            return unchanged
        owner: list[tuple[int, int]] = []  # per result word: (position in chunk.members, word index)
        for pos, k in enumerate(chunk.members):
            owner += [(pos, i) for i in range(len(items[k].segment.words))]
        words = result.words
        for n, side in result.stranded:
            pos = owner[n][0]
            mine = [m for m in range(len(words)) if owner[m][0] == pos and words[m] is not None]
            if side > 0 and pos > 0 and n == mine[0] and len(mine) > 1:
                split, cut = pos, (words[n].end + words[mine[1]].start) / 2
            elif side < 0 and pos + 1 < len(chunk.members) and n == mine[-1] and len(mine) > 1:
                split, cut = pos + 1, (words[mine[-2]].end + words[n].start) / 2
            else:
                continue
            cut = lo + cut
            head, tail = _Chunk(chunk.members[:split]), _Chunk(chunk.members[split:])
            _, text, before, after, language, lead_in, lifted, lines = job
            n_head = sum(len(items[k].segment.words) for k in head.members)
            head_lines, tail_lines = lines_apart(lines, n_head)
            a = self.aligner.align(audio.samples[audio.index(lo):audio.index(cut)], text[:n_head], before, (),
                                   language, lead_in, lifted, head_lines)
            b = self.aligner.align(audio.samples[audio.index(cut):audio.index(hi)], text[n_head:], (), after,
                                   language, audio.samples[audio.index(max(0.0, cut - LEAD_IN)):audio.index(cut)],
                                   lifted, tail_lines)
            if a is None or b is None:
                return unchanged
            own, m = (b, n - n_head) if n >= n_head else (a, n)
            if any(i == m for i, _ in own.stranded):
                return unchanged  # still no sound of its own: the search's choice stands
            log.debug("phonetic chunk %.2f-%.2f split at %.2f: a stranded edge word", lo, hi, cut)
            return [(head, lo, cut, a), (tail, cut, hi, b)]
        return unchanged

    @staticmethod
    def _job(items: list[Placed], audio: Audio, env: Envelope, t0: float, t1: float, chunk: _Chunk, language: str,
             unpaired: Sequence[tuple[float, float]],
             fixed: tuple[Optional[Segment], Optional[Segment]] = (None, None), lifted: bool = False
             ) -> Optional[tuple[_Chunk, float, float, tuple]]:
        """(chunk, audio from, audio to, the aligner's arguments) for one chunk, or None when it has no room."""
        first, last = chunk.members[0], chunk.members[-1]
        start, end = chunk.span(items)
        before = _outside_neighbour(items, first, -1, fixed[0], t0)
        after = _outside_neighbour(items, last, +1, fixed[1], t1)
        start, music_lo = _out_of_music(audio, items, first, start, -1, before)
        end, music_hi = _out_of_music(audio, items, last, end, +1, after)
        room = _room_to_heard(items, first, unpaired, start, -1)
        lo, quiet_before = _chunk_edge(env, items, first, start,
                                       max(music_lo, _unpaired_bound(env, unpaired, start,
                                                                     t0 if before is None else before.start, -1)),
                                       -1, _edge_margin(items[first], 0, room,
                                                        reaches_back(audio, env, start, room, MARGIN)), before)
        hi, quiet_after = _chunk_edge(env, items, last, end,
                                      min(music_hi, _unpaired_bound(env, unpaired, end,
                                                                    t1 if after is None else after.end, +1)),
                                      +1, _edge_margin(items[last], -1, _room_to_heard(items, last, unpaired,
                                                                                       end, +1)), after)
        if hi - lo < 0.1:
            return None
        words = [t for k in chunk.members for t in phone_tokens(items[k].segment, language)]
        job = (audio.samples[audio.index(lo):audio.index(hi)], words,
               () if quiet_before else _context(items, first, -1, language, before),
               () if quiet_after else _context(items, last, +1, language, after),
               language, audio.samples[audio.index(max(0.0, lo - LEAD_IN)):audio.index(lo)], lifted,
               tuple(len(phone_tokens(items[k].segment, language)) for k in chunk.members))
        return chunk, lo, hi, job

    @staticmethod
    def _consistent(items, chunk: _Chunk, result, offset: float) -> bool:
        """The phone-level words must agree with where Whisper confidently heard them.

        A chunk whose text and audio disagree shows up as many confident words
        moved by seconds.  One or two words far off are Whisper's timing errors
        (its first word in a window is often pinned to the window's start), and
        those the phone-level pass is there to correct.
        """
        n = checked = far = 0
        for k in chunk.members:
            item = items[k]
            for w, how in zip(item.segment.words, item.hows):
                timing = result.words[n]
                n += 1
                if (timing is None or how != "exact" or not w.timed or (w.probability or 0.0) < CONFIDENT
                        or not _stamped(w)):
                    continue
                checked += 1
                far += abs(offset + timing.start - w.start) > MAX_MOVE
        return far <= max(1, int(MAX_FAR_SHARE * checked)) and far < max(1, checked) or checked == 0

    @staticmethod
    def _apply(items, chunk: _Chunk, result, offset: float, silent_onsets: bool = False) -> None:
        """The chunk's word times given to its segments' words.  ``silent_onsets``: a word inside a line that opens
        on a stop's closure the search took for silence starts where the word before it ends, and one that ends on
        such a closure ends where the word after it begins (:mod:`.silent_onsets`; measured in English only)."""
        n = 0
        for k in chunk.members:
            item = items[k]
            s = item.segment
            first = n
            words, acoustic, moved = [], [], []
            for w, how in zip(s.words, item.hows):
                timing = result.words[n]
                if n == result.stretched_end:
                    timing = _no_further_than_heard(timing, w, how, offset)
                n += 1
                if timing is None:
                    words.append(w)
                    acoustic.append(None)
                    moved.append(None)
                    continue
                words.append(replace(w, start=offset + timing.start, end=offset + timing.end))
                acoustic.append(timing.confidence)
                moved.append((offset + timing.start - w.start, offset + timing.end - w.end) if w.timed else None)
            if silent_onsets and result.silent_onsets:
                words = join_silent_onsets(words, result.silent_onsets[first:n], result.silent_codas[first:n])
            spoken = [w for w in words if w.timed and not w.cue]
            start, end = spoken[0].start, spoken[-1].end
            item.segment = clamp_words(replace(s, start=start, end=end, words=tuple(words)))
            item.acoustic = tuple(acoustic)
            item.moved = tuple(moved)


def _out_of_music(audio: Audio, items: Sequence[Placed], k: int, t: float, step: int,
                  outside: Optional[Segment]) -> tuple[float, float]:
    """A talk's first line's chunk edge (step -1; its last line's, +1) kept out of the music beside it
    (:mod:`.opening_music`): the edge ``t`` (moved to where the music stops, when it ran past ``t``) and how far
    the chunk may reach (-inf / +inf: no music, or a neighbour on that side, whose pause or words bound it)."""
    free = -np.inf if step < 0 else np.inf
    if outside is not None or _heard_neighbour(items, k, step) is not None:
        return t, free
    s = items[k].segment
    heard = [w for h, w in zip(items[k].hows, s.words) if h in HEARD_AS_WRITTEN and w.timed and not w.cue]
    # never past the first (last) heard word's far edge: Whisper's first word in a window is often stamped from
    # the window's start, in the music, but it was heard, so its sound ends after the music
    limit = (heard[0].end if heard else s.end) if step < 0 else (heard[-1].start if heard else s.start)
    edge = past_music(audio, t, UNSURE_MARGIN, limit, step)
    if edge is None:
        return t, free
    log.debug("phonetic chunk edge %.2f kept out of music: %.2f", t, edge)
    return (max(t, edge) if step < 0 else min(t, edge)), edge


def _edge_margin(item: Placed, which: int, room: Optional[float] = None, unheard_before: bool = False) -> float:
    """Audio margin beside a chunk's first (which 0) or last (-1) word: wider when Whisper did not hear it.

    An edge word Whisper missed (a telephone line, a name) was placed by guess
    next to the heard words, up to a second or more off; the chunk must reach
    back (or on) far enough for the phone-level pass to find it.  A word Whisper
    heard but stamped with no length (:func:`_stamped`) was said somewhere between
    the heard word before it and its stamp (Whisper's path goes through the words
    in order): the chunk reaches back (on) to that heard word -- ``room`` seconds
    away, None when there is none -- not over it (trap_mixed: "a" stamped at the
    onset of its sentence, 0.46 s after an "Okay." the transcript lacks).  ``unheard_before``: sound no word was
    heard in lies before a first word further back than MARGIN (:mod:`.unheard_openings`): the line's opening may
    be in it, so the chunk reaches back to the heard word before, as for a word stamped with no length.
    """
    spoken = [(h, w) for h, w in zip(item.hows, item.segment.words) if h is not None and w.timed and not w.cue]
    if not spoken:
        return UNSURE_MARGIN
    how, word = spoken[which]
    if how not in HEARD_AS_WRITTEN:
        return UNSURE_MARGIN
    if _stamped(word) and not unheard_before:
        return MARGIN
    return UNSURE_MARGIN if room is None else max(MARGIN, min(UNSURE_MARGIN, room))


def _room_to_heard(items: Sequence[Placed], k: int, unpaired: Sequence[tuple[float, float]], t: float,
                   step: int) -> Optional[float]:
    """Seconds from ``t`` (item ``k``'s edge) to the nearest word Whisper heard before it (step -1) or after it
    (+1): a neighbour's matched word, or one given to no transcript word; None when there is none."""
    heard = [(w.start, w.end) for j, item in enumerate(items) if (j - k) * step > 0
             for h, w in zip(item.hows, item.segment.words) if h in HEARD_AS_WRITTEN and w.timed]
    heard += list(unpaired)
    if step < 0:
        ends = [b for _, b in heard if b <= t + 1e-6]
        return t - max(ends) if ends else None
    starts = [a for a, _ in heard if a >= t - 1e-6]
    return min(starts) - t if starts else None


def _stamped(word) -> bool:
    """Whether Whisper's time for a heard word measures where it was said: it lasts at least STAMP_STEP.

    On a list of single words Whisper often stamps a word with no length at all ("well," 12.61-12.61 s,
    said at 11.64-12.04 s; "Dollars." at the end of its own sound; vx_kt_words_rustle_mp3): its
    cross-attention path gave the word no frame, and the stamp lies anywhere up to a second after the word,
    on the next word's onset as often as not.  Such a word is placed by guess, as an unheard one is: the
    phone pass's chunk reaches as far for it (UNSURE_MARGIN), and its move is no sign the chunk is wrong.
    """
    return word.end - word.start >= STAMP_STEP - 1e-6


def _chunk_edge(env: Envelope, items: Sequence[Placed], k: int, t: float, bound: float,
                step: int, margin: float = MARGIN, outside: Optional[Segment] = None) -> tuple[float, bool]:
    """Where a chunk around segment ``k`` should begin (step -1) or end (+1), and whether that is silence.

    Cutting in the pause towards the neighbour keeps the neighbour's words out
    of the chunk altogether (an HMM given a stray word's tail will happily give
    it to our first word).  With no real pause within reach, the chunk reaches
    a margin into the neighbour and its last words go in as optional context.
    ``outside``: the fixed segment beyond the stretch's edge, the neighbour when no heard item lies between.
    """
    near = _heard_neighbour(items, k, step) or outside
    if step < 0:
        a, b = max(bound, t - margin, near.end - 0.3 if near is not None else t - margin), t
    else:
        a, b = t, min(bound, t + margin, near.start + 0.3 if near is not None else t + margin)
    if b - a >= 0.12:
        when, level = env.quietest(a, b)
        if step < 0 and margin <= MARGIN:  # a heard first word's sound began before its late start: cut before it
            onset = _own_onset(env, a, b, near.end if near is not None else a)
            if onset - a >= CLOSURE_MAX and onset < when:  # a pause's length before it, the quietest inside it
                before, low = env.quietest(a, onset)
                if low < env.threshold(before - 1.0, before + 1.0):
                    when, level = before, low
        if level < env.threshold(when - 1.0, when + 1.0):
            if margin > MARGIN:
                # the edge word was placed by guess: a pause inside its segment (a comma) may be as
                # quiet as the one before it, so cut in the pause nearest the neighbour instead --
                # but before the neighbour's heard words: a stop's closure inside its first word is
                # quiet too, and cutting there hands the word's opening to our unheard edge word
                when = (_pause_nearest(env, *_short_of(near, a, b, step), step)
                        or _pause_nearest(env, a, b, step) or when)
            return when, True
    # no pause: reach into the neighbour (its words go in as context) but never past its far edge
    if step < 0:
        return max(bound, t - MARGIN, near.start if near is not None else bound), False
    return min(bound, t + MARGIN, near.end if near is not None else bound), False


def _own_onset(env: Envelope, a: float, t: float, after: float) -> float:
    """Where the sound that runs on through a heard first word's start ``t`` began, when it began after ``after``
    (the heard neighbour's end) and inside [a, t]; else ``t``.

    Whisper's starts run late (WHISPER_START_BIAS, and by a syllable or more), so the sound running through its start
    (or around it: a start put in a word break) is the word's own, begun earlier.  Its dips shorter than a stop's
    closure (CLOSURE_MAX) are no pause: a word break ("Press | seven") or a closure.  They are usually no quieter than
    the pause before the line, so the quietest stretch before ``t`` lies in that pause; but where a gain follows the
    voice (a broadcast chain's compressor, a gain control) the pause's noise is brought up between lines while the gain
    stays down through a line and for its release after each syllable, and a narrow band (8 kHz) leaves a /s/ almost no
    sound of its own: such a dip lies 5-10 dB under the pause (``jx_real_long_mix_mov``: four "Press ..." lines cut
    after their "Pre", the phone pass starting them 0.28-0.37 s late).  The cut belongs before the word's sound.  Sound
    that began before the neighbour's heard end (Whisper's ends run on) may be the neighbour's: not taken; and the
    caller cuts before it only where a pause's length (CLOSURE_MAX) lies before it within reach, quiet: sound that fills
    the reach from its start is another voice's running into the line (a second recorder's copy of the line before, an
    interpreter: ``cx_real_long_mix_m2ts`` "The conference will now begin." went 0.78 s early onto the copy when the cut
    followed any onset).
    """
    for start, end in env.voiced_runs(a, t + CLOSURE_MAX, bridge=CLOSURE_MAX):
        if start <= t <= end + HOP:
            return start if start >= after else t
    return t


def _unpaired_bound(env: Envelope, unpaired: Sequence[tuple[float, float]], t: float, bound: float,
                    step: int) -> float:
    """How far a chunk edge at ``t`` may reach before (step -1) or after (+1) it: not into the sound of the
    nearest heard word that is not in the transcript.

    Whisper heard speech there that no transcript word was paired with (a deleted "Okay.", an aside);
    given that sound, the phone pass stretches an edge word Whisper did not hear over it ("you see"
    1.4 s late on a deleted "Okay.").  Whisper's word times are loose (starts late, ends run on, some
    words have no length), so the bound is the edge of the sound it heard there: the onset nearest
    at or before the word's start (step +1), or the end of the sound that began at or before it (step -1),
    when that sound is apart from ours -- sound that runs on from our own edge may be our own word misheard.
    A sentence is said in one go: a word heard within MAX_PAUSE of the edge may be ours too, misheard
    ("As expected, the young engineer" heard as "And next day, I can't get into the").
    """
    reach = UNSURE_MARGIN + 1.0  # no chunk reaches further; Whisper's times may be a second late
    if step > 0:
        after = [(a, b) for a, b in unpaired if t <= a < min(bound, t + reach)]
        if not after:
            return bound
        w0, w1 = min(after)
        if w0 - t <= MAX_PAUSE:  # heard in one go with our edge: may be our own words, misheard
            return bound
        onsets = [a for a, _ in env.voiced_runs(t, max(w0, w1) + HOP) if a > t + HOP]
        started = [a for a in onsets if a <= w0 + HOP]  # Whisper's starts run late: the onset before it
        edge = started[-1] if started else (onsets[0] if onsets else None)
        return min(bound, edge) if edge is not None else bound
    before = [(a, b) for a, b in unpaired if max(bound, t - reach) < b <= t]
    if not before:
        return bound
    w0, w1 = max(before, key=lambda w: w[1])
    if t - w1 <= MAX_PAUSE:
        return bound
    runs = [(a, b) for a, b in env.voiced_runs(max(bound, t - 2 * reach), t) if b < t - HOP]
    started = [b for a, b in runs if a <= w0 + HOP]  # the sound it was heard in began before its (late) start
    edge = started[-1] if started else (runs[0][1] if runs else None)
    return max(bound, edge) if edge is not None else bound


def _short_of(near: Optional[Segment], a: float, b: float, step: int) -> tuple[float, float]:
    """[a, b] without the part past the heard neighbour's edge (its words reach there)."""
    if near is None:
        return a, b
    return (a, min(b, near.start)) if step > 0 else (max(a, near.end), b)


#: A quiet stretch shorter than this inside speech may be a stop's closure ("Ac-cording"), not a pause (s).
CLOSURE_MAX = 0.2
#: A plain stop's release after its closure -- the burst and the breath after it -- lasts no longer than this (s); a
#: fricative's or an affricate's hiss may last CLOSURE_MAX.  A knife's 0.11 s stroke scraping toast 40 ms after
#: "... now unmuted." was taken for its /d/'s release (``rd86_real_toast_dashes_au``, -15 -> +150 ms).
RELEASE_MAX = 0.08


def _pause_nearest(env: Envelope, a: float, b: float, step: int, width: float = 0.1) -> Optional[float]:
    """Middle of the first quiet pause in [a, b] from the neighbour's side (a for step -1).

    A pause is a run of quiet ``width``-long stretches; the cut goes to its
    middle, not to its first quiet stretch: a word's last sound fades through
    the threshold (a released stop, a breathy vowel) tens of ms before it ends,
    and a cut there hands that tail to our edge word (heard as "As").  A run
    shorter than CLOSURE_MAX is passed over when a longer one lies further on.
    """
    fa, fb = env.frame(a), env.frame(b)
    n = max(1, int(round(width / HOP)))
    if fb - fa < n:
        return None
    smooth = np.convolve(env.db[fa:fb], np.ones(n) / n, mode="valid")
    quiet = np.flatnonzero(smooth < env.threshold(a - 1.0, b + 1.0))
    if not len(quiet):
        return None
    breaks = np.flatnonzero(np.diff(quiet) > 1)  # runs of consecutive quiet windows
    runs = [(int(r[0]), int(r[-1])) for r in np.split(quiet, breaks + 1)]
    if step > 0:
        runs.reverse()
    # from the neighbour's side, the first run long enough to be a pause and not a stop's closure inside
    # a word (the neighbour's, when Whisper heard it late); failing that, the nearest
    # (a run at the edge of [a, b] on that side goes on beyond it: a pause however short it looks here)
    edge = 0 if step < 0 else len(smooth) - 1
    first, last = next((r for r in runs if (r[1] - r[0] + n) * HOP >= CLOSURE_MAX or edge in r), runs[0])
    return float((fa + (first + last + n) / 2) * HOP)


def keep_inside(items: list[Placed], t0: float, t1: float) -> None:
    """Every segment of the stretch inside [t0, t1]: a chunk that read a fixed neighbour's audio
    (:func:`_outside_neighbour`) may have put an edge word's sound in it, but the fixed line is the user's."""
    for item in items:
        s = item.segment
        if s.timed and (s.start < t0 or s.end > t1):
            start = min(max(s.start, t0), t1)
            item.segment = _with_bounds(s, start, max(start, min(s.end, t1)))


def _heard_neighbour(items: Sequence[Placed], k: int, step: int) -> Optional[Segment]:
    """The nearest heard, timed segment before (step -1) or after (+1) item ``k``."""
    j = k + step
    while 0 <= j < len(items):
        s = items[j].segment
        if NOT_HEARD not in s.flags and s.timed:
            return s
        j += step
    return None


def _room_and_reach(items: list[Placed], k: int, t0: float, t1: float) -> tuple[float, float, float]:
    """Segment ``k``'s room (its neighbours' inner edges, or the stretch's) and how far its end may move.

    A drawn-out last word ("soo-ner") runs on past the phone the model ended it
    with by up to about its own length; any word by a frame or ten (EXTEND).
    """
    s = items[k].segment
    lo = items[k - 1].segment.end if k else t0
    hi = items[k + 1].segment.start if k + 1 < len(items) else t1
    last = [w for w in s.words if w.timed and not w.cue][-1:]
    return lo, hi, (max(EXTEND, last[0].end - last[0].start) if last else EXTEND)


def extend_to_sound(items: list[Placed], audio: Audio, env: Envelope, refined: Sequence[bool], t0: float,
                    t1: float, language: str = "en") -> None:
    """Let a phone-aligned segment reach the first and last sound of its own voiced stretch.

    The acoustic model sometimes starts an opening vowel a frame or ten late
    ("Older ...") or lets a fading last sound go early -- or, on slow speech, a
    drawn-out last vowel that its phone does not fit ("sooner" ends 0.23 s early).  When the sound at the
    phone-level boundary runs on, unbroken, for a little while beyond it, the
    boundary moves to where that sound stops -- never past a neighbour -- unless what lies beyond the end is a tone
    (:func:`.whistles.a_line`): a heating pipe's ticks 20 ms after "... for help." ran on from it as one sound and the
    end went from -35 to +123 ms (``gy_real_radiator_page``, j220); a voice's last sound is no narrow line.  Nor is
    the sound where the run begins another source's (:mod:`.foreign_sounds`, j227): a Morse tone or a pigeon's coo
    held over the line's own pitch carries a start back only to where the voice took over, a frog's croak or a snore's
    flutter (a train of pulses) not at all (``hy_*``: starts 0.13-0.18 s early); the ends every rule here carried
    are judged alike at the end (:func:`end_before_foreign_sounds`).  Nor is a start carried over a sound that died
    away before the voice rose -- a crunch, a clack -- nor past a touch tone held flat under the voice's onset
    (:mod:`.carried_starts`, j274: ``oy_real_crisps_srt`` -14 -> -201 ms, ``oy_real_keypad_vtt_avi`` +21 -> -137),
    nor past a mug's ring fading into it from the knock (``wy_*``: six starts -7 -> -102..-183 ms).
    Nor is an end carried onto a sound held at one level well under the voice after it fell -- a choir's chord next
    door, a key's touch tone (:mod:`.held_sounds`, j276: ``oy_real_long_mix_3gp`` ends +399 and +150 ms): only to
    where that sound took over.  Nor does noise come back after a closure (:func:`_past_closure`) to a line voiced to
    its end (``language``: the talk's, whose last phones are read as :func:`follow_quiet_last_sounds` reads them):
    a word ending in a vowel, a nasal or a liquid has no release, and a knife's stroke scraping toast 20 ms after
    "... is full." was taken for one (``rd86_real_toast_dashes_au``, -20 -> +125 ms); nor, after a plain stop, a
    sound longer than its release (:data:`RELEASE_MAX`).  Nor is an end carried, across a dip its run bridges or a
    closure-long one, onto noise that jumps in unvoiced and no hiss (:func:`_scraped_in`): a knife's strokes scraping
    toast 10-60 ms after the lines carried nine ends +100..+537 ms (``vy_*``).
    """
    for k, item in enumerate(items):
        s = item.segment
        if not refined[k] or not s.timed or NOT_HEARD in s.flags:
            continue
        lo, hi, reach = _room_and_reach(items, k, t0, t1)
        thr = env.threshold(s.start, s.end, frac=0.3)
        start, end = s.start, s.end
        runs = env.voiced_runs(max(lo, start - EXTEND), min(hi, end + reach), thr, bridge=0.02)
        # a two-way radio's squelch tail after the line is no sound of it (nor a release after a closure); its
        # cut-off can lie past the window, so the tails are found over a longer one
        runs = cut_out(runs, squelched(env, env.voiced_runs(max(lo, start - EXTEND),
                                                            min(hi, end + reach + TAIL_SECONDS[1]), thr, bridge=0.02),
                                       audio))
        # A run starts at the first loud 10 ms frame: the sound begins somewhere inside that frame,
        # so only a run reaching more than a frame beyond the boundary is evidence of more sound,
        # and the boundary goes to the middle of that frame, not its edge.
        half = HOP / 2
        for a, b in runs:
            if (a + HOP < start <= b and start - a <= EXTEND and a > lo + 0.01
                    and _clear_sound(env, a, start, thr, -1)):
                start = a + half
            if (a <= end < b - HOP and b - end <= reach and b < hi - 0.01 and _clear_sound(env, end, b, thr, +1)
                    and not a_line(audio, end, b)):
                end = b - half
        if start < s.start:  # whose sound begins where the run does: the voice's, or another source's
            start = own_start(audio, s.start, start, own_pitch(audio, s.start, s.end))
            start = carried_start(audio, env, s.start, start, s.text, language)  # nor over a crunch, a touch tone
        end = _before_scraped_noise(audio, env, s.end, end, thr, s.text, language)
        end = _past_closure(audio, env, runs, end, min(hi - 0.01, s.end + reach), thr, s.text, language)
        if end > s.end:  # a chord or a key's tone held on after the voice fell is not its tail
            end = end_before_held_sound(env, s.end, end, env.voice_level(s.start, s.end))
        if (start, end) != (s.start, s.end):
            log.debug("extend_to_sound %r: start %+.3f, end %+.3f", s.text[-30:], start - s.start, end - s.end)
            item.segment = _with_bounds(s, start, end)


def follow_last_sounds(items: list[Placed], audio: Audio, refined: Sequence[bool], t0: float, t1: float,
                       echo: Optional[float] = None, env: Optional[Envelope] = None) -> bool:
    """Let a phone-aligned segment's end follow its last sound under a background, in the octave it is
    heard in (:mod:`.last_sound`): hold music or a murmur leaves a fading nasal or vowel 10-20 dB over the
    background there, under the whole-band bar :func:`extend_to_sound` uses.  Never past a neighbour,
    never further than :func:`extend_to_sound` reaches.  In a hall (a room's tail after most ends,
    :func:`.last_sound.in_a_hall`, unless the voice falls faster than a room lets it,
    :func:`.steepest_fall.too_steep_for_a_room`) never into the room's tail; through a PA (the voice again a delay
    later, :func:`.echoes.echo_delay`, measured once for the talk: ``echo``) never into its copy.  Through a gain
    control that pumps (the floor rising through the pauses between the lines, :func:`.gain_pumping.gain_pumps`
    on ``env``) the background is the pause's after the end.  Never over a flutter (the level jumping
    :data:`.pulsed_sound.FLUTTER_DB` a frame, :func:`.pulsed_sound.jumps_as_impacts`, j228): a snore held the level
    in the octave of "... conference." and carried its end +4 -> +244 ms (``hy_real_snoring_srt``).  A steady tone
    (:func:`.own_last_sound.others_from`'s other sound) does not stop it: it holds the level only in its own octave, and a Morse dot inside the closure of "message." (its /dʒ/ after it,
    ``hy_real_morse_dashes``) stopped the end there, -86 -> -176 ms.
    Returns whether the stretch reads as a hall."""
    from .gain_pumping import gain_pumps
    from .last_sound import followed_end, in_a_hall, last_sound_at, room_tail_after
    from .steepest_fall import too_steep_for_a_room

    todo = [k for k, item in enumerate(items)
            if refined[k] and item.segment.timed and NOT_HEARD not in item.segment.flags]
    pumped = env is not None and gain_pumps(env, [(items[k].segment.start, items[k].segment.end) for k in todo])
    bounds = {k: _room_and_reach(items, k, t0, t1) for k in todo}
    sounds = {k: last_sound_at(audio, items[k].segment.start, items[k].segment.end, *bounds[k][:2], pumped)
              for k in todo}
    # a voice that falls faster than a room lets it is heard dry: what follows its ends is no room's tail
    hall = in_a_hall([room_tail_after(sounds[k]) for k in todo]) and not too_steep_for_a_room(env, t0, t1)
    # a two-way radio's squelch tail is as loud as the voice in every octave: no end lies in it (the phone pass's
    # took it for the line's), and an end runs on to where the voice, read octave by octave, stops over the over's
    # hiss before it; in that hiss the fade goes on unheard, and an end there stays.  The run on is not held to the
    # last word's reach: between the line and its tail the over carries the talker's microphone alone, so what
    # stands over its hiss there is the line's voice -- the syllable after a sibilant the band took ("mess|age",
    # the phone pass ending the line in the gap 0.45-0.55 s early, ``tx_real_long_mix_wmv``) as much as a fade
    tails = tails_after_voices(env, env.voiced_runs(t0, t1, bridge=0.02), audio) if env is not None and todo else []
    for k in todo:
        s = items[k].segment
        lo, hi, reach = _room_and_reach(items, k, t0, t1)
        if (lo, hi) != bounds[k][:2]:  # the line before moved its end: the background before this one is new
            sounds[k] = last_sound_at(audio, s.start, s.end, lo, hi, pumped)
        end = followed_end(sounds[k], s.end, reach, hall=hall, echo=echo)
        if env is not None and end > s.end and jumps_as_impacts(env, s.end, end, least_db=FLUTTER_DB,
                                                                shortest=FLUTTER_MIN):
            end = s.end  # a snore's flutter held the level in the octave, not the voice
        # the tail that follows the line's last word (the line's end may have run into it)
        tail = next(((stop, onset) for stop, onset, cut in tails if cut > s.end - reach and s.start + HOP < stop < hi),
                    None)
        if tail is not None and (end >= tail[1] or end < tail[0]):
            end = tail[0]
        if abs(end - s.end) > HOP / 2:
            log.debug("follow_last_sounds %r: end %+.3f", s.text[-30:], end - s.end)
            items[k].segment = _with_bounds(s, s.start, end)
    return hall


def end_at_first_arrival(items: list[Placed], audio: Audio, refined: Sequence[bool], echo: Optional[float]) -> int:
    """Each phone-aligned end (``refined``) the phone pass carried onto the copy of the line's last sound -- a
    room's slap-back, a PA, ``echo`` seconds later (:func:`.echoes.echo_delay`; None: nothing to do) -- moved back
    to the voice's own end (:func:`.slap_back.voice_end`).  Returns how many ends moved."""
    if echo is None:
        return 0
    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if not refined[k] or not s.timed or NOT_HEARD in s.flags:
            continue
        end = voice_end(audio, s.start, s.end, echo)
        if end is not None:
            log.debug("end_at_first_arrival %r: end %+.3f", s.text[-30:], end - s.end)
            item.segment = _with_bounds(s, s.start, end)
            moved += 1
    return moved


def follow_quiet_last_sounds(items: list[Placed], audio: Audio, env: Envelope, refined: Sequence[bool], t0: float,
                             t1: float, language: str = "en") -> int:
    """Each phone-aligned end (``refined``) carried to the line's last sound judged against the floor of the pause
    after it (:func:`.quiet_last_sounds.quiet_last_sound_end`), not against :func:`extend_to_sound`'s bar of 30 %
    of a +-5 s peak that a loud line beside it sets: a speaker trailing off ends on a sound under that bar.  Never
    past the next line's start, never further than :func:`extend_to_sound` reaches.  Not in a hall or through a
    PA (the caller).  ``language``: the talk's, whose lines' last phones are known (English's from the dictionary, the
    others' as the phone pass reads them): a line whose last word ends in a vowel, a nasal or a liquid has no release
    or hiss to come back after a dip (:func:`.sibilant_ends.may_come_back_after_a_dip`), and sound that does -- a
    slide projector's clunk 0.1 s after "... in the spring." (``fy_flite_projector_plain``, +21 -> +126 ms), a frog's
    croak 0.1 s after a real Italian "... nell'elenco." (``hy_it_real_frogs``, +15 -> +242 ms; until j231 every
    other language's line was let come back) -- is not followed.  Returns how many ends moved."""
    from .last_sound import stopped_by_end
    from .quiet_last_sounds import quiet_last_sound_end
    from .sibilant_ends import may_come_back_after_a_dip

    def closure(s: Segment) -> float:
        return CLOSURE_MAX if may_come_back_after_a_dip(s.text, language) else 0.0

    # a line already fallen silent in its octave by its end has no last sound to follow (j241: geese honks)
    return _carry_ends(items, refined, t0, t1, "follow_quiet_last_sounds",
                       lambda s, lo, hi, reach: None if stopped_by_end(audio, env, s.start, s.end, lo, hi)
                       else quiet_last_sound_end(audio, env, s.start, s.end, hi, reach, closure(s)))


def _carry_ends(items: list[Placed], refined: Sequence[bool], t0: float, t1: float, rule: str,
                end_of: Callable[[Segment, float, float, float], Optional[float]]) -> int:
    """Each phone-aligned (``refined``), timed and heard segment's end moved to ``end_of(segment, lo, hi, reach)``
    (its room and reach, :func:`_room_and_reach`) where that is not None, logged under ``rule``: the loop of the
    edge rules that read one end at a time.  Returns how many ends moved."""
    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if not refined[k] or not s.timed or NOT_HEARD in s.flags:
            continue
        end = end_of(s, *_room_and_reach(items, k, t0, t1))
        if end is not None:
            log.debug("%s %r: end %+.3f", rule, s.text[-30:], end - s.end)
            item.segment = _with_bounds(s, s.start, end)
            moved += 1
    return moved


def follow_fades_into_the_noise(items: list[Placed], audio: Audio, refined: Sequence[bool], t0: float,
                                t1: float) -> int:
    """Each phone-aligned end (``refined``) followed down its fading last sound to where it sinks into the pause's
    noise (:func:`.fading_ends.faded_end`): the rules above stop where the sound still stands a margin over the
    noise.  Never past the next line's start.  Not in a hall or through a PA (the caller): there the sound after
    the end is the room's or the loudspeakers', which :func:`follow_last_sounds` and :func:`end_at_first_arrival`
    judge; nor at an end ringing in a close-miked room (:mod:`.ringing_ends`, the caller).  Returns how many ends
    moved."""
    from .fading_ends import faded_end

    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if not refined[k] or not s.timed or NOT_HEARD in s.flags:
            continue
        end = faded_end(audio.samples, s.end, _room_and_reach(items, k, t0, t1)[1])
        if end is not None:
            log.debug("follow_fades_into_the_noise %r: end %+.3f", s.text[-30:], end - s.end)
            item.segment = _with_bounds(s, s.start, end)
            moved += 1
    return moved


def _past_closure(audio: Audio, env: Envelope, runs: Sequence[tuple[float, float]], end: float, limit: float,
                  thr: float, text: str, language: str) -> float:
    """The end of a word whose last sound comes back after a stop's closure: past that sound.

    On 8 kHz prompts under murmur (rd_real_mismatch) the phone pass ended "message" and "exist" in the
    closure before their last sound (the /zh/ of "-age", the /t/'s release), 104-113 ms early: the sound
    after the closure stands 13-18 dB over the pause's quiet, and the HMM gave it to the pause.  A word's
    tail runs on unbroken, so :func:`extend_to_sound` only followed sound that touches the end.  Sound
    that comes back after a quiet dip no longer than a stop's closure (CLOSURE_MAX), and then falls to
    quiet, is the word's own.  A room's reverberation does not come
    back: it fills the closure and fades, so it is never taken for this.  The sound after the closure is
    a release or a hiss, no longer than a closure itself: a longer one is a word of its own (rd_fest_tight:
    a deleted sentence's "Please", 0.1 s after "together", ran 0.46 s); after a plain stop, no longer than its
    release (:data:`RELEASE_MAX`).  A word voiced to its end has no release or hiss (``text``'s last word's last
    phone in ``language``, read only where a sound comes back at all): only its voice may come back after a closure
    inside it (an Italian "... prolunga|ta." whose last syllable the phone pass left in the /t/'s closure), never
    noise (:func:`.voice_edges.voiced`: a knife's stroke scraping toast after "... is full.", crisps, a pencil's
    strokes).  And it is noise: a *vowel* after
    the dip (:func:`.voice_edges.a_vowel`) is a syllable, and after a word's last one that is another voice; a thing
    struck (:func:`.struck_sounds.struck`: thud and crack in one frame) is no release either -- a typewriter's key
    slam 0.16 s after "... your patience." (``ky_real_typewriter_plain_wtv``, +10 -> +197 ms).
    Under a second talker 14 dB down (qx_real_crosstalk) that talker's syllables fill the pause after every
    line, 0.05-0.2 s apart and as loud as a release, and were taken for one: ends 0.2-0.25 s late.  Nor is it a tone
    (:func:`.whistles.a_line`: a dripping tap's plink, a pipe's tick), as :mod:`.quiet_last_sounds` holds (j220).
    """
    from .sibilant_ends import ends_in_a_release, may_come_back_after_a_dip
    from .voice_edges import a_vowel, voiced

    a, b = next(((a, b) for a, b in runs if a > end), (None, None))
    if a is None or a - end > CLOSURE_MAX or b - a > CLOSURE_MAX or b > limit:
        return end
    longest = RELEASE_MAX if ends_in_a_release(text, language) else CLOSURE_MAX
    noise_comes_back = may_come_back_after_a_dip(text, language)
    if (b - a <= longest and _clear_sound(env, a, b, thr, +1) and not a_vowel(audio, a, b)
            and not a_line(audio, a, b) and (noise_comes_back or voiced(audio, a, b))
            and not _scraped_in(audio, env, a, b, text, language) and not struck(audio, end, a, b)):
        return b - HOP / 2
    return end


def _scraped_in(audio: Audio, env: Envelope, a: float, b: float, text: str, language: str) -> bool:
    """Whether the sound [a, b] that came back after a dip at a line's end is another source's noise
    (:func:`.scraped_noise.another_sources_noise`: it jumps in, unvoiced and no hiss) and no release of the word's
    last stop either: a burst no longer than :data:`RELEASE_MAX` where the word may end in a stop or an affricate
    (``text``'s last word in ``language``, read only where it is asked)."""
    from .scraped_noise import another_sources_noise
    from .sibilant_ends import may_end_in_a_release

    # a run of 10 ms frames overstates a sound by up to a frame
    return (another_sources_noise(audio, env, a, b)
            and not (b - a <= RELEASE_MAX + HOP and may_end_in_a_release(text, language)))


def _before_scraped_noise(audio: Audio, env: Envelope, was: float, end: float, thr: float, text: str,
                         language: str) -> float:
    """``end`` (carried from ``was`` over a run of sound that bridged dips of a frame or two), or the first such dip
    after ``was`` where the sound that comes back after it is another source's noise (:func:`_scraped_in`):
    someone scraping toast 10-60 ms after "... has left the conference." (``vy_real_toast_towels_dashes``: the /s/
    faded to the pause's floor and the stroke rose 26 dB in one frame) was followed as the line's sound, -17 -> +300
    ms."""
    if end <= was + HOP:
        return end
    pieces = env.voiced_runs(was, end + HOP, thr, bridge=0.0, min_len=0.0)
    if pieces and pieces[0][0] > was + HOP / 2:  # ``was`` lies in the dip itself
        pieces.insert(0, (was, was + HOP / 2))
    gap = next(((p1, c0) for (_, p1), (c0, _) in zip(pieces, pieces[1:])), None)
    if gap is None or not _scraped_in(audio, env, gap[1], end, text, language):
        return end
    return max(was, gap[0] - HOP / 2)


def _clear_sound(env: Envelope, a: float, b: float, thr: float, side: int) -> bool:
    """[a, b] is plainly sound and quiet lies beyond it on ``side``.

    Keeps a steady hum or room noise touching the speech from passing for its start or end:
    before a start, sound must stand 6 dB over the threshold (a breath or a lip click that runs
    into the first word is not the word).  After an end, sound that stands ``TAIL_OVER_QUIET``
    over the quiet beyond it is enough: a word's fading last sound belongs to it however far it
    lies under the word's peak (8 kHz telephone prompts: "again", "sign", "line" ended 50-150 ms
    early, their nasal or vowel tail 16-20 dB over the room noise and 25 dB under the peak).
    """
    fa, fb = env.frame(a), env.frame(b)
    if fb <= fa:
        return False
    qa, qb = (env.frame(a - 0.05), fa) if side < 0 else (fb, env.frame(b + 0.05))
    beyond = env.db[qa:qb]
    if not len(beyond) or float(beyond.mean()) >= thr - 3.0:
        return False
    level = float(env.db[fa:fb].mean())
    # the quiet's own level: its median, as the sound's last frames may still fade through it
    if side > 0 and level >= float(np.median(beyond)) + TAIL_OVER_QUIET:
        return True
    return level >= thr + 6.0


def resolve_overlaps(items: list[Placed], refined: Sequence[bool]) -> None:
    """After refinement, neighbours may overlap: a refined boundary wins over an unrefined one."""
    for k in range(1, len(items)):
        a, b = items[k - 1].segment, items[k].segment
        if b.start >= a.end:
            continue
        if refined[k - 1] and not refined[k]:
            cut = a.end
        elif refined[k] and not refined[k - 1]:
            cut = b.start
        else:
            cut = (a.end + b.start) / 2
        cut = min(max(cut, a.start), b.end)
        items[k - 1].segment = clamp_words(replace(a, end=cut))
        items[k].segment = clamp_words(replace(b, start=cut))


#: Chunk audio (s) from which aligning on several cores pays for starting helper processes.
PARALLEL_FROM = 90.0


def run_chunks(aligner, jobs: list[tuple], seconds: Sequence[float], cancel: Optional[CancelToken],
               progress: Callable[[float], None] = lambda f: None) -> list:
    """Align every chunk: on every core when there is enough audio, else here, one by one."""
    import os

    from .workers import WorkerError, align_in_workers

    cores = os.cpu_count() or 1
    if cores > 1 and len(jobs) > 1 and sum(seconds) >= PARALLEL_FROM:
        try:
            return align_in_workers(jobs, seconds, min(cores, len(jobs)), cancel, progress)
        except (WorkerError, OSError) as e:
            log.warning("phone-level helpers failed (%s); aligning in this process", e)
    results = []
    for n, job in enumerate(jobs):
        if cancel is not None:
            cancel.check()
        results.append(aligner.align(*job))
        progress((n + 1) / len(jobs))
    return results


_refiner: Optional[PhoneticRefiner] = None
_refiner_lock = threading.Lock()  # the pocketsphinx decoder is not thread-safe


def _shared_refiner() -> Optional[PhoneticRefiner]:
    """One phone-level aligner per process (its decoder takes a quarter second to set up)."""
    global _refiner
    if _refiner is None:
        try:
            _refiner = PhoneticRefiner()
        except ImportError:  # pocketsphinx missing: energy refinement only
            log.warning("pocketsphinx is not installed; boundaries are refined by energy only")
            return None
    return _refiner


@contextmanager
def phone_aligner() -> Iterator[Optional[PhoneticAligner]]:
    """The process's phone-level aligner, held for one caller at a time (None without pocketsphinx)."""
    refiner = _shared_refiner()
    if refiner is None:
        yield None
        return
    with _refiner_lock:
        yield refiner.aligner


def refine_stretch(items: list[Placed], audio: Audio, env: Envelope, t0: float, t1: float,
                   phonetic: bool, cancel: Optional[CancelToken] = None,
                   progress: Callable[[float], None] = lambda f: None, language: str = "en",
                   unpaired: Sequence[tuple[float, float]] = (), echo: Optional[float] = None,
                   fixed: tuple[Optional[Segment], Optional[Segment]] = (None, None), lifted: bool = False,
                   by_forcing: bool = False) -> dict:
    """Refine the placed segments of one stretch in place; return counts for the run's stats.

    ``language``: the talk's; the phone pass speaks any language espeak-ng has a voice for
    (:meth:`.phonetic.PhoneticAligner.available` -- the caller decides).  ``unpaired``: (start, end) of
    heard words no transcript word was given, which chunks stay out of.  ``echo``: the delay (s) at which the
    talk hears its voice again through a PA or off a room's near wall (:func:`.echoes.echo_delay`, measured once by
    the engine), or None: a phone-aligned end carried onto that copy goes back to the voice's (:mod:`.slap_back`).
    ``fixed``: the fixed segments just before and after the stretch (:func:`.stretches.fixed_neighbours`): the
    phone pass reads their audio and words as its chunks' neighbours there.  ``lifted``: the talk's pauses were
    lifted by a compressor's make-up gain (:func:`.lifted_pauses.pauses_lifted`, measured once by the engine): the
    phone pass then moves a start onto its word's envelope however little the word stands over the pause.
    ``by_forcing``: the stretch was placed by forcing; outside English its forced lines go to the phone pass too
    (:func:`plan_chunks`), unless the stretch's voice carries nothing above 4 kHz
    (:func:`.review_evidence.narrow_band`): through a megaphone or a Bluetooth headset's 8 kHz link Whisper hears
    too little too, but the pauses are clear and the pass's wideband model misplaces the edges
    (``tx_nl_espeak_modes_bt_3gp`` 81 -> 75 % within 100 ms, ``tx_it_real_horn``'s median 17 -> 40 ms when they
    went to it; j230).
    """
    refined = [False] * len(items)
    by_forcing = by_forcing and not is_english(language) and not narrow_band(audio, t0, t1)
    stats = {"phonetic_chunks": 0, "phonetic_rejected": 0}
    refiner = _shared_refiner() if phonetic else None
    if refiner is not None:
        with _refiner_lock:
            before = (refiner.accepted, refiner.rejected, refiner.cut_apart, refiner.wordless)
            refined = refiner.refine(items, audio, env, t0, t1, cancel, progress, language, unpaired, fixed,
                                     lifted, by_forcing)
        keep_inside(items, t0, t1)
        for item, placed in zip(items, refined):  # what the rules below carry an end on from (scoring reads it)
            item.phone_end = item.segment.end if placed and item.segment.timed else None
        stats = {"phonetic_chunks": refiner.accepted - before[0], "phonetic_rejected": refiner.rejected - before[1],
                 "edge_words_apart": refiner.cut_apart - before[2], "wordless_sound": refiner.wordless - before[3]}
    snap_to_sound(items, env, t0, t1, skip=refined, audio=audio)
    resolve_overlaps(items, refined)
    stats.update(reach_last_sounds(items, audio, env, refined, t0, t1, echo, language))
    return stats


def phone_starts_as_openings_allow(items: list[Placed], refined: Sequence[bool],
                                   placed_starts: Sequence[Optional[float]],
                                   audio: Audio, env: Envelope, language: str) -> int:
    """Each start of a line the phone pass placed (``refined``) that the pass and the rules after it left earlier
    than placement had it (``placed_starts``: Whisper's, or laid by letters or sound) over more unvoiced sound than
    the line's first phone has, moved on to that far before its first voiced frame, never past where placement had
    it (:func:`.carried_starts.no_longer_unvoiced_than_its_opening`, the judgement :func:`extend_to_sound` makes of
    what it carries).  Run after every start rule (the engine's last): a start the phone pass put early in others'
    sound is the start rules' first (:func:`.onset_starts.move_to_own_onsets` takes it to its voice's onset), and
    one cut to its opening's longest lead may lie where they read an onset (``rd91_real_tapegun_page_avi`` "Press 5
    ...": -167 ms, to +2 by the onset rule, to -77 ms if cut first).  The forty-seventh set's look: the phone pass
    began "Press 3 for advanced options." 0.74 s early (``zy_real_long_mix_mkv``).  Returns how many moved."""
    moved = 0
    for item, placed, was in zip(items, refined, placed_starts):
        s = item.segment
        if not placed or was is None or not s.timed or NOT_HEARD in s.flags or s.start >= was:
            continue
        start = no_longer_unvoiced_than_its_opening(audio, env, was, s.start, s.text, language)
        if start > s.start + HOP / 2:
            log.debug("phone_starts_as_openings_allow %r: start %+.3f", s.text[:30], start - s.start)
            item.segment = _with_bounds(s, start, s.end)
            moved += 1
    return moved


def reach_last_sounds(items: list[Placed], audio: Audio, env: Envelope, refined: Sequence[bool], t0: float,
                      t1: float, echo: Optional[float] = None, language: str = "en") -> dict:
    """The edge rules that carry each phone-aligned segment (``refined``) to its own first and last sound, in the
    order they run; returns counts for the run's stats.  ``echo``: as :func:`refine_stretch`'s.  Every rule here
    reads the sound and the pause's noise, in any language: :func:`follow_quiet_last_sounds` ran on English talks
    only until it was measured on the language talks (j191: a real French "étoile."'s final /l/ under an espresso
    pump, 208 ms of it, was left to the pause); :func:`follow_final_hisses` likewise until j213 (a real Russian
    "раз."'s final /s/ under a mosquito, 212 ms early).  ``language``: the talk's, whose lines' last phones
    :func:`follow_final_hisses` reads."""
    stats = {}
    phone_ends = [item.segment.end if r and item.segment.timed else None for item, r in zip(items, refined)]
    extend_to_sound(items, audio, env, refined, t0, t1, language)
    hall = follow_last_sounds(items, audio, refined, t0, t1, echo, env)
    stats["first_arrival_ends"] = end_at_first_arrival(items, audio, refined, echo)
    if not hall and echo is None:  # a room's tail or a PA's copy is no voice fading: left to the rules above
        # nor is a close-miked room's field ringing on where a line's direct sound stopped at once
        ringing = ring_on_at(env, [(item.segment.end, _room_and_reach(items, k, t0, t1)[1]) if refined[k] else None
                                   for k, item in enumerate(items)])
        fading = [r and not rung for r, rung in zip(refined, ringing)]
        stats["ringing_ends"] = sum(ringing)
        stats["quiet_last_sounds"] = follow_quiet_last_sounds(items, audio, env, fading, t0, t1, language)
        stats["faded_ends"] = follow_fades_into_the_noise(items, audio, fading, t0, t1)
        stats["final_hisses"] = follow_final_hisses(items, audio, fading, t0, t1, language)
    stats["impact_ends"] = end_before_impacts(items, audio, phone_ends, t0, t1)
    stats["foreign_ends"] = end_before_foreign_sounds(items, audio, phone_ends)
    stats["whistled_ends"] = end_before_whistles(items, audio, refined, t0, t1)
    stats["ticking_ends"] = end_before_ticks(items, audio, refined, t0, t1)
    return stats


def follow_final_hisses(items: list[Placed], audio: Audio, refined: Sequence[bool], t0: float, t1: float,
                        language: str = "en") -> int:
    """Each phone-aligned end (``refined``) of a line whose last word ends in a voiceless sibilant carried on over
    that hiss where it stands over the pause in its own octave after the voiced sound before it stopped
    (:func:`.final_hiss.hiss_end`): the rules above follow the octave the end's last sound stood out in, and the hiss
    lies in another.  Never past the next line's start, never further than :func:`extend_to_sound` reaches.  In every
    language (``language``: the last word's phones as the phone pass reads them, :func:`.sibilant_ends.final_phone`);
    not in a hall or through a PA (the caller).  Returns how many ends moved."""
    from .final_hiss import hiss_end

    return _carry_ends(items, refined, t0, t1, "follow_final_hisses",
                       lambda s, lo, hi, reach: hiss_end(audio, s.text, s.start, s.end, lo, hi, reach, language))


def end_before_whistles(items: list[Placed], audio: Audio, refined: Sequence[bool], t0: float, t1: float) -> int:
    """Each phone-aligned end (``refined``) carried -- by the phone pass or the rules above -- over a whistle alone
    (a kettle on the stove) back to where the sound besides the whistle's line stops
    (:func:`.whistled_ends.end_before_whistle`, read up to the next line's start).  Returns how many ends moved."""
    from .whistled_ends import end_before_whistle

    todo = [k for k, item in enumerate(items) if refined[k] and item.segment.timed]
    ends = {k: end_before_whistle(audio, items[k].segment.start, items[k].segment.end,
                                  _room_and_reach(items, k, t0, t1)[1]) for k in todo}
    for k, end in ends.items():
        if end is not None:
            s = items[k].segment
            log.debug("end_before_whistles %r: end %+.3f", s.text[-30:], end - s.end)
            items[k].segment = _with_bounds(s, s.start, end)
    return sum(end is not None for end in ends.values())


def end_before_ticks(items: list[Placed], audio: Audio, refined: Sequence[bool], t0: float, t1: float) -> int:
    """Each phone-aligned end (``refined``) carried -- by the phone pass or the rules above -- over sparse ticks (a
    kettle's first bubbles) back to where the voice's lasting sound stops (:func:`.ticking_ends.end_before_ticks`,
    read up to the next line's start).  Returns how many ends moved."""
    from .ticking_ends import end_before_ticks as voice_before_ticks

    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if not refined[k] or not s.timed or NOT_HEARD in s.flags:
            continue
        end = voice_before_ticks(audio, s.start, s.end, _room_and_reach(items, k, t0, t1)[1])
        if end is not None and end < s.end - HOP / 2:
            log.debug("end_before_ticks %r: end %+.3f", s.text[-30:], end - s.end)
            item.segment = _with_bounds(s, s.start, end)
            moved += 1
    return moved


def end_before_foreign_sounds(items: list[Placed], audio: Audio, phone_ends: Sequence[Optional[float]]) -> int:
    """Each end the rules above carried on past where the phone pass put it (``phone_ends``: None where it did not)
    back to where the line's own voice gave way to another source whose sound stops there -- a held tone over the
    voice's pitch (a Morse tone, a pigeon's coo), or not past the phone pass's end at all over a train of pulses (a
    frog's croak, a snore's flutter) (:func:`.foreign_sounds.own_end`).  Every rule that follows a line's last sound
    on asked only whether sound lay there, whole-band (:func:`extend_to_sound`) or in the octave the voice last stood
    out in (:func:`follow_last_sounds`, :func:`follow_quiet_last_sounds`): ``hy_*``, ends 0.12-0.72 s late, one rule
    taking over where another was stopped (j227).  Returns how many ends moved."""
    moved = 0
    for item, phone_end in zip(items, phone_ends):
        s = item.segment
        if phone_end is None or not s.timed or NOT_HEARD in s.flags or s.end <= phone_end + HOP:
            continue
        end = own_end(audio, phone_end, s.end, own_pitch(audio, s.start, phone_end))
        if end < s.end - HOP / 2:
            log.debug("end_before_foreign_sounds %r: end %+.3f", s.text[-30:], end - s.end)
            item.segment = _with_bounds(s, s.start, max(s.start, end))
            moved += 1
    return moved


def end_before_impacts(items: list[Placed], audio: Audio, phone_ends: Sequence[Optional[float]], t0: float,
                       t1: float) -> int:
    """Each end the rules above carried on past where the phone pass put it (``phone_ends``: None where it did not)
    over a train of impacts -- a road drill, a pneumatic hammer at work while the line ended -- back to where the
    sound between the impacts stops (:func:`.impact_trains.voice_under_impacts_end`, read up to the next line's
    start).  Returns how many ends moved."""
    from .impact_trains import voice_under_impacts_end

    moved = 0
    for k, (item, phone_end) in enumerate(zip(items, phone_ends)):
        s = item.segment
        if phone_end is None or not s.timed or s.end <= phone_end + HOP:
            continue
        end = voice_under_impacts_end(audio, phone_end, s.end, _room_and_reach(items, k, t0, t1)[1] - HOP)
        if end is not None and end < s.end - HOP / 2:
            log.debug("end_before_impacts %r: end %+.3f", s.text[-30:], end - s.end)
            item.segment = _with_bounds(s, s.start, max(s.start, end))
            moved += 1
    return moved
