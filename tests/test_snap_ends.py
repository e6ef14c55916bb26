"""An end snapped to where the sound stops is not put in a stop's closure before the last syllable
(aligner.align.activity.Envelope.snap_end, read by boundaries.snap_to_sound for lines the phone pass did not place).

The line is made here: two syllables of a voice, a stop's closure of 0.17 s (silence), a last syllable of 0.2 s, then
a pause: a real 8 kHz French "traité." ends so (``ey_fr_real_pour_ts``: the closure's fall, nearer Whisper's end of the
word than the line's own, was taken for the end, 0.36 s early)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.voice_edges import voiced
from aligner.audio import Audio
from synth import RATE, gliding_voice

VOICE, CLOSURE, LAST = (0.5, 1.6), 0.17, 0.2


def _line(closure: float, noise_after: bool = False) -> tuple[Audio, float, float]:
    """A room, the voice, a silent gap of ``closure`` s, the last syllable, 1.0 s of room; returns the audio, where the
    gap begins and where the line's sound stops.  ``noise_after``: what comes after the gap is a burst of noise as
    loud as the voice, not a syllable (a two-way radio's squelch tail after the key-up)."""
    rng = np.random.default_rng(5)
    gap_at = VOICE[1]
    end = gap_at + closure + LAST
    x = 0.0005 * rng.normal(size=int((end + 1.0) * RATE))
    for a, b in ((VOICE[0], gap_at), (gap_at + closure, end)):
        n = int(b * RATE) - int(a * RATE)
        burst = noise_after and a > gap_at
        x[int(a * RATE):int(b * RATE)] += 0.06 * rng.normal(size=n) if burst else gliding_voice(n, rng)
    return Audio("", (x * 32767).astype(np.int16), RATE), gap_at, end


def test_an_end_is_not_put_in_a_stops_closure_before_the_last_syllable():
    audio, gap_at, end = _line(CLOSURE)
    env = Envelope(audio)
    heard = end - 0.14  # Whisper's end of the word, inside its last syllable, nearer the closure than the end
    snapped = env.snap_end(heard, before=0.66, after=0.25, hi=audio.duration, thr=env.threshold(0.0, end))
    assert abs(snapped - end) <= 0.03, (snapped, end, gap_at)


def test_a_burst_of_noise_after_a_closure_long_dip_is_no_last_syllable():
    """A squelch tail 0.17 s after the voice stops comes back as loud as the voice but is noise: the end is where the
    voice stops (``tx_espeak_horn_ptt``'s "... morning." went 0.14 s early onto a dip inside its last word when the
    squelch counted as coming back).  The same burst with no voicing test is taken for the last syllable."""
    audio, gap_at, end = _line(CLOSURE, noise_after=True)
    env = Envelope(audio)
    thr = env.threshold(0.0, end)
    snapped = env.snap_end(gap_at + 0.03, before=0.66, after=0.25, hi=audio.duration, thr=thr,
                           voiced_sound=lambda a, b: voiced(audio, a, b))
    assert abs(snapped - gap_at) <= 0.03, (snapped, gap_at)
    blind = env.snap_end(gap_at + 0.03, before=0.66, after=0.25, hi=audio.duration, thr=thr)
    assert abs(blind - gap_at) > 0.03, blind


def test_a_voiced_last_syllable_after_a_closure_still_counts_with_the_voicing_test():
    audio, gap_at, end = _line(CLOSURE)
    env = Envelope(audio)
    snapped = env.snap_end(end - 0.14, before=0.66, after=0.25, hi=audio.duration, thr=env.threshold(0.0, end),
                           voiced_sound=lambda a, b: voiced(audio, a, b))
    assert abs(snapped - end) <= 0.03, (snapped, end, gap_at)


def test_a_line_that_stops_before_a_pause_ends_there():
    """A gap of 0.6 s is a pause, no closure: the end goes to where the sound before it stops."""
    audio, gap_at, end = _line(0.6)
    env = Envelope(audio)
    snapped = env.snap_end(gap_at + 0.1, before=0.3, after=0.25, hi=gap_at + 0.5, thr=env.threshold(0.0, end))
    assert abs(snapped - gap_at) <= 0.03, (snapped, gap_at)


def test_a_closure_a_background_holds_over_the_threshold_is_still_no_end():
    """An accordion 18 dB under the voice, playing from before the closure on, holds the closure's dip over the
    line's threshold (a threshold read from the floor of the whole line, the room before the music): the dip still
    falls far under the voice and the last syllable comes back, so the end is the line's, not the closure's
    (``ly_fr_real_accordion_bwf``'s "... être rappelé" ended in the /p/'s closure, 0.53 s early)."""
    audio, gap_at, end = _line(CLOSURE)
    t = np.arange(len(audio.samples)) / RATE
    reeds = sum(0.006 * np.sin(2 * np.pi * f * t) for f in (220.0, 277.0, 330.0))
    reeds[t < gap_at - 0.4] = 0.0
    x = audio.samples.astype(np.float64) + reeds * 32767
    audio = Audio("", x.astype(np.int16), RATE)
    env = Envelope(audio)
    thr = env.threshold(0.0, end)
    dip = env.db[env.frame(gap_at + 0.04):env.frame(gap_at + CLOSURE - 0.04)]
    assert dip.min() > thr, (dip.min(), thr)  # the case this is about: the dip never falls under the threshold
    snapped = env.snap_end(end - 0.14, before=0.66, after=0.25, hi=audio.duration, thr=thr,
                           voiced_sound=lambda a, b: voiced(audio, a, b))
    assert abs(snapped - end) <= 0.03, (snapped, end, gap_at)
