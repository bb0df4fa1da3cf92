"""Shared helpers for the HTML extraction tests: fixture pages and a small fake spam lexicon."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

from pipeline.changes import ChangeLog
from pipeline.clean.html import Page, extract_page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


class FakeHit:
    def __init__(self, family: str) -> None:
        self.family = family


class FakeLexicon:
    """Just enough of pipeline.clean.lexicon's interface: a few hosts and terms per family."""

    HOSTS = {"gambling": ("bet365", "xpj", "amcp", "yabo"), "escort": ("sugardaddy",),
             "lottery-id": ("togel", "slot", "judi", "rtp"), "porn": ("porn",)}
    TERMS = {"gambling": ("bet365", "体育官网", "娱乐城", "百家乐", "葡京", "威尼斯人", "彩票平台"),
             "porn": ("成人视频", "黄色网站"), "escort": ("Sugar Daddy",), "lottery-id": ("togel", "slot gacor")}

    def domain_family(self, host: str) -> str | None:
        for fam, tokens in self.HOSTS.items():
            if any(t in host for t in tokens):
                return fam
        return None

    def find_terms(self, text: str) -> list[FakeHit]:
        return [FakeHit(fam) for fam, terms in self.TERMS.items() for t in terms if t.lower() in text.lower()]


def load(name: str, encoding: str = "utf-8") -> str:
    return (FIXTURES / name).read_text(encoding=encoding)


def page_of(name: str) -> Page:
    return extract_page(load(name), lex=FakeLexicon())


def text_after(page: Page) -> str:
    log = ChangeLog(page.source_text)
    log.apply(page.edits)
    return log.text


def removed(page: Page) -> list[tuple[str, str, str]]:
    """(kind, rule, removed text) of every edit."""
    return [(e.kind, e.rule, page.source_text[e.start : e.end]) for e in page.edits]


def body_chars(html: str) -> str:
    """Every non-space character a page's body holds as text (scripts and styles excluded)."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "audio", "video"]):
        tag.decompose()
    body = soup.body or soup
    return re.sub(r"\s+", "", body.get_text())
