"""The twenty-fourth aside set's language talks (``bx_<lang>_*``) and dev twins made the same way (``rd67_<lang>_*``).

Every language talk before ``rx_*`` has been looked at.  This set is made with seeds (102xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (``ux_*`` .. ``rx_*`` drew from the same pool, so the prompts were heard before, in
  other orders and rooms).  The dev twin draws from the French dev half.
* **Swedish** (a guide on an island walk as a storm comes in), **German (two speakers in turns: neighbours on the
  road works outside)** and **Dutch** (a podcast's episode on old radios) from espeak-ng, on sentences written here.
* aside24_cases' spoilers, every one in the waveform itself: a MiniDisc's transform codec, a podcast's de-esser,
  thunder, a road drill outside; MPEG-1 Layer II in Matroska and Vorbis in a WebM video.  A language talk through
  a container is stored as the WAV decoded from it (bench_languages.py reads ``audio.wav``).  The de-esser is on
  the talks whose voice reaches over 4 kHz (the Russian G.722 prompts, espeak-ng), not on 8 kHz prompts.

Not new: the languages and the real speakers (all heard in ``nx_*`` .. ``rx_*``) and espeak-ng's language voices.
Only the lead runs an aligner on ``bx_*`` (``bench_languages.py --set aside24``); the dev twins ``rd67_*`` are
``--set dev67``.  Packages and commands: benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_languages as a9l
import aside24_cases as a24
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk_needs, prompts_or_voices_talk
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a guide on an island walk as a storm comes in
    "sv": [
        "Här uppe på klippan ser ni hela skärgården.",
        "Molnen i väster betyder att ovädret snart är här.",
        "Fyren byggdes av lotsarna för mer än hundra år sedan.",
        "Håll er på stigen, mossan är hal när det regnar.",
        "Nu hör ni åskan, vi går ner mot bryggan i lugn takt.",
        "Båten hämtar oss vid halv fyra om vinden tillåter.",
        "I stugan finns varm soppa och torra filtar.",
        "Tack för att ni följde med på dagens vandring.",
    ],
    # two neighbours on the road works outside, in turns
    "de": [
        "Seit Montag bohren sie vor meinem Fenster.",
        "Bei uns im Hof hört man es auch den ganzen Tag.",
        "Angeblich wird die Wasserleitung bis zum Herbst erneuert.",
        "Dann können wir im Sommer den Balkon vergessen.",
        "Ich habe bei der Stadt schon zweimal angerufen.",
        "Und, hat dir irgendjemand eine Antwort gegeben?",
        "Nur dass die Arbeiten um sieben Uhr beginnen dürfen.",
        "Dann trinken wir den Kaffee eben im Café am Markt.",
    ],
    # a podcast's episode on old radios
    "nl": [
        "Welkom bij een nieuwe aflevering over oude radiotoestellen.",
        "Vandaag staat er een buizenradio uit negentienvijftig op tafel.",
        "De kast is van notenhout en de knoppen zijn van bakeliet.",
        "Als je hem aanzet, duurt het even voor de buizen warm zijn.",
        "Sommige luisteraars stuurden ons foto's van hun eigen toestel.",
        "Volgende week vertellen we hoe je een schaal opnieuw afstelt.",
        "Schrijf je vragen naar het adres op onze website.",
        "Tot de volgende keer, en blijf zorgvuldig solderen.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Guten Abend und willkommen zu unserer kleinen Sendung.",
        "Heute sprechen wir über den neuen Radweg am Kanal.",
        "Ich fahre dort jeden Morgen zur Arbeit.",
        "Die Beleuchtung fehlt allerdings noch an vielen Stellen.",
        "Das soll bis zum Winter nachgerüstet werden.",
        "Dann sind wir gespannt, wie es im Dezember aussieht.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a24.TwentyFourthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside24_cases.TwentyFourthSpoilers; ``codec``: aside24_cases.CODECS, kept as the WAV decoded from
    it)."""


def _said(key: str, voices: list[str], seed: int, **kw) -> Recording:
    """The lines ``SENTENCES[key]`` said by espeak-ng's ``voices`` (at their speed: ``"de+m7@0.95"``) in turn."""
    return lines_talk(SENTENCES[key], [Voice("espeak", v.split("@")[0], float((v + "@1").split("@")[1]))
                                       for v in voices], seed, **kw)


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd67_fr_real_drill_minidisc": LangSpec(d, "fr", "spoiled", R(102801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                      long_pauses=0.3),
                                                room=("murmur", 32), seed=102811, drill=2, minidisc=True),
        "rd67_de_espeak_two_speakers_deesser_mkv": LangSpec(d, "de", "spoiled", recordings=[
            _said("de_dev", ["de+m2", "de+f5"], 102802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=102812, deesser=True, codec="mkv"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside24)
        "bx_fr_real_drill_webm": LangSpec(a, "fr", "spoiled", R(102101, 12, snr_db=q, gap=(0.4, 1.4)),
                                          room=("murmur", 30), seed=102201, drill=3, codec="webm"),
        "bx_es_real_minidisc": LangSpec(a, "es", "spoiled", R(102102, 12, snr_db=q, gap=(0.5, 1.5)),
                                        room=("pink", 36), seed=102202, minidisc=True),
        "bx_it_real_thunder": LangSpec(a, "it", "spoiled", R(102103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                       room=("murmur", 30), seed=102203, thunder=3),
        "bx_ru_real_deesser_mkv": LangSpec(a, "ru", "spoiled", R(102104, 12, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.4)),
                                           room=("fan", 34), seed=102204, deesser=True, codec="mkv"),
        "bx_sv_espeak_thunder": LangSpec(a, "sv", "spoiled", recordings=[
            _said("sv", ["sv+m5"], 102105, pause=(0.8, 1.8))], room=("murmur", 32), seed=102205, thunder=3),
        "bx_de_espeak_two_speakers_drill": LangSpec(a, "de", "spoiled", recordings=[
            _said("de", ["de+f3", "de+m6@0.95"], 102106, pause=(0.4, 1.3), turn=1)],
            room=("pink", 34), seed=102206, drill=3),
        "bx_nl_espeak_deesser_minidisc": LangSpec(a, "nl", "spoiled", recordings=[
            _said("nl", ["nl+f2@0.95"], 102107, pause=(0.4, 1.3))], room=("fan", 36), seed=102207,
            deesser=True, minidisc=True),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd67_fr_real_drill_minidisc", "rd67_de_espeak_two_speakers_deesser_mkv"],
         "aside": ["bx_fr_real_drill_webm", "bx_es_real_minidisc", "bx_it_real_thunder", "bx_ru_real_deesser_mkv",
                   "bx_sv_espeak_thunder", "bx_de_espeak_two_speakers_drill", "bx_nl_espeak_deesser_minidisc"]}
LANGS = "fr,es,it,ru,sv,de,nl"  #: bench_languages' default languages for aside24
DEV_LANGS = "fr,de"  #: ... and for dev67


def names(which: str) -> list[str]:
    return list(NAMES[which])


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made (aside_common.prompt_talk_needs), or None."""
    spec = catalogue()[name]
    return prompt_talk_needs(spec, bool(spec.recordings))


def make(name: str) -> uc.Built:
    """The talk's audio and truth (aside_common.prompts_or_voices_talk)."""
    return prompts_or_voices_talk(name, sys.modules[__name__], a24)
