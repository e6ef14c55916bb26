"""How far back a line's start may be carried over the sound before it: only over sound that runs on into the
line's voice, not over a crunch or a clack that died away before the voice rose, nor over a tone held under it.

Why this exists (issue 7, j274; the thirty-sixth aside set, ``oy_*``): :func:`.boundaries.extend_to_sound` carries a
phone-aligned start back to where the sound around it begins when that sound is over its bar and unbroken (bridged
over dips of 20 ms).  It asked "is there sound before the start", and beside a microphone the answer was someone
eating crisps or a caller keying numbers on a speakerphone: five starts went 117-231 ms early at confidence
0.93-1.00, where the phone pass had four of them within 70 ms (a skateboard's clack did the same on
``ny_flite_skateboard_plain``, -21 -> -194 ms).  Two kinds of sound before a start are no voice running on into
its first word, whatever their source:

* **a noise that died away before the voice rose** (:func:`dies_before_the_voice`): a crunch rises to the voice's
  level in a frame and decays; a valley :data:`VALLEY_DB` under both the sound before it and the voice after it lies
  between them, where the start is (``oy_real_crisps_srt``: a crunch 40.15 s at -24 dB, a valley of -46 to -52 dB
  for 60 ms, the voice at -27 dB from 40.31 s; a crunch ending 10 ms after the phone pass's start, quiet for 50 ms,
  the voice after it).  A voice's opening consonant runs into its vowel with no such valley (a fricative's hiss
  straight into the vowel; a stop's burst 10 dB over the dip before its vowel).  Only a valley that begins by
  :data:`VALLEY_BY` after the phone pass's start counts: a stop's closure later in the first word (a late start on
  "At ...") is the word's own.
* **a sound held flat under the voice's onset** (:func:`held_under_the_voice`): a touch tone (two pure tones, DTMF)
  holds its level to a few tenths of a dB frame after frame, and the voice rises over it where it begins
  (``oy_real_keypad_vtt_avi``: -28.7 dB for 140 ms, then the voice rising to -15 dB).  A voice's frames swing with
  its syllables; a start is carried back at most to where such a held sound gave way to the rise.

* **unvoiced sound longer than the line's first sound can be** (:func:`no_longer_unvoiced_than_its_opening`, the
  fifty-fourth round): the transcript says what the line opens with.  A line opening on a vowel, a nasal, a liquid
  or a glide ("Your ...", "Nobody ...") has no unvoiced sound before its voice but the breath of its onset, nor
  one opening on a voiced stop or fricative ("But ...", "The ...") more than its burst or its devoiced start:
  VOICED_OPENING_LEAD; one opening on a voiceless stop ("Press ...") its burst and aspiration, at most
  VOICELESS_STOP_LEAD; only a hiss (/s/, /f/, /h/, an affricate) may run on unvoiced for longer.  Unvoiced sound
  before that is another source's, however unbroken: a lighter's flint struck 0-150 ms before the voice with its
  flame's roar under the line's first words (``zy_real_lighter_page``, the forty-seventh set's look: three starts
  the phone pass had at -43..+5 ms carried to -110..-132 ms, unflagged at 0.97-1.00), an office chair's gas lift
  hissing into "Press 0 ..." (``yy_real_gaslift_page``, -142 ms).  The start is carried at most to that far before
  the first voiced frame.  A start the phone pass itself put earlier than Whisper had it is judged alike
  (:func:`.boundaries.phone_starts_as_openings_allow`).

A tone held over the line's own pitch and a pulse train are :mod:`.foreign_sounds`'; this module reads the whole-band
envelope once per carried start, and the spectrum of a fall it reads as a ring once.
"""

from __future__ import annotations

from typing import Optional

import numpy as np

from ..audio import Audio
from ..language import is_english
from .activity import HOP, Envelope
from .pronounce import HISSES
from .sibilant_ends import language_word_variants, spoken_tokens
from .voice_edges import unvoiced_lead, voiced

#: A valley this far (dB) under both the loudest sound before it and the loudest after it: the crunches' 22-30 dB, a
#: stop's burst over the dip before its vowel about 10.
VALLEY_DB = 15.0
#: ... read over this many frames running (its loudest: a single low frame is no valley).
VALLEY_FRAMES = 2
#: The noise before the valley lasts at least this long (s): the crunches and the clack 0.14-0.18 s; a short first
#: syllable before its stop's closure is too short to be read as voiced or not (:func:`.voice_edges.voiced`).
NOISE_FOR = 0.06
#: The valley begins no later than this (s) after the phone pass's start ...
VALLEY_BY = 2 * HOP
#: ... and the voice after it is read up to this long (s) after that start.
VOICE_LOOK = 0.1
#: A held sound keeps its level within this range (dB) ...
HELD_RANGE_DB = 1.0
#: ... for at least this long (s): the touch tones 120-140 ms at 0.1-0.7 dB.
HELD_FOR = 0.08
#: ... and the voice rises at least this much (dB) over it within RISE_WITHIN (s) of its end: the keys' 14-16 dB.
RISE_DB = 8.0
RISE_WITHIN = 0.06
#: A ring's fall never rises by more than this (dB) from one frame to the next (the mugs': 0.0-0.6 over noise) ...
RING_JITTER_DB = 1.0
#: ... begins within this long (s) of where the sound begins (its knock's first frames are the loudest) ...
RING_FROM = 2 * HOP
#: ... runs on at least this long (s) and falls at least RING_FALL_DB over it: the mugs' 0.1-0.2 s and 8-14 dB; a
#: stop's burst dies in 20-40 ms.
RING_FOR = 0.08
RING_FALL_DB = 6.0
#: A ring's power lies over RING_OVER_HZ, this share of it or more, after its knock (RING_FROM): the mugs' glaze
#: on 1.1-1.5 kHz.  A voice's first syllable falling into a nasal or a closure ("In the end ...", "Por favor ...")
#: holds its power in its fundamental and first formant, under 1 kHz -- read on the true starts of every built
#: set, with the phone pass's start put 50-100 ms late, 25-34 such falls were read as rings without this.
RING_OVER_HZ = 1000.0
RING_BRIGHT_SHARE = 0.7
#: A line opening on a hiss (:data:`.pronounce.HISSES`) may run on unvoiced before its voice as long as that hiss
#: lasts; one opening on a voiceless stop at most VOICELESS_STOP_LEAD (s): an English /p t k/'s burst and aspiration
#: (a voice onset time of 50-100 ms, read slowly).
VOICELESS_STOPS = frozenset("P T K".split())
VOICELESS_STOP_LEAD = 0.12
#: A line opening on anything else -- a vowel, a nasal, a liquid, a glide, a voiced stop (its burst and a lag of
#: 0-25 ms), a /ð/ or a /v/ -- runs unvoiced at most this long (s) before its first voiced frame: the breath of a
#: soft onset, a voiced consonant's devoiced start after a pause, and the 20-30 ms a voicing reading's 40 ms window
#: needs to find the voice.
VOICED_OPENING_LEAD = 0.05
#: The first voiced frame is looked for up to this long (s) after the phone pass's start.
VOICED_BY = 0.3


def dies_before_the_voice(audio: Audio, env: Envelope, edge: float, carried: float) -> bool:
    """Whether the sound from ``carried`` to the phone pass's start ``edge`` is noise (not voiced on median,
    :func:`.voice_edges.voiced`, and NOISE_FOR or longer) that died away into a valley (VALLEY_DB under the loudest
    sound before it and the loudest up to VOICE_LOOK after ``edge``) beginning by VALLEY_BY after ``edge``: it is no
    voice running on into the line.  A voiced sound before such a valley is a first syllable before its stop's
    closure ("A|ccording": the phone pass starting in the /@/, the /k/'s closure 30 dB deep after it)."""
    a, last, b = env.frame(carried), env.frame(edge + VALLEY_BY), env.frame(edge + VOICE_LOOK)
    db = env.db
    for f in range(a + 1, min(last, b - VALLEY_FRAMES) + 1):
        valley = float(db[f:f + VALLEY_FRAMES].max())
        before, after = float(db[a:f].max()), float(db[f + VALLEY_FRAMES:b + 1].max())
        if (min(before, after) - valley >= VALLEY_DB and f * HOP - carried >= NOISE_FOR
                and not voiced(audio, carried, f * HOP)):
            return True
    return False


def held_under_the_voice(env: Envelope, edge: float, carried: float) -> Optional[float]:
    """Where a sound held flat from ``carried`` (HELD_RANGE_DB for HELD_FOR or longer) gives way to a rise of
    RISE_DB within RISE_WITHIN, up to VOICE_LOOK after ``edge`` (the phone pass may start a line inside the held
    sound): the voice's onset over a held tone (s); None: the sound before ``edge`` is held nowhere so."""
    a, b = env.frame(carried), env.frame(edge + VOICE_LOOK)
    db = env.db
    need = int(round(HELD_FOR / HOP))
    rise = int(round(RISE_WITHIN / HOP))
    f = a
    while f + need <= b:
        g = f + 1
        while g < b and db[f:g + 1].max() - db[f:g + 1].min() <= HELD_RANGE_DB:
            g += 1
        if g - f >= need and float(db[g:g + rise].max(initial=-np.inf)) - float(db[f:g].mean()) >= RISE_DB:
            return g * HOP
        f = g
    return None


def rings_down_into_the_voice(audio: Audio, env: Envelope, edge: float, carried: float) -> Optional[float]:
    """Where a sound that begins at ``carried`` and falls steadily from its first frames (RING_FROM) -- never rising
    RING_JITTER_DB from a frame to the next, for RING_FOR or longer and by RING_FALL_DB or more, on to a frame or
    less before the phone pass's start ``edge``, its power over RING_OVER_HZ after its knock -- gives way to a rise
    of RISE_DB up to VOICE_LOOK after ``edge``: the voice's onset after a struck object's ring (s); None: no such
    fall runs from the sound's start to the edge."""
    a, b = env.frame(carried), env.frame(edge + VOICE_LOOK)
    db = env.db
    if b - a < 2:
        return None
    top = a + int(np.argmax(db[a:min(b, a + int(round(RING_FROM / HOP)) + 1)]))
    low = top
    while low + 1 < b and db[low + 1] - db[low] < RING_JITTER_DB and db[low + 1] <= db[top]:
        low += 1
    low = top + int(np.argmin(db[top:low + 1]))  # the fall's quietest frame: where it gave way
    fell = float(db[top] - db[low])
    if (low - top) * HOP < RING_FOR or fell < RING_FALL_DB or low * HOP < edge - HOP:
        return None
    if float(db[low:b + 1].max()) - float(db[low]) < RISE_DB:
        return None
    if _share_over(audio, top * HOP + RING_FROM, low * HOP, RING_OVER_HZ) < RING_BRIGHT_SHARE:
        return None
    return low * HOP


def _share_over(audio: Audio, t0: float, t1: float, hz: float) -> float:
    """The share of the power in [t0, t1] that lies over ``hz`` (0.0 for a span too short to read)."""
    x = audio.float32(t0, t1).astype(np.float64)
    if len(x) < 64:
        return 0.0
    power = np.abs(np.fft.rfft((x - x.mean()) * np.hanning(len(x)))) ** 2
    over = np.fft.rfftfreq(len(x), 1.0 / audio.sample_rate) >= hz
    total = float(power.sum())
    return float(power[over].sum()) / total if total > 0 else 0.0


def carried_start(audio: Audio, env: Envelope, edge: float, carried: float, text: str = "",
                  language: str = "en") -> float:
    """How far a start at ``edge`` (the phone pass's) may be carried back towards ``carried`` (where the sound
    before it begins): not at all over a sound that died away before the voice rose, only to where a sound held
    under the voice's onset, or a struck object's ring fading into it, gave way to it, and over no more unvoiced
    sound than the line's ``text`` in ``language`` opens with (the module's docstring)."""
    if carried >= edge:
        return carried
    if dies_before_the_voice(audio, env, edge, carried):
        return edge
    held = held_under_the_voice(env, edge, carried)
    if held is None:
        held = rings_down_into_the_voice(audio, env, edge, carried)
    carried = carried if held is None else min(edge, held)
    return no_longer_unvoiced_than_its_opening(audio, env, edge, carried, text, language)


def no_longer_unvoiced_than_its_opening(audio: Audio, env: Envelope, edge: float, carried: float, text: str,
                                        language: str) -> float:
    """``carried`` (a start carried back from the phone pass's ``edge``), or later: no earlier than the unvoiced
    lead the line's first phone allows (:func:`unvoiced_opening`) before the first voiced frame after it
    (:func:`.voice_edges.unvoiced_lead`, up to VOICED_BY after ``edge``), never later than ``edge``.  Unchanged where
    the opening is not known, may be a hiss, or nothing is voiced there."""
    if carried >= edge:
        return carried
    allowed = unvoiced_opening(text, language)
    if allowed is None:
        return carried
    lead = unvoiced_lead(audio, env, carried, edge + VOICED_BY)
    if lead is None or carried + lead >= edge + VOICED_BY - HOP:
        return carried  # nothing voiced by then: a whisper, a voice under noise -- not known
    return min(edge, max(carried, carried + lead - allowed))


def unvoiced_opening(text: str, language: str) -> Optional[float]:
    """How long (s) the line ``text`` may run unvoiced before its voice, by its first phone (:func:`opening_phones`):
    VOICED_OPENING_LEAD, VOICELESS_STOP_LEAD, or None where one of its pronunciations opens with a hiss or it cannot
    be told."""
    firsts = opening_phones(text, language)
    if not firsts or firsts & HISSES:
        return None
    return VOICELESS_STOP_LEAD if firsts & VOICELESS_STOPS else VOICED_OPENING_LEAD


def opening_phones(text: str, language: str) -> Optional[set[str]]:
    """The first phone of the line's first spoken word in each of its pronunciations: CMUdict's in English (from its
    spelling when it is not listed), elsewhere espeak-ng's voice for ``language`` mapped to ARPAbet, as the phone pass
    reads the word; None where that cannot be told (no word, no dictionary, no voice)."""
    if is_english(language):
        from .pronounce import cmudict_lookup, letters_to_arpabet

        tokens = spoken_tokens(text)
        if not tokens:
            return None
        try:
            listed = cmudict_lookup(tokens[0]) or [letters_to_arpabet(tokens[0])]
        except (ImportError, OSError):
            return None
        return {p[0] for p in listed if p} or None
    variants = language_word_variants(text, language, 0)
    return {p[0] for p in variants or () if p} or None
