"""Step 5 of the pipeline, scoring: each placed segment's confidence and flags, from what lies around it.

:func:`.confidence.score_segment` turns the evidence into a number; this
module gathers that evidence from a segment's neighbours (pauses beside it,
edges in doubt, speech inside it no word covers) and sets the review flags.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Optional

from ..audio import Audio
from ..document import (END_AFTER_VOICE, END_BEFORE_RELEASE, END_BEFORE_SOUND_STOPS, END_BURIED, END_CARRIED_ON,
                        END_CUT_SHORT,
                        END_IN_COPY, END_IN_DECAY, END_IN_NOISE, END_IN_TRAILING_VOICE, END_IN_UNSCRIPTED, END_ON_CREAK,
                        END_ON_OVERLONG_WORD, END_ON_SQUELCH_TAIL, END_ON_TONE, END_PAST_OWN_VOICE,
                        END_UNDER_CHANNEL_HISS, END_WITHOUT_SIBILANT, HINT_IGNORED, LOW_CONFIDENCE, NOT_HEARD,
                        REASON_FLAGS, SOUND_AFTER_END, START_AFTER_CLOSURE, START_AFTER_SQUEEZED_WORDS,
                        START_BEFORE_VOICE, START_WITHOUT_ONSET, STRETCHED_JOIN, Segment, UnscriptedSpan)
from ..sentences import punctuates_sentences
from ..text import split_words
from .activity import Envelope
from .another_voice import another_voice_after
from .buried_ends import end_buried_in_background
from .carried_ends import (end_carried_onto_impacts, end_carried_over_a_pause, end_carried_past_hearing,
                           end_carried_past_phones)
from .channel_hiss import end_on_squelch_tail, end_under_channel_hiss
from .clipped_ends import end_cut_short
from .closure_starts import start_after_closure
from .confidence import (LOW, PAUSE_MIN, detached_edges, end_before_unheard_sound, misfit_edge, pauses_beside,
                         score_segment, silent_start, stretched_before_join, stretched_over_neighbour, uncovered_sound)
from .copied_ends import end_carried_into_copy
from .creaking_ends import end_on_creak
from .drifting_beds import pauses_only_drift
from .drifting_copy import CopyLags
from .held_words import held_edge_words
from .impact_beds import impacts_around
from .late_ends import end_in_decay, end_on_steady_tone
from .low_thuds import thud_after_voiced_end
from .onset_after_end import sound_returns_after_a_stop, sound_rises_after
from .overlong_ends import end_on_overlong_word
from .past_own_voice import end_past_own_voice
from .placement import Placed
from .released_ends import end_before_release
from .review_evidence import (another_sound_after, end_fades_into_noise, narrow_band_at_end, sound_holds_after,
                              sound_over_pause_floor)
from .sibilant_ends import end_without_sibilant
from .sound_stops import end_before_sound_stops
from .squeezed_starts import start_after_squeezed_words
from .stretches import Stretch
from .trailing_voice import end_in_trailing_voice
from .unscripted_edges import end_runs_into_unscripted
from .voice_edges import end_after_voice, start_before_voice
from .voice_onsets import start_without_onset

#: A hint further than this from where the audio puts its word is reported as ignored.
HINT_TOLERANCE = 3.0


def surroundings(items: list[Placed], k: int, found: list[UnscriptedSpan], env: Envelope,
                  st: Stretch, audio: Optional[Audio] = None,
                  per_phone: Optional[float] = None,
                  english: bool = False,
                  join_misfits: bool = True,
                  copy: Optional[CopyLags] = None,
                  run_on: float = 0.0,
                  ringing: frozenset[float] = frozenset(),
                  keyed: bool = False,
                  pace: Optional[float] = None) -> tuple[bool, bool, float, bool, frozenset[str]]:
    """What lies around segment ``k`` that says how sure its edges are (see :func:`.confidence.score_segment`):
    a quiet pause before it, one after it, the longest stretch of speech inside it that none of its words
    cover, and whether an edge of it is in doubt: it -- or a neighbour's edge touching it -- may belong to
    the other sentence, the neighbour's word at a boundary they share does not fit, it begins on no
    sound, or a word near an edge is held for seconds (:mod:`.held_words`); last, the doubts the review queue can name (each a flag of :data:`.document.REASON_FLAGS`):
    sound goes on right after its end where the audio around that end (read from ``audio``) carries nothing above
    4 kHz (:func:`.review_evidence.narrow_band_at_end`) or holding as a voice
    does, no quiet pause after it or well over the pause's own background (:func:`.confidence.end_before_unheard_sound`,
    :func:`.review_evidence.sound_over_pause_floor`), its end fades into a background too loud and unsteady
    to hear where it stops (:func:`.review_evidence.end_fades_into_noise`), or it begins (ends) in sound that
    is not voiced (:mod:`.voice_edges`) -- the last three read from ``audio`` -- or its last word is short for the
    talk (``per_phone``: how long its last words last per phone, :func:`.clipped_ends.typical_last_word`) with a weak
    sound going on after its end (:func:`.clipped_ends.end_cut_short`), or it opens well under its voice with no
    rise over the sound before it (:func:`.voice_onsets.start_without_onset`), or words the transcript does not hold
    were heard beginning inside it and running on past its end (:func:`.unscripted_edges.end_runs_into_unscripted`),
    or (``english``) its end was carried on past where the phone pass ended it further than a word's last sound
    lasts, along sound with no voice in it (:func:`.carried_ends.end_carried_past_phones`, read from ``audio``), or
    across a quiet longer than a stop's closure onto a separate sound (:func:`.carried_ends.end_carried_over_a_pause`),
    or along sound that jumps frame to frame as impacts do (a snore, a croak: :func:`.carried_ends.end_carried_onto_impacts`),
    or past where the phone pass ended it and further than a last sound runs past where Whisper heard its last word end
    along sound that is not the voice (:func:`.carried_ends.end_carried_past_hearing`, read from ``audio``),
    or it shares a join with no pause where the word before
    the join is drawn out (:func:`.confidence.stretched_before_join`), or it ends on a steady tone or at the bottom
    of a fading tail with no voice in it, running on under its voice further than the talk's lines do (``run_on``,
    :func:`.late_ends.typical_run_on`) (:mod:`.late_ends`, read from ``audio``), or it ends on a creak's clicks
    with its last word long for the talk (:mod:`.creaking_ends`, read from ``audio``), or a syllable nobody's line
    holds sits just before its start across a dip as short as a stop's closure inside its first word
    (:mod:`.closure_starts`, read from ``audio``), or its last word lasts far longer than the talk's last words, said
    at its line's pace (``pace``: the talk's, :func:`.clipped_ends.typical_pace`) (it swallowed a sound not its own: a
    listener's interjection, :mod:`.overlong_ends`), or (``english``) the sound
    right after its end is still its voice, falling (a speaker trailing off, :mod:`.trailing_voice`, read from
    ``audio``), or (``english``) the sound right after its end holds as a voice does and stands out of the following
    pause's own noise (:mod:`.sound_stops`).  In English, the four doubts that read the sound after the end (sound
    after it, cut short, fading into noise, not where the sound stops) are not raised where that sound is a
    listener's voice far above the line's own, taking over at the end (:mod:`.another_voice`).  ``join_misfits``:
    whether a neighbour's word that misfits at a join with no pause doubts this line (False where the talk's words
    misfit commonly, so that one at a join is chance: :mod:`.common_misfits`).  ``copy``: where a second recorder's
    copy of the talk lags, drifting (:func:`.drifting_copy.copy_lags`; None: none): in English, an end carried 0.1 s or
    more past the phone pass's end, but no further than the copy lags there, is doubted (:mod:`.copied_ends`).  In
    English, a line whose last word ends in a hiss (/s/, /sh/) while its last 60 ms repeat at a pitch over a background
    that does not is doubted too: the hiss was not heard, the end is on the sound before it (:mod:`.sibilant_ends`,
    read from ``audio``).  Where the sound right after the end rises at once over the line's last sound (a new sound's
    onset: an echo canceller's far-end residue, an interpreter), or comes back after the level fell to the pause's
    background at once (a Morse element, a croak; :mod:`.onset_after_end`), the two doubts that read it as
    the line's voice holding on (sound after it, not where the sound stops) are not raised; and an end's fade is not
    doubted as lost in a bed where the pauses' level only drifts, as a gain control's does (:mod:`.drifting_beds`).
    In English, an end standing on sound that rose again after the line's voice gave way, long after that voice was
    last heard whole, none of it carrying the line's fundamental (an echo canceller's residue), is doubted
    (:mod:`.past_own_voice`, read from ``audio``).  In any language, an end that sinks into a steady hiss 12-30 dB under
    the voice which goes away between overs (``keyed``: the talk is heard through a channel whose hiss comes and goes
    with the overs, :func:`.channel_hiss.keyed_channel`; not keyed, no end is doubted so), or that lies where a squelch
    tail is cut off, is doubted (:mod:`.channel_hiss`).  In English, a line whose first word is squeezed while voice nobody's line
    holds stands before a pause inside its sentence just before its start (:mod:`.squeezed_starts`), or whose last
    word ends in a stop and an /s/ whose release comes back after its end across a closure's dip
    (:mod:`.released_ends`), is doubted (both read from ``audio``); and in English, the four doubts that read the
    sound after the end as the line's voice holding on (sound after it, cut short, not where the sound stops, a
    trailing voice) are not raised where impacts jump in level on both sides of the line (:mod:`.impact_beds`); nor
    are the three of them that read it as sound the end left out (sound after it, cut short, not where the sound
    stops) where a thud follows the voice of a line voiced to its end (:mod:`.low_thuds`).
    ``ringing``: the ends of the talk's lines that stop at once into a room's ringing field
    (:func:`.ringing_ends.ringing_line_ends`); what rings after them is no weak rest of a cut word, and the end is
    not doubted as cut short."""
    s = items[k].segment
    if not s.timed:
        return False, False, 0.0, False, frozenset()
    lo, hi = _neighbour_edges(items, k, st)
    before, after = pauses_beside(env, s, lo, hi)
    heard_inside = max([u.end - u.start for u in found if u.start > s.start and u.end < s.end], default=0.0)
    detached = any(detached_edges(items[k], lo, hi)) or silent_start(env, s) or any(held_edge_words(s))
    reasons = set()
    # the pause's own floor matters only where the sound holds as a voice does: at its level, and in its spectrum's
    # shape -- sound as loud in other octaves is a background sound (:func:`.review_evidence.another_sound_after`)
    holds = sound_holds_after(env, s.end) and not (audio is not None and another_sound_after(audio, s.end))
    # the band where this end is heard, not the stretch's: a call's codec switches band inside a stretch
    narrow = audio is not None and narrow_band_at_end(audio, s.start, s.end, hi)
    listener = cache(lambda: english and audio is not None and another_voice_after(audio, env, s.start, s.end))
    # what goes on after the end, read as sound the line may hold, is no doubt of it where it is a listener's voice,
    # far above the line's own (:mod:`.another_voice`): the end stands where the line's voice gave way to it
    # sound that rises at once after the end is a new sound's onset (an echo canceller's far-end residue, an
    # interpreter), not the line's voice holding on past it, nor is sound that comes back after the voice fell to the
    # pause's background at once (a Morse element, a croak: :mod:`.onset_after_end`)
    onset = cache(lambda: sound_rises_after(env, s.end) or sound_returns_after_a_stop(env, s.end, hi))
    # in English, impacts on both sides of the line (a road drill) are the background going on after the end, not
    # the line's voice holding on (:mod:`.impact_beds`)
    impacts = cache(lambda: english and impacts_around(env, s.start, s.end, lo, hi))
    # a thud after the voice stopped (a tyre pump's stroke, a stamp landing on the voice's tail), only the pump's
    # hiss between, is no rest of a word cut short nor the line's voice holding on: the end stands where the voice
    # stopped (:mod:`.low_thuds`)
    thud = cache(lambda: english and audio is not None and thud_after_voiced_end(audio, s.text, s.start, s.end, hi))
    if (end_before_unheard_sound(after, hi - s.end, narrow, holds, holds and sound_over_pause_floor(env, s.end, hi))
            and not listener() and not onset() and not impacts() and not thud()):
        reasons.add(SOUND_AFTER_END)
    if (end_cut_short(env, s, hi, per_phone, audio) and not listener() and not impacts() and s.end not in ringing
            and not thud()):
        reasons.add(END_CUT_SHORT)
    if (english and end_before_sound_stops(env, s.end, hi) and not listener() and not onset() and not impacts()
            and not thud()):
        reasons.add(END_BEFORE_SOUND_STOPS)
    if start_without_onset(env, s.start, s.end, lo):
        reasons.add(START_WITHOUT_ONSET)
    if end_under_channel_hiss(env, s.start, s.end, hi, keyed):
        reasons.add(END_UNDER_CHANNEL_HISS)
    if end_runs_into_unscripted(found, s.text, s.start, s.end):
        reasons.add(END_IN_UNSCRIPTED)
    if english and (end_carried_past_phones(items[k], audio, env) or end_carried_over_a_pause(items[k], env, hi)
                    or end_carried_onto_impacts(items[k], env) or end_carried_past_hearing(items[k], audio, env)):
        reasons.add(END_CARRIED_ON)
    if english and end_carried_into_copy(items[k], copy):
        reasons.add(END_IN_COPY)
    if english and _joins_after_stretched_word(items, k):
        reasons.add(STRETCHED_JOIN)
    if english and end_on_overlong_word(s, per_phone, pace):
        reasons.add(END_ON_OVERLONG_WORD)
    if k and items[k - 1].segment.timed and s.start - items[k - 1].segment.end < PAUSE_MIN:
        detached |= detached_edges(items[k - 1], *_neighbour_edges(items, k - 1, st))[1]
        # the boundary they share is in doubt on both sides -- unless misfits are the talk's (:mod:`.common_misfits`)
        detached |= join_misfits and misfit_edge(items[k - 1], last=True)
    if k + 1 < len(items) and items[k + 1].segment.timed and items[k + 1].segment.start - s.end < PAUSE_MIN:
        detached |= detached_edges(items[k + 1], *_neighbour_edges(items, k + 1, st))[0]
        detached |= join_misfits and misfit_edge(items[k + 1], last=False)
        detached |= stretched_over_neighbour(items[k + 1])
    if audio is not None:
        # a pause whose level only drifts (a gain control's slow rise, not a bed's syllables) hides no fade
        # (:mod:`.drifting_beds`)
        if (end_fades_into_noise(audio, env, s.start, s.end, lo, hi) and not listener()
                and not pauses_only_drift(env, s.start, s.end, lo, hi)):
            reasons.add(END_IN_NOISE)
        if start_before_voice(audio, env, s.start, s.end):
            reasons.add(START_BEFORE_VOICE)
        if end_after_voice(audio, env, s.start, s.end):
            reasons.add(END_AFTER_VOICE)
        if english and end_on_steady_tone(audio, env, s.start, s.end):
            reasons.add(END_ON_TONE)
        if english and end_in_decay(audio, env, s.start, s.end, run_on):
            reasons.add(END_IN_DECAY)
        if english and end_on_creak(audio, env, s, per_phone):
            reasons.add(END_ON_CREAK)
        if english and start_after_closure(audio, env, s, lo):
            reasons.add(START_AFTER_CLOSURE)
        if english and start_after_squeezed_words(audio, env, s, lo):
            reasons.add(START_AFTER_SQUEEZED_WORDS)
        if english and end_before_release(audio, env, s, hi):
            reasons.add(END_BEFORE_RELEASE)
        if english and end_in_trailing_voice(audio, env, s.start, s.end, hi) and not impacts():
            reasons.add(END_IN_TRAILING_VOICE)
        if (end_buried_in_background(audio, env, s, lo, hi, per_phone) and not listener() and not impacts()
                and s.end not in ringing):
            reasons.add(END_BURIED)
        if english and end_without_sibilant(audio, s, lo, hi):
            reasons.add(END_WITHOUT_SIBILANT)
        if english and end_past_own_voice(audio, env, s.start, s.end, s.text):
            reasons.add(END_PAST_OWN_VOICE)
        if end_on_squelch_tail(env, audio, s.start, s.end):
            reasons.add(END_ON_SQUELCH_TAIL)
    return before, after, max(heard_inside, uncovered_sound(env, s)), detached, frozenset(reasons)


def _joins_after_stretched_word(items: list[Placed], k: int) -> bool:
    """Whether segment ``k`` shares a join (no pause, under PAUSE_MIN) with a neighbour and the word before that
    join -- its own last word, or the one before it's -- is drawn out (:func:`.confidence.stretched_before_join`).
    Only in a transcript that ends its sentences with punctuation (some line of the stretch does): in one that
    writes none (spontaneous speech taken down as it came), a line without a full stop says nothing about where
    its sentence ends."""
    s = items[k].segment
    after = (k + 1 < len(items) and items[k + 1].segment.timed and items[k + 1].segment.start - s.end < PAUSE_MIN
             and stretched_before_join(items[k]))
    before = (k > 0 and items[k - 1].segment.timed and s.start - items[k - 1].segment.end < PAUSE_MIN
              and stretched_before_join(items[k - 1]))
    # the whole stretch's punctuation last, where a join is in doubt: read for every segment, it was a scan of the
    # stretch per segment (quadratic on a long transcript that writes no full stops)
    return bool(after or before) and punctuates_sentences(item.segment.text for item in items)


def _neighbour_edges(items: list[Placed], k: int, st: Stretch) -> tuple[float, float]:
    """Where segment ``k``'s neighbours end (before it) and start (after it), or the stretch's ends."""
    lo = items[k - 1].segment.end if k and items[k - 1].segment.timed else st.t0
    hi = items[k + 1].segment.start if k + 1 < len(items) and items[k + 1].segment.timed else st.t1
    return lo, hi


def finish_segment(item: Placed, pause_before: bool = False, pause_after: bool = False, interrupted: float = 0.0,
                   detached: bool = False, reasons: frozenset[str] = frozenset()) -> Segment:
    """Confidence, low-confidence and hint flags on a placed segment, with the named ``reasons`` for a doubt
    (flags of :data:`.document.REASON_FLAGS`: the review queue says why)."""
    s = item.segment
    conf, word_conf = score_segment(item, pause_before, pause_after, interrupted, detached or bool(reasons))
    flags = set(s.flags) - REASON_FLAGS
    if NOT_HEARD not in flags and conf < LOW:
        flags.add(LOW_CONFIDENCE)
        flags |= reasons
    for h in s.hints:
        t = _time_at_offset(s, h.offset)
        if t is not None and abs(t - h.time) > HINT_TOLERANCE:
            flags.add(HINT_IGNORED)
    words = tuple(replace(w, probability=p) for w, p in zip(s.words, word_conf))
    return replace(s, confidence=conf, words=words, flags=frozenset(flags))


def _time_at_offset(s: Segment, offset: int) -> Optional[float]:
    if offset >= len(s.text):
        return s.end
    for span, w in zip(split_words(s.text), s.words):
        if span.end > offset and w.timed:
            return w.start
    return s.start
