"""HTML page -> linear page text, with DOM-level removals as edits."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup

from ..changes import Edit

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])", re.I)


@dataclass
class Page:
    source_text: str
    edits: list[Edit] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


def looks_like_html(media_type: str, text: str) -> bool:
    if "html" in (media_type or ""):
        return True
    return bool(_HTML_START.match(text[:1000]))


def extract_page(html_text: str) -> Page:
    soup = BeautifulSoup(html_text, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else None
    body = soup.body or soup
    text = body.get_text("\n", strip=True)
    return Page(source_text=text, metadata={"title": title} if title else {})
