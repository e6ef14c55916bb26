"""A line start the phone pass put past its own opening hiss (an /s/ the whole band does not show under a low
background) moves back to where the hiss begins; a start on its hiss, a hiss longer than a consonant, or a line
opening with no hiss, stays."""

from __future__ import annotations

import numpy as np

import pytest

from aligner.align.opening_hiss import hiss_foot, move_to_opening_hiss, opens_with_hiss
from aligner.align.placement import Placed
from aligner.align.pronounce import espeak_available
from aligner.audio.band import band_of
from aligner.audio.decode import Audio
from aligner.document import NOT_HEARD, Segment, Word

RATE = 16000
HISS = 1.40  #: where the line's /s/ begins
GAP = 0.03  #: the /v/ of "Sv-" after it, quiet above 2 kHz
VOWEL = 1.51  #: where the line's voice begins
END = 2.6


def _recording(hiss: tuple[float, float] = (HISS, VOWEL - GAP), cows: bool = True) -> Audio:
    """A low, loud background (cows lowing: 150-1200 Hz) over the whole talk, faint noise; an /s/ (noise above
    3 kHz) over ``hiss`` as loud over 2 kHz as it is said, under the background over the whole band; the vowel
    from VOWEL to END."""
    rng = np.random.default_rng(7)
    n = int(3.2 * RATE)
    t = np.arange(n) / RATE
    x = 0.0005 * rng.normal(size=n)
    if cows:
        x += 0.05 * band_of(rng.normal(size=n), RATE, 150.0, 1200.0)
    a, b = (int(v * RATE) for v in hiss)
    if b > a:
        x[a:b] += 0.02 * band_of(rng.normal(size=b - a), RATE, 3000.0, 7000.0)
    v = (t >= VOWEL) & (t < END)
    x[v] += 0.3 * (np.sin(2 * np.pi * 160 * t[v]) + 0.5 * np.sin(2 * np.pi * 480 * t[v])
                   + 0.2 * np.sin(2 * np.pi * 2400 * t[v]))
    return Audio.from_float(x.astype(np.float32))


needs_espeak = pytest.mark.skipif(not espeak_available(), reason="espeak-ng reads the first word's phones")


def _items(start: float, flags: frozenset = frozenset(), first: str = "Svaigu") -> list[Placed]:
    before = Segment("Before it.", 0.1, 0.5, words=(Word("Before", 0.1, 0.3, 1.0), Word("it.", 0.3, 0.5, 1.0)))
    words = (Word(first, start, 1.9, 1.0), Word("pienu", 1.9, END, 1.0))
    return [Placed(before, ("exact",) * 2),
            Placed(Segment(f"{first} pienu", start, END, words=words, flags=flags), ("exact",) * 2)]


@needs_espeak
def test_a_start_put_past_its_hiss_moves_to_where_it_begins():
    """Placed 40 ms into the vowel, 0.15 s after the /s/ began: the start and its first word's go to the /s/'s
    foot (within 20 ms); the other words and the line before stay."""
    audio = _recording()
    placed = VOWEL + 0.04
    t = hiss_foot(audio, placed, 0.5)
    assert t is not None and abs(t - HISS) <= 0.02
    items = _items(placed)
    assert move_to_opening_hiss(items, audio, 0.0, "lv") == 1
    s = items[1].segment
    assert abs(s.start - HISS) <= 0.02 and s.words[0].start == s.start
    assert s.words[1].start == 1.9 and s.end == END and items[0].segment.end == 0.5


@needs_espeak
def test_a_start_on_its_hiss_or_with_none_before_it_stays():
    """On the /s/ already: nothing moves; a line opening on its vowel, with no hiss before it, placed on the vowel
    stays, placed 40 ms into it goes back to the vowel's onset (the band above 2 kHz holds its upper formants), no
    further.  Nor does a line never heard move."""
    audio = _recording()
    assert hiss_foot(audio, HISS, 0.5) is None
    plain = _recording(hiss=(HISS, HISS))
    assert hiss_foot(plain, VOWEL, 0.5) is None
    t = hiss_foot(plain, VOWEL + 0.04, 0.5)
    assert t is not None and abs(t - VOWEL) <= 0.02
    items = _items(VOWEL + 0.04, frozenset({NOT_HEARD}))
    assert move_to_opening_hiss(items, audio, 0.0, "lv") == 0 and items[1].segment.start == VOWEL + 0.04


@needs_espeak
def test_a_hiss_longer_than_a_consonant_is_another_sound():
    """Sound above 2 kHz for 0.37 s before the voice (a saw's stroke, a kettle) is no consonant, and no pause lies
    before the vowel's onset: a start on the vowel, or 40 ms into it, stays."""
    audio = _recording(hiss=(VOWEL - 0.4, VOWEL - GAP))
    assert hiss_foot(audio, VOWEL, 0.5) is None
    items = _items(VOWEL + 0.04)
    assert move_to_opening_hiss(items, audio, 0.0, "lv") == 0 and items[1].segment.start == VOWEL + 0.04


def test_a_struck_sound_before_the_start_is_no_hiss():
    """A click above 2 kHz dying away (a radiator's tick: 0.1 s, falling 30 dB) right before a start placed 20 ms
    before its vowel: the start stays."""
    rng = np.random.default_rng(3)
    audio = _recording(hiss=(HISS, HISS))
    x = audio.samples.astype(np.float64) / 32768.0
    a = int((VOWEL - 0.12) * RATE)
    n = int(0.1 * RATE)
    x[a:a + n] += 0.05 * band_of(rng.normal(size=n), RATE, 3000.0, 7000.0) * np.exp(-np.arange(n) / (0.015 * RATE))
    assert hiss_foot(Audio.from_float(x.astype(np.float32)), VOWEL - 0.02, 0.5) is None


def test_a_burst_over_the_whole_band_is_no_hiss():
    """In a quiet room, a radio's key-up burst -- noise as loud below 2 kHz as above, 0.1 s -- right before the
    voice, the start placed 40 ms into the vowel: no hiss of the line's, the start is not carried onto the burst."""
    rng = np.random.default_rng(4)
    audio = _recording(hiss=(HISS, HISS), cows=False)
    x = audio.samples.astype(np.float64) / 32768.0
    a, n = int((VOWEL - 0.13) * RATE), int(0.1 * RATE)
    x[a:a + n] += 0.03 * rng.normal(size=n)
    t = hiss_foot(Audio.from_float(x.astype(np.float32)), VOWEL + 0.04, 0.5)
    assert t is None or t >= VOWEL - 0.02


@needs_espeak
def test_only_a_line_opening_with_a_hiss_is_carried_onto_one():
    """A line whose first word opens on a vowel ("Atnāciet", Latvian; "il", Italian) has no hiss of its own: the same
    hiss before it is another source's (surf breaking), and its start stays; "Svaigu", "Šodien", "Что" open with
    one."""
    assert opens_with_hiss("Svaigu pienu", "lv") and opens_with_hiss("Šodien jūs", "lv")
    assert opens_with_hiss("Что бы его прослушать.", "ru")
    assert not opens_with_hiss("il messaggio è troppo corto", "it") and not opens_with_hiss("Atnāciet visi", "lv")
    items = _items(VOWEL + 0.04, first="Atnāciet")
    assert move_to_opening_hiss(items, _recording(), 0.0, "lv") == 0 and items[1].segment.start == VOWEL + 0.04
