"""A stretch heard too poorly is heard again told its text (the transcript as the decoder's prompt, by a bigger ear
for the bundled tiny.en): what is told where, what is kept, and a talk tiny.en mishears end to end."""

from __future__ import annotations

import pytest

import aligner.align.hear_the_text as hear
from aligner.align import AlignOptions, align
from aligner.align.activity import Envelope
from aligner.align.recognize import HeardWord
from aligner.align.segment_placement import place_stretch
from aligner.align.stretches import Stretch
from aligner.audio import load_audio
from aligner.document import LOCKED, Document, Segment, Word
from aligner.errors import ModelError
from synth import espeak_available, synthesize_talk, telephone_line

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")


class _Sound:
    """An envelope that only says where the sound is."""

    def __init__(self, runs):
        self.runs = runs

    def voiced_runs(self, t0, t1, **_):
        return [(max(a, t0), min(b, t1)) for a, b in self.runs if b > t0 and a < t1]


def test_each_piece_is_told_the_words_expected_in_it_and_a_pause_takes_none(monkeypatch):
    words = ["alpha", "bravo", "charlie", "delta", "echoes", "foxtrot"]
    sound = _Sound([(0.0, 10.0), (40.0, 50.0)])  # a half-minute pause in the middle
    monkeypatch.setattr(hear, "SLACK_SECONDS", 1.0)
    prompt = hear.TextPace(words, sound, 0.0, 50.0, "en").prompt
    assert prompt(0.0, 10.0) == "alpha bravo charlie"
    assert prompt(12.0, 38.0) == ""  # nothing is said in the pause
    assert prompt(40.0, 50.0) == "delta echoes foxtrot"


def test_a_long_share_is_trimmed_around_its_middle():
    words = [f"w{k}" for k in range(1000)]
    prompt = hear.TextPace(words, _Sound([(0.0, 100.0)]), 0.0, 100.0, "en").prompt
    told = prompt(0.0, 100.0).split()
    assert len(told) == hear.PROMPT_WORDS
    assert told[0] == f"w{500 - hear.PROMPT_WORDS // 2}"


def test_a_word_of_the_text_heard_far_from_where_the_pace_puts_it_is_not_kept(monkeypatch):
    """Told the whole text over poor sound, the decoder may write the last line first: those words are dropped."""
    words = "playback is complete press four now thank you for trying".split()
    monkeypatch.setattr(hear, "SLACK_SECONDS", 2.0)
    pace = hear.TextPace(words, _Sound([(0.0, 50.0)]), 0.0, 50.0, "en")

    def heard(text, at):
        return HeardWord(text, at, at + 0.3, 0.9, "en")

    assert pace.allows(heard("playback", 1.0))
    assert pace.allows(heard("Trying.", 48.0))
    assert not pace.allows(heard("Thank", 1.0))  # the text says it near 40 s, not at the start
    assert not pace.allows(heard("playback", 40.0))
    assert pace.allows(heard("banana", 1.0))  # not in the text: the matcher judges it, as in a first hearing


def test_a_stretch_after_a_locked_line_is_told_that_line_first(monkeypatch):
    """Whisper reads a prompt as what was said before: the piece after a lock is told the locked line, then its own."""
    monkeypatch.setattr(hear, "SLACK_SECONDS", 3.0)
    locked = Segment(text="The conference is muted.", start=20.0, end=22.0,
                     words=(Word("The", 20.0, 20.3), Word("conference", 20.3, 21.0), Word("is", 21.0, 21.3),
                            Word("muted.", 21.3, 22.0)), flags=frozenset({LOCKED}))
    long_ago = Segment(text="Welcome.", start=5.0, end=6.0, words=(Word("Welcome.", 5.0, 6.0),))
    doc = Document([long_ago, locked, Segment(text="Playback is complete."), Segment(text="Goodbye.")])
    st = Stretch([2, 3], 22.0, 40.0)
    assert hear.said_before(doc, st) == [("The", 20.3), ("conference", 21.0), ("is", 21.3), ("muted.", 22.0)]
    pace = hear.TextPace("Playback is complete. Goodbye.".split(), _Sound([(22.0, 40.0)]), 22.0, 40.0, "en",
                         hear.said_before(doc, st))
    assert pace.prompt(22.0, 30.0).startswith("The conference is muted. Playback")
    assert pace.prompt(39.0, 40.0) == "Goodbye."
    assert pace.allows(HeardWord("muted", 23.0, 23.4, 0.9, "en"))  # context, not the stretch's text: the matcher judges
    assert not pace.allows(HeardWord("Goodbye.", 23.0, 23.4, 0.9, "en"))  # the stretch's last word at its start


@pytest.fixture(scope="module")
def talk(tmp_path_factory):
    if not espeak_available():
        pytest.skip("needs espeak-ng")
    sentences = ["Press one to record your temporary greeting.", "The conference has ended.",
                 "Nobody is available to take your call at the moment."]
    wav = tmp_path_factory.mktemp("hear") / "talk.wav"
    truth = synthesize_talk(sentences, wav, pauses=0.6)
    return sentences, truth, wav


def test_what_an_ear_heard_is_kept_only_when_it_places_more_of_the_text(talk, monkeypatch):
    sentences, truth, wav = talk
    audio = load_audio(str(wav))
    env = Envelope(audio)
    doc = Document([Segment(text=s) for s in sentences])
    st = Stretch(list(range(len(sentences))), 0.0, audio.duration)
    misheard = [HeardWord("class", 0.6, 0.9, 0.4), HeardWord("recur", 1.0, 1.4, 0.3)]
    first = place_stretch(doc, st, misheard, env)
    assert hear.heard_too_little(first)

    def the_text(text, t):  # an ear that hears the sentence where it is said, its words evenly spread
        words = text.split()
        step = (t.end - t.start) / len(words)
        return [HeardWord(w, t.start + k * step, t.start + (k + 1) * step, 0.9) for k, w in enumerate(words)]

    told: list[str] = []

    def recognize(ear, audio, env, pieces, language, progress, cancel=None, prompt=None):
        told.extend(prompt(a, b) for a, b in pieces)
        return (misheard if ear == "worse" else [w for s, t in zip(sentences, truth) for w in the_text(s, t)]), language

    monkeypatch.setattr(hear, "recognize", recognize)
    monkeypatch.setattr(hear, "_ears", lambda *a: iter([("worse ear", "worse", "en"), ("good ear", "good", "en")]))
    heard, placement, kept = hear.hear_the_text(doc, st, misheard, first, None, None, audio, env, "en",
                                                AlignOptions())
    assert kept == "good ear" and placement.strong > first.strong and not hear.heard_too_little(placement)
    assert all(s.split()[0] in " ".join(told) for s in sentences)  # each ear was told the text

    monkeypatch.setattr(hear, "_ears", lambda *a: iter([("worse ear", "worse", "en")]))
    heard, placement, kept = hear.hear_the_text(doc, st, misheard, first, None, None, audio, env, "en",
                                                AlignOptions())
    assert kept is None and heard == misheard and placement is first


def test_a_told_word_stamped_over_a_line_the_first_hearing_trusted_gives_way_to_it(talk, monkeypatch):
    """Told the text, the decoder may stamp the next line's first word over a line it did not make out
    (``rd30_espeak_short_pa_loud``: "Fair" over 0.5-3.3 s, three lines squeezed 2-3.5 s early); the first
    hearing's trusted words there are put back."""
    sentences, truth, wav = talk
    audio = load_audio(str(wav))
    env = Envelope(audio)
    doc = Document([Segment(text=s) for s in sentences])
    st = Stretch(list(range(len(sentences))), 0.0, audio.duration)

    def spread(text, a, b):
        words = text.split()
        step = (b - a) / len(words)
        return [HeardWord(w, a + k * step, a + (k + 1) * step, 0.9) for k, w in enumerate(words)]

    said = [spread(s, t.start, t.end) for s, t in zip(sentences, truth)]
    first_heard = said[0] + [HeardWord("clap", truth[1].start, truth[1].end, 0.3),
                             HeardWord("nobby", truth[2].start, truth[2].end, 0.3)]
    first = place_stretch(doc, st, first_heard, env)
    assert hear.worth_hearing_again(first)
    stamped = HeardWord("The", truth[0].start, truth[1].start + 0.2, 0.6)  # across the first line and the pause
    told_heard = [stamped] + said[1][1:] + said[2]

    monkeypatch.setattr(hear, "recognize", lambda *a, **k: (told_heard, "en"))
    monkeypatch.setattr(hear, "_ears", lambda *a: iter([("told", "ear", "en")]))
    heard, placement, kept = hear.hear_the_text(doc, st, first_heard, first, None, None, audio, env, "en",
                                                AlignOptions())
    assert kept == "told" and placement.strong > first.strong
    assert stamped not in heard
    line = placement.items[0].segment
    assert abs(line.start - truth[0].start) < 0.15 and abs(line.end - truth[0].end) < 0.15
    assert abs(placement.items[2].segment.end - truth[2].end) < 0.15


@pytest.mark.slow
@needs_espeak
def test_a_talk_tiny_en_mishears_over_a_humming_line_is_heard_by_the_bigger_ear(talk, tmp_path):
    """Under hum as loud as the speech, tiny.en matches too little of the text (it was placed by forcing); base,
    told the text, hears it."""
    from aligner.align.models import multilingual_model

    try:
        multilingual_model()
    except ModelError:
        pytest.skip("the packaged multilingual base is not installed")
    sentences, truth, clean = talk
    wav = tmp_path / "line.wav"
    wav.write_bytes(clean.read_bytes())
    telephone_line(wav, hum_snr_db=0)
    doc = Document([Segment(text=s) for s in sentences])
    result = align(doc, load_audio(str(wav)), AlignOptions())
    assert result.stats["heard_again"] == {"base, told the text": 1}
    assert result.stats["matched_fraction"] >= 0.5
    errs = [e for s, t in zip(result.segments, truth) for e in (abs(s.start - t.start), abs(s.end - t.end))]
    assert max(errs) < 0.3, errs


def test_stretches_cut_by_a_lock_are_heard_again_as_the_span_first_heard_once_and_told_its_text(talk, monkeypatch):
    """A lock between two stretches must not change what the decoder hears: both are heard as the span they were
    first listened to in (cut into the same pieces, told the same text, the locked line included), once."""
    sentences, truth, wav = talk
    audio = load_audio(str(wav))
    env = Envelope(audio)
    middle = truth[1]
    doc = Document([Segment(text=sentences[0]),
                    Segment(text=sentences[1], start=middle.start, end=middle.end, flags=frozenset({LOCKED})),
                    Segment(text=sentences[2])])
    before, after = Stretch([0], 0.0, middle.start), Stretch([2], middle.end, audio.duration)
    span = Stretch([0, 1, 2], 0.0, audio.duration)

    def the_text(text, t):
        words = text.split()
        step = (t.end - t.start) / len(words)
        return [HeardWord(w, t.start + k * step, t.start + (k + 1) * step, 0.9) for k, w in enumerate(words)]

    heard_pieces: list = []
    told: list[str] = []

    def recognize(ear, audio, env, pieces, language, progress, cancel=None, prompt=None):
        heard_pieces.append(list(pieces))
        told.extend(prompt(a, b) for a, b in pieces)
        return [w for s, t in zip(sentences, truth) for w in the_text(s, t)], language

    monkeypatch.setattr(hear, "recognize", recognize)
    monkeypatch.setattr(hear, "_ears", lambda *a: iter([("good ear", "good", "en")]))
    hearings: dict = {}
    kept_words = []
    for st in (before, after):
        misheard = [HeardWord("class", st.t0 + 0.1, st.t0 + 0.4, 0.4)]
        first = place_stretch(doc, st, misheard, env)
        heard, placement, kept = hear.hear_the_text(doc, st, misheard, first, None, None, audio, env, "en",
                                                    AlignOptions(), span=span, hearings=hearings)
        assert kept == "good ear"
        assert all(st.t0 <= (w.start + w.end) / 2 <= st.t1 for w in heard)  # only the stretch's own words
        kept_words.append(heard)
    assert len(heard_pieces) == 1  # one hearing of the span served both stretches
    assert heard_pieces[0][0][0] == 0.0 and heard_pieces[0][-1][1] == audio.duration
    assert "conference" in " ".join(told)  # the locked line is told where it is said
    assert [w.text for w in kept_words[0]] == sentences[0].split()
    assert [w.text for w in kept_words[1]] == sentences[2].split()
