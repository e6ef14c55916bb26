"""Segment boundaries in the pauses between sentences, for any language.

The phone-level pass (:mod:`.phonetic`) places English, and every language
espeak-ng has a voice for; where it is missing, or did not accept a chunk, the
placed boundaries come from what Whisper heard, and the multilingual
model mishears more: a sentence's end can land inside its last word, or a word
of the next sentence can be pulled across the pause.  But a talk is sentences
with pauses between them, and a pause is plain in the energy envelope whatever
the language.  This module moves each boundary between two heard segments into
a pause, chosen for all boundaries of a stretch at once (a small dynamic
programme) by three things:

* closeness to where placement put the boundary (how close depends on how
  sure placement was: text matched exactly at both edges pins it);
* the segments' durations agreeing with their text lengths (a pause inside a
  sentence, after a comma, makes one segment too short and the next too long):
  the talk's rate per character, scaled per line by its own voice's pace
  (:mod:`.speaking_rate`: an interview's quick and slow speakers take turns);
* keeping the placed boundary instead is always allowed, at a fixed cost, for
  sentences spoken without a pause between them.

The previous segment then ends where the sound before the pause stops and the
next starts where the sound after it begins.  Measured on espeak-ng talks in
five languages (benchmarks/bench_languages.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from ..document import NOT_HEARD, Segment
from ..sentences import continues_a_clause, ends_mid_clause, punctuates_sentences
from .activity import HOP, Envelope, true_runs
from .boundaries import clamp_words, with_end, with_start
from .bed_pauses import split_at_bed_pauses
from .breaths import without_breaths
from .clause_pauses import own_pause
from .matching import HEARD_AS_WRITTEN
from .octave_quiet import loudest_over_bed, quiet_stretches
from .own_last_sound import others_from
from .placement import Placed
from .speaking_rate import line_seconds_per_char
from .squelch_tails import without_squelch_tails
from .struck_tones import without_struck_openings
from .unfit_runs import phone_fit
from .voiceless_edges import without_voiceless_edges
from .whistles import without_whistles

#: Dips in the sound shorter than this are not pauses (stops, breaths inside words) (s).
BRIDGE = 0.12
#: The shortest pause a boundary may be put in (s).
MIN_PAUSE = 0.15
#: Pauses further than this from the placed boundary are not considered (s).
SEARCH = 3.0
#: How far (s) placement is trusted to be off, with exact matches at both edges / otherwise.
SURE_SPREAD, UNSURE_SPREAD = 0.35, 1.2
#: Cost of keeping the placed boundary where no pause fits.
KEEP_COST = 4.0
#: How far the first start and last end of a run of segments may move to the edge of their sound (s).
EDGE_REACH = 0.6
#: Between sentences said without a pause, the end goes to the quietest stretch this long before the next start (s).
GAP_DIP = 0.03
#: ... when that stretch is at least this much quieter (dB) than the median of the sound around it.
DIP_DB = 10.0
#: A join the phone pass placed is checked against Whisper's start of the next sentence when they differ by more (s).
JOIN_DISAGREE = 0.1
#: ... and the silence between two sentences is looked for this far beyond either (s).
JOIN_REACH = 0.05
#: Joins: the most the phone pass's edges of two sentences said without a pause lie apart (s).  It left at most
#: about 375 ms of the first sentence's tail out (70 English dev joins; elsewhere 100-300 ms), and such sentences
#: are 0-40 ms apart.  Edges further apart hold a pause, however noisy: a second talker fills it with sound the
#: energy's pauses do not see through (qx_ca_tux_crosstalk: four pauses of 0.55-1.1 s between the phone pass's
#: edges taken for joins, ends 0.23-0.86 s late and starts 0.6-0.8 s early in the other talker's dips).
JOIN_GAP_MAX = 0.45
#: English: a stretch quiet in every octave right after the phone pass's end of a sentence, at least this long (s),
#: means the voice stopped there (the end is right).  A shorter one can be the closure of its last stop (the /t/ of
#: "meet" on rd_fest_tight: 30 ms, then the release); a click or a breath in a short pause leaves 60 ms or more.
STOP_CLOSURE = 0.05
#: English: the end moves over sound the whole band hid only where some octave of it stands this far (dB) over that
#: octave's background (a left-out /s/ or nasal: 15-30 dB); a murmur's swell reaches 5-10.
TAIL_OVER_BED_DB = 12.0
#: The silence's edges: where the sound rises this far (dB) over its quietest stretch.
DIP_EDGE_DB = 6.0
#: Joins closer than this (s) to where they are already are left alone.
HOP_TOLERANCE = 0.015
#: How far a segment's duration may stray from its text's length x speaking rate: this share, plus a constant.
DURATION_SPREAD, DURATION_SLACK = 0.3, 0.4


def _eligible(item: Placed) -> bool:
    s = item.segment
    return s.timed and NOT_HEARD not in s.flags and any(w.timed and not w.cue for w in s.words)


def _edge_sure(item: Placed, first: bool) -> bool:
    hows = [h for h in item.hows if h is not None]
    if not hows:
        return False
    return (hows[0] if first else hows[-1]) == "exact"


def sound_and_pauses(env: Envelope, t0: float, t1: float, past_breaths: bool = False,
                     audio: Optional[Audio] = None) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Stretches of sound in [t0, t1], and the pauses between them: (where sound stops, where it starts again).

    ``past_breaths``: a breath or a click alone in a pause is part of the pause (:mod:`.breaths`).
    ``audio``: a whistle at a run's edge (birdsong) is part of the pause too (:mod:`.whistles`), and so is a chime or
    a bell struck before a line and still ringing under its first words (:mod:`.struck_tones`), and sound with no
    voice in it at a run's edge for longer than a line's unvoiced consonants (a printer's clatter,
    :mod:`.voiceless_edges`).
    A two-way radio's squelch tail after a line, and the over's hiss before it, are part of the pause
    (:mod:`.squelch_tails`).  With the audio, a pause under a machine switched on partway through the talk, over the
    whole band's threshold but quiet in every octave against the machine's own level, is a pause (:mod:`.bed_pauses`).
    """
    runs = without_squelch_tails(env, env.voiced_runs(t0, t1, bridge=BRIDGE), audio)
    if audio is not None:
        runs = split_at_bed_pauses(audio, runs)
        thr = env.threshold(t0, t1)
        runs = without_whistles(audio, runs, lambda a, b: env.db[env.frame(a):env.frame(b)] > thr)
        runs = without_struck_openings(audio, runs)
        runs = without_voiceless_edges(audio, env, runs, thr)
    if past_breaths:
        runs = without_breaths(env, runs)
    return runs, [(a[1], b[0]) for a, b in zip(runs, runs[1:]) if b[0] - a[1] >= MIN_PAUSE]


def sound_edge(t: float, runs: Sequence[tuple[float, float]], first: bool, limit: float) -> float:
    """The edge of the sound nearest a placed start (``first``) or end, within EDGE_REACH of it.

    Whisper's first and last word times are rough: a last word often ends at a
    dip inside it (a stop before the final syllable), or runs on into the
    silence.  Inside sound, the edge is where that sound stops (or, for a start,
    begins); in silence, it is the edge of the sound just before (after, for a
    start).  ``limit`` keeps the segment at least 0.1 s long; with no edge near,
    ``t`` stays.  A start already on the onset of its sound is its edge: it is not carried on to the next sound's
    onset (espeak-ng's Hawaiian "Aloha, ..." began on its sound and went 0.58 s later, past the comma's pause, onto
    the sound after it, while "no edge found yet" and "an edge exactly at ``t``" were told apart by nothing).
    """
    best: Optional[float] = None
    for a, b in runs:
        edge = a if first else b
        inside = a <= t <= b
        beside = (t < a) if first else (t > b)
        if (inside or beside) and abs(edge - t) <= EDGE_REACH and (best is None or abs(edge - t) < abs(best - t)):
            if (first and edge <= limit) or (not first and edge >= limit):
                best = edge
    return t if best is None else best


def snap_to_pauses(items: list[Placed], env: Envelope, t0: float, t1: float, pinned: frozenset = frozenset(),
                   run_on: float = 0.0, audio: Optional[Audio] = None) -> int:
    """Move boundaries between consecutive heard segments into pauses (in place); return how many moved.

    A sentence starts where its voice does, not on the breath drawn before it (:mod:`.breaths`).
    ``pinned``: indices of segments whose edges stay where they are (the phone pass placed them): a
    boundary beside one is judged by how near a pause lies to that edge, as sure as an exact match.
    ``run_on``: how long (s) a loudspeaker's copies carry the voice on after it stops
    (:mod:`.echoes`): the voice stopped that long before the sound does.  ``audio``: whistles at the edges of
    the sound (birdsong) are taken for pause (:mod:`.whistles`)."""
    runs, found = sound_and_pauses(env, t0, t1, past_breaths=True, audio=audio)
    if run_on > 0:
        runs, found = _voice_stops(runs, found, run_on)
    moved = 0
    k = 0
    while k < len(items):  # runs of consecutive heard segments
        if not _eligible(items[k]):
            k += 1
            continue
        j = k
        while j + 1 < len(items) and _eligible(items[j + 1]):
            j += 1
        if j > k:
            moved += _snap_run(items, k, j, found, runs, env, pinned)
        k = j + 1
    return moved


def _voice_stops(runs: Sequence[tuple[float, float]], found: Sequence[tuple[float, float]], run_on: float
                 ) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Runs of sound and pauses with each stop of the sound taken back by ``run_on`` (never before the run's
    own start): where the voice stopped, when copies of it carried its sound on."""
    stops = {b: max(a + HOP, b - run_on) for a, b in runs}
    return [(a, stops[b]) for a, b in runs], [(stops.get(a, a), b) for a, b in found]


def snap_unrefined_to_pauses(items: list[Placed], env: Envelope, t0: float, t1: float, run_on: float = 0.0,
                             audio: Optional[Audio] = None) -> int:
    """:func:`snap_to_pauses` for the segments the phone pass did not place; return how many boundaries moved.

    Where the phone pass placed a segment (a word of it fits its sound: :func:`.unfit_runs.phone_fit`), its
    edges sit on the sound already, and between sentences said without a pause
    it finds the join that the energy cannot see; the pause pass would move them
    back to Whisper's guess or the nearest dip.  So the pause pass runs over the
    whole stretch as before -- an unplaced segment's edges still go to the sound
    beside its pauses -- and then the placed segments get their own edges back,
    their unplaced neighbours giving way where they would overlap.  ``run_on``: as for
    :func:`snap_to_pauses` (a loudspeaker's copies of the voice).

    The pause pass is told which edges will come back (``pinned``): a pause 1.2 s before a placed
    sentence's start is no place for its unplaced neighbour to end, as the sound between them would then
    belong to neither (``synthtight_nl``: a line ended 1.3 s early, in a pause of its own after a comma,
    while the next line, placed by the phone pass, kept its right start).
    """
    placed = {k: item.segment for k, item in enumerate(items) if phone_fit(item)}
    if not placed:
        return snap_to_pauses(items, env, t0, t1, run_on=run_on, audio=audio)
    before = [(a.segment.end, b.segment.start) for a, b in zip(items, items[1:])]
    snap_to_pauses(items, env, t0, t1, pinned=frozenset(placed), run_on=run_on, audio=audio)
    for k, segment in placed.items():
        items[k].segment = segment
    for k in range(1, len(items)):
        a, b = items[k - 1].segment, items[k].segment
        if not (a.timed and b.timed) or b.start >= a.end:
            continue
        if k - 1 in placed and k not in placed:
            items[k].segment = clamp_words(replace(b, start=min(a.end, b.end)))
        elif k in placed and k - 1 not in placed:
            items[k - 1].segment = clamp_words(replace(a, end=max(b.start, a.start)))
    return sum(was != (a.segment.end, b.segment.start) for was, a, b in zip(before, items, items[1:]))


def _run_bounds(items: list[Placed], first: int, last: int) -> tuple[float, float]:
    """How far the run ``first`` .. ``last`` may reach: from the end of the last heard, timed segment before it to
    the start of the first one after it.  A run is cut off from its heard neighbours by a segment nobody heard (left
    out of every run and re-placed in the quiet between them afterwards, so not a bound here:
    :func:`.segment_placement.place_unheard_segments`), and its own edges knew nothing of theirs: on a French call
    given another talk's transcript, the third line's start went 0.19 s back to the sound before it, past the first
    line's end (the second unheard between them), and the talk came out of order."""
    def heard(i: int) -> bool:
        return items[i].segment.timed and NOT_HEARD not in items[i].segment.flags

    before = [items[i].segment.end for i in range(first) if heard(i)]
    after = [items[i].segment.start for i in range(last + 1, len(items)) if heard(i)]
    return (max(before) if before else -np.inf), (min(after) if after else np.inf)


def _snap_run(items: list[Placed], first: int, last: int, found: Sequence[tuple[float, float]],
              runs: Sequence[tuple[float, float]], env: Envelope, pinned: frozenset = frozenset()) -> int:
    segs = [items[i].segment for i in range(first, last + 1)]
    floor, ceiling = _run_bounds(items, first, last)

    def first_start(end: float) -> float:
        """The run's first start: where the sound around the placed start begins, or -- when a boundary
        moved before it -- where that sound starts; never before what comes before the run."""
        if segs[0].start < end - 0.1:
            return max(floor, sound_edge(segs[0].start, runs, first=True, limit=end - 0.1))
        before = [p[1] for p in found if p[1] < end]
        return max(floor, before[-1] if before else (runs[0][0] if runs else segs[0].start))

    def last_end(start: float) -> float:
        """The run's last end: where the sound around the placed end stops, or -- when a boundary moved
        past it -- where that sound stops; never after what comes after the run."""
        if segs[-1].end > start + 0.1:
            return min(ceiling, sound_edge(segs[-1].end, runs, first=False, limit=start + 0.1))
        after = [p[0] for p in found if p[0] > start]
        return min(ceiling, after[0] if after else (runs[-1][1] if runs else segs[-1].end))

    chars = [max(1, len(s.text)) for s in segs]
    rates = line_seconds_per_char(segs, env, segs[0].start, segs[-1].end)  # each line at its own voice's pace
    n = len(segs) - 1  # boundaries
    # candidates per boundary: pauses near the placed boundary, plus "keep" (None)
    cands: list[list[Optional[tuple[float, float]]]] = []
    placed: list[tuple[float, float]] = []
    spread: list[float] = []
    pins: list[tuple[bool, bool]] = []  # per boundary: (the end before it pinned, the start after it pinned)
    for b in range(n):
        left, right = segs[b], segs[b + 1]
        placed.append((left.end, right.start))
        mid = (left.end + right.start) / 2
        pins.append((first + b in pinned, first + b + 1 in pinned))
        free_reach = _free_edge_reach(items[first + b], items[first + b + 1], pins[-1])
        cands.append([None] + [p for p in found if abs((p[0] + p[1]) / 2 - mid) <= SEARCH
                               and not own_pause(left, p) and not own_pause(right, p)
                               and abs(p[0] - left.end) <= free_reach[0] and abs(p[1] - right.start) <= free_reach[1]])
        sure = any(pins[-1]) or (_edge_sure(items[first + b], False) and _edge_sure(items[first + b + 1], True))
        spread.append(SURE_SPREAD if sure else UNSURE_SPREAD)

    def edges(b: int, c: Optional[tuple[float, float]]) -> tuple[float, float]:
        return placed[b] if c is None else c

    def cost_here(b: int, c: Optional[tuple[float, float]]) -> float:
        if c is None:
            return KEEP_COST
        end, start = placed[b]
        if any(pins[b]):  # a pinned edge stays: the pause must lie beside it
            d = max(abs(c[0] - end) if pins[b][0] else 0.0, abs(c[1] - start) if pins[b][1] else 0.0)
        else:
            d = min(abs(c[0] - end), abs(c[1] - start), abs((c[0] + c[1]) / 2 - (end + start) / 2))
        return (d / spread[b]) ** 2

    def duration_cost(seg: int, start: float, end: float) -> float:
        expected = rates[seg] * chars[seg]
        if end <= start:
            return 1e9
        return ((end - start - expected) / (DURATION_SPREAD * expected + DURATION_SLACK)) ** 2

    if n == 0:
        return 0
    # best[b][i]: cost of boundaries 0..b with boundary b at cands[b][i]; segment b+1's duration is counted later
    best: list[list[float]] = []
    back: list[list[int]] = []
    for b in range(n):
        row, prev_row = [], []
        for c in cands[b]:
            start_edge = edges(b, c)
            here = cost_here(b, c)
            if b == 0:
                row.append(here + duration_cost(0, first_start(start_edge[0]), start_edge[0]))
                prev_row.append(-1)
                continue
            choice, value = -1, float("inf")
            for i, pc in enumerate(cands[b - 1]):
                prev_edges = edges(b - 1, pc)
                if prev_edges[1] >= start_edge[0]:
                    continue  # segment b would have no length: order must hold
                v = best[b - 1][i] + duration_cost(b, prev_edges[1], start_edge[0])
                if v < value:
                    choice, value = i, v
            row.append(value + here)
            prev_row.append(choice)
        best.append(row)
        back.append(prev_row)
    final = [v + duration_cost(n, edges(n - 1, c)[1], last_end(edges(n - 1, c)[1]))
             for v, c in zip(best[-1], cands[-1])]
    i = min(range(len(final)), key=final.__getitem__)
    if final[i] == float("inf"):
        return 0
    chosen: list[Optional[tuple[float, float]]] = [None] * n
    for b in range(n - 1, -1, -1):
        chosen[b] = cands[b][i]
        i = back[b][i]
    moved = 0
    for b, c in enumerate(chosen):
        if c is None:
            moved += _close_gap_without_pause(items[first + b], items[first + b + 1], found, env)
            continue
        lo, hi = items[first + b], items[first + b + 1]
        if (lo.segment.end, hi.segment.start) != c:
            moved += 1
        if b == 0 and first_start(c[0]) != segs[0].start:
            lo.segment = with_start(lo.segment, first_start(c[0]))
        if b == n - 1 and last_end(c[1]) != segs[-1].end:
            hi.segment = with_end(hi.segment, last_end(c[1]))
        lo.segment = with_end(lo.segment, c[0])
        hi.segment = with_start(hi.segment, c[1])
    for i in range(first, last + 1):
        items[i].segment = _respread_if_squeezed(items[i].segment)
    return moved


def _free_edge_reach(lo: Placed, hi: Placed, pins: tuple[bool, bool]) -> tuple[float, float]:
    """How far (s) the pause pass may carry the end of ``lo`` and the start of ``hi`` at a boundary beside a pinned
    edge: an unpinned edge whose word Whisper heard exactly as written goes at most :data:`UNSURE_SPREAD` (how far
    placement is otherwise trusted to be off); any other edge as far as the search reaches.

    Beside a pinned edge the pause is judged by how near it lies to that edge alone, and the unpinned side goes to the
    pause's other edge wherever that lies.  In a long pause filled with a sound of its own -- a drummer rehearsing
    next door, kicks and toms that ring at a pitch, so the voiceless-edge check (:mod:`.voiceless_edges`) takes them
    for voice -- the energy finds several short pauses between the hits, and the one nearest the pinned end has the
    background's next hit on its far side: ``rd78_fr_real_drums_trumpet``'s "Bienvenue à la messagerie Comedian."
    began 2.38 s early, on the drums, though Whisper had heard "Bienvenue" 0.12 s from the voice.  A pause whose far
    edge lies seconds from a word heard exactly is not that line's pause.
    """
    def reach(item: Placed, first: bool, pinned: bool) -> float:
        return UNSURE_SPREAD if not pinned and _edge_sure(item, first) else float("inf")

    if not any(pins):
        return float("inf"), float("inf")
    return reach(lo, False, pins[0]), reach(hi, True, pins[1])


def _close_gap_without_pause(lo: Placed, hi: Placed, found: Sequence[tuple[float, float]], env: Envelope) -> int:
    """Two sentences said without a pause between them: the first ends at the dip before the next starts.

    Whisper ends a sentence's last word early where the next follows at once (its
    word end is a dip inside the word, or where its attention moved on), and a
    gap left between two segments with no pause in it is sound that belongs to one
    of them.  Only a real dip (DIP_DB below the sound around it) is taken: in sound
    that runs on unbroken there is no telling where one sentence stops.  The start
    of the next sentence is the better-placed edge (measured on the dev tight
    talks: starts +4 ms, ends -183 ms signed median), so the end moves to the
    quietest moment between the two, where one voice stops and the next begins.
    Returns 1 when it moved.
    """
    end, start = lo.segment.end, hi.segment.start
    if start - end <= GAP_DIP or any(p[0] < start and p[1] > end for p in found):
        return 0
    at, level = env.quietest(end, start, width=GAP_DIP)
    around = env.db[env.frame(end - 0.2):env.frame(start + 0.2)]
    if len(around) == 0 or level > float(np.median(around)) - DIP_DB:
        return 0  # sound all the way through: no sign of where one sentence stops
    lo.segment = with_end(lo.segment, at)
    return 1


def joins_into_dips(items: list[Placed], env: Envelope, t0: float, t1: float, never_late: bool = False,
                    audio: Optional[Audio] = None, run_on: float = 0.0) -> int:
    """Joins the phone pass placed where no pause is go to the silence between the sentences, if there is one;
    return how many joins moved.

    Between sentences said without a pause the phone pass (the en-us model on mapped phones) gives a
    sentence's last syllable -- lengthened and falling, as sentence ends are -- to the next sentence's
    first word (joins 150-500 ms early on the dev tight talks, while Whisper's start of that word was
    within 60 ms: starts are what Whisper places best), or to the silence between them (the end
    100-300 ms early, the sound it left out running on to a short silence just before the next
    start).  Yet even a join with no pause holds a short silence where one voice stops and the next
    starts (20-100 ms, 30-40 dB under the speech, or a stop's closure).  So between two placed
    sentences with no pause between them, where Whisper heard the second begin more than
    ``JOIN_DISAGREE`` away from the phone pass, or where the two leave sound between them, the
    quietest ``GAP_DIP`` from the first's end (or Whisper's start, if earlier) to the second's start
    (or Whisper's, if later), ``JOIN_REACH`` beyond, becomes the join when it is ``DIP_DB`` under the
    sound around: the first ends where it begins, the second starts where it ends.  Unbroken sound
    keeps the phone pass's join.

    Edges of the phone pass more than ``JOIN_GAP_MAX`` apart are a pause in every language, even where the
    energy found none: more than a left-out tail lies between them (under a second talker, that talker's
    voice fills the pause and its syllables' dips pass for the join's silence).

    ``never_late`` (English, the en-us model on its own phones): the phone pass fails the same way
    on real English (joins 80-250 ms early, or ends 150-350 ms early with the start right), but
    Whisper's English model hears a sentence that follows at once 100-620 ms *late*, past its first
    word, so the quietest moment up to Whisper's start is often a closure inside the next sentence
    ("That con-ference"), as quiet as the join.  The phone pass's end of the first sentence, though,
    is early or right (dev tight talks, 70 joins: from 375 ms early to 61 ms late).  So the join is a quiet
    stretch (``GAP_DIP`` at ``DIP_DB`` under the sound around) that reaches past that end, before the
    end of the first word the phone pass gave the next sentence (a quiet stretch beyond it is a pause
    inside that sentence): the last one that begins by the phone pass's start of the next sentence
    (``JOIN_REACH`` beyond), where the two leave sound between them -- that sound may hold the first
    sentence's own closures ("messa-ge"), and the start is what the phone pass placed right there --
    else the first one after it, and then only if the sound from that start to it fades all the way (a
    voice that rises on the way is the next sentence's, and the quiet after it that sentence's own
    closure).  Quiet adding up to a pause (``MIN_PAUSE``) between the phone pass's edges is a pause
    whose noise -- breaths, clicks, traffic near the sound threshold -- hid it from that threshold, not a
    join: the sentences keep the phone pass's edges.

    With ``audio`` (English), quiet is also judged octave by octave (:mod:`.octave_quiet`), which hears what
    a background hides from the whole band.  Quiet adding up to ``MIN_PAUSE`` in every octave between the
    phone pass's edges is a pause, whatever the whole band says.  Where the whole band saw a pause (the
    sound threshold's, or its quiet adding up) or no dip at all, the first sentence's last sound the phone
    pass left out may lie under a fan or traffic there while standing over it in its own octave; and where
    every octave is quiet right after the phone pass's end for longer than a stop's closure
    (``STOP_CLOSURE``), the voice stopped there, and a later dip lies past a click or a breath in a short
    pause.  In these three the join comes from the octaves (:func:`_join_by_octaves`).  Otherwise the whole
    band's dip is taken as above, but a second sentence does not start where that dip ends when every
    octave falls quiet again before the phone pass's start: the sound between was a click or a breath.  Its
    edges are held to what the octaves' join keeps (j205): never before the phone pass's end -- a dip's edge
    reaching back over a final stop's faint release is the word's closure (``ey_real_surf_vtt_avi``'s "too
    short." through an 11 kHz ADPCM, -107 ms) -- nor more than ``JOIN_REACH`` before its start
    (:func:`_start_after_quiet`).

    English, in a transcript that punctuates its sentence ends: a line that ends on a word with no punctuation
    (:func:`..sentences.ends_mid_clause`) before one that opens in lower case (:func:`..sentences.continues_a_clause`:
    a subtitle line cut at 42 characters, "... planned the" / "annual budget ...") breaks inside a clause -- a
    capital after a bare word is more likely a full stop the transcript left out ("... all thanks" / "The research
    group ...", ``long_mix``).  No sentence ends there: the voice runs on into the next line with no
    lengthened last syllable for the phone pass to misplace and no silence to find, so the quietest moment near
    the join is a closure inside a word (``ox_flite_subtitles_pops_u8``, ``rd57_festival_subtitles_howl_buzz_roq``:
    the phone pass's joins within 20 ms, 18 moved 100-300 ms late into the next line's first word where Whisper
    heard it late).  Such a join keeps the phone pass's word edge.

    ``run_on``: how long (s) a loudspeaker's copies carry the voice on after it stops (a PA,
    :func:`.echoes.echo_delay`).  The silence between two lines then begins only where the copy stops, that
    long after the first line's voice did, so an end the dip moves later is taken back by it, never before the
    phone pass's end (``rd24_espeak_short_pa_late``, short lines 0.3-1 s apart through a PA 139 ms late: the
    phone pass ended two lines 196-278 ms late inside the copy, which left less than ``JOIN_GAP_MAX`` before the
    next line, and the dip after the copy and the hall's tail took them on to +367 and +380 ms).
    """
    _, found = sound_and_pauses(env, t0, t1)
    punctuated = never_late and punctuates_sentences(item.segment.text for item in items)
    moved = 0
    for k in range(1, len(items)):
        lo, hi = items[k - 1], items[k]
        a, b = lo.segment, hi.segment
        if not (lo.acoustic and hi.acoustic and a.timed and b.timed) or b.start < a.end:
            continue
        if punctuated and ends_mid_clause(a.text) and continues_a_clause(b.text):
            continue  # a line broken inside a clause: no sentence ends here, the phone pass's word edge rules
        paused = any(p[0] < b.start and p[1] > a.end for p in found)
        octaves = None
        if paused and not (never_late and audio is not None):
            continue  # a pause between them: the phone pass's edges sit on its sound
        if b.start - a.end > JOIN_GAP_MAX:
            continue  # more than a left-out tail between the phone pass's edges: a pause, however noisy
        heard = _heard_start(hi)
        disagree = heard is not None and abs(heard - b.start) > JOIN_DISAGREE
        if not disagree and b.start - a.end < 2 * GAP_DIP:
            continue
        guesses = [a.end, b.start] + ([heard] if disagree else [])
        w0 = max(min(guesses) - JOIN_REACH, a.start + MIN_PAUSE)
        w1 = min(max(guesses) + JOIN_REACH, b.end - MIN_PAUSE)
        if w1 - w0 < 2 * GAP_DIP:
            continue
        around = env.db[env.frame(w0 - 0.2):env.frame(w1 + 0.2)]
        if len(around) == 0:
            continue
        if never_late:
            first_word = _spoken(b)
            last = b.words[first_word[0]].end if first_word else w1
            octaves = quiet_stretches(audio, w0, min(w1, last)) if audio is not None else None
            if octaves is not None and _quiet_between(octaves, a.end, b.start) >= MIN_PAUSE:
                continue  # quiet in every octave for a pause's length: a pause, whatever the whole band says
            quiet = _quiet_stretches(env, w0, min(w1, last), float(np.median(around)) - DIP_DB)
            paused = paused or _quiet_between(quiet, a.end, b.start) >= MIN_PAUSE
            past = [q for q in quiet if q[1] >= a.end]
            stopped = octaves is not None and any(q[0] <= a.end + HOP_TOLERANCE and q[1] - a.end >= STOP_CLOSURE
                                                  for q in octaves)
            if paused or not past or stopped:  # a pause or no silence to the whole band, or the voice stopped
                join = _join_by_octaves(a, b, env, octaves, audio) if octaves is not None else None
                if join is None:
                    continue  # a pause the sound threshold missed (breaths, clicks or traffic in it): not a join
                moved += _move_join(lo, hi, _before_others(audio, env, a.end, join[0]), join[1], run_on)
                continue
            by_start = [q for q in past if q[0] <= b.start + JOIN_REACH]
            begins, _, at, level = by_start[-1] if by_start else past[0]
            if begins > b.start and not _fades_into(env, b.start, begins):
                continue  # a voice rises first: the quiet after it is the next sentence's closure, not the join
        else:
            at, level = env.quietest(w0, w1, width=GAP_DIP)
            if level > float(np.median(around)) - DIP_DB:
                continue  # sound all the way: no sign of where one sentence stops
        end, start = _dip_edges(env, at, level)
        if never_late:  # the dip's edges read as the octaves' are: the phone pass's end is early or right, and so
            end, start = max(end, a.end), _start_after_quiet(b, start, max(end, a.end))  # is its start, or early
        later = [q for q in octaves or () if start + HOP_TOLERANCE < q[0] <= b.start + JOIN_REACH]
        if later:  # every octave fell quiet again: the sound after the silence was a click or a breath
            start = later[-1][1]
        moved += _move_join(lo, hi, _before_others(audio, env, a.end, end), start, run_on)
    return moved


def _before_others(audio: Optional[Audio], env: Envelope, phone_end: float, end: float) -> float:
    """A join's ``end``, later than the phone pass's (``phone_end``), taken back to where sound plainly not the line's
    begins between them (:func:`.own_last_sound.others_from`: a steady tone, a flutter), never before the phone
    pass's end.  A ham radio's Morse filled the pause after "... missing paintings." but for one dip between two
    dashes, and the join went to that dip, over the first dash: +24 -> +184 ms (``hy_flite_morse_plain``, j228).
    Without ``audio`` (not English): ``end``."""
    if audio is None or end <= phone_end:
        return end
    other = others_from(audio, env, phone_end, end)
    return end if other is None else max(phone_end, other)


def _move_join(lo: Placed, hi: Placed, end: float, start: float, run_on: float) -> bool:
    """Put the join between two lines at the quiet found between them: ``lo``'s line ends where its voice stopped
    (:func:`_voice_stop`), ``hi``'s starts at ``start`` (never before that end).  Whether either edge moved by more
    than a frame's rounding (HOP_TOLERANCE)."""
    a, b = lo.segment, hi.segment
    end = _voice_stop(a.end, end, run_on)
    if abs(end - a.end) < HOP_TOLERANCE and abs(start - b.start) < HOP_TOLERANCE:
        return False
    lo.segment = with_end(a, end)
    hi.segment = with_start(b, max(start, end))
    return True


def _voice_stop(phone_end: float, quiet_begins: float, run_on: float) -> float:
    """Where a line's voice stopped, given where the quiet after it begins: ``run_on`` (a PA's copies) before it,
    when that quiet lies after the phone pass's end, never before that end (:func:`joins_into_dips`)."""
    if quiet_begins <= phone_end or run_on <= 0:
        return quiet_begins
    return max(phone_end, quiet_begins - run_on)


def _join_by_octaves(a: Segment, b: Segment, env: Envelope, octaves: Sequence[tuple[float, float]], audio: Audio
                     ) -> Optional[tuple[float, float]]:
    """(end, start) of an English join where the whole band saw a pause or no silence, from the stretches
    quiet in every octave (``octaves``, adding up to less than a pause between the phone pass's edges); None
    when there is none.

    The first sentence ends where the first such quiet after the phone pass's end begins: the sound up to it
    is its last sound, standing over the background in its own octave (a later quiet stretch may lie past a
    breath or a click in a short pause).  The second starts where the last such quiet that begins by the
    phone pass's start (``JOIN_REACH`` beyond) ends, if that is at most ``JOIN_REACH`` before it; with more
    sound between them (the next voice's onset the phone pass left out, or a breath) its start stays.
    """
    after = [q for q in octaves if q[1] > a.end + HOP_TOLERANCE]
    if not after:
        return None
    begins = after[0][0]
    if begins > b.start and not _fades_into(env, b.start, begins):
        return None  # a voice rises first: the quiet after it is the next sentence's closure, not the join
    by_start = [q for q in after if q[0] <= b.start + JOIN_REACH]
    ends = by_start[-1][1] if by_start else after[0][1]
    end = max(begins, a.end)
    if end > a.end + HOP_TOLERANCE and loudest_over_bed(audio, a.end, end) < TAIL_OVER_BED_DB:
        end = a.end  # nothing there stands out of the background: its swell (a murmur), not a last sound
    return end, _start_after_quiet(b, ends, end)


def _start_after_quiet(b: Segment, quiet_ends: float, end: float) -> float:
    """Where an English join's second sentence ``b`` starts, given where the quiet found before it ends and where the
    first sentence now ends: there, if that is at most ``JOIN_REACH`` before the phone pass's start; with more sound
    between them -- the next voice's onset the phone pass left out, a breath, or a background's own rise (the sea's
    crash in a pause the phone pass left 0.45 s wide, ``ey_real_surf_vtt_avi``: the whole band's dip ended where the
    crash rose, 173 ms before the voice) -- the phone pass's start stays (never before ``end``)."""
    return quiet_ends if quiet_ends >= b.start - JOIN_REACH else max(b.start, end)


def _quiet_between(quiet: Sequence[tuple[float, ...]], end: float, start: float) -> float:
    """How much of the quiet stretches (begins, ends, ...) lies between ``end`` and ``start`` (s)."""
    return sum(min(q[1], start) - max(q[0], end) for q in quiet if q[1] > end and q[0] < start)


def _quiet_stretches(env: Envelope, w0: float, w1: float, below: float) -> list[tuple[float, float, float, float]]:
    """The quiet stretches in [w0, w1], in order: (begins, ends, its quietest moment, that moment's dB).

    Quiet: ``GAP_DIP`` windows whose mean level is at or under ``below``.
    """
    a, b = env.frame(w0), env.frame(w1)
    n = max(1, int(round(GAP_DIP / HOP)))
    if b - a < n:
        return []
    smooth = np.convolve(env.db[a:b], np.ones(n) / n, mode="valid")
    quiet = smooth <= below
    out = []
    for k, stop in true_runs(quiet):
        j = stop - 1
        m = k + int(np.argmin(smooth[k:stop]))
        out.append((float((a + k + n / 2) * HOP), float((a + j + n / 2) * HOP), float((a + m + n / 2) * HOP),
                    float(smooth[m])))
    return out


def _fades_into(env: Envelope, t: float, at: float) -> bool:
    """Whether the sound from ``t`` to ``at`` only fades: it never rises ``DIP_EDGE_DB`` over its level at ``t``."""
    a, b = env.frame(t), env.frame(at)
    if b <= a:
        return True
    n = max(1, int(round(GAP_DIP / HOP)))
    lo = max(0, a - n // 2)
    levels = np.convolve(env.db[lo:b + n], np.ones(n) / n, mode="valid")
    if len(levels) < 2:
        return True
    return float(np.max(levels)) <= float(levels[0]) + DIP_EDGE_DB


def _heard_start(item: Placed) -> Optional[float]:
    """Where placement (Whisper's heard word) put the segment's first word, before the phone pass moved it."""
    s = item.segment
    spoken = _spoken(s)
    if not spoken or not item.moved:
        return None
    j = spoken[0]
    how = item.hows[j] if j < len(item.hows) else None
    moved = item.moved[j] if j < len(item.moved) else None
    if how not in HEARD_AS_WRITTEN or moved is None:
        return None
    return s.words[j].start - moved[0]


def _dip_edges(env: Envelope, at: float, level: float) -> tuple[float, float]:
    """The edges of the quiet around ``at``: frames within ``DIP_EDGE_DB`` of its level, on either side."""
    f = min(env.frame(at), len(env.db) - 1)
    a = b = f
    while a > 0 and env.db[a - 1] <= level + DIP_EDGE_DB:
        a -= 1
    while b + 1 < len(env.db) and env.db[b + 1] <= level + DIP_EDGE_DB:
        b += 1
    return float(a * HOP), float((b + 1) * HOP)


def _spoken(s: Segment) -> list[int]:
    return [k for k, w in enumerate(s.words) if w.timed and not w.cue]




def _respread_if_squeezed(s: Segment) -> Segment:
    """Lay the words over the segment by length when moving its edges squeezed some to nothing.

    A boundary moved by a second leaves the words Whisper misplaced piled up at
    one edge; spread by character count they are at least near their sound.
    """
    spoken = [w for w in s.words if w.timed and not w.cue]
    if len(spoken) < 2 or all(w.end - w.start >= 0.02 for w in spoken):
        return s
    total = sum(len(w.text) for w in spoken) or 1
    acc, words = 0, []
    for w in s.words:
        t = s.start + (s.end - s.start) * acc / total
        if not w.timed or w.cue:
            words.append(replace(w, start=t, end=t) if w.timed else w)
            continue
        acc += len(w.text)
        words.append(replace(w, start=t, end=s.start + (s.end - s.start) * acc / total))
    return clamp_words(replace(s, words=tuple(words)))
