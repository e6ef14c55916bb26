"""Two words of the text that Whisper wrote as one token ("console Asterisk" heard "consoleasterisca")."""

from aligner.align.placement import fine_align


def test_two_words_heard_as_one_token_are_both_paired_with_it():
    """iy_it_real_sewing: "... nella console Asterisk." heard "... nella consoleasterisca."; only "console"
    was paired, and "Asterisk" went into the sound after the line (end +2042 ms)."""
    assert fine_align(["nella", "console", "asterisk"], ["nella", "consoleasterisca"], "left") == \
        [(0, 0), (1, 1), (2, 1)]
    assert fine_align(["the", "data", "base", "grew"], ["the", "database", "grew"]) == [(0, 0), (1, 1), (2, 1), (3, 2)]


def test_a_word_whisper_left_out_is_not_joined_to_its_neighbour():
    """"a cat" heard "cat": "cat" alone is the heard word; "a" was left out, not run into it."""
    assert fine_align(["saw", "a", "cat"], ["saw", "cat"]) == [(0, 0), (2, 1)]


def test_a_line_ending_on_two_words_heard_as_one_ends_where_that_token_ends():
    """The line's last word had no heard word of its own: it was placed in the sound after the line (a sewing
    machine), carrying the end seconds late.  Both words are laid over the one token instead."""
    from placing import noisy_envelope

    from aligner.align.recognize import HeardWord
    from aligner.align.segment_placement import place_stretch
    from aligner.align.stretches import Stretch
    from aligner.document import Document, Segment

    lines = ["Find more debug information in the console Asterisk.", "Please wait while we connect your call."]
    doc = Document([Segment(t) for t in lines])
    st = Stretch([0, 1], 0.0, 12.0)
    env = noisy_envelope([(0.5, 4.0), (4.0, 6.5), (7.0, 10.0)], 12.0, seed=5)  # sound (a machine) after line 1
    heard = []
    for text, a, b in (("Find more debug information in the", 0.5, 2.8), ("consoleasterisca.", 2.8, 4.0),
                       (lines[1], 7.0, 10.0)):
        words = text.split()
        step = (b - a) / len(words)
        heard += [HeardWord(w, a + k * step, a + (k + 1) * step, 0.9, "it") for k, w in enumerate(words)]
    placed = place_stretch(doc, st, heard, env, "it")
    first = placed.items[0].segment
    assert abs(first.end - 4.0) < 0.05
    console, asterisk = first.words[-2], first.words[-1]
    assert 2.8 - 0.01 <= console.start < console.end <= asterisk.start + 0.01 and asterisk.end <= 4.0 + 0.01
