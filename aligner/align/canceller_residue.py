"""A line's end carried into an echo canceller's residue -- the far end of a call heard through a laptop's loudspeaker
-- goes back to where the line's own voice gave way.

Why this exists (issues 7 and 9, the twenty-first aside set's ``aec``): a talk recorded on a video call while the
far end speaks now and then goes through the laptop's echo canceller, which takes all but a residue of the far end's
voice out; while its double-talk detector hears the near end (the line and a hangover of 150-300 ms after it) the
residue, 18-24 dB under the speech, is heard.  Just after a line that is another voice going on where the line's
stops, over the edge rules' margin: the phone pass gave the last word's last phone to it, and
:func:`.boundaries.extend_to_sound`, :func:`.boundaries.follow_last_sounds`, the quiet last sounds and the fades into
the noise carried ends on over it, to where the hangover ends and the canceller mutes the microphone (``jx_*``: 14
of 24 English boundaries > 100 ms off were ends +114..+279 ms late, nearly all in its talks; the French and German
talks with it the two language talks under 90 %).  Its voice is neither low enough nor thin enough for
:mod:`.another_voice` (pitch) or :mod:`.thin_voices` (a HELD run of voiced frames without their fundamental): the
room and the loudspeaker's clipping leave most of its frames unvoiced, and that clipping's difference tones give the
few voiced ones a little energy where a fundamental would be.

What tells it is the loudspeaker: a laptop's small driver reproduces neither a voice's fundamental (under
~250 Hz) nor its highs, while the line is heard whole.  After the line's own voice last stood whole (its
fundamental's octave :data:`.thin_voices.OWN_DB` over that octave's floor; a line's voice heard whole stands 25-44 dB
over it), the line's voice gives way where the sound first falls under the edge rules' margin
(:meth:`.activity.Envelope.threshold`).  If what rises again after that, up to the end, is :data:`RUN` s and more of
sound with neither the line's fundamental heard whole (at the pitch it last spoke at) nor a consonant's bright highs
(:data:`HIGHS_DB`), it is not the line's: the end goes back to the dip.  On ``jx_*`` the residue stands -1..8 dB
over the floor at the line's pitch and 0-9 dB over it above 4 kHz, leaning away from the highs; the line's own /s/
35-45 dB, leaning into them.  Where the line's own highs are never heard (:data:`WIDEBAND_DB`: a telephone's 8 kHz
prompt) its last fricative, under 4 kHz, looks like the residue, and nothing is told; where no dip parts the line's
voice from the sound after it (a line flipping into a call's narrow band in its last word, ``dx_*``), neither.

What rises after the dip at the pitch the line last spoke at is the line's own voice, however faint its fundamental
(:data:`BACK_AT_PITCH`, j223): after a stop's or a nasal's closure espeak-ng's last syllable came back 25 dB under the
line with its fundamental 5-16 dB over the floor under the twenty-ninth set's table tennis, chime and radiator, and four
right ends went back 114-165 ms.  Another voice does not take up the line's pitch where the line leaves it.

Every language (:func:`.engine._refine`, after :func:`.thin_voices.move_off_thin_voices`); only where the line's
own voiced frames carry their fundamental (:func:`.thin_voices._read`): on a call's narrow band every voice is thin
and nothing is known.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..audio import Audio
from .activity import Envelope
from .another_voice import WINDOW
from .boundaries import heard_lines, with_end
from .phone_edges import FRICATIVE_BAND
from .placement import Placed
from .pronounce import AFFRICATES, HIGH_FRICATIVES, STOPS
from .sibilant_ends import final_phones
from .thin_voices import (CONTEXT, FLOOR_PERCENTILE, FLOOR_STEP, HIGHS_HZ, LAST_SPOKE, OWN_DB, _background_pitch,
                          _carries_fundamental, _frames, at_pitch, fundamental_over_floor)
from .voice_edges import HOP, frame_power

log = logging.getLogger(__name__)

#: Sound after the line's voice last stood whole, lasting this long (s) with neither its fundamental nor highs, is
#: another voice's: longer than a final stop's burst and aspiration (10-50 ms) or the 10-30 ms in which a fading
#: voice's fundamental sinks through :data:`.thin_voices.OWN_DB`; shorter than a canceller's double-talk hangover
#: (100-300 ms on laptops' cancellers; 150-300 on ``jx_*``).  Replayed on the base's outputs: 0.05 moves two more
#: canceller ends right but two right ends of other talks 86 and 204 ms early; 0.12 keeps one of the three ends fixed.
RUN = 0.08
#: Sound above :data:`.thin_voices.HIGHS_HZ` standing this far (dB) over its floor, and higher over it than the
#: 250-4000 Hz band stands over its own, is the line's own unvoiced consonant: a final /s/ stands 35-45 dB over it, a
#: narrow, noisy talk's /z/ 15-19; the residue's clipped highs 0-9, well under its middle band.  6-14 move the same
#: ends on ``jx_*``, ``cx_*``, ``dx_*`` (replayed on the base's outputs).
HIGHS_DB = 10.0
#: The band a laptop's loudspeaker reproduces starts about here (Hz): under it a small driver passes no voice's
#: fundamental.  Between it and :data:`.thin_voices.HIGHS_HZ` lies what the residue is heard in; a frame brighter
#: over its floor above HIGHS_HZ than in this middle band leans to the highs as a fricative does.
LOUDSPEAKER_HZ = 250.0
#: The line is heard wideband when its loudest highs (its fricatives) stand this far (dB) over their floor: a
#: wideband voice's /s/ stands 35-45 dB over it; a narrow-band line (a telephone's 8 kHz prompt) has nothing there
#: but the floor and hiss, and its own last fricative, under 4 kHz, cannot be told from another voice's sound.  15-25
#: move the same ends on ``jx_*``, ``cx_*``, ``dx_*`` (15 two more of ``cx_real_long_mix_m2ts``' late ends nearer).
WIDEBAND_DB = 20.0
#: A final fricative that the voice's own band leaves mostly under :data:`.thin_voices.HIGHS_HZ` (flite ``kal``'s
#: 8 kHz /s/, a dull take's) is heard over :data:`.phone_edges.FRICATIVE_BAND` (Hz), leaning up inside the
#: loudspeaker's band: under it, from LOUDSPEAKER_HZ, lie the vowels a residue of a voice is mostly made of.
HISS_HZ = FRICATIVE_BAND
#: A bare stop's release -- its burst and aspiration, noise shaped by the mouth's front cavity -- leans this far
#: (dB) up: from :data:`HISS_HZ` to :data:`.thin_voices.HIGHS_HZ` over its floor, against the band under HISS_HZ over
#: its own.  flite ``kal``'s /t/ of "debate." leaned 12-21 dB; a crisp's crunch, broadband, 1-3 (under 7 at the dip's
#: edge); a residue of a voice leans the other way.
RELEASE_LEAN_DB = 8.0
#: The line's own voice heard back after the dip at the pitch it last spoke at (every voiced frame there within
#: :data:`.thin_voices.SAME_PITCH` of it, an octave's slip counted) for this long (s) is its own last syllable, however
#: faint its fundamental: espeak-ng's quiet last syllables after a closure ("ki|ta.", "библиоте|ка|та.", "do|me.")
#: stood 5-16 dB over the floor at their own pitch under table tennis, a chime and a radiator's ticks, voiced for
#: 40-90 ms within 3.5 % of it.  Another voice does not take up the line's pitch where the line leaves it
#: (:mod:`.thin_voices`); a frame or two of its contour crossing that pitch is shorter than this.
BACK_AT_PITCH = 0.03


def _octave_levels(power: np.ndarray, hz: float, lo_hz: float, hi_hz: Optional[float]) -> np.ndarray:
    """Per frame, the level (dB) of the power spectrum's bins between ``lo_hz`` and ``hi_hz`` (the top: None)."""
    lo = int(np.ceil(lo_hz / hz))
    hi = power.shape[1] if hi_hz is None else max(lo + 1, int(np.floor(hi_hz / hz)) + 1)
    return 10 * np.log10(power[:, lo:hi].sum(axis=1) + 1e-12)


@dataclass(frozen=True)
class AfterTheVoice:
    """What follows a line's voice where it gave way and sound rose again (:func:`after_the_voice`): each analysis
    window's centre over the line (s) and how far (dB) over its floor the line's fundamental octave (at the pitch it
    last spoke at), the highs (above :data:`.thin_voices.HIGHS_HZ`) and the loudspeaker's middle band stand there."""
    end: float
    last: float  #: the centre of the last frame where the line's voice stood whole (s)
    gave_way: float  #: where the sound first fell under the edge rules' margin after it (s)
    pitch: float  #: the pitch the line last spoke at (Hz): the median of its last LAST_SPOKE s of whole frames
    pitches: np.ndarray  #: the pitch track (Hz, NaN where unvoiced) of each frame past where the voice gave way
    at: np.ndarray
    fundamental: np.ndarray
    highs: np.ndarray
    middle: np.ndarray
    hiss: np.ndarray  #: HISS_HZ to HIGHS_HZ over its floor (dB)
    low: np.ndarray  #: LOUDSPEAKER_HZ to HISS_HZ over its floor (dB)

    @property
    def after(self) -> np.ndarray:
        """The windows wholly past where the line's voice gave way, up to the end."""
        return (self.at >= self.gave_way + WINDOW / 2) & (self.at <= self.end)

    def back_at_its_pitch(self) -> bool:
        """Whether the sound past where the voice gave way is voiced at the pitch the line last spoke at, in every
        voiced frame and for :data:`BACK_AT_PITCH` s at least: the line's own voice back after a closure, its
        fundamental faint under the pause's noise."""
        voiced = self.pitches[~np.isnan(self.pitches)]
        return len(voiced) * HOP >= BACK_AT_PITCH - 1e-9 and bool(np.all(at_pitch(voiced, self.pitch)))


def after_the_voice(audio: Audio, env: Envelope, start: float, end: float) -> Optional[AfterTheVoice]:
    """The line [start, end] read after its voice last stood whole (:class:`AfterTheVoice`), where the sound then fell
    under the edge rules' margin and rose again for :data:`RUN` s and more up to the end; None otherwise, or where the
    line's own voiced frames do not carry their fundamental (nothing is known).  What :func:`residue_end` moves an
    end by, and what :mod:`.past_own_voice` doubts one by."""
    centres, f0, over = fundamental_over_floor(audio, start, end)
    if not len(centres) or not _carries_fundamental(over):
        return None  # the line's own voiced frames do not carry their fundamental: nothing is known
    whole = np.flatnonzero(~np.isnan(over) & (over >= OWN_DB))
    if not len(whole):
        return None
    last = float(centres[whole[-1]])
    threshold = env.threshold(start, end)
    a, b = env.frame(last), env.frame(end)
    quiet = np.flatnonzero(env.db[a:b] < threshold)
    if not len(quiet):
        return None  # the sound never fell after the line's voice: it may be the line's own, through a narrow band
    gave_way = (a + int(quiet[0])) * HOP
    if np.sum(env.db[a + int(quiet[0]):b] >= threshold) * HOP < RUN:
        return None  # the end was not carried on over sound: not these rules' to judge
    sr, x = audio.sample_rate, audio.samples
    spoke = f0[whole[-_frames(LAST_SPOKE):]]
    spoke = spoke[~np.isnan(spoke)]
    if not len(spoke):
        return None
    pitch = float(np.median(spoke))
    at, power = frame_power(x, sr, start - WINDOW / 2, end + WINDOW / 2, WINDOW)
    _, around = frame_power(x, sr, max(0.0, start - CONTEXT), end + CONTEXT, WINDOW, FLOOR_STEP)
    if not len(at) or not len(around):
        return None
    hz = sr / (2 * int(round(WINDOW * sr)))
    bands = [(pitch / np.sqrt(2), pitch * np.sqrt(2)), (HIGHS_HZ, None), (LOUDSPEAKER_HZ, HIGHS_HZ),
             (HISS_HZ, HIGHS_HZ), (LOUDSPEAKER_HZ, HISS_HZ)]
    fundamental, highs, middle, hiss, low = (_octave_levels(power, hz, lo, hi) - np.percentile(
        _octave_levels(around, hz, lo, hi), FLOOR_PERCENTILE) for lo, hi in bands)
    pitches = f0[(centres >= gave_way) & (centres <= end)]
    return AfterTheVoice(end, last, gave_way, pitch, pitches, at, fundamental, highs, middle, hiss, low)


def residue_end(audio: Audio, env: Envelope, start: float, end: float, final_hiss: bool = False,
                release: bool = False) -> Optional[float]:
    """Where the line [start, end] should end (s) when, after its voice last stood whole, the sound fell under the
    edge rules' margin and rose again into :data:`RUN` s and more of sound the line cannot make -- neither its own
    fundamental heard whole nor a consonant's highs -- up to the end: where it fell (the line's voice gave way);
    None otherwise, or where the line's own fundamental or highs are not heard (nothing is known).

    ``final_hiss``: the line's last word ends in a stop and a fricative (its text says so), and a hiss leaning up
    inside the loudspeaker's band (:data:`HISS_HZ` to HIGHS_HZ standing HIGHS_DB over its floor and no less over it
    than the band under HISS_HZ) is that fricative too: after a stop's closure ("doubts", "goats") the voice gives
    way for 100-180 ms and its /s/ rises out of the quiet with no fundamental, and where the voice's own band is
    narrow its highs stand 9-14 dB over their floor, under the middle band (flite ``kal`` x0.7's "doubts." taken back 420 ms
    from its hiss's end to the closure, ``bx_flite_drill_plain``).

    ``release``: the line's last word ends in a bare stop (its text says so: :func:`ends_in_stop`), and a hiss leaning
    far up inside the loudspeaker's band (:data:`RELEASE_LEAN_DB` over the band under HISS_HZ) is its release."""
    voice = after_the_voice(audio, env, start, end)
    if voice is None:
        return None
    if float(np.max(voice.highs[voice.at <= voice.last])) < WIDEBAND_DB:
        return None  # the line's own consonants never reach the highs: its band is narrow, and nothing is known
    own = (voice.fundamental >= OWN_DB) | ((voice.highs >= HIGHS_DB) & (voice.highs >= voice.middle))
    if final_hiss:
        own |= (voice.hiss >= HIGHS_DB) & (voice.hiss >= voice.low)
    if release:  # a bare stop's aspiration leans far up; a crunch or a knock is broadband
        own |= (voice.hiss >= HIGHS_DB) & (voice.hiss >= voice.low + RELEASE_LEAN_DB)
    if np.any(own[voice.after]):
        return None  # the line's voice or its consonant comes back after the dip: the sound there is its own
    if voice.back_at_its_pitch() and not _background_pitch(audio, start, voice.pitch):
        return None  # its voice comes back at its own pitch, faintly (a machine at that pitch before the line: not)
    return voice.gave_way


def move_off_canceller_residue(items: list[Placed], audio: Audio, env: Envelope, english: bool = False) -> int:
    """Each timed, heard line's end moved back off sound it cannot make (:func:`residue_end`), its last word with
    it.  Returns how many ends moved.  ``english``: the lines' last phones are known (CMUdict's), and the hiss of
    a fricative after a stop's closure (:func:`ends_in_stop_then_fricative`) or a bare stop's release
    (:func:`ends_in_stop`) is told from the residue."""
    moved = 0
    for item, words in heard_lines(items):
        s = item.segment
        end = residue_end(audio, env, s.start, s.end, english and ends_in_stop_then_fricative(s.text),
                          english and ends_in_stop(s.text))
        if end is not None and words[-1].start < end < s.end - HOP:
            log.debug("canceller_residue %r: end %+.3f", s.text[-30:], end - s.end)
            item.segment = with_end(s, end)
            moved += 1
    return moved


def ends_in_stop_then_fricative(text: str) -> bool:
    """Whether the line's last word ends in a stop and a fricative ("doubts", "facts", "helps": CMUdict's phones,
    :func:`.sibilant_ends.final_phones`): its voice gives way for the stop's closure and the fricative's hiss rises
    after it.  Only there: after a vowel or a nasal the hiss follows the voice with no closure, and a dip then a hiss
    after "conference." was a canceller's residue leaning up into its band (``jx_real_aec_plain_mov``: kept as the
    line's own, the end went from -10 to +158 ms).  An affricate ("message", "each") is a stop and a fricative in one
    phone: after its closure its hiss rises with no fundamental too (8 kHz "this message." under a fan taken back
    204 ms from its hiss's end to the closure, ``ax_real_long_mix_mov``)."""
    endings = final_phones(text, 2)
    return bool(endings) and all((a in STOPS and b in HIGH_FRICATIVES) or b in AFFRICATES for a, b in endings)


def ends_in_stop(text: str) -> bool:
    """Whether the line's last word ends in a stop in every CMUdict pronunciation ("debate", "back", "stop":
    :func:`.sibilant_ends.final_phones`): its voice gives way for the stop's closure, and its release -- a burst
    and the aspiration after it, a hiss with no fundamental leaning up inside the loudspeaker's band -- rises out of
    the quiet after it.  A slow synthetic voice holds that aspiration past :data:`RUN`: flite ``kal`` x2.1's "debate."
    closed for 40 ms and breathed its /t/ out for 150 ms, 16-33 dB over the floor between :data:`HISS_HZ` and
    :data:`.thin_voices.HIGHS_HZ` and 5-15 under them, and a right end (+2 ms) went back 181 ms to the closure
    (``oy_flite_woodpecker_plain``, a woodpecker drumming under it).  Read more strictly than a fricative's hiss
    (:data:`RELEASE_LEAN_DB`): a crisp's crunch after "... at the moment." and "... has ended." leans up too, by 1-3
    dB, and kept as the lines' own, those ends went from -16 and -8 ms to +155 and +167 (``oy_real_crisps_srt``)."""
    endings = final_phones(text, 1)
    return bool(endings) and all(e[0] in STOPS for e in endings)
