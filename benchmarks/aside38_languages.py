"""Language talks of the thirty-eighth aside set (``qy_<lang>_*``, seeds 130xxx), dev twins ``rd81_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``py_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages no aside set had: two Georgian hosts of a cooking programme (two voices in turns, the Georgian alphabet),
a Bengali garden centre's telephone message (the Bengali script), a Kazan bus company's information line in Tatar
(the Cyrillic script with Tatar's own letters); the dev twin is a Sinhala hotel's reception (the Sinhala script).  Over
them go aside38_cases' spoilers (the yawning, the chopping, the sprinkler, the bus); a talk given a container
(E-AC-3 in Matroska, 16-bit PCM in a MOV) is kept as the WAV decoded from it, which is what bench_languages.py reads.

``bench_languages.py --set aside38`` is the lead's alone; ``--set dev81`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside38_cases as a38
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two hosts of a cooking programme, in turns
    "ka": [
        "გამარჯობა და კეთილი იყოს თქვენი მობრძანება ჩვენს სამზარეულოში.",
        "დღეს ვამზადებთ ბოსტნეულის სუპს და ცხელ პურს.",
        "ჯერ ხახვი და სტაფილო წვრილად დავჭრათ.",
        "ქვაბში ჩაასხით ორი ლიტრი წყალი.",
        "როცა წყალი ადუღდება, ჩაყარეთ კარტოფილი.",
        "სუპი ოც წუთს უნდა იხარშოს დაბალ ცეცხლზე.",
        "ბოლოს დაუმატეთ მარილი და ცოტა ქინძი.",
        "გმადლობთ, რომ ჩვენთან ერთად იყავით, შეხვედრამდე.",
    ],
    # a garden centre's telephone message
    "bn": [
        "আমাদের বাগান কেন্দ্রে ফোন করার জন্য ধন্যবাদ।",
        "আমরা প্রতিদিন সকাল আটটা থেকে সন্ধ্যা ছয়টা পর্যন্ত খোলা থাকি।",
        "এই সপ্তাহে সব গোলাপের চারা অর্ধেক দামে পাওয়া যাচ্ছে।",
        "গরমের দিনে গাছে সকালে বা সন্ধ্যায় জল দিন।",
        "নতুন বীজ ও সার দোকানের বাঁ দিকে রাখা আছে।",
        "বাড়িতে পৌঁছে দেওয়ার জন্য দুই টিপুন।",
        "অন্য কোনো প্রশ্নের জন্য লাইনে থাকুন।",
        "আপনার দিনটি শুভ হোক।",
    ],
    # a bus company's information line
    "tt": [
        "Шәһәр автобус хезмәтенә шалтыратуыгыз өчен рәхмәт.",
        "Автобуслар көн саен иртәнге алтыдан төнге унберенчегә кадәр йөри.",
        "Уникенче маршрут бүген базар янында тукталмый.",
        "Билетны йөртүчедән яки тукталыштагы автоматтан алырга мөмкин.",
        "Студентлар һәм пенсионерлар өчен ташлама бар.",
        "Югалган әйберләр турында белү өчен өчне басыгыз.",
        "Зинһар, ишекләр ябылганда сак булыгыз.",
        "Юлыгыз уңышлы булсын.",
    ],
    # the Sinhala dev twin's lines (a hotel's reception)
    "si_dev": [
        "අපගේ හෝටලයට ඔබව සාදරයෙන් පිළිගනිමු.",
        "උදෑසන ආහාරය හත සිට දහය දක්වා ලබා දේ.",
        "පිහිනුම් තටාකය පළමු මහලේ ඇත.",
        "ඔබේ කාමරයේ යතුර පිළිගැනීමේ කවුන්ටරයෙන් ලබා ගන්න.",
        "බස් නැවතුම්පොළ හෝටලය ඉදිරිපිට ඇත.",
        "ස්තුතියි, සුබ දවසක්.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a38.ThirtyEighthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside38_cases.ThirtyEighthSpoilers; ``codec``: aside38_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "ka+m4@0.95"
    return {
        # ---- development twins (the French dev prompts; Sinhala dev sentences)
        "rd81_fr_real_yawning_bus": LangSpec(d, "fr", "spoiled", R(130801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                   long_pauses=0.3),
                                             room=("murmur", 32), seed=130811, yawning=1, bus=1),
        "rd81_si_espeak_two_speakers_chopping_sprinkler_mkv": LangSpec(d, "si", "spoiled", recordings=[
            espeak_lines_talk(S["si_dev"], ["si+m3", "si+f4@0.95"], 130802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=130812, chopping=1, sprinkler=1, codec="mkv"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside38)
        "qy_fr_real_chopping_mov": LangSpec(a, "fr", "spoiled", R(130101, 12, snr_db=q, gap=(0.4, 1.4)),
                                            room=("murmur", 30), seed=130201, chopping=2, codec="mov"),
        "qy_es_real_yawning": LangSpec(a, "es", "spoiled", R(130102, 12, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 36), seed=130202, yawning=2),
        "qy_it_real_sprinkler": LangSpec(a, "it", "spoiled", R(130103, 12, snr_db=q, gap=(0.5, 1.5),
                                                               long_pauses=0.3),
                                         room=("pink", 34), seed=130203, sprinkler=2),
        "qy_ru_real_bus_mkv": LangSpec(a, "ru", "spoiled", R(130104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                       room=("fan", 34), seed=130204, bus=2, codec="mkv"),
        "qy_ka_espeak_two_speakers_yawning_chopping": LangSpec(a, "ka", "spoiled", recordings=[
            espeak_lines_talk(S["ka"], ["ka+m4", "ka+f3@0.95"], 130105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=130205, yawning=1, chopping=2),
        "qy_bn_espeak_sprinkler": LangSpec(a, "bn", "spoiled", recordings=[
            espeak_lines_talk(S["bn"], ["bn+f2@0.95"], 130106, pause=(0.4, 1.3))], room=("pink", 34), seed=130206,
            sprinkler=2),
        "qy_tt_espeak_bus": LangSpec(a, "tt", "spoiled", recordings=[
            espeak_lines_talk(S["tt"], ["tt+m7"], 130107, pause=(0.4, 1.3))], room=("pink", 36), seed=130207,
            bus=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd81_fr_real_yawning_bus", "rd81_si_espeak_two_speakers_chopping_sprinkler_mkv"],
         "aside": ["qy_fr_real_chopping_mov", "qy_es_real_yawning", "qy_it_real_sprinkler", "qy_ru_real_bus_mkv",
                   "qy_ka_espeak_two_speakers_yawning_chopping", "qy_bn_espeak_sprinkler", "qy_tt_espeak_bus"]}
LANGS = "fr,es,it,ru,ka,bn,tt"  #: bench_languages' default languages for aside38
DEV_LANGS = "fr,si"  #: ... and for dev81


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a38)
