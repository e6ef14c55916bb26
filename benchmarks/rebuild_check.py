"""Make built cases again in a temporary folder and compare them byte for byte with benchmarks/out/cases.

Why: the case folder is shared by everyone who benchmarks, so a generator may never change a built case's output
(truth, audio or transcript) once it is there.  A change to a generator -- a new set, or shared parts folded into
one module -- is proven harmless by making its cases again *elsewhere* and finding every file the same.  The shared
folder is only read.  No aligner runs.

    .venv/bin/python benchmarks/rebuild_check.py --sets aside7            # kx_* and rd21_* (English and languages)
    .venv/bin/python benchmarks/rebuild_check.py --sets aside2,aside3,aside4,aside5,aside6,aside7,fast
    .venv/bin/python benchmarks/rebuild_check.py rd17_real_pa_agc_vtt ...  # named cases
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import cases  # noqa: E402

#: Each aside set's English and language cases with their dev twins (cases.py's lists).
SETS = {
    "aside2": lambda: cases.ASIDE2 + cases.FRESH2_DEV,  # unseen_cases.py's English (nx_*, rd2_*, rd4_*)
    "aside3": lambda: cases.ASIDE3 + cases.FRESH5_DEV + cases.LANG_ASIDE3 + cases.LANG5_DEV,
    "aside4": lambda: cases.ASIDE4 + cases.FRESH9_DEV + cases.LANG_ASIDE4 + cases.LANG9_DEV,
    "aside5": lambda: cases.ASIDE5 + cases.FRESH12_DEV + cases.LANG_ASIDE5 + cases.LANG12_DEV,
    "aside6": lambda: cases.ASIDE6 + cases.FRESH17_DEV + cases.LANG_ASIDE6 + cases.LANG17_DEV,
    "aside7": lambda: cases.ASIDE7 + cases.FRESH21_DEV + cases.LANG_ASIDE7 + cases.LANG21_DEV,
    "aside8": lambda: cases.ASIDE8 + cases.FRESH22_DEV + cases.LANG_ASIDE8 + cases.LANG22_DEV,
    "aside9": lambda: cases.ASIDE9 + cases.FRESH26_DEV + cases.LANG_ASIDE9 + cases.LANG26_DEV,
    "aside10": lambda: cases.ASIDE10 + cases.FRESH31_DEV + cases.LANG_ASIDE10 + cases.LANG31_DEV,
    "aside11": lambda: cases.ASIDE11 + cases.FRESH40_DEV + cases.LANG_ASIDE11 + cases.LANG40_DEV,
    "aside12": lambda: cases.ASIDE12 + cases.FRESH48_DEV + cases.LANG_ASIDE12 + cases.LANG48_DEV,
    "aside13": lambda: cases.ASIDE13 + cases.FRESH54_DEV + cases.LANG_ASIDE13 + cases.LANG54_DEV,
    "aside14": lambda: cases.ASIDE14 + cases.FRESH57_DEV + cases.LANG_ASIDE14 + cases.LANG57_DEV,
    "aside15": lambda: cases.ASIDE15 + cases.FRESH58_DEV + cases.LANG_ASIDE15 + cases.LANG58_DEV,
    "aside16": lambda: cases.ASIDE16 + cases.FRESH59_DEV + cases.LANG_ASIDE16 + cases.LANG59_DEV,
    "aside17": lambda: cases.ASIDE17 + cases.FRESH60_DEV + cases.LANG_ASIDE17 + cases.LANG60_DEV,
    "aside18": lambda: cases.ASIDE18 + cases.FRESH61_DEV + cases.LANG_ASIDE18 + cases.LANG61_DEV,
    "aside19": lambda: cases.ASIDE19 + cases.FRESH62_DEV + cases.LANG_ASIDE19 + cases.LANG62_DEV,
    "aside20": lambda: cases.ASIDE20 + cases.FRESH63_DEV + cases.LANG_ASIDE20 + cases.LANG63_DEV,
    "aside21": lambda: cases.ASIDE21 + cases.FRESH64_DEV + cases.LANG_ASIDE21 + cases.LANG64_DEV,
    "aside22": lambda: cases.ASIDE22 + cases.FRESH65_DEV + cases.LANG_ASIDE22 + cases.LANG65_DEV,
    "aside23": lambda: cases.ASIDE23 + cases.FRESH66_DEV + cases.LANG_ASIDE23 + cases.LANG66_DEV,
    "aside24": lambda: cases.ASIDE24 + cases.FRESH67_DEV + cases.LANG_ASIDE24 + cases.LANG67_DEV,
    "aside25": lambda: cases.ASIDE25 + cases.FRESH68_DEV + cases.LANG_ASIDE25 + cases.LANG68_DEV,
    "aside26": lambda: cases.ASIDE26 + cases.FRESH69_DEV + cases.LANG_ASIDE26 + cases.LANG69_DEV,
    "aside27": lambda: cases.ASIDE27 + cases.FRESH70_DEV + cases.LANG_ASIDE27 + cases.LANG70_DEV,
    "aside28": lambda: cases.ASIDE28 + cases.FRESH71_DEV + cases.LANG_ASIDE28 + cases.LANG71_DEV,
    "aside29": lambda: cases.ASIDE29 + cases.FRESH72_DEV + cases.LANG_ASIDE29 + cases.LANG72_DEV,
    "aside30": lambda: cases.ASIDE30 + cases.FRESH73_DEV + cases.LANG_ASIDE30 + cases.LANG73_DEV,
    "aside31": lambda: cases.ASIDE31 + cases.FRESH74_DEV + cases.LANG_ASIDE31 + cases.LANG74_DEV,
    "aside32": lambda: cases.ASIDE32 + cases.FRESH75_DEV + cases.LANG_ASIDE32 + cases.LANG75_DEV,
    "aside33": lambda: cases.ASIDE33 + cases.FRESH76_DEV + cases.LANG_ASIDE33 + cases.LANG76_DEV,
    "aside34": lambda: cases.ASIDE34 + cases.FRESH77_DEV + cases.LANG_ASIDE34 + cases.LANG77_DEV,
    "aside35": lambda: cases.ASIDE35 + cases.FRESH78_DEV + cases.LANG_ASIDE35 + cases.LANG78_DEV,
    "aside36": lambda: cases.ASIDE36 + cases.FRESH79_DEV + cases.LANG_ASIDE36 + cases.LANG79_DEV,
    "aside37": lambda: cases.ASIDE37 + cases.FRESH80_DEV + cases.LANG_ASIDE37 + cases.LANG80_DEV,
    "aside38": lambda: cases.ASIDE38 + cases.FRESH81_DEV + cases.LANG_ASIDE38 + cases.LANG81_DEV,
    "aside39": lambda: cases.ASIDE39 + cases.FRESH82_DEV + cases.LANG_ASIDE39 + cases.LANG82_DEV,
    "aside40": lambda: cases.ASIDE40 + cases.FRESH83_DEV + cases.LANG_ASIDE40 + cases.LANG83_DEV,
    "aside41": lambda: cases.ASIDE41 + cases.FRESH84_DEV + cases.LANG_ASIDE41 + cases.LANG84_DEV,
    "aside42": lambda: cases.ASIDE42 + cases.FRESH85_DEV + cases.LANG_ASIDE42 + cases.LANG85_DEV,
    "aside43": lambda: cases.ASIDE43 + cases.FRESH86_DEV + cases.LANG_ASIDE43 + cases.LANG86_DEV,
    "aside44": lambda: cases.ASIDE44 + cases.FRESH87_DEV + cases.LANG_ASIDE44 + cases.LANG87_DEV,
    "aside45": lambda: cases.ASIDE45 + cases.FRESH88_DEV + cases.LANG_ASIDE45 + cases.LANG88_DEV,
    "aside46": lambda: cases.ASIDE46 + cases.FRESH89_DEV + cases.LANG_ASIDE46 + cases.LANG89_DEV,
    "aside47": lambda: cases.ASIDE47 + cases.FRESH90_DEV + cases.LANG_ASIDE47 + cases.LANG90_DEV,
    "aside48": lambda: cases.ASIDE48 + cases.FRESH91_DEV + cases.LANG_ASIDE48 + cases.LANG91_DEV,
    "aside49": lambda: cases.ASIDE49 + cases.FRESH92_DEV + cases.LANG_ASIDE49 + cases.LANG92_DEV,
    "dev25": lambda: cases.LANG25_DEV,  # fillets_gated_languages.py (rd25_*)
    "rd28": lambda: list(cases.room_tail_cases.NAMES),  # room_tail_cases.py (rd28_*: English and languages)
    "rd32": lambda: list(cases.room_tail_more_cases.NAMES),  # room_tail_more_cases.py (rd32_*)
    "rd37": lambda: list(cases.slap_back_cases.NAMES),  # slap_back_cases.py (rd37_*: English and languages)
    "rd39": lambda: list(cases.replaced_line_cases.NAMES),  # replaced_line_cases.py (rd39_*)
    # dev families built with the shared makers (fast_cases, fast_hall_cases, crosstalk_cases, mishear_cases)
    "fast": lambda: cases.FAST_DEV + cases.FAST_HALL_DEV + cases.CROSSTALK_DEV + cases.MISHEAR_DEV,
}


def differences(name: str, tmp: Path) -> list[str]:
    """The files of ``name`` that differ between a fresh build in ``tmp`` and the stored case (empty: the same)."""
    stored = cases.CASES_DIR / name
    if not (stored / "truth.json").is_file():
        return [f"{name}: not built in {cases.CASES_DIR}"]
    fresh = tmp / name
    cases.write_case(cases._make(name), fresh)
    names = sorted({p.name for p in fresh.iterdir()} | {p.name for p in stored.iterdir() if p.is_file()})
    out = []
    for f in names:
        a, b = fresh / f, stored / f
        if not a.is_file() or not b.is_file():
            out.append(f"{name}/{f}: only in {'the stored case' if b.is_file() else 'the fresh build'}")
        elif a.read_bytes() != b.read_bytes():
            out.append(f"{name}/{f}: differs")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="cases to check")
    ap.add_argument("--sets", default="", help="comma list of " + ", ".join(SETS))
    a = ap.parse_args()
    names = list(a.names)
    for s in filter(None, a.sets.split(",")):
        names += SETS[s]()
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in names:
            diff = differences(n, Path(tmp))
            bad += bool(diff)
            print(f"{n:40s} " + ("same bytes" if not diff else "; ".join(diff)), flush=True)
    print(f"{len(names) - bad} of {len(names)} cases made again to the same bytes")
    if bad:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
