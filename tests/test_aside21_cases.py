"""The twenty-first aside set's generators (benchmarks/aside21_cases.py, aside21_languages.py) and the refusal that
keeps it to its own flag (the test of the one table of aside sets moved to test_aside22_cases.py).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import io

import numpy as np
import pytest

import aside21_cases as a21
import aside21_languages as a21l
import aside_fixtures as fixtures
import synth_cases as sc
from made_up_talks import TEN_LINES, TEN_LINES_TOTAL, band_db, broadband, needs_espeak, needs_sox, talk

RATE = sc.RATE
SEGS, TOTAL = TEN_LINES, TEN_LINES_TOTAL
NEW_CODECS = {"mov", "avi"}
NEW_KINDS = ("fm", "aec", "mask", "stretch", "wireless")


def _db(x: np.ndarray) -> float:
    return 20 * np.log10(sc._rms(x) + 1e-20)


def _cut(x: np.ndarray, a: float, b: float) -> np.ndarray:
    return x[max(0, int(a * RATE)):int(b * RATE)]


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside19_cases as a19
    import aside19_languages as a19l
    import aside20_cases as a20
    import aside20_languages as a20l

    fixtures.assert_halves_named(a21, a21l, "jx_", "rd64_")
    for cat in (a21.catalogue(), a21l.catalogue()):
        # a name says what the case holds: every spoiler and codec it names is in its spec, and the other way round
        for n, s in cat.items():
            for kind in ("fm", "aec", "stretch", "wireless"):
                has = getattr(s, kind)
                assert (f"_{kind}_" in n + "_") == bool(has) or ("_mix_" in n and has), (n, kind)
            assert (s.mask in n or "_mix_" in n) if s.mask else not any(c in n for c in a21.COVERS), n
            assert s.codec is None or n.endswith("_" + s.codec), n
    fixtures.assert_seeds_new((a21, a21l), (a19, a19l, a20, a20l))
    assert 10 <= len(a21.names("aside")) <= 12 and 6 <= len(a21l.names("aside")) <= 8
    assert 1 <= len(a21l.names("dev")) and len(a21.names("dev")) >= 3


def test_the_brief_s_talks_are_there_a_long_one_new_kinds_dev_twins_and_new_containers():
    import aside14_cases as a14
    import aside15_cases as a15
    import aside16_cases as a16
    import aside17_cases as a17
    import aside18_cases as a18
    import aside19_cases as a19
    import aside20_cases as a20

    cat = a21.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    dev = [s for s in list(cat.values()) + list(a21l.catalogue().values()) if s.which == "dev"]
    long = [s for s in aside if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 80]
    assert len(long) == 1 and long[0].real.repeats == 2 and not long[0].stretch  # ~5 minutes, not sped up
    for kind in NEW_KINDS:
        assert any(getattr(s, kind) for s in aside), kind
        assert any(getattr(s, kind) for s in dev), kind  # a dev twin of every new kind
        assert any(getattr(s, kind) for s in a21l.catalogue().values() if s.which == "aside"), kind  # languages too
    assert {s.mask for s in aside} - {""} == set(a21.COVERS)  # every covering, the visor among them
    assert {s.codec for s in aside} >= NEW_CODECS and {s.codec for s in dev} >= NEW_CODECS
    assert set(a21.CODECS) == NEW_CODECS
    earlier = set()
    for m in (a14, a15, a16, a17, a18, a19, a20):
        earlier |= {c[0].rsplit(".", 1)[-1] for c in m.CODECS.values()}
    assert not NEW_CODECS & earlier
    # the product's main shapes are there: a web page (inline stamps, "- " turns) and plain text
    assert {"page", "plain"} <= {s.transcript for s in aside}
    # no earlier set's spoilers on top: the new kinds are what this set is about
    assert not any(s.bleeps or s.trailing or s.buzz or s.inverted or s.aliased or s.reactions or s.stream or s.pair
                   or s.ssb or s.steps or s.squeaks or s.rotor or s.surround or s.tremor or s.ahem or s.clicks
                   or s.flips or s.tracks or s.tape or s.drift or s.ghosts or s.takes or s.disc or s.booth
                   for s in aside + dev)
    # voices at speeds they never had, and never sped up again by the vocoder
    voices = {(v.engine, v.name, v.speed) for s in aside for r in s.recordings for v in r.voices}
    assert ("flite", "kal", 1.65) in voices and ("flite", "slt", 1.75) in voices
    assert ("festival", "ked", 1.7) in voices and ("festival", "kal", 0.6) in voices
    assert all(v.speed <= 1.05 for s in aside + dev if s.stretch for r in s.recordings for v in r.voices)


def test_the_set_holds_real_and_synthesized_languages_two_speakers_and_bench_languages_knows_it():
    import aside18_languages as a18l
    import aside19_languages as a19l
    import aside20_languages as a20l
    import aside20_cases as a20

    cat = a21l.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    assert {"fr", "es", "it", "ru"} <= {s.lang for s in aside if s.real is not None}
    assert "sv" in {s.lang for s in aside} and {"de", "nl"} & {s.lang for s in aside}
    assert any(s.recordings and len({v.name for v in s.recordings[0].voices}) >= 2 for s in aside)
    fixtures.assert_bench_languages_knows(21, a21l, 64)
    assert not set(a21l.SENTENCES["de"]) & set(a21l.SENTENCES["de_dev"])
    for lang in ("sv", "de", "nl"):  # sentences no earlier set said
        said = set()
        for m in (a18l, a19l, a20l):
            said |= set(m.SENTENCES.get(lang, []))
        assert not set(a21l.SENTENCES[lang]) & said
    for lines in (a21.FAR_END_LINES, a21l.FAR_END_LINES):  # the far end: aside and dev lines apart, none said before
        assert not set(lines["aside"]) & set(lines["dev"])
        assert not set(lines["aside"]) & (set(a20.INTERPRETER_LINES["aside"]) | set(a20l.INTERPRETER_LINES["aside"]))


def test_the_emphasis_pair_cancels_and_the_de_emphasis_is_causal():
    rng = np.random.default_rng(3)
    x = rng.normal(size=4000)
    for tau in (50e-6, 75e-6):
        c = tau * RATE
        pre = (1 + c) * x - c * np.concatenate([[0.0], x[:-1]])
        back = a21._one_pole(pre, c / (1 + c), 1 / (1 + c))
        assert np.max(np.abs(back - x)) < 1e-9
    impulse = np.zeros(200)
    impulse[100] = 1.0
    assert not np.any(a21._one_pole(impulse, 0.5, 0.5)[:100])  # nothing before the impulse


def test_the_fm_chain_evens_the_lines_brings_up_the_pauses_and_adds_a_rising_hiss_moving_nothing():
    made = broadband(talk(SEGS, TOTAL), floor=0.0005)
    quiet = made.samples.copy()
    a, b = int(SEGS[4][0] * RATE), int(SEGS[4][1] * RATE)
    quiet[a:b] *= 10 ** (-12 / 20)  # one line 12 dB softer than the rest
    made = sc.Made(quiet, made.segments, made.notes, made.words)
    out = a21.fm_broadcast(made, seed=4)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    y = out.samples.astype(np.float64)
    soft = _db(_cut(y, *SEGS[4])) - np.mean([_db(_cut(y, *SEGS[k])) for k in (3, 5)])
    assert -8.0 < soft < -1.0  # the processor brings the soft line most of the way up (3:1, make-up gain)
    # the pause late in a gap (the bands' make-up gain back up) stands higher against the speech than it did
    before = _db(_cut(made.samples, 9.6, 10.1)) - _db(_cut(made.samples, *SEGS[3]))
    after = _db(_cut(y, 9.6, 10.1)) - _db(_cut(y, *SEGS[3]))
    assert after > before + 6
    # the receiver's hiss: more of it at 2-6 kHz than under 500 Hz in a pause (FM noise rises with frequency)
    pause = _cut(y, 9.6, 10.1)
    assert band_db(pause, 2000, 6000) - band_db(pause, 100, 500) > 5
    # the clipper: the emphasised peaks were cut, so the note says how many; the voice is still where it was
    assert "clipper" in out.notes[-1] and "pre-emphasis" in out.notes[-1]
    for s, e in SEGS:
        assert _db(_cut(y, s + 0.05, e - 0.05)) > _db(_cut(y, e + 0.3, e + 0.6)) + 10


@needs_espeak
def test_the_echo_canceller_leaves_the_far_end_after_line_ends_mutes_only_pauses_and_never_the_voice():
    made = broadband(talk(SEGS, TOTAL), floor=0.002)
    out = a21.echo_canceller(made, seed=5, which="aside", under_db=20.0)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    note = out.notes[-1]
    hang = float(note.split(" ms after")[0].split()[-1]) / 1000
    assert 0.15 <= hang <= 0.30

    def gain(a: float, b: float) -> float:
        p, q = _cut(x, a, b), _cut(y, a, b)
        return float(np.dot(p, q) / np.dot(p, p))

    # the near end's voice is never muted: from 15 ms before each line begins to its end, its gain is one
    for s, e in SEGS:
        assert abs(gain(s - 0.015, e) - 1.0) < 0.05, (s, gain(s - 0.015, e))
    # in the pauses well after the hangover: either untouched (the far end silent) or muted 30 dB (comfort noise);
    # a window across the far end's first or last word glides between the two
    gains = [gain(a, a + 0.05) for (_, e), (s2, _) in zip(SEGS, SEGS[1:])
             for a in np.arange(e + hang + 0.02, s2 - 0.05, 0.05)]
    untouched = sum(abs(g - 1.0) < 0.1 for g in gains)
    muted = sum(abs(g) < 0.1 for g in gains)
    assert untouched >= 5 and muted >= 5 and untouched + muted >= 0.85 * len(gains), (untouched, muted, len(gains))
    # the residue: the far end heard in the hangover after some line ends, over the room's noise alone
    heard = sum(_db(_cut(y - x, e + 0.03, e + hang - 0.02)) > _db(_cut(x, e + 0.03, e + hang - 0.02)) + 3
                for _, e in SEGS)
    assert heard >= 2
    assert band_db(y - x, 6000, 8000) < band_db(y - x, 500, 4000)  # a small loudspeaker's band


def test_the_wireless_compander_gives_the_voice_back_and_its_hiss_breathes_after_each_line_not_before():
    made = broadband(talk(SEGS, TOTAL), floor=1e-5)
    out = a21.wireless_compander(made, seed=8)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    off = float(out.notes[-1].split(" dB off")[0].split()[-1])
    assert 1.0 <= abs(off) <= 3.0
    for s, e in SEGS:  # the voice comes back at its own level, give or take the mistracking
        p, q = _cut(x, s + 0.2, e - 0.2), _cut(y, s + 0.2, e - 0.2)
        assert abs(20 * np.log10(np.dot(p, q) / np.dot(p, p)) - off) < 1.5
    breaths = 0
    for (s, e), (s2, _) in zip(SEGS, SEGS[1:]):
        late = _db(_cut(y, s2 - 0.5, s2 - 0.2))
        breaths += _db(_cut(y, e + 0.005, e + 0.05)) > late + 10  # the hiss dies away after the line ...
        assert _db(_cut(y, s2 - 0.1, s2 - 0.003)) < late + 3  # ... and does not rise before the next one
        assert _db(_cut(y, e + 0.005, e + 0.05)) < _db(_cut(y, s + 0.2, e - 0.2)) - 15  # (the line itself)
    assert breaths == len(SEGS) - 1


def test_a_face_cover_takes_the_highs_the_visor_adds_its_reflection_and_nothing_comes_early():
    made = broadband(talk(SEGS, TOTAL))
    x = made.samples.astype(np.float64)
    for kind, (_, corner, loss) in a21.COVERS.items():
        out = a21.face_cover(made, seed=6, kind=kind)
        assert out.segments == made.segments and len(out.samples) == len(made.samples)
        y = out.samples.astype(np.float64)
        high = band_db(y, 2 * corner, 7500) - band_db(x, 2 * corner, 7500)
        low = band_db(y, 100, corner / 3) - band_db(x, 100, corner / 3)
        if kind != "visor":
            assert abs(high + loss) < 1.5 and abs(low) < 0.5, (kind, high, low)
        else:  # the reflection adds its comb on top of the loss
            assert -loss - 4 < high < -loss + 3 and abs(low) < 2.5, (kind, high, low)
            d = int(note_ms(out.notes[-1]) / 1000 * RATE + 0.5)
            diff = y - a21.face_cover(made, seed=6, kind="n95").samples  # (a different shelf: only to see a lag)
            assert 4 <= d <= 8 and np.any(diff)
        peak = np.max(np.abs(x))
        for s, _ in SEGS:  # nothing before each line begins (the zero-phase shelf's ringing is far under)
            assert np.max(np.abs(_cut(y, s - 0.3, s - 0.002))) < 3e-3 * peak, kind


def note_ms(note: str) -> float:
    return float(note.split("reflection ")[1].split(" ms")[0])


def test_the_vocoder_scales_the_truth_exactly_keeps_the_pitch_and_smears_no_more_than_half_a_frame():
    # a 'voice' of noise: a plain vocoder starts each bin's phase where the pause left it, so a lone tone's two bins
    # may cancel (its phasiness); noise spreads over every bin and keeps its level
    rng = np.random.default_rng(7)
    voice = np.zeros(int(TOTAL * RATE), np.float32)
    for s, e in SEGS:
        voice[int(s * RATE):int(e * RATE)] = rng.normal(size=int(e * RATE) - int(s * RATE)) * 0.1
    made = sc.Made(voice, talk(SEGS, TOTAL).segments, ["made up"], [])
    for rate in (1.5, 1.6):
        out = a21.vocoder_stretch(made, rate)
        assert len(out.samples) == int(np.ceil(len(made.samples) / rate))
        for o, m in zip(out.segments, made.segments):
            assert abs(o["start"] - m["start"] / rate) < 1e-4 and abs(o["end"] - m["end"] / rate) < 1e-4
        y = out.samples.astype(np.float64)
        half = a21.VOCODER_FRAME / 2 / RATE
        for o, (s, e) in zip(out.segments, SEGS):
            inside = _db(_cut(y, o["start"] + half, o["end"] - half))
            assert abs(inside - _db(_cut(made.samples, s + half, e - half))) < 3.5
            # the smear: nothing more than half a frame before the start or after the end
            assert _db(_cut(y, o["start"] - 0.1, o["start"] - half - 0.001)) < inside - 50
            assert _db(_cut(y, o["end"] + half + 0.001, o["end"] + 0.1)) < inside - 50
            # but something within it (a vocoder smears onsets: no clean edge)
            assert _db(_cut(y, o["start"] - 0.008, o["start"])) > inside - 45
    # the pitch is kept: a 1 kHz tone stays at 1 kHz
    t = np.arange(3 * RATE) / RATE
    tone = sc.Made((0.3 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32), [], [], [])
    y = a21.vocoder_stretch(tone, 1.5).samples[RATE // 4:RATE].astype(np.float64)
    f = np.fft.rfftfreq(len(y), 1 / RATE)[np.argmax(np.abs(np.fft.rfft(y * np.hanning(len(y)))))]
    assert abs(f - 1000) < 5
    with pytest.raises(ValueError):
        a21.vocoder_stretch(made, 1.53)  # no whole analysis hop: the truth would not scale exactly


@needs_sox
def test_the_new_containers_read_back_with_their_delay_in_the_truth_and_give_the_same_bytes():
    av = pytest.importorskip("av")
    made = broadband(talk(SEGS, TOTAL))
    for kind in sorted(NEW_CODECS):
        out, (suffix, data) = a21.store_codec(made, kind)
        assert suffix == a21.CODECS[kind][0]
        with av.open(io.BytesIO(data)) as c:
            codec = c.streams.audio[0].codec_context.name
            stream = c.streams.audio[0]
            assert stream.codec_context.sample_rate == a21.CODECS[kind][4] and stream.codec_context.channels == 2
        if kind == "mov":
            assert data[4:8] in (b"ftyp", b"wide", b"mdat", b"moov") and codec == "pcm_s24le"
        else:
            assert data[:4] == b"RIFF" and data[8:12] == b"AVI " and codec.startswith("mp3")
        fixtures.assert_written_again_the_same(data, a21.store_codec(made, kind)[1][1], kind)
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.05
        assert all(abs((o["start"] - m["start"]) - shift) < 1e-6 for o, m in zip(out.segments, made.segments))
        n = min(len(out.samples), len(made.samples)) - int(0.1 * RATE)
        corr = max(np.corrcoef(out.samples[max(0, lag):n], made.samples[:n - max(0, lag)])[0, 1]
                   for lag in (int(np.floor(shift * RATE)), int(np.ceil(shift * RATE))))  # truth kept to 0.1 ms
        assert corr > 0.98, (kind, corr)


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_the_dev_twins_are_in_it():
    fixtures.assert_refused_without_flag(21, a21, a21l, (
        "jx_*", "jx_real_fm_page", "jx_de_*", "jx_fr_real_aec_mov", "*fm_page"))
    fixtures.assert_out_of_dev_runs(21, a21, a21l, 64)
