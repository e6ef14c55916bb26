#!/usr/bin/env python3
"""One phone-pass chunk of a built case, word by word: where the search put each word, how well it fits, its phones.

``language_misses.py`` says a boundary is off and which stage left it there; when that stage is the phone pass's
own search ("pocketsphinx" in its trail, or "not placed by phones") this says why: the search's raw segmentation
(silence and fillers included), each word's fit (0..1, :func:`aligner.align.phonetic._confidence`), the chunk's
verdict, and the phones the word was searched with (espeak-ng's, mapped onto the en-us model's).  The chunk is cut
from the case's audio as given (``START END``), with half a second before it as the noise lead-in, as the engine
gives it; no context words.

    .venv/bin/python benchmarks/chunk_fits.py ky_et_espeak_typewriter 14.9 19.6 et \
        "Kella viieks pidi kogu lugu olema ümber trükitud."

Built cases of the seen sets only: the unseen aside set (``cases.UNSEEN_ASIDE_PREFIXES``) is refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import cases  # noqa: E402

LEAD_IN = 0.5  #: seconds before the chunk the front end learns the noise from (as ``boundaries`` gives it)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("case", help="a built case's folder name in benchmarks/out/cases")
    ap.add_argument("start", type=float)
    ap.add_argument("end", type=float)
    ap.add_argument("language", help="the talk's language code (en, fr, et ...)")
    ap.add_argument("text", help="the chunk's words, as the transcript has them")
    args = ap.parse_args()
    if cases.is_unseen_aside(args.case):
        sys.exit(f"{args.case}: held aside, not looked at")

    from aligner.audio import load_audio
    from aligner.align.phonetic import PhoneticAligner, _token_tuples
    from aligner.align.pronounce import LanguagePronouncer
    from aligner.language import is_english
    from aligner.text import split_words, word_tokens, written_word

    audio = load_audio(str(HERE / "out" / "cases" / args.case / "audio.wav"))
    spans = split_words(args.text)
    words = [w.text for w in spans]
    # the tokens the engine's phone pass aligns (boundaries.phone_tokens): another language's words as written
    tokens = [word_tokens(w) if is_english(args.language) else written_word(w) for w in spans]
    chunk = audio.samples[audio.index(args.start):audio.index(args.end)]
    lead = audio.samples[audio.index(max(0.0, args.start - LEAD_IN)):audio.index(args.start)]
    found = PhoneticAligner().align(chunk, tokens, language=args.language, lead_in=lead)
    if found is None:
        print("no path through the text")
        return 1
    print(f"verdict: {'plausible' if found.plausible else 'rejected'} (confidence {found.confidence:.2f}) "
          + "; ".join(found.problems))
    print("search: " + " ".join(f"{w} {args.start + a:.2f}-{args.start + b:.2f}" for w, a, b in found.segments))
    phones = {}
    if not is_english(args.language):
        flat = [t for toks in _token_tuples(tokens) for t in toks]
        phones = LanguagePronouncer(args.language).pronounce_variants(flat)
    for word, toks, timing in zip(words, _token_tuples(tokens), found.words):
        if timing is None:
            print(f"{word:18} (not spoken)")
            continue
        said = " / ".join(" ".join(v) for t in toks for v in phones.get(t, ()))
        print(f"{word:18} {args.start + timing.start:8.2f} {args.start + timing.end:8.2f}  fit {timing.confidence:4.2f}"
              f"  {said}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
