"""The third aside set's language talks (``ux_<lang>_*``) and a dev twin made the same way (``rd5_ru_fest``).

Every language case before this round (language_cases' dev and held-out talks, ``rd2_*``, ``nx_*``) has
been looked at.  This one is made, from Debian packages and with seeds (95xx), of speech no case used:

* **Real French (June), Spanish (Allison), Italian (Carlo) and Russian prompts no case says**:
  unseen_languages' aside pools (prompts language_cases never says, checked with Whisper base there) less what
  an nx_* talk says (:data:`SAID_BY_NX`, read from the built nx_* truth; ``--check-unused`` reads every built
  case again).  The truth is each prompt's voice span where it went (unseen_cases.voice_span).
* **festival voices no case used**: Russian ``msu_ru_nsh_clunits`` (``festvox-ru``, male), Finnish
  ``hy_fi_mv_diphone`` (``festvox-suopuhe-mv``, male) and Czech ``czech_machac`` (``festvox-czech-machac``,
  male), on sentences written here; every word timed by festival where its words are the sentence's.
* **espeak-ng German and Swedish** with voice variants and rates no case used (segment truth only).
* The spoilers of aside3_cases: fan and traffic noise, a hall, clipping, level jumps between prompts, breaths
  and clicks in the pauses, tight joins, a mismatch (one spoken sentence deleted, one never-spoken inserted).

Two speakers no case heard were tried and left out: the Colombian Spanish (``asterisk-prompt-es-co``) and the
Italian Menardi (``asterisk-prompt-it-menardi-wav``) prompts are cut at the voice (on most files the first
millisecond lies within 20-30 dB of the peak), so no edge of their voice can be measured (benchmarks/README.md).

``ux_*`` is the aside: **only the lead runs an aligner on it, once, at the end**
(``bench_languages.py --set aside3``).  ``rd5_*`` is dev (``--set dev5``).

    apt-get install asterisk-core-sounds-fr asterisk-core-sounds-fr-wav asterisk-core-sounds-es \\
        asterisk-core-sounds-es-wav asterisk-core-sounds-it asterisk-core-sounds-it-wav asterisk-core-sounds-ru \\
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru-g722 festival festvox-ru festvox-suopuhe-mv \\
        festvox-czech-machac espeak-ng
    .venv/bin/python benchmarks/aside3_languages.py --check-unused   # no aside prompt is said by a built case
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import numpy as np

import synth_cases as sc
import unseen_cases as uc
from aside_common import lines_talk, ready_spec
from synth_cases import Recording, Voice

#: The prompts of unseen_languages' aside pools that an nx_* talk says (read from the built nx_* cases' truth), and
#: three whose text a built case says under another prompt's name (``--check-unused``): fr vm-tempremoved, ru
#: conf-waitforleader and confbridge-begin-glorious-b.
SAID_BY_NX = {
    "fr": frozenset("""call-fwd-on-busy conf-errormenu conf-invalidpin conf-kicked conf-lockednow conf-noempty
        conf-waitforleader confbridge-lock-no-join confbridge-pin demo-nomatch demo-thanks enter-num-blacklist
        priv-recordintro privacy-prompt sorry-youre-having-problems tt-somethingwrong vm-advopts vm-calldiffnum
        vm-dialout vm-forward vm-helpexit vm-newpassword vm-nobox vm-tempremoved""".split()),
    "es": frozenset("""agent-pass conf-kicked conf-locked conf-now-recording conf-userwilljoin
        confbridge-begin-glorious-a demo-enterkeywords queue-thankyou vm-from-phonenumber vm-tocallnum vm-torerecord
        vm-unknown-caller""".split()),
    "it": frozenset("""agent-pass conf-now-recording conf-onlyone confbridge-conf-end privacy-incorrect
        simul-call-limit-reached to-call-this-number vm-advopts vm-msgforwarded vm-opts vm-tocallnum
        vm-undelete""".split()),
    "ru": frozenset("""call-fwd-no-ans conf-full conf-getconfno conf-onlyone conf-placeintoconf conf-thereare
        conf-userswilljoin confbridge-begin-leader confbridge-lock-no-join demo-abouttotry demo-nogo demo-thanks
        dir-instr dir-intro-fn dir-nomatch dir-welcome pbx-parkingfailed privacy-prompt queue-periodic-announce
        queue-youarenext speed-dial-empty ss-noservice tt-allbusy vm-forward vm-forwardoptions vm-nobodyavail
        vm-nonumber vm-opts-full vm-prev vm-rec-temp vm-repeat vm-review-urgent vm-sorry vm-tempgreeting
        vm-tocallnum vm-toforward vm-toreply vm-undelete conf-waitforleader confbridge-begin-glorious-b""".split()),
}


def pool(lang: str) -> dict[str, str]:
    """The real prompts a ux_* talk of ``lang`` draws from: unseen_languages' aside pool less what nx_* says."""
    import unseen_languages as ul

    return {n: t for n, t in ul.prompts(lang, "aside").items() if n not in SAID_BY_NX[lang]}


# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "ru": {
        "aside": [
            "Добрый вечер и спасибо, что пришли сегодня.",
            "Я расскажу вам о старой мельнице на краю деревни.",
            "Её построили почти двести лет назад из местного камня.",
            "Долгое время там мололи муку для всей округи.",
            "Потом мельница опустела, и крыша начала протекать.",
            "Несколько лет назад жители решили её восстановить.",
            "Каждую субботу мы работали там всей семьёй.",
            "Теперь в мельнице открыт небольшой музей.",
            "Летом туда приезжают школьники из соседних городов.",
            "Спасибо за внимание, я с радостью отвечу на вопросы.",
        ],
        "dev": [
            "Сегодня мы поговорим о городском парке.",
            "Весной там цветут яблони и сирень.",
            "По выходным в парке играет духовой оркестр.",
            "Дети катаются на велосипедах вдоль пруда.",
            "Осенью дорожки покрываются жёлтыми листьями.",
            "Спасибо всем, кто помогал убирать парк.",
        ],
    },
    "fi": {"aside": [
        "Hyvää päivää ja kiitos, että tulitte paikalle.",
        "Puhun tänään vanhasta rautatieasemasta kaupungin laidalla.",
        "Asema rakennettiin puusta yli sata vuotta sitten.",
        "Junat pysähtyivät siellä kahdesti päivässä.",
        "Sodan jälkeen asema suljettiin ja se jäi tyhjäksi.",
        "Kyläläiset korjasivat katon omin käsin.",
        "Nyt rakennuksessa toimii kahvila ja pieni kirjasto.",
        "Kesäisin pihalla järjestetään konsertteja.",
        "Ensi vuonna aiomme maalata seinät uudelleen.",
        "Kiitos mielenkiinnosta ja hyvää jatkoa.",
    ]},
    "cs": {"aside": [
        "Dobré odpoledne a děkuji, že jste přišli.",
        "Povím vám o staré škole na náměstí.",
        "Škola byla postavena na začátku minulého století.",
        "Učilo se v ní dlouhých osmdesát let.",
        "Potom budova zůstala prázdná a chátrala.",
        "Spolek rodičů ji před pěti lety koupil.",
        "Opravili okna, podlahy i starou střechu.",
        "Dnes tu mají děti kroužky a knihovnu.",
        "V zimě se ve velkém sále hraje divadlo.",
        "Děkuji za pozornost a těším se na vaše otázky.",
    ]},
    "de": {"aside": [
        "Guten Abend und herzlich willkommen zu unserem Vortrag.",
        "Ich möchte Ihnen heute von einem kleinen Hafen erzählen.",
        "Früher legten dort jeden Morgen die Fischerboote an.",
        "Die Fischer verkauften ihren Fang direkt am Kai.",
        "Mit der Zeit wurden die Boote immer weniger.",
        "Heute liegen im Hafen vor allem Segelboote.",
        "Das alte Lagerhaus ist jetzt ein Museum für Seefahrt.",
        "Im Sommer kommen viele Familien mit dem Fahrrad.",
        "Wir hoffen, dass der Hafen lebendig bleibt.",
        "Vielen Dank für Ihre Aufmerksamkeit.",
    ]},
    "sv": {"aside": [
        "God kväll och välkomna till kvällens föredrag.",
        "Jag ska berätta om en liten ö i skärgården.",
        "På ön bodde förr ett tjugotal familjer året runt.",
        "De levde av fiske och av några små åkrar.",
        "På vintern kunde man gå över isen till fastlandet.",
        "Nu bor bara tre personer där hela året.",
        "På sommaren kommer många båtar till bryggan.",
        "Den gamla skolan har blivit ett vandrarhem.",
        "Vi vill gärna att ön ska leva vidare.",
        "Tack för att ni lyssnade i kväll.",
    ]},
}
#: A never-spoken sentence for each synthesized language's mismatch transcript.
NEVER_SAID = {"ru": "Завтра утром автобус придёт на час позже.", "fi": "Kirjasto on suljettu koko heinäkuun.",
              "cs": "Příští týden bude muzeum zavřené kvůli opravě.", "de": "Die Fähre fährt morgen erst am Mittag.",
              "sv": "Affären har stängt hela nästa vecka."}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec:
    which: str  #: "dev" (rd5_*) or "aside" (ux_*)
    lang: str
    kind: str  #: "pauses", "tight", "spoiled" or "mismatch" (bench_languages' kinds)
    real: Optional[uc.RealTalk] = None
    recordings: list[Recording] = field(default_factory=list)  #: or synthesized voices
    seed: int = 0  #: the mismatch's and the pause sounds' own seed
    levels_db: float = 0.0
    clip: float = 0.0
    breaths: float = 0.0
    clicks: float = 0.0


def _say(lang: str, which: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[lang][which], voices, seed, **kw)


def _fest(name: str, speed: float = 1.0) -> Voice:
    return Voice("festival", name, speed)


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    E = "espeak"
    return {
        # ---- development twin (festival's Russian voice on dev sentences)
        "rd5_ru_fest": LangSpec(d, "ru", "pauses", recordings=[_say("ru", d, [_fest("ru_nsh")], 9852,
                                                                    pause=(0.3, 1.2), snr_db=26, noise="fan")]),
        # ---- aside: only the lead runs an aligner on these, once, at the end (bench_languages --set aside3)
        "ux_es_levels": LangSpec(a, "es", "spoiled", R(9501, 12, gap=(0.3, 1.5), snr_db=30), levels_db=9),
        "ux_es_traffic_tight": LangSpec(a, "es", "tight", R(9502, 12, gap=(0.0, 0.1), snr_db=20, noise="traffic")),
        "ux_it_fan": LangSpec(a, "it", "spoiled", R(9503, 12, snr_db=22, noise="fan")),
        "ux_it_mismatch": LangSpec(a, "it", "mismatch", R(9504, 12, snr_db=30, gap=(0.3, 1.3)), seed=9604),
        "ux_fr_hall": LangSpec(a, "fr", "spoiled", R(9505, 12, rt60=0.8, snr_db=30)),
        "ux_fr_clipped_tight": LangSpec(a, "fr", "tight", R(9506, 12, gap=(0.0, 0.1), snr_db=34), clip=0.3),
        "ux_ru_breaths": LangSpec(a, "ru", "spoiled", R(9507, 12, wideband=True, gap=(0.5, 1.6), snr_db=30),
                                  seed=9607, breaths=0.7, clicks=0.5),
        "ux_ru_fest": LangSpec(a, "ru", "pauses", recordings=[_say("ru", a, [_fest("ru_nsh")], 9508,
                                                                   pause=(0.3, 1.4), snr_db=24, noise="fan")]),
        "ux_fi_fest_tight": LangSpec(a, "fi", "tight", recordings=[_say("fi", a, [_fest("fi_mv", 1.1)], 9509,
                                                                        pause=(0.0, 0.1), snr_db=30)]),
        "ux_cs_fest_mismatch": LangSpec(a, "cs", "mismatch", recordings=[_say("cs", a, [_fest("cs_machac", 0.9)],
                                                                              9510, pause=(0.3, 1.2), snr_db=18,
                                                                              noise="traffic")], seed=9610),
        "ux_de_espeak": LangSpec(a, "de", "spoiled", recordings=[_say("de", a, [Voice(E, "de+m5", 150 / 165),
                                                                                Voice(E, "de+f4", 190 / 165)],
                                                                      9511, snr_db=18, noise="pink", breaths=0.5,
                                                                      turn=3)]),
        "ux_sv_espeak": LangSpec(a, "sv", "spoiled", recordings=[_say("sv", a, [Voice(E, "sv+m6", 0.85),
                                                                                Voice(E, "sv+f5", 1.2)],
                                                                      9512, rt60=0.7, snr_db=26, noise="fan",
                                                                      turn=2)]),
    }


DEV_NAMES = ["rd5_ru_fest"]
ASIDE_NAMES = ["ux_es_levels", "ux_es_traffic_tight", "ux_it_fan", "ux_it_mismatch",
               "ux_fr_hall", "ux_fr_clipped_tight", "ux_ru_breaths", "ux_ru_fest", "ux_fi_fest_tight",
               "ux_cs_fest_mismatch", "ux_de_espeak", "ux_sv_espeak"]


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    import shutil

    import festival_voices
    import unseen_languages as ul

    spec = catalogue()[name]
    if spec.real is not None:
        if len(pool(spec.lang)) < spec.real.prompts + 1 or (
                spec.real.wideband and not any((ul.SOUNDS / ul.SPEAKERS[spec.lang]).glob("*.g722"))):
            return "apt-get install " + ul.PACKAGES[spec.lang] + (" asterisk-core-sounds-ru-g722"
                                                                  if spec.real.wideband else "")
        return None
    voices = [v for r in spec.recordings for v in r.voices]
    if any(v.engine == "festival" for v in voices) and not festival_voices.more_language_voices_available():
        return "apt-get install " + festival_voices.MORE_LANGUAGE_PACKAGES
    if any(v.engine == "espeak" for v in voices) and shutil.which("espeak-ng") is None:
        return "apt-get install espeak-ng"
    return None


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments, festival's words), and its transcript kind."""
    import aside3_cases as a3
    import unseen_languages as ul

    spec = ready_spec(catalogue, missing_packages, name)
    if spec.real is not None:
        texts = pool(spec.lang)
        plain = ul.reader(spec.lang)
        gain = a3.level_jumps(spec.real.seed, spec.levels_db) if spec.levels_db else None

        def read(n: str, wide: bool) -> np.ndarray:
            return plain(n, wide) * gain(n) if gain else plain(n, wide)

        made = uc.place_prompts(spec.real, texts, read)
        made.notes[0] = made.notes[0].replace("real prompts", f"real {spec.lang} prompts ({ul.SPEAKERS[spec.lang]})")
        pool_texts = list(texts.values())
        if spec.levels_db:
            made.notes.append(f"level jumps: each prompt up to {spec.levels_db:g} dB louder or softer")
    else:
        made = sc.make_recording(spec.recordings[0])
        pool_texts = [NEVER_SAID[spec.lang]]
    if spec.breaths or spec.clicks:
        y, note = a3.pause_sounds(made, spec.seed, spec.breaths, spec.clicks)
        made = sc.Made(y, made.segments, made.notes + [note], made.words)
    if spec.clip:
        made = sc.Made(a3.clip(made.samples, spec.clip), made.segments,
                       made.notes + [f"clipped: every sample cut at {spec.clip:g} of the loudest"], made.words)
    if spec.kind != "mismatch":
        return uc.Built(made, notes=list(made.notes))
    shape = uc.Spec(spec.which, "real", "mismatch", seed=spec.seed)
    return uc.transcript_kind(shape, made, pool_texts)


def check_unused() -> list[str]:
    """Prompts of the ux_* real talks' pools whose text a built case other than ux_*/rd5_* says (should be none)."""
    import json

    import cases

    said = set()
    for t in cases.CASES_DIR.glob("*/truth.json"):
        if t.parent.name.startswith(("ux_", "rd5_")):
            continue
        truth = json.loads(t.read_text(encoding="utf-8"))
        said |= {s.get("text", "").strip().lower() for s in truth.get("segments", [])}
    return [f"{lang}: {n}" for lang in SAID_BY_NX for n, t in pool(lang).items() if t.strip().lower() in said]


def main() -> None:
    import argparse
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-unused", action="store_true", help="no aside prompt is said by a built case")
    a = ap.parse_args()
    if a.check_unused:
        clash = check_unused()
        print("aside prompts said by built cases: " + (", ".join(clash) if clash else "none"))


if __name__ == "__main__":
    main()
