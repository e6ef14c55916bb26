"""Japanese and Chinese talks under a bed of noise, and clean (``rd36_*``; issue 9, sixteenth round, j71).

The tenth aside set's Japanese talk under rain (``mx_ja_espeak_rain``) reached 36 % of its boundaries within 100 ms
where stable-ts reached 79 %: the phone pass placed none of its lines.  These are the dev truth for that: espeak-ng
Japanese and Mandarin, sentence by sentence (segment truth exact on the dry speech), with sentences written here
(never an aside's), in espeak-ng variants no language talk used:

* Japanese **kanji-heavy** lines (a talk about a library: 蔵書, 古文書, 閲覧室) and **kana-only** lines (hiragana and
  katakana, no kanji; a dog called ポチ), said from kana (espeak-ng ``ja`` reads no kanji; は and へ written わ and え
  where said so, as aside8_languages.KANA), the transcript as a Japanese writer writes them;
* Mandarin in **simplified** and in **traditional** characters, said from pinyin with tone numbers (espeak-ng
  ``cmn-latn-pinyin``: this machine's espeak-ng has no character dictionary, aside6_languages.PINYIN says why);
* beds: rain on a roof (aside10_cases.add_rain), a fan (the room's noise), a cafe's talk (aside8_cases' cafe), or
  nothing (a quiet room).

Two talks (:data:`LATER_NAMES`, ``bench_languages.py --set dev36later``) were kept out until the phone pass's rule for
these scripts was final, then run once.

    .venv/bin/python benchmarks/bench_languages.py --set dev36 --tools ours
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Optional

import aside10_cases as a10
import aside10_languages as a10l
import synth_cases as sc
import unseen_cases as uc
from aside_common import language_needs, lines_talk, ready_spec
from synth_cases import Made, Voice

# ------------------------------------------------------------------ the lines (written here), and what espeak-ng is given
#: Japanese, kanji-heavy: (as written, as said in kana).
JA_KANJI = [
    ("皆様、本日は図書館の歴史についてお話しします。", "みなさま、ほんじつわ としょかんの れきしに ついて おはなし します。"),
    ("図書館は百年前に駅前に建てられました。", "としょかんわ ひゃくねん まえに えきまえに たてられました。"),
    ("最初の建物は木造で、本は三千冊しかありませんでした。",
     "さいしょの たてものわ もくぞうで、ほんわ さんぜんさつ しか ありませんでした。"),
    ("戦後、市民の寄付で新館が完成しました。", "せんご、しみんの きふで しんかんが かんせい しました。"),
    ("現在の蔵書は約四十万冊です。", "げんざいの ぞうしょわ やく よんじゅうまんさつ です。"),
    ("毎週水曜日には子供向けの読み聞かせ会を開催しています。",
     "まいしゅう すいようびにわ こどもむけの よみきかせかいを かいさい して います。"),
    ("地下の書庫には江戸時代の古文書も保管されています。", "ちかの しょこにわ えどじだいの こもんじょも ほかん されて います。"),
    ("昨年、閲覧室の照明と空調を全面的に改修しました。",
     "さくねん、えつらんしつの しょうめいと くうちょうを ぜんめんてきに かいしゅう しました。"),
    ("利用者数は改修前より大幅に増加しました。", "りようしゃすうわ かいしゅうまえより おおはばに ぞうか しました。"),
    ("来月から電子書籍の貸出も始まります。", "らいげつから でんし しょせきの かしだしも はじまります。"),
    ("皆様のご意見をお待ちしております。", "みなさまの ごいけんを おまち して おります。"),
    ("御清聴ありがとうございました。", "ごせいちょう ありがとう ございました。"),
]
#: Japanese in kana only (no kanji), as written and as said.
JA_KANA = [
    ("こんにちは、きょうはわたしのいぬのはなしをします。", "こんにちわ、きょうわ わたしの いぬの はなしを します。"),
    ("いぬのなまえはポチです。", "いぬの なまえわ ポチ です。"),
    ("ポチはまいあさろくじにわたしをおこします。", "ポチわ まいあさ ろくじに わたしを おこします。"),
    ("それから、いっしょにかわのそばをさんぽします。", "それから、いっしょに かわの そばを さんぽ します。"),
    ("ポチはボールであそぶのがだいすきです。", "ポチわ ボールで あそぶのが だいすき です。"),
    ("あめのひは、いえのなかでずっとねています。", "あめの ひわ、いえの なかで ずっと ねて います。"),
    ("ときどき、となりのねこをおいかけます。", "ときどき、となりの ねこを おいかけます。"),
    ("でも、ねこのほうがずっとはやいです。", "でも、ねこの ほうが ずっと はやい です。"),
    ("ポチはもうじゅうにさいになりました。", "ポチわ もう じゅうにさいに なりました。"),
    ("みなさんも、どうぶつをたいせつにしてください。", "みなさんも、どうぶつを たいせつに して ください。"),
]
#: Mandarin in simplified characters, as written and as said (pinyin, tone numbers; the neutral tone unnumbered).
ZH_SIMPLIFIED = [
    ("大家好，今天我想谈谈我们小区的菜市场。", "da4 jia1 hao3, jin1 tian1 wo3 xiang3 tan2 tan2 wo3 men xiao3 qu1 de cai4 shi4 chang3."),
    ("这个市场已经有三十多年了。", "zhe4 ge4 shi4 chang3 yi3 jing1 you3 san1 shi2 duo1 nian2 le."),
    ("每天早上六点，摊主们就开始摆摊。", "mei3 tian1 zao3 shang4 liu4 dian3, tan1 zhu3 men jiu4 kai1 shi3 bai3 tan1."),
    ("这里的蔬菜又新鲜又便宜。", "zhe4 li3 de shu1 cai4 you4 xin1 xian1 you4 pian2 yi."),
    ("很多老人喜欢在这里买鱼和豆腐。", "hen3 duo1 lao3 ren2 xi3 huan1 zai4 zhe4 li3 mai3 yu2 he2 dou4 fu."),
    ("去年市场的屋顶换成了新的。", "qu4 nian2 shi4 chang3 de wu1 ding3 huan4 cheng2 le xin1 de."),
    ("现在下雨天也可以放心地逛市场。", "xian4 zai4 xia4 yu3 tian1 ye3 ke3 yi3 fang4 xin1 de guang4 shi4 chang3."),
    ("有的摊位还可以用手机付钱。", "you3 de tan1 wei4 hai2 ke3 yi3 yong4 shou3 ji1 fu4 qian2."),
    ("周末的时候，年轻人也常常来这里。", "zhou1 mo4 de shi2 hou, nian2 qing1 ren2 ye3 chang2 chang2 lai2 zhe4 li3."),
    ("希望这个市场能一直开下去。", "xi1 wang4 zhe4 ge4 shi4 chang3 neng2 yi4 zhi2 kai1 xia4 qu4."),
    ("谢谢大家。", "xie4 xie4 da4 jia1."),
]
#: Mandarin in traditional characters, as written and as said.
ZH_TRADITIONAL = [
    ("各位朋友，晚上好。", "ge4 wei4 peng2 you3, wan3 shang4 hao3."),
    ("今天我來介紹我們學校的圖書館。", "jin1 tian1 wo3 lai2 jie4 shao4 wo3 men xue2 xiao4 de tu2 shu1 guan3."),
    ("圖書館在學校的東邊，一共有三層。", "tu2 shu1 guan3 zai4 xue2 xiao4 de dong1 bian1, yi2 gong4 you3 san1 ceng2."),
    ("一樓是報紙和雜誌。", "yi1 lou2 shi4 bao4 zhi3 he2 za2 zhi4."),
    ("二樓有很多歷史和地理的書。", "er4 lou2 you3 hen3 duo1 li4 shi3 he2 di4 li3 de shu1."),
    ("三樓是安靜的自習室。", "san1 lou2 shi4 an1 jing4 de zi4 xi2 shi4."),
    ("考試前，這裡每天都坐滿了學生。", "kao3 shi4 qian2, zhe4 li3 mei3 tian1 dou1 zuo4 man3 le xue2 sheng1."),
    ("明年學校要買一批新的電腦。", "ming2 nian2 xue2 xiao4 yao4 mai3 yi4 pi1 xin1 de dian4 nao3."),
    ("歡迎大家有空來看看。", "huan1 ying2 da4 jia1 you3 kong4 lai2 kan4 kan."),
    ("謝謝各位。", "xie4 xie4 ge4 wei4."),
]
LINES = {"ja_kanji": JA_KANJI, "ja_kana": JA_KANA, "zh_simplified": ZH_SIMPLIFIED, "zh_traditional": ZH_TRADITIONAL}


@dataclass
class LangSpec(a10l.LangSpec):
    """aside10_languages' talk (its spoilers by name), said from ``lines``' second column, written as the first."""

    lines: str = ""


def _spec(lang: str, lines: str, voices: list[tuple[str, float]], seed: int, room: tuple[str, float],
          which: str = "dev", **spoilers) -> LangSpec:
    said = [s for _, s in LINES[lines]]
    recording = lines_talk(said, [Voice("espeak", v, speed) for v, speed in voices], seed, pause=(0.4, 1.4), turn=3)
    return LangSpec(which, lang, "spoiled", recordings=[recording], room=room, seed=seed + 10, lines=lines,
                    **spoilers)


def catalogue() -> dict[str, LangSpec]:
    P = "cmn-latn-pinyin"
    return {
        "rd36_ja_espeak_kanji_rain": _spec("ja", "ja_kanji", [("ja+m3", 1.0), ("ja+f4", 1.05)], 37001,
                                           ("pink", 32), rain_db=12),
        "rd36_ja_espeak_kana_fan": _spec("ja", "ja_kana", [("ja+Andy", 1.0), ("ja+f5", 1.05)], 37002, ("fan", 16)),
        "rd36_ja_espeak_kanji_clean": _spec("ja", "ja_kanji", [("ja+m7", 1.0), ("ja+f1", 0.95)], 37003,
                                            ("pink", 45)),
        "rd36_zh_espeak_rain": _spec("zh", "zh_simplified", [(P + "+m4", 1.0), (P + "+f2", 1.05)], 37004,
                                     ("pink", 32), rain_db=12),
        "rd36_zh_espeak_cafe": _spec("zh", "zh_simplified", [(P + "+m6", 1.0), (P + "+f4", 1.05)], 37005,
                                     ("pink", 32), cafe=12),
        "rd36_zh_espeak_traditional_clean": _spec("zh", "zh_traditional", [(P + "+Andy", 1.0), (P + "+f1", 0.95)],
                                                  37006, ("pink", 45)),
        # ---- kept out until the rule was final (bench_languages --set dev36later)
        "rd36_ja_espeak_kana_rain": _spec("ja", "ja_kana", [("ja+Mario", 1.1), ("ja+f3", 1.1)], 37007,
                                          ("pink", 32), which="later", rain_db=10),
        "rd36_zh_espeak_traditional_fan": _spec("zh", "zh_traditional", [(P + "+m8", 1.1), (P + "+f5", 1.1)], 37008,
                                                ("fan", 16), which="later"),
    }


DEV_NAMES = ["rd36_ja_espeak_kanji_rain", "rd36_ja_espeak_kana_fan", "rd36_ja_espeak_kanji_clean",
             "rd36_zh_espeak_rain", "rd36_zh_espeak_cafe", "rd36_zh_espeak_traditional_clean"]
LATER_NAMES = ["rd36_ja_espeak_kana_rain", "rd36_zh_espeak_traditional_fan"]


def names(which: str) -> list[str]:
    return list(DEV_NAMES if which == "dev" else LATER_NAMES)


def missing_packages(name: str) -> Optional[str]:
    return language_needs(catalogue()[name], (shutil.which("sox") is None, "apt-get install sox"))


def make(name: str) -> uc.Built:
    """The case's audio and truth (segments): said from kana or pinyin, written as :data:`LINES` write them."""
    spec = ready_spec(catalogue, missing_packages, name)
    made = sc.make_recording(spec.recordings[0])
    written = [w for w, _ in LINES[spec.lines]]
    made = Made(made.samples, [dict(seg, text=text) for seg, text in zip(made.segments, written)],
                made.notes + [f"said from {'kana' if spec.lang == 'ja' else 'pinyin with tone numbers'}; the "
                              f"transcript written as {spec.lines.replace('_', ' ')} text"], made.words)
    made = a10.spoil(made, spec, 0.0)
    return uc.Built(made, notes=list(made.notes))
