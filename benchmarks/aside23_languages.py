"""The twenty-third aside set's language talks (``rx_<lang>_*``) and dev twins made the same way (``rd66_<lang>_*``).

Every language talk before ``tx_*`` has been looked at.  This set is made with seeds (100xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (``ux_*`` .. ``tx_*`` drew from the same pool, so the prompts were heard before, in
  other orders and rooms).  The dev twin draws from the French dev half.
* **Swedish** (a station's announcements, after its chime), **German (two speakers in turns: a panel)** and
  **Dutch** (memories told onto a cassette) from espeak-ng, on sentences written here.
* aside23_cases' spoilers, every one in the waveform itself: a panel's automatic microphone mixer, a Dolby B
  cassette played back without it, a PA's chime before announcements; AAC in 3GPP2 and in a Flash MP4 video.
  A language talk through a container is stored as the WAV decoded from it (bench_languages.py reads
  ``audio.wav``).

Not new: the languages and the real speakers (all heard in ``nx_*`` .. ``tx_*``) and espeak-ng's language voices.
Only the lead runs an aligner on ``rx_*`` (``bench_languages.py --set aside23``); the dev twins ``rd66_*`` are
``--set dev66``.  Packages and commands: benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_languages as a9l
import aside23_cases as a23
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk_needs, prompts_or_voices_talk
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a station's announcements, each after the chime
    "sv": [
        "Tåget mot Göteborg avgår från spår fyra.",
        "Vi ber om ursäkt för förseningen på grund av ett signalfel.",
        "Regionaltåget till Uppsala är inställt i dag.",
        "Resenärer hänvisas till ersättningsbussar utanför stationen.",
        "Glöm inte ditt bagage när du lämnar perrongen.",
        "Nattåget mot Luleå står inne på spår sju.",
        "Sittplatsbiljett krävs för resor med snabbtåget.",
        "Välkommen ombord och trevlig resa.",
    ],
    # two speakers in turns: a panel on a town's new tram line
    "de": [
        "Die neue Straßenbahn soll in drei Jahren fahren.",
        "Das halte ich für sehr ehrgeizig, ehrlich gesagt.",
        "Die Baustellen in der Innenstadt sind schon geplant.",
        "Und wer bezahlt die Umleitungen für die Busse?",
        "Der größte Teil kommt vom Land und vom Bund.",
        "Die Geschäfte am Ring machen sich große Sorgen.",
        "Wir werden mit jedem Händler einzeln sprechen.",
        "Vielen Dank, dann kommen wir zu den Fragen aus dem Saal.",
    ],
    # memories told onto a cassette
    "nl": [
        "Ik ben geboren in een klein dorp aan de rivier.",
        "Mijn vader had een bakkerij naast de kerk.",
        "Elke ochtend om vier uur rook je het verse brood.",
        "In de winter schaatsten we op de bevroren sloten.",
        "Mijn moeder naaide al onze kleren zelf.",
        "Na de oorlog zijn we naar de stad verhuisd.",
        "Daar heb ik je grootvader leren kennen op de markt.",
        "Dat is nu alweer zestig jaar geleden.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Herzlich willkommen zu unserer Gesprächsrunde.",
        "Heute geht es um die Zukunft der Stadtbibliothek.",
        "Ich finde, sie sollte auch sonntags geöffnet sein.",
        "Dafür fehlt uns aber das Personal.",
        "Vielleicht helfen ja Freiwillige aus dem Verein.",
        "Das schauen wir uns gerne gemeinsam an.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a23.TwentyThirdSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside23_cases.TwentyThirdSpoilers; ``codec``: aside23_cases.CODECS, kept as the WAV decoded from
    it)."""


def _said(key: str, voices: list[str], seed: int, **kw) -> Recording:
    """The lines ``SENTENCES[key]`` said by espeak-ng's ``voices`` (at their speed: ``"de+m7@0.95"``) in turn."""
    return lines_talk(SENTENCES[key], [Voice("espeak", v.split("@")[0], float((v + "@1").split("@")[1]))
                                       for v in voices], seed, **kw)


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd66_fr_real_chime_dolby": LangSpec(d, "fr", "spoiled", R(100801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                   long_pauses=0.3),
                                             room=("murmur", 32), seed=100811, chime=3, dolby=True),
        "rd66_de_espeak_two_speakers_automix_3g2": LangSpec(d, "de", "spoiled", recordings=[
            _said("de_dev", ["de+m4", "de+f2"], 100802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=100812, automix=True, codec="3g2"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside23)
        "rx_fr_real_automix_f4v": LangSpec(a, "fr", "spoiled", R(100101, 12, snr_db=q, gap=(0.4, 1.4)),
                                           room=("murmur", 30), seed=100201, automix=True, codec="f4v"),
        "rx_es_real_dolby": LangSpec(a, "es", "spoiled", R(100102, 12, snr_db=q, gap=(0.5, 1.5)),
                                     room=("pink", 36), seed=100202, dolby=True),
        "rx_it_real_chime": LangSpec(a, "it", "spoiled", R(100103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                     room=("murmur", 30), seed=100203, chime=3),
        "rx_ru_real_shortwave_3g2": LangSpec(a, "ru", "spoiled", R(100104, 12, wideband=True, snr_db=q,
                                                                     gap=(0.4, 1.4)),
                                             room=("fan", 34), seed=100204, shortwave=True, codec="3g2"),
        "rx_sv_espeak_chime": LangSpec(a, "sv", "spoiled", recordings=[
            _said("sv", ["sv+f4"], 100105, pause=(1.2, 2.2))], room=("murmur", 32), seed=100205,
            chime=5),
        "rx_de_espeak_two_speakers_automix": LangSpec(a, "de", "spoiled", recordings=[
            _said("de", ["de+m7", "de+f4@0.95"], 100106, pause=(0.4, 1.3), turn=1)],
            room=("pink", 34), seed=100206, automix=True),
        "rx_nl_espeak_dolby": LangSpec(a, "nl", "spoiled", recordings=[
            _said("nl", ["nl+m3@0.95"], 100107, pause=(0.4, 1.3))], room=("fan", 36), seed=100207,
            dolby=True),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd66_fr_real_chime_dolby", "rd66_de_espeak_two_speakers_automix_3g2"],
         "aside": ["rx_fr_real_automix_f4v", "rx_es_real_dolby", "rx_it_real_chime", "rx_ru_real_shortwave_3g2",
                   "rx_sv_espeak_chime", "rx_de_espeak_two_speakers_automix", "rx_nl_espeak_dolby"]}
LANGS = "fr,es,it,ru,sv,de,nl"  #: bench_languages' default languages for aside23
DEV_LANGS = "fr,de"  #: ... and for dev66


def names(which: str) -> list[str]:
    return list(NAMES[which])


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made (aside_common.prompt_talk_needs), or None."""
    spec = catalogue()[name]
    return prompt_talk_needs(spec, bool(spec.recordings))


def make(name: str) -> uc.Built:
    """The talk's audio and truth (aside_common.prompts_or_voices_talk)."""
    return prompts_or_voices_talk(name, sys.modules[__name__], a23)
