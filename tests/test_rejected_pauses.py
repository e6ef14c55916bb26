"""Lines whose chunk the phone pass rejected end in the pause after them, in English too.

The forty-sixth aside set's look (``yy_espeak_gaslift_dial_page_avi``): a talk read by two espeak-ng voices, one of
them a variant with an echo inside its voice and a rough, odd spectrum (``en-gb-x-rp+RicishayMax3``).  tiny.en heard
little of that voice; told the text (:mod:`aligner.align.hear_the_text`) it heard the words, but put a line's last
word 0.85 s late, over the next line's first word across a 0.63 s pause.  The phone pass read those lines as fitting
their text poorly (0.14-0.20, under :data:`aligner.align.phonetic.POOR_FIT_CONFIDENCE`) and rejected them, and in
English nothing after it looked for the pause: energy snapping reaches back only a word's length, so the end stayed
+742 ms and the next start +170 ms, and another line -351 / +192 ms.  Outside English, and in English where a stretch
was placed by forcing, the pause pass places what the phone pass did not; now also where it rejected a chunk.

The test makes that state without the voice (whether pocketsphinx fits a voice is its model's business): Whisper's
words are as it heard them, but the second line's last word is moved over the third line's first, and the phone
pass rejects every chunk.  The boundary must still be found in the pause.  It fails with the pause pass left to
non-English and forced stretches (the end stays in the third line's first word).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from synth import espeak_available, synthesize_talk

SENTENCES = [
    "The committee met on Monday morning to talk about the new budget.",
    "Nobody expected the meeting to last for more than an hour.",
    "After the break, the chairman read out a letter from the mayor.",
    "Everyone agreed to meet again at the end of the month.",
]


@pytest.mark.slow
@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_a_line_the_phone_pass_rejected_ends_in_its_pause_not_where_whisper_put_its_last_word(tmp_path,
                                                                                              monkeypatch):
    from aligner.align import AlignOptions, align, boundaries, engine
    from aligner.audio import load_audio
    from aligner.document import Document, Segment

    path = tmp_path / "talk.wav"
    truth = synthesize_talk(SENTENCES, path, pauses=0.7)
    recognize = engine.recognize

    def last_word_of_line_two_heard_late(*args, **kwargs):
        heard, info = recognize(*args, **kwargs)
        last = max((k for k, w in enumerate(heard) if w.end <= truth[1].end + 0.3), key=lambda k: heard[k].end)
        late = truth[2].start + 0.15 - heard[last].end  # ending inside the third line's first word
        heard[last] = replace(heard[last], start=heard[last].start + late, end=heard[last].end + late)
        return heard, info

    monkeypatch.setattr(engine, "recognize", last_word_of_line_two_heard_late)
    monkeypatch.setattr(boundaries.PhoneticRefiner, "_consistent", staticmethod(lambda *a: False))
    result = align(Document([Segment(s) for s in SENTENCES]), load_audio(str(path)), AlignOptions())

    assert result.stats.get("phonetic_chunks", 0) == 0 and result.stats.get("phonetic_rejected", 0) >= 1
    ends = [round(s.end - t.end, 3) for s, t in zip(result.segments, truth)]
    starts = [round(s.start - t.start, 3) for s, t in zip(result.segments, truth)]
    assert abs(ends[1]) <= 0.1 and abs(starts[2]) <= 0.1, (starts, ends)
