"""The sixteenth aside set's language talks (``gx_<lang>_*``) and dev twins made the same way (``rd59_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (62xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (``ux_*``, ``sx_*``, ``wx_*``, ``ox_*`` and ``hx_*`` drew from the same pool, so the
  prompts were heard before, in other orders and rooms).  The dev twin draws from the French dev half.
* **Swedish**, **Dutch (two speakers in turns)** and **German** from espeak-ng, on sentences written here.  No real
  Swedish, Dutch or German speech with text and timing is packaged for this machine beyond what earlier sets used
  (benchmarks/README.md lists what was looked for; espeak-ng's MBROLA voices need databases not installed here).
* aside16_cases' spoilers: a listener's interjections over line ends (here espeak-ng saying the language's "yes",
  "of course", "exactly": Hedgewars' packs hold no such words in these languages), a livestream of the talk heard
  in the room, a spaced microphone pair folded to mono; WavPack, G.722 in a WAV, float Wave64, 24-bit CAF, MPEG-2
  audio in a transport stream.  A language talk through a codec or the pair is stored as the WAV decoded from it
  (bench_languages.py reads ``audio.wav``).

**What is not new**: every language and the real speakers (heard in ``nx_*`` .. ``hx_*``), the espeak-ng variants.

``gx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside16``).  ``rd59_*``
is dev (``--set dev59``).

    apt-get install espeak-ng sox asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    .venv/bin/python benchmarks/cases.py --aside16 --check
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_languages as a9l
import aside16_cases as a16
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk, prompt_talk_needs, ready_spec
from synth_cases import Made, Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "sv": [
        "God kväll, och välkomna till föreningens årsmöte.",
        "Först vill jag tacka alla som hjälpte till med loppisen i våras.",
        "Vi fick in nästan tolvtusen kronor till den nya lekplatsen.",
        "Gungorna är redan beställda och kommer i augusti.",
        "Nästa punkt handlar om parkeringen bakom skolan.",
        "Kommunen vill göra om den till en cykelparkering.",
        "Ni som har synpunkter kan skriva till styrelsen före midsommar.",
        "Då avslutar vi mötet, och det finns kaffe i köket.",
    ],
    # two speakers in turns
    "nl": [
        "Goedemiddag allemaal, fijn dat jullie er weer zijn.",
        "Vandaag bespreken we de plannen voor het nieuwe dorpshuis.",
        "De bouw begint na de zomer, als alles goed gaat.",
        "Er komt een grote zaal en een kleine keuken.",
        "Ook de muziekvereniging krijgt een eigen ruimte.",
        "Veel mensen vroegen of er genoeg parkeerplaatsen komen.",
        "We hebben met de gemeente afgesproken dat het er dertig worden.",
        "Dank jullie wel, en tot de volgende vergadering.",
    ],
    "de": [
        "Guten Abend, ich freue mich, dass so viele gekommen sind.",
        "Heute geht es um den neuen Busfahrplan ab Oktober.",
        "Die Linie zwölf fährt dann jede Viertelstunde.",
        "Am Wochenende gibt es leider weniger Fahrten als bisher.",
        "Dafür hält der Nachtbus jetzt auch am Bahnhof.",
        "Viele haben nach den Preisen für Schüler gefragt.",
        "Die Monatskarte für Schüler wird etwas günstiger.",
        "Vielen Dank fürs Zuhören und einen schönen Abend noch.",
    ],
    # the Dutch dev twin's lines, never the aside's
    "nl_dev": [
        "Welkom bij de bewonersavond van onze wijk.",
        "Eerst een kort bericht over de speeltuin aan het water.",
        "De nieuwe glijbaan staat er sinds vorige week.",
        "Het hek wordt volgende maand geverfd.",
        "Sommige ouders vragen om meer bankjes in de schaduw.",
        "Daar kijken we samen met de gemeente naar.",
        "De volgende avond is in november.",
        "Bedankt voor jullie komst en rij voorzichtig.",
    ],
}


def _say(key: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[key], voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a16.SixteenthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside16_cases.SixteenthSpoilers; ``codec``: aside16_cases.CODECS; the codec's file or the pair's
    stereo file is kept as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (the French dev prompts; Dutch dev sentences)
        "rd59_fr_real_reactions_stream_caf": LangSpec(d, "fr", "spoiled", R(62801, 12, snr_db=q,
                                                                                gap=(0.5, 1.4)),
                                                          room=("pink", 32), seed=62811, reactions=4, stream=True,
                                                          codec="caf24"),
        "rd59_nl_espeak_two_speakers_pair": LangSpec(d, "nl", "spoiled", recordings=[
            _say("nl_dev", [Voice(E, "nl+m4", 1.1), Voice(E, "nl+f4", 0.9)], 62802, pause=(0.4, 1.3), turn=2)],
            room=("murmur", 18), seed=62812, pair=True, reactions=2),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside16)
        "gx_fr_real_reactions_w64": LangSpec(a, "fr", "spoiled", R(62101, 12, snr_db=q, gap=(0.5, 1.4)),
                                             room=("pink", 32), seed=62201, reactions=4, codec="w64"),
        "gx_es_real_stream_ts": LangSpec(a, "es", "spoiled", R(62102, 12, snr_db=q, gap=(0.3, 1.3)),
                                         room=("murmur", 16), seed=62202, stream=True, codec="ts"),
        "gx_it_real_pair": LangSpec(a, "it", "spoiled", R(62103, 12, snr_db=q, gap=(0.4, 1.4)),
                                    room=("fan", 30), seed=62203, pair=True),
        "gx_ru_real_reactions_stream_caf": LangSpec(a, "ru", "spoiled", R(62104, 12, wideband=True, snr_db=q,
                                                                          gap=(0.4, 1.4)),
                                                    room=("pink", 30), seed=62204, reactions=4, stream=True,
                                                    codec="caf24"),
        "gx_sv_espeak_reactions_g722wav": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+m6", 0.9)], 62105, pause=(0.4, 1.3))], room=("fan", 30), seed=62205,
            reactions=3, codec="g722wav"),
        "gx_nl_espeak_two_speakers_stream_pair": LangSpec(a, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+m6", 1.05), Voice(E, "nl+f4", 0.9)], 62106, pause=(0.4, 1.3), turn=2)],
            room=("murmur", 18), seed=62206, stream=True, pair=True),
        "gx_de_espeak_reactions_wavpack": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m4", 1.15)], 62107, pause=(0.3, 1.2))], room=("pink", 32), seed=62207,
            reactions=3, codec="wavpack"),
    }


DEV_NAMES = ["rd59_fr_real_reactions_stream_caf", "rd59_nl_espeak_two_speakers_pair"]
ASIDE_NAMES = ["gx_fr_real_reactions_w64", "gx_es_real_stream_ts", "gx_it_real_pair", "gx_ru_real_reactions_stream_caf",
               "gx_sv_espeak_reactions_g722wav", "gx_nl_espeak_two_speakers_stream_pair",
               "gx_de_espeak_reactions_wavpack"]
LANGS = "fr,es,it,ru,sv,nl,de"  #: bench_languages' default languages for aside16
DEV_LANGS = "fr,nl"  #: ... and for dev59


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None (:func:`aside_common.prompt_talk_needs`)."""
    spec = catalogue()[name]
    return prompt_talk_needs(spec, bool(spec.recordings or spec.reactions))


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    made, floor = prompt_talk(spec)
    made = a16.spoil(made, spec, spec.which, floor, spec.lang)
    if spec.pair:
        coded, _ = a16.spaced_pair(made, spec.seed + 124)
        made = Made(coded.samples, coded.segments, coded.notes[:-1] + [
            coded.notes[-1] + "; stored as the WAV decoded from it"], coded.words)
    elif spec.codec:
        made = a16.decoded_through(made, spec.codec)
    return uc.Built(made, notes=list(made.notes))

