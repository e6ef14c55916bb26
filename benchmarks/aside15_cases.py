"""A fifteenth aside set nobody has tuned to (``hx_*``, English), and dev twins made the same way (``rd58_*``).

``az_*`` .. ``ox_*`` have each been run once and looked at.  Allison Smith's telephone prompts are still the only
real English voice with text and truth (benchmarks/README.md lists every source looked for; this round's new find,
Hedgewars' voice packs, holds real English voices whose lines are ad-libbed and written down nowhere, so only their
laughs and coughs are used here), so the real talks say the ``nx_*`` pool again, with new seeds, around sounds and
shapes no set had.  What is new (checked against the fourteen sets' lists in benchmarks/README.md; a lavalier's
rustle, clipping, laughs and coughs *between* lines, long silences, a stereo file with the voice on one side, gain
controls, fillers, speaker labels and stage directions were all built before and are not here):

* **a laugh or a cough inside a line**: the line stopped at a pause inside it (the quietest word boundary where the
  synthesizer timed its words, else the quietest 20 ms in the middle 30-70 % of its voice; at least 30 dB under the
  line's RMS, so no sound is cut off mid-way), a real person's laugh or
  cough from Hedgewars' voice packs put there with 0.1-0.25 s either side, and the line goes on: the line's truth
  spans the laugh, every later time moves by the samples put in (:func:`inside_lines`);
* **a chair creaking across line edges**: a stick-slip creak (irregular wood clicks at 15-70 a second exciting
  resonances at 250-900 Hz and 1.4-2.6 kHz, 0.3-0.9 s) begun in the pause and running into a line's first 0.1-0.5 s,
  or begun in a line's last 0.1-0.4 s and running on into the pause (:func:`creak`, :func:`lay_creaks`);
* **a half-duplex speakerphone**: before most lines the far end held the line, so the microphone's path is switched
  down 22 dB from the middle of the pause before until 80-250 ms into the line, then opens in 15 ms -- the line's
  first syllable is heard 22 dB down, the pause's room with it (:func:`half_duplex`);
* transcripts: **Audacity labels from an earlier edit** (tab-separated start, end and text; a stretch of 2-6 s was
  cut out after they were made, so every label after the cut is late by it, and each label was set by hand, +-0.15 s)
  and **a Praat TextGrid** (one interval tier of lines with empty intervals between, timed on a copy read at the
  wrong sample rate: every time x 44.1/48) (:func:`audacity_labels`, :func:`textgrid`);
* codecs and containers no case had: **aptX** (Bluetooth, 48 kHz stereo, raw ``.aptx``), **Windows Media Audio
  v1** (``wmav1`` in ASF), **True Audio** (``.tta``, lossless) and **Apple Lossless** (ALAC in ``.m4a``)
  (:data:`CODECS`, :func:`store_codec`);
* voices at speeds they never had: flite ``slt`` x0.7 and ``rms`` x1.6, festival ``slt_hts`` x0.65 and ``kal`` x0.7
  (every espeak-ng variant has been used by some case: ``steph3`` and ``iven2`` had one case each).

Truth is the rule of every real case (each prompt's voice span where it went) and, for the synthesized talks, the
segment bounds on the dry speech; the laughs and coughs widen their line and move every later time by a whole
number of samples; the creaks are laid on and never move a voice span; the speakerphone's switch keeps the
timeline (a gain, no voice span moves: the first syllable is quieter, not gone); the codec's delay is measured and
moved into the truth (as aside9_cases.store_codec does).

``hx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside15``).

    apt-get install sox espeak-ng flite festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts \\
        asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    apt-get download hedgewars-data      # then: dpkg -x hedgewars-data_*.deb benchmarks/out/debs/hedgewars-data
    .venv/bin/python benchmarks/cases.py --aside15 --check     # make the hx_* cases; their truth only
"""

from __future__ import annotations

import random
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside9_cases as a9
import aside10_cases as a10
import aside13_cases as a13
import aside14_cases as a14
import synth_cases as sc
import unseen_cases as uc
from aside_common import generated_talk, kept_as_decoded, ready_spec, stored_and_transcribed
from synth_cases import RATE, Made, Voice

QUIET_DB = a4.QUIET_DB
E, F, FEST = "espeak", "flite", "festival"
_peak, _lines, _times = a13._peak, a14._lines, a14._times

# ------------------------------------------------------------------ real laughs and coughs (Hedgewars' voice packs)
#: Debian's hedgewars-data unpacked here (``dpkg -x``; GFDL-1.3): its voice packs are recorded people.
HEDGEWARS = (Path(__file__).resolve().parent / "out" / "debs" / "hedgewars-data" / "usr" / "share" / "games"
             / "hedgewars" / "Data" / "Sounds" / "voices")
#: Laughs and coughs by half: no speaker's is in both.  Left out: HillBilly's and Surfer's laughs (words in them),
#: Classic's (the same take as Default's).  Each pack's lines themselves are ad-libbed and written down nowhere.
VOCAL = {
    "dev": {"laugh": ["Default/Laugh", "Russian/Laugh", "Default_uk/Laugh"], "cough": ["Default/PoisonCough"]},
    "aside": {"laugh": ["British/Laugh", "Mobster/Laugh", "Pirate/Laugh", "Singer/Laugh"],
              "cough": ["HillBilly/PoisonCough"]},
}


def vocal(name: str) -> np.ndarray:
    """A Hedgewars voice-pack sound (``pack/stem``) at 16 kHz mono, cut to its first and last sample within 30 dB of
    its peak (5 ms fades); unit peak."""
    cmd = ["sox", "-D", "-V1", str(HEDGEWARS / f"{name}.ogg"), "-t", "raw", "-e", "floating-point", "-b", "32",
           "-c", "1", "-L", "-r", str(RATE), "-", "remix", "-"]
    x = np.frombuffer(subprocess.run(cmd, capture_output=True, check=True).stdout, dtype="<f4").astype(np.float32)
    on = np.flatnonzero(np.abs(x) > np.max(np.abs(x)) * 10 ** (-30 / 20))
    x = x[on[0]:on[-1] + 1]
    ramp = min(len(x) // 4, int(0.005 * RATE))
    x[:ramp] *= np.linspace(0, 1, ramp, dtype=np.float32)
    x[len(x) - ramp:] *= np.linspace(1, 0, ramp, dtype=np.float32)
    return _peak(x)


#: A line is stopped for a laugh only where its voice has a pause: 20 ms this far under the line's RMS (dB).
QUIET_CUT_DB = 30.0


def _cut_point(made: Made, k: int, seg: dict) -> Optional[int]:
    """Where line ``k`` stops for a laugh: the quietest of its candidate points -- the word boundaries among its middle
    words where the synthesizer timed them (flite, festival; the widest of equally quiet pauses), else every 10 ms in
    the middle 30-70 % of its voice -- by the RMS of the 20 ms around it; None when the line is under 0.8 s or has no
    point :data:`QUIET_CUT_DB` under its RMS (a stop between two words that run together would cut a sound off
    mid-way)."""
    a, b = int(seg["start"] * RATE), int(seg["end"] * RATE)
    if b - a < int(0.8 * RATE):
        return None
    words = [w for w in made.words if w.get("seg") == k]
    if len(words) >= 3:  # (point, the pause's width): the widest of equally quiet pauses wins
        bounds = [(int(round((p["end"] + q["start"]) / 2 * RATE)), q["start"] - p["end"])
                  for p, q in zip(words[:-1], words[1:])]
        candidates = bounds[len(bounds) // 4:max(len(bounds) // 4 + 1, 3 * len(bounds) // 4 + 1)]
    else:
        candidates = [(c, 0.0) for c in range(a + int(0.3 * (b - a)), a + int(0.7 * (b - a)), int(0.01 * RATE))]
    half = int(0.01 * RATE)
    scored = [(float(np.mean(made.samples[max(0, c - half):c + half].astype(np.float64) ** 2)), -width, c)
              for c, width in candidates]
    energy, _, best = min(scored)
    line = float(np.mean(made.samples[a:b].astype(np.float64) ** 2))
    if energy > line * 10 ** (-QUIET_CUT_DB / 10):
        return None
    return best


def inside_lines(made: Made, seed: int, count: int, which: str, kinds: tuple[str, ...] = ("laugh", "cough"),
                 under_db: float = 2.0) -> Made:
    """``count`` lines (spread over the talk, none shorter than 0.8 s) stopped inside (:func:`_cut_point`) for a
    laugh or a cough (:data:`VOCAL`'s half ``which``, ``kinds`` in turn), 0.1-0.25 s of silence either side; the
    sound's RMS ``under_db`` under the speech's.  The line's truth spans it; every later time (and the line's later
    words) moves by the samples put in."""
    prng = random.Random(seed)
    lines = _lines(made)
    n = len(lines)
    y = made.samples
    segs, words = list(made.segments), list(made.words)
    level = a4.speech_rms(made) * 10 ** (-under_db / 20)
    picks = []
    for c in range(count):
        band = list(range(n * c // count, max(n * c // count + 1, n * (c + 1) // count)))
        prng.shuffle(band)
        k = next((j for j in band if _cut_point(made, segs.index(lines[j]), lines[j]) is not None), None)
        if k is not None:
            picks.append((k, kinds[c % len(kinds)]))
    pool = VOCAL[which]
    notes = []
    for k, kind in reversed(picks):
        idx = segs.index(lines[k])
        cut = _cut_point(made, idx, lines[k])
        name = prng.choice(pool[kind])
        x = vocal(name)
        x = x * (level / max(1e-9, sc._rms(x)))
        before, after = int(prng.uniform(0.1, 0.25) * RATE), int(prng.uniform(0.1, 0.25) * RATE)
        put = np.concatenate([np.zeros(before, np.float32), x.astype(np.float32), np.zeros(after, np.float32)])
        y = np.concatenate([y[:cut], put, y[cut:]])
        at, by = cut / RATE, len(put) / RATE

        def moved(d: dict, line: int) -> dict:
            if d.get("start") is None:
                return dict(d)
            if d["start"] >= at:
                return dict(d, start=round(d["start"] + by, 4), end=round(d["end"] + by, 4))
            if d["end"] > at and (line == idx):
                return dict(d, end=round(d["end"] + by, 4))
            return dict(d)

        segs = [dict(moved(s, i), inside=kind) if i == idx else moved(s, i) for i, s in enumerate(segs)]
        words = [moved(w, w.get("seg", -1)) for w in words]
        notes.append(f"line {idx} stopped at {at:.2f} s for {len(x) / RATE:.2f} s of a {kind} ({name})")
    note = (f"{len(picks)} lines stopped inside for a real laugh or cough (Hedgewars' voice packs, {under_db:g} dB "
            "under the speech, 0.1-0.25 s of silence either side; the line's truth spans it): "
            + "; ".join(reversed(notes)))
    return Made(y.astype(np.float32), segs, made.notes + [note], words)


# ------------------------------------------------------------------ a chair creaking
def creak(seed: int) -> np.ndarray:
    """A chair creaking: stick-slip -- clicks at an irregular 15-70 a second (the rate swelling and falling), each
    ringing two wooden resonances (250-900 Hz dying in 6-14 ms, 1.4-2.6 kHz dying in 3 ms), 0.3-0.9 s in all,
    rising and falling in level; unit peak."""
    rng = np.random.default_rng(seed)
    n = int(rng.uniform(0.3, 0.9) * RATE)
    k = np.arange(n) / RATE
    low, high = rng.uniform(250, 900), rng.uniform(1400, 2600)
    ring_n = int(0.05 * RATE)
    r = np.arange(ring_n) / RATE
    ring = (np.sin(2 * np.pi * low * r) * np.exp(-r / rng.uniform(0.006, 0.014))
            + 0.5 * np.sin(2 * np.pi * high * r) * np.exp(-r / 0.003))
    y = np.zeros(n + ring_n)
    peak_rate, lo_rate = rng.uniform(40, 70), rng.uniform(15, 25)
    t = 0.0
    while t < k[-1]:
        shape = np.sin(np.pi * t / k[-1])
        i = int(t * RATE)
        y[i:i + ring_n] += ring * rng.uniform(0.5, 1.0) * (0.3 + 0.7 * shape)
        t += rng.uniform(0.6, 1.4) / (lo_rate + (peak_rate - lo_rate) * shape)
    return _peak(y[:n])


def lay_creaks(made: Made, seed: int, count: int, under_db: float = 6.0) -> Made:
    """``count`` creaks (:func:`creak`) across line edges, spread over the talk: in turn one begun 0.1-0.4 s before a
    line's start running into it, and one begun 0.1-0.4 s before a line's end running on into the pause; peaks
    ``under_db`` under the speech's.  Never in the truth; no line moves."""
    prng = random.Random(seed)
    y = made.samples.copy()
    level = a4.speech_rms(made) * 3.0 * 10 ** (-under_db / 20)
    lines = _lines(made)
    starts, ends = [], []
    for c in range(count):
        band = range(len(lines) * c // count, max(len(lines) * c // count + 1, len(lines) * (c + 1) // count))
        k = prng.choice(list(band))
        s, x = lines[k], creak(seed + c)
        if c % 2 == 0:
            at = s["start"] - prng.uniform(0.1, 0.4)
            starts.append(k)
        else:
            at = s["end"] - prng.uniform(0.1, 0.4)
            ends.append(k)
        i = max(0, int(at * RATE))
        m = min(len(x), len(y) - i)
        y[i:i + m] += (x[:m] * level).astype(np.float32)
    note = (f"a chair creaking {_times(count)} across line edges ({under_db:g} dB under the speech's peaks): into "
            f"the starts of lines {starts}, out of the ends of lines {ends}")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ a half-duplex speakerphone
def half_duplex(made: Made, seed: int, depth_db: float = 22.0, share: float = 0.7) -> Made:
    """A half-duplex speakerphone: before ``share`` of the lines (the first always) the far end held the line, so the
    near microphone's path is ``depth_db`` down from the middle of the pause before until 80-250 ms into the line,
    then switched open in 15 ms.  A gain over the finished recording (the room's noise with it): no voice span moves."""
    prng = random.Random(seed)
    lines = _lines(made)
    gain = np.ones(len(made.samples))
    down = 10 ** (-depth_db / 20)
    ramp = int(0.015 * RATE)
    held, late = [], []
    prev_end = 0.0
    for k, s in enumerate(lines):
        if k == 0 or prng.random() < share:
            a = int((prev_end + s["start"]) / 2 * RATE)
            d = prng.uniform(0.08, 0.25)
            b = int((s["start"] + d) * RATE)
            gain[a:b] = down
            gain[b:b + ramp] = np.minimum(gain[b:b + ramp], np.linspace(down, 1, ramp))
            held.append(k)
            late.append(round(1000 * d))
        prev_end = s["end"]
    y = (made.samples * gain).astype(np.float32)
    note = (f"a half-duplex speakerphone: the microphone's path {depth_db:g} dB down from mid-pause until 80-250 ms "
            f"into lines {held} (median {int(np.median(late))} ms into the line), switched open in 15 ms")
    return Made(y, made.segments, made.notes + [note], made.words)


# ------------------------------------------------------------------ transcripts
def audacity_labels(segments: list[dict], seed: int) -> tuple[str, dict]:
    """The transcript as Audacity labels (start, end and text, tab-separated) made on an earlier edit: a stretch of
    2-6 s was cut out after line 30-60 % of the way in (every later label late by it) and each label was set by
    hand (+-0.15 s)."""
    prng = random.Random(seed)
    after = int(len(segments) * prng.uniform(0.3, 0.6))
    cut = prng.uniform(2.0, 6.0)
    rows = []
    for i, s in enumerate(segments):
        off = (cut if i > after else 0.0)
        a = max(0.0, s["start"] + off + prng.uniform(-0.15, 0.15))
        b = max(a + 0.05, s["end"] + off + prng.uniform(-0.15, 0.15))
        rows.append(f"{a:.6f}\t{b:.6f}\t{s['text']}")
    return "\n".join(rows) + "\n", {"late_after_line": after, "late_by": round(cut, 3)}


def textgrid(segments: list[dict], total: float) -> tuple[str, dict]:
    """The transcript as a Praat TextGrid: one interval tier ("lines"), a line's interval from its start to its end
    and empty intervals between, timed on a copy read at the wrong sample rate (every time x 44100/48000)."""
    scale = 44100 / 48000
    bounds: list[tuple[float, float, str]] = []
    t = 0.0
    for s in segments:
        a, b = round(s["start"] * scale, 4), round(s["end"] * scale, 4)
        if a > t:
            bounds.append((t, a, ""))
        bounds.append((max(a, t), b, s["text"]))
        t = b
    end = round(max(total * scale, t + 0.5), 4)
    bounds.append((t, end, ""))
    out = ['File type = "ooTextFile"', 'Object class = "TextGrid"', "", "xmin = 0", f"xmax = {end}",
           "tiers? <exists>", "size = 1", "item []:", "    item [1]:", '        class = "IntervalTier"',
           '        name = "lines"', "        xmin = 0", f"        xmax = {end}",
           f"        intervals: size = {len(bounds)}"]
    for i, (a, b, text) in enumerate(bounds, 1):
        quoted = text.replace('"', '""')
        out += [f"        intervals [{i}]:", f"            xmin = {a}", f"            xmax = {b}",
                f'            text = "{quoted}"']
    return "\n".join(out) + "\n", {"scale": round(scale, 6)}


# ------------------------------------------------------------------ codecs
#: Codecs and containers no case had: kind -> (suffix, container, codec, bits a second, rate, frame).  aptX takes
#: only stereo at 32 bits a sample, and PyAV hands True Audio 8-bit samples unless told 16: both are encoded by
#: :func:`_own_bytes`; the others go through aside_common.encoded_bytes.
CODECS = {"aptx": ("aptx", "aptx", "aptx", 384000, 48000, 1024),
          "wma1": ("wma", "asf", "wmav1", 32000, 16000, 2048),
          "tta": ("tta", "tta", "tta", 0, 16000, 4096),
          "alac": ("m4a", "ipod", "alac", 0, 16000, 4096)}
#: How :func:`_own_bytes` feeds a codec: (layout, sample format, shift of the 16-bit samples).
OWN = {"aptx": ("stereo", "s32p", 16), "tta": ("mono", "s16", 0)}


def _own_bytes(pcm: np.ndarray, kind: str) -> bytes:
    """16-bit mono samples as a file of ``kind`` (:data:`OWN`): aptX (Bluetooth's codec: stereo, 32-bit planar in,
    both channels the voice) or True Audio at 16 bits."""
    import io

    import av

    _suffix, fmt, codec, _bits, rate, step = CODECS[kind]
    layout, sample_format, shift = OWN[kind]
    x = pcm.astype(np.int32) << shift if shift else pcm
    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt) as c:
        s = c.add_stream(codec, rate=rate)
        s.layout = layout
        s.format = sample_format
        for i in range(0, len(x), step):
            part = x[i:i + step]
            if layout == "stereo":
                frame = av.AudioFrame.from_ndarray(np.stack([part, part]), format=sample_format, layout=layout)
            else:
                frame = av.AudioFrame.from_ndarray(part.reshape(1, -1), format=sample_format, layout=layout)
            frame.sample_rate = rate
            frame.pts = i
            for p in s.encode(frame):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return buf.getvalue()


def store_codec(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
    """The talk through one of :data:`CODECS` (aside9_cases.store_codec's way; aptX and True Audio by
    :func:`_own_bytes`): the file, the samples aligner.audio.decode reads from it, the truth moved by the codec's
    delay (measured)."""
    suffix, _fmt, codec, bits, rate, _frame = CODECS[kind]
    if kind not in OWN:
        coded, file = a9.store_codec(made, kind, CODECS)
        if bits == 0:  # lossless: no bit rate to name
            coded.notes[-1] = coded.notes[-1].replace(", 0 kb/s at", ", lossless, at")
        return coded, file
    x = made.samples if rate == RATE else a9.sox(made.samples, [], RATE, rate)
    data = _own_bytes((np.clip(x, -1.0, 1.0) * 32767).astype(np.int16), kind)
    y = uc.decode(data, suffix)
    move = uc.codec_lag(made.samples, y) / RATE

    def moved(d: dict) -> dict:
        if d.get("start") is None:
            return dict(d)
        return dict(d, start=round(d["start"] + move, 4), end=round(d["end"] + move, 4))

    what = f"{bits / 1000:g} kb/s" if bits else "lossless, 16 bits"
    channels = " stereo" if OWN[kind][0] == "stereo" else ""
    note = (f"stored as .{suffix} ({codec}, {what} at {rate // 1000} kHz{channels}, encoded with PyAV); truth on the "
            f"timeline aligner.audio.decode reads, the codec's delay measured as {1000 * move:+.1f} ms")
    return Made(y, [moved(s) for s in made.segments], made.notes + [note],
                [moved(w) for w in made.words]), (suffix, data)


def decoded_through(made: Made, kind: str) -> Made:
    """A language talk through a codec, kept as the samples decoded from it (aside9_cases.decoded_through's way)."""
    return kept_as_decoded(store_codec(made, kind)[0])


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class FifteenthSpoilers(a14.FourteenthSpoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside14_cases.FourteenthSpoilers'; ``codec`` from
    :data:`CODECS`): an English case's and a language talk's (aside15_languages.LangSpec)."""

    inside: int = 0  #: lines stopped inside for a real laugh or cough
    inside_kinds: tuple = ("laugh", "cough")  #: which sounds, in turn
    creaks: int = 0  #: a chair creaking across this many line edges
    duplex: bool = False  #: a half-duplex speakerphone switching the line's first syllable down


@dataclass
class Spec(a10.Spec, FifteenthSpoilers):
    """An English case (aside10_cases.Spec's fields: which half, kind, transcript -- also "labels" and "textgrid"
    here --, voices, shift, room, seed) with this set's spoilers."""


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev sentences, the dev half's laughs and cough)
        "rd58_real_inside_creaks_aptx": Spec(d, "real", real=R(59801, 18, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                             room=("pink", 32), seed=59811, inside=4, creaks=4, codec="aptx"),
        "rd58_real_duplex_labels_wma1": Spec(d, "real", "labels", real=R(59802, 18, wideband=True, snr_db=q,
                                                                         gap=(0.5, 1.4)),
                                             room=("murmur", 18), seed=59812, duplex=True, codec="wma1"),
        "rd58_flite_inside_textgrid_tta": Spec(d, "synth", "textgrid", recordings=[
            generated_talk([Voice(F, "slt", 0.75), Voice(F, "rms", 1.5)], 59401, 59501, 12, pause=(0.4, 1.2),
                           turn=2)], room=("pink", 32), seed=59814, inside=3, codec="tta"),
        "rd58_festival_duplex_creaks_alac": Spec(d, "synth", recordings=[
            generated_talk([Voice(FEST, "kal", 0.75), Voice(FEST, "slt_hts", 0.7)], 59402, 59502, 12,
                           pause=(0.4, 1.2), turn=1)], room=("fan", 30), seed=59815, duplex=True, creaks=3,
            codec="alac"),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside15)
        "hx_real_laughs_inside_aptx": Spec(a, "real", real=R(59101, 22, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                           room=("pink", 32), seed=59201, inside=5, inside_kinds=("laugh",),
                                           codec="aptx"),
        "hx_real_coughs_inside_labels": Spec(a, "real", "labels", real=R(59102, 22, wideband=True, snr_db=q,
                                                                         gap=(0.3, 1.3)),
                                             room=("murmur", 16), seed=59202, inside=4,
                                             inside_kinds=("cough", "laugh")),
        "hx_real_creaks_wma1": Spec(a, "real", real=R(59103, 22, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                    room=("pink", 30), seed=59203, creaks=10, codec="wma1"),
        "hx_real_duplex_textgrid": Spec(a, "real", "textgrid", real=R(59104, 22, wideband=True, snr_db=q,
                                                                      gap=(0.5, 1.5)),
                                        room=("fan", 28), seed=59204, duplex=True),
        "hx_real_duplex_creaks_tta": Spec(a, "real", real=R(59105, 22, wideband=False, snr_db=q, gap=(0.3, 1.3)),
                                          room=("pink", 32), seed=59205, duplex=True, creaks=6, codec="tta"),
        "hx_real_long_mix_alac": Spec(a, "real", "labels", real=R(59106, 96, wideband="parts", snr_db=q,
                                                                  gap=(0.4, 1.6), long_pauses=0.1, repeats=2),
                                      room=("pink", 26), seed=59206, inside=6, creaks=8, duplex=True, codec="alac"),
        "hx_flite_inside_textgrid": Spec(a, "synth", "textgrid", recordings=[
            generated_talk([Voice(F, "slt", 0.7), Voice(F, "rms", 1.6)], 59403, 59503, 14, pause=(0.3, 1.2),
                           turn=2)], room=("pink", 32), seed=59211, inside=4),
        "hx_festival_creaks_labels_aptx": Spec(a, "synth", "labels", recordings=[
            generated_talk([Voice(FEST, "slt_hts", 0.65), Voice(FEST, "kal", 0.7)], 59404, 59504, 14,
                           pause=(0.3, 1.1), turn=1)], room=("murmur", 18), seed=59212, creaks=6, codec="aptx"),
        "hx_espeak_steph_duplex_wma1": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-us+steph3", 1.0), Voice(E, "en-gb+iven2", 0.9)], 59405, 59505, 14,
                           pause=(0.4, 1.3), turn=3)], room=("fan", 30), seed=59213, duplex=True, codec="wma1"),
        "hx_espeak_inside_creaks_alac": Spec(a, "synth", recordings=[
            generated_talk([Voice(E, "en-us+iven2", 1.1), Voice(F, "slt", 0.7)], 59406, 59506, 14,
                           pause=(0.3, 1.2), turn=2)], room=("pink", 32), seed=59215, inside=4,
            inside_kinds=("laugh", "cough"), creaks=4, codec="alac"),
    }


DEV_NAMES = ["rd58_real_inside_creaks_aptx", "rd58_real_duplex_labels_wma1", "rd58_flite_inside_textgrid_tta",
             "rd58_festival_duplex_creaks_alac"]
ASIDE_NAMES = ["hx_real_laughs_inside_aptx", "hx_real_coughs_inside_labels", "hx_real_creaks_wma1",
               "hx_real_duplex_textgrid", "hx_real_duplex_creaks_tta", "hx_real_long_mix_alac",
               "hx_flite_inside_textgrid", "hx_festival_creaks_labels_aptx", "hx_espeak_steph_duplex_wma1",
               "hx_espeak_inside_creaks_alac"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def hedgewars_need(spec) -> Optional[str]:
    """What a case whose lines are stopped for a laugh or cough needs: Hedgewars' voice packs unpacked here."""
    if spec.inside and not HEDGEWARS.is_dir():
        return "apt-get download hedgewars-data && dpkg -x hedgewars-data_*.deb benchmarks/out/debs/hedgewars-data"
    return None


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    spec = catalogue()[name]
    return a10.needs(spec, hedgewars_need(spec))


def spoil(made: Made, spec, which: str, floor: float = 0.0) -> Made:
    """The spoilers in the order they happen: a laugh or a cough inside lines (the speaker stops), a chair creaking
    in the room; then aside14_cases.spoil's (..., the room's noise); last the speakerphone's switch over what the
    microphone picked up."""
    if spec.inside:
        made = inside_lines(made, spec.seed + 110, spec.inside, which, tuple(spec.inside_kinds))
    if spec.creaks:
        made = lay_creaks(made, spec.seed + 111, spec.creaks)
    made = a14.spoil(made, spec, floor)
    if spec.duplex:
        made = half_duplex(made, spec.seed + 112)
    return a4.headroom(made)


def transcript(built: uc.Built, spec: Spec, name: str) -> uc.Built:
    """The transcript's shape: Audacity labels from an earlier edit, a Praat TextGrid read at the wrong rate, or
    aside14_cases' (page, dashes, srt, vtt, drift, ...)."""
    if spec.transcript == "labels":
        built.page, how = audacity_labels(built.made.segments, spec.seed + 113)
        built.derived = {"change": "Audacity labels from an earlier edit", "changed": [], **how}
        built.notes.append(f"transcript: Audacity labels from an earlier edit (late by {how['late_by']:.2f} s after "
                           f"line {how['late_after_line']}, each +-0.15 s)")
    elif spec.transcript == "textgrid":
        built.page, how = textgrid(built.made.segments, len(built.made.samples) / RATE)
        built.derived = {"change": "a Praat TextGrid timed at the wrong sample rate", "changed": [], **how}
        built.notes.append("transcript: a Praat TextGrid, one tier of lines, timed on a copy read at the wrong "
                           "sample rate (x44100/48000)")
    else:
        return a14.transcript(built, spec, name)
    a14.a7.check_reads_back(built.page, built.made.segments, name)
    return built


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = a10._placed(spec)
    made = spoil(made, spec, spec.which)
    return stored_and_transcribed(made, spec, name, store_codec, transcript)
