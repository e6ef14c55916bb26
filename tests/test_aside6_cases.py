"""The sixth aside set's generators (benchmarks/aside6_cases.py, aside6_languages.py): pure parts.

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and run no
aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

import aside6_cases as a6
import aside6_languages as a6l
import synth_cases as sc
from made_up_talks import talk

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.0, 3.2), (3.8, 4.5), (5.3, 6.9), (7.5, 8.4), (9.0, 11.0)]


def test_the_catalogues_hold_what_their_name_lists_say():
    assert set(a6.names("aside")) | set(a6.names("dev")) == set(a6.catalogue())
    assert set(a6l.names("aside")) | set(a6l.names("dev")) == set(a6l.catalogue())
    assert all(n.startswith("zx_") for n in a6.names("aside") + a6l.names("aside"))
    assert all(n.startswith("rd17_") for n in a6.names("dev") + a6l.names("dev"))
    assert all(s.which == ("aside" if n.startswith("zx_") else "dev") for n, s in a6.catalogue().items())
    assert all(s.which == ("aside" if n.startswith("zx_") else "dev") for n, s in a6l.catalogue().items())
    seeds = [s.real.seed for s in list(a6.catalogue().values()) + list(a6l.catalogue().values()) if s.real]
    assert len(seeds) == len(set(seeds))
    spoilers = [s.seed for s in list(a6.catalogue().values()) + list(a6l.catalogue().values())]
    assert 0 not in spoilers and len(spoilers) == len(set(spoilers))  # every case its own noises
    assert set(a6l.LANGS.split(",")) == {s.lang for s in a6l.catalogue().values() if s.which == "aside"}
    assert set(a6l.DEV_LANGS.split(",")) == {s.lang for s in a6l.catalogue().values() if s.which == "dev"}
    # the music the dev twins hear is not the aside's
    tracks = {w: {s.music[0] for s in list(a6.catalogue().values()) + list(a6l.catalogue().values())
                  if s.music and s.which == w} for w in ("dev", "aside")}
    assert not tracks["dev"] & tracks["aside"] and tracks["dev"] <= set(a6.TRACKS["dev"])


def test_the_dev_twins_say_no_line_the_aside_says():
    dev, aside = a6.SHORT_LINES[:a6.DEV_SHORT], a6.SHORT_LINES[a6.DEV_SHORT:]
    assert not set(dev) & set(aside) and len(aside) >= 12 and len(set(a6.SHORT_LINES)) == len(a6.SHORT_LINES)
    assert all(1 <= len(s.split()) <= 3 for s in a6.SHORT_LINES)
    assert not set(a6l.DEV_SENTENCES["zh"]) & set(a6l.SENTENCES["zh"])


@pytest.mark.parametrize("lang", sorted(a6l.SENTENCES))
def test_synthesized_languages_have_ten_different_sentences(lang):
    said = a6l.SENTENCES[lang]
    assert len(said) == 10 == len(set(said))


def test_chinese_is_written_without_spaces_and_said_from_pinyin_line_for_line():
    assert all(" " not in s and re.search(r"[\u4e00-\u9fff]", s) for s in a6l.SENTENCES["zh"] + a6l.DEV_SENTENCES["zh"])
    for which in ("aside", "dev"):
        written, said = a6l.written("zh", which), a6l.said("zh", which)
        assert len(written) == len(said)
        for w, p in zip(written, said):
            syllables = re.findall(r"[a-z]+[1-5]?", p)
            assert all(re.fullmatch(r"[a-z]+[1-5]?", x) for x in p.replace(",", "").replace(".", "").split())
            # one syllable a character (punctuation aside)
            assert len(syllables) == len(re.findall(r"[\u4e00-\u9fff]", w)), (w, p)
    assert a6l.said("sv", "aside") == a6l.SENTENCES["sv"]  # other languages are said as written


def test_wind_comes_in_gusts_of_unit_level_mostly_under_300_hz():
    n = 30 * RATE
    w, count = a6.wind(n, np.random.default_rng(5), per_minute=8)
    assert count == 4 and len(w) == n
    quiet = np.abs(w) < 1e-9
    assert 0.3 < quiet.mean() < 0.95  # gusts, not a bed
    spec = np.abs(np.fft.rfft(w)) ** 2
    f = np.fft.rfftfreq(n, 1 / RATE)
    assert spec[f < 300].sum() > 0.85 * spec.sum()
    again, _ = a6.wind(n, np.random.default_rng(5), per_minute=8)
    assert np.array_equal(w, again)


def test_the_gain_control_lifts_the_pauses_and_holds_the_speech_near_its_target():
    m = talk(SEGS, 12.0)
    x = m.samples + 0.0005 * np.random.default_rng(2).normal(size=len(m.samples)).astype(np.float32)
    g = a6.agc_gain(x)
    assert g.min() > 0 and len(g) == len(x)
    db = 20 * np.log10(g)
    assert db.max() == pytest.approx(18.0, abs=0.01)  # a long pause: lifted as far as it goes
    assert db.min() >= -12.0 - 1e-6
    # inside a sentence the level follower has caught up: the speech comes out near -20 dBFS
    i, j = int(5.8 * RATE), int(6.8 * RATE)
    out = x[i:j] * g[i:j]
    assert abs(20 * np.log10(np.sqrt(np.mean(out.astype(np.float64) ** 2))) + 20.0) < 3.0
    # after a sentence's end the gain climbs back slowly (release 0.8 s), not at once
    end, at = int(6.9 * RATE), [db[int((6.9 + t) * RATE)] for t in (0.1, 0.3, 0.55)]
    assert at[0] < at[1] < at[2] and at[2] - db[end] < 8.0


def test_agc_moves_no_voice_span():
    m = talk(SEGS, 12.0)
    out = a6.agc(m)
    assert out.segments == m.segments and len(out.samples) == len(m.samples)
    assert np.array_equal(out.samples == 0, m.samples == 0)  # a positive gain: silence stays silence


def test_the_pa_adds_late_copies_and_leaves_the_direct_voice_first():
    m = talk(SEGS, 12.0)
    pa = a6.pa_hall(m, 9)
    assert pa.segments == m.segments and len(pa.samples) > len(m.samples)
    first = int(SEGS[0][0] * RATE)
    # nothing before the voice (no copy rings ahead of it) and, until the first loudspeaker's copy can arrive, the
    # direct voice alone (its band's edges ring for a few tens of ms at most)
    assert np.abs(pa.samples[:first]).max() < 1e-3
    early = first + int(0.045 * RATE)
    assert np.abs(pa.samples[:early] - m.samples[:early]).max() < 2e-3
    d1 = float(re.search(r"loudspeakers (\d+) ms", pa.notes[-1]).group(1))
    assert 75 <= d1 <= 110
    # after the last sentence's end the hall still rings
    tail = pa.samples[int((SEGS[-1][1] + 0.1) * RATE):int((SEGS[-1][1] + 0.3) * RATE)]
    assert np.sqrt(np.mean(tail ** 2)) > 1e-3


def test_bandpass_keeps_only_its_band():
    rng = np.random.default_rng(3)
    x = rng.normal(size=RATE).astype(np.float32)
    y = a6.bandpass(x, 180.0, 5000.0)
    spec = np.abs(np.fft.rfft(y))
    f = np.fft.rfftfreq(len(y), 1 / RATE)
    band = np.mean(spec[(f > 400) & (f < 4000)] ** 2)
    assert np.mean(spec[f < 100] ** 2) < 1e-3 * band and np.mean(spec[f > 7000] ** 2) < 5e-3 * band


def test_stale_webvtt_reads_back_as_the_lines_with_their_old_times():
    from aligner.formats import parse_transcript

    segs = [{"text": f"Line number {k} is here.", "start": 3.0 * k + 0.5, "end": 3.0 * k + 2.0} for k in range(9)]
    page, offsets = a6.stale_vtt(segs, 4)
    assert page.startswith("WEBVTT\n")
    doc = parse_transcript(page, name="t.txt")
    assert [s.text for s in doc.segments] == [s["text"] for s in segs]
    cue = re.findall(r"(\d\d):(\d\d):(\d\d)\.(\d\d\d) -->", page)
    times = [int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000 for h, m, s, ms in cue]
    for t, s, o in zip(times, segs, offsets):
        assert t == pytest.approx(max(0.0, s["start"] + o["off"]), abs=0.0011)
    offs = [o["off"] for o in offsets]
    assert max(offs) - min(offs) > 2.5  # two offsets: a piece cut out of the old edit


def test_stage_directions_go_into_lines_and_applause_where_the_crowd_cheers():
    segs = [{"text": f"Sentence {k} is said.", "start": float(k), "end": k + 0.5} for k in range(12)]
    out = a6.with_directions(segs, 3, applause_after=[2, 7])
    assert [s["start"] for s in out] == [s["start"] for s in segs]
    assert out[2]["text"].endswith(" [applause]") and out[7]["text"].endswith(" [applause]")
    directed = [s for s in out if s["text"] != segs[out.index(s)]["text"]]
    assert len(directed) >= 4
    for s, before in zip(out, segs):
        said = re.sub(r"\s*(\[[a-z]+\]|\([a-z]+\))\s*", " ", s["text"]).strip()
        assert said == before["text"]


def test_speaker_names_follow_who_says_the_line():
    segs = [{"text": "Hello there.", "prompt": "vm-intro"}, {"text": "Good day.", "prompt": a6.a3.SECOND + "00"}]
    out = a6.with_names(segs, "ALLISON", "DAVID")
    assert [s["text"] for s in out] == ["ALLISON: Hello there.", "DAVID: Good day."]


def test_cheers_come_after_sentences_and_never_after_the_last():
    m = talk(SEGS, 12.0)
    after, starts = a6.cheers_after(m, 11, 3)
    assert len(after) == 3 and max(after) < len(SEGS) - 1
    for k, at in zip(after, starts):
        assert SEGS[k][1] + 0.1 <= at <= SEGS[k][1] + 0.3


def test_the_short_prompt_filter_keeps_words_and_drops_acronyms():
    assert a6.NOT_WORDS.search("USB Radio") and a6.NOT_WORDS.search("N B S") and a6.NOT_WORDS.search("Skinny")
    assert not a6.NOT_WORDS.search("Call waiting.") and not a6.NOT_WORDS.search("I'm sorry.")


@pytest.mark.skipif(not a6.nv.available("tux:fr"), reason="Tux Paint's stamps are not unpacked")
def test_fresh_recordings_are_in_no_earlier_pool_and_two_runs_share_none():
    source = "tux:fr"
    earlier = set(a6.nv.pool(source, "aside")) | set(a6.nv.pool(source, "dev"))
    one, two = a6l.fresh_pool(source, 0), a6l.fresh_pool(source, 1)
    assert len(one) >= 12 and len(two) >= 12
    assert not (set(one) | set(two)) & earlier and not set(one) & set(two)


def test_a_dev_run_refuses_the_aside_cases():
    import run

    for pattern in ("zx_*", "zx_real_wind", "zx_zh_*"):
        with pytest.raises(SystemExit, match="--aside6"):
            run.select_cases([pattern], False, False)
    assert run.select_cases(None, False, False, aside6=True) == a6.names("aside")


def test_no_dev_run_holds_an_aside_case_and_the_dev_twins_are_in_it():
    import cases

    assert not (set(cases.ASIDE6) | set(cases.LANG_ASIDE6)) & set(cases.all_case_names(long60=True))
    assert cases.all_case_names(aside6=True) == cases.ASIDE6
    assert cases.LANG_ASIDE6 == a6l.names("aside") and cases.LANG17_DEV == a6l.names("dev")
