"""Whisper's transcript of each recording of a second speaker, beside the core-sounds listing's text.

``asterisk-prompt-fr-armelle`` (France, Armelle Desjardins) holds the prompts of the same telephone
system as ``asterisk-core-sounds-fr`` under the same file names, but no text.  This prints, per
recording whose name the listing has as a sentence, how much of the listed text Whisper ``base``
heard (share of the listed words, in order), the listed text and the transcript.  Only 2 of 113
say the listed words: her wording is another translation.  So language_cases.SECOND_SPEAKER_TEXTS
was written from these transcripts, corrected where Whisper misheard; nothing here looks at timing.

    .venv/bin/python benchmarks/check_prompt_texts.py fr 2> transcripts.txt
    .venv/bin/python benchmarks/check_prompt_texts.py fr --unwritten > unwritten.txt

``--unwritten`` prints Whisper's transcript of each of her recordings that has no text in
SECOND_SPEAKER_TEXTS yet (the held-out ones), with the decoder's mean log-probability: the source of
language_cases.SECOND_SPEAKER_DEV_TEXTS, her dev prompts.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH_DIR.parent), str(BENCH_DIR)]

import language_cases as lc  # noqa: E402


def heard_share(listed: str, heard: str, lang: str) -> float:
    from aligner.text import normalize

    a, b = list(normalize(listed, lang)), list(normalize(heard, lang))
    match = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in match.get_matching_blocks()) / max(1, len(a), len(b))


def unwritten(lang: str) -> int:
    """Whisper base's transcript of each of the second speaker's recordings with no text yet."""
    from faster_whisper import WhisperModel

    from aligner.align.models import multilingual_model

    folder = lc.SECOND_SPEAKERS[lang]["folder"]
    if not folder.is_dir():
        print(lc.SECOND_SPEAKERS[lang]["setup"], file=sys.stderr)
        return 1
    written = set(lc.SECOND_SPEAKER_TEXTS.get(lang, {})) | set(lc.SECOND_SPEAKER_DEV_TEXTS.get(lang, {}))
    model = WhisperModel(multilingual_model().path, device="cpu", compute_type="int8", cpu_threads=2)
    for path in sorted(folder.glob("*.gsm")):
        if path.stem in written:
            continue
        segs, _ = model.transcribe(lc.read_any(path), language=lang, beam_size=5, condition_on_previous_text=False)
        segs = list(segs)
        heard = " ".join(s.text.strip() for s in segs)
        logprob = min((s.avg_logprob for s in segs), default=-9.0)
        print(f"{logprob:6.2f} {path.stem}: {heard}", flush=True)
    return 0


def main(lang: str) -> int:
    from faster_whisper import WhisperModel

    from aligner.align.models import multilingual_model

    texts = lc.prompt_texts(lang)
    folder = lc.SECOND_SPEAKERS[lang]["folder"]
    if not folder.is_dir():
        print(lc.SECOND_SPEAKERS[lang]["setup"], file=sys.stderr)
        return 1
    model = WhisperModel(multilingual_model().path, device="cpu", compute_type="int8", cpu_threads=2)
    keep = []
    for name in sorted(texts):
        path = folder / f"{name}.gsm"
        if not path.exists():
            continue
        x = lc.read_any(path)
        segs, _ = model.transcribe(x, language=lang, beam_size=5, condition_on_previous_text=False)
        heard = " ".join(s.text.strip() for s in segs)
        share = heard_share(texts[name], heard, lang)
        print(f"{share:.2f} {name}: {texts[name]} || {heard}", file=sys.stderr)
        if share >= 0.9:
            keep.append(name)
    print(" ".join(keep))
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit((unwritten if "--unwritten" in sys.argv else main)(args[0] if args else "fr"))
