"""Sentences Whisper never heard, placed by forcing their words onto the sound between the words it did hear.

Placement lays a sentence Whisper did not hear at all beside its heard neighbours, by guess: its words go
into whatever room lies between the last heard word before it and the first heard word after it.  At the
end of a stretch, where nothing heard follows, that guess has nothing to hold it: the unheard lines are
squeezed right after the last heard word.  The fifth aside set's Spanish reader under a buzz at -40 dBFS
(``qx_es_tux_quiet_buzz``): Whisper base heard "un ratón de armea" at 23.4 s and nothing of the 7 s after it
(listening again heard nothing either); the last two lines were placed 2-6 s early, five boundaries more
than a second off, and three seconds of speech went to no line.  The stretch as a whole was heard well, so
:func:`.forced.place_by_forcing` (which takes over a stretch heard too little) did not run.

The transcript is known, so the run of words nobody heard is forced onto the audio between the heard words
around it (:func:`.forced.force_lines`: Whisper's decoder fed the transcript's tokens, its alignment heads
timing each word), as a poorly heard stretch is -- from where the sound resumes, since the decoder puts its
first word where its audio begins; on that talk the three lines then begin and end on their
own sound (the pause pass moves the forced boundaries, which carry the attention's bias, into the pauses).
Only runs holding at least one whole line are forced -- a word or two unheard inside heard speech is
placed well enough between its heard neighbours -- and nothing moves when the decoder finds the words
unlikely over that audio (:data:`.forced.BELONGS`): a line that is not in the recording stays unheard.

**English: lines barely heard, squeezed off their sound** (:func:`force_squeezed_runs`).  In English the run is
also taken where a few of a line's words *were* matched, if they are few: the eighth aside set's espeak-ng talk
(``yx_espeak_rings_stamps``, a voice tiny.en hears badly) had 14 s of two lines Whisper heard nothing of, even
listening again; inside that gap the fine alignment paired three of the first line's 21 words by spelling alone
("of" with "to", "morning" with "meeting", "asked" with "make") with the next line's heard words 13-15 s later,
and those pairs pinned both lines into 3.6 s there, 8-13 s late, while the 14 s of their sound went to no line.
A pair found by spelling inside a gap says where a word was said only when its line was heard around it: a line
with fewer than half its words matched (:data:`.forced.SEGMENT_HEARD`, the share below which a poorly heard
stretch's lines take forced times) is counted unheard, and so is a heard line's matched word stranded seconds
from the rest of it (:func:`_heard_words`).  Such runs are forced only where placement visibly failed them
(:func:`squeezed`): a whole line of the run sits on less than half the time its text takes at the talk's pace,
and the sound between the heard words around the run that no heard word covers holds at least half the time the
run's text takes (:data:`ROOM` -- the share :mod:`.listen_again` asks for to hear a line again).  A line laid over
its own mis-heard words (a telephone line: fuzzy matches all along) fills its time, and those words claim the
sound: it is left alone; a line never said has no unclaimed sound beside it, or the decoder finds it unlikely
there (:data:`.forced.BELONGS`), and stays where it was, flagged.  Forced lines keep "substituted" words, so the
review queue still flags them.

**English: lines nobody heard, where their room holds them** (:func:`force_english_unheard_runs`, after the
squeezed runs, :func:`force_english_runs`).  A line Whisper heard none of is not always squeezed: placement may
spread it by guess over sound beside it -- ``rd27_espeak_siren_middle``'s lines 9-10, heard by neither hearing
(Whisper, then told the text), kept the placer's spread, line 9 on 3.3 s of its 5.9 s, line 11 3.8 s early.  Outside
English such runs are forced already; in English the run is forced where the sound between the heard words around
it that no heard word claims holds at least :data:`ROOM` of the time its text takes at the talk's pace
(:func:`has_room`: a speaker at most twice as fast), and it holds at least :data:`MIN_WORDS` words.  A line never
said (an added line, a heading) has only the pause between its heard neighbours, or a sentence the transcript lacks
whose heard words claim it, so it keeps its short span and its "not heard" flag; where sound is left and the text
is not there, the decoder finds it unlikely (:data:`.forced.BELONGS`; 0.08 for a line forced beside a sentence the
transcript lacks, in the tests).  Lines under music the decoder scores just under the bar (0.155 for the right
lines of ``rd27_fest_music_middle``, 0.12-0.13 for other lines of the talk over the same music) stay flagged: the
bar cannot tell them apart.
"""

from __future__ import annotations

from typing import Sequence

from ..audio import Audio
from ..text import word_tokens
from .activity import Envelope
from .forced import BELONGS, SEGMENT_HEARD, belongs_probability, force_lines, heard_share, take_forced_times
from .matching import HEARD_AS_WRITTEN
from .placement import STRANDED_GAP, STRANDED_MAX, Placed
from .recognize import HeardWord
from .speaking_rate import FASTEST

#: The audio forced reaches this far (s) before the first and after the last sound of its stretch: a word's weak
#: onset or release under the envelope's threshold.
LEAD = 0.1
#: English: a barely heard run is forced when a whole line of it was placed on less than this share of the time its
#: text takes at the talk's pace, and the unclaimed sound around it holds at least this share of the run's
#: (listen_again's room for a line).
ROOM = 0.5
#: English: a run of lines nobody heard is forced only when it holds at least this many words (a word or two between
#: heard lines is placed closely enough by them; see :func:`force_english_unheard_runs`).
MIN_WORDS = 3
#: English: a line with at least this share of its words heard as written, and at least :data:`PACE_MIN_WORDS`
#: words, times its voice's pace (:func:`fastest_heard_pace`).
PACE_HEARD = 0.8
PACE_MIN_WORDS = 6


def unheard_runs(items: Sequence[Placed], t0: float, t1: float, barely: bool = False
                 ) -> list[tuple[float, float, list[tuple[int, int]]]]:
    """Runs of consecutive spoken words no heard word was matched to, holding every word of at least one line.

    Each run is (from, to, words): the end of the heard word before it (or ``t0``), the start of the heard word
    after it (or ``t1``), and its words as (item, word index) in order.  ``barely``: the words of a line with
    fewer than :data:`.forced.SEGMENT_HEARD` of its words matched count as unheard too, and so do a heard line's
    matched words stranded away from the rest of it (:func:`_heard_words`).
    """
    flat: list[tuple[int, int, bool]] = []  # (item, word, heard) over every spoken word of the stretch
    for k, item in enumerate(items):
        if item.replaced:  # a line replaced by one never spoken (:mod:`.replaced_lines`): none of its words is forced
            continue
        heard = _heard_words(item, barely)
        for j, (w, how) in enumerate(zip(item.segment.words, item.hows)):
            if how is not None and not w.cue:
                flat.append((k, j, j in heard))
    runs, n = [], 0
    while n < len(flat):
        if flat[n][2]:
            n += 1
            continue
        m = n
        while m < len(flat) and not flat[m][2]:
            m += 1
        words = [(k, j) for k, j, _ in flat[n:m]]
        whole = [k for k in {k for k, _ in words}
                 if all((k, j) in words for kk, j, _ in flat if kk == k)]
        if whole:
            before = items[flat[n - 1][0]].segment.words[flat[n - 1][1]].end if n else t0
            after = items[flat[m][0]].segment.words[flat[m][1]].start if m < len(flat) else t1
            if after > before:
                runs.append((max(t0, before), min(t1, after), words))
        n = m
    return runs


def _heard_words(item: Placed, barely: bool) -> set[int]:
    """The indices of a line's words that count as heard: matched to a heard word (and timed).

    ``barely``: none when fewer than SEGMENT_HEARD of the line's words were matched; otherwise not the matched
    words stranded more than :data:`.placement.STRANDED_GAP` s from the rest of the line's matched words, if at
    most :data:`.placement.STRANDED_MAX` of them -- the rule placement applies to its global anchors
    (``Placer._drop_stranded``), which the pairs its fine alignment finds inside a gap never meet: a line of
    ``rd27_espeak_siren_middle`` heard up to "during" (25.3 s), its "and" paired with the "and" Whisper heard
    for the line two on (32.3 s), took the 7 s of the siren-covered line between as "the meeting,".
    """
    matched = [j for j, (w, how) in enumerate(zip(item.segment.words, item.hows))
               if how in HEARD_AS_WRITTEN and w.timed and not w.cue]
    if not barely:
        return set(matched)
    spoken = [h for h in item.hows if h is not None]
    if not matched or heard_share(item.hows) < SEGMENT_HEARD or len(spoken) == 0:
        return set()
    words = item.segment.words
    groups: list[list[int]] = [[matched[0]]]
    for a, b in zip(matched, matched[1:]):
        if words[b].start - words[a].end > STRANDED_GAP:
            groups.append([])
        groups[-1].append(b)
    main = max(groups, key=len)
    return {j for g in groups for j in g if g is main or len(g) > STRANDED_MAX}


def force_unheard_runs(items: list[Placed], model, audio: Audio, env: Envelope, t0: float, t1: float,
                       language: str) -> int:
    """Force every :func:`unheard_runs` run onto its audio (in place); return how many lines took forced times."""
    return len(_force(items, unheard_runs(items, t0, t1), model, audio, env, language))


def force_squeezed_runs(items: list[Placed], heard: Sequence[HeardWord], rate: float, model, audio: Audio,
                        env: Envelope, t0: float, t1: float, language: str) -> int:
    """English: force the runs of barely heard lines that placement squeezed off their sound (in place; see the
    module's docstring); return how many lines took forced times.  ``heard``: the stretch's heard words (the
    sound under them is claimed); ``rate``: the talk's seconds per character (:func:`.placement.speaking_rate`)."""
    return len(_force(items, _squeezed_runs(items, heard, rate, env, t0, t1), model, audio, env, language))


def _squeezed_runs(items: Sequence[Placed], heard: Sequence[HeardWord], rate: float, env: Envelope, t0: float,
                   t1: float) -> list[tuple[float, float, list[tuple[int, int]]]]:
    """The runs of barely heard lines (:func:`unheard_runs` ``barely``) that placement :func:`squeezed`."""
    return [run for run in unheard_runs(items, t0, t1, barely=True) if squeezed(items, run, heard, rate, env)]


def force_english_runs(items: list[Placed], heard: Sequence[HeardWord], rate: float, model, audio: Audio,
                       env: Envelope, t0: float, t1: float, language: str) -> int:
    """English, in a stretch heard well: the barely heard runs placement squeezed (:func:`force_squeezed_runs`),
    then the runs of lines nobody heard whose room can hold them (:func:`force_english_unheard_runs`), each forced
    onto its sound (in place); return how many lines took forced times.  A run holding a line of a squeezed run is
    left as the first rule left it: forced, or found unlikely there by the decoder."""
    strict = unheard_runs(items, t0, t1)  # before any forcing: a forced line no longer reads as placement left it
    squeezed_runs = _squeezed_runs(items, heard, rate, env, t0, t1)
    handled = {k for _, _, words in squeezed_runs for k, _ in words}
    moved = _force(items, squeezed_runs, model, audio, env, language)
    return len(moved) + force_english_unheard_runs(items, [run for run in strict
                                                           if not any(k in handled for k, _ in run[2])],
                                                   heard, fastest_heard_pace(items, rate), model, audio, env,
                                                   language)


def fastest_heard_pace(items: Sequence[Placed], rate: float) -> float:
    """The pace (s per character) a run of lines nobody heard is given room at: the talk's ``rate``, or the pace of
    the fastest line Whisper heard well (:data:`PACE_HEARD` of at least :data:`PACE_MIN_WORDS` words matched), from
    its first heard word's start to its last's end, where that is faster -- never under :data:`.speaking_rate.FASTEST`.

    The talk's rate is pooled over its heard words, so in an interview of a slow voice and a quick one it is the
    slow voice's: ``ky_festival_sheep_organ_dashes`` (a festival voice at 0.44 of its speed, another at 2.04) paced
    its lines at 0.092 s per character, and the quick voice's two lines Whisper heard nothing of -- 3.4-3.6 s of
    sound nobody's words claimed -- were judged to need 10-12 s, no room: one spread from the line before's end
    (start -1333 ms), the talk's last line squeezed to 0.2 s, "not heard" (end -3394 ms).  The quick voice's heard
    line ("The museum staff delayed ...", 2.9 s for 108 characters) says how fast a voice of this talk goes."""
    best = rate
    for item in items:
        spoken = [(w, how) for w, how in zip(item.segment.words, item.hows) if how is not None and not w.cue]
        heard = [n for n, (w, how) in enumerate(spoken) if how in HEARD_AS_WRITTEN and w.timed]
        if len(spoken) < PACE_MIN_WORDS or len(heard) < PACE_HEARD * len(spoken):
            continue
        first, last = spoken[heard[0]][0], spoken[heard[-1]][0]
        chars = sum(len(w.text) + 1 for w, _ in spoken[heard[0]:heard[-1] + 1])
        if last.end > first.start:
            best = min(best, (last.end - first.start) / chars)
    return max(best, FASTEST)


def force_english_unheard_runs(items: list[Placed], runs, heard: Sequence[HeardWord], rate: float, model,
                               audio: Audio, env: Envelope, language: str) -> int:
    """English: force the ``runs`` (:func:`unheard_runs`, lines no heard word was matched to) of at least
    :data:`MIN_WORDS` words whose room can hold them (:func:`has_room`) onto their sound (in place); return how many
    lines took forced times.

    A one-word line between heard lines ("Goodbye.", "Exactly.") is bounded closely by them, and the decoder's
    probability of one word is little evidence it was said there: under a second talker 16 dB down
    (``rd14_real_tight_xtalk_flite``) the sound begins right at the heard word before, and the forced "Goodbye."
    began there, 0.2 s early (placement had it within 5 ms)."""
    return len(_force(items, [run for run in runs if len(run[2]) >= MIN_WORDS
                              and has_room(items, run, heard, rate, env)], model, audio, env, language))


def has_room(items: Sequence[Placed], run: tuple[float, float, list[tuple[int, int]]], heard: Sequence[HeardWord],
             rate: float, env: Envelope) -> bool:
    """Whether the sound between the heard words around a run that no heard word claims holds at least :data:`ROOM`
    of the time the run's text takes at ``rate`` (s per character): a speaker at most twice the talk's pace.  A line
    never said (an added line, a heading) has only the pause between its heard neighbours, or words heard there
    that are not its own."""
    expected = rate * sum(len(items[k].segment.words[j].text) + 1 for k, j in run[2])
    return _unclaimed(items, run, heard, env) >= ROOM * expected


def squeezed(items: Sequence[Placed], run: tuple[float, float, list[tuple[int, int]]], heard: Sequence[HeardWord],
             rate: float, env: Envelope) -> bool:
    """Whether a whole line of a run was placed on less than :data:`ROOM` of the time its text takes at ``rate`` (s
    per character), while the sound between the heard words around the run that no heard word covers holds at
    least that share of the time the run's text takes.

    A heard word that is one of the run's own words claims no sound: it is the run's text heard out of order or
    half-heard, whose pairs the barely-heard rule already set aside.  The fast talk of ``test_forced_pauses`` at 285
    words a minute, on a machine whose tiny.en hears it otherwise: told the text, Whisper skipped six seconds and
    heard "the budget last week, according to the minutes, the budget last week" over the first line -- words of
    the first three lines, mixed -- which claimed half the run's sound, so the second and third lines stayed
    squeezed into 0.4 s and the first took their 5 s."""
    words = run[2]
    in_run = set(words)
    lines = {k for k, _ in words}
    whole = [k for k in lines if all((k, j) in in_run for j, h in enumerate(items[k].hows)
                                     if h is not None and not items[k].segment.words[j].cue)]
    if not any(_placed_on(items[k]) < ROOM * rate * sum(len(w.text) + 1 for w in items[k].segment.words
                                                         if not w.cue) for k in whole):
        return False
    return has_room(items, run, heard, rate, env)


def _unclaimed(items: Sequence[Placed], run: tuple[float, float, list[tuple[int, int]]], heard: Sequence[HeardWord],
               env: Envelope) -> float:
    """Seconds of sound between a run's bounds that no heard word covers -- but the run's own words heard out of
    order or half-heard (see :func:`squeezed`), which claim none of it."""
    lo, hi, words = run
    sound = env.voiced_runs(lo, hi, bridge=0.3)
    own = {t for k, j in words for t in word_tokens(items[k].segment.words[j].text, _language(heard))}
    taken = [(w.start, w.end) for w in heard if w.end > lo and w.start < hi and not set(w.tokens) <= own]
    return sum(b - a for a, b in sound) - sum(_covered(taken, a, b) for a, b in sound)


def _language(heard: Sequence[HeardWord]) -> str:
    return heard[0].language if heard else "en"


def _placed_on(item: Placed) -> float:
    """Seconds a line's spoken words cover."""
    s = item.segment
    return _covered([(w.start, w.end) for w in s.words if w.timed and not w.cue], s.start, s.end) if s.timed else 0.0


def _covered(spans: Sequence[tuple[float, float]], lo: float, hi: float) -> float:
    """Seconds of [lo, hi] inside the union of ``spans``."""
    total, reach = 0.0, lo
    for a, b in sorted(spans):
        a, b = max(a, reach), min(b, hi)
        if b > a:
            total += b - a
            reach = b
    return total


def _force(items: list[Placed], runs, model, audio: Audio, env: Envelope, language: str) -> set[int]:
    """Force each run onto the sound between its bounds (in place); return the lines that took forced times."""
    moved: set[int] = set()
    for lo, hi, words in runs:
        sound = env.voiced_runs(lo, hi, bridge=0.3)
        if not sound:
            continue  # no sound left for them: they stay where placement put them
        # the decoder starts its first word where the audio it is given starts: give it from the sound on
        lo, hi = max(lo, sound[0][0] - LEAD), min(hi, sound[-1][1] + LEAD)
        lines: list[list[tuple[int, int]]] = []
        for k, j in words:
            if lines and lines[-1][0][0] == k:
                lines[-1].append((k, j))
            else:
                lines.append([(k, j)])
        forced = force_lines(model, audio, env, [[items[k].segment.words[j].text for k, j in line]
                                                 for line in lines], lo, hi, language)
        if belongs_probability(forced) < BELONGS or any(len(f) != len(line) for f, line in zip(forced, lines)):
            continue
        for line, got in zip(lines, forced):
            take_forced_times(items[line[0][0]], [j for _, j in line], got)
            moved.add(line[0][0])
    return moved
