"""Playback: QMediaPlayer on the talk's audio, with segment play, loop, boundary previews and speed.

Ranges stop where they should by watching the position with a fast timer
(QMediaPlayer has no "play until").  Speed 0.5x-2x keeps the pitch where the
backend offers pitch compensation (Qt 6.10+ with FFmpeg does).  When the
original file cannot be played (some containers), the decoded 16 kHz audio is
written to a temporary WAV and played instead.

QMediaPlayer reports its position in steps of one audio buffer (64 ms for a 16 kHz file), so a range's end
read from that report was found up to a step late: the walk (``benchmarks/gui_walk.py``) heard a segment
played 83 ms past an end set inside speech.  For a range played once, the position is carried on by the
clock between two reports (never further than one report's step) and the last stretch to the end is timed
precisely: measured, the sound then stops 27-95 ms past the end instead of 64-111 ms (what is left is the
sound the output already holds when playback pauses; a seek would drop it, but it also drops the output's
latency: the end was then cut 32-82 ms short).  A loop's seam is a seek, which drops that latency's worth
of the pass's tail: timed by the clock its tail was cut 20-60 ms, timed by the report 0-60 ms, so the
seam stays with the report.

The playhead is kept here too: it is where playback starts and what "set start
to playhead" uses, also while nothing plays.

Playback needs only the file, not the decoded samples: the window lets the
user play as soon as a talk is on screen, while the audio still decodes (a
3-hour file takes a while).  A position asked for while the media is still
loading would be dropped by QMediaPlayer (it started at 0 instead), so it is
kept and applied once the media has loaded.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import wave
from typing import Optional

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

log = logging.getLogger(__name__)
#: Said when the decoded samples are played in place of a file the player cannot read.
DECODED_NOTICE = "Playing the decoded audio (the original file's format cannot be played here)."

SPEEDS = (0.5, 0.6, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
PREVIEW = 0.5  #: seconds played before/after a boundary
TICK_MS = 15


def speed_text(rate: float) -> str:
    """A playback speed as the status bar shows it, the same way from every path: "1.0×", "1.25×", "0.5×"."""
    text = f"{rate:.2f}".rstrip("0")
    return f"{text}0×" if text.endswith(".") else f"{text}×"


class Player(QObject):
    playheadChanged = Signal(float)
    playingChanged = Signal(bool)
    rateChanged = Signal(float)
    message = Signal(str)  #: something the status bar should say (no device, playback error)

    def __init__(self, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._player.setAudioOutput(self._output)
        if hasattr(self._player, "setPitchCompensation"):
            self._player.setPitchCompensation(True)
        self._player.errorOccurred.connect(self._on_error)
        self._player.playbackStateChanged.connect(self._on_state)
        self._player.mediaStatusChanged.connect(self._on_media_status)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._end_timer = QTimer(self)  #: the last stretch to a range's end, timed to the millisecond
        self._end_timer.setSingleShot(True)
        self._end_timer.setTimerType(Qt.PreciseTimer)
        self._end_timer.timeout.connect(self._range_end_due)
        self.clock = time.monotonic  #: seconds; tests give their own
        self._reported: Optional[tuple[float, float]] = None  #: (media s, clock s) of the last position report
        self._report_step = 0.0  #: the largest step between two reports while playing on (media s)
        self._player.positionChanged.connect(self._position_reported)
        self.playhead = 0.0
        self.range_end: Optional[float] = None
        self.range_start: Optional[float] = None
        self.loop = False
        self.rate = 1.0
        self.source: Optional[str] = None
        self._fallback_wav: Optional[str] = None
        self._fallback_wanted = False  #: the original would not play and the decoded audio was not there yet
        self._pending_ms: Optional[int] = None  #: a position asked for while the media was loading
        self._loading = False  #: the media is being loaded (its next LoadedMedia is a source's first)
        self._audio = None

    # ------------------------------------------------------------------ source
    def set_source(self, path: Optional[str], audio=None) -> None:
        self.stop()
        self._report_step = 0.0  # another file may be reported in other steps
        self._audio = audio
        self._drop_fallback()
        self._fallback_wanted = False
        self.source = path
        self._player.setSource(QUrl.fromLocalFile(path) if path else QUrl())
        self.seek(0.0)

    def set_decoded(self, audio) -> None:
        """The decoded samples of the current source arrived (kept for the fallback WAV); playback goes on.

        If the original already refused to play, the decoded audio takes its place now."""
        self._audio = audio
        if self._fallback_wanted and self._use_decoded_audio():
            self._fallback_wanted = False
            self.message.emit(DECODED_NOTICE)

    def _use_decoded_audio(self) -> bool:
        """Play the decoded samples from a temporary WAV when the original will not play."""
        if self._audio is None or self._fallback_wav is not None:
            return False
        fd, path = tempfile.mkstemp(prefix="aligner-play-", suffix=".wav")
        os.close(fd)
        with wave.open(path, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(self._audio.sample_rate)
            w.writeframes(self._audio.samples.tobytes())
        self._fallback_wav = path
        self._player.setSource(QUrl.fromLocalFile(path))
        return True

    def _drop_fallback(self) -> None:
        if self._fallback_wav:
            try:
                os.unlink(self._fallback_wav)
            except OSError:
                pass
            self._fallback_wav = None

    @staticmethod
    def has_output_device() -> bool:
        return bool(QMediaDevices.audioOutputs())

    # ------------------------------------------------------------------ transport
    @property
    def playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlayingState

    def seek(self, t: float) -> None:
        self.playhead = max(0.0, t)
        self._set_position(self.playhead)
        self.playheadChanged.emit(self.playhead)

    def _set_position(self, t: float) -> None:
        ms = int(t * 1000)
        self._reported = None  # a jump: the next report starts the clock again, and is no step
        self._end_timer.stop()
        if self._player.mediaStatus() == QMediaPlayer.LoadingMedia:
            self._pending_ms = ms
        else:
            self._pending_ms = None
            self._player.setPosition(ms)

    def _on_media_status(self, status) -> None:
        # Only a source that has just loaded (switching files, the old one is reported loaded once more first).
        loaded_now, self._loading = self._loading and status == QMediaPlayer.LoadedMedia, \
            status == QMediaPlayer.LoadingMedia
        if loaded_now and not self._player.hasAudio() and self._fallback_wav is None:
            # The player's own probe found no sound in a file the aligner decodes sound from (a Flash video whose
            # sound starts after a long picture-only opening: aligner.audio.decode looks further): it would play
            # in silence, saying nothing, so the decoded samples are played instead.
            self._play_decoded_instead()
        if self._pending_ms is not None and status not in (QMediaPlayer.LoadingMedia, QMediaPlayer.NoMedia):
            ms, self._pending_ms = self._pending_ms, None
            self._player.setPosition(ms)

    def play_from(self, t: Optional[float] = None) -> None:
        """Play from ``t`` (default: the playhead) to the end."""
        self.range_start = self.range_end = None
        self.loop = False
        self._start(self.playhead if t is None else t)

    def play_range(self, t0: float, t1: float, loop: bool = False) -> None:
        self.range_start, self.range_end, self.loop = max(0.0, t0), t1, loop
        self._start(self.range_start)

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play_from()

    def pause(self) -> None:
        self._player.pause()
        self._timer.stop()
        self._end_timer.stop()

    def stop(self) -> None:
        self._player.pause()
        self._timer.stop()
        self._end_timer.stop()
        self.range_start = self.range_end = None
        self.loop = False

    def set_rate(self, rate: float) -> None:
        self.rate = min(max(rate, SPEEDS[0]), SPEEDS[-1])
        self._player.setPlaybackRate(self.rate)
        self.rateChanged.emit(self.rate)

    def faster(self) -> None:
        self.set_rate(next((s for s in SPEEDS if s > self.rate + 1e-9), SPEEDS[-1]))

    def slower(self) -> None:
        self.set_rate(next((s for s in reversed(SPEEDS) if s < self.rate - 1e-9), SPEEDS[0]))

    def pitch_preserved(self) -> bool:
        if not hasattr(self._player, "pitchCompensationAvailability"):
            return False
        return self._player.pitchCompensationAvailability() != QMediaPlayer.PitchCompensationAvailability.Unavailable

    def _start(self, t: float) -> None:
        if not self.source:
            self.message.emit("Open an audio file first.")
            return
        if not self.has_output_device():
            self.message.emit("No sound output device was found; playback is silent.")
        self.playhead = t
        self._set_position(t)
        self._player.play()
        self._timer.start()
        self.playheadChanged.emit(self.playhead)

    # ------------------------------------------------------------------ position watch
    def _position_reported(self, ms: int) -> None:
        t, now = ms / 1000.0, self.clock()
        if self._reported is not None and self.playing and 0 < t - self._reported[0] < 1.0:
            self._report_step = max(self._report_step, t - self._reported[0])
        self._reported = (t, now)

    def position_now(self) -> float:
        """Where playback is now (s): the last reported position carried on by the clock since it came, never
        further than the largest step between reports (if reports stop, so does the estimate)."""
        if not self.playing or self._reported is None:
            return self._player.position() / 1000.0
        t, at = self._reported
        return t + min(max(0.0, self.clock() - at) * self.rate, self._report_step)

    def _tick(self) -> None:
        if not self.playing:
            return
        if self.loop:  # the seam's seek drops the output's latency: the report's lag keeps the tail (see above)
            self.on_position(self._player.position() / 1000.0)
            return
        t = self.position_now()
        self.on_position(t)
        end = self.range_end
        if end is not None and self.playing and t < end and not self._end_timer.isActive():
            wait_ms = (end - t) / self.rate * 1000
            if wait_ms < 2 * TICK_MS:  # the end comes before the tick after next: time it exactly
                self._end_timer.start(max(0, int(round(wait_ms))))

    def _range_end_due(self) -> None:
        if self.playing and self.range_end is not None and not self.loop:
            self.on_position(max(self.position_now(), self.range_end))

    def on_position(self, t: float) -> None:
        """Move the playhead; end or loop a range that has been played (public for tests)."""
        if self.range_end is not None and t >= self.range_end:
            if self.loop and self.range_start is not None:
                self._set_position(self.range_start)
                t = self.range_start
            else:
                t = self.range_end
                self.pause()
                self.range_start = self.range_end = None
        self.playhead = t
        self.playheadChanged.emit(t)

    def _on_state(self, state) -> None:
        playing = state == QMediaPlayer.PlayingState
        if not playing:
            self._timer.stop()
        self.playingChanged.emit(playing)

    def _on_error(self, error, text: str) -> None:
        log.warning("playback error %s: %s", error, text)
        if error in (QMediaPlayer.FormatError, QMediaPlayer.ResourceError) and self._play_decoded_instead():
            return
        self.message.emit(f"Playback failed: {text or error}.")

    def _play_decoded_instead(self) -> bool:
        """Play the decoded samples in place of the original, now or once they are read, and say so; False when
        that cannot be done (the fallback already plays)."""
        if self._use_decoded_audio():
            self.message.emit(DECODED_NOTICE)
            return True
        if self._audio is None and self._fallback_wav is None:
            self._fallback_wanted = True
            self.message.emit("This file's format cannot be played here; "
                              "playback will use the decoded audio once it is read.")
            return True
        return False

    def close(self) -> None:
        """Release the media; nothing is told about it (the window is going away).

        Signals are blocked first: a state change emitted while the window tears
        down can re-enter widgets that are being destroyed (seen: a deadlock in
        Qt's connection lock while an action's icon changed during teardown).
        """
        self._player.blockSignals(True)
        self.blockSignals(True)
        self.stop()
        self._player.setSource(QUrl())
        self._drop_fallback()
