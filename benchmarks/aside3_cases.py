"""A third aside set nobody has tuned to (``ux_*``, English), and two dev twins made the same way (``rd5_*``).

Every earlier aside set (``az_*``, ``nx_*``) has been run once and looked at.  This one is made from Debian
packages, with seeds (9xxx) no earlier case used, of spoilers no earlier case had:

* **clipping** (the talk recorded too hot: every sample cut at 30-35 % of the loudest one),
* a **low bit rate voice memo** (Opus at 12 kb/s in an ``.opus`` file; ours is given that file),
* **level jumps between sentences** (each prompt louder or softer by up to 9-10 dB, as a speaker turning
  away from the microphone),
* **a fan** (noise under 1 kHz with its blade tone) and **traffic** (a rumble that swells as vehicles pass),
  both made from filtered noise (synth_cases.background),
* **a large hall** (reverberation RT60 0.9 s),
* **breaths and clicks in the pauses** of real speech (synth_cases' breath and click, laid into the pauses
  between prompts: never over a voice span, a breath ending 80-180 ms before the next voice),
* **a second speaker's turns**: espeak-ng sentences in a voice no case used, between the real prompts,
* **slow tight joins** (atempo x0.8, 0-80 ms between voices), **another music-on-hold track** as a bed,
* **a long talk** (12.1 minutes, 180 prompts in parts of the 8 kHz and the G.722 takes),
* synthesized speech with every word timed (flite rms, festival ked) under traffic, and espeak-ng voices
  at new rates with their levels a speaker apart.

Transcript kinds: plain, a web page with stale inline stamps (``ux_real_breaths_page``) and a mismatch
(one spoken sentence deleted from the transcript, one never-spoken sentence inserted, ``ux_real_mismatch``).

**What is not new.**  The real English speech is the one speaker Debian has (Allison Smith, asterisk core
sounds): every usable prompt of hers is said by some earlier case.  The ``ux_real_*`` cases take the
``nx_*`` pool (unseen_cases.nx_prompts: run once, at the end of the fifth round, and read only as pooled
figures), never the ``rd_*``/``rd2_*`` prompts developed on; their spoilers, places and seeds are new.
The dev twins (``rd5_*``) take the development prompts (unseen_cases.dev_prompts).

``ux_*`` is the aside: **only the lead runs an aligner on it, once, at the end** (``run.py --aside3``).

    apt-get install asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722 \\
        asterisk-moh-opsound-wav festival festvox-kdlpc16k flite espeak-ng
    .venv/bin/python benchmarks/cases.py --aside3 --check     # make the ux_* cases; their truth only
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, ready_spec
from synth_cases import RATE, Made, Recording, Voice

MUSIC_TRACK = "reno_project-system"  #: a music-on-hold track no case used (nx_* and rd2_* play the first one)


# ------------------------------------------------------------------ spoilers that keep exact truth
def level_jumps(seed: int, most_db: float):
    """A prompt's gain (linear) for each prompt name: -most_db..+most_db, drawn once per name and seed.

    A voice span (unseen_cases.voice_span) is measured relative to the prompt's own loudest window and
    floor, so a gain does not move it: the truth stays where the sound is.
    """
    def gain(name: str) -> float:
        return 10 ** (random.Random(f"{seed}:{name}").uniform(-most_db, most_db) / 20)

    return gain


@functools.lru_cache(maxsize=None)
def _said(text: str, voice: str, speed: float) -> np.ndarray:
    x = sc.say(text, Voice("espeak", voice, speed))
    return (x * (0.06 / max(sc._rms(x), 1e-6))).astype(np.float32)


SECOND = "second:"  #: the name prefix of a second speaker's line in a talk of real prompts


def second_speaker_lines(text_seed: int, n: int) -> dict[str, str]:
    """``n`` sentences (talk_text's grammar) for a second speaker, as prompt-like entries of a talk."""
    from talk_text import generated_sentences

    return {f"{SECOND}{k:02d}": t for k, t in enumerate(generated_sentences(n, seed=text_seed))}


def real_reader(texts: dict[str, str], gain=None, voice: Optional[tuple[str, float]] = None):
    """A reader for unseen_cases.place_prompts: the real prompt (8 kHz WAV or G.722), or a second speaker's line
    said by espeak-ng ``voice`` (name, speed), times ``gain(name)`` when given."""
    def read(name: str, wideband: bool) -> np.ndarray:
        if name.startswith(SECOND):
            x = _said(texts[name], voice[0], voice[1])
        else:
            x = uc.english_reader(name, wideband)
        return x * gain(name) if gain else x

    return read


def clip(y: np.ndarray, share: float) -> np.ndarray:
    """The talk recorded too hot: every sample cut at ``share`` of the loudest one."""
    c = share * float(np.max(np.abs(y)))
    return np.clip(y, -c, c).astype(np.float32)


def pause_sounds(made: Made, seed: int, breaths: float, clicks: float) -> tuple[np.ndarray, str]:
    """Breaths before a share of the prompts and clicks in a share of the pauses, never over a voice span.

    A breath (0.2-0.4 s) ends 80-180 ms before the next voice, 14-22 dB under the speech; a click lies in the
    middle 60 % of a pause, 0-8 dB under it.  Only pauses of at least 0.6 s (breaths) or 0.3 s (clicks).
    """
    rng, prng = np.random.default_rng(seed), random.Random(seed)
    y = made.samples.copy()
    segs = [s for s in made.segments if s.get("start") is not None]
    level = sc._rms(np.concatenate([y[int(s["start"] * RATE):int(s["end"] * RATE)] for s in segs]))
    nb = nc = 0
    for a, b in zip(segs, segs[1:]):
        pause = b["start"] - a["end"]
        if breaths and pause >= 0.6 and prng.random() < breaths:
            x = sc.breath(rng, prng.uniform(0.2, min(0.4, pause - 0.3)))
            end = int((b["start"] - prng.uniform(0.08, 0.18)) * RATE)
            y[end - len(x):end] += x * level * 10 ** (prng.uniform(-22, -14) / 20)
            nb += 1
        if clicks and pause >= 0.3 and prng.random() < clicks:
            x = sc.click(rng)
            at = int((a["end"] + pause * prng.uniform(0.2, 0.8)) * RATE) - len(x) // 2
            y[at:at + len(x)] += x * level * 10 ** (prng.uniform(-8, 0) / 20)
            nc += 1
    return y, f"{nb} breaths before voices and {nc} clicks in pauses (none over a voice span)"


# ------------------------------------------------------------------ the catalogue
@dataclass
class Spec:
    which: str  #: "dev" (rd5_*) or "aside" (ux_*)
    kind: str  #: "real" or "synth"
    transcript: str = "plain"  #: "plain", "page" or "mismatch"
    real: Optional[uc.RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    encoding: Optional[str] = None  #: "opus" (12 kb/s), "mp3", "ogg" or "m4a": the case's audio is that file
    seed: int = 0  #: the transcript kind's and the pause sounds' own seed
    title: str = "A talk"
    levels_db: float = 0.0  #: level jumps between prompts, up to this many dB either way
    clip: float = 0.0  #: peaks cut at this share of the loudest sample (0 = not clipped)
    breaths: float = 0.0  #: chance of a breath before a prompt (pauses >= 0.6 s)
    clicks: float = 0.0  #: chance of a click in a pause
    second: Optional[tuple[str, float, int, int]] = None  #: a second speaker: espeak voice, speed, text seed, lines


E, F, FEST = "espeak", "flite", "festival"


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    return {
        # ---- development twins (fresh_cases' dev prompts, already looked at): prove the new spoilers end to end
        "rd5_real_levels_opus": Spec(d, "real", real=R(9801, 14, snr_db=24, noise="fan", gap=(0.3, 1.3)),
                                     encoding="opus", levels_db=9),
        "rd5_real_two_voices_clip": Spec(d, "real", real=R(9802, 15, wideband=True, snr_db=20, noise="traffic"),
                                         clip=0.35, breaths=0.5, clicks=0.4, seed=9812,
                                         second=("en-gb-x-gbclan+f4", 1.05, 9803, 5)),
        # ---- aside: nobody runs an aligner on these before the lead's one run at the end (run.py --aside3)
        "ux_real_clipped": Spec(a, "real", real=R(9101, 16, wideband=True, gap=(0.3, 1.4), snr_db=32), clip=0.3),
        "ux_real_opus12": Spec(a, "real", real=R(9102, 16, gap=(0.3, 1.5), snr_db=30), encoding="opus"),
        "ux_real_levels_fan": Spec(a, "real", real=R(9103, 16, wideband=True, snr_db=22, noise="fan"), levels_db=10),
        "ux_real_traffic": Spec(a, "real", real=R(9104, 16, snr_db=16, noise="traffic", gap=(0.4, 1.6))),
        "ux_real_hall": Spec(a, "real", real=R(9105, 15, wideband=True, rt60=0.9, snr_db=30, gap=(0.4, 1.6))),
        "ux_real_breaths_page": Spec(a, "real", "page", real=R(9106, 16, wideband=True, snr_db=34, gap=(0.5, 1.6)),
                                     seed=9206, breaths=0.7, clicks=0.5, title="Your call is important to us"),
        "ux_real_mismatch": Spec(a, "real", "mismatch", real=R(9107, 15, snr_db=24, noise="murmur", tempo=0.93),
                                 seed=9207),
        "ux_real_slow_tight": Spec(a, "real", real=R(9108, 14, wideband=True, gap=(0.0, 0.08), tempo=0.8,
                                                     snr_db=30)),
        "ux_real_music_bed": Spec(a, "real", real=R(9109, 16, bed="music", bed_db=-11, track=MUSIC_TRACK,
                                                    gap=(0.3, 1.3))),
        "ux_real_two_voices": Spec(a, "real", real=R(9110, 18, wideband=True, snr_db=28, gap=(0.3, 1.2)),
                                   second=("en-gb-x-gbcwmd+m6", 0.95, 9111, 6), seed=9210),
        "ux_real_long": Spec(a, "real", real=R(9112, 180, wideband="parts", gap=(0.3, 2.0), long_pauses=0.1,
                                               snr_db=28, noise="fan", repeats=3)),
        "ux_synth_words": Spec(a, "synth", recordings=[
            generated_talk([Voice(F, "rms", 0.9), Voice(FEST, "ked", 1.25)], 9301, 9401, 12, snr_db=16, noise="traffic",
                 breaths=0.4, clicks=0.5, turn=2)]),
        "ux_espeak_levels": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+f1", 140 / 165, gain_db=5), Voice(E, "en-029+m7", 205 / 165, gain_db=-6)],
                 9302, 9402, 12, snr_db=20, noise="fan", turn=2, pause=(0.25, 1.2))]),
    }


DEV_NAMES = ["rd5_real_levels_opus", "rd5_real_two_voices_clip"]
ASIDE_NAMES = ["ux_real_clipped", "ux_real_opus12", "ux_real_levels_fan", "ux_real_traffic", "ux_real_hall",
               "ux_real_breaths_page", "ux_real_mismatch", "ux_real_slow_tight", "ux_real_music_bed",
               "ux_real_two_voices", "ux_real_long", "ux_synth_words", "ux_espeak_levels"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What apt must install before ``name`` can be made, or None."""
    import shutil

    import festival_voices

    spec = catalogue()[name]
    need = []
    if spec.kind == "real" and not uc.real_available():
        need.append(uc.fc.REAL_PACKAGES)
    if spec.real and spec.real.bed == "music" and not (uc.MUSIC / f"{spec.real.track}.wav").exists():
        need.append(uc.MUSIC_PACKAGE)
    voices = [v for r in spec.recordings for v in r.voices]
    if any(v.engine == FEST for v in voices) and not festival_voices.available():
        need.append(uc.fc.FESTIVAL_PACKAGES)
    if any(v.engine == F for v in voices) and not sc.flite_available():
        need.append("flite")
    if (spec.second or any(v.engine == E for v in voices)) and shutil.which("espeak-ng") is None:
        need.append("espeak-ng")
    return ("apt-get install " + " ".join(need)) if need else None


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    if spec.kind == "real":
        texts = uc.nx_prompts() if spec.which == "aside" else uc.dev_prompts()
        pool = list(texts.values())
        if spec.second:  # every line of the second speaker, among as many of the pool's prompts as the talk has room
            voice, speed, text_seed, lines = spec.second
            keep = uc.first_usable_prompts(texts, spec.real.seed, spec.real.prompts - lines)
            texts = {**{n: texts[n] for n in keep}, **second_speaker_lines(text_seed, lines)}
        gain = level_jumps(spec.real.seed, spec.levels_db) if spec.levels_db else None
        read = real_reader(texts, gain, (spec.second[0], spec.second[1]) if spec.second else None)
        made = uc.place_prompts(spec.real, texts, read)
        if spec.second:
            made.notes.append(f"a second speaker: {spec.second[3]} sentences by espeak-ng {spec.second[0]} at "
                              f"x{spec.second[1]:g} among the prompts (truth: their voice span, the same rule)")
            for s in made.segments:
                if s["prompt"].startswith(SECOND):
                    s["voice"] = f"espeak:{spec.second[0]}@{spec.second[1]:g}"
        if spec.levels_db:
            made.notes.append(f"level jumps: each prompt {spec.levels_db:g} dB louder to {spec.levels_db:g} dB softer "
                              "(drawn per prompt; a voice span is measured on the prompt's own levels)")
    else:
        made = uc.synth_talk(spec.recordings, [])
        from talk_text import generated_sentences

        pool = generated_sentences(40, seed=spec.recordings[0].text_seed + 77)
    if spec.breaths or spec.clicks:
        y, note = pause_sounds(made, spec.seed, spec.breaths, spec.clicks)
        made = Made(y, made.segments, made.notes + [note], made.words)
    if spec.clip:
        made = Made(clip(made.samples, spec.clip), made.segments,
                    made.notes + [f"clipped: every sample cut at {spec.clip:g} of the loudest"], made.words)
    encoded = None
    if spec.encoding:
        made, encoded, _ = uc.store_encoded(made, spec.encoding)
    shape = uc.Spec(spec.which, spec.kind, spec.transcript, seed=spec.seed, title=spec.title)
    built = uc.transcript_kind(shape, made, pool)
    built.encoded = encoded
    return built


# ------------------------------------------------------------------ a check of the built truth (no aligner)
def edge_levels(name: str) -> dict:
    """The level (dB, 10 ms windows) just outside and just inside every truth edge of a built case: 20-50 ms
    before a start against 5-35 ms after it, 5-35 ms before an end against 20-50 ms after it.

    The truth is right when the outside lies at the case's floor and the inside clearly above it (a tight join
    shows the neighbour's voice outside).  Reads benchmarks/out/cases/NAME (audio.wav and truth.json) only.
    """
    import json
    import wave

    import cases

    d = cases.CASES_DIR / name
    with wave.open(str(d / "audio.wav")) as w:
        x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float64) / 32768
    segs = [s for s in json.loads((d / "truth.json").read_text(encoding="utf-8"))["segments"]
            if s.get("start") is not None]

    def db(a: float, b: float) -> float:
        i, j = max(0, int(a * RATE)), max(1, int(b * RATE))
        return 10 * np.log10(np.mean(x[i:j] ** 2) + 1e-12)

    rows = {"start_out": [db(s["start"] - 0.05, s["start"] - 0.02) for s in segs],
            "start_in": [db(s["start"] + 0.005, s["start"] + 0.035) for s in segs],
            "end_in": [db(s["end"] - 0.035, s["end"] - 0.005) for s in segs],
            "end_out": [db(s["end"] + 0.02, s["end"] + 0.05) for s in segs]}
    return {k: float(np.median(v)) for k, v in rows.items()} | {
        "starts_in_over_out_min": float(np.min(np.array(rows["start_in"]) - rows["start_out"])),
        "ends_in_over_out_min": float(np.min(np.array(rows["end_in"]) - rows["end_out"])), "n": len(segs)}


def main() -> None:
    import argparse
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--edges", nargs="+", metavar="CASE", help="levels outside and inside each built case's truth edges")
    a = ap.parse_args()
    for name in a.edges or []:
        r = edge_levels(name)
        print(f"{name:28s} n={r['n']:3d}  start out/in {r['start_out']:6.1f}/{r['start_in']:6.1f} dB  "
              f"end in/out {r['end_in']:6.1f}/{r['end_out']:6.1f} dB  "
              f"least in-out: starts {r['starts_in_over_out_min']:+5.1f}, ends {r['ends_in_over_out_min']:+5.1f} dB")


if __name__ == "__main__":
    main()
