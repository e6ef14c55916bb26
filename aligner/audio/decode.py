"""Decode wav, mp3, m4a/aac, flac, ogg/opus and the audio of mp4/mkv/webm with PyAV.

Everything the aligner listens to is brought to 16 kHz mono, the rate Whisper
and pocketsphinx want (a stereo file as its channels' mean, as a player's mono
button does, more channels through FFmpeg's downmix; :mod:`.channels` decides
whether the engine hears a stereo pair's difference instead, or only those of
many channels that hold the voice).  Samples are kept as int16 (2 bytes a sample): a 3-hour
talk is 345 MB, and float32 copies are made only for the window being worked on.

:class:`AudioStream` is the one place that turns a file into PCM; both
:func:`load_audio` (16 kHz mono, whole file) and clip export (original rate,
chunk by chunk) read through it, so they agree on where time 0 is and how long
the recording lasts.  Its timeline is the player's: it starts where the
container starts (silence is put in front when a video's audio track starts
late), gaps in the track's timestamps become silence, and the encoder's padding
at the end is cut to the length the container declares.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

import numpy as np

from ..errors import AudioError
from ..progress import CancelToken, Progress, ProgressCallback
from .packets import track_packets
from .wavheader import read_wav_header

SAMPLE_RATE = 16000

SUPPORTED = "wav, mp3, m4a/aac, flac, ogg/opus, amr, mp4, mkv, webm"
#: File extensions taken for recordings (what this module decodes) when a file's role must be told by its name.
AUDIO_EXTENSIONS = frozenset({".wav", ".mp3", ".m4a", ".aac", ".flac", ".ogg", ".opus", ".oga", ".mp4", ".mkv",
                              ".webm", ".mov", ".wma", ".aiff", ".aif", ".amr", ".3gp",
                              # older and rarer ones FFmpeg (PyAV) decodes all the same: a batch folder or the
                              # open dialog must not skip an archive's Flash video, RealAudio or AC-3 track
                              ".aifc", ".au", ".caf", ".w64", ".wv", ".spx", ".mp2", ".ac3", ".eac3", ".sbc",
                              ".mka", ".m4b", ".flv", ".avi", ".mpg", ".mpeg", ".ts", ".rm", ".ra",
                              # a phone's G.723.1, a ringtone's SMAF, a game's CRI ADX, a 1-bit DFPWM stream
                              ".tco", ".mmf", ".adx", ".dfpwm",
                              # a lecture-capture system's Windows Media video, a camcorder's AVCHD, a DVD's VOB,
                              # a phone's 3GPP2, iTunes and Flash MP4 video, Ogg video
                              ".wmv", ".asf", ".mts", ".m2ts", ".vob", ".3g2", ".m4v", ".f4v", ".ogv",
                              # a Sound Blaster's Creative Voice, IRCAM/BICSF, SoX's own, NUT, True Audio, NeXT/Sun,
                              # a game's Nintendo AST stream
                              ".voc", ".sf", ".ircam", ".sox", ".nut", ".tta", ".snd", ".ast",
                              # a broadcast recorded by Windows Media Center, a Smooth Streaming archive's fragments
                              ".wtv", ".ismv", ".isma",
                              # a radio archive's Broadcast Wave (PCM or MPEG audio), a broadcast camera's MXF
                              ".bwf", ".mxf"})
#: A jump forward in the track's timestamps longer than this is a gap, filled with silence.
_GAP = 0.05
_MAX_GAP = 600.0
#: A track's first two timestamps further apart than this many times its first frame's length (or nearer than its
#: inverse) count in another unit than the time base the file declares: a security camera's G.726 in an AVI steps
#: its timestamps by the packet's bytes (80 for 20 ms) in units of 0.256 s, and 71 s of it were laid out as 72,614 s
#: of silence and sound.  Such a track's samples are counted, not timestamped.
_UNIT_MISMATCH = 4.0
#: Decoded audio longer than the declared duration by less than this is encoder padding, and cut.
_PADDING = 0.25
#: Less audio than this decoded from a damaged file counts as nothing.
_MIN_USEFUL = 0.1


@dataclass
class Audio:
    """A decoded recording: 16 kHz mono int16 samples and where they came from."""

    path: Optional[str]
    samples: np.ndarray  #: int16, mono, SAMPLE_RATE
    sample_rate: int = SAMPLE_RATE
    #: Things the user should know about the file that did not stop decoding (e.g. it was cut short).
    warnings: tuple[str, ...] = ()
    #: Spans (s) whose sound under a telephone's low edge the aligner's hearing took out (a rumble played there:
    #: :mod:`aligner.align.low_rumble`): a voice's fundamental is not heard in them, which says nothing of the voice.
    low_cut: tuple[tuple[float, float], ...] = ()

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate

    def index(self, t: float) -> int:
        """Sample index of time ``t`` (clamped to the recording)."""
        return int(min(max(round(t * self.sample_rate), 0), len(self.samples)))

    def float32(self, start: float = 0.0, end: Optional[float] = None) -> np.ndarray:
        """Samples of [start, end) as float32 in [-1, 1] (a copy)."""
        a = self.index(start)
        b = len(self.samples) if end is None else self.index(end)
        return self.samples[a:b].astype(np.float32) / 32768.0

    @classmethod
    def from_float(cls, samples: np.ndarray, path: Optional[str] = None) -> "Audio":
        pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).astype(np.int16)
        return cls(path, pcm)


def _reason(e: Exception) -> str:
    """FFmpeg's own words for what went wrong, without error numbers or file names."""
    text = getattr(e, "strerror", None) or str(e) or type(e).__name__
    return text[0].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _clock(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    s = int(round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _open(path: str):
    import av  # imported here: PyAV is heavy and only needed when decoding

    name = os.path.basename(path)
    if not os.path.exists(path):
        raise AudioError(f"The audio file {path} does not exist. Check the path, or choose the file again.")
    if os.path.isdir(path):
        raise AudioError(f"{path} is a folder, not an audio file.")
    if not os.path.isfile(path):
        raise AudioError(f"{path} is not a file but a device or a pipe. Choose the recording's audio file.")
    if os.path.getsize(path) == 0:
        raise AudioError(f"The audio file {name} is empty (0 bytes). It may not have finished downloading "
                         f"or copying.")
    try:
        container = av.open(path, metadata_errors="ignore")
    except (av.FFmpegError, OSError, UnicodeDecodeError, ValueError) as e:
        raise AudioError(f"{name} could not be opened as audio ({_reason(e)}): it is damaged, incomplete, or not "
                         f"an audio or video file. Aligner reads {SUPPORTED}.") from None
    if not container.streams.audio:
        kinds = sorted({s.type for s in container.streams})
        container.close()
        again = _looked_through(path)
        if again is not None:
            return again
        what = f"it has only {' and '.join(kinds)}" if kinds else "it has no streams"
        raise AudioError(f"{name} has no audio track ({what}). Choose the file that holds the talk's sound.")
    return container


def _looked_through(path: str):
    """The file opened again with a probe that reads on to its end, if that finds a sound track the first did not.

    A container with no header naming its streams (Flash video, MPEG program and transport streams) shows FFmpeg
    a stream only when its first packet comes, and the first look reads at most 5 MB, or 90 s of a Flash file: a
    talk whose sound starts after a long picture-only opening looked like a video without sound.  This look keeps
    none of the packets it reads (``nobuffer``: a video-only VOB read to its end would otherwise be held in memory
    whole; as it is, telling the user it has no sound costs one read of the file) and goes back to the first byte,
    so decoding starts at the beginning.  None when there is no sound or the file cannot be read from its start.
    The limits go in ``container_options``, not ``options``: PyAV gives ``options`` to each stream's decoder too,
    and frees those by the count of streams after the probe, which is the count this look makes grow.
    """
    import av

    whole = {"probesize": str(os.path.getsize(path) + 1), "analyzeduration": str(2 ** 62), "fflags": "nobuffer"}
    try:
        container = av.open(path, metadata_errors="ignore", container_options=whole)
    except (av.FFmpegError, OSError, UnicodeDecodeError, ValueError):
        return None
    try:
        if container.streams.audio:
            container.seek(0, unsupported_byte_offset=True)
            return container
    except (av.FFmpegError, OSError, ValueError):
        pass
    container.close()
    return None


class AudioStream:
    """The first audio track of a file, decoded chunk by chunk to int16 PCM.

    ``rate`` and ``channels`` default to the source's (``max_channels`` folds,
    say, a film's 5.1 track down to stereo).  Iterate :meth:`chunks`
    once; each chunk is an ``(n, channels)`` int16 array, in time order, with
    no gaps.  Damage that does not stop decoding (a truncated download,
    unreadable packets) is described in :attr:`warnings` rather than raised,
    because half a recording is still worth aligning; a file with no decodable
    audio at all raises :class:`AudioError`.
    """

    def __init__(self, path: str, rate: Optional[int] = None, channels: Optional[int] = None,
                 max_channels: Optional[int] = None):
        self.path = path
        self.name = os.path.basename(path)
        self._container = _open(path)
        stream = self._container.streams.audio[0]
        ctx = stream.codec_context
        self.source_rate: int = ctx.sample_rate or stream.rate or SAMPLE_RATE
        self.source_channels: int = ctx.layout.nb_channels if ctx.layout else 1
        self.rate = rate or self.source_rate
        self.channels = min(channels or self.source_channels, max_channels or 1 << 16)
        self._stream = stream
        #: The audio track's own declared duration: exact enough to trim padding and notice truncation.
        self.track_duration: Optional[float] = None
        if stream.duration is not None and stream.time_base is not None:
            self.track_duration = float(stream.duration * stream.time_base)
        #: Duration the file declares (the track's, else the whole container's, which may be the
        #: video's); for progress and sizes only.  None when the file does not say.
        self.declared_duration: Optional[float] = self.track_duration
        if self.declared_duration is None and self._container.duration:
            self.declared_duration = self._container.duration / 1_000_000
        self.warnings: list[str] = []
        self.samples_out = 0  #: samples produced so far (at ``rate``)
        #: How long the file says the audio is, to notice a file that was cut short.  FFmpeg derives a
        #: WAV file's duration from the file's size, so there the header's own data size is asked.
        self.promised_duration: Optional[float] = self.track_duration
        wav = read_wav_header(path)
        if wav is not None:
            if wav.declared_duration is not None:
                self.promised_duration = wav.declared_duration
            if not wav.consistent:
                self.warnings.append(
                    f"{self.name} looks wrong: its header says {wav.sample_rate} samples a second but "
                    f"{wav.byte_rate} bytes a second, which do not agree. The file was damaged or edited; "
                    f"it may play at the wrong speed and the speech may not be recognized.")

    @property
    def container(self):
        """The open PyAV container (for readers that go their own way, like :func:`~.peaks.sketch_peaks`)."""
        return self._container

    @property
    def track(self):
        """The PyAV audio stream being decoded."""
        return self._stream

    @property
    def position(self) -> float:
        """Seconds of audio produced so far."""
        return self.samples_out / self.rate

    def close(self) -> None:
        self._container.close()

    def __enter__(self) -> "AudioStream":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------------------ decoding
    def _frames(self) -> Iterator:
        """Decoded frames; unreadable packets are skipped and counted, a broken container ends the stream (a
        stream that appears only later in the file, as Flash video's picture may, does not: :mod:`.packets`)."""
        import av

        skipped = 0
        try:
            for packet in track_packets(self._container, self._stream):
                try:
                    frames = packet.decode()
                except (av.InvalidDataError, av.FFmpegError, ValueError):
                    skipped += 1
                    continue
                yield from frames
        except (av.FFmpegError, OSError, ValueError) as e:
            if self.samples_out >= _MIN_USEFUL * self.rate:
                self.warnings.append(f"{self.name} is damaged after {_clock(self.position)} ({_reason(e)}); "
                                     f"only the audio before that point was read.")
            else:
                raise AudioError(f"{self.name} could not be decoded ({_reason(e)}); the file is damaged or "
                                 f"is not really audio.") from None
        if skipped and self.samples_out >= _MIN_USEFUL * self.rate:
            self.warnings.append(f"{self.name} has {skipped} damaged piece{'s' * (skipped > 1)} that could not "
                                 f"be decoded and {'were' if skipped > 1 else 'was'} left out.")

    def chunks(self, cancel: Optional[CancelToken] = None) -> Iterator[np.ndarray]:
        """The audio as ``(n, channels)`` int16 blocks on the player's timeline (see the module docstring)."""
        import av

        rate, channels = self.rate, self.channels
        layout = "mono" if channels == 1 else "stereo" if channels == 2 else f"{channels}c"
        # Time 0 is where the container starts; a file that does not say starts with its first frame.
        origin = self._container.start_time / 1_000_000 if self._container.start_time is not None else None
        resampler = None
        source_key = None
        time_base = 0.0
        fed = 0.0  # seconds of source audio (and of silence put in) so far
        first: Optional[tuple[float, float]] = None  # the first timestamped frame's time and length
        unit_checked = False  # whether the track's second timestamp was read against its first frame's length
        # Where the track should end on the timeline: its declared length after where it starts.
        tail = _Tail(None, int(_PADDING * rate))
        track_end = self.track_duration

        def drain(frames) -> Iterator[np.ndarray]:
            for out in frames:
                block = tail.pass_on(out.to_ndarray().reshape(-1, channels), self.samples_out)
                if len(block):
                    self.samples_out += len(block)
                    yield block

        for n_frames, frame in enumerate(self._frames()):
            if cancel is not None and n_frames % 64 == 0:
                cancel.check()
            key = (frame.format.name, frame.layout.name, frame.sample_rate)
            if key != source_key:  # first frame, or the stream changed its format midway
                if resampler is not None:
                    yield from drain(resampler.resample(None))
                # Output in large frames: fewer, bigger numpy blocks cost less per second of audio.
                resampler = av.AudioResampler(format="s16", layout=layout, rate=rate, frame_size=8192)
                source_key = key
                time_base = float(frame.time_base) if frame.time_base is not None else 0.0
            if frame.pts is not None and time_base:
                # Silence for a track that starts after the container (a video's late audio) or skips ahead;
                # a jump of more than _MAX_GAP is a broken timestamp, not a pause, and is ignored.
                t = frame.pts * time_base
                if first is None:
                    first = (t, frame.samples / frame.sample_rate)
                elif not unit_checked:
                    unit_checked = True
                    if first[1] > 0 and not 1 / _UNIT_MISMATCH < (t - first[0]) / first[1] < _UNIT_MISMATCH:
                        time_base = 0.0  # timestamps in another unit than declared: count the samples from here on
                        t = fed + (origin or 0.0)
                if origin is None:
                    origin = t
                if track_end is not None:
                    tail.declared = round((max(0.0, t - origin) + track_end) * rate)
                    track_end = None
                due = t - origin - fed
                if _GAP < due < _MAX_GAP:
                    yield from drain(resampler.resample(None))
                    yield from drain([_Silence(round(due * rate), channels)])
                    resampler = av.AudioResampler(format="s16", layout=layout, rate=rate, frame_size=8192)
                    fed += due
            elif track_end is not None:
                tail.declared = round(track_end * rate)
                track_end = None
            fed += frame.samples / frame.sample_rate
            frame.pts = None  # samples are counted, not timestamped, from here on
            yield from drain(resampler.resample(frame))
        if resampler is not None:
            yield from drain(resampler.resample(None))
        if self.samples_out < _MIN_USEFUL * rate:
            raise AudioError(f"{self.name} contains no audio that could be decoded; the file is damaged or "
                             f"is not really audio.")
        expected = self.promised_duration
        if expected and self.position < expected - max(1.0, 0.02 * expected):
            self.warnings.append(f"{self.name} seems cut short: it says it lasts {_clock(expected)}"
                                 f" but only {_clock(self.position)} of audio is there (an unfinished "
                                 f"download or copy?). Only that part can be aligned.")


class _Silence:
    """Stands in for a decoded frame of silence (only ``to_ndarray`` is asked of it)."""

    def __init__(self, samples: int, channels: int):
        self.shape = (1, samples * channels)

    def to_ndarray(self) -> np.ndarray:
        return np.zeros(self.shape, np.int16)



class _Tail:
    """Holds back what is decoded past the declared end, and drops it if it turns out to be padding.

    Lossy encoders pad the last frame (AAC in mp4 by up to 2048 samples); the
    container says how long the audio really is.  Up to ``limit`` samples past
    that are held; more means the declared duration was wrong, and all is kept.
    """

    def __init__(self, declared: Optional[int], limit: int):
        self.declared = declared
        self.limit = limit
        self.held: list[np.ndarray] = []

    def pass_on(self, block: np.ndarray, emitted: int) -> np.ndarray:
        if self.declared is None:
            return block
        room = max(0, self.declared - emitted)
        if len(block) <= room and not self.held:
            return block
        self.held.append(block[room:])
        block = block[:room]
        if sum(len(h) for h in self.held) > self.limit:
            block = np.concatenate([block, *self.held])
            self.held, self.declared = [], None
        return block


class _Growing:
    """An int16 buffer grown in place with ``realloc`` (no copy, no double peak, for big sizes)."""

    def __init__(self, capacity: int):
        self.data = np.empty(max(capacity, SAMPLE_RATE), dtype=np.int16)
        self.n = 0

    def append(self, x: np.ndarray) -> None:
        need = self.n + len(x)
        if need > len(self.data):
            self.data.resize(max(need, int(len(self.data) * 1.25)), refcheck=False)
        self.data[self.n:need] = x
        self.n = need

    def result(self) -> np.ndarray:
        self.data.resize(self.n, refcheck=False)  # gives the slack back without copying
        return self.data


def probe_duration(path: str) -> Optional[float]:
    """Duration in seconds from the container header (fast; None when the file does not say)."""
    with AudioStream(path) as stream:
        return stream.declared_duration


def load_audio(path: str, progress: Optional[ProgressCallback] = None,
               cancel: Optional[CancelToken] = None,
               on_chunk: Optional[Callable[[np.ndarray], None]] = None) -> Audio:
    """Decode the first audio track of ``path`` to 16 kHz mono int16.

    Raises :class:`AudioError` with a readable message for missing, empty,
    corrupt or audio-less files; :class:`~aligner.errors.Cancelled` when
    ``cancel`` is set.  A file that is damaged part-way loads with what could be
    read, and says so in :attr:`Audio.warnings`.  ``on_chunk`` sees each piece
    of samples as it is decoded (e.g. :meth:`aligner.audio.peaks.PeaksBuilder.add`,
    to draw the waveform while the file loads).
    """
    path = os.fspath(path)
    with AudioStream(path, SAMPLE_RATE, 1) as stream:
        total = stream.declared_duration
        buf = _Growing(int((total or 60) * SAMPLE_RATE) + SAMPLE_RATE)
        next_report = 0.0
        for chunk in stream.chunks(cancel):
            buf.append(chunk.reshape(-1))
            if on_chunk is not None:
                on_chunk(chunk.reshape(-1))
            if progress is not None and total and stream.position >= next_report:
                progress(Progress("Decoding audio", min(1.0, stream.position / total)))
                next_report = stream.position + max(1.0, total / 200)
        if progress is not None:
            progress(Progress("Decoding audio", 1.0))
        return Audio(os.path.abspath(path), buf.result(), warnings=tuple(stream.warnings))
