"""The seventh aside set's language talks (``kx_<lang>_*``) and dev twins made the same way (``rd21_<lang>_*``).

Every language talk so far has been looked at.  This set is made from Debian packages, with seeds (23xxx) no case
used, of voices and spoilers no case had:

* **Real Dutch and Czech actors no case heard**: Fish Fillets NG's spoken dialogues (``fillets-ng-data-nl``,
  ``fillets-ng-data-cs``, GPL-2+), two actors a language (the big fish's voice and the small fish's), each line
  a recording whose text is the game's own subtitle (``script/<level>/dialogs_<lang>.lua``, ``dialogStr``).  A talk
  draws its lines from a run of :data:`POOL_RUN` recordings of its own (:func:`pool`), so no two talks share one.
* espeak-ng **French**, **Swedish** and **Mandarin** (from pinyin) with variants no case used and sentences written
  here.
* The spoilers of aside7_cases (heavy knocks at line edges, a telephone ringing, a thin laptop microphone, a voice
  through a wall, an overdriven converter, a 30-45 s silence) and of aside6_cases (a hall's PA, a crowd, a pumping
  gain control).

**What is not new**: Dutch and Czech were tested before (espeak-ng, and Czech real telephone prompts); French,
Swedish and Chinese voices are espeak-ng again.

``kx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside7``).  ``rd21_*`` is
dev (``--set dev21``).

    apt-get download fillets-ng-data fillets-ng-data-nl fillets-ng-data-cs tuxtype-data   # unpacked into out/debs
    .venv/bin/python benchmarks/cases.py --aside7 --check
"""

from __future__ import annotations

import functools
import random
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np

import aside4_cases as a4
import aside7_cases as a7
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import Spoilers, lines_talk, own_floor, padded, ready_spec, written_in_characters
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ Fish Fillets NG's actors
SCRIPTS = a7.FILLETS / "script"


def sounds_dir(lang: str) -> Path:
    return nv.DEBS / f"fillets-ng-data-{lang}" / "usr" / "share" / "games" / "fillets-ng" / "sound"


def setup(lang: str) -> str:
    return (f"apt-get download fillets-ng-data fillets-ng-data-{lang} && dpkg -x fillets-ng-data_*.deb "
            f"benchmarks/out/debs/fillets-ng-data && dpkg -x fillets-ng-data-{lang}_*.deb "
            f"benchmarks/out/debs/fillets-ng-data-{lang}")


def available(lang: str) -> bool:
    return SCRIPTS.is_dir() and sounds_dir(lang).is_dir()


DIALOGUE = re.compile(r'dialogId\("([^"]+)"[^)]*\)\s*dialogStr\("((?:[^"\\]|\\.)*)"\)')
#: The two fish's lines: ``<level>-m-<name>`` (the small fish) and ``<level>-v-<name>`` (the big one).
FISH = re.compile(r"^[a-z0-9]+-[mv]-[a-z0-9_]+$")


def fit_text(text: str) -> bool:
    """A line a talk can take: one sentence of 4-14 words ending in . ! or ?, without digits, quotes, ellipses,
    brackets or a second sentence (the transcript reader would split it)."""
    return (4 <= len(text.split()) <= 14 and text[-1:] in ".!?" and not re.search(r"[0-9\"“”„«»()\[\]…/]|\.\.", text)
            and not re.search(r"[.!?]\s+\S", text) and not re.search(r"\b[A-Z]\.", text))


def listing(lang: str) -> dict[str, str]:
    """Recording name (``<level>/<id>``) -> the game's subtitle in ``lang``, for the two fish's lines that
    :func:`fit_text` and that have a recording."""
    out = {}
    for level in sorted(p.name for p in SCRIPTS.iterdir() if p.is_dir()):
        f = SCRIPTS / level / f"dialogs_{lang}.lua"
        if not f.is_file():
            continue
        for ident, text in DIALOGUE.findall(f.read_text(encoding="utf-8")):
            text = text.replace("\\'", "'").replace("’", "'").strip()
            if FISH.match(ident) and fit_text(text) and (sounds_dir(lang) / level / lang / f"{ident}.ogg").is_file():
                out[f"{level}/{ident}"] = text
    return out


#: Seconds of the recording's own floor put on both sides of it, and the fade at the file's ends.
PAD, FADE = 0.3, 0.005


#: Where a take's gate closes: this far under its loudest 5 ms.  The Dutch takes carry a baked-in reverberation
#: that decays from 35 to 65 dB under the peak over 0.5-1 s; unseen_cases.voice_span's edge (up to 50 dB under the
#: peak) would put the line's end 0.35-0.65 s into that tail, where the room every talk lays (28-34 dB under the
#: speech's RMS, itself 10-15 dB under the peak) covers it.  Gated there, the truth ends where the voice is heard.
GATE_DB = 40.0


def gated(x: np.ndarray, floor: float, rng: np.random.Generator, end_gate_db: float = GATE_DB) -> np.ndarray:
    """``x`` with everything before its first 5 ms window within :data:`GATE_DB` of its loudest, and after its last
    within ``end_gate_db``, replaced by noise at ``floor`` (10 ms cross-fades), as the asterisk prompts are gated to
    silence.  (fillets_gated_languages closes the end's gate sooner, at the voice.)"""
    import fresh_cases as fc

    if len(x) < int(0.05 * sc.RATE):  # an empty file (a few are): usable() leaves it out
        return x
    db = fc.level_db(x)  # 5 ms windows, 1 ms apart
    loud = np.flatnonzero(db > db.max() - GATE_DB)
    if not len(loud):
        return x
    last_loud = np.flatnonzero(db > db.max() - end_gate_db)[-1]
    first, last = int(loud[0]) * (sc.RATE // 1000), min(len(x), int(last_loud) * (sc.RATE // 1000) + int(0.005 * sc.RATE))
    keep = np.zeros(len(x), np.float32)
    keep[first:last] = 1.0
    fade = int(0.01 * sc.RATE)
    ramp = np.linspace(0.0, 1.0, fade, dtype=np.float32)
    a = max(0, first - fade)
    keep[a:first] = ramp[fade - (first - a):]
    b = min(len(x), last + fade)
    keep[last:b] = ramp[::-1][:b - last]
    noise = (rng.normal(size=len(x)) * floor).astype(np.float32)
    return (x * keep + noise * (1.0 - keep)).astype(np.float32)


def without_infrasound(x: np.ndarray, below_hz: float = 60.0) -> np.ndarray:
    """``x`` with everything under ``below_hz`` taken out (through the spectrum, on a ramp from 30 Hz: little
    ringing).  Six Dutch takes open with a ~120 ms thump under 20 Hz, 17-20 dB under the voice's peak, 140-450 ms
    before the voice (fillets_gated_languages reads them without it)."""
    spec = np.fft.rfft(x.astype(np.float64))
    f = np.fft.rfftfreq(len(x), 1 / sc.RATE)
    spec *= np.clip((f - 30.0) / (below_hz - 30.0), 0.0, 1.0)
    return np.fft.irfft(spec, len(x)).astype(np.float32)


def read(lang: str, name: str, end_gate_db: float = GATE_DB, drop_infrasound: bool = False) -> np.ndarray:
    """A recording at 16 kHz with :data:`PAD` s of noise at its own floor (aside_common.padded, seeded by the name) on
    both sides.  The game's files are cut tight (most Dutch ones begin with the voice in their first 10 ms): the
    pad gives new_voices.span_with_room its room, and being at the file's own level it leaves the voice span where
    unseen_cases.voice_span finds it on the file alone (digital silence would lower the floor it measures against
    and count a Czech take's room tail as voice); a :data:`FADE` s fade at the file's ends keeps the cut from
    clicking.  Before all that, the take is :func:`gated`."""
    level, ident = name.split("/")
    x = nv.decode_file(sounds_dir(lang) / level / lang / f"{ident}.ogg")
    if drop_infrasound:
        x = without_infrasound(x)
    floor = own_floor(x)  # aside_common.own_floor, of the take before its gate
    x = gated(x, floor, np.random.default_rng(zlib.crc32(f"gate:{lang}/{name}".encode())), end_gate_db)
    return padded(x, f"{lang}/{name}", PAD, FADE, floor)


@functools.lru_cache(maxsize=None)
def usable(lang: str) -> dict[str, str]:
    """The :func:`listing` lines whose file holds at least 0.5 s and whose voice has room on both sides
    (new_voices.span_with_room)."""
    out = {}
    for n, t in listing(lang).items():
        x = read(lang, n)
        if len(x) >= int((0.5 + 2 * PAD) * sc.RATE) and nv.span_with_room(x) is not None:  # a few files are empty
            out[n] = t
    return out


#: Recordings in one talk's run; the aside's runs come first in the seeded order, the dev twins' after them.
POOL_RUN = 18
ASIDE_RUNS = 4


def pool(lang: str, which: str, run: int = 0) -> dict[str, str]:
    """The ``run``-th run of :data:`POOL_RUN` usable recordings of ``lang`` in a seeded order: runs 0..3 aside,
    the dev twins' after them (never both)."""
    ok = usable(lang)
    order = sorted(ok)
    random.Random(f"aside7:fillets:{lang}").shuffle(order)
    start = (run if which == "aside" else ASIDE_RUNS + run) * POOL_RUN
    return {n: ok[n] for n in order[start:start + POOL_RUN]}


def reader(lang: str, end_gate_db: float = GATE_DB, drop_infrasound: bool = False):
    """A reader for unseen_cases.place_prompts, each recording at new_voices.LEVEL over its voice span."""
    def read_prompt(name: str, wideband: bool) -> np.ndarray:
        x = read(lang, name, end_gate_db, drop_infrasound)
        span = uc.voice_span(x)
        voice = x[span[0]:span[1]] if span else x
        return (x * (nv.LEVEL / max(float(np.sqrt(np.mean(voice.astype(np.float64) ** 2))), 1e-6))).astype(np.float32)

    return read_prompt


# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "fr": [
        "Bonsoir à tous, ce soir je vous parle du vieux moulin de notre village.",
        "Il a été construit au bord de la rivière il y a trois siècles.",
        "Pendant longtemps, tout le monde venait y moudre son blé.",
        "Puis une grande crue a emporté la roue en bois.",
        "Le moulin est resté fermé pendant presque cinquante ans.",
        "Une association de bénévoles l'a racheté pour un euro symbolique.",
        "Aujourd'hui la roue tourne de nouveau chaque dimanche.",
        "Les enfants peuvent y voir comment on faisait la farine.",
        "Merci de votre attention et bonne soirée.",
    ],
    "sv": [
        "God kväll, i kväll ska jag berätta om vår gamla järnvägsstation.",
        "Stationen öppnade när tåget kom till byn för länge sedan.",
        "Då reste folk härifrån till staden varje morgon.",
        "Efter kriget blev det allt färre resenärer.",
        "Till slut stängdes stationen och spåren revs upp.",
        "Byggnaden blev kvar och förföll sakta.",
        "Nu har en förening gjort om den till ett bibliotek.",
        "På lördagarna serveras kaffe i den gamla väntsalen.",
        "Tack för att ni kom hit i kväll.",
    ],
    "zh": [
        "大家晚上好，今天我想讲一讲我们村子里的老桥。",
        "这座桥是用石头建的，已经有三百年了。",
        "以前村里的人每天都要过桥去种地。",
        "有一年发大水，桥的一边被冲坏了。",
        "大家一起出钱出力，又把它修好了。",
        "现在桥上不能开车，只能走路。",
        "晚上很多人喜欢在桥边散步。",
        "谢谢大家今天来听我讲。",
    ],
}
#: The Chinese sentences as espeak-ng ``cmn-latn-pinyin`` is given them (aside6_languages.PINYIN's reason).
PINYIN = {
    "zh": [
        "da4 jia1 wan3 shang4 hao3, jin1 tian1 wo3 xiang3 jiang3 yi4 jiang3 wo3 men cun1 zi li3 de lao3 qiao2.",
        "zhe4 zuo4 qiao2 shi4 yong4 shi2 tou jian4 de, yi3 jing1 you3 san1 bai3 nian2 le.",
        "yi3 qian2 cun1 li3 de ren2 mei3 tian1 dou1 yao4 guo4 qiao2 qu4 zhong4 di4.",
        "you3 yi4 nian2 fa1 da4 shui3, qiao2 de yi4 bian1 bei4 chong1 huai4 le.",
        "da4 jia1 yi4 qi3 chu1 qian2 chu1 li4, you4 ba3 ta1 xiu1 hao3 le.",
        "xian4 zai4 qiao2 shang4 bu4 neng2 kai1 che1, zhi3 neng2 zou3 lu4.",
        "wan3 shang4 hen3 duo1 ren2 xi3 huan1 zai4 qiao2 bian1 san4 bu4.",
        "xie4 xie4 da4 jia1 jin1 tian1 lai2 ting1 wo3 jiang3.",
    ],
}


def _say(lang: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(PINYIN.get(lang, SENTENCES[lang]), voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(Spoilers):
    """A talk in ``lang``; the spoilers (aside_common.Spoilers) aside7_cases.spoil reads by name."""

    which: str  #: "dev" (rd21_*) or "aside" (kx_*)
    lang: str
    kind: str  #: "pauses", "tight" or "spoiled" (bench_languages' kinds)
    real: Optional[uc.RealTalk] = None  #: a talk of Fish Fillets NG's recordings of ``lang``
    recordings: list[Recording] = field(default_factory=list)  #: or synthesized voices
    room: tuple[str, float] = ("pink", 32.0)
    seed: int = 0
    run: int = 0  #: which run of the language's recordings (pool)
    kind_of_source: str = "fillets"


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (the recordings after the aside's runs)
        "rd21_nl_fillets_thuds_agc": LangSpec(d, "nl", "spoiled", R(23801, 12, snr_db=q, gap=(0.3, 1.2)),
                                              room=("pink", 30), seed=23811, thuds=2, agc=True),
        "rd21_cs_fillets_wall_rings": LangSpec(d, "cs", "spoiled", R(23802, 12, snr_db=q, gap=(0.3, 1.2)),
                                               room=("pink", 30), seed=23812, wall=True, rings=1),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside7)
        "kx_nl_fillets_dialogue": LangSpec(a, "nl", "pauses", R(23101, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("pink", 34), seed=23201, run=0),
        "kx_nl_fillets_thuds": LangSpec(a, "nl", "spoiled", R(23102, 12, snr_db=q, gap=(0.3, 1.3)),
                                        room=("murmur", 32), seed=23202, run=1, thuds=4),
        "kx_nl_fillets_wall_rings": LangSpec(a, "nl", "spoiled", R(23103, 12, snr_db=q, gap=(0.4, 1.4)),
                                             room=("pink", 30), seed=23203, run=2, wall=True, rings=2),
        "kx_nl_fillets_overdriven_tight": LangSpec(a, "nl", "tight", R(23104, 12, snr_db=q, gap=(0.05, 0.4)),
                                                   room=("fan", 30), seed=23204, run=3, drive_db=12),
        "kx_cs_fillets_dialogue": LangSpec(a, "cs", "pauses", R(23105, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("pink", 34), seed=23205, run=0),
        "kx_cs_fillets_laptop_agc": LangSpec(a, "cs", "spoiled", R(23106, 12, snr_db=q, gap=(0.4, 1.5)),
                                             room=("fan", 28), seed=23206, run=1, thin=True, agc=True),
        "kx_cs_fillets_long_silence": LangSpec(a, "cs", "spoiled", R(23107, 12, snr_db=q, gap=(0.3, 1.3)),
                                               room=("pink", 30), seed=23207, run=2, silences=1),
        "kx_cs_fillets_cheers_thuds": LangSpec(a, "cs", "spoiled", R(23108, 12, snr_db=q, gap=(0.3, 1.3)),
                                               room=("murmur", 30), seed=23208, run=3, cheers=2, thuds=2),
        "kx_fr_espeak_thin_rings": LangSpec(a, "fr", "spoiled", recordings=[
            _say("fr", [Voice(E, "fr+Auntie", 1.0), Voice(E, "fr+grandpa", 1.05)], 23109, pause=(0.3, 1.2),
                 turn=3)], room=("fan", 28), seed=23209, thin=True, rings=2),
        "kx_sv_espeak_pa_thuds": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+Edward", 1.0), Voice(E, "sv+Andrea", 1.05)], 23110, pause=(0.3, 1.2),
                 turn=3)], room=("murmur", 30), seed=23210, pa=True, thuds=3),
        "kx_zh_espeak_wall": LangSpec(a, "zh", "spoiled", recordings=[
            _say("zh", [Voice(E, "cmn-latn-pinyin+Alex", 1.0), Voice(E, "cmn-latn-pinyin+shelby", 1.05)], 23111,
                 pause=(0.3, 1.3), turn=2)], room=("pink", 30), seed=23211, wall=True),
    }


DEV_NAMES = ["rd21_nl_fillets_thuds_agc", "rd21_cs_fillets_wall_rings"]
ASIDE_NAMES = ["kx_nl_fillets_dialogue", "kx_nl_fillets_thuds", "kx_nl_fillets_wall_rings",
               "kx_nl_fillets_overdriven_tight", "kx_cs_fillets_dialogue", "kx_cs_fillets_laptop_agc",
               "kx_cs_fillets_long_silence", "kx_cs_fillets_cheers_thuds", "kx_fr_espeak_thin_rings",
               "kx_sv_espeak_pa_thuds", "kx_zh_espeak_wall"]
LANGS = "nl,cs,fr,sv,zh"  #: bench_languages' default languages for aside7
DEV_LANGS = "nl,cs"  #: ... and for dev21


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    import shutil

    import aside6_cases as a6

    spec = catalogue()[name]
    need = []
    if spec.real is not None and not available(spec.lang):
        need.append(setup(spec.lang))
    if (spec.thuds and not a7.sounds_available()) and not need:
        need.append(a7.FILLETS_SETUP)
    if (spec.music or spec.cheers) and not a6.sounds_available():
        need.append(a6.SOUNDS_SETUP)
    if (spec.crosstalk or spec.recordings) and shutil.which("espeak-ng") is None:
        need.append("apt-get install espeak-ng")
    return "; ".join(need) if need else None


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    if spec.real is not None:
        made = uc.place_prompts(spec.real, pool(spec.lang, spec.which, spec.run), reader(spec.lang))
        made.notes[0] = (made.notes[0].replace("real prompts (8 kHz WAV)", f"real {spec.lang} recordings (Fish "
                                               "Fillets NG's two actors, the game's subtitles as text)")
                         .replace(f", pink room noise at {a4.QUIET_DB:g} dB SNR", ""))
    else:
        made = sc.make_recording(spec.recordings[0])
        if spec.lang in PINYIN:
            made = written_in_characters(made, SENTENCES[spec.lang])
    floor = a4.recorded_floor(made) if spec.real is not None else 0.0  # before the sounds are laid
    made = a7.spoil(made, spec, floor)
    return uc.Built(made, notes=list(made.notes))


def used_recordings(source: str) -> dict[str, str]:
    """Every recording a talk of ``source`` ("fillets:LANG") can draw: the aside's runs and the dev twins' run."""
    lang = source.split(":")[1]
    out: dict[str, str] = {}
    for run in range(ASIDE_RUNS):
        out.update(pool(lang, "aside", run))
    out.update(pool(lang, "dev", 0))
    return out


def main() -> None:
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-texts", nargs="+", metavar="LANG", help="Whisper base's words for each Fish Fillets NG "
                    "recording a talk of LANG (nl, cs) can draw, beside its subtitle (new_voices.check_texts; source "
                    "files only, never a case)")
    a = ap.parse_args()
    if a.check_texts:
        for share, source, name, text, heard in nv.check_texts(
                [f"fillets:{lang}" for lang in a.check_texts], listing_of=used_recordings,
                read_of=lambda source, name: read(source.split(":")[1], name)):
            print(f"{share:.2f} {source} {name}: {text} || {heard}", flush=True)


if __name__ == "__main__":
    main()
