"""A line's end carried to its last quiet sound, that sound judged against the pause's own noise (issue 7).

:func:`.boundaries.extend_to_sound` counts sound over 30 % of the way from the talk's floor to its peak over
+-5 s (:meth:`.activity.Envelope.threshold`): a bar a loud line beside the end sets.  A speaker who trails off
-- the voice itself falling 9-14 dB over a line's last 0.5-0.9 s -- ends on a sound that stands only 6-10 dB over
the pause's floor, under that bar (10.6-11.9 dB over the floor on the seventeenth aside set's real voice), often
after a dip (a stop's closure, the gap before a final /z/): the phone pass gives that last sound to the pause and
no edge rule takes it back (``benchmarks/trailing_ends.py``: the real voice's trailing ends -153 ms after the
phone pass, -113 ms at the end).  What that last sound must be told apart from is the pause that follows it, so
it is judged against that pause's own noise: how loud the pause gets by itself (:func:`pause_top`, its
:data:`.fading_ends.NOISE_TOP` percentile, the noise's flicker counted as noise, as :mod:`.fading_ends` reads it).
Sound standing :data:`OVER_NOISE_DB` over that, which runs on from the end or comes back after a dip no longer than
a stop's closure (:data:`.boundaries.CLOSURE_MAX`), is the line's, up to where the pause's noise follows it.
Read over the pause's median floor instead (6 dB over it, j123's first try), the flicker of a real room's noise
(``mfa_acoustic_corpus``: 5-7 dB over that floor), a breath or a cough in the pause, and a second party's voice
through a duplex line passed for the line's last sound: ends 0.15-0.68 s late.  Where the pause is filled
(the other party talking, a murmur) its top is that sound's level, and nothing is carried into it.

Not everything over a pause's noise is the line's; each guard is a kind the earlier rounds met:
- the sound after the end never rises over the line's own last :data:`LAST` s (a voice trailing off falls; a
  breath, a cough, a listener's "mm", the next word or a noise burst comes in at its own level);
- a sound is two frames running (:data:`MIN_SOUND`), not one frame of the noise's flicker;
- sound that comes back after a dip is noise (a release, a hiss), not a vowel (:func:`.voice_edges.a_vowel`: after
  a line's last syllable a vowel is another voice's, as :func:`.boundaries._past_closure` holds), nor a tone
  (:func:`.whistles.a_line`: a frame of it one narrow line above 1 kHz -- a dripping tap's plinks 0.15-0.2 s after
  "... muted.", "... arrives.", "... conference.", each 24 dB over the pause in its one octave, carried three ends of
  ``gy_real_drips_dashes`` from -13..-3 to +185..+224 ms, and a heating pipe's tick 0.12 s after "... our glorious
  leader arrives." one of ``gy_real_long_mix_mts`` from -8 to +147 ms: a release or a hiss is noise spread over kHz
  in every frame, a struck or dropped thing rings at its own pitch), nor a thing struck (:func:`.struck_sounds.struck`:
  a typewriter's key slam, thud and crack in one frame, 0.13 s after "... with a representative." on
  ``ky_real_typewriter_plain_wtv`` carried that end -15 -> +170 ms), and it comes back once: a word's last stop is released once; sound after a second dip is something else (chained, small
  sounds in a very quiet pause carried ``praatio_bobby_mary``'s "barrel." 0.15 s late);
- what follows the new end for :data:`BEYOND` s is in the pause's noise (its frames' mean under
  :func:`pause_top`): a voice's last sound stops there, where a string of sounds only dips -- held to the bar of
  sound instead, ends went 0.07-0.14 s late on espeak-ng's and festival's lines (j123).  Read from where the pause's
  noise begins (:func:`quiet_frames`) when the end lies in the line's fade and the noise begins within those
  :data:`BEYOND` s (:func:`_past_the_fade`): the fade goes on under the bar, and its last frame, 2 dB over the
  pause's top, read as the pause put the 50 ms after "... you're calling." 0.1 dB over it (``rx_real_long_mix_f4v``:
  the end left 181 ms early; while the fade's frames were read as the pause's noise they had lifted its top 0.9 dB);
- what is followed is plainly the line's as far as :func:`.own_last_sound.others_from` can tell (j228): no steady
  tone -- a Morse dash that began as the voice stopped ran on from it with no dip, under the line's last level, and
  carried ends 0.1-0.16 s on (``hy_real_morse_dashes``, ``hy_flite_morse_plain``; :func:`.whistles.a_line` sees lines
  only above 1 kHz, the note lay at 550-850 Hz) -- and no flutter (a snore's, ``hy_real_snoring_srt`` +59 -> +174 ms);
- what is followed is heard in an octave of its own (:func:`heard_in_an_octave`): it stands :data:`OVER_NOISE_DB`
  over the pause's top in at least one octave from 100 Hz up (:data:`.after_end.OCTAVES`), as a voice's fading
  last sound does in the octave it is in (a vowel or a nasal low, a hiss high).  The whole band also holds what lies
  under every octave a voice is heard in: a real prompt's own recording brought a rumble under 100 Hz 12 dB over
  everything above it into the pause after "message." (``ey_real_pour_shredder_dashes``), its flicker came back
  3 dB over the pause's top 0.17 s after the line's hiss, and the end was carried 0.2 s on into it as a release;
  octave by octave that stretch stood 0-2.4 dB over the pause's top;
- sound is what the whole band hears over its bar, and also a burst standing :data:`OVER_NOISE_DB` over the pause's
  top in :data:`BURST_OCTAVES` octaves at once (:func:`heard_across_octaves`): where a noise in other octaves sets the
  whole band's level, a stop's release under it is heard only octave by octave (``bx_sv_espeak_thunder``: "... takt."
  left in its /k/ closure, -146 ms, the thunder 100-500 Hz and the releases 15-25 dB over the pause above 500 Hz,
  3-5 dB under the whole band's top); a noise's flicker comes one octave at a time, and a rumble under 100 Hz in
  none.  Such a burst is the line's only where it rose into its octaves or is voiced (:func:`_the_lines_bursts`): a
  compander's hiss, which the voice lets through and which only falls after it, stands over the pause's top in three
  octaves at once too (``jx_ru_real_n95_wireless_avi``: ends followed ~0.1 s onto it);
- not in a hall or through a PA (the caller): there the sound after an end is the room's tail or the loudspeakers'
  copy, which :func:`.boundaries.follow_last_sounds` and :func:`.boundaries.end_at_first_arrival` judge; nor at an
  end that stops at once into a close-miked room's ringing field (the caller, :mod:`.ringing_ends`: a panel's mixer);
- never further than :func:`.boundaries.extend_to_sound` may reach, never into the next line's room.

It ran on English talks only until j191 measured it on the language talks (``bench_languages.py``, five aside
sets): a pause's noise is no language's, and a real French line's last /l/ under an espresso pump was left 208 ms
early while it did not run.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP, Envelope, bridged_runs, true_runs
from .after_end import BandLevels, octave_levels
from .fading_ends import NOISE_TOP
from .own_last_sound import others_from
from .pulsed_sound import jumps_as_impacts
from .review_evidence import FLOOR_GAP, FLOOR_LOOK, FLOOR_MIN, pause_levels_after
from .struck_sounds import struck, struck_again
from .voice_edges import a_vowel, voiced
from .whistles import a_line

#: Sound counts as the line's when it stands this far (dB) over the top of the pause's noise (its flicker counted
#: as noise already): as :data:`.fading_ends.RISE`, more than the noise does by itself.
OVER_NOISE_DB = 3.0
#: What follows the new end for this long (s) is in the pause's noise.
BEYOND = 0.05
#: The line's last stretch (s) the sound after the end must stay under (falling, as a voice trailing off does).
LAST = 0.1
#: Dips shorter than this (s) inside a run of sound are bridged: a frame's flicker, not a pause.
BRIDGE = 0.02
#: A sound lasts at least this long (s): two 10 ms frames running.  One frame over the bar is one sample of the
#: noise's own flicker (a tenth of the pause's frames lie over its top by definition); taken for a release after a
#: dip, such single frames carried ends 0.1-0.2 s on into the pause (j123: a listener's pause on ``gx_*``, a
#: telephone line's on ``wx_*``).
MIN_SOUND = 0.02
#: Sound standing over the pause's top in this many octaves at once is heard even where the whole band does not
#: stand over its own top: a stop's release or a hiss spreads over octaves, a noise's flicker comes one octave at a
#: time.
BURST_OCTAVES = 2

#: A sound that comes into the pause later -- a slide projector's change, its clunk 20-26 dB over the pause and its
#: motor's whirr 15-18 dB over it for 0.3 s, 0.2-0.45 s after the voice -- rises at least this far (dB) over the
#: quietest tenth of the pause before it; a noise's own flicker stands a few dB over that (a real room's 5-7).
COMES_IN_DB = 15.0
#: What follows a line's last sound fading into the pause jumps no more than this (dB) within JUMP_WITHIN (s): a
#: clerk's stamp 50 ms after "... in the evening.", the voice's fade between still over the pause's noise, jumped
#: 34 dB in a frame, and the fade was followed over it and its click (``uy_festival_stamp_liptrill_dashes``, +5 ->
#: +213 ms); a voice swells over several frames.  As a thing struck rises over a pause (:data:`.low_thuds.RISE_DB`).
JUMP_DB = 18.0
JUMP_WITHIN = 0.02
#: What holds one level this long (s) in the pause's first frames after a line's end is a sound of its own, not the
#: line's last sound falling into the pause (:func:`quiet_frames`).
HELD = 0.1


def quiet_frames(pause: np.ndarray, since_end: Optional[np.ndarray] = None) -> slice:
    """Which of the pause's 10 ms levels (``pause``) hold the pause's own noise: from the first at most
    :data:`OVER_NOISE_DB` over the pause's quietest tenth -- when what lies before it fades, never rising
    :data:`OVER_NOISE_DB` over a level before it (the line's last sound falling into the pause; a cricket's chirps, on
    and off, are the pause's own) -- to before another sound comes into it: the first frame that stands
    :data:`COMES_IN_DB` over the quietest tenth of those before it and louder than any of them (a cricket chirping
    again is no new sound), when at least :data:`.review_evidence.FLOOR_MIN` s of them lie before it.  Read over a
    projector's whirr, the pause's top stood 14-17 dB over the pause's and over the fading nasal or vowel the line
    ended on (8 kHz "menu.", "greeting."), which was left to the pause; read over that fading sound itself (an end put
    0.2 s early: the pause is read from 0.15 s after it), the top stood 5 dB over the pause's and the sound was not
    followed down into it.  ``since_end``: the levels from the line's end to the pause, when known; what lies before
    the quiet frames is no fade when it was there from the end on at one level (:func:`_held_across_the_end`: an
    organ's chord held across the end)."""
    first = round(FLOOR_MIN / HOP)
    start = int(np.argmax(pause <= np.percentile(pause, 10) + OVER_NOISE_DB))
    lead = pause[:start]
    if not np.all(lead[1:] <= np.minimum.accumulate(lead)[:-1] + OVER_NOISE_DB) or (
            start and since_end is not None
            and _held_across_the_end(np.concatenate([since_end[1:], lead]), np.percentile(pause, 10) + OVER_NOISE_DB)):
        start = 0  # not a fade: the pause's own sound
    stop = next((k for k in range(start + first, len(pause))
                 if pause[k] >= np.percentile(pause[start:k], 10) + COMES_IN_DB and pause[k] > pause[start:k].max()),
                len(pause))
    return slice(start, stop) if stop - start >= first else slice(0, len(pause))


def _held_across_the_end(levels: np.ndarray, over: float) -> bool:
    """Whether ``levels`` (10 ms frames from just after a line's end on) hold one level over ``over`` (dB: the
    pause's quietest tenth and a margin) from the first for :data:`HELD` s, within :data:`OVER_NOISE_DB` of each
    other: a sound that was there across the end and holds on --
    an organ's chord, its pedal and pipes at one pitch and level, which stopped or changed 0.34 s after the voice
    (``ky_real_organ_vtt_ismv`` "... the person you're calling.": read as the line's fade, the pause's noise was read
    after the chord only, and the chord, 9 dB over that, carried the end -6 -> +339 ms).  A voice's last sound falls
    into the pause after the end; a sound that comes in after it (a projector's clunk and whirr) was not there at it."""
    n = round(HELD / HOP)
    return len(levels) >= n and float(np.ptp(levels[:n])) <= OVER_NOISE_DB and float(levels[:n].min()) > over


def another_sound_from(env: Envelope, end: float, after: float) -> Optional[float]:
    """Where another sound comes into the pause after ``end`` (s): where :func:`quiet_frames` ends the pause's own
    noise, read where :func:`.review_evidence.pause_levels_after` reads the pause (``after``: where the next line
    starts); None when the pause is too short to read or nothing comes into it.  What comes in there -- a slide
    projector changing slides 0.3 s after the voice -- is no background the line's end fell into."""
    pause = pause_levels_after(env, end, after)
    if pause is None:
        return None
    stop = quiet_frames(pause).stop
    return end + FLOOR_LOOK[0] + stop * HOP if stop < len(pause) else None


def pause_top(env: Envelope, end: float, after: float) -> Optional[float]:
    """How loud the pause after ``end`` gets by itself (dB): the :data:`.fading_ends.NOISE_TOP` percentile of its 10 ms
    frames, read where :func:`.review_evidence.pause_levels_after` reads the pause (``after``: where the next line
    starts); None when the pause is too short to read."""
    pause = pause_levels_after(env, end, after)
    return None if pause is None else float(np.percentile(pause, NOISE_TOP))


def quiet_last_sound_end(audio: Audio, env: Envelope, start: float, end: float, hi: float, reach: float,
                         closure: float) -> Optional[float]:
    """Where the line [start, end]'s last sound stops, judged against the noise of the pause after it (s), or None
    when nothing of the line's runs on past ``end``.

    ``hi``: where the next line starts (or the stretch ends); ``reach``: how far the end may move (the line's last
    word's length at least, :func:`.boundaries._room_and_reach`); ``closure``: the longest dip inside a word (a
    stop's closure)."""
    if end - start < 2 * LAST:
        return None
    pause = pause_levels_after(env, end, hi)
    if pause is None:
        return None
    # the pause's noise: after the line's sound, before another sound comes into it
    quiet = quiet_frames(pause, env.db[env.frame(end):env.frame(end + FLOOR_LOOK[0])])
    top = float(np.percentile(pause[quiet], NOISE_TOP))
    thr = top + OVER_NOISE_DB
    limit = min(hi - FLOOR_GAP, end + reach)
    last = env.power(end - LAST, end)
    noise_from = end + FLOOR_LOOK[0] + quiet.start * HOP  # after the line's fade, where the pause's noise begins
    levels, tops = _octaves_and_pause_tops(audio, end, noise_from,
                                           min(hi - FLOOR_GAP, end + FLOOR_LOOK[0] + quiet.stop * HOP), limit)
    first = env.frame(max(start, end - LAST))
    on = env.db[first:env.frame(limit)] > thr
    if tops is not None:
        bursts = _lasting(heard_across_octaves(levels, tops, first, len(on)) & ~_beside(on))
        on = on | _the_lines_bursts(audio, levels, tops, bursts, first)
    best: Optional[float] = None
    edge, closed = end, False
    for a, b in bridged_runs(on, first, BRIDGE, MIN_SOUND):
        if b <= edge + HOP:
            continue  # ends before (or at the frame of) the end: nothing runs on
        if a > edge + HOP:  # comes back after a dip: a closure's release or hiss, never a vowel, once
            if (closed or a - edge > closure or a_vowel(audio, a, b) or a_line(audio, a, b)
                    or struck(audio, edge, a, b) or pulses_through_the_dip(env, edge, b, start, end)
                    or struck_again(audio, edge, a, b, hi)):
                break
            closed = True
        # a line voiced to its end has no release: what jumps out of its fading last sound is another sound's onset
        jump = None if closure else sound_jumps_in(env, max(a, edge), b)
        if jump is not None:
            b = jump
        if b >= limit - HOP or not env.power(max(a, edge), b) < last:
            break  # cut off by the reach or the next line, or rising over the line's last sound: not its fade
        if tops is not None and not heard_in_an_octave(levels, tops, max(a, edge), b):
            break  # over the pause's top in no octave a voice is heard in: sound under them all, or flicker summed
        if others_from(audio, env, max(a, edge), b) is not None:
            break  # a tone held at one pitch and level (a Morse key's note) or a flutter (a snore): not the voice
        after = _past_the_fade(b, end + FLOOR_LOOK[0], noise_from)
        beyond = env.db[env.frame(after):env.frame(after + BEYOND)]
        if len(beyond) and float(np.mean(beyond)) <= top:
            best = b - HOP / 2
        if jump is not None:
            break
        edge = b
    return round(best, 3) if best is not None and best > end + HOP / 2 else None


def sound_jumps_in(env: Envelope, a: float, b: float) -> Optional[float]:
    """Where, inside the run of sound [``a``, ``b``], the level jumps JUMP_DB within JUMP_WITHIN -- a new sound's onset
    (a thing struck), never a voice's fade -- or None."""
    within = round(JUMP_WITHIN / HOP)
    f0, f1 = env.frame(a), env.frame(b)
    for f in range(max(f0, within), f1):
        if env.db[f] - env.db[f - within] >= JUMP_DB:
            return f * HOP
    return None


def pulses_through_the_dip(env: Envelope, edge: float, b: float, start: float, end: float) -> bool:
    """Whether the dip after ``edge`` and the sound that comes back after it (to ``b``) jump in level frame to frame as
    a pulse train does (:func:`.pulsed_sound.jumps_as_impacts` against the line [``start``, ``end``]'s own frames): a
    stop's closure is quiet, at the pause's noise, and its release one burst out of it, so the stretch's median step is
    the noise's flicker; a cat's purr comes in pulses some 25 a second, in the dip as after it, each a frame or two
    over the bar.  Taken for a release, two of a purr's pulses 0.15 s after "... now locked." carried that end
    -9 -> +190 ms (``ly_real_long_mix_bwf``: the dip and the pulses 6.4 dB a frame on median, the line 1.6)."""
    return jumps_as_impacts(env, edge, b, own=(start, end))


def _past_the_fade(b: float, pause_from: float, noise_from: float) -> float:
    """Where the :data:`BEYOND` s after a sound ending at ``b`` are read: from ``noise_from``, where
    :func:`quiet_frames` found the pause's noise beginning after a fade (the pause is read from ``pause_from``), when
    ``b`` lies in that fade and the noise begins within :data:`BEYOND` s of it -- a voice that stops is in the noise
    by then, and the fade's frames under the bar are its last; else from ``b``.  A fade read for longer is no voice
    stopping but something dying away in the pause after it (a chime's ring, a background's swell: 0.25-0.5 s; read
    past it, ends went 0.15-0.6 s on into it, ``rx_real_chime_dashes``, ``rx_espeak_dolby_page_3g2``)."""
    return noise_from if pause_from <= b < noise_from <= b + BEYOND else b


def _octaves_and_pause_tops(audio: Audio, end: float, pause_start: float, pause_end: float,
                            limit: float) -> tuple[BandLevels, Optional[np.ndarray]]:
    """Octave levels from ``end`` to ``limit`` and beyond over the pause after the end, and each octave's pause top:
    its :data:`.fading_ends.NOISE_TOP` percentile over the pause's own noise, from ``pause_start`` to ``pause_end``
    (:func:`quiet_frames`; None when that holds fewer than 15 frames: too few for a percentile of each octave's
    flicker)."""
    levels = octave_levels(audio, end - LAST, max(pause_end, limit))
    pause = levels.db[:, levels.frames(pause_start, pause_end)]
    if pause.shape[1] < round(FLOOR_LOOK[0] / HOP):
        return levels, None
    return levels, np.percentile(pause, NOISE_TOP, axis=1)


def heard_across_octaves(levels: BandLevels, tops: np.ndarray, first: int, n: int) -> np.ndarray:
    """Per frame from frame ``first`` (``n`` frames), whether it stands :data:`OVER_NOISE_DB` over the pause's top
    (``tops``, per octave) in at least :data:`BURST_OCTAVES` octaves at once: a burst (a stop's release, a hiss) that
    the whole band cannot see when a noise in other octaves sets its bar."""
    cols = slice(max(0, first - levels.first), max(0, first - levels.first + n))
    over = (levels.db[:, cols] >= tops[:, None] + OVER_NOISE_DB).sum(axis=0) >= BURST_OCTAVES
    out = np.zeros(n, dtype=bool)
    out[max(0, levels.first - first):][:len(over)] = over
    return out


def _beside(on: np.ndarray) -> np.ndarray:
    """Per frame, whether it or a frame next to it is on: an octave's 20 ms window (:func:`.after_end.octave_levels`)
    reaches half a frame into each neighbour, so an octave frame next to sound the whole band hears holds some of
    that sound (a clean line's last frame read again one frame on: ends carried 5-6 ms on into silence)."""
    out = on.copy()
    out[1:] |= on[:-1]
    out[:-1] |= on[1:]
    return out


def _lasting(burst: np.ndarray) -> np.ndarray:
    """``burst`` (per frame) kept where it holds :data:`MIN_SOUND` running by itself: bridged to a frame the whole band
    hears, one frame of a murmur's broadband flicker (3-4 dB over the pause's top in two octaves, two frames after a
    single whole-band frame of it) made a sound and carried an end 75 ms on (``tx_espeak_bt_page_3gp``)."""
    out = np.zeros_like(burst)
    for a, b in true_runs(burst):
        if b - a >= round(MIN_SOUND / HOP):
            out[a:b] = True
    return out


def _the_lines_bursts(audio: Audio, levels: BandLevels, tops: np.ndarray, bursts: np.ndarray,
                      first: int) -> np.ndarray:
    """``bursts`` (per frame from frame ``first``) kept where each run is the line's: it rose into its octaves
    (:func:`rose_into_octaves`: a stop's release out of its closure, a fricative's hiss out of a vowel) or it is voiced
    (:func:`.voice_edges.voiced`: the voice's own fading vowel or nasal, heard in its octaves under a noise that sets
    the whole band's level in others, ``ix_real_long_mix_mka`` "... without prepending." -252 -> -27 ms).  What does
    neither is noise the voice carried with it: an analogue wireless microphone's compander lets its link's hiss
    through while the voice lasts and closes on it over 100-180 ms after, so the hiss stands 3-9 dB over the pause's
    top in every octave from 1 kHz up and only falls (``jx_ru_real_n95_wireless_avi``: vowel and nasal ends followed
    +27 -> +103..+109 ms onto it, aperiodic, 0.14-0.18 periodicity)."""
    out = np.zeros_like(bursts)
    for a, b in true_runs(bursts):
        if rose_into_octaves(levels, tops, first, first + a, first + b) or voiced(audio, (first + a) * HOP,
                                                                                   (first + b) * HOP):
            out[a:b] = True
    return out


def rose_into_octaves(levels: BandLevels, tops: np.ndarray, first: int, a: int, b: int) -> bool:
    """Whether the sound in frames ``a`` to ``b`` rose into :data:`BURST_OCTAVES` octaves at least: in each it stands
    :data:`OVER_NOISE_DB` over the pause's top (``tops``) and over the quietest that octave was between the line's
    last stretch (from frame ``first``) and it.  A release comes out of its closure 12-25 dB, a final /s/ or /t/ out of
    the vowel's weaker upper octaves 5-20 dB; a hiss the voice left behind was there all along and only falls (a
    compander closing: it rose 0-2 dB over its own dips in any octave, ``jx_*``'s wireless talks)."""
    before = levels.db[:, max(0, first - levels.first):max(0, a - levels.first)]
    run = levels.db[:, max(0, a - levels.first):max(0, b - levels.first)]
    if not before.shape[1] or not run.shape[1]:
        return False
    loudest = run.max(axis=1)
    rose = (loudest >= tops + OVER_NOISE_DB) & (loudest >= before.min(axis=1) + OVER_NOISE_DB)
    return int(np.sum(rose)) >= BURST_OCTAVES


def heard_in_an_octave(levels: BandLevels, tops: np.ndarray, a: float, b: float) -> bool:
    """Whether the sound from ``a`` to ``b`` stands :data:`OVER_NOISE_DB` over the pause's top (``tops``, per
    octave) in at least one octave: its frames' median there."""
    frames = levels.db[:, levels.frames(a, b)]
    return not frames.shape[1] or bool(np.any(np.median(frames, axis=1) >= tops + OVER_NOISE_DB))
