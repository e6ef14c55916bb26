"""A window whose greedy decoding fell back to sampling is not encoded again (`aligner.align.fallback_sampling`)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.fallback_sampling import NeedsSampling, _SamplesOnItsOwnReplica


class _Shared:
    """A CTranslate2 model stand-in counting its encoder passes."""

    def __init__(self):
        self.encoded = 0

    def encode(self, features, to_cpu=False):
        self.encoded += 1
        return ("encoded", float(np.asarray(features).sum()))

    def generate(self, *args, **kwargs):
        return ["greedy"]


def test_the_sampled_decoding_takes_the_greedy_attempts_encoder_output():
    shared, encoded = _Shared(), {}
    features = np.ones((1, 80, 3000), np.float32)
    greedy = _SamplesOnItsOwnReplica(shared, None, encoded)
    first = greedy.encode(features)
    with pytest.raises(NeedsSampling):
        greedy.generate(sampling_topk=0, sampling_temperature=0.2)
    sampled = _SamplesOnItsOwnReplica(shared, lambda: shared, encoded)
    assert sampled.encode(features.copy()) == first and shared.encoded == 1  # the same features: no second pass
    other = features.copy()
    other[0, 0, 0] = 2.0
    sampled.encode(other)
    assert shared.encoded == 2  # other features are encoded
    alone = _SamplesOnItsOwnReplica(shared, None)  # no dict: every call encodes, as before
    alone.encode(features)
    alone.encode(features)
    assert shared.encoded == 4


class _Counting(_Shared):
    """... and its greedy decodings."""

    def __init__(self):
        super().__init__()
        self.decoded = 0

    def generate(self, encoder_output, prompts, **kwargs):
        self.decoded += 1
        return [("greedy", encoder_output, tuple(map(tuple, prompts)), kwargs.get("beam_size"))]


def test_the_sampled_decoding_takes_the_greedy_attempts_tokens():
    """Whisper's fallback begins with the greedy call the greedy view already made: it is not decoded twice."""
    shared, encoded = _Counting(), {}
    features = np.ones((1, 80, 3000), np.float32)
    greedy = _SamplesOnItsOwnReplica(shared, None, encoded)
    out = greedy.encode(features)
    first = greedy.generate(out, [[1, 2, 3]], beam_size=1, max_length=448)
    with pytest.raises(NeedsSampling):
        greedy.generate(out, [[1, 2, 3]], sampling_topk=0, sampling_temperature=0.2)
    sampled = _SamplesOnItsOwnReplica(shared, lambda: shared, encoded)
    again = sampled.encode(features.copy())
    assert sampled.generate(again, [[1, 2, 3]], beam_size=1, max_length=448) == first and shared.decoded == 1
    sampled.generate(again, [[1, 2, 4]], beam_size=1, max_length=448)  # another prompt
    sampled.generate(again, [[1, 2, 3]], beam_size=5, max_length=448)  # other options
    other = features.copy()
    other[0, 0, 0] = 2.0
    sampled.generate(sampled.encode(other), [[1, 2, 3]], beam_size=1, max_length=448)  # other features
    assert shared.decoded == 4
    alone = _SamplesOnItsOwnReplica(shared, None)  # no dict: every call decodes, as before
    alone.generate(out, [[1, 2, 3]], beam_size=1)
    alone.generate(out, [[1, 2, 3]], beam_size=1)
    assert shared.decoded == 6
