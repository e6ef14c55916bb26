"""Language talks of the twenty-seventh aside set (``ey_<lang>_*``, seeds 108xxx) and their dev twins
(``rd70_<lang>_*``).

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``ax_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages the sets used least (each in one set before, none since the fifth): a Finnish guide's evening tour of a
summer garden, two Ukrainian colleagues at a seaside conference (two voices in turns, one pouring the water), a
Hungarian office manager on the new shredder.  Over them go aside27_cases' spoilers (the crickets, the water poured
into a glass, the sea, the paper shredder); a talk given a container (AAC in a transport stream, IMA ADPCM in an
AVI) is kept as the WAV decoded from it, which is what bench_languages.py reads.

Nothing here is new but the lines and the spoilers: every language and every real speaker was heard in an earlier
set.  ``bench_languages.py --set aside27`` is the lead's alone; ``--set dev70`` runs the twins.  Packages and
commands: benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside27_cases as a27
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a guide's evening tour of a summer garden
    "fi": [
        "Hyvää iltaa ja tervetuloa puutarhakierrokselle.",
        "Tämä omenapuu istutettiin yli sata vuotta sitten.",
        "Kuulette varmasti sirkat, jotka laulavat heinikossa.",
        "Ruusut kukkivat tänä kesänä tavallista myöhemmin.",
        "Lammen rannalla kasvaa harvinainen saniainen.",
        "Polku jatkuu koivukujan kautta vanhalle kasvihuoneelle.",
        "Pysytelkää poluilla, sillä nurmikko on juuri kylvetty.",
        "Kiitos, että tulitte, ja hyvää kotimatkaa.",
    ],
    # two colleagues at a seaside conference, in turns
    "uk": [
        "Доброго ранку, дякую, що прийшли на нашу секцію.",
        "Сьогодні ми поговоримо про нові методи перекладу.",
        "Вибачте, я наллю собі трохи води.",
        "Перший доповідач приїхав до нас із Харкова.",
        "Його група працює над словниками вже десять років.",
        "Питання можна ставити після кожної доповіді.",
        "Обід буде на терасі біля моря о першій годині.",
        "А тепер передаю слово моєму колезі.",
    ],
    # an office manager on the new paper shredder
    "hu": [
        "Jó reggelt, pár szót szeretnék mondani az új iratmegsemmisítőről.",
        "A gép a fénymásoló mellett áll, a folyosó végén.",
        "Egyszerre legfeljebb öt lapot tegyenek bele.",
        "A gemkapcsokat előtte vegyék ki a papírokból.",
        "Ha a tartály megtelt, a gép magától leáll.",
        "Az ürítést minden pénteken a gondnok végzi.",
        "A bizalmas iratokat ne hagyják az asztalon.",
        "Köszönöm a figyelmet, és szép napot mindenkinek.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Guten Abend und willkommen auf der Terrasse.",
        "Das Wasser steht auf dem Tisch, bedienen Sie sich.",
        "Wir beginnen gleich mit dem ersten Vortrag.",
        "Danach gibt es eine kurze Pause am Strand.",
        "Bitte nehmen Sie Ihre Unterlagen mit.",
        "Vielen Dank und einen schönen Abend.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a27.TwentySeventhSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside27_cases.TwentySeventhSpoilers; ``codec``: aside27_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "uk+f2@0.95"
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd70_fr_real_surf_shredder": LangSpec(d, "fr", "spoiled", R(108801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                     long_pauses=0.3),
                                               room=("murmur", 32), seed=108811, surf=True, shredder=1),
        "rd70_de_espeak_two_speakers_pour_crickets_avi": LangSpec(d, "de", "spoiled", recordings=[
            espeak_lines_talk(S["de_dev"], ["de+m2", "de+f5@0.95"], 108802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=108812, pour=2, crickets=2, codec="avi"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside27)
        "ey_fr_real_pour_ts": LangSpec(a, "fr", "spoiled", R(108101, 12, snr_db=q, gap=(0.4, 1.4)),
                                       room=("murmur", 30), seed=108201, pour=2, codec="ts"),
        "ey_es_real_crickets": LangSpec(a, "es", "spoiled", R(108102, 12, snr_db=q, gap=(0.5, 1.5)),
                                        room=("pink", 36), seed=108202, crickets=3),
        "ey_it_real_surf": LangSpec(a, "it", "spoiled", R(108103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                    room=("pink", 34), seed=108203, surf=True),
        "ey_ru_real_shredder_avi": LangSpec(a, "ru", "spoiled", R(108104, 12, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.4)),
                                            room=("fan", 34), seed=108204, shredder=1, codec="avi"),
        "ey_fi_espeak_crickets_surf": LangSpec(a, "fi", "spoiled", recordings=[
            espeak_lines_talk(S["fi"], ["fi+f4"], 108105, pause=(0.6, 1.6))], room=("murmur", 34), seed=108205,
            crickets=2, surf=True),
        "ey_uk_espeak_two_speakers_pour": LangSpec(a, "uk", "spoiled", recordings=[
            espeak_lines_talk(S["uk"], ["uk+m3", "uk+f2@0.95"], 108106, pause=(0.4, 1.3), turn=1)],
            room=("pink", 34), seed=108206, pour=2),
        "ey_hu_espeak_shredder": LangSpec(a, "hu", "spoiled", recordings=[
            espeak_lines_talk(S["hu"], ["hu+m5@0.95"], 108107, pause=(0.4, 1.3))], room=("fan", 36), seed=108207,
            shredder=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd70_fr_real_surf_shredder", "rd70_de_espeak_two_speakers_pour_crickets_avi"],
         "aside": ["ey_fr_real_pour_ts", "ey_es_real_crickets", "ey_it_real_surf", "ey_ru_real_shredder_avi",
                   "ey_fi_espeak_crickets_surf", "ey_uk_espeak_two_speakers_pour", "ey_hu_espeak_shredder"]}
LANGS = "fr,es,it,ru,fi,uk,hu"  #: bench_languages' default languages for aside27
DEV_LANGS = "fr,de"  #: ... and for dev70


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a27)
