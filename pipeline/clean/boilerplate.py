"""Cleaning step: site chrome left in the text (plain-text inputs, and what the DOM pass kept).

A page saved as text ends (and sometimes starts) with a run of short chrome
lines: QR-code captions, "Key recommendation" lists, friendship links, ICP and
public-security filing numbers, copyright and contact lines. Such a run goes as
one change (``boilerplate.chrome-block.tail`` / ``.head``); a lone chrome line
inside the article goes on its own only when its pattern is unambiguous
(``anywhere`` in the data). Injected spam lines inside a chrome run leave with
it. Patterns are data: ``data/chrome/patterns.json``.

Lines are read without forum jammer codes at their ends and without literal
tags (``<p>【打印本页】</p>``), so a chrome line still counts once a page has
been saved as text. A chrome word alone is no signal: a long note of several
sentences that mentions copyright stays, and a bare ``Copyright`` is only weak.

Shapes count too: a short line made only of chrome pieces (forum floor, poster,
counters and buttons, language switchers, account and footer-link rows;
``data/chrome/fragments.json``) is chrome anywhere (``boilerplate.chrome-fragments``);
headline-like lines under a "Most read" / "相关阅读" heading are list items that
leave with the run (``boilerplate.list-item``); two kinds of weak chrome on one
short line make it strong.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from ..changes import Edit
from ..settings import DATA_DIR
from .context import DocContext
from .junk import without_watermarks
from .metadata_dates import is_date_only
from .metadata_names import is_outlet

_SENTENCE_END = re.compile(r"[。！？!?；;：:]\s*$|\.\s*$")
_NOTE = re.compile(r"^\s*[（(]|作者单位|基金项目|本文系|This article is|Author Unit|Fund(?:ed|ing)", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class ChromePattern:
    id: str
    strong: bool
    anywhere: bool
    regex: re.Pattern
    not_in_prose: bool = False
    in_long_prose: bool = False  # still chrome inside a long, many-sentence line (filing numbers)


@functools.lru_cache(maxsize=1)
def chrome_patterns() -> tuple[ChromePattern, ...]:
    rows = json.loads((DATA_DIR / "chrome" / "patterns.json").read_text(encoding="utf-8"))
    return tuple(
        ChromePattern(r["id"], r["strength"] == "strong", bool(r.get("anywhere")), re.compile(r["regex"], re.I),
                      bool(r.get("not_in_prose")), bool(r.get("in_long_prose")))
        for r in rows
        if r["strength"] != "protect"
    )


@functools.lru_cache(maxsize=1)
def _protected() -> re.Pattern:
    rows = json.loads((DATA_DIR / "chrome" / "patterns.json").read_text(encoding="utf-8"))
    return re.compile("|".join(f"(?:{r['regex']})" for r in rows if r["strength"] == "protect") or "(?!)", re.I)


@functools.lru_cache(maxsize=1)
def _fragments() -> tuple[re.Pattern, re.Pattern, int, dict]:
    d = json.loads((DATA_DIR / "chrome" / "fragments.json").read_text(encoding="utf-8"))
    rx = re.compile("|".join(f"(?:{f['regex']})" for f in d["fragments"]), re.I)
    return rx, re.compile(d["separators"]), int(d["min_fragments"]), d["max_line"]


FRAGMENTS = "boilerplate.chrome-fragments"
FORUM_USER = "boilerplate.forum-user"
_PROSE_STOP = re.compile(r"[。！？]|[.!?](?:\s|$)")


def fragment_chrome(line: str) -> bool:
    """A line made of chrome pieces only: ``Floor 3 Posted by lin_k Views: 88 | Replies: 2``, ``Reply Quote
    Report``, ``楼主 发表于 2023-5-1 10:02 只看该作者``. Separators and one user name may be left over."""
    hits, rest = _pieces(line)
    if hits < _fragments()[2]:
        return False
    return not rest or (len(rest) == 1 and len(rest[0]) <= 20 and hits >= 3) or _masthead_line(line)


_SITE_PIECE = re.compile(r"^site\.")
_TITLE_WORD = re.compile(r"(?:[A-Z][\w'’&.-]*|of|the|and|for|on|de|du)$")
_ACCOUNT = re.compile(r"\b(?:Log ?in|Log ?out|Sign ?in|Sign ?up|Sign ?out|My account|Subscribe)\b|简体中文|繁體中文|繁体中文|中文版|英文版", re.I)
_ZH_SITE = re.compile(r"^[\u4e00-\u9fff]{2,14}(?:政府|门户|門戶|网站|網站|网|網|在线|在線|之窗|频道|頻道)$")


@functools.lru_cache(maxsize=1)
def _site_pieces() -> re.Pattern:
    d = json.loads((DATA_DIR / "chrome" / "fragments.json").read_text(encoding="utf-8"))
    return re.compile("|".join(f"(?:{f['regex']})" for f in d["fragments"] if _SITE_PIECE.match(f["id"])), re.I)


def _masthead_line(line: str) -> bool:
    """A site's name with its account, language or footer links: ``Harbour Ledger Log in Register``,
    ``岚山县人民政府 登录 注册 无障碍``. The name stands at one end of the line, the links fill the rest."""
    s = line.strip()
    rx, sep = _site_pieces(), _fragments()[1]
    matches = list(rx.finditer(s))
    if len(matches) < 2 or any(sep.sub("", s[a.end() : b.start()]) for a, b in zip(matches, matches[1:])):
        return False
    before, after = s[: matches[0].start()], s[matches[-1].end() :]
    if sep.sub("", before) and sep.sub("", after):
        return False
    name = " ".join(sep.sub(" ", before if sep.sub("", before) else after).split())
    if not name:
        return True
    if _CJK.search(name):
        return bool(_ZH_SITE.match(name)) or is_outlet(name)
    words = name.split()
    # A capitalised name: only beside unmistakable account links ("Register" or "Search" may be a headline's verb).
    named = is_outlet(name) or (len(words) <= 3 and words[0][:1].isupper() and all(_TITLE_WORD.match(w) for w in words))
    return named and bool(_ACCOUNT.search(s))


def _pieces(line: str) -> tuple[int, list[str]]:
    """How many chrome pieces a short line holds, and the words left when they and separators are gone."""
    rx, sep, _need, max_line = _fragments()
    s = line.strip()
    if len(s) > max_line["zh" if _CJK.search(s) else "en"] or _PROSE_STOP.search(s):
        return 0, [s]
    return len(rx.findall(s)), sep.sub(" ", rx.sub(" ", s)).split()


def _max_len(line: str) -> int:
    return 120 if _CJK.search(line) else 260


def classify_line(line: str) -> tuple[str, str | None]:
    """('strong' | 'weak' | 'short' | 'text', pattern id) for one line."""
    s = line.strip()
    if not s:
        return "blank", None
    bare = without_watermarks(s)
    if bare != s and _reads_as_prose(bare) and _classify(bare)[0] == "text":
        return "text", None  # a sentence carrying a forum watermark: the junk step takes the mark only
    readings = [_classify(c) for c in core_lines(s)]  # with and without jammer codes at the ends
    return next((r for r in readings if r[0] == "strong"), None) or next(
        (r for r in readings if r[0] == "weak"), readings[0])


def _classify(s: str) -> tuple[str, str | None]:
    if _protected().search(s):
        return "text", None
    if len(s) <= _max_len(s):
        prose, long_prose = _reads_as_prose(s), _long_prose(s)
        hits = [
            pat for pat in chrome_patterns()
            # the cheap tests first: a pattern that may not count in prose is not searched there
            if not (prose and pat.not_in_prose) and not (long_prose and not pat.in_long_prose) and pat.regex.search(s)
        ]
        if hits:  # the strongest signal decides: "Views: 12" is a counter even though "Views" is also a weak label
            best = next((p for p in hits if p.strong), hits[0])
            # Two kinds of chrome on one short line (a reprint notice and a service mailbox) are no sentence.
            two_kinds = len({p.id for p in hits}) >= 2 and len(s) <= _max_len(s) // 2
            if best.strong or two_kinds or not fragment_chrome(s):
                return ("strong" if best.strong or two_kinds else "weak"), best.id
    if fragment_chrome(s):
        return "strong", FRAGMENTS
    if _cjk_menu(s):
        return "weak", "boilerplate.link-list"
    short_limit = 25 if _CJK.search(s) else 40
    if len(s) <= short_limit and not _SENTENCE_END.search(s) and not _NOTE.search(s):
        # A bare date closes a notice (its signing block), not a site: a chrome run stops at it.
        return ("text" if is_date_only(s) else "short"), None
    if _link_list(s):
        return "weak", "boilerplate.link-list"
    return "text", None


_NUMERIC_ITEM = re.compile(r"^[\d\s.,，%‰+\-–—/年月日亿万千百元个人次项户家所座公里吨]*$")


def _link_list(line: str) -> bool:
    """Three or more short items between bars (related links, a site's link row): it can sit inside a chrome
    run. A table row is not one: its cells are numbers."""
    if len(line) > 400 or _SENTENCE_END.search(line):
        return False
    items = [x.strip() for x in re.split(r"\s*[|｜丨]\s*|\s+[·•]\s+", line)]  # a dot between names is no bar
    if (len(items) >= 3 and all(1 < len(x) <= 40 for x in items)
            and sum(bool(_NUMERIC_ITEM.match(x)) for x in items) == 0):
        return True
    return _cjk_menu(line)


def _cjk_menu(line: str) -> bool:
    """A Chinese menu saved as text: four or more short items set apart by spaces, one longer than a name."""
    words = line.split()
    return (len(words) >= 4 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", w) for w in words)
            and any(len(w) >= 4 for w in words))


# Forum anti-scraping codes glued to a line's ends (``4 a) K* r7 Q$``) and literal empty tags left by a
# saved page: the chrome line under them is what counts. The junk step removes them from genuine lines.
_JAM_TOKEN = r"[!-~]{1,2}"
_JAM_EDGES = re.compile(rf"^((?:{_JAM_TOKEN}[ \t]+){{4,}})|((?:[ \t]+{_JAM_TOKEN}){{4,}})$")
_LITERAL_TAG = re.compile(r"</?(?:p|div|span|a|b|i|u|em|strong|font|li|ul|td|tr|br|h[1-6]|section|article)\b[^<>]{0,200}/?>", re.I)
_EMPTY_TAG = re.compile(r"<([a-z]{1,6})\b[^<>]{0,80}>\s*</\1\s*>", re.I)


def core_lines(line: str) -> list[str]:
    """The line without jammer codes at its ends and literal empty tags (a count before end codes is
    read both ways: "Views: 12 - P0 d& x8 W!" vs "发表于 … 10:02 1 @8 U* c) V2 a"), then the line itself."""
    s = _EMPTY_TAG.sub("", line).strip() or line
    s = _LITERAL_TAG.sub("", s).strip() or s  # "<p>【打印本页】【关闭窗口】</p>" saved as text
    m = _JAM_EDGES.search(s)
    if m and m.group(1) and _is_jam(m.group(0)):
        s = s[m.end():].strip()
        m = _JAM_EDGES.search(s)
    if not (m and m.group(2) and _is_jam(m.group(0))):
        return list(dict.fromkeys([s, line]))
    run = re.sub(r"^\s*(?:\d+\s+)+", "", m.group(0))
    return list(dict.fromkeys([s[: m.start()].strip(), s[: len(s) - len(run)].strip(), line]))


def _is_jam(run: str) -> bool:
    """Two-character tokens mixing letters, digits and symbols (Q7, x#, P(); words and numbering do not."""
    tokens = run.split()
    mixed = [t for t in tokens if len(t) == 2 and _classes(t) >= 2]
    symbols = {c for c in run if not c.isalnum() and not c.isspace()}
    return len(mixed) >= 3 and len(mixed) * 2 >= len(tokens) and len(symbols) >= 2


def _classes(token: str) -> int:
    return sum((any(c.isalpha() for c in token), any(c.isdigit() for c in token),
                any(not c.isalnum() for c in token)))


def _reads_as_prose(line: str) -> bool:
    """A sentence of the article: '各地通过微信公众号发布岗位信息。' mentions chrome words but is not chrome."""
    if _CJK.search(line):
        return bool(re.search(r"[。！？]\s*$", line)) and len(line) > 15
    return bool(re.search(r"[.!?]\s*$", line)) and len(line.split()) >= 10


def _long_prose(line: str) -> bool:
    """Several sentences of running text: a note of the author, not a chrome line, whatever words it has."""
    if _CJK.search(line):
        return len(re.findall(r"[。！？]", line)) >= 2 and len(line) >= 60
    return len(re.findall(r"[.!?;](?:\s|$)", line)) >= 2 and len(line.split()) >= 20


def _anywhere(pid: str | None) -> bool:
    return pid == FRAGMENTS or any(p.id == pid and p.anywhere for p in chrome_patterns())


def _line_table(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end without newline, class, pattern id) for every line."""
    out, pos = [], 0
    for line in text.split("\n"):
        cls, pid = classify_line(line)
        out.append((pos, pos + len(line), cls, pid))
        pos += len(line) + 1
    return _mark_lists(out, text)


LIST_HEADINGS = ("boilerplate.recommend", "boilerplate.friend-links")
LIST_ITEM = "boilerplate.list-item"
MAX_LIST = 12


def _headline(line: str) -> bool:
    """A link-like line of a list: a headline, no full stop at its end, not a paragraph."""
    s = line.strip()
    if not s or re.search(r"[。；;,，：:]\s*$|[^.]\.\s*$", s):
        return False
    return len(s) <= 40 if _CJK.search(s) else (len(s) <= 110 and len(s.split()) <= 16)


_COMMENT_COUNT = re.compile(r"[\(（]\s*\d+\s*[\)）]\s*$|^\s*(?:已有|共)\s*\d+\s*(?:条|條|人)")


def _comment_entry(line: str) -> bool:
    """A reader's comment under a "Comments (3)" heading: a short name, a colon, a few sentences at most."""
    s = line.strip()
    return len(s) <= 240 and bool(re.match(r"^[^:：。.!?！？]{1,30}[:：]\s*\S", s))


def _mark_lists(lines: list, text: str) -> list:
    """Headline lines under a "Most read" / "相关阅读" heading are list items (weak chrome): they leave with
    the run around them."""
    out = list(lines)
    for i, (start, end, cls, pid) in enumerate(lines):
        heading = text[start:end].strip()
        comments = pid == "boilerplate.comments" and bool(_COMMENT_COUNT.search(heading))
        if not (pid in LIST_HEADINGS or comments) or len(heading) > (20 if _CJK.search(heading) else 40):
            continue
        item = _comment_entry if comments else _headline
        j, items = i + 1, []
        while j < len(lines) and len(items) < MAX_LIST:
            a, b, c, _p = lines[j]
            if c not in ("blank", "text", "short") or (c != "blank" and not item(text[a:b])):
                break
            if c != "blank":
                items.append(j)
            j += 1
        for k in items:
            a, b, _c, _p = out[k]
            out[k] = (a, b, "weak", LIST_ITEM)
    return out


def _run(lines: list, order: range, allow_short: bool) -> list[int]:
    """Indexes of the chrome run met walking ``order``; bare short lines never open it.

    A head run may not hold bare short lines: the first of them is the title.
    """
    run: list[int] = []
    for i in order:
        cls = lines[i][2]
        # A head run stops at list items too: the title may follow a list at the top of a page.
        if cls == "text" or (not allow_short and (cls == "short" or lines[i][3] == LIST_ITEM)):
            break
        run.append(i)
    # The run reaches only as far as its outermost line with a chrome pattern.
    while run and lines[run[-1]][2] in ("short", "blank"):
        run.pop()
    return run


def _accept(lines: list, run: list[int]) -> bool:
    classes = [lines[i][2] for i in run]
    if "strong" in classes:
        return True
    # A list heading with two or more headlines under it closes the page even without a footer.
    pids = [lines[i][3] for i in run]
    return any(p in LIST_HEADINGS for p in pids) and pids.count(LIST_ITEM) >= 2


SITE_NAME = "boilerplate.site-name"


def _mark_site_name(lines: list, text: str, site: str | None) -> list:
    """The page's own name (from its <title> or meta tags) on a line of its own, or opening a slogan line
    (``Lanshan Online - your home for local news``): the masthead or the footer, not the article."""
    site = (site or "").strip()
    if len(site) < 2:
        return lines
    rx = re.compile(rf"^\s*{re.escape(site)}\s*(?:$|[-–—|｜:：,，·]\s*\S)", re.I)
    out = list(lines)
    for i, (start, end, cls, _pid) in enumerate(lines):
        line = text[start:end]
        if cls in ("short", "text", "weak") and len(line) <= 100 and rx.match(line) and not _SENTENCE_END.search(line):
            out[i] = (start, end, "strong", SITE_NAME)
    return out


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    lines = _mark_site_name(_line_table(text), text, ctx.metadata.get("site"))
    edits: list[Edit] = []
    tail = _run(lines, range(len(lines) - 1, -1, -1), allow_short=True)
    head = _run(lines, range(len(lines)), allow_short=False)
    tail_first = min(tail) if tail and _accept(lines, tail) else len(lines)
    head_last = max(head) if head and _accept(lines, head) and max(head) < tail_first else -1
    if head_last >= 0:
        end = lines[head_last + 1][0] if head_last + 1 < len(lines) else len(text)
        edits.append(Edit(0, end, "", "boilerplate", "boilerplate.chrome-block.head", 0.9))
    if tail_first < len(lines):
        # The run starts at its first line: the line breaks before it may border another step's change.
        start = lines[tail_first][0]
        if not edits or start > edits[-1].end:
            edits.append(Edit(start, len(text), "", "boilerplate", "boilerplate.chrome-block.tail", 0.9))
    lo = edits[0].end if head_last >= 0 else 0
    hi = edits[-1].start if tail_first < len(lines) else len(text)
    for i, (start, end, cls, pid) in enumerate(lines):
        if not (start >= lo and end < hi):
            continue
        if cls == "strong" and _anywhere(pid):
            edits.append(Edit(start, min(end + 1, len(text)), "", "boilerplate", pid, 0.85))
        elif cls == "short" and _between_forum_lines(lines, text, i):
            edits.append(Edit(start, min(end + 1, len(text)), "", "boilerplate", FORUM_USER, 0.85))
    return sorted(edits, key=lambda e: e.start)


def _between_forum_lines(lines: list, text: str, i: int) -> bool:
    """A user name on its own line between two lines of forum chrome (楼主 / 岚山老王 / 发表于 …)."""
    s = text[lines[i][0] : lines[i][1]].strip()
    if len(s) > 20 or " " in s and _CJK.search(s) or re.search(r"[。，！？,.!?：:]", s):
        return False
    near = [next((ln for ln in seq if ln[2] != "blank"), None) for seq in (reversed(lines[:i]), lines[i + 1 :])]
    return all(ln is not None and ln[2] == "strong" and ln[3] in (FRAGMENTS, "boilerplate.forum") for ln in near)
