"""Lines put where their letters were heard, when Whisper wrote a Georgian talk in Latin letters
(:mod:`aligner.align.heard_letters`).  The hearings (georgian_talk.HEARD) are what Whisper's multilingual ``base``
wrote for an espeak-ng Georgian talk (tests/synth.py's voice "ka"), each heard line laid over its true time."""

from __future__ import annotations

from types import SimpleNamespace

from aligner.align.heard_letters import (LetteredPlacement, heard_in_latin_letters, line_words, pair_letters,
                                         place_by_heard_letters, romanized)
from aligner.align.mismatch import MismatchEvidence, mismatch_verdict
from aligner.align.recognize import HeardWord
from georgian_talk import GEORGIAN, HEARD, OTHER_GEORGIAN
from placing import placed_over

LINES = GEORGIAN[:5]
TRUTH = [(0.5, 5.0), (5.7, 9.1), (9.8, 12.6), (13.3, 15.9), (16.6, 19.8)]
OTHER = OTHER_GEORGIAN[:5]  # another talk's text in the same script


def _heard(lines=HEARD, spans=TRUTH):
    """The hearing as Whisper's words, each line's words spread over its span by their letters."""
    out = []
    for line, (a, b) in zip(lines, spans):
        words = line.split()
        total = sum(len(w) for w in words)
        acc = 0
        for w in words:
            out.append(HeardWord(w, a + (b - a) * acc / total, a + (b - a) * (acc + len(w)) / total, 0.8, "ka"))
            acc += len(w)
    return out


def test_any_script_is_read_in_plain_latin_letters():
    assert romanized("როცა წყალი,") == "rotsatsqali"
    assert romanized("Rótsat skali ádumtemá!") == "rotsatskaliadumtema"
    assert heard_in_latin_letters(LINES[0].split(), HEARD[0].split())
    assert not heard_in_latin_letters(LINES[0].split(), LINES[1].split())  # heard in its own script
    assert not heard_in_latin_letters(HEARD[0].split(), HEARD[1].split())  # a transcript in Latin letters


def test_the_talks_own_text_pairs_far_more_letters_forwards_than_backwards_and_another_talks_does_not():
    own = pair_letters([ln.split() for ln in LINES], _heard())
    other = pair_letters([ln.split() for ln in OTHER], _heard())
    assert own.says_the_text and own.forwards > 0.55, (own.forwards, own.backwards)
    assert not other.says_the_text, (other.forwards, other.backwards)


def test_each_line_is_timed_by_the_heard_letters_its_own_are_paired_with():
    pairing = pair_letters([ln.split() for ln in LINES], _heard())
    for i, (line, (a, b)) in enumerate(zip(LINES, TRUTH)):
        got = line_words(pairing, i, line.split())
        assert got is not None and len(got) == len(line.split())
        assert abs(got[0].start - a) < 0.6 and abs(got[-1].end - b) < 0.6, (i, got[0].start, got[-1].end, a, b)
        assert all(x.end <= y.start + 1e-9 for x, y in zip(got, got[1:]))


def test_lines_forcing_put_seconds_away_go_where_their_letters_were_heard_and_agreeing_lines_stay():
    """The clean Georgian talk: forcing put every line but the first 4-17 s late; the first it had right."""
    items = [placed_over(LINES[0], 0.45, 5.1, how="substituted")]
    items += [placed_over(ln, a + 9.0, b + 9.0, how="substituted") for ln, (a, b) in zip(LINES[1:], TRUTH[1:])]
    first = items[0].segment
    assert place_by_heard_letters(items, ([], _heard())).moved == 4
    assert items[0].segment == first  # where its letters were heard already
    for item, (a, b) in zip(items[1:], TRUTH[1:]):
        assert abs(item.segment.start - a) < 0.6 and abs(item.segment.end - b) < 0.6
        assert set(item.hows) == {"substituted"}
    assert all(x.segment.end <= y.segment.start + 0.1 for x, y in zip(items, items[1:]))


def test_another_talks_text_and_a_heard_line_are_left_where_they_are():
    items = [placed_over(ln, a + 9.0, b + 9.0, how="substituted") for ln, (a, b) in zip(OTHER, TRUTH)]
    before = [it.segment for it in items]
    assert place_by_heard_letters(items, (_heard(),)) == LetteredPlacement(read=True, spelt=False, moved=0)
    assert [it.segment for it in items] == before
    heard = [placed_over(ln, a + 9.0, b + 9.0, how="exact") for ln, (a, b) in zip(LINES, TRUTH)]
    assert place_by_heard_letters(heard, (_heard(),)) == LetteredPlacement(True, True, 0)  # matched: kept


def test_the_hearing_whose_letters_say_the_text_more_surely_is_read():
    """Told the text as a prompt, the decoder wrote one phrase over and over; the first hearing is the one read."""
    looped = _heard(["Adak et ilīgosi " * 6] * 5)
    items = [placed_over(ln, a + 9.0, b + 9.0, how="substituted") for ln, (a, b) in zip(LINES, TRUTH)]
    assert place_by_heard_letters(items, (_heard(), looped)).moved == 5
    assert abs(items[2].segment.start - TRUTH[2][0]) < 0.6


def test_a_line_forcing_squeezed_to_an_instant_inside_where_its_letters_were_heard_goes_there():
    """rd81_si_espeak_two_speakers_chopping_sprinkler_mkv: forcing left a Sinhala line at one instant (8.50-8.50 s)
    inside the 7.9-11.1 s its letters were heard over; lying "inside" them, it had been left there, and the pause
    pass made it 1.4-2.4 s early."""
    items = [placed_over(ln, a, b, how="substituted") for ln, (a, b) in zip(LINES, TRUTH)]
    items[2] = placed_over(LINES[2], 11.0, 11.0001, how="substituted")
    items[3] = placed_over(LINES[3], 11.0001, 15.9, how="substituted")
    assert place_by_heard_letters(items, (_heard(),)).moved >= 1
    assert abs(items[2].segment.start - TRUTH[2][0]) < 0.6 and abs(items[2].segment.end - TRUTH[2][1]) < 0.6
    assert all(x.segment.end <= y.segment.start + 0.1 for x, y in zip(items, items[1:]))


def test_whether_the_letters_spell_the_transcript_decides_whether_it_belongs(monkeypatch):
    """Nothing Whisper wrote in Latin letters is a word of the Georgian text: by words alone the transcript looks
    like another talk's.  Forcing's odds cannot tell in a script the decoder barely knows: another Georgian talk's
    transcript over a clean Georgian talk passed them (it was aligned, every line flagged).  The letters can: the
    right text is spelt by them, another talk's is not, and is refused saying why."""
    from aligner.align import mismatch

    monkeypatch.setattr(mismatch, "heard_languages", lambda *a, **k: [])  # the audio's language: the text's
    model = SimpleNamespace(model=SimpleNamespace(is_multilingual=True))

    def evidence(read: int, spelt: int, forced: float) -> MismatchEvidence:
        e = MismatchEvidence()
        e.add(60, 0, 40, 40)  # 60 transcript tokens, none matched, 40 words heard
        e.add_text([w for ln in LINES for w in ln.split()], [w for ln in HEARD for w in ln.split()])
        e.add_forced(forced, 60, 0.04)
        e.read_in_letters, e.spelt_in_letters = read, spelt
        return e

    assert evidence(0, 0, 0.05).verdict() is not None and not evidence(0, 0, 0.05).resembles()
    assert mismatch_verdict(evidence(1, 1, 0.05), model, None, None, 0, "cpu", "int8") is None  # spelt: belongs
    assert mismatch_verdict(evidence(0, 0, 0.5), model, None, None, 0, "cpu", "int8") is None  # forcing's odds
    refusal = mismatch_verdict(evidence(1, 0, 0.5), model, None, None, 0, "cpu", "int8")  # read, spelt nowhere
    assert refusal and "Latin letters" in refusal and "spell none of the transcript" in refusal
    items = [placed_over(ln, a, b, how="substituted") for ln, (a, b) in zip(LINES, TRUTH)]
    assert place_by_heard_letters(items, (_heard(),)).spelt
    others = [placed_over(ln, a, b, how="substituted") for ln, (a, b) in zip(OTHER, TRUTH)]
    assert place_by_heard_letters(others, (_heard(),)) == LetteredPlacement(read=True, spelt=False, moved=0)


def test_letters_that_spell_none_of_the_text_refute_it_only_where_whisper_wrote_words_over_most_of_the_lines():
    """Under a skipping rope Whisper wrote espeak-ng's Assamese talk in 33 words over 9.3 s of its lines' 24.4 s, and
    they paired no more of the talk's own letters forwards than backwards (24 % and 23.5 %): too little was heard to
    say the text is not said there, and the talk was refused as another one's.  A hearing over most of the lines
    still refutes another talk's text; a thin one still spells the talk's own where its letters pair."""
    thin = _heard(HEARD[:2], TRUTH[:2])  # two lines of five heard: 7.9 s of 19.3 s
    others = [placed_over(ln, a, b, how="substituted") for ln, (a, b) in zip(OTHER, TRUTH)]
    assert not pair_letters([ln.split() for ln in OTHER], thin).says_the_text
    assert place_by_heard_letters(others, (thin,)) == LetteredPlacement()  # not read as evidence: forcing judges
    assert place_by_heard_letters(others, (_heard(),)) == LetteredPlacement(read=True)  # heard over all: refuted
    own = [placed_over(ln, a, b, how="substituted") for ln, (a, b) in zip(LINES, TRUTH)]
    assert place_by_heard_letters(own, (thin,)).spelt


def test_a_hearing_in_far_fewer_letters_than_the_text_refutes_nothing_however_long_it_lasts():
    """Under a cocktail shaker Whisper wrote espeak-ng's Burmese talk as "- NA FR N" over and over, one "NA" stretched
    over 10.7 s: words over 21.7 s of the lines' 29.3 s, but 47 letters against the text's 238 -- no more than a
    fifth of the text could pair, forwards or backwards, and the talk was refused as another one's."""
    loop = _heard(["NA FR N NA FR N 2"] * 5)  # over every line's time, in a fifth of the letters
    assert sum(len(romanized(w.text)) for w in loop) < 0.5 * sum(len(romanized(w)) for ln in OTHER for w in ln.split())
    own = [placed_over(ln, a, b, how="substituted") for ln, (a, b) in zip(LINES, TRUTH)]
    assert not pair_letters([ln.split() for ln in LINES], loop).says_the_text
    assert place_by_heard_letters(own, (loop,)) == LetteredPlacement()  # not read as evidence: forcing judges
    others = [placed_over(ln, a, b, how="substituted") for ln, (a, b) in zip(OTHER, TRUTH)]
    assert place_by_heard_letters(others, (_heard(),)) == LetteredPlacement(read=True)  # a full hearing refutes


def test_a_loop_written_over_the_lines_refutes_nothing_however_many_letters_it_holds():
    """Under a pepper mill Whisper wrote espeak-ng's Thai talk as "Sounds are not for that so T ar ast has got a ..."
    and then "T ar ast" 31 times: words over 23.7 s of the lines' 38.8 s and 345 letters against the text's 274, yet
    most of it one phrase written again.  Its letters paired 38 % forwards against 30 % backwards, and the talk was
    refused as another one's; with the loop's repeats counted once it heard too little to refute the text, and
    forcing's odds (which the talk's own text passed) judge.  A hearing that repeats nothing still refutes."""
    looped = _heard([HEARD[0]] + ["T ar ast " * 12] * 4)  # the first line heard, then one phrase over the rest
    others = [placed_over(ln, a, b, how="substituted") for ln, (a, b) in zip(OTHER, TRUTH)]
    assert sum(len(romanized(w.text)) for w in looped) > sum(len(romanized(w)) for ln in OTHER for w in ln.split())
    assert not pair_letters([ln.split() for ln in OTHER], looped).says_the_text
    assert place_by_heard_letters(others, (looped,)) == LetteredPlacement()  # not read as evidence: forcing judges
    assert place_by_heard_letters(others, (_heard(),)) == LetteredPlacement(read=True)  # a full hearing refutes
