"""Language talks of the forty-sixth aside set (``yy_<lang>_*``, seeds 146xxx), dev twins ``rd89_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``xy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half). Three are espeak-ng on lines written below, in
languages no set had at all: a bank's line in Uzbek (two voices in turns, the Latin script with its oʻ and gʻ
written with the turned comma, and the apostrophe of maʼlumot), a town council's line in Maori (long vowels marked
with macrons, the digraph ng) and a city council's hotline in Cantonese (traditional characters with no spaces
between words, and the spoken forms 唔, 嘅; espeak-ng reads them in Jyutping; the sets' Chinese was Mandarin).  Of
the languages Whisper and espeak-ng both know, Cantonese is the last aeneas's espeak-ng table has that no set had;
Uzbek and Maori it lacks (as it lacked Kazakh), so the peer runs on the Cantonese and the real talks only.  The dev
twin is a Turkmen post office's line (the Latin script with ç, ň, ş, ý, ž, ä), a
language no set had either.  Over them go aside46_cases' spoilers (the chair's gas lift, the tape measure, the
pencil sharpener, the rotary telephone); a talk given a container (G.726 in an AVI, ALAC in a QuickTime movie) is
kept as the WAV decoded from it, which is what bench_languages.py reads.

``bench_languages.py --set aside46`` is the lead's alone; ``--set dev89`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside46_cases as a46
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a bank's line, two voices in turns
    "uz": [
        "Bankimizning maʼlumot xizmatiga xush kelibsiz.",
        "Hisobingiz haqida bilish uchun birni bosing.",
        "Kredit boʻyicha savollar uchun ikkini bosing.",
        "Bank boʻlimlari dushanbadan jumagacha ishlaydi.",
        "Kartangizni yoʻqotgan boʻlsangiz, uchni bosing.",
        "Iltimos, operator javobini kuting.",
        "Qoʻngʻirogʻingiz biz uchun juda muhim.",
        "Qoʻngʻiroq qilganingiz uchun rahmat.",
    ],
    # a town council's line
    "mi": [
        "Tēnā koe, nau mai ki te tari o te kaunihera.",
        "Mō ngā take rēti, pēhia te tahi.",
        "Mō ngā take wai, pēhia te rua.",
        "Kei te tuwhera te tari i ia rā o te wiki mahi.",
        "Ka hui te kaunihera ā te Rātū.",
        "Tēnā, taihoa koa.",
        "Ka nui te mihi ki a koe mō tō waea mai.",
        "Hei konā mai.",
    ],
    # a city council's hotline (Cantonese as it is spoken, in traditional characters)
    "yue": [
        "歡迎致電市政府熱線。",
        "查詢差餉，請按一字。",
        "查詢垃圾收集，請按二字。",
        "辦事處星期一至五開放。",
        "圖書館朝早九點開門。",
        "請唔好收線，稍後為你接駁。",
        "多謝你嘅來電。",
        "祝你有美好嘅一日。",
    ],
    # the Turkmen dev twin's lines (a post office)
    "tk_dev": [
        "Poçta bölümine hoş geldiňiz.",
        "Bukjaňyzy yzarlamak üçin biri basyň.",
        "Poçta bölümi duşenbeden şenbä çenli açykdyr.",
        "Hat ibermek üçin ikini basyň.",
        "Haýyş edýäris, garaşyň.",
        "Jaň edeniňiz üçin sag boluň.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a46.FortySixthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside46_cases.FortySixthSpoilers; ``codec``: aside46_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "uz+m2@0.95"
    return {
        # ---- development twins (the French dev prompts; Turkmen dev sentences)
        "rd89_fr_real_gaslift_measure": LangSpec(d, "fr", "spoiled", R(146801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                       long_pauses=0.3),
                                                 room=("murmur", 32), seed=146811, gaslift=1, measure=1),
        "rd89_tk_espeak_two_speakers_sharpener_dial_mov": LangSpec(d, "tk", "spoiled", recordings=[
            espeak_lines_talk(S["tk_dev"], ["tk+m2", "tk+f4@0.95"], 146802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=146812, sharpener=1, dial=1, codec="mov"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside46)
        "yy_fr_real_measure_avi": LangSpec(a, "fr", "spoiled", R(146101, 12, snr_db=q, gap=(0.4, 1.4)),
                                           room=("murmur", 30), seed=146201, measure=2, codec="avi"),
        "yy_es_real_gaslift": LangSpec(a, "es", "spoiled", R(146102, 12, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 36), seed=146202, gaslift=2),
        "yy_it_real_sharpener": LangSpec(a, "it", "spoiled", R(146103, 12, snr_db=q, gap=(0.5, 1.5),
                                                               long_pauses=0.3),
                                         room=("pink", 34), seed=146203, sharpener=2),
        "yy_ru_real_dial_mov": LangSpec(a, "ru", "spoiled", R(146104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                        room=("fan", 34), seed=146204, dial=2, codec="mov"),
        "yy_uz_espeak_two_speakers_gaslift_measure": LangSpec(a, "uz", "spoiled", recordings=[
            espeak_lines_talk(S["uz"], ["uz+m3", "uz+f2@0.95"], 146105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=146205, gaslift=1, measure=2),
        "yy_mi_espeak_sharpener": LangSpec(a, "mi", "spoiled", recordings=[
            espeak_lines_talk(S["mi"], ["mi+m1@0.95"], 146106, pause=(0.4, 1.3))], room=("pink", 34), seed=146206,
            sharpener=2),
        "yy_yue_espeak_dial": LangSpec(a, "yue", "spoiled", recordings=[
            espeak_lines_talk(S["yue"], ["yue+f3"], 146107, pause=(0.4, 1.3))], room=("pink", 36), seed=146207,
            dial=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd89_fr_real_gaslift_measure", "rd89_tk_espeak_two_speakers_sharpener_dial_mov"],
         "aside": ["yy_fr_real_measure_avi", "yy_es_real_gaslift", "yy_it_real_sharpener", "yy_ru_real_dial_mov",
                   "yy_uz_espeak_two_speakers_gaslift_measure", "yy_mi_espeak_sharpener", "yy_yue_espeak_dial"]}
LANGS = "fr,es,it,ru,uz,mi,yue"  #: bench_languages' default languages for aside46
DEV_LANGS = "fr,tk"  #: ... and for dev89


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a46)
