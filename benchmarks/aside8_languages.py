"""The eighth aside set's language talks (``yx_<lang>_*``) and dev twins made the same way (``rd22_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (24xxx) no case used, of recordings,
languages and spoilers no case had:

* **Tux Paint recordings no case heard** (French, Spanish, Romanian): aside6_languages.fresh_pool's runs 2-4, after
  the runs ``zx_*`` took (0 and 1), so every description said here is new material -- but the readers were heard
  before (one per language).  No Tux Paint reader no case heard is usable: the Bulgarian reader (610 texts) cuts
  the file at the voice (median 20 ms before it, 46 ms after; 9 files keep new_voices.ROOM on both sides), the
  Lithuanian and Dutch texts are one or two words.
* **Japanese** (espeak-ng ``ja``, said from kana, written in kanji and kana: a language and a script no case had),
  **Norwegian** (Bokmål: espeak-ng ``nb``, the case's language ``no``, Whisper's code) and **Malay** (espeak-ng;
  languages no case had), **Swedish** with espeak-ng variants no case used;
  sentences written here, segment truth only.
* aside8_cases' spoilers: a train carriage, a cafe, a telephone ringing over the speech, a gain control that pumps
  hard; and a voice under the speaker in English.

**What is not new**: the Tux Paint readers; Swedish (other voices); espeak-ng itself.  Festival's Marathi and
Telugu were in ``qx_*``; the Fish Fillets actors' takes were left out (their end truth was in doubt last round).

``yx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside8``).  ``rd22_*``
is dev (``--set dev22``).

    apt-get install espeak-ng
    apt-get download tuxpaint-stamps-default     # unpacked into benchmarks/out/debs (new_voices.py)
    .venv/bin/python benchmarks/cases.py --aside8 --check
    .venv/bin/python benchmarks/aside8_languages.py --check-texts fr es ro   # Whisper base vs each fresh text
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import aside4_cases as a4
import aside6_languages as a6l
import aside8_cases as a8
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import Spoilers, language_needs, lines_talk, ready_spec, tux_talk, written_in_characters
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "sv": [
        "Hej allihop, i dag ska jag prata om vår gamla hamn.",
        "Förr i tiden låg fiskebåtarna här tätt intill varandra.",
        "Varje morgon sålde fiskarna sin fångst direkt på kajen.",
        "Sedan byggdes en ny hamn längre söderut.",
        "De gamla magasinen stod tomma i många år.",
        "Nu har kommunen gjort om dem till ateljéer och små butiker.",
        "På sommaren kommer det båtar från hela kusten.",
        "Det finns också ett litet museum om sjöfartens historia.",
        "Tack för att ni lyssnade.",
    ],
    "no": [
        "God kveld, i kveld vil jeg fortelle om skogen bak skolen vår.",
        "Der vokser det gran, bjørk og noen gamle furutrær.",
        "Om høsten plukker barna sopp og blåbær.",
        "For noen år siden ble en del av skogen hogd.",
        "Foreldrene samlet inn penger og plantet nye trær.",
        "Nå går det en sti rundt hele området.",
        "Om vinteren går mange på ski der etter skoletid.",
        "Vi håper skogen får stå i fred i mange år.",
        "Takk for at dere hørte på.",
    ],
    "ms": [
        "Selamat petang semua, hari ini saya mahu bercerita tentang pasar malam di kampung kami.",
        "Pasar malam ini dibuka setiap hari Rabu.",
        "Ramai penjual datang dari kampung yang berdekatan.",
        "Mereka menjual sayur, buah-buahan dan kuih tradisional.",
        "Dulu pasar ini sangat kecil dan hanya ada sepuluh gerai.",
        "Sekarang ada lebih daripada seratus gerai di sini.",
        "Orang muda suka datang untuk makan bersama kawan-kawan.",
        "Pasar ini menjadi tempat semua orang berjumpa.",
        "Terima kasih kerana mendengar.",
    ],
    "ja": [
        "みなさん、こんばんは。",
        "今日は町の古い駅について話します。",
        "この駅は百年前に建てられました。",
        "昔は毎朝たくさんの人が電車に乗りました。",
        "十年前に駅は一度閉まりました。",
        "町の人たちがお金を集めて、駅を直しました。",
        "今では小さな図書館とカフェがあります。",
        "週末には子供たちが本を読みに来ます。",
        "聞いてくださって、ありがとうございました。",
    ],
}
#: The dev twin's Swedish (never an aside sentence).
DEV_SENTENCES = {
    "sv": [
        "Välkomna hit i kväll.",
        "Jag heter Anna och jobbar på biblioteket.",
        "Vi har fått många nya böcker i år.",
        "Barnen tycker mest om serietidningarna.",
        "Kom gärna förbi och låna något.",
    ],
}
#: The Japanese sentences as espeak-ng ``ja`` is given them: in kana (it reads no kanji), the topic particle は
#: written わ as it is said (espeak-ng would say "ha"); the transcript keeps :data:`SENTENCES`.
KANA = {
    "ja": [
        "みなさん、こんばんわ。",
        "きょうわ まちの ふるい えきに ついて はなします。",
        "この えきわ ひゃくねん まえに たてられました。",
        "むかしわ まいあさ たくさんの ひとが でんしゃに のりました。",
        "じゅうねん まえに えきわ いちど しまりました。",
        "まちの ひとたちが おかねを あつめて、えきを なおしました。",
        "いまでわ ちいさな としょかんと カフェが あります。",
        "しゅうまつにわ こどもたちが ほんを よみに きます。",
        "きいて くださって、ありがとう ございました。",
    ],
}


def said(lang: str, which: str) -> list[str]:
    """What espeak-ng is given for a talk of ``lang``."""
    if which == "dev":
        return DEV_SENTENCES[lang]
    return KANA.get(lang, SENTENCES[lang])


def _say(lang: str, voices: list[Voice], seed: int, which: str = "aside", **kw) -> Recording:
    return lines_talk(said(lang, which), voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(Spoilers):
    """A talk in ``lang``; the spoilers (aside_common.Spoilers) aside8_cases.spoil reads by name
    (aside9_languages.LangSpec adds a transformed reader)."""

    which: str  #: "dev" (rd22_*, rd26_*) or "aside" (yx_*, px_*)
    lang: str
    kind: str  #: "pauses", "tight" or "spoiled" (bench_languages' kinds)
    real: Optional[uc.RealTalk] = None  #: a talk of Tux Paint's recordings of ``lang``
    recordings: list[Recording] = field(default_factory=list)  #: or synthesized voices
    room: tuple[str, float] = ("pink", 32.0)
    seed: int = 0
    part: int = 0  #: which run of a Tux Paint language's fresh recordings (aside6_languages.fresh_pool)


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (Tux Paint's French dev pool; Swedish dev sentences)
        "rd22_fr_tux_train_pump": LangSpec(d, "fr", "spoiled", R(24801, 10, snr_db=q, gap=(0.3, 1.2)),
                                           room=("pink", 30), seed=24811, train=10, pump=True),
        "rd22_sv_espeak_cafe_rings": LangSpec(d, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+Iven", 1.0), Voice(E, "sv+grandma", 1.05)], 24802, d, pause=(0.3, 1.2),
                 turn=2)], room=("murmur", 30), seed=24812, cafe=10, rings_over=1),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside8)
        "yx_fr_tux_fresh3_quiet": LangSpec(a, "fr", "pauses", R(24101, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("pink", 34), seed=24201, part=2),
        "yx_fr_tux_fresh4_train": LangSpec(a, "fr", "spoiled", R(24102, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("pink", 30), seed=24202, part=3, train=10),
        "yx_fr_tux_fresh5_pump_tight": LangSpec(a, "fr", "tight", R(24103, 12, snr_db=q, gap=(0.05, 0.4)),
                                                room=("fan", 28), seed=24203, part=4, pump=True),
        "yx_es_tux_fresh3_rings_over": LangSpec(a, "es", "spoiled", R(24104, 12, snr_db=q, gap=(0.3, 1.3)),
                                                room=("pink", 32), seed=24204, part=2, rings_over=3),
        "yx_ro_tux_fresh3_cafe": LangSpec(a, "ro", "spoiled", R(24105, 12, snr_db=q, gap=(0.3, 1.3)),
                                          room=("murmur", 30), seed=24205, part=2, cafe=9),
        "yx_sv_espeak_train": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+Gene", 1.0), Voice(E, "sv+Linda", 1.05)], 24106, pause=(0.3, 1.2), turn=3)],
            room=("pink", 30), seed=24206, train=10),
        "yx_no_espeak_pump": LangSpec(a, "no", "spoiled", recordings=[
            _say("no", [Voice(E, "nb+Michael", 1.0), Voice(E, "nb+female5", 1.05)], 24107, pause=(0.3, 1.2),
                 turn=3)], room=("fan", 28), seed=24207, pump=True),
        "yx_ms_espeak_cafe": LangSpec(a, "ms", "spoiled", recordings=[
            _say("ms", [Voice(E, "ms+Iven2", 1.0), Voice(E, "ms+Annie", 1.05)], 24108, pause=(0.3, 1.2), turn=3)],
            room=("murmur", 30), seed=24208, cafe=10),
        "yx_ja_espeak_rings_over": LangSpec(a, "ja", "spoiled", recordings=[
            _say("ja", [Voice(E, "ja", 1.0), Voice(E, "ja+f4", 1.05)], 24109, pause=(0.3, 1.3), turn=3)],
            room=("pink", 32), seed=24209, rings_over=2),
        "yx_ms_espeak_voice_under_tight": LangSpec(a, "ms", "tight", recordings=[
            _say("ms", [Voice(E, "ms+Zac", 1.15), Voice(E, "ms+female3", 1.2)], 24110, pause=(0.05, 0.4),
                 turn=2)], room=("pink", 32), seed=24210, crosstalk=("en-us+Gene2", 12)),
    }


DEV_NAMES = ["rd22_fr_tux_train_pump", "rd22_sv_espeak_cafe_rings"]
ASIDE_NAMES = ["yx_fr_tux_fresh3_quiet", "yx_fr_tux_fresh4_train", "yx_fr_tux_fresh5_pump_tight",
               "yx_es_tux_fresh3_rings_over", "yx_ro_tux_fresh3_cafe", "yx_sv_espeak_train", "yx_no_espeak_pump",
               "yx_ms_espeak_cafe", "yx_ja_espeak_rings_over", "yx_ms_espeak_voice_under_tight"]
LANGS = "fr,es,ro,sv,no,ms,ja"  #: bench_languages' default languages for aside8
DEV_LANGS = "fr,sv"  #: ... and for dev22


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    spec = catalogue()[name]
    return language_needs(spec, (bool(spec.cafe) and len(uc.babble_pool()) < 20,
                                 f"apt-get install {uc.BABBLE_PACKAGES}"))


#: Recordings whose reader says less than the stamp's text, with the words said (``--check-texts``; read from the
#: voice span's length and Whisper base's words): the pigface's reader says "Une fleur hawaïenne" in 0.97 s and
#: stops; the Latin name ("Carpobrotus glaucescens") is not said (Whisper base hears nothing of it, in its group
#: or alone).  The transcript line is the words said; the recording, its place and its voice span are unchanged.
SAID: dict[str, dict[str, str]] = {"tux:fr": {"plants/flowers/pigface": "Une fleur hawaïenne."}}


def pool(spec: LangSpec) -> dict[str, str]:
    """The Tux Paint recordings a real talk draws: a fresh run no case used (aside) or the dev pool (dev), each
    with the words said (:data:`SAID` where the stamp's text says more)."""
    source = f"tux:{spec.lang}"
    drawn = a6l.fresh_pool(source, spec.part) if spec.which == "aside" else nv.pool(source, "dev")
    return {n: SAID.get(source, {}).get(n, t) for n, t in drawn.items()}


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    if spec.real is not None:
        made = tux_talk(spec, pool(spec), nv.reader(f"tux:{spec.lang}"))
    else:
        made = sc.make_recording(spec.recordings[0])
        if spec.lang in KANA:
            made = written_in_characters(made, SENTENCES[spec.lang])
            made.notes[-1] = "said from kana (espeak-ng ja reads no kanji); the transcript writes kanji and kana"
    floor = a4.recorded_floor(made) if spec.real is not None else 0.0  # before the sounds are laid
    made = a8.spoil(made, spec, floor)
    return uc.Built(made, notes=list(made.notes))


def fresh_recordings(source: str) -> dict[str, str]:
    """Every fresh recording an aside talk of ``source`` draws (its parts in :func:`catalogue`)."""
    lang = source.split(":")[1]
    out: dict[str, str] = {}
    for spec in catalogue().values():
        if spec.real is not None and spec.lang == lang and spec.which == "aside":
            out.update(a6l.fresh_pool(source, spec.part))
    return out


def main() -> None:
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-texts", nargs="+", metavar="LANG", help="Whisper base's words for each fresh Tux Paint "
                    "recording a talk of LANG draws, beside its text (new_voices.check_texts; source files only, "
                    "never a case)")
    a = ap.parse_args()
    if a.check_texts:
        for share, source, name, text, heard in nv.check_texts([f"tux:{lang}" for lang in a.check_texts],
                                                               listing_of=fresh_recordings):
            print(f"{share:.2f} {source} {name}: {text} || {heard}", flush=True)


if __name__ == "__main__":
    main()
