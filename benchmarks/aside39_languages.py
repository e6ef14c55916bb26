"""Language talks of the thirty-ninth aside set (``ry_<lang>_*``, seeds 132xxx), dev twins ``rd82_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``qy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages no aside set had: two Kannada presenters of a music programme (two voices in turns, the Kannada script), a
Punjabi bicycle shop's telephone message (the Gurmukhi script), an Addis Ababa taxi company's information line in
Amharic (the Ge'ez script, its words parted by spaces and ended by ``።``); the dev twin is a Malayalam beauty
parlour's message (the Malayalam script).  Over them go aside39_cases' spoilers (the cello, the spray can, the
wipers, the pump); a talk given a container (16-bit PCM in Matroska, Apple Lossless in a CAF) is kept as the WAV
decoded from it, which is what bench_languages.py reads.

``bench_languages.py --set aside39`` is the lead's alone; ``--set dev82`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside39_cases as a39
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two presenters of a music programme, in turns
    "kn": [
        "ನಮಸ್ಕಾರ, ನಮ್ಮ ಸಂಗೀತ ಕಾರ್ಯಕ್ರಮಕ್ಕೆ ಸ್ವಾಗತ.",
        "ಇಂದು ನಾವು ಹೊಸ ವಿದ್ಯಾರ್ಥಿಗಳ ಬಗ್ಗೆ ಮಾತನಾಡುತ್ತೇವೆ.",
        "ಪ್ರತಿದಿನ ಒಂದು ಗಂಟೆ ಅಭ್ಯಾಸ ಮಾಡುವುದು ಒಳ್ಳೆಯದು.",
        "ನಮ್ಮ ಶಾಲೆಯಲ್ಲಿ ವೀಣೆ ಮತ್ತು ಪಿಟೀಲು ಕಲಿಸುತ್ತಾರೆ.",
        "ತರಗತಿಗಳು ಸಂಜೆ ಐದು ಗಂಟೆಗೆ ಶುರುವಾಗುತ್ತವೆ.",
        "ಮುಂದಿನ ತಿಂಗಳು ಒಂದು ದೊಡ್ಡ ಸಂಗೀತ ಕಚೇರಿ ಇದೆ.",
        "ಟಿಕೆಟುಗಳು ಶಾಲೆಯ ಕಚೇರಿಯಲ್ಲಿ ಸಿಗುತ್ತವೆ.",
        "ಕೇಳಿದ್ದಕ್ಕಾಗಿ ಧನ್ಯವಾದಗಳು, ಮತ್ತೆ ಭೇಟಿಯಾಗೋಣ.",
    ],
    # a bicycle shop's telephone message
    "pa": [
        "ਸਾਡੀ ਸਾਈਕਲ ਦੀ ਦੁਕਾਨ ਤੇ ਫ਼ੋਨ ਕਰਨ ਲਈ ਧੰਨਵਾਦ।",
        "ਅਸੀਂ ਸੋਮਵਾਰ ਤੋਂ ਸ਼ਨੀਵਾਰ ਤੱਕ ਸਵੇਰੇ ਨੌਂ ਵਜੇ ਖੁੱਲ੍ਹਦੇ ਹਾਂ।",
        "ਟਾਇਰ ਵਿੱਚ ਹਵਾ ਭਰਨਾ ਮੁਫ਼ਤ ਹੈ।",
        "ਨਵੀਆਂ ਸਾਈਕਲਾਂ ਤੇ ਇਸ ਹਫ਼ਤੇ ਛੋਟ ਮਿਲ ਰਹੀ ਹੈ।",
        "ਮੁਰੰਮਤ ਲਈ ਆਪਣੀ ਸਾਈਕਲ ਸਵੇਰੇ ਲੈ ਕੇ ਆਓ।",
        "ਬੱਚਿਆਂ ਲਈ ਹੈਲਮਟ ਵੀ ਮਿਲਦੇ ਹਨ।",
        "ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ ਇੱਕ ਦਬਾਓ।",
        "ਤੁਹਾਡਾ ਦਿਨ ਚੰਗਾ ਲੰਘੇ।",
    ],
    # a taxi company's information line
    "am": [
        "ወደ ታክሲ ድርጅታችን ስለደወሉ እናመሰግናለን።",
        "መኪናዎቻችን ቀንና ሌሊት ይሰራሉ።",
        "ዝናብ በሚዘንብበት ጊዜ እባክዎ ቀደም ብለው ይደውሉ።",
        "ወደ አየር ማረፊያ የሚሄዱ ከሆነ ሁለትን ይጫኑ።",
        "ክፍያ በጥሬ ገንዘብ ወይም በካርድ መፈጸም ይቻላል።",
        "ሾፌሩ ከቤትዎ ፊት ለፊት ይጠብቅዎታል።",
        "የጠፉ ዕቃዎችን ለማግኘት ሶስትን ይጫኑ።",
        "መልካም ጉዞ።",
    ],
    # the Malayalam dev twin's lines (a beauty parlour's message)
    "ml_dev": [
        "ഞങ്ങളുടെ ബ്യൂട്ടി പാർലറിലേക്ക് സ്വാഗതം.",
        "രാവിലെ പത്തു മണി മുതൽ രാത്രി എട്ടു മണി വരെ തുറന്നിരിക്കും.",
        "മുടി വെട്ടാൻ മുൻകൂട്ടി ബുക്ക് ചെയ്യുക.",
        "ഈ ആഴ്ച എല്ലാ സേവനങ്ങൾക്കും ഇളവുണ്ട്.",
        "കൂടുതൽ വിവരങ്ങൾക്ക് ഒന്ന് അമർത്തുക.",
        "നന്ദി, നല്ല ദിവസം ആശംസിക്കുന്നു.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a39.ThirtyNinthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside39_cases.ThirtyNinthSpoilers; ``codec``: aside39_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "kn+m4@0.95"
    return {
        # ---- development twins (the French dev prompts; Malayalam dev sentences)
        "rd82_fr_real_cello_wipers": LangSpec(d, "fr", "spoiled", R(132801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                    long_pauses=0.3),
                                              room=("murmur", 32), seed=132811, cello=1, wipers=1),
        "rd82_ml_espeak_two_speakers_aerosol_tyre_mkv": LangSpec(d, "ml", "spoiled", recordings=[
            espeak_lines_talk(S["ml_dev"], ["ml+f3", "ml+m2@0.95"], 132802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=132812, aerosol=1, tyre=1, codec="mkv"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside39)
        "ry_fr_real_aerosol_caf": LangSpec(a, "fr", "spoiled", R(132101, 12, snr_db=q, gap=(0.4, 1.4)),
                                           room=("murmur", 30), seed=132201, aerosol=2, codec="caf"),
        "ry_es_real_cello": LangSpec(a, "es", "spoiled", R(132102, 12, snr_db=q, gap=(0.5, 1.5)),
                                     room=("pink", 36), seed=132202, cello=2),
        "ry_it_real_wipers": LangSpec(a, "it", "spoiled", R(132103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                      room=("pink", 34), seed=132203, wipers=2),
        "ry_ru_real_tyre_mkv": LangSpec(a, "ru", "spoiled", R(132104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                        room=("fan", 34), seed=132204, tyre=2, codec="mkv"),
        "ry_kn_espeak_two_speakers_cello_aerosol": LangSpec(a, "kn", "spoiled", recordings=[
            espeak_lines_talk(S["kn"], ["kn+m4", "kn+f2@0.95"], 132105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=132205, cello=1, aerosol=2),
        "ry_pa_espeak_tyre": LangSpec(a, "pa", "spoiled", recordings=[
            espeak_lines_talk(S["pa"], ["pa+m3@0.95"], 132106, pause=(0.4, 1.3))], room=("pink", 34), seed=132206,
            tyre=2),
        "ry_am_espeak_wipers": LangSpec(a, "am", "spoiled", recordings=[
            espeak_lines_talk(S["am"], ["am+f4"], 132107, pause=(0.4, 1.3))], room=("pink", 36), seed=132207,
            wipers=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd82_fr_real_cello_wipers", "rd82_ml_espeak_two_speakers_aerosol_tyre_mkv"],
         "aside": ["ry_fr_real_aerosol_caf", "ry_es_real_cello", "ry_it_real_wipers", "ry_ru_real_tyre_mkv",
                   "ry_kn_espeak_two_speakers_cello_aerosol", "ry_pa_espeak_tyre", "ry_am_espeak_wipers"]}
LANGS = "fr,es,it,ru,kn,pa,am"  #: bench_languages' default languages for aside39
DEV_LANGS = "fr,ml"  #: ... and for dev82


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a39)
