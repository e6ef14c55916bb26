"""Whisper's temperature fallback, made to repeat exactly.

When greedy decoding of a window fails (too repetitive, too unlikely),
faster-whisper decodes it again by *sampling* at rising temperatures.
CTranslate2 samples with one random generator per worker thread, seeded once,
when that thread first samples; ``ctranslate2.set_random_seed`` only affects
generators not yet made.  So what a window's fallback heard depended on which
worker took it and what that worker had sampled before: two runs of the same
talk differed in a few segments (long_60min: 2 of 583), and so did one run with
one thread against two.

Listening again (:func:`.recognize.recognize_again`) first decodes every
window through :func:`greedy_only`, side by side; a window that needs to
sample stops there (:class:`NeedsSampling`).  Those windows are then decoded
one at a time through :func:`repeatable`: greedy calls still run on the shared
model, but sampled calls run on a replica of the model made for that window
alone, whose generator is seeded with :data:`SEED` before it first samples.  A
window's words then depend only on the window.  A replica costs ~0.2 CPU s to
load and ~100 MB while it lives (170 MB at its peak while loading), which is
why only one lives at a time.

A window that needs to sample has already been encoded by then: its greedy
attempt ran Whisper's encoder over its 30 s (most of what decoding a short
window costs, ~0.45 of ~0.5 CPU s with tiny.en).  Both views of a window can
share an ``encoded`` dict, so the sampled decoding takes the encoder output the
greedy attempt made for the same features instead of encoding them again (the
encoder draws no random numbers: the same output either way).  Nor is its greedy attempt decoded twice:
the sampled decoding begins, as Whisper's fallback does, with the same greedy ``generate`` call on the same
encoder output and prompt, which draws no random numbers either and gives the same tokens, so it takes the
result the greedy view kept.  On a noisy talk that is one decoding of up to a 30-s window's tokens saved
per window that falls back (`cx_nl_espeak_disc_spdif`: 2.6 of 43 CPU s of decoding; see
``benchmarks/decoding_cost.py``).
"""

from __future__ import annotations

import hashlib
import threading
from typing import Callable, Optional

#: Where every window's sampling starts.
SEED = 20261201

#: Held from seeding the generator until the replica's worker has made its generator from it:
#: the seed is a process-wide setting, read by whichever thread samples first.
_SEEDING = threading.Lock()


class NeedsSampling(Exception):
    """A window's greedy decoding failed and Whisper wants to sample (see :func:`greedy_only`)."""


def _samples(kwargs) -> bool:
    return kwargs.get("sampling_topk", 1) != 1 and kwargs.get("sampling_temperature", 1.0) > 0


class _SamplesOnItsOwnReplica:
    """A CTranslate2 Whisper model whose sampled ``generate`` calls run on a replica seeded for them
    (or raise :class:`NeedsSampling` when there is no replica to load)."""

    def __init__(self, shared, load_replica: Optional[Callable[[], object]], encoded: Optional[dict] = None) -> None:
        self._shared = shared
        self._load_replica = load_replica
        self._replica = None
        self._encoded = encoded

    def __getattr__(self, name):
        return getattr(self._shared, name)

    def encode(self, features, **kwargs):
        """The shared model's encoder output, taken from ``encoded`` when these features were encoded before."""
        if self._encoded is None:
            return self._shared.encode(features, **kwargs)
        import numpy as np

        values = np.asarray(features)
        key = (values.shape, hashlib.blake2b(values.tobytes(), digest_size=16).digest())
        if key not in self._encoded:
            output = self._encoded[key] = self._shared.encode(features, **kwargs)
            self._encoded[("features of", id(output))] = key  # the output lives in the dict: its id stays its own
        return self._encoded[key]

    def generate(self, *args, **kwargs):
        if not _samples(kwargs):
            return self._greedy(*args, **kwargs)  # greedy or beam search: no random draws
        if self._load_replica is None:
            raise NeedsSampling
        if self._replica is not None:
            return self._replica.generate(*args, **kwargs)
        import ctranslate2

        with _SEEDING:
            self._replica = self._load_replica()
            ctranslate2.set_random_seed(SEED)
            return self._replica.generate(*args, **kwargs)  # its worker's generator is made now, from SEED

    def _greedy(self, encoder_output, prompts, **kwargs):
        """The shared model's greedy (or beam) decoding, taken from ``encoded`` when this encoder output was
        decoded with this prompt and these options before: it draws no random numbers, the same tokens either way."""
        features = None if self._encoded is None else self._encoded.get(("features of", id(encoder_output)))
        if features is None:
            return self._shared.generate(encoder_output, prompts, **kwargs)
        key = ("decoded", features, repr(prompts), repr(sorted(kwargs.items())))
        if key not in self._encoded:
            self._encoded[key] = self._shared.generate(encoder_output, prompts, **kwargs)
        return self._encoded[key]


class _View:
    """faster-whisper ``whisper`` with its CTranslate2 model replaced (its methods see ``model``)."""

    def __init__(self, whisper, model) -> None:
        self._whisper = whisper
        self.model = model

    def __getattr__(self, name):
        value = getattr(self._whisper, name)
        if getattr(value, "__self__", None) is self._whisper:  # a method: bound to this view instead
            return value.__func__.__get__(self)
        return value

    def generate_with_fallback(self, encoder_output, prompt, tokenizer, options):
        """Whisper's temperature fallback, stopping where hotter sampling cannot help
        (:mod:`.fallback_temperatures`)."""
        from .fallback_temperatures import generate_with_fallback

        return generate_with_fallback(self, encoder_output, prompt, tokenizer, options)


def greedy_only(model, encoded: Optional[dict] = None):
    """A view of faster-whisper ``model`` that raises :class:`NeedsSampling` instead of sampling (its encoder
    outputs kept in ``encoded`` when given)."""
    return _View(model, _SamplesOnItsOwnReplica(model.model, None, encoded))


def repeatable(model, model_path: Optional[str], encoded: Optional[dict] = None):
    """A view of faster-whisper ``model`` for one window whose temperature fallback samples repeatably.

    ``model_path`` is the folder the model was loaded from (see
    :func:`.models.model_folder`); without one the model is returned as it is.
    Use a new view for every window, and one window at a time: the replica's
    generator carries on from one sampled call to the next, which is right
    within a window (its temperatures are tried in order) and wrong across
    windows.  ``encoded``: the encoder outputs its greedy attempt kept (:func:`greedy_only`).
    """
    if model_path is None:
        return model
    shared = model.model

    def load_replica():
        import ctranslate2

        return ctranslate2.models.Whisper(model_path, device=shared.device, device_index=shared.device_index,
                                          compute_type=shared.compute_type, inter_threads=1, intra_threads=1)

    return _View(model, _SamplesOnItsOwnReplica(shared, load_replica, encoded))
