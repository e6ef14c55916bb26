"""faster-whisper's Silero VAD, run a few hundred windows at a time.

faster-whisper's ``SileroVADModel`` feeds the model up to 10,000 windows of
32 ms in one call: a whole 5-minute block (9,375 windows) at once.  The
network's intermediate tensors for that many windows took the process up by
125-155 MB per block, and recognition runs two blocks side by side, so VAD was
where an hour's alignment reached its memory peak.

The model carries its recurrent state from one window to the next through the
batch (faster-whisper itself hands ``h`` and ``c`` from one 10,000-window call
to the next), so running it :data:`PIECE` windows at a time with the state
carried gives the same speech probabilities, bit for bit (three 5-minute
blocks of long_60min: identical), for +55 MB instead of +125-155 MB.

:func:`use_piecewise_vad` installs it as the model faster-whisper's VAD uses
(``faster_whisper.vad.get_vad_model``, which its batched pipeline calls); the
speech timestamps logic around it stays faster-whisper's own.  faster-whisper
is pinned (pyproject.toml), and a test checks the pipeline still goes through
this model.
"""

from __future__ import annotations

import os
import threading

import numpy as np

#: Windows of 32 ms given to the network in one call.
PIECE = 500

_lock = threading.Lock()


def _piecewise_model_class():
    from faster_whisper.vad import SileroVADModel

    class PiecewiseSileroVAD(SileroVADModel):
        """Silero VAD with the same input and output as faster-whisper's, fed :data:`PIECE` windows at a time."""

        def __call__(self, audio: np.ndarray, num_samples: int = 512, context_size_samples: int = 64):
            assert audio.ndim == 1, "Input should be a 1D array"
            assert audio.shape[0] % num_samples == 0, "Input size should be a multiple of num_samples"
            frames = audio.reshape(-1, num_samples)
            n = frames.shape[0]
            h = np.zeros((1, 1, 128), dtype="float32")
            c = np.zeros((1, 1, 128), dtype="float32")
            out = []
            for i in range(0, n, PIECE):
                piece = frames[i:i + PIECE]
                # Each window is preceded by the last samples of the window before it (none for the
                # first); the last window's own last samples are zeroed -- as faster-whisper does.
                context = np.zeros((len(piece), context_size_samples), dtype="float32")
                context[1:] = piece[:-1, -context_size_samples:]
                if i:
                    context[0] = frames[i - 1, -context_size_samples:]
                batch = np.concatenate([context, piece], 1).astype("float32", copy=False)
                if i + len(piece) == n:
                    batch[-1, -context_size_samples:] = 0
                probs, h, c = self.session.run(None, {"input": batch, "h": h, "c": c})
                out.append(probs)
            return np.concatenate(out, axis=0)

    return PiecewiseSileroVAD


def use_piecewise_vad() -> None:
    """Make faster-whisper's VAD run in pieces (once per process; later calls do nothing)."""
    import faster_whisper.vad as vad
    from faster_whisper.utils import get_assets_path

    with _lock:
        if getattr(vad.get_vad_model, "piecewise", False):
            return
        model = _piecewise_model_class()(os.path.join(get_assets_path(), "silero_vad_v6.onnx"))

        def get_vad_model():
            return model
        get_vad_model.piecewise = True
        vad.get_vad_model = get_vad_model
