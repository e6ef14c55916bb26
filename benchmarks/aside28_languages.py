"""Language talks of the twenty-eighth aside set (``fy_<lang>_*``, seeds 110xxx) and their dev twins
(``rd71_<lang>_*``).

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``ey_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages the sets used least (each in one set before, none since the tenth): a Croatian ministry spokeswoman before
the press, two Indonesian lecturers sharing a slide show (two voices in turns), a Norwegian guide at an evening camp
by a lake.  Over them go aside28_cases' spoilers (the camera shutters, the mosquito, the slide projector, the
zipper); a talk given a container (AAC in Matroska, Opus in MP4) is kept as the WAV decoded from it, which is what
bench_languages.py reads.

Nothing here is new but the lines and the spoilers: every language and every real speaker was heard in an earlier
set.  ``bench_languages.py --set aside28`` is the lead's alone; ``--set dev71`` runs the twins.  Packages and
commands: benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside28_cases as a28
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a ministry's spokeswoman before the press
    "hr": [
        "Dobar dan i hvala vam što ste došli na ovu konferenciju.",
        "Ministarstvo je jutros usvojilo novi plan za javni prijevoz.",
        "Prve linije krenut će već od sljedećeg mjeseca.",
        "Cijena mjesečne karte ostat će ista kao i prošle godine.",
        "Novi autobusi voze na struju i mnogo su tiši.",
        "Fotografi mogu snimati do kraja izjave.",
        "Na pitanja ćemo odgovarati nakon kratke stanke.",
        "Hvala vam na pažnji i ugodan ostatak dana.",
    ],
    # two lecturers sharing a slide show, in turns
    "id": [
        "Selamat pagi, hari ini kami akan membahas hutan bakau.",
        "Pada slide pertama, Anda bisa melihat peta pesisir utara.",
        "Hutan bakau melindungi desa dari ombak dan angin kencang.",
        "Slide berikutnya menunjukkan akar yang tumbuh di atas air.",
        "Banyak jenis ikan bertelur di antara akar-akar itu.",
        "Sayangnya, luas hutan ini terus berkurang setiap tahun.",
        "Di slide terakhir ada cara untuk ikut menanam bibit.",
        "Terima kasih, sekarang kami buka sesi tanya jawab.",
    ],
    # a guide at an evening camp by a lake
    "no": [
        "God kveld, og velkommen til leiren ved vannet.",
        "Teltene står klare bak de store furutrærne.",
        "Husk å lukke teltet godt, for myggen er sulten i kveld.",
        "Middagen blir grillet fisk og poteter ved bålet.",
        "I morgen tidlig padler vi over til den lille øya.",
        "Ta med varme klær, det blir kaldt på vannet.",
        "Vi samles her igjen klokka sju i morgen.",
        "Sov godt, og takk for i dag.",
    ],
    # the Italian dev twin's lines, never the aside's
    "it_dev": [
        "Buongiorno a tutti e benvenuti alla conferenza stampa.",
        "Oggi presentiamo il nuovo museo della città.",
        "Le sale apriranno al pubblico il primo di giugno.",
        "L'ingresso sarà gratuito per tutto il primo mese.",
        "Vi preghiamo di spegnere i telefoni durante la visita.",
        "Grazie e arrivederci a presto.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a28.TwentyEighthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside28_cases.TwentyEighthSpoilers; ``codec``: aside28_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "nb+f3@0.95"
    return {
        # ---- development twins (the French dev prompts; Italian dev sentences)
        "rd71_fr_real_projector_zipper": LangSpec(d, "fr", "spoiled", R(110801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                        long_pauses=0.3),
                                                  room=("murmur", 32), seed=110811, projector=3, zipper=1),
        "rd71_it_espeak_two_speakers_shutters_mosquito_mp4": LangSpec(d, "it", "spoiled", recordings=[
            espeak_lines_talk(S["it_dev"], ["it+m4", "it+f2@0.95"], 110802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=110812, shutters=1, mosquito=2, codec="mp4"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside28)
        "fy_fr_real_zipper_mkv": LangSpec(a, "fr", "spoiled", R(110101, 12, snr_db=q, gap=(0.4, 1.4)),
                                          room=("murmur", 30), seed=110201, zipper=2, codec="mkv"),
        "fy_es_real_shutters": LangSpec(a, "es", "spoiled", R(110102, 12, snr_db=q, gap=(0.5, 1.5)),
                                        room=("pink", 36), seed=110202, shutters=3),
        "fy_it_real_projector": LangSpec(a, "it", "spoiled", R(110103, 12, snr_db=q, gap=(0.5, 1.5),
                                                               long_pauses=0.3),
                                         room=("pink", 34), seed=110203, projector=4),
        "fy_ru_real_mosquito_mp4": LangSpec(a, "ru", "spoiled", R(110104, 12, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.4)),
                                            room=("fan", 34), seed=110204, mosquito=3, codec="mp4"),
        "fy_hr_espeak_shutters": LangSpec(a, "hr", "spoiled", recordings=[
            espeak_lines_talk(S["hr"], ["hr+f3"], 110105, pause=(0.6, 1.6))], room=("murmur", 34), seed=110205,
            shutters=3),
        "fy_id_espeak_two_speakers_projector": LangSpec(a, "id", "spoiled", recordings=[
            espeak_lines_talk(S["id"], ["id+m2", "id+f4@0.95"], 110106, pause=(0.4, 1.3), turn=1)],
            room=("pink", 34), seed=110206, projector=3),
        "fy_no_espeak_mosquito_zipper": LangSpec(a, "no", "spoiled", recordings=[
            espeak_lines_talk(S["no"], ["nb+m6@0.95"], 110107, pause=(0.4, 1.3))], room=("pink", 36), seed=110207,
            mosquito=2, zipper=1),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd71_fr_real_projector_zipper", "rd71_it_espeak_two_speakers_shutters_mosquito_mp4"],
         "aside": ["fy_fr_real_zipper_mkv", "fy_es_real_shutters", "fy_it_real_projector", "fy_ru_real_mosquito_mp4",
                   "fy_hr_espeak_shutters", "fy_id_espeak_two_speakers_projector", "fy_no_espeak_mosquito_zipper"]}
LANGS = "fr,es,it,ru,hr,id,no"  #: bench_languages' default languages for aside28
DEV_LANGS = "fr,it"  #: ... and for dev71


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a28)
