"""A phrase the decoder wrote again and again over different sound: its own words, not the talk's.

Whisper's decoder, given sound it cannot follow (espeak-ng German through a
megaphone, ``tx_de_espeak_two_speakers_horn``), may write one stock sentence of
its language over chunk after chunk: "und dann geht es um die ganze Zeit." five
times over a 31-s talk, at 0.5, 10.4, 13.6, 14.9 and 25.0 s, and not one word of
the transcript.  Such a hearing is the decoder's language model speaking, not the
audio.  Read as evidence it misleads wherever the engine weighs what Whisper
heard against the written text by the decoder's own likelihood
(:mod:`.replaced_lines`): the decoder finds its own stock phrase likely over any
sound, so two spoken lines were called "replaced by one never spoken", taken out
of the forced placement and squeezed into a pause, and the line after them was
stretched over their 9 s of speech (lines 3-5 up to 6.3 s off).

Heard words under a line that the same hearing also wrote, as the same run of
:data:`PHRASE` words in the same order, over other sound elsewhere in the stretch,
and that the transcript never says in that order, are the decoder's phrase.  A
talk says its own wording more than once ("... followed by the pound key." closes
half a telephone system's prompts): a phrase the transcript holds is the talk's,
heard as often as it is said, and stays evidence.  Speech the transcript lacks
said twice in the talk would read as the decoder's, and a line truly replaced by
it would not be called replaced: it is placed as a misheard line, which costs
less than spoken lines taken out of their sound.
"""

from __future__ import annotations

from typing import Sequence

from .recognize import HeardWord

#: Words in a row that make a phrase: two ("und dann", "in the") recur in any talk by chance.
PHRASE = 3
#: At least this share of the tokens heard under a line lie in phrases written elsewhere too.
REPEATED_SHARE = 0.5


def _tokens(words: Sequence[HeardWord]) -> list[tuple[str, float, float]]:
    """Every heard token in order, with its word's time."""
    return [(t, w.start, w.end) for w in words for t in w.tokens]


def _phrases(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[k:k + PHRASE]) for k in range(len(tokens) - PHRASE + 1)}


def written_elsewhere(under: Sequence[HeardWord], stretch: Sequence[HeardWord], text: Sequence[str] = ()) -> bool:
    """Whether most of the words heard ``under`` a line (a run of ``stretch``'s heard words) are a phrase the
    same hearing wrote over other sound in ``stretch`` as well, and the transcript (its tokens ``text``) never
    says: at least :data:`REPEATED_SHARE` of their tokens lie in such a run of :data:`PHRASE` tokens found again,
    in the same order, wholly before or after them."""
    mine = _tokens(under)
    if len(mine) < PHRASE or not under:
        return False
    a, b = under[0].start, under[-1].end
    others = _tokens(stretch)
    elsewhere = set()  # the phrases written wholly before or after the words under the line
    for k in range(len(others) - PHRASE + 1):
        run = others[k:k + PHRASE]
        if run[-1][2] <= a or run[0][1] >= b:
            elsewhere.add(tuple(t for t, _, _ in run))
    elsewhere -= _phrases(list(text))  # the talk's own wording, heard as often as it is said
    covered = set()
    for k in range(len(mine) - PHRASE + 1):
        if tuple(t for t, _, _ in mine[k:k + PHRASE]) in elsewhere:
            covered.update(range(k, k + PHRASE))
    return len(covered) >= REPEATED_SHARE * len(mine)
