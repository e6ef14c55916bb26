"""A crowd between lines (cheering, laughter, applause) and the stage directions that name it (issue 7).

The crowd is made here: many espeak-ng voices shouting at once, over claps of band-passed noise.
"""

from __future__ import annotations

import numpy as np
import pytest
from synth import espeak_available, speak

from aligner.align.phonetic import SAMPLE_RATE, PhoneticAligner, _one_voice
from aligner.text import split_words, word_tokens

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="espeak-ng is needed to synthesize test speech")

FIRST = "Good morning everyone, and welcome to the quarterly review."
SECOND = "Please send your questions to the organizers before Friday."


# ------------------------------------------------------------------ the crowd is not a voice
def _crowd(seconds: float, seed: int = 3) -> np.ndarray:
    """Ten voices shouting at their own pitch and pace, staggered, over a crowd's claps (unit RMS)."""
    rng = np.random.default_rng(seed)
    n = int(seconds * SAMPLE_RATE)
    y = np.zeros(n)
    voices = ["en-us", "en-gb", "en-us+f2", "en-us+m3", "en-gb+f4", "en-us+m5", "en+klatt", "en-029", "en-gb+m2",
              "en-us+f5"]
    for k, v in enumerate(voices):
        at = rng.uniform(0.0, 0.3 * seconds)
        while at < seconds - 0.3:
            x = speak(["yeah!", "woo!", "bravo!", "hooray!"][(k + int(at * 10)) % 4], v,
                      speed=int(rng.integers(150, 230)), pitch=int(rng.integers(40, 99))).astype(np.float64)
            i = int(at * SAMPLE_RATE)
            m = min(len(x), n - i)
            y[i:i + m] += x[:m] / (np.sqrt(np.mean(x ** 2)) + 1e-12) * rng.uniform(0.4, 1.0)
            at += len(x) / SAMPLE_RATE + rng.uniform(0.1, 0.6)
    t = 0.0
    while t < seconds - 0.02:  # claps: 4-12 ms of band-passed noise, sharp attack
        t += rng.exponential(1 / 50)
        m = int(rng.uniform(0.004, 0.012) * SAMPLE_RATE)
        spec = np.fft.rfft(rng.standard_normal(4 * m))
        f = np.fft.rfftfreq(4 * m, 1 / SAMPLE_RATE)
        spec[(f < 700) | (f > 3500)] = 0
        clap = np.fft.irfft(spec, 4 * m)[:m] * np.exp(-np.arange(m) / (m / 4))
        i = int(t * SAMPLE_RATE)
        y[i:i + m][: max(0, n - i)] += 3 * clap[: max(0, n - i)] / (np.sqrt(np.mean(clap ** 2)) + 1e-12)
    return y / np.sqrt(np.mean(y ** 2))


@needs_espeak
def test_a_crowd_is_not_one_voice_and_a_sentence_is():
    sentence = speak(FIRST).astype(np.float64)
    assert _one_voice(sentence, 0.0, len(sentence) / SAMPLE_RATE)
    crowd = _crowd(2.0)
    assert not _one_voice(crowd, 0.0, 2.0)


@needs_espeak
def test_the_phone_pass_keeps_two_lines_with_a_crowd_between_them():
    """Two sentences 2 s apart with a crowd cheering in between (its loudest 3 dB under the voice): the text
    accounts for all the speech there is, so the chunk is aligned, each sentence where it was said.  The VAD hears
    the crowd as speech; taken for words the text lacks, it rejected the chunk."""
    a, b = speak(FIRST), speak(SECOND)
    level = np.sqrt(np.mean(np.concatenate([a, b]) ** 2))
    lead, gap = 0.5, 2.0
    x = np.zeros(int((lead + gap + 0.5) * SAMPLE_RATE) + len(a) + len(b))
    ia = int(lead * SAMPLE_RATE)
    ib = ia + len(a) + int(gap * SAMPLE_RATE)
    x[ia:ia + len(a)] += a
    x[ib:ib + len(b)] += b
    crowd = _crowd(gap - 0.6)
    win = int(0.5 * SAMPLE_RATE)
    loudest = max(np.sqrt(np.mean(crowd[i:i + win] ** 2)) for i in range(0, len(crowd) - win, win // 4))
    ic = ia + len(a) + int(0.15 * SAMPLE_RATE)
    x[ic:ic + len(crowd)] += crowd * level * 10 ** (-3 / 20) / loudest
    x += np.random.default_rng(1).standard_normal(len(x)) * level * 10 ** (-35 / 20)
    tokens = [word_tokens(w) for w in split_words(FIRST + " " + SECOND)]
    res = PhoneticAligner().align(x.astype(np.float32), tokens)
    assert res is not None and res.plausible, res and res.problems
    n_first = len(split_words(FIRST))
    assert abs(res.words[0].start - ia / SAMPLE_RATE) < 0.08
    assert abs(res.words[n_first].start - ib / SAMPLE_RATE) < 0.08
    assert abs(res.words[n_first - 1].end - (ia + len(a)) / SAMPLE_RATE) < 0.1
