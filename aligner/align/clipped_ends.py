"""Evidence for the review queue that a line's end was cut on its last loud sound: its last word is short against
the talk's other last words, and a weak sound goes on after the end that the pause after it does not hold.

Where the phone pass ends a line on its last loud vowel and gives the weak
rest of it -- a fading syllable, a final nasal or /s/ under a fan, a murmur, a
hum, a telephone line's noise -- to the pause, every word fits and a quiet
pause seems to follow, so nothing else doubts the end (the rules of
:mod:`.review_evidence` read how the sound falls right after it, and the weak
rest of a word under a steady background falls about as a room's tail does).
Two things still show: the last word lost its rest and comes out short, and
that rest stands over the background of the pause that follows.

A line's last word is drawn out (phrase-final lengthening) by a manner that is
the talk's own (a slow prompt voice more than a quick talker), so it is
measured against the talk's other last words, per phone: the ends within
100 ms come under 0.75 of the talk's median one time in ten, on the
development set and on the seen aside sets alike (against the talk's inner
words instead, that share differed by set: a quarter of the right ends came
under 1.23 on the development set, under 1.36 on the aside sets).  Neither sign alone says much: a
short last word is often just said quickly, and 50-200 ms after a right end a
room's tail or a noisy background stands 2 dB or more over the pause's floor
after a quarter of them.  Together they do: over the lead's whole development
run (``results-devend10``, 2,114 segments), 61 segments nothing else sent to
review show both, 25 of them more than 100 ms off and 17 more than 200 ms (ends
0.2-0.6 s early under crosstalk, babble, a fan, music, a telephone line);
over the seen aside sets ``kx_*``, ``zx_*``, ``ux_*`` (779), 16, 11 and 2
(benchmarks/README.md, j57).

A pause's floor is its quieter half, and where the background's level moves
(a murmur swelling, a codec's noise following the voice down) the sound after a
right end stands over it too, every octave alike; that is the background
swelling, not a word's rest (:func:`background_swells_after`, j185).

Where the line's voice stopped at its end, what stands over the floor after it is no rest of the word either: a
voice cut early goes on near its level (a fading vowel, a nasal), so the level after the end stays within a few dB of
the line's last sound; where the voice stopped it falls at once by more than :data:`.review_evidence.TAIL_FALL_DB`
and stays down (:func:`voice_stopped_at`).  Over the English ends this rule doubted on ``ax_*``, ``ix_*``, ``bx_*``,
``jx_*``, ``rx_*``, ``tx_*`` at main 4507337 (j203), the sound over AFTER_LOOK stood at most 9.9 dB under the line's
last 50 ms after each of the 26 ends more than 200 ms early (a radio's came back up within it), and 9-34 dB under it
after 11 of the 19 ends within 100 ms (festival and espeak voices under a lift, a ceiling fan, an espresso pump; a
headset; a radio's quiet pauses).  A fall that deep says nothing where the last word may end in a hiss, which lies
that far under its vowel by nature ("conference.", 244 ms early under a megaphone, fell 9.9-15.9 dB).  A final stop's
silent closure can hide the same way ("envelope.", 142 ms early before its /p/, lost its doubt on ``ey_*``), but
keeping stops in the doubt took back 11 right lines over the sets for it, so they are not excepted.  And a voice cut
early under a loud background can sink under it too: 13 of the 54 far-off early ends of those sets fell 8-17 dB (a
radio's hiss, a leaf blower); none of them but three was doubted as cut short.
"""

from __future__ import annotations

import statistics
from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from ..document import Segment, Word
from .activity import HOP, Envelope, power_db
from .after_end import octave_levels, pause_noise
from .confidence import phone_count
from .review_evidence import sound_stays_down_after
from .sibilant_ends import may_end_in_hiss

#: At least this many lines to measure the talk's last words from.
RATE_LINES = 6
#: A last word that lasts less than this share of the talk's typical last word (per phone) was cut short: the
#: development ends within 100 ms come under it one time in ten, on the dev set and on the seen aside sets alike.
SHORT_LAST_WORD = 0.75
#: Fewest words a line's pace is read from (:func:`words_pace`).
PACE_WORDS = 3
#: The sound measured after an end: from AFTER_LOOK[0] s to AFTER_LOOK[1] s after it (past the last frame, which
#: may hold the word's release, and short of where a room's tail has died away).
AFTER_LOOK = (0.05, 0.2)
#: The pause after an end whose floor it is compared with: from FLOOR_FROM s after the end to FLOOR_TO s (or
#: FLOOR_GAP s before the next line), at least FLOOR_MIN s long.
FLOOR_FROM = 0.35
FLOOR_TO = 1.5
FLOOR_GAP = 0.05
FLOOR_MIN = 0.1
#: Sound standing at least this much (dB) over the pause's floor AFTER_LOOK s after an end goes on there.
OVER_FLOOR_DB = 2.0
#: A background's own 150 ms windows in the pauses rise over the pause's median by less than this (dB) nine times in
#: ten, and their octaves rise within this of the octaves' median rise nine times in ten (1,700 windows of the pauses
#: after ``bx_*``, ``rx_*`` and ``jx_*`` lines, j185): the scatter a background shows by itself.
BED_SCATTER_DB = 2.0


def _spoken(words: Sequence[Word]) -> list[Word]:
    return [w for w in words if w.timed and not w.cue and w.end > w.start]


def duration_per_phone(w: Word) -> float:
    """How long (s) the word lasts per phone of its pronunciation."""
    return (w.end - w.start) / phone_count(w.text)


def typical_last_word(segments: Sequence[Segment]) -> Optional[float]:
    """How long the talk's lines' last words last per phone (s): the median over its lines, or None with fewer
    than RATE_LINES of them.  Last words against last words: each is drawn out alike, by the talk's own
    manner (a slow prompt voice more than a quick talker)."""
    last = [own for s in segments if (own := last_word_per_phone(s)) is not None]
    return statistics.median(last) if len(last) >= RATE_LINES else None


def typical_pace(segments: Sequence[Segment]) -> Optional[float]:
    """How long the talk's lines' words last per phone (s): the median over its lines of :func:`pace_before_last_word`,
    or None with fewer than RATE_LINES lines to read it from.  What a line's own pace is held against
    (:func:`pace_before_last_word`) where the talk's speakers differ in pace (:mod:`.overlong_ends`)."""
    paces = [pace for s in segments if (pace := pace_before_last_word(s)) is not None]
    return statistics.median(paces) if len(paces) >= RATE_LINES else None


def pace_before_last_word(segment: Segment) -> Optional[float]:
    """How long (s) the segment's spoken words before its last one last per phone (:func:`words_pace`), or None with
    too few of them: the pace its last word is said at, read without that word (the one the rules judge)."""
    return words_pace(_spoken(segment.words)[:-1])


def last_word_per_phone(segment: Segment) -> Optional[float]:
    """How long (s) the segment's last spoken word lasts per phone, or None when no word of it is timed: what
    :func:`last_word_short` and the rules that find a last word drawn out (:mod:`.creaking_ends`,
    :mod:`.overlong_ends`) hold against the talk's :func:`typical_last_word`."""
    spoken = _spoken(segment.words)
    return duration_per_phone(spoken[-1]) if spoken else None


def words_pace(words: Sequence[Word]) -> Optional[float]:
    """How long (s) ``words`` last per phone (their median), or None with fewer than PACE_WORDS of them: the pace a
    line is spoken at (:mod:`.closure_starts`)."""
    return statistics.median(duration_per_phone(w) for w in words) if len(words) >= PACE_WORDS else None


def last_word_short(segment: Segment, per_phone: float) -> bool:
    """Whether the segment's last spoken word lasts less than SHORT_LAST_WORD times ``per_phone`` a phone."""
    own = last_word_per_phone(segment)
    return own is not None and own < SHORT_LAST_WORD * per_phone


def sound_over_floor_after(env: Envelope, end: float, after: float) -> Optional[float]:
    """How far (dB) the sound AFTER_LOOK s after ``end`` (its mean power) stands over the floor of the pause that
    follows (:func:`.after_end.pause_noise`; ``after``: where the next line starts), or None when no pause of
    FLOOR_MIN s lies there."""
    a, b = env.frame(end + FLOOR_FROM), env.frame(min(after - FLOOR_GAP, end + FLOOR_TO))
    x0, x1 = env.frame(end + AFTER_LOOK[0]), env.frame(end + AFTER_LOOK[1])
    if b - a < round(FLOOR_MIN / HOP) or x1 <= x0 or b > len(env.db):
        return None
    floor, _ = pause_noise(env.db[a:b])
    level = 10.0 * np.log10(np.mean(10.0 ** (env.db[x0:x1].astype(np.float64) / 10.0)))
    return float(level - floor)


def background_swells_after(audio: Audio, end: float, after: float) -> bool:
    """Whether the sound AFTER_LOOK s after ``end`` is the following pause's own background, louder for a while: every
    octave (:func:`.after_end.octave_levels`) rises over the pause's median alike (none more than BED_SCATTER_DB over
    the octaves' median rise), and by more than BED_SCATTER_DB (beyond the background's own window-to-window scatter,
    where the shape of a rise says nothing).  A cut word's weak rest is one sound of a voice, its energy in its own
    octaves (a nasal's lows, a fricative's highs, a vowel's formants), and rises unevenly.

    Why (j185): the quieter half of a pause is its floor, and where the background's level moves -- a murmur
    swelling and sinking by 5-10 dB within a second, a MiniDisc's or a de-esser's noise following the voice down, an
    espresso machine -- it stood 5-10 dB over that floor right after right ends (``rx_festival_chime_dashes``,
    ``bx_real_minidisc_page``, ``rd67_flite_drill_deesser_page``, ``rd68_real_espresso_page_mka``), every octave
    alike.  An octave that does not rise (the empty top one of a telephone band) says nothing and is not held
    against it.  False where no pause of FLOOR_MIN s follows."""
    t0, t1 = end + FLOOR_FROM, min(after - FLOOR_GAP, end + FLOOR_TO)
    if t1 - t0 < FLOOR_MIN:
        return False
    levels = octave_levels(audio, end, t1)
    look, pause = levels.frames(end + AFTER_LOOK[0], end + AFTER_LOOK[1]), levels.frames(t0, t1)
    if look.stop <= look.start or pause.stop - pause.start < round(FLOOR_MIN / HOP):
        return False
    rise = power_db(levels.db[:, look]) - np.median(levels.db[:, pause], axis=1)
    typical = float(np.median(rise))
    return typical > BED_SCATTER_DB and float(np.max(rise)) - typical <= BED_SCATTER_DB


def end_cut_short(env: Envelope, segment: Segment, after: float, per_phone: Optional[float],
                  audio: Optional[Audio] = None) -> bool:
    """Whether the segment's end looks cut on its last loud sound: its last word is short for the talk
    (:func:`last_word_short`) and the sound after the end stands at least OVER_FLOOR_DB over the pause's floor
    (:func:`sound_over_floor_after`) -- not after a voice that stopped there (:func:`voice_stopped_at`), nor as the
    pause's own background swelling (:func:`background_swells_after`, read where ``audio`` is given)."""
    if per_phone is None or not segment.timed or not last_word_short(segment, per_phone):
        return False
    over = sound_over_floor_after(env, segment.end, after)
    if over is None or over < OVER_FLOOR_DB or voice_stopped_at(env, segment):
        return False
    return audio is None or not background_swells_after(audio, segment.end, after)


def voice_stopped_at(env: Envelope, segment: Segment) -> bool:
    """Whether the line's voice stopped at its end: the sound over AFTER_LOOK stays
    :data:`.review_evidence.TAIL_FALL_DB` under its last sound (:func:`.review_evidence.sound_stays_down_after`),
    and its last word cannot end in a hiss, which would lie that far under its vowel
    (:func:`.sibilant_ends.may_end_in_hiss`)."""
    return sound_stays_down_after(env, segment.end, AFTER_LOOK) and not may_end_in_hiss(segment.text)
