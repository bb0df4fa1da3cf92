"""Unlisted brands selling with short calls to action (``WinStar official site``,
``LuckyHarbor88官网注册``, ``金沙萬利app下载``).

Short keywords (官网, app, download, official site) are ordinary words on their
own; right after a name shaped like a brand they are an advertisement, also in an
article about gambling governance: there the article names regulators, not
download pages. A Latin brand is a made-up compound (an inner capital: WinStar)
or letters with digits (LuckyHarbor88); a Chinese one is a run of rare words that
no dictionary holds, carrying a gaming morpheme (金沙, 鸿运) or a Traditional
character inside a Simplified article.
"""

from __future__ import annotations

import re

from .lexicon import TermHit
from .spam_rejoin import Insertion
from .spam_shapes import _jieba, is_brand_code, word_freq

# Keywords that ask the reader to do something (not topic words such as sports, games).
CALLS = frozenset({"官网", "app", "下载", "网址", "登录", "注册", "开户", "官方", "立即注册", "立即下载",
                   "official website", "official site", "download", "login", "register", "bonus"})
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]{2,20}) ?$")
_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,10}$")
CONFIDENCE = 0.8


def brand_led_calls(text: str, group: list[TermHit], allowed: frozenset, morphemes: tuple[str, ...],
                    is_traditional=None) -> Insertion | None:
    """The insertion made of an unlisted brand and the weak calls to action glued after it."""
    terms = {re.sub(r"\s+", " ", text[h.start : h.end].lower()) for h in group}
    if not terms & CALLS:
        return None
    start, end = group[0].start, group[-1].end
    window = text[max(0, start - 22) : start]
    m = _LATIN_BEFORE.search(window)
    if m and _latin_brand(m.group(1), allowed):
        return Insertion(start - len(window) + m.start(1), end, group[0].family,
                         "spam.unknown.brand-before-call", CONFIDENCE)
    calls_only = len(group) >= 2 and all(t in CALLS for t in terms)
    run = _CJK_BEFORE.search(window) if calls_only and not window.endswith(" ") else None
    if run:
        name = _rare_name(run.group(0))
        if name and (any(mo in name for mo in morphemes) or (is_traditional and is_traditional(name))):
            return Insertion(start - len(name), end, group[0].family, "spam.unknown.brand-before-call", 0.75)
    return None


def _latin_brand(token: str, allowed: frozenset) -> bool:
    if token.lower() in allowed:
        return False
    if re.search(r"[a-z][A-Z]", token) and token[0].isupper():
        return True  # WinStar, LuckyHarbor88 (not iPhone)
    return is_brand_code(token)


def _rare_name(run: str) -> str:
    """Trailing words of ``run`` that no dictionary lists together (2 to 4 characters)."""
    name = ""
    for word in reversed(list(_jieba().cut(run))):
        if len(name) + len(word) > 4 or word_freq(word) >= 2000:
            break
        name = word + name
    return name if 2 <= len(name) <= 4 and word_freq(name) == 0 else ""
