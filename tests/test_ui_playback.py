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
