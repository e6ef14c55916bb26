"""A forty-fifth aside set nobody has tuned to (``xy_*``, English), and dev twins made the same way (``rd88_*``).

``az_*`` .. ``wy_*`` have each been run once and looked at (``wy_*``, the forty-fourth, this round).  Allison Smith's
telephone prompts are still the only real English voice with text and truth, so the real talks say the ``nx_*``
pool again, with new seeds, around conditions no set had.  What is new (checked against the forty-four sets' "What
is new" tables and "Considered and not built" lists in benchmarks/README.md, and against every ``*_cases.py``: a
hair dryer was left as the vacuum cleaner, keys jangling as the wind chimes, a fridge's compressor is the
air conditioner's cycling, so none of those is built):

* **sheets torn off a pad over each line's end**, someone tearing off a page to take notes as each line is said:
  the perforation's fibres snapping (clicks at 1.5-9 kHz, each a band-limited impulse) at a rate swelling from a
  quarter of its peak to 150-500 a second mid-tear and back, over the sheet's hiss sliding on the pad (2-8 kHz) and
  the freed sheet's flap (noise under 400 Hz, 25 ms); **each tear begun 60-250 ms before a line end in the spell
  and running on 100-350 ms past it** (:func:`tear`): a dense unvoiced crackle across the end, where a line's last
  /s/ or /t/ lies;
* **a retractable pen clicked over and over, stopping just before each line**, a fidgeting speaker: click pairs --
  the press (a snap at 2-8 kHz and the spring's ring on 3-5 kHz dying over 4 ms) and the release 60-160 ms later
  (a duller snap at 1.2-6 kHz, 60 % of it) -- at 2.5-6 pairs a second in runs of 2-10, **the last release of each run
  30-150 ms before a line start in the spell** (:func:`pen`): sharp clicks right where a start's burst would be;
* **a door creaking open and clicking shut**, a latecomer slipping in: the hinge's stick-slip squeal (a harmonic
  series to 4 kHz on 150-450 Hz, gliding up 15-50 % and back as the door swings, its pitch jittered 2-5 % and its
  level fluttering at 15-30 Hz) for 0.6-1.6 s, **begun 0.2-0.6 s before a line start and running on into the
  line**; then the door pushed to, a shorter creak (0.3-0.6 s) and the latch's two clicks (2-7 kHz, 15-35 ms apart)
  with the frame's thud (70-140 Hz dying over 40 ms), **the latch 20-120 ms after a line end** 1.5-6 s later (else
  2-5 s after the door opened) (:func:`door`): a voiced glide under a line's first syllables, a click just after an
  end;
* **someone cracking their knuckles**: finger by finger, runs of 3-9 pops 0.15-0.6 s apart (a fifth of them a
  double pop 8-20 ms after), each a cavitation's snap (noise at 0.5-6 kHz dying over 0.8 ms) over the hand's low
  thump (150-400 Hz dying over 12 ms), a run every 2-5 s (:func:`knuckles`): lone, sharp pops with a low body, in
  lines and pauses alike;
* containers no set had: **Opus in Matroska with an H.264 picture** (``.mkv``, 48 kHz, 32 kb/s: what a browser's
  MediaRecorder writes for a recorded video call; the sets' Matroska held AC-3, E-AC-3, AAC, MP3, MP2, FLAC and
  16-bit PCM, their Opus went in Ogg, WebM, a Matroska audio file, MP4 and a transport stream) and **8-bit unsigned
  PCM in an AVI with a Motion-JPEG picture** (``.avi``, 11.025 kHz: an old webcam's Video for Windows capture, its
  quantizing noise some 48 dB under full scale; the sets' 8-bit PCM went in a WAV, their AVI held MP3, IMA and
  Microsoft ADPCM, AC-3, mu-law and 16-bit PCM).  G.726 in an AVI was tried first and left: aligner.audio.decode
  read a 71 s file of it as 72,614 s (it lays each packet at its time stamp, and FFmpeg's AVI gives G.726 packets
  stamps in a time base the decoder does not scale) -- an engine matter, not this set's;
* voices at speeds they never had, everyday ones again: flite ``awb`` x0.97 and ``slt`` x1.01, festival ``kal``
  x0.98 and ``ked`` x1.01 (dev: flite ``kal`` x0.97, ``rms`` x1.02); espeak-ng variants no English talk had at all
  (``Gene2``, ``iven4``, ``m5``, ``travis``).

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment and word bounds on the dry speech.  Every generator here only adds sound; the containers' delays are
measured and moved into the truth (aside_common.stored_in).

Only the lead runs an aligner (ours or a peer) on ``xy_*``, once (``run.py --aside45``); its packages and the
commands that make it are in benchmarks/README.md, under the set's "Setting up".
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside10_cases as a10
import aside21_cases as a21
import aside26_cases as a26
import aside30_cases as a30
import aside31_cases as a31
import aside42_cases as a42
import aside43_cases as a43
import aside44_cases as a44
import synth_cases as sc
import unseen_cases as uc
from aside_common import container_functions, generated_talk, one_sound_in_each_stretch, set_functions
from synth_cases import RATE, Made, Voice

E, F, FEST = "espeak", "flite", "festival"
_put, _peak_one, _spell_end, _knock, _decaying = a42._put, a42._peak_one, a42._spell_end, a43._knock, a42._decaying
line_end_near, line_start_near, laid_at = a42.line_end_near, a43.line_start_near, a42.laid_at
#: Every kind's spells: 12-24 dB under the speech over the spell.
UNDER = a42.UNDER


def _edges_in(made: Made, key: str, at: float, seconds: float) -> list:
    """The line starts or ends (``key``) of ``made`` from ``at`` s for ``seconds`` s, in order, s into the spell."""
    return sorted(s[key] - at for s in made.segments if s.get(key) is not None and at <= s[key] < at + seconds)


def _first_edge(edge: float | None, j: int, count: int, n: int, prng: random.Random) -> float:
    """A spell's first line edge (``edge``, from line_start_near or line_end_near), or where its stretch holds none a
    time in the stretch's first half (the ``j``-th of ``count`` over ``n`` samples)."""
    return edge if edge is not None else prng.uniform(j + 0.1, j + 0.5) / count * n / RATE


# ------------------------------------------------------------------ sheets torn off a pad over each line's end
#: Each tear begins this long before a line's end and runs on this long past it (s).
BEFORE_END, RUN_ON = (0.06, 0.25), (0.1, 0.35)
#: The fibres snap at most this many times a second (at a tear's middle; a quarter of it at its ends).
SNAPS = (150.0, 500.0)


def tear(seconds: float, peak: float, rng: np.random.Generator) -> np.ndarray:
    """One sheet torn off a pad along its perforation, ``seconds`` s: the fibres snapping -- impulses at random times
    whose rate swells from a quarter of ``peak`` a second to ``peak`` at the tear's middle and back (a sine's arch),
    each at 30-100 %, band-limited to 1.5-9 kHz (clicks) -- over the sheet's hiss sliding on the pad (noise at 2-8
    kHz under the same arch, 25 % of the clicks' RMS), then the freed sheet's flap (noise under 400 Hz dying over
    25 ms, half the peak).  Unit peak; ``seconds`` + 0.1 s long."""
    k = int(seconds * RATE)
    arch = np.sin(np.pi * np.arange(k) / k)
    rate = peak * (0.25 + 0.75 * arch)
    snaps = (rng.random(k) < rate / RATE) * rng.uniform(0.3, 1.0, k)
    clicks = a30._band(snaps, 1500.0, 9000.0)
    hiss = a30._band(rng.normal(size=k), 2000.0, 8000.0) * arch
    out = np.zeros(k + int(0.1 * RATE))
    out[:k] = clicks + 0.25 * hiss * sc._rms(clicks) / (sc._rms(hiss) + 1e-12)
    m = int(0.1 * RATE)
    flap = a21._low(rng.normal(size=m), 400.0) * np.exp(-np.arange(m) / (0.025 * RATE))
    out[k - m // 4:k - m // 4 + m] += 0.5 * np.abs(out).max() * flap / (np.abs(flap).max() + 1e-12)
    return _peak_one(out)


def tear_times(ends: list, prng: random.Random) -> list:
    """The tears over line ``ends`` (s into the spell): (start, line end, stop), each begun 60-250 ms before its end
    (never before 0) and stopping 100-350 ms after it; an end whose tear would begin less than 0.3 s after the last
    one stopped goes without."""
    tears: list = []
    for e in sorted(ends):
        start = max(0.0, e - prng.uniform(*BEFORE_END))
        if tears and start < tears[-1][2] + 0.3:
            continue
        tears.append((start, e, e + prng.uniform(*RUN_ON)))
    return tears


def tearing(ends: list, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A spell of sheets torn off a pad over line ``ends`` (:func:`tear_times`; :func:`tear`, its fibres snapping up
    to 150-500 a second, the pad's own for the spell), each at 80-100 %.  Returns the spell and what it was (tears:
    (start, line end, stop); snaps: the peak rate)."""
    peak = prng.uniform(*SNAPS)
    tears = tear_times(ends, prng)
    out = np.zeros(int((tears[-1][2] + 0.2) * RATE))
    for start, _, stop in tears:
        _put(out, start, tear(stop - start, peak, rng) * prng.uniform(0.8, 1.0))
    return out, {"tears": tears, "snaps": peak}


def tear_pad(made: Made, seed: int, spells: int) -> Made:
    """Sheets torn off a pad over line ends, ``spells`` spells over 5-10 s of the talk (:func:`tearing`), one in
    each of ``spells`` equal stretches, each begun on a tear 60-250 ms before a line's end (aside42_cases.line_end_near)
    and with a tear over every line end it spans, 12-24 dB under the speech over the spell.  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        seconds = prng.uniform(5.0, 10.0)
        first = _first_edge(line_end_near(made, len(added), j, count, 0.5, prng), j, count, len(added), prng)
        at = max(0.0, first - prng.uniform(*BEFORE_END))
        sound, what = tearing(_edges_in(made, "end", at, seconds) or [first - at], rng, prng)
        return f"{laid_at(added, sound, at, speech, prng)}; {len(what['tears'])} tears)"

    return a26._one_in_each_stretch(made, seed, spells, lay, "sheets torn off a pad")


# ------------------------------------------------------------------ a pen clicked, stopping before each line
#: The release follows the press by this much (s); pairs come this many a second; a run holds this many pairs.
RELEASE, PAIRS, RUN = (0.06, 0.16), (2.5, 6.0), (2, 10)
#: Each run's last release lands this long before a line's start (s).
BEFORE_START = (0.03, 0.15)


def pen_click(spring: float, release: float, rng: np.random.Generator) -> np.ndarray:
    """One click of a retractable pen: the press (a snap of noise at 2-8 kHz dying over 0.5 ms, and the spring's
    ring on ``spring`` Hz dying over 4 ms at half of it) and, ``release`` s later, the release (a duller snap at
    1.2-6 kHz dying over 0.4 ms, at 60 %).  Unit peak; ``release`` + 0.03 s long."""
    press = _knock(2000.0, 8000.0, 0.0005, rng)
    ring = _decaying(spring, 0.004, 0.03, rng)
    ring[:len(press)] += 2.0 * press[:len(ring)]
    out = np.zeros(int((release + 0.03) * RATE))
    _put(out, 0.0, _peak_one(ring))
    _put(out, release, 0.6 * _knock(1200.0, 6000.0, 0.0004, rng))
    return _peak_one(out)


def pen_runs(starts: list, prng: random.Random) -> list:
    """The runs of clicks before line ``starts`` (s into the spell): (first press, last release, pairs, pairs a
    second, the last release's lag after its press, line start), each run of 2-10 pairs at 2.5-6 a second whose last
    release lands 30-150 ms before its start; a run is cut short to begin no earlier than 0 (the first) or 0.4 s after
    the last one ended, and a start with room for no two pairs goes without."""
    runs: list = []
    for s in sorted(starts):
        stop, rate, pairs = s - prng.uniform(*BEFORE_START), prng.uniform(*PAIRS), prng.randint(*RUN)
        lag = prng.uniform(*RELEASE)
        begin = runs[-1][1] + 0.4 if runs else 0.0
        pairs = min(pairs, int((stop - lag - begin) * rate) + 1)
        if pairs >= 2:
            runs.append((stop - lag - (pairs - 1) / rate, stop, pairs, rate, lag, s))
    return runs


def clicking(starts: list, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A spell of a pen clicked before line ``starts`` (:func:`pen_runs`; :func:`pen_click`, the spring ringing on
    3-5 kHz, the pen's own for the spell), each pair at 70-100 %.  Returns the spell and what it was (runs; spring;
    clicks: each (press, release))."""
    spring = prng.uniform(3000.0, 5000.0)
    runs = pen_runs(starts, prng)
    out = np.zeros(int((runs[-1][1] + 0.1) * RATE)) if runs else np.zeros(int(0.1 * RATE))
    clicks = []
    for first, _, pairs, rate, lag, _ in runs:
        for p in range(pairs):
            press = first + p / rate
            release = lag if p == pairs - 1 else prng.uniform(*RELEASE)
            _put(out, press, pen_click(spring, release, rng) * prng.uniform(0.7, 1.0))
            clicks.append((press, press + release))
    return out, {"runs": runs, "spring": spring, "clicks": clicks}


def pen(made: Made, seed: int, spells: int) -> Made:
    """A retractable pen clicked over and over, ``spells`` spells over 5-10 s of the talk (:func:`clicking`), one in
    each of ``spells`` equal stretches, each begun on a run of clicks that stops 30-150 ms before a line's start
    (aside43_cases.line_start_near) and with a run before every line start it spans, 12-24 dB under the speech over
    the spell.  Only adds sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        seconds = prng.uniform(5.0, 10.0)
        first = _first_edge(line_start_near(made, len(added), j, count, 0.5, prng), j, count, len(added), prng)
        lead = prng.uniform(0.5, 2.5)  # the first run's length, about: it begins this long before the start
        at = max(0.0, first - lead)
        starts = [s for s in _edges_in(made, "start", at, seconds) if s > 0.3] or [first - at]
        sound, what = clicking(starts, rng, prng)
        return f"{laid_at(added, sound, at, speech, prng)}; {len(what['clicks'])} clicks in {len(what['runs'])} runs)"

    return a26._one_in_each_stretch(made, seed, spells, lay, "a pen clicked")


# ------------------------------------------------------------------ a door creaking open and clicking shut
#: The opening creak begins this long before a line's start (s) and lasts this long.
CREAK_BEFORE, CREAK = (0.2, 0.6), (0.6, 1.6)
#: The latch clicks this long after a line end (s), one found 1.5-6 s after the door opened.
LATCH_AFTER, SHUT_WITHIN = (0.02, 0.12), (1.5, 6.0)
#: The squeal's partials go up to this (Hz).
SQUEAL_TOP = 4000.0


def hinge_creak(pitch: float, glide: float, seconds: float, rng: np.random.Generator) -> np.ndarray:
    """A door's hinge squealing for ``seconds`` s: stick-slip, a harmonic series (partials at 1/k under
    :data:`SQUEAL_TOP`) on ``pitch`` Hz gliding up by ``glide`` of it and back as the door swings (a sine's arch),
    the pitch jittered 2-5 % (the slips uneven) and the level fluttering at 15-30 Hz by up to half; in over 80 ms and
    out over 100 ms.  Unit peak."""
    k = int(seconds * RATE)
    t = np.arange(k) / RATE
    arch = np.sin(np.pi * t / seconds)
    wander = a21._low(rng.normal(size=k), 40.0)
    jitter = rng.uniform(0.02, 0.05) * wander / (np.abs(wander).max() + 1e-12)
    squeal = a31._harmonics(pitch * (1.0 + glide * arch) * (1.0 + jitter), 1.0, SQUEAL_TOP)
    flutter = 1.0 - 0.25 * (1 + np.sin(2 * np.pi * rng.uniform(15.0, 30.0) * t + rng.uniform(0, 2 * np.pi)))
    ramp = np.minimum(1.0, np.minimum(t / 0.08, (seconds - t) / 0.1))
    return _peak_one(squeal * flutter * ramp)


def latch(frame: float, clicks: float, rng: np.random.Generator) -> np.ndarray:
    """The door shut: the latch's two clicks ``clicks`` s apart (noise at 2-7 kHz dying over 0.8 ms, the second at
    70 %) and, with the first, the frame's thud (a body on ``frame`` Hz dying over 40 ms and noise under 300 Hz dying
    over 15 ms, at half the click's peak).  Unit peak, 0.3 s long."""
    out = np.zeros(int(0.3 * RATE))
    _put(out, 0.0, _knock(2000.0, 7000.0, 0.0008, rng))
    _put(out, clicks, 0.7 * _knock(2000.0, 7000.0, 0.0008, rng))
    m = len(out)
    thud = _decaying(frame, 0.04, 0.3, rng) + a21._low(rng.normal(size=m), 300.0) * np.exp(-np.arange(m) /
                                                                                         (0.015 * RATE))
    _put(out, 0.0, 0.5 * _peak_one(thud))
    return _peak_one(out)


def door_times(starts: list, ends: list, opening: float, prng: random.Random) -> dict:
    """When the door opens over a line start at ``starts[0]`` s (the spell begins with its creak, ``opening`` s
    long) and shuts: its latch 20-120 ms after the first of ``ends`` (s into the spell) 1.5-6 s after the creak
    stopped, else 2-5 s after it; the closing creak 0.3-0.6 s long just before the latch.  Returns opened, opening,
    line start, shut (the latch), shutting (the closing creak's start) and the line end it follows (or None)."""
    late = [e for e in ends if SHUT_WITHIN[0] <= e - opening <= SHUT_WITHIN[1]]
    shut = late[0] + prng.uniform(*LATCH_AFTER) if late else opening + prng.uniform(2.0, 5.0)
    return {"opened": 0.0, "opening": opening, "start": starts[0], "shut": shut,
            "shutting": shut - prng.uniform(0.3, 0.6), "end": late[0] if late else None}


def door_spell(start: float, ends: list, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """A door opened over a line start ``start`` s into the spell (its creak 0.6-1.6 s long, begun at 0) and shut
    (:func:`door_times` over ``ends``): :func:`hinge_creak` on 150-450 Hz gliding 15-50 % (the door's own hinge for
    both creaks), :func:`latch` with the frame on 70-140 Hz and its clicks 15-35 ms apart.  Returns the spell and
    what it was (:func:`door_times`' times; pitch)."""
    pitch, glide = prng.uniform(150.0, 450.0), prng.uniform(0.15, 0.5)
    what = door_times([start], ends, prng.uniform(*CREAK), prng)
    out = np.zeros(int((what["shut"] + 0.4) * RATE))
    _put(out, 0.0, hinge_creak(pitch, glide, what["opening"], rng))
    _put(out, what["shutting"], 0.7 * hinge_creak(pitch, glide, what["shut"] - what["shutting"], rng))
    _put(out, what["shut"], latch(prng.uniform(70.0, 140.0), prng.uniform(0.015, 0.035), rng))
    return out, {**what, "pitch": pitch}


def door(made: Made, seed: int, spells: int) -> Made:
    """A door creaking open and clicking shut, ``spells`` times (:func:`door_spell`), one in each of ``spells`` equal
    stretches: the creak begun 0.2-0.6 s before a line's start (aside43_cases.line_start_near), the latch 20-120 ms
    after a line's end 1.5-6 s later where one lies there, 12-24 dB under the speech over the spell.  Only adds
    sound."""

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng: random.Random,
            rng: np.random.Generator) -> str:
        first = _first_edge(line_start_near(made, len(added), j, count, 0.5, prng), j, count, len(added), prng)
        at = max(0.0, first - prng.uniform(*CREAK_BEFORE))
        sound, what = door_spell(first - at, _edges_in(made, "end", at, 8.0), rng, prng)
        shut = "after a line end" if what["end"] is not None else "in a pause or a line"
        return f"{laid_at(added, sound, at, speech, prng)}; hinge {what['pitch']:.0f} Hz, latched {shut})"

    return a26._one_in_each_stretch(made, seed, spells, lay, "a door creaking open and clicking shut")


# ------------------------------------------------------------------ someone cracking their knuckles
def crack(body: float, rng: np.random.Generator) -> np.ndarray:
    """One knuckle cracked: the cavitation's snap (noise at 0.5-6 kHz dying over 0.8 ms) over the hand's thump (a
    body on ``body`` Hz dying over 12 ms, at 70 %).  Unit peak, 0.1 s long."""
    out = _decaying(body, 0.012, 0.1, rng) * 0.7
    snap = _knock(500.0, 6000.0, 0.0008, rng)
    out[:len(snap)] += snap[:len(out)]
    return _peak_one(out)


def cracking(seconds: float, rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, dict]:
    """``seconds`` s of someone cracking their knuckles: runs of 3-9 pops (:func:`crack`, the hand's thump on
    150-400 Hz, each at 60-100 %) 0.15-0.6 s apart, a fifth of them followed by a second pop 8-20 ms after (a joint
    that gives twice), the first run at once, each next 2-5 s after the last ended, none begun after ``seconds`` - 1
    s.  Returns the spell and what it was (runs: the pops' times of each)."""
    body = prng.uniform(150.0, 400.0)
    out, t = np.zeros(int((seconds + 6.0) * RATE)), 0.0
    what: dict = {"runs": []}
    while t < seconds - 1.0 or not what["runs"]:
        pops = []
        for _ in range(prng.randint(3, 9)):
            pops.append(t)
            _put(out, t, crack(body, rng) * prng.uniform(0.6, 1.0))
            if prng.random() < 0.2:
                _put(out, t + prng.uniform(0.008, 0.02), crack(body, rng) * prng.uniform(0.4, 0.7))
            t += prng.uniform(0.15, 0.6)
        what["runs"].append(pops)
        t = pops[-1] + prng.uniform(2.0, 5.0)
    return _spell_end(out, seconds, what["runs"][-1][-1] + 0.1), what


def knuckles(made: Made, seed: int, spells: int) -> Made:
    """Someone cracking their knuckles, ``spells`` spells of 3-12 s (:func:`cracking`), one in each of ``spells``
    equal stretches of the talk, in lines and pauses alike, 12-24 dB under the speech over the spell.  Only adds
    sound."""

    def one(rng: np.random.Generator, prng: random.Random) -> tuple[np.ndarray, str]:
        sound, what = cracking(prng.uniform(3.0, 9.0), rng, prng)
        return sound, f"{sum(len(r) for r in what['runs'])} pops in {len(what['runs'])} runs"

    return one_sound_in_each_stretch(made, seed, spells, "someone cracking their knuckles", 0.5, UNDER, one)


# ------------------------------------------------------------------ containers
#: The containers this set brings (a row each, as aside_common.stored_in reads it: suffix, muxer, codec, bit rate,
#: sample rate, samples a frame, the picture's encoder or None, how the notes name it).  libopus takes 20 ms frames
#: (960 samples at 48 kHz); FFmpeg's AVI muxer writes 8-bit PCM under WAVE format tag 1 with 8 bits a sample.
CODECS = {
    "mkv": ("mkv", "matroska", "libopus", 32000, 48000, 960, "libx264", "Opus (48 kHz, 32 kb/s) in Matroska with "
            "an H.264 picture, as a browser's MediaRecorder writes a recorded call"),
    "avi": ("avi", "avi", "pcm_u8", 0, 11025, 1024, "mjpeg", "8-bit unsigned PCM (11.025 kHz) in an old "
            "webcam's AVI with a Motion-JPEG picture"),
}


#: The talk in one of :data:`CODECS` (its truth moved by the delay measured), and a language talk through one (kept
#: as the samples decoded from it): aside_common.container_functions.
store_codec, decoded_through = container_functions(CODECS)


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FortyFifthSpoilers(a44.FortyFourthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside44_cases.FortyFourthSpoilers'; ``codec`` from
    :data:`CODECS` here): an English case's and a language talk's (aside45_languages.LangSpec)."""

    tear: int = 0  #: this many spells of sheets torn off a pad over line ends (0: none)
    pen: int = 0  #: this many spells of a pen clicked, stopping before line starts (0: none)
    door: int = 0  #: this many times a door creaks open over a line start and latches after an end (0: none)
    knuckles: int = 0  #: this many spells of someone cracking their knuckles (0: none)


@dataclass
class Spec(a10.Spec, FortyFifthSpoilers):
    """An English case (aside10_cases.Spec's fields) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences)
        "rd88_real_tear_page_mkv": Spec(d, "real", "page", real=R(143801, 16, wideband=True, snr_db=q,
                                                                  gap=(0.5, 1.4)),
                                        room=("pink", 36), seed=143811, tear=2, codec="mkv"),
        "rd88_real_pen_dashes_avi": Spec(d, "real", "dashes", real=R(143802, 16, wideband=True, snr_db=q,
                                                                     gap=(0.5, 1.5)),
                                         room=("pink", 34), seed=143812, pen=2, codec="avi"),
        "rd88_real_door_plain": Spec(d, "real", real=R(143803, 16, wideband=True, snr_db=q, gap=(0.5, 1.4),
                                                       long_pauses=0.3),
                                     room=("murmur", 36), seed=143813, door=2),
        "rd88_flite_knuckles_tear_page": Spec(d, "synth", "page", recordings=[
            generated_talk([Voice(F, "kal", 0.97), Voice(F, "rms", 1.02)], 143401, 143501, 10, pause=(0.8, 2.0),
                           turn=2)], room=("pink", 34), seed=143814, knuckles=1, tear=1),
        "rd88_espeak_pen_door_knuckles": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb+m5", 1.01), Voice(E, "en-us-nyc+travis", 0.99)], 143403,
                           143503, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 34), seed=143816, pen=1,
            door=1, knuckles=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside45)
        "xy_real_tear_page": Spec(a, "real", "page", real=R(143101, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                  room=("pink", 36), seed=143201, tear=3),
        "xy_real_pen_plain_mkv": Spec(a, "real", real=R(143102, 16, wideband=True, snr_db=q, gap=(0.5, 1.5)),
                                      room=("pink", 36), seed=143202, pen=3, codec="mkv"),
        "xy_real_knuckles_dashes": Spec(a, "real", "dashes", real=R(143103, 16, wideband=False, snr_db=q,
                                                                    gap=(0.5, 1.4), long_pauses=0.3),
                                        room=("pink", 38), seed=143203, knuckles=2),
        "xy_real_door_srt": Spec(a, "real", "srt", real=R(143104, 16, wideband=True, snr_db=q, gap=(0.5, 1.6)),
                                 room=("pink", 36), seed=143204, door=3),
        "xy_real_tear_vtt_avi": Spec(a, "real", "vtt", real=R(143105, 16, wideband=True, snr_db=q, gap=(0.4, 1.5)),
                                     room=("murmur", 36), seed=143205, tear=2, codec="avi"),
        "xy_real_long_mix_mkv": Spec(a, "real", "page", real=R(143106, 80, wideband="parts", snr_db=q,
                                                               gap=(0.4, 1.6), long_pauses=0.15, repeats=2),
                                     room=("pink", 40), seed=143206, tear=4, pen=4, door=3, knuckles=3,
                                     codec="mkv"),
        "xy_real_pen_door_dashes": Spec(a, "real", "dashes", real=R(143108, 16, wideband=True, snr_db=q,
                                                                    gap=(0.4, 1.4)),
                                        room=("murmur", 34), seed=143208, pen=2, door=1),
        "xy_flite_knuckles_tear_plain": Spec(a, "synth", "plain", recordings=[
            generated_talk([Voice(F, "awb", 0.97), Voice(F, "slt", 1.01)], 143404, 143504, 10, pause=(0.4, 1.3),
                           turn=2)], room=("pink", 34), seed=143211, knuckles=2, tear=1),
        "xy_festival_pen_tear_dashes": Spec(a, "synth", "dashes", recordings=[
            generated_talk([Voice(FEST, "kal", 0.98), Voice(FEST, "ked", 1.01)], 143405, 143505, 10,
                           pause=(0.8, 2.0), turn=1)], room=("murmur", 32), seed=143212, pen=2, tear=1),
        "xy_espeak_door_knuckles_page_avi": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us+Gene2", 1.02), Voice(E, "en-gb-x-rp+iven4", 0.98)],
                           143406, 143506, 10, pause=(0.5, 1.4), turn=3)], room=("murmur", 32), seed=143213,
            door=2, knuckles=2, codec="avi"),
    }


#: The case names of each half (cases.py reads them at start-up, without building the catalogue).
NAMES = {"dev": ["rd88_real_tear_page_mkv", "rd88_real_pen_dashes_avi", "rd88_real_door_plain",
                 "rd88_flite_knuckles_tear_page", "rd88_espeak_pen_door_knuckles"],
         "aside": ["xy_real_tear_page", "xy_real_pen_plain_mkv", "xy_real_knuckles_dashes",
                   "xy_real_door_srt", "xy_real_tear_vtt_avi", "xy_real_long_mix_mkv",
                   "xy_real_pen_door_dashes", "xy_flite_knuckles_tear_plain",
                   "xy_festival_pen_tear_dashes", "xy_espeak_door_knuckles_page_avi"]}


def spoil(made: Made, spec, which: str, floor: float = 0.0, lang: str = "en") -> Made:
    """The spoilers, all heard by the microphone as the voice is: the pad torn, the pen clicked, the door and the
    knuckles; then aside44_cases.spoil's (the room's noise among them, none of its own switched on; it turns the
    finished talk down where a sample would clip).  Each draws on the case's seed and a number of its own."""
    heard = [(spec.tear, lambda m: tear_pad(m, spec.seed + 500, spec.tear)),
             (spec.pen, lambda m: pen(m, spec.seed + 501, spec.pen)),
             (spec.door, lambda m: door(m, spec.seed + 502, spec.door)),
             (spec.knuckles, lambda m: knuckles(m, spec.seed + 503, spec.knuckles))]
    for wanted, spoiler in heard:
        made = spoiler(made) if wanted else made
    return a44.spoil(made, spec, which, floor, lang)


#: The case names of a half, what must be installed before a case can be made (aside10_cases.needs), and the case's
#: audio, truth and transcript (aside_common.english_case): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__)
