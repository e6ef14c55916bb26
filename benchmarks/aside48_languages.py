"""Language talks of the forty-eighth aside set (``bz_<lang>_*``, seeds 150xxx), dev twins ``rd91_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``zy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below: a
pharmacy's line in Sindhi (two voices in turns; the Arabic script written right to left with Sindhi's own letters
ڀ, ڪ, ڳ, ٻ, ڇ, none of which an earlier set's sentences had), a bank's line in Thai (a script written without spaces
between words, only between phrases, and tones marked over the consonants) and a clinic's line in Hawaiian (the
ʻokina and the kahakō; Hawaiian was only the forty-seventh set's dev twin before).  Of the languages Whisper and
espeak-ng both know, Sindhi and Thai were the last no set had, and Hawaiian had never been held aside; aeneas's
espeak-ng table has none of the three, so the peer runs on the real talks only.  The dev twin is a council office's
line in Maori (the forty-sixth set's aside language, seen since), on new sentences.  Over them go aside48_cases'
spoilers (the tape dispenser, the cork, the pepper mill, the egg timer); a talk given a container (AAC in an AVI, MP3
in a MOV) is kept as the WAV decoded from it, which is what bench_languages.py reads.

``bench_languages.py --set aside48`` is the lead's alone; ``--set dev91`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside48_cases as a48
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a pharmacy's line, two voices in turns
    "sd": [
        "ڀلي ڪري آيا، توهان دوا جي دڪان سان ڳالهائي رهيا آهيو.",
        "نسخي بابت پڇڻ لاءِ هڪ دٻايو.",
        "دوا گهر پهچائڻ لاءِ ٻه دٻايو.",
        "دڪان سومر کان ڇنڇر تائين کليل آهي.",
        "مهرباني ڪري انتظار ڪريو.",
        "اسان جلد توهان سان ڳالهائينداسين.",
        "توهان جي ڪال جو شڪريو.",
        "خدا حافظ.",
    ],
    # a bank's line
    "th": [
        "สวัสดีค่ะ ขอบคุณที่โทรหาธนาคารของเรา",
        "หากต้องการตรวจสอบยอดเงิน กรุณากดหนึ่ง",
        "หากบัตรของท่านสูญหาย กรุณากดสอง",
        "ธนาคารเปิดทำการวันจันทร์ถึงวันศุกร์",
        "เจ้าหน้าที่ทุกท่านกำลังให้บริการลูกค้าท่านอื่น",
        "กรุณารอสักครู่",
        "การโทรของท่านมีความสำคัญกับเรา",
        "ขอบคุณค่ะ สวัสดีค่ะ",
    ],
    # a clinic's line
    "haw": [
        "Aloha, ua kelepona mai ʻoe i ke keʻena kauka.",
        "No ka hoʻonohonoho ʻana i ka manawa, e kaomi i ka helu ʻelua.",
        "Ua wehe ʻia ke keʻena mai ka Pōʻakahi a hiki i ka Pōʻalima.",
        "Ke kōkua nei nā limahana a pau i nā poʻe ʻē aʻe.",
        "E ʻoluʻolu, e noho mālie ma ke kelepona.",
        "He mea nui kou kelepona ʻana iā mākou.",
        "Mahalo no kou hoʻomanawanui.",
        "Aloha a hui hou.",
    ],
    # the Maori dev twin's lines (a council office)
    "mi_dev": [
        "Kia ora, kua tae mai koe ki te tari o te kaunihera.",
        "Mō ngā rēti, pēhia te tahi.",
        "Mō te kohi para, pēhia te rua.",
        "Kei te tuwhera te tari mai i te Mane ki te Paraire.",
        "Tēnā koa, tatari mai.",
        "Ka kite anō.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a48.FortyEighthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside48_cases.FortyEighthSpoilers; ``codec``: aside48_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "sd+m2@0.95"
    return {
        # ---- development twins (the French dev prompts; Maori dev sentences)
        "rd91_fr_real_cork_tapegun": LangSpec(d, "fr", "spoiled", R(150801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                    long_pauses=0.3),
                                              room=("murmur", 32), seed=150811, cork=1, tapegun=1),
        "rd91_mi_espeak_two_speakers_pepper_timer_mov": LangSpec(d, "mi", "spoiled", recordings=[
            espeak_lines_talk(S["mi_dev"], ["mi+m2", "mi+f4@0.95"], 150802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=150812, pepper=1, timer=1, codec="mov"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside48)
        "bz_fr_real_tapegun_avi": LangSpec(a, "fr", "spoiled", R(150101, 12, snr_db=q, gap=(0.4, 1.4)),
                                           room=("murmur", 30), seed=150201, tapegun=2, codec="avi"),
        "bz_es_real_cork": LangSpec(a, "es", "spoiled", R(150102, 12, snr_db=q, gap=(0.5, 1.5)),
                                    room=("pink", 36), seed=150202, cork=2),
        "bz_it_real_pepper": LangSpec(a, "it", "spoiled", R(150103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                      room=("pink", 34), seed=150203, pepper=2),
        "bz_ru_real_timer_mov": LangSpec(a, "ru", "spoiled", R(150104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                         room=("fan", 34), seed=150204, timer=2, codec="mov"),
        "bz_sd_espeak_two_speakers_cork_tapegun": LangSpec(a, "sd", "spoiled", recordings=[
            espeak_lines_talk(S["sd"], ["sd+m3", "sd+f2@0.95"], 150105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=150205, cork=1, tapegun=2),
        "bz_th_espeak_pepper": LangSpec(a, "th", "spoiled", recordings=[
            espeak_lines_talk(S["th"], ["th+f1@0.95"], 150106, pause=(0.4, 1.3))], room=("pink", 34), seed=150206,
            pepper=2),
        "bz_haw_espeak_timer": LangSpec(a, "haw", "spoiled", recordings=[
            espeak_lines_talk(S["haw"], ["haw+m1"], 150107, pause=(0.4, 1.3))], room=("pink", 36), seed=150207,
            timer=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd91_fr_real_cork_tapegun", "rd91_mi_espeak_two_speakers_pepper_timer_mov"],
         "aside": ["bz_fr_real_tapegun_avi", "bz_es_real_cork", "bz_it_real_pepper", "bz_ru_real_timer_mov",
                   "bz_sd_espeak_two_speakers_cork_tapegun", "bz_th_espeak_pepper", "bz_haw_espeak_timer"]}
LANGS = "fr,es,it,ru,sd,th,haw"  #: bench_languages' default languages for aside48
DEV_LANGS = "fr,mi"  #: ... and for dev91


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a48)
