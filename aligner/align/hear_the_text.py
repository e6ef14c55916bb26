"""Hearing a poorly heard stretch again, told what it says: the transcript as the decoder's prompt, then a bigger ear.

Why: Whisper's decoder writes what its language model finds likely given
the sound.  Where the sound is poor, the prior wins.  Examples are G.722
telephone prompts under a fan in a 48 kHz video, or a quiet second talker
under the main one.  The bundled tiny.en then writes fluent nonsense
("Class 1, 2, recurr to the top row of the game" for "Press 1 to record
your temporary greeting"), or it follows the wrong talker ("We're in Paris"
16 times, none of the main voice).  Hardly any transcript word is matched, and
every boundary is left to forcing.  The decoder was never told what was
said.  The transcript is known, and Whisper's ``initial_prompt`` is how it
is told.  Given the words expected around each piece of the stretch as the
text that came before, the same tiny.en hears "Press 1 to record your
temporary greeting. Press 7 to your underneath this message ...", and
it follows the main talker.  The multilingual ``base``, run in English and
told the text too, hears more still ("Press 7 to undelete this message").

So a stretch whose heard words matched too little of its transcript
(:data:`.forced.HEARD_TOO_LITTLE`, the share that sends it to forcing), with
segments whose words went mostly unmatched (those forcing would move), is
heard again, told its text.  For the bundled tiny.en in English
the packaged multilingual ``base`` (in English) goes first: it hears more,
places more of the transcript (on both talks above its words were kept over
tiny.en's, told the same) and leaves fewer boundaries a second off.  Then
the model already loaded, told the text (when ``base`` is missing or heard
less, and for any other model).  English only, so far (see :func:`_ears`).  What an ear heard is kept only when it places more of the
transcript in trusted runs than what was heard before (the matcher does not
take the prompt's word for it: a word counts only where the sound and its
neighbours put it in order).  Where the first hearing had trusted words the
told one heard otherwise, the first hearing's stay (:func:`with_first_trusted`); where the told one wrote nothing
over seconds of speech, all the first hearing's words there stay (:mod:`.skipped_speech`).
A talk heard well runs none of this.

Prompts: Whisper keeps the last 223 tokens of a prompt, and one prompt
serves a whole ~30 s chunk, so the stretch is cut into pieces of about
:data:`PIECE_SECONDS` at quiet frames.  Each piece is told the words that
fall around it when the text is spread over the stretch's sound at an even
pace (pauses take no words), as forcing spreads it.
"""

from __future__ import annotations

import logging
from typing import Optional, Sequence

from ..audio import Audio
from ..document import Document
from ..errors import ModelError
from ..language import is_english
from ..progress import CancelToken
from ..text import word_tokens
from .activity import Envelope
from .api import AlignOptions
from .far_phrases import far_phrases
from .forced import SEGMENT_HEARD, expected_ends, heard_share, heard_too_little
from .models import ModelSpec, bundled_english, load_model, multilingual_model
from .piled_words import without_piles
from .recognize import HeardWord, quiet_cuts, recognize
from .segment_placement import StretchPlacement, place_stretch
from .skipped_speech import with_first_where_skipped
from .stamped_words import without_stamps
from .stretches import Stretch

log = logging.getLogger(__name__)

#: Length of the pieces a stretch is heard again in (s): about one decoding window, which shares one prompt.
PIECE_SECONDS = 30.0
#: Most words one piece is told.  Whisper keeps 223 prompt tokens; English runs about 1.3 tokens a word.
PROMPT_WORDS = 150
#: Seconds of text told before and after a piece's own share (the pace varies along a talk).
SLACK_SECONDS = 8.0
#: A told word sharing a token with a first-hearing word this close to it (s) heard the same word there.
AGREE_SECONDS = 1.0


def worth_hearing_again(placement: StretchPlacement) -> bool:
    """Too little heard, and some segment's words mostly unmatched: the segments forcing would move.

    A stretch matched loosely all along (a telephone line: fuzzy matches in
    every sentence, few trusted runs) is placed well by what was heard:
    forcing moves none of it, and a second hearing only risks its boundaries
    (syn_phone: 100 -> 81 % within 100 ms when base's words were kept there).
    """
    return heard_too_little(placement) and any(heard_share(item.hows) < SEGMENT_HEARD for item in placement.items)


def hear_the_text(doc: Document, st: Stretch, heard: list[HeardWord], placement: StretchPlacement,
                  model, spec: ModelSpec, audio: Audio, env: Envelope, language: str, options: AlignOptions,
                  cancel: Optional[CancelToken] = None, span: Optional[Stretch] = None,
                  hearings: Optional[dict] = None) -> tuple[list[HeardWord], StretchPlacement, Optional[str]]:
    """The stretch heard again, told its text, by each ear in turn until one hears enough.

    ``span``: what is heard and told (:func:`.stretches.listening_spans`: the
    stretch joined across short locks, as it was first listened to; default
    the stretch alone), so a lock does not change what the decoder hears;
    the stretch keeps the words heard inside it.  ``hearings``: the span's
    hearings by ear, kept for the other stretches of the span.

    Returns the words and placement kept (the given ones when no ear did
    better) and the name of the ear whose words were kept (None: the first hearing's).
    """
    span = span or st
    hearings = {} if hearings is None else hearings
    kept: Optional[str] = None
    first = placement
    for name, ear, ear_language in _ears(model, spec, language, options):
        key = (name, span.t0, span.t1)
        if key not in hearings:
            hearings[key] = _hear_span(doc, span, ear, ear_language, audio, env, language, cancel)
        words = with_first_trusted([w for w in hearings[key] if st.t0 <= (w.start + w.end) / 2 <= st.t1], first)
        words = with_first_where_skipped(words, first.placer.heard_words, env, st.t0, st.t1)
        again = place_stretch(doc, st, words, env, language)
        log.info("heard again (%s): %d of %d transcript tokens in trusted runs (before: %d)",
                 name, again.strong, again.tokens, placement.strong)
        if again.strong > placement.strong:
            heard, placement, kept = words, again, name
        if not worth_hearing_again(placement):
            break
    return heard, placement, kept


def with_first_trusted(told: list[HeardWord], first: StretchPlacement) -> list[HeardWord]:
    """The told hearing, with the first hearing's trusted words put back where the told one heard otherwise.

    Told the text, the decoder can write the prompt's words over sound it did
    not make out, stamping one word across seconds of speech.  On a PA's short
    lines (``rd30_espeak_short_pa_loud``) the first hearing had "Precisely."
    exactly where it was said; told the text, tiny.en wrote "Fair" from 0.5 to
    3.3 s over it and the next line, and the three lines before "Fair enough"
    were squeezed into its first second, 2-3.5 s early.  On fast speech under
    typing (``rd10_espeak_gb_typing``) base, told the text, skipped two lines
    the first hearing had in trusted runs and stamped "explained" over 3.3 s
    of them.  A word of the first hearing in a trusted run (the matcher's
    ``strong``: in order with its neighbours, unprompted) is evidence a prompt
    cannot add, so where the told hearing has none of its tokens within
    :data:`AGREE_SECONDS`, it is put back and the told words its time overlaps
    are dropped.  Where the two agree, or the first hearing trusted nothing,
    the told hearing is taken as it is.
    """
    placer = first.placer
    trusted = sorted({placer.heard[m.h].word for m in placer.matches if m.strong})
    back = [w for w in (placer.heard_words[i] for i in trusted) if not _agrees(w, told)]
    if not back:
        return told
    kept = [o for o in told if not any(o.start < w.end and w.start < o.end for w in back)]
    return sorted(kept + back, key=lambda w: w.start)


def _agrees(word: HeardWord, others: Sequence[HeardWord]) -> bool:
    """Whether some word of ``others`` within :data:`AGREE_SECONDS` of ``word`` shares a token with it."""
    tokens = set(word.tokens)
    return any(tokens & set(o.tokens) for o in others
               if o.start - AGREE_SECONDS <= word.end and word.start <= o.end + AGREE_SECONDS)


def _hear_span(doc: Document, span: Stretch, ear, ear_language: str, audio: Audio, env: Envelope, language: str,
               cancel: Optional[CancelToken]) -> list[HeardWord]:
    """The span's words as ``ear`` hears them told the span's text, less those piled on one instant with no time of
    their own (:mod:`.piled_words`: the prompt's words written over sound that does not hold them), those stamped
    over seconds of other words' syllables (:mod:`.stamped_words`), those the text's pace does not allow and the
    far line's words written in one run with them (:mod:`.far_phrases`)."""
    pieces = quiet_cuts(env, span.t0, span.t1, PIECE_SECONDS)
    pace = TextPace(" ".join(doc.segments[i].text for i in span.indices).split(), env, span.t0, span.t1, language,
                    said_before(doc, span))
    words, _ = recognize(ear, audio, env, pieces, ear_language, lambda f: None, cancel, prompt=pace.prompt)
    far = {id(words[i]) for i in far_phrases(words, pace.allows, pace.words, language)}
    return [HeardWord(w.text, w.start, w.end, w.probability, language)
            for w in without_stamps(without_piles(words), env) if id(w) not in far]


def _ears(model, spec: ModelSpec, language: str, options: AlignOptions):
    """(name, model, language to decode in): for the bundled tiny.en, ``base`` first; then the model loaded.

    English only: other languages were not measured with a prompt (there the
    multilingual ``base`` is already the model, and forcing places what it
    mishears, :mod:`.forced`).
    """
    if not is_english(language):
        return
    if bundled_english(spec):
        try:
            yield "base, told the text", load_model(multilingual_model(), options.device, options.compute_type,
                                                    options.threads), "en"
        except ModelError as e:  # not installed: the model already loaded is the only ear
            log.info("no bigger ear: %s", e)
    yield "told the text", model, language


def said_before(doc: Document, st: Stretch) -> list[tuple[str, float]]:
    """(word, end) of the fixed lines just before the stretch, within :data:`SLACK_SECONDS` of its start.

    Whisper reads a prompt as what was said before.  A stretch cut by a lock
    starts right after the locked line; without that line in the prompt the
    first piece is told only its own text and what follows, and base wrote the
    stretch's last line at its first second (``rd15_real_crosstalk_fan``, a
    lock on line 8: lines 9-13 went unheard).  Told the locked line first, as
    it is when the whole talk is heard, it heard them.
    """
    out: list[tuple[str, float]] = []
    k = st.indices[0] - 1 if st.indices else -1
    while k >= 0 and doc.segments[k].timed and doc.segments[k].end >= st.t0 - SLACK_SECONDS:
        seg = doc.segments[k]
        spoken = [w for w in seg.words if not w.cue]
        words = [(w.text, w.end) for w in spoken] if spoken else [(w, seg.end) for w in seg.text.split()]
        out[:0] = words
        k -= 1
    return out


class TextPace:
    """The stretch's text spread over its sound at an even pace: what each piece is told, and what it may hear.

    The words are spread over the stretch's sound at an even pace of letters
    (:func:`.forced.expected_ends`, as forcing does), so a long pause takes
    none.  A piece is told the words expected in it, with
    :data:`SLACK_SECONDS` either side for the pace's error.

    Told more text than the piece holds, the decoder may write the prompt's
    *later* lines where the sound is poor: Whisper reads a prompt as what was
    said before, so its language model expects what follows it.  On a
    cross-talk stretch heard again after a locked line, base wrote the
    stretch's last line ("Thank you for trying out ...") at its first second,
    and five lines between were squeezed into 30 ms.  So a word heard told the
    text is kept only where the same pace allows it: when the text has that
    word within :data:`SLACK_SECONDS` of where it was heard, the slack the
    prompt itself assumes.  A word the text does not have (a mishearing) is
    kept for the matcher to judge, as in a first hearing.
    """

    def __init__(self, words: list[str], env: Envelope, t0: float, t1: float, language: str,
                 before: Sequence[tuple[str, float]] = ()):
        stretch = expected_ends([[w] for w in words], env.voiced_runs(t0, t1, bridge=0.3), t0, t1) if words else []
        self.words = [w for w, _ in before] + words
        self.ends = [end for _, end in before] + stretch
        self.first = len(before)  #: index of the stretch's first word (those before it are context only)
        self.tokens = [set(word_tokens(w, language)) for w in self.words]
        self.known = set().union(*self.tokens[self.first:])
        self.language = language
        #: (index, from, to) of each of the stretch's own words where the even pace expects it
        self.spans = list(zip(range(self.first, len(self.words)), [t0] + stretch[:-1], stretch))

    def prompt(self, a: float, b: float) -> str:
        """The words expected in [a, b] and :data:`SLACK_SECONDS` either side; at most :data:`PROMPT_WORDS`, trimmed
        evenly around the middle."""
        inside = self._near(a, b)
        if not inside:
            return ""
        first, last = inside[0], inside[-1] + 1
        if last - first > PROMPT_WORDS:
            middle = (first + last) // 2
            first, last = middle - PROMPT_WORDS // 2, middle + PROMPT_WORDS - PROMPT_WORDS // 2
        return " ".join(self.words[first:last])

    def allows(self, word: HeardWord) -> bool:
        """False for a word of the text heard far from every place the even pace expects it."""
        tokens = set(word_tokens(word.text, self.language))
        if not tokens & self.known:
            return True
        return any(tokens & self.tokens[k] for k, a, b in self.spans
                   if a - SLACK_SECONDS <= word.end and word.start <= b + SLACK_SECONDS)

    def _near(self, a: float, b: float) -> list[int]:
        return [k for k, end in enumerate(self.ends) if a - SLACK_SECONDS <= end <= b + SLACK_SECONDS]
