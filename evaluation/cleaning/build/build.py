"""Writes evaluation/cleaning/docs/* and gold/*.json from the marked-up sources
in this folder (docs_*.py), so every gold string is exactly what the document
carries. Run: ``.venv/bin/python evaluation/cleaning/build/build.py``.

Markup inside a document template (nesting allowed in K):
  [[S:family:shape|text]]   injected spam: written as is, listed in gold "spam"
  [[K|text]]                genuine text that must survive: gold "keep" is the
                            text with any inner spam removed and the words
                            rejoined (one space in English, none in Chinese)
  [[B|text]]                site chrome / boilerplate that must go
  [[M|text]]                an MT artifact that must not remain
  [[R|before=>after]]       writes ``before``; gold wants ``after`` present and ``before`` gone
  [[J:gbk-latin1|text]]     writes ``text`` as mojibake (GBK bytes read as Latin-1);
  [[J:utf8-gbk|text]]       (UTF-8 bytes read as GBK); gold wants ``text`` back
Templates are written as is; in HTML, gold strings are the markup's text (tags
dropped, entities resolved), so write literal tags in visible text as &lt;b&gt;.
"""

from __future__ import annotations

import html
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL_DIR = HERE.parent
sys.path.insert(0, str(EVAL_DIR.parent.parent))
sys.path.insert(0, str(HERE))

from pipeline.evaluation.gold import match_form, reference_from_bytes, squash_space, without_strings  # noqa: E402

_OPEN, _CLOSE = "[[", "]]"
MARK = "\x00"  # brackets a repaired stretch in the clean rendering while it is built
CONTEXT = 4  # characters of context each side in a repair's "after" string


def parse(src: str, i: int = 0, depth: int = 0) -> tuple[list, int]:
    """Template -> list of str and (tag, children) nodes."""
    out: list = []
    buf = []
    while i < len(src):
        if src.startswith(_OPEN, i):
            if buf:
                out.append("".join(buf))
                buf = []
            bar = src.index("|", i)
            tag = src[i + 2 : bar]
            children, i = parse(src, bar + 1, depth + 1)
            out.append((tag, children))
        elif src.startswith(_CLOSE, i) and depth:
            if buf:
                out.append("".join(buf))
            return out, i + 2
        else:
            buf.append(src[i])
            i += 1
    if depth:
        raise ValueError("unclosed [[ in template")
    if buf:
        out.append("".join(buf))
    return out, i


def mojibake(text: str, how: str) -> str:
    if how == "gbk-latin1":
        return text.encode("gbk").decode("latin-1")
    if how == "utf8-gbk":
        return text.encode("utf-8").decode("gbk")  # strict: only reversible cases
    raise ValueError(how)


class Doc:
    def __init__(self, spec: dict):
        self.spec = spec
        self.lang = spec["lang"]
        self.is_html = spec["name"].endswith(".html")
        self.spam: list[dict] = []
        self.keep: list[str] = []
        self.boilerplate: list[str] = []
        self.must_not: list[str] = []
        self.repairs: list[str] = []

    def text_of(self, s: str) -> str:
        """What markup text reads as: HTML tags dropped and entities resolved in HTML."""
        return html.unescape(re.sub(r"<[^>]*>", "", s)) if self.is_html else s

    def render(self, nodes: list, mode: str, collect: bool) -> str:
        """mode 'raw': the document; 'clean': spam dropped, repairs applied;
        'no-chrome': the document without its boilerplate."""
        parts = []
        for n in nodes:
            if isinstance(n, str):
                parts.append(n)
                continue
            tag, kids = n
            inner_raw = self.render(kids, "raw" if mode == "clean" else mode, collect)
            inner_plain = self.render(kids, "clean", False)
            kind = tag.split(":")
            if kind[0] == "S":
                if collect:
                    self._add_spam(self.text_of(inner_raw), kind)
                parts.append(("" if self.lang == "zh" else " ") if mode == "clean" else inner_raw)
            elif kind[0] == "K":
                if any(isinstance(k, tuple) and k[0][0] in "RJ" for k in kids):
                    raise ValueError("a keep string may not contain a repair: keep strings must read as in the source")
                if collect:
                    self.keep.append(squash_space(self.text_of(inner_plain)))
                parts.append(inner_plain if mode == "clean" else inner_raw)
            elif kind[0] in ("B", "M"):
                if collect:
                    (self.boilerplate if kind[0] == "B" else self.must_not).append(self.text_of(inner_raw))
                parts.append("" if mode == "no-chrome" else inner_raw)
            elif kind[0] in ("R", "J"):
                if kind[0] == "R":
                    before, after = inner_raw.split("=>")
                else:
                    before, after = mojibake(inner_raw, kind[1]), inner_raw
                if collect:
                    self.must_not.append(before)
                if mode == "clean":
                    parts.append(MARK + after + MARK)
                else:
                    parts.append(before)
            else:
                raise ValueError(f"unknown tag {tag}")
        return "".join(parts)

    def repairs_with_context(self, marked: str) -> str:
        """Collect each repaired stretch with a little unchanged context around it
        (so the gold string cannot be found elsewhere); returns the text unmarked."""
        pieces = marked.split(MARK)
        clean = "".join(pieces)
        pos = 0
        for i, piece in enumerate(pieces):
            if i % 2 == 1:
                left = clean[max(0, pos - CONTEXT) : pos].split("\n")[-1]
                right = clean[pos + len(piece) : pos + len(piece) + CONTEXT].split("\n")[0]
                if self.lang == "en":  # two whole words of context each side
                    left = re.search(r"(?:\S+[ \t]+){0,2}\S*$", clean[:pos].split("\n")[-1]).group(0)
                    right = re.match(r"(?:[ \t]*\S+){0,2}", clean[pos + len(piece) :].split("\n")[0]).group(0)
                self.repairs.append(squash_space(self.text_of(left + piece + right)))
            pos += len(piece)
        return clean

    def _add_spam(self, text: str, kind: list[str]) -> None:
        entry = {"text": text, "family": kind[1], "shape": kind[2]}
        if entry not in self.spam:
            self.spam.append(entry)

    def build(self) -> tuple[bytes, dict]:
        nodes, _ = parse(self.spec["body"].strip("\n") + "\n")
        raw = self.render(nodes, "raw", True)
        charset = self.spec.get("charset", "utf-8")
        data = raw.encode(charset)
        clean_raw = self.repairs_with_context(self.render(nodes, "clean", False))
        no_chrome = self.render(nodes, "no-chrome", False).encode(charset)
        self.check(data, clean_raw.encode(charset, errors="replace"), no_chrome)
        return data, self.gold()

    def gold(self) -> dict:
        spec = self.spec
        families = list(dict.fromkeys(spec.get("families", []) + [s["family"] for s in self.spam]))
        shapes = list(dict.fromkeys([s["shape"] for s in self.spam] + spec.get("shapes", [])))
        g: dict = {
            "file": f"docs/{spec['name']}",
            "lang": self.lang,
            "kind": spec["kind"],
            "metadata": spec.get("metadata", {}),
            "families": families,
            "shapes": shapes,
            "spam": self.spam,
            "boilerplate": list(dict.fromkeys(self.boilerplate + spec.get("boilerplate", []))),
            "keep": list(dict.fromkeys(self.keep + spec.get("keep", []))),
        }
        if spec.get("charset", "utf-8") != "utf-8":
            g["charset"] = spec["charset"]
        must_not = list(dict.fromkeys(self.must_not + spec.get("must_not_remain", [])))
        if must_not or spec.get("no_regex"):
            g["mt_artifacts"] = {"must_not_remain": must_not, "no_regex": spec.get("no_regex", [])}
        if self.repairs:
            g["repairs"] = [{"after": a} for a in dict.fromkeys(self.repairs)]
        if spec.get("clean"):
            g["clean"] = True
        if spec.get("notes"):
            g["notes"] = spec["notes"]
        return g

    def check(self, data: bytes, clean_data: bytes, no_chrome: bytes) -> None:
        name = self.spec["name"]
        ref = reference_from_bytes(data, name, self.spec.get("charset"))
        legit = reference_from_bytes(clean_data, name, self.spec.get("charset")).lower()
        for s in self.spam:
            assert s["text"] in ref, (name, "spam not in text", s["text"])
            assert s["text"].lower() not in legit, (name, "spam also occurs in genuine text", s["text"])
        rejoined = match_form(without_strings(ref, [s["text"] for s in self.spam], self.lang))
        for k in self.keep + self.spec.get("keep", []):
            assert match_form(k) in rejoined, (name, "keep not in rejoined text", k)
        article = reference_from_bytes(no_chrome, name, self.spec.get("charset")).lower()
        for b in self.boilerplate + self.spec.get("boilerplate", []):
            assert b in ref, (name, "boilerplate not in text", b)
            assert b.lower() not in article, (name, "boilerplate also occurs in the article", b)
        for m in self.must_not + self.spec.get("must_not_remain", []):
            assert m in ref, (name, "artifact not in text", m)
        for p in self.spec.get("no_regex", []):
            assert re.search(p, ref), (name, "no_regex does not match the text", p)
        ref_form = match_form(ref, hyphens=False)
        for a in self.repairs:
            assert match_form(a, hyphens=False) not in ref_form, (name, "repair target already in text", a)


def main() -> None:
    specs = []
    for mod in sorted(HERE.glob("docs_*.py")):
        specs += importlib.import_module(mod.stem).DOCS
    names = [s["name"] for s in specs]
    assert len(names) == len(set(names)), "duplicate document names"
    (EVAL_DIR / "docs").mkdir(exist_ok=True)
    (EVAL_DIR / "gold").mkdir(exist_ok=True)
    for spec in specs:
        data, gold = Doc(spec).build()
        (EVAL_DIR / "docs" / spec["name"]).write_bytes(data)
        stem = spec["name"].rsplit(".", 1)[0]
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        (EVAL_DIR / "gold" / f"{stem}.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(specs)} documents")


if __name__ == "__main__":
    main()
