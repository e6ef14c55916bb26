"""A line's edge is carried over its own sound, not over a held tone or a train of pulses touching it (j227):
:func:`.boundaries.extend_to_sound` for starts, :func:`.boundaries.end_before_foreign_sounds` for the ends carried."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.boundaries import end_before_foreign_sounds, extend_to_sound
from aligner.align.placement import Placed
from aligner.audio import Audio
from aligner.document import Segment, Word

RATE = 16000


def _voice(seconds: float, pitch: float, amp: float, fall: float = 1.0) -> np.ndarray:
    """A voiced sound: 15 harmonics of ``pitch`` (each 1/k of the first), the pitch gliding to ``fall`` times itself."""
    n = int(seconds * RATE)
    f = pitch * np.linspace(1.0, fall, n)
    phase = 2 * np.pi * np.cumsum(f) / RATE
    x = sum(np.sin(k * phase) / k for k in range(1, 16))
    return (amp * x / np.max(np.abs(x))).astype(np.float32)


def _tone(seconds: float, hz: float, amp: float) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (amp * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def _croak(seconds: float, rate: float, carrier: float, amp: float) -> np.ndarray:
    """Pulses ``rate`` a second, each a ring at ``carrier`` Hz dying over a fifth of the gap (a frog's croak)."""
    out = np.zeros(int(seconds * RATE), np.float32)
    ring = np.arange(int(RATE / rate)) / RATE
    pulse = np.sin(2 * np.pi * carrier * ring) * np.exp(-ring / (0.2 / rate))
    for at in np.arange(0.0, seconds - 1.0 / rate, 1.0 / rate):
        i = int(at * RATE)
        out[i:i + len(pulse)] += (amp * pulse).astype(np.float32)
    return out


def _talk(*parts: tuple[float, np.ndarray]) -> Audio:
    """A quiet room 4 s long with each (start, sound) laid in it."""
    x = np.random.default_rng(11).normal(0, 0.0005, 4 * RATE).astype(np.float32)
    for at, sound in parts:
        i = int(at * RATE)
        x[i:i + len(sound)] += sound
    return Audio.from_float(x)


def _extended(audio: Audio, start: float = 0.3, end: float = 1.5, first: str = "Leave") -> Segment:
    """The line "``first`` a message." placed at [start, end] and carried by extend_to_sound (a "Next." after it)."""
    ours = Segment(f"{first} a message.", start, end,
                   words=(Word(first, start, 0.8, 0.9), Word("a", 0.8, 0.9, 0.9), Word("message.", 0.9, end, 0.9)))
    after = Segment("Next.", 3.0, 3.5, words=(Word("Next.", 3.0, 3.5, 0.9),))
    items = [Placed(ours, ("exact",) * 3), Placed(after, ("exact",))]
    extend_to_sound(items, audio, Envelope(audio), [True, True], 0.0, 4.0)
    end_before_foreign_sounds(items, audio, [end, after.end])  # as the edge rules run (boundaries.reach_last_sounds)
    return items[0].segment


def test_the_voices_own_fading_last_sound_is_still_followed():
    """The rule's own job: a last vowel fading at a falling pitch after the phone pass's end is the line's."""
    audio = _talk((0.3, _voice(1.2, 180.0, 0.2)), (1.5, _voice(0.12, 180.0, 0.03, fall=0.7)))
    assert abs(_extended(audio).end - 1.62) <= 0.02


def test_a_morse_tone_sounding_as_the_line_ends_does_not_carry_the_end():
    """``hy_real_long_mix_flv`` "... join the conference." +37 -> +199 ms: a ham radio's 551 Hz dash ran from the
    line's last syllable on for 0.16 s, and the end went to where the dash stopped."""
    audio = _talk((0.3, _voice(1.2, 180.0, 0.2)), (1.44, _tone(0.25, 600.0, 0.05)))
    assert abs(_extended(audio).end - 1.5) <= 0.015


def test_a_tone_before_the_first_word_does_not_carry_the_start():
    """``hy_real_morse_dashes`` "Press 5 ..." -9 -> -136 ms: a dash sounding up to the first word."""
    audio = _talk((0.15, _tone(0.16, 600.0, 0.05)), (0.3, _voice(1.2, 180.0, 0.2)))
    assert abs(_extended(audio).start - 0.3) <= 0.015


def test_a_croak_touching_the_end_does_not_carry_it():
    """``hy_real_frogs_plain_avi`` "... is now locked." -4 -> +123 ms: a frog's croak, pulses 75 a second ringing at
    530 Hz, began as the line's last sound stopped."""
    audio = _talk((0.3, _voice(1.2, 180.0, 0.2)), (1.49, _croak(0.2, 75.0, 530.0, 0.08)))
    assert abs(_extended(audio).end - 1.5) <= 0.015


def test_a_voice_going_on_under_a_croak_keeps_its_end_where_it_stops_filling_the_gaps():
    """``hy_real_frogs_snoring_dashes`` "... or 2 to reject it." +63 ms (the phone pass's -209): the line's last
    syllable ran on 0.15 s under a croak; the end goes to where the sound between the pulses falls to the silences',
    not back to the phone pass's end."""
    audio = _talk((0.3, _voice(1.3, 180.0, 0.2)), (1.5, _croak(0.3, 60.0, 900.0, 0.3)))
    assert abs(_extended(audio).end - 1.6) <= 0.03


def _murmur(seconds: float, pitch: float, amp: float, fall: float = 0.7) -> np.ndarray:
    """A voiced murmur (an /l/, a nasal): the fundamental and two weak harmonics, the pitch falling to ``fall``."""
    n = int(seconds * RATE)
    phase = 2 * np.pi * np.cumsum(pitch * np.linspace(1.0, fall, n)) / RATE
    x = np.sin(phase) + 0.3 * np.sin(2 * phase) + 0.1 * np.sin(3 * phase)
    return (amp * x / np.max(np.abs(x))).astype(np.float32)


def test_pulses_over_the_voices_last_murmur_do_not_take_the_end_back():
    """``ey_real_long_mix_ts`` "Or pound to cancel." -18 -> -128 ms (j227's cost; ``bx_fr_real_drill_webm`` "...
    étoile." -35 -> -185 under a road drill): a cricket's chirps, pulses 25 a second at 4.2 kHz, over the line's last
    /l/.  Pre-emphasised, the murmur under 500 Hz is lost between the pulses and read as silence; it is voiced at the
    line's own falling pitch, so the end stays where the murmur stops."""
    audio = _talk((0.3, _voice(1.2, 180.0, 0.2)), (1.5, _murmur(0.2, 180.0, 0.08)),
                  (1.4, _croak(0.36, 25.0, 4200.0, 0.04)))
    assert abs(_extended(audio).end - 1.7) <= 0.03
