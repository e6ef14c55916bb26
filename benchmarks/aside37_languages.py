"""Language talks of the thirty-seventh aside set (``py_<lang>_*``, seeds 128xxx), dev twins ``rd80_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``oy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages no aside set had: two Armenian hosts of a morning radio show (two voices in turns, the Armenian
alphabet), an Urdu dentist's reception (the Arabic script, right to left), a Maltese café's owner on the day's
menu.  Over them go aside37_cases' spoilers (the humming, the teaspoon, the toothbrush, the sniffles); a talk given
a container (AAC in Flash video, AC-3 in AVI) is kept as the WAV decoded from it, which is what bench_languages.py
reads.

``bench_languages.py --set aside37`` is the lead's alone; ``--set dev80`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside37_cases as a37
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two hosts of a morning radio show, in turns
    "hy": [
        "Բարի լույս և բարի գալուստ մեր առավոտյան հաղորդմանը։",
        "Դրսում ութ աստիճան է, իսկ կեսօրից հետո անձրև է սպասվում։",
        "Քաղաքի կենտրոնում այսօր երթևեկությունը դանդաղ է։",
        "Մեր այսօրվա հյուրը երաժշտության ուսուցիչ է։",
        "Կարող եք զանգահարել մեզ կայքում նշված համարով։",
        "Հիմա լուրերն են, ապա ունկնդիրների խնդրած երգը։",
        "Եթե մրսել եք, մի մոռացեք տաք թեյ խմել։",
        "Շնորհակալություն, որ ամեն առավոտ մեզ հետ եք։",
    ],
    # a dentist's reception
    "ur": [
        "السلام علیکم، آپ دانتوں کے کلینک سے رابطہ کر رہے ہیں۔",
        "کلینک پیر سے جمعہ تک صبح نو بجے کھلتا ہے۔",
        "براہ کرم اپنی ملاقات سے دس منٹ پہلے تشریف لائیں۔",
        "دن میں دو بار اپنے دانت صاف کرنا نہ بھولیں۔",
        "ملاقات منسوخ کرنے کے لیے ایک دبائیں۔",
        "ہنگامی صورت میں اگلا نمبر ملائیں۔",
        "انتظار گاہ پہلی منزل پر ہے۔",
        "آپ کا بہت شکریہ، خدا حافظ۔",
    ],
    # a café's owner on the day's menu
    "mt": [
        "Bonġu u merħba fil-kafetterija tagħna.",
        "Illum għandna soppa tal-ħaxix u ftira bit-tonn.",
        "Il-kafè jiġi servut bil-biskuttini tad-dar.",
        "Jekk tixtiequ te, għandna tal-menta u tal-lumi.",
        "Id-deżerta tal-lum hija pudina tal-ħobż.",
        "Il-kċina tagħlaq fl-erbgħa ta' wara nofsinhar.",
        "Nhar ta' Sibt niftħu siegħa aktar tard.",
        "Grazzi ħafna u narawkom dalwaqt.",
    ],
    # the Nepali dev twin's lines (a pharmacy)
    "ne_dev": [
        "हाम्रो औषधि पसलमा स्वागत छ।",
        "पसल हरेक दिन बिहान आठ बजे खुल्छ।",
        "रुघाखोकीका औषधिहरू दायाँतिर छन्।",
        "कृपया आफ्नो पालो पर्खनुहोस्।",
        "दाँत माझ्ने ब्रस काउन्टर नजिकै पाइन्छ।",
        "धन्यवाद, स्वस्थ रहनुहोस्।",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a37.ThirtySeventhSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside37_cases.ThirtySeventhSpoilers; ``codec``: aside37_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "hy+m5@0.95"
    return {
        # ---- development twins (the French dev prompts; Nepali dev sentences)
        "rd80_fr_real_humming_sniffles": LangSpec(d, "fr", "spoiled", R(128801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                        long_pauses=0.3),
                                                  room=("murmur", 32), seed=128811, humming=1, sniffles=1),
        "rd80_ne_espeak_two_speakers_teaspoon_toothbrush_flv": LangSpec(d, "ne", "spoiled", recordings=[
            espeak_lines_talk(S["ne_dev"], ["ne+m3", "ne+f2@0.95"], 128802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=128812, teaspoon=1, toothbrush=1, codec="flv"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside37)
        "py_fr_real_teaspoon_avi": LangSpec(a, "fr", "spoiled", R(128101, 12, snr_db=q, gap=(0.4, 1.4)),
                                            room=("murmur", 30), seed=128201, teaspoon=2, codec="avi"),
        "py_es_real_humming": LangSpec(a, "es", "spoiled", R(128102, 12, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 36), seed=128202, humming=2),
        "py_it_real_toothbrush": LangSpec(a, "it", "spoiled", R(128103, 12, snr_db=q, gap=(0.5, 1.5),
                                                                long_pauses=0.3),
                                          room=("pink", 34), seed=128203, toothbrush=2),
        "py_ru_real_sniffles_flv": LangSpec(a, "ru", "spoiled", R(128104, 12, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.4)),
                                            room=("fan", 34), seed=128204, sniffles=2, codec="flv"),
        "py_hy_espeak_two_speakers_humming_sniffles": LangSpec(a, "hy", "spoiled", recordings=[
            espeak_lines_talk(S["hy"], ["hy+m4", "hy+f5@0.95"], 128105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=128205, humming=1, sniffles=2),
        "py_ur_espeak_toothbrush": LangSpec(a, "ur", "spoiled", recordings=[
            espeak_lines_talk(S["ur"], ["ur+m2@0.95"], 128106, pause=(0.4, 1.3))], room=("pink", 34), seed=128206,
            toothbrush=2),
        "py_mt_espeak_teaspoon": LangSpec(a, "mt", "spoiled", recordings=[
            espeak_lines_talk(S["mt"], ["mt+f3"], 128107, pause=(0.4, 1.3))], room=("pink", 36), seed=128207,
            teaspoon=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd80_fr_real_humming_sniffles", "rd80_ne_espeak_two_speakers_teaspoon_toothbrush_flv"],
         "aside": ["py_fr_real_teaspoon_avi", "py_es_real_humming", "py_it_real_toothbrush", "py_ru_real_sniffles_flv",
                   "py_hy_espeak_two_speakers_humming_sniffles", "py_ur_espeak_toothbrush", "py_mt_espeak_teaspoon"]}
LANGS = "fr,es,it,ru,hy,ur,mt"  #: bench_languages' default languages for aside37
DEV_LANGS = "fr,ne"  #: ... and for dev80


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a37)
