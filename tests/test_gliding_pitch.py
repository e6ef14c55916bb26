"""An end carried along voiced sound that is not the line's voice: its pitch jumps, or stands well over the line's."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.carried_ends import end_carried_past_phones, voice_followed
from aligner.align.another_voice import pitch_track
from aligner.align.gliding_pitch import JUMPY_SHARE, jump_share, pitch_carried_on
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


def _honks(t):
    """Another voiced sound: its pitch jumping every 30 ms between 170, 420 and 260 Hz (a goose's honks)."""
    return np.array([170.0, 420.0, 260.0])[(t / 0.03).astype(int) % 3]


def _high(t):
    """Another voiced sound held at 400 Hz: well over the line's own pitch (a bird, a second voice in the mix)."""
    return np.full_like(t, 400.0)


def _line() -> Placed:
    times = [(START, 1.4), (1.4, 1.9), (1.9, END)]
    words = tuple(Word(w, a, b, 1.0) for w, (a, b) in zip(["Is", "on", "phone"], times))
    return Placed(Segment("Is on phone.", START, END, words=words), ("exact",) * 3, (0.9,) * 3, phone_end=PHONE_END)


def test_an_end_carried_along_a_voice_whose_pitch_jumps_or_stands_high_is_doubted_and_the_lines_rest_is_not():
    """j236: the rules after the phone pass carried "Is on the phone." 0.3 s on over a goose's honks
    (``iy_real_geese_vtt_vob``, +318 ms at confidence 1.00), and "Press 1 to switch to record mode ..." 0.46 s on along
    a sound at 1.6 times the prompt voice's pitch (``iy_real_long_mix_vob``, +717 ms at 0.98): both periodic as a
    vowel is, so ``voice_followed`` took them for the line's rest.  The line's rest, gliding down, is still excused."""
    st = Stretch([0], 0.0, 4.5)
    for after, doubted in ((_rest, False), (_honks, True), (_high, True)):
        audio = _talk(after)
        env = Envelope(audio)
        _, f0 = pitch_track(audio.samples, RATE, PHONE_END, END)
        # the honks are told by their jumps, the held high sound by its pitch alone
        assert (jump_share(f0) >= JUMPY_SHARE) == (after is _honks)
        assert pitch_carried_on(audio, START, PHONE_END, END) != doubted
        assert voice_followed(audio, env, START, PHONE_END, END) != doubted
        assert end_carried_past_phones(_line(), audio, env) == doubted
        seg = finish_segment(_line(), *surroundings([_line()], 0, [], env, st, audio=audio, english=True))
        assert seg.has(END_CARRIED_ON) == doubted


def test_a_jump_share_needs_voiced_frames_and_takes_no_octave_slip_for_a_jump():
    assert jump_share(np.array([200.0, np.nan, 400.0, np.nan, 150.0])) is None
    assert jump_share(np.array([200.0, 100.0, 200.0, 400.0, 200.0, 100.0, 200.0])) == 0.0
    assert jump_share(np.array([200.0, 198.0, 300.0, 296.0, 200.0, 197.0, 195.0])) == 2 / 6
