"""Placed segments made by hand, for tests of what runs after placement (pauses, joins, confidence)."""

from __future__ import annotations

from typing import Optional


def placed_over(text: str, start: float, end: float, heard_start: Optional[float] = None, how: str = "exact"):
    """``text`` as placement leaves it from Whisper's words: laid over [start, end] by length, all heard
    (``how``: as what, e.g. "substituted" or "unheard" for a line recognition missed).

    With ``heard_start``: as the phone pass leaves it -- placed with fits of 0.4,
    its first word moved from where Whisper heard it begin.
    """
    from aligner.align.placement import Placed
    from aligner.document import Segment, Word
    from aligner.text import split_words

    spans = split_words(text)
    total = sum(len(s.text) for s in spans)
    words, acc = [], 0
    for s in spans:
        a = start + (end - start) * acc / total
        acc += len(s.text)
        words.append(Word(s.text, a, start + (end - start) * acc / total, 0.9))
    segment, hows = Segment(text, start, end, words=tuple(words)), (how,) * len(words)
    if heard_start is None:
        return Placed(segment, hows)
    moved = [(words[0].start - heard_start, 0.0)] + [(0.0, 0.0)] * (len(words) - 1)
    return Placed(segment, hows, (0.4,) * len(words), tuple(moved))


def noisy_envelope(spans: list[tuple[float, float]], seconds: float, seed: int):
    """An envelope of faint noise with loud noise-like 'speech' in ``spans`` (s): sound where a test says."""
    import numpy as np

    from aligner.align.activity import Envelope
    from aligner.audio.decode import Audio

    rng = np.random.default_rng(seed)
    x = 0.001 * rng.normal(size=int(seconds * 16000))
    for a, b in spans:
        x[int(a * 16000):int(b * 16000)] += 0.2 * rng.normal(size=int(b * 16000) - int(a * 16000))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def placer_for(lines: list[str], heard: list[tuple[str, float, float]], env):
    """A Placer over ``lines`` (one segment each) given Whisper's words ``heard`` as (text, start, end)."""
    from aligner.align.matching import match_tokens
    from aligner.align.placement import Placer
    from aligner.align.recognize import HeardWord

    tokens, segments = [], []
    for line in lines:
        toks = [w.strip(".,").lower() for w in line.split()]
        segments.append((len(tokens), len(tokens) + len(toks)))
        tokens += toks
    words = [HeardWord(t, a, b, 0.9) for t, a, b in heard]
    heard_tokens = [t for w in words for t in w.tokens]
    segment_of = [n for n, (a, b) in enumerate(segments) for _ in range(a, b)]
    return Placer(tokens, words, match_tokens(tokens, heard_tokens, segment_of), env, 0.0, env.duration, segments)


def ends_after_following(audio, lines: list[str], spans: list[tuple[float, float]], early: float) -> list[float]:
    """Each line's end error (s) after ``boundaries.follow_last_sounds``, its phone-level end put ``early`` s
    before the voice's true end ``spans[k][1]``."""
    from aligner.align import boundaries
    from aligner.align.echoes import echo_delay

    items = [placed_over(text, a, b - early) for text, (a, b) in zip(lines, spans)]
    boundaries.follow_last_sounds(items, audio, [True] * len(items), 0.0, audio.duration, echo_delay(audio))
    return [it.segment.end - b for it, (_, b) in zip(items, spans)]


def phone_placed_with_a_line_never_said(wav, sentences: list[str], extra: str, voice: str, language: str,
                                        within: float) -> list[int]:
    """Four sentences said without a pause, the third's text given ``extra`` words never said, through the
    phone pass (``boundaries.refine_stretch``): the lines it placed, each checked within ``within`` s of its truth."""
    from synth import synthesize_talk

    from aligner.align.activity import Envelope
    from aligner.align.boundaries import refine_stretch
    from aligner.audio import load_audio

    truth = synthesize_talk(sentences, wav, pauses=[0.05, 0.06, 0.04], voices=(voice,))
    audio = load_audio(str(wav))
    texts = list(sentences)
    texts[2] += " " + extra
    items = [placed_over(text, t.start + 0.08, t.end - 0.15) for text, t in zip(texts, truth)]
    refine_stretch(items, audio, Envelope(audio), 0.0, audio.duration, phonetic=True, language=language)
    placed = [k for k, item in enumerate(items) if item.acoustic]
    for k in placed:
        assert abs(items[k].segment.start - truth[k].start) < within, (k, items[k].segment.start, truth[k].start)
        assert abs(items[k].segment.end - truth[k].end) < within, (k, items[k].segment.end, truth[k].end)
    return placed
