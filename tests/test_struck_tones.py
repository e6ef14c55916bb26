"""A chime, a doorbell or a ship's bell struck before a line, still ringing under its first words, is part of the
pause: the pause pass starts the line where its voice rises out of the ringing, in any language; a voice's own held
sounds and a room's tail after a short word are never taken for a ring."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.pauses import snap_to_pauses
from aligner.align.struck_tones import voice_after_strokes, without_struck_openings
from aligner.audio import Audio
from placing import placed_over
from synth import espeak_available, speak

RATE = 16000

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

#: Struck free bars (a PA's chime, a doorbell) and a bell: (ratio to the fundamental, strength) of their partials.
BAR = ((1.0, 1.0), (2.76, 0.45), (5.40, 0.2), (8.93, 0.08))
BELL = ((0.5, 0.3), (1.0, 1.0), (1.19, 0.6), (1.5, 0.4), (2.0, 0.35), (2.5, 0.15))


def struck(f0: float, seconds: float, ring: float, partials=BAR) -> np.ndarray:
    """One stroke at ``f0``: ``partials``, each dying 60 dB in ``ring`` s (higher ones sooner), a 2 ms onset."""
    t = np.arange(int(seconds * RATE)) / RATE
    y = sum(a * np.exp(-6.91 * t / (ring / r ** 0.7)) * np.sin(2 * np.pi * f0 * r * t) for r, a in partials)
    on = int(0.002 * RATE)
    y[:on] *= np.linspace(0.0, 1.0, on)
    return (y / np.max(np.abs(y))).astype(np.float32)


def _rms(x: np.ndarray, level: float) -> np.ndarray:
    return x * (level / np.sqrt(np.mean(x.astype(np.float64) ** 2)))


#: Each line's chime before it, or None: (fundamentals struck in turn, seconds between strokes, ring (s), partials,
#: how long before the line the last stroke falls (s)) -- a PA's three notes, a doorbell's two, a ship's bell struck
#: twice, a single low bell.
CHIMES = [None, ((587.3, 740.0, 880.0), 0.33, 2.2, BAR, 0.45), ((659.3, 523.3), 0.5, 1.6, BAR, 0.35), None,
          ((880.0, 880.0), 0.3, 3.5, BELL, 0.5), ((392.0,), 0.0, 4.0, BELL, 0.6)]
LINES = {"sv": ["Tåget mot Malmö avgår om fem minuter.", "Vi ber om ursäkt för den sena ankomsten.",
                "Biljetterna säljs i automaterna vid entrén.", "Kaffe och smörgåsar finns i bistrovagnen.",
                "Nästa station är Hässleholm central.", "Tack för att du reser med oss i dag."],
         "de": ["Der Zug nach Hamburg fährt heute von Gleis drei.", "Bitte beachten Sie die geänderte Wagenreihung.",
                "Der Speisewagen befindet sich in der Zugmitte.", "Wir wünschen Ihnen eine angenehme Reise.",
                "Nächster Halt ist der Hauptbahnhof.", "Bitte lassen Sie kein Gepäck unbeaufsichtigt."],
         "es": ["El tren con destino a Sevilla sale del andén dos.", "Les rogamos disculpen las molestias.",
                "La cafetería se encuentra en el coche cinco.", "Por favor, mantengan sus pertenencias a la vista.",
                "La próxima estación es Córdoba central.", "Gracias por viajar con nosotros hoy."]}
VOICES = {"sv": "sv+f4", "de": "de+m3", "es": "es+f2"}


def announcements(lang: str, seed: int) -> tuple[Audio, list[tuple[float, float]], list[int]]:
    """espeak-ng announcements 1.8-2.2 s apart over a little noise, a chime before four of them, as loud as the speech,
    its last stroke 0.35-0.6 s before the line: (the audio, each line's true span, the chimed lines)."""
    rng = np.random.default_rng(seed)
    pos, parts, spans = int(0.7 * RATE), [], []
    for text, chime in zip(LINES[lang], CHIMES):
        x = _rms(speak(text, voice=VOICES[lang]), 0.08)
        if chime is not None:
            notes, step, ring, partials, lead = chime
            last = pos - int(lead * RATE)
            for j, f0 in enumerate(notes):
                at = last - int(step * (len(notes) - 1 - j) * RATE)
                y = struck(f0, 1.2 * ring, ring, partials)
                parts.append((at, y * (0.08 / np.sqrt(np.mean(y[:int(0.1 * RATE)].astype(np.float64) ** 2)))))
        parts.append((pos, x))
        spans.append((pos / RATE, (pos + len(x)) / RATE))
        pos += len(x) + int(rng.uniform(1.8, 2.2) * RATE)
    y = rng.normal(0, 0.0008, pos + 4 * RATE).astype(np.float32)
    for at, x in parts:
        y[at:at + len(x)] += x[:len(y) - at]
    chimed = [k for k, c in enumerate(CHIMES) if c is not None]
    return Audio.from_float(y[:pos]), spans, chimed


@needs_espeak
@pytest.mark.parametrize("lang", ["sv", "de", "es"])
def test_a_run_opened_by_strokes_starts_where_the_voice_rises_out_of_their_ringing(lang):
    audio, spans, chimed = announcements(lang, seed=11)
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=0.12)
    for k, (a, b) in enumerate(spans):
        (r0, r1), = [r for r in runs if r[0] - 0.05 <= a < r[1]]
        if k in chimed:
            assert r0 < a - 0.3  # the chime and the line are one run of sound
            voice = voice_after_strokes(audio, r0, r1)
            assert voice is not None and abs(voice - a) <= 0.03, (k, voice, a)
        else:
            assert voice_after_strokes(audio, r0, r1) is None, k
    starts = [r[0] for r in without_struck_openings(audio, runs)]
    for a, _ in spans:
        assert min(abs(s - a) for s in starts) <= 0.05


@needs_espeak
@pytest.mark.parametrize("lang", ["sv", "de", "es"])
def test_the_pause_pass_starts_a_chimed_line_on_its_voice_not_on_the_chime(lang):
    """Placement put each line near its voice (its words heard roughly); the pause pass moved a chimed line's start
    onto the first stroke -- the sound after the pause -- 0.8-1.3 s early.  With the strokes taken for pause, every
    start is on the voice."""
    audio, spans, chimed = announcements(lang, seed=12)
    env = Envelope(audio)
    items = [placed_over(text, a + 0.08, b - 0.05, how="substituted") for text, (a, b) in zip(LINES[lang], spans)]
    snap_to_pauses(items, env, 0.0, audio.duration, audio=audio)
    for k, (item, (a, b)) in enumerate(zip(items, spans)):
        assert abs(item.segment.start - a) <= 0.06, (k, item.segment.start, a)
        assert abs(item.segment.end - b) <= 0.1, (k, item.segment.end, b)


def test_a_chime_alone_in_a_pause_is_no_sound():
    y = np.concatenate([np.zeros(RATE // 2), struck(659.3, 2.0, 1.8), struck(523.3, 2.4, 1.8)[:int(2.4 * RATE)]])
    rng = np.random.default_rng(5)
    audio = Audio.from_float((0.1 * y + rng.normal(0, 0.0005, len(y))).astype(np.float32))
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=0.12)
    assert runs and without_struck_openings(audio, runs) == []


@needs_espeak
@pytest.mark.parametrize("rt60", [0.5, 1.0, 1.6])
def test_a_short_first_word_and_its_room_are_the_voice(rt60):
    """"Ja" 0.25 s before the rest of the line in a reverberant room: the word and the room's tail after it in the pause
    are one run with the rest, and the tail dies away like a ring -- but a voice swings in level, and a room's tail
    beats: never a struck tone."""
    rng = np.random.default_rng(int(rt60 * 10))
    for w1, w2, voice in [("Ja", "guten Morgen allerseits", "de"), ("Nej", "det stämmer inte alls", "sv"),
                          ("Sí", "vamos a empezar ahora", "es")]:
        x = np.concatenate([np.zeros(RATE // 2), speak(w1, voice), np.zeros(int(0.25 * RATE)), speak(w2, voice),
                            np.zeros(RATE)])
        t = np.arange(int(rt60 * 1.2 * RATE)) / RATE
        ir = rng.normal(size=len(t)) * np.exp(-6.91 * t / rt60)
        ir[0] = 8.0
        y = np.convolve(x, ir)[:len(x)]
        audio = Audio.from_float((0.5 * y / np.max(np.abs(y)) + rng.normal(0, 0.0005, len(y))).astype(np.float32))
        env = Envelope(audio)
        runs = env.voiced_runs(0.0, audio.duration, bridge=0.12)
        assert without_struck_openings(audio, runs) == runs, (w1, rt60)


@needs_espeak
def test_speech_alone_keeps_its_runs():
    """No chime: a talk's own held sounds (long vowels, nasals at a line's start) are never taken for a ring."""
    rng = np.random.default_rng(7)
    lines = ["Mmm, ja, det stämmer.", "Ååh, vad fint det blev!", "Nnnej, inte i dag.", "Aaaber natürlich, gerne."]
    y = np.concatenate([np.concatenate([np.zeros(int(0.7 * RATE), np.float32),
                                        _rms(speak(t, voice="sv" if k < 3 else "de", speed=120), 0.1)])
                        for k, t in enumerate(lines)] + [np.zeros(int(0.7 * RATE), np.float32)])
    audio = Audio.from_float((y + rng.normal(0, 0.0005, len(y))).astype(np.float32))
    env = Envelope(audio)
    runs = env.voiced_runs(0.0, audio.duration, bridge=0.12)
    assert len(runs) >= len(lines) and without_struck_openings(audio, runs) == runs
