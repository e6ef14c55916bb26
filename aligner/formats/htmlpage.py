"""Web pages saved as HTML: read the text a browser would show, or refuse the file.

People save a talk's page from the browser and pick the ``.html`` file (or a
``.txt`` that holds markup).  Read as plain text, its tags and style sheets
would become "transcript" and end up in the subtitles.  This module recognises
markup and gives back the visible text, block elements on their own lines
(so paragraphs stay segments), scripts, styles and the page head left out.
The standard library's :mod:`html.parser` is enough: it is forgiving about
broken markup and knows every entity.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Unmistakable signs of a whole page.
_PAGE_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)
#: Tags of text markup; several of them in a text that is not a subtitle file mean HTML.
_TAG_RE = re.compile(r"</?(?:p|div|span|br|h[1-6]|li|ul|ol|table|tr|td|style|script|article|section|a|"
                     r"strong|em|b|i|blockquote|meta|link|img)\b[^<>]*>", re.I)

_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas"})
_BLOCK = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table",
                    "article", "section", "blockquote", "pre", "header", "footer", "main", "aside", "dd", "dt",
                    "dl", "figcaption", "hr", "title"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed",
                   "param", "track"})


def looks_like_html(text: str) -> bool:
    """True for a web page or an HTML fragment (a few tags of markup), false for subtitles' ``<i>``."""
    head = text[:65536]
    if _PAGE_RE.search(head):
        return True
    return len(_TAG_RE.findall(head)) >= 3 and bool(re.search(r"</(?:p|div|li|h[1-6]|style|script|span)>", head,
                                                                re.I))


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN and tag not in _VOID:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


#: A declaration or marked section (``<!DOCTYPE ...>``, ``<![CDATA[...``) up to the next ">": what a browser takes for a
#: bogus comment when it is damaged.
_DECLARATION = re.compile(r"<!(?!--)[^>]*>?")


def visible_text(markup: str) -> str:
    """The text a browser shows for ``markup``: one line per block, spaces collapsed, blank lines between.

    html.parser gives up with an AssertionError on a damaged declaration (``<![\x01OCTYPE``, found by the
    importers' fuzz test); a browser hides it as a bogus comment, and so does this (every declaration dropped,
    the page read again)."""
    try:
        parser = _parsed(markup)
    except AssertionError:
        parser = _parsed(_DECLARATION.sub("", markup))
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line:
            out.append(line)
        elif out and out[-1]:
            out.append("")
    return "\n".join(out).strip("\n") + "\n" if out else ""


def _parsed(markup: str) -> _Visible:
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    return parser
