"""Language talks of the fortieth aside set (``sy_<lang>_*``, seeds 134xxx), dev twins ``rd83_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``ry_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages no aside set had: two Gujarati presenters of a cooking programme (two voices in turns, the Gujarati
script), a Sarajevo bookshop's telephone message in Bosnian (the Latin script with its č, ć, đ, š, ž), a tea
estate's visitor line in Assamese (the Bengali-Assamese script with its own ৰ and ৱ, sentences ended by ``।``); the
dev twin is a Latin teacher's lesson (two voices).  Over them go aside40_cases' spoilers (the didgeridoo, the dog
panting, the matches, the skipping rope); a talk given a container (AAC in an M4B, FLAC in Ogg) is kept as the WAV
decoded from it, which is what bench_languages.py reads.

``bench_languages.py --set aside40`` is the lead's alone; ``--set dev83`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside40_cases as a40
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two presenters of a cooking programme, in turns
    "gu": [
        "નમસ્તે, અમારા રસોઈ કાર્યક્રમમાં આપનું સ્વાગત છે.",
        "આજે આપણે ગરમ ચા અને ઢોકળાં બનાવીશું.",
        "પહેલા એક વાટકામાં ચણાનો લોટ લો.",
        "તેમાં દહીં, મીઠું અને થોડું પાણી ઉમેરો.",
        "ખીરાને ચાર કલાક માટે ઢાંકીને રાખો.",
        "પછી તેને વરાળમાં વીસ મિનિટ પકાવો.",
        "ઉપરથી રાઈ અને લીલાં મરચાંનો વઘાર કરો.",
        "જોવા બદલ આભાર, ફરી મળીશું.",
    ],
    # a bookshop's telephone message
    "bs": [
        "Hvala što ste nazvali našu knjižaru u Sarajevu.",
        "Radimo od ponedjeljka do subote, od devet do osam sati.",
        "Nove knjige za djecu stigle su ove sedmice.",
        "Ako želite naručiti knjigu, pritisnite jedan.",
        "Za pitanja o udžbenicima pritisnite dva.",
        "Svake srijede uvečer čitamo priče za najmlađe.",
        "Poklon bonove možete kupiti na blagajni.",
        "Ugodan dan i dobro čitanje.",
    ],
    # a tea estate's visitor line
    "as": [
        "আমাৰ চাহ বাগিচালৈ ফোন কৰাৰ বাবে ধন্যবাদ।",
        "বাগিচাখন পুৱা আঠ বজাৰ পৰা খোলা থাকে।",
        "চাহপাত তোলা চাবলৈ পুৱাই আহক।",
        "আমাৰ দোকানত নতুন চাহ পোৱা যায়।",
        "দলীয় ভ্ৰমণৰ বাবে এক টিপক।",
        "বৰষুণৰ দিনত ৰাস্তা পিছল হয়।",
        "অনুগ্ৰহ কৰি গছৰ পাত নিছিঙিব।",
        "আপোনাৰ দিনটো ভাল হওক।",
    ],
    # the Latin dev twin's lines (a teacher's lesson, two voices)
    "la_dev": [
        "Salvete, discipuli, hodie de Roma antiqua loquimur.",
        "Roma in septem collibus aedificata est.",
        "Agricolae in agris laborabant et frumentum colebant.",
        "Pueri in schola linguam Latinam discebant.",
        "Cras fabulam de Romulo et Remo legemus.",
        "Valete et bene dormite.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a40.FortiethSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside40_cases.FortiethSpoilers; ``codec``: aside40_cases.CODECS, kept as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "gu+m3@0.95"
    return {
        # ---- development twins (the French dev prompts; Latin dev sentences)
        "rd83_fr_real_didgeridoo_matches": LangSpec(d, "fr", "spoiled", R(134801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                          long_pauses=0.3),
                                                    room=("murmur", 32), seed=134811, didgeridoo=1, matches=1),
        "rd83_la_espeak_two_speakers_panting_skipping_oga": LangSpec(d, "la", "spoiled", recordings=[
            espeak_lines_talk(S["la_dev"], ["la+m2", "la+f5@0.95"], 134802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=134812, panting=1, skipping=1, codec="oga"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside40)
        "sy_fr_real_panting_m4b": LangSpec(a, "fr", "spoiled", R(134101, 12, snr_db=q, gap=(0.4, 1.4)),
                                           room=("murmur", 30), seed=134201, panting=2, codec="m4b"),
        "sy_es_real_didgeridoo": LangSpec(a, "es", "spoiled", R(134102, 12, snr_db=q, gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=134202, didgeridoo=2),
        "sy_it_real_matches": LangSpec(a, "it", "spoiled", R(134103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                       room=("pink", 34), seed=134203, matches=2),
        "sy_ru_real_skipping_oga": LangSpec(a, "ru", "spoiled", R(134104, 12, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.4)),
                                            room=("fan", 34), seed=134204, skipping=2, codec="oga"),
        "sy_gu_espeak_two_speakers_didgeridoo_panting": LangSpec(a, "gu", "spoiled", recordings=[
            espeak_lines_talk(S["gu"], ["gu+m3", "gu+f4@0.95"], 134105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=134205, didgeridoo=1, panting=2),
        "sy_bs_espeak_matches": LangSpec(a, "bs", "spoiled", recordings=[
            espeak_lines_talk(S["bs"], ["bs+m6@0.95"], 134106, pause=(0.4, 1.3))], room=("pink", 34), seed=134206,
            matches=2),
        "sy_as_espeak_skipping": LangSpec(a, "as", "spoiled", recordings=[
            espeak_lines_talk(S["as"], ["as+f3"], 134107, pause=(0.4, 1.3))], room=("pink", 36), seed=134207,
            skipping=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd83_fr_real_didgeridoo_matches", "rd83_la_espeak_two_speakers_panting_skipping_oga"],
         "aside": ["sy_fr_real_panting_m4b", "sy_es_real_didgeridoo", "sy_it_real_matches", "sy_ru_real_skipping_oga",
                   "sy_gu_espeak_two_speakers_didgeridoo_panting", "sy_bs_espeak_matches", "sy_as_espeak_skipping"]}
LANGS = "fr,es,it,ru,gu,bs,as"  #: bench_languages' default languages for aside40
DEV_LANGS = "fr,la"  #: ... and for dev83


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a40)
