"""Another voice heard through a thin channel -- an interpreter's booth, a listener's headset -- is not the line's.

Why this exists (issue 9, the twentieth aside set's ``booth``): a simultaneous interpreter says each line again in
English 1.2-2.4 s after it begins, 14-17 dB under the speaker, and runs on into the pauses.  Every stage that
follows sound took that voice for the line's: the phone pass gave it the last word's last phone (ends +150..+250 ms),
:func:`.boundaries.follow_last_sounds` carried an end on over it, and with the pause between two lines filled by it
the sound threshold found no pause, so :func:`.pauses.joins_into_dips` took the quiet between the line's end and the
interpreter's first syllable for a join and began the next line there (starts -270..-290 ms;
``cx_sv_espeak_ghosts_booth_m2ts``: five of its sixteen boundaries).  :mod:`.another_voice` reads a listener by
pitch; an interpreter of the same sex speaks at the speaker's pitch (both 95-120 Hz there), so it sees nothing.

What tells the interpreter is the channel: it is heard through a booth's leak or a headset, which passes neither a
voice's fundamental nor its highs, while the speaker is heard whole.  In a voiced frame of the speaker the octave
around its pitch stands 25-38 dB over what that octave holds around the line (quartiles, ``cx_sv_*``, ``cx_fr_*``,
``rd63_de_*``); in a voiced frame of the interpreter or the pause it stands -1..7 dB over it: the periodicity is
read from its harmonics, the fundamental itself is not there (:func:`fundamental_over_floor`).  A voice cannot lose
its fundamental between two syllables, so voiced sound without it, beside a line whose own voiced sound has it, is
another voice's.

So a line's end is moved back off such sound (:func:`thin_end`) and a line's start forward off it
(:func:`thin_start`): only over a run of at least :data:`HELD` s of thin voiced frames between the edge and the line's
own voice nearest it, and only where the line's own voiced frames carry their fundamental (:data:`OWN_DB`), over the
whole line and where it last spoke before the run (:data:`LAST_SPOKE`): on a call's narrow band the speaker's own
fundamental is gone too, and a voice whose pitch falls into that band's low cut at a line's end loses it frame by
frame -- its own voice going, not another's (``dx_ru_real_flips``).

A start is moved no later than the line's own unvoiced first consonant: an /s/ has no pitch, so it is never among
the line's own voiced frames, and said over the other voice's last syllable it lies before the thin run's end
(``cx_real_long_mix_m2ts`` "Something is terribly wrong.": +173 ms, onto the first vowel).  What tells it is the
channel again: the thin channel passes no highs, so sound rising above :data:`HIGHS_HZ` is the line's
(:func:`.onset_starts.consonant_onset` read in that band).  In every language (:func:`.engine._refine`; English after
:func:`.another_voice.end_before_another_voice`, the other languages after :func:`.faded_tails.follow_faded_tails`).
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Iterator, Optional

import numpy as np

from ..audio import Audio
from .activity import Envelope
from .another_voice import WINDOW, pitch_track
from .boundaries import heard_lines, with_end, with_start
from .low_rumble import PASS_FROM
from .onset_starts import consonant_onset, shortest_word
from .placement import Placed
from .squelch_tails import keyed_line_by_line
from .voice_edges import HOP, frame_power
from .voice_onsets import BEFORE_LOOK, BEFORE_SKIP
from .whistles import HOP as WHISTLE_HOP
from .whistles import WINDOW as WHISTLE_WINDOW
from .whistles import whistle_frames

log = logging.getLogger(__name__)

#: A voiced frame whose fundamental's octave stands less than this (dB) over that octave's floor is heard without
#: its fundamental: outside the lines (the interpreter, the pauses) frames stand -1..7 dB over it (quartiles), inside
#: them 25-38 dB; the bar lies near the thin side, since a line's own fading last frames sink through it.  7-9 fix the
#: same boundaries within 100 ms on the talks measured (``benchmarks/README.md``, j146); 6 leaves a German line's end on
#: the interpreter (+157 ms), and at 10 a Swedish line's own last frames read thin and its end is cut 105 ms early.
THIN_DB = 7.0
#: The line's own voiced frames must carry their fundamental this far (dB, median) over the floor for a thin frame
#: to be evidence of another voice -- over the whole line, and where it last spoke before the thin run (its last
#: :data:`LAST_SPOKE` s of own frames; its first, before a start): without it (a call's narrow band, a relay's
#: high-pass) every voice is thin, and a voice whose pitch falls into such a band's low cut at a line's end loses its
#: fundamental gradually, frame by frame (``dx_ru_real_flips``: 13 dB where it last spoke, then 9, 7, 4, 0 as it fell
#: 177 -> 133 Hz).  Where the interpreter took over, the line's voice last spoke 20-26 dB over the floor
#: (``cx_sv_*``, ``cx_fr_*``), and whole lines stand 28-41 dB over it: the bar lies between; 13-19 move the same
#: boundaries (21 keeps a Swedish end on the interpreter).
OWN_DB = 17.0
#: At least this share of a line's voiced frames must carry their fundamental (stand :data:`THIN_DB` over its floor)
#: for thin frames beside it to be another voice's.  A voice cannot lose its fundamental between two syllables, so a
#: line heard whole carries it in nearly every voiced frame: 87-100 % on the talks with an interpreter (``cx_*booth*``,
#: ``rd63_*booth*``, truth spans; still 75-98 % with 0.3 s of the interpreter taken in on both sides) and on a call's
#: flips (``dx_ru_real_flips``, 97-100 %).  Through a megaphone's horn (``aside22_cases.megaphone``: 450-4000 Hz, its
#: amplifier clipped) the line's own voice has lost it in many frames -- 11-49 % carry it on ``tx_real_horn_vtt_wmv``,
#: 13-88 % on the other horn talks -- yet the clipping's difference tones put it back, 17 dB and more over the floor,
#: in the frames that do, so :data:`OWN_DB` alone took such a line for a voice heard whole and its own fading last
#: syllable, thin like most of it, for another voice (ends cut 220-360 ms early).  A line whose voice is mostly thin
#: is heard through a thin channel itself: nothing is known.  The bar is "most" (half), well under the 75 % a line
#: heard whole keeps even with an interpreter taken in; horn lines over it are still read as before.  It guards every
#: reading of the whole line (``canceller_residue`` too); :data:`WHOLE_SHARE` is the stricter bar on the line's side
#: of a thin run, where a radio's limiter leaves more of a line "whole" than the horn does (j163 and j164 found the
#: same cause on the same set).
OWN_SHARE = 0.5
#: A line heard whole carries its fundamental in nearly all of its voiced frames: 86-100 % of each line's on the talks
#: with an interpreter speaking under the lines (``cx_sv_*``, ``cx_fr_*``, ``cx_real_booth_vtt``, ``rd63_*booth*``), 96-100 %
#: on the other talks read.  Through a channel that passes no fundamental -- a two-way radio (300-3000 Hz), a
#: megaphone's horn (450-4000 Hz) -- a voice keeps something in its fundamental's octave only in its loudest frames
#: (the band's skirt letting a strong fundamental through, the difference tone of the harmonics a limiter clips), so
#: a line there reads "whole" in its loudest frames and thin in the rest: 11-68 % of a line's voiced frames carry it
#: (``tx_espeak_horn_ptt``, ``tx_real_horn_vtt_wmv``, ``tx_sv_espeak_ptt``, ``rd65_fr_real_ptt_horn``, the flite lines of
#: ``tx_flite_ptt_plain``), and its quieter last syllables read as another voice.  Under this share (of the line's
#: voiced frames on the line's side of a thin run) the thin frames are the line's own voice, not another's: the bar
#: lies in the gap (0.70-0.85 tell the same lines apart on the talks measured: benchmarks/README.md, j163).
WHOLE_SHARE = 0.75
#: How much of the line's own voice (s) is read where it last spoke before a thin run.
LAST_SPOKE = 0.1
#: A run of thin voiced frames this long (s) is a voice, not a frame or two where the speaker's pitch slipped.
HELD = 0.05
#: A thin run that begins within this many frames (:data:`HOP`) of the line's last own voiced frame ...
PITCH_GAP = 3
#: ... at that frame's pitch (within this many octaves: a semitone), in every voiced frame, is the line's own voice
#: going on (:func:`_pitch_goes_on`).  The line's own last frames glided 2-5 % over the run on the projector's talk.
SAME_PITCH = 1 / 12
#: The pause before a line read for a background periodic at a thin run's pitch (:func:`_background_pitch`): this long
#: (s), ending this far (s) before the line's start, ...
BACKGROUND_LOOK = 0.5
BACKGROUND_GAP = 0.05
#: ... at that pitch in at least this share of its frames (the blower's pause: all of them, counting the octave slips;
#: the projector's: none).
BACKGROUND_SHARE = 1 / 3
#: The floor of an octave: this percentile of its level over the frames around the line (the pauses' noise).
FLOOR_PERCENTILE = 10.0
#: A pitch read more than this many times over or under the stretch's median is no pitch to judge a fundamental by.
SLIP = 2.0
#: How far around the line (s) its octaves' floors are read: its pauses on both sides.
CONTEXT = 1.5
#: The floor is read on a frame every this long (s).
FLOOR_STEP = 0.02
#: A thin channel's top (Hz): a booth's leak or a headset passes nothing above a telephone's band (300-3400 Hz; the
#: twentieth set's booth 300-3800), while a line's own unvoiced first consonant (an /s/, /f/, /t/'s burst) holds its
#: energy at 4-8 kHz.  Sound rising above this before the line's first voiced frame is the line's, not the other
#: voice's, and a start moved off a thin voice stops there (:func:`thin_start`).  4 and 5 kHz find the same onsets on
#: the English talks with an interpreter (benchmarks/README.md, j149); 2-3 kHz hear the interpreter's own consonants
#: (its band reaches 3.8 kHz) and keep a start on it.
HIGHS_HZ = 4000.0


#: Readings already made while a recording's lines are refined and scored (:func:`readings_kept`), by span: a line is
#: read by :func:`move_off_thin_voices`, again by :mod:`.canceller_residue` and at scoring by :mod:`.past_own_voice`,
#: mostly over the same [start, end]; the pitch track and its floors were a third of the refine pass's CPU on a long
#: talk.
_READINGS: dict[int, dict[tuple[int, float, float], tuple[np.ndarray, np.ndarray, np.ndarray]]] = {}


@contextmanager
def readings_kept(audio: Audio) -> Iterator[None]:
    """Within the block, :func:`fundamental_over_floor` reads each span of ``audio`` once; after it (however it ends)
    the readings are forgotten, so a window re-aligning one talk for hours keeps none of them."""
    key = id(audio.samples)  # the caller holds ``audio`` through the block: the id stays its own
    _READINGS[key] = {}
    try:
        yield
    finally:
        _READINGS.pop(key, None)


def fundamental_over_floor(audio: Audio, t0: float, t1: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per frame of HOP s in [t0, t1]: its centre (s), its pitch (Hz, NaN where unvoiced) and how far (dB) the octave
    around that pitch (half an octave either side) stands over the same octave's floor around [t0, t1]
    (:data:`FLOOR_PERCENTILE` of its level over :data:`CONTEXT` s either side); NaN where unvoiced.  Inside
    :func:`readings_kept` a span is read once and the kept arrays are returned read-only (every reader shares them)."""
    kept = _READINGS.get(id(audio.samples))
    if kept is None:
        return _fundamental_over_floor(audio, t0, t1)
    key = (audio.sample_rate, t0, t1)
    if key not in kept:
        reading = _fundamental_over_floor(audio, t0, t1)
        for a in reading:
            a.setflags(write=False)
        kept[key] = reading
    return kept[key]


def _fundamental_over_floor(audio: Audio, t0: float, t1: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    sr, x = audio.sample_rate, audio.samples
    centres, f0 = pitch_track(x, sr, t0, t1)
    over = np.full(len(centres), np.nan)
    voiced = ~np.isnan(f0)
    if not voiced.any():
        return centres, f0, over
    _, power = frame_power(x, sr, t0, t1, WINDOW)
    _, around = frame_power(x, sr, max(0.0, t0 - CONTEXT), t1 + CONTEXT, WINDOW, FLOOR_STEP)
    n = min(len(centres), len(power))
    if n == 0 or not len(around):
        return centres, f0, over
    hz = sr / (2 * int(round(WINDOW * sr)))
    cum = np.concatenate([np.zeros((power.shape[0], 1)), np.cumsum(power, axis=1)], axis=1)
    cum_around = np.concatenate([np.zeros((around.shape[0], 1)), np.cumsum(around, axis=1)], axis=1)
    # a frame read at more than an octave from the stretch's median pitch is the tracker's slip to a harmonic or a
    # formant (a high read at 370-500 Hz over a low voice): its "fundamental" octave holds whatever sounds there
    median = float(np.median(f0[voiced]))
    voiced &= (f0 <= SLIP * median) & (f0 >= median / SLIP)
    # where the hearing took a rumble's band out (:mod:`.low_rumble`), a fundamental under its edge is not heard,
    # whoever speaks: nothing is known of such frames (a line's end under thunder read as an interpreter's: -403 ms)
    voiced[:n] &= ~_under_low_cut(audio, centres[:n], f0[:n])
    # a whistle -- a kettle's line over 1 kHz with nothing under it (:mod:`.whistles`) -- is periodic to the pitch
    # tracker but no voice at all, neither the line's nor another's heard without its fundamental (a line's end under a
    # kettle read as an interpreter's: "... this message." -30 -> -175 ms)
    voiced[:n] &= ~_whistling(audio, centres[:n])
    floors: dict[tuple[int, int], float] = {}  # one floor per octave: a voice's frames share a few
    for i in np.flatnonzero(voiced[:n]):
        lo = int(np.ceil(f0[i] / np.sqrt(2) / hz))
        hi = max(lo + 1, int(np.floor(f0[i] * np.sqrt(2) / hz)) + 1)
        if (lo, hi) not in floors:
            floors[lo, hi] = 10 * np.log10(np.percentile(cum_around[:, hi] - cum_around[:, lo], FLOOR_PERCENTILE)
                                           + 1e-12)
        over[i] = 10 * np.log10(cum[i, hi] - cum[i, lo] + 1e-12) - floors[lo, hi]
    return centres, f0, over


def _under_low_cut(audio: Audio, centres: np.ndarray, f0: np.ndarray) -> np.ndarray:
    """Which frames (centres, pitch) lie in a span whose lows the hearing took out with their fundamental under the
    cut's upper edge (:data:`.low_rumble.PASS_FROM`)."""
    inside = np.zeros(len(centres), bool)
    for a, b in audio.low_cut:
        inside |= (centres >= a) & (centres <= b)
    return inside & (f0 < PASS_FROM[1])


def _whistling(audio: Audio, centres: np.ndarray) -> np.ndarray:
    """Which frames (their centres, s, in order) are a whistle's (:func:`.whistles.whistle_frames`, read in its own
    windows, the one centred nearest each frame)."""
    if not len(centres):
        return np.zeros(0, bool)
    t0 = max(0.0, float(centres[0]) - WHISTLE_WINDOW / 2)
    whistle = whistle_frames(audio, t0, float(centres[-1]) + WHISTLE_WINDOW)
    at = np.clip(np.round((centres - WHISTLE_WINDOW / 2 - t0) / WHISTLE_HOP).astype(int), 0, len(whistle) - 1)
    return whistle[at] if len(whistle) else np.zeros(len(centres), bool)


def _background_pitch(audio: Audio, start: float, pitch: float) -> bool:
    """Whether the pause before a line (:data:`BACKGROUND_LOOK` s up to :data:`BACKGROUND_GAP` before ``start``) is
    periodic at ``pitch`` (within :data:`SAME_PITCH`, or an octave under or over it: the tracker's slips) in at least
    :data:`BACKGROUND_SHARE` of its frames: a machine firing at that rate, not a voice.

    ``ix_de_espeak_two_speakers_blower`` (j213): a leaf blower outside fires 130 times a second; after "... getragen."
    stopped at 134.5 Hz it read voiced at 131.1 Hz without a fundamental, within a semitone of the voice's last pitch,
    and :func:`_pitch_goes_on` took it for the line's own vowel (+85 -> +137 ms).  The pause before that line was voiced
    in every frame, two thirds of them at 130-131 Hz and the rest at half of it; the projector's fan that the Indonesian
    vowels sank under left its pauses unvoiced (0 of 50 frames)."""
    if start - BACKGROUND_GAP - BACKGROUND_LOOK < 0 or not pitch > 0:
        return False
    _, f0 = pitch_track(audio.samples, audio.sample_rate, start - BACKGROUND_GAP - BACKGROUND_LOOK,
                        start - BACKGROUND_GAP)
    if not len(f0):
        return False
    return float(np.count_nonzero(at_pitch(f0[~np.isnan(f0)], pitch))) >= BACKGROUND_SHARE * len(f0)


def at_pitch(pitches: np.ndarray, pitch: float) -> np.ndarray:
    """Which of the voiced frames' ``pitches`` (Hz) lie within :data:`SAME_PITCH` of ``pitch``, or an octave under or
    over it (the pitch tracker's slips to a subharmonic or the second harmonic)."""
    if not len(pitches):
        return np.zeros(0, bool)
    return np.min([np.abs(np.log2(pitches / pitch) - k) for k in (-1, 0, 1)], axis=0) <= SAME_PITCH


def _thin_runs(over: np.ndarray) -> list[tuple[int, int]]:
    """Runs [a, b) of voiced frames heard without their fundamental, at least HELD long."""
    thin = ~np.isnan(over) & (over < THIN_DB)
    held = max(1, int(round(HELD / HOP)))
    runs, a = [], None
    for i, t in enumerate(list(thin) + [False]):
        if t and a is None:
            a = i
        elif not t and a is not None:
            if i - a >= held:
                runs.append((a, i))
            a = None
    return runs


def _own(over: np.ndarray) -> np.ndarray:
    return ~np.isnan(over) & (over >= THIN_DB)


def _frames(seconds: float) -> int:
    return max(1, int(round(seconds / HOP)))


def _spoke_whole(over: np.ndarray) -> bool:
    """Whether own voiced frames (their fundamental over its floor, dB) carry it as a voice heard whole does."""
    return len(over) > 0 and float(np.median(over)) >= OWN_DB


def _carries_fundamental(over: np.ndarray) -> bool:
    """Whether a line's voice is heard whole: its own voiced frames (:func:`_own`) carry their fundamental as such a
    voice does (:data:`OWN_DB`), and they are most of its voiced frames (:data:`OWN_SHARE`)."""
    voiced = ~np.isnan(over)
    own = over[_own(over)]
    return (len(own) * HOP >= HELD and _spoke_whole(own)
            and len(own) >= OWN_SHARE * np.count_nonzero(voiced))


def _heard_whole(over: np.ndarray) -> bool:
    """Whether voiced frames (their fundamental over its floor, dB; NaN unvoiced) carry their fundamental in as many
    of them as a voice heard whole does (:data:`WHOLE_SHARE`): not only in the loudest, where a clipper made one."""
    voiced = ~np.isnan(over)
    return bool(voiced.any()) and float(np.mean(over[voiced] >= THIN_DB)) >= WHOLE_SHARE


def _read(audio: Audio, start: float, end: float) -> Optional[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The line [start, end]'s frames (centres, pitch, fundamental over floor), or None when its own voiced frames do
    not carry their fundamental (:data:`OWN_DB`): then nothing is known."""
    centres, f0, over = fundamental_over_floor(audio, start, end)
    if not len(centres) or not _carries_fundamental(over):
        return None
    return centres, f0, over


def _pitch_goes_on(f0: np.ndarray, last_own: int, run: tuple[int, int]) -> bool:
    """Whether a thin run (frames [a, b)) goes on with the line's own voice's pitch where it last spoke (frame
    ``last_own``): it begins within :data:`PITCH_GAP` frames of it, and every voiced frame of it lies within
    :data:`SAME_PITCH` of that pitch.

    Another voice does not take up the line's pitch where the line leaves it: an interpreter speaks its own contour
    under the line and is heard at its own pitch once the line stops.  A line's own last vowel fading over a low bed
    -- a projector's fan, 29 dB under the speech (``fy_id_espeak_two_speakers_projector``) -- sinks under the bed in
    its fundamental's octave first, while its harmonics still stand over it: its last 50-60 ms read thin, at the pitch
    its own frames had 10-30 ms before (145-150 Hz after 143 Hz; 84-86 Hz after 83 Hz), and both ends were cut there,
    -92 and -110 ms from right."""
    a, b = run
    if a - last_own > PITCH_GAP:
        return False
    pitches = f0[a:b][~np.isnan(f0[a:b])]
    return len(pitches) > 0 and bool(np.all(np.abs(np.log2(pitches / f0[last_own])) <= SAME_PITCH))


def thin_end(audio: Audio, env: Envelope, start: float, end: float,
             read: Optional[tuple[np.ndarray, np.ndarray]] = None) -> Optional[float]:
    """Where the line [start, end] should end (s) when the sound after its own voice's last voiced frame holds a run
    of voiced frames without their fundamental: the run's start, or where the sound fell quiet before it (the
    envelope under the line's threshold); None when there is none or the line's voice has no fundamental to go by.
    ``read``: :func:`_read`'s result for the line, if made already."""
    read = read or _read(audio, start, end)
    if read is None:
        return None
    centres, f0, over = read
    own = np.flatnonzero(_own(over))
    runs = [r for r in _thin_runs(over) if r[0] > own[-1]] if len(own) else []
    if not runs or not _spoke_whole(over[own[own < runs[0][0]][-_frames(LAST_SPOKE):]]):
        return None  # no other voice, or the line's voice was losing its fundamental before it (a falling pitch)
    if not _heard_whole(over[:runs[0][0]]):
        return None  # the line's own voice is thin too wherever it was not clipped: a channel without a fundamental
    if _pitch_goes_on(f0, own[own < runs[0][0]][-1], runs[0]) and not _background_pitch(audio, start, f0[runs[0][0]]):
        return None  # the line's own last sound, its fundamental sunk under a low bed before its harmonics
    at = float(centres[runs[0][0]] - WINDOW / 2)  # the window first reaching into the other voice
    last_own = float(centres[own[-1]])
    a, b = env.frame(last_own), env.frame(at)
    quiet = np.flatnonzero(env.db[a:b] < env.threshold(start, end))
    if len(quiet):
        at = min(at, last_own + float(quiet[0]) * HOP)
    return max(at, last_own)


def thin_start(audio: Audio, env: Envelope, start: float, end: float,
               read: Optional[tuple[np.ndarray, np.ndarray]] = None) -> Optional[float]:
    """Where the line [start, end] should start (s) when the sound before its own voice's first voiced frame holds a
    run of voiced frames without their fundamental: where that run ends, or where the sound rose again after it (the
    envelope back over the line's threshold); None otherwise (:func:`thin_end`'s mirror)."""
    read = read or _read(audio, start, end)
    if read is None:
        return None
    centres, _, over = read
    own = np.flatnonzero(_own(over))
    runs = [r for r in _thin_runs(over) if r[1] <= own[0]] if len(own) else []
    if not runs or not _spoke_whole(over[own[own >= runs[-1][1]][:_frames(LAST_SPOKE)]]):
        return None
    if not _heard_whole(over[runs[-1][1]:]):
        return None  # as in thin_end: the thin run is the line's own voice through a channel without a fundamental
    first_own = float(centres[own[0]])
    at = min(float(centres[runs[-1][1] - 1] + WINDOW / 2), first_own)  # the window last reaching into the other
    a, b = env.frame(at), env.frame(first_own)
    quiet = np.flatnonzero(env.db[a:b] < env.threshold(start, end))
    if len(quiet):  # the other voice fell quiet before the line's began: its start is where the quiet ends
        at = max(at, (a + float(quiet[-1]) + 1) * HOP)
    at = min(at, first_own)
    # the line's own unvoiced first consonant (no pitch, so never "own" above) may be said over the other voice's
    # last syllable: the start goes no later than where sound rises above the thin channel's top
    own_consonant = consonant_onset(audio, start, at, max(0.0, start - BEFORE_LOOK), start - BEFORE_SKIP, HIGHS_HZ)
    if own_consonant is None:
        return None  # the line's consonant begins at its start already: the thin voice before it is not in the line
    return min(at, own_consonant)


def move_off_thin_voices(items: list[Placed], audio: Audio, env: Envelope) -> int:
    """Each timed, heard line's end moved back off another voice heard without its fundamental, and its start
    forward off one (:func:`thin_end`, :func:`thin_start`); its edge words with it.  Not where the lines are keyed
    through a two-way radio (:func:`.squelch_tails.keyed_line_by_line`): its band passes no fundamental, and a line's
    own faded last syllable, whose fundamental the limiter's difference tones no longer put back, read as another
    voice -- ``tx_real_long_mix_wmv`` "Press 1 to enter a number." cut -57 -> -237 ms, "... press the pound key."
    -41 -> -228 ms, after :func:`.boundaries.follow_last_sounds` had ended them on the voice before the squelch tail.
    Returns how many edges moved."""
    lines = list(heard_lines(items))
    if keyed_line_by_line(env, audio, [(item.segment.start, item.segment.end) for item, _ in lines]):
        return 0  # through a two-way radio's band (300-3000 Hz) every voice is heard without its fundamental
    moved = 0
    for item, words in lines:
        s = item.segment
        read = _read(audio, s.start, s.end)
        if read is None:
            continue
        end = thin_end(audio, env, s.start, s.end, read)
        if end is not None and words[-1].start < end < s.end - HOP:
            log.debug("thin_voices %r: end %+.3f", s.text[-30:], end - s.end)
            s = with_end(s, end)
            moved += 1
        begin = thin_start(audio, env, s.start, s.end, read)
        # the first word keeps at least the length a word of its letters takes (:func:`.onset_starts.shortest_word`):
        # a start that would leave it less lies on another voice heard whole, not on the line's own
        if begin is not None and s.start + HOP < begin < words[0].end - shortest_word(words[0].text):
            log.debug("thin_voices %r: start %+.3f", s.text[:30], begin - s.start)
            s = with_start(s, begin)
            moved += 1
        item.segment = s
    return moved
