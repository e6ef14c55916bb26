"""A line laid over speech that is not its words: a sentence replaced in the transcript by one never spoken.

Placement lays a gap's transcript words over the heard words between the same
anchors when the two are of similar length (:meth:`.placement.Placer._gap`).
That is right for a misheard name or an edited wording: most of the line's
longer words still *sound like* what was heard there.  It is wrong when the
transcript's line was replaced by one never spoken: the unspoken line was laid
over the spoken one's sound, so the line was neither reported as not heard nor
the speech as unscripted (an aside case, ``mx_espeak_tiled_substituted``, and
its development twin ``rd31_real_gaps_substituted_adpcm``: "Please enter your
conference number followed by the pound key." laid over "Call forward on no
answer").

The evidence is Whisper's own hearing of that stretch against the line's text:
a line's worth of words (:data:`MIN_LONG_WORDS` words of four letters or more,
which chance rarely pairs the way it pairs "the" and "and") of which almost
none sounds like any word heard there, over a second or more of speech that is
itself a sentence's worth (as many long words).  A line merely misheard (noise,
a name, an accent) keeps most of its long words within spelling distance of
what was heard; a word or two replaced in an edited sentence is too short to
count; a scrap heard over a masked line is not another sentence
(``rd12_real_crosstalk_video``: under a second talker and a video's codec,
Whisper heard "We're in Paris." over "That agent is already logged on." --
without that guard the spoken line was taken out, its start 0.42 s off); nor
is speech that is mostly a neighbouring line's words (the same case, listened
to again: "Please enter your holiday" heard over "That agent is already logged
on.", the next line being "Please enter your agent number ...").
"""

from __future__ import annotations

from typing import Sequence

from rapidfuzz.fuzz import ratio

#: Transcript words at least this long count as evidence (shorter ones pair by chance: "the", "and", "to").
LONG_WORD = 4
#: A line's worth of text: at least this many long words in the gap.
MIN_LONG_WORDS = 3
#: Spelling similarity (0-100) at which a long transcript word sounds like a heard one ("colour"/"color",
#: "blacklisted"/"listed" partly; "followed"/"forward" does not).
SOUNDS_LIKE = 70
#: At most this share of the long words may sound like something heard for the line to be another one.
MAX_SHARED = 0.2
#: The heard speech must last at least this long (s): a word or two is a mishearing, not a sentence.
MIN_HEARD_SECONDS = 1.0
#: Heard speech whose long words are this much (or more) a neighbouring line's is that line heard again.
NEIGHBOURS_SHARE = 0.5


def sounds_like_share(line_tokens: Sequence[str], heard_tokens: Sequence[str]) -> tuple[float, int]:
    """(share of the line's long words that sound like some heard word, how many long words the line has)."""
    long_words = [t for t in line_tokens if len(t) >= LONG_WORD]
    if not long_words or not heard_tokens:
        return 0.0, len(long_words)
    alike = sum(1 for t in long_words if max(ratio(t, h) for h in heard_tokens) >= SOUNDS_LIKE)
    return alike / len(long_words), len(long_words)


def heard_another_line(line_tokens: Sequence[str], heard_tokens: Sequence[str], heard_seconds: float,
                       neighbours: Sequence[str] = ()) -> bool:
    """Whether the speech heard where a line's words would be laid is another sentence, not a mishearing of it.

    ``line_tokens``: the transcript tokens of one line left between two anchors; ``heard_tokens``: the heard
    tokens between the same anchors; ``heard_seconds``: how long they last; ``neighbours``: the tokens of the
    lines on either side.  Both must hold a line's worth of long words, and what was heard must not be mostly
    a neighbour's words (heard twice, or early: a neighbour's, not a sentence the transcript lacks).
    """
    if heard_seconds < MIN_HEARD_SECONDS or sum(1 for t in heard_tokens if len(t) >= LONG_WORD) < MIN_LONG_WORDS:
        return False
    share, n = sounds_like_share(line_tokens, heard_tokens)
    if n < MIN_LONG_WORDS or share > MAX_SHARED:
        return False
    return sounds_like_share(heard_tokens, neighbours)[0] < NEIGHBOURS_SHARE
