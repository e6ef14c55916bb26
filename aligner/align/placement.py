"""Give every transcript token a time, and find what was heard but is not in the text.

Input: the transcript's tokens, the heard tokens with Whisper's times, and the
anchors between them (:mod:`aligner.align.matching`).  Anchored tokens take the
time of the token they match.  Between two anchors lies a *gap*: some
transcript tokens T and some heard tokens H over a stretch of audio.

* T and H of similar length: a substitution (misheard names, edited wording).
  T is laid over H's time span, character by character.
* H much longer than T: T is found inside H by fuzzy substring alignment; the
  rest of H is speech the transcript lacks (an *unscripted* span).
* H empty: Whisper heard nothing there.  If the audio has sound enough for T
  (energy), T is spread over it; otherwise T was not spoken: it gets a short
  span in the silence between its neighbours and is marked unheard.
* T empty: H is unscripted speech (unless it is just a filler or two).

Nothing here is allowed to move an anchor, so a mismatch stays local.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional, Sequence

from rapidfuzz.fuzz import partial_ratio_alignment, ratio

from ..document import Segment
from .activity import Envelope
from .joined_words import joined_similarity
from .matching import Match
from .misheard_between import pause_between
from .recognize import HeardWord
from .replaced_lines import heard_another_line
from .speaking_rate import PaceHere

#: Heard words that are no evidence of unscripted speech on their own.
FILLERS = frozenset({"um", "uh", "er", "ah", "eh", "hmm", "mm", "mhm", "oh", "so", "like", "you", "know", "yeah",
                     "okay", "ok", "right", "and", "the", "a", "i"})
#: Typical speaking rate (seconds per character incl. spaces) until the talk's own rate is measured.
DEFAULT_RATE = 0.065
#: Gaps up to this many (transcript x heard) token pairs get a fine, similarity-based alignment.
FINE_ALIGN_CELLS = 40_000
#: Similarity (0-1) at which a transcript token and a heard token count as the same word.
SAME_WORD = 0.5
#: Score of leaving a token unpaired in the fine alignment (a pair scores 2*similarity - 1).
SKIP = -0.4
#: Consecutive anchors of one segment further apart than this (s) ...
STRANDED_GAP = 3.0
#: ... leave the smaller side, if it has at most this many anchors, stranded (a timing error).
STRANDED_MAX = 3
#: Longest span given to text that was not heard.
UNHEARD_SPAN = 0.2
#: A segment's first words heard further than this (s) before the rest of it, with sound right before
#: the rest that could hold them, were heard where the speaker began and broke off (a restart).
RESTART_GAP = 1.0
#: How many anchors at the start of a segment may be taken for such a broken-off beginning.
RESTART_WORDS = 2


@dataclass
class HeardToken:
    tok: str
    start: float
    end: float
    probability: float
    word: int  #: index of the heard word it came from


@dataclass
class TokenTime:
    start: float
    end: float
    probability: float  #: Whisper's probability for the matched heard word; 0 where nothing matched
    how: str  #: "exact", "fuzzy", "substituted", "voiced", "unheard"


@dataclass
class Placed:
    """A segment as placed so far, with how each of its words was placed (None for cues).

    ``how`` per word: "exact"/"fuzzy" (matched what Whisper heard), "substituted"
    (laid over different heard words), "voiced" (spread over sound Whisper did not
    transcribe), "unheard" (not in the audio).  ``acoustic`` holds, per word, the
    phone-level pass's fit (0..1) where it placed the word, None where it did
    not; ``moved``, per word, how far (s) that pass moved its start and end from
    where placement had put them (Whisper's times for a heard word); ``phone_end``, where
    that pass ended the segment.  Scoring reads all of it.
    """

    segment: Segment
    hows: tuple[Optional[str], ...]
    acoustic: tuple[Optional[float], ...] = ()
    moved: tuple[Optional[tuple[float, float]], ...] = ()
    #: where the phone-level pass ended the segment (before the rules that follow its last sound), None where it
    #: did not place it (:mod:`.carried_ends`)
    phone_end: Optional[float] = None
    #: a line replaced in the transcript by one never spoken (:mod:`.replaced_lines`): not heard, never forced
    replaced: bool = False
    #: whether the phone pass, run between the line's bounds as they finally stand, found its first word beginning
    #: at the start (its last word ending at the end): the line's own sound fills its bounds
    #: (:mod:`.words_in_lines`; scoring reads it, :func:`.confidence.score_segment`)
    edges_found: tuple[bool, bool] = (False, False)


@dataclass
class Unscripted:
    start: float
    end: float
    words: list[HeardWord] = field(default_factory=list)


def heard_tokens(words: Sequence[HeardWord]) -> list[HeardToken]:
    """Split heard words into normalized tokens, sharing each word's time by character count."""
    out = []
    for wi, w in enumerate(words):
        toks = w.tokens
        if not toks:
            continue
        total = sum(len(t) for t in toks)
        acc = 0
        for t in toks:
            s = w.start + (w.end - w.start) * acc / total
            acc += len(t)
            e = w.start + (w.end - w.start) * acc / total
            out.append(HeardToken(t, s, e, w.probability, wi))
    return out


def speaking_rate(tokens: Sequence[str], heard: Sequence[HeardToken], matches: Sequence[Match]) -> float:
    """Seconds per character of this talk, measured over the strongly matched stretches."""
    strong = [m for m in matches if m.strong]
    if len(strong) < 10:
        return DEFAULT_RATE
    first, last = strong[0], strong[-1]
    chars = sum(len(tokens[i]) + 1 for i in range(first.t, last.t + 1))
    span = heard[last.h].end - heard[first.h].start
    rate = span / max(1, chars)
    return min(max(rate, 0.03), 0.15)


def _rate_span(heard: Sequence[HeardToken], matches: Sequence[Match]) -> Optional[tuple[float, float]]:
    """The heard span :func:`speaking_rate` measures the talk's rate over, or None where it keeps the default."""
    strong = [m for m in matches if m.strong]
    if len(strong) < 10:
        return None
    return heard[strong[0].h].start, heard[strong[-1].h].end


class Placer:
    """Places one stretch of transcript (between fixed bounds t0..t1) on the heard words."""

    def __init__(self, tokens: Sequence[str], heard_words: Sequence[HeardWord], matches: Sequence[Match],
                 env: Envelope, t0: float, t1: float, segments: Sequence[tuple[int, int]] = ()):
        self.tokens = list(tokens)
        self.heard_words = list(heard_words)
        self.heard = heard_tokens(heard_words)
        self.banned: set[int] = set()  #: heard tokens whose times are not to be trusted
        self.segment_of = [-1] * len(self.tokens)  #: which transcript segment each token belongs to
        self.segment_ranges = list(segments)  #: each segment's tokens (from, to)
        for n, (a, b) in enumerate(segments):
            for t in range(a, b):
                self.segment_of[t] = n
        self.env = env
        self.t0, self.t1 = t0, t1
        self.rate = speaking_rate(self.tokens, self.heard, list(matches))
        self.matches = self._drop_restarts(self._drop_stranded(list(matches), segments), segments)
        self.rate = speaking_rate(self.tokens, self.heard, self.matches)
        #: the rate scaled to a voice faster than the talk's where words go (:class:`.speaking_rate.PaceHere`)
        self.pace = PaceHere(self.rate, env, _rate_span(self.heard, self.matches))
        self.times: list[Optional[TokenTime]] = [None] * len(self.tokens)
        self.unscripted: list[Unscripted] = []
        #: (start, end) of every heard word given to no transcript token, fillers and "Okay." included:
        #: sound that is not the transcript's (the phone pass must not hand it to a neighbouring word)
        self.unpaired: list[tuple[float, float]] = []
        #: lines (segment numbers) laid over speech none of their long words sounds like: perhaps a line
        #: replaced by one never spoken, for :mod:`.replaced_lines` to ask the decoder about
        self.suspects: list[int] = []

    def _drop_stranded(self, matches: list[Match], segments: Sequence[tuple[int, int]]) -> list[Match]:
        """Drop anchors stranded seconds away from the rest of their own segment.

        Whisper's word timing sometimes pins the first word of a chunk to the
        chunk's start -- into music or silence before the speech.  The words
        of one transcript segment are spoken together; a few of them far from
        all the others are a timing error, not a pause, and must not anchor the
        segment (their heard times are banned from placement too).  Words heard
        between them that the segment's unanchored text could be are no pause
        (:meth:`_pause_between`).
        """
        by_t = {m.t: m for m in matches}
        dropped: set[int] = set()
        for a, b in segments:
            run = [by_t[t] for t in range(a, b) if t in by_t]
            for left, right in zip(run, run[1:]):
                k = run.index(right)
                side = run[:k] if k <= len(run) - k else run[k:]
                if self._pause_between(left, right, side) <= STRANDED_GAP:
                    continue
                if len(side) <= STRANDED_MAX:
                    dropped.update(m.t for m in side)
                    self.banned.update(m.h for m in side)
        return [m for m in matches if m.t not in dropped]

    def _drop_restarts(self, matches: list[Match], segments: Sequence[tuple[int, int]]) -> list[Match]:
        """Drop a segment's first anchors when they were heard where the speaker began the sentence and broke
        off, not where it was said in full.

        "Surprisingly, our, ... Surprisingly, our small team": Whisper writes the
        repeated words once and times them at the first attempt, seconds before
        the rest of the sentence, or writes both attempts and the edit path pairs
        the transcript's words with the first.  A sentence is said in one go:
        when its first words are heard more than RESTART_GAP before the rest, and
        right before the rest there is sound enough for them, they were said
        there.  Unanchored, they are placed on that sound (see
        :meth:`_place_without_words`, :meth:`_lay_beside`); what the speaker said
        first is left to the unscripted-speech check.  Words heard between
        them that the sentence's unanchored text could be, none of them its
        first words again, are that text misheard, said in one go: no restart
        (:meth:`_pause_between`).
        """
        by_t = {m.t: m for m in matches}
        dropped: set[int] = set()
        for a, b in segments:
            run = [by_t[t] for t in range(a, b) if t in by_t]
            for k in range(min(RESTART_WORDS, len(run) - 1)):
                left, right = run[k], run[k + 1]
                if self._pause_between(left, right, run[:k + 1]) <= RESTART_GAP:
                    continue
                gap = self.heard[right.h].start - self.heard[left.h].end
                chars = sum(len(self.tokens[t]) + 1 for t in range(a, right.t))
                start = self.heard[right.h].start
                runs = _nearest_runs(list(reversed(self.env.voiced_runs(start - gap, start))), chars * self.rate,
                                     reverse=True)
                if runs and runs[-1][1] >= start - MAX_PAUSE and sum(y - x for x, y in runs) >= 0.4 * chars * self.rate:
                    dropped.update(m.t for m in run[:k + 1])
                    self.banned.update(m.h for m in run[:k + 1])
                break
        return [m for m in matches if m.t not in dropped]

    def _pause_between(self, left: Match, right: Match, side: Sequence[Match]) -> float:
        """How long the speaker paused between two consecutive anchors of one line, the heard words between them
        that no transcript word took counted as the line's own words misheard (:mod:`.misheard_between`);
        ``side``: the anchors the pause would cut off."""
        return pause_between(self.heard, left.h, right.h, right.t - left.t > 1, [self.tokens[m.t] for m in side])

    # -------------------------------------------------------------------------------- main
    def run(self) -> list[TokenTime]:
        for m in self.matches:
            h = self.heard[m.h]
            self.times[m.t] = TokenTime(h.start, h.end, h.probability, "exact" if m.exact else "fuzzy")
        bounds = [(-1, -1)] + [(m.t, m.h) for m in self.matches] + [(len(self.tokens), len(self.heard))]
        for (ta, ha), (tb, hb) in zip(bounds, bounds[1:]):
            if tb - ta > 1 or hb - ha > 1:
                self._gap(ta, tb, ha, hb)
        return [t for t in self.times]  # type: ignore[misc]

    # -------------------------------------------------------------------------------- gaps
    def _window(self, ta: int, tb: int, ha: int, hb: int) -> tuple[float, float]:
        lo = self.times[ta].end if ta >= 0 else self.t0
        hi = self.times[tb].start if tb < len(self.tokens) else self.t1
        return lo, max(lo, hi)

    def _gap(self, ta: int, tb: int, ha: int, hb: int, refine: bool = True) -> None:
        T = list(range(ta + 1, tb))
        H = list(range(ha + 1, hb))
        lo, hi = self._window(ta, tb, ha, hb)
        H = [k for k in H if k not in self.banned and self.heard[k].end > lo - 0.05 and self.heard[k].start < hi + 0.05]
        if not T:
            self._maybe_unscripted(H)
            return
        if not H:
            self._place_without_words(T, lo, hi, ta, tb)
            return
        side = self._one_side(T, ta, tb)
        if refine and len(T) * len(H) <= FINE_ALIGN_CELLS:
            # suspects are bounded as the fine alignment is: a long gap (another talk's transcript) is no one line
            self._note_suspect(T, H)
            t_toks = [self.tokens[i] for i in T]
            # a segment's first (last) words are looked for next to the rest of it first: said twice
            # (a restart, a deleted sentence that began the same way), the nearer saying is theirs
            near = self._next_to_anchor(H, side, lo, hi, max_tokens=2 * len(T)) if side else []
            pairs = fine_align(t_toks, [self.heard[k].tok for k in near], side) if near else []
            if not pairs:
                near = H
                pairs = fine_align(t_toks, [self.heard[k].tok for k in H])
            if pairs:
                for a, b in pairs:
                    h = self.heard[near[b]]
                    exact = self.tokens[T[a]] == h.tok
                    self.times[T[a]] = TokenTime(h.start, h.end, h.probability * (1.0 if exact else 0.7),
                                                 "exact" if exact else "fuzzy")
                for b in {b for _, b in pairs if sum(1 for _, b2 in pairs if b2 == b) > 1}:
                    self._lay_over([T[a] for a, b2 in pairs if b2 == b], [near[b]], "fuzzy")  # heard as one
                inner = [(ta, ha)] + [(T[a], near[b]) for a, b in pairs] + [(tb, hb)]
                for (ta2, ha2), (tb2, hb2) in zip(inner, inner[1:]):
                    if tb2 - ta2 > 1 or hb2 - ha2 > 1:
                        self._gap(ta2, tb2, ha2, hb2, refine=False)
                return
        t_text = " ".join(self.tokens[i] for i in T)
        h_text = " ".join(self.heard[k].tok for k in H)
        if len(h_text) > 1.5 * len(t_text) + 10:
            if not (side and self._lay_beside(T, H, side, lo, hi)):
                self._locate_inside(T, H, t_text, h_text, lo, hi, leading=ta < 0, trailing=tb >= len(self.tokens))
        elif side or not (self._apart_across_sentences(T, H, ta, tb, lo, hi)
                          or self._edge_words_and_unheard_lines(T, H, ta, tb, lo, hi)):
            run = self._said_in_one_go(H, side) if side else H
            self._lay_over(T, run, "substituted")
            self._maybe_unscripted([k for k in H if k not in run])

    def _note_suspect(self, T: list[int], H: list[int]) -> None:
        """Note each line of which T holds most (at least half its tokens) when those words would be laid over
        speech that sounds like another sentence (:func:`.replaced_lines.heard_another_line`).  A few words of a
        longer line (an edited wording, a word or two replaced) stay a substitution: their line was heard
        around them.  T may run over several lines (a neighbour's words misheard next to it).  Nothing is
        placed differently here: the decoder decides (:mod:`.replaced_lines`)."""
        heard = [self.heard[k].tok for k in H]
        seconds = self.heard[H[-1]].end - self.heard[H[0]].start
        for line in sorted({self.segment_of[i] for i in T} - {-1}):
            mine = [self.tokens[i] for i in T if self.segment_of[i] == line]
            a, b = self.segment_ranges[line]
            if 2 * len(mine) < b - a:
                continue
            around = [self.tokens[i] for n in (line - 1, line + 1) if 0 <= n < len(self.segment_ranges)
                      for i in range(*self.segment_ranges[n])]
            if heard_another_line(mine, heard, seconds, around):
                self.suspects.append(line)

    def _by_anchor_sentence(self, T: list[int], ta: int, tb: int) -> tuple[list[int], list[int], list[int]]:
        """T's tokens split into (the left anchor's segment's, whole segments between, the right anchor's)."""
        left_seg = self.segment_of[ta] if ta >= 0 else None
        right_seg = self.segment_of[tb] if tb < len(self.tokens) else None
        left = [i for i in T if left_seg is not None and self.segment_of[i] == left_seg]
        right = [i for i in T if right_seg is not None and self.segment_of[i] == right_seg]
        middle = [i for i in T if i not in set(left) | set(right)]
        return left, middle, right

    def _apart_across_sentences(self, T: list[int], H: list[int], ta: int, tb: int, lo: float, hi: float) -> bool:
        """Lay the end of the left anchor's sentence and the start of the right anchor's apart, when one of them
        has no heard word said in one go with its anchor; returns False (nothing placed) otherwise.

        T runs from one sentence into the next, and what Whisper heard in the gap lies next to only one of the
        anchors (or next to neither).  Laid over those heard words as one run, the other sentence's words are
        carried across the pause between the sentences -- seconds of noise between two recordings
        (syn_w_phone_joined: "... start sooner." 5.2 s late, on the "the" heard for the next sentence's
        "Surprisingly, a").  A sentence is said in one go: its words Whisper did not hear lie next to its
        heard ones, within MAX_PAUSE of them, over their own sound if there is any there.  Whole sentences in
        between take what was heard apart from both anchors, or the sound left between.
        """
        left, middle, right = self._by_anchor_sentence(T, ta, tb)
        if not left or not right:
            return False
        near_left = self._next_to_anchor(H, "left", lo, hi)
        near_right = self._next_to_anchor(H, "right", lo, hi)
        if (near_left and near_right) or set(near_left) & set(near_right):
            return False
        if near_left:
            self._lay_over(left, near_left, "substituted")
            inner_lo = self.heard[near_left[-1]].end
        else:
            reach = sum(len(self.tokens[i]) + 1 for i in left) * self.rate + MAX_PAUSE
            inner_lo = self._place_in_sound(left, lo, min(hi, lo + reach), "forward")
        if near_right:
            self._lay_over(right, near_right, "substituted")
            inner_hi = self.heard[near_right[0]].start
        else:
            reach = sum(len(self.tokens[i]) + 1 for i in right) * self.rate + MAX_PAUSE
            inner_hi = self._place_in_sound(right, max(inner_lo, hi - reach), hi, "backward")
        rest = [k for k in H if k not in near_left and k not in near_right]
        if middle and rest:
            self._lay_over(middle, rest, "substituted")
        elif middle:
            self._place_in_sound(middle, inner_lo, max(inner_lo, inner_hi), None)
        else:
            self._maybe_unscripted(rest)
        return True

    def _edge_words_and_unheard_lines(self, T: list[int], H: list[int], ta: int, tb: int, lo: float,
                                      hi: float) -> bool:
        """Lay an anchor's own sentence's words on what was heard next to it, and the whole lines beside them on
        the sound left; returns False (nothing placed) unless the heard words are all the anchor's sentence's.

        T is the end of the left anchor's sentence and whole lines after it (or whole lines and the start of the
        right anchor's), and nothing heard resembles them.  Laid over the heard words as one run, the whole lines
        were "heard" too: a line never spoken, after "brown horse" heard as "brown dog", had its eleven words laid
        over "dog" with the last word of its neighbour, and was never called unspoken (``benchmarks/gui_walk.py``'s
        talk).  A sentence is said in one go, so the anchor's words take the heard words next to it, about as many
        characters as they are.  When that uses up everything heard, the whole lines were not heard: they take
        the sound left between, or, with too little sound for their text, are placed as not spoken.
        """
        left, middle, right = self._by_anchor_sentence(T, ta, tb)
        if not middle or bool(left) == bool(right):
            return False
        side, edge = ("left", left) if left else ("right", right)
        near = self._next_to_anchor(H, side, lo, hi, max_chars=sum(len(self.tokens[i]) + 1 for i in edge) - 1)
        if not near or len(near) < len(H):
            return False
        self._lay_over(edge, near, "substituted")
        if side == "left":
            inner_lo = self.heard[near[-1]].end
            self._place_in_sound(middle, inner_lo, max(inner_lo, hi), None)
        else:
            inner_hi = self.heard[near[0]].start
            self._place_in_sound(middle, lo, max(lo, inner_hi), None)
        return True

    def _said_in_one_go(self, H: list[int], side: str) -> list[int]:
        """The heard tokens of H next to the left (right) anchor and said in one go with each other: from the
        nearest, up to a pause longer than MAX_PAUSE between two of them.  In time order."""
        order = H if side == "left" else H[::-1]
        run = [order[0]]
        for k in order[1:]:
            a, b = (self.heard[run[-1]], self.heard[k]) if side == "left" else (self.heard[k], self.heard[run[-1]])
            if b.start - a.end > MAX_PAUSE:
                break
            run.append(k)
        return sorted(run)

    def _lay_over(self, T: list[int], H: list[int], how: str) -> None:
        """Map T's characters linearly onto H's characters, and take H's times at those positions."""
        h_chars: list[tuple[int, int, HeardToken]] = []
        pos = 0
        for k in H:
            h = self.heard[k]
            h_chars.append((pos, pos + len(h.tok), h))
            pos += len(h.tok) + 1
        h_len = max(1, pos - 1)
        t_len = max(1, sum(len(self.tokens[i]) + 1 for i in T) - 1)
        starts = [c[0] for c in h_chars]

        def time_at(char: float) -> float:
            c = min(max(char * h_len / t_len, 0.0), h_len)
            j = max(0, bisect.bisect_right(starts, c) - 1)
            a, b, h = h_chars[j]
            frac = min(1.0, max(0.0, (c - a) / max(1, b - a)))
            return h.start + (h.end - h.start) * frac

        pos = 0
        prob = min(self.heard[k].probability for k in H) * 0.5
        for i in T:
            s, e = time_at(pos), time_at(pos + len(self.tokens[i]))
            self.times[i] = TokenTime(s, max(s, e), prob, how)
            pos += len(self.tokens[i]) + 1

    def _one_side(self, T: list[int], ta: int, tb: int) -> Optional[str]:
        """"left" when all of T belongs to the left anchor's segment (its last words), "right" when all of it
        belongs to the right anchor's (its first words), None otherwise."""
        left = self.segment_of[ta] if ta >= 0 else None
        right = self.segment_of[tb] if tb < len(self.tokens) else None
        if left == right:
            return None
        if left is not None and left >= 0 and all(self.segment_of[i] == left for i in T):
            return "left"
        if right is not None and right >= 0 and all(self.segment_of[i] == right for i in T):
            return "right"
        return None

    def _next_to_anchor(self, H: list[int], side: Optional[str], lo: float, hi: float,
                        max_tokens: Optional[int] = None, max_chars: Optional[int] = None) -> list[int]:
        """The heard tokens of H said in one go with the left (``side`` "left") or right anchor: walking away
        from it, up to a pause longer than MAX_PAUSE, ``max_tokens`` tokens or ``max_chars`` characters.
        In time order."""
        used: list[int] = []
        chars, edge = 0, (lo if side == "left" else hi)
        for k in (H if side == "left" else H[::-1]):
            h = self.heard[k]
            if (h.start - edge if side == "left" else edge - h.end) > MAX_PAUSE:
                break
            used.append(k)
            chars += len(h.tok) + 1
            edge = h.end if side == "left" else h.start
            if (max_tokens is not None and len(used) >= max_tokens) or (max_chars is not None and chars >= max_chars):
                break
        return sorted(used)

    def _lay_beside(self, T: list[int], H: list[int], side: str, lo: float, hi: float) -> bool:
        """Lay a segment's first (last) words over the heard words right before (after) the rest of it.

        The gap holds more speech than T: a restart ("I'm expected. I'm expected. A
        group of ..." for "As expected, a group of ..."), or speech the
        transcript lacks.  T is part of the sentence its anchor is in, and a
        sentence is said in one go, so T lies on the heard words next to that
        anchor (with no pause longer than MAX_PAUSE between), about as many
        characters as T; the rest is left to the unscripted-speech check.
        Returns False when no heard word lies next to the anchor.
        """
        used = self._next_to_anchor(H, side, lo, hi, max_chars=sum(len(self.tokens[i]) + 1 for i in T) - 1)
        if not used:
            return False
        self._lay_over(T, used, "substituted")
        self._maybe_unscripted([k for k in H if k not in used])
        return True

    def _locate_inside(self, T, H, t_text, h_text, lo, hi, leading: bool, trailing: bool) -> None:
        al = partial_ratio_alignment(t_text, h_text)
        if al.score >= 55:
            used, pos = [], 0
            for k in H:
                a, b = pos, pos + len(self.heard[k].tok)
                if b > al.dest_start and a < al.dest_end:
                    used.append(k)
                pos = b + 1
            if used:
                self._lay_over(T, used, "substituted")
                first, last = H.index(used[0]), H.index(used[-1])
                self._maybe_unscripted(H[:first])
                self._maybe_unscripted(H[last + 1:])
                return
        # T does not resemble anything heard here: it was not said, and what was said is not in the text.
        self._maybe_unscripted(H)
        self._place_unheard(T, lo, hi, prefer_end=leading, avoid=H)

    def _place_without_words(self, T: list[int], lo: float, hi: float, ta: int, tb: int) -> None:
        """Whisper heard nothing between the neighbours: spoken but missed, or not spoken at all?

        The words of the left anchor's segment are looked for in the sound just
        after it, those of the right anchor's segment just before it (a sentence
        is spoken in one go, whatever pause lies between two sentences); whole
        segments in between get whatever sound is left.  Too little sound for
        the text: it was not spoken.
        """
        if ta >= 0 and tb < len(self.tokens) and self.segment_of[ta] == self.segment_of[tb]:
            self._place_in_sound(T, lo, hi, None)  # inside one segment: all the sound between
            return
        left, middle, right = self._by_anchor_sentence(T, ta, tb)
        if left:
            lo = self._place_in_sound(left, lo, hi, "forward")
        if right:
            hi = self._place_in_sound(right, lo, hi, "backward")
        if middle:
            self._place_in_sound(middle, lo, hi, "backward" if ta < 0 else "forward" if tb >= len(self.tokens)
                                 else None)

    def _place_in_sound(self, T: list[int], lo: float, hi: float, direction: Optional[str]) -> float:
        """Spread T over the sound nearest one end of [lo, hi] ("forward": from lo, "backward": from hi)
        or over all of it (None).  Returns the free edge left over, for what comes next."""
        chars = sum(len(self.tokens[i]) + 1 for i in T)
        expected = chars * (self.pace.at(lo, hi) if hi - lo > 0.15 else self.rate)
        if hi - lo > 0.15:
            thr = self.env.threshold(lo, hi)
            runs = self.env.voiced_runs(lo, hi, thr)
            if direction == "backward":
                runs = _nearest_runs(list(reversed(runs)), expected, reverse=True)
            elif direction == "forward":
                runs = _nearest_runs(runs, expected, reverse=False)
            voiced = sum(b - a for a, b in runs)
            if runs and voiced >= 0.4 * expected:
                a, b = runs[0][0], runs[-1][1]
                self._spread(T, a, b, 0.0, "voiced")
                return b if direction == "forward" else a
        if direction is None:
            self._place_unheard(T, lo, hi)
            return lo
        # not found in sound: a sentence's own last (first) words still go right after (before) the rest
        # of it, where it ends (begins) -- the middle of the pause would move its boundary for nothing
        span = min(UNHEARD_SPAN, expected, max(0.0, hi - lo))
        a = lo if direction == "forward" else hi - span
        self._spread(T, a, a + span, 0.0, "unheard")
        return a + span if direction == "forward" else a

    def _place_unheard(self, T: list[int], lo: float, hi: float, prefer_end: bool = False,
                       avoid: Sequence[int] = ()) -> None:
        """A short span in the quietest place between the neighbours, never over heard speech."""
        busy = sorted((self.heard[k].start, self.heard[k].end) for k in avoid)
        free, cur = [], lo
        for s, e in busy:
            if s > cur:
                free.append((cur, s))
            cur = max(cur, e)
        if hi > cur:
            free.append((cur, hi))
        if not free:
            free = [(lo, lo)]
        # the widest free stretch; ties go to the end nearest the text's own neighbours
        a, b = max(free, key=lambda ab: (ab[1] - ab[0], ab[0] if prefer_end else -ab[0]))
        span = min(UNHEARD_SPAN, max(0.0, b - a))
        mid = (a + b) / 2
        self._spread(T, mid - span / 2, mid + span / 2, 0.0, "unheard")

    def _spread(self, T: list[int], a: float, b: float, prob: float, how: str) -> None:
        total = sum(len(self.tokens[i]) for i in T) or 1
        acc = 0
        for i in T:
            s = a + (b - a) * acc / total
            acc += len(self.tokens[i])
            e = a + (b - a) * acc / total
            self.times[i] = TokenTime(s, e, prob, how)

    def _maybe_unscripted(self, H: Sequence[int]) -> None:
        """Record heard tokens the transcript lacks, unless they are a filler or two."""
        if not H:
            return
        words = sorted({self.heard[k].word for k in H})
        heard = [self.heard_words[w] for w in words]
        self.unpaired.extend((w.start, w.end) for w in heard)
        content = [t for w in heard for t in w.tokens if t not in FILLERS]
        duration = heard[-1].end - heard[0].start
        if len(content) >= 2 and duration >= 0.8:
            self.unscripted.append(Unscripted(heard[0].start, heard[-1].end, heard))


#: Longest pause (s) inside a sentence's sound when looking for where its unheard words were said.
MAX_PAUSE = 0.6


def _nearest_runs(runs: list[tuple[float, float]], expected: float, reverse: bool,
                  max_pause: float = MAX_PAUSE) -> list[tuple[float, float]]:
    """Runs of sound next to an anchor, walking away from it until there is enough for the text.

    ``runs`` are ordered walking away from the anchor; the result is in time order.
    """
    taken: list[tuple[float, float]] = []
    total = 0.0
    for a, b in runs:
        if taken:
            gap = (taken[-1][0] - b) if reverse else (a - taken[-1][1])
            if gap > max_pause:
                break
        taken.append((a, b))
        total += b - a
        if total >= expected:
            break
    return sorted(taken)


def fine_align(t: Sequence[str], h: Sequence[str], side: Optional[str] = None) -> list[tuple[int, int]]:
    """Pairs (i, k) of similar tokens, in order: Needleman-Wunsch over spelling similarity.

    Used inside a gap between anchors, where the global edit path gave no
    trustworthy pairs: it finds "is rare" and "does" again around an
    unspoken sentence, so that sentence's words are left between them
    instead of being smeared over the neighbours' speech.  ``side`` "right":
    ``t`` are the first words of the sentence that follows ``h``, so heard
    tokens before them cost nothing to leave out (they are someone else's) and
    of two equal sayings the one next to the rest of the sentence wins; "left":
    the same for the last words of the sentence before ``h``.
    """
    n, m = len(t), len(h)
    sim = [[ratio(a, b) / 100.0 for b in h] for a in t]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]  # 1 = pair, 2 = skip t, 3 = skip h, 4 = pair t's last two
    for i in range(1, n + 1):
        score[i][0], move[i][0] = score[i - 1][0] + SKIP, 2
    for k in range(1, m + 1):
        score[0][k], move[0][k] = score[0][k - 1] + (0.0 if side == "right" else SKIP), 3
    for i in range(1, n + 1):
        row, prev, s_row = score[i], score[i - 1], sim[i - 1]
        for k in range(1, m + 1):
            pair = prev[k - 1] + 2.0 * s_row[k - 1] - 1.0
            skip_t = prev[k] + SKIP
            skip_h = row[k - 1] + SKIP
            if pair >= skip_t and pair >= skip_h:
                row[k], move[i][k] = pair, 1
            elif skip_t >= skip_h:
                row[k], move[i][k] = skip_t, 2
            else:
                row[k], move[i][k] = skip_h, 3
            if i >= 2:  # two words heard as one token (:mod:`.joined_words`)
                both = joined_similarity(t[i - 2], t[i - 1], h[k - 1], max(sim[i - 2][k - 1], s_row[k - 1]))
                if both and score[i - 2][k - 1] + 2.0 * both - 1.0 > row[k]:
                    row[k], move[i][k] = score[i - 2][k - 1] + 2.0 * both - 1.0, 4
    pairs, i, k = [], n, m
    if side == "left":  # heard tokens after the last pair cost nothing: end where the score is best
        k = max(range(m + 1), key=lambda j: (score[n][j], -j))
    while i > 0 and k > 0:
        mv = move[i][k]
        if mv == 1:
            if sim[i - 1][k - 1] >= SAME_WORD:
                pairs.append((i - 1, k - 1))
            i, k = i - 1, k - 1
        elif mv == 4:
            pairs.extend([(i - 1, k - 1), (i - 2, k - 1)])
            i, k = i - 2, k - 1
        elif mv == 2:
            i -= 1
        else:
            k -= 1
    return pairs[::-1]
