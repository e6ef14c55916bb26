"""No merge-conflict markers left in the project's text (one sat in engine.py's docstring, where Python parses it)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = re.compile(r"^(<{7} |>{7} |={7}$)", re.MULTILINE)


def test_no_conflict_markers_in_the_project():
    found = []
    for folder in ("aligner", "ui", "tests", "benchmarks", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".md", ".toml", ".sh", ".txt", ".qss") and "out" not in path.parts \
                    and not any(p.startswith(".venv") for p in path.parts):
                text = path.read_text(encoding="utf-8", errors="replace")
                lines = [text[:m.start()].count("\n") + 1 for m in MARKER.finditer(text)]
                found += [f"{path.relative_to(ROOT)}:{n}" for n in lines]
    for name in ("README.md", "pyproject.toml"):
        if MARKER.search((ROOT / name).read_text(encoding="utf-8")):
            found.append(name)
    assert not found, found
