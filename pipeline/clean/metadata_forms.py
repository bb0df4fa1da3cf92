"""Byline shapes that carry no label: the reading of one line into fields (:class:`Byline`), whether
names read as persons' names, a journal's marked author line, an outlet beside the date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .metadata_dates import is_date_only, parse_date
from .metadata_names import _data, is_outlet, marked_names  # noqa: PLC2701 - one byline.json loader

_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’.]*(?:-[A-Za-z]+)*(?:\s+[A-Z][A-Za-z'’.]*(?:-[A-Za-z]+)*){0,3}")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}(?:[·•][\u4e00-\u9fff]{1,8}){1,2}")


@dataclass
class Byline:
    fields: dict = field(default_factory=dict)
    strong: bool = False
    labels: list[str] = field(default_factory=list)
    keep_line: bool = False  # an unlabelled "names, date" line: read, but it stays in the text


def plausible_names(names: list[str]) -> bool:
    """Every item reads as a person's name (not a place, outlet or word of the text)."""
    data = _data().get("not_names", {})
    stop = {w.lower() for w in data.get("words", [])}
    suffix = tuple(data.get("zh_suffixes", []))
    if not 1 <= len(names) <= 6:
        return False
    for name in names:
        if _CJK_NAME.fullmatch(name):
            if name.endswith(suffix) or name in stop:
                return False
        elif not _LATIN_NAME.fullmatch(name) or any(w.lower() in stop for w in name.split()):
            return False
    return True


def marked_authors(s: str) -> Byline | None:
    """A journal's author line, every name with its affiliation mark: ``Li Ming1, Wang Fang2*``."""
    names = marked_names(s)
    if not names or not plausible_names(names):
        return None
    return Byline(fields={"authors": names}, strong=True, labels=["marked-authors"])


_PAREN_OUTLET = re.compile(r"^\s*[(（]\s*([^()（）]{2,40}?)\s*[)）]\s*(?=\S)")
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org|gov|hk|mo|tw)(?:\.cn)?$", re.I)


def outlet_then_date(s: str) -> Byline | None:
    """``(Xinhua) 09:15, March 05, 2024``, ``ecns.cn 2024-03-05 09:15``: an outlet and the date, nothing else."""
    m = _PAREN_OUTLET.match(s)
    name, rest = (m.group(1), s[m.end():]) if m else (s.split(" ", 1) + [""])[:2]
    if not (rest and is_date_only(rest) and (is_outlet(name) or _DOMAIN.match(name) or (m and _outlet_words(name)))):
        return None
    fields = {"published": parse_date(rest), "source_name": name.strip()}
    # Unlabelled and unbracketed, the line is read but stays (it may be the article's own dateline).
    return Byline(fields=fields, strong=bool(m), labels=["outlet-date"], keep_line=not m)


def _outlet_words(name: str) -> bool:
    """A capitalised name ending like an outlet: ``People's Daily Online``."""
    words = name.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and is_outlet(" ".join(["X", *words[-1:]]))
