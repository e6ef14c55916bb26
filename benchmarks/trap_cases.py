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

A second round (``trap2_*`` for development, ``trapy_*`` aside) adds kinds chosen before looking at any
failure, from what happens in recorded talks:

* **overlap**: the next speaker starts before the last one has finished (truth keeps both sentences'
  own bounds, so they overlap by a few tenths of a second);
* **restart**: a sentence begun, broken off and read again from the start (the broken-off words are
  said, not in the transcript);
* **laughter / applause** between sentences (a voiced "ha ha ha" from another voice; a dense train of
  hand claps rising and fading);
* **aside**: several sentences in a row said but not in the transcript, quieter and faster;
* **background speech**: another voice, far quieter, talking in a pause;
* **fast line**: one sentence said much faster than the rest;
* **split / joined lines**: one spoken sentence broken over two transcript lines (a comma's pause between
  them), or two spoken sentences written as one line;
* **music bed**: quiet music under the whole talk.

A third round (``trap3_*`` for development, ``trapz_hesitant`` aside) is slow, hesitant speech, each piece
synthesized on its own so the truth stays exact: a sentence's last word drawn out (said alone at half speed or
less), "um"/"uh" said slowly after a long hesitation, a long pause inside a sentence (with a filler in some),
and fillers said but left out of the transcript (the line's truth ends before them).

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
    #: something between the previous line and this one: ("music" | "noise" | "join" | "applause" | "laugh" |
    #: "speech", seconds); "speech" is another voice talking, far quieter, in the pause
    before: Optional[tuple[str, float]] = None
    #: pause before this line (s, drawn from this range) instead of the talk's; negative: it starts that
    #: long before the previous line ends (an overlap); tiny: the two lines are one spoken sentence
    gap: Optional[tuple[float, float]] = None
    #: speed of this line relative to its voice (a sentence rushed through)
    speed: float = 1.0
    #: a second sentence said after a normal pause, written in the same transcript line
    joined: str = ""
    #: speed of the tail relative to the voice: quick (TAIL_SPEED) or drawn out (< 1, a hesitation)
    tail_speed: float = 0.0
    #: False: the tail is said but the transcript leaves it out (a cleaned-up transcript); the line's truth
    #: ends before it
    tail_written: bool = True
    #: the sentence's last word drawn out: said on its own at this speed relative to the voice (0.5 = half)
    drawl: float = 1.0
    #: a long pause inside the sentence (s, drawn from this range), after its middle word or the comma nearest
    mid_pause: Optional[tuple[float, float]] = None
    #: said in that pause, slowly ("uh"), and written there in the transcript ("..., uh, ...")
    mid_filler: str = ""


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
    #: quiet music under the whole talk, this many dB under the speech
    bed_db: Optional[float] = None


TAIL_GAP = (0.12, 0.3)  #: hesitation before a tail (s)
TAIL_GAIN_DB = (-14.0, -9.0)
TAIL_SPEED = 1.25


def _music(seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
    from cases import intro_music  # cases imports this module: import late
    return intro_music(seconds, level, rng)


def _written(line: Line) -> str:
    """The transcript line: the sentence (with a filler in its long pause, "..., uh, ...") and its tail after
    a comma ("..., you know."), and the joined sentence after it."""
    text = line.text
    if line.mid_pause and line.mid_filler:
        a, b = _halves(line.text)
        text = f"{a.rstrip(',')}, {line.mid_filler}, {b}"
    text = f"{text.rstrip('.')}, {line.tail}." if line.tail and line.tail_written else text
    return f"{text} {line.joined}" if line.joined else text


def _halves(sentence: str) -> tuple[str, str]:
    """A sentence cut where a speaker would pause in it: after the comma nearest its middle, else its middle
    word."""
    w = sentence.split()
    commas = [k + 1 for k, x in enumerate(w[:-2]) if x.endswith(",") and k >= 1]
    k = min(commas, key=lambda c: abs(c - len(w) / 2)) if commas else max(2, len(w) // 2)
    return " ".join(w[:k]), " ".join(w[k:])


def _hesitant(line: Line, v: Voice, prng: random.Random) -> list[tuple[float, np.ndarray]]:
    """A slow line said in pieces: [(pause before the piece (s), dry speech)].  The sentence's halves with a
    long pause (and a filler in it) between them, its last word drawn out on its own."""
    pieces = [line.text]
    if line.mid_pause:
        pieces = list(_halves(line.text))
    out: list[tuple[float, np.ndarray]] = []
    for n, text in enumerate(pieces):
        gap = 0.0
        if n:
            gap = prng.uniform(*line.mid_pause)
            if line.mid_filler:
                f = say(line.mid_filler, Voice(v.engine, v.name, v.speed * 0.6, v.pitch))
                third = gap / 3
                out.append((third, f))
                gap = third
        last = n == len(pieces) - 1
        if last and line.drawl != 1.0 and len(text.split()) > 1:
            head, word = text.rsplit(" ", 1)
            out.append((gap, say(head, v)))
            out.append((prng.uniform(0.02, 0.06), say(word, Voice(v.engine, v.name, v.speed * line.drawl, v.pitch))))
        else:
            out.append((gap, say(text, v)))
    return out


def _applause(seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
    """Hand claps from a small audience: short bright noise bursts, dense, rising and fading."""
    n = int(seconds * RATE)
    x = np.zeros(n, np.float32)
    clap = int(0.012 * RATE)
    for at in rng.uniform(0, n - clap, size=int(seconds * 40)).astype(int):
        burst = rng.normal(size=clap) * np.exp(-np.arange(clap) / (0.003 * RATE)) * rng.uniform(0.4, 1.0)
        x[at:at + clap] += burst.astype(np.float32)
    t = np.arange(n) / RATE
    x *= np.clip(np.minimum(t / 0.3, (seconds - t) / 0.8), 0, 1).astype(np.float32)
    return (x * level / max(_rms(x), 1e-6)).astype(np.float32)


def _laugh(voice: Voice, level: float, prng: random.Random) -> np.ndarray:
    """A short laugh from someone else: "ha ha ha", high and quick."""
    x = say(" ".join(["ha"] * prng.randint(3, 6)), Voice(voice.engine, voice.name, 1.3, 80))
    return x * (level / max(_rms(x), 1e-6))


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
        if line.speed != 1.0:
            v = Voice(v.engine, v.name, v.speed * line.speed, v.pitch)
        if spoken_k:
            pos += int(prng.uniform(*(line.gap or trap.pause)) * RATE)
        if line.before:
            kind, seconds = line.before
            n = int(seconds * RATE)
            if kind == "music":
                inserts.append((pos, _music(seconds, 0.5 * trap.level, rng)))
            elif kind == "applause":
                inserts.append((pos, _applause(seconds, 0.8 * trap.level, rng)))
            elif kind in ("laugh", "speech"):  # someone else's voice: dry, in the room like the talk
                other = trap.voices[(spoken_k // trap.turn + 1) % len(trap.voices)]
                if kind == "laugh":
                    x = _laugh(other, 0.6 * trap.level, prng)
                else:
                    x = say(_talk(trap.seed + 50, 1)[0], other)
                    x = x * (trap.level * 10 ** (-16 / 20) / max(_rms(x), 1e-6))
                x = x[:n]
                pieces.append((pos + (n - len(x)) // 2, x))
            else:  # "noise": a burst of loud noise; "join": another room's quiet background
                level = trap.level * (0.3 if kind == "noise" else 0.02)
                inserts.append((pos, background(n, "hum" if kind == "join" else "white", rng) * level))
            pos += n + int(prng.uniform(*trap.pause) * RATE)
        gain = 10 ** (line.gain_db / 20)
        start = max(pos, 0)
        if line.mid_pause or line.drawl != 1.0:
            said = _hesitant(line, v, prng)
            level = trap.level * gain / max(_rms(np.concatenate([x for _, x in said])), 1e-6)
            pos = start
            for k, (gap, x) in enumerate(said):
                pos += int(gap * RATE) if k else 0
                pieces.append((pos, x * level))
                pos += len(x)
        else:
            x = say(line.text, v)
            x = x * (trap.level * gain / max(_rms(x), 1e-6))
            pieces.append((start, x))
            pos = start + len(x)
        if line.joined:
            pos += int(prng.uniform(*trap.pause) * RATE)
            j = say(line.joined, v)
            pieces.append((pos, j * (trap.level * gain / max(_rms(j), 1e-6))))
            pos += len(j)
        end = pos
        if line.tail:
            pos += int(prng.uniform(*(line.tail_gap or TAIL_GAP)) * RATE)
            t = say(line.tail, Voice(v.engine, v.name, v.speed * (line.tail_speed or TAIL_SPEED), v.pitch))
            t = t * (trap.level * gain * 10 ** (prng.uniform(*TAIL_GAIN_DB) / 20) / max(_rms(t), 1e-6))
            pieces.append((pos, t))
            pos += len(t)
            if line.tail_written:
                end = pos
        seg = {"text": _written(line), "start": round(start / RATE, 4),
               "end": round(end / RATE, 4), "bounds": "tts-exact", "voice": f"{v.engine}:{v.name}@{v.speed:g}"}
        if not line.scripted:
            seg["in_transcript"] = False
        truth.append(seg)
        spoken_k += 1
    total = max(pos, max(at + len(x) for at, x in pieces)) + int(prng.uniform(0.6, 1.0) * RATE)
    y = np.zeros(total, np.float32)
    for at, x in pieces:
        y[at:at + len(x)] += x
    speech_rms = _rms(np.concatenate([x for _, x in pieces]))
    if trap.bed_db is not None:
        inserts.append((0, _music(total / RATE, speech_rms * 10 ** (-trap.bed_db / 20), rng)))
    notes = ["voices " + ", ".join(f"{v.engine}:{v.name}@{v.speed:g}" for v in trap.voices)]
    if trap.rt60:
        y = convolve(y, room_impulse(trap.rt60, rng))
        notes.append(f"reverberation RT60 {trap.rt60:g} s (truth on the dry speech)")
    for at, x in inserts:
        y[at:at + len(x)] += x[: len(y) - at]
    y = y + background(len(y), trap.noise, rng) * speech_rms * 10 ** (-trap.snr_db / 20)
    notes.append(f"{trap.noise} noise at {trap.snr_db:g} dB SNR")
    if trap.bed_db is not None:
        notes.append(f"music bed {trap.bed_db:g} dB under the speech")
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
    if line.gap and line.gap[1] < 0:
        out.append("overlap")
    elif line.gap and line.gap[1] < 0.2:
        out.append("split line")
    if line.speed > 1.2:
        out.append("fast line")
    if line.joined:
        out.append("joined lines")
    if line.tail and not line.tail_written:
        out.append("unwritten tail")
    if line.drawl < 1.0:
        out.append("drawn-out last word")
    if line.mid_pause:
        out.append("long pause inside a sentence" + (" with a filler" if line.mid_filler else ""))
    return out


# ------------------------------------------------------------------ the catalogue
L = Line


def _talk(seed: int, n: int) -> list[str]:
    from talk_text import generated_sentences
    return generated_sentences(n, seed=seed)


def _restart(sentence: str, words: int = 3) -> Line:
    """The first few words of a sentence, broken off: said, not in the transcript (it is read again)."""
    return L(" ".join(sentence.split()[:words]).rstrip(",.") + ",", scripted=False)


def _split(sentence: str, gap: tuple[float, float], at: float = 0.5) -> tuple[Line, Line]:
    """One spoken sentence written as two transcript lines, broken about ``at`` of the way through; the
    two halves are said with a comma's pause (``gap``) between them."""
    w = sentence.rstrip(".").split()
    k = max(2, min(len(w) - 2, round(len(w) * at)))
    return L(" ".join(w[:k]) + ","), L(" ".join(w[k:]) + ".", gap=gap)


def _round_two() -> dict[str, tuple[str, Trap]]:
    """Second round: kinds chosen before looking at failures (see the module docstring)."""
    a, b, c, d, e, f = (_talk(s, 12) for s in (621, 622, 623, 624, 625, 626))
    x, y, z = (_talk(s, 12) for s in (721, 722, 723))
    over, split, quick = (-0.35, -0.1), (0.03, 0.12), 1.5
    return {
        # ---- development
        "trap2_overlap": ("dev", Trap((
            L(a[0]), L(a[1], gap=over), L(a[2]), _restart(a[3]), L(a[3], gap=(0.15, 0.35)), L(a[4], gap=over),
            L(a[5]), L(a[6], gap=over), _restart(a[7], 2), L(a[7], gap=(0.1, 0.3)), L(a[8])),
            (Voice(E, "en-us+Andy", 1.0), Voice(F, "kal16", 1.0)), seed=621, snr_db=26, turn=1)),
        "trap2_audience": ("dev", Trap((
            L(b[0]), L(b[1]), L(b[2], before=("laugh", 1.2)), L(b[3]), L(b[4], before=("applause", 3.0)),
            L(b[5]), _restart(b[6]), L(b[6], gap=(0.2, 0.4)), L(b[7], before=("laugh", 0.9)),
            L(b[8], before=("applause", 2.0))),
            (Voice(E, "en-gb+Annie", 1.05), Voice(F, "rms", 1.1)), seed=622, snr_db=24, rt60=0.3)),
        "trap2_aside": ("dev", Trap((
            L(c[0]), L(c[1]), L(c[2], scripted=False, gain_db=-4, speed=1.15),
            L(c[3], scripted=False, gain_db=-4, speed=1.15), L(c[4], scripted=False, gain_db=-4, speed=1.15),
            L(c[5]), L(c[6], before=("speech", 2.2)), L(c[7]), L(c[8], before=("speech", 1.8)),
            L(c[9], scripted=False, gain_db=-3), L(c[10], scripted=False, gain_db=-3), L(c[11])),
            (Voice(E, "en-us+Robert", 0.95), Voice(F, "slt", 1.05)), seed=623, snr_db=25, noise="murmur")),
        "trap2_fast_split": ("dev", Trap((
            L(d[0]), L(d[1], speed=quick), L(d[2]), *_split(d[3], split), L(d[5], joined=d[6]),
            L(d[7], speed=quick), L(d[8], speed=quick), L(d[9], joined=d[10])),
            (Voice(F, "awb", 1.0), Voice(E, "en-gb-x-rp+Belinda", 1.0)), seed=624, snr_db=23)),
        "trap2_bed": ("dev", Trap((
            L(e[0]), L(e[1]), L(e[2], speed=quick), L(e[3]), *_split(e[4], split, 0.35), L(e[5]), _restart(e[6]),
            L(e[6], gap=(0.15, 0.3)), L(e[7], joined=e[8]), L(e[9])),
            (Voice(E, "en-us+Caleb", 1.05), Voice(F, "kal", 0.95)), seed=625, snr_db=28, rt60=0.3, bed_db=14)),
        "trap2_mixed": ("dev", Trap((
            L(f[0], before=("applause", 2.5)), L(f[1], gap=over), L(f[2], speed=quick),
            L(f[3], scripted=False, gain_db=-5, speed=1.2), L(f[4], scripted=False, gain_db=-5, speed=1.2),
            L(f[5], before=("laugh", 1.0)), L(f[6], joined=f[7]), L(f[8], before=("speech", 2.0)), L(f[9])),
            (Voice(F, "slt", 0.95), Voice(E, "en-gb-scotland+Linda", 1.0)), seed=626, snr_db=20, noise="hum",
            turn=2, bed_db=18)),
        # ---- aside: look only at the end, to report
        "trapy_overlap_audience": ("aside", Trap((
            L(x[0], before=("applause", 2.0)), L(x[1]), L(x[2], gap=over), _restart(x[3]),
            L(x[3], gap=(0.15, 0.35)), L(x[4], before=("laugh", 1.1)), L(x[5], gap=over), L(x[6]),
            L(x[7], before=("applause", 2.5)), L(x[8], gap=over)),
            (Voice(E, "en-us+Paul", 1.0), Voice(F, "rms", 0.95)), seed=721, snr_db=24, turn=1, rt60=0.35)),
        "trapy_aside_speech": ("aside", Trap((
            L(y[0]), L(y[1], before=("speech", 2.0)), L(y[2], scripted=False, gain_db=-4, speed=1.15),
            L(y[3], scripted=False, gain_db=-4, speed=1.15), L(y[4]), L(y[5], joined=y[6]),
            L(y[7], before=("speech", 2.4)), L(y[8], scripted=False, gain_db=-3), L(y[9]), L(y[10])),
            (Voice(E, "en-029+Steph", 1.0), Voice(F, "kal16", 0.9)), seed=722, snr_db=22, noise="murmur")),
        "trapy_fast_bed": ("aside", Trap((
            L(z[0]), L(z[1], speed=quick), L(z[2]), *_split(z[3], split), L(z[4], joined=z[5]), _restart(z[6], 2),
            L(z[6], gap=(0.15, 0.3)), L(z[7], speed=quick), L(z[8]), *_split(z[9], split, 0.6)),
            (Voice(F, "awb", 1.1), Voice(E, "en-us+Benjamin", 0.9)), seed=723, snr_db=25, bed_db=15)),
    }


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


def _round_three() -> dict[str, tuple[str, Trap]]:
    """Third round: slow, hesitant speech (issue 7) -- drawn-out last words, "um"/"uh" after a sentence after
    a long hesitation, long pauses inside a sentence (a filler in some), fillers said but left out of the
    transcript.  Every piece is synthesized on its own at a slow rate, so the truth stays exact."""
    a, b, c = (_talk(s, 12) for s in (801, 802, 803))
    z = _talk(811, 12)
    slow, hes, drawn, mid = (0.5, 1.0), 0.6, 0.5, (0.6, 1.3)
    return {
        # ---- development
        "trap3_drawl": ("dev", Trap((
            L(a[0], drawl=drawn), L(a[1], tail="um", tail_gap=slow, tail_speed=hes), L(a[2], drawl=0.4),
            L(a[3], drawl=drawn, tail="uh", tail_gap=slow, tail_speed=hes), L(a[4]),
            L(a[5], drawl=0.45, tail="you know", tail_gap=slow, tail_speed=0.8), L(a[6], drawl=drawn),
            L(a[7], tail="uh", tail_gap=(0.7, 1.1), tail_speed=0.5), L(a[8], drawl=0.4)),
            (Voice(E, "en-gb+m3", 0.75), Voice(F, "kal", 0.78)), seed=801, snr_db=26, pause=(0.7, 1.4))),
        "trap3_pauses": ("dev", Trap((
            L(b[0], mid_pause=mid), L(b[1], mid_pause=mid, mid_filler="uh"), L(b[2]),
            L(b[3], mid_pause=(0.8, 1.4), drawl=drawn), L(b[4], mid_pause=mid, mid_filler="um", tail="uh",
                                                          tail_gap=slow, tail_speed=hes),
            L(b[5], drawl=0.45), L(b[6], mid_pause=mid), L(b[7], mid_pause=mid, mid_filler="uh", drawl=drawn)),
            (Voice(F, "rms", 0.8), Voice(E, "en-us+f4", 0.8)), seed=802, snr_db=24, rt60=0.3, pause=(0.8, 1.5))),
        "trap3_unwritten": ("dev", Trap((
            L(c[0], tail="um", tail_gap=slow, tail_speed=hes, tail_written=False), L(c[1], drawl=drawn),
            L(c[2], tail="uh", tail_gap=slow, tail_speed=0.5, tail_written=False),
            L(c[3], tail="so um", tail_gap=slow, tail_speed=hes, tail_written=False), L(c[4], drawl=0.45),
            L(c[5], tail="uh", tail_gap=slow, tail_speed=hes), L(c[6], mid_pause=mid, mid_filler="uh"),
            L(c[7], tail="um", tail_gap=(0.7, 1.1), tail_speed=0.5, tail_written=False), L(c[8])),
            (Voice(E, "en-029", 0.75), Voice(F, "awb", 0.8)), seed=803, snr_db=22, noise="murmur",
            pause=(0.7, 1.3))),
        # ---- aside: look only at the end, to report
        "trapz_hesitant": ("aside", Trap((
            L(z[0], drawl=drawn), L(z[1], tail="uh", tail_gap=slow, tail_speed=hes),
            L(z[2], mid_pause=mid, mid_filler="um"), L(z[3], tail="um", tail_gap=slow, tail_speed=hes,
                                                       tail_written=False),
            L(z[4], drawl=0.45, mid_pause=mid), L(z[5], tail="you know", tail_gap=slow, tail_speed=0.8), L(z[6]),
            L(z[7], drawl=drawn, tail="uh", tail_gap=(0.7, 1.1), tail_speed=0.5, tail_written=False)),
            (Voice(F, "slt", 0.78), Voice(E, "en-gb-x-rp+m4", 0.75)), seed=811, snr_db=23, rt60=0.25,
            pause=(0.7, 1.4))),
    }


CATALOGUE = {**_catalogue(), **_round_two(), **_round_three()}


def names(which: str) -> list[str]:
    return [n for n, (s, _) in CATALOGUE.items() if s == which]
