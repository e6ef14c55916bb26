"""A twenty-second aside set nobody has tuned to (``tx_*``, English), and dev twins made the same way (``rd65_*``).

``az_*`` .. ``cx_*`` have each been run once and looked at (``jx_*``, the twenty-first, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth (benchmarks/README.md lists
every source looked for; this round's ``apt-cache search`` found nothing new), so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the twenty-one sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md and the dev families; a PA with a slap
echo, a hall's RT60 up to 2.2 s, music ducked under every line, PA feedback, a noise gate, applause and cheers, a
fast reader with no pauses, a lavalier's rustle and a telephone's band were built before and are not here):

* **a Bluetooth headset's voice link**: the hands-free profile's narrow band (8 kHz) coded as CVSD, the 1-bit delta
  modulation at 64 kHz the headset sends over the air (syllabic step adaptation: slope overload on every loud,
  bright onset, granular noise in the quiet), with the air link's bit errors (0.1-0.5 % of bits, no retransmission
  on a voice link) (:func:`bluetooth_headset`);
* **a two-way radio's push-to-talk**: each line keyed on the handset 150-350 ms before it begins and released
  80-250 ms after it ends; while keyed, narrow-band FM (300-3000 Hz, the deviation limiter clipping the peaks, the
  channel's hiss); when released, the receiver's **squelch tail** -- a burst of loud noise, 100-220 ms, as loud as the
  speech, right after each line's end -- and some radios' roger beep; between overs the receiver is squelched: the
  room heard before goes, the listener's own quiet room stays (:func:`two_way_radio`);
* **a voice through a megaphone, heard outdoors**: the horn's band (450-4000 Hz, two horn resonances), its small
  amplifier driven into clipping (4-8 % of the voice's samples), no room at all -- open air -- but one reflection off
  a building's face 30-70 ms later (:func:`megaphone`);
* **a small untreated room's modes**: the axial modes under 300 Hz of a box room or a home office (2-3.6 m walls
  that hardly absorb the lows) ringing 60 dB down in 0.3-0.6 s -- a boom at the room's own pitches that builds up
  inside each line and rings on 100-300 ms after it, while the highs stop with the voice (:func:`room_modes`);
* containers no case had: **AMR-NB 12.2 kb/s in a 3GP** (``.3gp``: a phone's voice-memo app; AMR was in a raw
  ``.amr`` at 7.95 kb/s before, never in 3GP) and **WMA v2 in a Windows Media video** (``.wmv``: a lecture-capture
  system's recording, a WMV2 picture stream before the sound; WMA was in ``.wma`` files before) (:data:`CODECS`);
* voices at speeds they never had: flite ``kal`` x1.72 and ``rms`` x0.6, festival ``ked`` x0.6 and ``kal`` x1.7.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  The CVSD coder is causal and tracks the voice within a sample or two at
64 kHz (its lag measured, under 0.1 ms); the radio's key is down before each line and up after it, its band
zero-phase, its limiter a clipper of peaks inside lines, the squelch tail after the key-up; the megaphone's band and
resonances are zero-phase, its clipping sample by sample, the facade's reflection later than the voice; the room's
modes are causal resonators, ringing only after the voice that excites them; the containers' delays are measured
and moved into the truth (aside9_cases.store_codec's way).

``tx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside22``).

    apt-get install sox espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k \\
        asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside22 --check     # make the tx_* cases; their truth only
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside9_cases as a9
import aside10_cases as a10
import aside18_cases as a18
import aside21_cases as a21
import synth_cases as sc
import unseen_cases as uc
from aside_common import encoded_bytes, english_case, generated_talk, kept_as_decoded, stored_as
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_lines, _band = a18._lines, a18._band


def _fitted(y: np.ndarray, n: int) -> np.ndarray:
    """``y`` cut or padded with zeros to ``n`` samples (a resampler's round trip may be a sample long or short)."""
    return y[:n] if len(y) >= n else np.concatenate([y, np.zeros(n - len(y), y.dtype)])


# ------------------------------------------------------------------ a Bluetooth headset's CVSD link
CVSD_RATE = 64000  #: the hands-free profile's CVSD: one bit a sample at 64 kHz (an 8 kHz voice oversampled 8 times)
#: The Bluetooth core specification's CVSD parameters, on a 16-bit scale: the accumulator's and the step's decay,
#: the least and the most step, the accumulator's bounds.
CVSD_H, CVSD_BETA, CVSD_MIN, CVSD_MAX, CVSD_Y = 1 - 1 / 32, 1 - 1 / 1024, 10.0, 1280.0, 32767.0


def cvsd(x: np.ndarray, bit_errors: float = 0.0, seed: int = 0) -> np.ndarray:
    """``x`` (at :data:`CVSD_RATE`, on a 16-bit scale) coded as CVSD and decoded again: each bit says whether the
    input is over the accumulator's estimate; after four equal bits in a row the step grows by the least step (up
    to the most), else it decays; the estimate leaks toward zero.  ``bit_errors`` of the bits flipped on the way
    (the decoder follows the flipped bits, the encoder does not know).  Causal: the decoded estimate follows the
    input a sample or two behind, further only where the input rises faster than the largest step (slope
    overload)."""
    rng = np.random.default_rng(seed)
    flips = (rng.random(len(x)) < bit_errors) if bit_errors else np.zeros(len(x), bool)
    h, beta, dmin, dmax, ymax = CVSD_H, CVSD_BETA, CVSD_MIN, CVSD_MAX, CVSD_Y
    out = np.empty(len(x))
    enc_y = dec_y = 0.0
    enc_d = dec_d = dmin
    enc_run = dec_run = 0  # the last four bits, one a binary digit
    for i, (v, flip) in enumerate(zip(x.tolist(), flips.tolist())):
        bit = 1 if v >= h * enc_y else 0
        enc_run = ((enc_run << 1) | bit) & 15
        enc_d = min(enc_d + dmin, dmax) if enc_run in (0, 15) else max(beta * enc_d, dmin)
        enc_y = min(max(h * enc_y + (enc_d if bit else -enc_d), -ymax), ymax)
        got = bit ^ flip
        dec_run = ((dec_run << 1) | got) & 15
        dec_d = min(dec_d + dmin, dmax) if dec_run in (0, 15) else max(beta * dec_d, dmin)
        dec_y = min(max(h * dec_y + (dec_d if got else -dec_d), -ymax), ymax)
        out[i] = dec_y
    return out


def bluetooth_headset(made: Made, seed: int) -> Made:
    """The talk as a Bluetooth headset sends it on a call (the hands-free profile's narrow-band link): the
    microphone's signal brought to the headset's level (speech at -22 to -18 dBFS), to 8 kHz and up to 64 kHz (the
    band stops at 4 kHz), CVSD-coded (:func:`cvsd`) with 0.1-0.5 % of the bits flipped by the air link, decoded,
    and back to 16 kHz through 8 kHz.  The resamplers are linear-phase with their delay taken out (sox) and the coder
    is causal: the voice is where it was (lag measured under 0.1 ms); the level is given back."""
    prng = random.Random(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    speech = a4.speech_rms(made)
    level_db = prng.uniform(-22.0, -18.0)
    scale = 32767.0 * 10 ** (level_db / 20) / (speech + 1e-12)
    narrow = a9.sox((x * scale / 32767.0).astype(np.float32), [], RATE, 8000)
    wide = a9.sox(narrow, [], 8000, CVSD_RATE).astype(np.float64) * 32767.0
    errors = prng.uniform(0.001, 0.005)
    decoded = cvsd(wide, errors, seed)
    back = a9.sox((decoded / 32767.0).astype(np.float32), [], CVSD_RATE, 8000)
    y = _fitted(a9.sox(back, [], 8000, RATE).astype(np.float64), n) / scale * 32767.0
    note = (f"a Bluetooth headset's voice link: 8 kHz, CVSD at 64 kb/s (speech at {level_db:.0f} dBFS into the "
            f"coder: slope overload on loud onsets, granular noise in the quiet), {100 * errors:.2f} % of the bits "
            f"flipped on the air")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a two-way radio's push-to-talk
def _ramp_mask(n: int, spans: list[tuple[int, int]], ramp: int) -> np.ndarray:
    """1 inside each (start, stop) sample span, 0 outside, with ``ramp``-sample raised-cosine edges inside the span
    (the gain is full from ``start + ramp`` to ``stop - ramp``)."""
    m = np.zeros(n)
    edge = 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, ramp))
    for a, b in spans:
        a, b = max(0, a), min(n, b)
        if b - a <= 2 * ramp:
            continue
        m[a:b] = 1.0
        m[a:a + ramp] = edge
        m[b - ramp:b] = edge[::-1]
    return m


def two_way_radio(made: Made, seed: int) -> Made:
    """The talk relayed by a two-way radio whose talker keys it for each line (push-to-talk) and a recorder beside
    the receiving radio.  The key goes down 150-350 ms before each line begins and comes up 80-250 ms after it ends
    (two lines closer than that are one over).  While keyed the receiver plays narrow-band FM: what the handset's
    microphone heard (the talker's room with it) in 300-3000 Hz (zero-phase), its peaks clipped by the deviation
    limiter (the loudest 1-3 % of the keyed samples), the channel's hiss 22-30 dB under the speech.  At each key-up
    the carrier drops before the squelch closes: the squelch tail, a burst of noise (300-5000 Hz) 100-220 ms long
    and 0-4 dB over the speech's level; on some radios a roger beep (1-1.6 kHz, 120 ms, 6 dB under) comes first.
    Between overs the receiver is squelched: only the listener's own quiet room (45 dB under) is heard, and a
    key-down's thump (10 ms, 20 dB under) opens each over.  The voice is inside its over, the band is zero-phase and
    the clipper cuts peaks where they are: nothing moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    lines = _lines(made)
    overs: list[list[float]] = []
    for s in lines:
        down, up = s["start"] - prng.uniform(0.15, 0.35), s["end"] + prng.uniform(0.08, 0.25)
        if overs and down < overs[-1][1] + 0.35:  # released and keyed again at once: one over
            overs[-1][1] = max(overs[-1][1], up)
        else:
            overs.append([max(0.0, down), up])
    ramp = int(0.004 * RATE)
    spans = [(int(a * RATE), min(n, int(b * RATE))) for a, b in overs]
    keyed = _ramp_mask(n, spans, ramp)
    voice = _band(x, 300.0, 3000.0)
    inside = keyed > 0.999
    share = prng.uniform(1.0, 3.0)
    limit = float(np.percentile(np.abs(voice[inside]), 100 - share)) if inside.any() else 1.0
    voice = np.clip(voice, -limit, limit)
    out_speech = sc._rms(np.concatenate([voice[int(s["start"] * RATE):int(s["end"] * RATE)] for s in lines]))
    hiss_db = prng.uniform(22.0, 30.0)
    hiss = _band(rng.normal(size=n), 300.0, 3000.0)
    hiss *= out_speech * 10 ** (-hiss_db / 20) / (sc._rms(hiss) + 1e-12)
    y = (voice + hiss) * keyed
    beep = prng.random() < 0.5
    beep_hz = prng.uniform(1000.0, 1600.0)
    tail_db = prng.uniform(0.0, 4.0)
    tails = []
    for a, b in spans:
        at = b
        if beep:  # the roger beep, then the tail
            m = min(int(0.12 * RATE), n - at)
            if m > 2 * ramp:
                t = np.arange(m) / RATE
                y[at:at + m] += (np.sin(2 * np.pi * beep_hz * t) * np.sqrt(2) * out_speech * 10 ** (-6 / 20)
                                 * _ramp_mask(m, [(0, m)], ramp))
            at += m
        length = prng.uniform(0.10, 0.22)
        m = min(int(length * RATE), n - at)
        if m > 2 * ramp:
            burst = _band(rng.normal(size=m), 300.0, 5000.0)
            burst *= out_speech * 10 ** (tail_db / 20) / (sc._rms(burst) + 1e-12)
            y[at:at + m] += burst * _ramp_mask(m, [(0, m)], ramp)
            tails.append(length)
        m = min(int(0.010 * RATE), n - a)  # the key-down's thump at the over's start
        if m > 0:
            thump = np.sin(2 * np.pi * 60 * np.arange(m) / RATE) * np.hanning(m)
            y[a:a + m] += thump * out_speech * np.sqrt(2) * 10 ** (-20 / 20)
    room = sc.lowpass(rng.normal(size=n), 4000.0)
    y += room / (sc._rms(room) + 1e-12) * out_speech * 10 ** (-45 / 20)
    note = (f"a two-way radio's push-to-talk: {len(overs)} overs, keyed before each line and released after; "
            f"narrow-band FM (300-3000 Hz, {share:.1f} % clipped, hiss {hiss_db:.0f} dB under); "
            f"{'a roger beep (%.0f Hz) and ' % beep_hz if beep else ''}a squelch tail "
            f"{1000 * min(tails, default=0):.0f}-{1000 * max(tails, default=0):.0f} ms, {tail_db:+.1f} dB, after "
            f"each over; squelched between")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a megaphone outdoors
def _peak(f: np.ndarray, centre: float, gain_db: float, q: float) -> np.ndarray:
    """A resonance's gain (linear) at frequencies ``f``: ``gain_db`` at ``centre``, falling off with width
    ``centre / q`` (zero-phase: a magnitude only)."""
    return 10 ** (gain_db / 20 / (1.0 + ((f - centre) / (centre / q)) ** 2))


def megaphone(made: Made, seed: int) -> Made:
    """The talker speaking into a megaphone out of doors, recorded 10-20 m away: its microphone (200-5000 Hz) into a
    small amplifier driven into a hard clip (the loudest 4-8 % of the voice's samples), then the driver and the horn,
    which pass 450-4000 Hz with two resonances (+6 dB near 1.1-1.4 kHz and +5 dB near 2.4-3.0 kHz) and take the
    clip's harmonics above; every filter zero-phase.  In the open air there is no room to speak of, only
    one reflection off a building's face 30-70 ms later and 6-10 dB under.  The megaphone is the voice's only
    way to the recorder, so this comes before the room's noise (the street's) is laid.  Nothing comes earlier than
    the voice; nothing moves."""
    prng = random.Random(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    lines = _lines(made)
    voiced = np.zeros(n, bool)
    for s in lines:
        voiced[int(s["start"] * RATE):int(s["end"] * RATE)] = True
    heard = _band(x, 200.0, 5000.0)  # the megaphone's own microphone
    share = prng.uniform(4.0, 8.0)
    limit = float(np.percentile(np.abs(heard[voiced]), 100 - share)) if voiced.any() else 1.0
    driven = np.clip(heard, -limit, limit)  # the amplifier, then the driver and the horn
    f = np.fft.rfftfreq(n, 1 / RATE)
    low, high = 450.0, 4000.0
    first, second = prng.uniform(1100.0, 1400.0), prng.uniform(2400.0, 3000.0)
    shape = ((1.0 / (1.0 + (f / high) ** 8)) * (1.0 - 1.0 / (1.0 + (f / low) ** 8))
             * _peak(f, first, 6.0, 4.0) * _peak(f, second, 5.0, 5.0))
    y = np.fft.irfft(np.fft.rfft(driven) * shape, n)
    delay, under = prng.uniform(0.030, 0.070), prng.uniform(6.0, 10.0)
    d = int(round(delay * RATE))
    y[d:] += y[:-d] * 10 ** (-under / 20)
    speech, now = a4.speech_rms(made), sc._rms(y[voiced]) if voiced.any() else 1.0
    y *= speech / (now + 1e-12)
    note = (f"the voice through a megaphone out of doors: the horn's 450-4000 Hz with resonances near {first:.0f} "
            f"and {second:.0f} Hz, clipped ({share:.1f} % of the voice's samples), a building's reflection "
            f"{1000 * d / RATE:.0f} ms later and {under:.1f} dB under")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a small untreated room's modes
SOUND_SPEED = 343.0  #: m/s


def room_modes(made: Made, seed: int) -> Made:
    """The talker in a small untreated room (a box room or a home office: 2.4-3.6 m by 2.0-3.0 m, 2.3-2.6 m high)
    whose bare walls hardly absorb the low frequencies: each axial mode under 300 Hz (``n * c / 2L`` along each
    side) rings as a decaying sine (60 dB in 0.3-0.6 s), excited by the voice -- a boom that builds up inside each
    line and rings on 100-300 ms after it ends, at the room's own pitches, while the highs stop with the voice.
    The modes' sound, taken together, is 4-8 dB under the voice inside the lines.  Each mode's response starts at
    zero and rises (a causal resonator, no ringing before what excites it): nothing comes earlier than the voice;
    the truth stays on the dry voice, as a room's tail never moved it."""
    prng = random.Random(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    sides = (prng.uniform(2.4, 3.6), prng.uniform(2.0, 3.0), prng.uniform(2.3, 2.6))
    modes = sorted(k * SOUND_SPEED / (2 * side) for side in sides for k in range(1, 6)
                   if k * SOUND_SPEED / (2 * side) < 300.0)
    decays = [prng.uniform(0.3, 0.6) for _ in modes]
    t = np.arange(int(max(decays) * RATE)) / RATE
    h = np.zeros(len(t))
    for f, decay in zip(modes, decays):
        h += prng.uniform(0.5, 1.0) * np.exp(-6.91 * t / decay) * np.sin(2 * np.pi * f * t)
    boom = sc.convolve(x, h).astype(np.float64)
    lines = _lines(made)
    voiced = np.zeros(n, bool)
    for s in lines:
        voiced[int(s["start"] * RATE):int(s["end"] * RATE)] = True
    under = prng.uniform(4.0, 8.0)
    level = sc._rms(boom[voiced]) if voiced.any() else sc._rms(boom)
    boom *= a4.speech_rms(made) * 10 ** (-under / 20) / (level + 1e-12)
    y = x + boom
    note = (f"a small untreated room ({sides[0]:.1f} x {sides[1]:.1f} x {sides[2]:.1f} m): {len(modes)} axial modes "
            f"under 300 Hz ({', '.join(f'{f:.0f}' for f in modes[:4])} Hz ...) ringing 60 dB down in "
            f"{min(decays):.2f}-{max(decays):.2f} s, {under:.1f} dB under the voice")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ containers
#: Containers no case had: kind -> (suffix, muxer, codec, bit rate, rate, frame, picture encoder, what the notes say).
CODECS = {"3gp": ("3gp", "3gp", "libopencore_amrnb", 12200, 8000, 160, None,
                  "AMR-NB (12.2 kb/s, 8 kHz) in a 3GP file, a phone's voice memo"),
          "wmv": ("wmv", "asf", "wmav2", 64000, 44100, 2048, "wmv2",
                  "WMA v2 (64 kb/s, 44.1 kHz) in a Windows Media video with a WMV2 picture, a lecture capture")}


def _codec_bytes(made: Made, kind: str) -> bytes:
    """The talk in one of :data:`CODECS` (mono, resampled by sox), written by PyAV with bit-exact muxing (no
    creation time or version string that would change the bytes from one build to the next)."""
    _suffix, fmt, codec, bits, rate, step, picture, _what = CODECS[kind]
    x = a9.sox(made.samples, [], RATE, rate)
    pcm = (np.clip(x, -1.0, 1.0) * 32767).astype(np.int16)
    return encoded_bytes(pcm, rate, fmt, codec, bits, step, options={"fflags": "+bitexact"}, video=picture)


def store_codec(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
    """The talk in one of :data:`CODECS`: the file, the samples aligner.audio.decode reads from it, the truth moved
    by the delay measured between the two (:func:`aside_common.stored_as`)."""
    return stored_as(made, CODECS[kind][0], CODECS[kind][-1], _codec_bytes(made, kind))


def decoded_through(made: Made, kind: str) -> Made:
    """A language talk through a container, kept as the samples decoded from it (bench_languages.py reads
    ``audio.wav``)."""
    return kept_as_decoded(store_codec(made, kind)[0])


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TwentySecondSpoilers(a21.TwentyFirstSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside21_cases.TwentyFirstSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside22_languages.LangSpec)."""

    bt: bool = False  #: sent over a Bluetooth headset's CVSD voice link
    ptt: bool = False  #: relayed by a two-way radio keyed for each line (squelch tails after them)
    horn: bool = False  #: said into a megaphone out of doors
    modes: bool = False  #: said in a small untreated room whose low modes boom and ring on


@dataclass
class Spec(a10.Spec, TwentySecondSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript, voices, shift, room, seed) with
    this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd65_real_bt_page_3gp": Spec(d, "real", "page", real=R(97801, 16, wideband=True, snr_db=q, gap=(0.5, 1.4)),
                                      room=("pink", 36), seed=97811, bt=True, codec="3gp"),
        "rd65_real_horn_dashes_wmv": Spec(d, "real", "dashes", real=R(97802, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.5)),
                                          room=("murmur", 30), seed=97812, horn=True, codec="wmv"),
        "rd65_real_ptt_plain": Spec(d, "real", real=R(97803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4)),
                                    room=("fan", 36), seed=97813, ptt=True),
        "rd65_flite_ptt_horn_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 1.68), Voice(F, "rms", 0.62)], 97401, 97501, 10, pause=(0.4, 1.2),
                           turn=2)], room=("murmur", 34), seed=97814, ptt=True, horn=True),
        "rd65_espeak_modes_bt": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Edward", 1.0)], 97403, 97503, 10, pause=(0.5, 1.4))],
            room=("pink", 32), seed=97816, modes=True, bt=True),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside22)
        "tx_real_bt_page": Spec(a, "real", "page", real=R(97101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                room=("murmur", 30), seed=97201, bt=True),
        "tx_real_ptt_plain_3gp": Spec(a, "real", real=R(97102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                      room=("pink", 36), seed=97202, ptt=True, codec="3gp"),
        "tx_real_horn_dashes": Spec(a, "real", "dashes", real=R(97103, 16, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                    room=("murmur", 28), seed=97203, horn=True),
        "tx_real_bt_srt": Spec(a, "real", "srt", real=R(97104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                               room=("pink", 38), seed=97204, bt=True),
        "tx_real_horn_vtt_wmv": Spec(a, "real", "vtt", real=R(97105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                     room=("fan", 34), seed=97205, horn=True, codec="wmv"),
        "tx_real_long_mix_wmv": Spec(a, "real", "page", real=R(97106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.1, repeats=2),
                                     room=("pink", 40), seed=97206, bt=True, ptt=True, codec="wmv"),
        "tx_real_modes_dashes": Spec(a, "real", "dashes", real=R(97107, 16, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                     room=("pink", 38), seed=97207, modes=True),
        "tx_flite_ptt_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 1.72), Voice(F, "rms", 0.6)], 97404, 97504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=97211, ptt=True),
        "tx_festival_horn_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 0.6), Voice(FEST, "kal", 1.7)], 97405, 97505, 10,
                           pause=(0.3, 1.1), turn=1)], room=("murmur", 30), seed=97212, horn=True),
        "tx_espeak_bt_page_3gp": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb+Linda", 1.0), Voice(E, "en-us+Michael", 0.9)], 97406, 97506, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 30), seed=97213, bt=True, codec="3gp"),
        "tx_espeak_horn_ptt": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+Edward", 0.9), Voice(F, "awb", 1.0)], 97407, 97507, 10,
                           pause=(0.4, 1.2), turn=2)], room=("fan", 36), seed=97215, horn=True, ptt=True),
    }


DEV_NAMES = ["rd65_real_bt_page_3gp", "rd65_real_horn_dashes_wmv", "rd65_real_ptt_plain", "rd65_flite_ptt_horn_page",
             "rd65_espeak_modes_bt"]
ASIDE_NAMES = ["tx_real_bt_page", "tx_real_ptt_plain_3gp", "tx_real_horn_dashes", "tx_real_bt_srt",
               "tx_real_horn_vtt_wmv", "tx_real_long_mix_wmv", "tx_real_modes_dashes", "tx_flite_ptt_plain",
               "tx_festival_horn_dashes", "tx_espeak_bt_page_3gp", "tx_espeak_horn_ptt"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return a10.needs(catalogue()[name])


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen: the megaphone (the voice's only way out, before the street's noise is
    laid) or the small room's modes (on the voice in the room); aside21_cases.spoil's (the room's noise among them,
    none of its own switched on); the Bluetooth headset's link (what its microphone heard, sent to the phone); the
    two-way radio (the handset's microphone -- or the call it relays -- keyed line by line) last."""
    if spec.horn:
        made = megaphone(made, spec.seed + 180)
    if spec.modes:
        made = room_modes(made, spec.seed + 183)
    made = a21.spoil(made, spec, which, floor, lang)
    if spec.bt:
        made = bluetooth_headset(made, spec.seed + 181)
    if spec.ptt:
        made = two_way_radio(made, spec.seed + 182)
    return a4.headroom(made)


def make(name: str) -> uc.Built:
    """The case's audio, truth and transcript (aside_common.english_case)."""
    return english_case(name, sys.modules[__name__])
