"""Phone-level word boundaries for short chunks (pocketsphinx forced alignment).

The acoustic model is pocketsphinx's en-us one.  English words come from its
dictionary; the words of any other language espeak-ng has a voice for come as
that voice pronounces them, each phone mapped to the nearest English one
(:class:`.pronounce.LanguagePronouncer`): the model's phones are close enough
to place words and sentences, which is all a forced aligner needs of them.

Whisper's word times come from cross-attention: ~50-100 ms off, starts late,
pauses swallowed into words.  Between two confident Whisper anchors the engine
cuts a chunk of audio (a few seconds, with some margin) whose text it trusts,
and this module aligns that text phone by phone with pocketsphinx's HMM
acoustic model: word boundaries land within a frame or two of the sound.

How the search is set up, and why (numbers: benchmarks/bench_phonetic.py):

* A linear grammar of the chunk's tokens, built with ``create_fsg``.
  pocketsphinx's FSG search adds optional silence (``<sil>``) and noise
  fillers (``[NOISE]``, ``[SPEECH]``) between all words by itself, and tries
  every dictionary variant of a word ("the" = DH AH / DH IY).  A filler the
  transcript dropped ("um") becomes silence; the words around it keep their
  places.  (Optional "uh"/"um" words between all words were tried: they
  also swallow real missing phrases, hiding them from the check below, and
  cost a little accuracy.)
* Optional *context words* at both ends: the margins around a chunk often
  hold the end of the previous word or the start of the next one, and
  without them in the grammar the chunk's first/last word stretches over
  that speech (with 1 s margins: 88% -> 95% of boundaries within 50 ms on
  the MFA cases).  A generic garbage model does not work instead: the
  model's ``+SPN+`` swallows real "um"s, and a phone loop costs 3-4 x the
  time and made valid chunks fail.
* Wide beams (see ``BEAM``), a decoder without n-gram model (faster to
  load, and adding words to it is free).  A chunk that finds no path is
  searched once more with the widest beams (``RETRY_BEAM``): under birdsong
  (tonal chirps at 2-7 kHz, 12 dB under the voice) the right path fell more
  than 1e-200 under the best one and was pruned, voiced and whispered lines
  alike (``rd56_*``).
* Every chunk starts from the same front-end state, whatever was searched
  before: the noise-removal estimate is reset and learnt again from the
  half second of the talk before the chunk (``lead_in``), so a result never
  depends on which process aligned the chunk or in what order.
  The noise removal itself stays on: off, degraded lines' ends came
  earlier, not later (183 dev lines: ends within 100 ms 62.8 -> 57.9 %),
  and where the phone pass ends a relayed line early the rest stands at
  the pause's own level (benchmarks/phone_end_variants.py, README "Why the
  phone pass ends lines early on degraded audio").
* One decoding pass.  A second, phone/state-level pass (``set_alignment``)
  gives exactly the same word boundaries at twice the cost, so it is not run.
  Word starts are frame starts (k x 10 ms): bias ~0 ms against exact truth
  between two words; edges next to silence are placed on the sound (below).

Checking the result (it must never make things worse than Whisper's times):

* pocketsphinx finds no path when the text holds words that are not spoken
  in the chunk (the grammar's final state is never reached, even with 3 s of
  pause to hide them in): :meth:`PhoneticAligner.align` returns ``None``.
* The opposite, speech the text lacks, is harder: the search has no good
  model for "other speech", so it labels it silence or pulls neighbouring
  words across it, sometimes by seconds.  WebRTC's voice activity detector
  (shipped with pocketsphinx) checks every stretch the alignment calls
  silence; 0.8 s of speech in one run (breaks of up to 0.2 s between its
  words) rejects the chunk (``plausible`` False), 0.3 s or more is reported
  in ``unscripted``.  Isolated flickers of the detector on room noise, however
  many over a long stretch, are not one run.  A
  dropped "um" becomes silence with the words around it in place, and is
  too short to reject the chunk.  This catches most but
  not all such chunks (robustness table in the benchmark), so the engine
  should still only send text that Whisper heard in that audio.
* Words squeezed to the fewest frames the HMM allows while fitting badly,
  or a chunk whose words fit badly overall, are rejected too.
* Each word gets a relative acoustic confidence (see ``_confidence``).

Where speech meets silence, the HMM's edge is too wide; :mod:`.phone_edges` moves each edge next to
silence, or between two words the HMM joined over a pause, to where the sound starts or stops.

Times are seconds from the first sample of the chunk.
"""

from __future__ import annotations

import itertools
import logging
import math
import re
from dataclasses import dataclass, field
from typing import Optional, Sequence, Union

import numpy as np

from ..language import base_code
from .cut_short_words import missing_syllable_end
from .fast_lines import squeezed_lines, take_fast_lines
from .held_tones import holds_its_pitch
from .hissed_gaps import edges_in_hiss, gap_to_read, hiss_across, hiss_floor
from .phone_edges import (SAMPLE_RATE, before_fricative, fine_db, held_last_sound, past_release,
                          silent_until_the_next_word, split_at_pause, through_fricative, tighten_edge)
from .pronounce import AFFRICATES, LanguagePronouncer, Pronouncer, espeak_voice, model_dir
from .silent_onsets import silent_codas, silent_onsets
from .sounding_gaps import gap_sounds_as_words
from .voice_edges import VOWEL, periodicity_of
from .weak_the import WEAK_THE, WEAK_THE_PHONES, before_consonant

log = logging.getLogger(__name__)

#: pocketsphinx analyses 10 ms frames; a word starting at frame k starts at k x 10 ms.  (Frame k
#: spans samples [160 k, 160 k + 410), so its centre is 12.8 ms later, but the measured bias
#: of boundaries at k x 10 ms is ~0 ms on exact synthetic truth, +8 ms with the centre convention.)
#: The speech detector's frame too (WebRTC's VAD takes 10, 20 or 30 ms).
FRAME = 0.01
#: The frame step of the search again of a chunk whose voice speaks faster than the 10 ms frames can hold
#: (:func:`_faster_than_its_frames`).  The model's HMMs have three states, each held at least one frame: at
#: 10 ms a phone lasts 30 ms at least, and a synthesized voice at x1.76-1.9 says "the", "a", "in" in 30-35 ms
#: (two phones).  The search then has to stretch such words over their neighbours' sound, they fit poorly at
#: their fewest frames, and the verdict rejects the chunk as text squeezed into sound that is not there: 6 of
#: 10 dev sentences of festival's ``ked`` at x1.76 and x1.9 (the twenty-third aside set's festival talk: two of
#: its five fast lines kept Whisper's times, words 100-450 ms late).  The model's features are the same at a
#: 5 ms step (the 25.6 ms window, the cepstra and their deltas over two frames, which then span half the time
#: -- as a voice at twice the pace has them), so such a chunk is searched again at 5 ms, where a phone may be
#: as short as 15 ms; the same 10 sentences: none rejected, 100 / 99 % of word edges within 50 ms.  It is no
#: finer step for every chunk: at the voices' own pace it places edges a little earlier and worse (dev words
#: within 50 ms 95.7 -> 93.1 %), and a slow voice's long phones gain nothing from it.
FINE_FRAME = 0.005

#: Words the search may insert between any two words: not part of the text.
_FILLERS = {"<sil>", "<s>", "</s>", "[NOISE]", "[SPEECH]"}
#: Dictionary names of context words (neighbours' words that may be heard in the margins)
#: start with this, so they can never be mistaken for the chunk's own words.
_CONTEXT = "ctx+"
_VARIANT = re.compile(r"\(\d+\)$")
#: The search that only primes the front end's noise estimate (a grammar of one silence).
_PRIMER = "primer"
_PLAIN = re.compile(r"[\w']+")

#: A chunk shorter than this cannot hold a word (the model needs >= 3 frames per phone).
MIN_CHUNK_SECONDS = 0.1
#: Verdict thresholds (see benchmarks/bench_phonetic.py's robustness table).
SQUEEZED_CONFIDENCE = 0.2  #: a word at its minimum length and fitting worse than this is squeezed
POOR_FIT_CONFIDENCE = 0.2  #: a chunk whose words fit worse than this on average is rejected
#: How the verdict names a chunk rejected for :data:`POOR_FIT_CONFIDENCE` (:mod:`.cut_parts_fit` reads it)
POOR_FIT = "the sound fits the text poorly"
UNSCRIPTED_MIN_SPEECH = 0.3  #: seconds of speech in one silence/filler stretch to report it
#: Seconds of such speech in one stretch that reject the chunk: longer than a filled pause, so the
#: "um"s and "uh"s transcripts leave out are reported but do not throw the alignment away.
UNSCRIPTED_REJECT = 0.8
#: Share of such speech's frames that must repeat at one pitch (:data:`.voice_edges.VOWEL`) for it to be a voice
#: talking rather than a crowd (see :func:`_one_voice`).  Measured on the VAD's runs of 0.8 s or more in the truth's
#: pauses of every dev case (audio only): crowds, clicks and noise 0.00-0.20 (Tux Typing's real cheer 0.19,
#: applause 0.00-0.01, crowd_cases.py's laughter of 10-14 voices 0.13); speech the transcript lacks 0.33-0.93, the
#: lowest a real reader in mfa_acoustic_corpus+del (0.33, 0.36), two voices at once (trap2_overlap 0.39), a voice
#: under a music bed (trap2_bed 0.40), festival's diphone voice (rd_fest_tight 0.42).  One exception: a 1.2 s false
#: start by flite's ``rms`` in a reverberant room reads 0.23 (trap2_audience); Whisper hears it, so the phone pass's
#: chunks stop short of it (its verdict there is unchanged).
ONE_VOICE_SHARE = 0.25
#: Speech the text lacks is said in the foreground, near the level of the words the text has: its loud frames (90th
#: percentile of the fine envelope) stand at most this far (dB) under theirs.  A cafe or a crowd of voices under the
#: speaker is speech to the VAD, and as periodic as one talker (five voices: 0.27-0.94 of its frames), but it is a bed
#: under the words.  Measured on the VAD's runs in the phone pass's filler stretches (rd33_*, rd7_*babble*,
#: yx_real_cafe: cafes and babble 6-18 dB under): -5.1 to -16.8 dB; speech the transcript lacks: trap3_unwritten
#: +4.9/+6.6, trap2_overlap +0.8, a voice over a music bed (trap2_bed) -3.8.
FOREGROUND_DROP = 5.0
#: A chunk's last word that the search ran to the chunk's very end at more than this many times the chunk's median
#: length per phone was given the sound after the voice: in a pause full of a cafe's voices no silence fits better,
#: and the word takes the pause (rd33_espeak_cafe7 "meeting." 2.6x and 3.6x, ending +0.5 and +0.9 s late;
#: rd7_real_tight_babble "muted." +0.35 s).  Last words that ended right measured up to 1.8x (rd33_*, yx_real_cafe,
#: rd_fest_clean, rd_real_tight, rd_real_pauses, syn_noise15).
EDGE_STRETCH = 2.0
#: Speech frames further apart than this (s) belong to different runs (the pause between two words of
#: one phrase is shorter).
SPEECH_RUN_BREAK = 0.2
#: Silence (s) beside a word squeezed to its fewest frames that makes it stranded: longer than any stop's
#: closure (QUIET_RUN_END) by half again, a pause between phrases.
STRANDED_PAUSE = 0.3

WordTokens = Union[str, Sequence[str]]


@dataclass(frozen=True)
class WordTiming:
    """Where one transcript word was found in the chunk."""

    start: float  #: seconds from the chunk start
    end: float
    #: How well the sound fits the word's phones, 0..1, relative to what else the search
    #: considered (typically 0.4-0.95 for a word in place; < 0.1 often means misplaced).
    confidence: float


@dataclass(frozen=True)
class ChunkAlignment:
    """The result of aligning one chunk.

    ``words`` has one entry per input word, in order; ``None`` for a word with no
    tokens (a cue such as "[applause]", or nothing pronounceable).
    """

    words: tuple[Optional[WordTiming], ...]
    duration: float  #: length of the chunk (s)
    #: False when the path pocketsphinx found does not look like this text being spoken here;
    #: the engine should then keep its own times.  ``problems`` says why.
    plausible: bool
    problems: tuple[str, ...] = ()
    #: Stretches inside the chunk that sound like speech but were not given to any word
    #: (dropped fillers, ad-libs, a neighbour's word in the margin), as (start, end).
    unscripted: tuple[tuple[float, float], ...] = ()
    #: Mean word confidence weighted by duration, 0..1.
    confidence: float = 0.0
    #: Raw pocketsphinx word segmentation (word, start s, end s), fillers included: for debugging.
    segments: tuple[tuple[str, float, float], ...] = field(default=(), repr=False)
    #: Words the search found no sound of their own for, across a pause from the rest of their text:
    #: (index into ``words``, +1 when the pause follows the word, -1 when it comes before), for a word at
    #: the fewest frames the HMM allows, glued to its neighbour on the other side, with at least
    #: ``STRANDED_PAUSE`` of silence on this side (see :func:`_stranded_side`).
    stranded: tuple[tuple[int, int], ...] = ()
    #: Index into ``words`` of the last word when the search stretched it over the chunk's end (its end is then
    #: no measurement of the voice's; see :func:`_stretched_to_the_end`), or None.
    stretched_end: Optional[int] = None
    #: The stretches of :attr:`unscripted` long enough to reject the chunk (``UNSCRIPTED_REJECT``), and whether
    #: they are its only problem.  This pass hears sound, not words: a laugh or a cough in a line is speech to the
    #: VAD just as a sentence the transcript lacks is.  The caller, which knows what Whisper heard there, may tell
    #: the two apart (see ``boundaries.PhoneticRefiner``); then the chunk is plausible but for them.
    unaccounted: tuple[tuple[float, float], ...] = ()
    plausible_but_unaccounted: bool = False
    #: Per entry of ``words``: whether the silence the search put just before the word, after the chunk's word before
    #: it, is short enough to be the word's own closure (:func:`.silent_onsets.silent_onsets`); the
    #: caller, which knows the words' text, begins such a word where the one before ends (``join_silent_onsets``).
    silent_onsets: tuple[bool, ...] = ()
    #: Per entry of ``words``: whether the silence the search put just after the word, before the chunk's next word, is
    #: short enough to be the closure of the stop the word ends on (:func:`.silent_onsets.silent_codas`); the caller
    #: ends such a word where the next one begins.
    silent_codas: tuple[bool, ...] = ()
    #: Whether the verdict rejected the chunk for words squeezed to the fewest frames the HMM allows.
    squeezed_out: bool = False
    #: The search's frame step (s): :data:`FRAME`, or :data:`FINE_FRAME` for a voice faster than it.
    frame: float = FRAME
    #: The lines (indices into ``lines`` as :meth:`PhoneticAligner.align` takes it) that fit poorly with squeezed
    #: words while another line of the chunk fits: a fast voice beside a slow one (:mod:`.fast_lines`; English).
    squeezed_lines: tuple[int, ...] = ()

    @property
    def speech_start(self) -> Optional[float]:
        """Start of the first word (the end of the leading silence)."""
        timed = [w for w in self.words if w is not None]
        return timed[0].start if timed else None

    @property
    def speech_end(self) -> Optional[float]:
        """End of the last word (the start of the trailing silence)."""
        timed = [w for w in self.words if w is not None]
        return timed[-1].end if timed else None


def _confidence(score_per_frame: float) -> float:
    """Map a word's pocketsphinx acoustic score per frame to 0..1.

    pocketsphinx scores each frame relative to the best senone *the search was
    evaluating* in that frame (log base 1.0001, scaled down by 2^10), so a
    word's score per frame says how far it fits below the competing paths of
    the same search: a relative fit, not a calibrated probability.  Measured:
    words in the right place mostly -5..-30 (TTS voices worse), words pulled
    into the wrong place often below -50.  A logistic centred at -30 spreads
    that over 0..1.
    """
    return 1.0 / (1.0 + math.exp((-30.0 - score_per_frame) / 8.0))


def _language(language: Optional[str]) -> str:
    """"fr" for "fr", "fr-CA", "FR_ca"; English when none is given."""
    return base_code(language or "en")


def _ends_in(phones: Sequence[str], kinds: frozenset) -> bool:
    """Whether a word's phones end in one of ``kinds``."""
    return bool(phones) and phones[-1] in kinds


def _token_tuples(words: Sequence[WordTokens]) -> list[tuple[str, ...]]:
    per_word = [(w,) if isinstance(w, str) else tuple(w) for w in words]
    return [tuple(t.strip().lower() for t in toks if t and t.strip()) for toks in per_word]


class PhoneticAligner:
    """Forced alignment of short chunks with pocketsphinx (English, or ``language`` given to ``align``).

    The decoder (~0.3 s to load) is created on first use and reused for every
    chunk; words missing from its dictionary are added as they come.  **Not
    thread-safe**: one decoder decodes one chunk at a time, so give each worker
    thread its own aligner.
    """

    #: Beams (pocketsphinx's defaults are 1e-48 / 7e-29).  Forced alignment has one right path;
    #: on hesitant speech it can score far below paths that rushed ahead through the text, and
    #: the default beams prune it: no alignment at all (seen on mfa_cold_corpus up to 1e-60).
    #: 1e-200 leaves a wide safety margin for ~30% more time (0.010 -> 0.013 x real time).
    BEAM = 1e-200
    WORD_BEAM = 1e-150
    #: Probability of a pause between two words (pocketsphinx's default 0.005 is a recognition
    #: setting against inserted silences).  With it, a 0.25 s pause before a word starting with a
    #: stop ("... March. Please") became the stop's closure and the word started 0.24 s early.
    #: 0.05: pooled boundaries within 50 ms 91.6 -> 92.7% (0.5 s margins); 0.1-1.0 no better.
    #: It does not decide where a line ends: 0.005-0.5 left 176-183 of 183 degraded and clean line ends within
    #: 15 ms (phone_end_variants.py), as did fillprob 1e-2 and wip 0.1-1.0.
    SILENCE_PROB = 0.05
    #: The beams (all three) of the one retry of a chunk that found no path.  Under birdsong through a window
    #: (``rd56_*_birds``: chirps at 2-7 kHz 12 dB under the voice) the right path of a line whose every word is
    #: spoken was pruned at 1e-200 -- 8 of 14 lines' chunks found no path, whispered and voiced alike, the same
    #: lines without the birds all found one -- so their edges stayed where Whisper put them (0.2-0.5 s off).
    #: Searched again at 1e-300 (the read of ``beam`` when a search is made: only the retry pays for it), 6 of
    #: those 8 found their path.  Text that is not in the audio still finds none, or fails the verdict below.
    RETRY_BEAM = 1e-300

    def __init__(self, use_espeak: Optional[bool] = None):
        self._decoder = None
        self._logmath = None
        self._use_espeak = use_espeak
        self._pronouncer: Optional[Pronouncer] = None
        self._spoken: dict[str, str] = {}  # token -> dictionary word used for it
        self._languages: dict[str, LanguagePronouncer] = {}  # other languages' pronunciations
        self._alternated: set[str] = set()  # language words given more than one pronunciation here

    # ------------------------------------------------------------------ setup

    @staticmethod
    def available(language: Optional[str]) -> bool:
        """True when pocketsphinx is installed, for English (``"en"``, ``"en-US"`` ...) and for every
        language espeak-ng has a voice for (its words' pronunciations mapped to the English phones)."""
        if not language or (_language(language) != "en" and espeak_voice(language) is None):
            return False
        try:
            import pocketsphinx  # noqa: F401
        except ImportError:
            return False
        return True

    def _ensure_decoder(self):
        if self._decoder is None:
            from pocketsphinx import Decoder

            # lm=None: no n-gram search (forced alignment needs none); it also makes adding a word
            # to the dictionary free instead of ~0.1 s.
            self._decoder = Decoder(samprate=SAMPLE_RATE, lm=None, bestpath=False, loglevel="FATAL",
                                    beam=self.BEAM, pbeam=self.BEAM, wbeam=self.WORD_BEAM,
                                    silprob=self.SILENCE_PROB)
            self._logmath = self._decoder.get_logmath()
            self._pronouncer = Pronouncer(known=self._decoder.lookup_word, use_espeak=self._use_espeak)
            log.debug("pocketsphinx decoder ready (model %s)", model_dir())
        return self._decoder

    def _dictionary_words(self, tokens: Sequence[str], context: bool = False, language: str = "en") -> list[str]:
        """The decoder's dictionary word for each token, adding guessed pronunciations for new ones.

        With ``context`` the words are copies under the context prefix (every
        pronunciation variant), so a neighbour's "the" is never taken for ours.
        Tokens of another language get words of their own ("fr+les"), pronounced
        by espeak-ng's voice for it, never the English dictionary's ("les").
        """
        dec = self._ensure_decoder()
        lang = _language(language)
        if lang != "en":
            return self._language_words(tokens, context, lang)
        new = [t for t in dict.fromkeys(tokens) if t not in self._spoken]
        if new:
            prons = self._pronouncer.pronounce(new)
            for t in new:
                word = t
                if not _PLAIN.fullmatch(word) or dec.lookup_word(word) is None:
                    phones = prons.get(word) or ("+SPN+",)  # nothing sayable: any speech will do
                    # Dictionary entries are whitespace-separated and "(2)" marks a variant: keep names plain.
                    word = "tok+" + "".join(c if c.isalnum() or c == "'" else "_" for c in word)
                    if dec.lookup_word(word) is None:
                        dec.add_word(word, " ".join(phones), False)
                self._spoken[t] = word
        words = [self._spoken[t] for t in tokens]
        return self._context_copies(words) if context else words

    def _language_words(self, tokens: Sequence[str], context: bool, lang: str) -> list[str]:
        """Dictionary words for another language's tokens (whole words, see ``align``)."""
        dec = self._decoder
        pronouncer = self._languages.get(lang) or self._languages.setdefault(lang, LanguagePronouncer(lang))
        new = [t for t in dict.fromkeys(tokens) if f"{lang}+{t}" not in self._spoken]
        if new:
            prons = pronouncer.pronounce_variants(new)
            for t in new:
                word = f"{lang}+" + "".join(c if c.isalnum() or c == "'" else "_" for c in t)
                if dec.lookup_word(word) is None:
                    # a close-mid /e/ read both ways (EH, EY): "(2)" is a variant the search chooses per word
                    variants = [v for v in prons.get(t, ()) if v] or [("+SPN+",)]
                    for k, phones in enumerate(variants, 1):
                        dec.add_word(word if k == 1 else f"{word}({k})", " ".join(phones), False)
                    if len(variants) > 1:
                        self._alternated.add(word)
                self._spoken[f"{lang}+{t}"] = word
        words = [self._spoken[f"{lang}+{t}"] for t in tokens]
        return self._context_copies(words) if context else words

    def _weak_the_before_consonants(self, before: list[str], text: list[str],
                                    after: list[str]) -> tuple[list[str], list[str], list[str]]:
        """The chain with each "the" before a consonant searched as DH AH only (:mod:`.weak_the`)."""
        dec = self._decoder
        chain = before + text + after

        def first_phone(word: str) -> Optional[str]:
            phones = dec.lookup_word(word)
            return phones.split()[0] if phones else None

        for name in (WEAK_THE, _CONTEXT + WEAK_THE):
            if dec.lookup_word(name) is None:
                dec.add_word(name, WEAK_THE_PHONES, False)
        flags = [a or b for a, b in zip(before_consonant(chain, first_phone),
                                        before_consonant(chain, first_phone, the=_CONTEXT + "the"))]
        chain = [(_CONTEXT + WEAK_THE if w.startswith(_CONTEXT) else WEAK_THE) if f else w
                 for w, f in zip(chain, flags)]
        b, n = len(before), len(text)
        return chain[:b], chain[b:b + n], chain[b + n:]

    def _context_copies(self, words: list[str]) -> list[str]:
        dec = self._decoder
        for w in set(words):
            if dec.lookup_word(_CONTEXT + w) is None:
                variant, k = w, 1
                while (phones := dec.lookup_word(variant)) is not None:
                    dec.add_word(_CONTEXT + variant, phones, False)
                    k += 1
                    variant = f"{w}({k})"
        return [_CONTEXT + w for w in words]

    # ------------------------------------------------------------------ alignment

    def align(self, samples: np.ndarray, words: Sequence[WordTokens],
              before: Sequence[WordTokens] = (), after: Sequence[WordTokens] = (),
              language: str = "en", lead_in: Optional[np.ndarray] = None,
              lifted_pauses: bool = False, lines: Sequence[int] = ()) -> Optional[ChunkAlignment]:
        """Align ``words`` to ``samples`` (mono, 16 kHz; float in [-1, 1] or int16 PCM).

        ``words`` holds one entry per transcript word: the tuple of its spoken
        tokens (``aligner.text.word_tokens`` gives them: "GPT-3" -> ("gpt",
        "three")); a plain string counts as one token; an empty tuple marks a
        word that is not spoken (a cue).  The result has one timing per entry,
        spanning all of its tokens.

        ``before`` / ``after``: the transcript words just before and after the
        chunk's text (a few are enough: as many as the margins can hold).  The
        margins often hold the end of the previous word or the start of the
        next; given here, they are optional in the search (any last words of
        ``before``, any first words of ``after``, or none), so they are not
        forced into the chunk's own first or last word.  Their times are not
        returned (see ``ChunkAlignment.segments``).

        ``language``: the talk's language.  For any language but English each
        token is a whole written word ("l'homme", "1998"), pronounced by
        espeak-ng's voice for the language (see ``available``).

        ``lead_in``: the talk's audio just before the chunk (half a second is
        plenty; nothing for the talk's first chunk).  It is not searched: the
        front end learns the talk's noise floor from it, so that a chunk's
        result depends on the chunk and its surroundings alone, never on what
        this aligner was given before (see :meth:`_start_from_the_talks_noise`).

        ``lifted_pauses``: the talk's pauses were lifted by a compressor's make-up gain
        (:func:`.lifted_pauses.pauses_lifted`): a word's weak first sound was lifted with
        them, so a start is moved onto the envelope however little the word stands over
        the pause (``weak_start_lifted`` of :func:`.phone_edges.tighten_edge`).

        ``lines``: how many of ``words`` each of the chunk's lines holds, in order (nothing: the chunk is one voice).
        A stop's closure is judged against its own line's pace (:func:`_line_paces`): one chunk may hold a slow
        voice's line beside a fast one's.

        Returns ``None`` when no alignment exists: nothing to align, a chunk too
        short to hold the words, or pocketsphinx found no path through the text
        (typically because the text holds words that are not in this audio).
        """
        per_word = _token_tuples(words)
        tokens = [t for toks in per_word for t in toks]
        samples = np.asarray(samples)
        if samples.ndim != 1:
            raise ValueError("samples must be mono (one dimension)")
        if np.issubdtype(samples.dtype, np.integer):  # int16 PCM, as aligner.audio.Audio keeps it
            samples = samples.astype(np.float32) / 32768.0
        duration = len(samples) / SAMPLE_RATE
        if not tokens or duration < MIN_CHUNK_SECONDS:
            return None
        text = self._dictionary_words(tokens, language=language)
        fewest = sum(3 * max(1, len(self._phones(w))) for w in text)  # frames the words' phones need (3 HMM states each)
        if fewest > int(duration / FINE_FRAME):
            return None
        ctx_before = self._dictionary_words([t for toks in _token_tuples(before) for t in toks], True, language)
        ctx_after = self._dictionary_words([t for toks in _token_tuples(after) for t in toks], True, language)
        if _language(language) == "en":
            ctx_before, text, ctx_after = self._weak_the_before_consonants(ctx_before, text, ctx_after)

        pcm = _pcm(samples)
        lead = b"" if lead_in is None else _pcm(np.asarray(lead_in))

        def searched(frame: float) -> Optional[ChunkAlignment]:
            self._start_from_the_talks_noise(lead, frame)
            segs = self._decode(pcm, ctx_before, text, ctx_after)
            return None if segs is None else self._judge(segs, per_word, text, duration, pcm, lifted_pauses, frame,
                                                         lines, english=_language(language) == "en")

        found = searched(FRAME) if fewest <= int(duration / FRAME) else None
        if found is None and fewest <= int(duration / FRAME):
            return None  # no path through the text at the model's own step: not this audio's text
        if found is None or _faster_than_its_frames(found):
            fine = searched(FINE_FRAME)
            if fine is not None and (found is None or fine.plausible):
                return fine
        elif found.plausible and found.squeezed_lines:  # a fast voice's line beside a slow one's: that line at 5 ms
            fine = searched(FINE_FRAME)
            if fine is not None and fine.plausible:
                return take_fast_lines(found, fine, lines, found.squeezed_lines)
        return found

    def _start_from_the_talks_noise(self, lead_in: bytes, frame: float = FRAME) -> None:
        """Give the front end the noise estimate of the audio just before the chunk, and nothing else; its frames
        ``frame`` seconds apart from here on (the model's 10 ms, or :data:`FINE_FRAME` for a fast voice).

        The model's front end removes noise (``remove_noise`` in its feat.params) with an
        estimate that follows the quietest recent sound: it falls within a few frames, but
        rises with a two-second time constant, and pocketsphinx keeps it from one utterance
        to the next.  Left alone, a chunk was therefore searched with whatever estimate the
        chunks searched before it had left -- word times 10-30 ms apart on noisy speech
        depending on the helper process and the order.  Started from nothing
        (``reinit_feat``) the estimate begins at a twentieth of the first frame's power and
        needs seconds to rise, so the chunk's first seconds get too little noise removal
        (measured: dev words within 50 ms 92.5 -> 92.0 %).  So the front end is reset and then
        fed, in an utterance of its own with a one-word grammar (cheap: ~55 frames, ~1.5 % of
        a chunk's search), a loud burst that starts the estimate high and the talk's own
        audio just before the chunk, which pulls it down to that audio's noise floor at
        once.  The chunk is then searched from the same state wherever, whenever and after
        whatever it is aligned.  (The cepstral mean is no such state: with full-utterance
        processing it is computed over each chunk on its own.)
        """
        dec = self._decoder
        dec.config["frate"] = int(round(1.0 / frame))  # read by the front end when it is made anew, just below
        dec.reinit_feat()
        if dec.get_fsg(_PRIMER) is None:
            dec.add_fsg(_PRIMER, dec.create_fsg(_PRIMER, 0, 1, [(0, 1, 1.0, "<sil>")]))
        dec.activate_search(_PRIMER)
        dec.start_utt()
        dec.process_raw(_BURST + lead_in, full_utt=True)
        dec.end_utt()

    def _phones(self, word: str) -> list[str]:
        phones = self._decoder.lookup_word(word)
        return phones.split() if phones else []

    def _decode(self, pcm: bytes, before: list[str], text: list[str],
                after: list[str]) -> Optional[list[tuple[str, int, int, float]]]:
        """Run the search; (word, first frame, last frame, acoustic score) per segment, or None.

        The grammar is a chain: optional tail of ``before`` (entered at any of its
        words), all of ``text``, optional head of ``after`` (left after any of its
        words).  Silence and noise fillers between words are added by the search.

        Where the path holds a language word this module gave two pronunciations
        (close-mid /e/ as EH and as EY, :func:`.pronounce.ipa_to_arpabet_variants`),
        the search is run once more with each such word held to the variant it chose,
        for the scores alone: a word's score is relative to the best state the search
        evaluated in each frame (:func:`_confidence`), and its own other variant,
        running beside it through the same frames, would otherwise count as a
        competitor and lower the fit of a word that is where it should be.
        """
        found = self._search(pcm, before, text, after)
        if found is None:
            return None
        spoken = [_VARIANT.sub("", w) for w, *_ in found]
        if [w for w in spoken if w not in _FILLERS and not w.startswith(_CONTEXT)] != text:
            return None  # "final state not reached": a partial path is not an alignment
        if any(self._alternated_base(w) for w, *_ in found):
            pinned = self._search(pcm, *self._held_to_chosen(found, before, text, after))
            # only the scores are taken, and only where the held search found the same word in the same frames:
            # with fewer paths it prunes differently and may take another path, which is no better (measured: a
            # Spanish line's first word pulled 0.9 s into the pause before it), so the times stay the first search's
            again = {(re.sub(r"#\d+$", "", w), sf, ef): score for w, sf, ef, score in pinned or ()}
            found = [(w, sf, ef, again.get((base, sf, ef), score)) for base, (w, sf, ef, score) in zip(spoken, found)]
        return [(base, sf, ef, score) for base, (_, sf, ef, score) in zip(spoken, found)]

    def _alternated_base(self, word: str) -> Optional[str]:
        """The dictionary word (no "(k)") if ``word`` is a language word given variants here, else None."""
        base = _VARIANT.sub("", word)
        return base if base.removeprefix(_CONTEXT) in self._alternated else None

    def _held_to_chosen(self, found: list[tuple[str, int, int, float]], before: list[str], text: list[str],
                        after: list[str]) -> tuple[list[str], list[str], list[str]]:
        """``before``, ``text``, ``after`` with each variant word on the path replaced by a copy of its choice."""
        dec = self._decoder
        path = [w for w, *_ in found if w not in _FILLERS]
        held = []
        for raw in path:
            base = self._alternated_base(raw)
            if base is None:
                held.append(raw)
                continue
            m = _VARIANT.search(raw)
            name = f"{base}#{m.group(0)[1:-1] if m else 1}"
            if dec.lookup_word(name) is None:
                dec.add_word(name, dec.lookup_word(raw), False)
            held.append(name)
        # the path is the used tail of ``before`` (context copies), all of ``text``, the used head of ``after``
        n_before = sum(1 for _ in itertools.takewhile(lambda w: w.startswith(_CONTEXT), path))
        n_after = len(path) - n_before - len(text)
        b = len(before) - n_before
        return (before[:b] + held[:n_before], held[n_before:n_before + len(text)],
                held[n_before + len(text):] + after[n_after:])

    def _search(self, pcm: bytes, before: list[str], text: list[str],
                after: list[str]) -> Optional[list[tuple[str, int, int, float]]]:
        """One search over the chain grammar: (dictionary word as found, frames, score) per segment, or None."""
        dec = self._decoder
        b, n, a = len(before), len(text), len(after)
        trans = [(k, k + 1, 1.0, w) for k, w in enumerate(before + text + after)]
        trans += [(0, k, 1.0) for k in range(1, b + 1)]  # skip the first k context words
        final = b + n + a
        trans += [(k, final, 1.0) for k in range(b + n, final)]  # stop before a context word
        for beam in (None, self.RETRY_BEAM):  # the beams the decoder was made with, then once wider (RETRY_BEAM)
            config = dec.config
            kept = config["beam"], config["pbeam"], config["wbeam"]
            try:
                if beam is not None:  # a search reads its beams from the config when it is made (add_fsg)
                    config["beam"] = config["pbeam"] = config["wbeam"] = beam
                fsg = dec.create_fsg("chunk", 0, final, trans)
                dec.add_fsg("chunk", fsg)
                dec.activate_search("chunk")
                dec.start_utt()
                dec.process_raw(pcm, full_utt=True)
                dec.end_utt()
            except RuntimeError as exc:  # pocketsphinx reports internal trouble this way
                log.warning("pocketsphinx could not decode a chunk: %s", exc)
                return None
            finally:
                config["beam"], config["pbeam"], config["wbeam"] = kept
            if dec.hyp() is not None:
                if beam is not None:
                    log.debug("phonetic chunk: a path found only with the retry beam %g", beam)
                break
        if dec.hyp() is None:
            return None
        out = []
        for s in dec.seg():
            if s.word == "(NULL)":  # an epsilon transition of the grammar: no sound of its own
                continue
            score = self._logmath.log(s.ascore) if s.ascore > 0 else -1e9
            out.append((s.word, s.start_frame, s.end_frame, float(score)))
        return out

    # ------------------------------------------------------------------ verdict

    def _judge(self, segs, per_word, dict_words, duration, pcm: bytes, lifted_pauses: bool = False,
               frame: float = FRAME, lines: Sequence[int] = (), english: bool = True) -> ChunkAlignment:
        """The chunk's words in seconds, their edges put on the sound, and the verdict; ``segs`` in frames of
        ``frame`` seconds (the speech detector's are always :data:`FRAME`); ``lines`` as :meth:`align` takes it.
        ``english``: the words are the en-us dictionary's (a gap the HMM filled with a slow /s/ is read, see
        :mod:`.hissed_gaps`; espeak-ng's phones mapped onto the model's are not trusted that far)."""
        t = lambda k: float(min(duration, max(0.0, k * frame)))  # noqa: E731
        token_spans = []  # (first frame, last frame, score, phone count, phones, segment index) per token
        gaps = []  # runs of consecutive silence/filler segments: [first frame, last frame]
        quiet_before: dict[int, tuple[int, int]] = {}  # token index -> the silence (frames) just before it
        quiet_after: dict[int, tuple[int, int]] = {}  # ... just after it
        joined_before: dict[int, bool] = {}  # token index -> the token before it is one of ours, with no pause
        silence_before: list[Optional[int]] = []  # per token: frames of filler since the chunk's word before it
        for n, (w, sf, ef, score) in enumerate(segs):
            if w in _FILLERS:
                if gaps and gaps[-1][1] == sf - 1:
                    gaps[-1][1] = ef
                else:
                    gaps.append([sf, ef])
            elif not w.startswith(_CONTEXT):
                # the chunk's own edge counts as silence too: chunks are cut in pauses, or else
                # begin and end with context words (then the neighbour is a context word, not this)
                if n == 0 or segs[n - 1][0] in _FILLERS:
                    quiet_before[len(token_spans)] = (segs[n - 1][1], segs[n - 1][2]) if n else (sf, sf - 1)
                if n + 1 == len(segs) or segs[n + 1][0] in _FILLERS:
                    quiet_after[len(token_spans)] = (segs[n + 1][1], segs[n + 1][2]) if n + 1 < len(segs) else (ef + 1, ef)
                phones = self._phones(w)
                joined_before[len(token_spans)] = n > 0 and segs[n - 1][0] not in _FILLERS \
                    and not segs[n - 1][0].startswith(_CONTEXT)
                silence_before.append(_silence_after_own_word(segs, n))
                token_spans.append((sf, ef, score, len(phones), tuple(phones), n))
        audio = np.frombuffer(pcm, dtype=np.int16).astype(np.float32) / 32768.0
        chunk_times, chunk_db = fine_db(audio, 0.0, duration)
        background = float(np.percentile(chunk_db, 10)) if len(chunk_db) else None

        per_phone = _median_pace(token_spans, 0.0)
        word_paces = _line_paces(token_spans, per_word, lines, per_phone)  # frames per phone of each word's line
        hissed_ends: dict[int, float] = {}  # token index -> its end / start in a gap the HMM put in a fricative's hiss
        hissed_starts: dict[int, float] = {}
        floor: list[Optional[float]] = []  # the chunk's hiss floor, read when a gap first needs it
        for j in range(1, len(token_spans) if english else 0):
            a, b = t(token_spans[j - 1][1] + 1), t(token_spans[j][0])
            if j in quiet_before and j - 1 in quiet_after and gap_to_read(a, b, per_phone * frame):
                floor = floor or [hiss_floor(audio)]
                hiss = hiss_across(audio, a, b, floor[0])
                if hiss is not None:
                    end, start = edges_in_hiss(hiss, token_spans[j - 1][4], token_spans[j][4])
                    hissed_ends.update({j - 1: end} if end is not None else {})
                    hissed_starts.update({j: start} if start is not None else {})
        sounding_starts: dict[int, float] = {}  # token index -> its start at the end of a "pause" as loud as its words
        openings = _line_openings(per_word, lines)  # a pause between two lines is a real one, whatever sounds in it
        for j in range(1, len(token_spans) if english else 0):
            a, b = t(token_spans[j - 1][1] + 1), t(token_spans[j][0])
            if j in quiet_before and j - 1 in quiet_after and j not in hissed_starts and j not in openings \
                    and gap_sounds_as_words(
                    chunk_times, chunk_db, (t(token_spans[j - 1][0]), a), (a, b), (b, t(token_spans[j][1] + 1)),
                    token_spans[j][4]):
                sounding_starts[j] = a
        spans: list[Optional[list[float]]] = []  # [start, end, confidence] per word
        stranded: list[tuple[int, int]] = []
        edges: list[tuple[int, int]] = []  # (first, last) token index per word with tokens
        k = 0
        for toks in per_word:
            if not toks:
                spans.append(None)
                continue
            mine = token_spans[k:k + len(toks)]
            first, last = k, k + len(toks) - 1
            k += len(toks)
            frames = sum(m[1] - m[0] + 1 for m in mine)
            n_phones = sum(m[3] for m in mine)
            score = sum(m[2] for m in mine)
            start, end = t(mine[0][0]), t(mine[-1][1] + 1)
            body_start = None  # set where only the onset moved: the end below is read from the word's own frames
            if first in hissed_starts:
                start = hissed_starts[first]
            elif first in sounding_starts:
                # the sounding gap is the word's onset, not part of the body its end is read against: with the
                # gap inside, "at the | moment." read its end 0.26 s short (ey_real_long_mix_ts)
                body_start, start = start, sounding_starts[first]
            elif first in quiet_before:
                q0, q1 = quiet_before[first]
                start = tighten_edge(audio, start, end, (t(q0), t(q1)), +1, background,
                                     weak_start_lifted=lifted_pauses)
                # the hiss may have gone to a noise filler after the silence: back to the start of all the fillers
                run_start = next((g[0] for g in gaps if g[1] == q1), q0)
                start = before_fricative(audio, start, t(run_start), token_spans[first][4])
            if last in hissed_ends:
                end = hissed_ends[last]
            elif last in quiet_after:
                q0, q1 = quiet_after[last]
                # the hiss may have gone to a noise filler before the silence: up to the end of all the fillers
                run_end = next((g[1] for g in gaps if g[0] == q0), q1)
                body = start if body_start is None else body_start
                end = missing_syllable_end(audio, body, end, t(run_end + 1), frames / max(1, n_phones) / per_phone,
                                           per_phone * frame, n_phones,
                                           affricate=_ends_in(token_spans[last][4], AFFRICATES))
                end = tighten_edge(audio, end, body, (t(q0), t(q1 + 1)), -1, background)
                end = held_last_sound(audio, body, end, (t(q0), t(q1 + 1)))
                end = through_fricative(audio, end, t(run_end + 1), token_spans[last][4])
                end = past_release(audio, body, end, t(q1 + 1), token_spans[last][4], word_paces[len(spans)] * frame)
            spans.append([start, end, _confidence(score / frames)])
            edges.append((first, last))
            side = _stranded_side(segs, gaps, token_spans[first][5], token_spans[last][5],
                                  frames <= 3 * max(1, n_phones), frame)
            if side:
                stranded.append((len(spans) - 1, side))
        timed = [sp for sp in spans if sp is not None]
        for j in range(1, len(timed)):
            a_last, b_first = edges[j - 1][1], edges[j][0]
            if b_first == a_last + 1 and joined_before.get(b_first):
                split_at_pause(audio, timed[j - 1], timed[j], token_spans[a_last][4], token_spans[b_first][4],
                                background)
        timings = [None if sp is None else WordTiming(sp[0], sp[1], sp[2]) for sp in spans]
        first_tokens = _first_tokens(per_word)
        firsts = [k for k, toks in zip(first_tokens, per_word) if toks]
        paces = [pace for pace, toks in zip(word_paces, per_word) if toks]
        onsets = iter(silent_onsets([silence_before[k] for k in firsts], [token_spans[k][4] for k in firsts], paces))
        onset_flags = tuple(next(onsets) if toks else False for toks in per_word)
        lasts = [k + len(toks) - 1 for k, toks in zip(first_tokens, per_word) if toks]
        after = [(silence_before[k + 1], token_spans[k + 1][4]) if k + 1 < len(token_spans) else (None, None)
                 for k in lasts]
        codas = iter(silent_codas([n for n, _ in after], [token_spans[k][4] for k in lasts], [p for _, p in after],
                                  paces))
        codas = iter([coda and silent_until_the_next_word(audio, t(token_spans[k][1] + 1), t(token_spans[k + 1][0]))
                      for coda, k in zip(codas, lasts)])  # a closure: no onset of the next word sounding in it yet
        coda_flags = tuple(next(codas) if toks else False for toks in per_word)

        fits = [(_confidence(m[2] / (m[1] - m[0] + 1)), m[1] - m[0] + 1) for m in token_spans]
        conf = sum(c * n for c, n in fits) / max(1, sum(n for _, n in fits))
        problems = []
        # Squeezed: the fewest frames the HMM allows (3 per phone) and a poor fit.  Short function
        # words are often that short legitimately; with a bad fit as well they are text forced
        # into sound that is not there.
        squeezed_flags = [n <= 3 * max(1, m[3]) and c < SQUEEZED_CONFIDENCE for m, (c, n) in zip(token_spans, fits)]
        squeezed = [dict_words[i] for i, flag in enumerate(squeezed_flags) if flag]
        if len(squeezed) >= max(2, 0.2 * len(token_spans)):
            problems.append(f"{len(squeezed)} of {len(token_spans)} words squeezed into too little sound: "
                            + " ".join(squeezed[:5]))
            squeezed_out = True
        else:
            squeezed_out = False
        if conf < POOR_FIT_CONFIDENCE:
            problems.append(f"{POOR_FIT} (confidence {conf:.2f})")
        # Speech the search had to call silence: the text lacks something said here, and words
        # next to it may have been pulled across it.
        speech = _speech_frames(pcm)
        words_level = _loud_level(audio, [(t(m[0]), t(m[1] + 1)) for m in token_spans])
        unscripted = []
        vad_t = lambda k: float(min(duration, max(0.0, k * FRAME)))  # noqa: E731
        for sf, ef in gaps:
            v0, v1 = int(round(sf * frame / FRAME)), int(round((ef + 1) * frame / FRAME))  # the detector's frames
            for a, b, n in _speech_runs(speech[v0:v1]):
                if n * FRAME >= UNSCRIPTED_MIN_SPEECH and _one_voice(audio, vad_t(v0 + a), vad_t(v0 + b)) \
                        and _in_the_foreground(audio, vad_t(v0 + a), vad_t(v0 + b), words_level):
                    unscripted.append((vad_t(v0 + a), vad_t(v0 + b), n * FRAME))
        longest = max((u[2] for u in unscripted), default=0.0)
        unaccounted = tuple((a, b) for a, b, n in unscripted if n >= UNSCRIPTED_REJECT)
        plausible_but_unaccounted = bool(unaccounted) and not problems
        if longest >= UNSCRIPTED_REJECT:
            problems.append(f"{longest:.1f} s of speech in one stretch that the text does not account for")
        fast = ()
        if english and frame == FRAME and not squeezed_out and lines and sum(lines) == len(per_word):
            fast = squeezed_lines(fits, squeezed_flags, _tokens_per_line(per_word, lines))
        stretched_end = None
        if _stretched_to_the_end(token_spans, len(segs)):
            stretched_end = max(i for i, sp in enumerate(spans) if sp is not None)
        return ChunkAlignment(
            stretched_end=stretched_end, squeezed_out=squeezed_out, frame=frame,
            words=tuple(timings), duration=duration, plausible=not problems, problems=tuple(problems),
            unscripted=tuple((a, b) for a, b, _ in unscripted), confidence=conf,
            segments=tuple((w, t(sf), t(ef + 1)) for w, sf, ef, _ in segs), stranded=tuple(stranded),
            unaccounted=unaccounted, plausible_but_unaccounted=plausible_but_unaccounted, silent_onsets=onset_flags,
            silent_codas=coda_flags, squeezed_lines=fast)


def _faster_than_its_frames(found: ChunkAlignment) -> bool:
    """Whether a chunk searched at the model's 10 ms frames is worth searching again at :data:`FINE_FRAME`: the
    verdict rejected it for words squeezed to the fewest frames the HMM allows, which is what a voice faster than
    those frames looks like (see :data:`FINE_FRAME`).  A chunk the verdict took, or rejected for anything else, is
    left as it is; so is one rejected for squeezed words that the fine step squeezes too (text the audio lacks
    stays squeezed at any step: the fine search's own verdict keeps it out, see ``align``).
    """
    return found.squeezed_out


def _tokens_per_line(per_word: Sequence[tuple[str, ...]], lines: Sequence[int]) -> list[int]:
    """How many tokens each line holds (``lines``: words per line, summing to ``per_word``'s length)."""
    out, word = [], 0
    for n in lines:
        out.append(sum(len(toks) for toks in per_word[word:word + n]))
        word += n
    return out


def _first_tokens(per_word: Sequence[tuple[str, ...]]) -> list[int]:
    """Per word, the index (among all the chunk's tokens) of its first token."""
    out, k = [], 0
    for toks in per_word:
        out.append(k)
        k += len(toks)
    return out


def _median_pace(token_spans, empty: float) -> float:
    """The median frames per phone of ``token_spans`` (as :meth:`PhoneticAligner._judge` makes them); ``empty``
    where there are none."""
    return float(np.median([(m[1] - m[0] + 1) / max(1, m[3]) for m in token_spans])) if token_spans else empty


def _line_openings(per_word: Sequence[tuple[str, ...]], lines: Sequence[int]) -> frozenset[int]:
    """The token indices that open a line (``lines``: words per line; nothing where the lines are not given).

    :mod:`.sounding_gaps` reads a gap inside a line only: between two lines a tone at the voice's level (a Morse
    key in ``hy_flite_morse_plain``) stood in a real pause, and the next line's "A" began 180 ms early."""
    if not lines or sum(lines) != len(per_word):
        return frozenset()
    firsts, word = _first_tokens(per_word), 0
    out = set()
    for n in lines:
        if n and word < len(firsts):
            out.add(firsts[word])
        word += n
    return frozenset(out)


def _line_paces(token_spans, per_word: Sequence[tuple[str, ...]], lines: Sequence[int], chunk_pace: float
                ) -> list[float]:
    """Per word, the median frames per phone of its line's tokens (``token_spans`` as :meth:`PhoneticAligner._judge`
    makes them; ``lines``: words per line), or ``chunk_pace`` (the chunk's median) where the lines are not given.

    A closure is as long as a phone of the voice saying it, and one chunk may hold two voices' lines: a flite
    ``rms`` line at 1.95 beside an ``awb`` line at 0.52 (``ey_flite_crickets_plain``) made the chunk's median a fast
    phone, and the slow line's 190 ms closure before "plan" read as a pause (the word began 215 ms late)."""
    if not lines or sum(lines) != len(per_word):
        return [chunk_pace] * len(per_word)
    out, word, token = [], 0, 0
    for n in lines:
        words = per_word[word:word + n]
        count = sum(len(toks) for toks in words)
        out += [_median_pace(token_spans[token:token + count], chunk_pace)] * n
        word, token = word + n, token + count
    return out


def lines_apart(lines: Sequence[int], n_head: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """``lines`` (words per line, as :meth:`PhoneticAligner.align` takes it) of a chunk cut before its word ``n_head``:
    the head's and the tail's (a line cut inside gives each side its part)."""
    head, tail, seen = [], [], 0
    for n in lines:
        if seen + n <= n_head:
            head.append(n)
        elif seen >= n_head:
            tail.append(n)
        else:
            head.append(n_head - seen)
            tail.append(seen + n - n_head)
        seen += n
    return tuple(head), tuple(tail)


def _silence_after_own_word(segs, n: int) -> Optional[int]:
    """Frames of silence and noise fillers between segment ``n`` and the chunk's own word before it: 0 when the two
    are joined, None when no word of the chunk's text comes before (the chunk's start, or a context word)."""
    m, frames = n - 1, 0
    while m >= 0 and segs[m][0] in _FILLERS:
        frames += segs[m][2] - segs[m][1] + 1
        m -= 1
    if m < 0 or segs[m][0].startswith(_CONTEXT):
        return None
    return frames


def _stretched_to_the_end(token_spans, n_segs: int) -> bool:
    """Whether the search ran the chunk's last word to the chunk's last frame at more than EDGE_STRETCH times the
    chunk's median length per phone.

    Such a word had no silence after it: under a cafe the search takes the voices in the pause for more of the
    word.  One-phone words ("a") are left out: their length alone is no stretch; so are chunks of fewer than three
    words (no median to speak of).
    """
    if len(token_spans) < 3 or token_spans[-1][5] != n_segs - 1 or token_spans[-1][3] < 2:
        return False
    per_phone = [(m[1] - m[0] + 1) / max(1, m[3]) for m in token_spans]
    return per_phone[-1] > EDGE_STRETCH * float(np.median(per_phone))


def _stranded_side(segs, gaps, n_first: int, n_last: int, at_minimum: bool, frame: float = FRAME) -> int:
    """+1 (-1) when a word at its fewest frames is glued to the word before (after) it and a pause follows (precedes) it.

    Such a word is text the search had no sound for where it put it: on a chunk of two
    sentences it squeezed the second one's "um" into the last 60 ms of the first one's
    "corpus" and gave the real "um", 0.8 s later, to "the" (mfa_cold_corpus+intro20: the
    sentence started 0.9 s early).  The silence the pause is made of is a run of fillers.
    """
    if not at_minimum:
        return 0

    def word(n: int) -> bool:
        return 0 <= n < len(segs) and segs[n][0] not in _FILLERS

    def pause(n: int, step: int) -> float:  # seconds of the filler run that segment n begins (+1) or ends (-1)
        if not 0 <= n < len(segs) or segs[n][0] not in _FILLERS:
            return 0.0
        run = next((g for g in gaps if (g[0] if step > 0 else g[1]) == segs[n][1 if step > 0 else 2]), None)
        return 0.0 if run is None else (run[1] - run[0] + 1) * frame

    if word(n_first - 1) and pause(n_last + 1, +1) >= STRANDED_PAUSE:
        return +1
    if word(n_last + 1) and pause(n_first - 1, -1) >= STRANDED_PAUSE:
        return -1
    return 0


def _pcm(samples: np.ndarray) -> bytes:
    """16-bit PCM bytes of float samples in [-1, 1] or of int16 samples (as pocketsphinx reads them)."""
    if np.issubdtype(samples.dtype, np.integer):
        samples = samples.astype(np.float32) / 32768.0
    return (np.clip(samples, -1.0, 1.0) * 32767.0).astype(np.int16).tobytes()


#: The primer's first 50 ms: full-scale white noise (fixed seed), louder than any speech, so that the
#: noise estimate starts above the talk's floor and falls to it (see _start_from_the_talks_noise).
_BURST = (np.random.default_rng(0).uniform(-1, 1, 800) * 32767).astype(np.int16).tobytes()


def _speech_runs(speech: np.ndarray) -> list[tuple[int, int, int]]:
    """(first frame, frame after the last, speech frames) of each run of speech in a silence stretch.

    Speech goes on across the short breaks between its words (up to
    ``SPEECH_RUN_BREAK``); the detector's isolated flickers on a room's noise
    (a few frames here and there over seconds of it) are separate runs, so they
    never add up to "speech the text lacks" (60 s of inserted room noise did,
    and threw away the alignment of the sentence after it).
    """
    hits = np.flatnonzero(speech)
    if not len(hits):
        return []
    breaks = np.flatnonzero(np.diff(hits) > int(round(SPEECH_RUN_BREAK / FRAME)))
    firsts = np.concatenate([[0], breaks + 1])
    lasts = np.concatenate([breaks, [len(hits) - 1]])
    return [(int(hits[f]), int(hits[e]) + 1, int(e - f + 1)) for f, e in zip(firsts, lasts)]


def _one_voice(audio: np.ndarray, t0: float, t1: float) -> bool:
    """Whether the sound in [t0, t1] (seconds into ``audio``, the chunk at SAMPLE_RATE) is a voice talking.

    WebRTC's VAD hears a crowd as speech: cheering, laughter, applause.  A crowd
    between two lines is no text missing from the transcript, but the search
    must call it silence, and a second of it rejected the whole chunk -- the
    lines around a cheer lost the phone pass, and their starts and ends went to
    whatever rise or fall of the crowd the energy found (zx_real_cheers_directions:
    two starts under a cheer's tail 0.4 s late, an end under it 0.2 s late).  A
    VAD run is no voice's unless enough of it repeats at one pitch, as one talker's
    speech does through its vowels (:mod:`.voice_edges`); many voices at once, or
    claps, do not.  ``audio`` holds at least ONE_VOICE_SHARE of such frames when it
    is a voice -- and its pitch moves: a PA's chime or a bell is as periodic, but holds
    its note (:mod:`.held_tones`).
    """
    periodic = periodicity_of(audio, SAMPLE_RATE, t0, t1)
    if len(periodic) and float(np.mean(periodic >= VOWEL)) < ONE_VOICE_SHARE:
        return False
    return not holds_its_pitch(audio, SAMPLE_RATE, t0, t1)  # a PA's chime, a bell: periodic, but no voice


def _loud_level(audio: np.ndarray, spans: Sequence[tuple[float, float]]) -> Optional[float]:
    """The level (dB) the loud part of ``spans`` reaches: the 90th percentile of their fine envelope, or None."""
    levels = [db for a, b in spans for db in [fine_db(audio, a, b)[1]] if len(db)]
    return float(np.percentile(np.concatenate(levels), 90)) if levels else None


def _in_the_foreground(audio: np.ndarray, t0: float, t1: float, words_level: Optional[float]) -> bool:
    """Whether the sound in [t0, t1] is as loud as a talker the text missed would be: its loud part no more than
    FOREGROUND_DROP under the loud part of the chunk's own words (``words_level``).

    The VAD and the periodicity test both hear a cafe's voices as a voice talking; what the text lacks is said
    by someone in the room at about the speaker's level, not by a bed of voices well under it.  Without words to
    compare with (None), everything counts, as before.
    """
    if words_level is None:
        return True
    level = _loud_level(audio, [(t0, t1)])
    return level is None or level >= words_level - FOREGROUND_DROP


def _speech_frames(pcm: bytes) -> np.ndarray:
    """Speech / not speech per 10 ms frame (WebRTC's VAD as pocketsphinx ships it, strictest mode).

    A second opinion that does not depend on the text: where the forced
    alignment put silence but this hears speech, the text is missing words.
    """
    from pocketsphinx import Vad

    vad = Vad(Vad.STRICT, SAMPLE_RATE, FRAME)
    step = vad.frame_bytes
    return np.array([vad.is_speech(pcm[i:i + step]) for i in range(0, len(pcm) - step + 1, step)], dtype=bool)
