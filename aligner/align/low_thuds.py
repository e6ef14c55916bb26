"""A thud after a line's voice has stopped -- a tyre pump's stroke bottoming out -- is no last sound of the line: an
end carried onto it goes back to where the voice stopped.

Why this exists (issue 7, forty-sixth round; the thirty-ninth aside set's look, ``ry_real_tyre_srt`` and
``ry_real_long_mix_mkv``): someone pumping up a bicycle tyre beside the microphone, 15-19 dB under the voice.  Each
stroke is 0.2-0.35 s of air hissing through the valve (2-8 kHz, nothing under 1 kHz) and then the piston's thud at
the bottom of the stroke: 25-45 dB over the pause in the lowest octave (100-500 Hz) at once, 20-30 dB under that in
the octave over it, dying away over 0.1-0.2 s.  Twice a stroke came just as a line ended ("... with a
representative.", "... currently active.").  The phone pass took the thud for the last word's final /v/ (+205 and
+365 ms) and the rules that follow a line's last sound carried one end on over the thud's ring (+450 ms); both at
confidence 0.98-1.00, unflagged.  Nothing else undid it: the thud is no train (:mod:`.impact_trains`), no tick
(:mod:`.ticking_ends`), no key slam (:mod:`.struck_sounds`: it has no crack over 1 kHz, and the pump's hiss fills the
dip a slam needs before it).

What tells the thud from the line's own last sound:

* **it comes after the voice stopped**: the lowest octave, where every voiced sound of a line stands (vowels,
  nasals, a voiced fricative's buzz), sank to the pause's own level for at least :data:`GAP` before it -- longer
  than a stop's closure inside a word (a final stop's release comes back in the highs, not the lows); the pump's
  hiss over that stretch is in the highs only;
* **it is loudest at once** (:data:`RISE_DB` over the pause, at its second frame at the latest: :data:`ONSET`), as
  a thing struck is, where a voice's syllable swells over several frames;
* **it is all low** (:data:`LOW_OVER_MID_DB`): a voice's vowel carries its formants into 500-1000 Hz, 10-15 dB
  under its lowest octave (the set's prompts: 11-12 dB); the thud's first frames stood 24-33 dB under it.

And the line's last word began before that stretch (a word of the line spoken after a pause inside it -- "..., so"
-- is the line's, and is left alone).  Where the last word ends in a voiced sound (a vowel, a nasal, a liquid, a
voiced fricative: :data:`ENDS_IN_VOICE`) the end goes to where the lowest octave sank (the hiss in between is no
part of it); where it ends in a stop's release or a hiss of its own, which a pump's hiss hides, only to the thud's
onset.  Measured: the two ends +403 -> +8 and +450 -> -15 ms (the truth of the look; development figures from then
on); the runs that checked nothing else moved are in benchmarks/README.md.

**A thud landing on the voice's tail, no quiet between, is no last sound of the line either** (issue 7, forty-eighth
round; the fortieth set's skipping rope, the forty-second's dev twins' clerk stamping forms): a landing or a stamp
20-80 ms after a line's voice, the rules that follow a line's last sound carried the end over it (and over the
stamp's click after it) by +128-208 ms, at confidence 0.97-1.00.  With no stretch of quiet lows before it, what
tells it is how it sounds (:func:`_jumps_and_dies`): the lows jump RISE_DB out of the frame before, every octave
over 500 Hz is back at the pause's floor from its second frame (a thing struck sounds in the lows alone; a final
/p/'s release, a nasal syllable out of a closure, a final /s/ sound over 500 Hz), it dies at once, and no voice
sounds after it before the end (:func:`_voice_after`: a syllable that jumped out of a hiss and died into the next
closure has the line's voice after it).  Offline on the final ends of ten sets' outputs it moved the rope's five
(+128-208 -> +39-90 ms) and the dev twins' three stamps (+185-203 -> +16-38 ms) and none of the other 1,578; over
3,377 true line ends of every case built here, read as if carried 0.25 s on, it cut none short.

**A thud before a line's voice is no start of it either** (issue 7, forty-seventh round; the fortieth aside set's
look, ``sy_real_skipping_srt``): someone skipping with a rope, 14-20 dB under the voice.  Each turn is the rope's
whoosh and slap and then the feet landing: 25 dB over the pause in the lowest octave, nothing over 500 Hz, dying 5-6
dB every 10-20 ms from its first frame.  The phone pass put "Press" on a landing 0.16-0.22 s before the voice
(-218 and -179 ms, at confidence 0.99-1.00, unflagged), the lows back at the pause's floor between.  A start there
goes to where the lows rise again with the voice (:func:`start_after_thud`) when the sound at the start is a thud --
loudest at once, all low, and **dying at once**: :data:`DIES_DB` under its peak within :data:`DIES_WITHIN` (a struck
thing dies; a voice holds its syllable: a real Spanish "La conferencia ..." opens on an /l/ as low and as sudden, but
holds 0.15 s, and the lows sink at its /k/ after) -- and the lows then stay at the pause's floor for at least
:data:`SINK` before a voice rises (its 500-1000 Hz :data:`VOICE_OVER_DB` over the pause) inside the first word.
Over the 3,013 true line starts of the cases built here (English and languages; the held-aside set left out) it
fires at none.

**A voice may rise out of a thud's ring before it reached the floor** (issue 7, forty-ninth round; the forty-second
aside set's look, ``uy_real_stamp_page``): a clerk's stamp rings 0.1 s and more, its lows falling 20-40 dB, and the
phone pass put "You cannot reply ..." and "Press 8 ..." on stamps 0.11-0.13 s before the voice (-112 and -127 ms,
0.98-1.00, unflagged) with the lows never at the floor for SINK between.  What says no voice sounded under the ring
(:func:`_rise_out_of_ring`): its lows only fell, and nothing sounded over 500 Hz, until they rose again -- the ring
then :data:`RING_FALL_DB` under its peak.  Offline, on the 1,990 output starts of eleven sets it moved those two
(-> +3 and -10 ms) and one in the fortieth set's long mix (-134 -> -7 ms), and over 3,655 true line starts of every
case built here it fires at none.
"""

from __future__ import annotations

import logging
from typing import Callable, Optional

import numpy as np

from ..audio import Audio
from ..document import NOT_HEARD, Segment
from .activity import HOP
from .after_end import BandLevels, octave_levels, pause_noise
from .boundaries import spoken_indices, with_end, with_start
from .placement import Placed
from .sibilant_ends import last_phones

log = logging.getLogger(__name__)

#: The lowest octave (100-500 Hz) sank to within this (dB) of the pause's level: the voice stopped there.
SANK_DB = 6.0
#: ... for at least this long (s) before the thud: longer than a stop's closure inside a word (50-100 ms), the quiet
#: before a final stop's release, and an affricate inside the last word (a real Italian "installazione."'s /ts/ under
#: a wiper's motor: 0.12 s, its "-one" after it read as a thud at 0.12, -428 ms).  The pump's strokes left 0.16 and
#: 0.29 s.
GAP = 0.15
#: The thud stands this far (dB) over the pause in the lowest octave at its loudest, which it reaches within ONSET
#: of its first frame, the loudest of its first PEAK_LOOK s: a thing struck is loudest at once (the pump's thuds 25-45
#: dB, at their second frame); a syllable swells (the Italian "-one" at its fourth).
RISE_DB = 18.0
ONSET = 2 * HOP
PEAK_LOOK = 0.1
#: ... and its first LOW_FRAMES stand this much (dB, median) louder in the lowest octave than in 500-1000 Hz: the
#: pump's thuds 24-33 dB, a vowel's 10-15.
LOW_OVER_MID_DB = 15.0
LOW_FRAMES = 8
#: The voice before the stretch: within VOICE_LOOK (s) before it, 500-1000 Hz stood this far (dB) over the pause.
VOICE_OVER_DB = 10.0
VOICE_LOOK = 0.3
#: A voice sounds for at least this many frames: a syllable lasts 50 ms and more, a click one or two.
VOICE_FRAMES = 3
#: How far back from the end the thud is looked for (s), and how much of the pause after it is read for its level.
LOOK_BACK = 1.0
PAUSE_LOOK = 1.0
#: At least this much pause (s) after the end to read its level from.
PAUSE_MIN = 0.15
#: A thud dies this far (dB) under its peak within DIES_WITHIN (s): the rope's landings 20-25 dB within 0.05 s; a
#: voice's syllable holds (the Spanish /l/ of "La": within 3 dB for 0.15 s).
DIES_DB = 10.0
DIES_WITHIN = 0.08
#: ... and the lowest octave then stays at the pause's floor at least this long (s) before the voice: the landings
#: left 0.06-0.08 s.
SINK = 0.04
#: ... or, where the voice rises out of the thud's ring before the floor, the ring fell this far (dB) under its peak
#: first, nothing over 500 Hz sounding: as far as a thing struck rises over the pause (RISE_DB) -- a voice that
#: begins while the ring is louder may have begun under it.
RING_FALL_DB = RISE_DB
#: Last phones (ARPAbet, stress left off) whose sound is voiced to its end: the word stops where the lows sink.
ENDS_IN_VOICE = frozenset({"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW",
                           "M", "N", "NG", "L", "R", "W", "Y", "V", "DH"})


def end_before_thuds(items: list[Placed], audio: Audio, limit: float, language: str = "en") -> int:
    """Each end the phone pass placed (``Placed.phone_end``), where it or the rules after it carried it onto a thud
    that came after the line's voice had stopped, back to where the voice stopped (:func:`end_before_thud`; the
    pause read up to the next line's start, or ``limit``).  Runs after every rule that carries an end on: one that
    takes a carry back reads the sound carried over (:func:`.tones_over_ends.end_before_tones` reads a trumpet's note
    from the phone pass's end to where it stops).  Returns how many ends moved."""
    return move_ends(items, limit, "end_before_thuds", lambda item, after: end_before_thud(
        audio, item.segment.text, item.segment.start, item.segment.end, last_word_start(item.segment), after,
        language))


def move_ends(items: list[Placed], limit: float, rule: str,
              end_of: Callable[[Placed, float], Optional[float]]) -> int:
    """Each phone-placed, timed, heard line's end moved to ``end_of(its item, where what follows it starts)`` where
    that is not None (what follows: the next timed line's start, or ``limit``), logged under ``rule``.  Returns how
    many ends moved."""
    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if item.phone_end is None or not s.timed or NOT_HEARD in s.flags:
            continue
        after = next((o.segment.start for o in items[k + 1:] if o.segment.timed), limit)
        end = end_of(item, after)
        if end is not None:
            log.debug("%s %r: end %+.3f", rule, s.text[-30:], end - s.end)
            item.segment = with_end(s, end)
            moved += 1
    return moved


def last_word_start(s: Segment) -> Optional[float]:
    """Where the line's last spoken word was placed to begin (None: no timed word)."""
    spoken = spoken_indices(s)
    return s.words[spoken[-1]].start if spoken else None


def end_before_thud(audio: Audio, text: str, start: float, end: float, last_word_start: Optional[float],
                    after: float, language: str = "en") -> Optional[float]:
    """Where the line ``text`` spanning [``start``, ``end``] stops when its end was carried onto a thud that came
    after its voice had stopped (see the module docstring), or None.  ``last_word_start``: where its last word was
    placed to begin (None: not known, nothing moves); ``after``: the start of what follows the line (the pause's
    level is read up to it); ``language``: the talk's, for the last word's last phone."""
    if last_word_start is None:
        return None
    thud = _thud_read(audio, max(start, last_word_start, end - LOOK_BACK), end, after, end)
    if thud is None:
        return None
    onset, voice_stop = thud
    new_end = voice_stop if ends_in_voice(text, language) else onset
    return new_end if start < new_end < end - HOP / 2 else None


def thud_after_voiced_end(audio: Audio, text: str, start: float, end: float, after: float,
                          language: str = "en") -> bool:
    """Whether the line ``text`` ending at ``end`` ends where its voice stopped, a thud following after its voice
    (see the module docstring) with only the lowest octave at the pause's level between -- what
    :func:`end_before_thud` leaves -- and its last word voiced to its end: the sound after it is the background's
    (a pump's hiss and its stroke), no weak rest of a word cut short.  ``after``: as in :func:`end_before_thud`."""
    thud = _thud_read(audio, max(start, end - VOICE_LOOK - ONSET), end, after, end + PAUSE_LOOK)
    return (thud is not None and abs(round(thud[1] / HOP) - round(end / HOP)) <= round(ONSET / HOP)
            and ends_in_voice(text, language))


def _thud_read(audio: Audio, t0: float, end: float, after: float, upto: float) -> Optional[tuple[float, float]]:
    """(the thud's onset, where the lows sank before it) in seconds, for the first thud after the voice from ``t0``
    up to ``upto`` (:func:`_thud_after_voice`), the pause's levels read from ``end`` to ``after`` (what follows the
    line); None where there is none or too little pause to read."""
    read = _octaves_and_pause(audio, t0, min(after, end + PAUSE_LOOK), end, after)
    if read is None:
        return None
    levels, pauses = read
    thud = _thud_after_voice(levels.db, pauses, min(levels.column(upto), levels.frames_held - 1))
    return None if thud is None else ((thud[0] + levels.first) * HOP, (thud[1] + levels.first) * HOP)


def _octaves_and_pause(audio: Audio, t0: float, t1: float, pause_from: float,
                       pause_to: float) -> Optional[tuple[BandLevels, np.ndarray]]:
    """The octave levels over [``t0``, ``t1``] and the pause's noise level in each octave, read over [``pause_from``,
    ``pause_to``]; None where that pause is shorter than PAUSE_MIN."""
    if pause_to - pause_from < PAUSE_MIN:
        return None
    levels = octave_levels(audio, t0, t1)
    pause = levels.frames(pause_from, pause_to)
    if pause.stop - pause.start < int(round(PAUSE_MIN / HOP)):
        return None
    return levels, np.array([pause_noise(band[pause])[0] for band in levels.db])


def _sounding(low: np.ndarray, low_pause: float) -> np.ndarray:
    """Frames whose lowest octave stands SANK_DB over the pause's, one frame's flicker of the noise left out."""
    sounding = low >= low_pause + SANK_DB
    sounding[1:-1] &= sounding[:-2] | sounding[2:]
    return sounding


def _struck(low: np.ndarray, mid: np.ndarray, low_pause: float, first: int) -> bool:
    """Whether the sound from frame ``first`` is a thing struck: loudest within ONSET, RISE_DB over the pause, and
    all low (its first LOW_FRAMES LOW_OVER_MID_DB louder in the lowest octave than in 500-1000 Hz)."""
    head = low[first:first + int(round(PEAK_LOOK / HOP))]
    if int(np.argmax(head)) >= int(round(ONSET / HOP)) or head.max() < low_pause + RISE_DB:
        return False
    lows = slice(first, min(len(low), first + LOW_FRAMES))
    return bool(np.median(low[lows] - mid[lows]) >= LOW_OVER_MID_DB)


def ends_in_voice(text: str, language: str) -> bool:
    """Whether the line's last word ends in a sound voiced to its end in every pronunciation (:data:`ENDS_IN_VOICE`)."""
    lasts = last_phones(text, language)
    return bool(lasts) and all(p[0].rstrip("012") in ENDS_IN_VOICE for p in lasts)


def _thud_after_voice(db: np.ndarray, pauses: np.ndarray, e: int) -> Optional[tuple[int, int]]:
    """(the thud's first frame, where the lows sank before it) for the first thud up to frame ``e`` that follows
    the voice -- after a stretch of at least GAP with the lows at the pause's level, or at once, jumping, sounding
    alone and dying as only a thing struck does (:func:`_jumps_and_dies`); None where there is none.  ``db``: the
    octaves' levels (:func:`.after_end.octave_levels`), ``pauses``: the pause's level in each."""
    low, mid, low_pause, mid_pause = db[0], db[1], pauses[0], pauses[1]
    sounding = _sounding(low, low_pause)
    gap = int(round(GAP / HOP))
    for onset in range(1, e + 1):
        if not sounding[onset] or not _struck(low, mid, low_pause, onset):
            continue
        if onset >= gap and not sounding[onset - gap:onset].any():
            sank = onset - gap
            while sank > 0 and not sounding[sank - 1]:
                sank -= 1
        elif _jumps_and_dies(db, pauses, onset) and not _voice_after(mid, mid_pause, onset + LOW_FRAMES, e):
            sank = onset
        else:
            continue
        look = int(round(VOICE_LOOK / HOP))
        if sank > 0 and np.any(mid[max(0, sank - look):sank] >= mid_pause + VOICE_OVER_DB):
            return onset, sank
    return None


def _dies_at_once(low: np.ndarray, first: int) -> bool:
    """Whether the lows of the sound from frame ``first`` sink DIES_DB under their peak within DIES_WITHIN of it."""
    peak = first + int(np.argmax(low[first:first + int(round(PEAK_LOOK / HOP))]))
    dying = int(round(DIES_WITHIN / HOP))
    return len(low) > peak + dying and low[peak:peak + dying + 1].min() <= low[peak] - DIES_DB


def _jumps_and_dies(db: np.ndarray, pauses: np.ndarray, onset: int) -> bool:
    """Whether the lows jump RISE_DB over the frame before ``onset`` by their peak, sound alone -- every octave over
    500 Hz back at the pause's floor (within SANK_DB, on median) from the second frame -- and die at once
    (:func:`_dies_at_once`): a stamp or a foot landing on the voice's tail, no quiet between (the lows 24-45 dB over
    500-1000 Hz from their second frame, the highs at the floor).  What else jumps out at a line's end is the
    voice's own and sounds over 500 Hz: a final /p/'s release ("... help.": 500-1000 Hz 8-18 dB under the lows), a
    nasal syllable out of a closure ("... meet|ing.": 18-22), a final /s/ a tumble dryer thumped under (a real
    Russian "... ещё раз.": 4-7 kHz 30 dB over the floor)."""
    low = db[0]
    peak = onset + int(np.argmax(low[onset:onset + int(round(ONSET / HOP))]))
    after = db[1:, onset + 1:onset + LOW_FRAMES]
    return (bool(low[peak] - low[onset - 1] >= RISE_DB) and after.shape[1] > 0
            and bool(np.all(np.median(after, axis=1) <= pauses[1:] + SANK_DB)) and _dies_at_once(low, onset))


def _voice_after(mid: np.ndarray, mid_pause: float, f0: int, f1: int) -> bool:
    """Whether a voice sounds in frames [f0, f1] (500-1000 Hz VOICE_OVER_DB over the pause on VOICE_FRAMES of them): a
    syllable that jumped out of a hiss and died into a closure ("mes|sa|ges") has the line's voice after it; a thud
    at its end has none (a stamp's click 0.1-0.18 s after it sounds there for a frame or two)."""
    return int(np.sum(mid[f0:f1 + 1] >= mid_pause + VOICE_OVER_DB)) >= VOICE_FRAMES


def starts_after_thuds(items: list[Placed], audio: Audio) -> int:
    """Each timed, heard line's start that was put on a thud before its voice (:func:`start_after_thud`) moved to
    where its voice rises; the pause before it read from the timed line before it.  Returns how many moved."""
    moved = 0
    before = None
    for item in items:
        s = item.segment
        if s.timed and NOT_HEARD not in s.flags:
            spoken = spoken_indices(s)
            first_word_end = s.words[spoken[0]].end if spoken else s.end
            start = start_after_thud(audio, s.start, before if before is not None else s.start - LOOK_BACK,
                                     first_word_end)
            if start is not None:
                log.debug("starts_after_thuds %r: start %+.3f", s.text[:30], start - s.start)
                item.segment = with_start(s, start)
                moved += 1
        if item.segment.timed:
            before = item.segment.end
    return moved


def start_after_thud(audio: Audio, start: float, before: float, first_word_end: float) -> Optional[float]:
    """Where a line's voice rises when its ``start`` was put on a thud that came before it (see the module
    docstring), or None.  ``before``: where what precedes the line ends (the pause's level is read from there);
    ``first_word_end``: the voice must rise before the line's first word ends."""
    t0 = max(0.0, before, start - LOOK_BACK)
    read = _octaves_and_pause(audio, t0, min(first_word_end, start + VOICE_LOOK + DIES_WITHIN), t0, start)
    if read is None:
        return None
    levels, pauses = read
    rise = _voice_after_thud(levels.db, pauses, levels.column(start))
    if rise is None:
        return None
    new_start = (rise + levels.first) * HOP
    return new_start if start < new_start < first_word_end else None


def _voice_after_thud(db: np.ndarray, pauses: np.ndarray, at: int) -> Optional[int]:
    """The frame where a voice rises after a thud sounding from within ONSET of frame ``at`` (loudest at once, all
    low, dying at once), what lies between saying no voice sounded there (:func:`_rise_after_floor`,
    :func:`_rise_out_of_ring`); None where the sound at ``at`` is no such thud.  ``db``: the octaves' levels,
    ``pauses``: the pause's level in each."""
    low, mid, low_pause, mid_pause = db[0], db[1], pauses[0], pauses[1]
    sounding = _sounding(low, low_pause)
    onset_frames = int(round(ONSET / HOP))
    first = next((f for f in range(max(0, at - onset_frames), min(len(low), at + onset_frames + 1))
                  if sounding[f]), None)
    if first is None or not _struck(low, mid, low_pause, first):
        return None
    if not _dies_at_once(low, first):
        return None
    rise = _rise_after_floor(sounding, first)
    if rise is None:
        rise = _rise_out_of_ring(db, pauses, first)
    if rise is None:
        return None
    voice = mid[rise:rise + int(round(VOICE_LOOK / HOP))]
    return rise if np.any(voice >= mid_pause + VOICE_OVER_DB) else None


def _rise_after_floor(sounding: np.ndarray, first: int) -> Optional[int]:
    """The frame where the lows sound again after the thud from frame ``first`` sank to the pause's floor and stayed
    there at least SINK (the rope's landings); None where they did not, or never rose again."""
    sank = first + 1
    while sank < len(sounding) and sounding[sank]:
        sank += 1
    rise = sank
    while rise < len(sounding) and not sounding[rise]:
        rise += 1
    return rise if rise - sank >= int(round(SINK / HOP)) and rise < len(sounding) else None


def _rise_out_of_ring(db: np.ndarray, pauses: np.ndarray, first: int) -> Optional[int]:
    """The frame where a new sound rises out of the ring of the thud from frame ``first`` before it reached the
    floor: after its peak the lows only fall (never SANK_DB over the lowest they fell to) and every octave over
    500 Hz stays within SANK_DB of the pause's floor -- a voice under the ring would hold the lows up or sound over
    500 Hz -- until they rise again, the ring then RING_FALL_DB under its peak; None where it had fallen less (the
    voice may have begun under it) or nothing rose.  A stamp's ring takes 0.1 s to fall 20-40 dB and a line's voice
    rises out of it before it reaches the floor (a clerk's stamp 0.11-0.13 s before "You ..." and "Press ...")."""
    low = db[0]
    peak = first + int(np.argmax(low[first:first + int(round(ONSET / HOP)) + 1]))
    lowest = low[peak]
    for f in range(peak + 1, len(low)):
        if low[f] >= lowest + SANK_DB or np.any(db[1:, f] > pauses[1:] + SANK_DB):
            return f if lowest <= low[peak] - RING_FALL_DB else None
        lowest = min(lowest, low[f])
    return None
