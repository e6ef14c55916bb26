"""Which transcript tokens Whisper actually heard: a global alignment of the two token streams.

Both sides are normalized the same way (aligner.text.normalize), then aligned
with a Levenshtein edit path over whole tokens (rapidfuzz, bit-parallel: a
60-minute talk aligns in milliseconds).  An edit path happily pairs a stray
"the" inside two unrelated sentences, so a pair only becomes an *anchor* when it
sits in a run of consecutive matches, or is a close spelling match inside a
short, well-bounded substitution.  Everything else is left to the placement
step, which decides whether unmatched text was spoken at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

#: A run of this many consecutive exact matches is trusted on its own.
STRONG_RUN = 3
#: Between two strong anchors, gaps up to this many tokens may hold weaker matches.
LOCAL_GAP = 10
#: Spelling similarity (0-100) for pairing substituted tokens ("colour" / "color").
FUZZY_RATIO = 75


#: How a placed word was matched when Whisper heard it as the text's own, to the letter or a close spelling (see
#: :class:`.placement.Placed`'s ``hows``): its time is a measurement.  Here, beside the match that decides it, so
#: that the forced pass, which placement imports, reads the same names.
HEARD_AS_WRITTEN = ("exact", "fuzzy")
#: ... or laid over a word Whisper heard at that place as another ("substituted", see
#: :meth:`.placement.Placer._lay_over`): something was heard there, so the word's sound is there though its name is not.
HEARD_THERE = HEARD_AS_WRITTEN + ("substituted",)


@dataclass(frozen=True)
class Match:
    """Transcript token ``t`` is heard token ``h``; ``exact`` or spelling-similar; ``strong`` when trusted alone."""

    t: int
    h: int
    exact: bool
    strong: bool


def _runs(pairs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    runs: list[list[tuple[int, int]]] = []
    for p in pairs:
        if runs and p[0] == runs[-1][-1][0] + 1 and p[1] == runs[-1][-1][1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def match_tokens(transcript: Sequence[str], heard: Sequence[str],
                 segment_of: Optional[Sequence[int]] = None) -> list[Match]:
    """Anchored token pairs, in order (both indices strictly increasing).

    ``segment_of`` (the transcript segment of each token) lets ties be broken
    the way speech works: a sentence's words stay together.
    """
    if not transcript or not heard:
        return []
    exact: list[tuple[int, int]] = []
    substituted: list[tuple[int, int]] = []
    opcodes = Levenshtein.opcodes(list(transcript), list(heard))
    for op in opcodes:
        if op.tag == "equal":
            exact.extend(zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end)))
    for t0, t1, h0, h1, whole in _gaps(opcodes):
        pair = _pair_on_cheapest_path if whole else _pair_substitution
        substituted.extend(pair(transcript, heard, t0, t1, h0, h1))
    if segment_of is not None:
        exact = _keep_sentences_together(exact, transcript, heard, segment_of)
    strong: set[tuple[int, int]] = set()
    for run in _runs(exact):
        long_enough = len(run) >= STRONG_RUN
        # a single long, rare-looking token ("photosynthesis") also stands on its own
        distinctive = len(run) >= 1 and sum(len(transcript[t]) for t, _ in run) >= 12
        if long_enough or distinctive:
            strong.update(run)
    candidates = sorted([(p, True) for p in exact] + [(p, False) for p in substituted])
    strong_list = sorted(strong)
    out: list[Match] = []
    for (t, h), is_exact in candidates:
        if (t, h) in strong:
            out.append(Match(t, h, True, True))
        elif _well_bounded(t, h, strong_list):
            out.append(Match(t, h, is_exact, False))
    return out


def _keep_sentences_together(pairs: list[tuple[int, int]], transcript: Sequence[str], heard: Sequence[str],
                             segment_of: Sequence[int]) -> list[tuple[int, int]]:
    """Among equally cheap edit paths, prefer the one that keeps a segment's words contiguous.

    "... saying some words" against heard "... saying some words and here are
    some more words words" can match the last "words" as cheaply as the first;
    an edit distance cannot tell, a speaker would.  A match is moved to the
    heard token right after its predecessor's match (or right before its
    successor's) when that token is the same word and the two transcript tokens
    share a segment.
    """
    pairs = sorted(pairs)
    used = {h for _, h in pairs}
    for n in range(1, len(pairs)):  # pull towards the previous word of the same segment
        (pt, ph), (t, h) = pairs[n - 1], pairs[n]
        if t == pt + 1 and segment_of[t] == segment_of[pt] and h > ph + 1 and heard[ph + 1] == transcript[t] \
                and ph + 1 not in used:
            used.discard(h)
            used.add(ph + 1)
            pairs[n] = (t, ph + 1)
    for n in range(len(pairs) - 2, -1, -1):  # and towards the next word of the same segment
        (t, h), (nt, nh) = pairs[n], pairs[n + 1]
        if nt == t + 1 and segment_of[t] == segment_of[nt] and h < nh - 1 and heard[nh - 1] == transcript[t] \
                and nh - 1 not in used:
            used.discard(h)
            used.add(nh - 1)
            pairs[n] = (t, nh - 1)
    return pairs


def _gaps(opcodes) -> list[tuple[int, int, int, int, bool]]:
    """(t0, t1, h0, h1, whole) of each stretch in which spellings are paired: a stretch between two exact blocks of
    the edit path, with tokens on both sides (``whole``) -- or, in a long one, each of its replace blocks.

    How the edit path fills such a stretch -- which tokens it *replaces* and which it *inserts* or *deletes* -- is
    one pick among paths of equal cost, made by the backtrace, not by the words: "museum staff rejected" against
    heard "museum's suffering at the end of" is 3 replacements and 3 insertions whichever way round, and over a
    whole talk the path put the insertion first and replaced "museum staff rejected" by "the end of", losing the
    pair "museum"/"museum's" that the same words matched alone (``long_60min``, line 436 placed 1 s late).  So a
    stretch is paired whole (:func:`_pair_on_cheapest_path`) when it is no longer than ``LOCAL_GAP`` on either
    side.  A longer one keeps the path's own replace blocks, as before: its pairs are hardly ever kept
    (:func:`_well_bounded`), and a transcript that is not the talk's is one stretch of thousands of tokens.
    """
    out: list[tuple[int, int, int, int, bool]] = []
    run: list = []
    for op in list(opcodes) + [None]:
        if op is not None and op.tag != "equal":
            run.append(op)
            continue
        if run:
            t0, t1, h0, h1 = run[0].src_start, run[-1].src_end, run[0].dest_start, run[-1].dest_end
            if t1 - t0 <= LOCAL_GAP and h1 - h0 <= LOCAL_GAP:
                out.append((t0, t1, h0, h1, True))
            else:
                out.extend((o.src_start, o.src_end, o.dest_start, o.dest_end, False) for o in run if o.tag == "replace")
        run = []
    return [g for g in out if g[1] > g[0] and g[3] > g[2]]


def _pair_on_cheapest_path(transcript, heard, t0, t1, h0, h1) -> list[tuple[int, int]]:
    """The close spellings a stretch pairs on its cheapest edit path when a close spelling counts as a match (then
    the path with the most pairs, then the closest).

    The tie the token edit path's backtrace broke blindly is broken by the words, with the matcher's own notion of
    a match: "museum"/"museum's" is paired whichever side of "suffering at the end of" the backtrace put the extra
    heard words; "long"/"along" in "a long debate" heard "along the beat" costs no more than its neighbours'
    replacements, so it is paired; "on" heard first where "about air quality on" was written is not -- the path
    through it costs two edits more.
    """
    m, n = t1 - t0, h1 - h0
    # best[i][k]: (edits, -pairs, -similarity) of the best path through transcript[t0:t0+i] and heard[h0:h0+k]
    best = [[(i + k, 0, 0.0) if i == 0 or k == 0 else None for k in range(n + 1)] for i in range(m + 1)]
    step = [[("del" if k == 0 else "ins") for k in range(n + 1)] for _ in range(m + 1)]
    for i in range(1, m + 1):
        for k in range(1, n + 1):
            r = ratio(transcript[t0 + i - 1], heard[h0 + k - 1])
            e, p, s = best[i - 1][k - 1]
            paired = r >= FUZZY_RATIO
            candidates = [((e + (not paired), p - paired, s - (r if paired else 0.0)), "pair" if paired else "sub")]
            e, p, s = best[i - 1][k]
            candidates.append(((e + 1, p, s), "del"))
            e, p, s = best[i][k - 1]
            candidates.append(((e + 1, p, s), "ins"))
            best[i][k], step[i][k] = min(candidates, key=lambda c: c[0])
    pairs, i, k = [], m, n
    while i > 0 and k > 0:
        how = step[i][k]
        if how in ("pair", "sub"):
            if how == "pair":
                pairs.append((t0 + i - 1, h0 + k - 1))
            i, k = i - 1, k - 1
        elif how == "del":
            i -= 1
        else:
            k -= 1
    return pairs[::-1]


def _pair_substitution(transcript, heard, t0, t1, h0, h1) -> list[tuple[int, int]]:
    """Pair up tokens inside a replace block by spelling similarity, in order."""
    pairs, j = [], h0
    for i in range(t0, t1):
        best, best_k = 0.0, None
        for k in range(j, min(h1, j + 3)):
            r = ratio(transcript[i], heard[k])
            if r > best:
                best, best_k = r, k
        if best_k is not None and best >= FUZZY_RATIO:
            pairs.append((i, best_k))
            j = best_k + 1
    return pairs


def _well_bounded(t: int, h: int, strong: list[tuple[int, int]]) -> bool:
    """True when strong anchors close on both sides bracket (t, h) with gaps of similar size."""
    import bisect

    k = bisect.bisect_left(strong, (t, h))
    before: Optional[tuple[int, int]] = strong[k - 1] if k > 0 else None
    after: Optional[tuple[int, int]] = strong[k] if k < len(strong) else None
    if before is None and after is None:
        return False
    tb, hb = before if before is not None else (-1, -1)
    ta, ha = after if after is not None else (t + (h - hb), h + (t - tb))
    if before is not None and (hb >= h or tb >= t):
        return False
    if after is not None and (ha <= h or ta <= t):
        return False
    gap_t, gap_h = ta - tb - 1, ha - hb - 1
    return gap_t <= LOCAL_GAP and gap_h <= LOCAL_GAP and abs(gap_t - gap_h) <= max(2, gap_t // 2)
