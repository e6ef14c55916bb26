"""Language talks of the thirty-fourth aside set (``my_<lang>_*``, seeds 122xxx), dev twins ``rd77_<lang>_*``.

Four talks place the telephone system's own prompts -- June's French, Allison's Spanish, Carlo's Italian, the
Russian G.722 takes -- from the pool ``ux_*`` .. ``ly_*`` drew on (aside12_languages.prompt_pool; heard before, in
other orders and rooms; the dev twin takes the French dev half).  Three are espeak-ng on lines written below, in
languages no aside set had: two Latvian hosts opening a farm's open day (two voices in turns), an Afrikaans
carpenter's talk in a joinery's workshop, an Albanian talk at a music school's open evening.  Over them go
aside34_cases' spoilers (the cows, the motorbike, the saw, the piano); a talk given a container (Opus in an MPEG
transport stream, AC-3 in an MP4) is kept as the WAV decoded from it, which is what bench_languages.py reads.

``bench_languages.py --set aside34`` is the lead's alone; ``--set dev77`` runs the twins.  Packages and commands:
benchmarks/README.md, the set's "Setting up".
"""

from __future__ import annotations

from dataclasses import dataclass

import aside4_cases as a4
import aside9_languages as a9l
import aside34_cases as a34
import unseen_cases as uc
from aside_common import espeak_lines_talk, set_functions

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    # two hosts opening a farm's open day, in turns
    "lv": [
        "Laipni lūdzam mūsu saimniecības atvērto durvju dienā.",
        "Šodien jūs varēsiet apskatīt govis un jaunos teļus.",
        "Slaukšana sāksies pulksten četros lielajā kūtī.",
        "Bērni var izmēģināt braukt ar mazo traktoru.",
        "Lūdzu, neatveriet vārtus uz ganībām.",
        "Svaigu pienu un sieru var nopirkt pie vārtiem.",
        "Autostāvvieta ir aiz vecā šķūņa.",
        "Paldies, ka atnācāt, un jauku dienu visiem.",
    ],
    # a carpenter's talk in a joinery's workshop
    "af": [
        "Goeiemiddag en welkom in ons skrynwerkery.",
        "Hier maak ons tafels en kaste van harde hout.",
        "Elke plank word eers met die hand gemeet en gesaag.",
        "Dra asseblief altyd 'n bril naby die masjiene.",
        "Die lym moet 'n hele nag droog word.",
        "Ons gebruik net hout uit volhoubare woude.",
        "Na die toer kan julle self 'n klein kassie bou.",
        "Baie dankie vir julle belangstelling.",
    ],
    # a talk at a music school's open evening
    "sq": [
        "Mirëmbrëma dhe mirë se vini në shkollën tonë të muzikës.",
        "Nxënësit tanë mësojnë piano, violinë dhe kitarë.",
        "Mësimet e para fillojnë në moshën gjashtë vjeç.",
        "Çdo javë nxënësit luajnë para prindërve të tyre.",
        "Koncerti i madh i vitit bëhet në muajin qershor.",
        "Ju lutemi mos hyni në klasat gjatë mësimit.",
        "Regjistrimi bëhet në zyrën pranë hyrjes.",
        "Faleminderit që erdhët sonte.",
    ],
    # the Danish dev twin's lines (a motorbike club's summer meeting)
    "da_dev": [
        "Velkommen til motorcykelklubbens sommertræf.",
        "Turen i morgen går langs kysten mod nord.",
        "Husk at tanke op, inden vi kører klokken ni.",
        "Der er grillmad i teltet bag klubhuset.",
        "Kør forsigtigt gennem landsbyen.",
        "Tak fordi I kom, og god tur.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a34.ThirtyFourthSpoilers):
    """aside9_languages' talk in ``lang`` (the telephone prompts here, or synthesized voices) with this set's
    spoilers (aside34_cases.ThirtyFourthSpoilers; ``codec``: aside34_cases.CODECS, kept as the WAV decoded from
    it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a, R, q, S = "dev", "aside", uc.RealTalk, a4.QUIET_DB, SENTENCES  # espeak-ng's voices named "lv+m3@0.95"
    return {
        # ---- development twins (the French dev prompts; Danish dev sentences)
        "rd77_fr_real_saw_piano": LangSpec(d, "fr", "spoiled", R(122801, 12, snr_db=q, gap=(0.5, 1.5),
                                                                 long_pauses=0.3),
                                           room=("murmur", 32), seed=122811, saw=1, piano=1),
        "rd77_da_espeak_two_speakers_motorbike_cows_mp4": LangSpec(d, "da", "spoiled", recordings=[
            espeak_lines_talk(S["da_dev"], ["da+m5", "da+f3@0.95"], 122802, pause=(0.4, 1.3), turn=1)],
            room=("pink", 38), seed=122812, motorbike=1, cows=1, codec="mp4"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside34)
        "my_fr_real_piano_ts": LangSpec(a, "fr", "spoiled", R(122101, 12, snr_db=q, gap=(0.4, 1.4)),
                                         room=("murmur", 30), seed=122201, piano=2, codec="ts"),
        "my_es_real_motorbike": LangSpec(a, "es", "spoiled", R(122102, 12, snr_db=q, gap=(0.5, 1.5)),
                                         room=("pink", 36), seed=122202, motorbike=2),
        "my_it_real_cows": LangSpec(a, "it", "spoiled", R(122103, 12, snr_db=q, gap=(0.5, 1.5), long_pauses=0.3),
                                    room=("pink", 34), seed=122203, cows=2),
        "my_ru_real_saw_mp4": LangSpec(a, "ru", "spoiled", R(122104, 12, wideband=True, snr_db=q, gap=(0.4, 1.4)),
                                       room=("fan", 34), seed=122204, saw=2, codec="mp4"),
        "my_lv_espeak_two_speakers_cows_motorbike": LangSpec(a, "lv", "spoiled", recordings=[
            espeak_lines_talk(S["lv"], ["lv+m2", "lv+f4@0.95"], 122105, pause=(0.5, 1.5), turn=1)],
            room=("murmur", 34), seed=122205, cows=2, motorbike=1),
        "my_af_espeak_saw": LangSpec(a, "af", "spoiled", recordings=[
            espeak_lines_talk(S["af"], ["af+m4@0.95"], 122106, pause=(0.4, 1.3))], room=("pink", 34), seed=122206,
            saw=2),
        "my_sq_espeak_piano": LangSpec(a, "sq", "spoiled", recordings=[
            espeak_lines_talk(S["sq"], ["sq+f3"], 122107, pause=(0.4, 1.3))], room=("pink", 36), seed=122207,
            piano=2),
    }


#: The talk names of each half.
NAMES = {"dev": ["rd77_fr_real_saw_piano", "rd77_da_espeak_two_speakers_motorbike_cows_mp4"],
         "aside": ["my_fr_real_piano_ts", "my_es_real_motorbike", "my_it_real_cows", "my_ru_real_saw_mp4",
                   "my_lv_espeak_two_speakers_cows_motorbike", "my_af_espeak_saw", "my_sq_espeak_piano"]}
LANGS = "fr,es,it,ru,lv,af,sq"  #: bench_languages' default languages for aside34
DEV_LANGS = "fr,da"  #: ... and for dev77


#: The talk names of a half, what must be installed before a talk can be made (aside_common.prompt_talk_needs), and
#: the talk's audio and truth (aside_common.prompts_or_voices_talk): aside_common.set_functions.
names, missing_packages, make = set_functions(__name__, a34)
