"""The twentieth aside set's generators (benchmarks/aside20_cases.py, aside20_languages.py) and the refusal that
keeps it to its own flag (the test of the one table of aside sets moved to test_aside21_cases.py).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import io

import numpy as np
import pytest

import aside20_cases as a20
import aside20_languages as a20l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import TEN_LINES, TEN_LINES_TOTAL, band_db, broadband, needs_espeak, needs_sox, talk

RATE = sc.RATE
SEGS, TOTAL = TEN_LINES, TEN_LINES_TOTAL
NEW_CODECS = {"m2ts", "spdif"}
NEW_KINDS = ("drift", "ghosts", "takes", "disc", "booth")


def _lag(a: np.ndarray, b: np.ndarray, most: int) -> tuple[int, float]:
    """The lag (samples, 0..``most``) at which ``b`` best matches ``a`` read that much later, and the match."""
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    n = len(a) + len(b)
    xc = np.fft.irfft(np.fft.rfft(b, n) * np.conj(np.fft.rfft(a, n)), n)[:most + 1]
    k = int(np.argmax(xc))
    return k, float(xc[k] / (np.sqrt(np.sum(a ** 2) * np.sum(b ** 2)) + 1e-20))


def _note_number(note: str, before: str) -> float:
    """The number just before ``before`` in ``note``."""
    return float(note.split(before)[0].split()[-1])


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside18_cases as a18
    import aside18_languages as a18l
    import aside19_cases as a19
    import aside19_languages as a19l

    fixtures.assert_halves_named(a20, a20l, "cx_", "rd63_")
    for cat in (a20.catalogue(), a20l.catalogue()):
        # a name says what the case holds: every spoiler and codec it names is in its spec, and the other way round
        for n, s in cat.items():
            for kind in NEW_KINDS:
                has = getattr(s, kind)
                assert (kind in n) == bool(has) or ("_mix_" in n and has), (n, kind)  # the long talk: a mix
            assert s.codec is None or n.endswith("_" + s.codec), n
    fixtures.assert_seeds_new((a20, a20l), (a18, a18l, a19, a19l))
    assert 10 <= len(a20.names("aside")) <= 12 and 6 <= len(a20l.names("aside")) <= 8
    assert 1 <= len(a20l.names("dev")) and len(a20.names("dev")) >= 3


def test_the_brief_s_talks_are_there_a_long_one_new_kinds_dev_twins_and_new_containers():
    import aside14_cases as a14
    import aside15_cases as a15
    import aside16_cases as a16
    import aside17_cases as a17
    import aside18_cases as a18
    import aside19_cases as a19

    cat = a20.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    dev = [s for s in list(cat.values()) + list(a20l.catalogue().values()) if s.which == "dev"]
    long = [s for s in aside if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 80]
    assert len(long) == 1 and long[0].real.repeats == 2
    for kind in NEW_KINDS:
        assert any(getattr(s, kind) for s in aside), kind
        assert any(getattr(s, kind) for s in dev), kind  # a dev twin of every new kind
        assert any(getattr(s, kind) for s in a20l.catalogue().values() if s.which == "aside"), kind  # languages too
    assert {s.codec for s in aside} >= NEW_CODECS and {s.codec for s in dev} >= NEW_CODECS
    assert set(a20.CODECS) == NEW_CODECS
    earlier = set()
    for m in (a14, a15, a16, a17, a18, a19):
        earlier |= {c[0].rsplit(".", 1)[-1] for c in m.CODECS.values()} | {c[1] for c in m.CODECS.values()
                                                                             if isinstance(c[1], str)}
    assert not {"m2ts", "spdif"} & earlier
    # the product's main shapes are there: a web page (inline stamps, "- " turns) and plain text
    assert {"page", "plain"} <= {s.transcript for s in aside}
    # no earlier set's spoilers on top: the new kinds are what this set is about
    assert not any(s.bleeps or s.trailing or s.buzz or s.inverted or s.aliased or s.reactions or s.stream or s.pair
                   or s.ssb or s.steps or s.squeaks or s.rotor or s.surround or s.tremor or s.ahem or s.clicks
                   or s.flips or s.tracks or s.tape for s in aside + dev)
    # voices at speeds they never had
    voices = {(v.engine, v.name, v.speed) for s in aside for r in s.recordings for v in r.voices}
    assert ("flite", "awb", 1.75) in voices and ("flite", "kal16", 0.6) in voices
    assert ("festival", "slt_hts", 1.65) in voices and ("festival", "ked", 1.35) in voices


def test_the_set_holds_real_and_synthesized_languages_two_speakers_and_bench_languages_knows_it():
    import aside17_languages as a17l
    import aside18_languages as a18l
    import aside19_languages as a19l

    cat = a20l.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    assert {"fr", "es", "it", "ru"} <= {s.lang for s in aside if s.real is not None}
    assert "sv" in {s.lang for s in aside} and {"de", "nl"} & {s.lang for s in aside}
    assert any(s.recordings and len({v.name for v in s.recordings[0].voices}) >= 2 for s in aside)
    fixtures.assert_bench_languages_knows(20, a20l, 63)
    assert not set(a20l.SENTENCES["de"]) & set(a20l.SENTENCES["de_dev"])
    for lang in ("sv", "de", "nl"):  # sentences no earlier set said
        said = set()
        for m in (a17l, a18l, a19l):
            said |= set(m.SENTENCES.get(lang, []))
        assert not set(a20l.SENTENCES[lang]) & said
    for lines in (a20.INTERPRETER_LINES, a20l.INTERPRETER_LINES):  # the interpreter: aside and dev lines apart
        assert not set(lines["aside"]) & set(lines["dev"])


def test_the_camera_s_copy_drifts_later_through_the_talk_and_never_comes_first():
    made = broadband(talk(SEGS, TOTAL))
    out = a20.drifting_pair(made, seed=5)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    note = out.notes[-1]
    first, last = _note_number(note, "ms late at the start") / 1000, _note_number(note, "ms late at the end") / 1000
    assert 0.002 <= first <= 0.010 and abs(last - first - a20.PULL_DOWN * TOTAL) < 0.0015
    added = out.samples.astype(np.float64) - made.samples
    for a, b in (SEGS[0], SEGS[-1]):  # the copy's lag, measured at the start and at the end
        part = slice(int(a * RATE), int(b * RATE))
        k, match = _lag(made.samples[part], added[part], int(0.06 * RATE))
        want = first + a20.PULL_DOWN * (a + b) / 2
        assert abs(k / RATE - want) < 0.0015 and match > 0.3, (a, k / RATE, want, match)
        # nothing of the copy before its lag (less the camera filter's half length, 1 ms): the lavalier comes first
        at_start = first + a20.PULL_DOWN * a  # the lag where the line begins
        early = added[int(a * RATE) - int(0.05 * RATE):int((a + at_start - 0.0012) * RATE)]
        assert np.max(np.abs(early)) < 1e-3 * np.max(np.abs(made.samples))
    under = -20 * np.log10(sc._rms(added) / sc._rms(made.samples))
    assert 2.0 < under < 12.0  # 4-9 dB under, its room's tail adding a little


def test_print_through_lays_a_faint_ghost_a_turn_of_the_spool_before_and_a_fainter_one_after():
    made = broadband(talk(SEGS, TOTAL))
    out = a20.print_through(made, seed=6)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    note = out.notes[-1]
    turn = float(note.split("again ")[1].split(" s")[0])
    assert 1.3 <= turn <= 2.0
    added = out.samples.astype(np.float64) - made.samples
    ghost = a20._band(made.samples.astype(np.float64), 200.0, 4000.0)
    # the note rounds the turn to 10 ms: the ghost's own offset is the one (within 6 ms of it) it matches best
    m = max(range(int((turn - 0.006) * RATE), int((turn + 0.006) * RATE)),
            key=lambda j: abs(np.dot(added[:-j], ghost[j:])))
    pre = np.dot(added[:-m], ghost[m:]) / np.dot(ghost[m:], ghost[m:])  # the copy from a turn later
    post = np.dot(added[m:], ghost[:-m]) / np.dot(ghost[:-m], ghost[:-m])
    pre_db, post_db = -20 * np.log10(pre), -20 * np.log10(post)
    assert 23.5 < pre_db < 32.5 and 3.5 < post_db - pre_db < 8.5, (pre_db, post_db)
    # the pre-echo of a line's first sound sits in the pause before it, where the clean talk is silent
    for a, _ in SEGS[1:]:
        where = slice(int((a - turn + 0.05) * RATE), int((a - turn + 0.25) * RATE))
        if not np.any(made.samples[where]):
            assert sc._rms(added[where]) > 0
            first = made.samples[int(a * RATE):int((a + 0.2) * RATE)]
            assert 20 * np.log10(sc._rms(added[where]) / sc._rms(first)) < -20
    assert band_db(added, 5000, 8000) - band_db(added, 300, 3500) < -25  # the ghost lost its highs


def test_takes_change_room_tone_and_level_in_the_pauses_only():
    made = talk(SEGS, TOTAL)
    out = a20.edited_takes(made, seed=7)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    cuts = [float(c) for c in out.notes[-1].split("pauses at ")[1].split(" s (")[0].split(", ")]
    assert 3 <= len(cuts) <= 9
    for c in cuts:  # each cut in a pause, 80 ms or more from either line
        assert all(not (s - 0.079 <= c <= e + 0.079) for s, e in SEGS), c
    # inside each line the voice's gain is one number (the bed is 26 dB or more under)
    y, x = out.samples.astype(np.float64), made.samples.astype(np.float64)
    gains = []
    for a, b in SEGS:
        mid = int((a + b) / 2 * RATE)
        halves = [slice(int(a * RATE) + 200, mid), slice(mid, int(b * RATE) - 200)]
        g = [np.dot(y[h], x[h]) / np.dot(x[h], x[h]) for h in halves]
        assert abs(20 * np.log10(g[0] / g[1])) < 0.1
        gains.append(g[0])
    assert max(gains) / min(gains) > 10 ** (0.5 / 20)  # the takes' levels differ
    # the room tone steps at a cut: the pause's noise either side of it is not the same noise
    steps = 0
    for c in cuts:
        left = y[int((c - 0.07) * RATE):int((c - 0.005) * RATE)]
        right = y[int((c + 0.005) * RATE):int((c + 0.07) * RATE)]
        lo = abs(band_db(left, 0, 1000) - band_db(right, 0, 1000))
        hi = abs(band_db(left, 2000, 8000) - band_db(right, 2000, 8000))
        steps += max(lo, hi) > 2.0
    assert steps >= len(cuts) - 1
    assert sc._rms(y[:int(0.4 * RATE)]) > 0  # room tone before line 0


def test_the_disc_crackles_ticks_once_a_turn_and_loses_the_highs_moving_nothing():
    made = broadband(talk(SEGS, TOTAL))
    out = a20.transcription_disc(made, seed=8)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    note = out.notes[-1]
    rate = float(note.split("(")[1].split(" a second")[0])
    ticks = int(note.split(", ")[2].split(" crackle")[0])
    assert 8 <= rate <= 25 and 0.6 * rate * TOTAL < ticks < 1.4 * rate * TOTAL
    y = out.samples.astype(np.float64)
    # in a pause: a noise floor with sharp ticks well over it
    pause = y[int(2.6 * RATE):int(3.6 * RATE)]
    assert np.max(np.abs(pause)) > 6 * np.median(np.abs(pause))
    # the cutter's band: the voice's top octave gone (what is left there is the surface's hiss and crackle)
    line = slice(int(SEGS[3][0] * RATE), int(SEGS[3][1] * RATE))
    assert band_db(y[line], 7200, 8000) - band_db(made.samples[line], 7200, 8000) < -9
    # the scratch comes back every revolution: what was laid on matches itself a turn later, not at other lags
    laid = y - a20._band(made.samples.astype(np.float64), 100.0, 6500.0)
    env = np.abs(laid - sc.lowpass(laid, 1500.0))
    env = env * (env > 8 * np.median(env))  # the ticks, not the hiss under them
    m = int(round(a20.REVOLUTION * RATE))

    def match(lag: int) -> float:
        a, b = env[:-lag], env[lag:]
        return float(np.dot(a, b) / np.sqrt(np.dot(a, a) * np.dot(b, b)))

    assert match(m) > 1.5 * max(match(m + d) for d in (-977, -311, 97, 523, 1301))


@needs_espeak
def test_the_interpreter_speaks_after_each_line_begins_thin_and_on_into_the_pauses():
    made = talk(SEGS, TOTAL)
    out = a20.interpreter(made, seed=9, which="aside", under_db=15.0)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    added = out.samples.astype(np.float64) - made.samples
    heard = np.flatnonzero(np.abs(added) > 0.01 * np.max(np.abs(added)))  # (the band's FFT leaves a faint ringing)
    assert heard[0] / RATE >= SEGS[0][0] + 1.15  # not before 1.2 s into the first line
    level = 20 * np.log10(np.sqrt(np.mean(added[np.abs(added) > 0] ** 2)) / a20.a4.speech_rms(made))
    assert -20 < level < -10
    assert band_db(added, 300, 3800) - band_db(added, 4500, 8000) > 30  # a headset's leak: thin
    in_pauses = sum(np.any(np.abs(added[int(e * RATE):int(s2 * RATE)]) > 1e-3)
                    for (_, e), (s2, _) in zip(SEGS, SEGS[1:]))
    assert in_pauses >= 5  # words the transcript lacks, after line ends
    assert "fr+f3" in out.notes[-1]


@needs_sox
def test_the_new_containers_read_back_with_their_delay_in_the_truth_and_give_the_same_bytes():
    av = pytest.importorskip("av")
    made = broadband(talk(SEGS, TOTAL))
    for kind in sorted(NEW_CODECS):
        out, (suffix, data) = a20.store_codec(made, kind)
        assert suffix == a20.CODECS[kind][0]
        with av.open(io.BytesIO(data)) as c:
            codec = c.streams.audio[0].codec_context.name
        if kind == "m2ts":
            assert data[4] == 0x47 and data[192 + 4] == 0x47 and codec == "pcm_bluray"  # 192-byte M2TS packets
        else:
            assert data[:4] == b"RIFF" and data[20:22] == b"\x01\x00"  # a header that says PCM ...
            assert b"\x72\xf8\x1f\x4e" in data[44:44 + 8192] and codec == "ac3"  # ... around IEC 61937 bursts
        fixtures.assert_written_again_the_same(data, a20.store_codec(made, kind)[1][1], kind)
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.02
        assert all(abs((o["start"] - m["start"]) - shift) < 1e-6 for o, m in zip(out.segments, made.segments))
        n = min(len(out.samples), len(made.samples)) - int(0.1 * RATE)
        lag = int(round(shift * RATE))
        corr = np.corrcoef(out.samples[max(0, lag):n], made.samples[:n - max(0, lag)])[0, 1]
        assert corr > 0.98, (kind, corr)


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_the_dev_twins_are_in_it():
    fixtures.assert_refused_without_flag(20, a20, a20l, (
        "cx_*", "cx_real_drift_page", "cx_de_*", "cx_fr_real_booth_m2ts", "*drift_page"))
    fixtures.assert_out_of_dev_runs(20, a20, a20l, 63)
