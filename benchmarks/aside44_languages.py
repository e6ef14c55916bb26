"""Language talks of the forty-fourth aside set (``wy_<lang>_*``, seeds 142xxx), dev twins ``rd87_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``vy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages the aside sets used least: a pharmacy's line in Macedonian (two voices in turns, the Cyrillic script with
its ѓ, ќ, ѕ, џ, љ, њ; one set had Macedonian), a Gozo ferry's message in Maltese (the Latin script with ċ, ġ, għ,
ħ, ż; one set had Maltese) and a bank's line in Nepali (Devanagari; one set had Nepali); the dev twin is an
Azerbaijani dentist's clinic (the Latin script with ə, ğ, ı, ö, ş, ü, ç; one set had Azerbaijani).  Over them go
aside44_cases' spoilers (the mug set down, the singing bowl, the coin spun, the ruler twanged); a talk given a
container (16-bit PCM in a camera's MP4, A-law in a QuickTime movie) is kept as the WAV decoded from it, which is
what bench_languages.py reads.

``bench_languages.py --set aside44`` is the lead's alone; ``--set dev87`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside44_cases as a44
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a pharmacy's line, two voices in turns
    "mk": [
        "Добредојдовте во аптеката Здравје.",
        "Аптеката работи секој ден од осум до дваесет часот.",
        "За рецепти и лекови, притиснете еден.",
        "За прашања за вашата нарачка, притиснете два.",
        "Нашите фармацевти ќе ви помогнат со совет.",
        "Во недела работиме само до пладне.",
        "Ве молиме почекајте на линија.",
        "Ви благодариме што се јавивте.",
    ],
    # a Gozo ferry's message
    "mt": [
        "Merħba għand il-vapur ta' Għawdex.",
        "Il-vapur jitlaq kull siegħa miċ-Ċirkewwa.",
        "Il-biljetti jinxtraw fl-Imġarr qabel ma terġa' lura.",
        "Jekk għandek karozza, jekk jogħġbok wasal kmieni.",
        "It-tfal taħt it-tnax-il sena jħallsu inqas.",
        "Meta jkun hemm riħ qawwi, il-vjaġġi jistgħu jiġu kkanċellati.",
        "Għal aktar informazzjoni, agħfas wieħed.",
        "Grazzi u vjaġġ it-tajjeb.",
    ],
    # a bank's line
    "ne": [
        "हाम्रो बैंकमा तपाईंलाई स्वागत छ।",
        "बैंक आइतबारदेखि शुक्रबारसम्म खुला रहन्छ।",
        "नयाँ खाता खोल्नका लागि एक थिच्नुहोस्।",
        "ऋणको जानकारीका लागि दुई थिच्नुहोस्।",
        "हाम्रा कर्मचारीले तपाईंलाई सहयोग गर्नेछन्।",
        "कृपया केही बेर पर्खनुहोस्।",
        "तपाईंको समयका लागि धन्यवाद।",
        "तपाईंको दिन शुभ रहोस्।",
    ],
    # the Azerbaijani dev twin's lines (a dentist's clinic)
    "az_dev": [
        "Gülüş diş klinikasına xoş gəlmisiniz.",
        "Klinika hər gün səhər doqquzdan axşam altıya qədər işləyir.",
        "Qəbula yazılmaq üçün bir düyməsini basın.",
        "Təcili yardım üçün iki düyməsini basın.",
        "Zəhmət olmasa, gəlişinizdən bir gün əvvəl zəng edin.",
        "Təşəkkür edirik, sağ olun.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a44.FortyFourthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside44_cases.FortyFourthSpoilers; ``codec``: aside44_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "mk+m2@0.95"
    return {
        # ---- development twins (the French dev prompts; Azerbaijani dev sentences)
        "rd87_fr_real_mug_bowl": LangSpec(d, "fr", "spoiled", R(142801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                long_pauses=0.3),
                                          room=("murmur", 32), seed=142811, mug=1, bowl=1),
        "rd87_az_espeak_two_speakers_coin_ruler_mov": LangSpec(d, "az", "spoiled", recordings=[
            espeak_lines_talk(S["az_dev"], ["az+m3", "az+f2@0.95"], 142802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=142812, coin=1, ruler=1, codec="mov"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside44)
        "wy_fr_real_mug_mp4": LangSpec(a, "fr", "spoiled", R(142101, 12, snr_db=q, gap=(0.4, 1.4)),
                                       room=("murmur", 30), seed=142201, mug=2, codec="mp4"),
        "wy_es_real_bowl": LangSpec(a, "es", "spoiled", R(142102, 12, snr_db=q, gap=(0.5, 1.5)),
                                    room=("pink", 36), seed=142202, bowl=2),
        "wy_it_real_coin": LangSpec(a, "it", "spoiled", R(142103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                    room=("pink", 34), seed=142203, coin=2),
        "wy_ru_real_ruler_mov": LangSpec(a, "ru", "spoiled", R(142104, 12, wideband=True, snr_db=q,
                                                               gap=(0.4, 1.4)),
                                         room=("fan", 34), seed=142204, ruler=2, codec="mov"),
        "wy_mk_espeak_two_speakers_bowl_mug": LangSpec(a, "mk", "spoiled", recordings=[
            espeak_lines_talk(S["mk"], ["mk+m4", "mk+f3@0.95"], 142105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=142205, bowl=1, mug=2),
        "wy_mt_espeak_coin": LangSpec(a, "mt", "spoiled", recordings=[
            espeak_lines_talk(S["mt"], ["mt+m2@0.95"], 142106, pause=(0.4, 1.3))], room=("pink", 34), seed=142206,
            coin=2),
        "wy_ne_espeak_ruler": LangSpec(a, "ne", "spoiled", recordings=[
            espeak_lines_talk(S["ne"], ["ne+f2"], 142107, pause=(0.4, 1.3))], room=("pink", 36), seed=142207,
            ruler=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd87_fr_real_mug_bowl", "rd87_az_espeak_two_speakers_coin_ruler_mov"],
         "aside": ["wy_fr_real_mug_mp4", "wy_es_real_bowl", "wy_it_real_coin", "wy_ru_real_ruler_mov",
                   "wy_mk_espeak_two_speakers_bowl_mug", "wy_mt_espeak_coin", "wy_ne_espeak_ruler"]}
LANGS = "fr,es,it,ru,mk,mt,ne"  #: bench_languages' default languages for aside44
DEV_LANGS = "fr,az"  #: ... and for dev87


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a44)
