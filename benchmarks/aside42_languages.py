"""Language talks of the forty-second aside set (``uy_<lang>_*``, seeds 138xxx), dev twins ``rd85_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``ty_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages the aside sets used least: two Estonian hosts of a radio quiz (two voices in turns, the Latin script
with its õ, ä, ö, ü, š, ž; one set had Estonian, the thirty-second), a Slovenian ferry company's timetable line
(č, š, ž; one set had Slovenian, the thirty-second) and an Icelandic swimming pool's message (þ, ð, æ and the
accented vowels; one set had Icelandic, the thirty-third); the dev twin is a Hungarian bakery's message (two
voices).  Over them go aside42_cases' spoilers (the rubber stamp, the lip trills, the cards, the popcorn); a talk
given a container (32-bit float PCM in a Core Audio file, 16-bit big-endian PCM in a camera's MOV) is kept as the
WAV decoded from it, which is what bench_languages.py reads.

``bench_languages.py --set aside42`` is the lead's alone; ``--set dev85`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside42_cases as a42
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two hosts of a radio quiz, in turns
    "et": [
        "Tere õhtust ja tere tulemast meie viktoriinisaatesse.",
        "Täna võistlevad kaks võistkonda Tartust ja Pärnust.",
        "Esimene küsimus on ajaloo kohta.",
        "Mitu saart on Eesti rannikul?",
        "Vastamiseks on aega kümme sekundit.",
        "Õige vastus annab kaks punkti.",
        "Pärast reklaami jätkame muusikaküsimustega.",
        "Aitäh kuulamast ja head ööd.",
    ],
    # a ferry company's timetable line
    "sl": [
        "Pozdravljeni pri ladijskem prevozniku Jadran.",
        "Trajekt za Cres odpluje vsako uro ob polni uri.",
        "Zadnji trajekt odpluje ob desetih zvečer.",
        "Vozovnice lahko kupite na blagajni v pristanišču.",
        "Psi morajo biti na povodcu.",
        "Ob močni burji so vožnje lahko odpovedane.",
        "Za rezervacijo pritisnite dva.",
        "Želimo vam prijetno plovbo.",
    ],
    # a swimming pool's message
    "is": [
        "Velkomin í sundlaugina í Laugardal.",
        "Laugin er opin frá sex á morgnana til tíu á kvöldin.",
        "Allir gestir þurfa að þvo sér áður en farið er í laugina.",
        "Heitu pottarnir eru við norðurhliðina.",
        "Börn yngri en tíu ára verða að vera í fylgd fullorðinna.",
        "Handklæði fást leigð í afgreiðslunni.",
        "Lokað er á jóladag og nýársdag.",
        "Takk fyrir og góða skemmtun.",
    ],
    # the Hungarian dev twin's lines (a bakery's message, two voices)
    "hu_dev": [
        "Köszönjük, hogy felhívta a Kovács pékséget.",
        "Reggel hat órától este hétig vagyunk nyitva.",
        "Friss kenyér minden nap kilenc órakor érkezik.",
        "Tortát két nappal előre lehet rendelni.",
        "Vasárnap csak délig tartunk nyitva.",
        "Várjuk szeretettel.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a42.FortySecondSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside42_cases.FortySecondSpoilers; ``codec``: aside42_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "et+m2@0.95"
    return {
        # ---- development twins (the French dev prompts; Hungarian dev sentences)
        "rd85_fr_real_stamp_popcorn": LangSpec(d, "fr", "spoiled", R(138801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                     long_pauses=0.3),
                                               room=("murmur", 32), seed=138811, stamp=1, popcorn=1),
        "rd85_hu_espeak_two_speakers_liptrill_cards_mov": LangSpec(d, "hu", "spoiled", recordings=[
            espeak_lines_talk(S["hu_dev"], ["hu+m5", "hu+f2@0.95"], 138802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=138812, liptrill=1, cards=1, codec="mov"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside42)
        "uy_fr_real_liptrill_caf": LangSpec(a, "fr", "spoiled", R(138101, 12, snr_db=q, gap=(0.4, 1.4)),
                                            room=("murmur", 30), seed=138201, liptrill=2, codec="caf"),
        "uy_es_real_stamp": LangSpec(a, "es", "spoiled", R(138102, 12, snr_db=q, gap=(0.5, 1.5)),
                                     room=("pink", 36), seed=138202, stamp=2),
        "uy_it_real_cards": LangSpec(a, "it", "spoiled", R(138103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                     room=("pink", 34), seed=138203, cards=2),
        "uy_ru_real_popcorn_mov": LangSpec(a, "ru", "spoiled", R(138104, 12, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.4)),
                                           room=("fan", 34), seed=138204, popcorn=2, codec="mov"),
        "uy_et_espeak_two_speakers_stamp_liptrill": LangSpec(a, "et", "spoiled", recordings=[
            espeak_lines_talk(S["et"], ["et+m3", "et+f4@0.95"], 138105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=138205, stamp=1, liptrill=2),
        "uy_sl_espeak_cards": LangSpec(a, "sl", "spoiled", recordings=[
            espeak_lines_talk(S["sl"], ["sl+m6@0.95"], 138106, pause=(0.4, 1.3))], room=("pink", 34), seed=138206,
            cards=2),
        "uy_is_espeak_popcorn": LangSpec(a, "is", "spoiled", recordings=[
            espeak_lines_talk(S["is"], ["is+f3"], 138107, pause=(0.4, 1.3))], room=("pink", 36), seed=138207,
            popcorn=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd85_fr_real_stamp_popcorn", "rd85_hu_espeak_two_speakers_liptrill_cards_mov"],
         "aside": ["uy_fr_real_liptrill_caf", "uy_es_real_stamp", "uy_it_real_cards", "uy_ru_real_popcorn_mov",
                   "uy_et_espeak_two_speakers_stamp_liptrill", "uy_sl_espeak_cards", "uy_is_espeak_popcorn"]}
LANGS = "fr,es,it,ru,et,sl,is"  #: bench_languages' default languages for aside42
DEV_LANGS = "fr,hu"  #: ... and for dev85


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a42)
