"""The fourteenth aside set's language talks (``ox_<lang>_*``) and dev twins made the same way (``rd57_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (58xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (prompts language_cases and ``nx_*`` never say; ``ux_*``, ``sx_*`` and ``wx_*``
  drew from the same pool, so the prompts were heard before, in other orders and rooms).  The dev twin draws from
  the French dev half.
* **Swedish**, **German** and **Dutch** from espeak-ng, in variants no case used (``announcer``, ``UniRobot``,
  ``Mr serious``), on sentences written here; the Dutch talk has **two speakers in turns and a question from the
  audience** (a third voice from a far microphone).  No real Swedish, German or Dutch speech with text and timing is
  packaged for this machine beyond what earlier sets used (benchmarks/README.md lists what was looked for).
* aside14_cases' spoilers: plosive pops inside the line edges, a phone's noise suppressor (musical noise), a
  podcast's jingle ducked under the first line, a question from a far microphone, PA feedback howling, a phone
  vibrating on the table; 8-bit PCM at 11.025 kHz, Flash ADPCM, RoQ DPCM, Argonaut ADPCM.  A language talk
  through a codec is stored as the WAV decoded from it (bench_languages.py reads ``audio.wav``).

**What is not new**: every language and the real speakers (heard in ``nx_*``, ``ux_*``, ``sx_*`` and ``wx_*``).

``ox_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside14``).  ``rd57_*``
is dev (``--set dev57``).

    apt-get install espeak-ng sox asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    .venv/bin/python benchmarks/cases.py --aside14 --check
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_cases as a9
import aside9_languages as a9l
import aside14_cases as a14
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk, prompt_talk_needs, ready_spec
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "sv": [
        "God morgon och välkomna till årets första möte i föreningen.",
        "Vi har haft ett bra år, trots att vintern var lång och kall.",
        "Båtarna ligger nu i hamnen och väntar på att målas.",
        "Den som vill hjälpa till kan skriva upp sig på listan vid dörren.",
        "Vi behöver också någon som kan sköta kassan under sommaren.",
        "Midsommarfesten blir som vanligt på ängen bakom skolan.",
        "Ta gärna med en filt och något gott att dela med grannarna.",
        "Till sist vill jag tacka alla som kom hit i dag.",
    ],
    "de": [
        "Guten Abend und herzlich willkommen zu unserem kleinen Vortrag.",
        "Heute geht es um den neuen Radweg entlang des Flusses.",
        "Viele von Ihnen fahren jeden Tag mit dem Rad zur Arbeit.",
        "Bisher mussten Sie dafür die laute Hauptstraße nehmen.",
        "Der neue Weg ist breiter, besser beleuchtet und fast ohne Ampeln.",
        "Die Bauarbeiten beginnen im Frühjahr und dauern etwa ein Jahr.",
        "In dieser Zeit wird es eine Umleitung über den Marktplatz geben.",
        "Vielen Dank für Ihre Geduld und Ihre Aufmerksamkeit.",
    ],
    # two speakers in turns
    "nl": [
        "Goedenavond, fijn dat jullie er allemaal zijn.",
        "We willen vanavond praten over de speeltuin in het park.",
        "De oude toestellen zijn versleten en soms zelfs gevaarlijk.",
        "De gemeente heeft geld vrijgemaakt voor nieuwe schommels en een klimrek.",
        "Wij willen graag weten wat de kinderen zelf het liefste hebben.",
        "Daarom komt er volgende maand een tekenwedstrijd op de school.",
        "De mooiste tekening wordt echt gebouwd.",
        "Bedankt voor het luisteren, en tot de volgende keer.",
    ],
}

#: A question from the audience in Dutch (written here).
NL_QUESTION = "Mag ik vragen wanneer de nieuwe speeltuin open gaat?"


def _say(key: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[key], voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a14.FourteenthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside14_cases.FourteenthSpoilers; ``codec``: aside14_cases.CODECS, stored as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twin (the French dev prompts)
        "rd57_fr_real_suppressor_pops_argo": LangSpec(d, "fr", "spoiled", R(58801, 12, snr_db=q, gap=(0.5, 1.4)),
                                                      room=("murmur", 16), seed=58811, suppressor=True, pops=4,
                                                      codec="argo"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside14)
        "ox_fr_real_pops_roq": LangSpec(a, "fr", "spoiled", R(58101, 12, snr_db=q, gap=(0.5, 1.4)),
                                        room=("pink", 32), seed=58201, pops=6, codec="roq"),
        "ox_es_real_suppressor_u8": LangSpec(a, "es", "spoiled", R(58102, 12, snr_db=q, gap=(0.3, 1.3)),
                                             room=("murmur", 15), seed=58202, suppressor=True, codec="u8"),
        "ox_it_real_jingle_swf": LangSpec(a, "it", "spoiled", R(58103, 12, snr_db=q, gap=(0.4, 1.4)),
                                          room=("pink", 32), seed=58203, jingle=True, codec="swf"),
        "ox_ru_real_howl_buzz": LangSpec(a, "ru", "spoiled", R(58104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                         room=("fan", 30), seed=58204, howls=1, buzzes=2),
        "ox_sv_espeak_announcer_pops_argo": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+announcer", 1.0)], 58105, pause=(0.4, 1.3))], room=("pink", 32), seed=58205,
            pops=4, codec="argo"),
        "ox_de_espeak_serious_jingle_suppressor": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+Mr serious", 0.95)], 58106, pause=(0.4, 1.3))], room=("murmur", 16),
            seed=58206, jingle=True, suppressor=True),
        "ox_nl_espeak_two_speakers_question_u8": LangSpec(a, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+UniRobot", 1.05), Voice(E, "nl+announcer", 0.9)], 58107, pause=(0.4, 1.3),
                 turn=2)], room=("pink", 32), seed=58207, asks=[(NL_QUESTION, Voice(E, "nl+m1", 1.0))], howls=1,
            codec="u8"),
    }


DEV_NAMES = ["rd57_fr_real_suppressor_pops_argo"]
ASIDE_NAMES = ["ox_fr_real_pops_roq", "ox_es_real_suppressor_u8", "ox_it_real_jingle_swf", "ox_ru_real_howl_buzz",
               "ox_sv_espeak_announcer_pops_argo", "ox_de_espeak_serious_jingle_suppressor",
               "ox_nl_espeak_two_speakers_question_u8"]
LANGS = "fr,es,it,ru,sv,de,nl"  #: bench_languages' default languages for aside14
DEV_LANGS = "fr"  #: ... and for dev57


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None (:func:`aside_common.prompt_talk_needs`)."""
    spec = catalogue()[name]
    return prompt_talk_needs(spec, bool(spec.recordings or spec.asks))


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    made, floor = prompt_talk(spec)
    made = a14.spoil(made, spec, floor)
    if spec.codec:
        made = a9.decoded_through(made, spec.codec, a14.CODECS)
    return uc.Built(made, notes=list(made.notes))
