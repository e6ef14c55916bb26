"""A thirty-seventh aside set nobody has tuned to (``py_*``, English), and dev twins made the same way (``rd80_*``).

``az_*`` .. ``oy_*`` have each been run once and looked at (``oy_*``, the thirty-sixth, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the thirty-six sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``aside*_cases.py``):

* **someone humming a tune to themselves beside the microphone**: phrases of 4-10 notes on a major pentatonic scale
  (the key 100-200 Hz), each note 0.2-0.9 s, sung legato (the pitch gliding 40 ms into the next) with a 4.5-6 Hz
  vibrato, mouth closed: the voice's buzz through a nasal murmur (under 600 Hz, a faint nasal resonance near 2.3
  kHz), a breath of 0.6-2.5 s between phrases, 16-24 dB under the speech over the spell (:func:`humming`): an /m/
  that goes on for seconds at a voice's own pitch -- what a line's last nasal sounds like, with no line under it;
* **someone stirring a cup of tea with a teaspoon**: 1.5-4 s of the spoon striking the cup's wall 3-5.5 times a
  second (the china's ring at 1.3-2.3 kHz with its partials at 2.32 and 4.1 times, damped by the tea over 30-70
  ms), then two or three taps on the rim (the spoon out of the tea: louder, ringing 120-200 ms), a cup every 5-11 s,
  14-22 dB under the speech over the spell (:func:`teaspoon`): tonal rings with hard onsets at a syllable's pace in
  a sibilant's band;
* **an electric toothbrush through the bathroom door**: runs of 3-9 s of a sonic brush's drive (a square-ish buzz at
  245-265 Hz, odd partials strong, through the door: under 3 kHz), its pitch sagging 3-6 % and its level dipping
  with each stroke on the teeth (1.2-2.5 strokes a second), switched off for 1-3 s between runs (a rinse), on and
  off within 20 ms, 16-24 dB under the speech over the spell (:func:`toothbrush`): a steady voiced buzz at an alto's
  pitch that starts and stops like a word;
* **someone with a cold sniffing beside the microphone**: bouts of 1-3 sniffs (each 120-350 ms of air through the
  nose: noise at 400-5000 Hz with the nasal passage's resonance at 0.9-1.6 kHz, swelling to its end and shut within
  10 ms), 0.25-0.5 s apart, a bout every 2.5-8 s, 12-20 dB under the speech over the spell (:func:`sniffles`): a
  fricative's noise with a breath's shape turned round -- swelling, then stopped dead -- anywhere, not before lines;
* containers no set had: **AAC in Flash video** with an H.264 picture (``.flv``: a livestream's recording; the sets'
  FLVs held MP3, Nellymoser and SWF ADPCM -- FLV keeps no edit list, so the encoder's 1024 samples of priming are
  heard and measured into the truth) and **AC-3 in AVI** with an MPEG-4 Part 2 picture (``.avi``: a DivX film rip;
  the sets' AVIs held IMA and MS ADPCM, MP3 and 16-bit PCM; AC-3 went in VOB, M2TS, MP4 and Matroska);
* voices at speeds they never had, everyday ones this time (the sets' new speeds had crept out to x0.43 and x2.11):
  flite ``kal`` x1.2 and ``rms`` x0.8, festival ``ked`` x1.12 and ``slt_hts`` x0.8 (dev: flite ``awb`` x1.2, ``slt``
  x0.9); espeak-ng variants at speeds no English talk had them.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``py_*``, once (``run.py --aside37``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside21_cases as a21
import aside30_cases as a30
import aside31_cases as a31
import aside33_cases as a33
import aside34_cases as a34
import aside35_cases as a35
import aside36_cases as a36
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _edges, _dying = a33._put, a33._peak_one, a34._edges, a35._dying


# ------------------------------------------------------------------ someone humming a tune to themselves
#: The major pentatonic scale the tune keeps to: each degree's step over the key's root, in semitones.
PENTATONIC = (0, 2, 4, 7, 9, 12)


def hummed(f0: np.ndarray) -> np.ndarray:
    """A closed-mouth hum on the fundamental track ``f0`` (Hz, a sample each): the voice's buzz
    (aside31_cases._harmonics, partials 1/k^1.3 to 4 kHz) through the nasal murmur -- all but nothing over 600 Hz
    but a faint nasal resonance at 2.1-2.5 kHz, its peak 26 dB under the murmur's.  Unit peak."""
    buzz = a31._harmonics(f0, 1.3, 4000.0)
    return _peak_one(_peak_one(a21._low(buzz, 600.0)) + 0.05 * _peak_one(a30._band(buzz, 2100.0, 2500.0)))


def hummed_phrase(key: float, notes: int, rng: np.random.Generator,
                  prng: random.Random) -> tuple[np.ndarray, list[tuple[float, float, float]]]:
    """One hummed phrase of ``notes`` notes on :data:`PENTATONIC` over ``key`` Hz, each 0.2-0.9 s, legato (the pitch
    gliding over 40 ms into the next note), a 4.5-6 Hz vibrato of 0.6 %, the phrase swelling in over 60 ms and dying
    over 150 ms (:func:`hummed`).  Returns the phrase (unit peak) and its notes (start, end, Hz)."""
    spans, t = [], 0.0
    for _ in range(notes):
        length = prng.uniform(0.2, 0.9)
        spans.append((t, t + length, key * 2 ** (prng.choice(PENTATONIC) / 12)))
        t += length
    k = int(t * RATE)
    step = np.zeros(k)
    for a, b, hz in spans:
        step[int(a * RATE):int(b * RATE)] = hz
    step[step == 0] = spans[-1][2]
    glide = int(0.04 * RATE)
    f0 = np.convolve(np.pad(step, (glide, glide), mode="edge"), np.ones(glide) / glide, mode="same")[glide:-glide]
    f0 = f0 * (1.0 + 0.006 * np.sin(2 * np.pi * prng.uniform(4.5, 6.0) * np.arange(k) / RATE
                                    + rng.uniform(0, 2 * np.pi)))
    return _peak_one(_edges(hummed(f0), 0.06, 0.15)), spans


def humming_tune(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone humming a tune to themselves: phrases of 4-10 notes (:func:`hummed_phrase`, the key's
    root 100-200 Hz: a man's or a woman's humming), each at 70-100 %, 0.6-2.5 s of breath between phrases, none begun
    after ``seconds`` - 1 s; the spell lasts ``seconds`` s or to its last phrase's end.  Returns the spell and what
    it was (phrases: (start, end); notes: (start, end, Hz); the key)."""
    key = prng.uniform(100.0, 200.0)
    out, phrases, notes, t = np.zeros(int((seconds + 12.0) * RATE)), [], [], prng.uniform(0.0, 0.8)
    while t < seconds - 1.0 or not phrases:
        phrase, spans = hummed_phrase(key, prng.randint(4, 10), rng, prng)
        _put(out, t, phrase * prng.uniform(0.7, 1.0))
        notes += [(t + a, t + b, hz) for a, b, hz in spans]
        phrases.append((t, t + len(phrase) / RATE))
        t = phrases[-1][1] + prng.uniform(0.6, 2.5)
    return out[:int(max(seconds, phrases[-1][1] + 0.02) * RATE)], {"phrases": phrases, "notes": notes, "key": key}


def humming(made: Made, seed: int, spells: int) -> Made:
    """Someone humming a tune to themselves beside the microphone, ``spells`` spells of 8-24 s
    (:func:`humming_tune`), one in each of ``spells`` equal stretches of the talk, in lines and pauses alike, 16-24 dB
    under the speech over the spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = humming_tune(prng.uniform(8.0, 16.0), rng, prng)
        return sound, f"{len(what['notes'])} notes in {len(what['phrases'])} phrases, key {what['key']:.0f} Hz"

    return one_sound_in_each_stretch(made, seed, spells, "someone humming a tune beside the microphone", 0.5,
                                     (16.0, 24.0), one)


# ------------------------------------------------------------------ someone stirring a cup of tea with a teaspoon
#: A china cup's modes struck by a spoon: each partial's frequency over the lowest, and its amplitude.
CUP_MODES = ((1.0, 1.0), (2.32, 0.5), (4.1, 0.25))


def clink(ring: float, decay: float, rng: np.random.Generator) -> np.ndarray:
    """The spoon striking a china cup whose lowest mode rings at ``ring`` Hz: :data:`CUP_MODES` (each under 7.5 kHz,
    the higher dying faster) over ``decay`` s, on a 2 ms click of the metal (noise at 3-7 kHz).  Unit peak, as long
    as five decays."""
    t = np.arange(int(5 * decay * RATE)) / RATE
    modes = sum(a * np.sin(2 * np.pi * ring * m * t + rng.uniform(0, 2 * np.pi)) * np.exp(-t * m ** 0.5 / decay)
                for m, a in CUP_MODES if ring * m < 7500.0)
    click = a30._band(rng.normal(size=len(t)), 3000.0, 7000.0) * np.exp(-t / 0.002) * 0.3
    return _peak_one(_edges(modes, 0.0005, 0.005) + click)


def stirring(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone stirring tea: a cup every 5-11 s (none begun after ``seconds`` - 2 s), each 1.5-4 s of
    the spoon striking the wall 3-5.5 times a second (:func:`clink` on the cup's 1.3-2.3 kHz, damped by the tea over
    30-70 ms, each at 50-100 %, a fifth of the beat early or late), then 2-3 taps on the rim 0.15-0.25 s apart (out of
    the tea: ringing 120-200 ms, at full strength); the spell lasts ``seconds`` s or to its last tap's ring.  Returns
    the spell and what it was (stirs: (start, end); clinks; taps)."""
    ring = prng.uniform(1300.0, 2300.0)
    out, stirs, clinks, taps, t = np.zeros(int((seconds + 10.0) * RATE)), [], [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 2.0 or not stirs:
        pace, end, at = prng.uniform(3.0, 5.5), t + prng.uniform(1.5, 4.0), t
        while at < end:
            _put(out, at, clink(ring, prng.uniform(0.03, 0.07), rng) * prng.uniform(0.5, 1.0))
            clinks.append(at)
            at += (1.0 + prng.uniform(-0.2, 0.2)) / pace
        stirs.append((t, clinks[-1]))
        at = clinks[-1] + prng.uniform(0.3, 0.6)
        for _ in range(prng.randint(2, 3)):
            _put(out, at, clink(ring * 1.02, prng.uniform(0.12, 0.2), rng))
            taps.append(at)
            at += prng.uniform(0.15, 0.25)
        t = max(at + 1.0, t + prng.uniform(5.0, 11.0))
    return out[:int(max(seconds, taps[-1] + 1.0) * RATE)], {"stirs": stirs, "clinks": clinks, "taps": taps,
                                                            "ring": ring}


def teaspoon(made: Made, seed: int, spells: int) -> Made:
    """Someone stirring a cup of tea with a teaspoon, ``spells`` spells of 8-21 s (:func:`stirring`), one in each of
    ``spells`` equal stretches of the talk, in lines and pauses alike, 14-22 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = stirring(prng.uniform(8.0, 16.0), rng, prng)
        return sound, f"{len(what['stirs'])} cups, {len(what['clinks'])} clinks, {len(what['taps'])} taps"

    return one_sound_in_each_stretch(made, seed, spells, "someone stirring tea with a teaspoon", 0.5, (14.0, 22.0),
                                     one)


# ------------------------------------------------------------------ an electric toothbrush through the bathroom door
def brush_drive(f0: np.ndarray) -> np.ndarray:
    """A sonic toothbrush's drive on the track ``f0`` (Hz): a square-ish buzz, the odd partials at 1/k to 6 kHz and
    the even at a tenth of that (the motor swings both ways alike).  Unit peak."""
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    count = int(6000.0 // float(f0.max()))
    return _peak_one(sum(np.sin(k * phase) / k * (1.0 if k % 2 else 0.1) for k in range(1, count + 1)))


def brushing(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of an electric toothbrush through the bathroom door: runs of 3-9 s of :func:`brush_drive` on
    245-265 Hz, each stroke on the teeth (1.2-2.5 a second) pulling the pitch down 3-6 % and the level down 3-6 dB
    (the load on the motor), on and off within 20 ms, 1-3 s off between runs (a rinse), none begun after ``seconds``
    - 1 s; through the door (under 3 kHz); the spell lasts ``seconds`` s or to its last run's end.  Returns the spell
    and what it was (runs: (start, end); the brush's pitch)."""
    pitch = prng.uniform(245.0, 265.0)
    out, runs, t = np.zeros(int((seconds + 10.0) * RATE)), [], prng.uniform(0.0, 0.5)
    while t < seconds - 1.0 or not runs:
        length = prng.uniform(3.0, 9.0)
        k = int(length * RATE)
        s = np.arange(k) / RATE
        load = 0.5 - 0.5 * np.cos(2 * np.pi * prng.uniform(1.2, 2.5) * s + rng.uniform(0, 2 * np.pi))
        drive = brush_drive(pitch * (1.0 - prng.uniform(0.03, 0.06) * load))
        _put(out, t, _edges(drive * 10 ** (-prng.uniform(3.0, 6.0) * load / 20), 0.02, 0.02))
        runs.append((t, t + length))
        t += length + prng.uniform(1.0, 3.0)
    return a21._low(out[:int(max(seconds, runs[-1][1] + 0.02) * RATE)], 3000.0), {"runs": runs, "pitch": pitch}


def toothbrush(made: Made, seed: int, spells: int) -> Made:
    """An electric toothbrush through the bathroom door, ``spells`` spells of 8-22 s (:func:`brushing`), one in each
    of ``spells`` equal stretches of the talk, in lines and pauses alike, 16-24 dB under the speech over the spell.
    Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = brushing(prng.uniform(8.0, 14.0), rng, prng)
        return sound, f"{len(what['runs'])} runs at {what['pitch']:.0f} Hz"

    return one_sound_in_each_stretch(made, seed, spells, "an electric toothbrush through the bathroom door", 0.5,
                                     (16.0, 24.0), one)


# ------------------------------------------------------------------ someone with a cold sniffing
def sniff(seconds: float, resonance: float, rng: np.random.Generator) -> np.ndarray:
    """One sniff of ``seconds`` s: air drawn through the nose, noise at 400-5000 Hz with the nasal passage's
    resonance (a band 30 % wide on ``resonance`` Hz, four times the rest), swelling from nothing to its end as the
    breath quickens, shut within 10 ms.  Unit peak."""
    k = int(seconds * RATE)
    noise = rng.normal(size=k)
    air = a30._band(noise, 400.0, 5000.0) + 4.0 * a30._band(noise, 0.85 * resonance, 1.15 * resonance)
    swell = (np.arange(k) / k) ** 1.5
    return _peak_one(_edges(air * swell, 0.0, 0.01))


def sniffing(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone with a cold sniffing: a bout every 2.5-8 s (none begun after ``seconds`` - 1 s), each
    of 1-3 sniffs (:func:`sniff` on the nose's 0.9-1.6 kHz, 120-350 ms, at 60-100 %) 0.25-0.5 s apart; the spell
    lasts ``seconds`` s or to its last sniff's end.  Returns the spell and what it was (bouts: (start, end); sniffs:
    (start, end))."""
    resonance = prng.uniform(900.0, 1600.0)
    out, bouts, sniffs, t = np.zeros(int((seconds + 6.0) * RATE)), [], [], prng.uniform(0.0, 1.0)
    while t < seconds - 1.0 or not bouts:
        at = t
        for _ in range(prng.randint(1, 3)):
            length = prng.uniform(0.12, 0.35)
            _put(out, at, sniff(length, resonance, rng) * prng.uniform(0.6, 1.0))
            sniffs.append((at, at + length))
            at += length + prng.uniform(0.25, 0.5)
        bouts.append((t, sniffs[-1][1]))
        t = max(sniffs[-1][1] + 1.0, t + prng.uniform(2.5, 8.0))
    return out[:int(max(seconds, bouts[-1][1] + 0.02) * RATE)], {"bouts": bouts, "sniffs": sniffs,
                                                                 "resonance": resonance}


def sniffles(made: Made, seed: int, spells: int) -> Made:
    """Someone with a cold sniffing beside the microphone, ``spells`` spells of 8-18 s (:func:`sniffing`), one in
    each of ``spells`` equal stretches of the talk, in lines and pauses alike, 12-20 dB under the speech over the
    spell.  Only adds sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = sniffing(prng.uniform(8.0, 16.0), rng, prng)
        return sound, f"{len(what['sniffs'])} sniffs in {len(what['bouts'])} bouts"

    return one_sound_in_each_stretch(made, seed, spells, "someone with a cold sniffing beside the microphone", 0.5,
                                     (12.0, 20.0), one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).  FLV keeps one timeline for
#: both streams and the H.264 picture's first frames come a second late (its reordering at two pictures a second):
#: the muxer must wait for every stream (``max_interleave_delta`` 0) or it writes the sound too far ahead and fails.
CODECS = {
    "flv": ("flv", "flv", "aac", 64000, 44100, 1024, "h264", "AAC-LC (64 kb/s, 44.1 kHz) in Flash video with an "
            "H.264 picture, a livestream's recording", {"options": {"max_interleave_delta": "0"}}),
    "avi": ("avi", "avi", "ac3", 192000, 48000, 1536, "mpeg4", "AC-3 (192 kb/s, 48 kHz) in an AVI with an MPEG-4 "
            "Part 2 picture, a DivX film rip"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class ThirtySeventhSpoilers(a36.ThirtySixthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside36_cases.ThirtySixthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside37_languages.LangSpec)."""

    humming: int = 0  #: this many spells of someone humming a tune beside the microphone (0: none)
    teaspoon: int = 0  #: this many spells of someone stirring tea with a teaspoon (0: none)
    toothbrush: int = 0  #: this many spells of an electric toothbrush through the bathroom door (0: none)
    sniffles: int = 0  #: this many spells of someone with a cold sniffing beside the microphone (0: none)


@dataclass
class Spec(a10.Spec, ThirtySeventhSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd80_real_humming_page_flv": Spec(d, "real", "page", real=R(127801, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.4)),
                                           room=("pink", 36), seed=127811, humming=2, codec="flv"),
        "rd80_real_teaspoon_dashes_avi": Spec(d, "real", "dashes", real=R(127802, 16, wideband=True, snr_db=q,
                                                                          gap=(0.5, 1.5)),
                                              room=("murmur", 34), seed=127812, teaspoon=2, codec="avi"),
        "rd80_real_toothbrush_plain": Spec(d, "real", real=R(127803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                             long_pauses=0.3),
                                           room=("pink", 36), seed=127813, toothbrush=2),
        "rd80_flite_sniffles_humming_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "awb", 1.2), Voice(F, "slt", 0.9)], 127401, 127501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=127814, sniffles=1, humming=1),
        "rd80_espeak_teaspoon_toothbrush_sniffles": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-029+Linda", 1.02), Voice(E, "en-gb-x-rp+Zac", 0.96)], 127403,
                           127503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=127816, teaspoon=1,
            toothbrush=1, sniffles=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside37)
        "py_real_humming_page": Spec(a, "real", "page", real=R(127101, 16, wideband=False, snr_db=q, gap=(0.5, 1.5)),
                                     room=("pink", 34), seed=127201, humming=3),
        "py_real_teaspoon_plain_flv": Spec(a, "real", real=R(127102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                           room=("pink", 36), seed=127202, teaspoon=2, codec="flv"),
        "py_real_toothbrush_dashes": Spec(a, "real", "dashes", real=R(127103, 16, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.4), long_pauses=0.3),
                                          room=("pink", 38), seed=127203, toothbrush=2),
        "py_real_sniffles_srt": Spec(a, "real", "srt", real=R(127104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                     room=("pink", 36), seed=127204, sniffles=3),
        "py_real_humming_vtt_avi": Spec(a, "real", "vtt", real=R(127105, 16, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.5)),
                                        room=("pink", 36), seed=127205, humming=2, codec="avi"),
        "py_real_long_mix_flv": Spec(a, "real", "page", real=R(127106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=127206, humming=4, teaspoon=3, toothbrush=3,
                                     sniffles=4, codec="flv"),
        "py_real_teaspoon_sniffles_dashes": Spec(a, "real", "dashes", real=R(127108, 16, wideband=True, snr_db=q,
                                                                             gap=(0.4, 1.4)),
                                                 room=("murmur", 34), seed=127208, teaspoon=2, sniffles=1),
        "py_flite_toothbrush_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 1.2), Voice(F, "rms", 0.8)], 127404, 127504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=127211, toothbrush=2),
        "py_festival_humming_teaspoon_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 1.12), Voice(FEST, "slt_hts", 0.8)], 127405, 127505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=127212, humming=1, teaspoon=2),
        "py_espeak_sniffles_toothbrush_page_avi": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us-nyc+Michael", 1.03), Voice(E, "en-gb-scotland+Alicia", 0.97)], 127406,
                           127506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=127213, sniffles=2,
            toothbrush=2, codec="avi"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd80_real_humming_page_flv", "rd80_real_teaspoon_dashes_avi", "rd80_real_toothbrush_plain",
                 "rd80_flite_sniffles_humming_page", "rd80_espeak_teaspoon_toothbrush_sniffles"],
         "aside": ["py_real_humming_page", "py_real_teaspoon_plain_flv", "py_real_toothbrush_dashes",
                   "py_real_sniffles_srt", "py_real_humming_vtt_avi", "py_real_long_mix_flv",
                   "py_real_teaspoon_sniffles_dashes", "py_flite_toothbrush_plain",
                   "py_festival_humming_teaspoon_dashes", "py_espeak_sniffles_toothbrush_page_avi"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the humming, the teaspoon, the toothbrush and the
    sniffles; then aside36_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.humming, lambda m: humming(m, spec.seed + 330, spec.humming)),
             (spec.teaspoon, lambda m: teaspoon(m, spec.seed + 331, spec.teaspoon)),
             (spec.toothbrush, lambda m: toothbrush(m, spec.seed + 332, spec.toothbrush)),
             (spec.sniffles, lambda m: sniffles(m, spec.seed + 333, spec.sniffles))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a36.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
