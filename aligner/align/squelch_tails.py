"""A two-way radio's squelch tail after a line is no voice: the pause begins where the voice stops.

A talk relayed by a two-way radio (push-to-talk) is heard a line (an "over") at a time.  While the talker keys the
radio the receiver plays the channel: the voice in a narrow band over the channel's own hiss, 20-30 dB under the
speech.  When the key comes up, the carrier drops before the receiver's squelch closes, and the receiver plays a
burst of raw noise -- the squelch tail, 0.1-0.3 s of broadband noise as loud as the speech, on some radios after a
roger beep (a steady tone) -- and then nothing: the squelched receiver leaves only the listener's own quiet room,
far under the hiss that was there during the over.  The envelope's runs of sound (:mod:`.pauses`) take all of it for
the line: the hiss after the voice is over the talk's threshold (the talk's floor is the squelched silence), and the
tail is as loud as a vowel, so the pause pass ended lines where the tail stops, 0.2-0.5 s after the voice, and where
the pause it chose lay between the voice and the tail, began the next line on the tail's onset, a second before
the next voice (``rd65_flite_ptt_horn_page``: two starts 0.93 and 1.04 s early; the French twin
``rd65_fr_real_ptt_horn``: five ends 0.28-0.39 s late).

What marks a squelch tail, in the signal and nowhere else, is the squelch closing behind it: a run of sound whose
last piece is

* **steady** -- noise from a receiver, not a voice: its 10 ms frames within :data:`STEADY_DB` of its own level, for
  :data:`TAIL_SECONDS` (a voice's syllables rise and fall by 10 dB or more in that time);
* **noise** (with the audio): its spectral flatness in the band every radio passes is a noise's, not a voiced
  sound's (:data:`NOISE_FLATNESS`);
* **cut off** -- it falls to the silence after it within two frames (a voice fades 0.3-0.7 dB per ms, 20
  dB over 30-60 ms: several frames), and
* **followed by a steady floor well under the floor before it** -- the squelched receiver, :data:`CLOSED_DB` or more
  under the hiss heard just before the tail, and staying there for :data:`FLOOR_LOOK` (a room's noise is the same
  before and after a line; only a receiver that closes, or a recording cut to digital silence, leaves less noise
  after a sound than before it; a stop's closure or a room's decay is no steady floor);

and it rises abruptly, :data:`OVER_HISS_DB` or more, out of a **steady hiss** (:data:`HISS_FRAMES` frames within
:data:`STEADY_DB` of their level): the channel heard between the voice's end and the key's release, 80 ms and
more.  A voice's last sound rises out of the voice, not out of a steady noise, and a held vowel cut off into
digital silence has no hiss before it, nor any floor before the line above the one after it.  A roger beep before
the tail is a second steady piece (within :data:`BEEP_DB` of the tail's level), taken with it.  Where a run ends
so, the tail (and beep) are the pause's, and so is the over's hiss left between the voice and the tail: frames
within :data:`HISS_MARGIN_DB` of the over's floor (read just before the tail) are not the voice.  What rises over
the hiss more than that -- a final consonant the radio's band thinned, 8-10 dB over the hiss -- stays the line's.  A
run that is all tail (the voice's run ended before it) is dropped.

The hiss is read octave by octave too (:func:`voice_stop`, with the audio).  Over the whole band the channel's hiss
-- flat from 300 to 3000 Hz -- hides a line's fading last sound 100-250 ms before a listener stops hearing it: the
nasal of "begin", the vowel of "arrives", what the band leaves of "message" lie in one octave, where they stand
6-15 dB over the hiss that octave holds while the whole band's level is the hiss's (``tx_real_ptt_plain_3gp``: the
voice's stop read over the whole band 129 ms before the truth's end on median, read octave by octave 69 ms; masking
works octave by octave, :mod:`.last_sound`).  A frame is the over's hiss only where every octave the radio passes
lies within :data:`.last_sound.OVER_BED_DB` of the hiss's own level there (its 10 ms frames smoothed over three, as
:mod:`.last_sound` follows a sound).

Three readers of the runs took the tail for the line's: the pause pass (:func:`.pauses.sound_and_pauses`);
:func:`.boundaries.extend_to_sound`, whose release after a stop's closure (:func:`.boundaries._past_closure`: sound
0.2 s or less, noisy, after a dip no longer than a closure) a tail 0.1 s after the voice resembles
(``rd65_real_ptt_plain``: "reached." ended 0.23 s late on it); and :func:`.boundaries.follow_last_sounds`, which
followed the same end through the over's hiss (over the squelched floor its background was read from) into the tail:
it stops where the voice stops before a tail (:func:`squelched`).
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from .activity import HOP, Envelope, power_db
from .after_end import OCTAVES, octave_levels
from .last_sound import OVER_BED_DB

#: A squelch tail's (or a roger beep's) 10 ms frames stay within this (dB) of its level: broadband noise over 160
#: samples and more flickers by about 1 dB (a steady tone less); a voice's syllables swing 10 dB or more.
STEADY_DB = 3.0
#: A squelch tail lasts this long (s): 0.1-0.3 s on handheld and mobile radios (the squelch's own closing time); the
#: shorter bound leaves a frame of its ramp out.  A syllable's steady stretch is shorter (its 40-70 ms steady peaks
#: read as tails in speech when the bound was 60 ms: `cx_festival_disc_takes_dashes`, `dx_espeak_flips_ahem_page`).
TAIL_SECONDS = (0.09, 0.35)
#: The squelched receiver's floor after the tail stands at least this far (dB) under the hiss heard before it: the
#: channel's hiss sits 20-30 dB under the speech, the listener's room 40-50 dB under (a 10 dB step, twice what a
#: room's noise flickers by between two pauses).
CLOSED_DB = 10.0
#: The tail stands this far (dB) over the over's hiss before it: it is as loud as the speech, 20-30 dB over the hiss.
OVER_HISS_DB = 10.0
#: The tail is cut off: the second frame after the run is within this (dB) of the closed floor already (the first
#: can straddle the cut; a voice takes 30-60 ms, 3-6 frames, to fade 20 dB).
CUT_DB = 6.0
#: The squelched floor after the tail is read over this long (s), and stays there all that time: the receiver is
#: closed until the next over is keyed, 0.15 s and more later (a stop's closure in speech lasts 30-120 ms).
FLOOR_LOOK = 0.1
#: The over's hiss right before the tail (or beep), this many 10 ms frames, is steady as the tail is: the key comes
#: up 80 ms and more after the voice stops, and the receiver plays the channel's hiss in between (a voice's fade is
#: not steady).
HISS_FRAMES = 4
#: A roger beep is a steady piece within this (dB) of the tail's level (sent at the speech's level, 0-10 dB under
#: the tail), and more than STEADY_DB from it.
BEEP_DB = 12.0
#: The over's hiss: frames within this (dB) of its floor at the run's end are no voice (a voice's last sound that
#: the radio kept stands 8 dB and more over it).
HISS_MARGIN_DB = 4.0
#: A squelch tail is noise: the spectral flatness (geometric over arithmetic mean of the power, 300-3000 Hz, 20 ms
#: Hann windows, averaged) of any noise is about exp(-0.577) = 0.56, whatever its colour over so narrow a band; a
#: voiced sound's harmonics with the valleys between read under 0.1.  The bar lies between, on a log scale.
NOISE_FLATNESS = 0.25
#: A run left shorter than this (s) is dropped (as :meth:`.activity.Envelope.voiced_runs` drops them).
SHORTEST = 0.04
#: The band every radio passes (Hz): what the receiver plays of the voice and of the channel's hiss.
RADIO_BAND = (300.0, 3000.0)


def _steady_piece(db: np.ndarray, lo: int, end: int) -> Optional[int]:
    """The first frame of the steady piece ending at frame ``end`` (exclusive), searched back to ``lo``; None if it
    is not TAIL_SECONDS long.  The piece's level is the median of its last 50 ms (its ramp's frame left out)."""
    if end - lo < 3:
        return None
    level = float(np.median(db[max(lo, end - 6):end - 1])) if end - lo > 3 else float(np.median(db[lo:end]))
    k = end - 1
    if abs(db[k] - level) > STEADY_DB:  # the closing ramp's frame
        k -= 1
    while k - 1 >= lo and abs(db[k - 1] - level) <= STEADY_DB:
        k -= 1
    if not abs(db[k] - level) <= STEADY_DB:
        return None
    length = (end - k) * HOP
    if not TAIL_SECONDS[0] <= length <= TAIL_SECONDS[1]:
        return None
    return k


def tail_start(env: Envelope, a: float, b: float, audio: Optional[Audio] = None) -> Optional[tuple[float, float]]:
    """Where the squelch tail (with its roger beep) that ends the run of sound [a, b] begins (s), and the over's
    hiss level (dB) before it; None when the run does not end in one.  With ``audio``, the tail must be noise
    (:func:`noise_flatness`)."""
    db = env.db
    fa, fb = env.frame(a), env.frame(b)
    look = int(round(FLOOR_LOOK / HOP))
    after = db[fb:fb + look]
    if len(after) < look // 2 or fb - fa < 3 or fb + 1 >= len(db):
        return None
    closed = float(np.median(after))
    # cut off (the frame after the run can hold the cut's last few ms) onto a steady floor: else it fades, or what
    # follows is a stop's closure, a dip or a room's decay, not a closed receiver -- unless a codec smeared the cut
    cut = db[fb + 1] <= closed + CUT_DB and float(np.max(np.abs(after[1:] - closed))) <= STEADY_DB
    p = _steady_piece(db, fa, fb)
    if p is None:
        return None
    if audio is not None and noise_flatness(audio, p * HOP, fb * HOP) < NOISE_FLATNESS:
        return None  # a pitched sound: a voice's vowel, not the receiver's noise
    tail_level = float(np.median(db[p:fb]))
    q = _steady_piece(db, fa, p)  # a roger beep right before the tail: steady, loud, at another level
    if q is not None and STEADY_DB < abs(float(np.median(db[q:p])) - tail_level) <= BEEP_DB:
        p = q
    before = db[max(0, p - 1 - HISS_FRAMES):max(0, p - 1)]  # the ramp's frame left out (read past the run's start:
    # a tail can be a run of its own, the over's hiss under the talk's threshold)
    if len(before) < HISS_FRAMES:
        return None
    hiss = float(np.median(before))
    if np.abs(before - hiss).max() > STEADY_DB:
        return None  # no steady hiss before it: a voice's sound
    if tail_level - hiss < OVER_HISS_DB or not (hiss - closed >= CLOSED_DB if cut else smeared_cut(after, hiss)):
        return None
    return p * HOP, hiss


def smeared_cut(after: np.ndarray, hiss: float) -> bool:
    """Whether the levels ``after`` a run (10 ms frames, :data:`FLOOR_LOOK` of them) are a squelch tail's cut as a
    lossy codec leaves it: a transform coder (WMA, AAC, MP3) spreads its quantising noise over a block of 20-50 ms, so
    a cut that falls 40 dB at once reaches the file as a fall of 15-30 dB in one or two frames, then the rest over
    30-60 ms (``tx_real_long_mix_wmv``: -23, -40, -52, -55, -57, -59, -63, -68 dB).  It is a cut still: from the
    second frame on the level lies under the over's hiss (``hiss``; a voice takes 30-60 ms to fade 20 dB, from
    its own level, not from a noise as loud as the speech), never rises by more than a noise's flicker
    (:data:`STEADY_DB`) over the frame before it, and settles :data:`CLOSED_DB` or more under the hiss: a receiver
    that closed."""
    rest = after[1:]
    return (len(rest) >= 3 and float(np.max(rest)) <= hiss and float(np.max(np.diff(rest))) <= STEADY_DB
            and hiss - float(np.median(rest[-3:])) >= CLOSED_DB)


def noise_flatness(audio: Audio, t0: float, t1: float) -> float:
    """The mean spectral flatness of [t0, t1] in 300-3000 Hz (the band every radio passes), 20 ms windows 10 ms
    apart."""
    sr = audio.sample_rate
    x = audio.float32(max(0.0, t0), t1).astype(np.float64)
    win, hop = int(0.02 * sr), int(0.01 * sr)
    if len(x) < win:
        return 0.0
    idx = np.arange((len(x) - win) // hop + 1)[:, None] * hop + np.arange(win)[None, :]
    power = np.abs(np.fft.rfft(x[idx] * np.hanning(win), axis=1)) ** 2 + 1e-20
    freqs = np.fft.rfftfreq(win, 1.0 / sr)
    band = power[:, (freqs >= RADIO_BAND[0]) & (freqs <= RADIO_BAND[1])]
    return float(np.mean(np.exp(np.mean(np.log(band), axis=1)) / np.mean(band, axis=1)))


def without_squelch_tails(env: Envelope, runs: Sequence[tuple[float, float]], audio: Optional[Audio] = None
                          ) -> list[tuple[float, float]]:
    """``runs`` (stretches of sound, in order) with each squelch tail, and the over's hiss left before it, taken for
    pause; a run that does not end in a squelch tail stays as it is.  ``audio``: as for :func:`tail_start`."""
    out: list[tuple[float, float]] = []
    for a, b in runs:
        found = tail_start(env, a, b, audio)
        if found is None:
            out.append((a, b))
            continue
        fa = env.frame(a)
        stop = max(a, voice_stop(env, *found, audio))
        if stop - fa * HOP >= SHORTEST - 1e-9:
            out.append((a, stop))
    return out


def squelched(env: Envelope, runs: Sequence[tuple[float, float]], audio: Optional[Audio] = None
              ) -> list[tuple[float, float]]:
    """The spans of ``runs``' squelch tails with the over's hiss before each: from where the voice stops (the first
    frame back from the tail over the hiss, :func:`voice_stop`, read past the run's start when the tail is a run of
    its own) to where the tail is cut off."""
    return [(stop, b) for stop, _, b in tails_after_voices(env, runs, audio)]


def tails_after_voices(env: Envelope, runs: Sequence[tuple[float, float]], audio: Optional[Audio] = None
                       ) -> list[tuple[float, float, float]]:
    """Each of ``runs``' squelch tails as (where the voice stops before it, :func:`voice_stop`; where the tail -- or
    its roger beep -- begins; where it is cut off), in order."""
    out = []
    for a, b in runs:
        found = tail_start(env, a, b, audio)
        if found is not None:
            out.append((voice_stop(env, *found, audio), found[0], b))
    return out


def keyed_line_by_line(env: Envelope, audio: Audio, spans: Sequence[tuple[float, float]]) -> bool:
    """Whether the lines at ``spans`` (start, end; in order) are heard through a two-way radio: a squelch tail
    (:func:`tail_start`, read with ``audio``) follows at least a quarter of them, two at the least.  Lines keyed
    together share an over and a tail (the long radio talk: 53 tails after 80 lines), so not every line has one; a
    lone burst cut onto a quieter room (a kettle's click, ``ix_festival_kettle_dashes``) is no radio."""
    if not spans:
        return False
    runs = env.voiced_runs(max(0.0, spans[0][0] - 0.5), spans[-1][1] + TAIL_SECONDS[1] + FLOOR_LOOK + 0.1,
                           bridge=0.02)
    tails = sum(tail_start(env, a, b, audio) is not None for a, b in runs)
    return tails >= max(2, len(spans) / 4)


def voice_stop(env: Envelope, at: float, hiss: float, audio: Optional[Audio] = None) -> float:
    """Where the voice stops before a squelch tail beginning at ``at`` (s, :func:`tail_start`, which reads the over's
    hiss level ``hiss`` in dB): the end of the last frame back from the tail that stands over the hiss -- over the
    whole band by more than :data:`HISS_MARGIN_DB`, or, with ``audio``, in any octave the radio passes by more than
    :data:`.last_sound.OVER_BED_DB` over that octave's hiss (read in the same frames as ``hiss``)."""
    p = env.frame(at)
    k = p - 1  # the tail's onset ramp is the tail's
    while k > 0 and env.db[k - 1] <= hiss + HISS_MARGIN_DB:
        k -= 1
    if audio is None:
        return k * HOP
    top = p - 2  # an octave's 20 ms window on the ramp's frame reaches into the tail
    first = min(k, top - HISS_FRAMES) - 1
    if top - first < HISS_FRAMES + 2:
        return k * HOP
    levels = octave_levels(audio, first * HOP, top * HOP)
    bands = [i for i, (lo, hi) in enumerate(OCTAVES) if lo < RADIO_BAND[1] and hi > RADIO_BAND[0]]
    db = levels.db[bands]
    if db.shape[1] < top - first:
        return k * HOP
    bar = power_db(db[:, -HISS_FRAMES:]) + OVER_BED_DB
    padded = np.pad(db, ((0, 0), (1, 1)), mode="edge")
    smooth = (padded[:, :-2] + padded[:, 1:-1] + padded[:, 2:]) / 3  # column j: frame first + j, with its two
    j = top - first  # neighbours, as :mod:`.last_sound` follows a sound
    while j > k - first and np.all(smooth[:, j - 1] <= bar):
        j -= 1
    return (first + j) * HOP


def cut_out(runs: Sequence[tuple[float, float]], spans: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """``runs`` with the ``spans`` (:func:`squelched`) taken out; a piece left shorter than :data:`SHORTEST` is
    dropped.  For a reader whose runs stop at its window's edge, where a tail's cut-off lies past it: the tails are
    found over a window reaching :data:`TAIL_SECONDS` further, and cut out of the runs it reads."""
    out = []
    for a, b in runs:
        pieces = [(a, b)]
        for x, y in spans:
            pieces = [q for p, r in pieces for q in ((p, min(r, x)), (max(p, y), r)) if q[1] - q[0] > 1e-9]
        out += [(p, r) for p, r in pieces if r - p >= SHORTEST]
    return out
