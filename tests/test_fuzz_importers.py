"""Fuzzing every importer and the project loader: nothing but Aligner's own errors ever comes out (issue 12).

Random bytes, and valid files of every format with bytes flipped, cut,
inserted or lines shuffled, are read the way the program reads a file the user
picked.  The only acceptable failure is an :class:`~aligner.errors.AlignerError`
(a message for the user); a ``KeyError`` or ``IndexError`` from a corner of a
parser would be a traceback in the window.  Projects get structural mutations
too: any value anywhere in the JSON replaced by any other JSON value.
"""

from __future__ import annotations

import json
import os
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aligner.document import Document, Hint, Segment, UnscriptedSpan, Word
from aligner.errors import AlignerError, ProjectError
from aligner.formats import read_transcript, render
from aligner.project import load_project, project_to_dict

FORMATS = ["txt", "web", "srt", "vtt", "json", "csv", "textgrid", "audacity"]
EXTENSIONS = {"txt": ".txt", "web": ".md", "srt": ".srt", "vtt": ".vtt", "json": ".json", "csv": ".csv",
              "textgrid": ".TextGrid", "audacity": ".txt"}
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_DIR = tempfile.mkdtemp(prefix="aligner-fuzz-")


def sample_document() -> Document:
    return Document(
        [Segment("Thanks for having me.. Why do we sleep?", 0.5, 3.2, speaker="Ann",
                 words=tuple(Word(t, 0.5 + 0.3 * k, 0.8 + 0.3 * k, 0.9) for k, t in
                             enumerate("Thanks for having me.. Why do we sleep?".split())),
                 confidence=0.92, flags=frozenset({"low_confidence"}), hints=(Hint(0, 0.4),)),
         Segment("Nobody [laughs] really knows, e.g. Dr. Lee.", 3.6, 6.0, speaker="Bob", confidence=0.7),
         Segment("It costs 3.5% — “quoted”, 10 ms.", 6.4, 8.0, speaker="Ann", confidence=0.4)],
        audio_path=os.path.join(_DIR, "talk.wav"), audio_duration=10.0, language="en",
        unscripted=[UnscriptedSpan(8.2, 9.0, "um so", 0.5)])


VALID = {key: render(sample_document(), key).encode("utf-8") for key in FORMATS}
VALID["html"] = (b"<!DOCTYPE html><html><head><style>p{}</style></head><body><h2>Transcript</h2>"
                 b"<p>00:00:01,000 Thanks for having me.</p><p>- BOB: Why do we sleep?</p></body></html>")


def read_bytes_as(data: bytes, ext: str, fmt=None):
    fd, path = tempfile.mkstemp(suffix=ext, dir=_DIR)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    try:
        return read_transcript(path, fmt)
    finally:
        os.unlink(path)


@st.composite
def mutated(draw, data: bytes) -> bytes:
    """A valid file damaged the way files get damaged: flips, cuts, insertions, repeats, lost lines."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "truncate", "repeat", "drop-line", "swap-lines"]))
        n = len(out)
        if n == 0:
            out += draw(st.binary(min_size=1, max_size=20))
            continue
        i = draw(st.integers(0, n - 1))
        if kind == "flip":
            out[i] = draw(st.integers(0, 255))
        elif kind == "cut":
            del out[i:i + draw(st.integers(1, 40))]
        elif kind == "insert":
            out[i:i] = draw(st.one_of(st.binary(max_size=30), st.sampled_from(
                [b"-->", b"\n\n", b"00:00:", b"<", b">", b"{", b"}", b"\"", b"\t", b",", b"\x00", b"\xff\xfe",
                 b"99999999999:99", b"WEBVTT\n", b"NaN", b"-1e400", b"[", b"]", b"&#0;", b"<p>"])))
        elif kind == "truncate":
            del out[i:]
        elif kind == "repeat":
            j = draw(st.integers(i, min(n, i + 200)))
            out[i:i] = out[i:j] * draw(st.integers(1, 3))
        else:
            lines = bytes(out).split(b"\n")
            k = draw(st.integers(0, len(lines) - 1))
            if kind == "drop-line":
                del lines[k]
            else:
                m = draw(st.integers(0, len(lines) - 1))
                lines[k], lines[m] = lines[m], lines[k]
            out = bytearray(b"\n".join(lines))
    return bytes(out)


def only_aligner_errors(fn) -> None:
    try:
        doc = fn()
    except AlignerError:
        return
    assert isinstance(doc, Document) and doc.segments


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(FORMATS + [None]), st.sampled_from(sorted(set(EXTENSIONS.values()))))
def test_random_bytes_are_refused_with_a_message(data, fmt, ext):
    only_aligner_errors(lambda: read_bytes_as(data, ext, fmt))


@pytest.mark.parametrize("key", FORMATS + ["html"])
def test_every_sample_is_read(key):
    doc = read_bytes_as(VALID[key], EXTENSIONS.get(key, ".html"))
    assert doc.segments


@pytest.mark.parametrize("key", FORMATS + ["html"])
@FUZZ
@given(data=st.data())
def test_damaged_files_of_every_format_are_read_or_refused(key, data):
    damaged = data.draw(mutated(VALID[key]))
    fmt = data.draw(st.sampled_from([None, key if key != "html" else None]))
    only_aligner_errors(lambda: read_bytes_as(damaged, EXTENSIONS.get(key, ".html"), fmt))


@FUZZ
@given(st.text(max_size=400), st.sampled_from(FORMATS + [None]))
def test_random_text_is_read_or_refused(text, fmt):
    only_aligner_errors(lambda: read_bytes_as(text.encode("utf-8", "surrogatepass"), ".txt", fmt))


# ------------------------------------------------------------------------------ the project loader

PROJECT = json.dumps(project_to_dict(sample_document(), _DIR, {"zoom": 2.0}), indent=1).encode("utf-8")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=6)


#: Values that break naive loaders: not-a-number, infinities, out-of-range times and confidences, wrong types.
edge_values = st.sampled_from([float("nan"), float("inf"), -1.0, 1e9, 7.5, "x", None])


def _get(obj, path):
    for step in path:
        obj = obj[step]
    return obj


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, prefix + (i,))


def load_bytes(data: bytes):
    fd, path = tempfile.mkstemp(suffix=".alignproj", dir=_DIR)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    try:
        return load_project(path)
    finally:
        os.unlink(path)


def only_project_errors(data: bytes) -> None:
    try:
        project = load_bytes(data)
    except ProjectError:
        return
    project.document.check(allow_overlap=True)  # what loads is a sound document
    json.dumps(project_to_dict(project.document), allow_nan=False)  # ... that can be saved again


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_are_not_a_project(data):
    only_project_errors(data)


@FUZZ
@given(st.data())
def test_damaged_project_files_are_refused_with_a_reason(data):
    only_project_errors(data.draw(mutated(PROJECT)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_value_anywhere_in_a_project_is_loaded_soundly_or_refused(data):
    obj = json.loads(PROJECT)
    paths = list(_paths(obj))
    numbers = [p for p in paths if isinstance(_get(obj, p), (int, float)) and not isinstance(_get(obj, p), bool)]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.one_of(st.sampled_from(numbers), st.sampled_from(paths)))
        value = data.draw(st.one_of(edge_values, json_values))
        if not path:
            obj = value
            break
        parent = obj
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation replaced this branch
    only_project_errors(json.dumps(obj).encode("utf-8"))
