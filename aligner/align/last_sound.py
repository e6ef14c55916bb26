"""Where a line's last sound ends under a background: followed in the octave that holds it.

Why this exists (issue 7, ``rd3_*`` cases): under hold music, a murmur or babble 14-18 dB under the
speech, line ends came out 150-330 ms early.  The word's last sound -- the nasal of "again", the vowel
of "key", the /n/ before "urgent"'s /t/ -- goes on for 100-300 ms at 10-20 dB over the background *in
its own octave* (100-500 Hz for a nasal), while over the whole band it stands under the bar of "plainly
sound" :func:`.boundaries.extend_to_sound` uses (a share of the floor-to-peak range), so that rule left
it to the pause.  A careful listener hears it: masking works octave by octave.

Following that sound down to the background's level is what a room's reverberation gets wrong: the
room's tail is the voice's own sound and stands over the background too (following it put reverberant
ends 100-300 ms late).  What tells them apart is how the sound goes on *right after* the end found so
far.  When the voice stops in a room, its direct sound stops and the level falls at once by the
direct-to-reverberant ratio: over the next 50 ms it drops 8-18 dB (measured at the right ends of the
reverberant dev cases) and then decays.  A last sound the phone pass cut early goes on at its level:
the 50 ms after the end stand within 2-7 dB of the 50 ms before.  So the end moves only over sound that
*holds* its level (within :data:`HOLD_DB`), and only once that sound has held for :data:`HELD_MIN` does
it go on down to where the sound meets the background (:data:`OVER_BED_DB` over it, the margin
:meth:`.activity.Envelope.threshold` keeps too).

A hall is the exception (``rd6_*``, ``rd16_*``; ``ux_real_hall``, RT60 0.9 s): heard from afar, its direct
sound stands only 2-6 dB over the reverberation, so when the voice stops the level hardly drops, and the
tail, falling 0.5-0.8 dB per 10 ms, stays within HOLD_DB for 60-120 ms -- as long as a last sound holds --
and was followed down to the background: ends 0.15-0.25 s late (median).  Its shape gives it away: from
where the voice stopped it falls as a straight line in dB, at the room's rate, down to the background
(:func:`.after_end.room_tail_from`).  But one end does not tell: in its octave a nasal fading under a murmur
or hold music falls as the same smooth line (j34 stopped every end at such a line and cut those fades
back: ``rd6_real_hall_murmur`` 79 -> 58 % within 100 ms).  A room is the talk's, not the line's: it follows
*every* end.  At the truth ends of the dev talks such a line follows 50-100 % of the ends that leave room to
see it in every hall with no bed (``rd6_*`` 50-100, ``rd3_fest_reverb_large`` 88, ``rd13_fest_hall_rustle``
63, and the three ``rd16_*`` halls j34 did not have: 58-90), and 0-20 % in every other
talk measured (33 talks: beds, babble, murmur, music, small rooms, a hall under a murmur or music).  So where
it follows at least a third of them (:func:`in_a_hall`) the end never follows sound into such a fall.
Left: a hall with a bed is a hall too, and there the phone pass ends early (the bed masks the last sound);
from that early end the fading last sound and the tail fall as one line, so the end stays early
(``rd6_real_hall_murmur`` 79 -> 58 %, ``rd6_real_hall_music`` 88 -> 75 % within 100 ms; every hall without a
bed gained, see benchmarks/README.md).  What would tell: the line measured from where the voice stops.
The mirror image is left too (j107): no hall, but a murmur 16 dB under the voice (``hx_real_coughs_inside_labels``).
The phone pass ends lines 170-320 ms early there, inside a last sound that fades under the murmur at 0.3-0.5 dB per
10 ms -- a hall's rate -- and the vote, taken at those ends, read 8 of 20 as a room's tail: the talk was taken for a
hall and no end followed down (ends -144 ms on median; -26 ms with the vote off, 70 -> 89 % within 100 ms; the
18 dB twin ``rd58_real_duplex_labels_wma1`` reads 5 of 18, just under the bar).  Voting from where the sound
stops holding its level instead undid it but also lost 5 of 8 halls (``rd6_real_hall``, ``rd6_real_hall_murmur``,
``rd6_real_hall_music``, ``rd13_fest_hall_rustle``, ``rd53_real_walking``): a hall's tail holds for 3-26 frames
as well, these fades 8-17.  What tells them apart is the talk, not the end (j109, :mod:`.steepest_fall`): a
room's tail follows every sound the voice stops, so in a room the level never falls faster than the direct sound
stopping plus the room's decay (10-15 dB in 50 ms in every dev talk the vote takes for a hall), while a dry voice
under that murmur falls 22 dB in 50 ms at its words' ends; no talk whose voice falls faster than a room lets it
(:data:`.steepest_fall.ROOM_FALL_MAX`) is taken for a hall (the coughs talk 70 -> 89 % within 100 ms, ends -144
-> -26 ms).

So in a hall a held last sound is followed only while it holds (:data:`HOLD_DB`), never on down to the
background (j89, a speaker walking away from the microphone, ``rd53_*``): the fall after it is the room's tail
whether or not it fits a line.  A diffuse tail read in one octave's 20 ms windows wavers (rising 3-5 dB again
100-150 ms into the tail on ``rd53_espeak_walking_hall``) by more than :data:`.after_end.DECAY_SPREAD`, so
:func:`.after_end.room_tail_from` did not find it and the end went on down it to the background, 100-250 ms late.
Over the reverberant dev talks (``rd3_*``, ``rd6_*``, ``rd13_fest_hall_rustle``, ``rd16_*``, the walking
``rd48``/``rd53`` talks) 28 ends moved, all earlier (10-180 ms), 24 of them nearer the truth; boundaries within
100 ms 81 -> 82 %, ends 65 -> 67 %.  Ends the phone pass put early are not helped (a hall with a bed:
``rd6_real_hall_music`` lost a line, +50 -> -130 ms; see benchmarks/README.md).

A PA is the other exception (``zx_espeak_short_pa``, ``zx_real_pa_hall``, ``rd19_*``): the voice heard again from
loudspeakers 45-190 ms later holds the line's last level for that delay after the voice stops, and ends were
followed 60-300 ms into it.  Where the talk echoes (:func:`.echoes.echo_delay`) the end goes to where the held
sound stops less the delay (:func:`followed_end`).

The measuring (octave levels, the background beside the line, following a sound over a floor) is
:mod:`.after_end`'s, shared with the two other rules that ask whether the sound after an end holds or
falls; what is here is this rule's decision.  The background is measured per octave on both sides of the
line (:func:`.after_end.background_beside`): in the pause before its start (a room's tail is caused by the
voice, so it is not there) and in the pause after its end, whichever is louder -- but through a gain control that
pumps (:mod:`.gain_pumping`) the pause before a line is the room pumped up, and the background is the pause's
after the end alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from .activity import HOP, Envelope
from .after_end import (BED_MIN_FRAMES, DECAY_MIN, LAST, BandLevels, background_beside, octave_levels, room_tail_from,
                        runs_on)
from .own_last_sound import still_sounding
from .quiet_last_sounds import another_sound_from

#: A sound that goes on within this many dB of the line's last level holds it; a room's direct sound
#: stopping drops the level by more at once (its direct-to-reverberant ratio).
HOLD_DB = 8.0
#: Sound counts as over the background in its octave from this many dB over it.
OVER_BED_DB = 6.0
#: A last sound that held its level this long (s) is the word's, and is followed down to the background.
#: A large room's tail (RT60 0.8 s: 0.75 dB per 10 ms, after a 4-5 dB drop when the direct sound stops)
#: stays within HOLD_DB for about 50 ms ("bridge" on rd3_fest_reverb_large went 0.17 s late at 50 ms).
HELD_MIN = 0.06
#: The background before the line: this much (s) of the pause before its start, short of the start by
#: BED_GAP, after the previous line's end by BED_GAP.
BED_BEFORE = 0.5
BED_GAP = 0.05
#: The background after the line: the median level from 0.1 s after the end to 0.8 s after it (or to the
#: next line): mostly the pause's own level even when the end is 0.3 s early.  (A low percentile, under
#: the last sound not yet reached, let a bed that is louder after the line than before it -- a joined
#: recording, a swelling murmur -- pass for sound: an end went 0.16 s into the pause on rd_fest_joined.)
BED_AFTER = (0.1, 0.8)
#: A room's tail can be told after an end followed by at least this much pause (s): twice the stretch it must
#: fall as a line over (after_end.DECAY_MIN).
TAIL_ROOM = 2 * DECAY_MIN
#: A talk is in a hall when a room's tail follows at least this share of the line ends where it can be told
#: (measured at the truth ends, see the module docstring: halls 50-100 %, every other dev talk 0-20 %) ...
HALL_SHARE = 1 / 3
#: ... and it could be told after at least this many ends.
HALL_MIN_ENDS = 4


@dataclass(frozen=True)
class LastSound:
    """A line's end as these rules see it, measured once (the hall vote and the following both read it): the
    octave the line's last sound stands out in (:attr:`levels`' row, smoothed in :attr:`level`), the column of the
    end (:attr:`e`), the line's last level there (:attr:`held`) and the background there (:attr:`bed`)."""

    end: float
    after: float
    levels: BandLevels
    level: np.ndarray
    e: int
    held: float
    bed: float

    def room_tail(self) -> Optional[int]:
        """The frame from which the sound after the end falls as a room's tail down to the background's floor
        (:func:`.after_end.room_tail_from`), looked for in the pause up to :data:`BED_AFTER`; None: it does not."""
        stop = self.levels.frames(self.end, min(self.after - HOP, self.end + BED_AFTER[1])).stop
        return room_tail_from(self.level, self.e, runs_on(self.level, self.e, stop, self.bed + OVER_BED_DB))


def last_sound_at(audio: Audio, start: float, end: float, before: float, after: float,
                  pumped: bool = False, bed_until: Optional[float] = None) -> Optional[LastSound]:
    """The octave a line's last sound stands out in, measured around ``end`` (:class:`LastSound`), or None when
    no background can be measured beside the line.  ``before``/``after``: the end of what comes before the line
    and the start of what comes after it.  ``pumped``: the talk went through a gain control that pumps
    (:func:`.gain_pumping.gain_pumps`): the pause before the line is the room pumped up, so the background is
    the pause's after the end (where that is long enough to measure).  ``bed_until``: the pause after the end is
    read as the background only up to there (:func:`levels_beside_end`)."""
    beside = levels_beside_end(audio, start, end, before, after, pumped, bed_until)
    if beside is None:
        return None
    levels, bed = beside
    last = levels.frames(end - LAST, end)
    if last.stop - last.start < 2:
        return None
    over = levels.db[:, last].mean(axis=1) - bed
    band = int(np.argmax(over))  # the octave the last sound stands out in
    level = np.convolve(levels.db[band], np.ones(3) / 3, mode="same")
    held = float(levels.db[band, last].mean())
    return LastSound(end, after, levels, level, levels.frames(end, end).start, held, float(bed[band]))


def stopped_by_end(audio: Audio, env: Envelope, start: float, end: float, before: float, after: float) -> bool:
    """Whether the line [start, end]'s sound, in the octave it stands out in (:func:`last_sound_at`), had fallen
    under the background's margin by ``end``: nothing rising after it is the line's own
    (:func:`.own_last_sound.still_sounding`).  ``before``/``after`` as for :func:`last_sound_at`.

    The background after the end is the pause's up to where another sound comes into it, as the rule this guards
    reads the pause (:func:`.quiet_last_sounds.another_sound_from`, on ``env``): a slide projector's whirr coming in
    0.3 s after the voice, read as the background, stood 15 dB over the pause in the octave of "... main menu."'s
    fading vowel and took the line for stopped 174 ms before it had (``fy_real_long_mix_mkv``, j248).  Geese honking
    from 30 ms after "Is on the phone." (``iy_real_geese_vtt_vob``) come in with no quiet before them: they stay
    the background, and the line under them had stopped."""
    sound = last_sound_at(audio, start, end, before, after, bed_until=another_sound_from(env, end, after))
    return sound is not None and not still_sounding(sound.level, sound.e, sound.bed + OVER_BED_DB)


def levels_beside_end(audio: Audio, start: float, end: float, before: float, after: float,
                      pumped: bool = False, bed_until: Optional[float] = None) -> Optional[tuple[BandLevels, np.ndarray]]:
    """The octave levels around a line's ``end`` -- from the pause before the line to :data:`BED_AFTER` past the
    end -- and the background per octave beside the line (:func:`.after_end.background_beside`), as
    :func:`last_sound_at` reads them; None when no background can be measured.  ``before``, ``after`` and
    ``pumped`` as there; ``bed_until`` (None: no bound): the pause after the end is read as the background only up
    to there -- where another sound comes into it."""
    lo = max(before + BED_GAP, start - BED_BEFORE)
    levels = octave_levels(audio, min(lo, end - LAST), min(max(after, end), end + BED_AFTER[1]))
    if not levels.frames_held:
        return None
    until = min(after - BED_GAP, end + BED_AFTER[1], np.inf if bed_until is None else bed_until)
    pause_after = levels.frames(end + BED_AFTER[0], until)
    pause_before = levels.frames(lo, start - BED_GAP)
    if pumped and pause_after.stop - pause_after.start >= BED_MIN_FRAMES:
        pause_before = slice(0, 0)  # the room pumped up by the gain: not the background the end falls to
    bed = background_beside(levels, pause_before, pause_after)
    return None if bed is None else (levels, bed)


def room_tail_after(sound: Optional[LastSound]) -> Optional[bool]:
    """Whether the sound after a line's end falls as a room's tail (:meth:`LastSound.room_tail`), or None when
    it cannot be told: no background beside the line, or too short a pause after it to see a fall
    (:data:`TAIL_ROOM`)."""
    if sound is None or sound.after - sound.end < TAIL_ROOM:
        return None
    return sound.room_tail() is not None


def in_a_hall(tails: Sequence[Optional[bool]]) -> bool:
    """Whether a talk was recorded in a hall: a room's tail follows at least :data:`HALL_SHARE` of the line
    ends where it could be told (at least :data:`HALL_MIN_ENDS` of them).  See the module docstring."""
    told = [t for t in tails if t is not None]
    return len(told) >= HALL_MIN_ENDS and sum(told) >= HALL_SHARE * len(told)


def end_of_last_sound(audio: Audio, start: float, end: float, before: float, after: float,
                      reach: float, hall: bool = False) -> float:
    """Where the last sound of a line spanning [start, end] stops: ``end``, or later, up to ``end + reach``.

    ``before``: the end of what comes before the line (the previous line, or where the stretch begins);
    ``after``: the start of what comes after it -- the end never reaches it.  ``hall``: the talk is in a hall
    (:func:`in_a_hall`): the end never follows sound into a fall that is a room's tail.  See the module
    docstring.
    """
    return followed_end(last_sound_at(audio, start, end, before, after), end, reach, hall)


def followed_end(sound: Optional[LastSound], end: float, reach: float, hall: bool = False,
                 echo: Optional[float] = None) -> float:
    """:func:`end_of_last_sound` on a measured end (``end`` itself when it could not be measured).

    ``echo``: the talk hears its voice again this many seconds later (:func:`.echoes.echo_delay`).  The copy
    holds the line's last level for that long after the voice stops, so the sound that holds it ends ``echo``
    after the voice: the end goes there, never back, and is not followed on down (the copies fade as a tail)."""
    if sound is None:
        return end
    levels, level, e = sound.levels, sound.level, sound.e
    floor = sound.bed + OVER_BED_DB
    stop = levels.frames(sound.end, min(sound.after - HOP, sound.end + reach)).stop
    tail = sound.room_tail() if hall else None
    if tail is not None:
        stop = min(stop, tail)
    # the line's sound already under the background at the end: what rises after it is another's (j241)
    ok = runs_on(level, e, stop, max(sound.held - HOLD_DB, floor)) if still_sounding(level, e, floor) else e
    if echo is not None:
        return max(sound.end, (levels.first + ok) * HOP - echo)
    if (ok - e) * HOP >= HELD_MIN - 1e-9 and not hall:  # in a hall, the fall after a held sound is the room's
        down = runs_on(level, ok, stop, floor)
        if not comes_back(level, ok, down, floor, sound.held - HOLD_DB):
            ok = down
    return max(sound.end, (levels.first + ok) * HOP)


def comes_back(level: np.ndarray, a: int, b: int, floor: float, held: float) -> bool:
    """Whether the level over frames ``a``..``b`` -- the fall after a held last sound, as :func:`.after_end.runs_on`
    followed it, bridging short dips -- fell under ``floor`` (the background's margin) and then rose again to
    ``held`` (within :data:`HOLD_DB` of the line's last level).

    A fading last sound does not come back: once at the background it is gone.  A sound that does was another's
    going on past the end (j199, ``ax_espeak_printer_ceiling_page_mkv``: a laser printer's paper rattle, 10 ms grains
    at the level of the line's final /z/ in its octave, dipped to the background 90 ms after the right end and came
    back to within 6 dB of the /z/; followed down through the dip, the end went +246 ms to where the rattle
    stopped).  The held sound before the fall stays followed; the fall is not."""
    under = np.flatnonzero(level[a:b] < floor)
    return under.size > 0 and bool(np.any(level[a + under[0]:b] >= held))
