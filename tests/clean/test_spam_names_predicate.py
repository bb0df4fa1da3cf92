"""A name with a site's word closing a clause right after an adjective predicate. Invented."""

from pipeline.clean.context import DocContext
from pipeline.clean.spam import find_edits
from pipeline.settings import CleanSettings


def apply(text, lang="zh"):
    edits = find_edits(text, DocContext(lang=lang, settings=CleanSettings()))
    for e in sorted(edits, key=lambda e: -e.start):
        text = text[: e.start] + e.after + text[e.end :]
    return text


def test_name_after_an_adjective_before_a_comma():
    for text, name in (
        ("　　窗口服务质量很好鼎星体育，群众满意度达到98%。\n", "鼎星体育"),
        ("　　部分部门信息不全海辰娱乐、更新不及时，影响了审批效率。\n", "海辰娱乐"),
        ("　　过去办事手续繁琐云泰官网。如今只需跑一次。\n", "云泰官网"),
    ):
        out = apply(text)
        assert name not in out, out
        assert len(out) == len(text) - len(name)


def test_names_after_verbs_and_in_quotes_stay():
    for text in (
        "　　周末大家喜欢去星空娱乐。\n",
        "　　这家公司叫天际娱乐，成立于2010年。\n",
        "　　他们看了腾讯体育，又去了体育馆。\n",
        "　　居民的文化生活丰富多彩，休闲娱乐，健身锻炼都有去处。\n",
    ):
        assert apply(text) == text
