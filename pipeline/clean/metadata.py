"""Cleaning step: bylines and document-information lines become record fields.

A byline (``发布时间：… 来源：… 作者：…``, ``March 18, 2021 Source: … Author: …``,
``责任编辑：…``, a government page's ``索引号 / 发文机关`` table) is metadata, not
article text: its values go to ``ctx.metadata`` (``published`` as ISO date,
``authors``, ``editor``, ``source_name`` ...) and the line leaves the text as a
change of kind ``metadata``, so nothing is lost. Funding notes and author units
are genuine text and stay. The labels are data (``data/chrome/byline.json``).

Unlabelled evidence is read but never cut (the line may be the author's own
dateline, and a clean text must come out unchanged): a ``names, date`` line
right under the title (``Feng Zijian and Tao Ran, April 11, 2022``,
``冯子健　陶然　2022年4月11日``), a names line beside a date line, reporters in a
news lead (``本报讯（记者 王芳）``), and the date a notice closes with. Names must
read as names (``plausible_names``; places, outlets and headings are listed in
``byline.json`` ``not_names``).
"""

from __future__ import annotations

import functools
import json
import re

from ..changes import Edit
from ..settings import DATA_DIR
from .context import DocContext
from .metadata_dates import FILLER as _FILLER
from .metadata_dates import PARTIAL_DATE as _PARTIAL_DATE
from .metadata_dates import closing_date, find_date, is_date_only, parse_date, strip_dates  # noqa: F401 - re-exported
from .metadata_forms import Byline, marked_authors, outlet_then_date, plausible_names  # noqa: F401 - re-exported
from .metadata_names import (
    is_outlet,
    masthead_name,
    outlet_reporter,
    person_names,
    pinyin_pairs,
    split_fields,
    strip_post_marks,
)

HEAD_LINES = 8  # bylines sit under the title
TAIL_LINES = 15  # editor and source notes sit at the end
MAX_BYLINE = 240
LOOSE_LINES = 3  # an unlabelled "names, date" line counts only this close under the title

_ISSUE = re.compile(r"(?:\b(?:Issue|No\.?)\s*(\d+)|总?第\s*(\d+)\s*期)", re.I)
_SENTENCE_END = re.compile(r"[。！？!?；;]\s*$|[.](?=\s*$)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BY = re.compile(r"^(?:By|(?:Text|Words|Story|Written)\s*[/／]\s*|(?:文|图|文字)\s*[/／∕·｜|]\s*(?:(?:图|文|摄影?)\s+)?|(?:图|摄影)\s*[/／∕·]\s*文\s*)\s*(?=[A-Z\u4e00-\u9fff])")
_ENDS = re.compile(r"^\s*Ends\s*/\s*(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d|[A-Z][a-z]+\s+\d)", re.I)  # "Ends/Wednesday, March 6, 2024"
_BAR_BY = re.compile(r"([|丨｜]\s*)By\s+(?=[A-Z])")
_PHOTO_BY = re.compile(r"(?<=\s)(?:图|圖|摄|攝|摄影|攝影|图片|圖片)\s*[/／∕]\s*(?=[\u4e00-\u9fffA-Z])")  # "文/李明 图/张伟"
_BRACKETED = re.compile(r"^(?:\s*【[^【】]{1,80}】)+\s*$")
_DATE_BY = re.compile(r"(?<=\d)\s*,?\s+by\s+(?=[A-Za-z\u4e00-\u9fff])", re.I)  # "Posted on May 2, 2023 by Li Ming"
_TRAILING_LINK = re.compile(r"\s+(?:on|at)\s*$|\s*于\s*$", re.I)
_PAREN = re.compile(r"\s*[(（][^()（）]{1,30}[)）]\s*")
_EDGE = " \t,，;；|丨/·•-–—()（）\u3000"


@functools.lru_cache(maxsize=1)
def _byline_data() -> dict:
    return json.loads((DATA_DIR / "chrome" / "byline.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern, dict[str, tuple[str, bool]], re.Pattern]:
    index: dict[str, tuple[str, bool]] = {}
    for fname, spec in _byline_data()["fields"].items():
        for label in spec["strong"]:
            index[label.lower()] = (fname, True)
        for label in spec["weak"]:
            index.setdefault(label.lower(), (fname, False))
    alts = "|".join(re.escape(k) for k in sorted(index, key=len, reverse=True))
    spaced = [lab for fname, labs in _byline_data().get("space_labels", {}).items() for lab in labs]
    for fname, labs in _byline_data().get("space_labels", {}).items():
        for lab in labs:
            index.setdefault(lab.lower(), (fname, True))
    space_alts = "|".join(re.escape(k) for k in sorted(spaced, key=len, reverse=True)) or "(?!)"
    pattern = re.compile(
        r"(?<![A-Za-z])(" + alts + r")(?:\s*[:：]\s*|\t+)|(?:^|(?<=[\s(（]))(" + space_alts + r")\s+(?=\S)", re.I
    )
    chrome = re.compile("|".join(f"(?:{p})" for p in _byline_data()["inline_chrome"]), re.I)
    return pattern, index, chrome


def _names_and_date(s: str) -> Byline | None:
    """``Feng Zijian and Tao Ran, April 11, 2022`` / ``冯子健　陶然　2022年4月11日`` under a title."""
    found = find_date(s)
    partial = None if found else _PARTIAL_DATE.search(s)  # "May 2 · Li Ming": the page dates itself elsewhere
    if not found and not partial:
        return None
    rest = _PAREN.sub(" ", strip_dates(s) if found else s[: partial.start()] + " " + s[partial.end():])
    rest = _TRAILING_LINK.sub("", rest.strip(_EDGE)).strip(_EDGE)
    names = split_names(rest) if rest else []
    outlets = [n for n in names if is_outlet(n)] if len(names) >= 2 else []  # "岚山发布 李明 2023-05-02"
    outlet = outlets[0] if len(outlets) == 1 and names.index(outlets[0]) in (0, len(names) - 1) else None
    names = [n for n in names if n != outlet]
    if found and names and all(is_outlet(n) for n in names) and len(names) == 1:  # "2023年5月2日 岚山日报"
        return Byline(fields={"published": found[0], "source_name": names[0]}, keep_line=True)
    if not names or not plausible_names(names):
        return None
    fields = {"authors": names} | ({"published": found[0]} if found else {}) | ({"source_name": outlet} if outlet else {})
    return Byline(fields=fields, keep_line=True)


_NEWS_LEAD = re.compile(
    r"^\s*(?:本报讯|本网讯|本報訊|[^\s（(]{1,12}(?:讯|訊|电|電))?\s*[（(]\s*"
    r"((?:(?:本报|本网|新华社|特约|见习|融媒体)?(?:记者|通讯员|記者|通訊員)\s*[^）()（]{1,40}?\s*)+)[）)]"
)


def lead_reporters(line: str) -> list[str]:
    """Reporters named at the start of a news lead: ``本报讯（记者 王芳 通讯员 李四）近日，……``."""
    m = _NEWS_LEAD.match(line)
    if not m:
        return []
    by = parse_byline(m.group(1).strip(), head=True)
    names = (by.fields.get("authors") or []) if by else []
    return names if names and plausible_names(names) else []


def _date_line(line: str) -> bool:
    """A bare date, or a byline that only dates the page (``Updated: 2024-05-03 10:20``)."""
    if is_date_only(line.strip()):
        return True
    by = parse_byline(line, head=True)
    return bool(by and (by.fields.get("published") or by.fields.get("updated")) and not by.fields.get("authors"))


def names_beside_date(line: str, neighbours: list[str]) -> Byline | None:
    """``Li Ming`` on its own line with a bare date right above or below it (both under the title)."""
    s = line.strip()
    if not s or find_date(s) or len(s) > 80 or not any(_date_line(n) for n in neighbours):
        return None
    names = split_names(s.strip(_EDGE))
    if not names or not plausible_names(names) or any(" " not in n and not _CJK.search(n) for n in names):
        return None  # a lone capitalised word ("Overview") is a heading more often than a name
    if any(n.lower().rstrip(":：") in _labels()[1] for n in names):
        return None  # "发布时间" over its value: a label, not a name
    return Byline(fields={"authors": names}, keep_line=True)


def parse_byline(line: str, *, head: bool, loose: bool = False) -> Byline | None:
    """Fields of a byline line, or None when the line is article text.

    ``head``: the line sits under the title, where weak labels (时间, Date) and
    a bare date also count. ``loose``: one of the first lines under the title,
    where an unlabelled ``names, date`` line also counts (``keep_line``).
    """
    label_re, index, chrome = _labels()
    s = re.sub(r"[【\[]\s*[】\]]", " ", chrome.sub(" ", line)).strip()
    s = _SPACED_LABEL.sub(r"\1\2", _BULLET.sub("", s))  # "标　　题：" "作 者："
    s = _unbracket(s, index)
    outlet_dated = outlet_then_date(s)
    if outlet_dated is not None:
        return outlet_dated
    s = _with_outlet_labels(s)
    s = _BY.sub("Author: ", s)
    s = _ENDS.sub("Published: ", s)
    s = _BAR_BY.sub(r"\1Author: ", s)  # "May 3, 2024 | By Zhang San"
    s = _PHOTO_BY.sub("摄影：", s)
    s = _DATE_BY.sub(" Author: ", s)
    if not s or len(s) > MAX_BYLINE:
        return None
    s, marked = strip_post_marks(s)
    found = list(label_re.finditer(s))
    if not found and loose and not is_date_only(s):
        by = _names_and_date(s) or marked_authors(s)
        if by is not None and marked:  # "原创 王芳 岚山发布 2024-03-05 发表于河北": the platform's own header
            by.keep_line, by.strong = False, True
        return by
    lead = s[: found[0].start()] if found else s
    out = Byline()
    if _FILLER.sub("", lead) and not is_date_only(lead):
        lead_fields = _lead_fields(lead, found, index) if head and found else None
        if lead_fields is None:
            return None
        out.fields.update(lead_fields)  # "Xinhua | Updated: …", "Li Ming | Updated: …"
        lead = ""
    if not found:
        if head and is_date_only(s):
            out.fields["published"] = parse_date(s)
            return out
        return None
    if find_date(lead):
        out.fields["published"] = parse_date(lead)
    for m, nxt in zip(found, [*found[1:], None]):
        label = m.group(1) or m.group(2)
        fname, strong = index[label.lower()]
        value = s[m.end() : nxt.start() if nxt else len(s)].strip(" \t|丨/·•\u3000")
        if not _plausible_value(fname, value):
            return None
        if m.group(2) and fname == "authors" and not _space_label_names(value):
            return None  # "Reporter training was held ...": a space label needs names after it
        out.strong = out.strong or strong
        out.labels.append(label)
        _store(out.fields, fname, value)
    return out if (out.strong or head) else None


_SPACED_LABEL = re.compile(r"(?:^|(?<=[\s|｜]))([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?=[ \u3000]*[:：])")
_BULLET = re.compile(r"^\s*(?:[□■●◆◇○▲△★☆▪▫◎•]|[—–-]{2,})\s*")  # print bullets, a leading dash
def _with_outlet_labels(s: str) -> str:
    """``Lanshan Daily reporter Li Ming 2023-05-02``: the outlet and the names get their labels."""
    found = outlet_reporter(s)
    if not found or not _space_label_names(found[1]):
        return s
    return (f"Source: {found[0]} " if found[0] else "") + f"Author: {found[1]}"


def _lead_fields(lead: str, found: list, index: dict) -> dict | None:
    """Unlabelled names or outlets before a strong label on a line under the title, or None:
    ``Xinhua | Updated: …``, ``Li Ming, Wang Fang | example.com | Updated: …``."""
    label = found[0].group(1) or found[0].group(2)
    if not index[label.lower()][1] or not re.search(r"[|丨｜]\s*$", lead):  # set off by a bar
        return None
    parts = [p.strip(_EDGE) for p in re.split(r"[|丨｜]", lead) if p.strip(_EDGE)]
    if not parts or len(parts) > 3:
        return None
    out: dict = {}
    for value in parts:
        if len(value) > 40 or len(value.split()) > 6 or _SENTENCE_END.search(value):
            return None
        names = split_names(value)
        if "authors" not in out and not out and names and plausible_names(names):
            out["authors"] = names
        else:
            out.setdefault("source_name", value)
    return out or None


def _unbracket(s: str, index: dict) -> str:
    """``【作者】张三`` -> ``作者：张三``; ``【来源：新华社】【作者：李明】`` -> its fields; ``（记者 王芳）``."""
    s = re.sub(
        r"[【\[]\s*([^【】\[\]:：]{1,12}?)\s*[】\]]\s*",
        lambda m: m.group(1) + "：" if m.group(1).lower() in index else m.group(0),
        s,
    )
    if _BRACKETED.match(s):
        s = re.sub(r"[【】]", " ", s).strip()
    return re.sub(r"^[（(【\[]\s*(.*?)\s*[）)】\]]$", r"\1", s)


def _space_label_names(value: str) -> bool:
    rest = _TRAILING_LINK.sub("", strip_dates(value).strip(_EDGE)).strip(_EDGE)
    return plausible_names(person_names(split_names(rest)))  # "记者 王芳 摄": the role word is no name


def _plausible_value(fname: str, value: str) -> bool:
    limit = 160 if fname == "title_field" else 90
    if len(value) > limit or "。" in value:
        return False
    if fname in ("published", "written", "updated"):  # a date, perhaps a time or weekday, little else
        return bool(find_date(value)) and len(_FILLER.sub(" ", strip_dates(value)).split()) <= 3
    if fname == "credits":  # "策划：王芳 设计：赵雪": production credits name people, not tasks
        return "，" not in value and (plausible_names(person_names(split_names(value))) or is_outlet(value.strip()))
    words = value.split()
    return fname in ("title_field", "source_name") or len(words) <= 12


def _store(fields: dict, fname: str, value: str) -> None:
    if fname in ("published", "written", "updated"):
        iso = parse_date(value)
        if iso:
            fields.setdefault(fname, iso)
        after = _FILLER.sub(" ", strip_dates(value)).strip()
        if after and is_outlet(after):  # "Updated: Mar 5, 2024 10:00 Xinhua"
            fields.setdefault("source_name", after)
    elif fname == "source_name":
        issue = _ISSUE.search(value)
        if issue:
            fields.setdefault("source_issue", issue.group(1) or issue.group(2))
        if find_date(value) and "published" not in fields:
            fields["published"] = parse_date(value)
        name = _ISSUE.sub(" ", strip_dates(value))
        name = re.sub(r"[\"“”《》「」『』]", " ", name)
        name = re.sub(r"\s+", " ", name).strip(" ,，;；|-·")
        if name:
            fields.setdefault("source_name", name)
    elif fname == "authors":
        dated = find_date(value)
        if dated:  # "By Sun Yanan and Du Haitao, September 3, 2022"
            fields.setdefault("published", dated[0])
            value = _TRAILING_LINK.sub("", strip_dates(value).strip(_EDGE)).strip(_EDGE)
        value, *others = split_fields(value) or [""]  # "Li Ming · Lanshan Review": names, then the outlet
        outlet = [o for o in others if not find_date(o) and not plausible_names(split_names(o))]
        if outlet and "source_name" not in fields:
            fields["source_name"] = outlet[0]
        names = [n for n in person_names(split_names(value)) if n not in fields.get("authors", [])]
        outlets = [n for n in names if is_outlet(n)]  # "By Li Ming, Lanshan Review, May 2, 2023", "By Xinhua"
        if outlets:
            fields.setdefault("source_name", outlets[0])
            names = [n for n in names if n not in outlets]
        if names:  # "记者 张三 通讯员 李四": every labelled name is an author
            fields["authors"] = fields.get("authors", []) + names
    elif fname in ("views", "font_size"):
        return
    elif value:
        dated = find_date(value)
        if dated and fname not in ("title_field", "index_no", "doc_number"):  # "责任编辑：蒋悦　2023-10-16"
            fields.setdefault("published", dated[0])
            value = strip_dates(value).strip(_EDGE) or value
        fields.setdefault("doc_title" if fname == "title_field" else fname, value)


def split_names(value: str) -> list[str]:
    value = re.sub(r"^(?:by\s+)", "", value.strip(), flags=re.I)
    value = re.split(r"\s*[|丨]\s*", value)[0]  # "Li Wei | China Daily": the outlet is not an author
    value = re.sub(r"\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*$", "", value)
    value = re.sub(r"\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?(?=\s*(?:[,;&]|\band\b|$))", "", value)  # "Li Wei in Beijing"
    value = _PAREN.sub(" ", value).strip()  # "Li Ming (China Daily)"
    value = split_fields(value)[0] if split_fields(value) else value
    seps = r"[,，、;；&/／]|\band\b|和|及"
    if _CJK.search(value):
        seps += r"|\s+"
    return [p for n in re.split(seps, value) if n.strip() for p in pinyin_pairs(n.strip())]


def title_candidate(line: str, lang: str) -> bool:
    s = line.strip()
    limit = 80 if lang == "zh" else 200
    return 0 < len(s) <= limit and not _SENTENCE_END.search(s) and parse_byline(s, head=True) is None


def is_body_line(line: str) -> bool:
    """A paragraph of the article: after it, unlabelled name lines are text."""
    s = line.strip()
    return len(s) > (15 if _CJK.search(s) else 30) and bool(_SENTENCE_END.search(s))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end-including-newline) of every non-empty line."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line)
    return out


def merge_fields(meta: dict, fields: dict) -> None:
    """Fill metadata fields that are not known yet (page meta tags come first)."""
    for key, value in fields.items():
        if value and not meta.get(key):
            meta[key] = value


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    from .dom.title import clean_title  # the title cleaner shares the spam lexicon

    lines = _lines(text)
    edits: list[Edit] = []
    first = 0
    at = _title_line(text, lines) if ctx.title is None else None
    masthead = at
    at = _past_masthead(text, lines, at, ctx) if at is not None else None
    for a, b in lines[masthead + 1 : at] if at is not None and at != masthead else []:
        if is_date_only(text[a:b]):  # the issue's date between the masthead and the title dates the page
            merge_fields(ctx.metadata, {"published": parse_date(text[a:b])})
            edits.append(Edit(a, b, "", "metadata", "metadata.byline", 0.9))
    if at is not None and title_candidate(text[lines[at][0] : lines[at][1]], ctx.lang):
        raw_title = text[lines[at][0] : lines[at][1]].strip()
        cleaned = clean_title(raw_title, expect_site=False)
        ctx.title = cleaned.title or raw_title
        if cleaned.removed:
            ctx.metadata.setdefault("title_removed", cleaned.removed)
        first = at + 1
    tail_from = max(len(lines) - TAIL_LINES, HEAD_LINES)
    body_seen = False
    cut_before = -2
    for i, (start, end) in enumerate(lines):
        near_title = first <= i < first + HEAD_LINES
        if not near_title and i < tail_from:
            continue
        head = near_title and not body_seen  # after the first paragraph a bare date is text
        loose = head and not body_seen and i < first + LOOSE_LINES
        by = parse_byline(text[start:end], head=head, loose=loose)
        if by is None and not head and cut_before == i - 1:  # "审核：李明" under "编辑：王芳": a weak label counts
            by = parse_byline(text[start:end], head=True)
            by = by if by is not None and by.labels else None
        if by is None and loose:
            near = [text[a:b] for a, b in lines[max(first, i - 1) : i] + lines[i + 1 : i + 2]]
            by = names_beside_date(text[start:end], near)
        if by is None and head and not body_seen and not ctx.metadata.get("authors"):
            reporters = lead_reporters(text[start:end])  # the lead stays whole: only the names are read
            if reporters:
                ctx.metadata["authors"] = reporters
        if by is None or not by.fields and not by.labels:
            body_seen = body_seen or is_body_line(text[start:end])
            continue
        merge_fields(ctx.metadata, by.fields)
        if by.keep_line:
            continue
        edits.append(Edit(start, end, "", "metadata", "metadata.byline", 0.95 if by.strong else 0.85))
        cut_before = i
    if not ctx.metadata.get("published") and ctx.metadata.get("updated"):
        ctx.metadata["published"] = ctx.metadata["updated"]  # the only date the page gives
    if not ctx.metadata.get("published"):
        closing = closing_date([text[a:b] for a, b in lines[-3:]])
        if closing:  # the date a notice is signed with: read, and it stays in the text
            ctx.metadata["published"] = closing
    return edits


def _title_line(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The first line that is no site chrome (a menu or breadcrumb saved above the title), among the first few."""
    from .boilerplate import classify_line

    for i, (a, b) in enumerate(lines[:4]):
        if classify_line(text[a:b])[0] != "strong":  # a title stuffed with "|" keywords reads as a weak link row
            return i
    return 0 if lines else None


def _past_masthead(text: str, lines: list[tuple[int, int]], at: int, ctx: DocContext) -> int:
    """The site's name above the title (a page saved as text): it becomes the page's site name, which
    the boilerplate step removes, and the next headline-like line below it is the title."""
    from .boilerplate import classify_line

    name = text[lines[at][0] : lines[at][1]].strip()
    if not masthead_name(name):
        return at
    for j in range(at + 1, min(at + 7, len(lines))):
        line = text[lines[j][0] : lines[j][1]].strip()
        if classify_line(line)[0] == "strong" or is_date_only(line):
            continue  # today's date, a menu or breadcrumb under the masthead
        if title_candidate(line, ctx.lang) and len(line) > len(name) and not masthead_name(line):
            ctx.metadata.setdefault("site", name)
            return j
        break
    return at
