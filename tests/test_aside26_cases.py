"""The twenty-sixth aside set's generators (benchmarks/aside26_cases.py, aside26_languages.py) and the refusal that
keeps it to its own flag (the test of the one table of aside sets moved to test_aside27_cases.py).

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
                           needs_sox, only_inside, repeated_talk, speech_db, speech_like, talk)

from aside_fixtures import assert_halves_named, assert_names_say_kinds, assert_out_of_dev_runs, assert_seeds_new

import aside26_cases as a26  # made_up_talks put benchmarks/ on the path  # noqa: E402
import aside26_languages as a26l  # noqa: E402
import synth_cases as sc  # noqa: E402
from aside_common import catalogue_seeds  # noqa: E402

RATE = sc.RATE
NEW_KINDS = ("tube", "lift", "ceiling", "printer")
EARLIER = range(3, 26)  #: the aside sets before this one (aside3 .. aside25; the first two are made otherwise)


def _earlier(suffix: str) -> list:
    return [importlib.import_module(f"aside{i}{suffix}") for i in EARLIER]


def _everything() -> dict:
    return {**a26.catalogue(), **a26l.catalogue()}


def _added(made: sc.Made, out: sc.Made) -> np.ndarray:
    """What a generator added to ``made`` (it moved no line and kept the length)."""
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    return out.samples.astype(np.float64) - made.samples.astype(np.float64)


def _spans_under(note: str) -> list[tuple[float, float, float]]:
    """(start, end, dB under the speech) of each train or print job a note names."""
    return [(float(a), float(b), float(u)) for a, b, u in re.findall(r"(\d+\.\d)-(\d+\.\d) s \((\d+) dB under", note)]


def test_names_say_the_half_and_the_kinds_and_no_seed_was_drawn_before():
    assert_halves_named(a26, a26l, "ax_", "rd69_")
    assert_names_say_kinds(_everything(), NEW_KINDS)
    assert_seeds_new((a26, a26l), (*_earlier("_cases"), *_earlier("_languages")))
    assert all(105000 <= s < 106000 for s in catalogue_seeds(a26)) and all(106000 <= s < 107000
                                                                           for s in catalogue_seeds(a26l))
    assert 10 <= len(a26.names("aside")) <= 12 and 6 <= len(a26l.names("aside")) <= 8
    assert (len(a26.names("dev")), len(a26l.names("dev"))) == (5, 2)


def test_the_set_has_a_long_talk_every_new_kind_in_both_halves_new_containers_and_new_voices():
    english = list(a26.catalogue().values())
    aside = [s for s in english if s.which == "aside"]
    dev = [s for s in _everything().values() if s.which == "dev"]
    tongues = [s for s in a26l.catalogue().values() if s.which == "aside"]
    long = [s for s in aside if s.real is not None and s.real.prompts * s.real.repeats >= 80]
    assert len(long) == 1 and all(getattr(long[0], kind) for kind in NEW_KINDS)
    for kind in NEW_KINDS:
        assert all(any(getattr(s, kind) for s in group) for group in (aside, dev, tongues)), kind
    assert {s.codec for s in aside} - {None} == set(a26.CODECS) == {s.codec for s in dev} - {None}
    # a pairing of container and codec no set wrote before (MOV had 24-bit PCM, Matroska AC-3, Layer II and Opus)
    earlier = {(row[0], row[2]) for m in _earlier("_cases") for row in getattr(m, "CODECS", {}).values()
               if len(row) > 2}
    assert not {(row[0], row[2]) for row in a26.CODECS.values()} & earlier
    assert {"page", "plain", "dashes", "srt", "vtt"} <= {s.transcript for s in aside}
    # none of the earlier sets' own spoilers on top: every field this set's spoilers inherit is at its default
    inherited = [f for f in dataclasses.fields(a26.TwentySixthSpoilers) if f.name not in ("codec", *NEW_KINDS)]
    assert len(inherited) > 60
    assert all(getattr(s, f.name) == f.default for s in _everything().values() for f in inherited)
    said = {(v.engine, v.name, v.speed) for m in _earlier("_cases") for s in m.catalogue().values()
            for r in s.recordings for v in r.voices}
    ours = {(v.engine, v.name, v.speed) for s in english for r in s.recordings for v in r.voices}
    assert {("flite", "kal", 0.64), ("flite", "slt", 1.88), ("festival", "slt_hts", 0.56),
            ("festival", "ked", 1.9)} <= ours
    assert not ours & said  # espeak-ng's variants too: no English talk had them at these speeds


def test_the_languages_are_real_and_synthesized_with_two_speakers_and_bench_languages_knows_them():
    import bench_languages

    aside = [s for s in a26l.catalogue().values() if s.which == "aside"]
    assert {s.lang for s in aside if s.real is not None} == {"fr", "es", "it", "ru"}
    assert {s.lang for s in aside} == set(a26l.LANGS.split(","))
    assert any(len({v.name for v in s.recordings[0].voices}) == 2 for s in aside if s.recordings)
    assert bench_languages.BUILT_SETS["aside26"] == ("aside26_languages", "aside", a26l.LANGS)
    assert bench_languages.BUILT_SETS["dev69"] == ("aside26_languages", "dev", a26l.DEV_LANGS)
    assert set(a26l.DEV_LANGS.split(",")) == {s.lang for s in a26l.catalogue().values() if s.which == "dev"}
    before = {t for m in _earlier("_languages") for lines in getattr(m, "SENTENCES", {}).values()
              for t in (lines if isinstance(lines, list) else [])}
    assert not {t for lines in a26l.SENTENCES.values() for t in lines} & before
    # the synthesized languages are ones the sets used least: each in at most one set before
    synthesized = {s.lang for s in aside if s.recordings}
    for lang in synthesized:
        sets = [m for m in _earlier("_languages") if any(s.lang == lang for s in m.catalogue().values())]
        assert len(sets) <= 1, (lang, [m.__name__ for m in sets])


# ------------------------------------------------------------------ the underground train
def test_the_underground_train_swells_and_dies_away_low_under_the_hall_and_adds_nothing_else():
    made, lines = repeated_talk(3)
    out = a26.underground_train(made, seed=21, trains=2)
    added = _added(made, out)
    spans = _spans_under(out.notes[-1])
    assert len(spans) == 2 and only_inside(added, [(a, b) for a, b, _ in spans])
    speech = speech_db(made, lines)
    for a, b, under in spans:
        assert 4.9 <= b - a <= 10.1
        mid = (a + b) / 2
        top = cut(added, mid - 0.5, mid + 0.5)
        assert abs(level_db(top) - (speech - under)) < 1.5  # as loud as the notes say at its loudest
        assert level_db(top) - max(level_db(cut(added, a, a + 0.5)), level_db(cut(added, b - 0.5, b))) > 10
        assert band_share(top, 0, 700) > 0.9  # a roar and a clatter under the hall: low
    assert any(s * RATE < r[-1] and e * RATE > r[0] for s, e in lines for r in changed_runs(added))  # over lines


def test_the_train_clatters_in_pairs_at_the_rail_joints():
    prng = random.Random(3)
    sound = a26.train_passing(8.0, np.random.default_rng(3), prng)
    again = random.Random(3)  # the same draws: the roar's corner, then the joints' spacing and the bogie's
    again.uniform(60.0, 250.0)
    every, pair = again.uniform(0.45, 0.9), again.uniform(0.08, 0.14)
    first = again.uniform(0.0, every)
    knocks = sound - a26.a21._low(sound, 300.0)  # over the roar (under 250 Hz): the knocks' ringing
    near = np.zeros(len(sound), bool)
    for at in np.arange(first, 8.0 - pair - 0.05, every):
        for t in (at, at + pair):
            near[int(t * RATE):int((t + 0.04) * RATE)] = True
    assert np.sum(knocks[near] ** 2) / np.sum(knocks ** 2) > 0.9  # the clatter is the pairs, nothing between
    assert near.mean() < 0.25


# ------------------------------------------------------------------ the lift
def test_the_lift_dings_in_a_pause_and_its_door_motor_hums_after_it():
    made = speech_like()
    lines = TEN_LINES
    out = a26.lift(made, seed=22, stops=2)
    added = _added(made, out)
    note = out.notes[-1]
    dings = [(float(t), float(f), float(u)) for t, f, u in re.findall(r"ding (\d+\.\d+) s \((\d+) Hz, (\d+) dB",
                                                                          note)]
    doors = [(float(a), float(b)) for a, b in re.findall(r"door (\d+\.\d)-(\d+\.\d) s", note)]
    assert len(dings) == len(doors) == 2
    assert only_inside(added, [(t, b) for (t, _, _), (_, b) in zip(dings, doors)])
    speech = speech_db(made, lines)
    for (t, pitch, under), (a, b) in zip(dings, doors):
        assert any(e + 0.09 <= t <= s2 - 0.05 for (_, e), (s2, _) in zip(lines, lines[1:]))  # struck in a pause
        strike = cut(added, t, t + 0.05)
        assert abs(level_db(strike) - (speech - under)) < 1.5
        assert band_share(cut(added, t, a - 0.01), pitch * 0.97, pitch * 1.03) > 0.7  # a tone at its pitch
        assert 0.39 <= a - t <= 1.01 and 1.5 <= b - a <= 2.6
        assert band_share(cut(added, a + 0.3, b - 0.3), 0, 1200) > 0.8  # the motor: low


# ------------------------------------------------------------------ the ceiling fan
def test_the_ceiling_fan_is_everywhere_and_beats_at_its_period_by_its_depth():
    made, lines = repeated_talk(2)
    out = a26.ceiling_fan(made, seed=23)
    added = _added(made, out)
    period = float(re.search(r"every (\d+\.\d+) s", out.notes[-1]).group(1))
    depth = float(re.search(r"by (\d+\.\d) dB", out.notes[-1]).group(1))
    under = float(re.search(r"(\d+) dB under", out.notes[-1]).group(1))
    assert abs(level_db(added) - (speech_db(made, lines) - under)) < 0.5
    hop = 0.1
    levels = np.array([level_db(cut(added, t, t + hop)) for t in np.arange(0.0, len(added) / RATE - hop, hop)])
    assert np.isfinite(levels).all()  # in the pauses as in the lines
    swing = np.percentile(levels, 97) - np.percentile(levels, 3)
    assert abs(swing - depth) < 2.0
    lvl = levels - levels.mean()
    ac = np.array([np.dot(lvl[:-k], lvl[k:]) / np.dot(lvl, lvl) for k in range(1, len(lvl) // 2)])
    first = int(np.argmax(ac[int(0.5 * period / hop):])) + int(0.5 * period / hop) + 1  # past the first trough
    assert abs(first * hop - period) < 0.25 and ac[first - 1] > 0.6


# ------------------------------------------------------------------ the printer
def test_the_printer_warms_up_feeds_its_pages_and_runs_down_and_adds_nothing_else():
    sound, clacks = a26.printer_job(4, np.random.default_rng(4), random.Random(4))
    assert len(clacks) == 4 and all(1.79 <= b - a <= 3.01 for a, b in zip(clacks, clacks[1:]))
    for at in clacks:  # each page's clack stands out of the fan over 1 kHz
        click = cut(sound, at, at + 0.02)
        before = cut(sound, at - 0.1, at - 0.02)
        assert level_db(click - a26.a21._low(click, 1000.0)) - level_db(before - a26.a21._low(before, 1000.0)) > 10
    rattle = cut(sound, clacks[0] + 0.1, clacks[0] + 0.9)
    assert band_share(rattle, 500, 4000) > 0.5
    made, lines = repeated_talk(2)
    out = a26.office_printer(made, seed=24, jobs=2)
    added = _added(made, out)
    jobs = _spans_under(out.notes[-1])
    assert len(jobs) == 2 and only_inside(added, [(a, b) for a, b, _ in jobs])
    for a, b, under in jobs:
        assert abs(level_db(cut(added, a, b)) - (speech_db(made, lines) - under)) < 1.5


# ------------------------------------------------------------------ the containers
@needs_sox
@pytest.mark.parametrize("kind", sorted(a26.CODECS))
def test_a_new_container_reads_back_with_its_delay_in_the_truth_and_gives_the_same_bytes(kind):
    av = pytest.importorskip("av")
    made = broadband(talk(TEN_LINES, TEN_LINES_TOTAL))
    out, (suffix, data) = a26.store_codec(made, kind)
    assert suffix == kind and a26.store_codec(made, kind)[1][1] == data
    with av.open(io.BytesIO(data)) as c:
        assert c.streams.audio[0].codec_context.name in {"mov": ("aac",), "mkv": ("mp3", "mp3float")}[kind]
        assert [v.codec_context.name for v in c.streams.video] == {"mov": ["h264"], "mkv": ["mpeg4"]}[kind]
    assert data[:4] == b"\x1a\x45\xdf\xa3" if kind == "mkv" else data[4:8] == b"ftyp"
    shift = out.segments[0]["start"] - made.segments[0]["start"]
    assert all(abs((o["start"] - m["start"]) - shift) < 1e-6 for o, m in zip(out.segments, made.segments))
    n = len(made.samples) - int(0.2 * RATE)
    lags = {int(np.floor(shift * RATE)), int(np.ceil(shift * RATE))}  # the truth kept to a sample
    assert max(np.corrcoef(out.samples[lag:lag + n], made.samples[:n])[0, 1] for lag in lags) > 0.95, (kind, shift)


# ------------------------------------------------------------------ the aside kept to its flag
def test_only_the_flag_runs_ax_which_was_looked_at_once_and_the_dev_run_has_the_twins():
    from aside_fixtures import assert_refused_without_flag

    assert_refused_without_flag(26, a26, a26l, ("ax_*", "ax_real_printer_srt", "ax_tr_*", "*lift_plain_mov",
                                                "*tube_plain"))  # ax_* looked at once (thirty-third round)
    assert_out_of_dev_runs(26, a26, a26l, 69)
