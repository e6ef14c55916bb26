"""The twentieth aside set's language talks (``cx_<lang>_*``) and dev twins made the same way (``rd63_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (94xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (``ux_*`` .. ``dx_*`` drew from the same pool, so the prompts were heard before, in
  other orders and rooms).  The dev twin draws from the French dev half.
* **Swedish**, **German (two speakers in turns)** and **Dutch** from espeak-ng, on sentences written here.  No real
  Swedish, German or Dutch speech with text and timing is packaged for this machine beyond what earlier sets used
  (benchmarks/README.md lists what was looked for).
* aside20_cases' spoilers, every one in the waveform itself (none is a file's channel layout, so whatever the
  aligner learns about them reaches these talks too): two recorders drifting apart, a cassette's print-through,
  takes edited together with their own room tones, a lacquer disc, a simultaneous interpreter (here saying each
  line in **English**, the language the aligner's English models know best); Blu-ray LPCM in M2TS, AC-3 as S/PDIF
  in a WAV.  A language talk through a container is stored as the WAV decoded from it (bench_languages.py reads
  ``audio.wav``).

**What is not new**: every language and the real speakers (heard in ``nx_*`` .. ``dx_*``), espeak-ng's language
voices (the variants on them were used with other languages before).

``cx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside20``).  ``rd63_*``
is dev (``--set dev63``).

    apt-get install espeak-ng sox asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    .venv/bin/python benchmarks/cases.py --aside20 --check
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_languages as a9l
import aside20_cases as a20
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk, prompt_talk_needs, ready_spec
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "sv": [
        "Välkomna till kvällens föreläsning om stadens gamla hamn.",
        "Hamnen byggdes ut kraftigt under artonhundratalet.",
        "Här lastades järn, trä och tjära på segelfartyg.",
        "Många av de gamla magasinen står fortfarande kvar.",
        "I dag används de som ateljéer och små kaféer.",
        "Efter pausen visar jag bilder från förra seklet.",
        "Vi avslutar med en kort promenad längs kajen.",
        "Glöm inte att ta med en varm jacka.",
    ],
    # two speakers in turns
    "de": [
        "Guten Abend und herzlich willkommen zu unserem Podcast über alte Handwerke.",
        "Heute sprechen wir mit einer Buchbinderin aus Leipzig.",
        "Sie hat das Handwerk vor dreißig Jahren bei ihrem Vater gelernt.",
        "Das Leder für die Einbände kommt aus einer kleinen Gerberei.",
        "Jedes Buch wird mit der Hand genäht und gepresst.",
        "Für ein großes Album braucht sie fast eine ganze Woche.",
        "Im Frühling bietet sie wieder einen Kurs für Anfänger an.",
        "Vielen Dank fürs Zuhören und bis zur nächsten Folge.",
    ],
    "nl": [
        "Welkom bij de rondleiding door het oude waterschapshuis.",
        "Dit gebouw werd in zestienhonderd zeventig gebouwd.",
        "Hier vergaderden de heemraden over de dijken en de sluizen.",
        "Op zolder liggen nog kaarten van de oude polders.",
        "Het gemaal achter het huis pompt nog elke winter.",
        "In de kelder ziet u de fundering van eikenhout.",
        "De rondleiding eindigt in de tuin bij de molen.",
        "Koffie en thee staan klaar in de kleine zaal.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Hallo und willkommen zur Sprechstunde des Gartenvereins.",
        "Heute geht es um Tomaten auf dem Balkon.",
        "Sie brauchen viel Sonne und einen großen Topf.",
        "Gießen Sie lieber morgens als am Abend.",
        "Die unteren Blätter dürfen Sie ruhig abschneiden.",
        "Im August beginnt dann endlich die Ernte.",
        "Schicken Sie uns gern Fotos von Ihren Pflanzen.",
        "Bis nächste Woche und viel Freude im Garten.",
    ],
}

#: What the interpreter says under a language talk (English, espeak-ng), the aside's and the dev twins' apart.
INTERPRETER_LINES = {
    "aside": [
        "Good evening, and thank you all for coming tonight.",
        "Our speaker begins with a short word of welcome.",
        "She is explaining how the project started.",
        "The first results came in after two long winters.",
        "She thanks the volunteers from the region.",
        "The figures will be published next spring.",
        "There will be time for questions at the end.",
        "She now turns to the plans for next year.",
        "The visit to the site is planned for May.",
        "She reminds everyone that the data is open.",
        "Please keep your questions for the end.",
        "That brings us to the last part of the talk.",
    ],
    "dev": [
        "Hello, I am interpreting for our guest today.",
        "He is talking about the history of the house.",
        "Then he describes last year's repairs.",
        "The costs were higher than planned.",
        "Many neighbours helped with the painting.",
        "The garden should be ready by summer.",
        "He thanks everyone who gave money.",
        "He will take questions at the end.",
    ],
}
INTERPRETER_VOICES = {"aside": Voice("espeak", "en-us+m7", 1.1), "dev": Voice("espeak", "en-gb+m2", 1.1)}


def _say(key: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[key], voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a20.TwentiethSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside20_cases.TwentiethSpoilers; ``codec``: aside20_cases.CODECS, kept as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd63_fr_real_drift_disc_spdif": LangSpec(d, "fr", "spoiled", R(94801, 12, snr_db=q, gap=(0.5, 1.5)),
                                                  room=("pink", 36), seed=94811, drift=True, disc=True,
                                                  codec="spdif"),
        "rd63_de_espeak_two_speakers_ghosts_takes_booth": LangSpec(d, "de", "spoiled", recordings=[
            _say("de_dev", [Voice(E, "de+m6", 1.05), Voice(E, "de+f2", 0.95)], 94802, pause=(0.4, 1.3), turn=2)],
            room=("pink", 44), seed=94812, ghosts=True, takes=True, booth=16.0),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside20)
        "cx_fr_real_booth_m2ts": LangSpec(a, "fr", "spoiled", R(94101, 12, snr_db=q, gap=(0.4, 1.4)),
                                          room=("murmur", 26), seed=94201, booth=15.0, codec="m2ts"),
        "cx_es_real_takes_spdif": LangSpec(a, "es", "spoiled", R(94102, 12, snr_db=q, gap=(0.5, 1.5)),
                                           room=("pink", 46), seed=94202, takes=True, codec="spdif"),
        "cx_it_real_disc": LangSpec(a, "it", "spoiled", R(94103, 12, snr_db=q, gap=(0.4, 1.4)),
                                    room=("pink", 40), seed=94203, disc=True),
        "cx_ru_real_drift_ghosts": LangSpec(a, "ru", "spoiled", R(94104, 12, wideband=True, snr_db=q,
                                                                  gap=(0.4, 1.4)),
                                            room=("pink", 32), seed=94204, drift=True, ghosts=True),
        "cx_sv_espeak_ghosts_booth_m2ts": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+m7", 1.0)], 94105, pause=(0.4, 1.3))], room=("fan", 32), seed=94205,
            ghosts=True, booth=16.0, codec="m2ts"),
        "cx_de_espeak_two_speakers_takes_drift": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m7", 1.05), Voice(E, "de+f3", 0.95)], 94106, pause=(0.5, 1.4), turn=2)],
            room=("pink", 44), seed=94206, takes=True, drift=True),
        "cx_nl_espeak_disc_spdif": LangSpec(a, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+f4", 1.1)], 94107, pause=(0.3, 1.2))], room=("pink", 40), seed=94207,
            disc=True, codec="spdif"),
    }


DEV_NAMES = ["rd63_fr_real_drift_disc_spdif", "rd63_de_espeak_two_speakers_ghosts_takes_booth"]
ASIDE_NAMES = ["cx_fr_real_booth_m2ts", "cx_es_real_takes_spdif", "cx_it_real_disc", "cx_ru_real_drift_ghosts",
               "cx_sv_espeak_ghosts_booth_m2ts", "cx_de_espeak_two_speakers_takes_drift", "cx_nl_espeak_disc_spdif"]
LANGS = "fr,es,it,ru,sv,de,nl"  #: bench_languages' default languages for aside20
DEV_LANGS = "fr,de"  #: ... and for dev63


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None (:func:`aside_common.prompt_talk_needs`)."""
    spec = catalogue()[name]
    return prompt_talk_needs(spec, bool(spec.recordings) or bool(spec.booth))


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    made, floor = prompt_talk(spec)
    made = a20.spoil(made, spec, spec.which, floor, spec.lang, INTERPRETER_LINES[spec.which],
                     INTERPRETER_VOICES[spec.which])
    if spec.codec:
        made = a20.decoded_through(made, spec.codec)
    return uc.Built(made, notes=list(made.notes))
