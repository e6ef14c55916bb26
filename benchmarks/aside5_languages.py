"""The fifth aside set's language talks (``qx_<lang>_*``) and dev twins made the same way (``rd12_<lang>_*``).

Every language talk so far has been looked at.  This set is made from Debian packages, with seeds (16xxx) no case
used, of speakers and languages no case had:

* **A real reader no case heard**: Tux Paint's Danish reader (a language no case had), two- to five-word
  descriptions ("En søløve.", "Tankvogne medbringer væsker."), each recording used only where its voice has 50 ms
  of the file's floor on both sides and where Whisper base's words are the text's or a near sound of them
  (new_voices.NOT_AS_WRITTEN), under a lavalier's rustle.  The truth is each recording's voice span where it went.
  (Its Dutch reader was looked at and left out: files of 0.3-0.6 s whose room lies only 15-20 dB under the voice,
  so the voice span of "Een vos." came out 80 ms long: no truth to trust.)
* **festival Marathi and Telugu** (``festvox-mr-nsk``, ``festvox-te-nsk``: two languages no case had) and
  **festival's fourth Czech voice** (``czech_ph``, never used), sentences written here, every word timed.
* **espeak-ng Hungarian, Turkish and Ukrainian** (languages no case had; synthetic, segment truth only), one of
  them with a whispering voice.
* The spoilers of aside5_cases: cross-talk (an English talker at the next desk), packet loss, a ground-loop buzz,
  a car interior, a recording at -40 dBFS; and fast speech and rustle with other voices.

**What is not new**: the Greek, Spanish, Catalan and Russian readers are Tux Paint's (their aside pools, heard in
``vx_*`` once); Czech was tested before (other voices).

``qx_*`` is the aside: **only the lead runs an aligner on it, once, at the end** (``bench_languages.py --set
aside5``).  ``rd12_*`` is dev (``--set dev12``).

    apt-get install festival festvox-mr-nsk festvox-te-nsk festvox-czech-ph espeak-ng
    apt-get download tuxpaint-stamps-default && dpkg -x tuxpaint-stamps-default_*.deb \\
        benchmarks/out/debs/tuxpaint-stamps-default
    .venv/bin/python benchmarks/cases.py --aside5 --check
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import aside4_cases as a4
import aside5_cases as a5
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import lines_talk, ready_spec
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "mr": [
        "नमस्कार, आज मी तुम्हाला आमच्या गावाच्या बाजाराबद्दल सांगणार आहे.",
        "हा बाजार दर रविवारी नदीच्या काठावर भरतो.",
        "सकाळी लवकर शेतकरी भाज्या घेऊन येतात.",
        "काही लोक फळे आणि फुले विकतात.",
        "मुलांना गोड पदार्थांचे दुकान खूप आवडते.",
        "दुपारी बाजारात खूप गर्दी असते.",
        "माझी आजी तिथे दरवेळी मसाले विकत घेते.",
        "संध्याकाळी सगळे लोक घरी परत जातात.",
        "पुढच्या वर्षी बाजारासाठी नवीन छत बांधणार आहेत.",
        "ऐकल्याबद्दल तुम्हा सर्वांचे आभार.",
    ],
    "te": [
        "నమస్కారం, ఈ రోజు నేను మా ఊరి బడి గురించి చెబుతాను.",
        "ఈ బడిని యాభై సంవత్సరాల క్రితం కట్టారు.",
        "మొదట ఇక్కడ రెండు గదులు మాత్రమే ఉండేవి.",
        "ఇప్పుడు మూడు వందల మంది పిల్లలు చదువుతున్నారు.",
        "బడి వెనుక ఒక పెద్ద మామిడి చెట్టు ఉంది.",
        "వేసవిలో పిల్లలు ఆ చెట్టు కింద ఆడుకుంటారు.",
        "ప్రతి సంవత్సరం బడిలో ఒక పండుగ జరుగుతుంది.",
        "తల్లిదండ్రులు కూడా ఆ రోజు వస్తారు.",
        "కొత్త గ్రంథాలయం త్వరలో తెరుస్తారు.",
        "విన్నందుకు మీ అందరికీ ధన్యవాదాలు.",
    ],
    "cs": [
        "Dobrý den, dnes vám povím o starém mostě v našem městě.",
        "Most postavili kameníci před více než dvěma sty lety.",
        "Vede přes řeku k malému náměstí s kašnou.",
        "Dříve po něm jezdily koňské povozy.",
        "Dnes je most jen pro chodce a cyklisty.",
        "V létě na něm hrají pouliční muzikanti.",
        "Loni opravili zábradlí a staré lampy.",
        "Večer se tam lidé rádi procházejí.",
        "Z mostu je krásný výhled na hrad.",
        "Děkuji vám za pozornost.",
    ],
    "hu": [
        "Jó napot kívánok, ma a falunk régi malmáról fogok beszélni.",
        "A malom a patak partján áll, a templom mögött.",
        "Régen itt őrölték a környék összes gabonáját.",
        "A molnár családja száz évig lakott a házban.",
        "Később a malom sokáig üresen állt.",
        "Néhány éve a falu lakói felújították az épületet.",
        "Most egy kis múzeum működik benne.",
        "Hétvégén sok gyerek jön ide az iskolából.",
        "Nyáron a kertben koncerteket is tartanak.",
        "Köszönöm szépen a figyelmet.",
    ],
    "tr": [
        "Merhaba, bugün size mahallemizdeki eski çeşmeden bahsedeceğim.",
        "Çeşme yaklaşık iki yüz yıl önce yapıldı.",
        "Eskiden herkes suyunu buradan alırdı.",
        "Kadınlar sabahları testilerle buraya gelirdi.",
        "Sonra evlere musluk geldi ve çeşme unutuldu.",
        "Geçen yıl belediye çeşmeyi tamir etti.",
        "Şimdi yine temiz ve soğuk su akıyor.",
        "Yazın çocuklar burada oynamayı çok seviyor.",
        "Akşamları yaşlılar çeşmenin yanında oturup sohbet ediyor.",
        "Dinlediğiniz için hepinize teşekkür ederim.",
    ],
    "uk": [
        "Добрий день, сьогодні я розповім вам про наш старий парк.",
        "Парк заклали понад сто років тому.",
        "У ньому ростуть високі дуби та липи.",
        "Посередині є невелике озеро з качками.",
        "Взимку діти катаються там на ковзанах.",
        "Навесні в парку цвітуть каштани.",
        "Минулого року поставили нові лавки.",
        "У неділю тут грає міський оркестр.",
        "Багато людей приходять сюди відпочити.",
        "Дякую за вашу увагу.",
    ],
}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec:
    """aside5_cases.Spec's spoilers (``spoil`` reads them by name) for a talk in ``lang``."""

    which: str  #: "dev" (rd12_*) or "aside" (qx_*)
    lang: str
    kind: str  #: "pauses", "tight" or "spoiled" (bench_languages' kinds)
    real: Optional[uc.RealTalk] = None  #: a talk of Tux Paint's recordings of ``lang``
    recordings: list[Recording] = field(default_factory=list)  #: or synthesized voices
    room: tuple[str, float] = ("pink", 32.0)
    seed: int = 0
    crosstalk: Optional[tuple[str, float]] = None
    bed: Optional[tuple[str, float]] = None
    rustle: float = 0.0
    packet_loss: float = 0.0
    quiet_dbfs: Optional[float] = None


def _say(lang: str, voices: list[Voice], seed: int, **kw) -> Recording:
    return lines_talk(SENTENCES[lang], voices, seed, **kw)


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E, FEST = "espeak", "festival"
    return {
        # ---- development twins (Tux Paint's dev pools)
        "rd12_ro_tux_packet_loss": LangSpec(d, "ro", "spoiled", R(16801, 10, snr_db=q, gap=(0.3, 1.2)),
                                            room=("pink", 30), seed=16811, packet_loss=25),
        "rd12_fr_tux_crosstalk_quiet": LangSpec(d, "fr", "spoiled", R(16802, 10, snr_db=q, gap=(0.3, 1.3)),
                                                room=("pink", 30), seed=16812, crosstalk=("en-us+Mario", 14),
                                                quiet_dbfs=-40),
        # ---- aside: only the lead runs an aligner on these, once, at the end (bench_languages --set aside5)
        "qx_da_tux_rustle": LangSpec(a, "da", "spoiled", R(16101, 12, snr_db=q, gap=(0.3, 1.3)), room=("pink", 34),
                                     seed=16201, rustle=8),
        "qx_el_tux_packet_loss": LangSpec(a, "el", "spoiled", R(16103, 12, snr_db=q, gap=(0.3, 1.3)),
                                          room=("pink", 32), seed=16203, packet_loss=30),
        "qx_es_tux_quiet_buzz": LangSpec(a, "es", "spoiled", R(16104, 12, snr_db=q, gap=(0.3, 1.3)),
                                         room=("pink", 34), seed=16204, bed=("buzz", 12), quiet_dbfs=-40),
        "qx_ca_tux_crosstalk": LangSpec(a, "ca", "spoiled", R(16105, 12, snr_db=q, gap=(0.3, 1.3)),
                                        room=("pink", 32), seed=16205, crosstalk=("en-gb-x-gbcwmd+Jacky", 14)),
        "qx_ru_tux_car": LangSpec(a, "ru", "spoiled", R(16106, 12, snr_db=q, gap=(0.3, 1.3)), room=("pink", 34),
                                  seed=16206, bed=("car", 8)),
        "qx_mr_nsk_fest": LangSpec(a, "mr", "pauses", recordings=[_say("mr", [Voice(FEST, "mr_nsk", 1.0)], 16107,
                                                                       pause=(0.3, 1.3))], room=("pink", 30),
                                 seed=16207),
        "qx_te_nsk_fest_crosstalk": LangSpec(a, "te", "spoiled", recordings=[
            _say("te", [Voice(FEST, "te_nsk", 1.0)], 16108, pause=(0.3, 1.3))], room=("pink", 32), seed=16208,
            crosstalk=("en-us+norbert", 15)),
        "qx_cs_ph_fest_fast": LangSpec(a, "cs", "tight", recordings=[
            _say("cs", [Voice(FEST, "cs_ph", 1.3)], 16109, pause=(0.05, 0.4))], room=("fan", 28), seed=16209),
        "qx_hu_espeak_car": LangSpec(a, "hu", "spoiled", recordings=[
            _say("hu", [Voice(E, "hu+m3", 1.0), Voice(E, "hu+f2", 1.1)], 16110, pause=(0.3, 1.2), turn=2)],
            room=("pink", 32), seed=16210, bed=("car", 8)),
        "qx_tr_espeak_packet_loss": LangSpec(a, "tr", "spoiled", recordings=[
            _say("tr", [Voice(E, "tr+f4", 1.2), Voice(E, "tr+m1", 1.05)], 16111, pause=(0.2, 1.0), turn=3)],
            room=("fan", 28), seed=16211, packet_loss=30),
        "qx_uk_espeak_whisper_buzz": LangSpec(a, "uk", "spoiled", recordings=[
            _say("uk", [Voice(E, "uk+m2", 1.0), Voice(E, "uk+whisperf", 0.95)], 16112, pause=(0.3, 1.3), turn=2)],
            room=("pink", 32), seed=16212, bed=("buzz", 14)),
    }


DEV_NAMES = ["rd12_ro_tux_packet_loss", "rd12_fr_tux_crosstalk_quiet"]
ASIDE_NAMES = ["qx_da_tux_rustle", "qx_el_tux_packet_loss", "qx_es_tux_quiet_buzz", "qx_ca_tux_crosstalk",
               "qx_ru_tux_car", "qx_mr_nsk_fest", "qx_te_nsk_fest_crosstalk", "qx_cs_ph_fest_fast", "qx_hu_espeak_car",
               "qx_tr_espeak_packet_loss", "qx_uk_espeak_whisper_buzz"]
LANGS = "da,el,es,ca,ru,mr,te,cs,hu,tr,uk"  #: bench_languages' default languages for aside5
DEV_LANGS = "ro,fr"  #: ... and for dev12


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
    if any(v.engine == "festival" for v in voices) and not festival_voices.fifth_set_voices_available():
        return "apt-get install " + festival_voices.FIFTH_SET_PACKAGES
    if (spec.crosstalk or any(v.engine == "espeak" for v in voices)) and shutil.which("espeak-ng") is None:
        return "apt-get install espeak-ng"
    return None


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments, festival's words)."""
    spec = ready_spec(catalogue, missing_packages, name)
    if spec.real is not None:
        source = f"tux:{spec.lang}"
        made = uc.place_prompts(spec.real, nv.pool(source, spec.which), nv.reader(source))
        made.notes[0] = (made.notes[0].replace("real prompts (8 kHz WAV)", f"real {spec.lang} recordings (Tux Paint's "
                                               "spoken stamp descriptions)")
                         .replace(f", pink room noise at {a4.QUIET_DB:g} dB SNR", ""))
    else:
        made = sc.make_recording(spec.recordings[0])
    floor = a4.recorded_floor(made) if spec.real is not None else 0.0  # before the sounds are laid
    made = a5.spoil(made, spec, floor)
    return uc.Built(made, notes=list(made.notes))
