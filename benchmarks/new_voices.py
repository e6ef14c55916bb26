"""Real speakers no case heard before: Tux Paint's spoken stamp descriptions and KTuberling's spoken words.

Every real voice the earlier sets used comes from asterisk's telephone prompts (Allison Smith in English and
Spanish, June in French, Carlo in Italian, the Russian speaker, Armelle).  Two Debian packages of children's
programs ship recordings of people saying short texts that come with them, some in languages no case had:

* **Tux Paint's stamps** (``tuxpaint-stamps-default``, GPL-2, Bill Kendrick and contributors): beside a stamp
  ``NAME.png`` lies ``NAME.txt`` (its description in English on the first line, then ``LANG.utf8=...`` lines)
  and ``NAME_desc_LANG.ogg``, a volunteer reading that description ("Une grenouille.", "O broască.",
  "Un pavo real albino hembra.").  Recorded by different people per language, in ordinary rooms, with a little
  room noise before and after the voice on most files.  The English ``NAME_desc.ogg`` files are cut at the
  voice (56 of 66 begin or end within 50 ms of the file's edge): not used.
* **KTuberling's words** (``ktuberling-data``, GPL-2+, KDE): ``sounds/en/NAME.ogg`` is a person saying the
  name of a stamp ("umbrella", "palm tree", "falling star"), 72 files, one speaker, room noise 25-40 dB under
  the voice and 50-300 ms of it around the word on 50 files.

A file is used only where its voice has room on both sides (:data:`ROOM`): the truth is the voice span
(unseen_cases.voice_span: 15 dB over the file's floor where it is not gated), and a file cut at the voice would
make the file's cut the truth (why asterisk's Colombian Spanish and Menardi's Italian were dropped).  The words
each recording says were checked with Whisper ``base`` (``--check-texts``; words only, on the source files, never
on a case) and read by a person where Whisper's words differ: :data:`NOT_AS_WRITTEN` are left out.

Nothing is installed: the packages are unpacked (they pull in the programs otherwise)::

    apt-get download tuxpaint-stamps-default ktuberling-data
    dpkg -x tuxpaint-stamps-default_*.deb benchmarks/out/debs/tuxpaint-stamps-default
    dpkg -x ktuberling-data_*.deb benchmarks/out/debs/ktuberling-data
    .venv/bin/python benchmarks/new_voices.py --check-texts fr es ro el be ca ru en   # Whisper base vs the text
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Optional

import numpy as np

RATE = 16000
DEBS = Path(__file__).resolve().parent / "out" / "debs"
TUX = DEBS / "tuxpaint-stamps-default" / "usr" / "share" / "tuxpaint" / "stamps"
KTUBERLING = DEBS / "ktuberling-data" / "usr" / "share" / "ktuberling" / "sounds"
TUX_SETUP = ("apt-get download tuxpaint-stamps-default && dpkg -x tuxpaint-stamps-default_*.deb "
             "benchmarks/out/debs/tuxpaint-stamps-default")
KTUBERLING_SETUP = ("apt-get download ktuberling-data && dpkg -x ktuberling-data_*.deb "
                    "benchmarks/out/debs/ktuberling-data")
#: Seconds of the file's own floor a voice span must have before and after it (else the file is cut at the voice).
ROOM = 0.05
#: Tux Paint descriptions written with things a reader does not say as written, or with no sentence in them.
UNSAID = re.compile(r"[()\[\]/0-9\"“”«»:;]|\.\.|…|\s-\s|\s—\s")

#: KTuberling's English words as said (the file name joins them, "palmtree"); read from Whisper base's words
#: and the names.
KT_WORDS = {"egypt_palmtree": "palm tree", "moon_fallingstar": "falling star", "pizzeria_broccolli": "broccoli",
            "egypt_sphynx": "sphinx", "moon_ufo": "UFO", "moon_moonwalker": "moon walker"}

#: Recordings whose words are not the written text (``--check-texts``, every row under 0.9 read by a person):
#: another word said, words left out, or a text Whisper hears as something else and a reader cannot confirm.
#: Whisper base hears these readers poorly (Romanian "craciun", Russian "Сетравой фото аппарат" for "Цифровой
#: фотоаппарат"): a near-sound mishearing is kept, only these are left out.
NOT_AS_WRITTEN: dict[str, frozenset] = {
    # "court" / "cut", "oi" / "I", "3", "Cyclades": a single word Whisper hears as another, twice over
    "kt:en": frozenset({"egypt_cart", "eye", "tv_tree", "tv_cyclist"}),
    "tux:es": frozenset({
        "food/dessert/cartoon/birthday_cake",  # "Una tarta", written "torta"
        "vehicles/iso_lorry4",  # "Un enorme camión", written "pequeño"
        "food/nuts/walnut_shelled",  # "Una Nuestre Cáscara": "con" not heard
        "seasonal/christmas/rudolf_reindeer",  # says "un molinillo de pimienta" (another stamp's text)
    }),
    "tux:fr": frozenset({
        "town/flags/checkeredflag",  # "On s'appuie, donnez." for "Un drapeau à damiers."
        "food/vegetables/pumpkin_small",  # "Une très petite rouille": "citrouille" not heard
    }),
    "tux:el": frozenset({
        "space/planets/2_venus", "space/planets/6_saturn",  # only the planet's name heard, not the sentence after it
        "military/ammunition/old_naval_shell",  # "Βλήμα εκατό χρόνων" heard: other words
        "animals/fish/bluegroper",  # "Βλέψα, Άρη!"
        "food/fruit/apple_granny_smith",  # "Granny Smith" said, written "Η γιαγιά Σμιθ"
        "animals/mammals/rhino_black",  # "Αρσενικός" not heard
        "symbols/music/note_025_a",  # "ενός" not heard
    }),
    "tux:ca": frozenset({"space/planets/5_jupiter"}),  # "del sistema solar" not heard
    # "i nøjsepil" alone, "Inisope" in its group: "racerbil" not heard either time (aside5_languages, qx_da_tux)
    "tux:da": frozenset({"vehicles/race/indycar"}),
    "tux:be": frozenset({
        "household/recyclingbox2",  # only "Скрыня для смецця" heard
        "seasonal/clover",  # only "Чатырохлістная канюшына" heard
        "seasonal/easter/wrapped_chocolate_easter_egg_2",  # the written "Мммм" not heard
        # only the first words heard of a longer text (the reader may have stopped there):
        "household/electronics/laser_printer", "household/electronics/inkjet_printer", "seasonal/shamrock",
        "household/toilet", "household/electronics/compact_disc", "clothes/hats/mortarboard", "symbols/chess/b_1_king",
        "vehicles/construction/dumper", "seasonal/hanukkah/dreydl-gimmel", "household/electronics/laptop",
        "household/electronics/camera",
    }),
}


def decode_file(path: Path) -> np.ndarray:
    """A sound file (Ogg Vorbis, Opus, WAV) as 16 kHz mono float32, through PyAV."""
    import av

    out = []
    with av.open(str(path)) as c:
        r = av.AudioResampler(format="flt", layout="mono", rate=RATE)
        for frame in c.decode(c.streams.audio[0]):
            out += [f.to_ndarray().reshape(-1) for f in r.resample(frame)]
        out += [f.to_ndarray().reshape(-1) for f in r.resample(None)]
    return np.concatenate(out).astype(np.float32) if out else np.zeros(0, np.float32)


def tux_text(txt: Path, lang: str) -> Optional[str]:
    """The description of a stamp in ``lang`` from its .txt (English: the first line; else ``LANG.utf8=``)."""
    try:
        lines = txt.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    if lang == "en":
        return lines[0].strip() if lines else None
    for line in lines:
        if line.startswith(f"{lang}.utf8="):
            return re.sub(r"\s+", " ", line.split("=", 1)[1]).strip() or None
    return None


def as_sentence(text: str) -> str:
    """Capital first, a full stop last (a description is written both ways)."""
    t = text.strip()
    if t and t[-1] not in ".!?":
        t += "."
    return t[:1].upper() + t[1:]


def tux_listing(lang: str) -> dict[str, str]:
    """Stamp name (its path under stamps/, no suffix) -> description said in ``lang``, one take per text.

    Left out: descriptions with brackets, digits, quotes or a dash between words (:data:`UNSAID`), the sign
    language alphabet's stamps (a letter said by its name, written as a Latin letter: "Το γράμμα d."; the Romanian
    reader adds "mare", capital, to each), and a text said in two files (the same recording under two stamp
    names) after its first name.
    """
    if not TUX.is_dir():
        return {}
    out, seen = {}, set()
    for ogg in sorted(TUX.rglob(f"*_desc_{lang}.ogg")):
        stem = str(ogg.relative_to(TUX))[: -len(f"_desc_{lang}.ogg")]
        if "/alphabets/" in f"/{stem}":
            continue
        text = tux_text(TUX / f"{stem}.txt", lang)
        if not text or UNSAID.search(text) or not 1 <= len(text.split()) <= 14:
            continue
        text = as_sentence(text)
        if text.lower() in seen:
            continue
        seen.add(text.lower())
        out[stem] = text
    return out


def tux_path(lang: str, name: str) -> Path:
    return TUX / f"{name}_desc_{lang}.ogg"


def kt_listing() -> dict[str, str]:
    """KTuberling's English files -> the word(s) said (as a line: capital first, full stop last)."""
    if not (KTUBERLING / "en").is_dir():
        return {}
    out = {}
    for ogg in sorted((KTUBERLING / "en").glob("*.ogg")):
        name = ogg.stem
        word = KT_WORDS.get(name, name.split("_", 1)[-1])
        out[name] = as_sentence(word)
    return out


def kt_path(name: str) -> Path:
    return KTUBERLING / "en" / f"{name}.ogg"


@functools.lru_cache(maxsize=None)
def read(source: str, name: str) -> np.ndarray:
    """The recording ``name`` of a source ("tux:LANG" or "kt:en") at 16 kHz."""
    kind, lang = source.split(":")
    return decode_file(tux_path(lang, name) if kind == "tux" else kt_path(name))


def span_with_room(x: np.ndarray) -> Optional[tuple[int, int]]:
    """The voice span (unseen_cases.voice_span) when it has :data:`ROOM` of the file's floor on both sides, else None."""
    import unseen_cases as uc

    span = uc.voice_span(x)
    room = int(ROOM * RATE)
    if span is None or span[0] < room or len(x) - span[1] < room:
        return None
    return span


@functools.lru_cache(maxsize=None)
def usable(source: str) -> dict[str, str]:
    """Name -> text of the recordings of a source whose voice has room on both sides and says the text."""
    kind, lang = source.split(":")
    listing = tux_listing(lang) if kind == "tux" else kt_listing()
    return {n: t for n, t in listing.items() if span_with_room(read(source, n)) is not None}


#: Fewest words of a recording in a pool: whole descriptions, not a bare noun, where a language has enough of them.
MIN_WORDS = {"kt:en": 1, "tux:ru": 2, "tux:da": 2}
#: Recordings in a source's aside pool (vx_*) and its dev pool (rd9_*), drawn in a seeded order from the usable ones.
ASIDE_POOL, DEV_POOL = 26, 12
#: KTuberling has 50 usable words in all: a vocabulary list needs most of them.
WORD_POOLS = {"kt:en": (40, 10)}


def pool(source: str, which: str) -> dict[str, str]:
    """The recordings a talk of ``which`` ("aside": vx_*, "dev": rd9_*) draws from: the usable recordings of at
    least :data:`MIN_WORDS` words in a seeded order, the first :data:`ASIDE_POOL` aside and the next
    :data:`DEV_POOL` dev (never both), less :data:`NOT_AS_WRITTEN`."""
    import random

    ok = {n: t for n, t in usable(source).items() if len(t.split()) >= MIN_WORDS.get(source, 3)}
    order = sorted(ok)
    random.Random(f"new_voices:{source}").shuffle(order)
    aside, dev = WORD_POOLS.get(source, (ASIDE_POOL, DEV_POOL))
    names = order[:aside] if which == "aside" else order[aside:aside + dev]
    bad = NOT_AS_WRITTEN.get(source, frozenset())
    return {n: ok[n] for n in names if n not in bad}


#: RMS over its voice span every recording is brought to: the readers recorded at very different levels (some
#: Spanish and Russian files peak at full scale, the Greek ones 20 dB under it); a talk laid from them with
#: applause over it must not clip.  A gain does not move a voice span (measured against the file's own peak).
LEVEL = 0.05


def reader(source: str):
    """A reader for unseen_cases.place_prompts, each recording at :data:`LEVEL` (there is one take per recording:
    ``wideband`` is ignored)."""
    def read_prompt(name: str, wideband: bool) -> np.ndarray:
        import unseen_cases as uc

        x = read(source, name)
        span = uc.voice_span(x)
        voice = x[span[0]:span[1]] if span else x
        return (x * (LEVEL / max(float(np.sqrt(np.mean(voice.astype(np.float64) ** 2))), 1e-6))).astype(np.float32)

    return read_prompt


def available(source: str) -> bool:
    kind, _ = source.split(":")
    return (TUX if kind == "tux" else KTUBERLING).is_dir()


def setup(source: str) -> str:
    return TUX_SETUP if source.startswith("tux") else KTUBERLING_SETUP


# ------------------------------------------------------------------ the check of the source material
def plain_words(text: str, lang: str) -> list[str]:
    """aligner.text.normalize's words without accents: Whisper base writes Romanian "craciun" for "Crăciun"."""
    import unicodedata

    from aligner.text import normalize

    out = []
    for w in normalize(text, lang):
        w = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
        out.append(w)
    return out


def shares_in_group(texts: list[str], heard: str, lang: str) -> list[float]:
    """For recordings said one after another, the share of each one's words that Whisper heard, in order.

    The texts' words are matched with the words heard for the whole group (difflib, in order); a recording's
    share is its matched words over its words.
    """
    import difflib

    listed, owner = [], []
    for k, t in enumerate(texts):
        ws = plain_words(t, lang)
        listed += ws
        owner += [k] * len(ws)
    match = difflib.SequenceMatcher(None, listed, plain_words(heard, lang), autojunk=False)
    got = [0] * len(texts)
    for m in match.get_matching_blocks():
        for i in range(m.a, m.a + m.size):
            got[owner[i]] += 1
    return [got[k] / max(1, owner.count(k)) for k in range(len(texts))]


def check_texts(sources: list[str], most: int = 0, group_seconds: float = 24.0, alone_under: float = 0.6,
                skip: frozenset = frozenset(), listing_of=None, read_of=None):
    """Whisper base's words for every recording of a source's pools beside its text: (share, source, name, text,
    heard), NOT_AS_WRITTEN's too (they are in the pools before it takes them out).  ``listing_of(source)`` gives
    other recordings (name -> text) to check instead of the pools (aside6_languages' fresh recordings), and
    ``read_of(source, name)`` reads them where they are not Tux Paint's or KTuberling's (aside7_languages' actors).

    Whisper reads 30 s at a time, so recordings are heard in groups of up to ``group_seconds``, 1.2 s of silence
    apart, and matched in order (:func:`shares_in_group`); a recording under 0.9 in its group is heard again alone
    (its row then gives what was heard alone) when it is under ``alone_under`` there.
    """
    from faster_whisper import WhisperModel

    from aligner.align.models import multilingual_model

    model = WhisperModel(multilingual_model().path, device="cpu", compute_type="int8", cpu_threads=2)
    gap = np.zeros(int(1.2 * RATE), np.float32)

    def hear(x: np.ndarray, lang: str) -> str:
        segs, _ = model.transcribe(np.concatenate([gap, x, gap]), language=lang, beam_size=1,
                                   condition_on_previous_text=False)
        return " ".join(s.text.strip() for s in segs)

    read_one = read_of or read
    for source in sources:
        lang = source.split(":")[1]
        listing = listing_of(source) if listing_of else {**pool(source, "aside"), **pool(source, "dev")}
        names = [n for n in list(listing)[:most or None] if f"{source} {n}" not in skip]
        groups, group, length = [], [], 0.0
        for n in names:
            d = len(read_one(source, n)) / RATE + 1.2
            if group and length + d > group_seconds:
                groups.append(group)
                group, length = [], 0.0
            group.append(n)
            length += d
        if group:
            groups.append(group)
        for group in groups:
            heard = hear(np.concatenate([np.concatenate([read_one(source, n), gap]) for n in group]), lang)
            for n, share in zip(group, shares_in_group([listing[n] for n in group], heard, lang)):
                alone = ""
                if share < alone_under:
                    alone = hear(read_one(source, n), lang)
                    share = max(share, shares_in_group([listing[n]], alone, lang)[0])
                yield share, source, n, listing[n], alone or "(with its group) " + heard


def main() -> None:
    import argparse
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-texts", nargs="+", metavar="LANG", help="Whisper base's words for each usable recording "
                    "(Tux Paint's LANG; 'en' = KTuberling's English words)")
    ap.add_argument("--most", type=int, default=0, help="at most this many recordings a language")
    ap.add_argument("--skip-logged", metavar="LOG", help="leave out the recordings an earlier --check-texts printed")
    ap.add_argument("--count", nargs="+", metavar="LANG", help="how many recordings of each language are usable")
    a = ap.parse_args()
    for lang in a.count or []:
        source = "kt:en" if lang == "en" else f"tux:{lang}"
        listing = tux_listing(lang) if lang != "en" else kt_listing()
        print(f"{source}: {len(listing)} texts, {len(usable(source))} with room around the voice", flush=True)
    if a.check_texts:
        sources = ["kt:en" if lang == "en" else f"tux:{lang}" for lang in a.check_texts]
        skip = frozenset()
        if a.skip_logged:
            skip = frozenset(" ".join(line.split()[1:3]).rstrip(":") for line in Path(a.skip_logged).read_text(
                encoding="utf-8").splitlines() if line.strip())
        for share, source, name, text, heard in check_texts(sources, a.most, skip=skip):
            print(f"{share:.2f} {source} {name}: {text} || {heard}", flush=True)


if __name__ == "__main__":
    main()
