"""Language talks of the thirty-fifth aside set (``ny_<lang>_*``, seeds 124xxx), dev twins ``rd78_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``my_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages no aside set had: two Macedonian hosts opening a skate park (two voices in turns), a Basque welcome at a
hostel with its laundry room, a Swahili talk at a school band's open evening.  Over them go aside35_cases' spoilers
(the drums, the skateboard, the trumpet, the tumble dryer); a talk given a container (FLAC in Matroska, MP3 in an
MP4) is kept as the WAV decoded from it, which is what bench_languages.py reads.

``bench_languages.py --set aside35`` is the lead's alone; ``--set dev78`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside35_cases as a35
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two hosts opening a skate park, in turns
    "mk": [
        "Добредојдовте на отворањето на новиот скејт парк.",
        "Паркот е отворен секој ден од девет до девет часот.",
        "Ве молиме носете кацига и штитници за колена.",
        "Децата помали од десет години мора да дојдат со родител.",
        "Натпреварот почнува во четири часот попладне.",
        "Водата и сокот се бесплатни на штандот до влезот.",
        "Не возете по рампите кога се мокри.",
        "Ви благодариме и уживајте во денот.",
    ],
    # a welcome at a hostel with its laundry room
    "eu": [
        "Kaixo eta ongi etorri gure aterpetxera.",
        "Garbigailuak eta lehorgailuak beheko solairuan daude.",
        "Lehorgailu batek ordubete behar du arropa lehortzeko.",
        "Mesedez, atera zure arropa amaitu bezain laster.",
        "Gosaria zazpietatik hamarretara ematen da.",
        "Sukaldea guztiontzat da, baina garbi utzi behar da.",
        "Gauean isiltasuna eskatzen dugu hamaiketatik aurrera.",
        "Eskerrik asko eta ondo pasa gurekin.",
    ],
    # a school band's open evening
    "sw": [
        "Habari za jioni na karibuni kwenye bendi yetu ya shule.",
        "Wanafunzi wetu hujifunza tarumbeta, ngoma na filimbi.",
        "Mazoezi hufanyika kila Jumanne na Alhamisi baada ya masomo.",
        "Kila mwanafunzi anapewa chombo cha kutumia nyumbani.",
        "Tutapiga muziki kwenye sherehe ya mwisho wa mwaka.",
        "Tafadhali zimeni simu zenu wakati wa tamasha.",
        "Wazazi wanakaribishwa kuja kusikiliza mazoezi.",
        "Asanteni sana kwa kuja usiku huu.",
    ],
    # the Croatian dev twin's lines (a band's rehearsal rooms beside a laundry)
    "hr_dev": [
        "Dobro došli u naš prostor za probe.",
        "Bubnjevi su u maloj sobi na kraju hodnika.",
        "Praonica rublja je odmah iza zida.",
        "Molimo vas da ne svirate nakon deset sati navečer.",
        "Ključeve vratite na recepciju kad završite.",
        "Hvala i dobru probu svima.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a35.ThirtyFifthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside35_cases.ThirtyFifthSpoilers; ``codec``: aside35_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "mk+m3@0.95"
    return {
        # ---- development twins (the French dev prompts; Croatian dev sentences)
        "rd78_fr_real_drums_trumpet": LangSpec(d, "fr", "spoiled", R(124801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                     long_pauses=0.3),
                                               room=("murmur", 32), seed=124811, drums=1, trumpet=1),
        "rd78_hr_espeak_two_speakers_dryer_skateboard_mkv": LangSpec(d, "hr", "spoiled", recordings=[
            espeak_lines_talk(S["hr_dev"], ["hr+m4", "hr+f2@0.95"], 124802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=124812, dryer=1, skateboard=1, codec="mkv"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside35)
        "ny_fr_real_drums_mkv": LangSpec(a, "fr", "spoiled", R(124101, 12, snr_db=q, gap=(0.4, 1.4)),
                                         room=("murmur", 30), seed=124201, drums=2, codec="mkv"),
        "ny_es_real_skateboard": LangSpec(a, "es", "spoiled", R(124102, 12, snr_db=q, gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=124202, skateboard=2),
        "ny_it_real_trumpet": LangSpec(a, "it", "spoiled", R(124103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                       room=("pink", 34), seed=124203, trumpet=2),
        "ny_ru_real_dryer_mp4": LangSpec(a, "ru", "spoiled", R(124104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                         room=("fan", 34), seed=124204, dryer=2, codec="mp4"),
        "ny_mk_espeak_two_speakers_skateboard_drums": LangSpec(a, "mk", "spoiled", recordings=[
            espeak_lines_talk(S["mk"], ["mk+m3", "mk+f2@0.95"], 124105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=124205, skateboard=1, drums=2),
        "ny_eu_espeak_dryer": LangSpec(a, "eu", "spoiled", recordings=[
            espeak_lines_talk(S["eu"], ["eu+m5@0.95"], 124106, pause=(0.4, 1.3))], room=("pink", 34), seed=124206,
            dryer=2),
        "ny_sw_espeak_trumpet": LangSpec(a, "sw", "spoiled", recordings=[
            espeak_lines_talk(S["sw"], ["sw+f4"], 124107, pause=(0.4, 1.3))], room=("pink", 36), seed=124207,
            trumpet=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd78_fr_real_drums_trumpet", "rd78_hr_espeak_two_speakers_dryer_skateboard_mkv"],
         "aside": ["ny_fr_real_drums_mkv", "ny_es_real_skateboard", "ny_it_real_trumpet", "ny_ru_real_dryer_mp4",
                   "ny_mk_espeak_two_speakers_skateboard_drums", "ny_eu_espeak_dryer", "ny_sw_espeak_trumpet"]}
LANGS = "fr,es,it,ru,mk,eu,sw"  #: bench_languages' default languages for aside35
DEV_LANGS = "fr,hr"  #: ... and for dev78


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a35)
