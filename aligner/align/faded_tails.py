"""Line ends that reach a sentence's faded last sound, over a noisy line (outside English).

On real speech over a telephone line with hum at 14-16 dB SNR, a sentence's last syllable fades 10-20 dB under its vowels ("mauvai-s", "appe-ler", "dièse"):
what is left stands only 7-12 dB over the pause's noise.  Whisper ends the last word at the
start of that fade, the phone pass (en-us phones mapped from another language) gives it to
silence, and the pause pass ends the line where the sound drops under a threshold set by the
speech's own range -- so lines ended 100-180 ms early on the dev telephone talks of real prompts
while their starts were right (``spoiledreal``: French ends -77 ms median, Spanish -99, starts -0/-17).  English has its own tail rules
in :mod:`.boundaries`; this runs only for other languages, after the pause pass.

What counts as sound here is judged against the pause itself, not the speech: the pause's
noise level is the median of the quieter half of the frames between the line's end and the next
start, and its own spread (how far its loud frames stand over that level: a steady hum barely
moves, a murmur moves several dB).  Frames that stand ``TAIL_OVER_NOISE`` over the level and
over the spread's upper edge, from the end on without a break longer than a stop's closure, are
the line's fading tail -- if they then fall back to the noise and stay there, well before the
next line starts (a tail, not a breath or the next voice running in).  Two limits keep it to what a
listener hears as the line: the tail is never more than ``UNDER_PEAK`` under the line's loudest frame
(on clean 8 kHz prompts at 35 dB SNR a fade runs on 20 ms further under that, unheard beside the
line), and nothing moves in a reverberant room (:func:`dry_room`), where the room's decay after the
voice stops looks, by its level, just like a faded syllable (dev espeak-ng talks with RT60 0.45 s:
ends +10 -> +72 ms when it was let through).

The tail is looked for in the whole band and in each octave, each against its own pause's noise: a faded
final /s/ or /z/, a lateral, lives in one octave, and under a background that fills other octaves (birdsong,
a baby, a cassette's hiss) the whole band cannot see it (real French under birdsong or a baby: "patience",
"dièse" ended 100-220 ms early; :func:`_octave_margins`).  A whistle (birdsong) is the pause's noise in every
reading: a chirp touching an end is no tail.

The pause's noise must be the noise the line was heard over (:func:`switched_down`).  Where the noise itself
drops in the pause -- a half-duplex speakerphone switching the microphone 22 dB down from mid-pause, a gate, noise
suppression -- the pause's quieter half is the switched-down noise, and the room's ordinary noise in the pause's
first half stands 20 dB over it, held and then stopped just as a faded syllable is: espeak-ng Polish under a fan
through a speakerphone (``hx_pl_espeak_duplex_creaks_wma1``, ``rd58_pl_espeak_duplex``) had right ends moved
0.2-0.3 s late onto that noise, every octave alike (j106).  So the frames standing well under the line's own
quietest sound are left out of the pause's noise (in every band: a switch is one gain over all of them), which is
then measured on the room's noise the line was heard over; a faded syllable stands over that noise, as before.

A faded syllable glides down, 1-2 dB a frame; a tail whose level jumps frame to frame as impacts do, against the
line's own frames (:func:`flickers`), is a background's -- a tumble dryer's drone through a wall, every other frame over
the bar, its breaks bridged as a closure's (``ny_eu_espeak_dryer``: a right end followed +273 ms onto it, j271).

The measuring (the pause's noise, following the tail over a closure's break) is :mod:`.after_end`'s, shared
with the two other rules on whether the sound after an end holds or falls; the decision is this module's.
"""

from __future__ import annotations

import logging
from typing import Optional

import numpy as np

from ..audio import Audio
from ..document import NOT_HEARD
from .activity import HOP, Envelope
from .after_end import OCTAVES, octave_levels, pause_noise, room_tail_from, runs_on
from .boundaries import with_end
from .placement import Placed
from .pulsed_sound import jumps_as_impacts
from .ticking_ends import end_before_ticks
from .whistles import SPLIT as WHISTLE_SPLIT
from .whistles import whistle_frames

log = logging.getLogger(__name__)

#: A tail frame stands this far (dB) over the pause's noise: over its level plus its own spread.
TAIL_OVER_NOISE = 6.0
#: ... and is no more than this (dB) under the line's loudest frame (sound further down is not heard as the line's).
UNDER_PEAK = 34.0
#: The tail may be broken by quiet no longer than this (s): a stop's closure before a last release.
TAIL_BREAK = 0.03
#: The end moves at most this far (s): a faded syllable, not a word.
TAIL_REACH = 0.3
#: After the tail the sound must stay at the noise this long (s) before the next line starts.
QUIET_AFTER = 0.15
#: A room is dry when its steepest falls (99th percentile of 10 ms falls from speech) reach this (dB) (:func:`dry_room`).
DRY_FALL_DB = 9.0
#: Frames this far (dB) over the stretch's floor are speech, for :func:`dry_room`.
SPEECH_OVER_FLOOR = 15.0
#: Over the whole band, the sound after a line's end rising this far (dB) over its level at the end is another sound
#: coming in, not the line's last sound fading (:func:`swells_after_end`; the mosquito rose 3.6 dB; the language sets'
#: other ends were run with it, benchmarks/README.md j213).
SWELL_DB = 3.0
#: The pause must be at least this long (s) to measure its noise from.
MIN_PAUSE = 0.25
#: The stretch after a line's end whose noise is read on its own as well (s, :func:`_bar`): twice the longest tail.
NEAR_END = 2 * TAIL_REACH


def follow_faded_tails(items: list[Placed], env: Envelope, t0: float, t1: float,
                       audio: Optional[Audio] = None) -> int:
    """Move each line end that cuts off its faded last sound to where that sound meets the noise; return how many.

    ``audio``: the tail is also read octave by octave (:func:`_octave_margins`): the end goes as far as the tail
    runs in any of them; and whistles (birdsong, :mod:`.whistles`) are the pause's noise, never a tail (a chirp
    touching a line's end stands over the whole band's bar as a faded sound would).  None: the whole band only,
    whistles and all."""
    if not dry_room(env, t0, t1):
        return 0
    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if not s.timed or NOT_HEARD in s.flags:
            continue
        nxt = next((it.segment.start for it in items[k + 1:] if it.segment.timed), t1)
        margins = _margins(env, audio, s.start, s.end, min(nxt, t1))
        if margins and swells_after_end(margins[0][1]):
            continue  # another sound coming in over the pause, not the line's last sound fading
        ends = [e for band, m in enumerate(margins) if (e := _tail_end(m, s.end, octave=band > 0)) is not None]
        end = _short_of_ticks(audio, s.start, max(ends, default=None), nxt)
        if end is not None and end - s.end >= HOP and not flickers(env, s.start, s.end, end):
            log.debug("faded tail %r: end %+.3f", s.text[-30:], end - s.end)
            item.segment = with_end(s, end)
            moved += 1
    return moved


def flickers(env: Envelope, start: float, end: float, tail_end: float) -> bool:
    """Whether the tail followed from the line [start, end] to ``tail_end`` jumps in level frame to frame as pulses or
    impacts do, against the line's own frames (:func:`.pulsed_sound.jumps_as_impacts`, the reading the quiet last
    sounds' rule gives a sound after a dip): a faded syllable glides down, 1-2 dB a frame.  A tumble dryer's drone
    through a wall flickered 5 dB a frame on median after espeak-ng's dead stop (the line's own frames 2.2), every
    other frame over the tail's bar -- bridged as a closure's breaks -- and ran on into the drum's thud: the right end
    of ``ny_eu_espeak_dryer`` "... ematen da." was followed onto it, +3 -> +273 ms."""
    return jumps_as_impacts(env, end, tail_end, own=(start, end))


def swells_after_end(over: np.ndarray) -> bool:
    """Whether the whole band's sound right after a line's end (``over``: per frame of the pause, how far it stands
    over the tail's bar, :func:`_margins`) rises, while it stays over the bar, more than :data:`SWELL_DB` over where
    it stood at the end.

    A faded last sound fades: over the whole band, where the line's loudest sound is its vowels, it only falls from
    the end on (a final /s/ or /l/ stands 10-20 dB under the vowel before it, and rises only in its own octave).  What
    rises after the end is another sound coming in over the pause: a mosquito circling in on the microphone as the
    line stopped (``fy_no_espeak_mosquito_zipper``: the voice fell 13 dB in 10 ms at its right end, then the whine rose
    3.6 dB over 70 ms and sank over 0.3 s, and "... den lille øya." was followed +190 ms onto it), or a murmur
    swelling.  Only the unbroken run from the end is read: a release after a stop's closure rises out of the closure's
    quiet, not over the end."""
    run = runs_on(over, 0, len(over), 0.0, bridge=0)
    return run > 0 and float(np.max(over[:run])) - float(over[0]) > SWELL_DB


def _short_of_ticks(audio: Optional[Audio], start: float, end: Optional[float], after: float) -> Optional[float]:
    """A tail end ``end`` (None: none) of a line starting at ``start``, taken back to where the voice's lasting
    sound stops when the tail it followed is ticks over a silence (:func:`.ticking_ends.end_before_ticks`, read up to
    ``after``, the next line's start): crickets chirping in a pause, a kettle's first bubbles.  A tick stands as far
    over the pause's noise as a faded syllable does, and ticks come within a stop's closure of each other, so the
    tail followed them; but a faded syllable lasts, and ticks are silence between clicks.  The edge rules had already
    taken such ends back off the ticks (real Spanish under crickets, ``ey_es_real_crickets``: "claves." and
    "exterior." ended -5 and +34 ms, then were followed +120 and +90 ms onto the chirps, to +115 and +124 ms)."""
    if end is None or audio is None:
        return end
    voice = end_before_ticks(audio, start, end, after)
    return end if voice is None else min(end, voice)


def _margins(env: Envelope, audio: Optional[Audio], start: float, end: float, next_start: float
             ) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per band a faded last sound may stand out in, per frame of the pause after a line (``end`` to
    ``next_start``): how far (dB) its sound stands over that band's bar (a frame is the line's tail when this is
    >= 0), as (the level the tail is followed on, the frames' own level): the whole band (both its frames'), and
    with ``audio`` each octave (:func:`_octave_margins`).  Empty when the pause is too short to measure its noise."""
    if next_start - end < MIN_PAUSE:
        return []
    a, b = env.frame(end), env.frame(next_start)
    if b - a < MIN_PAUSE / HOP:
        return []
    peak = float(env.db[env.frame(start):a].max(initial=-200.0))
    noise = ~switched_down(env.db[env.frame(start):a], env.db[a:b])
    if audio is None:
        whole = _over_bar(env.db[a:b], peak, noise)
        return [(whole, whole)]
    whistle = whistle_frames(audio, end, end + (b - a) * HOP)[:b - a]
    pause = env.db[a:b].copy()
    pause[np.flatnonzero(whistle)] = -np.inf  # a chirp touching the end is no tail of the line's
    whole = _over_bar(pause, peak, noise)
    return [(whole, whole)] + _octave_margins(audio, start, end, next_start, whistle, noise[:len(whistle)])


def switched_down(line: np.ndarray, pause: np.ndarray) -> np.ndarray:
    """Per frame of ``pause`` (the whole band's frames after a line), whether it stands TAIL_OVER_NOISE under the
    quietest frame of the line's second half (``line``: the line's frames) -- its words' gaps and closures, the noise
    its end was heard over: a noise switched down (a speakerphone, a gate), not the line's.  The line's second half
    only: a speakerphone switched down in the pause before the line holds its first syllable down too."""
    if len(line) < 2:
        return np.zeros(len(pause), dtype=bool)
    return pause < float(line[len(line) // 2:].min()) - TAIL_OVER_NOISE


def _over_bar(pause: np.ndarray, peak: float, noise: np.ndarray) -> np.ndarray:
    """How far (dB) each frame of ``pause`` (one band's levels) stands over the tail's bar (:func:`_bar`)."""
    return pause - _bar(pause, peak, noise)


def _bar(pause: np.ndarray, peak: float, noise: np.ndarray) -> float:
    """The level (dB) a tail frame reaches in one band: the pause's noise level plus its spread plus
    TAIL_OVER_NOISE, and no more than UNDER_PEAK under the line's loudest frame ``peak`` in that band.  The noise is
    measured on the frames ``noise`` marks (not switched down, :func:`switched_down`; on all where none is): however
    few, they are the noise the line was heard over (a switch 0.2 s after the end leaves 20 frames of it).

    In a long pause the noise is read twice, over the whole pause and over its first ``NEAR_END`` (twice the
    longest tail: whatever the tail, that stretch's quieter half is the noise after it), and the louder reading
    sets the bar, as :func:`.after_end.background_beside` takes the louder side of a line.  A background that
    swells and sinks (a murmur, 10-12 dB at 0.7 Hz) can stand 5-10 dB louder at the line's end than over the
    pause's quieter half, a second on; the swell hovered at that bar and sank under it as a faded syllable does,
    and was followed as the line's tail (real French under a murmur, ``dx_fr_real_clicks_aifc64``: two right ends
    carried +176 and +230 ms late).  A pause no longer than ``NEAR_END`` plus ``MIN_PAUSE`` has one reading (its
    first part is nearly all of it), and so does one with frames left out of that first part (a whistle's, a
    switched-down noise's): there the tail can fill its quieter half (birdsong: a faded /s/ read as the noise)."""
    finite = np.isfinite(pause)
    kept = finite & noise
    kept = kept if kept.any() else finite
    level, spread = pause_noise(pause[kept])
    near = int(round(NEAR_END / HOP))
    if len(pause) - near >= MIN_PAUSE / HOP and kept[:near].all():
        near_level, near_spread = pause_noise(pause[:near])
        if near_level + near_spread > level + spread:
            level, spread = near_level, near_spread
    return max(level + spread + TAIL_OVER_NOISE, peak - UNDER_PEAK)


def _octave_margins(audio: Audio, start: float, end: float, next_start: float, whistle: np.ndarray,
                    noise: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """:func:`_over_bar` octave by octave, over the frames of the pause after a line (``whistle``: per frame,
    whether it is a whistle; ``noise``: whether it is the noise the line was heard over, :func:`switched_down`).

    A faded last sound lives in one octave: a final /s/ or /z/ at 1-4 kHz, a lateral or a nasal under 1 kHz,
    5-20 dB over that octave's noise -- while over the whole band it lies under a background that fills
    other octaves (birdsong at 4-7 kHz, a cassette's hiss, a baby at 500-1000 Hz) and the whole band's bar
    stands over it (real French prompts under birdsong or a baby: "patience", "dièse" ended 100-220 ms early,
    the tail standing 10-20 dB over the pause in its own octave).  Each octave's bar is set by the pause's
    noise in that octave (:func:`.after_end.pause_noise`) on levels smoothed over three frames (one octave's
    20 ms windows of noise waver by several dB: unsmoothed, a noise frame over the bar right after the tail
    kept "patience" and "dièse" where they were); the tail ends at its last frame over the bar unsmoothed (smoothing carries
    a fall one frame on).  :func:`dry_room` judges the whole band, but
    low octaves ring on longest: an octave's "tail" that falls as a room's tail does, a straight line in dB down
    to the bar (:func:`.after_end.room_tail_from`), is the room's, not a faded sound, which holds and then stops
    (real Romanian, ``rd12_ro_tux_packet_loss``: the 100-500 Hz octave fell 12 dB in a line over 250 ms after a
    right end, which went 250 ms late).  A whistle (:mod:`.whistles`) is the pause's
    noise, never a tail, in the octaves above 1 kHz where it lives."""
    n = len(whistle)
    levels = octave_levels(audio, start, next_start)
    pause, line = levels.frames(end, next_start), levels.frames(start, end)
    if pause.stop - pause.start < n or line.stop <= line.start:
        return []
    smooth = np.apply_along_axis(lambda row: np.convolve(row, np.ones(3) / 3, mode="same"), 1, levels.db)
    out = []
    for band, (lo, _) in enumerate(OCTAVES):
        db = smooth[band, pause.start:pause.start + n].copy()
        raw = levels.db[band, pause.start:pause.start + n].copy()
        if lo >= WHISTLE_SPLIT:
            db[np.flatnonzero(whistle)] = raw[np.flatnonzero(whistle)] = -np.inf
        if np.isfinite(db).sum() >= MIN_PAUSE / HOP:
            bar = _bar(db, float(smooth[band, line].max()), noise)
            out.append((db - bar, raw - bar))
    return out


def _tail_end(margins: tuple[np.ndarray, np.ndarray], end: float, octave: bool = False):
    """Where the faded sound running on from ``end`` meets the pause's noise in one band, or None.  ``margins``:
    per frame of the pause, how far its sound stands over that band's bar, as followed and as each frame's own
    (:func:`_margins`); ``octave``: the band is one octave (:func:`_octave_margins`), not the whole band."""
    margin, own = margins
    reach = int(round(TAIL_REACH / HOP))
    if margin[0] < 0:
        return None  # the sound has already stopped where the line ends
    tail = runs_on(margin, 0, reach + int(round(TAIL_BREAK / HOP)) + 1, 0.0, bridge=int(round(TAIL_BREAK / HOP)))
    if tail > reach + 1:
        return None  # sound running on further than a faded syllable: a word, breath or echo
    after = margin[tail:tail + int(round(QUIET_AFTER / HOP))]
    if len(after) < QUIET_AFTER / HOP or (after >= 0).any():
        return None  # it does not fall back to the noise before the next line
    while tail > 0 and own[tail - 1] < 0:
        tail -= 1
    if tail == 0 or (octave and room_tail_from(margin, 0, tail) is not None):
        return None  # in one octave, a fall as a room's tail is the room's (or the line's sound decaying), not a tail
    return end + tail * HOP


def dry_room(env: Envelope, t0: float, t1: float) -> bool:
    """Whether sound in [t0, t1] dies away fast: not a reverberant room, whose decay would pass for a faded tail.

    In a room the reverberation takes over where the voice stops and decays at the room's own rate, so
    the steepest falls of the envelope are slow: the 99th percentile of the 10 ms falls from speech
    (frames ``SPEECH_OVER_FLOOR`` over the floor) was 7.1-8.2 dB on every reverberant case at hand
    (RT60 0.45 s dev talks in French and Swedish, the English festival and real reverb cases), and
    10.2-19.5 dB on dry ones (telephone lines, hum, murmur, GSM, pink room noise).
    """
    db = env.db[env.frame(t0):env.frame(t1)]
    if len(db) < 2:
        return False
    floor = float(np.percentile(db, 10))
    falls = -np.diff(db)[db[:-1] > floor + SPEECH_OVER_FLOOR]
    return len(falls) > 0 and float(np.percentile(falls, 99)) >= DRY_FALL_DB
