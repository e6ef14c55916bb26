"""Language talks of the forty-fifth aside set (``xy_<lang>_*``, seeds 144xxx), dev twins ``rd88_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``wy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half). Three are espeak-ng on lines written below, in
languages no aside set had (each was a dev twin's once): a railway's line in Kazakh (two voices in turns, the
Cyrillic script with ә, ғ, қ, ң, ө, ұ, ү, һ, і; the thirty-sixth set's dev twin had Kazakh), a museum's audio guide
in Latin (the fortieth set's dev twin had Latin) and a hospital's line in Malayalam (its own script; the thirty-
ninth set's dev twin had Malayalam); the dev twin is a Basque library's line (the Latin script with its tx, tz, ts;
one set had Basque). Over them go aside45_cases' spoilers (the pad torn, the pen clicked, the door, the knuckles); a
talk given a container (Opus in Matroska, 8-bit PCM in an AVI) is kept as the WAV decoded from it, which is what
bench_languages.py reads.

``bench_languages.py --set aside45`` is the lead's alone; ``--set dev88`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside45_cases as a45
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a railway's line, two voices in turns
    "kk": [
        "Темір жол анықтама қызметіне қош келдіңіз.",
        "Пойыздар кестесі әр күні таңертең жаңартылады.",
        "Билет сатып алу үшін бірді басыңыз.",
        "Жүгіңіз туралы сұрақтар үшін екіні басыңыз.",
        "Астанаға баратын пойыз он бірінші жолдан шығады.",
        "Кассалар сағат сегізден жиырма екіге дейін ашық.",
        "Өтініш, желіде күте тұрыңыз.",
        "Қоңырауыңызға рахмет, сапарыңыз сәтті болсын.",
    ],
    # a museum's audio guide
    "la": [
        "Salvete et bene venistis in museum nostrum.",
        "Haec statua a sculptore Graeco facta est.",
        "In proxima camera nummos antiquos videbitis.",
        "Pictura magna murum septentrionalem ornat.",
        "Ad tabulam sequentem transite, quaeso.",
        "Museum cotidie ab hora nona aperitur.",
        "Libros et imagines in taberna emere potestis.",
        "Gratias agimus, et valete.",
    ],
    # a hospital's line
    "ml": [
        "ഞങ്ങളുടെ ആശുപത്രിയിലേക്ക് സ്വാഗതം.",
        "ഡോക്ടറെ കാണാൻ ഒന്ന് അമർത്തുക.",
        "പരിശോധനാ ഫലങ്ങൾക്കായി രണ്ട് അമർത്തുക.",
        "അത്യാഹിത വിഭാഗം എല്ലാ ദിവസവും തുറന്നിരിക്കും.",
        "ഫാർമസി രാവിലെ എട്ട് മണിക്ക് തുറക്കും.",
        "ദയവായി ലൈനിൽ കാത്തിരിക്കുക.",
        "നിങ്ങളുടെ വിളിക്ക് നന്ദി.",
        "നല്ല ഒരു ദിവസം ആശംസിക്കുന്നു.",
    ],
    # the Basque dev twin's lines (a town library)
    "eu_dev": [
        "Ongi etorri udal liburutegira.",
        "Liburutegia astelehenetik ostiralera dago irekita.",
        "Liburu bat erreserbatzeko, sakatu bat.",
        "Zure txartelari buruzko galderetarako, sakatu bi.",
        "Mesedez, itxaron une batez.",
        "Eskerrik asko deitzeagatik.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a45.FortyFifthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside45_cases.FortyFifthSpoilers; ``codec``: aside45_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "kk+m2@0.95"
    return {
        # ---- development twins (the French dev prompts; Basque dev sentences)
        "rd88_fr_real_tear_pen": LangSpec(d, "fr", "spoiled", R(144801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                long_pauses=0.3),
                                          room=("murmur", 32), seed=144811, tear=1, pen=1),
        "rd88_eu_espeak_two_speakers_door_knuckles_avi": LangSpec(d, "eu", "spoiled", recordings=[
            espeak_lines_talk(S["eu_dev"], ["eu+m5", "eu+f4@0.95"], 144802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=144812, door=1, knuckles=1, codec="avi"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside45)
        "xy_fr_real_tear_mkv": LangSpec(a, "fr", "spoiled", R(144101, 12, snr_db=q, gap=(0.4, 1.4)),
                                        room=("murmur", 30), seed=144201, tear=2, codec="mkv"),
        "xy_es_real_pen": LangSpec(a, "es", "spoiled", R(144102, 12, snr_db=q, gap=(0.5, 1.5)),
                                   room=("pink", 36), seed=144202, pen=2),
        "xy_it_real_door": LangSpec(a, "it", "spoiled", R(144103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                    room=("pink", 34), seed=144203, door=2),
        "xy_ru_real_knuckles_avi": LangSpec(a, "ru", "spoiled", R(144104, 12, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.4)),
                                            room=("fan", 34), seed=144204, knuckles=2, codec="avi"),
        "xy_kk_espeak_two_speakers_pen_tear": LangSpec(a, "kk", "spoiled", recordings=[
            espeak_lines_talk(S["kk"], ["kk+m7", "kk+f5@0.95"], 144105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=144205, pen=1, tear=2),
        "xy_la_espeak_door": LangSpec(a, "la", "spoiled", recordings=[
            espeak_lines_talk(S["la"], ["la+m3@0.95"], 144106, pause=(0.4, 1.3))], room=("pink", 34), seed=144206,
            door=2),
        "xy_ml_espeak_knuckles": LangSpec(a, "ml", "spoiled", recordings=[
            espeak_lines_talk(S["ml"], ["ml+f1"], 144107, pause=(0.4, 1.3))], room=("pink", 36), seed=144207,
            knuckles=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd88_fr_real_tear_pen", "rd88_eu_espeak_two_speakers_door_knuckles_avi"],
         "aside": ["xy_fr_real_tear_mkv", "xy_es_real_pen", "xy_it_real_door", "xy_ru_real_knuckles_avi",
                   "xy_kk_espeak_two_speakers_pen_tear", "xy_la_espeak_door", "xy_ml_espeak_knuckles"]}
LANGS = "fr,es,it,ru,kk,la,ml"  #: bench_languages' default languages for aside45
DEV_LANGS = "fr,eu"  #: ... and for dev88


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a45)
