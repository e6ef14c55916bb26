"""The words of a line whose bounds are set but whose words nobody heard, placed on their sound by the phone pass.

The phone pass (:mod:`.boundaries`) aligns only lines whose words Whisper heard: a chunk's text must be trusted
to be in its audio, since the chunk's result moves the line's bounds.  A line Whisper heard too little of is placed
otherwise -- by forced decoding (:mod:`.forced`), whose word times are the cross-attention's 20 ms steps with its
bias (a word ends where the next token begins, after any pause), or spread over sound by its letters
(:mod:`.placement`) -- and then its bounds go into the pauses (:mod:`.pauses`).  Its words stayed where that
placement left them, squeezed between the new bounds: on ``tx_festival_horn_dashes`` (a slowed voice through a
megaphone, nothing heard, every line forced) every line's bounds were within 50 ms and its words 87 ms off
(median), a 0.5 s pause inside a line covered by a word.

Here the bounds are known: the phone pass is asked only where the line's own words lie between them.  Nothing of
the line moves but its inner word edges, so the checks that keep a wrong text from dragging a chunk's bounds (a
poor mean fit, words squeezed to their fewest frames) have nothing to guard: a fast voice's function words are
at their fewest frames, a megaphone's band fits the wideband model poorly, and both are still the words' places.
The one check kept is the search's own: no path through the line's text in its sound (more phones than its
frames can hold, a word that cannot be found) leaves the words as they were.  A fit check of the text itself was
tried and left out: another line's text over a line's sound fits 0.02-0.04 per word (median), but a line's own
text through a radio's band 0.03-0.09 (``tx_flite_ptt_plain``, whose words it placed 54 -> 8 and 68 -> 9 ms
off), and a wrong text's words are no worse on a path through the sound than tiled by their letters: the line's
bounds, the one thing a wrong text could harm, do not move.

What the phone pass says of the bounds is kept for scoring (``Placed.edges_found``): its search may leave silence
before the first word and after the last, so a first word it begins at the line's start (a last word it ends at the
line's end, within EDGE_AGREES) says the line's own sound fills its bounds there.  Such a line was forced or spread
by guess, all its words "substituted" (0.3 sure each), and it went to review however right its bounds were: on the
dev and thirty-third sets (results of engine 41883fb), 15 of the 16 lines flagged for that alone were within 100 ms,
14 of them with both edges found so (the phone pass's edges 0-45 ms from the bounds); the one far off, an end 474 ms
late (``tx_flite_ptt_plain``), had its last word end 610 ms before the bound (benchmarks/README.md, j256).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..audio import Audio
from ..document import NOT_HEARD
from .boundaries import LEAD_IN, clamp_words, phone_aligner, phone_tokens, spoken_indices, trusted_in_its_audio
from .placement import Placed

#: A phone-pass word edge at most this far (s) inside the line's bound agrees with it: the 100 ms the issue calls
#: right (the right forced lines' edges of the dev sets lay 0-45 ms inside their bounds, one 186 ms; the far one's 610).
EDGE_AGREES = 0.1


def unplaced_lines(items: Sequence[Placed]) -> list[int]:
    """The lines whose words no one placed on their sound: timed, heard (or forced), of two spoken words or more,
    never handed to the phone pass (too few of their words heard) and so not placed by it."""
    out = []
    for k, item in enumerate(items):
        s = item.segment
        if (not s.timed or NOT_HEARD in s.flags or item.replaced or item.phone_end is not None
                or trusted_in_its_audio(item) or len(spoken_indices(s)) < 2):
            continue
        out.append(k)
    return out


def place_words_within_lines(items: Sequence[Placed], audio: Audio, language: str = "en") -> int:
    """Each unplaced line's inner word edges put where the phone pass finds its words between the line's bounds
    (in place; the bounds stay).  Returns how many lines' words were placed."""
    todo = unplaced_lines(items)
    if not todo:
        return 0
    placed = 0
    with phone_aligner() as aligner:
        if aligner is None:
            return 0
        for k in todo:
            item = items[k]
            s = item.segment
            lo, hi = s.start, s.end
            result = aligner.align(audio.samples[audio.index(lo):audio.index(hi)], phone_tokens(s, language), (), (),
                                   language, audio.samples[audio.index(max(0.0, lo - LEAD_IN)):audio.index(lo)])
            if result is None or len(result.words) != len(s.words):
                continue
            spoken = spoken_indices(s)
            if any(result.words[j] is None for j in spoken):
                continue
            words = list(s.words)
            for j in spoken:
                timing = result.words[j]
                a = lo if j == spoken[0] else lo + timing.start
                b = hi if j == spoken[-1] else lo + timing.end
                words[j] = replace(words[j], start=a, end=max(a, b))
            for j in range(spoken[0] + 1, spoken[-1]):  # a cue among them sits where the word before it ends
                if j not in spoken:
                    words[j] = replace(words[j], start=words[j - 1].end, end=words[j - 1].end)
            item.segment = clamp_words(replace(s, words=tuple(words)))
            first, last = result.words[spoken[0]], result.words[spoken[-1]]
            item.edges_found = (first.start <= EDGE_AGREES, (hi - lo) - last.end <= EDGE_AGREES)
            placed += 1
    return placed
