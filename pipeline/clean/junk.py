"""Cleaning step: junk left in text by the page it was saved from (kind ``junk``).

* literal HTML tags, above all empty hidden elements repeating one random id
  (``<b id="x1y2z"></b>``), hidden elements with their content, and BBCode tags;
* forum anti-scraping jammer codes at line starts and ends (``* Q7 m- x# P( K2``);
* forum watermarks (``本帖最后由 … 编辑``, attachment lines), and forum or repost marks found by their
  parts: a host name with a forum word (``【转载自 某某论坛 www.example.com】``);
* emoji, box-drawing and other symbols inside a word (``中■国``, ``poli😀cy``).

Pinyin glosses, full-width characters and punctuation belong to zh_repair and
mt_repair and are left alone here. Tag names and watermark patterns are data
(``pipeline/data/spam/junk.json``).
"""

from __future__ import annotations

import bisect
import functools
import re

from ..changes import Edit
from .context import DocContext
from .lexicon import load_junk_rules

_ATTRS = r"(?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))?)*\s*/?"
_HIDDEN_STYLE = r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])"
# Symbols no article writes inside a word: emoji, dingbats, box drawing, blocks, geometric shapes.
_SYMBOLS = (
    "\u2500-\u257f\u2580-\u259f\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200b-\u200d\u2060\ufeff"
    "\U0001f000-\U0001faff"
)
_WORDCHAR = r"[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff]"
_IN_WORD = re.compile(rf"(?<={_WORDCHAR})[{_SYMBOLS}]+(?={_WORDCHAR})")
# Glued between a word (or a percentage) and the comma or semicolon that goes on with the
# sentence (达到91%|◆|，): mid-clause, where no decoration stands. Not before a colon (电话☎：).
_BEFORE_CLAUSE_MARK = re.compile(rf"(?<=[A-Za-z0-9%\u3400-\u4dbf\u4e00-\u9fff])[{_SYMBOLS}]+(?=[，、；,;])")
# One jammer token: one or two printable ASCII characters, not a plain word.
_JAM_TOKEN = r"[!-~]{1,2}"
_JAM_RUN = rf"{_JAM_TOKEN}(?:[ \t]+{_JAM_TOKEN}){{2,}}"
_JAM_START = re.compile(rf"(?m)^([ \t]*)({_JAM_RUN})(?=[ \t]|[^\x00-\x7f]|$)")
_JAM_END = re.compile(rf"(?m)(?:(?<=[^\x00-\x7f])|(?<=[ \t]))({_JAM_RUN})[ \t]*$")
# Between two sentences: after a full stop, before a Chinese character or a capital.
_JAM_MID = re.compile(rf"(?<=[。！？；.!?])([ \t]*)({_JAM_RUN})(?=[ \t]*[\u4e00-\u9fff]|[ \t]+[A-Z][a-z])")
# A symbol-laced jumble between sentences or at a line edge (Xk9#mP2$).
_SYMBOL_TOKEN = re.compile(r"(?<![^\s。！？；，、>])(?=[!-~]*[A-Z])(?=[!-~]*[a-z])(?=[!-~]*\d)(?=[!-~]*[#$%^&*~@!+=])[!-~]{6,16}"
                           r"(?=[\s<。！？；，、]|$)")


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    rules = load_junk_rules()
    names = "|".join(sorted((re.escape(t) for t in rules["html_tags"]), key=len, reverse=True))
    # One-letter BBCode tags ([b], [i]) look like footnote marks: they count only in pairs.
    bb = "|".join(sorted((re.escape(t) for t in rules["bbcode_tags"] if len(t) > 1), key=len, reverse=True))
    bb1 = "".join(sorted(re.escape(t) for t in rules["bbcode_tags"] if len(t) == 1))
    return {
        "empty_pair": re.compile(rf"<({names})\b{_ATTRS}>\s*</\1\s*>", re.IGNORECASE),
        "hidden": re.compile(
            rf"<({names})\b[^<>]*?style\s*=\s*[\"'][^\"']*(?:{_HIDDEN_STYLE})[^\"']*[\"'][^<>]*>(?:(?!</\1\s*>)[^\n]){{0,300}}?</\1\s*>",
            re.IGNORECASE),
        "jammer": re.compile(
            rf"<({names})\b[^<>]*?class\s*=\s*[\"']?[^\"'>]*\bjammer\b[^<>]*>(?:(?!</\1\s*>)[^\n]){{0,120}}?</\1\s*>",
            re.IGNORECASE),
        # White text on a white page, as forum jammers print codes: only codes (no Chinese, a digit).
        "white": re.compile(
            rf"<({names})\b(?![^<>]*(?:background|bgcolor))[^<>]*?\bcolor\s*[=:]\s*[\"']?\s*(?:#fff(?:fff)?|white|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))(?![\w-])"
            rf"[^<>]*>(?=[^<>\n]*\d)[^<>\n\u3400-\u9fff]{{1,30}}</\1\s*>",
            re.IGNORECASE),
        "script": re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL),
        "tag": re.compile(rf"</?(?:{names})\b{_ATTRS}>", re.IGNORECASE),
        "comment": re.compile(r"<!--.*?-->", re.DOTALL),
        "bbcode": re.compile(rf"\[/?(?:{bb})(?:=[^\[\]\n]{{1,200}})?\]", re.IGNORECASE),
        "bbcode_pair": re.compile(rf"\[([{bb1}])\][^\[\]\n]{{1,300}}?\[/\1\]", re.IGNORECASE),
        "block": frozenset(t.lower() for t in rules["block_tags"]),
        "watermarks": rules["watermarks"],
        "forum_marks": _forum_mark_patterns(rules.get("forum_marks") or {}),
    }


def without_watermarks(line: str) -> str:
    """``line`` with its forum watermarks (本帖最后由 … 编辑) taken out, for steps that judge a line
    before this one runs: a prose sentence carrying a watermark is still prose (the watermark
    goes here, the sentence stays)."""
    spans = [m.span() for _rule, rx in _patterns()["watermarks"] for m in rx.finditer(line)]
    for a, b in sorted(spans, reverse=True):
        line = line[:a] + line[b:]
    return line if not spans else " ".join(line.split())


def _forum_mark_patterns(spec: dict) -> dict | None:
    if not spec:
        return None
    host, forum, marker, tail = (spec[k] for k in ("host", "forum", "marker", "tail"))
    n = int(spec.get("max_segment", 120))
    return {
        "host": re.compile(host, re.I),
        "forum": re.compile(forum, re.I),
        "bracket": re.compile(rf"[【\[]([^【】\[\]\n]{{4,{n}}})[】\]]"),
        # A posting or repost clause that opens or closes its line, up to the host (and a "keep this notice").
        "clause": re.compile(rf"(?:^|(?<=[。！？.!?]\s)|(?<=[。！？]))[ \t]*(?:{marker})[^。！？\n]{{0,{n}}}?(?:{host})(?:{tail})?[ \t]*$",
                             re.I | re.M),
        "verb": re.compile(marker, re.I),
        "line": re.compile(rf"(?m)^[ \t]*[—–-]*[ \t]*([^\n]{{4,{n}}}?)[ \t]*[—–-]*[ \t]*$"),
        "max": n,
    }


def _is_forum_mark(segment: str, pats: dict) -> bool:
    """A host and a forum word in one short segment; government hosts are sources, not watermarks."""
    hosts = [m.group(0) for m in pats["host"].finditer(segment)]
    return (bool(hosts) and not any(".gov." in h.lower() for h in hosts) and bool(pats["forum"].search(segment))
            and len(segment) <= pats["max"])


def _forum_line(line: str, pats: dict) -> bool:
    """A whole line needs more than a host and a community: a forum word proper, a forum host or a repost
    verb (a health centre's address line names a community and a site too)."""
    return bool(_FORUM_STRICT.search(line) or re.search(r"\b(?:bbs|forum|club)\.", line, re.I)
                or pats["verb"].search(line))


def _named_forum_mark(segment: str, pats: dict) -> bool:
    """No host, but a repost or posting verb and a forum word set apart in brackets or dashes: 【转自 某某论坛】."""
    seg = segment.strip()
    return (len(seg) <= 40 and bool(_FORUM_STRICT.search(seg)) and bool(pats["verb"].match(seg))
            and not re.search(r"[。！？]", seg))


_FORUM_STRICT = re.compile(r"论坛|論壇|BBS|贴吧|貼吧|\bForums?\b", re.I)  # not 社区: a community is also a neighbourhood


_PROSE_END = re.compile(r"[。！？.!?]\s*$")


def _forum_mark_edits(text: str, pats: dict | None) -> list[Edit]:
    if not pats:
        return []
    out = []
    for m in pats["bracket"].finditer(text):
        if _is_forum_mark(m.group(1), pats) or _named_forum_mark(m.group(1), pats):
            out.append(_removal(text, m.start(), m.end(), "junk.watermark.forum-host", 0.9))
    for m in pats["line"].finditer(text):
        body = m.group(1)
        decorated = bool(re.match(r"[ \t]*[—–-]{2}", m.group(0))) and bool(re.search(r"[—–-]{2}[ \t]*$", m.group(0)))
        if not _PROSE_END.search(body) and "。" not in body and (
                _is_forum_mark(body, pats) and _forum_line(body, pats) or decorated and _named_forum_mark(body, pats)):
            end = m.end() + 1 if m.end() < len(text) else m.end()
            out.append(Edit(m.start(), end, "", "junk", "junk.watermark.forum-host", 0.9))
    for m in pats["clause"].finditer(text):
        if _is_forum_mark(m.group(0).strip(), pats):
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t"))
            out.append(Edit(start, m.end(), "", "junk", "junk.watermark.forum-host", 0.9))
    return out


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    pats = _patterns()
    found: list[Edit] = []
    for rule, rx in (("junk.html.hidden-element", pats["hidden"]), ("junk.forum.jammer-element", pats["jammer"]),
                     ("junk.forum.white-code", pats["white"]),
                     ("junk.html.script", pats["script"]),
                     ("junk.html.empty-element", pats["empty_pair"]), ("junk.html.comment", pats["comment"])):
        found += [_removal(text, m.start(), m.end(), rule) for m in rx.finditer(text)]
    found += [_tag_edit(text, m, pats["block"]) for m in pats["tag"].finditer(text)]
    found += [_removal(text, m.start(), m.end(), "junk.bbcode.tag") for m in pats["bbcode"].finditer(text)]
    for m in pats["bbcode_pair"].finditer(text):
        close = m.end() - len(m.group(1)) - 3
        found += [Edit(m.start(), m.start() + 3, "", "junk", "junk.bbcode.tag", 0.95),
                  Edit(close, m.end(), "", "junk", "junk.bbcode.tag", 0.95)]
    marks = [_removal(text, m.start(), m.end(), rule) for rule, rx in pats["watermarks"] for m in rx.finditer(text)]
    found += _join_notices(text, _disjoint(marks))
    found += _forum_mark_edits(text, pats["forum_marks"])
    found += [Edit(m.start(), m.end(), "", "junk", "junk.symbol.inside-word", 0.9)
              for m in _IN_WORD.finditer(text)]
    found += [Edit(m.start(), m.end(), "", "junk", "junk.symbol.before-clause-mark", 0.85)
              for m in _BEFORE_CLAUSE_MARK.finditer(text)]
    found += _jammer_edits(text)
    found += random_token_edits(text)
    return _disjoint(found)


_CLAUSE_GAP = re.compile(r"[ \t]*(?:[，,、；;][ \t]*)?")


def _join_notices(text: str, marks: list[Edit]) -> list[Edit]:
    """Notices side by side (转载请注明出处，未经授权禁止转载。) go as one, with the comma between
    them; a notice that is a whole sentence takes its full stop, one closing a sentence the comma
    before it."""
    out: list[Edit] = []
    for e in marks:
        prev = out[-1] if out else None
        if prev and _CLAUSE_GAP.fullmatch(text[prev.end : e.start]):
            out[-1] = Edit(prev.start, e.end, "", "junk", prev.rule, min(prev.confidence, e.confidence))
        else:
            out.append(e)
    return [_tidy(text, _with_stop(text, e)) for e in out]


def _tidy(text: str, e: Edit) -> Edit:
    """A notice at a line start takes the blanks after it; one at a line end the blanks before it."""
    start, end = e.start, e.end
    if not text[:start].rstrip(" \t")[-1:].strip():
        while end < len(text) and text[end] in " \t":
            end += 1
    if not text[end:].lstrip(" \t")[:1].strip():
        while start > 0 and text[start - 1] in " \t":
            start -= 1
    if (start == 0 or text[start - 1] == "\n") and text[end : end + 1] == "\n":
        end += 1  # the whole line was the notice
    return Edit(start, end, e.after, e.kind, e.rule, e.confidence) if (start, end) != (e.start, e.end) else e


def _with_stop(text: str, e: Edit) -> Edit:
    before = text[: e.start].rstrip(" \t")
    stop = text[e.end : e.end + 1]
    if stop not in ("。", ".", "！") or text[e.end - 1 : e.end] in ("。", "."):
        return e
    if not before or before[-1] in "\n。！？.!?":
        return Edit(e.start, e.end + 1, "", e.kind, e.rule, e.confidence)
    if before[-1] in "，,":
        return Edit(len(before) - 1, e.end, "", e.kind, e.rule, e.confidence)
    return e


def _removal(text: str, start: int, end: int, rule: str, conf: float = 0.95) -> Edit:
    """Remove [start, end); if it stood between two spaces, one of them goes too."""
    if 0 < start and end < len(text) and text[start - 1] == " " and text[end] == " ":
        end += 1
    return Edit(start, end, "", "junk", rule, conf)


def _tag_edit(text: str, m: re.Match, block: frozenset) -> Edit:
    name = re.match(r"</?\s*([\w:]+)", m.group(0)).group(1).lower()
    if name in block:
        before = text[m.start() - 1] if m.start() else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        sep = "" if "\n" in (before, after) else "\n"
        return Edit(m.start(), m.end(), sep, "junk", "junk.html.literal-tag", 0.95)
    return _removal(text, m.start(), m.end(), "junk.html.literal-tag")


def _is_jammer(run: str) -> bool:
    """Forum jammer codes mix classes inside two-character tokens (Q7, x#, P(); words and numbering do not."""
    tokens = run.split()
    mixed = [t for t in tokens if len(t) == 2 and _classes(t) >= 2]
    symbols = {c for c in run if not c.isalnum() and not c.isspace()}
    return len(mixed) >= min(3, len(tokens) - 1) and len(mixed) * 2 >= len(tokens) and len(symbols) >= 2


def _classes(token: str) -> int:
    return sum((any(c.isalpha() for c in token), any(c.isdigit() for c in token),
                any(not c.isalnum() for c in token)))


def _jammer_edits(text: str) -> list[Edit]:
    out = []
    for m in _JAM_START.finditer(text):
        if _is_jammer(m.group(2)):
            end = m.end(2)
            while end < len(text) and text[end] in " \t":
                end += 1
            out.append(Edit(m.start(2), end, "", "junk", "junk.forum.jammer", 0.85))
    for m in _JAM_END.finditer(text):
        if _is_jammer(m.group(1)):
            start = m.start(1)
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            out.append(Edit(start, m.end(), "", "junk", "junk.forum.jammer", 0.85))
    for m in _JAM_MID.finditer(text):
        if _is_jammer(m.group(2)):
            end = m.end(2)
            while end < len(text) and text[end] in " \t":
                end += 1
            start = m.start(1) if _CJK1.match(text[end : end + 1]) else m.start(2)
            out.append(Edit(start, end, "", "junk", "junk.forum.jammer", 0.8))
    for m in _SYMBOL_TOKEN.finditer(text):
        token = m.group(0)
        if re.search(r"://|www\.|@[A-Za-z0-9-]+\.", token) or _LABEL.search(text[max(0, m.start() - 24) : m.start()]):
            continue  # a link, an e-mail address, a password the text names
        if _token_place(text, m.start(), m.end()) == "edge" and random_token(re.sub(r"[^A-Za-z0-9]", "", token)):
            out.append(_token_removal(text, m.start(), m.end(), 0.8))
    return out


# A random token: letters and digits only, not glued to a URL, path, e-mail, hyphenated or dotted code.
_RANDOM = re.compile(r"(?<![A-Za-z0-9_\-/\\.@#=&?%:+'’])[A-Za-z0-9]{5,16}(?![A-Za-z0-9_\-/\\@#=&?%+'’]|[.:][A-Za-z0-9])")
_CLASS_RUN = re.compile(r"[A-Z]+|[a-z]+|[0-9]+")
_WORD_PIECE = re.compile(r"[A-Z]?[a-z]{2,}|[A-Z]{3,}(?![a-z])")
# A label in front names the token as a code the text means: 验证码 bR7kQ2, order no. x3Jv9pQe, ID: ...
_LABEL = re.compile(r"(?:码|碼|号|號|编号|編號|单号|單號|账号|帳號|口令|型号|型號|牌照|车牌|車牌|密钥|密鑰"
                    r"|\b(?:code|codes|id|ids|no|nr|key|token|password|pin|ref|serial|model|number|plate|order"
                    r"|voucher|coupon|ticket|case|tracking|sku|hash|username|user)s?\b\.?)\s*(?:为|為|是|is|was|reads)?\s*[:：#=]?\s*[\"“'‘「『(（]?\s*$",
                    re.IGNORECASE)
_SENT_END = "。！？!?.；;…"
_FORMULA = re.compile(r"(?:[A-Z][a-z]?\d*)+")
_ELEMENTS = frozenset(
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr "
    "Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir "
    "Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr".split())
_CJK1 = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def random_token(token: str, lower_case: bool = False) -> bool:
    """A jammer token: upper and lower case and digits mixed at random (bR7kQ2, q7Rt3mLp0e). Words,
    product names (iPhone15, WeChat8), codes in one case (H5N1, GB2260, ISO9001) and dates are not.
    ``lower_case``: also a longer lower-case jumble (k3m9x2q), not hexadecimal (a hash)."""
    if not any(c.isdigit() for c in token) or any(c.isupper() for c in token) and not any(c.islower() for c in token):
        return False
    runs = _CLASS_RUN.findall(token)
    if not any(c.isupper() for c in token):
        if not lower_case or len(runs) < 6 or sum(c.isdigit() for c in token) < 2 \
                or re.fullmatch(r"[0-9a-f]+", token):
            return False
    if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", token):
        return False  # a year in it: a dated name (nCoV2019), not a jumble
    if len(token) < 6 or len(runs) < 5 or sum(c.isalpha() for c in token) < 3:
        return False  # a name and a number (Model3x), a short code (HbA1c), not a jumble
    pieces = _WORD_PIECE.findall(token) + re.findall(r"[A-Za-z]{3,}", token)
    if any(len(piece) >= 3 and _zipf(piece) >= 3.0 for piece in pieces) \
            or len(re.findall(r"[A-Z][a-z]{2,}", token)) >= 2:
        return False  # an English word inside (iPhone15Pro, YouTube2023, WiFi6E), a camel-case name (TikTok8)
    return not _FORMULA.fullmatch(token) or not all(
        sym in _ELEMENTS for sym in re.findall(r"[A-Z][a-z]?", token))  # LiFePO4, CaCl2 are chemistry


@functools.lru_cache(maxsize=4096)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # loaded lazily: only texts with a mixed-case token need it

    return zipf_frequency(word.lower(), "en")


def _token_place(text: str, start: int, end: int) -> str:
    """'edge' at a line edge, beside sentence punctuation or an HTML tag; 'cjk' between two Chinese
    characters (no writer glues a code into a Chinese word without a label); 'inside' elsewhere."""
    before = text[max(0, start - 4) : start].rstrip(" \t\u3000")
    after = text[end : end + 4].lstrip(" \t\u3000")
    if _CJK1.match(before[-1:] or "a") and _CJK1.match(after[:1] or "a"):
        return "cjk"
    left = before[-1:] or "\n"
    right = after[:1] or "\n"
    if left in "\n>" or right in "\n<" or left in _SENT_END or right in _SENT_END and (right not in ".!?"
                                                                                       or after[1:2] in ("", " ", "\n", "<")):
        return "edge"
    return "inside"


def random_token_edits(text: str) -> list[Edit]:
    """Anti-scraping codes (random mixed-case tokens) at a line edge or between sentences; inside a
    sentence only when the token is a longer jumble. A label (验证码, order no.) or quotes keep it."""
    out: list[Edit] = []
    last_end = -1  # a token right after a removed one (bR7kQ2 u3Ph8c) stands at the same edge
    for m in _RANDOM.finditer(text):
        token = m.group(0)
        if not random_token(token, lower_case=True) or _LABEL.search(text[max(0, m.start() - 24) : m.start()]):
            continue
        if text[m.start() - 1 : m.start()] in "\"“'‘「『" and m.start() and text[m.end() : m.end() + 1] in "\"”'’」』":
            continue  # quoted: the text cites the code
        place = _token_place(text, m.start(), m.end())
        if last_end >= 0 and not text[last_end : m.start()].strip(" \t"):
            place = "edge"
        mixed = not token.islower() and not token.isdigit()
        if not mixed and place != "edge" or place == "inside" and (len(token) < 7 or len(_CLASS_RUN.findall(token)) < 6):
            continue
        conf = {"edge": 0.85, "cjk": 0.8, "inside": 0.7}[place] - (0 if mixed else 0.1)
        out.append(_token_removal(text, m.start(), m.end(), conf))
        last_end = out[-1].end
    return out


def _token_removal(text: str, start: int, end: int, conf: float) -> Edit:
    """The token with the blank that set it apart: the one after it, or before it at a line end;
    between Chinese characters, the blanks on both sides (Chinese has none)."""
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before and after < len(text) and _CJK1.match(text[before - 1]) and _CJK1.match(text[after]):
        return Edit(before, after, "", "junk", "junk.jammer.random-token", conf)
    if after > end and (after < len(text) and text[after] != "\n") and (start == 0 or text[start - 1] in " \t\n>"):
        return Edit(start, after, "", "junk", "junk.jammer.random-token", conf)
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if after == len(text) or text[after] in "\n<" or text[after] in _SENT_END + "，,、：:":
        return Edit(before, after, "", "junk", "junk.jammer.random-token", conf)
    return _removal(text, start, end, "junk.jammer.random-token", conf)


def _disjoint(edits: list[Edit]) -> list[Edit]:
    """Keep the longer of overlapping edits (an element beats the tags inside it)."""
    starts: list[int] = []  # kept edits by start (they never overlap, so their ends are sorted too)
    kept: list[Edit] = []
    for e in sorted(edits, key=lambda e: (-(e.end - e.start), e.start, e.rule)):
        i = bisect.bisect_left(starts, e.start)
        if i < len(kept) and (kept[i].start < e.end or kept[i].start == e.start):
            continue  # overlaps or shares the start of the next kept edit
        if i and kept[i - 1].end > e.start:
            continue
        starts.insert(i, e.start)
        kept.insert(i, e)
    return kept
