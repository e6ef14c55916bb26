"""Whisper's temperature fallback stops rising once a sample that does not loop is less likely than the best so far
(`aligner.align.fallback_temperatures`), and otherwise decides as faster-whisper's own does."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from faster_whisper.transcribe import TranscriptionOptions, WhisperModel

from aligner.align.fallback_temperatures import generate_with_fallback

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

    def generate(self, encoder_output, prompts, **kwargs):
        t = kwargs.get("sampling_temperature", 0.0) if kwargs.get("sampling_topk", 1) != 1 else 0.0
        self.calls.append(t)
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
