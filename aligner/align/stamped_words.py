"""Words the decoder stamped over seconds of speech it did not make out: one word's span holding many words' syllables.

Told the text of a stretch (:mod:`.hear_the_text`), the decoder can write the prompt's words where it does not make
out the sound, and Whisper's timing then stretches a word over all of it.  On the twenty-second set's fast flite talk
through a two-way radio (``tx_flite_ptt_plain``: ``kal`` at x1.72), the multilingual ``base``, told the text, skipped
the first two lines and wrote "The" from 0.60 to 2.98 s and "young" from 3.24 to 9.06 s over them -- the first words
of the third line, heard properly again at 9.2 s.  The first hearing's trusted words put back over "young"
(:func:`.hear_the_text.with_first_trusted`) left "The" standing; placement paired it with the first line's eleventh
word, crammed the ten before it into the 0.6 s before, called the line not spoken, and placed it 7.8 s late.

A word's sound holds its own syllables: each vowel is a peak of the envelope standing clear of the dips beside it
(:func:`.speaking_rate.syllable_count`).  Whisper's word edges are off by a frame or two, so a word's span may also
take in a neighbour's first or last syllable, and noise adds a ripple: over the 510 words of that talk's first
hearings and the told hearing's real words, a span held at most 2 syllables more than its word's vowel groups.  The
two stamps held 12 and 29 more.  A told word whose span holds :data:`EXTRA_SYLLABLES` or more than it has is no
evidence of where it was said, and it is left out of the hearing, as a pile of words on one instant is
(:mod:`.piled_words`).
"""

from __future__ import annotations

import re
from typing import Sequence, TypeVar

from .activity import Envelope
from .speaking_rate import syllables_per_second

#: A word's span holding this many syllables more than the word has is a stamp.  Real words came to 2 at most, the
#: stamps to 12 and more (see the module's docstring); 4-10 drop the same words there.
EXTRA_SYLLABLES = 6

W = TypeVar("W")

_VOWELS = re.compile(r"[aeiouy]+", re.IGNORECASE)


def written_syllables(text: str) -> int:
    """Syllables of an English word as written: its groups of vowel letters, at least one.  It counts a silent final
    "e" ("made") as one, so it errs on the side of more: a word is never taken for a stamp for that."""
    return max(1, len(_VOWELS.findall(text)))


def without_stamps(words: Sequence[W], env: Envelope) -> list[W]:
    """``words`` (each with ``text``, ``start``, ``end``) less those whose span holds :data:`EXTRA_SYLLABLES` or more
    syllables of sound than the word has."""
    return [w for w in words
            if syllables_per_second(env, w.start, w.end)[0] - written_syllables(w.text) < EXTRA_SYLLABLES]
