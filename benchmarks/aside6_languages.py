"""The sixth aside set's language talks (``zx_<lang>_*``) and dev twins made the same way (``rd17_<lang>_*``).

Every language talk so far has been looked at.  This set is made from Debian packages, with seeds (20xxx) no case
used, of recordings, languages and spoilers no case had:

* **Tux Paint recordings no case heard**: every earlier set drew a language's talks from the first 38 of its usable
  recordings in new_voices' seeded order (26 aside, 12 dev); these talks take the next ones (:func:`fresh_pool`,
  two runs of :data:`FRESH_POOL` a language), so every description said here is new material -- but the
  **readers** (French, Spanish, Romanian) were heard before.  (Russian and Catalan have no usable recordings left,
  Greek 6 and Belarusian 8: too few.)
* **Chinese** (espeak-ng Mandarin said from pinyin, ``cmn-latn-pinyin`` (:data:`PINYIN`); a language no case had,
  the transcript in characters without spaces), and espeak-ng
  **Slovak**, **Indonesian**, **Croatian** and **Vietnamese** (languages no case had), and **Swedish** with
  espeak-ng variants no case used (``sv+Storm``, ``sv+anika``); sentences written here, segment truth only.
* The spoilers of aside6_cases: a lecture hall's PA, Tux Math's music under the speech, wind on the microphone, a
  crowd cheering between lines, a gain control that pumps, a slow speaker (atempo x0.85), cross-talk in English.

**What is not new**: the Tux Paint readers (their languages' earlier talks used other recordings of the same
person); Swedish was tested before (other voices).  The fresh recordings' words were checked with Whisper base
(``--check-texts fr es ro``: 120 recordings, on the source files, never on a case): the lowest shares are near-sound
mishearings ("un neuf à pilons multicolors" for "Un nœud-papillon multicolore", "Un castelun rina" for "Un castel
in ruină"), no recording says other words than its text, none is left out.

``zx_*`` is the aside: **only the lead runs an aligner on it, once, at the end** (``bench_languages.py --set
aside6``).  ``rd17_*`` is dev (``--set dev17``).

    apt-get install espeak-ng
    apt-get download tuxpaint-stamps-default tuxmath-data tuxtype-data     # unpacked into benchmarks/out/debs
    .venv/bin/python benchmarks/cases.py --aside6 --check
    .venv/bin/python benchmarks/aside6_languages.py --check-texts fr es ro   # Whisper base vs each fresh text
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Optional

import aside4_cases as a4
import aside6_cases as a6
import new_voices as nv
import synth_cases as sc
import unseen_cases as uc
from aside_common import language_needs, lines_talk, ready_spec, tux_talk, written_in_characters
from synth_cases import Recording, Voice

# ------------------------------------------------------------------ sentences for the synthesized voices (written here)
SENTENCES = {
    "zh": [
        "大家好，今天我想跟大家谈谈我们城里的老图书馆。",
        "这个图书馆是一百多年前建的。",
        "那时候只有两个房间和几千本书。",
        "后来政府又盖了一座新楼。",
        "现在每天都有很多学生来这里看书。",
        "周末的时候，孩子们喜欢在这里听故事。",
        "图书馆后面有一个安静的小花园。",
        "夏天很多老人坐在树下聊天。",
        "明年这里还要开一个新的咖啡馆。",
        "谢谢大家的聆听。",
    ],
    "sv": [
        "Hej och välkomna, i dag ska jag berätta om vår gamla brandstation.",
        "Stationen byggdes av tegel för över hundra år sedan.",
        "På den tiden drogs vagnarna av hästar.",
        "Tornet användes för att torka de långa slangarna.",
        "Senare flyttade brandkåren till ett nytt hus vid motorvägen.",
        "Huset stod tomt i nästan tjugo år.",
        "Nu finns ett litet museum och ett kafé här.",
        "Barnen får klättra upp i den gamla röda bilen.",
        "På lördagar visar en pensionerad brandman runt.",
        "Tack för att ni lyssnade.",
    ],
    "sk": [
        "Dobrý deň, dnes vám porozprávam o našej starej pekárni.",
        "Pekáreň otvoril môj starý otec pred šesťdesiatimi rokmi.",
        "Každé ráno piekol chlieb a rožky pre celú dedinu.",
        "Ľudia stáli v rade už o piatej ráno.",
        "Neskôr prevzal pekáreň môj otec.",
        "Pridal koláče a sladké buchty s makom.",
        "Dnes tu pracuje päť ľudí.",
        "V lete predávame aj zmrzlinu.",
        "Na Vianoce pečieme medovníky pre škôlku.",
        "Ďakujem vám za pozornosť.",
    ],
    "id": [
        "Selamat pagi, hari ini saya akan bercerita tentang pasar ikan di kota kami.",
        "Pasar ini buka setiap hari sebelum matahari terbit.",
        "Para nelayan membawa hasil tangkapan mereka dari laut.",
        "Ada ikan tongkol, udang, cumi, dan kepiting.",
        "Pembeli datang dari desa-desa di sekitar kota.",
        "Suasana pasar selalu ramai dan sedikit berisik.",
        "Tahun lalu atap pasar diperbaiki oleh pemerintah.",
        "Sekarang lantainya juga lebih bersih.",
        "Di sore hari pasar sudah sepi lagi.",
        "Terima kasih atas perhatian Anda.",
    ],
    "hr": [
        "Dobar dan, danas ću vam pričati o starom svjetioniku na našem otoku.",
        "Svjetionik je sagrađen prije gotovo dvjesto godina.",
        "Dugo je u njemu živio svjetioničar sa svojom obitelji.",
        "Svake noći palio je veliku svjetiljku na vrhu kule.",
        "Brodovi su tako sigurno pronalazili put do luke.",
        "Danas svjetlo radi samo od sebe.",
        "Ljeti turisti mogu prespavati u staroj kući.",
        "S vrha se vidi cijeli otok i more oko njega.",
        "Djeca najviše vole brojati stepenice.",
        "Hvala vam na pažnji.",
    ],
    "vi": [
        "Xin chào các bạn, hôm nay tôi sẽ kể về cái chợ nổi ở quê tôi.",
        "Chợ họp trên sông từ sáng sớm.",
        "Người ta bán trái cây và rau trên những chiếc thuyền nhỏ.",
        "Mỗi thuyền treo hàng của mình trên một cây sào cao.",
        "Khách mua hàng cũng đi bằng thuyền.",
        "Buổi sáng có nhiều món ăn nóng như phở và bánh canh.",
        "Trẻ em thích nhất là mua kem dừa.",
        "Đến trưa thì chợ đã vắng người.",
        "Năm ngoái có thêm nhiều khách du lịch đến thăm.",
        "Cảm ơn các bạn đã lắng nghe.",
    ],
}
#: The Chinese dev twin's own sentences (never the aside's).
DEV_SENTENCES = {
    "zh": [
        "各位好，我来介绍一下我们学校的运动会。",
        "运动会每年秋天举行。",
        "学生们参加跑步和跳远比赛。",
        "家长们也会来给孩子加油。",
        "最后大家一起吃午饭。",
        "谢谢大家。",
    ],
}

#: What espeak-ng is given for each Chinese sentence: its pinyin with tone numbers (voice ``cmn-latn-pinyin``).  This
#: machine's espeak-ng (Debian's 1.51) has no Chinese character dictionary: given 谢谢大家 its ``cmn`` voice spells
#: each character's code point in English ("(en)zi:55f'o@55"), and Whisper base hears English ("4-Weare 3-Ware");
#: from pinyin it says Mandarin that Whisper base, told Chinese, writes back as the sentence (a dev sentence:
#: "各位朋友,我來思考一下我們學校的運動會" for 各位好，我来介绍一下我们学校的运动会).  The transcript holds the characters.
PINYIN = {
    "zh": [
        "da4 jia1 hao3, jin1 tian1 wo3 xiang3 gen1 da4 jia1 tan2 tan2 wo3 men cheng2 li3 de lao3 tu2 shu1 guan3.",
        "zhe4 ge4 tu2 shu1 guan3 shi4 yi4 bai3 duo1 nian2 qian2 jian4 de.",
        "na4 shi2 hou4 zhi3 you3 liang3 ge4 fang2 jian1 he2 ji3 qian1 ben3 shu1.",
        "hou4 lai2 zheng4 fu3 you4 gai4 le yi2 zuo4 xin1 lou2.",
        "xian4 zai4 mei3 tian1 dou1 you3 hen3 duo1 xue2 sheng1 lai2 zhe4 li3 kan4 shu1.",
        "zhou1 mo4 de shi2 hou4, hai2 zi men xi3 huan1 zai4 zhe4 li3 ting1 gu4 shi4.",
        "tu2 shu1 guan3 hou4 mian4 you3 yi2 ge4 an1 jing4 de xiao3 hua1 yuan2.",
        "xia4 tian1 hen3 duo1 lao3 ren2 zuo4 zai4 shu4 xia4 liao2 tian1.",
        "ming2 nian2 zhe4 li3 hai2 yao4 kai1 yi2 ge4 xin1 de ka1 fei1 guan3.",
        "xie4 xie4 da4 jia1 de ling2 ting1.",
    ],
}
DEV_PINYIN = {
    "zh": [
        "ge4 wei4 hao3, wo3 lai2 jie4 shao4 yi2 xia4 wo3 men xue2 xiao4 de yun4 dong4 hui4.",
        "yun4 dong4 hui4 mei3 nian2 qiu1 tian1 ju3 xing2.",
        "xue2 sheng1 men can1 jia1 pao3 bu4 he2 tiao4 yuan3 bi3 sai4.",
        "jia1 zhang3 men ye3 hui4 lai2 gei3 hai2 zi jia1 you2.",
        "zui4 hou4 da4 jia1 yi4 qi3 chi1 wu3 fan4.",
        "xie4 xie4 da4 jia1.",
    ],
}


def written(lang: str, which: str) -> list[str]:
    """The sentences of a synthesized talk as the transcript writes them."""
    return SENTENCES[lang] if which == "aside" else DEV_SENTENCES[lang]


def said(lang: str, which: str) -> list[str]:
    """What espeak-ng is given for them: the pinyin for Chinese (:data:`PINYIN`), else the sentences."""
    table = PINYIN if which == "aside" else DEV_PINYIN
    return table.get(lang, written(lang, which))


#: Recordings of a Tux Paint language in a fresh talk's pool: the next ones after the aside and dev pools.
FRESH_POOL = 20


def fresh_pool(source: str, part: int = 0) -> dict[str, str]:
    """The usable recordings of ``source`` no case used: new_voices.pool's seeded order (the same words rule), after
    its aside and dev pools, the ``part``-th run of :data:`FRESH_POOL` (two talks of one reader never share one).
    Russian and Catalan have no more (their 38 usable recordings of two or more words are all in the pools), Greek
    6 and Belarusian 8: too few for a talk."""
    ok = {n: t for n, t in nv.usable(source).items() if len(t.split()) >= nv.MIN_WORDS.get(source, 3)}
    order = sorted(ok)
    random.Random(f"new_voices:{source}").shuffle(order)  # new_voices.pool's order, to the byte
    aside, dev = nv.WORD_POOLS.get(source, (nv.ASIDE_POOL, nv.DEV_POOL))
    bad = nv.NOT_AS_WRITTEN.get(source, frozenset())
    start = aside + dev + part * FRESH_POOL
    return {n: ok[n] for n in order[start:start + FRESH_POOL] if n not in bad}


# ------------------------------------------------------------------ the catalogue
@dataclass
class LangSpec:
    """aside6_cases.Spec's spoilers (``spoil`` reads them by name) for a talk in ``lang``."""

    which: str  #: "dev" (rd17_*) or "aside" (zx_*)
    lang: str
    kind: str  #: "pauses", "tight" or "spoiled" (bench_languages' kinds)
    real: Optional[uc.RealTalk] = None  #: a talk of Tux Paint's recordings of ``lang``
    recordings: list[Recording] = field(default_factory=list)  #: or synthesized voices
    room: tuple[str, float] = ("pink", 32.0)
    seed: int = 0
    crosstalk: Optional[tuple[str, float]] = None
    pa: bool = False
    wind: float = 0.0
    music: Optional[tuple[str, float]] = None
    cheers: int = 0
    agc: bool = False
    part: int = 0  #: which run of a Tux Paint language's fresh recordings (fresh_pool)


def _say(lang: str, voices: list[Voice], seed: int, which: str = "aside", **kw) -> Recording:
    return lines_talk(said(lang, which), voices, seed, **kw)


def catalogue() -> dict[str, LangSpec]:
    d, a = "dev", "aside"
    R = uc.RealTalk
    q = a4.QUIET_DB
    E = "espeak"
    dev_track, (track1, track2) = a6.TRACKS["dev"][0], a6.TRACKS["aside"]
    return {
        # ---- development twins (Tux Paint's Romanian dev pool; Chinese dev sentences)
        "rd17_ro_tux_wind_agc": LangSpec(d, "ro", "spoiled", R(20801, 10, snr_db=q, gap=(0.3, 1.2)),
                                         room=("pink", 30), seed=20811, wind=6, agc=True),
        "rd17_zh_espeak_pa_music": LangSpec(d, "zh", "spoiled", recordings=[
            _say("zh", [Voice(E, "cmn-latn-pinyin", 1.0), Voice(E, "cmn-latn-pinyin+f3", 1.05)], 20802, d,
                 pause=(0.3, 1.2), turn=2)],
            room=("pink", 30), seed=20812, pa=True, music=(dev_track, 15)),
        # ---- aside: only the lead runs an aligner on these, once, at the end (bench_languages --set aside6)
        "zx_fr_tux_fresh_wind": LangSpec(a, "fr", "spoiled", R(20101, 12, snr_db=q, gap=(0.3, 1.3)),
                                         room=("pink", 32), seed=20201, wind=8),
        "zx_es_tux_fresh_pa": LangSpec(a, "es", "spoiled", R(20102, 12, snr_db=q, gap=(0.3, 1.3)),
                                       room=("murmur", 32), seed=20202, pa=True),
        "zx_fr_tux_fresh2_agc_cheers": LangSpec(a, "fr", "spoiled", R(20103, 12, snr_db=q, gap=(0.4, 1.4)),
                                                room=("fan", 28), seed=20203, agc=True, cheers=2, part=1),
        "zx_es_tux_fresh2_music": LangSpec(a, "es", "spoiled", R(20105, 12, snr_db=q, gap=(0.3, 1.3)),
                                           room=("pink", 34), seed=20205, music=(track1, 14), part=1),
        "zx_ro_tux_fresh_slow_crosstalk": LangSpec(a, "ro", "spoiled", R(20106, 10, tempo=0.85, snr_db=q,
                                                                        gap=(0.3, 1.3)),
                                                   room=("pink", 32), seed=20206, crosstalk=("en-us+Max", 14)),
        "zx_zh_espeak_music": LangSpec(a, "zh", "spoiled", recordings=[
            _say("zh", [Voice(E, "cmn-latn-pinyin+m2", 1.0), Voice(E, "cmn-latn-pinyin+Annie", 1.05)], 20108,
                 pause=(0.3, 1.3), turn=2)],
            room=("pink", 32), seed=20208, music=(track2, 15)),
        "zx_sv_espeak_wind": LangSpec(a, "sv", "spoiled", recordings=[
            _say("sv", [Voice(E, "sv+Storm", 1.0), Voice(E, "sv+anika", 1.1)], 20109, pause=(0.3, 1.2), turn=3)],
            room=("pink", 32), seed=20209, wind=8),
        "zx_sk_espeak_agc_fast": LangSpec(a, "sk", "tight", recordings=[
            _say("sk", [Voice(E, "sk+Max", 1.35), Voice(E, "sk+female3", 1.3)], 20110, pause=(0.05, 0.4), turn=2)],
            room=("fan", 28), seed=20210, agc=True),
        "zx_id_espeak_crosstalk_pa": LangSpec(a, "id", "spoiled", recordings=[
            _say("id", [Voice(E, "id+Mike", 1.0), Voice(E, "id+Belinda", 1.05)], 20111, pause=(0.3, 1.2), turn=3)],
            room=("pink", 32), seed=20211, pa=True, crosstalk=("en-gb+Quincy", 14)),
        "zx_hr_espeak_slow_music": LangSpec(a, "hr", "pauses", recordings=[
            _say("hr", [Voice(E, "hr+Henrique", 0.8), Voice(E, "hr+female4", 0.85)], 20112, pause=(0.4, 1.4),
                 turn=2)], room=("pink", 34), seed=20212, music=(track2, 16)),
        "zx_vi_espeak_cheers": LangSpec(a, "vi", "spoiled", recordings=[
            _say("vi", [Voice(E, "vi+Pablo", 1.0), Voice(E, "vi+female2", 1.05)], 20113, pause=(0.3, 1.3), turn=3)],
            room=("murmur", 32), seed=20213, cheers=2),
    }


DEV_NAMES = ["rd17_ro_tux_wind_agc", "rd17_zh_espeak_pa_music"]
ASIDE_NAMES = ["zx_fr_tux_fresh_wind", "zx_es_tux_fresh_pa", "zx_fr_tux_fresh2_agc_cheers", "zx_es_tux_fresh2_music",
               "zx_ro_tux_fresh_slow_crosstalk", "zx_zh_espeak_music", "zx_sv_espeak_wind", "zx_sk_espeak_agc_fast",
               "zx_id_espeak_crosstalk_pa", "zx_hr_espeak_slow_music", "zx_vi_espeak_cheers"]
LANGS = "fr,es,ro,zh,sv,sk,id,hr,vi"  #: bench_languages' default languages for aside6
DEV_LANGS = "ro,zh"  #: ... and for dev17


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else ASIDE_NAMES)


def missing_packages(name: str) -> Optional[str]:
    spec = catalogue()[name]
    return language_needs(spec, (bool(spec.music or spec.cheers) and not a6.sounds_available(), a6.SOUNDS_SETUP))


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments)."""
    spec = ready_spec(catalogue, missing_packages, name)
    if spec.real is not None:
        source = f"tux:{spec.lang}"
        pool = fresh_pool(source, spec.part) if spec.which == "aside" else nv.pool(source, "dev")
        made = tux_talk(spec, pool, nv.reader(source))
    else:
        made = sc.make_recording(spec.recordings[0])
        if spec.lang in PINYIN:
            made = written_in_characters(made, written(spec.lang, spec.which))
    floor = a4.recorded_floor(made) if spec.real is not None else 0.0  # before the sounds are laid
    made, _ = a6.spoil(made, spec, floor)
    return uc.Built(made, notes=list(made.notes))


def fresh_recordings(source: str) -> dict[str, str]:
    """Every fresh recording a talk of ``source`` can draw (both runs of :func:`fresh_pool`)."""
    return {**fresh_pool(source, 0), **fresh_pool(source, 1)}


def main() -> None:
    import argparse
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-texts", nargs="+", metavar="LANG", help="Whisper base's words for each fresh Tux Paint "
                    "recording of LANG beside its text (new_voices.check_texts; source files only, never a case)")
    a = ap.parse_args()
    if a.check_texts:
        for share, source, name, text, heard in nv.check_texts([f"tux:{lang}" for lang in a.check_texts],
                                                               listing_of=fresh_recordings):
            print(f"{share:.2f} {source} {name}: {text} || {heard}", flush=True)


if __name__ == "__main__":
    main()
