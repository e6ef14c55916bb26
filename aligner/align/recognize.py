"""The Whisper pass: what is actually said, and roughly when.

Runs faster-whisper's batched pipeline (Silero VAD cuts speech into <=30 s
chunks, which are decoded greedily, one at a time, with word timestamps) over
the parts of the recording being aligned.  Long recordings are processed in
blocks of a few minutes, cut at the quietest moment near each block edge, so
memory stays bounded for a 3-hour file and progress and cancellation are
fine-grained.  Blocks run side by side, one per core (see
:func:`.models.load_model`), and what a block freed is handed back to the
system before the next one starts.
"""

from __future__ import annotations

import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

import numpy as np

from ..audio import Audio
from ..memory import give_back_freed_memory
from ..progress import CancelToken
from ..text import normalize
from .activity import HOP, Envelope
from .decoding_loops import ChunkWatch, replace_in_windows, widened_to_heard
from .fallback_sampling import NeedsSampling, greedy_only, repeatable
from .models import model_folder, model_workers
from .speech_detection import use_piecewise_vad

BLOCK_SECONDS = 300.0
#: VAD chunks (<= 30 s) encoded together: one.  A block runs on one core (see
#: :func:`.models.load_model`), where a bigger batch only costs memory (54 MB of
#: attention scores per window) and CPU (10-min excerpt: 15.7 CPU s with 1, 17.7 with 4).
BATCH_SIZE = 1
#: The first listen's Silero VAD: speech over this probability, pauses of this length cut it, this much kept around it.
VAD_PARAMETERS = {"threshold": 0.35, "min_silence_duration_ms": 160, "speech_pad_ms": 200}
_CUT_SEARCH = 10.0


@dataclass(frozen=True)
class HeardWord:
    """A word Whisper heard: its text, time and Whisper's probability for it."""

    text: str
    start: float
    end: float
    probability: float
    language: str = "en"  #: the talk's language: how its text is normalized for matching

    @property
    def tokens(self) -> tuple[str, ...]:
        return normalize(self.text, self.language)


def quiet_cuts(env: Envelope, t0: float, t1: float, seconds: Optional[float] = None) -> list[tuple[float, float]]:
    """Cut [t0, t1] into blocks of about ``seconds`` (None: BLOCK_SECONDS) at the quietest frame near each cut."""
    seconds = seconds or BLOCK_SECONDS
    out, a = [], t0
    while t1 - a > seconds * 1.2:
        target = a + seconds
        fa, fb = env.frame(target - _CUT_SEARCH), env.frame(target + _CUT_SEARCH)
        window = env.db[fa:fb]
        if len(window) >= 30:  # quietest 300 ms stretch, cut in its middle
            smooth = np.convolve(window, np.ones(30) / 30, mode="valid")
            cut = float((fa + int(np.argmin(smooth)) + 15) * HOP)
        else:
            cut = target
        out.append((a, cut))
        a = cut
    out.append((a, t1))
    return out


def recognize(model, audio: Audio, env: Envelope, intervals: Sequence[tuple[float, float]],
              language: Optional[str], progress: Callable[[float], None],
              cancel: Optional[CancelToken] = None, prompt: Optional[Callable[[float, float], str]] = None
              ) -> tuple[list[HeardWord], str]:
    """Transcribe ``intervals`` of ``audio``; return the heard words (absolute times) and the language.

    ``prompt(a, b)``, when given, is the text the decoder is told precedes the
    block [a, b] (Whisper's ``initial_prompt``; see :mod:`.hear_the_text`).

    Blocks are transcribed on as many threads as the model has workers (see
    :func:`.models.load_model`): each block on one core, start to end.  When
    the language is not known, the first block finds it before the others start.
    Chunks the first pass decoded into a loop are decoded again, sequentially
    with Whisper's fallback (:mod:`.decoding_loops`).
    """
    use_piecewise_vad()  # two blocks side by side each hold their VAD's buffers: keep them small
    blocks = [b for t0, t1 in intervals for b in quiet_cuts(env, t0, t1) if b[1] - b[0] > 0.2]
    total = sum(b - a for a, b in blocks) or 1.0
    heard_so_far = [0.0] * len(blocks)  # seconds of each block transcribed: the progress shown

    looped: list[tuple[float, float]] = []  # chunks whose greedy decoding looped, in the talk's time

    def one(n: int, language: Optional[str], stop: threading.Event) -> tuple[list[HeardWord], Optional[str]]:
        a, b = blocks[n]

        def seen(t: float) -> None:
            heard_so_far[n] = t
            if stop.is_set():
                raise _Stopped
        words, found, windows = _transcribe_block(model, audio.float32(a, b), audio.sample_rate, a, language,
                                                  prompt(a, b) if prompt else None, seen)
        looped.extend(windows)
        return words, found

    def report() -> None:
        progress(min(1.0, sum(heard_so_far) / total))

    words: list[HeardWord] = []
    detected = language
    rest = range(len(blocks))
    if detected is None and blocks:
        first, detected = _in_threads(one, [0], None, 1, cancel, report)[0]
        words.extend(first)
        rest = range(1, len(blocks))
    for found, _ in _in_threads(one, rest, detected, model_workers(model), cancel, report):
        words.extend(found)
    if looped:
        windows = widened_to_heard(looped, words, intervals)
        again, still_looped = heard_without_timestamps(model, audio, windows, detected or "en")
        if still_looped:
            again = replace_in_windows(again, recognize_again(model, audio, env, still_looped, detected or "en",
                                                              cancel), still_looped)
        words = replace_in_windows(words, again, windows)
    progress(1.0)
    words.sort(key=lambda w: w.start)
    return words, detected or "en"


class _Stopped(Exception):
    """A block's transcription was stopped because another failed or the user cancelled."""


#: How often (s) the thread waiting for the blocks reports progress and looks at its cancel token.
_POLL = 0.2


def _in_threads(fn, items, language, workers: int, cancel: Optional[CancelToken], report: Callable[[], None]):
    """``fn(item, language, stop)`` for each item on ``workers`` threads, results in order.

    Progress and cancellation stay on the calling thread (a progress callback
    may talk to a window); the workers only see ``stop``.  The first error
    stops the others and is raised here.
    """
    items = list(items)
    if not items:
        return []
    stop = threading.Event()
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(items))), thread_name_prefix="recognize") as pool:
        futures = [pool.submit(fn, item, language, stop) for item in items]
        try:
            pending = set(futures)
            while pending:
                done, pending = wait(pending, timeout=_POLL, return_when=FIRST_EXCEPTION)
                report()
                if cancel is not None:
                    cancel.check()
                for f in done:
                    if f.exception() is not None:
                        raise f.exception()
        except BaseException:
            stop.set()
            for f in futures:
                f.cancel()
            raise
    return [f.result() for f in futures]


def _transcribe_block(model, samples: np.ndarray, rate: int, offset: float, language: Optional[str], prompt: Optional[str],
                      seen: Callable[[float], None], timestamps: bool = True
                      ) -> tuple[list[HeardWord], Optional[str], list[tuple[float, float]]]:
    """One block through faster-whisper's batched pipeline (Silero VAD, then greedy decoding, one window at a time).

    Returns the heard words, the language and the spans of the chunks whose text looped
    (:mod:`.decoding_loops`; their words are left out).  ``timestamps``: whether the decoder writes its segment
    timestamp tokens (the words' times come from its cross-attention either way).
    """
    from faster_whisper import BatchedInferencePipeline

    pipeline = BatchedInferencePipeline(model)  # one per thread: it keeps state between windows
    segments, info = pipeline.transcribe(
        samples, language=language, batch_size=BATCH_SIZE, beam_size=1, word_timestamps=True,
        without_timestamps=not timestamps, vad_filter=True, vad_parameters=VAD_PARAMETERS,
        initial_prompt=prompt)
    language = language or info.language
    watch = ChunkWatch(offset, len(samples) / rate, model.frames_per_second)
    chunks: list[tuple[float, list[HeardWord]]] = []  # per segment: its chunk's start and its words
    for seg in segments:
        chunk = watch.saw(seg.seek, seg.compression_ratio)
        chunks.append((chunk, [HeardWord(w.word.strip(), float(offset + w.start), float(offset + max(w.start, w.end)),
                                         float(w.probability), language or "en")
                               for w in seg.words or () if w.word.strip()]))
        seen(min(seg.end, len(samples) / rate))
    seen(len(samples) / rate)
    del segments, pipeline
    give_back_freed_memory()  # the block's encoder and VAD buffers, before the next block
    words = [w for chunk, found in chunks if not watch.looped(chunk) for w in found]
    return words, language, watch.windows()


def heard_without_timestamps(model, audio: Audio, windows: Sequence[tuple[float, float]], language: str
                             ) -> tuple[list[HeardWord], list[tuple[float, float]]]:
    """The first pass again over ``windows`` (chunks it decoded into a loop), the decoder writing no timestamp
    tokens; returns the words of the windows that no longer loop, and the windows that still do.

    Where the decoder knows a language's sounds but little of its script, the timestamp tokens it must weave into
    the text are what it loses its way on: an espeak-ng Georgian talk came out "ʆʆʆʆ..." for its whole first
    30 s with them, and "Gama dromadak et ili kost kmeni mondzanebā ..." without (every line heard, in Latin
    letters: :mod:`.heard_letters`), where the sampled fallback heard one phrase over and over.  The words' times
    come from the cross-attention either way.  Cheap (one greedy decoding of what looped) and tried first.
    """
    words: list[HeardWord] = []
    still: list[tuple[float, float]] = []
    for a, b in windows:
        found, _, looped = _transcribe_block(model, audio.float32(a, b), audio.sample_rate, a, language, None,
                                             lambda t: None, timestamps=False)
        if looped or not found:
            still.append((a, b))
        else:
            words.extend(found)
    give_back_freed_memory()
    return words, still


#: Silence kept before the first and after the last sound of a window listened to again (s).
LEAD = 0.3
#: Words Whisper is this unsure of, heard while listening again, are more likely noise than speech.
RESCUE_MIN_PROBABILITY = 0.3


def recognize_again(model, audio: Audio, env: Envelope, windows: Sequence[tuple[float, float]],
                    language: str, cancel: Optional[CancelToken] = None) -> list[HeardWord]:
    """Transcribe just these windows, each on its own, without voice-activity filtering.

    The first pass lets VAD group speech into 30 s chunks decoded in a batch;
    music, noise or a long silence in the same chunk can make Whisper miss the
    speech next to it.  Listening again uses Whisper's own sequential decoding
    over just the stretch between two anchors: it seeks past what it has
    transcribed using timestamps and falls back to sampling when decoding
    fails, which is slower but recovers speech the batch missed.  Windows are
    independent, so they run side by side like the first pass's blocks.  A
    window whose decoding falls back to sampling is set aside and decoded
    after the others, one at a time, with its sampling seeded for it alone
    (:mod:`.fallback_sampling`): what it hears does not depend on which thread
    took it or what was sampled before.  It is not encoded twice: the sampled
    decoding takes the encoder output of its greedy attempt.
    """
    folder = model_folder(model)
    encoded: dict[tuple[float, float], dict] = {window: {} for window in windows}  # kept for a sampled decoding

    def greedy(window: tuple[float, float], language: str, stop: threading.Event) -> Optional[list[HeardWord]]:
        try:
            found = one(window, greedy_only(model, encoded[window]), stop)
        except NeedsSampling:
            return None  # decoded below, on its own, with the encoder output made here
        encoded[window].clear()
        return found

    def sampled(window: tuple[float, float], language: str, stop: threading.Event) -> list[HeardWord]:
        try:
            return one(window, repeatable(model, folder, encoded[window]), stop)
        finally:
            encoded[window].clear()

    def one(window: tuple[float, float], whisper, stop: threading.Event) -> list[HeardWord]:
        a, b = window
        # Start and end close to the sound: Whisper's word timing pins the first word of a
        # window that opens on a long silence to the window's start.
        runs = env.voiced_runs(a, b)
        if runs:
            a, b = max(a, runs[0][0] - LEAD), min(b, runs[-1][1] + LEAD)
        samples = audio.float32(a, b)
        if len(samples) < audio.sample_rate // 5:
            return []
        segments, _ = whisper.transcribe(samples, language=language, beam_size=1, word_timestamps=True,
                                         condition_on_previous_text=False, vad_filter=False)
        found: list[HeardWord] = []
        for seg in segments:
            if stop.is_set():
                raise _Stopped
            for w in seg.words or ():
                text = w.word.strip()
                if text and w.probability >= RESCUE_MIN_PROBABILITY:
                    found.append(HeardWord(text, float(a + w.start), float(a + max(w.start, w.end)),
                                           float(w.probability), language))
        return found

    heard = _in_threads(greedy, windows, language, model_workers(model), cancel, lambda: None)
    for n, found in enumerate(heard):
        if found is None:
            heard[n] = _in_threads(sampled, [windows[n]], language, 1, cancel, lambda: None)[0]
    words = [w for found in heard for w in found]
    give_back_freed_memory()
    words.sort(key=lambda w: w.start)
    return words
