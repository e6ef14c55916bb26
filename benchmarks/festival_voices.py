"""Festival voices, sentence by sentence, with the sentence's words timed by festival itself.

A third synthesizer family beside espeak-ng and flite (Debian ``festival`` with ``festvox-kallpc16k``,
``festvox-kdlpc16k`` and ``festvox-us-slt-hts``): two residual-LPC diphone voices (kal, ked: US male)
and an HTS voice (slt: US female, a statistical model unlike flite's clustergen slt).  Festival
decides every segment's duration before it makes the waveform and keeps each segment's end time
in the utterance, so a word's ``word_start``/``word_end`` feature is where the synthesizer put it:
on the HTS voice to its 5 ms frame grid, on the diphone voices to a pitch period.  As in
:func:`synth_cases.flite_words`, next to a pause a segment boundary is not where a listener hears a
word begin or end (a first stop's closure is silent; the last period rings on), so there the edge
is the first (last) audible sample (|x| > ``synth_cases.AUDIBLE``) between the neighbouring words.
:func:`pause_check` measures how well the pauses festival reports lie on the waveform's quiet.

    apt-get install festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
import wave
from pathlib import Path
from typing import Optional

import numpy as np

RATE = 16000
AUDIBLE = 0.01  #: the same audibility rule as synth_cases (a sample over this is sound)

#: Short name -> festival's voice function.  Speed: Duration_Stretch on the diphone voices, the
#: HTS engine's own rate option on slt (it ignores Duration_Stretch).
VOICES = {"kal": "voice_kal_diphone", "ked": "voice_ked_diphone", "slt_hts": "voice_cmu_us_slt_arctic_hts"}
PACKAGES = "festival festvox-kallpc16k festvox-kdlpc16k festvox-us-slt-hts"
#: Voices of other languages (unseen_languages.py): short name -> (voice function, the text encoding the
#: voice's letter-to-sound rules read: festival reads bytes, and these voices' rules are written for
#: Latin-1 or Latin-2; UTF-8 accents come out as "no rule matches").
LANGUAGE_VOICES = {"it_lp": ("voice_lp_diphone", "latin-1"), "it_pc": ("voice_pc_diphone", "latin-1"),
                   "ca_ona": ("voice_upc_ca_ona_hts", "latin-1"), "fi_lj": ("voice_suo_fi_lj_diphone", "latin-1"),
                   "cs_dita": ("voice_czech_dita", "iso-8859-2")}
LANGUAGE_PACKAGES = "festival festvox-italp16k festvox-itapc16k festvox-ca-ona-hts festvox-suopuhe-lj festvox-czech-dita"
#: Voices of other languages no earlier case used (aside3_languages.py): Russian male (unit selection; its
#: README asks for UTF-8), Finnish male and Czech male.
MORE_LANGUAGE_VOICES = {"ru_nsh": ("voice_msu_ru_nsh_clunits", "utf-8"), "fi_mv": ("voice_hy_fi_mv_diphone", "latin-1"),
                        "cs_machac": ("voice_czech_machac", "iso-8859-2")}
MORE_LANGUAGE_PACKAGES = "festival festvox-ru festvox-suopuhe-mv festvox-czech-machac"
#: Voices no earlier case used (aside4_languages.py): a Czech child (male), and Hindi (male, diphones; UTF-8
#: Devanagari), a language no case had.
FOURTH_SET_VOICES = {"cs_krb": ("voice_czech_krb", "iso-8859-2"), "hi_nsk": ("voice_hindi_NSK_diphone", "utf-8")}
FOURTH_SET_PACKAGES = "festival festvox-czech-krb festvox-hi-nsk"
#: Voices no earlier case used (aside5_languages.py): Marathi and Telugu (male, diphones; UTF-8 Devanagari and
#: Telugu script), two languages no case had, and festival's fourth Czech voice (``czech_ph``, male).
FIFTH_SET_VOICES = {"mr_nsk": ("voice_marathi_NSK_diphone", "utf-8"), "te_nsk": ("voice_telugu_NSK_diphone", "utf-8"),
                    "cs_ph": ("voice_czech_ph", "iso-8859-2")}
FIFTH_SET_PACKAGES = "festival festvox-mr-nsk festvox-te-nsk festvox-czech-ph"


def encoding(voice: str) -> str:
    """The encoding festival's program and printout use for ``voice``."""
    every = {**LANGUAGE_VOICES, **MORE_LANGUAGE_VOICES, **FOURTH_SET_VOICES, **FIFTH_SET_VOICES}
    return every[voice][1] if voice in every else "utf-8"


@functools.lru_cache(maxsize=None)
def language_voices_available() -> bool:
    """festival and every voice of LANGUAGE_VOICES are installed."""
    if shutil.which("festival") is None:
        return False
    have = subprocess.run(["festival", "-b", "(print (voice.list))"], capture_output=True, text=True).stdout
    return all(f.removeprefix("voice_") in have for f, _ in LANGUAGE_VOICES.values())


@functools.lru_cache(maxsize=None)
def more_language_voices_available() -> bool:
    """festival and every voice of MORE_LANGUAGE_VOICES are installed."""
    if shutil.which("festival") is None:
        return False
    have = subprocess.run(["festival", "-b", "(print (voice.list))"], capture_output=True, text=True).stdout
    return all(f.removeprefix("voice_") in have for f, _ in MORE_LANGUAGE_VOICES.values())


@functools.lru_cache(maxsize=None)
def fourth_set_voices_available() -> bool:
    """festival and every voice of FOURTH_SET_VOICES are installed."""
    if shutil.which("festival") is None:
        return False
    have = subprocess.run(["festival", "-b", "(print (voice.list))"], capture_output=True, text=True).stdout
    return all(f.removeprefix("voice_") in have for f, _ in FOURTH_SET_VOICES.values())


@functools.lru_cache(maxsize=None)
def fifth_set_voices_available() -> bool:
    """festival and every voice of FIFTH_SET_VOICES are installed."""
    if shutil.which("festival") is None:
        return False
    have = subprocess.run(["festival", "-b", "(print (voice.list))"], capture_output=True, text=True).stdout
    return all(f.removeprefix("voice_") in have for f, _ in FIFTH_SET_VOICES.values())


@functools.lru_cache(maxsize=None)
def available() -> bool:
    """festival and all three voices are installed."""
    if shutil.which("festival") is None:
        return False
    run = subprocess.run(["festival", "-b", "(print (voice.list))"], capture_output=True, text=True)
    have = run.stdout
    return all(v.removeprefix("voice_") in have for v in VOICES.values())


def _scheme_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def script(text: str, voice: str, speed: float, wav: Path) -> str:
    """The festival program that says ``text`` and prints every word's and segment's times."""
    functions = {**VOICES, **{k: f for k, (f, _) in {**LANGUAGE_VOICES, **MORE_LANGUAGE_VOICES, **FOURTH_SET_VOICES,
                                                **FIFTH_SET_VOICES}.items()}}
    if voice not in functions:
        raise ValueError(f"unknown festival voice {voice!r} ({', '.join(functions)})")
    rate = (f'(set! hts_engine_params (append hts_engine_params (list (list "-r" {speed:.3f}))))'
            if functions[voice].endswith("_hts") else f"(Parameter.set 'Duration_Stretch {1.0 / speed:.4f})")
    return "\n".join([
        f"({functions[voice]})", rate,
        f"(set! utt (Utterance Text {_scheme_string(text)}))", "(utt.synth utt)",
        f"(utt.save.wave utt {_scheme_string(str(wav))} 'riff)",
        '(mapcar (lambda (w) (format t "W %s %s %s\\n" (item.name w) (item.feat w "word_start") '
        '(item.feat w "word_end"))) (utt.relation.items utt \'Word))',
        '(mapcar (lambda (s) (format t "S %s %s\\n" (item.name s) (item.feat s "end"))) '
        "(utt.relation.items utt 'Segment))", ""])


def parse_times(out: str) -> tuple[list[tuple[str, float, float]], list[tuple[str, float, float]]]:
    """festival's printout as (word, start, end) and (segment, start, end), in seconds."""
    words, segs, last = [], [], 0.0
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "W":
            words.append((parts[1], float(parts[2]), float(parts[3])))
        elif len(parts) == 3 and parts[0] == "S":
            end = float(parts[2])
            segs.append((parts[1], last, end))
            last = end
    return words, segs


def resample(x: np.ndarray, rate: int) -> np.ndarray:
    """To 16 kHz through the spectrum (no aliasing from the HTS voice's 32 kHz)."""
    if rate == RATE:
        return x.astype(np.float32)
    n = int(round(len(x) * RATE / rate))
    spec = np.fft.rfft(x.astype(np.float64))
    keep = n // 2 + 1
    spec = spec[:keep] if len(spec) >= keep else np.concatenate([spec, np.zeros(keep - len(spec))])
    return (np.fft.irfft(spec, n) * n / len(x)).astype(np.float32)


def _tokens(text: str) -> list[str]:
    t = re.sub(r"[-\u2010-\u2015/_]", " ", text.lower())
    return [w.strip("'") for w in re.sub(r"[^\w' ]", " ", t).split() if w.strip("'")]


def edge_words(words: list[tuple[str, float, float]], segs: list[tuple[str, float, float]],
               x: np.ndarray) -> list[dict]:
    """Word times, with the edges beside a pause moved onto the waveform (see the module text).

    Inside a pause the split point is the middle of its longest inaudible run; the word before it
    ends at the last audible sample before that point (the ringing tail is part of it), the word
    after starts at the first audible one after it.  A pause with no inaudible sample keeps
    festival's times.  The sentence's first word starts, its last word ends, on the first/last
    audible sample.
    """
    loud = np.abs(x) > AUDIBLE
    out = [{"word": w, "start": a, "end": b} for w, a, b in words]
    if not out:
        return out
    audible = np.flatnonzero(loud)
    if len(audible):
        out[0]["start"] = audible[0] / RATE
        out[-1]["end"] = (audible[-1] + 1) / RATE
    for name, a, b in segs:
        if name != "pau" or b - a < 1e-4:
            continue
        before = [j for j, w in enumerate(out) if w["end"] <= a + 1e-3]
        after = [j for j, w in enumerate(out) if w["start"] >= b - 1e-3]
        if not before or not after:
            continue  # the sentence's own leading or trailing pause
        j, k = before[-1], after[0]
        i0, i1 = int((a - 0.05) * RATE), min(len(x), int((b + 0.05) * RATE))
        quiet = ~loud[i0:i1]
        if not quiet.any():
            continue
        edges = np.flatnonzero(np.diff(np.concatenate([[0], quiet.astype(np.int8), [0]])))
        runs = edges.reshape(-1, 2)
        r0, r1 = max(runs, key=lambda r: r[1] - r[0])
        split = i0 + (r0 + r1) // 2
        lo, hi = int(out[j]["start"] * RATE), int(out[k]["end"] * RATE)
        left = np.flatnonzero(loud[lo:split])
        right = np.flatnonzero(loud[split:hi])
        if len(left):
            out[j]["end"] = (lo + left[-1] + 1) / RATE
        if len(right):
            out[k]["start"] = (split + right[0]) / RATE
    return out


def say_timed(text: str, voice: str, speed: float = 1.0, words: bool = True
              ) -> tuple[np.ndarray, Optional[list[dict]]]:
    """One sentence at 16 kHz, trimmed to its first and last audible sample, and its words timed.

    Word times are seconds from the first kept sample.  ``None`` when festival's words are not the
    sentence's words (it spells out numbers and abbreviations): no word truth rather than a wrong one.
    """
    x, out = _festival(text, voice, speed)
    loud = np.flatnonzero(np.abs(x) > AUDIBLE)
    if not len(loud):
        return x, None
    fw, fs = parse_times(out)
    timed = None
    if words and [t for w, _, _ in fw for t in _tokens(w)] == _tokens(text) and all(_tokens(w) for w, _, _ in fw):
        first = loud[0] / RATE
        timed = [dict(w, start=round(w["start"] - first, 4), end=round(w["end"] - first, 4))
                 for w in edge_words(fw, fs, x)]
        # festival's own words carry no punctuation; keep the sentence's spelling (case) for the truth
        spelled = [t for t in re.findall(r"\S+", text) if _tokens(t)]
        if len(spelled) == len(timed):
            for w, s in zip(timed, spelled):
                w["word"] = s.strip(".,;:!?\"()")
    return x[loud[0]:loud[-1] + 1], timed


def _festival(text: str, voice: str, speed: float) -> tuple[np.ndarray, str]:
    """festival's waveform for ``text`` at 16 kHz, and what its script printed (the word and segment times)."""
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "s.wav"
        prog = Path(tmp) / "say.scm"
        prog.write_bytes(script(text, voice, speed, wav).encode(encoding(voice)))
        out = subprocess.run(["festival", "-b", str(prog)], check=True, capture_output=True).stdout.decode(
            encoding(voice), "replace")
        with wave.open(str(wav)) as w:
            rate = w.getframerate()
            x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
    return resample(x, rate), out


def pause_check(text: str, voice: str, speed: float = 1.0, quiet_db: float = -40.0) -> list[dict]:
    """Where festival says an inner pause is, against where the waveform is quiet.

    For every pause inside the sentence (a comma's), the quiet stretch of the waveform around it
    (10 ms frames more than ``quiet_db`` under the loudest) and festival's pause; a word edge's
    truth beside a pause comes from the waveform, inside a sentence from these segment times.
    """
    x, out = _festival(text, voice, speed)
    _, segs = parse_times(out)
    hop = RATE // 200  # 5 ms
    frames = x[: len(x) // hop * hop].reshape(-1, hop)
    db = 20 * np.log10(np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1)) + 1e-9)
    quiet = db < db.max() + quiet_db
    rows = []
    for k, (name, a, b) in enumerate(segs):
        if name != "pau" or k == 0 or k == len(segs) - 1:
            continue
        mid = int((a + b) / 2 * RATE / hop)
        if not quiet[mid]:
            rows.append({"pause": (a, b), "quiet": None})
            continue
        i = mid
        while i > 0 and quiet[i - 1]:
            i -= 1
        j = mid
        while j + 1 < len(quiet) and quiet[j + 1]:
            j += 1
        rows.append({"pause": (round(a, 4), round(b, 4)), "quiet": (i * hop / RATE, (j + 1) * hop / RATE)})
    return rows
