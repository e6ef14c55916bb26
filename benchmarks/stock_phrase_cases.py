#!/usr/bin/env python3
"""Two espeak-ng speakers in turns through a megaphone or a two-way radio, in German, Dutch and Swedish
(``rd180_*``; issue 9, thirty-first round, j180).

Made the way ``tx_de_espeak_two_speakers_horn`` was (aside22_languages: espeak-ng voices of the language in turns
of two lines, aside22_cases' megaphone or push-to-talk radio, a murmur or pink noise), from sentences written here,
other voices, speeds and seeds, so that Whisper's multilingual ``base`` has talks it hears as little as it heard that
one on this machine (there it wrote one stock sentence, "und dann geht es um die ganze Zeit.", five times over
the talk and no word of the transcript; benchmarks/README.md, j180).  Truth: each line's bounds exact on the dry
speech.  Two talks (:data:`LATER`) were built and kept out of every run until j180's rule was final.

    .venv/bin/python benchmarks/stock_phrase_cases.py            # builds every talk into benchmarks/out/cases
    .venv/bin/python benchmarks/stock_phrase_cases.py NAME ...   # only these
    PYTHONPATH=$PWD .venv/bin/python benchmarks/language_misses.py --folders benchmarks/out/cases/rd180_*
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import aside22_cases as a22  # noqa: E402
import aside22_languages as a22l  # noqa: E402
import cases  # noqa: E402
from aside_common import lines_talk, prompt_talk_needs, prompts_or_voices_talk  # noqa: E402
from synth_cases import Voice  # noqa: E402

SENTENCES = {
    # a harbour tour's guide and the skipper, through a megaphone on deck
    "de": [
        "Herzlich willkommen an Bord, die Rundfahrt dauert etwa eine Stunde.",
        "Auf der linken Seite sehen Sie die alten Speicherhäuser.",
        "Dort wurden früher Kaffee, Tee und Gewürze gelagert.",
        "Bitte bleiben Sie während der Fahrt auf Ihren Plätzen.",
        "Gleich fahren wir unter der großen Klappbrücke hindurch.",
        "Rechts liegt das Museumsschiff, es ist über hundert Jahre alt.",
        "Am Ende der Fahrt legen wir wieder an den Landungsbrücken an.",
        "Wir wünschen Ihnen noch einen schönen Tag in der Stadt.",
    ],
    # a fire drill's two wardens over the radio
    "de2": [
        "Achtung, dies ist eine Übung der Feuerwehr.",
        "Bitte verlassen Sie das Gebäude über das Treppenhaus.",
        "Benutzen Sie auf keinen Fall die Aufzüge.",
        "Der Sammelplatz befindet sich auf dem Parkplatz hinter der Halle.",
        "Die Abteilungsleiter zählen dort ihre Mitarbeiter.",
        "Meldet euch bitte, sobald das zweite Stockwerk leer ist.",
        "Die Übung ist in etwa zehn Minuten beendet.",
        "Vielen Dank für Ihre Mitarbeit und Geduld.",
    ],
    # a market's two stallholders calling out through a megaphone
    "nl": [
        "Goedemiddag allemaal, welkom op de zaterdagmarkt.",
        "Vandaag hebben we verse aardbeien uit eigen tuin.",
        "Twee bakjes voor maar vijf euro, zolang de voorraad strekt.",
        "Bij de kraam naast de kerk verkopen we ook kaas.",
        "De jonge kaas is mild en de oude kaas is pittig.",
        "Proeven mag altijd, dus kom gerust even langs.",
        "Om vier uur gaat de markt dicht en ruimen we op.",
        "Bedankt voor uw bezoek en tot volgende week.",
    ],
    # a ferry's two crew over the radio
    "sv": [
        "Välkomna ombord på färjan till Gotland.",
        "Resan tar ungefär tre timmar och tio minuter.",
        "Restaurangen på däck sju öppnar om en kvart.",
        "Barnen kan leka i lekrummet bredvid butiken.",
        "Vi ber alla bilförare att lämna bildäcket nu.",
        "Det blåser friskt ute, så håll i er på soldäcket.",
        "Vi beräknas anlända till Visby klockan arton.",
        "Tack för att ni reser med oss i dag.",
    ],
}

E = "espeak"


def _say(key: str, voices: list[Voice], seed: int, pause=(0.4, 1.3)):
    return lines_talk(SENTENCES[key], voices, seed, pause=pause, turn=2)


def catalogue() -> dict[str, a22l.LangSpec]:
    d = "dev"
    S = a22l.LangSpec
    return {
        "rd180_de_horn_m3_f2": S(d, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m3", 1.0), Voice(E, "de+f2", 0.95)], 18001)], room=("murmur", 30),
            seed=18101, horn=True),
        "rd180_de_horn_m7_f4_fast": S(d, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m7", 1.1), Voice(E, "de+f4", 1.05)], 18002)], room=("murmur", 28),
            seed=18102, horn=True),
        "rd180_de2_ptt_m1_f1": S(d, "de", "spoiled", recordings=[
            _say("de2", [Voice(E, "de+m1", 1.0), Voice(E, "de+f1", 1.0)], 18003)], room=("pink", 34),
            seed=18103, ptt=True),
        "rd180_de2_horn_m6_klatt": S(d, "de", "spoiled", recordings=[
            _say("de2", [Voice(E, "de+m6", 0.95), Voice(E, "de+klatt2", 1.0)], 18004)], room=("murmur", 30),
            seed=18104, horn=True),
        "rd180_de_ptt_horn_m4_f5": S(d, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m4", 1.0), Voice(E, "de+f5", 1.0)], 18005)], room=("murmur", 30),
            seed=18105, ptt=True, horn=True),
        "rd180_nl_horn_m2_f5": S(d, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+m2", 1.0), Voice(E, "nl+f5", 0.95)], 18006)], room=("murmur", 30),
            seed=18106, horn=True),
        "rd180_nl_ptt_m5_f3": S(d, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+m5", 1.05), Voice(E, "nl+f3", 1.0)], 18007)], room=("pink", 34),
            seed=18107, ptt=True),
        "rd180_sv_horn_m2_f4": S(d, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+m2", 1.0), Voice(E, "sv+f4", 0.95)], 18008)], room=("murmur", 30),
            seed=18108, horn=True),
        "rd180_sv_ptt_m6_f2": S(d, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+m6", 1.0), Voice(E, "sv+f2", 1.05)], 18009)], room=("pink", 34),
            seed=18109, ptt=True),
        "rd180_de_horn_m2_f5_slow": S(d, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+m2", 0.9), Voice(E, "de+f5", 0.9)], 18010)], room=("murmur", 32),
            seed=18110, horn=True),
    }


#: Built, kept out of every run until j180's rule was final, then run once.
LATER = ["rd180_de2_horn_m6_klatt", "rd180_nl_ptt_m5_f3"]


def missing_packages(name: str):
    """What must be installed before ``name`` can be made, or None (espeak-ng and sox)."""
    return prompt_talk_needs(catalogue()[name], True)


def make(name: str):
    return prompts_or_voices_talk(name, sys.modules[__name__], a22)


def build(names: list[str]) -> None:
    for name in names:
        talk = cases._language_talk(name, sys.modules[__name__], "stock_phrase_cases.py", "generated here")
        cases.write_case(talk, cases.CASES_DIR / name)
        print(f"{name}: {talk.duration:.1f} s, {len(talk.segments)} lines", flush=True)


if __name__ == "__main__":
    build(sys.argv[1:] or list(catalogue()))
