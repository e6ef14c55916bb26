"""Language talks of the twenty-ninth aside set (``gy_<lang>_*``, seeds 112xxx) and their dev twins
(``rd72_<lang>_*``).

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``fy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages the sets used least (each in one set before: Slovak in the sixth, Malay in the eighth, Bulgarian in the
eleventh): a Slovak caretaker's talk at a block of flats' residents' meeting, a Bulgarian librarian opening a
reading room, two Malay teachers at a school's sports day prize-giving (two voices in turns).  Over them go
aside29_cases' spoilers (the heating's pipes, the wind chime, the dripping tap, the table tennis next door); a talk
given a container (AC-3 in M2TS, MPEG-1 Layer II in an MPEG program stream) is kept as the WAV decoded from it,
which is what bench_languages.py reads.

Nothing here is new but the lines and the spoilers: every language and every real speaker was heard in an earlier
set.  ``bench_languages.py --set aside29`` is the lead's alone; ``--set dev72`` runs the twins.  Packages and
commands: benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside29_cases as a29
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a caretaker at a block of flats' residents' meeting
    "sk": [
        "Dobrý večer, ďakujem, že ste prišli na schôdzu obyvateľov.",
        "Od budúceho týždňa sa začne opravovať kúrenie v celom dome.",
        "Radiátory budú niekoľko dní klopať, kým sa z nich vypustí vzduch.",
        "Prosím, nechajte kľúče od pivníc u mňa na vrátnici.",
        "Výťah bude v piatok celý deň mimo prevádzky.",
        "Nové zámky na vchodové dvere dostane každý byt zadarmo.",
        "Ak máte otázky, môžete mi zavolať kedykoľvek cez deň.",
        "Ďakujem za pozornosť a prajem vám pokojný večer.",
    ],
    # a librarian opening a reading room
    "bg": [
        "Добър ден и добре дошли в новата читалня на библиотеката.",
        "Залата е отворена всеки ден от девет до седем часа.",
        "На втория етаж ще намерите списания и стари вестници.",
        "Моля, не оставяйте чашите с кафе близо до книгите.",
        "Безжичният интернет е безплатен за всички читатели.",
        "През лятото прозорците са отворени и се чува вятърът.",
        "Ако търсите рядка книга, попитайте на гишето.",
        "Благодаря ви и приятно четене.",
    ],
    # two teachers at a school's sports day prize-giving, in turns
    "ms": [
        "Selamat petang kepada semua ibu bapa dan murid.",
        "Hari ini kita meraikan hari sukan tahunan sekolah kita.",
        "Pasukan biru telah menang dalam perlumbaan lari berganti-ganti.",
        "Tahniah juga kepada pemain pingpong yang bermain dengan cemerlang.",
        "Hadiah akan diberikan mengikut nama yang dipanggil.",
        "Sila naik ke pentas apabila nama anda disebut.",
        "Terima kasih kepada guru-guru yang membantu sepanjang hari.",
        "Jumpa lagi pada hari sukan tahun hadapan.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Guten Abend und willkommen zum Vortrag über alte Gärten.",
        "Heute sehen wir Bilder aus drei Klostergärten.",
        "Der erste wurde vor vierhundert Jahren angelegt.",
        "Im Sommer blühen dort mehr als hundert Rosen.",
        "Nach dem Vortrag gibt es Tee im Nebenraum.",
        "Wir danken Ihnen und wünschen eine gute Heimfahrt.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a29.TwentyNinthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside29_cases.TwentyNinthSpoilers; ``codec``: aside29_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "bg+m3@0.95"
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd72_fr_real_drips_pingpong": LangSpec(d, "fr", "spoiled", R(112801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                      long_pauses=0.3),
                                                room=("murmur", 32), seed=112811, drips=True, pingpong=1),
        "rd72_de_espeak_two_speakers_radiator_chimes_mpg": LangSpec(d, "de", "spoiled", recordings=[
            espeak_lines_talk(S["de_dev"], ["de+m5", "de+f3@0.95"], 112802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=112812, radiator=1, chimes=2, codec="mpg"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside29)
        "gy_fr_real_radiator_mts": LangSpec(a, "fr", "spoiled", R(112101, 12, snr_db=q, gap=(0.4, 1.4)),
                                            room=("murmur", 30), seed=112201, radiator=2, codec="mts"),
        "gy_es_real_chimes": LangSpec(a, "es", "spoiled", R(112102, 12, snr_db=q, gap=(0.5, 1.5)),
                                      room=("pink", 36), seed=112202, chimes=3),
        "gy_it_real_drips": LangSpec(a, "it", "spoiled", R(112103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                     room=("pink", 34), seed=112203, drips=True),
        "gy_ru_real_pingpong_mpg": LangSpec(a, "ru", "spoiled", R(112104, 12, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.4)),
                                            room=("fan", 34), seed=112204, pingpong=3, codec="mpg"),
        "gy_sk_espeak_radiator": LangSpec(a, "sk", "spoiled", recordings=[
            espeak_lines_talk(S["sk"], ["sk+m2"], 112105, pause=(0.6, 1.6))], room=("murmur", 34), seed=112205,
            radiator=2),
        "gy_bg_espeak_chimes_drips": LangSpec(a, "bg", "spoiled", recordings=[
            espeak_lines_talk(S["bg"], ["bg+f2@0.95"], 112106, pause=(0.4, 1.3))], room=("pink", 34), seed=112206,
            chimes=2, drips=True),
        "gy_ms_espeak_two_speakers_pingpong": LangSpec(a, "ms", "spoiled", recordings=[
            espeak_lines_talk(S["ms"], ["ms+m3", "ms+f4@0.95"], 112107, pause=(0.4, 1.3), turn=1)],
            room=("pink", 36), seed=112207, pingpong=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd72_fr_real_drips_pingpong", "rd72_de_espeak_two_speakers_radiator_chimes_mpg"],
         "aside": ["gy_fr_real_radiator_mts", "gy_es_real_chimes", "gy_it_real_drips", "gy_ru_real_pingpong_mpg",
                   "gy_sk_espeak_radiator", "gy_bg_espeak_chimes_drips", "gy_ms_espeak_two_speakers_pingpong"]}
LANGS = "fr,es,it,ru,sk,bg,ms"  #: bench_languages' default languages for aside29
DEV_LANGS = "fr,de"  #: ... and for dev72


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a29)
