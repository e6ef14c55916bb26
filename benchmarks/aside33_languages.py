"""Language talks of the thirty-third aside set (``ly_<lang>_*``, seeds 120xxx), dev twins ``rd76_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``ky_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages no aside set had: two Lithuanian organisers opening a town's midsummer festival (two voices in turns), an
Icelandic guide's talk in a street-music festival's square, a Welsh talk at a cat rescue's open day.  Over them go
aside33_cases' spoilers (the fireworks, the accordion, the cat, the dishwasher); a talk given a container (MPEG-1
Layer II in a Broadcast Wave file, 24-bit PCM in an MXF file) is kept as the WAV decoded from it, which is what
bench_languages.py reads.

``bench_languages.py --set aside33`` is the lead's alone; ``--set dev76`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside33_cases as a33
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two organisers opening a town's midsummer festival, in turns
    "lt": [
        "Sveiki atvykę į mūsų miesto Joninių šventę.",
        "Šiandien aikštėje gros trys liaudies muzikos kapelos.",
        "Vaikai gali pinti vainikus prie didžiojo ąžuolo.",
        "Laužas bus uždegtas lygiai dešimtą valandą vakaro.",
        "Prašome nepalikti šiukšlių prie upės kranto.",
        "Vidurnaktį virš ežero prasidės fejerverkai.",
        "Autobusai namo važiuos iki antros valandos nakties.",
        "Ačiū, kad atėjote, ir linksmos šventės visiems.",
    ],
    # a guide's talk in a street-music festival's square
    "is": [
        "Góðan daginn og velkomin á tónlistarhátíðina okkar.",
        "Á torginu spila götulistamenn allan daginn.",
        "Harmonikan hefur verið vinsæl hér á landi í meira en hundrað ár.",
        "Fyrstu tónleikarnir byrja klukkan tvö í kirkjunni.",
        "Kaffi og kökur fást í gamla skólahúsinu.",
        "Vinsamlegast gangið ekki yfir blómabeðin.",
        "Um kvöldið verður dansað á bryggjunni.",
        "Takk fyrir komuna og góða skemmtun.",
    ],
    # a talk at a cat rescue's open day
    "cy": [
        "Croeso i ddiwrnod agored ein canolfan achub cathod.",
        "Mae gennym ni dros ddeugain o gathod yn chwilio am gartref.",
        "Mae'r cathod bach yn yr ystafell gyntaf ar y chwith.",
        "Peidiwch â rhoi bwyd iddyn nhw heb ofyn yn gyntaf.",
        "Mae pob cath wedi cael ei brechu gan y milfeddyg.",
        "Gallwch chi lenwi ffurflen wrth y ddesg yn y cyntedd.",
        "Mae te a bara brith ar gael yn y gegin.",
        "Diolch yn fawr am ddod a phob hwyl i chi.",
    ],
    # the Dutch dev twin's lines (a summer evening on the village green)
    "nl_dev": [
        "Goedenavond en welkom op ons zomerfeest op het dorpsplein.",
        "Straks speelt de harmonie een paar bekende walsen.",
        "De kinderen kunnen achter de kerk lampions maken.",
        "Om elf uur begint het vuurwerk boven de vijver.",
        "Vergeet niet uw fiets op slot te zetten.",
        "Dank u wel en nog een fijne avond.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a33.ThirtyThirdSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside33_cases.ThirtyThirdSpoilers; ``codec``: aside33_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "lt+m3@0.95"
    return {
        # ---- development twins (the French dev prompts; Dutch dev sentences)
        "rd76_fr_real_cat_dishwasher": LangSpec(d, "fr", "spoiled", R(120801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                      long_pauses=0.3),
                                                room=("murmur", 32), seed=120811, cat=1, dishwasher=1),
        "rd76_nl_espeak_two_speakers_fireworks_accordion_mxf": LangSpec(d, "nl", "spoiled", recordings=[
            espeak_lines_talk(S["nl_dev"], ["nl+m6", "nl+f4@0.95"], 120802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=120812, fireworks=1, accordion=1, codec="mxf"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside33)
        "ly_fr_real_accordion_bwf": LangSpec(a, "fr", "spoiled", R(120101, 12, snr_db=q, gap=(0.4, 1.4)),
                                             room=("murmur", 30), seed=120201, accordion=2, codec="bwf"),
        "ly_es_real_fireworks": LangSpec(a, "es", "spoiled", R(120102, 12, snr_db=q, gap=(0.5, 1.5)),
                                         room=("pink", 36), seed=120202, fireworks=3),
        "ly_it_real_cat": LangSpec(a, "it", "spoiled", R(120103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                   room=("pink", 34), seed=120203, cat=2),
        "ly_ru_real_dishwasher_mxf": LangSpec(a, "ru", "spoiled", R(120104, 12, wideband=True, snr_db=q,
                                                                    gap=(0.4, 1.4)),
                                              room=("fan", 34), seed=120204, dishwasher=2, codec="mxf"),
        "ly_lt_espeak_two_speakers_fireworks_dishwasher": LangSpec(a, "lt", "spoiled", recordings=[
            espeak_lines_talk(S["lt"], ["lt+m3", "lt+f5@0.95"], 120105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=120205, fireworks=2, dishwasher=1),
        "ly_is_espeak_accordion": LangSpec(a, "is", "spoiled", recordings=[
            espeak_lines_talk(S["is"], ["is+m1@0.95"], 120106, pause=(0.4, 1.3))], room=("pink", 34), seed=120206,
            accordion=2),
        "ly_cy_espeak_cat": LangSpec(a, "cy", "spoiled", recordings=[
            espeak_lines_talk(S["cy"], ["cy+f2"], 120107, pause=(0.4, 1.3))], room=("pink", 36), seed=120207,
            cat=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd76_fr_real_cat_dishwasher", "rd76_nl_espeak_two_speakers_fireworks_accordion_mxf"],
         "aside": ["ly_fr_real_accordion_bwf", "ly_es_real_fireworks", "ly_it_real_cat", "ly_ru_real_dishwasher_mxf",
                   "ly_lt_espeak_two_speakers_fireworks_dishwasher", "ly_is_espeak_accordion", "ly_cy_espeak_cat"]}
LANGS = "fr,es,it,ru,lt,is,cy"  #: bench_languages' default languages for aside33
DEV_LANGS = "fr,nl"  #: ... and for dev76


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a33)
