"""A nineteenth aside set nobody has tuned to (``dx_*``, English), and dev twins made the same way (``rd62_*``).

``az_*`` .. ``ex_*`` have each been run once and looked at.  Allison Smith's telephone prompts are still the only
real English voice with text and truth (benchmarks/README.md lists every source looked for; this round's short look
at ``svxlink-server`` and ``mgetty-voice`` found no sound in either), so the real talks say the ``nx_*`` pool again,
with new seeds, around sounds and shapes no set had.  What is new (checked against the eighteen sets' "What is new"
lists in benchmarks/README.md and the dev families; a podcast jingle and music ducked between lines, slap-back and
a PA, feedback, laughs, coughs and sneezes, plosive pops, breaths, telephone bands switching between lines and a
5.1 soundtrack were all built before and are not here):

* **a four-track field recorder**: a four-channel WAV at 48 kHz -- a lavalier track, two room microphones that hear
  the voice 6-16 ms later, duller and under the room's own noise, and a track that holds only wind on its screen
  and handling -- which the aligner hears as swresample's fold of all four (:func:`field_recorder`);
* **a speaker clearing the throat** in the pause just before a line or just after one: a creaky, irregular
  voiced rasp of 0.3-0.7 s in two or three pushes, close to the microphone (:func:`throat_clears`);
* **a voice with a tremor**: an older speaker's 4.5-7 Hz tremolo (the level swinging 20-40 %) and vibrato (the
  pitch swinging 1-1.6 %, by a delay line swinging under a millisecond: no line moves) (:func:`tremor`);
* **mouth clicks and lip smacks**: the short clicks a close microphone hears as the lips part before a line and
  as the tongue leaves the palate after one, 50-350 ms from the edge (:func:`mouth_clicks`);
* **a video call whose codec switches band inside lines**: every 1.5-6 s, whether a line is going on or not, the
  call flips between wideband (50-7000 Hz) and narrowband (300-3400 Hz) with a 2-4 dB level step (zero-phase: no
  delay) (:func:`band_flips`);
* containers no case had: **64-bit float PCM in AIFF-C** (``.aifc``) and **PCM in Nintendo's AST stream format**
  (``.ast``, 16-bit big-endian) (:data:`CODECS`);
* voices no set used: espeak-ng ``en-us+grandpa``, ``en-gb+Diogo``, ``en-us+Henrique``, ``en-gb-x-rp+Pablo``;
  flite ``rms`` x0.65 and ``slt`` x1.65; festival ``ked`` x0.8.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech; the clicks, the throat and the recorder's extra tracks are laid on, the
tremor's delay swings under a millisecond, the band flips are zero-phase; the field recorder's and the containers'
delays are measured and moved into the truth (aside9_cases.store_codec's way).

``dx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside19``).

    apt-get install sox espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts \\
        asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside19 --check     # make the dx_* cases; their truth only
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside9_cases as a9
import aside10_cases as a10
import aside16_cases as a16
import aside18_cases as a18
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, kept_as_decoded, ready_spec, stored_and_transcribed
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_lines, _times, _moved_by = a18._lines, a18._times, a18._moved_by
_band, _spread, _lay = a18._band, a18._spread, a18._lay


def _gaps(made: Made) -> list[tuple[float, float]]:
    """Each line's free time before its start and after its end (s): to the neighbour's edge, or the file's."""
    lines = _lines(made)
    total = len(made.samples) / RATE
    out = []
    for k, s in enumerate(lines):
        before = s["start"] - (lines[k - 1]["end"] if k else 0.0)
        after = (lines[k + 1]["start"] if k + 1 < len(lines) else total) - s["end"]
        out.append((before, after))
    return out


# ------------------------------------------------------------------ a voice with a tremor
def tremor(made: Made, seed: int) -> Made:
    """The voice with an older speaker's tremor: its level swings 20-40 % (peak to mean) at 4.5-7 Hz and its pitch
    1-1.6 % at the same rate, the pitch by a delay line swinging around 0.5 ms (a delay of d(t) = D(1 + sin) moves
    the pitch by 2 pi f D; nothing moves by more than 2 D, under a millisecond).  The rate wanders +-10 % over
    seconds, as a tremor does.  Applied to the voice before the room: the truth stays."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    rate = prng.uniform(4.5, 7.0)
    depth = prng.uniform(0.2, 0.4)
    pitch = prng.uniform(0.010, 0.016)
    n = len(made.samples)
    t = np.arange(n) / RATE
    wander = 1.0 + 0.1 * np.sin(2 * np.pi * t / prng.uniform(5.0, 9.0) + prng.uniform(0, 6.28))
    phase = 2 * np.pi * np.cumsum(rate * wander) / RATE + rng.uniform(0, 6.28)
    swing = pitch / (2 * np.pi * rate)  # D in seconds
    delay = swing * (1.0 + np.sin(phase)) * RATE  # in samples, 0 .. 2D
    x = made.samples.astype(np.float64)
    pos = np.arange(n) - delay
    y = np.interp(pos, np.arange(n), x, left=0.0, right=0.0)
    y = y * (1.0 + depth * np.sin(phase + 0.6))
    note = (f"a voice with a tremor: the level swinging {100 * depth:.0f} % and the pitch {100 * pitch:.1f} % at "
            f"{rate:.1f} Hz (+-10 % wander); a delay line of at most {2000 * swing:.2f} ms makes the pitch swing")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a speaker clearing the throat
def _ahem(rng: np.random.Generator) -> np.ndarray:
    """One clearing of the throat: two or three pushes of 0.1-0.25 s, each a creaky, irregular glottal buzz (40-110
    Hz, each period jittered 25 %) with turbulent noise, shaped by a throat's resonances (250-2500 Hz), a sharp
    attack and a falling tail.  Unit RMS."""
    parts = []
    for _ in range(int(rng.integers(2, 4))):
        m = int(rng.uniform(0.1, 0.25) * RATE)
        buzz = np.zeros(m)
        i = 0.0
        f0 = rng.uniform(40.0, 110.0)
        while i < m:
            buzz[int(i)] = 1.0
            i += RATE / f0 * rng.uniform(0.75, 1.25)
        noise = rng.normal(size=m) * 0.35
        x = sc.lowpass(buzz * 6.0 + noise, 2500.0)
        x = x - sc.lowpass(x, 250.0)
        u = np.arange(m) / m
        x = x * np.minimum(1.0, u / 0.08) * np.exp(-2.5 * u)
        parts.append(x)
        parts.append(np.zeros(int(rng.uniform(0.03, 0.09) * RATE)))
    y = np.concatenate(parts[:-1])
    return (y / (np.sqrt(np.mean(y ** 2)) + 1e-12)).astype(np.float32)


def throat_clears(made: Made, seed: int, count: int) -> Made:
    """``count`` clearings of the throat, spread over the talk, in turn in the pause just before a line (ending
    0.12-0.4 s before its start) and just after one (beginning 0.15-0.4 s after its end), 0-6 dB under the
    speech's RMS (the speaker is at the microphone).  A line whose pause is too short for it, or already holds one,
    is passed over (another in its band is tried).  Laid on, inside pauses only: no line moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    y = made.samples.copy()
    lines = _lines(made)
    gaps = _gaps(made)
    speech = a4.speech_rms(made)
    where, taken = [], []
    for c in range(count):
        x = _ahem(rng)
        length = len(x) / RATE
        before = c % 2 == 0
        band = _spread(lines, count, c)
        for k in prng.sample(band, len(band)):
            margin = prng.uniform(0.12, 0.4) if before else prng.uniform(0.15, 0.4)
            free = gaps[k][0] if before else gaps[k][1]
            at = lines[k]["start"] - margin - length if before else lines[k]["end"] + margin
            if free >= length + margin + 0.15 and all(at + length + 0.2 < a or at > b + 0.2 for a, b in taken):
                break
        else:
            continue
        taken.append((at, at + length))
        db = prng.uniform(0.0, 6.0)
        _lay(y, x * speech * 10 ** (-db / 20), at)
        where.append(f"{at:.2f}-{at + length:.2f} s ({'before' if before else 'after'} line {k}, {db:.1f} dB under)")
    note = (f"the speaker clearing the throat {_times(len(where))} in the pause next to a line (a creaky rasp in two "
            "or three pushes): " + ", ".join(where))
    return Made(y, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ mouth clicks and lip smacks
def _click(rng: np.random.Generator) -> np.ndarray:
    """A mouth click: 2-6 ms of broadband crack (most of it 1-6 kHz), sometimes doubled 10-30 ms later (a smack).
    Peak 1."""
    m = int(rng.uniform(0.002, 0.006) * RATE)
    z = rng.normal(size=m) * np.exp(-np.arange(m) / (m / 3))
    z = z - sc.lowpass(z, 1000.0)
    x = np.concatenate([z, np.zeros(int(0.04 * RATE))])
    if rng.uniform() < 0.5:
        i = int(rng.uniform(0.01, 0.03) * RATE)
        x[i:i + m] += rng.uniform(0.4, 0.9) * z
    return (x / (np.max(np.abs(x)) + 1e-12)).astype(np.float32)


def mouth_clicks(made: Made, seed: int, share: float) -> Made:
    """Mouth clicks at ``share`` of the line starts (50-350 ms before the voice: the lips parting) and half that
    share of the line ends (80-350 ms after: the tongue leaving the palate), each 6-16 dB under the speech's peaks;
    only where the pause holds it.  Laid on: no line moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    y = made.samples.copy()
    peak = float(np.percentile(np.abs(made.samples), 99.9))
    lines = _lines(made)
    gaps = _gaps(made)
    starts = ends = 0
    for k, s in enumerate(lines):
        if prng.uniform(0, 1) < share:
            lead = prng.uniform(0.05, 0.35)
            if gaps[k][0] > lead + 0.1:
                _lay(y, _click(rng) * peak * 10 ** (-prng.uniform(6.0, 16.0) / 20), s["start"] - lead)
                starts += 1
        if prng.uniform(0, 1) < share / 2:
            lag = prng.uniform(0.08, 0.35)
            if gaps[k][1] > lag + 0.15:
                _lay(y, _click(rng) * peak * 10 ** (-prng.uniform(6.0, 16.0) / 20), s["end"] + lag)
                ends += 1
    note = (f"mouth clicks and lip smacks before {starts} line starts (50-350 ms ahead) and after {ends} line ends "
            f"(80-350 ms on), 6-16 dB under the speech's peaks")
    return Made(y, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a call switching band inside lines
def band_flips(made: Made, seed: int) -> Made:
    """The talk through a video call whose codec flips between wideband (50-7000 Hz) and narrowband (300-3400 Hz)
    every 1.5-6 s, whenever the network says so (inside lines as often as not), the narrow stretches 2-4 dB
    louder or softer, each switch a 20 ms crossfade.  Both bands are zero-phase FFT masks: nothing moves."""
    prng = random.Random(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    wide = _band(x, 50.0, 7000.0)
    narrow = _band(x, 300.0, 3400.0)
    mask = np.zeros(n)
    at, narrow_now, flips, spans = 0.0, prng.random() < 0.5, 0, []
    while at < n / RATE:
        length = prng.uniform(1.5, 6.0)
        if narrow_now:
            gain = 10 ** (prng.choice((-1, 1)) * prng.uniform(2.0, 4.0) / 20)
            mask[int(at * RATE):int((at + length) * RATE)] = gain
            spans.append(f"{at:.1f}-{min(at + length, n / RATE):.1f}")
        at += length
        narrow_now = not narrow_now
        flips += 1
    fade = int(0.02 * RATE)
    level = np.convolve((mask > 0).astype(np.float64), np.ones(fade) / fade, mode="same")
    gain = np.convolve(np.where(mask > 0, mask, 1.0), np.ones(fade) / fade, mode="same")
    y = (1.0 - level) * wide + level * narrow * gain
    note = (f"a video call whose codec switches band {flips - 1} times, inside lines as often as not (wideband "
            f"50-7000 Hz, narrowband 300-3400 Hz 2-4 dB louder or softer, 20 ms crossfades); narrow at "
            + ", ".join(spans) + " s")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a four-track field recorder
FIELD_RATE = 48000


def _handling(n: int, rng: np.random.Generator) -> np.ndarray:
    """What a field recorder's spare track hears: wind on its screen (low noise under 300 Hz in gusts of 2-6 s)
    and handling (dull thumps every 3-12 s, the recorder shifted in a hand).  Unit RMS."""
    t = np.arange(n) / RATE
    wind = sc.lowpass(rng.normal(size=n), 300.0)
    gust = np.ones(n) * 0.3
    for at in rng.uniform(0, n / RATE, max(1, int(n / RATE / 5))):
        gust += np.exp(-(((t - at) / rng.uniform(1.0, 3.0)) ** 2))
    y = wind / (np.sqrt(np.mean(wind ** 2)) + 1e-12) * gust
    at = rng.uniform(0.5, 4.0)
    while at < n / RATE:
        m = int(0.08 * RATE)
        thump = sc.lowpass(rng.normal(size=m), 200.0) * np.exp(-np.arange(m) / (0.015 * RATE))
        i = int(at * RATE)
        y[i:i + m] += (thump / (np.max(np.abs(thump)) + 1e-12) * 4.0)[:max(0, n - i)]
        at += rng.uniform(3.0, 12.0)
    return (y / (np.sqrt(np.mean(y ** 2)) + 1e-12)).astype(np.float32)


def field_recorder(made: Made, seed: int) -> tuple[Made, tuple[str, bytes]]:
    """The talk as a four-track field recorder keeps it, one WAV of four channels at 48 kHz: track 1 the lavalier
    (the talk as spoiled so far); tracks 2 and 3 two room microphones a few metres off, hearing the voice 6-16 ms
    later (each its own delay), duller (under 4 kHz) and 6-10 dB down, under the room's murmur 12-18 dB under the
    speech; track 4 only wind on its screen and handling, 0-6 dB under the speech.  The aligner hears swresample's
    fold of all four; the truth moves by the delay measured between the talk and what it reads of the lavalier
    track alone (the voice's first arrival)."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    speech = a4.speech_rms(made)
    tracks, lags = [x], []
    for _ in range(2):
        lag = int(prng.uniform(0.006, 0.016) * RATE)
        lags.append(lag / RATE)
        room = np.concatenate([np.zeros(lag), sc.lowpass(x, 4000.0)[:n - lag]]) * 10 ** (-prng.uniform(6.0, 10.0) / 20)
        murmur = sc.background(n, "murmur", rng).astype(np.float64) * speech * 10 ** (-prng.uniform(12.0, 18.0) / 20)
        tracks.append(room + murmur)
    spare_db = prng.uniform(0.0, 6.0)
    tracks.append(_handling(n, rng).astype(np.float64) * speech * 10 ** (-spare_db / 20))
    chans = np.vstack([a9.sox(tr.astype(np.float32), [], RATE, FIELD_RATE) for tr in tracks])
    top = float(np.max(np.abs(chans)))
    if top > 0.95:
        chans = chans * (0.95 / top)
    data, suffix = a18._pcm_bytes(chans, FIELD_RATE, "wav", "pcm_s16le", "quad"), "4ch.wav"
    y = uc.decode(data, suffix)
    # the delay the file and the fold add, measured on the lavalier alone (the same file with the other tracks
    # silent): the room microphones' late copies would pull a lag measured on the fold off the voice's first arrival
    alone = a18._pcm_bytes(chans * np.array([[1.0], [0.0], [0.0], [0.0]]), FIELD_RATE, "wav", "pcm_s16le", "quad")
    move = uc.codec_lag(made.samples, uc.decode(alone, suffix)) / RATE
    out = _moved_by(made, move, y)
    out.notes.append(f"stored as a four-track field recorder's WAV (four channels at 48 kHz): the lavalier, two room "
                     f"microphones ({1000 * lags[0]:.0f} and {1000 * lags[1]:.0f} ms later, duller, under a murmur), "
                     f"a track of wind and handling only ({spare_db:.1f} dB under the speech); folded to mono by "
                     f"aligner.audio.decode; delay measured as {1000 * move:+.1f} ms")
    return out, (suffix, data)


# ------------------------------------------------------------------ containers
#: Containers no case had: kind -> (suffix, container, codec, rate, muxer options, what the notes call it).
CODECS = {"aifc64": ("aifc", "aiff", "pcm_f64be", 16000, None, "64-bit float big-endian PCM in AIFF-C"),
          "ast": ("ast", "ast", "pcm_s16be_planar", 16000, None, "16-bit big-endian PCM in Nintendo's AST stream")}


def store_codec(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
    """The talk in one of :data:`CODECS`: the file, the samples aligner.audio.decode reads from it, the truth moved
    by the delay measured between the two (aside9_cases.store_codec's way)."""
    suffix, fmt, codec, rate, options, what = CODECS[kind]
    x = made.samples if rate == RATE else a9.sox(made.samples, [], RATE, rate)
    data = a18._pcm_bytes(np.asarray(x, np.float64).reshape(1, -1), rate, fmt, codec, "mono", options)
    y = uc.decode(data, suffix)
    move = uc.codec_lag(made.samples, y) / RATE
    out = _moved_by(made, move, y)
    out.notes.append(f"stored as .{suffix} ({codec}: {what}, written with PyAV); truth on the timeline "
                     f"aligner.audio.decode reads, the delay measured as {1000 * move:+.1f} ms")
    return out, (suffix, data)


def decoded_through(made: Made, kind: str, seed: int = 0) -> Made:
    """A language talk through a container (or the field recorder, drawn from ``seed``: ``kind`` "tracks"), kept as
    the samples decoded from it (bench_languages.py reads ``audio.wav``)."""
    return kept_as_decoded((field_recorder(made, seed) if kind == "tracks" else store_codec(made, kind))[0])


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class NineteenthSpoilers(a18.EighteenthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside18_cases.EighteenthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside19_languages.LangSpec)."""

    tremor: bool = False  #: a voice with a tremor
    ahem: int = 0  #: clearings of the throat in the pauses next to lines
    clicks: float = 0.0  #: the share of line starts with a mouth click before them (half as many ends after)
    flips: bool = False  #: a video call switching between wide and narrow band inside lines
    tracks: bool = False  #: stored as a four-track field recorder's WAV (folded to mono by the aligner)


@dataclass
class Spec(a10.Spec, NineteenthSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript, voices, shift, room, seed) with
    this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd62_real_ahem_clicks_page_aifc64": Spec(d, "real", "page", real=R(91801, 16, wideband=True, snr_db=q,
                                                                             gap=(0.5, 1.4)),
                                                  room=("pink", 32), seed=91811, ahem=4, clicks=0.6, codec="aifc64"),
        "rd62_real_tremor_flips_dashes_ast": Spec(d, "real", "dashes", real=R(91802, 16, wideband=True, snr_db=q,
                                                                              gap=(0.4, 1.3)),
                                                  room=("murmur", 20), seed=91812, tremor=True, flips=True,
                                                  codec="ast"),
        "rd62_real_tracks_plain": Spec(d, "real", real=R(91803, 16, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                       room=("fan", 30), seed=91813, tracks=True),
        "rd62_flite_tremor_clicks_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "rms", 0.67), Voice(F, "slt", 1.62)], 91401, 91501, 10, pause=(0.4, 1.2),
                           turn=2)], room=("pink", 32), seed=91814, tremor=True, clicks=0.7),
        "rd62_espeak_flips_ahem_tracks": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Henrique", 1.05)], 91403, 91503, 10, pause=(0.5, 1.3))],
            room=("murmur", 18), seed=91816, flips=True, ahem=3, tracks=True),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside19)
        "dx_real_ahem_page": Spec(a, "real", "page", real=R(91101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                  room=("murmur", 20), seed=91201, ahem=5),
        "dx_real_tremor_plain_aifc64": Spec(a, "real", real=R(91102, 16, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                            room=("pink", 30), seed=91202, tremor=True, codec="aifc64"),
        "dx_real_clicks_dashes_ast": Spec(a, "real", "dashes", real=R(91103, 16, wideband=True, snr_db=q,
                                                                      gap=(0.3, 1.3)),
                                          room=("fan", 30), seed=91203, clicks=0.7, codec="ast"),
        "dx_real_tracks_srt": Spec(a, "real", "srt", real=R(91104, 16, wideband=False, snr_db=q, gap=(0.4, 1.4)),
                                   room=("pink", 32), seed=91204, tracks=True),
        "dx_real_flips_clicks_vtt": Spec(a, "real", "vtt", real=R(91105, 16, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.5)),
                                         room=("murmur", 18), seed=91205, flips=True, clicks=0.5),
        "dx_real_long_mix_ast": Spec(a, "real", "page", real=R(91106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.1, repeats=2),
                                     room=("pink", 26), seed=91206, tremor=True, ahem=8, clicks=0.5, flips=True,
                                     codec="ast"),
        "dx_flite_tremor_ahem_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "rms", 0.65), Voice(F, "slt", 1.65)], 91404, 91504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 32), seed=91211, tremor=True, ahem=3),
        "dx_festival_clicks_tracks_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 0.8), Voice(FEST, "slt_hts", 1.0)], 91405, 91505, 10,
                           pause=(0.3, 1.1), turn=1)], room=("fan", 30), seed=91212, clicks=0.7, tracks=True),
        "dx_espeak_flips_ahem_page": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us+grandpa", 1.0), Voice(E, "en-gb+Diogo", 1.1)], 91406, 91506, 10,
                           pause=(0.5, 1.3), turn=3)], room=("murmur", 18), seed=91213, flips=True, ahem=3),
        "dx_espeak_tremor_clicks_aifc64": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+Pablo", 1.1), Voice(F, "rms", 1.0)], 91407, 91507, 10,
                           pause=(0.3, 1.2), turn=2)], room=("pink", 32), seed=91215, tremor=True, clicks=0.6,
            codec="aifc64"),
    }


DEV_NAMES = ["rd62_real_ahem_clicks_page_aifc64", "rd62_real_tremor_flips_dashes_ast", "rd62_real_tracks_plain",
             "rd62_flite_tremor_clicks_page", "rd62_espeak_flips_ahem_tracks"]
ASIDE_NAMES = ["dx_real_ahem_page", "dx_real_tremor_plain_aifc64", "dx_real_clicks_dashes_ast", "dx_real_tracks_srt",
               "dx_real_flips_clicks_vtt", "dx_real_long_mix_ast", "dx_flite_tremor_ahem_plain",
               "dx_festival_clicks_tracks_dashes", "dx_espeak_flips_ahem_page", "dx_espeak_tremor_clicks_aifc64"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return a10.needs(catalogue()[name])


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen: the tremor (in the voice itself); the speaker's own sounds (the
    throat, the mouth) in the room with the voice; aside18_cases.spoil's (..., the room's noise, ...); the call's
    band last (it carries everything the microphone heard)."""
    if spec.tremor:
        made = tremor(made, spec.seed + 150)
    if spec.ahem:
        made = throat_clears(made, spec.seed + 151, spec.ahem)
    if spec.clicks:
        made = mouth_clicks(made, spec.seed + 152, spec.clicks)
    made = a18.spoil(made, spec, which, floor, lang)
    if spec.flips:
        made = band_flips(made, spec.seed + 153)
    return a4.headroom(made)


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = a10._placed(spec)
    made = spoil(made, spec, spec.which)
    own = (lambda m: field_recorder(m, spec.seed + 154)) if spec.tracks else None
    return stored_and_transcribed(made, spec, name, store_codec, a16.transcript, own)
