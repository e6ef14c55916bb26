"""Words of a segment's text, and the normalized tokens used to match text to speech.

A segment keeps its original text exactly; its words are the whitespace-separated
pieces of that text, with punctuation kept attached (``"question.."``).  A piece
with no letter or digit (a lone dash) is glued to its neighbour so every word has
something to say.  Bracketed stage directions (``[applause]``, ``(laughs)``) are
*cues*: kept as words so the text survives export, but never aligned to speech.

Matching uses a normalized copy: lower case, punctuation dropped, digits spelled
out ("10%" -> "ten percent"), so "GPT-3" in the text and "GPT three" heard in the
audio compare equal.  The copy depends on the talk's language: numbers are
spelled in it (num2words), elisions are cut at the apostrophe outside English
("l'homme" -> "l", "homme", however Whisper spaces it), and characters of
scripts written without spaces (Chinese, Japanese) are tokens of their own, so
a sentence of hanzi matches character by character (in Chinese, traditional characters folded to
simplified: Whisper writes either, :func:`simplified`).  Both sides of a match are
normalized with the same language, which is all that matters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from num2words import num2words

from .readings import japanese_kana

#: Words that, inside round brackets or asterisks (``*laughs*``, a chat transcript's way), mark a non-speech cue
#: rather than spoken text.
_CUE_WORDS = {
    "applause", "laughter", "laughs", "laughing", "laugh", "music", "inaudible", "crosstalk",
    "silence", "cough", "coughs", "coughing", "sighs", "sigh", "chuckles", "chuckle", "cheers",
    "cheering", "pause", "noise", "unintelligible", "indistinct", "background", "audience",
    "video", "clip", "break", "beep", "static", "singing", "sound", "sounds", "groans", "gasps",
}

_BRACKET_RE = re.compile(r"\[[^\[\]]*\]|\((?P<paren>[^()]*)\)|\*(?P<star>[^*\s][^*\n]*)\*|\{[^{}]*\}|<[^<>]*>|♪[^♪]*♪")
_HAS_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class WordSpan:
    """One word of a text: its characters and where they sit in the text."""

    text: str
    start: int  #: character offset of the first character
    end: int  #: character offset after the last character
    cue: bool = False  #: a bracketed non-speech cue, not aligned


def _is_cue_parenthetical(content: str) -> bool:
    words = re.findall(r"[a-z]+", content.lower())
    return bool(words) and len(words) <= 4 and any(w in _CUE_WORDS for w in words)


def _cue_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _BRACKET_RE.finditer(text):
        inside = m.group("paren") if m.group("paren") is not None else m.group("star")
        if inside is not None and not _is_cue_parenthetical(inside):  # "(see below)", "*really*": said
            continue
        spans.append((m.start(), m.end()))
    return spans


@lru_cache(maxsize=4096)
def split_words(text: str) -> tuple[WordSpan, ...]:
    """The words of ``text`` with their character spans.

    The same text always gives the same words, which is what lets a segment's
    timed ``words`` be matched back to its ``text``.
    """
    pieces: list[WordSpan] = []
    cues = _cue_spans(text)
    pos = 0
    for cs, ce in cues + [(len(text), len(text))]:
        for m in re.finditer(r"\S+", text[pos:cs]):
            pieces.append(WordSpan(m.group(), pos + m.start(), pos + m.end()))
        if ce > cs:
            pieces.append(WordSpan(text[cs:ce], cs, ce, cue=True))
        pos = ce
    # Glue pieces without a word character ("-", "—", "...") to a neighbour.
    merged: list[WordSpan] = []
    pending: WordSpan | None = None
    for p in pieces:
        if not p.cue and not _HAS_WORD_CHAR.search(p.text):
            if merged and not merged[-1].cue:
                prev = merged.pop()
                merged.append(WordSpan(text[prev.start:p.end], prev.start, p.end))
            else:
                pending = p if pending is None else WordSpan(text[pending.start:p.end], pending.start, p.end)
            continue
        if pending is not None:
            if p.cue:  # a cue keeps its own text: the wordless piece stands alone before it
                merged.append(pending)
            else:
                p = WordSpan(text[pending.start:p.end], pending.start, p.end)
            pending = None
        merged.append(p)
    if pending is not None:
        if merged and not merged[-1].cue:
            prev = merged.pop()
            merged.append(WordSpan(text[prev.start:pending.end], prev.start, pending.end))
        else:
            merged.append(pending)
    return tuple(merged)


# --------------------------------------------------------------------------- normalization

_ABBREVIATIONS = {
    "dr": "doctor", "mr": "mister", "mrs": "missus", "ms": "miss", "st": "saint", "prof": "professor",
    "vs": "versus", "etc": "et cetera", "jr": "junior", "sr": "senior", "no": "number",
}
_SYMBOLS = {"%": " percent ", "&": " and ", "+": " plus ", "@": " at ", "=": " equals ", "°": " degrees "}
_CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}
_NUMBER_RE = re.compile(r"(?P<cur>[$€£¥])?(?P<num>\d+(?:[.,]\d+)*)(?P<suffix>st|nd|rd|th|s)?", re.I)


#: Words for symbols in languages other than English (num2words spells the numbers next to them).
_SYMBOL_WORDS = {
    "fr": {"%": "pour cent", "€": "euros", "$": "dollars"}, "de": {"%": "prozent", "€": "euro", "$": "dollar"},
    "es": {"%": "por ciento", "€": "euros", "$": "dólares"}, "it": {"%": "per cento", "€": "euro", "$": "dollari"},
    "pt": {"%": "por cento", "€": "euros", "$": "dólares"}, "nl": {"%": "procent", "€": "euro", "$": "dollar"},
    "sv": {"%": "procent", "€": "euro", "$": "dollar"}, "da": {"%": "procent", "€": "euro", "$": "dollar"},
    "no": {"%": "prosent", "€": "euro", "$": "dollar"}, "pl": {"%": "procent", "€": "euro", "$": "dolarów"},
}
#: Whisper codes num2words knows under another name.
_NUM2WORDS_CODES = {"nn": "no", "kk": "kz"}
#: Languages written in Chinese characters, traditional or simplified: both fold to simplified for matching.
_CHINESE = {"zh", "yue"}
#: Characters of scripts written without spaces between words: each is a token of its own.
_NO_SPACE_SCRIPT = re.compile(r"([\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


def written_without_spaces(text: str) -> bool:
    """Whether ``text`` holds characters of a script written without spaces (Chinese, Japanese): a "word" of
    such text is a phrase or a whole line, whose characters are matched one by one."""
    return _NO_SPACE_SCRIPT.search(text) is not None


def _num2words_lang(language: str) -> str | None:
    from num2words import CONVERTER_CLASSES

    code = _NUM2WORDS_CODES.get(language, language)
    return code if code in CONVERTER_CLASSES else None


def _spell_number(raw: str, suffix: str, currency: str | None, language: str = "en") -> str:
    if language != "en":
        return _spell_number_in(raw, suffix, currency, language)
    suffix = (suffix or "").lower()
    digits = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw) else raw
    try:
        if suffix in ("st", "nd", "rd", "th"):
            words = num2words(int(digits), to="ordinal")
        elif re.fullmatch(r"\d+\.\d+", digits):
            whole, frac = digits.split(".")
            words = num2words(int(whole)) + " point " + " ".join(num2words(int(d)) for d in frac)
        elif re.fullmatch(r"\d+", digits):
            n = int(digits)
            if currency is None and len(digits) == 4 and 1100 <= n <= 2099 and n % 1000 >= 10:
                words = num2words(n, to="year")
            elif len(digits) > 1 and digits.startswith("0"):
                words = " ".join(num2words(int(d)) for d in digits)
            else:
                words = num2words(n)
            if suffix == "s":
                words += "s"
        else:
            words = " ".join(num2words(int(d)) for d in re.findall(r"\d", digits))
    except (ValueError, OverflowError, NotImplementedError):
        words = " ".join(num2words(int(d)) for d in re.findall(r"\d", raw))
    if currency:
        words += " " + _CURRENCIES[currency]
    return " " + words + " "


def _spell_number_in(raw: str, suffix: str, currency: str | None, language: str) -> str:
    """A number spelled in ``language`` (digits kept as they are where num2words does not know it).

    Thousands may be grouped with "." or "," (1.000 / 1,000) and decimals written
    with either; a group of exactly three digits after the separator is taken as
    thousands, as a reader of these languages would.
    """
    lang = _num2words_lang(language)
    tail = (" " + suffix) if suffix else ""
    cur = (" " + _SYMBOL_WORDS.get(language, {}).get(currency, "")) if currency else ""
    if lang is None:
        return " " + raw + tail + cur + " "
    try:
        if re.fullmatch(r"\d{1,3}([.,]\d{3})+", raw):
            words = num2words(int(re.sub(r"[.,]", "", raw)), lang=lang)
        elif re.fullmatch(r"\d+[.,]\d+", raw):
            words = num2words(float(raw.replace(",", ".")), lang=lang)
        elif re.fullmatch(r"\d+", raw):
            n = int(raw)
            if len(raw) > 1 and raw.startswith("0"):
                words = " ".join(num2words(int(d), lang=lang) for d in raw)
            elif currency is None and len(raw) == 4 and 1100 <= n <= 2099:
                try:
                    words = num2words(n, lang=lang, to="year")
                except NotImplementedError:
                    words = num2words(n, lang=lang)
            else:
                words = num2words(n, lang=lang)
        else:
            words = " ".join(num2words(int(d), lang=lang) for d in re.findall(r"\d", raw))
    except (ValueError, OverflowError, NotImplementedError, ArithmeticError):
        words = raw
    return " " + words + tail + cur + " "


@lru_cache(maxsize=1)
def _traditional_to_simplified():
    """OpenCC's converter (the ``opencc`` package, Apache-2.0), loaded on the first Chinese text."""
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=None)
def _simplified_character(ch: str) -> str:
    """One character's simplified form, followed all the way (薴 -> 苧 -> 苎), so a character and its simplified
    form always land on the same one."""
    convert = _traditional_to_simplified().convert
    for _ in range(4):
        folded = convert(ch)
        if folded == ch:
            break
        ch = folded
    return ch


def simplified(text: str) -> str:
    """``text`` with every traditional Chinese character folded to its simplified form, character by character.

    Whisper's multilingual ``base`` writes Mandarin in traditional characters more often than not (圖書館 for a
    transcript's 图书馆: ``zx_zh_espeak_music`` matched 30 % of its characters, 56 % folded), and a transcript may
    be in either script.  Character by character, not OpenCC's phrase conversion: matching compares single
    characters, and both sides must fold a character the same way whatever stands beside it.
    """
    return "".join(_simplified_character(ch) if ord(ch) >= 0x2E80 else ch for ch in text)


@lru_cache(maxsize=65536)
def normalize(text: str, language: str = "en") -> tuple[str, ...]:
    """Lower-case spoken-form tokens of a piece of text, for matching only.

    >>> normalize("Dr. Smith's GPT-3 costs $5, 10% less!")
    ('doctor', "smith's", 'gpt', 'three', 'costs', 'five', 'dollars', 'ten', 'percent', 'less')
    >>> normalize("L'homme qu'il a vu en 1984", "fr")
    ('l', 'homme', 'qu', 'il', 'a', 'vu', 'en', 'mille', 'neuf', 'cent', 'quatre', 'vingt', 'quatre')
    """
    language = (language or "en").lower().replace("_", "-").split("-")[0]
    english = language == "en"
    t = unicodedata.normalize("NFKC", text)
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").replace("\u02bc", "'")
    t = _NUMBER_RE.sub(lambda m: _spell_number(m.group("num"), m.group("suffix"), m.group("cur"), language), t)
    if english:
        for sym, word in _SYMBOLS.items():
            t = t.replace(sym, word)
    else:
        for sym, word in _SYMBOL_WORDS.get(language, {}).items():
            t = t.replace(sym, " " + word + " ")
        t = t.replace("'", " ")  # elisions: "l'homme", "qu'il", "dell'anno", "geht's"
    t = t.lower()
    if language in _CHINESE:  # Whisper writes Mandarin in traditional characters as often as not
        t = simplified(t)
    elif language == "ja":  # ... and Japanese in kanji or kana as it likes: both sides compared as read
        t = japanese_kana(t) or t
    t = re.sub(r"[-\u2010-\u2015/_]", " ", t)
    t = re.sub(r"[^\w' ]", " ", t)
    t = _NO_SPACE_SCRIPT.sub(r" \1 ", t)
    out: list[str] = []
    for w in t.split():
        w = w.strip("'")
        if not w:
            continue
        expand = english and w in _ABBREVIATIONS and _abbrev_context(text, w)
        out.extend(_ABBREVIATIONS[w].split() if expand else [w])
    return tuple(out)


def _abbrev_context(text: str, word: str) -> bool:
    """Expand an abbreviation only where the text wrote it with a period ("Dr." not "dr")."""
    return re.search(rf"\b{re.escape(word)}\.", text, re.I) is not None


def word_tokens(word: WordSpan | str, language: str = "en") -> tuple[str, ...]:
    """Normalized tokens of one word (a cue has none: it is not spoken)."""
    if isinstance(word, WordSpan):
        if word.cue:
            return ()
        word = word.text
    return normalize(word, language)


def written_word(word: WordSpan) -> tuple[str, ...]:
    """One word as written, lower-cased and stripped of the punctuation around it ("l'homme", "1998"), as the only
    token: how a non-English word is aligned and pronounced (espeak-ng reads it in its language; splitting an elision
    or spelling out a number the English way would not say it).  A cue has none: it is not spoken."""
    if word.cue:
        return ()
    text = re.sub(r"^[\W_]+|[\W_]+$", "", word.text.lower())
    return (text,) if text else ()
