"""Placing the transcript's own words by forced decoding, where recognition heard too little.

Recognition (:mod:`.recognize`) asks Whisper what was said and matches that to
the transcript.  Over a telephone line, under mains hum or in a voice Whisper
rarely hears, the multilingual ``base`` model hears almost nothing right
("Tjej, Maribob" for "Hej allihop"): few transcript words are matched, the
talk is placed badly, and the transcript looks as if it belonged to another
recording.  Yet the transcript is known.  Forced decoding feeds its own
tokens to Whisper's decoder over the audio: the cross-attention heads that
follow the speech (the alignment heads CTranslate2 knows for each model) give,
by dynamic time warping, the frame where each token begins -- the method of
openai-whisper's word timestamps and of stable-ts ``align()``, offline, in
every language Whisper knows, with the model already loaded.

It also answers the question recognition could not: does the transcript
belong to this audio?  The decoder's probability of the transcript's tokens
given the audio is high when the audio says them (a badly heard talk: a mean
of 0.30-0.71 per word on the dev telephone talks) and low when it says
something else (0.13 for another French talk's transcript over the same calls:
the decoder can only lean on the language itself).

Times come on Whisper's 20 ms grid and carry the attention's bias (a word's
end is where the next token begins, after any pause); the engine's pause pass
moves the boundaries into the pauses afterwards, as it does for heard words.
Where recognition works, placement from heard words is better (measured in
benchmarks/README.md, "Forced decoding"), so this is the fallback, not the rule.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional, Sequence

import numpy as np

from ..audio import Audio
from ..document import NOT_HEARD
from .activity import Envelope
from .matching import HEARD_AS_WRITTEN

#: Whisper's window: the longest stretch one forced decoding can cover (s).
WINDOW = 30.0
#: Text is given to one window until its expected speech reaches this far into it (s): the rest of the
#: window is slack for a speaker slower than the talk's average.
FILL = 20.0


@dataclass(frozen=True)
class ForcedWord:
    text: str
    start: float
    end: float
    probability: float  #: the decoder's mean probability of the word's tokens, given the audio and the words before


def _tokenizer(model, language: str):
    from faster_whisper.tokenizer import Tokenizer

    multilingual = model.model.is_multilingual
    return Tokenizer(model.hf_tokenizer, multilingual, task="transcribe",
                     language=language if multilingual else "en")


def word_token_ranges(tokenizer, words: Sequence[str]) -> tuple[list[int], list[int]]:
    """The transcript's tokens, and where each word's tokens begin (plus the end), word by word.

    Each word is encoded with its leading space, as Whisper writes running text,
    so a word's tokens are its own and never shared with a neighbour.
    """
    tokens: list[int] = []
    bounds = [0]
    for k, w in enumerate(words):
        piece = tokenizer.encode((" " if k or tokenizer.language_code not in ("zh", "ja") else "") + w)
        tokens += piece
        bounds.append(len(tokens))
    return tokens, bounds


def encode_window(model, audio: Audio, t0: float, t1: float):
    """Whisper's encoding of [t0, t1] (at most :data:`WINDOW` s from t0), and how many of its 3000 feature frames
    are audio: what forced decoding reads any text over."""
    from faster_whisper.audio import pad_or_trim

    chunk = np.ascontiguousarray(audio.float32(t0, min(t1, t0 + WINDOW)), dtype=np.float32)
    features = model.feature_extractor(chunk)
    return model.encode(pad_or_trim(features[:, :3000])), max(1, min(features.shape[-1], 3000))


def decoder_room(model, tokenizer) -> int:
    """How many of the text's tokens one forced decoding can read: Whisper's decoder has positions for
    ``max_length`` tokens (448), the start-of-transcript sequence, the no-timestamps token CTranslate2's ``align``
    puts after it, the end token and one step past it among them (measured: after a three-token start, 442 of the
    text's tokens are read and 443 refused).

    Georgian or Bengali text costs several tokens a letter (each letter is three UTF-8 bytes the byte-level BPE
    rarely merges): 20 s of a Georgian talk ran to 472 tokens and CTranslate2 refused the decoding outright."""
    return int(getattr(model, "max_length", 448)) - len(tokenizer.sot_sequence) - 3


def word_token_counts(tokenizer, words: Sequence[str]) -> list[int]:
    """Each word's tokens as running text writes it (after a space): never fewer than the word takes at the head
    of a decoding, where it goes without its space, so sums of these bound a decoding's length."""
    return [len(tokenizer.encode(" " + w)) for w in words]


def align_words(model, audio: Audio, t0: float, t1: float, words: Sequence[str],
                language: str) -> list[ForcedWord]:
    """Times of ``words``, said in this order within [t0, t1] (at most 30 s), by forced decoding.

    Words past what the decoder can read (:func:`decoder_room`) are not read: :func:`force_lines` gives each
    decoding no more than that, so only one word longer than the room itself (a paragraph of Chinese written
    without a space) comes here too long; it is timed by the tokens that fit, its end put where the rest of its
    tokens would end at the pace the read ones were spoken.
    """
    if not words:
        return []
    t1 = min(t1, t0 + WINDOW)
    encoder_output, num_frames = encode_window(model, audio, t0, t1)
    tok = _tokenizer(model, language)
    tokens, bounds = word_token_ranges(tok, words)
    read = tokens[:decoder_room(model, tok)]
    result = model.model.align(encoder_output, tok.sot_sequence, [read + [tok.eot]], num_frames,
                               median_filter_width=7)[0]
    text_idx = np.array([p[0] for p in result.alignments])
    time_idx = np.array([p[1] for p in result.alignments])
    jumps = np.pad(np.diff(text_idx), (1, 0), constant_values=1).astype(bool)
    jump_times = time_idx[jumps] / model.tokens_per_second  # where each token (and then eot) begins
    probs = np.asarray(result.text_token_probs, dtype=np.float64)

    def begins(i: int) -> float:
        """Where token ``i`` begins; past the read ones, at the read tokens' pace."""
        if not len(jump_times):
            return 0.0
        last = len(jump_times) - 1  # eot's
        if i <= last or len(read) == len(tokens):
            return float(jump_times[min(i, last)])
        return float(jump_times[last] + (jump_times[last] - jump_times[0]) * (i - last) / max(1, last))

    out = []
    for k, w in enumerate(words):
        a, b = bounds[k], bounds[k + 1]
        start, end = begins(a), begins(b)
        kept = probs[a:min(b, len(read), len(probs))]
        p = float(np.mean(kept)) if len(kept) else 0.0
        out.append(ForcedWord(w, min(t1, t0 + start), min(t1, t0 + max(start, end)), p))
    return out


def letters_of(words: Sequence[str]) -> int:
    """How many letters and digits ``words`` hold (at least 1): what an even pace of reading is counted in."""
    return max(1, sum(ch.isalnum() for w in words for ch in w))


def expected_ends(lines: Sequence[Sequence[str]], runs: Sequence[tuple[float, float]], t0: float,
                   t1: float) -> list[float]:
    """Where each line would end if the talk were read at an even pace over its sound (letters per voiced s)."""
    voiced = [(max(a, t0), min(b, t1)) for a, b in runs if b > t0 and a < t1]
    total = sum(b - a for a, b in voiced)
    letters = [letters_of(ws) for ws in lines]
    if total <= 0:
        step = (t1 - t0) / sum(letters)
        return list(t0 + step * np.cumsum(letters))
    out, acc, want = [], 0.0, 0.0
    k = 0
    for n in letters:
        want += total * n / sum(letters)
        while k < len(voiced) and acc + (voiced[k][1] - voiced[k][0]) < want - 1e-9:
            acc += voiced[k][1] - voiced[k][0]
            k += 1
        out.append(voiced[k][0] + want - acc if k < len(voiced) else voiced[-1][1])
    return out


def _parts_that_fit(words: Sequence[str], counts: Sequence[int], room: int) -> list[tuple[int, int]]:
    """A line's words cut into runs ``[a, b)`` of at most ``room`` tokens each (a word alone longer stays alone)."""
    parts, a, used = [], 0, 0
    for j, n in enumerate(counts):
        if j > a and used + n > room:
            parts.append((a, j))
            a, used = j, 0
        used += n
    if len(words):
        parts.append((a, len(words)))
    return parts


def force_lines(model, audio: Audio, env: Envelope, lines: Sequence[Sequence[str]], t0: float, t1: float,
                language: str) -> list[list[ForcedWord]]:
    """Every line's words placed in [t0, t1] by forced decoding, window by window.

    Lines go into a window while their expected speech (the talk's letters per
    second of sound) fits FILL seconds and their tokens fit the decoder (:func:`decoder_room`); every line but
    the window's last is kept, and the next window starts between the last kept line and the one
    after it, so each line is decoded whole and away from a window's edge.  A line whose tokens alone overflow
    the decoder is decoded in runs of its words that fit, one after another like lines.
    """
    runs = env.voiced_runs(t0, t1, bridge=0.3)
    tok = _tokenizer(model, language)
    room = decoder_room(model, tok)
    pieces: list[tuple[int, list[str], int]] = []  # (line, words, tokens)
    for k, ws in enumerate(lines):
        counts = word_token_counts(tok, ws)
        pieces += [(k, list(ws[a:b]), sum(counts[a:b])) for a, b in _parts_that_fit(ws, counts, room)]
    got_of: list[list[ForcedWord]] = [[] for _ in pieces]
    todo = list(range(len(pieces)))
    cursor = t0
    while todo:
        ends = expected_ends([pieces[p][1] for p in todo], runs, cursor, t1)
        take = max(1, sum(1 for e in ends if e - cursor <= FILL))
        while take > 1 and sum(pieces[p][2] for p in todo[:take]) > room:
            take -= 1
        hi = min(t1, cursor + WINDOW)
        group = todo[:take]
        got = align_words(model, audio, cursor, hi, [w for p in group for w in pieces[p][1]], language)
        pos = 0
        for p in group:
            got_of[p] = got[pos:pos + len(pieces[p][1])]
            pos += len(pieces[p][1])
        last_window = take == len(todo) or hi >= t1
        keep = group if last_window else group[:-1] or group
        todo = todo[len(keep):]
        if todo:
            nxt = got_of[todo[0]][0].start if got_of[todo[0]] else got_of[keep[-1]][-1].end
            step = max(got_of[keep[-1]][-1].end, (got_of[keep[-1]][-1].end + nxt) / 2)
            cursor = min(max(cursor + 0.5, step), max(t0, t1 - 0.5))
    out: list[list[ForcedWord]] = [[] for _ in lines]
    for (k, _, _), got in zip(pieces, got_of):
        out[k] += got
    return out


def backwards(audio: Audio) -> Audio:
    """The recording played backwards: the same voice, noise and sounds of the language, but no word of it said."""
    return replace(audio, samples=np.ascontiguousarray(audio.samples[::-1]))


def backwards_probability(model, audio: Audio, lines: Sequence[Sequence[str]], t0: float, t1: float,
                          language: str) -> float:
    """The decoder's probability of ``lines`` over [t0, t1] played backwards: what the language and the voice alone
    make of the text, where no word of it is said.

    In a language the multilingual ``base`` hears badly (espeak-ng's Belarusian:
    "мумья бьетя ма сулашай" for "Добры вечар") its probability of the right
    transcript is low in absolute terms (0.15), below what another talk's text
    gets over a telephone line in French, but still several times what the same
    words get over the audio reversed (0.04); another talk's transcript gets no
    more over the audio than over its reverse.  The reverse keeps the voice, the
    noise and the sound of the language, so the ratio asks only whether these
    words are said.
    """
    rev = backwards(audio)
    d = audio.duration
    return belongs_probability(force_lines(model, rev, Envelope(rev), lines, d - t1, d - t0, language))


def belongs_probability(forced: Sequence[Sequence[ForcedWord]]) -> float:
    """The decoder's mean per-word probability of the transcript given the audio (0 when nothing was forced)."""
    probs = [w.probability for line in forced for w in line]
    return float(np.mean(probs)) if probs else 0.0


#: A stretch whose transcript tokens were matched to what Whisper heard less often than this is placed by forcing.
HEARD_TOO_LITTLE = 0.5
#: A segment of such a stretch takes the forced times when fewer of its words than this were matched.
SEGMENT_HEARD = 0.5
#: The transcript belongs to the audio when the decoder gives its words at least this mean probability
#: (measured on the dev telephone talks: 0.30-0.71 for the talk's own transcript, 0.13 for another talk's).
BELONGS = 0.2
#: ... or, in a language the model hears badly, when the audio makes its words at least this many times as likely
#: as the same audio played backwards does (measured: 3.6 for espeak-ng Belarusian's own transcript, 2.3 for
#: Hindi's, 0.89-0.96 for another talk's transcript in Belarusian and in Hebrew).
LIFTED = 2.0


def heard_too_little(placement) -> bool:
    """Fewer of a placed stretch's transcript tokens sit in trusted runs than :data:`HEARD_TOO_LITTLE`.

    ``placement``: a :class:`.segment_placement.StretchPlacement` (its ``tokens`` and ``strong`` counts).
    """
    return bool(placement.tokens) and placement.strong < HEARD_TOO_LITTLE * placement.tokens


def heard_share(hows: Sequence) -> float:
    """The share of a placed segment's words that were matched to heard words (1.0 when it has none)."""
    spoken = [h for h in hows if h is not None]
    return sum(h in HEARD_AS_WRITTEN for h in spoken) / len(spoken) if spoken else 1.0


def take_forced_times(item, indices: Sequence[int], got: Sequence[ForcedWord]) -> None:
    """Give a placed segment's words at ``indices`` the forced times ``got`` (in place).

    They are marked placed by sound, not heard (scored like a word laid over
    other words); cues sit where the word before them ends (the first spoken
    word's start when none is before); the segment spans its spoken words and
    is no longer "not heard".
    """
    words, hows = list(item.segment.words), list(item.hows)
    for k, fw in zip(indices, got):
        words[k] = replace(words[k], start=fw.start, end=fw.end, probability=fw.probability)
        hows[k] = "substituted"
    for k, w in enumerate(words):
        if w.cue:
            before = [words[j].end for j in range(k - 1, -1, -1) if not words[j].cue]
            after = [words[j].start for j in range(k + 1, len(words)) if not words[j].cue]
            t = before[0] if before else after[0] if after else w.start
            words[k] = replace(w, start=t, end=t)
    spoken = [w for w, h in zip(words, hows) if h is not None and not w.cue]
    item.segment = replace(item.segment, start=spoken[0].start, end=spoken[-1].end, words=tuple(words),
                           flags=item.segment.flags - {NOT_HEARD})
    item.hows = tuple(hows)


@dataclass(frozen=True)
class Forcing:
    """What forcing a stretch's text found: the decoder's probability of it over the audio (and, where that was
    low, over the audio played backwards), and how many segments took forced times."""

    probability: float
    backwards: Optional[float] = None
    moved: int = 0

    @property
    def belongs(self) -> bool:
        return self.probability >= BELONGS or (self.backwards is not None
                                               and self.probability > LIFTED * self.backwards)


def place_by_forcing(items: list, model, audio: Audio, env: Envelope, t0: float, t1: float,
                     language: str) -> Forcing:
    """Forced times for the segments of a poorly heard stretch (in place).

    Returns what forcing found (:class:`Forcing`).

    Every segment is decoded (the windows need the whole text in order), but only
    those recognition matched poorly take the forced times: a segment that was
    heard keeps its heard words' times, which are better where they exist -- unless
    they leave the text's order among the forced ones (:func:`out_of_order`).  Nothing
    moves when the decoder says the transcript does not belong to the audio: neither likely over it
    (:data:`BELONGS`) nor far likelier over it than over it played backwards (:data:`LIFTED`).  A line replaced by one never
    spoken (:mod:`.replaced_lines`) is neither decoded nor moved.
    """
    spoken = [[k for k, w in enumerate(item.segment.words) if not w.cue and not item.replaced] for item in items]
    lines = [[item.segment.words[k].text for k in keep] for item, keep in zip(items, spoken)]
    forced = force_lines(model, audio, env, lines, t0, t1, language)
    found = Forcing(belongs_probability(forced))
    if not found.belongs:
        found = Forcing(found.probability, backwards_probability(model, audio, lines, t0, t1, language))
    if not found.belongs:
        return found
    kept: set[int] = set()
    for k, (item, keep, got) in enumerate(zip(items, spoken, forced)):
        if not got:
            continue
        if heard_share(item.hows) >= SEGMENT_HEARD:
            kept.add(k)
        else:
            take_forced_times(item, keep, got)
    while True:
        astray = [k for k in sorted(kept) if out_of_order(items, k)]
        if not astray:
            break
        for k in astray:
            take_forced_times(items[k], spoken[k], forced[k])
            kept.discard(k)
    return replace(found, moved=sum(1 for got in forced if got) - len(kept))


#: Overlap (s) with a neighbour a heard segment may keep: the refinement resolves that much.
ORDER_SLACK = 0.1


def out_of_order(items: list, k: int) -> bool:
    """Whether segment ``k`` starts before the segment before it ends, or ends after the next one starts.

    In a stretch heard this poorly a segment's words can be "heard" where
    another line was said: a line through a wall matched 12 s early, another
    spread over 36 s of other lines' sound (``kx_real_through_wall``).  Kept,
    such times sat among the forced ones out of the text's order, and the
    refinement after clamped their neighbours into segments that ended before
    they began.  The forced times keep the order.
    """
    seg = items[k].segment
    before = items[k - 1].segment.end if k > 0 else float("-inf")
    after = items[k + 1].segment.start if k + 1 < len(items) else float("inf")
    return seg.start < before - ORDER_SLACK or seg.end > after + ORDER_SLACK
