"""Lines placed where their letters were heard, when Whisper wrote the talk in Latin letters and the transcript is
in another script.

Whisper's multilingual ``base`` writes some languages it knows little of as it hears them, in Latin letters:
espeak-ng's Georgian "როცა წყალი ადუღდება, ჩაყარეთ კარტოფილი" came back "Rotsaskali adum tema, chakamet
kartopili", Sinhala "මගේ" as "mage".  The token match (:mod:`.matching`) finds none of the transcript's words, and
forcing the text's own tokens onto the audio (:mod:`.forced`), several tokens a letter in these scripts and a
decoder that barely knows them, put a clean Georgian talk's lines up to 17 s late and a Sinhala one's 2.8-4.6 s
early.  Yet what was heard is the text, spelt another way.

Both sides are written in Latin letters (``anyascii``: a table per script, no guessing) and aligned letter by
letter (a Levenshtein path, as :mod:`.matching` aligns words); each transcript word takes the time of the heard
letters its own letters are paired with, a heard word's time shared evenly among its letters.  Whether the
pairing means anything is judged as forcing judges the decoder's probability: against the same heard letters
read backwards, which share the letters' frequencies but say nothing.  Measured on espeak-ng Georgian, Sinhala
and Bengali talks: the talk's own text pairs 38-42 points more of its letters forwards than backwards (59-73 %
against 21-30 %), 15 points on a hearing that looped; another talk's text in Georgian, Sinhala, Bengali,
Armenian, Russian, Urdu or Tatar -2 to +5 points (28 pairings).  A line takes these times only where the time it
has does not agree with where its letters were heard (:func:`_agree`): where forcing and the letters agree,
forcing's finer times stay.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional, Sequence

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

from .decoding_loops import without_repeats
from .forced import SEGMENT_HEARD, ForcedWord, heard_share, out_of_order, take_forced_times

#: Both sides count as written in their script when this share of their letters is in it.
MOSTLY = 0.8
#: The heard letters must pair this much more of the transcript's letters read forwards than read backwards
#: (another talk's text: at most 0.05; the talk's own: 0.15 and more, measured as the module says).
OVER_BACKWARDS = 0.1
#: A line needs this many of its letters paired, and this share of them, to be placed by them.
LINE_LETTERS = 4
LINE_SHARE = 0.4
#: Letters that pair no better forwards than backwards say the text is another talk's only where Whisper wrote words
#: over at least this share of the time the lines take: over espeak-ng's Assamese under a skipping rope it wrote 33
#: words in 9.3 s of the lines' 24.4 s ("Amalchaco ma mi chalo i fomto ..."), pairing 24 % of the talk's own letters
#: forwards and 23.5 % backwards -- the same talk clean it heard over 27.4 s, and its letters paired 78 % against 36 %;
#: another Georgian talk's text over a Georgian talk heard over 23.9 s of 25: 34 % against 35 %.  It must also have
#: written at least this share of the lines' letters: no more of the text's letters can pair than were heard, and
#: under a cocktail shaker Whisper wrote espeak-ng's Burmese talk as "- NA FR N" six times over, one "NA" stretched
#: over 10.7 s -- 21.7 s of the lines' 29.3 s, in 47 letters against the text's 238 (at most 20 % could pair, and
#: 13 % did, forwards and backwards alike); another Georgian talk's text: 287 letters heard against its 250.
HEARD_OVER = 0.5


def romanized(text: str) -> str:
    """``text`` in lower-case Latin letters only: accents, marks, spaces and punctuation gone."""
    return re.sub(r"[^a-z]", "", anyascii(text).lower())


def _latin_share(texts: Sequence[str]) -> Optional[float]:
    """The share of the letters of ``texts`` that are Latin; None when there are none."""
    letters = [ch for t in texts for ch in t if ch.isalpha()]
    if not letters:
        return None
    return sum("LATIN" in unicodedata.name(ch, "") for ch in letters) / len(letters)


def heard_in_latin_letters(written: Sequence[str], heard: Sequence[str]) -> bool:
    """Whether the transcript's words are mostly in another script and what was heard mostly in Latin letters."""
    w, h = _latin_share(written), _latin_share(heard)
    return w is not None and h is not None and w <= 1 - MOSTLY and h >= MOSTLY


@dataclass(frozen=True)
class LetterPairing:
    """The transcript's letters paired with the heard ones: per transcript word (line, word), the heard letter
    slots (start, end, the heard word's probability) its letters were paired equal with, and how many letters it
    has."""

    slots: dict[tuple[int, int], list[tuple[float, float, float]]]
    letters: dict[tuple[int, int], int]
    forwards: float  #: share of the transcript's letters paired equal
    backwards: float  #: the same against the heard letters read backwards

    @property
    def says_the_text(self) -> bool:
        return self.forwards >= self.backwards + OVER_BACKWARDS


def pair_letters(lines: Sequence[Sequence[str]], heard) -> LetterPairing:
    """Pair the letters of ``lines`` (each a list of words) with those of ``heard`` (:class:`.recognize.HeardWord`)."""
    owner: list[tuple[int, int]] = []
    written = []
    letters: dict[tuple[int, int], int] = {}
    for i, words in enumerate(lines):
        for j, w in enumerate(words):
            r = romanized(w)
            written.append(r)
            owner += [(i, j)] * len(r)
            letters[(i, j)] = len(r)
    said = []
    slot: list[tuple[float, float, float]] = []
    for w in heard:
        r = romanized(w.text)
        said.append(r)
        step = (w.end - w.start) / max(1, len(r))
        slot += [(w.start + k * step, w.start + (k + 1) * step, w.probability) for k in range(len(r))]
    t, h = "".join(written), "".join(said)
    slots: dict[tuple[int, int], list[tuple[float, float, float]]] = {}
    for op in Levenshtein.opcodes(t, h):
        if op.tag == "equal":
            for d in range(op.src_end - op.src_start):
                slots.setdefault(owner[op.src_start + d], []).append(slot[op.dest_start + d])
    forwards = sum(len(v) for v in slots.values()) / max(1, len(t))
    backwards = _equal_letters(t, h[::-1]) / max(1, len(t))
    return LetterPairing(slots, letters, forwards, backwards)


def _equal_letters(a: str, b: str) -> int:
    return sum(op.src_end - op.src_start for op in Levenshtein.opcodes(a, b) if op.tag == "equal")


def line_words(pairing: LetterPairing, i: int, words: Sequence[str]) -> Optional[list[ForcedWord]]:
    """Line ``i``'s words timed by their paired letters, or None when too few of its letters were paired.

    A word none of whose letters were paired lies between its neighbours', its share of the gap by its letters.
    """
    paired = sum(len(pairing.slots.get((i, j), ())) for j in range(len(words)))
    total = sum(pairing.letters.get((i, j), 0) for j in range(len(words)))
    if paired < LINE_LETTERS or paired < LINE_SHARE * total:
        return None
    spans: list[Optional[tuple[float, float, float]]] = []
    for j in range(len(words)):
        got = pairing.slots.get((i, j))
        spans.append((got[0][0], got[-1][1], sum(p for *_, p in got) / len(got)) if got else None)
    known = [j for j, s in enumerate(spans) if s is not None]
    out = []
    for j, w in enumerate(words):
        if spans[j] is not None:
            a, b, p = spans[j]
        else:
            before = max((k for k in known if k < j), default=None)
            after = min((k for k in known if k > j), default=None)
            lo = spans[before][1] if before is not None else spans[after][0]
            hi = spans[after][0] if after is not None else spans[before][1]
            run = range((before + 1) if before is not None else 0, after if after is not None else len(words))
            weights = [max(1, pairing.letters.get((i, k), 0)) for k in run]
            done = sum(weights[:j - run.start])
            a = lo + (hi - lo) * done / sum(weights)
            b = lo + (hi - lo) * (done + weights[j - run.start]) / sum(weights)
            p = 0.0
        out.append(ForcedWord(w, a, max(a, b), p))
    for k in range(1, len(out)):  # letters paired out of order across words: keep the words in order
        if out[k].start < out[k - 1].end:
            out[k] = ForcedWord(out[k].text, out[k - 1].end, max(out[k - 1].end, out[k].end), out[k].probability)
    return out


def _agree(placed: tuple[float, float], heard: tuple[float, float]) -> bool:
    """Whether a line's span as placed holds at least half of the span where its letters were heard (a line
    squeezed to an instant inside it holds none; one that only shares its last second with it, too little)."""
    held = min(placed[1], heard[1]) - max(placed[0], heard[0])
    return held >= 0.5 * (heard[1] - heard[0])


@dataclass(frozen=True)
class LetteredPlacement:
    """What reading a stretch's hearing letter by letter did: whether it was read so at all (Whisper wrote Latin
    letters for a transcript in another script), whether its letters spell the text -- the transcript belongs to
    the audio, however little of it the word match found; where they were read and do not, it belongs to another
    (:func:`.mismatch.mismatch_verdict`) -- and how many lines moved."""

    read: bool = False
    spelt: bool = False
    moved: int = 0


def place_by_heard_letters(items: list, hearings: Sequence[Sequence]) -> LetteredPlacement:
    """Lines of a stretch Whisper heard in Latin letters put where their letters were heard (in place); returns what
    was read and moved.  ``items``: the stretch's :class:`.placement.Placed`, after forcing; ``hearings``: its
    :class:`.recognize.HeardWord`s as first heard and as finally kept (listened to again, told the text), of which
    the one whose letters say the text more surely is read: one hearing can be far worse than the other (a sampled
    decoding of a clean Georgian talk wrote one phrase over and over, "'Ādāk et ilīgosi": 40 % of the text's letters
    paired against 25 % backwards, where a greedy one paired 73 % against 30 %).

    A line moves where the time it has does not agree with where its letters were heard, and then any line
    left out of order beside a moved one moves too.  Should the order still not hold (a line none of whose letters
    were paired, between two that moved past it), nothing moves: the text's order outranks any one line's time.
    """
    spoken = [[k for k, w in enumerate(item.segment.words) if not w.cue] for item in items]
    lines = [[item.segment.words[k].text for k in keep] for item, keep in zip(items, spoken)]
    written = [w for ln in lines for w in ln]
    distinct = [h for n, h in enumerate(hearings) if all(h is not g for g in hearings[:n])]  # often one list twice
    pairings = [pair_letters(lines, heard) for heard in distinct
                if heard and heard_in_latin_letters(written, [w.text for w in heard])]
    pairing = max(pairings, key=lambda p: p.forwards - p.backwards, default=None)
    if pairing is None:
        return LetteredPlacement()
    if not pairing.says_the_text:
        return LetteredPlacement(read=_heard_over_the_lines(items, pairing, max(distinct, key=len)))
    timed = {i: got for i, item in enumerate(items)
             if spoken[i] and not item.replaced and heard_share(item.hows) < SEGMENT_HEARD
             and (got := line_words(pairing, i, lines[i])) is not None}
    before = [(item.segment, item.hows) for item in items]
    astray_before = _astray(items)
    moved: set[int] = set()

    def move(i: int) -> None:
        take_forced_times(items[i], spoken[i], timed[i])
        moved.add(i)

    for i, got in timed.items():
        seg = items[i].segment
        if not seg.timed or not _agree((seg.start, seg.end), (got[0].start, got[-1].end)):
            move(i)
    while moved:
        astray = [k for k in _astray(items) if k in timed and k not in moved]
        if not astray:
            break
        for k in astray:
            move(k)
    if _astray(items) - astray_before:
        for item, (seg, hows) in zip(items, before):
            item.segment, item.hows = seg, hows
        return LetteredPlacement(read=True, spelt=True)
    return LetteredPlacement(read=True, spelt=True, moved=len(moved))


def _heard_over_the_lines(items: list, pairing: LetterPairing, heard: Sequence) -> bool:
    """Whether Whisper wrote words over at least :data:`HEARD_OVER` of the time the stretch's lines take, and at least
    that share of their letters: only then do letters that spell none of the text say it is not said.  A hearing
    thinner than that (noise over a language the model barely knows) heard too little to say anything; forcing's
    odds are left to judge (:mod:`.mismatch`).  What a loop wrote again counts once (:func:`.without_repeats`):
    a phrase written thirty times over a talk the model cannot follow is a hearing of next to nothing, not one that
    heard the talk and found none of it.  ``pairing``: the lines' letters paired with a hearing (it counts the
    lines' letters); ``heard``: the fuller of the stretch's hearings."""
    time = sum(item.segment.end - item.segment.start for item in items if item.segment.timed)
    letters = sum(pairing.letters.values())
    heard = without_repeats(heard)
    return (sum(w.end - w.start for w in heard) >= HEARD_OVER * time
            and sum(len(romanized(w.text)) for w in heard) >= HEARD_OVER * letters)


def _astray(items: list) -> set[int]:
    """The lines out of order with a neighbour (:func:`.forced.out_of_order`), among those timed beside timed ones."""
    return {k for k in range(len(items))
            if all(items[j].segment.timed for j in (k - 1, k, k + 1) if 0 <= j < len(items)) and out_of_order(items, k)}
