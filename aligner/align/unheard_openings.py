"""A line's first heard word stamped seconds after its line began: the phone pass's chunk reaches back for it --
over a voice's opening, not a radio's key-up.

Whisper stamps a line's first word where its cross-attention found it, and under a pump or a blower, or on a slow
voice, that can be a second or more after the word began ("Surprisingly," heard 68.26-69.06 s, said from 67.02 s;
"Surprisingly..." heard from 24.82 s, said from 23.73 s, the twenty-fifth aside set).  The phone pass's chunk
reaches only MARGIN (1 s) back from a heard, stamped first word, so the word's true start lay outside the audio it
was given and the line started where the chunk did, or later.

Sound before the first heard word that no heard word covers, back to the word heard before it, is what the line's
unheard opening would be -- when it is a voice.  Through a two-way radio the sound there is the channel's: the
squelch tail after the over before, the key-up burst and the hiss of the next over opening before its voice
(``tx_real_ptt_plain_3gp``: runs of 0.18-0.53 s, 20-24 dB over the squelched floor, 1.0-1.5 s before a first word
stamped on its voice).  Given that room, the phone search put the first word on the hiss's onset, 0.2 s early.  What
tells the two apart is the voice's pitch: an opening's syllables are periodic at a voice's pitch most of their
length (:func:`.wordless_speech.voiced_seconds`: the espresso talk's unheard "Surprisingly," 0.74 of its 0.92 s),
a squelch burst, a key-up and a channel's hiss are noise (0.00-0.05 s of 0.18-0.53 s on the radio talk).

So the chunk is given the whole room back to that heard word (at most the margin of an edge word not heard at all)
only when a run of sound begins there further back than the margin, after a quiet (a run already sounding where
the heard word before ended is that word's own tail), and is voiced for at least :data:`VOICED_SHARE` of its
length; the phone search, with the line before as its context, then finds where the first word really begins.
"""

from __future__ import annotations

from typing import Optional

from ..audio import Audio
from .activity import HOP, Envelope
from .wordless_speech import voiced_seconds

#: Share of a run of sound that must be voiced (periodic at a voice's pitch, over the loudness threshold) for it to
#: be a line's unheard opening: speech is voiced through its vowels, nasals and voiced consonants, most of its length
#: (0.80 for "Surprisingly," under the espresso pump; a line's first stamped word there 0.62), while a radio's
#: squelch tail, key-up burst and channel hiss read 0.00-0.11 (``tx_real_ptt_plain_3gp``, four runs).
VOICED_SHARE = 0.5


def reaches_back(audio: Audio, env: Envelope, start: float, room: Optional[float], margin: float) -> bool:
    """Whether a voice's opening, with no heard word in it, begins before a line's first heard word (at ``start``)
    further back than ``margin``, within the ``room`` (s) back to the word heard before it (None: no heard word
    before it)."""
    if room is None or room <= margin:
        return False
    lo = start - room
    return any(lo + HOP < a < start - margin and voiced_seconds(audio, env, a, b) >= VOICED_SHARE * (b - a)
               for a, b in env.voiced_runs(lo, start))
