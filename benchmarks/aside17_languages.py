"""The seventeenth aside set's language talks (``fx_<lang>_*``) and dev twins made the same way (``rd60_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (72xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (``ux_*`` .. ``gx_*`` drew from the same pool, so the prompts were heard before, in
  other orders and rooms).  The dev twin draws from the French dev half.
* **Swedish**, **German (two speakers in turns)** and **Dutch** from espeak-ng, on sentences written here.  No real
  Swedish, German or Dutch speech with text and timing is packaged for this machine beyond what earlier sets used
  (benchmarks/README.md lists what was looked for).
* aside17_cases' spoilers: a broadcaster's censor bleeps inside lines, a speaker trailing off at line ends, a mobile
  phone's radio interference, a stereo recorder with one capsule wired upside down (folded to mono), a dictaphone
  halving its rate without a filter; Ogg Vorbis, FLAC at 48 kHz, DVD LPCM in a VOB, Creative Voice, IRCAM.  A
  language talk through a codec or the inverted pair is stored as the WAV decoded from it (bench_languages.py reads
  ``audio.wav``).

**What is not new**: every language and the real speakers (heard in ``nx_*`` .. ``gx_*``), the espeak-ng variants.

``fx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside17``).  ``rd60_*``
is dev (``--set dev60``).

    apt-get install espeak-ng sox asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    .venv/bin/python benchmarks/cases.py --aside17 --check
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_languages as a9l
import aside17_cases as a17
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk, prompt_talk_needs, ready_spec
from synth_cases import Made, Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "sv": [
        "Hej allihop, och tack för att ni kom trots regnet.",
        "Biblioteket får nya öppettider från och med september.",
        "På tisdagar och torsdagar håller vi öppet till klockan åtta.",
        "Barnavdelningen flyttar upp till andra våningen.",
        "Där blir det mer plats för sagostunden på lördagar.",
        "Vi letar också efter frivilliga som kan läsa högt.",
        "Anmälan görs i receptionen eller på vår hemsida.",
        "Tack för i kväll, och glöm inte att lämna tillbaka böckerna.",
    ],
    # two speakers in turns
    "de": [
        "Hallo zusammen, schön, dass ihr heute alle da seid.",
        "Wir sprechen über das Sommerfest im Stadtpark.",
        "Das Fest beginnt am Samstag um zwei Uhr nachmittags.",
        "Für die Kinder gibt es eine Hüpfburg und Kinderschminken.",
        "Wer einen Kuchen backen möchte, meldet sich bitte bei mir.",
        "Am Abend spielt eine kleine Band aus dem Nachbarort.",
        "Bei Regen ziehen wir in die Turnhalle der Grundschule um.",
        "Danke schön und bis nächste Woche.",
    ],
    "nl": [
        "Goedenavond, en welkom bij de informatieavond over de nieuwe fietsroute.",
        "De route loopt straks langs de rivier naar het station.",
        "Het eerste stuk wordt in het voorjaar aangelegd.",
        "Tijdens de werkzaamheden is de brug een paar weken dicht.",
        "Fietsers kunnen dan omrijden via de Molenstraat.",
        "Er komen ook nieuwe lantaarns en een paar bankjes.",
        "Vragen kunt u na afloop stellen aan de projectleider.",
        "Dank u wel voor uw aandacht, en een fijne avond.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Guten Morgen, ich begrüße Sie zur Versammlung der Kleingärtner.",
        "Zuerst ein paar Worte zum neuen Wasseranschluss.",
        "Die Leitungen werden im März verlegt.",
        "In dieser Zeit gibt es zwei Tage lang kein Wasser.",
        "Bitte stellen Sie vorher ein paar Eimer bereit.",
        "Der Komposthaufen hinten am Zaun wird verkleinert.",
        "Die nächste Versammlung ist im Juni.",
        "Vielen Dank und einen schönen Sonntag.",
    ],
}


def _say(key: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[key], voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a17.SeventeenthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside17_cases.SeventeenthSpoilers; ``codec``: aside17_cases.CODECS; the codec's file or the inverted
    pair's stereo file is kept as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd60_fr_real_bleeps_trailing_vorbis": LangSpec(d, "fr", "spoiled", R(72801, 12, snr_db=q, gap=(0.5, 1.4)),
                                                        room=("pink", 32), seed=72811, bleeps=3, trailing=0.5,
                                                        codec="vorbis"),
        "rd60_de_espeak_two_speakers_buzz_inverted": LangSpec(d, "de", "spoiled", recordings=[
            _say("de_dev", [Voice(E, "de+m6", 1.1), Voice(E, "de+f4", 0.9)], 72802, pause=(0.4, 1.3), turn=2)],
            room=("murmur", 18), seed=72812, buzz=3, inverted=True),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside17)
        "fx_fr_real_bleeps_flac": LangSpec(a, "fr", "spoiled", R(72101, 12, snr_db=q, gap=(0.5, 1.4)),
                                           room=("pink", 32), seed=72201, bleeps=3, codec="flac"),
        "fx_es_real_buzz_vorbis": LangSpec(a, "es", "spoiled", R(72102, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("murmur", 16), seed=72202, buzz=4, codec="vorbis"),
        "fx_it_real_trailing_inverted": LangSpec(a, "it", "spoiled", R(72103, 12, snr_db=q, gap=(0.4, 1.4)),
                                                 room=("fan", 30), seed=72203, trailing=0.5, inverted=True),
        "fx_ru_real_aliased_bleeps_voc": LangSpec(a, "ru", "spoiled", R(72104, 12, wideband=True, snr_db=q,
                                                                        gap=(0.4, 1.4)),
                                                  room=("pink", 30), seed=72204, aliased=True, bleeps=2,
                                                  codec="voc"),
        "fx_sv_espeak_trailing_ircam": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+f4", 1.05)], 72105, pause=(0.4, 1.3))], room=("fan", 30), seed=72205,
            trailing=0.5, codec="ircam"),
        "fx_de_espeak_two_speakers_buzz_bleeps": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m6", 1.05), Voice(E, "de+f4", 0.95)], 72106, pause=(0.4, 1.3), turn=2)],
            room=("murmur", 18), seed=72206, buzz=3, bleeps=2),
        "fx_nl_espeak_aliased_vob": LangSpec(a, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+m4", 1.1)], 72107, pause=(0.3, 1.2))], room=("pink", 32), seed=72207,
            aliased=True, codec="vob"),
    }


DEV_NAMES = ["rd60_fr_real_bleeps_trailing_vorbis", "rd60_de_espeak_two_speakers_buzz_inverted"]
ASIDE_NAMES = ["fx_fr_real_bleeps_flac", "fx_es_real_buzz_vorbis", "fx_it_real_trailing_inverted",
               "fx_ru_real_aliased_bleeps_voc", "fx_sv_espeak_trailing_ircam", "fx_de_espeak_two_speakers_buzz_bleeps",
               "fx_nl_espeak_aliased_vob"]
LANGS = "fr,es,it,ru,sv,de,nl"  #: bench_languages' default languages for aside17
DEV_LANGS = "fr,de"  #: ... and for dev60


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
    made = a17.spoil(made, spec, spec.which, floor, spec.lang)
    if spec.aliased:
        made = a17.aliased(made)
    if spec.inverted:
        coded, _ = a17.inverted_capsule(made, spec.seed + 134)
        made = Made(coded.samples, coded.segments, coded.notes[:-1] + [
            coded.notes[-1] + "; stored as the WAV decoded from it"], coded.words)
    elif spec.codec:
        made = a17.decoded_through(made, spec.codec)
    return uc.Built(made, notes=list(made.notes))
