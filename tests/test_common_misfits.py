"""An edge word's poor phone fit is read against how often the talk's words fit poorly (:mod:`.common_misfits`)."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.common_misfits import COMMON_SHARE, MIN_WORDS, misfits_common
from aligner.align.confidence import LOW
from aligner.align.engine import _score_talk
from aligner.align.placement import Placed
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import Document, Segment, Word

TEXT = ["the", "plan", "worked", "well."]


def _talk(inner_misfits: int):
    """Sixteen four-word lines of a steady voiced buzz; lines 0 and 1 join with no pause and line 0's last word
    does not fit (0.05); ``inner_misfits`` of the other lines have an inner word that does not fit either."""
    rng = np.random.default_rng(3)
    lines, t, spans = [], 0.5, []
    for k in range(16):
        words = tuple(Word(w, t + 0.3 * j, t + 0.3 * (j + 1), 1.0) for j, w in enumerate(TEXT))
        fits = [0.9] * 4
        if k == 0:
            fits[3] = 0.05
        elif k - 1 < inner_misfits:
            fits[1] = 0.05
        lines.append(Placed(Segment(" ".join(TEXT), t, t + 1.2, words=words), ("exact",) * 4, tuple(fits)))
        spans.append((t, t + 1.2))
        t += 1.2 + (0.0 if k == 0 else 0.6)
    x = 0.001 * rng.normal(size=int((t + 1.0) * 16000))
    for a, b in spans:  # a voice: a 130 Hz buzz's harmonics, so the rules that listen for voicing hear one
        n = np.arange(int(b * 16000) - int(a * 16000)) / 16000
        x[int(a * 16000):int(b * 16000)] += sum(0.1 / h * np.sin(2 * np.pi * 130 * h * n) for h in range(1, 25))
    audio = Audio.from_float(x.astype(np.float32))
    return lines, audio, Envelope(audio)


def _scored(lines, audio, env) -> list[Segment]:
    doc = Document([Segment(item.segment.text) for item in lines])
    st = Stretch(list(range(len(lines))), 0.0, audio.duration)
    out = list(doc.segments)
    _score_talk(doc, [(st, lines, [], [], False)], out, audio, env, True)
    return out


def test_the_share_counts_every_placed_word_and_needs_enough_of_them():
    lines, *_ = _talk(inner_misfits=6)  # 7 of 64 words misfit: 10.9 %
    assert 7 >= COMMON_SHARE * 64 and 64 >= MIN_WORDS
    assert misfits_common(lines)
    assert not misfits_common(_talk(inner_misfits=2)[0])  # 3 of 64: 4.7 %
    assert not misfits_common(lines[:10])  # 40 words: too few to read a share from


def test_where_misfits_are_rare_an_edge_misfit_doubts_both_lines_at_its_join():
    out = _scored(*_talk(inner_misfits=2))
    assert out[0].confidence < LOW and out[1].confidence < LOW


def test_where_one_word_in_ten_misfits_a_neighbours_misfit_at_a_join_doubts_nothing_but_its_own_still_does():
    """Line 0's last word misfits at the join with line 1.  Where misfits are rare, both lines are in doubt; where
    one word in ten misfits, that misfit is the talk's and no sign the two were pushed together: line 1 is sure,
    and line 0 keeps its own doubt (its word's sounds were still not found there)."""
    lines, audio, env = _talk(inner_misfits=6)
    out = _scored(lines, audio, env)
    assert out[1].confidence >= LOW
    assert out[0].confidence < LOW
    assert [s.start for s in out] == [item.segment.start for item in lines]  # confidence only: no time moves
