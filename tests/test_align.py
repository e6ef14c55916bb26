"""The alignment engine on synthesized talks whose true boundaries are known."""

from __future__ import annotations

import pytest

from aligner.align import AlignOptions, align
from aligner.audio import load_audio
from aligner.document import LOCKED, NOT_HEARD, Document, Segment
from aligner.errors import Cancelled
from aligner.progress import CancelToken
from synth import espeak_available, synthesize_talk

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")]

SENTENCES = [
    "Good evening and welcome to the lecture on coastal birds.",
    "Tonight we look at how gulls find food along the shore.",
    "Most gulls follow fishing boats for the scraps they throw away.",
    "Some of them have learned to drop shells onto rocks to open them.",
    "Others steal food from people eating lunch on the beach.",
    "The herring gull can live for more than thirty years.",
    "Young birds stay brown for about four years before turning grey.",
    "Thank you for listening, and enjoy the rest of the evening.",
]
EXTRA = "Please remember that the car park closes at nine o'clock sharp."
NEVER_SAID = "The history of the old lighthouse is covered in a separate booklet."


@pytest.fixture(scope="module")
def talk(tmp_path_factory):
    """The eight sentences, plus EXTRA spoken after sentence 3; truth per sentence."""
    spoken = SENTENCES[:4] + [EXTRA] + SENTENCES[4:]
    path = tmp_path_factory.mktemp("talk") / "talk.wav"
    truth = synthesize_talk(spoken, path, pauses=[0.7, 0.5, 0.9, 0.6, 0.8, 0.5, 1.0, 0.6],
                            voices=["en-us", "en-us", "en-gb", "en-gb", "en-us", "en-us", "en-gb", "en-us"])
    audio = load_audio(str(path))
    by_text = {t.text: t for t in truth}
    return audio, by_text


def run(doc: Document, audio, **kw):
    doc.audio_duration = audio.duration
    result = align(doc, audio, AlignOptions(**kw))
    before = list(doc.segments)
    doc.apply(result.edit(doc))
    doc.check()
    return result, before


def boundary_errors(doc: Document, truth) -> list[float]:
    errs = []
    for s in doc.segments:
        if s.text in truth:
            errs += [abs(s.start - truth[s.text].start), abs(s.end - truth[s.text].end)]
    return errs


def test_every_boundary_lands_on_the_speech(talk):
    audio, truth = talk
    spoken_order = SENTENCES[:4] + [EXTRA] + SENTENCES[4:]
    doc = Document([Segment(t) for t in spoken_order])
    result, _ = run(doc, audio)
    errs = boundary_errors(doc, truth)
    assert len(errs) == 2 * len(spoken_order)
    assert max(errs) <= 0.25, errs
    assert sorted(errs)[len(errs) // 2] <= 0.05
    assert not any(NOT_HEARD in s.flags for s in doc.segments)
    assert all(s.confidence is not None and 0 <= s.confidence <= 1 for s in doc.segments)
    for s in doc.segments:  # words inside, in order, every word timed
        assert all(w.timed for w in s.words)
    assert result.language == "en"


def test_speech_missing_from_transcript_becomes_unscripted(talk):
    audio, truth = talk
    doc = Document([Segment(t) for t in SENTENCES])  # EXTRA is spoken but not in the text
    result, _ = run(doc, audio)
    extra = truth[EXTRA]
    assert any(u.start < extra.end and u.end > extra.start for u in result.unscripted), result.unscripted
    # its neighbours keep their accuracy and do not swallow it
    before, after = doc.segments[3], doc.segments[4]
    assert abs(before.end - truth[before.text].end) <= 0.1
    assert abs(after.start - truth[after.text].start) <= 0.1
    assert before.end <= extra.start + 0.1 and after.start >= extra.end - 0.1


def test_text_never_spoken_is_flagged_and_kept_out_of_speech(talk):
    audio, truth = talk
    texts = SENTENCES[:4] + [EXTRA] + SENTENCES[4:6] + [NEVER_SAID] + SENTENCES[6:]
    doc = Document([Segment(t) for t in texts])
    run(doc, audio)
    flagged = [s for s in doc.segments if NOT_HEARD in s.flags]
    assert [s.text for s in flagged] == [NEVER_SAID]
    s = flagged[0]
    assert s.end - s.start <= 0.5
    for t in truth.values():  # never stretched over speech
        assert s.end <= t.start + 0.05 or s.start >= t.end - 0.05
    i = texts.index(NEVER_SAID)
    for n in (i - 1, i + 1):
        seg = doc.segments[n]
        assert abs(seg.start - truth[seg.text].start) <= 0.1
        assert abs(seg.end - truth[seg.text].end) <= 0.1


def test_locked_segments_are_held_fixed(talk):
    audio, truth = talk
    spoken_order = SENTENCES[:4] + [EXTRA] + SENTENCES[4:]
    doc = Document([Segment(t) for t in spoken_order])
    run(doc, audio)
    t = truth[spoken_order[2]]
    # the user moves segment 2 by hand (a bit off the truth) and locks it
    from aligner import edits as E

    doc.apply(E.retime(doc, 2, start=t.start - 0.12, end=t.end + 0.12, lock=True))
    locked = doc.segments[2]
    result, _ = run(doc, audio)
    assert doc.segments[2] == locked and LOCKED in doc.segments[2].flags
    assert max(boundary_errors(Document([s for k, s in enumerate(doc.segments) if k != 2]), truth)) <= 0.25


def test_realigning_without_changes_keeps_every_confidence(talk):
    """Aligning again, as is or with one segment locked where it is, must not move any confidence.

    With a lock, Whisper used to listen to the audio before and after it separately; its
    windows fell differently and segments far from the lock were heard (and scored) differently.
    """
    audio, truth = talk
    spoken_order = SENTENCES[:4] + [EXTRA] + SENTENCES[4:]
    doc = Document([Segment(t) for t in spoken_order])
    run(doc, audio)
    first = list(doc.segments)
    run(doc, audio)
    again = list(doc.segments)
    from aligner import edits as E

    doc.apply(E.lock(doc, [3]))
    run(doc, audio)
    locked = list(doc.segments)
    for a, b, c in zip(first, again, locked):
        assert abs(a.confidence - b.confidence) <= 0.05, (a.text, a.confidence, b.confidence)
        assert abs(a.confidence - c.confidence) <= 0.05, (a.text, a.confidence, c.confidence)
        assert abs(a.start - c.start) <= 0.02 and abs(a.end - c.end) <= 0.02, a.text


def test_time_range_realigns_only_inside(talk):
    audio, truth = talk
    spoken_order = SENTENCES[:4] + [EXTRA] + SENTENCES[4:]
    doc = Document([Segment(t) for t in spoken_order])
    run(doc, audio)
    aligned = list(doc.segments)
    from aligner import edits as E

    doc.apply(E.shift(doc, 5, 5, -0.3))  # spoil segment 5
    lo, hi = aligned[4].end, aligned[6].start
    result, _ = run(doc, audio, time_range=(lo, hi))
    assert doc.segments[:5] == aligned[:5] and doc.segments[6:] == aligned[6:]
    seg = doc.segments[5]
    assert abs(seg.start - truth[seg.text].start) <= 0.1


def test_cancel_leaves_the_document_alone(talk):
    audio, _ = talk
    doc = Document([Segment(t) for t in SENTENCES], audio_duration=audio.duration)
    before = list(doc.segments)
    token = CancelToken()
    seen = []

    def progress(p):
        seen.append(p)
        if p.stage == "Recognizing speech":
            token.cancel()

    with pytest.raises(Cancelled):
        align(doc, audio, AlignOptions(), progress=progress, cancel=token)
    assert doc.segments == before
    assert seen and all(0 <= p.fraction <= 1 for p in seen)


def test_transcript_of_another_talk_is_detected(talk):
    audio, _ = talk
    other = ["The committee approved the new budget for the railway station.",
             "Engineers expect construction to begin early next spring.",
             "Local shops worry about the noise during the building work.",
             "A public meeting will be held in the town hall on Monday."]
    doc = Document([Segment(t) for t in other], audio_duration=audio.duration)
    result = align(doc, audio, AlignOptions())
    assert result.stats["mismatch"] and "does not seem to belong" in result.stats["mismatch"]


def test_chunks_aligned_in_helper_processes_match_in_process(talk):
    """The phone-level pass gives exactly the same answer on every core as in one process."""
    from aligner.align.phonetic import PhoneticAligner
    from aligner.align.workers import align_in_workers, split_evenly
    from aligner.text import normalize

    audio, truth = talk
    jobs = [(audio.samples[audio.index(t.start - 0.3):audio.index(t.end + 0.3)],
             [normalize(w) for w in t.text.split()]) for t in list(truth.values())[:4]]
    here = [PhoneticAligner().align(*job) for job in jobs]
    there = align_in_workers(jobs, [1.0] * len(jobs), 2)
    for a, b in zip(here, there):
        assert len(a.words) == len(b.words)
        assert [(x.start, x.end) for x in a.words] == [(y.start, y.end) for y in b.words]
    assert split_evenly([1, 1, 1, 1, 4], 2) == [[0, 1, 2, 3], [4]]  # 4 and 4
    assert split_evenly([1] * 6, 3) == [[0, 1], [2, 3], [4, 5]]


def test_a_noisy_talk_aligns_the_same_in_helpers_in_process_and_twice(talk, monkeypatch):
    """The whole result repeats exactly, however the phone pass's chunks were shared out.

    pocketsphinx's noise-removal filter used to carry its estimate from chunk to chunk, so
    on noisy speech a chunk's word times (by 10-30 ms) depended on which chunks the same
    process had searched before: on the split between the helper processes, on whether
    helpers ran at all, and on what the window had aligned earlier.
    """
    import numpy as np

    from aligner.align import boundaries
    from aligner.audio import Audio

    audio, truth = talk
    x = audio.samples.astype(np.float32) / 32768.0
    noise = np.random.default_rng(3).normal(0.0, np.sqrt(np.mean(x ** 2) / 10 ** 1.5), len(x))
    noisy = Audio.from_float((x + noise).astype(np.float32))
    spoken_order = SENTENCES[:4] + [EXTRA] + SENTENCES[4:]

    def aligned(parallel_from: float) -> list:
        monkeypatch.setattr(boundaries, "PARALLEL_FROM", parallel_from)
        doc = Document([Segment(t) for t in spoken_order])
        run(doc, noisy)
        return [(s.start, s.end, [(w.start, w.end) for w in s.words]) for s in doc.segments]

    here = aligned(1e9)  # one by one, in this process
    assert aligned(0.0) == here  # shared out between helper processes
    assert aligned(1e9) == here  # again in this process, after everything above


def test_cancel_stops_the_helper_processes(talk):
    from aligner.align.workers import align_in_workers
    from aligner.text import normalize

    audio, truth = talk
    t = next(iter(truth.values()))
    job = (audio.samples[audio.index(t.start):audio.index(t.end)], [normalize(w) for w in t.text.split()])
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        align_in_workers([job] * 40, [1.0] * 40, 2, token)


def test_a_wrong_inline_time_does_not_pull_a_segment_off_its_audio(talk):
    from aligner.document import HINT_IGNORED, Hint

    audio, truth = talk
    spoken_order = SENTENCES[:4] + [EXTRA] + SENTENCES[4:]
    segs = [Segment(t) for t in spoken_order]
    t = truth[spoken_order[3]]
    segs[3] = Segment(spoken_order[3], hints=(Hint(0, t.start + 30.0),))  # the page's stamp is 30 s off
    segs[5] = Segment(spoken_order[5], hints=(Hint(0, truth[spoken_order[5]].start + 0.4),))  # nearly right
    doc = Document(segs)
    run(doc, audio)
    assert abs(doc.segments[3].start - t.start) <= 0.1
    assert HINT_IGNORED in doc.segments[3].flags and HINT_IGNORED not in doc.segments[5].flags


def test_without_the_phone_level_pass_energy_still_puts_boundaries_on_the_sound(talk):
    """The fallback for languages pocketsphinx does not know: Whisper times snapped to the sound."""
    audio, truth = talk
    spoken_order = SENTENCES[:4] + [EXTRA] + SENTENCES[4:]
    doc = Document([Segment(t) for t in spoken_order])
    result, _ = run(doc, audio, refine=False)
    errs = boundary_errors(doc, truth)
    assert max(errs) <= 0.25 and sorted(errs)[len(errs) // 2] <= 0.06
    assert "phonetic_chunks" not in result.stats or result.stats["phonetic_chunks"] == 0
