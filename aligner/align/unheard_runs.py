"""Sentences Whisper never heard, placed by forcing their words onto the sound between the words it did hear.

Placement lays a sentence Whisper did not hear at all beside its heard neighbours, by guess: its words go
into whatever room lies between the last heard word before it and the first heard word after it.  At the
end of a stretch, where nothing heard follows, that guess has nothing to hold it: the unheard lines are
squeezed right after the last heard word.  The fifth aside set's Spanish reader under a buzz at -40 dBFS
(``qx_es_tux_quiet_buzz``): Whisper base heard "un ratón de armea" at 23.4 s and nothing of the 7 s after it
(listening again heard nothing either); the last two lines were placed 2-6 s early, five boundaries more
than a second off, and three seconds of speech went to no line.  The stretch as a whole was heard well, so
:func:`.forced.place_by_forcing` (which takes over a stretch heard too little) did not run.

The transcript is known, so the run of words nobody heard is forced onto the audio between the heard words
around it (:func:`.forced.force_lines`: Whisper's decoder fed the transcript's tokens, its alignment heads
timing each word), as a poorly heard stretch is -- from where the sound resumes, since the decoder puts its
first word where its audio begins; on that talk the three lines then begin and end on their
own sound (the pause pass moves the forced boundaries, which carry the attention's bias, into the pauses).
Only runs holding at least one whole line are forced -- a word or two unheard inside heard speech is
placed well enough between its heard neighbours -- and nothing moves when the decoder finds the words
unlikely over that audio (:data:`.forced.BELONGS`): a line that is not in the recording stays unheard.
"""

from __future__ import annotations

from typing import Sequence

from ..audio import Audio
from .activity import Envelope
from .forced import BELONGS, belongs_probability, force_lines, take_forced_times
from .placement import Placed

_HEARD = ("exact", "fuzzy")
#: The audio forced reaches this far (s) before the first and after the last sound of its stretch: a word's weak
#: onset or release under the envelope's threshold.
LEAD = 0.1


def unheard_runs(items: Sequence[Placed], t0: float, t1: float) -> list[tuple[float, float, list[tuple[int, int]]]]:
    """Runs of consecutive spoken words no heard word was matched to, holding every word of at least one line.

    Each run is (from, to, words): the end of the heard word before it (or ``t0``), the start of the heard word
    after it (or ``t1``), and its words as (item, word index) in order.
    """
    flat: list[tuple[int, int, bool]] = []  # (item, word, heard) over every spoken word of the stretch
    for k, item in enumerate(items):
        for j, (w, how) in enumerate(zip(item.segment.words, item.hows)):
            if how is not None and not w.cue:
                flat.append((k, j, how in _HEARD and w.timed))
    runs, n = [], 0
    while n < len(flat):
        if flat[n][2]:
            n += 1
            continue
        m = n
        while m < len(flat) and not flat[m][2]:
            m += 1
        words = [(k, j) for k, j, _ in flat[n:m]]
        whole = [k for k in {k for k, _ in words}
                 if all((k, j) in words for kk, j, _ in flat if kk == k)]
        if whole:
            before = items[flat[n - 1][0]].segment.words[flat[n - 1][1]].end if n else t0
            after = items[flat[m][0]].segment.words[flat[m][1]].start if m < len(flat) else t1
            if after > before:
                runs.append((max(t0, before), min(t1, after), words))
        n = m
    return runs


def force_unheard_runs(items: list[Placed], model, audio: Audio, env: Envelope, t0: float, t1: float,
                       language: str) -> int:
    """Force every :func:`unheard_runs` run onto its audio (in place); return how many lines took forced times."""
    moved: set[int] = set()
    for lo, hi, words in unheard_runs(items, t0, t1):
        sound = env.voiced_runs(lo, hi, bridge=0.3)
        if not sound:
            continue  # no sound left for them: they stay where placement put them
        # the decoder starts its first word where the audio it is given starts: give it from the sound on
        lo, hi = max(lo, sound[0][0] - LEAD), min(hi, sound[-1][1] + LEAD)
        lines: list[list[tuple[int, int]]] = []
        for k, j in words:
            if lines and lines[-1][0][0] == k:
                lines[-1].append((k, j))
            else:
                lines.append([(k, j)])
        forced = force_lines(model, audio, env, [[items[k].segment.words[j].text for k, j in line]
                                                 for line in lines], lo, hi, language)
        if belongs_probability(forced) < BELONGS or any(len(f) != len(line) for f, line in zip(forced, lines)):
            continue
        for line, got in zip(lines, forced):
            take_forced_times(items[line[0][0]], [j for _, j in line], got)
            moved.add(line[0][0])
    return len(moved)
