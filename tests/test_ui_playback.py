"""Playback in the window: it can start as soon as a talk is on screen, from where it was asked to.

No sound device is needed: these check what the window asks the media player to do, not the sound.
"""

from __future__ import annotations

from PySide6.QtMultimedia import QMediaPlayer


def test_play_is_available_while_the_audio_still_decodes(qtbot, window, spoken, talk_document):
    """A talk is on screen with a sketch of its waveform before its audio is decoded (seconds for a long
    recording).  Playing reads the file itself, so Space must work then; it used to be disabled until
    decoding ended, and the first Space of a session did nothing."""
    from ui.session import Session

    _, peaks, truth = spoken
    window.show_session(Session(talk_document, None, peaks))  # the preview: no decoded samples yet
    assert window.model.audio is None
    for k in ("play_pause", "play_segment", "play_before", "play_after", "faster", "slower"):
        assert window.a[k].isEnabled(), k
    window.player.seek(truth[1].start)
    window.a["play_pause"].trigger()
    assert window.player.playhead == truth[1].start
    assert window.player._timer.isActive()  # the player was asked to play, from the playhead


def test_play_is_not_offered_without_a_talk(qtbot, window):
    assert not window.a["play_pause"].isEnabled()
    assert not window.a["play_segment"].isEnabled()


def test_a_position_asked_for_while_the_media_loads_is_kept(qtbot, spoken):
    """QMediaPlayer drops a position set while it is still loading the file (it played from 0);
    the player keeps it and applies it once the media has loaded."""
    from ui.player import Player

    audio = spoken[0]
    p = Player()
    try:
        p.set_source(audio.path)
        p.seek(1.5)
        qtbot.waitUntil(lambda: p._player.mediaStatus() not in (QMediaPlayer.LoadingMedia, QMediaPlayer.NoMedia),
                        timeout=10000)
        qtbot.waitUntil(lambda: p._player.position() == 1500, timeout=2000)
        assert p.playhead == 1.5
    finally:
        p.close()


class _ReportingMedia:
    """Stands in for QMediaPlayer while playing: reports a position the test sets, records pauses and seeks."""

    def __init__(self):
        self.ms, self.paused, self.seeks = 0, False, []

    def position(self) -> int:
        return self.ms

    def pause(self) -> None:
        self.paused = True

    def setPosition(self, ms: int) -> None:
        self.seeks.append(ms)
        self.ms = ms

    def mediaStatus(self):
        return QMediaPlayer.LoadedMedia

    def playbackState(self):
        return QMediaPlayer.PausedState if self.paused else QMediaPlayer.PlayingState


def _playing_range(qtbot, start: float, end: float):
    """A Player playing [start, end] whose media reports its position in 64 ms steps (an audio buffer of a
    16 kHz file), on a clock the test moves; positions are reported through the real player's signal."""
    from ui.player import Player

    p = Player()
    real, media = p._player, _ReportingMedia()
    p._player = media
    now = [100.0]
    p.clock = lambda: now[0]
    p.range_start, p.range_end, p.loop = start, end, False

    def report(ms: int, at: float) -> None:
        now[0] = at
        media.ms = ms
        real.positionChanged.emit(ms)
    return p, media, now, report, real


def test_a_range_ends_when_the_clock_reaches_its_end_not_a_report_later(qtbot):
    """QMediaPlayer reports its position once per audio buffer (64 ms at 16 kHz); the end of a segment read
    from that report came up to a step late: the window walk heard a segment played 83 ms past an end set
    inside speech.  Between reports the clock carries the position on."""
    p, media, now, report, real = _playing_range(qtbot, 0.5, 0.6)
    try:
        report(500, 100.000)
        report(564, 100.064)
        now[0] = 100.104  # 40 ms after the last report: 0.604 s is being heard, the report still says 0.564
        p._tick()
        assert media.paused and p.playhead == 0.6
        assert p.range_end is None
    finally:
        p._player = real
        p.close()


def test_the_last_stretch_to_a_range_end_is_timed_exactly(qtbot):
    """Less than two ticks before the end, a precise timer ends the range (a 15 ms tick could overshoot it)."""
    p, media, now, report, real = _playing_range(qtbot, 0.5, 0.6)
    try:
        report(500, 100.000)
        report(564, 100.064)
        now[0] = 100.084  # 0.584 s: the end is 16 ms away
        p._tick()
        assert not media.paused
        qtbot.waitUntil(lambda: media.paused, timeout=1000)
        assert p.playhead == 0.6
    finally:
        p._player = real
        p.close()


def test_the_estimate_does_not_run_ahead_of_stalled_reports(qtbot):
    """If reports stop (the output stalls), the position goes no further than one step past the last one."""
    p, media, now, report, real = _playing_range(qtbot, 0.5, 5.0)
    try:
        report(500, 100.000)
        report(564, 100.064)
        now[0] = 101.5
        assert abs(p.position_now() - 0.628) < 1e-9
    finally:
        p._player = real
        p.close()


def test_a_loop_seam_still_follows_the_report(qtbot):
    """A loop's seam is a seek, which drops the output's latency of the pass's tail; timed by the clock the
    tail was cut 20-60 ms (measured), so the seam waits for the report."""
    p, media, now, report, real = _playing_range(qtbot, 0.5, 0.6)
    try:
        p.loop = True
        report(500, 100.000)
        report(564, 100.064)
        now[0] = 100.104
        p._tick()
        assert not media.seeks
        media.ms = 628
        p._tick()
        assert media.seeks == [500] and not media.paused
    finally:
        p._player = real
        p.close()


def test_a_file_whose_sound_the_player_cannot_find_plays_the_decoded_audio_and_says_so(qtbot, tmp_path):
    """QMediaPlayer's own probe stops early as FFmpeg's does: a Flash video with 100 s of pictures before its sound
    loaded as a silent video, with no error, and played nothing without a word.  The player now says so and plays
    the decoded samples once they are there."""
    from test_late_streams import flash_picture_first

    from aligner.audio import load_audio
    from ui.player import DECODED_NOTICE, Player

    path = tmp_path / "screen.flv"
    flash_picture_first(path)
    p = Player()
    said = []
    p.message.connect(said.append)
    try:
        p.set_source(str(path))
        qtbot.waitUntil(lambda: bool(said), timeout=10000)
        assert "decoded audio" in said[0] and p._fallback_wanted
        p.set_decoded(load_audio(str(path)))
        assert said[-1] == DECODED_NOTICE
        qtbot.waitUntil(lambda: p._player.mediaStatus() == QMediaPlayer.LoadedMedia and p._player.hasAudio(),
                        timeout=10000)
        assert len(said) == 2  # the decoded WAV has sound: nothing more is said
    finally:
        p.close()
