"""Name and outlet shapes in bylines, kept apart from the byline parser (:mod:`.metadata`).

* Pinyin names written one after another with no separator (``Tao Xinyu Jia Bo``):
  a romanised Chinese name is a surname and a given name, so an even run of four or
  more capitalised tokens that are all pinyin syllables is read as pairs.
* An outlet in front of a reporter label (``Lanshan Daily reporter Li Ming``,
  ``岚山日报记者　李明``): the outlet is the source, the names after the label are the
  authors. The line is rewritten with explicit labels before it is parsed.
* Field separators between names and outlet (``By Li Ming · Lanshan Review · 3 May 2023``).
* Outlets by how their names end, agencies, and values that name no person (``佚名``, ``实习生``);
  the lists are data (``data/chrome/byline.json``: ``outlets``, ``not_persons``, ``zh_roles``).
"""

from __future__ import annotations

import functools
import json
import re

from ..settings import DATA_DIR
from .metadata_dates import find_date

_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINAL = (r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un"
          r"|ia|ua|uo|a|o|e|i|u|v|ü)")
_SYLLABLE = _INITIAL + _FINAL
_PINYIN_TOKEN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}", re.I)
_CAPITALISED = re.compile(r"[A-Z][a-zü]+")


def is_pinyin_token(token: str) -> bool:
    """``Xinyu``, ``Ouyang``, ``Bo``: a capitalised word made of one to three pinyin syllables."""
    return bool(_CAPITALISED.fullmatch(token)) and bool(_PINYIN_TOKEN.fullmatch(token))


def pinyin_pairs(name: str) -> list[str]:
    """``Tao Xinyu Jia Bo`` -> ``['Tao Xinyu', 'Jia Bo']``; any other name stays whole."""
    tokens = name.split()
    if len(tokens) < 4 or len(tokens) % 2 or not all(is_pinyin_token(t) for t in tokens):
        return [name]
    return [f"{tokens[i]} {tokens[i + 1]}" for i in range(0, len(tokens), 2)]


# Outlets of the reporter: a few capitalised words (Lanshan Daily, Xinhua News Agency), or a Chinese name
# ending in a newspaper, station or media-centre word. Titles of the reporter are not outlets.
_EN_OUTLET = r"(?:[A-Z][\w&'.-]*\s+){0,4}[A-Z][\w&'.-]*"
_ZH_OUTLET = r"[\u4e00-\u9fff]{1,12}?(?:日报|晚报|早报|商报|时报|报社|日報|晚報|時報|報社|电视台|電視台|广播电视台|融媒体中心|融媒體中心|新闻网|新聞網|通讯社|通訊社|报|報|网|網|台)"
_NOT_OUTLET = re.compile(r"^(?:Staff|Our|Special|Senior|Chief|Trainee|Junior|Intern|Local|Freelance|Sports|Business|"
                         r"Political|Foreign|Financial|Science|Photo|Video|The|A|An|By)$", re.I)
_EN_REPORTER = re.compile(
    rf"^\s*(?:By\s+)?(?P<outlet>{_EN_OUTLET})\s+(?P<label>(?i:(?:staff\s+)?(?:reporters?|correspondents?|writers?)))\s+(?=[A-Z])")
_ZH_REPORTER = re.compile(rf"^\s*(?:(?P<outlet>{_ZH_OUTLET})\s*|(?P<spaced>[\u4e00-\u9fff]{{2,12}})[\s\u3000]+)"
                          rf"(?P<label>记者|記者|通讯员|通訊員)[\s\u3000]+(?=[\u4e00-\u9fff])")


def outlet_reporter(line: str) -> tuple[str, str] | None:
    """``Lanshan Daily reporter Li Ming 2023-05-02`` -> ``('Lanshan Daily', 'Li Ming 2023-05-02')``."""
    m = _ZH_REPORTER.match(line)
    outlet = m and (m.group("outlet") or m.group("spaced"))
    if outlet and not outlet.startswith(("本", "我")):  # 本报记者: the paper itself, no outlet named
        return outlet, line[m.end():].strip()
    m = _EN_REPORTER.match(line)
    if not m:
        return None
    words = m.group("outlet").split()
    if all(_NOT_OUTLET.match(w) for w in words):  # "Staff reporter Li Ming": a reporter, no outlet
        return "", line[m.end():].strip()
    if _NOT_OUTLET.match(words[0]):
        return None
    return m.group("outlet"), line[m.end():].strip()


_FIELD_SEP = re.compile(r"\s+[·•]\s+")


def split_fields(value: str) -> list[str]:
    """``Li Ming · Lanshan Review`` -> its fields (a Chinese ``买买提·艾力`` has no spaces around its dot)."""
    return [p.strip() for p in _FIELD_SEP.split(value) if p.strip()]


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads((DATA_DIR / "chrome" / "byline.json").read_text(encoding="utf-8"))


_CJK = re.compile(r"[\u4e00-\u9fff]")
_ROLE = re.compile(r"\b(?:Staff|Writer|Reporter|Correspondent|Contributor|Columnist|Editor|Intern|Photographer)s?\b")


def is_outlet(value: str) -> bool:
    """A newspaper, station or media account by how its name ends (``岚山日报``, ``Lanshan Evening Post``),
    or a news agency."""
    data = _data().get("outlets", {})
    v = value.strip()
    if v in data.get("agencies", []):
        return True
    if _CJK.search(v):
        return 3 <= len(v) <= 14 and v.endswith(tuple(data.get("zh_suffixes", [])))
    words = v.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and words[-1] in data.get("en_last_words", [])


def person_names(names: list[str]) -> list[str]:
    """Labelled names without the values that name no person (佚名, admin) and without roles (实习生, 报道)."""
    data = _data()
    drop = set(data.get("not_persons", {}).get("words", [])) | set(data.get("zh_roles", {}).get("words", []))
    return [n for n in names if n not in drop and not _ROLE.search(n)]


_ORIGINAL_MARK = re.compile(r"^\s*(?:原创|原創)\s+(?=\S)")
_POSTED_FROM = re.compile(r"\s*(?:发表于|發表於|IP属地|IP屬地)\s*[:：]?\s*[\u4e00-\u9fff]{2,4}\s*$")


def strip_post_marks(s: str) -> tuple[str, bool]:
    """A social platform's post header (``原创 王芳 岚山发布 2024-03-05 发表于河北``) without the "original"
    mark before it and the poster's region after the date; True when either was there."""
    t = _ORIGINAL_MARK.sub("", s)
    if find_date(t):
        t = _POSTED_FROM.sub("", t)
    return t, t != s


_MARK = r"(?:\s?(?:\d{1,2}(?:\s*[,，]\s*\d{1,2})*\*?|\*|[¹²³⁴⁵⁶⁷⁸⁹⁰]+))"
_MARKED_LATIN = re.compile(rf"([A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){{1,2}}){_MARK}(?=\s*(?:[,;，、]|\band\b|$))")
_MARKED_CJK = re.compile(rf"((?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,2}}){_MARK}(?=\s|[,，、;；]|$)")


def marked_names(s: str) -> list[str]:
    """The names of a journal's author line when every name carries its affiliation mark and nothing else
    is on the line: ``Li Ming1, Wang Fang2*``, ``李明1，王芳2``, ``李 明¹ 王 芳²``."""
    cjk = bool(re.search(r"[\u4e00-\u9fff]", s))
    rx = _MARKED_CJK if cjk else _MARKED_LATIN
    names = [re.sub(r"\s+", "" if cjk else " ", m.group(1)) for m in rx.finditer(s)]
    rest = re.sub(r"[\s,;，、；*]|\band\b", "", rx.sub("", s))
    return [] if rest else names


def masthead_name(line: str) -> bool:
    """A site's own name on its own line (``清河县人民政府``, ``Qinghe Evening Post``), not a headline."""
    data = _data()
    s = line.strip()
    if not s or re.search(r"[，。：:；;！？!?,“”\"]", s):
        return False
    if re.search(r"[\u4e00-\u9fff]", s):
        return len(s) <= 20 and s.endswith(tuple(data.get("mastheads", {}).get("zh_suffixes", [])))
    words = s.split()
    last = data.get("mastheads", {}).get("en_last_words", [])
    return is_outlet(s) or (2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and words[-1] in last)
