"""A fourth aside set nobody has tuned to (``vx_*``, English), and dev twins made the same way (``rd9_*``).

``az_*``, ``nx_*`` and ``ux_*`` have each been run once and looked at.  This set is made from Debian packages,
with seeds (12xxx-13xxx) no case used, of a speaker and spoilers no case had:

* **A real English speaker no case heard**: KTuberling's words (new_voices.py: one person saying the names of
  the game's stamps, "umbrella", "falling star"; 50 of 72 files have room around the voice), as a vocabulary list
  of single words and short names, each word's truth its voice span.
* **A lavalier's rustle**: bursts of crackling broadband noise (cloth on the microphone), over voices and pauses.
* **A laptop's microphone**: keyboard typing in bursts (a key's press and its release 40-90 ms later) over a
  laptop fan, over voices and pauses.
* **Applause**: claps at 25-40 a second that swell, hold 1.5-3 s and die away, starting after a sentence and
  still going when the next one begins (speech over applause).
* **Long silences**: 10-16 s of room noise in a few pauses (a talk that stops for a demonstration).
* **An 8 kHz mp3 at 16 kb/s**: the talk resampled to 8 kHz and stored so (``audio.mp3``; ours is given it).
* **A recording that begins mid-sentence**: the audio starts inside the first sentence's voice; the transcript
  starts with the whole sentence (its truth start is 0, where its sound begins).
* **Subtitles with stale times** (``transcript.txt`` holds an SRT file whose cues are timed for an older cut:
  off by one offset before a point and by another after it) and **an interview written as dialogue**, every
  line of the transcript a turn starting with ``- ``, two voices (the second one espeak-ng's) in a shuffled order,
  0.05-0.4 s apart.
* **A very fast speaker**: real prompts at atempo x1.35, 0.1-0.6 s apart; espeak-ng at 250 and 270 words a minute.
* Synthesized speech with every word timed (flite ``slt`` x1.2 and festival ``kal`` x0.85) under applause.

**What is not new.**  The telephone prompts' speaker (Allison Smith) is the only real English voice besides
KTuberling's: the ``vx_real_*`` cases take the ``nx_*`` pool a third time (it was read in ``nx_*`` and ``ux_*``
only as pooled figures; the ``rd_*``/``rd2_*`` prompts developed on are never used here).  The second voice of the
interview and the fast espeak-ng voices are synthetic; flite's and festival's English voices are all used already
(their speeds here are new).  The dev twins (``rd9_*``) take the development prompts (unseen_cases.dev_prompts) and
KTuberling's dev pool.

``vx_*`` is the aside: **only the lead runs an aligner on it, once, at the end** (``run.py --aside4``).

    apt-get install asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722 \\
        festival festvox-kallpc16k flite espeak-ng
    apt-get download ktuberling-data && dpkg -x ktuberling-data_*.deb benchmarks/out/debs/ktuberling-data
    .venv/bin/python benchmarks/cases.py --aside4 --check     # make the vx_* cases; their truth only
    .venv/bin/python benchmarks/aside4_cases.py --edges vx_real_lavalier ...   # levels around the truth edges
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import Optional

import numpy as np

import aside3_cases as a3
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, mp3_bytes
from synth_cases import RATE, Made, Recording, Voice

QUIET_DB = 300.0  #: place_prompts' own room noise this far under the speech: none (the room is added after the spoilers)


# ------------------------------------------------------------------ sounds laid over the talk (truth unchanged)
def _burst_envelope(n: int) -> np.ndarray:
    return np.sin(np.pi * np.arange(n) / max(n, 1)) ** 2


def rustle(n: int, rng: np.random.Generator, per_minute: float) -> tuple[np.ndarray, int]:
    """A lavalier rubbing on cloth: bursts of 0.15-0.7 s of crackle (sparse spikes over hiss above 300 Hz), each
    at unit RMS, at random places (over voices and pauses alike).  Returns the signal and the number of bursts."""
    y = np.zeros(n, np.float32)
    count = max(1, int(round(n / RATE / 60 * per_minute)))
    for at in np.sort(rng.uniform(0, n / RATE - 0.8, count)):
        m = int(rng.uniform(0.15, 0.7) * RATE)
        hiss = rng.normal(size=m)
        hiss = hiss - sc.lowpass(hiss, 300.0)
        spikes = (rng.random(m) < 0.015) * rng.normal(0, 6, m)
        spikes = np.convolve(spikes, np.exp(-np.arange(int(0.003 * RATE)) / (0.0008 * RATE)))[:m]
        x = (0.35 * hiss + spikes) * _burst_envelope(m)
        i = int(at * RATE)
        y[i:i + m] += (x / (np.sqrt(np.mean(x ** 2)) + 1e-12))[: n - i]
    return y, count


def typing(n: int, rng: np.random.Generator, bursts: int) -> tuple[np.ndarray, int]:
    """Keyboard typing: ``bursts`` runs of 1.5-5 s, a key every 80-300 ms (its press, and its release 40-90 ms
    later 6 dB softer), each key click (synth_cases.click) at unit RMS.  Returns the signal and the key count."""
    y = np.zeros(n, np.float32)
    keys = 0
    for start in np.sort(rng.uniform(0, n / RATE - 5.0, bursts)):
        t, stop = start, start + rng.uniform(1.5, 5.0)
        while t < stop:
            for dt, gain in ((0.0, 1.0), (rng.uniform(0.04, 0.09), 0.5)):
                c = sc.click(rng) * gain * rng.uniform(0.6, 1.4)
                i = int((t + dt) * RATE)
                y[i:i + len(c)] += c[: max(0, n - i)]
            keys += 1
            t += rng.uniform(0.08, 0.3)
    return y, keys


def applause(n: int, rng: np.random.Generator, starts: list[float]) -> np.ndarray:
    """Claps (short noise bursts at 25-40 a second, each 1-4 kHz-ish and a few ms long) that rise over 0.3 s,
    hold 1.5-3 s and die away (time constant 0.5 s), from each time in ``starts``; unit RMS while they hold."""
    y = np.zeros(n, np.float32)
    for at in starts:
        hold = rng.uniform(1.5, 3.0)
        total = 0.3 + hold + 2.5
        m = min(int(total * RATE), n - int(at * RATE))
        if m <= 0:
            continue
        x = np.zeros(m)
        rate = rng.uniform(25, 40)
        t = rng.exponential(1 / rate)
        while t < total:
            c = sc.click(rng) * rng.uniform(0.5, 1.5)
            i = int(t * RATE)
            x[i:i + len(c)] += c[: max(0, m - i)]
            t += rng.exponential(1 / rate)
        x = x - sc.lowpass(x, 600.0)  # hands: little below 600 Hz
        tt = np.arange(m) / RATE
        env = np.clip(tt / 0.3, 0, 1) * np.where(tt < 0.3 + hold, 1.0, np.exp(-(tt - 0.3 - hold) / 0.5))
        held = x[int(0.3 * RATE):int((0.3 + hold) * RATE)]
        x = x * env / (np.sqrt(np.mean(held ** 2)) + 1e-12)
        i = int(at * RATE)
        y[i:i + m] += x.astype(np.float32)
    return y


def speech_rms(made: Made) -> float:
    segs = [s for s in made.segments if s.get("start") is not None]
    return sc._rms(np.concatenate([made.samples[int(s["start"] * RATE):int(s["end"] * RATE)] for s in segs]))


def _moved(d: dict, at: float, by: float) -> dict:
    """A truth entry moved by ``by`` seconds when it lies after ``at``."""
    if d.get("start") is None or d["start"] < at:
        return dict(d)
    return dict(d, start=round(d["start"] + by, 4), end=round(d["end"] + by, 4))


def long_silences(made: Made, seed: int, count: int, seconds: tuple[float, float]) -> Made:
    """``count`` pauses (between two voices, never the first) made 10-16 s longer: nothing is inserted but time
    (the room is added afterwards, over the whole talk, so a long pause sounds like any other)."""
    prng = random.Random(seed)
    segs = [s for s in made.segments if s.get("start") is not None]
    picks = sorted(prng.sample(range(1, len(segs)), count))
    y, made_segs, words = made.samples, list(made.segments), list(made.words)
    lengths = []
    for k in reversed(picks):
        mid = (segs[k - 1]["end"] + segs[k]["start"]) / 2
        add = prng.uniform(*seconds)
        lengths.append(add)
        i = int(mid * RATE)
        y = np.concatenate([y[:i], np.zeros(int(add * RATE), np.float32), y[i:]])
        made_segs = [_moved(s, mid, int(add * RATE) / RATE) for s in made_segs]
        words = [_moved(w, mid, int(add * RATE) / RATE) for w in words]
    note = f"{count} pauses made longer by " + ", ".join(f"{s:.1f}" for s in reversed(lengths)) + " s (room noise only)"
    return Made(y, made_segs, made.notes + [note], words)


def cut_head(made: Made, share: float) -> Made:
    """The recording begins ``share`` of the way into the first voice: the first sentence's truth starts at 0 (its
    sound is there from the first sample on); the transcript keeps the whole sentence."""
    first = made.segments[0]
    cut = int((first["start"] + share * (first["end"] - first["start"])) * RATE)
    move = -cut / RATE

    def shifted(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(max(0.0, d["start"] + move), 4), end=round(d["end"] + move, 4))

    segs = [shifted(s) for s in made.segments]
    note = (f"the recording begins {1000 * (cut / RATE - first['start']):.0f} ms into the first sentence's voice "
            f"({100 * share:.0f}% of it); its truth starts at 0")
    return Made(made.samples[cut:].copy(), segs, made.notes + [note], [shifted(w) for w in made.words])


def recorded_floor(made: Made) -> float:
    """The RMS of the recordings' own room just before their voices (10-40 ms before each start; the lower
    quartile, so a neighbour's voice in a tight join does not count): KTuberling's and Tux Paint's files keep
    their room 25-45 dB under the voice, where the telephone prompts are gated to digital silence."""
    segs = [s for s in made.segments if s.get("start") is not None]
    rms = [sc._rms(made.samples[max(0, int((s["start"] - 0.04) * RATE)):max(1, int((s["start"] - 0.01) * RATE))])
           for s in segs]
    return float(np.percentile(rms, 25)) if rms else 0.0


def add_room(made: Made, kind: str, snr_db: float, seed: int, floor: float = 0.0) -> Made:
    """The room under the whole talk: ``kind`` noise ``snr_db`` under the speech, or at ``floor`` (RMS) when that is
    louder, so that between recordings the room is as loud as the recordings' own (no step where a file begins)."""
    level = max(speech_rms(made) * 10 ** (-snr_db / 20), floor)
    y = made.samples + sc.background(len(made.samples), kind, np.random.default_rng(seed)) * level
    snr = 20 * np.log10(speech_rms(made) / level)
    note = f"{kind} room noise at {snr:.1f} dB SNR" + (" (the recordings' own room level)" if level == floor else "")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def lay_sounds(made: Made, seed: int, applause_after: int = 0, rustle_per_minute: float = 0.0, typing_bursts: int = 0,
               silences: int = 0) -> Made:
    """The talk with applause after ``applause_after`` sentences (3 dB under the speech while it holds), a lavalier's
    rustle (10 dB under), keyboard typing (keys 4 dB under) and ``silences`` pauses made 10-16 s longer; none of
    them moves a voice span (the truth)."""
    rng = np.random.default_rng(seed)
    level = speech_rms(made)
    y = made.samples.copy()
    notes = []
    if applause_after:
        segs = [s for s in made.segments if s.get("start") is not None]
        after = sorted(random.Random(seed).sample(range(len(segs) - 1), applause_after))
        starts = [segs[k]["end"] + random.Random(seed + k).uniform(0.1, 0.3) for k in after]
        y += applause(len(y), rng, starts) * level * 10 ** (-3 / 20)
        notes.append(f"applause (3 dB under the speech while it holds) after sentences {after}, dying away into "
                     "the next sentence")
    if rustle_per_minute:
        r, count = rustle(len(y), rng, rustle_per_minute)
        y += r * level * 10 ** (-10 / 20)
        notes.append(f"lavalier rustle: {count} bursts 10 dB under the speech, over voices and pauses")
    if typing_bursts:
        t, keys = typing(len(y), rng, typing_bursts)
        y += t * level * 10 ** (-4 / 20)
        notes.append(f"keyboard typing: {typing_bursts} bursts, {keys} keys, over voices and pauses")
    made = Made(y.astype(np.float32), made.segments, made.notes + notes, made.words)
    if silences:
        made = long_silences(made, seed, silences, (10.0, 16.0))
    return made


def headroom(made: Made, peak: float = 0.95) -> Made:
    """The finished talk turned down (one gain for the whole of it) where a clap or a key would go over ``peak``:
    no sample clips, and a gain moves no voice span."""
    top = float(np.max(np.abs(made.samples))) if len(made.samples) else 0.0
    if top <= peak:
        return made
    return Made((made.samples * (peak / top)).astype(np.float32), made.segments,
                made.notes + [f"turned down {20 * np.log10(top / peak):.1f} dB so that no sample clips"], made.words)


# ------------------------------------------------------------------ an 8 kHz mp3
NARROW_MP3 = (8000, 16000)  #: sample rate and bit rate of the narrow mp3


def encode_narrow_mp3(x: np.ndarray) -> bytes:
    """``x`` (16 kHz) resampled to 8 kHz (the spectrum cut at 3.9 kHz) and stored as a 16 kb/s mp3."""
    rate, bits = NARROW_MP3
    spec = np.fft.rfft(x.astype(np.float64))
    n = len(x) // 2
    keep = n // 2 + 1
    f = np.fft.rfftfreq(len(x), 1 / RATE)[:keep]
    narrow = np.fft.irfft(spec[:keep] * (f < 3900), n) * n / len(x)
    pcm = (np.clip(narrow, -1, 1) * 32767).astype(np.int16)
    return mp3_bytes(pcm, rate, bits, 1152)


def store_narrow_mp3(made: Made) -> tuple[Made, tuple[str, bytes]]:
    """The talk through the 8 kHz mp3: the file, the samples aligner.audio.decode reads from it, and the truth
    moved by the codec's delay (measured by cross-correlation, unseen_cases.codec_lag)."""
    data = encode_narrow_mp3(made.samples)
    y = uc.decode(data, "mp3")
    move = uc.codec_lag(made.samples, y) / RATE

    def shifted(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(max(0.0, d["start"] + move), 4), end=round(d["end"] + move, 4))

    note = (f"stored as an 8 kHz mp3 at {NARROW_MP3[1] // 1000} kb/s (libmp3lame through PyAV); truth on the timeline "
            f"aligner.audio.decode reads, the codec's delay measured as {1000 * move:+.1f} ms")
    return Made(y, [shifted(s) for s in made.segments], made.notes + [note], [shifted(w) for w in made.words]), ("mp3", data)


# ------------------------------------------------------------------ transcripts
def srt_time(t: float) -> str:
    t = max(0.0, t)
    h, rest = divmod(int(round(t * 1000)), 3600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def stale_srt(segments: list[dict], seed: int) -> tuple[str, list[dict]]:
    """The transcript as SubRip subtitles timed for an older cut of the recording: every cue off by one offset
    (0.8-2.5 s either way) before a point in the middle third and by that plus 3-7 s after it (a piece cut out
    since), with 0.2 s of jitter.  Returns the file and each cue's offset."""
    prng = random.Random(seed)
    n = len(segments)
    first = prng.choice((-1, 1)) * prng.uniform(0.8, 2.5)
    split = prng.randint(n // 3, 2 * n // 3)
    later = first + prng.uniform(3.0, 7.0)
    cues, offsets = [], []
    for i, s in enumerate(segments):
        off = (first if i < split else later) + prng.uniform(-0.2, 0.2)
        offsets.append({"i": i, "off": round(off, 3)})
        cues.append(f"{i + 1}\n{srt_time(s['start'] + off)} --> {srt_time(s['end'] + off)}\n{s['text']}\n")
    return "\n".join(cues), offsets


def dash_turns(segments: list[dict]) -> list[dict]:
    """Every line a turn of an interview written as dialogue: ``- `` before each line's text."""
    return [dict(s, text=f"- {s['text']}") for s in segments]


# ------------------------------------------------------------------ the catalogue
@dataclass
class Spec:
    which: str  #: "dev" (rd9_*) or "aside" (vx_*)
    kind: str  #: "real" (telephone prompts), "words" (KTuberling) or "synth"
    transcript: str = "plain"  #: "plain", "srt", "dashes" or "mismatch"
    real: Optional[uc.RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    room: tuple[str, float] = ("pink", 32.0)  #: the room under the finished talk: noise kind, SNR dB
    seed: int = 0  #: the spoilers' and the transcript's own seed
    rustle: float = 0.0  #: lavalier rustle bursts a minute
    typing: int = 0  #: bursts of typing
    applause: int = 0  #: applause after this many sentences
    silences: int = 0  #: pauses made 10-16 s longer
    head_cut: float = 0.0  #: the recording begins this share into the first voice (0 = at the start)
    narrow_mp3: bool = False
    second: Optional[tuple[str, float, int, int]] = None  #: a second speaker: espeak voice, speed, text seed, lines
    source: str = "tux:fr"  #: kind "words": new_voices' source


E, F, FEST = "espeak", "flite", "festival"


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, KTuberling's dev pool): prove the new spoilers end to end
        "rd9_real_typing_srt": Spec(d, "real", "srt", real=R(12801, 14, snr_db=q, gap=(0.3, 1.3)),
                                    room=("fan", 26), seed=12811, typing=4),
        "rd9_real_applause_midstart_mp3": Spec(d, "real", real=R(12802, 14, wideband=True, snr_db=q),
                                               room=("pink", 30), seed=12812, applause=2, head_cut=0.4,
                                               narrow_mp3=True),
        "rd9_kt_words": Spec(d, "words", real=R(12803, 8, snr_db=q, gap=(0.4, 1.2)), room=("pink", 30),
                             seed=12813, source="kt:en"),
        # ---- aside: nobody runs an aligner on these before the lead's one run at the end (run.py --aside4)
        "vx_real_lavalier": Spec(a, "real", real=R(13101, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                 room=("pink", 34), seed=13201, rustle=10),
        "vx_real_laptop_typing": Spec(a, "real", real=R(13102, 16, snr_db=q, gap=(0.3, 1.5)), room=("fan", 24),
                                      seed=13202, typing=6),
        "vx_real_applause": Spec(a, "real", real=R(13103, 15, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                 room=("murmur", 30), seed=13203, applause=3),
        "vx_real_long_silences": Spec(a, "real", real=R(13104, 15, snr_db=q, gap=(0.3, 1.4)), room=("hum", 30),
                                      seed=13204, silences=3),
        "vx_real_mp3_8k": Spec(a, "real", real=R(13105, 16, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                               room=("pink", 30), seed=13205, narrow_mp3=True),
        "vx_real_midstart": Spec(a, "real", real=R(13106, 15, wideband=True, snr_db=q), room=("murmur", 28),
                                 seed=13206, head_cut=0.45),
        "vx_real_srt_stale": Spec(a, "real", "srt", real=R(13107, 16, snr_db=q, gap=(0.3, 1.6)),
                                  room=("pink", 30), seed=13207),
        "vx_real_interview_dashes": Spec(a, "real", "dashes", real=R(13108, 18, wideband=True, snr_db=q,
                                                                     gap=(0.05, 0.4)),
                                         room=("pink", 30), seed=13208, second=("en-us+edward", 1.1, 13301, 9)),
        "vx_real_fast": Spec(a, "real", real=R(13109, 16, tempo=1.35, snr_db=q, gap=(0.1, 0.6)), room=("pink", 30),
                             seed=13209),
        "vx_kt_words": Spec(a, "words", real=R(13110, 22, snr_db=q, gap=(0.4, 1.3)), room=("pink", 30),
                            seed=13210, source="kt:en"),
        "vx_kt_words_rustle_mp3": Spec(a, "words", real=R(13111, 20, snr_db=q, gap=(0.25, 0.9)), room=("fan", 28),
                                       seed=13211, source="kt:en", rustle=8, narrow_mp3=True),
        "vx_synth_words_applause": Spec(a, "synth", recordings=[
            generated_talk([Voice(F, "slt", 1.2), Voice(FEST, "kal", 0.85)], 13401, 13501, 12, pause=(0.4, 1.4), turn=2)],
            room=("pink", 28), seed=13212, applause=3),
        "vx_espeak_fast_typing": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-us+steph", 250 / 165), Voice(E, "en-gb-x-rp+Michael", 270 / 165)], 13402, 13502, 12,
                 pause=(0.15, 0.8), turn=3)], room=("fan", 26), seed=13213, typing=5),
    }


DEV_NAMES = ["rd9_real_typing_srt", "rd9_real_applause_midstart_mp3", "rd9_kt_words"]
ASIDE_NAMES = ["vx_real_lavalier", "vx_real_laptop_typing", "vx_real_applause", "vx_real_long_silences",
               "vx_real_mp3_8k", "vx_real_midstart", "vx_real_srt_stale", "vx_real_interview_dashes", "vx_real_fast",
               "vx_kt_words", "vx_kt_words_rustle_mp3", "vx_synth_words_applause", "vx_espeak_fast_typing"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed or unpacked before ``name`` can be made, or None."""
    return missing_for(catalogue()[name])


def missing_for(spec: Spec) -> Optional[str]:
    """What must be installed or unpacked before a talk of ``spec`` can be made, or None (fast_cases.py uses it)."""
    import shutil

    import festival_voices

    need = []
    if spec.kind == "real" and not uc.real_available():
        need.append("apt-get install " + uc.fc.REAL_PACKAGES)
    if spec.kind == "words" and not nv.available(spec.source):
        need.append(nv.setup(spec.source))
    voices = [v for r in spec.recordings for v in r.voices]
    if any(v.engine == FEST for v in voices) and not festival_voices.available():
        need.append("apt-get install " + uc.fc.FESTIVAL_PACKAGES)
    if any(v.engine == F for v in voices) and not sc.flite_available():
        need.append("apt-get install flite")
    if (spec.second or any(v.engine == E for v in voices)) and shutil.which("espeak-ng") is None:
        need.append("apt-get install espeak-ng")
    return "; ".join(need) if need else None


def _placed(spec: Spec) -> tuple[Made, list[str]]:
    """The talk's voices in place (no room yet) and the pool a mismatch's inserted sentence comes from."""
    if spec.kind == "words":
        texts = nv.pool(spec.source, spec.which)
        made = uc.place_prompts(spec.real, texts, nv.reader(spec.source))
        made.notes[0] = made.notes[0].replace("real prompts (8 kHz WAV)", "real words (KTuberling's English speaker)")
        return made, list(texts.values())
    if spec.kind == "synth":
        from talk_text import generated_sentences

        return uc.synth_talk(spec.recordings, []), generated_sentences(40, seed=spec.recordings[0].text_seed + 77)
    texts = uc.nx_prompts() if spec.which == "aside" else uc.dev_prompts()
    pool = list(texts.values())
    voice = None
    if spec.second:
        voice_name, speed, text_seed, lines = spec.second
        keep = uc.first_usable_prompts(texts, spec.real.seed, spec.real.prompts - lines)
        texts = {**{n: texts[n] for n in keep}, **a3.second_speaker_lines(text_seed, lines)}
        voice = (voice_name, speed)
    made = uc.place_prompts(spec.real, texts, a3.real_reader(texts, None, voice))
    if spec.second:
        made.notes.append(f"a second speaker: {spec.second[3]} sentences by espeak-ng {spec.second[0]} at "
                          f"x{spec.second[1]:g} among the prompts (truth: their voice span, the same rule)")
        for s in made.segments:
            if s["prompt"].startswith(a3.SECOND):
                s["voice"] = f"espeak:{spec.second[0]}@{spec.second[1]:g}"
    return made, pool


def make(name: str) -> uc.Built:
    return make_spec(name, catalogue()[name])


def make_spec(name: str, spec: Spec) -> uc.Built:
    """The talk ``spec`` describes (``name`` for messages): fast_cases.py makes its own catalogue's this way."""
    problem = missing_for(spec)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    made, pool = _placed(spec)
    if spec.real is not None:  # place_prompts' own room was none: say so, the room comes below
        made.notes[0] = made.notes[0].replace(f", pink room noise at {QUIET_DB:g} dB SNR", "")
    floor = recorded_floor(made) if spec.kind == "words" else 0.0  # before the sounds are laid
    made = lay_sounds(made, spec.seed, spec.applause, spec.rustle, spec.typing, spec.silences)
    if spec.head_cut:
        made = cut_head(made, spec.head_cut)
    made = headroom(add_room(made, spec.room[0], spec.room[1], spec.seed + 1, floor))
    encoded = None
    if spec.narrow_mp3:
        made, encoded = store_narrow_mp3(made)
    if spec.transcript == "dashes":
        made = replace(made, segments=dash_turns(made.segments))
    built = uc.Built(made, notes=list(made.notes))
    if spec.transcript == "srt":
        built.page, offsets = stale_srt(made.segments, spec.seed)
        built.derived = {"change": "SubRip subtitles timed for an older cut", "changed": [], "cues": offsets}
        built.notes.append("transcript: SubRip subtitles with stale times, off by "
                           f"{offsets[0]['off']:+.2f} s at first and {offsets[-1]['off']:+.2f} s at the end")
    elif spec.transcript == "mismatch":
        built = uc.transcript_kind(uc.Spec(spec.which, "real", "mismatch", seed=spec.seed), made, pool)
    built.encoded = encoded
    return built


def main() -> None:
    import argparse
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--edges", nargs="+", metavar="CASE", help="levels outside and inside each built case's truth edges")
    a = ap.parse_args()
    for name in a.edges or []:
        r = a3.edge_levels(name)
        print(f"{name:34s} n={r['n']:3d}  start out/in {r['start_out']:6.1f}/{r['start_in']:6.1f} dB  "
              f"end in/out {r['end_in']:6.1f}/{r['end_out']:6.1f} dB  "
              f"least in-out: starts {r['starts_in_over_out_min']:+5.1f}, ends {r['ends_in_over_out_min']:+5.1f} dB")


if __name__ == "__main__":
    main()
