"""A ninth aside set nobody has tuned to (``px_*``, English), and dev twins made the same way (``rd26_*``).

``az_*`` .. ``yx_*`` have each been run once and looked at.  Real English voices are nearly exhausted (every
Debian/PyPI source found is listed in benchmarks/README.md's source tables), so this set makes **new speakers from
a real one**: Allison Smith's telephone prompts shifted in pitch (sox ``pitch``: the pitch and the formants move
together, as a longer or shorter vocal tract would move them) and stretched in time (sox ``tempo``: a slower or a
faster reader), :func:`shifted`.  They are *transformed*, not new people; a case that mixes a shifted and an unshifted
take of the same prompts' reader is a two-person conversation only to the ear.

Conditions no set had (checked against the eight sets' lists in benchmarks/README.md):

* **an AMR-NB phone codec** (7.95 kb/s at 8 kHz, the GSM/3GPP narrowband codec: ``.amr``) and **Opus at 6 kb/s**
  (``ux_*`` had a 12 kb/s voice memo);
* **mains hum with harmonics** loud enough to hear (50 Hz and its harmonics to 1 kHz, odd ones stronger, 12-16 dB
  under the speech; the derived ``+gap60`` case has a hum at the room's floor, ``qx_*`` a buzz);
* **a siren passing over the speech** (a wailing two-tone siren, 6-8 s, rising and falling in level as it passes,
  starting inside a line: :func:`lay_sirens`);
* **a long room on real prompts in an aside set** (a convolved diffuse room, RT60 1.0-1.4 s; the aside sets' real
  rooms were 0.5-0.9 s -- ``ux_real_hall``, ``ux_fr_hall`` --, dev families went to 2.2 s: not new to dev);
* **transcripts with numbered speaker labels** (``SPEAKER 1:`` / ``SPEAKER 2:`` on every line, :func:`labelled`: the
  form a transcription service writes; ``zx_real_speaker_names`` had names) and with **``[inaudible]`` markers**
  where a transcriber gave up on two or three words (:func:`with_inaudible`).

Truth is the rule of every real case (each prompt's voice span where it went, measured on the shifted prompt,
unseen_cases.prompt_audio) and, for the synthesized talks, the segment bounds on the dry speech.  A room's tail is
never truth: the reverberation is convolved after the spans are measured (unseen_cases.place_prompts).

``px_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside9``).

    apt-get install sox espeak-ng asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside9 --check     # make the px_* cases; their truth only
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside6_cases as a6
import aside7_cases as a7
import aside8_cases as a8
import unseen_cases as uc
from aside_common import Spoilers, encoded_bytes, generated_talk, kept_as_decoded, padded, ready_spec
from synth_cases import RATE, Made, Recording, Voice

QUIET_DB = a4.QUIET_DB
E = "espeak"


# ------------------------------------------------------------------ a new speaker made from a real one
@dataclass(frozen=True)
class Shift:
    """How a real take is transformed into another speaker: sox ``pitch`` in cents (pitch and formants together) and
    sox ``tempo`` (a faster or slower reader, the pitch kept)."""

    cents: int = 0
    tempo: float = 1.0

    def describe(self) -> str:
        return f"sox pitch {self.cents:+d} cents, tempo x{self.tempo:g}"


def sox(x: np.ndarray, effects: list[str], rate: int = RATE, out_rate: int = RATE) -> np.ndarray:
    """``x`` (mono float at ``rate`` Hz) through sox's ``effects``, back as mono float at ``out_rate`` Hz (32-bit
    float on both pipes: no dither, the same bytes every time)."""
    raw = ["-t", "raw", "-e", "floating-point", "-b", "32", "-c", "1", "-L"]
    cmd = ["sox", "-D", "-V1", *raw, "-r", str(rate), "-", *raw, "-r", str(out_rate), "-", *effects]
    if out_rate != rate:
        cmd += ["rate", "-v", str(out_rate)]
    done = subprocess.run(cmd, input=x.astype("<f4").tobytes(), capture_output=True, check=True)
    return np.frombuffer(done.stdout, dtype="<f4").astype(np.float32)


#: Seconds of a take's own floor padded on both sides before it is shifted, and the fade at the file's cut: sox's
#: ``pitch`` and ``tempo`` leave a transient in their first and last frames, which on a take cut 80 ms from its
#: voice (Tux Paint's) moved the voice span's start to the file's first 5 ms in 2 of 12 dev recordings.
PAD, FADE = 0.3, 0.005


def shifted(x: np.ndarray, shift: Shift, key: str = "") -> np.ndarray:
    """A take as another speaker would say it (:class:`Shift`), padded first with :data:`PAD` s of its own floor
    (aside_common.padded, the noise seeded by ``key``); unchanged when the shift is none."""
    if shift.cents == 0 and shift.tempo == 1.0:
        return x
    effects = (["pitch", str(shift.cents)] if shift.cents else []) + (["tempo", "-s", f"{shift.tempo:g}"]
                                                                      if shift.tempo != 1.0 else [])
    return sox(padded(x, f"shift:{key}", PAD, FADE), effects)


#: Name prefix of a prompt said by the shifted speaker in a two-speaker talk (the rest: the prompts as recorded).
SHIFTED = "shifted:"


def shifted_reader(shift: Shift, every: bool):
    """A reader for unseen_cases.place_prompts: the real prompt (8 kHz WAV or G.722), through :func:`shifted` --
    every prompt (``every``) or only those named ``shifted:NAME`` (a second speaker)."""
    def read(name: str, wideband: bool) -> np.ndarray:
        if name.startswith(SHIFTED):
            return shifted(uc.english_reader(name[len(SHIFTED):], wideband), shift, name)
        x = uc.english_reader(name, wideband)
        return shifted(x, shift, name) if every else x

    return read


# ------------------------------------------------------------------ sounds
def hum(n: int, seed: int, mains: float = 50.0) -> np.ndarray:
    """Mains hum: ``mains`` Hz and its harmonics to 1 kHz (odd ones stronger, falling 3 dB an octave), each with its
    own phase and a slow level wobble (+-1.5 dB over 2-5 s), unit RMS."""
    rng = np.random.default_rng(seed)
    t = np.arange(n) / RATE
    y = np.zeros(n)
    for k in range(1, int(1000 // mains) + 1):
        amp = (1.0 if k % 2 else 0.4) / np.sqrt(k)
        wobble = 10 ** (1.5 * np.sin(2 * np.pi * t / rng.uniform(2.0, 5.0) + rng.uniform(0, 6.3)) / 20)
        y += amp * wobble * np.sin(2 * np.pi * mains * k * t + rng.uniform(0, 6.3))
    return (y / np.sqrt(np.mean(y ** 2))).astype(np.float32)


def add_hum(made: Made, seed: int, under_db: float, mains: float = 50.0) -> Made:
    """The hum (:func:`hum`) ``under_db`` under the speech over the whole recording (an earth loop: it is in the
    signal, not in the room)."""
    y = made.samples + hum(len(made.samples), seed, mains) * a4.speech_rms(made) * 10 ** (-under_db / 20)
    note = f"mains hum: {mains:g} Hz and its harmonics to 1 kHz, {under_db:g} dB under the speech, all through"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def siren(seconds: float, seed: int) -> np.ndarray:
    """A passing siren: a wail sweeping 650-1450 Hz and back every 1.6-2.4 s with two harmonics, its level rising
    to the middle and falling after (a car going by), unit peak envelope."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    t = np.arange(n) / RATE
    period = rng.uniform(1.6, 2.4)
    f = 1050 + 400 * np.sin(2 * np.pi * t / period + rng.uniform(0, 6.3))
    phase = 2 * np.pi * np.cumsum(f) / RATE
    tone = np.sin(phase) + 0.35 * np.sin(2 * phase) + 0.15 * np.sin(3 * phase)
    env = np.exp(-((t - seconds / 2) / (seconds / 4)) ** 2)
    return (tone / np.sqrt(np.mean(tone ** 2)) * env).astype(np.float32)


def siren_times(made: Made, seed: int, count: int) -> list[tuple[int, float]]:
    """``count`` lines (of at least 1.2 s) a siren's loudest moment falls inside: (line, the siren's first second).
    The siren starts 2.5-4 s before its loudest moment, so it rises over the lines before."""
    prng = random.Random(seed)
    segs = made.segments
    long_enough = [k for k, s in enumerate(segs) if s["end"] - s["start"] >= 1.2 and s["start"] > 4.5]
    picks = sorted(prng.sample(long_enough, min(count, len(long_enough))))
    out = []
    for k in picks:
        middle = prng.uniform(segs[k]["start"] + 0.2, segs[k]["end"] - 0.2)
        out.append((k, round(middle - prng.uniform(2.5, 4.0), 4)))
    return out


def lay_sirens(made: Made, seed: int, count: int, under_db: float = 6.0) -> Made:
    """Sirens passing (:func:`siren`, 6-8 s each) whose loudest moment falls inside ``count`` lines, at their loudest
    ``under_db`` under the speech; they never move a voice span (the truth)."""
    prng = random.Random(seed + 1)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 10 ** (-under_db / 20)
    times = siren_times(made, seed, count)
    for k, at in times:
        s = siren(prng.uniform(6.0, 8.0), seed + 100 + k) * level * np.sqrt(2)
        i = max(0, int(at * RATE))
        y[i:i + len(s)] += s[: max(0, len(y) - i)]
    note = (f"a siren passing (a wail 650-1450 Hz, 6-8 s, loudest {under_db:g} dB under the speech) at its loudest "
            f"inside lines {[k for k, _ in times]}")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ codecs
#: A phone codec or a low bit-rate voice codec: kind -> (suffix, container, codec, bits a second, rate, frame).
CODECS = {"amr": ("amr", "amr", "libopencore_amrnb", 7950, 8000, 160),
          "opus6": ("ogg", "ogg", "libopus", 6000, 16000, 320)}


#: Containers whose muxer writes something random or the time unless told to be bit-exact.
BITEXACT_FORMATS = ("ogg", "matroska", "webm", "asf")


def store_codec(made: Made, kind: str, table: Optional[dict] = None) -> tuple[Made, tuple[str, bytes]]:
    """The talk through a codec (``table``, default :data:`CODECS`; one at 8 kHz is fed by sox's resampler): the
    file, the samples aligner.audio.decode reads from it, the truth moved by the codec's delay (measured, as
    unseen_cases.store_encoded does)."""
    suffix, fmt, codec, bits, rate, frame, *video = (table or CODECS)[kind]
    x = made.samples if rate == RATE else sox(made.samples, [], RATE, rate)
    pcm = (np.clip(x, -1.0, 1.0) * 32767).astype(np.int16)
    # an Ogg stream's serial number, a Matroska segment's id and an ASF file's id and date are random or the clock's
    # unless the muxer is told to be bit-exact (unseen_cases.encode)
    exact = {"fflags": "+bitexact"} if fmt in BITEXACT_FORMATS else None
    data = encoded_bytes(pcm, rate, fmt, codec, bits, frame, exact, video=video[0] if video else None)
    y = uc.decode(data, suffix)
    move = uc.codec_lag(made.samples, y) / RATE

    def moved(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(d["start"] + move, 4), end=round(d["end"] + move, 4))

    note = (f"stored as .{suffix} ({codec}, {bits / 1000:g} kb/s at {rate // 1000} kHz, encoded with PyAV); truth on "
            f"the timeline aligner.audio.decode reads, the codec's delay measured as {1000 * move:+.1f} ms")
    return Made(y, [moved(s) for s in made.segments], made.notes + [note],
                [moved(w) for w in made.words]), (suffix, data)


def decoded_through(made: Made, kind: str, table: Optional[dict] = None) -> Made:
    """The talk through a codec (:func:`store_codec`), kept as the samples decoded from it: a language talk's case
    is its ``audio.wav`` (bench_languages.py reads that), so the codec's file itself is not kept."""
    return kept_as_decoded(store_codec(made, kind, table)[0])


# ------------------------------------------------------------------ transcripts
def speakers(segments: list[dict]) -> list[int]:
    """Each line's speaker number as a transcriber numbers them: 1 for whoever speaks first, 2 for the next voice."""
    order: list[str] = []
    out = []
    for s in segments:
        who = s.get("voice", "")
        if who not in order:
            order.append(who)
        out.append(order.index(who) + 1)
    return out


def labelled(segments: list[dict]) -> str:
    """The transcript with ``SPEAKER N:`` before every line (:func:`speakers`)."""
    return "".join(f"SPEAKER {n}: {s['text']}\n" for n, s in zip(speakers(segments), segments))


WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def with_inaudible(segments: list[dict], seed: int, share: float = 0.3) -> tuple[list[dict], list[int]]:
    """A share of the lines (of five words or more) with two or three words running together replaced by
    ``[inaudible]``, as a transcriber marks what they could not make out (never a line's first or last word).
    Returns the lines and the ones marked."""
    prng = random.Random(seed)
    out, marked = [], []
    for i, s in enumerate(segments):
        words = list(WORD.finditer(s["text"]))
        if len(words) < 5 or prng.random() >= share:
            out.append(dict(s))
            continue
        run = prng.randint(2, 3)
        first = prng.randint(1, len(words) - 1 - run)
        a, b = words[first].start(), words[first + run - 1].end()
        out.append(dict(s, text=s["text"][:a] + "[inaudible]" + s["text"][b:]))
        marked.append(i)
    return out, marked


# ------------------------------------------------------------------ the catalogue
@dataclass
class Spec(Spoilers):
    """An English case: its voices, room, transcript and seed; the spoilers (aside_common.Spoilers: this set's are
    ``sirens``, ``hum_db`` and ``codec``) by name."""

    which: str  #: "dev" (rd26_*) or "aside" (px_*)
    kind: str  #: "real" (telephone prompts) or "synth"
    transcript: str = "plain"  #: "plain", "labels" or "inaudible"
    real: Optional[uc.RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    shift: Shift = Shift()  #: how the prompts' reader is transformed
    shifted_lines: int = 0  #: 0: every prompt shifted; else this many prompts said by the shifted speaker
    room: tuple[str, float] = ("pink", 32.0)
    seed: int = 0


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev text seeds): prove the spoilers end to end
        "rd26_real_two_speakers_hum_labels": Spec(d, "real", "labels",
                                                  real=R(26801, 14, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                                  shift=Shift(-350, 0.92), shifted_lines=6, room=("pink", 32),
                                                  seed=26811, hum_db=14),
        "rd26_real_siren_amr": Spec(d, "real", real=R(26802, 14, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                    room=("pink", 32), seed=26812, sirens=2, codec="amr"),
        "rd26_espeak_hall_inaudible": Spec(d, "synth", "inaudible", recordings=[
            generated_talk([Voice(E, "en-us+david", 1.0), Voice(E, "en-gb+Nguyen", 1.05)], 26401, 26501, 12,
                           pause=(0.3, 1.1), turn=3, rt60=1.2)], room=("pink", 32), seed=26813),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside9)
        "px_real_lower_voice": Spec(a, "real", real=R(26101, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                    shift=Shift(-400), room=("pink", 34), seed=26201),
        "px_real_higher_faster": Spec(a, "real", real=R(26102, 16, wideband=True, snr_db=q, gap=(0.3, 1.2)),
                                      shift=Shift(300, 1.2), room=("fan", 28), seed=26202),
        "px_real_slower_hall": Spec(a, "real", real=R(26103, 14, wideband=True, snr_db=q, gap=(0.4, 1.5), rt60=1.0),
                                    shift=Shift(-200, 0.85), room=("pink", 32), seed=26203),
        "px_real_long_hall": Spec(a, "real", real=R(26104, 16, wideband=True, snr_db=q, gap=(0.4, 1.6), rt60=1.4),
                                  room=("pink", 34), seed=26204),
        "px_real_two_speakers_labels": Spec(a, "real", "labels",
                                            real=R(26105, 16, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                                            shift=Shift(-450, 0.9), shifted_lines=7, room=("pink", 32),
                                            seed=26205),
        "px_real_hum": Spec(a, "real", real=R(26106, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                            room=("pink", 34), seed=26206, hum_db=12),
        "px_real_amr_phone": Spec(a, "real", real=R(26107, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                  room=("pink", 30), seed=26207, codec="amr"),
        "px_real_opus_6k": Spec(a, "real", real=R(26108, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                room=("murmur", 30), seed=26208, codec="opus6"),
        "px_real_siren": Spec(a, "real", real=R(26109, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                              room=("pink", 32), seed=26209, sirens=3),
        "px_real_inaudible_hum_amr": Spec(a, "real", "inaudible",
                                          real=R(26110, 16, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                          room=("pink", 32), seed=26210, hum_db=16, codec="amr"),
        "px_espeak_siren_hum": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-029+sandro", 1.0), Voice(E, "en-us-nyc+john", 1.05)], 26402, 26502, 14,
                           pause=(0.3, 1.1), turn=3)], room=("pink", 32), seed=26211, sirens=3, hum_db=14),
        "px_espeak_labels_opus": Spec(a, "synth", "labels", recordings=[
            generated_talk([Voice(E, "en-gb-x-rp+pedro", 1.0), Voice(E, "en-us+aunty", 1.1)], 26403, 26503, 14,
                           pause=(0.2, 0.9), turn=2)], room=("fan", 28), seed=26212, codec="opus6"),
        "px_espeak_hall_inaudible": Spec(a, "synth", "inaudible", recordings=[
            generated_talk([Voice(E, "en-gb-scotland+miguel", 1.0), Voice(E, "en-us+m6", 1.05)], 26404, 26504, 14,
                           pause=(0.4, 1.3), turn=3, rt60=1.3)], room=("pink", 34), seed=26213),
    }


DEV_NAMES = ["rd26_real_two_speakers_hum_labels", "rd26_real_siren_amr", "rd26_espeak_hall_inaudible"]
ASIDE_NAMES = ["px_real_lower_voice", "px_real_higher_faster", "px_real_slower_hall", "px_real_long_hall",
               "px_real_two_speakers_labels", "px_real_hum", "px_real_amr_phone", "px_real_opus_6k", "px_real_siren",
               "px_real_inaudible_hum_amr", "px_espeak_siren_hum", "px_espeak_labels_opus",
               "px_espeak_hall_inaudible"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    need = [m for m in [a6.missing_for(spec)] if m]
    if shutil.which("sox") is None:
        need.append("apt-get install sox")
    return "; ".join(need) if need else None


def _placed(spec: Spec) -> Made:
    """The talk's voices in place (no room yet): the synthesized talk, or the prompts -- every one shifted, or some
    said by the shifted speaker among the others (``spec.shifted_lines``)."""
    if spec.kind == "synth":
        return uc.synth_talk(spec.recordings, [])
    texts = uc.nx_prompts() if spec.which == "aside" else uc.dev_prompts()
    if spec.transcript != "plain":  # aligner.formats reads a labelled or marked line sentence by sentence
        texts = {n: t for n, t in texts.items() if a7.one_sentence(t)}
    if spec.shifted_lines:
        keep = uc.first_usable_prompts(texts, spec.real.seed, spec.real.prompts)
        second = set(random.Random(spec.seed).sample(keep, spec.shifted_lines))
        texts = {(SHIFTED + n if n in second else n): texts[n] for n in keep}
    made = uc.place_prompts(spec.real, texts, shifted_reader(spec.shift, not spec.shifted_lines))
    made.notes[0] = made.notes[0].replace(f", pink room noise at {QUIET_DB:g} dB SNR", "")
    who = f"Allison Smith's prompts transformed ({spec.shift.describe()})"
    for s in made.segments:
        mine = s["prompt"].startswith(SHIFTED) or (not spec.shifted_lines and spec.shift != Shift())
        s["voice"] = who if mine else "Allison Smith's prompts as recorded"
    if spec.shifted_lines:
        made.notes.append(f"two 'speakers': {spec.shifted_lines} prompts {who}, the rest as recorded (one real "
                          "reader; the second is a transformation of her, not a new person)")
    elif spec.shift != Shift():
        made.notes.append(f"every prompt {who}: a new voice made from a real one, not a new person; truth is each "
                          "shifted prompt's voice span")
    if spec.transcript != "plain":
        made.notes.append("every prompt one sentence (a labelled or marked page is read sentence by sentence)")
    return made


def spoil(made: Made, spec, floor: float = 0.0) -> Made:
    """The spoilers in the order they happen: sirens in the street and aside8_cases.spoil's (the room, ...); then the
    mains hum of the recorder's earth loop."""
    if spec.sirens:
        made = lay_sirens(made, spec.seed + 30, spec.sirens)
    made = a8.spoil(made, spec, floor)
    if spec.hum_db:
        made = a4.headroom(add_hum(made, spec.seed + 31, spec.hum_db))
    return made


def transcript(built: uc.Built, spec: Spec, name: str) -> uc.Built:
    """The labelled or the ``[inaudible]`` transcript (the truth's lines are what aligner.formats reads from it)."""
    made = built.made
    if spec.transcript == "labels":
        built.page = labelled(made.segments)
        built.derived = {"change": "SPEAKER N: before every line", "changed": [], "speakers": speakers(made.segments)}
        built.notes.append(f"transcript: 'SPEAKER N:' before every line ({len(set(speakers(made.segments)))} "
                           "speakers, numbered as they first speak)")
    elif spec.transcript == "inaudible":
        segs, marked = with_inaudible(made.segments, spec.seed + 40)
        built.made = Made(made.samples, segs, made.notes, made.words if not marked else [])
        built.page = "".join(s["text"] + "\n" for s in segs)
        # "changed" is run.py's list of lines changed against the audio ({"i", "kind"}): none here
        built.derived = {"change": "two or three words replaced by [inaudible]", "changed": [], "inaudible": marked}
        built.notes.append(f"transcript: two or three words replaced by [inaudible] in {len(marked)} of {len(segs)} "
                           "lines (the truth's lines are the transcript's; no word truth)")
    else:
        return built
    a7.check_reads_back(built.page, built.made.segments, name)
    return built


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = spoil(_placed(spec), spec)
    encoded = None
    if spec.codec:
        made, encoded = store_codec(made, spec.codec)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    return transcript(built, spec, name)



# ------------------------------------------------------------------ the check of the shifted takes
def check_shift(case: str, shift: Shift, read, key=lambda name: name) -> list[tuple[str, float, float]]:
    """For each shifted take in the built ``case``: how far its voice span (the truth's rule, on the shifted take)
    lies from the unshifted take's span moved by the pad and scaled by the tempo (ms, start and end).  ``read`` is
    the case's reader of an unshifted take (8 kHz WAV for the prompts), ``key`` the pad's seed key its reader used.
    Source files and the built truth only."""
    import json

    import cases

    truth = json.loads((cases.CASES_DIR / case / "truth.json").read_text(encoding="utf-8"))
    out = []
    for s in truth["segments"]:
        name = s.get("prompt", "")
        if not name or "as recorded" in s.get("voice", ""):
            continue
        plain = name[len(SHIFTED):] if name.startswith(SHIFTED) else name
        x = read(plain, False)
        before, after = uc.voice_span(x), uc.voice_span(shifted(x, shift, key(name)))
        if before is None or after is None:
            continue
        want = [(b / RATE + PAD) / shift.tempo for b in before]
        out.append((name, 1000 * (after[0] / RATE - want[0]), 1000 * (after[1] / RATE - want[1])))
    return out


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-shift", action="store_true", help="each shifted take's voice span against the "
                    "unshifted take's, scaled (built truth and source files only, never an aligner)")
    a = ap.parse_args()
    if a.check_shift:
        import aside9_cases as me  # the module aside9_languages imports (its Shift), not __main__
        import aside9_languages as a9l
        import new_voices as nv

        none = me.Shift()
        specs = [(n, s.shift, uc.english_reader, lambda k: k) for n, s in me.catalogue().items() if s.shift != none]
        specs += [(n, s.shift, nv.reader(f"tux:{s.lang}"), lambda k, src=f"tux:{s.lang}": f"{src}:{k}")
                  for n, s in a9l.catalogue().items() if s.shift != none]
        for name, shift, read, key in specs:
            rows = me.check_shift(name, shift, read, key)
            starts, ends = [r[1] for r in rows], [r[2] for r in rows]
            print(f"{name:34s} {shift.describe():32s} takes {len(rows):2d}  start off median {np.median(starts):+5.1f} "
                  f"ms (most {max(starts, key=abs):+6.1f})  end off median {np.median(ends):+5.1f} ms "
                  f"(most {max(ends, key=abs):+6.1f})", flush=True)


if __name__ == "__main__":
    main()
