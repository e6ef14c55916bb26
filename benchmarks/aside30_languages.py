"""Language talks of the thirtieth aside set (``hy_<lang>_*``, seeds 114xxx) and their dev twins (``rd73_<lang>_*``).

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``gy_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages the sets used least (each in one set before: Hindi in the fourth, Vietnamese in the sixth, Persian in the
tenth): a Vietnamese pharmacist's evening talk on a town's health, a Hindi gardener's talk on a monsoon garden by a
pond, two Persian guides at a museum of old clocks (two voices in turns).  Over them go aside30_cases' spoilers (the
pigeons, the frogs, the Morse next door, the snoring); a talk given a container (Microsoft ADPCM in AVI, MP3 in
Flash video) is kept as the WAV decoded from it, which is what bench_languages.py reads.

Nothing here is new but the lines and the spoilers: every language and every real speaker was heard in an earlier
set.  ``bench_languages.py --set aside30`` is the lead's alone; ``--set dev73`` runs the twins.  Packages and
commands: benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside30_cases as a30
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a pharmacist's evening talk on a town's health
    "vi": [
        "Xin chào các cô chú và các bạn đã đến buổi nói chuyện tối nay.",
        "Hôm nay tôi muốn nói về cách dùng thuốc cho đúng.",
        "Đừng bao giờ uống thuốc kháng sinh khi chưa hỏi bác sĩ.",
        "Thuốc nên được cất ở nơi khô ráo và xa tầm tay trẻ em.",
        "Khi trời nóng, mọi người hãy uống nhiều nước hơn.",
        "Người già nên đo huyết áp mỗi tuần một lần.",
        "Hiệu thuốc của chúng tôi mở cửa đến chín giờ tối.",
        "Cảm ơn mọi người đã lắng nghe, chúc cả nhà mạnh khỏe.",
    ],
    # a gardener's talk on a monsoon garden by a pond
    "hi": [
        "नमस्कार, आज शाम की इस बातचीत में आप सबका स्वागत है।",
        "बरसात के मौसम में बगीचे को खास देखभाल चाहिए।",
        "तालाब के किनारे कमल और जलकुंभी अपने आप उग आते हैं।",
        "रात को मेंढकों की आवाज़ से पता चलता है कि पानी साफ़ है।",
        "पौधों को गमलों में लगाने से पहले मिट्टी को धूप में सुखाइए।",
        "तुलसी और पुदीना छाँव में भी अच्छी तरह बढ़ते हैं।",
        "अगले महीने हम बीजों की अदला बदली का मेला लगाएँगे।",
        "आने के लिए धन्यवाद, आपका बगीचा हमेशा हरा भरा रहे।",
    ],
    # two guides at a museum of old clocks, in turns
    "fa": [
        "به موزه ساعت‌های قدیمی خوش آمدید.",
        "این ساعت دیواری را یک استاد اصفهانی ساخته است.",
        "زنگ آن هنوز هر ساعت یک بار به صدا در می‌آید.",
        "لطفاً به شیشه ویترین‌ها دست نزنید.",
        "در طبقه بالا ساعت‌های جیبی و آفتابی را می‌بینید.",
        "عکس گرفتن بدون فلاش در همه سالن‌ها آزاد است.",
        "فروشگاه موزه کنار در خروجی قرار دارد.",
        "از همراهی شما سپاسگزاریم و روز خوبی داشته باشید.",
    ],
    # the Swedish dev twin's lines (a beekeeper's evening talk)
    "sv_dev": [
        "God kväll och välkomna till kvällens prat om bin.",
        "Ett starkt samhälle kan ha femtio tusen bin på sommaren.",
        "Drottningen lägger ägg från tidig vår till sen höst.",
        "Honungen slungas ut när ramarna är täckta med vax.",
        "Ta gärna en burk med hem från bordet vid dörren.",
        "Tack för att ni kom och väl mött nästa månad.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a30.ThirtiethSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside30_cases.ThirtiethSpoilers; ``codec``: aside30_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "hi+m3@0.95"
    return {
        # ---- development twins (the French dev prompts; Swedish dev sentences)
        "rd73_fr_real_frogs_morse": LangSpec(d, "fr", "spoiled", R(114801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                   long_pauses=0.3),
                                             room=("murmur", 32), seed=114811, frogs=1, morse=1),
        "rd73_sv_espeak_two_speakers_pigeons_snoring_avi": LangSpec(d, "sv", "spoiled", recordings=[
            espeak_lines_talk(S["sv_dev"], ["sv+m4", "sv+f2@0.95"], 114802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=114812, pigeons=1, snoring=1, codec="avi"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside30)
        "hy_fr_real_morse_avi": LangSpec(a, "fr", "spoiled", R(114101, 12, snr_db=q, gap=(0.4, 1.4)),
                                         room=("murmur", 30), seed=114201, morse=2, codec="avi"),
        "hy_es_real_pigeons": LangSpec(a, "es", "spoiled", R(114102, 12, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 36), seed=114202, pigeons=3),
        "hy_it_real_frogs": LangSpec(a, "it", "spoiled", R(114103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                     room=("pink", 34), seed=114203, frogs=2),
        "hy_ru_real_snoring_flv": LangSpec(a, "ru", "spoiled", R(114104, 12, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.4)),
                                           room=("fan", 34), seed=114204, snoring=2, codec="flv"),
        "hy_vi_espeak_pigeons_morse": LangSpec(a, "vi", "spoiled", recordings=[
            espeak_lines_talk(S["vi"], ["vi+f3"], 114105, pause=(0.6, 1.6))], room=("murmur", 34), seed=114205,
            pigeons=2, morse=1),
        "hy_hi_espeak_frogs": LangSpec(a, "hi", "spoiled", recordings=[
            espeak_lines_talk(S["hi"], ["hi+m4@0.95"], 114106, pause=(0.4, 1.3))], room=("pink", 34), seed=114206,
            frogs=2),
        "hy_fa_espeak_two_speakers_snoring": LangSpec(a, "fa", "spoiled", recordings=[
            espeak_lines_talk(S["fa"], ["fa+m2", "fa+f4@0.95"], 114107, pause=(0.4, 1.3), turn=1)],
            room=("pink", 36), seed=114207, snoring=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd73_fr_real_frogs_morse", "rd73_sv_espeak_two_speakers_pigeons_snoring_avi"],
         "aside": ["hy_fr_real_morse_avi", "hy_es_real_pigeons", "hy_it_real_frogs", "hy_ru_real_snoring_flv",
                   "hy_vi_espeak_pigeons_morse", "hy_hi_espeak_frogs", "hy_fa_espeak_two_speakers_snoring"]}
LANGS = "fr,es,it,ru,vi,hi,fa"  #: bench_languages' default languages for aside30
DEV_LANGS = "fr,sv"  #: ... and for dev73


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a30)
