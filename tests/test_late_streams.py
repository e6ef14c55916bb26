"""Files whose streams are not all known when they are opened: a picture, a second track or the sound itself
turning up only after FFmpeg's probe (aligner.audio.packets, aligner.audio.decode's second look).  Each file is built here with PyAV, a hundred seconds of sound in two or
three megabytes, and is checked to have the late stream before it is decoded."""

from __future__ import annotations

import io
from dataclasses import replace

import av
import numpy as np
import pytest

from aligner.audio import AudioStream, load_audio, probe_duration
from aligner.audio.packets import track_packets
from aligner.audio.peaks import sketch_peaks
from aligner.clips import export_clips
from aligner.document import Document, Segment, words_for_text

CLICK = 93.0  # seconds: where the sound has its loud click, late in the file (after the late stream appears)
#: How far the click may move in joined recordings: each part's MP2 encoder starts afresh, with its own delay.
JOINS = 0.1


def sound(rate: int, seconds: float) -> np.ndarray:
    """A quiet tone with a loud 5 ms click at CLICK, as int16: the click shows the timeline is whole and in place."""
    t = np.arange(int(seconds * rate)) / rate
    x = 0.1 * np.sin(2 * np.pi * 330 * t)
    k = int(CLICK * rate)
    x[k:k + int(0.005 * rate)] = 0.9
    return (x * 32767).astype(np.int16)


def click_time(samples: np.ndarray, rate: int) -> float:
    return float(np.argmax(np.abs(samples) > 0.5 * 32768)) / rate


def opened_kinds(path) -> list[str]:
    with av.open(str(path)) as c:
        return [s.type for s in c.streams]


def audio_packets(stream, pcm: np.ndarray, start: int, end: int, step: int) -> list:
    """``pcm[start:end]`` through ``stream``'s encoder, timestamped from ``start`` (its place on the timeline)."""
    out = []
    for i in range(start, end, step):
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(pcm[i:min(i + step, end)].reshape(1, -1)),
                                           format="s16", layout="mono")
        frame.sample_rate = stream.rate
        frame.pts = i
        out += stream.encode(frame)
    return out + stream.encode(None)


def picture_packets(stream, first: int, count: int) -> list:
    """``count`` grey pictures through ``stream``'s encoder, numbered from ``first``."""
    out = []
    for i in range(first, first + count):
        frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), 90, np.uint8), format="rgb24")
        frame.pts = i
        out += stream.encode(frame.reformat(format=stream.pix_fmt))
    return out + stream.encode(None)


def add_picture(container, codec: str, fps: int):
    v = container.add_stream(codec, rate=fps)
    v.width, v.height, v.pix_fmt = 64, 48, "yuv420p"
    return v


def flash_sound_first(path, seconds: float = 100.0, rate: int = 11025) -> None:
    """A Flash video written as aside_common.encoded_bytes wrote j217's: the whole sound (PCM) before the first
    picture, each packet written as it comes (``max_interleave_delta`` 1 µs), so the picture starts ``seconds`` in
    (FFmpeg's probe reads 90 s of a Flash file's timeline for a stream it has not met)."""
    pcm = sound(rate, seconds)
    with av.open(str(path), "w", format="flv", options={"max_interleave_delta": "1"}) as c:
        a = c.add_stream("pcm_s16le", rate=rate, layout="mono")
        v = add_picture(c, "flv", 2)
        for p in audio_packets(a, pcm, 0, len(pcm), 1024):
            c.mux(p)
        for p in picture_packets(v, 0, int(seconds * 2)):
            c.mux(p)


def flash_picture_first(path, seconds: float = 100.0, rate: int = 11025) -> None:
    """A Flash video the other way round: ``seconds`` of pictures before the first sound packet (a screen recording
    whose sound was muxed after it)."""
    pcm = sound(rate, seconds)
    with av.open(str(path), "w", format="flv", options={"max_interleave_delta": "1"}) as c:
        v = add_picture(c, "flv", 2)
        a = c.add_stream("pcm_s16le", rate=rate, layout="mono")
        for p in picture_packets(v, 0, int(seconds * 2)):
            c.mux(p)
        for p in audio_packets(a, pcm, 0, len(pcm), 1024):
            c.mux(p)


def joined_transport_streams(path, parts: list[tuple[float, tuple[str, ...]]], rate: int = 16000) -> None:
    """Recordings joined end to end (``cat``), each an MPEG transport stream of ``(seconds, kinds)``: its streams
    in that order ("audio", "picture", "second audio"), one timeline running on across the joins.  A stream that
    only a later part has appears in the file only there."""
    total = sum(seconds for seconds, _ in parts)
    pcm = sound(rate, total)
    data, at = b"", 0.0
    for seconds, kinds in parts:
        buf = io.BytesIO()
        with av.open(buf, "w", format="mpegts") as c:
            streams = {}
            for kind in kinds:
                if kind == "picture":
                    streams[kind] = add_picture(c, "mpeg1video", 25)
                else:
                    streams[kind] = c.add_stream("mp2", rate=rate, layout="mono")
            lo, hi = int(at * rate), int((at + seconds) * rate)
            for kind, s in streams.items():
                made = picture_packets(s, int(at * 25), int(seconds * 25)) if kind == "picture" \
                    else audio_packets(s, pcm if kind == "audio" else pcm // 4, lo, hi, 1152)
                for p in made:
                    c.mux(p)
        data += buf.getvalue()
        at += seconds
    path.write_bytes(data)


def around(at: float, duration: float) -> Document:
    """An aligned one-line document whose line spans ``at`` (the click), its two words halving it."""
    a, b = words_for_text("a click")
    words = (replace(a, start=at - 0.2, end=at, probability=0.9), replace(b, start=at, end=at + 0.2, probability=0.9))
    return Document([Segment("a click", at - 0.2, at + 0.2, words=words, confidence=0.9)], audio_duration=duration)


@pytest.mark.parametrize("write,known", [(flash_sound_first, ["audio"]), (flash_picture_first, ["video"])],
                         ids=["picture after the probe", "sound after the probe"])
def test_a_flash_video_with_a_stream_after_the_probe_decodes_whole_from_its_start(tmp_path, write, known):
    """The picture found late is passed over; the sound found late is not "no audio track" (the file is looked
    through once more, and decoded from its first byte)."""
    path = tmp_path / "lecture.flv"
    write(path)
    assert opened_kinds(path) == known, "the late stream should be unknown at opening, or this tests nothing"
    audio = load_audio(str(path))
    assert audio.warnings == ()
    assert abs(audio.duration - 100.0) < 0.01
    assert abs(click_time(audio.samples, audio.sample_rate) - CLICK) < 0.002
    assert abs(probe_duration(str(path)) - 100.0) < 0.1
    assert abs(sketch_peaks(str(path)).duration - 100.0) < 0.1


def test_clip_export_reads_a_flash_video_whose_picture_starts_after_the_probe(tmp_path):
    path = tmp_path / "lecture.flv"
    flash_sound_first(path)
    with AudioStream(str(path)) as stream:  # the original rate, as clip export reads it
        samples = np.concatenate(list(stream.chunks())).reshape(-1)
        assert abs(click_time(samples, stream.rate) - CLICK) < 0.002
    report = export_clips(around(CLICK, 100.0), str(path), str(tmp_path / "clips"), "wav", pad=0.15)
    assert len(report) == 1 and report.skipped == [] and report.sample_rate == 11025
    clip = report.written[0]
    with AudioStream(clip.path) as got:
        samples = np.concatenate(list(got.chunks())).reshape(-1)
    assert abs(clip.start + click_time(samples, got.rate) - CLICK) < 0.002


def test_a_picture_that_joins_a_transport_stream_midway_is_passed_over(tmp_path):
    """A camcorder's sound-only minutes joined to a part with a picture: the picture's stream is new at the join."""
    path = tmp_path / "joined.ts"
    joined_transport_streams(path, [(20.0, ("audio",)), (2.0, ("audio", "picture")), (78.0, ("audio",))])
    assert opened_kinds(path) == ["audio"], "the picture should be unknown at opening, or this tests nothing"
    audio = load_audio(str(path))
    assert abs(audio.duration - 100.0) < 0.2
    assert abs(click_time(audio.samples, audio.sample_rate) - CLICK) < JOINS
    assert abs(sketch_peaks(str(path)).duration - 100.0) < 0.3


def test_a_second_track_that_appears_late_behind_a_picture_and_the_sound_is_passed_over(tmp_path):
    """The sound is not the first stream (a picture is) and a second language's track begins later: the first
    sound track is decoded, whole, and the late track's packets are left alone."""
    path = tmp_path / "two_languages.ts"
    joined_transport_streams(path, [(20.0, ("picture", "audio")), (2.0, ("picture", "audio", "second audio")),
                                    (78.0, ("picture", "audio"))])
    assert opened_kinds(path) == ["video", "audio"], "the second track should be unknown at opening"
    audio = load_audio(str(path))
    assert abs(audio.duration - 100.0) < 0.2
    assert abs(click_time(audio.samples, audio.sample_rate) - CLICK) < JOINS


class _FlushlessDemux:
    """A container whose ``demux`` stops with PyAV's IndexError before it has flushed the track (the order PyAV
    does not walk in today): the packets of ``container``'s track, then the error."""

    def __init__(self, container):
        self.container = container

    def demux(self, stream):
        for packet in self.container.demux(stream):
            if packet.size == 0:
                raise IndexError("list index out of range")
            yield packet


def test_the_track_is_flushed_even_if_pyav_stops_before_flushing_it(tmp_path):
    path = tmp_path / "lecture.flv"
    flash_sound_first(path, seconds=5.0)
    with av.open(str(path)) as c:
        stream = c.streams.audio[0]
        packets = list(track_packets(_FlushlessDemux(c), stream))
    assert [p.size == 0 for p in packets[-2:]] == [False, True]
    assert packets[-1].stream.index == stream.index
