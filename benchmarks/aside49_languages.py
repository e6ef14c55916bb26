"""Language talks of the forty-ninth aside set (``cz_<lang>_*``, seeds 152xxx), dev twins ``rd92_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``bz_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below: a
library's line in Sinhala (two voices in turns; the Sinhala abugida, its vowel signs written before, over and after
their consonants), a bus station's line in Turkmen (Latin letters with ň, ä, ý, ž, ş, ç) and a museum's line in Korean
(Hangul syllable blocks, spaces between words).  Of the languages Whisper and espeak-ng both know, Sinhala and Turkmen
were the last never held aside (each was one set's dev twin: the thirty-eighth's, the forty-sixth's); none is left
that no set had, so the third is Korean, held aside once (the thirty-second set) and not since.  aeneas's table
(bench_languages.AENEAS_CODES) names Sinhala and Korean, not Turkmen (added for the row): the peer runs where its
espeak-ng has the language.  The dev twin is a post office's line in Welsh (the thirty-third set's aside language, seen
since), on new sentences.  Over them go aside49_cases' spoilers (the hole punch, the dice, the whisk, the till); a
talk given a container (ALAC in Matroska, float PCM in a MOV) is kept as the WAV decoded from it, which is what
bench_languages.py reads.

``bench_languages.py --set aside49`` is the lead's alone; ``--set dev92`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside49_cases as a49
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a library's line, two voices in turns
    "si": [
        "ආයුබෝවන්, ඔබ අමතා ඇත්තේ නගර පුස්තකාලයටයි.",
        "පොත් අලුත් කිරීමට අංක එක ඔබන්න.",
        "සාමාජිකත්වය ගැන විමසීමට අංක දෙක ඔබන්න.",
        "පුස්තකාලය සඳුදා සිට සෙනසුරාදා දක්වා විවෘතයි.",
        "කරුණාකර මොහොතක් රැඳී සිටින්න.",
        "අපගේ සේවකයෙක් ඉක්මනින් ඔබට පිළිතුරු දෙනු ඇත.",
        "ඔබගේ ඇමතුමට ස්තූතියි.",
        "ගිහින් එන්න.",
    ],
    # a bus station's line
    "tk": [
        "Salam, siz awtobus menziline jaň etdiňiz.",
        "Bilet satyn almak üçin bir düwmä basyň.",
        "Ýük barada soramak üçin iki düwmä basyň.",
        "Menzil her gün ir sagat altydan işleýär.",
        "Ähli işgärlerimiz häzir meşgul.",
        "Haýyş edýäris, biraz garaşyň.",
        "Jaňyňyz biziň üçin möhüm.",
        "Sag boluň.",
    ],
    # a museum's line
    "ko": [
        "안녕하세요, 시립 박물관에 전화해 주셔서 감사합니다.",
        "관람 시간을 알고 싶으시면 일번을 눌러 주세요.",
        "단체 예약은 이번을 눌러 주세요.",
        "박물관은 화요일부터 일요일까지 문을 엽니다.",
        "지금은 모든 직원이 통화 중입니다.",
        "잠시만 기다려 주십시오.",
        "곧 연결해 드리겠습니다.",
        "좋은 하루 되세요.",
    ],
    # the Welsh dev twin's lines (a post office)
    "cy_dev": [
        "Croeso, rydych chi wedi ffonio swyddfa'r post.",
        "I anfon parsel, pwyswch un.",
        "I gasglu llythyr, pwyswch dau.",
        "Mae'r swyddfa ar agor o ddydd Llun i ddydd Sadwrn.",
        "Arhoswch os gwelwch yn dda.",
        "Diolch am ffonio.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a49.FortyNinthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside49_cases.FortyNinthSpoilers; ``codec``: aside49_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "si+m2@0.95"
    return {
        # ---- development twins (the French dev prompts; Welsh dev sentences)
        "rd92_fr_real_dice_punch": LangSpec(d, "fr", "spoiled", R(152801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                  long_pauses=0.3),
                                            room=("murmur", 32), seed=152811, dice=1, punch=1),
        "rd92_cy_espeak_two_speakers_whisk_till_mkv": LangSpec(d, "cy", "spoiled", recordings=[
            espeak_lines_talk(S["cy_dev"], ["cy+m5", "cy+f3@0.95"], 152802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=152812, whisk=1, till=1, codec="mkv"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside49)
        "cz_fr_real_dice_mov": LangSpec(a, "fr", "spoiled", R(152101, 12, snr_db=q, gap=(0.4, 1.4)),
                                        room=("murmur", 30), seed=152201, dice=2, codec="mov"),
        "cz_es_real_punch": LangSpec(a, "es", "spoiled", R(152102, 12, snr_db=q, gap=(0.5, 1.5)),
                                     room=("pink", 36), seed=152202, punch=2),
        "cz_it_real_whisk": LangSpec(a, "it", "spoiled", R(152103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                     room=("pink", 34), seed=152203, whisk=2),
        "cz_ru_real_till_mkv": LangSpec(a, "ru", "spoiled", R(152104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                        room=("fan", 34), seed=152204, till=2, codec="mkv"),
        "cz_si_espeak_two_speakers_punch_dice": LangSpec(a, "si", "spoiled", recordings=[
            espeak_lines_talk(S["si"], ["si+m4", "si+f3@0.95"], 152105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=152205, punch=1, dice=2),
        "cz_tk_espeak_whisk": LangSpec(a, "tk", "spoiled", recordings=[
            espeak_lines_talk(S["tk"], ["tk+m7@0.95"], 152106, pause=(0.4, 1.3))], room=("pink", 34), seed=152206,
            whisk=2),
        "cz_ko_espeak_till": LangSpec(a, "ko", "spoiled", recordings=[
            espeak_lines_talk(S["ko"], ["ko+f5"], 152107, pause=(0.4, 1.3))], room=("pink", 36), seed=152207,
            till=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd92_fr_real_dice_punch", "rd92_cy_espeak_two_speakers_whisk_till_mkv"],
         "aside": ["cz_fr_real_dice_mov", "cz_es_real_punch", "cz_it_real_whisk", "cz_ru_real_till_mkv",
                   "cz_si_espeak_two_speakers_punch_dice", "cz_tk_espeak_whisk", "cz_ko_espeak_till"]}
LANGS = "fr,es,it,ru,si,tk,ko"  #: bench_languages' default languages for aside49
DEV_LANGS = "fr,cy"  #: ... and for dev92


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a49)
