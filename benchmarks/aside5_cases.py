"""A fifth aside set nobody has tuned to (``qx_*``, English), and dev twins made the same way (``rd12_*``).

``az_*``, ``nx_*``, ``ux_*`` and ``vx_*`` have each been run once and looked at.  This set is made from Debian
packages, with seeds (15xxx-16xxx) no case used, of spoilers no case had:

* **Cross-talk**: a second talker (espeak-ng, another accent, saying other sentences without a break) 14 dB under
  the speech and dulled as if from the next desk, under the whole talk (the transcript holds only the first).
* **A call with packet loss**: 20, 40 or 60 ms frames of the finished recording dropped to digital silence (no
  concealment), in voices and pauses, never within 80 ms of a truth edge (the edge stays where it is heard).
* **A ground-loop buzz**: 60 Hz and 30 of its harmonics (odd ones stronger), 10 dB under the speech.
* **A car interior**: engine rumble (a 28-40 Hz firing tone and its harmonics, its speed drifting), road noise
  under 1 kHz, 6 dB under the speech.
* **A very quiet recording**: the speech at -40 dBFS (RMS: about 330 of the 16-bit file's 32768 steps).
* **A stereo file with the voice on one channel**: ``audio.stereo.wav`` holds the two channels (left: the talk;
  right: a second microphone that hears only a fan); the aligner is given that file and mixes it down itself.
* **A 48 kHz video**: the talk at 48 kHz as AAC in an MP4 with a (black) video track (``audio.mp4``).
* **A transcript with inline stamps, half of them wrong**: every line begins ``00:01:04,120``; half the stamps give
  the line's true start (to 40 ms), the other half are off by 1.5-12 s, each its own way.
* **Numbers written as digits**: espeak-ng voices reading sentences with years, prices and counts written as
  digits ("In 1987 the library had 12 rooms."), the transcript as written (one sentence a line).
* **A whispering speaker** (espeak-ng's ``whisperf`` variant) between two voiced ones; and the kinds that hurt last
  time with other voices: **fast speech** (espeak-ng Lancaster and Caribbean at 260-280 words a minute; the
  telephone prompts at atempo x1.45) and **words under rustle** (KTuberling's speaker at x1.25 under rustle).

**What is not new.**  The real English voices are the telephone prompts' Allison Smith (the ``nx_*`` pool a fourth
time: read in ``nx_*``, ``ux_*`` and ``vx_*`` only as pooled figures, never the ``rd_*``/``rd2_*`` prompts developed
on) and KTuberling's speaker (its aside pool, looked at once in ``vx_*``).  No real English speaker no case heard
was found (see benchmarks/README.md).  The cross-talk, the digits' voices and the whisper are espeak-ng.

``qx_*`` is the aside: **only the lead runs an aligner on it, once, at the end** (``run.py --aside5``).

    apt-get install asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722 espeak-ng
    apt-get download ktuberling-data && dpkg -x ktuberling-data_*.deb benchmarks/out/debs/ktuberling-data
    .venv/bin/python benchmarks/cases.py --aside5 --check     # make the qx_* cases; their truth only
    .venv/bin/python benchmarks/aside4_cases.py --edges qx_real_crosstalk ...   # levels around the truth edges
"""

from __future__ import annotations

import io
import random
import wave
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

import aside3_cases as a3
import aside4_cases as a4
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import dev_or_aside, generated_talk, lines_talk, ready_spec
from synth_cases import RATE, Made, Recording, Voice

QUIET_DB = a4.QUIET_DB


# ------------------------------------------------------------------ sounds laid over the talk (truth unchanged)
def second_talker(n: int, seed: int, voice: Voice, text_seed: int) -> np.ndarray:
    """Another person talking on and on (espeak-ng ``voice`` saying talk_text's sentences, 0.15-0.6 s apart), dulled
    above 2.5 kHz as if from the next desk; unit RMS over the whole of it."""
    from talk_text import generated_sentences

    prng = random.Random(seed)
    y = np.zeros(n, np.float64)
    at, k = int(prng.uniform(0.0, 0.5) * RATE), 0
    texts = generated_sentences(60, seed=text_seed)
    while at < n:
        x = sc.say(texts[k % len(texts)], voice)
        x = x / (sc._rms(x) + 1e-12)
        y[at:at + len(x)] += x[: n - at]
        at += len(x) + int(prng.uniform(0.15, 0.6) * RATE)
        k += 1
    y = sc.lowpass(y, 2500.0)
    return (y / (np.sqrt(np.mean(y ** 2)) + 1e-12)).astype(np.float32)


def buzz(n: int, rng: np.random.Generator, mains: float = 60.0, harmonics: int = 30) -> np.ndarray:
    """A ground loop's buzz: ``mains`` and its harmonics up to ``harmonics`` (odd ones twice as strong, falling as
    1/k^0.6), each at its own phase, over faint pink noise; unit RMS."""
    t = np.arange(n) / RATE
    x = 0.1 * sc.pink(n, rng)
    for k in range(1, harmonics + 1):
        x = x + (2.0 if k % 2 else 1.0) * k ** -0.6 * np.sin(2 * np.pi * mains * k * t + rng.uniform(0, 2 * np.pi))
    return (x / (np.sqrt(np.mean(x ** 2)) + 1e-12)).astype(np.float32)


def car_interior(n: int, rng: np.random.Generator) -> np.ndarray:
    """Inside a moving car: the engine's firing tone (28-40 Hz, drifting over seconds) with its 2nd, 3rd and 4th
    harmonics, low rumble (integrated noise under 150 Hz) and road noise under 1 kHz; unit RMS."""
    t = np.arange(n) / RATE
    drift = np.interp(t, np.linspace(0, t[-1] if n else 1, 8), rng.uniform(28, 40, 8))
    phase = 2 * np.pi * np.cumsum(drift) / RATE
    engine = sum(a * np.sin(k * phase) for k, a in ((1, 1.0), (2, 0.6), (3, 0.3), (4, 0.2)))
    rumble = sc.lowpass(np.cumsum(rng.normal(size=n)), 150.0)
    c = np.concatenate([[0.0], np.cumsum(rumble)])
    lo, hi = np.clip(np.arange(n) - RATE // 2, 0, n), np.clip(np.arange(n) + RATE // 2, 0, n)
    rumble = rumble - (c[hi] - c[lo]) / np.maximum(hi - lo, 1)  # its 1 s running mean taken out: no drift below 1 Hz
    road = sc.lowpass(rng.normal(size=n), 1000.0)
    parts = [p / (np.sqrt(np.mean(p ** 2)) + 1e-12) for p in (engine, rumble, road)]
    x = 0.8 * parts[0] + 1.0 * parts[1] + 0.6 * parts[2]
    return (x / (np.sqrt(np.mean(x ** 2)) + 1e-12)).astype(np.float32)


def add_bed(made: Made, bed: np.ndarray, snr_db: float, what: str) -> Made:
    """``bed`` (unit RMS) under the whole talk, ``snr_db`` under the speech: no voice span moves."""
    level = a4.speech_rms(made) * 10 ** (-snr_db / 20)
    y = made.samples + bed[: len(made.samples)] * level
    return Made(y.astype(np.float32), made.segments, made.notes + [f"{what} {snr_db:g} dB under the speech"],
                made.words)


def edges(made: Made) -> list[float]:
    """Every truth edge (segments and words), seconds."""
    return sorted(t for d in made.segments + made.words if d.get("start") is not None for t in (d["start"], d["end"]))


def lost_frames(duration: float, taken: list[float], seed: int, per_minute: float, clear: float = 0.08
                ) -> list[tuple[float, float]]:
    """Where a call's lost packets fall: ``per_minute`` drops of 20, 40 or 60 ms (one to three 20 ms frames) on the
    20 ms grid, none within ``clear`` seconds of a time in ``taken`` (the truth edges) nor overlapping another."""
    prng = random.Random(seed)
    want = max(1, int(round(duration / 60 * per_minute)))
    out: list[tuple[float, float]] = []
    near = np.array(sorted(taken)) if taken else np.zeros(0)
    for _ in range(want * 50):
        if len(out) >= want:
            break
        a = round(prng.randrange(0, int(duration / 0.02) - 3) * 0.02, 4)
        b = round(a + prng.choice((0.02, 0.04, 0.06)), 4)
        if len(near) and np.any((near > a - clear) & (near < b + clear)):
            continue
        if any(a < d + 0.02 and b > c - 0.02 for c, d in out):
            continue
        out.append((a, b))
    return sorted(out)


def packet_loss(made: Made, seed: int, per_minute: float) -> Made:
    """The finished recording with :func:`lost_frames` dropped to digital silence (no concealment)."""
    drops = lost_frames(len(made.samples) / RATE, edges(made), seed, per_minute)
    y = made.samples.copy()
    for a, b in drops:
        y[int(round(a * RATE)):int(round(b * RATE))] = 0.0
    lost = sum(b - a for a, b in drops)
    note = (f"packet loss: {len(drops)} drops of 20-60 ms ({1000 * lost:.0f} ms in all) to digital silence, none "
            "within 80 ms of a truth edge")
    return Made(y, made.segments, made.notes + [note], made.words)


def quiet(made: Made, speech_dbfs: float) -> Made:
    """The whole talk turned down (one gain) until the speech's RMS is ``speech_dbfs``: the WAV's 16 bits then keep
    few of it; a gain moves no voice span."""
    gain = 10 ** (speech_dbfs / 20) / a4.speech_rms(made)
    note = f"turned down to {speech_dbfs:g} dBFS speech RMS (peak {20 * np.log10(np.max(np.abs(made.samples)) * gain):.1f} dBFS)"
    return Made((made.samples * gain).astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ files the aligner is given
def stereo_wav(left: np.ndarray, right: np.ndarray) -> bytes:
    """A 16 kHz 16-bit stereo WAV of the two channels."""
    pcm = np.stack([left, right], axis=1)
    pcm = (np.clip(pcm, -1, 1) * 32767).round().astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()


def upsample(x: np.ndarray, factor: int) -> np.ndarray:
    """``x`` at ``factor`` times the rate (zero padding of the spectrum: nothing above the old band is added)."""
    spec = np.fft.rfft(x.astype(np.float64))
    n = len(x) * factor
    out = np.zeros(n // 2 + 1, complex)
    out[:len(spec)] = spec
    return (np.fft.irfft(out, n) * factor).astype(np.float32)


VIDEO_48K = (48000, 128000)  #: the video's sample rate and AAC bit rate


def encode_video_48k(x: np.ndarray) -> bytes:
    """``x`` (16 kHz) at 48 kHz as stereo AAC in an MP4 beside a small black MPEG-4 video track (2 frames a second),
    as a phone or a screen recorder stores a talk."""
    import av

    rate, bits = VIDEO_48K
    pcm = (np.clip(upsample(x, rate // RATE), -1, 1) * 32767).astype(np.int16)
    buf = io.BytesIO()
    with av.open(buf, "w", format="mp4") as c:
        v = c.add_stream("mpeg4", rate=2)
        v.width, v.height, v.pix_fmt = 160, 120, "yuv420p"
        a = c.add_stream("aac", rate=rate)
        a.bit_rate = bits
        a.layout = "stereo"
        black = np.zeros((120, 160, 3), np.uint8)
        for k in range(int(len(x) / RATE * 2) + 1):
            f = av.VideoFrame.from_ndarray(black, format="rgb24").reformat(format="yuv420p")
            f.pts = k
            for p in v.encode(f):
                c.mux(p)
        for p in v.encode(None):
            c.mux(p)
        step = 1024
        for i in range(0, len(pcm), step):
            part = pcm[i:i + step]
            frame = av.AudioFrame.from_ndarray(np.stack([part, part]).reshape(1, -1), format="s16", layout="stereo")
            frame.sample_rate = rate
            frame.pts = i
            for p in a.encode(frame):
                c.mux(p)
        for p in a.encode(None):
            c.mux(p)
    return buf.getvalue()


def _shifted_made(made: Made, y: np.ndarray, move: float, note: str) -> Made:
    def shifted(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(max(0.0, d["start"] + move), 4), end=round(d["end"] + move, 4))

    return Made(y, [shifted(s) for s in made.segments], made.notes + [note], [shifted(w) for w in made.words])


def store_file(made: Made, kind: str, seed: int) -> tuple[Made, tuple[str, bytes]]:
    """The talk stored as the file the aligner is given (``"stereo"``: a two-channel WAV with the voice on the left
    and a fan-only second microphone on the right; ``"video"``: :func:`encode_video_48k`), the samples
    aligner.audio.decode reads from it and the truth moved by the delay measured between the two (cross-correlation,
    unseen_cases.codec_lag)."""
    if kind == "stereo":
        other = sc.background(len(made.samples), "fan", np.random.default_rng(seed)) * a4.speech_rms(made) * 10 ** (-24 / 20)
        data, suffix = stereo_wav(made.samples, other), "stereo.wav"  # audio.wav holds the mono that decode reads
        what = "a stereo WAV: the talk on the left only, a second microphone hearing only a fan on the right"
    else:
        data, suffix = encode_video_48k(made.samples), "mp4"
        what = (f"a 48 kHz MP4 (AAC {VIDEO_48K[1] // 1000} kb/s stereo, PyAV) with a black MPEG-4 video track")
    y = uc.decode(data, suffix)
    move = uc.codec_lag(made.samples, y) / RATE
    note = f"stored as {what}; truth on the timeline aligner.audio.decode reads, the delay measured as {1000 * move:+.1f} ms"
    return _shifted_made(made, y, move, note), (suffix, data)


# ------------------------------------------------------------------ transcripts
def stamped_lines(segments: list[dict], seed: int) -> tuple[str, list[dict]]:
    """Every line begins with a stamp (``00:01:04,120``, fresh_cases.stamp): half the lines (drawn by ``seed``) carry
    their true start to 40 ms, the others one off by 1.5-12 s either way, each its own.  Returns the page and the
    stamps."""
    import fresh_cases as fc

    prng = random.Random(seed)
    n = len(segments)
    wrong = set(prng.sample(range(n), n // 2))
    lines, stamps = [], []
    for i, s in enumerate(segments):
        off = (prng.choice((-1, 1)) * prng.uniform(1.5, 12.0)) if i in wrong else prng.uniform(-0.04, 0.04)
        at = max(0.0, s["start"] + off)
        stamps.append({"i": i, "stamp": fc.stamp(at), "off": round(at - s["start"], 3), "right": i not in wrong})
        lines.append(f"{fc.stamp(at)} {s['text']}")
    return "\n".join(lines) + "\n", stamps


#: Sentences written with digits, said by espeak-ng as numbers ("1987": nineteen eighty-seven); the first
#: :data:`DEV_DIGITS` are the dev twin's, the rest the aside's.
DIGIT_SENTENCES = [
    "The bakery opened in 1994 with 3 ovens and 2 bakers.",
    "By 2005 it sold 400 loaves every morning.",
    "A loaf cost 2 dollars and 50 cents back then.",
    "Today 17 people work there in 2 shifts.",
    "They start at 4 in the morning, 6 days a week.",
    "Last year they baked 120000 loaves in all.",
    "Our town library opened in 1987 with 12 rooms.",
    "It started with 4000 books and 2 librarians.",
    "In 1999 a new wing added 35 computers.",
    "By 2010 the shelves held more than 60000 books.",
    "About 250 people visit on a normal Saturday.",
    "The reading room has 48 chairs and 16 tables.",
    "Children borrowed 9300 books last summer.",
    "The oldest book on the shelves is from 1823.",
    "A new card costs 5 dollars and lasts 3 years.",
    "The roof was repaired in 2016 for 85000 dollars.",
    "On 21 March the library turns 38 years old.",
    "We hope to reach 100000 books by 2030.",
    "The doors open at 9 and close at 7 in the evening.",
    "Thank you, and see you on the 2nd floor.",
]
DEV_DIGITS = 6


# ------------------------------------------------------------------ the catalogue
@dataclass
class Spec:
    which: str  #: "dev" (rd12_*) or "aside" (qx_*)
    kind: str  #: "real" (telephone prompts), "words" (KTuberling) or "synth"
    transcript: str = "plain"  #: "plain" or "stamps"
    real: Optional[uc.RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    room: tuple[str, float] = ("pink", 32.0)  #: the room under the finished talk: noise kind, SNR dB
    seed: int = 0  #: the spoilers' and the transcript's own seed
    crosstalk: Optional[tuple[str, float]] = None  #: a second talker: espeak-ng voice, dB under the speech
    bed: Optional[tuple[str, float]] = None  #: "buzz" or "car", dB under the speech
    rustle: float = 0.0  #: lavalier rustle bursts a minute (aside4_cases.rustle)
    packet_loss: float = 0.0  #: dropped packets a minute
    quiet_dbfs: Optional[float] = None  #: the speech's RMS in dBFS
    store: Optional[str] = None  #: "stereo" or "video": the file the aligner is given
    source: str = "kt:en"  #: kind "words": new_voices' source


E = "espeak"


def _digits(voices: list[Voice], seed: int, which: str, **kw) -> Recording:
    return lines_talk(dev_or_aside(DIGIT_SENTENCES, DEV_DIGITS, which), voices, seed, **kw)


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, KTuberling's dev pool): prove the new spoilers end to end
        "rd12_real_crosstalk_video": Spec(d, "real", real=R(15801, 12, wideband=True, snr_db=q, gap=(0.3, 1.2)),
                                          room=("pink", 32), seed=15811, crosstalk=("en-gb-x-gbcwmd+Jacky", 14),
                                          store="video"),
        "rd12_real_packetloss_stamps": Spec(d, "real", "stamps", real=R(15802, 12, snr_db=q, gap=(0.3, 1.3)),
                                            room=("pink", 30), seed=15812, packet_loss=20),
        "rd12_real_stereo_quiet_buzz": Spec(d, "real", real=R(15803, 12, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                            room=("pink", 34), seed=15813, bed=("buzz", 12), quiet_dbfs=-40,
                                            store="stereo"),
        "rd12_espeak_digits_car": Spec(d, "synth", recordings=[
            _digits([Voice(E, "en-us+Mario", 1.0), Voice(E, "en-gb+grandma", 0.95)], 15804, d, pause=(0.3, 1.2),
                    turn=2)], room=("pink", 30), seed=15814, bed=("car", 8)),
        # ---- aside: nobody runs an aligner on these before the lead's one run at the end (run.py --aside5)
        "qx_real_crosstalk": Spec(a, "real", real=R(15101, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                  room=("pink", 34), seed=15201, crosstalk=("en-gb-x-gbclan+Andy", 14)),
        "qx_real_packet_loss": Spec(a, "real", real=R(15102, 16, snr_db=q, gap=(0.3, 1.4)), room=("pink", 30),
                                    seed=15202, packet_loss=30),
        "qx_real_buzz": Spec(a, "real", real=R(15103, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                             room=("pink", 36), seed=15203, bed=("buzz", 10)),
        "qx_real_car": Spec(a, "real", real=R(15104, 15, wideband=True, snr_db=q, gap=(0.3, 1.5)),
                            room=("pink", 36), seed=15204, bed=("car", 6)),
        "qx_real_quiet": Spec(a, "real", real=R(15105, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                              room=("murmur", 30), seed=15205, quiet_dbfs=-40),
        "qx_real_stereo_one_side": Spec(a, "real", real=R(15106, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                        room=("pink", 32), seed=15206, store="stereo"),
        "qx_real_video_48k": Spec(a, "real", real=R(15107, 16, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                  room=("fan", 28), seed=15207, store="video"),
        "qx_real_inline_stamps": Spec(a, "real", "stamps", real=R(15108, 16, snr_db=q, gap=(0.3, 1.5)),
                                      room=("pink", 30), seed=15208),
        "qx_real_fast_crosstalk": Spec(a, "real", real=R(15109, 16, tempo=1.45, snr_db=q, gap=(0.1, 0.5)),
                                       room=("pink", 30), seed=15209, crosstalk=("en-029+aunty", 16)),
        "qx_kt_words_fast_rustle": Spec(a, "words", real=R(15110, 22, tempo=1.25, snr_db=q, gap=(0.15, 0.6)),
                                        room=("fan", 28), seed=15210, rustle=10),
        "qx_espeak_digits": Spec(a, "synth", recordings=[
            _digits([Voice(E, "en-us-nyc+Gene", 1.05), Voice(E, "en-gb-x-rp+Alicia", 0.95)], 15401, a,
                    pause=(0.3, 1.3), turn=3)], room=("pink", 30), seed=15211, rustle=8),
        "qx_espeak_fast_packet_loss": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-gbclan+Lee", 260 / 165), Voice(E, "en-029+Denis", 280 / 165)], 15402, 15502, 12,
                 pause=(0.12, 0.6), turn=3)], room=("fan", 28), seed=15212, packet_loss=25),
        "qx_espeak_whisper_car": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-us+norbert", 1.0), Voice(E, "en-us+whisperf", 0.95), Voice(E, "en-gb-scotland+Tweaky",
                                                                                         1.0)],
                 15403, 15503, 12, pause=(0.3, 1.3), turn=2)], room=("pink", 32), seed=15213, bed=("car", 10)),
    }


DEV_NAMES = ["rd12_real_crosstalk_video", "rd12_real_packetloss_stamps", "rd12_real_stereo_quiet_buzz",
             "rd12_espeak_digits_car"]
ASIDE_NAMES = ["qx_real_crosstalk", "qx_real_packet_loss", "qx_real_buzz", "qx_real_car", "qx_real_quiet",
               "qx_real_stereo_one_side", "qx_real_video_48k", "qx_real_inline_stamps", "qx_real_fast_crosstalk",
               "qx_kt_words_fast_rustle", "qx_espeak_digits", "qx_espeak_fast_packet_loss", "qx_espeak_whisper_car"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed or unpacked before ``name`` can be made, or None."""
    import shutil

    spec = catalogue()[name]
    need = []
    if spec.kind == "real" and not uc.real_available():
        need.append("apt-get install " + uc.fc.REAL_PACKAGES)
    if spec.kind == "words" and not nv.available(spec.source):
        need.append(nv.setup(spec.source))
    if (spec.crosstalk or spec.recordings) and shutil.which("espeak-ng") is None:
        need.append("apt-get install espeak-ng")
    return "; ".join(need) if need else None


def _placed(spec: Spec) -> Made:
    """The talk's voices in place (no room yet)."""
    if spec.kind == "words":
        made = uc.place_prompts(spec.real, nv.pool(spec.source, spec.which), nv.reader(spec.source))
        made.notes[0] = made.notes[0].replace("real prompts (8 kHz WAV)", "real words (KTuberling's English speaker)")
    elif spec.kind == "synth":
        made = uc.synth_talk(spec.recordings, [])
    else:
        texts = uc.nx_prompts() if spec.which == "aside" else uc.dev_prompts()
        made = uc.place_prompts(spec.real, texts, a3.real_reader(texts, None, None))
    if spec.real is not None:  # place_prompts' own room was none: say so, the room comes below
        made.notes[0] = made.notes[0].replace(f", pink room noise at {QUIET_DB:g} dB SNR", "")
    return made


def spoil(made: Made, spec: Spec, floor: float = 0.0) -> Made:
    """The spoilers in the order they happen: sounds in the room (cross-talk, rustle, a buzz or a car), the room,
    the level the recorder kept, the packets the call lost."""
    n = len(made.samples)
    if spec.crosstalk:
        voice, under = spec.crosstalk
        talker = second_talker(n, spec.seed, Voice(E, voice, 1.0), spec.seed + 300)
        made = add_bed(made, talker, under, f"cross-talk: a second talker (espeak-ng {voice}, other sentences, dulled "
                       "above 2.5 kHz)")
    made = a4.lay_sounds(made, spec.seed, rustle_per_minute=spec.rustle)
    if spec.bed:
        kind, under = spec.bed
        rng = np.random.default_rng(spec.seed + 2)
        bed = buzz(n, rng) if kind == "buzz" else car_interior(n, rng)
        made = add_bed(made, bed, under, "a ground loop's 60 Hz buzz with 30 harmonics" if kind == "buzz" else
                       "a car interior (engine 28-40 Hz and harmonics, rumble, road noise)")
    made = a4.headroom(a4.add_room(made, spec.room[0], spec.room[1], spec.seed + 1, floor))
    if spec.quiet_dbfs is not None:
        made = quiet(made, spec.quiet_dbfs)
    if spec.packet_loss:
        made = packet_loss(made, spec.seed + 3, spec.packet_loss)
    return made


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = _placed(spec)
    floor = a4.recorded_floor(made) if spec.kind == "words" else 0.0  # before the sounds are laid
    made = spoil(made, spec, floor)
    encoded = None
    if spec.store:
        made, encoded = store_file(made, spec.store, spec.seed + 4)
    built = uc.Built(made, notes=list(made.notes))
    if spec.transcript == "stamps":
        built.page, stamps = stamped_lines(made.segments, spec.seed)
        built.derived = {"change": "a stamp before every line, half of them wrong", "changed": [], "stamps": stamps}
        built.notes.append(f"transcript: a stamp before every line, {sum(not s['right'] for s in stamps)} of "
                           f"{len(stamps)} off by 1.5-12 s, the rest right to 40 ms")
    built.encoded = encoded
    return built
