"""The fourth aside set's generators (benchmarks/aside4_cases.py, aside4_languages.py, new_voices.py): pure parts.

The cases are made from Debian packages a test machine may not have; these tests use made-up prompts and
files, and run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import aside4_cases as a4
import aside4_languages as a4l
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from made_up_talks import talk_with_words as talk

RATE = sc.RATE


SEGS = [(0.5, 1.5), (2.0, 3.2), (3.8, 4.5), (5.3, 6.9), (7.5, 8.4)]


def test_the_catalogues_hold_what_their_name_lists_say():
    assert set(a4.names("aside")) | set(a4.names("dev")) == set(a4.catalogue())
    assert set(a4l.names("aside")) | set(a4l.names("dev")) == set(a4l.catalogue())
    assert all(n.startswith("vx_") for n in a4.names("aside") + a4l.names("aside"))
    assert all(n.startswith("rd9_") for n in a4.names("dev") + a4l.names("dev"))
    assert all(s.which == ("aside" if n.startswith("vx_") else "dev") for n, s in a4.catalogue().items())
    assert all(s.which == ("aside" if n.startswith("vx_") else "dev") for n, s in a4l.catalogue().items())
    seeds = [s.real.seed for s in list(a4.catalogue().values()) + list(a4l.catalogue().values()) if s.real]
    assert len(seeds) == len(set(seeds))  # every real talk its own order


def test_sounds_laid_over_the_talk_leave_the_truth_where_it_was():
    m = talk(SEGS, 10.0)
    laid = a4.lay_sounds(m, 5, applause_after=2, rustle_per_minute=12, typing_bursts=2)
    assert laid.segments == m.segments and laid.words == m.words
    assert len(laid.samples) == len(m.samples)
    added = laid.samples - m.samples
    assert np.sqrt(np.mean(added ** 2)) > 0.01  # something was really laid
    again = a4.lay_sounds(m, 5, applause_after=2, rustle_per_minute=12, typing_bursts=2)
    assert np.array_equal(laid.samples, again.samples)  # seeded: the same talk twice


def test_applause_begins_where_asked_and_dies_away():
    rng = np.random.default_rng(3)
    y = a4.applause(12 * RATE, rng, [2.0])
    assert not np.any(y[: 2 * RATE])  # nothing before it starts
    held = y[int(2.4 * RATE):int(3.5 * RATE)]
    assert 0.5 < np.sqrt(np.mean(held ** 2)) < 2.0  # unit RMS while it holds
    late = y[int(10.5 * RATE):]
    assert np.sqrt(np.mean(late ** 2)) < 0.02  # gone 5 s after its hold


def test_typing_is_keys_and_rustle_is_bursts():
    y, keys = a4.typing(20 * RATE, np.random.default_rng(4), 3)
    assert keys >= 3 * 1.5 / 0.3  # at least a key every 0.3 s of each burst
    silent = np.mean(y == 0)
    assert silent > 0.5  # keys are short clicks: most samples untouched
    r, count = a4.rustle(60 * RATE, np.random.default_rng(5), 10)
    assert count == 10 and 0.02 < np.mean(r != 0) < 0.25  # ten bursts of 0.15-0.7 s in a minute


def test_long_silences_add_time_in_pauses_and_move_what_follows():
    m = talk(SEGS, 10.0)
    longer = a4.long_silences(m, 7, 2, (10.0, 16.0))
    added = (len(longer.samples) - len(m.samples)) / RATE
    assert 20.0 <= added <= 32.0
    durations = [round(s["end"] - s["start"], 3) for s in longer.segments]
    assert durations == [round(b - a, 3) for a, b in SEGS]  # no voice is cut
    assert longer.segments[0] == m.segments[0]
    assert abs(longer.segments[-1]["start"] - SEGS[-1][0] - added) < 1e-3
    for s in longer.segments:  # each voice is where its truth says
        i, j = int(s["start"] * RATE) + 10, int(s["end"] * RATE) - 10
        assert np.all(longer.samples[i:j] != 0) or np.mean(longer.samples[i:j] != 0) > 0.99
    gaps = np.diff([s["start"] for s in longer.segments])
    assert sum(g > 10 for g in gaps) == 2
    w = longer.words[-1]
    assert abs(w["start"] - longer.segments[-1]["start"]) < 1e-3  # words move with their sentence


def test_a_recording_that_begins_mid_sentence_starts_its_truth_at_zero():
    m = talk(SEGS, 10.0)
    cut = a4.cut_head(m, 0.4)
    first = cut.segments[0]
    assert first["start"] == 0.0 and abs(first["end"] - 0.6) < 1e-3  # 40 % of 1.0 s cut, 0.6 s left
    assert np.abs(cut.samples[:100]).max() > 0.01  # the voice is there from the first sample
    assert abs(cut.segments[1]["start"] - (SEGS[1][0] - 0.9)) < 1e-3
    assert first["text"] == m.segments[0]["text"]  # the transcript keeps the whole sentence


def test_stale_subtitles_are_subrip_with_two_offsets():
    from aligner.formats.registry import FORMATS, guess_format

    m = talk(SEGS, 10.0)
    srt, offsets = a4.stale_srt(m.segments, 11)
    assert guess_format(srt) == "srt"
    doc = FORMATS["srt"].parse(srt, "t.srt")
    assert [s.text for s in doc.segments] == [s["text"] for s in m.segments]
    offs = [o["off"] for o in offsets]
    assert all(0.6 <= abs(offs[0]) and abs(o - offs[0]) < 0.41 or abs(o - offs[-1]) < 0.41 for o in offs)
    assert abs(offs[-1] - offs[0]) > 2.5  # a piece cut out since: the later cues are further off
    for s, cue, o in zip(m.segments, doc.segments, offs):
        first = min(cue.hints, key=lambda h: h.offset)  # the cue's start, a hint for the aligner
        assert first.offset == 0 and abs(first.time - max(0.0, s["start"] + o)) < 2e-3  # its stale time


def test_dialogue_lines_start_with_a_dash():
    segs = a4.dash_turns([{"text": "Hello there.", "start": 0.1, "end": 0.9}])
    assert segs == [{"text": "- Hello there.", "start": 0.1, "end": 0.9}]


def test_the_narrow_mp3_is_8_khz_and_keeps_the_timeline():
    import av
    import io

    m = talk(SEGS, 9.0)
    m = a4.add_room(m, "pink", 35, 2)
    stored, (suffix, data) = a4.store_narrow_mp3(m)
    assert suffix == "mp3"
    with av.open(io.BytesIO(data)) as c:
        assert c.streams.audio[0].rate == 8000
    assert abs(len(stored.samples) - len(m.samples)) < 0.1 * RATE
    lag = uc.codec_lag(m.samples, stored.samples)
    assert abs(lag) <= 2  # the decoder trims the encoder's priming
    spec = np.abs(np.fft.rfft(stored.samples[: 8 * RATE]))
    f = np.fft.rfftfreq(8 * RATE, 1 / RATE)
    assert spec[f > 4200].mean() < 0.02 * spec[(f > 100) & (f < 3500)].mean()  # nothing above the 8 kHz band


def test_tux_paint_descriptions_are_read_per_language(tmp_path):
    txt = tmp_path / "frog.txt"
    txt.write_text("A frog.\nde.utf8=Ein Frosch.\nro.utf8=O   broască.\n", encoding="utf-8")
    assert nv.tux_text(txt, "en") == "A frog."
    assert nv.tux_text(txt, "ro") == "O broască."
    assert nv.tux_text(txt, "fr") is None
    assert nv.as_sentence("un pavo real") == "Un pavo real."
    assert nv.UNSAID.search("Une paonne (la femelle du paon) albinos.")
    assert nv.UNSAID.search("Semnul 3.") and not nv.UNSAID.search("Un brad de Crăciun.")


def test_a_recording_cut_at_the_voice_has_no_span_with_room():
    rng = np.random.default_rng(8)
    floor = lambda n: 0.002 * rng.normal(size=n)  # noqa: E731  a room 40 dB under the voice
    t = np.arange(int(0.6 * RATE)) / RATE
    voice = 0.3 * np.sin(2 * np.pi * 200 * t)
    roomy = np.concatenate([floor(int(0.2 * RATE)), voice, floor(int(0.2 * RATE))]).astype(np.float32)
    cut = np.concatenate([voice, floor(int(0.2 * RATE))]).astype(np.float32)
    span = nv.span_with_room(roomy)
    assert span is not None and abs(span[0] / RATE - 0.2) < 0.01 and abs(span[1] / RATE - 0.8) < 0.01
    assert nv.span_with_room(cut) is None


def test_whisper_words_are_matched_per_recording_in_a_group():
    texts = ["Un brad de Crăciun.", "O racheta de tenis.", "Un urs koala."]
    heard = "Un brad de craciun. Un urs koala."
    assert nv.shares_in_group(texts, heard, "ro") == [1.0, 0.0, 1.0]
    assert nv.plain_words("Ștefan și pâinea", "ro") == ["stefan", "si", "painea"]


def test_the_new_festival_voices_read_their_encodings():
    import festival_voices as fv

    assert fv.encoding("cs_krb") == "iso-8859-2"
    prog = fv.script("Babička jí dala jméno.", "cs_krb", 0.95, Path("/tmp/x.wav"))
    assert "(voice_czech_krb)" in prog and "Duration_Stretch" in prog
    prog.encode("iso-8859-2")  # every letter of the Czech sentences has a Latin-2 byte
    for lines in a4l.SENTENCES["cs"] + [a4l.NEVER_SAID["cs"]]:
        lines.encode("iso-8859-2")
    assert fv.encoding("hi_nsk") == "utf-8"  # Devanagari goes to festival's Hindi voice as UTF-8
    assert "(voice_hindi_NSK_diphone)" in fv.script("नमस्ते।", "hi_nsk", 1.0, Path("/tmp/x.wav"))


@pytest.mark.parametrize("lang", ["pt", "nl", "pl", "cs", "hi"])
def test_synthesized_languages_have_ten_sentences_and_a_never_said_one(lang):
    said = a4l.SENTENCES[lang]
    assert len(said) == 10 == len(set(said))
    assert a4l.NEVER_SAID[lang] not in said


def test_a_dev_run_refuses_the_aside_cases():
    import run

    for pattern in ("vx_*", "vx_real_applause", "vx_ro_*"):
        with pytest.raises(SystemExit, match="--aside4"):
            run.select_cases([pattern], False, False)
    assert run.select_cases(None, False, False, aside4=True) == a4.names("aside")


def test_the_room_is_as_loud_as_the_recordings_own_between_them():
    rng = np.random.default_rng(12)
    m = talk(SEGS, 10.0)
    y = m.samples.copy()
    for a, b in SEGS:  # each recording keeps 0.1 s of its own room (30 dB under its voice) around the voice
        i, j = int((a - 0.1) * RATE), int((b + 0.1) * RATE)
        y[i:j] += 0.2 / np.sqrt(2) * 10 ** (-30 / 20) * rng.normal(size=j - i)
    m = sc.Made(y, m.segments, m.notes, m.words)
    floor = a4.recorded_floor(m)
    assert abs(20 * np.log10(floor / (0.2 / np.sqrt(2))) + 30) < 2  # measured just before the voices
    roomy = a4.add_room(m, "white", 45, 3, floor)  # 45 dB SNR would be 15 dB under the files' own room
    between = roomy.samples[int(1.7 * RATE):int(1.85 * RATE)]  # a pause outside any file
    inside = roomy.samples[int(1.55 * RATE):int(1.6 * RATE)]  # a file's own room (plus the added one)
    step = 20 * np.log10(sc._rms(inside) / sc._rms(between))
    assert 1.5 < step < 4.5  # about +3 dB (two equal rooms), not the 15 dB step a 45 dB SNR room leaves
    quiet = a4.add_room(m, "white", 45, 3)
    assert sc._rms(quiet.samples[int(1.7 * RATE):int(1.85 * RATE)]) < 0.3 * sc._rms(between)


def test_new_voices_are_read_at_one_level_with_their_span_kept(monkeypatch):
    rng = np.random.default_rng(13)
    loud = np.concatenate([0.003 * rng.normal(size=3000), 0.9 * np.sin(np.arange(9000) / 5.0),
                           0.003 * rng.normal(size=3000)]).astype(np.float32)
    soft = loud * 0.05
    monkeypatch.setattr(nv, "read", lambda source, name: {"loud": loud, "soft": soft}[name])
    read = nv.reader("tux:es")
    a, b = read("loud", False), read("soft", True)
    assert np.allclose(a, b, atol=1e-6)  # one level whatever the reader's gain
    span = uc.voice_span(a)
    assert span == uc.voice_span(loud)
    assert abs(np.sqrt(np.mean(a[span[0]:span[1]] ** 2)) - nv.LEVEL) < 1e-3


def test_a_loud_talk_is_turned_down_not_clipped():
    m = talk(SEGS, 10.0)
    loud = sc.Made(m.samples * 8, m.segments, m.notes, m.words)
    fitted = a4.headroom(loud)
    assert np.isclose(np.abs(fitted.samples).max(), 0.95, rtol=1e-5)
    assert fitted.segments == m.segments and uc.voice_span(fitted.samples[:int(1.8 * RATE)]) == uc.voice_span(
        m.samples[:int(1.8 * RATE)])
    assert a4.headroom(m) is m  # a talk with room to spare is left as it is
