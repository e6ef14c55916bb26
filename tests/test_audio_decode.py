"""Decoding every supported format to 16 kHz mono, on files encoded here with PyAV, and bad files."""

from __future__ import annotations

import fractions

import av
import numpy as np
import pytest

from aligner.audio import SAMPLE_RATE, Audio, AudioStream, load_audio, probe_duration
from aligner.audio.encode import AudioWriter, Encoding, write_audio
from aligner.errors import AudioError, Cancelled
from aligner.progress import CancelToken

CLICK = 1.25  # seconds: where the test signal has a short loud click


def has_encoder(name: str) -> bool:
    try:
        av.codec.Codec(name, "w")
        return True
    except ValueError:  # av.codec.codec.UnknownCodecError
        return False


def signal(rate: int, seconds: float, channels: int = 1) -> np.ndarray:
    """A quiet tone with a loud 5 ms click at CLICK: the click's position shows whether time 0 is right."""
    t = np.arange(int(seconds * rate)) / rate
    x = (0.1 * np.sin(2 * np.pi * 330 * t)).astype(np.float32)
    k = int(CLICK * rate)
    x[k:k + int(0.005 * rate)] = 0.9
    return x if channels == 1 else np.repeat(x[:, None], channels, axis=1)


def click_time(audio: Audio) -> float:
    return float(np.argmax(np.abs(audio.samples) > 0.5 * 32768)) / audio.sample_rate


def mux_with_video(path, container: str, audio_codec: str, video_codec: str, rate: int, seconds: float,
                   audio_start: float = 0.0, channels: int = 2, with_audio: bool = True, fps: int = 10) -> None:
    """A video file: a black picture (``fps`` a second), and (unless ``with_audio`` is False) the test signal from
    ``audio_start``."""
    x = signal(rate, seconds, channels)
    with av.open(str(path), "w", format=container) as out:
        video = out.add_stream(video_codec, rate=fps)
        video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        audio = out.add_stream(audio_codec, rate=rate, layout="stereo" if channels == 2 else "mono") \
            if with_audio else None
        for i in range(int(seconds * fps)):
            frame = av.VideoFrame.from_ndarray(np.zeros((48, 64, 3), np.uint8), format="rgb24")
            frame.pts = i
            for p in video.encode(frame):
                out.mux(p)
        for p in video.encode(None):
            out.mux(p)
        if audio is not None:
            step = 960
            for pos in range(0, len(x), step):
                block = np.ascontiguousarray(x[pos:pos + step].reshape(1, -1))
                frame = av.AudioFrame.from_ndarray(block, format="flt", layout=audio.layout.name)
                frame.sample_rate = rate
                frame.time_base = fractions.Fraction(1, rate)
                frame.pts = pos + round(audio_start * rate)
                for p in audio.encode(frame):
                    out.mux(p)
            for p in audio.encode(None):
                out.mux(p)


# (file name, encoding, source rate, channels, largest allowed duration error in seconds = one codec frame)
AUDIO_FILES = [
    ("talk.wav", "wav", 44100, 2, 1 / 44100),
    ("talk.mp3", "mp3", 44100, 2, 1152 / 44100),
    ("talk.m4a", "m4a", 48000, 1, 1024 / 48000),
    ("talk.flac", "flac", 22050, 1, 1 / 22050),
    ("talk.ogg", "ogg", 48000, 2, 960 / 48000),
    ("talk.opus", "opus", 48000, 1, 960 / 48000),
    ("talk.aac", Encoding("adts", "aac", 64000), 44100, 1, 2 * 1024 / 44100),
    ("vorbis.ogg", Encoding("ogg", "vorbis", options={"strict": "experimental"}), 44100, 2, 256 / 44100),
    ("phone.amr", Encoding("amr", "libopencore_amrnb", 7950), 8000, 1, 160 / 8000),  # a phone's voice recorder
]


@pytest.mark.parametrize("name,encoding,rate,channels,frame", AUDIO_FILES, ids=[a[0] for a in AUDIO_FILES])
def test_each_audio_format_decodes_to_16k_mono_with_time_zero_in_place(tmp_path, name, encoding, rate, channels,
                                                                        frame):
    codec = encoding.codec if isinstance(encoding, Encoding) else {"mp3": "libmp3lame", "m4a": "aac",
                                                                  "ogg": "libopus", "opus": "libopus"}.get(encoding)
    if codec and not has_encoder(codec):
        pytest.skip(f"this PyAV build has no {codec} encoder")
    path = tmp_path / name
    seconds = 3.0
    with AudioWriter(str(path), encoding, rate, channels) as w:
        w.write(signal(rate, seconds, channels))
    audio = load_audio(str(path))
    assert audio.sample_rate == SAMPLE_RATE and audio.samples.dtype == np.int16 and audio.samples.ndim == 1
    assert audio.path == str(path)
    assert abs(audio.duration - seconds) <= frame + 1e-9, audio.duration
    if name not in ("talk.aac", "phone.amr"):  # raw ADTS and AMR cannot say the encoder's delay: players hear it too
        assert abs(click_time(audio) - CLICK) < 0.002
    assert audio.warnings == ()
    estimated = name == "phone.amr"  # a raw AMR file has no duration field: FFmpeg estimates it from the bit rate
    assert abs(probe_duration(str(path)) - seconds) < (0.1 * seconds if estimated else 0.1)


# Older and rarer formats an archive holds: each one's extension is listed (a batch folder and the open dialog
# see it) and its audio decodes to the right length.  (name, container, codec, rate, channels)
ARCHIVE_FILES = [
    ("flash.flv", "flv", "nellymoser", 16000, 1),
    ("radio.rm", "rm", "real_144", 8000, 1),
    ("broadcast.eac3", "eac3", "eac3", 48000, 2),
    ("lossless.wv", "wv", "wavpack", 44100, 1),
    ("broadcast.mp2", "mp2", "mp2", 44100, 2),
    ("dictation.caf", "caf", "alac", 22050, 1),
    ("phone.tco", "g723_1", "g723_1", 8000, 1),
    ("ringtone.mmf", "mmf", "adpcm_yamaha", 8000, 1),
    ("game.adx", "adx", "adpcm_adx", 16000, 1),
    ("radio.dfpwm", "dfpwm", "dfpwm", 48000, 1),
    ("lecture.wmv", "asf", "wmav2", 44100, 2),
    ("camcorder.mts", "mpegts", "ac3", 48000, 2),
    ("camcorder.m2ts", "mpegts", "ac3", 48000, 2),
    ("dvd.vob", "vob", "mp2", 48000, 2),
    ("phone.3g2", "3g2", "aac", 16000, 1),
    ("itunes.m4v", "mp4", "aac", 44100, 2),
    ("flash.f4v", "mp4", "aac", 44100, 1),
    ("talk.ogv", "ogg", "libopus", 48000, 1),
    ("dictation.voc", "voc", "pcm_u8", 16000, 1),
    ("studio.sf", "ircam", "pcm_s16le", 16000, 1),
    ("studio.ircam", "ircam", "pcm_s16le", 22050, 1),
    ("tape.sox", "sox", "pcm_s32le", 44100, 1),
    ("capture.nut", "nut", "pcm_s16le", 48000, 2),
    ("lossless.tta", "tta", "tta", 44100, 1),
    ("next.snd", "au", "pcm_mulaw", 8000, 1),
    ("game.ast", "ast", "pcm_s16be_planar", 16000, 1),
    ("float.aifc", "aiff", "pcm_f64be", 16000, 1),
    ("broadcast.wtv", "wtv", "mp2", 48000, 2),
    ("archive.ismv", "ismv", "aac", 48000, 2),
    ("radio.bwf", "wav", "mp2", 48000, 2),
    # a security camera's G.726: its AVI counts the audio's timestamps in bytes, not in the time base it declares
    ("camera.avi", "avi", "g726", 8000, 1),
]


@pytest.mark.parametrize("name,container,codec,rate,channels", ARCHIVE_FILES, ids=[a[0] for a in ARCHIVE_FILES])
def test_archive_formats_are_listed_and_decode(tmp_path, name, container, codec, rate, channels):
    from aligner.audio import AUDIO_EXTENSIONS
    if not has_encoder(codec):
        pytest.skip(f"this PyAV build has no {codec} encoder")
    path = tmp_path / name
    # G.723.1 has two bit rates and takes no default; FFmpeg's WMA encoder will not open without one either
    bits = {"g723_1": 6300, "wmav2": 64000}.get(codec)
    with AudioWriter(str(path), Encoding(container, codec, bits_per_channel=bits), rate, channels) as w:
        w.write(signal(rate, 3.0, channels))
    assert path.suffix in AUDIO_EXTENSIONS
    audio = load_audio(str(path))
    assert audio.sample_rate == SAMPLE_RATE and abs(audio.duration - 3.0) < 0.1, audio.duration
    assert abs(click_time(audio) - CLICK) < 0.05


VIDEO_FILES = [
    ("talk.mp4", "mp4", "aac", "libx264", 10),
    ("talk.mkv", "matroska", "libopus", "mpeg4", 10),
    ("talk.webm", "webm", "libopus", "libvpx", 10),
    ("camera.mxf", "mxf", "pcm_s24le", "mpeg2video", 25),  # MXF takes a broadcast rate only
]


@pytest.mark.parametrize("name,container,acodec,vcodec,fps", VIDEO_FILES, ids=[v[0] for v in VIDEO_FILES])
def test_the_audio_track_of_a_video_is_decoded(tmp_path, name, container, acodec, vcodec, fps):
    from aligner.audio import AUDIO_EXTENSIONS
    for codec in (acodec, vcodec):
        if not has_encoder(codec):
            pytest.skip(f"this PyAV build has no {codec} encoder")
    path = tmp_path / name
    mux_with_video(path, container, acodec, vcodec, 48000, 3.0, fps=fps)
    assert path.suffix in AUDIO_EXTENSIONS
    audio = load_audio(str(path))
    assert abs(audio.duration - 3.0) <= 1024 / 48000
    assert abs(click_time(audio) - CLICK) < 0.002


@pytest.mark.parametrize("name,container,acodec", [("late.mkv", "matroska", "libopus"), ("late.mp4", "mp4", "aac")])
def test_audio_that_starts_late_in_a_video_keeps_the_players_timeline(tmp_path, name, container, acodec):
    """A film whose sound starts 1.5 s in: time 0 is the film's start, as in a player, not the sound's."""
    path = tmp_path / name
    mux_with_video(path, container, acodec, "mpeg4", 48000, 3.0, audio_start=1.5)
    audio = load_audio(str(path))
    assert abs(click_time(audio) - (1.5 + CLICK)) < 0.003
    assert abs(audio.duration - 4.5) < 0.03


def test_multichannel_is_mixed_down_and_high_rates_resampled(tmp_path):
    path = tmp_path / "six.wav"
    x = signal(96000, 2.0)
    write_audio(path, np.stack([x * (k == 2) for k in range(6)], axis=1).astype(np.float32), 96000)
    audio = load_audio(str(path))
    assert audio.sample_rate == SAMPLE_RATE and len(audio.samples) == 2 * SAMPLE_RATE
    level = np.abs(audio.samples.astype(np.int32))
    assert level.max() > 0.05 * 32768  # the centre channel's click is in the mix
    assert abs(np.argmax(level > 0.5 * level.max()) / SAMPLE_RATE - CLICK) < 0.001


def test_audio_stream_keeps_the_original_rate_and_channels(tmp_path):
    path = tmp_path / "stereo.flac"
    write_audio(path, (signal(44100, 2.0, 2) * 32767).astype(np.int16), 44100)
    with AudioStream(str(path)) as stream:
        assert (stream.rate, stream.channels) == (44100, 2)
        chunks = list(stream.chunks())
    data = np.concatenate(chunks)
    assert data.shape == (88200, 2) and data.dtype == np.int16
    assert abs(np.argmax(data[:, 0] > 0.5 * 32768) / 44100 - CLICK) < 1e-4
    with AudioStream(str(path), max_channels=1) as stream:
        assert stream.channels == 1


def test_progress_is_reported_and_cancel_stops_decoding(tmp_path):
    path = tmp_path / "long.flac"
    write_audio(path, (signal(16000, 60.0) * 32767).astype(np.int16), 16000)
    fractions_seen = []
    load_audio(str(path), progress=lambda p: fractions_seen.append(p.fraction))
    assert fractions_seen[-1] == 1.0 and fractions_seen == sorted(fractions_seen) and len(fractions_seen) > 3

    token = CancelToken()

    def cancel_at_a_quarter(p):
        if p.fraction > 0.25:
            token.cancel()

    with pytest.raises(Cancelled):
        load_audio(str(path), progress=cancel_at_a_quarter, cancel=token)


# ------------------------------------------------------------------------------ bad input
def test_missing_empty_folder(tmp_path):
    with pytest.raises(AudioError, match="does not exist"):
        load_audio(str(tmp_path / "nope.wav"))
    (tmp_path / "empty.mp3").write_bytes(b"")
    with pytest.raises(AudioError, match="empty"):
        load_audio(str(tmp_path / "empty.mp3"))
    with pytest.raises(AudioError, match="folder"):
        load_audio(str(tmp_path))


def test_random_bytes_named_mp3(tmp_path):
    path = tmp_path / "noise.mp3"
    path.write_bytes(np.random.default_rng(0).bytes(200_000))
    with pytest.raises(AudioError, match="noise.mp3") as e:
        load_audio(str(path))
    assert "damaged" in str(e.value) or "not" in str(e.value)


def test_text_file_renamed_wav(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("These are my notes, not a recording.\n" * 50)
    with pytest.raises(AudioError, match="notes.wav could not be opened as audio"):
        load_audio(str(path))


def test_video_without_audio_track(tmp_path):
    path = tmp_path / "silent.mp4"
    mux_with_video(path, "mp4", "aac", "mpeg4", 48000, 1.0, with_audio=False)
    with pytest.raises(AudioError, match="no audio track.*video"):
        load_audio(str(path))


@pytest.mark.parametrize("ext", ["wav", "mp3", "flac", "m4a", "ogg"])
def test_a_file_cut_to_a_few_bytes_is_an_error(tmp_path, ext):
    full = tmp_path / f"full.{ext}"
    write_audio(full, signal(44100, 5.0), 44100)
    cut = tmp_path / f"cut.{ext}"
    cut.write_bytes(full.read_bytes()[:40])
    with pytest.raises(AudioError, match="cut.* damaged"):
        load_audio(str(cut))


def test_a_half_downloaded_mp3_loads_what_is_there_and_says_so(tmp_path):
    """Half a recording is still worth aligning; the warning lets the window and CLI tell the user."""
    full = tmp_path / "full.mp3"
    write_audio(full, signal(44100, 20.0), 44100)
    half = tmp_path / "half.mp3"
    data = full.read_bytes()
    half.write_bytes(data[:len(data) // 2])
    audio = load_audio(str(half))
    assert 8.0 < audio.duration < 12.0
    assert len(audio.warnings) == 1 and "cut short" in audio.warnings[0] and "20.0 s" in audio.warnings[0]


def test_an_mp4_cut_before_its_index_is_an_error(tmp_path):
    full = tmp_path / "full.m4a"
    write_audio(full, signal(44100, 5.0), 44100)
    cut = tmp_path / "cut.m4a"
    data = full.read_bytes()
    cut.write_bytes(data[:len(data) // 2])  # the index (moov) is written at the end
    with pytest.raises(AudioError, match="damaged, incomplete"):
        load_audio(str(cut))


def test_write_audio_is_atomic_and_resamples_for_mp3(tmp_path):
    path = tmp_path / "hi.mp3"
    write_audio(path, signal(96000, 1.5), 96000)  # mp3 tops out at 48 kHz
    assert [p.name for p in tmp_path.iterdir()] == ["hi.mp3"]
    with AudioStream(str(path)) as stream:
        assert stream.rate == 48000
    assert abs(load_audio(str(path)).duration - 1.5) < 0.03
