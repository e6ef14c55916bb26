"""The sixteenth aside set's generators (benchmarks/aside16_cases.py, aside16_languages.py) and the refusal that keeps
it to its own flag (looked at once: seen).  The test of the one table of aside sets moved to test_aside17_cases.py
(the newest set, unseen).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import io
import json
import wave

import numpy as np
import pytest

import aside16_cases as a16
import aside16_languages as a16l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import needs_sox, talk

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.7, 4.6), (5.9, 6.9), (8.2, 10.3), (11.6, 12.4), (13.8, 16.0), (17.3, 19.4), (20.6, 22.0),
        (23.4, 25.1), (26.5, 27.9)]
NEW_CODECS = {"wavpack", "g722wav", "w64", "caf24", "ts"}


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside14_cases as a14
    import aside14_languages as a14l
    import aside15_cases as a15
    import aside15_languages as a15l

    fixtures.assert_halves_named(a16, a16l, "gx_", "rd59_")
    fixtures.assert_seeds_new((a16, a16l), (a14, a14l, a15, a15l))
    assert 10 <= len(a16.names("aside")) <= 12 and 6 <= len(a16l.names("aside")) <= 8
    assert 1 <= len(a16l.names("dev")) and len(a16.names("dev")) >= 3


def test_the_brief_s_talks_are_there_a_long_one_new_kinds_dev_twins_and_new_codecs():
    import aside14_cases as a14
    import aside15_cases as a15

    cat = a16.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    dev = [s for s in list(cat.values()) + list(a16l.catalogue().values()) if s.which == "dev"]
    long = [s for s in aside if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 90]
    assert len(long) == 1 and long[0].real.repeats == 2
    kinds = {"reactions": lambda s: s.reactions, "stream": lambda s: s.stream, "pair": lambda s: s.pair,
             "csv": lambda s: getattr(s, "transcript", "") == "csv",
             "json": lambda s: getattr(s, "transcript", "") == "json"}
    for kind, has in kinds.items():
        assert any(has(s) for s in aside), kind
        assert any(has(s) for s in dev), kind  # a dev twin of every new kind
    assert {s.codec for s in aside} >= NEW_CODECS and {s.codec for s in dev} >= NEW_CODECS
    assert set(a16.CODECS) == NEW_CODECS
    earlier = {c[2] for c in a14.CODECS.values()} | {c[2] for c in a15.CODECS.values()}
    assert not {c[2] for c in a16.CODECS.values()} & earlier
    # the product's main shapes are there too: a web page (inline stamps, "- " turns) and plain text
    assert {"page", "plain"} <= {s.transcript for s in aside}
    # the two halves' listeners are different people, and neither half's is a laugh or cough of the fifteenth set
    assert not set(a16.INTERJECTION_PACKS["dev"]) & set(a16.INTERJECTION_PACKS["aside"])


def test_the_set_holds_real_and_synthesized_languages_two_speakers_and_bench_languages_knows_it():
    cat = a16l.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    assert {"fr", "es", "it", "ru"} <= {s.lang for s in aside if s.real is not None}
    assert "sv" in {s.lang for s in aside} and {"de", "nl"} & {s.lang for s in aside}
    assert any(s.recordings and len({v.name for v in s.recordings[0].voices}) >= 2 for s in aside)
    fixtures.assert_bench_languages_knows(16, a16l, 59)
    assert all(s.lang in a16.LISTENER_WORDS for s in cat.values() if s.reactions)
    assert not set(a16l.SENTENCES["nl"]) & set(a16l.SENTENCES["nl_dev"])


def _runs(diff: np.ndarray, gap: float = 0.05) -> list[np.ndarray]:
    added = np.flatnonzero(np.abs(diff) > 1e-7)
    return np.split(added, np.flatnonzero(np.diff(added) > gap * RATE) + 1) if len(added) else []


def test_a_listener_reacts_over_a_line_s_end_or_just_after_it_and_nothing_moves(monkeypatch):
    word = (0.4 * np.sin(2 * np.pi * 300 * np.arange(int(0.35 * RATE)) / RATE)).astype(np.float32)
    monkeypatch.setattr(a16.a15, "vocal", lambda name: word)
    made = talk(SEGS, 29.5)
    out = a16.interjections(made, seed=5, count=4, which="aside")
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    runs = _runs(out.samples - made.samples)
    assert len(runs) == 4
    ends = [s["end"] for s in made.segments]
    starts = [s["start"] for s in made.segments]
    over = 0
    for run in runs:
        at = run[0] / RATE
        end = min(ends, key=lambda e: abs(e - at))
        assert end - 0.4 - 0.01 <= at <= end + 0.25 + 0.01  # begun over a line's last 0.4 s or 0.25 s after it
        over += at < end
        assert not any(s + 0.05 < at < e - 0.45 for s, e in zip(starts, ends))  # never in a line's body
    assert over == 2  # in turn: over the end, then after it
    level = sc._rms(np.concatenate([out.samples[r] - made.samples[r] for r in runs]))
    speech = a16.a4.speech_rms(made)
    assert 10 ** (-10.5 / 20) * speech < level < 10 ** (-4 / 20) * speech  # 6-9 dB under, a room's tail with it
    assert "not in the transcript" in out.notes[-1]


def test_the_livestream_is_the_talk_itself_late_in_a_stretch_of_the_middle():
    made = talk(SEGS, 29.5)
    out = a16.livestream(made, seed=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    diff = (out.samples - made.samples).astype(np.float64)
    on = np.flatnonzero(np.abs(diff) > 1e-6)
    a, b = on[0] / RATE, on[-1] / RATE
    assert 0.15 * 29.5 < a < 0.5 * 29.5 and 0.5 * 29.5 < b < 29.5  # a stretch of the middle, not the whole talk
    assert not diff[:int((a - 0.01) * RATE)].any() and not diff[int((b + 0.01) * RATE):].any()
    # the added sound is the talk 1.6-2.6 s late: its envelope follows the talk's, shifted
    env = lambda x: np.sqrt(np.convolve(x ** 2, np.ones(400) / 400, mode="same"))[::80]  # 5 ms steps
    e_add, e_talk = env(diff), env(made.samples.astype(np.float64))
    lags = range(int(1.6 * 200), int(2.6 * 200) + 1)
    i, j = int(a * 200) + 1, int(b * 200) - 1
    score = [np.corrcoef(e_add[i:j], e_talk[i - k:j - k])[0, 1] for k in lags]
    assert max(score) > 0.8
    late = (list(lags)[int(np.argmax(score))]) / 200
    assert late == pytest.approx(float(out.notes[-1].split(" s late")[0].split()[-1]), abs=0.02)
    # 15 dB under the speech where its own (late) speech is, in the stretch it is heard
    parts = [diff[max(int(a * RATE), int((s["start"] + late) * RATE)):min(int(b * RATE), int((s["end"] + late) * RATE))]
             for s in made.segments]
    level = sc._rms(np.concatenate([p for p in parts if len(p) > 0.3 * RATE]))
    assert 20 * np.log10(level / a16.a4.speech_rms(made)) == pytest.approx(-15.0, abs=1.0)


def test_a_spaced_pair_is_a_stereo_wav_with_the_voice_late_on_the_right_and_the_fold_down_combs_it():
    pytest.importorskip("av")
    made = talk(SEGS, 29.5)
    rng = np.random.default_rng(0)
    made = sc.Made((made.samples + rng.normal(size=len(made.samples)) * 0.02 * (made.samples != 0)
                    ).astype(np.float32), made.segments, made.notes)  # a voice with hiss in it: broadband
    out, (suffix, data) = a16.spaced_pair(made, seed=4)
    assert suffix == "pair.wav"
    with wave.open(io.BytesIO(data)) as w:
        assert w.getnchannels() == 2 and w.getframerate() == RATE
        pcm = np.frombuffer(w.readframes(w.getnframes()), "<i2").reshape(-1, 2).astype(np.float64) / 32767
    left, right = pcm[:, 0], pcm[:, 1]
    c = np.correlate(right[8000:40000], left[8000:40000 - 40], mode="valid")
    lag = int(np.argmax(c))
    assert 0.0004 * RATE - 1 <= lag <= 0.0012 * RATE + 1
    assert sc._rms(right) == pytest.approx(sc._rms(left) * 10 ** (-3 / 20), rel=0.05)
    # the truth moves by at most the pair's delay, every line alike
    shift = out.segments[0]["start"] - made.segments[0]["start"]
    assert abs(shift) <= 0.0013
    assert all(o["end"] - m["end"] == pytest.approx(shift, abs=1e-4) for o, m in zip(out.segments, made.segments))
    # what the aligner reads is a comb: the first notch (RATE / (2 * lag)) well under its neighbours
    spec = np.abs(np.fft.rfft(out.samples.astype(np.float64))) ** 2
    f = np.fft.rfftfreq(len(out.samples), 1 / RATE)
    notch = RATE / (2 * lag)
    near = lambda hz: spec[(f > hz - 40) & (f < hz + 40)].mean()
    assert near(notch) < 0.2 * near(notch / 2) and near(notch) < 0.2 * near(notch * 2)


def test_a_spreadsheet_csv_and_a_captions_json_read_back_as_the_lines_with_their_stale_times():
    from aligner.formats import parse_transcript

    made = talk(SEGS, 29.5)
    made = sc.Made(made.samples, [dict(s, text=f"Well, line {k}, said \"so\".") for k, s in enumerate(made.segments)],
                   made.notes)
    page, how = a16.spreadsheet_csv(made.segments, seed=3)
    a16.a14.a7.check_reads_back(page, made.segments, "made up")
    assert page.startswith("index,start,end,speaker,text\r\n") and 1.0 <= abs(how["offset"]) <= 4.0
    doc = parse_transcript(page, name="transcript.txt")
    assert len(doc.segments) == len(made.segments)
    rows = page.strip().split("\r\n")[1:]
    for r, s in zip(rows, made.segments):
        mm, ss = r.split(",")[1].split(":")
        assert int(mm) * 60 + int(ss) == int(max(0.0, s["start"] + how["offset"]))  # whole seconds, cut down
    assert len({r.split(",")[3] for r in rows}) == 2
    text, how = a16.captions_json(made.segments, seed=4)
    a16.a14.a7.check_reads_back(text, made.segments, "made up")
    segs = json.loads(text)["segments"]
    assert 1.5 <= abs(how["offset"]) <= 5.0
    for j, s in zip(segs, made.segments):
        assert j["start"] == pytest.approx(max(0.0, s["start"] + how["offset"]), abs=0.21)


@needs_sox
def test_the_new_codecs_move_the_truth_by_the_delay_they_measure_and_give_the_same_bytes():
    pytest.importorskip("av")
    made = talk(SEGS, 29.5)
    for kind in NEW_CODECS:
        out, (suffix, data) = a16.store_codec(made, kind)
        assert suffix == a16.CODECS[kind][0] and suffix != "wav" and len(data) > 1000
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.05
        assert all(abs((o["end"] - m["end"]) - shift) < 1e-3 for o, m in zip(out.segments, made.segments))
        fixtures.assert_written_again_the_same(data, a16.store_codec(made, kind)[1][1], kind)
        n = min(len(out.samples), len(made.samples))
        if kind == "wavpack":  # lossless: what is decoded is what went in (16 bits; PyAV's default fed it 8)
            assert shift == 0 and np.abs(out.samples[:n] - made.samples[:n]).max() < 1e-4
        if kind in ("w64", "caf24"):  # no loss but the resamplers' to 48 and 44.1 kHz and back (a fraction of a sample)
            assert shift == 0 and sc._rms(out.samples[:n] - made.samples[:n]) < 0.05 * sc._rms(made.samples)
        assert "0 kb/s" not in out.notes[-1]


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_the_dev_twins_are_in_it():
    fixtures.assert_refused_without_flag(16, a16, a16l, (
        "gx_*", "gx_real_pair_csv", "gx_nl_*", "gx_fr_real_reactions_w64", "*pair_csv"))
    fixtures.assert_out_of_dev_runs(16, a16, a16l, 59)
