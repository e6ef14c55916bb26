"""Which language a transcript is written in, and what each language is called.

A talk's transcript usually says plainly what language it is in, long before
any audio is decoded: the text detector (py3langid, a numpy port of langid.py
with 97 languages in a 4.6 MB wheel) reads it in well under a millisecond.  It
is restricted to the languages Whisper knows, so its answer is always one the
speech model can be told.  A short or mixed text gives a weak answer; the
engine then asks Whisper's own language identification on the audio
(:mod:`aligner.align.language_choice`).

Why py3langid: lingua-language-detector is more accurate on very short text
but its wheel is 96 MB (all languages' models, whatever one keeps at run
time); langdetect is unmaintained since 2021 and random unless seeded;
langid.py itself is unmaintained.  A transcript is long text, where all of them
are right, and the audio settles the short cases.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Optional

#: Whisper's languages (faster_whisper.tokenizer._LANGUAGE_CODES) and their English names.
LANGUAGE_NAMES = {
    "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "as": "Assamese", "az": "Azerbaijani", "ba": "Bashkir",
    "be": "Belarusian", "bg": "Bulgarian", "bn": "Bengali", "bo": "Tibetan", "br": "Breton", "bs": "Bosnian",
    "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "en": "English", "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish",
    "fo": "Faroese", "fr": "French", "gl": "Galician", "gu": "Gujarati", "ha": "Hausa", "haw": "Hawaiian",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "ht": "Haitian Creole", "hu": "Hungarian",
    "hy": "Armenian", "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ja": "Japanese",
    "jw": "Javanese", "ka": "Georgian", "kk": "Kazakh", "km": "Khmer", "kn": "Kannada", "ko": "Korean",
    "la": "Latin", "lb": "Luxembourgish", "ln": "Lingala", "lo": "Lao", "lt": "Lithuanian", "lv": "Latvian",
    "mg": "Malagasy", "mi": "Maori", "mk": "Macedonian", "ml": "Malayalam", "mn": "Mongolian",
    "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "my": "Burmese", "ne": "Nepali", "nl": "Dutch",
    "nn": "Norwegian Nynorsk", "no": "Norwegian", "oc": "Occitan", "pa": "Punjabi", "pl": "Polish",
    "ps": "Pashto", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sa": "Sanskrit", "sd": "Sindhi",
    "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "sn": "Shona", "so": "Somali", "sq": "Albanian",
    "sr": "Serbian", "su": "Sundanese", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu",
    "tg": "Tajik", "th": "Thai", "tk": "Turkmen", "tl": "Tagalog", "tr": "Turkish", "tt": "Tatar",
    "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "yi": "Yiddish", "yo": "Yoruba",
    "zh": "Chinese", "yue": "Cantonese",
}
#: py3langid's code where it differs from Whisper's.
_FROM_DETECTOR = {"jv": "jw"}
#: Languages written right to left.
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "sd", "yi"})

_NO_SPACE_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Below this many letters a text's language is a guess.
MIN_LETTERS = 40
#: ... and below this probability too.
MIN_PROBABILITY = 0.9

_lock = threading.Lock()
_identifier = None


def language_name(code: Optional[str]) -> str:
    """``"fr"`` -> ``"French"``; an unknown code is shown as it is."""
    if not code:
        return "unknown"
    return LANGUAGE_NAMES.get(base_code(code), code)


def base_code(code: str) -> str:
    """``"en-US"`` / ``"pt_BR"`` -> ``"en"`` / ``"pt"`` (Whisper knows languages, not regions)."""
    return code.strip().lower().replace("_", "-").split("-")[0]


def is_english(code: Optional[str]) -> bool:
    """Whether a talk in ``code`` is English ("en", "en-GB", "EN_us"); no language counts as English, the
    default model's.  The phone pass knows English words by their spelling, other languages through espeak-ng."""
    return not code or base_code(code) == "en"


def known_language(code: str) -> Optional[str]:
    """The Whisper code for a user's ``--language`` value (a code or an English name), else None."""
    c = base_code(code)
    if c in LANGUAGE_NAMES:
        return c
    by_name = {v.lower(): k for k, v in LANGUAGE_NAMES.items()}
    return by_name.get(code.strip().lower())


def is_rtl(code: Optional[str]) -> bool:
    return bool(code) and base_code(code) in RTL_LANGUAGES


def is_rtl_text(text: str) -> bool:
    """Most of ``text``'s strongly directional characters are right-to-left (Arabic, Hebrew...)."""
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl > ltr


_MODEL_PARTS = ("ptc", "pc", "classes", "nextmove", "row", "output")


def _model_arrays() -> list:
    """py3langid's model arrays, from an uncompressed copy in the user cache.

    The packaged model is xz-compressed: unpacking it costs 0.6-1 s in every
    process, which an English talk would pay on top of its alignment.  The
    arrays are unpacked once into the cache and memory-mapped after that
    (a few milliseconds).
    """
    import os

    import numpy as np
    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    from platformdirs import user_cache_dir

    root = os.environ.get("ALIGNER_CACHE_DIR") or user_cache_dir("aligner", appauthor=False)
    folder = os.path.join(root, "langid", getattr(py3langid, "__version__", "0"))
    paths = [os.path.join(folder, f"{name}.npy") for name in _MODEL_PARTS]
    try:
        if all(os.path.exists(p) for p in paths):
            return _as_loaded([np.load(p, mmap_mode="r") for p in paths])
    except (OSError, ValueError):  # a damaged copy: unpack again below
        pass
    arrays = [np.asarray(a) for a in load_model(MODEL_DIR / MODEL_FILE)]
    try:
        os.makedirs(folder, exist_ok=True)
        for path, array in zip(paths, arrays):
            tmp = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
            with open(tmp, "wb") as fh:
                np.save(fh, array, allow_pickle=False)
            os.replace(tmp, path)
    except OSError:  # no cache: it still works, only slower next time
        pass
    return _as_loaded(arrays)


def _as_loaded(arrays: list) -> list:
    """The shapes py3langid's own loader returns: its byte-by-byte walk indexes stdlib arrays and lists."""
    from py3langid.modelio import _to_array

    ptc, pc, classes, nextmove, row, output = arrays
    return [ptc, pc, [str(c) for c in classes], _to_array(nextmove), _to_array(row), output.tolist()]


def _detector():
    """py3langid's identifier limited to Whisper's languages (loaded once per process)."""
    global _identifier
    with _lock:
        if _identifier is None:
            import numpy as np
            from py3langid.langid import LanguageIdentifier

            ptc, pc, classes, nextmove, row, output = _model_arrays()
            ident = LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output,
                                       norm_probs=True, tk_row=row)
            to_detector = {v: k for k, v in _FROM_DETECTOR.items()}
            ident.set_languages([to_detector.get(c, c) for c in LANGUAGE_NAMES
                                 if to_detector.get(c, c) in ident.labels])
            _identifier = ident
        return _identifier


@dataclass(frozen=True)
class TextLanguage:
    """What the text detector says about a text."""

    code: str  #: a Whisper language code
    probability: float
    letters: int  #: how much text it judged
    #: every language the detector weighed, with its probability (Whisper codes, likeliest first): what the
    #: text says about the languages it is *not* sure of, for weighing against the audio's own odds
    odds: tuple[tuple[str, float], ...] = ()

    @property
    def sure(self) -> bool:
        """Long enough and clear enough to act on without listening."""
        return self.letters >= MIN_LETTERS and self.probability >= MIN_PROBABILITY


#: Characters of text judged at most (the detector is linear; a few pages say all there is to say).
_SAMPLE = 20000


def detect_text_language(texts: Iterable[str] | str) -> Optional[TextLanguage]:
    """The language of a text (or of several segments' texts together); None when it has no letters."""
    text = texts if isinstance(texts, str) else "\n".join(texts)
    text = text[:_SAMPLE]
    # a character of a script without spaces (hanzi, kana) says as much as a short word
    letters = sum(3 if _NO_SPACE_CHAR.match(ch) else 1 for ch in text if ch.isalpha())
    if letters == 0:
        return None
    odds = tuple((_FROM_DETECTOR.get(code, code), float(prob)) for code, prob in _detector().rank(text))
    code, prob = odds[0]
    return TextLanguage(code, prob, letters, odds)
