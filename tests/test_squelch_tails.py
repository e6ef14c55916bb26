"""A two-way radio's squelch tail after a line is part of the pause: the pause pass ends a line where its voice stops,
not where the tail does, and begins the next on its voice, not on the tail; a room's noise burst with the same floor
after it as before, a steady vowel, and speech with digital silence between lines keep their runs."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.pauses import BRIDGE, snap_to_pauses, sound_and_pauses
from aligner.align.squelch_tails import squelched, tail_start, tails_after_voices, without_squelch_tails
from aligner.audio import Audio
from placing import placed_over
from synth import espeak_available, speak

RATE = 16000

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")


def _vowel(seconds: float, f0: float = 140.0) -> np.ndarray:
    """A voiced sound with syllables: harmonics of ``f0`` up to 3 kHz, its level swinging at 4 Hz, fading out over
    its last 60 ms as a voice does."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, int(3000 / f0)))
    x = x * (0.55 + 0.45 * np.cos(2 * np.pi * 4 * t))
    fade = int(0.06 * RATE)
    x[-fade:] *= np.linspace(1.0, 0.0, fade) ** 3
    return x.astype(np.float32)


def _rms(x: np.ndarray, level: float) -> np.ndarray:
    return x * (level / np.sqrt(np.mean(x ** 2)))


def _noise(seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
    x = rng.normal(0, 1, int(seconds * RATE))
    return _rms(x, level).astype(np.float32)


def _radio(lines: list[np.ndarray], rng: np.random.Generator, beep: bool = False, closes: bool = True,
           tail_after: float = 0.15, smear: float = 0.0
           ) -> tuple[Audio, list[tuple[float, float]], list[tuple[float, float]]]:
    """Each line as an over: keyed 0.25 s before it (the channel's hiss, 27 dB under the voice), the hiss
    ``tail_after`` s after it, a roger beep (``beep``), a squelch tail (0.15 s of noise at the voice's level), then
    the squelched receiver (45 dB under the voice), 0.8 s; with ``closes`` False the room's noise after the burst is
    the hiss's (no receiver: a burst in a room).  ``smear``: the cut as a lossy codec leaves it, a noise falling
    from 6 dB under the hiss to the receiver's floor over this long (s) after the tail.  Returns the audio, the
    lines' spans and the tails' spans."""
    voice = 0.1
    hiss = voice * 10 ** (-27 / 20)
    quiet = voice * 10 ** (-45 / 20) if closes else hiss
    parts, spans, tails = [_noise(0.6, quiet, rng)], [], []
    at = 0.6
    for x in lines:
        x = _rms(x, voice)
        parts.append(_noise(0.25, hiss, rng))
        at += 0.25
        over = x + _noise(len(x) / RATE, hiss, rng)
        parts.append(over)
        spans.append((at, at + len(x) / RATE))
        at += len(x) / RATE
        parts.append(_noise(tail_after, hiss, rng))
        at += tail_after
        t0 = at
        if beep:
            t = np.arange(int(0.12 * RATE)) / RATE
            parts.append((np.sin(2 * np.pi * 1200 * t) * voice * 0.5 * np.sqrt(2)).astype(np.float32))
            at += 0.12
        parts.append(_noise(0.15, voice, rng))
        at += 0.15
        tails.append((t0, at))
        rest = _noise(0.8, quiet, rng)
        if smear:
            n = int(smear * RATE)
            fall = np.exp(np.linspace(np.log(hiss * 10 ** (-6 / 20)), np.log(quiet), n))
            rest[:n] += (_noise(smear, 1.0, rng) * fall).astype(np.float32)
        parts.append(rest)
        at += 0.8
    return Audio.from_float(np.concatenate(parts)), spans, tails


def test_a_squelch_tail_and_the_overs_hiss_before_it_come_off_the_lines_run():
    rng = np.random.default_rng(1)
    audio, spans, tails = _radio([_vowel(1.2), _vowel(0.9)], rng, tail_after=0.08)
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=BRIDGE)
    # the envelope takes the hiss and the tail for the line's sound: its runs stop where the tails do
    assert [round(b, 1) for a, b in runs] == [round(b, 1) for a, b in tails]
    out = without_squelch_tails(env, runs)
    assert len(out) == len(spans)
    for (a, b), (sa, sb) in zip(out, spans):
        assert abs(b - sb) <= 0.06, (b, sb)  # the vowel's last 60 ms fade into the hiss
        assert a <= sa + 0.02


def test_a_tail_after_a_roger_beep_and_a_tail_alone_in_its_run_are_pause():
    rng = np.random.default_rng(2)
    audio, spans, tails = _radio([_vowel(1.0), _vowel(1.1)], rng, beep=True, tail_after=0.2)
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=BRIDGE)
    assert any(tail_start(env, a, b) for a, b in runs)
    out = without_squelch_tails(env, runs)
    ends = [b for a, b in out]
    for sa, sb in spans:
        assert any(abs(b - sb) <= 0.06 for b in ends), (ends, sb)
    for ta, tb in tails:  # nothing of the beep or the tail is sound
        assert not any(a < tb - 0.02 and b > ta + 0.02 for a, b in out), (out, ta, tb)


def test_a_burst_with_the_same_noise_after_it_as_before_is_no_squelch_tail():
    """A steady burst cut off, but with the room's noise after it as before: no receiver closed."""
    rng = np.random.default_rng(3)
    audio, spans, tails = _radio([_vowel(1.2), _vowel(0.9)], rng, closes=False, tail_after=0.08)
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=BRIDGE)
    assert without_squelch_tails(env, runs) == runs


def test_a_steady_vowel_cut_into_digital_silence_is_no_squelch_tail():
    """A held vowel (steady) cut off into a floor of exactly zero, with the same zero before the line: the floor
    after it is not under the floor before it, the vowel stays the line's."""
    t = np.arange(int(0.3 * RATE)) / RATE
    held = sum(np.sin(2 * np.pi * 150 * k * t) / k for k in range(1, 20)).astype(np.float32)
    y = np.concatenate([np.zeros(RATE // 2, np.float32), _rms(_vowel(0.8), 0.1), _rms(held, 0.1),
                        np.zeros(RATE // 2, np.float32)])
    audio = Audio.from_float(y)
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=BRIDGE)
    assert without_squelch_tails(env, runs) == runs


@needs_espeak
def test_speech_with_digital_silence_between_lines_keeps_its_runs():
    lines = ["The committee met on Tuesday.", "Nobody expected the results so soon.", "Thank you all for coming."]
    y = np.concatenate([np.concatenate([np.zeros(int(0.7 * RATE), np.float32), _rms(speak(t), 0.1)])
                        for t in lines] + [np.zeros(int(0.7 * RATE), np.float32)])
    audio = Audio.from_float(y)
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=BRIDGE)
    assert without_squelch_tails(env, runs) == runs


@needs_espeak
def test_the_pause_pass_ends_lines_on_the_voice_and_starts_them_on_it_not_on_the_squelch_tail():
    lines = ["The committee met on Tuesday.", "Nobody expected the results so soon.", "Thank you all for coming."]
    rng = np.random.default_rng(5)
    audio, spans, tails = _radio([speak(t) for t in lines], rng, tail_after=0.12)
    env = Envelope(audio)
    items = [placed_over(text, a + 0.05, b - 0.05, how="substituted") for text, (a, b) in zip(lines, spans)]
    snap_to_pauses(items, env, 0.0, audio.duration)
    for item, (a, b) in zip(items, spans):
        assert abs(item.segment.end - b) <= 0.08, (item.segment.end, b)
        assert item.segment.start > a - 0.3, (item.segment.start, a)  # at worst the key-down's hiss, not a tail
    runs, _ = sound_and_pauses(env, 0.0, audio.duration)
    assert all(not (ta - 0.02 < b < tb + 0.02) for a, b in runs for ta, tb in tails)


@pytest.mark.parametrize("last_word", [0.36, 0.15])
def test_extend_to_sound_takes_no_squelch_tail_for_a_release_after_a_closure(last_word):
    """The phone pass's end on the voice; the tail 0.1 s after it is as short as a stop's release and as noisy:
    extend_to_sound took it for the word's last sound (rd65_real_ptt_plain: an end 0.23 s late)."""
    from aligner.align.boundaries import extend_to_sound
    from aligner.align.placement import Placed
    from aligner.document import Segment, Word

    rng = np.random.default_rng(9)
    audio, spans, tails = _radio([_vowel(1.0), _vowel(0.8)], rng, tail_after=0.1)
    env = Envelope(audio)
    (a0, b0), (a1, b1) = spans
    # a short last word: the rule's window (0.2 s past the end) stops inside the tail, before its cut-off
    cut = b0 - 0.04 - last_word
    ours = Segment("Start now.", a0, b0 - 0.04, words=(Word("Start", a0, cut, 0.9), Word("now.", cut, b0 - 0.04, 0.9)))
    after = Segment("Next.", a1, b1, words=(Word("Next.", a1, b1, 0.9),))
    items = [Placed(ours, ("exact", "exact")), Placed(after, ("exact",))]
    extend_to_sound(items, audio, env, [True, True], 0.0, audio.duration)
    assert items[0].segment.end < tails[0][0], (items[0].segment.end, tails[0])


def test_a_pitched_piece_cut_into_a_closed_receiver_is_no_squelch_tail():
    """Everything a tail shows in the envelope (steady, cut off, hiss before, a closed floor after) but pitched: with
    the audio it is a voice's vowel, not the receiver's noise."""
    rng = np.random.default_rng(11)
    audio, spans, tails = _radio([_vowel(1.0)], rng, tail_after=0.1)
    y = audio.float32(0.0, audio.duration).copy()
    a, b = (int(round(t * RATE)) for t in tails[0])
    t = np.arange(b - a) / RATE
    y[a:b] = _rms(sum(np.sin(2 * np.pi * 140 * k * t) / k for k in range(1, 20)), 0.1)
    pitched = Audio.from_float(y.astype(np.float32))
    env = Envelope(pitched)
    runs = env.voiced_runs(0.0, pitched.duration, bridge=BRIDGE)
    assert any(tail_start(env, a, b) for a, b in runs)  # the envelope alone cannot tell
    assert not any(tail_start(env, a, b, pitched) for a, b in runs)
    noisy = Envelope(audio)  # the radio's own tail, noise, is one with the audio too
    assert any(tail_start(noisy, a, b, audio) for a, b in noisy.voiced_runs(0.0, audio.duration, bridge=BRIDGE))


def test_a_squelch_tail_whose_cut_a_lossy_codec_smeared_is_one_still():
    """A transform coder spreads the cut over 30-60 ms, falling under the over's hiss all the way to the closed
    receiver's floor (tx_real_long_mix_wmv: 53 tails, none found before): the tail and the hiss before it are pause."""
    rng = np.random.default_rng(13)
    audio, spans, tails = _radio([_vowel(1.2), _vowel(0.9)], rng, tail_after=0.08, smear=0.06)
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=BRIDGE)
    assert sum(tail_start(env, a, b, audio) is not None for a, b in runs) == 2
    for (a, b), (sa, sb) in zip(without_squelch_tails(env, runs, audio), spans):
        assert abs(b - sb) <= 0.06, (b, sb)


def _trailing_line(rng: np.random.Generator) -> tuple[np.ndarray, float]:
    """A line whose last sound is a nasal's murmur (its harmonics at 360-480 Hz), 0.15 s, 30 dB under the voice:
    under the over's white hiss (27 dB under) over the whole band, 10 dB over it in its octave.  Returns the line
    and how long its murmur lasts."""
    vowel = _rms(_vowel(1.0), 1.0)
    t = np.arange(int(0.15 * RATE)) / RATE
    murmur = np.sin(2 * np.pi * 360 * t) + 0.7 * np.sin(2 * np.pi * 480 * t)
    return np.concatenate([vowel, _rms(murmur, 10 ** (-30 / 20))]).astype(np.float32), 0.15


def test_the_voice_stops_before_a_squelch_tail_where_its_octave_meets_the_hiss_not_the_whole_band():
    rng = np.random.default_rng(17)
    line, murmur = _trailing_line(rng)
    audio, spans, tails = _radio([line, line], rng, tail_after=0.12)
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=BRIDGE)
    heard = tails_after_voices(env, runs, audio)
    assert len(heard) == 2
    for (stop, onset, cut), (sa, sb), (ta, tb) in zip(heard, spans, tails):
        assert abs(stop - sb) <= 0.03, (stop, sb)  # the murmur's end, not the vowel's
        assert abs(onset - ta) <= 0.02 and abs(cut - tb) <= 0.02
    # over the whole band the murmur is the hiss's: the voice stopped with the vowel
    for (stop, _), (sa, sb) in zip(squelched(env, runs), spans):
        assert stop < sb - murmur + 0.03, (stop, sb)


@pytest.mark.parametrize("phone_end", [-0.17, +0.28])
def test_follow_last_sounds_ends_a_line_on_its_voice_before_the_squelch_tail(phone_end):
    """The phone pass ended the line before its murmur (the nasal under the hiss over the whole band) or inside the
    squelch tail: either way the end goes to where the voice stops, octave by octave."""
    from aligner.align.boundaries import follow_last_sounds
    from aligner.align.placement import Placed
    from aligner.document import Segment, Word

    rng = np.random.default_rng(19)
    line, _ = _trailing_line(rng)
    audio, spans, tails = _radio([line, line], rng, tail_after=0.12)
    env = Envelope(audio)
    (a0, b0), (a1, b1) = spans
    end = b0 + phone_end
    ours = Segment("Start again.", a0, end, words=(Word("Start", a0, a0 + 0.4, 0.9), Word("again.", a0 + 0.4, end, 0.9)))
    after = Segment("Next.", a1, b1, words=(Word("Next.", a1, b1, 0.9),))
    items = [Placed(ours, ("exact", "exact")), Placed(after, ("exact",))]
    follow_last_sounds(items, audio, [True, True], 0.0, audio.duration, env=env)
    assert abs(items[0].segment.end - b0) <= 0.03, (items[0].segment.end, b0)


def _line_after_a_gap(rng: np.random.Generator) -> tuple[np.ndarray, float]:
    """A line whose last syllable follows a gap the radio's band emptied (a sibilant above 3 kHz: "mess|age"): a
    vowel 1.0 s, 0.15 s of nothing (the over's hiss alone there), then a last syllable 0.25 s.  Returns the line and
    where its first vowel stops (s from its start)."""
    vowel = _rms(_vowel(1.0), 1.0)
    gap = np.zeros(int(0.15 * RATE), dtype=np.float32)
    last = _rms(_vowel(0.25, f0=120.0), 0.7)
    return np.concatenate([vowel, gap, last]).astype(np.float32), 1.0


def test_follow_last_sounds_runs_on_past_a_gap_the_band_left_to_the_voice_before_the_squelch_tail():
    """``tx_real_long_mix_wmv`` "Press 5 to leave a message." -505 ms: the phone pass ended the line in the gap its
    /s/ left (the band took it), the voice's stop before the tail lay 0.4 s on, past the last word's reach, and the
    end stayed.  Between the line and its tail the over carries the talker alone: the end goes on to the stop."""
    from aligner.align.boundaries import follow_last_sounds
    from aligner.align.placement import Placed
    from aligner.document import Segment, Word

    rng = np.random.default_rng(23)
    line, first = _line_after_a_gap(rng)
    audio, spans, tails = _radio([line, line], rng, tail_after=0.12)
    env = Envelope(audio)
    (a0, b0), (a1, b1) = spans
    end = a0 + first  # the phone pass's end: in the gap, 0.4 s before the line's
    ours = Segment("Leave a message.", a0, end, words=(Word("Leave", a0, a0 + 0.6, 0.9), Word("a", a0 + 0.6, a0 + 0.8, 0.9),
                                                       Word("message.", a0 + 0.8, end, 0.9)))  # its reach: 0.2 s
    after = Segment("Next.", a1, b1, words=(Word("Next.", a1, b1, 0.9),))
    items = [Placed(ours, ("exact", "exact", "exact")), Placed(after, ("exact",))]
    follow_last_sounds(items, audio, [True, True], 0.0, audio.duration, env=env)
    assert abs(items[0].segment.end - b0) <= 0.03, (items[0].segment.end, b0)


@pytest.mark.parametrize("closes", [True, False])
def test_lines_keyed_through_a_radio_are_not_read_for_an_interpreter_s_thin_voice(monkeypatch, closes):
    """Through a two-way radio's band every voice lacks its fundamental: a line's own faded last syllable read as
    another voice's and its end was cut back 0.18 s after the voice's stop before the tail (``tx_real_long_mix_wmv``
    "Press 1 to enter a number." -57 -> -237 ms).  Lines followed by squelch tails are left alone; the same lines
    and the same reading with no receiver closing after them (no radio) are moved as before."""
    from aligner.align import thin_voices
    from aligner.align.placement import Placed
    from aligner.align.squelch_tails import keyed_line_by_line
    from aligner.document import Segment, Word

    rng = np.random.default_rng(29)
    line, _ = _trailing_line(rng)
    audio, spans, _ = _radio([line, line, line], rng, closes=closes)
    env = Envelope(audio)
    assert keyed_line_by_line(env, audio, spans) == closes
    monkeypatch.setattr(thin_voices, "_read", lambda audio, t0, t1: object())
    monkeypatch.setattr(thin_voices, "thin_end", lambda audio, env, t0, t1, read: t1 - 0.18)
    monkeypatch.setattr(thin_voices, "thin_start", lambda audio, env, t0, t1, read: None)
    items = [Placed(Segment("Start again.", a, b, words=(Word("Start", a, a + 0.4, 0.9), Word("again.", a + 0.4, b, 0.9))),
                    ("exact", "exact")) for a, b in spans]
    moved = thin_voices.move_off_thin_voices(items, audio, env)
    assert moved == (0 if closes else len(spans))
