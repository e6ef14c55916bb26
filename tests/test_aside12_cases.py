"""The twelfth aside set's generators (benchmarks/aside12_cases.py, aside12_languages.py) and the refusal that keeps it
to its own flag (looked at once: seen); the one table of aside sets is tested with the newest set
(test_aside13_cases.py).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import numpy as np
import pytest

import aside12_cases as a12
import aside12_languages as a12l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import band_share, needs_sox, talk, talk_with_words

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.7, 4.6), (5.9, 6.9), (8.2, 10.3), (11.6, 12.4), (13.8, 16.0), (17.3, 19.4)]


def _db(x: np.ndarray) -> float:
    return 20 * np.log10(max(1e-12, sc._rms(x)))


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside10_cases as a10
    import aside10_languages as a10l
    import aside11_cases as a11
    import aside11_languages as a11l

    fixtures.assert_halves_named(a12, a12l, "sx_", "rd48_")
    specs = list(a12.catalogue().values()) + list(a12l.catalogue().values())
    seeds = [s.seed for s in specs] + [s.real.seed for s in specs if s.real is not None]
    assert len(seeds) == len(set(seeds))
    before = {s.seed for m in (a10, a10l, a11, a11l) for s in m.catalogue().values()}
    assert not set(seeds) & before
    assert len(a12.names("aside")) == 12 and len(a12l.names("aside")) == 8
    assert len(a12.names("dev")) == 3 and len(a12l.names("dev")) == 4  # j94 added two birdsong twins


def test_the_brief_s_talks_are_there_changed_lines_a_web_page_and_a_long_talk():
    cat = a12.catalogue()
    aside = {n: s for n, s in cat.items() if s.which == "aside"}
    assert any(s.transcript == "edited" and s.kind == "real" for s in aside.values())
    assert any(s.transcript == "page" for s in aside.values())
    long = [s for s in aside.values() if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 90]
    assert len(long) == 1 and long[0].real.repeats == 2
    assert any(s.real is not None and s.real.gap[1] <= 0.15 for s in aside.values())  # joins without pauses
    assert {s.codec for s in cat.values()} >= {"alaw", "flv", "rm", "sbc", "eac3"}


def test_the_set_holds_the_languages_the_brief_names():
    import bench_languages

    cat = a12l.catalogue()
    real = {s.lang for s in cat.values() if s.which == "aside" and s.real is not None}
    voiced = {s.lang for s in cat.values() if s.which == "aside" and s.real is None}
    assert real == {"fr", "es", "it", "ru"} and voiced == {"de", "nl", "pl", "cs"}
    assert set(a12l.LANGS.split(",")) == real | voiced
    assert bench_languages.BUILT_SETS["aside12"] == ("aside12_languages", "aside", a12l.LANGS)
    assert bench_languages.BUILT_SETS["dev48"] == ("aside12_languages", "dev", a12l.DEV_LANGS)
    assert set(a12l.DEV_LANGS.split(",")) == {s.lang for s in cat.values() if s.which == "dev"}
    assert all(lang in bench_languages.AENEAS_CODES for lang in real | voiced)


def test_the_dev_and_aside_sentences_never_meet():
    for lang, lines in a12l.DEV_SENTENCES.items():
        assert not set(lines) & set(a12l.SENTENCES[lang])
    assert all(len(lines) == 12 for lines in a12l.SENTENCES.values())


def test_a_dog_barks_one_to_four_times_under_a_window_s_band():
    for seed in range(6):
        bout = a12.dog_bout(seed)
        assert np.abs(bout).max() == pytest.approx(1.0)
        assert band_share(bout, 0, 3600) > 0.97
        frames = np.array([sc._rms(bout[i:i + 160]) for i in range(0, len(bout) - 160, 160)])
        loud = frames > 0.2 * frames.max()
        barks = int(np.sum(loud[1:] & ~loud[:-1]) + loud[0])
        assert 1 <= barks <= 4
    assert np.array_equal(a12.dog_bout(3), a12.dog_bout(3))


def test_birdsong_is_high_and_comes_in_songs():
    x = a12.birdsong(20 * RATE, seed=4)
    assert sc._rms(x) == pytest.approx(1.0, rel=1e-3)
    assert band_share(x, 1900, 8000) > 0.95
    frames = np.array([sc._rms(x[i:i + 800]) for i in range(0, len(x) - 800, 800)])
    assert (frames < 0.05 * frames.max()).mean() > 0.2  # quiet between songs
    assert np.array_equal(x, a12.birdsong(20 * RATE, seed=4))


def test_church_bells_ring_only_in_their_peals_and_die_away():
    n = 90 * RATE
    x, where = a12.church_bells(n, seed=5, runs=2)
    assert len(where) == 2 and all(10 <= b - a <= 28 for a, b in where)
    ringing = np.zeros(n, bool)
    for a, b in where:
        ringing[int((a - 0.01) * RATE):int((b + 4.0) * RATE)] = True  # where is rounded; a stroke lasts 4 s
    assert not x[~ringing].any()
    stroke = a12.bell_stroke(3)
    assert _db(stroke[:RATE // 2]) - _db(stroke[-RATE // 2:]) > 12  # it dies away
    spec = np.abs(np.fft.rfft(stroke[:RATE]))
    f = np.fft.rfftfreq(RATE, 1 / RATE)
    peaks = f[np.argsort(spec)[-200:]]
    assert peaks.min() >= 130 and peaks.max() <= 1000  # the hum to the nominal


def test_barks_stay_in_the_pauses_and_move_no_line():
    made = talk(SEGS, 21.0)
    out = a12.lay_barks(made, seed=5, count=3)
    assert out.segments == made.segments
    added = out.samples - made.samples
    assert added.any()
    for s in made.segments:
        assert not added[int((s["start"] - 0.15) * RATE) + 1:int((s["end"] + 0.15) * RATE) - 1].any()


def test_barks_over_lines_begin_inside_them_and_move_no_line():
    made = talk(SEGS, 21.0)
    out = a12.lay_barks_over(made, seed=5, count=2)
    assert out.segments == made.segments and "over lines" in out.notes[-1]
    added = np.flatnonzero(out.samples - made.samples)
    first = added[0] / RATE
    assert any(s["start"] + 0.2 <= first <= (s["start"] + s["end"]) / 2 + 0.01 for s in made.segments)


def test_no_talk_asks_for_a_spoiler_its_pauses_cannot_hold():
    """The dog in the pauses wants a pause of 0.9 s, the walk a pause to move in: a talk without them barks over its
    lines instead (``barks_over``) and keeps its distance."""
    specs = list(a12.catalogue().values()) + list(a12l.catalogue().values())
    for s in specs:
        widest = s.real.gap[1] if s.real is not None else max(r.pause[1] for r in s.recordings)
        if widest < 0.9:
            assert not s.barks and not s.walk
    assert any(s.barks_over for s in specs)


def test_a_speaker_walking_away_is_softer_and_wetter_far_off_and_keeps_the_truth():
    made = talk(SEGS, 21.0)
    dist = a12.distances(made, seed=3)
    assert dist[0] < 1.0 and dist[len(dist) // 2] > 2.5 and dist[-1] < 1.0
    out = a12.walking(made, seed=3)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)

    def line(x, k):
        s = made.segments[k]
        return x[int((s["start"] + 0.1) * RATE):int((s["end"] - 0.1) * RATE)]

    def after(x, k):  # the pause just after line k, clear of the distance's ramp
        s = made.segments[k]
        return x[int((s["end"] + 0.05) * RATE):int((s["end"] + 0.35) * RATE)]

    mid = len(SEGS) // 2
    assert _db(line(out.samples, 0)) - _db(line(out.samples, mid)) > 6
    assert _db(after(out.samples, mid)) - _db(line(out.samples, mid)) > _db(after(out.samples, 0)) - _db(
        line(out.samples, 0)) + 6  # the tail is nearer the voice far off
    # the distance moves only in the pauses: within a line the gain is one number
    s = made.segments[mid]
    a, b = int(s["start"] * RATE), int(s["end"] * RATE)
    dry = made.samples[a:b].astype(np.float64)
    assert np.corrcoef(dry, out.samples[a:b])[0, 1] > 0.3


def test_an_edited_transcript_deletes_adds_and_replaces_a_line_apart_from_each_other():
    made = talk_with_words(SEGS + [(20.5, 21.5), (22.7, 24.0), (25.0, 26.0), (27.0, 28.5)], 30.0)
    spec = a12.Spec("dev", "synth", "edited", seed=11)
    pool = [f"A sentence nobody said, number {k}." for k in range(10)]
    out, derived, note = a12.edited(made, spec, pool)
    kinds = [c["kind"] for c in derived["changed"]]
    assert sorted(kinds) == ["added", "added", "deleted", "deleted"]
    idx = [c["i"] for c in derived["changed"]]
    assert idx == sorted(idx) and all(b - a >= 1 for a, b in zip(idx, idx[1:]))
    at = derived["substituted"]
    assert out.segments[at]["in_transcript"] is False and out.segments[at + 1]["spoken"] is False
    for c in derived["changed"]:
        seg = out.segments[c["i"]]
        assert seg["text"] == c["text"]
        assert (seg.get("in_transcript") is False) == (c["kind"] == "deleted")
        assert (seg.get("spoken") is False) == (c["kind"] == "added")
    spoken = [s for s in out.segments if s.get("spoken", True)]
    assert [(s["start"], s["end"]) for s in spoken] == [(s["start"], s["end"]) for s in made.segments]
    written = [s["text"] for s in out.segments if s.get("in_transcript", True)]
    assert len(written) == len(made.segments) and sum(t in pool for t in written) == 2
    for w in out.words:  # every word still names its own line
        assert out.segments[w["seg"]].get("spoken", True) and out.segments[w["seg"]]["start"] == w["start"]
    assert np.array_equal(out.samples, made.samples) and "replaced" in note


@needs_sox
def test_the_new_codecs_move_the_truth_by_the_delay_they_measure_and_give_the_same_bytes():
    pytest.importorskip("av")
    made = talk(SEGS, 21.0)
    magic = {"alaw": b"RIFF", "flv": b"FLV", "rm": b".RMF", "sbc": b"\x9c", "eac3": b"\x0b\x77"}
    for kind, head in magic.items():
        out, (suffix, data) = a12.a9.store_codec(made, kind, a12.CODECS)
        assert suffix == a12.CODECS[kind][0] and suffix != "wav" and data.startswith(head)
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.05
        assert all(abs((o["end"] - m["end"]) - shift) < 1e-3 for o, m in zip(out.segments, made.segments))
        fixtures.assert_written_again_the_same(data, a12.a9.store_codec(made, kind, a12.CODECS)[1][1], kind)


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_they_are_seen():
    fixtures.assert_refused_without_flag(12, a12, a12l, ("sx_*", "sx_real_dog_alaw", "sx_pl_*", "sx_fr_real_birds_flv"))
    fixtures.assert_out_of_dev_runs(12, a12, a12l, 48, rebuild=False)
