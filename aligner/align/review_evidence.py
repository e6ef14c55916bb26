"""Evidence from the recording itself for the review queue: how much of speech's band the audio carries, and
whether the sound after an end falls away as a room's tail does or holds as a voice does.

A telephone prompt, a call recording or a file stored at 8 kHz has nothing
above 4 kHz.  The phone model is wideband: its /s/, /t/ bursts and final /f/ lie
mostly above 4 kHz, and what is left of them in such audio -- a hiss at 2-4 kHz,
25-30 dB under the vowels -- fits its silence better.  A sentence's last weak
sound is then given to the pause and the end comes out early, yet every word
fits well: confidence built on fits and pauses cannot see it
(:func:`.confidence.end_before_unheard_sound`).

On any audio, the same happens to a prompt's fading last sound under a bed
(murmur, hold music) or in a room: the phone pass ends the word where its loud
part ends and gives the weak rest to the pause.  Sound right after an end is
then no evidence by itself -- a room's reverberation or a breath follows right
ends too -- but how it falls is (:func:`sound_holds_after`).
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import HOP, VOICE_PERCENTILE, Envelope
from .after_end import LAST, last_and_after, octave_levels, pause_noise, whole_band

#: Speech's band above this (Hz) is what 8 kHz audio lacks; up to NARROW_TOP_HI, where 16 kHz audio ends.
NARROW_TOP = 4500.0
NARROW_TOP_HI = 7500.0
#: The band below the cut (Hz) it is compared with: where every recording carries speech.
SPEECH_LOW, SPEECH_HIGH = 300.0, 4000.0
#: Audio whose loud frames hold less than this (dB) above NARROW_TOP against SPEECH_LOW-SPEECH_HIGH is narrow-band.
#: Measured on the development cases: the 8 kHz telephone prompts -44 and -51 dB, the same prompts
#: stored at 16 kHz (G.722) -22 to -30 dB, synthetic and read speech at 16 kHz -5 to -38 dB.
NARROW_BAND_DB = -40.0
_FRAME = 512
#: The loudest share of frames measured (speech, not pauses), and at most this many of them (a long talk).
_LOUD_SHARE = 0.3
_MOST_FRAMES = 4000
_BLOCK = 4_000  #: frames measured at a time (about two minutes of audio: an 8 MB copy)


def high_band_db(audio: Audio, t0: float = 0.0, t1: float | None = None) -> float:
    """Power above NARROW_TOP against SPEECH_LOW-SPEECH_HIGH (dB) over the loudest frames of [t0, t1]."""
    x = audio.samples[audio.index(t0):len(audio.samples) if t1 is None else audio.index(t1)]
    n = len(x) // _FRAME
    if n < 4:
        return 0.0
    frames = x[:n * _FRAME].reshape(n, _FRAME)  # a view: an hour's float copy would be 460 MB
    energy = np.empty(n)
    for a in range(0, n, _BLOCK):
        block = frames[a:a + _BLOCK].astype(np.float32)
        energy[a:a + _BLOCK] = np.einsum("ij,ij->i", block, block)
    loud = np.flatnonzero(energy >= np.quantile(energy, 1.0 - _LOUD_SHARE))
    if len(loud) > _MOST_FRAMES:  # evenly spread over [t0, t1] (a long reading: a whole talk)
        loud = loud[np.linspace(0, len(loud) - 1, _MOST_FRAMES).astype(int)]
    chosen = frames[loud].astype(np.float64)
    spectrum = np.mean(np.abs(np.fft.rfft(chosen * np.hanning(_FRAME), axis=1)) ** 2, axis=0)
    freqs = np.fft.rfftfreq(_FRAME, 1.0 / audio.sample_rate)
    high = spectrum[(freqs >= NARROW_TOP) & (freqs < NARROW_TOP_HI)].sum()
    low = spectrum[(freqs >= SPEECH_LOW) & (freqs < SPEECH_HIGH)].sum()
    return float(10.0 * np.log10((high + 1e-20) / (low + 1e-20)))


def narrow_band(audio: Audio, t0: float = 0.0, t1: float | None = None) -> bool:
    """Whether the speech in [t0, t1] carries nothing above 4 kHz (recorded or stored at 8 kHz)."""
    return high_band_db(audio, t0, t1) < NARROW_BAND_DB


#: The band an end is heard in is read over the line's last END_BAND_SPAN s and the pause after it, up to
#: END_BAND_SPAN s (or the next line's start, when nearer).
END_BAND_SPAN = 1.0


def narrow_band_at_end(audio: Audio, start: float, end: float, after: float) -> bool:
    """Whether a line ending at ``end`` (starting at ``start``) ends in speech that carries nothing above 4 kHz:
    :func:`narrow_band` over its last END_BAND_SPAN s and the pause after it (up to ``after``, where the next
    line starts).

    The band is a property of where the end is heard, not of the talk: a video
    call's codec switches between wideband and a 300-3400 Hz telephone band
    every few seconds, inside lines as often as not, and a stretch of several
    lines that is wide anywhere reads wide over all of it (a narrow 5 s of a
    call -42.6 dB, under NARROW_BAND_DB; the 10 s stretch around it -28.5 dB).
    Read per stretch, the narrow-band doubt of
    :func:`.confidence.end_before_unheard_sound` missed the ends heard through
    the narrow band there.  A second holds 30 of the 512-sample frames, so the
    loudest share of them is still the line's voice, not the pause's noise.
    """
    return narrow_band(audio, max(start, end - END_BAND_SPAN), max(end, min(after, end + END_BAND_SPAN)))


#: The level HOLD_LOOK s after an end, against the line's last after_end.LAST s.
HOLD_LOOK = (0.05, 0.10)
#: Sound that falls less than this (dB) from the one to the other is still the voice, not a room's tail.
TAIL_FALL_DB = 8.0


def sound_holds_after(env: Envelope, end: float) -> bool:
    """Whether the level HOLD_LOOK s after ``end`` stands less than TAIL_FALL_DB under the line's last
    :data:`.after_end.LAST` s before it (whole band, :func:`.after_end.last_and_after`): the sound goes on as
    a voice, not as a room's tail.

    When a voice stops, what is left is the room: the level falls at once by the
    direct sound's share and then at the room's decay rate, so 50-100 ms later
    it is well under the word's last sound.  Measured over the development ends
    with sound right after them (no quiet pause, a pause of at least
    HISS_ROOM to the next sentence), 22 of the 26 within 100 ms (rooms of
    RT60 0.3-0.8 s, breaths, joins) fell 12-24 dB, the other 4 less (a tight
    join, a join of two recordings, slow spontaneous speech); the 26 more than
    100 ms early (a fading last syllable or a weak final /n/, /s/ or stop under
    murmur or hold music, in a room or dry) fell -21 to 8.9 dB.  The threshold was chosen on half of
    those cases (any value from 4 to 12 dB found the same far-off ends there).
    A room with a longer reverberation (RT60 over a second) would fall less and
    may be sent to review; such a hall would blur the end for a listener too.
    """
    levels = last_and_after(whole_band(env), end, HOLD_LOOK)
    if levels is None:
        return False
    last, later = levels
    return float(last[0] - later[0]) < TAIL_FALL_DB


#: Sound after an end whose spectrum's shape stands this far (dB, in some octave, the whole level's change taken out)
#: from the line's last sound's is another sound, not the line's voice holding on.
SHAPE_CHANGE_DB = 12.0


def another_sound_after(audio: Audio, end: float) -> bool:
    """Whether the sound HOLD_LOOK s after ``end`` has a spectrum of another shape than the line's last
    :data:`.after_end.LAST` s: in some octave (:data:`.after_end.OCTAVES`) its level changes by SHAPE_CHANGE_DB or
    more against the median change over the octaves.

    :func:`sound_holds_after` reads only the whole band's level: a level that does not fall is taken for the voice
    going on (a fading last syllable, a weak final nasal under a murmur).  A voice that goes on keeps its spectrum's
    shape for the next 50-100 ms -- the same vowel or nasal, a little weaker -- while a background sound as loud as
    the line's last sound does not: a key's touch tone, a crisp's crunch, a siren or a printer next door puts its
    energy in other octaves.  Measured over the ends the queue doubted for sound after the end and nothing else on
    the English sets aside21 .. aside36 (116 truth lines, run at b0e81de/5fce853): the 21 more than 100 ms off changed
    shape by 0.9-11.3 dB save five (14.0-26.5 dB, none of them more than 200 ms off); 52 of the 95 within 100 ms
    changed by more than 12 dB.  A choir or a second voice next door keeps a voice's shape and stays in doubt.
    """
    levels = last_and_after(octave_levels(audio, end - 2 * LAST, end + 2 * HOLD_LOOK[1]), end, HOLD_LOOK)
    if levels is None:
        return False
    change = levels[1] - levels[0]
    if not np.all(np.isfinite(change)):
        return False
    return float(np.max(np.abs(change - np.median(change)))) >= SHAPE_CHANGE_DB


def sound_stays_down_after(env: Envelope, end: float, look: tuple[float, float]) -> bool:
    """Whether the level stays at least TAIL_FALL_DB under the line's last :data:`.after_end.LAST` s in every
    HOLD_LOOK-long window from ``look[0]`` to ``look[1]`` s after ``end`` (whole band): the sound fell at once, as it
    does where a voice stops, and nothing came back up to the line's level -- :func:`sound_holds_after` read over a
    longer look, every window of it.  False where a window holds no frame."""
    width = HOLD_LOOK[1] - HOLD_LOOK[0]
    levels = whole_band(env)
    for a in np.arange(look[0], look[1] - width / 2, width):
        read = last_and_after(levels, end, (float(a), float(a) + width))
        if read is None or float(read[0][0] - read[1][0]) < TAIL_FALL_DB:
            return False
    return True


#: The pause after an end whose background is measured: from FLOOR_LOOK[0] s after the end (past the line's last
#: sound and a room's first tail) to FLOOR_LOOK[1] s, kept FLOOR_GAP s off the next line, at least FLOOR_MIN s long.
FLOOR_LOOK = (0.15, 1.0)
FLOOR_GAP = 0.05
FLOOR_MIN = 0.1
#: Sound HOLD_LOOK s after an end that stands at least this much (dB) over the background of the pause after it has
#: not stopped yet.  Of the development ends within 100 ms with sound holding after a quiet pause, 11 stood 10 dB or
#: more over it (up to 18.7: a breath, a hall's first tail), 6 of them 12 dB or more; the far-off ends found, 13.9-21.3.
OVER_FLOOR_DB = 12.0


def sound_over_pause_floor(env: Envelope, end: float, after: float) -> bool:
    """Whether the level HOLD_LOOK s after ``end`` stands at least OVER_FLOOR_DB over the background of the pause
    that follows (:func:`.after_end.pause_noise` of its FLOOR_LOOK stretch; ``after``: where the next line starts).

    A pause counts as quiet when it lies under the level that counts as sound
    around the line (:func:`.confidence.pauses_beside`): a level set by the talk,
    not by the pause.  In a hall whose voice and tail fill the joins between
    lines, that level lies 20-25 dB over the background of the pauses, and the
    last weak sound of a line -- a fading vowel, a final nasal -- lies under it:
    an end cut 0.2-0.5 s early on the loud part of the last word (in a hall, or at
    a tight join under a murmur) shows a "quiet pause" after it, and every word
    fits.  What the pause itself says is different: 50-100 ms after such an end
    the sound still stands 14-21 dB over the pause's own background, while after
    most right ends it is down to within a few dB of it (the median over the ends
    within 100 ms of the sixth aside set, ``rd7_*`` and ``rd13_*``: 1.7 dB).  Read
    only with :func:`sound_holds_after` (the sound does not fall away as a room's
    tail does), by :func:`.confidence.end_before_unheard_sound`.  Where the pause's
    background is as loud as the voice's tail (a gain control lifting the pauses,
    music, a buzz), it says nothing.
    """
    floor = pause_floor_after(env, end, after)
    if floor is None:
        return False
    levels = last_and_after(whole_band(env), end, HOLD_LOOK)
    if levels is None:
        return False
    return float(levels[1][0]) - floor >= OVER_FLOOR_DB


def pause_floor_after(env: Envelope, end: float, after: float) -> Optional[float]:
    """The background (dB, :func:`.after_end.pause_noise`) of the pause after ``end`` (:func:`pause_levels_after`);
    None when there is too little pause to measure."""
    levels = pause_levels_after(env, end, after)
    return None if levels is None else pause_noise(levels)[0]


def pause_levels_after(env: Envelope, end: float, after: float) -> Optional[np.ndarray]:
    """The 10 ms levels (dB) of the pause after ``end``: FLOOR_LOOK s after it, kept FLOOR_GAP s off the next line
    (``after``: where it starts); None when that leaves less than FLOOR_MIN s."""
    a, b = env.frame(end + FLOOR_LOOK[0]), env.frame(min(after - FLOOR_GAP, end + FLOOR_LOOK[1]))
    if b - a < round(FLOOR_MIN / HOP):
        return None
    return env.db[a:b]


#: A voice that stands less than this (dB) over the background in every octave -- its loud frames against the
#: pauses beside it -- loses the last 20-30 dB of its fading end under that background.
NOISE_DEPTH_DB = 20.0
#: A background whose level in the pauses swings by at least this much (dB, standard deviation of 10 ms
#: frames) is a babble, a murmur or music, not a steady hiss or hum.
BED_SWING_DB = 1.5
#: The pauses the background is measured in: up to BED_LOOK s before the start and after the end (from
#: BED_SKIP s after the end: the room's first tail), kept BED_GAP s off the neighbours, at least BED_MIN s long.
BED_LOOK = 0.8
BED_SKIP = 0.1
BED_GAP = 0.05
BED_MIN = 0.2


def bed_pauses(start: float, end: float, before: float, after: float) -> list[tuple[float, float]]:
    """The stretches of the pauses beside a segment spanning [start, end] whose background is read as a bed
    (``before`` / ``after``: the neighbours' nearer edges): up to BED_LOOK s each side, BED_GAP s clear of the
    neighbours and the line's start, BED_SKIP s past its end (its fade); only those BED_MIN s long or more."""
    lo = (max(before + BED_GAP, start - BED_LOOK), start - BED_GAP)
    hi = (end + BED_SKIP, min(after - BED_GAP, end + BED_LOOK))
    return [(a, b) for a, b in (lo, hi) if b - a >= BED_MIN - 1e-9]


def end_fades_into_noise(audio: Audio, env: Envelope, start: float, end: float, before: float,
                         after: float) -> bool:
    """Whether a segment spanning [start, end] ends in a background too loud and too unsteady to hear its end in:
    its voice stands less than NOISE_DEPTH_DB over the pauses beside it in every octave, and the level in
    those pauses swings by at least BED_SWING_DB (``before`` / ``after``: the neighbours' nearer edges).

    A sentence's last syllable fades over 20-30 dB.  Under babble or a murmur
    12-18 dB under the voice, the end of that fade lies under the background,
    whose own syllables and swells rise and fall by as much as what is left of
    it: no rule on the level can tell where the voice stopped, and the phone pass
    ends the word where its loud part ends.  Every word fits; the pause after
    the end is "quiet" against the level that counts as sound, and nothing else
    doubts the end.  Over the development talks (j35), 17 of the 30 segments
    more than 200 ms off that nothing flagged were ends 0.2-0.5 s early under
    babble (five streams at -10 to -14 dB) or a murmur, voice 15-20 dB over the
    background in its best octave.  A steady background (a room's hiss, 1.0-1.4
    dB of swing) lets the fade be followed down to it (extend_to_sound,
    last_sound): a recording under one at 15-18 dB had its ends within 50 ms.
    Music stands out of some octave's way (the voice's /s/ above it), so the
    best octave counts, not the broadband level.
    """
    depth = voice_over_bed(audio, start, end, before, after)
    if depth is None:
        return False
    swing = max(float(np.std(env.db[env.frame(a):env.frame(b)])) for a, b in bed_pauses(start, end, before, after))
    return depth < NOISE_DEPTH_DB and swing >= BED_SWING_DB


def voice_over_bed(audio: Audio, start: float, end: float, before: float, after: float,
                   since: Optional[float] = None) -> Optional[float]:
    """How far (dB) a segment spanning [start, end] stands over the background of the pauses beside it
    (:func:`bed_pauses`; ``before`` / ``after``: the neighbours' nearer edges) in its best octave: the loud frames
    (VOICE_PERCENTILE) of its voice from ``since`` (default: its start) to its end, against the louder of the
    two pauses' medians, octave by octave.  None where no pause beside it or too little of the line is left to
    read (a line shorter than BED_MIN).  :func:`end_fades_into_noise` reads the whole line;
    :mod:`.buried_ends` its last stretch."""
    pauses = bed_pauses(start, end, before, after)
    if not pauses or end - start < BED_MIN:
        return None
    t0, t1 = min(a for a, _ in pauses + [(start, end)]), max(b for _, b in pauses + [(start, end)])
    bands = octave_levels(audio, t0, t1)
    levels = bands.db
    spans = [bands.frames(a, b) for a, b in pauses]
    spans = [s for s in spans if s.stop - s.start >= 2]
    voice = bands.frames(start if since is None else max(start, since), end)
    if not spans or voice.stop - voice.start < 2:
        return None
    bed = np.max([np.median(levels[:, s], axis=1) for s in spans], axis=0)
    return float(np.max(np.percentile(levels[:, voice], VOICE_PERCENTILE, axis=1) - bed))
