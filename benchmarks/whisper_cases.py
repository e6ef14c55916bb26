"""Talks where a whispering voice takes turns with a voiced one (``rd56_*``, issue 7, nineteenth round, j95).

The twelfth aside set's whispering talk (espeak-ng ``en-us+female_whisper`` x0.9 taking turns with a voiced
Scottish voice, a WebVTT transcript) was placed 39 % within 100 ms: line ends late by 0.2-0.5 s from the first
placement, one +3.4 s, one pulled late by hearing the text told.  Whispered speech has no voicing at all (noise
through the vocal tract), so every rule that reads voicing or energy may take it for breath or pause, and tiny.en
hears it badly.  These dev talks make that kind, with other seeds, texts and partner voices than the aside's:

* espeak-ng's two whispering variants (``female_whisper`` = ``whisperf``, ``whisper``) at x0.9 and x1.2;
* a whisper made from a natural-sounding voice (:func:`whispered`): flite's ``slt`` resynthesized from its own
  LPC envelope (order 18, 25 ms frames) driven by white noise at the residual's level -- voiceless, its
  formants and loudness contour kept;
* each taking turns (2-3 lines) with a voiced voice, 14-16 lines; two dry (pink room noise 34 dB under), two in a
  reverberant room (RT60 0.5-0.6 s) with fan or pink noise 28-30 dB under; and (added after those four ran well)
  two with the aside's other spoiler, birdsong through a window 12 dB under the speech (aside12_cases.add_birds);
  and two of those talks again with the aside's transcript, an old WebVTT timed for an older cut.

The truth is the dry speech's segment bounds (synthesized lines), exact; the LPC whisper keeps each line's
samples where they were (its first and last audible sample may move a few ms inside the truth).

    .venv/bin/python benchmarks/cases.py rd56_espeak_female_whisper ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/whisper_cases.py --check                # make every rd56_* case, check its truth
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np

import aside8_cases as a8
import aside11_cases as a11
import aside12_cases as a12
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, voices_need
from check_command import check_main
from synth_cases import RATE, Voice

E, F = "espeak", "flite"


def _lpc(frame: np.ndarray, order: int) -> tuple[np.ndarray, float]:
    """The LPC polynomial [1, a1..ap] of ``frame`` (autocorrelation, Levinson-Durbin) and its prediction error's
    power per sample."""
    r = np.correlate(frame, frame, "full")[len(frame) - 1:len(frame) + order].astype(np.float64)
    if r[0] <= 1e-12:
        return np.r_[1.0, np.zeros(order)], 0.0
    r[0] *= 1.0 + 1e-6
    a, err = np.zeros(order + 1), r[0]
    a[0] = 1.0
    for i in range(1, order + 1):
        k = -(r[i] + a[1:i] @ r[i - 1:0:-1]) / err
        a[1:i + 1] = a[1:i + 1] + k * np.r_[a[i - 1:0:-1], 1.0]
        err *= 1.0 - k * k
    return a, max(err, 0.0) / len(frame)


def _all_pole(a: np.ndarray, e: np.ndarray) -> np.ndarray:
    """``e`` through 1/A(z) (direct form, no state carried: each frame filtered from rest)."""
    p = len(a) - 1
    y = np.zeros(len(e) + p)
    for n in range(len(e)):
        y[n + p] = e[n] - a[1:] @ y[n:n + p][::-1]
    return y[p:]


def whispered(x: np.ndarray, seed: int, order: int = 18, frame: float = 0.025) -> np.ndarray:
    """``x`` (one line, 16 kHz) whispered: per 25 ms frame (half overlap, Hann), white noise at the frame's LPC
    residual power through the frame's all-pole envelope, overlap-added; the result scaled to ``x``'s RMS."""
    rng = np.random.default_rng(seed)
    n = int(frame * RATE)
    hop = n // 2
    win = np.hanning(n)
    pre = np.r_[x[0], x[1:] - 0.95 * x[:-1]]  # pre-emphasis: a flatter spectrum for the envelope
    y = np.zeros(len(x) + n)
    for at in range(0, len(x), hop):
        seg = pre[at:at + n]
        if len(seg) < n:
            seg = np.r_[seg, np.zeros(n - len(seg))]
        a, power = _lpc(seg * win, order)
        if power <= 0:
            continue
        e = rng.normal(size=n) * np.sqrt(power * n / max(np.sum(win ** 2), 1e-9))
        y[at:at + n] += _all_pole(a, e) * win
    y = y[:len(x)]
    # de-emphasis (1 / (1 - 0.95 z^-1))
    out = np.zeros(len(y))
    acc = 0.0
    for i, v in enumerate(y):
        acc = v + 0.95 * acc
        out[i] = acc
    rms_x, rms_y = float(np.sqrt(np.mean(x ** 2))), float(np.sqrt(np.mean(out ** 2)))
    return (out * (rms_x / max(rms_y, 1e-9))).astype(np.float32)


@dataclass
class Spec(a12.Spec):
    """An English synthesized talk (aside12_cases.Spec: its birds outside the window); ``lpc_whisper`` names the voice (``engine:name``) whose
    lines are whispered by :func:`whispered`; ``rt60`` a room's reverberation over the whole talk (0: dry)."""

    lpc_whisper: str = ""
    rt60: float = 0.0
    whisper_voice: str = ""  #: the whispering voice (``engine:name``), for the tests


def catalogue() -> dict[str, Spec]:
    d = "dev"
    return {
        "rd56_espeak_female_whisper": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+female_whisper", 0.9), Voice(E, "en-us+m3", 1.0)], 56101, 56201, 14,
                           pause=(0.3, 1.2), turn=3)], room=("pink", 34), seed=56301,
            whisper_voice="espeak:en-us+female_whisper"),
        "rd56_espeak_whisper_fast_room": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-gb+f2", 1.2), Voice(E, "en+whisper", 1.2)], 56102, 56202, 16,
                           pause=(0.25, 1.0), turn=2)], room=("fan", 30), seed=56302, rt60=0.5,
            whisper_voice="espeak:en+whisper"),
        "rd56_flite_lpc_whisper": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "slt", 0.9), Voice(F, "rms", 1.0)], 56103, 56203, 14,
                           pause=(0.3, 1.2), turn=3)], room=("pink", 34), seed=56303, lpc_whisper="flite:slt",
            whisper_voice="flite:slt"),
        "rd56_flite_lpc_whisper_fast_room": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "kal", 1.2), Voice(F, "slt", 1.2)], 56104, 56204, 16,
                           pause=(0.25, 1.0), turn=2)], room=("pink", 28), seed=56304, rt60=0.6,
            lpc_whisper="flite:slt", whisper_voice="flite:slt"),
        # added after the first four ran (whispered lines within 100 ms but for the rooms' +50 ms ends): the aside's
        # other spoiler, birdsong through a window 12 dB under the speech, over a whisper at x0.9 and one at x1.15
        "rd56_espeak_female_whisper_birds": Spec(d, "synth", recordings=[
            generated_talk([Voice(E, "en-us+female_whisper", 0.9), Voice(E, "en-gb+m2", 1.15)], 56105, 56205, 14,
                           pause=(0.3, 1.2), turn=3)], room=("pink", 34), seed=56305, birds_db=12,
            whisper_voice="espeak:en-us+female_whisper"),
        "rd56_flite_lpc_whisper_birds": Spec(d, "synth", recordings=[
            generated_talk([Voice(F, "slt", 0.9), Voice(F, "awb", 1.15)], 56106, 56206, 14,
                           pause=(0.3, 1.2), turn=3)], room=("pink", 34), seed=56306, birds_db=12,
            lpc_whisper="flite:slt", whisper_voice="flite:slt"),
        # and the aside's transcript: the same talks as rd56_espeak_female_whisper(_birds), the text an old WebVTT
        # timed for an older cut (aside6_cases.stale_vtt), so each spoiler's share can be told apart
        "rd56_espeak_female_whisper_vtt": Spec(d, "synth", "vtt", recordings=[
            generated_talk([Voice(E, "en-us+female_whisper", 0.9), Voice(E, "en-us+m3", 1.0)], 56101, 56201, 14,
                           pause=(0.3, 1.2), turn=3)], room=("pink", 34), seed=56301,
            whisper_voice="espeak:en-us+female_whisper"),
        "rd56_espeak_female_whisper_birds_vtt": Spec(d, "synth", "vtt", recordings=[
            generated_talk([Voice(E, "en-us+female_whisper", 0.9), Voice(E, "en-gb+m2", 1.15)], 56105, 56205, 14,
                           pause=(0.3, 1.2), turn=3)], room=("pink", 34), seed=56305, birds_db=12,
            whisper_voice="espeak:en-us+female_whisper"),
    }


NAMES = ["rd56_espeak_female_whisper", "rd56_espeak_whisper_fast_room", "rd56_flite_lpc_whisper",
         "rd56_flite_lpc_whisper_fast_room", "rd56_espeak_female_whisper_birds", "rd56_flite_lpc_whisper_birds",
         "rd56_espeak_female_whisper_vtt", "rd56_espeak_female_whisper_birds_vtt"]


def names(which: str = "all") -> list[str]:
    """The rd56_* names (all development), without building the catalogue."""
    return list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return voices_need(catalogue()[name].recordings)


def make(name: str) -> uc.Built:
    """The talk (its voices in place, the LPC whisper over its voice's lines, the room's reverberation, then the
    room's noise)."""
    spec = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    made = uc.synth_talk(spec.recordings, [])
    y = made.samples.copy()
    if spec.lpc_whisper:
        for k, seg in enumerate(made.segments):
            if seg["voice"].split("@")[0] == spec.lpc_whisper:
                a, b = int(round(seg["start"] * RATE)), int(round(seg["end"] * RATE))
                y[a:b] = whispered(y[a:b].astype(np.float64), spec.seed + k)
        made.notes.append(f"{spec.lpc_whisper}'s lines whispered: LPC envelope (order 18, 25 ms) over white noise")
    if spec.rt60:
        y = sc.convolve(y, sc.room_impulse(spec.rt60, np.random.default_rng(spec.seed + 7)))[:len(y)]
        made.notes.append(f"reverberation RT60 {spec.rt60:g} s (truth on the dry speech)")
    made = sc.Made(np.asarray(y, np.float32), made.segments, made.notes, made.words)
    if spec.birds_db:  # the birds through the window, then the room's noise (aside12_cases.spoil), headroom kept
        made = a12.spoil(made, spec)
    else:  # the room's noise (aside8_cases.spoil), no sample clipping
        made = a8.spoil(made, spec)
    built = uc.Built(made, notes=list(made.notes))
    return a11.transcript(built, spec, name) if spec.transcript == "vtt" else built


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd56_*", names)


if __name__ == "__main__":
    main()
