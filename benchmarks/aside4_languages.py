"""The fourth aside set's language talks (``vx_<lang>_*``) and dev twins made the same way (``rd9_<lang>_*``).

Every language case before this round has been looked at, and every real voice in them was a telephone prompt.
This set is made from Debian packages, with seeds (14xxx) no case used, of speakers and languages no case had:

* **Real speakers no case heard, in languages no case had**: Tux Paint's spoken stamp descriptions
  (new_voices.py): volunteers reading "O broască." (Romanian), "Ένας σκίουρος." (Greek), "Белы мядзведзь."
  (Belarusian), and new French, Spanish, Catalan and Russian speakers.  Each recording is used only where its
  voice has 50 ms of the file's floor on both sides (most Catalan, Russian, Danish and Bulgarian files are cut at
  the voice: few left, Danish and Bulgarian not used) and where Whisper base hears its text
  (new_voices.NOT_AS_WRITTEN).  The truth is each recording's voice span where it went (unseen_cases.voice_span).
* **festival's Czech child voice** (``czech_krb``, ``festvox-czech-krb``) and **Hindi** (``hindi_NSK_diphone``,
  ``festvox-hi-nsk``, a language no case had), sentences written here, words timed where festival's words are the
  sentence's.
* **espeak-ng Portuguese, Dutch and Polish** (languages no case had; synthetic, segment truth only).
* The spoilers of aside4_cases: applause, keyboard typing, a lavalier's rustle, long silences (10-16 s); and a
  mismatch (one spoken sentence deleted, one never-spoken inserted), tight joins, a hall.

``vx_*`` is the aside: **only the lead runs an aligner on it, once, at the end** (``bench_languages.py --set
aside4``).  ``rd9_*`` is dev (``--set dev9``).

    apt-get install festival festvox-czech-krb festvox-hi-nsk espeak-ng
    apt-get download tuxpaint-stamps-default && dpkg -x tuxpaint-stamps-default_*.deb \\
        benchmarks/out/debs/tuxpaint-stamps-default
    .venv/bin/python benchmarks/cases.py --aside4 --check
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


import aside4_cases as a4
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import lines_talk, ready_spec
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "cs": [
        "Ahoj, dnes vám povím o našem malém zahradním jezírku.",
        "Tatínek ho vykopal loni na jaře za domem.",
        "V létě v něm kvetou žluté lekníny.",
        "Každé ráno tam přilétá modrá vážka.",
        "Jednou jsme v jezírku našli malou žábu.",
        "Babička jí dala jméno Kvakuška.",
        "V zimě voda zamrzne a my se díváme na led.",
        "Na jaře zase čistíme dno od listí.",
        "Letos chceme přidat několik rybiček.",
        "Děkuji, že jste mě poslouchali.",
    ],
    "hi": [
        "नमस्ते, आज मैं आपको अपने गाँव के पुराने कुएँ के बारे में बताऊँगा।",
        "यह कुआँ लगभग सौ साल पहले बनाया गया था।",
        "पहले पूरा गाँव इसी कुएँ से पानी लेता था।",
        "सुबह औरतें यहाँ पानी भरने आती थीं।",
        "बाद में गाँव में नल लग गए।",
        "तब से कुआँ धीरे धीरे सूख गया।",
        "पिछले साल बच्चों ने इसकी सफाई की।",
        "अब यहाँ फिर से साफ पानी है।",
        "गर्मियों में लोग यहाँ बैठकर बातें करते हैं।",
        "सुनने के लिए आप सबका धन्यवाद।",
    ],
    "pt": [
        "Boa tarde a todos e obrigado pela vossa presença.",
        "Hoje vou falar sobre um pequeno farol no norte do país.",
        "O farol foi construído há mais de cem anos.",
        "Durante muito tempo, um guarda vivia lá com a família.",
        "Todas as noites ele subia as escadas para acender a luz.",
        "Agora a luz funciona sozinha, sem ninguém.",
        "A casa do guarda transformou-se num pequeno museu.",
        "No verão, muitas escolas visitam o farol.",
        "As crianças gostam de ver o mar lá de cima.",
        "Muito obrigado pela atenção.",
    ],
    "nl": [
        "Goedemiddag en welkom bij deze korte lezing.",
        "Ik wil u vandaag iets vertellen over onze oude windmolen.",
        "De molen staat al bijna driehonderd jaar aan de rivier.",
        "Vroeger maalde de molenaar er elke dag graan.",
        "Later stond de molen lange tijd stil.",
        "Een groep vrijwilligers heeft hem weer opgeknapt.",
        "Op zaterdag draaien de wieken weer als het waait.",
        "Bezoekers mogen dan naar binnen om te kijken.",
        "In de winkel kunt u meel van de molen kopen.",
        "Dank u wel voor uw aandacht.",
    ],
    "pl": [
        "Dzień dobry, dziękuję, że przyszliście na to spotkanie.",
        "Opowiem wam dzisiaj o starym dworcu w naszym mieście.",
        "Dworzec zbudowano ponad sto lat temu z czerwonej cegły.",
        "Przez wiele lat zatrzymywały się tu pociągi do stolicy.",
        "Potem linię zamknięto i budynek opustoszał.",
        "Mieszkańcy postanowili go uratować.",
        "Naprawili dach, okna i stary zegar na wieży.",
        "Teraz w dworcu jest biblioteka i mała kawiarnia.",
        "W soboty przychodzi tu wiele rodzin z dziećmi.",
        "Dziękuję bardzo za uwagę.",
    ],
}
#: A never-spoken sentence for each synthesized language's mismatch transcript.
NEVER_SAID = {"hi": "कल सुबह बाजार बंद रहेगा।", "cs": "Zítra ráno pojedeme vlakem k moři.", "pt": "A biblioteca fecha mais cedo às sextas-feiras.",
              "nl": "De bakker is morgen de hele dag gesloten.", "pl": "Jutro autobus przyjedzie pół godziny później."}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec:
    which: str  #: "dev" (rd9_*) or "aside" (vx_*)
    lang: str
    kind: str  #: "pauses", "tight", "spoiled" or "mismatch" (bench_languages' kinds)
    real: Optional[uc.RealTalk] = None  #: a talk of Tux Paint's recordings of ``lang``
    recordings: list[Recording] = field(default_factory=list)  #: or synthesized voices
    room: tuple[str, float] = ("pink", 32.0)
    seed: int = 0  #: the spoilers' and the mismatch's own seed
    applause: int = 0
    typing: int = 0
    rustle: float = 0.0
    silences: int = 0


def _say(lang: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[lang], voices, seed, **kw)


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (Tux Paint's dev pools)
        "rd9_ro_tux_typing": LangSpec(d, "ro", "spoiled", R(14801, 10, snr_db=q, gap=(0.3, 1.2)), room=("fan", 28),
                                      seed=14811, typing=3),
        "rd9_fr_tux_applause": LangSpec(d, "fr", "spoiled", R(14802, 10, snr_db=q, gap=(0.4, 1.3)),
                                        room=("pink", 30), seed=14812, applause=2),
        # ---- aside: only the lead runs an aligner on these, once, at the end (bench_languages --set aside4)
        "vx_ro_tux": LangSpec(a, "ro", "pauses", R(14101, 12, snr_db=q, gap=(0.3, 1.4)), room=("pink", 34)),
        "vx_ro_tux_tight_typing": LangSpec(a, "ro", "tight", R(14102, 12, snr_db=q, gap=(0.0, 0.1)), room=("fan", 28),
                                           seed=14202, typing=4),
        "vx_el_tux": LangSpec(a, "el", "pauses", R(14103, 12, snr_db=q, gap=(0.3, 1.4)), room=("fan", 30)),
        "vx_be_tux_rustle": LangSpec(a, "be", "spoiled", R(14104, 12, snr_db=q, gap=(0.3, 1.3)), room=("pink", 32),
                                     seed=14204, rustle=12),
        "vx_es_tux_applause": LangSpec(a, "es", "spoiled", R(14105, 12, snr_db=q, gap=(0.4, 1.4)),
                                       room=("murmur", 30), seed=14205, applause=3),
        "vx_fr_tux_mismatch": LangSpec(a, "fr", "mismatch", R(14106, 12, snr_db=q, gap=(0.3, 1.3)),
                                       room=("pink", 30), seed=14206),
        "vx_ca_tux": LangSpec(a, "ca", "pauses", R(14107, 12, snr_db=q, gap=(0.3, 1.4)), room=("hum", 30)),
        "vx_ru_tux_silences": LangSpec(a, "ru", "spoiled", R(14108, 12, snr_db=q, gap=(0.3, 1.3)), room=("pink", 32),
                                       seed=14208, silences=2),
        "vx_cs_krb_fest": LangSpec(a, "cs", "pauses", recordings=[_say("cs", [Voice("festival", "cs_krb", 0.95)], 14109,
                                                                       pause=(0.3, 1.3))],
                                   room=("traffic", 22), seed=14209),
        "vx_hi_nsk_fest_fan": LangSpec(a, "hi", "spoiled", recordings=[_say("hi", [Voice("festival", "hi_nsk", 1.0)],
                                                                          14113, pause=(0.3, 1.3))],
                                       room=("fan", 24), seed=14213, rustle=6),
        "vx_pt_espeak_mismatch": LangSpec(a, "pt", "mismatch", recordings=[_say("pt", [Voice(E, "pt+f3", 0.95),
                                                                                      Voice(E, "pt-br+m2", 1.15)],
                                                                             14110, pause=(0.3, 1.2), turn=2)],
                                          room=("pink", 26), seed=14210),
        "vx_nl_espeak_tight": LangSpec(a, "nl", "tight", recordings=[_say("nl", [Voice(E, "nl+f2", 1.05),
                                                                                Voice(E, "nl+m3", 0.9)],
                                                                          14111, pause=(0.0, 0.1), turn=3)],
                                       room=("fan", 28), seed=14211, typing=3),
        "vx_pl_espeak_hall": LangSpec(a, "pl", "spoiled", recordings=[_say("pl", [Voice(E, "pl+m4", 1.0),
                                                                                 Voice(E, "pl+f4", 1.2)],
                                                                           14112, pause=(0.3, 1.3), turn=2, rt60=0.8)],
                                      room=("pink", 30), seed=14212),
    }


DEV_NAMES = ["rd9_ro_tux_typing", "rd9_fr_tux_applause"]
ASIDE_NAMES = ["vx_ro_tux", "vx_ro_tux_tight_typing", "vx_el_tux", "vx_be_tux_rustle", "vx_es_tux_applause",
               "vx_fr_tux_mismatch", "vx_ca_tux", "vx_ru_tux_silences", "vx_cs_krb_fest", "vx_hi_nsk_fest_fan",
               "vx_pt_espeak_mismatch",
               "vx_nl_espeak_tight", "vx_pl_espeak_hall"]
LANGS = "ro,el,be,es,fr,ca,ru,cs,hi,pt,nl,pl"  #: bench_languages' default languages for dev9/aside4


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    import shutil

    import festival_voices

    spec = catalogue()[name]
    if spec.real is not None:
        source = f"tux:{spec.lang}"
        return None if nv.available(source) else nv.setup(source)
    voices = [v for r in spec.recordings for v in r.voices]
    if any(v.engine == "festival" for v in voices) and not festival_voices.fourth_set_voices_available():
        return "apt-get install " + festival_voices.FOURTH_SET_PACKAGES
    if any(v.engine == "espeak" for v in voices) and shutil.which("espeak-ng") is None:
        return "apt-get install espeak-ng"
    return None


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments, festival's words), and its transcript kind."""
    spec = ready_spec(catalogue, missing_packages, name)
    if spec.real is not None:
        source = f"tux:{spec.lang}"
        texts = nv.pool(source, spec.which)
        made = uc.place_prompts(spec.real, texts, nv.reader(source))
        made.notes[0] = (made.notes[0].replace("real prompts (8 kHz WAV)", f"real {spec.lang} recordings (Tux Paint's "
                                               "spoken stamp descriptions)")
                         .replace(f", pink room noise at {a4.QUIET_DB:g} dB SNR", ""))
        pool_texts = list(texts.values())
    else:
        made = sc.make_recording(spec.recordings[0])
        pool_texts = [NEVER_SAID[spec.lang]]
    floor = a4.recorded_floor(made) if spec.real is not None else 0.0  # before the sounds are laid
    made = a4.lay_sounds(made, spec.seed, spec.applause, spec.rustle, spec.typing, spec.silences)
    made = a4.headroom(a4.add_room(made, spec.room[0], spec.room[1], spec.seed + 1, floor))
    if spec.kind != "mismatch":
        return uc.Built(made, notes=list(made.notes))
    return uc.transcript_kind(uc.Spec(spec.which, "real", "mismatch", seed=spec.seed), made, pool_texts)
