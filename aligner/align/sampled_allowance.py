"""A sampled hypothesis of a short window gets Whisper's allowance of tokens for that many seconds, not a whole window's.

Whisper's decoder may write up to WINDOW_TOKENS tokens for a window of WINDOW_SECONDS, however little of the window
holds sound.  Listening again (:func:`.recognize.recognize_again`) decodes windows cut to the sound between two
anchors, often 4-15 s long.  When such a window's greedy text fails and Whisper samples (:mod:`.fallback_sampling`),
each attempt decodes ``best_of`` (5) hypotheses side by side, and one hypothesis that falls into a loop
("n'o n'o n'o ...", "mēl, mēl, ...") keeps the whole batch decoding to the 30-s limit: on the slow espeak-ng
language talks most of the CPU went there (benchmarks/README.md, j263: `my_sq_espeak_piano` 36 of 54 s of
decoding in hypotheses that ran to the limit).  Text that runs past a short window's share of the limit is a loop,
not speech: a hypothesis that long fails Whisper's repetition test anyway, so a sampled attempt is stopped at
the window's share (at least FLOOR tokens, for a short window's timestamps and a dense script's pieces).  A
script whose words take many tokens each (Devanagari, Hebrew, Georgian) may need more than the share: an attempt
whose text did not loop shows how many this window's speech takes, and later samples get ROOM times that
(:func:`room_for`).

CTranslate2 decodes at most ``min(max_length // 2, max_length - start_step)`` new tokens (its ``whisper.cc``: half of
the ``max_length`` faster-whisper passes, ``len(prompt) + max_new_tokens``), so an allowance passed as
``max_new_tokens`` as it is stops a sample at about half of it: at 33 tokens for a 64-token allowance, which cut
the Icelandic talk's *speech* (34-token hypotheses of a non-looping window) and changed what it heard.
:func:`max_new_tokens` gives the option that makes CTranslate2 decode the allowance itself.

Only sampled attempts are bounded: a window decoded greedily is decoded exactly as before, and so is a sampled
one whose hypotheses all end within the allowance.  Where a hypothesis did run past it, the attempt's text and
the sampling generator's draws after it change (:mod:`.fallback_sampling`: a window's attempts share one seeded
generator), so what such a window hears may change.
"""

from __future__ import annotations

import math
from typing import Optional

#: The most tokens Whisper's decoder writes for one window (CTranslate2's limit, as the slow talks' loops reach it).
WINDOW_TOKENS = 224
#: Whisper's window (s).
WINDOW_SECONDS = 30.0
#: No sampled attempt is bounded below this many tokens.
FLOOR = 64
#: A sample may run to this many times the tokens of an attempt of the same window whose text did not loop.
ROOM = 2


def sampled_allowance(seconds: Optional[float]) -> Optional[int]:
    """The new tokens a sampled hypothesis may write for a window of ``seconds`` (None: no bound beyond Whisper's,
    for a window of unknown length or one of a whole 30 s or more)."""
    if seconds is None or seconds >= WINDOW_SECONDS:
        return None
    return max(FLOOR, math.ceil(WINDOW_TOKENS * seconds / WINDOW_SECONDS))


def room_for(tokens) -> int:
    """The tokens a sample may write where an attempt of its window wrote ``tokens`` without looping."""
    return ROOM * len(tokens)


def max_new_tokens(allowance: int, prompt_length: int, model_limit: int) -> Optional[int]:
    """faster-whisper's ``max_new_tokens`` under which CTranslate2 decodes at least ``allowance`` new tokens after a
    prompt of ``prompt_length`` (None: no bound fits under ``model_limit``, the model's ``max_length``, 448).

    CTranslate2 decodes ``min(L // 2, L - start_step)`` tokens for ``L = prompt_length + max_new_tokens`` and a
    ``start_step`` no larger than the prompt, so ``L`` must reach twice the allowance."""
    new = max(allowance, 2 * allowance - prompt_length)
    if prompt_length + new >= model_limit:
        return None
    return new
