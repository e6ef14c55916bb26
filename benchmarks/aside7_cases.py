"""A seventh aside set nobody has tuned to (``kx_*``, English), and dev twins made the same way (``rd21_*``).

``az_*``, ``nx_*``, ``ux_*``, ``vx_*``, ``qx_*`` and ``zx_*`` have each been run once and looked at.  This set is made
from Debian packages, with seeds (21xxx English, 23xxx languages) no case used, of spoilers and transcripts no case
had:

* **Heavy knocks at a line's edge**: Fish Fillets NG's recorded impacts (``fillets-ng-data``,
  ``sound/share/sp-impact_heavy_0*.ogg``, GPL-2+: a heavy thing falling, 0.8 s with its decay), a door slamming
  at a line's edge: half of them 30-150 ms after a line ends, half with their peak 150-350 ms before a line begins
  (the decay runs into the voice), 6 dB over the speech at their loudest 50 ms.
* **A telephone ringing over a pause**: a UK double ring (400 + 450 Hz, 0.4 s on, 0.2 s off, 0.4 s on, 2 s off,
  two cycles) starting 0.1-0.4 s after a line ends and running over the next lines, 8 dB under the speech.
* A low bit-rate mp3 (16 kb/s at 16 kHz; not new: ``vx_*`` had a 16 kb/s mp3 at 8 kHz) and an overdriven
  recording (the finished talk 12-14 dB too hot into a converter that clips hard; not new in kind: ``ux_*`` cut
  every sample at 30-35 % of the loudest one).
* **A thin laptop microphone** (everything under 400 Hz gone, the room too) and **a voice through a wall** (the
  talker's voice under 350 Hz only, the listener's room on this side at full band).
* **Long silences**: two pauses made 30-45 s longer (every earlier long pause was 10-16 s).
* **Transcripts no case had**: SubRip subtitles timed for an older cut whose cues wrap mid-sentence onto a
  second line; and a plain transcript of one paragraph per speaker turn behind a ``- `` marker, the turns where
  the voice changes (the web pages of ``az_*``/``rd_*`` had ``- `` paragraphs of 3-5 lines of one voice, under
  page furniture and stamps).
* The kinds that hurt last time with **other voices**: a crowd cheering between lines and one- to three-word lines
  through a hall's PA, by espeak-ng variants no case used (``en-gb+Adam``, ``en-us+shelby``, ``en-us+victor``,
  ``en-gb-x-gbclan+travis``, ``en-gb-scotland+Edward``, ``en-us+Andrea``, ``en-us+Auntie``), a pumping gain
  control over the thin microphone.

**What is not new.**  The real English voice is again the telephone prompts' Allison Smith (the ``nx_*`` pool a
sixth time); no real English speaker no case heard was found packaged with its text (benchmarks/README.md, "seventh
aside set").  The second speaker and the synthesized talks are espeak-ng.  Digits where the speaker says words were
asked for but ``qx_*`` had them (aside5_cases); "- " markers one line each were in ``vx_*``; the mp3 and the
clipping (above).

``kx_*`` is the aside: **only the lead runs an aligner on it, once** (``run.py --aside7``).

    apt-get install asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722 espeak-ng
    apt-get download fillets-ng-data tuxtype-data    # unpacked into benchmarks/out/debs, not installed
    .venv/bin/python benchmarks/cases.py --aside7 --check     # make the kx_* cases; their truth only
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

import aside3_cases as a3
import aside4_cases as a4
import aside6_cases as a6
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import Spoilers, dev_or_aside, generated_talk, lines_talk, mp3_bytes, ready_spec
from synth_cases import RATE, Made, Recording, Voice

QUIET_DB = a4.QUIET_DB
FILLETS = nv.DEBS / "fillets-ng-data" / "usr" / "share" / "games" / "fillets-ng"
FILLETS_SETUP = ("apt-get download fillets-ng-data && dpkg -x fillets-ng-data_*.deb "
                 "benchmarks/out/debs/fillets-ng-data")
#: Fish Fillets NG's two heavy impacts: the aside's and the dev twins'.
IMPACTS = {"aside": "sp-impact_heavy_00", "dev": "sp-impact_heavy_01"}


def sounds_available() -> bool:
    return (FILLETS / "sound" / "share" / f"{IMPACTS['aside']}.ogg").is_file()


# ------------------------------------------------------------------ sounds laid over the talk (truth unchanged)
def impact(which: str) -> np.ndarray:
    """A recorded heavy impact (Fish Fillets NG), as decoded (its peak in its first 40 ms)."""
    return nv.decode_file(FILLETS / "sound" / "share" / f"{IMPACTS[which]}.ogg")


def loudest(x: np.ndarray, seconds: float = 0.05) -> float:
    """RMS of the loudest ``seconds`` of ``x``."""
    win = max(1, int(seconds * RATE))
    return max(sc._rms(x[i:i + win]) for i in range(0, max(1, len(x) - win + 1), max(1, win // 4)))


def thud_times(made: Made, seed: int, count: int) -> list[tuple[int, str, float]]:
    """Where the knocks fall: ``count`` lines (never the last), alternately after a line's end (the knock begins
    30-150 ms after it) and before the next line's start (its peak 150-350 ms before it).  Returns (line, "after"
    or "before", the knock's first sample in seconds)."""
    segs = [s for s in made.segments if s.get("start") is not None]
    prng = random.Random(seed)
    picks = sorted(prng.sample(range(len(segs) - 1), count))
    out = []
    for j, k in enumerate(picks):
        if j % 2 == 0:
            out.append((k, "after", segs[k]["end"] + prng.uniform(0.03, 0.15)))
        else:
            out.append((k + 1, "before", segs[k + 1]["start"] - prng.uniform(0.15, 0.35) - 0.04))
    return out


def lay_thuds(made: Made, seed: int, count: int, which: str, over_db: float = 6.0) -> Made:
    """Heavy knocks at line edges (:func:`thud_times`), ``over_db`` over the speech at their loudest 50 ms."""
    x = impact(which)
    gain = a4.speech_rms(made) * 10 ** (over_db / 20) / loudest(x)
    y = made.samples.copy()
    times = thud_times(made, seed, count)
    for _, _, at in times:
        i = max(0, int(at * RATE))
        y[i:i + len(x)] += (x * gain)[: max(0, len(y) - i)]
    where = ", ".join(f"{how} line {k}" for k, how, _ in times)
    note = (f"heavy knocks (Fish Fillets NG's {IMPACTS[which]}, 0.8 s; {over_db:g} dB over the speech at their "
            f"loudest 50 ms) at line edges: {where}")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def ring(cycles: int = 2) -> np.ndarray:
    """A UK telephone's double ring: 400 + 450 Hz, 0.4 s on, 0.2 s off, 0.4 s on, 2 s off, ``cycles`` times; 5 ms
    ramps (no click); unit RMS while it sounds."""
    t = np.arange(int(3.0 * RATE)) / RATE
    tone = np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t)
    gate = np.zeros_like(t)
    ramp = int(0.005 * RATE)
    for a, b in ((0.0, 0.4), (0.6, 1.0)):
        i, j = int(a * RATE), int(b * RATE)
        g = np.ones(j - i)
        g[:ramp] = np.linspace(0, 1, ramp)
        g[-ramp:] = np.linspace(1, 0, ramp)
        gate[i:j] = g
    one = tone * gate
    on = one[gate > 0]
    return (np.tile(one, cycles) / (np.sqrt(np.mean(on ** 2)) + 1e-12)).astype(np.float32)


def lay_rings(made: Made, seed: int, count: int, under_db: float = 8.0) -> Made:
    """A telephone ringing (:func:`ring`, two cycles) in ``count`` pauses, starting 0.1-0.4 s after a line ends."""
    segs = [s for s in made.segments if s.get("start") is not None]
    prng = random.Random(seed)
    picks = sorted(prng.sample(range(len(segs) - 1), count))
    r = ring() * a4.speech_rms(made) * 10 ** (-under_db / 20)
    y = made.samples.copy()
    for k in picks:
        i = int((segs[k]["end"] + prng.uniform(0.1, 0.4)) * RATE)
        y[i:i + len(r)] += r[: max(0, len(y) - i)]
    note = (f"a telephone ringing (UK double ring, 400 + 450 Hz, two cycles of 3 s; {under_db:g} dB under the "
            f"speech) after lines {picks}, over the next lines")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def highpass(x: np.ndarray, cut: float) -> np.ndarray:
    """``x`` less everything under ``cut`` Hz (synth_cases.lowpass's smooth edge)."""
    return (x.astype(np.float64) - sc.lowpass(x.astype(np.float64), cut)).astype(np.float32)


def thin_mic(made: Made, cut: float = 400.0) -> Made:
    """The whole recording (voice and room) through a laptop's small microphone: nothing under ``cut`` Hz."""
    return Made(highpass(made.samples, cut), made.segments,
                made.notes + [f"a thin laptop microphone: the recording high-passed at {cut:g} Hz"], made.words)


def through_wall(made: Made, cut: float = 350.0) -> Made:
    """The talker heard through a wall: the voice under ``cut`` Hz only (before the room on this side is laid)."""
    y = sc.lowpass(made.samples.astype(np.float64), cut).astype(np.float32)
    return Made(y, made.segments, made.notes + [f"the voice through a wall: low-passed at {cut:g} Hz (the room "
                                                "on this side is laid after, full band)"], made.words)


def overdrive(made: Made, drive_db: float) -> Made:
    """The finished talk ``drive_db`` too hot into a converter that clips hard at full scale: the talk is first
    brought to a 0.95 peak, then raised and clipped.  A gain and a clip move no voice span (silence stays
    silence)."""
    x = made.samples / (np.max(np.abs(made.samples)) + 1e-12) * 0.95
    y = np.clip(x * 10 ** (drive_db / 20), -1.0, 1.0).astype(np.float32)
    inside = np.concatenate([y[int(s["start"] * RATE):int(s["end"] * RATE)] for s in made.segments
                             if s.get("start") is not None])
    flat = float(np.mean(np.abs(inside) >= 1.0))
    note = f"overdriven: {drive_db:g} dB too hot, clipped hard at full scale ({100 * flat:.0f} % of the voices' samples)"
    return Made(y, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a low bit-rate mp3
def encode_mp3(x: np.ndarray, bits: int) -> bytes:
    """``x`` (16 kHz mono float) as an mp3 (libmp3lame, ``bits`` b/s) file's bytes, through PyAV."""
    return mp3_bytes((np.clip(x, -1, 1) * 32767).astype(np.int16), RATE, bits, 1024)


def store_mp3(made: Made, bits: int) -> tuple[Made, tuple[str, bytes], str]:
    """The talk as a low bit-rate mp3: the file, the samples aligner.audio.decode reads from it, the truth moved by
    the codec's delay (measured, as unseen_cases.store_encoded does)."""
    data = encode_mp3(made.samples, bits)
    y = uc.decode(data, "mp3")
    move = uc.codec_lag(made.samples, y) / RATE

    def shifted(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(d["start"] + move, 4), end=round(d["end"] + move, 4))

    note = (f"stored as .mp3 (libmp3lame, {bits // 1000} kb/s, encoded with PyAV); truth on the timeline "
            f"aligner.audio.decode reads, the codec's delay measured as {1000 * move:+.1f} ms")
    return Made(y, [shifted(s) for s in made.segments], made.notes + [note],
                [shifted(w) for w in made.words]), ("mp3", data), note


# ------------------------------------------------------------------ transcripts
def turns(segments: list[dict]) -> list[list[int]]:
    """The lines grouped by speaker turn (a run of lines by one speaker: aside3_cases.SECOND marks the second)."""
    out: list[list[int]] = []
    last = None
    for i, s in enumerate(segments):
        who = s.get("prompt", "").startswith(a3.SECOND)
        if out and who == last:
            out[-1].append(i)
        else:
            out.append([i])
        last = who
    return out


def turn_paragraphs(segments: list[dict]) -> str:
    """One paragraph per speaker turn, ``- `` before it, a blank line between turns (an interview written out)."""
    return "\n\n".join("- " + " ".join(segments[i]["text"] for i in t) for t in turns(segments)) + "\n"


def wrapped(text: str) -> str:
    """A cue's text broken onto two lines at its middle word (mid-sentence), as a subtitle editor wraps it."""
    words = text.split()
    if len(words) < 2:
        return text
    half = (len(words) + 1) // 2
    return " ".join(words[:half]) + "\n" + " ".join(words[half:])


def stale_wrapped_srt(segments: list[dict], seed: int) -> tuple[str, list[dict]]:
    """SubRip subtitles timed for an older cut (aside4_cases.stale_srt's offsets), each cue wrapped mid-sentence."""
    _, offsets = a4.stale_srt(segments, seed)
    cues = [f"{o['i'] + 1}\n{a4.srt_time(s['start'] + o['off'])} --> {a4.srt_time(s['end'] + o['off'])}\n"
            f"{wrapped(s['text'])}\n" for s, o in zip(segments, offsets)]
    return "\n".join(cues), offsets


def read_back(page: str, name: str) -> list[str]:
    """The lines aligner.formats reads from a page (the check that a page's lines are the truth's)."""
    from aligner.formats import parse_transcript

    return [s.text for s in parse_transcript(page, name=name).segments]


def check_reads_back(page: str, segments: list[dict], case: str) -> None:
    """ValueError unless aligner.formats reads ``page`` (a case's transcript.txt) as the truth's lines, ``segments``
    (aside8/9/10_cases' stamped, labelled and shaped pages)."""
    spaced = [" ".join(t.split()) for t in read_back(page, "transcript.txt")]
    if spaced != [" ".join(s["text"].split()) for s in segments]:  # a prompt's two spaces after a full stop
        raise ValueError(f"{case}: the transcript's lines as aligner.formats reads them are not the truth's")


# ------------------------------------------------------------------ material
#: Short lines for the synthesized voices (written here; none of aside6_cases.SHORT_LINES): the first
#: :data:`DEV_SHORT` are the dev twin's.
SHORT_LINES = [
    "Hold on.", "Got it.", "Next one.", "Perfect.", "Louder.", "Nice.",
    "Stop.", "Again.", "Seriously?", "Go ahead.", "Thanks.", "Lights.", "Almost.", "Not now.", "Me too.",
    "Anyone else?", "Questions?", "Really.", "Over here.", "Great point.", "Sit down.", "Later.",
]
DEV_SHORT = 6


@dataclass
class Spec(Spoilers):
    """An English case: its voices, room, transcript and seed; the spoilers (aside_common.Spoilers) by name."""

    which: str  #: "dev" (rd21_*) or "aside" (kx_*)
    kind: str  #: "real" (telephone prompts) or "synth"
    transcript: str = "plain"  #: "plain", "turns" or "srt"
    real: Optional[uc.RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    room: tuple[str, float] = ("pink", 32.0)  #: the room under the finished talk: noise kind, SNR dB
    seed: int = 0  #: the spoilers' and the transcript's own seed
    second: Optional[tuple[str, float, int, int]] = None  #: a second speaker: espeak voice, speed, text seed, lines
    mp3_bits: int = 0  #: stored as an mp3 at this bit rate


E = "espeak"


def _short(voices: list[Voice], seed: int, which: str, **kw) -> Recording:
    return lines_talk(dev_or_aside(SHORT_LINES, DEV_SHORT, which), voices, seed, **kw)


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, the dev impact, the dev short lines): prove the spoilers end to end
        "rd21_real_thuds_rings_srt": Spec(d, "real", "srt", real=R(21801, 12, wideband=True, snr_db=q,
                                                                  gap=(0.3, 1.3)),
                                          room=("pink", 32), seed=21811, thuds=3, rings=1),
        "rd21_real_mp3_overdriven_turns": Spec(d, "real", "turns", real=R(21802, 12, wideband=True, snr_db=q,
                                                                         gap=(0.2, 0.9)),
                                               room=("pink", 30), seed=21812, drive_db=12, mp3_bits=16000,
                                               second=("en-us+Auntie", 1.0, 21901, 5)),
        "rd21_real_wall_silence": Spec(d, "real", real=R(21803, 10, wideband=True, snr_db=q, gap=(0.3, 1.2)),
                                       room=("fan", 28), seed=21813, wall=True, silences=1),
        "rd21_espeak_short_pa_cheers": Spec(d, "synth", recordings=[
            _short([Voice(E, "en-us+victor", 1.0), Voice(E, "en-gb-x-gbclan+travis", 1.05)], 21401, d,
                   pause=(0.2, 0.8), turn=2)], room=("murmur", 30), seed=21814, pa=True, cheers=1),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside7)
        "kx_real_door_thuds": Spec(a, "real", real=R(21101, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                   room=("pink", 32), seed=21201, thuds=6),
        "kx_real_phone_rings": Spec(a, "real", real=R(21102, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                    room=("murmur", 32), seed=21202, rings=3),
        "kx_real_mp3_16k": Spec(a, "real", real=R(21103, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                room=("pink", 30), seed=21203, mp3_bits=16000),
        "kx_real_overdriven": Spec(a, "real", real=R(21104, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                   room=("fan", 30), seed=21204, drive_db=14),
        "kx_real_laptop_mic": Spec(a, "real", real=R(21105, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                   room=("fan", 26), seed=21205, thin=True),
        "kx_real_through_wall": Spec(a, "real", real=R(21106, 14, wideband=True, snr_db=q, gap=(0.4, 1.6)),
                                     room=("pink", 28), seed=21206, wall=True),
        "kx_real_long_silences": Spec(a, "real", real=R(21107, 14, snr_db=q, gap=(0.3, 1.4)), room=("pink", 30),
                                      seed=21207, silences=2),
        "kx_real_turn_paragraphs": Spec(a, "real", "turns", real=R(21108, 18, wideband=True, snr_db=q,
                                                                   gap=(0.1, 0.7)),
                                        room=("pink", 32), seed=21208, second=("en-gb+Adam", 1.05, 21301, 8)),
        "kx_real_srt_wrapped": Spec(a, "real", "srt", real=R(21109, 16, snr_db=q, gap=(0.3, 1.5)),
                                    room=("pink", 30), seed=21209),
        "kx_real_thin_agc_rings": Spec(a, "real", real=R(21110, 16, snr_db=q, gap=(0.4, 1.6)), room=("fan", 26),
                                       seed=21210, thin=True, agc=True, rings=2),
        "kx_espeak_cheers_between": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-gb+Adam", 1.0), Voice(E, "en-us+shelby", 1.05)], 21402, 21502, 14,
                 pause=(0.3, 1.1), turn=3)], room=("murmur", 30), seed=21211, cheers=3),
        "kx_espeak_short_pa": Spec(a, "synth", recordings=[
            _short([Voice(E, "en-us+victor", 1.0), Voice(E, "en-gb-x-gbclan+travis", 1.05)], 21403, a,
                   pause=(0.2, 0.8), turn=2)], room=("murmur", 30), seed=21212, pa=True),
        "kx_espeak_agc_thuds": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+Edward", 1.0), Voice(E, "en-us+Andrea", 1.1)], 21404, 21504, 12,
                 pause=(0.2, 1.0), turn=3)], room=("pink", 30), seed=21213, agc=True, thuds=4),
    }


DEV_NAMES = ["rd21_real_thuds_rings_srt", "rd21_real_mp3_overdriven_turns", "rd21_real_wall_silence",
             "rd21_espeak_short_pa_cheers"]
ASIDE_NAMES = ["kx_real_door_thuds", "kx_real_phone_rings", "kx_real_mp3_16k", "kx_real_overdriven",
               "kx_real_laptop_mic", "kx_real_through_wall", "kx_real_long_silences", "kx_real_turn_paragraphs",
               "kx_real_srt_wrapped", "kx_real_thin_agc_rings", "kx_espeak_cheers_between", "kx_espeak_short_pa",
               "kx_espeak_agc_thuds"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed or unpacked before ``name`` can be made, or None."""
    spec = catalogue()[name]
    need = [m for m in [a6.missing_for(spec)] if m]
    if spec.thuds and not sounds_available():
        need.append(FILLETS_SETUP)
    return "; ".join(need) if need else None


def one_sentence(text: str) -> bool:
    """A prompt the transcript reader keeps whole inside a paragraph (it splits a paragraph into sentences)."""
    return not re.search(r"[.!?]\s+\S", text)


def _placed_one_sentence(spec: Spec) -> Made:
    """aside4_cases._placed's real talk with a second speaker, from the prompts of one sentence only (a turn's
    paragraph is read sentence by sentence: a prompt of two sentences would become two lines)."""
    texts = uc.nx_prompts() if spec.which == "aside" else uc.dev_prompts()
    texts = {n: t for n, t in texts.items() if one_sentence(t)}
    voice_name, speed, text_seed, lines = spec.second
    keep = uc.first_usable_prompts(texts, spec.real.seed, spec.real.prompts - lines)
    texts = {**{n: texts[n] for n in keep}, **a3.second_speaker_lines(text_seed, lines)}
    made = uc.place_prompts(spec.real, texts, a3.real_reader(texts, None, (voice_name, speed)))
    made.notes.append(f"a second speaker: {lines} sentences by espeak-ng {voice_name} at x{speed:g} among the "
                      "prompts (truth: their voice span, the same rule); every prompt one sentence")
    for s in made.segments:
        if s["prompt"].startswith(a3.SECOND):
            s["voice"] = f"espeak:{voice_name}@{speed:g}"
    return made


def _placed(spec: Spec) -> Made:
    """The talk's voices in place (no room yet)."""
    if spec.kind == "synth":
        made = uc.synth_talk(spec.recordings, [])
    elif spec.transcript == "turns":
        made = _placed_one_sentence(spec)
    else:
        made, _ = a4._placed(a4.Spec(spec.which, "real", real=spec.real, second=spec.second))
    if spec.real is not None:  # place_prompts' own room was none: say so, the room comes below
        made.notes[0] = made.notes[0].replace(f", pink room noise at {QUIET_DB:g} dB SNR", "")
    return made


def spoil(made: Made, spec, floor: float = 0.0) -> Made:
    """The spoilers in the order they happen: longer pauses; the wall between talker and room; knocks and a
    telephone in the room; aside6_cases.spoil's (PA, cross-talk, wind, music, a crowd, the room, a gain
    control); the recorder's thin microphone and its clipping converter."""
    if spec.silences:
        made = a4.long_silences(made, spec.seed + 9, spec.silences, (30.0, 45.0))
    if spec.wall:
        made = through_wall(made)
    if spec.thuds:
        made = lay_thuds(made, spec.seed + 10, spec.thuds, spec.which)
    if spec.rings:
        made = lay_rings(made, spec.seed + 11, spec.rings)
    made, _ = a6.spoil(made, spec, floor)
    if spec.thin:
        made = a4.headroom(thin_mic(made))
    if spec.drive_db:
        made = overdrive(made, spec.drive_db)
    return made


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = spoil(_placed(spec), spec)
    encoded = None
    if spec.mp3_bits:
        made, encoded, _ = store_mp3(made, spec.mp3_bits)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    texts = [s["text"] for s in made.segments]
    if spec.transcript == "turns":
        built.page = turn_paragraphs(made.segments)
        built.derived = {"change": "one paragraph per speaker turn behind '- '", "changed": [],
                         "turns": turns(made.segments)}
        built.notes.append(f"transcript: one paragraph per speaker turn ({len(turns(made.segments))} turns) behind "
                           "'- ', a blank line between turns")
        name_ = "transcript.txt"
    elif spec.transcript == "srt":
        built.page, offsets = stale_wrapped_srt(made.segments, spec.seed)
        built.derived = {"change": "SubRip subtitles timed for an older cut, cues wrapped mid-sentence",
                         "changed": [], "cues": offsets}
        built.notes.append("transcript: SubRip subtitles with stale times (off by "
                           f"{offsets[0]['off']:+.2f} s at first and {offsets[-1]['off']:+.2f} s at the end), "
                           "every cue wrapped onto two lines mid-sentence")
        name_ = "transcript.txt"
    if built.page and [" ".join(t.split()) for t in read_back(built.page, name_)] != [" ".join(t.split())
                                                                                      for t in texts]:
        raise ValueError(f"{name}: the transcript's lines as aligner.formats reads them are not the truth's")
    return built
