"""Unheard words at the join of two sentences with a long noisy pause between them stay with their own sentence.

Whisper's words and the sound are made up here (no model): what is tested is how placement
(aligner.align.placement) reads them.
"""

from __future__ import annotations

from placing import noisy_envelope, placer_for


def _env(spans: list[tuple[float, float]], seconds: float = 11.0):
    return noisy_envelope(spans, seconds, seed=5)


def _place(lines: list[str], heard: list[tuple[str, float, float]], env):
    placer = placer_for(lines, heard, env)
    return placer.tokens, placer.run()


LINES = ["So that the work could start sooner.", "Surprisingly a local teacher compared prices."]
# the first recording's voice 0.5-3.0 s, 4 s of noise between the recordings, the second's voice 7.0-10.0 s
SOUND = [(0.5, 3.0), (7.0, 10.0)]


def test_a_sentences_unheard_last_word_is_not_carried_over_the_pause_onto_the_next_sentence():
    """syn_w_phone_joined: "could start sooner" heard as "good partner", "Surprisingly, a" as "the": the
    leftover "sooner" was laid with "Surprisingly a" over that "the", 5.2 s after its sentence ended."""
    heard = [("so", 0.5, 0.7), ("that", 0.7, 0.9), ("the", 0.9, 1.0), ("works", 1.0, 1.4), ("good", 1.4, 1.9),
             ("partner", 1.9, 2.6), ("the", 7.9, 8.3), ("local", 8.3, 8.7), ("teacher", 8.7, 9.1),
             ("compared", 9.1, 9.5), ("prices", 9.5, 10.0)]
    tokens, times = _place(LINES, heard, _env(SOUND))
    sooner = times[tokens.index("sooner")]
    assert sooner.end <= 3.5, sooner  # next to the rest of its sentence, not across the pause
    first = times[tokens.index("surprisingly")]
    assert first.start >= 6.5, first  # and the next sentence's first word not in the pause either


def test_words_heard_next_to_both_anchors_are_laid_over_as_before():
    """Both sentences' edge words have heard words said in one go with them: one run, laid over linearly."""
    heard = [("so", 0.5, 0.7), ("that", 0.7, 0.9), ("the", 0.9, 1.0), ("works", 1.0, 1.4), ("good", 1.4, 1.9),
             ("partner", 1.9, 2.6), ("soon", 2.6, 3.0), ("surprise", 7.0, 7.9), ("the", 7.9, 8.3),
             ("local", 8.3, 8.7), ("teacher", 8.7, 9.1), ("compared", 9.1, 9.5), ("prices", 9.5, 10.0)]
    tokens, times = _place(LINES, heard, _env(SOUND))
    assert times[tokens.index("sooner")].end <= 3.1
    assert times[tokens.index("surprisingly")].start >= 6.9


WALK_LINES = ["The keeper lived there with a brown horse.", "Visitors can buy tickets at our harbour office.",
              "Every night he climbed the stairs."]


def _walk_heard(last_word: str, third: float = 3.2):
    """Whisper's words for the walk's talk: the first line's last word misheard as ``last_word``, then a pause
    (silent, or with a voice in it, as the test's envelope says), then the third line from ``third`` s."""
    first = [("the", 0.5, 0.6), ("keeper", 0.6, 0.9), ("lived", 0.9, 1.2), ("there", 1.2, 1.4), ("with", 1.4, 1.5),
             ("a", 1.5, 1.6), ("brown", 1.6, 1.9), (last_word, 1.9, 2.3)]
    return first + [(w, third + a, third + b) for w, a, b in [("every", 0.0, 0.3), ("night", 0.3, 0.6),
                                                               ("he", 0.6, 0.7), ("climbed", 0.7, 1.1),
                                                               ("the", 1.1, 1.2), ("stairs", 1.2, 1.7)]]


def test_a_line_never_said_is_not_laid_over_its_neighbours_misheard_last_word():
    """benchmarks/gui_walk.py's talk: "brown horse" heard as "brown dog", the next line never said.  Laid over
    "dog" together with "horse", its nine words were "heard" in 0.4 s and the line was not called unspoken."""
    tokens, times = _place(WALK_LINES, _walk_heard("dog"), _env([(0.5, 2.3), (3.2, 4.9)], seconds=6.0))
    assert times[tokens.index("horse")].how == "substituted"
    assert 1.9 <= times[tokens.index("horse")].start and times[tokens.index("horse")].end <= 2.35
    middle = tokens[tokens.index("visitors"):tokens.index("office") + 1]
    assert {times[tokens.index(w)].how for w in middle} == {"unheard"}


def test_a_line_said_in_the_pause_but_not_heard_takes_its_sound():
    """The same words heard, but a voice in the pause: the line was said and Whisper missed it; it goes there."""
    env = _env([(0.5, 2.3), (2.6, 5.0), (5.4, 7.1)], seconds=8.0)
    tokens, times = _place(WALK_LINES, _walk_heard("dog", third=5.4), env)
    first, last = times[tokens.index("visitors")], times[tokens.index("office")]
    assert {first.how, last.how} == {"voiced"}
    assert 2.5 <= first.start < 2.8 and 4.8 < last.end <= 5.1


def test_heard_words_beyond_the_edge_words_are_still_laid_over_as_one_run():
    """More heard than the neighbour's last word needs ("dog busy tacos" for "horse"): the line may have been
    said and misheard, so the words are laid over the heard run as before (substituted, not unspoken)."""
    heard = _walk_heard("dog")
    heard[7:8] = [("dog", 1.9, 2.1), ("busy", 2.1, 2.5), ("tacos", 2.5, 2.8)]
    tokens, times = _place(WALK_LINES, heard, _env([(0.5, 2.8), (3.2, 4.9)], seconds=6.0))
    assert times[tokens.index("visitors")].how == "substituted"
