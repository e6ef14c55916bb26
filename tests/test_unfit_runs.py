"""Lines forcing placed that the phone pass fit nothing of, laid over their own sound by its pauses and pace between
the lines it did fit (:mod:`aligner.align.unfit_runs`)."""

from __future__ import annotations

from dataclasses import replace

from aligner.align.unfit_runs import FIT_NOWHERE, lay_unfit_runs, phone_fit, unfit_runs
from placing import noisy_envelope, placed_over

#: four read sentences with pauses of 0.9 s between them (s)
TRUTH = [(0.5, 3.7), (4.6, 9.0), (9.9, 13.5), (14.4, 17.0)]
LINES = ["Thanks for calling our tea garden.", "Our shop sells fresh tea every single day of the week.",
         "Please do not pick the leaves today.", "Have a good day."]


def _fit(item, fit: float):
    return replace(item, acoustic=(fit,) * len(item.hows))


def _forced_astray():
    """What forcing left on a noisy talk in a language the decoder barely knows: the first and last lines on their
    sound (the phone pass fit them), the second stretched over its own and the third's sound, the third squeezed into
    the start of the last one's pause, the phone pass fitting neither."""
    a, b, c, d = LINES
    return [_fit(placed_over(a, *TRUTH[0], how="substituted"), 0.8),
            placed_over(b, 4.1, 13.4, how="substituted"),
            _fit(placed_over(c, 13.45, 14.3, how="substituted"), 0.0004),
            _fit(placed_over(d, *TRUTH[3], how="substituted"), 0.7)]


def _times(item) -> list[tuple[float, float]]:
    return [(item.segment.start, item.segment.end)] + [(w.start, w.end) for w in item.segment.words]


def test_a_line_whose_best_word_fits_like_one_in_the_wrong_place_was_fit_nowhere():
    line = placed_over(LINES[0], *TRUTH[0], how="substituted")
    assert not phone_fit(line)  # the phone pass rejected its chunk: no fit at all
    assert not phone_fit(_fit(line, 0.0004))  # the Amharic line forced into the line before it
    assert not phone_fit(_fit(line, FIT_NOWHERE * 0.99))
    assert phone_fit(_fit(line, FIT_NOWHERE))
    one_word_fits = replace(line, acoustic=(0.0001,) * (len(line.hows) - 1) + (0.6,))
    assert phone_fit(one_word_fits)  # one word of it on its sound says where the line is


def test_runs_of_unfit_lines_lie_between_fit_ones_and_the_stretchs_edges():
    items = _forced_astray()
    assert unfit_runs(items) == [(1, 2)]
    assert unfit_runs([items[1], items[0], items[2]]) == [(0, 0), (2, 2)]
    never_heard = replace(items[2], segment=replace(items[2].segment, start=None, end=None))
    assert unfit_runs([items[0], items[1], never_heard, items[3]]) == [(1, 1)]  # put back in the quiet later


def test_a_run_forcing_put_astray_is_laid_over_its_own_sound_between_the_fit_lines():
    env = noisy_envelope(TRUTH, 18.0, seed=7)
    items = _forced_astray()
    assert lay_unfit_runs(items, env, 0.0, 18.0) == 2
    for k in (1, 2):
        s = items[k].segment
        assert abs(s.start - TRUTH[k][0]) < 0.1 and abs(s.end - TRUTH[k][1]) < 0.1, (k, s.start, s.end)
        assert all(w.probability == 0.0 for w in s.words)  # by pace, not heard: nothing to trust
    assert [_times(it) for it in items[::3]] == [_times(it) for it in _forced_astray()[::3]]  # the fit ones stay
    words = [w for it in items for w in it.segment.words]
    assert all(a.end <= b.start + 1e-9 for a, b in zip(words, words[1:]))


def test_a_stretch_the_phone_pass_fit_nothing_of_is_laid_at_its_own_pace_where_forcing_put_a_line_astray():
    """Under a cocktail shaker forcing put espeak-ng's Burmese talk's first four lines over 28 s of its 29 and the last
    four at one instant at its end, and the phone pass fit none of them: with no fit line to take the pace from, the
    stretch's own sound over its letters gives it."""
    env = noisy_envelope(TRUTH, 18.0, seed=7)
    nothing_fit = [replace(it, acoustic=()) for it in _forced_astray()]
    assert lay_unfit_runs(nothing_fit, env, 0.0, 18.0) >= 2
    for k, item in enumerate(nothing_fit):
        s = item.segment
        assert abs(s.start - TRUTH[k][0]) < 0.1 and abs(s.end - TRUTH[k][1]) < 0.1, (k, s.start, s.end)


def test_a_stretch_whose_lines_forcing_kept_to_its_pace_is_left_alone_whether_fit_or_not():
    env = noisy_envelope(TRUTH, 18.0, seed=7)
    all_fit = [_fit(placed_over(t, *span, how="substituted"), 0.6) for t, span in zip(LINES, TRUTH)]
    assert lay_unfit_runs(all_fit, env, 0.0, 18.0) == 0
    late = [(a + 0.3, b + 0.3) for a, b in TRUTH]  # every line 0.3 s late, each its own length
    none_fit = [placed_over(t, *span, how="substituted") for t, span in zip(LINES, late)]
    before = [_times(it) for it in none_fit]
    assert lay_unfit_runs(none_fit, env, 0.0, 18.0) == 0
    assert [_times(it) for it in none_fit] == before


def test_a_run_forcing_kept_to_the_talks_pace_stays_where_forcing_put_it():
    """Laid by sound, a Gujarati line between two fit ones went from +409 to -1351 ms, its start on a drone in the
    pause before it: forcing had it near its place, at its length at the talk's pace."""
    env = noisy_envelope(TRUTH + [(3.9, 4.5)], 18.0, seed=7)  # a drone in the pause before the second line
    items = [_fit(placed_over(t, *span, how="substituted"), 0.6) for t, span in zip(LINES, TRUTH)]
    items[1] = placed_over(LINES[1], 5.0, 9.3, how="substituted")  # 0.4 s late, its own length: not astray
    before = [_times(it) for it in items]
    assert lay_unfit_runs(items, env, 0.0, 18.0) == 0
    assert [_times(it) for it in items] == before
    items[1] = placed_over(LINES[1], 5.0, 6.5, how="substituted")  # squeezed to under half its length: astray
    assert lay_unfit_runs(items, env, 0.0, 18.0) == 1


def test_the_user_is_told_which_lines_went_by_pauses_and_pace():
    from aligner.align.api import AlignResult

    notes = AlignResult([], [], "as", {"placed_by_forcing": 8, "unfit_runs": 3}).placement_notes()
    assert any(n.startswith("3 of the segments placed by fitting") and "pauses and pace" in n for n in notes)
    assert not any("pauses and pace" in n for n in AlignResult([], [], "as", {"placed_by_forcing": 8}).placement_notes())
