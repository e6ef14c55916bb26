"""Speech nobody wrote down, between two lines, that the first listen gave no words.

An unscripted span is reported where Whisper heard words the transcript lacks
(:meth:`.placement.Placer._maybe_unscripted`).  The first listen lets the
voice-activity filter group speech into 30 s chunks decoded in a batch; an
aside between two lines -- quieter, in another voice, next to a long pause --
can come out of it with no word at all, and then nothing says it is there: the
lines around it are placed right, the gap between them looks like a pause.

A gap of at least :data:`MIN_GAP` s between two placed lines with no heard word
in it, holding voiced sound (frames that repeat at a pitch, :func:`.voice_edges.periodicity`,
over the gap's own loudness threshold, at least :data:`MIN_VOICED` s of them: a
fan, a click or hiss do not), is heard again on its own, without the filter
(:func:`.recognize.recognize_again`, as :mod:`.listen_again` does) -- when
Silero's speech in it (the first listen's VAD, :func:`speech_seconds`) spans
:data:`MIN_SECONDS` s or more, what an aside's words span.  Words that
come out -- at least :data:`MIN_WORDS` long words that are not fillers, over
:data:`MIN_SECONDS` s or more, said with
Whisper's probability :data:`MIN_PROBABILITY` or more on average -- and that
are not the transcript's own (not found, in order, in a line around the gap)
are reported as unscripted speech.  Nothing is placed differently.

Hearing a gap again costs one pass of Whisper's encoder over 30 s (~0.5 CPU s,
whatever the gap's length), twice that when its decoding falls back to
sampling; Silero costs a few ms.  In an 11-min talk (long_mix) six gaps held
voiced sound, three of them no speech at all to Silero (probability <= 0.11: a
breath, a chair) and three one word (0.6 s of speech: "Surprising."); every
aside found on the dev cases (trap2_aside, trap2_mixed, rd14_real_xtalk_sparse_fest,
rd27_espeak_mumbled) held 1.1-9.4 s of it.  Decoding only those gaps took the
stage from ~5.9 to 0.13 CPU s there.  Speech under a far louder sound reads as
none to Silero: a line said under a siren (rd27_espeak_siren_middle), which
heard again had come out as an aside ("is little this river."), is no longer.
"""

from __future__ import annotations

import logging
from typing import Optional, Sequence

import numpy as np
from rapidfuzz.fuzz import partial_ratio

from ..audio import Audio
from ..document import NOT_HEARD, UnscriptedSpan
from ..progress import CancelToken
from ..text import word_tokens
from .activity import Envelope
from .placement import FILLERS, Placed
from .recognize import VAD_PARAMETERS, HeardWord, recognize_again
from .replaced_lines import LONG_WORD
from .voice_edges import HOP, PERIODIC, WINDOW, periodicity

log = logging.getLogger(__name__)

#: A gap between two placed lines at least this long (s) may hold an aside.
MIN_GAP = 1.0
#: Kept this far (s) from the lines around it.
CLEAR = 0.1
#: Voiced sound (s) the gap must hold to be heard again: a short sentence's vowels.
MIN_VOICED = 0.4
#: Words heard again that are not fillers: at least this many of four letters or more ("talk to the" is a
#: scrap, heard in a tiled room where a line's unheard last words rang on: rd31_espeak_tiled_dashes_mulaw) ...
MIN_WORDS = 2
#: ... over at least this long (s), as placement asks of unscripted speech.
MIN_SECONDS = 0.8
#: Their mean probability: at least this (less sure, a noise heard as words).
MIN_PROBABILITY = 0.5
#: Heard words found, in order, this well (0-100, ``partial_ratio``) in a line around the gap are that line's,
#: not an aside.  Word by word the test is too loose: an aside in the same room shares a talk's words
#: ("Surprising week, my neighbor," between "Surprisingly, our small team ... last week." and the next line,
#: trap2_aside: 2 of its 3 long words alike, in order 65); a line's own words heard late score 100.
SAME_TEXT = 75


def wordless_gaps(items: Sequence[Placed], words: Sequence[HeardWord], audio: Audio, env: Envelope,
                  t0: float, t1: float) -> list[tuple[float, float]]:
    """The gaps between consecutive placed lines (lines not heard do not bound them) of at least MIN_GAP s, with no
    heard word in them and MIN_VOICED s of voiced sound."""
    placed = sorted((it.segment.start, it.segment.end) for it in items
                    if it.segment.timed and NOT_HEARD not in it.segment.flags)
    out = []
    for (_, e), (s, _) in zip(placed, placed[1:]):
        a, b = max(t0, e + CLEAR), min(t1, s - CLEAR)
        if b - a < MIN_GAP or any(w.end > a and w.start < b for w in words):
            continue
        if voiced_seconds(audio, env, a, b) >= MIN_VOICED:
            out.append((a, b))
    return out


def speech_seconds(audio: Audio, a: float, b: float) -> float:
    """How long (s) Silero hears speech in [a, b], from the first to the last of it, with the first listen's
    threshold and pauses (its padding left out)."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    from .speech_detection import use_piecewise_vad

    use_piecewise_vad()
    samples = audio.float32(a, b)
    if not len(samples):
        return 0.0
    speech = get_speech_timestamps(samples, VadOptions(**{**VAD_PARAMETERS, "speech_pad_ms": 0}),
                                   sampling_rate=audio.sample_rate)
    return (speech[-1]["end"] - speech[0]["start"]) / audio.sample_rate if speech else 0.0


def voiced_seconds(audio: Audio, env: Envelope, a: float, b: float) -> float:
    """Seconds of [a, b] whose frames are periodic at a voice's pitch and over the span's loudness threshold."""
    periodic = periodicity(audio, a, b)
    if not len(periodic) or not len(env.db):
        return 0.0
    centres = a + HOP * np.arange(len(periodic)) + WINDOW / 2
    levels = env.db[np.minimum([env.frame(c) for c in centres], len(env.db) - 1)]
    return float(np.sum((periodic >= PERIODIC) & (levels >= env.threshold(a, b)))) * HOP


def aside(again: Sequence[HeardWord], lines: Sequence[Sequence[str]]) -> Optional[UnscriptedSpan]:
    """The words heard again in one gap as an unscripted span, or None when they are too few, too unsure, or
    the transcript's own words."""
    content = [w for w in again if any(t not in FILLERS for t in w.tokens)]
    if sum(1 for w in content if any(len(t) >= LONG_WORD for t in w.tokens)) < MIN_WORDS \
            or content[-1].end - content[0].start < MIN_SECONDS:
        return None
    probability = sum(w.probability for w in content) / len(content)
    if probability < MIN_PROBABILITY:
        return None
    heard = " ".join(t for w in content for t in w.tokens)
    if any(partial_ratio(heard, " ".join(line)) >= SAME_TEXT for line in lines if line):
        return None
    return UnscriptedSpan(content[0].start, content[-1].end, " ".join(w.text for w in again), probability)


def hear_wordless_speech(items: Sequence[Placed], words: Sequence[HeardWord], model, audio: Audio, env: Envelope,
                         t0: float, t1: float, language: str, cancel: Optional[CancelToken] = None
                         ) -> list[UnscriptedSpan]:
    """The asides heard in a stretch's wordless gaps (see the module's docstring)."""
    gaps = []
    for a, b in wordless_gaps(items, words, audio, env, t0, t1):
        speech = speech_seconds(audio, a, b)
        if speech >= MIN_SECONDS:
            gaps.append((a, b))
        else:
            log.info("wordless gap %.2f-%.2f s: %.2f s of speech, not heard again", a, b, speech)
    if not gaps:
        return []
    again = recognize_again(model, audio, env, gaps, language, cancel)
    out = []
    for a, b in gaps:
        found = aside([w for w in again if a <= (w.start + w.end) / 2 <= b], _lines_around(items, a, b, language))
        log.info("wordless gap %.2f-%.2f s heard again: %s", a, b,
                 " ".join(w.text for w in again if a <= (w.start + w.end) / 2 <= b) or "(nothing)")
        if found:
            out.append(found)
    return out


def _lines_around(items: Sequence[Placed], a: float, b: float, language: str) -> list[list[str]]:
    """The tokens, line by line, of the placed lines on either side of the gap [a, b] (every line not heard
    between them too): the transcript's words that could have been said there.  A talk's other lines were
    heard where they were said."""
    timed = [it for it in items if it.segment.timed]
    before = [k for k, it in enumerate(timed) if it.segment.end <= a and NOT_HEARD not in it.segment.flags]
    after = [k for k, it in enumerate(timed) if it.segment.start >= b and NOT_HEARD not in it.segment.flags]
    lo = before[-1] if before else 0
    hi = after[0] if after else len(timed) - 1
    return [[t for w in it.segment.words if not w.cue for t in word_tokens(w.text, language)] for it in timed[lo:hi + 1]]
