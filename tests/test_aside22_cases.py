"""The twenty-second aside set's generators (benchmarks/aside22_cases.py, aside22_languages.py) and the refusal that
keeps it to its own flag (the test of the one table of aside sets moved to test_aside23_cases.py).

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and signals and
run no aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from aside_common import catalogue_seeds  # noqa: E402
from aside_fixtures import assert_written_again_the_same  # noqa: E402
import aside22_cases as a22  # noqa: E402
import aside22_languages as a22l  # noqa: E402
import synth_cases as sc  # noqa: E402
from made_up_talks import TEN_LINES, TEN_LINES_TOTAL, band_db, broadband, needs_sox, talk  # noqa: E402
from made_up_talks import cut as _cut, level_db as _db, speech_like as _voice  # noqa: E402

RATE = sc.RATE
SEGS, TOTAL = TEN_LINES, TEN_LINES_TOTAL
NEW_CODECS = {"3gp", "wmv"}
NEW_KINDS = ("bt", "ptt", "horn", "modes")


def test_catalogues_name_the_halves_use_their_prefixes_and_new_seeds():
    import aside20_cases as a20
    import aside20_languages as a20l
    import aside21_cases as a21
    import aside21_languages as a21l

    assert all(n.startswith("tx_") for n in a22.names("aside") + a22l.names("aside"))
    assert all(n.startswith("rd65_") for n in a22.names("dev") + a22l.names("dev"))
    assert set(a22.catalogue()) == set(a22.names("aside") + a22.names("dev"))
    assert set(a22l.catalogue()) == set(a22l.names("aside") + a22l.names("dev"))
    everything = a22.names("aside") + a22.names("dev") + a22l.names("aside") + a22l.names("dev")
    assert len(everything) == len(set(everything))
    for cat in (a22.catalogue(), a22l.catalogue()):
        assert all(s.which == ("aside" if n.startswith("tx_") else "dev") for n, s in cat.items())
        # a name says what the case holds: every spoiler and codec it names is in its spec, and the other way round
        for n, s in cat.items():
            for kind in NEW_KINDS:
                has = getattr(s, kind)
                assert (f"_{kind}_" in n + "_") == bool(has) or ("_mix_" in n and has), (n, kind)
            assert s.codec is None or n.endswith("_" + s.codec), n
    seeds = catalogue_seeds(a22, a22l)
    assert len(seeds) == len(set(seeds))
    assert not set(seeds) & set(catalogue_seeds(a20, a20l, a21, a21l))
    assert 10 <= len(a22.names("aside")) <= 12 and 6 <= len(a22l.names("aside")) <= 8
    assert len(a22l.names("dev")) == 2 and len(a22.names("dev")) == 5


def test_the_brief_s_talks_are_there_a_long_one_new_kinds_dev_twins_and_new_containers():
    import aside14_cases as a14
    import aside15_cases as a15
    import aside16_cases as a16
    import aside17_cases as a17
    import aside18_cases as a18
    import aside19_cases as a19
    import aside20_cases as a20
    import aside21_cases as a21

    cat = a22.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    dev = [s for s in list(cat.values()) + list(a22l.catalogue().values()) if s.which == "dev"]
    long = [s for s in aside if s.real is not None and s.real.prompts * max(1, s.real.repeats) >= 80]
    assert len(long) == 1 and long[0].real.repeats == 2
    for kind in NEW_KINDS:
        assert any(getattr(s, kind) for s in aside), kind
        assert any(getattr(s, kind) for s in dev), kind  # a dev twin of every new kind
        assert any(getattr(s, kind) for s in a22l.catalogue().values() if s.which == "aside"), kind  # languages too
    assert {s.codec for s in aside} >= NEW_CODECS and {s.codec for s in dev} >= NEW_CODECS
    assert set(a22.CODECS) == NEW_CODECS
    earlier = set()
    for m in (a14, a15, a16, a17, a18, a19, a20, a21):
        earlier |= {c[0].rsplit(".", 1)[-1] for c in m.CODECS.values()}
    assert not NEW_CODECS & earlier
    # the product's main shapes are there: a web page (inline stamps, "- " turns) and plain text
    assert {"page", "plain", "dashes"} <= {s.transcript for s in aside}
    # no earlier set's spoilers on top: the new kinds are what this set is about
    assert not any(s.fm or s.aec or s.mask or s.stretch or s.wireless or s.bleeps or s.trailing or s.buzz
                   or s.inverted or s.aliased or s.reactions or s.stream or s.pair or s.ssb or s.steps or s.squeaks
                   or s.rotor or s.surround or s.tremor or s.ahem or s.clicks or s.flips or s.tracks or s.tape
                   or s.drift or s.ghosts or s.takes or s.disc or s.booth
                   for s in aside + dev + list(a22l.catalogue().values()))
    # voices at speeds they never had
    voices = {(v.engine, v.name, v.speed) for s in aside for r in s.recordings for v in r.voices}
    assert ("flite", "kal", 1.72) in voices and ("flite", "rms", 0.6) in voices
    assert ("festival", "ked", 0.6) in voices and ("festival", "kal", 1.7) in voices


def test_the_set_holds_real_and_synthesized_languages_two_speakers_and_bench_languages_knows_it():
    import aside18_languages as a18l
    import aside19_languages as a19l
    import aside20_languages as a20l
    import aside21_languages as a21l
    import bench_languages

    cat = a22l.catalogue()
    aside = [s for s in cat.values() if s.which == "aside"]
    assert {"fr", "es", "it", "ru"} <= {s.lang for s in aside if s.real is not None}
    assert "sv" in {s.lang for s in aside} and {"de", "nl"} & {s.lang for s in aside}
    assert any(s.recordings and len({v.name for v in s.recordings[0].voices}) >= 2 for s in aside)
    assert set(a22l.LANGS.split(",")) == {s.lang for s in aside}
    assert bench_languages.BUILT_SETS["aside22"] == ("aside22_languages", "aside", a22l.LANGS)
    assert bench_languages.BUILT_SETS["dev65"] == ("aside22_languages", "dev", a22l.DEV_LANGS)
    assert set(a22l.DEV_LANGS.split(",")) == {s.lang for s in cat.values() if s.which == "dev"}
    assert all(lang in bench_languages.AENEAS_CODES for lang in a22l.LANGS.split(","))
    assert not set(a22l.SENTENCES["de"]) & set(a22l.SENTENCES["de_dev"])
    for lang in ("sv", "de", "nl"):  # sentences no earlier set said
        said = set()
        for m in (a18l, a19l, a20l, a21l):
            said |= set(m.SENTENCES.get(lang, [])) | set(m.SENTENCES.get(lang + "_dev", []))
        assert not set(a22l.SENTENCES[lang]) & said


def test_cvsd_follows_the_input_a_sample_behind_overloads_on_a_steep_rise_and_never_answers_early():
    t = np.arange(a22.CVSD_RATE // 4) / a22.CVSD_RATE
    quiet = 2000 * np.sin(2 * np.pi * 500 * t)  # a slope well within the largest step
    y = a22.cvsd(quiet)
    err = _db(y[2000:] - quiet[2000:]) - _db(quiet[2000:])
    assert err < -15, err  # followed closely once the step has adapted
    lag = int(np.argmax([np.dot(quiet[2000:-10], y[2000 + k:len(y) - 10 + k]) for k in range(0, 8)]))
    assert lag <= 2
    steep = 20000 * np.sin(2 * np.pi * 3000 * t)  # 3 kHz at 0.6 of full scale rises faster than 1280 a sample
    assert _db(a22.cvsd(steep)[2000:] - steep[2000:]) - _db(steep[2000:]) > -6  # slope overload
    # causal: the same input up to sample 5000 gives the same output up to it, whatever comes after
    other = quiet.copy()
    other[5000:] = -other[5000:]
    assert np.array_equal(a22.cvsd(quiet)[:5000], a22.cvsd(other)[:5000])
    # the air link's bit errors: the decoder wanders, the encoder's bits are the same
    errs = a22.cvsd(quiet, bit_errors=0.005, seed=3)
    assert np.any(errs != y) and _db(errs[2000:] - quiet[2000:]) - _db(quiet[2000:]) < -3


@needs_sox
def test_the_bluetooth_headset_keeps_the_voice_in_place_and_level_and_takes_everything_over_4_khz():
    made = _voice()
    out = a22.bluetooth_headset(made, seed=4)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    import unseen_cases as uc

    assert abs(uc.codec_lag(made.samples, out.samples)) <= 1  # under 0.1 ms
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    for s, e in SEGS:
        assert abs(band_db(_cut(y, s, e), 300, 3000) - band_db(_cut(x, s, e), 300, 3000)) < 1.5
        assert band_db(_cut(y, s, e), 4300, 8000) < band_db(_cut(x, s, e), 4300, 8000) - 30  # the 8 kHz link
    assert "CVSD" in out.notes[-1] and "% of the bits" in out.notes[-1]


def test_the_two_way_radio_keys_each_over_around_its_line_and_a_squelch_tail_follows_its_end():
    made = _voice()
    out = a22.two_way_radio(made, seed=5)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    y = out.samples.astype(np.float64)
    speech = np.mean([_db(_cut(y, s + 0.1, e - 0.1)) for s, e in SEGS])
    assert band_db(y, 3500, 8000) < band_db(_cut(y, 0, TOTAL), 300, 3000) - 10  # narrow-band FM
    overs = int(out.notes[-1].split(" overs")[0].split()[-1])
    assert overs == len(SEGS)  # the made-up talk's pauses (1.2-1.4 s) are each let go of
    for k, (s, e) in enumerate(SEGS):
        # keyed before the line: the channel's hiss, 20-30 dB under, from 150 ms before it; the voice never cut
        assert speech - 32 < _db(_cut(y, s - 0.14, s - 0.01)) < speech - 15
        # after the line: within 0.5 s a burst about as loud as the speech (the squelch tail, or the roger beep)
        loudest = max(_db(_cut(y, a, a + 0.05)) for a in np.arange(e + 0.08, e + 0.5, 0.01))
        assert loudest > speech - 4, (k, loudest, speech)
        # nothing loud before the key-down: the receiver squelched (the listener's room 45 dB under)
        if k:
            assert _db(_cut(y, s - 0.7, s - 0.36)) < speech - 38
    assert "squelch tail" in out.notes[-1]


def test_the_megaphone_keeps_its_horn_s_band_clips_and_its_reflection_comes_later_never_earlier():
    made = _voice()
    out = a22.megaphone(made, seed=6)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    assert band_db(y, 80, 250) < band_db(x, 80, 250) - 20 and band_db(y, 5500, 8000) < band_db(x, 5500, 8000) - 15
    delay = float(out.notes[-1].split("reflection ")[1].split(" ms")[0]) / 1000
    assert 0.03 <= delay <= 0.07
    peak = np.max(np.abs(y))
    for s, e in SEGS:
        assert np.max(np.abs(_cut(y, s - 0.3, s - 0.003))) < 3e-3 * peak  # nothing before the voice
        line = _db(_cut(y, s, e))
        last = _db(_cut(y, e - delay + 0.005, e - 0.005))  # the line's last stretch, heard again off the building
        assert last - 14 < _db(_cut(y, e + 0.005, e + delay - 0.005)) < last - 3
        assert _db(_cut(y, e + delay + 0.005, e + delay + 0.1)) < line - 40  # then nothing: no room out of doors
    # the amplifier's clip: a 'voice' of noise at 0.8-1.2 kHz comes out of the horn with sound at 2.6-3.4 kHz (its
    # third-order products), where a linear horn would add none
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    narrow = np.fft.irfft(spec * ((f > 800) & (f < 1200)), len(x)).astype(np.float32)
    z = a22.megaphone(sc.Made(narrow, made.segments, ["made up"], []), seed=6).samples
    assert band_db(narrow, 2600, 3400) - band_db(narrow, 800, 1200) < -60
    assert band_db(z, 2600, 3400) - band_db(z, 800, 1200) > -30


def test_a_small_room_s_modes_ring_on_low_after_each_line_never_before_it_and_the_highs_stop_with_the_voice():
    made = _voice()
    out = a22.room_modes(made, seed=7)
    assert out.segments == made.segments and len(out.samples) == len(made.samples)
    x, y = made.samples.astype(np.float64), out.samples.astype(np.float64)
    assert abs(_db(y[x != 0]) - _db(x[x != 0])) < 2.0  # the boom is well under the voice inside the lines
    assert np.max(np.abs(_cut(y, 0.0, SEGS[0][0] - 1 / RATE))) < 1e-12  # a causal resonator: nothing before the voice
    for s, e in SEGS:
        line = _db(_cut(y, s, e))
        assert _db(_cut(y, s - 0.3, s - 1 / RATE)) < line - 60  # (the last line's ringing long gone)
        after = [_db(_cut(y, a, a + 0.05)) - line for a in (e, e + 0.05, e + 0.1, e + 0.2)]
        assert -22 < after[0] < -6 and after[0] > after[1] > after[2] > after[3]  # rings on, dying away
        tail = _cut(y, e + 0.01, e + 0.15)
        assert band_db(tail, 40, 300) > band_db(tail, 1000, 8000) + 40  # the room's low pitches, not the voice's highs
    modes = out.notes[-1].split(" axial modes")[0].split()[-1]
    assert 6 <= int(modes) <= 15


@needs_sox
def test_the_new_containers_read_back_with_their_delay_in_the_truth_and_give_the_same_bytes():
    av = pytest.importorskip("av")
    made = broadband(talk(SEGS, TOTAL))
    for kind in sorted(NEW_CODECS):
        out, (suffix, data) = a22.store_codec(made, kind)
        assert suffix == a22.CODECS[kind][0]
        with av.open(io.BytesIO(data)) as c:
            codec = c.streams.audio[0].codec_context.name
            pictures = len(c.streams.video)
        if kind == "3gp":
            assert data[4:8] == b"ftyp" and data[8:11] == b"3gp" and codec.startswith("amr") and pictures == 0
        else:
            assert data[:4] == bytes.fromhex("3026b275") and codec == "wmav2" and pictures == 1
        assert_written_again_the_same(data, a22.store_codec(made, kind)[1][1], kind)
        shift = out.segments[0]["start"] - made.segments[0]["start"]
        assert abs(shift) < 0.06
        assert all(abs((o["start"] - m["start"]) - shift) < 1e-6 for o, m in zip(out.segments, made.segments))
        n = min(len(out.samples), len(made.samples)) - int(0.1 * RATE)
        corr = max(np.corrcoef(out.samples[max(0, lag):n], made.samples[:n - max(0, lag)])[0, 1]
                   for lag in (int(np.floor(shift * RATE)), int(np.ceil(shift * RATE))))  # truth kept to 0.1 ms
        assert corr > (0.9 if kind == "3gp" else 0.98), (kind, corr)


def test_a_dev_run_refuses_the_aside_cases_without_their_flag_and_the_dev_twins_are_in_it():
    import cases
    import rebuild_check
    import run

    for pattern in ("tx_*", "tx_real_bt_page", "tx_de_*", "tx_fr_real_bt_3gp", "*bt_page"):
        with pytest.raises(SystemExit, match="--aside22"):
            run.select_cases([pattern], False, False)
    assert run.select_cases(None, False, False, aside22=True) == a22.names("aside")
    assert not any(cases.is_unseen_aside(n) for n in a22.names("aside") + a22l.names("aside"))  # looked at once
    assert not any(cases.is_unseen_aside(n) for n in a22.names("dev") + a22l.names("dev"))
    assert set(a22.names("aside")) <= set(cases.SEEN_ASIDE)
    dev = cases.all_case_names(long60=True)
    assert not (set(cases.ASIDE22) | set(cases.LANG_ASIDE22)) & set(dev)
    assert cases.ASIDE22 == a22.names("aside") and cases.FRESH65_DEV == a22.names("dev")
    assert cases.LANG_ASIDE22 == a22l.names("aside") and cases.LANG65_DEV == a22l.names("dev")
    ready = [n for n in a22.names("dev") if a22.missing_packages(n) is None]
    assert set(ready) <= set(dev)  # the English twins are in the default run where they can be made
    assert set(rebuild_check.SETS["aside22"]()) == set(a22.names("aside") + a22.names("dev") + a22l.names("aside")
                                                       + a22l.names("dev"))
