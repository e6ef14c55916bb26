"""Confidence: it says how sure a word's and a segment's *time* is."""

from __future__ import annotations

from dataclasses import replace

from aligner.align.confidence import LOW, score_segment, word_confidence
from aligner.align.placement import Placed
from aligner.document import Segment, Word


def _segment(hows, acoustic, probs):
    words = tuple(Word(t, 1.0 + k, 1.5 + k, p) for k, (t, p) in enumerate(zip(["um", "this", "is", "fine"], probs)))
    seg = Segment("um this is fine", 1.0, 4.5, words=words)
    return Placed(seg, tuple(hows), tuple(acoustic))


def test_a_filler_whisper_did_not_write_but_the_phone_pass_found_is_not_flagged():
    """The edge word "um" was not transcribed (Whisper drops fillers) but fits its sound well:
    the segment's start is sure, so it must not land in the review queue (it used to, at 0.40)."""
    item = _segment(["voiced", "exact", "exact", "exact"], [0.8, 0.9, 0.9, 0.9], [0.0, 0.98, 1.0, 1.0])
    conf, words = score_segment(item)
    assert conf >= LOW + 0.1
    assert words[0] >= 0.65


def test_a_poor_fit_or_no_phone_pass_still_doubts_an_unheard_edge_word():
    no_pass = _segment(["voiced", "exact", "exact", "exact"], [None] * 4, [0.0, 0.98, 1.0, 1.0])
    misfit = _segment(["voiced", "exact", "exact", "exact"], [0.05, 0.9, 0.9, 0.9], [0.0, 0.98, 1.0, 1.0])
    assert score_segment(no_pass)[0] < LOW
    assert score_segment(misfit)[0] < LOW
    assert word_confidence("unheard", 0.0, 0.9) < LOW  # text not heard stays doubtful


def _noisy(spans: list[tuple[float, float]], seconds: float = 5.0):
    """An Envelope over faint noise with loud noise-like 'speech' in ``spans`` (s)."""
    import numpy as np

    from aligner.align.activity import Envelope
    from aligner.audio.decode import Audio

    rng = np.random.default_rng(1)
    x = 0.001 * rng.normal(size=int(seconds * 16000))
    for a, b in spans:
        x[int(a * 16000):int(b * 16000)] += 0.2 * rng.normal(size=int(b * 16000) - int(a * 16000))
    return Envelope(Audio.from_float(x.astype(np.float32)))


def _telephone_segment():
    """Edge words Whisper half heard and the phone model fits poorly (a telephone line, a synthetic voice),
    inner words heard exactly and placed by sound."""
    words = tuple(Word(t, 1.0 + 0.5 * k, 1.4 + 0.5 * k, p)
                  for k, (t, p) in enumerate(zip(["As", "the", "long", "debate"], [0.18, 0.84, 1.0, 0.18])))
    seg = Segment("As the long debate", 1.0, 2.9, words=words)
    return Placed(seg, ("substituted", "exact", "exact", "substituted"), (0.09, 0.79, 0.55, 0.14))


def test_an_unsure_edge_word_between_a_pause_and_a_sure_word_is_sure_of_its_time():
    item = _telephone_segment()
    assert score_segment(item)[0] < LOW  # nothing pins the edges: review it
    assert score_segment(item, pause_before=True, pause_after=True)[0] >= LOW


def test_speech_inside_a_segment_that_none_of_its_words_cover_flags_it():
    from aligner.align.confidence import pauses_beside, uncovered_sound

    sure = _segment(["exact"] * 4, [0.9] * 4, [1.0] * 4)
    assert score_segment(sure, True, True)[0] > 0.8
    assert score_segment(sure, True, True, interrupted=1.0)[0] < LOW

    words = (Word("and", 0.5, 0.8, 1.0), Word("here's", 0.8, 1.1, 1.0), Word("a", 1.1, 1.2, 1.0),
             Word("long", 3.5, 3.9, 1.0), Word("pause", 3.9, 4.3, 1.0))
    seg = Segment("and here's a long pause", 0.5, 4.3, words=words)
    spoken_between = _noisy([(0.5, 1.2), (1.6, 2.8), (3.5, 4.3)])  # a phrase the transcript lacks at 1.6-2.8
    quiet_between = _noisy([(0.5, 1.2), (3.5, 4.3)])  # a real pause
    assert uncovered_sound(spoken_between, seg) > 1.0
    assert uncovered_sound(quiet_between, seg) == 0.0
    assert pauses_beside(quiet_between, seg, 0.0, 5.0) == (True, True)
    assert pauses_beside(quiet_between, seg, 0.45, 5.0) == (False, True)  # the neighbour ends right before


def _tail_segment(tail_how: str, gap: float):
    """"the plan was fine, uh huh": the last word ``gap`` s after the rest, placed ``tail_how``."""
    words = (Word("the", 1.0, 1.2, 1.0), Word("plan", 1.2, 1.5, 1.0), Word("was", 1.5, 1.7, 1.0),
             Word("fine,", 1.7, 2.1, 1.0), Word("uh", 2.1, 2.3, 0.65), Word("huh.", 2.3 + gap, 2.5 + gap, 0.65))
    seg = Segment("the plan was fine, uh huh.", 1.0, 2.5 + gap, words=words)
    return Placed(seg, ("exact",) * 5 + (tail_how,), (0.9,) * 5 + (0.5,))


def test_an_unheard_edge_word_nearer_the_next_sentence_than_its_own_is_in_doubt():
    """A word Whisper did not hear, put on sound 1.2 s after its sentence and right before the next one
    (a tail said quietly, placed on the next sentence's first sound), may belong to either: review it."""
    from aligner.align.confidence import detached_edges

    tail = _tail_segment("voiced", 1.2)
    end = tail.segment.end
    assert detached_edges(tail, 0.0, end + 0.05) == (False, True)
    assert score_segment(tail, True, False, detached=True)[0] < LOW
    assert score_segment(tail, True, False)[0] >= LOW  # what it was before: the fit alone looked sure
    # a pause to the next sentence longer than the one inside: a hesitation before the tail, in place
    assert detached_edges(tail, 0.0, end + 1.5) == (False, False)
    # heard by Whisper there, or said without a pause before it: pinned
    assert detached_edges(_tail_segment("exact", 1.2), 0.0, end + 0.05) == (False, False)
    assert detached_edges(_tail_segment("voiced", 0.1), 0.0, 2.6 + 0.05) == (False, False)


def test_a_detached_edge_puts_the_boundary_it_touches_in_doubt_on_both_sides():
    """The neighbour that a detached tail was pushed against has its start in doubt too."""
    from aligner.align.scoring import surroundings
    from aligner.align.stretches import Stretch

    tail = _tail_segment("voiced", 1.2)
    end = tail.segment.end
    nxt_words = (Word("next", end + 0.05, end + 0.4, 1.0), Word("one", end + 0.4, end + 0.8, 1.0))
    nxt = Placed(Segment("next one", end + 0.05, end + 0.8, words=nxt_words), ("exact", "exact"), (0.9, 0.9))
    far_words = tuple(replace(w, start=w.start + 1.5, end=w.end + 1.5) for w in nxt_words)
    far = Placed(Segment("next one", end + 1.55, end + 2.3, words=far_words), ("exact", "exact"), (0.9, 0.9))
    env = _noisy([(1.0, 2.1), (end - 0.2, end + 2.3)], seconds=8.0)
    st = Stretch([0, 1], 0.0, 8.0)
    assert surroundings([tail, nxt], 0, [], env, st)[3] and surroundings([tail, nxt], 1, [], env, st)[3]
    # the neighbour 1.5 s away, with the pause between them quiet (sound holding on for 1.5 s after an end
    # would put that end in doubt by itself: see test_sound_that_holds_after_an_end...)
    env = _noisy([(1.0, 2.1), (end - 0.2, end), (end + 1.55, end + 2.3)], seconds=8.0)
    assert not surroundings([tail, far], 0, [], env, st)[3] and not surroundings([tail, far], 1, [], env, st)[3]


def _sure_sentence(first: str = "Everyone") -> Placed:
    """Four words heard exactly and placed by sound, 0.5 s each: "Everyone" (7 phones) is of ordinary length."""
    words = tuple(Word(t, 1.0 + 0.5 * k, 1.5 + 0.5 * k, 1.0) for k, t in enumerate([first, "agreed", "on", "Monday"]))
    seg = Segment(" ".join(w.text for w in words), 1.0, 3.0, words=words)
    return Placed(seg, ("exact",) * 4, (0.9,) * 4)


def test_an_edge_the_phone_pass_pulled_far_out_from_where_whisper_heard_it_is_in_doubt():
    """"and so forth": Whisper heard "forth" where it was said; the phone model stretched it 1.5 s on over
    a burst of noise.  Moves inwards, or outwards by a word's length (Whisper squeezed it), are corrections."""
    sure = _sure_sentence()
    assert score_segment(sure, True, True)[0] > 0.8
    stretched = replace(sure, moved=(None, None, (0.0, 0.0), (0.75, 1.5)))
    assert score_segment(stretched, True, True)[0] < LOW
    corrected = replace(sure, moved=((1.3, 0.2), None, None, (-0.8, -0.2)))  # inwards: a pinned first word
    squeezed = replace(sure, moved=((-0.7, 0.0), None, None, (0.0, 0.6)))  # outwards by a word's length
    assert score_segment(corrected, True, True)[0] > 0.8 and score_segment(squeezed, True, True)[0] > 0.8
    unheard = Placed(sure.segment, ("exact", "exact", "exact", "voiced"), sure.acoustic, sure.moved)
    assert score_segment(replace(unheard, moved=stretched.moved), True, True)[0] == score_segment(unheard, True, True)[0]


def test_a_lone_word_whose_sounds_the_phone_pass_did_not_find_is_in_doubt():
    """"Sure." said quietly between two sentences: Whisper heard it (p 0.9) but put it 0.36 s late, where the
    phone model finds nothing of its sounds.  Nothing else pins a one-word line, so review it."""
    def lone(fit):
        return Placed(Segment("Sure.", 14.38, 14.47, words=(Word("Sure.", 14.38, 14.47, 0.9),)), ("exact",), (fit,))

    assert score_segment(lone(1e-6), True, True)[0] < LOW
    assert score_segment(lone(0.6), True, True)[0] >= LOW
    # in a sentence, a sure word next to it and a pause outside still pin such an edge word
    assert score_segment(_telephone_segment(), pause_before=True, pause_after=True)[0] >= LOW


def test_an_edge_the_phone_pass_carried_out_into_sound_with_no_pause_beside_it_is_in_doubt():
    """A sentence's end run on 0.6 s into sound: the phone model alone says it ended there.  Carried out as
    far but ending next to a quiet pause, the move found the sound's edge (a word Whisper squeezed to an
    instant): sure."""
    sure = _sure_sentence()
    ended = replace(sure, moved=(None, None, None, (0.0, 0.6)))
    assert score_segment(ended, True, False)[0] < LOW and score_segment(ended, True, True)[0] > 0.8
    # a move of a comma's pause or less is a correction of Whisper's time, whatever lies beside it
    assert score_segment(replace(sure, moved=((-0.2, 0.0), None, None, (0.0, 0.2))), False, False)[0] > 0.8


def test_a_boundary_shared_with_a_neighbour_whose_word_there_does_not_fit_is_in_doubt_on_both_sides():
    """Two speakers overlapping: the first sentence's last word was run on into the second's words (its
    sounds not found there, fit 0.01) and the second was pushed back against it.  Both sides of the
    boundary they share are in doubt; with a pause between them, the second is not."""
    from aligner.align.scoring import surroundings
    from aligner.align.stretches import Stretch

    first_words = (Word("this", 1.0, 1.4, 1.0), Word("ended", 1.4, 2.4, 1.0))
    first = Placed(Segment("this ended", 1.0, 2.4, words=first_words), ("exact", "exact"), (0.9, 0.01))
    close = (Word("next", 2.42, 2.8, 1.0), Word("one", 2.8, 3.2, 1.0))
    nxt = Placed(Segment("next one", 2.42, 3.2, words=close), ("exact", "exact"), (0.9, 0.9))
    apart = tuple(replace(w, start=w.start + 0.5, end=w.end + 0.5) for w in close)
    far = Placed(Segment("next one", 2.92, 3.7, words=apart), ("exact", "exact"), (0.9, 0.9))
    env = _noisy([(1.0, 3.2)], seconds=6.0)
    st = Stretch([0, 1], 0.0, 6.0)
    assert surroundings([first, nxt], 1, [], env, st)[3]
    assert not surroundings([first, far], 1, [], _noisy([(1.0, 2.4), (2.92, 3.7)], seconds=6.0), st)[3]
    fine = replace(first, acoustic=(0.9, 0.9))
    assert not surroundings([fine, nxt], 1, [], env, st)[3]


def test_a_segment_that_begins_on_no_sound_is_in_doubt():
    """A "The" the phone model stretched back over a quiet pause: the segment's first 80 ms are far under
    the level of sound around it.  Beginning on its first sound, it is not in doubt."""
    from aligner.align.scoring import surroundings
    from aligner.align.stretches import Stretch

    env = _noisy([(2.0, 4.0)], seconds=6.0)
    words = (Word("the", 1.45, 2.2, 1.0), Word("plan", 2.2, 2.7, 1.0), Word("worked", 2.7, 4.0, 1.0))
    early = Placed(Segment("the plan worked", 1.45, 4.0, words=words), ("exact",) * 3, (0.9,) * 3)
    on_sound = replace(early, segment=replace(early.segment, start=2.0,
                                              words=(replace(words[0], start=2.0),) + words[1:]))
    st = Stretch([0], 0.0, 6.0)
    assert surroundings([early], 0, [], env, st)[3]
    assert not surroundings([on_sound], 0, [], env, st)[3]


def test_outside_english_a_poor_phone_fit_is_no_verdict_but_a_good_one_still_confirms():
    """Mapped phones fit even words in place poorly; only the English-calibrated fit may call one misplaced."""
    from aligner.align.confidence import forget_misfits

    words = (Word("Je", 4.17, 4.3, 0.9), Word("voudrais", 4.3, 4.8, 0.9), Word("simple.", 5.7, 6.27, 0.9))
    item = Placed(Segment("Je voudrais simple.", 4.17, 6.27, words=words), ("exact", "exact", "exact"),
                  acoustic=(0.61, 0.26, 0.01))
    english, _ = score_segment(item, pause_before=True)
    forget_misfits(item)
    other, word_conf = score_segment(item, pause_before=True)
    assert english < LOW <= other
    assert item.acoustic == (0.61, 0.26, None)
    assert word_conf[0] > word_conf[1]  # the good fit still counts


def test_a_start_on_a_stops_silent_closure_is_on_sound_but_one_further_into_the_quiet_is_not():
    """Between sentences said without a pause the phone pass starts a word like "Composez" at its /k/'s silent
    closure (up to 60 ms), with the burst and vowel right after: that start holds its onset.  A start 0.1 s
    and more before the sound is in doubt."""
    import numpy as np

    from aligner.align.activity import Envelope
    from aligner.align.confidence import silent_start
    from aligner.audio.decode import Audio

    env = Envelope(Audio.from_float(np.zeros(6 * 16000, dtype=np.float32)))
    t = np.arange(len(env.db)) * 0.01
    env.db = (-22.0 + 10.0 * np.sin(2 * np.pi * 4 * t)).astype(np.float32)  # syllables, 4 a second
    env.db[(t >= 1.85) & (t < 2.0)] = -60.0  # the join: 150 ms of quiet (the last 60 ms a /k/'s closure)

    def starting_at(start: float) -> Segment:
        return Segment("composez le code", start, 4.0, words=(Word("composez", start, 2.6, 1.0),
                                                             Word("le", 2.6, 2.8, 1.0), Word("code", 2.8, 4.0, 1.0)))

    assert not silent_start(env, starting_at(1.94))  # 60 ms of closure, then its burst and vowel
    assert silent_start(env, starting_at(1.86))  # 140 ms before the sound: in the quiet


def test_a_start_carried_back_to_its_sound_at_a_tight_join_is_sure_but_one_stretched_over_more_is_not():
    """Real speech, sentences said without a pause: Whisper's first word ran 0.5 s late and the phone pass
    carried it back to where its sound begins, with no pause there (rd_real_tight "Press", "Agent"): the
    word has an ordinary length, so the start is sure.  "Our" carried 0.6 s back over a music bed, 0.5 s
    long for two phones, swallowed sound that is not its own: in doubt, pause beside it or not."""
    carried = replace(_sure_sentence(), moved=((-0.55, -0.05), None, None, None))
    assert score_segment(carried, False, True)[0] > 0.8
    assert score_segment(carried, True, True)[0] > 0.8
    stretched = replace(_sure_sentence("Our"), moved=((-0.6, -0.05), None, None, None))
    assert score_segment(stretched, True, True)[0] < LOW
    assert score_segment(stretched, False, True)[0] < LOW
    # the same word Whisper timed where it was (no outward move) is not judged by its length
    assert score_segment(_sure_sentence("Our"), True, True)[0] > 0.8


def test_a_start_stretched_back_over_the_sentence_before_puts_that_sentences_end_in_doubt_too():
    """Real speech said without a pause: "That" was stretched 0.56 s back over the end of the sentence before
    (235 ms early), and that sentence's end was cut where the stretch began (152 ms early).  Its own words fit
    well, so only the neighbour's stretched start says the boundary they share is in doubt; with a pause
    between them, or a next start of ordinary length, it is not."""
    from aligner.align.scoring import surroundings
    from aligner.align.stretches import Stretch

    first_words = (Word("this", 1.0, 1.4, 1.0), Word("ended", 1.4, 2.4, 1.0))
    first = Placed(Segment("this ended", 1.0, 2.4, words=first_words), ("exact", "exact"), (0.9, 0.9))

    def next_sentence(opening: str, start: float) -> Placed:
        words = (Word(opening, start, start + 0.5, 1.0), Word("one", start + 0.5, start + 0.9, 1.0))
        return Placed(Segment(f"{opening} one", start, start + 0.9, words=words), ("exact", "exact"), (0.9, 0.9),
                      moved=((-0.6, -0.05), None))

    env = _noisy([(1.0, 3.32)], seconds=6.0)  # the talk stops where the next sentence ends
    st = Stretch([0, 1], 0.0, 6.0)
    assert surroundings([first, next_sentence("Our", 2.42)], 0, [], env, st)[3]
    apart = _noisy([(1.0, 2.4), (2.92, 3.82)], seconds=6.0)  # a quiet pause between them
    assert not surroundings([first, next_sentence("Our", 2.92)], 0, [], apart, st)[3]
    assert not surroundings([first, next_sentence("Everyone", 2.42)], 0, [], env, st)[3]
    # an end carried into the next sentence is in doubt itself, not the next start beside it
    carried = replace(first, moved=(None, (0.0, 0.7)))
    assert not surroundings([carried, next_sentence("Everyone", 2.42)], 1, [], env, st)[3]


def test_an_edge_word_squeezed_shorter_than_its_phones_can_be_said_is_in_doubt():
    """Whisper did not hear a sentence's opening on a telephone line and squeezed "Surprisingly," (ten
    phones) into 0.18 s at the start of the sound it heard the rest in; the phone pass did not run there.
    The sentence began 1.3 s earlier.  Given its length, or placed by the phone pass, the word is sure."""
    def sentence(first_len: float, moved=()) -> Placed:
        words = (Word("Surprisingly,", 1.0, 1.0 + first_len, 0.9), Word("a", 1.0 + first_len, 1.1 + first_len, 0.9),
                 Word("local", 1.1 + first_len, 1.5 + first_len, 1.0),
                 Word("teacher", 1.5 + first_len, 2.0 + first_len, 1.0))
        seg = Segment("Surprisingly, a local teacher", 1.0, 2.0 + first_len, words=words)
        return Placed(seg, ("exact",) * 4, (), moved)

    assert score_segment(sentence(0.18), True, True)[0] < LOW
    assert score_segment(sentence(0.7), True, True)[0] > 0.8
    placed = ((0.0, 0.0), (0.0, 0.0), (0.0, 0.0), (0.0, 0.0))
    assert score_segment(sentence(0.18, placed), True, True)[0] > 0.8


def test_on_audio_with_nothing_above_4_khz_an_end_with_sound_right_after_it_is_in_doubt():
    """An 8 kHz telephone prompt: the phone model gives the last "-sts" (a hiss at 2-4 kHz) to the pause and
    the end comes out 0.15 s early, every word fitting well.  Sound goes on right after that end with a
    second of room before anything else: in doubt.  The right end on the narrow-band audio is not.  (On
    wideband audio the band says nothing; how the sound after the end falls does:
    test_sound_that_holds_after_an_end_puts_it_in_doubt_and_a_rooms_tail_does_not.)"""
    import numpy as np
    import pytest

    from aligner.align.activity import Envelope
    from aligner.align.scoring import surroundings
    from aligner.align.stretches import Stretch
    from aligner.align.review_evidence import narrow_band
    from aligner.audio.decode import Audio
    from aligner.document import SOUND_AFTER_END

    from synth import espeak_available, speak

    if not espeak_available():
        pytest.skip("espeak-ng is needed to make the speech")
    spoken = speak("Nobody wanted the last of the guests")
    cut = np.fft.rfft(spoken)
    cut[np.fft.rfftfreq(len(spoken), 1 / 16000) > 3800] = 0.0  # what an 8 kHz recording keeps
    rng = np.random.default_rng(0)

    def recording(x):
        y = np.concatenate([np.zeros(16000), x, np.zeros(19200)])
        return Audio.from_float((y + 0.0005 * rng.normal(size=len(y))).astype(np.float32))

    wide, narrow = recording(spoken), recording(np.fft.irfft(cut, len(spoken)))
    assert narrow_band(narrow) and not narrow_band(wide)
    sound_end = 1.0 + len(spoken) / 16000

    def ending_at(end: float) -> Placed:
        words = (Word("Nobody", 1.0, 1.5, 1.0), Word("wanted", 1.5, 1.9, 1.0), Word("the", 1.9, 2.0, 1.0),
                 Word("guests", end - 0.4, end, 1.0))
        return Placed(Segment("Nobody wanted the guests", 1.0, end, words=words), ("exact",) * 4, (0.9,) * 4)

    st = Stretch([0], 0.0, sound_end + 1.2)
    early, right = ending_at(sound_end - 0.15), ending_at(sound_end)
    assert SOUND_AFTER_END in surroundings([early], 0, [], Envelope(narrow), st, audio=narrow)[4]
    assert SOUND_AFTER_END not in surroundings([right], 0, [], Envelope(narrow), st, audio=narrow)[4]


def test_sound_that_holds_after_an_end_puts_it_in_doubt_and_a_rooms_tail_does_not():
    """A prompt's fading last syllable under a murmur: the phone pass ends the word where its loud part ends
    and gives the rest to the pause, every word fitting well (real prompts under murmur or hold music ended
    0.2-0.33 s early at confidence 0.9-1.0).  Right after such an end the voice goes on, a few dB under
    the word's last sound: in doubt.  A right end in a room also has sound after it (no quiet pause), but
    the room's tail falls well under the word's last sound within 0.1 s: not in doubt; nor is a right end
    with a quiet pause after it."""
    import numpy as np
    import pytest

    from aligner.align.activity import Envelope
    from aligner.align.confidence import pauses_beside
    from aligner.align.review_evidence import sound_holds_after
    from aligner.align.scoring import surroundings
    from aligner.align.stretches import Stretch
    from aligner.audio.decode import Audio
    from aligner.document import SOUND_AFTER_END

    from synth import espeak_available, speak

    if not espeak_available():
        pytest.skip("espeak-ng is needed to make the speech")
    spoken = speak("Please try the number again")
    rng = np.random.default_rng(3)
    level = float(np.sqrt(np.mean(spoken ** 2)))

    def murmur(n: int) -> np.ndarray:  # pink noise 18 dB under the speech
        w = np.fft.rfft(rng.normal(size=n))
        f = np.fft.rfftfreq(n, 1 / 16000)
        w[0], w[1:] = 0.0, w[1:] / np.sqrt(f[1:])
        x = np.fft.irfft(w, n)
        return level * 10 ** (-18 / 20) * x / np.sqrt(np.mean(x ** 2))

    def in_room(x: np.ndarray, rt60: float) -> np.ndarray:  # the direct sound, then a decaying reverberation
        t = np.arange(int(rt60 * 16000)) / 16000
        h = rng.normal(size=len(t)) * 10 ** (-3 * t / rt60)
        h[0] = 8.0
        y = np.convolve(x, h)
        return y / np.max(np.abs(y)) * np.max(np.abs(x))

    def recording(x: np.ndarray) -> Envelope:
        y = np.concatenate([np.zeros(16000), x, np.zeros(40000 - len(x) % 16000)])
        return Envelope(Audio.from_float((y + murmur(len(y))).astype(np.float32)))

    sound_end = 1.0 + len(spoken) / 16000
    dry, room = recording(spoken), recording(in_room(spoken, 0.5))

    def ending_at(end: float) -> Placed:
        words = (Word("Please", 1.0, 1.4, 1.0), Word("try", 1.4, 1.7, 1.0), Word("again", end - 0.5, end, 1.0))
        return Placed(Segment("Please try again", 1.0, end, words=words), ("exact",) * 3, (0.9,) * 3)

    st = Stretch([0], 0.0, sound_end + 1.2)
    for early in (sound_end - 0.15, sound_end - 0.2):
        assert sound_holds_after(dry, early)
        assert SOUND_AFTER_END in surroundings([ending_at(early)], 0, [], dry, st)[4]
    right = ending_at(sound_end)
    assert not pauses_beside(room, right.segment, 0.0, st.t1)[1]  # the room's tail is sound after the end
    assert SOUND_AFTER_END not in surroundings([right], 0, [], room, st)[4]
    assert pauses_beside(dry, right.segment, 0.0, st.t1)[1]
    assert SOUND_AFTER_END not in surroundings([right], 0, [], dry, st)[4]


def test_an_end_that_fades_into_babble_is_in_doubt_with_its_reason_and_one_over_a_steady_hiss_is_not():
    """A prompt under a babble of other voices 10 dB under it: its last syllable's fade sinks into voices that
    rise and fall by as much, so where it stopped cannot be heard (real prompts under babble ended 0.2-0.5 s
    early at confidence 0.8-1.0).  That end is in doubt, and the segment says why.  The same prompt over a
    steady noise with the babble's very spectrum and level (its phases scrambled: no syllables, no swells) is
    not -- a fade can be followed down to a steady background -- nor in quiet."""
    import numpy as np
    import pytest

    from aligner.align.activity import Envelope
    from aligner.align.review_evidence import end_fades_into_noise
    from aligner.align.scoring import finish_segment, surroundings
    from aligner.align.stretches import Stretch
    from aligner.audio.decode import Audio
    from aligner.document import END_IN_NOISE, LOW_CONFIDENCE

    from synth import espeak_available, speak

    if not espeak_available():
        pytest.skip("espeak-ng is needed to make the speech")
    spoken = speak("Please enter the number of the conference")
    level = float(np.sqrt(np.mean(spoken ** 2)))
    n = len(spoken) + 48000
    rng = np.random.default_rng(5)
    talk = np.zeros(n, np.float32)
    for voice, text in (("en-gb+f2", "The weather was fine and the boats went out early in the morning"),
                        ("en-us+m3", "Nobody knew where the old map had been kept for all those years"),
                        ("en-029", "We walked along the river until the bridge came into sight again"),
                        ("en-gb-scotland+f4", "Some of the children wanted to stay a little longer at the fair")):
        x = speak(text, voice=voice)
        at = int(rng.integers(0, 8000))
        while at < n:
            piece = x[:n - at]
            talk[at:at + len(piece)] += piece
            at += len(x) + int(rng.integers(1000, 4000))
    babble = talk / np.sqrt(np.mean(talk ** 2)) * level * 10 ** (-10 / 20)
    spectrum = np.abs(np.fft.rfft(babble)) * np.exp(2j * np.pi * rng.random(n // 2 + 1))
    steady = np.fft.irfft(spectrum, n)

    def recording(bed: np.ndarray) -> Audio:
        y = np.zeros(n)
        y[16000:16000 + len(spoken)] = spoken
        return Audio.from_float((y + bed + 0.0005 * rng.normal(size=n)).astype(np.float32))

    start, end = 1.0, 1.0 + len(spoken) / 16000 - 0.2  # the phone pass's end, before the fade
    words = (Word("Please", start, start + 0.4, 1.0), Word("conference", end - 0.6, end, 1.0))
    item = Placed(Segment("Please conference", start, end, words=words), ("exact",) * 2, (0.9,) * 2)
    st = Stretch([0], 0.0, n / 16000)
    for bed, doubted in ((babble, True), (steady, False), (np.zeros(n), False)):
        audio = recording(bed)
        env = Envelope(audio)
        assert end_fades_into_noise(audio, env, start, end, 0.0, n / 16000) == doubted
        around = surroundings([item], 0, [], env, st, audio=audio)
        assert (END_IN_NOISE in around[4]) == doubted
        seg = finish_segment(item, *around)
        assert seg.has(END_IN_NOISE) == doubted  # (an end 0.2 s early over a steady bed: sound_holds_after's to find)
        assert seg.has(LOW_CONFIDENCE) or not doubted


def test_sound_that_holds_after_an_end_at_a_short_join_is_in_doubt_even_past_a_quiet_moment():
    """Between sentences said with no pause, the phone pass may end the first on its last loud vowel and leave
    its weak rest to the gap, which reads "quiet" against the talk's level: a join closer than HISS_ROOM, at
    least JOIN_ROOM, with sound holding after the end is in doubt, quiet pause or not (two 8 kHz prompts in a
    room ended 227 and 240 ms early so).  A join closer than JOIN_ROOM, or sound that falls as a tail, is not;
    beyond HISS_ROOM the rule stays what it was (a quiet pause there is a pause)."""
    from aligner.align.confidence import HISS_ROOM, JOIN_ROOM, end_before_unheard_sound

    room = (JOIN_ROOM + HISS_ROOM) / 2
    assert end_before_unheard_sound(True, room, False, True)
    assert not end_before_unheard_sound(True, room, False, False)
    assert not end_before_unheard_sound(True, JOIN_ROOM - 0.05, False, True)
    assert not end_before_unheard_sound(True, HISS_ROOM + 0.2, False, True)
    assert end_before_unheard_sound(False, HISS_ROOM + 0.2, False, True)


def test_sound_that_holds_after_an_end_far_over_the_pauses_own_background_is_in_doubt_past_a_quiet_pause():
    """A line's weak last sound (a final nasal, 13 dB over a very quiet background and 57 dB under the speech) lies
    under the level that counts as sound around the line, so an end cut 0.2 s early on the loud part of the last
    word has a "quiet pause" after it -- and yet the sound there holds and stands 13 dB over the pause's own
    background: the voice has not stopped (prompts in a hall, or at a tight join under a murmur, ended 0.22-0.48 s
    early at confidence 0.78-1.0 so).  That end is in doubt, with its reason; the right end, after which the sound
    is down at the background, is not, nor is the early end when the same hum goes on through the whole pause (it
    is the background then, not the voice)."""
    import numpy as np
    import pytest

    from aligner.align.activity import Envelope
    from aligner.align.confidence import HISS_ROOM, end_before_unheard_sound, pauses_beside
    from aligner.align.review_evidence import sound_holds_after, sound_over_pause_floor
    from aligner.align.scoring import finish_segment, surroundings
    from aligner.align.stretches import Stretch
    from aligner.audio.decode import Audio
    from aligner.document import LOW_CONFIDENCE, SOUND_AFTER_END

    from synth import espeak_available, speak

    if not espeak_available():
        pytest.skip("espeak-ng is needed to make the speech")

    def trimmed(text: str) -> np.ndarray:  # said right after the line before: no silence around it
        x = speak(text)
        loud = np.flatnonzero(np.abs(x) > 0.02 * np.max(np.abs(x)))
        return x[loud[0]:loud[-1]]

    before = [trimmed("Please enter your conference number followed by the pound key"),
              trimmed("The number you have dialed is not in service")]
    line, after = trimmed("Please try your call again"), [trimmed("Thank you for calling"), trimmed("Goodbye now")]
    rng = np.random.default_rng(11)
    background = float(np.sqrt(np.mean(line ** 2))) * 10 ** (-70 / 20)
    t = np.arange(int(0.3 * 16000)) / 16000
    hum = sum(np.sin(2 * np.pi * 120 * k * t) / k for k in range(1, 6))
    held = hum / np.sqrt(np.mean(hum ** 2)) * background * 10 ** (13 / 20)  # the line's last 0.3 s
    pause = int(0.6 * 16000)

    def talk(bed_in_pause: bool) -> tuple[Envelope, float, float, float]:
        parts = [np.zeros(8000)]
        for x in before:
            parts += [x, np.zeros(480)]
        start = sum(map(len, parts)) / 16000
        gap = np.resize(held, pause) if bed_in_pause else np.zeros(pause)
        parts += [line, held, gap]
        for x in after:
            parts += [x, np.zeros(480)]
        y = np.concatenate(parts + [np.zeros(8000)])
        sound_end = start + (len(line) + len(held)) / 16000
        y = y + background * rng.normal(size=len(y))
        return Envelope(Audio.from_float(y.astype(np.float32))), start, sound_end, sound_end + pause / 16000

    def ending_at(start: float, end: float) -> Placed:
        words = (Word("Please", start, start + 0.4, 1.0), Word("again", end - 0.4, end, 1.0))
        return Placed(Segment("Please again", start, end, words=words), ("exact",) * 2, (0.9,) * 2)

    env, start, sound_end, next_line = talk(bed_in_pause=False)
    st = Stretch([0], start - 0.03, next_line)
    early, right = ending_at(start, sound_end - 0.2), ending_at(start, sound_end)
    assert pauses_beside(env, early.segment, st.t0, st.t1)[1]  # a quiet pause against the talk's level
    assert sound_holds_after(env, early.segment.end) and sound_over_pause_floor(env, early.segment.end, next_line)
    assert not end_before_unheard_sound(True, next_line - early.segment.end, False, True)  # without the floor: no doubt
    around = surroundings([early], 0, [], env, st)
    assert SOUND_AFTER_END in around[4]
    assert finish_segment(early, *around).has(LOW_CONFIDENCE)
    assert not sound_over_pause_floor(env, right.segment.end, next_line)
    assert SOUND_AFTER_END not in surroundings([right], 0, [], env, st)[4]
    assert next_line - early.segment.end >= HISS_ROOM

    bed, start, sound_end, next_line = talk(bed_in_pause=True)
    early = ending_at(start, sound_end - 0.2)
    assert not sound_over_pause_floor(bed, early.segment.end, next_line)
    assert SOUND_AFTER_END not in surroundings([early], 0, [], bed, Stretch([0], start - 0.03, next_line))[4]


def test_an_end_heard_through_a_narrow_band_is_in_doubt_though_its_stretch_is_wide_elsewhere():
    """A video call whose codec switches band: the first line comes through wideband, the second through a
    telephone band (nothing above 3.8 kHz here).  The second line's end, 0.25 s early with sound right after it
    and a second of room, is as much in doubt as on an 8 kHz recording
    (test_on_audio_with_nothing_above_4_khz_an_end_with_sound_right_after_it_is_in_doubt) -- though the stretch
    holding both lines, read as a whole, is wideband.  The band is read around the end, not over the stretch;
    the right end is not doubted.  The sound after the early end falls as a room's tail does
    (:func:`.review_evidence.sound_holds_after`): only the band says the end is in doubt."""
    import numpy as np
    import pytest

    from aligner.align.activity import Envelope
    from aligner.align.engine import _score
    from aligner.align.review_evidence import narrow_band, narrow_band_at_end, sound_holds_after
    from aligner.align.stretches import Stretch
    from aligner.audio.decode import Audio
    from aligner.document import SOUND_AFTER_END

    from synth import espeak_available, speak

    if not espeak_available():
        pytest.skip("espeak-ng is needed to make the speech")
    first, second = speak("Everyone was there on time for the show"), speak("Nobody wanted the last of the guests")
    cut = np.fft.rfft(second)
    cut[np.fft.rfftfreq(len(second), 1 / 16000) > 3800] = 0.0  # the call's narrow band
    gap = np.zeros(9600)
    y = np.concatenate([np.zeros(16000), first, gap, np.fft.irfft(cut, len(second)), np.zeros(19200)])
    audio = Audio.from_float((y + 0.0005 * np.random.default_rng(0).normal(size=len(y))).astype(np.float32))
    first_end = 1.0 + len(first) / 16000
    second_start = first_end + len(gap) / 16000
    sound_end = second_start + len(second) / 16000
    st = Stretch([0, 1], 0.0, sound_end + 1.2)
    assert not narrow_band(audio, st.t0, st.t1)  # the stretch as a whole reads wide
    early_end = sound_end - 0.25
    assert narrow_band_at_end(audio, second_start, early_end, st.t1)

    opening = Placed(Segment("Everyone was there on time", 1.0, first_end,
                             words=(Word("Everyone", 1.0, 1.6, 1.0), Word("was", 1.6, 1.8, 1.0),
                                    Word("there", 1.8, 2.1, 1.0), Word("on", 2.1, 2.2, 1.0),
                                    Word("time", 2.2, first_end, 1.0))), ("exact",) * 5, (0.9,) * 5)

    def ending_at(end: float) -> Placed:
        t = second_start
        words = (Word("Nobody", t, t + 0.5, 1.0), Word("wanted", t + 0.5, t + 0.9, 1.0),
                 Word("the", t + 0.9, t + 1.0, 1.0), Word("guests", end - 0.4, end, 1.0))
        return Placed(Segment("Nobody wanted the guests", t, end, words=words), ("exact",) * 4, (0.9,) * 4)

    env = Envelope(audio)
    assert not sound_holds_after(env, early_end)
    early = _score(st, [opening, ending_at(early_end)], [], audio, env, True, None)[1]
    right = _score(st, [opening, ending_at(sound_end)], [], audio, env, True, None)[1]
    assert SOUND_AFTER_END in early.flags
    assert SOUND_AFTER_END not in right.flags
