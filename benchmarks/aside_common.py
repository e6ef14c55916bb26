"""What the aside sets' generators share (unseen_cases.py, aside3..7_cases.py, aside3..7_languages.py), once.

Each set's module had grown its own copy of the same small makers -- a recording of generated sentences, a
recording of lines written out in the module, the dev twins' share of such lines, a Mandarin talk said from pinyin
and written in characters.  They live here so that a fix reaches every set.  **Nothing here may change a built
case** (the case folder is shared by everyone who benchmarks): ``rebuild_check.py --sets
aside3,aside4,aside5,aside6,aside7`` makes every aside and dev-twin case again in a temporary folder and compares
it byte for byte with the stored one.
"""

from __future__ import annotations

import numpy as np

from synth_cases import Made, Recording, Voice


def generated_talk(voices: list[Voice], seed: int, text_seed: int, n: int, **kw) -> Recording:
    """``n`` sentences of talk_text's grammar (``text_seed``), said by ``voices`` in turn."""
    from talk_text import generated_sentences

    return Recording(sentences=n, voices=voices, seed=seed, text_seed=text_seed,
                     texts=generated_sentences(n, seed=text_seed), **kw)


def lines_talk(texts: list[str], voices: list[Voice], seed: int, **kw) -> Recording:
    """The lines ``texts`` (written out in a set's module), said by ``voices`` in turn."""
    return Recording(sentences=len(texts), voices=voices, seed=seed, text_seed=0, texts=texts, **kw)


def dev_or_aside(lines: list[str], dev_count: int, which: str) -> list[str]:
    """The dev twins' share of a set's written lines (the first ``dev_count``) or the aside's (the rest): never
    both."""
    return lines[:dev_count] if which == "dev" else lines[dev_count:]


#: The note of a talk said from pinyin (aside6_languages.PINYIN says why).
PINYIN_NOTE = "said from pinyin with tone numbers (espeak-ng cmn-latn-pinyin); the transcript writes the characters"


def written_in_characters(made: Made, texts: list[str]) -> Made:
    """A Mandarin talk espeak-ng said from pinyin, its lines written in characters (``texts``, in order)."""
    segs = [dict(seg, text=text) for seg, text in zip(made.segments, texts)]
    return Made(made.samples, segs, made.notes + [PINYIN_NOTE], made.words)


def mp3_bytes(pcm: np.ndarray, rate: int, bits: int, step: int) -> bytes:
    """16-bit mono samples at ``rate`` Hz as an mp3 file's bytes (libmp3lame at ``bits`` b/s through PyAV, fed
    ``step`` samples a frame): aside4_cases' 8 kHz mp3 and aside7_cases' 16 kHz one."""
    import io

    import av

    buf = io.BytesIO()
    with av.open(buf, "w", format="mp3") as c:
        s = c.add_stream("libmp3lame", rate=rate)
        s.bit_rate = bits
        s.layout = "mono"
        for i in range(0, len(pcm), step):
            frame = av.AudioFrame.from_ndarray(pcm[i:i + step].reshape(1, -1), format="s16", layout="mono")
            frame.sample_rate = rate
            frame.pts = i
            for p in s.encode(frame):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return buf.getvalue()
