"""Language talks of the thirty-second aside set (``ky_<lang>_*``, seeds 118xxx), dev twins ``rd75_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``iy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages no aside set had: two Slovenian shepherds opening a mountain pasture's open day (two voices in turns), an
Estonian archivist's talk on a newspaper's old typewriters, a Korean curator's talk at a music box museum.  Over
them go aside32_cases' spoilers (the organ, the typewriter, the music box, the sheep); a talk given a container
(MPEG-1 Layer II in a Windows Media Center recording, AAC in a Smooth Streaming MP4) is kept as the WAV decoded
from it, which is what bench_languages.py reads.

``bench_languages.py --set aside32`` is the lead's alone; ``--set dev75`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside32_cases as a32
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two shepherds opening a mountain pasture's open day, in turns
    "sl": [
        "Dobrodošli na dnevu odprtih vrat naše planine.",
        "Ovce so tukaj gori od začetka junija do konca septembra.",
        "Vsako jutro jih ob šestih preštejemo in pomolzemo.",
        "Iz njihovega mleka delamo sir, ki ga lahko poskusite v koči.",
        "Prosimo, da psov ne spuščate z vrvice blizu črede.",
        "Ob enajstih bomo pokazali, kako se striže volna.",
        "Pot nazaj v dolino je označena z rdečimi znaki.",
        "Hvala za obisk in srečno pot domov.",
    ],
    # an archivist's talk on a newspaper's old typewriters
    "et": [
        "Tere õhtust ja tere tulemast meie ajalehe arhiivi.",
        "Need kirjutusmasinad töötasid toimetuses üle neljakümne aasta.",
        "Igal ajakirjanikul oli oma masin ja oma harjumused.",
        "Kella viieks pidi kogu lugu olema ümber trükitud.",
        "Kõige vanem masin on pärit aastast tuhat üheksasada kakskümmend.",
        "Lindid tuli vahetada peaaegu iga nädal.",
        "Järgmises saalis näete vanu fotosid trükikojast.",
        "Suur aitäh kuulamast ja head õhtut.",
    ],
    # a curator's talk at a music box museum
    "ko": [
        "안녕하세요, 오르골 박물관에 오신 것을 환영합니다.",
        "이 오르골은 백 년도 더 전에 스위스에서 만들어졌습니다.",
        "태엽을 감으면 작은 금속 빗이 음악을 연주합니다.",
        "빗의 이가 길수록 소리는 더 낮아집니다.",
        "전시품은 눈으로만 보시고 손대지 말아 주세요.",
        "두 번째 방에서는 직접 오르골을 만들어 볼 수 있습니다.",
        "기념품 가게는 오후 여섯 시까지 엽니다.",
        "끝까지 들어 주셔서 정말 감사합니다.",
    ],
    # the German dev twin's lines (a choir's rehearsal evening)
    "de_dev": [
        "Guten Abend und willkommen zur Probe unseres Kirchenchors.",
        "Heute üben wir die Lieder für das Sommerfest.",
        "Die Noten liegen hinten auf dem Tisch bei der Tür.",
        "Wer neu ist, setzt sich bitte zu den Tenören.",
        "In der Pause gibt es Tee und Kuchen im Gemeindesaal.",
        "Danke fürs Kommen und bis nächsten Donnerstag.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a32.ThirtySecondSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside32_cases.ThirtySecondSpoilers; ``codec``: aside32_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "ko+m3@0.95"
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd75_fr_real_organ_sheep": LangSpec(d, "fr", "spoiled", R(118801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                   long_pauses=0.3),
                                             room=("murmur", 32), seed=118811, organ=1, sheep=1),
        "rd75_de_espeak_two_speakers_typewriter_musicbox_wtv": LangSpec(d, "de", "spoiled", recordings=[
            espeak_lines_talk(S["de_dev"], ["de+m5", "de+f3@0.95"], 118802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=118812, typewriter=1, musicbox=1, codec="wtv"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside32)
        "ky_fr_real_musicbox_ismv": LangSpec(a, "fr", "spoiled", R(118101, 12, snr_db=q, gap=(0.4, 1.4)),
                                             room=("murmur", 30), seed=118201, musicbox=2, codec="ismv"),
        "ky_es_real_sheep": LangSpec(a, "es", "spoiled", R(118102, 12, snr_db=q, gap=(0.5, 1.5)),
                                     room=("pink", 36), seed=118202, sheep=3),
        "ky_it_real_organ": LangSpec(a, "it", "spoiled", R(118103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                     room=("pink", 34), seed=118203, organ=2),
        "ky_ru_real_typewriter_wtv": LangSpec(a, "ru", "spoiled", R(118104, 12, wideband=True, snr_db=q,
                                                                    gap=(0.4, 1.4)),
                                              room=("fan", 34), seed=118204, typewriter=2, codec="wtv"),
        "ky_sl_espeak_two_speakers_sheep_organ": LangSpec(a, "sl", "spoiled", recordings=[
            espeak_lines_talk(S["sl"], ["sl+m4", "sl+f2@0.95"], 118105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=118205, sheep=2, organ=1),
        "ky_et_espeak_typewriter": LangSpec(a, "et", "spoiled", recordings=[
            espeak_lines_talk(S["et"], ["et+m2@0.95"], 118106, pause=(0.4, 1.3))], room=("pink", 34), seed=118206,
            typewriter=2),
        "ky_ko_espeak_musicbox": LangSpec(a, "ko", "spoiled", recordings=[
            espeak_lines_talk(S["ko"], ["ko+f4"], 118107, pause=(0.4, 1.3))], room=("pink", 36), seed=118207,
            musicbox=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd75_fr_real_organ_sheep", "rd75_de_espeak_two_speakers_typewriter_musicbox_wtv"],
         "aside": ["ky_fr_real_musicbox_ismv", "ky_es_real_sheep", "ky_it_real_organ", "ky_ru_real_typewriter_wtv",
                   "ky_sl_espeak_two_speakers_sheep_organ", "ky_et_espeak_typewriter", "ky_ko_espeak_musicbox"]}
LANGS = "fr,es,it,ru,sl,et,ko"  #: bench_languages' default languages for aside32
DEV_LANGS = "fr,de"  #: ... and for dev75


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a32)
