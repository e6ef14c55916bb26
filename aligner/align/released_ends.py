"""Evidence for the review queue that a line's end was put in the closure of a final stop, before the stop's release
and the hiss after it ("doubts.", "facts.", "helps."): that sound comes back after a dip as short as a closure, is
noise, and falls to quiet before the next line.

A word ending in a stop and an /s/ goes quiet for the stop's closure, then
releases it into the hiss.  The phone pass may end the word at the closure and
give the release and the hiss to the pause; :func:`.boundaries._past_closure`
takes such a sound back when it is no longer than a bare release
(:data:`.boundaries.CLOSURE_MAX`), which a release with a hiss after it outlasts.
So the end stays in the closure: the pause after it is quiet for a closure's
length, a sure word stands before it (which pins an edge,
:func:`.confidence._pinned_edge`), and nothing else doubts it.  On
``bx_flite_drill_plain`` a slow flite voice's "doubts." ended 0.42 s early so,
reported at 0.76: 0.16 s of closure, then the release and the /s/ for 0.24 s.

Replayed on the English talks of ``bx_*``, ``rx_*``, ``tx_*``, ``jx_*``, ``cx_*``
and ``dx_*`` (j178), the sound alone (after any final stop) also fired on a right
"help." over a Bluetooth link and on two ends the queue held already; read only
after a stop and an /s/, it doubts that end and no other.  A two-way radio's
squelch tail after an over looks the same (a noise burst after the over's hiss)
and is left out (:func:`.squelch_tails.tail_start`).  The boundary is not moved:
the release is for a person to hear.  English only: the phones are CMUdict's.
"""

from __future__ import annotations

from typing import Optional

from ..audio import Audio
from ..document import Segment
from .activity import HOP, Envelope
from .closure_starts import CLOSURE
from .pronounce import STOPS
from .sibilant_ends import final_phones
from .squelch_tails import tail_start
from .voice_edges import a_vowel

#: The dip after the end must be a closure: at least this long (s) ...
SHORTEST_CLOSURE = 3 * HOP
#: A stop's release with a final /s/ after it lasts at most this (s); a longer sound is a word of its own.
RELEASE_AND_HISS = 0.35
#: Dips inside that sound (between the burst and the hiss's rise) up to this long (s) are bridged.
BRIDGE = 5 * HOP
#: After it, quiet for at least this long (s) before the next line.
QUIET_AFTER = 0.1
#: The next line's start is kept this far (s) off.
NEXT_GAP = 0.05


def ends_in_stop_and_hiss(text: str) -> bool:
    """Whether the line's last spoken word ends in a stop and an /s/ in some CMUdict pronunciation of it (spoken
    form, :func:`.sibilant_ends.final_phones`); False when it is not listed or no dictionary is at hand."""
    endings = final_phones(text, 2, spelled=False)
    return bool(endings) and any(last == "S" and before in STOPS for before, last in endings)


def release_after_end(audio: Audio, env: Envelope, segment: Segment, after: float) -> Optional[tuple[float, float]]:
    """(start, end) of the sound that comes back after the segment's end across a quiet dip of SHORTEST_CLOSURE to
    :data:`.closure_starts.CLOSURE` s, lasts at most RELEASE_AND_HISS s (bridging dips of BRIDGE), is followed by
    QUIET_AFTER s of quiet before the next line (``after``: where it starts), and is noise -- neither a vowel
    (:func:`.voice_edges.a_vowel`) nor a radio's squelch tail (:func:`.squelch_tails.tail_start`); else None.
    Quiet is under the level that counts as sound around the line."""
    if not segment.timed:
        return None
    thr = env.threshold(segment.start, segment.end)
    db, first, stop = env.db, env.frame(segment.end), env.frame(after - NEXT_GAP)
    f = first
    while f < stop and db[f] < thr:
        f += 1
    if not SHORTEST_CLOSURE <= (f - first) * HOP <= CLOSURE or f >= stop:
        return None
    a, b, quiet = f, f, 0
    while b < stop and quiet <= round(BRIDGE / HOP) and (b - a) * HOP <= RELEASE_AND_HISS:
        quiet = 0 if db[b] >= thr else quiet + 1
        b += 1
    b -= quiet
    rest = db[b:b + round(QUIET_AFTER / HOP)]
    if (b - a) * HOP > RELEASE_AND_HISS or b + round(QUIET_AFTER / HOP) > stop or (rest >= thr).any():
        return None
    t0, t1 = a * HOP, b * HOP
    if a_vowel(audio, t0, t1) or tail_start(env, t0, t1, audio) is not None:
        return None
    return t0, t1


def end_before_release(audio: Audio, env: Envelope, segment: Segment, after: float) -> bool:
    """Whether the segment's last word ends in a stop and an /s/ (:func:`ends_in_stop_and_hiss`) and their release
    and hiss come back after its end (:func:`release_after_end`): the end lies in the stop's closure, and may lie
    later."""
    return ends_in_stop_and_hiss(segment.text) and release_after_end(audio, env, segment, after) is not None
