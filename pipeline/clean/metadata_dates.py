"""Dates in bylines and closing lines: ``2023-05-02``, ``2023年5月2日``, ``May 2, 2023``, ``2nd May 2023``,
``20230502``, the Chinese-numeral dates official documents are signed with (``二〇二三年五月二日``) and
Taiwan's Minguo dates (``民國112年5月2日``, ``112-05-02``)."""

from __future__ import annotations

import re

_ZH_DIGITS = "〇零○Ｏ一二三四五六七八九"
_ZH_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_PATTERNS = [
    # "2024年03月05日08:21": a time may follow 日 directly
    ("ymd", re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*(?:日|(?!\d))")),
    ("mdy", re.compile(_MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b", re.I)),
    ("dmy", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r",?\s+((?:19|20)\d{2})\b", re.I)),
    ("dmy", re.compile(r"\b(\d{1,2})-" + _MON + r"-((?:19|20)\d{2})\b", re.I)),  # "05-Mar-2024"
    ("zh_numeral", re.compile(f"([{_ZH_DIGITS}]{{4}})\\s*年\\s*([{_ZH_DIGITS}十]{{1,3}})\\s*月\\s*([{_ZH_DIGITS}十]{{1,3}})\\s*日")),
    # Taiwan's Minguo calendar (民國112年 = 2023); a bare three-digit year only from 100 to 129
    ("roc", re.compile(r"(?:中華民國|民國|民国)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
    ("roc", re.compile(r"(?<![\d.])(1[0-2]\d)\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]|年\s*(\d{1,2})\s*月)\s*(\d{1,2})\s*日?(?![\d.])")),
    ("compact", re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6})?(?!\d)")),
]
_TIME = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?")
_WEEKDAY = re.compile(
    r"星期[一二三四五六日天]|周[一二三四五六日]"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b,?|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b[.,]",
    re.I,
)
# A date without its year set off from names (``May 2 · Li Ming``, ``Li Ming, 5月2日``).
_DAY_MONTH = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
              r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|\d{1,2}月\d{1,2}日)")
PARTIAL_DATE = re.compile(rf"^\s*{_DAY_MONTH}\b\s*[·•|,，]|[·•|,，]\s*{_DAY_MONTH}\s*$")
FILLER = re.compile(r"[\s|丨/·•,，;；\-–—_()（）\[\]【】]+")


def parse_date(value: str) -> str | None:
    """The first date in ``value`` as ISO ``YYYY-MM-DD``."""
    found = find_date(value)
    return found[0] if found else None


def find_date(value: str) -> tuple[str, int, int] | None:
    best = None
    for kind, pattern in _DATE_PATTERNS:
        m = pattern.search(value)
        if not m or (best and m.start() >= best[1]):
            continue
        iso = _iso(kind, m.groups())
        if iso:
            best = (iso, m.start(), m.end())
    return best


def _iso(kind: str, g: tuple) -> str | None:
    if kind in ("ymd", "compact"):
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
    elif kind == "roc":
        parts = [int(x) for x in g if x]
        y, mo, d = parts[0] + 1911, parts[1], parts[2]
    elif kind == "zh_numeral":
        y, mo, d = (_zh_number(x) for x in g)
        if not 1900 <= y <= 2099:
            return None
    elif kind == "mdy":
        y, mo, d = int(g[2]), _MONTHS[g[0][:3].lower()], int(g[1])
    else:
        y, mo, d = int(g[2]), _MONTHS[g[1][:3].lower()], int(g[0])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def strip_dates(value: str) -> str:
    for _kind, pattern in _DATE_PATTERNS[:6]:
        value = pattern.sub(" ", value)
    return _WEEKDAY.sub(" ", _TIME.sub(" ", value))


def is_date_only(value: str) -> bool:
    return bool(find_date(value)) and not FILLER.sub("", strip_dates(value))


def _zh_number(text: str) -> int:
    """``二〇二三`` -> 2023 (digit by digit), ``十六`` -> 16, ``二十`` -> 20."""
    digits = [_ZH_VALUE[c] for c in text if c != "十"]
    if "十" not in text:
        return int("".join(map(str, digits)))
    tens, _, ones = text.partition("十")
    return (_ZH_VALUE[tens] if tens else 1) * 10 + (_ZH_VALUE[ones] if ones else 0)


def closing_date(last_lines: list[str]) -> str | None:
    """The date line that closes a notice (``2023年5月16日``, ``（2023年5月16日）``), from the end."""
    for line in reversed(last_lines):
        s = re.sub(r"^[（(]\s*(.*?)\s*[）)]$", r"\1", line.strip())
        if s and is_date_only(s) and len(s) <= 30:
            return parse_date(s)
    return None
