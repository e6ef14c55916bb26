"""Lines laid over speech Whisper makes out no word of (:mod:`aligner.align.by_sound`), and the verdicts around it:
a language the model hears badly or not at all is aligned, another talk's transcript and a file without speech are
still refused."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.by_sound import boundary_pauses, lines_by_sound
from aligner.align.mismatch import MismatchEvidence


def test_each_line_boundary_goes_to_the_pause_nearest_its_pace_in_order():
    # four sentences of 2 s with pauses of 0.8 s, plus a 0.4 s dip inside the third one
    runs = [(0.5, 2.5), (3.3, 5.3), (6.1, 6.9), (7.3, 8.1), (8.9, 10.9)]
    lines = [["aaaa", "bbbb"], ["cccc", "dddd"], ["eeee", "ffff"], ["gggg", "hhhh"]]
    placed = lines_by_sound(lines, runs, 0.0, 11.5)
    spans = [(round(ws[0].start, 2), round(ws[-1].end, 2)) for ws in placed]
    assert spans == [(0.5, 2.5), (3.3, 5.3), (6.1, 8.1), (8.9, 10.9)]
    assert all(w.probability == 0.0 for ws in placed for w in ws)  # nothing was heard: nothing to trust
    words = [w for ws in placed for w in ws]
    assert all(a.end <= b.start + 1e-9 for a, b in zip(words, words[1:]))


def test_boundaries_keep_their_order_with_too_few_pauses():
    chosen = boundary_pauses([2.0, 4.0, 6.0], [(3.8, 4.3)])
    assert chosen == [-1, 0, -1]
    assert boundary_pauses([2.0, 4.0], [(1.0, 1.2), (2.1, 2.5), (4.4, 4.6)]) == [1, 2]


def test_nothing_heard_is_no_speech_unless_the_lines_were_laid_over_speech():
    evidence = MismatchEvidence()
    evidence.add(58, 0, 0, 0)
    evidence.add_text(["שלום"] * 58, [])
    assert "No speech was found" in evidence.verdict()
    evidence.by_sound = 8  # Silero heard speech enough for the text: a language Whisper makes nothing of
    assert evidence.verdict() is None


def test_the_audio_lifting_the_text_over_its_reverse_says_it_belongs():
    """espeak-ng Belarusian: its own transcript 0.148 a word over the audio, 0.041 over the audio played backwards;
    another Belarusian talk's 0.033 and 0.037."""
    right = MismatchEvidence()
    right.add_forced(0.148, 70, 0.041)
    assert right.belongs()
    wrong = MismatchEvidence()
    wrong.add_forced(0.033, 70, 0.037)
    assert not wrong.belongs()
    unasked = MismatchEvidence()
    unasked.add_forced(0.148, 70)  # no reverse asked: only the absolute bound
    assert not unasked.belongs()
    nothing = MismatchEvidence()
    nothing.add_forced(0.0, 12, 0.0)  # nothing forced either way is no evidence
    assert not nothing.belongs()


# ------------------------------------------------------------------------------ end to end, espeak-ng

from synth import espeak_available, synthesize_talk  # noqa: E402

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

HEBREW = ["ערב טוב ותודה שבאתם להרצאה על גינון בעיר.",
          "על הגג שלנו גדלים עגבניות ופלפלים כל הקיץ.",
          "צריך להשקות את הערוגות בכל בוקר לפני שמונה.",
          "בחורף אנחנו מכסים אותן ביריעה שקופה.",
          "תודה רבה ולילה טוב לכולם."]
BELARUSIAN = ["Добры вечар і вітаем вас у нашай вясковай бібліятэцы.",
              "Сёння мы будзем чытаць вершы пра восень і пра дом.",
              "Новыя кнігі для дзяцей стаяць на паліцы каля акна.",
              "Калі ласка, вяртайце кнігі не пазней чым праз месяц.",
              "Дзякуй, што прыйшлі, і да сустрэчы на наступным тыдні."]
BELARUSIAN_OTHER = ["Добры дзень, сёння мы пагаворым пра лес і яго жыхароў.",
                    "Зімой ваўкі збіраюцца ў зграі і ходзяць далёка.",
                    "Мядзведзь спіць усю зіму ў сваёй бярлозе.",
                    "Восенню птушкі ляцяць на поўдзень.",
                    "Дзякуй за ўвагу і да пабачэння."]


def _errors(doc, truth) -> list[float]:
    """Every line's start and end error (s) against the talk as made."""
    return [e for s, t in zip(doc.segments, truth) for e in (abs(s.start - t.start), abs(s.end - t.end))]


def _align(tmp_path, wav, sentences):
    from aligner.align import AlignOptions, align
    from aligner.audio import load_audio
    from aligner.formats import read_transcript

    txt = tmp_path / "talk.txt"
    txt.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    doc = read_transcript(str(txt))
    audio = load_audio(str(wav))
    doc.audio_duration = audio.duration
    result = align(doc, audio, AlignOptions())
    doc.apply(result.edit(doc))
    return doc, result


@pytest.mark.slow
@needs_espeak
def test_a_hebrew_talk_whisper_hears_nothing_of_is_placed_by_its_sound(tmp_path, monkeypatch):
    """``iy_he_espeak_hiccups``: Whisper base decoded espeak-ng Hebrew into one loop (left out), heard nothing else,
    and found the transcript no likelier over the audio than over it played backwards; the talk was refused as "no
    speech was found".  The first listen hearing nothing is made so here (on a clean talk it writes gibberish words
    instead, and the talk is refused as another's: see benchmarks/README.md, j233, what was left)."""
    import aligner.align.engine as engine

    monkeypatch.setattr(engine, "recognize", lambda *a, **k: ([], "he"))
    wav = tmp_path / "he.wav"
    truth = synthesize_talk(HEBREW, wav, pauses=[0.9, 0.7, 1.0, 0.8], lead_in=0.6, tail=0.6, voices=["he+m7"])
    doc, result = _align(tmp_path, wav, HEBREW)
    assert result.stats.get("mismatch") is None, result.stats["mismatch"]
    assert result.stats["placed_by_sound"] == len(HEBREW)
    errs = _errors(doc, truth)
    assert sum(e <= 0.1 for e in errs) >= 0.8 * len(errs), errs
    assert max(errs) < 0.5, errs


@pytest.mark.slow
@needs_espeak
def test_noise_with_a_hebrew_transcript_is_still_no_speech(tmp_path):
    from synth import write_wav

    rng = np.random.default_rng(3)
    write_wav(tmp_path / "noise.wav", (0.02 * rng.standard_normal(16000 * 20)).astype(np.float32))
    _, result = _align(tmp_path, tmp_path / "noise.wav", HEBREW)
    assert result.stats["mismatch"] and "No speech was found" in result.stats["mismatch"], result.stats


@pytest.mark.slow
@needs_espeak
def test_a_belarusian_talk_heard_badly_is_aligned_and_another_talks_transcript_refused(tmp_path):
    """Whisper base hears espeak-ng Belarusian as "мумья бьетя ма сулашай": nothing matches, and the decoder finds
    even the right transcript unlikely (0.15 a word) -- but three or more times likelier than over the audio played
    backwards.  Another Belarusian talk's transcript is no likelier over it than over its reverse."""
    wav = tmp_path / "be.wav"
    truth = synthesize_talk(BELARUSIAN, wav, pauses=[0.9, 0.7, 1.0, 0.8], lead_in=0.6, tail=0.6, voices=["be"])
    doc, result = _align(tmp_path, wav, BELARUSIAN)
    assert result.stats.get("mismatch") is None, result.stats["mismatch"]
    errs = _errors(doc, truth)
    assert sum(e <= 0.1 for e in errs) >= 0.8 * len(errs), errs
    _, other = _align(tmp_path, wav, BELARUSIAN_OTHER)
    assert other.stats["mismatch"] and "does not seem to belong" in other.stats["mismatch"], other.stats
