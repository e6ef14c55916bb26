"""Readable subtitle cues from aligned segments.

A segment is a sentence; a subtitle is what fits on screen.  This module turns
the first into the second the way subtitlers do:

* a cue holds at most ``max_lines_per_cue`` lines of ``max_chars_per_line``
  characters and stays on screen at most ``max_cue_duration`` seconds;
* a longer segment is cut into several cues at the most natural places --
  after a sentence end, then after a semicolon, colon or comma, then before a
  conjunction, then anywhere but after an article -- avoiding one-word
  orphans, preferring pauses in the speech and cues of similar length;
* each cue's time comes from its words' aligned times (character-proportional
  times when a segment has none); the cut between two cues of one segment
  leaves no flicker gap shorter than half a second;
* lines inside a cue are balanced (similar lengths), again preferring
  natural break points;
* Chinese and Japanese, written without spaces, break between phrases
  (BudouX's, never inside a word, nor before a closing mark or full stop), and
  a wide character takes two of a line's columns;
* a cue shorter than ``min_cue_duration`` is held longer if the next cue leaves room;
* no two cues are closer than ``min_gap`` (the earlier one ends sooner);
* text the audio does not contain (``not_heard``) is left out by default: a
  stage direction given a fraction of a second would flash by at 80
  characters per second.  Otherwise it is shown across the pause it sits in
  (left out all the same when even that pause is too short to read it).

The cutting is a small dynamic programme over the words of a segment, so the
best combination of cut points is found, not just the first that fits.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Mapping, Optional, Sequence

from ..document import NOT_HEARD, Document, Segment
from ..errors import ExportError
from ..text import simplified, split_words
from .options import ExportOptions

#: Placeholder speaker names that importers and diarizers invent: "Speaker A", "Speaker 2", "SPEAKER_01".
_GENERIC_SPEAKER = re.compile(r"(?i)^(speaker|spk|voice)[ _-]?([a-z]|\d{1,3})$")


def is_generic_speaker(name: Optional[str]) -> bool:
    return bool(name) and bool(_GENERIC_SPEAKER.match(name.strip()))


def shown_speaker(speaker: Optional[str], options: ExportOptions) -> Optional[str]:
    """The name a subtitle shows for ``speaker``, or None.

    "Speaker A:" on screen tells a viewer nothing the change of voice does not,
    so placeholder names stay off subtitles unless asked for; real names stay.
    """
    if not speaker or not options.include_speakers:
        return None
    if is_generic_speaker(speaker) and not options.generic_speaker_labels:
        return None
    return speaker


#: Gaps between two cues of one segment shorter than this are closed (no flicker).
CHAIN_GAP = 0.5

_CONJUNCTIONS = frozenset(
    "and but or nor so yet because although though while whereas since unless until if when whenever "
    "where wherever which who whom whose that than as after before once whether".split())
_PREPOSITIONS = frozenset(
    "to of in on at for with from by about into onto over under between through without during against "
    "among across like upon within".split())
#: Words a line or cue should not end with: they belong to what follows.
_CLINGING = frozenset(
    "a an the my your his her its our their this these those to of in on at for with from by "
    "mr. mrs. ms. dr. prof. st.".split())
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st vs etc jr sr no e.g i.e u.s u.k a.m p.m approx dept fig cf".split())
_CLOSERS = "\"'\u201d\u2019)]}\u00bb\u300d\u300f\u3011\uff09"
_OPENERS = "\"'\u201c\u2018([{\u00ab\u300c\u300e\u3010\uff08"


@dataclass(frozen=True)
class Cue:
    """One subtitle: a time span and the lines shown during it."""

    start: float
    end: float
    lines: tuple[str, ...]
    speaker: Optional[str] = None
    segment: int = -1  #: index of the segment it shows (a long segment gives several cues)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class _W:
    text: str
    start: float
    end: float
    glued: bool = False  #: joins the unit before it with no space (inside a word of a script without spaces)


#: Scripts written without spaces between words: a line of them is one "word" to :func:`split_words`, so a
#: subtitle is cut and wrapped between its phrases instead (Han, kana; Thai and Lao are not cut).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u31f0-\u31ff\uff66-\uff9f]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
#: Punctuation that stays on the line of the character before it (no line may start with it).
_TRAILING = "\u3001\u3002\uff0c\uff0e\uff01\uff1f\uff1a\uff1b\u300d\u300f\u3011\uff09\u30fc\u2026" + _CLOSERS + ",.;:!?"


def columns(text: str) -> int:
    """Screen columns ``text`` takes: a wide character (Han, kana, full-width forms) counts two.

    Subtitle line limits are set in Latin characters (42 a line); a line of
    42 Han characters would be twice as wide as the screen allows.
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _split_unspaced(w: _W) -> list[_W]:
    """A word of a script without spaces cut into its phrases, timed by character count over the word's span;
    any other word unchanged.

    Cut between characters, a line could end inside a word (图书|馆, 天気|予報) -- a subtitler never does that.
    BudouX (Google's line breaker for Chinese and Japanese, Apache-2.0) splits a sentence into the phrases a line
    may break between; punctuation stays with the phrase before it, and a run of Latin letters or digits stays
    whole, as BudouX leaves it.
    """
    if len(w.text) < 2 or not _UNSPACED.search(w.text):
        return [w]
    units = _phrases(w.text)
    total, acc, out = len(w.text), 0, []
    for k, u in enumerate(units):
        a = w.start + (w.end - w.start) * acc / total
        acc += len(u)
        out.append(_W(u, a, w.start + (w.end - w.start) * acc / total, glued=k > 0 or w.glued))
    return out


@lru_cache(maxsize=4096)
def _phrases(text: str) -> tuple[str, ...]:
    """``text`` (Chinese or Japanese, no spaces) as BudouX's phrases, with no phrase starting on a closing mark."""
    phrases: list[str] = []
    for p in _phrase_parser(text).parse(text):
        if phrases and (p[0] in _TRAILING or unicodedata.category(p[0]).startswith("M")):
            phrases[-1] += p[0]
            p = p[1:]
        if p:
            phrases.append(p)
    return tuple(phrases)


def _phrase_parser(text: str):
    """BudouX's model for ``text``: Japanese where it holds kana, else Chinese in the script it is written in."""
    import budoux

    if _KANA.search(text):
        return _parser(budoux.load_default_japanese_parser)
    if simplified(text) != text:
        return _parser(budoux.load_default_traditional_chinese_parser)
    return _parser(budoux.load_default_simplified_chinese_parser)


@lru_cache(maxsize=None)
def _parser(load):
    return load()


def joined(texts: Sequence[str], glued: Sequence[bool]) -> str:
    """``texts`` as one line: a space between units unless the later is glued to the one before."""
    return "".join(t if k == 0 or g else " " + t for k, (t, g) in enumerate(zip(texts, glued)))


def text_units(text: str) -> tuple[list[str], list[bool]]:
    """The units a subtitle line may break between, and whether each is glued to the one before (no space).

    Words, except that a script written without spaces breaks between its
    phrases.  The segment table asks this to warn about lines that cannot fit.
    """
    units = [u for span in split_words(text) for u in _split_unspaced(_W(span.text, 0.0, 0.0))]
    return [u.text for u in units], [u.glued for u in units]


def align_first_error(what: str) -> ExportError:
    return ExportError(f"{what} needs times, and this transcript has none yet. "
                       f"Align it with the audio first, then export again.")


def build_cues(doc: Document, options: ExportOptions, label_turns: bool = False,
               kept_lines: Optional[Mapping[str, Sequence[str]]] = None, what: str = "A subtitle file"
               ) -> list[Cue]:
    """The cues for every timed segment of ``doc`` (untimed segments are left out).

    ``label_turns`` prefixes "Name: " to the first cue of each speaker turn
    (real names only, unless ``options.generic_speaker_labels``).
    ``kept_lines`` maps segment ids to the line breaks the imported file had, kept
    when the segment is unchanged and its lines still fit.
    Raises ExportError when no segment has a time.
    """
    timed = [(i, s) for i, s in enumerate(doc.segments) if s.timed]
    if not timed:
        raise align_first_error(what)
    if options.not_heard == "omit":
        timed = [(i, s) for i, s in timed if not s.has(NOT_HEARD)]
        if not timed:
            raise ExportError(f"{what} would be empty: the audio contains none of this text. Choose to keep "
                              f"text that was not heard, or align the transcript with its own audio.")
    elif options.not_heard == "pause":
        timed = _spread_into_pauses(timed, options, doc.audio_duration)
    cues: list[Cue] = []
    prev: object = object()
    for i, seg in timed:
        name = shown_speaker(seg.speaker, options) if label_turns else None
        label = f"{name}: " if name and seg.speaker != prev else ""
        prev = seg.speaker
        kept = kept_lines.get(seg.id) if kept_lines else None
        cues.extend(segment_cues(seg, options, label, kept, index=i))
    cues = hold_short_cues(cues, options.min_cue_duration, doc.audio_duration, options.min_gap)
    return keep_gaps(cues, options.min_gap)


#: A not-heard cue shown across its pause must be readable at least this fast (characters per second);
#: when even the whole pause is too short for that, it is left out.
NOT_HEARD_MAX_CPS = 25.0


def _spread_into_pauses(timed: list[tuple[int, Segment]], options: ExportOptions,
                        audio_end: Optional[float]) -> list[tuple[int, Segment]]:
    """Not-heard segments stretched over the pause around them (up to the longest cue), so they can be read.

    One the pause cannot hold readably (faster than :data:`NOT_HEARD_MAX_CPS`) is left out.
    """
    out = list(timed)
    unreadable = set()
    for k, (i, s) in enumerate(out):
        if not s.has(NOT_HEARD):
            continue
        lo = max((t.end for _, t in out[:k] if not t.has(NOT_HEARD)), default=0.0) + options.min_gap
        nxt = [t.start for _, t in out[k + 1:] if not t.has(NOT_HEARD)]
        hi = (nxt[0] if nxt else (audio_end if audio_end is not None else s.end + options.max_cue_duration)) \
            - options.min_gap
        length = min(options.max_cue_duration, max(hi - lo, s.end - s.start))
        if length <= 0 or len(" ".join(s.text.split())) / length > NOT_HEARD_MAX_CPS:
            unreadable.add(k)  # even the whole pause is too short to read it: it would only flash by
            continue
        if hi - lo > s.end - s.start:
            middle = min(max((s.start + s.end) / 2, lo + length / 2), hi - length / 2)
            out[k] = (i, replace(s, start=middle - length / 2, end=middle + length / 2, words=()))
    return [item for k, item in enumerate(out) if k not in unreadable]


def segment_cues(seg: Segment, options: ExportOptions, label: str = "",
                 kept: Optional[Sequence[str]] = None, index: int = -1) -> list[Cue]:
    """The cues of one timed segment."""
    words = [unit for w in timed_words(seg) for unit in _split_unspaced(w)]
    if not words:
        return []
    texts = [w.text for w in words]
    texts[0] = label + texts[0]
    glued = [w.glued for w in words]
    width, nlines = options.max_chars_per_line, options.max_lines_per_cue
    fits = greedy_line_count(texts, width, glued) <= nlines
    short = seg.end - seg.start <= options.max_cue_duration + 1e-9
    if not options.split_long_cues or (fits and short) or len(words) == 1:
        lines = _kept(kept, texts, glued, label, width, nlines) if fits and short else None
        lines = lines or wrap_lines(texts, width, nlines if fits else None, glued)
        return [Cue(seg.start, seg.end, tuple(lines), seg.speaker, index)]
    pieces = cut_points(words, texts, options, seg.start, seg.end, glued)
    cues = []
    for n, (i, j) in enumerate(pieces):
        start = seg.start if n == 0 else words[i].start
        end = seg.end if n == len(pieces) - 1 else words[j - 1].end
        if n < len(pieces) - 1:
            nxt = words[pieces[n + 1][0]].start
            if nxt - end < CHAIN_GAP and nxt - start <= options.max_cue_duration:
                end = nxt
        end = max(start, end)
        cues.append(Cue(start, end, tuple(wrap_lines(texts[i:j], width, None, glued[i:j])), seg.speaker, index))
    return cues


def _kept(kept: Optional[Sequence[str]], texts: list[str], glued: Sequence[bool], label: str, width: int,
          nlines: int) -> Optional[list[str]]:
    """The imported file's own line breaks, if the text is unchanged and they still fit."""
    if not kept:
        return None
    lines = [" ".join(line.split()) for line in kept]
    if label:
        lines[0] = label + lines[0]
    unbroken = lines[0]
    for line in lines[1:]:  # a break between two characters of a script without spaces had no space there
        tight = line and unbroken and _UNSPACED.match(unbroken[-1]) and _UNSPACED.match(line[0])
        unbroken += line if tight else " " + line
    if unbroken != joined(texts, glued) or len(lines) > nlines:
        return None
    if any(columns(line) > width for line in lines):
        return None
    return lines


def timed_words(seg: Segment) -> list[_W]:
    """The words of a timed segment with times: aligned ones where known, else by character count."""
    spans = split_words(seg.text)
    known: list[Optional[tuple[float, float]]] = [None] * len(spans)
    if seg.words and len(seg.words) == len(spans):
        for k, w in enumerate(seg.words):
            if w.timed and not w.cue:
                s = min(max(w.start, seg.start), seg.end)
                known[k] = (s, min(max(w.end, s), seg.end))
    out: list[_W] = []
    k = 0
    while k < len(spans):
        if known[k] is not None:
            out.append(_W(spans[k].text, *known[k]))
            k += 1
            continue
        j = k
        while j < len(spans) and known[j] is None:
            j += 1
        lo = out[-1].end if out else seg.start
        hi = max(lo, known[j][0] if j < len(spans) else seg.end)
        weights = [len(spans[m].text) + 1 for m in range(k, j)]
        total, acc = sum(weights), 0
        for m in range(k, j):
            s = lo + (hi - lo) * acc / total
            acc += weights[m - k]
            out.append(_W(spans[m].text, s, lo + (hi - lo) * acc / total))
        k = j
    return out


def break_cost(before: str, after: str) -> float:
    """How bad a cut between two words is: 0 after a sentence end ... 10 after an article."""
    b = before.rstrip(_CLOSERS)
    bare_after = after.strip(_OPENERS + _CLOSERS + ",.;:!?").lower()
    if b.endswith(("...", "\u2026")):
        return 0.5
    if b.endswith(("?", "!", "\u3002", "\uff01", "\uff1f")) or (b.endswith(".") and not _is_abbreviation(b)):
        return 0.0
    if b.endswith((";", ":", "\uff1b", "\uff1a")):
        return 1.0
    if b.endswith(("\u2014", "\u2013", " -")) or after in ("\u2014", "\u2013", "-"):
        return 1.5
    if b.endswith((",", "\uff0c", "\u3001")):
        return 2.0
    if bare_after in _CONJUNCTIONS:
        return 3.0
    if before.lower().strip(_OPENERS + _CLOSERS) in _CLINGING:
        return 10.0
    if bare_after in _PREPOSITIONS:
        return 5.0
    return 7.0


def _is_abbreviation(word: str) -> bool:
    core = word.strip(_OPENERS + _CLOSERS).lower().rstrip(".")
    return core in _ABBREVIATIONS or (len(core) == 1 and core.isalpha())


def greedy_line_count(texts: Sequence[str], width: int, glued: Optional[Sequence[bool]] = None) -> int:
    """The fewest lines of at most ``width`` columns the units fit on (a longer unit gets a line)."""
    lines, length = 1, -1
    for t, g in zip(texts, glued or [False] * len(texts)):
        w, space = columns(t), 0 if g else 1
        if length < 0:
            length = w
        elif length + space + w > width:
            lines, length = lines + 1, w
        else:
            length += space + w
    return lines


class _Widths:
    """Columns of ``texts[i:j]`` shown as one line, for every i < j, from prefix sums."""

    def __init__(self, texts: Sequence[str], glued: Optional[Sequence[bool]] = None):
        self.space = [0 if g else 1 for g in (glued or [False] * len(texts))]
        self.prefix = [0]
        for t, space in zip(texts, self.space):
            self.prefix.append(self.prefix[-1] + columns(t) + space)

    def __call__(self, i: int, j: int) -> int:
        return self.prefix[j] - self.prefix[i] - self.space[i]


def wrap_lines(texts: Sequence[str], width: int, max_lines: Optional[int] = None,
               glued: Optional[Sequence[bool]] = None) -> list[str]:
    """Balanced lines: as few as fit ``width``, of similar length, broken at natural places.

    With ``max_lines`` the caller promises they fit (see :func:`greedy_line_count`).
    ``glued[k]``: unit ``k`` follows the one before with no space (see :func:`text_units`).
    """
    glued = list(glued or [False] * len(texts))
    full = joined(texts, glued)
    if columns(full) <= width or len(texts) == 1:
        return [full]
    count = greedy_line_count(texts, width, glued)
    if max_lines is not None:
        count = min(count, max_lines)
    n = len(texts)
    line_len = _Widths(texts, glued)

    if count > 4:  # a long uncut segment: even out the lines without fixing their number (linear time)
        return _ragged_wrap(texts, width, line_len, glued)

    avg = line_len(0, n) / count
    inf = math.inf
    # best[k][j]: cost of putting words[:j] on k lines
    best = [[inf] * (n + 1) for _ in range(count + 1)]
    back = [[0] * (n + 1) for _ in range(count + 1)]
    best[0][0] = 0.0
    for k in range(1, count + 1):
        for j in range(k, n + 1):
            for i in range(j - 1, k - 2, -1):
                ln = line_len(i, j)
                if ln > width and j - i > 1:
                    break
                if best[k - 1][i] == inf:
                    continue
                cost = best[k - 1][i] + (ln - avg) ** 2
                if j < n:
                    cost += 24 * break_cost(texts[j - 1], texts[j])
                if cost < best[k][j]:
                    best[k][j], back[k][j] = cost, i
    if best[count][n] == inf:  # cannot happen when the count came from the greedy fit; stay safe
        return [full]
    lines, j = [], n
    for k in range(count, 0, -1):
        i = back[k][j]
        lines.append(joined(texts[i:j], glued[i:j]))
        j = i
    return lines[::-1]


def _ragged_wrap(texts: Sequence[str], width: int, line_len, glued: Sequence[bool]) -> list[str]:
    """Lines of at most ``width`` with the least raggedness (the last line may be short)."""
    n = len(texts)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(j - 1, -1, -1):
            ln = line_len(i, j)
            if ln > width and j - i > 1:
                break
            cost = best[i]
            if j < n:
                cost += (width - min(ln, width)) ** 2 + 24 * break_cost(texts[j - 1], texts[j])
            if cost < best[j]:
                best[j], back[j] = cost, i
    lines, j = [], n
    while j > 0:
        lines.append(joined(texts[back[j]:j], glued[back[j]:j]))
        j = back[j]
    return lines[::-1]


def cut_points(words: Sequence[_W], texts: Sequence[str], options: ExportOptions,
               start: Optional[float] = None, end: Optional[float] = None,
               glued: Optional[Sequence[bool]] = None) -> list[tuple[int, int]]:
    """Word ranges ``[i, j)`` of the cues a long segment is cut into (see the module docstring).

    ``start`` and ``end`` are the segment's own bounds: the first cue starts there and the last ends
    there, not at their words, so those two pieces are timed from them (a lead-in before the first
    word made a first cue longer than the longest allowed).
    """
    n = len(words)
    first = words[0].start if start is None else min(start, words[0].start)
    last = words[-1].end if end is None else max(end, words[-1].end)

    def span(i: int, j: int) -> float:
        return (last if j == n else words[j - 1].end) - (first if i == 0 else words[i].start)
    width, nlines = options.max_chars_per_line, options.max_lines_per_cue
    capacity = width * nlines
    glued = list(glued or [False] * n)
    columns_of = _Widths(texts, glued)
    total_chars = columns_of(0, n)
    total_time = span(0, n)
    needed = max(1, math.ceil(total_chars / capacity), math.ceil(total_time / options.max_cue_duration))
    ideal = total_chars / needed

    def piece_cost(i: int, j: int) -> float:
        chars = columns_of(i, j)
        duration = span(i, j)
        cost = 10.0 + 6.0 * ((chars - ideal) / ideal) ** 2
        if duration > options.max_cue_duration:
            cost += 40.0 + 20.0 * (duration - options.max_cue_duration)
        if duration < options.min_cue_duration:
            # A piece with more of its sentence right behind it cannot be held longer afterwards
            # ("In the end," stayed 0.7 s): it costs more than a worse cut.  The last one can be held
            # into the pause after it, so it costs less.
            short = options.min_cue_duration - duration
            cost += 6.0 + 6.0 * short if j < n else 4.0 * short
        if j - i == 1:
            cost += 25.0  # a one-word orphan
        elif j - i == 2 and n > 4:
            cost += 3.0
        return cost

    def cut_cost(j: int) -> float:
        cost = break_cost(texts[j - 1], texts[j])
        pause = words[j].start - words[j - 1].end
        if pause >= 0.15:
            cost = max(0.0, cost - min(3.0, pause * 6.0))
        return cost

    def faults(i: int, j: int) -> tuple[int, int]:
        """What no cost may buy: a cue of several words on screen too long, then a one-word orphan."""
        return int(j - i > 1 and span(i, j) > options.max_cue_duration), int(j - i == 1)

    # Compared as (too-long cues, orphans, cost): costs alone let four cuts after articles ("... a | ...") outweigh
    # an orphan the words could have avoided.
    best: list[tuple[int, int, float]] = [(0, 0, 0.0)] + [(n + 1, n + 1, math.inf)] * n
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        extra = cut_cost(j) if j < n else 0.0
        for i in range(j - 1, -1, -1):
            if j - i > 1 and (columns_of(i, j) > capacity
                              or greedy_line_count(texts[i:j], width, glued[i:j]) > nlines):
                break
            long_cues, orphans = faults(i, j)
            here = (best[i][0] + long_cues, best[i][1] + orphans, best[i][2] + piece_cost(i, j) + extra)
            if here < best[j]:
                best[j], back[j] = here, i
    pieces, j = [], n
    while j > 0:
        pieces.append((back[j], j))
        j = back[j]
    return pieces[::-1]


def hold_short_cues(cues: list[Cue], min_duration: float, audio_end: Optional[float],
                    min_gap: float = 0.0) -> list[Cue]:
    """Hold cues shorter than ``min_duration`` longer, as far as the next cue (less the gap) or the audio end allows."""
    out = list(cues)
    for k, c in enumerate(out):
        if c.end - c.start >= min_duration:
            continue
        limit = out[k + 1].start - min_gap if k + 1 < len(out) else (audio_end if audio_end is not None else math.inf)
        out[k] = replace(c, end=max(c.end, min(c.start + min_duration, limit)))
    return out


#: A cue is never cut shorter than this to make a gap (the next one starts later instead).
SHORTEST_AFTER_GAP = 0.2


def keep_gaps(cues: list[Cue], min_gap: float) -> list[Cue]:
    """No two cues closer than ``min_gap``: the earlier ends sooner, or if that left it too short, the later starts later."""
    if min_gap <= 0:
        return cues
    out = list(cues)
    for k in range(len(out) - 1):
        c, nxt = out[k], out[k + 1]
        if nxt.start - c.end >= min_gap - 1e-9:
            continue
        end = nxt.start - min_gap
        if end - c.start >= min(SHORTEST_AFTER_GAP, c.end - c.start):
            out[k] = replace(c, end=end)
        else:
            start = c.end + min_gap
            if nxt.end - start >= min(SHORTEST_AFTER_GAP, nxt.end - nxt.start):
                out[k + 1] = replace(nxt, start=start)
    return out
