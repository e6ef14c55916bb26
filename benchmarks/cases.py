"""Benchmark cases: the shared speech cases plus the ones this benchmark derives from them.

Every case is a folder in the layout of ``../shared/data`` (``audio.wav`` 16 kHz
mono int16, ``transcript.txt`` one segment per line, ``truth.json``) so that
``../shared/tools/score.py`` scores all of them the same way.  Derived cases go to
``benchmarks/out/cases/`` (git-ignored) and are rebuilt when missing or when
``GENERATOR_VERSION`` changes; generation is seeded, so every run makes the same
audio and text.

How the truth of a derived case is made (score.py's conventions):

* ``+del`` - a middle transcript line is removed.  Its truth segment stays, timed,
  with ``"in_transcript": false``: score.py leaves it out of the token stream and
  reports how much of it the output's segments swallowed.
* ``+add`` - a sentence that is never spoken is inserted between two middle lines.
  Its truth segment has ``"spoken": false`` and start/end null: it is not scored
  for time; score.py reports how long the output made it and how much speech it covers.
* ``+sub10`` - 10% of the transcript's words (plain alphabetic words, seeded choice)
  are replaced by unrelated words.  Segments with a substitution are
  ``"affected": true`` (score.py reports them apart from the unaffected ones);
  word truth of a substituted word is dropped, the other words keep theirs.
* ``+intro20`` - 20 s of synthetic music (chords, melody, hi-hat) over pink noise is
  put before the audio; every truth time moves by the intro's length.
* ``+gap60`` - 60 s of room noise at the recording's own noise floor is inserted in the
  middle of the pause between two middle segments; later truth moves by 60 s.
* ``long_mix`` - over ten minutes: every shared case (the transcript-only ones too,
  whose segments stay untimed) and synthesized talks in several voices, joined with
  1.5 s of room noise.  Truth is each part's truth moved to where the part starts.
* ``long_60min`` - a sixty-minute synthesized talk (speed and memory), only on request.
* ``long_180min`` - ``long_60min`` three times over, joined with 1.5 s of room noise (does time and
  memory grow linearly?), only on request.

In the neighbours of a deleted or added sentence nothing changed, so they are not
marked affected: "no boundary off by more than 1 s outside the changed sentence"
is checked on every scored segment that is not affected.

Synthesized speech comes from ``tests/synth.py`` (espeak-ng, sentence by sentence,
exact sentence bounds).  ``../shared`` is found relative to the repository.
"""

from __future__ import annotations

import copy
import difflib
import json
import random
import re
import sys
import tempfile
import wave
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Callable, Optional, Sequence

import numpy as np

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
SHARED = REPO.parent / "shared"
SHARED_DATA = SHARED / "data"
OUT = BENCH_DIR / "out"
CASES_DIR = OUT / "cases"
RATE = 16000
#: Bump when case generation changes; cases made by another version are rebuilt.
GENERATOR_VERSION = 5

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
if str(BENCH_DIR) not in sys.path:
    sys.path.insert(0, str(BENCH_DIR))

import fresh_cases  # noqa: E402
import queue_cases  # noqa: E402
import review_cases  # noqa: E402
import room_bed_cases  # noqa: E402
import synth_cases  # noqa: E402
import trap_cases  # noqa: E402
import pause_sound_cases  # noqa: E402
import walking_cases  # noqa: E402
import unseen_cases  # noqa: E402
import aside3_cases  # noqa: E402
import aside3_languages  # noqa: E402
import aside4_cases  # noqa: E402
import aside4_languages  # noqa: E402
import aside5_cases  # noqa: E402
import aside5_languages  # noqa: E402
import aside6_cases  # noqa: E402
import aside6_languages  # noqa: E402
import aside7_cases  # noqa: E402
import aside7_languages  # noqa: E402
import aside8_cases  # noqa: E402
import aside8_languages  # noqa: E402
import aside9_cases  # noqa: E402
import aside9_languages  # noqa: E402
import aside10_cases  # noqa: E402
import aside10_languages  # noqa: E402
import aside11_cases  # noqa: E402
import aside11_languages  # noqa: E402
import aside12_cases  # noqa: E402
import aside12_languages  # noqa: E402
import aside13_cases  # noqa: E402
import aside13_languages  # noqa: E402
import aside14_cases  # noqa: E402
import aside14_languages  # noqa: E402
import aside15_cases  # noqa: E402
import aside15_languages  # noqa: E402
import aside16_cases  # noqa: E402
import aside16_languages  # noqa: E402
import aside17_cases  # noqa: E402
import aside17_languages  # noqa: E402
import aside18_cases  # noqa: E402
import aside18_languages  # noqa: E402
import aside19_cases  # noqa: E402
import aside19_languages  # noqa: E402
import aside20_cases  # noqa: E402
import aside20_languages  # noqa: E402
import aside21_cases  # noqa: E402
import aside21_languages  # noqa: E402
import aside22_cases  # noqa: E402
import aside22_languages  # noqa: E402
import aside23_cases  # noqa: E402
import aside23_languages  # noqa: E402
import aside24_cases  # noqa: E402
import aside24_languages  # noqa: E402
import aside25_cases  # noqa: E402
import aside25_languages  # noqa: E402
import aside26_cases  # noqa: E402
import aside26_languages  # noqa: E402
import aside27_cases  # noqa: E402
import aside27_languages  # noqa: E402
import aside28_cases  # noqa: E402
import aside28_languages  # noqa: E402
import aside29_cases  # noqa: E402
import aside29_languages  # noqa: E402
import aside30_cases  # noqa: E402
import aside30_languages  # noqa: E402
import aside31_cases  # noqa: E402
import aside31_languages  # noqa: E402
import aside32_cases  # noqa: E402
import aside32_languages  # noqa: E402
import aside33_cases  # noqa: E402
import aside33_languages  # noqa: E402
import aside34_cases  # noqa: E402
import aside34_languages  # noqa: E402
import aside35_cases  # noqa: E402
import aside35_languages  # noqa: E402
import aside36_cases  # noqa: E402
import aside36_languages  # noqa: E402
import aside37_cases  # noqa: E402
import aside37_languages  # noqa: E402
import aside38_cases  # noqa: E402
import aside38_languages  # noqa: E402
import aside39_cases  # noqa: E402
import aside39_languages  # noqa: E402
import aside40_cases  # noqa: E402
import aside40_languages  # noqa: E402
import aside41_cases  # noqa: E402
import aside41_languages  # noqa: E402
import aside42_cases  # noqa: E402
import aside42_languages  # noqa: E402
import aside43_cases  # noqa: E402
import aside43_languages  # noqa: E402
import aside44_cases  # noqa: E402
import aside44_languages  # noqa: E402
import aside45_cases  # noqa: E402
import aside45_languages  # noqa: E402
import aside46_cases  # noqa: E402
import aside46_languages  # noqa: E402
import aside47_cases  # noqa: E402
import aside47_languages  # noqa: E402
import aside48_cases  # noqa: E402
import aside48_languages  # noqa: E402
import aside49_cases  # noqa: E402
import aside49_languages  # noqa: E402
import multichannel_cases  # noqa: E402
import cjk_bed_cases  # noqa: E402
import fillets_gated_languages  # noqa: E402
import join_noise_cases  # noqa: E402
import fast_cases  # noqa: E402
import fast_hall_cases  # noqa: E402
import echo_room_cases  # noqa: E402
import room_tail_cases  # noqa: E402
import room_tail_more_cases  # noqa: E402
import slap_back_cases  # noqa: E402
import replaced_line_cases  # noqa: E402
import short_pa_cases  # noqa: E402
import short_pa_more_cases  # noqa: E402
import word_truth_cases  # noqa: E402
import short_words_cases  # noqa: E402
import mishear_cases  # noqa: E402
import crosstalk_cases  # noqa: E402
import second_voice_cases  # noqa: E402
import voice_after_cases  # noqa: E402
import crowd_cases  # noqa: E402
import barely_heard_cases  # noqa: E402
import unheard_english_cases  # noqa: E402
import bells_cases  # noqa: E402
import repeated_openings_cases  # noqa: E402
import whisper_cases  # noqa: E402
import cafe_cases  # noqa: E402
import background_talker_cases  # noqa: E402
import music_cases  # noqa: E402
import impulsive_noise_cases  # noqa: E402
import rumble_cases  # noqa: E402
import unseen_languages  # noqa: E402
from talk_text import NEVER_SPOKEN, SUBSTITUTES, TALK_A, generated_sentences  # noqa: E402


class SharedDataMissing(SystemExit):
    pass


def require_shared() -> None:
    if not (SHARED_DATA.is_dir() and (SHARED / "tools" / "score.py").is_file()):
        raise SharedDataMissing(
            f"The shared speech cases are missing: expected {SHARED_DATA} and {SHARED / 'tools' / 'score.py'} "
            "(../shared beside the repository).  The benchmark needs them for truth and scoring.")


# ------------------------------------------------------------------ the in-memory case
@dataclass
class Talk:
    """Audio with its truth, in the truth.json vocabulary (segments/words dicts)."""

    samples: np.ndarray  # float32, 16 kHz mono
    segments: list[dict]
    words: list[dict] = field(default_factory=list)
    truth_kind: str = "synthetic"
    source: str = ""
    license: str = ""
    notes: list[str] = field(default_factory=list)
    derived: dict = field(default_factory=dict)
    #: the transcript file as a web page (fresh_cases.web_page); "" = one line per transcript segment
    page: str = ""
    #: (suffix, bytes) of an encoded file (mp3, ogg, m4a: unseen_cases.py) that is the case's audio for the
    #: aligners; audio.wav then holds what aligner.audio.decode reads from it
    encoded: Optional[tuple[str, bytes]] = None

    @property
    def duration(self) -> float:
        return len(self.samples) / RATE

    def copy(self) -> "Talk":
        return Talk(self.samples.copy(), copy.deepcopy(self.segments), copy.deepcopy(self.words), self.truth_kind,
                    self.source, self.license, list(self.notes), copy.deepcopy(self.derived), self.page, self.encoded)

    def transcript_lines(self) -> list[str]:
        return [s["text"] for s in self.segments if s.get("in_transcript", True) is not False]


def _prompts_or_voices_talk(b, name: str, module: str, real: bool,
                            word_times: str = "flite's and festival's own word times") -> Talk:
    """A dev generator's built talk (``b.made``, ``b.notes``, ``b.derived``, ``b.page``, ``b.encoded``) as a Talk:
    real prompts (Allison's, truth where each file went) or synthesized voices (truth on the dry speech)."""
    return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                f"{name}: made here from Debian packages (benchmarks/{module}.py)",
                "CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here",
                b.notes + ["each prompt's voice span where its file went (unseen_cases.voice_span)" if real else
                           f"segment bounds exact on the dry speech; {word_times}"],
                b.derived, b.page, b.encoded)


def _timed(s: dict) -> bool:
    return s.get("start") is not None and s.get("end") is not None


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        if w.getframerate() != RATE or w.getnchannels() != 1 or w.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16 kHz mono 16-bit PCM")
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768


def load_case(case_dir: Path) -> Talk:
    truth = json.loads((case_dir / "truth.json").read_text(encoding="utf-8"))
    segs = [{k: v for k, v in s.items() if k in ("text", "start", "end", "in_transcript", "spoken", "affected")}
            for s in truth["segments"]]
    words = [{k: w[k] for k in ("start", "end", "word", "seg") if k in w} for w in truth.get("words") or []]
    return Talk(read_wav(case_dir / "audio.wav"), segs, words, truth.get("truth_kind", "?"),
                truth.get("source", case_dir.name), truth.get("license", ""), [truth.get("notes", "")],
                truth.get("derived", {}))


def write_case(talk: Talk, case_dir: Path) -> None:
    from tests.synth import write_wav

    case_dir.mkdir(parents=True, exist_ok=True)
    write_wav(case_dir / "audio.wav", talk.samples)
    transcript = talk.page or "\n".join(talk.transcript_lines()) + "\n"
    (case_dir / "transcript.txt").write_text(transcript, encoding="utf-8")
    truth = {"source": talk.source, "license": talk.license, "truth_kind": talk.truth_kind,
             "duration": round(talk.duration, 4), "notes": " | ".join(n for n in talk.notes if n),
             "generator_version": GENERATOR_VERSION, "derived": talk.derived,
             "segments": talk.segments, "words": talk.words}
    if talk.page:
        truth["transcript_is_page"] = True  # score.py: the page holds more than is spoken (stamps, furniture)
    if talk.encoded:
        suffix, data = talk.encoded
        (case_dir / f"audio.{suffix}").write_bytes(data)
        truth["audio_file"] = f"audio.{suffix}"  # run.py gives the aligners this file
    (case_dir / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False), encoding="utf-8")


# ------------------------------------------------------------------ signals
_pink_noise = synth_cases.pink  # unit-RMS 1/f noise, one definition for both case makers


def noise_floor(samples: np.ndarray) -> float:
    """RMS of the quietest 10% of 50 ms frames: the recording's own background level."""
    frame = RATE // 20
    n = len(samples) // frame
    if n == 0:
        return 0.0005
    rms = np.sqrt(np.mean(samples[: n * frame].reshape(n, frame) ** 2, axis=1))
    return float(max(np.percentile(rms, 10), 0.0003))


def speech_level(talk: Talk) -> float:
    """RMS over the timed truth segments (the speech), or over everything without timing truth."""
    parts = [talk.samples[int(s["start"] * RATE):int(s["end"] * RATE)] for s in talk.segments
             if _timed(s) and s.get("spoken", True) is not False]
    x = np.concatenate(parts) if parts else talk.samples
    return float(np.sqrt(np.mean(x ** 2)))


def room_noise(seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
    """Background of an empty room: pink noise with a faint mains hum, at ``level`` RMS."""
    n = int(round(seconds * RATE))
    t = np.arange(n) / RATE
    x = _pink_noise(n, rng) + 0.3 * np.sin(2 * np.pi * 50 * t) + 0.15 * np.sin(2 * np.pi * 100 * t)
    return (level * x / np.sqrt(np.mean(x ** 2))).astype(np.float32)


def intro_music(seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
    """A jingle: a chord progression with a melody and a hi-hat over pink noise, faded in and out."""
    n = int(round(seconds * RATE))
    t = np.arange(n) / RATE
    x = np.zeros(n)

    def tone(freq: float, start: float, dur: float, amp: float) -> None:
        a, b = int(start * RATE), min(n, int((start + dur) * RATE))
        if a >= b:
            return
        tt = t[a:b] - start
        env = np.minimum(1, tt / 0.02) * np.exp(-tt * 1.5)
        wave_ = sum(np.sin(2 * np.pi * freq * h * tt) / h ** 1.5 for h in (1, 2, 3, 4))
        x[a:b] += amp * env * wave_

    chords = [(261.6, 329.6, 392.0), (196.0, 246.9, 392.0), (220.0, 261.6, 329.6), (174.6, 220.0, 349.2)]
    melody = [523.3, 587.3, 659.3, 784.0, 659.3, 587.3, 523.3, 440.0]
    bar = 2.5
    for k in range(int(np.ceil(seconds / bar))):
        for f in chords[k % 4]:
            tone(f, k * bar, bar, 0.3)
        for j in range(4):
            tone(melody[(2 * k + j) % len(melody)] * (1 if k % 2 else 1.5), k * bar + j * bar / 4, bar / 4, 0.25)
    hat = rng.normal(size=n) * 0.0
    for k in range(int(seconds / 0.25)):
        a = int(k * 0.25 * RATE)
        m = min(n - a, int(0.04 * RATE))
        hat[a:a + m] += rng.normal(size=m) * np.exp(-np.arange(m) / (0.008 * RATE))
    x = x / np.sqrt(np.mean(x ** 2)) + 0.3 * hat + 0.2 * _pink_noise(n, rng)
    fade = np.minimum(1, np.minimum(t / 1.0, (seconds - t) / 2.0))
    x *= np.clip(fade, 0, 1)
    return (level * x / np.sqrt(np.mean(x ** 2))).astype(np.float32)


# ------------------------------------------------------------------ transformations
def shift(talk: Talk, dt: float, from_time: float = -np.inf) -> None:
    """Move every truth time at or after ``from_time`` by ``dt`` (in place)."""
    for s in talk.segments:
        if _timed(s) and s["start"] >= from_time:
            s["start"] = round(s["start"] + dt, 4)
            s["end"] = round(s["end"] + dt, 4)
    for w in talk.words:
        if w["start"] >= from_time:
            w["start"] = round(w["start"] + dt, 4)
            w["end"] = round(w["end"] + dt, 4)


def middle_index(talk: Talk) -> int:
    """A segment in the middle of the talk with neighbours on both sides."""
    n = len(talk.segments)
    if n < 3:
        raise ValueError("needs at least three segments")
    return n // 2


def delete_sentence(talk: Talk, i: Optional[int] = None) -> Talk:
    t = talk.copy()
    i = middle_index(t) if i is None else i
    t.segments[i]["in_transcript"] = False
    t.derived = {"change": "deleted sentence", "changed": [{"i": i, "kind": "deleted", "text": t.segments[i]["text"],
                                                             "start": t.segments[i]["start"], "end": t.segments[i]["end"]}]}
    return t


def add_sentence(talk: Talk, text: str, i: Optional[int] = None) -> Talk:
    """Insert an unspoken line before segment ``i`` (default: the middle)."""
    t = talk.copy()
    i = (len(t.segments) + 1) // 2 if i is None else i
    t.segments.insert(i, {"text": text, "start": None, "end": None, "spoken": False})
    for w in t.words:
        if w["seg"] >= i:
            w["seg"] += 1
    t.derived = {"change": "added sentence never spoken", "changed": [{"i": i, "kind": "added", "text": text}]}
    return t


def _tokens(text: str) -> list[str]:
    """The scorer's normalized tokens (imported, so both sides cut words the same way)."""
    return score_module().tokens(text)


def substitute_words(talk: Talk, fraction: float = 0.10, seed: int = 7) -> Talk:
    t = talk.copy()
    rng = random.Random(seed)
    # candidate words: whitespace-separated words whose core is purely alphabetic (one scorer token each)
    candidates = []
    for si, s in enumerate(t.segments):
        if s.get("in_transcript", True) is False:
            continue
        for m in re.finditer(r"\S+", s["text"]):
            core = re.fullmatch(r"([^A-Za-z]*)([A-Za-z]+)([^A-Za-z]*)", m.group())
            if core:
                candidates.append((si, m.start() + core.start(2), m.start() + core.end(2)))
    total_words = sum(len(_tokens(s["text"])) for s in t.segments if s.get("in_transcript", True) is not False)
    k = max(1, round(fraction * total_words))
    chosen = sorted(rng.sample(candidates, min(k, len(candidates))), key=lambda c: (c[0], -c[1]))
    changed: dict[int, list] = {}
    old_tokens = {si: _tokens(t.segments[si]["text"]) for si, _, _ in chosen}
    for si, a, b in chosen:  # right to left inside a segment, so offsets stay valid
        text = t.segments[si]["text"]
        orig = text[a:b]
        new = rng.choice([w for w in SUBSTITUTES if w != orig.lower()])
        if orig[0].isupper():
            new = new.capitalize()
        t.segments[si]["text"] = text[:a] + new + text[b:]
        changed.setdefault(si, []).insert(0, [orig, new])
    for si in changed:
        t.segments[si]["affected"] = True
        new_toks = _tokens(t.segments[si]["text"])
        old = old_tokens[si]
        assert len(new_toks) == len(old), (old, new_toks)
        replaced = {k for k in range(len(old)) if old[k] != new_toks[k]}
        t.words = [w for w in t.words if w["seg"] != si or not (_word_positions(w, t.words, si, old) & replaced)]
    t.derived = {"change": f"{round(100 * fraction)}% of words substituted", "words_substituted": len(chosen),
                 "changed": [{"i": si, "kind": "substituted", "pairs": pairs} for si, pairs in sorted(changed.items())]}
    return t


def _word_positions(word: dict, words: list[dict], si: int, seg_tokens: list[str]) -> set[int]:
    """Token positions in ``seg_tokens`` that the truth ``word`` covers (matched the way score.py does)."""
    seg_words = [w for w in words if w["seg"] == si]
    wtoks, owner = [], []
    for w in seg_words:
        for tok in _tokens(w["word"]):
            wtoks.append(tok)
            owner.append(id(w))
    sm = difflib.SequenceMatcher(None, wtoks, seg_tokens, autojunk=False)
    pos = set()
    for blk in sm.get_matching_blocks():
        for k in range(blk.size):
            if owner[blk.a + k] == id(word):
                pos.add(blk.b + k)
    return pos


def prepend_intro(talk: Talk, seconds: float = 20.0, seed: int = 11) -> Talk:
    t = talk.copy()
    rng = np.random.default_rng(seed)
    music = intro_music(seconds, 0.5 * speech_level(talk), rng)
    t.samples = np.concatenate([music, t.samples])
    shift(t, len(music) / RATE)
    t.derived = {"change": f"{seconds:g} s of music and noise prepended", "changed": [],
                 "inserted": [{"start": 0.0, "end": len(music) / RATE, "kind": "music"}]}
    return t


def insert_gap(talk: Talk, seconds: float = 60.0, seed: int = 13) -> Talk:
    """Insert room noise in the pause after a middle segment (the widest pause in the middle third)."""
    t = talk.copy()
    timed = [i for i, s in enumerate(t.segments) if _timed(s)]
    pairs = [(timed[k], timed[k + 1]) for k in range(len(timed) - 1)]
    lo, hi = len(pairs) // 3, max(len(pairs) // 3 + 1, (2 * len(pairs) + 2) // 3)
    middle = pairs[lo:hi] or pairs
    i, j = max(middle, key=lambda p: t.segments[p[1]]["start"] - t.segments[p[0]]["end"])
    cut = (t.segments[i]["end"] + t.segments[j]["start"]) / 2
    n_cut = int(round(cut * RATE))
    gap = room_noise(seconds, noise_floor(talk.samples), np.random.default_rng(seed))
    t.samples = np.concatenate([t.samples[:n_cut], gap, t.samples[n_cut:]])
    shift(t, len(gap) / RATE, from_time=n_cut / RATE)
    t.derived = {"change": f"{seconds:g} s of room noise inserted after segment {i}", "changed": [],
                 "inserted": [{"start": n_cut / RATE, "end": (n_cut + len(gap)) / RATE, "kind": "room noise"}]}
    return t


def concatenate(parts: list[tuple[str, Talk]], gap: float = 1.5, seed: int = 17) -> Talk:
    rng = np.random.default_rng(seed)
    level = min(noise_floor(p.samples) for _, p in parts)
    audio, segs, words, sources, kinds = [], [], [], [], []
    pos = 0
    for k, (name, p) in enumerate(parts):
        if k:
            g = room_noise(gap, level, rng)
            audio.append(g)
            pos += len(g)
        q = p.copy()
        shift(q, pos / RATE)
        base = len(segs)
        segs.extend(q.segments)
        for w in q.words:
            words.append(dict(w, seg=w["seg"] + base))
        sources.append({"name": name, "offset": round(pos / RATE, 4), "duration": round(p.duration, 4),
                        "truth_kind": p.truth_kind, "segments": [base, len(segs)]})
        kinds.append(p.truth_kind)
        audio.append(q.samples)
        pos += len(q.samples)
    return Talk(np.concatenate(audio), segs, words, "mixed:" + ",".join(sorted(set(kinds))),
                "concatenation of: " + ", ".join(n for n, _ in parts), "see the parts' licences",
                ["parts joined with room noise; each part's truth moved to where it starts"],
                {"change": "concatenation", "changed": [], "parts": sources})


# ------------------------------------------------------------------ synthesized talks
def synth_talk(sentences: list[str], voices: list[str], seed: int, run: int = 6) -> Talk:
    """espeak-ng talk via tests/synth.py: voices change every ``run`` sentences, pauses 0.35-1.6 s."""
    from tests.synth import espeak_available, synthesize_talk

    if not espeak_available():
        raise SystemExit("espeak-ng is needed to synthesize the benchmark talks (apt-get install espeak-ng)")
    rng = random.Random(seed)
    pauses = [round(rng.uniform(0.35, 1.6), 2) for _ in sentences[1:]]
    per_sentence = [voices[(k // run) % len(voices)] for k in range(len(sentences))]
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "talk.wav"
        truth = synthesize_talk(sentences, wav, pauses=pauses, lead_in=0.7, tail=0.8, voices=per_sentence, seed=seed)
        samples = read_wav(wav)
    segs = [{"text": s.text, "start": round(s.start, 4), "end": round(s.end, 4), "bounds": "tts-exact"} for s in truth]
    return Talk(samples, segs, [], "synthetic", "synthetic: espeak-ng via tests/synth.py, voices " + ", ".join(voices),
                "generated here", ["segment bounds exact (first/last audible TTS sample); no word truth"])


def talk_a() -> Talk:
    return synth_talk(TALK_A, ["en-us", "en-gb+f3", "en-us-nyc", "en-gb-scotland+f2"], seed=3)


def generated_talk(seconds: float, seed: int, voices: list[str]) -> Talk:
    """A synthesized talk of at least ``seconds`` (and not much more).

    The sentence count comes from a pilot of 30 sentences (seconds per sentence,
    pauses included); a talk that still falls short is made again with more sentences.
    """
    pilot = synth_talk(generated_sentences(30, seed=seed), voices, seed=seed, run=8)
    per_sentence = pilot.duration / 30
    n = max(3, int(np.ceil(seconds / per_sentence)))
    t = synth_talk(generated_sentences(n, seed=seed), voices, seed=seed, run=8)
    while t.duration < seconds:
        n += max(2, int(np.ceil((seconds - t.duration) / per_sentence)))
        t = synth_talk(generated_sentences(n, seed=seed), voices, seed=seed, run=8)
    return t


# ------------------------------------------------------------------ the catalogue
SHARED_CASES = ["praatio_bobby_mary", "mfa_acoustic_corpus", "mfa_cold_corpus", "tts_espeak_us", "jfk", "sonnet_p001"]
DERIVATIONS: dict[str, Callable[[Talk], Talk]] = {
    "del": delete_sentence,
    "add": None,  # needs a per-base sentence; see _derive
    "sub10": substitute_words,
    "intro20": prepend_intro,
    "gap60": insert_gap,
}
#: base -> derivations made from it (praatio has two segments: no middle one to delete)
DERIVED_FROM = {
    "synth_talk_a": ["del", "add", "sub10", "intro20", "gap60"],
    "tts_espeak_us": ["del", "add", "sub10", "intro20", "gap60"],
    "mfa_acoustic_corpus": ["del", "add", "sub10", "intro20", "gap60"],
    "mfa_cold_corpus": ["del", "add", "sub10", "intro20", "gap60"],
    "praatio_bobby_mary": ["add", "sub10", "intro20", "gap60"],
}
ADDED_SENTENCE = {"synth_talk_a": NEVER_SPOKEN[0], "tts_espeak_us": NEVER_SPOKEN[1],
                  "mfa_acoustic_corpus": NEVER_SPOKEN[2], "mfa_cold_corpus": NEVER_SPOKEN[2],
                  "praatio_bobby_mary": NEVER_SPOKEN[3]}
LONG_CASES = ["long_mix", "long_60min"]
#: Synthesized, spoiled cases with exact truth (synth_cases.py): a development set and a held-out set
#: that is only run with ``run.py --heldout`` (look at it at the end, to report).
SYNTH_DEV = synth_cases.names("dev")
#: Synthesized cases built where aligners misplace whole sentences (trap_cases.py): ``trap_*`` for
#: development, ``trapx_*`` kept aside with the held-out set.
TRAP_DEV = trap_cases.names("dev")
HELDOUT = synth_cases.names("heldout") + synth_cases.names("aside") + trap_cases.names("aside")
#: Edge words next to a pause with a sound in it: quiet tails after a hesitation, lines after music or a burst
#: of noise (pause_sound_cases.py, made with trap_cases' maker; issue 7, j84): ``rd49_*``, development.
PAUSE_SOUND_DEV = pause_sound_cases.names()
#: Fresh truth (fresh_cases.py: real English prompts, festival voices): ``rd_*`` for development, ``az_*``
#: kept aside and run only with ``run.py --aside`` (never pooled with the held-out set).
FRESH_DEV = fresh_cases.names("dev")
ASIDE = fresh_cases.names("aside")
#: The second fresh set (unseen_cases.py: new real prompts, tempo, music, babble, codecs, other voice
#: settings): ``rd2_*`` (and ``rd4_*``, slow real English with no pause between sentences) for development,
#: ``nx_*`` kept aside, run only by the lead with ``run.py --aside2``.
FRESH2_DEV = unseen_cases.names("dev")
ASIDE2 = unseen_cases.names("aside")
#: Its language cases (unseen_languages.py), scored by bench_languages.py --set dev2 / --set aside2 only.
LANG2_DEV = unseen_languages.names("dev")
LANG_ASIDE2 = unseen_languages.names("aside")
#: The third fresh set (aside3_cases.py: clipping, a 12 kb/s voice memo, level jumps, fan and traffic, a hall,
#: breaths and clicks in pauses, a second speaker, a 12-minute talk): ``rd5_*`` dev twins, ``ux_*`` kept aside,
#: run only by the lead with ``run.py --aside3``.
FRESH5_DEV = aside3_cases.names("dev")
ASIDE3 = aside3_cases.names("aside")
#: Its language talks (aside3_languages.py), scored by bench_languages.py --set dev5 / --set aside3 only.
LANG5_DEV = aside3_languages.names("dev")
LANG_ASIDE3 = aside3_languages.names("aside")
#: The fourth fresh set (aside4_cases.py: a real English speaker no case heard, a lavalier's rustle, typing,
#: applause, long silences, an 8 kHz mp3, a recording that begins mid-sentence, stale subtitles, a dialogue
#: transcript, a very fast speaker): ``rd9_*`` dev twins, ``vx_*`` kept aside, run only by the lead with
#: ``run.py --aside4``.
FRESH9_DEV = aside4_cases.names("dev")
ASIDE4 = aside4_cases.names("aside")
#: Its language talks (aside4_languages.py), scored by bench_languages.py --set dev9 / --set aside4 only.
LANG9_DEV = aside4_languages.names("dev")
LANG_ASIDE4 = aside4_languages.names("aside")
#: The fifth fresh set (aside5_cases.py: cross-talk, packet loss, a ground-loop buzz, a car, -40 dBFS, a stereo file
#: with the voice on one side, a 48 kHz video, inline stamps half wrong, digits, a whisper, fast speech and rustle
#: with other voices): ``rd12_*`` dev twins, ``qx_*`` kept aside, run only by the lead with ``run.py --aside5``.
FRESH12_DEV = aside5_cases.names("dev")
ASIDE5 = aside5_cases.names("aside")
#: Its language talks (aside5_languages.py), scored by bench_languages.py --set dev12 / --set aside5 only.
LANG12_DEV = aside5_languages.names("dev")
LANG_ASIDE5 = aside5_languages.names("aside")
#: The sixth fresh set (aside6_cases.py: a lecture hall's PA, music under speech, wind, a crowd cheering, a gain
#: control that pumps, a slow speaker, one- to three-word prompts in a row, speaker names, stage directions, stale
#: WebVTT, cross-talk with other voices): ``rd17_*`` dev twins, ``zx_*`` kept aside, run only by the lead with
#: ``run.py --aside6``.
FRESH17_DEV = aside6_cases.names("dev")
ASIDE6 = aside6_cases.names("aside")
#: Its language talks (aside6_languages.py), scored by bench_languages.py --set dev17 / --set aside6 only.
LANG17_DEV = aside6_languages.names("dev")
LANG_ASIDE6 = aside6_languages.names("aside")
#: The seventh fresh set (aside7_cases.py: heavy knocks at line edges, a telephone ringing over a pause, a 16 kb/s
#: mp3, an overdriven recording, a thin laptop microphone, a voice through a wall, 30-45 s silences, one paragraph
#: per speaker turn, SRT cues wrapped mid-sentence; a crowd and short lines through a PA with other voices):
#: ``rd21_*`` dev twins, ``kx_*`` kept aside, run only by the lead with ``run.py --aside7``.
FRESH21_DEV = aside7_cases.names("dev")
ASIDE7 = aside7_cases.names("aside")
#: Its language talks (aside7_languages.py: Fish Fillets NG's Dutch and Czech actors), scored by
#: bench_languages.py --set dev21 / --set aside7 only.
LANG21_DEV = aside7_languages.names("dev")
LANG_ASIDE7 = aside7_languages.names("aside")
#: The eighth fresh set (aside8_cases.py: real English voices no case heard -- pocketsphinx's test data, a LibriVox
#: reader among them -- in panels with the telephone prompts; a train carriage, a telephone ringing over the
#: speech, a gain control that pumps hard, a cafe, a transcriber's time stamps): ``rd22_*`` dev twins, ``yx_*``
#: kept aside, run only by the lead with ``run.py --aside8``.
FRESH22_DEV = aside8_cases.names("dev")
ASIDE8 = aside8_cases.names("aside")
#: Its language talks (aside8_languages.py), scored by bench_languages.py --set dev22 / --set aside8 only.
LANG22_DEV = aside8_languages.names("dev")
LANG_ASIDE8 = aside8_languages.names("aside")
#: The Fish Fillets talks again, each take's end gated at the voice (fillets_gated_languages.py): dev, scored by
#: bench_languages.py --set dev25 only.
LANG25_DEV = fillets_gated_languages.names("dev")
#: The ninth fresh set (aside9_cases.py: new speakers made from a real one -- the telephone prompts shifted in pitch
#: and time by sox --, an AMR-NB phone codec, Opus at 6 kb/s, mains hum with harmonics, a siren passing over a line,
#: a long room on real prompts, transcripts with SPEAKER N: labels and [inaudible] markers): ``rd26_*`` dev twins,
#: ``px_*`` kept aside, run only by the lead with ``run.py --aside9``.
FRESH26_DEV = aside9_cases.names("dev")
ASIDE9 = aside9_cases.names("aside")
#: Its language talks (aside9_languages.py), scored by bench_languages.py --set dev26 / --set aside9 only.
LANG26_DEV = aside9_languages.names("dev")
LANG_ASIDE9 = aside9_languages.names("aside")
#: The tenth fresh set (aside10_cases.py: rain on a roof, a ticking clock, a vacuum cleaner switched on inside a
#: line, a small tiled room with a slap-back echo, joins across noise, G.711 mu-law .au, IMA ADPCM .aif, MPEG Layer
#: II .mp2, the prompts' reader x1.3 faster and x0.78 slower; a web page with stale stamps, ``- `` turns, old SRT, a
#: sentence deleted and one inserted, a sentence replaced by one never spoken): ``rd31_*`` dev twins, ``mx_*`` kept
#: aside, run only by the lead with ``run.py --aside10``.
FRESH31_DEV = aside10_cases.names("dev")
ASIDE10 = aside10_cases.names("aside")
#: Its language talks (aside10_languages.py), scored by bench_languages.py --set dev31 / --set aside10 only.
LANG31_DEV = aside10_languages.names("dev")
LANG_ASIDE10 = aside10_languages.names("aside")
#: The eleventh fresh set (aside11_cases.py: an air conditioner cycling, a television in another room, coughs and
#: laughter between lines, pages turned just before a line, a stairwell's flutter echo, joins across a television or
#: an air conditioner, a talk over 10 minutes, WMA, AC-3 in Matroska, G.726, a WebM video, the prompts' reader x0.7,
#: x1.45 and drifting within a talk; old WebVTT and a sentence begun, broken off and said again among the transcript
#: shapes): ``rd40_*`` dev twins, ``lx_*`` kept aside, run only by the lead with ``run.py --aside11``.
FRESH40_DEV = aside11_cases.names("dev")
ASIDE11 = aside11_cases.names("aside")
#: Its language talks (aside11_languages.py), scored by bench_languages.py --set dev40 / --set aside11 only.
LANG40_DEV = aside11_languages.names("dev")
LANG_ASIDE11 = aside11_languages.names("aside")
#: The twelfth fresh set (aside12_cases.py: a dog barking in the pauses, birdsong through a window, church bells, a
#: speaker who walks away from the microphone and back, A-law, Nellymoser in Flash video, RealAudio 1.0, Bluetooth
#: SBC, E-AC-3; a deleted, an added and a replaced line in one transcript):
#: ``rd48_*`` dev twins, ``sx_*`` kept aside, run only by the lead with ``run.py --aside12``.
FRESH48_DEV = aside12_cases.names("dev")
ASIDE12 = aside12_cases.names("aside")
#: Its language talks (aside12_languages.py), scored by bench_languages.py --set dev48 / --set aside12 only.
LANG48_DEV = aside12_languages.names("dev")
LANG_ASIDE12 = aside12_languages.names("aside")
#: The thirteenth fresh set (aside13_cases.py: a sneeze in the pauses, a baby crying, lost packets concealed by
#: repeated frames, a cassette transfer (wow, flutter, the tape fast), numbers said from digits and written in words,
#: a fast interviewer and a slow guest, G.723.1, Yamaha ADPCM in SMAF, CRI ADX, DFPWM, Microsoft ADPCM):
#: ``rd54_*`` dev twins, ``wx_*`` kept aside, run only by the lead with ``run.py --aside13``.
FRESH54_DEV = aside13_cases.names("dev")
ASIDE13 = aside13_cases.names("aside")
#: Its language talks (aside13_languages.py), scored by bench_languages.py --set dev54 / --set aside13 only.
LANG54_DEV = aside13_languages.names("dev")
LANG_ASIDE13 = aside13_languages.names("aside")
#: The fourteenth fresh set (aside14_cases.py: plosive pops inside the line edges, a phone's noise suppressor with
#: musical noise, a podcast's jingle ducked under the first line, a question from the audience from a far
#: microphone, PA feedback howling, a phone vibrating on the table, subtitle-shaped 42-character lines, SubRip timed
#: at another frame rate, 8-bit PCM at 11.025 kHz, Flash ADPCM, RoQ DPCM, Argonaut ADPCM):
#: ``rd57_*`` dev twins, ``ox_*`` kept aside, run only by the lead with ``run.py --aside14``.
FRESH57_DEV = aside14_cases.names("dev")
ASIDE14 = aside14_cases.names("aside")
#: Its language talks (aside14_languages.py), scored by bench_languages.py --set dev57 / --set aside14 only.
LANG57_DEV = aside14_languages.names("dev")
LANG_ASIDE14 = aside14_languages.names("aside")
#: The fifteenth fresh set (aside15_cases.py: a real laugh or cough inside a line, a chair creaking across line
#: edges, a half-duplex speakerphone switching the lines' first syllables down, Audacity labels from an earlier edit,
#: a Praat TextGrid timed at the wrong sample rate, aptX, WMA v1, True Audio, Apple Lossless):
#: ``rd58_*`` dev twins, ``hx_*`` kept aside, run only by the lead with ``run.py --aside15``.
FRESH58_DEV = aside15_cases.names("dev")
ASIDE15 = aside15_cases.names("aside")
#: Its language talks (aside15_languages.py), scored by bench_languages.py --set dev58 / --set aside15 only.
LANG58_DEV = aside15_languages.names("dev")
LANG_ASIDE15 = aside15_languages.names("aside")
#: The sixteenth fresh set (aside16_cases.py: a listener's real interjections over line ends, a livestream of the
#: talk heard in the room, a spaced microphone pair folded to mono, a spreadsheet's CSV and a captioning service's
#: JSON timed on an older cut, WavPack, G.722 in a WAV, float Wave64, 24-bit CAF, MPEG-2 audio in a transport
#: stream): ``rd59_*`` dev twins, ``gx_*`` kept aside, run only by the lead with ``run.py --aside16``.
FRESH59_DEV = aside16_cases.names("dev")
ASIDE16 = aside16_cases.names("aside")
#: Its language talks (aside16_languages.py), scored by bench_languages.py --set dev59 / --set aside16 only.
LANG59_DEV = aside16_languages.names("dev")
LANG_ASIDE16 = aside16_languages.names("aside")
#: The seventeenth fresh set (aside17_cases.py: a broadcaster's censor bleeps inside lines, a speaker trailing off at
#: line ends, a mobile phone's radio interference, a stereo recorder with one capsule wired upside down, a dictaphone
#: halving its rate without a filter, Ogg Vorbis, FLAC at 48 kHz, DVD LPCM in a VOB, Creative Voice, IRCAM):
#: ``rd60_*`` dev twins, ``fx_*`` kept aside, run only by the lead with ``run.py --aside17``.
FRESH60_DEV = aside17_cases.names("dev")
ASIDE17 = aside17_cases.names("aside")
#: Its language talks (aside17_languages.py), scored by bench_languages.py --set dev60 / --set aside17 only.
LANG60_DEV = aside17_languages.names("dev")
LANG_ASIDE17 = aside17_languages.names("aside")
#: The eighteenth fresh set (aside18_cases.py: a mistuned single-sideband radio relay, a speaker's footsteps on a
#: wooden stage, a whiteboard marker squeaking across line edges, a helicopter passing over, a film's 5.1 soundtrack
#: folded to mono, RF64, SoX's native format, 24-bit AIFF, PCM in NUT):
#: ``rd61_*`` dev twins, ``ex_*`` kept aside, run only by the lead with ``run.py --aside18``.
FRESH61_DEV = aside18_cases.names("dev")
ASIDE18 = aside18_cases.names("aside")
#: Its language talks (aside18_languages.py), scored by bench_languages.py --set dev61 / --set aside18 only.
LANG61_DEV = aside18_languages.names("dev")
LANG_ASIDE18 = aside18_languages.names("aside")
#: The nineteenth fresh set (aside19_cases.py: a four-track field recorder folded to mono, a speaker clearing the
#: throat next to lines, a voice with a tremor, mouth clicks and lip smacks at line edges, a video call switching band
#: inside lines, 64-bit float AIFF-C, PCM in AST):
#: ``rd62_*`` dev twins, ``dx_*`` kept aside, run only by the lead with ``run.py --aside19``.
FRESH62_DEV = aside19_cases.names("dev")
ASIDE19 = aside19_cases.names("aside")
#: Its language talks (aside19_languages.py), scored by bench_languages.py --set dev62 / --set aside19 only.
LANG62_DEV = aside19_languages.names("dev")
LANG_ASIDE19 = aside19_languages.names("aside")
#: The twentieth fresh set (aside20_cases.py: two recorders mixed that drift apart, a cassette's print-through, a talk
#: edited from takes with their own room tones, a lacquer transcription disc, a simultaneous interpreter heard from
#: the booth, Blu-ray LPCM in M2TS, AC-3 as S/PDIF in a WAV):
#: ``rd63_*`` dev twins, ``cx_*`` kept aside, run only by the lead with ``run.py --aside20``.
FRESH63_DEV = aside20_cases.names("dev")
ASIDE20 = aside20_cases.names("aside")
#: Its language talks (aside20_languages.py), scored by bench_languages.py --set dev63 / --set aside20 only.
LANG63_DEV = aside20_languages.names("dev")
LANG_ASIDE20 = aside20_languages.names("aside")
#: The twenty-first fresh set (aside21_cases.py: an FM broadcast chain, a laptop's echo canceller leaving the far
#: end's residue, a voice through a face mask or a visor, a wireless microphone's compander, a lecture sped up by a
#: phase vocoder, 24-bit PCM in MOV, MP3 in AVI): ``rd64_*`` dev twins, ``jx_*`` kept aside, run only by the lead with
#: ``run.py --aside21``.
FRESH64_DEV = aside21_cases.names("dev")
ASIDE21 = aside21_cases.names("aside")
#: Its language talks (aside21_languages.py), scored by bench_languages.py --set dev64 / --set aside21 only.
LANG64_DEV = aside21_languages.names("dev")
LANG_ASIDE21 = aside21_languages.names("aside")
#: The twenty-second fresh set (aside22_cases.py: a Bluetooth headset's CVSD link, a two-way radio's push-to-talk
#: with its squelch tails, a voice through a megaphone out of doors, AMR-NB in 3GP, WMA v2 in a Windows Media video):
#: ``rd65_*`` dev twins, ``tx_*`` kept aside, run only by the lead with ``run.py --aside22``.
FRESH65_DEV = aside22_cases.names("dev")
ASIDE22 = aside22_cases.names("aside")
#: Its language talks (aside22_languages.py), scored by bench_languages.py --set dev65 / --set aside22 only.
LANG65_DEV = aside22_languages.names("dev")
LANG_ASIDE22 = aside22_languages.names("aside")
#: The twenty-third fresh set (aside23_cases.py: a panel's automatic microphone mixer, a Dolby B cassette played back
#: without it, a PA's chime before announcements, AAC in 3GPP2 and in a Flash MP4 video): ``rd66_*`` dev twins,
#: ``rx_*`` kept aside, run only by the lead with ``run.py --aside23``.
FRESH66_DEV = aside23_cases.names("dev")
ASIDE23 = aside23_cases.names("aside")
#: Its language talks (aside23_languages.py), scored by bench_languages.py --set dev66 / --set aside23 only.
LANG66_DEV = aside23_languages.names("dev")
LANG_ASIDE23 = aside23_languages.names("aside")
#: The twenty-fourth fresh set (aside24_cases.py: a MiniDisc's transform codec, a podcast's de-esser, thunder, a road
#: drill outside, MPEG-1 Layer II in Matroska and Vorbis in a WebM video): ``rd67_*`` dev twins, ``bx_*`` kept aside,
#: run only by the lead with ``run.py --aside24``.
FRESH67_DEV = aside24_cases.names("dev")
ASIDE24 = aside24_cases.names("aside")
#: Its language talks (aside24_languages.py), scored by bench_languages.py --set dev67 / --set aside24 only.
LANG67_DEV = aside24_languages.names("dev")
LANG_ASIDE24 = aside24_languages.names("aside")
#: The twenty-fifth fresh set (aside25_cases.py: an espresso machine behind the counter, a leaf blower walking past
#: outside, a kettle coming to the boil, a podcast's aural exciter, Opus in Matroska audio and E-AC-3 in an MP4
#: video): ``rd68_*`` dev twins, ``ix_*`` kept aside, run only by the lead with ``run.py --aside25``.
FRESH68_DEV = aside25_cases.names("dev")
ASIDE25 = aside25_cases.names("aside")
#: Its language talks (aside25_languages.py), scored by bench_languages.py --set dev68 / --set aside25 only.
LANG68_DEV = aside25_languages.names("dev")
LANG_ASIDE25 = aside25_languages.names("aside")
#: The twenty-sixth fresh set (aside26_cases.py: an underground train passing under the hall, a lift arriving next
#: door, a ceiling fan's slow beat, an office laser printer, AAC in a QuickTime MOV and MP3 in a Matroska video):
#: ``rd69_*`` dev twins, ``ax_*`` kept aside, run only by the lead with ``run.py --aside26``.
FRESH69_DEV = aside26_cases.names("dev")
ASIDE26 = aside26_cases.names("aside")
#: Its language talks (aside26_languages.py), scored by bench_languages.py --set dev69 / --set aside26 only.
LANG69_DEV = aside26_languages.names("dev")
LANG_ASIDE26 = aside26_languages.names("aside")
#: The twenty-seventh fresh set (aside27_cases.py: crickets chirping at an evening talk outdoors, water poured into a
#: glass at the lectern, the sea breaking below a terrace, a paper shredder by the desk, AAC in an MPEG transport
#: stream and IMA ADPCM in a camera's AVI): ``rd70_*`` dev twins, ``ey_*`` kept aside, run only by the lead with
#: ``run.py --aside27``.
FRESH70_DEV = aside27_cases.names("dev")
ASIDE27 = aside27_cases.names("aside")
#: Its language talks (aside27_languages.py), scored by bench_languages.py --set dev70 / --set aside27 only.
LANG70_DEV = aside27_languages.names("dev")
LANG_ASIDE27 = aside27_languages.names("aside")
#: The twenty-eighth fresh set (aside28_cases.py: press photographers' camera shutters, a mosquito circling the
#: microphone, a slide carousel projector, a bag's zipper in the audience, AAC in Matroska and Opus in MP4):
#: ``rd71_*`` dev twins, ``fy_*`` kept aside, run only by the lead with ``run.py --aside28``.
FRESH71_DEV = aside28_cases.names("dev")
ASIDE28 = aside28_cases.names("aside")
#: Its language talks (aside28_languages.py), scored by bench_languages.py --set dev71 / --set aside28 only.
LANG71_DEV = aside28_languages.names("dev")
LANG_ASIDE28 = aside28_languages.names("aside")
#: The twenty-ninth fresh set (aside29_cases.py: central heating's pipes knocking, a wind chime outside an open
#: window, a tap dripping in the kitchenette, table tennis in the next room, AC-3 in an AVCHD M2TS and MPEG-1 Layer II
#: in an MPEG program stream): ``rd72_*`` dev twins, ``gy_*`` kept aside, run only by the lead with
#: ``run.py --aside29``.
FRESH72_DEV = aside29_cases.names("dev")
ASIDE29 = aside29_cases.names("aside")
#: Its language talks (aside29_languages.py), scored by bench_languages.py --set dev72 / --set aside29 only.
LANG72_DEV = aside29_languages.names("dev")
LANG_ASIDE29 = aside29_languages.names("aside")
#: The thirtieth fresh set (aside30_cases.py: pigeons cooing on the windowsill, frogs croaking in a pond, a ham radio
#: next door sending Morse, someone snoring in the audience, Microsoft ADPCM in a Video for Windows AVI and MP3 in
#: Flash video): ``rd73_*`` dev twins, ``hy_*`` kept aside, run only by the lead with ``run.py --aside30``.
FRESH73_DEV = aside30_cases.names("dev")
ASIDE30 = aside30_cases.names("aside")
#: Its language talks (aside30_languages.py), scored by bench_languages.py --set dev73 / --set aside30 only.
LANG73_DEV = aside30_languages.names("dev")
LANG_ASIDE30 = aside30_languages.names("aside")
#: The thirty-first fresh set (aside31_cases.py: geese honking overhead, a sewing machine in the next room, someone
#: with hiccups in the audience, a cuckoo clock striking the hour, IMA ADPCM in a QuickTime movie and AC-3 in a DVD's
#: VOB): ``rd74_*`` dev twins, ``iy_*`` kept aside, run only by the lead with ``run.py --aside31``.
FRESH74_DEV = aside31_cases.names("dev")
ASIDE31 = aside31_cases.names("aside")
#: Its language talks (aside31_languages.py), scored by bench_languages.py --set dev74 / --set aside31 only.
LANG74_DEV = aside31_languages.names("dev")
LANG_ASIDE31 = aside31_languages.names("aside")
#: The thirty-second fresh set (aside32_cases.py: an organist practising in the church, a typewriter at the back of
#: the hall, a wind-up music box on a table, sheep bleating in the field, MPEG-1 Layer II in a Windows Media Center
#: recording and AAC in a Smooth Streaming MP4): ``rd75_*`` dev twins, ``ky_*`` kept aside, run only by the lead with
#: ``run.py --aside32``.
FRESH75_DEV = aside32_cases.names("dev")
ASIDE32 = aside32_cases.names("aside")
#: Its language talks (aside32_languages.py), scored by bench_languages.py --set dev75 / --set aside32 only.
LANG75_DEV = aside32_languages.names("dev")
LANG_ASIDE32 = aside32_languages.names("aside")
#: The thirty-third fresh set (aside33_cases.py: fireworks over an outdoor talk, an accordion busker in the street
#: outside, a cat in the room of a talk recorded at home, a dishwasher through the kitchen wall, MPEG-1 Layer II in a
#: Broadcast Wave file and 24-bit PCM in an MXF file): ``rd76_*`` dev twins, ``ly_*`` kept aside, run only by the
#: lead with ``run.py --aside33``.
FRESH76_DEV = aside33_cases.names("dev")
ASIDE33 = aside33_cases.names("aside")
#: Its language talks (aside33_languages.py), scored by bench_languages.py --set dev76 / --set aside33 only.
LANG76_DEV = aside33_languages.names("dev")
LANG_ASIDE33 = aside33_languages.names("aside")
#: The thirty-fourth fresh set (aside34_cases.py: cows lowing at a farm's open day, a motorbike revving past outside,
#: a handsaw in the workshop next door, a piano practised next door, Opus in an MPEG transport stream and AC-3
#: in an MP4): ``rd77_*`` dev twins, ``my_*`` kept aside, run only by the lead with ``run.py --aside34``.
FRESH77_DEV = aside34_cases.names("dev")
ASIDE34 = aside34_cases.names("aside")
#: Its language talks (aside34_languages.py), scored by bench_languages.py --set dev77 / --set aside34 only.
LANG77_DEV = aside34_languages.names("dev")
LANG_ASIDE34 = aside34_languages.names("aside")
#: The thirty-fifth fresh set (aside35_cases.py: a drummer rehearsing next door, a skateboard rolling past outside,
#: a trumpet practised upstairs, a tumble dryer through the wall, FLAC in Matroska and MP3 in an MP4): ``rd78_*`` dev
#: twins, ``ny_*`` kept aside, run only by the lead with ``run.py --aside35``.
FRESH78_DEV = aside35_cases.names("dev")
ASIDE35 = aside35_cases.names("aside")
#: Its language talks (aside35_languages.py), scored by bench_languages.py --set dev78 / --set aside35 only.
LANG78_DEV = aside35_languages.names("dev")
LANG_ASIDE35 = aside35_languages.names("aside")
#: The thirty-sixth fresh set (aside36_cases.py: a caller keying numbers on a speakerphone, a choir rehearsing next
#: door, a woodpecker drumming in the garden, someone eating crisps beside the microphone, AAC in 3GPP and 16-bit PCM
#: in AVI): ``rd79_*`` dev twins, ``oy_*`` kept aside, run only by the lead with ``run.py --aside36``.
FRESH79_DEV = aside36_cases.names("dev")
ASIDE36 = aside36_cases.names("aside")
#: Its language talks (aside36_languages.py), scored by bench_languages.py --set dev79 / --set aside36 only.
LANG79_DEV = aside36_languages.names("dev")
LANG_ASIDE36 = aside36_languages.names("aside")
#: The thirty-seventh fresh set (aside37_cases.py: someone humming a tune beside the microphone, someone stirring tea
#: with a teaspoon, an electric toothbrush through the bathroom door, someone with a cold sniffing, AAC in Flash video
#: and AC-3 in AVI): ``rd80_*`` dev twins, ``py_*`` kept aside, run only by the lead with ``run.py --aside37``.
FRESH80_DEV = aside37_cases.names("dev")
ASIDE37 = aside37_cases.names("aside")
#: Its language talks (aside37_languages.py), scored by bench_languages.py --set dev80 / --set aside37 only.
LANG80_DEV = aside37_languages.names("dev")
LANG_ASIDE37 = aside37_languages.names("aside")
#: The thirty-eighth fresh set (aside38_cases.py: someone yawning beside the microphone, someone chopping vegetables
#: on a wooden board, a lawn sprinkler ticking round in the garden, a bus stopping at the stop outside, E-AC-3 in
#: Matroska and 16-bit PCM in a QuickTime MOV): ``rd81_*`` dev twins, ``qy_*`` kept aside, run only by the lead
#: with ``run.py --aside38``.
FRESH81_DEV = aside38_cases.names("dev")
ASIDE38 = aside38_cases.names("aside")
#: Its language talks (aside38_languages.py), scored by bench_languages.py --set dev81 / --set aside38 only.
LANG81_DEV = aside38_languages.names("dev")
LANG_ASIDE38 = aside38_languages.names("aside")
#: The thirty-ninth fresh set (aside39_cases.py: someone practising the cello next door, someone spraying deodorant,
#: a car's windscreen wipers, someone pumping up a bicycle tyre, 16-bit PCM in Matroska and Apple Lossless in a Core
#: Audio file): ``rd82_*`` dev twins, ``ry_*`` kept aside, run only by the lead with ``run.py --aside39``.
FRESH82_DEV = aside39_cases.names("dev")
ASIDE39 = aside39_cases.names("aside")
#: Its language talks (aside39_languages.py), scored by bench_languages.py --set dev82 / --set aside39 only.
LANG82_DEV = aside39_languages.names("dev")
LANG_ASIDE39 = aside39_languages.names("aside")
#: The fortieth fresh set (aside40_cases.py: a didgeridoo busker outside, a dog panting beside the microphone, someone
#: striking matches, someone skipping with a rope, AAC in an audiobook's M4B and FLAC in Ogg): ``rd83_*`` dev twins,
#: ``sy_*`` kept aside, run only by the lead with ``run.py --aside40``.
FRESH83_DEV = aside40_cases.names("dev")
ASIDE40 = aside40_cases.names("aside")
#: Its language talks (aside40_languages.py), scored by bench_languages.py --set dev83 / --set aside40 only.
LANG83_DEV = aside40_languages.names("dev")
LANG_ASIDE40 = aside40_languages.names("aside")
#: The forty-first fresh set (aside41_cases.py: a hurdy-gurdy player at the market, someone taking notes with a
#: pencil, a car outside that will not start, someone mixing cocktails, 24-bit PCM in a Broadcast Wave and mu-law in
#: a camera's AVI): ``rd84_*`` dev twins, ``ty_*`` kept aside, run only by the lead with ``run.py --aside41``.
FRESH84_DEV = aside41_cases.names("dev")
ASIDE41 = aside41_cases.names("aside")
#: Its language talks (aside41_languages.py), scored by bench_languages.py --set dev84 / --set aside41 only.
LANG84_DEV = aside41_languages.names("dev")
LANG_ASIDE41 = aside41_languages.names("aside")
#: The forty-second fresh set (aside42_cases.py: a clerk stamping forms, a singer warming up with lip trills, someone
#: shuffling and dealing cards, popcorn popping in a microwave, 32-bit float PCM in a Core Audio file and 16-bit
#: big-endian PCM in a camera's MOV): ``rd85_*`` dev twins, ``uy_*`` kept aside, run only by the lead with
#: ``run.py --aside42``.
FRESH85_DEV = aside42_cases.names("dev")
ASIDE42 = aside42_cases.names("aside")
#: Its language talks (aside42_languages.py), scored by bench_languages.py --set dev85 / --set aside42 only.
LANG85_DEV = aside42_languages.names("dev")
LANG_ASIDE42 = aside42_languages.names("aside")
#: The forty-third fresh set (aside43_cases.py: electric cars pulling out of a car park, someone scraping burnt toast,
#: a shop's roller shutter going up, someone folding laundry and shaking out towels, IMA ADPCM in a Core Audio file
#: and 16-bit big-endian PCM in a Sun AU file): ``rd86_*`` dev twins, ``vy_*`` kept aside, run only by the lead with
#: ``run.py --aside43``.
FRESH86_DEV = aside43_cases.names("dev")
ASIDE43 = aside43_cases.names("aside")
#: Its language talks (aside43_languages.py), scored by bench_languages.py --set dev86 / --set aside43 only.
LANG86_DEV = aside43_languages.names("dev")
LANG_ASIDE43 = aside43_languages.names("aside")
#: The forty-fourth fresh set (aside44_cases.py: the speaker setting a mug down before lines, a singing bowl sung over
#: line ends, someone spinning a coin on the table, someone twanging a ruler on the desk's edge, 16-bit PCM in a
#: camera's MP4 and G.711 A-law in a QuickTime movie): ``rd87_*`` dev twins, ``wy_*`` kept aside, run only by the lead
#: with ``run.py --aside44``.
FRESH87_DEV = aside44_cases.names("dev")
ASIDE44 = aside44_cases.names("aside")
#: Its language talks (aside44_languages.py), scored by bench_languages.py --set dev87 / --set aside44 only.
LANG87_DEV = aside44_languages.names("dev")
LANG_ASIDE44 = aside44_languages.names("aside")
#: The forty-fifth fresh set (aside45_cases.py: sheets torn off a pad over line ends, a pen clicked until just before
#: lines, a door creaking open over a line's start and latching after an end, someone cracking their knuckles, Opus in
#: Matroska and 8-bit PCM in an old webcam's AVI): ``rd88_*`` dev twins, ``xy_*`` kept aside, run only by the lead with
#: ``run.py --aside45``.
FRESH88_DEV = aside45_cases.names("dev")
ASIDE45 = aside45_cases.names("aside")
#: Its language talks (aside45_languages.py), scored by bench_languages.py --set dev88 / --set aside45 only.
LANG88_DEV = aside45_languages.names("dev")
LANG_ASIDE45 = aside45_languages.names("aside")
#: The forty-sixth fresh set (aside46_cases.py: an office chair's gas lift let down over line starts, a tape measure
#: snapping back over line ends, a pencil sharpener cranked over line ends, a rotary telephone dialled, G.726 in a
#: security camera's AVI and Apple Lossless in a QuickTime movie): ``rd89_*`` dev twins, ``yy_*`` kept aside, run only
#: by the lead with ``run.py --aside46``.
FRESH89_DEV = aside46_cases.names("dev")
ASIDE46 = aside46_cases.names("aside")
#: Its language talks (aside46_languages.py), scored by bench_languages.py --set dev89 / --set aside46 only.
LANG89_DEV = aside46_languages.names("dev")
LANG_ASIDE46 = aside46_languages.names("aside")
#: The forty-seventh fresh set (aside47_cases.py: a Zippo lighter lit just before line starts, a curtain drawn across
#: line starts, a pop-up toaster popping just before line ends, a bicycle's back wheel spun on its stand, MPEG-1 Layer
#: II in a TV capture card's AVI and WavPack in Matroska): ``rd90_*`` dev twins, ``zy_*`` kept aside, run only by the
#: lead with ``run.py --aside47``.
FRESH90_DEV = aside47_cases.names("dev")
ASIDE47 = aside47_cases.names("aside")
#: Its language talks (aside47_languages.py), scored by bench_languages.py --set dev90 / --set aside47 only.
LANG90_DEV = aside47_languages.names("dev")
LANG_ASIDE47 = aside47_languages.names("aside")
#: The forty-eighth fresh set (aside48_cases.py: a packing-tape dispenser pulled over line ends, a wine cork pulled just
#: before line starts, a pepper mill ground across line starts, a wind-up egg timer, AAC in a dashcam's AVI and MP3 in
#: a compact camera's MOV): ``rd91_*`` dev twins, ``bz_*`` kept aside, run only by the lead with ``run.py --aside48``.
FRESH91_DEV = aside48_cases.names("dev")
ASIDE48 = aside48_cases.names("aside")
#: Its language talks (aside48_languages.py), scored by bench_languages.py --set dev91 / --set aside48 only.
LANG91_DEV = aside48_languages.names("dev")
LANG_ASIDE48 = aside48_languages.names("aside")
#: The forty-ninth fresh set (aside49_cases.py: a hole punch pressed just before line starts, dice thrown over line
#: ends, eggs whisked across line starts, a shop's till opened, ALAC in a screen recorder's Matroska and float PCM in a
#: video editor's MOV): ``rd92_*`` dev twins, ``cz_*`` kept aside, run only by the lead with ``run.py --aside49``.
FRESH92_DEV = aside49_cases.names("dev")
ASIDE49 = aside49_cases.names("aside")
#: Its language talks (aside49_languages.py), scored by bench_languages.py --set dev92 / --set aside49 only.
LANG92_DEV = aside49_languages.names("dev")
LANG_ASIDE49 = aside49_languages.names("aside")
#: Dev talks stored with more than two channels (multichannel_cases.py: a four-track field recorder with a wind track,
#: a conference recorder with a microphone per talker, a 5.1 mix with the dialogue spread over L, C and R):
#: ``rd62m_*``, for the channel choice of aligner.audio.channels.
MULTI62_DEV = multichannel_cases.names("dev")
#: Japanese and Chinese talks under a bed of noise and clean (cjk_bed_cases.py), scored by bench_languages.py
#: --set dev36 (and --set dev36later: the two kept out until the rule was final) only.
LANG36_DEV = cjk_bed_cases.names("dev") + cjk_bed_cases.names("later")
#: Name prefixes of the aside set nobody has looked at yet: only the lead runs an aligner on it, once, at the end
#: of its round. The sets before it have each been looked at once and serve as development material since
#: (why_off.py and language_misses.py take them; run.py still takes them only with their --asideN flag so a dev
#: run's pooled figures stay comparable). A new aside set's builder puts its prefix here.
UNSEEN_ASIDE_PREFIXES: tuple[str, ...] = ("cz_",)  # the forty-ninth (bz_*, the forty-eighth, was looked at once)
SEEN_ASIDE = (HELDOUT + ASIDE + ASIDE2 + ASIDE3 + ASIDE4 + ASIDE5 + ASIDE6 + ASIDE7 + ASIDE8 + ASIDE9 + ASIDE10
              + ASIDE11 + ASIDE12 + ASIDE13 + ASIDE14 + ASIDE15 + ASIDE16 + ASIDE17 + ASIDE18 + ASIDE19 + ASIDE20
              + ASIDE21 + ASIDE22 + ASIDE23 + ASIDE24 + ASIDE25 + ASIDE26 + ASIDE27 + ASIDE28 + ASIDE29 + ASIDE30
              + ASIDE31 + ASIDE32 + ASIDE33 + ASIDE34 + ASIDE35 + ASIDE36 + ASIDE37 + ASIDE38 + ASIDE39 + ASIDE40
              + ASIDE41 + ASIDE42 + ASIDE43 + ASIDE44 + ASIDE45 + ASIDE46 + ASIDE47 + ASIDE48)


@dataclass(frozen=True)
class AsideSet:
    """One aside set, as run.py, cases.py and bench_languages.py take it: its flag (``--aside`` for the first,
    ``--asideN`` after), its name prefix, its English cases and its language talks.  Adding a set is one row of
    :data:`ASIDE_SETS`; nothing else chains the flags."""

    number: int
    prefix: str  #: "mx" for mx_*
    english: list[str]
    languages: list[str]
    maker: str  #: the English cases' generator (for help texts)

    @property
    def name(self) -> str:
        """The flag's name without dashes (argparse's attribute; bench_languages' ``--set`` for its languages)."""
        return "aside" if self.number == 1 else f"aside{self.number}"

    @property
    def flag(self) -> str:
        return "--" + self.name

    @property
    def unseen(self) -> bool:
        """Whether nobody has looked at it yet (:data:`UNSEEN_ASIDE_PREFIXES`)."""
        return is_unseen_aside(self.prefix + "_")


ASIDE_SETS: tuple[AsideSet, ...] = (
    AsideSet(1, "az", ASIDE, [], "fresh_cases.py"),
    AsideSet(2, "nx", ASIDE2, LANG_ASIDE2, "unseen_cases.py"),
    AsideSet(3, "ux", ASIDE3, LANG_ASIDE3, "aside3_cases.py"),
    AsideSet(4, "vx", ASIDE4, LANG_ASIDE4, "aside4_cases.py"),
    AsideSet(5, "qx", ASIDE5, LANG_ASIDE5, "aside5_cases.py"),
    AsideSet(6, "zx", ASIDE6, LANG_ASIDE6, "aside6_cases.py"),
    AsideSet(7, "kx", ASIDE7, LANG_ASIDE7, "aside7_cases.py"),
    AsideSet(8, "yx", ASIDE8, LANG_ASIDE8, "aside8_cases.py"),
    AsideSet(9, "px", ASIDE9, LANG_ASIDE9, "aside9_cases.py"),
    AsideSet(10, "mx", ASIDE10, LANG_ASIDE10, "aside10_cases.py"),
    AsideSet(11, "lx", ASIDE11, LANG_ASIDE11, "aside11_cases.py"),
    AsideSet(12, "sx", ASIDE12, LANG_ASIDE12, "aside12_cases.py"),
    AsideSet(13, "wx", ASIDE13, LANG_ASIDE13, "aside13_cases.py"),
    AsideSet(14, "ox", ASIDE14, LANG_ASIDE14, "aside14_cases.py"),
    AsideSet(15, "hx", ASIDE15, LANG_ASIDE15, "aside15_cases.py"),
    AsideSet(16, "gx", ASIDE16, LANG_ASIDE16, "aside16_cases.py"),
    AsideSet(17, "fx", ASIDE17, LANG_ASIDE17, "aside17_cases.py"),
    AsideSet(18, "ex", ASIDE18, LANG_ASIDE18, "aside18_cases.py"),
    AsideSet(19, "dx", ASIDE19, LANG_ASIDE19, "aside19_cases.py"),
    AsideSet(20, "cx", ASIDE20, LANG_ASIDE20, "aside20_cases.py"),
    AsideSet(21, "jx", ASIDE21, LANG_ASIDE21, "aside21_cases.py"),
    AsideSet(22, "tx", ASIDE22, LANG_ASIDE22, "aside22_cases.py"),
    AsideSet(23, "rx", ASIDE23, LANG_ASIDE23, "aside23_cases.py"),
    AsideSet(24, "bx", ASIDE24, LANG_ASIDE24, "aside24_cases.py"),
    AsideSet(25, "ix", ASIDE25, LANG_ASIDE25, "aside25_cases.py"),
    AsideSet(26, "ax", ASIDE26, LANG_ASIDE26, "aside26_cases.py"),
    AsideSet(27, "ey", ASIDE27, LANG_ASIDE27, "aside27_cases.py"),
    AsideSet(28, "fy", ASIDE28, LANG_ASIDE28, "aside28_cases.py"),
    AsideSet(29, "gy", ASIDE29, LANG_ASIDE29, "aside29_cases.py"),
    AsideSet(30, "hy", ASIDE30, LANG_ASIDE30, "aside30_cases.py"),
    AsideSet(31, "iy", ASIDE31, LANG_ASIDE31, "aside31_cases.py"),
    AsideSet(32, "ky", ASIDE32, LANG_ASIDE32, "aside32_cases.py"),
    AsideSet(33, "ly", ASIDE33, LANG_ASIDE33, "aside33_cases.py"),
    AsideSet(34, "my", ASIDE34, LANG_ASIDE34, "aside34_cases.py"),
    AsideSet(35, "ny", ASIDE35, LANG_ASIDE35, "aside35_cases.py"),
    AsideSet(36, "oy", ASIDE36, LANG_ASIDE36, "aside36_cases.py"),
    AsideSet(37, "py", ASIDE37, LANG_ASIDE37, "aside37_cases.py"),
    AsideSet(38, "qy", ASIDE38, LANG_ASIDE38, "aside38_cases.py"),
    AsideSet(39, "ry", ASIDE39, LANG_ASIDE39, "aside39_cases.py"),
    AsideSet(40, "sy", ASIDE40, LANG_ASIDE40, "aside40_cases.py"),
    AsideSet(41, "ty", ASIDE41, LANG_ASIDE41, "aside41_cases.py"),
    AsideSet(42, "uy", ASIDE42, LANG_ASIDE42, "aside42_cases.py"),
    AsideSet(43, "vy", ASIDE43, LANG_ASIDE43, "aside43_cases.py"),
    AsideSet(44, "wy", ASIDE44, LANG_ASIDE44, "aside44_cases.py"),
    AsideSet(45, "xy", ASIDE45, LANG_ASIDE45, "aside45_cases.py"),
    AsideSet(46, "yy", ASIDE46, LANG_ASIDE46, "aside46_cases.py"),
    AsideSet(47, "zy", ASIDE47, LANG_ASIDE47, "aside47_cases.py"),
    AsideSet(48, "bz", ASIDE48, LANG_ASIDE48, "aside48_cases.py"),
    AsideSet(49, "cz", ASIDE49, LANG_ASIDE49, "aside49_cases.py"),
)
#: The sets by :attr:`AsideSet.name` ("aside", "aside2", ... "aside49").
ASIDE_SET_BY_NAME = {s.name: s for s in ASIDE_SETS}


def chosen_aside_set(flags: dict[str, bool]) -> Optional[AsideSet]:
    """The one aside set whose flag is on in ``flags`` (``{"aside9": True, ...}``, names of :data:`ASIDE_SETS`), or
    None; more than one on, or a name no set has, is an error (each set is reported apart)."""
    unknown = set(flags) - set(ASIDE_SET_BY_NAME)
    if unknown:
        raise TypeError(f"no aside set is called {', '.join(sorted(unknown))}")
    on = [ASIDE_SET_BY_NAME[k] for k, v in flags.items() if v]
    if len(on) > 1:
        raise SystemExit(f"{', '.join(s.flag for s in on)}: each aside set is reported apart; run them one at a time")
    return on[0] if on else None


def is_unseen_aside(name: str) -> bool:
    """Whether ``name`` belongs to the aside set not yet looked at (a pattern such as ``wx_*`` does).  A seen case
    whose name shares the prefix is not: the first flite aside (synth_cases' ``wx_mixed``, ``wx_fast_clean``,
    ``wx_joined``, looked at long ago) had ``wx_`` before the thirteenth set took it."""
    if not UNSEEN_ASIDE_PREFIXES or name in SEEN_ASIDE:
        return False
    return name.startswith(UNSEEN_ASIDE_PREFIXES)


#: A room and a bed at once, with an audible truth beside the voice span (room_bed_cases.py): development only.
ROOM_BED_DEV = room_bed_cases.names()
#: The review queue's misses at other levels (review_cases.py: babble, murmur, tight joins; issue 7, j35): the
#: seen half was development; the other half was kept aside until the rule it checks was fixed, run once
#: (j35, reported in benchmarks/README.md), and is development since.
REVIEW_DEV = review_cases.names("seen") + review_cases.names("aside")
REVIEW_ASIDE: list[str] = []
#: English joins beside short pauses full of breaths, clicks, traffic or fan (join_noise_cases.py): ``rd8_*``,
#: development (two of them were kept aside until the join rule was final: join_noise_cases.LATER).
JOIN_NOISE_DEV = join_noise_cases.names()
#: Fast speech from several sources (fast_cases.py: espeak-ng at 230-320 words a minute, flite, festival, real prompts
#: at atempo x1.3-1.45; issue 7, j39): ``rd10_*``, development (two were kept aside until the rule was final).
FAST_DEV = fast_cases.names()
#: Short utterances under rustle and handling noise on an 8 kHz mp3 or a telephone line, and recordings joined
#: across a noisy gap (short_words_cases.py, issue 7): ``rd11_*``, development (two were kept aside until the
#: change they check was final: short_words_cases.LATER).
SHORT_WORDS_DEV = short_words_cases.names()
#: The review queue's remaining misses (queue_cases.py: tight joins, halls, fast festival voices, rustle; issue 7,
#: j41): ``rd13_*``.  The aside half was kept out of every run until the rules it checks were fixed, then run once
#: (j41, reported in benchmarks/README.md); development since.
QUEUE_DEV = queue_cases.names("seen") + queue_cases.names("aside")
QUEUE_ASIDE: list[str] = []
#: Talks the bundled tiny.en mishears (mishear_cases.py: a codec's band, a low level under a hum, a louder second
#: talker, a 48 kHz video under a fan, accents under a fan): ``rd15_*``, development only.
MISHEAR_DEV = mishear_cases.names()
#: A second talker under the main voice from other sources (crosstalk_cases.py: German, Dutch and English talkers,
#: flite, festival and espeak-ng, 10-18 dB under, on and on or now and then; issues 7 and 9, j44): ``rd14_*``,
#: development (two were kept aside until the rule was final: crosstalk_cases.LATER).
CROSSTALK_DEV = crosstalk_cases.names()
#: A second voice under the speaker, other ways (second_voice_cases.py; issue 7, j55): festival, flite, espeak-ng
#: and one real take 6-20 dB under, babble of 3-8 synthesized voices, a talker right at the line edges: ``rd23_*``,
#: development (two, second_voice_cases.LATER, were kept out of every run until j55's rule was final).
SECOND_VOICE_DEV = second_voice_cases.names()
#: A second voice that speaks as each line stops, from 60 ms before its end to 80 ms after (voice_after_cases.py;
#: issue 7, j67): ``rd34_*``, development (two, voice_after_cases.LATER, are kept out of every run until j67's rule
#: is final).
VOICE_AFTER_DEV = voice_after_cases.names("seen")
#: Fast speech Whisper hears too little of, from voices rd10_* did not use, and halls of several sizes
#: (fast_hall_cases.py; issue 7, j46): ``rd16_*``, development (two, fast_hall_cases.LATER, were kept out of every
#: run until j46's change was final, then run once).
FAST_HALL_DEV = fast_hall_cases.names()
#: A PA's echo at other delays and levels, gain controls that pump otherwise, halls with a bed
#: (echo_room_cases.py; issue 7, j50): ``rd19_*``, development (two, echo_room_cases.LATER, were kept out of
#: every run until j50's rule was final, then run once).
ECHO_ROOM_DEV = echo_room_cases.names()
#: Real takes, dry, in synthetic rooms (room_tail_cases.py; issues 7 and 9, j61): ``rd28_*``, truth on the dry voice.
#: English ones are dev for run.py, the language ones for bench_languages.py --set dev28; two (room_tail_cases.LATER)
#: are built but kept out of every run until j61's rule is final.
ROOM_TAIL_DEV = room_tail_cases.names("english")
LANG28_DEV = room_tail_cases.names("dev")
#: More line ends in a room: festival's voices and the asterisk speaker in rooms of other sizes and colours
#: (room_tail_more_cases.py; issue 7, j65): ``rd32_*``, development (two, room_tail_more_cases.LATER, are kept out
#: of every run until j65's rule is final).
ROOM_TAIL_MORE_DEV = room_tail_more_cases.names("seen")
#: Rooms with a slap-back echo, one or two discrete reflections 40-150 ms late (slap_back_cases.py; issue 7, j72):
#: ``rd37_*``, truth on the dry voice.  English ones are dev for run.py, the language ones for bench_languages.py
#: --set dev37; two (slap_back_cases.LATER) are built but kept out of every run until j72's rule is final.
SLAP_BACK_DEV = slap_back_cases.names("english")
LANG37_DEV = slap_back_cases.names("dev")
#: Short lines through a PA at other delays, gain controls that pump otherwise (short_pa_cases.py; issue 7, j56):
#: ``rd24_*``, development (two, short_pa_cases.LATER, were kept out of every run until j56's rule was final, then
#: run once).
SHORT_PA_DEV = short_pa_cases.names()
#: Short lines through a PA once more otherwise: delays of 40-48 ms to 235 ms, 2-11 dB under, other bands, halls,
#: rooms and voices (short_pa_more_cases.py; issue 7, j63): ``rd30_*``, development (two, short_pa_more_cases.LATER,
#: are kept out of every run until j63's rule is final).
SHORT_PA_MORE_DEV = short_pa_more_cases.names("seen")
#: Exact word truth from flite and festival voices at several speeds, under noise (word_truth_cases.py; issue 7,
#: j68): ``rd35_*``, development (two, word_truth_cases.RUN_ONCE_AT_THE_END, were kept out of every run until j68's
#: change was final, then run once).
WORD_TRUTH_DEV = word_truth_cases.names()
#: A crowd between lines (synthesized applause, laughter, cheering; over a line's end, into the next line) and stage
#: directions in several spellings (crowd_cases.py; issue 7, j49): ``rd18_*``, development (two, crowd_cases.LATER,
#: were kept out of every run until j49's change was final, then run once).
CROWD_DEV = crowd_cases.names()
#: English lines Whisper barely hears under a siren, a loud tone, a telephone, a music bed, or mumbled
#: (barely_heard_cases.py; issue 7, j60): ``rd27_*``, development (two, barely_heard_cases.LATER, were kept out of
#: every run until j60's rule was final, then run once).
BARELY_HEARD_DEV = barely_heard_cases.names()
#: English lines nobody hears (a siren, a smoke alarm, a tone over them, or mumbled) inside a talk heard well, other
#: voices and seeds than rd27 (unheard_english_cases.py; issue 7, j86): ``rd51_*``, development.
UNHEARD_ENGLISH_DEV = unheard_english_cases.names()
#: Fast speech (x1.3-1.5, flite and espeak-ng) under church bells over 3-5 consecutive lines in the middle, most of
#: them stored through RealAudio 1.0 (bells_cases.py; issue 7, eighteenth round, j88): ``rd52_*``, development.
BELLS_DEV = bells_cases.names()
#: Fast talks whose lines open with the same words (one with a short line said twice), a run of them under bells or
#: a siren, two stored through RealAudio 1.0 (repeated_openings_cases.py; issue 7, nineteenth round, j90): ``rd55_*``.
OPENINGS_DEV = repeated_openings_cases.names()
#: A whispering voice (espeak-ng's whisper variants, a flite voice LPC-whispered) taking turns with a voiced one, dry
#: and in a reverberant room (whisper_cases.py; issue 7, nineteenth round, j95): ``rd56_*``, development.
WHISPER_DEV = whisper_cases.names()
#: A speaker who walks away from the microphone and back, in more than one room and at more than one pace, dev
#: prompts and voices the aside set did not use (walking_cases.py; issue 7, eighteenth round, j89): ``rd53_*``.
WALKING_DEV = walking_cases.names()
#: Talks in a cafe 6-12 dB under the speech, real and synthesized voices (cafe_cases.py; issue 7, j66): ``rd33_*``,
#: development (two, cafe_cases.LATER, were kept out of every run until j66's rule was final, then run once).
CAFE_DEV = cafe_cases.names()
#: Another voice running into the line starts: a background talker's phrases ending 0.1-0.45 s into a line, or a
#: talker's hall tail running into it (background_talker_cases.py; issue 7, eighteenth round, j85): ``rd50_*``.
BACKGROUND_TALKER_DEV = background_talker_cases.names()
#: Talks with music: beds 8-14 dB under, and music between lines ducked under the voice (music_cases.py; issue 7,
#: j76): ``rd41_*``, development (two, music_cases.LATER, were kept out of every run until j76's change was final, then
#: run once).
MUSIC_DEV = music_cases.names()
#: Talks under rain at three densities, a clock, keyboard typing, a vacuum cleaner switched on inside a line
#: (impulsive_noise_cases.py; issue 7, j73): ``rd38_*``, development (two, impulsive_noise_cases.LATER, were kept
#: out of every run until j73's rule was final, then run once).
IMPULSIVE_DEV = impulsive_noise_cases.names()
#: Low rumbles that are not thunder -- lorries passing, an aircraft over, wind gusting on the microphone
#: (rumble_cases.py; issue 7, thirty-first round, j176): ``rd176_*``, development.
RUMBLE_DEV = rumble_cases.names()
#: A spoken line replaced in the transcript by one never spoken: as long, shorter, longer, sharing words, in rooms
#: (replaced_line_cases.py; issue 7, j74): ``rd39_*``, development (two, replaced_line_cases.LATER, are kept out of
#: every run until j74's rule is final).
REPLACED_DEV = replaced_line_cases.names("seen")


@dataclass(frozen=True)
class DevFamily:
    """One family of made-here cases in the dev run: its cases in run order, the module that makes them (and says
    which Debian packages are missing), the other cases that module makes (an aside set's, ones kept out of runs),
    and, where a missing package should be said aloud, the family's name pattern for the note."""

    dev: list[str]
    maker: ModuleType
    also_made: Sequence[str] = ()
    left_out_note: Optional[str] = None  #: e.g. "rd5_*": say how many cases a run left out, and why


#: The made-here families of the dev run, in the order it takes them (after the shared and synthesized cases).
#: Adding a family is one row; :func:`fresh_ready` and :func:`all_case_names` read nothing else.
DEV_FAMILIES: tuple[DevFamily, ...] = (
    DevFamily(FRESH_DEV, fresh_cases, ASIDE, "rd_*"),
    DevFamily(FRESH2_DEV, unseen_cases, ASIDE2, "rd2_*/rd4_*"),
    DevFamily(ROOM_BED_DEV, room_bed_cases),
    DevFamily(REVIEW_DEV, review_cases, REVIEW_ASIDE),
    DevFamily(FRESH5_DEV, aside3_cases, ASIDE3, "rd5_*"),
    DevFamily(FRESH9_DEV, aside4_cases, ASIDE4, "rd9_*"),
    DevFamily(FRESH12_DEV, aside5_cases, ASIDE5, "rd12_*"),
    DevFamily(FRESH17_DEV, aside6_cases, ASIDE6, "rd17_*"),
    DevFamily(FRESH21_DEV, aside7_cases, ASIDE7, "rd21_*"),
    DevFamily(FRESH22_DEV, aside8_cases, ASIDE8, "rd22_*"),
    DevFamily(FRESH26_DEV, aside9_cases, ASIDE9, "rd26_*"),
    DevFamily(FRESH31_DEV, aside10_cases, ASIDE10, "rd31_*"),
    DevFamily(FRESH40_DEV, aside11_cases, ASIDE11, "rd40_*"),
    DevFamily(FRESH48_DEV, aside12_cases, ASIDE12, "rd48_*"),
    DevFamily(FRESH54_DEV, aside13_cases, ASIDE13, "rd54_*"),
    DevFamily(FRESH57_DEV, aside14_cases, ASIDE14, "rd57_*"),
    DevFamily(FRESH58_DEV, aside15_cases, ASIDE15, "rd58_*"),
    DevFamily(FRESH59_DEV, aside16_cases, ASIDE16, "rd59_*"),
    DevFamily(FRESH60_DEV, aside17_cases, ASIDE17, "rd60_*"),
    DevFamily(FRESH61_DEV, aside18_cases, ASIDE18, "rd61_*"),
    DevFamily(FRESH62_DEV, aside19_cases, ASIDE19, "rd62_*"),
    DevFamily(FRESH63_DEV, aside20_cases, ASIDE20, "rd63_*"),
    DevFamily(FRESH64_DEV, aside21_cases, ASIDE21, "rd64_*"),
    DevFamily(FRESH65_DEV, aside22_cases, ASIDE22, "rd65_*"),
    DevFamily(FRESH66_DEV, aside23_cases, ASIDE23, "rd66_*"),
    DevFamily(FRESH67_DEV, aside24_cases, ASIDE24, "rd67_*"),
    DevFamily(FRESH68_DEV, aside25_cases, ASIDE25, "rd68_*"),
    DevFamily(FRESH69_DEV, aside26_cases, ASIDE26, "rd69_*"),
    DevFamily(FRESH70_DEV, aside27_cases, ASIDE27, "rd70_*"),
    DevFamily(FRESH71_DEV, aside28_cases, ASIDE28, "rd71_*"),
    DevFamily(FRESH72_DEV, aside29_cases, ASIDE29, "rd72_*"),
    DevFamily(FRESH73_DEV, aside30_cases, ASIDE30, "rd73_*"),
    DevFamily(FRESH74_DEV, aside31_cases, ASIDE31, "rd74_*"),
    DevFamily(FRESH75_DEV, aside32_cases, ASIDE32, "rd75_*"),
    DevFamily(FRESH76_DEV, aside33_cases, ASIDE33, "rd76_*"),
    DevFamily(FRESH77_DEV, aside34_cases, ASIDE34, "rd77_*"),
    DevFamily(FRESH78_DEV, aside35_cases, ASIDE35, "rd78_*"),
    DevFamily(FRESH79_DEV, aside36_cases, ASIDE36, "rd79_*"),
    DevFamily(FRESH80_DEV, aside37_cases, ASIDE37, "rd80_*"),
    DevFamily(FRESH81_DEV, aside38_cases, ASIDE38, "rd81_*"),
    DevFamily(FRESH82_DEV, aside39_cases, ASIDE39, "rd82_*"),
    DevFamily(FRESH83_DEV, aside40_cases, ASIDE40, "rd83_*"),
    DevFamily(FRESH84_DEV, aside41_cases, ASIDE41, "rd84_*"),
    DevFamily(FRESH85_DEV, aside42_cases, ASIDE42, "rd85_*"),
    DevFamily(FRESH86_DEV, aside43_cases, ASIDE43, "rd86_*"),
    DevFamily(FRESH87_DEV, aside44_cases, ASIDE44, "rd87_*"),
    DevFamily(FRESH88_DEV, aside45_cases, ASIDE45, "rd88_*"),
    DevFamily(FRESH89_DEV, aside46_cases, ASIDE46, "rd89_*"),
    DevFamily(FRESH90_DEV, aside47_cases, ASIDE47, "rd90_*"),
    DevFamily(FRESH91_DEV, aside48_cases, ASIDE48, "rd91_*"),
    DevFamily(FRESH92_DEV, aside49_cases, ASIDE49, "rd92_*"),
    DevFamily(MULTI62_DEV, multichannel_cases),
    DevFamily(JOIN_NOISE_DEV, join_noise_cases),
    DevFamily(FAST_DEV, fast_cases),
    DevFamily(SHORT_WORDS_DEV, short_words_cases),
    DevFamily(QUEUE_DEV, queue_cases, QUEUE_ASIDE),
    DevFamily(MISHEAR_DEV, mishear_cases),
    DevFamily(CROSSTALK_DEV, crosstalk_cases),
    DevFamily(SECOND_VOICE_DEV, second_voice_cases),
    DevFamily(VOICE_AFTER_DEV, voice_after_cases, voice_after_cases.NAMES),
    DevFamily(FAST_HALL_DEV, fast_hall_cases),
    DevFamily(ECHO_ROOM_DEV, echo_room_cases),
    DevFamily(ROOM_TAIL_DEV, room_tail_cases, room_tail_cases.NAMES),
    DevFamily(ROOM_TAIL_MORE_DEV, room_tail_more_cases, room_tail_more_cases.NAMES),
    DevFamily(SLAP_BACK_DEV, slap_back_cases, slap_back_cases.NAMES),
    DevFamily(SHORT_PA_DEV, short_pa_cases, short_pa_cases.LATER),
    DevFamily(SHORT_PA_MORE_DEV, short_pa_more_cases, short_pa_more_cases.NAMES),
    DevFamily(WORD_TRUTH_DEV, word_truth_cases, word_truth_cases.NAMES),
    DevFamily(CROWD_DEV, crowd_cases),
    DevFamily(BARELY_HEARD_DEV, barely_heard_cases),
    DevFamily(UNHEARD_ENGLISH_DEV, unheard_english_cases),
    DevFamily(BELLS_DEV, bells_cases),
    DevFamily(OPENINGS_DEV, repeated_openings_cases),
    DevFamily(WHISPER_DEV, whisper_cases),
    DevFamily(WALKING_DEV, walking_cases),
    DevFamily(CAFE_DEV, cafe_cases, cafe_cases.NAMES),
    DevFamily(BACKGROUND_TALKER_DEV, background_talker_cases),
    DevFamily(MUSIC_DEV, music_cases, music_cases.NAMES),
    DevFamily(IMPULSIVE_DEV, impulsive_noise_cases, impulsive_noise_cases.NAMES),
    DevFamily(RUMBLE_DEV, rumble_cases),
    DevFamily(REPLACED_DEV, replaced_line_cases, replaced_line_cases.NAMES),
)
_MAKER_OF: dict[str, ModuleType] = {}
for _family in DEV_FAMILIES:
    for _name in [*_family.dev, *_family.also_made]:
        _MAKER_OF.setdefault(_name, _family.maker)


def fresh_ready(name: str) -> bool:
    """A fresh case can be used: already made, or its Debian packages are there to make it."""
    maker = _MAKER_OF.get(name, fresh_cases)
    return _is_current(CASES_DIR / name) or maker.missing_packages(name) is None


def _ready_cases(family: DevFamily) -> list[str]:
    """The family's cases a run can take; says on stderr how many it leaves out, and why, if the family asks to."""
    ready = [n for n in family.dev if fresh_ready(n)]
    if family.left_out_note and len(ready) < len(family.dev):
        why = family.maker.missing_packages(next(n for n in family.dev if n not in ready))
        print(f"note: {len(family.dev) - len(ready)} {family.left_out_note} cases left out: {why}", file=sys.stderr)
    return ready


def all_case_names(long60: bool = False, heldout: bool = False, **aside_flags: bool) -> list[str]:
    """The dev run's cases (the default), or one set's English cases: ``heldout=True`` or an aside set's flag
    (``aside=True``, ``aside2=True`` ... :data:`ASIDE_SETS`)."""
    if heldout:
        return list(HELDOUT)
    chosen = chosen_aside_set(aside_flags)
    if chosen is not None:
        return list(chosen.english)
    names = list(SHARED_CASES) + ["synth_talk_a"]
    for base, ders in DERIVED_FROM.items():
        names += [f"{base}+{d}" for d in ders]
    names += SYNTH_DEV + TRAP_DEV + PAUSE_SOUND_DEV
    for family in DEV_FAMILIES:
        names += _ready_cases(family)
    names.append("long_mix")
    if long60:
        names.append("long_60min")
    return names


def quick_case_names() -> list[str]:
    return list(SHARED_CASES) + ["synth_talk_a"] + [f"synth_talk_a+{d}" for d in DERIVED_FROM["synth_talk_a"]]


def _derive(base: str, talk: Talk, how: str) -> Talk:
    if how == "add":
        return add_sentence(talk, ADDED_SENTENCE[base])
    return DERIVATIONS[how](talk)


def case_dir(name: str) -> Path:
    return SHARED_DATA / name if name in SHARED_CASES else CASES_DIR / name


def _is_current(d: Path) -> bool:
    try:
        return json.loads((d / "truth.json").read_text(encoding="utf-8")).get("generator_version") == GENERATOR_VERSION
    except (OSError, ValueError):
        return False


def _base_talk(name: str) -> Talk:
    if name in SHARED_CASES:
        return load_case(SHARED_DATA / name)
    ensure_case(name)
    return load_case(CASES_DIR / name)


def _prompts_or_voices_case(name: str, maker, module_file: str) -> Talk:
    """An English case of a set whose talks are the telephone prompts (as recorded or shifted) or synthesized voices
    (aside10_cases, aside11_cases: ``maker``), with its truth's rule and licence."""
    b = maker.make(name)
    spec = maker.catalogue()[name]
    how = {"real": "each prompt's voice span where its file went, measured on the shifted prompt where it was "
                   "shifted (unseen_cases.voice_span)", "synth": "segment bounds exact on the dry speech"}[spec.kind]
    licence = {"real": "CC-BY-SA 3.0 (asterisk core sounds)", "synth": "generated here"}[spec.kind]
    return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic" if spec.kind == "synth"
                else "file-offsets", f"{name}: made here from Debian packages (benchmarks/{module_file})",
                licence, b.notes + [how], b.derived, b.page, b.encoded)


def _with_hedgewars(talk: Talk, spec) -> Talk:
    """``talk`` with the licence of the laughs and coughs put inside its lines (aside15_cases.inside_lines) and of a
    listener's interjections (aside16_cases.interjections, English only), if any."""
    if getattr(spec, "inside", 0):
        talk.license += "; the laughs and coughs: GFDL-1.3 (Hedgewars' voice packs, Debian hedgewars-data)"
    if getattr(spec, "reactions", 0) and getattr(spec, "lang", "en") == "en":
        talk.license += "; the listener's interjections: GFDL-1.3 (Hedgewars' voice packs, Debian hedgewars-data)"
    return talk


def _language_talk(name: str, maker, module_file: str, real_licence: str) -> Talk:
    """A language talk of a set (aside10_languages, aside11_languages: ``maker``): real recordings under
    ``real_licence``, or synthesized voices."""
    spec = maker.catalogue()[name]
    b = maker.make(name)
    real = spec.real is not None
    how = ("each recording's voice span where its file went (unseen_cases.voice_span)" if real
           else "segment bounds exact on the dry speech")
    return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                f"{name}: language {spec.lang}, made here from Debian packages (benchmarks/{module_file})",
                real_licence if real else "generated here", [f"language: {spec.lang}"] + b.notes + [how], b.derived)


@dataclass(frozen=True)
class MadeAsPromptsOrVoices:
    """A fresh set (its dev twins and its aside cases alike) whose English talks :func:`_prompts_or_voices_case`
    makes and whose language talks :func:`_language_talk` makes, as they are."""

    english: list[str]
    english_maker: ModuleType
    languages: list[str]
    language_maker: ModuleType
    real_licence: str  #: the language talks' real recordings'
    hedgewars: bool = False  #: laughs, coughs or interjections from Hedgewars' voice packs in its talks

    def make(self, name: str) -> Talk:
        if name in self.english:
            maker = self.english_maker
            talk = _prompts_or_voices_case(name, maker, f"{maker.__name__}.py")
        else:
            maker = self.language_maker
            talk = _language_talk(name, maker, f"{maker.__name__}.py", self.real_licence)
        return _with_hedgewars(talk, maker.catalogue()[name]) if self.hedgewars else talk


_ASTERISK = "CC-BY-SA 3.0 (asterisk core sounds)"
#: The tenth to twentieth fresh sets: adding a set made the same way is one row.
MADE_AS_PROMPTS_OR_VOICES: tuple[MadeAsPromptsOrVoices, ...] = (
    MadeAsPromptsOrVoices(FRESH92_DEV + ASIDE49, aside49_cases, LANG92_DEV + LANG_ASIDE49, aside49_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH91_DEV + ASIDE48, aside48_cases, LANG91_DEV + LANG_ASIDE48, aside48_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH90_DEV + ASIDE47, aside47_cases, LANG90_DEV + LANG_ASIDE47, aside47_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH89_DEV + ASIDE46, aside46_cases, LANG89_DEV + LANG_ASIDE46, aside46_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH88_DEV + ASIDE45, aside45_cases, LANG88_DEV + LANG_ASIDE45, aside45_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH87_DEV + ASIDE44, aside44_cases, LANG87_DEV + LANG_ASIDE44, aside44_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH86_DEV + ASIDE43, aside43_cases, LANG86_DEV + LANG_ASIDE43, aside43_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH85_DEV + ASIDE42, aside42_cases, LANG85_DEV + LANG_ASIDE42, aside42_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH84_DEV + ASIDE41, aside41_cases, LANG84_DEV + LANG_ASIDE41, aside41_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH83_DEV + ASIDE40, aside40_cases, LANG83_DEV + LANG_ASIDE40, aside40_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH82_DEV + ASIDE39, aside39_cases, LANG82_DEV + LANG_ASIDE39, aside39_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH81_DEV + ASIDE38, aside38_cases, LANG81_DEV + LANG_ASIDE38, aside38_languages,
                          _ASTERISK),
    MadeAsPromptsOrVoices(FRESH80_DEV + ASIDE37, aside37_cases, LANG80_DEV + LANG_ASIDE37, aside37_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH79_DEV + ASIDE36, aside36_cases, LANG79_DEV + LANG_ASIDE36, aside36_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH78_DEV + ASIDE35, aside35_cases, LANG78_DEV + LANG_ASIDE35, aside35_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH77_DEV + ASIDE34, aside34_cases, LANG77_DEV + LANG_ASIDE34, aside34_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH76_DEV + ASIDE33, aside33_cases, LANG76_DEV + LANG_ASIDE33, aside33_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH75_DEV + ASIDE32, aside32_cases, LANG75_DEV + LANG_ASIDE32, aside32_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH74_DEV + ASIDE31, aside31_cases, LANG74_DEV + LANG_ASIDE31, aside31_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH73_DEV + ASIDE30, aside30_cases, LANG73_DEV + LANG_ASIDE30, aside30_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH72_DEV + ASIDE29, aside29_cases, LANG72_DEV + LANG_ASIDE29, aside29_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH71_DEV + ASIDE28, aside28_cases, LANG71_DEV + LANG_ASIDE28, aside28_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH70_DEV + ASIDE27, aside27_cases, LANG70_DEV + LANG_ASIDE27, aside27_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH69_DEV + ASIDE26, aside26_cases, LANG69_DEV + LANG_ASIDE26, aside26_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH68_DEV + ASIDE25, aside25_cases, LANG68_DEV + LANG_ASIDE25, aside25_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH67_DEV + ASIDE24, aside24_cases, LANG67_DEV + LANG_ASIDE24, aside24_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH66_DEV + ASIDE23, aside23_cases, LANG66_DEV + LANG_ASIDE23, aside23_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH65_DEV + ASIDE22, aside22_cases, LANG65_DEV + LANG_ASIDE22, aside22_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH64_DEV + ASIDE21, aside21_cases, LANG64_DEV + LANG_ASIDE21, aside21_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH63_DEV + ASIDE20, aside20_cases, LANG63_DEV + LANG_ASIDE20, aside20_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH62_DEV + ASIDE19, aside19_cases, LANG62_DEV + LANG_ASIDE19, aside19_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH61_DEV + ASIDE18, aside18_cases, LANG61_DEV + LANG_ASIDE18, aside18_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH60_DEV + ASIDE17, aside17_cases, LANG60_DEV + LANG_ASIDE17, aside17_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH59_DEV + ASIDE16, aside16_cases, LANG59_DEV + LANG_ASIDE16, aside16_languages, _ASTERISK,
                          hedgewars=True),
    MadeAsPromptsOrVoices(FRESH58_DEV + ASIDE15, aside15_cases, LANG58_DEV + LANG_ASIDE15, aside15_languages, _ASTERISK,
                          hedgewars=True),
    MadeAsPromptsOrVoices(FRESH57_DEV + ASIDE14, aside14_cases, LANG57_DEV + LANG_ASIDE14, aside14_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH54_DEV + ASIDE13, aside13_cases, LANG54_DEV + LANG_ASIDE13, aside13_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH48_DEV + ASIDE12, aside12_cases, LANG48_DEV + LANG_ASIDE12, aside12_languages, _ASTERISK),
    MadeAsPromptsOrVoices(FRESH40_DEV + ASIDE11, aside11_cases, LANG40_DEV + LANG_ASIDE11, aside11_languages,
                          "GPL-2+ (Fish Fillets NG's dialogues, ALTAR interactive and contributors)"),
    MadeAsPromptsOrVoices(FRESH31_DEV + ASIDE10, aside10_cases, LANG31_DEV + LANG_ASIDE10, aside10_languages,
                          "GPL-2 (Tux Paint stamps, Bill Kendrick and contributors)"),
)


def _make(name: str) -> Talk:
    if name == "synth_talk_a":
        return talk_a()
    if name in synth_cases.CATALOGUE:
        m = synth_cases.make(name)
        return Talk(m.samples, m.segments, m.words, "synthetic", f"{name}: synthesized here (benchmarks/synth_cases.py)",
                    "generated here", m.notes + ["segment bounds exact on the dry speech; " + (
                        "the flite voices' words timed from flite's own phone segmentation (synth_cases.flite_words)"
                        if m.words else "no word truth")])
    if name in trap_cases.CATALOGUE:
        m = trap_cases.make(trap_cases.CATALOGUE[name][1])
        return Talk(m.samples, m.segments, [], "synthetic", f"{name}: synthesized here (benchmarks/trap_cases.py)",
                    "generated here", m.notes + ["segment bounds exact on the dry speech; no word truth"])
    if name in pause_sound_cases.NAMES:
        m = trap_cases.make(pause_sound_cases.catalogue()[name])
        return Talk(m.samples, m.segments, [], "synthetic",
                    f"{name}: synthesized here (benchmarks/pause_sound_cases.py)",
                    "generated here", m.notes + ["segment bounds exact on the dry speech; no word truth"])
    if name in FRESH_DEV or name in ASIDE:
        f = fresh_cases.make(name)
        kind = "file-offsets" if "_real_" in name else "synthetic"
        how = ("each prompt's voice span where its file went (fresh_cases.voice_span)" if kind == "file-offsets" else
               "segment bounds exact on the dry speech; festival's own word times (festival_voices.py)")
        return Talk(f.made.samples, f.made.segments, f.made.words, kind,
                    f"{name}: made here from Debian packages (benchmarks/fresh_cases.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds, Allison Smith)" if kind == "file-offsets" else "generated here",
                    f.notes + [how], f.derived, f.page)
    for module, names in ((unseen_cases, FRESH2_DEV + ASIDE2), (aside3_cases, FRESH5_DEV + ASIDE3)):
        if name in names:
            b = module.make(name)
            real = module.catalogue()[name].kind == "real"
            how = ("each prompt's voice span where its file went (unseen_cases.voice_span)" if real else
                   "segment bounds exact on the dry speech; flite's and festival's own word times where given")
            return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                        f"{name}: made here from Debian packages (benchmarks/{module.__name__}.py)",
                        "CC-BY-SA 3.0 (asterisk core sounds and music on hold)" if real else "generated here",
                        b.notes + [how], b.derived, b.page, b.encoded)
    if name in FRESH9_DEV or name in ASIDE4:
        b = aside4_cases.make(name)
        kind = aside4_cases.catalogue()[name].kind
        how = {"real": "each prompt's voice span where its file went (unseen_cases.voice_span)",
               "words": "each word's voice span where its file went (unseen_cases.voice_span; new_voices.py)",
               "synth": "segment bounds exact on the dry speech; flite's and festival's own word times"}[kind]
        licence = {"real": "CC-BY-SA 3.0 (asterisk core sounds)", "words": "GPL-2+ (KTuberling's sounds, KDE)",
                   "synth": "generated here"}[kind]
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic" if kind == "synth" else "file-offsets",
                    f"{name}: made here from Debian packages (benchmarks/aside4_cases.py)", licence,
                    b.notes + [how], b.derived, b.page, b.encoded)
    if name in FRESH12_DEV or name in ASIDE5:
        b = aside5_cases.make(name)
        kind = aside5_cases.catalogue()[name].kind
        how = {"real": "each prompt's voice span where its file went (unseen_cases.voice_span)",
               "words": "each word's voice span where its file went (unseen_cases.voice_span; new_voices.py)",
               "synth": "segment bounds exact on the dry speech"}[kind]
        licence = {"real": "CC-BY-SA 3.0 (asterisk core sounds)", "words": "GPL-2+ (KTuberling's sounds, KDE)",
                   "synth": "generated here"}[kind]
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic" if kind == "synth" else "file-offsets",
                    f"{name}: made here from Debian packages (benchmarks/aside5_cases.py)", licence,
                    b.notes + [how], b.derived, b.page, b.encoded)
    if name in FRESH17_DEV or name in ASIDE6:
        b = aside6_cases.make(name)
        kind = aside6_cases.catalogue()[name].kind
        how = {"real": "each prompt's voice span where its file went (unseen_cases.voice_span)",
               "short": "each prompt's voice span where its file went (unseen_cases.voice_span)",
               "words": "each word's voice span where its file went (unseen_cases.voice_span; new_voices.py)",
               "synth": "segment bounds exact on the dry speech"}[kind]
        licence = {"real": "CC-BY-SA 3.0 (asterisk core sounds)", "short": "CC-BY-SA 3.0 (asterisk core sounds)",
                   "words": "GPL-2+ (KTuberling's sounds, KDE)", "synth": "generated here"}[kind]
        licence += "; Tux Math's music CC-BY-SA 3.0, Tux Typing's cheer public domain"
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic" if kind == "synth" else "file-offsets",
                    f"{name}: made here from Debian packages (benchmarks/aside6_cases.py)", licence,
                    b.notes + [how], b.derived, b.page, b.encoded)
    if name in FRESH21_DEV or name in ASIDE7:
        b = aside7_cases.make(name)
        kind = aside7_cases.catalogue()[name].kind
        how = {"real": "each prompt's voice span where its file went (unseen_cases.voice_span)",
               "synth": "segment bounds exact on the dry speech"}[kind]
        licence = {"real": "CC-BY-SA 3.0 (asterisk core sounds)", "synth": "generated here"}[kind]
        licence += "; Fish Fillets NG's impacts GPL-2+, Tux Typing's cheer public domain"
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic" if kind == "synth" else "file-offsets",
                    f"{name}: made here from Debian packages (benchmarks/aside7_cases.py)", licence,
                    b.notes + [how], b.derived, b.page, b.encoded)
    if name in FRESH22_DEV or name in ASIDE8:
        b = aside8_cases.make(name)
        spec = aside8_cases.catalogue()[name]
        how = {"real": "each prompt's and take's voice span where its file went (unseen_cases.voice_span)",
               "synth": "segment bounds exact on the dry speech"}[spec.kind]
        licence = {"real": "CC-BY-SA 3.0 (asterisk core sounds)", "synth": "generated here"}[spec.kind]
        if spec.takes:
            licence += "; BSD-2-Clause (pocketsphinx 5.1.1's test data; its LibriVox reading public domain)"
        if spec.cafe:
            licence += "; the cafe: asterisk's Spanish, Italian and French prompts, CC-BY-SA 3.0"
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic" if spec.kind == "synth"
                    else "file-offsets", f"{name}: made here from Debian packages and a PyPI sdist "
                    "(benchmarks/aside8_cases.py)", licence, b.notes + [how], b.derived, b.page, b.encoded)
    made_set = next((m for m in MADE_AS_PROMPTS_OR_VOICES if name in m.english or name in m.languages), None)
    if made_set is not None:
        return made_set.make(name)
    if name in MULTI62_DEV:
        return _prompts_or_voices_case(name, multichannel_cases, "multichannel_cases.py")
    if name in WALKING_DEV:
        return _prompts_or_voices_case(name, walking_cases, "walking_cases.py")
    if name in LANG36_DEV:
        spec = cjk_bed_cases.catalogue()[name]
        b = cjk_bed_cases.make(name)
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic",
                    f"{name}: language {spec.lang}, made here from Debian packages (benchmarks/cjk_bed_cases.py)",
                    "generated here", [f"language: {spec.lang}"] + b.notes + ["segment bounds exact on the dry speech"],
                    b.derived)
    if name in FRESH26_DEV or name in ASIDE9:
        b = aside9_cases.make(name)
        spec = aside9_cases.catalogue()[name]
        how = {"real": "each prompt's voice span where its file went, measured on the shifted prompt "
                       "(unseen_cases.voice_span)", "synth": "segment bounds exact on the dry speech"}[spec.kind]
        licence = {"real": "CC-BY-SA 3.0 (asterisk core sounds)", "synth": "generated here"}[spec.kind]
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic" if spec.kind == "synth"
                    else "file-offsets", f"{name}: made here from Debian packages (benchmarks/aside9_cases.py)",
                    licence, b.notes + [how], b.derived, b.page, b.encoded)
    if name in LANG26_DEV or name in LANG_ASIDE9:
        spec = aside9_languages.catalogue()[name]
        b = aside9_languages.make(name)
        real = spec.real is not None
        how = ("each recording's voice span where its file went, measured on the transformed recording "
               "(unseen_cases.voice_span; new_voices.py)" if real else "segment bounds exact on the dry speech")
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: language {spec.lang}, made here from Debian packages (benchmarks/aside9_languages.py)",
                    "GPL-2 (Tux Paint stamps, Bill Kendrick and contributors)" if real else "generated here",
                    [f"language: {spec.lang}"] + b.notes + [how], b.derived)
    if name in LANG22_DEV or name in LANG_ASIDE8:
        spec = aside8_languages.catalogue()[name]
        b = aside8_languages.make(name)
        real = spec.real is not None
        how = ("each recording's voice span where its file went (unseen_cases.voice_span; new_voices.py)" if real
               else "segment bounds exact on the dry speech")
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: language {spec.lang}, made here from Debian packages (benchmarks/aside8_languages.py)",
                    "GPL-2 (Tux Paint stamps, Bill Kendrick and contributors)" if real else "generated here",
                    [f"language: {spec.lang}"] + b.notes + [how], b.derived)
    if name in LANG21_DEV or name in LANG_ASIDE7:
        spec = aside7_languages.catalogue()[name]
        b = aside7_languages.make(name)
        real = spec.real is not None
        how = ("each recording's voice span where its file went (unseen_cases.voice_span; aside7_languages.py)"
               if real else "segment bounds exact on the dry speech")
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: language {spec.lang}, made here from Debian packages (benchmarks/aside7_languages.py)",
                    ("GPL-2+ (Fish Fillets NG's dialogues, ALTAR interactive and contributors)" if real
                     else "generated here") + "; Fish Fillets NG's impacts GPL-2+, Tux Typing's cheer public domain",
                    [f"language: {spec.lang}"] + b.notes + [how], b.derived)
    if name in LANG25_DEV:
        spec = fillets_gated_languages.catalogue()[name]
        b = fillets_gated_languages.make(name)
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets",
                    f"{name}: language {spec.lang}, made here from Debian packages (benchmarks/fillets_gated_languages.py)",
                    "GPL-2+ (Fish Fillets NG's dialogues, ALTAR interactive and contributors); Fish Fillets NG's "
                    "impacts GPL-2+, Tux Typing's cheer public domain",
                    [f"language: {spec.lang}"] + b.notes + [
                        "each recording's voice span where its file went (unseen_cases.voice_span), its end gated "
                        "at the voice"], b.derived)
    if name in LANG17_DEV or name in LANG_ASIDE6:
        spec = aside6_languages.catalogue()[name]
        b = aside6_languages.make(name)
        real = spec.real is not None
        how = ("each recording's voice span where its file went (unseen_cases.voice_span; new_voices.py)" if real else
               "segment bounds exact on the dry speech")
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: language {spec.lang}, made here from Debian packages (benchmarks/aside6_languages.py)",
                    ("GPL-2 (Tux Paint stamps, Bill Kendrick and contributors)" if real else "generated here")
                    + "; Tux Math's music CC-BY-SA 3.0, Tux Typing's cheer public domain",
                    [f"language: {spec.lang}"] + b.notes + [how], b.derived)
    if name in LANG12_DEV or name in LANG_ASIDE5:
        spec = aside5_languages.catalogue()[name]
        b = aside5_languages.make(name)
        real = spec.real is not None
        how = ("each recording's voice span where its file went (unseen_cases.voice_span; new_voices.py)" if real else
               "segment bounds exact on the dry speech; festival's own word times where its words are the text's")
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: language {spec.lang}, made here from Debian packages (benchmarks/aside5_languages.py)",
                    "GPL-2 (Tux Paint stamps, Bill Kendrick and contributors)" if real else "generated here",
                    [f"language: {spec.lang}"] + b.notes + [how], b.derived)
    if name in MISHEAR_DEV:
        b = mishear_cases.make(name)
        kind = mishear_cases.catalogue()[name].kind
        how = ("each prompt's voice span where its file went (unseen_cases.voice_span)" if kind == "real"
               else "segment bounds exact on the dry speech")
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic" if kind == "synth" else "file-offsets",
                    f"{name}: made here from Debian packages (benchmarks/mishear_cases.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds)" if kind == "real" else "generated here",
                    b.notes + [how], b.derived, b.page, b.encoded)
    if name in FAST_DEV:
        b = fast_cases.make(name)
        kind = fast_cases.catalogue()[name].kind
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic" if kind == "synth" else "file-offsets",
                    f"{name}: made here from Debian packages (benchmarks/fast_cases.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds)" if kind == "real" else "generated here",
                    b.notes + ["each prompt's voice span where its file went (unseen_cases.voice_span, measured on the "
                               "tempo-changed prompt)" if kind == "real" else
                               "segment bounds exact on the dry speech; flite's and festival's own word times"],
                    b.derived, b.page, b.encoded)
    if name in LANG9_DEV or name in LANG_ASIDE4:
        spec = aside4_languages.catalogue()[name]
        b = aside4_languages.make(name)
        real = spec.real is not None
        how = ("each recording's voice span where its file went (unseen_cases.voice_span; new_voices.py)" if real else
               "segment bounds exact on the dry speech; festival's own word times where its words are the text's")
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: language {spec.lang}, made here from Debian packages (benchmarks/aside4_languages.py)",
                    "GPL-2 (Tux Paint stamps, Bill Kendrick and contributors)" if real else "generated here",
                    [f"language: {spec.lang}"] + b.notes + [how], b.derived)
    for module, names in ((unseen_languages, LANG2_DEV + LANG_ASIDE2), (aside3_languages, LANG5_DEV + LANG_ASIDE3)):
        if name in names:
            spec = module.catalogue()[name]
            b = module.make(name)
            real = spec.real is not None
            how = ("each prompt's voice span where its file went (unseen_cases.voice_span)" if real else
                   "segment bounds exact on the dry speech; festival's own word times where its words are the text's")
            return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                        f"{name}: language {spec.lang}, made here from Debian packages "
                        f"(benchmarks/{module.__name__}.py)",
                        "CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here",
                        [f"language: {spec.lang}"] + b.notes + [how], b.derived)
    if name in CROSSTALK_DEV:
        b = crosstalk_cases.make(name)
        real = crosstalk_cases.catalogue()[name].main.kind == "real"
        return _prompts_or_voices_talk(b, name, "crosstalk_cases", real)
    if name in SECOND_VOICE_DEV or name in voice_after_cases.NAMES:  # other voices laid over a placed talk
        maker = second_voice_cases if name in SECOND_VOICE_DEV else voice_after_cases
        b = maker.make(name)
        real = maker.catalogue()[name].main.kind == "real"
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/{maker.__name__}.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here",
                    b.notes + ["each prompt's voice span where its file went (unseen_cases.voice_span)" if real else
                               "segment bounds exact on the dry speech; flite's and festival's own word times"],
                    b.derived, b.page, b.encoded)
    if name in BARELY_HEARD_DEV:
        b = barely_heard_cases.make(name)
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/barely_heard_cases.py)",
                    "generated here" + ("; Tux Math's music CC-BY-SA 3.0" if "music" in name else ""),
                    b.notes + ["segment bounds exact on the dry speech"], b.derived, b.page, b.encoded)
    if name in BACKGROUND_TALKER_DEV:
        b = background_talker_cases.make(name)
        real = background_talker_cases.catalogue()[name].main.kind == "real"
        return _prompts_or_voices_talk(b, name, "background_talker_cases", real)
    if name in UNHEARD_ENGLISH_DEV:
        b = unheard_english_cases.make(name)
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/unheard_english_cases.py)", "generated here",
                    b.notes + ["segment bounds exact on the dry speech"], b.derived, b.page, b.encoded)
    if name in BELLS_DEV:
        b = bells_cases.make(name)
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/bells_cases.py)", "generated here",
                    b.notes + ["segment bounds exact on the dry speech; the codec's delay moved into the truth"],
                    b.derived, b.page, b.encoded)
    if name in OPENINGS_DEV:
        b = repeated_openings_cases.make(name)
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/repeated_openings_cases.py)", "generated here",
                    b.notes + ["segment bounds exact on the dry speech; the codec's delay moved into the truth"],
                    b.derived, b.page, b.encoded)
    if name in WHISPER_DEV:
        b = whisper_cases.make(name)
        return Talk(b.made.samples, b.made.segments, b.made.words, "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/whisper_cases.py)", "generated here",
                    b.notes + ["segment bounds exact on the dry speech"], b.derived, b.page, b.encoded)
    if name in cafe_cases.NAMES:
        b = cafe_cases.make(name)
        real = cafe_cases.catalogue()[name].kind == "real"
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/cafe_cases.py)",
                    ("CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here")
                    + "; the cafe: asterisk's Spanish, Italian and French prompts, CC-BY-SA 3.0",
                    b.notes + ["each prompt's voice span where its file went (unseen_cases.voice_span)" if real else
                               "segment bounds exact on the dry speech; flite's and festival's own word times"],
                    b.derived, b.page, b.encoded)
    if name in music_cases.NAMES:
        b = music_cases.make(name)
        real = music_cases.catalogue()[name].kind == "real"
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/music_cases.py)",
                    ("CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here")
                    + "; the music: Tux Math's, CC-BY-SA 3.0",
                    b.notes + ["each prompt's voice span where its file went (unseen_cases.voice_span)" if real else
                               "segment bounds exact on the dry speech; flite's and festival's own word times"],
                    b.derived, b.page, b.encoded)
    if name in RUMBLE_DEV:
        b = rumble_cases.make(name)
        real = rumble_cases.catalogue()[name].kind == "real"
        return _prompts_or_voices_talk(b, name, "rumble_cases", real)
    if name in impulsive_noise_cases.NAMES:
        b = impulsive_noise_cases.make(name)
        real = impulsive_noise_cases.catalogue()[name].kind == "real"
        return _prompts_or_voices_talk(b, name, "impulsive_noise_cases", real, word_times="flite's own word times")
    if name in CROWD_DEV:
        b = crowd_cases.make(name)
        real = crowd_cases.catalogue()[name].talk.kind in ("real", "short")
        return _prompts_or_voices_talk(b, name, "crowd_cases", real)
    if name in SHORT_WORDS_DEV:
        b = short_words_cases.make(name)
        real = short_words_cases.catalogue()[name].kind == "prompts"
        return _prompts_or_voices_talk(b, name, "short_words_cases", real)
    if name in JOIN_NOISE_DEV:
        m = join_noise_cases.make(name)
        real = "_real_" in name
        return Talk(m.samples, m.segments, m.words, "file-offsets" if real else "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/join_noise_cases.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here",
                    m.notes + ["segment bounds: each prompt's voice span where its file went" if real else
                               "segment bounds exact on the dry speech; festival's own word times where given"])
    if name in ROOM_BED_DEV or name in REVIEW_DEV + REVIEW_ASIDE + QUEUE_DEV + QUEUE_ASIDE:
        module = room_bed_cases if name in ROOM_BED_DEV else review_cases if name in REVIEW_DEV else queue_cases
        m = module.make(name)
        real = "_real_" in name
        return Talk(m.samples, m.segments, m.words, "file-offsets" if real else "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/{module.__name__}.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds and music on hold)" if real else "generated here",
                    m.notes + ["segment bounds: each prompt's voice span on the dry speech; festival's own word times"
                               if not real else "segment bounds: each prompt's voice span where its file went"])
    if name in FAST_HALL_DEV:
        m = fast_hall_cases.make(name)
        real = "_real_" in name
        return Talk(m.samples, m.segments, m.words, "file-offsets" if real else "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/fast_hall_cases.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here",
                    m.notes + ["segment bounds: each prompt's voice span on the dry speech" if real else
                               "segment bounds exact on the dry speech; flite's and festival's own word times"])
    if name in room_tail_cases.NAMES:
        b = room_tail_cases.make(name)
        lang = room_tail_cases.catalogue()[name].lang
        fillets = lang in ("nl", "cs")
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets",
                    f"{name}: " + ("" if lang == "en" else f"language {lang}, ")
                    + "made here from Debian packages (benchmarks/room_tail_cases.py)",
                    "GPL-2+ (Fish Fillets NG's dialogues, ALTAR interactive and contributors)" if fillets
                    else "CC-BY-SA 3.0 (asterisk core sounds)",
                    ([] if lang == "en" else [f"language: {lang}"]) + b.notes, b.derived)
    if name in slap_back_cases.NAMES:
        b = slap_back_cases.make(name)
        t = slap_back_cases.catalogue()[name]
        real = not t.voices
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: " + ("" if t.lang == "en" else f"language {t.lang}, ")
                    + "made here from Debian packages (benchmarks/slap_back_cases.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here",
                    ([] if t.lang == "en" else [f"language: {t.lang}"]) + b.notes
                    + ["segment bounds: each prompt's voice span on the dry speech" if real else
                       "segment bounds exact on the dry speech"])
    if name in replaced_line_cases.NAMES:
        b = replaced_line_cases.make(name)
        real = replaced_line_cases.catalogue()[name].spec.kind == "real"
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/replaced_line_cases.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here",
                    b.notes + ["segment bounds: each prompt's voice span where its file went" if real else
                               "segment bounds exact on the dry speech"], b.derived, b.page, b.encoded)
    if name in room_tail_more_cases.NAMES:
        b = room_tail_more_cases.make(name)
        real = not room_tail_more_cases.catalogue()[name].voices
        return Talk(b.made.samples, b.made.segments, b.made.words, "file-offsets" if real else "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/room_tail_more_cases.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here",
                    b.notes + ["segment bounds: each prompt's voice span on the dry speech" if real else
                               "segment bounds exact on the dry speech; festival's own word times"])
    if name in ECHO_ROOM_DEV:
        m = echo_room_cases.make(name)
        real = "_real_" in name
        return Talk(m.samples, m.segments, m.words, "file-offsets" if real else "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/echo_room_cases.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds and music on hold)" if real else "generated here",
                    m.notes + ["segment bounds: each prompt's voice span where its file went" if real else
                               "segment bounds exact on the dry speech; festival's own word times where given"])
    if name in SHORT_PA_DEV or name in short_pa_cases.LATER:
        m = short_pa_cases.make(name)
        real = "_real_" in name
        return Talk(m.samples, m.segments, m.words, "file-offsets" if real else "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/short_pa_cases.py)",
                    "CC-BY-SA 3.0 (asterisk core sounds)" if real else "generated here",
                    m.notes + ["segment bounds: each prompt's voice span where its file went" if real else
                               "segment bounds exact on the dry speech; flite's and festival's own word times"])
    if name in short_pa_more_cases.NAMES:
        m = short_pa_more_cases.make(name)
        return Talk(m.samples, m.segments, m.words, "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/short_pa_more_cases.py)", "generated here",
                    m.notes + ["segment bounds exact on the dry speech; flite's and festival's own word times"])
    if name in word_truth_cases.NAMES:
        m = word_truth_cases.make(name)
        return Talk(m.samples, m.segments, m.words, "synthetic",
                    f"{name}: made here from Debian packages (benchmarks/word_truth_cases.py)", "generated here",
                    m.notes + ["segment bounds exact on the dry speech; every word timed by flite or festival itself"])
    if "+" in name:
        base, how = name.split("+", 1)
        t = _derive(base, _base_talk(base), how)
        t.source = f"{name}: {t.derived['change']} (base: {base}; {t.source})"
        t.derived["base"] = base
        return t
    if name == "long_mix":
        voices = [["en-us", "en-gb+f2"], ["en-us-nyc+f3", "en-gb-scotland"], ["en-gb-x-rp", "en-us+m3"]]
        parts = [("synth_talk_a", _base_talk("synth_talk_a")), ("mfa_acoustic_corpus", _base_talk("mfa_acoustic_corpus"))]
        shared_total = sum(_base_talk(n).duration for n in SHARED_CASES)
        need = max(60.0, 630 - shared_total - parts[0][1].duration) / 3
        parts += [("generated_1", generated_talk(need, 21, voices[0])),
                  ("tts_espeak_us", _base_talk("tts_espeak_us")), ("jfk", _base_talk("jfk")),
                  ("generated_2", generated_talk(need, 22, voices[1])),
                  ("mfa_cold_corpus", _base_talk("mfa_cold_corpus")), ("sonnet_p001", _base_talk("sonnet_p001")),
                  ("generated_3", generated_talk(need, 23, voices[2])),
                  ("praatio_bobby_mary", _base_talk("praatio_bobby_mary"))]
        return concatenate(parts)
    if name == "long_60min":
        voices = ["en-us", "en-gb+f2", "en-us-nyc", "en-gb-scotland+f3", "en-gb-x-rp", "en-us+f4", "en-029"]
        t = generated_talk(3600.0, 60, voices)
        t.source = "sixty-minute synthesized talk (espeak-ng, seven voices)"
        return t
    if name == "long_180min":
        hour = _base_talk("long_60min")
        return concatenate([("long_60min", hour)] * 3)
    raise KeyError(f"unknown case {name!r}; known: {', '.join(all_case_names(True) + HELDOUT + ASIDE + ASIDE2 + ASIDE3 + ASIDE4 + ASIDE5)}")


def ensure_case(name: str, log: Callable[[str], None] = print) -> Path:
    """The case's folder, built first when it is a derived case that is missing or stale."""
    require_shared()
    d = case_dir(name)
    if name in SHARED_CASES or _is_current(d):
        return d
    log(f"making case {name} ...")
    talk = _make(name)
    write_case(talk, d)
    return d


_SCORE = None


def score_module():
    """../shared/tools/score.py, imported once."""
    global _SCORE
    if _SCORE is None:
        import importlib.util

        require_shared()
        spec = importlib.util.spec_from_file_location("shared_score", SHARED / "tools" / "score.py")
        _SCORE = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_SCORE)
    return _SCORE


def check_truth(case: str) -> list[str]:
    """Problems score.py finds when the truth itself is scored as an aligner's output (should be none).

    The perfect output has one segment per transcript line at its true times (untimed where the
    truth is untimed) and the truth words where they time the whole line: every scored boundary
    must come out exact.
    """
    d = case_dir(case)
    truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    segs = []
    for i, s in enumerate(truth["segments"]):
        if s.get("in_transcript", True) is False:
            continue
        words = [{"start": w["start"], "end": w["end"], "word": w["word"]} for w in truth.get("words") or []
                 if w["seg"] == i]
        segs.append({"start": s.get("start"), "end": s.get("end"), "text": s["text"]})
        if words and len([t for w in words for t in _tokens(w["word"])]) == len(_tokens(s["text"])):
            segs[-1]["words"] = words  # only where truth times every word; else the segment's own bounds
    r = score_module().score(str(d), {"segments": segs}, "truth")
    problems = list(r["notes"])
    lines = (d / "transcript.txt").read_text(encoding="utf-8").splitlines()
    if not truth.get("transcript_is_page") and lines != [s["text"] for s in segs]:
        problems.append("transcript.txt lines differ from the transcript segments of truth.json")
    for g, st in r["segments"].items():
        if st["boundary"]["n"] and (st["boundary"]["miss"] or st["boundary"]["max"] > 1e-3):
            problems.append(f"segments[{g}]: miss={st['boundary']['miss']} max={st['boundary']['max']}")
    if r["words"] and r["words"]["boundary"]["matched"] and r["words"]["boundary"]["max"] > 1e-3:
        problems.append(f"words: max error {r['words']['boundary']['max']}")
    for s in truth["segments"]:
        if _timed(s) and not (0 <= s["start"] <= s["end"] <= truth["duration"] + 1e-3):
            problems.append(f"segment outside the audio: {s['start']}..{s['end']}")
    return problems


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Make the benchmark's derived cases in benchmarks/out/cases/.")
    ap.add_argument("names", nargs="*", help="cases to make (default: all except long_60min)")
    ap.add_argument("--long60", action="store_true", help="also make the sixty-minute talk")
    ap.add_argument("--check", action="store_true", help="score each case's truth as an output: must be exact")
    ap.add_argument("--heldout", action="store_true", help="make the held-out synthesized cases")
    for one in ASIDE_SETS:
        ap.add_argument(one.flag, action="store_true", help=f"make the aside set number {one.number} "
                        f"({one.prefix}_*, English{' and languages' if one.languages else ''}): their truth only")
    a = ap.parse_args()
    bad = 0
    flags = {one.name: getattr(a, one.name) for one in ASIDE_SETS}
    chosen = chosen_aside_set(flags)
    for n in a.names or (all_case_names(a.long60, a.heldout, **flags) + (chosen.languages if chosen else [])):
        d = ensure_case(n)
        truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        line = f"{n:34s} {truth['duration']:8.1f} s  {len(truth['segments']):4d} segments  {truth['truth_kind']}"
        if a.check:
            problems = check_truth(n)
            bad += bool(problems)
            line += "  truth check: " + ("; ".join(problems) if problems else "ok")
        print(line)
    if bad:
        raise SystemExit(f"{bad} case(s) failed the truth check")


if __name__ == "__main__":
    main()
