"""A sixteenth aside set nobody has tuned to (``gx_*``, English), and dev twins made the same way (``rd59_*``).

``az_*`` .. ``hx_*`` have each been run once and looked at.  Allison Smith's telephone prompts are still the only
real English voice with text and truth (benchmarks/README.md lists every source looked for), so the real talks say
the ``nx_*`` pool again, with new seeds, around sounds and shapes no set had.  What is new (checked against the
fifteen sets' "What is new" lists in benchmarks/README.md and the dev families; a lavalier's rustle, clipping, long
silences, a stereo file with the voice on one side, gain controls, pitch-shifted readers, typing, pages, speaker
labels, stage directions and drifting SubRip were all built before and are not here):

* **a listener's interjections over line ends**: a real person (Hedgewars' voice packs: "Hmm", "Excellent",
  "Brilliant", "Amazing", "Oh dear") reacting in turn over a line's last 0.1-0.4 s or 0.05-0.25 s after it ends,
  6-9 dB under the speech, farther from the microphone; never in the transcript (a transcriber leaves them out)
  and never in the truth (:func:`interjections`);
* **a livestream heard in the room**: someone opens the talk's own stream on a laptop for a stretch -- the talk
  again 1.6-2.6 s late, through a small speaker (300-5000 Hz) and the room, 15 dB under -- so the pauses hold the
  lines just said (:func:`livestream`);
* **a spaced microphone pair folded to mono**: a stereo WAV whose right channel is the same voice 0.4-1.2 ms later
  and 3 dB down (a second microphone a few tens of centimetres away); the aligner's fold-down to mono combs the
  voice (notches every 0.8-2.5 kHz) (:func:`spaced_pair`);
* transcripts: **a CSV table from a spreadsheet** (index, start, end, speaker, text; whole-second times typed for an
  older cut) and **a captioning service's JSON** (Whisper-shaped segments timed on an older cut, every time late or
  early by one offset, +-0.2 s) (:func:`spreadsheet_csv`, :func:`captions_json`);
* codecs and containers no case had: **WavPack** (``.wv``), **G.722 in a WAV** (``.g722.wav``: a WAV that is not
  PCM), **32-bit float in Sony Wave64** (``.w64``, 48 kHz), **24-bit PCM in Apple's CAF** (``.caf``, 44.1 kHz) and
  **MPEG-2 audio in an MPEG transport stream** (``.ts``: a broadcast capture) (:data:`CODECS`);
* voices at speeds they never had: flite ``awb`` x1.65 and ``kal16`` x0.65, festival ``slt_hts`` x1.55 and ``kal``
  x1.6.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment bounds on the dry speech; the interjections and the livestream are laid on and never move a voice span; the
pair's second channel is 0.4-1.2 ms behind the first and the codecs' delays are measured and moved into the truth
(aside9_cases.store_codec's way).

``gx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside16``).

    apt-get install sox espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts \\
        asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    apt-get download hedgewars-data      # then: dpkg -x hedgewars-data_*.deb benchmarks/out/debs/hedgewars-data
    .venv/bin/python benchmarks/cases.py --aside16 --check     # make the gx_* cases; their truth only
"""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside5_cases as a5
import aside9_cases as a9
import aside10_cases as a10
import aside14_cases as a14
import aside15_cases as a15
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, kept_as_decoded, ready_spec, stored_and_transcribed
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_lines, _times = a14._lines, a14._times

# ------------------------------------------------------------------ a listener's interjections (real people)
#: A listener's reactions by half: no speaker's is in both (Hedgewars' voice packs; Robot is synthesized, Classic is
#: Default's takes, the language packs hold none of these words).
INTERJECTION_PACKS = {"dev": ["Default", "Default_uk", "Russian"],
                      "aside": ["British", "Mobster", "Pirate", "Singer", "Surfer"]}
INTERJECTION_WORDS = ["Hmm", "Excellent", "Brilliant", "Amazing", "Ohdear"]


def _listener_sound(prng: random.Random, which: str, lang: str) -> tuple[np.ndarray, str]:
    """One reaction: a real person's (English, :data:`INTERJECTION_PACKS`' half ``which``) or, for another
    language, espeak-ng saying one of :data:`LISTENER_WORDS` in it; unit peak."""
    if lang == "en":
        name = f"{prng.choice(INTERJECTION_PACKS[which])}/{prng.choice(INTERJECTION_WORDS)}"
        return a15.vocal(name), name
    word = prng.choice(LISTENER_WORDS[lang])
    voice = Voice(E, f"{lang}+{prng.choice(LISTENER_VARIANTS)}", 1.0)
    return a15._peak(sc.say(word, voice)), f"espeak-ng {voice.name} {word!r}"


#: A listener's words in the language talks (espeak-ng), and the variants that say them.
LISTENER_WORDS = {"fr": ["Oui.", "D'accord.", "Ah bon."], "es": ["Sí.", "Claro.", "Vale."],
                  "it": ["Sì.", "Certo.", "Esatto."], "ru": ["Да.", "Понятно.", "Конечно."],
                  "sv": ["Ja.", "Precis.", "Okej."], "nl": ["Ja.", "Precies.", "Inderdaad."],
                  "de": ["Ja.", "Genau.", "Stimmt."]}
LISTENER_VARIANTS = ["m4", "f4", "m6"]


def interjections(made: Made, seed: int, count: int, which: str, lang: str = "en", under_db: float = 7.5) -> Made:
    """``count`` reactions by a listener (:func:`_listener_sound`), spread over the talk: in turn one begun 0.1-0.4
    s before a line's end (over its last syllables) and one begun 0.05-0.25 s after it (in the pause; over the next
    line's start when the pause is short); 6-9 dB under the speech's RMS, through a small room (the listener sits
    farther off).  Never in the transcript or the truth; no line moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    y = made.samples.copy()
    speech = a4.speech_rms(made)
    lines = _lines(made)
    over, after, said = [], [], []
    for c in range(count):
        band = list(range(len(lines) * c // count, max(len(lines) * c // count + 1, len(lines) * (c + 1) // count)))
        k = prng.choice(band)
        s = lines[k]
        x, name = _listener_sound(prng, which, lang)
        x = sc.convolve(x, sc.room_impulse(0.3, rng))
        x = x * (speech * 10 ** (-prng.uniform(under_db - 1.5, under_db + 1.5) / 20) / max(1e-9, sc._rms(x)))
        if c % 2 == 0:
            at = s["end"] - prng.uniform(0.1, 0.4)
            over.append(k)
        else:
            at = s["end"] + prng.uniform(0.05, 0.25)
            after.append(k)
        i = max(0, int(at * RATE))
        m = min(len(x), len(y) - i)
        y[i:i + m] += x[:m].astype(np.float32)
        said.append(name)
    who = "real people, Hedgewars voice packs" if lang == "en" else "espeak-ng"
    note = (f"a listener's reactions {_times(count)} ({who}, {under_db - 1.5:g}-{under_db + 1.5:g} dB under the "
            f"speech, not in the transcript): over the ends of lines {over}, just after the ends of lines {after}: "
            + ", ".join(said))
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a livestream heard in the room
def _band(x: np.ndarray, low: float, high: float) -> np.ndarray:
    """``x`` through a small loudspeaker: nothing under ``low`` or over ``high`` Hz (smooth edges)."""
    spec = np.fft.rfft(x.astype(np.float64))
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    spec *= (1.0 / (1.0 + (f / high) ** 8)) * (1.0 - 1.0 / (1.0 + (f / low) ** 8))
    return np.fft.irfft(spec, len(x)).astype(np.float32)


def livestream(made: Made, seed: int, under_db: float = 15.0) -> Made:
    """Someone in the room opens the talk's livestream: from the middle of the pause before a line 20-35 % of the way
    in until the middle of the pause after a line 65-80 % in, the talk itself is heard again 1.6-2.6 s late through
    a laptop's speaker (300-5000 Hz) and the room (RT60 0.4 s), ``under_db`` under the speech (30 ms fades).  Laid
    on: no line moves, and the pauses in that stretch hold the words just said."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    lines = _lines(made)
    n = len(lines)
    k1 = prng.randint(int(0.2 * n), max(int(0.2 * n), int(0.35 * n)))
    k2 = prng.randint(max(k1 + 1, int(0.65 * n)), max(k1 + 1, int(0.8 * n)))
    k2 = min(k2, n - 1)
    a = int((lines[k1 - 1]["end"] + lines[k1]["start"]) / 2 * RATE) if k1 > 0 else 0
    b = (int((lines[k2]["end"] + lines[k2 + 1]["start"]) / 2 * RATE) if k2 + 1 < n
         else min(len(made.samples), int((lines[k2]["end"] + 0.5) * RATE)))
    late = prng.uniform(1.6, 2.6)
    d = int(late * RATE)
    copy = np.zeros(len(made.samples), np.float32)
    copy[d:] = made.samples[:len(made.samples) - d]
    copy = sc.convolve(_band(copy, 300.0, 5000.0), sc.room_impulse(0.4, rng))[:len(made.samples)]
    gate = np.zeros(len(made.samples), np.float32)
    gate[a:b] = 1.0
    ramp = int(0.03 * RATE)
    gate[a:a + ramp] = np.linspace(0, 1, ramp)
    gate[max(a, b - ramp):b] = np.linspace(1, 0, b - max(a, b - ramp))
    # the copy's level where its own speech is (the lines moved by the delay), not where the talk's is: measured
    # over the talk's lines it would take the copy's pauses for its speech and come out 3 dB louder than asked
    heard = [dict(s, start=s["start"] + late, end=s["end"] + late) for s in lines
             if (s["end"] + late) * RATE <= len(copy)]
    level = a4.speech_rms(made) * 10 ** (-under_db / 20) / max(1e-9, a4.speech_rms(Made(copy, heard, [])))
    y = made.samples + (copy * gate * level).astype(np.float32)
    note = (f"a livestream of the talk opened on a laptop in the room from {a / RATE:.1f} s to {b / RATE:.1f} s (lines "
            f"{k1}-{k2}): the talk again {late:.2f} s late through a small speaker (300-5000 Hz) and the room, "
            f"{under_db:g} dB under the speech")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a spaced microphone pair
def spaced_pair(made: Made, seed: int) -> tuple[Made, tuple[str, bytes]]:
    """The talk from two microphones a few tens of centimetres apart, stored as a stereo WAV: left the talk, right
    the same 0.4-1.2 ms later (whole samples) and 3 dB down, with its own faint hiss 45 dB under the speech.  The
    samples aligner.audio.decode reads (its fold-down to mono: a comb, notches every 1/delay Hz) and the truth moved
    by the delay measured between the two (unseen_cases.codec_lag)."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    lag = max(1, round(prng.uniform(0.0004, 0.0012) * RATE))
    right = np.zeros_like(made.samples)
    right[lag:] = made.samples[:-lag] * 10 ** (-3 / 20)
    right = right + (rng.normal(size=len(right)) * a4.speech_rms(made) * 10 ** (-45 / 20)).astype(np.float32)
    data, suffix = a5.stereo_wav(made.samples, right), "pair.wav"
    y = uc.decode(data, suffix)
    move = uc.codec_lag(made.samples, y) / RATE

    def moved(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(d["start"] + move, 4), end=round(d["end"] + move, 4))

    note = (f"stored as a stereo WAV from a spaced pair: the right channel {1000 * lag / RATE:.2f} ms ({lag} samples) "
            f"behind the left and 3 dB down (folded to mono: notches every {RATE / lag:.0f} Hz); truth on the "
            f"timeline aligner.audio.decode reads, the delay measured as {1000 * move:+.1f} ms")
    return Made(y, [moved(s) for s in made.segments], made.notes + [note],
                [moved(w) for w in made.words]), (suffix, data)


# ------------------------------------------------------------------ transcripts
def _mmss(t: float) -> str:
    t = max(0, int(t))
    return f"{t // 60:02d}:{t % 60:02d}"


def spreadsheet_csv(segments: list[dict], seed: int) -> tuple[str, dict]:
    """The transcript as a spreadsheet's CSV: index, start, end, speaker, text; the times typed as whole seconds
    (mm:ss, cut down) on an older cut, late or early by 1-4 s; the speaker a name for each turn of 3-5 lines."""
    prng = random.Random(seed)
    off = prng.choice((-1, 1)) * prng.uniform(1.0, 4.0)
    names = prng.sample(["Anna", "Ben", "Chloe", "Dev", "Ines", "Marek"], 2)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["index", "start", "end", "speaker", "text"])
    who, left = 0, prng.randint(3, 5)
    for i, s in enumerate(segments, 1):
        w.writerow([i, _mmss(s["start"] + off), _mmss(s["end"] + off + 0.999), names[who], s["text"]])
        left -= 1
        if left == 0:
            who, left = 1 - who, prng.randint(3, 5)
    return buf.getvalue(), {"offset": round(off, 3), "speakers": names}


def captions_json(segments: list[dict], seed: int) -> tuple[str, dict]:
    """The transcript as a captioning service's JSON (Whisper's shape: ``{"text", "segments": [{"id", "start",
    "end", "text"}], "language"}``), timed on an older cut: every time late or early by one offset of 1.5-5 s, each
    +-0.2 s (to the hundredth)."""
    prng = random.Random(seed)
    off = prng.choice((-1, 1)) * prng.uniform(1.5, 5.0)
    segs = []
    for i, s in enumerate(segments):
        a = max(0.0, round(s["start"] + off + prng.uniform(-0.2, 0.2), 2))
        b = max(a + 0.1, round(s["end"] + off + prng.uniform(-0.2, 0.2), 2))
        segs.append({"id": i, "start": a, "end": round(b, 2), "text": " " + s["text"]})
    doc = {"text": "".join(x["text"] for x in segs), "segments": segs, "language": "en"}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n", {"offset": round(off, 3)}


# ------------------------------------------------------------------ codecs
#: Codecs and containers no case had: kind -> (suffix, container, codec, bits a second, rate, frame).
CODECS = {"wavpack": ("wv", "wv", "wavpack", 0, 16000, 4096),
          "g722wav": ("g722.wav", "wav", "adpcm_g722", 64000, 16000, 1024),
          "w64": ("w64", "w64", "pcm_f32le", 0, 48000, 4096),
          "caf24": ("caf", "caf", "pcm_s24be", 0, 44100, 4096),
          "ts": ("ts", "mpegts", "mp2fixed", 64000, 16000, 1152)}
#: What the notes call them (the codec's name alone says little).
CODEC_NAMES = {"wavpack": "WavPack, lossless", "g722wav": "G.722 in a WAV, 64 kb/s",
               "w64": "32-bit float in Sony Wave64 at 48 kHz", "caf24": "24-bit PCM in Apple's CAF at 44.1 kHz",
               "ts": "MPEG-2 audio, 64 kb/s, in an MPEG transport stream"}


#: Codecs PyAV would feed the first sample format they list (8 bits for WavPack: every sample a multiple of 256, as
#: aside15_cases found for True Audio) unless told: kind -> the format to feed.
TOLD_FORMAT = {"wavpack": "s16p"}


def _told_bytes(pcm: np.ndarray, kind: str) -> bytes:
    """16-bit mono samples as a file of ``kind``, the encoder told :data:`TOLD_FORMAT` (lossless: what is decoded is
    what went in)."""
    import av

    _suffix, fmt, codec, _bits, rate, step = CODECS[kind]
    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt) as c:
        s = c.add_stream(codec, rate=rate)
        s.layout = "mono"
        s.format = TOLD_FORMAT[kind]
        for i in range(0, len(pcm), step):
            frame = av.AudioFrame.from_ndarray(pcm[i:i + step].reshape(1, -1), format=TOLD_FORMAT[kind], layout="mono")
            frame.sample_rate = rate
            frame.pts = i
            for p in s.encode(frame):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return buf.getvalue()


def _through(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
    """aside9_cases.store_codec, or for a codec of :data:`TOLD_FORMAT` the same steps with :func:`_told_bytes`."""
    if kind not in TOLD_FORMAT:
        return a9.store_codec(made, kind, CODECS)
    suffix, _fmt, codec, _bits, rate, _step = CODECS[kind]
    data = _told_bytes((np.clip(made.samples, -1.0, 1.0) * 32767).astype(np.int16), kind)
    y = uc.decode(data, suffix)
    move = uc.codec_lag(made.samples, y) / RATE

    def moved(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(d["start"] + move, 4), end=round(d["end"] + move, 4))

    note = (f"stored as .{suffix} ({codec}, 0 kb/s at {rate // 1000} kHz, encoded with PyAV); truth on the timeline "
            f"aligner.audio.decode reads, the codec's delay measured as {1000 * move:+.1f} ms")
    return Made(y, [moved(s) for s in made.segments], made.notes + [note],
                [moved(w) for w in made.words]), (suffix, data)


def store_codec(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
    """The talk through one of :data:`CODECS` (aside9_cases.store_codec: the file, the samples aligner.audio.decode
    reads from it, the truth moved by the codec's delay, measured)."""
    coded, file = _through(made, kind)
    note = coded.notes[-1].replace(f"({CODECS[kind][2]}, ", f"({CODECS[kind][2]}: {CODEC_NAMES[kind]}; ")
    if CODECS[kind][3] == 0:  # lossless: no bit rate to name
        note = note.replace("; 0 kb/s at", "; at")
    else:
        note = note.replace(f"; {CODECS[kind][3] / 1000:g} kb/s at", "; at")
    coded.notes[-1] = note.replace(f"; at {CODECS[kind][4] // 1000} kHz,", ",")
    return coded, file


def decoded_through(made: Made, kind: str) -> Made:
    """A language talk through a codec, kept as the samples decoded from it (aside9_cases.decoded_through's way)."""
    return kept_as_decoded(store_codec(made, kind)[0])


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class SixteenthSpoilers(a15.FifteenthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside15_cases.FifteenthSpoilers'; ``codec`` from
    :data:`CODECS`): an English case's and a language talk's (aside16_languages.LangSpec)."""

    reactions: int = 0  #: a listener's interjections over or just after this many line ends
    stream: bool = False  #: a livestream of the talk heard in the room for a stretch
    pair: bool = False  #: stored as a stereo WAV from a spaced pair (folded to mono by the aligner)


@dataclass
class Spec(a10.Spec, SixteenthSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript -- also "csv" and "json" here --,
    voices, shift, room, seed) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences, the dev half's listeners)
        "rd59_real_reactions_csv_wavpack": Spec(d, "real", "csv", real=R(61801, 18, wideband=True, snr_db=q,
                                                                        gap=(0.4, 1.3)),
                                                room=("pink", 32), seed=61811, reactions=6, codec="wavpack"),
        "rd59_real_stream_json_w64": Spec(d, "real", "json", real=R(61802, 18, wideband=True, snr_db=q,
                                                                    gap=(0.5, 1.4)),
                                          room=("murmur", 18), seed=61812, stream=True, codec="w64"),
        "rd59_real_pair_page": Spec(d, "real", "page", real=R(61803, 16, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                    room=("fan", 30), seed=61813, pair=True),
        "rd59_flite_reactions_stream_ts": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "awb", 1.6), Voice(F, "kal16", 0.7)], 61401, 61501, 12, pause=(0.4, 1.2),
                           turn=2)], room=("pink", 32), seed=61814, reactions=4, stream=True, codec="ts"),
        "rd59_festival_pair_reactions_csv": Spec(d, "synth", "csv", recordings=[
            generated_talk([Voice(FEST, "kal", 1.55), Voice(FEST, "slt_hts", 1.5)], 61402, 61502, 12,
                           pause=(0.4, 1.2), turn=1)], room=("fan", 30), seed=61815, pair=True, reactions=3),
        "rd59_espeak_reactions_g722wav": Spec(d, "synth", "json", recordings=[
            generated_talk([Voice(E, "en-us+m4", 1.1)], 61403, 61503, 12, pause=(0.4, 1.2))],
            room=("murmur", 18), seed=61816, reactions=4, codec="g722wav"),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside16)
        "gx_real_reactions_page": Spec(a, "real", "page", real=R(61101, 20, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.4)),
                                       room=("murmur", 20), seed=61201, reactions=8),
        "gx_real_stream_plain_wavpack": Spec(a, "real", real=R(61102, 20, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                             room=("pink", 30), seed=61202, stream=True, codec="wavpack"),
        "gx_real_pair_csv": Spec(a, "real", "csv", real=R(61103, 20, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                 room=("fan", 30), seed=61203, pair=True),
        "gx_real_reactions_json_w64": Spec(a, "real", "json", real=R(61104, 20, wideband=False, snr_db=q,
                                                                     gap=(0.4, 1.4)),
                                           room=("pink", 32), seed=61204, reactions=7, codec="w64"),
        "gx_real_stream_pair_dashes": Spec(a, "real", "dashes", real=R(61105, 20, wideband=True, snr_db=q,
                                                                       gap=(0.5, 1.5)),
                                           room=("murmur", 18), seed=61205, stream=True, pair=True),
        "gx_real_long_mix_caf": Spec(a, "real", "csv", real=R(61106, 90, wideband="parts", snr_db=q,
                                                              gap=(0.4, 1.6), long_pauses=0.1, repeats=2),
                                     room=("pink", 26), seed=61206, reactions=10, stream=True, codec="caf24"),
        "gx_flite_reactions_g722wav": Spec(a, "synth", "json", recordings=[
            generated_talk([Voice(F, "awb", 1.65), Voice(F, "kal16", 0.65)], 61404, 61504, 14, pause=(0.3, 1.2),
                           turn=2)], room=("pink", 32), seed=61211, reactions=6, codec="g722wav"),
        "gx_festival_stream_csv_ts": Spec(a, "synth", "csv", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 1.55), Voice(FEST, "kal", 1.6)], 61405, 61505, 14,
                           pause=(0.3, 1.1), turn=1)], room=("fan", 30), seed=61212, stream=True, codec="ts"),
        "gx_espeak_pair_page": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb+m6", 0.95), Voice(E, "en-us+f4", 1.05)], 61406, 61506, 14,
                           pause=(0.4, 1.3), turn=3)], room=("murmur", 18), seed=61213, pair=True, reactions=4),
        "gx_espeak_reactions_stream_caf": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-us+m6", 1.15), Voice(F, "awb", 1.65)], 61407, 61507, 14,
                           pause=(0.3, 1.2), turn=2)], room=("pink", 32), seed=61215, reactions=5, stream=True,
            codec="caf24"),
    }


DEV_NAMES = ["rd59_real_reactions_csv_wavpack", "rd59_real_stream_json_w64", "rd59_real_pair_page",
             "rd59_flite_reactions_stream_ts", "rd59_festival_pair_reactions_csv", "rd59_espeak_reactions_g722wav"]
ASIDE_NAMES = ["gx_real_reactions_page", "gx_real_stream_plain_wavpack", "gx_real_pair_csv",
               "gx_real_reactions_json_w64", "gx_real_stream_pair_dashes", "gx_real_long_mix_caf",
               "gx_flite_reactions_g722wav", "gx_festival_stream_csv_ts", "gx_espeak_pair_page",
               "gx_espeak_reactions_stream_caf"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def hedgewars_need(spec, lang: str = "en") -> Optional[str]:
    """What a case with a real listener's interjections needs: Hedgewars' voice packs unpacked here."""
    if spec.reactions and lang == "en" and not a15.HEDGEWARS.is_dir():
        return "apt-get download hedgewars-data && dpkg -x hedgewars-data_*.deb benchmarks/out/debs/hedgewars-data"
    return None


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    return a10.needs(spec, hedgewars_need(spec))


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen: a listener's reactions and the livestream in the room; then
    aside15_cases.spoil's (..., the room's noise)."""
    if spec.reactions:
        made = interjections(made, spec.seed + 120, spec.reactions, which, lang)
    if spec.stream:
        made = livestream(made, spec.seed + 121)
    made = a15.spoil(made, spec, which, floor)
    return a4.headroom(made)


def transcript(built: uc.Built, spec: Spec, name: str) -> uc.Built:
    """The transcript's shape: a spreadsheet's CSV or a captioning service's JSON, timed on an older cut, or
    aside15_cases' (labels, textgrid, page, dashes, ...)."""
    if spec.transcript == "csv":
        built.page, how = spreadsheet_csv(built.made.segments, spec.seed + 122)
        built.derived = {"change": "a spreadsheet's CSV timed on an older cut", "changed": [], **how}
        built.notes.append(f"transcript: a spreadsheet's CSV (index, start, end, speaker, text), whole-second times "
                           f"of an older cut ({how['offset']:+.2f} s), two speakers' names")
    elif spec.transcript == "json":
        built.page, how = captions_json(built.made.segments, spec.seed + 123)
        built.derived = {"change": "a captioning service's JSON timed on an older cut", "changed": [], **how}
        built.notes.append(f"transcript: a captioning service's JSON (Whisper's shape), times of an older cut "
                           f"({how['offset']:+.2f} s, each +-0.2 s)")
    else:
        return a15.transcript(built, spec, name)
    a14.a7.check_reads_back(built.page, built.made.segments, name)
    return built


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = a10._placed(spec)
    made = spoil(made, spec, spec.which)
    own = (lambda m: spaced_pair(m, spec.seed + 124)) if spec.pair else None
    return stored_and_transcribed(made, spec, name, store_codec, transcript, own)
