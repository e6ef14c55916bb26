"""A stop's closure inside a line is the word's own: the word starts where the word before it ends (silent_onsets)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.boundaries import PhoneticRefiner
from aligner.align.phonetic import SAMPLE_RATE
from aligner.align.placement import Placed
from aligner.align.silent_onsets import (closes_on_silence, join_silent_onsets, opens_on_silence, silent_codas,
                                         silent_onsets)
from aligner.audio import Audio
from aligner.document import Segment, Word
from synth import espeak_available

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="espeak-ng is needed to synthesize test speech")


def _line(first: str, second: str, silence: float, speed: int = 165) -> tuple[Audio, float, float]:
    """``first`` and ``second`` said apart with ``silence`` (s) between them, in a quiet room: (audio, where the
    first part's sound ends, where the second's starts)."""
    from synth import speak

    rng = np.random.default_rng(3)
    a, b = speak(first, speed=speed), speak(second, speed=speed)
    lead, gap = int(0.4 * SAMPLE_RATE), int(silence * SAMPLE_RATE)
    x = np.concatenate([np.zeros(lead, np.float32), a, np.zeros(gap, np.float32), b, np.zeros(lead, np.float32)])
    x += rng.normal(0, 0.0005, len(x)).astype(np.float32)
    end = (lead + len(a)) / SAMPLE_RATE
    return Audio.from_float(x), end, end + gap / SAMPLE_RATE


def _refined(audio: Audio, text: str) -> Segment:
    """One line placed roughly over the whole audio, through the phone pass as the engine runs it."""
    words = text.split()
    step = (audio.duration - 0.8) / len(words)
    seg = Segment(text, 0.4, audio.duration - 0.4,
                  words=tuple(Word(w, 0.4 + k * step, 0.4 + (k + 1) * step, 0.9) for k, w in enumerate(words)))
    items = [Placed(seg, ("exact",) * len(words))]
    done = PhoneticRefiner().refine(items, audio, Envelope(audio), 0.0, audio.duration, None)
    assert done == [True]
    return items[0].segment


@needs_espeak
def test_the_closure_of_a_stop_opening_a_word_inside_a_line_is_the_words_own():
    """hx_festival_creaks_labels_aptx "a | proposal", "the | committee": the search put the /p/'s and /k/'s
    closure (70-120 ms of silence) in a <sil> and the word began at its burst, 90-160 ms after the truth,
    while the word before ended on time.  The word now starts where the one before ends."""
    audio, end, burst = _line("They tested a", "proposal today", 0.14, speed=110)  # a slow voice's closure
    seg = _refined(audio, "They tested a proposal today.")
    a, proposal = seg.words[2], seg.words[3]
    assert proposal.start == pytest.approx(a.end), (a, proposal)
    assert abs(proposal.start - end) <= 0.04 < burst - proposal.start, (proposal, end, burst)
    assert seg.start == seg.words[0].start  # the line's own start is the edge rules'


@needs_espeak
def test_a_pause_several_phones_long_stays_a_pause():
    """The same words 350 ms apart: a pause between phrases, not a closure (rd59_festival_pair_reactions_csv
    "farmers | delayed": 150 ms after 49 ms phones)."""
    audio, end, burst = _line("They tested a", "proposal today", 0.35, speed=110)
    seg = _refined(audio, "They tested a proposal today.")
    assert abs(seg.words[3].start - burst) <= 0.04 and abs(seg.words[2].end - end) <= 0.04, (seg.words, end, burst)


def test_only_words_that_open_on_a_stop_after_a_silence_no_longer_than_a_phone_and_a_half():
    """Not a vowel: a glottal onset is optional, and festival's fast voices pause 35-75 ms before "at", "after"."""
    assert opens_on_silence(("K", "AH", "M")) and opens_on_silence(("CH", "IY"))
    assert not any(opens_on_silence(p) for p in [("IY", "V"), ("AE", "T"), ("S", "IH"), ("M", "EY"), ()])
    phones = [("DH", "AH"), ("K", "AH"), ("P", "R"), ("S", "OW"), ("AH",), ("B", "IY")]
    #        first word   closure   too long  fricative   joined      after a context word
    assert silent_onsets([None, 9, 16, 9, 0, None], phones, [10.0] * 6) == (False, True, False, False, False, False)


def test_a_flagged_word_starts_where_the_word_before_ends_unless_a_break_mark_ends_that_word():
    """A comma's pause is the pause the text asks for, however short: "park, | Kim" keeps its silence."""
    words = [Word("In", 0.0, 0.2), Word("the", 0.2, 0.3), Word("park,", 0.4, 0.8), Word("Kim", 0.9, 1.2),
             Word("[laughs]", cue=True), Word("ate", 1.3, 1.5)]
    out = join_silent_onsets(words, [True, True, True, True, False, True])
    assert [w.start for w in out] == [0.0, 0.2, 0.3, 0.9, None, 1.3]
    assert out[2].end == 0.8 and out[3].probability == words[3].probability


def test_only_words_that_end_on_a_stop_before_a_silence_no_longer_than_a_phone_and_a_half_and_no_stop():
    """ey_festival_pour_surf_dashes "at | the", "it | was", "last | week": the final stop's closure in a <sil>.  Not
    before a word that opens on a stop (the silence is that word's onset), nor a long pause, nor a line's last word."""
    assert closes_on_silence(("AE", "T")) and closes_on_silence(("P", "AY", "P"))
    assert not any(closes_on_silence(p) for p in [("N", "UW"), ("S", "IH", "NG"), ("W", "IY", "K", "S"), ()])
    assert not closes_on_silence(("M", "AH", "CH"))  # an affricate's closure lies before its hiss, inside the word
    last = [("AE", "T"), ("IH", "T"), ("L", "AE", "S", "T"), ("P", "AY", "P"), ("N", "UW"), ("AE", "T")]
    nxt = [("DH", "AH"), ("W", "AA", "Z"), ("W", "IY", "K"), ("L", "AE"), ("DH", "AH"), None]
    #      closure        too long         before a stop     joined         a vowel    the chunk's last word
    assert silent_codas([8, 16, 9, 0, 8, None], last, nxt[:2] + [("P", "AA")] + nxt[3:], [10.0] * 6) == \
        (True, False, False, False, False, False)


def test_a_word_flagged_for_its_final_closure_ends_where_the_next_begins_unless_a_break_mark_ends_it():
    """"at | the" ends "at" where "the" begins; "pipe, | last" keeps the comma's pause; an onset flag on the same
    silence wins (the later word's stop)."""
    words = [Word("at", 0.0, 0.2), Word("the", 0.3, 0.4), Word("pipe,", 0.5, 0.8), Word("last", 0.9, 1.2),
             Word("week", 1.3, 1.5)]
    out = join_silent_onsets(words, [False, False, False, False, True], [True, False, True, True, False])
    assert [(w.start, w.end) for w in out] == [(0.0, 0.3), (0.3, 0.4), (0.5, 0.8), (0.9, 1.2), (1.2, 1.5)]
    assert join_silent_onsets(words, [False] * 5) == words  # no codas given: none flagged


def test_a_closure_is_judged_by_its_own_lines_pace_where_a_chunk_holds_a_fast_and_a_slow_voice():
    """ey_flite_crickets_plain: a flite ``rms`` line at 1.95 and an ``awb`` line at 0.52 in one chunk -- the chunk's
    median phone was the fast voice's, and the slow line's 190 ms closure before "plan" read as a pause ("plan" began
    215 ms late).  Against its own line's phones it is a closure; the fast line's same silence is still a pause."""
    from aligner.align.phonetic import _line_paces, lines_apart

    # (first frame, last frame, score, phones, phone names, segment index) per token, as the phone pass makes them
    fast = [(0, 11, 0, 3, ("T", "EH", "D"), 0), (12, 19, 0, 2, ("AH", "P"), 1)]  # 4 frames a phone; then 12-15
    slow = [(30, 65, 0, 3, ("T", "EH", "D"), 2), (66, 95, 0, 2, ("AH", "P"), 3), (96, 108, 0, 1, ("AH",), 4)]
    per_word = [("ted",), ("up",), ("ted",), ("up",), ("a",)]
    paces = _line_paces(fast + slow, per_word, (2, 3), 6.0)
    assert paces[:2] == [4.0, 4.0] and paces[2:] == [13.0] * 3, paces
    assert _line_paces(fast + slow, per_word, (), 6.0) == [6.0] * 5  # no lines: the chunk's median
    assert silent_onsets([None, 19, None, 19, 19], [("T",), ("P",), ("T",), ("P",), ("P",)], paces) == \
        (False, False, False, True, True)
    assert lines_apart((2, 3, 4), 5) == ((2, 3), (4,)) and lines_apart((2, 3, 4), 3) == ((2, 1), (2, 4))
