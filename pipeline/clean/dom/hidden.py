"""Elements a reader never sees: inline styles, attributes and page <style> rules.

Injected link blocks are most often hidden this way; the text stays in the
page's ``source_text`` and its removal is a logged change with the rule that
found it (``dom.hidden.display-none`` ...).
"""

from __future__ import annotations

import re
from collections import Counter

from bs4 import BeautifulSoup, Tag

_DECL_RULES: list[tuple[str, re.Pattern]] = [
    ("dom.hidden.display-none", re.compile(r"display\s*:\s*none", re.I)),
    ("dom.hidden.visibility", re.compile(r"visibility\s*:\s*hidden", re.I)),
    ("dom.hidden.font-size-zero", re.compile(r"font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|!|$)", re.I)),
    (
        "dom.hidden.off-screen",
        re.compile(r"(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\s*\d{3,}", re.I),
    ),
    ("dom.hidden.opacity-zero", re.compile(r"opacity\s*:\s*0(?:\.0+)?\s*(?:;|!|$)", re.I)),
    ("dom.hidden.zero-size", re.compile(r"(?=.*\bheight\s*:\s*[01](?:px)?\s*(?:;|!|$))(?=.*overflow\s*:\s*hidden)", re.I | re.S)),
]
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"^\s*([a-z0-9]*)([.#])([\w-]+)\s*$", re.I)
_RANDOM_ID = re.compile(r"^(?=.*[a-z])(?=.*\d)[a-z0-9]{4,12}$", re.I)


def hidden_by_style(style: str) -> str | None:
    """The rule id when a CSS declaration block hides its element."""
    for rule, pattern in _DECL_RULES:
        if pattern.search(style):
            return rule
    return None


def page_hiding_selectors(soup: BeautifulSoup) -> dict[tuple[str, str, str], str]:
    """Simple selectors (``.cls``, ``#id``, ``tag.cls``) that a <style> in the page hides."""
    found: dict[tuple[str, str, str], str] = {}
    for style in soup.find_all("style"):
        css = re.sub(r"/\*.*?\*/", "", style.get_text(), flags=re.S)
        for selectors, decls in _CSS_RULE.findall(css):
            rule = hidden_by_style(decls)
            if not rule:
                continue
            for sel in selectors.split(","):
                m = _SIMPLE_SELECTOR.match(sel)
                if m:
                    found[(m.group(1).lower(), m.group(2), m.group(3))] = rule.replace("dom.hidden.", "dom.hidden.css-")
    return found


def why_hidden(tag: Tag, css: dict[tuple[str, str, str], str]) -> str | None:
    """The rule id that hides ``tag`` itself (ancestors are checked by the caller's walk)."""
    style = tag.get("style")
    if style:
        rule = hidden_by_style(style)
        if rule:
            return rule
    if tag.has_attr("hidden"):
        return "dom.hidden.attribute"
    if str(tag.get("aria-hidden", "")).lower() == "true":
        return "dom.hidden.aria-hidden"
    if css:
        for cls in tag.get("class") or []:
            rule = css.get((tag.name, ".", cls)) or css.get(("", ".", cls))
            if rule:
                return rule
        tid = tag.get("id")
        if tid:
            rule = css.get((tag.name, "#", tid)) or css.get(("", "#", tid))
            if rule:
                return rule
    return None


def find_hidden(root: Tag, soup: BeautifulSoup) -> list[tuple[Tag, str]]:
    """Outermost hidden elements under ``root`` with the rule that hides each."""
    css = page_hiding_selectors(soup)
    found: list[tuple[Tag, str]] = []

    def walk(tag: Tag) -> None:
        for child in tag.find_all(True, recursive=False):
            rule = why_hidden(child, css)
            if rule:
                found.append((child, rule))
            else:
                walk(child)

    walk(root)
    return found


def repeated_random_ids(root: Tag, min_count: int = 3) -> dict[str, list[Tag]]:
    """Ids that look random and repeat: ids are unique on a real page, so these mark injection."""
    counts = Counter(t.get("id") for t in root.find_all(id=True))
    marked = {i for i, n in counts.items() if n >= min_count and isinstance(i, str) and _RANDOM_ID.match(i)}
    return {i: root.find_all(id=i) for i in sorted(marked)}
