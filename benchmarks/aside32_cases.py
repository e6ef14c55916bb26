"""A thirty-second aside set nobody has tuned to (``ky_*``, English), and dev twins made the same way (``rd75_*``).

``az_*`` .. ``iy_*`` have each been run once and looked at (``iy_*``, the thirty-first, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the thirty-one sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``aside*_cases.py``):

* **an organist practising in the church**: sessions of 10-24 s of held chords (three notes of the key's I, IV, V
  or vi over a pedal note two octaves under the chord's root, 40-165 Hz), each chord 1.5-4 s, legato or after a
  0.3-1 s breath, every pipe a harmonic series to 5 kHz with its wind's breath and a 40 ms speaking onset, the whole
  through the church's 1.5-3 s reverberation -- voiced, harmonic sound that holds through the pauses and across
  the line edges, 18-26 dB under the speech over the session (:func:`organ`);
* **a typewriter at the back of the hall**: sessions of typed lines begun over 8-24 s, the last one finished (20-40
  keys at 4-8 a second, longer gaps at the spaces), each key a type bar's slam (a 1-6 kHz crack) and the platen's
  thud, the margin bell (a ring at 2.4-3.4 kHz) five keys before each line's end, then the carriage return (a
  ratchet of 12-24 clicks over 0.25-0.5 s and a knock at the stop), 16-24 dB under the speech over the session
  (:func:`typewriter`);
* **a wind-up music box on a table**: 10-28 s of a tune of 8-14 notes on a major pentatonic scale (its tonic
  520-880 Hz, two octaves) played over and over, each a plucked steel tine (a ring and its octave dying over
  0.4-0.9 s), the tempo falling from 3-6 notes a second to 40-70 % of it as the spring runs down, 16-24 dB under the
  speech over the tune (:func:`musicbox`);
* **sheep bleating in the field beside an outdoor talk**: 10-28 s of 2-5 sheep (ewes on 170-350 Hz, a lamb on
  420-650 Hz), each bleating every 2-7 s a "baa" of 0.4-1.1 s: a voiced vowel through an open /a/'s formants with a
  quaver of 6-11 a second (the level and the pitch shaking together) -- the nearest to a voice any sound of a set
  came, 16-24 dB under the speech over the flock (:func:`sheep`);
* containers no set had: **MPEG-1 Layer II in a Windows Media Center recording** (``.wtv``, 48 kHz, an MPEG-2
  picture at 25 a second: a lecture broadcast on DVB-T and recorded off the air) and **AAC in a Smooth Streaming
  fragmented MP4** (``.ismv``, 48 kHz, an H.264 picture: a lecture from an IIS Smooth Streaming archive);
* voices at speeds they never had: flite ``awb`` x0.48 and ``slt`` x2.05, festival ``slt_hts`` x0.44 and ``ked``
  x2.04 (dev: flite ``rms`` x0.47, ``kal`` x2.06); espeak-ng variants no English talk had.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``ky_*``, once (``run.py --aside32``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside26_cases as a26
import aside29_cases as a29
import aside30_cases as a30
import aside31_cases as a31
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"


# ------------------------------------------------------------------ an organist practising
#: The major scale's steps (semitones over the root) and the chords an organist holds: I, IV, V and vi.
MAJOR = (0, 2, 4, 5, 7, 9, 11)
CHORDS = {"I": (0, 2, 4), "IV": (3, 5, 7), "V": (4, 6, 8), "vi": (5, 7, 9)}


def _degree_hz(root: float, degree: int) -> float:
    """The ``degree``-th note (0: the root) of the major scale on ``root`` Hz, upward through the octaves."""
    octave, step = divmod(degree, 7)
    return root * 2 ** (octave + MAJOR[step] / 12)


def pipe(pitch: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """One organ pipe speaking ``pitch`` Hz for ``seconds`` s: a flue pipe's harmonic series (the k-th partial at
    ``k ** -1.5``, to 5 kHz: aside31_cases._harmonics), its wind's breath (noise within 10 % of the pitch, a tenth of
    the tone's level), a 40 ms speaking onset and a 30 ms release."""
    k = int(seconds * RATE)
    tone = a31._harmonics(np.full(k, pitch), 1.5, 5000.0)
    breath = a30._band(rng.normal(size=k), 0.9 * pitch, 1.1 * pitch)
    breath *= 0.1 * np.std(tone) / (np.std(breath) + 1e-12)
    i = np.arange(k)
    return (tone + breath) * np.minimum(1.0, i / (0.04 * RATE)) * np.minimum(1.0, (k - i) / (0.03 * RATE))


def organ_session(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list, float]:
    """``seconds`` s of an organist practising: chords (:data:`CHORDS`, three pipes an octave over the key's register
    and a pedal two octaves under the chord's root) of 1.5-4 s, one after another (legato) or after a 0.3-1 s breath
    (a third of the time), in a key whose root is 80-220 Hz (the pedals 40-165 Hz), through the church's
    reverberation of 1.5-3 s (synth_cases.room_impulse, its tail run out after the last chord).  Returns the session, its chords (start, end, the three
    pitches, the pedal's) and the reverberation time."""
    root, rt60 = prng.uniform(80.0, 220.0), prng.uniform(1.5, 3.0)
    out, chords, t = np.zeros(int(seconds * RATE) + RATE), [], 0.0
    while t < seconds - 1.5:
        name = prng.choice(sorted(CHORDS))
        length = min(prng.uniform(1.5, 4.0), seconds - t)
        notes = [_degree_hz(2 * root, d) for d in CHORDS[name]]
        pedal = root / 2 * 2 ** (MAJOR[CHORDS[name][0] % 7] / 12)
        i = int(t * RATE)
        for f, gain in [(f, 1.0) for f in notes] + [(pedal, 1.2)]:
            sound = pipe(f, length, rng)
            out[i:i + len(sound)] += gain * sound / (np.abs(sound).max() + 1e-12)
        chords.append((t, t + length, notes, pedal))
        t += length + (prng.uniform(0.3, 1.0) if prng.random() < 1 / 3 else 0.0)
    church = sc.room_impulse(rt60, rng)
    dry = np.concatenate([out[:int(chords[-1][1] * RATE) + 1], np.zeros(len(church))])
    return sc.convolve(dry.astype(np.float32), church).astype(np.float64), chords, rt60


def organ(made: Made, seed: int, sessions: int) -> Made:
    """An organist practising in the church, ``sessions`` sessions of 10-24 s (:func:`organ_session`), one in each
    of ``sessions`` equal stretches of the talk, in lines and pauses alike, 18-26 dB under the speech over the
    session (its reverberation with it).  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, chords, rt60 = organ_session(prng.uniform(10.0, 24.0), rng, prng)
        return sound, f"{len(chords)} chords over a {chords[0][3]:.0f} Hz pedal, reverberation {rt60:.1f} s"

    heard = "an organist practising in the church"
    return one_sound_in_each_stretch(made, seed, sessions, heard, 0.5, (18.0, 26.0), one)


# ------------------------------------------------------------------ a typewriter at the back
def keystroke(rng: np.random.Generator) -> np.ndarray:
    """One key of a typewriter: the type bar slamming the platen (a crack of noise at 1-6 kHz dying over 1.5 ms,
    aside26_cases._knock) and the platen's thud (100-400 Hz dying over 15 ms, half the crack's peak)."""
    crack = a26._knock(rng, 1000.0, 6000.0, 0.0015)
    thud = a26._knock(rng, 100.0, 400.0, 0.015)
    return crack / np.abs(crack).max() + 0.5 * thud / np.abs(thud).max()


def typed_line(rate: float, keys: int, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """One typed line of ``keys`` keys at about ``rate`` a second (each gap 0.6-1.5 of the mean, a space's 1.6 times
    more), the margin bell five keys before its end (aside29_cases.ring at 2.4-3.4 kHz with partials at 2.1 and
    3.4 times, dying over 0.25 s), then after 0.3-0.6 s the carriage return: a ratchet of 12-24 clicks over 0.25-0.5
    s (cracks at 1.5-5 kHz) and a knock at the stop (twice a key's peak, under 300 Hz).  Returns the line and its
    times: keys, the bell (time, pitch), the return (start, stop)."""
    times, t = [], 0.0
    for j in range(keys):
        times.append(t)
        t += prng.uniform(0.6, 1.5) / rate * (1.6 if prng.random() < 0.18 else 1.0)
    bell_at, bell_hz = times[-5] + 0.02, prng.uniform(2400.0, 3400.0)
    back = times[-1] + prng.uniform(0.3, 0.6)
    clicks, length = prng.randint(12, 24), prng.uniform(0.25, 0.5)
    out = np.zeros(int((back + length + 0.3) * RATE))

    def put(at: float, sound: np.ndarray) -> None:
        i = int(at * RATE)
        out[i:i + len(sound)] += sound[:len(out) - i]

    for at in times:
        put(at, keystroke(rng) * prng.uniform(0.7, 1.0))
    bell = a29.ring(bell_hz, 0.25, 0.6, (1.0, 2.1, 3.4), rng)
    put(bell_at, 0.8 * bell / np.abs(bell).max())
    for c in range(clicks):
        click = a26._knock(rng, 1500.0, 5000.0, 0.001)
        put(back + c * length / clicks, 0.3 * click / np.abs(click).max())
    stop = a26._knock(rng, 60.0, 300.0, 0.03)
    put(back + length, 2.0 * stop / np.abs(stop).max())
    return out, {"keys": times, "bell": (bell_at, bell_hz), "return": (back, back + length)}


def typing_session(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list, float]:
    """A typist's lines (:func:`typed_line`) of 20-40 keys at the typist's 4-8 a second, each after 0.4-1.5 s of
    reading the copy, begun while under ``seconds`` s (the last one finished: up to 10 s more).  Returns the session,
    its lines' times (each moved to the session's clock) and the typist's rate."""
    rate, lines, t = prng.uniform(4.0, 8.0), [], 0.0
    out = np.zeros(int((seconds + 12.0) * RATE))
    while t < seconds:
        line, times = typed_line(rate, prng.randint(20, 40), rng, prng)
        i = int(t * RATE)
        out[i:i + len(line)] += line
        lines.append({"keys": [t + k for k in times["keys"]], "bell": (t + times["bell"][0], times["bell"][1]),
                      "return": (t + times["return"][0], t + times["return"][1])})
        t += len(line) / RATE + prng.uniform(0.4, 1.5)
    return out[:int((lines[-1]["return"][1] + 0.2) * RATE)], lines, rate


def typewriter(made: Made, seed: int, sessions: int) -> Made:
    """Someone typing at the back of the hall, ``sessions`` sessions begun over 8-24 s (:func:`typing_session`), one
    in each of ``sessions`` equal stretches of the talk, in lines and pauses alike, 16-24 dB under the speech over the
    session.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, lines, rate = typing_session(prng.uniform(8.0, 24.0), rng, prng)
        return sound, f"{len(lines)} typed lines at {rate:.1f} keys a second"

    return one_sound_in_each_stretch(made, seed, sessions, "a typewriter at the back of the hall", 0.5,
                                     (16.0, 24.0), one)


# ------------------------------------------------------------------ a wind-up music box
#: The major pentatonic scale's steps (semitones over the tonic) a music box's comb is often tuned to.
PENTATONIC = (0, 2, 4, 7, 9)


def tine(pitch: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """One plucked steel tine of a music box's comb: a 1 ms click of the pin leaving it, then a ring on ``pitch`` Hz
    and its octave (aside29_cases.ring) dying over ``decay`` s, 1.2 s long."""
    ring = a29.ring(pitch, decay, 1.2, (1.0, 2.0), rng)
    click = rng.normal(size=int(0.001 * RATE)) * 0.3
    ring[:len(click)] += click
    return ring / np.abs(ring).max()


def tune_played(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, list, dict]:
    """``seconds`` s of a wind-up music box: a tune of 8-14 notes (a walk over two octaves of :data:`PENTATONIC` on
    a tonic of 520-880 Hz) played over and over, each note a :func:`tine` dying over 0.4-0.9 s, at 3-6 notes a second
    slowing evenly to 40-70 % of that by the end (the spring running down).  Returns the tune played, its notes
    (time, pitch) and what it was (tonic, tune, first and last rates)."""
    tonic, decay = prng.uniform(520.0, 880.0), prng.uniform(0.4, 0.9)
    scale = [tonic * 2 ** (o + s / 12) for o in (0, 1) for s in PENTATONIC]
    walk, step = [], prng.randrange(len(scale))
    for _ in range(prng.randint(8, 14)):
        walk.append(step)
        step = min(len(scale) - 1, max(0, step + prng.choice((-2, -1, 1, 1, 2))))
    first, last = prng.uniform(3.0, 6.0), prng.uniform(0.4, 0.7)
    out, notes, t = np.zeros(int((seconds + 1.5) * RATE)), [], 0.0
    while t < seconds:
        f = scale[walk[len(notes) % len(walk)]]
        sound = tine(f, decay, rng)
        i = int(t * RATE)
        out[i:i + len(sound)] += sound * prng.uniform(0.8, 1.0)
        notes.append((t, f))
        t += 1.0 / (first * (1.0 - (1.0 - last) * t / seconds))
    end = int((notes[-1][0] + 1.2) * RATE)
    return out[:end], notes, {"tonic": tonic, "tune": [scale[s] for s in walk], "rates": (first, first * last)}


def musicbox(made: Made, seed: int, tunes: int) -> Made:
    """A wind-up music box on a table, ``tunes`` tunes of 10-28 s (:func:`tune_played`), one in each of ``tunes``
    equal stretches of the talk, in lines and pauses alike, 16-24 dB under the speech over the tune.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, notes, what = tune_played(prng.uniform(10.0, 28.0), rng, prng)
        return sound, (f"{len(what['tune'])} notes on {what['tonic']:.0f} Hz, {len(notes)} played, slowing "
                       f"{what['rates'][0]:.1f} -> {what['rates'][1]:.1f} a second")

    return one_sound_in_each_stretch(made, seed, tunes, "a wind-up music box on a table", 0.5, (16.0, 24.0), one)


# ------------------------------------------------------------------ sheep in the field
def bleat(pitch: float, seconds: float, quaver: float) -> np.ndarray:
    """One sheep's "baa" of ``seconds`` s: a voiced buzz (aside31_cases._harmonics to 4 kHz) on ``pitch`` Hz shaking
    ``quaver`` times a second (the pitch 6 % either way, the level from 0.3 to 1 with it), through an open /a/'s
    formants (700-1100 and 1150-1600 Hz, and 2300-2900 Hz at a third), rising over 40 ms and dying over the last
    third."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    shake = np.sin(2 * np.pi * quaver * t)
    buzz = a31._harmonics(pitch * (1.0 + 0.06 * shake), 1.0, 4000.0)
    vowel = a30._band(buzz, 700.0, 1100.0) + a30._band(buzz, 1150.0, 1600.0) + 0.3 * a30._band(buzz, 2300.0, 2900.0)
    level = (0.65 + 0.35 * shake) * np.minimum(1.0, t / 0.04) * np.minimum(1.0, 3.0 * (seconds - t) / seconds)
    out = vowel * level
    return out / (np.abs(out).max() + 1e-12)


def flock(seconds: float, prng: random.Random) -> tuple[np.ndarray, list]:
    """``seconds`` s of 2-5 sheep in a field, each with its own pitch (ewes 170-350 Hz, and a lamb at 420-650 Hz a
    third of the time) and quaver (6-11 a second), bleating every 2-7 s (30 % early or late) a :func:`bleat` of
    0.4-1.1 s.  Returns the flock and its bleats (start, end, pitch, quaver)."""
    out, bleats = np.zeros(int((seconds + 1.2) * RATE)), []
    sheep = [(prng.uniform(170.0, 350.0), prng.uniform(6.0, 11.0), prng.uniform(2.0, 7.0))
             for _ in range(prng.randint(2, 5))]
    if prng.random() < 1 / 3:
        sheep.append((prng.uniform(420.0, 650.0), prng.uniform(6.0, 11.0), prng.uniform(2.0, 7.0)))
    for pitch, quaver, every in sheep:
        t = prng.uniform(0.0, every)
        while t < seconds:
            length = prng.uniform(0.4, 1.1)
            sound = bleat(pitch, length, quaver)
            i = int(t * RATE)
            out[i:i + len(sound)] += sound * prng.uniform(0.6, 1.0)
            bleats.append((t, t + length, pitch, quaver))
            t += length + every * prng.uniform(0.7, 1.3)
    bleats.sort()
    return out[:int(max(b for _, b, _, _ in bleats) * RATE) + 1], bleats


def sheep(made: Made, seed: int, flocks: int) -> Made:
    """Sheep bleating in the field beside an outdoor talk, ``flocks`` spells of 10-28 s (:func:`flock`), one in each
    of ``flocks`` equal stretches of the talk, in lines and pauses alike, 16-24 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, bleats = flock(prng.uniform(10.0, 28.0), prng)
        return sound, f"{len({p for _, _, p, _ in bleats})} sheep, {len(bleats)} bleats"

    return one_sound_in_each_stretch(made, seed, flocks, "sheep bleating in the field", 0.5, (16.0, 24.0), one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it, and what else
#: aside_common.encoded_bytes is told).
CODECS = {
    "wtv": ("wtv", "wtv", "mp2", 192000, 48000, 1152, "mpeg2video", "MPEG-1 Layer II (192 kb/s, 48 kHz) in a Windows "
            "Media Center recording with an MPEG-2 picture at 25 a second, a lecture recorded off DVB-T",
            {"video_fps": 25}),
    "ismv": ("ismv", "ismv", "aac", 96000, 48000, 1024, "h264", "AAC-LC (96 kb/s, 48 kHz) in a Smooth Streaming "
             "fragmented MP4 with an H.264 picture, a lecture from an IIS Smooth Streaming archive"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirtySecondSpoilers(a31.ThirtyFirstSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside31_cases.ThirtyFirstSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside32_languages.LangSpec)."""

    organ: int = 0  #: this many sessions of an organist practising (0: none)
    typewriter: int = 0  #: this many sessions at a typewriter (0: none)
    musicbox: int = 0  #: a music box playing this many tunes (0: none)
    sheep: int = 0  #: this many spells of sheep bleating (0: none)


@dataclass
class Spec(a10.Spec, ThirtySecondSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd75_real_organ_page_wtv": Spec(d, "real", "page", real=R(117801, 16, wideband=True, snr_db=q,
                                                                   gap=(0.5, 1.4)),
                                         room=("pink", 36), seed=117811, organ=2, codec="wtv"),
        "rd75_real_typewriter_dashes_ismv": Spec(d, "real", "dashes", real=R(117802, 16, wideband=True, snr_db=q,
                                                                             gap=(0.5, 1.5)),
                                                 room=("murmur", 34), seed=117812, typewriter=2, codec="ismv"),
        "rd75_real_sheep_plain": Spec(d, "real", real=R(117803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                        long_pauses=0.3),
                                      room=("pink", 36), seed=117813, sheep=2),
        "rd75_flite_musicbox_organ_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "rms", 0.47), Voice(F, "kal", 2.06)], 117401, 117501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=117814, musicbox=1, organ=1),
        "rd75_espeak_sheep_typewriter_musicbox": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+Andy", 1.06), Voice(E, "en-us+Annie", 0.93)], 117403, 117503,
                           10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=117816, sheep=1, typewriter=1,
            musicbox=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside32)
        "ky_real_organ_page": Spec(a, "real", "page", real=R(117101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                   room=("pink", 34), seed=117201, organ=3),
        "ky_real_typewriter_plain_wtv": Spec(a, "real", real=R(117102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                             room=("pink", 36), seed=117202, typewriter=2, codec="wtv"),
        "ky_real_sheep_dashes": Spec(a, "real", "dashes", real=R(117103, 16, wideband=True, snr_db=q,
                                                                 gap=(0.5, 1.4), long_pauses=0.3),
                                     room=("pink", 38), seed=117203, sheep=2),
        "ky_real_musicbox_srt": Spec(a, "real", "srt", real=R(117104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                     room=("pink", 36), seed=117204, musicbox=3),
        "ky_real_organ_vtt_ismv": Spec(a, "real", "vtt", real=R(117105, 16, wideband=True, snr_db=q,
                                                                gap=(0.4, 1.5)),
                                       room=("pink", 36), seed=117205, organ=2, codec="ismv"),
        "ky_real_long_mix_wtv": Spec(a, "real", "page", real=R(117106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=117206, organ=4, typewriter=3, musicbox=3, sheep=4,
                                     codec="wtv"),
        "ky_real_sheep_typewriter_dashes": Spec(a, "real", "dashes", real=R(117108, 16, wideband=False, snr_db=q,
                                                                            gap=(0.4, 1.4)),
                                                room=("murmur", 34), seed=117208, sheep=2, typewriter=1),
        "ky_flite_musicbox_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 0.48), Voice(F, "slt", 2.05)], 117404, 117504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=117211, musicbox=2),
        "ky_festival_sheep_organ_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 0.44), Voice(FEST, "ked", 2.04)], 117405, 117505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=117212, sheep=1, organ=2),
        "ky_espeak_typewriter_musicbox_page_ismv": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb-x-gbclan+Henrique", 1.07), Voice(E, "en-us-nyc+Alicia", 0.92)], 117406,
                           117506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=117213, typewriter=2,
            musicbox=2, codec="ismv"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd75_real_organ_page_wtv", "rd75_real_typewriter_dashes_ismv", "rd75_real_sheep_plain",
                 "rd75_flite_musicbox_organ_page", "rd75_espeak_sheep_typewriter_musicbox"],
         "aside": ["ky_real_organ_page", "ky_real_typewriter_plain_wtv", "ky_real_sheep_dashes", "ky_real_musicbox_srt",
                   "ky_real_organ_vtt_ismv", "ky_real_long_mix_wtv", "ky_real_sheep_typewriter_dashes",
                   "ky_flite_musicbox_plain", "ky_festival_sheep_organ_dashes",
                   "ky_espeak_typewriter_musicbox_page_ismv"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the organ, the typewriter, the music box and the
    sheep; then aside31_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.organ, lambda m: organ(m, spec.seed + 280, spec.organ)),
             (spec.typewriter, lambda m: typewriter(m, spec.seed + 281, spec.typewriter)),
             (spec.musicbox, lambda m: musicbox(m, spec.seed + 282, spec.musicbox)),
             (spec.sheep, lambda m: sheep(m, spec.seed + 283, spec.sheep))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a31.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
