"""A word the phone pass cut short at a quiet closure inside it, its last syllable given to the pause after it.

Allison Smith's recorded prompt "Press 7 to undelete this message." ends "message" with a low, creaky "-age" whose
vowel has almost nothing above 1 kHz, after an /s/ the prompt's 8 kHz band took away: between "mess" and "-age" lies
a 0.1 s dip as quiet as the pause (under a broadcast chain's compressor quieter).  The HMM ended the word in that dip
and gave "-age" (0.4-0.5 s of sound standing as loud as "mess") to its silence: the line ended 0.51 s early on
``jx_real_long_mix_mov`` and ``rx_real_long_mix_f4v``, whatever the chunk's edges (on ``rx_real_long_mix_f4v`` a
chunk cut anywhere from 0.01 to 0.4 s after the voice, or begun 0.2 s later, gave the same end; on
``jx_real_long_mix_mov`` the cut decided it, so it came and went with the chunk's start, j155 / j159).  The chunk
plan does not cut inside the word: the search does.

What tells it: the search squeezed the word, fitting its five phones into 0.21-0.24 s, 0.55-0.62 times the chunk's
median length per phone, where a line's last word is drawn out (1.0-2.3 times on the same talks) -- and the sound it
gave the pause comes back within a stop's closure (``CLOSURE_MAX``) of its end, as loud as the word itself, and stops
before the pause does.  Sound coming back again after it, within a closure, is a voice going on (the next word,
a second talker) and the end stays -- but only sound a voice makes: a rumble under VOICE_BAND_HZ (thunder, 15-30 dB
under the word, rolling on after "Or 9 to save this message." on ``bx_real_long_mix_mkv``: the end stayed 544 ms
early) has no vowel's formants or consonant's noise above it, and a train of impacts at a steady rate (a road drill,
every 42 ms, on ``bx_real_drill_minidisc_dashes``) is told by :func:`.impact_trains.impact_period`.  A breath, a room's tail or a second voice under the line stand far under the word; a release
or a final hiss is :func:`.phone_edges.past_release`'s and :func:`.phone_edges.through_fricative`'s.  Times are seconds
from the chunk's first sample (the phone pass's chunk, 16 kHz).
"""

from __future__ import annotations

import logging
from typing import Optional

import numpy as np

from ..audio import Audio
from .impact_trains import impact_period, step_levels
from .phone_edges import _FINE_HOP, SAMPLE_RATE, band_db, fine_db

#: A word given at most this share of the chunk's median length per phone was squeezed by the search (the two
#: "message" ends: 0.55 and 0.62; a line's last word that ended right is drawn out, 1.0-2.3 on the same chunks).
SQUEEZED = 0.75
#: A dip no longer than this (s) inside a word is a stop's closure or a lost fricative, not a pause (as
#: ``boundaries.CLOSURE_MAX``: the same bar for "no pause").
CLOSURE_MAX = 0.2
#: Sound is what stands this far (dB) over the pause's floor (its quietest tenth) in the envelope smoothed over
#: SMOOTH; a /dʒ/'s frication after its closure stood 7-18 dB over it, a room's noise scatters by a few.
SOUND_OVER_FLOOR = 8.0
SMOOTH = 0.02
#: The sound the search gave the pause is the word's own syllable only when its loud part (90th percentile of the
#: 5 ms envelope) stands no further than this (dB) under the loud part of what the search gave the word ("-age"
#: 1-5 dB under "mess"): a breath, a room's tail or a second talker under the line lie 14 dB and more under it.
SYLLABLE_DROP = 10.0
#: ... and the word with it lasts at most this many times the chunk's median length per phone (a line's last word
#: drawn out: up to 2.3; "message" with its "-age" 1.9).
LONGEST = 2.5
#: A voice's vowels carry their second formant, and its consonants their noise, above this (Hz); a rumble does not
#: (the thunder after "message." on ``bx_real_long_mix_mkv``: 35-45 dB under the word's own sound up there, within
#: a few dB of the pause's floor, while under it it stood 8 dB and more over that floor).
VOICE_BAND_HZ = 1000.0

log = logging.getLogger(__name__)


def missing_syllable_end(audio: np.ndarray, start: float, end: float, quiet_end: float, share: float,
                         per_phone: float, phones: int, affricate: bool = False) -> float:
    """The end of a word [start, end] whose last syllable the search gave the pause after it ([end, quiet_end]);
    ``end`` where there is none.

    ``share``: the word's length per phone over the chunk's median ``per_phone`` (s); ``phones``: how many it has.
    The word goes on through sound that comes back within CLOSURE_MAX of its end and stands as loud as the word
    (SYLLABLE_DROP), and through a release or a hiss after it (after a dip, no longer than a closure), when a pause
    follows before ``quiet_end``.  Sound that comes back again within CLOSURE_MAX is a voice going on (an interpreter
    under the line: ``cx_real_booth_vtt`` "... representative." would have run 0.5 s into the French), and the end
    stays where the search put it -- when it comes back above VOICE_BAND_HZ too and the stretch after the syllable
    is no train of impacts (a rumble, a drill: j181).

    ``affricate``: the word ends in one (/dʒ/, /tʃ/: :data:`.pronounce.AFFRICATES`), a stop's burst released into a
    hiss.  Its release may stand over the bar as two runs, the burst and the hiss, where the level between them dips
    under it for a moment (an 8 kHz take's weak /dʒ/ under crickets and the sea, ``ey_real_long_mix_ts`` "I'm afraid
    I don't know who sent this message.": burst 16 ms, 21 ms under the bar, hiss 80 ms); both are taken when the
    release, burst to hiss, lasts no longer than a closure.  Read as a voice coming back, they left the line 494 ms
    early.
    """
    if share > SQUEEZED or quiet_end - end < 2 * CLOSURE_MAX or end - start < 0.03:
        return end
    times, db = fine_db(audio, end, quiet_end)
    _, word_db = fine_db(audio, start, end)
    if len(db) < 2 or not len(word_db):
        return end
    smooth = _smoothed(db)
    floor = float(np.percentile(db, 10))
    # a run over by SMOOTH after the end is the word's own last sound fading through the bar
    runs = [r for r in _runs(times, smooth > floor + SOUND_OVER_FLOOR) if r[1] > end + SMOOTH]
    if not runs or runs[0][0] - end > CLOSURE_MAX:
        return end  # a pause after the word: whatever follows is not its own
    syllable = runs[0]
    tail = db[(times >= syllable[0]) & (times <= syllable[1])]
    if float(np.percentile(tail, 90)) < float(np.percentile(word_db, 90)) - SYLLABLE_DROP:
        return end  # far under the word: a breath, a tail, a voice under the line -- no syllable of this word
    voiced = _voice_band_runs(audio, end, quiet_end)
    impacts = _impacts_after(audio, syllable[1], quiet_end)
    taken = 1
    if (len(runs) > 1 and runs[1][0] - syllable[1] <= CLOSURE_MAX and runs[1][1] - runs[1][0] <= CLOSURE_MAX
            and _overlaps(runs[1], voiced) and not impacts):
        taken = 2  # a closure, then a release or a hiss (the /dʒ/ of "-age"): no longer than a closure, heard above
        # VOICE_BAND_HZ as a release's burst or a hiss is (a swell of a rumble is not; an impact is, and in a train
        # of them a release is not told from the first)
        if affricate and len(runs) > 2 and runs[2][1] - runs[1][0] <= CLOSURE_MAX and _overlaps(runs[2], voiced):
            taken = 3  # an affricate's burst, then its hiss, the level dipping under the bar between them
    sound_end = runs[taken - 1][1]
    if (len(runs) > taken and runs[taken][0] - sound_end <= CLOSURE_MAX and not impacts
            and _voice_band_comes_back(voiced, sound_end)):
        return end  # sound comes back again with no pause: another voice under the line, or the next word
    if quiet_end - sound_end < 0.03 or sound_end - start > LONGEST * per_phone * phones:
        return end  # sound that runs on to the pause's end (the next word) or a word drawn out past any line's
    log.debug("missing syllable: a squeezed word's end %.3f -> %.3f", end, sound_end)
    return round(sound_end, 3)


def _voice_band_runs(audio: np.ndarray, end: float, quiet_end: float) -> Optional[list[tuple[float, float]]]:
    """The runs of sound above VOICE_BAND_HZ in the pause [end, quiet_end], read as the word's sound is (over that
    band's own floor there); None when too short to read."""
    times, db = band_db(audio, end, quiet_end, VOICE_BAND_HZ)
    if len(db) < 2:
        return None
    return _runs(times, _smoothed(db) > float(np.percentile(db, 10)) + SOUND_OVER_FLOOR)


def _overlaps(run: tuple[float, float], voiced: Optional[list[tuple[float, float]]]) -> bool:
    """Whether ``run`` is heard in the voice band too (unread counts as heard)."""
    return voiced is None or any(v[0] <= run[1] and v[1] >= run[0] for v in voiced)


def _voice_band_comes_back(voiced: Optional[list[tuple[float, float]]], sound_end: float) -> bool:
    """Whether sound comes back in the voice band (``voiced``: :func:`_voice_band_runs`) within CLOSURE_MAX after
    the word's last sound (``sound_end``): what a voice going on does, and a rumble under the band does not."""
    return voiced is None or any(r[1] > sound_end + SMOOTH and r[0] - sound_end <= CLOSURE_MAX for r in voiced)


def _impacts_after(audio: np.ndarray, a: float, b: float) -> bool:
    """Whether [a, b] holds a train of impacts at a steady rate (:func:`.impact_trains.impact_period`): a road
    drill, no voice."""
    pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16)
    return impact_period(step_levels(Audio(None, pcm, SAMPLE_RATE), a, b)) is not None


def _smoothed(db: np.ndarray) -> np.ndarray:
    """``db`` averaged over SMOOTH (edges held)."""
    n = max(1, int(round(SMOOTH * SAMPLE_RATE / _FINE_HOP)))
    return np.convolve(np.pad(db, (n // 2, n - 1 - n // 2), mode="edge"), np.ones(n) / n, mode="valid")


def _runs(times: np.ndarray, loud: np.ndarray) -> list[tuple[float, float]]:
    """(first, last) time of each run of ``loud`` windows, runs less than SMOOTH apart joined (the smoothing's own
    scale: a level scattering about the bar)."""
    idx = np.flatnonzero(loud)
    if not len(idx):
        return []
    runs = []
    first = last = idx[0]
    for i in idx[1:]:
        if times[i] - times[last] > SMOOTH:
            runs.append((float(times[first]), float(times[last])))
            first = i
        last = i
    runs.append((float(times[first]), float(times[last])))
    return runs
