"""Which second listens go over audio the loops pass has just decoded sequentially -- and what dropping them does.

    .venv/bin/python benchmarks/listened_twice.py AUDIO TRANSCRIPT OUT.json [--skip]

A talk can pay for Whisper's sequential decoding twice over the same seconds.  When the first pass's batched
decoding loops in a chunk, :func:`recognize.recognize_again` decodes that chunk again sequentially, without VAD
(the *loops pass*, :mod:`.decoding_loops`); when placement then finds lines it mostly did not hear, the stretch
between their anchors is decoded sequentially once more (:mod:`.listen_again`), however much of it the loops pass
just decoded.  On espeak-ng language talks under a background both decodings loop and fall back to sampling, five
hypotheses per temperature, loops running to Whisper's 224-token limit (``decoding_cost.py``): on
``my_sq_espeak_piano`` the loops pass cost 24 and the second listen 30 of the talk's 75 CPU s.

This aligns one talk (engine of this tree) and prints every rescue window, the loops-pass windows, and which rescue
windows lie inside one; with ``--skip`` those are not listened to again (a what-if, not the engine), so that the
two outputs and CPU times can be compared.  Measurement only: nothing in the engine changes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))


def inside(window: tuple[float, float], windows) -> bool:
    """Whether ``window`` lies within one of ``windows`` (to a microsecond)."""
    return any(a - 1e-6 <= window[0] and window[1] <= b + 1e-6 for a, b in windows)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("audio")
    p.add_argument("transcript")
    p.add_argument("out")
    p.add_argument("--skip", action="store_true", help="no second listen inside a loops-pass window (what-if)")
    args = p.parse_args()

    from aligner.align import recognize, stretch_placing

    looped: list[tuple[float, float]] = []
    original_again = recognize.recognize_again

    def loops_pass(model, audio, env, windows, *rest, **kwargs):  # recognize's own call: listen_again imported its own
        looped.extend(windows)
        return original_again(model, audio, env, windows, *rest, **kwargs)

    recognize.recognize_again = loops_pass
    original_rescue = stretch_placing.rescue_windows

    def rescue(*a, **kw):
        windows = original_rescue(*a, **kw)
        twice = [w for w in windows if inside(w, looped)]
        print(f"rescue windows {[(round(x, 2), round(y, 2)) for x, y in windows]}; loops-pass windows "
              f"{[(round(x, 2), round(y, 2)) for x, y in looped]}; inside one: {len(twice)}", file=sys.stderr)
        return [w for w in windows if w not in twice] if args.skip else windows

    stretch_placing.rescue_windows = rescue
    from aligner.cli import main as aligner_main

    t = time.process_time()
    rc = aligner_main(["align", args.audio, args.transcript, "-o", args.out, "-q", "--force"])
    print(f"{'skip' if args.skip else 'base'}: CPU {time.process_time() - t:.1f} s", file=sys.stderr)
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
