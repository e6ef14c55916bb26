"""The seventh aside set's generators (benchmarks/aside7_cases.py, aside7_languages.py): pure parts.

The cases are made from Debian packages a test machine may not have; these tests use made-up talks and run no
aligner.  Nothing here reads ../shared or builds a case.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

import aside7_cases as a7
import aside7_languages as a7l
import synth_cases as sc
from made_up_talks import band_share, talk

RATE = sc.RATE
SEGS = [(0.5, 1.5), (2.0, 3.2), (3.8, 4.5), (5.3, 6.9), (7.5, 8.4), (9.0, 11.0)]


def test_catalogues_name_the_halves_and_use_their_prefixes():
    assert all(n.startswith("kx_") for n in a7.names("aside") + a7l.names("aside"))
    assert all(n.startswith("rd21_") for n in a7.names("dev") + a7l.names("dev"))
    assert set(a7.catalogue()) == set(a7.names("aside") + a7.names("dev"))
    assert set(a7l.catalogue()) == set(a7l.names("aside") + a7l.names("dev"))
    assert all(s.which == ("aside" if n.startswith("kx_") else "dev") for n, s in a7.catalogue().items())
    assert all(s.which == ("aside" if n.startswith("kx_") else "dev") for n, s in a7l.catalogue().items())
    seeds = [s.seed for s in list(a7.catalogue().values()) + list(a7l.catalogue().values())]
    assert len(seeds) == len(set(seeds))


def test_the_ring_is_the_uk_double_ring():
    r = a7.ring(cycles=1)
    assert len(r) == 3 * RATE
    hop = RATE // 100
    frames = np.sqrt(np.mean(r.reshape(-1, hop).astype(np.float64) ** 2, axis=1))  # 10 ms RMS
    on = np.repeat(frames > 1e-3, hop)
    # on 0-0.4 s and 0.6-1.0 s, silent in between and from 1.0 s to 3 s
    assert on[int(0.1 * RATE):int(0.3 * RATE)].all() and on[int(0.7 * RATE):int(0.9 * RATE)].all()
    assert not on[int(0.45 * RATE):int(0.55 * RATE)].any() and not on[int(1.05 * RATE):].any()
    assert band_share(r[:int(0.4 * RATE)], 380, 470) > 0.99


def test_knocks_fall_at_line_edges_outside_the_voices():
    made = talk(SEGS, 12.0)
    times = a7.thud_times(made, 5, 4)
    assert len(times) == 4
    for k, how, at in times:
        s = made.segments[k]
        if how == "after":
            assert 0.03 <= at - s["end"] <= 0.15
        else:  # the knock's peak (its first 40 ms) 150-350 ms before the line
            assert 0.15 <= s["start"] - (at + 0.04) <= 0.35 + 1e-9
    assert all(k != len(SEGS) - 1 or how == "before" for k, how, _ in times)


def test_overdrive_clips_the_voices_and_leaves_silence_silent():
    made = talk(SEGS, 12.0)
    hot = a7.overdrive(made, 12.0)
    assert np.max(np.abs(hot.samples)) <= 1.0
    voice = hot.samples[int(0.6 * RATE):int(1.4 * RATE)]
    assert np.mean(np.abs(voice) >= 1.0) > 0.2
    assert not hot.samples[int(1.6 * RATE):int(1.9 * RATE)].any()
    assert hot.segments == made.segments


def test_thin_mic_drops_the_low_band_and_the_wall_keeps_only_it():
    rng = np.random.default_rng(3)
    x = rng.normal(size=4 * RATE).astype(np.float32)
    made = sc.Made(x, [{"text": "a.", "start": 0.5, "end": 3.5}], [], [])
    assert band_share(a7.thin_mic(made).samples, 0, 200) < 0.002
    walled = a7.through_wall(made).samples
    assert band_share(walled, 1000, 8000) < 0.01 and band_share(walled, 0, 350) > 0.8


def test_turn_paragraphs_read_back_as_the_lines():
    segs = [{"text": "Hello there.", "prompt": "a"}, {"text": "How are you today?", "prompt": "b"},
            {"text": "I am fine, thanks.", "prompt": "second/1"}, {"text": "Good to hear.", "prompt": "c"}]
    segs[2]["prompt"] = a7.a3.SECOND + "1"
    assert a7.turns(segs) == [[0, 1], [2], [3]]
    page = a7.turn_paragraphs(segs)
    assert page.count("\n\n") == 2 and page.startswith("- Hello there. How are you today?")
    assert a7.read_back(page, "transcript.txt") == [s["text"] for s in segs]
    assert not a7.one_sentence("Login incorrect.  Mailbox?") and a7.one_sentence("One moment, please.")


def test_wrapped_srt_reads_back_as_the_lines_with_their_old_times():
    from aligner.formats import parse_transcript

    segs = [{"text": f"This is line number {k} of the talk.", "start": 2.0 * k + 1, "end": 2.0 * k + 2.5}
            for k in range(8)]
    page, offsets = a7.stale_wrapped_srt(segs, 7)
    blocks = page.strip().split("\n\n")
    assert all(len(b.splitlines()) == 4 for b in blocks)  # number, times, two lines of text
    doc = parse_transcript(page, name="transcript.txt")
    assert [s.text for s in doc.segments] == [s["text"] for s in segs]
    cue = re.findall(r"(\d\d):(\d\d):(\d\d),(\d\d\d) -->", page)
    times = [int(h) * 3600 + int(m) * 60 + int(x) + int(ms) / 1000 for h, m, x, ms in cue]
    for t, seg, o in zip(times, segs, offsets):
        assert t == pytest.approx(max(0.0, seg["start"] + o["off"]), abs=0.0011)


def test_fillets_lines_are_one_plain_sentence():
    assert a7l.fit_text("Wat is dit voor raar schip?")
    assert not a7l.fit_text("Ja.")  # too short
    assert not a7l.fit_text("Het is 10 uur, kom op.")  # digits
    assert not a7l.fit_text("Wacht even. Ik kom eraan.")  # two sentences
    assert not a7l.fit_text("Nou ja... misschien wel")  # ellipsis, no end
    text = ('dialogId("let-m-divna", "font_small", "What kind of strange ship is that?")\n'
            'dialogStr("Wat is dit voor raar schip?")\n')
    assert a7l.DIALOGUE.findall(text) == [("let-m-divna", "Wat is dit voor raar schip?")]
    assert a7l.FISH.match("let-m-divna") and a7l.FISH.match("bar-v-sud") and not a7l.FISH.match("deu-p-los")


def test_fillets_pools_never_share_a_recording(monkeypatch):
    fake = {f"level/x-m-{k:03d}": f"Zin nummer {k} is hier." for k in range(200)}
    monkeypatch.setattr(a7l, "usable", lambda lang: fake)
    runs = [set(a7l.pool("nl", "aside", r)) for r in range(a7l.ASIDE_RUNS)] + [set(a7l.pool("nl", "dev", 0))]
    assert all(len(r) == a7l.POOL_RUN for r in runs)
    assert len(set().union(*runs)) == a7l.POOL_RUN * len(runs)
    talks = [s for s in a7l.catalogue().values() if s.real is not None and s.which == "aside"]
    for lang in {s.lang for s in talks}:
        assert len({s.run for s in talks if s.lang == lang}) == len([s for s in talks if s.lang == lang])


def test_padded_recordings_keep_their_voice_span_and_the_pad_is_at_their_own_floor(monkeypatch):
    import unseen_cases as uc

    rng = np.random.default_rng(4)
    floor = 0.002
    raw = (rng.normal(size=2 * RATE) * floor).astype(np.float32)
    raw[int(0.2 * RATE):int(1.4 * RATE)] += 0.2 * np.sin(2 * np.pi * 180 * np.arange(int(1.2 * RATE)) / RATE)
    raw[int(1.4 * RATE):] *= 20  # a take's room tail, 20 dB over its quietest frame (the Czech files)
    monkeypatch.setattr(a7l.nv, "decode_file", lambda p: raw)
    x = a7l.read("cs", "level/x-m-1")
    pad = int(a7l.PAD * RATE)
    assert len(x) == len(raw) + 2 * pad
    assert sc._rms(x[:pad]) == pytest.approx(a7l.own_floor(raw), rel=0.1) and a7l.own_floor(raw) < 2 * floor
    start, end = uc.voice_span(x)
    assert abs(start - pad - int(0.2 * RATE)) < 0.01 * RATE
    alone = uc.voice_span(raw)  # where the rule finds the voice on the file alone
    assert abs(end - pad - alone[1]) < 0.02 * RATE and abs(start - pad - alone[0]) < 0.02 * RATE
    assert x[pad] == 0.0  # the fade at the file's start


def test_short_lines_are_new_and_split_between_halves():
    import aside6_cases as a6

    assert not set(a7.SHORT_LINES) & set(a6.SHORT_LINES)
    assert all(1 <= len(t.split()) <= 3 for t in a7.SHORT_LINES)


def test_a_dev_run_refuses_the_aside_cases_and_why_off_knows_them_seen():
    import cases
    import run

    for pattern in ("kx_*", "kx_real_door_thuds", "kx_nl_*"):
        with pytest.raises(SystemExit, match="--aside7"):
            run.select_cases([pattern], False, False)
    assert run.select_cases(None, False, False, aside7=True) == a7.names("aside")
    # looked at once since; the eighth aside set (yx_*) is the unseen one now (test_aside8_cases)
    assert not any(cases.is_unseen_aside(n) for n in a7.names("aside") + a7l.names("aside"))
    assert not any(cases.is_unseen_aside(n) for n in a7.names("dev") + a7l.names("dev"))
    assert set(a7.names("aside")) <= set(cases.SEEN_ASIDE)


def test_no_dev_run_holds_an_aside_case_and_the_dev_twins_are_in_it():
    import cases

    assert not (set(cases.ASIDE7) | set(cases.LANG_ASIDE7)) & set(cases.all_case_names(long60=True))
    assert cases.all_case_names(aside7=True) == cases.ASIDE7
    assert cases.LANG_ASIDE7 == a7l.names("aside") and cases.LANG21_DEV == a7l.names("dev")
    assert cases.FRESH21_DEV == a7.names("dev")


def test_the_gate_cuts_a_takes_reverberation_where_it_falls_under_the_room():
    import unseen_cases as uc

    rng = np.random.default_rng(5)
    n = int(2.5 * RATE)
    x = (rng.normal(size=n) * 1e-4).astype(np.float32)
    t = np.arange(int(1.0 * RATE)) / RATE
    x[int(0.2 * RATE):int(1.2 * RATE)] += 0.3 * np.sin(2 * np.pi * 200 * t)
    tail = np.arange(int(1.0 * RATE)) / RATE  # a baked-in reverberation: -30 dB at once, then 40 dB a second
    x[int(1.2 * RATE):int(2.2 * RATE)] += (0.3 * 10 ** ((-30 - 40 * tail) / 20) * rng.normal(size=len(tail)))
    g = a7l.gated(x, 1e-4, np.random.default_rng(1))
    end = uc.voice_span(g)[1] / RATE
    # the tail starts 27 dB under the tone's loudest 5 ms and passes 40 dB under it ~0.33 s in
    assert 1.2 + 0.25 < end < 1.2 + 0.4
    assert uc.voice_span(x)[1] / RATE > end + 0.1  # ungated, the rule's edge lies deeper in the tail
    assert np.sqrt(np.mean(g[int(1.6 * RATE):] ** 2)) < 3e-4  # the floor after the gate
