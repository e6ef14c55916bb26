"""A word the phone pass cut short at a quiet closure inside it ("mess|age") gets its last syllable back
(:mod:`aligner.align.cut_short_words`), on espeak-ng's "message" with exact truth: the word's last audible sample."""

import numpy as np
import pytest

from aligner.align.cut_short_words import missing_syllable_end
from synth import RATE, espeak_available, speak

pytestmark = pytest.mark.skipif(not espeak_available(), reason="espeak-ng not installed")

LEAD, PAUSE = 0.5, 0.6
PER_PHONE, PHONES = 0.08, 5  # the chunk's median length per phone (s); "message": M EH S IH JH


def _hiss_span(word: np.ndarray) -> tuple[int, int]:
    """Samples of the word's /s/: 5 ms windows whose sound lies mostly above 3 kHz."""
    hop, hissy = 80, []
    f = np.fft.rfftfreq(160, 1 / RATE)
    for i in range(0, len(word) - 160, hop):
        sp = np.abs(np.fft.rfft(word[i:i + 160] * np.hanning(160))) ** 2
        if sp[f > 3000].sum() > 3 * sp[f < 1000].sum():
            hissy.append(i)
    runs = np.split(np.array(hissy), np.flatnonzero(np.diff(hissy) > hop) + 1)
    first = max(runs, key=len)  # the /s/ is the word's longest hiss (the /dʒ/'s is shorter)
    return int(first[0]), int(first[-1]) + 160


def _mess_age(syllable_gain_db: float = 0.0, pause: float = PAUSE, seed: int = 0):
    """Room noise, "message" with its /s/ taken out (as an 8 kHz take leaves it), room noise.  Returns the audio,
    the word's start, the dip's start (where the search ended the word), the word's true end, the pause's end."""
    rng = np.random.default_rng(seed)
    word = speak("message", speed=140).copy()
    s0, s1 = _hiss_span(word)
    word[s0:s1] = 0.0
    word[s1:] *= 10 ** (syllable_gain_db / 20)
    noise_level = 0.0003
    audio = np.concatenate([np.zeros(int(LEAD * RATE)), word, np.zeros(int(pause * RATE))]).astype(np.float32)
    audio += rng.normal(0.0, noise_level, len(audio)).astype(np.float32)
    start = LEAD
    return audio, start, start + s0 / RATE, start + len(word) / RATE, len(audio) / RATE


def test_a_squeezed_word_ends_where_its_last_syllable_does():
    audio, start, dip, truth, quiet_end = _mess_age()
    end = missing_syllable_end(audio, start, dip, quiet_end, 0.55, PER_PHONE, PHONES)
    assert abs(end - truth) <= 0.03, (end, truth, dip)


def test_a_word_the_search_drew_out_keeps_its_end():
    audio, start, dip, truth, quiet_end = _mess_age()
    assert missing_syllable_end(audio, start, dip, quiet_end, 1.2, PER_PHONE, PHONES) == dip


def test_sound_far_under_the_word_is_no_syllable_of_it():
    audio, start, dip, truth, quiet_end = _mess_age(syllable_gain_db=-25.0)
    assert missing_syllable_end(audio, start, dip, quiet_end, 0.55, PER_PHONE, PHONES) == dip


def test_sound_running_to_the_pause_end_is_the_next_word():
    audio, start, dip, truth, quiet_end = _mess_age()
    # the search's pause ends inside the syllable: what follows is the next word's, not this one's
    assert missing_syllable_end(audio, start, dip, truth - 0.05, 0.55, PER_PHONE, PHONES) == dip


def test_a_voice_going_on_under_the_line_keeps_the_end():
    audio, start, dip, truth, quiet_end = _mess_age(pause=1.2)
    # another voice 6 dB under, talking on from 80 ms after the word: the syllable is not told from it
    other = speak("bonjour", voice="fr", speed=160) * 10 ** (-6 / 20)
    at = int((truth + 0.08) * RATE)
    audio[at:at + len(other)] += other
    assert missing_syllable_end(audio, start, dip, quiet_end, 0.55, 0.15, PHONES) == dip


def _after_the_word(audio: np.ndarray, at: float, sound: np.ndarray) -> None:
    """Add ``sound`` to ``audio`` from ``at`` (s) on, as far as the audio goes."""
    i = int(at * RATE)
    n = min(len(sound), len(audio) - i)
    audio[i:i + n] += sound[:n].astype(np.float32)


def _peak(audio: np.ndarray, a: float, b: float) -> float:
    return float(np.abs(audio[int(a * RATE):int(b * RATE)]).max())


def test_a_rumble_under_a_kilohertz_after_the_syllable_is_no_voice_going_on():
    audio, start, dip, truth, quiet_end = _mess_age(pause=1.2)
    # thunder rolling in 40 ms after the word: noise under 700 Hz, swelling and sinking, 15 dB under the word
    rng = np.random.default_rng(1)
    n = int((quiet_end - truth) * RATE)
    spectrum = np.fft.rfft(rng.normal(0.0, 1.0, n))
    spectrum[np.fft.rfftfreq(n, 1 / RATE) > 700] = 0.0
    rumble = np.fft.irfft(spectrum, n) * (0.6 + 0.4 * np.sin(np.arange(n) / RATE * 2 * np.pi * 3))
    rumble *= _peak(audio, start, truth) * 10 ** (-15 / 20) / np.abs(rumble).max()
    _after_the_word(audio, truth + 0.04, rumble)
    end = missing_syllable_end(audio, start, dip, quiet_end, 0.55, PER_PHONE, PHONES)
    assert abs(end - truth) <= 0.03, (end, truth, dip)


def test_a_road_drills_impacts_after_the_syllable_are_no_voice_going_on():
    audio, start, dip, truth, quiet_end = _mess_age(pause=1.2)
    # a drill's impacts every 42 ms from 40 ms after the word: a damped 400 Hz and 2.5 kHz ring, 10 dB under it
    ring_t = np.arange(int(0.012 * RATE)) / RATE
    ring = (np.sin(2 * np.pi * 400 * ring_t) + 0.5 * np.sin(2 * np.pi * 2500 * ring_t)) * np.exp(-ring_t / 0.003)
    train = np.zeros(int((quiet_end - truth) * RATE))
    for i in range(0, len(train) - len(ring), int(0.042 * RATE)):
        train[i:i + len(ring)] += ring
    train *= _peak(audio, start, truth) * 10 ** (-10 / 20) / np.abs(train).max()
    _after_the_word(audio, truth + 0.04, train)
    end = missing_syllable_end(audio, start, dip, quiet_end, 0.55, PER_PHONE, PHONES)
    assert abs(end - truth) <= 0.03, (end, truth, dip)


HISS = 0.09  #: how long espeak-ng's final /dʒ/ hisses in "message" at this speed (s)


def _closure_burst_hiss(audio: np.ndarray, start: float, truth: float, dip_under: float = 0.04):
    """The /dʒ/ at the word's end made a closure, a burst and a hiss, the hiss's level dipping under the room for
    ``dip_under`` s just after the burst (as an 8 kHz take's weak release does under crickets and the sea).
    Returns the burst's start."""
    h0 = int((truth - HISS) * RATE)  # espeak-ng's /dʒ/ hiss: the word's last 90 ms
    noise = audio[:int(0.4 * RATE)].copy()  # the room alone, before the word
    closure = int(0.08 * RATE)
    audio[h0 - closure:h0] = noise[:closure]  # the closure's voice bar lost under the room
    burst = int(0.02 * RATE)
    gap = int(dip_under * RATE)
    audio[h0 + burst:h0 + burst + gap] = noise[closure:closure + gap]
    return h0 / RATE


def test_an_affricates_burst_and_hiss_apart_are_the_words_release():
    audio, start, dip, truth, quiet_end = _mess_age(pause=1.2)
    _closure_burst_hiss(audio, start, truth)
    end = missing_syllable_end(audio, start, dip, quiet_end, 0.55, PER_PHONE, PHONES, affricate=True)
    assert abs(end - truth) <= 0.03, (end, truth, dip)


def test_a_word_not_ending_in_an_affricate_reads_the_hiss_after_a_burst_as_sound_coming_back():
    audio, start, dip, truth, quiet_end = _mess_age(pause=1.2)
    _closure_burst_hiss(audio, start, truth)
    # the same sound after a word ending in a plain stop: a burst, then more sound -- a voice going on
    assert missing_syllable_end(audio, start, dip, quiet_end, 0.55, PER_PHONE, PHONES) == dip
