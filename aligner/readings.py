"""How a line written in characters is said, for espeak-ng: Japanese in kana, Mandarin in pinyin.

The phone pass pronounces another language's words with espeak-ng's voice for it (:mod:`.pronounce`).
Two scripts defeat that: espeak-ng's Japanese voice reads kana but no kanji (given 図書館 it says
"Chinese letter" in English), and Debian's espeak-ng has no Chinese character dictionary (given 谢谢
its ``cmn`` voice spells code points in English).  So the phone pass placed no Japanese or Chinese
line, and those lines kept Whisper's and the pause pass's edges (the tenth aside set's Japanese talk
under rain: 36 % of boundaries within 100 ms).  Each script's reading comes from a well-kept,
openly licensed package, read lazily (neither is needed for any other language):

* Japanese: Janome (Apache-2.0; the MeCab-IPADIC dictionary it ships is under its own permissive
  licence), a morphological analyser in pure Python whose tokens carry their reading in katakana.
  The reading is given to espeak-ng ``ja`` in hiragana, a particle は said "wa" written わ and a
  particle へ said "e" written え (espeak-ng reads the letters, not the grammar);
* Mandarin: pypinyin (MIT), each character's pinyin with its tone number (the neutral tone
  unnumbered), given to espeak-ng's ``cmn-latn-pinyin`` voice.

Without the package, :func:`reader_for` returns None and such lines keep the pause pass, as before.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache
from typing import Callable, Optional

from .language import base_code

log = logging.getLogger(__name__)

#: espeak-ng voice that says each script's reading.
READING_VOICES = {"ja": "ja", "zh": "cmn-latn-pinyin"}
#: Characters of a reading voice's IPA that mark tones, not sounds: espeak-ng's Mandarin writes each syllable's
#: tone contour after it in digits and "ɜ" (a reversed 3: "ma2" comes back "mˈɑɜ"), which the IPA map would
#: otherwise read as the vowel ɜ.
TONE_MARKS = {"cmn-latn-pinyin": "ɜ0123456789"}
#: Whisper codes read as Mandarin (Whisper writes Mandarin "zh"; espeak-ng's name is "cmn").
_MANDARIN = frozenset({"zh", "cmn"})
#: Katakana to hiragana: the same syllables one Unicode block lower (ヴ and the small ヵヶ have no hiragana in use).
_KATA_TO_HIRA = {c: c - 0x60 for c in range(ord("ァ"), ord("ヶ") + 1) if chr(c) not in "ヴヵヶ"}


def reading_language(language: Optional[str]) -> Optional[str]:
    """"ja" or "zh" for a language whose lines this module reads, else None."""
    base = base_code(language or "")
    if base == "ja":
        return "ja"
    return "zh" if base in _MANDARIN else None


def reader_for(language: Optional[str]) -> Optional[Callable[[str], str]]:
    """A function from written text to what espeak-ng's :data:`READING_VOICES` voice should be given,
    or None where this language needs none or its package is not installed."""
    which = reading_language(language)
    if which == "ja":
        return japanese_reading if _janome() is not None else None
    if which == "zh":
        return mandarin_reading if _pypinyin() is not None else None
    return None


@lru_cache(maxsize=1)
def _janome():
    try:
        from janome.tokenizer import Tokenizer
    except ImportError:
        log.info("janome is not installed: Japanese lines with kanji keep the pause pass's edges")
        return None
    return Tokenizer()  # loads its dictionary once (~0.3 s)


@lru_cache(maxsize=1)
def _pypinyin():
    try:
        import pypinyin
    except ImportError:
        log.info("pypinyin is not installed: Chinese lines keep the pause pass's edges")
        return None
    return pypinyin


def _hiragana(katakana: str) -> str:
    return katakana.translate(_KATA_TO_HIRA)


def japanese_reading(text: str) -> str:
    """``text`` in hiragana, word by word (spaces between), particles written as said.

    A token Janome has no reading for ("*": a Latin word, a number in digits) is kept as written:
    espeak-ng reads digits and Latin letters itself.
    """
    out = []
    for token in _janome().tokenize(text):
        surface = token.surface
        reading = _token_reading(token)
        if token.part_of_speech.startswith("助詞") and surface in ("は", "へ"):
            reading = "わ" if surface == "は" else "え"
        elif token.part_of_speech.startswith("感動詞") and surface.endswith("は"):  # こんにちは, こんばんは
            reading = reading[:-1] + "ワ"
        if unicodedata.category(surface[0]).startswith("P") or not surface.strip():
            out.append(" ")
            continue
        out.append(_hiragana(reading) + " ")
    return re.sub(r"\s+", " ", "".join(out)).strip()


def japanese_kana(text: str) -> Optional[str]:
    """``text`` as it is read, in hiragana with no spaces (kanji, katakana and hiragana alike), for matching a
    transcript to what Whisper heard: Whisper writes what it hears in kanji or in kana as it likes (歴史 heard as
    れきし), and matching compares characters.  None where Janome is not installed."""
    if _janome() is None:
        return None
    return "".join(_hiragana(_token_reading(token)) for token in _janome().tokenize(text))


def _token_reading(token) -> str:
    """A Janome token's reading in katakana, or the token as written where Janome has none ("*")."""
    return token.reading if token.reading and token.reading != "*" else token.surface


def mandarin_reading(text: str) -> str:
    """``text`` in pinyin with tone numbers, a syllable a character; what is not Chinese is kept."""
    pypinyin = _pypinyin()
    syllables = pypinyin.lazy_pinyin(text, style=pypinyin.Style.TONE3, neutral_tone_with_five=False)
    return " ".join("".join(c for c in s if c.isalnum()) for s in syllables if any(c.isalnum() for c in s))
