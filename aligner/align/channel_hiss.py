"""Review doubts for a line heard through a keyed channel -- a two-way radio's push-to-talk: its end sinks into the
channel's own hiss, where the rest of its fade cannot be heard, or it lies on the squelch tail after the voice.

A radio receiver plays the channel while the talker keys it: the voice and, under it, the channel's hiss, 20-30 dB
under the speech.  When the key comes up the receiver squelches, and what the recorder hears between overs is its own
room, far under that hiss.  A line's last sound fades over 20-30 dB (a final nasal, a vowel dying away, what a narrow
band leaves of a final /s/: 25-30 dB under the vowels, :mod:`.review_evidence`); over a hiss less than that under the
voice, the rest of the fade lies under the hiss.  The pause pass and the edge rules end the line where the voice
meets the hiss -- over the whole band; read octave by octave the voice stands over the hiss longer, and before a
squelch tail the end now goes there (:func:`.squelch_tails.voice_stop`), but a fade under the hiss in every octave
still ends 0.1-0.3 s before where a listener of the clean line would put it, and nothing in the signal says how
much later.  Every word fits, a quiet pause follows (the
hiss is under the talk's level for sound), and no doubt was raised: on the twenty-second aside set's real prompts
over the radio (``tx_real_long_mix_wmv``, ``tx_real_ptt_plain_3gp``) the queue missed eight ends 219-278 ms early
with confidence 0.74-0.97.  A steady noise right after an end is not by itself a reason to doubt it -- a room's hiss
15-30 dB under the voice lets a fade be followed down to it, and ends there came out right on the development sets
-- what tells the channel's hiss from a room's is that it goes away when the channel closes: the talk's floor around
the line lies well under it (:data:`GATED_DB`).  Then the end is a lower bound (:func:`end_under_channel_hiss`).

A floor well under the hiss somewhere within 30 s is not yet a channel: a leaf blower walking past swells out of the
quiet and fades back into it over seconds, an espresso machine's pump or steam wand runs for 5-25 s, a kettle comes
to the boil -- each a steady broadband roar 12-30 dB under the voice, with the quiet talk around it.  On the
twenty-fifth aside set (``ix_*``) this reason doubted 31 right ends under them (of 47 it doubted).  What tells the
channel apart is the question it was built on: its hiss comes and goes with the overs.  After every over the
receiver squelches, so in a keyed talk the hiss after one line end in three or more falls to the floor before the
next line begins (44-69 % of the ends of ``tx_*``'s radio talks; lines closer than a key-up and a key-down share an
over).  A bed that is merely there stays through the pauses: the hiss after an end fell that far before the next
line after 0-10 % of the ends of every ``ix_*`` talk, where the machine stopped or a recording of the long talk ended
(:func:`keyed_channel`, read over the whole talk once).

Where the squelch tail itself was taken for the line (a tail the pause pass did not tell, :mod:`.squelch_tails`), the
end stands where the tail is cut off, 0.2-0.45 s after the voice: the line's last sound then is the tail's steady
noise, rising out of the over's hiss and cut to the closed receiver's floor (:func:`end_on_squelch_tail`).

Only doubts: nothing moves -- the signal holds nothing to move the end to.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from ..document import Segment
from .activity import Envelope
from .after_end import ends_and_next_starts
from .squelch_tails import tail_start

#: The level after an end is read HISS_LOOK s after it: past the frame the end straddles and the voice's own last
#: 20 ms, inside the 80 ms and more a talker keeps the key down after the last word.
HISS_LOOK = (0.03, 0.10)
#: It is a steady noise when its 10 ms frames swing less than this (dB, standard deviation): broadband noise over
#: 160 samples and more flickers by about 1 dB, a voice's syllables by 10 dB and more; the first frames may hold the
#: fade's last few dB.
HISS_SWING_DB = 3.0
#: The voice (its level, :meth:`.activity.Envelope.voice_level`) stands less than this (dB) over the hiss: a line's
#: last sound fades over 20-30 dB, so its last part lies under the hiss.
FADE_DB = 30.0
#: ... and at least this much: a channel whose hiss stands closer to the voice than an FM radio's rated sensitivity
#: (12 dB SINAD, the least a usable channel gives) is no channel's hiss but sound going on after the line (a
#: compressor's lifted pause, a second voice), which other doubts read.
USABLE_DB = 12.0
#: The talk's floor around the end (the GATED_SHARE quantile of its 10 ms levels, CONTEXT s either side) lies at
#: least this far (dB) under the hiss: the hiss goes away between overs, the channel's, not the room's.  A
#: squelched receiver leaves the recorder's own room, 40-50 dB under the speech, 15-25 dB under the channel's hiss;
#: a room's steady noise is the talk's floor itself (within the 1-5 dB a room's noise flickers by between pauses).
GATED_DB = 15.0
CONTEXT = 30.0
GATED_SHARE = 0.05
#: A talk is keyed when the hiss after at least this share of its line ends falls GATED_DB under it before the next
#: line: every over's last line closes the channel (two lines in three on ``tx_*``'s radio talks, about one in two
#: where lines share overs); a bed that is merely there falls so after 0-10 % of a talk's ends (``ix_*``), a small
#: room's booming modes after 25 % (``tx_real_modes_dashes``).
KEYED_SHARE = 1 / 3
#: The end's last TAIL_LOOK s, read as a run of sound for a squelch tail (:func:`.squelch_tails.tail_start`): the
#: longest tail (:data:`.squelch_tails.TAIL_SECONDS`) with the over's hiss and a roger beep before it.
TAIL_LOOK = 0.8


def hiss_after(env: Envelope, end: float, after: float) -> Optional[np.ndarray]:
    """The 10 ms levels (dB) HISS_LOOK s after ``end``, kept 50 ms off the next line (``after``: where it starts);
    None when fewer than four frames are left."""
    a, b = env.frame(end + HISS_LOOK[0]), env.frame(min(end + HISS_LOOK[1], after - 0.05))
    return env.db[a:b] if b - a >= 4 else None


def _steady_hiss(env: Envelope, end: float, after: float) -> Optional[float]:
    """The level (dB) of the steady sound right after ``end`` (:func:`hiss_after`, its frames swinging less than
    :data:`HISS_SWING_DB`); None where it is not steady or there is too little pause to read."""
    levels = hiss_after(env, end, after)
    if levels is None or float(np.std(levels)) >= HISS_SWING_DB:
        return None
    return float(np.median(levels))


def keyed_channel(env: Envelope, segments: Sequence[Segment], audio: Optional[Audio] = None) -> bool:
    """Whether the talk is heard through a keyed channel whose hiss comes and goes with the overs.

    Read over the talk's timed lines in time order, each end with where the next line starts: the talk is keyed
    when after :data:`KEYED_SHARE` or more of the ends with a pause to read the steady hiss right after the end falls
    :data:`GATED_DB` under itself before the next line begins (the receiver squelching after the over).  The hiss
    need not stand at one level under every over: a long talk joins recordings whose channels hiss 6-8 dB apart
    (``tx_real_long_mix_wmv``).  Read once over the whole talk, so re-aligning a part of it reads the same.

    A channel's hiss is turbulence, never a crackle (:func:`_crackles`, read where ``audio`` is given): sheets torn
    off a pad over the line ends of ``xy_real_tear_page`` (the forty-fifth set's look), stopping 100-350 ms after them,
    read as hiss squelched after the overs, and seven right ends under it were doubted for it."""
    read, closing = 0, 0
    for end, after in ends_and_next_starts(segments, env.duration):
        if hiss_after(env, end, after) is None:
            continue
        read += 1
        hiss = _steady_hiss(env, end, after)
        pause = env.db[env.frame(end + HISS_LOOK[1]):env.frame(after - 0.05)]
        closing += (hiss is not None and len(pause) > 0 and hiss - float(np.min(pause)) >= GATED_DB
                    and not (audio is not None and _crackles(audio, end, after)))
    return closing > 0 and closing >= KEYED_SHARE * read


def _crackles(audio: Audio, end: float, after: float) -> bool:
    """Whether the sound :func:`hiss_after` reads after ``end`` is impulsive over 1.5 kHz on median (kurtosis
    :data:`.crackled_ends.KURTOSIS_MIN` or more): clicks, not the turbulence of a channel's hiss (about 3)."""
    from .crackled_ends import KURTOSIS_MIN, frame_kurtosis

    kurtosis = frame_kurtosis(audio, end + HISS_LOOK[0], min(end + HISS_LOOK[1], after - 0.05))
    return len(kurtosis) > 0 and float(np.median(kurtosis)) >= KURTOSIS_MIN


def end_under_channel_hiss(env: Envelope, start: float, end: float, after: float, keyed: bool) -> bool:
    """Whether a line [start, end] ends in a steady hiss (:data:`HISS_SWING_DB`) that the voice stands only
    :data:`USABLE_DB` to :data:`FADE_DB` over, and which goes away between overs: the talk is ``keyed``
    (:func:`keyed_channel`; not keyed, nothing is doubted) and its floor around the end lies :data:`GATED_DB` or more
    under the hiss (``after``: where the next line starts)."""
    hiss = _steady_hiss(env, end, after)
    if not keyed or hiss is None or end - start < 0.1:
        return False
    depth = env.voice_level(start, end) - hiss
    if not USABLE_DB <= depth < FADE_DB:
        return False
    around = env.db[env.frame(end - CONTEXT):env.frame(end + CONTEXT)]
    return hiss - float(np.quantile(around, GATED_SHARE)) >= GATED_DB


def end_on_squelch_tail(env: Envelope, audio: Optional[Audio], start: float, end: float) -> bool:
    """Whether the line's last :data:`TAIL_LOOK` s end in a squelch tail cut off at its end
    (:func:`.squelch_tails.tail_start` on that stretch read as a run of sound)."""
    return end - start > 0.1 and tail_start(env, max(start, end - TAIL_LOOK), end, audio) is not None
