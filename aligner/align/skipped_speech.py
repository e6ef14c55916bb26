"""Speech the told hearing skipped: where it wrote nothing over seconds of syllables, the first hearing's words stay.

Told the text of a stretch (:mod:`.hear_the_text`), the decoder follows the prompt, and where it does not make out
the sound it may write nothing at all and go on where it does.  On the twenty-second set's fast flite talk through a
two-way radio (``tx_flite_ptt_plain``: ``kal`` at x1.72 says lines 0-1 between ``rms`` x0.6 lines), the multilingual
``base``, told the text, wrote its first word at 7.86 s: the 7 s of fast speech before it (0.75-8.05 s, two lines,
41 syllables of sound) had no word at all.  The first hearing had written 38 words there (mostly misheard,
"minutes" and "made quickly" matched) and placed both lines within 0.3 and 0.75 s.  The told hearing placed more of
the transcript in trusted runs elsewhere (108 tokens against 63), so it was kept, and with it the empty 7 s: only the
first hearing's trusted "made quickly" came back (:func:`.hear_the_text.with_first_trusted`), and lines 0-1 were
placed with nothing heard in them -- line 0 given 0.2 s before the speech, line 1 spread over both (-3.6 s).  On
another machine (CTranslate2 on another CPU) the same ear stamped two words over that stretch instead
(:mod:`.stamped_words`); either way the told hearing said nothing of where those lines were.

Silence from an ear is no evidence against what another ear heard there.  A gap in the told hearing that holds
:data:`SKIPPED_SYLLABLES` or more syllables of sound (:func:`.speaking_rate.syllables_per_second`, the envelope's
vowel peaks) is speech it skipped -- a pause between words holds none, and a word's edges or noise add at most two
(:mod:`.stamped_words`) -- so the first hearing's words inside it are put back, as heard, for the matcher to judge as
it judged them the first time.  Only where the first hearing heard that speech: its words there spell at least
:data:`HEARD_SHARE` of the gap's syllables.  A stray word or two in a long gap (the radio talk's last line, 32
syllables of sound, had "to President." from the first hearing; the megaphone's real prompts, ``tx_real_horn_vtt_wmv``,
a 10 s gap of 31 syllables, had "a mailbox. And") gives the matcher nothing in order to hold on to, only a lone "a" or
"and" to pair with any line's: put back, they pulled two ends there 140 and 230 ms early.
"""

from __future__ import annotations

import logging
from typing import Sequence

from .activity import Envelope
from .recognize import HeardWord
from .speaking_rate import syllables_per_second
from .stamped_words import written_syllables

log = logging.getLogger(__name__)

#: A gap in the told hearing holding this many syllables of sound was speech it skipped: as many as make a stamp
#: (:data:`.stamped_words.EXTRA_SYLLABLES`), more than a word's edges and noise leave in a pause.
SKIPPED_SYLLABLES = 6
#: The first hearing heard a skipped gap when its words there have at least this share of the gap's syllables of
#: sound: most of the speech written, not a stray word or two the matcher could pair with any line's "a" or "and".
HEARD_SHARE = 0.5


def skipped_gaps(told: Sequence[HeardWord], env: Envelope, t0: float, t1: float) -> list[tuple[float, float, int]]:
    """(from, to, syllables of sound) of each stretch of [t0, t1] between the told words (and before the first and
    after the last) that holds :data:`SKIPPED_SYLLABLES` or more syllables of sound."""
    edges = [t0] + [x for w in sorted(told, key=lambda w: w.start) for x in (w.start, w.end)] + [t1]
    gaps, reach = [], t0
    for k in range(0, len(edges), 2):
        a, b = max(reach, edges[k]), edges[k + 1]
        reach = max(reach, b)
        syllables = syllables_per_second(env, a, b)[0] if b > a else 0
        if syllables >= SKIPPED_SYLLABLES:
            gaps.append((a, b, syllables))
    return gaps


def with_first_where_skipped(told: list[HeardWord], first: Sequence[HeardWord], env: Envelope,
                             t0: float, t1: float) -> list[HeardWord]:
    """``told``, with the ``first`` hearing's words put back inside every gap of [t0, t1] it skipped
    (:func:`skipped_gaps`) that the first hearing heard (its words there hold :data:`HEARD_SHARE` of the gap's
    syllables or more)."""
    back, gaps = [], []
    for a, b, syllables in skipped_gaps(told, env, t0, t1):
        inside = [w for w in first if a <= w.start and w.end <= b]
        if sum(written_syllables(w.text) for w in inside) >= HEARD_SHARE * syllables:
            back += inside
            gaps.append((a, b))
    if not back:
        return told
    log.info("the told hearing skipped speech at %s: %d words of the first hearing kept there",
             ", ".join(f"{a:.2f}-{b:.2f} s" for a, b in gaps), len(back))
    return sorted(list(told) + back, key=lambda w: w.start)
