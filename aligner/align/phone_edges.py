"""Word edges in the signal: where a word the phone pass placed really starts or stops.

Where speech meets silence the HMM's edge is too wide, on both sides: a frame
is analysed over 25.6 ms of audio and its features carry the cepstral change
over the three frames on either side (deltas), so the frames that merely
*reach* the onset of a word already look like speech, and so do those still
reaching back to a word's last sound.  Measured on exactly known speech, words
began 26 ms early and ended 22 ms late on median (a stop's silent closure up
to 50 ms), whatever the sub-frame position of the onset.  So every edge next
to silence is moved inwards to where the sound actually starts or stops in a
fine (5 ms) energy envelope, relative to the background of that very silence
(:func:`tighten_edge`), at most as far as that analysis context reaches, or
past a pause the HMM swallowed together with a breath or a click.  A pause the
HMM gave to a word instead of its silence model, with no silence in the path
at all ("minutes, | the": the comma's pause taken for /dh/), is put back between
the two words (:func:`split_at_pause`), and so is a pause that lies away from
the HMM's edge, after a word's faint tail (:func:`_pause_off_the_edge`).

Under rain, a clock or typing the 5 ms envelope holds clicks: a droplet stands 10-25 dB over the bed for a few
ms, which read as a word's first sound and leave no pause quiet for long enough.  Over such a background
(:func:`clicky`) edges are judged on the envelope without them (:func:`lasting_db`), and a word's last sound that
the HMM gave the silence is followed on (:func:`held_last_sound`).

The phone pass (:mod:`.phonetic`) calls these on each chunk's words, in the chunk's own samples (16 kHz);
times are seconds from the chunk's first sample.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ..audio.band import band_of
from .pronounce import AFFRICATES, HIGH_FRICATIVES, STOPS
from .silent_onsets import CLOSURE_PHONES, closes_on_silence

SAMPLE_RATE = 16000  #: pocketsphinx's en-us model hears 16 kHz audio; every chunk is resampled to it

#: How far a frame "sees" beyond its own start: its analysis window (pocketsphinx's wlen, 25.6 ms)
#: and the +-3 frames its delta features span.  A word edge next to silence can be that much too
#: wide, so it is moved inwards at most this far (s).
SILENCE_EDGE_REACH = 0.0256 + 0.03 + 0.05
#: The fine envelope used to place such an edge: 5 ms windows every 1 ms; an edge is where it rises
#: this far (dB) over the silence's own level (or 15% of the way to the word's level, if more)
#: and stays there for most of _SUSTAIN seconds.
_FINE_WIN, _FINE_HOP = 80, 16
EDGE_OVER_FLOOR = 6.0
#: Only where the word rises at least this far (dB) over the silence beside it: a word's weakest
#: first or last sounds (a soft "h", a fading "s") lie some 25-30 dB under its loudest, so over a
#: louder background the envelope would cut them off, while the HMM still hears them by their
#: spectrum (measured: with pink noise 15 dB under the speech, ends moved 13 ms further early).
EDGE_MIN_RANGE = 30.0
#: A pause inside what the HMM gave a word, before the word's strong part, is not the word: at least
#: this long (s) at the background's level ...
QUIET_RUN = 0.06
#: ... at a word's end this long: a final stop's closure (up to ~120 ms, its release often buried in
#: noise) is part of the word, the pause before a breath or a click after it is longer.
QUIET_RUN_END = 0.15
#: A final fricative after a stop ("doubts", "facts", "stops"): the stop's closure lies between the vowel and the
#: hiss, its burst at the hiss's start, and on slow speech it lasts up to this long (s; flite ``kal`` x0.7's "doubts"
#: 180 ms from the vowel to the burst): the bar ``boundaries.CLOSURE_MAX`` and ``cut_short_words.CLOSURE_MAX`` draw
#: between a dip inside a word and a pause.
STOP_CLOSURE_MAX = 0.2
#: ... looked for this far (s) from the HMM's edge, up to the first sound within this many dB of the word's peak.
GAP_SCAN = 0.6
STRONG_BELOW_PEAK = 12.0
#: Below this (dB from background to the word's peak) the energy says nothing about edges.
GAP_MIN_RANGE = 15.0
_SUSTAIN = 0.01
#: A quiet stretch at least this long (s) between two words the HMM joined is a pause (see split_at_pause) ...
JOINED_PAUSE = QUIET_RUN
#: ... next to a stop, whose silent closure is part of the word, this long (as at a word's end, QUIET_RUN_END).
JOINED_CLOSURE = QUIET_RUN_END
#: ... and the HMM's edge between them may lie inside the neighbour's fading sound, which is loudest within
#: this long (s) of the edge.
NEIGHBOUR_PEAK = 0.01
#: A pause away from the edge: sound this far (dB) under the two words' loud parts is not heard as either word
PAUSE_UNDER_PEAK = 30.0
#: ... and the sound between the HMM's edge and the pause must stand this far under the loudest of the word on the
#: pause's other side (it is the fading neighbour, not that word's own first syllable).
NEIGHBOUR_BELOW_PEAK = 6.0
#: A bed that comes and goes (thunder rolling, a chime ringing on, a kettle) may lie over the chunk's quietest tenth
#: where two words meet: the quietest JOINED_PAUSE near their edge is then the pause's own level when it lies at least
#: this far (dB) under both words' loud parts (a word's weakest sounds lie 25-30 dB under its loudest, EDGE_MIN_RANGE;
#: a nasal's murmur, a voiced fricative 10-25) -- see :func:`bed_at_the_edge`.
BED_UNDER_WORDS = 25.0
#: ... leaving each word at least this long (s: three 10 ms frames, the HMM's own shortest phone)
MIN_WORD = 0.03
#: Nasals: a final fricative after one may begin after a short closure (:func:`_hiss_onset`).
_NASALS = frozenset("M N NG".split())
#: Voiceless fricatives (and /z/, /zh/, often devoiced): weak (/f/, /th/, /h/) or with their energy above a
#: telephone's band (/s/, /sh/), so they may be as quiet as a pause.  Voiced /dh/, /v/ keep their voicing.
_QUIET_FRICATIVES = frozenset("F TH HH S Z SH ZH".split())
#: A final stop's release: sound above this frequency (Hz), starting within RELEASE_REACH (s) after the
#: word's end and lasting at most RELEASE_LONGEST (s), belongs to the word (see past_release).
RELEASE_BAND = 2000.0
RELEASE_REACH = 0.08
RELEASE_LONGEST = 0.05
RELEASE_OVER_FLOOR = 4.0
#: ... after at least this many ms (fine windows) of quiet right after the end: the closure, or what the HMM
#: left of it.  Sound that runs on from the word is its own (a fricative, a reverberation tail): the HMM or
#: the envelope already judged it.
RELEASE_CLOSURE = 3
#: A final fricative with its noise above a narrow band's top (pronounce.HIGH_FRICATIVES) may run on past the
#: HMM's end in sound above FRICATIVE_BAND (Hz) ...
FRICATIVE_BAND = 1500.0
#: ... at least this far (dB) over the pause's own level in that band, for at most FRICATIVE_REACH (s)
#: (a final /s/ lasts 0.1-0.25 s), and it must fall back to that level before the pause ends.
FRICATIVE_OVER_FLOOR = 8.0
FRICATIVE_REACH = 0.3
#: The pause's level in that band is read over this long (s) after the end (into the next word, when the pause
#: is shorter: its quietest tenth is still the pause).
FRICATIVE_FLOOR_LOOK = 0.6
#: Audio is narrow-band around a word when, above NARROW_TOP (Hz), the word's last WIDE_LOOK (s) stand less
#: than WIDE_OVER_FLOOR (dB) over the pause after it.  Measured: 8 kHz WAV prompts +1 dB, the GSM-coded dev
#: prompts +6 to +10 (the codec's leakage, 60 dB under full scale), wideband speech in a reverberant room +29.
NARROW_TOP = 4200.0
WIDE_LOOK = 0.25
WIDE_OVER_FLOOR = 20.0
#: Where the word's sound above NARROW_TOP stands less than this (dB) over the pause (as :func:`_narrow_band` reads
#: it), the voice has nothing there at all -- what lies up there is noise laid on after the band was cut, a disc's
#: surface hiss, the noise of a room the recording was played in -- and a fricative's hiss is read from
#: FRICATIVE_BAND up to NARROW_TOP only (:func:`_hiss_band`): counted with the hiss, that noise only lifts the band's
#: floor under it.  The same noise under the word and in the pause reads 1-2 dB here (the median of a noise's 5 ms
#: windows over their tenth percentile: a lacquer disc's surface under 8 kHz takes 1.0-2.0 dB, 8 kHz prompts under a
#: murmur -1 dB); a voice that keeps something up there reads more -- the G.722 takes' /s/ under rain 9-16 dB, the
#: GSM-coded prompts' leakage 6-10 (j25) -- and its hiss is read over the whole band above FRICATIVE_BAND, as before.
#: The disc's hiss, flat from 2 to 8 kHz (``cx_real_disc_srt``), has about 60 % of its power over NARROW_TOP: above
#: FRICATIVE_BAND what the 8 kHz take kept of the /z/ of "forwards" stood at most 5.6 dB over the band's floor and
#: the last 0.1 s of "arrives" 4-8 dB, under FRICATIVE_OVER_FLOOR, and both lines ended 101 ms early; up to
#: NARROW_TOP they stand 7-12 dB over it.
NOTHING_ABOVE_DB = 3.0
#: Fine windows (1 ms apart) averaged when judging a hiss (here and in :mod:`.hissed_gaps`).
HISS_SMOOTH = 20
#: A droplet of rain, a clock's tick, a key's click: broadband sound a few ms long, at most about this long (s) in
#: the fine envelope (its 5 ms window included).  Speech lasts longer -- a stop's burst runs on into its aspiration
#: and vowel -- so an edge is judged on the envelope with such clicks taken out (:func:`lasting_db`): under rain a
#: droplet every few ms otherwise reads as the word's first sound and hides the pause before the word.
CLICK_LONGEST = 0.012
#: Only over a background of clicks, though: there this share of the fine windows stand CLICK_OVER_DB (dB) over
#: the envelope without clicks (measured in the dev talks' pauses: rain 6.7-25 %, a clock or typing in the pauses
#: they fall in; pink noise, a fan, a murmur, babble, a cafe and rooms' tails at most 1 %).  Elsewhere a median
#: also smooths away the short peaks a weak last sound under babble keeps over the bar (j73: a "greetings" whose
#: /z/ was then taken for a pause, ended 0.27 s early).
CLICK_OVER_DB = 6.0
CLICKY_SHARE = 0.03
#: An end is followed (:func:`held_last_sound`) only where the background without its clicks is also steady: its
#: 10th to 90th percentile within this many dB (in those pauses: rain 4.9-14.5 dB; a second talker in the pause,
#: whose syllables pass the share above too, 18.8-35.6 dB: its voice rises and falls, and ends followed into it went
#: late, ``rd23_real_xtalk_espeak20`` +123 -> +203 ms, ``rd23_espeak_xtalk_edges_fest`` +103 -> +212 ms).
STEADY_BED = 16.0
#: ... judged over the silence beside the word when it has at least this many windows (else over the stretch the
#: edge is looked for in: the chunk may be cut right at the word)
MIN_CLICKY_LOOK = 100


def fine_db(audio: np.ndarray, a: float, b: float) -> tuple[np.ndarray, np.ndarray]:
    """(window centres in s, energy in dB) of 5 ms windows every 1 ms over [a, b]."""
    i0 = max(0, int(a * SAMPLE_RATE) - _FINE_WIN // 2)
    i1 = min(len(audio), int(b * SAMPLE_RATE) + _FINE_WIN // 2)
    if i1 - i0 < _FINE_WIN:
        return np.zeros(0), np.zeros(0)
    x = audio[i0:i1].astype(np.float64)
    c1 = np.concatenate([[0.0], np.cumsum(x)])
    c2 = np.concatenate([[0.0], np.cumsum(x * x)])
    starts = np.arange(0, len(x) - _FINE_WIN + 1, _FINE_HOP)
    mean = (c1[starts + _FINE_WIN] - c1[starts]) / _FINE_WIN
    # each window's own DC removed: an offset or a slow swell of the speech next to it is not sound here
    power = np.maximum((c2[starts + _FINE_WIN] - c2[starts]) / _FINE_WIN - mean * mean, 0.0)
    return (i0 + starts + _FINE_WIN / 2) / SAMPLE_RATE, 10.0 * np.log10(power + 1e-12)


def lasting_db(db: np.ndarray) -> np.ndarray:
    """The fine envelope ``db`` without sound shorter than :data:`CLICK_LONGEST`: a running median over twice that
    long.  A median drops a burst shorter than half its span and keeps a step (a word's onset, its end) where it is,
    so edges of sound that lasts are not moved."""
    half = int(round(CLICK_LONGEST * SAMPLE_RATE / _FINE_HOP))
    if len(db) < 2 * half + 1:
        return db
    padded = np.pad(db, half, mode="edge")
    return np.median(np.lib.stride_tricks.sliding_window_view(padded, 2 * half + 1), axis=1)


def clicky(db: np.ndarray) -> bool:
    """Whether the fine envelope ``db`` of a background is one of clicks (rain, a clock, typing): see
    :data:`CLICKY_SHARE`."""
    return len(db) > 0 and float(np.mean(db - lasting_db(db) > CLICK_OVER_DB)) >= CLICKY_SHARE


def steady_bed(db: np.ndarray) -> bool:
    """Whether the background ``db`` is steady once its clicks are taken out: see :data:`STEADY_BED`."""
    lasting = lasting_db(db)
    return len(db) > 0 and float(np.percentile(lasting, 90) - np.percentile(lasting, 10)) <= STEADY_BED


def tighten_edge(audio: np.ndarray, edge: float, other: float, quiet: tuple[float, float], step: int,
                  background: Optional[float] = None, pause: Optional[float] = None,
                  weak_start_lifted: bool = False) -> float:
    """Move a word edge next to silence inwards to where its sound really starts (step +1) or stops (-1).

    ``other`` is the word's opposite edge, ``quiet`` the silence the HMM put beside
    it.  The background level is read from that silence (away from the edge, which
    the HMM may have cut too wide), the speech level from the word; the edge goes to
    the first (last) fine window clearly above the background, within
    ``SILENCE_EDGE_REACH`` of where the HMM put it.  When the HMM gave the word a
    pause as well (a breath or click, then quiet, then the word), the edge goes past
    the pause to the word's own sound, up to ``GAP_SCAN`` away.  Sound at the edge
    with no pause behind it (a breath running into the word) keeps the edge.
    ``background``: the chunk's own background level (dB), used when the silence
    beside the word is too short to measure (a chunk cut just before the word).
    ``pause``: move the edge only past a pause at least this long (s), never onto a
    weak sound (for an edge the HMM put against another word, see :func:`split_at_pause`).
    ``weak_start_lifted``: the talk's pauses were lifted by a compressor's make-up gain
    (:mod:`.lifted_pauses`), and a word's weak first sound with them (it is heard at the
    pause's gain, the voice's loud part turned down): a start (step +1) then goes onto the
    envelope however little the word stands over the pause (``EDGE_MIN_RANGE`` guards a
    weak sound buried under a background that was *added*, not lifted with it).
    """
    q0, q1 = quiet
    # never past the word's other edge (the scan stops at its strong part anyway)
    if step > 0:
        floor_span = (q0, min(q1, edge) - SILENCE_EDGE_REACH)
        lo, hi = edge, min(edge + GAP_SCAN, other - 0.02)
    else:
        floor_span = (max(q0, edge) + SILENCE_EDGE_REACH, q1)
        lo, hi = max(edge - GAP_SCAN, other + 0.02), edge
    if hi - lo < 0.005:
        return edge
    _, quiet_db = fine_db(audio, *floor_span) if floor_span[1] - floor_span[0] >= 0.03 else (None, np.zeros(0))
    w0, w1 = (edge, other) if step > 0 else (other, edge)
    _, word_db = fine_db(audio, w0, w1)
    if not len(word_db) or (not len(quiet_db) and background is None):
        return edge  # too little silence to know its level
    floor = float(np.median(quiet_db)) if len(quiet_db) else background
    loud = float(np.percentile(word_db, 95))
    if loud - floor < GAP_MIN_RANGE:
        return edge  # speech barely over the background: nothing to tell by energy
    # Over a louder background the word's weak first/last sounds may be buried: the edge is then
    # only moved past a pause (a stretch at the background's own level), never onto a weak sound.
    gap_only = pause is not None or (loud - floor < EDGE_MIN_RANGE and not (weak_start_lifted and step > 0))
    thr = floor + max(EDGE_OVER_FLOOR, 0.15 * (loud - floor))
    times, db = fine_db(audio, lo - _SUSTAIN - CLICK_LONGEST, hi + _SUSTAIN + CLICK_LONGEST)
    if clicky(quiet_db if len(quiet_db) >= MIN_CLICKY_LOOK else db):
        db = lasting_db(db)  # a droplet or a tick is neither the word's sound nor the end of a pause
    above = db > thr
    n = int(round(_SUSTAIN * SAMPLE_RATE / _FINE_HOP))
    order = [i for i in range(len(times)) if lo <= times[i] <= hi]
    if step < 0:
        order.reverse()
    if pause is not None:
        # An edge against another word may lie inside that word's last (first) sound as it fades into the
        # pause: loudest at the edge, within the HMM's reach.  Sound that swells after the edge is this word's.
        skip = next((k for k, i in enumerate(order) if not above[i]), len(order))
        if skip == len(order) or abs(times[order[skip]] - edge) > SILENCE_EDGE_REACH:
            return edge
        if skip and int(np.argmax(db[order[:skip]])) > NEIGHBOUR_PEAK * SAMPLE_RATE / _FINE_HOP:
            return edge
        order = order[skip:]
    # Only up to the word's strong part (a vowel): a stop's closure later in the word is not a pause.
    strong = next((k for k, i in enumerate(order) if db[i] >= loud - STRONG_BELOW_PEAK), len(order))
    # A pause the HMM gave the word (background level for QUIET_RUN or more: a stop's closure, the gap
    # after a breath or a click, the noise a fricative was matched to) is not part of it: look past the
    # last such pause.  Without one, the edge moves at most SILENCE_EDGE_REACH.
    first, quiet_len = 0, 0
    q_run = int(round((pause or (QUIET_RUN if step > 0 else QUIET_RUN_END)) * SAMPLE_RATE / _FINE_HOP))
    for k, i in enumerate(order[:strong]):
        quiet_len = 0 if above[i] else quiet_len + 1
        if quiet_len >= q_run:
            first = k + 1
        if pause is not None and above[i]:
            break  # against another word only a pause right at the edge counts: past it lies this word's own sound
    if gap_only and not first:
        return edge
    reach = GAP_SCAN if first else SILENCE_EDGE_REACH
    for i in order[first:]:
        if abs(times[i] - edge) > reach:
            break
        # sound, not a flicker of the background: it goes on (inwards) for most of the next 10 ms
        run = above[i:i + n] if step > 0 else above[max(0, i - n + 1):i + 1]
        if above[i] and run.mean() >= 0.8:
            # the first 5 ms window over the threshold has just reached the onset with its leading edge;
            # to the millisecond (the envelope's step: finer digits would be noise, and times typed
            # by hand with three decimals must compare equal)
            return round(float(times[i] + step * _FINE_WIN / SAMPLE_RATE / 2), 3)
    return edge


def split_at_pause(audio: np.ndarray, a: list, b: list, a_phones: Sequence[str], b_phones: Sequence[str],
                    background: Optional[float]) -> None:
    """Two words the HMM joined, with a pause between them in the audio: put the pause between them.

    The search may give a pause to a word rather than to its silence model, most
    of all to a word that begins with a weak sound: "the" after a comma took the
    whole comma's pause ("minutes, the": 235 ms early on exactly known speech),
    as the silence of a clean recording or the noise of a noisy one fits its
    /dh/ about as well.  With no silence between the two words in the path, the
    edge was left where the HMM put it.  So: a stretch at the background's level
    at the start of the later word, before its strong part, is a pause, and the
    word starts at the sound after it; likewise at the end of the earlier word.
    The quiet must begin at the edge: further in it is the word's own (the
    closure after the first vowel of "except").  How long it must be depends on
    the sound beside it: ``JOINED_PAUSE``, or ``JOINED_CLOSURE`` next to a stop
    (its silent closure is part of the word; on a slow word a longer quiet before its stop too, by the
    word's own pace, :func:`_own_closure`); never between two stops (two
    closures in a row).  The other word's edge then lies next to a pause and is tightened as
    one beside the HMM's own silence.  A word opening with a quiet fricative
    starts after the quiet only where its hiss's band is quiet there too
    (:func:`_pause_before_hiss`).  Where no pause is found at the chunk's
    floor and a bed lifts the quiet where the words meet, the pause is read
    again at the bed's level (:func:`bed_at_the_edge`).  ``a``, ``b``: [start,
    end, confidence], changed in place.
    """
    if background is None or not a_phones or not b_phones or (a_phones[-1] in STOPS and b_phones[0] in STOPS):
        return  # two stops meeting: the quiet between them is two closures ("public parking")
    edge = (a[1], b[0])
    _split_over(audio, a, b, a_phones, b_phones, background)
    bed = bed_at_the_edge(audio, a, b, background) if (a[1], b[0]) == edge else background
    if bed > background:  # no pause at the chunk's floor, and a bed lifts the quiet at the edge: its pause at its level
        # Only the later word's start moves past it: the earlier word's weak last sound lies as low as such a bed ("twelve
        # | thousand": a final /v/ 25 dB under the words, taken for one, ended "twelve" 65 ms early).  Under a bed a
        # voiced stop's closure is as quiet as a pause, its voice bar buried: a stop's quiet as long as a slow closure.
        b[0] = _later_start(audio, a, b, b_phones, bed, STOP_CLOSURE_MAX)


def _later_start(audio: np.ndarray, a: Sequence[float], b: Sequence[float], b_phones: Sequence[str], background: float,
                 closure: float = JOINED_CLOSURE) -> float:
    """Where the later of two joined words starts when the HMM gave it the pause before it (else where it put it),
    the pause read at ``background`` (dB), a stop's closure at most ``closure`` s."""
    need = _pause_beside(b_phones[0], closure)
    if need is not None:
        start = tighten_edge(audio, b[0], b[1], (b[0], b[0]), +1, background, pause=need)
        return b[0] if b_phones[0] in STOPS and _own_closure(start - b[0], b[1] - start, len(b_phones) - 1) else start
    return _pause_before_hiss(audio, a, b, background) if b_phones[0] in _QUIET_FRICATIVES else b[0]


def _own_closure(quiet: float, rest: float, rest_phones: int) -> bool:
    """Whether a quiet of ``quiet`` s opening (closing) a word that begins (ends) with a stop is that stop's closure by
    the word's own pace: no longer than :data:`.silent_onsets.CLOSURE_PHONES` of the phones after (before) it
    (``rest`` s for ``rest_phones``).  A slow word's closure outlasts the fixed bar (``JOINED_CLOSURE``): "a |
    plan", 230 ms of closure before 200 ms phones, moved "plan" 240 ms late onto its burst."""
    return 0 < quiet <= CLOSURE_PHONES * rest / max(1, rest_phones)


def _split_over(audio: np.ndarray, a: list, b: list, a_phones: Sequence[str], b_phones: Sequence[str],
                background: float) -> None:
    """:func:`split_at_pause` with the pause read at the chunk's ``background`` (dB)."""
    start = _later_start(audio, a, b, b_phones, background)
    if start > b[0]:
        b[0] = start
        if b_phones[0] not in _QUIET_FRICATIVES:  # else the earlier word keeps the HMM's end: its last sound may be
            a[1] = tighten_edge(audio, a[1], a[0], (a[1], start), -1, background)  # as weak ("twelve | thousand")
        return
    need = _pause_beside(a_phones[-1])
    if need is not None:
        end = tighten_edge(audio, a[1], a[0], (a[1], a[1]), -1, background, pause=need)
        if end < a[1]:
            start = tighten_edge(audio, b[0], b[1], (end, b[0]), +1, background)
            if not _closing_closure(a, a_phones, end, start):
                a[1], b[0] = end, start
            return
    _pause_off_the_edge(audio, a, b, a_phones, b_phones, background)


def _closing_closure(a: Sequence[float], a_phones: Sequence[str], end: float, start: float) -> bool:
    """Whether the quiet from ``end`` to ``start`` after word ``a`` (the HMM's [start, end, ...]) is the closure of the
    stop ``a`` ends on, by its own pace (:func:`_own_closure` over the phones before that stop): a slow word's final
    closure outlasts the fixed bar (``JOINED_CLOSURE``) as its opening one does ("at | the", "pipe | last" on festival
    ``kal`` x0.47: 155-180 ms of closure after 190-230 ms phones ended the word 110-130 ms early at its vowel)."""
    return closes_on_silence(a_phones) and _own_closure(start - end, end - a[0], len(a_phones) - 1)


#: A closure is silent until its release: sound standing this far (dB) over a silence's quietest tenth that runs on
#: unbroken into the next word for longer than MIN_WORD (the HMM's shortest phone) is that word's onset already
#: sounding (see :func:`silent_until_the_next_word`).
ONSET_OVER_SILENCE = 6.0


def silent_until_the_next_word(audio: np.ndarray, a: float, b: float) -> bool:
    """Whether the silence the search put from ``a`` to ``b``, between a word ending on a stop and the next word, stays
    silent until the next word begins -- as the stop's closure does -- rather than holding the next word's onset.

    :func:`.silent_onsets.silent_codas` gives such a silence to the first word by its length alone, and the word then
    ends where the search began the next.  A weak voiced onset (a /w/, an /m/ rising out of the closure) may go to the
    silence too: in ``ax_festival_lift_ceiling_dashes`` "last | week" the /t/ was released inside "last", the /w/ rose
    50 ms before the search began "week", and "last" ended 86 ms late there (6 before).  The closures the rule was made
    for ("at | the", "it | was", "last | week" on festival ``kal`` x0.47) stay at the pause's level to within 20 ms of
    the next word's start."""
    times, db = fine_db(audio, a, b)
    if not len(db):
        return True
    above = db > float(np.percentile(db, 10)) + ONSET_OVER_SILENCE
    quiet = np.flatnonzero(~above)
    onset = times[quiet[-1] + 1] if len(quiet) and quiet[-1] + 1 < len(times) else (b if len(quiet) else a)
    return b - onset <= MIN_WORD


def _pause_before_hiss(audio: np.ndarray, a: Sequence[float], b: Sequence[float], background: float) -> float:
    """Where word ``b`` (the HMM's [start, end, ...]), opening with a quiet fricative (``_QUIET_FRICATIVES``), starts
    when the HMM gave it the pause before it: its start, or the same edge.

    A voiceless fricative's hiss may lie under a pause's level in the whole band (a weak /f/ under a bed, an /s/
    above a telephone's band), so the whole band alone never says where it begins.  Its hiss lives above
    ``FRICATIVE_BAND`` (what a telephone keeps of an /s/ too: 15-25 dB over the line's noise, :func:`before_fricative`):
    where that band is quiet for ``JOINED_PAUSE`` from the edge as well, at its own floor there (the chunk's quietest
    tenth in the band, or a bed's level, :func:`bed_at_the_edge`), the quiet is a pause and the word starts where its
    hiss (or, if first, its voice) rises.  The pause stayed with the word after it otherwise ("quality | for" 150 ms
    early on a festival talk).
    """
    start = tighten_edge(audio, b[0], b[1], (b[0], b[0]), +1, background, pause=JOINED_PAUSE)
    if start <= b[0]:
        return b[0]
    high = band_of(audio.astype(np.float64), SAMPLE_RATE, FRICATIVE_BAND)
    _, high_db = fine_db(high, 0.0, len(audio) / SAMPLE_RATE)
    if not len(high_db):
        return b[0]
    floor = bed_at_the_edge(high, a, b, float(np.percentile(high_db, 10)))
    hiss = tighten_edge(high, b[0], b[1], (b[0], b[0]), +1, floor, pause=JOINED_PAUSE)
    return min(start, hiss) if hiss > b[0] else b[0]


def bed_at_the_edge(audio: np.ndarray, a: Sequence[float], b: Sequence[float], background: float) -> float:
    """The level (dB) of the quiet where words ``a`` and ``b`` (the HMM's [start, end, ...], ``b`` starting at their
    edge) meet: the chunk's ``background``, or, where a bed lifts the pause over it, the pause's own level.

    ``background`` is the chunk's quietest tenth.  A bed that comes and goes (thunder, a chime ringing on, a kettle,
    a word's own tail ringing down through a wireless link) can lie 10-20 dB over it where two words meet, and a
    pause there, at the bed's level, then read as sound: the comma's pause stayed the next word's ("expected, | the"
    123-165 ms early on four festival talks).  So the level the quietest ``JOINED_PAUSE`` within the edge rules'
    reach (``SILENCE_EDGE_REACH``) of the edge stays under is that pause's level -- when it lies
    ``BED_UNDER_WORDS`` under both words' loud parts, so no voiced sound of theirs (a nasal, a /v/) is taken for it.
    """
    edge = b[0]
    _, db = fine_db(audio, max(a[0], edge - SILENCE_EDGE_REACH), min(b[1], edge + SILENCE_EDGE_REACH + JOINED_PAUSE))
    n = int(round(JOINED_PAUSE * SAMPLE_RATE / _FINE_HOP))
    _, a_db = fine_db(audio, a[0], a[1])
    _, b_db = fine_db(audio, b[0], b[1])
    if len(db) < n or not len(a_db) or not len(b_db):
        return background
    here = float(np.lib.stride_tricks.sliding_window_view(db, n).max(axis=1).min())
    loud = min(float(np.percentile(a_db, 95)), float(np.percentile(b_db, 95)))
    return here if here > background and loud - here >= BED_UNDER_WORDS else background


def _pause_off_the_edge(audio: np.ndarray, a: list, b: list, a_phones: Sequence[str], b_phones: Sequence[str],
                        background: float) -> None:
    """A pause inside one of two joined words, away from the HMM's edge between them: the edge goes to the pause."""
    needs = [n for n in (_pause_beside(a_phones[-1]), _pause_beside(b_phones[0])) if n is not None]
    if not needs:
        return
    need = max(needs)
    # A quiet fricative may lie under the pause's level (a final /s/ above a telephone's band): that word's edge
    # stays where the HMM put it, and only a pause on the other word's side of the edge moves the other edge.
    a_weak, b_weak = a_phones[-1] in _QUIET_FRICATIVES, b_phones[0] in _QUIET_FRICATIVES
    edge = b[0]
    times, db = fine_db(audio, a[0], b[1])
    if len(db) < 3:
        return
    loud = float(np.percentile(db, 95))
    if loud - background < GAP_MIN_RANGE:
        return
    thr = max(background + EDGE_OVER_FLOOR, loud - PAUSE_UNDER_PEAK)
    n = int(round(_SUSTAIN * SAMPLE_RATE / _FINE_HOP))
    above = np.convolve(db, np.ones(n) / n, mode="same") > thr  # over 10 ms: a flicker of the noise is no sound
    q_run = int(round(need * SAMPLE_RATE / _FINE_HOP))
    runs, k = [], 0
    while k < len(above):
        if above[k]:
            k += 1
            continue
        j = k
        while j < len(above) and not above[j]:
            j += 1
        if j - k >= q_run and k > 0 and j < len(above) and abs(times[k if times[k] > edge else j - 1] - edge) <= GAP_SCAN:
            runs.append((k, j))
        k = j
    if not runs:
        return
    k, j = min(runs, key=lambda r: 0.0 if times[r[0]] <= edge <= times[r[1] - 1] else
               min(abs(times[r[0]] - edge), abs(times[r[1] - 1] - edge)))
    # Sound between the HMM's edge and the pause is a word's fading end (or faint start): weaker than both words'
    # loud parts.  A syllable as loud as them ("of | e-lectricity": the "e" before the closure) is a word's own.
    between = db[:k][times[:k] >= edge] if times[k] > edge else db[j:][times[j:] <= edge]
    if between.max(initial=-200.0) > min(db[:k].max(), db[j:].max()) - NEIGHBOUR_BELOW_PEAK:
        return
    end, start = round(float(times[k - 1] - _FINE_WIN / SAMPLE_RATE / 2), 3), round(float(times[j] + _FINE_WIN / SAMPLE_RATE / 2), 3)
    if a_weak and b_weak or a_weak and start <= edge or b_weak and end >= edge:
        return
    end, start = (a[1] if a_weak else end), (b[0] if b_weak else start)
    if (b_phones[0] in STOPS and end >= edge - _FINE_WIN / SAMPLE_RATE
            and _own_closure(start - edge, b[1] - start, len(b_phones) - 1)):
        return  # the quiet after the edge is the later word's closure, by its own pace ("a | plan")
    if end < edge and _closing_closure(a, a_phones, end, start):
        return  # the quiet before the edge is the earlier word's closure ("at | the")
    if end - a[0] >= MIN_WORD and b[1] - start >= MIN_WORD:
        a[1], b[0] = end, start


def _pause_beside(phone: Optional[str], closure: float = JOINED_CLOSURE) -> Optional[float]:
    """How long a quiet stretch next to this first (last) phone must be to be a pause, or None: never.  ``closure``:
    next to a stop (``JOINED_CLOSURE``; ``STOP_CLOSURE_MAX`` under a bed, see :func:`split_at_pause`)."""
    if phone is None or phone in _QUIET_FRICATIVES:
        return None
    return closure if phone in STOPS else JOINED_PAUSE


def band_db(audio: np.ndarray, a: float, b: float, low_hz: float,
            high_hz: Optional[float] = None) -> tuple[np.ndarray, np.ndarray]:
    """Like :func:`fine_db`, of the sound above ``low_hz`` (and up to ``high_hz``, when given) only (an FFT filter
    over [a, b] and some padding)."""
    pad = 2048
    i0, i1 = max(0, int(a * SAMPLE_RATE) - pad), min(len(audio), int(b * SAMPLE_RATE) + pad)
    if i1 - i0 < _FINE_WIN:
        return np.zeros(0), np.zeros(0)
    high = np.zeros(len(audio), dtype=np.float64)  # only [i0, i1) is read
    high[i0:i1] = band_of(audio[i0:i1].astype(np.float64), SAMPLE_RATE, low_hz, high_hz)
    return fine_db(high, a, b)


#: A word's last sound that the HMM gave the silence goes on at its level: the end follows sound that stays within
#: this many dB of the word's last LAST_HELD seconds.  When a voice stops in a room the level drops by more at once
#: (its direct-to-reverberant ratio: 8-18 dB within 50 ms, :mod:`.last_sound`), so a room's tail is not followed.
HOLD_DB = 8.0
LAST_HELD = 0.05


def held_last_sound(audio: np.ndarray, start: float, end: float, quiet: tuple[float, float]) -> float:
    """Move a word's end on past sound that holds the word's last level, when the HMM gave that sound to the silence.

    Under rain (a droplet every few ms over a soft bed) the HMM's silence fits the patter no worse than the
    word's fading last sound -- a nasal, a long vowel -- and the word ended 150-370 ms before its voice did
    (``rd38_real_rain_dense12``: every end, median -183 ms).  :func:`tighten_edge` only moves an edge inwards.
    Here the end goes on while the envelope without clicks (:func:`lasting_db`: a droplet neither carries the
    end on nor stops it) stays within :data:`HOLD_DB` of the word's last level and over the background as
    tighten_edge reads it; never past the pause the HMM put after the word (``quiet``).  Only where that pause
    is a steady background of clicks (:func:`clicky`, :func:`steady_bed`): in a room the envelope falls from the
    voice into its tail too smoothly for HOLD_DB to tell them apart (``rd28_real_room_large``: ends that were
    right went 0.13-0.57 s late), which :mod:`.last_sound` does octave by octave.
    """
    q0, q1 = quiet
    floor_span = (max(q0, end) + SILENCE_EDGE_REACH, q1)
    if floor_span[1] - floor_span[0] < 0.03 or end - start < LAST_HELD:
        return end
    _, quiet_db = fine_db(audio, *floor_span)
    _, word_db = fine_db(audio, start, end)
    if not len(quiet_db) or not len(word_db):
        return end
    later = quiet_db[len(quiet_db) // 2:]  # the pause's later half: the first may still hold the sound to follow
    if not (clicky(later) and steady_bed(later)):
        return end  # a room's tail, a fan, babble, a second talker: followed (or not) by .last_sound, octave by octave
    floor = float(np.median(quiet_db))
    loud = float(np.percentile(word_db, 95))
    times, db = fine_db(audio, end - LAST_HELD - CLICK_LONGEST, q1 + CLICK_LONGEST)
    db = lasting_db(db)
    last = db[(times >= end - LAST_HELD) & (times < end)]
    if not len(last):
        return end
    held = float(np.median(last))
    thr = max(held - HOLD_DB, floor + max(EDGE_OVER_FLOOR, 0.15 * (loud - floor)))
    half = _FINE_WIN / SAMPLE_RATE / 2
    moved = None
    # from the first window wholly past the end: those reaching back over it hear the word itself
    for i in np.flatnonzero((times >= end + half) & (times < q1)):
        if db[i] < thr:
            break
        moved = float(times[i])
    if moved is None:
        return end
    # the last window still over the bar reaches the sound's end with its trailing edge
    return round(min(q1, moved + half), 3)


def past_release(audio: np.ndarray, start: float, end: float, quiet_end: float, phones: Sequence[str] = (),
                 pace: float = 0.0) -> float:
    """Move a word's end past the release burst of its final stop when the HMM ended the word before it.

    A final /t/, /d/, /k/ ends with a closure (quiet) and a burst of 10-30 ms whose
    energy lies mostly above 2 kHz.  Over a background of noise (pink noise, hum,
    murmur: most of their energy is low) the burst disappears in the broadband
    envelope and the HMM's features, and the word ended at the closure: ends 40-80 ms
    early on noisy synthetic speech, exactly where such bursts were.  Only over such
    a background (less than ``EDGE_MIN_RANGE`` from the word's peak): over a quiet one
    the edge was already put on the sound.  Above
    ``RELEASE_BAND`` the same burst stands well clear of the background.  Only a
    short burst after a closure (quiet right after the end), beginning within
    ``RELEASE_REACH`` and over before the pause goes on, counts: the next word,
    a breath or a click are longer or further.

    A slow voice holds its final stop's closure longer than that reach, and longer than the HMM's frames see
    past silence (``SILENCE_EDGE_REACH``): festival ``kal`` x0.47's "pipe." before a pause, 120 ms of closure after
    260 ms phones, its burst 10 dB over a quiet pause -- the search gave the closure and the burst to the silence and
    the word ended 160-170 ms early at its vowel, on any background.  So for a word ending on a stop (``phones``), a
    burst as far as its closure by its line's pace reaches (``pace``: seconds per phone, the median of the line's
    words, :func:`.phonetic._line_paces`; nothing given: the fixed reach) is looked for too, over a quiet background
    as well.  The line's pace, not the word's own: a word before a pause is drawn out (phrase-final lengthening), a
    short one most ("up." 250 ms for its one vowel, its espeak line at 75 ms phones), while its closure keeps the
    voice's pace -- judged by the word, the reach ran 370 ms into the pause and took a swell of the pause's
    background there for a burst ("... add up." ended 182 ms late, ``rx_espeak_dolby_page_3g2``).

    A quick voice's final stop is looked for over a quiet background too, within the fixed reach: what the
    broadband envelope sees there is 10 ms frames and sound of 20 ms or more (:data:`.quiet_last_sounds.MIN_SOUND`),
    and a stop's burst after its closure is one frame, 7-8 dB over a quiet pause -- flite's "up." (40 ms phones,
    ``ax_flite_tube_plain``): the search gave the 35 ms closure and the 10 ms burst to the silence, the word ended
    at its vowel, 36 ms early, found only while the word's own drawn-out pace had made the closure count as slow.
    """
    stop_final = closes_on_silence(phones)
    slow_closure = stop_final and RELEASE_REACH < CLOSURE_PHONES * pace
    reach = CLOSURE_PHONES * pace if slow_closure else RELEASE_REACH
    reach_end = end + reach
    floor_from = reach_end + 0.02
    if quiet_end - floor_from < 0.05:
        return end  # too little pause after the word to know its background
    _, word_db = fine_db(audio, start, end)
    _, pause_db = fine_db(audio, floor_from, quiet_end)
    if not len(word_db) or not len(pause_db) or not stop_final and \
            float(np.percentile(word_db, 95)) - float(np.median(pause_db)) >= EDGE_MIN_RANGE:
        return end  # a quiet background: the broadband envelope already sees the last sound of a word with no burst
    times, db = band_db(audio, end, quiet_end, RELEASE_BAND)
    if not len(db):
        return end
    quiet = db[times >= floor_from]
    floor = float(np.median(quiet))
    # the background's own 5 ms windows scatter (above 2 kHz, over noise: about 1 dB); a burst stands
    # RELEASE_OVER_FLOOR over the floor, and well clear of that scatter
    spread = float(np.percentile(quiet, 90) - floor)
    above = db > floor + max(RELEASE_OVER_FLOOR, 2.0 * spread)
    n = int(round(_SUSTAIN * SAMPLE_RATE / _FINE_HOP))
    inside = np.flatnonzero((times > end) & (times <= reach_end))
    if not len(inside) or above[inside[:RELEASE_CLOSURE]].any():
        return end  # the sound runs on from the word (a fricative, a reverberation tail): no closure, no release
    onset = next((i for i in inside if above[i] and above[i:i + n].mean() >= 0.8), None)
    if onset is None:
        return end
    stop = onset
    while stop + 1 < len(above) and above[stop + 1]:
        stop += 1
    if times[stop] - times[onset] > RELEASE_LONGEST or times[stop] > reach_end + RELEASE_LONGEST:
        return end  # sound that goes on: not a release
    return round(float(times[stop] + _FINE_WIN / SAMPLE_RATE / 2), 3)


def through_fricative(audio: np.ndarray, end: float, quiet_end: float, phones: Sequence[str]) -> float:
    """Move a word's end to where its final fricative stops, when the HMM gave that fricative to the silence.

    The acoustic model is wideband: its /s/, /sh/, /f/ are noise mostly above 4 kHz.
    Audio recorded or stored narrow-band (8 kHz telephone prompts, GSM, a phone
    line) has nothing there, and what is left of a final fricative -- a flat hiss
    at 2-4 kHz, 25-30 dB under the vowels -- fits the model's silence better than
    its /s/: the word ended at the vowel, 100-230 ms early (the dev Spanish and
    French prompts ending in "-s", "-ce"; the HMM squeezes the /s/ into its last
    three frames).  Its hiss stands clear of the pause in the band above
    ``FRICATIVE_BAND``, where room noise and hum are weak.  So when the word's last
    phone is such a fricative and that band's sound runs on, unbroken from the
    end, at least ``FRICATIVE_OVER_FLOOR`` over the pause's own level and falls
    back to that level within ``FRICATIVE_REACH``, the end goes to where it falls.
    Only on narrow-band audio (:func:`_narrow_band`): on wideband audio the model
    hears the fricative itself, and a hiss after its end is a reverberation tail.
    ``phones``: the word's (its last token's).  A final stop after
    such a fricative ("exist", "ask", "left") is a closure and a burst after the
    same hiss: the HMM gave the hiss to the silence there too ("exist" ended 180 ms
    early on an 8 kHz prompt); the end goes to where the hiss falls, and the
    burst after the closure is :func:`past_release`'s to find.  A final affricate (/jh/, /ch/: ``AFFRICATES``) is a
    closure released into such a hiss, no brief burst: "message." on 8 kHz prompts under a ceiling fan ended
    200-330 ms early (``ax_real_long_mix_mov``), the HMM ending the word inside its vowel and the 100 ms hiss too long
    for :func:`past_release`'s burst; its hiss is followed as a final "-ts" is, past the vowel's run-on and the
    closure (:func:`_after_closure`).  The hiss need not begin at the HMM's end: where
    the HMM gave the sound before the fricative to the silence too, it begins later (:func:`_hiss_onset`); and
    after a nasal ("-ence", "-ance", "-onse") it may begin after a short quiet, the closure a voice makes going from
    the nasal to the hiss (French "conférence." ended 240 ms early on a real 8 kHz prompt, ``gx_fr_real_reactions_w64``:
    the murmur decayed, 30 ms of quiet, then 240 ms of hiss).
    """
    final = phones[-1] if phones else None
    fricative = final in HIGH_FRICATIVES or final in AFFRICATES or (
        final in STOPS and len(phones) > 1 and phones[-2] in HIGH_FRICATIVES)
    # "-ts", "-ks", "-ps"; an affricate ("message", "each") is a closure and a hiss too, in one phone
    after_stop = final in AFFRICATES or (final in HIGH_FRICATIVES and len(phones) > 1 and phones[-2] in STOPS)
    if not fricative or quiet_end <= end:
        return end
    look = max(quiet_end, end + FRICATIVE_FLOOR_LOOK)
    band = _hiss_band(audio, end, look)
    if band is None:
        return end  # the model heard this word's fricative band: a hiss after it is a reverberation tail or noise
    times, db = band_db(audio, end - 0.02, look, *band)
    if len(db) < 40:
        return end
    # a hiss scatters by a few dB from one 5 ms window to the next: judge it over 20 ms
    smooth = np.convolve(db, np.ones(HISS_SMOOTH) / HISS_SMOOTH, mode="same")
    floor = float(np.percentile(db[times >= end], 10))  # the pause's own level in the band
    above = smooth > floor + FRICATIVE_OVER_FLOOR
    after = np.flatnonzero(times >= end)
    if final in STOPS and final not in AFFRICATES:  # the HMM's end is the stop's: the hiss, if any, begins right at it
        onset = int(after[0]) if len(after) and above[after[0]] else None
    else:
        # after a nasal the HMM may end the word inside the nasal's murmur, which holds nothing in the hiss's band
        in_nasal = float(np.median(db[times < end])) < floor + FRICATIVE_OVER_FLOOR
        onset = _hiss_onset(audio, end, times, above, look, len(phones) > 1 and phones[-2] in _NASALS,
                            smooth > floor + NOTHING_ABOVE_DB, in_nasal, after_stop)
    if onset is None:
        return end  # quiet after the end before any hiss: the HMM put it on the sound's edge
    stop = _run_end(above, onset, after_stop)
    if after_stop and onset - after[0] <= HISS_SMOOTH:
        # what ran on from the HMM's end was the sound before the stop, the word cut inside its vowel ("message"
        # under a fan, 8 kHz: the vowel ran on 110 ms, then 40 ms of closure, then 100 ms of the /jh/'s hiss): the
        # hiss is what rises after the closure that follows it
        hiss = _after_closure(above, stop)
        if hiss is not None:
            onset, stop = hiss, _run_end(above, hiss, after_stop)
        elif final in AFFRICATES and not (db[onset:stop + 1] <= floor + NOTHING_ABOVE_DB).any():
            # no closure after what ran on nor inside it (the band back at the pause's level), so no hiss rising
            # out of one: an affricate's hiss is that rise, and what runs on from the HMM's end with none is the
            # hiss the model heard, fading into a room's tail or a codec's noise ("message." ends right to 11 ms
            # followed 50-60 ms into the fade on rx_*, 290 ms into a MiniDisc's noise on bx_real_minidisc_page)
            return end
    if (onset - after[0] > QUIET_RUN * SAMPLE_RATE / _FINE_HOP
            and smooth[onset:stop + 1].max() < smooth[after[0]:onset].min() + FRICATIVE_OVER_FLOOR):
        return end  # begun after a closure it does not rise out of: a faint hiss under noise over the level by chance
    if times[stop] - times[onset] > FRICATIVE_REACH and times[stop] <= quiet_end and onset - after[0] > HISS_SMOOTH:
        # the run goes on into the pause: a hiss rising after a quiet the HMM's end left (a closure, the syllables the
        # HMM gave the silence) may have fallen into a bed louder than the pause's quietest tenth (geese honking
        # between the lines), read against that bed instead.  Not a sound running on from the HMM's end: the model
        # heard that one, and a bed cannot tell the word's own sound from a croak overlapping it (a frog after
        # "... a message." carried +184 ms, hy_real_frogs_plain_avi)
        fallen = _fall_into_bed(smooth, onset, stop, after_stop)
        if fallen is not None:
            stop, floor = fallen
    if stop + 1 == len(above) or times[stop] - times[onset] > FRICATIVE_REACH or times[stop] > quiet_end:
        return end  # sound that goes on: the next word, a breath, noise -- not this word's last hiss
    if times[onset] - end > HISS_SMOOTH * _FINE_HOP / SAMPLE_RATE and not _weaker_than_the_word(audio, end, times,
                                                                                          onset, stop, after_stop):
        return end  # past a murmur, sound as loud as the word: a bird's chirp (sx_real_birds_page), not a hiss
    # the averaging spreads the hiss's edge by half its length: its last window that is itself over the level
    loud = np.flatnonzero(db[onset:stop + 1] > floor + FRICATIVE_OVER_FLOOR)
    if not len(loud) or loud[-1] < HISS_SMOOTH:
        return end  # a few ms: the edge's own leak through the band filter, not a sound the HMM left out
    return round(float(times[onset + loud[-1]] + _FINE_WIN / SAMPLE_RATE / 2), 3)


def _fall_into_bed(smooth: np.ndarray, onset: int, stop: int, after_stop: bool) -> Optional[tuple[int, float]]:
    """Where a final hiss beginning at ``onset`` falls into the bed the run over the pause's level (``smooth``, over
    its quietest tenth) goes on in up to ``stop``: the run's last window and the bed's level, or None when none does.

    Why (j240, issue 7): the pause's level is its quietest tenth over :data:`FRICATIVE_FLOOR_LOOK` or more, and under
    a background that comes and goes -- geese honking 15-21 dB under the voice between the lines -- the sound just
    after a line may lie well over it.  "message." on an 8 kHz prompt (``iy_real_long_mix_vob``): the /jh/'s hiss
    stood 25 dB over the pause's quietest tenth for 100 ms, then fell 15 dB into a bed still 10 dB over it that ran
    on 250 ms more; the run was read as sound that goes on and the line ended where the HMM cut the word, inside
    its first vowel, 487 ms early.  The bed is the run's part past :data:`FRICATIVE_REACH` (no hiss lasts that
    long); the hiss is the run rising (within ``HISS_SMOOTH`` windows of ``onset``) ``FRICATIVE_OVER_FLOOR`` over that
    bed's median, and it counts only where it ends within the reach and nothing in the rest of the run rises over
    the bed so far again (that would be the next word or a noise, not a bed).
    """
    reach = int(round(FRICATIVE_REACH * SAMPLE_RATE / _FINE_HOP))
    if stop - onset <= reach:
        return None
    bed = float(np.median(smooth[onset + reach:stop + 1]))
    above = smooth > bed + FRICATIVE_OVER_FLOOR
    rises = np.flatnonzero(above[onset:onset + HISS_SMOOTH])  # the averaging spreads the hiss's rise by half its length
    if not len(rises):
        return None
    hiss_end = _run_end(above[:stop + 1], onset + int(rises[0]), after_stop)
    if hiss_end - onset > reach or above[hiss_end + 1:stop + 1].any():
        return None
    return hiss_end, bed


def _run_end(above: np.ndarray, onset: int, after_stop: bool) -> int:
    """The last window of the run over the level (``above``) that begins at ``onset``; ``after_stop``: a stop's burst,
    then its fricative -- the dip between them (a few ms, smoothed over ``HISS_SMOOTH``) is the same sound."""
    stop = onset
    while stop + 1 < len(above) and above[stop + 1]:
        stop += 1
        if after_stop and stop + 1 < len(above) and not above[stop + 1]:
            resumes = np.flatnonzero(above[stop + 1:stop + 1 + HISS_SMOOTH])
            stop += int(resumes[0]) if len(resumes) else 0
    return stop


def _after_closure(above: np.ndarray, stop: int) -> Optional[int]:
    """Where a sound over the level (``above``) that lasts (``HISS_SMOOTH`` windows) rises again after the run ending at
    ``stop``, within a stop's closure (``STOP_CLOSURE_MAX``) of it; None: none does."""
    closure = int(round(STOP_CLOSURE_MAX * SAMPLE_RATE / _FINE_HOP))
    for i in range(stop + 1, min(len(above) - HISS_SMOOTH, stop + 1 + closure)):
        if above[i:i + HISS_SMOOTH].all():
            return i
    return None


def _hiss_onset(audio: np.ndarray, end: float, times: np.ndarray, above: np.ndarray, look: float,
                after_nasal: bool = False, rising: Optional[np.ndarray] = None,
                in_nasal: bool = False, after_stop: bool = False) -> Optional[int]:
    """Where a final fricative's hiss (``above``: the band over the pause's level, on ``times``) begins after a
    word's ``end``: at it, or later when the HMM ended the word inside a sound that goes on (None: neither).

    Where the model cannot hear the fricative, it often cannot fit the sound before it either: a nasal's
    murmur in "conference" is 20-30 dB over the line's noise but the HMM, left with /n s/ to place in sound that
    ends with no /s/ it knows, squeezes both into its last frames and gives the murmur to the silence too (8 kHz
    prompts: "conference" ended 120-230 ms early, the hiss beginning 10-150 ms after the HMM's end).  So the hiss
    may begin within ``HISS_SMOOTH`` windows of the end, or -- where the HMM cut the word inside a sound that holds
    its last level (the ``LAST_HELD`` after the end within ``HOLD_DB`` of the ``LAST_HELD`` before it, as
    :func:`held_last_sound` and :mod:`.last_sound` tell a cut sound from a voice stopping in a room) -- anywhere
    within ``FRICATIVE_REACH`` while the broadband envelope has not fallen to the pause (``EDGE_OVER_FLOOR`` over
    its level) for ``QUIET_RUN``: a pause, a breath or the next line after one is not the word going on.  The hiss
    lasts (``HISS_SMOOTH`` windows over the level): a few ms over it are the band's leak of the sound before it.
    ``after_nasal``: the fricative follows a nasal, and the hiss may also begin after a quiet shorter than
    ``QUIET_RUN`` (the pause before a word's strong part that is no part of it): the closure between the nasal and
    the hiss (an epenthetic stop, "prince" said as "prints"), no pause.  That quiet is counted from where the
    nasal's sound stops, not from the HMM's end: the HMM, squeezing /n s/ into its last frames, may end the word
    while the nasal still sounds (``jx_fr_real_aec_mov``: "conférence." ended inside its nasal, which ran on 30 ms,
    then 45 ms of quiet, then the hiss -- 75 ms after the HMM's end; the line ended 201 ms early).  Only where the
    HMM did end inside the nasal (``in_nasal``: the band at the pause's level just before the end, as a nasal's
    murmur leaves it): where the band stood over the level there, the word's own sound in that band (its /s/) had
    been heard up to the end, and a hiss after a closure past it is another sound's -- a second recorder's copy of the
    /s/ 0.1-0.24 s later carried English "conference." from +17 to +264 ms (``cx_real_long_mix_m2ts``); there the
    hiss may begin within ``QUIET_RUN`` of the end, as before.
    ``after_stop``: the fricative follows a stop ("doubts", "facts", "helps"), and the hiss may begin after a quiet
    up to ``STOP_CLOSURE_MAX`` long: the stop's closure, its burst at the hiss's start.  The HMM, finding no /s/ it
    knows in a narrow band, ends such a word at the vowel and gives the closure, the burst and the hiss to the
    silence (``bx_flite_drill_plain``: "doubts." at flite ``kal`` x0.7, 8 kHz, ended 420 ms early: 150 ms of quiet
    after the HMM's end, then the burst and 0.26 s of hiss 13-21 dB over the pause).  A closure is silent, so the
    quiet is counted from the HMM's end, as after a vowel.
    ``rising``: the band over the pause's own noise (``NOTHING_ABOVE_DB``, the windows' usual scatter over their tenth
    percentile), per window.  A fricative's hiss rises out of the closure as the constriction forms, and under a
    murmur its first tens of ms stand over the pause's noise but under ``FRICATIVE_OVER_FLOOR``
    (``cx_fr_real_booth_m2ts``: "conférence."'s hiss rose 2, 4, 5, 6, 8 dB over 90 ms): a window where the band
    holds more than the pause's noise is no quiet; a pause's band sits at its floor.  A hiss found further than
    ``QUIET_RUN`` from the HMM's end (where no quiet between could be a pause, and where the hiss was looked for
    before) must rise out of what lies between by ``FRICATIVE_OVER_FLOOR`` (:func:`through_fricative`): the two real
    ones above rose 14-16 dB out of their closures, while a faint hiss under a noise as loud
    (``test_a_faint_hiss_under_noise_...``) reaches the level a moment by chance, 4-5 dB over its quietest 20 ms
    before.
    """
    after = np.flatnonzero(times >= end)
    _, last = fine_db(audio, end - LAST_HELD, end)
    if not len(after) or not len(last):
        return None
    _, wide = fine_db(audio, end - 0.02, look)
    wide = wide[:len(times)]
    inside = after[after < len(wide)]
    if not len(inside):
        return None
    sound = float(np.percentile(wide[inside], 10)) + EDGE_OVER_FLOOR  # plainly over the pause
    next_held = wide[inside[:int(round(LAST_HELD * SAMPLE_RATE / _FINE_HOP))]]
    cut_inside = float(np.median(next_held)) >= max(float(np.median(last)) - HOLD_DB, sound)
    running = np.convolve(wide, np.ones(HISS_SMOOTH) / HISS_SMOOTH, mode="same") > sound
    q_run, quiet = int(round((STOP_CLOSURE_MAX if after_stop else QUIET_RUN) * SAMPLE_RATE / _FINE_HOP)), 0
    rising = above if rising is None else rising | above
    # windows after the end the hiss may begin in, the sound not held: after a nasal's or a stop's closure
    reach = q_run if after_nasal or after_stop else HISS_SMOOTH
    for n, i in enumerate(inside):
        # the hiss begins at the end unless the sound was cut (held) or the closure after a nasal lies between
        if times[i] - end > FRICATIVE_REACH or (n > reach and not (cut_inside or (after_nasal and in_nasal))):
            return None
        if above[i:i + HISS_SMOOTH].all():  # a hiss that lasts, not the band's leak of the sound before it
            return int(i)
        quiet = 0 if running[i] or rising[i] else quiet + 1
        if quiet >= q_run:
            return None
    return None


def _weaker_than_the_word(audio: np.ndarray, end: float, times: np.ndarray, onset: int, stop: int,
                          in_closure: bool = False) -> bool:
    """Whether the sound over ``times[onset:stop]`` stays under the word's last level (the ``LAST_HELD`` before
    ``end``) in the broadband envelope.  What a narrow band leaves of a fricative is a hiss 25-30 dB under the
    vowels, under the murmur before it too; a chirp 2-7 kHz through a window, as loud as the voice, is not.
    ``in_closure``: the HMM's end lies inside a stop's closure, so that ``LAST_HELD`` holds the vowel's fall and the
    closure's quiet, and its loud part (90th percentile) is the word's last level, not its median (the closure's).
    A slow voice's closure outlasts ``LAST_HELD``, and the HMM's end may lie deep inside it, with nothing of the word
    in the ``LAST_HELD`` before it: the last level is then read in the ``LAST_HELD`` before the closure began
    (:func:`_closure_began`)."""
    a = _closure_began(audio, end) if in_closure else end
    _, last = fine_db(audio, a - LAST_HELD, end)
    _, wide = fine_db(audio, float(times[onset]), float(times[stop]))
    if not len(last) or not len(wide):
        return False
    smooth = np.convolve(wide, np.ones(HISS_SMOOTH) / HISS_SMOOTH, mode="valid") if len(wide) >= HISS_SMOOTH else wide
    return float(smooth.max()) < float(np.percentile(last, 90) if in_closure else np.median(last))


def _closure_began(audio: np.ndarray, end: float) -> float:
    """Where the quiet that ``end`` lies in began: back from ``end`` while the fine envelope without clicks
    (:func:`lasting_db`: a droplet in the closure is no word) stays within ``HOLD_DB`` of its level at ``end`` (the
    median of the ``LAST_HELD`` before it), no further than ``STOP_CLOSURE_MAX``.

    flite ``kal`` x0.6's "residents." under a dripping tap (``gy_flite_drips_plain``): the nasal fell at 47.66 s,
    200 ms of closure followed, and the HMM ended the word 90 ms into it; its /t/'s burst and /s/'s hiss (47.87-48.14)
    were judged against the closure's quiet, taken for a sound louder than the word, and the line ended 393 ms early
    at the phone pass."""
    times, db = fine_db(audio, end - STOP_CLOSURE_MAX, end)
    if not len(db):
        return end
    db = lasting_db(db)
    if not np.any(times >= end - LAST_HELD):
        return end
    quiet = float(np.median(db[times >= end - LAST_HELD]))
    louder = np.flatnonzero(db >= quiet + HOLD_DB)
    return float(times[louder[-1]]) if len(louder) else float(times[0])


def before_fricative(audio: np.ndarray, start: float, quiet_start: float, phones: Sequence[str]) -> float:
    """Move a word's start back to where its first fricative begins, when the HMM gave that fricative to the silence.

    :func:`through_fricative` at the other edge: on narrow-band audio the model's /s/, /sh/, /f/ (noise mostly above
    4 kHz) do not fit what is left of them, a hiss at 2-4 kHz, and a word opening with one began at its vowel,
    the hiss before it given to the silence: "Sorry", "Something" began 110-160 ms late on the 8 kHz parts of
    real prompt talks (the hiss 15-25 dB over the line's noise at 3-4 kHz).  So when the word's first phone is
    such a fricative and that band's sound runs back from the start (within ``HISS_SMOOTH`` windows of it, and
    wavering under the level for no longer) at least ``FRICATIVE_OVER_FLOOR`` over the pause's own level, lasts
    (``HISS_SMOOTH`` windows), and rises from that level within ``FRICATIVE_REACH`` and after the pause the HMM put
    before the word began (``quiet_start``: after the word before), the start goes to where it rises.  Only on
    narrow-band audio (:func:`_narrow_band`): on wideband audio the model hears the fricative itself.

    A stop after the fricative ("Stato", "sparare", "skolan", "stop") is a closure and a burst after the same hiss:
    the HMM gave the hiss and the closure to the silence and began the word at the burst (Italian "Stato" 141 ms late
    on a real 8 kHz prompt, ``gx_it_real_pair``: hiss, 65 ms of quiet, burst), so the quiet right before the start
    may be that closure -- no longer than ``JOINED_CLOSURE``, the quiet next to a stop that is still its word's --
    with the hiss before it (as :func:`through_fricative` follows a final "-st" over its closure).
    """
    if not phones or phones[0] not in HIGH_FRICATIVES or quiet_start >= start:
        return start
    look = min(quiet_start, start - FRICATIVE_FLOOR_LOOK)
    band = _hiss_band(audio, start, look)
    if band is None:
        return start  # the model heard this word's fricative band: a hiss before it is noise, a breath
    times, db = band_db(audio, look, start + 0.02, *band)
    if len(db) < 40:
        return start
    smooth = np.convolve(db, np.ones(HISS_SMOOTH) / HISS_SMOOTH, mode="same")
    floor = float(np.percentile(db[times < start], 10))  # the pause's own level in the band
    above = smooth > floor + FRICATIVE_OVER_FLOOR
    before = np.flatnonzero(times < start)
    # quiet right before the start: the HMM put it on the sound's edge -- or, before a stop, on its burst, whose
    # sound the averaging spreads back over the last windows (fewer than HISS_SMOOTH: no hiss that lasts)
    closure, walk = HISS_SMOOTH, before
    if len(phones) > 1 and phones[1] in STOPS:
        quiet = np.flatnonzero(~above[before])
        burst = len(before) - 1 - int(quiet[-1]) if len(quiet) else len(before)  # windows over the level at the start
        if burst < HISS_SMOOTH:
            closure, walk = int(JOINED_CLOSURE * SAMPLE_RATE / _FINE_HOP), before[:len(before) - burst]
    first, gap = None, 0
    for i in walk[::-1]:  # back from the start, over the hiss; it may waver under the level for a moment
        if start - times[i] > FRICATIVE_REACH:
            return start  # sound that goes on back: the word before, a breath, noise -- not this word's hiss
        if above[i]:
            first, gap = int(i), 0
        elif first is None and gap >= closure:
            return start
        else:
            gap += 1
            if first is not None and gap > HISS_SMOOTH:
                break
    else:
        return start  # it runs on to where the look began
    if first is None or times[first] < quiet_start:
        return start
    runs = np.convolve(above[first:before[-1] + 1].astype(float), np.ones(HISS_SMOOTH), mode="valid")
    if not len(runs) or runs.max() < HISS_SMOOTH:
        return start  # a few ms: the edge's own leak through the band filter, not a sound the HMM left out
    loud = np.flatnonzero(db[first:before[-1] + 1] > floor + FRICATIVE_OVER_FLOOR)
    if not len(loud):
        return start
    return round(float(times[first + loud[0]] - _FINE_WIN / SAMPLE_RATE / 2), 3)


def _high_band_over_pause(audio: np.ndarray, end: float, pause_end: float) -> Optional[float]:
    """How far (dB) the word ending at ``end`` stands over the pause after it above ``NARROW_TOP``: the median of its
    last ``WIDE_LOOK`` s against the pause's tenth percentile (None: nothing to read).  A ``pause_end`` before ``end``
    asks it of the word *starting* at ``end``, against the pause before it."""
    if pause_end < end:  # a start: the word's first WIDE_LOOK against the pause before it
        times, db = band_db(audio, pause_end, end + WIDE_LOOK, NARROW_TOP)
        word, pause = times >= end, times < end
    else:
        times, db = band_db(audio, end - WIDE_LOOK, pause_end, NARROW_TOP)
        word, pause = times < end, times >= end
    if not len(db) or not np.any(word) or not np.any(pause):
        return None
    return float(np.median(db[word])) - float(np.percentile(db[pause], 10))


def _hiss_band(audio: np.ndarray, end: float, pause_end: float) -> Optional[tuple[float, Optional[float]]]:
    """The band (Hz, low and high; None: no top) a fricative's hiss at the word ending (or, with ``pause_end`` before
    it, starting) at ``end`` is read in, or None when the word is not narrow-band (:func:`_narrow_band`): up to
    ``NARROW_TOP`` where the word has nothing of its own above it (``NOTHING_ABOVE_DB``), else all above
    ``FRICATIVE_BAND``."""
    over = _high_band_over_pause(audio, end, pause_end)
    if not _narrow_band(over):
        return None
    return (FRICATIVE_BAND, NARROW_TOP) if over < NOTHING_ABOVE_DB else (FRICATIVE_BAND, None)


def _narrow_band(over: Optional[float]) -> bool:
    """Whether a word whose sound above ``NARROW_TOP`` stands ``over`` dB over the pause beside it
    (:func:`_high_band_over_pause`) has no sound up there of its own (8 kHz sampling, a phone line).

    Only there is a final fricative left as a hiss the model takes for silence.  On
    wideband audio a hiss after the HMM's end is something else -- the word's
    reverberation (syn_w_breaths_reverb: "doubts" ended 86 ms late), noise -- and
    the HMM's end stands.  Judged against the pause after the word, so room noise
    added after the band was cut (a recording played in a room) does not count as band.
    """
    return over is not None and over < WIDE_OVER_FLOOR
