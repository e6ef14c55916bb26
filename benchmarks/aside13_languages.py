"""The thirteenth aside set's language talks (``wx_<lang>_*``) and a dev twin made the same way (``rd54_fr_*``).

Every language talk so far has been looked at.  This set is made with seeds (55xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside3_languages.pool (prompts language_cases and ``nx_*`` never say; ``ux_*`` and ``sx_*`` drew from the same
  pool, so the prompts were heard before, in other orders and rooms).  The dev twin draws from unseen_languages'
  French dev half.
* **Swedish** twice and **French** once more from espeak-ng, in variants no case used (``Robosoft8``,
  ``Robosoft``, ``Demonic``, ``Half-LifeAnnouncementSystem``), on sentences written here: a Swedish interview
  (a fast interviewer x1.55, a slow guest x0.65) and a Swedish and a French talk.  No real Swedish speech is
  packaged for this machine (benchmarks/README.md lists what was looked for, again this round).
* aside13_cases' spoilers: a sneeze in the pauses, a baby crying, lost packets concealed by repeated frames, a
  cassette transfer (the truth moved through the tape's warp); G.723.1, Yamaha ADPCM in SMAF, CRI ADX, DFPWM,
  Microsoft ADPCM.  A language talk through a codec is stored as the WAV decoded from it (bench_languages.py reads
  ``audio.wav``).

**What is not new**: every voice's language and the real speakers (heard in ``nx_*``, ``ux_*`` and ``sx_*``).

``wx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside13``).  ``rd54_*``
is dev (``--set dev54``).

    apt-get install espeak-ng sox asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    .venv/bin/python benchmarks/cases.py --aside13 --check
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_cases as a9
import aside9_languages as a9l
import aside13_cases as a13
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk, ready_spec
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # an interview: short questions, long answers
    "sv": [
        "Hur började det hela?",
        "Det började med en gammal båt som ingen ville ha, och som låg och ruttnade vid bryggan.",
        "Vem hjälpte till?",
        "Grannarna kom med verktyg och färg, och en pensionerad snickare lärde oss att byta plankor.",
        "Hur lång tid tog det?",
        "Nästan tre år, eftersom vi bara kunde arbeta på helgerna och aldrig när det regnade.",
        "Och nu?",
        "Nu seglar vi med skolbarn varje sommar, och de får själva hålla i rodret en stund.",
        "Vad är svårast?",
        "Att hitta pengar till segel, för de gamla var så trasiga att man kunde se himlen genom dem.",
        "Vad önskar du dig?",
        "Att fler vill vara med, så att båten kan segla ut till öarna även nästa år.",
    ],
    # a talk
    "sv2": [
        "God kväll och välkomna till kvällens möte om biblioteket.",
        "Vi har länge velat ha längre öppettider på lördagar.",
        "Nu har kommunen gett oss pengar till en extra tjänst.",
        "Därför kan vi hålla öppet till klockan fyra från och med mars.",
        "Barnavdelningen får också nya hyllor och en läshörna.",
        "Vi söker frivilliga som vill läsa högt för de minsta.",
        "Varannan torsdag kommer en författare och berättar om sina böcker.",
        "Kaffet står framme i rummet bredvid.",
        "Tack för att ni kom i kväll.",
        "Frågor tar vi gärna efteråt.",
    ],
    "fr": [
        "Bonsoir à tous, et merci d'être venus ce soir.",
        "Je voudrais vous parler du nouveau marché du samedi.",
        "Pendant des années, la place est restée vide le week-end.",
        "Aujourd'hui, une vingtaine de producteurs veulent s'y installer.",
        "On y trouvera des légumes, du fromage et du pain de la région.",
        "La mairie prête les tables et installe l'électricité.",
        "Les enfants de l'école tiendront un stand de confitures.",
        "Le premier marché aura lieu au début du mois d'avril.",
        "Nous cherchons encore des bénévoles pour le montage.",
        "Merci de votre attention, et à samedi.",
    ],
}


def _say(key: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[key], voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a13.ThirteenthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside13_cases.ThirteenthSpoilers; ``codec``: aside13_cases.CODECS, stored as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twin (the French dev prompts)
        "rd54_fr_real_baby_cassette_adx": LangSpec(d, "fr", "spoiled", R(55801, 12, snr_db=q, gap=(0.5, 1.4)),
                                                   room=("pink", 32), seed=55811, cries=1, sneezes=2,
                                                   tape=(1.025, 0.006, 0.002), codec="adx"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside13)
        "wx_fr_real_sneezes_tco": LangSpec(a, "fr", "spoiled", R(55101, 12, snr_db=q, gap=(0.5, 1.4)),
                                           room=("pink", 32), seed=55201, sneezes=3, codec="g723"),
        "wx_es_real_baby_mmf": LangSpec(a, "es", "spoiled", R(55102, 12, snr_db=q, gap=(0.3, 1.3)),
                                        room=("pink", 32), seed=55202, cries=2, cries_db=8, codec="mmf"),
        "wx_it_real_cassette": LangSpec(a, "it", "spoiled", R(55103, 12, snr_db=q, gap=(0.4, 1.4)),
                                        room=("pink", 32), seed=55203, tape=(1.03, 0.008, 0.003)),
        "wx_ru_real_plc_adx": LangSpec(a, "ru", "spoiled", R(55104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                       room=("pink", 32), seed=55204, plc=40, codec="adx"),
        "wx_sv_espeak_interview_fast_slow": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+Robosoft8", 1.55), Voice(E, "sv+Half-LifeAnnouncementSystem", 0.65)], 55105,
                 pause=(0.3, 1.1), turn=1)], room=("pink", 32), seed=55205, sneezes=2),
        "wx_sv_espeak_cassette_dfpwm": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv2", [Voice(E, "sv+Demonic", 1.0), Voice(E, "sv+Robosoft", 1.1)], 55106, pause=(0.4, 1.3),
                 turn=3)], room=("pink", 32), seed=55206, tape=(1.02, 0.006, 0.002), codec="dfpwm"),
        "wx_fr_espeak_baby_plc_msadpcm": LangSpec(a, "fr", "spoiled", recordings=[
            _say("fr", [Voice(E, "fr+Robosoft8", 1.0), Voice(E, "fr+Demonic", 0.9)], 55107, pause=(0.4, 1.3),
                 turn=3)], room=("pink", 32), seed=55207, cries=2, plc=30, codec="msadpcm"),
    }


DEV_NAMES = ["rd54_fr_real_baby_cassette_adx"]
ASIDE_NAMES = ["wx_fr_real_sneezes_tco", "wx_es_real_baby_mmf", "wx_it_real_cassette", "wx_ru_real_plc_adx",
               "wx_sv_espeak_interview_fast_slow", "wx_sv_espeak_cassette_dfpwm", "wx_fr_espeak_baby_plc_msadpcm"]
LANGS = "fr,es,it,ru,sv"  #: bench_languages' default languages for aside13
DEV_LANGS = "fr"  #: ... and for dev54


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None (aside12_languages' check: the telephone prompts
    of its language, espeak-ng, sox)."""
    import shutil

    import unseen_languages as ul

    spec = catalogue()[name]
    need = []
    if spec.real is not None and not (ul.SOUNDS / ul.SPEAKERS[spec.lang]).is_dir():
        need.append("apt-get install " + ul.PACKAGES[spec.lang])
    if spec.recordings and shutil.which("espeak-ng") is None:
        need.append("apt-get install espeak-ng")
    if shutil.which("sox") is None:
        need.append("apt-get install sox")
    return "; ".join(need) if need else None


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    made, floor = prompt_talk(spec)
    made = a13.spoil(made, spec, floor)
    if spec.codec:
        made = a9.decoded_through(made, spec.codec, a13.CODECS)
    return uc.Built(made, notes=list(made.notes))
