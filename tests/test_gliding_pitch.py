"""An end carried along voiced sound that is not the line's voice: its pitch stands well over the line's."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.carried_ends import end_carried_past_phones, pitch_carried_on, voice_followed
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_CARRIED_ON, Segment, Word

RATE = 16000
START, PHONE_END, END = 1.0, 2.4, 2.9  #: the line, where the phone pass ended it, where the rules carried its end


def _voiced(f0: np.ndarray) -> np.ndarray:
    """A vowel-like sound whose pitch follows ``f0`` (Hz per sample): eight harmonics, falling 6 dB an octave."""
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    x = sum(np.sin(h * phase) / h for h in range(1, 9))
    return x / np.sqrt(np.mean(x ** 2))


def _talk(after) -> Audio:
    """Faint noise; a line at 200 Hz falling to 150 Hz from START to PHONE_END, then ``after`` (Hz per sample, 0.5 s)
    at 10 dB under it: what the rules carried the end along."""
    rng = np.random.default_rng(5)
    x = 0.001 * rng.normal(size=int(4.5 * RATE))
    a, b = int(START * RATE), int(PHONE_END * RATE)
    x[a:b] += 0.2 * _voiced(np.linspace(200.0, 150.0, b - a))
    n = int(0.5 * RATE)
    x[b:b + n] += 0.06 * _voiced(after(np.arange(n) / RATE))
    return Audio.from_float(x.astype(np.float32))


def _rest(t):
    """The line's own voice going on, falling from 150 to 120 Hz (its rest, left to the pause by the phone pass)."""
    return 150.0 - 60.0 * t


def _high(t):
    """Another voiced sound held at 400 Hz: well over the line's own pitch (a bird, a second voice in the mix)."""
    return np.full_like(t, 400.0)


def _line() -> Placed:
    times = [(START, 1.4), (1.4, 1.9), (1.9, END)]
    words = tuple(Word(w, a, b, 1.0) for w, (a, b) in zip(["Is", "on", "phone"], times))
    return Placed(Segment("Is on phone.", START, END, words=words), ("exact",) * 3, (0.9,) * 3, phone_end=PHONE_END)


def test_an_end_carried_along_a_sound_well_over_the_lines_pitch_is_doubted_and_the_lines_rest_is_not():
    """j236: the rules after the phone pass carried "Press 1 to switch to record mode ..." 0.46 s on along a sound at
    1.6 times the prompt voice's pitch (``iy_real_long_mix_vob``, +717 ms at 0.98): periodic as a vowel is, so
    ``voice_followed`` took it for the line's rest.  The line's rest, gliding down, is still excused."""
    st = Stretch([0], 0.0, 4.5)
    for after, doubted in ((_rest, False), (_high, True)):
        audio = _talk(after)
        env = Envelope(audio)
        assert pitch_carried_on(audio, START, PHONE_END, END) != doubted
        assert voice_followed(audio, env, START, PHONE_END, END) != doubted
        assert end_carried_past_phones(_line(), audio, env) == doubted
        seg = finish_segment(_line(), *surroundings([_line()], 0, [], env, st, audio=audio, english=True))
        assert seg.has(END_CARRIED_ON) == doubted


def test_too_little_voiced_sound_after_the_phone_pass_says_nothing():
    """A carry along noise (no voiced frame) is left to ``voice_followed``'s periodicity, not read as another voice."""
    rng = np.random.default_rng(2)
    x = 0.001 * rng.normal(size=int(4.5 * RATE))
    a, b = int(START * RATE), int(PHONE_END * RATE)
    x[a:b] += 0.2 * _voiced(np.linspace(200.0, 150.0, b - a))
    x[b:b + int(0.5 * RATE)] += 0.06 * rng.normal(size=int(0.5 * RATE))
    assert pitch_carried_on(Audio.from_float(x.astype(np.float32)), START, PHONE_END, END)


def test_one_reading_of_the_lines_own_pitch_with_each_callers_bars():
    """j248 folded ``gliding_pitch.pitch_carried_on``'s and ``foreign_sounds.voice_sounds_on``'s pitch readings into
    :func:`.gliding_pitch.at_own_pitch`.  Under the carried-ends bars (voiced frames only, too few to read says yes)
    noise is no other voice; under the foreign-sounds bars (all frames) noise is not the voice sounding on.  The
    line's falling rest is at its pitch under both; a sound held at 400 Hz under neither."""
    from aligner.align.foreign_sounds import VOICE_ON, VOICE_PITCH
    from aligner.align.gliding_pitch import ABOVE_OWN, MIN_VOICED, OWN_SHARE, at_own_pitch

    def carried(audio):
        return at_own_pitch(audio, PHONE_END, END, 175.0, within=(0.0, ABOVE_OWN), share=OWN_SHARE, of_voiced=True,
                            fewest_voiced=MIN_VOICED)

    def sounding(audio):
        return at_own_pitch(audio, PHONE_END, END, 175.0, within=VOICE_PITCH, share=VOICE_ON)

    rest, high = _talk(_rest), _talk(_high)
    assert carried(rest) and sounding(rest)
    assert not carried(high) and not sounding(high)
    rng = np.random.default_rng(2)
    x = 0.001 * rng.normal(size=int(4.5 * RATE))
    x[int(PHONE_END * RATE):int((PHONE_END + 0.5) * RATE)] += 0.06 * rng.normal(size=int(0.5 * RATE))
    noise = Audio.from_float(x.astype(np.float32))
    assert carried(noise) and not sounding(noise)
    assert not at_own_pitch(noise, 5.0, 5.0, 175.0, within=VOICE_PITCH, share=VOICE_ON)  # nothing there to read
