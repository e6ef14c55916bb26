"""Development truth with both a room and a background (``rd3_*``): a word's fade into a bed vs a room's tail.

j27 (issue 7) found that line ends under babble, hold music and murmur come out early, and that
following the fade down to the background helps there but follows the room's tail on reverberant
speech; the tail's decay rate did not tell the two apart.  No case had *both* a room and a bed, and
the truth of an end whose last 100-300 ms lie under the bed was left open.  This makes such cases,
from Debian packages and seeds, with two truths per prompt:

* **voice span** (``start``/``end``, what score.py scores): the clean, dry prompt's voice down to
  50 dB under its loudest 5 ms (``unseen_cases.voice_span``), as every ``rd_*``/``rd2_*`` case;
* **audible span** (``audible_start``/``audible_end`` in truth.json's segments): where the clean, dry
  prompt's level (20 ms windows) stands at or over the background's level there in at least one
  octave of the prompt's band (the bed plus the room noise, the median of the same windows within
  :data:`AROUND` s of the edge): a fricative over a low hum is heard though the hum is louder overall.  The room's own tail is not background: it is the prompt's sound, so it can never make an
  edge audible or inaudible; the truth stays on the dry speech.

**Halls** (``rd6_*``, issue 7, j34): the third aside set's hall (``ux_real_hall``, RT60 0.9 s) put ends
0.1-0.2 s late -- a long diffuse tail holds its level after the voice stops long enough to pass for a last
sound.  ``rd6_real_hall`` is its dev twin (dev prompts, another seed); the others go further: a hall heard
from afar (:func:`hall_impulse`, the direct sound only 3-4 dB over the reverberation), a hall with hold
music or a murmur under it, festival voices in a hall, and a dry music bed at -11 dB (last sounds that
dip in one band under the music and come back in another).

``two_truths.py`` scores an aligner's output against both and prints, per end, j27's measures (the mix
over the bed after the end; the fade's slope) with one more, the bed's level before the prompt against
after it.  Development cases only (``fresh_cases``' dev half of the real prompts and festival
sentences; no ``nx_*``/``az_*`` prompt, voice setting or seed).

    apt-get install asterisk-core-sounds-en asterisk-core-sounds-en-wav asterisk-core-sounds-en-g722 \\
        asterisk-moh-opsound-wav asterisk-core-sounds-es-wav asterisk-core-sounds-it-wav \\
        asterisk-core-sounds-fr-wav festival festvox-kallpc16k festvox-us-slt-hts
    .venv/bin/python benchmarks/cases.py rd3_real_reverb_music ...   # or run.py --cases 'rd3_*'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

import fresh_cases as fc
import synth_cases as sc
import unseen_cases as uc
from synth_cases import RATE, Made, Recording, Voice

#: Level windows for the audible edge: 20 ms, every 5 ms (a syllable's fade, smoothed over a pitch period).
WIN, HOP = 0.020, 0.005
#: Seconds either side of an edge over which the background's level is taken (its median): long enough
#: for babble's and music's swings, short enough for murmur's 0.7 Hz swell to be the local level.
AROUND = 0.3
#: The band the levels are measured in (Hz): the 8 kHz files carry nothing over 4 kHz, G.722 up to 7 kHz.
BANDS = {"wav": (100.0, 3800.0), "g722": (100.0, 7000.0), "synth": (100.0, 7000.0)}


@dataclass
class RoomBed:
    """One talk: the speech (real prompts or festival voices), its room and its background."""

    seed: int
    prompts: int = 12
    wideband: bool = False  #: real prompts: the G.722 take (else the 8 kHz WAV)
    voices: list[Voice] = field(default_factory=list)  #: festival voices instead of real prompts
    gap: tuple[float, float] = (0.5, 1.4)  #: between voices; >= 0.5 s so "after the end" is the bed alone
    rt60: Optional[float] = None
    bed: Optional[str] = None  #: "music" or "babble"
    bed_db: float = -15.0  #: the bed against the speech (dB)
    noise: str = "pink"
    snr_db: float = 35.0  #: the room noise against the speech (dB)
    #: a hall heard from afar (:func:`hall_impulse`): the direct sound this many dB over the reverberation;
    #: None = synth_cases.room_impulse (the direct sound 9 dB over it)
    drr_db: Optional[float] = None


D, FEST = "dev", "festival"


def catalogue() -> dict[str, RoomBed]:
    return {
        "rd3_real_reverb_music": RoomBed(7101, wideband=True, rt60=0.5, bed="music", bed_db=-15),
        "rd3_real_reverb_babble": RoomBed(7102, rt60=0.4, bed="babble", bed_db=-14, snr_db=32),
        "rd3_real_murmur18": RoomBed(7103, noise="murmur", snr_db=18),
        "rd3_real_murmur26": RoomBed(7104, wideband=True, noise="murmur", snr_db=26),
        "rd3_real_reverb_small": RoomBed(7105, wideband=True, rt60=0.3),
        "rd3_fest_reverb_large": RoomBed(7106, prompts=8, voices=[Voice(FEST, "kal", 1.0), Voice(FEST, "slt_hts", 0.95)],
                                         rt60=0.8, snr_db=30),
        # ---- halls (issue 7, j34): a long diffuse tail that holds its level for a while after every end, beside
        # a last sound cut early.  rd6_real_hall is the dev twin of ux_real_hall (same room, dev prompts).
        "rd6_real_hall": RoomBed(7601, wideband=True, rt60=0.9, snr_db=30, gap=(0.4, 1.6)),
        "rd6_real_hall_far": RoomBed(7602, wideband=True, rt60=1.1, drr_db=3.0, snr_db=32, gap=(0.5, 1.6)),
        "rd6_real_hall_music": RoomBed(7603, wideband=True, rt60=0.8, bed="music", bed_db=-14, gap=(0.5, 1.5)),
        "rd6_real_hall_murmur": RoomBed(7604, rt60=0.9, noise="murmur", snr_db=20, gap=(0.5, 1.5)),
        "rd6_fest_hall": RoomBed(7605, prompts=8, voices=[Voice(FEST, "kal", 0.95), Voice(FEST, "slt_hts", 1.0)],
                                 rt60=1.0, drr_db=4.0, snr_db=32),
        # a music bed, dry (the ux_real_music_bed kind, with the first track): last sounds that dip in one band
        "rd6_real_music": RoomBed(7606, bed="music", bed_db=-11, gap=(0.5, 1.3)),
    }


NAMES = ["rd3_real_reverb_music", "rd3_real_reverb_babble", "rd3_real_murmur18", "rd3_real_murmur26",
         "rd3_real_reverb_small", "rd3_fest_reverb_large",
         "rd6_real_hall", "rd6_real_hall_far", "rd6_real_hall_music", "rd6_real_hall_murmur", "rd6_fest_hall",
         "rd6_real_music"]


def names() -> list[str]:
    """The case names, without building the catalogue (cases.py imports this at start-up)."""
    return list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What apt must install before ``name`` can be made, or None."""
    return missing_packages_for(catalogue()[name])


def missing_packages_for(t: RoomBed) -> Optional[str]:
    """What apt must install before talk ``t`` can be made, or None."""
    import festival_voices

    need = []
    if not t.voices and not uc.real_available():
        need.append(fc.REAL_PACKAGES)
    if t.bed == "music" and not any(uc.MUSIC.glob("*.wav")):
        need.append(uc.MUSIC_PACKAGE)
    if t.bed == "babble" and len(uc.babble_pool()) < 20:
        need.append(uc.BABBLE_PACKAGES)
    if t.voices and not festival_voices.available():
        need.append(fc.FESTIVAL_PACKAGES)
    return ("apt-get install " + " ".join(need)) if need else None


# ------------------------------------------------------------------ levels and the audible edge
def band_pass(x: np.ndarray, band: tuple[float, float]) -> np.ndarray:
    """``x`` limited to ``band`` (Hz), zero phase (no time shift), by FFT."""
    spec = np.fft.rfft(x.astype(np.float64))
    f = np.fft.rfftfreq(len(x), 1 / RATE)
    spec[(f < band[0]) | (f > band[1])] = 0
    return np.fft.irfft(spec, len(x))


def frame_db(x: np.ndarray, win: float = WIN, hop: float = HOP) -> np.ndarray:
    """Level (dB) of ``win`` s windows every ``hop`` s; window k covers samples [k*hop, k*hop + win)."""
    return fc.level_db(x, win, hop)


def octave_bands(band: tuple[float, float]) -> list[tuple[float, float]]:
    """``band`` cut into octaves from 500 Hz up (100-500 Hz is one): roughly where one sound masks another."""
    edges = [band[0]] + [f for f in (500.0, 1000.0, 2000.0, 4000.0) if band[0] < f < band[1]] + [band[1]]
    return list(zip(edges[:-1], edges[1:]))


def audible_edges(tracks: list[tuple[np.ndarray, np.ndarray]], span: tuple[float, float], hop: float = HOP,
                  win: float = WIN, around: float = AROUND) -> Optional[tuple[float, float]]:
    """The audible start and end (s) of a voice spanning ``span`` (s), from (clean, background) level tracks.

    One pair of tracks per frequency band (:func:`octave_bands`): a window is audible where, in any band,
    the clean level reaches the background's level there (the median of that band's background within
    ``around`` s of the edge).  The audible start is the first such window's start inside the span, the
    audible end the last one's end (clipped to the span).  None if the voice is never over the background.
    """
    a, b = span
    k0 = int(round(a / hop))
    k1 = min(max(k0 + 1, int(round((b - win) / hop)) + 1), min(len(c) for c, _ in tracks))

    def over(t: float) -> np.ndarray:
        hit = np.zeros(max(0, k1 - k0), bool)
        for clean, back in tracks:
            lo, hi = max(0, int((t - around) / hop)), min(len(back), int((t + around) / hop) + 1)
            hit |= clean[k0:k1] >= float(np.median(back[lo:hi]))
        return np.flatnonzero(hit) + k0

    up_start, up_end = over(a), over(b)
    if not len(up_start) or not len(up_end):
        return None
    return max(a, up_start[0] * hop), min(b, up_end[-1] * hop + win)


def end_measures(mix_db: np.ndarray, t_end: float, t_start: float, hop: float = HOP) -> dict:
    """j27's measures at a voice's end, on the mixture's level track (dB, :func:`frame_db`):

    * ``over_bed``: the mix in the last 50 ms of the voice over the level 0.1-0.4 s after it (medians);
    * ``slope``: the fade's slope in dB per 10 ms over the 100 ms after the end (least squares);
    * ``bed_change``: the level 0.1-0.4 s after the end minus 0.1-0.4 s before the start (a room's
      tail is its own speech's; a bed is there on both sides).
    """
    def med(a: float, b: float) -> float:
        lo, hi = max(0, int(round(a / hop))), min(len(mix_db), int(round(b / hop)))
        return float(np.median(mix_db[lo:hi])) if hi > lo else float("nan")

    lo, hi = int(round(t_end / hop)), min(len(mix_db), int(round((t_end + 0.1) / hop)))
    slope = float("nan")
    if hi - lo >= 3:
        slope = float(np.polyfit(np.arange(hi - lo) * hop, mix_db[lo:hi], 1)[0] * 0.01)
    after = med(t_end + 0.1, t_end + 0.4)
    return {"over_bed": med(t_end - 0.05, t_end) - after, "slope": slope,
            "bed_change": after - med(t_start - 0.4, t_start - 0.1)}


# ------------------------------------------------------------------ making a case
def hall_impulse(rt60: float, drr_db: float, rng: np.random.Generator) -> np.ndarray:
    """A hall heard from afar: the direct sound, a few early reflections, then a diffuse tail whose energy
    builds up over 20-40 ms and decays exponentially (60 dB in ``rt60`` s); the direct sound's energy is
    ``drr_db`` over the rest.  A low ratio (3-4 dB, a listener far from the talker) leaves the tail nearly
    as loud as the voice: after a voice stops its level falls by less at once than in
    synth_cases.room_impulse (9 dB) and then goes on falling slowly."""
    n = int(1.2 * rt60 * RATE)
    t = np.arange(n) / RATE
    tail = rng.normal(size=n) * np.exp(-6.9 * t / rt60) * (1.0 - np.exp(-t / 0.012))
    tail[: int(0.005 * RATE)] = 0.0
    for delay, gain in ((0.007, 0.5), (0.013, -0.4), (0.021, 0.35), (0.029, -0.3)):  # early reflections
        tail[int(delay * RATE)] += gain * np.sqrt(np.sum(tail ** 2)) / 8
    h = tail / np.sqrt(np.sum(tail ** 2)) * 10 ** (-drr_db / 20)
    h[0] = 1.0
    return h.astype(np.float32)


def _dry(t: RoomBed) -> Made:
    """The talk with no room and no noise: real prompts placed as unseen_cases places them, or festival."""
    if t.voices:
        texts = fc.fest_texts("dev", t.prompts, t.seed)
        r = Recording(sentences=t.prompts, voices=t.voices, seed=t.seed, text_seed=0, texts=texts, pause=t.gap,
                      turn=2)
        m = sc.make_recording(r)  # snr_db None: a floor 48 dB under the speech, no room
        return m
    quiet = uc.RealTalk(t.seed, t.prompts, gap=t.gap, wideband=t.wideband, snr_db=300.0)
    return uc.place_prompts(quiet, uc.dev_prompts(), uc.english_reader)


def spoil(dry: np.ndarray, segs: list[dict], t: RoomBed) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The mixture and the background alone (bed + room noise), both at the levels the mixture has."""
    rng = np.random.default_rng(t.seed + 17)
    notes = []
    wet = dry
    if t.rt60 and t.drr_db is not None:
        wet = sc.convolve(dry, hall_impulse(t.rt60, t.drr_db, rng))
        notes.append(f"a hall: reverberation RT60 {t.rt60:g} s, the direct sound {t.drr_db:g} dB over it "
                     "(truth on the dry speech)")
    elif t.rt60:
        wet = sc.convolve(dry, sc.room_impulse(t.rt60, rng))
        notes.append(f"reverberation RT60 {t.rt60:g} s (truth on the dry speech)")
    speech = sc._rms(np.concatenate([wet[int(s["start"] * RATE):int(s["end"] * RATE)] for s in segs]))
    back = np.zeros(len(dry), np.float32)
    if t.bed:
        bed = uc.music_bed(len(dry), t.seed) if t.bed == "music" else uc.babble(len(dry), t.seed)
        back += bed * speech * 10 ** (t.bed_db / 20)
        notes.append(f"{'music on hold' if t.bed == 'music' else 'babble of five other-language prompt streams'} "
                     f"under the whole talk at {t.bed_db:g} dB against the speech")
    back += sc.background(len(dry), t.noise, rng) * speech * 10 ** (-t.snr_db / 20)
    notes.append(f"{t.noise} room noise at {t.snr_db:g} dB SNR")
    return (wet + back).astype(np.float32), back.astype(np.float32), notes


def add_audible(dry: np.ndarray, back: np.ndarray, segs: list[dict]) -> list[dict]:
    """``segs`` with each one's audible span (:func:`audible_edges`, in octaves of the segment's band)."""
    out = []
    tracks: dict = {}
    for s in segs:
        band = BANDS[s.get("band", "synth")]
        if band not in tracks:
            tracks[band] = [(frame_db(band_pass(dry, o)), frame_db(band_pass(back, o))) for o in octave_bands(band)]
        edges = audible_edges(tracks[band], (s["start"], s["end"]))
        s = dict(s)
        if edges:
            s["audible_start"], s["audible_end"] = round(edges[0], 4), round(edges[1], 4)
        out.append(s)
    return out


def make(name: str) -> Made:
    return make_talk(catalogue()[name])


def make_talk(t: RoomBed) -> Made:
    """Talk ``t`` with its two truths: the mixture, the voice spans and the audible spans."""
    problem = missing_packages_for(t)
    if problem:
        raise SystemExit(f"this talk needs: {problem}")
    dry = _dry(t)
    mix, back, notes = spoil(dry.samples, dry.segments, t)
    segs = add_audible(dry.samples, back, dry.segments)
    what = (f"{t.prompts} real dev prompts ({'G.722 16 kHz' if t.wideband else '8 kHz WAV'})" if not t.voices else
            f"{t.prompts} festival sentences, voices " + ", ".join(f"{v.name}@{v.speed:g}" for v in t.voices))
    head = (f"{what}, {t.gap[0]:g}-{t.gap[1]:g} s between voices; truth start/end = the dry prompt's voice span "
            f"(50 dB under its loudest 5 ms); audible_start/audible_end = where the dry prompt's 20 ms level reaches "
            f"the background's in some octave of its band (bed + room noise, median within {AROUND:g} s) (room_bed_cases.py)")
    return Made(mix, segs, [head] + notes, dry.words)
