"""The tenth aside set's language talks (``mx_<lang>_*``) and dev twins made the same way (``rd31_<lang>_*``).

Every language talk so far has been looked at.  This set is made with seeds (36xxx) no case used, of recordings,
voices and spoilers no case had:

* **Tux Paint recordings no case used**: the last fresh French run (aside6_languages.fresh_pool run 8) and the last
  Spanish one (run 7), after the runs ``zx_*``, ``yx_*`` and ``px_*`` took.  The readers were heard before.
* **Persian** (espeak-ng ``fa``: a right-to-left language no case had; ``px_*`` had Arabic), **Japanese** with new
  sentences (said from kana, written in kanji and kana), **French**, **German**, **Spanish**, **Italian** and
  **Swedish** with espeak-ng variants no case used and at **speeds no language talk had** (x0.8 and x1.3-1.35);
  all written here, segment truth only.
* aside10_cases' spoilers: rain on a roof, a ticking clock, a vacuum cleaner switched on inside a line, a small
  tiled room with a slap-back echo, joins across noise, G.711 mu-law (.au), IMA ADPCM (.aif) and MPEG Layer II
  (.mp2).  A language talk through a codec is stored as the WAV decoded from it (bench_languages.py reads
  ``audio.wav``).

**What is not new**: the Tux Paint readers; French, German, Spanish, Italian, Swedish, Japanese and espeak-ng.

``mx_*`` is the aside: **only the lead runs an aligner on it** (``bench_languages.py --set aside10``).  ``rd31_*``
is dev (``--set dev31``).

    apt-get install espeak-ng sox
    apt-get download tuxpaint-stamps-default     # unpacked into benchmarks/out/debs (new_voices.py)
    .venv/bin/python benchmarks/cases.py --aside10 --check
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Optional

import aside4_cases as a4
import aside8_languages as a8l
import aside9_cases as a9
import aside9_languages as a9l
import aside10_cases as a10
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import language_needs, lines_talk, ready_spec, tux_talk, written_in_characters
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "fr": [
        "Bonsoir à tous, ce soir je vais vous parler de la piscine municipale.",
        "Elle a été construite au début des années soixante-dix.",
        "Pendant longtemps, c'était le seul bassin couvert du canton.",
        "Les écoles venaient y apprendre à nager chaque semaine.",
        "Il y a cinq ans, le toit a commencé à fuir.",
        "La ville a hésité entre la fermer et la rénover.",
        "Finalement, les habitants ont signé une pétition.",
        "Les travaux ont duré presque deux ans.",
        "Aujourd'hui, il y a un bassin pour les enfants et un sauna.",
        "Le dimanche matin, l'entrée est gratuite pour les familles.",
        "Le club de natation compte maintenant plus de trois cents membres.",
        "Les plus jeunes ont à peine quatre ans.",
        "Le plus âgé nage encore tous les matins à quatre-vingt-dix ans.",
        "L'été dernier, la piscine a accueilli une compétition régionale.",
        "Nous aimerions ouvrir aussi le soir pendant les vacances.",
        "Pour cela, il nous faut deux maîtres-nageurs de plus.",
        "Merci beaucoup de votre attention.",
    ],
    "de": [
        "Guten Abend, ich möchte Ihnen heute etwas über unsere Stadtbibliothek erzählen.",
        "Sie ist im Jahr neunzehnhundertachtzig in ein altes Kaufhaus gezogen.",
        "Damals gab es dort nur Bücher und ein paar Zeitungen.",
        "Heute kann man auch Spiele, Filme und Werkzeug ausleihen.",
        "Jeden Dienstag liest jemand den Kindern eine Geschichte vor.",
        "Im Keller gibt es seit letztem Jahr eine kleine Werkstatt.",
        "Dort reparieren Freiwillige kaputte Lampen und Radios.",
        "Viele ältere Menschen kommen zum Deutschkurs am Donnerstag.",
        "Die Bibliothek ist jetzt auch am Sonntag geöffnet.",
        "Wir suchen noch Leute, die beim Sommerfest helfen.",
        "Für das Fest brauchen wir Kuchen, Tische und ein paar Musiker.",
        "Letztes Jahr kamen fast vierhundert Besucher.",
        "Die Kinder haben auf dem Hof eine Bücherrallye gemacht.",
        "Am Abend gab es ein kleines Konzert im Lesesaal.",
        "Das Geld aus dem Verkauf geht an die Leseförderung.",
        "Wer helfen möchte, kann sich an der Theke melden.",
        "Vielen Dank fürs Zuhören.",
    ],
    "es": [
        "Buenas tardes, hoy quiero hablarles del huerto comunitario del barrio.",
        "Empezó hace seis años en un solar abandonado.",
        "Al principio solo éramos cuatro vecinos con unas palas.",
        "Ahora cultivamos tomates, lechugas, calabazas y hierbas.",
        "Cada familia tiene una pequeña parcela.",
        "Los sábados por la mañana hacemos el trabajo común.",
        "El agua la recogemos de los tejados en grandes depósitos.",
        "Los niños del colegio vienen a plantar en primavera.",
        "En otoño celebramos una comida con lo que hemos cosechado.",
        "Todavía quedan algunas parcelas libres.",
        "Para pedir una, hay que apuntarse en la lista de la asociación.",
        "La cuota es de diez euros al año.",
        "A cambio, cada uno se compromete a cuidar su parcela.",
        "También hay que ayudar dos veces al mes con el trabajo común.",
        "Las herramientas están en la caseta junto a la entrada.",
        "La llave la tiene siempre alguien de la junta.",
        "Muchas gracias por venir.",
    ],
    "it": [
        "Buonasera, stasera vi racconto la storia del nostro vecchio cinema.",
        "Il cinema ha aperto nel millenovecentocinquanta.",
        "Per anni era l'unico posto dove vedere un film in paese.",
        "Negli anni novanta ha chiuso perché veniva poca gente.",
        "L'edificio è rimasto vuoto per quasi vent'anni.",
        "Poi un gruppo di giovani ha fondato un'associazione.",
        "Hanno sistemato le poltrone e comprato un proiettore nuovo.",
        "Adesso ci sono film tutti i venerdì e i sabati.",
        "D'estate le proiezioni si fanno nel cortile.",
        "Il biglietto costa soltanto cinque euro.",
        "Il mese scorso abbiamo proiettato un film muto con la musica dal vivo.",
        "La sala era piena fino all'ultimo posto.",
        "Molti anziani si ricordavano del cinema di una volta.",
        "I ragazzi invece vengono soprattutto per i film d'animazione.",
        "Il prossimo anno vorremmo organizzare un piccolo festival.",
        "Cerchiamo ancora volontari per la biglietteria.",
        "Grazie a tutti e buona serata.",
    ],
    "sv": [
        "Hej allihop, i kväll ska jag berätta om vår gamla färja.",
        "Färjan har gått mellan ön och fastlandet i femtio år.",
        "På sommaren är den full av turister och cyklar.",
        "På vintern åker mest skolbarn och de som jobbar i stan.",
        "Förra året gick motorn sönder mitt i december.",
        "Då fick alla åka båt med fiskarna i en vecka.",
        "Nu har kommunen lovat oss en ny färja.",
        "Den ska gå på el och vara klar om tre år.",
        "Många på ön kommer att sakna den gamla.",
        "Den gamla färjan byggdes på ett varv i Göteborg.",
        "Den har plats för tjugo bilar och tvåhundra passagerare.",
        "Kaptenen har kört den i över trettio år.",
        "Han säger att den klarar nästan alla stormar.",
        "Ibland har den ändå fått stanna vid kajen i flera dagar.",
        "Då har de som bor på ön fått handla mat i förväg.",
        "Tack för att ni lyssnade.",
    ],
    "ja": [
        "みなさん、こんにちは。",
        "今日は私たちの町の商店街について話します。",
        "この商店街は六十年前にできました。",
        "昔は魚屋や八百屋がたくさんありました。",
        "大きなスーパーができて、店が少なくなりました。",
        "三年前に若い人たちが新しい店を始めました。",
        "今ではパン屋と本屋と小さなお茶の店があります。",
        "毎月最後の日曜日には市場が開かれます。",
        "ぜひ一度、遊びに来てください。",
        "毎週土曜日の朝には、子供のための料理教室もあります。",
        "お年寄りは喫茶店で新聞を読んでいます。",
        "夏には大きなお祭りがあって、夜まで人が集まります。",
        "来年は古い映画館をもう一度開けたいと思っています。",
        "ありがとうございました。",
    ],
    "fa": [
        "عصر همگی بخیر، امروز درباره پارک بزرگ شهرمان صحبت می‌کنم.",
        "این پارک حدود پنجاه سال پیش ساخته شد.",
        "در آن زمان فقط چند درخت و یک حوض کوچک داشت.",
        "حالا صدها درخت و یک دریاچه کوچک در آن هست.",
        "صبح‌ها بسیاری از مردم در پارک ورزش می‌کنند.",
        "عصرها خانواده‌ها برای پیک نیک به آنجا می‌آیند.",
        "سال گذشته یک کتابخانه کوچک هم در پارک باز شد.",
        "بچه‌ها بعد از مدرسه آنجا کتاب می‌خوانند.",
        "امیدواریم این پارک همیشه سبز بماند.",
        "شهرداری قرار است در پارک یک زمین بازی تازه بسازد.",
        "در تابستان هر هفته یک کنسرت کوچک برگزار می‌شود.",
        "پیرمردها زیر درختان شطرنج بازی می‌کنند.",
        "در پاییز برگ‌های زرد همه جا را می‌پوشانند.",
        "ما از همه می‌خواهیم که زباله را در سطل بیندازند.",
        "از توجه شما متشکرم.",
    ],
}
#: The Japanese sentences as espeak-ng ``ja`` is given them: in kana (it reads no kanji), は written わ and へ え
#: where said so (aside8_languages.KANA says why); the transcript keeps :data:`SENTENCES`.
KANA = {
    "ja": [
        "みなさん、こんにちわ。",
        "きょうわ わたしたちの まちの しょうてんがいに ついて はなします。",
        "この しょうてんがいわ ろくじゅうねん まえに できました。",
        "むかしわ さかなやや やおやが たくさん ありました。",
        "おおきな スーパーが できて、みせが すくなく なりました。",
        "さんねん まえに わかい ひとたちが あたらしい みせを はじめました。",
        "いまでわ パンやと ほんやと ちいさな おちゃの みせが あります。",
        "まいつき さいごの にちようびにわ いちばが ひらかれます。",
        "ぜひ いちど、あそびに きて ください。",
        "まいしゅう どようびの あさにわ、こどもの ための りょうり きょうしつも あります。",
        "おとしよりわ きっさてんで しんぶんを よんで います。",
        "なつにわ おおきな おまつりが あって、よるまで ひとが あつまります。",
        "らいねんわ ふるい えいがかんを もういちど あけたいと おもって います。",
        "ありがとう ございました。",
    ],
}
#: The dev twin's German (never an aside sentence).
DEV_SENTENCES = {
    "de": [
        "Herzlich willkommen zu unserem Elternabend.",
        "Zuerst sprechen wir über die Klassenfahrt im Mai.",
        "Die Kinder fahren für drei Tage an die Ostsee.",
        "Danach geht es um das neue Mittagessen in der Mensa.",
        "Zum Schluss haben Sie Zeit für Ihre Fragen.",
        "Bitte tragen Sie sich noch in die Liste ein.",
    ],
}


def said(lang: str, which: str) -> list[str]:
    """What espeak-ng is given for a talk of ``lang``."""
    if which == "dev":
        return DEV_SENTENCES[lang]
    return KANA.get(lang, SENTENCES[lang])


def _say(lang: str, voices: list[Voice], seed: int, which: str = "aside", **kw) -> Recording:
    return lines_talk(said(lang, which), voices, seed, **kw)


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec(a9l.LangSpec, a10.TenthSpoilers):
    """aside9_languages' talk in ``lang`` (a Tux Paint reader, or espeak-ng voices) with this set's spoilers
    (aside10_cases.TenthSpoilers; ``codec``: aside10_cases.CODECS, stored as the WAV decoded from it)."""


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    return {
        # ---- development twins (Tux Paint's French dev pool; German dev sentences)
        "rd31_fr_tux_rain_gaps": LangSpec(d, "fr", "spoiled", R(36801, 10, snr_db=q, gap=(0.4, 1.3)),
                                          room=("pink", 32), seed=36811, rain_db=14, gaps=2),
        "rd31_de_espeak_clock_adpcm": LangSpec(d, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+Ed", 1.0), Voice(E, "de+Michel", 1.05)], 36802, d, pause=(0.3, 1.2),
                 turn=2)], room=("pink", 32), seed=36812, clock_db=8, codec="adpcm"),
        # ---- aside: only the lead runs an aligner on these (bench_languages --set aside10)
        "mx_fr_tux_fresh9_rain": LangSpec(a, "fr", "spoiled", R(36101, 18, snr_db=q, gap=(0.3, 1.3)),
                                          room=("pink", 34), seed=36201, part=8, rain_db=12),
        "mx_es_tux_fresh8_clock_mulaw": LangSpec(a, "es", "spoiled", R(36102, 18, snr_db=q, gap=(0.3, 1.3)),
                                                 room=("pink", 32), seed=36202, part=7, clock_db=8, codec="mulaw"),
        "mx_fr_espeak_fast_vacuum": LangSpec(a, "fr", "spoiled", recordings=[
            _say("fr", [Voice(E, "fr-fr+Marcelo", 1.3), Voice(E, "fr+Steph3", 1.35)], 36103, pause=(0.25, 1.0),
                 turn=3)], room=("pink", 32), seed=36203, vacuum_db=8),
        "mx_de_espeak_slow_tiled": LangSpec(a, "de", "spoiled", recordings=[
            _say("de", [Voice(E, "de+Antonio", 0.8), Voice(E, "de+Steph3", 0.85)], 36104, pause=(0.3, 1.2),
                 turn=3)], room=("pink", 32), seed=36204, tiled=True),
        "mx_de_espeak_tight_mulaw": LangSpec(a, "de", "tight", recordings=[
            _say("de", [Voice(E, "de+Rob", 1.1), Voice(E, "de+Kaukovalta", 1.15)], 36105, pause=(0.05, 0.4),
                 turn=2)], room=("fan", 30), seed=36205, codec="mulaw"),
        "mx_es_espeak_noise_gaps": LangSpec(a, "es", "spoiled", recordings=[
            _say("es", [Voice(E, "es+Ed", 1.0), Voice(E, "es+Edward2", 1.05)], 36106, pause=(0.4, 1.3), turn=3)],
            room=("pink", 32), seed=36206, gaps=2),
        "mx_it_espeak_fast_adpcm": LangSpec(a, "it", "spoiled", recordings=[
            _say("it", [Voice(E, "it+Marcelo", 1.3), Voice(E, "it+Michel", 1.35)], 36107, pause=(0.25, 1.0),
                 turn=3)], room=("fan", 30), seed=36207, codec="adpcm"),
        "mx_sv_espeak_clock_mp2": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+Michel", 1.0), Voice(E, "sv+Ed", 1.05)], 36108, pause=(0.3, 1.2), turn=3)],
            room=("pink", 32), seed=36208, clock_db=10, codec="mp2"),
        "mx_ja_espeak_rain": LangSpec(a, "ja", "spoiled", recordings=[
            _say("ja", [Voice(E, "ja+Rob", 1.0), Voice(E, "ja+f2", 1.05)], 36109, pause=(0.3, 1.3), turn=3)],
            room=("pink", 32), seed=36209, rain_db=12),
        "mx_fa_espeak_vacuum": LangSpec(a, "fa", "spoiled", recordings=[
            _say("fa", [Voice(E, "fa", 1.0), Voice(E, "fa+f3", 1.05)], 36110, pause=(0.3, 1.2), turn=3)],
            room=("pink", 32), seed=36210, vacuum_db=8),
    }


DEV_NAMES = ["rd31_fr_tux_rain_gaps", "rd31_de_espeak_clock_adpcm"]
ASIDE_NAMES = ["mx_fr_tux_fresh9_rain", "mx_es_tux_fresh8_clock_mulaw", "mx_fr_espeak_fast_vacuum",
               "mx_de_espeak_slow_tiled", "mx_de_espeak_tight_mulaw", "mx_es_espeak_noise_gaps",
               "mx_it_espeak_fast_adpcm", "mx_sv_espeak_clock_mp2", "mx_ja_espeak_rain", "mx_fa_espeak_vacuum"]
LANGS = "fr,es,de,it,sv,ja,fa"  #: bench_languages' default languages for aside10
DEV_LANGS = "fr,de"  #: ... and for dev31


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    return language_needs(catalogue()[name], (shutil.which("sox") is None, "apt-get install sox"))


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    if spec.real is not None:
        made = tux_talk(spec, a8l.pool(spec), nv.reader(f"tux:{spec.lang}"))
    else:
        made = sc.make_recording(spec.recordings[0])
        if spec.lang in KANA:
            made = written_in_characters(made, SENTENCES[spec.lang])
            made.notes[-1] = "said from kana (espeak-ng ja reads no kanji); the transcript writes kanji and kana"
    floor = a4.recorded_floor(made) if spec.real is not None else 0.0  # before the sounds are laid
    made = a10.spoil(made, spec, floor)
    if spec.codec:
        made = a9.decoded_through(made, spec.codec, a10.CODECS)
    return uc.Built(made, notes=list(made.notes))
