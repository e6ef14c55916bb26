"""Where does the phone pass end a line, under variants of its search set-up?  (j134, issue 7)

Each truth line becomes one chunk cut as the engine cuts a line's edge chunk (``boundaries``: 1 s of margin,
no further than 0.3 s into the neighbouring line, whose words go in as optional context; the half second before the
chunk as ``lead_in``).  For every variant of the decoder's set-up the line's end is read twice: the HMM's own end of
the last word (``raw``, the search alone) and the phone pass's end after its edge placement (``edge``), both against
the truth line's end.  Starts are read too, so a variant that moves right starts is seen.

    .venv/bin/python benchmarks/phone_end_variants.py CASE [CASE ...] [--variants base,noise_off] [--json OUT]

Development cases and seen aside sets only (``cases.UNSEEN_ASIDE_PREFIXES`` is refused).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import cases  # noqa: E402
from aligner.align import phonetic  # noqa: E402
from aligner.align.phonetic import SAMPLE_RATE, PhoneticAligner  # noqa: E402
from aligner.text import split_words, word_tokens  # noqa: E402

CASES_DIR = HERE / "out" / "cases"
SHARED_DATA = Path("/work/shared/data")  #: the shared clean cases (read only), looked up when CASES_DIR lacks a name
MARGIN, INTO_NEIGHBOUR, CONTEXT, LEAD_IN = 1.0, 0.3, 3, 0.5

#: decoder keyword arguments per variant (on top of the module's own)
VARIANTS = {
    "base": {},
    "noise_off": {"remove_noise": False},
    "fill_1e-4": {"fillprob": 1e-4},
    "sil_0.005": {"silprob": 0.005},
    "sil_0.5": {"silprob": 0.5},
    "wip_0.1": {"wip": 0.1},
    "wip_1": {"wip": 1.0},
    "nofiller": {"fsgusefiller": False},
    "agc_max": {"agc": "max"},
    "cmn_live": {"cmn": "live"},
    "cmn_none": {"cmn": "none"},
    "fill_1e-2": {"fillprob": 1e-2},
    "no_upperf": {"upperf": 7800.0, "lowerf": 100.0},
    # not a decoder setting: the line's last word may also be said without its final phone (a dictionary variant the
    # search is free to take), so a final phone the search only squeezed in can be left out
    "trim_last": {},
    # nor this: the line's last word may also hold a pause (SIL) before its final consonant, a stop's closure or a
    # gap before a weak final fricative, which a word's HMM has no state for
    "final_pause": {},
    # nor this: espeak-ng's voiceless velar/uvular fricative (Spanish j, Russian x, German ach) as English HH, the
    # fricative English has, instead of K, the stop at its place (pronounce._IPA_TO_ARPA)
    "x_hh": {},
    # and espeak-ng's close-mid /e/ (Spanish, Italian, German e) as EY rather than EH (open-mid)
    "x_hh_e_ey": {},
    "e_ey": {},
    # and close-mid /e/ as EH alone: the mapping before both readings were offered as dictionary variants (j136)
    "e_eh": {},
}
MAP_AS = {"x_hh": {"x": ("HH",), "χ": ("HH",)}, "e_ey": {"e": ("EY",)}, "x_hh_e_ey": {"x": ("HH",), "χ": ("HH",), "e": ("EY",)}}
TRIM_LAST = {"trim_last"}
FINAL_PAUSE = {"final_pause"}
_VOWELS = {"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"}


class VariantAligner(PhoneticAligner):
    def __init__(self, extra: dict, trim_last: bool = False, final_pause: bool = False, **kw):
        super().__init__(**kw)
        self.extra = extra
        self.trim_last = trim_last
        self.final_pause = final_pause

    def _decode(self, pcm, before, text, after):
        if self.trim_last and text:
            dec = self._decoder
            phones = (dec.lookup_word(text[-1]) or "").split()
            k = 2
            while dec.lookup_word(f"{text[-1]}({k})") is not None:
                k += 1
            if len(phones) > 1 and not any((dec.lookup_word(f"{text[-1]}({j})") or "").split() == phones[:-1]
                                           for j in range(2, k)):
                dec.add_word(f"{text[-1]}({k})", " ".join(phones[:-1]), False)
        if self.final_pause and text:
            dec = self._decoder
            variants, k = [], 1
            while (ph := dec.lookup_word(text[-1] if k == 1 else f"{text[-1]}({k})")) is not None:
                variants.append(ph.split())
                k += 1
            for phones in list(variants):
                if len(phones) > 1 and phones[-1] not in _VOWELS and "SIL" not in phones:
                    paused = phones[:-1] + ["SIL", phones[-1]]
                    if paused not in variants:
                        dec.add_word(f"{text[-1]}({k})", " ".join(paused), False)
                        variants.append(paused)
                        k += 1
        return super()._decode(pcm, before, text, after)

    def _ensure_decoder(self):
        if self._decoder is None:
            from pocketsphinx import Decoder

            from aligner.align.pronounce import Pronouncer
            kw = dict(samprate=SAMPLE_RATE, lm=None, bestpath=False, loglevel="FATAL", beam=self.BEAM,
                      pbeam=self.BEAM, wbeam=self.WORD_BEAM, silprob=self.SILENCE_PROB)
            kw.update(self.extra)
            self._decoder = Decoder(**kw)
            for k, v in self.extra.items():  # the model's feat.params overrides the front end's keyword arguments
                self._decoder.config[k] = v
            self._decoder.reinit_feat()
            assert all(self._decoder.config[k] == v for k, v in self.extra.items()), self.extra
            self._logmath = self._decoder.get_logmath()
            self._pronouncer = Pronouncer(known=self._decoder.lookup_word, use_espeak=self._use_espeak)
        return self._decoder


def language_of(name: str) -> str:
    m = re.match(r"^[a-z0-9]+_([a-z]{2})_", name)
    return m.group(1) if m and m.group(1) not in ("tts",) else "en"


def load(name: str):
    folder = CASES_DIR / name if (CASES_DIR / name).is_dir() else SHARED_DATA / name
    with wave.open(str(folder / "audio.wav")) as w:
        assert w.getframerate() == SAMPLE_RATE and w.getnchannels() == 1
        x = np.frombuffer(w.readframes(w.getnframes()), np.int16).astype(np.float32) / 32768.0
    return x, json.loads((folder / "truth.json").read_text(encoding="utf-8"))


def lines(truth: dict) -> list[dict]:
    return [s for s in truth["segments"] if any(word_tokens(w) for w in split_words(s["text"]))]


def run(aligner: PhoneticAligner, name: str, x: np.ndarray, truth: dict, lang: str) -> list[dict]:
    segs = lines(truth)
    dur = len(x) / SAMPLE_RATE
    out = []
    for i, seg in enumerate(segs):
        s, e = seg["start"], seg["end"]
        prev, nxt = (segs[i - 1] if i else None), (segs[i + 1] if i + 1 < len(segs) else None)
        a = max(0.0, s - MARGIN, prev["end"] - INTO_NEIGHBOUR if prev else 0.0)
        b = min(dur, e + MARGIN, nxt["start"] + INTO_NEIGHBOUR if nxt else dur)
        words = [word_tokens(w) for w in split_words(seg["text"])]
        before = [word_tokens(w) for w in split_words(prev["text"])][-CONTEXT:] if prev else []
        after = [word_tokens(w) for w in split_words(nxt["text"])][:CONTEXT] if nxt else []
        lead = x[max(0, int((a - LEAD_IN) * SAMPLE_RATE)):int(a * SAMPLE_RATE)]
        chunk = x[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)]
        t0 = time.process_time()
        res = aligner.align(chunk, words, before=before, after=after, language=lang, lead_in=lead)
        cpu = time.process_time() - t0
        row = dict(case=name, line=i, text=seg["text"], truth_start=s, truth_end=e, cpu=cpu, audio=len(chunk) / SAMPLE_RATE)
        if res is not None:
            own = [(w, t0_, t1_) for w, t0_, t1_ in res.segments
                   if w not in phonetic._FILLERS and not w.startswith(phonetic._CONTEXT)]
            row.update(plausible=res.plausible, raw_end=a + own[-1][2] + phonetic.FRAME if own else None,
                       raw_start=a + own[0][1] if own else None,
                       edge_end=a + res.speech_end, edge_start=a + res.speech_start,
                       tail=[(w, round(a + t0_, 3), round(a + t1_, 3)) for w, t0_, t1_ in res.segments[-4:]])
        out.append(row)
    return out


def summary(rows: list[dict], key: str, which: str) -> dict:
    err = np.array([r[f"{key}_{which}"] - r[f"truth_{which}"] for r in rows if r.get(f"{key}_{which}") is not None])
    n = len(rows)
    if not len(err):
        return dict(n=n)
    a = np.abs(err)
    return dict(n=n, found=len(err), med=1000 * float(np.median(err)),
                w50=100 * float(np.sum(a <= 0.05)) / n, w100=100 * float(np.sum(a <= 0.1)) / n,
                w200=100 * float(np.sum(a <= 0.2)) / n, over1s=int(np.sum(a > 1.0)))


def family(name: str) -> str:
    """The kind of talk a case stands for, for the per-family table."""
    if name in ("tts_espeak_us", "mfa_acoustic_corpus", "mfa_cold_corpus", "praatio_bobby_mary"):
        return "clean (shared data)"
    if language_of(name) != "en":
        return "languages" if "trailing" not in name else "trailing-off (languages)"
    for key in ("ssb", "trailing", "buzz"):
        if key in name:
            return {"ssb": "relayed (ssb)", "trailing": "trailing-off", "buzz": "buzz / room"}[key]
    return "other"


def compare(results: dict, base: str = "base") -> None:
    """Per family and variant: raw ends within 50/100/200 ms, signed medians, ends moved > 20 ms better/worse."""
    fams = sorted({family(r["case"]) for r in results[base]})
    for fam in fams:
        print(f"\n### {fam}")
        idx = [i for i, r in enumerate(results[base]) if family(r["case"]) == fam]
        for v, rows in results.items():
            sub = [rows[i] for i in idx]
            s, e = summary(sub, "raw", "start"), summary(sub, "raw", "end")
            better = worse = 0
            for i in idx:
                b, r = results[base][i], rows[i]
                if b.get("raw_end") is None or r.get("raw_end") is None:
                    continue
                d = abs(r["raw_end"] - r["truth_end"]) - abs(b["raw_end"] - b["truth_end"])
                better += d < -0.02
                worse += d > 0.02
            cpu = sum(r["cpu"] for r in sub) / max(1e-9, sum(r["audio"] for r in sub))
            print(f"{v:12s} lines {e['n']:3d} found {e.get('found', 0):3d} | start med {s.get('med', float('nan')):+5.0f} "
                  f"w50/100/200 {s.get('w50', 0):5.1f} {s.get('w100', 0):5.1f} {s.get('w200', 0):5.1f} | end med "
                  f"{e.get('med', float('nan')):+5.0f} w50/100/200 {e.get('w50', 0):5.1f} {e.get('w100', 0):5.1f} "
                  f"{e.get('w200', 0):5.1f} >1s {e.get('over1s', 0)} | ends better/worse >20ms {better:2d}/{worse:2d} "
                  f"| cpu/s {cpu:.4f}")


def tails(rows: list[dict], early: float = 0.1) -> None:
    """For every end the search put more than ``early`` s before the truth's: what the stretch it gave to silence holds.

    Levels are the 5 ms envelope (``phone_edges.fine_db``) in dB: the stretch's median and 90th percentile against
    the line's loud level (90th percentile over the truth line) and against the pause after the truth's end
    (0.1-0.4 s after it); periodicity (``voice_edges.periodicity_of``) of the stretch and of that pause.
    """
    from aligner.align.phone_edges import fine_db
    from aligner.align.voice_edges import periodicity_of
    audio: dict = {}
    print(f"\n{'case':32s} line   err | tail-loud med p90 | tail-pause | periodicity tail pause")
    for r in rows:
        if r.get("raw_end") is None or r["raw_end"] - r["truth_end"] >= -early:
            continue
        x = audio.setdefault(r["case"], load(r["case"])[0])
        te, end = r["truth_end"], r["raw_end"]
        loud = float(np.percentile(fine_db(x, r["truth_start"], te)[1], 90))
        pause = float(np.median(fine_db(x, te + 0.1, te + 0.4)[1]))
        tail = fine_db(x, end, te)[1]
        per_tail, per_pause = periodicity_of(x, SAMPLE_RATE, end, te), periodicity_of(x, SAMPLE_RATE, te + 0.1, te + 0.4)
        print(f"{r['case'][:32]:32s} {r['line']:4d} {1000 * (end - te):+5.0f} | {np.median(tail) - loud:+6.1f} "
              f"{np.percentile(tail, 90) - loud:+6.1f} | {np.median(tail) - pause:+5.1f} | "
              f"{np.median(per_tail) if len(per_tail) else float('nan'):.2f} "
              f"{np.median(per_pause) if len(per_pause) else float('nan'):.2f}  {r['text'][-28:]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cases", nargs="+")
    ap.add_argument("--variants", default="base,noise_off")
    ap.add_argument("--json")
    ap.add_argument("--margin", type=float, default=MARGIN, help="seconds of audio beside the line (engine: 1.0)")
    ap.add_argument("--from-json", help="print the tables of an earlier run's --json instead of running")
    ap.add_argument("--tails", action="store_true", help="what each early end's stretch holds (base variant)")
    args = ap.parse_args()
    if args.from_json:
        results = json.loads(Path(args.from_json).read_text(encoding="utf-8"))
        compare(results)
        if args.tails:
            tails(results[next(iter(results))])
        return
    names = []
    for pat in args.cases:
        import fnmatch
        for folder in (CASES_DIR, SHARED_DATA):
            names += sorted(n.name for n in folder.iterdir() if fnmatch.fnmatch(n.name, pat)
                            and (n / "truth.json").exists() and n.name not in names)
    unseen = tuple(getattr(cases, "UNSEEN_ASIDE_PREFIXES", ()))
    if any(n.startswith(unseen) for n in names) if unseen else False:
        sys.exit(f"refused: unseen aside cases in {names}")
    globals()["MARGIN"] = args.margin  # run() reads it
    variants = args.variants.split(",")
    results: dict = {v: [] for v in variants}
    for name in names:
        x, truth = load(name)
        lang = language_of(name)
        for v in variants:
            from aligner.align import pronounce
            kept = {k: pronounce._IPA_TO_ARPA[k] for k in ("x", "χ", "e")}
            pronounce._IPA_TO_ARPA.update(MAP_AS.get(v, {}))
            readings = pronounce._CLOSE_MID_E_READINGS
            if v == "e_eh":
                pronounce._CLOSE_MID_E_READINGS = (("EH",),)
            try:
                results[v] += run(VariantAligner(VARIANTS[v], trim_last=v in TRIM_LAST, final_pause=v in FINAL_PAUSE), name, x, truth,
                                  lang)
            finally:
                pronounce._IPA_TO_ARPA.update(kept)
                pronounce._CLOSE_MID_E_READINGS = readings
    for v in variants:
        rows = results[v]
        cpu = sum(r["cpu"] for r in rows) / max(1e-9, sum(r["audio"] for r in rows))
        for key in ("raw", "edge"):
            s, e = summary(rows, key, "start"), summary(rows, key, "end")
            print(f"{v:10s} {key:4s} start med {s.get('med', float('nan')):+6.0f} "
                  f"w50/100/200 {s.get('w50', 0):5.1f} {s.get('w100', 0):5.1f} {s.get('w200', 0):5.1f} | end med "
                  f"{e.get('med', float('nan')):+6.0f} w50/100/200 {e.get('w50', 0):5.1f} {e.get('w100', 0):5.1f} "
                  f"{e.get('w200', 0):5.1f} >1s {e.get('over1s', 0)} found {e.get('found', 0)}/{e['n']}  "
                  f"cpu/audio {cpu:.4f}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    if "base" in results:
        compare(results)
    if args.tails:
        tails(results[variants[0]])


if __name__ == "__main__":
    main()
