"""The second aside set's generators (benchmarks/unseen_cases.py, unseen_languages.py): their pure parts.

The cases are made from Debian packages (asterisk prompts in four languages, music on hold, festival
voices of other languages) a test machine may not have; these tests use made-up prompts and listings,
and the tests that need a package skip cleanly without it.  Nothing here reads ../shared.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import bench_languages  # noqa: E402
import festival_voices as fv  # noqa: E402
import unseen_cases as uc  # noqa: E402
import unseen_languages as ul  # noqa: E402

RATE = uc.RATE


def burst(lead: float, voice: float, tail: float, seed: int) -> np.ndarray:
    """A clean prompt: digital silence, a 'voice' (noise-modulated tone at -12 dBFS), digital silence."""
    rng = np.random.default_rng(seed)
    n0, n1, n2 = (int(s * RATE) for s in (lead, voice, tail))
    t = np.arange(n1) / RATE
    v = 0.35 * np.sin(2 * np.pi * 180 * t) * (0.6 + 0.4 * rng.random(n1))
    return np.concatenate([np.zeros(n0), v, np.zeros(n2)]).astype(np.float32)


def test_listed_lines_are_written_as_sentences():
    assert uc.as_sentence("press 1 to send a reply") == "Press 1 to send a reply."
    assert uc.as_sentence("i'm afraid i don't know who sent this message") == \
        "I'm afraid I don't know who sent this message."
    assert uc.as_sentence("Your message is too short!") == "Your message is too short!"


def test_listed_utterances_keep_whole_lines_only(tmp_path):
    lines = {
        "vm-toreply": "press 1 to send a reply",
        "queue-quantity2": "... callers waiting to speak with a representative.",  # a fragment
        "vm-intro": "Please leave your message after the tone (simple tone sound plays)",  # a note
        "dictate/both_help": "press * to toggle pause, press # to enter a new dictation filename",  # key symbols
        "demo-thanks": "Goodbye. Thank you for trying out the Asterisk open source PBX.",  # two sentences
        "spy-misdn": "M I S D N spelled out",
        "digits/1": "one two three four",
        "vm-tooshort": "your message is too short",
        "no-file": "this prompt has no recording at all",
    }
    listing = tmp_path / "core-sounds-en.txt.gz"
    with gzip.open(listing, "wt", encoding="utf-8") as f:
        f.write("; Core sounds\n" + "".join(f"{k}: {v}\n" for k, v in lines.items()))
    folder = tmp_path / "sounds"
    for k in lines:
        if k != "no-file":
            (folder / k).parent.mkdir(parents=True, exist_ok=True)
            (folder / f"{k}.wav").write_bytes(b"")
    got = uc.listed_utterances(listing, folder)
    assert got == {"vm-toreply": "Press 1 to send a reply.", "vm-tooshort": "Your message is too short."}


def test_tempo_changes_length_and_keeps_the_voice_where_the_scale_puts_it():
    x = np.concatenate([burst(1.0, 1.5, 1.0, 1), burst(0.5, 1.0, 1.0, 2)])
    for factor in (0.85, 1.2):
        y = uc.tempo(x, factor)
        assert abs(len(y) - len(x) / factor) < 0.05 * RATE
        a, b = uc.voice_span(x), uc.voice_span(y)
        assert a is not None and b is not None
        # within atempo's window, no better: WSOLA moves a sharp onset up to ~40 ms from the scaled place,
        # so the truth of a tempo case is measured on the changed prompt, never scaled
        assert abs(b[0] - a[0] / factor) < 0.06 * RATE
        assert abs(b[1] - a[1] / factor) < 0.06 * RATE
    assert uc.tempo(x, 1.0) is not x and np.array_equal(uc.tempo(x, 1.0), x)


def test_codec_lag_finds_a_known_delay():
    rng = np.random.default_rng(3)
    x = rng.normal(size=3 * RATE).astype(np.float32) * 0.1
    for lag in (0, 37, -120):
        y = np.roll(x, lag)
        assert uc.codec_lag(x, y) == lag


def test_encoded_talk_truth_is_on_the_decoded_timeline(monkeypatch):
    x = np.concatenate([burst(0.5, 1.0, 0.5, 4), burst(0.3, 1.0, 0.5, 5)])
    segs = [{"text": "One.", "start": 0.5, "end": 1.5}, {"text": "Two.", "start": 2.3, "end": 3.3}]
    words = [{"word": "One", "start": 0.5, "end": 1.5, "seg": 0}]
    made = uc.Made(x, segs, ["a talk"], words)
    delay = 160  # 10 ms: a decoder that keeps some priming samples
    monkeypatch.setattr(uc, "encode", lambda s, kind: b"bytes")
    monkeypatch.setattr(uc, "decode", lambda data, kind: np.concatenate([np.zeros(delay, np.float32), x]))
    out, (suffix, data), note = uc.store_encoded(made, "mp3")
    assert (suffix, data) == ("mp3", b"bytes")
    assert [s["start"] for s in out.segments] == [0.51, 2.31]
    assert out.words[0]["end"] == 1.51
    assert "+10.0 ms" in note


@pytest.mark.parametrize("kind", ["mp3", "ogg", "m4a"])
def test_codecs_round_trip_without_delay(kind):
    x = np.concatenate([burst(0.5, 1.0, 0.5, 6), burst(0.4, 0.8, 0.5, 7)])
    y = uc.decode(uc.encode(x, kind), kind)
    assert abs(len(y) - len(x)) < 0.01 * RATE
    assert uc.codec_lag(x, y) == 0


def made_up_reader(durations: dict[str, float]):
    def read(name: str, wideband: bool) -> np.ndarray:
        k = sorted(durations).index(name)
        return burst(0.2 + 0.01 * k, durations[name], 0.3, k)
    return read


def test_placed_prompts_truth_is_where_each_voice_went_and_repeats_stand_apart():
    texts = {f"p{k:02d}": f"Prompt number {k}." for k in range(25)}
    durations = {n: 0.6 + 0.02 * k for k, n in enumerate(texts)}
    t = uc.RealTalk(seed=9, prompts=40, gap=(0.3, 0.8), snr_db=60, repeats=2)
    made = uc.place_prompts(t, texts, made_up_reader(durations))
    assert len(made.segments) == 40
    last = {}
    for k, s in enumerate(made.segments):
        assert abs((s["end"] - s["start"]) - durations[s["prompt"]]) < 0.005  # voice_span works to 1 ms windows
        if s["prompt"] in last:
            assert k - last[s["prompt"]] >= 20
        last[s["prompt"]] = k
        if k:
            assert 0.29 <= s["start"] - made.segments[k - 1]["end"] <= 0.81
        inside = made.samples[int(s["start"] * RATE) + 40:int(s["end"] * RATE) - 40]
        outside = made.samples[int(s["start"] * RATE) - 400:int(s["start"] * RATE) - 80]
        assert np.sqrt(np.mean(inside ** 2)) > 30 * np.sqrt(np.mean(outside ** 2))


def test_a_tempo_talk_measures_its_spans_on_the_changed_prompts():
    texts = {f"p{k}": f"Prompt {k}." for k in range(6)}
    durations = {n: 1.0 for n in texts}
    made = uc.place_prompts(uc.RealTalk(seed=2, prompts=5, tempo=1.25, snr_db=60), texts, made_up_reader(durations))
    for s in made.segments:
        assert abs((s["end"] - s["start"]) - 1.0 / 1.25) < 0.05


def test_mismatch_transcript_leaves_the_inserted_line_untimed():
    segs = [{"text": f"Sentence {k}.", "start": 2.0 * k, "end": 2.0 * k + 1.5} for k in range(12)]
    made = uc.Made(np.zeros(30 * RATE, np.float32), segs, [], [])
    built = uc.transcript_kind(uc.Spec("aside", "real", "mismatch", seed=5), made, ["Never said here."])
    inserted = [s for s in built.made.segments if s.get("spoken") is False]
    deleted = [s for s in built.made.segments if s.get("in_transcript") is False]
    assert [s["text"] for s in inserted] == ["Never said here."] and inserted[0]["start"] is None
    assert len(deleted) == 1 and deleted[0]["start"] is not None
    assert {c["kind"] for c in built.derived["changed"]} == {"deleted", "added"}


def test_language_scores_skip_a_line_that_was_never_spoken():
    e = bench_languages.errors([(1.0, 2.0), (5.0, 6.0), (9.0, 10.2)], [(1.0, 2.0), None, (9.0, 10.0)])
    assert e["starts"] == [0.0, 0.0] and e["ends"] == [0.0, pytest.approx(0.2)]


def test_aside_two_is_not_in_a_development_run():
    import cases
    import run

    assert not set(cases.ASIDE2) & set(cases.all_case_names(long60=True))
    assert run.select_cases(None, False, False, aside2=True) == cases.ASIDE2
    with pytest.raises(SystemExit):
        run.select_cases(["nx_*"], False, False)
    assert all(n.startswith("nx_") for n in cases.ASIDE2 + cases.LANG_ASIDE2)
    assert all(n.startswith(("rd2_", "rd4_")) for n in cases.FRESH2_DEV + cases.LANG2_DEV)


def test_catalogues_name_every_case_once():
    assert sorted(uc.names("dev") + uc.names("aside")) == sorted(uc.catalogue())
    assert sorted(ul.names("dev") + ul.names("aside")) == sorted(ul.catalogue())
    for name, spec in ul.catalogue().items():
        assert name.startswith("nx_" if spec.which == "aside" else "rd2_")


def test_language_listing_rules(tmp_path, monkeypatch):
    monkeypatch.setattr(ul.language_cases, "DOCS", tmp_path / "doc")
    monkeypatch.setattr(ul, "SOUNDS", tmp_path / "sounds")
    (tmp_path / "doc" / "asterisk-core-sounds-ru").mkdir(parents=True)
    folder = tmp_path / "sounds" / ul.SPEAKERS["ru"]
    folder.mkdir(parents=True)
    lines = {"call-fwd-on-busy": "Переадресация вызовов если «занято»",
             "conf-adminmenu": "conf-adminmenu: Нажмите 1 чтобы отключить свой микрофон",
             "beep": "[this is a simple beep tone]", "added": "Добавлено",
             "at-tone-time-exactly": "В момент звукового сигнала точное время будет..."}
    with gzip.open(tmp_path / "doc" / "asterisk-core-sounds-ru" / "core-sounds-ru.txt.gz", "wt", encoding="utf-8") as f:
        f.write("".join(f"{k}: {v}\n" for k, v in lines.items()))
    for k in lines:
        (folder / f"{k}.wav").write_bytes(b"")
    assert ul.prompt_texts("ru") == {"call-fwd-on-busy": "Переадресация вызовов если занято"}


def test_festival_language_voices_are_written_in_their_encoding(tmp_path):
    assert fv.encoding("cs_dita") == "iso-8859-2" and fv.encoding("it_lp") == "latin-1" and fv.encoding("kal") == "utf-8"
    prog = fv.script("Děkuji vám.", "cs_dita", 1.0, tmp_path / "s.wav")
    assert "(voice_czech_dita)" in prog and "Duration_Stretch" in prog
    assert "-r" in fv.script("Bon dia.", "ca_ona", 1.1, tmp_path / "s.wav")  # an HTS voice: its own rate option
    prog.encode("iso-8859-2")  # every letter has a byte in the voice's encoding
    with pytest.raises(ValueError):
        fv.script("x", "no_such_voice", 1.0, tmp_path / "s.wav")


@pytest.mark.skipif(not fv.language_voices_available(), reason="festival language voices not installed (apt)")
def test_festival_language_sentences_come_with_their_words():
    x, words = fv.say_timed("Dobrý večer a vítejte na dnešní přednášce.", "cs_dita", 1.0)
    assert words is not None and [w["word"] for w in words][:2] == ["Dobrý", "večer"]
    assert 0 <= words[0]["start"] < words[-1]["end"] <= len(x) / RATE + 1e-3


@pytest.mark.skipif(not uc.real_available(), reason="asterisk English prompts not installed (apt)")
def test_the_aside_pool_holds_no_prompt_an_earlier_case_can_say():
    old = uc.fc.prompt_texts()
    pool = uc.nx_prompts()
    assert len(pool) >= 60
    assert all(n not in old or n in uc.UNUSED_SENTENCES for n in pool)
    assert not set(pool) & set(uc.dev_prompts())
    assert len({t.lower() for t in pool.values()}) == len(pool)


def test_an_encoded_case_is_given_to_ours_as_the_encoded_file_and_to_peers_as_wav(tmp_path):
    import run

    truth = {"audio_file": "audio.m4a"}
    assert run.audio_for("ours", tmp_path, truth) == tmp_path / "audio.m4a"
    assert run.audio_for("stable-ts", tmp_path, truth) == tmp_path / "audio.wav"
    assert run.audio_for("pocketsphinx", tmp_path, truth) == tmp_path / "audio.wav"
    assert run.audio_for("ours", tmp_path, {}) == tmp_path / "audio.wav"
