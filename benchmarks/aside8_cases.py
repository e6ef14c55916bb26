"""An eighth aside set nobody has tuned to (``yx_*``, English), and dev twins made the same way (``rd22_*``).

``az_*`` .. ``kx_*`` have each been run once and looked at, and the real English voice in all of them was the
telephone prompts' Allison Smith.  This set brings **real English voices no case heard**, from the test data of the
``pocketsphinx`` 5.1.1 source distribution on PyPI (BSD-2-Clause; its LibriVox reading is public domain):

* **A LibriVox reader** of *Sense and Sensibility* (``test/data/librivox/*.wav``, 16 kHz, with a transcription and
  pocketsphinx's own speech/silence labels): three of its five sentences.  Left out: ``-0920`` (its transcription
  says "a more a amiable woman" where the book and Whisper say "a more amiable woman": its words are in doubt) and
  ``-0880`` (cut 14 ms before the voice; padded, a stray sound beside the voice leaves it no single voice edge).
* **The "cards" speaker** (``test/data/cards/004.wav`` "five five"; ``001``, ``005`` and ``003`` are cut at the
  voice, ``002`` has no single voice edge, unseen_cases.voice_span).
* ``something.raw`` ("go somewhere and do something"), another person; its words as heard by Whisper base (no text
  ships with it; short and clear).  ``forever/input_2_16k.wav`` ("feels like these days go on forever") is left
  out: its first /f/ rises 80 ms before the broadband voice span starts (a truth that late is wrong);
  ``input_4_16k.wav`` (the same words, another take, gated to silence) goes to the dev twins only.
  ``goforward.raw`` and ``numbers.raw`` have no single voice edge (clicks beside the voice), ``vad/`` and
  ``regression/chan3`` no text.

They are too few for a talk each, so they sit in **panels**: a few takes of the new voices among Allison's prompts
(:func:`_panel`), each take used once in the set.  The takes are cut close (the LibriVox ones 15-35 ms before the
voice): each is padded with :data:`PAD` s of noise at its own floor (aside_common.padded), which leaves its voice span
where unseen_cases.voice_span finds it on the file alone (checked against pocketsphinx's own labels:
``--check-labels``).

Spoilers no set had: **a train carriage** (rumble and the wheels' clack over the rail joints, in pairs, about every
1.2 s, :func:`train_carriage`), **a telephone ringing over the speech** (kx_* rang only in the pauses,
:func:`lay_rings_over`), **a gain control that pumps hard** (2 ms attack, 0.15 s release, up to +24 dB; zx_*'s
released over 0.8 s), **a cafe** (five streams of other voices 8-10 dB under the speech; nx_*'s babble bed was 15 dB
under), and **a transcript with a transcriber's time stamps** (``[00:01:23]`` on a line of its own every few lines,
:func:`stamped`).  Also, not new: a second voice under the speaker (zx_* cross-talk), a fan with an mp3 (vx_*, kx_*).

``yx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside8``).

    python3 -m venv /tmp/sdist && /tmp/sdist/bin/pip install wheel setuptools scikit-build-core
    /tmp/sdist/bin/pip download --no-deps --no-binary :all: --no-build-isolation pocketsphinx==5.1.1 \\
        -d benchmarks/out/debs        # the sdist only (same bytes as the lead's copy); nothing is built
    tar xzf benchmarks/out/debs/pocketsphinx-5.1.1.tar.gz -C benchmarks/out/debs pocketsphinx-5.1.1/test
    .venv/bin/python benchmarks/cases.py --aside8 --check     # make the yx_* cases; their truth only
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside5_cases as a5
import aside6_cases as a6
import aside7_cases as a7
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import Spoilers, dev_or_aside, generated_talk, lines_talk, own_floor, padded, ready_spec
from synth_cases import RATE, Made, Recording, Voice

QUIET_DB = a4.QUIET_DB
PS = nv.DEBS / "pocketsphinx-5.1.1" / "test" / "data"
PS_SETUP = ("python3 -m venv /tmp/sdist && /tmp/sdist/bin/pip install wheel setuptools scikit-build-core && "
            "/tmp/sdist/bin/pip download --no-deps --no-binary :all: --no-build-isolation pocketsphinx==5.1.1 "
            "-d benchmarks/out/debs && tar xzf benchmarks/out/debs/pocketsphinx-5.1.1.tar.gz -C benchmarks/out/debs "
            "pocketsphinx-5.1.1/test")

#: The new voices' takes: name -> (file under pocketsphinx's test/data, the words said, who, the voice's edges in
#: the file in seconds where the file's own room holds more than the voice, else None).  The LibriVox takes keep
#: a low rumble (under 1 kHz, nothing over 2.5 kHz) 10-15 dB over their floor for 0.1-0.2 s after the last word
#: and a breath before "He" (``-0930``): unseen_cases.voice_span counts those as voice (ends 160-175 ms after the
#: words), so they are gated at pocketsphinx's own speech labels (``.lab``; where the band energies put the last
#: sound too: ``--check-labels``).  ``-0930`` ends at 2.990 s, not its label's 3.037: its /f/ is gone over 2.5 kHz
#: by 3.00 s, and the label's last 40 ms hold only a 10 ms blip of the rumble (a stray run: no voice edge at all).
#: ``input_4`` (the dev take) is gated to digital silence at its file's ends, so the rule's edge is 50 dB under the
#: peak and takes in a quiet hum 0.4 s before the voice and a click 0.3 s after it (the first dev run placed the
#: line 0.6 s "late" and 0.9 s "early"): gated where the /f/ rises over 2.5 kHz (0.50 s) and the last vowel falls
#: under 1 kHz (4.90 s).  Everything outside the edges becomes the take's own floor (:func:`gated_at`).
TAKES: dict[str, tuple[str, str, str, Optional[tuple[float, float]]]] = {
    "austen_0870": ("librivox/sense_and_sensibility_01_austen_64kb-0870.wav",
                    "And Mr. John Dashwood had then leisure to consider how much there might be prudently in his "
                    "power to do for them.", "LibriVox reader", (0.236, 6.762)),
    "austen_0890": ("librivox/sense_and_sensibility_01_austen_64kb-0890.wav",
                    "Unless to be rather cold-hearted and rather selfish is to be ill-disposed.", "LibriVox reader",
                    (0.260, 5.057)),
    "austen_0930": ("librivox/sense_and_sensibility_01_austen_64kb-0930.wav",
                    "He might even have been made amiable himself.", "LibriVox reader", (0.269, 2.990)),
    "cards_004": ("cards/004.wav", "Five, five.", "cards speaker", None),
    "something": ("something.raw", "Go somewhere and do something.", "something.raw speaker", None),
    "forever_4": ("forever/input_4_16k.wav", "Feels like these days go on forever.", "forever speaker", (0.50, 4.90)),
}
#: The one take the dev twins may use (never an aside take).
DEV_TAKES = ("forever_4",)
#: Prefix of a take's name in a talk (the other names are telephone prompts or a3.SECOND lines).
TAKE = "ps:"
#: Seconds of a take's own floor padded on both sides, and the fade at the file's cut (no click).
PAD, FADE = 0.3, 0.005


def takes_available() -> bool:
    return all((PS / t[0]).is_file() for t in TAKES.values())


def take_file(name: str) -> np.ndarray:
    """A take as shipped (16 kHz 16-bit: WAV, or headerless .raw), float."""
    path = PS / TAKES[name][0]
    if path.suffix == ".raw":
        return (np.fromfile(path, dtype="<i2").astype(np.float32) / 32768.0).astype(np.float32)
    return nv.decode_file(path)


def gated_at(x: np.ndarray, edges: tuple[float, float], key: str) -> np.ndarray:
    """``x`` with everything before ``edges[0]`` and after ``edges[1]`` (seconds) replaced by noise at its own floor
    (aside_common.own_floor, seeded by ``key``), 10 ms cross-fades lying outside the edges."""
    first, last = int(edges[0] * RATE), min(len(x), int(edges[1] * RATE))
    fade = int(0.01 * RATE)
    keep = np.zeros(len(x), np.float32)
    keep[first:last] = 1.0
    a, b = max(0, first - fade), min(len(x), last + fade)
    keep[a:first] = np.linspace(0.0, 1.0, fade, dtype=np.float32)[fade - (first - a):]
    keep[last:b] = np.linspace(1.0, 0.0, fade, dtype=np.float32)[:b - last]
    noise = np.random.default_rng(zlib.crc32(f"gate:{key}".encode())).normal(size=len(x)) * own_floor(x)
    return (x * keep + noise.astype(np.float32) * (1.0 - keep)).astype(np.float32)


def read_take(name: str) -> np.ndarray:
    """A take gated at its edges where listed (:func:`gated_at`), padded with :data:`PAD` s of its own floor
    (aside_common.padded) and brought to new_voices.LEVEL over its voice span (the takes were
    recorded 0-14 dB under full scale; a gain moves no voice span)."""
    x = take_file(name)
    if TAKES[name][3]:
        x = gated_at(x, TAKES[name][3], f"aside8:{name}")
    x = padded(x, f"aside8:{name}", PAD, FADE)
    span = uc.voice_span(x)
    voice = x[span[0]:span[1]] if span else x
    return (x * (nv.LEVEL / max(float(np.sqrt(np.mean(voice.astype(np.float64) ** 2))), 1e-6))).astype(np.float32)


def panel_reader(texts: dict[str, str], voice: Optional[tuple[str, float]] = None):
    """A reader for unseen_cases.place_prompts: a new voice's take (``ps:NAME``), a second speaker's espeak-ng
    line, or a telephone prompt."""
    import aside3_cases as a3

    prompts = a3.real_reader(texts, None, voice)

    def read(name: str, wideband: bool) -> np.ndarray:
        return read_take(name[len(TAKE):]) if name.startswith(TAKE) else prompts(name, wideband)

    return read


# ------------------------------------------------------------------ sounds laid over the talk (truth unchanged)
def clack(rng: np.random.Generator) -> np.ndarray:
    """One wheel over a rail joint: 40 ms of noise, 300 Hz-4 kHz, decaying in 8 ms; unit peak."""
    n = int(0.04 * RATE)
    x = a6.bandpass(rng.normal(size=n).astype(np.float32), 300.0, 4000.0) * np.exp(-np.arange(n) / (0.008 * RATE))
    return (x / (np.max(np.abs(x)) + 1e-12)).astype(np.float32)


def train_sound(n: int, seed: int) -> tuple[np.ndarray, float]:
    """Inside a train carriage: a rumble under 250 Hz with a little hiss, and the clack of a bogie's two axles
    over each rail joint (0.12 s apart; a joint every 1.1-1.3 s, the train's speed, drifting a little).  The
    clacks' loudest 40 ms lie 12 dB over the rumble's RMS.  Unit RMS; returns it and the joints' period."""
    rng = np.random.default_rng(seed)
    rumble = sc.lowpass(np.cumsum(rng.normal(size=n)), 250.0) + 0.1 * sc.lowpass(rng.normal(size=n), 3000.0)
    c = np.concatenate([[0.0], np.cumsum(rumble)])
    lo, hi = np.clip(np.arange(n) - RATE // 2, 0, n), np.clip(np.arange(n) + RATE // 2, 0, n)
    rumble = rumble - (c[hi] - c[lo]) / np.maximum(hi - lo, 1)  # no drift under 1 Hz
    rumble = rumble / (np.sqrt(np.mean(rumble ** 2)) + 1e-12)
    period = float(rng.uniform(1.1, 1.3))
    y = rumble.astype(np.float64)
    at = float(rng.uniform(0.0, period))
    gain = 10 ** (12 / 20) / sc._rms(clack(np.random.default_rng(0)))  # a clack's RMS over its 40 ms
    while at < n / RATE:
        for axle in (0.0, 0.12):
            i = int((at + axle) * RATE)
            k = clack(rng) * gain * rng.uniform(0.7, 1.0)
            y[i:i + len(k)] += k[: max(0, n - i)]
        at += period * rng.uniform(0.97, 1.03)
    return (y / (np.sqrt(np.mean(y ** 2)) + 1e-12)).astype(np.float32), period


def train_carriage(made: Made, seed: int, under_db: float) -> Made:
    """The talk recorded in a train carriage (:func:`train_sound`), ``under_db`` under the speech."""
    bed, period = train_sound(len(made.samples), seed)
    return a5.add_bed(made, bed, under_db, f"a train carriage: rumble under 250 Hz and the wheels' clack over "
                      f"the rail joints in pairs 0.12 s apart every {period:.2f} s (clacks 12 dB over the rumble),")


def cafe(made: Made, seed: int, under_db: float) -> Made:
    """A cafe: unseen_cases.babble's five streams of other-language prompts talking at once."""
    return a5.add_bed(made, uc.babble(len(made.samples), seed), under_db,
                      "a cafe: five other voices talking at once (unseen_cases.babble),")


def rings_over_times(made: Made, seed: int, count: int) -> list[tuple[int, float]]:
    """Where a telephone starts ringing inside a line: ``count`` lines (of at least 1.2 s), 0.3-0.9 s after the
    line's start.  Returns (line, the ring's first sample in seconds)."""
    segs = [s for s in made.segments if s.get("start") is not None]
    long_enough = [k for k, s in enumerate(segs) if s["end"] - s["start"] >= 1.2]
    prng = random.Random(seed)
    picks = sorted(prng.sample(long_enough, min(count, len(long_enough))))
    return [(k, segs[k]["start"] + prng.uniform(0.3, 0.9)) for k in picks]


def lay_rings_over(made: Made, seed: int, count: int, under_db: float = 6.0) -> Made:
    """A telephone ringing (aside7_cases.ring, two cycles) that starts while someone speaks (:func:`rings_over_times`)
    and runs on over the pause and the next line."""
    r = a7.ring() * a4.speech_rms(made) * 10 ** (-under_db / 20)
    y = made.samples.copy()
    times = rings_over_times(made, seed, count)
    for _, at in times:
        i = int(at * RATE)
        y[i:i + len(r)] += r[: max(0, len(y) - i)]
    note = (f"a telephone ringing over the speech (UK double ring, two cycles of 3 s; {under_db:g} dB under the "
            f"speech), starting inside lines {[k for k, _ in times]}")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def pumping(made: Made) -> Made:
    """The finished recording through a gain control that pumps hard (aside6_cases.agc_gain: attack 2 ms, release
    0.15 s, up to +24 dB): the room leaps up within a few tenths of a second of every pause."""
    g = a6.agc_gain(made.samples, target_db=-18.0, most_db=24.0, attack=0.002, release=0.15)
    note = (f"a gain control that pumps hard (attack 2 ms, release 0.15 s, up to +24 dB): gain "
            f"{20 * np.log10(g.min()):+.1f} to {20 * np.log10(g.max()):+.1f} dB")
    return a4.headroom(Made((made.samples * g).astype(np.float32), made.segments, made.notes + [note], made.words))


# ------------------------------------------------------------------ transcripts
def stamp(t: float) -> str:
    """A transcriber's time stamp: ``[HH:MM:SS]``, the second the line begins in (rounded down)."""
    s = int(max(0.0, t))
    return f"[{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}]"


def stamped(segments: list[dict], seed: int) -> tuple[str, list[int]]:
    """The transcript as a transcriber types it: one line per line, and before every third to fifth line a time
    stamp (:func:`stamp`) on a line of its own.  Returns the page and the lines stamped."""
    prng = random.Random(seed)
    out, marked = [], []
    nxt = prng.randint(0, 2)
    for i, s in enumerate(segments):
        if i == nxt:
            out.append(stamp(s["start"]))
            marked.append(i)
            nxt = i + prng.randint(3, 5)
        out.append(s["text"])
    return "\n".join(out) + "\n", marked


# ------------------------------------------------------------------ material
#: Short lines for the synthesized cafe talk (written here; none of aside6/7_cases.SHORT_LINES): the first
#: :data:`DEV_SHORT` are the dev twin's.
SHORT_LINES = [
    "Coffee?", "Just milk.", "Sounds good.", "Check, please.", "No rush.", "Which one?",
    "Two sugars.", "Table four.", "Right away.", "No thanks.", "Excuse me.", "One moment.", "Here you go.",
    "Cheers.", "Decaf, please.", "All set.", "Card or cash?", "Keep the change.", "Take care.", "Oops.",
    "Sorry!", "To go?",
]
DEV_SHORT = 6


@dataclass
class Spec(Spoilers):
    """An English case: its voices, room, transcript and seed; the spoilers (aside_common.Spoilers) by name."""

    which: str  #: "dev" (rd22_*) or "aside" (yx_*)
    kind: str  #: "real" (telephone prompts, with new voices' takes when ``takes``) or "synth"
    transcript: str = "plain"  #: "plain" or "stamps"
    real: Optional[uc.RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    takes: tuple[str, ...] = ()  #: the new voices' takes among the prompts (a panel)
    room: tuple[str, float] = ("pink", 32.0)  #: the room under the finished talk: noise kind, SNR dB
    seed: int = 0  #: the spoilers' and the transcript's own seed
    mp3_bits: int = 0  #: stored as an mp3 at this bit rate


E = "espeak"


def _short(voices: list[Voice], seed: int, which: str, **kw) -> Recording:
    return lines_talk(dev_or_aside(SHORT_LINES, DEV_SHORT, which), voices, seed, **kw)


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, the dev take, the dev short lines): prove the spoilers end to end
        "rd22_panel_train_stamps": Spec(d, "real", "stamps", real=R(22801, 12, wideband=True, snr_db=q,
                                                                    gap=(0.3, 1.3)),
                                        takes=("forever_4",), room=("pink", 32), seed=22811, train=12),
        "rd22_real_cafe_rings_pump": Spec(d, "real", real=R(22802, 12, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                          room=("murmur", 30), seed=22812, cafe=10, rings_over=2, pump=True),
        "rd22_espeak_short_cafe": Spec(d, "synth", recordings=[
            _short([Voice(E, "en-us+Linda", 1.0), Voice(E, "en-gb+Storm", 1.05)], 22401, d, pause=(0.2, 0.8),
                   turn=2)], room=("murmur", 30), seed=22813, cafe=10),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside8)
        "yx_panel_austen_cards": Spec(a, "real", real=R(22101, 12, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                      takes=("austen_0870", "cards_004"), room=("pink", 34),
                                      seed=22201),
        "yx_panel_austen_train": Spec(a, "real", real=R(22102, 14, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                      takes=("austen_0890", "something"), room=("pink", 32),
                                      seed=22202, train=12),
        "yx_panel_cards_stamps": Spec(a, "real", "stamps", real=R(22103, 14, wideband=True, snr_db=q,
                                                                  gap=(0.3, 1.4)),
                                      takes=("austen_0930",), room=("murmur", 30), seed=22203),
        "yx_real_cafe": Spec(a, "real", real=R(22104, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                             room=("murmur", 30), seed=22204, cafe=8),
        "yx_real_rings_over_speech": Spec(a, "real", real=R(22105, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                          room=("pink", 30), seed=22205, rings_over=3),
        "yx_real_pumping_agc": Spec(a, "real", real=R(22106, 16, wideband=True, snr_db=q, gap=(0.4, 1.6)),
                                    room=("fan", 28), seed=22206, pump=True),
        "yx_real_train_stamps": Spec(a, "real", "stamps", real=R(22107, 16, wideband=True, snr_db=q,
                                                                 gap=(0.3, 1.4)),
                                     room=("pink", 30), seed=22207, train=10),
        "yx_real_fan_mp3": Spec(a, "real", real=R(22108, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                room=("fan", 22), seed=22208, mp3_bits=24000),
        "yx_real_voice_under": Spec(a, "real", real=R(22109, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                    room=("pink", 32), seed=22209, crosstalk=("en-us-nyc+Marco", 10)),
        "yx_espeak_cafe_short": Spec(a, "synth", recordings=[
            _short([Voice(E, "en-gb-x-rp+Gustave", 1.0), Voice(E, "en-us+Iven3", 1.05)], 22402, a,
                   pause=(0.2, 0.8), turn=2)], room=("murmur", 30), seed=22210, cafe=9),
        "yx_espeak_train_pump": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-gb+Michael", 1.0), Voice(E, "en-us+Steph2", 1.05)], 22403, 22503, 14,
                           pause=(0.3, 1.1), turn=3)], room=("pink", 30), seed=22211, train=10, pump=True),
        "yx_espeak_rings_stamps": Spec(a, "synth", "stamps", recordings=[
            generated_talk([Voice(E, "en-029+Antonio", 1.0), Voice(E, "en-gb-x-gbcwmd+Alicia", 1.05)], 22404, 22504,
                           14, pause=(0.3, 1.1), turn=3)], room=("pink", 32), seed=22212, rings_over=3),
    }


DEV_NAMES = ["rd22_panel_train_stamps", "rd22_real_cafe_rings_pump", "rd22_espeak_short_cafe"]
ASIDE_NAMES = ["yx_panel_austen_cards", "yx_panel_austen_train", "yx_panel_cards_stamps", "yx_real_cafe",
               "yx_real_rings_over_speech", "yx_real_pumping_agc", "yx_real_train_stamps", "yx_real_fan_mp3",
               "yx_real_voice_under", "yx_espeak_cafe_short", "yx_espeak_train_pump", "yx_espeak_rings_stamps"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed or unpacked before ``name`` can be made, or None."""
    spec = catalogue()[name]
    need = [m for m in [a6.missing_for(spec)] if m]
    if spec.takes and not takes_available():
        need.append(PS_SETUP)
    if spec.cafe and len(uc.babble_pool()) < 20:
        need.append(f"apt-get install {uc.BABBLE_PACKAGES}")
    return "; ".join(need) if need else None


def _panel(spec: Spec) -> Made:
    """A panel: the new voices' takes (``spec.takes``, maybe none) among telephone prompts (the aside's pool or the
    dev one), in one seeded order; every line's truth is its voice span where it went (the same rule for both)."""
    if spec.which == "dev" and not set(spec.takes) <= set(DEV_TAKES):
        raise ValueError("a dev twin may use only DEV_TAKES")
    if spec.which == "aside" and set(spec.takes) & set(DEV_TAKES):
        raise ValueError("an aside case may not use DEV_TAKES")
    texts = uc.nx_prompts() if spec.which == "aside" else uc.dev_prompts()
    if spec.transcript == "stamps":  # a stamped page is read sentence by sentence: a prompt of two would split
        texts = {n: t for n, t in texts.items() if a7.one_sentence(t)}
    keep = uc.first_usable_prompts(texts, spec.real.seed, spec.real.prompts - len(spec.takes))
    texts = {**{n: texts[n] for n in keep}, **{TAKE + t: TAKES[t][1] for t in spec.takes}}
    made = uc.place_prompts(spec.real, texts, panel_reader(texts))
    for s in made.segments:
        if s["prompt"].startswith(TAKE):
            t = s["prompt"][len(TAKE):]
            s["voice"] = f"pocketsphinx test data: {TAKES[t][2]} ({TAKES[t][0]})"
            s["band"] = "wav16k"
    if spec.transcript == "stamps":
        made.notes.append("every prompt one sentence (a stamped page is read sentence by sentence)")
    if not spec.takes:
        return made
    made.notes.append(f"a panel: {len(spec.takes)} takes of real voices no case heard (pocketsphinx 5.1.1's test "
                      f"data: {', '.join(TAKES[t][2] + ' ' + t for t in spec.takes)}) among the prompts, each "
                      f"padded with {PAD:g} s of its own floor (aside8_cases.padded); truth: their voice span, the "
                      "same rule")
    return made


def _placed(spec: Spec) -> Made:
    """The talk's voices in place (no room yet)."""
    if spec.kind == "synth":
        made = uc.synth_talk(spec.recordings, [])
    elif spec.takes or spec.transcript == "stamps":
        made = _panel(spec)
    else:
        made, _ = a4._placed(a4.Spec(spec.which, "real", real=spec.real))
    if spec.real is not None:  # place_prompts' own room was none: say so, the room comes below
        made.notes[0] = made.notes[0].replace(f", pink room noise at {QUIET_DB:g} dB SNR", "")
    return made


def spoil(made: Made, spec, floor: float = 0.0) -> Made:
    """The spoilers in the order they happen: the carriage or the cafe around the talk and a telephone ringing in
    it; aside7_cases.spoil's (a wall, knocks, a telephone in the pauses, a PA, cross-talk, the room, ...); the
    recorder's pumping gain control."""
    if spec.train:
        made = train_carriage(made, spec.seed + 20, spec.train)
    if spec.cafe:
        made = cafe(made, spec.seed + 21, spec.cafe)
    if spec.rings_over:
        made = lay_rings_over(made, spec.seed + 22, spec.rings_over)
    made = a7.spoil(made, spec, floor)
    if spec.pump:
        made = pumping(made)
    return made


def make(name: str) -> uc.Built:
    return make_from(ready_spec(catalogue, missing_packages, name), name)


def make_from(spec: Spec, name: str) -> uc.Built:
    """The case ``name`` of ``spec`` (this set's or another set's catalogue made the same way: cafe_cases.py)."""
    made = spoil(_placed(spec), spec)
    encoded = None
    if spec.mp3_bits:
        made, encoded, _ = a7.store_mp3(made, spec.mp3_bits)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    if spec.transcript == "stamps":
        built.page, marked = stamped(made.segments, spec.seed)
        built.derived = {"change": "a transcriber's time stamps [HH:MM:SS] on lines of their own", "changed": [],
                         "stamped": marked}
        built.notes.append(f"transcript: a time stamp [HH:MM:SS] (the second the line begins in) on a line of its "
                           f"own before {len(marked)} of {len(made.segments)} lines")
        a7.check_reads_back(built.page, made.segments, name)
    return built


# ------------------------------------------------------------------ the check of the source material
def check_labels() -> list[tuple[str, float, float, float, float, float, float]]:
    """For each LibriVox take: the voice span of the padded take ungated and gated (seconds, less the pad) beside
    pocketsphinx's own speech label (``.lab``: the first "speech" and the last "silence" mark).  Source files
    only."""
    out = []
    for name, (f, _, _, _) in TAKES.items():
        lab = (PS / f).with_suffix(".lab")
        if not lab.is_file():
            continue
        marks = [line.split() for line in lab.read_text().splitlines() if line.strip()]
        start = next(float(m[0]) for m in marks if m[2] == "speech")
        end = [float(m[0]) for m in marks if m[2] == "silence"][-1]
        raw = uc.voice_span(padded(take_file(name), f"aside8:{name}", PAD, FADE))
        span = uc.voice_span(read_take(name))
        out.append((name, raw[0] / RATE - PAD if raw else float("nan"), raw[1] / RATE - PAD if raw else float("nan"),
                    span[0] / RATE - PAD, span[1] / RATE - PAD, start, end))
    return out


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-labels", action="store_true", help="each LibriVox take's voice span beside "
                    "pocketsphinx's own speech label (source files only, never a case)")
    a = ap.parse_args()
    if a.check_labels:
        for name, rs, re_, s, e, ls, le in check_labels():
            print(f"{name}: label {ls:.3f}-{le:.3f} s; voice span ungated {rs:.3f}-{re_:.3f} s "
                  f"(end {1000 * (re_ - le):+.0f} ms), gated {s:.3f}-{e:.3f} s (start {1000 * (s - ls):+.0f} ms, "
                  f"end {1000 * (e - le):+.0f} ms)")


if __name__ == "__main__":
    main()
