"""What the aside sets' generators share (unseen_cases.py, aside3..22_cases.py, aside3..22_languages.py), once.

Each set's module had grown its own copy of the same small makers -- a recording of generated sentences, a
recording of lines written out in the module, the dev twins' share of such lines, a Mandarin talk said from pinyin
and written in characters -- and, later, of the steps around them (a language talk's start, an English case's
end).  They live here so that a fix reaches every set.  **Nothing here may change a built case** (the case folder is
shared by everyone who benchmarks): ``rebuild_check.py --sets`` with every set that calls the changed helper makes
its aside and dev-twin cases again in a temporary folder and compares them byte for byte with the stored ones (a
case not built there: made by the tree before the change and after it, and compared)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Optional

import numpy as np

from synth_cases import RATE, Made, Recording, Voice, _rms


def ready_spec(catalogue, missing_packages, name: str):
    """``catalogue()[name]``, once ``missing_packages(name)`` finds nothing missing (else SystemExit naming it): how
    every set's ``make`` begins."""
    spec = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    return spec


def catalogue_seeds(*modules) -> list[int]:
    """Every seed the catalogues of ``modules`` (aside-set case modules) draw on -- each talk's, its real prompts',
    its recordings' and their texts' -- repeats kept: a new set's seeds must be its own and none of the sets'
    before it, or its talks could repeat theirs."""
    specs = [s for m in modules for s in m.catalogue().values()]
    seeds = [s.seed for s in specs] + [s.real.seed for s in specs if s.real is not None]
    seeds += [r.seed for s in specs for r in s.recordings]
    return seeds + [r.text_seed for s in specs for r in s.recordings if r.text_seed]


def language_needs(spec, *more: tuple[bool, str]) -> Optional[str]:
    """What a language talk of aside6/8/9_languages needs installed, or None: Tux Paint's recordings of its language
    (a real talk), each of ``more`` (wanted, what to install) that is wanted, and espeak-ng (a synthesized talk or an
    espeak-ng voice under the speaker)."""
    import shutil

    import new_voices as nv

    need = []
    if spec.real is not None and not nv.available(f"tux:{spec.lang}"):
        need.append(nv.setup(f"tux:{spec.lang}"))
    need += [what for wanted, what in more if wanted]
    if (spec.crosstalk or spec.recordings) and shutil.which("espeak-ng") is None:
        need.append("apt-get install espeak-ng")
    return "; ".join(need) if need else None


def prompt_talk_needs(spec, espeak: bool, *more: Optional[str]) -> Optional[str]:
    """What a language talk of aside14-18_languages needs installed, or None: the telephone prompts of its language
    and the listing of their text (a real talk; without the listing no prompt is usable), espeak-ng (``espeak``: a
    synthesized talk or an espeak-ng voice in it), sox, and each of ``more`` that is not None."""
    import shutil

    import language_cases as lc
    import unseen_languages as ul

    need = []
    listing = lc.DOCS / f"asterisk-core-sounds-{spec.lang}" / f"core-sounds-{spec.lang}.txt.gz"
    if spec.real is not None and not ((ul.SOUNDS / ul.SPEAKERS[spec.lang]).is_dir() and listing.exists()):
        need.append("apt-get install " + ul.PACKAGES[spec.lang])
    if espeak and shutil.which("espeak-ng") is None:
        need.append("apt-get install espeak-ng")
    if shutil.which("sox") is None:
        need.append("apt-get install sox")
    need += [what for what in more if what]
    return "; ".join(need) if need else None


def voices_need(recordings) -> Optional[str]:
    """What the synthesized voices of ``recordings`` need installed (espeak-ng, flite or a festival voice), or None:
    the check short_pa_cases, short_pa_more_cases and barely_heard_cases share."""
    import shutil

    import festival_voices
    import fresh_cases as fc

    engines = {v.engine for r in recordings for v in r.voices}
    if "espeak" in engines and shutil.which("espeak-ng") is None:
        return "apt-get install espeak-ng"
    if "flite" in engines and shutil.which("flite") is None:
        return "apt-get install flite"
    if "festival" in engines and not festival_voices.available():
        return "apt-get install " + fc.FESTIVAL_PACKAGES
    return None


def tux_talk(spec, texts: dict[str, str], read) -> Made:
    """A real talk of Tux Paint's recordings ``texts`` of ``spec.lang`` (unseen_cases.place_prompts with ``read``),
    its first note saying so and leaving the room out (the room comes with the spoilers): aside6/8/9_languages."""
    import unseen_cases as uc
    from aside4_cases import QUIET_DB

    made = uc.place_prompts(spec.real, texts, read)
    what = "recordings no case used" if spec.which == "aside" else "dev-pool recordings"
    made.notes[0] = (made.notes[0].replace("real prompts (8 kHz WAV)", f"real {spec.lang} {what} (Tux Paint's "
                                           "spoken stamp descriptions)")
                     .replace(f", pink room noise at {QUIET_DB:g} dB SNR", ""))
    return made


def prompt_talk(spec) -> tuple[Made, float]:
    """A language talk of aside12..22_languages before its spoilers, and the room floor they are laid over: how every
    such ``make`` begins.

    A real talk places telephone prompts of ``spec.lang`` (aside12_languages.prompt_pool: the aside's pool or the dev
    twins') as unseen_languages reads them, its first note naming the speaker and leaving the room out (the spoilers
    bring the room); a synthesized talk is ``spec.recordings[0]`` said.  The floor is the real recording's own
    (aside4_cases.recorded_floor), measured before any sound is laid so a spoiler's room is never quieter than the
    prompts' own; a synthesized talk has none (0)."""
    import aside4_cases as a4  # here, not above: the aside sets import this module
    import unseen_cases as uc
    import unseen_languages as ul
    from aside12_languages import prompt_pool
    from synth_cases import make_recording

    if spec.real is None:
        return make_recording(spec.recordings[0]), 0.0
    made = uc.place_prompts(spec.real, prompt_pool(spec.lang, spec.which), ul.reader(spec.lang))
    made.notes[0] = (made.notes[0].replace("real prompts", f"real {spec.lang} prompts ({ul.SPEAKERS[spec.lang]})")
                     .replace(f", pink room noise at {a4.QUIET_DB:g} dB SNR", ""))
    return made, a4.recorded_floor(made)


def stored_and_transcribed(made: Made, spec, name: str, store_codec, transcript, own_file=None):
    """How every English case of aside15..22_cases.make ends once its talk is spoiled: stored as the set's own kind
    of file (``own_file``, a callable on the talk, where the spec asks for one: a spaced pair, a 5.1 track, four
    tracks), else in the container the spec names (``store_codec``), else as it is; then its transcript written
    (``transcript``: the set's, which hands the shapes it does not know to the sets' before it)."""
    import unseen_cases as uc  # here, not above: the aside sets import this module

    encoded = None
    if own_file is not None:
        made, encoded = own_file(made)
    elif spec.codec:
        made, encoded = store_codec(made, spec.codec)
    return transcript(uc.Built(made, notes=list(made.notes), encoded=encoded), spec, name)


def longest_pauses(made: Made, count: int) -> list[tuple[float, float]]:
    """The longest pause (start, end in seconds, between two timed lines) of each of ``count`` equal runs of
    ``made``'s pauses, in order: where a sound that waits for a pause is set off (a lift's ding, water poured into a
    glass at the lectern)."""
    spans = [s for s in made.segments if s.get("start") is not None]
    pauses = [(a["end"], b["start"]) for a, b in zip(spans, spans[1:])]
    return [max((pauses[i] for i in run), key=lambda p: p[1] - p[0])
            for run in np.array_split(np.arange(len(pauses)), count) if len(run)]


def generated_talk(voices: list[Voice], seed: int, text_seed: int, n: int, **kw) -> Recording:
    """``n`` sentences of talk_text's grammar (``text_seed``), said by ``voices`` in turn."""
    from talk_text import generated_sentences

    return Recording(sentences=n, voices=voices, seed=seed, text_seed=text_seed,
                     texts=generated_sentences(n, seed=text_seed), **kw)


def lines_talk(texts: list[str], voices: list[Voice], seed: int, **kw) -> Recording:
    """The lines ``texts`` (written out in a set's module), said by ``voices`` in turn."""
    return Recording(sentences=len(texts), voices=voices, seed=seed, text_seed=0, texts=texts, **kw)


def espeak_lines_talk(texts: list[str], voices: list[str], seed: int, **kw) -> Recording:
    """The lines ``texts`` said by espeak-ng's ``voices`` in turn, each named with its speed where it is not 1
    (``"de+m7@0.95"``): how the language sets' ``_said`` reads its voices (the twenty-fifth set's calls this)."""
    return lines_talk(texts, [Voice("espeak", v.split("@")[0], float((v + "@1").split("@")[1])) for v in voices],
                      seed, **kw)


def dev_or_aside(lines: list[str], dev_count: int, which: str) -> list[str]:
    """The dev twins' share of a set's written lines (the first ``dev_count``) or the aside's (the rest): never
    both."""
    return lines[:dev_count] if which == "dev" else lines[dev_count:]


#: The note of a talk said from pinyin (aside6_languages.PINYIN says why).
PINYIN_NOTE = "said from pinyin with tone numbers (espeak-ng cmn-latn-pinyin); the transcript writes the characters"


def written_in_characters(made: Made, texts: list[str]) -> Made:
    """A Mandarin talk espeak-ng said from pinyin, its lines written in characters (``texts``, in order)."""
    segs = [dict(seg, text=text) for seg, text in zip(made.segments, texts)]
    return Made(made.samples, segs, made.notes + [PINYIN_NOTE], made.words)


def mp3_bytes(pcm: np.ndarray, rate: int, bits: int, step: int) -> bytes:
    """16-bit mono samples at ``rate`` Hz as an mp3 file's bytes (libmp3lame at ``bits`` b/s through PyAV, fed
    ``step`` samples a frame): aside4_cases' 8 kHz mp3 and aside7_cases' 16 kHz one."""
    return encoded_bytes(pcm, rate, "mp3", "libmp3lame", bits, step)


def stored_as(made: Made, suffix: str, what: str, data: bytes) -> tuple[Made, tuple[str, bytes]]:
    """The talk stored as ``data`` (a file ending in ``suffix``; ``what`` is how the notes name it): the file, the
    samples aligner.audio.decode reads from it, every truth time moved by the delay measured between the two (the
    twentieth to twenty-second sets' ``store_codec``, each with its own containers' bytes)."""
    import aside17_cases as a17  # here, not above: the aside sets import this module
    import unseen_cases as uc

    y = uc.decode(data, suffix)
    move = uc.codec_lag(made.samples, y) / RATE
    out = a17._moved_by(made, move, y)
    out.notes.append(f"stored as .{suffix} ({what}, written with PyAV); truth on the timeline aligner.audio.decode "
                     f"reads, the delay measured as {1000 * move:+.1f} ms")
    return out, (suffix, data)


def stored_in(made: Made, row: tuple) -> tuple[Made, tuple[str, bytes]]:
    """The talk stored by one row of a set's ``CODECS`` -- (suffix, muxer, codec, bit rate, rate, samples a frame,
    picture encoder or None, what the notes say, and optionally a dict of :func:`encoded_bytes`'s ``codec_options``
    and ``channels`` (the twenty-fourth set's Vorbis), ``video_fps`` and muxer ``options`` beside ``fflags`` (the
    twenty-ninth set's MPEG-1 picture and M2TS)) -- mono, resampled by sox where the rate is not 16 kHz, written by
    PyAV with bit-exact muxing (no creation time or version string to change the bytes from one build to the
    next): :func:`stored_as` (the twenty-third set's; the twenty-second's ``_codec_bytes`` is the same, written out)."""
    from aside9_cases import sox  # here, not above: the aside sets import this module

    suffix, fmt, codec, bits, rate, step, picture, what, *more = row
    x = sox(made.samples, [], RATE, rate) if rate != RATE else made.samples
    pcm = np.ascontiguousarray((np.clip(x, -1.0, 1.0) * 32767).astype(np.int16))
    told = dict(more[0]) if more else {}
    options = {"fflags": "+bitexact", **told.pop("options", {})}
    data = encoded_bytes(pcm, rate, fmt, codec, bits, step, options=options, video=picture, **told)
    return stored_as(made, suffix, what, data)


def kept_as_decoded(coded: Made) -> Made:
    """A language talk stored through a container (:func:`stored_as`), kept as the samples decoded from it
    (bench_languages.py reads ``audio.wav``; the container's file itself is not kept)."""
    return Made(coded.samples, coded.segments, coded.notes[:-1] + [
        coded.notes[-1].replace("stored as", "through") + "; stored as the WAV decoded from it"], coded.words)


def english_case(name: str, cases):
    """An English case of ``cases`` (an aside set's module with ``catalogue``, ``missing_packages``, ``spoil`` and
    ``store_codec``): the voices placed (aside10_cases' way), spoiled, stored in the case's container if it has one,
    the transcript shaped (aside16_cases.transcript; :func:`stored_and_transcribed`).  The twentieth to twenty-third
    sets' ``make``."""
    import aside10_cases as a10  # here, not above: the aside sets import this module
    import aside16_cases as a16

    spec = ready_spec(cases.catalogue, cases.missing_packages, name)
    made = cases.spoil(a10._placed(spec), spec, spec.which)
    return stored_and_transcribed(made, spec, name, cases.store_codec, a16.transcript)


def prompts_or_voices_talk(name: str, languages, cases):
    """A language talk of ``languages`` (its ``catalogue`` and ``missing_packages``): the telephone prompts of its
    language (aside12_languages.prompt_pool, the speaker named in the first note) or its synthesized recording,
    spoiled by ``cases.spoil`` (over the prompts' own recorded floor), kept as the WAV decoded from the talk's
    container (``cases.decoded_through``) if it has one (:func:`prompt_talk`, then the set's spoilers).  The
    twenty-second and twenty-third sets' ``make`` (the twelfth to twenty-first sets' call :func:`prompt_talk` with
    spoilers or containers of their own)."""
    import unseen_cases as uc  # here, not above: the aside sets import this module

    spec = ready_spec(languages.catalogue, languages.missing_packages, name)
    made, floor = prompt_talk(spec)
    made = cases.spoil(made, spec, spec.which, floor, spec.lang)
    if spec.codec:
        made = cases.decoded_through(made, spec.codec)
    return uc.Built(made, notes=list(made.notes))


def set_functions(module_name: str, spoiler_module=None) -> tuple:
    """``names``, ``missing_packages`` and ``make`` of an aside set's module ``module_name`` (its ``NAMES`` and
    ``catalogue``), as cases.py calls them: an English set's when ``spoiler_module`` is None (aside10_cases.needs,
    :func:`english_case`), else a language set's whose talks ``spoiler_module`` spoils (:func:`prompt_talk_needs`,
    :func:`prompts_or_voices_talk`).  The twenty-fifth set's; the sets before it write the same three out."""
    import sys

    def names(which: str) -> list[str]:
        return list(sys.modules[module_name].NAMES[which])

    def missing_packages(name: str) -> Optional[str]:
        spec = sys.modules[module_name].catalogue()[name]
        if spoiler_module is None:
            import aside10_cases as a10  # here, not above: the aside sets import this module

            return a10.needs(spec)
        return prompt_talk_needs(spec, bool(spec.recordings))

    def make(name: str):
        if spoiler_module is None:
            return english_case(name, sys.modules[module_name])
        return prompts_or_voices_talk(name, sys.modules[module_name], spoiler_module)

    return names, missing_packages, make


def container_functions(codecs: dict) -> tuple:
    """``store_codec`` (the talk in one of ``codecs``' rows, its truth moved by the delay measured: :func:`stored_in`)
    and ``decoded_through`` (a language talk through one, kept as the samples decoded from it:
    :func:`kept_as_decoded`) of a set whose ``CODECS`` are ``codecs``: the twenty-fifth set's."""

    def store_codec(made: Made, kind: str) -> tuple[Made, tuple[str, bytes]]:
        return stored_in(made, codecs[kind])

    def decoded_through(made: Made, kind: str) -> Made:
        return kept_as_decoded(store_codec(made, kind)[0])

    return store_codec, decoded_through


def one_sound_in_each_stretch(made: Made, seed: int, count: int, what: str, share: float,
                              under: tuple[float, float], sound_and_note) -> Made:
    """``made`` with ``count`` sounds added, one in each of ``count`` equal stretches of the talk: each made by
    ``sound_and_note(rng, prng)`` (the sound, and what its note says of it), laid from a time drawn in the first
    ``share`` of its stretch at ``under`` (low, high) dB under the speech over itself (aside29_cases.laid_in_stretch),
    in lines and pauses alike, the note ``what: A-B s (N dB under; ...)`` each (aside26_cases._one_in_each_stretch).
    The thirty-first set's four kinds; the thirtieth's write the same ``lay`` out each."""
    import aside26_cases as a26  # here, not above: the aside sets import this module
    import aside29_cases as a29

    def lay(j: int, count: int, added: np.ndarray, speech: float, prng, rng: np.random.Generator) -> str:
        sound, said = sound_and_note(rng, prng)
        return f"{a29.laid_in_stretch(added, sound, j, count, share, speech, under, prng)}; {said})"

    return a26._one_in_each_stretch(made, seed, count, lay, what)


#: The picture of a video file made around a talk (:func:`encoded_bytes` with ``video``): small, two frames a second.
VIDEO_SIZE, VIDEO_FPS = (64, 48), 2


def encoded_bytes(pcm: np.ndarray, rate: int, fmt: str, codec: str, bits: int, step: int,
                  options: Optional[dict] = None, video: Optional[str] = None,
                  codec_options: Optional[dict] = None, channels: int = 1, video_fps: int = VIDEO_FPS) -> bytes:
    """16-bit mono samples at ``rate`` Hz as a file's bytes: container ``fmt``, ``codec`` at ``bits`` b/s through
    PyAV, fed ``step`` samples a frame (``options`` to the muxer: unseen_cases.encode makes Ogg bit-exact).  With
    ``video`` (a video encoder's name) the file is a video: a small grey picture that brightens slowly, for as long
    as the sound, in a stream before the audio (a recorded talk as people share it).  ``codec_options`` go to the
    encoder (PyAV's own Vorbis must be told it may be experimental); ``channels=2`` writes the same samples in both
    channels (an encoder that takes no mono: the fold-down is the talk); ``video_fps`` is the pictures' rate (MPEG-1
    takes none under 23.976 a second)."""
    import io

    import av

    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt, options=options or {}) as c:
        picture = _video_stream(c, video, video_fps) if video else None
        s = c.add_stream(codec, rate=rate, **({"options": codec_options} if codec_options else {}))
        s.bit_rate = bits
        layout = "mono" if channels == 1 else "stereo"
        s.layout = layout
        for i in range(0, len(pcm), step):
            frame = av.AudioFrame.from_ndarray(np.repeat(pcm[i:i + step], channels).reshape(1, -1), format="s16",
                                               layout=layout)
            frame.sample_rate = rate
            frame.pts = i
            for p in s.encode(frame):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
        if picture is not None:
            _mux_pictures(c, picture, len(pcm) / rate, video_fps)
    return buf.getvalue()


def _video_stream(container, codec: str, fps: int = VIDEO_FPS):
    """A video stream in ``container`` (added before the sound's: every stream is added before the first packet):
    :data:`VIDEO_SIZE` at ``fps`` pictures a second, one thread (the same bytes every time), in the encoder's own first
    pixel format (yuv420p for every encoder the sets used before the twenty-seventh; Motion-JPEG's full-range
    yuvj420p, which it takes without being told to be unofficial)."""
    from fractions import Fraction

    v = container.add_stream(codec, rate=fps)
    v.width, v.height = VIDEO_SIZE
    v.pix_fmt = v.codec_context.codec.video_formats[0].name
    v.codec_context.time_base = Fraction(1, fps)
    v.thread_count = 1
    return v


def _mux_pictures(container, v, seconds: float, fps: int = VIDEO_FPS) -> None:
    """``seconds`` of grey pictures (``fps`` a second) brightening slowly into the video stream ``v`` (the muxer
    interleaves them)."""
    import av

    frames = int(np.ceil(seconds * fps))
    for i in range(frames):
        grey = np.full((VIDEO_SIZE[1], VIDEO_SIZE[0], 3), 40 + (150 * i) // max(1, frames), np.uint8)
        frame = av.VideoFrame.from_ndarray(grey, format="rgb24").reformat(format=v.pix_fmt)
        frame.pts = i
        for p in v.encode(frame):
            container.mux(p)
    for p in v.encode(None):
        container.mux(p)


# ------------------------------------------------------------------ a recording cut close to its voice
def own_floor(x: np.ndarray) -> float:
    """RMS of the quietest 50 ms frame of ``x`` (frames 25 ms apart): the level of the recording's own room (the
    Czech Fish Fillets takes' is -40 to -70 dB, the Dutch ones' near -65 dB, pocketsphinx's LibriVox reader's
    near -51 dB)."""
    w = int(0.05 * RATE)
    frames = [_rms(x[i:i + w]) for i in range(0, max(1, len(x) - w + 1), w // 2)]
    return float(min(frames)) if frames else 0.0


def padded(x: np.ndarray, key: str, pad: float, fade: float, floor: Optional[float] = None) -> np.ndarray:
    """``x`` with a ``fade`` s fade at its cut ends (no click) and ``pad`` s of noise at ``floor`` (default: its own,
    :func:`own_floor`; the noise seeded by ``key``) on both sides: the room a recording cut close to its voice
    lacks.  Noise at the file's own level leaves the voice span where unseen_cases.voice_span finds it on the file
    alone (digital silence would lower the floor it measures against)."""
    floor = own_floor(x) if floor is None else floor
    n = min(int(fade * RATE), len(x) // 2)
    if n:
        ramp = np.linspace(0.0, 1.0, n, dtype=np.float32)
        x = x.copy()
        x[:n] *= ramp
        x[-n:] *= ramp[::-1]
    rng = np.random.default_rng(zlib.crc32(key.encode()))
    m = int(pad * RATE)
    return np.concatenate([rng.normal(size=m) * floor, x, rng.normal(size=m) * floor]).astype(np.float32)


# ------------------------------------------------------------------ the spoilers a case's spec may ask for
@dataclass(kw_only=True)
class Spoilers:
    """The spoilers aside6..9_cases.spoil read by name from a case's spec (English or a language's), each off by
    default.  A set's Spec adds its own fields (which half, the voices, the room, the seed, the transcript)."""

    # aside6_cases.spoil
    crosstalk: Optional[tuple[str, float]] = None  #: a second talker: espeak-ng voice, dB under the speech
    pa: bool = False  #: a lecture hall's PA
    wind: float = 0.0  #: gusts a minute
    music: Optional[tuple[str, float]] = None  #: a Tux Math track, dB under the speech
    cheers: int = 0  #: a crowd cheering after this many sentences
    agc: bool = False  #: a gain control (0.8 s release)
    # aside7_cases.spoil
    silences: int = 0  #: pauses made 30-45 s longer
    wall: bool = False  #: the voice through a wall
    thuds: int = 0  #: heavy knocks at line edges
    rings: int = 0  #: a telephone ringing in this many pauses
    thin: bool = False  #: a thin laptop microphone
    drive_db: float = 0.0  #: overdriven by this much
    # aside8_cases.spoil
    train: float = 0.0  #: a train carriage this many dB under the speech (0: none)
    cafe: float = 0.0  #: a cafe's talk this many dB under the speech (0: none)
    rings_over: int = 0  #: a telephone starting to ring inside this many lines
    pump: bool = False  #: a gain control that pumps hard
    # aside9_cases.spoil (and the codec aside9_cases.store_codec stores the talk in)
    sirens: int = 0  #: sirens passing, each at its loudest inside a line
    hum_db: float = 0.0  #: mains hum this many dB under the speech (0: none)
    codec: Optional[str] = None  #: "amr" or "opus6" (aside9_cases.CODECS)
