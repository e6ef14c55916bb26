"""A whistle at the edge of the sound (birdsong) is part of the pause: the pause pass puts a line's edges on its
voice, not on a bird's trill bridged into it; a fricative at a line's edge stays the line's."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.pauses import snap_to_pauses, sound_and_pauses
from aligner.align.whistles import whistle_frames, without_whistles
from aligner.audio import Audio
from placing import placed_over
from synth import espeak_available, speak

RATE = 16000

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")


def _vowel(seconds: float, f0: float = 140.0) -> np.ndarray:
    """A voiced sound: harmonics of ``f0`` up to 4 kHz, falling 6 dB an octave (most of it under 1 kHz)."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, int(4000 / f0)))
    return (x * np.hanning(len(t)) ** 0.1).astype(np.float32)


def _trill(notes: int, rng: np.random.Generator) -> np.ndarray:
    """A bird's trill: ``notes`` notes of 50 ms, 65 ms apart, each a line sweeping 3.0 -> 3.6 kHz."""
    out = []
    for _ in range(notes):
        t = np.arange(int(0.05 * RATE)) / RATE
        f = 3000 + 600 * t / t[-1] + rng.uniform(-100, 100)
        out += [np.sin(2 * np.pi * np.cumsum(f) / RATE) * np.hanning(len(t)), np.zeros(int(0.015 * RATE))]
    return np.concatenate(out).astype(np.float32)


def _fricative(seconds: float, rng: np.random.Generator) -> np.ndarray:
    """An /s/: noise above 3 kHz (white noise differenced twice), rising and falling."""
    n = int(seconds * RATE)
    return (np.diff(rng.normal(0, 1, n + 2), 2) * np.hanning(n)).astype(np.float32)


def _rms(x: np.ndarray, level: float) -> np.ndarray:
    return x * (level / np.sqrt(np.mean(x ** 2)))


def test_a_trill_bridged_into_the_voice_is_taken_off_the_run_and_a_fricative_is_not():
    rng = np.random.default_rng(3)
    trill = _rms(_trill(6, rng), 0.03)  # 14 dB under the voice, as birdsong through a window
    vowel = _rms(_vowel(0.8), 0.15)
    s = _rms(_fricative(0.12, rng), 0.05)
    quiet = np.zeros(int(0.5 * RATE), np.float32)
    gap = np.zeros(int(0.04 * RATE), np.float32)  # under pauses.BRIDGE: the trill joins the voice's run
    y = np.concatenate([quiet, trill, gap, vowel, s, quiet])
    y = y + rng.normal(0, 0.0003, len(y)).astype(np.float32)
    audio = Audio.from_float(y)
    voice_at = (len(quiet) + len(trill) + len(gap)) / RATE
    voice_end = voice_at + (len(vowel) + len(s)) / RATE  # the /s/ is the line's
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=0.12)
    assert len(runs) == 1 and runs[0][0] < voice_at - 0.3  # the trill and the voice are one run of sound
    w = whistle_frames(audio, 0.0, audio.duration)
    t = np.arange(len(w)) * 0.01
    in_trill = (t > 0.52) & (t < voice_at - 0.08)
    assert w[in_trill & (env.db[:len(w)] > env.threshold(0, audio.duration))].mean() > 0.8
    assert not w[(t > voice_at + 0.02) & (t < voice_end - 0.03)].any()  # neither the vowel nor the /s/
    thr = env.threshold(0.0, audio.duration)
    (a, b), = without_whistles(audio, runs, lambda a, b: env.db[env.frame(a):env.frame(b)] > thr)
    assert abs(a - voice_at) <= 0.03, (a, voice_at)
    assert abs(b - voice_end) <= 0.03, (b, voice_end)


def test_a_run_of_whistles_alone_is_dropped():
    rng = np.random.default_rng(4)
    y = np.concatenate([np.zeros(RATE // 2, np.float32), _rms(_trill(5, rng), 0.05), np.zeros(RATE // 2, np.float32)])
    audio = Audio.from_float(y + rng.normal(0, 0.0003, len(y)).astype(np.float32))
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=0.12)
    assert runs
    assert without_whistles(audio, runs) == []


FR = ["Bonjour à tous, et merci d'être venus ce matin.", "Nous avons suivi deux cents élèves pendant trois ans.",
      "Les progrès ont été rapides dès le premier trimestre."]


@needs_espeak
def test_the_pause_pass_puts_edges_on_the_voice_not_on_the_birds():
    """espeak-ng French 0.9 s apart; a trill ends 40 ms before the second and third sentences and one begins 40 ms
    after the first and second: without the audio the pause pass takes the trills for the sentences' sound."""
    rng = np.random.default_rng(6)
    pos, parts, spans = int(0.6 * RATE), [], []
    for k, text in enumerate(FR):
        x = _rms(speak(text, voice="fr-fr"), 0.1)
        if k:
            tr = _rms(_trill(5, rng), 0.02)
            parts.append((pos - int(0.04 * RATE) - len(tr), tr))
        if k < len(FR) - 1:
            parts.append((pos + len(x) + int(0.04 * RATE), _rms(_trill(4, rng), 0.02)))
        parts.append((pos, x))
        spans.append((pos / RATE, (pos + len(x)) / RATE))
        pos += len(x) + int(0.9 * RATE)
    y = rng.normal(0, 0.0005, pos).astype(np.float32)
    for at, x in parts:
        y[at:at + len(x)] += x
    audio = Audio.from_float(y)
    env = Envelope(audio)

    def snapped(with_audio: bool):
        items = [placed_over(text, a + 0.06, b - 0.08) for text, (a, b) in zip(FR, spans)]
        snap_to_pauses(items, env, 0.0, audio.duration, audio=audio if with_audio else None)
        return items

    blind = snapped(False)
    assert any(it.segment.start < a - 0.15 for it, (a, b) in zip(blind[1:], spans[1:]))  # on the trills
    items = snapped(True)
    for item, (a, b) in zip(items[1:], spans[1:]):
        assert abs(item.segment.start - a) <= 0.05, (item.segment.start, a)
    for item, (a, b) in zip(items[:-1], spans[:-1]):
        assert abs(item.segment.end - b) <= 0.07, (item.segment.end, b)


@needs_espeak
def test_speech_alone_keeps_its_runs():
    """No bird: a French talk's own sounds (its /s/, /f/, /ʃ/ at line edges) are never taken for whistles."""
    rng = np.random.default_rng(7)
    lines = FR + ["Merci de votre patience.", "Chaque semaine, six chercheurs font face aux chiffres."]
    y = np.concatenate([np.concatenate([np.zeros(int(0.7 * RATE), np.float32), _rms(speak(t, voice="fr-fr"), 0.1)])
                        for t in lines] + [np.zeros(int(0.7 * RATE), np.float32)])
    audio = Audio.from_float(y + rng.normal(0, 0.0005, len(y)).astype(np.float32))
    env = Envelope(audio)
    assert sound_and_pauses(env, 0.0, audio.duration, True, audio=audio) == sound_and_pauses(env, 0.0, audio.duration,
                                                                                              True)


def test_a_line_louder_than_the_voice_can_hide_it_and_is_no_pause():
    """A siren 12 dB over the speech: where the voice goes quiet under it (a stop, an unvoiced stretch), the line
    alone is no evidence of a pause -- the run stays one."""
    rng = np.random.default_rng(8)
    v = _rms(_vowel(0.5), 0.05)
    y = np.concatenate([np.zeros(RATE // 2, np.float32), v, np.zeros(int(0.2 * RATE), np.float32), v,
                        np.zeros(RATE // 2, np.float32)])
    t = np.arange(len(y)) / RATE
    siren = np.sin(2 * np.pi * np.cumsum(1500 + 300 * np.sin(2 * np.pi * 0.5 * t)) / RATE).astype(np.float32)
    on = (t > 0.45) & (t < t[-1] - 0.45)
    y = y + _rms(siren, 0.2) * on + rng.normal(0, 0.0003, len(y)).astype(np.float32)
    audio = Audio.from_float(y)
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=0.12)
    assert len(runs) == 1
    assert without_whistles(audio, runs) == runs
