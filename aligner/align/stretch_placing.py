"""Placing one stretch's lines on what Whisper heard there, and hearing it again where that was too little.

The pipeline's third step (:mod:`.engine`'s docstring, "Match ... and place") for one stretch, in the order it runs:
place the lines on the first hearing (:mod:`.segment_placement`); **listen again** around sentences Whisper missed
(:mod:`.listen_again`); where still too little was heard, **hear the stretch again told its text**
(:mod:`.hear_the_text`); a line laid over speech it is not was replaced by one never spoken (:mod:`.replaced_lines`);
where the stretch was still heard too little, **force** its text onto the audio (:mod:`.forced`; lines put where
their Latin letters were heard, :mod:`.heard_letters`; with no word heard and nothing found by forcing, by the
sound's pauses and pace, :mod:`.by_sound`), otherwise force the lines nobody heard (:mod:`.unheard_runs`); last,
speech between two lines the first listen gave no words is heard again (:mod:`.wordless_speech`).  Each step's
evidence of whether the transcript belongs to the audio goes into the talk's :class:`.mismatch.MismatchEvidence`.

It lived inside :func:`.engine.run` until the fifty-third round; the engine now reads as the pipeline's table of
contents, and this as the one stretch's.  The benchmarks' stage recorders (``benchmarks/why_off.py``) wrap the names
this module calls, so they are called through its globals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from ..audio import Audio
from ..document import Document, UnscriptedSpan
from ..language import is_english
from ..profiling import sub_stage
from ..progress import CancelToken
from .activity import Envelope
from .api import AlignOptions
from .by_sound import place_by_sound
from .forced import heard_too_little, place_by_forcing
from .hear_the_text import hear_the_text, worth_hearing_again
from .heard_letters import place_by_heard_letters
from .listen_again import listen_and_place, rescue_windows, skipped_sound
from .mismatch import MismatchEvidence
from .models import ModelSpec
from .placement import Placed
from .recognize import HeardWord
from .replaced_lines import replaced_lines
from .segment_placement import place_stretch
from .stretches import Stretch
from .unheard_runs import force_english_runs, force_unheard_runs
from .unscripted_sound import off_the_lines
from .wordless_speech import hear_wordless_speech


class PlacedStretch(NamedTuple):
    """A stretch's lines as placed, with what the refining steps read of how they came to be there."""

    stretch: Stretch
    items: list[Placed]
    unscripted: list[UnscriptedSpan]  #: speech the transcript lacks, heard in the stretch
    unpaired: list[tuple[float, float]]  #: heard words no transcript word was given (the phone pass keeps out)
    by_forcing: bool  #: the stretch was heard too little and some of its lines were moved by forcing


@dataclass
class PlacingCounts:
    """How the talk's stretches were placed, summed over them (the run's stats)."""

    rescued: int = 0  #: windows listened to again
    forced: int = 0  #: lines moved by forcing
    lettered: int = 0  #: lines moved to where their Latin letters were heard
    by_sound: int = 0  #: lines laid over the sound by its pauses and pace
    backwards: int = 0  #: stretches whose forcing was judged against the audio played backwards
    heard_again: dict[str, int] = field(default_factory=dict)  #: stretches heard again told their text, by ear


def place_heard_stretch(doc: Document, st: Stretch, heard: list[HeardWord], model, spec: ModelSpec, audio: Audio,
                        env: Envelope, language: Optional[str], options: AlignOptions,
                        cancel: Optional[CancelToken], span: Stretch, hearings: dict,
                        evidence: MismatchEvidence, counts: PlacingCounts) -> PlacedStretch:
    """Place stretch ``st``'s lines on ``heard`` (the talk's first hearing), hearing it again where that matched too
    little; ``span``: what is heard again told the text (:func:`.stretches.listening_spans`); ``hearings``: the
    talk's told hearings so far (shared by its stretches).  Adds to ``evidence`` and ``counts``."""
    words_here = [w for w in heard if st.t0 <= (w.start + w.end) / 2 <= st.t1]
    first_heard = words_here
    placement = place_stretch(doc, st, words_here, env, language)
    windows = rescue_windows(placement.placer, st.t0, st.t1, skipped_sound(words_here, env, st.t0, st.t1))
    if windows:
        with sub_stage("listen again"):
            words_here, placement = listen_and_place(doc, st, words_here, placement, model, audio, env, windows,
                                                     language, cancel)
        counts.rescued += len(windows)
    if worth_hearing_again(placement):  # told what to expect, and by a bigger ear, it may hear it after all
        with sub_stage("hear the text"):
            words_here, placement, ear = hear_the_text(doc, st, words_here, placement, model, spec, audio, env,
                                                       language, options, cancel, span, hearings)
        key = ear or "not kept"
        counts.heard_again[key] = counts.heard_again.get(key, 0) + 1
    replaced = replaced_lines(doc, st, placement, model, audio, language)
    if replaced:  # lines replaced by ones never spoken: not laid over the speech, which is unscripted
        placement = place_stretch(doc, st, words_here, env, language, not_spoken=replaced)
    moved = 0
    if heard_too_little(placement):
        before_forcing = [item.segment for item in placement.items]
        with sub_stage("forced"):  # heard too little (a telephone line, hum): place the text by its sound
            forcing = place_by_forcing(placement.items, model, audio, env, st.t0, st.t1, language)
        evidence.add_forced(forcing.probability, placement.tokens, forcing.backwards)
        counts.backwards += forcing.backwards is not None  # judged against the audio played backwards
        by_letters = place_by_heard_letters(placement.items, (first_heard, words_here))  # heard in Latin letters
        evidence.read_in_letters += by_letters.read
        evidence.spelt_in_letters += by_letters.spelt
        moved = sum(item.segment is not seg for item, seg in zip(placement.items, before_forcing))  # either way
        counts.forced += moved - by_letters.moved
        counts.lettered += by_letters.moved
        if not forcing.belongs and not words_here:  # no word heard, nothing found by forcing: the sound alone
            moved = place_by_sound(placement.items, audio, env, st.t0, st.t1)
            evidence.by_sound += moved
            counts.by_sound += moved
        # what was heard over the lines so placed is those lines misheard, not speech the transcript lacks
        placement.unscripted[:] = off_the_lines(placement.unscripted, [item.segment for item in placement.items])
    elif not is_english(language):  # lines nobody heard, in a stretch heard well: forced onto the sound left for them
        with sub_stage("forced"):
            counts.forced += force_unheard_runs(placement.items, model, audio, env, st.t0, st.t1, language)
    else:  # lines barely heard squeezed off their sound, lines nobody heard with room: forced onto it
        with sub_stage("forced"):  # (their boundaries then into the pauses)
            moved = force_english_runs(placement.items, words_here, placement.placer.rate, model, audio, env,
                                       st.t0, st.t1, language)
        counts.forced += moved
    with sub_stage("wordless speech"):  # speech between two lines that the first listen gave no words
        asides = hear_wordless_speech(placement.items, words_here, model, audio, env, st.t0, st.t1, language,
                                      cancel)
    placement.unscripted.extend(asides)
    placement.unpaired.extend((u.start, u.end) for u in asides)
    heard_tokens = [t for w in words_here for t in w.tokens]
    evidence.add(placement.tokens, placement.strong, len(words_here), len(heard_tokens))
    evidence.add_text(placement.placer.tokens, heard_tokens)
    return PlacedStretch(st, placement.items, placement.unscripted, placement.unpaired, moved > 0)
