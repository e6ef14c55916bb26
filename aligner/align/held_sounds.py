"""A sound held at one level after a line's voice has fallen -- a choir's sung chord next door, a key's touch tone --
is no tail of the line: an end carried to where the sound around it stops goes only to where the held sound began.

Why this exists (issue 7, j276; the thirty-sixth aside set, ``oy_*``): :func:`.boundaries.extend_to_sound` carries a
phone-aligned end on to where the sound touching it drops under its bar (30 % of the way from the floor to the
peak), as far as the last word is long.  Under two new backgrounds the sound it followed was another source's:
a choir rehearsing next door (a chord 24 dB under the voice, ``oy_real_long_mix_3gp`` "Press star to cancel.",
-117 -> +399 ms) and a caller's touch tones on a speakerphone (two pure tones, "... to the main menu.", -145 ->
+150 ms).  Both run on from the voice's fading tail with no dip between, so the run the rule reads is unbroken.

What tells them from the voice is that they hold: a chord or a key's tone keeps its level within a decibel or so
for a fifth of a second and more (the chord 1.3 dB over 0.35 s, the key 1.0 dB over 0.22 s), where a voice's last
sound fades or swings from frame to frame (a nasal or a vowel dying 1-3 dB every 10 ms).  And they hold well under
the line's own level: the voice had fallen 14-21 dB under its loud frames (:meth:`.activity.Envelope.voice_level`)
when they took over.  A drawn-out last vowel ("soo-ner", the case the rule's reach was made for) is held at the
voice's own level, not far under it.  So an end is carried only to the first frame from which the sound holds
within :data:`HELD_RANGE_DB` for :data:`HELD_FOR` s at :data:`UNDER_VOICE_DB` or more under the line's voice: the
voice stopped there, or sounds on unheard under the held sound.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from .activity import HOP, Envelope

#: The held sound's frames (10 ms) stay within this range (dB, highest to lowest) ...
HELD_RANGE_DB = 2.0
#: ... for this long (s) or more: the chord 0.35 s, the key's tone 0.22 s; a voice's last sound swings more within it.
HELD_FOR = 0.15
#: ... and stand this far (dB) or more under the line's voice level: the chord 21 dB, the key 13 dB; a drawn-out
#: vowel is held within a few dB of the line's loud frames.
UNDER_VOICE_DB = 10.0


def held_from(env: Envelope, edge: float, carried: float, voice: float) -> Optional[float]:
    """Where a sound held steady (HELD_RANGE_DB over HELD_FOR s) at UNDER_VOICE_DB or more under ``voice`` (the
    line's level, dB) begins in [edge, carried], an end carried from ``edge`` to ``carried``; None where none does."""
    n = int(round(HELD_FOR / HOP))
    fa, fb = env.frame(edge), env.frame(carried)
    db = env.db[fa:fb]
    if len(db) < n:
        return None
    windows = np.lib.stride_tricks.sliding_window_view(db, n)
    loudest = windows.max(axis=1)
    held = (loudest - windows.min(axis=1) <= HELD_RANGE_DB) & (loudest <= voice - UNDER_VOICE_DB)
    first = np.flatnonzero(held)
    return float((fa + first[0]) * HOP + HOP / 2) if len(first) else None


def end_before_held_sound(env: Envelope, edge: float, carried: float, voice: float) -> float:
    """An end carried from ``edge`` (the phone pass's) to ``carried``: back to where a held sound took over
    (:func:`held_from`), never before ``edge``."""
    if carried <= edge:
        return carried
    held = held_from(env, edge, carried, voice)
    return carried if held is None else max(edge, min(carried, held))
