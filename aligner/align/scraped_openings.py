"""A line's start put on another source's noise before its voice -- a knife's stroke scraping toast -- moved to where
the voice begins.

Someone scraping burnt toast between the lines (``vy_*``, the forty-third set's look) leaves strokes of broadband
noise 0.1-0.15 s long in the pauses, each out of the room's quiet at once.  The phone pass stretched a line's first
word back over one or two of them (or over the quiet before them): "- Press 1 to send this message ..." began 0.57 s,
"- Press 3 to hear the message envelope." 0.58 s, "- The head nurse ..." 0.26 s before the voice, a pause of 0.1 s
and more at the room's floor between the last stroke and the voice.  No rule moved them: the thud rule
(:mod:`.low_thuds`) reads sounds that are all low, a stroke sounds in every octave.

A word's opening may be separated from its voice by a dip -- the hiss of "Stop" before the /t/'s closure -- but not
by a pause, and not as such noise: the stroke is read as :func:`.scraped_noise.another_sources_noise` reads noise come
back after a line's end (it jumps in, unvoiced and no hiss), and longer than a stop's burst.  A breath before the
line is moved off as well: it is no more the line's than the stroke.

A sound as short as a stop's burst is moved off only as a click with the room alone after it
(:func:`.scraped_noise.a_click_before_quiet`): a word's first stop is followed within its voice-onset time by its
aspiration or its voice, over the room's floor, even where that lies under the line's bar.  Written for a pen clicked
before the lines (``xy_*``, the forty-fifth set's look), where the phone pass began "Press 0 for help." on the press's
snap 185 ms before the voice and a festival line 220 ms before it -- and it moves neither: that press and its release
lie six frames apart, no more than :data:`PAUSE_MIN` (a Russian "Что-то"'s closure lies there: allowing it moved two
true starts 118-156 ms late), and the festival line's murmur swells 6-9 dB over its floor before the voice.  Over
5,647 true starts set 100 ms early it moves 18, none further from its truth; at the truth none.
"""

from __future__ import annotations

import logging
from typing import Optional

from ..audio import Audio
from ..document import NOT_HEARD
from .activity import HOP, Envelope
from .boundaries import RELEASE_MAX, spoken_indices, with_start
from .placement import Placed
from .scraped_noise import a_click_before_quiet, another_sources_noise

log = logging.getLogger(__name__)

#: The quiet between the noise and the voice lasts at least this long (s): a pause, longer than the gap a word's
#: opening hiss leaves before its closure is released; the strokes' were 0.1-0.6 s.
PAUSE_MIN = 0.06
#: A sound no longer than this (s) over the line's bar is moved off only as a click: a word's first stop's release, a
#: burst and its breath (:data:`.boundaries.RELEASE_MAX`, and a frame a run of frames may overstate it by), whose
#: weaker breath may lie under the bar as long as a pause before the vowel rises; a Russian "Что-то"'s /ʃ/ over an
#: 8 kHz line (its power on 1-4 kHz, read as no hiss) before the /t/'s closure, 70-80 ms.  The strokes stood over it
#: 0.06-0.15 s.
BURST_MAX = RELEASE_MAX + HOP
#: A click begins no further than this (s) before the start put on it: a start put 30 ms into a flite voice's weak
#: "The" (``py_flite_toothbrush_plain``), the /k/'s closure after it at the room's floor, is inside a word.
CLICK_BEFORE = 2 * HOP
#: Dips up to this long (s) inside one sound are bridged (a stroke's grit, a pitch period), as
#: :func:`.boundaries.extend_to_sound` bridges them.
BRIDGE = 0.02


def starts_after_scrapes(items: list[Placed], audio: Audio, env: Envelope) -> int:
    """Each timed, heard line whose start was put on another source's noise before its voice
    (:func:`start_after_noise`) starts where its voice does.  Returns how many moved."""
    moved = 0
    for item in items:
        s = item.segment
        if not s.timed or NOT_HEARD in s.flags:
            continue
        spoken = spoken_indices(s)
        first_word_end = s.words[spoken[0]].end if spoken else s.end
        start = start_after_noise(audio, env, s.start, first_word_end, env.threshold(s.start, s.end, frac=0.3))
        if start is not None:
            log.debug("starts_after_scrapes %r: start %+.3f", s.text[:30], start - s.start)
            item.segment = with_start(s, start)
            moved += 1
    return moved


def start_after_noise(audio: Audio, env: Envelope, start: float, first_word_end: float,
                      thr: float) -> Optional[float]:
    """Where the sound after the last of the noises from ``start`` on begins, each noise another source's
    (:func:`.scraped_noise.another_sources_noise`) longer than a stop's burst (:data:`BURST_MAX`), or a click no longer
    than that with the room alone after it (:func:`.scraped_noise.a_click_before_quiet`), and a pause
    (:data:`PAUSE_MIN`) before the next sound, which begins before the line's first word ends; None where the first
    sound is no such noise.
    ``thr``: what counts as sound (the line's bar, as :func:`.boundaries.extend_to_sound` reads it)."""
    runs = env.voiced_runs(start - HOP, first_word_end, thr, bridge=BRIDGE, min_len=0.0)
    runs = [(a, b) for a, b in runs if b > start]
    new = None
    for (a, b), (c, _) in zip(runs, runs[1:]):
        if c - b < PAUSE_MIN:
            break
        if b - max(a, start) <= BURST_MAX:  # a burst: the word's first stop's, or a click with the room after it,
            # whole after the start (one begun before it is a sound the phone pass began the line inside: a word's)
            if a < start - CLICK_BEFORE or not a_click_before_quiet(audio, env, a, b, c):
                break
        elif not another_sources_noise(audio, env, max(a, start), b):
            break
        new = c + HOP / 2
    return new
