"""The twenty-seventh aside set's generators (benchmarks/aside27_cases.py, aside27_languages.py), its place in the one
table of aside sets (cases.ASIDE_SETS, moved here from test_aside26_cases.py: the newest set, not looked at yet), and
the refusals that keep it to its own flag.

No case is built and no aligner runs here: every generator is tried on made-up talks and signals (a test machine
may lack the Debian packages the real cases are made from), and ../shared is never read.
"""

from __future__ import annotations

import dataclasses
import importlib
import io
import random
import re

import numpy as np
import pytest
from made_up_talks import (TEN_LINES, TEN_LINES_TOTAL, band_share, broadband, changed_runs, cut, level_db,
                           needs_sox, only_inside, repeated_talk, speech_db, talk)

from aside_fixtures import (assert_bench_languages_knows, assert_halves_named, assert_names_say_kinds,
                            assert_out_of_dev_runs, assert_seeds_new)

import aside27_cases as a27  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside27_languages as a27l  # noqa: E402
import synth_cases as sc  # noqa: E402
from aside_common import catalogue_seeds  # noqa: E402

RATE = sc.RATE
NEW_KINDS = ("crickets", "pour", "surf", "shredder")
EARLIER = range(3, 27)  #: the aside sets before this one (aside3 .. aside26; the first two are made otherwise)


def _earlier(suffix: str) -> list:
    return [importlib.import_module(f"aside{i}{suffix}") for i in EARLIER]


def _everything() -> dict:
    return {**a27.catalogue(), **a27l.catalogue()}


def _added(made: sc.Made, out: sc.Made) -> np.ndarray:
    """What a generator added to ``made`` (it moved no line and kept the length)."""
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    return out.samples.astype(np.float64) - made.samples.astype(np.float64)


def _frames_db(x: np.ndarray, hop: float) -> np.ndarray:
    return np.array([level_db(cut(x, t, t + hop)) for t in np.arange(0.0, len(x) / RATE - hop, hop)])


def test_names_say_the_half_and_the_kinds_and_no_seed_was_drawn_before():
    assert_halves_named(a27, a27l, "ey_", "rd70_")
    assert_names_say_kinds(_everything(), NEW_KINDS)
    assert_seeds_new((a27, a27l), (*_earlier("_cases"), *_earlier("_languages")))
    assert all(107000 <= s < 108000 for s in catalogue_seeds(a27)) and all(108000 <= s < 109000
                                                                           for s in catalogue_seeds(a27l))
    assert 10 <= len(a27.names("aside")) <= 12 and 6 <= len(a27l.names("aside")) <= 8
    assert (len(a27.names("dev")), len(a27l.names("dev"))) == (5, 2)


def test_the_set_has_a_long_talk_every_new_kind_in_both_halves_new_containers_and_new_voices():
    english = list(a27.catalogue().values())
    aside = [s for s in english if s.which == "aside"]
    dev = [s for s in _everything().values() if s.which == "dev"]
    tongues = [s for s in a27l.catalogue().values() if s.which == "aside"]
    long = [s for s in aside if s.real is not None and s.real.prompts * s.real.repeats >= 80]
    assert len(long) == 1 and all(getattr(long[0], kind) for kind in NEW_KINDS)
    for kind in NEW_KINDS:
        assert all(any(getattr(s, kind) for s in group) for group in (aside, dev, tongues)), kind
    assert {s.codec for s in aside} - {None} == set(a27.CODECS) == {s.codec for s in dev} - {None}
    # a pairing of container and codec no set wrote before (the transport stream had Layer II, AVI had MP3)
    earlier = {(row[0], row[2]) for m in _earlier("_cases") for row in getattr(m, "CODECS", {}).values()
               if len(row) > 2}
    assert not {(row[0], row[2]) for row in a27.CODECS.values()} & earlier
    assert {"page", "plain", "dashes", "srt", "vtt"} <= {s.transcript for s in aside}
    # none of the earlier sets' own spoilers on top: every field this set's spoilers inherit is at its default
    inherited = [f for f in dataclasses.fields(a27.TwentySeventhSpoilers) if f.name not in ("codec", *NEW_KINDS)]
    assert len(inherited) > 64
    assert all(getattr(s, f.name) == f.default for s in _everything().values() for f in inherited)
    said = {(v.engine, v.name, v.speed) for m in _earlier("_cases") for s in m.catalogue().values()
            for r in s.recordings for v in r.voices}
    ours = {(v.engine, v.name, v.speed) for s in english for r in s.recordings for v in r.voices}
    assert {("flite", "awb", 0.52), ("flite", "rms", 1.95), ("festival", "kal", 0.47),
            ("festival", "slt_hts", 1.93)} <= ours
    assert not ours & said  # espeak-ng's variants too: no English talk had them at these speeds


def test_the_languages_are_real_and_synthesized_with_two_speakers_and_bench_languages_knows_them():
    aside = [s for s in a27l.catalogue().values() if s.which == "aside"]
    assert {s.lang for s in aside if s.real is not None} == {"fr", "es", "it", "ru"}
    assert any(len({v.name for v in s.recordings[0].voices}) == 2 for s in aside if s.recordings)
    assert_bench_languages_knows(27, a27l, 70)
    before = {t for m in _earlier("_languages") for lines in getattr(m, "SENTENCES", {}).values()
              for t in (lines if isinstance(lines, list) else [])}
    assert not {t for lines in a27l.SENTENCES.values() for t in lines} & before
    # the synthesized languages are ones the sets used least: each in at most one set before
    for lang in {s.lang for s in aside if s.recordings}:
        sets = [m for m in _earlier("_languages") if any(s.lang == lang for s in m.catalogue().values())]
        assert len(sets) <= 1, (lang, [m.__name__ for m in sets])


# ------------------------------------------------------------------ the crickets
def test_the_crickets_chirp_in_short_high_pulses_in_bouts_over_lines_and_pauses_at_their_level():
    made, lines = repeated_talk(2)
    out = a27.crickets(made, seed=31, count=1)
    added = _added(made, out)
    pitch, every, under = (float(v) for v in re.search(r": (\d\.\d+) kHz, a chirp every (\d\.\d+) s, (\d+) dB under",
                                                       out.notes[-1]).groups())
    assert band_share(added, 1000 * pitch * 0.97, 1000 * pitch * 1.03) > 0.9  # a tone at its own pitch
    pulses = changed_runs(added, gap=0.005)
    widths = np.array([len(p) / RATE for p in pulses])
    assert len(pulses) > 50 and np.all((widths > 0.008) & (widths < 0.025))
    speech = speech_db(made, lines)
    assert all(abs(level_db(added[p[0]:p[-1] + 1]) - (speech - under)) < 1.5 for p in pulses)
    starts = np.array([p[0] / RATE for p in pulses])
    gaps = np.diff(starts)
    assert np.all(gaps[gaps < 0.06] > 0.028)  # pulses of a chirp 30-45 ms apart
    between_chirps = gaps[(gaps > 0.06) & (gaps < 1.5)]
    assert abs(np.median(between_chirps) - (every - 3 * 0.037)) < 0.2  # a chirp about every ``every`` s
    assert np.max(gaps) >= 1.5  # a bout's quiet
    inside = [any(s <= t <= e for s, e in lines) for t in starts]
    assert any(inside) and not all(inside)  # over lines and pauses alike


# ------------------------------------------------------------------ the water poured
def test_the_pour_rises_in_pitch_as_the_glass_fills_and_the_glass_is_set_down_after_it():
    sound, first, last = a27.pouring(3.0, np.random.default_rng(5), random.Random(5))
    assert 3.0 <= last / first <= 4.0

    def centroid(x):
        spec = np.abs(np.fft.rfft(x)) ** 2
        f = np.fft.rfftfreq(len(x), 1 / RATE)
        keep = f < 6000
        return float(np.sum(f[keep] * spec[keep]) / np.sum(spec[keep]))

    head, tail = cut(sound, 0.05, 0.6), cut(sound, 2.0, 2.6)
    assert band_share(head, 0.75 * first, 1.3 * first) > 0.4  # the bubbles ring at the empty glass's pitch
    assert centroid(tail) > 1.8 * centroid(head)  # ... and higher as it fills
    made = talk(TEN_LINES, TEN_LINES_TOTAL)
    out = a27.pour(made, seed=32, times=2)
    added = _added(made, out)
    note = out.notes[-1]
    pours = [(float(a), float(b), float(u)) for a, b, u in re.findall(r"pour (\d+\.\d+)-(\d+\.\d+) s \(\d+ -> \d+ Hz,"
                                                                        r" (\d+) dB under", note)]
    downs = [(float(a), float(b)) for a, b in re.findall(r"set down (\d+\.\d+)-(\d+\.\d+) s", note)]
    assert len(pours) == len(downs) == 2
    assert only_inside(added, [(a, b) for (a, _, _), (_, b) in zip(pours, downs)])
    speech = speech_db(made, TEN_LINES)
    for (a, b, under), (d0, _) in zip(pours, downs):
        assert any(e + 0.04 <= a <= e + 0.31 for _, e in TEN_LINES)  # begun just after a line ended
        assert 1.49 <= b - a <= 3.51 and 0.29 <= d0 - b <= 1.01
        assert abs(level_db(cut(added, a, b)) - (speech - under)) < 1.5
        assert level_db(cut(added, b + 0.01, d0 - 0.01)) < -200  # quiet between the pour and the glass set down


# ------------------------------------------------------------------ the sea
def test_the_sea_breaks_every_six_to_twelve_seconds_at_its_level_and_never_stops():
    made, lines = repeated_talk(2)
    out = a27.sea_surf(made, seed=33)
    added = _added(made, out)
    crashes = [(float(t), float(u)) for t, u in re.findall(r"(\d+\.\d) s \((\d+) dB under", out.notes[-1])]
    assert len(crashes) >= 4
    assert all(5.9 <= b - a <= 12.1 for (a, _), (b, _) in zip(crashes, crashes[1:]))
    speech = speech_db(made, lines)
    assert np.all(_frames_db(added, 0.1) > speech - 36)  # the sea bed, in pauses as in lines
    for t, under in crashes:
        assert abs(level_db(cut(added, t - 0.05, t + 0.05)) - (speech - under)) < 1.5
    wave, crash = a27.wave(8.0, np.random.default_rng(6), random.Random(6))
    assert level_db(cut(wave, crash - 0.05, crash + 0.05)) > level_db(cut(wave, 0.0, 0.3)) + 10  # swells to a crash
    wash = cut(wave, crash + 1.0, crash + 2.0)
    assert band_share(wash, 1500, 8000) > 0.8  # the wash running back hisses
    assert level_db(cut(wave, 7.0, 7.6)) < level_db(wash) - 6  # ... and dies away


# ------------------------------------------------------------------ the shredder
def test_the_shredder_crunches_while_each_sheet_goes_through_over_its_motor_and_adds_nothing_else():
    sound, sheets = a27.shredding(3, np.random.default_rng(7), random.Random(7))
    assert len(sheets) == 3 and all(1.0 <= b - a <= 2.5 for a, b in sheets)
    for (a, b), (c, _) in zip(sheets, sheets[1:]):
        crunch, idle = cut(sound, a + 0.1, b - 0.1), cut(sound, b + 0.08, c - 0.08)
        assert level_db(crunch) - level_db(idle) > 6  # the cutters over the idling motor
        assert band_share(idle, 0, 1000) > 0.8  # the motor's buzz: low
        assert band_share(crunch, 300, 6000) > 0.8
        frames = _frames_db(crunch, 0.005)
        assert np.std(frames) > 3  # torn, not a steady hiss
    made, lines = repeated_talk(2)
    out = a27.paper_shredder(made, seed=34, jobs=2)
    added = _added(made, out)
    jobs = [(float(a), float(b), float(u)) for a, b, u in re.findall(r"(\d+\.\d)-(\d+\.\d) s \((\d+) dB under",
                                                                     out.notes[-1])]
    assert len(jobs) == 2 and only_inside(added, [(a, b) for a, b, _ in jobs])
    for a, b, under in jobs:
        assert abs(level_db(cut(added, a, b)) - (speech_db(made, lines) - under)) < 1.5


# ------------------------------------------------------------------ the containers
@needs_sox
@pytest.mark.parametrize("kind", sorted(a27.CODECS))
def test_a_new_container_reads_back_with_its_delay_in_the_truth_and_gives_the_same_bytes(kind):
    av = pytest.importorskip("av")
    made = broadband(talk(TEN_LINES, TEN_LINES_TOTAL))
    out, (suffix, data) = a27.store_codec(made, kind)
    assert suffix == kind and a27.store_codec(made, kind)[1][1] == data
    with av.open(io.BytesIO(data)) as c:
        assert c.streams.audio[0].codec_context.name == {"ts": "aac", "avi": "adpcm_ima_wav"}[kind]
        assert [v.codec_context.name for v in c.streams.video] == {"ts": ["h264"], "avi": ["mjpeg"]}[kind]
    assert (data[0] == data[188] == 0x47) if kind == "ts" else (data[:4] == b"RIFF" and data[8:12] == b"AVI ")
    shift = out.segments[0]["start"] - made.segments[0]["start"]
    assert all(abs((o["start"] - m["start"]) - shift) < 1e-6 for o, m in zip(out.segments, made.segments))
    n = len(made.samples) - int(0.2 * RATE)
    lags = {int(np.floor(shift * RATE)), int(np.ceil(shift * RATE))}  # the truth kept to a sample
    assert max(np.corrcoef(out.samples[lag:lag + n], made.samples[:n])[0, 1] for lag in lags) > 0.95, (kind, shift)


# ------------------------------------------------------------------ the one table, and the aside kept to its flag
def test_one_table_gives_every_aside_set_its_flag_and_every_set_has_been_looked_at():
    import cases
    import run

    sets = cases.ASIDE_SETS
    assert [s.number for s in sets] == list(range(1, len(sets) + 1))
    assert len({s.flag for s in sets}) == len(sets) and sets[0].flag == "--aside" and sets[-1].flag == "--aside27"
    for s in sets:
        assert s.english and all(n.startswith(s.prefix + "_") for n in s.english + s.languages)
        assert run.select_cases(None, False, False, **{s.name: True}) == s.english
        assert cases.all_case_names(**{s.name: True}) == s.english
    assert [s.prefix for s in sets if s.unseen] == []  # ey_* was looked at once (thirty-fourth round)
    assert sets[-1].english == a27.names("aside") and sets[-1].languages == a27l.names("aside")
    with pytest.raises(SystemExit, match="one at a time"):
        cases.chosen_aside_set({"aside26": True, "aside27": True})
    with pytest.raises(TypeError):
        cases.all_case_names(aside28=True)


def test_only_the_flag_runs_ey_which_was_looked_at_once_and_the_dev_run_has_the_twins():
    from aside_fixtures import assert_refused_without_flag

    assert_refused_without_flag(27, a27, a27l, ("ey_*", "ey_real_shredder_srt", "ey_uk_*", "*pour_plain_ts",
                                                "*crickets_plain"))  # ey_* looked at once (thirty-fourth round)
    assert_out_of_dev_runs(27, a27, a27l, 70)
