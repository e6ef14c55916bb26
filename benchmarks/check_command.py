"""``python X_cases.py --check``: the command line every small dev-truth generator shares.

A generator module names its cases; making and checking them is cases.py's job (one place that knows the cases
folder, the versions and how truth is scored as an output), so the generator's own ``--check`` only hands its
names over to it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Callable


def check_main(description: str, family: str, names: Callable[[], list[str]]) -> None:
    """Parse ``--check`` and, when given, make every case of ``family`` (e.g. ``"rd14_*"``) and check its truth."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", action="store_true", help=f"make every {family} case and check its truth")
    if ap.parse_args().check:
        cases_py = Path(__file__).resolve().parent / "cases.py"
        sys.exit(subprocess.call([sys.executable, str(cases_py), "--check", *names()]))
