"""The fourteenth aside set's generators (benchmarks/aside14_cases.py, aside14_languages.py) and the refusal that keeps
it to its own flag (looked at once: seen).  The test of the one table of aside sets moved to test_aside15_cases.py
(the newest set, unseen).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import numpy as np
import pytest

import aside14_cases as a14
import aside14_languages as a14l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import band_share, needs_sox, talk

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.7, 4.6), (5.9, 6.9), (8.2, 10.3), (11.6, 12.4), (13.8, 16.0), (17.3, 19.4)]
NEW_CODECS = {"u8", "swf", "roq", "argo"}


def _db(a: float, b: float) -> float:
    return 20 * np.log10(a / b)


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside12_cases as a12
    import aside12_languages as a12l
    import aside13_cases as a13
    import aside13_languages as a13l

    fixtures.assert_halves_named(a14, a14l, "ox_", "rd57_")
    fixtures.assert_seeds_new((a14, a14l), (a12, a12l, a13, a13l))
    assert 10 <= len(a14.names("aside")) <= 12 and 6 <= len(a14l.names("aside")) <= 8
    assert 1 <= len(a14l.names("dev")) and len(a14.names("dev")) >= 3


def test_the_brief_s_talks_are_there_a_long_one_new_kinds_dev_twins_and_new_codecs():
    cat = a14.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    dev = [s for s in list(cat.values()) + list(a14l.catalogue().values()) if s.which == "dev"]
    long = [s for s in aside if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 90]
    assert len(long) == 1 and long[0].real.repeats == 2
    kinds = {"pops": lambda s: s.pops, "suppressor": lambda s: s.suppressor, "jingle": lambda s: s.jingle,
             "asks": lambda s: s.asks, "howls": lambda s: s.howls, "buzzes": lambda s: s.buzzes,
             "drift": lambda s: getattr(s, "transcript", "") == "drift",
             "subtitles": lambda s: getattr(s, "transcript", "") == "subtitles"}
    for kind, has in kinds.items():
        assert any(has(s) for s in aside), kind
        assert any(has(s) for s in dev), kind  # a dev twin of every new kind
    assert {s.codec for s in aside} >= NEW_CODECS and {s.codec for s in dev} & NEW_CODECS
    import aside13_cases as a13
    assert set(a14.CODECS) - set(a13.CODECS) == NEW_CODECS
    assert all(s.recordings and s.recordings[0].voices[0].engine in ("flite", "festival")
               for s in cat.values() if s.transcript == "subtitles")  # only talks whose every word is timed
    asked = [text for s in cat.values() for text, _ in (s.asks or [])]
    assert len(asked) == len(set(asked))  # no question asked twice
    dev_q = set(a14.QUESTIONS[:a14.DEV_QUESTIONS])
    assert all((text in dev_q) == (s.which == "dev") for s in cat.values() for text, _ in (s.asks or []))


def test_the_set_holds_real_and_synthesized_languages_two_speakers_and_bench_languages_knows_it():
    cat = a14l.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    assert {"fr", "es", "it", "ru"} <= {s.lang for s in aside if s.real is not None}
    assert "sv" in {s.lang for s in aside} and {"de", "nl"} & {s.lang for s in aside}
    assert any(s.recordings and len({v.name for v in s.recordings[0].voices}) >= 2 and s.asks for s in aside)
    fixtures.assert_bench_languages_knows(14, a14l, 57)


def test_pops_are_low_thumps_laid_inside_their_lines_at_the_edges():
    for seed in range(5):
        p = a14.pop(seed)
        assert np.abs(p).max() == pytest.approx(1.0) and 0.04 * RATE <= len(p) <= 0.09 * RATE
        assert band_share(p, 0, 150) > 0.8
    made = talk(SEGS, 21.0)
    out = a14.lay_pops(made, seed=3, count=6)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = np.flatnonzero(out.samples - made.samples)
    assert len(added)
    inside = np.zeros(len(made.samples), bool)
    for s in made.segments:
        inside[int(np.ceil(s["start"] * RATE)):int(s["end"] * RATE)] = True
    assert inside[added].all()  # no pop before a start or after an end
    near_edge = [any(abs(i / RATE - t) < 0.12 for s in made.segments for t in (s["start"], s["end"]))
                 for i in added]
    assert all(near_edge)
    assert np.abs(out.samples).max() > np.abs(made.samples).max()  # louder than the speech's peaks


def test_the_suppressor_gives_back_its_input_where_it_takes_nothing():
    rng = np.random.default_rng(1)
    x = rng.normal(size=3 * RATE) * 0.05
    spec, win = a14._frames(x)
    assert np.allclose(a14._overlap_add(spec, win, len(x)), x, atol=1e-9)


def test_the_suppressor_takes_the_steady_noise_keeps_the_voice_and_leaves_musical_noise():
    rng = np.random.default_rng(2)
    n = 6 * RATE
    noise = sc.background(n, "pink", rng) * 0.01
    t = np.arange(n) / RATE
    voice = np.where((t > 2) & (t < 4), 0.1 * np.sin(2 * np.pi * 500 * t), 0.0)
    y = a14.suppress((noise + voice).astype(np.float32))
    quiet = slice(int(4.3 * RATE), int(5.7 * RATE))
    assert _db(sc._rms(noise[quiet]), sc._rms(y[quiet])) > 12  # the noise taken down
    loud = slice(int(2.2 * RATE), int(3.8 * RATE))
    assert abs(_db(sc._rms(y[loud]), sc._rms((noise + voice)[loud]))) < 1.0  # the voice kept
    left = np.abs(a14._frames(y[quiet].astype(np.float64))[0]) ** 2  # what is left: a few bins poke out
    top = left.max(axis=None)
    assert 0.001 < np.mean(left > top * 1e-2) < 0.2


def test_a_jingle_plays_before_the_first_line_ducks_under_it_and_a_second_closes_the_talk():
    made = talk(SEGS, 21.0)
    out = a14.podcast_jingles(made, seed=4)
    move = out.segments[0]["start"] - made.segments[0]["start"]
    pad = int(round(move * RATE))
    assert 4.0 <= move <= 6.5 and abs(pad / RATE - move) < 1e-4
    assert all(abs((o["start"] - m["start"]) - move) < 1e-4 and abs((o["end"] - m["end"]) - move) < 1e-4
               for o, m in zip(out.segments, made.segments))
    def without_talk(at: int) -> np.ndarray:
        y = out.samples.copy()
        y[at:at + len(made.samples)] -= made.samples
        return y

    # the truth is kept to 0.1 ms: the talk's own place is the one sample of these that takes it out
    music = min((without_talk(at) for at in range(pad - 2, pad + 3)), key=lambda y: float(np.sum(y ** 2)))
    first, last = out.segments[0], out.segments[-1]
    head = sc._rms(music[:int((first["start"] - 0.6) * RATE)])
    under = sc._rms(music[int(first["start"] * RATE):int(first["end"] * RATE)])
    assert head > 0.3 * a14.a4.speech_rms(made) and _db(head, under) > 15
    assert not music[int((first["end"] + 2.6) * RATE):int((last["end"] + 0.7) * RATE)].any()  # faded out
    assert sc._rms(music[int((last["end"] + 1.6) * RATE):]) > 0.3 * head  # the closing tune


def test_an_audience_question_is_a_far_line_put_in_a_widened_pause(monkeypatch):
    said = (0.1 * np.sin(2 * np.pi * 300 * np.arange(int(1.2 * RATE)) / RATE)).astype(np.float32)
    monkeypatch.setattr(a14.sc, "say", lambda text, voice: said)
    made = talk(SEGS, 21.0)
    asks = [("Is it far?", sc.Voice("flite", "rms", 1.0))]
    out = a14.audience_questions(made, seed=5, asks=asks)
    assert len(out.segments) == len(made.segments) + 1
    k = [i for i, s in enumerate(out.segments) if s["text"] == "Is it far?"][0]
    q, before = out.segments[k], out.segments[k - 1]
    assert before == made.segments[k - 1] and q["far_microphone"]
    assert q["end"] - q["start"] == pytest.approx(len(said) / RATE, abs=1e-4)
    assert 0.5 <= q["start"] - before["end"] <= 0.9
    put = out.segments[k + 1]["start"] - made.segments[k]["start"]
    assert 0.5 + 1.2 + 0.8 - 1e-3 <= put <= 0.9 + 1.2 + 1.4 + 1e-3
    assert all(abs((o["start"] - m["start"]) - put) < 1e-4 for o, m in zip(out.segments[k + 1:], made.segments[k:]))
    a, b = int(round(q["start"] * RATE)), int(round(q["end"] * RATE))
    assert not out.samples[int(before["end"] * RATE) + 10:a - 2].any()  # nothing before its voice
    assert np.abs(out.samples[a:a + 400]).max() > 0  # its direct sound begins at the truth
    tail = out.samples[b:b + int(0.4 * RATE)]
    assert sc._rms(tail) > 0.05 * sc._rms(out.samples[a:b])  # the hall's tail runs on after the voice
    assert sc._rms(out.samples[a:b]) < 0.5 * a14.a4.speech_rms(made)  # quieter than the speaker


def test_a_howl_swells_at_a_high_pitch_and_stops_and_a_phone_buzzes_low_in_two_to_four_bursts():
    for seed in range(4):
        h = a14.howl(seed)
        quarter = len(h) // 4
        assert _db(sc._rms(h[-quarter:]), sc._rms(h[:quarter])) > 20
        assert band_share(h, 1700, 3300) > 0.9
        assert np.abs(h[-8:]).max() < 0.05  # the fader pulled: no click
        v = a14.vibration(seed)
        frames = np.array([sc._rms(v[i:i + 800]) for i in range(0, len(v) - 800, 800)])
        on = frames > 0.3 * frames.max()
        bursts = int(np.sum(on[1:] & ~on[:-1]) + on[0])
        assert 2 <= bursts <= 4
        assert band_share(v, 100, 2600) > 0.9
    made = talk(SEGS, 21.0)
    for out in (a14.lay_howls(made, seed=6, count=2), a14.lay_vibrations(made, seed=6, count=2)):
        assert out.segments == made.segments and len(out.samples) == len(made.samples)
    first = np.flatnonzero(a14.lay_howls(made, seed=6, count=1).samples - made.samples)[0] / RATE
    assert any(s["start"] < first < s["end"] for s in made.segments)  # begun inside a line


def test_drifting_subtitles_scale_every_cue_by_the_frame_rates_and_read_back_as_the_lines():
    from aligner.formats import parse_transcript

    made = talk(SEGS, 21.0)
    for seed in range(6):
        page, how = a14.drifting_srt(made.segments, seed=seed)
        assert how["scale"] in (round(25 / 23.976, 6), round(23.976 / 25, 6)) and 0.3 <= abs(how["offset"]) <= 1.2
        a14.a7.check_reads_back(page, made.segments, "made up")
        cues = parse_transcript(page, name="transcript.txt").segments
        for c, m in zip(cues, made.segments):
            assert c.hints[0].time == pytest.approx(max(0.0, m["start"] * how["scale"] + how["offset"]), abs=2e-3)
            assert c.hints[-1].time == pytest.approx(m["end"] * how["scale"] + how["offset"], abs=2e-3)
    scales = {a14.drifting_srt(made.segments, seed=seed)[1]["scale"] for seed in range(12)}
    assert len(scales) == 2  # either way round


def test_subtitle_lines_hold_42_characters_run_across_sentence_ends_and_time_from_their_words():
    made = talk(SEGS, 21.0)
    made.segments = [dict(s, text=f"Line {k} says{' a little more' * (k % 3)} than the one before it.")
                     for k, s in enumerate(made.segments)]
    words = []
    for k, s in enumerate(made.segments):
        toks = s["text"].split()
        step = (s["end"] - s["start"]) / len(toks)
        words += [{"word": w, "start": round(s["start"] + i * step, 4), "end": round(s["start"] + (i + 1) * step, 4),
                   "seg": k} for i, w in enumerate(toks)]
    made = sc.Made(made.samples, made.segments, made.notes, words)
    out = a14.subtitle_lines(made)
    assert all(len(s["text"]) <= 42 for s in out.segments)
    assert " ".join(s["text"] for s in out.segments).split() == " ".join(s["text"] for s in made.segments).split()
    for g, s in enumerate(out.segments):
        mine = [w for w in out.words if w["seg"] == g]
        assert s["start"] == mine[0]["start"] and s["end"] == mine[-1]["end"]
    assert any(not s["text"].endswith(".") for s in out.segments)  # a line breaks mid-sentence
    assert any("." in s["text"][:-1] for s in out.segments)  # and one runs across a sentence's end
    with pytest.raises(ValueError):
        a14.subtitle_lines(sc.Made(made.samples, made.segments, made.notes, words[:-1]))


@needs_sox
def test_the_new_codecs_move_the_truth_by_the_delay_they_measure_and_give_the_same_bytes():
    pytest.importorskip("av")
    made = talk(SEGS, 21.0)
    magic = {"u8": b"RIFF", "swf": b"FLV", "roq": b"\x84\x10", "argo": b""}
    for kind, head in magic.items():
        out, (suffix, data) = a14.a9.store_codec(made, kind, a14.CODECS)
        assert suffix == a14.CODECS[kind][0] and suffix != "wav" and data.startswith(head) and len(data) > 1000
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.05
        assert all(abs((o["end"] - m["end"]) - shift) < 1e-3 for o, m in zip(out.segments, made.segments))
        fixtures.assert_written_again_the_same(data, a14.a9.store_codec(made, kind, a14.CODECS)[1][1], kind)


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_they_are_seen():
    fixtures.assert_refused_without_flag(14, a14, a14l, (
        "ox_*", "ox_real_pops_u8", "ox_nl_*", "ox_fr_real_pops_roq", "*pops_u8"))
    fixtures.assert_out_of_dev_runs(14, a14, a14l, 57)
