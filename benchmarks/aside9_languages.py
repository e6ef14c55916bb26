"""The ninth aside set's language talks (``px_<lang>_*``) and dev twins made the same way (``rd26_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (27xxx) no case used, of recordings,
voices and spoilers no case had:

* **Tux Paint recordings no case used** (French and Spanish): aside6_languages.fresh_pool's runs 5-7, after the runs
  ``zx_*`` and ``yx_*`` took (0-4).  The readers were heard before, so three of the talks **transform them into other
  speakers** (aside9_cases.shifted: sox ``pitch`` moves the pitch and the formants together, sox ``tempo`` makes a
  slower or faster reader).  Transformed, not new people.
* **Arabic** (espeak-ng ``ar``: a right-to-left language and script no case had), **German** and **Italian** with
  espeak-ng variants no case used, **Swedish** with variants no case used, and **Mandarin** said from pinyin
  (written in characters; new sentences); all written here, segment truth only.
* aside9_cases' spoilers: mains hum with harmonics, a siren passing over a line, an AMR-NB phone codec, Opus at
  6 kb/s, a long room (RT60 1.2-1.3 s) on real recordings.  A language talk through a codec is stored as the WAV the
  aligner decodes from it (bench_languages.py reads ``audio.wav``).

**What is not new**: the Tux Paint readers (transformed or not); Swedish, German, Chinese and espeak-ng itself.

``px_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside9``).  ``rd26_*``
is dev (``--set dev26``).

    apt-get install espeak-ng sox
    apt-get download tuxpaint-stamps-default     # unpacked into benchmarks/out/debs (new_voices.py)
    .venv/bin/python benchmarks/cases.py --aside9 --check
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside8_languages as a8l
import aside9_cases as a9
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import language_needs, lines_talk, ready_spec, tux_talk, written_in_characters
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "sv": [
        "God kväll, i kväll vill jag berätta om vår gamla skidbacke.",
        "Backen byggdes av några entusiaster på femtiotalet.",
        "Då fanns det bara en enkel lift och en liten stuga.",
        "Varje vinter kom familjer från hela länet hit.",
        "Under nittiotalet var det nästan ingen snö alls.",
        "Nu har föreningen köpt en ny snökanon.",
        "Barnen lär sig åka i en särskild backe nära stugan.",
        "I år hoppas vi på en lång och kall vinter.",
        "Tack så mycket för att ni kom.",
    ],
    "de": [
        "Guten Abend, heute erzähle ich Ihnen von unserem alten Bahnhof.",
        "Der Bahnhof wurde vor über hundert Jahren gebaut.",
        "Früher hielten hier jeden Tag viele Züge.",
        "Vor zwanzig Jahren wurde die Strecke stillgelegt.",
        "Danach stand das Gebäude lange leer.",
        "Ein Verein hat es vor fünf Jahren gekauft und renoviert.",
        "Heute gibt es dort ein kleines Café und eine Werkstatt für Fahrräder.",
        "Am Wochenende kommen viele Familien mit ihren Kindern.",
        "Vielen Dank für Ihre Aufmerksamkeit.",
    ],
    "it": [
        "Buonasera a tutti, stasera vi parlo del mercato coperto della nostra città.",
        "Il mercato è stato costruito alla fine dell'Ottocento.",
        "Per molti anni era il centro della vita del quartiere.",
        "Poi sono arrivati i supermercati e molti banchi hanno chiuso.",
        "Dieci anni fa il comune ha deciso di restaurarlo.",
        "Oggi ci sono di nuovo frutta, pesce e formaggi locali.",
        "Il sabato mattina c'è anche un piccolo concerto.",
        "Speriamo che il mercato resti aperto ancora per molto tempo.",
        "Grazie per l'attenzione.",
    ],
    "ar": [
        "مساء الخير جميعا، سأتحدث اليوم عن السوق القديم في مدينتنا.",
        "بني هذا السوق قبل مئتي سنة تقريبا.",
        "كان التجار يأتون إليه من القرى القريبة كل صباح.",
        "كانوا يبيعون القماش والتوابل والفواكه.",
        "قبل عشر سنوات أصلحت البلدية السقف والأبواب.",
        "الآن يزور السوق كثير من السياح في الصيف.",
        "في المساء يجلس الناس في المقاهي الصغيرة.",
        "نتمنى أن يبقى السوق جميلا كما هو.",
        "شكرا لكم على الاستماع.",
    ],
    "zh": [
        "大家晚上好，今天我想讲一讲我们小区的菜市场。",
        "这个菜市场已经有三十多年了。",
        "以前每天早上都有很多人来买菜。",
        "后来附近开了两家大超市。",
        "菜市场的人就越来越少了。",
        "去年市场重新装修了一次。",
        "现在这里又干净又热闹。",
        "周末还有很多年轻人来买水果。",
        "谢谢大家。",
    ],
}
#: The Mandarin sentences as espeak-ng ``cmn-latn-pinyin`` is given them (aside6_languages.PINYIN says why); the
#: transcript keeps :data:`SENTENCES`.
PINYIN = {
    "zh": [
        "da4 jia1 wan3 shang4 hao3, jin1 tian1 wo3 xiang3 jiang3 yi4 jiang3 wo3 men xiao3 qu1 de cai4 shi4 chang3.",
        "zhe4 ge4 cai4 shi4 chang3 yi3 jing1 you3 san1 shi2 duo1 nian2 le.",
        "yi3 qian2 mei3 tian1 zao3 shang4 dou1 you3 hen3 duo1 ren2 lai2 mai3 cai4.",
        "hou4 lai2 fu4 jin4 kai1 le liang3 jia1 da4 chao1 shi4.",
        "cai4 shi4 chang3 de ren2 jiu4 yue4 lai2 yue4 shao3 le.",
        "qu4 nian2 shi4 chang3 chong2 xin1 zhuang1 xiu1 le yi2 ci4.",
        "xian4 zai4 zhe4 li3 you4 gan1 jing4 you4 re4 nao4.",
        "zhou1 mo4 hai2 you3 hen3 duo1 nian2 qing1 ren2 lai2 mai3 shui3 guo3.",
        "xie4 xie4 da4 jia1.",
    ],
}
#: The dev twin's Swedish (never an aside sentence).
DEV_SENTENCES = {
    "sv": [
        "Hej och välkomna till kvällens möte.",
        "Först ska vi prata om den nya cykelbanan.",
        "Arbetet börjar redan i april.",
        "Sedan har vi några frågor från grannarna.",
        "Vi avslutar med kaffe och bullar.",
    ],
}


def said(lang: str, which: str) -> list[str]:
    """What espeak-ng is given for a talk of ``lang``."""
    if which == "dev":
        return DEV_SENTENCES[lang]
    return PINYIN.get(lang, SENTENCES[lang])


def _say(lang: str, voices: list[Voice], seed: int, which: str = "aside", **kw) -> Recording:
    return lines_talk(said(lang, which), voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a8l.LangSpec):
    """aside8_languages' talk in ``lang`` (its spoilers, aside_common.Spoilers, read by name; ``codec``: stored as the
    WAV decoded from it), with the Tux Paint reader transformed into another speaker."""

    shift: a9.Shift = a9.Shift()


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    S = a9.Shift
    return {
        # ---- development twins (Tux Paint's French dev pool; Swedish dev sentences)
        "rd26_fr_tux_shifted_hall": LangSpec(d, "fr", "spoiled", R(27801, 8, snr_db=q, gap=(0.3, 1.2), rt60=1.2),
                                             room=("pink", 32), seed=27811, shift=S(-300, 0.9)),
        "rd26_sv_espeak_siren_amr": LangSpec(d, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+max", 1.0), Voice(E, "sv+belinda", 1.05)], 27802, d, pause=(0.3, 1.2),
                 turn=2)], room=("pink", 32), seed=27812, sirens=1, codec="amr"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside9)
        "px_fr_tux_fresh6_lower": LangSpec(a, "fr", "pauses", R(27101, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("pink", 34), seed=27201, part=5, shift=S(-350)),
        "px_fr_tux_fresh7_long_hall": LangSpec(a, "fr", "spoiled", R(27102, 12, snr_db=q, gap=(0.4, 1.5), rt60=1.3),
                                               room=("pink", 32), seed=27202, part=6),
        "px_fr_tux_fresh8_faster_tight": LangSpec(a, "fr", "tight", R(27103, 12, snr_db=q, gap=(0.05, 0.4)),
                                                  room=("fan", 30), seed=27203, part=7, shift=S(250, 1.2)),
        "px_es_tux_fresh6_amr": LangSpec(a, "es", "spoiled", R(27104, 12, snr_db=q, gap=(0.3, 1.3)),
                                         room=("pink", 30), seed=27204, part=5, codec="amr"),
        "px_es_tux_fresh7_shifted_hum": LangSpec(a, "es", "spoiled", R(27105, 12, snr_db=q, gap=(0.3, 1.3)),
                                                 room=("pink", 32), seed=27205, part=6, shift=S(-250, 0.9),
                                                 hum_db=14),
        "px_sv_espeak_hum": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+robert", 1.0), Voice(E, "sv+aunty", 1.05)], 27106, pause=(0.3, 1.2), turn=3)],
            room=("pink", 32), seed=27206, hum_db=12),
        "px_de_espeak_siren": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+john", 1.0), Voice(E, "de+f2", 1.05)], 27107, pause=(0.3, 1.2), turn=3)],
            room=("pink", 32), seed=27207, sirens=2),
        "px_it_espeak_opus": LangSpec(a, "it", "spoiled", recordings=[
            _say("it", [Voice(E, "it+sandro", 1.0), Voice(E, "it+f5", 1.05)], 27108, pause=(0.3, 1.2), turn=3)],
            room=("fan", 30), seed=27208, codec="opus6"),
        "px_zh_espeak_hall": LangSpec(a, "zh", "spoiled", recordings=[
            _say("zh", [Voice(E, "cmn-latn-pinyin+m7", 1.0), Voice(E, "cmn-latn-pinyin+f5", 1.05)], 27109,
                 pause=(0.3, 1.3), turn=3, rt60=1.2)], room=("pink", 34), seed=27209),
        "px_ar_espeak_hum": LangSpec(a, "ar", "spoiled", recordings=[
            _say("ar", [Voice(E, "ar", 1.0), Voice(E, "ar+f4", 1.05)], 27110, pause=(0.3, 1.2), turn=3)],
            room=("pink", 32), seed=27210, hum_db=14),
        "px_de_espeak_tight_amr": LangSpec(a, "de", "tight", recordings=[
            _say("de", [Voice(E, "de+Diogo", 1.1), Voice(E, "de+m7", 1.15)], 27111, pause=(0.05, 0.4), turn=2)],
            room=("pink", 32), seed=27211, codec="amr"),
    }


DEV_NAMES = ["rd26_fr_tux_shifted_hall", "rd26_sv_espeak_siren_amr"]
ASIDE_NAMES = ["px_fr_tux_fresh6_lower", "px_fr_tux_fresh7_long_hall", "px_fr_tux_fresh8_faster_tight",
               "px_es_tux_fresh6_amr", "px_es_tux_fresh7_shifted_hum", "px_sv_espeak_hum", "px_de_espeak_siren",
               "px_it_espeak_opus", "px_zh_espeak_hall", "px_ar_espeak_hum", "px_de_espeak_tight_amr"]
LANGS = "fr,es,sv,de,it,zh,ar"  #: bench_languages' default languages for aside9
DEV_LANGS = "fr,sv"  #: ... and for dev26


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    return language_needs(catalogue()[name], (shutil.which("sox") is None, "apt-get install sox"))


def shifted_reader(source: str, shift: a9.Shift):
    """new_voices.reader's recordings, each transformed (aside9_cases.shifted) when ``shift`` is one."""
    read = nv.reader(source)
    return lambda name, wideband: a9.shifted(read(name, wideband), shift, f"{source}:{name}")


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    if spec.real is not None:
        made = tux_talk(spec, a8l.pool(spec), shifted_reader(f"tux:{spec.lang}", spec.shift))
        if spec.shift != a9.Shift():
            made.notes.append(f"the reader transformed into another speaker ({spec.shift.describe()}): not a new "
                              "person; truth is each transformed recording's voice span")
    else:
        made = sc.make_recording(spec.recordings[0])
        if spec.lang in PINYIN:
            made = written_in_characters(made, SENTENCES[spec.lang])
    floor = a4.recorded_floor(made) if spec.real is not None else 0.0  # before the sounds are laid
    made = a9.spoil(made, spec, floor)
    if spec.codec:
        made = a9.decoded_through(made, spec.codec)
    return uc.Built(made, notes=list(made.notes))
