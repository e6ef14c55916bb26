"""Language talks of the thirty-first aside set (``iy_<lang>_*``, seeds 116xxx) and their dev twins (``rd74_<lang>_*``).

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``hy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages the sets used least (each in one set before): two Belarusian librarians opening a village library's
reading evening (two voices in turns), a Marathi tailor's talk at a women's sewing cooperative, a Hebrew
clockmaker's talk on old clocks.  Over them go aside31_cases' spoilers (the geese, the sewing machine, the hiccups,
the cuckoo clock); a talk given a container (IMA ADPCM in QuickTime, AC-3 in a DVD's VOB) is kept as the WAV
decoded from it, which is what bench_languages.py reads.

Nothing here is new but the lines and the spoilers: every language and every real speaker was heard in an earlier
set.  ``bench_languages.py --set aside31`` is the lead's alone; ``--set dev74`` runs the twins.  Packages and
commands: benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside31_cases as a31
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two librarians opening a village library's reading evening, in turns
    "be": [
        "Добры вечар і вітаем вас у нашай вясковай бібліятэцы.",
        "Сёння мы будзем чытаць вершы пра восень і пра дом.",
        "Новыя кнігі для дзяцей стаяць на паліцы каля акна.",
        "Калі ласка, вяртайце кнігі не пазней чым праз месяц.",
        "У суботу да нас прыедзе пісьменнік з горада.",
        "Пасля чытання ўсіх чакае гарачая гарбата з мёдам.",
        "Запісацца ў бібліятэку можна бясплатна ў любы дзень.",
        "Дзякуй, што прыйшлі, і да сустрэчы на наступным тыдні.",
    ],
    # a tailor's talk at a women's sewing cooperative
    "mr": [
        "नमस्कार, आमच्या शिवणकाम गटाच्या सभेत तुमचे स्वागत आहे.",
        "या वर्षी आम्ही शाळेच्या गणवेशाचे शंभर संच शिवले.",
        "नवीन शिलाई यंत्रे पुढच्या महिन्यात येणार आहेत.",
        "कापड कापण्यापूर्वी माप दोनदा तपासून घ्या.",
        "सुई आणि धागा नेहमी डब्यात नीट ठेवा.",
        "दिवाळीच्या आधी आम्ही बाजारात एक छोटे दुकान लावू.",
        "ज्यांना शिकायचे आहे त्यांनी रविवारी सकाळी यावे.",
        "आपल्या मेहनतीबद्दल सर्वांचे मनापासून आभार.",
    ],
    # a clockmaker's talk on old clocks
    "he": [
        "ערב טוב ותודה שבאתם להרצאה על שעונים ישנים.",
        "השעון הזה נבנה בשווייץ לפני יותר ממאה שנה.",
        "בכל שעה עגולה יוצאת ממנו ציפור קטנה ושרה.",
        "את המנגנון צריך לשמן פעם בשנתיים בערך.",
        "אסור לסובב את המחוגים אחורה בכוח.",
        "בחדר הבא תוכלו לראות שעוני כיס עתיקים.",
        "הסדנה שלי פתוחה בימי שלישי אחרי הצהריים.",
        "תודה רבה על ההקשבה וערב נעים לכולם.",
    ],
    # the Dutch dev twin's lines (a cycling club's evening)
    "nl_dev": [
        "Goedenavond en welkom op de avond van de fietsclub.",
        "Volgende week rijden we een rondje langs de rivier.",
        "Vergeet niet je banden op te pompen voor de tocht.",
        "Wie een lekke band heeft, krijgt hulp bij de pauze.",
        "Na afloop drinken we koffie in het dorpshuis.",
        "Bedankt voor jullie komst en tot zondag.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a31.ThirtyFirstSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside31_cases.ThirtyFirstSpoilers; ``codec``: aside31_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "mr+m3@0.95"
    return {
        # ---- development twins (the French dev prompts; Dutch dev sentences)
        "rd74_fr_real_geese_hiccups": LangSpec(d, "fr", "spoiled", R(116801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                     long_pauses=0.3),
                                               room=("murmur", 32), seed=116811, geese=1, hiccups=1),
        "rd74_nl_espeak_two_speakers_sewing_cuckoo_mov": LangSpec(d, "nl", "spoiled", recordings=[
            espeak_lines_talk(S["nl_dev"], ["nl+m6", "nl+f4@0.95"], 116802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=116812, sewing=1, cuckoo=1, codec="mov"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside31)
        "iy_fr_real_cuckoo_mov": LangSpec(a, "fr", "spoiled", R(116101, 12, snr_db=q, gap=(0.4, 1.4)),
                                          room=("murmur", 30), seed=116201, cuckoo=2, codec="mov"),
        "iy_es_real_geese": LangSpec(a, "es", "spoiled", R(116102, 12, snr_db=q, gap=(0.5, 1.5)),
                                     room=("pink", 36), seed=116202, geese=3),
        "iy_it_real_sewing": LangSpec(a, "it", "spoiled", R(116103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                      room=("pink", 34), seed=116203, sewing=2),
        "iy_ru_real_hiccups_vob": LangSpec(a, "ru", "spoiled", R(116104, 12, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.4)),
                                           room=("fan", 34), seed=116204, hiccups=2, codec="vob"),
        "iy_be_espeak_two_speakers_geese_cuckoo": LangSpec(a, "be", "spoiled", recordings=[
            espeak_lines_talk(S["be"], ["be+m3", "be+f5@0.95"], 116105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=116205, geese=2, cuckoo=1),
        "iy_mr_espeak_sewing": LangSpec(a, "mr", "spoiled", recordings=[
            espeak_lines_talk(S["mr"], ["mr+f2@0.95"], 116106, pause=(0.4, 1.3))], room=("pink", 34), seed=116206,
            sewing=2),
        "iy_he_espeak_hiccups": LangSpec(a, "he", "spoiled", recordings=[
            espeak_lines_talk(S["he"], ["he+m7"], 116107, pause=(0.4, 1.3))], room=("pink", 36), seed=116207,
            hiccups=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd74_fr_real_geese_hiccups", "rd74_nl_espeak_two_speakers_sewing_cuckoo_mov"],
         "aside": ["iy_fr_real_cuckoo_mov", "iy_es_real_geese", "iy_it_real_sewing", "iy_ru_real_hiccups_vob",
                   "iy_be_espeak_two_speakers_geese_cuckoo", "iy_mr_espeak_sewing", "iy_he_espeak_hiccups"]}
LANGS = "fr,es,it,ru,be,mr,he"  #: bench_languages' default languages for aside31
DEV_LANGS = "fr,nl"  #: ... and for dev74


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a31)
