"""Sound after a line's end that is plainly not its last sound: a steady tone (a Morse key's note) and a flutter (a
snore), told from a voice's own sound, which glides in pitch and level."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.own_last_sound import others_from
from aligner.audio import Audio
from tests.test_pulsed_sound import _snore
from tests.test_steady_tones import RATE, _audio, _note, _vowel


def test_sound_after_a_snore_is_anothers_from_its_start_and_a_fading_voice_is_the_lines():
    rng = np.random.default_rng(4)
    audio = _audio(_vowel(0.5, 130.0), 0.3 * _snore(0.4, 45.0, rng), np.zeros(int(0.3 * RATE)), rng=rng)
    env = Envelope(audio)
    assert others_from(audio, env, 0.55, 0.85) == 0.55
    assert others_from(audio, env, 0.1, 0.45) is None


def test_a_join_is_not_carried_over_a_keyed_note_after_the_phone_pass_end():
    """joins_into_dips' end goes to a dip between two lines, never over a steady tone before it (a Morse dash filling
    the pause): the phone pass's end stays; with no tone there, the dip's end is kept."""
    from aligner.align.pauses import _before_others

    rng = np.random.default_rng(5)
    gap = np.zeros(int(0.1 * RATE))
    audio = _audio(_vowel(0.5, 130.0), 0.1 * _note(0.2, 620.0), gap, 0.1 * _note(0.2, 620.0), rng=rng)
    env = Envelope(audio)
    assert _before_others(audio, env, 0.5, 0.7) == 0.5
    quiet = _audio(_vowel(0.5, 130.0), np.zeros(int(0.5 * RATE)), rng=rng)
    assert _before_others(quiet, Envelope(quiet), 0.5, 0.7) == 0.7
    assert _before_others(None, env, 0.5, 0.7) == 0.7


def test_a_line_under_the_backgrounds_margin_at_its_end_is_no_longer_sounding():
    from aligner.align.own_last_sound import still_sounding

    level = np.array([30.0, 20.0, 8.0, 4.0, 24.0, 24.0])
    assert still_sounding(level, 2, 6.0)
    assert not still_sounding(level, 3, 6.0)  # fell under it: the 24 dB after is another's
    assert not still_sounding(level, 9, 6.0)  # nothing measured there


def _hiss_and_a_fading_buzz(rng: np.random.Generator, seconds: float, stop: float, fade: float,
                            power: int) -> tuple[np.ndarray, np.ndarray]:
    """The times and samples of ``seconds`` of a faint hiss with a 140 Hz voiced buzz from 0.3 s to ``stop`` whose last
    ``fade`` s fade out (its amplitude falling as that power of the time left)."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = rng.normal(size=len(t)) * 1e-4
    voice = (t >= 0.3) & (t < stop)
    x += voice * np.clip((stop - t) / fade, 0.0, 1.0) ** power * sum(0.1 / k * np.sin(2 * np.pi * 140 * k * t)
                                                                      for k in range(1, 4))
    return t, x


def _voice_then_a_honk() -> Audio:
    """0.3 s of a faint hiss, a 140 Hz voiced buzz to 1.0 s whose last 50 ms fade out, 30 ms of the hiss, a
    330 Hz honk to 1.3 s, then the hiss to 2.0 s (all in 100-500 Hz's octave, as iy_real_geese_vtt_vob's)."""
    rng = np.random.default_rng(5)
    t, x = _hiss_and_a_fading_buzz(rng, 2.0, 1.0, 0.05, 3)
    honk = (t >= 1.03) & (t < 1.3)
    x += honk * sum(0.05 / k * np.sin(2 * np.pi * 330 * k * t) for k in range(1, 3))
    return Audio.from_float(x.astype(np.float32))


def test_a_line_that_stopped_by_its_end_has_no_last_sound_to_follow():
    from aligner.align.last_sound import stopped_by_end

    audio = _voice_then_a_honk()
    env = Envelope(audio)
    assert stopped_by_end(audio, env, 0.3, 1.0, 0.0, 2.0)
    assert not stopped_by_end(audio, env, 0.3, 0.9, 0.0, 2.0)  # an end inside the voice


def _voice_then_a_whirr() -> Audio:
    """0.3 s of a faint hiss, a 140 Hz voiced buzz to 1.1 s, fading out from 1.0 s, 0.3 s of the hiss, then a motor's
    whirr -- noise in 100-500 Hz at the voice's own level there, as a slide projector's -- to 2.2 s, and the hiss to
    2.5 s (``fy_real_long_mix_mkv``'s "... main menu.", the phone pass's end inside the fade)."""
    rng = np.random.default_rng(6)
    t, x = _hiss_and_a_fading_buzz(rng, 2.5, 1.1, 0.1, 2)
    spectrum = np.fft.rfft(rng.normal(size=len(t)))
    freqs = np.fft.rfftfreq(len(t), 1 / RATE)
    spectrum[(freqs < 150) | (freqs > 450)] = 0
    whirr = np.fft.irfft(spectrum, len(t))
    whirr *= 0.07 / np.sqrt(np.mean(whirr ** 2))
    x += ((t >= 1.4) & (t < 2.2)) * whirr
    return Audio.from_float(x.astype(np.float32))


def test_a_sound_that_comes_into_the_pause_later_is_no_background_the_line_stopped_into():
    """A whirr that comes in 0.4 s after the end, after a quiet pause, read as the background, stood over the line's
    fading sound at its end and took the line for stopped (j241's reading; "... main menu." -12 -> -174 ms): the
    background is the pause's up to where another sound comes into it (j248).  The geese of the test above, honking
    from 30 ms after the end with no quiet before them, are still the background."""
    from aligner.align.last_sound import levels_beside_end, stopped_by_end
    from aligner.align.quiet_last_sounds import another_sound_from

    audio = _voice_then_a_whirr()
    env = Envelope(audio)
    came_in = another_sound_from(env, 1.0, 2.5)
    assert came_in is not None and 1.35 <= came_in <= 1.45
    _, whole = levels_beside_end(audio, 0.3, 1.0, 0.0, 2.5)
    _, quiet = levels_beside_end(audio, 0.3, 1.0, 0.0, 2.5, bed_until=came_in)
    assert whole[0] > quiet[0] + 20  # the whirr read as the background in its octave
    assert not stopped_by_end(audio, env, 0.3, 1.0, 0.0, 2.5)
    honk = _voice_then_a_honk()
    assert another_sound_from(Envelope(honk), 1.0, 2.0) is None
