"""A review doubt: a line's end stands on sound that came back after its own voice gave way, long after that voice
was last heard whole, and none of it carries the line's fundamental -- another voice's, not the line's.

Why this exists (issue 7, the twenty-first aside set's ``aec``): a talk recorded on a video call goes through a
laptop's echo canceller, whose double-talk detector holds for 150-300 ms after each line; the far end's residue heard
then is sound over the edge rules' margin, and ends carried over it land where the canceller mutes the microphone.
:mod:`.canceller_residue` moves such ends back where it can tell the residue from the line's own last sounds (a
wideband line, the sound after the dip with neither the line's fundamental nor a consonant's highs).  Where it cannot
-- the line heard through a telephone's 8 kHz band (its own highs never heard, so nothing is known), or the residue
carrying clipped highs of the far end's fricatives that read as the line's own /s/ -- the end stays where the
hangover ended, 0.23-0.28 s late, with confidence 0.94-0.98 (``jx_flite_aec_cloth_plain``,
``jx_real_long_mix_mov``: two of the three segments > 200 ms off the queue missed on main a275950's ``jx_*``).

What the signal still says there, without telling whose highs they are: the line's voice last stood whole (its
fundamental :data:`.thin_voices.OWN_DB` over that octave's floor) more than :data:`CONSONANT_TAIL` before the end;
the sound then fell under the edge rules' margin (the voice gave way) and rose again for :data:`.canceller_residue.RUN`
s or more; and none of what rose carries the fundamental at the pitch the line last spoke at, nor a hiss as loud
over its floor as a wideband voice's own /s/ (:data:`OWN_HISS_DB`).  A line's own last
sounds after its last whole voiced frame are a fading vowel's tail and a final voiceless consonant, which do not
outlast CONSONANT_TAIL; sound over the margin after a dip, longer than a stop's burst and without the line's
fundamental, is another's.  The end may lie earlier, where the voice gave way.

The line's own final fricative can rise after a dip too, and is then no other voice (j183, the twenty-fourth aside
set ``bx_*`` at the round's end engine: 3 of its 12 right lines in the queue were these, 0 of its far-off ones).
Heard through a telephone's band ("conference." on ``bx_real_long_mix_mkv``'s prompts) a final /s/ has lost its
highs but stands 46-49 dB over its floor from :data:`.canceller_residue.HISS_HZ` to HIGHS_HZ -- as loud as a
wideband /s/ over its own floor in the highs, so OWN_HISS_DB reads both bands; the residues this rule was made for
stand at most 22 dB over it there (``jx_*``'s four doubted ends, right or not).  And after a stop's closure
("doubts.", "residents.": flite's 8 kHz voice on ``bx_flite_drill_plain``, ``rx_flite_automix_plain``) the voice
gives way for the closure and a faint /s/ leans up in that band: the line's text says so, and the reading is
:func:`.canceller_residue.residue_end`'s ``final_hiss``, which already keeps such ends where they are.  Both are read
only where the line's last word ends so: after "or 2 to reject it." a hiss that loud in that band was the next
prompt's, the end +230 ms off (``cx_real_long_mix_m2ts``).

Only a doubt: nothing moves (read at scoring, after every edge is placed); English only, as the queue's other
readings of the sound at the end.
"""

from __future__ import annotations

import numpy as np

from ..audio import Audio
from .activity import Envelope
from .canceller_residue import HIGHS_DB, after_the_voice, ends_in_stop_then_fricative
from .sibilant_ends import SIBILANTS, final_phone
from .thin_voices import OWN_DB

#: The longest a line's own sound goes on after its voice last stood whole (s): a final voiceless consonant or
#: cluster after the last vowel (/s/, /st/, /ts/: 100-200 ms said at the end of a sentence) and the 10-30 ms in which
#: a fading vowel's fundamental sinks through OWN_DB.  A laptop canceller's hangover (150-300 ms) after a 40-100 ms
#: dip outlasts it.  Replayed on main a275950's ``jx_*``, ``cx_*``, ``dx_*``: 0.20 and 0.22 flag the same segments;
#: 0.25 loses one of ``jx_*``'s ends > 200 ms off (+233 ms, 0.227 s after the voice).
CONSONANT_TAIL = 0.2
#: Highs (above :data:`.thin_voices.HIGHS_HZ`) standing this far (dB) over their floor after the dip are the line's
#: own voiceless consonant, heard wideband: a wideband /s/ stands 35-45 dB over it (:mod:`.canceller_residue`); the
#: far end's highs that a laptop loudspeaker's clipping makes stand at most 22 dB over it on ``jx_*``.  Replayed on
#: main a275950's ``jx_*``, ``cx_*``, ``dx_*``: 22-25 flag the same segments; 20 loses a ``jx_*`` end +149 ms off
#: (its residue's highs 20.7 dB), 30 keeps a right ``cx_*`` end flagged.
OWN_HISS_DB = 25.0


def end_past_own_voice(audio: Audio, env: Envelope, start: float, end: float, text: str = "") -> bool:
    """Whether the line [start, end] ends more than CONSONANT_TAIL s after its voice last stood whole, on sound that
    rose again, for :data:`.canceller_residue.RUN` s or more over the edge rules' margin, after the voice gave way
    (fell under it), with none of it carrying the line's fundamental at the pitch it last spoke at or a hiss as loud
    as its own /s/ (:data:`OWN_HISS_DB`) (:func:`.canceller_residue.after_the_voice` reads it).  False where the
    line's voiced frames do not carry their fundamental (nothing is known) or the sound never fell after its voice.

    ``text``, the line's: where its last word ends in /s/ or /sh/ (:func:`.sibilant_ends.final_phone`), a hiss
    OWN_HISS_DB over its floor in the band under the highs is that sibilant heard through a narrow band; where it
    ends in a stop and a fricative (:func:`.canceller_residue.ends_in_stop_then_fricative`), a hiss leaning up in
    that band (HIGHS_DB over its floor and no less over it than the band under it) is that fricative, as
    :func:`.canceller_residue.residue_end` reads it.  A line whose text ends on no hiss owns none heard there: after
    "or 2 to reject it." a hiss that loud in that band was the next prompt's (``cx_real_long_mix_m2ts``, +230 ms)."""
    voice = after_the_voice(audio, env, start, end)
    if voice is None or end - voice.last <= CONSONANT_TAIL:
        return False
    after = voice.after
    if not np.any(after):
        return False
    # the line's fundamental back after the dip is its voice; a hiss as loud as its own /s/ is its consonant
    own = (voice.fundamental >= OWN_DB) | (voice.highs >= OWN_HISS_DB)
    if final_phone(text) in SIBILANTS:
        own |= voice.hiss >= OWN_HISS_DB
    if ends_in_stop_then_fricative(text):
        own |= (voice.hiss >= HIGHS_DB) & (voice.hiss >= voice.low)
    return not np.any(own[after])
