"""A line replaced in the transcript by one never spoken is not laid over the spoken one's sound; a line only
misheard still is; speech the transcript lacks is reported over its sound.

Whisper's words and the sound are made up here (no model): what is tested is how placement
(aligner.align.placement, aligner.align.replaced_lines) and the unscripted spans' edges
(aligner.align.unscripted_sound) read them.
"""

from __future__ import annotations

from placing import noisy_envelope, placer_for

from aligner.align.replaced_lines import heard_another_line, sounds_like_share
from aligner.align.unscripted_sound import widen_to_sound
from aligner.document import NOT_HEARD, Segment, UnscriptedSpan

LINES = ["The conference is now locked.", "Please enter your conference number followed by the pound key.",
         "There is currently one other participant in the conference."]
# three prompts' voices; the middle one said "Call forward on no answer." (rd31_real_gaps_substituted_adpcm)
SOUND = [(0.5, 2.0), (3.0, 4.9), (5.8, 8.4)]
FIRST = [("the", 0.5, 0.7), ("conference", 0.7, 1.3), ("is", 1.3, 1.4), ("now", 1.4, 1.6), ("locked", 1.6, 2.0)]
LAST = [("there", 5.8, 6.0), ("is", 6.0, 6.1), ("currently", 6.1, 6.6), ("one", 6.6, 6.8), ("other", 6.8, 7.0),
        ("participant", 7.0, 7.7), ("in", 7.7, 7.8), ("the", 7.8, 7.9), ("conference", 7.9, 8.4)]


def _place(heard):
    placer = placer_for(LINES, heard, noisy_envelope(SOUND, 9.0, seed=7))
    return placer, placer.run()


def _middle_hows(placer, times):
    first = len(LINES[0].split())
    return [times[i].how for i in range(first, first + len(LINES[1].split()))]


def test_a_line_laid_over_another_sentence_is_not_heard_and_that_sentence_is_unscripted():
    heard = FIRST + [("call", 3.0, 3.4), ("forward", 3.4, 3.9), ("on", 3.9, 4.1), ("no", 4.1, 4.4),
                     ("answer", 4.4, 4.9)] + LAST
    placer, times = _place(heard)
    assert set(_middle_hows(placer, times)) == {"unheard"}
    assert [(round(u.start, 2), round(u.end, 2)) for u in placer.unscripted] == [(3.0, 4.9)]


def test_a_line_misheard_is_still_laid_over_what_was_heard():
    """The same line heard badly -- "Please enter you're conference numbers followed by the pound he" -- keeps
    its place: most of its long words sound like what was heard."""
    heard = FIRST + [("please", 3.0, 3.3), ("enter", 3.3, 3.5), ("youre", 3.5, 3.6), ("conference", 3.6, 4.0),
                     ("numbers", 4.0, 4.3), ("followed", 4.3, 4.5), ("by", 4.5, 4.55), ("the", 4.55, 4.6),
                     ("pound", 4.6, 4.8), ("he", 4.8, 4.9)] + LAST
    placer, times = _place(heard)
    assert "unheard" not in _middle_hows(placer, times)
    assert not placer.unscripted


def test_sounds_like_share_counts_long_words_only():
    line = "please enter your conference number followed by the pound key".split()
    share, n = sounds_like_share(line, "call forward on no answer".split())
    assert (share, n) == (0.0, 7)  # "followed"/"forward" is not alike enough; "by", "the", "key" do not count
    share, _ = sounds_like_share(line, "please enter you conference numbers follow by the pound".split())
    assert share >= 0.8


def test_a_word_or_two_replaced_is_a_mishearing_not_another_line():
    assert not heard_another_line(["garden", "lemon"], ["budget", "quickly"], 1.2)  # too few long words
    assert not heard_another_line("tested the results of the survey".split(), "supported the hospitals".split(),
                                  0.6)  # too short to be a sentence
    assert heard_another_line("tested the results of the survey".split(),
                              "supported the hospitals night shifts".split(), 1.6)


def test_an_unscripted_span_widens_over_the_sound_joined_to_it_but_not_into_a_line():
    """Whisper heard "will begin when the leader" (31.5-33.05 s) of a deleted sentence sounding 30.9-33.8 s."""
    env = noisy_envelope([(28.8, 30.4), (30.9, 33.8), (34.8, 37.0)], 38.0, seed=3)
    before = Segment("The conference has ended.", 28.8, 30.4)
    after = Segment("You cannot reply to this message.", 34.8, 37.0)
    unheard = Segment("Letters of your party's first name.", 34.0, 34.2, flags=frozenset({NOT_HEARD}))
    span = UnscriptedSpan(31.5, 33.05, "will begin when the leader", 0.95)
    (wide,) = widen_to_sound([span], [before, unheard, after], env)
    assert abs(wide.start - 30.9) <= 0.05 and abs(wide.end - 33.8) <= 0.05, wide
    assert wide.text == span.text
    # a placed line right against the heard words bounds it
    (kept,) = widen_to_sound([span], [Segment("x", 28.8, 31.5), Segment("y", 33.05, 37.0)], env)
    assert (kept.start, kept.end) == (31.5, 33.05)


def test_a_scrap_heard_over_a_masked_line_is_not_another_sentence():
    """rd12_real_crosstalk_video: "We're in Paris." heard over "That agent is already logged on." (a second talker
    and a video's codec over the prompt): too few words to be the sentence said instead."""
    assert not heard_another_line("that agent is already logged on".split(), "we're in paris".split(), 1.06)


def test_a_neighbours_words_heard_over_a_line_are_not_another_sentence():
    """rd12_real_crosstalk_video listened to again: "Please enter your holiday" over "That agent is already logged
    on.", the next line "Please enter your agent number followed by the pound key."."""
    line, heard = "that agent is already logged on".split(), "please enter your holiday".split()
    assert heard_another_line(line, heard, 1.8)
    assert not heard_another_line(line, heard, 1.8, "please enter your agent number followed by the pound key".split())
