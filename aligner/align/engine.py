"""The alignment pipeline: plan, recognize, match, place, refine, score.

0. **Hear the voice's channels**: a stereo file with one channel wired upside down is heard as its channels'
   difference, not their mean, which cancels the voice; a file of more than two channels as the channels that carry
   the voice, not a downmix that lays it under the others' ambience (:mod:`aligner.audio.channels`).  **Hear the
   talk once**: where the recording holds the talk again seconds later (a livestream playing in the room), that
   copy is taken out before any stage hears it (:mod:`.delayed_copy`).
1. **Plan** (:mod:`.stretches`).  Locked segments (and, for a range
   re-alignment, segments outside the range) are fixed; the free segments
   between two fixed ones form a *stretch* that must fit between them.
2. **Recognize** the stretches with Whisper (:mod:`.recognize`); what its greedy first
   pass decoded into a loop is **decoded again** with Whisper's fallback (:mod:`.decoding_loops`).
3. One stretch at a time (:mod:`.stretch_placing`): **match** transcript tokens to heard tokens
   (:mod:`.matching`; a phrase the transcript says more than once anchored on the saying whose time fits,
   :mod:`.repeated_phrases`) and **place**
   every token (:mod:`.placement`; a line's words misheard between two of its
   anchors are no pause, :mod:`.misheard_between`) and segment (:mod:`.segment_placement`),
   finding unheard text and unscripted speech;
   **listen again** around sentences Whisper missed (:mod:`.listen_again`) and
   place those stretches anew, unless the second listen matched less of the text;
   where still too little was heard, **hear the stretch again told its text**
   (the transcript as the decoder's prompt; for the bundled tiny.en, then the
   bigger ``base`` too, :mod:`.hear_the_text`), words it piled on one instant left
   out (:mod:`.piled_words`);
   a line laid over speech that none of its long words sounds like, and that the
   decoder finds far less likely there than what it heard, was replaced by one
   never spoken: not heard, the speech unscripted (:mod:`.replaced_lines`);
   where even that heard too little, place the poorly heard segments by
   **forcing** the transcript's own words onto the audio (:mod:`.forced`; in a language the model hears badly,
   judged against the audio played backwards); where Whisper wrote the talk in Latin letters and the transcript
   is in another script, lines forcing put away from where their letters were heard go there
   (:mod:`.heard_letters`; letters that spell none of the text refuse it only from a hearing over most of its
   lines); where no word at all was heard and forcing found nothing either
   (a language Whisper makes nothing of), lay the lines over the speech by its pauses and an even pace
   (:mod:`.by_sound`);
   outside English, lines nobody heard in a stretch heard well are forced onto
   the sound between the heard words around them, in English lines barely
   heard that placement squeezed off their sound, and lines nobody heard
   where the sound left between their heard neighbours can hold them (:mod:`.unheard_runs`);
   a gap between two lines with voiced sound and no heard word is heard again, and
   words there that are not the transcript's reported as unscripted (:mod:`.wordless_speech`).
4. **Refine** boundaries against the audio (:mod:`.boundaries`):

   * **phone-level alignment** where available (English; other languages with espeak-ng's pronunciations,
     :mod:`.pronounce`, there also the lines of a stretch placed by forcing, a language Whisper hears badly): each
     word's edges put on its sound (:mod:`.phone_edges`); a line's first heard word with a
     voice no word was heard in before it, past the chunk's margin (not a radio's squelch or key-up), its chunk
     reaching back over that voice (:mod:`.unheard_openings`); a talk's first or last line's chunk kept out of a
     tune beside it (:mod:`.opening_music`); a line's edge word carried across a pause from where Whisper heard it,
     or a first word glued to the line before and set apart from its own (a listener's interjection between them),
     aligned again, the chunk cut in that pause (:mod:`.edge_words_apart`); a laugh or a cough inside a line, where
     Whisper heard no words, not taken for speech the text lacks (:mod:`.wordless_sound`); in English a word inside
     a line whose stop's closure the search took for a pause begun where the word before it ends
     (:mod:`.silent_onsets`);
   * **the pauses**, outside English or where the text was placed by forcing or the phone pass rejected a chunk of it
     (a voice it fits poorly), for what the phone pass did not place
     (:mod:`.pauses`; first a run of forced lines it fit nothing of, one of them forced to less than half or more
     than twice its length at the talk's pace, laid by pauses and pace between the lines it fit:
     :mod:`.unfit_runs`): each line's length priced at its own voice's pace (:mod:`.speaking_rate`); a breath alone in
     a pause counting as pause (:mod:`.breaths`), a whistle -- birdsong -- in or beside one (:mod:`.whistles`); a
     pause under a machine switched on partway through the talk read octave by octave against the machine's own
     level (:mod:`.bed_pauses`); a pause where a sentence's own text breaks, after a comma, no join
     (:mod:`.clause_pauses`); outside English, through a hall's PA, where the voice stopped before its loudspeaker
     copies did (:mod:`.echoes`);
   * **joins** between sentences said without a pause, in every language, into their silence (in English judged
     octave by octave too, :mod:`.octave_quiet`, so a fan or traffic does not hide it);
   * **line ends** (phone-aligned, every language) follow their last sound under a background (:mod:`.last_sound`;
     through a gain control that pumps, the background after the end, :mod:`.gain_pumping`), never down a fall that
     comes back to the line's level (another sound's: a printer's rattle); in a hall never into its tail, and no
     talk whose voice falls faster than a room lets it is a hall (:mod:`.steepest_fall`); where the talk hears its
     voice again a delay later (a room's slap-back, a PA), back from the copy of their last sound to the voice's own
     end (:mod:`.slap_back`); outside a hall or a PA, down their last sound's fade into the pause's noise, past the
     margin over it the edge rules keep (:mod:`.fading_ends`); in English, on over the hiss a last word's
     voiceless sibilant ends in, where it stands over the pause in its own octave after the voiced sound before it
     sank (:mod:`.final_hiss`: an 11 kHz file under the sea); never over a train of impacts -- a road drill, a
     pneumatic hammer still at work when the line ended -- past where the sound between the impacts stops
     (:mod:`.impact_trains`); never over a whistle alone -- a kettle on the stove, the phone pass's search hearing
     its line as a phone -- past where the sound besides the whistle's line stops (:mod:`.whistled_ends`); never
     over a kettle's first bubbles -- sparse ticks over a silence -- past where the voice's lasting sound stops
     (:mod:`.ticking_ends`); outside English, over a noisy line to their faded last sound, in the octave it lives in,
     never over a sound that flickers frame to frame (a dryer's drone, :mod:`.faded_tails`); in English, an end
     carried onto another voice -- a listener's interjection, far above the line's pitch -- back to where the
     line's own voice gave way (:mod:`.another_voice`, after the joins); in
     every language, an end carried into a call's echo-canceller residue -- the far end out of a laptop's
     loudspeaker, with neither the line's fundamental nor its highs -- back to where the line's voice gave way
     (:mod:`.canceller_residue`); in English, an end the phone pass left in a short dip inside the last word (a /z/
     gone voiceless) on over the last syllable, where the line's voice comes back at the pitch it left off at, to
     where it falls quiet (:mod:`.resumed_voice`); in every language, an end any of these carried past the phone
     pass's end over a steady tone that is no voice's fading fundamental -- Morse keyed next door, a pigeon's coo:
     one narrow line at 1.5 times the line's pitch or more -- back to where the tone took over
     (:mod:`.tones_over_ends`); then, in every language, an end any of them carried onto a thud after the voice
     stopped -- a tyre pump's stroke bottoming out -- back to where the voice stopped (:mod:`.low_thuds`), and one
     whose last word is voiced to its end, carried along a hiss that went on after it -- a spray can -- likewise
     (:mod:`.hiss_after_voice`), and one carried along a crackle -- a sheet torn off a pad, its fibres snapping --
     back to where the voice gave way to it (:mod:`.crackled_ends`);
   * **line starts** a speakerphone's switch held down (outside English) go back to where the voice rises out of the
     switched-down noise (:mod:`.held_openings`); outside English, a start the phone pass put past its own first
     hiss -- an /s/ a low background hid from the whole band -- back to where the hiss begins
     (:mod:`.opening_hiss`); last of all, a start put in sound that goes on from before it (another voice, a bed)
     moves to its voice's own onset within its first word (:mod:`.onset_starts`), and a start put on the onset of a
     steady sound (a bell's stroke) to where its voice rises out of it (:mod:`.steady_openings`), and one put on a
     thud that died away before the voice (feet landing by a skipping rope) to where the voice rises
     (:mod:`.low_thuds`);
   * the energy envelope places what none of these did;
   * in English, the words of a line nobody heard (forced, or spread over its sound), which the phone pass was never
     given, are put on their sound by it between the line's bounds as they now stand (:mod:`.words_in_lines`).

   How the sound after an end goes on is measured once, for those rules and the
   review queue, in :mod:`.after_end`.
5. **Score** confidence per word and segment from what lies around it
   (:mod:`.scoring`, :mod:`.confidence`, :mod:`.review_evidence`,
   :mod:`.voice_edges`); the doubts it can name go to the review queue with
   their reason: an end that fades into babble or a murmur, sound that goes
   on after an end, a start or an end in sound with no voice in it, a start
   with no onset, in sound that goes on from before it (:mod:`.voice_onsets`),
   an end carried down a tail with no voice in it or held on a steady tone
   (:mod:`.late_ends`) or carried over a creak's clicks (:mod:`.creaking_ends`), a start put after a
   stop's closure inside its first word (:mod:`.closure_starts`), an end carried onto a listener's
   interjection, its last word far longer than the talk's (:mod:`.overlong_ends`), an end cut on its last
   loud sound (:mod:`.clipped_ends`, read against how the talk's other lines end, so every stretch is refined before
   any is scored; not where the end stops at once into a room's ringing field, :mod:`.ringing_ends`), an end sunk
   in a keyed channel's hiss (:mod:`.channel_hiss`, whether the talk is keyed read over every line too).  A word
   whose phones misfit at a join doubts the line beside it only where misfits are rare in the talk
   (:mod:`.common_misfits`, read over every stretch too).
   Speech the transcript lacks is reported over its sound, not only over the
   words Whisper caught of it (:mod:`.unscripted_sound`).
6. **Judge** whether the transcript belongs to the audio at all (:mod:`.mismatch`), from what was
   heard and, where little was, from how likely the decoder found the transcript given the audio.

The input document is never modified; the result is a new list of segments.
"""

from __future__ import annotations

import logging
import time
from typing import Optional, Sequence

from ..audio import Audio
from ..audio.channels import heard_channels
from ..document import HINT_IGNORED, LOW_CONFIDENCE, NOT_HEARD, Document, Segment, UnscriptedSpan
from ..errors import AlignerError
from ..language import is_english, language_name
from ..profiling import mark, sub_stage
from ..progress import CancelToken, ProgressCallback, ProgressReporter
from .activity import Envelope
from .another_voice import end_before_another_voice
from .api import AlignOptions, AlignResult
from .boundaries import phone_starts_as_openings_allow, refine_stretch
from .canceller_residue import move_off_canceller_residue
from .channel_hiss import keyed_channel
from .clipped_ends import typical_last_word, typical_pace
from .crackled_ends import end_before_crackles
from .common_misfits import misfits_common
from .confidence import forget_misfits
from .delayed_copy import COPY_NOTE, without_delayed_copy
from .drifting_copy import CopyLags, copy_lags
from .echoes import echo_delay
from .faded_tails import follow_faded_tails
from .held_openings import follow_held_openings
from .hiss_after_voice import end_before_hisses
from .language_choice import choose_language, language_for_model
from .late_ends import typical_run_on
from .lifted_pauses import pauses_lifted
from .low_rumble import without_low_rumble
from .low_thuds import end_before_thuds, starts_after_thuds
from .mismatch import MismatchEvidence, mismatch_verdict
from .models import load_model
from .onset_starts import move_to_own_onsets
from .opening_hiss import move_to_opening_hiss
from .pauses import joins_into_dips, snap_unrefined_to_pauses
from .phonetic import PhoneticAligner
from .placement import Placed
from .plausibility import check_fits
from .recognize import recognize
from .resumed_voice import follow_resumed_voice
from .ringing_ends import ringing_line_ends
from .scoring import finish_segment, surroundings
from .scraped_openings import starts_after_scrapes
from .segment_placement import place_unheard_segments
from .steady_openings import move_off_steady_openings
from .stretch_placing import PlacedStretch, PlacingCounts, place_heard_stretch
from .stretches import Stretch, fixed_neighbours, listening_intervals, listening_spans, plan
from .thin_voices import move_off_thin_voices, readings_kept
from .tones_over_ends import end_before_tones
from .unfit_runs import lay_unfit_runs
from .unscripted_sound import widen_to_sound
from .words_in_lines import place_words_within_lines

log = logging.getLogger(__name__)

STAGES = {"Loading model": 1.0, "Analysing audio": 0.5, "Recognizing speech": 20.0,
          "Placing words": 2.0, "Refining boundaries": 6.0}


def run(doc: Document, audio: Audio, options: AlignOptions,
        progress: Optional[ProgressCallback], cancel: Optional[CancelToken]) -> AlignResult:
    if not doc.segments:
        raise AlignerError("The transcript has no text to align.")
    if audio.duration < 0.1:
        raise AlignerError("The audio is too short to align anything.")
    check_fits(doc, audio.duration)
    audio, hearing = as_heard(audio, cancel)  # hearing: what was done to the sound heard (not the file), told to the user
    report = ProgressReporter(progress, STAGES, cancel)
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = timings.get(name, 0.0) + now - clock
        clock = now
        mark(name)  # the per-stage profile, when one is running

    report.report("Loading model", 0.0)
    stretches = [s for s in plan(doc, options, audio.duration) if s.indices]
    choice, spec = choose_language([doc.segments[i].text for st in stretches for i in st.indices], audio,
                                   options.model, options.language, options.threads, options.device,
                                   options.compute_type)
    model = load_model(spec, options.device, options.compute_type, options.threads)
    language = language_for_model(spec, model, choice)
    report.report("Loading model", 1.0)
    lap("model")

    report.report("Analysing audio", 0.0)
    env = Envelope(audio)
    report.report("Analysing audio", 1.0)
    lap("envelope")

    intervals = listening_intervals(stretches)
    spans = listening_spans(stretches)  # heard again told the text as first heard: across short locks
    hearings: dict = {}
    heard, _ = recognize(model, audio, env, intervals, language,
                         lambda f: report.report("Recognizing speech", f), cancel)
    lap("recognize")

    new_segments = list(doc.segments)
    unscripted: list[UnscriptedSpan] = [u for u in doc.unscripted
                                        if not any(s.t0 <= (u.start + u.end) / 2 <= s.t1 for s in stretches)]
    placed: list[PlacedStretch] = []
    evidence = MismatchEvidence()
    placing = PlacingCounts()
    english = is_english(language)
    for n, st in enumerate(stretches):  # match, place, and hear again where that was too little
        done = place_heard_stretch(doc, st, heard, model, spec, audio, env, language, options, cancel, spans[n],
                                   hearings, evidence, placing)
        placed.append(done)
        unscripted.extend(done.unscripted)
        report.report("Placing words", (n + 1) / len(stretches))
    lap("place")

    phones = options.refine and (english or _phone_pass_speaks(language))
    echo = echo_delay(audio)  # a hall's PA: copies of the voice after it stops; measured once, read by two rules
    # a compressor's make-up gain lifting every pause (a broadcast chain): a weak first sound was lifted with it
    lifted = pauses_lifted(env, [(it.segment.start, it.segment.end) for _, items, *_ in placed for it in items
                                 if it.segment.timed])
    refine_stats: dict[str, int] = {}
    with readings_kept(audio):  # the rules that read a line's fundamental read each line once
        for n, (st, items, found, unpaired, by_forcing) in enumerate(placed):
            counts = _refine(st, items, audio, env, language or "en", english, phones, cancel,
                             lambda f: report.report("Refining boundaries", (n + f) / len(placed)), unpaired,
                             by_forcing, echo, fixed_neighbours(doc, st), lifted)
            for key, v in counts.items():
                refine_stats[key] = refine_stats.get(key, 0) + v
            report.report("Refining boundaries", (n + 1) / len(placed))
        # a second recorder's copy whose lag drifts (a fixed one is the echo's): read once over the whole talk, so
        # that re-aligning a part of it scores the same
        copy = copy_lags(audio) if english and echo is None else None
        _score_talk(doc, placed, new_segments, audio, env, english, copy)
    lap("refine")

    unscripted = sorted(widen_to_sound(unscripted, new_segments, env), key=lambda u: u.start)
    flagged = {f: sum(1 for s in new_segments if f in s.flags) for f in (NOT_HEARD, LOW_CONFIDENCE, HINT_IGNORED)}
    mismatch = mismatch_verdict(evidence, model, audio, choice, options.threads, options.device,
                                options.compute_type)
    mark("verdict")
    stats = {"mismatch": mismatch, "matched_fraction": evidence.matched_fraction(),
             "language_reason": choice.line(),
             "model": spec.name, "language": language, "seconds": timings,
             "audio_seconds": audio.duration, "segments": len(new_segments),
             "unscripted": len(unscripted), "flags": flagged, "heard_words": len(heard),
             "listened_again": placing.rescued, "placed_by_forcing": placing.forced,
             "placed_by_letters": placing.lettered, "placed_by_sound": placing.by_sound,
             "forced_backwards": placing.backwards,
             "heard_again": placing.heard_again, "hearing": hearing, **refine_stats}
    return AlignResult(new_segments, unscripted, language, stats)


def as_heard(audio: Audio, cancel: Optional[CancelToken] = None) -> tuple[Audio, list[str]]:
    """The recording as every stage hears and scores it, and a note for the user on each step that changed it
    (each step returns the same object when it changes nothing): the channels that hold the voice
    (:mod:`aligner.audio.channels`: a stereo pair with one capsule wired upside down heard as the channels'
    difference, a file of more than two channels as those of its channels that carry the voice), then a livestream
    of the talk heard in the room taken out (:mod:`.delayed_copy`), then a low rumble that comes and goes (thunder,
    traffic passing) heard through a telephone's low edge where it plays (:mod:`.low_rumble`: no note, the voice is
    heard as a telephone line carries it).  The benchmarks' replays of the review rules read the audio through this
    too, so that they hear what the engine heard.  ``cancel`` stops it."""
    audio, note = heard_channels(audio, cancel)
    hearing = [note] if note else []
    heard = without_delayed_copy(audio)
    if heard is not audio:
        hearing.append(COPY_NOTE)
    heard = without_low_rumble(heard)
    return heard, hearing


def _refine(st: Stretch, items: list[Placed], audio: Audio, env: Envelope, language: str, english: bool,
            phones: bool, cancel: Optional[CancelToken], progress: ProgressCallback,
            unpaired: Sequence[tuple[float, float]] = (), by_forcing: bool = False, echo: Optional[float] = None,
            fixed: tuple = (None, None), lifted: bool = False) -> dict[str, int]:
    """A stretch's boundaries against the audio (in place; :func:`_score` scores them): what each step did.

    The phone pass places what it can; outside English the pauses take what it
    did not place, and in English too where it rejected a chunk (a voice it fits poorly: the line's edges were
    Whisper's, and energy snapping reaches back only a word's length -- ``yy_espeak_gaslift_dial_page_avi``, an
    espeak-ng voice with an echo inside it, a line's last word heard 0.85 s late over the next line's first, the end
    +742 ms) or where the stretch was placed by forcing
    (``by_forcing``): the phone pass takes only segments whose words Whisper
    heard, and a forced word ends where the next one begins, after the pause
    (:mod:`.forced`), so a forced sentence's end would otherwise stay at the
    next one's start -- on fast speech Whisper hears too little of, every end
    0.4-0.6 s late, and energy snapping alone found the pause for only some;
    joins with no pause between two sentences go to the silence between them
    (in English at or after where the phone pass ended the first: Whisper's
    English model hears such a start late); segments never heard are
    put back in the quiet between their (possibly moved) neighbours; outside English the phone pass takes a forced
    stretch's lines too (:func:`.boundaries.plan_chunks`).  ``unpaired``: heard words no transcript word
    was given (the phone pass keeps its chunks out of their sound).  ``echo``: the delay (s) at which a loudspeaker's
    copies carry the voice on after it stops (:mod:`.echoes`), or None: line ends are not followed into the
    copy (:mod:`.last_sound`), and outside English the pauses' ends of sound are taken back by it.  ``fixed``: the
    fixed segments around the stretch (:func:`.stretches.fixed_neighbours`), the phone pass's context at its edges.
    ``lifted``: the talk's pauses were lifted by a compressor's make-up gain (:mod:`.lifted_pauses`).
    """
    placed_starts = [item.segment.start if item.segment.timed else None for item in items]  # before the phone pass
    counts = refine_stretch(items, audio, env, st.t0, st.t1, phonetic=phones, cancel=cancel, progress=progress,
                            language=language, unpaired=unpaired, echo=echo, fixed=fixed, lifted=lifted,
                            by_forcing=by_forcing)
    if by_forcing:  # lines forcing placed and the phone pass fit nothing of: by pauses and pace between fit ones
        counts["unfit_runs"] = lay_unfit_runs(items, env, st.t0, st.t1)
    rejected = english and counts.get("phonetic_rejected", 0) > 0  # a chunk it fit poorly kept Whisper's edges
    if not english or by_forcing or rejected:  # what the phone pass did not place: boundaries into the pauses
        run_on = 0.0 if english or echo is None else echo
        counts["pause_boundaries"] = snap_unrefined_to_pauses(items, env, st.t0, st.t1, run_on=run_on, audio=audio)
    counts["joins_into_dips"] = joins_into_dips(items, env, st.t0, st.t1, never_late=english, audio=audio,
                                                run_on=echo or 0.0)
    if english:  # an end carried onto a listener's interjection: back to where the line's own voice gave way
        counts["another_voice"] = end_before_another_voice(items, audio, env)
    else:  # a faded last syllable over a noisy, dry line (English: boundaries.extend_to_sound)
        counts["faded_tails"] = follow_faded_tails(items, env, st.t0, st.t1, audio)
    counts["tone_ends"] = end_before_tones(items, audio, language)  # a Morse tone, a coo: no voice fading
    counts["thud_ends"] = end_before_thuds(items, audio, st.t1, language)  # a pump's stroke after the voice stopped
    counts["hiss_ends"] = end_before_hisses(items, audio, st.t1, language)  # a spray after a voiced last sound
    counts["crackle_ends"] = end_before_crackles(items, audio, st.t1)  # a sheet torn off a pad as the line ends
    counts["thin_voices"] = move_off_thin_voices(items, audio, env)  # an interpreter's voice is not the line's
    counts["canceller_residue"] = move_off_canceller_residue(items, audio, env, english=english)  # nor a call's far end
    if english and echo is None:  # an end left in a dip inside its last word: on to where its voice falls quiet
        counts["resumed_voice"] = follow_resumed_voice(items, audio, env, st.t1)
    if not english:
        counts["held_openings"] = follow_held_openings(items, env, st.t0)  # a first syllable a switch held down
    unheard = {k for k, item in enumerate(items) if NOT_HEARD in item.segment.flags}
    if unheard and len(unheard) < len(items):  # the neighbours moved: find the quiet place again
        place_unheard_segments(items, unheard, env, st)
    if not english:  # a start put past its own first hiss, which a low background hid from the whole band: to it
        counts["opening_hiss"] = move_to_opening_hiss(items, audio, st.t0, language)
    counts["onset_starts"] = move_to_own_onsets(items, env, st.t0, st.t1, audio)  # a start in others' sound: to its own
    counts["steady_openings"] = move_off_steady_openings(items, env, st.t0, st.t1, audio)  # on a bell's stroke: off it
    counts["thud_starts"] = starts_after_thuds(items, audio)  # on feet landing before the voice: to the voice
    counts["scrape_starts"] = starts_after_scrapes(items, audio, env)  # on a knife's stroke before it: to the voice
    by_phones = [item.phone_end is not None for item in items]  # over unvoiced sound its first phone cannot fill: off
    counts["opening_starts"] = phone_starts_as_openings_allow(items, by_phones, placed_starts, audio, env, language)
    if english and phones:  # the words of a line nobody heard, between its bounds as they now stand: on their sound
        counts["words_in_lines"] = place_words_within_lines(items, audio, language)
    return counts


def _score_talk(doc: Document, placed: Sequence[tuple], new_segments: list[Segment], audio: Audio, env: Envelope,
                english: bool, copy: Optional[CopyLags] = None) -> None:
    """Every refined stretch's segments scored into ``new_segments``.

    How the talk's lines end is measured over every line (those outside the
    stretches as they stand), so it is the same however the talk was cut into
    stretches (a lock, a time range): re-aligning without changes gives the
    same confidence (:mod:`.clipped_ends`; measured on English only).  ``copy``: a second recorder's drifting copy
    of the whole talk (:mod:`.copied_ends`).
    """
    inside = {i for st, *_ in placed for i in st.indices}
    talk = [item.segment for _, items, *_ in placed for item in items]
    whole = talk + [s for i, s in enumerate(doc.segments) if i not in inside]
    per_phone = typical_last_word(whole) if english else None
    pace = typical_pace(whole) if english else None  # how fast the talk's lines are said, a slow speaker's beside it
    run_on = typical_run_on(env, whole) if english else 0.0  # how the talk's lines fade under their voice
    ringing = ringing_line_ends(env, whole) if per_phone is not None else frozenset()  # ends into a room's ring
    keyed = keyed_channel(env, whole, audio)  # heard through a channel whose hiss comes and goes with the overs
    # where one word in ten misfits, a misfit at a join is the talk's sound's, no sign of two lines pushed together
    join_misfits = not (english and misfits_common(item for _, items, *_ in placed for item in items))
    for st, items, found, *_ in placed:
        for i, segment in zip(st.indices, _score(st, items, found, audio, env, english, per_phone, join_misfits,
                                                    copy, run_on, ringing, keyed, pace)):
            new_segments[i] = segment


def _score(st: Stretch, items: list[Placed], found: list[UnscriptedSpan], audio: Audio, env: Envelope,
           english: bool, per_phone: Optional[float], join_misfits: bool = True,
           copy: Optional[CopyLags] = None, run_on: float = 0.0,
           ringing: frozenset[float] = frozenset(), keyed: bool = False,
           pace: Optional[float] = None) -> list[Segment]:
    """Each refined segment of a stretch with its confidence and review flags.  ``per_phone``: how long the
    talk's last words last per phone (:func:`.clipped_ends.typical_last_word`; None: not read).  ``join_misfits``:
    a neighbour's word that misfits at a join with no pause doubts this line too (False where the talk's words
    misfit commonly, :mod:`.common_misfits`).  ``run_on``: how far the talk's lines run on under their voice as a rule
    (:func:`.late_ends.typical_run_on`).  ``ringing``: the ends of the talk's lines that stop at once into a room's
    ringing field (:func:`.ringing_ends.ringing_line_ends`).  ``keyed``: the talk is heard through a keyed channel
    (:func:`.channel_hiss.keyed_channel`).  ``pace``: how long the talk's lines' words last per phone
    (:func:`.clipped_ends.typical_pace`; None: not read)."""
    with sub_stage("score"):
        if not english:  # fits of phones mapped from another language are no evidence of misplacement
            for item in items:
                forget_misfits(item)
        return [finish_segment(item, *surroundings(items, k, found, env, st, audio, per_phone, english,
                                                   join_misfits, copy, run_on, ringing, keyed, pace))
                for k, item in enumerate(items)]


def _phone_pass_speaks(language: Optional[str]) -> bool:
    """Whether the phone pass can place this (non-English) talk's words; says so in the log when not."""
    if PhoneticAligner.available(language):
        return True
    log.info("no phone-level pass for %s: espeak-ng is not installed or has no voice for it (or pocketsphinx is "
             "missing); sentence boundaries go into the pauses", language_name(language))
    return False
