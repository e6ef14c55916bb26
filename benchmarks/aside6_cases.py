"""A sixth aside set nobody has tuned to (``zx_*``, English), and dev twins made the same way (``rd17_*``).

``az_*``, ``nx_*``, ``ux_*``, ``vx_*`` and ``qx_*`` have each been run once and looked at.  This set is made from
Debian packages, with seeds (19xxx) no case used, of spoilers, material and transcripts no case had:

* **Telephone prompts few cases said**: the asterisk prompts of one to three words ("Goodbye!", "Call waiting.",
  "One moment, please."): every aside set took only prompts of 4-30 words; only the dev cases ``rd11_*``
  (short_words_cases.py, its own pools) said some of them -- 5 of these 80 are in a built case, 1 of them
  ("Number.") among ``zx_real_short_lines``' 24.  They make **very short lines in a row** (``zx_real_short_lines``,
  and the dev twin's other half).
* **Music under speech** that is not hold music: Tux Math's background tracks (``tuxmath-data``, CC-BY-SA 3.0:
  "Rush", "Gravity"; the dev twin takes "On the edge of the universe"), 13-16 dB under the speech.
* **A crowd cheering** between lines: Tux Typing's ``cheer.wav`` (``tuxtype-data``, public domain; a real crowd,
  4.3 s), starting 0.1-0.3 s after a sentence and running into the next one, 4 dB under the speech at its loudest.
* **Wind on the microphone**: gusts of 1-4 s of turbulent low rumble (most of it under 300 Hz), over voices and
  pauses.
* **A lecture hall's PA**: the voice also heard from loudspeakers 25-35 m away (band-limited to 180 Hz-5 kHz, a
  delayed copy 75-110 ms late and a second one 110-150 ms after that, in a hall of RT60 1.1 s); the truth is the
  direct voice (as every hall case so far).
* **An automatic gain control that pumps**: the finished recording through a level follower (fast attack, 0.8 s
  release) that lifts quiet stretches by up to 18 dB: the room swells in every pause.
* **A slow speaker**: the prompts at atempo x0.85 (pitch kept; every earlier speed change was faster).
* **Transcripts no case had**: speaker names before every line (``ALLISON: ...``, ``DAVID: ...``, two speakers),
  stage directions in the lines (``[laughs]``, ``[applause]`` where the crowd cheers), and WebVTT subtitles timed
  for an older cut.
* The kinds that hurt last time with **other voices**: cross-talk (espeak-ng ``en-us+Max``, ``en-gb+Quincy``, ...:
  variants no case used) over fast prompts and over synthesized voices.

**What is not new.**  The real English voice is again the telephone prompts' Allison Smith (in ``zx_real_*`` other
than the short lines: the ``nx_*`` pool a fifth time, read before only as pooled figures) and KTuberling's speaker
(its aside pool a third time).  No real English speaker no case heard was found (benchmarks/README.md, "sixth aside
set").  The second speaker, the cross-talk and the synthesized talks are espeak-ng (variants no case used).

``zx_*`` is the aside: **only the lead runs an aligner on it, once, at the end** (``run.py --aside6``).

    apt-get install asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722 espeak-ng
    apt-get download ktuberling-data tuxmath-data tuxtype-data     # unpacked into benchmarks/out/debs, not installed
    .venv/bin/python benchmarks/cases.py --aside6 --check     # make the zx_* cases; their truth only
    .venv/bin/python benchmarks/aside4_cases.py --edges zx_real_wind ...   # levels around the truth edges
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

import aside3_cases as a3
import aside4_cases as a4
import aside5_cases as a5
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import dev_or_aside, generated_talk, lines_talk, ready_spec
from synth_cases import RATE, Made, Recording, Voice

QUIET_DB = a4.QUIET_DB
TUXMATH = nv.DEBS / "tuxmath-data" / "usr" / "share" / "tuxmath" / "sounds"
TUXTYPE = nv.DEBS / "tuxtype-data" / "usr" / "share" / "tuxtype" / "sounds"
SOUNDS_SETUP = ("apt-get download tuxmath-data tuxtype-data && dpkg -x tuxmath-data_*.deb "
                "benchmarks/out/debs/tuxmath-data && dpkg -x tuxtype-data_*.deb benchmarks/out/debs/tuxtype-data")
#: Tux Math's tracks (CC-BY-SA 3.0, Serberis and Synthaurion): the aside's two and the dev twin's one.
TRACKS = {"aside": ["01_rush", "03_gravity"], "dev": ["02_on_the_edge_of_the_universe"]}


def sounds_available() -> bool:
    return (TUXMATH / "01_rush.ogg").is_file() and (TUXTYPE / "cheer.wav").is_file()


# ------------------------------------------------------------------ sounds laid over the talk (truth unchanged)
def unit(x: np.ndarray) -> np.ndarray:
    return (x / (np.sqrt(np.mean(x.astype(np.float64) ** 2)) + 1e-12)).astype(np.float32)


def music(n: int, seed: int, track: str) -> np.ndarray:
    """``n`` samples of a Tux Math track (unit RMS) from a seeded place, looped when the talk is longer."""
    m = nv.decode_file(TUXMATH / f"{track}.ogg")
    start = random.Random(seed).randrange(0, max(1, len(m) - n)) if len(m) > n else 0
    y = np.resize(m[start:], n) if len(m) - start < n else m[start:start + n]
    return unit(y)


def wind(n: int, rng: np.random.Generator, per_minute: float) -> tuple[np.ndarray, int]:
    """Wind on a microphone: ``per_minute`` gusts of 1-4 s, each turbulent rumble (noise under 300 Hz, a little
    up to 1 kHz) whose strength flickers a few times a second, rising and falling as sin^2; unit RMS per gust.
    Returns the signal and the gust count."""
    y = np.zeros(n, np.float32)
    count = max(1, int(round(n / RATE / 60 * per_minute)))
    for at in np.sort(rng.uniform(0, max(0.1, n / RATE - 1.0), count)):
        m = int(rng.uniform(1.0, 4.0) * RATE)
        body = sc.lowpass(rng.normal(size=m), 300.0) + 0.25 * sc.lowpass(rng.normal(size=m), 1000.0)
        flicker = sc.lowpass(rng.normal(size=m), 6.0)
        flicker = 1.0 + 0.7 * flicker / (np.max(np.abs(flicker)) + 1e-12)
        x = body * flicker * a4._burst_envelope(m)
        i = int(at * RATE)
        y[i:i + m] += unit(x)[: n - i]
    return y, count


def cheer() -> np.ndarray:
    """Tux Typing's crowd cheering (4.3 s), peak-normalised envelope kept, unit RMS."""
    return unit(nv.decode_file(TUXTYPE / "cheer.wav"))


def cheers_after(made: Made, seed: int, count: int) -> tuple[list[int], list[float]]:
    """Which sentences a crowd cheers after (never the last) and when each cheer starts (0.1-0.3 s after the
    sentence's end)."""
    segs = [s for s in made.segments if s.get("start") is not None]
    after = sorted(random.Random(seed).sample(range(len(segs) - 1), count))
    return after, [segs[k]["end"] + random.Random(seed + k).uniform(0.1, 0.3) for k in after]


def lay_cheers(made: Made, seed: int, count: int, under_db: float = 4.0) -> tuple[Made, list[int]]:
    """The crowd cheering after ``count`` sentences (its loudest 0.5 s ``under_db`` under the speech), running on
    into the next sentence when the pause is shorter than the cheer."""
    after, starts = cheers_after(made, seed, count)
    c = cheer()
    win = int(0.5 * RATE)
    loud = max(sc._rms(c[i:i + win]) for i in range(0, max(1, len(c) - win), win // 4))
    gain = a4.speech_rms(made) * 10 ** (-under_db / 20) / loud
    y = made.samples.copy()
    for at in starts:
        i = int(at * RATE)
        y[i:i + len(c)] += (c * gain)[: max(0, len(y) - i)]
    note = (f"a crowd cheering (Tux Typing's cheer.wav, 4.3 s; its loudest 0.5 s {under_db:g} dB under the speech) "
            f"after sentences {after}, running into the next one")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words), after


def bandpass(x: np.ndarray, low: float, high: float) -> np.ndarray:
    """``x`` between ``low`` and ``high`` Hz with synth_cases.lowpass's smooth edges (a brick wall would ring over
    the whole file and put the PA's copy before the voice it copies)."""
    under = sc.lowpass(x.astype(np.float64), high)
    return (under - sc.lowpass(under, low)).astype(np.float32)


def pa_hall(made: Made, seed: int) -> Made:
    """A lecture hall's PA: the talker's microphone played through loudspeakers the recorder hears 75-110 ms late
    (and a far pair 110-150 ms after that), band-limited to 180 Hz-5 kHz, in a hall of RT60 1.1 s, 3 and 9 dB under
    the direct voice.  The truth stays on the direct voice: its onset comes first, the PA's tail lies after its end."""
    rng = np.random.default_rng(seed)
    prng = random.Random(seed)
    x = made.samples
    pa = sc.convolve(bandpass(x, 180.0, 5000.0), sc.room_impulse(1.1, rng))[: len(x)]
    pa = pa * (sc._rms(x) / (sc._rms(pa) + 1e-12))
    d1 = prng.uniform(0.075, 0.110)
    d2 = d1 + prng.uniform(0.110, 0.150)
    tail = int((d2 + 1.2) * RATE)
    y = np.concatenate([x, np.zeros(tail, np.float32)])
    for delay, db in ((d1, -3.0), (d2, -9.0)):
        i = int(delay * RATE)
        y[i:i + len(pa)] += pa * 10 ** (db / 20)
    note = (f"a lecture hall's PA: the voice again from loudspeakers {1000 * d1:.0f} ms and {1000 * d2:.0f} ms late "
            "(180 Hz-5 kHz, hall RT60 1.1 s, 3 and 9 dB under the direct voice); truth on the direct voice")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def agc_gain(x: np.ndarray, target_db: float = -20.0, most_db: float = 18.0, attack: float = 0.005,
             release: float = 0.8) -> np.ndarray:
    """An automatic gain control's gain for every sample: a level follower on 10 ms RMS (rising within
    ``attack`` s, falling over ``release`` s) and the gain that brings it to ``target_db`` dBFS, never more than
    ``most_db`` up nor more than 12 dB down.  Positive everywhere: it moves no voice span."""
    hop = int(0.01 * RATE)
    frames = max(1, len(x) // hop)
    rms = np.sqrt(np.mean(x[:frames * hop].astype(np.float64).reshape(frames, hop) ** 2, axis=1)) + 1e-7
    up, down = 1 - np.exp(-0.01 / attack), 1 - np.exp(-0.01 / release)
    env = np.empty(frames)
    e = rms[0]
    for k, r in enumerate(rms):
        e += (up if r > e else down) * (r - e)
        env[k] = e
    gain_db = np.clip(target_db - 20 * np.log10(env), -12.0, most_db)
    t = (np.arange(frames) + 0.5) * hop
    return (10 ** (np.interp(np.arange(len(x)), t, gain_db) / 20)).astype(np.float32)


def agc(made: Made) -> Made:
    """The finished recording through :func:`agc_gain`: loud after every onset, then the room swelling in each
    pause (pumping)."""
    g = agc_gain(made.samples)
    note = (f"an automatic gain control (attack 5 ms, release 0.8 s, up to +18 dB): gain "
            f"{20 * np.log10(g.min()):+.1f} to {20 * np.log10(g.max()):+.1f} dB, the room swelling in the pauses")
    return Made((made.samples * g).astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ transcripts
def vtt_time(t: float) -> str:
    return a4.srt_time(t).replace(",", ".")


def stale_vtt(segments: list[dict], seed: int) -> tuple[str, list[dict]]:
    """The transcript as WebVTT subtitles timed for an older cut (aside4_cases.stale_srt's offsets: one before a
    point in the middle third, that plus 3-7 s after it), with a cue id and a NOTE block, as an editor writes it."""
    _, offsets = a4.stale_srt(segments, seed)
    cues = ["WEBVTT", "", "NOTE exported from the talk's old edit", ""]
    for s, o in zip(segments, offsets):
        cues += [f"cue-{o['i'] + 1}", f"{vtt_time(s['start'] + o['off'])} --> {vtt_time(s['end'] + o['off'])}",
                 s["text"], ""]
    return "\n".join(cues), offsets


#: Stage directions a transcriber writes into a line (never said).
DIRECTIONS = ["[laughs]", "[pause]", "(laughter)", "[coughs]", "[inaudible]", "(sighs)"]


def with_directions(segments: list[dict], seed: int, applause_after: list[int]) -> list[dict]:
    """Every third line or so with a stage direction before or after its words, and ``[applause]`` after each line
    the crowd cheers after."""
    prng = random.Random(seed)
    out = []
    for i, s in enumerate(segments):
        text = s["text"]
        if i in applause_after:
            text = f"{text} [applause]"
        elif prng.random() < 0.35:
            d = prng.choice(DIRECTIONS)
            text = f"{d} {text}" if prng.random() < 0.5 else f"{text} {d}"
        out.append(dict(s, text=text))
    return out


def with_names(segments: list[dict], first: str, second: str) -> list[dict]:
    """``NAME: `` before each line, the second speaker's lines (aside3_cases.SECOND) with ``second``."""
    return [dict(s, text=f"{second if s.get('prompt', '').startswith(a3.SECOND) else first}: {s['text']}")
            for s in segments]


# ------------------------------------------------------------------ material
#: Acronyms and product names among the short prompts (said as letters or read as names).
NOT_WORDS = re.compile(r"\b[A-Z]{2,}\b|\b[A-Z] [A-Z]\b|Unistim|Skinny|Jingle|Zap\b")


def short_prompts() -> dict[str, str]:
    """Asterisk prompts of one to three words (no aside set took them; the dev cases rd11_* said 5 of them), one
    take per text, without brackets, digits, acronyms or product names; written as sentences."""
    import fresh_cases as fc

    out, seen = {}, set()
    for name, text in sorted(fc.listing_entries()):
        if not 1 <= len(text.split()) <= 3 or re.search(r"[\[\]()<>{}*#:;0-9/_]|\.\.|…", text):
            continue
        if re.search(r"[.!?]\s+\S", text):  # two sentences ("Login incorrect. Mailbox?"): one span per line
            continue
        if NOT_WORDS.search(text) or name.startswith(("spy-", "dictate/")):
            continue
        t = uc.as_sentence(text)
        if t.lower().rstrip(".!?") in seen:
            continue
        seen.add(t.lower().rstrip(".!?"))
        out[name] = t
    return out


def short_pool(which: str) -> dict[str, str]:
    """Half of :func:`short_prompts` in a seeded order: the first half aside, the second dev."""
    ok = short_prompts()
    order = sorted(ok)
    random.Random("aside6:short").shuffle(order)
    half = len(order) // 2
    return {n: ok[n] for n in (order[:half] if which == "aside" else order[half:])}


#: Short lines for the synthesized voices (written here): the first :data:`DEV_SHORT` are the dev twin's.
SHORT_LINES = [
    "Right.", "Okay, next.", "Good.", "Not yet.", "Well.", "Fine.",
    "Yes.", "Maybe later.", "Look here.", "All done.", "No.", "Quite right.", "Wait.", "Try again.", "Hello there.",
    "Exactly.", "Not quite.", "Thank you.", "Over there.", "Come in.", "Of course.", "Good morning.", "Sure.",
    "See you.",
]
DEV_SHORT = 6


# ------------------------------------------------------------------ the catalogue
@dataclass
class Spec:
    which: str  #: "dev" (rd17_*) or "aside" (zx_*)
    kind: str  #: "real" (telephone prompts), "short" (one- to three-word prompts), "words" (KTuberling), "synth"
    transcript: str = "plain"  #: "plain", "names", "directions" or "vtt"
    real: Optional[uc.RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    room: tuple[str, float] = ("pink", 32.0)  #: the room under the finished talk: noise kind, SNR dB
    seed: int = 0  #: the spoilers' and the transcript's own seed
    crosstalk: Optional[tuple[str, float]] = None  #: a second talker: espeak-ng voice, dB under the speech
    pa: bool = False  #: a lecture hall's PA
    wind: float = 0.0  #: gusts a minute
    music: Optional[tuple[str, float]] = None  #: a Tux Math track, dB under the speech
    cheers: int = 0  #: a crowd cheering after this many sentences
    agc: bool = False
    second: Optional[tuple[str, float, int, int]] = None  #: a second speaker: espeak voice, speed, text seed, lines
    source: str = "kt:en"  #: kind "words": new_voices' source


E = "espeak"


def _short(voices: list[Voice], seed: int, which: str, **kw) -> Recording:
    return lines_talk(dev_or_aside(SHORT_LINES, DEV_SHORT, which), voices, seed, **kw)


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    dev_track, (track1, track2) = TRACKS["dev"][0], TRACKS["aside"]
    return {
        # ---- development twins (dev prompts, the dev half of the short prompts): prove the spoilers end to end
        "rd17_real_pa_agc_vtt": Spec(d, "real", "vtt", real=R(19801, 12, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                     room=("murmur", 30), seed=19811, pa=True, agc=True),
        "rd17_real_music_wind_names": Spec(d, "real", "names", real=R(19802, 12, wideband=True, snr_db=q,
                                                                     gap=(0.1, 0.6)),
                                           room=("pink", 32), seed=19812, music=(dev_track, 14), wind=6,
                                           second=("en-us+Mike", 1.05, 19901, 5)),
        "rd17_real_short_cheers_directions": Spec(d, "short", "directions", real=R(19803, 16, snr_db=q,
                                                                                   gap=(0.25, 0.9)),
                                                  room=("pink", 30), seed=19813, cheers=2),
        "rd17_real_slow_crosstalk": Spec(d, "real", real=R(19804, 10, tempo=0.85, snr_db=q, gap=(0.3, 1.2)),
                                         room=("pink", 32), seed=19814, crosstalk=("en-gb+Gustave", 13)),
        # ---- aside: nobody runs an aligner on these before the lead's one run at the end (run.py --aside6)
        "zx_real_pa_hall": Spec(a, "real", real=R(19101, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                room=("murmur", 32), seed=19201, pa=True),
        "zx_real_music_under": Spec(a, "real", real=R(19102, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                    room=("pink", 36), seed=19202, music=(track1, 13)),
        "zx_real_wind": Spec(a, "real", real=R(19103, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                             room=("pink", 34), seed=19203, wind=8),
        "zx_real_agc_pumping": Spec(a, "real", real=R(19104, 16, snr_db=q, gap=(0.4, 1.6)), room=("fan", 26),
                                    seed=19204, agc=True),
        "zx_real_slow_speaker": Spec(a, "real", real=R(19105, 14, wideband=True, tempo=0.85, snr_db=q,
                                                       gap=(0.3, 1.4)), room=("pink", 32), seed=19205),
        "zx_real_speaker_names": Spec(a, "real", "names", real=R(19106, 18, wideband=True, snr_db=q, gap=(0.1, 0.6)),
                                      room=("pink", 32), seed=19206, second=("en-us+Max", 1.05, 19301, 8)),
        "zx_real_cheers_directions": Spec(a, "real", "directions", real=R(19107, 16, wideband=True, snr_db=q,
                                                                          gap=(0.3, 1.3)),
                                          room=("murmur", 30), seed=19207, cheers=3),
        "zx_real_vtt_stale": Spec(a, "real", "vtt", real=R(19108, 16, snr_db=q, gap=(0.3, 1.5)), room=("pink", 30),
                                  seed=19208),
        "zx_real_short_lines": Spec(a, "short", real=R(19109, 24, snr_db=q, gap=(0.2, 0.8)), room=("pink", 32),
                                    seed=19209),
        "zx_real_fast_crosstalk": Spec(a, "real", real=R(19110, 16, tempo=1.4, snr_db=q, gap=(0.1, 0.5)),
                                       room=("pink", 30), seed=19210, crosstalk=("en-gb+Quincy", 13)),
        "zx_kt_words_music_wind": Spec(a, "words", real=R(19111, 20, snr_db=q, gap=(0.3, 1.0)), room=("fan", 30),
                                       seed=19211, music=(track2, 16), wind=5),
        "zx_espeak_crosstalk_agc": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+Quincy", 1.0), Voice(E, "en-us+Zac", 1.1)], 19401, 19501, 12,
                 pause=(0.2, 1.0), turn=3)], room=("pink", 30), seed=19212, crosstalk=("en-029+Storm", 12), agc=True),
        "zx_espeak_short_pa": Spec(a, "synth", recordings=[
            _short([Voice(E, "en-us-nyc+Iven", 1.0), Voice(E, "en-gb-scotland+Hugo", 1.05)], 19402, a,
                   pause=(0.2, 0.8), turn=2)], room=("murmur", 30), seed=19213, pa=True),
    }


DEV_NAMES = ["rd17_real_pa_agc_vtt", "rd17_real_music_wind_names", "rd17_real_short_cheers_directions",
             "rd17_real_slow_crosstalk"]
ASIDE_NAMES = ["zx_real_pa_hall", "zx_real_music_under", "zx_real_wind", "zx_real_agc_pumping", "zx_real_slow_speaker",
               "zx_real_speaker_names", "zx_real_cheers_directions", "zx_real_vtt_stale", "zx_real_short_lines",
               "zx_real_fast_crosstalk", "zx_kt_words_music_wind", "zx_espeak_crosstalk_agc", "zx_espeak_short_pa"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed or unpacked before ``name`` can be made, or None."""
    return missing_for(catalogue()[name])


def missing_for(spec) -> Optional[str]:
    import shutil

    need = []
    if spec.kind in ("real", "short") and not uc.real_available():
        need.append("apt-get install " + uc.fc.REAL_PACKAGES)
    if spec.kind == "words" and not nv.available(spec.source):
        need.append(nv.setup(spec.source))
    if (spec.music or spec.cheers) and not sounds_available():
        need.append(SOUNDS_SETUP)
    voices = [v for r in spec.recordings for v in r.voices]
    if (spec.crosstalk or getattr(spec, "second", None) or any(v.engine == E for v in voices)) \
            and shutil.which("espeak-ng") is None:
        need.append("apt-get install espeak-ng")
    return "; ".join(need) if need else None


def _placed(spec: Spec) -> Made:
    """The talk's voices in place (no room yet)."""
    if spec.kind == "words":
        made = uc.place_prompts(spec.real, nv.pool(spec.source, spec.which), nv.reader(spec.source))
        made.notes[0] = made.notes[0].replace("real prompts (8 kHz WAV)", "real words (KTuberling's English speaker)")
    elif spec.kind == "synth":
        made = uc.synth_talk(spec.recordings, [])
    elif spec.kind == "short":
        texts = short_pool(spec.which)
        made = uc.place_prompts(spec.real, texts, uc.english_reader)
        # "never in a case" is wrong for 5 of the 80 (rd11_* said them; found after zx_* was committed): the note
        # stays as written so that a rebuild gives the committed bytes
        made.notes[0] = made.notes[0].replace("real prompts", "real one- to three-word prompts (never in a case)")
    else:
        made, _ = a4._placed(a4.Spec(spec.which, "real", real=spec.real, second=spec.second))
    if spec.real is not None:  # place_prompts' own room was none: say so, the room comes below
        made.notes[0] = made.notes[0].replace(f", pink room noise at {QUIET_DB:g} dB SNR", "")
    return made


def spoil(made: Made, spec, floor: float = 0.0) -> tuple[Made, list[int]]:
    """The spoilers in the order they happen: the PA in the hall, sounds in the room (cross-talk, wind, music, a
    crowd), the room, the recorder's gain control.  Returns the talk and the sentences the crowd cheers after."""
    if spec.pa:
        made = pa_hall(made, spec.seed + 5)
    n = len(made.samples)
    if spec.crosstalk:
        voice, under = spec.crosstalk
        talker = a5.second_talker(n, spec.seed, Voice(E, voice, 1.0), spec.seed + 300)
        made = a5.add_bed(made, talker, under, f"cross-talk: a second talker (espeak-ng {voice}, other sentences, "
                          "dulled above 2.5 kHz)")
    if spec.wind:
        gusts, count = wind(n, np.random.default_rng(spec.seed + 6), spec.wind)
        made = a5.add_bed(made, gusts, 6.0, f"wind on the microphone: {count} gusts of 1-4 s, each")
    if spec.music:
        track, under = spec.music
        made = a5.add_bed(made, music(n, spec.seed + 7, track), under, f"music (Tux Math's {track})")
    cheered: list[int] = []
    if spec.cheers:
        made, cheered = lay_cheers(made, spec.seed + 8, spec.cheers)
    made = a4.add_room(made, spec.room[0], spec.room[1], spec.seed + 1, floor)
    if spec.agc:
        made = agc(made)
    return a4.headroom(made), cheered


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = _placed(spec)
    floor = a4.recorded_floor(made) if spec.kind == "words" else 0.0  # before the sounds are laid
    made, cheered = spoil(made, spec, floor)
    if spec.transcript == "names":
        made = Made(made.samples, with_names(made.segments, "ALLISON", "DAVID"), made.notes, made.words)
    elif spec.transcript == "directions":
        made = Made(made.samples, with_directions(made.segments, spec.seed, cheered), made.notes, made.words)
    built = uc.Built(made, notes=list(made.notes))
    if spec.transcript == "names":
        built.notes.append("transcript: a speaker's name before every line (ALLISON: the prompts; DAVID: the "
                           "espeak-ng lines)")
    elif spec.transcript == "directions":
        k = sum("[" in s["text"] or "(" in s["text"] for s in made.segments)
        built.notes.append(f"transcript: stage directions in {k} lines ([laughs], (laughter), [applause] where the "
                           "crowd cheers ...), never said")
    elif spec.transcript == "vtt":
        built.page, offsets = stale_vtt(made.segments, spec.seed)
        built.derived = {"change": "WebVTT subtitles timed for an older cut", "changed": [], "cues": offsets}
        built.notes.append("transcript: WebVTT subtitles with stale times, off by "
                           f"{offsets[0]['off']:+.2f} s at first and {offsets[-1]['off']:+.2f} s at the end")
    return built
