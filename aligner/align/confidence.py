"""How sure the engine is, per word and per segment.

A word's confidence rests on how it was placed (matched to what Whisper heard,
laid over different words, spread over unrecognized sound, or not heard at
all), on Whisper's own probability for the heard word, and on whether the
phone-level pass confirmed it.  A segment's confidence leans on its first and
last words, because those carry its boundaries -- and on what lies around
them: an edge word between a pause and a sure word cannot be far off, however
unsure its spelling (a telephone line, a synthetic voice), while a sentence
with speech inside it that is not in the transcript may have been put
together from words of two places, however sure each word is.  An edge word
Whisper did not hear, cut off from its sentence by a pause at least as long
as the one to the neighbouring sentence, may just as well belong to the
neighbour: the sound it was put on proves nothing, so both boundaries beside
it are in doubt.  So is an edge the phone-level pass pulled more than a second
outwards from where Whisper heard its word: it found the word's sounds in what
Whisper took for something else (a fricative stretched over a burst of noise).
The same holds for an end the phone-level pass carried outwards by more than a
comma's pause into sound, with no quiet pause beside where it now lies (a
sentence's end run on into the next speaker's overlapping words), and for a start
it carried back over more sound than the first word's phones can fill (an "Our"
stretched half a second over a music bed): nothing but the phone model says the
word began (ended) there.  An edge word the phone pass did not place, shorter
than its phones can be said, was squeezed there by Whisper's timestamps and said
elsewhere.  A start carried back to a word of ordinary length is
a correction, pause beside it or not: Whisper's first word of a sentence said
right after another runs late on real speech.  And a boundary two segments
share, with no pause between them, is only as sure as the surer side's word:
when the neighbour's word at it does not fit (its sounds were not found there),
or the neighbour's start was stretched back over this side's end, this side is
in doubt too -- they were pushed against each other, which is what overlapping
speakers look like.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..document import NOT_HEARD, Segment
from ..sentences import ends_a_sentence
from .activity import Envelope
from .boundaries import MAX_MOVE
from .matching import HEARD_AS_WRITTEN
from .phonetic import UNSCRIPTED_REJECT
from .placement import Placed

#: Below this a segment is flagged for review.
LOW = 0.5
#: A segment's confidence is at most its least confident edge word's plus this.
EDGE_SLACK = 0.15
#: Phone-level fit below which a word is probably misplaced, and above which it is confirmed.
MISFIT = 0.15
GOOD_FIT = 0.5
#: An edge word whose phones do not fit where it is (below MISFIT) is at most this sure, unless pinned.
MISPLACED_EDGE = 0.3
#: A word the phone-level pass placed with at least this fit (words in place: 0.3-0.95; misplaced
#: ones mostly < 0.15, see phonetic._confidence) is at least PLACED_BY_SOUND sure, however it was matched.
PLACED_FIT = 0.3
PLACED_BY_SOUND = 0.65

#: An edge word next to a pause, with a sure word (at least PAUSE_ANCHOR) among the next ANCHOR_WORDS,
#: is at least PAUSE_EDGE sure: its time is pinned between the pause and that word.
ANCHOR_WORDS = 2
PAUSE_ANCHOR = 0.65
PAUSE_EDGE = 0.65
#: A segment with a stretch of at least this much speech (s) inside it that is not in the transcript (a
#: phrase, not a misheard or substituted word: the length that rejects a phone-level chunk too) is at
#: most INTERRUPTED sure.
INTERRUPTING_SPEECH = UNSCRIPTED_REJECT
INTERRUPTED = 0.3
#: A segment with a detached edge (see :func:`detached_edges`), or whose neighbour's detached edge touches it
#: (closer than PAUSE_MIN: the two were pushed against each other), is at most DETACHED sure.
DETACHED = 0.35
#: How many words at an edge may be cut off from the rest of their sentence and still count as its edge.
EDGE_WORDS = 2

_BASE = {"exact": (0.55, 0.45), "fuzzy": (0.45, 0.35), "substituted": (0.3, 0.0), "voiced": (0.15, 0.0),
         "unheard": (0.0, 0.0)}


def word_confidence(how: Optional[str], probability: Optional[float], acoustic: Optional[float]) -> Optional[float]:
    """Confidence that a word is where it is said to be.

    ``acoustic``: the phone-level fit where that pass placed the word (None if
    it did not).  A good fit (>= 0.5) confirms the word; a very poor one (< 0.15,
    the aligner's own "misplaced" range) makes even a matched word doubtful.
    """
    if how is None:
        return None
    base, gain = _BASE[how]
    c = base + gain * (probability or 0.0)
    if acoustic is not None:
        if acoustic >= GOOD_FIT:
            c += 0.1
        elif acoustic < MISFIT:
            c *= 0.6
        if acoustic >= PLACED_FIT and how != "unheard":
            # The phone-level pass found the word's sounds here, in a chunk whose heard words agree
            # with Whisper: its *place* is sure even where Whisper did not write it down (a filler
            # "um", a short "A" or "As", a word lost on a telephone line).  Confidence is about
            # time, not spelling.
            c = max(c, PLACED_BY_SOUND)
    return round(min(1.0, max(0.0, c)), 3)


def _edges_found_by_sound(item: Placed, words: list[Optional[float]]) -> None:
    """Raise word confidences (in place) to PLACED_BY_SOUND where the phone pass, run between the line's final
    bounds, found its first word beginning at the start and its last ending at the end (``Placed.edges_found``).

    A line Whisper heard too little of is forced or spread over sound, every word "substituted" (0.3 sure), so it
    went to review whatever its bounds were; its words are then placed by the phone pass between those bounds
    (:mod:`.words_in_lines`), whose search may leave silence at either end.  An edge word it puts at the bound is
    found there by its sound, as a word the phone pass placed with a fair fit is (:func:`word_confidence`).  With
    both edges so, the line's whole text was found in order between bounds that its own sound fills -- no word of
    it stands elsewhere -- and every word counts as placed by sound: the segment comes out at PLACED_BY_SOUND,
    unflagged and not sure (< 0.8).  Raising the two edge words alone left a long line at 0.49-0.50 under its
    0.3 inner words (``tx_festival_horn_dashes``).  With one edge found, only that edge word.  Words not heard at
    all are left alone, as :func:`word_confidence` leaves them.
    """
    spoken = [k for k, c in enumerate(words) if c is not None]
    if not spoken:
        return
    first, last = item.edges_found
    raised = spoken if first and last else [spoken[0]] if first else [spoken[-1]] if last else []
    for k in raised:
        if item.hows[k] != "unheard":
            words[k] = max(words[k], PLACED_BY_SOUND)


def score_segment(item: Placed, pause_before: bool = False, pause_after: bool = False,
                  interrupted: float = 0.0, detached: bool = False) -> tuple[float, list[Optional[float]]]:
    """(segment confidence, confidence per word) for a placed segment.

    ``pause_before`` / ``pause_after``: the segment's start (end) lies next to a
    quiet pause.  ``interrupted``: the longest stretch (s) of speech between the
    segment's first and last word that is not in the transcript.  ``detached``:
    what lies around one of its edges puts it in doubt: it may belong to the
    neighbouring sentence (see :func:`detached_edges`), the neighbour's word at a
    boundary they share does not fit (:func:`misfit_edge`), or it begins on no
    sound (:func:`silent_start`).
    """
    s = item.segment
    acoustic = item.acoustic or (None,) * len(s.words)
    words = [word_confidence(h, w.probability, a) for h, w, a in zip(item.hows, s.words, acoustic)]
    _edges_found_by_sound(item, words)
    spoken = [(c, h, a) for c, h, a in zip(words, item.hows, acoustic) if c is not None]
    if not spoken or NOT_HEARD in s.flags:
        return 0.0, [0.0 if c is not None else None for c in words]
    first = _pinned_edge(spoken, pause_before)
    last = _pinned_edge(spoken[::-1], pause_after)
    edge = min(first, last)
    mean = sum(c for c, *_ in spoken) / len(spoken)
    # the boundaries are the edge words' times: a segment is never much surer than its least sure edge
    conf = min(edge + EDGE_SLACK, 0.5 * edge + 0.5 * mean)
    if interrupted >= INTERRUPTING_SPEECH:
        conf = min(conf, INTERRUPTED)
    if detached or pulled_out(item) or carried_into_sound(item, pause_before, pause_after) or squeezed_edge(item):
        conf = min(conf, DETACHED)
    return round(conf, 3), words


#: A pause beside an edge: at least this long (s) before the neighbour, and quiet over its first PAUSE_LOOK s
#: (leaving out the PAUSE_SKIP s touching the edge, whose 10 ms frame may hold the word's first sound).
PAUSE_MIN = 0.12
PAUSE_SKIP = 0.02
PAUSE_LOOK = 0.1


def pauses_beside(env: Envelope, segment: Segment, lo: float, hi: float) -> tuple[bool, bool]:
    """Whether a quiet pause lies just before the segment's start and just after its end.

    ``lo`` / ``hi``: the neighbours' nearer edges (or the stretch's ends).  Quiet
    means under the level that counts as sound around this segment.
    """
    if not segment.timed:
        return False, False
    thr = env.threshold(segment.start, segment.end)

    def quiet(a: float, b: float) -> bool:
        fa, fb = env.frame(a), env.frame(b)
        return fb > fa and float(env.db[fa:fb].mean()) < thr

    before = segment.start - lo >= PAUSE_MIN and quiet(segment.start - PAUSE_SKIP - PAUSE_LOOK,
                                                      segment.start - PAUSE_SKIP)
    after = hi - segment.end >= PAUSE_MIN and quiet(segment.end + PAUSE_SKIP, segment.end + PAUSE_SKIP + PAUSE_LOOK)
    return before, after


#: Gaps between two words of a segment shorter than this (s) are not searched for sound.
WORD_GAP = 0.25


def uncovered_sound(env: Envelope, segment: Segment) -> float:
    """The longest stretch of sound (s) in a gap between two consecutive words of a segment.

    A sentence is said in one go: sound between two of its words that no word
    covers (a phrase the transcript lacks, or the sentence's own last words left
    seconds away from where they were said) means its words were not all put
    where they were spoken.  One stretch, not a sum: a substituted word, a
    breath or the background's flickers over a long pause are short each.
    """
    timed = [w for w in segment.words if w.timed and not w.cue]
    longest = 0.0
    for a, b in zip(timed, timed[1:]):
        if b.start - a.end >= WORD_GAP:
            longest = max([longest] + [y - x for x, y in env.voiced_runs(a.end, b.start)])
    return longest


#: A segment's first SILENT_LOOK s quieter on average than the level that counts as sound by more than
#: SILENT_START_DB (a quarter of its power) do not hold its first word's onset.
SILENT_LOOK = 0.08
SILENT_START_DB = 6.0


def silent_start(env: Envelope, segment: Segment) -> bool:
    """Whether the segment begins on no sound: its first SILENT_LOOK s are SILENT_START_DB under the level
    that counts as sound around it.

    A word begins with an onset.  A start well under that level lies in a pause
    or in a quiet background the phone model took for a word's first sounds (a
    "The" stretched back over a noisy pause, an "Our" over a music bed), so it
    rests on that model alone.  Measured over all development starts
    (benchmarks/why_off.py): of those more than 200 ms off, 4 of 12 begin so
    (two of them otherwise reported at 0.96-0.97); of the 451 within 100 ms,
    none (the quietest within 100 ms: 3.7 dB under).  Ends are not judged so: a
    sentence's last sound fades.

    The level is the window's mean *power*, not its mean in dB: a word that
    begins with a stop begins with the stop's silent closure (up to 60 ms; the
    phone pass puts the start there when no pause lies before it, as between
    sentences said without one), and its burst and vowel later in the window are
    its onset.  Averaged in dB, 60 ms of closure outweighed them: on the dev
    language talks with tight joins, right starts at a /k/ or /p/ (72 and 75 ms
    off at worst) were sent to review, while a start 0.1 s and more into the
    quiet still is.  Only starts whose first SILENT_LOOK s hold sound are let
    through, so no start more than SILENT_LOOK early into a pause is (taking the
    power from the window's quietest frame on instead, to leave out a neighbour's
    fading tail, flagged a right English start whose second word begins with a
    closure: tts_espeak_us, "It still ...").
    """
    if not segment.timed or segment.end - segment.start < 2 * SILENT_LOOK:
        return False
    a, b = env.frame(segment.start), env.frame(segment.start + SILENT_LOOK)
    if b <= a:
        return False
    power = float(np.mean(10.0 ** (env.db[a:b].astype(np.float64) / 10.0)))
    return 10.0 * np.log10(power) < env.threshold(segment.start, segment.end) - SILENT_START_DB


def detached_edges(item: Placed, lo: float, hi: float) -> tuple[bool, bool]:
    """Whether the segment's first (last) words Whisper did not hear are cut off from the rest of it.

    ``lo`` / ``hi``: the neighbours' nearer edges (or the stretch's ends).  Words
    not heard are put on sound near their sentence; when the pause between them
    and the rest of their sentence (longer than a comma's, WORD_GAP) is at least
    as long as the one between them and the neighbouring sentence, that sound is
    as likely the neighbour's (its first words, a restart, a filler the
    transcript lacks) and the words may have been said right after (before) the
    rest of their sentence, seconds away.  Words Whisper heard are pinned by
    having been heard there.
    """
    s = item.segment
    spoken = [(w, h) for w, h in zip(s.words, item.hows) if h is not None and w.timed and not w.cue]
    if len(spoken) < 2 or not s.timed:
        return False, False

    def detached(edge: list[tuple], outside: float) -> bool:
        # the widest pause among the first EDGE_WORDS words' gaps, walking inwards from the edge
        gaps = [(max(a[0].start, b[0].start) - min(a[0].end, b[0].end), k + 1)
                for k, (a, b) in enumerate(zip(edge, edge[1:EDGE_WORDS + 1]))]
        gap, n = max(gaps)
        guessed = any(h not in HEARD_AS_WRITTEN for _, h in edge[:n])
        return guessed and gap >= WORD_GAP and gap >= outside

    return detached(spoken, s.start - lo), detached(spoken[::-1], hi - s.end)


def per_spoken_word(item: Placed, per_word: tuple) -> list:
    """The entries of ``per_word`` (one per word of the segment, or empty: all None) for its spoken words:
    placed, timed, not cues -- the words that carry its edges."""
    values = per_word or (None,) * len(item.hows)
    return [v for w, h, v in zip(item.segment.words, item.hows, values) if h is not None and w.timed and not w.cue]


def pulled_out(item: Placed) -> bool:
    """Whether the phone-level pass moved the segment's first (last) word, one Whisper heard, more than
    MAX_MOVE earlier (later) than Whisper heard it.

    That pass rightly moves words Whisper timed badly -- a first word pinned to
    its window's start, a word squeezed to an instant -- but those move inwards,
    or outwards by about the word's own length.  An edge carried further out
    rests on the phone model alone against Whisper's hearing, and the phone
    model fits a fricative to a burst of noise or a breath as readily as to speech.
    """
    spoken = per_spoken_word(item, tuple(zip(item.hows, item.moved or (None,) * len(item.hows))))
    if not spoken:
        return False
    (h0, m0), (h1, m1) = spoken[0], spoken[-1]
    return ((h0 in HEARD_AS_WRITTEN and m0 is not None and m0[0] < -MAX_MOVE)
            or (h1 in HEARD_AS_WRITTEN and m1 is not None and m1[1] > MAX_MOVE))


def carried_into_sound(item: Placed, pause_before: bool, pause_after: bool) -> bool:
    """Whether the phone-level pass carried the segment's start back over more sound than its first word
    can hold (:func:`stretched_start`), or its last word's end more than WORD_GAP outwards with no quiet
    pause beside where it now is.

    Measured over all development edges (benchmarks/why_off.py): of the ends more
    than 200 ms off, 3 of 13 look like this; of the ends within 100 ms, none.  A
    correct outward move ends at the sound's edge, next to a pause; one that ends
    in sound rests on the phone model alone.  ``pause_before`` no longer counts:
    Whisper's first word of a sentence said right after another (a tight join)
    runs 0.3-0.5 s late on real speech, and the phone pass carries it back to where
    its sound begins, with no pause there because there is none in the talk
    (rd_real_tight, rd_fest_tight: 10 starts within 100 ms were sent to review so).
    A start carried over the neighbour's sound is still caught: by the length it
    gave its word, or by the neighbour's own edge in doubt at the boundary they
    share (:func:`stretched_over_neighbour`).
    """
    spoken = per_spoken_word(item, item.moved)
    if not spoken:
        return False
    last = spoken[-1]
    return stretched_start(item) or (not pause_after and last is not None and last[1] > WORD_GAP)


#: A phone of read English lasts 80 ms on average; a word whose phones last more than twice that on average
#: was stretched over sound that is not its own.
STRETCHED_PHONE = 0.16


def stretched_start(item: Placed) -> bool:
    """Whether the phone-level pass carried the first word's start more than WORD_GAP earlier and left
    the word longer than STRETCHED_PHONE per phone of its pronunciation.

    Whisper's first word of a sentence often starts late and the phone pass rightly
    moves it back to its first sound, 0.3-0.6 s, leaving a word of ordinary length
    (45-145 ms a phone over 107 of the 109 such development starts within 100 ms; two slow two-phone
    words, 182-190).  Moved back over a music bed, the noise of a telephone line or the end of the sentence
    before, the word swallows that sound too: "Our" 0.49 s (245 ms a phone) 516 ms
    early, "Followed" 1.0 s (200 ms a phone) 599 ms early, "That" 0.54 s 235 ms
    early, each with a pause or a join beside it that looked right.
    """
    spoken = [(w, m) for w, h, m in zip(item.segment.words, item.hows, item.moved or ())
              if h is not None and w.timed and not w.cue]
    if not spoken:
        return False
    word, moved = spoken[0]
    if moved is None or moved[0] >= -WORD_GAP:
        return False
    return (word.end - word.start) > STRETCHED_PHONE * phone_count(word.text)


#: A word right before a join (no pause to the next line) lasting more than this per phone of its pronunciation was
#: drawn out over the next line's first sound.  Lower than STRETCHED_PHONE, which reads a start carried back over a
#: pause's sound: before a join there is no pause for a word to be stretched over, only the next word, and a
#: word at a line's end with no pause after it is not lengthened as a sentence's last word before a pause is.
STRETCHED_BEFORE_JOIN = 0.14


def stretched_before_join(item: Placed) -> bool:
    """Whether the segment's text breaks off mid-sentence (:func:`ends_a_sentence` is False) and its last spoken
    word lasts more than STRETCHED_BEFORE_JOIN per phone of its pronunciation.

    Read only where the next line follows with no pause (:func:`.scoring.surroundings`): a transcript
    broken mid-sentence (subtitle-shaped lines, "... during the | meeting.") gives the phone pass
    one run of speech with no pause at the break, and it may put the boundary at a closure inside the
    next line's first word -- the last word swallows that word's first sound ("the" 0.35 s, "meeting."
    left 0.22 s for five phones; "the" 0.31 s, "school" 0.18 s).  Every word fits and both lines are
    heard whole; only the length of the word before the join says it.  Both lines sharing the join are
    in doubt there.  Measured (j103) on the fourteenth aside set and ``rd57_*``: of 5 such joins, 4 edges
    were 206-264 ms off (a flite and a festival subtitle talk), 1 right.  Only where the text breaks off
    mid-sentence: a sentence's last word is drawn out before the next sentence by the speaker, pause or
    none (real prompts joined with no pauses, ``sx_real_no_pauses_dashes``: 6 right ends so, on a set
    checked after the rule was written).
    """
    if ends_a_sentence(item.segment.text):
        return False
    spoken = [w for w, h in zip(item.segment.words, item.hows) if h is not None and w.timed and not w.cue]
    if not spoken:
        return False
    word = spoken[-1]
    return (word.end - word.start) > STRETCHED_BEFORE_JOIN * phone_count(word.text)


def phone_count(text: str) -> int:
    """How many phones the word has as it is said: the phones of its spoken words (:func:`..text.normalize`:
    "11." is "eleven", "$5" "five dollars"; read as its letters, a number had no phone but the floor of one, and a
    line ending "at 11." seemed to draw its last word out six times), each its dictionary pronunciation's, else
    one guessed from its spelling."""
    from ..text import normalize
    from .pronounce import cmudict_phone_count, letters_to_arpabet

    total = 0
    for token in normalize(text):
        bare = "".join(c for c in token if c.isalpha() or c == "'").strip("'")
        if not bare:
            continue
        try:
            listed = cmudict_phone_count(bare)
        except (ImportError, OSError):  # no phone model's dictionary: the spelling's guess
            listed = 0
        total += listed or len(letters_to_arpabet(bare))
    return max(1, total)


#: Room (s) between a segment's end and the next segment's start in which a pause would have begun.
HISS_ROOM = 0.3
#: A join closer than HISS_ROOM but at least this far (s) from the next segment, with the sound after the end
#: holding as a voice does, is a sentence's last sound left out of it, whether or not a quiet pause shows.
JOIN_ROOM = 0.15


def end_before_unheard_sound(pause_after: bool, room: float, narrow: bool, holds: bool = False,
                             over_floor: bool = False) -> bool:
    """Whether a segment's end has sound right after it (no quiet pause) though the next segment is at least
    HISS_ROOM away, on audio with nothing above 4 kHz (``narrow``, :mod:`.review_evidence`) or where that
    sound holds as a voice does instead of falling away as a room's tail (``holds``,
    :func:`.review_evidence.sound_holds_after`).

    On narrow-band audio the phone model hears a final /s/ or a stop's release
    only as a hiss at 2-4 kHz, 5-10 dB over the room noise, and gives it to the
    pause: the end comes out early on the vowel before it, with every word
    fitting well.  What is left after the end is sound where a pause should
    begin.  Over the development ends on 8 kHz real English (rd_real_mismatch,
    rd_real_pauses), all 5 ends like this were 110-235 ms early.  On wideband
    audio the same sign alone is mostly a reverberation tail or a breath over a
    right end; a prompt's fading last sound under a murmur or hold music (ends
    0.2-0.33 s early, confidence 0.9-1.0 before) is told from them by how the
    sound falls.

    A join closer than HISS_ROOM (at least JOIN_ROOM) with sound that holds
    after the end is read the same way, pause or no pause: between sentences said
    without one (a tight join), the phone pass may end the first on its last
    loud vowel and leave the weak rest -- a final nasal, a /z/ -- to the gap, which
    then reads as "quiet" against the talk's level although the sound in it does
    not fall as a room's tail does.  Chosen on rd13_real_tight_room (8 kHz
    prompts 0-50 ms apart in a room: two ends 227 and 240 ms early, confidence
    0.96-0.98).  Over the development outputs it newly doubts 12 ends that have
    truth of their own -- 9 of them 106-240 ms early (tight joins under babble,
    in a room, in a hall, with hum) -- and 25 ends between two sentences of one
    recorded prompt, which have none (their prompt's outer edges are mostly right,
    so the calibration reading counts them as flags within 100 ms).

    Sound that holds after the end and still stands OVER_FLOOR_DB over the
    background of the pause that follows (``over_floor``,
    :func:`.review_evidence.sound_over_pause_floor`) is read the same way,
    whatever the pause looks like against the talk's level: the voice has not
    stopped there.  Chosen on the sixth aside set, ``rd7_*``/``rd13_*`` and the
    default development run (j51): of the 18 segments more than 200 ms off that the
    queue missed in the sixth aside set and ``rd7_*``/``rd13_*``, it finds 5 ends
    219-479 ms early (halls and a murmur, after tight joins and pauses read as
    quiet; any threshold from 8 to 13 dB finds the same five), and newly doubts 4
    ends within 100 ms there.  Checked once on the fourth and fifth aside sets: no
    far-off end found, 4 right ends newly doubted (benchmarks/README.md, j51).
    """
    if holds and (over_floor or JOIN_ROOM <= room < HISS_ROOM):
        return True
    return (narrow or holds) and not pause_after and room >= HISS_ROOM


#: The phone model holds each phone at least 30 ms (three 10 ms states); nobody says a word faster.
SQUEEZED_PHONE = 0.03


def squeezed_edge(item: Placed) -> bool:
    """Whether the segment's first (last) word, not placed by the phone-level pass (no move, no fit), lasts
    less than SQUEEZED_PHONE per phone of its pronunciation.

    Such a word was not said there at that length: Whisper squeezed its timestamps
    into the first (last) instant of the sound it heard the rest of the sentence in,
    and the word was said elsewhere -- earlier, when Whisper did not hear the
    sentence's opening (syn_w_phone_joined: "Surprisingly," 0.18 s for ten phones,
    the sentence began 1.3 s earlier).  The phone pass would have given it its
    length; where it did not run, nothing else vouches for that edge.  Over all
    development edges, both such edges were more than 200 ms off, and no edge
    within 100 ms was so (words the phone pass placed are left out: their times
    come from its own fit).
    """
    none = (None,) * len(item.hows)
    spoken = [(w, m is None and a is None)
              for w, h, m, a in zip(item.segment.words, item.hows, item.moved or none, item.acoustic or none)
              if h is not None and w.timed and not w.cue]
    return any(unplaced and word.end - word.start < SQUEEZED_PHONE * phone_count(word.text)
               for word, unplaced in (spoken[:1] + spoken[-1:] if spoken else []))


def stretched_over_neighbour(item: Placed) -> bool:
    """Whether the segment's start was stretched back (:func:`stretched_start`): a neighbour whose end
    touches it (no pause between) is in doubt there too.

    Two sentences pushed against each other share the boundary: a start stretched
    back over the sentence before took that sentence's last sound, and its end was
    cut where the stretch began (rd_real_tight: "That" 235 ms early, the sentence
    before it ending 152 ms early).  The other way round is not read: an end
    carried into the next sentence is in doubt itself (:func:`carried_into_sound`),
    but the next start beside it was as often right (trap_fast, a French tight
    join: 24 and 72 ms off), and where it was not, its own evidence said so.
    """
    return stretched_start(item)


def forget_misfits(item: Placed) -> None:
    """Drop phone-level fits below MISFIT: a verdict they cannot give outside English.

    MISFIT was measured on English words, pronounced from the model's own
    dictionary.  In other languages every phone is mapped to the nearest English
    one (see :mod:`.pronounce`), so even words in place fit poorly: on the dev
    talks in French, Spanish and Italian, 14 of the 17 segments flagged for review
    were within 100 ms, most at joins with no pause, where a neighbour's poorly
    fitting last word put both sides in doubt.  A good fit still confirms a word;
    a poor one now says nothing, and the other evidence decides.
    """
    if item.acoustic:
        item.acoustic = tuple(None if a is not None and a < MISFIT else a for a in item.acoustic)


def misfit_edge(item: Placed, last: bool) -> bool:
    """Whether the segment's first (``last``: last) spoken word's sounds were not found where it is."""
    fits = per_spoken_word(item, item.acoustic)
    if not fits:
        return False
    fit = fits[-1] if last else fits[0]
    return fit is not None and fit < MISFIT


def _pinned_edge(spoken: list[tuple[float, Optional[str], Optional[float]]], pause: bool) -> float:
    """How sure the time of the edge word ``spoken[0]`` is, given what lies on either side of it.

    Next to a pause, with a sure word right behind it, the edge word's time can
    only be wrong by the word itself: at least PAUSE_EDGE.  A word Whisper did
    not hear at all must have been found by the phone-level pass (a good fit),
    or it may not be spoken there (text that was never said).
    """
    conf, how, fit = spoken[0]
    if fit is not None and fit < MISFIT:
        # the phone-level pass found nothing of the word's sounds where it is: its time rests on
        # Whisper's timestamps alone, which put a short word a few tenths off when it stands alone
        conf = min(conf, MISPLACED_EDGE)
    if not pause or conf >= PAUSE_EDGE:
        return conf
    if how == "unheard" and (fit is None or fit < GOOD_FIT):
        return conf
    anchors = [c for c, *_ in spoken[1:1 + ANCHOR_WORDS]]
    if anchors and max(anchors) >= PAUSE_ANCHOR:
        return max(conf, PAUSE_EDGE)
    return conf
