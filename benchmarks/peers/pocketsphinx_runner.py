"""Force-align a transcript with PocketSphinx and write the score.py JSON shape.

This is the classic HMM forced alignment a peer would run with the PyPI
``pocketsphinx`` package and the en-us acoustic model and dictionary it ships:
the whole transcript against the whole audio, one utterance, no windowing and no
recovery.  So that the peer is not handicapped: its beams are as wide as they go
(1e-300; with the defaults it finds no path on hesitant speech), and words missing
from its dictionary get espeak-ng's pronunciation in CMU phones (the project's
``aligner.align.pronounce``, the only thing it takes from the project); a word
that still has none is left out (listed under ``"oov"``; it comes back untimed and
score.py counts it as a miss).  Segment times are the first and last aligned word
of each transcript line.

Runs in the project's venv (pocketsphinx is a project dependency).

Usage: pocketsphinx_runner.py AUDIO.wav TRANSCRIPT.txt OUT.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
import wave
from pathlib import Path


def tokens(text: str) -> list[str]:
    """Lower-case words without punctuation, hyphens split: the form the CMU dictionary uses."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    t = re.sub(r"[-\u2010-\u2015/_]", " ", t)
    t = re.sub(r"[^\w' ]", " ", t)
    return [w.strip("'") for w in t.split() if w.strip("'")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("audio")
    ap.add_argument("transcript")
    ap.add_argument("out")
    a = ap.parse_args()

    from pocketsphinx import Decoder

    t0 = time.perf_counter()
    decoder = Decoder(loglevel="FATAL", beam=1e-300, pbeam=1e-300, wbeam=1e-300)
    t_load = time.perf_counter() - t0

    lines = [ln.strip() for ln in open(a.transcript, encoding="utf-8").read().splitlines() if ln.strip()]
    line_tokens = [tokens(ln) for ln in lines]
    # (line index, token) for every word PocketSphinx can say, in transcript order
    known, oov = [], []
    missing = sorted({t for toks in line_tokens for t in toks if decoder.lookup_word(t) is None})
    if missing:
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
        from aligner.align.pronounce import Pronouncer

        prons = Pronouncer(known=decoder.lookup_word).pronounce(missing)
        for t in missing:
            if prons.get(t):
                decoder.add_word(t, " ".join(prons[t]), False)
    for li, toks in enumerate(line_tokens):
        for tok in toks:
            if decoder.lookup_word(tok) is not None:
                known.append((li, tok))
            else:
                oov.append(tok)

    with wave.open(a.audio) as w:
        if w.getframerate() != 16000 or w.getnchannels() != 1 or w.getsampwidth() != 2:
            raise SystemExit(f"{a.audio}: expected 16 kHz mono 16-bit PCM")
        pcm = w.readframes(w.getnframes())

    t1 = time.perf_counter()
    error = None
    aligned = []  # (start, end) per entry of `known`
    try:
        decoder.set_align_text(" ".join(tok for _, tok in known))
        decoder.start_utt()
        decoder.process_raw(pcm, full_utt=True)
        decoder.end_utt()
        frate = decoder.config["frate"]
        segs = decoder.seg()
        if segs is None:  # the search never reached the end of the text: no alignment at all
            raise RuntimeError("no alignment found for the whole text")
        for seg in segs:
            word = re.sub(r"\(\d+\)$", "", seg.word)
            if word.startswith("<") or word.startswith("[") or word == "<sil>":
                continue  # <s>, </s>, <sil>, fillers
            aligned.append((seg.start_frame / frate, (seg.end_frame + 1) / frate, word))
        if len(aligned) != len(known):
            # a path that stopped short of the text's end: keep the words it did align, in order
            if [w for *_, w in aligned] != [tok for _, tok in known[:len(aligned)]]:
                error = f"alignment returned {len(aligned)} words for {len(known)}"
                aligned = []
            else:
                print(f"pocketsphinx aligned only {len(aligned)} of {len(known)} words", file=sys.stderr)
        aligned = [(a, b) for a, b, _ in aligned]
    except RuntimeError as e:
        error = f"pocketsphinx: {e}"
        aligned = []
    t_align = time.perf_counter() - t1

    segments = []
    by_line: dict[int, list] = {}
    for (li, tok), (s, e) in zip(known, aligned):
        by_line.setdefault(li, []).append({"start": s, "end": e, "word": tok})
    for li, text in enumerate(lines):
        words = by_line.get(li, [])
        segments.append({"start": words[0]["start"] if words else None, "end": words[-1]["end"] if words else None,
                         "text": text, "words": words})
    out = {"tool": "pocketsphinx", "segments": segments, "oov": oov, "error": error,
           "timing": {"load_s": t_load, "align_s": t_align}}
    with open(a.out, "w", encoding="utf-8") as fh:
        json.dump(out, fh)
    if error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
