"""The eleventh aside set's language talks (``lx_<lang>_*``) and dev twins made the same way (``rd40_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (41xxx) no case used, of recordings,
voices and spoilers no case had:

* **Fish Fillets NG's Dutch and Czech actors, lines no case used**: aside7_languages.pool's seeded order holds 722
  usable Dutch and 653 Czech recordings in runs of 18; the cases so far took runs 0-9 (``kx_*``, ``rd21_*``,
  ``rd25_*``, ``rd28_*``); this set takes runs 28-31 (:data:`FILLETS_RUNS`).  The two actors of each language
  were heard before; their lines were not.
* **Bulgarian** (espeak-ng ``bg``) and **Hebrew** (espeak-ng ``he``, right to left; ``px_*`` had Arabic, ``mx_*``
  Persian): two languages no case had; **Mandarin** (new sentences, said from pinyin, written in characters), **French**,
  **German**, **Spanish**, **Italian** and **Swedish**, all with espeak-ng variants no case used and at speeds no
  language talk had (x0.7, x1.45, and a talk whose speed steps from x0.8 to x1.45); sentences written here,
  segment truth only.
* aside11_cases' spoilers: an air conditioner cycling, a television in another room, coughs and laughter between
  lines, pages turned just before a line, a stairwell's flutter echo, joins across a television or an air
  conditioner, WMA, AC-3 in Matroska, G.726, a WebM video.  A language talk through a codec is stored as the WAV
  decoded from it (bench_languages.py reads ``audio.wav``).

**What is not new**: the Fish Fillets actors; French, German, Spanish, Italian, Swedish, Mandarin and espeak-ng.

``lx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside11``).  ``rd40_*``
is dev (``--set dev40``).

    apt-get install espeak-ng sox
    apt-get download fillets-ng-data fillets-ng-data-nl fillets-ng-data-cs     # unpacked into benchmarks/out/debs
    .venv/bin/python benchmarks/cases.py --aside11 --check
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside7_languages as a7l
import aside9_cases as a9
import aside9_languages as a9l
import aside11_cases as a11
import synth_cases as sc
import unseen_cases as uc
from aside_common import lines_talk, ready_spec, written_in_characters
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "fr": [
        "Bonsoir, je voudrais vous présenter le projet de la nouvelle gare routière.",
        "Les bus partent aujourd'hui d'un parking sans abri ni banc.",
        "Quand il pleut, les voyageurs attendent sous les arbres.",
        "La région a accepté de payer la moitié des travaux.",
        "Il y aura une salle d'attente chauffée et des toilettes.",
        "Un écran indiquera les horaires en temps réel.",
        "Nous avons aussi prévu un abri pour trente vélos.",
        "Les travaux commenceront au printemps prochain.",
        "Pendant six mois, les bus s'arrêteront devant la mairie.",
        "Les commerçants du quartier nous ont beaucoup aidés.",
        "Vous pouvez voir les plans dans le hall de la mairie.",
        "Merci de votre patience et bonne soirée.",
    ],
    "de": [
        "Guten Abend, heute geht es um den neuen Radweg am Fluss.",
        "Bisher mussten Radfahrer dort auf der Landstraße fahren.",
        "Im letzten Sommer gab es an der Brücke zwei schwere Unfälle.",
        "Danach haben über tausend Menschen einen Brief an die Stadt geschrieben.",
        "Der Weg wird drei Meter breit und nachts beleuchtet.",
        "An zwei Stellen bekommt er eine kleine Rastfläche mit Bänken.",
        "Die Bauern am Fluss haben einen Teil ihrer Wiesen verkauft.",
        "Im Herbst werden entlang des Weges hundert Bäume gepflanzt.",
        "Die Kosten teilen sich das Land und die Gemeinde.",
        "Wenn alles gut geht, ist der Weg im nächsten Juni fertig.",
        "Dann feiern wir mit einer gemeinsamen Fahrt zum See.",
        "Vielen Dank, dass Sie gekommen sind.",
    ],
    "es": [
        "Buenas noches, quiero contarles cómo va la nueva biblioteca del pueblo.",
        "El edificio antiguo de correos estaba vacío desde hace diez años.",
        "El ayuntamiento lo compró el invierno pasado.",
        "Los vecinos han donado más de dos mil libros.",
        "En la planta baja habrá una sala para los niños.",
        "Arriba pondremos mesas para estudiar y seis ordenadores.",
        "El patio se usará para leer al aire libre en verano.",
        "Buscamos voluntarios para ordenar los libros en las estanterías.",
        "Cada martes por la tarde habrá un club de lectura.",
        "La inauguración será el primer sábado de octubre.",
        "Habrá música, chocolate y un cuentacuentos para los pequeños.",
        "Gracias a todos por su ayuda.",
    ],
    "it": [
        "Buonasera, stasera parliamo del mercato coperto in piazza.",
        "Il mercato è stato chiuso tre anni fa per un problema al tetto.",
        "Da allora i contadini vendono la frutta sotto gli ombrelloni.",
        "Il comune ha trovato i soldi per rifare il tetto e i bagni.",
        "Ci saranno trenta banchi e un piccolo bar all'ingresso.",
        "Il sabato mattina ci sarà anche il mercato del pesce.",
        "Gli anziani del quartiere sono molto contenti.",
        "Non dovranno più andare al supermercato fuori città.",
        "I lavori dovrebbero finire prima di Natale.",
        "Per la festa di apertura cerchiamo una banda musicale.",
        "Chi vuole suonare può lasciare il suo nome in municipio.",
        "Grazie e arrivederci.",
    ],
    "sv": [
        "God kväll, i kväll ska vi prata om den nya lekplatsen vid skolan.",
        "Den gamla lekplatsen är över trettio år gammal.",
        "Gungorna är rostiga och sandlådan är nästan tom.",
        "Föräldrarna har samlat in pengar i ett helt år.",
        "Nu har kommunen lovat att betala resten.",
        "Det blir en klätterställning, en rutschkana och en liten bana för cyklar.",
        "Barnen i skolan har fått rita hur de vill att den ska se ut.",
        "Många ritade ett stort träd med ett hus högst upp.",
        "Det trädet ska vi försöka bygga.",
        "Arbetet börjar i april och tar ungefär två månader.",
        "Vi behöver hjälp med att plantera buskar runt omkring.",
        "Tack för att ni kom hit i kväll.",
    ],
    "zh": [
        "大家晚上好，今天我想谈谈我们村的新桥。",
        "旧桥已经用了五十多年了。",
        "每到下大雨，河水就会漫过桥面。",
        "孩子们只好绕很远的路去上学。",
        "去年县里终于同意修一座新桥。",
        "新桥有两条车道，还有一条人行道。",
        "晚上桥上会有路灯。",
        "村里的老人也帮了很多忙。",
        "他们给工人做饭，还送来了茶水。",
        "新桥明年春天就能通车。",
        "到时候我们要在桥头放鞭炮。",
        "谢谢大家。",
    ],
    "he": [
        "ערב טוב לכולם, היום אני רוצה לספר לכם על הגן הקהילתי.",
        "הגן נפתח לפני שלוש שנים במגרש ריק.",
        "בהתחלה היו רק חמש משפחות.",
        "היום יש כאן יותר משלושים ערוגות.",
        "אנחנו מגדלים עגבניות, מלפפונים ותבלינים.",
        "בכל יום שישי בבוקר עובדים כולם יחד.",
        "הילדים מבית הספר באים לשתול בחורף.",
        "בקיץ אנחנו מחלקים ירקות לשכנים.",
        "העירייה הבטיחה לנו ברז מים חדש.",
        "אנחנו עדיין מחפשים מתנדבים.",
        "מי שרוצה להצטרף יכול לדבר איתי אחרי הפגישה.",
        "תודה רבה לכולם.",
    ],
    "bg": [
        "Добър вечер, днес ще ви разкажа за старото читалище в нашия град.",
        "Читалището е построено преди повече от сто години.",
        "Тук има библиотека, малка сцена и зала за танци.",
        "Преди десет години покривът започна да тече.",
        "Хората събраха пари и го поправиха сами.",
        "Сега всяка седмица тук идват деца да учат музика.",
        "В петък вечер има кино за целия квартал.",
        "Възрастните хора играят шах в библиотеката.",
        "През лятото правим концерти в двора.",
        "Следващата година искаме да обновим сцената.",
        "Търсим доброволци, които да помагат с ремонта.",
        "Благодаря ви за вниманието.",
    ],
}
#: The Mandarin sentences as espeak-ng ``cmn-latn-pinyin`` is given them (aside6_languages.PINYIN says why); the
#: transcript keeps :data:`SENTENCES`.
PINYIN = {
    "zh": [
        "da4 jia1 wan3 shang4 hao3, jin1 tian1 wo3 xiang3 tan2 tan2 wo3 men cun1 de xin1 qiao2.",
        "jiu4 qiao2 yi3 jing1 yong4 le wu3 shi2 duo1 nian2 le.",
        "mei3 dao4 xia4 da4 yu3, he2 shui3 jiu4 hui4 man4 guo4 qiao2 mian4.",
        "hai2 zi5 men5 zhi3 hao3 rao4 hen3 yuan3 de lu4 qu4 shang4 xue2.",
        "qu4 nian2 xian4 li3 zhong1 yu2 tong2 yi4 xiu1 yi2 zuo4 xin1 qiao2.",
        "xin1 qiao2 you3 liang3 tiao2 che1 dao4, hai2 you3 yi4 tiao2 ren2 xing2 dao4.",
        "wan3 shang4 qiao2 shang4 hui4 you3 lu4 deng1.",
        "cun1 li3 de lao3 ren2 ye3 bang1 le hen3 duo1 mang2.",
        "ta1 men5 gei3 gong1 ren2 zuo4 fan4, hai2 song4 lai2 le cha2 shui3.",
        "xin1 qiao2 ming2 nian2 chun1 tian1 jiu4 neng2 tong1 che1.",
        "dao4 shi2 hou5 wo3 men5 yao4 zai4 qiao2 tou2 fang4 bian1 pao4.",
        "xie4 xie5 da4 jia1.",
    ],
}
#: The dev twin's German (never an aside sentence).
DEV_SENTENCES = {
    "de": [
        "Willkommen zur Versammlung des Sportvereins.",
        "Zuerst berichtet der Kassenwart über das letzte Jahr.",
        "Danach wählen wir einen neuen Vorstand.",
        "Die Jugendmannschaft sucht noch einen Trainer.",
        "Das Vereinsheim bekommt im Sommer ein neues Dach.",
        "Am Ende gibt es Würstchen und Getränke.",
    ],
}

#: Runs of Fish Fillets recordings (aside7_languages.pool's seeded order, 18 a run) far past any a case took (the
#: aside's runs 0-3, the dev twins' 4-9): the aside's first run and the dev twin's.
FILLETS_RUNS = {"aside": 30, "dev": 28}


def fillets_pool(lang: str, which: str) -> dict[str, str]:
    """The Fish Fillets recordings of ``lang`` a talk of half ``which`` draws from (:data:`FILLETS_RUNS`)."""
    return a7l.pool(lang, "aside", FILLETS_RUNS[which])


def said(lang: str, which: str) -> list[str]:
    """What espeak-ng is given for a talk of ``lang``."""
    if which == "dev":
        return DEV_SENTENCES[lang]
    return PINYIN.get(lang, SENTENCES[lang])


def _say(lang: str, voices: list[Voice], seed: int, which: str = "aside", **kw) -> Recording:
    return lines_talk(said(lang, which), voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a11.EleventhSpoilers):
    """aside9_languages' talk in ``lang`` (Fish Fillets' actors here, or espeak-ng voices) with this set's spoilers
    (aside11_cases.EleventhSpoilers; ``codec``: aside11_cases.CODECS, stored as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (Fish Fillets' Dutch, a run no case took; German dev sentences)
        "rd40_nl_fillets_rustle_wma": LangSpec(d, "nl", "spoiled", R(41801, 14, snr_db=q, gap=(0.5, 1.4)),
                                               room=("pink", 32), seed=41811, rustles=3, codec="wma"),
        "rd40_de_espeak_stepped_aircon": LangSpec(d, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+John", 0.8), Voice(E, "de+John", 1.45)], 41802, d, pause=(0.3, 1.2),
                 turn=3)], room=("pink", 32), seed=41812, aircon_db=10, between=1),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside11)
        "lx_nl_fillets_aircon_g726": LangSpec(a, "nl", "spoiled", R(41101, 14, snr_db=q, gap=(0.3, 1.3)),
                                              room=("pink", 34), seed=41201, aircon_db=12, codec="g726"),
        "lx_cs_fillets_tv_coughs": LangSpec(a, "cs", "spoiled", R(41102, 14, snr_db=q, gap=(0.5, 1.4)),
                                            room=("pink", 32), seed=41202, tv_db=12, between=3),
        "lx_fr_espeak_slowest_coughs": LangSpec(a, "fr", "spoiled", recordings=[
            _say("fr", [Voice(E, "fr+David", 0.7), Voice(E, "fr-fr+m8", 0.72)], 41103, pause=(0.4, 1.3), turn=3)],
            room=("pink", 32), seed=41203, between=3),
        "lx_de_espeak_stepped_rustle": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+Miguel", 0.8), Voice(E, "de+Miguel", 1.0), Voice(E, "de+Miguel", 1.2),
                        Voice(E, "de+Miguel", 1.45)], 41104, pause=(0.4, 1.2), turn=3)],
            room=("pink", 32), seed=41204, rustles=3),
        "lx_es_espeak_fastest_stairs_webm": LangSpec(a, "es", "spoiled", recordings=[
            _say("es", [Voice(E, "es+Pedro", 1.45), Voice(E, "es+klatt3", 1.4)], 41105, pause=(0.3, 1.0), turn=3)],
            room=("fan", 30), seed=41205, stairs=True, codec="webm"),
        "lx_it_espeak_tv_joins_ac3": LangSpec(a, "it", "spoiled", recordings=[
            _say("it", [Voice(E, "it+Iven4", 1.0), Voice(E, "it+anxiousAndy", 1.05)], 41106, pause=(0.5, 1.3),
                 turn=3)], room=("pink", 32), seed=41206, tv_joins=2, codec="ac3"),
        "lx_sv_espeak_slow_aircon": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+klatt4", 0.75), Voice(E, "sv+John", 0.8)], 41107, pause=(0.3, 1.2), turn=3)],
            room=("pink", 32), seed=41207, aircon_db=10),
        "lx_zh_espeak_tv": LangSpec(a, "zh", "spoiled", recordings=[
            _say("zh", [Voice(E, "cmn-latn-pinyin+klatt5", 1.0), Voice(E, "cmn-latn-pinyin+David", 1.05)], 41108,
                 pause=(0.3, 1.3), turn=3)], room=("pink", 32), seed=41208, tv_db=12),
        "lx_he_espeak_rustle_wma": LangSpec(a, "he", "spoiled", recordings=[
            _say("he", [Voice(E, "he", 1.0), Voice(E, "he+klatt6", 1.05)], 41109, pause=(0.5, 1.3), turn=3)],
            room=("pink", 32), seed=41209, rustles=3, codec="wma"),
        "lx_bg_espeak_stairs_coughs": LangSpec(a, "bg", "spoiled", recordings=[
            _say("bg", [Voice(E, "bg", 1.0), Voice(E, "bg+Pedro", 1.1)], 41110, pause=(0.4, 1.3), turn=3)],
            room=("pink", 32), seed=41210, stairs=True, between=2),
    }


DEV_NAMES = ["rd40_nl_fillets_rustle_wma", "rd40_de_espeak_stepped_aircon"]
ASIDE_NAMES = ["lx_nl_fillets_aircon_g726", "lx_cs_fillets_tv_coughs", "lx_fr_espeak_slowest_coughs",
               "lx_de_espeak_stepped_rustle", "lx_es_espeak_fastest_stairs_webm", "lx_it_espeak_tv_joins_ac3",
               "lx_sv_espeak_slow_aircon", "lx_zh_espeak_tv", "lx_he_espeak_rustle_wma",
               "lx_bg_espeak_stairs_coughs"]
LANGS = "nl,cs,fr,de,es,it,sv,zh,he,bg"  #: bench_languages' default languages for aside11
DEV_LANGS = "nl,de"  #: ... and for dev40


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None: Fish Fillets' recordings of its language (a real
    talk), espeak-ng (synthesized voices, or the television's), the music-on-hold tracks (the television's), sox."""
    spec = catalogue()[name]
    tv = bool(spec.tv_db or spec.tv_joins)
    need = []
    if spec.real is not None and not a7l.available(spec.lang):
        need.append(a7l.setup(spec.lang))
    if (spec.recordings or tv) and shutil.which("espeak-ng") is None:
        need.append("apt-get install espeak-ng")
    if tv and not any(uc.MUSIC.glob("*.wav")):
        need.append(f"apt-get install {uc.MUSIC_PACKAGE}")
    if shutil.which("sox") is None:
        need.append("apt-get install sox")
    return "; ".join(need) if need else None


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    if spec.real is not None:
        made = uc.place_prompts(spec.real, fillets_pool(spec.lang, spec.which), a7l.reader(spec.lang))
        made.notes[0] = (made.notes[0].replace("real prompts (8 kHz WAV)", f"real {spec.lang} recordings no case "
                                               "used (Fish Fillets NG's two actors, the game's subtitles as text)")
                         .replace(f", pink room noise at {a4.QUIET_DB:g} dB SNR", ""))
    else:
        made = sc.make_recording(spec.recordings[0])
        if spec.lang in PINYIN:
            made = written_in_characters(made, SENTENCES[spec.lang])
    floor = a4.recorded_floor(made) if spec.real is not None else 0.0  # before the sounds are laid
    made = a11.spoil(made, spec, floor)
    if spec.codec:
        made = a9.decoded_through(made, spec.codec, a11.CODECS)
    return uc.Built(made, notes=list(made.notes))
