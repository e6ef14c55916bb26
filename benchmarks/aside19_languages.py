"""The nineteenth aside set's language talks (``dx_<lang>_*``) and dev twins made the same way (``rd62_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (92xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (``ux_*`` .. ``ex_*`` drew from the same pool, so the prompts were heard before, in
  other orders and rooms).  The dev twin draws from the French dev half.
* **Swedish**, **German (two speakers in turns)** and **Dutch** from espeak-ng, on sentences written here.  No real
  Swedish, German or Dutch speech with text and timing is packaged for this machine beyond what earlier sets used
  (benchmarks/README.md lists what was looked for).
* aside19_cases' spoilers: a voice with a tremor, a speaker clearing the throat next to lines, mouth clicks and lip
  smacks at line edges, a video call switching band inside lines, a four-track field recorder folded to mono;
  64-bit float AIFF-C, PCM in AST.  A language talk through a container or the field recorder is stored as the WAV
  decoded from it (bench_languages.py reads ``audio.wav``).

**What is not new**: every language and the real speakers (heard in ``nx_*`` .. ``ex_*``), espeak-ng's language
voices (the variants ``m2``, ``f5``, ``m5``, ``f1`` on them were used with other languages before).

``dx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside19``).  ``rd62_*``
is dev (``--set dev62``).

    apt-get install espeak-ng sox asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    .venv/bin/python benchmarks/cases.py --aside19 --check
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_languages as a9l
import aside19_cases as a19
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk, prompt_talk_needs, ready_spec
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "sv": [
        "God kväll och välkomna till föreningens årsmöte.",
        "Först vill jag tacka alla som hjälpte till i trädgården i våras.",
        "Vi planterade fyrtio nya äppelträd längs södra muren.",
        "Bevattningen byggdes om under sommaren.",
        "Nu räcker regnvattnet i tunnorna nästan hela augusti.",
        "Nästa år vill vi bygga ett litet växthus för tomater.",
        "Kassören berättar strax hur mycket pengar som finns kvar.",
        "Sedan bjuder vi på kaffe och nybakade kanelbullar.",
    ],
    # two speakers in turns
    "de": [
        "Herzlich willkommen zu unserer kleinen Führung durch die Sternwarte.",
        "Das große Teleskop wurde vor über hundert Jahren gebaut.",
        "Bei klarem Himmel sehen wir heute Abend den Saturn und seine Ringe.",
        "Die Kuppel dreht sich langsam, bitte bleiben Sie hinter dem Geländer.",
        "Kinder dürfen als Erste durch das Okular schauen.",
        "Im Keller zeigen wir Ihnen noch eine Sammlung alter Karten.",
        "Fotografieren mit Blitz ist leider nicht erlaubt.",
        "Wir wünschen Ihnen einen schönen Abend unter den Sternen.",
    ],
    "nl": [
        "Goedenavond en welkom bij de informatieavond over de nieuwe fietsbrug.",
        "De brug komt naast het station over het kanaal te liggen.",
        "De bouw begint na de zomervakantie en duurt ongeveer een jaar.",
        "Tijdens de werkzaamheden rijdt er een pontje voor fietsers.",
        "Het pontje vaart elke tien minuten, ook in het weekend.",
        "Op de brug komen lantaarns die 's nachts zacht branden.",
        "Na afloop kunt u de tekeningen bekijken in de hal.",
        "Dank u wel voor uw komst en een goede thuisreis.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Guten Morgen, ich begrüße Sie zur Versammlung des Chors.",
        "Zuerst ein paar Worte zum Konzert im Dezember.",
        "Wir proben ab sofort zweimal in der Woche.",
        "Die Noten liegen ab Montag im Gemeindehaus bereit.",
        "Neue Sängerinnen und Sänger sind herzlich willkommen.",
        "Für die Fahrt zum Wettbewerb suchen wir noch Autos.",
        "Der Kuchenverkauf bringt hoffentlich genug für neue Mappen.",
        "Vielen Dank und bis zur nächsten Probe.",
    ],
}


def _say(key: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[key], voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a19.NineteenthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside19_cases.NineteenthSpoilers; ``codec``: aside19_cases.CODECS; the container's file or the field
    recorder's four tracks are kept as the WAV decoded from them)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd62_fr_real_ahem_tremor_ast": LangSpec(d, "fr", "spoiled", R(92801, 12, snr_db=q, gap=(0.5, 1.5)),
                                                 room=("pink", 32), seed=92811, ahem=3, tremor=True, codec="ast"),
        "rd62_de_espeak_two_speakers_clicks_flips_tracks": LangSpec(d, "de", "spoiled", recordings=[
            _say("de_dev", [Voice(E, "de+m2", 1.05), Voice(E, "de+f5", 0.95)], 92802, pause=(0.4, 1.3), turn=2)],
            room=("murmur", 18), seed=92812, clicks=0.7, flips=True, tracks=True),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside19)
        "dx_fr_real_clicks_aifc64": LangSpec(a, "fr", "spoiled", R(92101, 12, snr_db=q, gap=(0.4, 1.4)),
                                             room=("murmur", 20), seed=92201, clicks=0.7, codec="aifc64"),
        "dx_es_real_ahem_ast": LangSpec(a, "es", "spoiled", R(92102, 12, snr_db=q, gap=(0.5, 1.5)),
                                        room=("pink", 30), seed=92202, ahem=3, codec="ast"),
        "dx_it_real_tremor_tracks": LangSpec(a, "it", "spoiled", R(92103, 12, snr_db=q, gap=(0.4, 1.4)),
                                             room=("fan", 30), seed=92203, tremor=True, tracks=True),
        "dx_ru_real_flips": LangSpec(a, "ru", "spoiled", R(92104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                     room=("pink", 32), seed=92204, flips=True),
        "dx_sv_espeak_tremor_clicks_ast": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+m5", 1.0)], 92105, pause=(0.4, 1.3))], room=("fan", 30), seed=92205,
            tremor=True, clicks=0.6, codec="ast"),
        "dx_de_espeak_two_speakers_ahem_flips": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m5", 1.05), Voice(E, "de+f1", 0.95)], 92106, pause=(0.5, 1.4), turn=2)],
            room=("murmur", 18), seed=92206, ahem=3, flips=True),
        "dx_nl_espeak_tracks": LangSpec(a, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+m2", 1.1)], 92107, pause=(0.3, 1.2))], room=("pink", 32), seed=92207,
            tracks=True),
    }


DEV_NAMES = ["rd62_fr_real_ahem_tremor_ast", "rd62_de_espeak_two_speakers_clicks_flips_tracks"]
ASIDE_NAMES = ["dx_fr_real_clicks_aifc64", "dx_es_real_ahem_ast", "dx_it_real_tremor_tracks", "dx_ru_real_flips",
               "dx_sv_espeak_tremor_clicks_ast", "dx_de_espeak_two_speakers_ahem_flips", "dx_nl_espeak_tracks"]
LANGS = "fr,es,it,ru,sv,de,nl"  #: bench_languages' default languages for aside19
DEV_LANGS = "fr,de"  #: ... and for dev62


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
    made = a19.spoil(made, spec, spec.which, floor, spec.lang)
    if spec.tracks:
        made = a19.decoded_through(made, "tracks", spec.seed + 154)
    elif spec.codec:
        made = a19.decoded_through(made, spec.codec)
    return uc.Built(made, notes=list(made.notes))
