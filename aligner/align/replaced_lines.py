"""A line laid over speech that is not its words: a sentence replaced in the transcript by one never spoken.

Placement lays a gap's transcript words over the heard words between the same
anchors when the two are of similar length (:meth:`.placement.Placer._gap`).
That is right for a misheard name or an edited wording.  It is wrong when the
transcript's line was replaced by one never spoken: the unspoken line is laid
over the spoken one's sound, so the line is neither reported as not heard nor
the speech as unscripted (``rd31_real_gaps_substituted_adpcm``: "Please enter
your conference number followed by the pound key." laid over "Call forward on
no answer"; ``rd39_*``).

Two kinds of evidence, both needed:

1. **Spelling** (:func:`heard_another_line`, j74's rule, read by placement,
   which notes such lines as *suspects*): of the line's long words (four
   letters or more; "the", "and" pair by chance) almost none sounds like any
   word Whisper heard there, over a second or more of speech that itself holds
   a sentence's worth of long words, and what was heard is not mostly a
   neighbouring line's words (heard twice, or early).  A line merely misheard
   under noise keeps most of its long words within spelling distance.  On its
   own this was not enough (sixteenth round, benchmarks/README.md): fast
   espeak-ng in a room (``rd16_espeak_fast_room``), which Whisper heard as
   other words, met it, and the spoken line was taken out (its start 4.2 s
   off).
2. **The decoder** (:func:`decoder_says_replaced`): Whisper's decoder, forced
   to read each text over that stretch of audio (:func:`line_log_probs`, the
   scoring :mod:`.forced` does), finds the written line far less likely per
   token than what it heard there.  A spoken line that was misheard is still
   the audio's own words: told them, the decoder finds them nearly as likely
   as its own hearing (fast speech, a room); a line never spoken it can only
   read as language, word after unlikely word.

Neither is evidence where what was heard under the line is a phrase the decoder wrote over other sound of the
talk as well (:mod:`.repeated_hearing`): its own stock sentence, which it finds likely over any sound.  Nor where
the decoder is unsure of its own hearing there (:func:`heard_surely`): a sentence spoken in place of the line is
speech the decoder hears, and every replaced line measured was heard at -0.37 per token or likelier; a voice it
barely understands (espeak-ng's Danish under an office printer, ``ax_da_espeak_printer``: "Papiret ligger i skabet
lige under den." heard as "Hvad vi har med dig, i skal vi råde den." at -2.14 per token) it guesses at, word after
unlikely word, and finds the written line less likely still (-4.60): a spoken line was taken out and its neighbour
laid over its sound, 1.3-2.9 s off.

A line meeting both is placed as not heard (:func:`.segment_placement.place_stretch`'s
``not_spoken``): its segment goes to review and the speech heard there is
reported as unscripted; forcing leaves it alone (:attr:`.placement.Placed.replaced`).
"""

from __future__ import annotations

import logging
import math
from typing import Optional, Sequence

import numpy as np
from rapidfuzz.fuzz import ratio

from ..audio import Audio
from ..document import Document
from .forced import WINDOW, _tokenizer, decoder_room, encode_window, word_token_ranges
from .repeated_hearing import written_elsewhere
from .stretches import Stretch

log = logging.getLogger(__name__)

#: Transcript words at least this long count as evidence (shorter ones pair by chance: "the", "and", "to").
LONG_WORD = 4
#: A line's worth of text: at least this many long words in the gap.
MIN_LONG_WORDS = 3
#: Spelling similarity (0-100) at which a long transcript word sounds like a heard one ("colour"/"color";
#: "followed"/"forward" does not).
SOUNDS_LIKE = 70
#: At most this share of the long words may sound like something heard for the line to be another one.
MAX_SHARED = 0.2
#: The heard speech must last at least this long (s): a word or two is a mishearing, not a sentence.
MIN_HEARD_SECONDS = 1.0
#: Heard speech whose long words are this much (or more) a neighbouring line's is that line heard again.
NEIGHBOURS_SHARE = 0.5
#: The decoder must find the heard text this many times likelier per token than the written line (a difference
#: of ln LIKELIER = 2.1 in mean log-probability per token).  Measured (benchmarks/README.md, j87) on 14 spoken
#: lines Whisper heard as other words (fast speech, rooms, sirens, babble, a phone line; met the spelling
#: evidence or a looser one tried): the heard text at most 0.60 likelier per token (a factor 1.8), the written
#: one often the likelier; on the lines replaced by ones never spoken (rd31, rd39): 4.8-5.3 (a factor 120-200).
#: A factor 8 lies 1.5 above the first and 2.7 below the second.  A spoken line whose words were mostly
#: edited reads like a replaced one (five of fourteen words replaced at random: 5.6): the spelling evidence
#: keeps those out (at most a fifth of the long words may sound like what was heard, most of the line in one gap).
LIKELIER = 8.0
#: A hearing whose mean log-probability per token is under this is one the decoder is unsure of: Whisper's own
#: verdict on a decoding (``log_prob_threshold``, -1.0 in faster-whisper and openai-whisper: under it, a
#: decoding has failed and is sampled again).  Replaced lines measured: heard at -0.37 and -0.05 (j87); spoken
#: lines taken for replaced: -2.14 (``ax_da_espeak_printer``), -2.97 and -2.31 (a stock sentence, j180).
UNSURE = -1.0
#: Audio taken on either side of the stretch the line and the heard words cover (s).
PAD = 0.15


def sounds_like_share(line_tokens: Sequence[str], heard_tokens: Sequence[str]) -> tuple[float, int]:
    """(share of the line's long words that sound like some heard word, how many long words the line has)."""
    long_words = [t for t in line_tokens if len(t) >= LONG_WORD]
    if not long_words or not heard_tokens:
        return 0.0, len(long_words)
    alike = sum(1 for t in long_words if max(ratio(t, h) for h in heard_tokens) >= SOUNDS_LIKE)
    return alike / len(long_words), len(long_words)


def heard_another_line(line_tokens: Sequence[str], heard_tokens: Sequence[str], heard_seconds: float,
                       neighbours: Sequence[str] = ()) -> bool:
    """Whether, by spelling, the speech heard where a line's words would be laid is another sentence.

    ``line_tokens``: the transcript tokens of one line left between two anchors; ``heard_tokens``: the heard
    tokens between the same anchors; ``heard_seconds``: how long they last; ``neighbours``: the tokens of the
    lines on either side.  Both must hold a line's worth of long words, and what was heard must not be mostly
    a neighbour's words.
    """
    if heard_seconds < MIN_HEARD_SECONDS or sum(1 for t in heard_tokens if len(t) >= LONG_WORD) < MIN_LONG_WORDS:
        return False
    share, n = sounds_like_share(line_tokens, heard_tokens)
    if n < MIN_LONG_WORDS or share > MAX_SHARED:
        return False
    return sounds_like_share(heard_tokens, neighbours)[0] < NEIGHBOURS_SHARE


def decoder_says_replaced(written: float, heard: float) -> bool:
    """Whether the written line's mean log-probability per token (``written``) is far below the heard text's
    (``heard``): the heard text at least :data:`LIKELIER` times likelier per token."""
    return heard - written >= math.log(LIKELIER)


def heard_surely(heard: float) -> bool:
    """Whether the decoder is sure of its own hearing (mean log-probability per token ``heard``): only then can a
    written line far less likely than that hearing be another sentence's place (:data:`UNSURE`)."""
    return heard >= UNSURE


def line_log_probs(model, audio: Audio, t0: float, t1: float, texts: Sequence[Sequence[str]],
                   language: str) -> list[Optional[float]]:
    """The decoder's mean log-probability per token of each text (a list of words) over the audio [t0, t1],
    forced (each text read in full over the same encoded audio); None for an empty text."""
    encoded, num_frames = encode_window(model, audio, t0, t1)
    tok = _tokenizer(model, language)
    out: list[Optional[float]] = []
    for words in texts:
        tokens = word_token_ranges(tok, words)[0][:decoder_room(model, tok)]  # a long line: what the decoder reads
        if not tokens:
            out.append(None)
            continue
        result = model.model.align(encoded, tok.sot_sequence, [tokens + [tok.eot]], num_frames,
                                   median_filter_width=7)[0]
        probs = np.asarray(result.text_token_probs, dtype=np.float64)[:len(tokens)]
        out.append(float(np.mean(np.log(np.maximum(probs, 1e-12)))) if len(probs) else None)
    return out


def replaced_lines(doc: Document, st: Stretch, placement, model, audio: Audio, language: str) -> frozenset[int]:
    """Indices of ``doc.segments`` in this stretch whose line was replaced by one never spoken: placement's
    suspects (spelling) that the decoder confirms, reading the line and what was heard under it (the heard
    words inside where placement laid it) over the same audio.  ``placement``: a
    :class:`.segment_placement.StretchPlacement`."""
    placer = placement.placer
    out = set()
    for k in placer.suspects:
        seg = placement.items[k].segment
        written = [w.text for w in seg.words if not w.cue]
        if not written or seg.start is None or seg.end is None:
            continue
        heard_words = [w for w in placer.heard_words if seg.start <= (w.start + w.end) / 2 <= seg.end]
        if not heard_words or heard_words[-1].end - heard_words[0].start < MIN_HEARD_SECONDS:
            continue
        if written_elsewhere(heard_words, placer.heard_words, placer.tokens):  # the decoder likes its own anywhere
            log.info("replaced line? %r: what was heard under it, %r, the hearing wrote elsewhere too: spoken",
                     seg.text, " ".join(w.text for w in heard_words))
            continue
        a = min(seg.start, heard_words[0].start) - PAD
        b = max(seg.end, heard_words[-1].end) + PAD
        if b - a > WINDOW:
            continue
        heard = [w.text for w in heard_words]
        lw, lh = line_log_probs(model, audio, max(0.0, a), b, [written, heard], language)
        replaced = lw is not None and lh is not None and decoder_says_replaced(lw, lh) and heard_surely(lh)
        log.info("replaced line? %r over %.2f-%.2f s (heard %r): log-prob per token written %.2f, heard %.2f%s: %s",
                 seg.text, a, b, " ".join(heard), lw if lw is not None else float("nan"),
                 lh if lh is not None else float("nan"),
                 "" if lh is None or heard_surely(lh) else " (the decoder unsure of its hearing)",
                 "replaced" if replaced else "spoken")
        if replaced:
            out.add(st.indices[k])
    return frozenset(out)
