"""Two words of the text heard as one: "console Asterisk" written by Whisper as "consoleasterisca".

Whisper's tokens sometimes run two words together (a name after a common word, a compound the text writes
apart: "data base" heard "database").  Matched word to word, the heard token goes to one of the two words
-- the one it resembles more -- and the other has no heard word: placed in the sound after its line, it
carried the line's end 1.9 s into the next pause (``iy_it_real_sewing``, "... nella console Asterisk." heard
"... nella consoleasterisca.", end +2042 ms over a sewing machine).  The fine alignment inside a gap between
anchors (:func:`.placement.fine_align`) may therefore pair two consecutive words with one heard token, when the
two written together are that token's spelling and neither alone is; both are then laid over it by characters.
"""

from __future__ import annotations

from rapidfuzz.fuzz import ratio

#: Similarity (0-1) two words written together must reach with a heard token to be taken as that token ...
JOINED_SAME_WORD = 0.8


def joined_similarity(first: str, second: str, heard: str, alone: float) -> float:
    """Similarity (0-1) of ``first`` and ``second`` written together to ``heard``, or 0.0 when it is below
    JOINED_SAME_WORD or no better than ``alone`` (the better of the two words' own similarities to ``heard``):
    then "a cat" heard "cat" is the word "cat" and an "a" Whisper left out, not two words heard as one."""
    sim = ratio(first + second, heard) / 100.0
    return sim if sim >= JOINED_SAME_WORD and sim > alone else 0.0
