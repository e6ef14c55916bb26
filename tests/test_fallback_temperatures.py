"""Whisper's temperature fallback stops rising once a sample that does not loop is less likely than the best so far
(`aligner.align.fallback_temperatures`), and otherwise decides as faster-whisper's own does."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pytest
from faster_whisper.transcribe import TranscriptionOptions, WhisperModel

from aligner.align.fallback_temperatures import generate_with_fallback
from synth import RATE, espeak_available, speak

TEMPERATURES = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
LOOP = [1] * 40  # the tokens of text that repeats itself
SPEECH = [2] * 40  # of text that does not


@dataclass
class _Result:
    sequences_ids: list
    scores: list
    no_speech_prob: float = 0.1


class _Tokenizer:
    def decode(self, tokens):
        return "the the the " * 30 if tokens == LOOP else "Welkom bij de rondleiding door het oude waterschapshuis."


@dataclass
class _Model:
    """A CTranslate2 model stand-in: at each temperature, text that loops or not, at a mean log-probability."""

    attempts: dict  # temperature -> (loops, mean log-probability)
    calls: list = field(default_factory=list)

    lengths: list = field(default_factory=list)  # max_length of each call

    def generate(self, encoder_output, prompts, **kwargs):
        t = kwargs.get("sampling_temperature", 0.0) if kwargs.get("sampling_topk", 1) != 1 else 0.0
        self.calls.append(t)
        self.lengths.append(kwargs.get("max_length"))
        loops, logprob = self.attempts[t]
        tokens = LOOP if loops else SPEECH
        return [_Result([tokens], [logprob * (len(tokens) + 1) / len(tokens)])]  # faster-whisper's mean, undone


class _Whisper:
    max_length = 448
    time_precision = 0.02
    logger = logging.getLogger("test")

    def __init__(self, attempts):
        self.model = _Model(attempts)


def _options():
    return TranscriptionOptions(
        beam_size=1, best_of=5, patience=1, length_penalty=1, repetition_penalty=1, no_repeat_ngram_size=0,
        log_prob_threshold=-1.0, no_speech_threshold=0.6, compression_ratio_threshold=2.4,
        condition_on_previous_text=False, prompt_reset_on_temperature=0.5, temperatures=TEMPERATURES,
        initial_prompt=None, prefix=None, suppress_blank=True, suppress_tokens=[-1], without_timestamps=False,
        max_initial_timestamp=1.0, word_timestamps=True, prepend_punctuations="", append_punctuations="",
        multilingual=True, max_new_tokens=None, clip_timestamps="0", hallucination_silence_threshold=None,
        hotwords=None)


def _both(attempts):
    ours, whispers = _Whisper(attempts), _Whisper(attempts)
    got = generate_with_fallback(ours, None, [1], _Tokenizer(), _options())
    want = WhisperModel.generate_with_fallback(whispers, None, [1], _Tokenizer(), _options())
    return got, want, ours.model.calls, whispers.model.calls


def test_a_sample_less_likely_than_the_best_so_far_ends_the_fallback():
    """The noisy window: greedy text fails only for its log-probability; 0.2 does a little better, 0.4 worse."""
    attempts = {0.0: (False, -1.12), 0.2: (False, -1.05), 0.4: (False, -1.30), 0.6: (False, -1.6),
                0.8: (False, -2.5), 1.0: (False, -3.8)}
    got, want, ours, whispers = _both(attempts)
    assert ours == [0.0, 0.2, 0.4] and whispers == TEMPERATURES  # 0.6 to 1.0 not decoded
    # the same attempt kept; the last temperature tried
    assert got[1] == want[1] and abs(got[1] + 1.05) < 1e-9 and got[2] == 0.4


def test_loops_do_not_end_it_and_an_attempt_that_passes_is_taken():
    attempts = {0.0: (False, -1.33), 0.2: (True, -0.15), 0.4: (True, -0.29), 0.6: (False, -0.9),
                0.8: (False, -2.2), 1.0: (False, -4.0)}
    got, want, ours, whispers = _both(attempts)
    assert ours == whispers == [0.0, 0.2, 0.4, 0.6]
    assert got == want and got[2] == 0.6


def test_without_a_worse_sample_every_temperature_is_tried_and_whispers_choice_kept():
    attempts = {0.0: (False, -1.6), 0.2: (True, -0.2), 0.4: (False, -1.5), 0.6: (False, -1.4),
                0.8: (True, -0.9), 1.0: (False, -1.3)}
    got, want, ours, whispers = _both(attempts)
    assert ours == whispers == TEMPERATURES
    assert got == want and abs(got[1] + 1.3) < 1e-9


def test_listening_again_decodes_through_it():
    """The views listening again decodes through (`fallback_sampling`) take this fallback, not faster-whisper's."""
    from aligner.align.fallback_sampling import _View

    whisper = _Whisper({0.0: (False, -1.12), 0.2: (False, -1.05), 0.4: (False, -1.30), 0.6: (False, -1.6),
                        0.8: (False, -2.5), 1.0: (False, -3.8)})
    view = _View(whisper, whisper.model)
    view.generate_with_fallback(None, [1], _Tokenizer(), _options())
    assert whisper.model.calls == [0.0, 0.2, 0.4]


LOOPING_UNTIL_06 = {0.0: (True, -0.1), 0.2: (True, -0.15), 0.4: (True, -0.29), 0.6: (False, -0.9),
                    0.8: (False, -2.2), 1.0: (False, -4.0)}


def test_a_short_windows_samples_write_no_more_than_its_share_of_tokens():
    """A 10-s window: its greedy attempt keeps Whisper's whole limit, each sampled attempt 224 x 10/30 = 75 new
    tokens (a max_length of 150 after the 1-token prompt: CTranslate2 decodes half of it), and the fallback decides
    as before."""
    from aligner.align.fallback_sampling import _View

    whisper = _Whisper(LOOPING_UNTIL_06)
    view = _View(whisper, whisper.model)
    view.window_seconds = 10.0
    got = view.generate_with_fallback(None, [1], _Tokenizer(), _options())
    assert whisper.model.calls == [0.0, 0.2, 0.4, 0.6] and got[2] == 0.6
    assert whisper.model.lengths == [448, 150, 150, 150]


def test_a_whole_window_or_one_of_unknown_length_keeps_whispers_limit():
    from aligner.align.fallback_sampling import _View
    from aligner.align.sampled_allowance import sampled_allowance

    for seconds in (None, 30.0, 41.5):
        whisper = _Whisper(LOOPING_UNTIL_06)
        view = _View(whisper, whisper.model)
        view.window_seconds = seconds
        view.generate_with_fallback(None, [1], _Tokenizer(), _options())
        assert whisper.model.lengths == [448] * 4
    assert sampled_allowance(2.0) == 64  # a short window's floor


def test_a_window_whose_greedy_text_did_not_loop_lets_its_samples_write_twice_that():
    """Greedy text of 40 tokens that fails only for its log-probability: its samples may write 80 (max_length 160),
    more than the 10-s window's share of 75 (a script whose words take many tokens)."""
    from aligner.align.fallback_sampling import _View

    whisper = _Whisper({0.0: (False, -1.12), 0.2: (True, -0.15), 0.4: (False, -0.9), 0.6: (False, -1.6),
                        0.8: (False, -2.5), 1.0: (False, -3.8)})
    view = _View(whisper, whisper.model)
    view.window_seconds = 10.0
    got = view.generate_with_fallback(None, [1], _Tokenizer(), _options())
    assert whisper.model.calls == [0.0, 0.2, 0.4] and got[2] == 0.4
    assert whisper.model.lengths == [448, 160, 160]


@pytest.mark.slow
@pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")
def test_ctranslate2_decodes_the_whole_allowance_and_no_more():
    """Hotly sampled hypotheses of a made sentence longer than a small allowance stop at the allowance itself.

    CTranslate2 decodes at most half of the ``max_length`` faster-whisper passes (prompt + ``max_new_tokens``): an
    allowance passed as ``max_new_tokens`` as it is stopped samples at half of it, which cut the speech of a
    non-looping window (the Icelandic talk: 34-token hypotheses cut at 33 for a 64-token allowance)."""
    import numpy as np
    from faster_whisper.tokenizer import Tokenizer

    from aligner.align.models import load_model, resolve_model
    from aligner.align.sampled_allowance import max_new_tokens

    model = load_model(resolve_model(None), "cpu", "int8", 1)
    speech = speak("The lighthouse keeper climbed the stairs every evening to light the lamp above the sea.")
    features = model.feature_extractor(np.concatenate([speech, np.zeros(30 * RATE - len(speech), np.float32)]))
    encoded = model.encode(features[:, :3000])
    tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe", language="en")
    prompt = model.get_prompt(tokenizer, [], without_timestamps=False)
    for allowance in (6, 12):
        bound = max_new_tokens(allowance, len(prompt), model.max_length)
        result = model.model.generate(encoded, [prompt], beam_size=1, num_hypotheses=5, sampling_topk=0,
                                      sampling_temperature=1.0, max_length=len(prompt) + bound)[0]
        lengths = [len(ids) for ids in result.sequences_ids]
        assert max(lengths) == allowance, (allowance, lengths)  # the sentence takes more: every sample reaches it
    assert max_new_tokens(224, len(prompt), model.max_length) is None  # Whisper's own limit: no bound
