"""Build docs/<name>.txt and gold/<name>.json from marked/<name>.marked.

A marked file is the document text with every mention bracketed where it is
written, so the gold is exhaustive by construction and easy to review:

    ⟦A|国务院⟧ · ⟦M|对口支援⟧ · ⟦S 2016 2020 tpa|“十三五”⟧

``A`` = ACTOR, ``M`` = MECHANISM, ``S start end stage`` = STAGE with ``-`` for
null and the stage abbreviations below. A ``?`` after the letter (``⟦A?|山东⟧``)
marks an optional reading the guide accepts but does not require: the scorer
neither requires it nor counts a span on it wrong. Brackets may nest (an ACTOR
inside a MECHANISM phrase). The first line ``#lang zh`` gives the language. Gold lists
every distinct mention string once per label, in order of first appearance.

Run: .venv/bin/python evaluation/annotation/build_gold.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = {
    "cs": "counterpart-support",
    "pac": "poverty-alleviation-collaboration",
    "tpa": "targeted-poverty-alleviation",
    "rr": "rural-revitalization",
    "-": None,
}
LABELS = {"A": "ACTOR", "M": "MECHANISM", "S": "STAGE"}


def parse(marked: str) -> tuple[str, list[tuple[str, str, dict]]]:
    """Plain text and the (label, text, attrs) mentions of a marked document."""
    out: list[str] = []
    mentions: list[tuple[str, str, dict]] = []
    stack: list[tuple[str, dict, int]] = []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == "⟦":
            bar = marked.index("|", i)
            head = marked[i + 1 : bar].split()
            label = LABELS[head[0].rstrip("?")]
            attrs = {"optional": True} if head[0].endswith("?") else {}
            if label == "STAGE":
                start, end, stage = head[1:4]
                attrs |= {
                    "start_year": None if start == "-" else int(start),
                    "end_year": None if end == "-" else int(end),
                    "stage_id": STAGES[stage],
                }
            stack.append((label, attrs, len("".join(out))))
            i = bar + 1
        elif ch == "⟧":
            label, attrs, begin = stack.pop()
            mentions.append((label, "".join(out)[begin:], attrs))
            i += 1
        else:
            out.append(ch)
            i += 1
    if stack:
        raise ValueError(f"unclosed bracket: {stack}")
    return "".join(out), mentions


def gold_for(name: str, lang: str, text: str, mentions) -> dict:
    annotations: dict[str, list] = {"ACTOR": [], "MECHANISM": [], "STAGE": []}
    seen: dict[tuple[str, str], dict] = {}
    # required readings first, so a string marked both ways is required
    for label, mention, attrs in sorted(mentions, key=lambda m: ("optional" in m[2], text.find(m[1]))):
        key = (label, mention)
        if key in seen:
            if _without_optional(seen[key]) != _without_optional(attrs):
                raise ValueError(f"{name}: {mention!r} normalised two ways")
            continue
        seen[key] = attrs
        plain = label != "STAGE" and not attrs
        annotations[label].append(mention if plain else {"text": mention, **attrs})
    return {"file": f"docs/{name}.txt", "lang": lang, "exhaustive": True, "annotations": annotations}


def _without_optional(attrs: dict) -> dict:
    return {k: v for k, v in attrs.items() if k != "optional"}


def build(name: str) -> None:
    raw = (HERE / "marked" / f"{name}.marked").read_text(encoding="utf-8")
    first, body = raw.split("\n", 1)
    lang = first.removeprefix("#lang").strip()
    text, mentions = parse(body)
    (HERE / "docs" / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = gold_for(name, lang, text, mentions)
    (HERE / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "marked").glob("*.marked"))
    for n in names:
        build(n)
        print("built", n)
