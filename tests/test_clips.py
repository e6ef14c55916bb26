"""Clip export: one file per segment from the original recording, padded but never into a neighbour's word."""

from __future__ import annotations

import csv
import os
from dataclasses import replace

import numpy as np
import pytest

from aligner.audio import AudioStream, load_audio
from aligner.audio.encode import write_audio
from aligner.audio.shaping import loudness_dbfs, shape_clip
from aligner.clips import METADATA_COLUMNS, _Ahead, clip_bounds, export_clips, slug
from aligner.document import NOT_HEARD, Document, Segment, UnscriptedSpan, words_for_text
from aligner.errors import AlignerError, Cancelled, ExportError
from aligner.progress import CancelToken
from synth import espeak_available, synthesize_talk

SENTENCES = [
    "Good evening, and welcome to the talk.",
    "Tonight we look at how gulls find food.",
    "They follow the fishing boats home.",
    "Thank you for listening!",
]


def timed(text: str, start: float, end: float, **kw) -> Segment:
    """An aligned segment whose words share its time evenly."""
    words = words_for_text(text)
    step = (end - start) / len(words)
    words = tuple(replace(w, start=start + k * step, end=start + (k + 1) * step, probability=0.9)
                  for k, w in enumerate(words))
    return Segment(text, start, end, words=words, confidence=0.9, **kw)


@pytest.fixture(scope="module")
def talk(tmp_path_factory):
    """The sentences spoken (16 kHz wav), the same at 44.1 kHz stereo (flac), and an aligned Document."""
    if not espeak_available():
        pytest.skip("needs espeak-ng")
    folder = tmp_path_factory.mktemp("talk")
    wav = folder / "talk.wav"
    truth = synthesize_talk(SENTENCES, wav, pauses=[0.8, 0.12, 0.5])
    audio = load_audio(str(wav))
    x = audio.float32()
    hi = np.interp(np.arange(int(len(x) * 44100 / 16000)) * 16000 / 44100, np.arange(len(x)), x)
    flac = folder / "talk.flac"
    write_audio(flac, (np.stack([hi, 0.5 * hi], axis=1) * 32767).astype(np.int16), 44100)
    doc = Document([timed(t.text, t.start, t.end, speaker="Ann" if k % 2 else None) for k, t in enumerate(truth)],
                   audio_path=str(wav), audio_duration=audio.duration)
    return doc, str(wav), str(flac), audio


def read_metadata(folder) -> list[dict]:
    with open(os.path.join(folder, "metadata.csv"), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_one_wav_per_segment_cut_exactly_where_the_report_says(talk, tmp_path):
    doc, wav, _, audio = talk
    report = export_clips(doc, wav, str(tmp_path / "clips"), "wav", pad=0.15)
    assert len(report) == 4 and report.skipped == []
    assert (report.sample_rate, report.channels) == (16000, 1)
    names = sorted(os.listdir(tmp_path / "clips"))
    assert names == ["0001_good-evening-and-welcome-to-the-talk.wav", "0002_tonight-we-look-at-how-gulls-find-food.wav",
                     "0003_they-follow-the-fishing-boats-home.wav", "0004_thank-you-for-listening.wav",
                     "metadata.csv"]
    edge = round(0.011 * 16000)  # the 10-ms fades (and pydub's last partial millisecond) at each end
    for clip in report.written:
        got = load_audio(clip.path).samples
        a = round(clip.start * 16000)
        np.testing.assert_array_equal(got[edge:-edge], audio.samples[a + edge:a + len(got) - edge])
        assert abs(len(got) / 16000 - (clip.end - clip.start)) < 1e-3
        seg = doc.segments[clip.index]
        assert clip.start <= seg.start and clip.end >= seg.end


def test_metadata_csv_lists_every_clip(talk, tmp_path):
    doc, wav, _, _ = talk
    report = export_clips(doc, wav, str(tmp_path), "wav")
    rows = read_metadata(tmp_path)
    assert tuple(rows[0]) == METADATA_COLUMNS
    assert [r["file_name"] for r in rows] == [os.path.basename(c.path) for c in report.written]
    assert [r["text"] for r in rows] == SENTENCES  # commas and "!" survive CSV quoting
    assert [r["speaker"] for r in rows] == ["", "Ann", "", "Ann"]
    for r, c in zip(rows, report.written):
        assert float(r["start"]) == pytest.approx(c.start, abs=5e-4)
        assert float(r["end"]) == pytest.approx(c.end, abs=5e-4)


def test_padding_stops_half_way_to_the_neighbours_words(talk):
    doc, *_ = talk
    bounds = clip_bounds(doc, pad=0.15)
    s = doc.segments
    # 0.8 s pause: the full pad on both sides; 0.12 s pause: 0.06 each side; 0.5 s: the full 0.15 s.
    assert bounds[0] == (pytest.approx(s[0].start - 0.15), pytest.approx(s[0].end + 0.15))
    assert bounds[1][1] == pytest.approx(s[1].end + 0.06, abs=1e-4)
    assert bounds[2][0] == pytest.approx(s[2].start - 0.06, abs=1e-4)
    assert bounds[3][1] == pytest.approx(min(doc.audio_duration, s[3].end + 0.15))
    for i, (a, b) in bounds.items():
        for j, other in enumerate(s):
            if j != i:
                spoken = [w for w in other.words if w.timed]
                assert b <= spoken[0].start + 1e-9 or a >= spoken[-1].end - 1e-9


def test_padding_respects_word_edges_inside_segment_bounds_and_unheard_speech():
    """A neighbour whose segment reaches further than its words: the words are what counts."""
    a = timed("one two", 1.0, 2.0)
    b = timed("three four", 2.5, 3.5)
    b = replace(b, start=2.1)  # the segment starts early; its first word still at 2.5
    c = timed("five", 6.0, 7.0)
    doc = Document([a, b, c], audio_duration=10.0, unscripted=[UnscriptedSpan(7.3, 8.0, "um")])
    bounds = clip_bounds(doc, pad=0.5)
    assert bounds[0][1] == pytest.approx(2.0 + 0.25)  # half-way to b's first word (2.5), not to b's start
    assert bounds[1][0] == pytest.approx(2.1 - 0.05)  # half-way to a's last word (2.0)
    assert bounds[2] == (pytest.approx(5.5), pytest.approx(7.15))  # unheard speech at 7.3 limits the pad


def test_overlapping_segments_get_no_padding_where_they_overlap():
    doc = Document([timed("a b", 1.0, 3.0), timed("c d", 2.5, 4.0)], audio_duration=5.0)
    doc.check(allow_overlap=True)
    bounds = clip_bounds(doc, pad=0.3)
    assert bounds[0] == (pytest.approx(0.7), pytest.approx(3.0))
    assert bounds[1] == (pytest.approx(2.5), pytest.approx(4.3))


def test_original_rate_and_channels_are_kept(talk, tmp_path):
    doc, wav, flac, audio = talk
    report = export_clips(doc, flac, str(tmp_path), "flac")
    assert (report.sample_rate, report.channels) == (44100, 2)
    for clip in report.written:
        with AudioStream(clip.path) as s:
            assert (s.rate, s.channels) == (44100, 2)
            data = np.concatenate(list(s.chunks()))
        assert abs(len(data) / 44100 - (clip.end - clip.start)) < 1e-3
        # Same sound as the 16 kHz analysis copy at the same place: the clip starts where it says.
        mono = load_audio(clip.path)
        a = round(clip.start * 16000)
        ref = audio.samples[a:a + len(mono.samples)].astype(float)
        got = mono.samples.astype(float) / 0.75  # left + half-level right, mixed
        assert np.corrcoef(ref[:len(got)], got[:len(ref)])[0, 1] > 0.98


def test_mp3_clips(talk, tmp_path):
    doc, wav, _, _ = talk
    report = export_clips(doc, wav, str(tmp_path), "mp3", indices=[1, 3])
    assert [c.index for c in report.written] == [1, 3]
    assert sorted(os.listdir(tmp_path)) == ["0002_tonight-we-look-at-how-gulls-find-food.mp3",
                                            "0004_thank-you-for-listening.mp3", "metadata.csv"]
    for clip in report.written:
        assert abs(load_audio(clip.path).duration - (clip.end - clip.start)) < 0.03


def test_untimed_and_unheard_segments_are_skipped_with_reasons(talk, tmp_path):
    doc, wav, _, _ = talk
    doc = doc.copy()
    doc.segments[1] = Segment(doc.segments[1].text)  # not aligned
    doc.segments[2] = doc.segments[2].with_flag(NOT_HEARD)
    report = export_clips(doc, wav, str(tmp_path), "wav")
    assert [c.index for c in report.written] == [0, 3]
    assert report.skipped == [(1, "not aligned yet"), (2, "its text was not heard in the audio")]
    assert len(read_metadata(tmp_path)) == 2


def test_unaligned_document_and_bad_arguments_are_clear_errors(talk, tmp_path):
    doc, wav, _, _ = talk
    raw = Document([Segment(s) for s in SENTENCES], audio_path=wav)
    with pytest.raises(ExportError, match="not aligned yet.*Align it first"):
        export_clips(raw, wav, str(tmp_path / "x"), "wav")
    assert not (tmp_path / "x").exists()
    with pytest.raises(ExportError, match="wav, flac, mp3"):
        export_clips(doc, wav, str(tmp_path), "ogg")
    with pytest.raises(ExportError, match="segment 10"):
        export_clips(doc, wav, str(tmp_path), "wav", indices=[9])
    with pytest.raises(AlignerError, match="does not exist"):
        export_clips(doc, str(tmp_path / "gone.wav"), str(tmp_path), "wav")


def test_cancel_keeps_finished_clips_listed_and_leaves_no_partial_file(talk, tmp_path):
    doc, wav, _, _ = talk
    token = CancelToken()

    def cancel_once_two_clips_exist(_):
        if len([n for n in os.listdir(tmp_path) if n.endswith(".flac")]) >= 2:
            token.cancel()

    with pytest.raises(Cancelled):
        export_clips(doc, wav, str(tmp_path), "flac", progress=cancel_once_two_clips_exist, cancel=token)
    names = sorted(os.listdir(tmp_path))
    assert names == ["0001_good-evening-and-welcome-to-the-talk.flac",
                     "0002_tonight-we-look-at-how-gulls-find-food.flac", "metadata.csv"]
    assert [r["file_name"] for r in read_metadata(tmp_path)] == names[:2]


def test_a_ctrl_c_on_the_command_line_keeps_the_finished_clips_listed_and_says_so(talk, tmp_path, monkeypatch, capsys):
    """The command line's Ctrl-C raises KeyboardInterrupt, not Cancelled: it left the clips written before it with
    no metadata.csv, and the command said "cancelled; nothing was written"."""
    import signal

    from aligner import cli, clips
    from aligner.project import save_project

    doc, wav, _, _ = talk
    save_project(doc, str(tmp_path / "talk.alignproj"))
    shaped = []

    def press_before_the_third_clip(*args, **kwargs):
        if len(shaped) == 2:
            signal.raise_signal(signal.SIGINT)
        shaped.append(1)
        return shape_clip(*args, **kwargs)

    monkeypatch.setattr(clips, "shape_clip", press_before_the_third_clip)
    monkeypatch.setattr(cli, "CTRL_C", CancelToken())
    previous = signal.getsignal(signal.SIGINT)
    try:
        status = cli.main(["clips", str(tmp_path / "talk.alignproj"), "-o", str(tmp_path / "clips"), "-q"])
    finally:
        signal.signal(signal.SIGINT, previous)
    names = sorted(os.listdir(tmp_path / "clips"))
    assert status == cli.EXIT_CANCELLED
    assert names == ["0001_good-evening-and-welcome-to-the-talk.wav",
                     "0002_tonight-we-look-at-how-gulls-find-food.wav", "metadata.csv"]
    assert [r["file_name"] for r in read_metadata(tmp_path / "clips")] == names[:2]
    assert (f"cancelled; the 2 clips finished before it are kept in {tmp_path / 'clips'}, listed in metadata.csv."
            in capsys.readouterr().err)


def test_a_ctrl_c_while_the_list_is_written_still_lists_every_clip(talk, tmp_path, monkeypatch):
    """Pressed after the last clip, while metadata.csv was written (its atomic write left none), the command line's
    KeyboardInterrupt left every clip unlisted and the command said "cancelled; nothing was written"."""
    from aligner import clips

    doc, wav, _, _ = talk
    write_metadata = clips._write_metadata
    calls = []

    def pressed_during_the_first_write(report):
        calls.append(1)
        if len(calls) == 1:
            raise KeyboardInterrupt
        write_metadata(report)

    monkeypatch.setattr(clips, "_write_metadata", pressed_during_the_first_write)
    with pytest.raises(Cancelled) as cancelled:
        export_clips(doc, wav, str(tmp_path), "wav")
    assert cancelled.value.kept.startswith("the 4 clips finished before it are kept in ")
    assert len(read_metadata(tmp_path)) == 4


def test_reading_ahead_forgets_what_no_clip_needs():
    chunks = (np.full((100, 1), k, np.int16) for k in range(10_000))
    ahead = _Ahead(chunks)
    assert ahead.skip_to(500_050)
    assert len(ahead._parts) == 1 and ahead.start == 500_000
    assert ahead.take(500_050, 500_080)[:, 0].tolist() == [5000] * 30
    assert not ahead.skip_to(2_000_000)


def test_slug():
    assert slug("Hello, world!") == "hello-world"
    assert slug("Ça va? Très bien — merci.") == "ca-va-tres-bien-merci"
    assert slug("日本語") == ""
    long = slug("This sentence is far too long to be used whole as the name of a file on disk.")
    assert len(long) <= 40 and not long.endswith("-") and long.startswith("this-sentence-is-far-too-long")


# ------------------------------------------------------------------ fades and loudness
def _ms_rms(x: np.ndarray, rate: int) -> np.ndarray:
    """RMS of each whole millisecond of mono samples."""
    step = rate // 1000
    n = len(x) // step
    return np.sqrt((x[:n * step].astype(float).reshape(n, step) ** 2).mean(axis=1))


def test_clips_fade_in_and_out_over_10_ms_so_they_do_not_click(talk, tmp_path):
    rate = 48000
    t = np.arange(3 * rate) / rate
    tone = tmp_path / "tone.wav"  # a steady tone: a cut anywhere in it would click
    write_audio(tone, (np.sin(2 * np.pi * 440 * t) * 16000).astype(np.int16)[:, None], rate)
    doc = Document([timed("a steady tone", 1.0005, 2.2503)], audio_path=str(tone), audio_duration=3.0)
    report = export_clips(doc, str(tone), str(tmp_path / "faded"), "wav", pad=0.0)
    with AudioStream(report.written[0].path) as s:
        got = np.concatenate(list(s.chunks()))[:, 0]
    plain = export_clips(doc, str(tone), str(tmp_path / "raw"), "wav", pad=0.0, fade=0)
    with AudioStream(plain.written[0].path) as s:
        raw = np.concatenate(list(s.chunks()))[:, 0]
    assert len(raw) == len(got) and abs(int(raw[0])) + abs(int(raw[-1])) > 1000  # the bare cut clicks
    gain = _ms_rms(got, rate) / _ms_rms(raw, rate)  # how much of the sound each millisecond keeps
    head, tail = gain[:10], gain[-10:]
    assert head[0] < 0.1 and np.all(np.diff(head) > 0) and head[-1] > 0.85  # ramps up from silence...
    assert tail[-1] < 0.15 and np.all(np.diff(tail) < 0) and tail[0] > 0.85  # ...and down to it
    assert abs(int(got[0])) < 50 and abs(int(got[-1])) < 50  # no jump at either end (the tone peaks at 16000)
    np.testing.assert_array_equal(got[rate // 80:-rate // 80], raw[rate // 80:-rate // 80])  # untouched between
    # The spoken talk's clips: the words themselves are untouched by the fades.
    doc, wav, _, audio = talk
    for clip in export_clips(doc, wav, str(tmp_path / "talk"), "wav").written:
        x = load_audio(clip.path).samples
        a = round(clip.start * 16000)
        np.testing.assert_array_equal(x[200:-200], audio.samples[a + 200:a + len(x) - 200])


def test_normalised_clips_reach_the_target_loudness(talk, tmp_path):
    doc, wav, _, audio = talk
    quiet = tmp_path / "quiet.wav"  # the talk recorded 20 dB too low (about -40 dBFS)
    write_audio(quiet, (audio.samples.astype(float) * 0.1).astype(np.int16), 16000)
    for target in (-23.0, -30.0):
        report = export_clips(doc, str(quiet), str(tmp_path / str(target)), "flac", normalize=target)
        assert report.held_back == [] and len(report) == 4
        for clip in report.written:
            data = load_audio(clip.path).samples
            assert loudness_dbfs(data, 16000) == pytest.approx(target, abs=0.5)
    as_is = export_clips(doc, str(quiet), str(tmp_path / "as-is"), "wav")
    assert all(loudness_dbfs(load_audio(c.path).samples, 16000) < -35 for c in as_is.written)
    quiet = (np.sin(np.arange(16000) * 0.3) * 300).astype(np.int16)[:, None]  # about -44 dBFS
    loud = shape_clip(quiet, 16000, target_dbfs=-20.0)
    assert loudness_dbfs(loud.samples, 16000) == pytest.approx(-20.0, abs=0.5) and not loud.limited
    # A clip whose peaks would clip is held back at the ceiling instead, and says so.
    spiky = np.zeros((16000, 1), np.int16)
    spiky[::800] = 20000
    held = shape_clip(spiky, 16000, fade=0, target_dbfs=-10.0)
    assert held.limited and np.abs(held.samples).max() <= 32767 * 10 ** (-1 / 20) + 1
    # A nearly silent clip (room noise in a pause) is lifted by at most 24 dB, not turned into loud hiss.
    hiss = (np.random.default_rng(1).normal(0, 20, 16000)).astype(np.int16)[:, None]  # about -64 dBFS
    lifted = shape_clip(hiss, 16000, fade=0, target_dbfs=-23.0)
    assert lifted.limited and lifted.gain_db == pytest.approx(24.0)


def test_bad_fade_or_loudness_is_a_clear_error(talk, tmp_path):
    doc, wav, _, _ = talk
    with pytest.raises(ExportError, match="fade"):
        export_clips(doc, wav, str(tmp_path), "wav", fade=3)
    with pytest.raises(ExportError, match="loudness"):
        export_clips(doc, wav, str(tmp_path), "wav", normalize=6)
