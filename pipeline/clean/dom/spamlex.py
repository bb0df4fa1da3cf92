"""The spam lexicon as the DOM pass uses it: link hosts and anchor texts.

The lexicon itself (brands, keyword families, domain patterns) belongs to
``pipeline.clean.lexicon``; this adapter only asks it two questions and keeps
the DOM code independent of how its answers are shaped.
"""

from __future__ import annotations

import functools
from typing import Any, Protocol
from urllib.parse import urlsplit


class SpamLexicon(Protocol):
    def domain_family(self, host: str) -> str | None: ...

    def find_terms(self, text: str) -> list[Any]: ...


class _NoLexicon:
    def domain_family(self, host: str) -> str | None:
        return None

    def find_terms(self, text: str) -> list[Any]:
        return []


@functools.lru_cache(maxsize=1)
def default_lexicon() -> SpamLexicon:
    try:
        from ..lexicon import load_spam_lexicon
    except ImportError:  # the lexicon module is optional for the DOM pass
        return _NoLexicon()
    return load_spam_lexicon()


def _family_of(hit: Any) -> str | None:
    if isinstance(hit, dict):
        return hit.get("family")
    fam = getattr(hit, "family", None)
    if fam:
        return fam
    if isinstance(hit, (tuple, list)) and hit and isinstance(hit[-1], str):
        return hit[-1]
    return None


def text_families(lex: SpamLexicon, text: str, strong_only: bool = True) -> list[str]:
    """Families of spam terms found in ``text`` (weak call-to-action words alone are not enough)."""
    fams = []
    for hit in lex.find_terms(text) or []:
        strength = hit.get("strength") if isinstance(hit, dict) else getattr(hit, "strength", "strong")
        if strong_only and strength == "weak":
            continue
        fam = _family_of(hit) or "unknown"
        if fam not in fams:
            fams.append(fam)
    return fams


def host_of(href: str | None) -> str | None:
    if not href or not href.lower().startswith(("http://", "https://", "//")):
        return None
    try:
        host = urlsplit(href if not href.startswith("//") else "http:" + href).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def link_family(lex: SpamLexicon, href: str | None, anchor_text: str) -> str | None:
    """The spam family of one link, from its host first, then its anchor text."""
    host = host_of(href)
    if host:
        fam = lex.domain_family(host)
        if fam:
            return fam
    fams = text_families(lex, anchor_text)
    return fams[0] if fams else None
