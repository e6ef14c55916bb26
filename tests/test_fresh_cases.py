"""The fresh benchmark cases' generator (benchmarks/fresh_cases.py, festival_voices.py): its pure parts.

The cases themselves are made from Debian packages (asterisk English prompts, festival voices) that
a test machine may not have; these tests build talks from made-up prompts instead, and the one test
that needs festival is skipped without it.  Nothing here reads ../shared.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import festival_voices as fv  # noqa: E402
import fresh_cases as fc  # noqa: E402
from aligner.formats import parse_transcript  # noqa: E402

RATE = fc.RATE


def prompt(lead: float, voice: float, tail: float, seed: int, click_at: float | None = None) -> np.ndarray:
    """A clean prompt: digital silence, a 'voice' (noise-modulated tone at -12 dBFS), silence."""
    rng = np.random.default_rng(seed)
    n0, n1, n2 = (int(s * RATE) for s in (lead, voice, tail))
    t = np.arange(n1) / RATE
    v = 0.35 * np.sin(2 * np.pi * 180 * t) * (0.6 + 0.4 * rng.random(n1))
    x = np.concatenate([np.zeros(n0), v, np.zeros(n2)]).astype(np.float32)
    if click_at is not None:
        k = int(click_at * RATE)
        x[k:k + 80] += 0.05 * rng.normal(size=80).astype(np.float32)
    return x


def test_voice_span_finds_the_voice_and_refuses_a_stray_click():
    x = prompt(0.2, 1.5, 0.3, 1)
    a, b = fc.voice_span(x)
    assert abs(a - int(0.2 * RATE)) <= RATE // 1000 * 3
    assert abs(b - int(1.7 * RATE)) <= RATE // 1000 * 3
    # a click 100 ms before the voice: no single right start, so no span
    assert fc.voice_span(prompt(0.3, 1.5, 0.3, 1, click_at=0.15)) is None


@pytest.fixture
def made_up_prompts(monkeypatch):
    """Twenty prompts with known voice spans in place of the asterisk recordings."""
    texts = {f"p{k:02d}": f"Prompt number {k} is said here." for k in range(20)}
    audio = {n: prompt(0.05 + 0.01 * k, 0.8 + 0.05 * k, 0.1 + 0.02 * k, k) for k, n in enumerate(texts)}
    monkeypatch.setattr(fc, "usable_prompts", lambda: dict(texts))
    monkeypatch.setattr(fc, "prompt_audio", lambda name, wideband: (audio[name], fc.voice_span(audio[name])))
    return texts, audio


@pytest.mark.parametrize("gap", [(0.3, 1.5), (0.0, 0.1)])
def test_real_talk_truth_is_where_each_file_went(made_up_prompts, gap):
    texts, audio = made_up_prompts
    made = fc.real_talk(fc.RealTalk("dev", 7, 6, gap=gap, snr_db=60))
    assert len(made.segments) == 6
    y = made.samples
    for s in made.segments:
        name = s["prompt"]
        assert name in fc.half(list(texts), "dev")  # only the development half's prompts
        a, b = fc.voice_span(audio[name])
        at = int(round(s["start"] * RATE)) - a  # where the file was put
        length = b - a
        assert abs(int(round(s["end"] * RATE)) - (at + b)) <= 1
        inside = y[at + a:at + a + length]
        assert np.sqrt(np.mean(inside ** 2)) > 0.1  # the voice is under its truth
        t0, t1 = int(round(s["start"] * RATE)), int(round(s["end"] * RATE))
        assert np.sqrt(np.mean(y[t0 + 16:t0 + 96] ** 2)) > 0.1  # it sounds right after the truth start ...
        assert np.sqrt(np.mean(y[t1 - 96:t1 - 16] ** 2)) > 0.1  # ... and right before the truth end
        if gap[0] >= 0.3:  # a pause before every voice: nothing sounds in the 10 ms before its truth
            before = y[max(0, at + a - 176):at + a - 16]
            assert np.sqrt(np.mean(before ** 2)) < 0.01
            after = y[t1 + 16:t1 + 176]
            assert np.sqrt(np.mean(after ** 2)) < 0.01
    gaps = [n["start"] - p["end"] for p, n in zip(made.segments, made.segments[1:])]
    assert all(gap[0] - 0.002 <= g <= gap[1] + 0.002 for g in gaps)


def test_halves_share_no_prompt_sentence_or_name():
    names = [f"n{k}" for k in range(11)]
    dev, aside = fc.half(names, "dev"), fc.half(names, "aside")
    assert not set(dev) & set(aside) and sorted(dev + aside) == sorted(names)
    assert not set(fc.SENTENCES["dev"]) & set(fc.SENTENCES["aside"])
    cat = fc.catalogue()
    assert set(cat) == set(fc.names("dev")) | set(fc.names("aside"))
    for name, spec in cat.items():
        assert name.startswith("rd_" if spec.which == "dev" else "az_")
        assert all(r.seed not in {q.seed for other in cat.values() if other.which != spec.which
                                  for q in other.recordings} for r in spec.recordings)


def test_mismatch_keeps_the_deleted_sentence_timed_and_the_added_one_unspoken():
    segs = [{"text": f"Sentence {k}.", "start": float(k), "end": k + 0.8} for k in range(10)]
    out, derived = fc.mismatch(segs, delete=3, insert_at=7, text="Never said at all.")
    assert len(out) == 11
    deleted = [c for c in derived["changed"] if c["kind"] == "deleted"][0]
    added = [c for c in derived["changed"] if c["kind"] == "added"][0]
    assert out[deleted["i"]]["text"] == "Sentence 3." and out[deleted["i"]]["in_transcript"] is False
    assert out[deleted["i"]]["start"] == 3.0  # still timed: the audio has it
    assert out[added["i"]] == {"text": "Never said at all.", "start": None, "end": None, "spoken": False}
    assert [s["text"] for s in out if s.get("spoken", True) and s.get("in_transcript", True) is not False] == \
        [f"Sentence {k}." for k in range(10) if k != 3]
    with pytest.raises(ValueError):
        fc.mismatch(segs, delete=3, insert_at=4, text="Next to it.")


def test_web_page_reads_back_as_the_truth_sentences_with_stale_hints():
    segs = [{"text": t, "start": 1.0 + 3 * k, "end": 3.0 + 3 * k} for k, t in enumerate([
        "Thanks for coming tonight.", "I want to talk about boats.", "They float.", "Press 1 to leave a message.",
        "Some are old.  Some are new.", "Why do they leak?", "Nobody knows.", "Thank you."])]
    page, stamps = fc.web_page(segs, seed=3, title="Boats", stamps=3)
    assert "## Transcript" in page and page.count("\n- ") >= 2
    assert len(stamps) == 3 and all(1.5 - 0.31 <= abs(s["off"]) <= 6.0 + 0.31 for s in stamps)
    assert len({s["off"] > 0 for s in stamps}) == 1  # all off the same way: an older cut of the recording
    doc = parse_transcript(page)
    assert doc.source_format == "web"
    words = " ".join(s.text for s in doc.segments).split()
    assert words == " ".join(s["text"] for s in segs).split()  # stamps and furniture are not text

    def seconds(stamp: str) -> float:
        h, m, rest = stamp.split(":")
        return 3600 * int(h) + 60 * int(m) + float(rest.replace(",", "."))

    hints = sorted(round(h.time, 3) for s in doc.segments for h in s.hints)
    assert hints == sorted(round(seconds(s["stamp"]), 3) for s in stamps)
    assert hints == sorted(round(max(0.0, segs[s["i"]]["start"] + s["off"]), 3) for s in stamps)


def test_edge_words_put_pause_side_edges_on_the_waveform():
    # word A sounds 0.00-0.50 s with a 40 ms ringing tail, pause, word B sounds from 0.75 s
    x = np.zeros(int(1.2 * RATE), np.float32)
    x[:int(0.54 * RATE)] = 0.2
    x[int(0.75 * RATE):] = 0.2
    words = [("a", 0.0, 0.5), ("b", 0.7, 1.2)]
    segs = [("aa", 0.0, 0.5), ("pau", 0.5, 0.7), ("b", 0.7, 1.2)]
    a, b = fv.edge_words(words, segs, x)
    assert a["start"] == 0.0 and abs(a["end"] - 0.54) < 1e-3  # the tail belongs to the word
    assert abs(b["start"] - 0.75) < 1e-3 and abs(b["end"] - 1.2) < 1e-3


def test_resample_keeps_time():
    t = np.arange(32000) / 32000
    x = np.where((t > 0.25) & (t < 0.5), np.sin(2 * np.pi * 300 * t), 0).astype(np.float32)
    y = fv.resample(x, 32000)
    assert len(y) == 16000
    loud = np.flatnonzero(np.abs(y) > 0.1)
    assert abs(loud[0] / 16000 - 0.25) < 0.002 and abs(loud[-1] / 16000 - 0.5) < 0.002


@pytest.mark.skipif(not fv.available(), reason="needs festival with the kal, ked and slt HTS voices")
def test_festival_words_are_the_sentence_words_in_order_inside_the_audio():
    text = "Nobody wanted to take over, because the hours are long."
    for voice in fv.VOICES:
        x, words = fv.say_timed(text, voice, 1.1)
        assert [w["word"] for w in words] == ["Nobody", "wanted", "to", "take", "over", "because", "the", "hours",
                                              "are", "long"]
        assert words[0]["start"] == 0.0 and abs(words[-1]["end"] - len(x) / RATE) < 1e-3
        assert all(w["start"] < w["end"] <= n["start"] + 1e-6 for w, n in zip(words, words[1:]))
        pause = words[5]["start"] - words[4]["end"]  # the comma's pause lies between the words
        assert pause > 0.03
        mid = int((words[4]["end"] + pause / 2) * RATE)
        assert np.max(np.abs(x[mid - 40:mid + 40])) <= fv.AUDIBLE
