"""Language talks of the thirty-sixth aside set (``oy_<lang>_*``, seeds 126xxx), dev twins ``rd79_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``ny_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages no aside set had: two Serbian hosts at a choir's concert (two voices in turns, Cyrillic), an Azerbaijani
bank's telephone menu, a Tamil guide on a nature walk.  Over them go aside36_cases' spoilers (the keypad, the
choir, the woodpecker, the crisps); a talk given a container (AAC in 3GPP, 16-bit PCM in AVI) is kept as the WAV
decoded from it, which is what bench_languages.py reads.

``bench_languages.py --set aside36`` is the lead's alone; ``--set dev79`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside36_cases as a36
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two hosts at a choir's concert, in turns
    "sr": [
        "Добро вече и добродошли на годишњи концерт нашег хора.",
        "Хор вежба сваког уторка и четвртка у седам сати.",
        "Молимо вас да искључите мобилне телефоне током наступа.",
        "Нове чланове примамо у септембру, без аудиције.",
        "Улазнице за пролећни концерт продају се на благајни.",
        "Пауза ће трајати петнаест минута.",
        "После концерта послужење је у сали поред улаза.",
        "Хвала вам што сте дошли и уживајте у музици.",
    ],
    # a bank's telephone menu
    "az": [
        "Bankımızın müştəri xidmətinə xoş gəlmisiniz.",
        "Balansınızı öyrənmək üçün bir düyməsini basın.",
        "Kartınızı bloklamaq üçün iki düyməsini basın.",
        "Operatorla danışmaq üçün sıfır düyməsini basın.",
        "Zəhmət olmasa, kart nömrənizi daxil edin.",
        "Sonra dörd rəqəmli şifrənizi yığın.",
        "Zənginiz bizim üçün çox vacibdir.",
        "Bizi seçdiyiniz üçün təşəkkür edirik.",
    ],
    # a guide on a nature walk in a park
    "ta": [
        "இயற்கை நடைப்பயணத்திற்கு உங்களை அன்புடன் வரவேற்கிறோம்.",
        "இந்தப் பூங்காவில் நூற்றுக்கும் மேற்பட்ட பறவை இனங்கள் உள்ளன.",
        "மரங்கொத்தி மரத்தின் பட்டையைத் தட்டி உணவு தேடுகிறது.",
        "தயவுசெய்து பாதையை விட்டு விலகாதீர்கள்.",
        "பறவைகளைப் பார்க்க அமைதியாக இருங்கள்.",
        "குடிநீர் நுழைவாயில் அருகே கிடைக்கும்.",
        "நடைப்பயணம் ஒரு மணி நேரம் நீடிக்கும்.",
        "வந்ததற்கு மிக்க நன்றி.",
    ],
    # the Kazakh dev twin's lines (a school canteen)
    "kk_dev": [
        "Мектеп асханасына қош келдіңіздер.",
        "Түскі ас сағат он екіде басталады.",
        "Тәттілер мен чипсы сатылмайды.",
        "Әр оқушы қолын жуып келуі керек.",
        "Ыдыстарды үстелдің шетіне қойыңыздар.",
        "Рақмет және ас болсын.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a36.ThirtySixthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside36_cases.ThirtySixthSpoilers; ``codec``: aside36_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "sr+m5@0.95"
    return {
        # ---- development twins (the French dev prompts; Kazakh dev sentences)
        "rd79_fr_real_choir_crisps": LangSpec(d, "fr", "spoiled", R(126801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                    long_pauses=0.3),
                                              room=("murmur", 32), seed=126811, choir=1, crisps=1),
        "rd79_kk_espeak_two_speakers_keypad_woodpecker_avi": LangSpec(d, "kk", "spoiled", recordings=[
            espeak_lines_talk(S["kk_dev"], ["kk+m2", "kk+f3@0.95"], 126802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=126812, keypad=1, woodpecker=1, codec="avi"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside36)
        "oy_fr_real_keypad_3gp": LangSpec(a, "fr", "spoiled", R(126101, 12, snr_db=q, gap=(0.4, 1.4)),
                                          room=("murmur", 30), seed=126201, keypad=2, codec="3gp"),
        "oy_es_real_woodpecker": LangSpec(a, "es", "spoiled", R(126102, 12, snr_db=q, gap=(0.5, 1.5)),
                                          room=("pink", 36), seed=126202, woodpecker=2),
        "oy_it_real_choir": LangSpec(a, "it", "spoiled", R(126103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                     room=("pink", 34), seed=126203, choir=2),
        "oy_ru_real_crisps_avi": LangSpec(a, "ru", "spoiled", R(126104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                          room=("fan", 34), seed=126204, crisps=2, codec="avi"),
        "oy_sr_espeak_two_speakers_choir_crisps": LangSpec(a, "sr", "spoiled", recordings=[
            espeak_lines_talk(S["sr"], ["sr+m5", "sr+f4@0.95"], 126105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=126205, choir=1, crisps=2),
        "oy_az_espeak_keypad": LangSpec(a, "az", "spoiled", recordings=[
            espeak_lines_talk(S["az"], ["az+m6@0.95"], 126106, pause=(0.4, 1.3))], room=("pink", 34), seed=126206,
            keypad=2),
        "oy_ta_espeak_woodpecker": LangSpec(a, "ta", "spoiled", recordings=[
            espeak_lines_talk(S["ta"], ["ta+f5"], 126107, pause=(0.4, 1.3))], room=("pink", 36), seed=126207,
            woodpecker=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd79_fr_real_choir_crisps", "rd79_kk_espeak_two_speakers_keypad_woodpecker_avi"],
         "aside": ["oy_fr_real_keypad_3gp", "oy_es_real_woodpecker", "oy_it_real_choir", "oy_ru_real_crisps_avi",
                   "oy_sr_espeak_two_speakers_choir_crisps", "oy_az_espeak_keypad", "oy_ta_espeak_woodpecker"]}
LANGS = "fr,es,it,ru,sr,az,ta"  #: bench_languages' default languages for aside36
DEV_LANGS = "fr,kk"  #: ... and for dev79


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a36)
