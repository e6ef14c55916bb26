"""A talk in a cafe: other voices under the speaker, in every pause and in the chunk's padding (issue 7, j66).

The cafe is made here: five espeak-ng voices saying other sentences at once, 10 dB under the speaker.
"""

from __future__ import annotations

import numpy as np
import pytest
from synth import espeak_available, speak

from aligner.align.boundaries import _no_further_than_heard
from aligner.align.phonetic import SAMPLE_RATE, PhoneticAligner, WordTiming, _stretched_to_the_end
from aligner.document import Word
from aligner.text import split_words, word_tokens

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="espeak-ng is needed to synthesize test speech")

FIRST = "Good morning everyone, and welcome to the quarterly review."
MISSING = "The coffee machine on the third floor is broken again today."
LAST = "Please send your questions to the organizers before Friday."
#: What the cafe's voices say (none of it is the speaker's text).
CHATTER = ["I told him the train was late again on Monday.", "We could try the new place down by the river.",
           "She said the tickets were sold out by noon.", "Do you want another one of those or not?",
           "My brother moved to the coast last summer."]


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x ** 2)))


def _cafe(seconds: float, seed: int = 5) -> np.ndarray:
    """Five voices talking on at once, each its own pitch and pace, staggered (unit RMS)."""
    rng = np.random.default_rng(seed)
    n = int(seconds * SAMPLE_RATE)
    y = np.zeros(n)
    for k, voice in enumerate(["en-us", "en-gb+f2", "en-us+m3", "en-gb+f4", "en-029"]):
        at = rng.uniform(0.0, 0.5)
        while at < seconds:
            x = speak(CHATTER[(k + int(at)) % len(CHATTER)], voice, speed=int(rng.integers(150, 190)),
                      pitch=int(rng.integers(30, 80))).astype(np.float64)
            i = int(at * SAMPLE_RATE)
            m = min(len(x), n - i)
            y[i:i + m] += x[:m] / (_rms(x) + 1e-12)
            at += len(x) / SAMPLE_RATE + rng.uniform(0.1, 0.4)
    return y / _rms(y)


def _talk_in_a_cafe(lines: list[str], under_db: float = 10.0, pad: float = 1.5, gap: float = 1.5):
    """The lines said one after the other with ``gap`` s between them and ``pad`` s before and after, a cafe
    ``under_db`` under the speech all through; returns the audio and each line's (start, end) in seconds."""
    said = [speak(line).astype(np.float64) for line in lines]
    level = _rms(np.concatenate(said))
    total = int((2 * pad + gap * (len(lines) - 1)) * SAMPLE_RATE) + sum(len(s) for s in said)
    x = np.zeros(total)
    spans, i = [], int(pad * SAMPLE_RATE)
    for s in said:
        x[i:i + len(s)] += s
        spans.append((i / SAMPLE_RATE, (i + len(s)) / SAMPLE_RATE))
        i += len(s) + int(gap * SAMPLE_RATE)
    x += _cafe(total / SAMPLE_RATE) * level * 10 ** (-under_db / 20)
    return (x / (np.abs(x).max() + 1e-9) * 0.5).astype(np.float32), spans


def _tokens(*lines: str) -> list[tuple[str, ...]]:
    return [word_tokens(w) for w in split_words(" ".join(lines))]


@needs_espeak
def test_a_cafe_in_the_pauses_is_not_speech_the_text_lacks():
    """The text accounts for all the speaker said: the chunk is aligned, the lines where they were said.  The VAD
    and the periodicity test hear the cafe in the padding and the pause as a voice talking; counted as words the
    text lacks, it rejected the chunk."""
    x, spans = _talk_in_a_cafe([FIRST, LAST])
    res = PhoneticAligner().align(x, _tokens(FIRST, LAST))
    assert res is not None and res.plausible, res and res.problems
    assert not res.unscripted
    n_first = len(split_words(FIRST))
    assert abs(res.words[0].start - spans[0][0]) < 0.1
    assert abs(res.words[n_first].start - spans[1][0]) < 0.1


@needs_espeak
def test_a_line_the_text_lacks_is_still_found_in_the_cafe():
    """The speaker says a line the text does not have: that is still speech the text does not account for."""
    x, _ = _talk_in_a_cafe([FIRST, MISSING, LAST])
    res = PhoneticAligner().align(x, _tokens(FIRST, LAST))
    assert res is not None and not res.plausible
    assert any("does not account for" in p for p in res.problems), res.problems


# ------------------------------------------------------------------ a last word stretched over the pause
def _span(first: int, last: int, phones: int, n: int) -> tuple:
    """One token as phonetic._judge keeps it: (first frame, last frame, score, phones, phone names, segment index)."""
    return (first, last, 0.0, phones, ("x",) * phones, n)


def test_a_last_word_run_to_the_chunks_end_far_longer_per_phone_is_stretched():
    # three words of 8 frames a phone, then "meeting" (5 phones) run to the chunk's last segment at 26 a phone
    words = [_span(0, 23, 3, 0), _span(24, 47, 3, 1), _span(48, 71, 3, 2), _span(72, 201, 5, 3)]
    assert _stretched_to_the_end(words, 4)
    # the same word with a silence after it (one more segment): not at the chunk's end
    assert not _stretched_to_the_end(words, 5)
    # at the end, but as long per phone as the others
    assert not _stretched_to_the_end(words[:3] + [_span(72, 111, 5, 3)], 4)
    # a one-phone word is no stretch however long
    assert not _stretched_to_the_end(words[:3] + [_span(72, 101, 1, 3)], 4)


def test_a_stretched_last_word_ends_where_whisper_heard_it_end():
    stretched = WordTiming(4.17, 5.47, 0.5)  # chunk seconds; the chunk starts at 51.94 s
    heard = Word("meeting.", 56.20, 56.53, 0.9)
    capped = _no_further_than_heard(stretched, heard, "exact", 51.94)
    assert capped.start == stretched.start and abs(capped.end - (56.53 - 51.94)) < 1e-9
    # a word Whisper did not hear, or whose heard end lies beyond the phone-level one, keeps its end
    assert _no_further_than_heard(stretched, heard, None, 51.94) == stretched
    assert _no_further_than_heard(stretched, Word("meeting.", 56.2, 57.6), "exact", 51.94) == stretched
    # never an end before the word's own start
    assert _no_further_than_heard(stretched, Word("meeting.", 55.0, 56.0), "exact", 51.94) == stretched
