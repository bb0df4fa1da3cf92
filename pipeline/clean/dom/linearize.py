"""DOM -> one linear text of the whole page body, with every node's span in it.

Block elements become lines, inline text is joined, table rows become lines
with tab-separated cells. Hidden elements are linearised like any other, so
that removing them is a logged change. Every element and text node gets its
``[start, end)`` span in the text; later passes decide what to remove by
painting spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

SKIP_TAGS = frozenset(
    "script style noscript template head title meta link iframe object embed svg canvas map area img input "
    "audio video source track param base".split()
)
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol option p pre "
    "section select summary table tbody tfoot thead tr ul".split()
)
CELL_TAGS = frozenset({"td", "th"})
_NON_TEXT = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
_WS = re.compile(r"\s+")
_CJK_CLASS = "\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_CJK = re.compile(f"[{_CJK_CLASS}]")
# A line wrap in the HTML source between two Chinese characters is not a space.
_CJK_WRAP = re.compile(f"(?<=[{_CJK_CLASS}])[ \\t\\r]*\\n\\s*(?=[{_CJK_CLASS}])")


@dataclass
class Linear:
    text: str
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)  # id(node) -> span

    def span(self, node) -> tuple[int, int] | None:
        return self.spans.get(id(node))

    def node_text(self, node) -> str:
        sp = self.span(node)
        return self.text[sp[0] : sp[1]] if sp else ""


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.pending = False  # a collapsed white space waiting for the next inline text
        self.pending_wrap = False  # ... and it was a source line wrap (no space between Chinese characters)
        self.line_start = True
        self.last = ""

    def write(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.pos += len(s)
            self.last = s[-1]

    def text(self, raw: str) -> None:
        lead_ws = raw[: len(raw) - len(raw.lstrip())]
        trail_ws = raw[len(raw.rstrip()) :] if raw.strip() else ""
        s = _WS.sub(" ", _CJK_WRAP.sub("", raw))
        if s.startswith(" "):
            s = s[1:]
            if not self.line_start:
                self.pending_wrap = (self.pending_wrap or not self.pending) and "\n" in lead_ws
                self.pending = True
        if not s:
            return
        trailing = s.endswith(" ")
        if trailing:
            s = s[:-1]
        wrap_between_cjk = self.pending_wrap and _CJK.match(self.last) and _CJK.match(s[0])
        if self.pending and not self.line_start and not wrap_between_cjk:
            self.write(" ")
        self.write(s)
        self.line_start = False
        self.pending = trailing
        self.pending_wrap = trailing and "\n" in trail_ws

    def tab(self) -> None:
        if not self.line_start:
            self.write("\t")
        self.pending = self.pending_wrap = False

    def newline(self) -> None:
        if not self.line_start:
            self.write("\n")
        self.line_start = True
        self.pending = self.pending_wrap = False


def is_data_cell(cell: Tag) -> bool:
    """A table cell holding a value, not a layout cell wrapping paragraphs, tables or
    line-broken prose (old pages lay out whole articles in one <td> with <br>s)."""
    if cell.find(["table", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "section", "article"]) is not None:
        return False
    return len(cell.find_all("br", limit=3)) < 3


def linearize(root: Tag) -> Linear:
    out = _Writer()
    spans: dict[int, tuple[int, int]] = {}
    _walk(root, out, spans)
    text = "".join(out.parts).rstrip("\n")
    spans[id(root)] = (0, len(text))
    return Linear(text=text, spans={k: (min(a, len(text)), min(b, len(text))) for k, (a, b) in spans.items()})


def _walk(node: Tag, out: _Writer, spans: dict[int, tuple[int, int]]) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if isinstance(child, _NON_TEXT):
                continue
            start = out.pos
            if node.name == "pre":
                _pre_text(str(child), out)
            else:
                out.text(str(child))
            spans[id(child)] = (start, out.pos)
            continue
        if not isinstance(child, Tag) or child.name in SKIP_TAGS:
            continue
        if child.name == "br":
            out.newline()
            continue
        _element(child, out, spans)


def _element(tag: Tag, out: _Writer, spans: dict[int, tuple[int, int]]) -> None:
    name = tag.name
    block = name in BLOCK_TAGS or (name in CELL_TAGS and not is_data_cell(tag))
    if block:
        out.newline()
    elif name in CELL_TAGS:
        out.tab()
    start = out.pos
    _walk(tag, out, spans)
    spans[id(tag)] = (start, out.pos)
    if block:
        out.newline()


def _pre_text(raw: str, out: _Writer) -> None:
    for i, line in enumerate(raw.split("\n")):
        if i:
            out.newline()
        out.text(line)


def parse(html_text: str) -> BeautifulSoup:
    return BeautifulSoup(html_text, "lxml")
