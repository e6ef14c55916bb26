"""Speech the transcript lacks is reported over its sound, not only over the words Whisper caught of it
(aligner.align.unscripted_sound).  The sound is made up here (no model)."""

from __future__ import annotations

from placing import noisy_envelope

from aligner.align.unscripted_sound import off_the_lines, widen_to_sound
from aligner.document import NOT_HEARD, Segment, UnscriptedSpan


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


def test_an_unscripted_span_that_opens_in_the_pause_starts_where_its_sound_does():
    """Found on the window walk: after a re-align with the first two lines locked, Whisper's window began at the
    locked line's end and put the first heard word of a sentence nobody wrote 0.2 s early, in the pause before
    it (9.55 s for speech from 9.75 s): "Insert as segment" then made a line that starts in silence.  The span
    is fitted to its sound on both sides, not only widened."""
    env = noisy_envelope([(5.2, 8.85), (9.75, 13.3), (14.2, 16.85)], 18.0, seed=4)
    before = Segment("Today I want to tell you about the old lighthouse.", 5.2, 8.85)
    after = Segment("The keeper lived there alone.", 14.2, 16.85)
    span = UnscriptedSpan(9.55, 13.31, "It was built more than 200 years ago by local fishermen.", 0.96)
    (fitted,) = widen_to_sound([span], [before, after], env)
    assert abs(fitted.start - 9.75) <= 0.05 and abs(fitted.end - 13.3) <= 0.05, fitted


def test_what_was_heard_over_lines_placed_by_other_means_is_no_unscripted_speech():
    """espeak-ng's Thai talk under a pepper mill, heard too little and its lines laid by the speech's pauses and pace:
    Whisper's "Sounds are not for that so T ar ast ..." over 0.81-31.69 s was reported as speech missing from the
    transcript, over the eight lines.  A span lying over the placed lines is theirs, misheard; one in a pause between
    them, or over a line never heard, is still speech nobody wrote."""
    lines = [Segment("one", 0.81, 5.40), Segment("two", 6.05, 10.95), Segment("three", 12.19, 16.12),
             Segment("four", 28.27, 29.93), Segment("unheard", 20.0, 20.2, flags=frozenset({NOT_HEARD}))]
    misheard = UnscriptedSpan(0.81, 16.0, "S ounds are not for that so T ar ast", 0.69)
    in_a_pause = UnscriptedSpan(17.0, 27.5, "a sentence nobody wrote", 0.9)  # over the unheard line too
    half_over = UnscriptedSpan(15.0, 18.0, "heard across a line's end", 0.8)  # 1.12 s of 3 under a line
    assert off_the_lines([misheard, in_a_pause, half_over], lines) == [in_a_pause, half_over]
    assert off_the_lines([], lines) == [] and off_the_lines([misheard], []) == [misheard]
