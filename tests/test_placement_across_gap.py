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
