"""The fifteenth aside set's language talks (``hx_<lang>_*``) and dev twins made the same way (``rd58_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (60xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside12_languages.prompt_pool (prompts language_cases and ``nx_*`` never say; ``ux_*``, ``sx_*``, ``wx_*`` and
  ``ox_*`` drew from the same pool, so the prompts were heard before, in other orders and rooms).  The dev twin draws
  from the French dev half.
* **Swedish**, **German** (two speakers in turns) and **Polish** from espeak-ng, on sentences written here.  No real
  Swedish, German or Polish speech with text and timing is packaged for this machine beyond what earlier sets used
  (benchmarks/README.md lists what was looked for; Hedgewars' Polish, Russian, Spanish and Ukrainian voice packs are
  real speech but ad-libbed and written down nowhere).
* aside15_cases' spoilers: a real laugh or cough inside a line, a chair creaking across line edges, a half-duplex
  speakerphone switching the lines' first syllables down; aptX, WMA v1, True Audio, Apple Lossless.  A language talk
  through a codec is stored as the WAV decoded from it (bench_languages.py reads ``audio.wav``).

**What is not new**: every language and the real speakers (heard in ``nx_*``, ``ux_*``, ``sx_*``, ``wx_*`` and
``ox_*``), the espeak-ng variants.

``hx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside15``).  ``rd58_*``
is dev (``--set dev58``).

    apt-get install espeak-ng sox asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    apt-get download hedgewars-data      # then: dpkg -x hedgewars-data_*.deb benchmarks/out/debs/hedgewars-data
    .venv/bin/python benchmarks/cases.py --aside15 --check
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_languages as a9l
import aside15_cases as a15
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk, prompt_talk_needs, ready_spec
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "sv": [
        "Hej allihop, och tack för att ni tog er hit i regnet.",
        "I kväll ska vi prata om den nya cykelbanan längs ån.",
        "Arbetet börjar i april och ska vara klart före hösten.",
        "Under tiden får man gå runt via torget och kyrkan.",
        "Många har frågat om träden vid bron måste tas ner.",
        "Svaret är nej, de flesta träden får stå kvar.",
        "Det kommer också nya bänkar och bättre belysning.",
        "Tack för i kväll, och kör försiktigt hem.",
    ],
    # two speakers in turns
    "de": [
        "Schönen guten Morgen, wir beginnen gleich mit der Sitzung.",
        "Als Erstes sprechen wir über die neue Bücherei im Rathaus.",
        "Die Regale sind schon da, aber die Bücher fehlen noch.",
        "Wir hoffen, dass viele Leute alte Bücher spenden.",
        "Kinderbücher werden besonders dringend gebraucht.",
        "Die Eröffnung ist für den ersten Mai geplant.",
        "Wer mithelfen möchte, trägt sich bitte in die Liste ein.",
        "Vielen Dank und bis zum nächsten Mal.",
    ],
    "pl": [
        "Dzień dobry państwu, dziękuję za przybycie.",
        "Dzisiaj opowiem o nowym parku nad rzeką.",
        "Prace zaczną się wiosną i potrwają około roku.",
        "Powstaną tam ścieżki, ławki i mały plac zabaw.",
        "Stare drzewa zostaną, a posadzimy też nowe.",
        "Mieszkańcy mogą zgłaszać swoje pomysły do końca miesiąca.",
        "Najlepsze propozycje omówimy na następnym spotkaniu.",
        "Bardzo dziękuję i życzę miłego wieczoru.",
    ],
    # the Polish dev twins' lines (j106), never the aside's
    "pl_dev": [
        "Witam serdecznie na zebraniu mieszkańców naszej dzielnicy.",
        "Najpierw krótko o remoncie szkoły przy ulicy Leśnej.",
        "Dach jest już naprawiony, a okna wymienimy latem.",
        "Boisko będzie zamknięte do połowy października.",
        "Rodzice pytali, gdzie dzieci będą ćwiczyć w tym czasie.",
        "Na razie zajęcia odbywają się w hali sportowej.",
        "Autobus dowozi uczniów tam i z powrotem.",
        "Dziękuję za uwagę, teraz czas na pytania.",
    ],
}


def _say(key: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[key], voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a15.FifteenthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside15_cases.FifteenthSpoilers; ``codec``: aside15_cases.CODECS, stored as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twin (the French dev prompts, the dev half's laughs and cough)
        "rd58_fr_real_inside_duplex_aptx": LangSpec(d, "fr", "spoiled", R(60801, 12, snr_db=q, gap=(0.5, 1.4)),
                                                    room=("pink", 32), seed=60811, inside=3, duplex=True,
                                                    codec="aptx"),
        # ---- Polish dev twins (j106): the aside's Polish voice and room, its spoilers one at a time and together
        **{f"rd58_pl_espeak_{tag}": LangSpec(d, "pl", "spoiled", recordings=[
            _say("pl_dev", [Voice(E, "pl+iven2", 0.95)], 60817 + k, pause=(0.4, 1.3))], room=("fan", 30),
            seed=60827 + k, **kw)
           for k, (tag, kw) in enumerate((("fan", {}), ("duplex", {"duplex": True}), ("creaks", {"creaks": 2}),
                                          ("wma1", {"codec": "wma1"}),
                                          ("duplex_creaks_wma1", {"duplex": True, "creaks": 2, "codec": "wma1"})))},
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside15)
        "hx_fr_real_laughs_inside_wma1": LangSpec(a, "fr", "spoiled", R(60101, 12, snr_db=q, gap=(0.5, 1.4)),
                                                  room=("pink", 32), seed=60201, inside=3, inside_kinds=("laugh",),
                                                  codec="wma1"),
        "hx_es_real_creaks_aptx": LangSpec(a, "es", "spoiled", R(60102, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("murmur", 16), seed=60202, creaks=6, codec="aptx"),
        "hx_it_real_duplex_tta": LangSpec(a, "it", "spoiled", R(60103, 12, snr_db=q, gap=(0.4, 1.4)),
                                          room=("pink", 30), seed=60203, duplex=True, codec="tta"),
        "hx_ru_real_coughs_inside_creaks": LangSpec(a, "ru", "spoiled", R(60104, 12, wideband=True, snr_db=q,
                                                                            gap=(0.4, 1.4)),
                                                    room=("fan", 30), seed=60204, inside=3,
                                                    inside_kinds=("cough", "laugh"), creaks=3),
        "hx_sv_espeak_duplex_alac": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+steph3", 1.0)], 60105, pause=(0.4, 1.3))], room=("pink", 32), seed=60205,
            duplex=True, codec="alac"),
        "hx_de_espeak_two_speakers_inside_creaks": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+iven2", 1.05), Voice(E, "de+steph3", 0.9)], 60106, pause=(0.4, 1.3),
                 turn=2)], room=("murmur", 18), seed=60206, inside=2, creaks=3),
        "hx_pl_espeak_duplex_creaks_wma1": LangSpec(a, "pl", "spoiled", recordings=[
            _say("pl", [Voice(E, "pl+iven2", 0.95)], 60107, pause=(0.4, 1.3))], room=("fan", 30), seed=60207,
            duplex=True, creaks=2, codec="wma1"),
    }


DEV_NAMES = ["rd58_fr_real_inside_duplex_aptx", "rd58_pl_espeak_fan", "rd58_pl_espeak_duplex", "rd58_pl_espeak_creaks",
             "rd58_pl_espeak_wma1", "rd58_pl_espeak_duplex_creaks_wma1"]
ASIDE_NAMES = ["hx_fr_real_laughs_inside_wma1", "hx_es_real_creaks_aptx", "hx_it_real_duplex_tta",
               "hx_ru_real_coughs_inside_creaks", "hx_sv_espeak_duplex_alac", "hx_de_espeak_two_speakers_inside_creaks",
               "hx_pl_espeak_duplex_creaks_wma1"]
LANGS = "fr,es,it,ru,sv,de,pl"  #: bench_languages' default languages for aside15
DEV_LANGS = "fr,pl"  #: ... and for dev58


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None (:func:`aside_common.prompt_talk_needs`, and
    Hedgewars' voice packs for a laugh or cough inside a line)."""
    spec = catalogue()[name]
    return prompt_talk_needs(spec, bool(spec.recordings), a15.hedgewars_need(spec))


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    made, floor = prompt_talk(spec)
    made = a15.spoil(made, spec, spec.which, floor)
    if spec.codec:
        made = a15.decoded_through(made, spec.codec)
    return uc.Built(made, notes=list(made.notes))
