"""A twenty-third aside set nobody has tuned to (``rx_*``, English), and dev twins made the same way (``rd66_*``).

``az_*`` .. ``jx_*`` have each been run once and looked at (``tx_*``, the twenty-second, this round).  Allison
Smith's telephone prompts are still the only real English voice with text and truth, so the real talks say the
``nx_*`` pool again, with new seeds, around conditions no set had.  What is new (checked against the twenty-two
sets' "What is new" tables and "Considered and not built" lists in benchmarks/README.md and the dev families; a
hearing loop's hum, PA feedback, a noise gate, a hall's long tail, a PA heard from the audience, a ducked music bed,
applause and laughter, a fast reader, a lavalier's rustle and a re-flowed transcript were built or left before and
are not here):

* **a panel's automatic microphone mixer** (gain sharing, the Dugan kind): every talker at the table has a
  microphone, and each microphone hears the others' talkers too, later and through the room; the mixer gives each
  microphone its share of one gain by its level, so a line comes out of its talker's own microphone, but as it ends
  the gain spreads back over the table and the line's last sounds come out of the far microphones, with the room
  (:func:`automatic_mixer`; left for want of time by the twenty-second set);
* **a cassette recorded with Dolby B and played back without it** (a digitization mistake): the encoder's sliding
  high-frequency compressor lifts every quiet sound's highs by up to 10 dB -- a line's fading last syllable, a
  breath, the room in the pauses -- and leaves loud ones alone; the tape's hiss is at its full level, undecoded
  (:func:`dolby_b_undecoded`);
* **a public-address chime before announcements** (a station's or an airport's two- or three-note chime, struck
  metal bars ringing 1.5-2.5 s): struck in the pause before a line, its last note still ringing under the line's
  first words (:func:`announcement_chimes`);
* containers no case had: **AAC in a 3GPP2 file** (``.3g2``: a CDMA phone's recording) and **AAC in a Flash MP4
  video** (``.f4v``, an H.264 picture before the sound: a web-conference or Flash-era lecture archive, whose AAC
  priming the decoder leaves in: 46 ms, measured and moved into the truth) (:data:`CODECS`);
* voices at speeds they never had: flite ``kal`` x0.74 and ``rms`` x1.8, festival ``ked`` x1.76 and ``kal`` x0.56.

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  The mixer's far microphones hear each voice later than its own (the
table's distances), its level detectors are causal, and every gain multiplies a signal that holds nothing of a voice
before it begins; the Dolby encoder's band split is zero-phase and its side chain causal (a gain, never a delay); the
chimes are struck in pauses and only add sound; the containers' delays are measured and moved into the truth
(aside_common.stored_as).

Only the lead runs an aligner (ours or a peer) on ``rx_*``, once (``run.py --aside23``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside21_cases as a21
import aside22_cases as a22
import synth_cases as sc
import unseen_cases as uc
from aside_common import english_case, generated_talk, kept_as_decoded, stored_in
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
SOUND_SPEED = a22.SOUND_SPEED


def _line_spans(made: Made) -> list[dict]:
    return [s for s in made.segments if s.get("start") is not None]


# ------------------------------------------------------------------ a panel's automatic microphone mixer
def shared_gains(levels: np.ndarray) -> np.ndarray:
    """Gain sharing (Dugan): each microphone's gain is its level's share of the levels summed, as power (``levels``:
    microphones x blocks).  The gains of a block sum to one: the mixer's total gain is constant, so the table's noise
    and its room never rise as a talker stops -- only which microphone they come from changes."""
    power = levels ** 2 + 1e-20
    return power / power.sum(axis=0, keepdims=True)


@dataclass
class Panel:
    """What each microphone at a panel's table heard (:func:`panel_microphones`)."""

    heard: list[np.ndarray]  #: one signal a microphone, the talkers' own first (in the order of ``talkers``)
    talkers: list[str]  #: the lines' ``voice`` values ("" for the real prompts' one speaker)
    delays: list[int]  #: samples by which a far microphone hears a talker later than their own
    rt60: float
    far_db: float  #: the direct sound at a far microphone, dB under the talker's own
    own_db: float  #: each microphone's own noise, dB under the speech


def panel_microphones(made: Made, prng: random.Random, rng: np.random.Generator) -> Panel:
    """The microphones at a panel's table, 3-4 of them.  Each line's talker (a synthesized line's ``voice``; the
    real prompts' one speaker) speaks into a microphone of their own (the talk as it was: each sample given to the
    talker of the nearest line, so the parts sum to the talk); every other microphone, 1.2-2.6 m away, hears them
    3.5-7.6 ms later (343 m/s), its direct sound 12-18 dB down and the room's diffuse field 0-4 dB over that (past
    the room's critical distance: RT60 0.4-0.7 s); the talker's own microphone hears the same diffuse field (a room's
    tail is as loud everywhere in it).  Each microphone has its own noise (its panelist's rustle and breath, the air
    near it: pink, 34-40 dB under the speech)."""
    x = made.samples.astype(np.float64)
    n = len(x)
    lines = _line_spans(made)
    talkers = sorted({s.get("voice", "") for s in lines})
    mics = max(len(talkers) + 1, prng.choice([3, 4]))
    owner = np.zeros(n, int)
    for k, s in enumerate(lines):
        owner[0 if k == 0 else int((lines[k - 1]["end"] + s["start"]) / 2 * RATE):] = talkers.index(s.get("voice", ""))
    own = [x * (owner == t) for t in range(len(talkers))]
    speech = a4.speech_rms(made)
    rt60, far_db = prng.uniform(0.4, 0.7), prng.uniform(12.0, 18.0)
    own_db, diffuse_db = prng.uniform(34.0, 40.0), prng.uniform(0.0, 4.0)
    heard, delays = [], []
    for i in range(mics):
        m = sc.pink(n, rng).astype(np.float64) * speech * 10 ** (-own_db / 20)
        for t, voice in enumerate(own):
            h = sc.room_impulse(rt60, rng).astype(np.float64)
            h[1:] *= 10 ** (diffuse_db / 20) / (np.sqrt(np.sum(h[1:] ** 2)) + 1e-12)  # the diffuse field's energy
            if t == i:
                h[1:] *= 10 ** (-far_db / 20)  # the same field, at the talker's own microphone, under the direct
                m += sc.convolve(voice, h).astype(np.float64)
                continue
            d = int(round(prng.uniform(1.2, 2.6) / SOUND_SPEED * RATE))
            delays.append(d)
            far = sc.convolve(voice, h).astype(np.float64) * 10 ** (-far_db / 20)
            m[d:] += far[:n - d]
        heard.append(m)
    return Panel(heard, talkers, delays, rt60, far_db, own_db)


def automatic_mixer(made: Made, seed: int) -> Made:
    """The talk at a panel's table (:func:`panel_microphones`) through an automatic mixer that shares one gain among
    the microphones.  The mixer follows each microphone's level (1 ms blocks, up in 2 ms, down in 80-150 ms,
    causal) and gives it its share of the gain (:func:`shared_gains`): while a talker speaks their microphone has
    nearly all of it; as the line ends and its level falls toward the room's, the gain spreads over the table and
    the line's last sounds come out of the far microphones, with the room; in the pauses every microphone is open at
    a share.  The far microphones hear every voice later than its own, the room's field comes after the voice that
    excites it, and the gains come from levels already heard: nothing comes earlier than the voice."""
    prng = random.Random(seed)
    panel = panel_microphones(made, prng, np.random.default_rng(seed))
    release = prng.uniform(0.08, 0.15)
    n = len(made.samples)
    gains = shared_gains(np.array([a21._envelope(m, 0.002, release) for m in panel.heard]))
    y = sum(a21._per_sample(g, n) * m for g, m in zip(gains, panel.heard))
    voiced = np.zeros(n, bool)
    for s in _line_spans(made):
        voiced[int(s["start"] * RATE):int(s["end"] * RATE)] = True
    y *= a4.speech_rms(made) / (sc._rms(y[voiced]) + 1e-12) if voiced.any() else 1.0
    ms = [1000 * d / RATE for d in panel.delays]
    note = (f"a panel's automatic microphone mixer (gain sharing): {len(panel.heard)} microphones, "
            f"{len(panel.talkers)} talking; the far ones hear a talker {min(ms):.1f}-{max(ms):.1f} ms later, "
            f"{panel.far_db:.0f} dB down, in a room of RT60 {panel.rt60:.2f} s; each its own noise "
            f"{panel.own_db:.0f} dB under; levels followed down in {1000 * release:.0f} ms")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a Dolby B cassette played back without it
DOLBY_BOOST_DB = 10.0  #: Dolby B's most lift of the highs, at low levels (its published 10 dB of noise reduction)


def dolby_b_lift(level_db: np.ndarray) -> np.ndarray:
    """The encoder's lift of the highs (dB) at a high-band level (dB against the band's loudest speech): the full
    :data:`DOLBY_BOOST_DB` at 40 dB under or quieter, none at 5 dB under or louder, straight in dB between (a
    compressor of about 1.4:1 over its working range: loud highs pass, quiet ones come up)."""
    return DOLBY_BOOST_DB * np.clip((-5.0 - level_db) / 35.0, 0.0, 1.0)


def dolby_b_undecoded(made: Made, seed: int) -> Made:
    """The talk recorded on a cassette with Dolby B and played back without it.  The encoder splits off the highs
    (over 1.2-2 kHz: zero-phase, the band and the rest sum back to the talk), follows their level (1 ms blocks, up
    in 2 ms, down in 60-100 ms, causal) and lifts them by :func:`dolby_b_lift`; the deck that should take the lift
    off again is set to "off".  So every quiet sound's highs come out up to 10 dB louder -- a line's last fading
    syllable, its breaths, the room's noise in the pauses -- while a loud line's highs pass as they were.  The tape's
    own hiss (over 1 kHz, 48-54 dB under the speech) is laid after the encoder, at its full level.  A gain that
    follows the level moves nothing: every voice stays where it was."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    corner = prng.uniform(1200.0, 2000.0)
    low = a21._low(x, corner)
    high = x - low
    release = prng.uniform(0.06, 0.10)
    env = a21._envelope(high, 0.002, release)
    lines = _line_spans(made)
    voiced = np.zeros(len(env), bool)
    for s in lines:
        voiced[int(s["start"] * RATE) // 16:int(s["end"] * RATE) // 16] = True
    top = float(np.percentile(env[voiced], 95)) if voiced.any() else float(np.max(env))
    lift = dolby_b_lift(20 * np.log10(env / (top + 1e-20) + 1e-20))
    y = low + high * a21._per_sample(10 ** (lift / 20), n)
    hiss_db = prng.uniform(48.0, 54.0)
    hiss = rng.normal(size=n)
    hiss -= a21._low(hiss, 1000.0)
    y += hiss / (sc._rms(hiss) + 1e-12) * a4.speech_rms(made) * 10 ** (-hiss_db / 20)
    note = (f"a cassette recorded with Dolby B, played back without it: the highs over {corner:.0f} Hz lifted up to "
            f"{DOLBY_BOOST_DB:.0f} dB where they are quiet (released in {1000 * release:.0f} ms), the tape's hiss "
            f"{hiss_db:.0f} dB under, undecoded")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a public-address chime before announcements
#: A struck free bar's partials (ratios to the fundamental) and their strengths: the metallophone a PA chime is.
BAR_PARTIALS = ((1.0, 1.0), (2.76, 0.45), (5.40, 0.2), (8.93, 0.08))
#: Chimes as PA systems play them: the notes' fundamentals (Hz), in order.
CHIMES = ((523.3, 659.3, 784.0), (784.0, 659.3, 523.3), (659.3, 523.3), (587.3, 740.0, 880.0), (880.0, 698.5))
LEAST_PAUSE = 1.1  #: a pause shorter than this (s) has no room for a chime and a breath before the announcement


def chime_note(f0: float, seconds: float, ring: float) -> np.ndarray:
    """One struck bar at ``f0``: :data:`BAR_PARTIALS`, each dying 60 dB in ``ring`` s (the higher ones sooner),
    a 2 ms mallet onset; unit peak."""
    t = np.arange(int(seconds * RATE)) / RATE
    y = sum(a * np.exp(-6.91 * t / (ring / r ** 0.7)) * np.sin(2 * np.pi * f0 * r * t) for r, a in BAR_PARTIALS)
    on = int(0.002 * RATE)
    y[:on] *= np.linspace(0.0, 1.0, on)
    return y / (np.max(np.abs(y)) + 1e-12)


def announcement_chimes(made: Made, seed: int, count: int) -> Made:
    """A PA's chime struck before up to ``count`` lines (those after a pause of :data:`LEAST_PAUSE` or more, spread
    over the talk): two or three notes of one of :data:`CHIMES`, 0.28-0.4 s apart, each a struck bar ringing 60 dB
    down in 1.5-2.5 s, the first no sooner than 0.15 s after the line before ends, the last struck 0.3-0.6 s before
    the line begins -- so it still rings, 8-20 dB down, under the line's first words.  As loud as the speech (its
    first 100 ms within 3 dB of the speech's level).  Struck in pauses; nothing moves."""
    prng = random.Random(seed)
    x = made.samples.astype(np.float64).copy()
    n = len(x)
    lines = _line_spans(made)
    speech = a4.speech_rms(made)
    tune = CHIMES[prng.randrange(len(CHIMES))]
    ring, step = prng.uniform(1.5, 2.5), prng.uniform(0.28, 0.40)
    level = speech * 10 ** (prng.uniform(-3.0, 3.0) / 20)
    chances = [k for k in range(len(lines)) if lines[k]["start"] - (lines[k - 1]["end"] if k else 0.0) >= LEAST_PAUSE]
    picks = sorted(prng.sample(chances, min(count, len(chances))))
    struck = []
    for k in picks:
        room = lines[k]["start"] - (lines[k - 1]["end"] if k else 0.0) - 0.15
        lead = prng.uniform(0.3, 0.6)
        notes = tune if room >= lead + step * (len(tune) - 1) else tune[-2:]
        if room < lead + step * (len(notes) - 1):
            continue
        last = lines[k]["start"] - lead
        for j, f0 in enumerate(notes):
            at = int((last - step * (len(notes) - 1 - j)) * RATE)
            y = chime_note(f0, min(ring * 1.2, (n - at) / RATE), ring)
            peak = sc._rms(y[:int(0.1 * RATE)]) + 1e-12
            x[at:at + len(y)] += y * level / peak
        struck.append(k)
    said = ", ".join(str(k + 1) for k in struck)
    tones = "-".join(f"{f:.0f}" for f in tune)
    return Made(x.astype(np.float32), made.segments, made.notes + [
        f"a PA's chime ({tones} Hz, struck bars ringing 60 dB down in {ring:.1f} s) before {len(struck)} lines "
        f"(lines {said}), its last note 0.3-0.6 s before the line"], made.words)


# ------------------------------------------------------------------ a talk heard off shortwave
def slow_wander(n: int, rng: np.random.Generator, seconds: float) -> np.ndarray:
    """A smooth random curve over ``n`` samples between -1 and 1 that turns about every ``seconds`` s (noise low-passed
    far under 1 Hz, then scaled to its largest swing): how the ionosphere's paths drift."""
    knots = rng.normal(size=int(n / RATE / seconds) + 4)
    curve = np.interp(np.arange(n) / RATE / seconds, np.arange(len(knots)), knots)
    c = np.concatenate([[0.0], np.cumsum(curve)])
    w = int(seconds * RATE / 2)
    lo, hi = np.clip(np.arange(n) - w, 0, n), np.clip(np.arange(n) + w, 0, n)
    smooth = (c[hi] - c[lo]) / np.maximum(hi - lo, 1)
    smooth -= smooth.mean()
    return smooth / (np.max(np.abs(smooth)) + 1e-12)


def shortwave(made: Made, seed: int) -> Made:
    """The talk as a listener far away recorded it off a shortwave broadcast (AM, heard by skywave).  The station's
    band (100-4500 Hz, zero-phase); two paths through the ionosphere, the second 0.3-1.5 ms later and its delay
    drifting (a slow random curve, turning every 3-6 s): **selective fading** -- notches that sweep through the
    voice's band, a line's vowels hollow one moment and full the next; the whole signal fading 6-14 dB and back
    every 4-10 s, the receiver's gain control holding the voice level and so bringing up the band's hiss in each
    fade (24-32 dB under the voice at full signal); an adjacent station's heterodyne whistle (a steady tone at 1-3
    kHz, 30-36 dB under); and static crashes from distant lightning (6-14 a minute, 5-40 ms bursts dying away, up to
    the voice's level).  Both paths carry the voice no earlier than it was said (the later path only adds a later
    copy); the gains and the noises move nothing."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    voice = a22._band(x, 100.0, 4500.0)
    t = np.arange(n)
    delay = (prng.uniform(0.3, 0.8) + prng.uniform(0.3, 0.7) * (1 + slow_wander(n, rng, prng.uniform(3.0, 6.0)))) \
        * 1e-3 * RATE
    second = np.interp(t - delay, t, voice, left=0.0) * prng.uniform(0.6, 0.95)
    signal = voice + second
    depth = prng.uniform(6.0, 14.0)
    fade = 10 ** (-depth * (0.5 + 0.5 * slow_wander(n, rng, prng.uniform(4.0, 10.0))) / 20)
    speech = a4.speech_rms(made)
    hiss_db = prng.uniform(24.0, 32.0)
    hiss = a22._band(rng.normal(size=n), 100.0, 4500.0)
    y = signal + hiss / (sc._rms(hiss) + 1e-12) * speech * 10 ** (-hiss_db / 20) / fade  # the gain control's doing
    whistle_hz, whistle_db = prng.uniform(1000.0, 3000.0), prng.uniform(30.0, 36.0)
    y += np.sqrt(2) * speech * 10 ** (-whistle_db / 20) * np.sin(2 * np.pi * whistle_hz * t / RATE)
    crashes = int(n / RATE / 60 * prng.uniform(6.0, 14.0))
    for _ in range(crashes):
        at, m = int(prng.uniform(0, n / RATE) * RATE), int(prng.uniform(0.005, 0.04) * RATE)
        m = min(m, n - at)
        if m > 8:
            burst = a22._band(rng.normal(size=m), 100.0, 4500.0) * np.exp(-np.arange(m) / (m / 4))
            y[at:at + m] += burst / (sc._rms(burst) + 1e-12) * speech * 10 ** (-prng.uniform(0.0, 12.0) / 20)
    low, high = delay.min() / RATE * 1000, delay.max() / RATE * 1000
    said = ["off a shortwave broadcast: 100-4500 Hz", f"a second path {low:.1f}-{high:.1f} ms later (selective fading)",
            f"fades of {depth:.0f} dB with the hiss {hiss_db:.0f} dB under brought up in them",
            f"a heterodyne whistle at {whistle_hz:.0f} Hz {whistle_db:.0f} dB under", f"{crashes} static crashes"]
    return Made(y.astype(np.float32), made.segments, made.notes + [", ".join(said)], made.words)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).
CODECS = {
    "3g2": ("3g2", "3g2", "aac", 32000, 16000, 1024, None, "AAC-LC (32 kb/s, 16 kHz) in a 3GPP2 file, a CDMA "
            "phone's recording"),
    "f4v": ("f4v", "f4v", "aac", 48000, 22050, 1024, "libx264", "AAC-LC (48 kb/s, 22.05 kHz) in a Flash MP4 video "
            "with an H.264 picture, a web lecture's archive"),
}


def store_codec(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
    """The talk in one of :data:`CODECS`, its truth moved by the delay measured (aside_common.stored_in)."""
    return stored_in(made, CODECS[kind])


def decoded_through(made: Made, kind: str) -> Made:
    """A language talk through one of :data:`CODECS`, kept as the samples decoded from it."""
    return kept_as_decoded(store_codec(made, kind)[0])


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TwentyThirdSpoilers(a22.TwentySecondSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside22_cases.TwentySecondSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside23_languages.LangSpec)."""

    automix: bool = False  #: at a panel's table, through an automatic microphone mixer
    dolby: bool = False  #: a Dolby B cassette played back without it
    chime: int = 0  #: a PA's chime before this many announcements (0: none)
    shortwave: bool = False  #: recorded off a shortwave broadcast (selective fading, static crashes)


@dataclass
class Spec(a10.Spec, TwentyThirdSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd66_real_automix_page_3g2": Spec(d, "real", "page", real=R(99801, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.4)),
                                           room=("pink", 36), seed=99811, automix=True, codec="3g2"),
        "rd66_real_dolby_dashes_f4v": Spec(d, "real", "dashes", real=R(99802, 16, wideband=True, snr_db=q,
                                                                       gap=(0.5, 1.5)),
                                           room=("murmur", 32), seed=99812, dolby=True, codec="f4v"),
        "rd66_real_chime_plain": Spec(d, "real", real=R(99803, 16, wideband=False, snr_db=q, gap=(0.5, 1.4),
                                                        long_pauses=0.3),
                                      room=("fan", 36), seed=99813, chime=4),
        "rd66_flite_automix_chime_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 0.76), Voice(F, "rms", 1.78)], 99401, 99501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("murmur", 34), seed=99814, automix=True, chime=3),
        "rd66_espeak_shortwave_automix": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+Andy", 1.0), Voice(E, "en-gb+Annie", 0.95)], 99403, 99503, 10,
                           pause=(0.5, 1.4), turn=3)], room=("pink", 34), seed=99816, shortwave=True,
            automix=True),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside23)
        "rx_real_automix_page": Spec(a, "real", "page", real=R(99101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                     room=("murmur", 30), seed=99201, automix=True),
        "rx_real_dolby_plain_3g2": Spec(a, "real", real=R(99102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                        room=("pink", 36), seed=99202, dolby=True, codec="3g2"),
        "rx_real_chime_dashes": Spec(a, "real", "dashes", real=R(99103, 16, wideband=True, snr_db=q,
                                                                 gap=(0.5, 1.4), long_pauses=0.3),
                                     room=("murmur", 30), seed=99203, chime=4),
        "rx_real_dolby_srt": Spec(a, "real", "srt", real=R(99104, 16, wideband=False, snr_db=q, gap=(0.5, 1.6)),
                                  room=("fan", 36), seed=99204, dolby=True),
        "rx_real_automix_vtt_f4v": Spec(a, "real", "vtt", real=R(99105, 16, wideband=False, snr_db=q,
                                                                 gap=(0.4, 1.5)),
                                        room=("pink", 34), seed=99205, automix=True, codec="f4v"),
        "rx_real_long_mix_f4v": Spec(a, "real", "page", real=R(99106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=99206, automix=True, dolby=True, chime=6,
                                     codec="f4v"),
        "rx_real_shortwave_dashes": Spec(a, "real", "dashes", real=R(99108, 16, wideband=True, snr_db=q,
                                                                     gap=(0.4, 1.4)),
                                         room=("pink", 38), seed=99208, shortwave=True),
        "rx_festival_chime_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "ked", 1.76), Voice(FEST, "kal", 0.56)], 99405, 99505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 30), seed=99212, chime=3),
        "rx_espeak_dolby_page_3g2": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-gb+Alicia", 1.0), Voice(E, "en-us+Henrique", 0.9)], 99406, 99506, 10,
                           pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=99213, dolby=True, codec="3g2"),
        "rx_flite_automix_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "kal", 0.74), Voice(F, "rms", 1.8)], 99404, 99504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=99211, automix=True),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd66_real_automix_page_3g2", "rd66_real_dolby_dashes_f4v", "rd66_real_chime_plain",
                 "rd66_flite_automix_chime_page", "rd66_espeak_shortwave_automix"],
         "aside": ["rx_real_automix_page", "rx_real_dolby_plain_3g2", "rx_real_chime_dashes", "rx_real_dolby_srt",
                   "rx_real_automix_vtt_f4v", "rx_real_long_mix_f4v",
                   "rx_real_shortwave_dashes", "rx_flite_automix_plain", "rx_festival_chime_dashes",
                   "rx_espeak_dolby_page_3g2"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers in the order they happen: the PA's chime (in the room, heard by the microphones as the voice
    is); the panel's microphones and their mixer (each microphone's own noise in it); aside22_cases.spoil's (the
    room's noise among them, none of its own switched on); the shortwave broadcast (carrying all of that, heard far
    away); the cassette with Dolby B, played back without it, last (it carries everything the microphones or the
    receiver gave).  Each draws on the case's seed and a number of its own."""
    in_the_room = [(spec.chime, lambda m: announcement_chimes(m, spec.seed + 190, spec.chime)),
                   (spec.automix, lambda m: automatic_mixer(m, spec.seed + 191))]
    carried = [(spec.shortwave, lambda m: shortwave(m, spec.seed + 193)),
               (spec.dolby, lambda m: dolby_b_undecoded(m, spec.seed + 192))]
    for wanted, spoiler in in_the_room:
        made = spoiler(made) if wanted else made
    made = a22.spoil(made, spec, which, floor, lang)
    for wanted, spoiler in carried:
        made = spoiler(made) if wanted else made
    return a4.headroom(made)


def names(which: str) -> list[str]:
    return list(NAMES[which])


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made (aside10_cases.needs), or None."""
    return a10.needs(catalogue()[name])


def make(name: str) -> uc.Built:
    """The case's audio, truth and transcript (aside_common.english_case)."""
    return english_case(name, sys.modules[__name__])
