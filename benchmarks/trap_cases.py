"""Synthesized cases built where aligners misplace whole sentences, with exact truth.

The review queue (segments with confidence < 0.5) must catch the segments that are far off,
but the development cases hold only a handful of those, far too few to learn from.  These
cases are made to produce them, sentence by sentence with espeak-ng / flite (so every
sentence's first and last sample is known exactly), with the edits that break aligners:

* **tails**: a sentence's last words said quietly and quickly after a short hesitation
  ("..., one uh", "..., you know"), which Whisper often does not write down; also after a
  long hesitation, nearly as long as the pause to the next sentence (an honest test of
  whether doubt about such a tail is raised only where it is misplaced);
* **fillers**: "um", "uh" at a sentence's start or end, in the transcript as said;
* **openings**: several sentences that begin with the same words, with one of them deleted
  from the transcript (the next one could start at the deleted one);
* **short lines**: one-word sentences ("Okay.", "Right.") said quietly between long ones;
* **deleted / added** sentences (spoken but not in the transcript; in the transcript but
  never spoken), also right next to a join or a burst of music;
* **music or noise** between sentences, and recordings joined with gaps of another room.

Truth follows score.py's conventions (see cases.py): a sentence said but missing from the
transcript keeps its timed truth with ``"in_transcript": false``; a sentence never said has
``"spoken": false`` and no times.  Cases come in two sets, ``dev`` (``trap_*``) and ``aside``
(``trapx_*``: different voices, texts and seeds, looked at only to report, like ``ho_*``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

from synth_cases import RATE, Made, Voice, background, convolve, room_impulse, say, _rms

E, F = "espeak", "flite"


@dataclass(frozen=True)
class Line:
    """One line of a case: what is said and what the transcript says."""

    text: str
    #: said after a short hesitation, quieter and faster: part of the same sentence and transcript line
    tail: str = ""
    #: False: in the transcript, never said (an added line)
    spoken: bool = True
    #: False: said, missing from the transcript (a deleted line)
    scripted: bool = True
    #: level relative to the talk (dB): a quiet aside, a short "Okay." off-microphone
    gain_db: float = 0.0
    #: hesitation before the tail (s, drawn from this range); None = TAIL_GAP
    tail_gap: Optional[tuple[float, float]] = None
    #: something between the previous line and this one: ("music" | "noise" | "join", seconds)
    before: Optional[tuple[str, float]] = None


@dataclass(frozen=True)
class Trap:
    lines: tuple[Line, ...]
    voices: tuple[Voice, ...]
    seed: int
    snr_db: float = 30.0
    noise: str = "pink"
    rt60: Optional[float] = None
    pause: tuple[float, float] = (0.35, 1.2)
    turn: int = 3
    level: float = 0.1


TAIL_GAP = (0.12, 0.3)  #: hesitation before a tail (s)
TAIL_GAIN_DB = (-14.0, -9.0)
TAIL_SPEED = 1.25


def _music(seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
    from cases import intro_music  # cases imports this module: import late
    return intro_music(seconds, level, rng)


def _written(line: Line) -> str:
    """The transcript line: the sentence with its tail after a comma ("..., you know.")."""
    return f"{line.text.rstrip('.')}, {line.tail}." if line.tail else line.text


def make(trap: Trap) -> Made:
    rng = np.random.default_rng(trap.seed)
    prng = random.Random(trap.seed)
    pieces: list[tuple[int, np.ndarray]] = []  # dry speech, added before the room and the noise
    inserts: list[tuple[int, np.ndarray]] = []  # music and other rooms: after the room, before the noise
    truth: list[dict] = []
    pos = int(prng.uniform(0.5, 0.9) * RATE)
    spoken_k = 0
    for line in trap.lines:
        if not line.spoken:
            truth.append({"text": _written(line), "start": None, "end": None, "spoken": False})
            continue
        v = trap.voices[(spoken_k // trap.turn) % len(trap.voices)]
        if spoken_k:
            pos += int(prng.uniform(*trap.pause) * RATE)
        if line.before:
            kind, seconds = line.before
            n = int(seconds * RATE)
            if kind == "music":
                inserts.append((pos, _music(seconds, 0.5 * trap.level, rng)))
            else:  # "noise": a burst of loud noise; "join": another room's quiet background
                level = trap.level * (0.3 if kind == "noise" else 0.02)
                inserts.append((pos, background(n, "hum" if kind == "join" else "white", rng) * level))
            pos += n + int(prng.uniform(*trap.pause) * RATE)
        gain = 10 ** (line.gain_db / 20)
        x = say(line.text, v)
        x = x * (trap.level * gain / max(_rms(x), 1e-6))
        start = pos
        pieces.append((pos, x))
        pos += len(x)
        if line.tail:
            pos += int(prng.uniform(*(line.tail_gap or TAIL_GAP)) * RATE)
            t = say(line.tail, Voice(v.engine, v.name, v.speed * TAIL_SPEED, v.pitch))
            t = t * (trap.level * gain * 10 ** (prng.uniform(*TAIL_GAIN_DB) / 20) / max(_rms(t), 1e-6))
            pieces.append((pos, t))
            pos += len(t)
        seg = {"text": _written(line), "start": round(start / RATE, 4),
               "end": round(pos / RATE, 4), "bounds": "tts-exact", "voice": f"{v.engine}:{v.name}@{v.speed:g}"}
        if not line.scripted:
            seg["in_transcript"] = False
        truth.append(seg)
        spoken_k += 1
    total = pos + int(prng.uniform(0.6, 1.0) * RATE)
    y = np.zeros(total, np.float32)
    for at, x in pieces:
        y[at:at + len(x)] += x
    speech_rms = _rms(np.concatenate([x for _, x in pieces]))
    notes = ["voices " + ", ".join(f"{v.engine}:{v.name}@{v.speed:g}" for v in trap.voices)]
    if trap.rt60:
        y = convolve(y, room_impulse(trap.rt60, rng))
        notes.append(f"reverberation RT60 {trap.rt60:g} s (truth on the dry speech)")
    for at, x in inserts:
        y[at:at + len(x)] += x[: len(y) - at]
    y = y + background(len(y), trap.noise, rng) * speech_rms * 10 ** (-trap.snr_db / 20)
    notes.append(f"{trap.noise} noise at {trap.snr_db:g} dB SNR")
    kinds = sorted({k for line in trap.lines for k in _kinds(line)})
    notes.append("traps: " + ", ".join(kinds))
    return Made(y.astype(np.float32), truth, notes)


def _kinds(line: Line) -> list[str]:
    out = []
    if line.tail:
        out.append("quiet tail")
    if not line.spoken:
        out.append("added line")
    if not line.scripted:
        out.append("deleted line")
    if line.gain_db < -3:
        out.append("quiet line")
    if line.before:
        out.append(line.before[0])
    return out


# ------------------------------------------------------------------ the catalogue
L = Line


def _talk(seed: int, n: int) -> list[str]:
    from talk_text import generated_sentences
    return generated_sentences(n, seed=seed)


def _catalogue() -> dict[str, tuple[str, Trap]]:
    a, b, c, d, e, f, g, h = (_talk(s, 12) for s in (601, 602, 603, 604, 605, 606, 607, 608))
    x1, x2, x3, x4 = (_talk(s, 12) for s in (701, 702, 703, 704))
    i, j = _talk(609, 12), _talk(610, 12)
    slow = (0.45, 0.9)
    return {
        # ---- development
        "trap_tails": ("dev", Trap((
            L(a[0]), L(a[1], tail="one uh"), L(a[2]), L(a[3], tail="you know"), L(a[4]),
            L(a[5], tail="and so on"), L(a[6]), L(a[7], tail="I mean"), L(a[8], tail="right"), L(a[9])),
            (Voice(E, "en-us", 1.0), Voice(F, "slt", 1.0)), seed=611, snr_db=25)),
        "trap_fillers": ("dev", Trap((
            L("Um, " + b[0][0].lower() + b[0][1:]), L(b[1], tail="uh"), L(b[2]), L("Uh, so " + b[3][0].lower() + b[3][1:]),
            L(b[4], tail="um"), L(b[5]), L("Well, um, " + b[6][0].lower() + b[6][1:]), L(b[7], tail="uh huh"), L(b[8])),
            (Voice(F, "awb", 1.0), Voice(E, "en-gb", 1.05)), seed=612, snr_db=22, noise="murmur")),
        "trap_openings": ("dev", Trap((
            L("And here is a fact: " + c[0][0].lower() + c[0][1:]), L("And here is another point about the budget."),
            L("And here is a question that nobody could answer.", scripted=False),
            L("And here is a reason to look at it again."), L(c[1]),
            L("So the plan was simple.", scripted=False), L("So the plan was changed in the spring."),
            L(c[2]), L("And here is a last thought before we stop.")),
            (Voice(E, "en-us-nyc", 1.0), Voice(F, "rms", 1.0)), seed=613, snr_db=28)),
        "trap_short": ("dev", Trap((
            L(d[0]), L("Okay.", gain_db=-8), L(d[1]), L(d[2]), L("Right.", gain_db=-10), L(d[3]),
            L("Yes.", gain_db=-6), L("Thank you.", gain_db=-9), L(d[4]), L("No.", gain_db=-8), L(d[5])),
            (Voice(E, "en-gb-x-rp", 1.1), Voice(F, "slt", 1.05)), seed=614, snr_db=20, noise="hum")),
        "trap_music": ("dev", Trap((
            L(e[0]), L(e[1]), L(e[2], before=("music", 4.0)), L(e[3]),
            L("We will now hear a short piece of music.", spoken=False),
            L(e[4], before=("music", 6.0)), L(e[5], before=("noise", 1.5)), L(e[6]), L(e[7], before=("music", 3.0))),
            (Voice(F, "kal", 1.0), Voice(E, "en-us+f3", 1.0)), seed=615, snr_db=25, rt60=0.35)),
        "trap_joins": ("dev", Trap((
            L(f[0]), L(f[1]), L(f[2], scripted=False), L(f[3], before=("join", 3.0)), L(f[4]),
            L("This sentence was written down but never read aloud.", spoken=False), L(f[5], before=("join", 2.5)),
            L(f[6]), L(f[7], tail="okay"), L(f[8], before=("join", 4.0), tail="so"), L(f[9])),
            (Voice(E, "en-029", 1.0), Voice(F, "awb", 0.95), Voice(E, "en-us+m3", 1.1)), seed=616, snr_db=24,
            turn=2)),
        "trap_mixed": ("dev", Trap((
            L(g[0], tail="uh"), L("Right.", gain_db=-8), L(g[1]), L(g[2], scripted=False),
            L(g[3], tail="one uh"), L("And then the council,", scripted=False, before=("music", 3.0)),
            L("And then the council met again."), L(g[4]), L(g[5], tail="you see"),
            L("Okay.", gain_db=-6, scripted=False), L(g[6])),
            (Voice(F, "rms", 1.0), Voice(E, "en-gb-scotland", 1.0)), seed=617, snr_db=18, noise="pink",
            rt60=0.3)),
        "trap_fast": ("dev", Trap((
            L(h[0]), L(h[1], tail="um yeah"), L(h[2]), L(h[3], tail="and so forth"), L(h[4], before=("noise", 1.0)),
            L(h[5]), L("Fine.", gain_db=-9), L(h[6], tail="uh")),
            (Voice(E, "en-us", 1.3), Voice(F, "slt", 1.25)), seed=618, snr_db=20, noise="white", pause=(0.2, 0.6))),
        "trap_hesitant": ("dev", Trap((
            L(i[0], tail="uh", tail_gap=slow), L(i[1]), L(i[2], tail="you know", tail_gap=slow), L(i[3]),
            L(i[4], tail="I think", tail_gap=slow), L(i[5], tail="um", tail_gap=slow), L(i[6]),
            L(i[7], tail="more or less", tail_gap=slow), L(i[8])),
            (Voice(E, "en-us+m2", 0.95), Voice(F, "awb", 0.9)), seed=619, snr_db=26, pause=(0.5, 1.1))),
        "trap_quiet_lines": ("dev", Trap((
            L(j[0]), L("Good.", gain_db=-10), L(j[1]), L("Sure.", gain_db=-8), L(j[2]), L(j[3]),
            L("Exactly.", gain_db=-11), L(j[4]), L("Yes.", gain_db=-9), L("Fine.", gain_db=-7), L(j[5]),
            L("Indeed.", gain_db=-12), L(j[6])),
            (Voice(E, "en-us+f2", 1.05), Voice(F, "kal", 1.0), Voice(E, "en-gb-x-rp", 0.95)), seed=620, snr_db=21,
            noise="pink", turn=2, pause=(0.3, 0.9))),
        # ---- aside: look only at the end, to report
        "trapx_tails": ("aside", Trap((
            L(x1[0], tail="uh"), L(x1[1]), L(x1[2], tail="one uh"), L(x1[3]), L(x1[4], tail="you know"),
            L("Good.", gain_db=-8), L(x1[5], tail="I guess"), L(x1[6])),
            (Voice(F, "kal", 0.95), Voice(E, "en-gb+f2", 1.0)), seed=711, snr_db=21, noise="murmur")),
        "trapx_edits": ("aside", Trap((
            L(x2[0]), L("And so the work began.", scripted=False), L("And so the work began again in May."),
            L(x2[1], before=("music", 3.5)), L("A line that the speaker skipped entirely.", spoken=False), L(x2[2]),
            L(x2[3], before=("join", 3.0)), L(x2[4], scripted=False), L(x2[5])),
            (Voice(E, "en-us+f2", 1.05), Voice(F, "awb", 1.05)), seed=712, snr_db=23, rt60=0.4)),
        "trapx_short": ("aside", Trap((
            L(x3[0]), L("Sure.", gain_db=-9), L(x3[1], tail="um"), L(x3[2]), L("Exactly.", gain_db=-7),
            L(x3[3], before=("noise", 1.2)), L("Uh, " + x3[4][0].lower() + x3[4][1:]), L("Yes.", gain_db=-10), L(x3[5])),
            (Voice(E, "en-gb-x-gbclan", 1.15), Voice(F, "rms", 1.1)), seed=713, snr_db=19, noise="hum")),
        "trapx_hesitant": ("aside", Trap((
            L(x4[0]), L(x4[1], tail="sort of", tail_gap=slow), L(x4[2]), L(x4[3], tail="uh", tail_gap=slow),
            L(x4[4], tail="anyway"), L(x4[5], tail="you see", tail_gap=slow), L(x4[6])),
            (Voice(F, "slt", 0.9), Voice(E, "en-us-nyc+f3", 0.95)), seed=714, snr_db=24, rt60=0.3, pause=(0.5, 1.2))),
    }


CATALOGUE = _catalogue()


def names(which: str) -> list[str]:
    return [n for n, (s, _) in CATALOGUE.items() if s == which]
