"""The twenty-second aside set's language talks (``tx_<lang>_*``) and dev twins made the same way (``rd65_<lang>_*``).

Every language talk before ``jx_*`` has been looked at.  This set is made with seeds (98xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (``ux_*`` .. ``jx_*`` drew from the same pool, so the prompts were heard before, in
  other orders and rooms).  The dev twin draws from the French dev half.
* **Swedish**, **German (two speakers in turns)** and **Dutch** from espeak-ng, on sentences written here.  No real
  Swedish, German or Dutch speech with text and timing is packaged for this machine beyond what earlier sets used
  (benchmarks/README.md lists what was looked for).
* aside22_cases' spoilers, every one in the waveform itself: a Bluetooth headset's CVSD link, a two-way radio's
  push-to-talk with its squelch tails, a megaphone out of doors, a small room's booming modes; AMR-NB in 3GP and
  WMA v2 in a Windows Media video.
  A language talk through a container is stored as the WAV decoded from it (bench_languages.py reads
  ``audio.wav``).

**What is not new**: every language and the real speakers (heard in ``nx_*`` .. ``jx_*``), espeak-ng's language
voices (the variants on them were used with other languages before).

``tx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside22``).  ``rd65_*``
is dev (``--set dev65``).

    apt-get install espeak-ng sox asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    .venv/bin/python benchmarks/cases.py --aside22 --check
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_languages as a9l
import aside22_cases as a22
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk_needs, prompts_or_voices_talk
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a coastguard's weather over the radio
    "sv": [
        "Här kommer sjörapporten för Östersjön och Bottenhavet.",
        "Sydvästlig vind åtta till tolv meter per sekund.",
        "Under natten ökar vinden till kuling vid Gotland.",
        "Sikten är god men försämras i regnskurar.",
        "Fiskebåtar bör söka hamn före midnatt.",
        "Vågorna når två meter längs den öppna kusten.",
        "Nästa rapport sänds klockan sex i morgon bitti.",
        "Det var allt från kustbevakningen för i kväll.",
    ],
    # two speakers in turns: a guided walk with a megaphone
    "de": [
        "Bitte bleiben Sie dicht zusammen, wir gehen jetzt zum Rathaus.",
        "Das Rathaus wurde nach dem großen Brand neu gebaut.",
        "Links sehen Sie den alten Brunnen aus rotem Sandstein.",
        "Früher holten die Bürger hier jeden Morgen ihr Wasser.",
        "Achten Sie bitte auf die Radfahrer auf der Brücke.",
        "Gleich erreichen wir den Marktplatz mit der Kirche.",
        "Der Turm ist am Samstag für Besucher geöffnet.",
        "Zum Schluss gibt es Kaffee im Gasthaus am Markt.",
    ],
    # a call on a headset about a parcel
    "nl": [
        "Goedemorgen, u spreekt met de klantenservice van de bezorgdienst.",
        "Uw pakket staat gepland voor morgen tussen twee en vier.",
        "Bent u dan thuis, of zal ik het bij de buren laten bezorgen?",
        "Het pakket is te groot voor de brievenbus.",
        "U kunt ook kiezen voor een afhaalpunt in de supermarkt.",
        "Ik stuur u straks een bericht met de nieuwe tijd.",
        "Heeft u verder nog vragen over de bezorging?",
        "Dank u wel en nog een fijne dag.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Hier spricht die Zentrale, bitte kommen.",
        "Der Wagen steht an der Kreuzung vor dem Bahnhof.",
        "Die Straße ist wegen eines Unfalls gesperrt.",
        "Bitte nehmen Sie die Umleitung über den Ring.",
        "Verstanden, wir fahren jetzt los.",
        "Ende der Durchsage.",
    ],
}


def _say(key: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[key], voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a22.TwentySecondSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside22_cases.TwentySecondSpoilers; ``codec``: aside22_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd65_fr_real_ptt_horn": LangSpec(d, "fr", "spoiled", R(98801, 12, snr_db=q, gap=(0.5, 1.5)),
                                          room=("murmur", 32), seed=98811, ptt=True, horn=True),
        "rd65_de_espeak_two_speakers_bt_wmv": LangSpec(d, "de", "spoiled", recordings=[
            _say("de_dev", [Voice(E, "de+m5", 1.0), Voice(E, "de+f3", 1.0)], 98802, pause=(0.4, 1.3), turn=2)],
            room=("pink", 40), seed=98812, bt=True, codec="wmv"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside22)
        "tx_fr_real_bt_3gp": LangSpec(a, "fr", "spoiled", R(98101, 12, snr_db=q, gap=(0.4, 1.4)),
                                      room=("murmur", 30), seed=98201, bt=True, codec="3gp"),
        "tx_es_real_ptt": LangSpec(a, "es", "spoiled", R(98102, 12, snr_db=q, gap=(0.5, 1.5)),
                                   room=("pink", 38), seed=98202, ptt=True),
        "tx_it_real_horn": LangSpec(a, "it", "spoiled", R(98103, 12, snr_db=q, gap=(0.5, 1.5)),
                                    room=("murmur", 30), seed=98203, horn=True),
        "tx_ru_real_bt_wmv": LangSpec(a, "ru", "spoiled", R(98104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                      room=("fan", 34), seed=98204, bt=True, codec="wmv"),
        "tx_sv_espeak_ptt": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+m4", 1.0)], 98105, pause=(0.5, 1.4))], room=("pink", 36), seed=98205, ptt=True),
        "tx_de_espeak_two_speakers_horn": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m2", 1.0), Voice(E, "de+f5", 0.95)], 98106, pause=(0.4, 1.3), turn=2)],
            room=("murmur", 30), seed=98206, horn=True),
        "tx_nl_espeak_modes_bt_3gp": LangSpec(a, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+f3", 1.0)], 98107, pause=(0.3, 1.2))], room=("pink", 34), seed=98207,
            modes=True, bt=True, codec="3gp"),
    }


DEV_NAMES = ["rd65_fr_real_ptt_horn", "rd65_de_espeak_two_speakers_bt_wmv"]
ASIDE_NAMES = ["tx_fr_real_bt_3gp", "tx_es_real_ptt", "tx_it_real_horn", "tx_ru_real_bt_wmv", "tx_sv_espeak_ptt",
               "tx_de_espeak_two_speakers_horn", "tx_nl_espeak_modes_bt_3gp"]
LANGS = "fr,es,it,ru,sv,de,nl"  #: bench_languages' default languages for aside22
DEV_LANGS = "fr,de"  #: ... and for dev65


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None (:func:`aside_common.prompt_talk_needs`)."""
    spec = catalogue()[name]
    return prompt_talk_needs(spec, bool(spec.recordings))


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    return prompts_or_voices_talk(name, sys.modules[__name__], a22)
