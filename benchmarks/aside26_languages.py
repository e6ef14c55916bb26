"""Language talks of the twenty-sixth aside set (``ax_<lang>_*``, seeds 106xxx) and their dev twins (``rd69_<lang>_*``).

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``ix_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages the sets used least (each in one set before, none since the fifth): a Brazilian Portuguese commuter's
voice note about the metro, two Turkish colleagues in an office waiting for the lift (two voices in turns), a Danish
office manager on the new printer.  Over them go aside26_cases' spoilers (the underground train, the lift, the
ceiling fan, the laser printer); a talk given a container (AAC in MOV, MP3 in MKV) is kept as the WAV decoded from
it, which is what bench_languages.py reads.

Nothing here is new but the lines and the spoilers: every language and every real speaker was heard in an earlier
set.  ``bench_languages.py --set aside26`` is the lead's alone; ``--set dev69`` runs the twins.  Packages and
commands: benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside26_cases as a26
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a commuter's voice note to a friend, recorded on the platform
    "pt": [
        "Oi, estou na estação esperando o metrô das oito.",
        "O trem atrasou de novo por causa da chuva.",
        "Acho que vou chegar uns quinze minutos mais tarde.",
        "Você pode avisar a equipe que a reunião começa sem mim?",
        "Deixei os documentos impressos na minha mesa.",
        "Se alguém perguntar, a apresentação está na pasta comum.",
        "Depois do almoço a gente revisa o orçamento juntos.",
        "Obrigado, e até daqui a pouco.",
    ],
    # two colleagues waiting for the lift, in turns
    "tr": [
        "Asansör yine çok yavaş geliyor bugün.",
        "Dördüncü katta bir taşınma var galiba.",
        "Merdivenden çıksak daha çabuk olurdu.",
        "Yedinci kata kadar mı, hiç sanmıyorum.",
        "Toplantı odasını saat onda ayırmıştım.",
        "Sunumu yazıcıdan almayı unutmadın değil mi?",
        "Hayır, hepsi çantamda, merak etme.",
        "İşte kapı açıldı, hadi binelim.",
    ],
    # an office manager on the new printer
    "da": [
        "Godmorgen, jeg har et par ord om den nye printer.",
        "Den står nu ved vinduet i stedet for ved køkkenet.",
        "I skal vælge jeres navn på skærmen, før den udskriver.",
        "Papiret ligger i skabet lige under den.",
        "Hvis den melder papirstop, så ring til mig.",
        "Farveudskrifter koster mere, så brug dem med omtanke.",
        "Den gamle printer bliver hentet på fredag.",
        "Tak fordi I har været tålmodige med flytningen.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Guten Morgen, hier spricht die Hausverwaltung.",
        "Der Aufzug im Hinterhaus wird am Montag gewartet.",
        "Bitte benutzen Sie an diesem Tag die Treppe.",
        "Der neue Drucker im Erdgeschoss steht allen zur Verfügung.",
        "Fragen beantwortet der Hausmeister gern.",
        "Vielen Dank und eine gute Woche.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a26.TwentySixthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside26_cases.TwentySixthSpoilers; ``codec``: aside26_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "tr+f3@0.95"
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd69_fr_real_tube_printer": LangSpec(d, "fr", "spoiled", R(106801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                    long_pauses=0.3),
                                              room=("murmur", 32), seed=106811, tube=1, printer=1),
        "rd69_de_espeak_two_speakers_lift_ceiling_mkv": LangSpec(d, "de", "spoiled", recordings=[
            espeak_lines_talk(S["de_dev"], ["de+m5", "de+f3"], 106802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=106812, lift=2, ceiling=True, codec="mkv"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside26)
        "ax_fr_real_lift_mov": LangSpec(a, "fr", "spoiled", R(106101, 12, snr_db=q, gap=(0.4, 1.4)),
                                        room=("murmur", 30), seed=106201, lift=2, codec="mov"),
        "ax_es_real_tube": LangSpec(a, "es", "spoiled", R(106102, 12, snr_db=q, gap=(0.5, 1.5)),
                                    room=("pink", 36), seed=106202, tube=1),
        "ax_it_real_ceiling": LangSpec(a, "it", "spoiled", R(106103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                       room=("murmur", 30), seed=106203, ceiling=True),
        "ax_ru_real_printer_mkv": LangSpec(a, "ru", "spoiled", R(106104, 12, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.4)),
                                           room=("fan", 34), seed=106204, printer=1, codec="mkv"),
        "ax_pt_espeak_tube_ceiling": LangSpec(a, "pt", "spoiled", recordings=[
            espeak_lines_talk(S["pt"], ["pt-br+f5"], 106105, pause=(0.6, 1.6))], room=("murmur", 32), seed=106205,
            tube=1, ceiling=True),
        "ax_tr_espeak_two_speakers_lift": LangSpec(a, "tr", "spoiled", recordings=[
            espeak_lines_talk(S["tr"], ["tr+m2", "tr+f3@0.95"], 106106, pause=(0.4, 1.3), turn=1)],
            room=("pink", 34), seed=106206, lift=2),
        "ax_da_espeak_printer": LangSpec(a, "da", "spoiled", recordings=[
            espeak_lines_talk(S["da"], ["da+m6@0.95"], 106107, pause=(0.4, 1.3))], room=("fan", 36), seed=106207,
            printer=1),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd69_fr_real_tube_printer", "rd69_de_espeak_two_speakers_lift_ceiling_mkv"],
         "aside": ["ax_fr_real_lift_mov", "ax_es_real_tube", "ax_it_real_ceiling", "ax_ru_real_printer_mkv",
                   "ax_pt_espeak_tube_ceiling", "ax_tr_espeak_two_speakers_lift", "ax_da_espeak_printer"]}
LANGS = "fr,es,it,ru,pt,tr,da"  #: bench_languages' default languages for aside26
DEV_LANGS = "fr,de"  #: ... and for dev69


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a26)
