"""The eighteenth aside set's language talks (``ex_<lang>_*``) and dev twins made the same way (``rd61_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (82xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (``ux_*`` .. ``fx_*`` drew from the same pool, so the prompts were heard before, in
  other orders and rooms).  The dev twin draws from the French dev half.
* **Swedish**, **Dutch (two speakers in turns)** and **German** from espeak-ng, on sentences written here.  No real
  Swedish, German or Dutch speech with text and timing is packaged for this machine beyond what earlier sets used
  (benchmarks/README.md lists what was looked for).
* aside18_cases' spoilers: a mistuned single-sideband radio relay, a speaker's footsteps on a wooden stage, a
  whiteboard marker squeaking across line edges, a helicopter passing over, a film's 5.1 soundtrack folded to mono;
  RF64, SoX's native format, 24-bit AIFF, PCM in NUT.  A language talk through a container or the 5.1 track is
  stored as the WAV decoded from it (bench_languages.py reads ``audio.wav``).

**What is not new**: every language and the real speakers (heard in ``nx_*`` .. ``fx_*``), the espeak-ng variants.

``ex_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside18``).  ``rd61_*``
is dev (``--set dev61``).

    apt-get install espeak-ng sox asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    .venv/bin/python benchmarks/cases.py --aside18 --check
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_languages as a9l
import aside18_cases as a18
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk, prompt_talk_needs, ready_spec
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "sv": [
        "Hej och tack för att ni ville komma på en måndag.",
        "I kväll berättar jag om vår resa längs Göta kanal.",
        "Vi cyklade från Sjötorp till Mem på nio dagar.",
        "Den längsta etappen var drygt sextio kilometer.",
        "Vid slussarna i Berg stod det fullt av turister.",
        "En natt sov vi i ett gammalt slusswaktarhus.",
        "Efter pausen visar jag bilder och en karta över vägen.",
        "Frågor tar vi gärna när bilderna är slut.",
    ],
    # two speakers in turns
    "nl": [
        "Goedemorgen allemaal, fijn dat jullie er zijn.",
        "Vandaag praten we over de verbouwing van de bibliotheek.",
        "De leeszaal gaat vanaf oktober drie maanden dicht.",
        "In die tijd kunt u boeken lenen in het buurthuis.",
        "De kinderhoek krijgt nieuwe kasten en een leeskuil.",
        "Ook komt er een stille ruimte om te studeren.",
        "Wie vragen heeft, kan ons na afloop aanspreken.",
        "Bedankt voor het luisteren en tot de volgende keer.",
    ],
    "de": [
        "Guten Abend, meine Damen und Herren, willkommen im Rathaus.",
        "Heute Abend stellen wir den neuen Busfahrplan vor.",
        "Ab dem ersten Mai fährt die Linie sieben alle zwanzig Minuten.",
        "Am Wochenende gibt es zusätzlich einen Nachtbus.",
        "Die Haltestelle am Markt wird ein paar Meter verlegt.",
        "Dort entsteht ein überdachter Wartebereich mit Bänken.",
        "Fahrkarten kann man künftig auch mit dem Handy kaufen.",
        "Vielen Dank für Ihr Interesse und einen guten Heimweg.",
    ],
    # the Dutch dev twin's lines, never the aside's
    "nl_dev": [
        "Welkom bij de vergadering van de tennisclub.",
        "Eerst iets over de nieuwe banen achter het clubhuis.",
        "De aannemer begint in de laatste week van maart.",
        "Tot de zomer spelen we op de banen van de buren.",
        "De jeugdtraining verhuist naar de woensdagmiddag.",
        "Het clubkampioenschap schuiven we op naar september.",
        "De contributie blijft dit jaar hetzelfde.",
        "Bedankt en tot ziens op de baan.",
    ],
}


def _say(key: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[key], voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a18.EighteenthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside18_cases.EighteenthSpoilers; ``codec``: aside18_cases.CODECS; the container's file or the 5.1
    track is kept as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (the French dev prompts; Dutch dev sentences)
        "rd61_fr_real_squeaks_ssb_sox": LangSpec(d, "fr", "spoiled", R(82801, 12, snr_db=q, gap=(0.5, 1.4)),
                                                 room=("pink", 32), seed=82811, squeaks=3, ssb=True, codec="sox"),
        "rd61_nl_espeak_two_speakers_steps_surround": LangSpec(d, "nl", "spoiled", recordings=[
            _say("nl_dev", [Voice(E, "nl+m6", 1.1), Voice(E, "nl+f4", 0.9)], 82802, pause=(0.4, 1.3), turn=2)],
            room=("murmur", 18), seed=82812, steps=3, surround=True),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside18)
        "ex_fr_real_steps_rf64": LangSpec(a, "fr", "spoiled", R(82101, 12, snr_db=q, gap=(0.5, 1.4)),
                                          room=("pink", 32), seed=82201, steps=3, codec="rf64"),
        "ex_es_real_squeaks_sox": LangSpec(a, "es", "spoiled", R(82102, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("murmur", 16), seed=82202, squeaks=4, codec="sox"),
        "ex_it_real_rotor_surround": LangSpec(a, "it", "spoiled", R(82103, 12, snr_db=q, gap=(0.4, 1.4)),
                                              room=("fan", 30), seed=82203, rotor=1, surround=True),
        "ex_ru_real_ssb_nut": LangSpec(a, "ru", "spoiled", R(82104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                       room=("pink", 30), seed=82204, ssb=True, codec="nut"),
        "ex_sv_espeak_steps_aiff24": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+m3", 1.05)], 82105, pause=(0.4, 1.3))], room=("fan", 30), seed=82205,
            steps=3, codec="aiff24"),
        "ex_nl_espeak_two_speakers_squeaks_rotor": LangSpec(a, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+m3", 1.05), Voice(E, "nl+f2", 0.95)], 82106, pause=(0.4, 1.3), turn=2)],
            room=("murmur", 18), seed=82206, squeaks=3, rotor=1),
        "ex_de_espeak_ssb_rf64": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m3", 1.1)], 82107, pause=(0.3, 1.2))], room=("pink", 32), seed=82207,
            ssb=True, codec="rf64"),
    }


DEV_NAMES = ["rd61_fr_real_squeaks_ssb_sox", "rd61_nl_espeak_two_speakers_steps_surround"]
ASIDE_NAMES = ["ex_fr_real_steps_rf64", "ex_es_real_squeaks_sox", "ex_it_real_rotor_surround", "ex_ru_real_ssb_nut",
               "ex_sv_espeak_steps_aiff24", "ex_nl_espeak_two_speakers_squeaks_rotor", "ex_de_espeak_ssb_rf64"]
LANGS = "fr,es,it,ru,sv,nl,de"  #: bench_languages' default languages for aside18
DEV_LANGS = "fr,nl"  #: ... and for dev61


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None (:func:`aside_common.prompt_talk_needs`)."""
    spec = catalogue()[name]
    return prompt_talk_needs(spec, bool(spec.recordings))


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    made, floor = prompt_talk(spec)
    made = a18.spoil(made, spec, spec.which, floor, spec.lang)
    if spec.surround:
        made = a18.decoded_through(made, "surround", spec.seed + 144)
    elif spec.codec:
        made = a18.decoded_through(made, spec.codec)
    return uc.Built(made, notes=list(made.notes))
