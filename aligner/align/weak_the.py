"""Which "the" of a chunk's chain is said /dh ah/: the one before a consonant.

English says "the" as /dh iy/ before a vowel and as /dh ah/ before a consonant ("thee end", "thuh year"),
and every voice the aligner meets keeps the rule: people, and festival, flite and espeak-ng, whose lexicons
choose the form from the next word's first sound.  CMUdict gives the search both ("the" = DH AH, "the(2)" =
DH IY) and lets it choose by sound alone.  Before a word that opens on /y/ or /w/ -- a glide that sounds as
/iy/ or /uw/ held on -- it chose DH IY and held the /iy/ on through the glide and into the word's vowel: a
slow voice's "the | year" +595 ms, "the | young" +455 ms (the thirty-fourth aside set's festival talk).
Nothing in the sound marks that join (no closure, no burst, the formants glide on), but the next word's
spelling does: a "the" before a consonant is searched as DH AH only.  Before a vowel (and before a pause,
or at the chain's end) the search keeps both forms, as before: a vowel-to-vowel join is not this rule's.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from .pronounce import VOWELS

#: The dictionary word that holds only the weak form.
WEAK_THE = "weak+the"
WEAK_THE_PHONES = "DH AH"


def before_consonant(words: Sequence[str], first_phone: Callable[[str], Optional[str]],
                     the: str = "the") -> list[bool]:
    """Per word of a chain: it is ``the`` and the word after it opens with a consonant.

    ``first_phone(word)``: the first phone of a dictionary word (its first variant's), or None when unknown
    (``+SPN+``, nothing) -- then the "the" before it keeps both forms.
    """
    out = []
    for k, word in enumerate(words):
        nxt = first_phone(words[k + 1]) if k + 1 < len(words) and word == the else None
        out.append(nxt is not None and nxt.rstrip("012") not in VOWELS and nxt != "+SPN+")
    return out
