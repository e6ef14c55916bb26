"""Synthesized cases with exact truth, made to be hard in the ways real recordings are.

The shared cases are few and the engine was tuned on them; these are made here, sentence by
sentence, so every sentence's first and last sample is known exactly, and then spoiled the way
recordings are: several espeak-ng and flite voices at several speeds, background noise at a
chosen signal-to-noise ratio, breaths and clicks in the pauses, room reverberation, a
telephone band, and recordings joined with gaps of a different room's noise.

Truth stays on the *dry* speech: a reverberation tail, a breath or a click is not speech, and a
careful person would not put a boundary on it.

Cases come in two sets made from different voices, sentences and seeds:

* ``dev`` (``syn_*``): look at them while working.
* ``heldout`` (``ho_*``): look at them only to report (``run.py --heldout``).
"""

from __future__ import annotations

import functools
import random
import re
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np

from talk_text import generated_sentences

RATE = 16000


# ------------------------------------------------------------------ voices
@dataclass(frozen=True)
class Voice:
    engine: str  #: "espeak", "flite" or "festival" (festival_voices.py)
    name: str
    speed: float = 1.0  #: 1 = the engine's normal rate; 1.2 = 20% faster
    pitch: int = 50  #: espeak only
    gain_db: float = 0.0  #: speaker loudness relative to the talk's level


def flite_available() -> bool:
    return shutil.which("flite") is not None


def _read(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        rate = w.getframerate()
        x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
    if rate != RATE:
        n = int(round(len(x) * RATE / rate))
        x = np.interp(np.linspace(0, len(x) - 1, n), np.arange(len(x)), x).astype(np.float32)
    return x


def say(text: str, voice: Voice) -> np.ndarray:
    """One sentence, trimmed to its first and last audible sample (|x| > 0.01), at 16 kHz."""
    return say_timed(text, voice, words=False)[0]


#: A sample over this (|x|, on the synthesizer's own output) is audible: where sentences and pause-side
#: word edges begin and end.
AUDIBLE = 0.01


def say_timed(text: str, voice: Voice, words: bool = True) -> tuple[np.ndarray, Optional[list[dict]]]:
    """:func:`say`, and for flite voices the sentence's words timed from flite's own phone segmentation.

    Word times are seconds from the first kept sample; ``None`` for espeak-ng voices (and for a
    sentence whose words cannot be matched to flite's phones, see :func:`flite_words`).  Festival
    voices (``engine="festival"``) are said and timed by festival_voices.py.
    """
    if voice.engine == "festival":
        import festival_voices

        return festival_voices.say_timed(text, voice.name, voice.speed, words)
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "s.wav"
        if voice.engine == "espeak":
            cmd = ["espeak-ng", "-v", voice.name, "-s", str(int(round(165 * voice.speed))),
                   "-p", str(voice.pitch), "-w", str(wav), text]
        else:
            cmd = ["flite", "-voice", voice.name, "--setf", f"duration_stretch={1.0 / voice.speed:.3f}",
                   "-psdur", "-t", text, "-o", str(wav)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        x = _read(wav)
    loud = np.flatnonzero(np.abs(x) > AUDIBLE)
    if not len(loud):
        return x, None
    timed = flite_words(text, parse_psdur(out), x) if words and voice.engine == "flite" else None
    first = loud[0] / RATE
    if timed is not None:
        timed = [dict(w, start=round(w["start"] - first, 4), end=round(w["end"] - first, 4)) for w in timed]
    return x[loud[0]:loud[-1] + 1], timed


def parse_psdur(out: str) -> list[tuple[str, float, float]]:
    """flite ``-psdur`` output ("pau:0.184 dh:0.236 ...", each phone with its end time) as (phone, start, end)."""
    phones, last = [], 0.0
    for item in out.split():
        name, _, end = item.rpartition(":")
        try:
            t = float(end)
        except ValueError:
            continue
        phones.append((name, last, t))
        last = t
    return phones


_WORD_EDGE = re.compile(r"^[^\w']+|[^\w']+$")


@functools.lru_cache(maxsize=None)
def _lexicon_phones(word: str) -> tuple[str, ...]:
    """flite's pronunciation of one word (``t2p``, stress marks and pauses dropped)."""
    run = subprocess.run(["t2p", word], capture_output=True, text=True)
    if run.returncode != 0:
        return ()  # no pronunciation: the sentence gets no word truth
    out = run.stdout
    return tuple(re.sub(r"\d", "", p) for p in out.split() if p != "pau")


def flite_words(text: str, phones: list[tuple[str, float, float]], x: np.ndarray) -> Optional[list[dict]]:
    """Each word's start and end from flite's phone segmentation of the sentence.

    flite decides every phone's duration before it makes the waveform, so a
    boundary between two words is where the synthesizer itself put it (the
    clustergen voices on a 5 ms frame grid, the diphone voice "kal" to a pitch
    period).  Next to a pause (sentence edges, a comma) a phone boundary is not
    where a listener hears the word begin: a first stop's closure is silent, and
    the waveform's last period rings on past the last phone.  There the edge is
    the first (last) audible sample of the synthesizer's output (|x| > AUDIBLE)
    between the neighbouring words, the same rule as the sentence bounds.
    The words are matched to the phones by their dictionary pronunciations
    (``t2p``); when the counts disagree (a post-lexical rule added or merged
    a phone) the sentence gets no word truth rather than a wrong one.

    A word's sound beside a pause is the audible run that goes on from its own phones: it ends where the
    waveform first falls silent for ``PAUSE_SILENCE`` after its last phone, and begins where it last was
    silent that long before its first (:func:`_own_sound`).  Taken as the last audible sample anywhere before
    the next word's phones, it ran over the whole pause wherever that word's onset rose a few ms before its
    first phone's boundary (a diphone voice's vowel after a comma): "minutes, | every" (kal at 0.6) ended at
    "every", its 0.33 s pause inside "minutes"; the same for a sound flite leaves in a pause, apart from both
    words ("holidays, | which": 50 ms of it 0.1 s before "which").
    """
    spoken_at = [i for i, (p, _, _) in enumerate(phones) if p != "pau"]
    spoken = [phones[i] for i in spoken_at]
    words = [w for w in (_WORD_EDGE.sub("", t) for t in text.split()) if w]
    counts = [len(_lexicon_phones(w.lower())) for w in words]
    if not words or sum(counts) != len(spoken) or 0 in counts:
        return None
    out, k = [], 0
    for w, n in zip(words, counts):
        mine = spoken[k:k + n]
        out.append({"word": w, "start": mine[0][1], "end": mine[-1][2], "_first": k, "_last": k + n - 1})
        k += n
    loud = np.abs(x) > AUDIBLE
    for j, w in enumerate(out):
        before = phones[spoken_at[w["_first"]] - 1][0] if spoken_at[w["_first"]] > 0 else "pau"
        after = phones[spoken_at[w["_last"]] + 1][0] if spoken_at[w["_last"]] + 1 < len(phones) else "pau"
        lo = out[j - 1]["end"] if j else 0.0
        hi = out[j + 1]["start"] if j + 1 < len(out) else len(x) / RATE
        first, last = _own_sound(loud, int(lo * RATE), int(w["start"] * RATE), int(w["end"] * RATE), int(hi * RATE))
        if before == "pau" and first is not None:
            w["start"] = first / RATE
        if after == "pau" and last is not None:
            w["end"] = last / RATE
    return [{"word": w["word"], "start": round(w["start"], 4), "end": round(w["end"], 4)} for w in out]


#: Silence (s) that parts a word's own sound from whatever else is audible in the pause beside it.
PAUSE_SILENCE = 0.02


def _own_sound(loud: np.ndarray, lo: int, start: int, end: int, hi: int) -> tuple[Optional[int], Optional[int]]:
    """The first and the after-last audible sample (indices into ``loud``) of the sound that goes on from a word's
    phones ``[start, end)``, looked for between its neighbours' ``lo`` and ``hi``: from the end of the last silence
    of ``PAUSE_SILENCE`` that begins before ``start``, to the start of the first that ends after ``end`` (from
    ``lo`` or to ``hi`` where there is none); None where nothing there is audible."""
    from aligner.align.activity import true_runs

    n = int(PAUSE_SILENCE * RATE)
    silences = [(lo + a, lo + b) for a, b in true_runs(~loud[lo:hi]) if b - a >= n]
    a = max((b for s, b in silences if s < start), default=lo)
    b = min((s for s, e in silences if e > end), default=hi)
    hits = np.flatnonzero(loud[a:b])
    if not len(hits):
        return None, None
    return a + int(hits[0]), a + int(hits[-1]) + 1


# ------------------------------------------------------------------ spoilers
def pink(n: int, rng: np.random.Generator) -> np.ndarray:
    """Unit-RMS 1/f noise, shaped in the frequency domain."""
    spec = np.fft.rfft(rng.normal(size=n))
    f = np.fft.rfftfreq(n, 1 / RATE)
    spec[1:] /= np.sqrt(f[1:])
    spec[0] = 0
    x = np.fft.irfft(spec, n)
    return (x / (np.sqrt(np.mean(x ** 2)) + 1e-12)).astype(np.float32)


def lowpass(x: np.ndarray, cutoff: float) -> np.ndarray:
    """``x`` with everything above ``cutoff`` Hz taken out in the frequency domain (a smooth edge)."""
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    spec *= 1.0 / (1.0 + (f / cutoff) ** 8)
    return np.fft.irfft(spec, len(x))


def background(n: int, kind: str, rng: np.random.Generator) -> np.ndarray:
    """Unit-RMS background: "white", "pink", "hum" (pink + mains), "murmur" (modulated pink), "fan" (low noise
    and a blade tone) or "traffic" (rumble that swells as vehicles pass)."""
    if kind == "white":
        x = rng.normal(size=n).astype(np.float32)
    elif kind == "hum":
        t = np.arange(n) / RATE
        x = pink(n, rng) + 0.6 * np.sin(2 * np.pi * 50 * t) + 0.3 * np.sin(2 * np.pi * 150 * t)
    elif kind == "murmur":  # a slowly fluctuating, speech-shaped background (ventilation, distant talk)
        t = np.arange(n) / RATE
        x = pink(n, rng) * (1.0 + 0.6 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 6)))
    elif kind == "fan":  # a desk fan or air conditioning: steady noise under 1 kHz, its blade tone and harmonics
        t = np.arange(n) / RATE
        blade = rng.uniform(80, 140)
        x = lowpass(rng.normal(size=n), 900.0) + 0.4 * pink(n, rng)
        x = x / (np.sqrt(np.mean(x ** 2)) + 1e-12)
        x = x + 0.5 * np.sin(2 * np.pi * blade * t) + 0.25 * np.sin(2 * np.pi * 2 * blade * t + rng.uniform(0, 6))
    elif kind == "traffic":  # a street behind a window: rumble under 300 Hz that swells as vehicles pass
        t = np.arange(n) / RATE
        x = lowpass(np.cumsum(rng.normal(size=n)), 300.0) + 0.15 * lowpass(rng.normal(size=n), 2500.0)
        c = np.concatenate([[0.0], np.cumsum(x)])
        lo, hi = np.clip(np.arange(n) - RATE // 2, 0, n), np.clip(np.arange(n) + RATE // 2, 0, n)
        x = x - (c[hi] - c[lo]) / np.maximum(hi - lo, 1)  # its 1 s running mean taken out: no drift below 1 Hz
        swell = np.ones(n)
        for at in rng.uniform(0, n / RATE, max(1, int(n / RATE / 6))):  # a vehicle every 6 s or so
            swell += 2.5 * np.exp(-(((t - at) / rng.uniform(1.5, 3.0)) ** 2))
        x = x / (np.sqrt(np.mean(x ** 2)) + 1e-12) * swell
    else:
        x = pink(n, rng)
    return (x / (np.sqrt(np.mean(x ** 2)) + 1e-12)).astype(np.float32)


def room_impulse(rt60: float, rng: np.random.Generator) -> np.ndarray:
    """A room: the direct sound at sample 0, then exponentially decaying diffuse reflections."""
    n = int(rt60 * RATE)
    t = np.arange(n) / RATE
    tail = rng.normal(size=n) * np.exp(-6.9 * t / rt60)
    tail[: int(0.003 * RATE)] = 0.0  # first reflection after ~3 ms
    h = 0.35 * tail / np.sqrt(np.sum(tail ** 2))
    h[0] = 1.0
    return h.astype(np.float32)


def convolve(x: np.ndarray, h: np.ndarray) -> np.ndarray:
    n = len(x) + len(h) - 1
    size = 1 << (n - 1).bit_length()
    y = np.fft.irfft(np.fft.rfft(x, size) * np.fft.rfft(h, size), size)[: len(x)]
    return y.astype(np.float32)


def telephone(x: np.ndarray) -> np.ndarray:
    """A telephone line: 300-3400 Hz band (zero phase, so timing is unchanged) and 8-bit-ish mu-law grit."""
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    gain = np.clip((f - 250) / 100, 0, 1) * np.clip((3500 - f) / 200, 0, 1)
    y = np.fft.irfft(spec * gain, len(x))
    mu = 255.0
    c = np.sign(y) * np.log1p(mu * np.minimum(np.abs(y), 1)) / np.log1p(mu)
    c = np.round(c * 127) / 127
    return (np.sign(c) * np.expm1(np.abs(c) * np.log1p(mu)) / mu).astype(np.float32)


def breath(rng: np.random.Generator, seconds: float) -> np.ndarray:
    """An in-breath: band-limited noise with a smooth rise and fall."""
    n = int(seconds * RATE)
    x = rng.normal(size=n)
    spec = np.fft.rfft(x)
    f = np.fft.rfftfreq(n, 1 / RATE)
    spec *= np.exp(-((f - 1500) / 1200) ** 2)
    x = np.fft.irfft(spec, n)
    env = np.sin(np.pi * np.arange(n) / n) ** 2
    x = x * env
    return (x / (np.sqrt(np.mean(x ** 2)) + 1e-12)).astype(np.float32)


def click(rng: np.random.Generator) -> np.ndarray:
    """A lip smack, a chair or a mouse click: a few ms of decaying broadband noise."""
    n = int(rng.uniform(0.004, 0.015) * RATE)
    x = rng.normal(size=n) * np.exp(-np.arange(n) / (0.002 * RATE))
    return (x / (np.sqrt(np.mean(x ** 2)) + 1e-12)).astype(np.float32)


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x.astype(np.float64) ** 2))) if len(x) else 0.0


# ------------------------------------------------------------------ recordings
@dataclass
class Recording:
    """How one recording (a run of sentences by a few voices in one room) is made and spoiled."""

    sentences: int
    voices: list[Voice]
    seed: int
    text_seed: int
    pause: tuple[float, float] = (0.3, 1.5)
    snr_db: Optional[float] = None  #: background noise level under the speech; None = almost silent
    noise: str = "pink"
    rt60: Optional[float] = None  #: reverberation time (s); None = dry
    breaths: float = 0.0  #: chance of a breath before a sentence
    clicks: float = 0.0  #: chance of a click in a pause
    phone: bool = False
    turn: int = 3  #: sentences before the next voice speaks
    level: float = 0.1  #: RMS of the speech
    texts: Optional[list[str]] = None  #: the sentences to say; None = ``sentences`` from talk_text's grammar


@dataclass
class Made:
    samples: np.ndarray
    segments: list[dict]
    notes: list[str] = field(default_factory=list)
    #: Word truth in truth.json's shape ({"word", "start", "end", "seg"}): the flite voices' words.
    words: list[dict] = field(default_factory=list)


def make_recording(r: Recording) -> Made:
    rng = np.random.default_rng(r.seed)
    prng = random.Random(r.seed)
    texts = r.texts if r.texts is not None else generated_sentences(r.sentences, seed=r.text_seed)
    truth, words, pos = [], [], int(prng.uniform(0.4, 0.9) * RATE)
    dry_parts: list[tuple[int, np.ndarray]] = []
    extras: list[tuple[int, np.ndarray]] = []  # breaths and clicks: (position, samples at their level)
    for k, text in enumerate(texts):
        v = r.voices[(k // r.turn) % len(r.voices)]
        x, timed = say_timed(text, v)
        x = x * (r.level * 10 ** (v.gain_db / 20) / max(_rms(x), 1e-6))
        if k:
            pause = int(prng.uniform(*r.pause) * RATE)
            if r.breaths and prng.random() < r.breaths and pause > 0.45 * RATE:
                b = breath(rng, prng.uniform(0.2, min(0.45, pause / RATE - 0.15)))
                gap_after = int(prng.uniform(0.05, 0.15) * RATE)  # a breath ends just before speech
                extras.append((pos + pause - gap_after - len(b), b * r.level * 10 ** (prng.uniform(-22, -14) / 20)))
            if r.clicks and prng.random() < r.clicks and pause > 0.3 * RATE:
                c = click(rng)
                at = pos + int(prng.uniform(0.1, 0.9) * (pause - len(c)))
                extras.append((at, c * r.level * 10 ** (prng.uniform(-8, 0) / 20)))
            pos += pause
        dry_parts.append((pos, x))
        words.extend({"word": w["word"], "start": round(float(w["start"]) + pos / RATE, 4),
                      "end": round(float(w["end"]) + pos / RATE, 4), "seg": k} for w in timed or ())
        truth.append({"text": text, "start": round(pos / RATE, 4), "end": round((pos + len(x)) / RATE, 4),
                      "bounds": "tts-exact", "voice": f"{v.engine}:{v.name}@{v.speed:g}"})
        pos += len(x)
    total = pos + int(prng.uniform(0.5, 1.0) * RATE)
    y = np.zeros(total, np.float32)
    for at, x in dry_parts:
        y[at:at + len(x)] += x
    notes = [f"{r.sentences} sentences, voices " + ", ".join(f"{v.engine}:{v.name}@{v.speed:g}" for v in r.voices)]
    if r.rt60:
        y = convolve(y, room_impulse(r.rt60, rng))
        notes.append(f"reverberation RT60 {r.rt60:g} s (truth on the dry speech)")
    for at, x in extras:
        at = max(0, at)
        y[at:at + len(x)] += x[: len(y) - at]
    if r.extras_note():
        notes.append(r.extras_note())
    if r.phone:
        y = telephone(y)
        notes.append("telephone band 300-3400 Hz, mu-law")
    speech_rms = _rms(np.concatenate([y[a:a + len(x)] for a, x in dry_parts]))
    if r.snr_db is not None:
        y = y + background(len(y), r.noise, rng) * speech_rms * 10 ** (-r.snr_db / 20)
        notes.append(f"{r.noise} noise at {r.snr_db:g} dB SNR")
    else:
        y = y + rng.normal(0, 0.0004, len(y)).astype(np.float32)
    return Made(y.astype(np.float32), truth, notes, words)


def _extras_note(self: Recording) -> str:
    parts = []
    if self.breaths:
        parts.append(f"breaths before {100 * self.breaths:.0f}% of sentences")
    if self.clicks:
        parts.append(f"clicks in {100 * self.clicks:.0f}% of pauses")
    return ", ".join(parts)


Recording.extras_note = _extras_note  # type: ignore[attr-defined]


def join(recordings: list[Made], gaps: list[float], seed: int) -> Made:
    """Recordings one after another, with gaps of room noise at each recording's own background."""
    rng = np.random.default_rng(seed)
    audio, segs, words, pos = [], [], [], 0
    for k, m in enumerate(recordings):
        if k:
            level = max(_rms(m.samples[: int(0.3 * RATE)]), 0.0004)
            g = background(int(gaps[k - 1] * RATE), "hum", rng) * level * 1.5
            audio.append(g)
            pos += len(g)
        words.extend(dict(w, start=round(w["start"] + pos / RATE, 4), end=round(w["end"] + pos / RATE, 4),
                          seg=w["seg"] + len(segs)) for w in m.words)
        for s in m.segments:
            segs.append(dict(s, start=round(s["start"] + pos / RATE, 4), end=round(s["end"] + pos / RATE, 4)))
        audio.append(m.samples)
        pos += len(m.samples)
    notes = [f"{len(recordings)} recordings joined with {', '.join(f'{g:g}' for g in gaps)} s of room noise"]
    for k, m in enumerate(recordings):
        notes.append(f"part {k + 1}: " + "; ".join(m.notes))
    return Made(np.concatenate(audio).astype(np.float32), segs, notes, words)


# ------------------------------------------------------------------ the catalogue
E, F = "espeak", "flite"


def _rec(**kw) -> Recording:
    return Recording(**kw)


#: name -> (set, list of recordings, gaps between them).  Sentences come from talk_text's grammar
#: with seeds that no other case uses; dev and held-out share no voice setting, seed or text seed.
CATALOGUE: dict[str, tuple[str, list[Recording], list[float]]] = {
    # ---- development
    "syn_voices_fast": ("dev", [_rec(sentences=10, voices=[Voice(E, "en-us", 1.25), Voice(E, "en-gb+f3", 1.15),
                                                           Voice(F, "slt", 1.2)], seed=101, text_seed=201,
                                     pause=(0.25, 1.0))], []),
    "syn_noise15": ("dev", [_rec(sentences=10, voices=[Voice(E, "en-us-nyc", 0.9), Voice(F, "awb", 1.0)],
                                 seed=102, text_seed=202, snr_db=15, noise="pink")], []),
    "syn_breaths": ("dev", [_rec(sentences=10, voices=[Voice(E, "en-gb-x-rp", 1.0), Voice(F, "rms", 0.9)],
                                 seed=103, text_seed=203, snr_db=30, noise="hum", breaths=0.7, clicks=0.5,
                                 pause=(0.5, 1.6))], []),
    "syn_reverb": ("dev", [_rec(sentences=10, voices=[Voice(E, "en-us+m3", 1.0), Voice(F, "slt", 0.95)],
                                seed=104, text_seed=204, snr_db=25, noise="white", rt60=0.5)], []),
    "syn_phone": ("dev", [_rec(sentences=8, voices=[Voice(F, "kal", 1.0), Voice(E, "en-029", 1.1)],
                               seed=105, text_seed=205, snr_db=20, noise="murmur", phone=True)], []),
    "syn_joined": ("dev", [_rec(sentences=5, voices=[Voice(E, "en-us", 1.1)], seed=106, text_seed=206, snr_db=30),
                           _rec(sentences=5, voices=[Voice(F, "awb", 1.0)], seed=107, text_seed=207, snr_db=20,
                                noise="hum", breaths=0.5),
                           _rec(sentences=5, voices=[Voice(E, "en-gb-scotland+f2", 0.95)], seed=108, text_seed=208,
                                snr_db=25, rt60=0.35)], [2.0, 3.5]),
    "syn_joined_gaps": ("dev", [_rec(sentences=4, voices=[Voice(F, "rms", 1.05)], seed=109, text_seed=209,
                                     snr_db=22, noise="murmur", level=0.05),
                                _rec(sentences=4, voices=[Voice(E, "en-us+f4", 1.0)], seed=110, text_seed=210,
                                     snr_db=35, level=0.15, breaths=0.5),
                                _rec(sentences=4, voices=[Voice(F, "slt", 1.1)], seed=111, text_seed=211,
                                     snr_db=18, noise="hum", phone=True),
                                _rec(sentences=4, voices=[Voice(E, "en-gb-x-gbcwmd", 0.9)], seed=112,
                                     text_seed=212, snr_db=28, rt60=0.45, clicks=0.5)], [6.0, 9.0, 4.5]),
    # ---- development, flite voices only: every word timed (see flite_words), for word boundaries
    "syn_w_clean": ("dev", [_rec(sentences=12, voices=[Voice(F, "slt", 1.0), Voice(F, "kal16", 0.9),
                                                       Voice(F, "rms", 1.15)], seed=801, text_seed=901,
                                 pause=(0.2, 1.2), turn=2)], []),
    "syn_w_noise": ("dev", [_rec(sentences=10, voices=[Voice(F, "awb", 1.1), Voice(F, "slt", 0.85)], seed=802,
                                 text_seed=902, snr_db=18, noise="pink")], []),
    "syn_w_breaths_reverb": ("dev", [_rec(sentences=10, voices=[Voice(F, "rms", 1.0), Voice(F, "kal", 1.05)],
                                          seed=803, text_seed=903, snr_db=28, noise="hum", rt60=0.45,
                                          breaths=0.6, clicks=0.4, pause=(0.4, 1.5))], []),
    "syn_w_phone_joined": ("dev", [_rec(sentences=5, voices=[Voice(F, "slt", 1.25)], seed=804, text_seed=904,
                                        snr_db=20, noise="white", phone=True),
                                   _rec(sentences=5, voices=[Voice(F, "awb", 0.9)], seed=805, text_seed=905,
                                        snr_db=22, noise="murmur", breaths=0.5)], [2.5]),
    # ---- flite word truth kept aside (run with the held-out set): other voice settings, seeds, texts
    "wx_mixed": ("aside", [_rec(sentences=10, voices=[Voice(F, "kal16", 1.1), Voice(F, "awb", 0.95)], seed=811,
                                text_seed=911, snr_db=15, noise="murmur", rt60=0.3, breaths=0.5)], []),
    "wx_fast_clean": ("aside", [_rec(sentences=10, voices=[Voice(F, "rms", 1.3), Voice(F, "slt", 1.1)],
                                     seed=812, text_seed=912, pause=(0.15, 0.8))], []),
    "wx_joined": ("aside", [_rec(sentences=5, voices=[Voice(F, "slt", 0.9)], seed=813, text_seed=913, rt60=0.6),
                            _rec(sentences=5, voices=[Voice(F, "rms", 1.0)], seed=814, text_seed=914, snr_db=12,
                                 noise="hum", clicks=0.5)], [3.0]),
    # ---- held out: look only at the end
    "ho_voices_slow": ("heldout", [_rec(sentences=10, voices=[Voice(E, "en-gb", 0.8, pitch=35),
                                                              Voice(F, "slt", 0.85), Voice(E, "en-us+f2", 0.9)],
                                        seed=301, text_seed=401, pause=(0.3, 1.2))], []),
    "ho_noise10": ("heldout", [_rec(sentences=10, voices=[Voice(F, "rms", 1.1), Voice(E, "en-gb-x-gbclan", 1.0)],
                                    seed=302, text_seed=402, snr_db=10, noise="murmur")], []),
    "ho_breaths_reverb": ("heldout", [_rec(sentences=10, voices=[Voice(F, "awb", 0.95),
                                                                 Voice(E, "en-us-nyc+m2", 1.05)],
                                           seed=303, text_seed=403, snr_db=25, noise="pink", rt60=0.7,
                                           breaths=0.8, clicks=0.4, pause=(0.5, 1.8))], []),
    "ho_phone": ("heldout", [_rec(sentences=8, voices=[Voice(E, "en-us", 1.2), Voice(F, "kal", 0.9)],
                                  seed=304, text_seed=404, snr_db=15, noise="white", phone=True, breaths=0.4)], []),
    "ho_joined": ("heldout", [_rec(sentences=5, voices=[Voice(F, "slt", 1.1)], seed=305, text_seed=405, snr_db=18,
                                   noise="murmur"),
                              _rec(sentences=5, voices=[Voice(E, "en-gb-x-rp+f4", 1.0)], seed=306, text_seed=406,
                                   rt60=0.4, breaths=0.6),
                              _rec(sentences=5, voices=[Voice(F, "rms", 1.0), Voice(E, "en-029", 1.15)], seed=307,
                                   text_seed=407, snr_db=12, noise="hum", clicks=0.6)], [3.0, 1.8]),
}


def names(which: str) -> list[str]:
    return [n for n, (s, _, _) in CATALOGUE.items() if s == which]


def make(name: str) -> Made:
    _, recs, gaps = CATALOGUE[name]
    if any(v.engine == "flite" for r in recs for v in r.voices) and not flite_available():
        raise SystemExit("flite is needed for the synthesized cases (apt-get install flite)")
    made = [make_recording(r) for r in recs]
    return made[0] if len(made) == 1 else join(made, gaps, seed=recs[0].seed + 1000)
