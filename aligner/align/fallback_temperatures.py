"""Whisper's temperature fallback stops rising once sampling has gone past what it can mend.

faster-whisper decodes a window that failed greedily at every temperature of
0.2, 0.4 ... 1.0 in turn, ``best_of`` (5) samples at each, until one passes
both of Whisper's tests (text that does not repeat itself, mean log-probability
at least -1); when none does, it keeps the attempt of best mean log-probability
among those that do not repeat themselves.  On a noisy recording the greedy
text often does not loop at all, but Whisper is unsure of every word in the
noise and its mean log-probability falls just under -1.  Sampling cannot make
the noise clearer: the hotter the sampling, the further the samples stray from
the likeliest text, and their mean log-probability falls (the Dutch disc talk,
`cx_nl_espeak_disc_spdif`: -1.05, -1.30, -2.52, -3.80 at 0.2, 0.6, 0.8, 1.0 on
one window, 0.4 looped).  Each of those attempts decodes five hypotheses of up
to a window's tokens; the talk spent 38 of its 57 CPU s there, and kept the
greedy text or the first sample's (``benchmarks/decoding_cost.py``).

This is not exact: a hotter sample could pass by chance.  On the six windows
recorded on three noisy language talks none did, and none was kept; the stop
left the attempt kept the same on all six (53.7 -> 44.5 CPU s of decoding).

So once an attempt whose text does not repeat itself comes out *less* likely
than the best attempt so far, hotter ones are not tried: they are further from
the likeliest text still, and would neither pass the log-probability test nor
be the attempt kept.  An attempt that repeats itself says nothing about that
(loops are likely text: a loop's mean log-probability is -0.15), so the
temperature keeps rising past loops as Whisper's own fallback does: that is
what the fallback is for.  Everything else is Whisper's: the order of
temperatures, the tests, which attempt is kept.
"""

from __future__ import annotations

from dataclasses import replace


def generate_with_fallback(whisper, encoder_output, prompt, tokenizer, options):
    """faster-whisper's ``WhisperModel.generate_with_fallback`` on ``whisper``, its temperatures tried in turn,
    stopping where a non-repeating attempt came out less likely than the best one so far (see the module)."""
    from faster_whisper.transcribe import WhisperModel

    tried = []
    for temperature in options.temperatures:
        one = WhisperModel.generate_with_fallback(whisper, encoder_output, prompt, tokenizer,
                                                  replace(options, temperatures=[temperature]))
        result, logprob, _, ratio = one
        if not _fails(one, options):
            return one
        loops = options.compression_ratio_threshold is not None and ratio > options.compression_ratio_threshold
        worse = not loops and any(not _loops(t, options) and t[1] > logprob for t in tried)
        tried.append(one)
        if worse:
            break
    kept = [t for t in tried if not _loops(t, options)] or tried
    best = max(kept, key=lambda t: t[1])
    return best[0], best[1], tried[-1][2], best[3]


def _loops(attempt, options) -> bool:
    return options.compression_ratio_threshold is not None and attempt[3] > options.compression_ratio_threshold


def _fails(attempt, options) -> bool:
    """Whisper's own verdict on one attempt (faster-whisper's ``needs_fallback``)."""
    result, logprob, _, _ = attempt
    fails = _loops(attempt, options)
    unlikely = options.log_prob_threshold is not None and logprob < options.log_prob_threshold
    fails = fails or unlikely
    if options.no_speech_threshold is not None and result.no_speech_prob > options.no_speech_threshold and unlikely:
        fails = False  # silence
    return fails
