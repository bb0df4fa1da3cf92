"""Gold files for evaluation: finding them, reading the documents they describe,
and the text forms gold strings are matched in.

A gold file lives in a folder named ``gold/``; its ``"file"`` is relative to the
folder holding that ``gold/`` folder (``/work/shared/gold/seed.json`` names
``seeds/000_….txt``). The *reference text* of a document is what it reads before
any cleaning: the decoded bytes for plain text, and for HTML the text of every
element, visible or hidden (scripts and styles excepted). Gold spam and
boilerplate strings are exact substrings of it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CLEANING_KEYS = ("spam", "keep", "boilerplate", "mt_artifacts", "clean")
HTML_SUFFIXES = (".html", ".htm")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"

# Chinese punctuation is mapped to its ASCII counterpart on both sides before a
# keep string is compared, so a correct MT punctuation repair never counts as loss.
_PUNCT = str.maketrans(
    {
        "、": ",", "，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?",
        "（": "(", "）": ")", "“": '"', "”": '"', "‘": "'", "’": "'", "《": '"', "》": '"',
        "【": "[", "】": "]", "…": "...", "–": "-", "—": "-",
    }
)


@dataclass
class GoldDoc:
    """One gold file and the document it describes."""

    gold_path: Path
    base_dir: Path
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return str(self.data.get("file", self.gold_path.stem))

    @property
    def doc_path(self) -> Path:
        return self.base_dir / self.data["file"]

    @property
    def lang(self) -> str:
        return str(self.data.get("lang", "?"))

    @property
    def families(self) -> list[str]:
        return list(self.data.get("families") or ["unlabelled"])

    @property
    def shapes(self) -> list[str]:
        return list(self.data.get("shapes") or [])

    def is_cleaning_gold(self) -> bool:
        return any(k in self.data for k in CLEANING_KEYS)

    def spam_items(self) -> list[dict[str, str]]:
        """Spam entries as ``{text, family, shape}``; plain strings take the doc's first family and shape."""
        items = []
        for entry in self.data.get("spam") or []:
            if isinstance(entry, str):
                entry = {"text": entry}
            items.append(
                {
                    "text": entry["text"],
                    "family": entry.get("family") or self.families[0],
                    "shape": entry.get("shape") or (self.shapes[0] if self.shapes else "unlabelled"),
                }
            )
        return items


def find_gold(eval_dir: Path) -> list[GoldDoc]:
    """Every ``gold/*.json`` under ``eval_dir`` (recursively), in a stable order."""
    found = []
    for path in sorted(eval_dir.rglob("*.json")):
        rel = path.relative_to(eval_dir).parts
        if path.parent.name != "gold" or any(p.startswith(".") for p in rel):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "file" in data:
            found.append(GoldDoc(gold_path=path, base_dir=path.parent.parent, data=data))
    return found


def decode_reference(data: bytes, charset: str | None = None) -> str:
    """Decode bytes the way the gold was written: the gold's charset, a BOM, a meta charset, UTF-8, GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    candidates = [charset] if charset else []
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii"))
    candidates += ["utf-8", "gb18030"]
    for cs in candidates:
        try:
            return data.decode(_codec(cs))
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def _codec(charset: str) -> str:
    cs = charset.lower()
    return {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}.get(cs, cs)


def reference_text(path: Path, charset: str | None = None, with_title: bool = True) -> str:
    """The document as it reads before cleaning (HTML: all element text, hidden included)."""
    return reference_from_bytes(path.read_bytes(), path.name, charset, with_title)


def reference_from_bytes(data: bytes, name: str, charset: str | None = None, with_title: bool = True) -> str:
    """``with_title=False`` leaves out an HTML page's <title> (the body text only)."""
    text = decode_reference(data, charset)
    if name.lower().endswith(HTML_SUFFIXES):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(text, "lxml")
        for tag in soup(["script", "style", "noscript", "template"] + ([] if with_title else ["title"])):
            tag.decompose()
        return soup.get_text()
    return text


def match_form(text: str, hyphens: bool = True) -> str:
    """Case-, width-, white-space- and punctuation-tolerant form used to find keep strings.

    Chinese punctuation becomes ASCII, white space around punctuation and
    hyphens and next to CJK characters goes, other runs of white space become
    one space. Two English words glued together do *not* match the two words.
    ``hyphens=False`` keeps the spacing around hyphens (``high -quality`` then
    differs from ``high-quality``), for checking that a repair happened.
    """
    s = unicodedata.normalize("NFKC", text).translate(_PUNCT).lower()
    if hyphens:
        s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"""\s*([,.;:!?()"'\[\]])\s*""", r"\1", s)
    s = re.sub(rf"\s+(?=[{_CJK}])|(?<=[{_CJK}])\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


def squash_space(text: str) -> str:
    """White space runs to one space: the form repairs and spam strings are counted in."""
    return re.sub(r"\s+", " ", text).strip()


def without_strings(text: str, strings: list[str], lang: str) -> str:
    """``text`` with every occurrence of ``strings`` (longest first) removed and the
    words around rejoined: one space in English, nothing in Chinese."""
    joiner = "" if lang == "zh" else " "
    for s in sorted(set(strings), key=lambda x: (-len(x), x)):
        if s:
            text = text.replace(s, joiner)
    return text
