"""A twentieth aside set nobody has tuned to (``cx_*``, English), and dev twins made the same way (``rd63_*``).

``az_*`` .. ``dx_*`` have each been run once and looked at.  Allison Smith's telephone prompts are still the only
real English voice with text and truth (benchmarks/README.md lists every source looked for; this round's
``apt-cache search`` for voice, spoken and sounds found only packages earlier rounds opened), so the real talks say
the ``nx_*`` pool again, with new seeds, around sounds and recording chains no set had.  What is new (checked against
the nineteen sets' "What is new" lists in benchmarks/README.md and the dev families; a PA's slap echo, music ducked
under speech, rain, a fan, tones, a child's pitch, OCR'd text, digits said as words, a phone ringing over a line,
breaths, Opus in WebM, AC-3 in its own file and MP2 were all built before and are not here):

* **two recorders mixed that drift apart**: the lavalier and a camera's own microphone (duller, roomier, 4-9 dB
  under), lined up by the editor at the start, the camera's track running 0.1 % slow (an NTSC pull-down nobody
  undid), so its copy of the voice lags 2-10 ms at first and a whole 0.1 % of the elapsed time more as the talk
  goes on: a comb at first, a slap-back by the end (:func:`drifting_pair`);
* **a cassette's print-through**: the tape's neighbouring turns magnetise each other in storage, so every sound is
  heard again, faintly, one turn of the spool (1.3-2.0 s) *before* it (the pre-echo, 24-32 dB under) and after it
  (4-8 dB weaker still): a ghost of each line's first words in the pause before it (:func:`print_through`);
* **a talk edited together from takes**: lines recorded in sittings of 1-4 lines, each with its own room tone
  (another kind of bed, 26-42 dB under) and its own voice level (+-2.5 dB), cut hard in the pauses (5 ms
  crossfades), so the pause's noise steps up or down somewhere between two lines (:func:`edited_takes`);
* **a lacquer transcription disc**: the talk cut to a 33 1/3 rpm disc and played back -- the band of an old cutter
  (100-6500 Hz), surface hiss, dense crackle (8-25 ticks a second, a few of them pops), a scratch that ticks once a
  revolution (every 1.8 s), and the turntable's rumble (:func:`transcription_disc`);
* **a simultaneous interpreter heard from the booth**: another voice saying each line in another language 1.2-2.4 s
  after it begins, thin (a headset's leak, 300-3800 Hz) and 13-19 dB under, so a line's end is followed by foreign
  words the transcript lacks (:func:`interpreter`);
* containers no case had: **Blu-ray LPCM in an M2TS stream** (``.m2ts``, 48 kHz stereo, 16-bit) and **AC-3 carried
  as S/PDIF (IEC 61937) in a WAV** (``.spdif.wav``: what capturing a player's digital output gives; the file's
  header says 16-bit PCM) (:data:`CODECS`);
* voices at speeds they never had: flite ``awb`` x1.75 and ``kal16`` x0.6, festival ``slt_hts`` x1.65 (``ked`` x1.35
  lies inside the speeds it had).

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech; the camera's copy is always later and quieter than the lavalier, the
ghosts and the disc's noises are laid on, the bands are zero-phase, the takes' beds and gains are steps in the
pauses and in level only; the containers' delays are measured and moved into the truth (aside9_cases.store_codec's
way).

``cx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside20``).

    apt-get install sox espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts \\
        asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside20 --check     # make the cx_* cases; their truth only
"""

from __future__ import annotations

import io
import random
import sys
import struct
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside9_cases as a9
import aside10_cases as a10
import aside18_cases as a18
import aside19_cases as a19
import synth_cases as sc
import unseen_cases as uc
from aside_common import english_case, generated_talk, kept_as_decoded, stored_as
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_lines, _times = a18._lines, a18._times
_band, _lay = a18._band, a18._lay


def _delayed(x: np.ndarray, delay: np.ndarray) -> np.ndarray:
    """``x`` read ``delay`` samples late (a delay that may change sample by sample; linear interpolation)."""
    n = len(x)
    return np.interp(np.arange(n) - delay, np.arange(n), x, left=0.0, right=0.0)


# ------------------------------------------------------------------ two recorders that drift apart
#: How much slower the camera's clock runs: an NTSC pull-down (30 -> 29.97 frames a second) nobody undid.
PULL_DOWN = 0.001


def _causal_lowpass(x: np.ndarray, cutoff: float, taps: int = 33) -> tuple[np.ndarray, float]:
    """``x`` through a short linear-phase FIR lowpass applied causally (a microphone hears nothing before a sound
    reaches it; a zero-phase filter would ring ahead of each onset), and the filter's delay (samples)."""
    k = np.arange(taps) - (taps - 1) / 2
    h = np.sinc(2 * cutoff / RATE * k) * np.hamming(taps)
    return np.convolve(x, h / h.sum())[:len(x)], (taps - 1) / 2


def drifting_pair(made: Made, seed: int) -> Made:
    """The lavalier mixed with a camera's own microphone, lined up by the editor at the start (2-10 ms apart: a clap
    read by eye), the camera's track running :data:`PULL_DOWN` slow, so its copy lags 0.1 % of the elapsed time more
    as the talk goes on.  The camera hears the voice duller (under 3.5-5 kHz, a causal filter whose own delay is
    counted in the lag) and roomier (a 0.3-0.5 s room), 4-9 dB under the lavalier.  Its copy is always the later and
    quieter one, nothing of it more than a millisecond ahead of its lag: the truth is the lavalier's."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    first = prng.uniform(0.002, 0.010)
    dull, own = _causal_lowpass(x, prng.uniform(3500.0, 5000.0))
    delay = (first + PULL_DOWN * np.arange(n) / RATE) * RATE - own
    camera = sc.convolve(dull, sc.room_impulse(prng.uniform(0.3, 0.5), rng))
    camera = _delayed(np.asarray(camera[:n], np.float64), delay)
    under = prng.uniform(4.0, 9.0)
    y = x + camera * 10 ** (-under / 20)
    last = first + PULL_DOWN * n / RATE
    note = (f"two recorders mixed that drift apart: the lavalier and a camera's microphone {under:.1f} dB under "
            f"(duller, roomier), {1000 * first:.0f} ms late at the start and {1000 * last:.0f} ms late at the end "
            f"(its clock {100 * PULL_DOWN:.1f} % slow)")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a cassette's print-through
def print_through(made: Made, seed: int) -> Made:
    """Every sound again one turn of the spool (1.3-2.0 s) before it, 24-32 dB under (the pre-echo: the outer turn
    printed onto the one wound over it), and the same time after it, 4-8 dB weaker still; the ghosts lose their
    lows and highs (200-4000 Hz, zero-phase).  Laid on: nothing moves."""
    prng = random.Random(seed)
    x = made.samples.astype(np.float64)
    turn = prng.uniform(1.3, 2.0)
    pre_db = prng.uniform(24.0, 32.0)
    post_db = pre_db + prng.uniform(4.0, 8.0)
    ghost = _band(x, 200.0, 4000.0)
    m = int(turn * RATE)
    y = x.copy()
    y[:-m] += ghost[m:] * 10 ** (-pre_db / 20)
    y[m:] += ghost[:-m] * 10 ** (-post_db / 20)
    note = (f"a cassette's print-through: every sound again {turn:.2f} s before it ({pre_db:.1f} dB under) and "
            f"after it ({post_db:.1f} dB under), 200-4000 Hz")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a talk edited together from takes
TAKE_BEDS = ("pink", "murmur", "fan", "white", "hum")


def edited_takes(made: Made, seed: int) -> Made:
    """The lines as takes of 1-4 lines each (in order), each take with its own room tone (a bed of
    :data:`TAKE_BEDS`, 26-42 dB under the speech, not the one before it) and its own voice level (+-2.5 dB); each
    cut somewhere in the pause between a take's last line and the next take's first, at least 80 ms from either,
    with a 5 ms crossfade.  Gains and beds change in the pauses only: nothing moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    lines = _lines(made)
    x = made.samples.astype(np.float64)
    n = len(x)
    speech = a4.speech_rms(made)
    cuts, k = [], 0
    while True:
        k += prng.randint(1, 4)
        if k >= len(lines):
            break
        a, b = lines[k - 1]["end"] + 0.08, lines[k]["start"] - 0.08
        if b > a:
            cuts.append(prng.uniform(a, b))
    edges = [0] + [int(c * RATE) for c in cuts] + [n]
    gain, bed_level, beds = np.ones(n), np.zeros(n), []
    bed = np.zeros(n)
    kind = None
    for i in range(len(edges) - 1):
        kind = prng.choice([b for b in TAKE_BEDS if b != kind])
        db = prng.uniform(26.0, 42.0)
        a, b = edges[i], edges[i + 1]
        gain[a:b] = 10 ** (prng.uniform(-2.5, 2.5) / 20)
        bed[a:b] = sc.background(b - a, kind, rng)
        bed_level[a:b] = speech * 10 ** (-db / 20)
        beds.append(f"{kind} {db:.0f} dB")
    fade = int(0.005 * RATE)
    smooth = np.ones(fade) / fade
    gain = np.convolve(gain, smooth, mode="same")
    y = x * gain + bed * np.convolve(bed_level, smooth, mode="same")
    note = (f"a talk edited from {len(edges) - 1} takes, cut in the pauses at " + ", ".join(f"{c:.2f}" for c in cuts)
            + " s (5 ms crossfades); each take's own room tone (" + ", ".join(beds) + ") and voice level (+-2.5 dB)")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a lacquer transcription disc
REVOLUTION = 60.0 / (100.0 / 3.0)  #: one turn of a 33 1/3 rpm disc, s


def _tick(rng: np.random.Generator) -> np.ndarray:
    """One crackle tick: 0.1-0.6 ms of broadband crack (mostly above 1 kHz), a short ring after.  Peak 1."""
    m = max(2, int(rng.uniform(0.0001, 0.0006) * RATE))
    z = np.concatenate([rng.normal(size=m), np.zeros(int(0.004 * RATE))])
    z = z - sc.lowpass(z, 1000.0)
    return (z / (np.max(np.abs(z)) + 1e-12)).astype(np.float32)


def transcription_disc(made: Made, seed: int) -> Made:
    """The talk cut to a lacquer disc and played back: the cutter's band (100-6500 Hz, zero-phase); the surface's
    hiss (30-36 dB under the speech); crackle, 8-25 ticks a second at random, most 30-45 dB under the speech's peaks,
    one in fifty a pop 6-14 dB under; a scratch that ticks once a revolution (:data:`REVOLUTION`) 12-18 dB under;
    the turntable's rumble (under 40 Hz, 24-30 dB under).  Laid on: nothing moves."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = _band(made.samples.astype(np.float64), 100.0, 6500.0)
    n = len(x)
    speech = a4.speech_rms(made)
    peak = float(np.percentile(np.abs(made.samples), 99.9))
    hiss_db, rumble_db = prng.uniform(30.0, 36.0), prng.uniform(24.0, 30.0)
    hiss = rng.normal(size=n)
    hiss = hiss - sc.lowpass(hiss, 2000.0) + 0.3 * hiss
    y = x + hiss / (np.sqrt(np.mean(hiss ** 2)) + 1e-12) * speech * 10 ** (-hiss_db / 20)
    rumble = sc.lowpass(rng.normal(size=n), 40.0)
    y += rumble / (np.sqrt(np.mean(rumble ** 2)) + 1e-12) * speech * 10 ** (-rumble_db / 20)
    rate = prng.uniform(8.0, 25.0)
    at, ticks, pops = rng.exponential(1 / rate), 0, 0
    while at < n / RATE:
        loud = rng.uniform() < 0.02
        db = prng.uniform(6.0, 14.0) if loud else prng.uniform(30.0, 45.0)
        _lay(y, _tick(rng) * peak * 10 ** (-db / 20) * rng.choice((-1.0, 1.0)), at)
        ticks += 1
        pops += loud
        at += rng.exponential(1 / rate)
    scratch_db = prng.uniform(12.0, 18.0)
    at = prng.uniform(0.0, REVOLUTION)
    scratch = _tick(rng)
    while at < n / RATE:
        _lay(y, scratch * peak * 10 ** (-scratch_db / 20), at)
        at += REVOLUTION
    note = (f"a lacquer transcription disc: 100-6500 Hz, surface hiss {hiss_db:.0f} dB under, {ticks} crackle ticks "
            f"({rate:.0f} a second, {pops} of them pops), a scratch once a revolution ({REVOLUTION:.1f} s, "
            f"{scratch_db:.0f} dB under the peaks), rumble {rumble_db:.0f} dB under")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a simultaneous interpreter heard from the booth
#: What the interpreter says under an English talk (French, espeak-ng): the aside's and the dev twins' lines apart.
INTERPRETER_LINES = {
    "aside": [
        "Bonsoir à toutes et à tous, merci d'être venus si nombreux.",
        "Notre intervenant nous parle ce soir de son travail sur le terrain.",
        "Il explique pourquoi les premiers essais ont échoué.",
        "Les mesures ont été prises pendant deux hivers de suite.",
        "Il insiste sur le rôle des bénévoles de la région.",
        "Les résultats seront publiés au printemps prochain.",
        "Il remercie la mairie pour le prêt de la salle.",
        "Une question sur le budget sera posée tout à l'heure.",
        "Il rappelle que les données sont ouvertes à tous.",
        "La suite de l'exposé porte sur les projets à venir.",
        "Il propose de visiter le site au mois de mai.",
        "Merci de garder vos questions pour la fin.",
    ],
    "dev": [
        "Guten Abend, ich übersetze heute für unseren Gast.",
        "Er spricht zuerst über die Geschichte des Hauses.",
        "Danach geht es um die Renovierung im letzten Jahr.",
        "Die Kosten waren höher als geplant.",
        "Viele Nachbarn haben beim Streichen geholfen.",
        "Im Sommer soll der Garten fertig werden.",
        "Er bedankt sich bei allen Spendern.",
        "Fragen beantwortet er gern am Ende.",
    ],
}
INTERPRETER_VOICES = {"aside": Voice(E, "fr+f3", 1.1), "dev": Voice(E, "de+m4", 1.1)}


def interpreter(made: Made, seed: int, which: str, under_db: float, lines: Optional[list[str]] = None,
                voice: Optional[Voice] = None) -> Made:
    """A simultaneous interpreter's voice leaking from the booth or the listeners' headsets: each line said in
    another language (``lines``, default :data:`INTERPRETER_LINES` of ``which``, in turn) beginning 1.2-2.4 s after
    the line begins (or right after the interpreter's previous line, if later), thin (300-3800 Hz, zero-phase),
    ``under_db`` under the speech.  Laid on: the talk's lines do not move, and the interpreter's words run on into
    the pauses the transcript says nothing about."""
    prng = random.Random(seed)
    lines_said = lines or INTERPRETER_LINES[which]
    voice = voice or INTERPRETER_VOICES[which]
    y = made.samples.astype(np.float64).copy()
    n = len(y)
    speech = a4.speech_rms(made)
    free, said = 0.0, 0
    booth = np.zeros(n)
    for k, s in enumerate(_lines(made)):
        at = max(s["start"] + prng.uniform(1.2, 2.4), free + 0.1)
        if at >= n / RATE - 0.5:
            break
        z = sc.say(lines_said[k % len(lines_said)], voice).astype(np.float64)
        part = booth[int(at * RATE):int(at * RATE) + len(z)]
        part += z[:len(part)]
        free = at + len(z) / RATE
        said += 1
    booth = _band(booth, 300.0, 3800.0)
    level = np.sqrt(np.mean(booth[booth != 0] ** 2)) if np.any(booth) else 1.0
    y += booth / (level + 1e-12) * speech * 10 ** (-under_db / 20)
    note = (f"a simultaneous interpreter heard from the booth: {said} lines in {voice.name.split('+')[0]} "
            f"({voice.engine} {voice.name} x{voice.speed:g}), each 1.2-2.4 s after its line begins, 300-3800 Hz, "
            f"{under_db:.0f} dB under the speech")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ containers
SPDIF_RATE = 48000


def _wav_around(payload: bytes, rate: int, channels: int) -> bytes:
    """``payload`` (16-bit little-endian frames) in a plain WAV header: what a capture of a digital output writes."""
    fmt = struct.pack("<HHIIHH", 1, channels, rate, rate * channels * 2, channels * 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(payload)) + payload
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _spdif_bytes(x: np.ndarray) -> bytes:
    """``x`` (mono, 48 kHz) as AC-3 (192 kb/s, both channels the talk) in IEC 61937 bursts, in a WAV."""
    import av

    pcm = (np.clip(np.vstack([x, x]), -1.0, 1.0) * 32767).astype(np.int16)
    buf = io.BytesIO()
    with av.open(buf, "w", format="spdif") as c:
        s = c.add_stream("ac3", rate=SPDIF_RATE)
        s.layout = "stereo"
        s.bit_rate = 192000
        for i in range(0, pcm.shape[1], 1536):
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(pcm[:, i:i + 1536].T).reshape(1, -1),
                                               format="s16", layout="stereo")
            frame.sample_rate = SPDIF_RATE
            frame.pts = i
            for p in s.encode(frame):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return _wav_around(buf.getvalue(), SPDIF_RATE, 2)


#: Containers no case had: kind -> (suffix, what the notes call it).
CODECS = {"m2ts": ("m2ts", "Blu-ray LPCM (16-bit stereo, 48 kHz) in an M2TS stream"),
          "spdif": ("spdif.wav", "AC-3 (192 kb/s) carried as S/PDIF (IEC 61937) in a 16-bit stereo WAV")}


def _codec_bytes(made: Made, kind: str) -> bytes:
    x = a9.sox(made.samples, [], RATE, 48000)
    if kind == "spdif":
        return _spdif_bytes(x)
    both = np.vstack([x, x]).astype(np.float64)
    return a18._pcm_bytes(both, 48000, "mpegts", "pcm_bluray", "stereo", {"mpegts_m2ts_mode": "1"})


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
class TwentiethSpoilers(a19.NineteenthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside19_cases.NineteenthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside20_languages.LangSpec)."""

    drift: bool = False  #: the lavalier mixed with a camera's track that drifts later
    ghosts: bool = False  #: a cassette's print-through (pre- and post-echo one turn away)
    takes: bool = False  #: edited together from takes, each with its own room tone
    disc: bool = False  #: played from a lacquer transcription disc
    booth: float = 0.0  #: a simultaneous interpreter this many dB under the speech (0: none)


@dataclass
class Spec(a10.Spec, TwentiethSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript, voices, shift, room, seed) with
    this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd63_real_drift_ghosts_page_m2ts": Spec(d, "real", "page", real=R(93801, 16, wideband=True, snr_db=q,
                                                                            gap=(0.5, 1.4)),
                                                 room=("pink", 32), seed=93811, drift=True, ghosts=True,
                                                 codec="m2ts"),
        "rd63_real_takes_booth_dashes_spdif": Spec(d, "real", "dashes", real=R(93802, 16, wideband=True, snr_db=q,
                                                                               gap=(0.4, 1.3)),
                                                   room=("pink", 44), seed=93812, takes=True, booth=16.0,
                                                   codec="spdif"),
        "rd63_real_disc_plain": Spec(d, "real", real=R(93803, 16, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                     room=("pink", 40), seed=93813, disc=True),
        "rd63_flite_drift_takes_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 1.72), Voice(F, "kal16", 0.62)], 93401, 93501, 10, pause=(0.4, 1.2),
                           turn=2)], room=("pink", 44), seed=93814, drift=True, takes=True),
        "rd63_espeak_disc_booth_ghosts": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Alex", 0.82)], 93403, 93503, 10, pause=(0.5, 1.3))],
            room=("murmur", 30), seed=93816, disc=True, booth=15.0, ghosts=True),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside20)
        "cx_real_drift_page": Spec(a, "real", "page", real=R(93101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                   room=("murmur", 24), seed=93201, drift=True),
        "cx_real_ghosts_plain_m2ts": Spec(a, "real", real=R(93102, 16, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                          room=("pink", 34), seed=93202, ghosts=True, codec="m2ts"),
        "cx_real_takes_dashes_spdif": Spec(a, "real", "dashes", real=R(93103, 16, wideband=True, snr_db=q,
                                                                       gap=(0.3, 1.3)),
                                           room=("pink", 46), seed=93203, takes=True, codec="spdif"),
        "cx_real_disc_srt": Spec(a, "real", "srt", real=R(93104, 16, wideband=False, snr_db=q, gap=(0.4, 1.4)),
                                 room=("pink", 40), seed=93204, disc=True),
        "cx_real_booth_vtt": Spec(a, "real", "vtt", real=R(93105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                  room=("fan", 32), seed=93205, booth=15.0),
        "cx_real_long_mix_m2ts": Spec(a, "real", "page", real=R(93106, 80, wideband="parts", snr_db=q,
                                                                gap=(0.4, 1.6), long_pauses=0.1, repeats=2),
                                      room=("pink", 40), seed=93206, drift=True, ghosts=True, takes=True,
                                      booth=17.0, codec="m2ts"),
        "cx_flite_drift_ghosts_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 1.75), Voice(F, "kal16", 0.6)], 93404, 93504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 32), seed=93211, drift=True, ghosts=True),
        "cx_festival_disc_takes_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 1.65), Voice(FEST, "ked", 1.35)], 93405, 93505, 10,
                           pause=(0.3, 1.1), turn=1)], room=("pink", 46), seed=93212, disc=True, takes=True),
        "cx_espeak_booth_drift_page": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb+Steph", 1.3), Voice(E, "en-us+anxiousAndy", 0.8)], 93406, 93506, 10,
                           pause=(0.5, 1.3), turn=3)], room=("murmur", 26), seed=93213, booth=14.0, drift=True),
        "cx_espeak_ghosts_disc_spdif": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+Rob", 0.8), Voice(F, "awb", 1.0)], 93407, 93507, 10,
                           pause=(0.3, 1.2), turn=2)], room=("pink", 36), seed=93215, ghosts=True, disc=True,
            codec="spdif"),
    }


DEV_NAMES = ["rd63_real_drift_ghosts_page_m2ts", "rd63_real_takes_booth_dashes_spdif", "rd63_real_disc_plain",
             "rd63_flite_drift_takes_page", "rd63_espeak_disc_booth_ghosts"]
ASIDE_NAMES = ["cx_real_drift_page", "cx_real_ghosts_plain_m2ts", "cx_real_takes_dashes_spdif", "cx_real_disc_srt",
               "cx_real_booth_vtt", "cx_real_long_mix_m2ts", "cx_flite_drift_ghosts_plain",
               "cx_festival_disc_takes_dashes", "cx_espeak_booth_drift_page", "cx_espeak_ghosts_disc_spdif"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    return a10.needs(spec, "apt-get install espeak-ng" if spec.booth and not _espeak() else None)


def _espeak() -> bool:
    import shutil

    return shutil.which("espeak-ng") is not None


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en",
          booth_lines: Optional[list[str]] = None, booth_voice: Optional[Voice] = None) -> Made:
    """The spoilers in the order they happen: the interpreter in the room with the voice; the second recorder (it
    hears the room too); aside19_cases.spoil's (..., the room's noise, ...); the editor's takes (each sitting's own
    room); then the carrier the talk was kept on -- the tape's print-through or the disc -- last."""
    if spec.booth:
        made = interpreter(made, spec.seed + 160, which, spec.booth, booth_lines, booth_voice)
    if spec.drift:
        made = drifting_pair(made, spec.seed + 161)
    made = a19.spoil(made, spec, which, floor, lang)
    if spec.takes:
        made = edited_takes(made, spec.seed + 162)
    if spec.ghosts:
        made = print_through(made, spec.seed + 163)
    if spec.disc:
        made = transcription_disc(made, spec.seed + 164)
    return a4.headroom(made)


def make(name: str) -> uc.Built:
    """The case's audio, truth and transcript (aside_common.english_case)."""
    return english_case(name, sys.modules[__name__])
