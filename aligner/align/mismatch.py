"""Evidence that a transcript does not belong to its audio, and the verdict drawn from it.

Two questions, both asked once the audio has been heard:

* how much of the transcript was heard (transcript tokens sitting in trusted
  runs of matches), and
* whether what was heard is in the transcript at all: spelled like some
  stretch of it (rapidfuzz's partial ratio), asked when too few words were
  heard to judge by the first question.

The first alone misses a short clip given the transcript of another, longer
talk: Whisper hears only a few words there (on a synthetic or accented voice,
half of them misheard), too few to judge by the first question, yet they
resemble no part of the transcript.  A transcript longer than the
audio could hold is refused before any of this (:mod:`.plausibility`).

The right talk badly heard (a strong accent, a poor line, a synthetic voice)
matches few words exactly but resembles the transcript letter by letter; it is
aligned and flagged, not refused.  Heard worse still (a telephone line with
hum, where Whisper's words resemble nothing), the transcript's own words are
forced onto the audio (:mod:`.forced`) and the decoder's probability of them
says whether they belong there.  When the audio is in another language than
the text, the message names both.
"""

from __future__ import annotations

from typing import Optional

from ..audio import Audio
from .forced import BELONGS, LIFTED
from .language_choice import LanguageChoice, heard_languages, mismatch_message
from .models import multilingual_model


#: What a refusal asks of the user: the files may not be a pair, or the speech may not be heard at all (voices
#: through a wall were refused as if the transcript were another talk's).
_CHECK = ("Check that you picked the right pair of files; if you did, the speech is too muffled or noisy to be made "
          "out (through a wall, say).")
#: The refusal where the speech model wrote the talk in Latin letters and they spell none of the transcript
#: (:mod:`.heard_letters`).
_UNSPELT = ("The transcript does not seem to belong to this audio: the speech model wrote the speech in Latin "
            "letters, and they spell none of the transcript. " + _CHECK)


class MismatchEvidence:
    """Counts gathered stretch by stretch while placing; :meth:`verdict` says whether text and audio disagree."""

    #: Transcripts shorter than this (tokens) are never judged: too little to tell.
    MIN_WORDS = 15
    #: Less than this share of the transcript heard ...
    MIN_MATCHED = 0.2
    #: ... with at least MIN_WORDS words heard: the transcript is of something else.
    #: With fewer heard (a short clip), at least this many heard tokens that resemble no part of the
    #: transcript say the same.
    MIN_HEARD_TOKENS = 5

    #: Letters of the transcript and of what was heard this alike (0-100, rapidfuzz ratio) mean the same talk;
    #: the same bound holds for a short clip against the best-matching part of the transcript (measured on
    #: espeak-ng clips of 3-4 s: 72-96 against a transcript holding the clip's sentence, 49-54 against another).
    RESEMBLES = 60.0

    def __init__(self) -> None:
        self.words = self.matched = self.heard = self.heard_tokens = 0
        #: lines laid over speech Whisper made out no word of (:mod:`.by_sound`): the language, not the text, is unheard
        self.by_sound = 0
        self.text: list[str] = []
        self.heard_text: list[str] = []
        #: (belonging probability, tokens, probability over the audio played backwards or None) of stretches placed
        #: by forcing
        self.forced: list[tuple[float, int, Optional[float]]] = []
        #: stretches Whisper wrote in Latin letters (for a transcript in another script), and of them those whose
        #: letters spell the transcript's text (:mod:`.heard_letters`)
        self.read_in_letters = self.spelt_in_letters = 0

    def add_forced(self, probability: float, tokens: int, backwards: Optional[float] = None) -> None:
        """A poorly heard stretch was forced-decoded: the decoder's mean probability of its words, and of them over
        the audio played backwards where that was asked (:func:`.forced.backwards_probability`)."""
        self.forced.append((probability, tokens, backwards))

    def forced_probability(self) -> Optional[float]:
        """The decoder's probability of the transcript given the audio, over the forced stretches (None: none)."""
        total = sum(n for _, n, _ in self.forced)
        return sum(p * n for p, n, _ in self.forced) / total if total else None

    def belongs(self) -> bool:
        """Forced decoding found the transcript's words likely in this audio, however little was heard.

        Over a telephone line or hum, the multilingual model may hear almost
        nothing right ("Tjej, Maribob" for "Hej allihop"), and even take the
        language for another (French heard as Thai); the decoder told what was
        said still finds it likely there.  Another talk's transcript it does not.

        In a language the model hears badly (espeak-ng's Belarusian) even the
        right transcript is unlikely in absolute terms, but the audio still
        makes it several times likelier than the audio played backwards does
        (:data:`.forced.LIFTED`); another talk's transcript it makes no likelier.
        A stretch likely enough on its own was not played backwards: it adds
        nothing to the backwards side.
        """
        p = self.forced_probability()
        if p is None:
            return False
        if p >= BELONGS:
            return True
        total = sum(n for _, n, _ in self.forced)
        if all(b is None for _, _, b in self.forced):
            return False
        backwards = sum((b or 0.0) * n for _, n, b in self.forced) / total
        return p > LIFTED * backwards  # strictly: nothing forced at all (0 and 0) is no evidence

    def add(self, tokens: int, strongly_matched: int, heard_words: int, heard_tokens: int = 0) -> None:
        """Count a stretch: its transcript tokens, how many sit in trusted runs, words and tokens heard.

        Trusted runs pair tokens one to one, so ``strongly_matched`` is also the
        number of heard tokens that are in the transcript.
        """
        self.words += tokens
        self.matched += strongly_matched
        self.heard += heard_words
        self.heard_tokens += heard_tokens

    def add_text(self, tokens: list[str], heard_tokens: list[str]) -> None:
        self.text.append(" ".join(tokens))
        self.heard_text.append(" ".join(heard_tokens))

    def matched_fraction(self) -> Optional[float]:
        return self.matched / self.words if self.words else None

    def matched_little(self) -> bool:
        """Less than MIN_MATCHED of a transcript long enough to judge sits in trusted runs, however many words were
        heard: too few heard words to refuse on that alone, but enough doubt to ask which language the audio is."""
        return self.words >= self.MIN_WORDS and self.matched < self.MIN_MATCHED * self.words

    def heard_is_in_text(self) -> bool:
        """What was heard is spelled much like some stretch of the transcript (for a few heard words)."""
        from rapidfuzz import fuzz

        return fuzz.partial_ratio(" ".join(self.heard_text), " ".join(self.text)) >= self.RESEMBLES

    def resembles(self) -> bool:
        """What was heard is spelled much like the transcript, though few words matched exactly.

        Whisper mishearing a strong accent or a poor recording gets words wrong
        but many letters right ("förrössningen" for "föreläsningen"); a
        transcript of another talk in the same language shares far fewer
        (measured: 66-98 for the right talk, 45-52 for another one).
        """
        from rapidfuzz import fuzz

        return fuzz.ratio(" ".join(self.text), " ".join(self.heard_text)) >= self.RESEMBLES

    def verdict(self) -> Optional[str]:
        """A message when the transcript evidently does not belong to the audio, else None."""
        if self.words < self.MIN_WORDS:
            return None
        if self.heard == 0 and self.by_sound:
            return None  # speech Silero hears, in a language Whisper makes nothing of: placed by sound, all flagged
        if self.heard == 0:
            return ("No speech was found in the audio, so the transcript could not be placed. If the recording "
                    "holds speech, the file looks wrong (damaged, or its header gives the wrong sample rate, "
                    "so it plays at the wrong speed): convert it again from the original.")
        frac = self.matched / self.words
        if frac >= self.MIN_MATCHED:
            return None
        if self.heard >= self.MIN_WORDS:
            return (f"The transcript does not seem to belong to this audio: only {100 * frac:.0f}% of its "
                    f"words were heard in it. {_CHECK}")
        if self.heard_tokens >= self.MIN_HEARD_TOKENS and not self.heard_is_in_text():
            return (f"The transcript does not seem to belong to this audio: only {100 * frac:.0f}% of its "
                    f"words were heard in it, and the {self.heard_tokens} words heard in the audio are not in "
                    f"it. {_CHECK}")
        return None


def mismatch_verdict(evidence: MismatchEvidence, model, audio: Audio, choice: LanguageChoice,
                     threads: int, device: str, compute_type: str) -> Optional[str]:
    """The message refusing this transcript for this audio, or None when they belong together."""
    message = evidence.verdict()
    doubted = message is not None or evidence.matched_little()
    if doubted and evidence.resembles():
        return None  # the right talk, badly heard (accent, noise, synthetic voice): align it, flagged
    if doubted and evidence.spelt_in_letters:
        return None  # the right talk, written by Whisper in Latin letters that spell it: align it, flagged
    # Written in Latin letters that spell none of it: in a script the decoder barely knows, forcing's odds of the
    # text are no proof (another Georgian talk's transcript passed them), the letters are.
    if doubted and evidence.read_in_letters:
        message = _UNSPELT
    elif doubted and evidence.belongs():
        return None  # the right talk, heard too poorly to match, placed by forcing its words: align it, flagged
    # Is the audio in another language than the text? Say both.  Asked too where few words were heard and few
    # of the text's matched: told the text, the decoder writes the prompt's words over speech in another
    # language, so "what was heard" is then the transcript's own words, and only the audio's language tells.
    if doubted and evidence.heard:
        odds = heard_languages(model if model.model.is_multilingual else multilingual_model(), audio,
                               threads, device, compute_type)
        message = mismatch_message(choice, odds[0] if odds else None, odds) or message
    return message
