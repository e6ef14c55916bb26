"""A line's end carried onto another voice -- a listener's "Hmm" or "Excellent" -- goes back to where the speaker's
voice gives way to it.

A listener's interjection over a line's last tenths or just after it (6-9 dB
under the speech) is voiced sound that goes on where the line's voice stops.
Every rule that ends a line follows sound: the phone pass gives the last word's
last phone the other voice's syllable (nothing in the grammar may take it), and
:func:`.boundaries.extend_to_sound`, :mod:`.last_sound` and the joins carry the
end on over it; the end comes out 0.2-0.7 s late (``gx_*``, ``rd59_*``: the
``reactions`` spoiler).  Sound alone cannot tell the two apart; the voice can:
another person speaks at another pitch, and the line's end then lies in a voice
whose pitch is far from the line's own.

So the pitch is tracked over the line (:func:`pitch_track`) and the line's own
voice read as its median.  Near the end (inside the last word, at most
:data:`LOOK` before the end), the first frame from which the voice holds, for
:data:`HELD` s, at :data:`OTHER_PITCH` times the line's pitch or more, and the
line's own pitch never comes back for as long before the end, is where the other
voice took over, if it took over straight from the line's voice (within a
window) or after that fell quiet -- not after a consonant, where what comes back
is the line's own next syllable; the end goes there -- or, where the line's voice
fell quiet before the other began (the interjection just after the line), to
where it fell quiet -- unless that leaves the last word shorter than anyone says
it (:func:`end_of_own_voice`).  Three things the tracker does keep it from taking the line's own voice for
another's: a harmonic's short lag preferred to the period's (the autocorrelation is
read against its window's own, Boersma 1993: without it an espeak-ng voice read at
2-4 times its pitch on a tenth of its frames); a low voice's line-final fall under
the range searched, where the formant's ringing is read instead (the range goes
down to 50 Hz, the window three periods of that); and a nasal's murmur, one
harmonic standing out, read at a whole multiple of the pitch the line last had.  And a high read is no evidence at
all where the line's own fundamental is not heard in its last voiced frames (:data:`FUNDAMENTAL_GONE_DB`): a call's
narrow band or a radio relay (300 Hz high-pass) takes a low voice's fundamental away, and what the tracker reads
there is the first formant's ringing, 3-5 times the line's pitch (``dx_*``, ``ex_*``/``rd61_*``' relay: j139).

Measured on ``gx_*``, ``rd59_*`` and ``hx_*`` (English, seen; and that it moves
nothing on ``tts_*``, ``mfa_*`` and talks of ``ox_*``, ``sx_*``, ``wx_*`` with
pops, a dog, birds, sneezes, a baby): see benchmarks/README.md (j116).  English
only: the other languages' listeners (espeak-ng) were not looked at.  A listener
less than an octave over the speaker is not seen (the real talks' prompt voice at
~200 Hz against a listener at 340-400 Hz); the end stays, and its doubt goes to
the review queue as before (:mod:`.overlong_ends`).
"""

from __future__ import annotations

import logging
from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import Envelope
from .after_end import OCTAVES
from .boundaries import heard_lines, with_end
from .confidence import SQUEEZED_PHONE, phone_count
from .placement import Placed
from .voice_edges import HOP, VOWEL, frame_autocorrelation, frame_power

log = logging.getLogger(__name__)

#: Another voice's pitch: at least this many times the line's own (its median over its voiced frames): an octave
#: over it.  The listeners on ``gx_*``/``rd59_*`` stood 2.2-5 times over the speaker.  Inside right lines (276 on
#: ``hx_*``/``rd59_*``, truth spans) half hold a HELD run at 1.5 times their median somewhere and a tenth one at 2
#: (a synthetic voice's nasal ringing read as its pitch, a laugh inside a line): so only the end is read, and only
#: where the line's voice does not come back and the high pitch is no whole multiple of the line's own.
OTHER_PITCH = 2.0
#: ... held this long (s): a run of voiced frames, not a frame or two of a slip.
HELD = 0.05
#: The other voice is looked for this long (s) before the end at most, and within the last word.
LOOK = 0.8
#: The highest pitch (Hz) tracked: a listener's "Hmm" over a low voice reaches 400-550 Hz.
HIGHEST_PITCH = 600.0
#: The lowest: a low voice's line-final fall reaches 55-65 Hz (espeak-ng's male voices; creak lower still), and
#: below the range searched its formant's ringing (300-550 Hz) reads as its pitch -- another voice's, to this rule.
LOWEST_PITCH = 50.0
#: A pitch within this share of a whole multiple of the line's own is its harmonic: the lag is read to a sample
#: (at 16 kHz, 1-1.5 % at 400-600 Hz) and the voice's own pitch drifts a little between two frames.
HARMONIC = 0.03
#: The analysis window (s): three periods of the lowest pitch, as a pitch tracker needs (Boersma 1993).
WINDOW = 3 / LOWEST_PITCH
#: A line's own fundamental this far (dB) or more under its loudest octave, in its last voiced frames, is not
#: heard: a band took it away (under a low voice, a call's narrow band, 300-3400 Hz: 57-65 dB on
#: ``dx_espeak_flips_ahem_page``; a single-sideband relay, 300-2700 Hz: 67-84 dB on ``ex_espeak_ssb_steps_page`` and
#: ``rd61_espeak_ssb_rotor_nut``; where the tracker reads the first formant's ringing, 320-550 Hz, as a pitch 3.5-5
#: times the line's own).  A voice heard whole keeps it within 4-36 dB (a line fading under a listener on
#: ``gx_*``/``rd59_*``; a fundamental is rarely more than 20-30 dB under the first formant's peak): the bar lies
#: between.
FUNDAMENTAL_GONE_DB = 40.0
#: How long after an end (s) the review queue reads the voice that goes on (:func:`another_voice_after`).
AFTER = 0.25
#: A line needs this much voiced sound (s) for its own pitch to be read.
MIN_VOICED = 0.1
#: The line's own pitch is read on a frame every this long (s): its median needs no more, and a 50 ms run of
#: another voice (HELD) holds at least one such frame.  Only where one near the end is high is the end's stretch
#: read frame by frame (HOP), from LEAD s before the last word (where the line's voice last spoke before it).
BODY_STEP = 0.04
LEAD = 0.3


def _autocorrelation(samples: np.ndarray, sr: int, t0: float, t1: float,
                     step: float = HOP) -> tuple[np.ndarray, np.ndarray]:
    """Per frame of ``step`` s in [t0, t1] (window WINDOW s): its centre (s), and its normalised autocorrelation by lag
    (samples), read against its window's own (which falls with the lag) so that a harmonic's short lag is not
    preferred to the period's."""
    centres, auto = frame_autocorrelation(samples, sr, t0, t1, WINDOW, step)
    if not len(auto):
        return centres, auto
    n = auto.shape[1]
    own = np.fft.irfft(np.abs(np.fft.rfft(np.hanning(n), 2 * n)) ** 2)[:n]
    return centres, auto / np.maximum(own / own[0], 1e-3)[None, :]


def _pitch(auto: np.ndarray, sr: int) -> np.ndarray:
    """Each frame's pitch (Hz) from its autocorrelation, NaN where it is not voiced (under
    :data:`.voice_edges.VOWEL`) or its best lag lies on the edge of the range searched."""
    lo, hi = int(sr / HIGHEST_PITCH), min(auto.shape[1] - 1, int(sr / LOWEST_PITCH))
    part = auto[:, lo:hi + 1]
    lag = lo + part.argmax(axis=1)
    voiced = (part.max(axis=1) >= VOWEL) & (lag > lo) & (lag < hi)
    return np.where(voiced, sr / lag, np.nan)


def _fundamental_under_loudest(samples: np.ndarray, sr: int, t0: float, t1: float, pitch: float) -> np.ndarray:
    """Per frame of HOP s in [t0, t1] (the frames :func:`_autocorrelation` reads): how far (dB) the octave around
    ``pitch`` (a half octave under it to a half octave over it) lies under the frame's loudest octave
    (:data:`.after_end.OCTAVES`)."""
    _, power = frame_power(samples, sr, t0, t1, WINDOW)
    freqs = np.arange(power.shape[1]) * sr / (2 * int(round(WINDOW * sr)))

    def level(lo: float, hi: float) -> np.ndarray:
        return 10.0 * np.log10(power[:, (freqs >= lo) & (freqs < hi)].sum(axis=1) + 1e-9)

    loudest = np.max([level(lo, hi) for lo, hi in OCTAVES], axis=0)
    return loudest - level(pitch / np.sqrt(2), pitch * np.sqrt(2))


def pitch_track(samples: np.ndarray, sr: int, t0: float, t1: float) -> tuple[np.ndarray, np.ndarray]:
    """Per frame of HOP s in [t0, t1]: its centre (s) and its pitch (Hz), NaN where it is not voiced."""
    centres, auto = _autocorrelation(samples, sr, t0, t1)
    return centres, _pitch(auto, sr)


def median_pitch(audio: Audio, t0: float, t1: float) -> Optional[float]:
    """The median pitch (Hz) of [t0, t1]'s voiced frames (:func:`pitch_track`), or None where none is voiced: a
    line's own pitch, which the rules that tell another sound from the line's voice measure that sound against."""
    _, f0 = pitch_track(audio.samples, audio.sample_rate, t0, t1)
    voiced = f0[np.isfinite(f0)]
    return float(np.median(voiced)) if len(voiced) else None


def other_voice_end(audio: Audio, env: Envelope, start: float, end: float, last_word_start: float) -> Optional[float]:
    """Where the line [start, end]'s own voice gives way to another voice that holds its end (s), or None."""
    sr = audio.sample_rate
    # the line's own pitch, read every BODY_STEP s; where none of those frames near the end is high, no other voice
    # holds it
    look = max(last_word_start, end - LOOK)
    body_centres, body = _autocorrelation(audio.samples, sr, start, end, BODY_STEP)
    body_f0 = _pitch(body, sr)
    voiced = ~np.isnan(body_f0)
    if float(voiced.sum()) * BODY_STEP < MIN_VOICED:
        return None
    own = float(np.median(body_f0[voiced]))
    if not np.any(voiced & (body_centres >= look) & (body_f0 >= OTHER_PITCH * own)):
        return None
    t0 = max(start, look - LEAD)
    centres, auto = _autocorrelation(audio.samples, sr, t0, end)
    under = _fundamental_under_loudest(audio.samples, sr, t0, end, own)
    f0 = _pitch(auto, sr)
    voiced = ~np.isnan(f0)
    high = voiced & (f0 >= OTHER_PITCH * own)
    # the line's own voice: its pitch within OTHER_PITCH of its median either way (a read far under it is the
    # tracker's slip to a multiple of the period, no pitch to measure against)
    mine = (voiced & ~high & (f0 > own / OTHER_PITCH)).astype(int)
    # the line's own pitch where it last spoke before each frame: a high frame at a whole multiple of it is one of
    # the line's own harmonics standing out (a nasal's murmur), not another voice
    last = np.maximum.accumulate(np.where(mine.astype(bool), np.arange(len(f0)), -1))
    ratio = f0 / np.where(last >= 0, f0[np.maximum(last, 0)], np.nan)
    harmonic = np.abs(ratio - np.round(ratio)) <= HARMONIC * ratio
    other = high & ~harmonic
    held = max(1, int(round(HELD / HOP)))
    for i in np.flatnonzero(centres >= look):
        if i + held > len(centres):
            break
        if not other[i:i + held].all():
            continue
        if np.convolve(mine[i:], np.ones(held, int), mode="valid").max(initial=0) >= held:
            return None  # the line's own voice comes back: the high voice was inside the line, not at its end
        before = np.flatnonzero(mine[:i])
        if not len(before):
            return None
        if np.median(under[before[-held:]]) > FUNDAMENTAL_GONE_DB:
            # where the line's voice last spoke its fundamental is not heard: without it the high read is no
            # evidence of another voice -- the first formant's ringing is read as the pitch
            continue
        last_own = centres[before[-1]]
        a, b = env.frame(last_own), env.frame(centres[i])
        quiet = np.flatnonzero(env.db[a:b] < env.threshold(start, end))
        if len(quiet):  # the line's voice fell quiet before the other began: its end is there
            return float(last_own + quiet[0] * HOP)
        if centres[i] - last_own > WINDOW:
            # not straight from the line's voice (a jump within a window) nor after it fell quiet, but after a
            # consonant: the voice that comes back is the line's own next syllable, however high (a voice with a
            # cold, creaking at 70 Hz through its line, rose 150 -> 230 Hz on "-rent" after the /f/: mfa_cold_corpus)
            return None
        return float(centres[i] - WINDOW / 2)
    return None


def end_of_own_voice(audio: Audio, env: Envelope, start: float, end: float, last_word: str,
                     last_word_start: float) -> Optional[float]:
    """Where the line [start, end] whose last word ``last_word`` begins at ``last_word_start`` should end, its own
    voice having given way to another's (:func:`other_voice_end`), or None: no other voice holds its end, or the
    move would leave the last word shorter than the phone model holds its phones (:data:`.confidence.SQUEEZED_PHONE`
    each: a voice with a cold, read high through a third of its line, mfa_cold_corpus, would have had "different"
    cut to 80 ms)."""
    found = other_voice_end(audio, env, start, end, last_word_start)
    if found is None or found >= end - HOP or found - last_word_start < SQUEEZED_PHONE * phone_count(last_word):
        return None
    return found


def end_before_another_voice(items: list[Placed], audio: Audio, env: Envelope) -> int:
    """Each timed, heard line whose end lies in another voice (:func:`other_voice_end`), its end (and its last
    word's) moved back to where its own voice gave way (:func:`end_of_own_voice`), and the phone pass's move of
    that word (``moved``) with it.  Returns how many moved."""
    moved = 0
    for item, words in heard_lines(items):
        s = item.segment
        end = end_of_own_voice(audio, env, s.start, s.end, words[-1].text, words[-1].start)
        if end is None:
            continue
        log.debug("end_before_another_voice %r: end %+.3f", s.text[-30:], end - s.end)
        item.segment = with_end(s, end)
        last = max(k for k, w in enumerate(s.words) if w.timed and not w.cue)
        if last < len(item.moved) and item.moved[last] is not None:
            # the phone pass's carry of the last word onto the other voice is taken back with it: the end no longer
            # rests on that pass alone (:func:`.confidence.carried_into_sound` reads how far it moved the word)
            shifts = list(item.moved)
            shifts[last] = (shifts[last][0], shifts[last][1] + end - s.end)
            item.moved = tuple(shifts)
        moved += 1
    return moved


def another_voice_after(audio: Audio, env: Envelope, start: float, end: float) -> bool:
    """Whether the sound that goes on right after the line [start, end]'s end is another voice's
    (:func:`other_voice_end` finds it taking over within a window of the end): for the review queue, sound after
    such an end is no doubt of it -- the end stands where the line's own voice gave way, and the listener's voice
    is what goes on."""
    if audio is None:
        return False
    found = other_voice_end(audio, env, start, end + AFTER, end - WINDOW / 2)
    return found is not None and abs(found - end) <= WINDOW / 2
