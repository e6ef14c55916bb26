"""A fast voice's line in a chunk beside a slow voice's: found by its own fit, and only it taken from the 5 ms search
(`aligner.align.fast_lines`)."""

from aligner.align.fast_lines import FINE_LINE_FIT, squeezed_lines, take_fast_lines
from aligner.align.phonetic import ChunkAlignment, WordTiming


def test_a_poorly_fitting_line_with_squeezed_words_beside_a_fitting_one_is_found():
    # line 0: four tokens, fitting 0.0-0.1, two of them squeezed; line 1: three tokens fitting 0.9
    fits = [(0.05, 6), (0.01, 6), (0.1, 12), (0.0, 9), (0.9, 30), (0.9, 40), (0.8, 20)]
    squeezed = [True, True, False, True, False, False, False]
    assert squeezed_lines(fits, squeezed, [4, 3]) == (0,)
    # one squeezed function word is no fast voice
    assert squeezed_lines(fits, [True] + [False] * 6, [4, 3]) == ()
    # every line fitting poorly is the audio, not one voice; one line is the chunk's own verdict's to judge
    assert squeezed_lines(fits[:4] * 2, squeezed[:4] * 2, [4, 4]) == ()
    assert squeezed_lines(fits, squeezed, [7]) == ()


def _chunk(times, conf):
    words = tuple(WordTiming(a, b, conf) for a, b in times)
    return ChunkAlignment(words=words, duration=10.0, plausible=True, silent_onsets=(False,) * len(words),
                          silent_codas=(False,) * len(words))


def test_only_the_fast_line_is_taken_from_the_fine_search():
    # the 10 ms search slid the fast line's words late and put its last word in the pause at 3.9 s
    coarse = _chunk([(1.0, 1.3), (1.3, 1.6), (1.6, 2.0), (3.9, 4.0), (4.8, 5.5), (5.5, 6.4)], 0.1)
    fine = _chunk([(1.0, 1.2), (1.2, 1.5), (1.5, 1.7), (1.7, 2.0), (3.8, 5.5), (5.5, 6.6)], 0.8)
    got = take_fast_lines(coarse, fine, [4, 2], (0,))
    assert [round(w.end, 2) for w in got.words] == [1.2, 1.5, 1.7, 2.0, 5.5, 6.4]  # the slow line kept its words
    # a fine line fitting no better than FINE_LINE_FIT is not taken
    poor = _chunk([(a.start, a.end) for a in fine.words], FINE_LINE_FIT - 0.1)
    assert take_fast_lines(coarse, poor, [4, 2], (0,)) is coarse
    # nor one that runs into the next line's words as the 10 ms search placed them
    late = _chunk([(1.0, 1.2), (1.2, 1.5), (1.5, 1.7), (1.7, 4.9), (5.0, 5.5), (5.5, 6.6)], 0.8)
    assert take_fast_lines(coarse, late, [4, 2], (0,)) is coarse
