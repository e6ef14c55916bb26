"""A steady tone an end was carried over -- a ham radio's Morse next door, a pigeon's coo -- is no voice fading.

Why this exists (issue 9, j231; the thirtieth aside set's real French and Spanish talks): a ham radio keying Morse
on a 550-850 Hz tone and a pigeon cooing on a 300-550 Hz fundamental, 15-21 dB under the speech, lay over three
line ends.  The phone pass ended them 26-60 ms early; :func:`.boundaries.extend_to_sound` then carried two of them on
over the tone as sound that runs on unbroken from the end ("... appuyez sur 3." -60 -> +78 ms on a Morse dash, "...
en la conferencia." -26 -> +109 ms on a coo's note), and :func:`.boundaries.follow_last_sounds` carried the third
(-32 -> +148 ms) along a coo that held the whole end.  :func:`.whistles.a_line` keeps such rules off a whistle, but
only above 1 kHz with next to nothing under it; these tones lie in the voice's own band.

A narrow line alone does not tell them: a telephone voice's last sound is often one line too (its harmonics fade first
and its fundamental is left): 0.8 and more of the band within two bins of one peak on 3-9 of 16 lines of the real
English talks of ``ey_*`` and ``gy_*`` (truth spans, their last 0.1 s). What tells them is where that line lies: a
voice fading ends on its fundamental, falling, at 0.55-0.77 times the line's median pitch on 92 of those 93 lines
(:func:`.another_voice.pitch_track`; one read 1.87); the Morse stood at 3.0 times it, the coos at 2.1-2.3. So where
the sound an end was carried over past the phone pass's end is, on median, one narrow line (:data:`LINE_SHARE`) at
:data:`OVER_PITCH` times the line's own pitch or more, the carry is taken back to where that tone took over from the
voice (never before the phone pass's end). It runs after every rule that carries an end (in :func:`.engine._refine`,
after :func:`.faded_tails.follow_faded_tails`, which carried two of them on again over the tone once the edge rules'
carry was taken back).

A frog's croak (pulses of a ring, spread over a few hundred Hz) is no narrow line; but its pulses come at the frog's
own rate, 30-90 a second, as steady as a struck bar's ring: a voice never holds its pitch from one 10 ms frame to the
next (:mod:`.held_tones`), so sound carried over that holds it is no voice either (a real Italian "... chiamata"
carried -22 -> +176 ms over a croak that began as the voice stopped, ``hy_it_real_frogs``; the voice's own last 0.2 s
held it on 3 of 328 lines of ``gy_*``/``fy_*`` espeak-ng/``ey_*``, truth spans -- on talks with drips, chimes or a
radiator's ticks).

A tone held after the phone pass's end is no sign the voice stopped there when it rang under the whole line and on
after it -- a music box's tines, an organ's pedal (``ky_*``, j243): the voice fell under it and went on.  So the end
goes back no further than where the line's voice, read in its own band (:mod:`.voice_under_tones`), stops; where
it goes on to the end carried, the carry stays.

Nor is a tone the sound an end was carried over when the carry is the line's own final hiss over a steady engine:
``my_real_motorbike_plain_ts`` "Has left the conference." (j260), the phone pass ended it on the nasal, 195 ms early;
:func:`.boundaries.follow_final_hisses` carried it over its /s/ (4-8 kHz over the pause, nothing over the pause under
2 kHz) to -18 ms; and this rule took it back to the phone pass's end, for the motorbike idling under the /s/ held its
pitch from frame to frame (:func:`.held_tones.pitch_held_from`) -- at the pause's own level, where it had been
through the whole line.  So the end goes back no further than where the line's final hiss, read as that rule reads it
(:func:`.final_hiss.hiss_end`, from the phone pass's end, in the pauses beside the line), sinks into the pause.
"""

from __future__ import annotations

import logging
from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from .activity import HOP
from .another_voice import median_pitch
from .boundaries import with_end
from .held_tones import pitch_held_from
from .placement import Placed
from .steady_tones import narrow_lines
from .voice_under_tones import voice_goes_on_until

log = logging.getLogger(__name__)

#: The analysis window (s) and FFT size: 40 ms resolves a voice's harmonics (at 16 kHz, 15.6 Hz bins).
WINDOW, NFFT = 0.04, 1024
#: A frame is one narrow line when this share of its sound over :data:`.whistles.LOW_BAND`'s foot (over a mains
#: hum's lowest harmonics) lies within LINE_BINS bins of its peak (:func:`.steady_tones.narrow_lines`): a steady tone
#: 0.9-0.99 (the Morse, the coos, alone over the room), a voice's loud frames 0.3-0.85 (10th-90th percentiles on the
#: thirtieth set's real talks), its last 0.1 s up to 0.99 where only its fundamental is left.
LINE_SHARE, LINE_BINS = 0.8, 2
#: A line at this many times the line's median pitch or more is no fundamental of its voice fading (0.55-0.77 on 92
#: of 93 of the real English lines measured; the Morse 3.0, the coos 2.1-2.3 times it).
OVER_PITCH = 1.5
#: Fewer frames than this between the phone pass's end and the end carried are too few to read.
LEAST_FRAMES = 3


def end_before_a_tone(audio: Audio, start: float, phone_end: float, end: float,
                      next_start: Optional[float] = None) -> Optional[float]:
    """Where the line [start, end], which the phone pass ended at ``phone_end``, gave way to a steady tone the end was
    carried over (see the module docstring), never before ``phone_end`` nor before the line's own voice, read in its
    own band, stops under the tone (:func:`.voice_under_tones.voice_goes_on_until`; the sound after the end read up
    to ``next_start``); or None: nothing carried, not over such a tone, or the voice goes on under it to ``end``."""
    if end - phone_end < LEAST_FRAMES * HOP:
        return None
    took_over = _line_over_the_pitch(audio, start, phone_end, end)
    if took_over is None:  # a croak's pulses, a coo read by its period: a pitch held from frame to frame
        took_over = pitch_held_from(audio.samples, audio.sample_rate, phone_end, end)
    if took_over is None:
        return None
    # a music box's tine, an organ's pedal ringing under the whole line: the voice fell under it, it did not stop
    voice = voice_goes_on_until(audio, phone_end, end, audio.duration if next_start is None else next_start)
    if voice is not None and voice >= end - HOP / 2:
        return None
    return max(phone_end, took_over, phone_end if voice is None else voice)


def _line_over_the_pitch(audio: Audio, start: float, phone_end: float, end: float) -> Optional[float]:
    """Where, after ``phone_end``, the sound carried to ``end`` became one narrow line at :data:`OVER_PITCH` times the
    line's own pitch or more, when it is that on median; else None."""
    lines = narrow_lines(audio, phone_end, end, WINDOW, NFFT, LINE_BINS, centred=True)
    if len(lines.share) < LEAST_FRAMES or float(np.median(lines.share)) < LINE_SHARE:
        return None
    pitch = median_pitch(audio, start, phone_end)
    tone = lines.tone(OVER_PITCH * pitch, LINE_SHARE) if pitch else np.zeros(len(lines.share), bool)
    if not tone.sum() * 2 > len(tone):  # the carried sound is no tone over the voice's pitch on median
        return None
    return phone_end + int(np.argmax(tone)) * HOP


def end_before_tones(items: list[Placed], audio: Audio, language: str = "en") -> int:
    """Each end the rules carried on past where the phone pass put it (``Placed.phone_end``; None where it did not
    place the line) over a steady tone no voice's fading fundamental -- a Morse key next door, a pigeon's coo -- back
    to where the tone took over (:func:`end_before_a_tone`), never before where the line's own final hiss sinks into
    the pause (:func:`_hiss_until`; ``language``: the talk's, whose last phones it reads).  Returns how many ends
    moved."""
    moved = 0
    for item, previous, following in zip(items, _previous_timed_ends(items), _next_timed_starts(items)):
        s = item.segment
        if item.phone_end is None or not s.timed:
            continue
        end = end_before_a_tone(audio, s.start, item.phone_end, s.end, following)
        if end is not None:
            end = max(end, _hiss_until(audio, s, item.phone_end, previous, following, language) or end)
        if end is not None and end < s.end - HOP / 2:
            log.debug("end_before_tones %r: end %+.3f", s.text[-30:], end - s.end)
            item.segment = with_end(s, end)
            moved += 1
    return moved


def _hiss_until(audio: Audio, s, phone_end: float, previous: Optional[float], following: Optional[float],
                language: str) -> Optional[float]:
    """Where the final hiss of the line ``s`` (a Segment), which the phone pass ended at ``phone_end``, sinks into the
    pause, read as :func:`.boundaries.follow_final_hisses` reads it, no further than the end carried (``s.end``);
    None where the line ends in no hiss that rises after ``phone_end``.  ``previous``/``following``: the previous
    timed line's end and the next one's start (None: the talk's edge)."""
    from .final_hiss import hiss_end

    before = 0.0 if previous is None else previous
    after = audio.duration if following is None else following
    hiss = hiss_end(audio, s.text, s.start, phone_end, before, after, s.end - phone_end, language)
    return None if hiss is None else min(hiss, s.end)


def _previous_timed_ends(items: Sequence[Placed]) -> list[Optional[float]]:
    """Each item's previous timed line's end (None before the first), in one pass."""
    ends: list[Optional[float]] = []
    previous = None
    for item in items:
        ends.append(previous)
        if item.segment.timed:
            previous = item.segment.end
    return ends


def _next_timed_starts(items: Sequence[Placed]) -> list[Optional[float]]:
    """Each item's next timed line's start (None after the last), in one pass from the end: the rule moves ends
    only, so the starts it reads stay as they are."""
    starts: list[Optional[float]] = []
    following = None
    for item in reversed(items):
        starts.append(following)
        if item.segment.timed:
            following = item.segment.start
    return starts[::-1]
