"""A sentence begun, broken off and read again: its first words go where it was said in full.

Whisper's words and the sound are made up here (no model): what is tested is how placement
(aligner.align.placement) reads them.
"""

from __future__ import annotations

from placing import noisy_envelope, placer_for


def _env(spans: list[tuple[float, float]], seconds: float = 12.0):
    return noisy_envelope(spans, seconds, seed=3)


def _place(lines: list[str], heard: list[tuple[str, float, float]], env):
    placer = placer_for(lines, heard, env)
    return placer.tokens, placer.run()


# sound: first sentence 0.5-2.5; the broken-off start 3.0-3.8; the sentence in full 4.2-7.0
SOUND = [(0.5, 2.5), (3.0, 3.8), (4.2, 7.0)]
FIRST = [("the", 0.5, 0.7), ("meeting", 0.7, 1.2), ("ended", 1.2, 1.7), ("late", 1.8, 2.5)]
LINES = ["The meeting ended late.", "Surprisingly our small team agreed."]


def test_a_first_word_whisper_timed_at_the_broken_off_start_goes_to_the_sound_before_the_rest():
    # Whisper wrote "Surprisingly" once, timed at the first attempt, 2 s before the rest of its sentence
    heard = FIRST + [("surprisingly", 3.0, 3.0), ("our", 5.1, 5.3), ("small", 5.3, 5.7), ("team", 5.7, 6.1),
                     ("agreed", 6.1, 7.0)]
    tokens, times = _place(LINES, heard, _env(SOUND))
    first = times[tokens.index("surprisingly")]
    assert 4.0 <= first.start <= 4.5, first


def test_a_first_word_misheard_in_both_attempts_goes_to_the_attempt_next_to_the_rest():
    # "As expected, a, ... As expected, a group": heard "I'm expected. I'm expected. A group"
    lines = ["The meeting ended late.", "As expected a group of farmers agreed."]
    heard = FIRST + [("I'm", 3.0, 3.2), ("expected.", 3.2, 3.8), ("I'm", 4.2, 4.4), ("expected.", 4.4, 5.0),
                     ("A", 5.2, 5.3), ("group", 5.3, 5.6), ("of", 5.6, 5.7), ("farmers", 5.7, 6.2),
                     ("agreed", 6.2, 7.0)]
    tokens, times = _place(lines, heard, _env(SOUND))
    first = times[tokens.index("as")]
    assert 4.1 <= first.start <= 4.5, first


def test_a_first_word_after_a_real_pause_of_silence_keeps_its_time():
    # "So, ... [2 s of silence] our small team agreed": nothing was said before the rest; "So" stays
    lines = ["The meeting ended late.", "So our small team agreed."]
    heard = FIRST + [("so", 3.0, 3.3), ("our", 5.5, 5.7), ("small", 5.7, 6.0), ("team", 6.0, 6.4),
                     ("agreed", 6.4, 7.0)]
    tokens, times = _place(lines, heard, _env([(0.5, 2.5), (3.0, 3.3), (5.5, 7.0)]))
    assert abs(times[tokens.index("so")].start - 3.0) < 0.05


def test_a_first_word_said_also_by_a_deleted_sentence_before_it_goes_to_its_own_sentence():
    # "And I'm saying a bunch of ... one. And here's the long pause": the first one is not in the transcript
    lines = ["The meeting ended late.", "And here's a long pause and I think this is probably good."]
    deleted = "and i'm saying a bunch of different words that i did not say in the original one".split()
    said = "and here's the long pause and i think this is probably good".split()
    heard = FIRST + [(w, 2.6 + 0.12 * k, 2.7 + 0.12 * k) for k, w in enumerate(deleted)]
    heard += [(w, 5.0 + 0.18 * k, 5.15 + 0.18 * k) for k, w in enumerate(said)]
    tokens, times = _place(lines, heard, _env([(0.5, 2.5), (2.6, 4.6), (5.0, 7.2)]))
    assert abs(times[tokens.index("and")].start - 5.0) < 0.05, times[tokens.index("and")]


def test_fine_alignment_of_a_sentences_first_words_prefers_the_saying_next_to_the_rest_of_it():
    """Heard tokens before a sentence's first words are someone else's: leaving them out costs nothing,
    so "and here's" pairs with the "and here's" next to the rest of the sentence, not with an earlier "and"."""
    from aligner.align.placement import fine_align

    heard = "and i'm saying a bunch of words and here's the".split()
    assert fine_align(["and", "here's", "a"], heard, "right") == [(0, 7), (1, 8)]
    assert fine_align(["fine", "the"], ["fine", "the", "end", "the"], "left") == [(0, 0), (1, 1)]


def test_a_sentences_last_word_not_found_in_sound_stays_right_after_the_rest_of_it():
    # "The meeting ended late, uh." with the "uh" too quiet to find: it is not put in the middle of the pause
    lines = ["The meeting ended late, uh.", "Then we left."]
    heard = FIRST + [("then", 4.2, 4.6), ("we", 4.6, 4.9), ("left", 4.9, 5.5)]
    tokens, times = _place(lines, heard, _env([(0.5, 2.5), (4.2, 5.5)]))
    uh = times[tokens.index("uh")]
    assert uh.how == "unheard" and abs(uh.start - 2.5) < 0.05, uh


def test_a_sentences_last_words_misheard_go_on_the_heard_words_said_in_one_go_with_it():
    # "..., you see." heard as "Easy." right after the sentence; a deleted "Okay." 1.5 s later is not theirs
    lines = ["The meeting ended late, you see.", "A local teacher agreed."]
    heard = FIRST + [("easy", 2.9, 2.9), ("okay", 4.4, 4.4), ("at", 5.0, 5.0), ("local", 5.0, 5.3),
                     ("teacher", 5.3, 5.8), ("agreed", 5.8, 6.5)]
    tokens, times = _place(lines, heard, _env([(0.5, 3.0), (4.3, 4.6), (5.0, 6.5)]))
    assert abs(times[tokens.index("see")].end - 2.9) < 0.05, times[tokens.index("see")]


def test_heard_words_no_transcript_word_was_given_are_kept_for_the_phone_pass_fillers_too():
    # a deleted "Okay." between two sentences: too short to report as unscripted speech, but not the
    # transcript's sound either (boundaries.py keeps the phone pass's chunks out of it)
    lines = ["The meeting ended late.", "Our small team agreed."]
    heard = FIRST + [("okay", 3.2, 3.5), ("our", 4.2, 4.6), ("small", 4.6, 5.1), ("team", 5.1, 5.6),
                     ("agreed", 5.6, 7.0)]
    placer = placer_for(lines, heard, _env([(0.5, 2.5), (3.0, 3.5), (4.2, 7.0)]))
    placer.run()
    assert placer.unpaired == [(3.2, 3.5)]
    assert not placer.unscripted  # a filler alone is not reported


def test_a_slow_lines_opening_stays_where_it_was_heard_when_the_words_after_it_were_misheard():
    # "As expected, our finance office repaired the price." said slowly under noise, heard as "As expected. Now the
    # film and soul is slick, now you're the price.": only the opening and "the price" anchor, 3.4 s apart, but the
    # words heard between are the line's own, said in one go: no pause, no restart, nothing stranded
    lines = ["The meeting ended late.", "As expected our finance office repaired the price of electricity."]
    misheard = [("now", 4.2, 4.6), ("film", 4.6, 5.1), ("and", 5.1, 5.5), ("soul", 5.5, 5.8), ("is", 5.8, 6.2),
                ("slick", 6.2, 6.7), ("now", 6.8, 6.9), ("you're", 6.9, 7.2)]
    heard = FIRST + [("as", 3.0, 3.3), ("expected", 3.3, 3.8)] + misheard + [
        ("the", 7.2, 7.6), ("price", 7.6, 8.1), ("of", 8.1, 8.3), ("electricity", 8.3, 9.2)]
    tokens, times = _place(lines, heard, _env([(0.5, 2.5), (3.0, 9.2)]))
    assert abs(times[tokens.index("as")].start - 3.0) < 0.05, times[tokens.index("as")]
    finance = times[tokens.index("finance")]
    assert 4.2 <= finance.start < 7.2, finance  # on the misheard words, not squeezed against "the price"


def test_a_pause_between_anchors_counts_the_misheard_words_only_when_the_text_has_words_there():
    from aligner.align.misheard_between import pause_between
    from aligner.align.placement import HeardToken

    heard = [HeardToken(t, a, b, 0.9, k) for k, (t, a, b) in enumerate(
        [("as", 3.0, 3.3), ("expected", 3.3, 3.8), ("now", 4.2, 4.6), ("film", 4.6, 6.7), ("price", 7.6, 8.1)])]
    assert abs(pause_between(heard, 1, 4, True, ["as", "expected"]) - 0.9) < 1e-9  # 6.7 -> 7.6
    assert abs(pause_between(heard, 1, 4, False, ["as", "expected"]) - 3.8) < 1e-9  # no text of its own there
    again = heard[:2] + [HeardToken("expected", 4.2, 4.6, 0.9, 2)] + heard[3:]
    assert abs(pause_between(again, 1, 4, True, ["as", "expected"]) - 3.8) < 1e-9  # its opening heard again


def test_one_short_word_of_the_opening_heard_again_among_misheard_words_is_no_restart():
    """"The board of directors planned ..." under a music box, heard "The more the rectum plan the hospital ...":
    the "the" among the misheard words is no second attempt at the line's opening "The" -- a short word recurs in
    any misheard line -- so the words between count as the line said in one go.  A long word of the opening heard
    again, or the whole opening of two words or more in order, is still a restart."""
    from aligner.align.misheard_between import pause_between
    from aligner.align.placement import HeardToken

    def tokens(words):
        return [HeardToken(t, a, b, 0.9, k) for k, (t, a, b) in enumerate(words)]

    misheard = tokens([("the", 3.0, 3.26), ("more", 3.26, 3.5), ("the", 3.5, 3.78), ("rectum", 3.78, 4.42),
                       ("plan", 4.42, 4.82), ("the", 4.82, 5.22)])
    assert abs(pause_between(misheard, 0, 5, True, ["the"])) < 1e-9  # no gap between the heard words
    opening = tokens([("in", 3.0, 3.1), ("the", 3.1, 3.2), ("end", 3.2, 3.5), ("in", 4.2, 4.3), ("the", 4.3, 4.4),
                      ("end", 4.4, 4.7), ("a", 4.7, 4.8), ("group", 5.6, 6.0)])
    assert abs(pause_between(opening, 2, 7, True, ["in", "the", "end"]) - 2.1) < 1e-9  # "in the end" said again
    long_word = tokens([("as", 3.0, 3.3), ("expected", 3.3, 3.8), ("expected", 4.2, 4.6), ("price", 7.6, 8.1)])
    assert abs(pause_between(long_word, 1, 3, True, ["as", "expected"]) - 3.8) < 1e-9


def test_a_lines_first_word_heard_before_its_misheard_words_keeps_its_time_though_a_the_is_among_them():
    lines = ["The meeting ended late.", "The board of directors planned the hospital's night shifts."]
    heard = FIRST + [("the", 3.0, 3.26), ("more", 3.26, 3.5), ("the", 3.5, 3.78), ("rectum", 3.78, 4.42),
                     ("plan", 4.42, 4.82), ("the", 4.82, 5.22), ("hospital", 5.22, 5.52), ("died", 5.52, 6.06),
                     ("shifts", 6.06, 6.52)]
    tokens, times = _place(lines, heard, _env([(0.5, 2.5), (3.0, 6.6)]))
    first = times[tokens.index("the", 4)]
    assert abs(first.start - 3.0) < 0.05, first  # not moved onto the second "the" at 3.5 s
