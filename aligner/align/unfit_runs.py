"""Lines forcing placed that the phone pass fit nothing of, laid over their own sound by its pauses and pace.

Where Whisper heard a stretch too poorly to match (:mod:`.forced`), the decoder told the text puts its lines where
it finds them likeliest -- in a language it barely knows, seconds off: espeak-ng's Assamese under a skipping rope
came out with "আমাৰ দোকানত নতুন চাহ পোৱা যায়।" stretched over 9.3 s of two lines' speech (-0.8 / +4.1 s) and the
two lines after it squeezed into what was left (+3.2 s, +2.3 s); espeak-ng's Amharic, written by Whisper in looping
Devanagari, had its last line forced 1.2 s early into the line before it.  The phone pass (espeak-ng's phonemes
against the sound) then fits the lines it can; these it fit nothing of -- it rejected their chunk, or gave every word
a fit of 0 -- so nothing but the decoder that misplaced them says they are there.

The lines around such a run the phone pass did fit: they stand on their own sound, and they give the talk's pace
(seconds per letter).  Where forcing gave a line of the run less than half or more than twice its letters' time at
that pace, it put the line astray: read speech never does (over the 432 lines of seven sets' language talks, a
line's true length at its talk's pace is 0.72-1.47 of it; the Assamese lines forcing misplaced 2.9, 1.5 and 0.4,
the Amharic one 0.4).  Such a run's lines are laid as :mod:`.by_sound` lays a talk nobody heard a word of: at an
even pace of letters over the sound between the fit lines, every boundary in the pause nearest where that pace
expects it -- a reader pauses between sentences more than inside them, which no decoder needs to hear; the pause
pass after (:func:`.pauses.snap_unrefined_to_pauses`) then sets their edges on the sound beside those pauses.  A
run forcing kept to the pace stays: laid by sound, a Gujarati line between two fit ones went from +409 to -1351 ms,
its start on a didgeridoo's drone in the pause before it.  A stretch heard well is left alone: there Whisper's own
words placed the lines, not a decoder guessing.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from .activity import Envelope, true_runs
from .boundaries import spoken_indices
from .by_sound import PAUSE, lines_by_sound
from .forced import letters_of, take_forced_times
from .placement import Placed


#: A line forcing gave less than 1/OFF_PACE or more than OFF_PACE times its letters' time at the fit lines' pace
#: was put astray (read speech: 0.72-1.47, as the module says).
OFF_PACE = 2.0
#: A line none of whose words fit better than this was fit nowhere: a word's fit is where its acoustic score per frame
#: stands on :func:`.phonetic._confidence`'s logistic, and words pulled into the wrong place score below -50
#: (0.076; words in the right place -5 to -30).  The Amharic line forced into the line before it: 0.0004 and 0.0001.
FIT_NOWHERE = 0.076


def phone_fit(item: Placed) -> bool:
    """Whether the phone pass fit any of the line's words to the sound: a chunk it rejected leaves no fit, and a line
    whose best word fits no better than a word pulled into the wrong place says nothing of where it is."""
    return any(f is not None and f >= FIT_NOWHERE for f in item.acoustic)


def unfit_runs(items: Sequence[Placed]) -> list[tuple[int, int]]:
    """The runs ``(first, last)`` of consecutive timed, spoken lines the phone pass fit nothing of, each between
    lines it did fit or the stretch's edges (a line never heard or replaced by one never spoken stays out: it is put
    back in the quiet between its neighbours later, :mod:`.segment_placement`)."""
    unfit = np.array([item.segment.timed and not item.replaced and not phone_fit(item) for item in items], dtype=bool)
    return [(first, after - 1) for first, after in true_runs(unfit)]


def lay_unfit_runs(items: list[Placed], env: Envelope, t0: float, t1: float) -> int:
    """Lay every run of lines the phone pass fit nothing of over the sound between the fit lines around it (in
    place); how many lines moved.  Only for a stretch placed by forcing.  Where the phone pass fit no line at all
    the pace is the stretch's own -- its sound over its letters, the pace :mod:`.by_sound` lays at -- and a line off
    it has the whole stretch laid: under a cocktail shaker forcing put espeak-ng's Burmese talk's first four lines
    over 28 s of its 29 and the last four at one instant at its end (7 s late on median)."""
    fit = [item for item in items if phone_fit(item)]
    pace = _pace(fit) if fit else _pace_of_sound(items, env, t0, t1)
    if pace is None:
        return 0
    moved = 0
    for first, last in unfit_runs(items):
        lo = items[first - 1].segment.end if first > 0 else t0
        hi = items[last + 1].segment.start if last + 1 < len(items) else t1
        run = items[first:last + 1]
        if hi <= lo or not any(_off_pace(it, pace) for it in run):
            continue
        spoken = [spoken_indices(it.segment) for it in run]
        lines = [[it.segment.words[k].text for k in keep] for it, keep in zip(run, spoken)]
        laid = lines_by_sound(lines, env.voiced_runs(lo, hi, bridge=PAUSE), lo, hi)
        for item, keep, got in zip(run, spoken, laid):
            if got and (abs(got[0].start - item.segment.start) > 1e-6 or abs(got[-1].end - item.segment.end) > 1e-6):
                take_forced_times(item, keep, got)
                moved += 1
    return moved


def _pace(fit: Sequence[Placed]) -> float:
    """Seconds a letter over the lines the phone pass fit."""
    return sum(it.segment.end - it.segment.start for it in fit) / max(1, sum(letters_of(_spoken(it)) for it in fit))


def _pace_of_sound(items: Sequence[Placed], env: Envelope, t0: float, t1: float) -> float | None:
    """Seconds a letter over the stretch's sound (pauses between sentences left out), or None with no letters."""
    letters = sum(letters_of(_spoken(it)) for it in items if it.segment.timed and not it.replaced)
    sound = sum(b - a for a, b in env.voiced_runs(t0, t1, bridge=PAUSE))
    return sound / letters if letters and sound > 0 else None


def _spoken(item: Placed) -> list[str]:
    return [w.text for w in item.segment.words if not w.cue]


def _off_pace(item: Placed, pace: float) -> bool:
    """Whether forcing gave the line less than half or more than twice its letters' time at ``pace`` (s a letter)."""
    expected = letters_of(_spoken(item)) * pace
    span = item.segment.end - item.segment.start
    return span < expected / OFF_PACE or span > expected * OFF_PACE
