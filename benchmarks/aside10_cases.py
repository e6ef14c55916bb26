"""A tenth aside set nobody has tuned to (``mx_*``, English), and dev twins made the same way (``rd31_*``).

``az_*`` .. ``px_*`` have each been run once and looked at.  Real English voices are exhausted (every Debian/PyPI
source found is listed in benchmarks/README.md's source tables), so the real talks are Allison Smith's telephone
prompts again, as recorded or transformed by sox (aside9_cases.shifted) to **speeds no set had** (x1.3 faster,
x0.78 slower: ``px_*`` went from x0.85 to x1.2).  What is new is around the voices (checked against the nine sets'
lists in benchmarks/README.md):

* **rain on a roof** (a dense patter of droplets over a soft bed, :func:`rain`), **a ticking clock** (a tick and a
  tock every second, :func:`clock`) and **a vacuum cleaner** switched on in the middle of a line and off again
  15-25 s later (a motor's whine with its harmonics over a broadband rush, spinning up and down, :func:`vacuum`);
* **a small tiled room** (RT60 0.35 s and a slap-back echo 70-110 ms after the voice, :func:`tiled_room`);
* **joins across noise**: a few pauses made 3-6 s longer and the added stretch filled with rain or a passing car at
  the speech's own level (:func:`noise_gaps`; the voices never move against their sound);
* three codecs no case had: **G.711 mu-law** in a Sun ``.au`` (8 kHz), **IMA ADPCM** in an AIFF-C ``.aif`` and
  **MPEG-1/2 Layer II** ``.mp2`` at 32 kb/s (:data:`CODECS`);
* transcripts of every shape at once in one set: a web page with stale inline stamps, ``- `` turns, an old SubRip
  file, a sentence deleted and one inserted, and **one spoken sentence replaced by another never spoken**
  (:func:`substituted`: the transcript's line stands where the voice said something else).

Truth is the rule of every real case (each prompt's voice span where it went, measured on the shifted prompt) and,
for the synthesized talks, the segment bounds on the dry speech.  A room's tail, the noises and the codec's delay
never move a voice span (the codec's delay is measured and moved into the truth, aside9_cases.store_codec).

``mx_*`` is the aside: **only the lead runs an aligner on it** (``run.py --aside10``).

    apt-get install sox espeak-ng flite asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722
    .venv/bin/python benchmarks/cases.py --aside10 --check     # make the mx_* cases; their truth only
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass, field, replace
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside6_cases as a6
import aside7_cases as a7
import aside9_cases as a9
import fresh_cases as fc
import synth_cases as sc
import unseen_cases as uc
from aside_common import Spoilers, generated_talk, ready_spec, voices_need
from synth_cases import RATE, Made, Recording, Voice

QUIET_DB = a4.QUIET_DB
E, F = "espeak", "flite"


# ------------------------------------------------------------------ sounds
def _unit(x: np.ndarray) -> np.ndarray:
    return (x / max(1e-9, float(np.sqrt(np.mean(x ** 2))))).astype(np.float32)


def rain(n: int, seed: int, per_second: float = 180.0) -> np.ndarray:
    """Rain on a roof: droplets (2-5 ms bursts of bright noise, levels spread over 20 dB) falling ``per_second``
    at random, over a soft pink bed; unit RMS."""
    rng = np.random.default_rng(seed)
    drops = np.zeros(n)
    count = int(per_second * n / RATE)
    drops[rng.integers(0, n, count)] += rng.normal(size=count) * 10 ** (rng.uniform(-20, 0, count) / 20)
    k = int(0.005 * RATE)
    kernel = rng.normal(size=k) * np.exp(-np.arange(k) / (0.0012 * RATE))
    kernel = np.diff(kernel, prepend=0.0)  # bright: a droplet is a tick, not a thud
    patter = sc.convolve(drops.astype(np.float32), kernel.astype(np.float32))
    return _unit(_unit(patter) + 0.35 * sc.pink(n, rng))


def clock(n: int, seed: int) -> np.ndarray:
    """A ticking clock: a tick and a lower tock in turn, one a second (+-3 ms), each a 15 ms ring at 2.6 or 2.1 kHz
    dying in 2.5 ms; unit RMS over the ticks themselves (its level is the ticks', not the silence between)."""
    rng = np.random.default_rng(seed)
    m = int(0.015 * RATE)
    t = np.arange(m) / RATE
    y = np.zeros(n, np.float32)
    first = rng.uniform(0.0, 1.0)
    for k, at in enumerate(np.arange(first, n / RATE - 0.02, 1.0)):
        f = 2600.0 if k % 2 == 0 else 2100.0
        i = int((at + rng.uniform(-0.003, 0.003)) * RATE)
        y[i:i + m] += (np.sin(2 * np.pi * f * t) * np.exp(-t / 0.0025)).astype(np.float32)[: max(0, n - i)]
    on = np.abs(y) > 1e-4
    return (y / max(1e-9, float(np.sqrt(np.mean(y[on] ** 2))))).astype(np.float32)


def vacuum(seconds: float, seed: int) -> np.ndarray:
    """A vacuum cleaner: a motor's whine (its fundamental rising from 60 Hz to 320-380 Hz over 1.5 s, five
    harmonics) over a rush of noise above 500 Hz, at full speed for the middle and spinning down over the last 1 s;
    unit RMS at full speed."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    t = np.arange(n) / RATE
    top = rng.uniform(320, 380)
    speed = np.clip(t / 1.5, 0, 1) * np.clip((seconds - t) / 1.0, 0, 1)
    f = 60 + (top - 60) * speed
    phase = 2 * np.pi * np.cumsum(f) / RATE
    whine = sum(np.sin(k * phase + rng.uniform(0, 6.3)) / k for k in range(1, 6))
    rush = rng.normal(size=n)
    rush = rush - sc.lowpass(rush, 500.0)
    full = speed >= 0.999
    y = _unit(whine)[: n] * 0.6 + _unit(rush) * 0.8
    y = y * speed
    return (y / max(1e-9, float(np.sqrt(np.mean(y[full] ** 2))))).astype(np.float32)


def _level(made: Made, under_db: float) -> float:
    return a4.speech_rms(made) * 10 ** (-under_db / 20)


def add_rain(made: Made, seed: int, under_db: float) -> Made:
    """Rain (:func:`rain`) ``under_db`` under the speech over the whole talk."""
    y = made.samples + rain(len(made.samples), seed) * _level(made, under_db)
    note = f"rain on a roof (droplets over a soft bed) {under_db:g} dB under the speech, all through"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def add_clock(made: Made, seed: int, under_db: float) -> Made:
    """A clock ticking (:func:`clock`) through the whole talk, its ticks ``under_db`` under the speech."""
    y = made.samples + clock(len(made.samples), seed) * _level(made, under_db)
    note = f"a clock ticking once a second through the talk, its ticks {under_db:g} dB under the speech"
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def vacuum_time(made: Made, seed: int) -> tuple[int, float, float]:
    """The line (of at least 1 s, in the talk's middle third) inside which the vacuum cleaner is switched on, when,
    and for how long it runs (15-25 s)."""
    prng = random.Random(seed)
    segs = [s for s in made.segments if s.get("start") is not None]
    third = made.samples.size / RATE / 3
    pick = [k for k, s in enumerate(segs) if third <= s["start"] <= 2 * third and s["end"] - s["start"] >= 1.0]
    k = prng.choice(pick or list(range(len(segs))))
    at = prng.uniform(segs[k]["start"] + 0.2, max(segs[k]["start"] + 0.2, segs[k]["end"] - 0.4))
    return k, round(at, 4), prng.uniform(15.0, 25.0)


def add_vacuum(made: Made, seed: int, under_db: float) -> Made:
    """A vacuum cleaner (:func:`vacuum`) switched on inside a line (:func:`vacuum_time`), at full speed
    ``under_db`` under the speech."""
    k, at, seconds = vacuum_time(made, seed)
    v = vacuum(seconds, seed + 1) * _level(made, under_db)
    y = made.samples.copy()
    i = int(at * RATE)
    y[i:i + len(v)] += v[: max(0, len(y) - i)]
    note = (f"a vacuum cleaner switched on inside line {k} at {at:.2f} s, running {seconds:.1f} s, "
            f"{under_db:g} dB under the speech at full speed")
    return Made(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def tiled_room(made: Made, seed: int, rt60: float = 0.35) -> Made:
    """A small tiled room: a short diffuse tail (``rt60``) and a slap-back echo (one reflection 70-110 ms after the
    direct sound, 4-7 dB under it) -- the truth stays on the dry voice."""
    rng = np.random.default_rng(seed)
    h = sc.room_impulse(rt60, rng)
    delay = rng.uniform(0.07, 0.11)
    gain = 10 ** (-rng.uniform(4, 7) / 20)
    i = int(delay * RATE)
    h = np.concatenate([h, np.zeros(max(0, i + 1 - len(h)), np.float32)])
    h[i] += gain
    y = sc.convolve(made.samples, h)
    note = (f"a small tiled room: RT60 {rt60:g} s and a slap-back echo {1000 * delay:.0f} ms after the voice, "
            f"{-20 * np.log10(gain):.1f} dB under it (truth on the dry voice)")
    return Made(y, made.segments, made.notes + [note], made.words)


#: What fills a join across noise, in turn (:func:`noise_gaps`): what it is called, and its maker (samples, seed,
#: a generator) giving unit-level noise.  This set's: rain on a roof, a passing car.
RAIN_AND_CARS = (("rain", lambda m, seed, rng: rain(m, seed)),
                 ("a passing car", lambda m, seed, rng: sc.background(m, "traffic", rng)))


def noise_gaps(made: Made, seed: int, count: int, seconds: tuple[float, float] = (3.0, 6.0),
               beds: tuple = RAIN_AND_CARS) -> Made:
    """``count`` pauses (of at least 0.5 s, never before the first line) made ``seconds`` longer at their middle,
    the added stretch filled with ``beds`` in turn (default rain, then a passing car: sc.background "traffic") at the
    speech's own level, faded in and out over 0.2 s: two stretches of talk joined across noise.  Lines after a join
    move by its length."""
    prng = random.Random(seed)
    rng = np.random.default_rng(seed)
    segs = [s for s in made.segments if s.get("start") is not None]
    wide = [k for k in range(1, len(segs)) if segs[k]["start"] - segs[k - 1]["end"] >= 0.5]
    picks = sorted(prng.sample(wide, min(count, len(wide))))
    level = a4.speech_rms(made)
    y, made_segs, words, what = made.samples, list(made.segments), list(made.words), []
    for j, k in enumerate(reversed(picks)):
        mid = (segs[k - 1]["end"] + segs[k]["start"]) / 2
        m = int(prng.uniform(*seconds) * RATE)
        what_bed, maker = beds[j % len(beds)]
        bed = maker(m, seed + 50 + k, rng)
        fade = np.minimum(1.0, np.minimum(np.arange(m), np.arange(m)[::-1]) / (0.2 * RATE))
        i = int(mid * RATE)
        y = np.concatenate([y[:i], (bed * fade * level).astype(np.float32), y[i:]])
        made_segs = [a4._moved(s, mid, m / RATE) for s in made_segs]
        words = [a4._moved(w, mid, m / RATE) for w in words]
        what.append(f"{m / RATE:.1f} s of {what_bed} before line {k}")
    note = "joins across noise: " + "; ".join(reversed(what)) + " (at the speech's level)"
    return Made(y.astype(np.float32), made_segs, made.notes + [note], words)


# ------------------------------------------------------------------ codecs
#: aside9_cases' codecs and three no case had: kind -> (suffix, container, codec, bits a second, rate, frame).
CODECS = {**a9.CODECS,
          "mulaw": ("au", "au", "pcm_mulaw", 64000, 8000, 160),
          "adpcm": ("aif", "aiff", "adpcm_ima_qt", 64000, 16000, 64),
          "mp2": ("mp2", "mp2", "mp2", 32000, 16000, 1152)}


# ------------------------------------------------------------------ transcripts
def substituted(segments: list[dict], at: int, text: str) -> tuple[list[dict], dict]:
    """Line ``at`` as spoken replaced in the transcript by ``text``, never spoken (a transcriber's wrong sentence):
    the spoken line stays in the truth out of the transcript, the written one stands right after it, untimed.
    Returns the truth segments and cases.py's ``derived`` record (run.py reads ``changed`` as a deleted and an added
    line)."""
    segs = [dict(s) for s in segments]
    segs[at]["in_transcript"] = False
    segs.insert(at + 1, {"text": text, "start": None, "end": None, "spoken": False})
    changed = [{"i": at, "kind": "deleted", "text": segs[at]["text"], "start": segs[at]["start"],
                "end": segs[at]["end"]}, {"i": at + 1, "kind": "added", "text": text}]
    return segs, {"change": "one spoken sentence replaced by another never spoken", "changed": changed,
                  "substituted": at}


def _reindexed(words: list[dict], after: int) -> list[dict]:
    return [dict(w, seg=w["seg"] + (1 if w["seg"] > after else 0)) for w in words]


# ------------------------------------------------------------------ the catalogue
@dataclass(kw_only=True)
class TenthSpoilers(Spoilers):
    """This set's spoilers, read by :func:`spoil` by name (with aside_common.Spoilers', ``codec`` from
    :data:`CODECS`): an English case's and a language talk's (aside10_languages.LangSpec)."""

    rain_db: float = 0.0  #: rain this many dB under the speech (0: none)
    clock_db: float = 0.0  #: a ticking clock, its ticks this many dB under the speech (0: none)
    vacuum_db: float = 0.0  #: a vacuum cleaner switched on inside a line, this many dB under (0: none)
    tiled: bool = False  #: a small tiled room with a slap-back echo
    gaps: int = 0  #: pauses made 3-6 s longer and filled with noise at the speech's level


@dataclass
class Spec(TenthSpoilers):
    """An English case: voices, room, transcript, seed; the spoilers (:class:`TenthSpoilers`) by name."""

    which: str  #: "dev" (rd31_*) or "aside" (mx_*)
    kind: str  #: "real" (telephone prompts) or "synth"
    transcript: str = "plain"  #: "plain", "page", "dashes", "srt", "mismatch" or "substituted"
    real: Optional[uc.RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)
    shift: a9.Shift = a9.Shift()  #: how the prompts' reader is transformed
    shifted_lines: int = 0  #: 0: every prompt shifted; else this many prompts said by the shifted speaker
    room: tuple[str, float] = ("pink", 32.0)
    seed: int = 0


S = a9.Shift


def catalogue() -> dict[str, Spec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = QUIET_DB
    return {
        # ---- development twins (dev prompts, dev text seeds): prove the spoilers end to end
        "rd31_real_rain_clock_page": Spec(d, "real", "page", real=R(35801, 18, wideband=True, snr_db=q,
                                                                    gap=(0.3, 1.3)),
                                          room=("pink", 34), seed=35811, rain_db=16, clock_db=10),
        "rd31_real_gaps_substituted_adpcm": Spec(d, "real", "substituted",
                                                 real=R(35802, 18, wideband=True, snr_db=q, gap=(0.4, 1.3)),
                                                 shift=S(0, 1.3), room=("pink", 32), seed=35812, gaps=2,
                                                 codec="adpcm"),
        "rd31_espeak_tiled_dashes_mulaw": Spec(d, "synth", "dashes", recordings=[
            generated_talk([Voice(E, "en-gb+Kaukovalta", 0.8), Voice(E, "en-us+Edward2", 0.85)], 35401, 35501, 12,
                           pause=(0.3, 1.1), turn=2)], room=("fan", 30), seed=35813, tiled=True, codec="mulaw"),
        # ---- aside: nobody runs an aligner on these before the lead's look (run.py --aside10)
        "mx_real_rain_page": Spec(a, "real", "page", real=R(35101, 22, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                  room=("pink", 34), seed=35201, rain_db=12),
        "mx_real_faster": Spec(a, "real", real=R(35102, 22, wideband=True, snr_db=q, gap=(0.25, 1.0)),
                               shift=S(150, 1.3), room=("fan", 28), seed=35202),
        "mx_real_slower_old_srt": Spec(a, "real", "srt", real=R(35103, 22, wideband=True, snr_db=q, gap=(0.4, 1.6)),
                                       shift=S(-150, 0.78), room=("pink", 32), seed=35203),
        "mx_real_clock_adpcm": Spec(a, "real", real=R(35104, 22, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                    room=("pink", 34), seed=35204, clock_db=8, codec="adpcm"),
        "mx_real_vacuum_mulaw": Spec(a, "real", real=R(35105, 22, wideband=True, snr_db=q, gap=(0.3, 1.4)),
                                     room=("pink", 32), seed=35205, vacuum_db=6, codec="mulaw"),
        "mx_real_tiled_mismatch": Spec(a, "real", "mismatch", real=R(35106, 22, wideband=True, snr_db=q,
                                                                     gap=(0.3, 1.4)),
                                       room=("pink", 32), seed=35206, tiled=True),
        "mx_real_substituted_mp2": Spec(a, "real", "substituted", real=R(35107, 22, wideband=True, snr_db=q,
                                                                         gap=(0.3, 1.4)),
                                        room=("murmur", 30), seed=35207, codec="mp2"),
        "mx_real_noise_gaps": Spec(a, "real", real=R(35108, 22, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                   room=("pink", 32), seed=35208, gaps=3),
        "mx_real_two_speakers_dashes": Spec(a, "real", "dashes", real=R(35109, 22, wideband=True, snr_db=q,
                                                                        gap=(0.3, 1.2)),
                                            shift=S(-500, 0.95), shifted_lines=7, room=("pink", 32), seed=35209,
                                            rain_db=18),
        "mx_espeak_slow_clock_srt": Spec(a, "synth", "srt", recordings=[
            generated_talk([Voice(E, "en-us+Michel", 0.8), Voice(E, "en-gb-x-rp+Antonio", 0.85)], 35402, 35502, 16,
                           pause=(0.3, 1.2), turn=3)], room=("pink", 32), seed=35211, clock_db=10),
        "mx_espeak_fast_page_mulaw": Spec(a, "synth", "page", recordings=[
            generated_talk([Voice(E, "en-us-nyc+Marcelo", 1.35), Voice(E, "en-029+Rob", 1.4)], 35403, 35503, 16,
                           pause=(0.2, 0.8), turn=3)], room=("fan", 28), seed=35212, codec="mulaw"),
        "mx_flite_slow_noise_gaps": Spec(a, "synth", recordings=[
            generated_talk([Voice(F, "awb", 0.8), Voice(F, "kal16", 0.8)], 35404, 35504, 14, pause=(0.4, 1.2),
                           turn=3)], room=("pink", 32), seed=35213, gaps=2, vacuum_db=10),
        "mx_espeak_tiled_substituted": Spec(a, "synth", "substituted", recordings=[
            generated_talk([Voice(E, "en-gb+Steph3", 1.0), Voice(E, "en-us+Ed", 1.05)], 35405, 35505, 14,
                           pause=(0.3, 1.1), turn=2)], room=("pink", 32), seed=35214, tiled=True),
    }


DEV_NAMES = ["rd31_real_rain_clock_page", "rd31_real_gaps_substituted_adpcm", "rd31_espeak_tiled_dashes_mulaw"]
ASIDE_NAMES = ["mx_real_rain_page", "mx_real_faster", "mx_real_slower_old_srt", "mx_real_clock_adpcm",
               "mx_real_vacuum_mulaw", "mx_real_tiled_mismatch", "mx_real_substituted_mp2", "mx_real_noise_gaps",
               "mx_real_two_speakers_dashes", "mx_espeak_slow_clock_srt", "mx_espeak_fast_page_mulaw",
               "mx_flite_slow_noise_gaps", "mx_espeak_tiled_substituted"]


def names(which: str) -> list[str]:
    """The case names of a half, without building the catalogue (cases.py imports this at start-up)."""
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return needs(catalogue()[name])


def needs(spec, *more: Optional[str]) -> Optional[str]:
    """What must be installed before a case of ``spec`` (this set's or aside11_cases') can be made, with each of
    ``more`` that is not None; or None."""
    need = [m for m in [a6.missing_for(spec), voices_need(spec.recordings), *more] if m]
    if shutil.which("sox") is None:
        need.append("apt-get install sox")
    return "; ".join(need) if need else None


#: The transcript shapes a labelled or paragraphed page is read from sentence by sentence: their prompts must be
#: one sentence each (aside7_cases.one_sentence) so the page's lines are the truth's.
ONE_SENTENCE_SHAPES = ("page", "dashes")


def _placed(spec: Spec) -> Made:
    """The talk's voices in place (no room yet): the synthesized talk, or the prompts (aside9_cases' way: every
    one shifted, or some said by the shifted speaker)."""
    if spec.kind == "synth":
        return uc.synth_talk(spec.recordings, [])
    shaped = replace(spec, transcript="labels" if spec.transcript in ONE_SENTENCE_SHAPES else "plain")
    return a9._placed(shaped)


def spoil(made: Made, spec, floor: float = 0.0) -> Made:
    """The spoilers in the order they happen: the tiled room around the voice; joins across noise; the rain, the
    clock and the vacuum cleaner in the room; then aside9_cases.spoil's (sirens, the room's noise, hum, ...)."""
    if spec.tiled:
        made = tiled_room(made, spec.seed + 60)
    if spec.gaps:
        made = noise_gaps(made, spec.seed + 61, spec.gaps)
    if spec.rain_db:
        made = add_rain(made, spec.seed + 62, spec.rain_db)
    if spec.clock_db:
        made = add_clock(made, spec.seed + 63, spec.clock_db)
    if spec.vacuum_db:
        made = add_vacuum(made, spec.seed + 64, spec.vacuum_db)
    return a4.headroom(a9.spoil(made, spec, floor))


def _unused_sentence(spec: Spec, used: set[str]) -> list[str]:
    """Sentences a transcriber could have written instead: prompts of the pool not in the talk (real), or
    talk_text's grammar under another seed (synthesized)."""
    if spec.kind == "real":
        pool = uc.nx_prompts() if spec.which == "aside" else uc.dev_prompts()
        return [t for t in pool.values() if t not in used and a7.one_sentence(t)]
    from talk_text import generated_sentences

    return [t for t in generated_sentences(40, seed=spec.seed + 70) if t not in used]


def transcript(built: uc.Built, spec: Spec, name: str) -> uc.Built:
    """The transcript's shape (:attr:`Spec.transcript`), checked to read back, through aligner.formats, as the
    truth's lines where it is a page."""
    made = built.made
    used = {s["text"] for s in made.segments}
    if spec.transcript == "page":
        built.page, carried = fc.web_page(made.segments, spec.seed, "Notes from the evening talk")
        built.derived = {"change": "web page with stale inline stamps", "changed": [], "stamps": carried}
        built.notes.append(f"transcript: a web page with {len(carried)} stale inline stamps off by "
                           + ", ".join("%+.2f" % c["off"] for c in carried) + " s")
    elif spec.transcript == "dashes":
        built.made = replace(made, segments=a4.dash_turns(made.segments))
        built.notes.append("transcript: every line a turn of an interview, '- ' before it")
    elif spec.transcript == "srt":
        built.page, offsets = a4.stale_srt(made.segments, spec.seed)
        built.derived = {"change": "SubRip subtitles timed for an older cut", "changed": [], "cues": offsets}
        built.notes.append("transcript: old SubRip subtitles, off by "
                           f"{offsets[0]['off']:+.2f} s at first and {offsets[-1]['off']:+.2f} s at the end")
    elif spec.transcript == "mismatch":
        pool = _unused_sentence(spec, used)
        kept = uc.transcript_kind(uc.Spec(spec.which, spec.kind, "mismatch", seed=spec.seed), made, pool)
        built.made, built.derived = kept.made, kept.derived
        built.notes.append(kept.notes[-1])
    elif spec.transcript == "substituted":
        n = len(made.segments)
        at = random.Random(spec.seed + 71).randint(n // 3, 2 * n // 3)
        text = random.Random(spec.seed + 72).choice(_unused_sentence(spec, used))
        segs, built.derived = substituted(made.segments, at, text)
        built.made = Made(made.samples, segs, made.notes, _reindexed(made.words, at))
        built.notes.append(f"transcript: line {at} as spoken replaced by a sentence never spoken ({text!r})")
    if built.page:
        a7.check_reads_back(built.page, built.made.segments, name)
    return built


def make(name: str) -> uc.Built:
    spec = ready_spec(catalogue, missing_packages, name)
    made = spoil(_placed(spec), spec)
    encoded = None
    if spec.codec:
        made, encoded = a9.store_codec(made, spec.codec, CODECS)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    return transcript(built, spec, name)
