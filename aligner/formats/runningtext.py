"""Running text: transcripts written as lines and paragraphs, and how to write them back.

Plain text and web transcripts are the same thing at heart -- sentences in
lines and paragraphs -- except that a web page also carries *markers*: inline
timestamps ("00:01:02,900", "[01:02]"), speaker turns ("- " at the start of a
line or after a sentence) and speaker names ("MARY:").  :func:`parse` reads
both (``markers=False`` for plain text) and returns the segments plus a
:class:`Layout`: everything between the segments' texts (line breaks, blank
lines, turn dashes, names, stamps, headings inside the talk), kept per segment
id so the file can be written back with fresh times by :func:`assemble`.

Segments are sentences; a line break always ends a segment (a transcript's
lines are how its author cut it).  A stamp is never text: it becomes a
:class:`~aligner.document.Hint` on the word that follows it.

Some pages end sentences with ".." -- the page's convention, not text.  A
segment's text then ends with a single "." (so subtitles and transcripts show
one full stop), and the layout remembers the page's stop so writing the page
back restores it; a real ellipsis "..." is text and stays.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional, Union

from ..document import Hint, Segment
from ..sentences import sentence_spans, text_language_or_english
from ..text import split_words
from .timecode import StampStyle, parse_timecode

#: A piece of the text between two segments: literal text, or a marker whose
#: content is recomputed on writing -- {"stamp": "00:01:02,900"} (the stamp as the page
#: wrote it: its style), {"speaker": "MARY"} (a name label), {"turn": "-"} (a turn dash).
Part = Union[str, dict]

LAYOUT_KEY = "layout"  #: doc.metadata key of the layout
_LAYOUT_VERSION = 1
DEFAULT_STAMP = "00:00:00,000"

# ----------------------------------------------------------------------------- markers
_BRACKETED = r"[\[(][ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[ \t]*[\])]"
_BARE_HMS = r"(?<![\w:.,])\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?(?![\w:]|[.,]\d)"
#: Anywhere in a line: bracketed stamps, and bare ones with an hour field.
STAMP_RE = re.compile(f"{_BRACKETED}|{_BARE_HMS}")
#: At the start of a line also the short bare form "0:04" (copied video transcripts).
LINE_START_STAMP_RE = re.compile(r"^[ \t]*(\d{1,2}:\d{2}(?:[.,]\d{1,3})?)(?=[ \t]|$)")
_LINE_TURN_RE = re.compile(r"^[ \t]*([-\u2013\u2014])[ \t]+(?=\S)")
_MID_TURN_RE = re.compile(r"(?<=[.!?\u2026])[\"'\u201d\u2019)\]]*[ \t]+([-\u2013\u2014])[ \t]+(?=\S)")
_NAME_WORD = r"[^\W\d_][\w'\u2019.\-]*"
LABEL_RE = re.compile(
    rf"(?P<pre>\*\*|__)?(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|\d{{1,3}})){{0,3}})"
    r"(?P<mid>\*\*|__)?[ \t]*:(?P<post>\*\*|__)?(?=\s|$)")
_NAME_PARTICLES = {"de", "da", "del", "der", "di", "du", "la", "le", "van", "von", "bin", "al", "el", "y"}
_NOT_NAMES = {
    "note", "notes", "nb", "ps", "transcript", "summary", "abstract", "description", "url", "source", "link",
    "update", "updated", "edit", "edited", "warning", "tip", "example", "step", "chapter", "part", "date",
    "time", "title", "tags", "published", "posted", "duration", "length", "language", "category", "http",
    "https", "www", "mailto", "re", "fwd", "subject", "from", "to", "cc", "important",
}
HEADING_RE = re.compile(r"^[ \t]{0,3}(#{1,6}[ \t]+\S.*|(?:[-*_][ \t]*){3,})$")


def find_stamps(line: str) -> list[tuple[int, int, float]]:
    """``(start, end, seconds)`` of the timestamps in one line of a web transcript."""
    out: list[tuple[int, int, float]] = []
    m = LINE_START_STAMP_RE.match(line)
    if m:
        _add_stamp(out, line, m.start(1), m.end(1))
    for m in STAMP_RE.finditer(line):
        if not out or m.start() >= out[-1][1]:
            _add_stamp(out, line, m.start(), m.end())
    return out


def _add_stamp(out: list, line: str, a: int, b: int) -> None:
    try:
        out.append((a, b, parse_timecode(line[a:b])))
    except ValueError:
        pass  # "12:75" is not a time


def label_name(match: "re.Match[str]") -> Optional[str]:
    """The speaker name of a :data:`LABEL_RE` match, or None when it does not look like a name."""
    name = match.group("name")
    words = name.split()
    if len(name) > 40 or name.lower() in _NOT_NAMES or words[0].lower() in _NOT_NAMES:
        return None
    for n, w in enumerate(words):
        if not (w[0].isupper() or w.isdigit() or (0 < n < len(words) - 1 and w.lower() in _NAME_PARTICLES)):
            return None
    return name


# ----------------------------------------------------------------------------- layout
@dataclass
class Layout:
    """What writing a running-text transcript back needs (JSON-serializable via :meth:`to_metadata`)."""

    kind: str  #: "web" or "plain"
    header: str = ""  #: page furniture above the talk, verbatim
    tail: list[Part] = field(default_factory=list)  #: what followed the last segment
    leads: dict[str, list[Part]] = field(default_factory=dict)  #: what preceded each segment (if not default)
    inner: dict[str, list[list]] = field(default_factory=dict)  #: [[offset, stamp]] inside a segment's text
    checks: dict[str, int] = field(default_factory=dict)  #: crc32 of the texts that have ``inner`` stamps
    stamp: str = DEFAULT_STAMP  #: the page's most common stamp (its style is used for new stamps)
    turns: bool = False  #: the page marks speaker turns with dashes
    turn_dash: str = "-"
    named: bool = False  #: the page names speakers ("MARY:")
    order: list[str] = field(default_factory=list)  #: segment ids in the order they were read
    #: segment id -> the page's own sentence end ("..") that the segment's text shows as "."
    stops: dict[str, str] = field(default_factory=dict)
    #: the page's usual sentence end, for segments it does not know (split halves, inserted ones)
    stop: str = "."

    @property
    def default_lead(self) -> str:
        return " " if self.kind == "web" else "\n"

    def to_metadata(self) -> dict:
        return {"version": _LAYOUT_VERSION, "kind": self.kind, "header": self.header, "tail": self.tail,
                "leads": self.leads, "inner": self.inner, "checks": self.checks, "stamp": self.stamp,
                "turns": self.turns, "turn_dash": self.turn_dash, "named": self.named, "order": self.order,
                "stops": self.stops, "stop": self.stop}

    @classmethod
    def from_metadata(cls, meta: object) -> Optional["Layout"]:
        """The layout stored in ``doc.metadata``, or None when absent or not understood."""
        if not isinstance(meta, dict) or meta.get("version") != _LAYOUT_VERSION:
            return None
        try:
            layout = cls(kind=str(meta["kind"]), header=str(meta.get("header", "")),
                         tail=_parts(meta.get("tail", [])),
                         leads={str(k): _parts(v) for k, v in dict(meta.get("leads", {})).items()},
                         inner={str(k): [[int(o), str(s)] for o, s in v]
                                for k, v in dict(meta.get("inner", {})).items()},
                         checks={str(k): int(v) for k, v in dict(meta.get("checks", {})).items()},
                         stamp=str(meta.get("stamp", DEFAULT_STAMP)), turns=bool(meta.get("turns")),
                         turn_dash=str(meta.get("turn_dash", "-")), named=bool(meta.get("named")),
                         order=[str(i) for i in meta.get("order", [])],
                         stops={str(k): str(v) for k, v in dict(meta.get("stops", {})).items()},
                         stop=str(meta.get("stop", ".")))
            StampStyle.of(layout.stamp)
            for parts in [layout.tail, *layout.leads.values()]:
                for p in parts:
                    if isinstance(p, dict) and "stamp" in p:
                        StampStyle.of(p["stamp"])
            for pairs in layout.inner.values():
                for _, s in pairs:
                    StampStyle.of(s)
        except (KeyError, TypeError, ValueError):
            return None
        return layout if layout.kind in ("web", "plain") else None


def _parts(value: object) -> list[Part]:
    if not isinstance(value, list):
        raise TypeError("parts must be a list")
    out: list[Part] = []
    for p in value:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, dict) and len(p) == 1 and next(iter(p)) in ("stamp", "speaker", "turn") \
                and isinstance(next(iter(p.values())), str):
            out.append(dict(p))
        else:
            raise TypeError(f"not a layout part: {p!r}")
    return out


def text_check(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


# ----------------------------------------------------------------------------- parsing
@dataclass
class _Chunk:
    """A stretch of one line that one speaker says: after a turn dash and/or a name label."""

    start: int  #: clean offset where the chunk begins (at its turn dash, if any)
    end: int
    turn: Optional[tuple[int, int]] = None  #: clean span of the dash
    label: Optional[tuple[int, int, int, str]] = None  #: clean (name start, name end, label end), name


@dataclass
class _Line:
    source: str  #: the line as written
    offset: int  #: where the line starts in the body
    clean: str  #: the line without its stamps
    cmap: list[int]  #: clean index -> index in the line
    stamps: list[tuple[int, int, int, float]]  #: (clean position, line start, line end, seconds)
    chunks: list[_Chunk]  #: none for blank lines and headings (those are layout, not text)

    def raw(self, clean_index: int) -> int:
        """Body offset of a clean character."""
        return self.offset + self.cmap[clean_index]


@dataclass
class _Seg:
    text: str
    line: int
    cstart: int  #: clean start in its line
    cend: int
    raw_start: int  #: body offsets of the text
    raw_end: int
    speaker: Optional[str]
    hints: dict[int, float] = field(default_factory=dict)
    inner: list[list] = field(default_factory=list)
    stop: str = ""  #: the page's own sentence end this text stood with ("..") when shown as "."


def parse(body: str, *, kind: str, header: str = "", markers: bool, language: Optional[str] = None
          ) -> tuple[list[Segment], Layout]:
    """Segments of running text and the layout to write it back.

    ``markers`` turns on what a web page has: stamps, turn dashes, name labels
    and markdown headings (which are kept as layout, not text).  Sentences are
    cut by the rules of ``language`` (default: the language the text is in).
    """
    if language is None:
        language = text_language_or_english(body)
    lines = _analyse_lines(body, markers)
    labels_on = markers and _labels_are_names(lines)
    turns = markers and any(c.turn for ln in lines for c in ln.chunks)
    segs, specials = _segments(lines, labels_on, turns, language)
    page_stop = _normalize_stops(segs)
    stamp_literals = _assign_stamps(lines, segs)
    layout = Layout(kind=kind, header=header, turns=turns, named=labels_on)
    if stamp_literals:
        layout.stamp = _most_common_style(stamp_literals)
    dashes = [p[1] for p in specials if p[2] == "turn"]
    if dashes:
        layout.turn_dash = Counter(dashes).most_common(1)[0][0]

    segments: list[Segment] = []
    prev_end = 0
    for s in segs:
        seg = Segment(s.text, speaker=s.speaker,
                      hints=tuple(Hint(o, t) for o, t in sorted(s.hints.items())))
        lead = _gap_parts(body, prev_end, s.raw_start, specials)
        if lead != [layout.default_lead]:
            layout.leads[seg.id] = lead
        if s.inner:
            layout.inner[seg.id] = s.inner
            layout.checks[seg.id] = text_check(s.text)
        if s.stop:
            layout.stops[seg.id] = s.stop
        segments.append(seg)
        prev_end = s.raw_end
    layout.tail = _gap_parts(body, prev_end, len(body), specials)
    layout.order = [seg.id for seg in segments]
    layout.stop = page_stop
    return segments, layout


#: A sentence ending in exactly two periods (a page convention for a full stop), not an ellipsis.
_PAGE_STOP_RE = re.compile(r"(?<![.\u2026])\.\.$")


def _normalize_stops(segs: list["_Seg"]) -> str:
    """Show a page's ".." sentence ends as "." (each remembered); return the page's usual full stop."""
    doubled = single = 0
    for s in segs:
        if _PAGE_STOP_RE.search(s.text):
            s.text, s.stop = s.text[:-1], ".."
            doubled += 1
        elif s.text.endswith(".") and not s.text.endswith(".."):
            single += 1
    return ".." if doubled and doubled >= single else "."


def _with_stop(seg: Segment, text: str, layout: Layout) -> str:
    """``text`` (the segment written out) with the page's own sentence end put back."""
    stop = layout.stops.get(seg.id) or (layout.stop if seg.id not in layout.order else None)
    if stop and stop != "." and seg.text.endswith(".") and not seg.text.endswith("..") \
            and text.endswith("."):
        return text[:-1] + stop
    return text


def _most_common_style(literals: list[str]) -> str:
    """An example of the stamp style the page uses most."""
    styles = [StampStyle.of(s) for s in literals]
    best = Counter(styles).most_common(1)[0][0]
    return literals[styles.index(best)]


def _analyse_lines(body: str, markers: bool) -> list[_Line]:
    lines = []
    offset = 0
    for raw in body.split("\n"):
        lines.append(_analyse_line(raw, offset, markers))
        offset += len(raw) + 1
    return lines


def _analyse_line(raw: str, offset: int, markers: bool) -> _Line:
    if not markers:
        stripped = raw.strip()
        chunks = [_Chunk(0, len(raw))] if stripped else []
        return _Line(raw, offset, raw, list(range(len(raw))), [], chunks)
    if HEADING_RE.match(raw):
        return _Line(raw, offset, raw, list(range(len(raw))), [], [])
    clean, cmap, stamps = _remove_stamps(raw)
    chunks: list[_Chunk] = []
    if clean.strip():
        m = _LINE_TURN_RE.match(clean)
        starts: list[tuple[int, Optional[tuple[int, int]]]] = [(0, (m.start(1), m.end(1)) if m else None)]
        starts += [(m.start(1), (m.start(1), m.end(1))) for m in _MID_TURN_RE.finditer(clean)]
        ends = [a for a, _ in starts[1:]] + [len(clean)]
        for (a, turn), b in zip(starts, ends):
            chunk = _Chunk(a, b, turn)
            lm = LABEL_RE.match(clean, _skip_space(clean, turn[1] if turn else a))
            if lm and lm.end() <= b:
                name = label_name(lm)
                if name:
                    chunk.label = (lm.start("name"), lm.end("name"), lm.end(), name)
            chunks.append(chunk)
    return _Line(raw, offset, clean, cmap, stamps, chunks)


def _skip_space(s: str, i: int) -> int:
    while i < len(s) and s[i] in " \t":
        i += 1
    return i


def _remove_stamps(raw: str) -> tuple[str, list[int], list[tuple[int, int, int, float]]]:
    """The line without its stamps, a map back to the line, and where each stamp stood."""
    found = find_stamps(raw)
    if not found:
        return raw, list(range(len(raw))), []
    clean: list[str] = []
    cmap: list[int] = []
    stamps = []
    pos = 0
    for a, b, t in found:
        for i in range(pos, a):
            clean.append(raw[i])
            cmap.append(i)
        pos = b
        before_space = not clean or clean[-1] in " \t"
        if before_space:  # "me.. 00:00:04,120 I want": drop the stamp's own space too
            while pos < len(raw) and raw[pos] in " \t":
                pos += 1
        elif pos < len(raw) and raw[pos] not in " \t":  # "word[00:05]next": keep the words apart
            clean.append(" ")
            cmap.append(a)
        stamps.append((len(clean), a, b, t))
    for i in range(pos, len(raw)):
        clean.append(raw[i])
        cmap.append(i)
    return "".join(clean), cmap, stamps


def _labels_are_names(lines: list[_Line]) -> bool:
    """Name labels count only where the page clearly uses them: twice, after a dash, or in capitals."""
    found = [(c.label[3], c.turn is not None) for ln in lines for c in ln.chunks if c.label]
    if not found:
        return False
    return len(found) >= 2 or any(after_dash or name.isupper() and len(name) > 1 for name, after_dash in found)


def _segments(lines: list[_Line], labels_on: bool, turns: bool, language: str
              ) -> tuple[list[_Seg], list[tuple[int, str, str, int]]]:
    """Sentences of every chunk, with speakers; and the markers that are layout (body offsets)."""
    segs: list[_Seg] = []
    specials: list[tuple[int, str, str, int]] = []  # (start, literal, kind, end)
    speaker: Optional[str] = "Speaker A" if turns and not labels_on else None
    history: list[str] = []  # distinct speakers in order of their turns

    def switch(new: Optional[str]) -> None:
        nonlocal speaker
        speaker = new
        if new is not None and (not history or history[-1] != new):
            history.append(new)

    for li, ln in enumerate(lines):
        for _cpos, a, b, _t in ln.stamps:
            specials.append((ln.offset + a, ln.source[a:b], "stamp", ln.offset + b))
        for c in ln.chunks:
            text_from = c.start
            if c.turn:
                a, b = c.turn
                specials.append((ln.raw(a), ln.clean[a:b], "turn", ln.raw(b - 1) + 1))
                text_from = b
            if c.label and labels_on:
                a, b, end, name = c.label
                specials.append((ln.raw(a), name, "speaker", ln.raw(b - 1) + 1))
                switch(name)
                text_from = end
            elif c.turn:
                switch(_next_speaker(speaker, history, started=bool(segs)))
            elif speaker is not None and not history:
                history.append(speaker)
            chunk_text = ln.clean[text_from:c.end]
            for a, b in sentence_spans(chunk_text, language):
                cs, ce = text_from + a, text_from + b
                segs.append(_Seg(ln.clean[cs:ce], li, cs, ce, ln.raw(cs), ln.raw(ce - 1) + 1, speaker))
    return segs, sorted(specials)


def _next_speaker(current: Optional[str], history: list[str], started: bool) -> str:
    """Who speaks after an unnamed turn dash: the speaker before the current one (dialogues
    alternate), else a new "Speaker A", "Speaker B" ... not used yet."""
    if current is None or not started:
        return current or "Speaker A"
    for name in reversed(history):
        if name != current:
            return name
    return next(f"Speaker {chr(c)}" for c in range(ord("A"), ord("Z") + 1)
                if f"Speaker {chr(c)}" not in history and f"Speaker {chr(c)}" != current)


def _assign_stamps(lines: list[_Line], segs: list[_Seg]) -> list[str]:
    """Turn every stamp into a hint on the word that follows it; return the stamps' literals."""
    literals = []
    k = 0
    for li, ln in enumerate(lines):
        for cpos, a, b, t in ln.stamps:
            literal = ln.source[a:b]
            literals.append(literal)
            while k < len(segs) and (segs[k].line, segs[k].cend) <= (li, cpos):
                k += 1
            if k == len(segs):  # after the last word: the end of the talk
                if segs:
                    segs[-1].hints[len(segs[-1].text)] = t
                continue
            s = segs[k]
            if (s.line, s.cstart) >= (li, cpos):
                s.hints[0] = t
            else:
                rel = cpos - s.cstart
                word = next((w.start for w in split_words(s.text) if w.start >= rel), None)
                if word is not None:
                    s.hints[word] = t
                # else: the stamp stands inside a word ("we 00:01 —." glues "—." to "we"): it times
                # no word start, so it is no hint.  The layout puts it back exactly where it stood.
                s.inner.append([rel, literal])
    return literals


def _gap_parts(body: str, lo: int, hi: int, specials: list[tuple[int, str, str, int]]) -> list[Part]:
    """Parts of ``body[lo:hi]``: literal text around the stamps, turn dashes and names in it."""
    parts: list[Part] = []
    pos = lo
    for a, literal, kind, b in specials[bisect_left(specials, (lo,)):bisect_left(specials, (hi,))]:
        if a > pos:
            parts.append(body[pos:a])
        parts.append({kind: literal})
        pos = b
    if hi > pos or not parts:
        parts.append(body[pos:hi])
    return parts


# ----------------------------------------------------------------------------- writing
def stamp_time(seg: Segment, offset: int) -> Optional[float]:
    """When the text at ``offset`` of ``seg`` is spoken, as far as alignment knows.

    The aligned start of the word there; else a time interpolated inside the
    aligned segment; else None (not aligned: a stamp then keeps the time it had).
    """
    spans = split_words(seg.text)
    if seg.words and len(seg.words) == len(spans):
        for span, word in zip(spans, seg.words):
            if span.start >= offset:
                if word.timed:
                    return word.start
                if not word.cue:  # an untimed cue ("[applause]") is skipped: the next word tells
                    break
        if offset >= len(seg.text):
            ends = [w.end for w in seg.words if w.timed]
            if ends:
                return ends[-1]
    if seg.timed:
        if offset <= 0:
            return seg.start
        if offset >= len(seg.text):
            return seg.end
        return seg.start + (seg.end - seg.start) * offset / len(seg.text)
    return None


def hint_time(seg: Segment, offset: int) -> Optional[float]:
    """The time the transcript itself gave for ``offset`` (a hint), if any."""
    return next((h.time for h in seg.hints if h.offset == offset), None)


def _stamp(example: str, t: Optional[float]) -> str:
    """A stamp for time ``t`` in the style of ``example`` (the example itself when the time is unknown)."""
    return example if t is None else StampStyle.of(example).format(t)


def _first(*values: Optional[float]) -> Optional[float]:
    return next((v for v in values if v is not None), None)


def _has(parts: list[Part], kind: str) -> bool:
    return any(isinstance(p, dict) and kind in p for p in parts)


def _with_turn(parts: list[Part], layout: Layout) -> list[Part]:
    """``parts`` with a turn dash (and a name label on named pages) before any stamp or name."""
    k = next((n for n, p in enumerate(parts) if not isinstance(p, str)), len(parts))
    turn: list[Part] = [{"turn": layout.turn_dash}, " "]
    if layout.named and not _has(parts, "speaker"):
        turn += [{"speaker": ""}, ": "]
    if k and isinstance(parts[k - 1], str) and parts[k - 1] and not parts[k - 1][-1].isspace():
        turn.insert(0, " ")
    return parts[:k] + turn + parts[k:]


def _text_with_stamps(seg: Segment, layout: Layout) -> str:
    """The segment's text with a stamp before each word the transcript had a stamp for."""
    styles: dict[int, str] = {}
    stored = layout.inner.get(seg.id)
    if stored and layout.checks.get(seg.id) == text_check(seg.text):
        # Text unchanged since import: the layout knows exactly where each stamp stood.
        styles = {int(o): s for o, s in stored}
        positions = set(styles)
    else:  # edited (split, merged, retyped): the hints, which edits carry along, say where
        positions = {h.offset for h in seg.hints if 0 < h.offset < len(seg.text)}
    text = seg.text
    for off in sorted(positions, reverse=True):
        if off in styles:
            stamp = _stamp(styles[off], stamp_time(seg, off))
        else:
            stamp = _stamp(layout.stamp, _first(stamp_time(seg, off), hint_time(seg, off)))
        text = text[:off] + stamp + " " + text[off:]
    return text


def _breaks_of_deleted(segments: list[Segment], layout: Layout) -> dict[str, list[Part]]:
    """What started a line, paragraph or turn before a deleted segment, for the next surviving one.

    Deleting the first sentence of a paragraph or turn must not glue the rest
    onto the previous paragraph, nor drop the heading, dash or name before it.
    Its stamps go with it: they timed the deleted words.
    """
    present = {s.id for s in segments}
    carried: dict[str, list[Part]] = {}
    pending: Optional[list[Part]] = None
    for sid in layout.order:
        if sid in present:
            if pending is not None:
                carried[sid] = pending
                pending = None
        elif pending is None:
            lead = layout.leads.get(sid, [layout.default_lead])
            if (lead and isinstance(lead[0], str) and "\n" in lead[0]) or _has(lead, "turn"):
                pending = _without_stamps(lead)
    return carried


def _without_stamps(parts: list[Part]) -> list[Part]:
    out: list[Part] = []
    for p in parts:
        if isinstance(p, dict) and "stamp" in p:
            continue
        if isinstance(p, str) and out and isinstance(out[-1], str):
            out[-1] = out[-1] + p if not (out[-1].endswith(" ") and p.startswith(" ")) else out[-1] + p[1:]
        else:
            out.append(p)
    return out


def _starting_with(parts: list[Part], carried: list[Part]) -> list[Part]:
    """A segment's lead, given what started the line or turn of a deleted segment before it."""
    head = parts[0] if parts and isinstance(parts[0], str) else ""
    rest = parts[1:] if parts and isinstance(parts[0], str) else parts
    if _has(parts, "turn") or "\n" in head:  # it starts its own turn or line: only keep the line break
        breaks = carried[0] if carried and isinstance(carried[0], str) and "\n" in carried[0] else ""
        return parts if "\n" in head or not breaks else [breaks + head.lstrip(" \t")] + rest
    if carried and isinstance(carried[-1], str):
        return carried[:-1] + [carried[-1] + head.lstrip(" \t")] + rest
    return carried + [head.lstrip(" \t")] + rest


def assemble(segments: list[Segment], layout: Layout) -> str:
    """The transcript as it was laid out, with each stamp giving its word's current time.

    Segments the layout does not know (inserted, or the right half of a split)
    get the page's usual separator, a stamp if they carry a hint at their start,
    and a turn dash where the speaker changes on a page that marks turns.
    """
    out = [layout.header]
    prev: Optional[Segment] = None
    carried = _breaks_of_deleted(segments, layout)
    for i, seg in enumerate(segments):
        parts = layout.leads.get(seg.id)
        if parts is None:
            parts = ["" if i == 0 else layout.default_lead]
            hinted = hint_time(seg, 0)
            if hinted is not None and layout.kind == "web":
                parts += [{"stamp": _stamp(layout.stamp, hinted)}, " "]
        if seg.id in carried:
            parts = _starting_with(parts, carried[seg.id])
        if (layout.turns and prev is not None and seg.speaker is not None and seg.speaker != prev.speaker
                and not _has(parts, "turn")):
            parts = _with_turn(parts, layout)
        for p in parts:
            if isinstance(p, str):
                out.append(p)
            elif "stamp" in p:
                out.append(_stamp(p["stamp"], stamp_time(seg, 0)))
            elif "speaker" in p:
                out.append(seg.speaker or p["speaker"] or "Speaker")
            else:
                out.append(p["turn"])
        out.append(_with_stop(seg, _text_with_stamps(seg, layout) if layout.kind == "web" else seg.text, layout))
        prev = seg
    for p in layout.tail:
        if isinstance(p, str):
            out.append(p)
        elif "stamp" in p:
            out.append(_stamp(p["stamp"], stamp_time(prev, len(prev.text)) if prev else None))
        elif "speaker" in p:
            out.append(p["speaker"])
        else:
            out.append(p["turn"])
    return "".join(out)
