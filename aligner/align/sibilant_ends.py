"""Evidence for the review queue that a line's end does not hold the hiss its last word ends in.

A line whose last word ends in a voiceless sibilant -- "conference.", "patience.", "a flash." -- ends on a
hiss: turbulent noise with no voicing, which does not repeat itself at the speaker's pitch.  A nasal or a vowel does
(:mod:`.voice_edges`).  So the line's last few pitch periods say which of the two its end holds.

Where the hiss is not heard -- a telephone prompt's /s/ (its power above 4 kHz) behind a single-sideband relay or a
video call's narrow band, or its faint rest under a mix's noise -- the phone pass ends the word on the nasal before it
and gives the hiss to the pause: "conference." ends where its /n/ stops, 0.2-0.3 s early.  Every word fits, a quiet
pause follows (what is left of the hiss lies under the background), and no rule that reads the sound *after* the end
can see it: there is nothing there to read.  Of the 16 segments more than 200 ms off that the queue missed on the
seen sets ``cx_*``, ``dx_*``, ``ex_*``, ``fx_*`` (main 1372bc9), 8 are such ends, 206-319 ms early, on "conference."
(7) and "patience." (j152; the rule finds 5 of them).  What the end itself shows is the wrong sound: its last
:data:`LOOK` s repeat at a pitch, as a vowel or a nasal does (:data:`.voice_edges.VOWEL`), where the hiss it should
end in would not.

Where the background itself is voiced -- babble, music, a buzz, a second recorder's copy of the talk -- every frame
repeats at some pitch and the end's voicing says nothing: the rule is silent where the pause beside the line is
periodic too.  The end may lie later (the hiss unheard after it) or earlier (carried on into another voice): either
way it is not where the word's last sound is, and a person should listen.  The boundary is not moved: the hiss is not
in the signal to move it to.  English only: the phones are CMUdict's, and the rule was measured on English talks.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import numpy as np

from ..audio import Audio
from ..document import Segment
from ..language import is_english
from .review_evidence import FLOOR_GAP, FLOOR_LOOK, FLOOR_MIN
from .voice_edges import VOWEL, periodicity

#: Voiceless sibilants: a hiss with no voicing.  (/z/, /zh/ are voiced and a nasal-like end is theirs; /f/, /th/ are
#: weak enough to end under any background; an affricate's or a stop's release is too short to fill LOOK.)
SIBILANTS = frozenset({"S", "SH"})
#: Fricatives with their noise low or weak (:data:`.pronounce.HIGH_FRICATIVES` holds the rest).
LOW_FRICATIVES = frozenset({"V", "DH", "HH"})
#: How much of the line's end is read (s): three 40 ms frames (:data:`.voice_edges.WINDOW`, 10 ms apart) --
#: a 75 Hz voice's period three times in each -- all well inside a final /s/, which lasts 0.1-0.25 s (a prompt's
#: drawn-out one, 0.3 s).
LOOK = 0.06


def final_phone(text: str, language: str = "en") -> Optional[str]:
    """The last phone of a line's last spoken word (:func:`..text.normalize`: "2." is "two"), in every CMUdict
    pronunciation of it when they agree (else None: "use" ends in /s/ or /z/), from its spelling when it is not
    listed; None when the line has no word or no phone model's dictionary is at hand.  Outside English (``language``)
    the phones are those the phone pass aligns the word with (:func:`language_final_phones`)."""
    lasts = last_phones(text, language)
    return lasts.pop()[0] if lasts and len(lasts) == 1 else None


def last_phones(text: str, language: str = "en") -> Optional[set[tuple[str, ...]]]:
    """The last phone of a line's last spoken word in each of its pronunciations (one-phone tuples): English's from
    the dictionary (:func:`final_phones`), the other languages' as the phone pass reads the word
    (:func:`language_final_phones`); None where that cannot be told."""
    return final_phones(text, 1) if is_english(language) else language_final_phones(text, 1, language)


def language_final_phones(text: str, n: int, language: str) -> Optional[set[tuple[str, ...]]]:
    """The last ``n`` phones of a non-English line's last written word in each of the pronunciations espeak-ng's voice
    for ``language`` gives it, mapped to the phone model's ARPAbet (:class:`.pronounce.LanguagePronouncer`, as the
    phone pass reads the word: "раз" ends in /s/, its final consonant devoiced); None when the line has no word or
    no voice speaks the language."""
    variants = language_word_variants(text, language, -1)
    return None if variants is None else {tuple(p[-n:]) for p in variants if len(p) >= n}


def language_word_variants(text: str, language: str, index: int) -> Optional[tuple[tuple[str, ...], ...]]:
    """The pronunciations espeak-ng's voice for ``language`` gives a line's written word at ``index`` (0: its first,
    -1: its last), mapped to the phone model's ARPAbet as the phone pass reads the word; None when the line has no
    word or no voice speaks the language."""
    from ..text import split_words, written_word

    words = [w for w in (written_word(span) for span in split_words(text)) if w]  # written_word: () or (word,)
    pronouncer = _pronouncer(language)
    if not words or pronouncer.voice is None:
        return None
    return pronouncer.pronounce_variants(words[index])[words[index][0]]


@lru_cache(maxsize=None)
def _pronouncer(language: str):
    """One pronouncer per language for the process (it caches what espeak-ng said)."""
    from .pronounce import LanguagePronouncer

    return LanguagePronouncer(language)


def final_phones(text: str, n: int, spelled: bool = True) -> Optional[set[tuple[str, ...]]]:
    """The last ``n`` phones of a line's last spoken word in each of its CMUdict pronunciations (from its spelling
    when it is not listed, unless not ``spelled``: then none), as :func:`final_phone` reads its last; None when the
    line has no word or no phone model's dictionary is at hand."""
    from .pronounce import cmudict_lookup, letters_to_arpabet

    tokens = spoken_tokens(text)
    if not tokens:
        return None
    try:
        listed = cmudict_lookup(tokens[-1])
    except (ImportError, OSError):
        return None
    lasts = {tuple(p[-n:]) for p in listed if len(p) >= n}
    if lasts or not spelled:
        return lasts
    return {tuple(p[-n:]) for p in (letters_to_arpabet(tokens[-1]),) if len(p) >= n}


def spoken_tokens(text: str) -> list[str]:
    """A line's words as they are said (numbers in words, :func:`aligner.text.normalize`), letters and apostrophes
    only: what CMUdict is asked for."""
    from ..text import normalize

    tokens = ["".join(c for c in t if c.isalpha() or c == "'").strip("'") for t in normalize(text)]
    return [t for t in tokens if t]


def may_end_in_hiss(text: str) -> bool:
    """Whether the line's last spoken word may end in a fricative's or an affricate's hiss
    (:data:`.pronounce.HIGH_FRICATIVES`, :data:`.pronounce.AFFRICATES`) in one of its pronunciations
    (:func:`final_phones`); True where that cannot be told (no word, no dictionary): a hiss is not ruled out."""
    from .pronounce import AFFRICATES, HIGH_FRICATIVES

    lasts = final_phones(text, 1)
    return not lasts or any(p[0] in HIGH_FRICATIVES | AFFRICATES for p in lasts)


def may_come_back_after_a_dip(text: str, language: str = "en") -> bool:
    """Whether the line's last spoken word may end in a sound that comes back after a dip (:func:`final_phones`; outside
    English ``language``'s, as the phone pass reads the word, :func:`language_final_phones`): a stop's or an
    affricate's release after its closure (:data:`.pronounce.STOPS`), a fricative's hiss after the gap before it; True
    where that cannot be told (no word, no dictionary, no voice for the language).  A word that ends in a vowel, a
    nasal or a liquid ends on its sound's fade: nothing of it comes back once it has fallen to the pause."""
    from .pronounce import HIGH_FRICATIVES, STOPS

    lasts = last_phones(text, language)
    return not lasts or any(p[0] in STOPS | HIGH_FRICATIVES | LOW_FRICATIVES for p in lasts)


def may_end_in_a_release(text: str, language: str = "en") -> bool:
    """Whether the line's last spoken word may end in a stop's or an affricate's release (:data:`.pronounce.STOPS`)
    in one of its pronunciations; True where that cannot be told."""
    from .pronounce import STOPS

    lasts = last_phones(text, language)
    return not lasts or any(p[0] in STOPS for p in lasts)


def ends_in_a_release(text: str, language: str = "en") -> bool:
    """Whether the line's last spoken word ends in a plain stop in every pronunciation (:data:`.pronounce.STOPS` but
    the affricates, whose hiss lasts as a fricative's does): what comes back after its closure is a release burst and
    its breath, no longer.  False where that cannot be told."""
    from .pronounce import AFFRICATES, STOPS

    lasts = last_phones(text, language)
    return bool(lasts) and all(p[0] in STOPS - AFFRICATES for p in lasts)


def end_without_sibilant(audio: Audio, segment: Segment, before: float, after: float) -> bool:
    """Whether the line's last word ends in a voiceless sibilant (:data:`SIBILANTS`, :func:`final_phone`) but its
    last :data:`LOOK` s repeat at a pitch on median (:func:`.voice_edges.periodicity` at least
    :data:`.voice_edges.VOWEL`) while the background beside the line does not (:func:`background_periodicity`;
    ``before`` / ``after``: where the neighbours end and start): its end holds a voiced sound, not the hiss."""
    if not segment.timed or segment.end - segment.start < 2 * LOOK or final_phone(segment.text) not in SIBILANTS:
        return False
    voiced = periodicity(audio, segment.end - LOOK, segment.end)
    if not len(voiced) or float(np.median(voiced)) < VOWEL:
        return False
    background = background_periodicity(audio, segment, before, after)
    return background is None or background < VOWEL


def background_periodicity(audio: Audio, segment: Segment, before: float, after: float) -> Optional[float]:
    """How much the background repeats at a pitch (median :func:`.voice_edges.periodicity`): in the pause after the
    line (:data:`.review_evidence.FLOOR_LOOK` s after its end, FLOOR_GAP s off the next line, at least FLOOR_MIN s:
    past the line's own last sound and a room's first tail), else in the pause before it (as far from the line
    before); None when neither pause is long enough to read."""
    for a, b in ((segment.end + FLOOR_LOOK[0], min(after - FLOOR_GAP, segment.end + FLOOR_LOOK[1])),
                 (max(before + FLOOR_LOOK[0], segment.start - FLOOR_LOOK[1]), segment.start - FLOOR_GAP)):
        if b - a >= FLOOR_MIN:
            frames = periodicity(audio, a, b)
            if len(frames):
                return float(np.median(frames))
    return None
