"""The fifth aside set's generators (benchmarks/aside5_cases.py, aside5_languages.py): pure parts.

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and run no
aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import io
import re
import wave

import numpy as np
import pytest

import aside5_cases as a5
import aside5_languages as a5l
import synth_cases as sc
from made_up_talks import talk_with_words as talk

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.0, 3.2), (3.8, 4.5), (5.3, 6.9), (7.5, 8.4), (9.0, 11.0)]


def test_the_catalogues_hold_what_their_name_lists_say():
    assert set(a5.names("aside")) | set(a5.names("dev")) == set(a5.catalogue())
    assert set(a5l.names("aside")) | set(a5l.names("dev")) == set(a5l.catalogue())
    assert all(n.startswith("qx_") for n in a5.names("aside") + a5l.names("aside"))
    assert all(n.startswith("rd12_") for n in a5.names("dev") + a5l.names("dev"))
    assert all(s.which == ("aside" if n.startswith("qx_") else "dev") for n, s in a5.catalogue().items())
    assert all(s.which == ("aside" if n.startswith("qx_") else "dev") for n, s in a5l.catalogue().items())
    seeds = [s.real.seed for s in list(a5.catalogue().values()) + list(a5l.catalogue().values()) if s.real]
    assert len(seeds) == len(set(seeds))
    spoilers = [s.seed for s in list(a5.catalogue().values()) + list(a5l.catalogue().values())]
    assert 0 not in spoilers and len(spoilers) == len(set(spoilers))  # every case its own noises
    assert set(a5l.LANGS.split(",")) == {s.lang for s in a5l.catalogue().values() if s.which == "aside"}


def test_the_dev_twins_say_no_sentence_the_aside_says():
    dev = a5.DIGIT_SENTENCES[:a5.DEV_DIGITS]
    aside = a5.DIGIT_SENTENCES[a5.DEV_DIGITS:]
    assert not set(dev) & set(aside) and len(aside) >= 12
    assert all(re.search(r"\d", s) for s in a5.DIGIT_SENTENCES)  # every sentence has a number written as digits


def test_lost_packets_fall_on_the_frame_grid_and_clear_of_every_truth_edge():
    m = talk(SEGS, 12.0)
    drops = a5.lost_frames(12.0, a5.edges(m), seed=3, per_minute=60)
    assert len(drops) == 12
    for a, b in drops:
        assert round(b - a, 4) in (0.02, 0.04, 0.06)
        assert abs(a / 0.02 - round(a / 0.02)) < 1e-6
        assert all(t <= a - 0.08 or t >= b + 0.08 for t in a5.edges(m))
    assert all(b1 + 0.02 <= a2 for (_, b1), (a2, _) in zip(drops, drops[1:]))


def test_packet_loss_silences_only_the_dropped_frames_and_keeps_the_truth():
    m = talk(SEGS, 12.0)
    m = sc.Made(m.samples + 0.001, m.segments, m.notes, m.words)  # a floor everywhere, so a drop shows
    lost = a5.packet_loss(m, 3, 60)
    assert lost.segments == m.segments and lost.words == m.words
    zero = lost.samples == 0
    drops = a5.lost_frames(12.0, a5.edges(m), 3, 60)
    assert zero.sum() == sum(int(round(b * RATE)) - int(round(a * RATE)) for a, b in drops)
    assert "12 drops" in lost.notes[-1]


def test_half_the_inline_stamps_are_right_and_half_wrong_by_seconds():
    segs = [{"text": f"Line {k}.", "start": 2.0 * k + 0.5, "end": 2.0 * k + 1.5} for k in range(10)]
    page, stamps = a5.stamped_lines(segs, 7)
    lines = page.splitlines()
    assert len(lines) == 10
    for line, s, st in zip(lines, segs, stamps):
        stamp, text = line.split(" ", 1)
        assert re.fullmatch(r"\d\d:\d\d:\d\d,\d\d\d", stamp) and text == s["text"] and stamp == st["stamp"]
        h, mi, rest = stamp.split(":")
        at = int(h) * 3600 + int(mi) * 60 + float(rest.replace(",", "."))
        if st["right"]:
            assert abs(at - s["start"]) <= 0.0405
        else:
            assert abs(at - s["start"]) >= 1.5 or at == 0.0  # clamped at the file's start
    assert sum(not s["right"] for s in stamps) == 5


def test_the_stereo_file_holds_the_voice_on_one_channel():
    left = np.sin(np.arange(RATE) / 10).astype(np.float32) * 0.5
    right = np.zeros(RATE, np.float32)
    data = a5.stereo_wav(left, right)
    with wave.open(io.BytesIO(data)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth()) == (2, RATE, 2)
        pcm = np.frombuffer(w.readframes(w.getnframes()), "<i2").reshape(-1, 2)
    assert np.abs(pcm[:, 0]).max() > 16000 and np.abs(pcm[:, 1]).max() == 0


def test_upsampling_adds_nothing_above_the_old_band_and_keeps_the_timing():
    rng = np.random.default_rng(1)
    x = sc.lowpass(rng.normal(size=RATE), 3000.0).astype(np.float32)
    y = a5.upsample(x, 3)
    assert len(y) == 3 * len(x)
    assert np.allclose(y[::3], x, atol=1e-4)  # every third sample is the original one: no shift
    spec = np.abs(np.fft.rfft(y))
    f = np.fft.rfftfreq(len(y), 1 / (3 * RATE))
    assert spec[f > 8100].max() < 1e-3 * spec.max()


def test_the_buzz_sits_on_the_mains_harmonics_and_the_car_under_a_kilohertz():
    rng = np.random.default_rng(2)
    b = a5.buzz(RATE * 2, rng)
    spec = np.abs(np.fft.rfft(b)) ** 2
    f = np.fft.rfftfreq(len(b), 1 / RATE)
    on = sum(spec[np.abs(f - 60 * k) < 1.0].sum() for k in range(1, 31))
    assert on > 0.95 * spec.sum()
    assert abs(np.sqrt(np.mean(b ** 2)) - 1) < 1e-3
    c = a5.car_interior(RATE * 4, np.random.default_rng(3))
    spec = np.abs(np.fft.rfft(c)) ** 2
    f = np.fft.rfftfreq(len(c), 1 / RATE)
    assert spec[f < 1000].sum() > 0.95 * spec.sum()


def test_a_quiet_recording_has_its_speech_at_the_level_asked_for_and_keeps_the_truth():
    m = talk(SEGS, 12.0)
    q = a5.quiet(m, -40.0)
    assert q.segments == m.segments
    assert abs(20 * np.log10(a5.a4.speech_rms(q)) + 40.0) < 0.01


def test_sounds_under_the_talk_leave_the_truth_where_it_was():
    m = talk(SEGS, 12.0)
    bed = a5.add_bed(m, a5.buzz(len(m.samples), np.random.default_rng(4)), 10, "buzz")
    assert bed.segments == m.segments and bed.words == m.words and len(bed.samples) == len(m.samples)
    level = 20 * np.log10(a5.a4.speech_rms(m) / np.sqrt(np.mean((bed.samples - m.samples) ** 2)))
    assert abs(level - 10) < 0.01


@pytest.mark.parametrize("lang", sorted(a5l.SENTENCES))
def test_synthesized_languages_have_ten_different_sentences(lang):
    said = a5l.SENTENCES[lang]
    assert len(said) == 10 == len(set(said))


def test_a_dev_run_refuses_the_aside_cases():
    import run

    for pattern in ("qx_*", "qx_real_buzz", "qx_da_*"):
        with pytest.raises(SystemExit, match="--aside5"):
            run.select_cases([pattern], False, False)
    assert run.select_cases(None, False, False, aside5=True) == a5.names("aside")


def test_no_dev_run_holds_an_aside_case_and_the_dev_twins_are_in_it():
    import cases

    assert not (set(cases.ASIDE5) | set(cases.LANG_ASIDE5)) & set(cases.all_case_names(long60=True))
    assert cases.all_case_names(aside5=True) == cases.ASIDE5
    assert cases.LANG_ASIDE5 == a5l.names("aside") and cases.LANG12_DEV == a5l.names("dev")
