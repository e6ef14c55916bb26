"""The twenty-first aside set's language talks (``jx_<lang>_*``) and dev twins made the same way (``rd64_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (96xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (``ux_*`` .. ``cx_*`` drew from the same pool, so the prompts were heard before, in
  other orders and rooms).  The dev twin draws from the French dev half.
* **Swedish**, **German (two speakers in turns)** and **Dutch** from espeak-ng, on sentences written here.  No real
  Swedish, German or Dutch speech with text and timing is packaged for this machine beyond what earlier sets used
  (benchmarks/README.md lists what was looked for).
* aside21_cases' spoilers, every one in the waveform itself: an FM broadcast chain, a laptop's echo canceller
  leaving the far end's residue (the far end here speaks **English**, an international call), a face mask or a
  visor, a wireless microphone's compander, a phase vocoder's speed-up (the truth scaled); 24-bit PCM in MOV and
  MP3 in AVI.  A language talk through a container is stored as the WAV decoded from it (bench_languages.py reads
  ``audio.wav``).

**What is not new**: every language and the real speakers (heard in ``nx_*`` .. ``cx_*``), espeak-ng's language
voices (the variants on them were used with other languages before).

``jx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside21``).  ``rd64_*``
is dev (``--set dev64``).

    apt-get install espeak-ng sox asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    .venv/bin/python benchmarks/cases.py --aside21 --check
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_languages as a9l
import aside21_cases as a21
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk, prompt_talk_needs, ready_spec
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "sv": [
        "God kväll och välkomna till radions programkväll om fjällen.",
        "I kväll pratar vi om vandringsleder i norra Jämtland.",
        "Många leder är väl märkta med röda kryss på stenarna.",
        "Ta alltid med karta och kompass, även på korta turer.",
        "Vädret kan slå om på bara några timmar.",
        "Fjällstugorna öppnar i slutet av juni.",
        "Boka gärna en plats i förväg under sommaren.",
        "Tack för att ni lyssnade och trevlig vandring.",
    ],
    # two speakers in turns
    "de": [
        "Willkommen zu unserer Videokonferenz über das neue Stadtarchiv.",
        "Das Archiv zieht im Herbst in das alte Postgebäude um.",
        "Dort gibt es endlich genug Platz für alle Zeitungen.",
        "Die ältesten Urkunden stammen aus dem vierzehnten Jahrhundert.",
        "Sie werden in einem klimatisierten Raum gelagert.",
        "Ein Lesesaal mit zwanzig Plätzen ist ebenfalls geplant.",
        "Schulklassen können das Archiv nach Anmeldung besuchen.",
        "Wir danken allen, die heute zugeschaltet sind.",
    ],
    "nl": [
        "Goedemiddag, u luistert naar de lokale omroep.",
        "Vandaag bespreken we de plannen voor het nieuwe zwembad.",
        "Het oude bad is na veertig jaar echt versleten.",
        "De gemeenteraad heeft vorige week het ontwerp goedgekeurd.",
        "Er komt een wedstrijdbad en een apart peuterbad.",
        "De bouw begint naar verwachting volgend voorjaar.",
        "Tijdens de bouw kunt u zwemmen in het buurdorp.",
        "Na het nieuws volgt het weerbericht.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Guten Morgen, hier ist das Lokalradio mit den Nachrichten.",
        "Die Brücke am Hafen bleibt bis Freitag gesperrt.",
        "Busse fahren in dieser Zeit eine Umleitung.",
        "Am Wochenende findet der Flohmarkt auf dem Marktplatz statt.",
        "Der Eintritt ist wie immer frei.",
        "Das Wetter bleibt sonnig und trocken.",
    ],
}

#: What the far end of the call says under a language talk (English, espeak-ng), the aside's and the dev twins' apart.
FAR_END_LINES = {
    "aside": [
        "Sorry, you broke up a little there.",
        "Can you all hear me?",
        "Yes, go on.",
        "My camera isn't working, one second.",
        "Could you repeat the last part?",
        "I'll put the link in the chat.",
        "We can hear you fine now.",
        "Just a moment, someone's at the door.",
    ],
    "dev": [
        "Is this thing on?",
        "Sorry, I was muted.",
        "Yes, please carry on.",
        "The sound is a bit quiet.",
    ],
}
FAR_END_VOICES = {"aside": Voice("espeak", "en-us+f2", 1.05), "dev": Voice("espeak", "en-gb+m4", 1.05)}


def _say(key: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[key], voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a21.TwentyFirstSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside21_cases.TwentyFirstSpoilers; ``codec``: aside21_cases.CODECS, kept as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd64_fr_real_fm_stretch": LangSpec(d, "fr", "spoiled", R(96801, 12, snr_db=q, gap=(0.5, 1.5)),
                                            room=("pink", 36), seed=96811, fm=True, stretch=1.55),
        "rd64_de_espeak_two_speakers_aec_n95_avi": LangSpec(d, "de", "spoiled", recordings=[
            _say("de_dev", [Voice(E, "de+m6", 1.0), Voice(E, "de+f2", 1.0)], 96802, pause=(0.4, 1.3), turn=2)],
            room=("pink", 44), seed=96812, aec=20.0, mask="n95", codec="avi"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside21)
        "jx_fr_real_aec_mov": LangSpec(a, "fr", "spoiled", R(96101, 12, snr_db=q, gap=(0.4, 1.4)),
                                       room=("murmur", 30), seed=96201, aec=20.0, codec="mov"),
        "jx_es_real_fm": LangSpec(a, "es", "spoiled", R(96102, 12, snr_db=q, gap=(0.5, 1.5)),
                                  room=("pink", 40), seed=96202, fm=True),
        "jx_it_real_stretch": LangSpec(a, "it", "spoiled", R(96103, 12, snr_db=q, gap=(0.5, 1.5)),
                                       room=("pink", 38), seed=96203, stretch=1.5),
        "jx_ru_real_n95_wireless_avi": LangSpec(a, "ru", "spoiled", R(96104, 12, wideband=True, snr_db=q,
                                                                    gap=(0.4, 1.4)),
                                                room=("fan", 34), seed=96204, mask="n95", wireless=True,
                                                codec="avi"),
        "jx_sv_espeak_visor_fm": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+m3", 1.0)], 96105, pause=(0.4, 1.3))], room=("pink", 36), seed=96205,
            mask="visor", fm=True),
        "jx_de_espeak_two_speakers_aec_stretch": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m3", 1.0), Voice(E, "de+f4", 0.95)], 96106, pause=(0.5, 1.4), turn=2)],
            room=("pink", 42), seed=96206, aec=19.0, stretch=1.5),
        "jx_nl_espeak_cloth_mov": LangSpec(a, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+m2", 1.05)], 96107, pause=(0.3, 1.2))], room=("murmur", 32), seed=96207,
            mask="cloth", codec="mov"),
    }


DEV_NAMES = ["rd64_fr_real_fm_stretch", "rd64_de_espeak_two_speakers_aec_n95_avi"]
ASIDE_NAMES = ["jx_fr_real_aec_mov", "jx_es_real_fm", "jx_it_real_stretch", "jx_ru_real_n95_wireless_avi",
               "jx_sv_espeak_visor_fm", "jx_de_espeak_two_speakers_aec_stretch", "jx_nl_espeak_cloth_mov"]
LANGS = "fr,es,it,ru,sv,de,nl"  #: bench_languages' default languages for aside21
DEV_LANGS = "fr,de"  #: ... and for dev64


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None (:func:`aside_common.prompt_talk_needs`)."""
    spec = catalogue()[name]
    return prompt_talk_needs(spec, bool(spec.recordings) or bool(spec.aec))


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    made, floor = prompt_talk(spec)
    made = a21.spoil(made, spec, spec.which, floor, spec.lang, FAR_END_LINES[spec.which], FAR_END_VOICES[spec.which])
    if spec.codec:
        made = a21.decoded_through(made, spec.codec)
    return uc.Built(made, notes=list(made.notes))
