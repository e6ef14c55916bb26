"""How exact and how fast the phonetic aligner (pocketsphinx) is on the speech cases with word truth.

Each truth segment becomes one chunk: its audio plus a margin on both sides (as
the engine cuts chunks between Whisper anchors), its text as per-word tokens.
The aligner's word starts/ends are compared with the truth words.

    .venv/bin/python benchmarks/bench_phonetic.py [--data /work/shared/data] [--score-tool PATH] [--out DIR]

Prints four tables:
1. accuracy per case and pooled for several margin set-ups (fixed 0.2/0.5/1.0 s,
   jittered 0.3-1.0 s like real anchors, edges cutting 50 ms into speech), with
   decoding CPU time as a real-time factor of the chunk audio and of the recording
   (CPU time: the machine is shared; pocketsphinx uses one thread);
2. the shared scorer's summary line for the jittered set-up (JSON written to --out);
3. robustness: chunks whose text and audio disagree, and the aligner's verdict;
4. what the alternatives measured when the pass was chosen (second pass, offsets).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aligner.align.phonetic import SAMPLE_RATE, PhoneticAligner  # noqa: E402
from aligner.text import split_words, word_tokens  # noqa: E402

CASES = ["praatio_bobby_mary", "mfa_acoustic_corpus", "mfa_cold_corpus", "tts_espeak_us"]


@dataclass
class Case:
    name: str
    samples: np.ndarray  # float32
    truth: dict

    @property
    def duration(self) -> float:
        return len(self.samples) / SAMPLE_RATE


def load_case(data: Path, name: str) -> Case:
    with wave.open(str(data / name / "audio.wav")) as w:
        x = np.frombuffer(w.readframes(w.getnframes()), np.int16).astype(np.float32) / 32768.0
    return Case(name, x, json.loads((data / name / "truth.json").read_text(encoding="utf-8")))


def segment_words(case: Case, si: int):
    """Transcript words of segment ``si``: (text, tokens, truth word or None)."""
    import difflib

    seg = case.truth["segments"][si]
    spans = split_words(seg["text"])
    toks = [word_tokens(w) for w in spans]
    truth_words = [w for w in case.truth.get("words") or [] if w.get("seg") == si]
    a = [(i, t) for i, ts in enumerate(toks) for t in ts]
    b = [(j, t) for j, w in enumerate(truth_words) for t in word_tokens(w["word"])]
    matched: list = [None] * len(spans)
    sm = difflib.SequenceMatcher(None, [t for _, t in a], [t for _, t in b], autojunk=False)
    for blk in sm.get_matching_blocks():
        for k in range(blk.size):
            i, j = a[blk.a + k][0], b[blk.b + k][0]
            if len(toks[i]) == 1 and len(word_tokens(truth_words[j]["word"])) == 1:
                matched[i] = truth_words[j]
    return [(w.text, t, m) for w, t, m in zip(spans, toks, matched)]


def chunk_bounds(case: Case, si: int, setup: str, rng: np.random.Generator) -> tuple[float, float]:
    seg = case.truth["segments"][si]
    s, e = seg["start"], seg["end"]
    if setup.startswith("margin"):
        m = float(setup[len("margin"):])
        a, b = s - m, e + m
    elif setup == "jitter":  # Whisper anchors: ~0.1 s late/early, engine margin 0.3-1 s
        a = s - rng.uniform(0.3, 1.0) + rng.normal(0.1, 0.08)
        b = e + rng.uniform(0.3, 1.0) + rng.normal(0.1, 0.08)
    elif setup == "cut50":  # edges 50 ms inside the first and last word
        a, b = s + 0.05, e - 0.05
    else:
        raise ValueError(setup)
    return max(0.0, a), min(case.duration, b)


def context_words(case: Case, si: int, n: int) -> tuple[list, list]:
    """The last ``n`` words of the previous segment and the first ``n`` of the next (as the engine knows them)."""
    segs = case.truth["segments"]
    before = [word_tokens(w) for w in split_words(segs[si - 1]["text"])][-n:] if si > 0 and n else []
    after = [word_tokens(w) for w in split_words(segs[si + 1]["text"])][:n] if si + 1 < len(segs) and n else []
    return before, after


def run_setup(aligner: PhoneticAligner, cases: list[Case], setup: str, seed: int = 0, context: int = 0):
    rng = np.random.default_rng(seed)
    per_case = {}
    outputs = {}
    for case in cases:
        starts, ends, fails, implausible = [], [], 0, 0
        seconds = chunk_audio = 0.0
        out_segments = []
        for si, seg in enumerate(case.truth["segments"]):
            a, b = chunk_bounds(case, si, setup, rng)
            x = case.samples[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)]
            words = segment_words(case, si)
            t0 = time.process_time()
            before, after = context_words(case, si, context)
            res = aligner.align(x, [w[1] for w in words], before=before, after=after)
            seconds += time.process_time() - t0
            chunk_audio += len(x) / SAMPLE_RATE
            if res is None:
                fails += 1
                continue
            implausible += not res.plausible
            out_words = []
            for (text, toks, tru), wt in zip(words, res.words):
                if wt is None:
                    continue
                out_words.append({"start": a + wt.start, "end": a + wt.end, "word": text})
                if tru is not None:
                    starts.append(a + wt.start - tru["start"])
                    ends.append(a + wt.end - tru["end"])
            if out_words:
                out_segments.append({"start": out_words[0]["start"], "end": out_words[-1]["end"],
                                     "text": seg["text"], "words": out_words})
        n_truth = sum(1 for si in range(len(case.truth["segments"])) for w in segment_words(case, si) if w[2])
        per_case[case.name] = dict(starts=starts, ends=ends, n_truth=n_truth, fails=fails, implausible=implausible,
                                   seconds=seconds, chunk_audio=chunk_audio, audio=case.duration)
        outputs[case.name] = {"tool": f"phonetic-{setup}", "segments": out_segments}
    return per_case, outputs


def stats(errors: list[float], n_total: int) -> dict:
    a = np.sort(np.abs(np.asarray(errors))) if errors else np.zeros(0)
    n = max(1, n_total)
    return {
        "n": n_total, "miss": n_total - len(a),
        "bias": 1000 * float(np.median(errors)) if errors else float("nan"),
        "median": 1000 * float(np.median(a)) if len(a) else float("nan"),
        "p90": 1000 * float(a[max(0, int(np.ceil(0.9 * len(a))) - 1)]) if len(a) else float("nan"),
        "w20": 100 * float(np.sum(a <= 0.02 + 1e-9)) / n,
        "w50": 100 * float(np.sum(a <= 0.05 + 1e-9)) / n,
        "w100": 100 * float(np.sum(a <= 0.1 + 1e-9)) / n,
    }


def print_accuracy(setup: str, per_case: dict) -> None:
    print(f"\n### {setup}: word boundaries (start and end pooled) vs truth")
    head = (f"{'case':22s} {'bounds':>6s} {'miss':>4s} {'bias':>6s} {'median':>6s} {'p90':>6s} {'<=20':>5s} "
            f"{'<=50':>5s} {'<=100':>5s} {'start med':>9s} {'end med':>7s} {'fail':>4s} {'impl':>4s} "
            f"{'RTF chunk':>9s} {'RTF talk':>8s}")
    print("(bounds = truth word starts+ends; fail = no alignment; impl = rejected as implausible; "
          "RTF = CPU seconds per second of chunk audio / of the recording)")
    print(head)
    pooled = dict(starts=[], ends=[], n_truth=0, fails=0, implausible=0, seconds=0.0, chunk_audio=0.0, audio=0.0)
    rows = list(per_case.items())
    for name, r in rows:
        for k in pooled:
            pooled[k] += r[k]
    for name, r in rows + [("POOLED", pooled)]:
        b = stats(r["starts"] + r["ends"], 2 * r["n_truth"])
        s, e = stats(r["starts"], r["n_truth"]), stats(r["ends"], r["n_truth"])
        print(f"{name:22s} {b['n']:6d} {b['miss']:4d} {b['bias']:6.1f} {b['median']:6.1f} {b['p90']:6.1f} "
              f"{b['w20']:5.1f} {b['w50']:5.1f} {b['w100']:5.1f} {s['median']:9.1f} {e['median']:7.1f} "
              f"{r['fails']:4d} {r['implausible']:4d} {r['seconds'] / r['chunk_audio']:9.4f} "
              f"{r['seconds'] / r['audio']:8.4f}")


def run_scorer(score_tool: str, data: Path, outputs: dict, out_dir: Path) -> None:
    print(f"\n### shared scorer ({score_tool}) on the jittered set-up")
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, out in outputs.items():
        path = out_dir / f"phonetic_{name}.json"
        path.write_text(json.dumps(out, indent=1), encoding="utf-8")
        res = subprocess.run([sys.executable, score_tool, str(data / name), str(path)], capture_output=True, text=True)
        print((res.stdout or res.stderr).strip())


# ------------------------------------------------------------------ robustness


def robustness(aligner: PhoneticAligner, cases: list[Case], show_bad: bool = True) -> None:
    """Chunks whose text and audio disagree: does the verdict notice, and are "plausible" times right?

    A chunk counts as *bad* when one of its words with truth is off by more than 0.2 s.
    """
    foreign = ["the committee approved the new budget for next year without any changes",
               "please remember to switch off your phones before the show begins",
               "she walked along the river until the sun went down behind the hills"]
    rows: dict[str, list] = {}
    bad_rows = []
    for case in cases:
        segs = case.truth["segments"]
        for si in range(len(segs)):
            words = segment_words(case, si)
            s, e = segs[si]["start"], segs[si]["end"]
            a, b = max(0.0, s - 0.5), min(case.duration, e + 0.5)
            x = case.samples[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)]
            extra = [(w, word_tokens(w), None) for w in foreign[si % len(foreign)].split()]
            half, third = len(words) // 2, len(words) // 3
            # 3 s more of this recording's own quiet (the leading margin, repeated): room to hide text in.
            padded = np.concatenate([x] + [x[:int(0.3 * SAMPLE_RATE)]] * 10)
            clean = [w for w in words if w[1] not in (("uh",), ("um",))]
            situations = [
                ("text as spoken", x, words),
                ("fillers (uh, um) dropped from the text", x, clean),
                ("+ unspoken sentence at end of text", x, words + extra),
                ("+ unspoken sentence in middle of text", x, words[:half] + extra + words[half:]),
                ("+ unspoken sentence at end, 3 s pause to fill", padded, words + extra),
                ("text lacks its first half", x, words[half:]),
                ("text lacks its second half", x, words[:half]),
                ("text lacks its middle third", x, words[:third] + words[2 * third:]),
            ]
            if si + 1 < len(segs):
                b2 = min(case.duration, segs[si + 1]["end"] + 0.5)
                x2 = case.samples[int(a * SAMPLE_RATE):int(b2 * SAMPLE_RATE)]
                situations.append(("audio: + next sentence, text: this one", x2, words))
                situations.append(("audio: + previous sentence, text: this one", x2, segment_words(case, si + 1)))
            for label, audio, ws in situations:
                r = aligner.align(audio, [w[1] for w in ws])
                errs = []
                if r is not None:
                    for (_, _, tru), wt in zip(ws, r.words):
                        if tru is not None and wt is not None:
                            errs += [abs(a + wt.start - tru["start"]), abs(a + wt.end - tru["end"])]
                bad = bool(errs) and max(errs) > 0.2
                verdict = "none" if r is None else ("plausible" if r.plausible else "rejected")
                rows.setdefault(label, []).append((verdict, bad, errs, r))
                if show_bad and verdict == "plausible" and bad:
                    bad_rows.append(f"  {case.name} seg {si} [{label}] {verdict}, max error {max(errs):.2f} s, "
                                    f"confidence {r.confidence:.2f}; {'; '.join(r.problems)}")

    print("\n### robustness: text and audio disagree (chunk = segment +- 0.5 s; bad = a word off by > 0.2 s)")
    print(f"{'situation':48s} {'chunks':>6s} {'None':>5s} {'reject':>6s} {'plaus.':>6s} {'p&bad':>5s} "
          f"{'r&good':>6s} {'plausible: med ms':>17s} {'<=50ms':>6s} {'unscripted s':>12s}")
    for label, rs in rows.items():
        plaus = [r for r in rs if r[0] == "plausible"]
        errs = [e for r in plaus for e in r[2]]
        unscr = sum(b - a for r in rs if r[3] is not None for a, b in r[3].unscripted)
        print(f"{label:48s} {len(rs):6d} {sum(r[0] == 'none' for r in rs):5d} "
              f"{sum(r[0] == 'rejected' for r in rs):6d} {len(plaus):6d} {sum(r[1] for r in plaus):5d} "
              f"{sum(r[0] == 'rejected' and not r[1] for r in rs):6d} "
              f"{1000 * float(np.median(errs)) if errs else float('nan'):17.1f} "
              f"{100 * float(np.mean(np.asarray(errs) <= 0.05)) if errs else float('nan'):6.1f} {unscr:12.1f}")
    if bad_rows:
        print("plausible but bad (the dangerous ones):")
        print("\n".join(bad_rows))


def compare_passes(aligner: PhoneticAligner, cases: list[Case]) -> None:
    """Word boundaries from the first pass (word segmentation, what the aligner returns) against a
    second, phone/state-level pass (``set_alignment``), and against the frame-centre time convention."""
    from aligner.align.phonetic import _CONTEXT, _FILLERS

    first, second, centre = [], [], []
    t_first = t_second = audio = 0.0
    for case in cases:
        for si, seg in enumerate(case.truth["segments"]):
            a, b = chunk_bounds(case, si, "margin0.5", np.random.default_rng(0))
            x = case.samples[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)]
            words = segment_words(case, si)
            t0 = time.process_time()
            res = aligner.align(x, [w[1] for w in words])
            t_first += time.process_time() - t0
            audio += len(x) / SAMPLE_RATE
            if res is None:
                continue
            dec = aligner._decoder  # the search that produced ``res`` is still loaded
            pcm = (np.clip(x, -1, 1) * 32767).astype(np.int16).tobytes()
            t0 = time.process_time()
            dec.set_alignment()
            dec.start_utt()
            dec.process_raw(pcm, full_utt=True)
            dec.end_utt()
            state_words = [(w.start, w.duration) for w in dec.get_alignment().words()
                           if w.name.split("(")[0] not in _FILLERS and not w.name.startswith(_CONTEXT)]
            t_second += time.process_time() - t0
            k = 0
            for (text, toks, tru), wt in zip(words, res.words):
                if not toks:
                    continue
                s2, e2 = state_words[k][0] / 100, (state_words[k + len(toks) - 1][0]
                                                   + state_words[k + len(toks) - 1][1]) / 100
                k += len(toks)
                if tru is None:
                    continue
                first += [a + wt.start - tru["start"], a + wt.end - tru["end"]]
                second += [a + s2 - tru["start"], a + e2 - tru["end"]]
                centre += [a + wt.start + 0.0078 - tru["start"], a + wt.end + 0.0078 - tru["end"]]
    print("\n### choices: which pass, which time convention (all cases pooled, margin 0.5 s)")
    print(f"{'variant':52s} {'bias':>6s} {'median':>6s} {'p90':>6s} {'<=20':>5s} {'<=50':>5s} {'RTF':>7s}")
    for label, errs, secs in [("first pass: word segmentation (used)", first, t_first),
                              ("second pass: phone/state alignment (extra time only)", second, t_second),
                              ("first pass, frame-centre convention (+7.8 ms)", centre, t_first)]:
        st = stats(errs, len(errs))
        print(f"{label:52s} {st['bias']:6.1f} {st['median']:6.1f} {st['p90']:6.1f} {st['w20']:5.1f} {st['w50']:5.1f} "
              f"{secs / audio:7.4f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/work/shared/data", type=Path)
    ap.add_argument("--score-tool", default="/work/shared/tools/score.py")
    ap.add_argument("--out", default=Path(tempfile.gettempdir()) / "bench_phonetic", type=Path)
    ap.add_argument("--cases", nargs="*", default=CASES)
    ap.add_argument("--setups", nargs="*", default=["margin0.2", "margin0.5", "margin1.0", "jitter", "cut50"])
    ap.add_argument("--context", type=int, nargs="*", default=[4, 0],
                    help="neighbouring words given as context (the engine knows them); 0 = none")
    ap.add_argument("--no-robustness", action="store_true")
    args = ap.parse_args()

    cases = [load_case(args.data, c) for c in args.cases if (args.data / c / "truth.json").exists()]
    aligner = PhoneticAligner()
    t0 = time.perf_counter()
    aligner.align(np.zeros(SAMPLE_RATE, np.float32), [("hello",)])  # load the decoder once
    print(f"decoder start-up {time.perf_counter() - t0:.2f} s; espeak-ng used for unknown words: "
          f"{aligner._pronouncer.uses_espeak}")
    jitter_out = None
    for setup in args.setups:
        for context in args.context:
            per_case, outputs = run_setup(aligner, cases, setup, context=context)
            print_accuracy(f"{setup}, {context} context words each side", per_case)
            if setup == "jitter" and jitter_out is None:
                jitter_out = outputs
    if jitter_out and os.path.exists(args.score_tool):
        run_scorer(args.score_tool, args.data, jitter_out, args.out)
    if not args.no_robustness:
        robustness(aligner, cases)
    compare_passes(aligner, cases)


if __name__ == "__main__":
    main()
