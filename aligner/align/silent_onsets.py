"""A stop inside a line, at a word's start or end: the stop's silent closure is the word's own.

A word that begins with a stop (/p/, /k/, /b/ ...) begins with its closure: the mouth shuts and the
sound stops for 50-200 ms before the burst.  Between two words of one line that silence belongs to the
second word -- a transcriber, Praat's TextGrids and the synthesizers' own labels all put the boundary
where the first word's sound ends -- but to the phone pass it is silence like any other: its search may
put a ``<sil>`` there and begin the word at the burst, and the edge rules (:mod:`.phone_edges`) then place
that start on the sound, on the burst.  Measured on the seen ``hx_*`` (j118): every word start inside a
line after such a silence, where the truth has the words joined, came 94-181 ms late ("the | committee",
"a | proposal", "of | cleaning"), while the word before ended on time.

A pause between two words is silence too, and the search cannot tell the two apart.  Its length can,
against the voice's own pace: a closure is part of one phone and lasts about as long as a phone of that
voice, while a pause between phrases lasts several (``rd59_*`` fast festival voices: 100-170 ms pauses
before "delayed", "during", two to three times their 45-55 ms phones; ``hx_*`` slow festival voices:
closures of 60-140 ms against 100 ms phones).  So only a silence no longer than :data:`CLOSURE_PHONES`
of its line's median phone length is taken for the next word's closure (:func:`silent_onsets`, in the
phone pass; the line's, not the chunk's: one chunk may hold a fast voice's line beside a slow one's, and the
slow line's closures then read as pauses), and never after a written break (a comma's pause is the pause the
text asks for: :func:`join_silent_onsets`, where the words' text is known).  A line's first word keeps its start: a
line's edges are the edge rules' to place.

Not words that open on a vowel, though a vowel too is often begun on a glottal stop whose silence the
search cuts off the same way (``hx_*`` "the | evening", "for | it", 100-240 ms late): festival's fast
voices put phrase breaks of 35-75 ms before "at", "after", "in" (``rd59_*``, ``ox_*``), as long against
their phones as those glottal onsets against the slow voices', and joined to the word before they cost as
many starts (measured: 8 vowel starts gained on ``hx_*``, 2 on ``sx_*``; 2 lost on ``ox_*``, 1 on ``rd59_*``
and 2 more there moved to 47-49 ms).  A stop's closure is always there; a glottal onset is not.

The same holds at the other end of a word.  A word that ends on a stop ends with its closure and its burst, and
between two words of one line a transcriber and the synthesizers' labels end it where the next word's sound begins
(``ey_festival_pour_surf_dashes``, festival ``kal`` x0.47: "at | the", "it | was", "pipe | last", "last | week" --
the search put the final /t/'s or /p/'s 80-170 ms closure in a ``<sil>``, and the word ended 100-170 ms early at its
vowel, while the next word began on time).  So a silence after a word that ends on a stop, no longer than the same
phone and a half, is that word's closure (:func:`silent_codas`) and the word ends where the next one begins --
unless the next word opens on a stop itself, whose closure the silence is then taken for as above (two closures in a
row are one silence: "public | parking"), or a break mark ends the word.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from ..document import Word
from .clause_pauses import breaks_after
from .pronounce import AFFRICATES, STOPS

#: The longest silence before a word, in its line's median phone lengths, that is that word's closure rather
#: than a pause: one phone and a half (a closure is one phone's part; the pauses between phrases measured two
#: phone lengths and more).
CLOSURE_PHONES = 1.5


def opens_on_silence(phones: Sequence[str]) -> bool:
    """Whether a word pronounced ``phones`` begins with silence of its own: a stop's (or an affricate's) closure."""
    return bool(phones) and phones[0] in STOPS


def silent_onsets(silence_before: Sequence[Optional[int]], first_phones: Sequence[Sequence[str]],
                  frames_per_phone: Sequence[float]) -> tuple[bool, ...]:
    """Per word of a chunk: whether the silence the search put just before it is the word's own onset.

    ``silence_before``: per word, how many frames of silence (fillers) lie between it and the chunk's word
    before it, or None when no word of the chunk's text comes before it (the chunk's first word, or one after a
    context word); 0 when the two are joined.  ``first_phones``: per word, the phones of its first token.
    ``frames_per_phone``: per word, the median length per phone (frames) of the voice saying it (its line's).
    """
    return tuple(bool(n) and n <= CLOSURE_PHONES * pace and opens_on_silence(phones)
                 for n, phones, pace in zip(silence_before, first_phones, frames_per_phone))


def closes_on_silence(phones: Sequence[str]) -> bool:
    """Whether a word pronounced ``phones`` ends with silence of its own: a final stop's closure.  Not an affricate:
    its closure comes before its hiss, inside the word (``ix_flite_blower_plain`` "much | noise": the silence after
    the /ch/'s hiss was the /n/ of "noise", taken for "much"'s it ended 134 ms late)."""
    return bool(phones) and phones[-1] in STOPS and phones[-1] not in AFFRICATES


def silent_codas(silence_after: Sequence[Optional[int]], last_phones: Sequence[Sequence[str]],
                 next_first_phones: Sequence[Optional[Sequence[str]]], frames_per_phone: Sequence[float]
                 ) -> tuple[bool, ...]:
    """Per word of a chunk: whether the silence the search put just after it is the word's own final closure.

    ``silence_after``: per word, the frames of silence between it and the chunk's next word (None when none of the
    chunk's text follows it; 0 when the two are joined).  ``last_phones``: per word, the phones of its last token;
    ``next_first_phones``: those of the next word's first token (None where none follows).  A silence the next word's
    own stop may claim (:func:`silent_onsets`) is left to it.
    """
    return tuple(bool(n) and n <= CLOSURE_PHONES * pace and closes_on_silence(phones)
                 and nxt is not None and not opens_on_silence(nxt)
                 for n, phones, nxt, pace in zip(silence_after, last_phones, next_first_phones, frames_per_phone))


def join_silent_onsets(words: Sequence[Word], onsets: Sequence[bool], codas: Sequence[bool] = ()) -> list[Word]:
    """The words of one line with every word whose silent onset :func:`silent_onsets` found begun where the word
    before it (in the line, timed) ends, and every word whose silent coda :func:`silent_codas` found ended where the
    word after it begins, unless the earlier word's text ends on a break mark (a comma: the pause the text asks
    for).  ``onsets``, ``codas``: one flag per word of ``words`` (no ``codas``: none flagged)."""
    out = list(words)
    for k in range(1, len(out)):
        before, word = out[k - 1], out[k]
        if not (before.timed and word.timed) or before.cue or word.cue or breaks_after(before.text) \
                or before.end >= word.start:
            continue
        if onsets[k]:
            out[k] = replace(word, start=before.end)
        elif k - 1 < len(codas) and codas[k - 1]:
            out[k - 1] = replace(before, end=word.start)
    return out
