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

The measuring (the pause's noise, following the tail over a closure's break) is :mod:`.after_end`'s, shared
with the two other rules on whether the sound after an end holds or falls; the decision is this module's.
"""

from __future__ import annotations

import logging

import numpy as np

from ..document import NOT_HEARD
from .activity import HOP, Envelope
from .after_end import pause_noise, runs_on
from .boundaries import with_end
from .placement import Placed

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
#: The pause must be at least this long (s) to measure its noise from.
MIN_PAUSE = 0.25


def follow_faded_tails(items: list[Placed], env: Envelope, t0: float, t1: float) -> int:
    """Move each line end that cuts off its faded last sound to where that sound meets the noise; return how many."""
    if not dry_room(env, t0, t1):
        return 0
    moved = 0
    for k, item in enumerate(items):
        s = item.segment
        if not s.timed or NOT_HEARD in s.flags:
            continue
        nxt = next((it.segment.start for it in items[k + 1:] if it.segment.timed), t1)
        peak = float(env.db[env.frame(s.start):env.frame(s.end)].max(initial=-200.0))
        end = _tail_end(env, s.end, min(nxt, t1), peak)
        if end is not None and end - s.end >= HOP:
            log.debug("faded tail %r: end %+.3f", s.text[-30:], end - s.end)
            item.segment = with_end(s, end)
            moved += 1
    return moved


def _tail_end(env: Envelope, end: float, next_start: float, peak: float):
    """Where the faded sound running on from ``end`` meets the pause's noise, or None."""
    if next_start - end < MIN_PAUSE:
        return None
    a, b = env.frame(end), env.frame(next_start)
    pause = env.db[a:b]
    if len(pause) < MIN_PAUSE / HOP:
        return None
    level, spread = pause_noise(pause)
    thr = max(level + spread + TAIL_OVER_NOISE, peak - UNDER_PEAK)
    reach = int(round(TAIL_REACH / HOP))
    if pause[0] < thr:
        return None  # the sound has already stopped where the line ends
    tail = runs_on(pause, 0, reach + int(round(TAIL_BREAK / HOP)) + 1, thr, bridge=int(round(TAIL_BREAK / HOP)))
    if tail > reach + 1:
        return None  # sound running on further than a faded syllable: a word, breath or echo
    after = pause[tail:tail + int(round(QUIET_AFTER / HOP))]
    if len(after) < QUIET_AFTER / HOP or (after >= thr).any():
        return None  # it does not fall back to the noise before the next line
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
