"""Language talks of the forty-third aside set (``vy_<lang>_*``, seeds 140xxx), dev twins ``rd86_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``uy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages the aside sets used least: a city library's announcements in Latvian (two voices in turns, the Latin
script with its ā, ē, ī, ū, č, ģ, ķ, ļ, ņ, š, ž; one set had Latvian), an Albanian taxi company's line (ë, ç; one
set had Albanian) and a Swahili coach company's message (the Latin script, no diacritics; one set had Swahili); the
dev twin is an Afrikaans vet's clinic (two voices; one set had Afrikaans).  Over them go aside43_cases' spoilers
(the electric cars, the toast scraped, the roller shutter, the towels); a talk given a container (IMA ADPCM in a
Core Audio file, 16-bit PCM in a Sun AU file) is kept as the WAV decoded from it, which is what bench_languages.py
reads.

``bench_languages.py --set aside43`` is the lead's alone; ``--set dev86`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside43_cases as a43
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a city library's announcements, two voices in turns
    "lv": [
        "Labdien un laipni lūdzam Rīgas centrālajā bibliotēkā.",
        "Bibliotēka ir atvērta no pirmdienas līdz sestdienai.",
        "Grāmatas var atdot arī pie ieejas durvīm.",
        "Lasītava otrajā stāvā ir klusuma zona.",
        "Bērnu nodaļa atrodas pirmajā stāvā.",
        "Jaunās grāmatas ir apskatāmas pie kases.",
        "Lūdzu, izslēdziet mobilo tālruņu skaņu.",
        "Paldies un uz redzēšanos.",
    ],
    # a taxi company's line
    "sq": [
        "Mirë se vini në shërbimin e taksive Shpejt.",
        "Makinat tona punojnë gjatë gjithë ditës dhe natës.",
        "Për një taksi në qendër të qytetit, shtypni një.",
        "Për udhëtime në aeroport, shtypni dy.",
        "Çmimi fillon me njëqind lekë.",
        "Mund të paguani me para në dorë ose me kartë.",
        "Ju lutem prisni, një operator do t'ju përgjigjet.",
        "Faleminderit që zgjodhët ne.",
    ],
    # a coach company's message
    "sw": [
        "Karibu kwenye kampuni ya mabasi ya Pwani.",
        "Mabasi yetu huondoka kila saa moja asubuhi.",
        "Safari ya kwenda Mombasa inachukua saa nane.",
        "Tiketi zinapatikana ofisini au kwa simu.",
        "Watoto chini ya miaka mitano husafiri bure.",
        "Tafadhali fika dakika thelathini kabla ya safari.",
        "Mizigo mikubwa hulipiwa zaidi.",
        "Asante kwa kusafiri nasi.",
    ],
    # the Afrikaans dev twin's lines (a vet's clinic, two voices)
    "af_dev": [
        "Welkom by die Karoo dierekliniek.",
        "Ons is oop van agtuur soggens tot vyfuur smiddae.",
        "Vir 'n noodgeval, druk asseblief een.",
        "Entings word elke Dinsdag en Donderdag gegee.",
        "Bring asseblief u troeteldier se kaart saam.",
        "Baie dankie en mooi bly.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a43.FortyThirdSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside43_cases.FortyThirdSpoilers; ``codec``: aside43_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "lv+m2@0.95"
    return {
        # ---- development twins (the French dev prompts; Afrikaans dev sentences)
        "rd86_fr_real_evcar_toast": LangSpec(d, "fr", "spoiled", R(140801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                   long_pauses=0.3),
                                             room=("murmur", 32), seed=140811, evcar=1, toast=1),
        "rd86_af_espeak_two_speakers_roller_towels_au": LangSpec(d, "af", "spoiled", recordings=[
            espeak_lines_talk(S["af_dev"], ["af+m6", "af+f4@0.95"], 140802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=140812, roller=1, towels=1, codec="au"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside43)
        "vy_fr_real_evcar_caf": LangSpec(a, "fr", "spoiled", R(140101, 12, snr_db=q, gap=(0.4, 1.4)),
                                         room=("murmur", 30), seed=140201, evcar=2, codec="caf"),
        "vy_es_real_toast": LangSpec(a, "es", "spoiled", R(140102, 12, snr_db=q, gap=(0.5, 1.5)),
                                     room=("pink", 36), seed=140202, toast=2),
        "vy_it_real_roller": LangSpec(a, "it", "spoiled", R(140103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                      room=("pink", 34), seed=140203, roller=2),
        "vy_ru_real_towels_au": LangSpec(a, "ru", "spoiled", R(140104, 12, wideband=True, snr_db=q,
                                                               gap=(0.4, 1.4)),
                                         room=("fan", 34), seed=140204, towels=2, codec="au"),
        "vy_lv_espeak_two_speakers_toast_evcar": LangSpec(a, "lv", "spoiled", recordings=[
            espeak_lines_talk(S["lv"], ["lv+m4", "lv+f3@0.95"], 140105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=140205, toast=1, evcar=2),
        "vy_sq_espeak_roller": LangSpec(a, "sq", "spoiled", recordings=[
            espeak_lines_talk(S["sq"], ["sq+m2@0.95"], 140106, pause=(0.4, 1.3))], room=("pink", 34), seed=140206,
            roller=2),
        "vy_sw_espeak_towels": LangSpec(a, "sw", "spoiled", recordings=[
            espeak_lines_talk(S["sw"], ["sw+f2"], 140107, pause=(0.4, 1.3))], room=("pink", 36), seed=140207,
            towels=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd86_fr_real_evcar_toast", "rd86_af_espeak_two_speakers_roller_towels_au"],
         "aside": ["vy_fr_real_evcar_caf", "vy_es_real_toast", "vy_it_real_roller", "vy_ru_real_towels_au",
                   "vy_lv_espeak_two_speakers_toast_evcar", "vy_sq_espeak_roller", "vy_sw_espeak_towels"]}
LANGS = "fr,es,it,ru,lv,sq,sw"  #: bench_languages' default languages for aside43
DEV_LANGS = "fr,af"  #: ... and for dev86


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a43)
