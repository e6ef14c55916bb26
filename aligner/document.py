"""The Document: the single source of truth about one talk.

A :class:`Document` is the audio it belongs to and an ordered list of
:class:`Segment` values; each aligned segment carries its :class:`Word` values.
Segments and words are immutable: an edit builds new ones (see
:mod:`aligner.edits`), which is what makes every edit trivially reversible and
lets undo snapshots be shared without copying.

One time unit everywhere: seconds as float.  ``None`` means "not placed yet".
"""

from __future__ import annotations

import math
import os
import uuid
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional

from .text import split_words

# Segment flags -------------------------------------------------------------------------
LOCKED = "locked"  #: times set by the user; re-alignment keeps them fixed
NOT_HEARD = "not_heard"  #: text the audio does not contain
LOW_CONFIDENCE = "low_confidence"  #: aligned, but the engine is unsure; worth a look
HINT_IGNORED = "hint_ignored"  #: an inline timestamp disagreed with the audio and was not followed
#: Why a low-confidence segment is unsure, where the engine can say it in a sentence: its last sound fades into a
#: background (babble, a murmur, music) about as loud as that sound, so the end may lie later than shown.
END_IN_NOISE = "end_in_noise"
#: ... sound goes on right after its end, holding as a voice does (no quiet pause, too short a one before the next
#: line, or standing well over the pause's own background): the end may lie later.
SOUND_AFTER_END = "sound_after_end"
#: ... nothing voiced in its first few tenths of a second (noise, applause, a breath before the first vowel):
#: the start may lie later.
START_BEFORE_VOICE = "start_before_voice"
#: ... nothing voiced in its last few tenths of a second (typing, rustle, a breath after the last vowel): the end
#: may lie earlier.
END_AFTER_VOICE = "end_after_voice"
#: ... its last word is short against the talk's other last words and a weak sound goes on after its end that the
#: pause after it does not hold: the end was cut on the last loud sound and may lie later.
END_CUT_SHORT = "end_cut_short"
#: ... its first tenths stand well under its voice and rise no louder than the sound just before it (another voice
#: talking over the pause): it starts in that sound, not at its own onset, and the start may lie later.
START_WITHOUT_ONSET = "start_without_onset"
#: ... words the transcript does not hold were heard beginning inside it and running on past its end (a second voice
#: that speaks as the line stops): the end lies in those words and may lie earlier.
END_IN_UNSCRIPTED = "end_in_unscripted"
#: ... its end was carried on past where the phone pass ended its last word further than a word's last sound lasts
#: (a room's tail, the background), or across a quiet longer than a stop's closure onto a separate sound (a tap's drip):
#: the end may lie earlier.
END_CARRIED_ON = "end_carried_on"
#: ... its last tenths fall as a room's tail does, under its voice and with no pitch in them (a far microphone's
#: room, a noise suppressor's residue): the end was carried down the tail and may lie earlier.
END_IN_DECAY = "end_in_decay"
#: ... its last tenths are one steady tone at one level (a PA's feedback howl): the end may lie earlier.
END_ON_TONE = "end_on_tone"
#: ... it meets its neighbour with no pause, and the word before that join lasts far longer than its sounds take (a
#: line broken mid-sentence): the word swallowed the next line's first sound, and the boundary may lie earlier.
STRETCHED_JOIN = "stretched_join"
#: ... its last tenths jump in level from frame to frame as clicks do (a chair creaking) and its last word is long for
#: the talk: the end was carried on over the creak and may lie earlier.
END_ON_CREAK = "end_on_creak"
#: ... a syllable at its voice's level that no line holds sits just before its start, across a dip no longer than
#: the closure of a stop inside its first word: the start may lie earlier, on that syllable.
START_AFTER_CLOSURE = "start_after_closure"
#: ... its last word lasts far longer than the talk's last words do (it swallowed a sound that is not its own: a
#: listener's "Hmm" over the line's end or just after it): the end may lie earlier.
END_ON_OVERLONG_WORD = "end_on_overlong_word"
#: ... the sound right after its end is still its voice, falling (periodic, under the line's last tenth, over the
#: pause's floor): a speaker trailing off, the end put before the voice stopped; the end may lie later.
END_IN_TRAILING_VOICE = "end_in_trailing_voice"
#: ... the sound right after its end holds as a voice does and stands out of the following pause's own noise (a weak
#: last sound, a faint tail): the end is not where the sound stops, and may lie later -- or earlier, where it was
#: carried along a tail that is not the line's.
END_BEFORE_SOUND_STOPS = "end_before_sound_stops"
#: ... a second recorder's copy of the talk is mixed in at a drifting lag (:mod:`.align.drifting_copy`), and the end
#: was carried 0.1 s or more past the phone pass's end, but no further than the copy lags there
#: (:mod:`.align.copied_ends`): it may lie on the copy's last sound, and the line's own voice may stop earlier.
END_IN_COPY = "end_in_copy"
#: An English line's last word ends in a hiss (/s/, /sh/), but its end holds a voiced sound: the hiss was not heard.
END_WITHOUT_SIBILANT = "end_without_sibilant"
#: An English line's end stands on sound that rose again after its voice gave way, long after that voice was last
#: heard whole, and none of it carries the line's fundamental (an echo canceller's residue of a call's far end):
#: the end may lie earlier, where the voice gave way (:mod:`.align.past_own_voice`).
END_PAST_OWN_VOICE = "end_past_own_voice"
#: A line's end sinks into a steady hiss 12-30 dB under its voice that goes away between overs (a two-way radio's
#: channel): the rest of its fade lies under the hiss, and the end may lie later (:mod:`.align.channel_hiss`).
END_UNDER_CHANNEL_HISS = "end_under_channel_hiss"
#: A line's end is where a two-way radio's squelch tail is cut off: the voice stopped before the tail
#: (:mod:`.align.channel_hiss`).
END_ON_SQUELCH_TAIL = "end_on_squelch_tail"
#: An English line's first word is squeezed into far less time than the line's pace, and voice nobody's line holds
#: sits just before its start, across a pause no longer than one inside a sentence: the start may lie earlier, on
#: that voice (:mod:`.align.squeezed_starts`).
START_AFTER_SQUEEZED_WORDS = "start_after_squeezed_words"
#: An English line's last word ends in a stop and an /s/, and a noise comes back after its end across a dip as short
#: as the stop's closure: the end lies in the closure, before the release and the hiss, and may lie later
#: (:mod:`.align.released_ends`).
END_BEFORE_RELEASE = "end_before_release"
#: An English line's last word is short for the talk, the sound holds after its end, and its last stretch stands so
#: little over the background that its fading last syllable ends under it: the end was put where the fade sank into
#: the background and may lie later (:mod:`.align.buried_ends`).
END_BURIED = "end_buried_in_background"
#: The reasons a low-confidence segment can carry (set with LOW_CONFIDENCE, cleared with it).
REASON_FLAGS = frozenset({END_IN_NOISE, SOUND_AFTER_END, START_BEFORE_VOICE, END_AFTER_VOICE, END_CUT_SHORT,
                          START_WITHOUT_ONSET, END_IN_UNSCRIPTED, END_CARRIED_ON, END_IN_DECAY, END_ON_TONE,
                          STRETCHED_JOIN, END_ON_CREAK, START_AFTER_CLOSURE, END_ON_OVERLONG_WORD,
                          END_IN_TRAILING_VOICE, END_BEFORE_SOUND_STOPS, END_IN_COPY, END_WITHOUT_SIBILANT,
                          END_PAST_OWN_VOICE, END_UNDER_CHANNEL_HISS, END_ON_SQUELCH_TAIL,
                          START_AFTER_SQUEEZED_WORDS, END_BEFORE_RELEASE, END_BURIED})
#: A person has looked at this segment (corrected its times or marked it reviewed): it leaves the review queue.
REVIEWED = "reviewed"
KNOWN_FLAGS = frozenset({LOCKED, NOT_HEARD, LOW_CONFIDENCE, HINT_IGNORED, REVIEWED}) | REASON_FLAGS

#: Tolerance for comparing times (1 µs): float arithmetic on times must not break invariants.
EPS = 1e-6


@dataclass(frozen=True)
class Word:
    """One word of a segment's text, placed in time."""

    text: str  #: exactly as in the segment text, punctuation included
    start: Optional[float] = None
    end: Optional[float] = None
    probability: Optional[float] = None  #: confidence in [0, 1] that the word is where it is said to be
    cue: bool = False  #: bracketed non-speech cue ("[applause]"): kept as text, not aligned

    @property
    def timed(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass(frozen=True)
class Hint:
    """A time the transcript itself gives: the text at ``offset`` is spoken at ``time``.

    ``offset`` is a character offset into the segment text (0 = its first word,
    ``len(text)`` = its end).  Inline stamps of web transcripts and the cue times
    of an SRT/VTT file become hints.  Hints guide alignment; the audio decides.
    """

    offset: int
    time: float


@dataclass(frozen=True)
class Segment:
    """A piece of the transcript (a sentence, a subtitle cue, a line) and where it is spoken."""

    text: str
    start: Optional[float] = None
    end: Optional[float] = None
    speaker: Optional[str] = None
    words: tuple[Word, ...] = ()  #: empty until aligned; otherwise one per ``split_words(text)``
    confidence: Optional[float] = None  #: in [0, 1]; None until aligned
    flags: frozenset[str] = frozenset()
    hints: tuple[Hint, ...] = ()
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def timed(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def duration(self) -> Optional[float]:
        return self.end - self.start if self.timed else None

    @property
    def locked(self) -> bool:
        return LOCKED in self.flags

    def has(self, flag: str) -> bool:
        return flag in self.flags

    def with_flag(self, flag: str, on: bool = True) -> "Segment":
        flags = self.flags | {flag} if on else self.flags - {flag}
        return replace(self, flags=frozenset(flags))

    def chars_per_second(self) -> Optional[float]:
        """Reading speed, the usual subtitle readability measure (spaces count, as in Subtitle Edit)."""
        d = self.duration
        if d is None or d <= 0:
            return None
        return len(" ".join(self.text.split())) / d


@dataclass(frozen=True)
class UnscriptedSpan:
    """Speech the transcript does not contain, with what the recognizer heard there."""

    start: float
    end: float
    text: str
    probability: Optional[float] = None


@dataclass
class Document:
    """A talk: where its audio is, its segments in order, and what alignment learned."""

    segments: list[Segment] = field(default_factory=list)
    audio_path: Optional[str] = None
    audio_duration: Optional[float] = None
    language: Optional[str] = None
    #: Format the transcript came in (a key of the format registry), so it can be written back.
    source_format: Optional[str] = None
    source_path: Optional[str] = None
    #: Speech found in the audio that the transcript lacks.
    unscripted: list[UnscriptedSpan] = field(default_factory=list)
    #: Free-form facts a format wants to keep for writing the file back (e.g. a web page's header).
    metadata: dict = field(default_factory=dict)

    # ----------------------------------------------------------------------------- queries
    def __len__(self) -> int:
        return len(self.segments)

    def __getitem__(self, i: int) -> Segment:
        return self.segments[i]

    @property
    def aligned(self) -> bool:
        return bool(self.segments) and all(s.timed for s in self.segments)

    def index_of(self, segment_id: str) -> int:
        for i, s in enumerate(self.segments):
            if s.id == segment_id:
                return i
        raise KeyError(segment_id)

    def speakers(self) -> list[str]:
        seen: dict[str, None] = {}
        for s in self.segments:
            if s.speaker:
                seen.setdefault(s.speaker, None)
        return list(seen)

    def segment_at(self, t: float) -> Optional[int]:
        """Index of the segment spoken at time ``t`` (None in a gap)."""
        for i, s in enumerate(self.segments):
            if s.timed and s.start - EPS <= t <= s.end + EPS:
                return i
        return None

    def copy(self) -> "Document":
        """A copy whose segment list can change without touching this one (segments are immutable)."""
        return replace(self, segments=list(self.segments), unscripted=list(self.unscripted),
                       metadata=dict(self.metadata))

    def audio_path_abs(self, base_dir: Optional[str] = None) -> Optional[str]:
        if self.audio_path is None:
            return None
        if os.path.isabs(self.audio_path) or base_dir is None:
            return self.audio_path
        return os.path.normpath(os.path.join(base_dir, self.audio_path))

    def apply(self, edit) -> None:
        """Make an :mod:`aligner.edits` edit happen (``edit.revert(doc)`` undoes it)."""
        edit.apply(self)

    def check(self, allow_overlap: bool = False) -> None:
        """Raise :class:`InvalidDocument` if an invariant is broken (used by tests and after loading)."""
        check_segments(self.segments, allow_overlap=allow_overlap, duration=self.audio_duration)


def words_for_text(text: str) -> tuple[Word, ...]:
    """Untimed words of a text, one per :func:`aligner.text.split_words` piece."""
    return tuple(Word(w.text, cue=w.cue) for w in split_words(text))


class InvalidDocument(ValueError):
    """A broken invariant: the message says which segment and what is wrong.

    A real exception, not ``assert``: a damaged project must be refused the same
    way when Python runs with ``-O`` (``PYTHONOPTIMIZE``), which strips asserts.
    """


def _require(ok: bool, message: str) -> None:
    if not ok:
        raise InvalidDocument(message)


def check_segments(segments: Iterable[Segment], allow_overlap: bool = False,
                   duration: Optional[float] = None) -> None:
    """The document invariants; raises :class:`InvalidDocument` naming the first one broken.

    * every segment has its own id;
    * every timed segment has 0 <= start <= end (<= duration when known), all finite;
    * timed segments are in order of start, and do not overlap unless allowed;
    * words, when present, are the words of the text, each inside its segment and in order;
    * confidences and probabilities lie in [0, 1].
    """
    prev: Optional[Segment] = None
    ids: set[str] = set()
    for s in segments:
        _require(s.id not in ids, f"two segments share the id {s.id}")
        ids.add(s.id)
        _require((s.start is None) == (s.end is None), f"half-timed segment {s.id}")
        _require(_unit(s.confidence), f"confidence {s.confidence} of {s.id} is not between 0 and 1")
        if s.timed:
            _require(math.isfinite(s.start) and math.isfinite(s.end), f"segment {s.id} has a time that is not a number")
            _require(s.start >= -EPS, f"negative start {s.start}")
            _require(s.start <= s.end + EPS, f"start {s.start} after end {s.end}")
            if duration is not None:
                _require(s.end <= duration + 1e-3, f"end {s.end} after audio end {duration}")
            if prev is not None:
                _require(prev.start <= s.start + EPS, f"segments out of order at {s.id}")
                if not allow_overlap:
                    _require(prev.end <= s.start + EPS, f"overlap between {prev.id} and {s.id}")
            prev = s
        if s.words:
            expected = [w.text for w in split_words(s.text)]
            _require([w.text for w in s.words] == expected, f"words do not match text in {s.id}")
            last = None
            for w in s.words:
                _require(_unit(w.probability), f"probability {w.probability} of {w.text!r} is not between 0 and 1")
                _require((w.start is None or math.isfinite(w.start)) and (w.end is None or math.isfinite(w.end)),
                         f"word {w.text!r} has a time that is not a number")
                if w.timed:
                    _require(w.start <= w.end + EPS, f"word {w.text!r} ends before it starts")
                    if s.timed:
                        _require(s.start - EPS <= w.start and w.end <= s.end + EPS,
                                 f"word {w.text!r} outside its segment {s.id}")
                    if last is not None:
                        _require(last <= w.start + EPS, f"words out of order in {s.id}")
                    last = w.end


def _unit(x: Optional[float]) -> bool:
    """None, or a number in [0, 1]."""
    return x is None or (math.isfinite(x) and -EPS <= x <= 1 + EPS)
