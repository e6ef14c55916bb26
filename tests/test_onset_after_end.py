"""A line that fades to a quiet last sound, right after whose end another voice starts 14 dB over that sound (an echo
canceller's far-end residue, an interpreter) and is then muted: the sound after the end rises at once, a new onset, so
neither doubt that reads it as the line's voice holding on (sound after the end, not where the sound stops) sends the
line to review; the same end with the line's own faded sound going on after it at its level still does (j153).  A line
that stops dead into the background, after which a tone at its level comes in 40 ms later (a Morse element from the
next room), raises neither either; the same tone running on from the end with no silence between is not read so (j232), but
its spectrum is not the line's: no doubt either (j277)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.onset_after_end import ONSET_RISE_DB, sound_returns_after_a_stop, sound_rises_after
from aligner.align.placement import Placed
from aligner.align.review_evidence import another_sound_after
from aligner.align.scoring import surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_BEFORE_SOUND_STOPS, SOUND_AFTER_END, Segment, Word

RATE = 16000
START, LOUD, FADED, PAUSE = 1.0, 1.0, 0.15, 1.5  #: line start; its loud part, its faded last sound, the pause after
BED_DB, FADED_DB = -62.0, -50.0  #: the (muted) background's level and the line's faded last sound's (dBFS)
GAP, BURST = 0.04, 0.15  #: the other sound begins GAP s after the end and lasts BURST s


def _voice(seconds: float, db: float, pitch: float, rng: np.random.Generator) -> np.ndarray:
    """A voiced-sounding harmonic tone at ``pitch`` Hz with a little noise, at ``db`` dBFS RMS."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * pitch * h * t) / h for h in range(1, 12)) + 0.1 * rng.standard_normal(len(t))
    return (x / np.sqrt(np.mean(x ** 2)) * 10 ** (db / 20)).astype(np.float32)


def _talk(after_db: float, pitch: float) -> tuple[Audio, Envelope, float]:
    """A background, one line (LOUD s at -20 dBFS, then FADED s at FADED_DB) and, from GAP s after its end, BURST s of
    voice at ``after_db`` and ``pitch``; then the background.  Returns the audio, its envelope and the line's end."""
    rng = np.random.default_rng(5)
    total = int((START + LOUD + FADED + PAUSE) * RATE)
    x = rng.standard_normal(total).astype(np.float32) * 10 ** (BED_DB / 20)
    a = int(START * RATE)
    line = np.concatenate([_voice(LOUD, -20.0, 190.0, rng), _voice(FADED, FADED_DB, 150.0, rng)])
    x[a:a + len(line)] += line
    end = START + LOUD + FADED
    b = int((end + GAP) * RATE)
    burst = _voice(BURST, after_db, pitch, rng)
    x[b:b + len(burst)] += burst
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, Envelope(audio), end


def _line(end: float) -> Placed:
    times = [(START, START + 0.5), (START + 0.5, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["Please", "wait."], times))
    return Placed(Segment("Please wait.", START, end, words=words), ("exact",) * 2, (0.9,) * 2)


def _reasons(audio: Audio, env: Envelope, end: float) -> frozenset[str]:
    st = Stretch([0], 0.0, audio.duration)
    return surroundings([_line(end)], 0, [], env, st, audio=audio, english=True)[4]


def test_sound_rising_at_once_after_the_end_is_a_new_onset_and_sound_holding_at_its_level_is_not():
    audio, env, end = _talk(FADED_DB + 14.0, 110.0)
    assert sound_rises_after(env, end)
    audio, env, end = _talk(FADED_DB + 2.0, 150.0)
    assert not sound_rises_after(env, end)
    assert ONSET_RISE_DB > 2.0


def test_another_voice_starting_over_a_faded_end_raises_neither_doubt_of_the_voice_holding_on():
    audio, env, end = _talk(FADED_DB + 14.0, 110.0)
    reasons = _reasons(audio, env, end)
    assert SOUND_AFTER_END not in reasons and END_BEFORE_SOUND_STOPS not in reasons


def test_the_lines_own_sound_going_on_at_its_level_after_the_end_is_still_doubted():
    audio, env, end = _talk(FADED_DB + 2.0, 150.0)
    assert SOUND_AFTER_END in _reasons(audio, env, end)


def _stopped_then_tone(gap: float) -> tuple[Audio, Envelope, float]:
    """A background, one line of LOUD s at -20 dBFS that stops dead, and a 600 Hz tone 4 dB under it from ``gap`` s
    after its end for BURST s (a Morse element); then the background.  Returns the audio, its envelope and the end."""
    rng = np.random.default_rng(7)
    total = int((START + LOUD + PAUSE) * RATE)
    x = rng.standard_normal(total).astype(np.float32) * 10 ** (BED_DB / 20)
    a = int(START * RATE)
    line = _voice(LOUD, -20.0, 190.0, rng)
    x[a:a + len(line)] += line
    end = START + LOUD
    b = int((end + gap) * RATE)
    t = np.arange(int(BURST * RATE)) / RATE
    x[b:b + len(t)] += (np.sqrt(2) * 10 ** (-24.0 / 20) * np.sin(2 * np.pi * 600.0 * t)).astype(np.float32)
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, Envelope(audio), end


def test_a_tone_coming_in_after_the_voice_stopped_dead_is_a_new_sound_and_one_running_on_from_the_end_is_not():
    audio, env, end = _stopped_then_tone(GAP)
    assert sound_returns_after_a_stop(env, end, audio.duration)
    assert not sound_rises_after(env, end)  # it does not rise over the line's last sound: only the stop tells
    reasons = _reasons(audio, env, end)
    assert SOUND_AFTER_END not in reasons and END_BEFORE_SOUND_STOPS not in reasons
    audio, env, end = _stopped_then_tone(0.0)
    assert not sound_returns_after_a_stop(env, end, audio.duration)
    # running on from the end, only its spectrum tells the tone from the line's voice holding on (j277): it is no
    # doubt of the (right) end either
    assert another_sound_after(audio, end) and SOUND_AFTER_END not in _reasons(audio, env, end)
