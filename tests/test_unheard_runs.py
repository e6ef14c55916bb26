"""Lines Whisper never heard, forced onto the sound between the heard words (aligner.align.unheard_runs)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from aligner.align.activity import Envelope
from aligner.align.unheard_runs import force_unheard_runs, unheard_runs
from aligner.audio import load_audio
from placing import placed_over
from synth import espeak_available, synthesize_talk

LINES = ["Un ratón de ordenador.", "Un hongo venenoso en el bosque.", "Una torre cuadrada y muy alta."]


def _unheard(item, how: str = "voiced"):
    """``item`` as placement leaves a line no heard word was matched to."""
    return replace(item, hows=(how,) * len(item.hows))


def test_only_runs_holding_a_whole_line_are_forced_and_reach_to_the_heard_words_around_them():
    heard = placed_over(LINES[0], 0.5, 2.0)
    one_missed = placed_over(LINES[1], 2.5, 4.0)
    one_missed.hows = ("exact", "exact", "voiced", "exact", "exact", "exact")
    assert unheard_runs([heard, one_missed], 0.0, 5.0) == []  # one word unheard inside heard speech

    tail = [_unheard(placed_over(LINES[1], 2.1, 2.4)), _unheard(placed_over(LINES[2], 2.4, 2.7))]
    runs = unheard_runs([heard, *tail], 0.0, 9.0)
    assert len(runs) == 1
    lo, hi, words = runs[0]
    assert (lo, hi) == (heard.segment.words[-1].end, 9.0)  # after the last heard word, to the stretch's end
    assert words == [(1, j) for j in range(6)] + [(2, j) for j in range(6)]


@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_lines_nobody_heard_at_a_stretchs_end_go_onto_their_own_sound(tmp_path):
    """Whisper heard the first line only; placement squeezed the two lines after it right behind it (as the
    Spanish reader's last lines under a buzz were, 2-6 s early).  Forced onto the sound after the heard line,
    each starts in the pause before its own sound (or within 0.15 s of its onset) and reaches past its middle:
    the pause pass, which runs after this, then has the right pause for every boundary."""
    from aligner.align.models import load_model, multilingual_model

    wav = tmp_path / "es.wav"
    truth = synthesize_talk(LINES, wav, pauses=[1.2, 1.0], voices=("es",))
    audio = load_audio(str(wav))
    env = Envelope(audio)
    first = placed_over(LINES[0], truth[0].start, truth[0].end)
    end = truth[0].end
    items = [first, _unheard(placed_over(LINES[1], end + 0.05, end + 0.45)),
             _unheard(placed_over(LINES[2], end + 0.45, end + 0.85))]
    model = load_model(multilingual_model())
    assert force_unheard_runs(items, model, audio, env, 0.0, audio.duration, "es") == 2
    assert items[0].segment == first.segment
    for item, before, t in zip(items[1:], truth, truth[1:]):
        assert before.end <= item.segment.start < t.start + 0.15, (item.segment.start, t.start)
        assert item.segment.end > t.start + 0.5 * (t.end - t.start), (item.segment.end, t)
        assert set(item.hows) == {"substituted"}
