"""Where the told hearing wrote nothing over seconds of syllables, the first hearing's words there stay; a pause the
told hearing left empty takes nothing back (:mod:`aligner.align.skipped_speech`, used by :mod:`.hear_the_text`).

The sound is made up here (no model): syllables are bursts of noise, as many a second as a fast voice says."""

from __future__ import annotations

import numpy as np

from aligner.align import hear_the_text
from aligner.align.activity import Envelope
from aligner.align.api import AlignOptions
from aligner.align.recognize import HeardWord
from aligner.align.segment_placement import place_stretch
from aligner.align.skipped_speech import HEARD_SHARE, SKIPPED_SYLLABLES, skipped_gaps, with_first_where_skipped
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import Document, Segment

SR = 16000
#: (from, to) of each run of syllables; silence (faint noise) between
VOICE = [(0.6, 3.0), (3.3, 5.5), (6.2, 8.4)]
SECONDS = 9.5


def _voice(rate: float = 6.0) -> Envelope:
    """Faint noise; in every span of :data:`VOICE` a train of syllables at ``rate`` a second."""
    rng = np.random.default_rng(5)
    x = 0.001 * rng.normal(size=int(SECONDS * SR))
    for a, b in VOICE:
        t = np.arange(int((b - a) * SR)) / SR
        burst = 0.3 * (0.5 - 0.5 * np.cos(2 * np.pi * rate * t)) ** 2 * rng.normal(size=len(t))
        x[int(a * SR):int(a * SR) + len(t)] += burst
    return Envelope(Audio.from_float(x.astype(np.float32)))


def _words(text: str, a: float, b: float, p: float = 0.9) -> list[HeardWord]:
    ws = text.split()
    step = (b - a) / len(ws)
    return [HeardWord(w, a + k * step, a + (k + 1) * step, p) for k, w in enumerate(ws)]


LINES = ["The museum staff supported the hospital's night shifts last week.",
         "According to the minutes a local teacher approved a plan for the harbour.",
         "The young engineer explained the annual budget last week."]
#: the first hearing: line 0 misheard all along, line 1 heard in pieces, line 2 well
FIRST = (_words("We use the instance of the office and not just flat beat", 0.6, 3.0, 0.4)
         + _words("According to the coordinates of the minutes", 3.3, 4.3, 0.5)
         + _words("the harbour.", 5.0, 5.5)
         + _words("The young and generic explained the annual budget last week.", 6.2, 8.4))
#: the told hearing: nothing over line 0's 2.4 s of syllables, lines 1-2 heard as written
TOLD = _words(LINES[1], 3.3, 5.5) + _words(LINES[2], 6.2, 8.4)


def test_a_gap_over_syllables_is_skipped_speech_and_a_pause_is_not():
    env = _voice()
    gaps = skipped_gaps(TOLD, env, 0.0, SECONDS)
    assert len(gaps) == 1 and gaps[0][0] == 0.0 and abs(gaps[0][1] - 3.3) < 1e-9  # not the pauses at 5.5 and 8.4
    assert gaps[0][2] >= SKIPPED_SYLLABLES
    kept = with_first_where_skipped(list(TOLD), FIRST, env, 0.0, SECONDS)
    assert [w.text for w in kept[:12]] == "We use the instance of the office and not just flat beat".split()
    assert kept[12:] == TOLD


def test_a_short_gap_inside_speech_takes_nothing_back():
    """Fewer than SKIPPED_SYLLABLES syllables between two told words: a word's edges, not a skipped stretch."""
    env = _voice()
    told = [HeardWord("a", 0.6, 1.0, 0.9), HeardWord("b", 1.0 + (SKIPPED_SYLLABLES - 2) / 6.0, 3.0, 0.9)]
    assert skipped_gaps(told, env, 0.6, 3.0) == []
    assert with_first_where_skipped(told, FIRST, env, 0.6, 3.0) == told


def test_a_stray_word_or_two_in_a_skipped_gap_is_not_put_back():
    """The first hearing wrote two words over line 0's 2.4 s of syllables: too few of them to say where the line
    lies, so nothing comes back; written over most of them, they do."""
    env = _voice()
    syllables = skipped_gaps(TOLD, env, 0.0, SECONDS)[0][2]
    stray = _words("a mailbox", 1.2, 1.7)
    assert 3 < HEARD_SHARE * syllables
    assert with_first_where_skipped(list(TOLD), stray, env, 0.0, SECONDS) == TOLD
    assert len(with_first_where_skipped(list(TOLD), FIRST, env, 0.0, SECONDS)) == len(TOLD) + 12


def test_the_told_hearing_kept_keeps_the_first_hearing_s_words_where_it_skipped_speech(monkeypatch):
    """Through :func:`.hear_the_text.hear_the_text`: the told hearing places more in trusted runs and is kept, and
    line 0's sound, which it skipped, still holds what the first hearing wrote there (without them, line 0 has no
    word heard at all)."""
    env = _voice()
    doc = Document([Segment(t) for t in LINES])
    st = Stretch([0, 1, 2], 0.0, SECONDS)
    first = place_stretch(doc, st, FIRST, env, "en")
    monkeypatch.setattr(hear_the_text, "_ears", lambda *a: iter([("told the text", None, "en")]))
    monkeypatch.setattr(hear_the_text, "_hear_span", lambda *a, **k: list(TOLD))
    heard, placement, kept = hear_the_text.hear_the_text(doc, st, FIRST, first, None, None, None, env, "en",
                                                         AlignOptions())
    assert kept == "told the text" and placement.strong > first.strong
    assert [w.text for w in heard if w.end <= 3.0] == "We use the instance of the office and not just flat beat".split()
