"""Word times from Whisper's cross-attention on the transcript's own words (forced decoding).

What Whisper *heard* is matched to the transcript and placed; where it misheard
a word (more often with the multilingual model than with tiny.en on English),
that word's time is guessed from its neighbours.  Forced decoding skips the
hearing: the transcript's own tokens are fed to the decoder over the window's
audio, and the cross-attention heads that follow the speech (the alignment
heads CTranslate2 knows for each model) give, by dynamic time warping, the
frame where each token begins -- the method of openai-whisper's word
timestamps and of stable-ts ``align()``.  It works for every language Whisper
knows, offline, with the model already loaded.

Times come on Whisper's 20 ms token grid and carry the attention's known bias
(a word's start tends to come a little late, its end is the next word's start);
callers decide where they are worth more than what placement found.

Kept with the benchmarks, not in the engine: bench_forced.py measured it against
the engine's pause pass and it lost (see benchmarks/README.md, "Forced decoding").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

RATE = 16000
#: Whisper's window: the longest stretch one forced decoding can cover (s).
WINDOW = 30.0


@dataclass(frozen=True)
class ForcedWord:
    text: str
    start: float
    end: float
    probability: float  #: the decoder's mean probability of the word's tokens, given the words before it


def _tokenizer(model, language: str):
    from faster_whisper.tokenizer import Tokenizer

    multilingual = model.model.is_multilingual
    return Tokenizer(model.hf_tokenizer, multilingual, task="transcribe",
                     language=language if multilingual else "en")


def word_token_ranges(tokenizer, words: Sequence[str]) -> tuple[list[int], list[int]]:
    """The transcript's tokens, and where each word's tokens begin (plus the end), word by word.

    Each word is encoded with its leading space, as Whisper writes running text,
    so a word's tokens are its own and never shared with a neighbour.
    """
    tokens: list[int] = []
    bounds = [0]
    for k, w in enumerate(words):
        piece = tokenizer.encode((" " if k or tokenizer.language_code not in ("zh", "ja") else "") + w)
        tokens += piece
        bounds.append(len(tokens))
    return tokens, bounds


def align_words(model, samples: np.ndarray, t0: float, t1: float, words: Sequence[str],
                language: str) -> list[ForcedWord]:
    """Times of ``words``, said in this order within [t0, t1] of ``samples`` (16 kHz), by forced decoding.

    [t0, t1] must be at most 30 s long; empty words are not allowed.
    """
    if not words:
        return []
    if t1 - t0 > WINDOW + 1e-6:
        raise ValueError(f"a forced window is at most {WINDOW:g} s, not {t1 - t0:.1f} s")
    from faster_whisper.audio import pad_or_trim

    chunk = np.ascontiguousarray(samples[int(t0 * RATE):int(t1 * RATE)], dtype=np.float32)
    features = model.feature_extractor(chunk)
    num_frames = min(features.shape[-1], 3000)
    encoder_output = model.encode(pad_or_trim(features[:, :3000]))
    tok = _tokenizer(model, language)
    tokens, bounds = word_token_ranges(tok, words)
    result = model.model.align(encoder_output, tok.sot_sequence, [tokens + [tok.eot]], num_frames,
                               median_filter_width=7)[0]
    text_idx = np.array([p[0] for p in result.alignments])
    time_idx = np.array([p[1] for p in result.alignments])
    jumps = np.pad(np.diff(text_idx), (1, 0), constant_values=1).astype(bool)
    jump_times = time_idx[jumps] / model.tokens_per_second  # where each token (and then eot) begins
    probs = np.asarray(result.text_token_probs, dtype=np.float64)
    out = []
    for k, w in enumerate(words):
        a, b = bounds[k], bounds[k + 1]
        start = float(jump_times[min(a, len(jump_times) - 1)])
        end = float(jump_times[min(b, len(jump_times) - 1)])
        p = float(np.mean(probs[a:b])) if b > a and len(probs) >= b else 0.0
        out.append(ForcedWord(w, t0 + start, t0 + max(start, end), p))
    return out
