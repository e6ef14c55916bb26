"""Language talks of the forty-seventh aside set (``zy_<lang>_*``, seeds 148xxx), dev twins ``rd90_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``yy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half). Three are espeak-ng on lines written below, in
languages no set had at all: a library's line in Luxembourgish (two voices in turns; the umlauts ä, ë, é and the
n-rule's dropped n, "mir sinn" beside "Dir hutt"), a health centre's line in Haitian Creole (the Latin script with è
and ò, the nasal "an", "en", "on" and the particles pou, nan, ki) and a gas company's line in Bashkir (Cyrillic with
ҙ, ҫ and ҡ, letters no set's sentences had, beside the ә, ө, ү, ң, һ Kazakh and Tatar share).  Of the languages Whisper and espeak-ng both know, these three, Hawaiian,
Sindhi and Thai were the last no set had; aeneas's espeak-ng table has none of the three (as it lacked Uzbek and
Maori), so the peer runs on the real talks only.  The dev twin is a Hawaiian tour office's line (the ʻokina and the
kahakō over long vowels), a language no set had either.  Over them go aside47_cases' spoilers (the Zippo, the
curtain, the toaster, the bicycle wheel); a talk given a container (MP2 in an AVI, WavPack in Matroska) is kept as
the WAV decoded from it, which is what bench_languages.py reads.

``bench_languages.py --set aside47`` is the lead's alone; ``--set dev90`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside47_cases as a47
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a library's line, two voices in turns
    "lb": [
        "Moien, Dir sidd mat der Bibliothéik verbonnen.",
        "Fir e Buch ze verlängeren, dréckt w.e.g. op d'Eent.",
        "Fir eis Ëffnungszäiten, dréckt op d'Zwee.",
        "D'Bibliothéik ass vu méindes bis samschdes op.",
        "Mir sinn am Moment all beschäftegt.",
        "Bleift w.e.g. um Apparat.",
        "Dir hutt Är Bicher bis den Enn vum Mount.",
        "Merci fir Ären Uruff, bis geschwënn.",
    ],
    # a health centre's line
    "ht": [
        "Bonjou, ou rive nan sant sante a.",
        "Pou pran yon randevou, peze en.",
        "Pou pale ak yon enfimyè, peze de.",
        "Sant la louvri depi lendi rive vandredi.",
        "Tanpri, pa rakwoche, n ap reponn ou talè.",
        "Si se yon ijans, rele anbilans lan kounye a.",
        "Mèsi paske ou rele nou.",
        "Pase yon bon jounen.",
    ],
    # a gas company's line
    "ba": [
        "Газ хеҙмәтенә шылтыратыуығыҙ өсөн рәхмәт.",
        "Түләү тураһында белер өсөн берҙе баҫығыҙ.",
        "Газ еҫе һиҙһәгеҙ, шунда уҡ икене баҫығыҙ.",
        "Хеҙмәт дүшәмбенән йомаға тиклем эшләй.",
        "Зинһар, көтөп тороғоҙ.",
        "Һеҙҙең шылтыратыуығыҙ беҙҙең өсөн мөһим.",
        "Һау булығыҙ.",
        "Яҡшы көн теләйбеҙ.",
    ],
    # the Hawaiian dev twin's lines (a tour office)
    "haw_dev": [
        "Aloha, ua hiki mai ʻoe i ke keʻena huakaʻi.",
        "No nā huakaʻi moku, e kaomi i ka helu ʻekahi.",
        "Ua wehe ʻia ke keʻena i kēlā me kēia lā.",
        "E kali iki, e ʻoluʻolu.",
        "Mahalo nui no kou kelepona ʻana mai.",
        "A hui hou aku.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a47.FortySeventhSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside47_cases.FortySeventhSpoilers; ``codec``: aside47_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "lb+m2@0.95"
    return {
        # ---- development twins (the French dev prompts; Hawaiian dev sentences)
        "rd90_fr_real_lighter_toaster": LangSpec(d, "fr", "spoiled", R(148801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                       long_pauses=0.3),
                                                 room=("murmur", 32), seed=148811, lighter=1, toaster=1),
        "rd90_haw_espeak_two_speakers_curtain_freewheel_mkv": LangSpec(d, "haw", "spoiled", recordings=[
            espeak_lines_talk(S["haw_dev"], ["haw+m3", "haw+f2@0.95"], 148802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=148812, curtain=1, freewheel=1, codec="mkv"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside47)
        "zy_fr_real_toaster_avi": LangSpec(a, "fr", "spoiled", R(148101, 12, snr_db=q, gap=(0.4, 1.4)),
                                           room=("murmur", 30), seed=148201, toaster=2, codec="avi"),
        "zy_es_real_lighter": LangSpec(a, "es", "spoiled", R(148102, 12, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 36), seed=148202, lighter=2),
        "zy_it_real_curtain": LangSpec(a, "it", "spoiled", R(148103, 12, snr_db=q, gap=(0.5, 1.5),
                                                             long_pauses=0.3),
                                       room=("pink", 34), seed=148203, curtain=2),
        "zy_ru_real_freewheel_mkv": LangSpec(a, "ru", "spoiled", R(148104, 12, wideband=True, snr_db=q,
                                                                   gap=(0.4, 1.4)),
                                             room=("fan", 34), seed=148204, freewheel=2, codec="mkv"),
        "zy_lb_espeak_two_speakers_lighter_toaster": LangSpec(a, "lb", "spoiled", recordings=[
            espeak_lines_talk(S["lb"], ["lb+m4", "lb+f3@0.95"], 148105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=148205, lighter=1, toaster=2),
        "zy_ht_espeak_curtain": LangSpec(a, "ht", "spoiled", recordings=[
            espeak_lines_talk(S["ht"], ["ht+m1@0.95"], 148106, pause=(0.4, 1.3))], room=("pink", 34), seed=148206,
            curtain=2),
        "zy_ba_espeak_freewheel": LangSpec(a, "ba", "spoiled", recordings=[
            espeak_lines_talk(S["ba"], ["ba+f1"], 148107, pause=(0.4, 1.3))], room=("pink", 36), seed=148207,
            freewheel=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd90_fr_real_lighter_toaster", "rd90_haw_espeak_two_speakers_curtain_freewheel_mkv"],
         "aside": ["zy_fr_real_toaster_avi", "zy_es_real_lighter", "zy_it_real_curtain", "zy_ru_real_freewheel_mkv",
                   "zy_lb_espeak_two_speakers_lighter_toaster", "zy_ht_espeak_curtain", "zy_ba_espeak_freewheel"]}
LANGS = "fr,es,it,ru,lb,ht,ba"  #: bench_languages' default languages for aside47
DEV_LANGS = "fr,haw"  #: ... and for dev90


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a47)
