"""Cut running text into sentences without tripping over "Dr.", "e.g.", "3.5" or "U.S.".

A line of a transcript often holds several sentences; each becomes its own
segment, because a sentence is what people select, correct and subtitle.  A
naive split at every period breaks "Dr. Smith" and "$3.5 million", so the
rule-based pysbd segmenter does the work.  Two things are added around it:

* ``..`` (exactly two periods, which some web transcripts use as a full stop)
  always ends a sentence -- pysbd would otherwise cut between the two periods;
* sentences are returned as character spans of the input, so callers can keep
  the original text exactly and map other positions (timestamps) into it;
* a "sentence" of nothing but stage directions (``Thank you. [applause]``: pysbd
  cuts after the full stop) stays with the sentence it follows (before it, the
  one it leads), as subtitle lines write a reaction after the words it answers.
  Alone it would become a segment with nothing to hear, and such a segment takes
  the whole pause to the next line (a crowd's cheer is not a sentence's time):
  the line's end would land on the next line's start.  A line that is only a
  direction (``[applause]`` on its own line) is still its own segment.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from .text import split_words

#: "question.. Why": two periods, not three, followed by a space.
_DOUBLE_PERIOD_RE = re.compile(r"(?<!\.)\.\.(?!\.)(?=\s)")
_WORD_CHAR_RE = re.compile(r"\w")
#: pysbd's rules are quadratic on very long stretches without any full stop; such
#: stretches (run-on automatic transcripts) are cut at this length at a space first.
_MAX_PIECE = 5000
#: Characters after which pysbd may end a sentence.  A piece with none of them before its
#: final punctuation is one sentence; pysbd (a few ms a call) is not asked about it.
_TERMINAL_RE = re.compile(r"[.?!\u2026\u3002\uff01\uff1f]")
_TRAILING = ".?!\u2026\u3002\uff01\uff1f\"'\u201d\u2019)]}\u00bb \t\n"


#: Whisper codes whose sentences pysbd cuts by another language's rules.
_PYSBD_ALIASES = {"yue": "zh"}


def text_language_or_english(text: str) -> str:
    """The language of a transcript's text for cutting it into sentences.

    English rules unless the detector is sure: a short English text may look
    like anything, and English rules on a few words of another language do
    little harm.
    """
    from .language import detect_text_language

    guess = detect_text_language(text)
    return guess.code if guess is not None and guess.sure else "en"


@lru_cache(maxsize=8)
def _segmenter(language: str) -> pysbd.Segmenter:
    language = _PYSBD_ALIASES.get(language, language)
    try:
        return pysbd.Segmenter(language=language, clean=False)
    except ValueError:  # a language pysbd has no rules for: English rules beat none
        return pysbd.Segmenter(language="en", clean=False)


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """``(start, end)`` character spans of the sentences of ``text``, in order.

    Spans exclude the whitespace around sentences and together cover every
    non-space character of ``text``.
    """
    spans: list[tuple[int, int]] = []
    for lo, hi in _pieces(text):
        for a, b in _pysbd_spans(text, lo, hi, language):
            if spans and not _WORD_CHAR_RE.search(text[a:b]):
                spans[-1] = (spans[-1][0], b)  # a stray "." (pysbd splits "..") belongs to its sentence
            else:
                spans.append((a, b))
    return _directions_kept_with_words(text, spans)


def _only_directions(sentence: str) -> bool:
    """True when every word of ``sentence`` is a stage direction ("[applause]", "(laughs)") or bare punctuation."""
    words = split_words(sentence)
    return any(w.cue for w in words) and all(w.cue or not _WORD_CHAR_RE.search(w.text) for w in words)


def _directions_kept_with_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with every direction-only sentence joined to the sentence before it (the one after it when it
    comes first); unchanged when every sentence is directions only."""
    spoken = [not _only_directions(text[a:b]) for a, b in spans]
    if not any(spoken):
        return spans
    out: list[tuple[int, int]] = []
    waiting: int | None = None  # start of leading directions, given to the first spoken sentence
    for (a, b), says in zip(spans, spoken):
        if says:
            out.append((a if waiting is None else waiting, b))
            waiting = None
        elif out:
            out[-1] = (out[-1][0], b)
        elif waiting is None:
            waiting = a
    return out


def split_sentences(text: str, language: str = "en") -> list[str]:
    """The sentences of ``text``, each exactly as written (surrounding whitespace removed).

    >>> split_sentences("Dr. Smith paid $3.5 million in the U.S., e.g. for a house. Then he left.")
    ['Dr. Smith paid $3.5 million in the U.S., e.g. for a house.', 'Then he left.']
    >>> split_sentences("Thanks for having me.. Why do we sleep?")
    ['Thanks for having me..', 'Why do we sleep?']
    """
    return [text[a:b] for a, b in sentence_spans(text, language)]


def _pieces(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` cut after every ``..`` and, in overlong stretches, at a space."""
    cuts = [0] + [m.end() for m in _DOUBLE_PERIOD_RE.finditer(text)] + [len(text)]
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        while hi - lo > _MAX_PIECE:
            cut = text.rfind(" ", lo + _MAX_PIECE // 2, lo + _MAX_PIECE)
            cut = cut if cut > lo else lo + _MAX_PIECE
            out.append((lo, cut))
            lo = cut
        out.append((lo, hi))
    return out


def _pysbd_spans(text: str, lo: int, hi: int, language: str) -> list[tuple[int, int]]:
    piece = text[lo:hi]
    if not piece.strip():
        return []
    if not _TERMINAL_RE.search(piece.rstrip(_TRAILING)):  # one sentence at most: the common line
        start = len(piece) - len(piece.lstrip())
        return [(lo + start, lo + len(piece.rstrip()))]
    spans = []
    pos = 0
    for sentence in _segmenter(language).segment(piece):
        s = sentence.strip()
        if not s:
            continue
        at = piece.find(s, pos)
        if at < 0:
            # pysbd changed the text (it rarely does even with clean=False): keep the rest whole.
            break
        spans.append((at, at + len(s)))
        pos = at + len(s)
    rest = piece[pos:]
    if rest.strip():
        start = pos + len(rest) - len(rest.lstrip())
        spans.append((start, len(piece.rstrip())))
    return [(lo + a, lo + b) for a, b in spans]


#: What may close a sentence after its full stop: quotes and brackets.
_CLOSERS = "\"'\u201d\u2019)]}\u00bb"


def ends_a_sentence(text: str) -> bool:
    """Whether ``text`` ends with a sentence's final punctuation (closing quotes and brackets after it allowed)."""
    tail = text.rstrip().rstrip(_CLOSERS)
    return bool(tail) and tail[-1] in ".?!\u2026\u3002\uff01\uff1f"


def punctuates_sentences(texts) -> bool:
    """Whether a transcript's lines (``texts``) end their sentences with punctuation at all: some line does.  In one
    that writes none (speech taken down as it came) a line with no full stop says nothing about its sentence."""
    return any(ends_a_sentence(t) for t in texts)


def ends_mid_clause(text: str) -> bool:
    """Whether ``text`` ends on a word with no punctuation after it: a line broken inside a clause (a subtitle
    line cut at 42 characters), where the voice runs on into the next line -- when the transcript punctuates
    at all (see :func:`ends_a_sentence`; unpunctuated transcripts end every line so)."""
    tail = text.rstrip()
    return bool(tail) and bool(_WORD_CHAR_RE.match(tail[-1]))


def continues_a_clause(text: str) -> bool:
    """Whether ``text`` opens in lower case: a line that goes on with the clause the line before began ("annual budget
    ...", after "... planned the"), not a new sentence a transcript forgot the full stop before."""
    first = next((ch for ch in text if ch.isalpha()), "")
    return first.islower()
