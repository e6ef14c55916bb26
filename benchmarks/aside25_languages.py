"""Language talks of the twenty-fifth aside set (``ix_<lang>_*``, seeds 104xxx) and their dev twins (``rd68_<lang>_*``).

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``bx_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below: a
Swedish cafe owner briefing her staff before opening, two German neighbours talking over the garden fence (two
voices in turns), a Dutch cooking podcast about tea.  Over them go aside25_cases' spoilers (the espresso machine,
the leaf blower, the kettle, the aural exciter -- the exciter only on voices that reach over its corner: the G.722
prompts and espeak-ng); a talk given a container (Opus in MKA, E-AC-3 in MP4) is kept as the WAV decoded from it,
which is what bench_languages.py reads.

Nothing here is new but the lines and the spoilers: every language and every real speaker was heard in an earlier
set.  ``bench_languages.py --set aside25`` is the lead's alone; ``--set dev68`` runs the twins.  Packages and
commands: benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside25_cases as a25
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions
from synth_cases import Recording

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # a cafe owner's morning briefing to her staff, the machine already warm
    "sv": [
        "God morgon allihop, vi öppnar om en kvart.",
        "Maskinen är rengjord och bönorna kom i går kväll.",
        "Malningen behöver vara lite finare än förra veckan.",
        "Kom ihåg att skumma mjölken innan ni tar betalt.",
        "Kanelbullarna ska stå i montern före klockan åtta.",
        "På lördag har vi en stor beställning till ett bröllop.",
        "Säg till mig om något tar slut under förmiddagen.",
        "Tack, och lycka till med dagens första kunder.",
    ],
    # two neighbours over the garden fence, in turns
    "de": [
        "Schon wieder ist der Nachbar mit seinem Laubbläser unterwegs.",
        "Im Herbst hört das bei uns überhaupt nicht mehr auf.",
        "Früher hat man die Blätter einfach mit dem Rechen geholt.",
        "Meine Tomaten haben dieses Jahr kaum Früchte getragen.",
        "Bei mir waren die Bohnen dafür umso besser.",
        "Soll ich dir im Frühjahr ein paar Samen mitbringen?",
        "Sehr gern, und ich bringe dir dann Äpfel vom Baum.",
        "Abgemacht, aber erst wenn es draußen wieder ruhig ist.",
    ],
    # a cooking podcast's episode on tea
    "nl": [
        "In deze aflevering zetten we samen een goede pot thee.",
        "Begin altijd met vers water uit de kraan.",
        "Groene thee wil water dat net niet meer kookt.",
        "Zwarte thee mag daarentegen met kokend water worden gezet.",
        "Laat de blaadjes niet langer dan vier minuten trekken.",
        "Een opgewarmde pot houdt de thee veel langer warm.",
        "Luisteraars vroegen ons of suiker de smaak bederft.",
        "Daarover praten we volgende week met een theeproever.",
    ],
    # the German dev twin's lines, never the aside's
    "de_dev": [
        "Herzlich willkommen zu unserer Sprechstunde am Mittwoch.",
        "Heute geht es um das neue Gemeindezentrum.",
        "Der Saal kann ab Januar für Feiern gemietet werden.",
        "Die Küche bekommt noch eine zweite Spülmaschine.",
        "Anmeldungen nimmt das Bürgerbüro entgegen.",
        "Bis zur nächsten Woche und einen schönen Abend.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a25.TwentyFifthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside25_cases.TwentyFifthSpoilers; ``codec``: aside25_cases.CODECS, kept as the WAV decoded from
    it)."""


def _said(key: str, voices: list[str], seed: int, **kw) -> Recording:
    """The lines ``SENTENCES[key]`` said by espeak-ng's ``voices`` (at their speed: ``"de+f4@0.95"``) in turn."""
    return espeak_lines_talk(SENTENCES[key], voices, seed, **kw)


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q = "dev", "aside", uc.RealTalk, a4.QUIET_DB
    return {
        # ---- development twins (the French dev prompts; German dev sentences)
        "rd68_fr_real_blower_espresso": LangSpec(d, "fr", "spoiled", R(104801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                       long_pauses=0.3),
                                                 room=("murmur", 32), seed=104811, blower=True, espresso=1),
        "rd68_de_espeak_two_speakers_kettle_exciter_mp4": LangSpec(d, "de", "spoiled", recordings=[
            _said("de_dev", ["de+m4", "de+f2"], 104802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=104812, kettle=True, exciter=True, codec="mp4"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside25)
        "ix_fr_real_espresso_mka": LangSpec(a, "fr", "spoiled", R(104101, 12, snr_db=q, gap=(0.4, 1.4)),
                                            room=("murmur", 30), seed=104201, espresso=1, codec="mka"),
        "ix_es_real_kettle": LangSpec(a, "es", "spoiled", R(104102, 12, snr_db=q, gap=(0.5, 1.5)),
                                      room=("pink", 36), seed=104202, kettle=True),
        "ix_it_real_blower": LangSpec(a, "it", "spoiled", R(104103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                      room=("murmur", 30), seed=104203, blower=True),
        "ix_ru_real_exciter_mp4": LangSpec(a, "ru", "spoiled", R(104104, 12, wideband=True, snr_db=q,
                                                                 gap=(0.4, 1.4)),
                                           room=("fan", 34), seed=104204, exciter=True, codec="mp4"),
        "ix_sv_espeak_espresso": LangSpec(a, "sv", "spoiled", recordings=[
            _said("sv", ["sv+f4"], 104105, pause=(0.8, 1.8))], room=("murmur", 32), seed=104205, espresso=1),
        "ix_de_espeak_two_speakers_blower": LangSpec(a, "de", "spoiled", recordings=[
            _said("de", ["de+m3", "de+f4@0.95"], 104106, pause=(0.4, 1.3), turn=1)],
            room=("pink", 34), seed=104206, blower=True),
        "ix_nl_espeak_kettle_exciter": LangSpec(a, "nl", "spoiled", recordings=[
            _said("nl", ["nl+m3@0.95"], 104107, pause=(0.4, 1.3))], room=("fan", 36), seed=104207,
            kettle=True, exciter=True),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd68_fr_real_blower_espresso", "rd68_de_espeak_two_speakers_kettle_exciter_mp4"],
         "aside": ["ix_fr_real_espresso_mka", "ix_es_real_kettle", "ix_it_real_blower", "ix_ru_real_exciter_mp4",
                   "ix_sv_espeak_espresso", "ix_de_espeak_two_speakers_blower", "ix_nl_espeak_kettle_exciter"]}
LANGS = "fr,es,it,ru,sv,de,nl"  #: bench_languages' default languages for aside25
DEV_LANGS = "fr,de"  #: ... and for dev68


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a25)
