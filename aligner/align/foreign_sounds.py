"""Sound that runs on from a line's edge but is no voice: a held tone over the voice's pitch, a train of pulses.

Why this exists (issue 7, j227; the thirtieth aside set, ``hy_*``): :func:`.boundaries.extend_to_sound` carries a
phone-aligned edge to where the sound around it stops, when that sound is over its bar and unbroken.  It asked "is
there sound next to the edge", and under four new backgrounds the answer was another source's: a ham radio's Morse
tone (550-850 Hz) sounding as a line began or ended, a pigeon's coo (a fundamental of 300-550 Hz with two weak
harmonics) running through a line's last syllable, a frog's croak (pulses 30-90 a second, each a ring at 400-1500 Hz)
or a snore (noise under 800 Hz chopped 20-60 times a second) touching it.  Fifteen of the set's 39 English boundaries
more than 100 ms off were put there by that rule, ends 0.12-0.72 s late and starts 0.13-0.18 s early, where the phone
pass had most of them within 60 ms.

The question the rule should ask is whether the sound where its run stops is the line's own voice.  Two kinds of
sound it met differ from a voice in ways that hold for any source of the kind:

* **a held tone over the voice's pitch** (:meth:`.steady_tones.Lines.tone`).  A voice's frame spreads its energy
  over its harmonics; where one narrow line holds nearly all of it (:data:`LINE_SHARE`), that line is a fading
  voice's own fundamental -- its pitch falling at a line's end (0.6-0.9 times the line's median on the set's real
  prompts, 1.5 times a flite voice's where its second harmonic stood out) -- or another source's tone.  So a frame
  is a foreign tone where one line holds LINE_SHARE of its energy and lies over :data:`OVER_PITCH` times the line's
  own pitch (its median over the line).  The Morse tones and coos stood 1.85-4 times over.  A pigeon cooing at a
  child's pitch is not told by this.
* **a train of pulses** (:func:`.pulsed_sound.pulse_train`).  A croak or a snore's flutter swings its level at one
  steady rate, every cycle alike, as a drill's impacts do (:mod:`.impact_trains`) but faster: 20-90 a second.  Read
  in the same 5 ms windows at 2.5 ms steps, the level repeats a period later and swings against itself half a period
  later by :data:`.pulsed_sound.SWING_MIN` or more (1.4-1.7 over the frogs after and before the set's lines; 0.3-0.7
  over the voices' fading last sounds the rule followed rightly).  A voice's pitch pulses are that fast only on a
  low voice, and then its fundamental is there at the pulses' rate -- a croak's rings lie far over its rate with
  nothing at it (:data:`.pulsed_sound.AT_RATE_SHARE`) -- or, where a band took the lows away, the rate lies near the
  line's own pitch (:data:`UNDER_PITCH`).

An end is then carried only up to where a foreign tone took over from the voice, and over a pulse train only as far
as the voice fills the gaps between its pulses; a start only back to where a tone gave way to the voice, and not over
a pulse train at all (:func:`own_end`, :func:`own_start`).
"""

from __future__ import annotations

from typing import Optional

from ..audio import Audio
from .activity import HOP
from .gliding_pitch import at_own_pitch
from .impact_trains import STEP, step_levels, steps_to_silence
from .pulsed_sound import pulse_train
from .steady_tones import narrow_lines

#: One line within :data:`.whistles.LINE_BINS` of its peak holds at least this share of a frame's energy (over
#: :data:`.whistles.LOW_BAND`'s foot): a tone or a voice's bare fundamental.  A coo's second harmonic (a quarter of
#: its amplitude) leaves it 0.93; a voice's vowel with its harmonics up 0.3-0.7.
LINE_SHARE = 0.85
#: ... lying this many times over the line's own pitch (median over its voiced frames) or more: no fundamental of
#: the voice (see the module's docstring).
OVER_PITCH = 1.7
#: A foreign tone is believed when it holds at least this long (s).
TONE_HELD = 0.03
#: The pulse train is read over this much sound (s) where the run stops, at least: three of the slowest pulses.
PULSES_READ = 0.15
#: A voice's pitch pulses carry its fundamental at their rate (:data:`.pulsed_sound.AT_RATE_SHARE`), unless a band
#: took its lows away: so pulses at this share of the line's own pitch (its median) or more may be
#: its own pitch pulses, a line's pitch falling to 0.6-0.8 of its median at its end (``long_60min``: a 100 Hz voice's
#: last syllables read as a train at 80 a second with nothing at its rate, twelve ends taken back 26-154 ms).  The
#: set's frogs pulsed at 0.25-0.45 of the real prompts' pitch; an espeak voice at 100 Hz over a croak at 77 is left.
UNDER_PITCH = 0.5

#: A pulse train is read as the line's voice going on under other pulses where VOICE_ON of its frames are voiced
#: within VOICE_PITCH of the line's own median pitch: a line's pitch falls to 0.6-0.9 of it at its end (0.65-0.75
#: under the cricket and the drill, :func:`own_end`), while a croak reads at about its pulse rate, which
#: a foreign train's is under UNDER_PITCH of the line's pitch (``hy_it_real_frogs``: 71 Hz for pulses at 67 a second
#: under a 155 Hz voice) -- the lower bound stands a little over UNDER_PITCH.
VOICE_PITCH = (0.55, 1.5)
VOICE_ON = 0.5


def own_pitch(audio: Audio, start: float, end: float) -> Optional[float]:
    """The line's own pitch (Hz): the median over its voiced frames (:func:`.another_voice.median_pitch`); None where
    none is voiced."""
    from .another_voice import median_pitch  # another_voice reads the placed lines (boundaries): imported here

    return median_pitch(audio, start, end)


def foreign_pulse_train(audio: Audio, t0: float, t1: float, pitch: Optional[float]) -> Optional[float]:
    """The period (s) of a pulse train filling [t0, t1] (:func:`pulse_train`) whose pulses come slower than
    UNDER_PITCH times the line's ``pitch`` (faster ones may be its own pitch pulses), or None."""
    period = pulse_train(audio, t0, t1)
    if period is None or pitch is None or 1.0 / period < UNDER_PITCH * pitch:
        return period
    return None


def own_end(audio: Audio, edge: float, carried: float, pitch: Optional[float]) -> float:
    """How far an end at ``edge`` (the phone pass's) may be carried towards ``carried`` (where the sound around it
    stops): all the way when the sound that stops there is the voice's; to where a foreign tone took over when the
    sound stopping there is that tone; over a pulse train, to where the sound between the pulses falls to the
    silences' (a voice fills the gaps between a croak's pulses, the croak alone does not:
    :func:`.impact_trains.steps_to_silence`, as for a drill's impacts) -- unless the line's voice still sounds
    through the train: VOICE_ON of its frames voiced within VOICE_PITCH of the line's own pitch
    (:func:`.gliding_pitch.at_own_pitch`).  Never before ``edge``.

    Pulses swinging the pre-emphasised level do not tell what lies between them.  A cricket's chirps at 4 kHz
    (``ey_real_long_mix_ts``) or a road drill's thuds (``bx_fr_real_drill_webm``) over a line's last /l/ -- a murmur
    under 500 Hz that pre-emphasis takes 10-20 dB from -- read as a train with silence between its pulses, and the
    end went back to the phone pass's, 110-150 ms early (j227's cost).  The voice's murmur is voiced at its own
    pitch, falling at a line's end (0.6-0.7 of its median there); a croak alone reads unvoiced or at its pulse rate
    (under UNDER_PITCH of the line's pitch), a snore's flutter unvoiced.  Asked of ends only: before a start the
    voice has not begun, and a croak read an octave up (a train at 55 a second read at 111 Hz, 0.62 of a 180 Hz
    voice's pitch, ``hy_real_morse_dashes``) would carry a start 131 ms early."""
    if carried <= edge:
        return carried
    read = max(0.0, carried - PULSES_READ)
    period = foreign_pulse_train(audio, read, carried, pitch)
    if period is not None and not (pitch is not None and at_own_pitch(audio, read, carried, pitch, within=VOICE_PITCH,
                                                                      share=VOICE_ON)):
        return min(carried, edge + steps_to_silence(step_levels(audio, edge, carried), period) * STEP)
    if pitch is None:
        return carried
    tone = narrow_lines(audio, edge, carried).tone(OVER_PITCH * pitch, LINE_SHARE)
    k = len(tone)
    while k > 0 and tone[k - 1]:
        k -= 1
    if (len(tone) - k) * HOP < TONE_HELD:
        return carried
    return edge + k * HOP


def own_start(audio: Audio, edge: float, carried: float, pitch: Optional[float]) -> float:
    """:func:`own_end` for a start at ``edge`` carried back to ``carried``: to where a foreign tone gave way to the
    voice, not at all over a pulse train (a voice's onset rises out of the quiet; what fills the gaps before it is
    not known)."""
    if carried >= edge:
        return carried
    if foreign_pulse_train(audio, carried, carried + PULSES_READ, pitch) is not None:
        return edge
    if pitch is None:
        return carried
    tone = narrow_lines(audio, carried, edge).tone(OVER_PITCH * pitch, LINE_SHARE)
    k = 0
    while k < len(tone) and tone[k]:
        k += 1
    if k * HOP < TONE_HELD:
        return carried
    return min(edge, carried + k * HOP)
