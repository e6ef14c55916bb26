"""Dev talks stored with more than two channels (``rd62m_*``), for the channel choice of aligner.audio.channels.

The eighteenth aside set's 5.1 soundtracks (``ex_real_surround_srt``, ``ex_festival_squeaks_surround``, their twin
``rd61_real_surround_plain``) hold the voice in the front centre only.  A demanding user brings other shapes, each
here as a dev talk of aside18_cases' making (its prompts and voices, its rooms), stored at 48 kHz in a WAV of four or
six channels (:func:`multichannel`):

* **a four-track field recorder** (``recorder``): room mics on tracks 1 and 3 (the voice 9-15 ms late through the
  room, under the room's noise), the lavalier on track 2, wind on a fourth mic (aside6_cases.wind's gusts over the
  mic's own hiss);
* **a conference recorder, a microphone per talker** (``conference``): two voices taking turns, each on its own
  channel (the other's faint), and a pair of room mics under a loud ventilation; and a panel's (``panel``): the real
  prompts' lines taking turns between two microphones, the second picking up 18 dB more noise;
* **a film mix whose dialogue is spread over L, C and R** (``spread``): the voice in the centre and 2-4 dB under it
  in the fronts (with their ambience), a murmur in the surrounds, rumble in the LFE.

Truth is the talk's own (the lavalier's, the centre's, each talker's own microphone's): the channel that holds the
voice is written sample for sample from the talk's timeline, and the delay between the talk and that channel as read
back (aligner.audio.decode, all channels at 16 kHz) is measured and moved into the truth (none is expected).

    .venv/bin/python benchmarks/cases.py rd62m_real_recorder_wind rd62m_festival_conference \\
        rd62m_real_panel_noisy_mic rd62m_real_spread_lcr
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np

import aside4_cases as a4
import aside6_cases as a6
import aside9_cases as a9
import aside10_cases as a10
import aside16_cases as a16
import aside18_cases as a18
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, ready_spec
from synth_cases import RATE, Made, Voice

STORED_RATE = 48000


@dataclass
class Spec(a18.Spec):
    """An aside18_cases.Spec stored as ``layout``: "recorder", "conference" or "spread" (:func:`multichannel`)."""

    layout: str = ""


def catalogue() -> dict[str, Spec]:
    R = uc.RealTalk
    q = a18.QUIET_DB
    return {
        "rd62m_real_recorder_wind": Spec("dev", "real", real=R(81821, 16, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                         room=("pink", 34), seed=81831, layout="recorder"),
        "rd62m_festival_conference": Spec("dev", "synth", "dashes", recordings=[
            generated_talk([Voice(a18.FEST, "slt_hts", 1.0), Voice(a18.FEST, "kal", 1.05)], 81822, 81832, 10,
                           pause=(0.3, 1.1), turn=1)], room=("fan", 34), seed=81833, layout="conference"),
        "rd62m_real_panel_noisy_mic": Spec("dev", "real", "dashes", real=R(81824, 16, wideband=True, snr_db=q,
                                                                         gap=(0.4, 1.3)),
                                           room=("pink", 40), seed=81835, layout="panel"),
        "rd62m_real_spread_lcr": Spec("dev", "real", real=R(81823, 16, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                      room=("fan", 30), seed=81834, layout="spread"),
    }


NAMES = list(catalogue())


def names(which: str = "dev") -> list[str]:
    return list(NAMES) if which == "dev" else []


def missing_packages(name: str):
    return a10.needs(catalogue()[name])


def _unit(x: np.ndarray) -> np.ndarray:
    return x / (np.sqrt(np.mean(x ** 2)) + 1e-12)


def _turns(made: Made, fade: float = 0.1) -> np.ndarray:
    """0..1, which talker holds the floor: 1 over the even lines (the first voice), 0 over the odd ones, switching
    in the middle of the pause between (a ``fade``-long raised cosine)."""
    n = len(made.samples)
    segs = [s for s in made.segments if s.get("start") is not None]
    g = np.zeros(n)
    for k, s in enumerate(segs):
        lo = 0 if k == 0 else int((segs[k - 1]["end"] + s["start"]) / 2 * RATE)
        hi = n if k == len(segs) - 1 else int((s["end"] + segs[k + 1]["start"]) / 2 * RATE)
        g[lo:hi] = 1.0 if k % 2 == 0 else 0.0
    m = int(fade * RATE)
    ramp = np.hanning(2 * m + 1)
    return np.convolve(g, ramp / ramp.sum(), mode="same")


def multichannel(made: Made, seed: int, layout: str) -> tuple[Made, tuple[str, bytes]]:
    """The talk stored as ``layout`` (the module docstring), a WAV at 48 kHz; the truth moved by the delay measured
    between the talk and the channel holding it as read back."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    x = made.samples.astype(np.float64)
    n = len(x)
    speech = a4.speech_rms(made)

    def noise(kind: str, db: float) -> np.ndarray:
        return _unit(sc.background(n, kind, rng).astype(np.float64)) * speech * 10 ** (-db / 20)

    def late(y: np.ndarray, seconds: float) -> np.ndarray:
        k = int(round(seconds * RATE))
        return np.concatenate([np.zeros(k), y[:n - k]])

    if layout == "recorder":
        rooms = []
        for _ in range(2):
            reverb = sc.room_impulse(prng.uniform(0.5, 0.8), rng).astype(np.float64)
            wet = np.convolve(late(x, prng.uniform(0.009, 0.015)), reverb)[:n]
            rooms.append(0.5 * wet + noise("pink", prng.uniform(12.0, 16.0)))
        gusts, count = a6.wind(n, rng, prng.uniform(8.0, 14.0))
        wind = gusts * speech * 10 ** (prng.uniform(0.0, 4.0) / 20) + noise("white", 50.0)
        chans, voice, fmt = [rooms[0], x, rooms[1], wind], x, "quad"
        what = (f"a four-track field recorder: room mics on tracks 1 and 3 (the voice 9-15 ms late through the room, "
                f"its noise 12-16 dB under), the lavalier (the talk) on track 2, wind on track 4 ({count} gusts)")
    elif layout in ("conference", "panel"):
        g = _turns(made)
        spill = 10 ** (-prng.uniform(16.0, 20.0) / 20)
        mic_a = x * (g + spill * (1 - g)) + noise("pink", 40.0)
        mic_b = x * (1 - g + spill * g) + noise("pink", 40.0 if layout == "conference" else 22.0)
        rooms = [0.3 * late(x, 0.006) + noise("fan", prng.uniform(8.0, 11.0)) for _ in range(2)]
        chans, voice, fmt = [mic_a, mic_b, rooms[0], rooms[1]], x, "quad"
        what = ("a conference recorder, a microphone per talker: the first voice's lines on channel 1, the second's on "
                "channel 2 (the other talker 16-20 dB down on each), a pair of room mics under loud ventilation on 3 "
                "and 4")
        if layout == "panel":
            what = what.replace("a conference recorder", "a panel's recorder").replace(
                "first voice's lines", "odd lines").replace("the second's", "the even ones") + (
                "; the second microphone picks up 18 dB more noise than the first")
    elif layout == "spread":
        swell = 1.0 + 0.5 * np.sin(2 * np.pi * np.arange(n) / RATE / prng.uniform(9.0, 16.0))
        side = [10 ** (-prng.uniform(2.0, 4.0) / 20) * x + noise("pink", prng.uniform(12.0, 15.0)) * swell
                for _ in range(2)]
        back = [noise("murmur", prng.uniform(12.0, 15.0)) for _ in range(2)]
        rumble = sc.lowpass(rng.normal(size=n), 70.0)
        rumble = _unit(rumble - sc.lowpass(rumble, 30.0)) * speech * 10 ** (-prng.uniform(6.0, 10.0) / 20)
        chans, voice, fmt = [side[0], side[1], x, rumble, back[0], back[1]], x, "5.1"
        what = ("a film's 5.1 mix with the dialogue spread over L, C and R (2-4 dB down in the fronts, under their "
                "swelling ambience 12-15 dB down), a murmur in the surrounds, rumble in the LFE")
    else:
        raise ValueError(layout)
    stored = np.vstack([a9.sox(np.asarray(c, np.float32), [], RATE, STORED_RATE) for c in chans])
    top = float(np.max(np.abs(stored)))
    if top > 0.95:
        stored = stored * (0.95 / top)
    data, suffix = a18._pcm_bytes(stored, STORED_RATE, "wav", "pcm_s16le", fmt), "multi.wav"
    y = uc.decode(data, suffix)  # what the player plays (the downmix): audio.wav beside the case
    channel = 2 if layout == "spread" else (1 if layout == "recorder" else None)
    back = _read_channels(data, suffix)
    held = back[:, channel] if channel is not None else back[:, 0] + back[:, 1]
    move = uc.codec_lag(voice.astype(np.float32), held.astype(np.float32) / 32768) / RATE
    out = a18._moved_by(made, move, y)
    out.notes.append(f"stored as {what}; a {len(chans)}-channel WAV at 48 kHz (layout {fmt}); delay measured as "
                     f"{1000 * move:+.1f} ms")
    return out, (suffix, data)


def _read_channels(data: bytes, suffix: str) -> np.ndarray:
    """Every channel of the stored file as aligner.audio.decode reads it at 16 kHz (``(n, channels)`` int16)."""
    import tempfile
    from pathlib import Path

    from aligner.audio.decode import AudioStream

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"a.{suffix}"
        p.write_bytes(data)
        with AudioStream(str(p), RATE) as s:
            return np.concatenate(list(s.chunks()))


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = a10._placed(spec)
    made = a18.spoil(made, spec, spec.which)
    made, encoded = multichannel(made, spec.seed + 150, spec.layout)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    return a16.transcript(built, spec, name)
