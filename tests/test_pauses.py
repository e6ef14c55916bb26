"""Boundaries moved into the pauses between sentences (languages without the phone pass), and joins between
sentences said without a pause moved to the silence between them (every language)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.pauses import sound_and_pauses, sound_edge, snap_to_pauses
from aligner.align.placement import Placed
from aligner.audio import Audio
from aligner.document import NOT_HEARD, Segment, Word
from placing import placed_over
from synth import espeak_available, synthesize_talk

RATE = 16000

needs_espeak = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")


def _recording(sounds: list[tuple[float, float]], duration: float) -> Audio:
    """Noise bursts ("speech") at the given spans over a quiet floor."""
    rng = np.random.default_rng(3)
    x = rng.normal(0, 0.0005, int(duration * RATE))
    for a, b in sounds:
        x[int(a * RATE):int(b * RATE)] += rng.normal(0, 0.2, int(b * RATE) - int(a * RATE))
    return Audio.from_float(x.astype(np.float32))


def _placed(text: str, start: float, end: float, how: str = "fuzzy") -> Placed:
    words = text.split()
    step = (end - start) / len(words)
    ws = tuple(Word(w, start + k * step, start + (k + 1) * step, 0.5) for k, w in enumerate(words))
    return Placed(Segment(text, start=start, end=end, words=ws), tuple(how for _ in ws))


# Three sentences of 40, 20 and 40 characters; the first has a comma pause after its first half.
S1 = "aaaa bbbb cccc dddd, eeee ffff gggg hhhh"
S2 = "iiii jjjj kkkk llll"
S3 = "mmmm nnnn oooo pppp qqqq rrrr ssss tttt"
SOUND = [(0.5, 1.5), (1.75, 2.5), (3.1, 4.1), (4.8, 6.8)]  # S1 = 0.5-2.5 (comma at 1.5), S2, S3


def test_boundaries_go_into_the_pauses_between_sentences():
    audio = _recording(SOUND, 7.5)
    env = Envelope(audio)
    # placement ended S1 early and started S3 late (as a misheard last/first word does)
    items = [_placed(S1, 0.5, 2.2), _placed(S2, 2.3, 4.4), _placed(S3, 4.5, 6.8)]
    moved = snap_to_pauses(items, env, 0.0, 7.5)
    assert moved == 2
    got = [(round(i.segment.start, 2), round(i.segment.end, 2)) for i in items]
    assert abs(got[0][1] - 2.5) <= 0.03 and abs(got[1][0] - 3.1) <= 0.03
    assert abs(got[1][1] - 4.1) <= 0.03 and abs(got[2][0] - 4.8) <= 0.03
    for item in items:  # words stay inside their segment, in order
        s = item.segment
        assert all(s.start <= w.start <= w.end <= s.end for w in s.words)


def test_a_pause_after_a_comma_does_not_pass_for_a_sentence_end():
    audio = _recording(SOUND, 7.5)
    env = Envelope(audio)
    # placement put the S1/S2 boundary near the comma pause (1.5-1.75), far from the real one (2.5-3.1)
    items = [_placed(S1, 0.5, 1.6), _placed(S2, 1.7, 4.1), _placed(S3, 4.8, 6.8)]
    snap_to_pauses(items, env, 0.0, 7.5)
    assert abs(items[0].segment.end - 2.5) <= 0.03 and abs(items[1].segment.start - 3.1) <= 0.03


def test_unheard_segments_and_sentences_without_a_pause_are_left_alone():
    audio = _recording([(0.5, 4.1)], 5.0)  # all one stretch of sound: no pause to use
    env = Envelope(audio)
    items = [_placed(S1, 0.5, 2.4), _placed(S2, 2.5, 4.1)]
    assert snap_to_pauses(items, env, 0.0, 5.0) == 0
    assert (items[0].segment.end, items[1].segment.start) == (2.4, 2.5)
    unheard = _placed(S2, 2.5, 2.9)
    unheard.segment = Segment(unheard.segment.text, start=2.5, end=2.9, words=unheard.segment.words,
                              flags=frozenset({NOT_HEARD}))
    items = [_placed(S1, 0.5, 2.2), unheard, _placed(S3, 4.5, 6.8)]
    snap_to_pauses(items, Envelope(_recording(SOUND, 7.5)), 0.0, 7.5)
    assert (items[1].segment.start, items[1].segment.end) == (2.5, 2.9)


def test_the_first_start_and_last_end_go_to_the_edges_of_their_sound():
    # S3's last word "ends" at a dip 0.4 s before its sound stops; S1 "starts" 0.3 s into its sound
    audio = _recording([(0.5, 1.5), (1.75, 2.5), (3.1, 4.1), (4.8, 6.3), (6.34, 6.8)], 7.5)
    env = Envelope(audio)
    items = [_placed(S1, 0.8, 2.5), _placed(S2, 3.1, 4.1), _placed(S3, 4.8, 6.31)]
    snap_to_pauses(items, env, 0.0, 7.5)
    assert abs(items[0].segment.start - 0.5) <= 0.03
    assert abs(items[2].segment.end - 6.8) <= 0.03


def test_a_first_start_already_on_its_sounds_onset_stays_there_before_a_short_first_word():
    """espeak-ng's Hawaiian "Aloha, ua kelepona mai ..." began exactly where its sound did (0.76 s); its first word
    and the comma's pause after it (1.18-1.34 s) lay within reach, and the start went on to the next sound's onset,
    0.58 s late: an edge found exactly at the placed start counted as no edge found."""
    assert sound_edge(0.76, [(0.76, 1.18), (1.34, 3.57)], first=True, limit=3.4) == 0.76
    assert sound_edge(0.70, [(0.76, 1.18), (1.34, 3.57)], first=True, limit=3.4) == 0.76  # beside: the nearer
    assert sound_edge(3.57, [(0.76, 1.18), (1.34, 3.57)], first=False, limit=0.9) == 3.57
    audio = _recording([(0.76, 1.18), (1.34, 3.57), (4.6, 6.8)], 7.5)
    env = Envelope(audio)
    onset = sound_and_pauses(env, 0.0, 7.5)[0][0][0]
    items = [_placed("Aloha, ua kelepona mai oe i ke keena kauka.", onset, 3.57), _placed(S3, 4.6, 6.8)]
    snap_to_pauses(items, env, 0.0, 7.5)
    assert items[0].segment.start == onset


def test_edges_further_than_the_reach_are_not_taken():
    # unscripted sound goes on for 2 s after S3: its end stays where it was placed
    audio = _recording([(0.5, 1.5), (1.75, 2.5), (3.1, 4.1), (4.8, 8.8)], 9.5)
    env = Envelope(audio)
    items = [_placed(S1, 0.5, 2.5), _placed(S2, 3.1, 4.1), _placed(S3, 4.8, 6.8)]
    snap_to_pauses(items, env, 0.0, 9.5)
    assert abs(items[2].segment.end - 6.8) <= 0.03


def test_sentences_said_without_a_pause_end_at_the_dip_before_the_next():
    """A 60 ms gap between voices is no pause, but the first sentence ends there, not where Whisper ended it."""
    audio = _recording([(0.5, 2.44), (2.5, 4.1)], 5.0)
    env = Envelope(audio)
    items = [_placed(S1, 0.5, 2.2), _placed(S2, 2.5, 4.1)]  # Whisper ended S1's last word 0.24 s early
    assert snap_to_pauses(items, env, 0.0, 5.0) == 1
    assert abs(items[0].segment.end - 2.47) <= 0.03 and items[1].segment.start == 2.5
    assert all(w.end <= items[0].segment.end for w in items[0].segment.words)


def test_segments_the_phone_pass_placed_keep_their_edges():
    from aligner.align.pauses import snap_unrefined_to_pauses

    audio = _recording(SOUND, 7.5)
    env = Envelope(audio)
    # S1 and S2 as the phone pass placed them (S1's end on a word's true end inside the joined sound,
    # where no pause is); S3 as Whisper placed it, starting late
    first, second = _placed(S1, 0.5, 2.2), _placed(S2, 2.3, 4.1)
    for item in (first, second):
        item.acoustic = tuple(0.8 for _ in item.segment.words)
    items = [first, second, _placed(S3, 5.2, 6.8)]
    snap_unrefined_to_pauses(items, env, 0.0, 7.5)
    assert (items[0].segment.end, items[1].segment.start, items[1].segment.end) == (2.2, 2.3, 4.1)
    # an unplaced segment beside placed ones still gets its edges from its pauses (S3 started late)
    assert abs(items[2].segment.start - 4.8) <= 0.03


@needs_espeak
def test_a_join_the_phone_pass_put_inside_a_sentence_goes_to_the_silence_whisper_points_at(tmp_path):
    """Two French sentences 40 ms apart; the phone pass joined them 250 ms early (the last syllable given to
    the next sentence's first word), Whisper heard that word begin 30 ms late: the join goes to the silence."""
    from aligner.align.pauses import joins_into_dips
    from aligner.audio import load_audio

    first, second = "Nous avons suivi deux cents élèves pendant trois ans.", "Pour commencer, une question simple."
    wav = tmp_path / "fr.wav"
    truth = synthesize_talk([first, second], wav, pauses=[0.04], voices=("fr",))
    audio = load_audio(str(wav))
    env = Envelope(audio)
    join = truth[0].end - 0.25
    items = [placed_over(first, truth[0].start, join, truth[0].start),
             placed_over(second, join, truth[1].end, truth[1].start + 0.03)]
    assert joins_into_dips(items, env, 0.0, audio.duration) == 1
    assert abs(items[0].segment.end - truth[0].end) < 0.03, (items[0].segment.end, truth[0].end)
    assert abs(items[1].segment.start - truth[1].start) < 0.03, (items[1].segment.start, truth[1].start)
    assert items[0].segment.words[-1].end == items[0].segment.end

    # Whisper agrees with the phone pass: its join stands
    items = [placed_over(first, truth[0].start, join, truth[0].start),
             placed_over(second, join, truth[1].end, join + 0.05)]
    assert joins_into_dips(items, env, 0.0, audio.duration) == 0 and items[0].segment.end == join


def test_a_join_inside_unbroken_sound_stays_where_the_phone_pass_put_it():
    """No silence between the two guesses (a vowel held across them): nothing to move the join to."""
    from aligner.align.pauses import joins_into_dips

    t = np.arange(int(3.0 * RATE)) / RATE
    x = (0.2 * np.sin(2 * np.pi * 180 * t)).astype(np.float32)
    x[: int(0.3 * RATE)] = 0.0
    x[int(2.7 * RATE):] = 0.0
    audio = Audio.from_float(x + np.random.default_rng(2).normal(0, 0.001, len(x)).astype(np.float32))
    items = [placed_over("Une phrase ici.", 0.3, 1.4, 0.3), placed_over("Et une autre là.", 1.4, 2.7, 1.7)]
    assert joins_into_dips(items, Envelope(audio), 0.0, audio.duration) == 0
    assert items[0].segment.end == 1.4 and items[1].segment.start == 1.4


@needs_espeak
def test_sound_the_phone_pass_left_between_two_sentences_goes_to_the_first_up_to_their_silence(tmp_path):
    """The phone pass ended the first sentence 200 ms early (its fading last syllable given to the silence
    model) and started the next right: the end goes to where the short silence between them begins.  Edges
    already on a short pause (under the pause pass's 150 ms) stay."""
    from aligner.align.pauses import joins_into_dips
    from aligner.audio import load_audio

    first, second = "Nous avons suivi deux cents élèves pendant trois ans.", "Pour commencer, une question simple."
    for gap in (0.04, 0.1):
        wav = tmp_path / f"fr{gap}.wav"
        truth = synthesize_talk([first, second], wav, pauses=[gap], voices=("fr",))
        audio = load_audio(str(wav))
        env = Envelope(audio)
        items = [placed_over(first, truth[0].start, truth[0].end - 0.2, truth[0].start),
                 placed_over(second, truth[1].start, truth[1].end, truth[1].start + 0.02)]
        assert joins_into_dips(items, env, 0.0, audio.duration) == 1
        assert abs(items[0].segment.end - truth[0].end) < 0.03, (gap, items[0].segment.end, truth[0].end)
        assert abs(items[1].segment.start - truth[1].start) < 0.03, (gap, items[1].segment.start, truth[1].start)
        items = [placed_over(first, truth[0].start, truth[0].end, truth[0].start),
                 placed_over(second, truth[1].start, truth[1].end, truth[1].start + 0.02)]
        assert joins_into_dips(items, env, 0.0, audio.duration) == 0, gap


# English sentences said slowly with no pause between them (issue 7): Whisper tiny.en hears a sentence that
# follows at once 150-500 ms late, past its first word, so its start does not bound where the join can be.
NAME_THEN_CLOSURE = ("After the tone, please say your name.", "That conference is full.")


def _english_join(tmp_path, sentences, gap: float, speed: int = 110):
    from aligner.audio import load_audio

    wav = tmp_path / f"en{gap}.wav"
    truth = synthesize_talk(list(sentences), wav, pauses=[gap], speed=speed)
    audio = load_audio(str(wav))
    return truth, audio, Envelope(audio)


@needs_espeak
def test_an_english_join_the_phone_pass_put_inside_the_last_word_goes_to_the_silence_after_it(tmp_path):
    """Slow English, 40 ms between voices.  The phone pass gave the last syllable of "name" to "That" (the join
    200 ms early), and Whisper heard "That" begin 400 ms late, past the closure of "That conference": the join
    goes to the first silence after the phone pass's end, not to the quietest moment up to Whisper's start
    (that closure, 250 ms into the next sentence)."""
    from aligner.align.pauses import joins_into_dips

    first, second = NAME_THEN_CLOSURE
    truth, audio, env = _english_join(tmp_path, NAME_THEN_CLOSURE, 0.04)
    join = truth[0].end - 0.2
    items = [placed_over(first, truth[0].start, join, truth[0].start),
             placed_over(second, join, truth[1].end, truth[1].start + 0.4)]
    assert joins_into_dips(items, env, 0.0, audio.duration, never_late=True) == 1
    assert abs(items[0].segment.end - truth[0].end) < 0.03, (items[0].segment.end, truth[0].end)
    assert abs(items[1].segment.start - truth[1].start) < 0.03, (items[1].segment.start, truth[1].start)

    # the phone pass's own join on that silence stays there
    items = [placed_over(first, truth[0].start, truth[0].end, truth[0].start),
             placed_over(second, truth[1].start, truth[1].end, truth[1].start + 0.4)]
    joins_into_dips(items, env, 0.0, audio.duration, never_late=True)
    assert abs(items[0].segment.end - truth[0].end) < 0.02 and abs(items[1].segment.start - truth[1].start) < 0.02


@needs_espeak
def test_an_english_join_with_no_silence_to_see_is_not_carried_into_the_next_sentence(tmp_path):
    """10 ms between voices (too short for a 30 ms dip) and the phone pass's join right on it: the first quiet
    stretch after it is the closure at the end of "That", after the next voice has risen: the join stays."""
    from aligner.align.pauses import joins_into_dips

    sentences = ("Press five to repeat the current message.", "That option is invalid.")
    truth, audio, env = _english_join(tmp_path, sentences, 0.01, speed=120)
    items = [placed_over(sentences[0], truth[0].start, truth[0].end, truth[0].start),
             placed_over(sentences[1], truth[0].end, truth[1].end, truth[1].start + 0.3)]
    joins_into_dips(items, env, 0.0, audio.duration, never_late=True)
    assert abs(items[0].segment.end - truth[0].end) < 0.03, (items[0].segment.end, truth[0].end)
    assert abs(items[1].segment.start - truth[1].start) < 0.03, (items[1].segment.start, truth[1].start)


@pytest.mark.slow
@needs_espeak
def test_slow_english_sentences_said_without_a_pause_start_on_their_voice(tmp_path):
    """The whole engine, English: five slow sentences 10-30 ms apart.  The phone pass started two of them
    35-40 ms early, in the fading end of the sentence before; the joins go to the silence between."""
    from aligner.align import AlignOptions, align
    from aligner.audio import load_audio
    from aligner.document import Document

    sentences = ["The conference is now unlocked.", "Please enter the number to be blacklisted.",
                 "Press five to repeat the current message.", "That option is invalid.", "Please try again."]
    wav = tmp_path / "tight.wav"
    truth = synthesize_talk(sentences, wav, pauses=[0.03, 0.02, 0.01, 0.03], speed=120)
    audio = load_audio(str(wav))
    doc = Document(segments=[Segment(s) for s in sentences], audio_duration=audio.duration)
    result = align(doc, audio, AlignOptions())
    starts = [round(s.start - t.start, 3) for s, t in zip(result.segments, truth)]
    ends = [round(s.end - t.end, 3) for s, t in zip(result.segments, truth)]
    assert all(abs(e) <= 0.025 for e in starts), starts
    assert all(abs(e) <= 0.05 for e in ends), ends


def test_an_english_join_is_not_moved_past_the_next_sentences_first_word():
    """The phone pass joined two sentences inside sound that runs on, never rising, into a pause 0.4 s later; its
    first word of the second sentence ends before that pause: the pause lies inside the second sentence (after
    its first word, a comma), not between the two, and the join stays."""
    from aligner.align.pauses import joins_into_dips

    rng = np.random.default_rng(5)
    x = rng.normal(0, 0.0005, int(4.5 * RATE))
    loud = np.arange(int(0.5 * RATE), int(2.0 * RATE))
    x[loud] += rng.normal(0, 0.2, len(loud))
    word = np.arange(int(2.0 * RATE), int(2.5 * RATE))  # "Goodbye": level, then falling by 40 dB from 2.4 s
    x[word] += rng.normal(0, 0.2, len(word)) * 10 ** (-2.0 * np.clip(word / RATE - 2.4, 0.0, None) / 0.1)
    after = np.arange(int(2.65 * RATE), int(4.0 * RATE))
    x[after] += rng.normal(0, 0.2, len(after))
    audio = Audio.from_float(x.astype(np.float32))
    env = Envelope(audio)
    # "Yes." ends at 2.0; "Goodbye" (the first word) 2.0-2.35, then the comma's pause, then the rest
    items = [placed_over("Well, yes.", 0.5, 2.0, 0.5), placed_over("Goodbye, and thank you all.", 2.0, 4.0, 2.4)]
    items[1].segment = replace(items[1].segment, words=(replace(items[1].segment.words[0], end=2.35),)
                               + items[1].segment.words[1:])
    assert joins_into_dips(items, env, 0.0, audio.duration, never_late=True) == 0
    assert items[0].segment.end == 2.0 and items[1].segment.start == 2.0


@needs_espeak
def test_an_english_end_left_short_goes_to_the_silence_before_the_next_start_not_to_its_own_closure(tmp_path):
    """Slow English, 40 ms between voices.  The phone pass ended "message" 200 ms early (before the closure of
    its last sound, given to silence) and started the next sentence right; Whisper heard that start 400 ms
    late.  The sound left between them holds the first sentence's own closure: the join is the silence next to
    the phone pass's start, not the first quiet after its end."""
    from aligner.align.pauses import joins_into_dips

    sentences = ("Please leave your message.", "Please hold the line.")
    truth, audio, env = _english_join(tmp_path, sentences, 0.04, speed=100)
    items = [placed_over(sentences[0], truth[0].start, truth[0].end - 0.2, truth[0].start),
             placed_over(sentences[1], truth[1].start, truth[1].end, truth[1].start + 0.4)]
    assert joins_into_dips(items, env, 0.0, audio.duration, never_late=True) == 1
    assert abs(items[0].segment.end - truth[0].end) < 0.03, (items[0].segment.end, truth[0].end)
    assert abs(items[1].segment.start - truth[1].start) < 0.03, (items[1].segment.start, truth[1].start)


def test_an_english_pause_filled_with_breaths_and_clicks_is_not_taken_for_a_join():
    """A second's pause holding noise near the sound threshold (breaths, clicks, traffic) hides the pause from
    that threshold; the phone pass's edges sit on the two sentences' sound 1.2 s apart, which no sentence said
    without a pause leaves (its tail left out is at most about 0.4 s), so the join rule leaves them alone."""
    from aligner.align.pauses import joins_into_dips

    rng = np.random.default_rng(9)
    x = rng.normal(0, 0.0005, int(5.0 * RATE))
    for a, b in ((0.5, 2.0), (3.2, 4.6)):
        span = np.arange(int(a * RATE), int(b * RATE))
        x[span] += rng.normal(0, 0.2, len(span))
    for at in np.arange(2.1, 3.1, 0.12):  # clicks and breaths 26-34 dB under the speech, all through the pause
        burst = np.arange(int(at * RATE), int((at + 0.06) * RATE))
        x[burst] += rng.normal(0, 0.2 * 10 ** (-rng.uniform(26, 34) / 20), len(burst))
    audio = Audio.from_float(x.astype(np.float32))
    env = Envelope(audio)
    items = [placed_over("Well, yes.", 0.5, 2.0, 0.5), placed_over("Goodbye, and thank you all.", 3.2, 4.6, 3.0)]
    assert joins_into_dips(items, env, 0.0, audio.duration, never_late=True) == 0
    assert items[0].segment.end == 2.0 and items[1].segment.start == 3.2


def _fan(n: int, rng: np.random.Generator) -> np.ndarray:
    """A desk fan, unit RMS: noise under 900 Hz and its 110 Hz blade tone."""
    spec = np.fft.rfft(rng.normal(size=n))
    f = np.fft.rfftfreq(n, 1 / RATE)
    x = np.fft.irfft(spec / (1 + (f / 900) ** 8), n)
    x = x / np.sqrt(np.mean(x ** 2)) + 0.5 * np.sin(2 * np.pi * 110 * np.arange(n) / RATE)
    return x / np.sqrt(np.mean(x ** 2))


def _breath(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """An in-breath, unit RMS: noise around 1.5 kHz with a smooth rise and fall."""
    n = int(seconds * RATE)
    spec = np.fft.rfft(rng.normal(size=n))
    x = np.fft.irfft(spec * np.exp(-((np.fft.rfftfreq(n, 1 / RATE) - 1500) / 1200) ** 2), n)
    x = x * np.sin(np.pi * np.arange(n) / n) ** 2
    return x / np.sqrt(np.mean(x ** 2))


def _noisy_english(tmp_path, sentences, gap: float, snr_db: float, breath: float = 0.0, click: float = 0.0):
    """espeak-ng at 100 wpm, ``gap`` between voices, a fan ``snr_db`` under the speech; a breath ``breath`` s long
    ending 30 ms before the second voice, 12 dB under the speech, and a click (8 ms, 4 dB under the speech)
    ``click`` of the way into the pause, when given."""
    from aligner.audio import load_audio

    wav = tmp_path / "noisy.wav"
    truth = synthesize_talk(list(sentences), wav, pauses=[gap], speed=100)
    x = load_audio(str(wav)).samples.astype(np.float32) / 32768
    speech = np.sqrt(np.mean(np.concatenate([x[int(t.start * RATE):int(t.end * RATE)] for t in truth]) ** 2))
    rng = np.random.default_rng(4)
    if breath:
        end = int((truth[1].start - 0.03) * RATE)
        b = _breath(rng, breath)
        x[end - len(b):end] += b * speech * 10 ** (-12 / 20)
    if click:
        n = int(0.008 * RATE)
        c = rng.normal(size=n) * np.exp(-np.arange(n) / (0.002 * RATE))
        at = int((truth[0].end + gap * click) * RATE)
        x[at:at + n] += c / np.sqrt(np.mean(c ** 2)) * speech * 10 ** (-4 / 20)
    audio = Audio.from_float((x + _fan(len(x), rng) * speech * 10 ** (-snr_db / 20)).astype(np.float32))
    return truth, audio, Envelope(audio)


@needs_espeak
def test_an_english_join_whose_last_sound_a_fan_hides_from_the_whole_band_goes_to_the_silence(tmp_path):
    """Slow English 30 ms apart under a fan 18 dB down.  The phone pass ended "conference" 0.3 s early, before its
    /s/; over the whole band the fan's rumble hides that /s/ (no dip 10 dB under the sound around, and at 14 dB
    a "pause" under the sound threshold), but it stands 20-30 dB over the fan in the octaves over 2 kHz: the
    join is the silence where every octave is quiet."""
    from aligner.align.pauses import joins_into_dips

    sentences = ("Please say the name of the conference.", "Please hold the line.")
    for snr in (18.0, 14.0):
        truth, audio, env = _noisy_english(tmp_path, sentences, 0.03, snr)
        items = [placed_over(sentences[0], truth[0].start, truth[0].end - 0.3, truth[0].start),
                 placed_over(sentences[1], truth[1].start, truth[1].end, truth[1].start + 0.3)]
        assert joins_into_dips(items, env, 0.0, audio.duration, never_late=True, audio=audio) == 1
        assert abs(items[0].segment.end - truth[0].end) < 0.03, (snr, items[0].segment.end, truth[0].end)
        assert abs(items[1].segment.start - truth[1].start) < 0.03, (snr, items[1].segment.start, truth[1].start)


@needs_espeak
def test_an_english_end_left_short_before_a_breath_goes_to_where_the_voice_stops_not_past_the_breath(tmp_path):
    """A 0.25 s pause under a fan 30 dB down, a breath filling its second half.  The phone pass ended "line" 0.1 s
    early; the whole band sees a pause and leaves it.  Every octave is quiet twice in the pause, before the
    breath and after it: the end goes to the first (where the voice stops), not past the breath; the start,
    right after the breath, stays."""
    from aligner.align.pauses import joins_into_dips

    sentences = ("Please hold the line.", "Your call is important to us.")
    truth, audio, env = _noisy_english(tmp_path, sentences, 0.25, 30.0, breath=0.15)
    items = [placed_over(sentences[0], truth[0].start, truth[0].end - 0.1, truth[0].start),
             placed_over(sentences[1], truth[1].start, truth[1].end, truth[1].start + 0.3)]
    joins_into_dips(items, env, 0.0, audio.duration, never_late=True, audio=audio)
    assert abs(items[0].segment.end - truth[0].end) < 0.03, (items[0].segment.end, truth[0].end)
    assert abs(items[1].segment.start - truth[1].start) < 0.02, (items[1].segment.start, truth[1].start)


@needs_espeak
def test_an_english_sentence_the_voice_has_left_does_not_end_past_a_click_in_a_short_pause(tmp_path):
    """A 0.16-0.18 s pause with a click in it, under a fan 18 dB down; the phone pass's edges are right.  Over the
    whole band the pause is two short dips (the sound threshold sees no pause, and they add up to less than one),
    and the join rule took the one after the click: the end 70-120 ms late.  Every octave is quiet right after
    the phone pass's end for longer than a stop's closure: the voice stopped there, and the end stays."""
    from aligner.align.pauses import joins_into_dips

    sentences = ("Please hold the line.", "Your call is important to us.")
    for gap, click in ((0.16, 0.4), (0.18, 0.6)):
        truth, audio, env = _noisy_english(tmp_path, sentences, gap, 18.0, click=click)
        items = [placed_over(sentences[0], truth[0].start, truth[0].end, truth[0].start),
                 placed_over(sentences[1], truth[1].start, truth[1].end, truth[1].start + 0.3)]
        joins_into_dips(items, env, 0.0, audio.duration, never_late=True, audio=audio)
        assert abs(items[0].segment.end - truth[0].end) < 0.02, (gap, items[0].segment.end, truth[0].end)
        assert abs(items[1].segment.start - truth[1].start) < 0.02, (gap, items[1].segment.start, truth[1].start)


@needs_espeak
def test_an_english_start_after_a_click_in_a_short_pause_is_not_put_before_the_click(tmp_path):
    """A 0.16 s pause with a click 70 % into it, under a fan 24 dB down; the phone pass ended the first sentence
    20 ms early and started the second right.  The whole band's dip lies before the click, and the second
    sentence was started where that dip ends, 50 ms early; every octave falls quiet again after the click:
    the click is not the next voice, which starts after that quiet."""
    from aligner.align.pauses import joins_into_dips

    sentences = ("Please hold the line.", "Your call is important to us.")
    truth, audio, env = _noisy_english(tmp_path, sentences, 0.16, 24.0, click=0.7)
    items = [placed_over(sentences[0], truth[0].start, truth[0].end - 0.02, truth[0].start),
             placed_over(sentences[1], truth[1].start, truth[1].end, truth[1].start + 0.3)]
    joins_into_dips(items, env, 0.0, audio.duration, never_late=True, audio=audio)
    assert abs(items[0].segment.end - truth[0].end) < 0.02, (items[0].segment.end, truth[0].end)
    assert abs(items[1].segment.start - truth[1].start) < 0.02, (items[1].segment.start, truth[1].start)


@needs_espeak
def test_an_english_end_is_not_carried_over_a_murmurs_swell(tmp_path):
    """A 0.3 s pause under a murmur (pink noise swelling and sinking by 0.8 of its level at 0.7 Hz) 30 dB down; the
    phone pass's edges are right.  At the swell's crest the pause stands 5-10 dB over each octave's background
    (measured near the troughs), so no octave-quiet stretch follows the end at once and the whole band sees a
    pause: only sound standing out of the background (``TAIL_OVER_BED_DB``) is a last sound to carry the end over
    (without that check it went 150 ms into the pause)."""
    from aligner.align.pauses import joins_into_dips
    from aligner.audio import load_audio

    sentences = ("Please hold the line.", "Your call is important to us.")
    wav = tmp_path / "murmur.wav"
    truth = synthesize_talk(list(sentences), wav, pauses=[0.3], speed=100)
    x = load_audio(str(wav)).samples.astype(np.float32) / 32768
    speech = np.sqrt(np.mean(np.concatenate([x[int(t.start * RATE):int(t.end * RATE)] for t in truth]) ** 2))
    rng = np.random.default_rng(4)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    pink = np.fft.irfft(np.fft.rfft(rng.normal(size=len(x))) * ((f > 100) / np.sqrt(np.maximum(f, 1))), len(x))
    murmur = pink / np.sqrt(np.mean(pink ** 2)) * (1 + 0.8 * np.sin(2 * np.pi * 0.7 * np.arange(len(x)) / RATE + 3))
    audio = Audio.from_float((x + murmur * speech * 10 ** (-30 / 20)).astype(np.float32))
    env = Envelope(audio)
    items = [placed_over(sentences[0], truth[0].start, truth[0].end, truth[0].start),
             placed_over(sentences[1], truth[1].start, truth[1].end, truth[1].start + 0.3)]
    joins_into_dips(items, env, 0.0, audio.duration, never_late=True, audio=audio)
    assert abs(items[0].segment.end - truth[0].end) < 0.02, (items[0].segment.end, truth[0].end)
    assert abs(items[1].segment.start - truth[1].start) < 0.02, (items[1].segment.start, truth[1].start)


# Sentences said one right after the other (no pause at the join), each with a pause of its own after a comma
# or a hesitation: the pause pass must not take a sentence's own pause for the join.
TIGHT_FIRST = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii"
TIGHT_SECOND = "jjjj kkkk llll, mmmm nnnn oooo pppp qqqq"


def test_a_sentences_own_pause_after_its_comma_is_not_taken_for_the_join():
    """The join at 3.0 s has no pause; the second sentence pauses after "llll," (3.75-3.95 s), where placement
    put that word.  Keeping the placed join costs more than a pause 0.8 s away at placement's unsure spread, so
    the join went into the comma's pause (both sentences' lengths within their spread), handing the second
    sentence's first three words to the first."""
    audio = _recording([(0.5, 3.75), (3.95, 6.0)], 6.5)
    env = Envelope(audio)
    items = [_placed(TIGHT_FIRST, 0.5, 3.0, "substituted"), _placed(TIGHT_SECOND, 3.0, 6.0, "substituted")]
    comma = items[1].segment.words[2]
    assert comma.text == "llll," and comma.start < 3.85 < items[1].segment.words[3].end
    snap_to_pauses(items, env, 0.0, 6.5)
    assert abs(items[0].segment.end - 3.0) <= 0.03 and abs(items[1].segment.start - 3.0) <= 0.03

    # the same pause with no comma in the text there is a candidate as before (a pause the text does not mark)
    items = [_placed(TIGHT_FIRST, 0.5, 3.0, "substituted"),
             _placed(TIGHT_SECOND.replace(",", ""), 3.0, 6.0, "substituted")]
    snap_to_pauses(items, env, 0.0, 6.5)
    assert abs(items[0].segment.end - 3.75) <= 0.03


def test_a_pause_before_a_sentence_the_phone_pass_placed_is_judged_by_that_sentences_start():
    """The first sentence (unplaced) hesitates at 1.75-1.95 s, 1.25 s before the join, which has no pause; the
    second was placed by the phone pass at 3.0 s and keeps that start.  The pause pass, taking the join for a
    free one, put it in the hesitation, and the first sentence ended 1.25 s early with its last words' sound
    left to no sentence.  Told that the start stays, it keeps the join."""
    from aligner.align.pauses import snap_unrefined_to_pauses

    audio = _recording([(0.5, 1.75), (1.95, 6.0)], 6.5)
    env = Envelope(audio)
    second = _placed(TIGHT_SECOND.replace(",", ""), 3.0, 6.0)
    second.acoustic = tuple(0.6 for _ in second.segment.words)
    items = [_placed(TIGHT_FIRST, 0.5, 2.9, "substituted"), second]
    snap_unrefined_to_pauses(items, env, 0.0, 6.5)
    assert items[1].segment.start == 3.0
    assert items[0].segment.end >= 2.9 - 0.03, items[0].segment.end



@needs_espeak
def test_a_pause_a_second_talker_fills_is_no_join(tmp_path):
    """Two French sentences 0.9 s apart with an English talker 15 dB under them talking on through the pause
    (qx_ca_tux_crosstalk): the energy finds no pause there, and the dips between the other talker's syllables
    passed for the join's silence -- the first sentence's end went 0.23-0.86 s late, the next start 0.6-0.8 s
    early.  The phone pass's edges, 0.9 s apart, hold more than a left-out tail: a pause, and they stay."""
    from aligner.align.pauses import joins_into_dips
    from aligner.audio import load_audio
    from synth import speak, write_wav

    first, second = "Nous avons suivi deux cents élèves pendant trois ans.", "Pour commencer, une question simple."
    wav = tmp_path / "fr.wav"
    truth = synthesize_talk([first, second], wav, pauses=[0.9], voices=("fr",))
    main = load_audio(str(wav)).samples.astype(np.float32) / 32768
    other = np.concatenate([np.concatenate([speak(t, voice="en-gb+m3"), np.zeros(int(0.2 * RATE), np.float32)])
                            for t in ("The market opens early on a Monday.", "We took the long road home again.",
                                      "Nobody knew where the keys had gone.", "It rained for most of the week.")])
    other = np.resize(np.concatenate([np.zeros(int(0.5 * RATE), np.float32), other]), len(main))
    speech = np.concatenate([main[int(s.start * RATE):int(s.end * RATE)] for s in truth])
    level = np.sqrt(np.mean(speech ** 2)) * 10 ** (-15 / 20) / np.sqrt(np.mean(other ** 2))
    write_wav(wav, main + level * other)
    audio = load_audio(str(wav))
    env = Envelope(audio)
    items = [placed_over(first, truth[0].start, truth[0].end - 0.05, truth[0].start),
             placed_over(second, truth[1].start + 0.03, truth[1].end, truth[1].start + 0.2)]
    assert joins_into_dips(items, env, 0.0, audio.duration) == 0
    assert items[0].segment.end == truth[0].end - 0.05 and items[1].segment.start == truth[1].start + 0.03


def _running_speech_with_a_closure() -> Audio:
    """2.6 s of unbroken "speech" (noise) from 0.5 s whose level fades 20 dB over 2.0-2.2 s into a 60 ms stop's
    closure (2.2-2.26 s) and comes back: one voice running on, a word's closure 0.2 s after the join at 2.0 s."""
    rng = np.random.default_rng(11)
    x = rng.normal(0, 0.0005, int(4.0 * RATE))
    t = np.arange(int(0.5 * RATE), int(3.1 * RATE))
    gain = np.where(t / RATE < 2.0, 1.0, 10 ** (-20 * np.clip((t / RATE - 2.0) / 0.2, 0.0, 1.0) / 20))
    gain[(t / RATE >= 2.2) & (t / RATE < 2.26)] = 0.0
    gain[t / RATE >= 2.26] = 1.0
    x[t] += rng.normal(0, 0.2, len(t)) * gain
    return Audio.from_float(x.astype(np.float32))


def test_a_line_broken_inside_a_clause_keeps_the_phone_passs_join_where_a_sentence_end_would_move():
    """Subtitle-shaped lines cut at 42 characters break mid-sentence ("... planned the" / "annual budget ...");
    the voice runs on over the break, so the only quiet near the join is a closure inside the next line's
    first word.  Whisper heard that word 0.3 s late.  Between two sentences the join goes to that quiet (the
    phone pass gives a sentence's lengthened last syllable to the next one); after a line that ends on a word
    with no punctuation, in a transcript that punctuates, no sentence ends, and the phone pass's join stays."""
    from aligner.align.pauses import joins_into_dips

    audio = _running_speech_with_a_closure()
    env = Envelope(audio)
    broken = [placed_over("Surprisingly, the committee planned the", 0.5, 2.0, 0.5),
              placed_over("annual budget late.", 2.0, 3.1, 2.3)]
    assert joins_into_dips(broken, env, 0.0, audio.duration, never_late=True) == 0
    assert broken[0].segment.end == 2.0 and broken[1].segment.start == 2.0
    ended = [placed_over("Surprisingly, the committee planned it.", 0.5, 2.0, 0.5),
             placed_over("Annual budget late.", 2.0, 3.1, 2.3)]
    assert joins_into_dips(ended, env, 0.0, audio.duration, never_late=True) == 1
    assert ended[1].segment.start > 2.15
    forgotten = [placed_over("Surprisingly, the committee planned it", 0.5, 2.0, 0.5),
                 placed_over("Annual budget late.", 2.0, 3.1, 2.3)]  # a capital after a bare word: a full stop left out
    assert joins_into_dips(forgotten, env, 0.0, audio.duration, never_late=True) == 1
    unpunctuated = [placed_over("surprisingly the committee planned the", 0.5, 2.0, 0.5),
                    placed_over("annual budget late", 2.0, 3.1, 2.3)]  # no sentence ends anywhere: nothing to read
    assert joins_into_dips(unpunctuated, env, 0.0, audio.duration, never_late=True) == 1


def test_a_line_ends_mid_clause_only_on_a_bare_word():
    from aligner.sentences import continues_a_clause, ends_a_sentence, ends_mid_clause

    assert ends_mid_clause("annual budget late in the evening, since") and not ends_a_sentence("planned the")
    assert not ends_mid_clause("the old plan had failed.") and ends_a_sentence("the old plan had failed.")
    assert ends_a_sentence('He said "stop."') and ends_a_sentence("Really?)")
    assert not ends_mid_clause("That thereby beauty's rose might never die,") and not ends_mid_clause("")
    assert continues_a_clause("annual budget late") and continues_a_clause('"and then"')
    assert not continues_a_clause("Monday morning") and not continues_a_clause("- The leader") and not continues_a_clause("")


def test_an_english_join_does_not_start_the_next_line_where_a_crash_rises_before_its_voice():
    """Through an 11 kHz ADPCM under the sea (j205, ``ey_real_surf_vtt_avi``): "too short." ends on a closure and a
    faint release, and the sea's crash rises 40 ms into the 0.44 s the phone pass left before the next line (both
    its edges right; Whisper heard the next start 0.4 s late).  The whole band's dip ends where the crash rises, 0.4 s
    before the next voice: the next line keeps the phone pass's start, as a join read octave by octave does."""
    from aligner.align.pauses import joins_into_dips

    rng = np.random.default_rng(205)
    x = rng.normal(0, 0.0005, int(4.5 * RATE))

    def lay(a: float, b: float, level: float, ramp: float = 0.0) -> None:
        span = np.arange(int(a * RATE), int(b * RATE))
        rise = np.clip((span / RATE - a) / ramp, 0.0, 1.0) if ramp else 1.0
        x[span] += rng.normal(0, level, len(span)) * rise

    lay(0.5, 1.88, 0.2)  # "too shor-": then the /t/'s closure, 1.88-1.95
    lay(1.95, 2.0, 0.2 * 10 ** (-30 / 20))  # its release, 30 dB under
    lay(2.04, 4.0, 0.2 * 10 ** (-6 / 20), ramp=0.05)  # the crash, 6 dB under the voice, on under the next line
    lay(2.44, 4.0, 0.2)  # the next line
    audio = Audio.from_float(x.astype(np.float32))
    env = Envelope(audio)
    items = [placed_over("Your message is too short.", 0.5, 2.0, 0.5),
             placed_over("Press 1 to accept this recording.", 2.44, 4.0, 2.84)]
    joins_into_dips(items, env, 0.0, audio.duration, never_late=True)
    assert abs(items[0].segment.end - 2.0) < 0.015, items[0].segment.end
    assert abs(items[1].segment.start - 2.44) < 0.015, items[1].segment.start


def test_a_pause_beside_a_placed_end_does_not_carry_an_exactly_heard_start_seconds_back():
    """A 2.6 s pause after a sentence the phone pass placed is filled by a drummer next door: the energy sees three
    hits with short pauses between them.  The next sentence, unplaced, its first word heard exactly as written
    0.1 s before its voice, was started on the first hit, 2.3 s early, by the pause nearest the placed end
    (``rd78_fr_real_drums_trumpet``).  A pause whose far edge lies seconds from a word heard exactly is not that
    sentence's pause: its start stays with Whisper's."""
    from aligner.align.pauses import snap_unrefined_to_pauses

    audio = _recording([(0.5, 2.0), (2.3, 2.45), (2.9, 3.05), (3.5, 3.65), (4.6, 6.0)], 6.5)
    env = Envelope(audio)
    first = _placed(S2, 0.5, 2.0)
    first.acoustic = tuple(0.8 for _ in first.segment.words)
    items = [first, _placed(S1 + " " + S3, 4.5, 6.0, "exact")]
    snap_unrefined_to_pauses(items, env, 0.0, 6.5)
    assert items[0].segment.end == 2.0
    assert items[1].segment.start >= 4.5 - 0.15, items[1].segment.start


def test_a_run_after_an_unheard_line_never_starts_before_the_heard_line_before_it():
    """A heard line, one nobody heard, then a run of two heard lines: the run's first start goes to where its sound
    begins, but never back past the end of the heard line before the unheard one (a French call given another
    talk's transcript came out with its third line starting 0.19 s before the first line's end)."""
    audio = _recording([(0.5, 2.0), (2.4, 4.1), (4.8, 6.8)], 7.5)  # the first line placed 0.6 s late
    env = Envelope(audio)
    unheard = _placed(S2, 2.6, 2.6)
    unheard.segment = Segment(unheard.segment.text, start=2.6, end=2.6, words=unheard.segment.words,
                              flags=frozenset({NOT_HEARD}))
    items = [_placed(S1, 0.5, 2.6), unheard, _placed(S3, 2.6, 4.1), _placed(S2, 4.8, 6.8)]
    snap_to_pauses(items, env, 0.0, 7.5)
    timed = [item.segment for item in items]
    assert all(a.end <= b.start + 1e-9 for a, b in zip(timed, timed[1:])), [(s.start, s.end) for s in timed]
    assert items[2].segment.start >= items[0].segment.end
