"""Per-document language detection (zh | en) from the script mix."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect_lang(text: str) -> str:
    """Chinese when CJK characters outweigh Latin words; a few glued English
    spam words in a Chinese page, or Chinese punctuation in an MT page, do not
    flip the decision."""
    sample = text[:20000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN_WORD.findall(sample))
    # One Chinese character carries roughly the content of one English word.
    return "zh" if cjk >= latin else "en"
