"""Lines placed by the sound alone, where Whisper makes out no word of the language at all.

The multilingual ``base`` hears some languages not badly but not at all: over
espeak-ng's Hebrew its first pass decoded one loop ("תנת תנת תנת ...", left
out as a loop, :mod:`.decoding_loops`), its sequential decoding gibberish at
probabilities too low to keep, and its decoder finds the talk's own
transcript no likelier over the audio (0.053 a word) than over the audio
played backwards (0.049) or than another talk's transcript (0.056).  Forcing
(:mod:`.forced`) then puts lines seconds off, and before this module the talk
was refused as "no speech was found" -- over 27 s that Silero hears as speech.

What does not need recognition still works: a talk's sentences are said one
after another, and a reader pauses between them more than inside them.  The
lines are laid over the stretch's sound at an even pace of letters (the pace
forcing uses, :func:`.forced.expected_ends`), and every boundary between two
lines is put in the pause nearest where that pace expects it, keeping their
order (a small dynamic programme); each line's words at the same even pace
over its own sound.  The refinement after (the phone pass with espeak-ng's
phonemes, the pause rules) then works on lines that sit on their own sound.
Every word is given probability 0 here; the phone pass after may raise it where espeak-ng's phonemes fit
the sound (on the Hebrew talk 0.3-0.65 a word, two of eight lines left for review), and the CLI and the window
say that the lines were placed by pauses and pace alone (:meth:`.api.AlignResult.placement_notes`).

Only a stretch where nothing was heard at all, that forcing could not place,
and where Silero hears speech enough to hold the text at the fastest pace
anyone speaks (:data:`MAX_LETTERS_PER_SECOND`) is placed so: a silent or
noise-only file is still "no speech".
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..audio import Audio
from .activity import Envelope
from .forced import ForcedWord, expected_ends, letters_of, take_forced_times

#: Letters a second nobody's speech exceeds (plausibility allows twice this for any text): Silero must hear at least
#: the text's letters over this much speech before lines are laid over sound Whisper made nothing of.
MAX_LETTERS_PER_SECOND = 25.0
#: Dips shorter than this (s) are inside a line (stops, breaths between words); longer ones may end one.
PAUSE = 0.3


def speech_holds_text(audio: Audio, lines: Sequence[Sequence[str]], t0: float, t1: float) -> bool:
    """Silero hears enough speech in [t0, t1] to hold the text at the fastest pace anyone speaks."""
    from .wordless_speech import speech_seconds

    letters = sum(letters_of(ws) for ws in lines if ws)
    return speech_seconds(audio, t0, t1) * MAX_LETTERS_PER_SECOND >= letters


def boundary_pauses(expected: Sequence[float], pauses: Sequence[tuple[float, float]]) -> list[int]:
    """For each expected boundary, in order, the index of a pause (a, b), in order too, nearest to it in sum.

    Each pause takes at most one boundary; with fewer pauses than boundaries the
    boundaries left over get -1 (they stay where the pace puts them).
    """
    n, m = len(expected), len(pauses)
    if not n:
        return []
    mids = np.array([(a + b) / 2 for a, b in pauses])
    if m < n:  # too few pauses: each goes, in order, to the boundary nearest it; the rest keep the pace
        chosen, first = [-1] * n, 0
        for g, mid in enumerate(mids):
            if first >= n:
                break
            k = min(range(first, n), key=lambda k: abs(expected[k] - mid))
            chosen[k], first = g, k + 1
        return chosen
    cost = np.full((n, m), np.inf)
    back = np.zeros((n, m), dtype=int)
    cost[0] = np.abs(mids - expected[0])
    for k in range(1, n):
        best, arg = np.inf, -1
        for g in range(m):
            if g >= 1 and cost[k - 1][g - 1] < best:
                best, arg = cost[k - 1][g - 1], g - 1
            if arg >= 0:
                cost[k][g] = best + abs(mids[g] - expected[k])
                back[k][g] = arg
    g = int(np.argmin(cost[n - 1]))
    out = [g]
    for k in range(n - 1, 0, -1):
        g = int(back[k][g])
        out.append(g)
    return out[::-1]


def lines_by_sound(lines: Sequence[Sequence[str]], runs: Sequence[tuple[float, float]], t0: float,
                   t1: float) -> list[list[ForcedWord]]:
    """Every line's words laid over ``runs`` (sound, pauses bridged inside lines) between t0 and t1."""
    todo = [k for k, ws in enumerate(lines) if ws]
    out: list[list[ForcedWord]] = [[] for _ in lines]
    runs = [(max(a, t0), min(b, t1)) for a, b in runs if b > t0 and a < t1]
    if not todo or not runs:
        return out
    ends = expected_ends([lines[k] for k in todo], runs, t0, t1)
    pauses = [(a[1], b[0]) for a, b in zip(runs, runs[1:])]
    chosen = boundary_pauses(ends[:-1], pauses)
    cuts, last = [], runs[0][0]
    for g, e in zip(chosen, ends[:-1]):  # a boundary no pause took stays at the pace, kept in order
        a, b = (pauses[g][0], pauses[g][1]) if g >= 0 else (e, e)
        a = max(a, last)
        last = max(b, a)
        cuts.append((a, last))
    starts = [runs[0][0]] + [b for _, b in cuts]
    stops = [a for a, _ in cuts] + [runs[-1][1]]
    for k, a, b in zip(todo, starts, stops):
        words = lines[k]
        if b <= a:
            out[k] = [ForcedWord(w, a, a, 0.0) for w in words]
            continue
        own = [(max(x, a), min(y, b)) for x, y in runs if y > a and x < b] or [(a, b)]
        word_ends = expected_ends([[w] for w in words], own, a, b)
        word_starts = [a] + word_ends[:-1]
        out[k] = [ForcedWord(w, s, max(s, e), 0.0) for w, s, e in zip(words, word_starts, word_ends)]
    return out


def place_by_sound(items: list, audio: Audio, env: Envelope, t0: float, t1: float) -> int:
    """Lay a stretch's lines over its sound (in place) where Silero hears speech enough for them; how many moved.

    A line replaced by one never spoken (:mod:`.replaced_lines`) is not laid.
    """
    spoken = [[k for k, w in enumerate(item.segment.words) if not w.cue and not item.replaced] for item in items]
    lines = [[item.segment.words[k].text for k in keep] for item, keep in zip(items, spoken)]
    if not any(lines) or not speech_holds_text(audio, lines, t0, t1):
        return 0
    placed = lines_by_sound(lines, env.voiced_runs(t0, t1, bridge=PAUSE), t0, t1)
    moved = 0
    for item, keep, got in zip(items, spoken, placed):
        if got:
            take_forced_times(item, keep, got)
            moved += 1
    return moved
