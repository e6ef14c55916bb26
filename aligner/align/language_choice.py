"""Deciding the talk's language before anything is decoded, and saying why.

Order of evidence, best first:

1. ``--language`` (the user said so);
2. the transcript's own text, when there is enough of it and the detector is
   sure (:func:`aligner.language.detect_text_language`);
3. Whisper's language identification on the audio (a multilingual model's
   first decoder step over up to a minute of speech), when the text is short
   or ambiguous; where there is enough text to weigh, the two are weighed
   together (:func:`agreed_language`), because Whisper's identification alone
   is easily fooled by a voice or a line (espeak-ng Indonesian, French over a
   telephone line: "Thai", 0.9);
4. with a user-chosen English-only model, English.

The language picks the model (:func:`.models.model_for_language`): English
keeps the fast tiny.en and its phone-level pass, every other language uses
the multilingual base.  When the transcript and the audio disagree, the
engine asks the audio too (:func:`heard_languages`) so the message can name
both languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from ..audio import Audio
from ..errors import AlignerError
from ..language import (MIN_LETTERS, TextLanguage, base_code, detect_text_language, known_language,
                        language_name)
from .models import ModelSpec, load_model, model_for_language, multilingual_model, resolve_model

#: Speech given to Whisper's language identification: this many 30 s windows, from the first minutes.
AUDIO_WINDOWS = 2
_AUDIO_LOOK = 300.0
#: Whisper this sure of the audio's language, and the text as sure of another, is a mismatch worth naming ...
AUDIO_SURE = 0.7
#: ... unless the text's language is Whisper's second choice or this likely: a telephone band with mains
#: hum makes base hear Thai in French and German calls (Thai 0.57-0.86, the talk's language second at
#: 0.04-0.19), where audio truly in another language leaves the text's under 0.02.
TEXT_LANGUAGE_HEARD = 0.02


CHOSEN = "as chosen (--language, or in the window)"


@dataclass(frozen=True)
class LanguageChoice:
    """The language the talk is aligned in, and why."""

    code: str
    reason: str  #: how it was decided, completing "Language: French (fr), ..."
    text: Optional[TextLanguage] = None
    audio: Optional[tuple[str, float]] = None  #: Whisper's (language, probability), when it was asked

    @property
    def chosen(self) -> bool:
        """The person said which language (rather than it being detected)."""
        return self.reason == CHOSEN

    def line(self) -> str:
        """One line for the terminal and the status bar."""
        return f"Language: {language_name(self.code)} ({self.code}), {self.reason}."


def heard_languages(spec_or_model, audio: Audio, threads: int = 0, device: str = "cpu",
                    compute_type: str = "int8") -> Optional[list[tuple[str, float]]]:
    """Whisper's language identification on the first minutes of speech: (code, probability), likeliest first.

    ``spec_or_model`` is a loaded multilingual model or a ModelSpec to load.
    None when the model is English-only or there is too little audio.
    """
    model = spec_or_model
    if isinstance(spec_or_model, ModelSpec):
        model = load_model(spec_or_model, device, compute_type, threads)
    if not model.model.is_multilingual:
        return None
    samples = audio.float32(0.0, min(audio.duration, _AUDIO_LOOK))
    if len(samples) < audio.sample_rate // 2:
        return None
    _, _, odds = model.detect_language(samples, vad_filter=True, language_detection_segments=AUDIO_WINDOWS,
                                       language_detection_threshold=0.5)
    return sorted(((code, float(p)) for code, p in odds), key=lambda cp: -cp[1])


def choose_language(texts: Iterable[str], audio: Audio, model: Optional[str], language: Optional[str],
                    threads: int = 0, device: str = "cpu", compute_type: str = "int8",
                    text_guess: Optional[TextLanguage] = None) -> tuple[LanguageChoice, ModelSpec]:
    """The talk's language and the model to align it with."""
    if language:
        code = known_language(language)
        if code is None:
            raise AlignerError(f"Whisper does not know the language {language!r}. Use a code such as en, fr, de, "
                               "es, zh (or leave --language out to detect it).")
        choice = LanguageChoice(code, CHOSEN)
        return choice, model_for_language(model, choice.code)
    guess = text_guess if text_guess is not None else detect_text_language(texts)
    if guess is not None and guess.sure:
        choice = LanguageChoice(guess.code, f"detected from the transcript text, {100 * guess.probability:.0f}% sure",
                                text=guess)
        return choice, model_for_language(model, choice.code)
    # Too little or too mixed text: ask the audio, with the user's model when it is multilingual.
    spec = resolve_model(model) if model not in (None, "", "default") else multilingual_model()
    loaded = load_model(spec, device, compute_type, threads)
    if not loaded.model.is_multilingual:
        return LanguageChoice("en", f"the only language of the model {spec.name}", text=guess), spec
    odds = heard_languages(loaded, audio)
    heard = odds[0] if odds else None
    weighable = guess is not None and guess.letters >= MIN_LETTERS and guess.odds
    why = "the transcript is unclear" if weighable else "the transcript is too short to tell"
    if heard is None:
        code = guess.code if guess is not None else "en"
        choice = LanguageChoice(code, f"a guess: {why} and there is too little speech to listen to", text=guess)
    elif weighable:
        code = agreed_language(guess, odds)
        choice = LanguageChoice(code, f"the transcript and the audio weighed together (the text reads "
                                f"{_odds_of(guess.odds, code)}; Whisper heard {_odds_of(odds, code)})",
                                text=guess, audio=heard)
    else:
        choice = LanguageChoice(heard[0], f"heard in the audio by Whisper, {100 * heard[1]:.0f}% sure ({why})",
                                text=guess, audio=heard)
    return choice, model_for_language(model, choice.code)


def agreed_language(text: TextLanguage, heard: list[tuple[str, float]]) -> str:
    """The language the text and the audio make likeliest together: the largest product of their probabilities.

    The transcript's letters and the recording's sound are independent evidence about one language, so their
    odds multiply.  Each is fooled in its own way - the text detector splits close languages (Indonesian and
    Malay, Bokmål and Nynorsk), Whisper's identification hears Thai in a synthetic voice or a telephone line -
    and neither's mistake survives the other: a Latin-script text gives Thai no chance, and the audio settles
    which of two close written languages is spoken.
    """
    audio = {base_code(code): p for code, p in heard}
    best, score = heard[0][0], 0.0
    for code, p in text.odds:
        if p * audio.get(code, 0.0) > score:
            best, score = code, p * audio.get(code, 0.0)
    return best


def _odds_of(odds, code: str) -> str:
    """"Indonesian 72%, Malay 28%": the likeliest language of (code, probability) pairs, and ``code``'s."""
    shown = [(base_code(c), p) for c, p in odds[:1]]
    if shown[0][0] != code:
        shown.append((code, dict((base_code(c), p) for c, p in odds).get(code, 0.0)))
    return ", ".join(f"{language_name(c)} {100 * p:.0f}%" if p >= 0.005 else f"{language_name(c)} under 1%"
                     for c, p in shown)


#: Languages a model without their own token decodes as a close one (Whisper before large-v3 has no Cantonese).
_FALLBACK = {"yue": "zh"}


def language_for_model(spec: ModelSpec, loaded, choice: LanguageChoice) -> str:
    """The language code to give this model; a clear error when the model cannot speak the talk's language."""
    code = base_code(choice.code)
    if not loaded.model.is_multilingual:
        if code != "en":
            raise AlignerError(f"The model {spec.name} only knows English, but the talk is in "
                               f"{language_name(choice.code)} ({choice.reason}). Leave --model out to use the "
                               "multilingual model, or pass --language en if the talk is in English.")
        return code
    if loaded.hf_tokenizer.token_to_id(f"<|{code}|>") is None:
        if code in _FALLBACK:
            return _FALLBACK[code]
        raise AlignerError(f"The model {spec.name} does not know {language_name(code)}. "
                           "Choose a newer multilingual model with --model.")
    return code


def mismatch_message(choice: LanguageChoice, heard: Optional[tuple[str, float]],
                     odds: Optional[list[tuple[str, float]]] = None) -> Optional[str]:
    """"The transcript is in French but the audio is in English" when Whisper is sure of that, else None.

    ``odds``, all of Whisper's language probabilities when known: the claim is
    not made when the transcript's language is among the likely ones.
    """
    if heard is None:
        return None
    code, prob = heard
    if base_code(code) == base_code(choice.code) or prob < AUDIO_SURE:
        return None
    if odds:
        text_code = base_code(choice.code)
        ranked = [base_code(c) for c, _ in odds]
        if text_code in ranked[:2] or dict((base_code(c), p) for c, p in odds).get(text_code, 0.0) >= \
                TEXT_LANGUAGE_HEARD:
            return None
    said = (f"You chose {language_name(choice.code)}" if choice.chosen
            else f"The transcript is in {language_name(choice.code)}")
    return (f"{said} but the audio is in {language_name(code)} (Whisper is {100 * prob:.0f}% sure). "
            "Check that you picked the right pair of files.")
