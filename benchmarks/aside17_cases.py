"""A seventeenth aside set nobody has tuned to (``fx_*``, English), and dev twins made the same way (``rd60_*``).

``az_*`` .. ``gx_*`` have each been run once and looked at.  Allison Smith's telephone prompts are still the only
real English voice with text and truth (benchmarks/README.md lists every source looked for; this round's look found
nothing new either), so the real talks say the ``nx_*`` pool again, with new seeds, around sounds and shapes no set
had.  What is new (checked against the sixteen sets' "What is new" lists in benchmarks/README.md and the dev
families; restarts, a side-chained music bed, a lavalier's rustle, clipping, long silences, gain controls, typing,
pages, speaker labels, stage directions and drifting SubRip were all built before and are not here):

* **a broadcaster's censor bleeps**: a 1 kHz tone put *in place of* 0.25-0.5 s inside a line (never within 0.35 s
  of its edges), at the speech's level; the transcript keeps the words (:func:`bleeps`);
* **a speaker who trails off**: on a share of the lines the voice falls 9-14 dB over the line's last 0.5-0.9 s (the
  voice, not the room: the noise laid on later stays) (:func:`trailing_off`);
* **a mobile phone's radio interference** ("GSM buzz"): bursts of 1.5-5 s of the 217 Hz TDMA pulse train (577 us
  pulses, every 26th frame idle) that a phone near the microphone's cable puts into the recording, 8-13 dB under
  the speech, across line edges (:func:`gsm_buzz`);
* **a stereo recorder with one capsule wired upside down**: a stereo WAV from a coincident pair whose right capsule's
  polarity is inverted (2-3 dB down, duller); the aligner's fold-down to mono subtracts the direct sounds (under
  3-4.5 kHz the voice falls 11-14 dB more than the fold's 6) while the room's tails, different at each capsule, stay
  (:func:`inverted_capsule`); the sixteenth set's spaced pair was a comb, this is a cancellation;
* **a dictaphone that halves its rate without a filter**: every other sample kept (8 kHz), so 4-8 kHz folds back
  into the speech band (sibilants and the room's hiss alias), then stored at 16 kHz (:func:`aliased`);
* codecs and containers no case had: **Ogg Vorbis** (PyAV's own encoder, told it may be "experimental"), **FLAC** at
  48 kHz, **DVD LPCM in a VOB** (MPEG program stream, 48 kHz), **Creative Voice** (``.voc``) and **IRCAM** (``.sf``,
  32-bit float) (:data:`CODECS`);
* voices at speeds they never had: flite ``awb`` x0.6 and ``kal16`` x1.7, festival ``slt_hts`` x0.6 and ``kal``
  x1.65.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech; the bleeps replace sound inside lines, the trailing voice keeps its span,
the buzz is laid on, none moves a line; the inverted capsule's fold-down has no delay (checked by reading the file
back); the dictaphone's resampling and the codecs' delays are measured and moved into the truth (aside9_cases.
store_codec's way).

``fx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside17``).

    apt-get install sox espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts \\
        asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside17 --check     # make the fx_* cases; their truth only
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside5_cases as a5
import aside9_cases as a9
import aside10_cases as a10
import aside14_cases as a14
import aside16_cases as a16
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, kept_as_decoded, ready_spec, stored_and_transcribed
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_lines, _times = a14._lines, a14._times


def _moved_by(made: Made, move: float, samples: np.ndarray) -> Made:
    """``made`` on the timeline of ``samples``: every truth time ``move`` seconds later."""

    def moved(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(d["start"] + move, 4), end=round(d["end"] + move, 4))

    return Made(samples, [moved(s) for s in made.segments], list(made.notes), [moved(w) for w in made.words])


# ------------------------------------------------------------------ a broadcaster's censor bleeps
def bleeps(made: Made, seed: int, count: int, under_db: float = 1.0) -> Made:
    """``count`` lines, spread over the talk, each with one stretch of 0.25-0.5 s inside it (never within 0.35 s of
    its edges) replaced by a 1 kHz tone (5 ms ramps) ``under_db`` under the speech's RMS: a broadcaster bleeping a
    word.  The transcript keeps the words; no line moves.  Lines too short for it are passed over."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 10 ** (-under_db / 20) * np.sqrt(2)
    lines = _lines(made)
    fit = [k for k, s in enumerate(lines) if s["end"] - s["start"] >= 1.3]
    chosen = []
    for c in range(min(count, len(fit))):
        band = fit[len(fit) * c // count: max(len(fit) * c // count + 1, len(fit) * (c + 1) // count)]
        chosen.append(prng.choice(band))
    said = []
    for k in chosen:
        s = lines[k]
        length = prng.uniform(0.25, 0.5)
        at = prng.uniform(s["start"] + 0.35, max(s["start"] + 0.35, s["end"] - 0.35 - length))
        i, m = int(at * RATE), int(length * RATE)
        t = np.arange(m) / RATE
        ramp = np.minimum(1.0, np.minimum(t, t[::-1]) / 0.005)
        tone = level * np.sin(2 * np.pi * 1000.0 * t)
        y[i:i + m] = (y[i:i + m] * (1.0 - ramp) + tone * ramp).astype(np.float32)
        said.append(f"line {k} {at:.2f}-{at + length:.2f} s")
    note = (f"a broadcaster's censor bleeps {_times(len(chosen))} (a 1 kHz tone in place of the sound, "
            f"{under_db:g} dB under the speech; the transcript keeps the words): " + ", ".join(said))
    return Made(y, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a speaker who trails off
def trailing_off(made: Made, seed: int, share: float) -> Made:
    """The speaker lets the voice fall at the end of ``share`` of the lines (chosen by the seed): over a line's last
    0.5-0.9 s (at most 60 % of it) the gain falls smoothly (in dB, linear) to 9-14 dB down at its end.  Applied to
    the dry voices, before any room: nothing after a line's end is touched and no line moves."""
    prng = random.Random(seed)
    y = made.samples.copy()
    lines = _lines(made)
    picked = sorted(prng.sample(range(len(lines)), max(1, round(share * len(lines)))))
    for k in picked:
        s = lines[k]
        length = min(prng.uniform(0.5, 0.9), 0.6 * (s["end"] - s["start"]))
        depth = prng.uniform(9.0, 14.0)
        b = int(round(s["end"] * RATE))
        a = max(0, b - int(length * RATE))
        gain = 10 ** (-depth * np.linspace(0.0, 1.0, b - a) / 20)
        y[a:b] = (y[a:b] * gain).astype(np.float32)
    note = (f"the speaker trails off at the end of {len(picked)} of {len(lines)} lines (the voice falls 9-14 dB "
            f"over the last 0.5-0.9 s): lines {picked}")
    return Made(y, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a mobile phone's radio interference
def gsm_pulses(seconds: float, seed: int) -> np.ndarray:
    """What a GSM phone's transmitter puts into a nearby microphone cable, demodulated: a 577 us pulse each 4.615 ms
    TDMA frame (217 Hz), every 26th frame idle (the 8.3 Hz beat), the pulses' edges rounded by the preamp (band
    120-6000 Hz); the bursts' strength flickers a little.  Unit RMS."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    t = np.arange(n) / RATE
    frame = 4.615e-3
    k = np.floor(t / frame).astype(int)
    on = ((t - k * frame) < 577e-6) & (k % 26 != 25)
    x = on.astype(np.float64)
    x = sc.lowpass(x, 6000.0)
    x = x - sc.lowpass(x, 120.0)
    x = x * (1.0 + 0.15 * np.sin(2 * np.pi * rng.uniform(0.3, 0.8) * t + rng.uniform(0, 6.28)))
    return (x / (np.sqrt(np.mean(x ** 2)) + 1e-12)).astype(np.float32)


def gsm_buzz(made: Made, seed: int, count: int, under_db: float = 10.5) -> Made:
    """``count`` bursts of :func:`gsm_pulses`, 1.5-5 s each (20 ms fades), 8-13 dB under the speech's RMS, spread
    over the talk: in turn one running across a line's start and one across a line's end, never into the last (at
    least 0.5 s apart: a burst that would is drawn again, and left out if eight draws fail).  Laid on: no line
    moves."""
    prng = random.Random(seed)
    y = made.samples.copy()
    speech = a4.speech_rms(made)
    lines = _lines(made)
    where = []
    free = 0.0  # where the last burst ended, and 0.5 s after: bursts never run into each other
    for c in range(count):
        band = list(range(len(lines) * c // count, max(len(lines) * c // count + 1, len(lines) * (c + 1) // count)))
        for _ in range(8):  # a burst that would run into the last is drawn again (another line of the band)
            k = prng.choice(band)
            length = prng.uniform(1.5, 5.0)
            edge = lines[k]["start"] if c % 2 == 0 else lines[k]["end"]
            at = max(0.0, edge - prng.uniform(0.3, length - 0.3))
            if at >= free:
                break
        else:
            continue
        free = at + length + 0.5
        x = gsm_pulses(length, seed * 10 + c)
        m = len(x)
        fade = np.minimum(1.0, np.minimum(np.arange(m), np.arange(m)[::-1]) / (0.02 * RATE))
        x = x * fade * speech * 10 ** (-prng.uniform(under_db - 2.5, under_db + 2.5) / 20)
        i = int(at * RATE)
        m = min(m, len(y) - i)
        y[i:i + m] += x[:m].astype(np.float32)
        where.append(f"{at:.1f}-{at + length:.1f} s (across line {k}'s {'start' if c % 2 == 0 else 'end'})")
    note = (f"a mobile phone's radio interference (GSM buzz: 217 Hz TDMA pulses) {_times(len(where))}, "
            f"{under_db - 2.5:g}-{under_db + 2.5:g} dB under the speech: " + ", ".join(where))
    return Made(y, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a stereo recorder, one capsule wired upside down
def _room_tail(x: np.ndarray, rt60: float, rng: np.random.Generator) -> np.ndarray:
    """What a capsule hears of the room alone: ``x`` through synth_cases.room_impulse without its direct sound."""
    h = sc.room_impulse(rt60, rng)
    h[0] = 0.0
    return sc.convolve(x, h)


def inverted_capsule(made: Made, seed: int) -> tuple[Made, tuple[str, bytes]]:
    """The talk from a stereo recorder's coincident pair (an XY pair: both capsules at one point, so no delay between
    them) whose right capsule is wired with its polarity inverted, stored as a stereo WAV.  Left: the talk and the
    room's tail (RT60 0.4-0.6 s).  Right: the talk 2-3 dB down and duller (off axis: nothing over 3-4.5 kHz), upside
    down, and a room tail of its own (the diffuse sound differs at each capsule), with its own hiss 45 dB under the
    speech.  The aligner's fold-down to mono subtracts the direct sounds: under 3-4.5 kHz the direct voice falls
    11-14 dB more than the fold's 6, over it only the fold's 6 dB, and the room's two tails, which do not cancel,
    stand about as loud as what is left of the voice there: a thin, hollow, roomy voice.  Nothing is delayed (zero-
    phase filters, coincident capsules): the truth stays where it was, checked by reading the file back as the
    aligner does (its channels' mean, sample for sample)."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    down = prng.uniform(2.0, 3.0)
    cutoff = prng.uniform(3000.0, 4500.0)
    rt60 = prng.uniform(0.4, 0.6)
    g = 10 ** (-down / 20)
    x = made.samples.astype(np.float64)
    left = x + _room_tail(made.samples, rt60, rng)
    right = -g * (sc.lowpass(x, cutoff) + _room_tail(made.samples, rt60, rng))
    right = right + rng.normal(size=len(right)) * a4.speech_rms(made) * 10 ** (-45 / 20)
    top = max(float(np.max(np.abs(left))), float(np.max(np.abs(right))), 1e-9)
    if top > 0.95:  # one gain for both channels: no sample clips
        left, right = left * (0.95 / top), right * (0.95 / top)
    data, suffix = a5.stereo_wav(left.astype(np.float32), right.astype(np.float32)), "xy.wav"
    y = uc.decode(data, suffix)
    # no delay anywhere (a coincident pair, zero-phase filters): what the aligner reads must be the two channels'
    # mean sample for sample.  Not measured by cross-correlation: on a fold-down this hollow the room's tails can
    # outweigh the voice and the peak lands tens of ms off (27.7 ms on one synthesized talk)
    pcm = np.frombuffer(data[44:], "<i2").reshape(-1, 2).astype(np.float64) / 32768
    if len(y) != len(pcm) or np.abs(y - pcm.mean(axis=1)).max() > 2 / 32768:
        raise RuntimeError("aligner.audio.decode no longer reads a stereo WAV as its channels' mean")
    out = _moved_by(made, 0.0, y)
    out.notes.append(f"stored as a stereo WAV from a coincident (XY) pair whose right capsule is wired with its "
                     f"polarity inverted: right the talk {down:.1f} dB down, nothing over {cutoff:.0f} Hz, upside "
                     f"down; each capsule its own room tail (RT60 {rt60:.2f} s); folded to mono the direct sounds "
                     f"subtract under {cutoff:.0f} Hz; truth on the timeline aligner.audio.decode reads (its mean "
                     f"of the two channels, no delay)")
    return out, (suffix, data)


# ------------------------------------------------------------------ a dictaphone without an anti-alias filter
def aliased(made: Made) -> Made:
    """A dictaphone that records at 8 kHz by keeping every other sample (no filter first: 4-8 kHz folds back into
    0-4 kHz), stored at 16 kHz by sox's resampler; the truth moved by the delay measured between the two."""
    y8 = np.ascontiguousarray(made.samples[::2])
    y = a9.sox(y8, [], 8000, RATE)[:len(made.samples)]
    move = uc.codec_lag(made.samples, y) / RATE
    out = _moved_by(made, move, y.astype(np.float32))
    out.notes.append(f"a dictaphone's 8 kHz with no anti-alias filter (every other sample kept: 4-8 kHz folded into "
                     f"the speech band), stored at 16 kHz; delay measured as {1000 * move:+.1f} ms")
    return out


# ------------------------------------------------------------------ codecs
#: Codecs and containers no case had: kind -> (suffix, container, codec, bits a second, rate, frame).
CODECS = {"vorbis": ("ogg", "ogg", "vorbis", 48000, 16000, 1024),
          "flac": ("flac", "flac", "flac", 0, 48000, 4096),
          "vob": ("vob", "vob", "pcm_dvd", 0, 48000, 1024),
          "voc": ("voc", "voc", "pcm_s16le", 0, 16000, 1024),
          "ircam": ("sf", "ircam", "pcm_f32le", 0, 16000, 1024)}
#: What the notes call them.
CODEC_NAMES = {"vorbis": "Ogg Vorbis, 48 kb/s", "flac": "FLAC at 48 kHz, lossless",
               "vob": "DVD LPCM in a VOB (MPEG program stream) at 48 kHz", "voc": "16-bit PCM in Creative Voice",
               "ircam": "32-bit float in an IRCAM sound file"}


def _vorbis_bytes(pcm: np.ndarray, kind: str) -> bytes:
    """16-bit mono samples as Ogg Vorbis: PyAV's own Vorbis encoder (the only one here) is marked "experimental" and
    must be told so (``strict -2``); it takes two channels (the same samples in both: the fold-down is the talk)."""
    import av

    _suffix, fmt, codec, bits, rate, step = CODECS[kind]
    x = pcm.astype(np.float32) / 32768
    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt, options={"fflags": "+bitexact"}) as c:
        s = c.add_stream(codec, rate=rate, options={"strict": "-2"})
        s.layout = "stereo"
        s.bit_rate = bits
        for i in range(0, len(x), step):
            part = x[i:i + step]
            frame = av.AudioFrame.from_ndarray(np.vstack([part, part]), format="fltp", layout="stereo")
            frame.sample_rate = rate
            frame.pts = i
            for p in s.encode(frame):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return buf.getvalue()


def store_codec(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
    """The talk through one of :data:`CODECS` (aside9_cases.store_codec: the file, the samples aligner.audio.decode
    reads from it, the truth moved by the codec's delay, measured); Vorbis through :func:`_vorbis_bytes`."""
    suffix, _fmt, codec, bits, rate, _step = CODECS[kind]
    if kind == "vorbis":
        data = _vorbis_bytes((np.clip(made.samples, -1.0, 1.0) * 32767).astype(np.int16), kind)
        y = uc.decode(data, suffix)
        move = uc.codec_lag(made.samples, y) / RATE
        coded = _moved_by(made, move, y)
        file = (suffix, data)
    else:
        coded, file = a9.store_codec(made, kind, CODECS)
        move = None
    what = CODEC_NAMES[kind]
    delay = coded.notes[-1].rsplit("measured as ", 1)[-1] if move is None else f"{1000 * move:+.1f} ms"
    notes = made.notes + [f"stored as .{suffix} ({codec}: {what}, encoded with PyAV); truth on the timeline "
                          f"aligner.audio.decode reads, the codec's delay measured as {delay}"]
    return Made(coded.samples, coded.segments, notes, coded.words), file


def decoded_through(made: Made, kind: str) -> Made:
    """A language talk through a codec, kept as the samples decoded from it (aside9_cases.decoded_through's way)."""
    return kept_as_decoded(store_codec(made, kind)[0])


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class SeventeenthSpoilers(a16.SixteenthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside16_cases.SixteenthSpoilers'; ``codec`` from
    :data:`CODECS`): an English case's and a language talk's (aside17_languages.LangSpec)."""

    bleeps: int = 0  #: censor bleeps inside this many lines
    trailing: float = 0.0  #: the share of lines whose end the speaker lets fall
    buzz: int = 0  #: bursts of a mobile phone's radio interference
    inverted: bool = False  #: stored as a stereo WAV from an XY pair with one capsule wired upside down
    aliased: bool = False  #: a dictaphone's 8 kHz without an anti-alias filter


@dataclass
class Spec(a10.Spec, SeventeenthSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript, voices, shift, room, seed) with
    this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd60_real_bleeps_trailing_flac": Spec(d, "real", "page", real=R(71801, 16, wideband=True, snr_db=q,
                                                                          gap=(0.4, 1.3)),
                                               room=("pink", 32), seed=71811, bleeps=4, trailing=0.5, codec="flac"),
        "rd60_real_buzz_inverted_dashes": Spec(d, "real", "dashes", real=R(71802, 16, wideband=True, snr_db=q,
                                                                           gap=(0.5, 1.4)),
                                               room=("murmur", 20), seed=71812, buzz=4, inverted=True),
        "rd60_real_aliased_plain_vorbis": Spec(d, "real", real=R(71803, 16, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                               room=("fan", 30), seed=71813, aliased=True, codec="vorbis"),
        "rd60_flite_trailing_buzz_vob": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 0.62), Voice(F, "kal16", 1.68)], 71401, 71501, 10, pause=(0.4, 1.2),
                           turn=2)], room=("pink", 32), seed=71814, trailing=0.5, buzz=3, codec="vob"),
        "rd60_festival_bleeps_aliased_voc": Spec(d, "synth", recordings=[
            generated_talk([Voice(FEST, "kal", 1.62), Voice(FEST, "slt_hts", 0.62)], 71402, 71502, 10,
                           pause=(0.4, 1.2), turn=1)], room=("fan", 30), seed=71815, bleeps=3, aliased=True,
            codec="voc"),
        "rd60_espeak_trailing_ircam": Spec(d, "synth", "dashes", recordings=[
            generated_talk([Voice(E, "en-us+m4", 1.1)], 71403, 71503, 10, pause=(0.4, 1.2))],
            room=("murmur", 18), seed=71816, trailing=0.4, codec="ircam"),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside17)
        "fx_real_bleeps_page": Spec(a, "real", "page", real=R(71101, 16, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                    room=("murmur", 20), seed=71201, bleeps=5),
        "fx_real_trailing_plain_flac": Spec(a, "real", real=R(71102, 16, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                            room=("pink", 30), seed=71202, trailing=0.5, codec="flac"),
        "fx_real_buzz_dashes_vorbis": Spec(a, "real", "dashes", real=R(71103, 16, wideband=True, snr_db=q,
                                                                       gap=(0.3, 1.3)),
                                           room=("fan", 30), seed=71203, buzz=5, codec="vorbis"),
        "fx_real_inverted_srt": Spec(a, "real", "srt", real=R(71104, 16, wideband=False, snr_db=q, gap=(0.4, 1.4)),
                                     room=("pink", 32), seed=71204, inverted=True),
        "fx_real_aliased_bleeps_vtt_voc": Spec(a, "real", "vtt", real=R(71105, 16, wideband=True, snr_db=q,
                                                                        gap=(0.5, 1.5)),
                                               room=("murmur", 18), seed=71205, aliased=True, bleeps=3, codec="voc"),
        "fx_real_long_mix_vob": Spec(a, "real", "page", real=R(71106, 90, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.1, repeats=2),
                                     room=("pink", 26), seed=71206, bleeps=6, trailing=0.3, buzz=6, codec="vob"),
        "fx_flite_trailing_buzz_ircam": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 0.6), Voice(F, "kal16", 1.7)], 71404, 71504, 10, pause=(0.3, 1.2),
                           turn=2)], room=("pink", 32), seed=71211, trailing=0.5, buzz=4, codec="ircam"),
        "fx_festival_bleeps_inverted": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 0.6), Voice(FEST, "kal", 1.65)], 71405, 71505, 10,
                           pause=(0.3, 1.1), turn=1)], room=("fan", 30), seed=71212, bleeps=4, inverted=True),
        "fx_espeak_aliased_trailing_flac": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb+m4", 1.0), Voice(E, "en-us+f4", 1.1)], 71406, 71506, 10,
                           pause=(0.4, 1.3), turn=3)], room=("murmur", 18), seed=71213, aliased=True, trailing=0.5,
            codec="flac"),
        "fx_espeak_buzz_bleeps_vorbis": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-us+m6", 1.15), Voice(F, "awb", 0.6)], 71407, 71507, 10,
                           pause=(0.3, 1.2), turn=2)], room=("pink", 32), seed=71215, buzz=4, bleeps=3,
            codec="vorbis"),
    }


DEV_NAMES = ["rd60_real_bleeps_trailing_flac", "rd60_real_buzz_inverted_dashes", "rd60_real_aliased_plain_vorbis",
             "rd60_flite_trailing_buzz_vob", "rd60_festival_bleeps_aliased_voc", "rd60_espeak_trailing_ircam"]
ASIDE_NAMES = ["fx_real_bleeps_page", "fx_real_trailing_plain_flac", "fx_real_buzz_dashes_vorbis",
               "fx_real_inverted_srt", "fx_real_aliased_bleeps_vtt_voc", "fx_real_long_mix_vob",
               "fx_flite_trailing_buzz_ircam", "fx_festival_bleeps_inverted", "fx_espeak_aliased_trailing_flac",
               "fx_espeak_buzz_bleeps_vorbis"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return a10.needs(catalogue()[name])


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen: the speaker trailing off (the voice itself); aside16_cases.spoil's
    (..., the room's noise); the phone's interference in the cable; the broadcaster's bleeps last (over all of it)."""
    if spec.trailing:
        made = trailing_off(made, spec.seed + 130, spec.trailing)
    made = a16.spoil(made, spec, which, floor, lang)
    if spec.buzz:
        made = gsm_buzz(made, spec.seed + 131, spec.buzz)
    if spec.bleeps:
        made = bleeps(made, spec.seed + 132, spec.bleeps)
    return a4.headroom(made)


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = a10._placed(spec)
    made = spoil(made, spec, spec.which)
    if spec.aliased:
        made = aliased(made)
    own = (lambda m: inverted_capsule(m, spec.seed + 134)) if spec.inverted else None
    return stored_and_transcribed(made, spec, name, store_codec, a16.transcript, own)
