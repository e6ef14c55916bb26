"""Language talks of the forty-first aside set (``ty_<lang>_*``, seeds 136xxx), dev twins ``rd84_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``sy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages the aside sets used least: two Lithuanian presenters of a weather forecast (two voices in turns, the
Latin script with its ą, ė, į, ų, ū, č, š, ž; one set had Lithuanian, the thirty-third), a cinema's booking line in
Telugu (the Telugu script; one set had Telugu, the fifth, in festival's voice), a railway station's announcements in
Burmese (the Myanmar script, no set had it); the dev twin is a Welsh library's message (two voices).  Over them go
aside41_cases' spoilers (the hurdy-gurdy, the pencil, the car that will not start, the cocktail shaker); a talk
given a container (24-bit PCM in a Broadcast Wave, mu-law in a camera's AVI) is kept as the WAV decoded from it,
which is what bench_languages.py reads.

``bench_languages.py --set aside41`` is the lead's alone; ``--set dev84`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside41_cases as a41
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two presenters of a weather forecast, in turns
    "lt": [
        "Labas vakaras, sveiki atvykę į orų prognozę.",
        "Rytoj daugumoje šalies bus saulėta ir šilta.",
        "Sostinėje temperatūra pakils iki trisdešimties laipsnių.",
        "Pajūryje vakare gali trumpai palyti.",
        "Pūs vidutinis vakarų vėjas.",
        "Žvejams patariame saugotis didelių bangų.",
        "Savaitgalį orai vėl bus ramesni.",
        "Ačiū, kad žiūrite, iki pasimatymo.",
    ],
    # a cinema's booking line
    "te": [
        "మా సినిమా హాల్‌కు ఫోన్ చేసినందుకు ధన్యవాదాలు.",
        "ఈ రోజు మూడు ఆటలు ఉన్నాయి.",
        "మొదటి ఆట మధ్యాహ్నం రెండు గంటలకు మొదలవుతుంది.",
        "టికెట్లు కొనడానికి ఒకటి నొక్కండి.",
        "పిల్లలకు టికెట్ ధర సగం మాత్రమే.",
        "హాల్ లోపలికి బయటి ఆహారం అనుమతించబడదు.",
        "వాహనాలను వెనుక వైపు నిలపండి.",
        "మీ రోజు శుభంగా గడవాలి.",
    ],
    # a railway station's announcements
    "my": [
        "မင်္ဂလာပါ၊ ရန်ကုန် ဘူတာကြီးမှ ကြိုဆိုပါတယ်။",
        "မန္တလေးသို့ ရထားသည် ညနေ ငါးနာရီတွင် ထွက်ခွာပါမည်။",
        "လက်မှတ်များကို ကောင်တာ နံပါတ် သုံးတွင် ဝယ်ယူနိုင်ပါသည်။",
        "ခရီးသည်များ ပလက်ဖောင်း နှစ်သို့ ကြွရောက်ပါ။",
        "ရထားပေါ်တွင် ဆေးလိပ် မသောက်ရပါ။",
        "သင့်ပစ္စည်းများကို ဂရုစိုက်ပါ။",
        "ရထား ဆယ်မိနစ် နောက်ကျပါမည်။",
        "ခရီးသွားရာတွင် ဘေးကင်းပါစေ။",
    ],
    # the Welsh dev twin's lines (a library's message, two voices)
    "cy_dev": [
        "Croeso i'r llyfrgell yn Aberystwyth.",
        "Mae'r llyfrgell ar agor o naw tan bump.",
        "Gallwch fenthyg chwe llyfr ar y tro.",
        "Mae'r caffi ar y llawr cyntaf.",
        "Dewch â'ch cerdyn aelodaeth gyda chi.",
        "Diolch yn fawr a hwyl fawr.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a41.FortyFirstSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside41_cases.FortyFirstSpoilers; ``codec``: aside41_cases.CODECS, kept as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "lt+m5@0.95"
    return {
        # ---- development twins (the French dev prompts; Welsh dev sentences)
        "rd84_fr_real_hurdygurdy_starter": LangSpec(d, "fr", "spoiled", R(136801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                          long_pauses=0.3),
                                                    room=("murmur", 32), seed=136811, hurdygurdy=1, starter=1),
        "rd84_cy_espeak_two_speakers_pencil_shaker_bwf": LangSpec(d, "cy", "spoiled", recordings=[
            espeak_lines_talk(S["cy_dev"], ["cy+m4", "cy+f2@0.95"], 136802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=136812, pencil=1, shaker=1, codec="bwf"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside41)
        "ty_fr_real_pencil_bwf": LangSpec(a, "fr", "spoiled", R(136101, 12, snr_db=q, gap=(0.4, 1.4)),
                                          room=("murmur", 30), seed=136201, pencil=2, codec="bwf"),
        "ty_es_real_hurdygurdy": LangSpec(a, "es", "spoiled", R(136102, 12, snr_db=q, gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=136202, hurdygurdy=2),
        "ty_it_real_shaker": LangSpec(a, "it", "spoiled", R(136103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                      room=("pink", 34), seed=136203, shaker=2),
        "ty_ru_real_starter_avi": LangSpec(a, "ru", "spoiled", R(136104, 12, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.4)),
                                           room=("fan", 34), seed=136204, starter=2, codec="avi"),
        "ty_lt_espeak_two_speakers_hurdygurdy_pencil": LangSpec(a, "lt", "spoiled", recordings=[
            espeak_lines_talk(S["lt"], ["lt+m5", "lt+f3@0.95"], 136105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=136205, hurdygurdy=1, pencil=2),
        "ty_te_espeak_starter": LangSpec(a, "te", "spoiled", recordings=[
            espeak_lines_talk(S["te"], ["te+m2@0.95"], 136106, pause=(0.4, 1.3))], room=("pink", 34), seed=136206,
            starter=2),
        "ty_my_espeak_shaker": LangSpec(a, "my", "spoiled", recordings=[
            espeak_lines_talk(S["my"], ["my+f4"], 136107, pause=(0.4, 1.3))], room=("pink", 36), seed=136207,
            shaker=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd84_fr_real_hurdygurdy_starter", "rd84_cy_espeak_two_speakers_pencil_shaker_bwf"],
         "aside": ["ty_fr_real_pencil_bwf", "ty_es_real_hurdygurdy", "ty_it_real_shaker", "ty_ru_real_starter_avi",
                   "ty_lt_espeak_two_speakers_hurdygurdy_pencil", "ty_te_espeak_starter", "ty_my_espeak_shaker"]}
LANGS = "fr,es,it,ru,lt,te,my"  #: bench_languages' default languages for aside41
DEV_LANGS = "fr,cy"  #: ... and for dev84


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a41)
