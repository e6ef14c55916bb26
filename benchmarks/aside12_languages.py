"""The twelfth aside set's language talks (``sx_<lang>_*``) and dev twins made the same way (``rd48_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (49xxx) no case used:

* **real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts** of the telephone system:
  aside3_languages.pool (prompts language_cases and ``nx_*`` never say; ``ux_*`` drew from the same pool, so the
  prompts were heard before, in other orders and rooms).  The dev twin draws from unseen_languages' dev half.
* **espeak-ng German, Dutch and Polish** with variants no case used (``Robosoft2``, ``RicishayMax2``,
  ``UniversalRobot``, ``female_whisper``...) and **festival's Czech child** (``czech_krb``) at x0.75, on sentences
  written here (festival times every word).
* aside12_cases' spoilers: a dog barking in the pauses, birdsong through a window, church bells, a speaker who
  walks away from the microphone and back (and joins without pauses, as before); A-law, Nellymoser in Flash video,
  RealAudio 1.0, Bluetooth SBC, E-AC-3.  A language talk through a codec is stored as the WAV decoded from it
  (bench_languages.py reads ``audio.wav``).

**What is not new**: every voice's language and the real speakers (heard in ``nx_*`` and ``ux_*``).

``sx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside12``).  ``rd48_*``
is dev (``--set dev48``); ``rd48_fr_real_birds_flv`` and ``rd48_it_real_birds_flv`` (j94) are the aside's French
talk made again from dev prompts and new seeds (birdsong 12 dB under, Nellymoser), in French and Italian.

    apt-get install espeak-ng sox festival festvox-czech-krb asterisk-core-sounds-fr asterisk-core-sounds-fr-wav \\
        asterisk-core-sounds-es asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav \\
        asterisk-core-sounds-ru asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722
    .venv/bin/python benchmarks/cases.py --aside12 --check
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside9_cases as a9
import aside9_languages as a9l
import aside12_cases as a12
import unseen_cases as uc
from aside_common import lines_talk, prompt_talk, ready_spec
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "de": [
        "Guten Abend, ich erzähle Ihnen heute von unserer alten Mühle.",
        "Sie steht seit zweihundert Jahren am Rand des Dorfes.",
        "Früher hat sie das Mehl für die ganze Gegend gemahlen.",
        "Vor dreißig Jahren stand das Rad dann still.",
        "Ein Verein hat das Gebäude vor dem Verfall gerettet.",
        "Jeden Samstag backen wir dort jetzt Brot im alten Ofen.",
        "Die Schulklassen kommen gern und dürfen selbst mahlen.",
        "Im Winter müssen wir das Dach noch einmal ausbessern.",
        "Dafür sammeln wir bei jedem Fest ein wenig Geld.",
        "Der Bürgermeister hat uns einen Zuschuss versprochen.",
        "Im Mai feiern wir den Tag der offenen Mühle.",
        "Ich freue mich, wenn Sie vorbeikommen.",
    ],
    "nl": [
        "Goedenavond, vanavond gaat het over de nieuwe veerpont.",
        "De oude pont vaart al veertig jaar over de rivier.",
        "In de winter ligt hij vaak weken stil voor onderhoud.",
        "Dan moeten fietsers een omweg van twintig kilometer maken.",
        "De provincie heeft nu een elektrische pont besteld.",
        "Hij is stiller en kan twee keer zoveel fietsen meenemen.",
        "Op het dak komen zonnepanelen voor de batterij.",
        "Aan beide kanten bouwen we een overdekte wachtplaats.",
        "De schippers krijgen eerst een cursus in de haven.",
        "Als alles meezit, vaart de nieuwe pont in augustus.",
        "Op de eerste dag is de overtocht gratis.",
        "Dank u wel voor uw aandacht.",
    ],
    "pl": [
        "Dobry wieczór, dzisiaj opowiem państwu o naszym nowym parku.",
        "Przez wiele lat był tu tylko pusty plac.",
        "Mieszkańcy zebrali podpisy i napisali do miasta.",
        "W zeszłym roku rada zgodziła się na budowę parku.",
        "Posadziliśmy już dwieście drzew i wiele krzewów.",
        "Wzdłuż alejek stoją nowe ławki i latarnie.",
        "Dla dzieci powstał duży plac zabaw z piaskownicą.",
        "Starsi ludzie mogą grać w szachy przy stolikach.",
        "Latem w parku odbywają się koncerty pod gołym niebem.",
        "Szukamy jeszcze wolontariuszy do podlewania roślin.",
        "Wszystkich chętnych zapraszam po spotkaniu.",
        "Dziękuję bardzo za uwagę.",
    ],
    "cs": [
        "Dobrý večer, dnes vám povím o naší nové knihovně.",
        "Stará knihovna sídlila v malé místnosti na radnici.",
        "Knihy se tam už nevešly a čtenáři stáli ve frontě.",
        "Loni jsme dostali starou školu na náměstí.",
        "Dělníci opravili střechu a vyměnili okna.",
        "V přízemí bude dětské oddělení s koberci a polštáři.",
        "V patře budou stoly na učení a čtyři počítače.",
        "Sousedé darovali více než tisíc knih.",
        "Každou středu bude čtení pro nejmenší děti.",
        "Otevíráme první sobotu v září.",
        "Bude hudba, koláče a prohlídka budovy.",
        "Děkuji vám za pozornost.",
    ],
}
#: The dev twin's Dutch (never an aside sentence).
DEV_SENTENCES = {
    "nl": [
        "Welkom bij de jaarvergadering van de tennisclub.",
        "Eerst vertelt de penningmeester hoe het financieel gaat.",
        "Daarna kiezen we twee nieuwe bestuursleden.",
        "De jeugd zoekt nog een trainer voor de zaterdag.",
        "In de zomer krijgt de kantine een nieuw terras.",
        "Na afloop is er koffie met appeltaart.",
    ],
}


def said(lang: str, which: str) -> list[str]:
    """What a synthesized talk of ``lang`` says."""
    return DEV_SENTENCES[lang] if which == "dev" else SENTENCES[lang]


def _say(lang: str, voices: list[Voice], seed: int, which: str = "aside", **kw) -> Recording:
    return lines_talk(said(lang, which), voices, seed, **kw)


def prompt_pool(lang: str, which: str) -> dict[str, str]:
    """The real prompts a talk of ``lang`` draws from: aside3_languages.pool for the aside (neither language_cases
    nor ``nx_*`` says them), unseen_languages' dev half for a dev twin."""
    import aside3_languages as a3l
    import unseen_languages as ul

    return a3l.pool(lang) if which == "aside" else ul.prompts(lang, "dev")


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a12.TwelfthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside12_cases.TwelfthSpoilers; ``codec``: aside12_cases.CODECS, stored as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E, FEST = "espeak", "festival"
    return {
        # ---- development twins (the French dev prompts; Dutch dev sentences)
        "rd48_fr_real_dog_rm": LangSpec(d, "fr", "spoiled", R(49801, 12, snr_db=q, gap=(0.5, 1.4)),
                                        room=("pink", 32), seed=49811, barks=2, codec="rm"),
        # the aside's French talk made again from dev prompts (j94, nineteenth round: issue 9's birdsong under French)
        "rd48_fr_real_birds_flv": LangSpec(d, "fr", "spoiled", R(49803, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("pink", 34), seed=49813, birds_db=12, codec="flv"),
        "rd48_it_real_birds_flv": LangSpec(d, "it", "spoiled", R(49804, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("pink", 34), seed=49814, birds_db=12, codec="flv"),
        "rd48_nl_espeak_walking_birds": LangSpec(d, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+Robosoft6", 0.95), Voice(E, "nl+RicishayMax3", 1.05)], 49802, d,
                 pause=(0.3, 1.2), turn=3)], room=("pink", 32), seed=49812, walk=True, birds_db=14),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside12)
        "sx_fr_real_birds_flv": LangSpec(a, "fr", "spoiled", R(49101, 12, snr_db=q, gap=(0.3, 1.3)),
                                         room=("pink", 34), seed=49201, birds_db=12, codec="flv"),
        "sx_es_real_dog_alaw": LangSpec(a, "es", "spoiled", R(49102, 12, snr_db=q, gap=(0.5, 1.4)),
                                        room=("pink", 32), seed=49202, barks=3, codec="alaw"),
        "sx_it_real_walking": LangSpec(a, "it", "spoiled", R(49103, 12, snr_db=q, gap=(0.4, 1.4)),
                                       room=("pink", 32), seed=49203, walk=True),
        "sx_ru_real_bells_sbc": LangSpec(a, "ru", "spoiled", R(49104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                         room=("pink", 32), seed=49204, bells=1, bells_db=8, codec="sbc"),
        "sx_de_espeak_no_pauses_dog": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+Robosoft2", 1.0), Voice(E, "de+female_whisper", 0.95)], 49105,
                 pause=(0.0, 0.1), turn=3)], room=("pink", 32), seed=49205, barks_over=3),
        "sx_nl_espeak_bells_rm": LangSpec(a, "nl", "spoiled", recordings=[
            _say("nl", [Voice(E, "nl+RicishayMax2", 1.0), Voice(E, "nl+Robosoft4", 1.1)], 49106, pause=(0.4, 1.3),
                 turn=3)], room=("pink", 32), seed=49206, bells=1, bells_db=10, codec="rm"),
        "sx_pl_espeak_walking_eac3": LangSpec(a, "pl", "spoiled", recordings=[
            _say("pl", [Voice(E, "pl+UniversalRobot", 1.0), Voice(E, "pl+Robosoft7", 0.9)], 49107,
                 pause=(0.4, 1.3), turn=3)], room=("pink", 32), seed=49207, walk=True, codec="eac3"),
        "sx_cs_festival_slow_birds_dog": LangSpec(a, "cs", "spoiled", recordings=[
            _say("cs", [Voice(FEST, "cs_krb", 0.75)], 49108, pause=(0.4, 1.3))], room=("pink", 32), seed=49208,
            birds_db=14, barks=2),
    }


DEV_NAMES = ["rd48_fr_real_dog_rm", "rd48_nl_espeak_walking_birds", "rd48_fr_real_birds_flv",
             "rd48_it_real_birds_flv"]
ASIDE_NAMES = ["sx_fr_real_birds_flv", "sx_es_real_dog_alaw", "sx_it_real_walking", "sx_ru_real_bells_sbc",
               "sx_de_espeak_no_pauses_dog", "sx_nl_espeak_bells_rm", "sx_pl_espeak_walking_eac3",
               "sx_cs_festival_slow_birds_dog"]
LANGS = "fr,es,it,ru,de,nl,pl,cs"  #: bench_languages' default languages for aside12
DEV_LANGS = "fr,nl,it"  #: ... and for dev48


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None: the telephone prompts of its language (a real
    talk), espeak-ng or festival's Czech child (synthesized voices), sox."""
    import festival_voices
    import unseen_languages as ul

    spec = catalogue()[name]
    need = []
    if spec.real is not None and not (ul.SOUNDS / ul.SPEAKERS[spec.lang]).is_dir():
        need.append("apt-get install " + ul.PACKAGES[spec.lang])
    engines = {v.engine for r in spec.recordings for v in r.voices}
    if "espeak" in engines and shutil.which("espeak-ng") is None:
        need.append("apt-get install espeak-ng")
    if "festival" in engines and not festival_voices.fourth_set_voices_available():
        need.append("apt-get install " + festival_voices.FOURTH_SET_PACKAGES)
    if shutil.which("sox") is None:
        need.append("apt-get install sox")
    return "; ".join(need) if need else None


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments; festival's words)."""
    spec = ready_spec(catalogue, missing_packages, name)
    made, floor = prompt_talk(spec)
    made = a12.spoil(made, spec, floor)
    if spec.codec:
        made = a9.decoded_through(made, spec.codec, a12.CODECS)
    return uc.Built(made, notes=list(made.notes))
