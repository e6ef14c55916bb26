"""Pronunciations (ARPAbet phones) for any English word, for the phonetic aligner.

The acoustic model pocketsphinx ships knows 39 ARPAbet phones, and its
dictionary (CMUdict, ~135k words) covers ordinary English.  Talks are full of
words it lacks: names, jargon, acronyms ("gpt").  For those we ask espeak-ng,
whose letter-to-sound rules are good, for IPA and map that to ARPAbet; one
subprocess call serves a whole batch of words and results are cached.  Where
espeak-ng is not installed, simple spelling rules give a rough pronunciation:
worse, but a forced aligner only needs the right *kind* of sounds in the right
order to find word boundaries, and the app keeps working.

Lookup order: CMUdict (every listed variant), then espeak-ng, then letters.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import unicodedata
from functools import lru_cache
from typing import Callable, Iterable, Optional, Sequence

from ..readings import READING_VOICES, TONE_MARKS, reader_for, reading_language

log = logging.getLogger(__name__)

#: The phones of pocketsphinx's en-us acoustic model (besides silence and noise).
PHONES = frozenset(
    "AA AE AH AO AW AY B CH D DH EH ER EY F G HH IH IY JH K L M N NG OW OY P R S SH T TH UH UW V W Y Z ZH".split())

#: Phones that open with a silent closure before a burst: stops and affricates.
STOPS = frozenset("P B T D K G CH JH".split())
#: Fricatives whose noise lies mostly above a narrow band's top (4 kHz at 8 kHz sampling, 3.4 kHz on a telephone).
HIGH_FRICATIVES = frozenset("S Z SH ZH F TH".split())
#: Affricates: a stop's closure released into a fricative's hiss (/ch/ = /t/ + /sh/, /jh/ = /d/ + /zh/), the hiss as
#: high as /sh/'s and as long as a short one's -- no brief burst.
AFFRICATES = frozenset("CH JH".split())
#: A word opening on one of these opens with a hiss: a voiceless fricative's, an affricate's, an /h/'s breath.  A word
#: opening on a vowel, a nasal, a liquid or a stop's closure has none (:mod:`.opening_hiss`, :mod:`.carried_starts`).
HISSES = HIGH_FRICATIVES | AFFRICATES | {"HH"}
#: The model's vowels (a dictionary's stress marks stripped).
VOWELS = frozenset("AA AE AH AO AW AY EH ER EY IH IY OW OY UH UW".split())

Pronunciation = tuple[str, ...]

# ------------------------------------------------------------------ CMUdict


def model_dir() -> str:
    """Folder of pocketsphinx's bundled en-us model (acoustic model, dictionary)."""
    from pocketsphinx import get_model_path

    return get_model_path()


def cmudict_path() -> str:
    return os.path.join(model_dir(), "en-us", "cmudict-en-us.dict")


@lru_cache(maxsize=1)
def _cmudict() -> dict[str, tuple[Pronunciation, ...]]:
    prons: dict[str, list[Pronunciation]] = {}
    with open(cmudict_path(), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 2:
                continue
            word = re.sub(r"\(\d+\)$", "", parts[0])
            prons.setdefault(word, []).append(tuple(parts[1:]))
    return {w: tuple(p) for w, p in prons.items()}


def cmudict_lookup(word: str) -> tuple[Pronunciation, ...]:
    """Every CMUdict pronunciation of ``word`` (lower case), or () if it is not listed.

    Reads the dictionary file on first use (~0.3 s).  The phonetic aligner does
    not need this: its decoder already holds the same dictionary.
    """
    return _cmudict().get(word.lower(), ())


@lru_cache(maxsize=1)
def _first_pronunciation_lengths() -> dict[str, int]:
    """Word -> phones in its first CMUdict pronunciation, read without building the pronunciations.

    The review queue only asks how many phones an edge word has; building every
    pronunciation (:func:`_cmudict`) for that cost each alignment ~0.3 s, this
    lean read a third of it.  Variants ("word(2)") follow the first pronunciation.
    """
    lengths: dict[str, int] = {}
    with open(cmudict_path(), encoding="utf-8") as fh:
        for line in fh:
            word, _, phones = line.rstrip().partition(" ")
            if phones and not word.endswith(")"):
                lengths[word] = phones.count(" ") + 1
    return lengths


def cmudict_phone_count(word: str) -> int:
    """Phones in ``word``'s first CMUdict pronunciation (lower case), or 0 if it is not listed."""
    return _first_pronunciation_lengths().get(word.lower(), 0)


# ------------------------------------------------------------------ espeak-ng

#: espeak-ng IPA symbols -> ARPAbet: the en-us voice's, and every other voice's mapped to the nearest en-us
#: phone by how it is made (place, manner, voicing; for vowels height, backness, rounding), so that the
#: English acoustic model can place the words of any language espeak-ng speaks (see :class:`LanguagePronouncer`).
#: Units are matched longest first, so "aɪɚ" beats "aɪ" + "ɚ".  Keys are NFC ("õ" is one character).
_IPA_TO_ARPA: dict[str, tuple[str, ...]] = {
    # vowels and diphthongs
    "ə": ("AH",), "ɐ": ("AH",), "ʌ": ("AH",), "ɚ": ("ER",), "ɝ": ("ER",), "ɜ": ("ER",), "ɜː": ("ER",),
    "æ": ("AE",), "a": ("AA",), "aː": ("AA",), "ɑ": ("AA",), "ɑː": ("AA",), "ɒ": ("AA",),
    "ɔ": ("AO",), "ɔː": ("AO",), "ɛ": ("EH",), "ɛː": ("EH",), "e": ("EH",), "eː": ("EY",),
    "ɪ": ("IH",), "ɪː": ("IY",), "ᵻ": ("IH",), "ɨ": ("IH",), "i": ("IY",), "iː": ("IY",), "y": ("UW",), "yː": ("UW",),
    "ʊ": ("UH",), "u": ("UW",), "uː": ("UW",), "ɯ": ("UW",), "o": ("OW",), "oː": ("OW",), "ø": ("ER",), "œ": ("ER",),
    "eɪ": ("EY",), "aɪ": ("AY",), "ɔɪ": ("OY",), "aʊ": ("AW",), "oʊ": ("OW",), "əʊ": ("OW",),
    "iə": ("IY", "AH"), "eə": ("EH", "R"), "ʊə": ("UH", "R"), "aɪə": ("AY", "ER"), "aɪɚ": ("AY", "ER"),
    "aʊɚ": ("AW", "ER"), "aʊə": ("AW", "ER"), "əl": ("AH", "L"),
    "ɑːɹ": ("AA", "R"), "ɔːɹ": ("AO", "R"), "oːɹ": ("AO", "R"), "oɹ": ("AO", "R"), "ɛɹ": ("EH", "R"),
    "ɪɹ": ("IH", "R"), "ʊɹ": ("UH", "R"), "ɜːɹ": ("ER",),
    # other languages' vowels: front rounded ones go to the English vowel of the same height (ER for
    # the mid ones, whose low F3 English lacks but whose F1/F2 ER shares), central ones to AH/UH/UW
    "ʏ": ("UH",), "ɵ": ("UH",), "ʉ": ("UW",), "ɘ": ("AH",), "ɞ": ("ER",), "ɤ": ("AH",), "ɶ": ("AE",),
    "ä": ("AA",), "ɛɪ": ("EY",), "ɔø": ("OY",), "ɔʏ": ("OY",), "oɪ": ("OY",), "eu": ("EH", "UW"),
    # nasal vowels (French, Portuguese, Polish, Hindi): the oral vowel and the nasal murmur after it
    "ɑ̃": ("AA", "N"), "ɔ̃": ("OW", "N"), "ɛ̃": ("EH", "N"), "œ̃": ("AH", "N"), "ɐ̃": ("AH", "N"),
    "ã": ("AA", "N"), "õ": ("OW", "N"), "ẽ": ("EH", "N"), "ĩ": ("IY", "N"), "ũ": ("UW", "N"),
    "ʊ̃": ("UW",),  # the glide of a nasal diphthong ("não" nɐ̃ʊ̃): one nasal murmur is enough
    # consonants
    "p": ("P",), "b": ("B",), "t": ("T",), "d": ("D",), "k": ("K",), "ɡ": ("G",), "g": ("G",),
    "f": ("F",), "v": ("V",), "θ": ("TH",), "ð": ("DH",), "s": ("S",), "z": ("Z",), "ʃ": ("SH",), "ʒ": ("ZH",),
    "h": ("HH",), "ɦ": ("HH",), "ç": ("HH",), "x": ("K",), "χ": ("K",), "ɣ": ("G",), "β": ("V",),
    "m": ("M",), "n": ("N",), "ŋ": ("NG",), "ɲ": ("N", "Y"), "l": ("L",), "ɫ": ("L",), "ɬ": ("L",), "ʎ": ("L", "Y"),
    "ɹ": ("R",), "r": ("R",), "ɾ": ("D",), "ʁ": ("R",), "ɻ": ("R",), "j": ("Y",), "w": ("W",), "ʍ": ("W",),
    "tʃ": ("CH",), "dʒ": ("JH",), "ts": ("T", "S"), "dz": ("D", "Z"), "ʔ": ("T",),
    "n̩": ("AH", "N"), "l̩": ("AH", "L"), "m̩": ("AH", "M"),
    # other languages' consonants: retroflex and palatal ones to the nearest English place, trills and
    # uvular r to R, pharyngeals to HH, implosives to the plain stop
    "ʀ": ("R",), "r̝": ("R", "ZH"), "ʂ": ("SH",), "ʐ": ("ZH",), "ɕ": ("SH",), "ʑ": ("ZH",), "ɧ": ("SH",),
    "tɕ": ("CH",), "dʑ": ("JH",), "tʂ": ("CH",), "dʐ": ("JH",), "pf": ("P", "F"), "c": ("CH",), "ɟ": ("JH",),
    "ʈ": ("T",), "ɖ": ("D",), "ɳ": ("N",), "ɭ": ("L",), "ɽ": ("D",), "ʋ": ("V",), "ɱ": ("M",), "ɴ": ("NG",),
    "q": ("K",), "ɢ": ("G",), "ħ": ("HH",), "ʕ": ("HH",), "ɸ": ("F",), "ʝ": ("Y",), "ɰ": ("W",), "ɥ": ("W",),
    "ɮ": ("L",), "ʙ": ("R",), "ɓ": ("B",), "ɗ": ("D",), "ʄ": ("JH",), "ɠ": ("G",), "ɺ": ("L",),
}
_IPA_LONGEST = max(len(k) for k in _IPA_TO_ARPA)
#: Marks that carry no phone of their own (stress, syllable breaks, ties, length on an unknown unit,
#: glottalisation "?" of Danish/German voices, tone numbers of tone languages, diacritics).
_IPA_IGNORED = {"ˈ", "ˌ", ".", "‿", "-", "ʲ", "ʰ", "ː", "ˑ", "?", "ˤ", "ʷ", "ˠ", "\u0361", "\u035c", "\u0303",
                "\u0325", "\u032c", "\u02de", "\u030a", "\u031d", "\u031e", "\u032a", "\u0329", "\u0330",
                "\u0306", "\u0308", "\u031a", "\u0339", "\u031c", "\u0324", *"0123456789"}


#: Close-mid /e/ (Spanish, Italian, French, German "e") lies between English EH (open-mid) and EY (whose
#: nucleus is [e]); which one the English model hears nearer depends on the voice: espeak-ng's own French [e]
#: fits EH, real Spanish and Italian speakers' fits EY (a line's last "e" read as EH is given to silence, README
#: "Why the phone pass ends lines early on degraded audio").  So such a word gets both, as dictionary variants the
#: search chooses between per word (as CMUdict's "the" = DH AH / DH IY): every /e/ of the word EH, or every one EY
#: -- two variants, not one per /e/ and combination.
_CLOSE_MID_E = "e"
_CLOSE_MID_E_READINGS: tuple[tuple[str, ...], ...] = (("EH",), ("EY",))


def ipa_to_arpabet(ipa: str) -> Pronunciation:
    """ARPAbet phones for an espeak-ng IPA string (longest-match over known units); close-mid /e/ as EH."""
    phones, unknown = _convert_ipa(ipa)
    if unknown:
        log.debug("no ARPAbet phone for IPA %s in %r", " ".join(sorted(unknown)), ipa)
    return phones


def ipa_to_arpabet_variants(ipa: str) -> tuple[Pronunciation, ...]:
    """Every pronunciation the search should be offered for an IPA string: one, or two where it has close-mid /e/.

    The first is :func:`ipa_to_arpabet`'s (every /e/ as EH); the second, present only when the string has a
    close-mid /e/, reads every one as EY (see ``_CLOSE_MID_E_READINGS``).
    """
    first = ipa_to_arpabet(ipa)
    out = [first]
    for reading in _CLOSE_MID_E_READINGS[1:]:
        other = _convert_ipa(ipa, close_mid_e=reading)[0]
        if other not in out:
            out.append(other)
    return tuple(out)


def unmapped_ipa(ipa: str) -> set[str]:
    """The symbols of an IPA string that map to no phone and are not marks (stress, length ...)."""
    return _convert_ipa(ipa)[1]


def _convert_ipa(ipa: str, close_mid_e: Optional[tuple[str, ...]] = None) -> tuple[Pronunciation, set[str]]:
    """Longest-match conversion; ``close_mid_e`` replaces the table's reading of a lone close-mid /e/."""
    ipa = unicodedata.normalize("NFC", re.sub(r"\([^)]*\)", "", ipa))  # drop "(fr)" voice-switch marks
    out: list[str] = []
    unknown: set[str] = set()
    i = 0
    while i < len(ipa):
        for n in range(min(_IPA_LONGEST, len(ipa) - i), 0, -1):
            unit = ipa[i:i + n]
            if unit in _IPA_TO_ARPA:
                out.extend(close_mid_e if close_mid_e is not None and unit == _CLOSE_MID_E else _IPA_TO_ARPA[unit])
                i += n
                break
        else:  # stress, length after an unmapped unit, spaces, unknown symbols: nothing to say
            if ipa[i] not in _IPA_IGNORED and not ipa[i].isspace():
                unknown.add(ipa[i])
            i += 1
    return tuple(out), unknown


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def _espeak_ipa(words: Sequence[str], voice: str = "en-us") -> list[str]:
    """IPA for each word, one espeak-ng call for the batch (one word per line).

    Each word is its own sentence ("word.") so espeak neither joins it to its
    neighbours nor reduces it.  If the output does not come back one line per
    word, words are asked one at a time instead.
    """
    exe = shutil.which("espeak-ng")
    if exe is None or not words:
        return ["" for _ in words]

    def run(text: str) -> list[str]:
        res = subprocess.run([exe, "-q", "--ipa", "-v", voice], input=text.encode("utf-8"),
                             capture_output=True, timeout=60, check=False)
        return res.stdout.decode("utf-8", "replace").splitlines()

    lines = [ln.strip() for ln in run("".join(f"{w}.\n" for w in words))]
    lines = [ln for ln in lines if ln]
    if len(lines) == len(words):
        return lines
    return [" ".join(ln.strip() for ln in run(f"{w}.\n")) for w in words]


# ------------------------------------------------------------------ letters (no espeak-ng)

_LETTER_NAMES = {
    "a": "EY", "b": "B IY", "c": "S IY", "d": "D IY", "e": "IY", "f": "EH F", "g": "JH IY", "h": "EY CH",
    "i": "AY", "j": "JH EY", "k": "K EY", "l": "EH L", "m": "EH M", "n": "EH N", "o": "OW", "p": "P IY",
    "q": "K Y UW", "r": "AA R", "s": "EH S", "t": "T IY", "u": "Y UW", "v": "V IY", "w": "D AH B AH L Y UW",
    "x": "EH K S", "y": "W AY", "z": "Z IY",
}
#: Spelling patterns, longest first within the regex alternation.
_GRAPHEMES = [
    ("tion", "SH AH N"), ("sion", "ZH AH N"), ("ture", "CH ER"), ("igh", "AY"), ("tch", "CH"), ("dge", "JH"),
    ("sch", "S K"), ("ch", "CH"), ("sh", "SH"), ("th", "TH"), ("ph", "F"), ("gh", ""), ("ck", "K"),
    ("ng", "NG"), ("qu", "K W"), ("wh", "W"), ("kn", "N"), ("wr", "R"), ("ee", "IY"), ("ea", "IY"),
    ("oo", "UW"), ("ai", "EY"), ("ay", "EY"), ("oa", "OW"), ("ou", "AW"), ("ow", "OW"), ("oi", "OY"),
    ("oy", "OY"), ("au", "AO"), ("aw", "AO"), ("ie", "IY"), ("ei", "EY"), ("ey", "IY"), ("ew", "UW"),
    ("er", "ER"), ("ir", "ER"), ("ur", "ER"), ("ar", "AA R"), ("or", "AO R"),
    ("a", "AE"), ("b", "B"), ("c", "K"), ("d", "D"), ("e", "EH"), ("f", "F"), ("g", "G"), ("h", "HH"),
    ("i", "IH"), ("j", "JH"), ("k", "K"), ("l", "L"), ("m", "M"), ("n", "N"), ("o", "AA"), ("p", "P"),
    ("q", "K"), ("r", "R"), ("s", "S"), ("t", "T"), ("u", "AH"), ("v", "V"), ("w", "W"), ("x", "K S"),
    ("y", "IY"), ("z", "Z"),
]
_GRAPHEME_RE = re.compile("|".join(re.escape(g) for g, _ in _GRAPHEMES))
_GRAPHEME_MAP = dict(_GRAPHEMES)


def _ascii_letters(word: str) -> str:
    """Lower-case a-z only: accents dropped ("café" -> "cafe"), other characters removed."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if "a" <= c <= "z")


def letters_to_arpabet(word: str) -> Pronunciation:
    """A rough pronunciation from spelling alone (used only without espeak-ng).

    A word with no vowel letter ("gpt", "nlp") is read as its letters, the way
    people say acronyms; otherwise common English spelling patterns apply
    (soft c/g before e/i/y, a silent final e, "-'s" -> Z).
    """
    possessive = word.lower().endswith("'s")
    w = _ascii_letters(word[:-2] if possessive else word)
    if not w:
        return ()
    if not re.search(r"[aeiouy]", w):
        phones = " ".join(_LETTER_NAMES[c] for c in w).split()
    else:
        if len(w) > 2 and w.endswith("e") and not w.endswith(("ee", "ie", "oe")):
            w = w[:-1]
        phones = []
        for m in _GRAPHEME_RE.finditer(w):
            g = m.group()
            nxt = w[m.end():m.end() + 1]
            if g == "c" and nxt in ("e", "i", "y"):
                phones.append("S")
            elif g == "g" and nxt in ("e", "i", "y"):
                phones.append("JH")
            elif g == "y" and m.start() == 0:
                phones.append("Y")
            else:
                phones.extend(_GRAPHEME_MAP[g].split())
        # Doubled letters are one sound ("ll" -> L, not L L).
        phones = [p for k, p in enumerate(phones) if k == 0 or p != phones[k - 1]]
    if possessive:
        phones.append("Z")
    return tuple(phones)


# ------------------------------------------------------------------ public API


class Pronouncer:
    """Pronunciations for words, CMUdict first; guesses for other words cached per instance.

    ``known`` looks a word up in a dictionary and returns its phones as a string
    (or None); the phonetic aligner passes its decoder's ``lookup_word`` so the
    dictionary is not read twice.  Without it the bundled CMUdict file is read.
    """

    def __init__(self, known: Optional[Callable[[str], Optional[str]]] = None, use_espeak: Optional[bool] = None):
        self._known = known
        self._use_espeak = espeak_available() if use_espeak is None else use_espeak
        self._guessed: dict[str, Pronunciation] = {}
        self._warned = False

    @property
    def uses_espeak(self) -> bool:
        return self._use_espeak

    def in_dictionary(self, word: str) -> Optional[Pronunciation]:
        if self._known is not None:
            phones = self._known(word)
            return tuple(phones.split()) if phones else None
        prons = cmudict_lookup(word)
        return prons[0] if prons else None

    def pronounce(self, words: Iterable[str]) -> dict[str, Pronunciation]:
        """Phones for every distinct word; an empty tuple where nothing can be said (no letters at all)."""
        words = list(dict.fromkeys(w.lower() for w in words))
        out: dict[str, Pronunciation] = {}
        unknown = []
        for w in words:
            pron = self.in_dictionary(w)
            if pron:
                out[w] = pron
            elif w in self._guessed:
                out[w] = self._guessed[w]
            else:
                unknown.append(w)
        out.update(self.guess(unknown))
        return out

    def guess(self, words: Sequence[str]) -> dict[str, Pronunciation]:
        """Pronunciations for words no dictionary has: espeak-ng (one call), else letters."""
        todo = [w for w in dict.fromkeys(words) if w not in self._guessed]
        if todo:
            guesses: list[Pronunciation] = []
            if self._use_espeak:
                # Only words with Latin letters: espeak-ng's English voice reads other scripts
                # as "Chinese letter ...", which is worse than no guess.
                sayable = [w for w in todo if _ascii_letters(w)]
                try:
                    ipa = dict(zip(sayable, _espeak_ipa(sayable)))
                    guesses = [ipa_to_arpabet(ipa[w]) if w in ipa else () for w in todo]
                except (OSError, subprocess.SubprocessError) as exc:
                    log.warning("espeak-ng failed (%s); spelling out unknown words instead", exc)
                    self._use_espeak = False
                    guesses = []
            elif not self._warned:
                log.info("espeak-ng is not installed: pronouncing words missing from the dictionary from their "
                         "spelling (less exact word timing for names and jargon)")
                self._warned = True
            for k, w in enumerate(todo):
                pron = tuple(p for p in (guesses[k] if k < len(guesses) else ()) if p in PHONES)
                self._guessed[w] = pron or letters_to_arpabet(w)
        return {w: self._guessed[w] for w in words}


# ------------------------------------------------------------------ other languages

#: Whisper language codes whose espeak-ng voice has another name.
_VOICE_ALIASES = {"zh": "cmn", "no": "nb", "jw": "jv", "haw": "haw", "yue": "yue"}
#: Languages written without spaces between words (Whisper's tokens there are characters, whose
#: boundaries are no word boundaries for a phone pass): they keep the pause pass, except Japanese and
#: Mandarin, whose lines are said from their reading (:mod:`aligner.readings`) where its package is installed.
_NO_SPACES = frozenset("zh cmn yue ja th lo my km bo".split())


@lru_cache(maxsize=1)
def _espeak_languages() -> frozenset[str]:
    """Language names of espeak-ng's voices ("fr-fr", "sv", "pt-br" ...), lower case; empty without espeak-ng."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        return frozenset()
    try:
        res = subprocess.run([exe, "--voices"], capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    rows = res.stdout.decode("utf-8", "replace").splitlines()[1:]
    return frozenset(parts[1].lower() for parts in (r.split() for r in rows) if len(parts) > 1)


def espeak_voice(language: Optional[str]) -> Optional[str]:
    """The espeak-ng voice that speaks ``language`` (a Whisper code: "fr", "sv", "pt-BR" ...), or None.

    None too for English (the dictionary serves it), for languages written without spaces (but
    Japanese and Mandarin where :mod:`.readings` can read their characters: the voice that says the
    reading), and where espeak-ng is not installed or has no voice for the language.
    """
    if not language:
        return None
    code = language.lower().replace("_", "-")
    base = code.split("-")[0]
    if base == "en":
        return None
    known = _espeak_languages()
    if base in _NO_SPACES:
        which = reading_language(code)
        voice = READING_VOICES.get(which) if which else None
        return voice if voice in known and reader_for(code) is not None else None
    base = _VOICE_ALIASES.get(base, base)
    for want in (code, base, f"{base}-{base}"):
        if want in known:
            return want
    regional = sorted(v for v in known if v.startswith(base + "-"))
    return regional[0] if regional else None


class LanguagePronouncer:
    """Pronunciations of one language's words in the en-us model's ARPAbet, from espeak-ng's voice for it.

    pocketsphinx ships an English acoustic model only; its phones are close enough to most
    languages' that, given each word's own pronunciation mapped phone by phone to the nearest
    English one, it finds where words and sentences begin and end (the sounds' kinds and order are
    what a forced aligner needs, not their exact quality).  Words are asked whole ("l'homme",
    "1998", "peut-être"), so espeak-ng reads elisions, numbers and compounds the way the language
    does.  One espeak-ng call per batch of new words; results are cached.
    """

    def __init__(self, language: str):
        self.voice = espeak_voice(language)
        #: Written text -> what the voice is given: Japanese in kana, Mandarin in pinyin (:mod:`aligner.readings`);
        #: other languages' words as written.
        self._reading = reader_for(language) if self.voice is not None else None
        self._cache: dict[str, tuple[Pronunciation, ...]] = {}

    def pronounce(self, words: Iterable[str]) -> dict[str, Pronunciation]:
        """Phones for every distinct word (its first variant); an empty tuple where espeak-ng gives nothing sayable."""
        return {w: prons[0] for w, prons in self.pronounce_variants(words).items()}

    def pronounce_variants(self, words: Iterable[str]) -> dict[str, tuple[Pronunciation, ...]]:
        """Every variant for every distinct word (:func:`ipa_to_arpabet_variants`; at least one, maybe empty)."""
        words = list(dict.fromkeys(words))
        todo = [w for w in words if w not in self._cache]
        if todo and self.voice is not None:
            said = [self._reading(w) for w in todo] if self._reading is not None else todo
            try:
                ipa = _espeak_ipa(said, self.voice)
            except (OSError, subprocess.SubprocessError) as exc:
                log.warning("espeak-ng failed (%s); no pronunciations in %s", exc, self.voice)
                ipa = [""] * len(todo)
            tones = str.maketrans("", "", TONE_MARKS.get(self.voice, ""))
            for w, text in zip(todo, ipa):
                variants = (tuple(p for p in v if p in PHONES) for v in ipa_to_arpabet_variants(text.translate(tones)))
                self._cache[w] = tuple(dict.fromkeys(variants))
        return {w: self._cache.get(w, ((),)) for w in words}
