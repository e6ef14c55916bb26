"""Where Whisper's sequential decoding spends its CPU: every window, every temperature, every hypothesis.

    .venv/bin/python benchmarks/decoding_cost.py AUDIO TRANSCRIPT [--json OUT] [-- more aligner args]
    .venv/bin/python benchmarks/decoding_cost.py OUT.json --summary   # a run written before: its limit summary

Runs ``aligner align --profile`` on one talk in this process with two taps: faster-whisper's
``generate_with_fallback`` (one call per 30-s window a sequential decoding visits) and the CTranslate2
``generate`` it calls (one per temperature tried), through :mod:`aligner.align.fallback_sampling`.  Per
window it prints which listen asked for it (``loops``: :func:`recognize.recognize_again` called by
:mod:`.decoding_loops` inside recognition; ``listen``: :mod:`.listen_again`), the temperatures tried,
per attempt the tokens decoded (per hypothesis when sampling: ``best_of`` of them), the text's gzip
compression ratio, its mean log-probability, Whisper's no-speech probability, why the attempt failed
(``cr``: compression ratio over 2.4, ``lp``: log-probability under -1) and its CPU seconds.  CTranslate2
decodes on its own worker threads, so CPU is read for the whole process around each call, and the talk is
aligned with ``--threads 1`` (one window at a time) so that no other window's decoding is counted in.
Measurement only: nothing in the engine changes.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

_local = threading.local()
RECORDS: list[dict] = []
_LOCK = threading.Lock()


def _install() -> None:
    from faster_whisper import transcribe as fw
    from faster_whisper.transcribe import get_compression_ratio

    from aligner.align import fallback_sampling, listen_again, recognize

    original_gwf = fw.WhisperModel.generate_with_fallback

    def generate_with_fallback(self, encoder_output, prompt, tokenizer, options):
        record = {"caller": getattr(_local, "caller", "?"), "attempts": [], "prompt_tokens": len(prompt),
                  "thread": threading.current_thread().name}
        _local.window = record
        _local.tokenizer, _local.options = tokenizer, options
        t = time.process_time()
        try:
            return original_gwf(self, encoder_output, prompt, tokenizer, options)
        finally:
            record["cpu"] = time.process_time() - t
            _local.window = None
            with _LOCK:
                RECORDS.append(record)

    fw.WhisperModel.generate_with_fallback = generate_with_fallback

    original_generate = fallback_sampling._SamplesOnItsOwnReplica.generate

    def generate(self, *args, **kwargs):
        t = time.process_time()
        results = original_generate(self, *args, **kwargs)
        cpu = time.process_time() - t
        record = getattr(_local, "window", None)
        if record is not None:
            tok, opts = _local.tokenizer, _local.options
            res = results[0]
            hyps = []
            for ids, score in zip(res.sequences_ids, res.scores):
                n = len(ids)
                text = tok.decode(ids).strip()
                cr = get_compression_ratio(text)
                lp = score * (n ** opts.length_penalty) / (n + 1)
                hyps.append({"tokens": n, "cr": round(cr, 2), "logprob": round(lp, 2), "text": text[:80]})
            best = hyps[0]
            why = []
            if best["cr"] > opts.compression_ratio_threshold:
                why.append("cr")
            if best["logprob"] < opts.log_prob_threshold:
                why.append("lp")
            if res.no_speech_prob > opts.no_speech_threshold and "lp" in why:
                why = ["silence"]
            record["attempts"].append({"temperature": kwargs.get("sampling_temperature", 0.0)
                                       if kwargs.get("sampling_topk", 1) != 1 else 0.0,
                                       "hypotheses": hyps, "no_speech": round(res.no_speech_prob, 2),
                                       "why": why, "cpu": round(cpu, 3),
                                       "max_length": kwargs.get("max_length")})
        return results

    fallback_sampling._SamplesOnItsOwnReplica.generate = generate

    original_again = recognize.recognize_again

    def tagged(caller):
        def again(*args, **kwargs):
            # the windows run on worker threads: tag them by wrapping the transcribe call's thread names
            previous = getattr(_tag, "value", None)
            _tag.value = caller
            try:
                return original_again(*args, **kwargs)
            finally:
                _tag.value = previous
        return again

    _tag = threading.local()
    recognize.recognize_again = tagged("loops")
    listen_again.recognize_again = tagged("listen")

    original_one_threads = recognize._in_threads

    def in_threads(fn, items, language, workers, cancel, report):
        caller = getattr(_tag, "value", None)
        if caller is None:
            return original_one_threads(fn, items, language, workers, cancel, report)

        def fn_tagged(item, language, stop):
            _local.caller = f"{caller} {item[0]:.2f}-{item[1]:.2f}" if isinstance(item, tuple) else caller
            try:
                return fn(item, language, stop)
            finally:
                _local.caller = None
        return original_one_threads(fn_tagged, items, language, workers, cancel, report)

    recognize._in_threads = in_threads


#: Whisper decodes at most this many tokens per attempt (half its 448-token text context): a hypothesis this long
#: was stopped by the limit, not by its end of text -- on these talks always a loop ("n'o n'o n'o ...").
TOKEN_LIMIT = 224


def at_the_limit(records) -> str:
    """How much of the decoding went to hypotheses that ran to :data:`TOKEN_LIMIT`: their tokens, the attempts
    they were decoded in, and their share of those attempts' CPU (an attempt's CPU shared out by tokens; attempts
    taken from the greedy view's cache cost nothing and are not counted)."""
    tokens = limit_tokens = 0
    cpu = limit_cpu = 0.0
    attempts = limit_attempts = kept_limit = 0
    for r in records:
        for a in r["attempts"]:
            if a["cpu"] <= 0.005:  # the greedy view's result, taken again: decoded once, counted once
                continue
            lengths = [h["tokens"] for h in a["hypotheses"]]
            long = sum(n for n in lengths if n >= TOKEN_LIMIT)
            attempts += 1
            tokens += sum(lengths)
            cpu += a["cpu"]
            if long:
                limit_attempts += 1
                limit_tokens += long
                limit_cpu += a["cpu"] * long / max(1, sum(lengths))
                kept_limit += lengths[0] >= TOKEN_LIMIT
    return (f"decoded: {attempts} attempts, {tokens} tokens, {cpu:.1f} CPU s; hypotheses that ran to the "
            f"{TOKEN_LIMIT}-token limit: in {limit_attempts} attempts ({kept_limit} of them the attempt's top "
            f"hypothesis), {limit_tokens} tokens, ~{limit_cpu:.1f} CPU s")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("audio")
    p.add_argument("transcript", nargs="?")
    p.add_argument("--json", help="write every window's record here")
    p.add_argument("rest", nargs="*", help="more `aligner align` arguments (after --)")
    p.add_argument("--summary", action="store_true",
                   help="AUDIO is a --json written before: print only its limit summary, align nothing")
    args = p.parse_args()
    if args.summary:
        print(at_the_limit(json.loads(Path(args.audio).read_text())))
        return 0
    _install()
    from aligner.cli import main as aligner_main

    out = Path(args.json).with_suffix(".align.json") if args.json else Path("/tmp/decoding_cost.align.json")
    rc = aligner_main(["align", args.audio, args.transcript, "-o", str(out), "-q", "--profile", "--threads", "1",
                       *args.rest])
    total = {}
    for r in RECORDS:
        print(f"{r['caller']:<24} prompt {r['prompt_tokens']:3d}  cpu {r['cpu']:6.2f}")
        for a in r["attempts"]:
            toks = "/".join(str(h["tokens"]) for h in a["hypotheses"])
            best = a["hypotheses"][0]
            print(f"    T={a['temperature']:.1f} tokens {toks:<22} cr {best['cr']:4.2f} lp {best['logprob']:6.2f} "
                  f"nosp {a['no_speech']:.2f} {','.join(a['why']) or 'ok':<6} cpu {a['cpu']:6.2f}  {best['text']!r}")
        key = r["caller"].split()[0]
        total[key] = total.get(key, 0.0) + r["cpu"]
    attempts = [a for r in RECORDS for a in r["attempts"]]
    print(f"windows {len(RECORDS)}, attempts {len(attempts)}, "
          f"tokens {sum(h['tokens'] for a in attempts for h in a['hypotheses'])}, "
          f"decode CPU by caller: " + ", ".join(f"{k} {v:.1f} s" for k, v in total.items()))
    print(at_the_limit(RECORDS))
    if args.json:
        Path(args.json).write_text(json.dumps(RECORDS, indent=1))
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
